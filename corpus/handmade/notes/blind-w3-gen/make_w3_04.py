#!/usr/bin/env python3
"""w3_04: Cao Bằng provincial dispatch 127/UBND-KSTT (14/01/2026) copied from
a web portal as markdown: bold header lines, "-------" rules under the issuer
and motto (which markdown reads as setext headings), "Kính gửi" list, prose
with a province-wide target and enumerations ("các xã: A, B và C"; "các
phường: A, B, C"), and a pipe table (units x 3 indicators) whose first
indicator header carries its own default "(tối thiểu 80%)"; section rows in
bold; the 2026 two-level government (xã/phường, no huyện).

Traps: 2025 results in prose; a blank cell under the "(tối thiểu 80%)"
header (the default does not fill it); a "-" cell; "97,5" and "82,5";
deadlines ("trước ngày 25 hằng tháng").
"""
from common import T, H, write_gold, write_doc, num

SEED = 'w3_04_caobang_cv_2026.md'
Y = 2026
PROV = [None, 'Toàn tỉnh', 'Tỉnh Cao Bằng']

COLS = [
    ('Tỷ lệ hồ sơ trực tuyến (tối thiểu 80%)', 'online_dossier_rate'),
    ('Tỷ lệ thanh toán trực tuyến (%)', 'online_payment_rate'),
    ('Tỷ lệ số hóa hồ sơ (%)', 'dossier_digitization_rate'),
]
GA = 'Sở, ban, ngành tỉnh'
GB = 'UBND các xã, phường'
ROWS = [
    ('S', 'I', GA),
    (1, 'Sở Tư pháp', ['Sở Tư pháp'], ['90', '80', '100'], ''),
    (2, 'Sở Xây dựng', ['Sở Xây dựng'], ['85', '70', '95'], ''),
    (3, 'Sở Nông nghiệp và Môi trường', ['Sở Nông nghiệp và Môi trường'], ['80', '65', '90'], 'Bao gồm lĩnh vực đất đai'),
    (4, 'Sở Khoa học và Công nghệ', ['Sở Khoa học và Công nghệ'], ['95', '80', '100'], ''),
    (5, 'Sở Y tế', ['Sở Y tế'], ['', '70', '95'], 'Chỉ tiêu hồ sơ trực tuyến giao sau khi rà soát TTHC'),
    (6, 'Công an tỉnh', ['Công an tỉnh', 'Công an tỉnh Cao Bằng'], ['85', '-', '90'], 'Lĩnh vực cư trú, căn cước'),
    ('S', 'II', GB),
    (1, 'Phường Thục Phán', H('Phường Thục Phán'), ['85', '70', '97,5'], ''),
    (2, 'Phường Nùng Trí Cao', H('Phường Nùng Trí Cao'), ['85', '70', '97,5'], ''),
    (3, 'Phường Tân Giang', H('Phường Tân Giang'), ['82,5', '65', '95'], ''),
    (4, 'Xã Hòa An', H('Xã Hòa An'), ['80', '60', '90'], ''),
    (5, 'Xã Nguyên Bình', H('Xã Nguyên Bình'), ['80', '55', '90'], ''),
    (6, 'Xã Trùng Khánh', H('Xã Trùng Khánh'), ['80', '55', '90'], ''),
    (7, 'Xã Bảo Lạc', H('Xã Bảo Lạc'), ['80', '50', '85'], 'Xã vùng cao, biên giới'),
    (8, 'Xã Hạ Lang', H('Xã Hạ Lang'), ['80', '50', '85'], 'Xã vùng cao, biên giới'),
    (9, 'Xã Thạch An', H('Xã Thạch An'), ['80', '50', '85'], ''),
]


def table_and_targets():
    L = ['| STT | Đơn vị | ' + ' | '.join(h for h, _ in COLS) + ' | Ghi chú |',
         '|:---:|---|:---:|:---:|:---:|---|']
    ts, group = [], None
    for r in ROWS:
        if r[0] == 'S':
            group = r[2]
            L.append(f'| **{r[1]}** | **{r[2]}** |  |  |  |  |')
            continue
        stt, name, units, cells, note = r
        L.append(f'| {stt} | {name} | ' + ' | '.join(cells) + f' | {note} |')
        for (hdr, metric), c in zip(COLS, cells):
            v = num(c)
            if v is not None:
                ts.append(T(units, metric, v, hdr, 'table', Y, unit_group=group, note=note or None))
    return L, ts


