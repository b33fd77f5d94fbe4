"""Shared helpers for the blind set C4 generators (adapted from blindG3).

Each make_c4_XX.py builds one file from data lists kept in the script and
writes the gold JSON from the same lists: table rows hold the printed cells
and the accepted unit spellings; prose paragraphs are stored next to the
targets they hold, and the text is printed from the same list.
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, 'docs')
GOLD = os.path.join(ROOT, 'gold')


def num(cell):
    """'97,5' -> 97.5; '' / '—' / 'không giao' -> None. Only for cells we wrote ourselves."""
    c = cell.strip()
    for p in ('Không quá', 'không quá', '≤', '≥', 'Tối thiểu', 'tối thiểu', '\u00a0', '<b>', '</b>', '**'):
        c = c.replace(p, '')
    c = c.replace('%', '').strip()
    if c in ('', '—', '-', 'x', 'không giao', 'Không giao'):
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


def prose(blocks):
    """blocks: list of (text, [targets]) -> (joined text lines, flat targets)."""
    lines, ts = [], []
    for text, targets in blocks:
        lines.append(text)
        ts.extend(targets)
    return lines, ts


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


def ubnd(name):
    """'Huyện Kỳ Sơn' -> ['UBND huyện Kỳ Sơn', 'Huyện Kỳ Sơn'] (a row under a UBND section)."""
    return ['UBND ' + name[0].lower() + name[1:], name]


def table_targets(rows, cols, year, group_rows=True):
    """rows: ('S', code, title) section rows, or (stt, name, spellings, cells, note).
    cols: [(header, metric)]. Returns targets for every non-blank cell."""
    ts, group = [], None
    for r in rows:
        if r[0] == 'S':
            group = r[2]
            continue
        if r[0] == 'PB':
            continue
        stt, name, units, cells, note = r
        for (hdr, metric), c in zip(cols, cells):
            v = num(c)
            if v is None:
                continue
            cmp = '<=' if ('≤' in c or 'không quá' in c.lower() or 'tối đa' in c.lower()) else '>='
            ts.append(T(units, metric, v, hdr, 'table', year, comparator=cmp,
                        unit_group=group if group_rows else None, note=note or None))
    return ts
