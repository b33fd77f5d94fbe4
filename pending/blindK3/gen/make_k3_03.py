#!/usr/bin/env python3
"""k3_03: Bình Phước decision 1032/QĐ-UBND, 09/6/2023, scanned image-only PDF.

Điều 1 gives the full-online dossier rate in prose to "các Sở: Tư pháp, Kế
hoạch và Đầu tư, Công Thương, Giao thông vận tải, Lao động - Thương binh và Xã
hội" (names holding "và" and "-"), and to "UBND các thị xã Bình Long, Phước
Long, Chơn Thành". The appendix (landscape) is units × 2 indicators under a
two-row header, section rows I. / II. / III.; row III is the group "UBND các
xã, phường, thị trấn" as written.
"""
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak, NextPageTemplate
from reportlab.lib.enums import TA_CENTER
from common import T, table_targets, write_gold
from render import P, S, header, title, signature, grid, build_pdf, scan

STEM = 'k3_03_binhphuoc_qd_2023'
Y = 2023


def H(name):
    return ['UBND ' + name[0].lower() + name[1:], name]


MF = 'Tỷ lệ hồ sơ trực tuyến toàn trình'


def Pt(unit, value):
    return T(unit, 'full_online_dossier_rate', value, MF, 'prose', Y)


DIEU1 = [
    ('<b>Điều 1.</b> Giao chỉ tiêu năm 2023 đối với các cơ quan, đơn vị, địa phương như sau:', []),
    ('1. Tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ tiếp nhận của các dịch vụ công trực tuyến toàn '
     'trình: các Sở: Tư pháp, Kế hoạch và Đầu tư, Công Thương, Giao thông vận tải, Lao động - Thương binh và '
     'Xã hội đạt tối thiểu 50%; Ủy ban nhân dân các thị xã Bình Long, Phước Long, Chơn Thành đạt tối thiểu 30%.',
     [Pt(['Sở Tư pháp'], 50), Pt(['Sở Kế hoạch và Đầu tư'], 50), Pt(['Sở Công Thương'], 50),
      Pt(['Sở Giao thông vận tải'], 50),
      Pt(['Sở Lao động - Thương binh và Xã hội', 'Sở Lao động, Thương binh và Xã hội'], 50),
      Pt(['UBND thị xã Bình Long'], 30), Pt(['UBND thị xã Phước Long'], 30), Pt(['UBND thị xã Chơn Thành'], 30)]),
    ('2. Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ và tỷ lệ hồ sơ thanh toán trực tuyến của từng cơ quan, '
     'đơn vị, địa phương theo Phụ lục kèm theo Quyết định này. Sáu tháng đầu năm 2023, tỷ lệ thanh toán trực '
     'tuyến toàn tỉnh mới đạt 17,4%.', []),
]

M = [('online_service_uptake_rate', 'Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ'),
     ('online_payment_rate', 'Tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí')]
G1, G2, G3 = 'Sở, ban, ngành', 'UBND huyện, thị xã, thành phố', 'Cấp xã'
ROWS = [
    ('section', 'I', 'SỞ, BAN, NGÀNH', G1),
    ('unit', '1', 'Sở Tư pháp', ['Sở Tư pháp'], ['70', '45'], ''),
    ('unit', '2', 'Sở Kế hoạch và Đầu tư', ['Sở Kế hoạch và Đầu tư'], ['80', '50'], ''),
    ('unit', '3', 'Sở Công Thương', ['Sở Công Thương'], ['75', '40'], ''),
    ('unit', '4', 'Sở Giao thông vận tải', ['Sở Giao thông vận tải'], ['80', '97,5'], 'Cấp đổi giấy phép lái xe'),
    ('unit', '5', 'Sở Lao động - Thương binh và Xã hội', ['Sở Lao động - Thương binh và Xã hội',
      'Sở Lao động, Thương binh và Xã hội'], ['65', ''], 'Không phát sinh phí, lệ phí'),
    ('unit', '6', 'Sở Nông nghiệp và Phát triển nông thôn', ['Sở Nông nghiệp và Phát triển nông thôn'],
     ['60', '35'], ''),
    ('unit', '7', 'Sở Xây dựng', ['Sở Xây dựng'], ['70', '40'], ''),
    ('unit', '8', 'Ban Quản lý Khu kinh tế', ['Ban Quản lý Khu kinh tế', 'Ban Quản lý Khu kinh tế tỉnh Bình Phước'],
     ['100', '60'], ''),
    ('section', 'II', 'UBND HUYỆN, THỊ XÃ, THÀNH PHỐ', G2),
    ('unit', '1', 'Thành phố Đồng Xoài', H('Thành phố Đồng Xoài'), ['60', '35'], ''),
    ('unit', '2', 'Thị xã Bình Long', H('Thị xã Bình Long'), ['55', '30'], ''),
    ('unit', '3', 'Thị xã Phước Long', H('Thị xã Phước Long'), ['55', '30'], ''),
    ('unit', '4', 'Thị xã Chơn Thành', H('Thị xã Chơn Thành'), ['55', '30'], ''),
    ('unit', '5', 'Huyện Đồng Phú', H('Huyện Đồng Phú'), ['50', '25'], ''),
    ('unit', '6', 'Huyện Hớn Quản', H('Huyện Hớn Quản'), ['50', '25'], ''),
    ('unit', '7', 'Huyện Lộc Ninh', H('Huyện Lộc Ninh'), ['50', '25'], ''),
    ('unit', '8', 'Huyện Bù Đốp', H('Huyện Bù Đốp'), ['45', '20'], ''),
    ('unit', '9', 'Huyện Bù Gia Mập', H('Huyện Bù Gia Mập'), ['45', '20'], ''),
    ('unit', '10', 'Huyện Bù Đăng', H('Huyện Bù Đăng'), ['45', '20'], ''),
    ('unit', '11', 'Huyện Phú Riềng', H('Huyện Phú Riềng'), ['45', '20'], ''),
    ('section', 'III', 'CẤP XÃ', G3),
    ('unit', '1', 'UBND các xã, phường, thị trấn', ['UBND các xã, phường, thị trấn', 'UBND cấp xã', 'Cấp xã'],
     ['40', '15'], 'Áp dụng chung cho 111 xã, phường, thị trấn'),
]


