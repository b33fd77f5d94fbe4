#!/usr/bin/env python3
"""u3_01: Krông Pắc district (Đắk Lắk) decision (Quyết định 612/QĐ-UBND,
12/3/2024) assigning 2024 targets to its 16 communes and town, as plain text
(Word-to-text: tab-joined header, tab-separated appendix table).

The appendix groups the units under section rows "Nhóm 1 – …", "Nhóm 2 – …",
"Nhóm 3 – …"; units are printed "Xã A", "UBND xã B", "Thị trấn C"; cells carry
"≥ 65", "≥ 62,5", bare "70", "≤ 1", "≤ 2,5", blanks and "—"; a "Ghi chú" column.
The table rows below write both the TSV lines and the gold. Điều 1 has two
district-wide prose targets; Điều 2 repeats 2023 results (no targets).
"""
import os
from common import DOCS, T, num, write_gold, local_unit

SEED = 'u3_01_krongpac_qd_2024.txt'
Y = 2024
DIST = [None, 'Toàn huyện', 'Huyện Krông Pắc']

COLS = [
    ('Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận (%)', 'online_dossier_rate'),
    ('Tỷ lệ thanh toán trực tuyến (%)', 'online_payment_rate'),
    ('Tỷ lệ số hóa hồ sơ khi tiếp nhận (%)', 'dossier_digitization_rate'),
    ('Tỷ lệ hồ sơ giải quyết quá hạn (%)', None),
]

G1 = 'Nhóm 1 – Thị trấn và các xã khu vực I'
G2 = 'Nhóm 2 – Các xã khu vực II'
G3 = 'Nhóm 3 – Các xã khu vực III'
# ('S', code, title) section row; (stt, printed name, [4 cells], ghi chú)
ROWS = [
    ('S', 'I', G1),
    (1, 'Thị trấn Phước An', ['≥ 70', '≥ 55', '≥ 90', '≤ 1'], 'Trung tâm huyện'),
    (2, 'Xã Ea Kly', ['≥ 65', '≥ 50', '≥ 85', '≤ 1'], ''),
    (3, 'UBND xã Ea Phê', ['≥ 65', '≥ 50', '≥ 85', '≤ 1'], ''),
    (4, 'Xã Hòa An', ['≥ 62,5', '≥ 47,5', '≥ 85', '≤ 1'], ''),
    (5, 'Xã Ea Kênh', ['≥ 62,5', '≥ 45', '≥ 80', '≤ 1,5'], ''),
    ('S', 'II', G2),
    (6, 'UBND xã Hòa Đông', ['≥ 55', '≥ 40', '≥ 80', '≤ 1,5'], ''),
    (7, 'Xã Hòa Tiến', ['≥ 55', '≥ 40', '≥ 75', '≤ 1,5'], ''),
    (8, 'Xã Krông Búk', ['≥ 52,5', '≥ 37,5', '≥ 75', '≤ 2'], ''),
    (9, 'UBND xã Ea Knuếc', ['≥ 50', '', '≥ 75', '≤ 2'], 'Chưa phát sinh TTHC có thu phí, lệ phí trực tuyến'),
    (10, 'Xã Ea Yông', ['≥ 50', '≥ 35', '≥ 70', '≤ 2'], ''),
    (11, 'Xã Tân Tiến', ['≥ 50', '≥ 35', '≥ 70', '≤ 2'], ''),
    ('S', 'III', G3),
    (12, 'Xã Ea Kuăng', ['≥ 45', '≥ 30', '≥ 70', '≤ 2'], 'Xã đặc biệt khó khăn'),
    (13, 'UBND xã Ea Hiu', ['≥ 42,5', '≥ 27,5', '≥ 65', '≤ 2,5'], 'Xã đặc biệt khó khăn'),
    (14, 'Xã Ea Uy', ['≥ 40', '≥ 25', '≥ 65', '≤ 2,5'], 'Xã đặc biệt khó khăn'),
    (15, 'Xã Ea Yiêng', ['≥ 40', '—', '≥ 60', '≤ 2,5'], 'Thanh toán trực tuyến: phấn đấu, không giao chỉ tiêu'),
    (16, 'Xã Vụ Bổn', ['≥ 40', '≥ 25', '', '≤ 2,5'], 'Số hóa hồ sơ thực hiện theo lộ trình của tỉnh'),
]

