#!/usr/bin/env python3
"""Turn gold/*.json into a chitieu/1 JSONL prediction (first accepted spelling of every list).

    python3 gen/gold2pred.py [--gold gold] [--out pred.jsonl]
"""
import argparse, hashlib, json, os, re, sys, unicodedata


def first(v):
    return v[0] if isinstance(v, list) else v


def unit_key(u):
    if u is None:
        return None
    s = unicodedata.normalize('NFD', u)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn').replace('đ', 'd').replace('Đ', 'D').lower()
    s = re.sub(r'\bubnd\b', 'uy ban nhan dan', s)
    return '-'.join(re.findall(r'[a-z0-9]+', s))


def main():
    ap = argparse.ArgumentParser()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument('--gold', default=os.path.join(root, 'gold'))
    ap.add_argument('--out', default='-')
    a = ap.parse_args()
    out = sys.stdout if a.out == '-' else open(a.out, 'w', encoding='utf-8')
    for fn in sorted(os.listdir(a.gold)):
        if not fn.endswith('.json'):
            continue
        g = json.load(open(os.path.join(a.gold, fn), encoding='utf-8'))
        path = os.path.join('docs', g['seed'])
        full = os.path.join(os.path.dirname(os.path.abspath(a.gold)), path)
        sha = hashlib.sha256(open(full, 'rb').read()).hexdigest() if os.path.exists(full) else None
        ext = os.path.splitext(g['seed'])[1].lstrip('.')
        fmt = {'txt': 'text', 'md': 'markdown', 'htm': 'html'}.get(ext, ext)
        for i, d in enumerate(g['documents']):
            doc = d['document']
            date = first(doc.get('date'))
            targets = []
            for t in d['targets']:
                u = first(t['unit'])
                targets.append({
                    "unit": u, "unit_key": unit_key(u), "unit_group": t.get('unit_group'),
                    "metric": t['metric'], "metric_text": t.get('metric_text'), "value": t['value'],
                    "unit_of_measure": t.get('unit_of_measure', '%'), "comparator": t.get('comparator'),
                    "year": t.get('year'), "note": t.get('note'),
                    "provenance": {"kind": t.get('kind', 'table')}})
            obj = {
                "schema": "chitieu/1",
                "source": {"path": path, "sha256": sha, "format": fmt, "ocr": False, "segment": i},
                "number": first(doc.get('number')), "serial": first(doc.get('serial')),
                "symbol": first(doc.get('symbol')), "type": first(doc.get('type')),
                "issuer": first(doc.get('issuer')), "place": first(doc.get('place')), "date": date,
                "subject": first(doc.get('subject')), "signer": {"name": first(doc.get('signer'))},
                "references": [{"number": r} for r in doc.get('references', [])],
                "year": min((t['year'] for t in d['targets']), default=None),
                "targets": targets, "warnings": []}
            out.write(json.dumps(obj, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
