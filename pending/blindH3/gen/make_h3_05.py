#!/usr/bin/env python3
"""h3_05: Phú Thọ decision 512/QĐ-UBND of 28/02/2020, UTF-8 text in
decomposed Unicode (NFD: every tone and shape mark is a combining character,
as text copied on a Mac comes out), old tone placement throughout ("Uỷ",
"hoà", "hoá", "Thuỷ", "Hạ Hoà"), LF line ends.

Appendix: tab-separated lines with a two-row header. Row 1 has two cells that
each span a pair of columns (the spanned column is an empty cell):
"Số DVCTT đã cung cấp (đến 31/12/2019)" and "Chỉ tiêu tỷ lệ hồ sơ trực tuyến
năm 2020 (%)"; row 2 splits each into "Mức độ 3 | Mức độ 4". A column-number
row "(1) … (8)" follows, and a "Tổng cộng" row closes the table. Units are the
13 district-level units of the old map (city Việt Trì, town Phú Thọ, 11
districts).

Mapping (NOTES.md): the counts are status, never targets; "Mức độ 3" under the
rate header -> online_dossier_rate, "Mức độ 4" -> full_online_dossier_rate
(level 4 = full-process, "toàn trình").
"""
import unicodedata
from common import T, num, write_doc, write_gold

SEED = 'h3_05_phutho_qd_2020.txt'
Y = 2020
PROV = [None, 'Toàn tỉnh', 'Tỉnh Phú Thọ']
XA = ['UBND các xã, phường, thị trấn', 'Các xã, phường, thị trấn', 'UBND cấp xã']

SPAN_RATE = 'Chỉ tiêu tỷ lệ hồ sơ trực tuyến năm 2020 (%)'
RATE_COLS = [
    (SPAN_RATE + ' - Mức độ 3', 'online_dossier_rate'),
    (SPAN_RATE + ' - Mức độ 4', 'full_online_dossier_rate'),
    ('Tỷ lệ hồ sơ giải quyết đúng hạn năm 2020 (%)', 'on_time_resolution_rate'),
]


def H(printed, modern=None):
    m = modern or printed
    return ['UBND ' + m[0].lower() + m[1:], m]


# (stt, printed name, spellings, [count lvl3, count lvl4], [rate lvl3, rate lvl4, on time], ghi chú)
ROWS = [
    (1, 'Thành phố Việt Trì', H('Thành phố Việt Trì'), ['86', '24'], ['30', '40', '98'], ''),
    (2, 'Thị xã Phú Thọ', H('Thị xã Phú Thọ'), ['78', '20'], ['25', '35', '98'], ''),
    (3, 'Huyện Đoan Hùng', H('Huyện Đoan Hùng'), ['72', '18'], ['20', '30', '97'], ''),
    (4, 'Huyện Hạ Hoà', H('Huyện Hạ Hoà', 'Huyện Hạ Hòa'), ['70', '18'], ['20', '30', '97'], ''),
    (5, 'Huyện Thanh Ba', H('Huyện Thanh Ba'), ['71', '18'], ['20', '30', '97'], ''),
    (6, 'Huyện Phù Ninh', H('Huyện Phù Ninh'), ['74', '20'], ['25', '35', '97'], ''),
    (7, 'Huyện Yên Lập', H('Huyện Yên Lập'), ['65', '12'], ['15', '25', '96'], ''),
    (8, 'Huyện Cẩm Khê', H('Huyện Cẩm Khê'), ['70', '16'], ['20', '30', '97'], ''),
    (9, 'Huyện Tam Nông', H('Huyện Tam Nông'), ['68', '16'], ['20', '30', '97'], ''),
    (10, 'Huyện Lâm Thao', H('Huyện Lâm Thao'), ['75', '20'], ['25', '35', '98'], ''),
    (11, 'Huyện Thanh Sơn', H('Huyện Thanh Sơn'), ['66', '12'], ['15', '25', '96'], ''),
    (12, 'Huyện Thanh Thuỷ', H('Huyện Thanh Thuỷ', 'Huyện Thanh Thủy'), ['69', '16'], ['20', '30', '97'], ''),
    (13, 'Huyện Tân Sơn', H('Huyện Tân Sơn'), ['60', '0'], ['15', '', '95'], 'Chưa cung cấp DVCTT mức độ 4'),
]

HEAD = '''UỶ BAN NHÂN DÂN\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH PHÚ THỌ\tĐộc lập - Tự do - Hạnh phúc

Số: 512/QĐ-UBND\tPhú Thọ, ngày 28 tháng 02 năm 2020

QUYẾT ĐỊNH
Về việc giao chỉ tiêu tỷ lệ hồ sơ tiếp nhận, giải quyết trực tuyến mức độ 3, mức độ 4
năm 2020 đối với Uỷ ban nhân dân các huyện, thành phố, thị xã

CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH PHÚ THỌ

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019;
Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;
Căn cứ Nghị quyết số 17/NQ-CP ngày 07/3/2019 của Chính phủ về một số nhiệm vụ, giải pháp trọng tâm phát triển Chính phủ điện tử giai đoạn 2019 - 2020, định hướng đến 2025;
Căn cứ Kế hoạch số 5420/KH-UBND ngày 24/12/2019 của Uỷ ban nhân dân tỉnh về ứng dụng công nghệ thông tin, phát triển Chính quyền điện tử tỉnh Phú Thọ năm 2020;
Xét đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 38/TTr-STTTT ngày 17/02/2020,

QUYẾT ĐỊNH:

Điều 1. Giao chỉ tiêu tỷ lệ hồ sơ tiếp nhận, giải quyết trực tuyến mức độ 3, mức độ 4 năm 2020 đối với Uỷ ban nhân dân các huyện, thành phố, thị xã (chi tiết tại Phụ lục kèm theo).
'''

