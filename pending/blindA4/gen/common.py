"""Shared helpers for the blind set A4 generators (adapted from blindG3).

Each make_a4_XX.py builds one document from data tables kept in the script and
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
    for p in ('Không quá', 'không quá', 'Dưới', 'dưới', '≤', '≥', 'Tối thiểu', 'tối thiểu', '<b>', '</b>', '\u00a0'):
        c = c.replace(p, '')
    c = c.replace('%', '').strip()
    if c.lower() in ('', '—', '-', 'x', 'không giao'):
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


def table_targets(columns, rows, year, kind='table', base_note=None):
    """columns: [(header_text, metric_id_or_None)], one per indicator column.
    rows: dicts with 'units' (accepted spellings, first = as printed), 'cells'
    (printed strings, one per column), optional 'note', 'group'.
    A blank / '—' / 'x' / 'không giao' cell gives no target (num() -> None)."""
    out = []
    for r in rows:
        for (hdr, metric), cell in zip(columns, r['cells']):
            v = num(cell)
            if v is None:
                continue
            comp = '<=' if any(w in cell for w in ('≤', 'Không quá', 'không quá', 'Dưới', 'dưới')) else '>='
            out.append(T(r['units'], metric, v, hdr, kind, year, comparator=comp,
                         unit_group=r.get('group'), note=r.get('note')))
    return out
