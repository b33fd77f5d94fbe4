"""Shared helpers for the blind set W3 generators (adapted from blindG3).

Each make_w3_XX.py builds one document from data lists kept in the script and
writes the gold JSON from the same lists, so the printed cells / sentences and
the gold cannot drift apart.
"""
import json
import os
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, 'docs')
GOLD = os.path.join(ROOT, 'gold')


def num(cell):
    """'97,5' -> 97.5; '' / '-' / '&nbsp;' -> None. Only for cells we wrote ourselves."""
    c = cell.strip().replace('\u00a0', '').replace('&nbsp;', '')
    for p in ('Không quá', 'không quá', '≤', '≥', 'Tối thiểu', 'tối thiểu'):
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


def H(name):
    """'Huyện Bình Sơn' -> ['UBND huyện Bình Sơn', 'Huyện Bình Sơn']."""
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
    with open(os.path.join(DOCS, seed), 'w', encoding='utf-8', newline='') as f:
        f.write(text)


# ---------------------------------------------------------------- pandoc grid tables

def wrap(text, width):
    out = []
    for para in text.split('\n'):
        out += textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False) or ['']
    return out


def grid_rule(widths, ch='-'):
    return '+' + '+'.join(ch * (w + 2) for w in widths) + '+'


def grid_row(widths, cells, spans=None):
    """One grid row. cells: texts; spans: how many columns each cell covers."""
    spans = spans or [1] * len(cells)
    cw, k = [], 0
    for s in spans:
        cw.append(sum(widths[k:k + s]) + 3 * (s - 1))
        k += s
    assert k == len(widths), (k, widths)
    wrapped = [wrap(c, w) for c, w in zip(cells, cw)]
    h = max(len(x) for x in wrapped)
    lines = []
    for i in range(h):
        parts = [(x[i] if i < len(x) else '').ljust(w) for x, w in zip(wrapped, cw)]
        for p, w in zip(parts, cw):
            assert len(p) == w, (p, w)
        lines.append('| ' + ' | '.join(parts) + ' |')
    return lines
