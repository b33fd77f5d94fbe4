#!/usr/bin/env python3
"""k3_01: Hà Tĩnh decision 746/QĐ-UBND, 18/3/2024, scanned image-only PDF.

Điều 1 assigns the online-payment rate in prose to enumerated units ("các Sở: Tư
pháp, Y tế, …", "UBND các huyện Kỳ Anh, Cẩm Xuyên, thị xã Hồng Lĩnh và thành phố
Hà Tĩnh"), a group, and two province-wide levels (a ceiling "không quá 2%").
The appendix (portrait, new page) is units × 3 indicators with a two-row header
("Chỉ tiêu giao năm 2024 (%)" spanning three columns) and section rows A / B.
"""
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak, Spacer
from reportlab.lib.enums import TA_CENTER
from common import T, table_targets, write_gold
from render import P, S, BODY, header, title, signature, grid, build_pdf, scan, CENTERED

STEM = 'k3_01_hatinh_qd_2024'
Y = 2024


def H(name):
    return ['UBND ' + name[0].lower() + name[1:], name]


MP = 'Tỷ lệ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí'


def Pt(unit, metric, value, text, comparator='>=', note=None):
    return T(unit, metric, value, text, 'prose', Y, comparator=comparator, note=note)


# (paragraph markup, targets)
DIEU1 = [
    ('<b>Điều 1.</b> Giao chỉ tiêu năm 2024 về cung cấp dịch vụ công trực tuyến, số hóa hồ sơ và thanh toán '
     'trực tuyến cho các cơ quan, đơn vị, địa phương trên địa bàn tỉnh như sau:', []),
    ('1. ' + MP + ' (năm 2023 toàn tỉnh đạt 38,6%):', []),
    ('a) Các Sở: Tư pháp, Y tế, Giao thông vận tải, Tài nguyên và Môi trường đạt tối thiểu 80%;',
     [Pt(u, 'online_payment_rate', 80, MP) for u in (
         ['Sở Tư pháp', 'Sở Tư pháp tỉnh Hà Tĩnh'], ['Sở Y tế'], ['Sở Giao thông vận tải'],
         ['Sở Tài nguyên và Môi trường'])]),
    ('b) Ủy ban nhân dân các huyện Kỳ Anh, Cẩm Xuyên, thị xã Hồng Lĩnh và thành phố Hà Tĩnh đạt tối thiểu 65%;',
     [Pt(u, 'online_payment_rate', 65, MP) for u in (
         ['UBND huyện Kỳ Anh'], ['UBND huyện Cẩm Xuyên'], ['UBND thị xã Hồng Lĩnh'], ['UBND thành phố Hà Tĩnh'])]),
    ('c) Ủy ban nhân dân các huyện, thị xã còn lại đạt tối thiểu 55%;',
     [Pt(['UBND các huyện, thị xã còn lại', 'Các huyện, thị xã còn lại'], 'online_payment_rate', 55, MP)]),
    ('d) Ủy ban nhân dân các xã, phường, thị trấn đạt tối thiểu 45%.',
     [Pt(['UBND các xã, phường, thị trấn', 'UBND cấp xã', 'Các xã, phường, thị trấn'], 'online_payment_rate', 45, MP)]),
    ('2. Trên phạm vi toàn tỉnh: tỷ lệ hồ sơ thủ tục hành chính giải quyết quá hạn không quá 2%; mức độ hài lòng '
     'của người dân, doanh nghiệp trong thực hiện thủ tục hành chính đạt từ 97,5% trở lên.',
     [Pt([None, 'Toàn tỉnh'], None, 2, 'tỷ lệ hồ sơ thủ tục hành chính giải quyết quá hạn', comparator='<='),
      Pt([None, 'Toàn tỉnh'], 'satisfaction_rate', 97.5, 'mức độ hài lòng của người dân, doanh nghiệp')]),
    ('3. Chỉ tiêu tỷ lệ hồ sơ trực tuyến, tỷ lệ số hóa hồ sơ và tỷ lệ số hóa kết quả giải quyết thủ tục hành chính '
     'của từng cơ quan, đơn vị, địa phương được giao tại Phụ lục kèm theo Quyết định này.', []),
]

