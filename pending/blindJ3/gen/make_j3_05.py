#!/usr/bin/env python3
"""j3_05: Hà Nam, Quyết định 1452/QĐ-UBND ngày 10/4/2023, as the text of an OCR'd
scan: page numbers on their own lines, lines broken mid-sentence, wide runs of
spaces, a space before the slash in the number, stamp noise, misread letters
("Công dịch vụ công", "KS. CHỦ TỊCH", "UBQGCS", "lĩnh vụ", "Các quan chuyên
môn", row number "11" for "1", "Tư do"), the signer's name printed twice, and a
layout table (cells separated by runs of spaces) with one column per level
(Cấp tỉnh / Cấp huyện / Cấp xã), a row label wrapped over two lines and a page
break inside the table. Gold is what the document says."""
import os
from common import DOCS, T, num, write_gold

SEED = 'j3_05_hanam_qd_2023_scan.txt'
Y = 2023
PROV = [None, 'Toàn tỉnh', 'Tỉnh Hà Nam']
LEVELS = [['Cấp tỉnh'], ['Cấp huyện'], ['Cấp xã']]

HEAD = '''UỶ BAN NHÂN DÂN          CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
   TỈNH HÀ NAM                Độc lập - Tư do - Hạnh phúc
      Kl
Số: 1452 /QĐ-UBND          Hà Nam, ngày   10   tháng 4 năm 2023

                         QUYẾT ĐỊNH
  Về việc giao chỉ tiêu thực hiện Bộ chỉ số chỉ đạo, điều hành và
đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện
       thủ tục hành chính, dịch vụ công năm 2023

         CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ NAM

   Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm
2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và
Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;
   Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính
phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục
vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ
công theo thời gian thực trên môi trường điện tử;
   Căn cứ Quyết định số 17/QĐ-UBQGCS ngày 04/4/2023 của Ủy ban Quốc
gia về chuyển đổi số ban hành Kế hoạch hoạt động của Ủy ban Quốc gia về
chuyển đổi số năm 2023;
   Căn cứ Kế hoạch số 512/KH-UBND ngày 20/02/2023 của Uỷ ban nhân dân
tỉnh về cải cách hành chính năm 2023;
   Theo đề nghị của Chánh Văn phòng Uỷ ban nhân dân tỉnh tại Tờ trình
số 35/TTr-VPUB ngày 03/4/2023.

                        QUYẾT ĐỊNH:

   Điều 1. Giao chỉ tiêu thực hiện Bộ chỉ số chỉ đạo, điều hành và đánh
giá chất lượng phục vụ người dân, doanh nghiệp năm 2023 như sau:
   1. Chỉ tiêu chung toàn tỉnh
'''

PROSE = [
    ('''   - 100% dịch vụ công trực tuyến toàn trình được tích hợp, cung cấp
trên Công dịch vụ công quốc gia;''', [
        T(PROV, 'national_portal_integration_rate', 100,
          'dịch vụ công trực tuyến toàn trình được tích hợp, cung cấp trên Công dịch vụ công quốc gia', 'prose', Y),
    ]),
    ('''   - Tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 30%;''', [
        T(PROV, 'full_online_dossier_rate', 30, 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'prose', Y),
    ]),
    ('''   - Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết
thủ tục hành chính đạt tối thiểu 90%.''', [
        T(PROV, 'satisfaction_rate', 90, 'Mức độ hài lòng của người dân, doanh nghiệp', 'prose', Y),
    ]),
]

MID = '''
                                                                    2
   2. Chỉ tiêu giao cho từng cấp (đơn vị tính: %)

 TT   Chỉ tiêu                                        Cấp tỉnh    Cấp huyện    Cấp xã
'''

# (printed TT, label lines, metric, [tỉnh, huyện, xã]) or ('PB', lines)
ROWS = [
    ('11', ['Tỷ lệ hồ sơ trực tuyến mức độ 3, 4'], 'online_dossier_rate', ['70', '50', '40']),
    ('2', ['Tỷ lệ thanh toán trực tuyến'], 'online_payment_rate', ['40', '30', '25']),
    ('3', ['Tỷ lệ số hoá hồ sơ, kết quả giải quyết và', 'cấp kết quả giải quyết TTHC điện tử'],
     'dossier_result_digitization_rate', ['60', '50', '40']),
    ('4', ['Tỷ lệ hồ sơ giải quyết đúng hạn'], 'on_time_resolution_rate', ['98', '95', '95']),
    ('PB', ['', '                                                                    3', '']),
    ('5', ['Tỷ lệ phản ánh, kiến nghị được xử lý', 'đúng hạn'], None, ['100', '100', '100']),
    ('6', ['Tỷ lệ cấp kết quả giải quyết TTHC điện tử'], 'electronic_result_rate', ['50', '40', '—']),
]

TAIL = '''
   Điều 2. Tổ chức thực hiện
   1. Các quan chuyên môn thuộc Uỷ ban nhân dân tỉnh, Uỷ ban nhân dân các
huyện, thị xã, thành phố căn cứ chỉ tiêu được giao xây dựng kế hoạch
thực hiện, tập trung vào các lĩnh vụ có nhiều hồ sơ như đất đai, tư pháp,
lao động; năm 2022 tỷ lệ hồ sơ trực tuyến của tỉnh mới đạt 28,6%.
   2. Văn phòng Uỷ ban nhân dân tỉnh theo dõi, tổng hợp, báo cáo Chủ tịch
Uỷ ban nhân dân tỉnh định kỳ hằng quý.
   Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Uỷ
ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành, Chủ tịch Uỷ ban nhân
dân các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:                                        KS. CHỦ TỊCH
- Như Điều 3;                                    PHÓ CHỦ TỊCH
- Văn phòng Chính phủ (Cục KSTTHC);                 *Ha Nam*
- TTTU, TTHĐND tỉnh;                              Trịnh Quốc Bảo
- Chủ tịch, các PCT UBND tỉnh;
- Lưu: VT, KSTT.                                  Trịnh Quốc Bảo
'''


def pad(s, n):
    return s + ' ' * max(2, n - len(s))


def table():
    lines, ts = [], []
    for r in ROWS:
        if r[0] == 'PB':
            lines += r[1]
            continue
        tt, label, metric, cells = r
        lines.append(' ' + pad(tt, 5) + pad(label[0], 50) + pad(cells[0], 12) + pad(cells[1], 13) + cells[2])
        for extra in label[1:]:
            lines.append('      ' + extra)
        for units, c in zip(LEVELS, cells):
            v = num(c)
            if v is not None:
                ts.append(T(units, metric, v, ' '.join(label), 'table', Y))
    return lines, ts


def main():
    lines, table_ts = table()
    text = HEAD + ''.join(p + '\n' for p, _ in PROSE) + MID + '\n'.join(lines) + '\n' + TAIL
    open(os.path.join(DOCS, SEED), 'w', encoding='utf-8').write(text)
    doc = {
        'number': '1452/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '1452', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Hà Nam', 'place': 'Hà Nam', 'date': '2023-04-10',
        'subject': 'Về việc giao chỉ tiêu thực hiện Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công năm 2023',
        'signer': 'Trịnh Quốc Bảo',
        'references': ['766/QĐ-TTg', '17/QĐ-UBQGCS', '512/KH-UBND', '35/TTr-VPUB'],
    }
    write_gold(SEED, [{'document': doc, 'targets': [t for _, ts in PROSE for t in ts] + table_ts}])


if __name__ == '__main__':
    main()
