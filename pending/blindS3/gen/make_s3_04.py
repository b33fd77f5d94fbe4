#!/usr/bin/env python3
"""s3_04: Bà Rịa - Vũng Tàu decision (Quyết định 682/QĐ-UBND, 15/3/2024) as a
real Word file made with python-docx. Điều 1 holds prose targets for groups;
the appendix table is TRANSPOSED: indicators are rows, units are columns
(abbreviated district names "TP. Vũng Tàu", "TX. Phú Mỹ", "H. Côn Đảo" under a
merged header "Chỉ tiêu giao năm 2024 cho UBND các huyện, thị xã, thành phố
(%)"), with section rows merged across, cells "—", a blank cell, and a
ceiling row "quá hạn" with "≤ n" cells.

Each non-blank cell is one target: unit = its column, metric = its row.
The COLS/ROWS lists write both the table and the gold.
"""
import os
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt
from common import DOCS, T, num, write_gold, district
from docxutil import (new_document, para, cell_text, set_col_widths, no_borders, CENTER, JUSTIFY)

SEED = 's3_04_bariavungtau_qd_2024.docx'
Y = 2024

UNITS = ['TP. Vũng Tàu', 'TP. Bà Rịa', 'TX. Phú Mỹ', 'H. Châu Đức', 'H. Xuyên Mộc', 'H. Long Đất', 'H. Côn Đảo']

# ('S', code, title) | (stt, label, metric, comparator, cells per unit)
ROWS = [
    ('S', 'I', 'DỊCH VỤ CÔNG TRỰC TUYẾN'),
    (1, 'Tỷ lệ HS TTHC nộp trực tuyến (qua DVCTT) trên tổng số HS tiếp nhận', 'online_dossier_rate', '>=',
     ['70', '65', '60', '50', '45', '50', '40']),
    (2, 'Tỷ lệ hồ sơ TTHC xử lý trực tuyến trên Hệ thống thông tin giải quyết TTHC tỉnh', 'online_processing_rate', '>=',
     ['100', '100', '100', '100', '100', '100', '100']),
    ('S', 'II', 'SỐ HOÁ HỒ SƠ, KẾT QUẢ GIẢI QUYẾT TTHC'),
    (3, 'Tỷ lệ HS được số hoá thành phần khi tiếp nhận', 'dossier_digitization_rate', '>=',
     ['80', '80', '75', '70', '70', '70', '60']),
    (4, 'Tỷ lệ số hoá KQGQ TTHC (đối với KQGQ còn hiệu lực)', 'result_digitization_rate', '>=',
     ['100', '100', '100', '100', '100', '100', '90']),
    ('S', 'III', 'THANH TOÁN TRỰC TUYẾN'),
    (5, 'Tỷ lệ giao dịch thanh toán trực tuyến trên tổng số giao dịch thanh toán phí, lệ phí', 'online_payment_rate', '>=',
     ['50', '45', '45', '35', '30', '35', '—']),
    (6, 'Tỷ lệ TTHC có thu phí phát sinh HS thanh toán trực tuyến trên tổng số TTHC có thu phí', 'online_payment_procedure_rate', '>=',
     ['62,5', '55', '55', '45', '40', '45', '—']),
    ('S', 'IV', 'CHỨNG THỰC ĐIỆN TỬ, CHẤT LƯỢNG GIẢI QUYẾT'),
    (7, 'Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính', 'e_certified_copy_rate', '>=',
     ['40', '40', '35', '30', '30', '30', '']),
    (8, 'Tỷ lệ HS giải quyết quá hạn (không quá)', None, '<=',
     ['≤ 2', '≤ 2', '≤ 2', '≤ 3', '≤ 3', '≤ 3', '≤ 5']),
]

SBN = ['Các sở, ban, ngành tỉnh', 'Sở, ban, ngành tỉnh']
XA = ['UBND các xã, phường, thị trấn', 'Các xã, phường, thị trấn', 'UBND cấp xã']


