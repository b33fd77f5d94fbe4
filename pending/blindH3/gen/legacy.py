#!/usr/bin/env python3
"""Legacy Vietnamese 8-bit encodings for the H3 generators: TCVN3 (ABC, the
.VnTime / .VnTimeH fonts), VNI (VNI-Windows, the VNI-Times font) and
windows-1258 as Word writes it (base letter + combining tone mark).

The tables are built from a vowel x tone grid written out here by hand, and
were checked entry by entry against two independent public tables (see
NOTES.md): lamdao/xvnkb (tcvn.h, vni.h) and backupvietsoft/HRM
(ConvertVNI/XtraForm1.cs, tcvnchars/unichars), with duydev/vietnamese-conversion
(src/charsets.ts) as a third opinion on VNI. Running this file performs the
round-trip self-test.

TCVN3 (ABC) has one byte per lower-case letter and only seven upper-case
letters (Ă Â Ê Ô Ơ Ư Đ); an upper-case letter with a tone mark does not exist.
Documents typed in .VnTime therefore write "Uỷ ban" (U + ỷ) and headings are
set in .VnTimeH, a font that draws the lower-case codes as capitals. encode
mode 'body' refuses capitals with tone marks (so the source must use the forms
a typist of the time could type); mode 'caps' writes them with the lower-case
code, exactly what the ABC keyboard driver produced under .VnTimeH with Caps
Lock on, so "QUYẾT ĐỊNH" becomes b'QUY\\xd5T \\xa7\\xdeNH' and decodes back to
"QUYếT ĐịNH".
"""
import unicodedata

TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323']  # none, huyền, hỏi, ngã, sắc, nặng

