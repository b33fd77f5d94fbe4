"""Shared helpers for the blind set X3 generators (adapted from blindG3).

Each make_x3_NN.py builds one document from data lists kept in the script and
writes the gold JSON from the same lists, so the printed cells / sentences and
the gold cannot drift apart.
"""
import json
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, 'docs')
GOLD = os.path.join(ROOT, 'gold')

CEIL = ('≤', 'không quá', 'tối đa', 'dưới')
FLOOR = ('≥', 'tối thiểu', 'từ', 'trở lên', 'ít nhất', 'đạt')


def cell(c):
    """Parse a cell we wrote ourselves: '≥ 90%', 'Tối thiểu 85%', 'Không quá 3%',
    '100 %', '97,5', '≤\u00a01' -> (value, comparator); '' / '—' -> None."""
    s = c.replace('\u00a0', ' ').strip()
    low = s.lower()
    if low in ('', '—', '-', 'x', 'không giao'):
        return None
    comp = '<=' if any(w in low for w in CEIL) else '>='
    m = re.search(r'\d+(?:,\d+)?', s)
    return float(m.group(0).replace(',', '.')), comp


def T(unit, metric, value, metric_text, kind, year, comparator='>=', uom='%',
      unit_group=None, note=None):
    t = {
        'unit': unit,
        'metric': metric,
        'value': float(value),
        'unit_of_measure': uom,
        'comparator': comparator,
        'metric_text': metric_text,
        'kind': kind,
        'year': year,
    }
    if unit_group is not None:
        t['unit_group'] = unit_group
    if note is not None:
        t['note'] = note
    return t


def H(name):
    """A district/commune row printed 'Huyện X' / 'Xã X' also accepts 'UBND huyện X'."""
    return ['UBND ' + name[0].lower() + name[1:], name]


def write_gold(seed, documents):
    os.makedirs(GOLD, exist_ok=True)
    stem = os.path.splitext(seed)[0]
    path = os.path.join(GOLD, stem + '.json')
    with open(path, 'w', encoding='utf-8') as f:
        json.dump({'seed': seed, 'documents': documents}, f, ensure_ascii=False, indent=1)
        f.write('\n')
    n = sum(len(d['targets']) for d in documents)
    print(f'{path}: {len(documents)} document(s), {n} targets')


def write_doc(seed, text):
    os.makedirs(DOCS, exist_ok=True)
    with open(os.path.join(DOCS, seed), 'w', encoding='utf-8') as f:
        f.write(text)
