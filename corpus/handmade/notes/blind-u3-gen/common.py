"""Shared helpers for the blind set U3 generators (adapted from blindG3).

Each make_u3_XX.py builds one document from data tables kept in the script and
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
    for p in ('Không quá', 'không quá', '≤', '≥', 'Tối thiểu', 'tối thiểu', '\u00a0', '<b>', '</b>'):
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


def local_unit(printed):
    """Spellings of a commune-level unit printed as 'Xã A', 'UBND xã A',
    'Thị trấn C', 'Phường P' or 'Thôn T': the printed form first, then the
    other form (with / without 'UBND'); the scorer folds 'UBND'."""
    p = printed.strip()
    if p.startswith('UBND '):
        bare = p[5:]
        return [p, bare[0].upper() + bare[1:]]
    return [p, 'UBND ' + p[0].lower() + p[1:]]
