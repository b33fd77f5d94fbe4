#!/usr/bin/env python3
"""j3_02: Quảng Bình, Quyết định 1306/QĐ-UBND ngày 26/5/2025 "sửa đổi, bổ sung"
Quyết định 412/QĐ-UBND (j3_01) after the March 2025 merger of departments:
new values for the merged departments in an appendix table, and prose items
that change one value ("từ 40% thành 50%": only the new value is a target),
add a value for a unit that had a blank cell, and add two indicators."""
import os
from common import DOCS, T, H, unit_table, write_gold

SEED = 'j3_02_quangbinh_qdsd_2025.txt'
Y = 2025

COLS = [
    ('Tỷ lệ hồ sơ trực tuyến (trên tổng số hồ sơ tiếp nhận, giải quyết TTHC) (%)', 'online_dossier_rate'),
    ('Tỷ lệ hồ sơ thanh toán trực tuyến (%)', 'online_payment_rate'),
    ('Tỷ lệ số hoá hồ sơ (%)', 'dossier_digitization_rate'),
    ('Tỷ lệ cấp kết quả giải quyết TTHC điện tử (%)', 'electronic_result_rate'),
]
GA = 'Các sở, ban, ngành'


def S(name):
    return [name, name + ' tỉnh Quảng Bình']


ROWS = [
    ('S', 'A', GA, GA),
    (1, 'Sở Tài chính', S('Sở Tài chính'), ['80', '75', '85', '90'],
     'Hợp nhất Sở Kế hoạch và Đầu tư và Sở Tài chính'),
    (2, 'Sở Xây dựng', S('Sở Xây dựng'), ['70', '65', '80', '85'],
     'Hợp nhất Sở Xây dựng và Sở Giao thông vận tải'),
    (3, 'Sở Nông nghiệp và Môi trường', S('Sở Nông nghiệp và Môi trường'), ['55', '50', '70', '75'],
     'Hợp nhất Sở Nông nghiệp và Phát triển nông thôn và Sở Tài nguyên và Môi trường'),
    (4, 'Sở Nội vụ', S('Sở Nội vụ'), ['70', '—', '80', '85'],
     'Tiếp nhận lĩnh vực lao động, người có công từ Sở Lao động - Thương binh và Xã hội; không phát sinh TTHC có thu phí, lệ phí'),
    (5, 'Sở Y tế', S('Sở Y tế'), ['65', '60', '75', '80'],
     'Tiếp nhận lĩnh vực bảo trợ xã hội, trẻ em'),
    (6, 'Sở Khoa học và Công nghệ', S('Sở Khoa học và Công nghệ'), ['75', '70', '85', '90'],
     'Hợp nhất Sở Khoa học và Công nghệ và Sở Thông tin và Truyền thông'),
    (7, 'Sở Dân tộc và Tôn giáo', S('Sở Dân tộc và Tôn giáo'), ['50', '—', '60', '70'],
     'Thành lập trên cơ sở Ban Dân tộc tỉnh'),
]

HEAD = '''ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG BÌNH\tĐộc lập - Tự do - Hạnh phúc

Số: 1306/QĐ-UBND\tQuảng Bình, ngày 26 tháng 5 năm 2025

QUYẾT ĐỊNH
Sửa đổi, bổ sung một số nội dung của Quyết định số 412/QĐ-UBND ngày 14/02/2025
của Chủ tịch Uỷ ban nhân dân tỉnh về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến,
thanh toán trực tuyến, số hoá hồ sơ và cấp kết quả giải quyết thủ tục hành chính điện tử năm 2025

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;
Căn cứ Nghị quyết số 15/NQ-HĐND ngày 27/02/2025 của Hội đồng nhân dân tỉnh về việc thành lập, tổ chức lại các cơ quan chuyên môn thuộc Uỷ ban nhân dân tỉnh Quảng Bình;
Căn cứ Quyết định số 412/QĐ-UBND ngày 14/02/2025 của Chủ tịch Uỷ ban nhân dân tỉnh về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến, số hoá hồ sơ và cấp kết quả giải quyết thủ tục hành chính điện tử năm 2025;
Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 47/TTr-SKHCN ngày 16/5/2025.

QUYẾT ĐỊNH:

Điều 1. Sửa đổi, bổ sung một số nội dung của Quyết định số 412/QĐ-UBND ngày 14/02/2025 của Chủ tịch Uỷ ban nhân dân tỉnh như sau:
1. Sửa đổi chỉ tiêu giao cho các sở được sắp xếp, tổ chức lại tại Mục A Phụ lục kèm theo Quyết định số 412/QĐ-UBND (chi tiết tại Phụ lục kèm theo Quyết định này).
'''

