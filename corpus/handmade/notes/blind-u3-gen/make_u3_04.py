#!/usr/bin/env python3
"""u3_04: Cẩm Xuyên district (Hà Tĩnh) decision (Quyết định 326/QĐ-UBND,
22/01/2025) as a real Word file. The appendix table has a two-row header:
STT, "Tên đơn vị", an "Ước thực hiện năm 2024" column (results, no targets)
and "Ghi chú" merged vertically; "Chỉ tiêu năm 2025 (%)" spans the three
indicator columns. Then 14 commune / town rows and a bold "Toàn huyện" row.
Điều 1 also has one prose target for the district's one-stop office.

The rows below write both the table and the gold.
"""
import os
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt
from common import DOCS, T, num, write_gold, local_unit
from docxutil import (new_document, para, cell_text, set_col_widths, no_borders,
                      CENTER, JUSTIFY)

SEED = 'u3_04_camxuyen_qd_2025.docx'
Y = 2025
DIST = [None, 'Toàn huyện', 'Huyện Cẩm Xuyên']
VP = ['Văn phòng HĐND và UBND huyện', 'Bộ phận Một cửa huyện',
      'Văn phòng HĐND và UBND huyện (Bộ phận Một cửa huyện)', 'Văn phòng HĐND và UBND huyện Cẩm Xuyên']

PAST = 'Tỷ lệ hồ sơ trực tuyến toàn trình ước thực hiện năm 2024 (%)'
COLS = [
    ('Tỷ lệ hồ sơ trực tuyến toàn trình', 'full_online_dossier_rate'),
    ('Tỷ lệ thanh toán trực tuyến', 'online_payment_rate'),
    ('Tỷ lệ cấp kết quả giải quyết TTHC điện tử', 'electronic_result_rate'),
]

# (stt, printed name, past 2024, [3 cells], ghi chú); stt '' = the total row
ROWS = [
    (1, 'Thị trấn Cẩm Xuyên', '41,3', ['55', '60', '95'], ''),
    (2, 'Thị trấn Thiên Cầm', '36,8', ['50', '55', '—'], 'Cấp kết quả điện tử theo lộ trình của tỉnh'),
    (3, 'Xã Cẩm Bình', '33,5', ['47,5', '55', '90'], ''),
    (4, 'Xã Cẩm Vịnh', '30,2', ['45', '50', '90'], ''),
    (5, 'Xã Cẩm Thành', '31,7', ['45', '50', '90'], ''),
    (6, 'Xã Cẩm Quang', '28,9', ['42,5', '50', '90'], ''),
    (7, 'Xã Cẩm Thạch', '27,4', ['40', '45', '85'], ''),
    (8, 'Xã Cẩm Nhượng', '25,1', ['40', '45', '85'], 'Xã bãi ngang ven biển'),
    (9, 'Xã Cẩm Duệ', '24,6', ['40', '45', '85'], ''),
    (10, 'Xã Cẩm Lộc', '22,3', ['37,5', '40', '85'], ''),
    (11, 'Xã Cẩm Hưng', '21,8', ['35', '40', '80'], ''),
    (12, 'Xã Cẩm Lạc', '19,5', ['35', '40', '80'], 'Xã miền núi'),
    (13, 'Xã Cẩm Minh', '18,2', ['35', '', '80'], 'Chưa phát sinh TTHC có thu phí'),
    (14, 'Xã Nam Phúc Thăng', '20,4', ['35', '40', '80'], ''),
    ('', 'Toàn huyện', '27,9', ['42', '48', '87,5'], ''),
]

DIEU1 = [
    ('Điều 1. Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình, thanh toán trực tuyến và cấp kết quả giải quyết thủ tục hành chính điện tử năm 2025 cho Ủy ban nhân dân các xã, thị trấn trên địa bàn huyện (chi tiết tại Phụ lục kèm theo).', []),
    ('Giao Văn phòng HĐND và UBND huyện (Bộ phận Một cửa huyện) bảo đảm tỷ lệ số hóa hồ sơ thủ tục hành chính thuộc thẩm quyền giải quyết của cấp huyện đạt 100% trong năm 2025.', [
        T(VP, 'dossier_digitization_rate', 100, 'tỷ lệ số hóa hồ sơ thủ tục hành chính thuộc thẩm quyền giải quyết của cấp huyện', 'prose', Y),
    ]),
    ('Điều 2. Chủ tịch Ủy ban nhân dân các xã, thị trấn xây dựng kế hoạch thực hiện, phân công cụ thể cho từng công chức, thôn, tổ dân phố; định kỳ trước ngày 20 hằng tháng báo cáo kết quả về Ủy ban nhân dân huyện (qua Văn phòng HĐND và UBND huyện). Kết quả thực hiện chỉ tiêu là căn cứ đánh giá, xếp loại thi đua năm 2025.', []),
    ('Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Văn hóa và Thông tin, Thủ trưởng các cơ quan, đơn vị liên quan và Chủ tịch Ủy ban nhân dân các xã, thị trấn chịu trách nhiệm thi hành Quyết định này./.', []),
]


def table_targets():
    ts = []
    for stt, name, _, cells, note in ROWS:
        unit = DIST if name == 'Toàn huyện' else local_unit(name)
        for (h, metric), c in zip(COLS, cells):
            v = num(c)
            if v is None:
                continue
            ts.append(T(unit, metric, v, h + ' (Chỉ tiêu năm 2025)', 'table', Y,
                        unit_group=None if name == 'Toàn huyện' else 'Các xã, thị trấn', note=note or None))
    return ts


