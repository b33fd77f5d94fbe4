#!/usr/bin/env python3
"""i3_05: Gia Lai (after the 1/7/2025 reorganisation: Bình Định merged into
Gia Lai, districts abolished), UBND phường Quy Nhơn Nam, Kế hoạch 42/KH-UBND
(15/9/2025) for 2025-2027, as a Word file. Appendix table: indicators as rows,
a column per year (Năm 2025 | Năm 2026 | Năm 2027), "Đơn vị chủ trì" = the unit.
Cells "≥ 70", "100%", "97,5", "—". One lookalike row (văn bản ký số) and one
unmapped row (tài khoản định danh điện tử mức độ 2). Prose: first-half-2025
results of the former wards (not targets) and a 2027 aim (unit null).
"""
import os
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from common import DOCS, T, num, write_gold
from docxutil import (new_document, para, cell_text, set_col_widths, no_borders,
                      CENTER, JUSTIFY)

SEED = 'i3_05_gialai_quynhonnam_kh_2025_2027.docx'
YEARS = [2025, 2026, 2027]
NB = '\u00a0'
PHUONG = [None, 'Toàn phường', 'Phường Quy Nhơn Nam']

U_TT = ['Trung tâm Phục vụ hành chính công phường', 'Trung tâm Phục vụ hành chính công phường Quy Nhơn Nam']
U_VP = ['Văn phòng HĐND và UBND phường', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường',
        'Văn phòng HĐND và UBND phường Quy Nhơn Nam']
U_KT = ['Phòng Kinh tế, Hạ tầng và Đô thị', 'Phòng Kinh tế, Hạ tầng và Đô thị phường',
        'Phòng Kinh tế, Hạ tầng và Đô thị phường Quy Nhơn Nam']
U_CA = ['Công an phường', 'Công an phường Quy Nhơn Nam']

# ('S', code, title) or (stt, label, [2025, 2026, 2027], chủ trì printed, gold spellings, phối hợp, metric)
ROWS = [
    ('S', 'I', 'DỊCH VỤ CÔNG TRỰC TUYẾN VÀ THANH TOÁN TRỰC TUYẾN'),
    (1, 'Tỷ lệ hồ sơ TTHC được tiếp nhận, giải quyết trực tuyến', ['≥ 70', '≥ 80', '≥ 90'],
     'Trung tâm Phục vụ hành chính công phường', U_TT, 'Văn phòng HĐND và UBND phường', 'online_dossier_rate'),
    (2, 'Tỷ lệ hồ sơ trực tuyến toàn trình', ['≥ 50', '≥ 60', '≥ 70'],
     'Trung tâm Phục vụ hành chính công phường', U_TT, 'Các phòng chuyên môn', 'full_online_dossier_rate'),
    (3, 'Tỷ lệ hồ sơ được thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí', ['≥ 60', '≥ 70', '≥ 80'],
     'Phòng Kinh tế, Hạ tầng và Đô thị', U_KT, 'Trung tâm Phục vụ hành chính công phường', 'online_payment_rate'),
    ('S', 'II', 'SỐ HOÁ HỒ SƠ, KẾT QUẢ GIẢI QUYẾT TTHC'),
    (4, 'Tỷ lệ số hoá hồ sơ, kết quả giải quyết và cấp kết quả giải quyết TTHC điện tử', ['100%', '100%', '100%'],
     'Trung tâm Phục vụ hành chính công phường', U_TT, 'Các phòng chuyên môn', 'dossier_result_digitization_rate'),
    (5, 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hoá', ['≥ 50', '≥ 70', '≥ 90'],
     'Trung tâm Phục vụ hành chính công phường', U_TT, 'Các phòng chuyên môn', 'digitized_data_reuse_rate'),
    (6, 'Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính', ['—', '≥ 60', '≥ 80'],
     'Trung tâm Phục vụ hành chính công phường', U_TT, 'Văn phòng HĐND và UBND phường', 'e_certified_copy_rate'),
    ('S', 'III', 'CHẤT LƯỢNG PHỤC VỤ VÀ CHÍNH QUYỀN SỐ'),
    (7, 'Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn', ['≥' + NB + '97,5', '≥ 98', '≥ 99'],
     'Văn phòng HĐND và UBND phường', U_VP, 'Trung tâm Phục vụ hành chính công phường', 'on_time_resolution_rate'),
    (8, 'Mức độ hài lòng của người dân, doanh nghiệp', ['≥ 90', '≥ 92', '≥ 95'],
     'Văn phòng HĐND và UBND phường', U_VP, 'Trung tâm Phục vụ hành chính công phường', 'satisfaction_rate'),
    (9, 'Tỷ lệ văn bản đi được ký số (trừ văn bản mật)', ['100%', '100%', '100%'],
     'Văn phòng HĐND và UBND phường', U_VP, 'Các phòng chuyên môn', None),
    (10, 'Tỷ lệ người dân từ 14 tuổi trở lên có tài khoản định danh điện tử mức độ 2', ['≥ 85', '≥ 90', '—'],
     'Công an phường', U_CA, 'Tổ công nghệ số cộng đồng', None),
]

