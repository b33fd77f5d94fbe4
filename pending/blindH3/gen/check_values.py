#!/usr/bin/env python3
"""Sanity check of the gold against the documents: every metric id is one of
spec/metrics.md, every target value is printed in its (decoded) document, every
target has a year, every comparator is >= or <=, and each file is in the
encoding it claims (TCVN3 / VNI bytes that are not UTF-8, windows-1258 HTML,
NFD UTF-8). Prints problems; exit 1 if any."""
import html, json, os, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from legacy import tcvn3_decode, vni_decode

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = open('/work/shared/spec/metrics.md', encoding='utf-8').read()
IDS = set(re.findall(r'^\| `([a-z_]+)` \|', spec, re.M))


def is_utf8(b):
    try:
        b.decode('utf-8'); return True
    except UnicodeDecodeError:
        return False


def text_of(seed):
    b = open(os.path.join(ROOT, 'docs', seed), 'rb').read()
    problems = []
    if seed.startswith('h3_01'):
        if is_utf8(b): problems.append('TCVN3 file decodes as UTF-8')
        s = tcvn3_decode(b)
    elif seed.startswith('h3_02'):
        if is_utf8(b): problems.append('VNI file decodes as UTF-8')
        s = vni_decode(b)
    elif seed.endswith('.html'):
        if b'charset=windows-1258' not in b or is_utf8(b): problems.append('HTML is not windows-1258')
        s = html.unescape(re.sub(r'<[^>]+>', ' ', b.decode('cp1258')))
    else:
        s = b.decode('utf-8')
        if seed.startswith('h3_05') and unicodedata.is_normalized('NFC', s):
            problems.append('h3_05 should be NFD')
    return unicodedata.normalize('NFC', s), problems


bad = 0
n = 0
for f in sorted(os.listdir(os.path.join(ROOT, 'gold'))):
    g = json.load(open(os.path.join(ROOT, 'gold', f), encoding='utf-8'))
    txt, probs = text_of(g['seed'])
    txt = re.sub(r'\s+', ' ', txt.replace('\u00a0', ' '))
    for p in probs:
        print(f, p); bad += 1
    for d in g['documents']:
        for t in d['targets']:
            n += 1
            v = t['value']
            s = str(int(v)) if v == int(v) else str(v).replace('.', ',')
            if v >= 1000:
                s = f'{int(v):,}'.replace(',', '.')
            if not re.search(r'(?<![\d,.])' + re.escape(s) + r'(?![\d,])', txt):
                print(f, 'value not in text:', s, t['metric_text']); bad += 1
            if t['metric'] is not None and t['metric'] not in IDS:
                print(f, 'unknown metric', t['metric']); bad += 1
            if not isinstance(t.get('year'), int) or t['comparator'] not in ('>=', '<='):
                print(f, 'bad year/comparator', t); bad += 1
            units = t['unit'] if isinstance(t['unit'], list) else [t['unit']]
            for u in units:
                if u is not None and not unicodedata.is_normalized('NFC', u):
                    print(f, 'unit not NFC', u); bad += 1
print('check_values:', 'OK' if not bad else f'{bad} problem(s)', f'({n} targets, {len(IDS)} metric ids)')
sys.exit(1 if bad else 0)