M = [('online_dossier_rate', 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận'),
     ('dossier_digitization_rate', 'Tỷ lệ số hóa hồ sơ'),
     ('result_digitization_rate', 'Tỷ lệ số hóa kết quả giải quyết TTHC')]

GA = 'Sở, ban, ngành tỉnh'
GB = 'UBND các huyện, thị xã, thành phố'
ROWS = [
    ('section', 'A', 'CÁC SỞ, BAN, NGÀNH TỈNH', GA),
    ('unit', '1', 'Sở Tư pháp', ['Sở Tư pháp'], ['90', '100', '100'], ''),
    ('unit', '2', 'Sở Y tế', ['Sở Y tế'], ['85', '97,5', '100'], ''),
    ('unit', '3', 'Sở Giao thông vận tải', ['Sở Giao thông vận tải'], ['95', '100', '100'], ''),
    ('unit', '4', 'Sở Tài nguyên và Môi trường', ['Sở Tài nguyên và Môi trường'], ['75', '90', '97,5'], 'Lĩnh vực đất đai'),
    ('unit', '5', 'Sở Kế hoạch và Đầu tư', ['Sở Kế hoạch và Đầu tư'], ['95', '100', '100'], ''),
    ('unit', '6', 'Sở Lao động - Thương binh và Xã hội', ['Sở Lao động - Thương binh và Xã hội',
      'Sở Lao động, Thương binh và Xã hội'], ['80', '95', '100'], ''),
    ('unit', '7', 'Sở Văn hóa, Thể thao và Du lịch', ['Sở Văn hóa, Thể thao và Du lịch'], ['85', '95', ''],
     'Chưa phát sinh kết quả'),
    ('unit', '8', 'Ban Quản lý Khu kinh tế tỉnh', ['Ban Quản lý Khu kinh tế tỉnh', 'Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh'],
     ['90', '100', '100'], ''),
    ('unit', '9', 'Công an tỉnh', ['Công an tỉnh', 'Công an tỉnh Hà Tĩnh'], ['—', '80', '—'],
     'Theo chỉ tiêu Bộ Công an giao'),
    ('section', 'B', 'ỦY BAN NHÂN DÂN CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ', GB),
    ('unit', '1', 'Thành phố Hà Tĩnh', H('Thành phố Hà Tĩnh'), ['80', '90', '97,5'], ''),
    ('unit', '2', 'Thị xã Hồng Lĩnh', H('Thị xã Hồng Lĩnh'), ['75', '85', '95'], ''),
    ('unit', '3', 'Thị xã Kỳ Anh', H('Thị xã Kỳ Anh'), ['75', '85', '95'], ''),
    ('unit', '4', 'Huyện Nghi Xuân', H('Huyện Nghi Xuân'), ['70', '80', '90'], ''),
    ('unit', '5', 'Huyện Đức Thọ', H('Huyện Đức Thọ'), ['70', '80', '90'], ''),
    ('unit', '6', 'Huyện Hương Sơn', H('Huyện Hương Sơn'), ['65', '75', '90'], ''),
    ('unit', '7', 'Huyện Vũ Quang', H('Huyện Vũ Quang'), ['60', '70', '85'], ''),
    ('unit', '8', 'Huyện Can Lộc', H('Huyện Can Lộc'), ['70', '80', '90'], ''),
    ('unit', '9', 'Huyện Lộc Hà', H('Huyện Lộc Hà'), ['65', '75', '90'], ''),
    ('unit', '10', 'Huyện Thạch Hà', H('Huyện Thạch Hà'), ['70', '80', '90'], ''),
    ('unit', '11', 'Huyện Cẩm Xuyên', H('Huyện Cẩm Xuyên'), ['70', '80', '90'], ''),
    ('unit', '12', 'Huyện Kỳ Anh', H('Huyện Kỳ Anh'), ['65', '75', '90'], ''),
    ('unit', '13', 'Huyện Hương Khê', H('Huyện Hương Khê'), ['60', '70', '85'], ''),
]


def main():
    story = header(['ỦY BAN NHÂN DÂN', 'TỈNH HÀ TĨNH'], '746/QĐ-UBND', 'Hà Tĩnh, ngày 18 tháng 3 năm 2024')
    story += title('QUYẾT ĐỊNH', ['Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, số hóa hồ sơ,',
                                  'kết quả giải quyết thủ tục hành chính và thanh toán',
                                  'trực tuyến năm 2024'])
    story += [P('<b>CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH</b>', S(13.5, TA_CENTER, after=8))]
    for c in ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số '
              'điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
              'Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ sửa đổi, bổ sung một số '
              'điều của Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 về thực hiện cơ chế một cửa, một cửa '
              'liên thông trong giải quyết thủ tục hành chính;',
              'Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ '
              'số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp;',
              'Căn cứ Kế hoạch số 52/KH-UBND ngày 05 tháng 02 năm 2024 của Ủy ban nhân dân tỉnh về cải cách '
              'thủ tục hành chính năm 2024;',
              'Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh tại Tờ trình số 118/TTr-VP ngày 11 tháng 3 '
              'năm 2024.']:
        story.append(P('<i>%s</i>' % c))
    story += [P('<b>QUYẾT ĐỊNH:</b>', S(13.5, TA_CENTER, before=4, after=6))]
    targets = []
    for text, ts in DIEU1:
        story.append(P(text)); targets += ts
    story += [P('<b>Điều 2.</b> Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc, tổng hợp kết quả thực hiện; '
                'định kỳ trước ngày 10 hằng tháng báo cáo Chủ tịch Ủy ban nhân dân tỉnh.'),
              P('<b>Điều 3.</b> Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh; '
                'Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thị xã, '
                'thành phố; Chủ tịch Ủy ban nhân dân các xã, phường, thị trấn chịu trách nhiệm thi hành '
                'Quyết định này./.')]
    story += signature(['- Như Điều 3;', '- Văn phòng Chính phủ (Cục KSTTHC);', '- TTr Tỉnh ủy, TTr HĐND tỉnh;',
                        '- Chủ tịch, các PCT UBND tỉnh;', '- Trung tâm PVHCC tỉnh;', '- Lưu: VT, NC1.'],
                       ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Phan Hữu Lộc', stamp_text='ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH *')
    printed, tt = table_targets(ROWS, M, Y)
    targets += tt
    story += [PageBreak(),
              P('<b>PHỤ LỤC</b>', S(13.5, TA_CENTER, after=1)),
              P('<b>CHỈ TIÊU TỶ LỆ HỒ SƠ TRỰC TUYẾN, SỐ HÓA HỒ SƠ VÀ SỐ HÓA KẾT QUẢ GIẢI QUYẾT '
                'THỦ TỤC HÀNH CHÍNH NĂM 2024</b>', S(13, TA_CENTER, after=1)),
              P('<i>(Kèm theo Quyết định số 746/QĐ-UBND ngày 18 tháng 3 năm 2024 của Chủ tịch UBND tỉnh)</i>',
                S(12.5, TA_CENTER, after=8))]
    hdr = [['STT', 'Tên cơ quan, đơn vị', 'Chỉ tiêu giao năm 2024 (%)', '', '', 'Ghi chú'],
           ['', ''] + [mt for _, mt in M] + ['']]
    spans = [((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (4, 0)), ((5, 0), (5, 1))]
    sec = [i for i, r in enumerate(ROWS) if r[0] == 'section']
    story.append(grid(hdr + printed, [1.3 * cm, 4.8 * cm, 2.6 * cm, 2.3 * cm, 2.6 * cm, 2.8 * cm], 2,
                      spans=spans, section_rows=sec, center_cols=(2, 3, 4)))
    doc = {'number': '746/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '746', 'type': 'quyet_dinh',
           'issuer': 'Ủy ban nhân dân tỉnh Hà Tĩnh', 'place': 'Hà Tĩnh', 'date': '2024-03-18',
           'subject': 'Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, số hóa hồ sơ, kết quả giải quyết thủ tục '
                      'hành chính và thanh toán trực tuyến năm 2024',
           'signer': 'Phan Hữu Lộc',
           'references': ['107/2021/NĐ-CP', '61/2018/NĐ-CP', '766/QĐ-TTg', '52/KH-UBND', '118/TTr-VP']}
    vec = build_pdf(STEM, story)
    scan(STEM, vec, seed=101, dpi=200)
    write_gold(STEM + '.pdf', [{'document': doc, 'targets': targets}])


if __name__ == '__main__':
    main()
