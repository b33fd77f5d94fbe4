#!/usr/bin/env python3
"""k3_02: Lâm Đồng plan 27/KH-UBND, 14/01/2025, scanned image-only PDF.

Section II (Mục tiêu) holds province-wide prose targets next to 2024 results.
The appendix (landscape) is indicators × columns: STT | Chỉ tiêu | "Thực hiện
trong năm 2025" spanning Đơn vị tính | Giao chỉ tiêu | Đơn vị chủ trì | Đơn vị
phối hợp, with section rows I. / II. / III.; the assignee is the "Đơn vị chủ
trì" cell (seed 004 convention). One row is a count "không giao chỉ tiêu".
"""
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak, NextPageTemplate
from reportlab.lib.enums import TA_CENTER
from common import T, num, write_gold
from render import P, S, header, title, signature, grid, build_pdf, scan

STEM = 'k3_02_lamdong_kh_2025'
Y = 2025
ALL = ['Các sở, ban, ngành tỉnh; UBND các huyện, thành phố',
       'Các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện, thành phố']
ALL3 = ['Các sở, ban, ngành tỉnh; UBND các huyện, thành phố; UBND các xã, phường, thị trấn']
SO_TT = ['Sở Thông tin và Truyền thông', 'Sở Thông tin và Truyền thông tỉnh Lâm Đồng']
VP = ['Văn phòng UBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh']
CA = ['Công an tỉnh', 'Công an tỉnh Lâm Đồng']
SO_TP = ['Sở Tư pháp']
XA = ['UBND các xã, phường, thị trấn', 'UBND cấp xã']


def Pt(metric, value, text, comparator='>='):
    return T([None, 'Toàn tỉnh'], metric, value, text, 'prose', Y, comparator=comparator)


MUCTIEU = [
    ('1. Năm 2024, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 41,7%, tỷ lệ thanh toán trực tuyến đạt 52,3%, tỷ lệ '
     'hồ sơ giải quyết đúng hạn đạt 96,8%. Đây là cơ sở để xác định mục tiêu năm 2025.', []),
    ('2. Năm 2025, phấn đấu trên phạm vi toàn tỉnh:', []),
    ('- Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trước hạn và đúng hạn đạt tối thiểu 98%;',
     [Pt('on_time_resolution_rate', 98, 'Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trước hạn và đúng hạn')]),
    ('- Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính đạt từ 90% trở lên;',
     [Pt('satisfaction_rate', 90, 'Mức độ hài lòng của người dân, doanh nghiệp')]),
    ('- Tỷ lệ phản ánh, kiến nghị của người dân, doanh nghiệp được xử lý đúng hạn đạt 100%;',
     [Pt(None, 100, 'Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn')]),
    ('- Các chỉ tiêu về dịch vụ công trực tuyến, số hóa và thanh toán trực tuyến giao cho từng cơ quan, '
     'đơn vị theo Phụ lục kèm theo Kế hoạch này.', []),
]

# STT, label, đơn vị tính, giao chỉ tiêu, chủ trì (printed, spellings), phối hợp, metric
SECTIONS = [
    ('I', 'DỊCH VỤ CÔNG TRỰC TUYẾN', [
        ('1', 'Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình',
         '%', '100', 'Sở Thông tin và Truyền thông', SO_TT, 'Các sở, ban, ngành tỉnh', 'full_online_service_rate'),
        ('2', 'Tỷ lệ dịch vụ công trực tuyến toàn trình được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia',
         '%', '90', 'Sở Thông tin và Truyền thông', SO_TT, 'Văn phòng UBND tỉnh', 'national_portal_integration_rate'),
        ('3', 'Tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ của dịch vụ công trực tuyến toàn trình',
         '%', '55', 'Các sở, ban, ngành tỉnh; UBND các huyện, thành phố', ALL, 'Sở Thông tin và Truyền thông',
         'full_online_dossier_rate'),
        ('4', 'Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ', '%', '80',
         'Các sở, ban, ngành tỉnh; UBND các huyện, thành phố', ALL, 'Sở Thông tin và Truyền thông',
         'online_service_uptake_rate'),
        ('5', 'Tỷ lệ kết quả xử lý hồ sơ thủ tục hành chính được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia',
         '%', '100', 'Văn phòng UBND tỉnh', VP, 'Sở Thông tin và Truyền thông', 'national_portal_sync_rate'),
    ]),
    ('II', 'SỐ HÓA HỒ SƠ, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', [
        ('6', 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', '%', '97,5',
         'Các sở, ban, ngành tỉnh; UBND các huyện, thành phố; UBND các xã, phường, thị trấn', ALL3,
         'Văn phòng UBND tỉnh', 'dossier_result_digitization_rate'),
        ('7', 'Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử', '%', '100',
         'Các sở, ban, ngành tỉnh; UBND các huyện, thành phố', ALL, 'Văn phòng UBND tỉnh', 'electronic_result_rate'),
        ('8', 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa', '%', '50',
         'Các sở, ban, ngành tỉnh; UBND các huyện, thành phố', ALL, 'Sở Thông tin và Truyền thông',
         'digitized_data_reuse_rate'),
        ('9', 'Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính', '%', '60',
         'UBND các xã, phường, thị trấn', XA, 'Sở Tư pháp', 'e_certified_copy_rate'),
    ]),
    ('III', 'THANH TOÁN TRỰC TUYẾN', [
        ('10', 'Tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí', '%', '80',
         'Các sở, ban, ngành tỉnh; UBND các huyện, thành phố', ALL, 'Kho bạc Nhà nước khu vực', 'online_payment_rate'),
        ('11', 'Tỷ lệ thủ tục hành chính có phát sinh giao dịch thanh toán trực tuyến', '%', '85',
         'Sở Thông tin và Truyền thông', SO_TT, 'Các sở, ban, ngành tỉnh', 'online_payment_procedure_rate'),
        ('12', 'Tỷ lệ hồ sơ thanh toán trực tuyến lĩnh vực cư trú, căn cước', '%', '90',
         'Công an tỉnh', CA, 'UBND các huyện, thành phố', 'online_payment_rate'),
        ('13', 'Số lượng giao dịch thanh toán trực tuyến dự kiến (để theo dõi, không giao chỉ tiêu)', 'Giao dịch',
         '250.000', 'Sở Thông tin và Truyền thông', None, 'Các ngân hàng thương mại', None),
    ]),
]