def P(unit, metric, value, text):
    return T(unit, metric, value, text, 'prose', Y)


DIEU1 = [
    ('**Điều 1.** Giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến, số hoá và thanh toán trực tuyến năm 2024 '
     'cho Uỷ ban nhân dân các huyện, thị xã, thành phố (chi tiết tại Phụ lục kèm theo).', []),
    ('Đối với các sở, ban, ngành tỉnh: tỷ lệ hồ sơ nộp trực tuyến đạt tối thiểu 80%; tỷ lệ giao dịch thanh toán '
     'trực tuyến đạt tối thiểu 60%.',
     [P(SBN, 'online_dossier_rate', 80, 'tỷ lệ hồ sơ nộp trực tuyến'),
      P(SBN, 'online_payment_rate', 60, 'tỷ lệ giao dịch thanh toán trực tuyến')]),
    ('Đối với Uỷ ban nhân dân các xã, phường, thị trấn: tỷ lệ hồ sơ nộp trực tuyến đạt tối thiểu 35%; tỷ lệ số hoá '
     'kết quả giải quyết TTHC đạt tối thiểu 85% (năm 2023 đạt 61,4%).',
     [P(XA, 'online_dossier_rate', 35, 'tỷ lệ hồ sơ nộp trực tuyến'),
      P(XA, 'result_digitization_rate', 85, 'tỷ lệ số hoá kết quả giải quyết TTHC')]),
]
DIEU2_3 = [
    '**Điều 2.** Chủ tịch Uỷ ban nhân dân các huyện, thị xã, thành phố chịu trách nhiệm trước Chủ tịch Uỷ ban nhân dân '
    'tỉnh về kết quả thực hiện chỉ tiêu được giao; giao chỉ tiêu cho Uỷ ban nhân dân cấp xã trước ngày 31/3/2024. '
    'Sở Thông tin và Truyền thông theo dõi, tổng hợp, báo cáo hằng quý.',
    '**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Uỷ ban nhân dân tỉnh, Giám đốc Sở Thông tin '
    'và Truyền thông, Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Uỷ ban nhân dân các huyện, thị xã, thành phố chịu '
    'trách nhiệm thi hành Quyết định này./.',
]


def table_targets():
    ts = []
    for r in ROWS:
        if r[0] == 'S':
            continue
        stt, label, metric, comp, cells = r
        for u, c in zip(UNITS, cells):
            v = num(c)
            if v is None:
                continue
            ts.append(T(district(u), metric, v, label, 'table', Y, comparator=comp,
                        unit_group='UBND các huyện, thị xã, thành phố'))
    return ts


