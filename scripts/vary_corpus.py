#!/usr/bin/env python3
"""Scores chitieu on copies of the corpus's text documents changed the ways
copies of real documents differ from the originals (hard wraps, page
footers, NFD, old tone placement, CRLF, OCR-like noise, …): a check that
the reading rests on the documents' language, not on their line breaks.

    scripts/vary_corpus.py [--bin target/release/chitieu] [--list] [VARIATION…]

Each variation writes its copies and the gold (unchanged) under
$TMPDIR/chitieu-vary/<name>/ and prints chitieu eval's score line; with
--list, each miss and extra too.
"""
import argparse, glob, html, os, random, re, shutil, subprocess, sys, tempfile, textwrap, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SETS = ['corpus/seeds', 'corpus/handmade']


def wrap(s, width):
    """Prose lines longer than `width` hard-wrapped at it; table rows (tabs,
    runs of spaces, pipes) kept. The width is counted in the chars shown
    (a decomposed text's marks count for nothing), as an editor wraps."""
    out = []
    for line in s.split('\n'):
        shown = unicodedata.normalize('NFC', line)
        if '\t' in line or '   ' in line or line.startswith('|') or len(shown) <= width + 8:
            out.append(line)
        else:
            parts = textwrap.wrap(shown, width, break_long_words=False, break_on_hyphens=False) or ['']
            out.extend(parts if shown == line else [unicodedata.normalize('NFD', p) for p in parts])
    return '\n'.join(out)


def footer(s):
    """A page number every 45 lines, as a text taken from pages shows."""
    out = []
    for i, line in enumerate(s.split('\n')):
        out.append(line)
        if i % 45 == 44:
            out += ['', f'Trang {i // 45 + 1}', '']
    return '\n'.join(out)


def old_tones(s):
    for new, old in [('òa', 'oà'), ('óa', 'oá'), ('ỏa', 'oả'), ('õa', 'oã'), ('ọa', 'oạ'), ('òe', 'oè'), ('óe', 'oé'),
                     ('ủy', 'uỷ'), ('úy', 'uý'), ('ùy', 'uỳ'), ('ũy', 'uỹ'), ('ụy', 'uỵ'), ('Ủy', 'Uỷ')]:
        s = s.replace(new, old)
    return s


def noise(s):
    """Slips spec/documents.md names: a space before a number's slash,
    "Công" for "Cổng", bold article marks, NFD lines, wide gaps."""
    rnd = random.Random(11)
    s = re.sub(r'(\d+)/(Q|K|C|T|U)', lambda m: m.group(1) + (' /' if rnd.random() < 0.5 else '/') + m.group(2), s)
    s = s.replace('Cổng', 'Công')
    s = re.sub(r'(?m)^(Điều \d+\.)', r'**\1**', s)
    lines = [unicodedata.normalize('NFD', l) if rnd.random() < 0.3 else l for l in s.split('\n')]
    lines = [l.replace('ngày ', 'ngày        ', 1) if rnd.random() < 0.2 else l for l in lines]
    return '\n'.join(lines)


# Tone marks OCR swaps for a neighbour: the letter's base and a wrong tone.
SWAPS = {'ế': 'é', 'ề': 'è', 'ể': 'ẻ', 'ệ': 'ẹ', 'ố': 'ó', 'ồ': 'ò', 'ổ': 'ỏ', 'ộ': 'ọ', 'ấ': 'á', 'ầ': 'à', 'ậ': 'ạ', 'ứ': 'ú', 'ự': 'ụ', 'ớ': 'ó', 'ợ': 'ọ'}


def ocr(s):
    """Slips of OCR (spec/documents.md, "expect more of the same"): a tone
    misread in some words, O for 0 and l for 1 in some figures, stamp
    residue on its own line, a space before a number's slash."""
    rnd = random.Random(3)

    def word(m):
        w = m.group(0)
        if rnd.random() < 0.04:
            for i, ch in enumerate(w):
                if ch in SWAPS:
                    return w[:i] + SWAPS[ch] + w[i + 1:]
        return w
    s = re.sub(r'[^\W\d_]+', word, s)
    s = re.sub(r'(?<=\d)0(?=\s?%)', lambda m: 'O' if rnd.random() < 0.25 else '0', s)
    s = re.sub(r'(?<![\d,.])1(?=00(?!\d))', lambda m: 'l' if rnd.random() < 0.25 else '1', s)
    s = re.sub(r'(\d+)/(QĐ|KH|CV|TB|UBND)', lambda m: m.group(1) + (' /' if rnd.random() < 0.5 else '/') + m.group(2), s)
    out = []
    for line in s.split('\n'):
        out.append(line)
        # (After a blank line: a DOCX dump's empty cell, a tab alone, is
        # no gap on the page.)
        if not line.strip() and '\t' not in line and rnd.random() < 0.04:
            out += [rnd.choice(['Kl', '*giang*', '} (VBĐT)', 'VX.KW']), '']
    return '\n'.join(out)


