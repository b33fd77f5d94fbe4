"""Rebuild the whole B3 set: HTML -> PDF -> PNG -> degraded scans -> tesseract text,
gold JSON from the same data, a perfect prediction, and the score.py check."""
import importlib, json, os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common

MODULES = ['d1_quangnam_2023_qd', 'd2_gialai_2025_kh', 'd3_quangtri_2024_qd',
           'd4_lamdong_2026_qd', 'd5_haihau_2024_cv']


def perfect_prediction(name, gold_docs):
    """A chitieu/1 document object per gold document, built from the gold itself."""
    out = []
    for i, gd in enumerate(gold_docs):
        d = gd['document']
        date = d['date'][0] if isinstance(d['date'], list) else d['date']
        obj = {'schema': 'chitieu/1',
               'source': {'path': f'docs/{name}.txt', 'format': 'text', 'ocr': False, 'segment': i},
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
            n, text = common.build(m.NAME, html_text, gold_docs, **m.RENDER)
            print(f'{m.NAME}: pages={n} targets={sum(len(d["targets"]) for d in gold_docs)}')
        preds.extend(perfect_prediction(m.NAME, gold_docs))
    pp = os.path.join(common.GEN, 'perfect_pred.jsonl')
    with open(pp, 'w', encoding='utf-8') as f:
        for p in preds:
            f.write(json.dumps(p, ensure_ascii=False) + '\n')
    subprocess.run([sys.executable, '/work/shared/score.py', '--gold', common.GOLD, '--pred', pp])


if __name__ == '__main__':
    main(sys.argv[1:])
