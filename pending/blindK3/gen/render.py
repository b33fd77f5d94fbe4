"""Layout (reportlab) and scanning (pdftoppm + Pillow/numpy) helpers for set K3.

A make_k3_XX.py script builds a list of flowables with the helpers below,
calls build_pdf() to lay out a clean A4 vector PDF in build/, then scan() to
rasterise it, degrade every page like a clerk's office scanner (rotation,
grey paper, noise, blur) and save an image-only PDF in docs/.
The faint stamp circle is drawn in the vector layout over the signature
(Stamp flowable), so it is degraded together with the page.
"""
import math, os, random, subprocess, tempfile
import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Table, TableStyle,
                                Spacer, PageBreak, NextPageTemplate, Flowable, KeepTogether)

from common import ROOT, DOCS

BUILD = os.path.join(ROOT, 'build')
FD = '/usr/share/fonts/truetype/liberation2/'
if not os.path.exists(FD + 'LiberationSerif-Regular.ttf'):
    FD = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('Serif', FD + 'LiberationSerif-Regular.ttf'))
pdfmetrics.registerFont(TTFont('Serif-B', FD + 'LiberationSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('Serif-I', FD + 'LiberationSerif-Italic.ttf'))
pdfmetrics.registerFont(TTFont('Serif-BI', FD + 'LiberationSerif-BoldItalic.ttf'))
pdfmetrics.registerFontFamily('Serif', normal='Serif', bold='Serif-B', italic='Serif-I', boldItalic='Serif-BI')


def S(size=13, align=TA_JUSTIFY, lead=None, indent=0, font='Serif', before=0, after=3):
    return ParagraphStyle('s', fontName=font, fontSize=size, leading=lead or size * 1.25,
                          alignment=align, firstLineIndent=indent, spaceBefore=before, spaceAfter=after)


BODY = S(13, TA_JUSTIFY, indent=1.0 * cm)
CENTERED = S(13, TA_CENTER, after=0)
CELL = S(11, TA_LEFT, after=0)
CELLC = S(11, TA_CENTER, after=0)
CELLB = S(11, TA_CENTER, font='Serif-B', after=0)


def P(text, style=BODY):
    return Paragraph(text, style)


class Rule(Flowable):
    """The short line under the issuer name / the motto."""
    def __init__(self, width):
        super().__init__(); self.w = width
    def wrap(self, aw, ah):
        self.aw = aw; return aw, 3
    def draw(self):
        x = (self.aw - self.w) / 2
        self.canv.setLineWidth(0.7); self.canv.line(x, 2, x + self.w, 2)


class Stamp(Flowable):
    """Zero-height flowable: a faint round seal and a hand signature drawn at
    an offset, over the signer's name below it."""
    def __init__(self, ring_text, dx=-2.0 * cm, dy=1.0 * cm, r=1.9 * cm, grey=0.62):
        super().__init__(); self.t = ring_text; self.dx, self.dy, self.r, self.g = dx, dy, r, grey
    def wrap(self, aw, ah):
        self.aw = aw; return aw, 0
    def draw(self):
        c = self.canv; cx, cy = self.aw / 2 + self.dx, self.dy
        c.saveState()
        # signature scribble (dark)
        rnd = random.Random(7)
        c.setStrokeColor(colors.Color(0.15, 0.15, 0.2)); c.setLineWidth(1.1)
        p = c.beginPath(); x0, y0 = self.aw / 2 - 1.2 * cm, 1.4 * cm; p.moveTo(x0, y0)
        for i in range(6):
            p.curveTo(x0 + (i + .3) * 14, y0 + rnd.uniform(12, 24), x0 + (i + .6) * 14, y0 - rnd.uniform(6, 14),
                      x0 + (i + 1) * 14, y0 + rnd.uniform(-3, 3))
        c.drawPath(p, stroke=1, fill=0)
        # faint seal
        col = colors.Color(self.g, self.g, self.g)
        c.setStrokeColor(col); c.setFillColor(col)
        c.setLineWidth(2.2); c.circle(cx, cy, self.r, stroke=1, fill=0)
        c.setLineWidth(0.8); c.circle(cx, cy, self.r * 0.68, stroke=1, fill=0)
        c.setFont('Serif-B', 8.5)
        n = len(self.t); span = 300.0
        for i, ch in enumerate(self.t):
            a = math.radians(90 + span / 2 - i * span / max(n - 1, 1))
            c.saveState()
            c.translate(cx + self.r * 0.82 * math.cos(a), cy + self.r * 0.82 * math.sin(a))
            c.rotate(math.degrees(a) - 90); c.drawCentredString(0, -3, ch); c.restoreState()
        # star in the middle
        pts = [(cx + (9 if k % 2 == 0 else 3.6) * math.cos(math.radians(90 + k * 36)),
                cy + (9 if k % 2 == 0 else 3.6) * math.sin(math.radians(90 + k * 36))) for k in range(10)]
        p = c.beginPath(); p.moveTo(*pts[0])
        for q in pts[1:]:
            p.lineTo(*q)
        p.close(); c.drawPath(p, stroke=0, fill=1)
        c.restoreState()


def header(left_lines, number, right_date):
    """Two-column header block: issuer (parent line, bold issuer) + Số: on the left,
    national motto + italic place/date on the right."""
    L = [P(l, S(12.5 if i == 0 and len(left_lines) > 1 else 13, TA_CENTER, font='Serif-B' if i == len(left_lines) - 1 else 'Serif', after=0))
         for i, l in enumerate(left_lines)]
    L += [Rule(2.2 * cm), Spacer(1, 4), P('Số: ' + number, S(13, TA_CENTER, after=0))]
    R = [P('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', S(12.5, TA_CENTER, font='Serif-B', after=0)),
         P('Độc lập - Tự do - Hạnh phúc', S(13.5, TA_CENTER, font='Serif-B', after=0)),
         Rule(5.2 * cm), Spacer(1, 4), P(right_date, S(13, TA_CENTER, font='Serif-I', after=0))]
    t = Table([[L, R]], colWidths=[6.8 * cm, 9.6 * cm])
    t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0),
                           ('RIGHTPADDING', (0, 0), (-1, -1), 0)]))
    return [t, Spacer(1, 14)]


