#!/usr/bin/env python3
"""g3_05: Yên Bái plan (Kế hoạch 16/KH-UBND, 17/01/2025) for 2025-2026 as a real
Word file. The appendix table has indicators as rows and the columns
STT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Năm 2026 | Đơn vị chủ trì | Đơn vị phối hợp
(header row marked to repeat on each page), section rows I-IV merged across,
cells "100%", "≥ 90", "≥<nbsp>95", "≤ 2", "—", an "Đơn vị chủ trì" cell with a
line break inside, a "Chỉ tiêu" cell with a second paragraph, and a last row
that is a projected count of dossiers "để theo dõi, không giao chỉ tiêu".

Each year cell is one target whose unit is the "Đơn vị chủ trì" cell (seed 004
convention) and whose year is the column's. Prose targets sit in II.2.
"""
import os
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from common import DOCS, T, num, write_gold
from docxutil import (new_document, para, cell_text, set_col_widths, no_borders,
                      CENTER, JUSTIFY)

SEED = 'g3_05_yenbai_kh_2025_2026.docx'
YEARS = [2025, 2026]
NB = '\u00a0'

U_ALL_PRINT = 'Các sở, ban, ngành tỉnh;\nUBND các huyện, thị xã, thành phố'
U_ALL = ['Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố']
U_TTTT = ['Sở Thông tin và Truyền thông', 'Sở Thông tin và Truyền thông tỉnh Yên Bái']
U_VP = ['Văn phòng UBND tỉnh', 'Văn phòng UBND tỉnh Yên Bái']
U_TP = ['Sở Tư pháp', 'Sở Tư pháp tỉnh Yên Bái']
PROV = [None, 'Toàn tỉnh', 'Tỉnh Yên Bái']
CAP_XA = ['UBND cấp xã', 'Cấp xã', 'UBND các xã, phường, thị trấn']

# ('S', code, title) or
# (stt, label paragraphs, đvt, [2025, 2026], chủ trì as printed, gold spellings, phối hợp, metric, is_target)
ROWS = [
    ('S', 'I', 'CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN'),
    (1, ['Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình'],
     '%', ['100%', '100%'], 'Sở Thông tin và Truyền thông', U_TTTT, 'Các sở, ban, ngành tỉnh',
     'full_online_service_rate', True),
    (2, ['Tỷ lệ dịch vụ công trực tuyến toàn trình được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia'],
     '%', ['≥ 90', '100%'], 'Văn phòng UBND tỉnh', U_VP, 'Sở Thông tin và Truyền thông',
     'national_portal_integration_rate', True),
    (3, ['Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ'],
     '%', ['≥ 70', '≥ 80'], U_ALL_PRINT, U_ALL, 'Văn phòng UBND tỉnh',
     'online_service_uptake_rate', True),
    ('S', 'II', 'SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN, THANH TOÁN TRỰC TUYẾN'),
    (4, ['Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính'],
     '%', ['≥ 60', '≥ 70'], U_ALL_PRINT, U_ALL, 'Văn phòng UBND tỉnh',
     'online_dossier_rate', True),
    (5, ['Tỷ lệ hồ sơ trực tuyến toàn trình'],
     '%', ['≥ 45', '≥ 55'], U_ALL_PRINT, U_ALL, 'Văn phòng UBND tỉnh',
     'full_online_dossier_rate', True),
    (6, ['Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công'],
     '%', ['≥ 50', '≥ 60'], U_ALL_PRINT, U_ALL, 'Sở Tài chính; Kho bạc Nhà nước tỉnh',
     'online_payment_rate', True),
    (7, ['Tỷ lệ thủ tục hành chính có phát sinh giao dịch thanh toán trực tuyến'],
     '%', ['≥ 75', '—'], U_ALL_PRINT, U_ALL, 'Sở Tài chính',
     'online_payment_procedure_rate', True),
    ('S', 'III', 'SỐ HÓA HỒ SƠ, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'),
    (8, ['Tỷ lệ số hóa hồ sơ, kết quả giải quyết và cấp kết quả giải quyết thủ tục hành chính điện tử',
         '(đối với thủ tục hành chính thuộc thẩm quyền của cấp tỉnh, cấp huyện)'],
     '%', ['100%', '100%'], U_ALL_PRINT, U_ALL, 'Sở Thông tin và Truyền thông',
     'dossier_result_digitization_rate', True),
    (9, ['Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa'],
     '%', ['≥ 50', '≥ 70'], U_ALL_PRINT, U_ALL, 'Sở Thông tin và Truyền thông',
     'digitized_data_reuse_rate', True),
    (10, ['Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính'],
     '%', ['—', '≥ 60'], 'Sở Tư pháp', U_TP, 'UBND các huyện, thị xã, thành phố',
     'e_certified_copy_rate', True),
    ('S', 'IV', 'CHẤT LƯỢNG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'),
    (11, ['Tỷ lệ hồ sơ được giải quyết trước hạn và đúng hạn'],
     '%', ['≥' + NB + '95', '≥ 98'], U_ALL_PRINT, U_ALL, 'Văn phòng UBND tỉnh',
     'on_time_resolution_rate', True),
    (12, ['Tỷ lệ hồ sơ giải quyết quá hạn'],
     '%', ['≤ 2', '≤ 1'], U_ALL_PRINT, U_ALL, 'Văn phòng UBND tỉnh',
     None, True),
    (13, ['Mức độ hài lòng của người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công'],
     '%', ['≥ 90', '≥ 95'], 'Văn phòng UBND tỉnh', U_VP, U_ALL_PRINT,
     'satisfaction_rate', True),
    (14, ['Số lượng hồ sơ thủ tục hành chính dự kiến tiếp nhận (để theo dõi, không giao chỉ tiêu)'],
     'Hồ sơ', ['320.000', '350.000'], 'Trung tâm Phục vụ hành chính công tỉnh', None, 'Các sở, ban, ngành tỉnh',
     None, False),
]

