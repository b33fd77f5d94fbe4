"""Small python-docx helpers shared by the U3 docx generator (from blindG3)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

CENTER = WD_ALIGN_PARAGRAPH.CENTER
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY


def new_document(font='Times New Roman', size=14, landscape=False):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    return d


def para(container, text='', bold=False, italic=False, align=None, size=None, style=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if align is not None:
        p.alignment = align
    add_runs(p, text, bold=bold, italic=italic, size=size)
    return p


def add_runs(p, text, bold=False, italic=False, size=None):
    """text may contain '**' toggles for bold parts and '\n' for line breaks."""
    parts = text.split('**')
    for i, part in enumerate(parts):
        lines = part.split('\n')
        for j, line in enumerate(lines):
            if j:
                p.add_run().add_break()
            if line:
                r = p.add_run(line)
                r.bold = bold or (i % 2 == 1)
                r.italic = italic
                if size:
                    r.font.size = Pt(size)
    return p


def cell_text(cell, text, bold=False, italic=False, align=None, size=None):
    """Replace the cell's first paragraph with text ('\n' = new paragraph)."""
    paras = text.split('\n\n')
    first = cell.paragraphs[0]
    for k, ptxt in enumerate(paras):
        p = first if k == 0 else cell.add_paragraph()
        if align is not None:
            p.alignment = align
        add_runs(p, ptxt, bold=bold, italic=italic, size=size)
    return cell


def set_text_direction(cell, val='btLr'):
    tcPr = cell._tc.get_or_add_tcPr()
    td = OxmlElement('w:textDirection')
    td.set(qn('w:val'), val)
    tcPr.append(td)


def set_col_widths(table, widths_cm):
    for row in table.rows:
        for idx, w in enumerate(widths_cm):
            if idx < len(row.cells):
                row.cells[idx].width = Cm(w)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for edge in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        e = OxmlElement(f'w:{edge}')
        e.set(qn('w:val'), 'nil')
        b.append(e)
    tblPr.append(b)
