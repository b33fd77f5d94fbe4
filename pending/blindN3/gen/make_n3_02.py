#!/usr/bin/env python3
"""n3_02: Lạng Sơn plan (Kế hoạch 38/KH-UBND, 26/02/2024) for 2024-2026 as a real
Word file (python-docx). The appendix is an indicators × years table with a
two-row header: "Chỉ tiêu giao" merged over "Năm 2024 | Năm 2025 | Năm 2026",
the other header cells merged vertically; columns "Đơn vị chủ trì" (the
assignee) and "Đơn vị phối hợp" (never the assignee). It has section rows
I-IV merged across, a parent row "4" with sub-rows 4.1-4.3 per level, a
continuation row (label fragment only, all other cells empty), a row
"100% | Duy trì 100% | Duy trì 100%", a "-" cell, blank cells, and a ceiling row
"Không quá 3 | Không quá 2 | Không quá 1".

Each year cell is one target, unit = the "Đơn vị chủ trì" cell, year = the
column's year. The body prose holds only 2023 results (no targets).
"""
import os
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt
from common import DOCS, T, num, write_gold
from docxutil import new_document, para, cell_text, set_col_widths, no_borders, CENTER, JUSTIFY

SEED = 'n3_02_langson_kh_2024_2026.docx'
YEARS = [2024, 2025, 2026]

SBN = ['Các sở, ban, ngành tỉnh', 'Sở, ban, ngành tỉnh']
HUYEN = ['UBND các huyện, thành phố', 'Các huyện, thành phố', 'UBND cấp huyện']
XA = ['UBND các xã, phường, thị trấn', 'UBND cấp xã']
ALL_P = 'Các sở, ban, ngành tỉnh;\nUBND các huyện, thành phố'
ALL = ['Các sở, ban, ngành tỉnh; UBND các huyện, thành phố']
TTTT = ['Sở Thông tin và Truyền thông', 'Sở Thông tin và Truyền thông tỉnh Lạng Sơn']
VP = ['Văn phòng UBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh Lạng Sơn']
TC = ['Sở Tài chính', 'Sở Tài chính tỉnh Lạng Sơn']
TP = ['Sở Tư pháp', 'Sở Tư pháp tỉnh Lạng Sơn']

