#!/usr/bin/env python3
"""Sanity check of the gold against the documents: every metric id is one of
spec/metrics.md, every target value is printed in its document, every target
has a year, every comparator is >= or <=. Also prints the count of targets per
metric id (and per document) and fails if a canonical id is used fewer than
twice across the set. Prints problems; exit 1 if any."""
import html, json, os, re, sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = open('/work/shared/spec/metrics.md', encoding='utf-8').read()
IDS = set(re.findall(r'^\| `([a-z_]+)` \|', spec, re.M))


def text_of(path):
    s = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        s = html.unescape(re.sub(r'<[^>]+>', ' ', s))
    return s


bad = 0
per_metric = Counter()
per_doc = defaultdict(Counter)
kinds = Counter()
for f in sorted(os.listdir(os.path.join(ROOT, 'gold'))):
    g = json.load(open(os.path.join(ROOT, 'gold', f), encoding='utf-8'))
    txt = text_of(os.path.join(ROOT, 'docs', g['seed'])).replace('\u00a0', ' ')
    for d in g['documents']:
        for t in d['targets']:
            v = t['value']
            s = str(int(v)) if v == int(v) else str(v).replace('.', ',')
            if not re.search(r'(?<![\d,.])' + re.escape(s) + r'(?![\d,])', txt):
                print(f, 'value not in text:', s, t['metric_text']); bad += 1
            if t['metric'] is not None and t['metric'] not in IDS:
                print(f, 'unknown metric', t['metric']); bad += 1
            if not isinstance(t.get('year'), int) or t['comparator'] not in ('>=', '<='):
                print(f, 'bad year/comparator', t); bad += 1
            if t['unit_of_measure'] != '%':
                print(f, 'unit of measure not %', t); bad += 1
            per_metric[t['metric']] += 1
            per_doc[t['metric']][g['seed'][:5]] += 1
            kinds[(t['kind'], t['comparator'])] += 1
for m in sorted(IDS - set(per_metric)) + sorted(m for m in per_metric if m in IDS and per_metric[m] < 2):
    print('metric used fewer than twice:', m); bad += 1
for m, n in sorted(per_metric.items(), key=lambda x: (-x[1], str(x[0]))):
    print(f'  {str(m):34} {n:4}  ' + ' '.join(f'{k}:{v}' for k, v in sorted(per_doc[m].items())))
print('  total', sum(per_metric.values()), dict(kinds))
print('check_values:', 'OK' if not bad else f'{bad} problem(s)', f'({len(IDS)} metric ids)')
sys.exit(1 if bad else 0)
