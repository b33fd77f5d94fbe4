"""Rebuild the whole C3 set (HTML -> Chromium PDF -> pdftoppm -> degraded scans ->
image-only PDF), gold JSON from the same data, a perfect prediction built from
the gold, and the score.py checks (perfect prediction, and /dev/null)."""
import importlib, json, os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common

MODULES = ['d1_binhphuoc_2024_qd', 'd2_thainguyen_2025_kh', 'd3_namdan_2024_cv', 'd4_hatinh_2025_qd']


def perfect_prediction(name, gold_docs):
    out = []
    for i, gd in enumerate(gold_docs):
        d = gd['document']
        date = d['date'][0] if isinstance(d['date'], list) else d['date']
        obj = {'schema': 'chitieu/1',
               'source': {'path': f'docs/{name}.pdf', 'format': 'pdf', 'ocr': True, 'segment': i},
               'number': d['number'], 'serial': d['serial'], 'symbol': d['symbol'], 'type': d['type'],
               'issuer': d['issuer'], 'place': d['place'], 'date': date, 'subject': d['subject'],
               'signer': {'name': d['signer']}, 'year': None, 'targets': [], 'warnings': []}
        years = []
        for t in gd['targets']:
            unit = t['unit'][0] if isinstance(t['unit'], list) else t['unit']
            years.append(t['year'])
            obj['targets'].append({'unit': unit, 'unit_group': t.get('unit_group'), 'metric': t['metric'],
                                   'metric_text': t['metric_text'], 'value': t['value'],
                                   'unit_of_measure': t['unit_of_measure'], 'comparator': t['comparator'],
                                   'year': t['year'], 'note': t.get('note'),
                                   'provenance': {'kind': t['kind']}})
        obj['year'] = min(years) if years else None
        out.append(obj)
    return out


def main(selected):
    preds = []
    for modname in MODULES:
        m = importlib.import_module(modname)
        html_text, gold_docs = m.make()
        if not selected or modname in selected:
            n = common.build(m.NAME, html_text, gold_docs, **m.RENDER)
            print(f'{m.NAME}: pages={n} targets={sum(len(d["targets"]) for d in gold_docs)}')
        preds.extend(perfect_prediction(m.NAME, gold_docs))
    pp = os.path.join(common.GEN, 'perfect_pred.jsonl')
    with open(pp, 'w', encoding='utf-8') as f:
        for p in preds:
            f.write(json.dumps(p, ensure_ascii=False) + '\n')
    subprocess.run([sys.executable, '/work/shared/score.py', '--gold', common.GOLD, '--pred', pp])
    subprocess.run([sys.executable, '/work/shared/score.py', '--gold', common.GOLD, '--pred', '/dev/null'])
    for f in sorted(os.listdir(common.DOCS)):
        t = subprocess.run(['pdftotext', os.path.join(common.DOCS, f), '-'], capture_output=True, text=True).stdout
        print(f, 'text-layer chars (non-whitespace):', len(''.join(t.split())))


if __name__ == '__main__':
    main(sys.argv[1:])
