"""Shared helpers for the C3 blind set (scanned PDFs).

Pipeline: HTML (built from the same Python data as the gold) -> Chromium
headless PDF -> pdftoppm PNG at the document's dpi -> degrade (skew, speckle,
blur, noise, JPEG) -> image-only PDF assembled by hand (one image XObject per
page, no text layer). Adapted from /work/main/pending/blindB3/gen/common.py.
"""
import html
import io
import json
import os
import subprocess
import unicodedata
import zlib

import numpy as np
from PIL import Image, ImageFilter

ROOT = '/tmp/blindC3'
GEN = os.path.join(ROOT, 'gen')
DOCS = os.path.join(ROOT, 'docs')
GOLD = os.path.join(ROOT, 'gold')

CSS_TMPL = r"""
@page { size: A4 portrait; margin: %(margin)s; }
body { font-family: %(font)s; font-size: %(size)s; line-height: %(lh)s; color: #000; }
p { margin: 0 0 4pt 0; text-align: justify; text-indent: 10mm; }
p.ni { text-indent: 0; }
table.head { width: 100%%; border-collapse: collapse; }
table.head td { vertical-align: top; text-align: center; padding: 0; }
.issuer, .motto { font-size: %(head)s; white-space: nowrap; }
.title { text-align: center; font-weight: bold; font-size: 1.08em; margin-top: 12pt; }
.subject { text-align: center; font-weight: bold; margin: 2pt 16mm 8pt 16mm; }
.authority { text-align: center; font-weight: bold; margin: 8pt 0 8pt 0; }
table.sign { width: 100%%; border-collapse: collapse; margin-top: 10pt; page-break-inside: avoid; }
table.sign td { vertical-align: top; padding: 0; }
.noinhan { font-size: 0.82em; line-height: 1.2; }
.noinhan b { font-size: 1.1em; font-style: italic; }
.signer { text-align: center; font-weight: bold; position: relative; }
.signame { margin-top: 88pt; }
.stamp { position: absolute; left: 6mm; top: 12pt; width: 34mm; height: 34mm; border: 3px solid rgba(205,25,25,0.6);
         border-radius: 50%%; color: rgba(205,25,25,0.6); font-size: 6.5pt; font-weight: bold;
         display: flex; align-items: center; justify-content: center; text-align: center; }
.stamp .inner { width: 24mm; height: 24mm; border: 2px solid rgba(205,25,25,0.6); border-radius: 50%%;
         display: flex; align-items: center; justify-content: center; font-size: 9pt; margin: 2pt auto 0 auto; }
.sig { position: absolute; left: 28mm; top: 38pt; }
.appx { page-break-before: always; }
.appx .cap { text-align: center; font-weight: bold; margin: 0; text-indent: 0; }
.appx .sub { text-align: center; font-style: italic; margin: 2pt 0 8pt 0; text-indent: 0; }
table.grid { border-collapse: collapse; width: 100%%; font-size: %(tsize)s; line-height: 1.18; }
table.grid th, table.grid td { border: 1px solid #000; padding: 2.5pt 3.5pt; vertical-align: middle; }
table.grid th { font-weight: bold; text-align: center; }
table.grid th.shade, table.grid td.shade { background: #d4d4d4; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
table.grid td.c { text-align: center; }
table.grid tr.sec td { font-weight: bold; }
table.grid tr.tot td { font-weight: bold; }
table.grid tr { page-break-inside: avoid; }
table.grid thead { display: table-header-group; }
"""


def css(font, size='13pt', lh='1.3', tsize='11.5pt', margin='20mm 15mm 20mm 30mm', head='0.95em'):
    return CSS_TMPL % dict(font=font, size=size, lh=lh, tsize=tsize, margin=margin, head=head)


def esc(s):
    return html.escape(s, quote=False)


