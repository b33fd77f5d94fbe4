#!/usr/bin/env python3
"""m3_05: two documents in one plain-text file.

1. Dispatch (Công văn 412/SKHCN-CĐS, 14/3/2025) of the Tuyên Quang Department
   of Science and Technology (issuer block "UBND TỈNH TUYÊN QUANG" over "SỞ
   KHOA HỌC VÀ CÔNG NGHỆ") forwarding the provincial decision; it quotes 2024
   results and sets no figure of its own.
2. The forwarded decision (Quyết định 215/QĐ-UBND, 07/3/2025) whose appendix
   is a TRANSPOSED table in tab-separated text: indicators as rows, units as
   columns (a "Toàn tỉnh" column, then 7 district-level units), under a
   two-line header ("Chỉ tiêu giao năm 2025" over the unit names), with a
   column "Kết quả thực hiện năm 2024 (toàn tỉnh)" that holds results.
"""
import os
from common import DOCS, T, num, write_gold

SEED = 'm3_05_tuyenquang_cv_2025.txt'
Y = 2025

UNITS = [
    ('Toàn tỉnh', [None, 'Toàn tỉnh', 'Tỉnh Tuyên Quang']),
    ('Thành phố Tuyên Quang', ['UBND thành phố Tuyên Quang', 'Thành phố Tuyên Quang']),
    ('Huyện Yên Sơn', ['UBND huyện Yên Sơn', 'Huyện Yên Sơn']),
    ('Huyện Sơn Dương', ['UBND huyện Sơn Dương', 'Huyện Sơn Dương']),
    ('Huyện Hàm Yên', ['UBND huyện Hàm Yên', 'Huyện Hàm Yên']),
    ('Huyện Chiêm Hóa', ['UBND huyện Chiêm Hóa', 'Huyện Chiêm Hóa', 'UBND huyện Chiêm Hoá', 'Huyện Chiêm Hoá']),
    ('Huyện Na Hang', ['UBND huyện Na Hang', 'Huyện Na Hang']),
    ('Huyện Lâm Bình', ['UBND huyện Lâm Bình', 'Huyện Lâm Bình']),
]

# (stt, label, metric, unit of measure, result 2024, [cells per unit], comparator)
ROWS = [
    ('1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'full_online_dossier_rate', '%', '41,6',
     ['60', '70', '60', '60', '55', '55', '50', '50'], '>='),
    ('2', 'Tỷ lệ hồ sơ thanh toán trực tuyến', 'online_payment_rate', '%', '48,3',
     ['65', '75', '65', '65', '60', '60', '55', '—'], '>='),
    ('3', 'Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ', 'online_service_uptake_rate', '%', '62,4',
     ['80', '85', '80', '80', '75', '75', '70', '70'], '>='),
    ('4', 'Tỷ lệ số hóa kết quả giải quyết TTHC', 'result_digitization_rate', '%', '87,5',
     ['100', '100', '100', '100', '100', '100', '100', '100'], '>='),
    ('5', 'Tỷ lệ hồ sơ giải quyết quá hạn', None, '%', '1,9',
     ['≤ 1', '≤ 1', '≤ 1', '≤ 1', '≤ 1,5', '≤ 1,5', '', '≤ 2'], '<='),
]

DISPATCH = '''UBND TỈNH TUYÊN QUANG
SỞ KHOA HỌC VÀ CÔNG NGHỆ
	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
	Độc lập - Tự do - Hạnh phúc
Số: 412/SKHCN-CĐS
V/v triển khai thực hiện Quyết định số 215/QĐ-UBND
ngày 07/3/2025 của UBND tỉnh
	Tuyên Quang, ngày 14 tháng 3 năm 2025

Kính gửi: Ủy ban nhân dân các huyện, thành phố.

Thực hiện Quyết định số 215/QĐ-UBND ngày 07/3/2025 của Ủy ban nhân dân tỉnh về việc giao chỉ tiêu chuyển đổi số trong giải quyết thủ tục hành chính năm 2025 (có Quyết định và Phụ lục kèm theo), Sở Khoa học và Công nghệ đề nghị Ủy ban nhân dân các huyện, thành phố:
1. Khẩn trương quán triệt, triển khai thực hiện các chỉ tiêu được giao tại Phụ lục kèm theo Quyết định số 215/QĐ-UBND; giao chỉ tiêu cụ thể cho Ủy ban nhân dân các xã, phường, thị trấn trên địa bàn.
2. Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của toàn tỉnh mới đạt 41,6%, tỷ lệ hồ sơ thanh toán trực tuyến đạt 48,3%; huyện Lâm Bình đạt thấp nhất (26,9% và 30,2%). Đề nghị các địa phương có kết quả thấp tập trung chỉ đạo, hướng dẫn người dân nộp hồ sơ trực tuyến.
3. Định kỳ trước ngày 20 hằng tháng báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ (qua Phòng Chuyển đổi số) để tổng hợp, báo cáo UBND tỉnh.
Sở Khoa học và Công nghệ đề nghị Ủy ban nhân dân các huyện, thành phố quan tâm thực hiện./.

Nơi nhận:
- Như trên;
- UBND tỉnh (b/c);
- Giám đốc Sở;
- Lưu: VT, CĐS.
	KT. GIÁM ĐỐC
	PHÓ GIÁM ĐỐC


	Ma Thị Hồng Nhung

'''

