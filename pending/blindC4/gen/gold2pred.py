#!/usr/bin/env python3
"""Turn the gold files into a chitieu/1 JSONL prediction (first accepted spelling
of each unit and header field; --last: the last one) for the self-check, and flag gold targets that could steal each
other's match in score.py (overlapping spellings + same metric + same value).

    python3 gen/gold2pred.py [--gold gold] [--docs docs] [--last] --out pred.jsonl
"""
import argparse, hashlib, importlib.util, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('score', '/work/shared/score.py')
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)

FORMATS = {'.txt': 'text', '.md': 'markdown', '.html': 'html', '.htm': 'html', '.pdf': 'pdf', '.docx': 'docx'}


PICK = 0


def first(u):
    return u[PICK] if isinstance(u, list) else u


def check_collisions(stem, targets):
    bad = 0
    for i, a in enumerate(targets):
        ka = set(score.target_keys(a, gold=True))
        for b in targets[i + 1:]:
            kb = set(score.target_keys(b, gold=True))
            # identical spelling sets (e.g. one unit, several years) are harmless
            if ka & kb and ka != kb:
                print(f'COLLISION {stem}: {a["unit"]!r} / {b["unit"]!r} {a["metric"]} {a["value"]}', file=sys.stderr)
                bad += 1
    return bad


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--gold', default=os.path.join(HERE, '..', 'gold'))
    ap.add_argument('--docs', default=os.path.join(HERE, '..', 'docs'))
    ap.add_argument('--out', required=True)
    ap.add_argument('--last', action='store_true', help='use the last accepted spelling')
    a = ap.parse_args()
    global PICK
    PICK = -1 if a.last else 0
    lines, bad = [], 0
    for f in sorted(os.listdir(a.gold)):
        if not f.endswith('.json'):
            continue
        g = json.load(open(os.path.join(a.gold, f), encoding='utf-8'))
        path = os.path.join('docs', g['seed'])
        full = os.path.join(a.docs, g['seed'])
        sha = hashlib.sha256(open(full, 'rb').read()).hexdigest() if os.path.exists(full) else None
        for seg, d in enumerate(g['documents']):
            doc = d['document']
            bad += check_collisions(g['seed'], d['targets'])
            years = [t['year'] for t in d['targets']]
            out = {
                'schema': 'chitieu/1',
                'source': {'path': path, 'sha256': sha,
                           'format': FORMATS.get(os.path.splitext(g['seed'])[1], 'text'),
                           'ocr': False, 'segment': seg},
                'number': first(doc['number']), 'serial': first(doc.get('serial')), 'symbol': first(doc['symbol']),
                'type': first(doc['type']), 'issuer': first(doc['issuer']), 'place': first(doc['place']),
                'date': first(doc['date']), 'subject': first(doc['subject']),
                'signer': {'name': first(doc['signer']), 'position': doc.get('signer_position'), 'capacity': doc.get('signer_capacity')},
                'recipients': doc.get('recipients', []),
                'references': [{'number': n} for n in doc.get('references', [])],
                'year': min(years) if years else None,
                'targets': [{
                    'unit': first(t['unit']), 'unit_key': None, 'unit_group': t.get('unit_group'),
                    'metric': t['metric'], 'metric_text': t['metric_text'], 'value': t['value'],
                    'unit_of_measure': t['unit_of_measure'], 'comparator': t['comparator'],
                    'year': t['year'], 'note': t.get('note'),
                    'provenance': {'kind': t['kind']},
                } for t in d['targets']],
                'warnings': [],
            }
            lines.append(json.dumps(out, ensure_ascii=False))
    open(a.out, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
    print(f'wrote {len(lines)} document(s) to {a.out}; collisions: {bad}')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
