"""Shared helpers for the blind set J3 generators (copied from blindG3).

Each make_j3_XX.py builds one document from data tables kept in the script and
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


def H(name):
    """A district row printed 'Huyện Lệ Thủy' accepts 'UBND huyện Lệ Thủy' too."""
    return ['UBND ' + name[0].lower() + name[1:], name]


def unit_table(rows, cols, year, sep='\t', note_col=True):
    """rows: ('S', code, title, group) section rows, ('PB', lines) page-break lines,
    or (stt, printed name, spellings, cells, ghi chu). cols: [(header, metric)].
    Returns printed body lines and the targets; row/col positions are not scored."""
    lines, ts, group = [], [], None
    for r in rows:
        if r[0] == 'S':
            group = r[3]
            lines.append(sep.join([r[1], r[2]] + [''] * (len(cols) + (1 if note_col else 0))))
            continue
        if r[0] == 'PB':
            lines += list(r[1])
            continue
        stt, name, units, cells, note = r
        lines.append(sep.join([str(stt), name] + cells + ([note] if note_col else [])))
        for (hdr, metric), c in zip(cols, cells):
            v = num(c)
            if v is None:
                continue
            cmp_ = '<=' if c.strip().startswith(('≤', 'Không quá', 'không quá')) else '>='
            ts.append(T(units, metric, v, hdr, 'table', year, comparator=cmp_,
                        unit_group=group, note=note or None))
    return lines, ts
