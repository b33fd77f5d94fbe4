#!/usr/bin/env python3
"""Turns corpus text documents into real DOCX files (paragraphs and w:tbl
tables, no converter needed) so that the DOCX reader is tested end to end
against the same gold answers.

    scripts/make_docx_fixtures.py SET_DIR OUT_DIR

reads SET_DIR/docs/*.txt and SET_DIR/gold/*.json, writes OUT_DIR/docs/<stem>.docx
and OUT_DIR/gold/<stem>.json with "seed" set to the new file name.
"""
import glob, json, os, re, sys, zipfile
from xml.sax.saxutils import escape


def blocks(text):
    """Paragraph lines and tables (lists of rows) in file order."""
    lines = text.split('\n')
    out, i = [], 0
    while i < len(lines):
        l = lines[i]
        body = l.lstrip('\t')
        if l.startswith('\t') and '\t' not in body:
            # DOCX dump: one cell a line, a blank line ends a row.
            rows = []
            while i < len(lines) and lines[i].startswith('\t'):
                row = []
                while i < len(lines) and lines[i].strip('\t ') != '' or (i < len(lines) and lines[i] == '\t'):
                    if lines[i].startswith('\t'):
                        row.append(lines[i][1:].strip())
                    elif row:
                        row[-1] += ' ' + lines[i].strip()
                    i += 1
                rows.append(row)
                while i < len(lines) and lines[i].strip() == '' and '\t' not in lines[i]:
                    i += 1
            # A blank line inside a cell split a row in two: join them back.
            width = max(len(r) for r in rows)
            joined = []
            for r in rows:
                if joined and len(joined[-1]) < width and joined[-1] and joined[-1][0] == '' and len(joined[-1]) + len(r) == width:
                    joined[-1] = joined[-1] + r
                else:
                    joined.append(r)
            out.append(('table', joined))
            continue
        if '\t' in body:
            rows = []
            while i < len(lines):
                if '\t' in lines[i].lstrip('\t'):
                    rows.append(lines[i].split('\t'))
                    i += 1
                elif lines[i].strip() == '':
                    j = i
                    while j < len(lines) and lines[j].strip() == '':
                        j += 1
                    if j < len(lines) and '\t' in lines[j].lstrip('\t') and j - i <= 6:
                        i = j
                        continue
                    break
                else:
                    break
            out.append(('table', rows))
            continue
        out.append(('p', l))
        i += 1
    return out


def para(text):
    text = re.sub(r'\*\*|<[^>]+>', '', text)
    return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def table(rows):
    out = ['<w:tbl>']
    for r in rows:
        out.append('<w:tr>' + ''.join(f'<w:tc>{para(c)}</w:tc>' for c in r) + '</w:tr>')
    out.append('</w:tbl>')
    return ''.join(out)


def docx(text, path):
    body = ''.join(para(x) if kind == 'p' else table(x) for kind, x in blocks(text))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{body}</w:body></w:document>')
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr('word/document.xml', doc)


def main():
    src, out = sys.argv[1:3]
    os.makedirs(os.path.join(out, 'docs'), exist_ok=True)
    os.makedirs(os.path.join(out, 'gold'), exist_ok=True)
    for f in sorted(glob.glob(os.path.join(src, 'docs', '*.txt'))):
        stem = os.path.splitext(os.path.basename(f))[0]
        docx(open(f, encoding='utf-8').read(), os.path.join(out, 'docs', stem + '.docx'))
        g = json.load(open(os.path.join(src, 'gold', stem + '.json'), encoding='utf-8'))
        g['seed'] = stem + '.docx'
        json.dump(g, open(os.path.join(out, 'gold', stem + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
