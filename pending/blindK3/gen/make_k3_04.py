#!/usr/bin/env python3
"""k3_04: Quảng Bình decision 58/QĐ-UBND, 10/01/2025, scanned image-only PDF
(250 dpi). Điều 1 sets per-level prose targets ("cấp tỉnh đạt tối thiểu 99%,
cấp huyện, cấp xã từ 97% trở lên") and a province-wide e-result level. The
appendix (portrait) is units × 3 indicators with a two-row header, section rows
I. / II.; the third column is a ceiling printed "≤ 2" / "≤ 1,5" (overdue share,
metric null), one cell "x" (no target, per the spec).
"""
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak
from reportlab.lib.enums import TA_CENTER
from common import T, table_targets, write_gold
from render import P, S, header, title, signature, grid, build_pdf, scan

STEM = 'k3_04_quangbinh_qd_2025'
Y = 2025


def H(name):
    return ['UBND ' + name[0].lower() + name[1:], name]


MO = 'Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn'


def Pt(unit, metric, value, text):
    return T(unit, metric, value, text, 'prose', Y)


DIEU1 = [
    ('<b>Điều 1.</b> Giao chỉ tiêu năm 2025 về chất lượng giải quyết thủ tục hành chính như sau:', []),
    ('1. ' + MO + ': cấp tỉnh đạt tối thiểu 99%; cấp huyện, cấp xã đạt từ 97% trở lên (năm 2024 toàn tỉnh '
     'đạt 95,3%).',
     [Pt(['Cấp tỉnh'], 'on_time_resolution_rate', 99, MO), Pt(['Cấp huyện'], 'on_time_resolution_rate', 97, MO),
      Pt(['Cấp xã'], 'on_time_resolution_rate', 97, MO)]),
    ('2. Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử trên phạm vi toàn tỉnh đạt 100%; tỷ lệ hồ sơ '
     'trực tuyến trên tổng số hồ sơ tiếp nhận của Ủy ban nhân dân các huyện Minh Hóa, Tuyên Hóa đạt tối '
     'thiểu 40%.',
     [Pt([None, 'Toàn tỉnh'], 'electronic_result_rate', 100, 'Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử'),
      Pt(['UBND huyện Minh Hóa'], 'online_dossier_rate', 40, 'tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận'),
      Pt(['UBND huyện Tuyên Hóa'], 'online_dossier_rate', 40, 'tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận')]),
    ('3. Chỉ tiêu của từng cơ quan, đơn vị, địa phương tại Phụ lục kèm theo Quyết định này.', []),
]

M = [('online_processing_rate', 'Tỷ lệ hồ sơ được tiếp nhận và xử lý trực tuyến'),
     ('e_certified_copy_rate', 'Tỷ lệ chứng thực bản sao điện tử từ bản chính'),
     (None, 'Tỷ lệ hồ sơ giải quyết quá hạn (tối đa)')]
G1, G2 = 'Cơ quan chuyên môn thuộc UBND tỉnh', 'UBND các huyện, thị xã, thành phố'
ROWS = [
    ('section', 'I', 'CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH', G1),
    ('unit', '1', 'Sở Tư pháp', ['Sở Tư pháp'], ['95', '80', '≤ 1'], ''),
    ('unit', '2', 'Sở Nội vụ', ['Sở Nội vụ'], ['90', 'x', '≤ 1'], 'Không thực hiện chứng thực'),
    ('unit', '3', 'Sở Tài chính', ['Sở Tài chính'], ['97,5', 'x', '≤ 1'], 'Không thực hiện chứng thực'),
    ('unit', '4', 'Sở Nông nghiệp và Môi trường', ['Sở Nông nghiệp và Môi trường'], ['85', 'x', '≤ 2'],
     'Không thực hiện chứng thực'),
    ('unit', '5', 'Sở Xây dựng', ['Sở Xây dựng'], ['90', 'x', '≤ 1,5'], 'Không thực hiện chứng thực'),
    ('section', 'II', 'UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ', G2),
    ('unit', '1', 'Thành phố Đồng Hới', H('Thành phố Đồng Hới'), ['90', '70', '≤ 1,5'], ''),
    ('unit', '2', 'Thị xã Ba Đồn', H('Thị xã Ba Đồn'), ['85', '60', '≤ 2'], ''),
    ('unit', '3', 'Huyện Minh Hóa', H('Huyện Minh Hóa'), ['75', '50', '≤ 2'], ''),
    ('unit', '4', 'Huyện Tuyên Hóa', H('Huyện Tuyên Hóa'), ['75', '50', '≤ 2'], ''),
    ('unit', '5', 'Huyện Quảng Trạch', H('Huyện Quảng Trạch'), ['80', '55', '≤ 2'], ''),
    ('unit', '6', 'Huyện Bố Trạch', H('Huyện Bố Trạch'), ['80', '55', '≤ 2'], ''),
    ('unit', '7', 'Huyện Quảng Ninh', H('Huyện Quảng Ninh'), ['80', '55', '≤ 2'], ''),
    ('unit', '8', 'Huyện Lệ Thủy', H('Huyện Lệ Thủy'), ['80', '', '≤ 2'], 'Đang nâng cấp phần mềm chứng thực'),
]


