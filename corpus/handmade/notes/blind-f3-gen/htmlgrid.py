#!/usr/bin/env python3
"""Check helper (not used by the build): expand the <table>s of an HTML doc into
grids (rowspan/colspan filled in) and print them, so the appendix layout can be
eyeballed against the gold.   python3 gen/htmlgrid.py docs/f3_02_bacninh_qd_2021.html"""
import html, re, sys
from html.parser import HTMLParser


class P(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tables, self.stack = [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'table':
            self.stack.append([])
        elif tag == 'tr' and self.stack:
            self.stack[-1].append([])
        elif tag in ('td', 'th') and self.stack:
            self.stack[-1][-1].append([int(a.get('rowspan') or 1), int(a.get('colspan') or 1), ''])
        elif tag in ('br', 'p') and self.stack and self.stack[-1] and self.stack[-1][-1]:
            self.stack[-1][-1][-1][2] += ' '

    def handle_endtag(self, tag):
        if tag == 'table' and self.stack:
            self.tables.append(self.stack.pop())

    def handle_data(self, d):
        if self.stack and self.stack[-1] and self.stack[-1][-1]:
            self.stack[-1][-1][-1][2] += d


def grid(rows):
    g = {}
    for r, row in enumerate(rows):
        c = 0
        for rs, cs, text in row:
            while (r, c) in g:
                c += 1
            t = ' '.join(text.replace('\xa0', ' ').split())
            for i in range(rs):
                for j in range(cs):
                    g[(r + i, c + j)] = t if (i, j) == (0, 0) else f'^{t}' if i else '<'
            c += cs
    n = max(r for r, _ in g) + 1
    m = max(c for _, c in g) + 1
    return [[g.get((r, c), '') for c in range(m)] for r in range(n)]


if __name__ == '__main__':
    p = P()
    p.feed(open(sys.argv[1], encoding='utf-8').read())
    for k, t in enumerate(p.tables):
        print(f'--- table {k}')
        for row in grid(t):
            print(' | '.join(x[:28] for x in row))
