#!/usr/bin/env python3
"""Counts for NOTES.md: targets per file, per kind, per metric, per comparator."""
import json, os
from collections import Counter
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
tot, kinds, mets, comps = 0, Counter(), Counter(), Counter()
for f in sorted(os.listdir(os.path.join(ROOT, 'gold'))):
    g = json.load(open(os.path.join(ROOT, 'gold', f), encoding='utf-8'))
    ts = [t for d in g['documents'] for t in d['targets']]
    k = Counter(t['kind'] for t in ts)
    print(f'{g["seed"]:34} {len(ts):3}  table {k["table"]:3}  prose {k["prose"]:2}')
    tot += len(ts); kinds.update(k)
    mets.update(str(t['metric']) for t in ts); comps.update(t['comparator'] for t in ts)
print('total', tot, dict(kinds)); print(dict(comps)); print(dict(mets.most_common()))
