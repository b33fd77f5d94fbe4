#!/usr/bin/env python3
"""Encodes corpus documents into the legacy 8-bit Vietnamese encodings
(TCVN3, VNI with the same tables chitieu decodes with, rules/encodings/;
Windows-1258 with Python's codec, as Windows writes it), so that the
legacy path is tested end to end.

    scripts/make_legacy_fixtures.py SRC.txt GOLD.json OUTDIR

writes OUTDIR/docs/<stem>.tcvn3.txt, <stem>.vni.txt, <stem>.cp1258.txt and
OUTDIR/gold/ copies
of GOLD with "seed" set to each new file name.
"""
import json, os, sys, tomllib, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Quotes, dashes and the ellipsis, which no 8-bit table here writes.
ASCII_FOR = {'“': '"', '”': '"', '‘': "'", '’': "'", '–': '-', '—': '-', '…': '...'}


def cp1252_byte(ch):
    try:
        return ch.encode('cp1252')
    except UnicodeEncodeError:
        if ord(ch) < 256:
            return bytes([ord(ch)])
        raise


def encoder(name):
    with open(os.path.join(ROOT, 'rules', 'encodings', f'{name}.toml'), 'rb') as f:
        table = tomllib.load(f)
    inv = {}
    for e in table['map']:
        seq = e['legacy']
        # A VNI mark takes the case of its base letter.
        if len(seq) > 1 and seq[0].isalpha() and seq[1].isalpha() and seq[0].islower() != seq[1].islower():
            continue
        inv.setdefault(e['unicode'], seq)
    def enc(text):
        out = bytearray()
        for ch in unicodedata.normalize('NFC', text):
            seq = inv.get(ch) or inv.get(ch.lower())  # TCVN3 has no upper-case toned letters
            if seq is not None:
                out += b''.join(cp1252_byte(c) for c in seq)
            elif ord(ch) < 128:
                out += ch.encode('ascii')
            else:
                # Letters the encoding lacks: drop the marks; quotes and dashes to ASCII.
                base = unicodedata.normalize('NFD', ch)[0]
                fallback = ASCII_FOR.get(ch, base)
                out += fallback.encode('ascii', 'replace')
        return bytes(out)
    return enc


TONES = '\u0300\u0301\u0303\u0309\u0323'


def cp1258(text):
    """Windows-1258 as Windows writes it: a letter's own byte where the
    code page has one (á, ơ), else its base letter's byte and its tone
    mark's (ạ = a + 0xF2)."""
    out = bytearray()
    for ch in unicodedata.normalize('NFC', text):
        try:
            out += ch.encode('cp1258')
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize('NFD', ch)
        base = unicodedata.normalize('NFC', ''.join(c for c in d if c not in TONES))
        tone = ''.join(c for c in d if c in TONES)
        try:
            out += (base + tone).encode('cp1258')
        except UnicodeEncodeError:
            fallback = ASCII_FOR.get(ch, d[0])
            out += fallback.encode('ascii', 'replace')
    return bytes(out)


def main():
    src, gold, outdir = sys.argv[1:4]
    text = open(src, encoding='utf-8').read()
    stem = os.path.splitext(os.path.basename(src))[0]
    os.makedirs(os.path.join(outdir, 'docs'), exist_ok=True)
    os.makedirs(os.path.join(outdir, 'gold'), exist_ok=True)
    for name in ('tcvn3', 'vni', 'cp1258'):
        fname = f'{stem}.{name}.txt'
        with open(os.path.join(outdir, 'docs', fname), 'wb') as f:
            f.write(cp1258(text) if name == 'cp1258' else encoder(name)(text))
        g = json.load(open(gold, encoding='utf-8'))
        g['seed'] = fname
        with open(os.path.join(outdir, 'gold', f'{stem}.{name}.json'), 'w', encoding='utf-8') as f:
            json.dump(g, f, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