# ('S', code, title) | ('P', stt, label) parent row without values |
# ('C', label) continuation of the previous row's label |
# (stt, label, đvt, [2024, 2025, 2026], chủ trì printed, gold unit, phối hợp, metric)
ROWS = [
    ('S', 'I', 'CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN'),
    ('1', 'Tỷ lệ TTHC đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình', '%',
     ['80', '90', '100'], 'Sở Thông tin và Truyền thông', TTTT, 'Các sở, ban, ngành tỉnh; UBND các huyện, thành phố',
     'full_online_service_rate'),
    ('2', 'Tỷ lệ dịch vụ công trực tuyến toàn trình được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia', '%',
     ['90', '100', '100'], 'Văn phòng UBND tỉnh', VP, 'Sở Thông tin và Truyền thông', 'national_portal_integration_rate'),
    ('3', 'Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ', '%',
     ['60', '70', '80'], 'Văn phòng UBND tỉnh', VP, ALL_P, 'online_service_uptake_rate'),
    ('S', 'II', 'SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN, THANH TOÁN TRỰC TUYẾN'),
    ('P', '4', 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC'),
    ('4.1', 'Cấp tỉnh', '%', ['80', '85', '90'], 'Các sở, ban, ngành tỉnh', SBN + ['Cấp tỉnh'], 'Văn phòng UBND tỉnh',
     'online_dossier_rate'),
    ('4.2', 'Cấp huyện', '%', ['60', '70', '80'], 'UBND các huyện, thành phố', HUYEN + ['Cấp huyện'], 'Văn phòng UBND tỉnh',
     'online_dossier_rate'),
    ('4.3', 'Cấp xã', '%', ['40', '50', '65'], 'UBND các xã, phường, thị trấn', XA + ['Cấp xã'], 'UBND các huyện, thành phố',
     'online_dossier_rate'),
    ('5', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', ['35', '45', '55'], ALL_P, ALL, 'Văn phòng UBND tỉnh',
     'full_online_dossier_rate'),
    ('6', 'Tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí', '%',
     ['45', '55', '65'], 'Sở Tài chính', TC, 'Kho bạc Nhà nước tỉnh; Ngân hàng Nhà nước - Chi nhánh tỉnh Lạng Sơn',
     'online_payment_rate'),
    ('C', '(bao gồm phí, lệ phí và các nghĩa vụ tài chính khác trong giải quyết TTHC)'),
    ('S', 'III', 'SỐ HÓA HỒ SƠ, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'),
    ('7', 'Tỷ lệ số hóa kết quả giải quyết TTHC còn hiệu lực', '%',
     ['100%', 'Duy trì 100%', 'Duy trì 100%'], ALL_P, ALL, 'Sở Thông tin và Truyền thông', 'result_digitization_rate'),
    ('8', 'Tỷ lệ số hóa hồ sơ TTHC', '%', ['75', '85', '100'], ALL_P, ALL, 'Sở Thông tin và Truyền thông',
     'dossier_digitization_rate'),
    ('9', 'Tỷ lệ cấp kết quả giải quyết TTHC điện tử', '%', ['70', '80', '95'], ALL_P, ALL, 'Văn phòng UBND tỉnh',
     'electronic_result_rate'),
    ('10', 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa', '%', ['30', '50', '70'],
     'Sở Thông tin và Truyền thông', TTTT, ALL_P, 'digitized_data_reuse_rate'),
    ('11', 'Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính', '%', ['-', '50', '75'],
     'Sở Tư pháp', TP, 'UBND các huyện, thành phố', 'e_certified_copy_rate'),
    ('S', 'IV', 'CHẤT LƯỢNG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'),
    ('12', 'Tỷ lệ hồ sơ được giải quyết đúng hạn', '%', ['≥ 97', '≥ 98', '≥ 98'], ALL_P, ALL, 'Văn phòng UBND tỉnh',
     'on_time_resolution_rate'),
    ('13', 'Tỷ lệ hồ sơ giải quyết quá hạn', '%', ['Không quá 3', 'Không quá 2', 'Không quá 1'], ALL_P, ALL,
     'Văn phòng UBND tỉnh', None),
    ('14', 'Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC', '%', ['88', '90', '93'],
     'Văn phòng UBND tỉnh', VP, 'Sở Nội vụ', 'satisfaction_rate'),
    ('15', 'Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn', '%', ['100%', '', ''],
     'Văn phòng UBND tỉnh', VP, ALL_P, None),
    ('16', 'Tỷ lệ kết quả xử lý hồ sơ TTHC được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia', '%',
     ['95', '100%', 'Duy trì 100%'], 'Văn phòng UBND tỉnh', VP, 'Sở Thông tin và Truyền thông', 'national_portal_sync_rate'),
]


def label_of(i):
    """Full label of row i: parent label + own label, plus a following continuation row."""
    r = ROWS[i]
    lab = r[1]
    if lab in ('Cấp tỉnh', 'Cấp huyện', 'Cấp xã'):
        parent = next(x for x in ROWS[:i][::-1] if x[0] == 'P')
        lab = parent[2] + ' - ' + lab
    if i + 1 < len(ROWS) and ROWS[i + 1][0] == 'C':
        lab += ' ' + ROWS[i + 1][1]
    return lab


def table_targets():
    ts = []
    for i, r in enumerate(ROWS):
        if r[0] in ('S', 'P', 'C'):
            continue
        stt, lab, dvt, cells, _, unit, _, metric = r
        for y, c in zip(YEARS, cells):
            v = num(c.replace('Duy trì', ''))
            if v is None:
                continue
            comp = '<=' if 'Không quá' in c else '>='
            note = 'Duy trì 100%' if 'Duy trì' in c else None
            ts.append(T(unit, metric, v, label_of(i), 'table', y, comparator=comp, note=note))
    return ts


def build_docx(path):
    d = new_document()
    h = d.add_table(rows=1, cols=2)
    no_borders(h)
    cell_text(h.cell(0, 0), 'ỦY BAN NHÂN DÂN\n**TỈNH LẠNG SƠN**\n\nSố: 38/KH-UBND', align=CENTER, size=13)
    cell_text(h.cell(0, 1), '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**\n\n'
              'Lạng Sơn, ngày 26 tháng 02 năm 2024', align=CENTER, size=13)
    h.cell(0, 1).paragraphs[-1].runs[-1].italic = True
    set_col_widths(h, [6, 10])
    para(d, '')
    para(d, 'KẾ HOẠCH', bold=True, align=CENTER)
    para(d, 'Nâng cao chất lượng phục vụ người dân, doanh nghiệp trong thực hiện\nthủ tục hành chính, dịch vụ công '
            'trên địa bàn tỉnh Lạng Sơn giai đoạn 2024 - 2026', bold=True, align=CENTER)
    para(d, '________', align=CENTER)
    para(d, 'Thực hiện Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, '
            'điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ '
            'công theo thời gian thực trên môi trường điện tử; Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về '
            'thực hiện thủ tục hành chính trên môi trường điện tử, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:',
         align=JUSTIFY)
    para(d, 'I. THỰC TRẠNG', bold=True)
    para(d, 'Năm 2023, Bộ chỉ số phục vụ người dân, doanh nghiệp của tỉnh đạt 72,45/100 điểm, xếp thứ 31/63 tỉnh, thành '
            'phố. Tỷ lệ hồ sơ trực tuyến của cấp tỉnh đạt 68,3%, cấp huyện đạt 41,2%, cấp xã đạt 22,6%; tỷ lệ thanh toán '
            'trực tuyến đạt 31,7%; tỷ lệ số hóa hồ sơ đạt 57,9%; tỷ lệ hồ sơ giải quyết quá hạn 4,1%. Toàn tỉnh đã cung cấp '
            '1.214 dịch vụ công trực tuyến, trong đó 612 dịch vụ toàn trình.', align=JUSTIFY)
    para(d, 'II. MỤC ĐÍCH, YÊU CẦU', bold=True)
    para(d, '1. Cải thiện thứ hạng Bộ chỉ số phục vụ người dân, doanh nghiệp của tỉnh; gắn trách nhiệm người đứng đầu với '
            'kết quả thực hiện các chỉ tiêu.', align=JUSTIFY)
    para(d, '2. Các chỉ tiêu cụ thể giai đoạn 2024 - 2026, đơn vị chủ trì và đơn vị phối hợp thực hiện được giao tại '
            'Phụ lục kèm theo Kế hoạch này.', align=JUSTIFY)
    para(d, 'III. NHIỆM VỤ, GIẢI PHÁP', bold=True)
    para(d, '1. Rà soát, cắt giảm, đơn giản hóa thủ tục hành chính; hoàn thành tái cấu trúc quy trình các dịch vụ công '
            'trực tuyến toàn trình trong quý II/2024.', align=JUSTIFY)
    para(d, '2. Đẩy mạnh thanh toán trực tuyến, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo Nghị định số '
            '107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ.', align=JUSTIFY)
    para(d, '3. Tăng cường tuyên truyền, hướng dẫn người dân tại các thôn, khối phố thông qua Tổ công nghệ số cộng đồng.',
         align=JUSTIFY)
    para(d, 'IV. TỔ CHỨC THỰC HIỆN', bold=True)
    para(d, '1. Đơn vị chủ trì chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện chỉ tiêu được giao tại Phụ '
            'lục; đơn vị phối hợp có trách nhiệm phối hợp, hỗ trợ đơn vị chủ trì.', align=JUSTIFY)
    para(d, '2. Văn phòng UBND tỉnh theo dõi, tổng hợp, báo cáo UBND tỉnh trước ngày 15/12 hằng năm./.', align=JUSTIFY)

    s = d.add_table(rows=1, cols=2)
    no_borders(s)
    c = s.cell(0, 0)
    cell_text(c, 'Nơi nhận:', bold=True, italic=True, size=12)
    for line in ['- Văn phòng Chính phủ;', '- TT Tỉnh ủy, TT HĐND tỉnh;', '- CT, các PCT UBND tỉnh;',
                 '- Các sở, ban, ngành tỉnh;', '- UBND các huyện, thành phố;', '- Lưu: VT, KSTT (ĐTH).']:
        pp = c.add_paragraph()
        pp.add_run(line).font.size = Pt(11)
    cell_text(s.cell(0, 1), '**TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH**\n\n\n\n**Lộc Văn Thắm**', align=CENTER)
    set_col_widths(s, [8, 8])

    sec = d.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin, sec.right_margin = Cm(1.5), Cm(1.5)
    para(d, 'Phụ lục', bold=True, align=CENTER)
    para(d, 'CHỈ TIÊU NÂNG CAO CHẤT LƯỢNG PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP GIAI ĐOẠN 2024 - 2026', bold=True, align=CENTER)
    para(d, '(Kèm theo Kế hoạch số 38/KH-UBND ngày 26/02/2024 của UBND tỉnh Lạng Sơn)', italic=True, align=CENTER)

    t = d.add_table(rows=2, cols=8)
    t.style = 'Table Grid'
    for i, x in [(0, 'STT'), (1, 'Chỉ tiêu'), (2, 'Đơn vị tính'), (6, 'Đơn vị chủ trì'), (7, 'Đơn vị phối hợp')]:
        m = t.cell(0, i).merge(t.cell(1, i))
        cell_text(m, x, bold=True, align=CENTER, size=12)
    m = t.cell(0, 3).merge(t.cell(0, 5))
    cell_text(m, 'Chỉ tiêu giao', bold=True, align=CENTER, size=12)
    for k, y in enumerate(YEARS):
        cell_text(t.cell(1, 3 + k), f'Năm {y}', bold=True, align=CENTER, size=12)
    for r in ROWS:
        row = t.add_row()
        if r[0] == 'S':
            cell_text(row.cells[0], r[1], bold=True, align=CENTER, size=12)
            mm = row.cells[1].merge(row.cells[7])
            cell_text(mm, r[2], bold=True, size=12)
            continue
        if r[0] == 'P':
            cell_text(row.cells[0], r[1], bold=True, align=CENTER, size=12)
            cell_text(row.cells[1], r[2], bold=True, size=12)
            continue
        if r[0] == 'C':
            cell_text(row.cells[1], r[1], italic=True, size=12)
            continue
        stt, lab, dvt, cells, chutri, _, phoihop, _ = r
        cell_text(row.cells[0], stt, align=CENTER, size=12)
        cell_text(row.cells[1], lab, italic=lab.startswith('Cấp '), size=12)
        cell_text(row.cells[2], dvt, align=CENTER, size=12)
        for k, v in enumerate(cells):
            if v:
                cell_text(row.cells[3 + k], v, align=CENTER, size=12)
        cell_text(row.cells[6], chutri, size=12)
        cell_text(row.cells[7], phoihop, size=12)
    set_col_widths(t, [1.0, 8.0, 1.5, 2.0, 2.0, 2.0, 4.5, 5.5])
    d.core_properties.title = 'Kế hoạch 38/KH-UBND'
    d.core_properties.author = 'UBND tinh Lang Son'
    d.save(path)


def main():
    build_docx(os.path.join(DOCS, SEED))
    doc = {
        'number': '38/KH-UBND', 'symbol': 'KH-UBND', 'serial': '38', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân tỉnh Lạng Sơn', 'place': 'Lạng Sơn', 'date': '2024-02-26',
        'subject': 'Nâng cao chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công '
                   'trên địa bàn tỉnh Lạng Sơn giai đoạn 2024 - 2026',
        'signer': 'Lộc Văn Thắm',
        'references': ['766/QĐ-TTg', '45/2020/NĐ-CP', '107/2021/NĐ-CP'],
    }
    write_gold(SEED, [{'document': doc, 'targets': table_targets()}])


if __name__ == '__main__':
    main()