DECISION = '''ỦY BAN NHÂN DÂN
TỈNH TUYÊN QUANG
	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
	Độc lập - Tự do - Hạnh phúc
Số: 215/QĐ-UBND
	Tuyên Quang, ngày 07 tháng 3 năm 2025

QUYẾT ĐỊNH
Về việc giao chỉ tiêu chuyển đổi số trong giải quyết thủ tục hành chính
năm 2025 cho Ủy ban nhân dân các huyện, thành phố

ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;
Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;
Căn cứ Kế hoạch số 12/KH-UBND ngày 20/01/2025 của Ủy ban nhân dân tỉnh về chuyển đổi số tỉnh Tuyên Quang năm 2025;
Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 58/TTr-SKHCN ngày 03/3/2025.

QUYẾT ĐỊNH:

Điều 1. Giao chỉ tiêu chuyển đổi số trong giải quyết thủ tục hành chính năm 2025 cho Ủy ban nhân dân các huyện, thành phố (chi tiết tại Phụ lục kèm theo).
Điều 2. Chủ tịch Ủy ban nhân dân các huyện, thành phố chịu trách nhiệm trước Ủy ban nhân dân tỉnh về kết quả thực hiện chỉ tiêu được giao. Sở Khoa học và Công nghệ theo dõi, đôn đốc, tổng hợp, báo cáo Ủy ban nhân dân tỉnh.
Điều 3. Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Khoa học và Công nghệ, Chủ tịch Ủy ban nhân dân các huyện, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Chủ tịch, các PCT UBND tỉnh;
- Lưu: VT, KGVX.
	TM. ỦY BAN NHÂN DÂN
	KT. CHỦ TỊCH
	PHÓ CHỦ TỊCH


	Hoàng Việt Phương

PHỤ LỤC
CHỈ TIÊU CHUYỂN ĐỔI SỐ TRONG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2025
(Kèm theo Quyết định số 215/QĐ-UBND ngày 07/3/2025 của Ủy ban nhân dân tỉnh Tuyên Quang)

'''

TAIL = '''
Ghi chú: Huyện Lâm Bình chưa giao chỉ tiêu thanh toán trực tuyến năm 2025 do hạ tầng thanh toán chưa đáp ứng; chỉ tiêu quá hạn của huyện Na Hang thực hiện theo Kế hoạch riêng.
'''


def table_lines_and_targets():
    n = len(UNITS)
    lines = ['\t'.join(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả thực hiện năm 2024 (toàn tỉnh)', 'Chỉ tiêu giao năm 2025'] + [''] * (n - 1)),
             '\t'.join(['', '', '', ''] + [u for u, _ in UNITS])]
    ts = []
    for stt, label, metric, uom, res, cells, comp in ROWS:
        lines.append('\t'.join([stt, label, uom, res] + cells))
        for (uname, spell), c in zip(UNITS, cells):
            v = num(c)
            if v is not None:
                ts.append(T(spell, metric, v, label, 'table', Y, comparator=comp, uom=uom))
    return lines, ts


def main():
    lines, ts = table_lines_and_targets()
    text = DISPATCH + DECISION + '\n'.join(lines) + '\n' + TAIL
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(text)
    cv = {
        'number': '412/SKHCN-CĐS', 'symbol': 'SKHCN-CĐS', 'serial': '412', 'type': 'cong_van',
        'issuer': ['Sở Khoa học và Công nghệ tỉnh Tuyên Quang', 'Sở Khoa học và Công nghệ'],
        'place': 'Tuyên Quang', 'date': '2025-03-14',
        'subject': 'Triển khai thực hiện Quyết định số 215/QĐ-UBND ngày 07/3/2025 của UBND tỉnh',
        'signer': 'Ma Thị Hồng Nhung',
        'references': ['215/QĐ-UBND'],
    }
    qd = {
        'number': '215/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '215', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Tuyên Quang', 'place': 'Tuyên Quang', 'date': '2025-03-07',
        'subject': 'Về việc giao chỉ tiêu chuyển đổi số trong giải quyết thủ tục hành chính năm 2025 cho Ủy ban nhân dân các huyện, thành phố',
        'signer': 'Hoàng Việt Phương',
        'references': ['766/QĐ-TTg', '12/KH-UBND', '58/TTr-SKHCN'],
    }
    write_gold(SEED, [{'document': cv, 'targets': []}, {'document': qd, 'targets': ts}])


if __name__ == '__main__':
    main()
