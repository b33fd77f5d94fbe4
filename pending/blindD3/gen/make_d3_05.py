#!/usr/bin/env python3
"""d3_05: messy plain-text browser copy of a district portal page (huyện Lục
Ngạn, Bắc Giang, 2023, before the merger). Menu words before the document,
'Tải về', 'Lượt xem: 1.234', a portal posting date that is not the document
date, issuer block missing (only the number/date lines and 'QUYẾT ĐỊNH'), the
appendix table copied with the header one cell per line and the body
tab-separated, a dossier-count column and a 'Tổng cộng' row of counts."""
import os
from common import DOCS, T, num, write_gold

SEED = 'd3_05_lucngan_qd_2023.txt'
Y = 2023

COLS = [
    ('online_dossier_rate', 'Tỷ lệ hồ sơ trực tuyến (%)'),
    ('dossier_digitization_rate', 'Tỷ lệ số hóa hồ sơ (%)'),
    ('on_time_resolution_rate', 'Tỷ lệ hồ sơ giải quyết đúng hạn (%)'),
]
# section code, title, gold unit_group, rows: (name, spellings, [3 cells], count 2022, ghi chú)
SECTIONS = [
    ('I', 'Các cơ quan chuyên môn thuộc UBND huyện', 'Các cơ quan chuyên môn thuộc UBND huyện', [
        ('Văn phòng HĐND và UBND huyện', ['Văn phòng HĐND và UBND huyện', 'Văn phòng HĐND và UBND huyện Lục Ngạn'],
         ['60', '70', '100'], '1.245', ''),
        ('Phòng Tư pháp', ['Phòng Tư pháp', 'Phòng Tư pháp huyện', 'Phòng Tư pháp huyện Lục Ngạn'],
         ['55', '65', '100'], '3.412', ''),
        ('Phòng Tài nguyên và Môi trường', ['Phòng Tài nguyên và Môi trường', 'Phòng Tài nguyên và Môi trường huyện',
                                            'Phòng Tài nguyên và Môi trường huyện Lục Ngạn'],
         ['40', '50', '97,5'], '2.980', 'Lĩnh vực đất đai'),
        ('Phòng Kinh tế và Hạ tầng', ['Phòng Kinh tế và Hạ tầng', 'Phòng Kinh tế và Hạ tầng huyện',
                                      'Phòng Kinh tế và Hạ tầng huyện Lục Ngạn'],
         ['50', '60', '98'], '612', ''),
    ]),
    ('II', 'UBND các xã, thị trấn', 'UBND các xã, thị trấn', [
        ('Thị trấn Chũ', ['Thị trấn Chũ', 'UBND thị trấn Chũ'], ['50', '60', '98'], '4.215', ''),
        ('Xã Phượng Sơn', ['Xã Phượng Sơn', 'UBND xã Phượng Sơn'], ['45', '55', '98'], '2.104', ''),
        ('Xã Nam Dương', ['Xã Nam Dương', 'UBND xã Nam Dương'], ['45', '55', '98'], '1.877', ''),
        ('Xã Kiên Lao', ['Xã Kiên Lao', 'UBND xã Kiên Lao'], ['30', '', '95'], '1.020', 'Xã khu vực III'),
        ('Xã Sa Lý', ['Xã Sa Lý', 'UBND xã Sa Lý'], ['25', '', '95'], '540', 'Xã khu vực III'),
        ('Các xã còn lại', ['Các xã còn lại', 'UBND các xã còn lại'], ['35', '50', '97'], '10.445', '20 xã'),
    ]),
]
TOTAL = '28.450'  # sum of the count column

PROSE = [
    T([None, 'Toàn huyện', 'Huyện Lục Ngạn', 'UBND huyện Lục Ngạn'], 'online_dossier_rate', 40,
      'tỷ lệ hồ sơ thủ tục hành chính tiếp nhận, giải quyết trực tuyến', 'prose', Y),
    T([None, 'Toàn huyện', 'Huyện Lục Ngạn', 'UBND huyện Lục Ngạn'], 'satisfaction_rate', 90,
      'mức độ hài lòng của người dân, doanh nghiệp', 'prose', Y),
    T([None, 'Toàn huyện', 'Huyện Lục Ngạn', 'UBND huyện Lục Ngạn'], 'online_processing_rate', 100,
      'hồ sơ được tiếp nhận và xử lý trực tuyến trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh',
      'prose', Y),
]


def table_lines():
    L = ['STT', 'Tên cơ quan, đơn vị'] + [h for _, h in COLS] + ['Số hồ sơ tiếp nhận năm 2022 (hồ sơ)', 'Ghi chú']
    L.append('\t'.join(f'({i})' for i in range(1, 8)))
    stt = 0
    for code, title, _, rows in SECTIONS:
        L.append(f'{code}\t{title}\t\t\t\t\t')
        for name, _, cells, cnt, note in rows:
            stt += 1
            L.append('\t'.join([str(stt), name] + cells + [cnt, note]))
    L.append(f'\tTổng cộng\t\t\t\t{TOTAL}\t')
    return L


def table_targets():
    ts = []
    for code, title, group, rows in SECTIONS:
        for name, sp, cells, cnt, note in rows:
            for (metric, hdr), c in zip(COLS, cells):
                v = num(c)
                if v is not None:
                    ts.append(T(sp, metric, v, hdr, 'table', Y, unit_group=group, note=note or None))
    return ts