PROSE = [
    T(CAP_XA, 'online_dossier_rate', 50, 'tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính',
      'prose', 2025),
    T(CAP_XA, 'online_dossier_rate', 60, 'tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính',
      'prose', 2026),
    T(PROV, None, 80, 'tỷ lệ người dân từ 15 tuổi trở lên có tài khoản định danh điện tử mức độ 2', 'prose', 2025),
]


def table_targets():
    ts = []
    for r in ROWS:
        if r[0] == 'S':
            continue
        stt, label, dvt, cells, _, unit, _, metric, is_target = r
        if not is_target:
            continue
        for y, c in zip(YEARS, cells):
            v = num(c)
            if v is None:
                continue
            comp = '<=' if '≤' in c else '>='
            ts.append(T(unit, metric, v, ' '.join(label), 'table', y, comparator=comp))
    return ts


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement('w:tblHeader')
    e.set(qn('w:val'), 'true')
    trPr.append(e)


def build_docx(path):
    d = new_document()
    # 2 x 2 layout table: issuer | motto, number | place and date
    h = d.add_table(rows=2, cols=2)
    no_borders(h)
    cell_text(h.cell(0, 0), 'ỦY BAN NHÂN DÂN\n**TỈNH YÊN BÁI**', align=CENTER, size=13)
    cell_text(h.cell(0, 1), '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**', align=CENTER, size=13)
    cell_text(h.cell(1, 0), 'Số: 16/KH-UBND', align=CENTER, size=13)
    cell_text(h.cell(1, 1), 'Yên Bái, ngày 17 tháng 01 năm 2025', italic=True, align=CENTER, size=13)
    set_col_widths(h, [6, 10])

    para(d, '')
    para(d, 'KẾ HOẠCH', bold=True, align=CENTER)
    para(d, 'Nâng cao hiệu quả cung cấp, sử dụng dịch vụ công trực tuyến\ntrên địa bàn tỉnh Yên Bái năm 2025 - 2026', bold=True, align=CENTER)
    para(d, '__________', align=CENTER)
    para(d, 'Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng; Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ; Kế hoạch số 298/KH-UBND ngày 16/12/2024 của Ủy ban nhân dân tỉnh về chuyển đổi số tỉnh Yên Bái năm 2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch nâng cao hiệu quả cung cấp, sử dụng dịch vụ công trực tuyến trên địa bàn tỉnh năm 2025 - 2026 như sau:', align=JUSTIFY)
    para(d, 'I. KẾT QUẢ NĂM 2024', bold=True)
    para(d, 'Năm 2024, toàn tỉnh tiếp nhận 301.562 hồ sơ thủ tục hành chính; tỷ lệ hồ sơ trực tuyến đạt 58,7%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 36,2%, tỷ lệ thanh toán trực tuyến đạt 44,1%; 1.126 thủ tục hành chính được cung cấp trực tuyến toàn trình; mức độ hài lòng đạt 88,9%. Tỷ lệ hồ sơ trực tuyến của cấp xã mới đạt 41,5%.', align=JUSTIFY)
    para(d, 'II. MỤC TIÊU', bold=True)
    para(d, '1. Mục tiêu chung', bold=True, italic=True)
    para(d, 'Nâng cao chất lượng cung cấp và tỷ lệ sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến; cải thiện thứ hạng của tỉnh trong Bộ chỉ số phục vụ người dân, doanh nghiệp.', align=JUSTIFY)
    para(d, '2. Mục tiêu cụ thể', bold=True, italic=True)
    para(d, '- Các chỉ tiêu cụ thể năm 2025, năm 2026 và đơn vị chủ trì thực hiện: chi tiết tại Phụ lục kèm theo Kế hoạch này.', align=JUSTIFY)
    para(d, '- Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính của Ủy ban nhân dân cấp xã đạt tối thiểu 50% năm 2025 và 60% năm 2026.', align=JUSTIFY)
    para(d, '- Phấn đấu đến hết năm 2025, tỷ lệ người dân từ 15 tuổi trở lên trên địa bàn tỉnh có tài khoản định danh điện tử mức độ 2 đạt tối thiểu 80%.', align=JUSTIFY)
    para(d, 'III. NHIỆM VỤ, GIẢI PHÁP', bold=True)
    para(d, '1. Rà soát, tái cấu trúc quy trình, đơn giản hóa thành phần hồ sơ của các dịch vụ công trực tuyến toàn trình; hoàn thành trong quý I/2025.', align=JUSTIFY)
    para(d, '2. Đẩy mạnh thanh toán trực tuyến phí, lệ phí; tuyên truyền, hướng dẫn người dân sử dụng tài khoản định danh điện tử VNeID khi thực hiện dịch vụ công trực tuyến.', align=JUSTIFY)
    para(d, '3. Duy trì hoạt động của Tổ công nghệ số cộng đồng tại các thôn, tổ dân phố.', align=JUSTIFY)
    para(d, 'IV. TỔ CHỨC THỰC HIỆN', bold=True)
    para(d, '1. Sở Thông tin và Truyền thông chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch; hằng quý tổng hợp, báo cáo Ủy ban nhân dân tỉnh.', align=JUSTIFY)
    para(d, '2. Các sở, ban, ngành tỉnh, Ủy ban nhân dân các huyện, thị xã, thành phố tổ chức thực hiện các chỉ tiêu được giao tại Phụ lục; Ủy ban nhân dân các huyện, thị xã, thành phố giao chỉ tiêu cụ thể cho Ủy ban nhân dân cấp xã.', align=JUSTIFY)
    para(d, 'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Thông tin và Truyền thông để tổng hợp, báo cáo Ủy ban nhân dân tỉnh./.', align=JUSTIFY)

    s = d.add_table(rows=1, cols=2)
    no_borders(s)
    cell_text(s.cell(0, 0), 'Nơi nhận:', bold=True, italic=True, size=12)
    c = s.cell(0, 0)
    for line in ['- Bộ Thông tin và Truyền thông;', '- TT. Tỉnh ủy; TT. HĐND tỉnh;', '- Chủ tịch, các PCT UBND tỉnh;',
                 '- Các sở, ban, ngành tỉnh;', '- UBND các huyện, thị xã, thành phố;', '- Lưu: VT, NC.']:
        pp = c.add_paragraph()
        rr = pp.add_run(line)
        rr.font.size = Pt(11)
    cell_text(s.cell(0, 1), '**TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH**\n\n\n\n**Hà Đức Thịnh**', align=CENTER)
    set_col_widths(s, [8, 8])

    sec = d.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin, sec.right_margin = Cm(1.5), Cm(1.5)
    para(d, 'PHỤ LỤC', bold=True, align=CENTER)
    para(d, 'CÁC CHỈ TIÊU VỀ CUNG CẤP, SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN NĂM 2025 - 2026', bold=True, align=CENTER)
    para(d, '(Kèm theo Kế hoạch số 16/KH-UBND ngày 17/01/2025 của Ủy ban nhân dân tỉnh Yên Bái)', italic=True, align=CENTER)

    hdr = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2025', 'Năm 2026', 'Đơn vị chủ trì', 'Đơn vị phối hợp']
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = 'Table Grid'
    for i, x in enumerate(hdr):
        cell_text(t.cell(0, i), x, bold=True, align=CENTER, size=12)
    repeat_header(t.rows[0])
    for r in ROWS:
        row = t.add_row()
        if r[0] == 'S':
            cell_text(row.cells[0], r[1], bold=True, align=CENTER, size=12)
            mm = row.cells[1].merge(row.cells[len(hdr) - 1])
            cell_text(mm, r[2], bold=True, size=12)
            continue
        stt, label, dvt, cells, chutri, _, phoihop, *_ = r
        cell_text(row.cells[0], str(stt), align=CENTER, size=12)
        cell_text(row.cells[1], '\n\n'.join(label), size=12)
        cell_text(row.cells[2], dvt, align=CENTER, size=12)
        for i, v in enumerate(cells):
            cell_text(row.cells[3 + i], v, align=CENTER, size=12)
        cell_text(row.cells[5], chutri, size=12)
        cell_text(row.cells[6], phoihop, size=12)
    set_col_widths(t, [1.0, 8.5, 1.6, 2.0, 2.0, 5.0, 5.0])
    d.core_properties.title = 'Kế hoạch 16/KH-UBND'
    d.core_properties.author = 'UBND tinh Yen Bai'
    d.save(path)


def main():
    build_docx(os.path.join(DOCS, SEED))
    doc = {
        'number': '16/KH-UBND', 'symbol': 'KH-UBND', 'serial': '16', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân tỉnh Yên Bái', 'place': 'Yên Bái', 'date': '2025-01-17',
        'subject': 'Nâng cao hiệu quả cung cấp, sử dụng dịch vụ công trực tuyến trên địa bàn tỉnh Yên Bái năm 2025 - 2026',
        'signer': 'Hà Đức Thịnh',
        'references': ['42/2022/NĐ-CP', '766/QĐ-TTg', '298/KH-UBND'],
    }
    write_gold(SEED, [{'document': doc, 'targets': PROSE + table_targets()}])


if __name__ == '__main__':
    main()