PROSE = [
    ('2. Sửa đổi chỉ tiêu tỷ lệ hồ sơ thanh toán trực tuyến của Uỷ ban nhân dân huyện Minh Hoá tại số thứ tự 8 Mục B Phụ lục kèm theo Quyết định số 412/QĐ-UBND từ 40% thành 50%.', [
        T(['UBND huyện Minh Hóa', 'Huyện Minh Hóa'], 'online_payment_rate', 50, 'tỷ lệ hồ sơ thanh toán trực tuyến', 'prose', Y,
          note='sửa đổi từ 40% thành 50%'),
    ]),
    ('3. Bổ sung chỉ tiêu tỷ lệ hồ sơ thanh toán trực tuyến đối với Uỷ ban nhân dân huyện Tuyên Hoá là 40%.', [
        T(['UBND huyện Tuyên Hóa', 'Huyện Tuyên Hóa'], 'online_payment_rate', 40, 'tỷ lệ hồ sơ thanh toán trực tuyến', 'prose', Y),
    ]),
    ('4. Bổ sung chỉ tiêu "Tỷ lệ kết quả xử lý hồ sơ TTHC được đồng bộ đầy đủ trên Cổng DVC quốc gia" đạt 100% đối với các sở, ban, ngành và Uỷ ban nhân dân các huyện, thị xã, thành phố.', [
        T([None, 'Các sở, ban, ngành và UBND các huyện, thị xã, thành phố',
           'Các sở, ban, ngành; UBND các huyện, thị xã, thành phố'],
          'national_portal_sync_rate', 100, 'Tỷ lệ kết quả xử lý hồ sơ TTHC được đồng bộ đầy đủ trên Cổng DVC quốc gia', 'prose', Y),
    ]),
    ('5. Bổ sung chỉ tiêu "Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính" đạt tối thiểu 60% tại Phòng Tư pháp các huyện, thị xã, thành phố và tối thiểu 40% tại Uỷ ban nhân dân các xã, phường, thị trấn.', [
        T(['Phòng Tư pháp các huyện, thị xã, thành phố', 'Phòng Tư pháp cấp huyện'], 'e_certified_copy_rate', 60,
          'Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính', 'prose', Y),
        T(['UBND các xã, phường, thị trấn', 'UBND cấp xã'], 'e_certified_copy_rate', 40,
          'Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính', 'prose', Y),
    ]),
]

TAIL = '''
Điều 2. Các nội dung khác tại Quyết định số 412/QĐ-UBND ngày 14/02/2025 của Chủ tịch Uỷ ban nhân dân tỉnh giữ nguyên hiệu lực thi hành.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Chánh Văn phòng Uỷ ban nhân dân tỉnh, Giám đốc Sở Khoa học và Công nghệ, Thủ trưởng các sở, ban, ngành, Chủ tịch Uỷ ban nhân dân các huyện, thị xã, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Bộ Khoa học và Công nghệ;
- Văn phòng Chính phủ (Cục KSTTHC);
- CT, các PCT UBND tỉnh;
- Lưu: VT, KSTT.
\tCHỦ TỊCH



\tLê Quang Vinh


PHỤ LỤC
CHỈ TIÊU SỬA ĐỔI ĐỐI VỚI CÁC SỞ ĐƯỢC SẮP XẾP, TỔ CHỨC LẠI NĂM 2025
(Kèm theo Quyết định số 1306/QĐ-UBND ngày 26/5/2025 của Chủ tịch UBND tỉnh Quảng Bình)

'''


def main():
    body, table_ts = unit_table(ROWS, COLS, Y)
    header = '\t'.join(['STT', 'Tên cơ quan, đơn vị'] + [c for c, _ in COLS] + ['Ghi chú'])
    text = HEAD + ''.join(p + '\n' for p, _ in PROSE) + TAIL + '\n'.join([header] + body) + '\n'
    open(os.path.join(DOCS, SEED), 'w', encoding='utf-8').write(text)
    doc = {
        'number': '1306/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '1306', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Quảng Bình', 'place': 'Quảng Bình', 'date': '2025-05-26',
        'subject': 'Sửa đổi, bổ sung một số nội dung của Quyết định số 412/QĐ-UBND ngày 14/02/2025 của Chủ tịch Uỷ ban nhân dân tỉnh về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến, số hoá hồ sơ và cấp kết quả giải quyết thủ tục hành chính điện tử năm 2025',
        'signer': 'Lê Quang Vinh',
        'references': ['15/NQ-HĐND', '412/QĐ-UBND', '47/TTr-SKHCN'],
    }
    write_gold(SEED, [{'document': doc, 'targets': [t for _, ts in PROSE for t in ts] + table_ts}])


if __name__ == '__main__':
    main()
