"""Shared helpers for the blind set Y3 generators (copied from blindG3).

Each make_y3_XX.py builds one document from data tables kept in the script and
writes the gold JSON from the same data, so the table cells and the gold
cannot drift apart. Prose targets are listed by hand next to the prose.
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, 'docs')
GOLD = os.path.join(ROOT, 'gold')


def num(cell):
    """'97,5' -> 97.5; '' / '—' -> None. Only for cells we wrote ourselves."""
    c = cell.strip()
    for p in ('Không quá', 'không quá', '≤', '≥', 'Tối thiểu', 'tối thiểu', '\u00a0'):
        c = c.replace(p, '')
    c = c.replace('%', '').strip()
    if c in ('', '—', '-', 'x', 'không giao'):
        return None
    return float(c.replace(',', '.'))


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


def write_gold(seed, documents):
    os.makedirs(GOLD, exist_ok=True)
    stem = os.path.splitext(seed)[0]
    path = os.path.join(GOLD, stem + '.json')
    with open(path, 'w', encoding='utf-8') as f:
        json.dump({'seed': seed, 'documents': documents}, f, ensure_ascii=False, indent=1)
        f.write('\n')
    n = sum(len(d['targets']) for d in documents)
    print(f'{path}: {len(documents)} document(s), {n} targets')