def title(kind, subject_lines):
    out = [P(kind, S(14, TA_CENTER, font='Serif-B', after=1))]
    out += [P(l, S(14, TA_CENTER, font='Serif-B', after=0)) for l in subject_lines]
    out += [Rule(4 * cm), Spacer(1, 10)]
    return out


def signature(recipients, lines, name, stamp_text=None):
    """Nơi nhận on the left (small), signature block on the right."""
    L = [P('<b><i>Nơi nhận:</i></b>', S(11.5, TA_LEFT, after=0))]
    L += [P(r, S(10.5, TA_LEFT, after=0, lead=12.5)) for r in recipients]
    R = [P(l, S(13, TA_CENTER, font='Serif-B', after=0)) for l in lines]
    R += [Spacer(1, 2.6 * cm)]
    if stamp_text:
        R += [Stamp(stamp_text)]
    R += [P(name, S(13.5, TA_CENTER, font='Serif-B', after=0))]
    t = Table([[L, R]], colWidths=[8.2 * cm, 8.2 * cm])
    t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0)]))
    return [Spacer(1, 8), KeepTogether(t)]


def grid(rows, widths, header_rows, spans=(), section_rows=(), font=10.5, center_cols=()):
    """A ruled table. rows: lists of strings (header rows first). spans: TableStyle
    SPAN tuples. section_rows: body row indexes (0-based, after the header) printed
    bold and spanning from column 1 to the end."""
    cs = S(font, TA_LEFT, after=0, lead=font * 1.2)
    cc = S(font, TA_CENTER, after=0, lead=font * 1.2)
    cb = S(font, TA_CENTER, font='Serif-B', after=0, lead=font * 1.2)
    sb = S(font, TA_LEFT, font='Serif-B', after=0, lead=font * 1.2)
    data = []
    for i, r in enumerate(rows):
        b = i - header_rows
        if i < header_rows:
            data.append([P(c, cb) for c in r])
        elif b in section_rows:
            data.append([P(c, cb if j == 0 else sb) for j, c in enumerate(r)])
        else:
            data.append([P(c, cc if (j == 0 or j in center_cols) else cs) for j, c in enumerate(r)])
    st = [('GRID', (0, 0), (-1, -1), 0.6, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
          ('TOPPADDING', (0, 0), (-1, -1), 2.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 3.5)]
    st += [('SPAN',) + s for s in spans]
    for b in section_rows:
        st.append(('SPAN', (1, header_rows + b), (-1, header_rows + b)))
    t = Table(data, colWidths=widths, repeatRows=header_rows)
    t.setStyle(TableStyle(st))
    return t


def page_number(canvas, doc):
    if doc.page > 1:
        canvas.setFont('Serif', 12)
        w = canvas._pagesize[0]
        canvas.drawCentredString(w / 2, canvas._pagesize[1] - 1.3 * cm, str(doc.page))


def build_pdf(stem, story):
    os.makedirs(BUILD, exist_ok=True)
    path = os.path.join(BUILD, stem + '.vector.pdf')
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=3 * cm, rightMargin=1.8 * cm,
                          topMargin=2 * cm, bottomMargin=2 * cm, title='', author='', creator='')
    pw, ph = A4
    fp = Frame(3 * cm, 2 * cm, pw - 4.8 * cm, ph - 4 * cm, id='p')
    lw, lh = landscape(A4)
    fl = Frame(2 * cm, 1.8 * cm, lw - 4 * cm, lh - 3.6 * cm, id='l')
    doc.addPageTemplates([PageTemplate('portrait', [fp], pagesize=A4, onPage=page_number),
                          PageTemplate('landscape', [fl], pagesize=landscape(A4), onPage=page_number)])
    doc.build(story)
    return path


