"""Shared helpers for the B3 blind set: HTML skeleton, render pipeline
(HTML -> chromium PDF -> pdftoppm PNG -> degrade -> tesseract) and gold writer.

Each document module builds its HTML *and* its gold targets from the same
Python data, so the two cannot drift.
"""
import html
import json
import os
import random
import subprocess
import unicodedata

import numpy as np
from PIL import Image, ImageFilter

ROOT = '/tmp/blindB3'
GEN = os.path.join(ROOT, 'gen')
DOCS = os.path.join(ROOT, 'docs')
GOLD = os.path.join(ROOT, 'gold')

CSS = r"""
@page { size: A4 portrait; margin: 18mm 16mm 18mm 28mm; }
@page land { size: A4 landscape; margin: 14mm 12mm 14mm 16mm; }
.landscape { page: land; }
body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 13pt;
       line-height: 1.32; color: #000; }
p { margin: 0 0 5pt 0; text-align: justify; text-indent: 12mm; }
p.ni { text-indent: 0; }
table.head { width: 100%; border-collapse: collapse; }
table.head td { vertical-align: top; text-align: center; padding: 0; }
.issuer { font-size: 12.5pt; }
.motto { font-size: 12.5pt; }
.u { border-bottom: 1px solid #000; display: inline-block; padding-bottom: 1px; }
.title { text-align: center; font-weight: bold; font-size: 14pt; margin-top: 14pt; }
.subject { text-align: center; font-weight: bold; margin: 2pt 20mm 10pt 20mm; }
.authority { text-align: center; font-weight: bold; margin: 8pt 0 8pt 0; }
.cc { font-style: italic; }
table.sign { width: 100%; border-collapse: collapse; margin-top: 10pt; page-break-inside: avoid; }
table.sign td { vertical-align: top; padding: 0; }
.noinhan { font-size: 11pt; line-height: 1.2; }
.noinhan b { font-size: 12pt; font-style: italic; }
.signer { text-align: center; font-weight: bold; position: relative; }
.signame { margin-top: 96pt; }
.stamp { position: absolute; left: 4mm; top: 14pt; width: 36mm; height: 36mm; border: 3px solid rgba(200,30,30,0.55);
         border-radius: 50%; color: rgba(200,30,30,0.55); font-size: 7pt; font-weight: bold;
         display: flex; align-items: center; justify-content: center; text-align: center; }
.stamp .inner { width: 26mm; height: 26mm; border: 2px solid rgba(200,30,30,0.55); border-radius: 50%;
         display: flex; align-items: center; justify-content: center; font-size: 9pt; }
.sig { position: absolute; left: 30mm; top: 40pt; }
.appx { page-break-before: always; }
.appx .cap { text-align: center; font-weight: bold; margin: 0; text-indent: 0; }
.appx .sub { text-align: center; font-style: italic; margin: 2pt 0 8pt 0; text-indent: 0; }
table.grid { border-collapse: collapse; width: 100%; font-size: 12pt; line-height: 1.2; }
table.grid th, table.grid td { border: 1px solid #000; padding: 3pt 4pt; vertical-align: middle; }
table.grid th { font-weight: bold; text-align: center; }
table.grid td.c { text-align: center; }
table.grid tr.sec td { font-weight: bold; }
table.grid tr { page-break-inside: avoid; }
"""


def esc(s):
    return html.escape(s, quote=False)


def letterhead(parent, issuer_lines, number_line, place_date, left_width='42%', extra_left=''):
    """Two-column letterhead: issuer (left) and motto (right), short rules under both."""
    left = ''
    if parent:
        left += f'<div class="issuer">{esc(parent)}</div>'
    left += '<div class="issuer"><b>' + '<br>'.join(esc(x) for x in issuer_lines) + '</b></div>'
    left += '<div style="width:28mm;border-top:1px solid #000;margin:2pt auto 0 auto"></div>'
    left += f'<div style="margin-top:6pt">{esc(number_line)}</div>' + extra_left
    right = ('<div class="motto"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></div>'
             '<div class="motto"><b>Độc lập - Tự do - Hạnh phúc</b></div>'
             '<div style="width:58mm;border-top:1px solid #000;margin:2pt auto 0 auto"></div>'
             f'<div style="margin-top:8pt"><i>{esc(place_date)}</i></div>')
    return (f'<table class="head"><tr><td style="width:{left_width}">{left}</td>'
            f'<td>{right}</td></tr></table>')


