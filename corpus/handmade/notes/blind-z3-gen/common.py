"""Shared helpers for the blind set Z3 generators (adapted from blindG3).

Each make_z3_XX.py builds one document from data lists kept in the script and
writes the gold JSON from the same lists: prose lines carry the targets they
hold, table rows carry their printed cells and accepted unit spellings.
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, 'docs')
GOLD = os.path.join(ROOT, 'gold')


def num(cell):
    """'97,5' -> 97.5; '' / '—' / 'x' -> None. Only for cells we wrote ourselves."""
    c = cell.strip().replace('\u00a0', '').replace('%', '').replace('≥', '').replace('≤', '').strip()
    if c in ('', '—', '-', 'x', 'không giao'):
        return None
    return float(c.replace(',', '.'))


def T(unit, metric, value, metric_text, kind, year, comparator='>=', uom='%',
      unit_group=None, note=None):
    t = {'unit': unit, 'metric': metric, 'value': float(value), 'unit_of_measure': uom,
         'comparator': comparator, 'metric_text': metric_text, 'kind': kind, 'year': year}
    if unit_group is not None:
        t['unit_group'] = unit_group
    if note is not None:
        t['note'] = note
    return t


def local_unit(name, province=None):
    """Accepted spellings of a table row's unit: 'Huyện X' also as 'UBND huyện X';
    'Sở X' also as 'Sở X tỉnh P'."""
    low = name[0].lower() + name[1:]
    for lvl in ('Huyện ', 'Thị xã ', 'Thành phố ', 'Xã ', 'Phường ', 'Thị trấn '):
        if name.startswith(lvl):
            return [name, 'UBND ' + low]
    if name.startswith('UBND '):
        return [name, name[5:][0].upper() + name[6:]]
    if province and (name.startswith('Sở ') or name.startswith('Ban ')) and province not in name:
        return [name, f'{name} tỉnh {province}']
    return name


def write_text(seed, text):
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
