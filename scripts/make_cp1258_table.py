#!/usr/bin/env python3
"""Writes rules/encodings/cp1258.toml, the Windows-1258 table chitieu
decodes with, from Python's own cp1258 codec.

    scripts/make_cp1258_table.py

Windows-1258 ("ANSI" text saved on a Vietnamese Windows, old web pages
with charset=windows-1258) writes a letter either as one byte (á, â, ơ,
ư, đ …) or as a base letter's byte followed by a tone mark's byte (ạ = a
+ 0xF2, ờ = ơ + 0xCC). The table maps both to the NFC letter; as the other
tables, its keys are the bytes read as Windows-1252.
"""
import os, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TONE_BYTES = [0xCC, 0xEC, 0xD2, 0xDE, 0xF2]  # grave, acute, hook, tilde, dot below


def as_1252(bs):
    """The bytes read as Windows-1252 (an undefined byte as the C1 control
    of the same value), the way chitieu's tables spell them."""
    out = []
    for b in bs:
        try:
            out.append(bytes([b]).decode('cp1252'))
        except UnicodeDecodeError:
            out.append(chr(b))
    return ''.join(out)


def toml_str(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def main():
    entries = []
    letters = []  # (byte, char) of every letter cp1258 writes in one byte
    for b in list(range(0x41, 0x5B)) + list(range(0x61, 0x7B)) + list(range(0xC0, 0x100)):
        ch = bytes([b]).decode('cp1258', errors='replace')
        if len(ch) == 1 and ch.isalpha():
            letters.append((b, ch))
    # A base letter and a tone mark: the one letter they make.
    for b, ch in letters:
        for t in TONE_BYTES:
            mark = bytes([t]).decode('cp1258')
            composed = unicodedata.normalize('NFC', ch + mark)
            if len(composed) == 1:
                entries.append((as_1252([b, t]), composed))
    # The letters of one byte above ASCII that Windows-1252 reads otherwise
    # (Ă, Đ, Ơ, Ư …), and those it reads alike (á, â …): every high byte of
    # a letter is explained by the table.
    for b, ch in letters:
        if b >= 0x80:
            entries.append((as_1252([b]), ch))
    path = os.path.join(ROOT, 'rules', 'encodings', 'cp1258.toml')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('name = "cp1258"\n')
        f.write('description = "Windows-1258 (Vietnamese Windows \'ANSI\' text, web pages in windows-1258): a letter in one byte, or a base letter\'s byte and a tone mark\'s byte (0xCC grave, 0xEC acute, 0xD2 hook, 0xDE tilde, 0xF2 dot below). Keys are the bytes read as Windows-1252. Written by scripts/make_cp1258_table.py from Python\'s cp1258 codec."\n')
        for legacy, uni in entries:
            f.write(f'\n[[map]]\nlegacy = {toml_str(legacy)}\nunicode = {toml_str(uni)}\n')
    print(f'{path}: {len(entries)} entries')


if __name__ == '__main__':
    main()