def build_docx(path):
    d = new_document()
    h = d.add_table(rows=1, cols=2)
    no_borders(h)
    cell_text(h.cell(0, 0), 'UỶ BAN NHÂN DÂN\n**TỈNH BÀ RỊA - VŨNG TÀU**\n\nSố: 682/QĐ-UBND', align=CENTER, size=13)
    cell_text(h.cell(0, 1), '**CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc**\n\n', align=CENTER, size=13)
    p = h.cell(0, 1).add_paragraph()
    p.alignment = CENTER
    r = p.add_run('Bà Rịa - Vũng Tàu, ngày 15 tháng 3 năm 2024')
    r.italic = True
    set_col_widths(h, [6.5, 9.5])

    para(d, '')
    para(d, 'QUYẾT ĐỊNH', bold=True, align=CENTER)
    para(d, 'Giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến, số hoá\nvà thanh toán trực tuyến năm 2024',
         bold=True, align=CENTER)
    para(d, '______________', align=CENTER)
    para(d, 'UỶ BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU', bold=True, align=CENTER)
    for t in [
        'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
        'Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;',
        'Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ;',
        'Căn cứ Kế hoạch số 27/KH-UBND ngày 02 tháng 02 năm 2024 của Uỷ ban nhân dân tỉnh về chuyển đổi số năm 2024;',
        'Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 154/TTr-STTTT ngày 06 tháng 3 năm 2024.',
    ]:
        para(d, t, italic=True, align=JUSTIFY)
    para(d, 'QUYẾT ĐỊNH:', bold=True, align=CENTER)
    for text, _ in DIEU1:
        para(d, text, align=JUSTIFY)
    for text in DIEU2_3:
        para(d, text, align=JUSTIFY)

    s = d.add_table(rows=1, cols=2)
    no_borders(s)
    cell_text(s.cell(0, 0), 'Nơi nhận:', bold=True, italic=True, size=12)
    c = s.cell(0, 0)
    for line in ['- Như Điều 3;', '- Bộ Thông tin và Truyền thông;', '- TTr. Tỉnh uỷ, TTr. HĐND tỉnh;',
                 '- Chủ tịch, các PCT UBND tỉnh;', '- Lưu: VT, VX3.']:
        pp = c.add_paragraph()
        rr = pp.add_run(line)
        rr.font.size = Pt(11)
    cell_text(s.cell(0, 1), '**TM. UỶ BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH**\n\n\n\n**Đặng Minh Thuận**', align=CENTER)
    set_col_widths(s, [8, 8])

    sec = d.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin, sec.right_margin = Cm(2), Cm(2)
    para(d, 'PHỤ LỤC', bold=True, align=CENTER)
    para(d, 'CHỈ TIÊU GIAO UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ NĂM 2024', bold=True, align=CENTER)
    para(d, '(Kèm theo Quyết định số 682/QĐ-UBND ngày 15/3/2024 của UBND tỉnh Bà Rịa - Vũng Tàu)', italic=True, align=CENTER)
    para(d, '')

    n = len(UNITS)
    ncols = 2 + n
    t = d.add_table(rows=2, cols=ncols)
    t.style = 'Table Grid'
    cell_text(t.cell(0, 0), 'STT', bold=True, align=CENTER, size=11)
    cell_text(t.cell(0, 1), 'Chỉ tiêu', bold=True, align=CENTER, size=11)
    m = t.cell(0, 2).merge(t.cell(0, ncols - 1))
    cell_text(m, 'Chỉ tiêu giao năm 2024 cho UBND các huyện, thị xã, thành phố (%)', bold=True, align=CENTER, size=11)
    for i, u in enumerate(UNITS):
        cell_text(t.cell(1, 2 + i), u, bold=True, align=CENTER, size=11)
    for i in (0, 1):
        t.cell(0, i).merge(t.cell(1, i))
    for r in ROWS:
        row = t.add_row()
        if r[0] == 'S':
            cell_text(row.cells[0], r[1], bold=True, align=CENTER, size=11)
            mm = row.cells[1].merge(row.cells[ncols - 1])
            cell_text(mm, r[2], bold=True, size=11)
            continue
        stt, label, _, _, cells = r
        for i, v in enumerate([str(stt), label] + cells):
            cell_text(row.cells[i], v, align=None if i == 1 else CENTER, size=11)
    set_col_widths(t, [1.0, 8.5] + [2.3] * n)
    d.core_properties.title = 'Quyết định 682/QĐ-UBND'
    d.save(path)


def main():
    build_docx(os.path.join(DOCS, SEED))
    prose = [t for _, ts in DIEU1 for t in ts]
    doc = {
        'number': '682/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '682', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu', 'place': 'Bà Rịa - Vũng Tàu', 'date': '2024-03-15',
        'subject': 'Giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến, số hoá và thanh toán trực tuyến năm 2024',
        'signer': 'Đặng Minh Thuận',
        'references': ['107/2021/NĐ-CP', '61/2018/NĐ-CP', '766/QĐ-TTg', '27/KH-UBND', '154/TTr-STTTT'],
    }
    write_gold(SEED, [{'document': doc, 'targets': prose + table_targets()}])


if __name__ == '__main__':
    main()