HEAD = '''ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN KRÔNG PẮC\tĐộc lập - Tự do - Hạnh phúc
\t
Số: 612/QĐ-UBND\tKrông Pắc, ngày 12 tháng 3 năm 2024


QUYẾT ĐỊNH
Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến, số hóa hồ sơ
và giải quyết hồ sơ thủ tục hành chính năm 2024 cho Ủy ban nhân dân các xã, thị trấn

CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN KRÔNG PẮC

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;
Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;
Căn cứ Quyết định số 385/QĐ-UBND ngày 28/02/2024 của Ủy ban nhân dân tỉnh Đắk Lắk về việc giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến năm 2024;
Xét đề nghị của Chánh Văn phòng HĐND và UBND huyện tại Tờ trình số 27/TTr-VP ngày 06/3/2024.

QUYẾT ĐỊNH:

Điều 1. Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến, số hóa hồ sơ khi tiếp nhận và tỷ lệ hồ sơ giải quyết quá hạn năm 2024 cho Ủy ban nhân dân các xã, thị trấn (chi tiết tại Phụ lục kèm theo).
'''

DIEU1_PROSE = ('Phấn đấu đến hết năm 2024, toàn huyện đạt: tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận tối thiểu 55%; tỷ lệ thanh toán trực tuyến tối thiểu 40%.', [
    T(DIST, 'online_dossier_rate', 55, 'tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận', 'prose', Y),
    T(DIST, 'online_payment_rate', 40, 'tỷ lệ thanh toán trực tuyến', 'prose', Y),
])

TAIL = '''
Điều 2. Tổ chức thực hiện
1. Năm 2023, tỷ lệ hồ sơ trực tuyến của cấp xã trên địa bàn huyện bình quân đạt 38,6%, tỷ lệ thanh toán trực tuyến đạt 21,4%; xã Ea Kly đạt cao nhất (61,3%), xã Ea Yiêng thấp nhất (12,8%). Chủ tịch Ủy ban nhân dân các xã, thị trấn chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân huyện về kết quả thực hiện chỉ tiêu được giao năm 2024.
2. Văn phòng HĐND và UBND huyện theo dõi, tổng hợp kết quả thực hiện, báo cáo Chủ tịch Ủy ban nhân dân huyện trước ngày 20 hằng tháng.
3. Phòng Văn hóa và Thông tin huyện hướng dẫn, hỗ trợ Tổ công nghệ số cộng đồng tại các thôn, buôn, tổ dân phố.

Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng các phòng, ban, ngành liên quan, Chủ tịch Ủy ban nhân dân các xã, thị trấn chịu trách nhiệm thi hành Quyết định này.
Quyết định này có hiệu lực kể từ ngày ký./.

Nơi nhận:\tKT. CHỦ TỊCH
- Như Điều 3;\tPHÓ CHỦ TỊCH
- UBND tỉnh (b/c);\t
- Sở Thông tin và Truyền thông;\t
- TT Huyện ủy, TT HĐND huyện;\t
- CT, các PCT UBND huyện;\t
- Lưu: VT, VP.\tY Phương Niê


PHỤ LỤC
CHỈ TIÊU TỶ LỆ HỒ SƠ TRỰC TUYẾN, THANH TOÁN TRỰC TUYẾN, SỐ HÓA HỒ SƠ VÀ GIẢI QUYẾT HỒ SƠ QUÁ HẠN NĂM 2024 CỦA CÁC XÃ, THỊ TRẤN
(Kèm theo Quyết định số 612/QĐ-UBND ngày 12/3/2024 của Chủ tịch UBND huyện Krông Pắc)

'''


def table_lines_and_targets():
    lines = ['\t'.join(['STT', 'Tên đơn vị'] + [c for c, _ in COLS] + ['Ghi chú'])]
    ts, group = [], None
    for r in ROWS:
        if r[0] == 'S':
            group = r[2]
            lines.append(f'{r[1]}\t{r[2]}' + '\t' * (len(COLS) + 1))
            continue
        stt, name, cells, note = r
        lines.append('\t'.join([str(stt), name] + cells + [note]))
        for (hdr, metric), c in zip(COLS, cells):
            v = num(c)
            if v is None:
                continue
            comp = '<=' if '≤' in c else '>='
            ts.append(T(local_unit(name), metric, v, hdr, 'table', Y, comparator=comp,
                        unit_group=group, note=note or None))
    return lines, ts


def main():
    lines, table_ts = table_lines_and_targets()
    text = HEAD + DIEU1_PROSE[0] + '\n' + TAIL + '\n'.join(lines) + '\n'
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(text)
    doc = {
        'number': '612/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '612', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân huyện Krông Pắc', 'place': 'Krông Pắc', 'date': '2024-03-12',
        'subject': 'Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến, số hóa hồ sơ và giải quyết hồ sơ thủ tục hành chính năm 2024 cho Ủy ban nhân dân các xã, thị trấn',
        'signer': 'Y Phương Niê',
        'references': ['61/2018/NĐ-CP', '385/QĐ-UBND', '27/TTr-VP'],
    }
    write_gold(SEED, [{'document': doc, 'targets': DIEU1_PROSE[1] + table_ts}])


if __name__ == '__main__':
    main()
