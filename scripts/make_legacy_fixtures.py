#!/usr/bin/env python3
"""Encodes corpus documents into the legacy 8-bit Vietnamese encodings
(TCVN3, VNI) with the same tables chitieu decodes with (rules/encodings/),
so that the legacy path is tested end to end.

    scripts/make_legacy_fixtures.py SRC.txt GOLD.json OUTDIR

writes OUTDIR/docs/<stem>.tcvn3.txt, <stem>.vni.txt and OUTDIR/gold/ copies
of GOLD with "seed" set to each new file name.
"""
import json, os, sys, tomllib, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


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
                fallback = {'“': '"', '”': '"', '‘': "'", '’': "'", '–': '-', '—': '-', '…': '...'}.get(ch, base)
                out += fallback.encode('ascii', 'replace')
        return bytes(out)
    return enc


def main():
    src, gold, outdir = sys.argv[1:4]
    text = open(src, encoding='utf-8').read()
    stem = os.path.splitext(os.path.basename(src))[0]
    os.makedirs(os.path.join(outdir, 'docs'), exist_ok=True)
    os.makedirs(os.path.join(outdir, 'gold'), exist_ok=True)
    for name in ('tcvn3', 'vni'):
        fname = f'{stem}.{name}.txt'
        with open(os.path.join(outdir, 'docs', fname), 'wb') as f:
            f.write(encoder(name)(text))
        g = json.load(open(gold, encoding='utf-8'))
        g['seed'] = fname
        with open(os.path.join(outdir, 'gold', f'{stem}.{name}.json'), 'w', encoding='utf-8') as f:
            json.dump(g, f, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
