#!/usr/bin/env python3
"""Sanity check of the gold against the documents: every metric id is one of
spec/metrics.md, every target value is printed in its document, every target
has a year and a >= / <= comparator, every reference number, document number,
signer name and recipient is printed in the file. Prints problems; exit 1 if any."""
import html, json, os, re, sys, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = open('/work/shared/spec/metrics.md', encoding='utf-8').read()
IDS = set(re.findall(r'^\| `([a-z_]+)` \|', spec, re.M))


def text_of(path):
    s = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        s = html.unescape(re.sub(r'<[^>]+>', ' ', s))
    if path.endswith('.md'):
        s = s.replace('**', '').replace('\\', '')
    return unicodedata.normalize('NFC', s).replace('\u00a0', ' ')


def squash(s):
    return re.sub(r'\s+', '', s or '')


def alts(v):
    return v if isinstance(v, list) else [v]


bad = 0
for f in sorted(os.listdir(os.path.join(ROOT, 'gold'))):
    g = json.load(open(os.path.join(ROOT, 'gold', f), encoding='utf-8'))
    txt = text_of(os.path.join(ROOT, 'docs', g['seed']))
    flat = squash(txt)
    for d in g['documents']:
        doc = d['document']
        for key in ('number', 'signer'):
            for v in alts(doc.get(key)):
                if v and squash(v) not in flat:
                    print(f, key, 'not in text:', v); bad += 1
        for r in doc.get('references', []):
            if squash(r) not in flat:
                print(f, 'reference not in text:', r); bad += 1
        for r in doc.get('recipients', []):
            if squash(r) not in flat:
                print(f, 'recipient not in text:', r); bad += 1
        for t in d['targets']:
            v = t['value']
            s = str(int(v)) if v == int(v) else str(v).replace('.', ',')
            if not re.search(r'(?<![\d,.])' + re.escape(s) + r'(?![\d,])', txt):
                print(f, 'value not in text:', s, t['metric_text']); bad += 1
            if t['metric'] is not None and t['metric'] not in IDS:
                print(f, 'unknown metric', t['metric']); bad += 1
            if not isinstance(t.get('year'), int) or t['comparator'] not in ('>=', '<='):
                print(f, 'bad year/comparator', t); bad += 1
print('check_values:', 'OK' if not bad else f'{bad} problem(s)', f'({len(IDS)} metric ids)')
sys.exit(1 if bad else 0)
