#!/usr/bin/env python3
"""Turn the gold files of this blind set into a chitieu/1 JSONL prediction.

    python3 gold2pred.py [--gold gold] [--docs docs] [--out self.jsonl]

Self-check only: scoring the output against the same gold must give F1=1.0
and fields=1.0.
"""
import argparse, hashlib, json, os, re, unicodedata

FORMATS = {'.md': 'markdown', '.html': 'html', '.htm': 'html', '.txt': 'text',
           '.pdf': 'pdf', '.docx': 'docx'}


def first(v):
    return v[0] if isinstance(v, list) else v


def unit_key(u):
    if u is None:
        return None
    s = re.sub(r'\bUBND\b', 'Ủy ban nhân dân', u)
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    s = s.replace('đ', 'd').replace('Đ', 'D').lower()
    return '-'.join(re.findall(r'[a-z0-9]+', s))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument('--gold', default=os.path.join(here, 'gold'))
    ap.add_argument('--docs', default=os.path.join(here, 'docs'))
    ap.add_argument('--out', default=os.path.join(here, 'self.jsonl'))
    a = ap.parse_args()
    lines = []
    for fn in sorted(os.listdir(a.gold)):
        if not fn.endswith('.json'):
            continue
        g = json.load(open(os.path.join(a.gold, fn), encoding='utf-8'))
        path = os.path.join(a.docs, g['seed'])
        sha = hashlib.sha256(open(path, 'rb').read()).hexdigest() if os.path.exists(path) else None
        for seg, d in enumerate(g['documents']):
            h = d['document']
            targets = []
            for i, t in enumerate(d.get('targets', [])):
                u = first(t.get('unit'))
                targets.append({
                    'unit': u, 'unit_key': unit_key(u), 'unit_group': t.get('unit_group'),
                    'metric': t.get('metric'), 'metric_text': t.get('metric_text'),
                    'value': t.get('value'), 'unit_of_measure': t.get('unit_of_measure'),
                    'comparator': t.get('comparator'), 'year': t.get('year'),
                    'note': t.get('note'),
                    'provenance': {'kind': t.get('kind', 'table'), 'table': None, 'row': None,
                                   'column': None, 'line': None, 'page': None},
                })
            warnings = []
            for t in d.get('targets', []):
                if t.get('metric') is None:
                    warnings.append({'code': 'unmapped_metric', 'message': t.get('metric_text'), 'line': None})
            years = [t['year'] for t in d.get('targets', []) if t.get('year')]
            lines.append({
                'schema': 'chitieu/1',
                'source': {'path': path, 'sha256': sha,
                           'format': FORMATS.get(os.path.splitext(path)[1].lower(), 'text'),
                           'ocr': False, 'segment': seg, 'line_start': None, 'line_end': None,
                           'page_start': None, 'page_end': None},
                'number': first(h.get('number')), 'serial': first(h.get('serial')),
                'symbol': first(h.get('symbol')), 'type': first(h.get('type')),
                'issuer': first(h.get('issuer')), 'place': first(h.get('place')),
                'date': first(h.get('date')), 'subject': first(h.get('subject')),
                'signer': {'name': first(h.get('signer')), 'position': None, 'capacity': None},
                'recipients': [],
                'references': [{'number': r} for r in h.get('references', [])],
                'year': min(years) if years else None,
                'targets': targets,
                'warnings': warnings,
            })
    with open(a.out, 'w', encoding='utf-8') as f:
        for o in lines:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print(f'wrote {len(lines)} documents to {a.out}')


if __name__ == '__main__':
    main()