PROSE = ('Phấn đấu năm 2020, toàn tỉnh đạt tỷ lệ hồ sơ tiếp nhận, giải quyết trực tuyến mức độ 3 tối thiểu 20% và mức độ 4 '
         'tối thiểu 30% trên tổng số hồ sơ của các thủ tục hành chính đã cung cấp trực tuyến ở mức độ tương ứng; Uỷ ban nhân '
         'dân các xã, phường, thị trấn đạt tỷ lệ hồ sơ trực tuyến mức độ 3, 4 tối thiểu 10%.\n')
PROSE_TARGETS = [
    T(PROV, 'online_dossier_rate', 20, 'tỷ lệ hồ sơ tiếp nhận, giải quyết trực tuyến mức độ 3', 'prose', Y),
    T(PROV, 'full_online_dossier_rate', 30, 'tỷ lệ hồ sơ tiếp nhận, giải quyết trực tuyến mức độ 4', 'prose', Y),
    T(XA, 'online_dossier_rate', 10, 'tỷ lệ hồ sơ trực tuyến mức độ 3, 4', 'prose', Y),
]

BODY = '''Điều 2. Tổ chức thực hiện
1. Chủ tịch Uỷ ban nhân dân các huyện, thành phố, thị xã chịu trách nhiệm trước Chủ tịch Uỷ ban nhân dân tỉnh về kết quả thực hiện chỉ tiêu được giao; chỉ đạo Bộ phận tiếp nhận và trả kết quả cấp huyện, cấp xã hướng dẫn tổ chức, công dân nộp hồ sơ trực tuyến; đẩy mạnh số hoá, hiện đại hoá hoạt động của Bộ phận Một cửa.
2. Sở Thông tin và Truyền thông chủ trì theo dõi, hướng dẫn; hằng tháng (trước ngày 05 của tháng sau) tổng hợp kết quả, báo cáo Chủ tịch Uỷ ban nhân dân tỉnh; đề xuất nâng cấp các dịch vụ công trực tuyến mức độ 3 lên mức độ 4.
3. Sở Nội vụ đưa kết quả thực hiện chỉ tiêu vào đánh giá, chấm điểm chỉ số cải cách hành chính năm 2020 của các huyện, thành phố, thị xã.
Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Chánh Văn phòng Uỷ ban nhân dân tỉnh; Giám đốc các Sở: Thông tin và Truyền thông, Nội vụ; Chủ tịch Uỷ ban nhân dân các huyện, thành phố, thị xã và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:\tKT. CHỦ TỊCH
- Như Điều 3;\tPHÓ CHỦ TỊCH
- Bộ Thông tin và Truyền thông;
- TT Tỉnh uỷ, TT HĐND tỉnh;
- CT, các PCT UBND tỉnh;
- CVP, PCVP (Ô. Thuỷ);
- Lưu: VT, KGVX2.
\tĐinh Công Sơn


Phụ lục
CHỈ TIÊU TỶ LỆ HỒ SƠ TIẾP NHẬN, GIẢI QUYẾT TRỰC TUYẾN MỨC ĐỘ 3, MỨC ĐỘ 4 NĂM 2020
(Kèm theo Quyết định số 512/QĐ-UBND ngày 28/02/2020 của Chủ tịch Uỷ ban nhân dân tỉnh Phú Thọ)

'''


def table():
    lines = [
        '\t'.join(['STT', 'Đơn vị', 'Số DVCTT đã cung cấp (đến 31/12/2019)', '', SPAN_RATE, '',
                   'Tỷ lệ hồ sơ giải quyết đúng hạn năm 2020 (%)', 'Ghi chú']),
        '\t'.join(['', '', 'Mức độ 3', 'Mức độ 4', 'Mức độ 3', 'Mức độ 4', '', '']),
        '\t'.join(f'({k})' for k in range(1, 9)),
    ]
    targets = []
    tot = [0, 0]
    for stt, printed, units, counts, rates, note in ROWS:
        lines.append('\t'.join([str(stt), printed] + counts + rates + [note]))
        tot = [a + int(b) for a, b in zip(tot, counts)]
        for (hdr, metric), c in zip(RATE_COLS, rates):
            v = num(c)
            if v is not None:
                targets.append(T(units, metric, v, hdr, 'table', Y, unit_group=None, note=note or None))
    lines.append('\t'.join(['', 'Tổng cộng', str(tot[0]), str(tot[1]), '', '', '', '']))
    return lines, targets


def main():
    tlines, ttargets = table()
    text = HEAD + PROSE + BODY + '\n'.join(tlines) + '\n'
    nfd = unicodedata.normalize('NFD', text)
    assert nfd != text and unicodedata.normalize('NFC', nfd) == text
    write_doc(SEED, nfd.encode('utf-8'))
    doc = {
        'number': '512/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '512', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Phú Thọ', 'place': 'Phú Thọ', 'date': '2020-02-28',
        'subject': 'Về việc giao chỉ tiêu tỷ lệ hồ sơ tiếp nhận, giải quyết trực tuyến mức độ 3, mức độ 4 năm 2020 đối với Ủy ban nhân dân các huyện, thành phố, thị xã',
        'signer': 'Đinh Công Sơn',
        'references': ['61/2018/NĐ-CP', '17/NQ-CP', '5420/KH-UBND', '38/TTr-STTTT'],
    }
    write_gold(SEED, [{'document': doc, 'targets': PROSE_TARGETS + ttargets}])


if __name__ == '__main__':
    main()