def main():
    story = header(['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG BÌNH'], '58/QĐ-UBND', 'Quảng Bình, ngày 10 tháng 01 năm 2025')
    story += title('QUYẾT ĐỊNH', ['Về việc giao chỉ tiêu chất lượng giải quyết thủ tục hành chính',
                                  'trên môi trường điện tử năm 2025'])
    story += [P('<b>ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH</b>', S(13.5, TA_CENTER, after=8))]
    for c in ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
              'Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ về thực hiện thủ tục '
              'hành chính trên môi trường điện tử;',
              'Căn cứ Nghị định số 23/2015/NĐ-CP ngày 16 tháng 02 năm 2015 của Chính phủ về cấp bản sao từ sổ '
              'gốc, chứng thực bản sao từ bản chính;',
              'Theo đề nghị của Chánh Văn phòng UBND tỉnh tại Tờ trình số 04/TTr-VPUBND ngày 06 tháng 01 năm 2025.']:
        story.append(P('<i>%s</i>' % c))
    story += [P('<b>QUYẾT ĐỊNH:</b>', S(13.5, TA_CENTER, before=4, after=6))]
    targets = []
    for text, ts in DIEU1:
        story.append(P(text)); targets += ts
    story += [P('<b>Điều 2.</b> Quyết định này có hiệu lực kể từ ngày ký.'),
              P('<b>Điều 3.</b> Chánh Văn phòng UBND tỉnh; Giám đốc các sở; Chủ tịch UBND các huyện, thị xã, '
                'thành phố và Thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.')]
    story += signature(['- Như Điều 3;', '- Văn phòng Chính phủ;', '- Thường trực Tỉnh ủy;', '- Thường trực HĐND tỉnh;',
                        '- Chủ tịch, các PCT UBND tỉnh;', '- Lưu: VT, KSTTHC.'],
                       ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Nguyễn Đình Khiêm',
                       stamp_text='ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH *')
    printed, tt = table_targets(ROWS, M, Y)
    targets += tt
    hdr = [['STT', 'Tên cơ quan, đơn vị', 'Chỉ tiêu năm 2025 (%)', '', '', 'Ghi chú'],
           ['', ''] + [mt for _, mt in M] + ['']]
    spans = [((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (4, 0)), ((5, 0), (5, 1))]
    sec = [i for i, r in enumerate(ROWS) if r[0] == 'section']
    story += [PageBreak(),
              P('<b>PHỤ LỤC</b>', S(13.5, TA_CENTER, after=1)),
              P('<b>CHỈ TIÊU GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TRÊN MÔI TRƯỜNG ĐIỆN TỬ NĂM 2025</b>',
                S(13, TA_CENTER, after=1)),
              P('<i>(Kèm theo Quyết định số 58/QĐ-UBND ngày 10/01/2025 của UBND tỉnh Quảng Bình)</i>',
                S(12.5, TA_CENTER, after=8)),
              grid(hdr + printed, [1.3 * cm, 4.6 * cm, 2.7 * cm, 2.7 * cm, 2.4 * cm, 2.9 * cm], 2, spans=spans,
                   section_rows=sec, center_cols=(2, 3, 4))]
    doc = {'number': '58/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '58', 'type': 'quyet_dinh',
           'issuer': 'Ủy ban nhân dân tỉnh Quảng Bình', 'place': 'Quảng Bình', 'date': '2025-01-10',
           'subject': 'Về việc giao chỉ tiêu chất lượng giải quyết thủ tục hành chính trên môi trường điện tử năm 2025',
           'signer': 'Nguyễn Đình Khiêm',
           'references': ['45/2020/NĐ-CP', '23/2015/NĐ-CP', '04/TTr-VPUBND']}
    vec = build_pdf(STEM, story)
    scan(STEM, vec, seed=404, dpi=250)
    write_gold(STEM + '.pdf', [{'document': doc, 'targets': targets}])


if __name__ == '__main__':
    main()