HEAD = '''**ỦY BAN NHÂN DÂN**
**TỈNH CAO BẰNG**
-------

Số: 127/UBND-KSTT

V/v giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến và số hóa hồ sơ thủ tục hành chính năm 2026

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**
---------------

*Cao Bằng, ngày 14 tháng 01 năm 2026*

Kính gửi:

- Các sở, ban, ngành tỉnh;
- Ủy ban nhân dân các xã, phường.

Thực hiện Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ và Kế hoạch số 02/KH-UBND ngày 06/01/2026 của Ủy ban nhân dân tỉnh về chuyển đổi số năm 2026; năm 2025, tỷ lệ hồ sơ trực tuyến của toàn tỉnh đạt 71,4%, tỷ lệ thanh toán trực tuyến đạt 52,8%, tỷ lệ số hóa hồ sơ đạt 83,6%. Để nâng cao chất lượng phục vụ người dân, doanh nghiệp, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:

'''

# (paragraph, its targets)
ENUM_XA = ['Hòa An', 'Nguyên Bình', 'Trùng Khánh']
ENUM_PH = ['Thục Phán', 'Nùng Trí Cao', 'Tân Giang']
FOD = 'Tỷ lệ hồ sơ trực tuyến toàn trình'
PARAS = [
    ('1\\. Phấn đấu năm 2026, tỷ lệ thanh toán trực tuyến trên toàn tỉnh đạt tối thiểu 65%.',
     [T(PROV, 'online_payment_rate', 65, 'tỷ lệ thanh toán trực tuyến', 'prose', Y)]),
    ('2\\. Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến và số hóa hồ sơ thủ tục hành chính năm 2026 '
     'cho các cơ quan, đơn vị, địa phương như sau:', []),
    (None, []),   # the table goes here
    ('3\\. ' + FOD + ' đạt tối thiểu 60% đối với các xã: ' + ', '.join(ENUM_XA[:-1]) + ' và ' + ENUM_XA[-1]
     + '; tối thiểu 70% đối với các phường: ' + ', '.join(ENUM_PH) + '.',
     [T(H('Xã ' + n), 'full_online_dossier_rate', 60, FOD, 'prose', Y) for n in ENUM_XA]
     + [T(H('Phường ' + n), 'full_online_dossier_rate', 70, FOD, 'prose', Y) for n in ENUM_PH]),
    ('4\\. Văn phòng Ủy ban nhân dân tỉnh chủ trì, bảo đảm 100% kết quả xử lý hồ sơ thủ tục hành chính được '
     'đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia.',
     [T(['Văn phòng Ủy ban nhân dân tỉnh', 'Văn phòng UBND tỉnh Cao Bằng'], 'national_portal_sync_rate', 100,
        'kết quả xử lý hồ sơ thủ tục hành chính được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia', 'prose', Y)]),
    ('5\\. Các cơ quan, đơn vị, địa phương báo cáo kết quả thực hiện trước ngày 25 hằng tháng về Sở Khoa học và '
     'Công nghệ để tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh.', []),
    ('Yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch Ủy ban nhân dân các xã, phường nghiêm túc triển khai thực hiện./.',
     []),
]

TAIL = '''

***Nơi nhận:***

- Như trên;
- CT, các PCT UBND tỉnh;
- Sở Khoa học và Công nghệ;
- Lưu: VT, KSTT.

**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

**Lục Văn Thành**
'''


def main():
    tl, table_ts = table_and_targets()
    parts = [('\n'.join(tl) if t is None else t) for t, _ in PARAS]
    write_doc(SEED, HEAD + '\n\n'.join(parts) + TAIL)
    prose_ts = [t for _, ts in PARAS for t in ts]
    doc = {
        'number': '127/UBND-KSTT', 'symbol': 'UBND-KSTT', 'serial': '127', 'type': 'cong_van',
        'issuer': 'Ủy ban nhân dân tỉnh Cao Bằng', 'place': 'Cao Bằng', 'date': '2026-01-14',
        'subject': 'Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến và số hóa hồ sơ thủ tục hành chính năm 2026',
        'signer': 'Lục Văn Thành',
        'references': ['766/QĐ-TTg', '02/KH-UBND'],
    }
    write_gold(SEED, [{'document': doc, 'targets': prose_ts + table_ts}])


if __name__ == '__main__':
    main()
