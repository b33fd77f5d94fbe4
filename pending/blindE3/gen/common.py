"""Shared helpers for the E3 blind-set generators (docs + gold are built together)."""
import json, os, subprocess, html

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, 'docs')
GOLD = os.path.join(ROOT, 'gold')
WORK = os.path.join(ROOT, 'gen', 'build')   # intermediate HTML/PDF (not part of the set)
for d in (DOCS, GOLD, WORK):
    os.makedirs(d, exist_ok=True)


def num(v):
    """'97,5' -> 97.5 ; 80 -> 80.0"""
    return float(str(v).replace(',', '.'))


def T(unit, metric, value, metric_text, year, kind='table', comparator='>=', uom='%',
      unit_group=None, note=None):
    t = {"unit": unit, "metric": metric, "value": num(value), "unit_of_measure": uom,
         "comparator": comparator, "metric_text": metric_text, "kind": kind, "year": year}
    if unit_group is not None:
        t["unit_group"] = unit_group
    if note is not None:
        t["note"] = note
    return t


def alts_local(name):
    """'Huyện Bình Sơn' -> ['Huyện Bình Sơn', 'UBND huyện Bình Sơn']"""
    return [name, 'UBND ' + name[0].lower() + name[1:]]


def write_gold(docname, documents):
    stem = os.path.splitext(docname)[0]
    with open(os.path.join(GOLD, stem + '.json'), 'w', encoding='utf-8') as f:
        json.dump({"seed": docname, "documents": documents}, f, ensure_ascii=False, indent=1)
        f.write('\n')


def write_doc(docname, text):
    with open(os.path.join(DOCS, docname), 'w', encoding='utf-8') as f:
        f.write(text)


def print_pdf(html_path, pdf_path):
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--no-pdf-header-footer',
                    '--print-to-pdf=' + pdf_path, html_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def pdftotext_layout(pdf_path):
    return subprocess.run(['pdftotext', '-layout', pdf_path, '-'], check=True,
                          capture_output=True).stdout.decode('utf-8')


esc = html.escape
