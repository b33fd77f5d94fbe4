#!/usr/bin/env python3
"""Turns corpus text documents into born-digital PDFs (text layer, embedded
Unicode TrueType font, real ruled tables with the header row repeated on
each page) so that the PDF reader is tested end to end against the same
gold answers. Needs reportlab (pip) and a TTF with Vietnamese glyphs
(Debian: fonts-dejavu-core).

    scripts/make_pdf_fixtures.py SET_DIR OUT_DIR [--font PATH]

reads SET_DIR/docs/*.txt and SET_DIR/gold/*.json, writes OUT_DIR/docs/<stem>.pdf
and OUT_DIR/gold/<stem>.json with "seed" set to the new file name.
"""
import argparse, glob, json, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_docx_fixtures import blocks  # same reading of the text forms

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from xml.sax.saxutils import escape


def clean(t):
    return re.sub(r'\*\*|<[^>]+>|\[bookmark:[^\]]*\]', '', t).strip()


def build(text, path, font, size):
    body = ParagraphStyle('b', fontName=font, fontSize=size, leading=size * 1.3)
    cell = ParagraphStyle('c', fontName=font, fontSize=size - 2, leading=(size - 2) * 1.25)
    story = []
    for kind, x in blocks(text):
        if kind == 'p':
            t = clean(x.replace('\t', ' '))
            story.append(Paragraph(escape(t), body) if t else Spacer(1, size * 0.5))
            continue
        rows = [[clean(c) for c in r] for r in x]
        width = max(len(r) for r in rows)
        rows = [r + [''] * (width - len(r)) for r in rows]
        data = [[Paragraph(escape(c), cell) for c in r] for r in rows]
        avail = A4[0] - 30 * mm
        if width <= 2:
            # The letterhead and signature blocks: side by side, no rules.
            t = Table(data, colWidths=[avail / width] * width)
            t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP')]))
            story.append(t)
            continue
        first = 13 * mm
        widths = [first] + [(avail - first) / (width - 1)] * (width - 1)
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
        story.append(t)
    SimpleDocTemplate(path, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm, bottomMargin=15 * mm).build(story)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('src')
    ap.add_argument('out')
    ap.add_argument('--font', default='/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf')
    ap.add_argument('--size', type=float, default=11)
    a = ap.parse_args()
    pdfmetrics.registerFont(TTFont('Body', a.font))
    os.makedirs(os.path.join(a.out, 'docs'), exist_ok=True)
    os.makedirs(os.path.join(a.out, 'gold'), exist_ok=True)
    for f in sorted(glob.glob(os.path.join(a.src, 'docs', '*.txt'))):
        stem = os.path.splitext(os.path.basename(f))[0]
        build(open(f, encoding='utf-8').read(), os.path.join(a.out, 'docs', stem + '.pdf'), 'Body', a.size)
        g = json.load(open(os.path.join(a.src, 'gold', stem + '.json'), encoding='utf-8'))
        g['seed'] = stem + '.pdf'
        json.dump(g, open(os.path.join(a.out, 'gold', stem + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
