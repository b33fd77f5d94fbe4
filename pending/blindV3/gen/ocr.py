"""OCR degradation for the V3 generators: the text Tesseract (--psm 6) gives of a
clean scan, read row by row.

Every document is written clean (paragraphs, table cells as lists of the lines
they print on) and degraded here with a seeded random generator:
  - prose is hard-wrapped at the printed line width, no first-line indent, no
    blank line between paragraphs;
  - a table row becomes space-laid lines: each cell is the list of its printed
    lines, vertically centred in the row, and line k of the row joins line k
    of every cell (so a long unit name or a two-line header cell continues on
    the next line under it, interleaved with its neighbours);
  - WORD slips only: a lost or swapped tone / hat / horn ("tối thiếu", "Ũy",
    "trục tuyến"), "rn" for "m" in a few common words. A token holding a digit
    is never touched, so no value, number or date changes here ("l" for "1" in
    an index and "O" for "0" in a date are written by hand in the scripts,
    never in a value).
"""
import random
import re
import textwrap
import unicodedata

# realistic single-letter OCR confusions on Vietnamese letters (all keep the
# base letter, so they vanish under diacritic folding)
SWAP = {
    'ể': 'ế', 'ỷ': 'ý', 'Ỷ': 'Ý', 'ủ': 'ũ', 'Ủ': 'Ũ', 'ờ': 'ở', 'ự': 'ụ',
    'ư': 'u', 'ơ': 'o', 'ồ': 'ố', 'ạ': 'a', 'ị': 'i', 'ọ': 'o', 'ế': 'é',
    'ặ': 'ắ', 'ả': 'á', 'ấ': 'â', 'ộ': 'ô', 'ệ': 'ê', 'ậ': 'â', 'ầ': 'ấ',
    'ố': 'ô', 'ớ': 'ở', 'ứ': 'ú', 'ừ': 'ù', 'ỉ': 'í', 'ũ': 'ủ', 'ẩ': 'ẫ',
    'đ': 'd', 'ễ': 'ể', 'ỗ': 'ổ', 'ắ': 'ấ', 'ã': 'ả',
}
RN = {'mức': 'rnức', 'một': 'rnột', 'nhiệm': 'nhiệrn', 'tâm': 'târn', 'thẩm': 'thẩrn',
      'môi': 'rnôi', 'mạnh': 'rnạnh', 'mục': 'rnục', 'chấm': 'chấrn', 'những': 'nhũng'}


class OCR:
    def __init__(self, seed, rate=0.035, width=90):
        self.rng = random.Random(seed)
        self.rate = rate
        self.width = width
        self.out = []
        self.slips = []

    # ---- word noise -------------------------------------------------------
    def noisy(self, s, rn=True, rate=None):
        rate = self.rate if rate is None else rate
        toks = re.split(r'(\s+)', s)
        for i, t in enumerate(toks):
            if not t or t.isspace() or re.search(r'\d', t) or '/' in t:
                continue
            low = t.lower().strip('.,;:()')
            if rn and low in RN and self.rng.random() < rate * 4:
                new = t.replace(low, RN[low]) if low in t else t
                if new != t:
                    self.slips.append((t, new)); toks[i] = new
                    continue
            if self.rng.random() < rate:
                idx = [k for k, c in enumerate(t) if c in SWAP]
                if idx:
                    k = self.rng.choice(idx)
                    new = t[:k] + SWAP[t[k]] + t[k + 1:]
                    self.slips.append((t, new)); toks[i] = new
        return ''.join(toks)

    # ---- output -----------------------------------------------------------
    def line(self, s='', noise=True, rn=False):
        self.out.append(self.noisy(s, rn) if noise and s else s)

    def lines(self, block, noise=True):
        for l in block.strip('\n').split('\n'):
            self.line(l, noise)

    def para(self, s, noise=True, rn=True, width=None):
        for l in textwrap.wrap(s, width or self.width, break_on_hyphens=False):
            self.line(l, noise, rn)

    def blank(self):
        self.out.append('')

    def page(self, n, head=None, ff=False):
        """page break: (form feed), blank, page number, optional running head, blank"""
        if ff:
            self.out.append('\f')
        self.out.append('')
        if n is not None:
            self.out.append(str(n))
        if head:
            self.out.append(head)
        self.out.append('')

    def row(self, cells, noise=True):
        """cells: list of cells, each a str (one printed line), a list of
        printed lines, or None (an empty cell read as nothing: a wide gap).
        Cells are centred vertically; printed line k of the row joins line k
        of every cell with single spaces."""
        cols = []
        for c in cells:
            if c is None:
                cols.append(None)
            else:
                cols.append([c] if isinstance(c, str) else list(c))
        h = max(len(c) for c in cols if c)
        for k in range(h):
            parts = []
            for c in cols:
                if c is None:
                    parts.append('    ' if k == (h - 1) // 2 else '')
                    continue
                off = (h - len(c)) // 2
                if off <= k < off + len(c) and c[k - off] != '':
                    parts.append(self.noisy(c[k - off], rn=False) if noise else c[k - off])
            s = ''
            for p in parts:
                if p == '':
                    continue
                if p.isspace():
                    s += p
                else:
                    s += (' ' if s and not s.endswith('    ') else '') + p
            self.out.append(s.rstrip())

    def text(self):
        return '\n'.join(self.out).rstrip('\n') + '\n'
