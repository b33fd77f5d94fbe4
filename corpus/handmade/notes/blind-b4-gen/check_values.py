#!/usr/bin/env python3
"""Sanity check of the gold against the documents: every metric id is one of
spec/metrics.md, every target value is printed in its document, every target
has a year, every comparator is >= or <=, and no gold unit spelling contains a
markdown/HTML leftover. Prints problems; exit 1 if any."""
import html, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = open('/work/shared/spec/metrics.md', encoding='utf-8').read()
IDS = set(re.findall(r'^\| `([a-z_]+)` \|', spec, re.M))


def text_of(path):
    s = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        s = html.unescape(re.sub(r'<[^>]+>', ' ', s))
    return s.replace('\u00a0', ' ')


bad = n = 0
for f in sorted(os.listdir(os.path.join(ROOT, 'gold'))):
    g = json.load(open(os.path.join(ROOT, 'gold', f), encoding='utf-8'))
    txt = text_of(os.path.join(ROOT, 'docs', g['seed']))
    for d in g['documents']:
        for t in d['targets']:
            n += 1
            v = t['value']
            s = str(int(v)) if v == int(v) else str(v).replace('.', ',')
            if not re.search(r'(?<![\d,.])' + re.escape(s) + r'(?![\d,])', txt):
                print(f, 'value not in text:', s, t['metric_text']); bad += 1
            if t['metric'] is not None and t['metric'] not in IDS:
                print(f, 'unknown metric', t['metric']); bad += 1
            if not isinstance(t.get('year'), int) or t['comparator'] not in ('>=', '<='):
                print(f, 'bad year/comparator', t); bad += 1
            for u in (t['unit'] if isinstance(t['unit'], list) else [t['unit']]):
                if u is not None and re.search(r'[*<>|]', u):
                    print(f, 'markup in unit', u); bad += 1
print('check_values:', 'OK' if not bad else f'{bad} problem(s)', f'({n} targets, {len(IDS)} metric ids)')
sys.exit(1 if bad else 0)