def scan(stem, vector_pdf, seed, dpi=200, stamp_pages=()):
    """Rasterise, degrade, and save docs/<stem>.pdf as an image-only PDF.
    Returns the list of degraded page PNGs kept in build/ (for the OCR sample)."""
    rnd = random.Random(seed); nrng = np.random.default_rng(seed)
    tmp = tempfile.mkdtemp(prefix='k3_')
    subprocess.run(['pdftoppm', '-r', str(dpi), '-gray', '-png', vector_pdf, os.path.join(tmp, 'p')], check=True)
    pages = sorted(f for f in os.listdir(tmp) if f.endswith('.png'))
    out_imgs, kept = [], []
    for k, f in enumerate(pages):
        im = Image.open(os.path.join(tmp, f)).convert('L')
        ang = rnd.choice([-1, 1]) * rnd.uniform(0.3, 1.5)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32) / 255.0
        h, w = a.shape
        # grey, slightly uneven paper: low-frequency shading
        paper = rnd.uniform(0.80, 0.88)
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        shade = 1 + 0.05 * np.sin(xx / w * math.pi * rnd.uniform(0.7, 1.6) + rnd.uniform(0, 6)) \
                  * np.cos(yy / h * math.pi * rnd.uniform(0.5, 1.3))
        ink = 0.08 + rnd.uniform(0, 0.06)
        a = ink + (paper * shade - ink) * a
        # speckle and sensor noise
        a += nrng.normal(0, 0.045, a.shape).astype(np.float32)
        sp = nrng.random(a.shape) < 0.0008
        a[sp] = 0.2
        # a dark border strip on one edge, as from the scanner lid
        edge = rnd.randint(6, 18)
        a[:, :edge] *= 0.55
        a = np.clip(a, 0, 1)
        im = Image.fromarray((a * 255).astype(np.uint8), 'L')
        im = im.filter(ImageFilter.GaussianBlur(rnd.uniform(0.55, 0.85)))
        p = os.path.join(BUILD, f'{stem}.page{k + 1}.png')
        im.save(p); kept.append(p)
        out_imgs.append(im)
    os.makedirs(DOCS, exist_ok=True)
    out = os.path.join(DOCS, stem + '.pdf')
    out_imgs[0].save(out, save_all=True, append_images=out_imgs[1:], resolution=float(dpi), quality=72)
    for f in pages:
        os.remove(os.path.join(tmp, f))
    os.rmdir(tmp)
    print(f'{out}: {len(out_imgs)} page(s), image-only, {dpi} dpi')
    return kept