# ---------------------------------------------------------------- TCVN3
# row: base letter, codes for (none, huyền, hỏi, ngã, sắc, nặng); None = ASCII itself
TCVN3_LOWER = [
    ('a', None, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9),
    ('ă', 0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    ('â', 0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
    ('e', None, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    ('ê', 0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6),
    ('i', None, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    ('o', None, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
    ('ô', 0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    ('ơ', 0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE),
    ('u', None, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    ('ư', 0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9),
    ('y', None, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
]
TCVN3_EXTRA = {'đ': 0xAE, 'Ă': 0xA1, 'Â': 0xA2, 'Ê': 0xA3, 'Ô': 0xA4, 'Ơ': 0xA5, 'Ư': 0xA6, 'Đ': 0xA7}


def _compose(base, tone):
    return unicodedata.normalize('NFC', base + tone)


TCVN3_ENC = {}
for base, *codes in TCVN3_LOWER:
    for tone, code in zip(TONES, codes):
        if code is not None:
            TCVN3_ENC[_compose(base, tone)] = code
TCVN3_ENC.update(TCVN3_EXTRA)
TCVN3_DEC = {v: k for k, v in TCVN3_ENC.items()}
assert len(TCVN3_ENC) == len(TCVN3_DEC) == 12 * 6 - 6 + 1 + 7   # 66 toned/shaped lower-case + đ + 7 capitals


def tcvn3_encode(text, mode='body'):
    out = bytearray()
    for ch in unicodedata.normalize('NFC', text):
        if ord(ch) < 0x80:
            out.append(ord(ch))
        elif ch in TCVN3_ENC:
            out.append(TCVN3_ENC[ch])
        elif mode == 'caps' and ch.lower() in TCVN3_ENC:
            out.append(TCVN3_ENC[ch.lower()])          # .VnTimeH: lower-case code drawn as a capital
        else:
            raise ValueError(f'TCVN3 ({mode}) cannot write {ch!r} in {text!r}')
    return bytes(out)


def tcvn3_decode(data):
    return ''.join(TCVN3_DEC[b] if b in TCVN3_DEC else chr(b) if b < 0x80 else
                   _bad(b, 'TCVN3') for b in data)


def _bad(b, name):
    raise ValueError(f'{name}: unexpected byte 0x{b:02X}')


# ---------------------------------------------------------------- VNI
# VNI-Windows: a base ASCII letter followed by one mark byte; i, ỵ, đ, ơ, ư have
# single bytes of their own. Marks are (none, huyền, hỏi, ngã, sắc, nặng).
VNI_TONE_L = ['', 'ø', 'û', 'õ', 'ù', 'ï']
VNI_TONE_U = ['', 'Ø', 'Û', 'Õ', 'Ù', 'Ï']
VNI_CIRC_L = ['â', 'à', 'å', 'ã', 'á', 'ä']     # â ê ô with tones
VNI_CIRC_U = ['Â', 'À', 'Å', 'Ã', 'Á', 'Ä']
VNI_BREVE_L = ['ê', 'è', 'ú', 'ü', 'é', 'ë']    # ă with tones
VNI_BREVE_U = ['Ê', 'È', 'Ú', 'Ü', 'É', 'Ë']
VNI_I_L = ['i', 'ì', 'æ', 'ó', 'í', 'ò']
VNI_I_U = ['I', 'Ì', 'Æ', 'Ó', 'Í', 'Ò']

VNI_ENC = {}
for case in ('l', 'u'):
    tone = VNI_TONE_L if case == 'l' else VNI_TONE_U
    circ = VNI_CIRC_L if case == 'l' else VNI_CIRC_U
    breve = VNI_BREVE_L if case == 'l' else VNI_BREVE_U
    ivow = VNI_I_L if case == 'l' else VNI_I_U
    c = str.lower if case == 'l' else str.upper
    for t, tn in enumerate(TONES):
        for v in 'aeouy':
            VNI_ENC[_compose(c(v), tn)] = c(v) + tone[t]
        VNI_ENC[_compose(c('â'), tn)] = c('a') + circ[t]
        VNI_ENC[_compose(c('ê'), tn)] = c('e') + circ[t]
        VNI_ENC[_compose(c('ô'), tn)] = c('o') + circ[t]
        VNI_ENC[_compose(c('ă'), tn)] = c('a') + breve[t]
        VNI_ENC[_compose(c('ơ'), tn)] = ('ô' if case == 'l' else 'Ô') + tone[t]
        VNI_ENC[_compose(c('ư'), tn)] = ('ö' if case == 'l' else 'Ö') + tone[t]
        VNI_ENC[_compose(c('i'), tn)] = ivow[t]
    VNI_ENC[_compose(c('y'), '\u0323')] = 'î' if case == 'l' else 'Î'   # ỵ / Ỵ: one byte
    VNI_ENC['đ' if case == 'l' else 'Đ'] = 'ñ' if case == 'l' else 'Ñ'
for k in [k for k, v in VNI_ENC.items() if k == v and ord(k) < 0x80]:   # plain ASCII letters map to themselves
    del VNI_ENC[k]
assert len(VNI_ENC) == 2 * (12 * 6 - 6 + 1), len(VNI_ENC)   # 66 toned/shaped letters + đ, per case

# decoder: longest match over the encoded forms (two-byte forms first)
VNI_DEC = {v: k for k, v in VNI_ENC.items()}
assert len(VNI_DEC) == len(VNI_ENC)


def vni_encode(text):
    out = []
    for ch in unicodedata.normalize('NFC', text):
        if ord(ch) < 0x80:
            out.append(ch)
        elif ch in VNI_ENC:
            out.append(VNI_ENC[ch])
        else:
            raise ValueError(f'VNI cannot write {ch!r} in {text!r}')
    return ''.join(out).encode('cp1252')


def vni_decode(data):
    s = data.decode('cp1252')
    out, i = [], 0
    while i < len(s):
        two = s[i:i + 2]
        if len(two) == 2 and two in VNI_DEC:
            out.append(VNI_DEC[two]); i += 2
        elif s[i] in VNI_DEC:
            out.append(VNI_DEC[s[i]]); i += 1
        elif ord(s[i]) < 0x80:
            out.append(s[i]); i += 1
        else:
            raise ValueError(f'VNI: unexpected {s[i]!r} at {i}')
    return ''.join(out)


# ---------------------------------------------------------------- windows-1258
def cp1258_encode(text):
    """As Word's "Vietnamese (Windows)" export writes: a precomposed letter where
    windows-1258 has one (á, â, ơ, đ …), else that letter + a combining tone."""
    out = bytearray()
    for ch in unicodedata.normalize('NFC', text):
        try:
            out += ch.encode('cp1258'); continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize('NFD', ch)
        base, marks = d[0], d[1:]
        # fold the shape mark (circumflex, breve, horn) into the base when possible
        # (NFD puts a dot below before the shape mark: ặ = a + U+0323 + U+0306)
        shape = [m for m in marks if m in '\u0302\u0306\u031b']
        if shape:
            cand = unicodedata.normalize('NFC', base + shape[0])
            try:
                cand.encode('cp1258'); base, marks = cand, marks.replace(shape[0], '', 1)
            except UnicodeEncodeError:
                pass
        out += (base + marks).encode('cp1258')
    return bytes(out)


def cp1258_decode(data):
    return unicodedata.normalize('NFC', data.decode('cp1258'))


# ---------------------------------------------------------------- self-test
def all_letters():
    letters = []
    for base in 'aăâeêioôơuưy':
        for t in TONES:
            ch = _compose(base, t)
            letters += [ch, ch.upper()]
    return letters + ['đ', 'Đ']


def selftest():
    letters = all_letters()
    assert len(set(letters)) == 12 * 6 * 2 + 2 == 146
    viet = [c for c in letters if ord(c) >= 0x80]
    assert len(viet) == 134, len(viet)          # the 134 Vietnamese letters outside ASCII
    # TCVN3: every lower-case letter + the 7 capitals round-trip in body mode
    n = 0
    for c in viet:
        if c in TCVN3_ENC:
            assert tcvn3_decode(tcvn3_encode(c)) == c; n += 1
        else:
            assert c.isupper() and c.lower() in TCVN3_ENC, c
            assert tcvn3_decode(tcvn3_encode(c, 'caps')) == c.lower()
    assert n == 66 + 1 + 7 and len(TCVN3_DEC) == 74 and min(TCVN3_DEC) == 0xA1 and max(TCVN3_DEC) == 0xFE
    # VNI: all 134 round-trip, alone and inside words
    for c in viet:
        assert vni_decode(vni_encode(c)) == c, c
    sample = 'Quyết định Uỷ ban nhân dân ỦY BAN NHÂN DÂN Đức Hoà Thạnh Hoá Mộc Hóa huyện Tân Hưng ỵ Ỵ Ặ ặ Ợ ợ Ữ ữ ĩ Ĩ'
    assert vni_decode(vni_encode(sample)) == sample
    # the spec's own examples (spec/documents.md)
    assert tcvn3_encode('Quyết định').decode('cp1252') == 'QuyÕt ®Þnh'
    assert vni_encode('Quyết định').decode('cp1252') == 'Quyeát ñònh'
    # spot checks against examples published with other converters (NOTES.md)
    assert tcvn3_decode('B¶o Th¾ng'.encode('cp1252')) == 'Bảo Thắng'
    assert tcvn3_decode('M\xadêng Kh\xad¬ng'.encode('cp1252')) == 'Mường Khương'
    assert tcvn3_decode('B¸t X¸t'.encode('cp1252')) == 'Bát Xát'
    assert tcvn3_decode('Ninh B×nh'.encode('cp1252')) == 'Ninh Bình'
    assert vni_decode('Xin chaøo caùc baïn'.encode('cp1252')) == 'Xin chào các bạn'
    # windows-1258: every letter round-trips after NFC
    for c in viet:
        assert cp1258_decode(cp1258_encode(c)) == c, c
    return True


if __name__ == '__main__':
    selftest()
    print('legacy.py: TCVN3 %d codes, VNI %d letters, windows-1258: round trips OK' % (len(TCVN3_DEC), len(VNI_ENC)))
