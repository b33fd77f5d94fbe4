#!/usr/bin/env python3
"""n3_05: Hải Phòng decision (Quyết định 1285/QĐ-UBND, 20/05/2022) of the Chủ
tịch UBND thành phố assigning 2022 targets to commune-level units, plain UTF-8
text. The appendix is a tab-separated units × indicators table: 27 commune rows
(xã / thị trấn) grouped under district section rows "I. Huyện An Lão",
"II. Huyện Kiến Thụy", "III. Huyện Tiên Lãng", blank cells (no target), "-"
cells (no target, reason in Ghi chú), a page break (blank line, page number,
blank line) inside section II, and a closing "Tổng số" row whose figures are
averages, not any unit's target.

The rows are data below; the text and the gold come from the same list.
"""
import os
from common import DOCS, T, num, write_gold

SEED = 'n3_05_haiphong_qd_2022.txt'
Y = 2022

COLS = [
    ('Tỷ lệ hồ sơ TTHC giải quyết trực tuyến mức độ 3, 4 (%)', 'online_dossier_rate'),
    ('Tỷ lệ số hóa thành phần hồ sơ (%)', 'dossier_digitization_rate'),
    ('Tỷ lệ hồ sơ được thanh toán trực tuyến trên tổng số hồ sơ có thu phí (%)', 'online_payment_rate'),
]

NO_FEE = 'Chưa phát sinh hồ sơ có thu phí trực tuyến'

# ('S', code, district) | (printed name, [3 cells], ghi chú)
ROWS = [
    ('S', 'I', 'Huyện An Lão'),
    ('Thị trấn An Lão', ['45', '70', '20'], ''),
    ('Thị trấn Trường Sơn', ['40', '65', '15'], ''),
    ('Xã An Thắng', ['30', '55', '10'], ''),
    ('Xã An Thọ', ['30', '55', ''], ''),
    ('Xã An Tiến', ['30', '55', '10'], ''),
    ('Xã Bát Trang', ['25', '50', '-'], NO_FEE),
    ('Xã Chiến Thắng', ['30', '55', '10'], ''),
    ('Xã Mỹ Đức', ['27,5', '50', ''], ''),
    ('Xã Quang Hưng', ['25', '50', '-'], NO_FEE),
    ('Xã Quốc Tuấn', ['30', '', '10'], 'Đang chỉnh lý hồ sơ địa chính'),
    ('Xã Tân Viên', ['25', '50', '10'], ''),
    ('S', 'II', 'Huyện Kiến Thụy'),
    ('Thị trấn Núi Đối', ['50', '75', '25'], ''),
    ('Xã Đại Đồng', ['35', '60', '12'], ''),
    ('Xã Đoàn Xá', ['32,5', '60', '12'], ''),
    ('Xã Hữu Bằng', ['35', '60', '12'], ''),
    'PAGEBREAK',
    ('Xã Kiến Quốc', ['35', '60', ''], ''),
    ('Xã Ngũ Đoan', ['30', '55', '-'], NO_FEE),
    ('Xã Thuận Thiên', ['30', '55', '8'], ''),
    ('Xã Tú Sơn', ['30', '-', '8'], 'Thí điểm số hóa theo Đề án riêng của huyện'),
    ('S', 'III', 'Huyện Tiên Lãng'),
    ('Thị trấn Tiên Lãng', ['42,5', '70', '18'], ''),
    ('Xã Bạch Đằng', ['28', '52', ''], ''),
    ('Xã Đoàn Lập', ['28', '52', '8'], ''),
    ('Xã Hùng Thắng', ['26', '50', ''], ''),
    ('Xã Kiến Thiết', ['22', '45', '-'], NO_FEE),
    ('Xã Quang Phục', ['28', '52', '8'], ''),
    ('Xã Tiên Thắng', ['28', '52', '8'], ''),
    ('Xã Vinh Quang', ['', '45', ''], 'Trụ sở đang xây dựng lại, tiếp nhận hồ sơ trực tiếp'),
]
TOTAL = ('Tổng số', ['31,2', '55,8', '11,6'], '27 đơn vị')


def table_targets():
    ts, group = [], None
    for r in ROWS:
        if r == 'PAGEBREAK':
            continue
        if r[0] == 'S':
            group = r[2]
            continue
        name, cells, note = r
        unit = [name, 'UBND ' + name[0].lower() + name[1:]]
        for (label, metric), c in zip(COLS, cells):
            v = num(c)
            if v is None:
                continue
            ts.append(T(unit, metric, v, label, 'table', Y, unit_group=group, note=note or None))
    return ts