PROSE = [
    T(PHUONG, 'electronic_result_rate', 100, 'kết quả giải quyết thủ tục hành chính được cấp dưới dạng điện tử', 'prose', 2027),
]


def table_targets():
    ts = []
    for r in ROWS:
        if r[0] == 'S':
            continue
        stt, label, cells, _, unit, _, metric = r
        for y, c in zip(YEARS, cells):
            v = num(c)
            if v is None:
                continue
            comp = '<=' if '≤' in c else '>='
            ts.append(T(unit, metric, v, label, 'table', y, comparator=comp))
    return ts


def build_docx(path):
    d = new_document()
    h = d.add_table(rows=2, cols=2)
    no_borders(h)
    cell_text(h.cell(0, 0), 'ỦY BAN NHÂN DÂN\n**PHƯỜNG QUY NHƠN NAM**', align=CENTER, size=13)
    cell_text(h.cell(0, 1), '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**', align=CENTER, size=13)
    cell_text(h.cell(1, 0), 'Số: 42/KH-UBND', align=CENTER, size=13)
    cell_text(h.cell(1, 1), 'Quy Nhơn Nam, ngày 15 tháng 9 năm 2025', italic=True, align=CENTER, size=13)
    set_col_widths(h, [6, 10])

    para(d, '')
    para(d, 'KẾ HOẠCH', bold=True, align=CENTER)
    para(d, 'Chuyển đổi số trong giải quyết thủ tục hành chính\ntrên địa bàn phường Quy Nhơn Nam giai đoạn 2025 - 2027', bold=True, align=CENTER)
    para(d, 'Căn cứ Luật Tổ chức chính quyền địa phương năm 2025; Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia; Kế hoạch số 57/KH-UBND ngày 21/8/2025 của Ủy ban nhân dân tỉnh Gia Lai về chuyển đổi số năm 2025, Ủy ban nhân dân phường Quy Nhơn Nam ban hành Kế hoạch như sau:', align=JUSTIFY)
    para(d, 'I. TÌNH HÌNH THỰC HIỆN', bold=True)
    para(d, 'Kết quả 6 tháng đầu năm 2025, các phường cũ trên địa bàn (trước sắp xếp) đạt tỷ lệ hồ sơ trực tuyến bình quân 54,3%; tỷ lệ thanh toán trực tuyến 38,6%; mức độ hài lòng đạt 87,2%. Từ ngày 01/7/2025 đến ngày 31/8/2025, Trung tâm Phục vụ hành chính công phường tiếp nhận 3.418 hồ sơ, trong đó 2.071 hồ sơ trực tuyến.', align=JUSTIFY)
    para(d, 'II. MỤC TIÊU', bold=True)
    para(d, '1. Các chỉ tiêu giao theo từng năm và đơn vị chủ trì thực hiện: chi tiết tại Phụ lục kèm theo Kế hoạch này.', align=JUSTIFY)
    para(d, '2. Phấn đấu đến năm 2027, 100% kết quả giải quyết thủ tục hành chính được cấp dưới dạng điện tử.', align=JUSTIFY)
    para(d, 'III. NHIỆM VỤ, GIẢI PHÁP', bold=True)
    para(d, '1. Trung tâm Phục vụ hành chính công phường bố trí 02 công chức hướng dẫn người dân nộp hồ sơ trực tuyến; hoàn thành rà soát quy trình nội bộ trong quý IV/2025.', align=JUSTIFY)
    para(d, '2. Công an phường phối hợp Tổ công nghệ số cộng đồng tại 24 khu phố hướng dẫn kích hoạt tài khoản định danh điện tử.', align=JUSTIFY)
    para(d, 'IV. TỔ CHỨC THỰC HIỆN', bold=True)
    para(d, 'Văn phòng HĐND và UBND phường theo dõi, tổng hợp, báo cáo Chủ tịch UBND phường trước ngày 20 hằng tháng./.', align=JUSTIFY)

    s = d.add_table(rows=1, cols=2)
    no_borders(s)
    cell_text(s.cell(0, 0), 'Nơi nhận:', bold=True, italic=True, size=12)
    c = s.cell(0, 0)
    for line in ['- UBND tỉnh Gia Lai (b/c);', '- Sở Khoa học và Công nghệ;', '- TT Đảng uỷ, TT HĐND phường;',
                 '- Các phòng, đơn vị thuộc phường;', '- Lưu: VT.']:
        rr = c.add_paragraph().add_run(line)
        rr.font.size = Pt(11)
    cell_text(s.cell(0, 1), '**TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH**\n\n\n\n**Phan Thị Mỹ Duyên**', align=CENTER)
    set_col_widths(s, [8, 8])

    sec = d.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    para(d, 'PHỤ LỤC', bold=True, align=CENTER)
    para(d, 'CHỈ TIÊU CHUYỂN ĐỔI SỐ TRONG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH GIAI ĐOẠN 2025 - 2027', bold=True, align=CENTER)
    para(d, '(Kèm theo Kế hoạch số 42/KH-UBND ngày 15/9/2025 của UBND phường Quy Nhơn Nam)', italic=True, align=CENTER)

    hdr = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2025', 'Năm 2026', 'Năm 2027', 'Đơn vị chủ trì', 'Đơn vị phối hợp']
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = 'Table Grid'
    for i, x in enumerate(hdr):
        cell_text(t.cell(0, i), x, bold=True, align=CENTER, size=12)
    for r in ROWS:
        row = t.add_row()
        if r[0] == 'S':
            cell_text(row.cells[0], r[1], bold=True, align=CENTER, size=12)
            mm = row.cells[1].merge(row.cells[len(hdr) - 1])
            cell_text(mm, r[2], bold=True, size=12)
            continue
        stt, label, cells, chutri, _, phoihop, _ = r
        cell_text(row.cells[0], str(stt), align=CENTER, size=12)
        cell_text(row.cells[1], label, size=12)
        cell_text(row.cells[2], '%', align=CENTER, size=12)
        for i, v in enumerate(cells):
            cell_text(row.cells[3 + i], v, align=CENTER, size=12)
        cell_text(row.cells[6], chutri, size=12)
        cell_text(row.cells[7], phoihop, size=12)
    set_col_widths(t, [1.0, 8.0, 1.5, 1.8, 1.8, 1.8, 5.0, 4.5])
    d.core_properties.title = 'Kế hoạch 42/KH-UBND'
    d.core_properties.author = 'UBND phuong Quy Nhon Nam'
    d.save(path)


def main():
    build_docx(os.path.join(DOCS, SEED))
    doc = {
        'number': '42/KH-UBND', 'symbol': 'KH-UBND', 'serial': '42', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân phường Quy Nhơn Nam', 'place': 'Quy Nhơn Nam', 'date': '2025-09-15',
        'subject': 'Chuyển đổi số trong giải quyết thủ tục hành chính trên địa bàn phường Quy Nhơn Nam giai đoạn 2025 - 2027',
        'signer': 'Phan Thị Mỹ Duyên',
        'references': ['118/2025/NĐ-CP', '57/KH-UBND'],
        'expected_warnings': ['unmapped_metric: row 9 "Tỷ lệ văn bản đi được ký số" (lookalike named in spec/metrics.md)',
                              'unmapped_metric: row 10 "tài khoản định danh điện tử mức độ 2"'],
    }
    write_gold(SEED, [{'document': doc, 'targets': PROSE + table_targets()}])


if __name__ == '__main__':
    main()