def main():
    story = header(['ỦY BAN NHÂN DÂN', 'TỈNH BÌNH PHƯỚC'], '1032/QĐ-UBND', 'Bình Phước, ngày 09 tháng 6 năm 2023')
    story += title('QUYẾT ĐỊNH', ['Giao chỉ tiêu tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ,',
                                  'tỷ lệ hồ sơ trực tuyến toàn trình và thanh toán trực tuyến năm 2023'])
    story += [P('<b>CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC</b>', S(13.5, TA_CENTER, after=8))]
    for c in ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
              'Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24 tháng 6 năm 2022 của Chính phủ quy định về việc cung '
              'cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng;',
              'Căn cứ Quyết định số 06/QĐ-TTg ngày 06 tháng 01 năm 2022 của Thủ tướng Chính phủ phê duyệt Đề án '
              'phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia '
              'giai đoạn 2022 - 2025, tầm nhìn đến năm 2030;',
              'Xét đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 96/TTr-STTTT ngày 02 tháng 6 '
              'năm 2023.']:
        story.append(P('<i>%s</i>' % c))
    story += [P('<b>QUYẾT ĐỊNH:</b>', S(13.5, TA_CENTER, before=4, after=6))]
    targets = []
    for text, ts in DIEU1:
        story.append(P(text)); targets += ts
    story += [P('<b>Điều 2.</b> Sở Thông tin và Truyền thông chủ trì theo dõi, đánh giá việc thực hiện chỉ tiêu; '
                'tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 20 tháng 12 năm 2023.'),
              P('<b>Điều 3.</b> Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Thông tin và Truyền thông, Thủ '
                'trưởng các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và các cơ quan, '
                'đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này kể từ ngày ký./.')]
    story += signature(['- Như Điều 3;', '- Bộ Thông tin và Truyền thông;', '- TTTU, TT HĐND tỉnh;',
                        '- CT, PCT UBND tỉnh;', '- LĐVP, các phòng;', '- Lưu: VT, KGVX.'],
                       ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Huỳnh Thị Ngọc Diệp',
                       stamp_text='ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC *')
    printed, tt = table_targets(ROWS, M, Y)
    targets += tt
    hdr = [['STT', 'Tên cơ quan, đơn vị, địa phương', 'Chỉ tiêu năm 2023 (%)', '', 'Ghi chú'],
           ['', ''] + [mt for _, mt in M] + ['']]
    spans = [((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (3, 0)), ((4, 0), (4, 1))]
    sec = [i for i, r in enumerate(ROWS) if r[0] == 'section']
    story += [NextPageTemplate('landscape'), PageBreak(),
              P('<b>PHỤ LỤC</b>', S(13.5, TA_CENTER, after=1)),
              P('<b>CHỈ TIÊU TỶ LỆ DỊCH VỤ CÔNG TRỰC TUYẾN PHÁT SINH HỒ SƠ VÀ TỶ LỆ HỒ SƠ THANH TOÁN TRỰC TUYẾN'
                '</b>', S(13, TA_CENTER, after=1)),
              P('<i>(Kèm theo Quyết định số 1032/QĐ-UBND ngày 09/6/2023 của Chủ tịch UBND tỉnh Bình Phước)</i>',
                S(12.5, TA_CENTER, after=8)),
              grid(hdr + printed, [1.4 * cm, 8.0 * cm, 5.4 * cm, 5.4 * cm, 5.4 * cm], 2, spans=spans,
                   section_rows=sec, center_cols=(2, 3))]
    doc = {'number': '1032/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '1032', 'type': 'quyet_dinh',
           'issuer': 'Ủy ban nhân dân tỉnh Bình Phước', 'place': 'Bình Phước', 'date': '2023-06-09',
           'subject': 'Giao chỉ tiêu tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ, tỷ lệ hồ sơ trực tuyến toàn '
                      'trình và thanh toán trực tuyến năm 2023',
           'signer': 'Huỳnh Thị Ngọc Diệp',
           'references': ['42/2022/NĐ-CP', '06/QĐ-TTg', '96/TTr-STTTT']}
    vec = build_pdf(STEM, story)
    scan(STEM, vec, seed=303, dpi=200)
    write_gold(STEM + '.pdf', [{'document': doc, 'targets': targets}])


if __name__ == '__main__':
    main()