HEADER = """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
THÀNH PHỐ HẢI PHÒNG\tĐộc lập - Tự do - Hạnh phúc

Số: 1285/QĐ-UBND\tHải Phòng, ngày 20 tháng 5 năm 2022

QUYẾT ĐỊNH
Về việc giao chỉ tiêu giải quyết hồ sơ trực tuyến, số hóa hồ sơ và thanh toán trực tuyến năm 2022
cho Ủy ban nhân dân các xã, thị trấn thuộc các huyện An Lão, Kiến Thụy, Tiên Lãng

CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019;
Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử;
Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày 23/4/2018;
Căn cứ Kế hoạch số 72/KH-UBND ngày 17/3/2022 của Ủy ban nhân dân thành phố về chuyển đổi số thành phố Hải Phòng năm 2022;
Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 41/TTr-STTTT ngày 10/5/2022.

QUYẾT ĐỊNH:

Điều 1. Giao chỉ tiêu tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến mức độ 3, 4, tỷ lệ số hóa thành phần hồ sơ và tỷ lệ hồ sơ được thanh toán trực tuyến năm 2022 cho Ủy ban nhân dân 27 xã, thị trấn thuộc các huyện An Lão, Kiến Thụy, Tiên Lãng (chi tiết tại Phụ lục kèm theo).
Ô để trống hoặc ký hiệu "-" là đơn vị không được giao chỉ tiêu tương ứng.
Điều 2. Tổ chức thực hiện
1. Ủy ban nhân dân các huyện An Lão, Kiến Thụy, Tiên Lãng chỉ đạo, đôn đốc Ủy ban nhân dân các xã, thị trấn thực hiện chỉ tiêu được giao; tổng hợp kết quả, báo cáo Ủy ban nhân dân thành phố (qua Sở Thông tin và Truyền thông) trước ngày 05 của tháng đầu quý sau.
2. Sở Thông tin và Truyền thông hướng dẫn, theo dõi việc thực hiện; tổng hợp kết quả 6 tháng, cả năm 2022 báo cáo Chủ tịch Ủy ban nhân dân thành phố.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Chánh Văn phòng Ủy ban nhân dân thành phố, Giám đốc Sở Thông tin và Truyền thông, Chủ tịch Ủy ban nhân dân các huyện An Lão, Kiến Thụy, Tiên Lãng, Chủ tịch Ủy ban nhân dân các xã, thị trấn có tên tại Phụ lục và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:\tKT. CHỦ TỊCH
- Như Điều 3;\tPHÓ CHỦ TỊCH
- CT, các PCT UBND TP;
- Sở TT&TT;
- UBND các huyện: An Lão, Kiến Thụy, Tiên Lãng;
- CVP, các PCVP;
- Lưu: VT.\tPhạm Đức Toản


PHỤ LỤC
CHỈ TIÊU GIAO NĂM 2022 CHO ỦY BAN NHÂN DÂN CÁC XÃ, THỊ TRẤN
(Kèm theo Quyết định số 1285/QĐ-UBND ngày 20/5/2022 của Chủ tịch UBND thành phố Hải Phòng)

"""


def main():
    lines = ['STT\tTên đơn vị\t' + '\t'.join(c[0] for c in COLS) + '\tGhi chú']
    n = 0
    for r in ROWS:
        if r == 'PAGEBREAK':
            lines += ['', '2', '']
            continue
        if r[0] == 'S':
            lines.append(f'{r[1]}. {r[2]}\t\t\t\t\t')
            continue
        n += 1
        name, cells, note = r
        lines.append(f'{n}\t{name}\t' + '\t'.join(cells) + f'\t{note}')
    lines.append(f'\t{TOTAL[0]}\t' + '\t'.join(TOTAL[1]) + f'\t{TOTAL[2]}')
    assert n == 27
    txt = HEADER + '\n'.join(lines) + '\n'
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(txt)
    doc = {
        'number': '1285/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '1285', 'type': 'quyet_dinh',
        'issuer': ['Ủy ban nhân dân thành phố Hải Phòng', 'Chủ tịch Ủy ban nhân dân thành phố Hải Phòng'],
        'place': 'Hải Phòng', 'date': '2022-05-20',
        'subject': 'Về việc giao chỉ tiêu giải quyết hồ sơ trực tuyến, số hóa hồ sơ và thanh toán trực tuyến năm 2022 '
                   'cho Ủy ban nhân dân các xã, thị trấn thuộc các huyện An Lão, Kiến Thụy, Tiên Lãng',
        'signer': 'Phạm Đức Toản',
        'references': ['45/2020/NĐ-CP', '107/2021/NĐ-CP', '61/2018/NĐ-CP', '72/KH-UBND', '41/TTr-STTTT'],
    }
    write_gold(SEED, [{'document': doc, 'targets': table_targets()}])


if __name__ == '__main__':
    main()
