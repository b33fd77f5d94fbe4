"""Shared helpers for the blind set F3 generators (adapted from blindD3).

Each make_f3_XX.py builds one document from data tables kept in the script and
writes the gold JSON from the same data, so the document text and the gold
cannot drift apart. Prose targets are listed next to the prose sentence that
carries them (the sentence is built from the same values).
"""
import json
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, 'docs')
GOLD = os.path.join(ROOT, 'gold')
NBSP = '\u00a0'

# Cell texts that are *not* a value (no target).
NOT_VALUES = ('', '—', '-', 'x', 'không giao', 'chi tiết tại phụ lục ii', 'chưa triển khai')


def num(cell):
    """Parse a cell we wrote ourselves: '≥ 80%' -> (80.0, '>='), 'Không quá 2' ->
    (2.0, '<='), '97,5' -> (97.5, '>='), '' / '—' / 'Không giao' -> None."""
    c = cell.replace(NBSP, ' ').replace('**', '').replace('\\', '').strip()
    if c.lower() in NOT_VALUES:
        return None
    comp = '>='
    for p in ('Không quá', 'không quá', 'Tối đa', 'tối đa', 'Dưới', 'dưới', '≤'):
        if c.startswith(p):
            comp = '<='
            c = c[len(p):]
    for p in ('Tối thiểu', 'tối thiểu', '≥'):
        if c.startswith(p):
            c = c[len(p):]
    c = c.replace('%', '').strip()
    if not re.fullmatch(r'\d+(,\d+)?', c):
        raise ValueError(f'unparsed cell {cell!r}')
    return float(c.replace(',', '.')), comp


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


def fmt(v):
    """80.0 -> '80', 52.5 -> '52,5' (Vietnamese decimal comma)."""
    return ('%g' % v).replace('.', ',')


def write_doc(seed, text, encoding='utf-8', newline='\n'):
    os.makedirs(DOCS, exist_ok=True)
    with open(os.path.join(DOCS, seed), 'w', encoding=encoding, newline=newline) as f:
        f.write(text)


def write_gold(seed, documents):
    os.makedirs(GOLD, exist_ok=True)
    stem = os.path.splitext(seed)[0]
    path = os.path.join(GOLD, stem + '.json')
    with open(path, 'w', encoding='utf-8') as f:
        json.dump({'seed': seed, 'documents': documents}, f, ensure_ascii=False, indent=1)
        f.write('\n')
    n = sum(len(d['targets']) for d in documents)
    kinds = {}
    for d in documents:
        for t in d['targets']:
            kinds[t['kind']] = kinds.get(t['kind'], 0) + 1
    print(f'{os.path.relpath(path, ROOT)}: {len(documents)} document(s), {n} targets {kinds}')
