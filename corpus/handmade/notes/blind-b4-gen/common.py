"""Shared helpers for the blind set B4 generators (adapted from blindG3).

Each make_b4_XX.py builds one document from data lists kept in the script and
writes the gold JSON from the same lists, so table cells and gold cannot drift.
"""
import json
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, 'docs')
GOLD = os.path.join(ROOT, 'gold')

NO_TARGET = ('', '—', '-', 'x', 'X', 'không giao', 'Không giao')


def cell(c):
    """Parse a cell we wrote ourselves: returns (value, comparator) or None when the
    cell is no target ('', '—', 'x', 'không giao'). '97,5' -> 97.5."""
    s = re.sub(r'<[^>]+>', '', c).replace('\u00a0', ' ').replace('*', '').strip()
    if s in NO_TARGET:
        return None
    comp = '>='
    for p in ('Không quá', 'không quá', '≤', 'Tối đa', 'tối đa'):
        if p in s:
            comp = '<='
            s = s.replace(p, '')
    for p in ('≥', 'Tối thiểu', 'tối thiểu', 'Đạt', 'đạt'):
        s = s.replace(p, '')
    s = s.replace('%', '').strip()
    return float(s.replace(',', '.')), comp


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


def local(name, alts=()):
    """'Huyện Tuy Phước' -> ['UBND huyện Tuy Phước', 'Huyện Tuy Phước', ...alts]."""
    return ['UBND ' + name[0].lower() + name[1:], name] + list(alts)


def write_doc(seed, text):
    os.makedirs(DOCS, exist_ok=True)
    with open(os.path.join(DOCS, seed), 'w', encoding='utf-8') as f:
        f.write(text)


def write_gold(seed, documents):
    os.makedirs(GOLD, exist_ok=True)
    stem = os.path.splitext(seed)[0]
    path = os.path.join(GOLD, stem + '.json')
    with open(path, 'w', encoding='utf-8') as f:
        json.dump({'seed': seed, 'documents': documents}, f, ensure_ascii=False, indent=1)
        f.write('\n')
    n = sum(len(d['targets']) for d in documents)
    print(f'{path}: {len(documents)} document(s), {n} targets')
