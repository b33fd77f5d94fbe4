#!/usr/bin/env python3
"""Sanity check (K3: docs are image-only PDFs; see text_of) of the gold against the documents: every metric id is one of
spec/metrics.md, every target value is printed in its document, every target
has a year, every comparator is >= or <=. Prints problems; exit 1 if any."""
import html, json, os, re, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = open('/work/shared/spec/metrics.md', encoding='utf-8').read()
bad = 0
IDS = set(re.findall(r'^\| `([a-z_]+)` \|', spec, re.M))


def text_of(path):
    """The scanned PDF has no text layer; check against the text of the clean
    vector layout it was rasterised from (build/<stem>.vector.pdf), i.e. what is
    printed on the page before scanning."""
    stem = os.path.splitext(os.path.basename(path))[0]
    scanned = subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True).stdout
    if scanned.strip():
        print(path, 'has a text layer:', len(scanned.strip()), 'chars'); global bad; bad += 1
    vec = os.path.join(ROOT, 'build', stem + '.vector.pdf')
    return subprocess.run(['pdftotext', vec, '-'], capture_output=True, text=True).stdout


n = 0
for f in sorted(os.listdir(os.path.join(ROOT, 'gold'))):
    g = json.load(open(os.path.join(ROOT, 'gold', f), encoding='utf-8'))
    txt = text_of(os.path.join(ROOT, 'docs', g['seed'])).replace('\u00a0', ' ')
    for d in g['documents']:
        for t in d['targets']:
            v = t['value']
            s = str(int(v)) if v == int(v) else str(v).replace('.', ',')
            if not re.search(r'(?<![\d,.])' + re.escape(s) + r'(?![\d,])', txt):
                print(f, 'value not in text:', s, t['metric_text']); bad += 1
            if t['metric'] is not None and t['metric'] not in IDS:
                print(f, 'unknown metric', t['metric']); bad += 1
            if not isinstance(t.get('year'), int) or t['comparator'] not in ('>=', '<='):
                print(f, 'bad year/comparator', t); bad += 1
print('check_values:', 'OK' if not bad else f'{bad} problem(s)', f'({len(IDS)} metric ids; docs have no text layer)' if not bad else '')
sys.exit(1 if bad else 0)