def build_docx(path):
    d = new_document()
    h = d.add_table(rows=1, cols=2)
    no_borders(h)
    cell_text(h.cell(0, 0), 'ỦY BAN NHÂN DÂN\n**HUYỆN CẨM XUYÊN**\n\nSố: 326/QĐ-UBND', align=CENTER, size=13)
    cell_text(h.cell(0, 1), '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc**\n\n', align=CENTER, size=13)
    p = h.cell(0, 1).add_paragraph()
    p.alignment = CENTER
    r = p.add_run('Cẩm Xuyên, ngày 22 tháng 01 năm 2025')
    r.italic = True
    set_col_widths(h, [6, 10])

    para(d, '')
    para(d, 'QUYẾT ĐỊNH', bold=True, align=CENTER)
    para(d, 'Về việc giao chỉ tiêu hồ sơ trực tuyến toàn trình, thanh toán trực tuyến và\ncấp kết quả giải quyết thủ tục hành chính điện tử năm 2025\ncho Ủy ban nhân dân các xã, thị trấn', bold=True, align=CENTER)
    para(d, '______________', align=CENTER)
    para(d, 'ỦY BAN NHÂN DÂN HUYỆN CẨM XUYÊN', bold=True, align=CENTER)
    for t in [
        'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
        'Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;',
        'Căn cứ Quyết định số 118/QĐ-UBND ngày 13 tháng 01 năm 2025 của Ủy ban nhân dân tỉnh Hà Tĩnh về giao chỉ tiêu chuyển đổi số năm 2025;',
        'Theo đề nghị của Chánh Văn phòng HĐND và UBND huyện.',
    ]:
        para(d, t, italic=True, align=JUSTIFY)
    para(d, 'QUYẾT ĐỊNH:', bold=True, align=CENTER)
    for text, _ in DIEU1:
        para(d, text, align=JUSTIFY)

    s = d.add_table(rows=1, cols=2)
    no_borders(s)
    cell_text(s.cell(0, 0), 'Nơi nhận:', bold=True, italic=True, size=12)
    c = s.cell(0, 0)
    for line in ['- Như Điều 3;', '- UBND tỉnh (b/c);', '- Sở Khoa học và Công nghệ;',
                 '- TT Huyện ủy, TT HĐND huyện;', '- Chủ tịch, các PCT UBND huyện;', '- Lưu: VT, VP.']:
        pp = c.add_paragraph()
        rr = pp.add_run(line)
        rr.font.size = Pt(11)
    cell_text(s.cell(0, 1), '**TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH**\n\n\n\n**Phan Đình Khôi**', align=CENTER)
    set_col_widths(s, [8, 8])

    sec = d.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin, sec.right_margin = Cm(2), Cm(2)
    para(d, 'PHỤ LỤC', bold=True, align=CENTER)
    para(d, 'CHỈ TIÊU HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH, THANH TOÁN TRỰC TUYẾN VÀ\nCẤP KẾT QUẢ GIẢI QUYẾT TTHC ĐIỆN TỬ NĂM 2025 CỦA CÁC XÃ, THỊ TRẤN', bold=True, align=CENTER)
    para(d, '(Kèm theo Quyết định số 326/QĐ-UBND ngày 22/01/2025 của Ủy ban nhân dân huyện Cẩm Xuyên)', italic=True, align=CENTER)
    para(d, '')

    ncols = 7
    t = d.add_table(rows=2, cols=ncols)
    t.style = 'Table Grid'
    for i, txt in [(0, 'STT'), (1, 'Tên đơn vị'), (2, PAST), (6, 'Ghi chú')]:
        cell_text(t.cell(0, i), txt, bold=True, align=CENTER, size=12)
    m = t.cell(0, 3).merge(t.cell(0, 5))
    cell_text(m, 'Chỉ tiêu năm 2025 (%)', bold=True, align=CENTER, size=12)
    for i, (hdr, _) in zip(range(3, 6), COLS):
        cell_text(t.cell(1, i), hdr, bold=True, align=CENTER, size=12)
    for i in (0, 1, 2, 6):
        t.cell(0, i).merge(t.cell(1, i))
    for stt, name, past, cells, note in ROWS:
        row = t.add_row()
        total = name == 'Toàn huyện'
        vals = [str(stt), name, past] + cells + [note]
        for i, v in enumerate(vals):
            cell_text(row.cells[i], v, bold=total, italic=(i == 2),
                      align=None if i in (1, 6) else CENTER, size=12)
    set_col_widths(t, [1.2, 5.5, 3.5, 3.8, 3.8, 4.0, 3.8])
    d.core_properties.title = 'Quyết định 326/QĐ-UBND'
    d.core_properties.author = 'VP HDND-UBND huyen Cam Xuyen'
    d.save(path)


def main():
    build_docx(os.path.join(DOCS, SEED))
    prose = [t for _, ts in DIEU1 for t in ts]
    doc = {
        'number': '326/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '326', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân huyện Cẩm Xuyên', 'place': 'Cẩm Xuyên', 'date': '2025-01-22',
        'subject': 'Về việc giao chỉ tiêu hồ sơ trực tuyến toàn trình, thanh toán trực tuyến và cấp kết quả giải quyết thủ tục hành chính điện tử năm 2025 cho Ủy ban nhân dân các xã, thị trấn',
        'signer': 'Phan Đình Khôi',
        'references': ['766/QĐ-TTg', '118/QĐ-UBND'],
    }
    write_gold(SEED, [{'document': doc, 'targets': prose + table_targets()}])


if __name__ == '__main__':
    main()