HEAD = '''Bỏ qua nội dung chính
Trang chủ
Giới thiệu
Tin tức - Sự kiện
Chính quyền
Văn bản
Văn bản chỉ đạo điều hành
Văn bản quy phạm pháp luật
Thủ tục hành chính
Hỏi đáp
Liên hệ
Tìm kiếm
Trang chủ  >  Văn bản  >  Văn bản chỉ đạo điều hành
Quyết định giao chỉ tiêu hồ sơ trực tuyến, số hóa hồ sơ và giải quyết hồ sơ đúng hạn năm 2023
Ngày đăng: 21/04/2023 08:15
Lượt xem: 1.234
Tải về
QĐ 1520 giao chi tieu DVCTT 2023.pdf (356 KB)
In trang  |  Gửi email  |  Chia sẻ
Số: 1520/QĐ-UBND
Lục Ngạn, ngày 17 tháng 4 năm 2023
QUYẾT ĐỊNH
Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, tỷ lệ số hóa hồ sơ và tỷ lệ giải quyết hồ sơ đúng hạn năm 2023 cho các cơ quan chuyên môn thuộc UBND huyện và UBND các xã, thị trấn
CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN LỤC NGẠN
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019;
Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;
Căn cứ Quyết định số 318/QĐ-UBND ngày 28/02/2023 của UBND tỉnh Bắc Giang về việc giao chỉ tiêu về dịch vụ công trực tuyến, số hóa hồ sơ năm 2023;
Xét đề nghị của Chánh Văn phòng HĐND và UBND huyện.
QUYẾT ĐỊNH:
Điều 1. Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, tỷ lệ số hóa hồ sơ và tỷ lệ giải quyết hồ sơ đúng hạn năm 2023 cho các cơ quan chuyên môn thuộc UBND huyện và UBND các xã, thị trấn (có Phụ lục chi tiết kèm theo).
Năm 2022, tỷ lệ hồ sơ thủ tục hành chính tiếp nhận, giải quyết trực tuyến của huyện đạt 23,6%, tỷ lệ hồ sơ giải quyết đúng hạn đạt 96,1%; toàn huyện tiếp nhận 28.450 hồ sơ. Phấn đấu năm 2023 tỷ lệ hồ sơ thủ tục hành chính tiếp nhận, giải quyết trực tuyến toàn huyện đạt tối thiểu 40%; mức độ hài lòng của người dân, doanh nghiệp không dưới 90%; 100% hồ sơ được tiếp nhận và xử lý trực tuyến trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh.
Điều 2. Thủ trưởng các cơ quan chuyên môn, Chủ tịch UBND các xã, thị trấn xây dựng kế hoạch thực hiện, báo cáo kết quả về Văn phòng HĐND và UBND huyện trước ngày 25 hằng tháng. Kết quả thực hiện chỉ tiêu là căn cứ đánh giá, xếp loại thi đua năm 2023.
Điều 3. Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Thủ trưởng các cơ quan chuyên môn thuộc UBND huyện, Chủ tịch UBND các xã, thị trấn và các cơ quan, đơn vị có liên quan căn cứ Quyết định thi hành./.
Nơi nhận:
- Như Điều 3;
- UBND tỉnh (b/c);
- Sở Thông tin và Truyền thông (b/c);
- TT Huyện ủy, TT HĐND huyện;
- CT, các PCT UBND huyện;
- Lưu: VT.
Q. CHỦ TỊCH
Đào Văn Khánh
PHỤ LỤC
CHỈ TIÊU TỶ LỆ HỒ SƠ TRỰC TUYẾN, SỐ HÓA HỒ SƠ VÀ GIẢI QUYẾT HỒ SƠ ĐÚNG HẠN NĂM 2023
(Kèm theo Quyết định số 1520/QĐ-UBND ngày 17/4/2023 của Chủ tịch UBND huyện Lục Ngạn)
'''

TAIL = '''Ghi chú: Ô để trống là chỉ tiêu chưa giao do đơn vị chưa được trang bị máy quét.
Tệp đính kèm:
QĐ 1520 giao chi tieu DVCTT 2023.pdf
Tải về
Văn bản cùng chuyên mục
Quyết định số 1496/QĐ-UBND ngày 12/4/2023 về việc kiện toàn Tổ công tác triển khai Đề án 06
Kế hoạch số 87/KH-UBND ngày 03/4/2023 về chuyển đổi số huyện Lục Ngạn năm 2023
Công văn số 615/UBND-VP ngày 28/3/2023 về việc đẩy mạnh thanh toán trực tuyến
Xem thêm
Lượt truy cập: 3.456.789
TRANG THÔNG TIN ĐIỆN TỬ HUYỆN LỤC NGẠN
Địa chỉ: Thị trấn Chũ, huyện Lục Ngạn, tỉnh Bắc Giang
Điện thoại: 0204.3882.xxx
® Ghi rõ nguồn khi phát hành lại thông tin từ website này.
'''


def main():
    text = HEAD + '\n'.join(table_lines()) + '\n' + TAIL
    # a Windows browser copy-paste: CRLF line ends
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8', newline='\r\n') as f:
        f.write(text)
    doc = {
        'number': '1520/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '1520', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân huyện Lục Ngạn', 'place': 'Lục Ngạn', 'date': '2023-04-17',
        'subject': 'Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, tỷ lệ số hóa hồ sơ và tỷ lệ giải quyết hồ sơ đúng hạn năm 2023 cho các cơ quan chuyên môn thuộc UBND huyện và UBND các xã, thị trấn',
        'signer': 'Đào Văn Khánh',
        'references': ['107/2021/NĐ-CP', '61/2018/NĐ-CP', '318/QĐ-UBND'],
    }
    write_gold(SEED, [{'document': doc, 'targets': PROSE + table_targets()}])


if __name__ == '__main__':
    main()