def letterhead(parent, issuer_lines, number_line, place_date, left_width='42%', extra_left=''):
    left = ''
    if parent:
        left += f'<div class="issuer">{esc(parent)}</div>'
    left += '<div class="issuer"><b>' + '<br>'.join(esc(x) for x in issuer_lines) + '</b></div>'
    left += '<div style="width:26mm;border-top:1px solid #000;margin:2pt auto 0 auto"></div>'
    left += f'<div style="margin-top:6pt">{esc(number_line)}</div>' + extra_left
    right = ('<div class="motto"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></div>'
             '<div class="motto"><b>Độc lập - Tự do - Hạnh phúc</b></div>'
             '<div style="width:56mm;border-top:1px solid #000;margin:2pt auto 0 auto"></div>'
             f'<div style="margin-top:8pt"><i>{esc(place_date)}</i></div>')
    return (f'<table class="head"><tr><td style="width:{left_width}">{left}</td>'
            f'<td>{right}</td></tr></table>')


def sign_block(recipients, capacity_lines, name, stamp_text=None, sig=True, recipients_title='Nơi nhận:'):
    rec = f'<b>{esc(recipients_title)}</b><br>' + '<br>'.join('- ' + esc(r) for r in recipients)
    cap = '<br>'.join(esc(c) for c in capacity_lines)
    extra = ''
    if stamp_text:
        extra += f'<div class="stamp"><div>{esc(stamp_text)}<div class="inner">&#9733;</div></div></div>'
    if sig:
        extra += ('<svg class="sig" width="150" height="60" viewBox="0 0 150 60">'
                  '<path d="M4 44 C 18 8, 30 58, 48 28 S 78 6, 96 38 S 122 52, 146 12" '
                  'stroke="#1b2c86" stroke-width="2.2" fill="none"/></svg>')
    return (f'<table class="sign"><tr><td class="noinhan" style="width:46%">{rec}</td>'
            f'<td class="signer">{cap}{extra}<div class="signame">{esc(name)}</div></td></tr></table>')


def page(body, style, title='doc'):
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<style>{style}</style></head><body>{body}</body></html>')


def target(unit, metric, value, metric_text, kind, year, comparator='>=', unit_group=None, note=None, uom='%'):
    t = {'unit': unit, 'metric': metric, 'value': float(value), 'unit_of_measure': uom,
         'comparator': comparator, 'metric_text': metric_text, 'kind': kind, 'year': year}
    if unit_group is not None:
        t['unit_group'] = unit_group
    if note is not None:
        t['note'] = note
    return t


def fmt_num(v):
    if v is None:
        return ''
    if isinstance(v, str):
        return v
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


def pdf_to_png(pdf_path, prefix, dpi, gray=False):
    cmd = ['pdftoppm', '-r', str(dpi), '-png']
    if gray:
        cmd.append('-gray')
    run(cmd + [pdf_path, prefix])
    d = os.path.dirname(prefix)
    base = os.path.basename(prefix)
    return sorted(os.path.join(d, f) for f in os.listdir(d) if f.startswith(base + '-') and f.endswith('.png'))