def main():
    story = header(['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG'], '27/KH-UBND', 'Lâm Đồng, ngày 14 tháng 01 năm 2025')
    story += title('KẾ HOẠCH', ['Nâng cao chất lượng cung cấp dịch vụ công trực tuyến',
                                'và thanh toán trực tuyến trên địa bàn tỉnh Lâm Đồng năm 2025'])
    story += [P('Thực hiện Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ; Nghị định '
                'số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ về thực hiện thủ tục hành chính trên môi '
                'trường điện tử; Công văn số 4571/BTTTT-CĐSQG ngày 18 tháng 11 năm 2024 của Bộ Thông tin và '
                'Truyền thông, Ủy ban nhân dân tỉnh ban hành Kế hoạch nâng cao chất lượng cung cấp dịch vụ công '
                'trực tuyến và thanh toán trực tuyến năm 2025 như sau:'),
              P('<b>I. MỤC ĐÍCH, YÊU CẦU</b>'),
              P('Nâng cao chất lượng, hiệu quả giải quyết thủ tục hành chính trên môi trường điện tử; xác định rõ '
                'trách nhiệm của người đứng đầu cơ quan, đơn vị trong việc thực hiện các chỉ tiêu được giao.'),
              P('<b>II. MỤC TIÊU</b>')]
    targets = []
    for text, ts in MUCTIEU:
        story.append(P(text)); targets += ts
    story += [P('<b>III. NHIỆM VỤ, GIẢI PHÁP</b>'),
              P('1. Rà soát, tái cấu trúc quy trình, cung cấp dịch vụ công trực tuyến toàn trình; hoàn thành trước '
                'ngày 31/3/2025.'),
              P('2. Đẩy mạnh tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến tại Bộ phận Một cửa '
                'các cấp.'),
              P('<b>IV. TỔ CHỨC THỰC HIỆN</b>'),
              P('Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thành phố chịu trách nhiệm '
                'thực hiện các chỉ tiêu được giao; báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 15 '
                'tháng cuối quý.')]
    story += signature(['- Bộ Thông tin và Truyền thông;', '- Văn phòng Chính phủ;', '- TT Tỉnh ủy, TT HĐND tỉnh;',
                        '- CT, các PCT UBND tỉnh;', '- Các sở, ban, ngành tỉnh;', '- UBND các huyện, thành phố;',
                        '- Lưu: VT, TTTT.'],
                       ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Đặng Quốc Vinh',
                       stamp_text='ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG *')
    hdr = [['STT', 'Chỉ tiêu', 'Thực hiện trong năm 2025', '', 'Đơn vị chủ trì', 'Đơn vị phối hợp'],
           ['', '', 'Đơn vị tính', 'Giao chỉ tiêu', '', '']]
    rows, sec = [], []
    for stt, label, items in SECTIONS:
        sec.append(len(rows)); rows.append([stt, label, '', '', '', ''])
        for (n, ind, uom, val, chu, spell, phoi, metric) in items:
            rows.append([n, ind, uom, val, chu, phoi])
            if spell is None:      # count row, "không giao chỉ tiêu": no target
                continue
            targets.append(T(spell, metric, num(val), ind, 'table', Y))
    spans = [((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (3, 0)), ((4, 0), (4, 1)), ((5, 0), (5, 1))]
    story += [NextPageTemplate('landscape'), PageBreak(),
              P('<b>Phụ lục</b>', S(13.5, TA_CENTER, after=1)),
              P('<b>CHỈ TIÊU CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN VÀ THANH TOÁN TRỰC TUYẾN NĂM 2025</b>',
                S(13, TA_CENTER, after=1)),
              P('<i>(Kèm theo Kế hoạch số 27/KH-UBND ngày 14 tháng 01 năm 2025 của UBND tỉnh Lâm Đồng)</i>',
                S(12.5, TA_CENTER, after=8)),
              grid(hdr + rows, [1.3 * cm, 9.6 * cm, 2.2 * cm, 2.2 * cm, 6.0 * cm, 4.3 * cm], 2, spans=spans,
                   section_rows=sec, center_cols=(2, 3))]
    doc = {'number': '27/KH-UBND', 'symbol': 'KH-UBND', 'serial': '27', 'type': 'ke_hoach',
           'issuer': 'Ủy ban nhân dân tỉnh Lâm Đồng', 'place': 'Lâm Đồng', 'date': '2025-01-14',
           'subject': 'Nâng cao chất lượng cung cấp dịch vụ công trực tuyến và thanh toán trực tuyến trên địa bàn '
                      'tỉnh Lâm Đồng năm 2025',
           'signer': 'Đặng Quốc Vinh',
           'references': ['766/QĐ-TTg', '45/2020/NĐ-CP', '4571/BTTTT-CĐSQG']}
    vec = build_pdf(STEM, story)
    scan(STEM, vec, seed=202, dpi=200)
    write_gold(STEM + '.pdf', [{'document': doc, 'targets': targets}])


if __name__ == '__main__':
    main()
