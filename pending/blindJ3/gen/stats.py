#!/usr/bin/env python3
"""Counts per file, per metric, per kind and comparator; lists metric ids of spec/metrics.md not used."""
import json, os, re
from collections import Counter
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ids = set(re.findall(r'^\| `([a-z_]+)` \|', open('/work/shared/spec/metrics.md', encoding='utf-8').read(), re.M))
m, k, c, total = Counter(), Counter(), Counter(), 0
for f in sorted(os.listdir(os.path.join(ROOT, 'gold'))):
    g = json.load(open(os.path.join(ROOT, 'gold', f), encoding='utf-8'))
    n = [len(d['targets']) for d in g['documents']]
    print(f'{g["seed"]:40} {sum(n):4} targets', n)
    for d in g['documents']:
        for t in d['targets']:
            total += 1; m[t['metric']] += 1; k[t['kind']] += 1; c[t['comparator']] += 1
print('total', total, dict(k), dict(c))
for key, v in m.most_common():
    print(f'  {str(key):36} {v}')
print('metric ids not covered:', sorted(ids - set(m)) or 'none')