def degrade(im, rng, rotate=0.0, noise=0.0, blur=0.0, speckle=0.0, gamma=1.0, shift=(0, 0),
            shade=0.0, gray=False):
    """Make a clean render look scanned; returns a PIL image."""
    im = im.convert('L' if gray else 'RGB')
    if gamma != 1.0:
        a = np.asarray(im).astype(np.float32) / 255.0
        im = Image.fromarray((np.clip(a ** gamma, 0, 1) * 255).astype(np.uint8))
    if rotate:
        fill = 255 if gray else (255, 255, 255)
        im = im.rotate(rotate, resample=Image.BICUBIC, expand=False, fillcolor=fill,
                       translate=shift)
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(im).astype(np.float32)
    if shade:   # uneven scanner lighting: darker toward the binding edge
        h, w = a.shape[:2]
        ramp = 1.0 - shade * np.linspace(1, 0, w)[None, :] ** 3
        a = a * (ramp[..., None] if a.ndim == 3 else ramp)
    if noise:
        n = rng.normal(0, noise, a.shape[:2])
        a = a + (n[..., None] if a.ndim == 3 else n)
    if speckle:
        m = rng.random(a.shape[:2]) < speckle
        v = rng.integers(0, 110, int(m.sum()))
        a[m] = v[:, None] if a.ndim == 3 else v
        # a few larger dust blobs
        h, w = a.shape[:2]
        for _ in range(int(speckle * 40000)):
            y, x = rng.integers(0, h - 4), rng.integers(0, w - 4)
            r = rng.integers(1, 3)
            a[y:y + r, x:x + r] = rng.integers(0, 80)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def images_to_pdf(pages, pdf_path):
    """pages: list of (PIL image, dpi, jpeg_quality or None). Writes an image-only PDF:
    JPEG pages as DCTDecode, the others as Flate-compressed raw samples."""
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)
    page_ids = []
    pages_id_placeholder = None
    # reserve catalog (1) and pages (2)
    objs.append(None)
    objs.append(None)
    for im, dpi, q in pages:
        w, h = im.size
        cs = '/DeviceGray' if im.mode == 'L' else '/DeviceRGB'
        if q:
            buf = io.BytesIO()
            im.save(buf, 'JPEG', quality=q, dpi=(dpi, dpi))
            data, filt = buf.getvalue(), '/DCTDecode'
        else:
            data, filt = zlib.compress(im.tobytes(), 9), '/FlateDecode'
        img_id = add(b'<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s '
                     b'/BitsPerComponent 8 /Filter %s /Length %d >>\nstream\n' %
                     (w, h, cs.encode(), filt.encode(), len(data)) + data + b'\nendstream')
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        content = b'q %.3f 0 0 %.3f 0 0 cm /Im0 Do Q' % (pw, ph)
        c_id = add(b'<< /Length %d >>\nstream\n' % len(content) + content + b'\nendstream')
        p_id = add(b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.3f %.3f] /Resources << /XObject << /Im0 %d 0 R >> >> '
                   b'/Contents %d 0 R >>' % (pw, ph, img_id, c_id))
        page_ids.append(p_id)
    objs[0] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[1] = b'<< /Type /Pages /Kids [%s] /Count %d >>' % (
        b' '.join(b'%d 0 R' % i for i in page_ids), len(page_ids))
    out = io.BytesIO()
    out.write(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b'%d 0 obj\n' % i + o + b'\nendobj\n')
    xref = out.tell()
    out.write(b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1))
    for o in offs:
        out.write(b'%010d 00000 n \n' % o)
    out.write(b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref))
    open(pdf_path, 'wb').write(out.getvalue())


def build(name, html_text, gold_doc, dpi, page_degr, seed=0, gray=False):
    """page_degr(i) -> dict of degrade() kwargs plus optional 'jpeg' quality."""
    wd = os.path.join(GEN, name)
    os.makedirs(wd, exist_ok=True)
    for f in os.listdir(wd):
        if f.endswith(('.png', '.jpg')):
            os.remove(os.path.join(wd, f))
    hp = os.path.join(wd, name + '.html')
    open(hp, 'w', encoding='utf-8').write(html_text)
    clean_pdf = os.path.join(wd, name + '.clean.pdf')
    html_to_pdf(hp, clean_pdf)
    pngs = pdf_to_png(clean_pdf, os.path.join(wd, 'clean'), dpi, gray=gray)
    rng = np.random.default_rng(seed)
    pages = []
    for i, p in enumerate(pngs):
        kw = dict(page_degr(i))
        q = kw.pop('jpeg', None)
        im = degrade(Image.open(p), rng, gray=gray, **kw)
        im.save(os.path.join(wd, f'scan-{i + 1:02d}.png'), dpi=(dpi, dpi))
        pages.append((im, dpi, q))
    os.makedirs(DOCS, exist_ok=True)
    images_to_pdf(pages, os.path.join(DOCS, name + '.pdf'))
    os.makedirs(GOLD, exist_ok=True)
    gold = {'seed': name + '.pdf', 'documents': gold_doc}
    with open(os.path.join(GOLD, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    return len(pngs)