def sign_block(recipients, capacity_lines, name, stamp_text=None, sig=True, recipients_title='Nơi nhận:'):
    rec = f'<b>{esc(recipients_title)}</b><br>' + '<br>'.join('- ' + esc(r) for r in recipients)
    cap = '<br>'.join(esc(c) for c in capacity_lines)
    extra = ''
    if stamp_text:
        extra += (f'<div class="stamp"><div>{esc(stamp_text)}<br><div class="inner">&#9733;</div></div></div>')
    if sig:
        extra += ('<svg class="sig" width="150" height="60" viewBox="0 0 150 60">'
                  '<path d="M5 40 C 20 5, 35 55, 50 25 S 80 10, 95 35 S 120 50, 145 15" '
                  'stroke="#1a2a80" stroke-width="2.2" fill="none"/></svg>')
    return (f'<table class="sign"><tr><td class="noinhan" style="width:48%">{rec}</td>'
            f'<td class="signer">{cap}{extra}<div class="signame">{esc(name)}</div></td></tr></table>')


def page(body, title='doc'):
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<style>{CSS}</style></head><body>{body}</body></html>')


def nfc(s):
    return unicodedata.normalize('NFC', s) if isinstance(s, str) else s


def target(unit, metric, value, metric_text, kind, year, comparator='>=', unit_group=None, note=None, uom='%'):
    t = {'unit': unit, 'metric': metric, 'value': float(value), 'unit_of_measure': uom,
         'comparator': comparator, 'metric_text': metric_text, 'kind': kind, 'year': year}
    if unit_group is not None:
        t['unit_group'] = unit_group
    if note is not None:
        t['note'] = note
    return t


def fmt_num(v):
    """Vietnamese number as printed: decimal comma."""
    if v is None:
        return ''
    if float(v).is_integer():
        return str(int(v))
    return str(v).replace('.', ',')


# ---------------------------------------------------------------- rendering

def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        raise RuntimeError(f'{cmd[0]} failed: {r.stderr[-2000:]}')
    return r


def html_to_pdf(html_path, pdf_path):
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
         f'--print-to-pdf={pdf_path}', 'file://' + html_path])


def pdf_to_png(pdf_path, prefix, dpi):
    run(['pdftoppm', '-r', str(dpi), '-png', pdf_path, prefix])
    d = os.path.dirname(prefix)
    base = os.path.basename(prefix)
    return sorted(os.path.join(d, f) for f in os.listdir(d) if f.startswith(base + '-') and f.endswith('.png'))


def degrade(src, dst, rng, rotate=0.0, noise=0.0, blur=0.0, jpeg=None, speckle=0.0, gamma=1.0, dpi=300):
    """Make a clean render look scanned. Returns the output path (png or jpg)."""
    im = Image.open(src).convert('RGB')
    if gamma != 1.0:
        a = np.asarray(im).astype(np.float32) / 255.0
        im = Image.fromarray((np.clip(a ** gamma, 0, 1) * 255).astype(np.uint8))
    if rotate:
        im = im.rotate(rotate, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    if noise or speckle:
        a = np.asarray(im).astype(np.float32)
        if noise:
            a += rng.normal(0, noise, a.shape[:2])[..., None]
        if speckle:
            m = rng.random(a.shape[:2]) < speckle
            a[m] = rng.integers(0, 90, int(m.sum()))[:, None]
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if jpeg:
        dst = os.path.splitext(dst)[0] + '.jpg'
        im.save(dst, quality=jpeg, dpi=(dpi, dpi))
    else:
        im.save(dst, dpi=(dpi, dpi))
    return dst


def ocr(images, out_base, psm):
    lst = out_base + '.list'
    with open(lst, 'w') as f:
        f.write('\n'.join(images) + '\n')
    run(['tesseract', lst, out_base, '-l', 'vie', '--psm', str(psm)])
    return open(out_base + '.txt', encoding='utf-8').read()


def build(name, html_text, gold_doc, dpi, psm, page_degr, seed=0):
    """page_degr: function(page_index) -> kwargs for degrade()."""
    wd = os.path.join(GEN, name)
    os.makedirs(wd, exist_ok=True)
    for f in os.listdir(wd):
        if f.endswith(('.png', '.jpg', '.list')) or f.startswith('ocr'):
            os.remove(os.path.join(wd, f))
    hp = os.path.join(wd, name + '.html')
    open(hp, 'w', encoding='utf-8').write(html_text)
    pdf = os.path.join(wd, name + '.pdf')
    html_to_pdf(hp, pdf)
    pages = pdf_to_png(pdf, os.path.join(wd, 'clean'), dpi)
    rng = np.random.default_rng(seed)
    imgs = []
    for i, p in enumerate(pages):
        kw = page_degr(i)
        imgs.append(degrade(p, os.path.join(wd, f'scan-{i + 1:02d}.png'), rng, dpi=dpi, **kw))
    text = ocr(imgs, os.path.join(wd, 'ocr'), psm)
    open(os.path.join(DOCS, name + '.txt'), 'w', encoding='utf-8').write(text)
    gold = {'seed': name + '.txt', 'documents': gold_doc}
    with open(os.path.join(GOLD, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    return len(pages), text