def nbsp(s):
    rnd = random.Random(7)
    return re.sub(r'(?<=\S) (?=\S)', lambda m: '\u00a0' if rnd.random() < 0.15 else ' ', s)


def web(s):
    """A copy taken from a web page: paragraphs as <p> (a blank line as
    Word's <p>&nbsp;</p>), tab- and pipe-separated rows as an HTML table,
    space-laid rows in <pre>, article marks in <strong>, entities for some
    spaces, a site's menu above and its footer below."""
    rnd = random.Random(5)
    out = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>Văn bản</title>',
           '<style>td{border:1px solid}</style><script>var x = "<p>50%</p>";</script></head><body>',
           '<div class="menu"><a href="/">Trang chủ</a> | <a href="/tin">Tin tức</a> | <a href="/vb">Văn bản</a></div>',
           '<div class="content">']
    table = None

    def esc(t):
        # Markdown and the <br> of cells rendered as a web page shows them.
        t = re.sub(r'&lt;br\s*/?&gt;', '<br>', html.escape(t))
        t = re.sub(r'\*\*(.+?)\*\*', r'<strong>\1</strong>', t)
        return re.sub(r'(?<![\w*])\*(\S.*?)\*(?![\w*])', r'<em>\1</em>', t)

    def close():
        nonlocal table
        if table is not None:
            out.append(table + '</table>')
            table = None

    lines = s.split('\n')
    # Runs of space-laid rows, with the blank and indented lines among
    # them, go in one <pre> each.
    laid = [('   ' in l.strip()) and '\t' not in l for l in lines]
    in_pre = [False] * len(lines)
    i = 0
    while i < len(lines):
        if not laid[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and '\t' not in lines[j + 1] and (laid[j + 1] or not lines[j + 1].strip() or lines[j + 1].startswith('  ')):
            j += 1
        # (Not the blank lines after it; an indented name's rest is its.)
        while j > i and not lines[j].strip():
            j -= 1
        for k in range(i, j + 1):
            in_pre[k] = True
        i = j + 1
    # A DOCX dump writes a table one cell a line, each opening with a tab,
    # a blank line after each row: the page shows that table as a table.
    dump_row = None

    def opens_dump(n):
        # Three cells a line or more, each alone on its line.
        run = lines[n:n + 3]
        return len(run) == 3 and all(l.startswith('\t') and sum(1 for c in l.split('\t') if c.strip()) <= 1 for l in run)

    for n, line in enumerate(lines):
        if line.startswith('\t') and (dump_row is not None or opens_dump(n)):
            close()
            if dump_row is None:
                out.append('<table border="1" cellspacing="0">')
                dump_row = []
            dump_row.append(line.strip())
            continue
        if dump_row is not None:
            if line.strip() and dump_row:
                # A cell's second line, written without its tab.
                dump_row[-1] += '<br>' + line.strip()
                continue
            if not line.strip() and n + 1 < len(lines) and lines[n + 1].startswith('\t'):
                # The row ends; the table goes on.
                out.append('<tr>' + ''.join(f'<td><p>{esc(c)}</p></td>' for c in dump_row) + '</tr>')
                dump_row = []
                continue
            out.append('<tr>' + ''.join(f'<td><p>{esc(c)}</p></td>' for c in dump_row) + '</tr></table>')
            dump_row = None
            if not line.strip():
                continue
        pipe = line.strip().startswith('|') and line.strip().endswith('|')
        # (A line holding one cell, as a DOCX dump writes them, is a
        # paragraph, unless a table's row goes on in it.)
        if pipe or '\t' in line and (table is not None or sum(1 for c in line.split('\t') if c.strip()) > 1):
            if pipe and re.fullmatch(r'[\s|:\-]+', line):
                continue
            cells = line.strip().strip('|').split('|') if pipe else line.split('\t')
            if table is None:
                table = '<table border="1" cellspacing="0">'
            table += '<tr>' + ''.join(f'<td><p>{esc(c.strip())}</p></td>' for c in cells) + '</tr>\n'
            continue
        close()
        # An HTML table the text holds is the page's own markup.
        if re.match(r'\s*</?(table|tr|thead|tbody)\b', line, re.I):
            out.append(line)
            continue
        if in_pre[n]:
            if n > 0 and in_pre[n - 1]:
                out[-1] = out[-1][:-len('</pre>')] + '\n' + html.escape(line) + '</pre>'
            else:
                out.append(f'<pre>{html.escape(line)}</pre>')
        elif not line.strip():
            out.append('<p>&nbsp;</p>')
        else:
            t = line.strip()
            heading = re.match(r'#+ ', t)
            t = re.sub(r'^(\*\*)?(Điều \d+\.)(\*\*)?', r'**\2**', t[heading.end():] if heading else t)
            t = esc(t)
            t = re.sub(r'(?<=\S) (?=\S)', lambda m: '&nbsp;' if rnd.random() < 0.05 else ' ', t)
            out.append(f'<h3>{t}</h3>' if heading else f'<p style="text-align:justify"><span style="font-size:13pt">{t}</span></p>')
    close()
    if dump_row is not None:
        out.append('<tr>' + ''.join(f'<td><p>{esc(c)}</p></td>' for c in dump_row) + '</tr></table>')
    out.append('</div><div class="footer">Bản quyền © Cổng thông tin điện tử. Lượt xem: 1234</div></body></html>')
    return '\n'.join(out)


VARIATIONS = {
    'crlf': lambda s: s.replace('\n', '\r\n'),
    'nfd': lambda s: unicodedata.normalize('NFD', s),
    'nbsp': nbsp,
    'trailing-spaces': lambda s: '\n'.join(l + '  ' if l.strip() else l for l in s.split('\n')),
    'old-tones': old_tones,
    'percent-space': lambda s: re.sub(r'(\d)%', r'\1 %', s),
    'wrap-100': lambda s: wrap(s, 100),
    'wrap-78': lambda s: wrap(s, 78),
    'wrap-60': lambda s: wrap(s, 60),
    'page-footers': footer,
    'noise': noise,
    'web': web,
    'ocr': ocr,
}
# The extension a variation's copies take (else the original's).
EXTENSIONS = {'web': '.html'}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--bin', default=os.path.join(ROOT, 'target', 'release', 'chitieu'))
    ap.add_argument('--list', action='store_true', help='list each miss and extra')
    ap.add_argument('variations', nargs='*', help=', '.join(VARIATIONS))
    a = ap.parse_args()
    names = a.variations or list(VARIATIONS)
    for name in names:
        if name not in VARIATIONS:
            sys.exit(f'vary_corpus: no variation {name!r} (there are: {", ".join(VARIATIONS)})')
    base = os.path.join(tempfile.gettempdir(), 'chitieu-vary')
    for name in names:
        out = os.path.join(base, name)
        shutil.rmtree(out, ignore_errors=True)
        os.makedirs(os.path.join(out, 'docs'))
        os.makedirs(os.path.join(out, 'gold'))
        n = 0
        for s in SETS:
            for p in sorted(glob.glob(os.path.join(ROOT, s, 'docs', '*'))):
                stem, ext = os.path.splitext(os.path.basename(p))
                # Text documents only; a hard-wrapped one is not wrapped again.
                if ext not in ('.txt', '.md') or stem.endswith('_wrapped'):
                    continue
                try:
                    text = open(p, encoding='utf-8').read()
                except UnicodeDecodeError:
                    continue
                with open(os.path.join(out, 'docs', stem + EXTENSIONS.get(name, ext)), 'w', encoding='utf-8', newline='') as f:
                    f.write(VARIATIONS[name](text))
                shutil.copy(os.path.join(ROOT, s, 'gold', stem + '.json'), os.path.join(out, 'gold'))
                n += 1
        r = subprocess.run([a.bin, 'eval', '-v', '--gold', os.path.join(out, 'gold'), os.path.join(out, 'docs')], capture_output=True, text=True)
        lines = r.stdout.strip().splitlines()
        print(f'{name:16} {n} files  {lines[-1] if lines else r.stderr.strip()}')
        if a.list:
            for line in lines:
                if line.startswith('  '):
                    print(line)


if __name__ == '__main__':
    main()
