#!/usr/bin/env python3
"""q3_04: Gia Lai (merged with Bình Định) decision 2870/QĐ-UBND, 30/12/2025,
as a real Word file (python-docx). Điều 1 sends the targets to the appendix;
Điều 2 has two prose targets. The appendix (landscape section) has a
TRANSPOSED table: a row per indicator, a column per group
STT | Chỉ tiêu | Đơn vị tính | Chỉ tiêu giao năm 2026: Các sở, ngành | UBND cấp xã | Toàn tỉnh | Ghi chú
with a two-row header (vMerge on STT, Chỉ tiêu, Đơn vị tính, Ghi chú; gridSpan=3
over the three group headers), cells "≥ 98", "≤ 1,5", "—" and blank.

Each non-blank, non-"—" cell is one target; the unit is the column's group as
written ("Toàn tỉnh" also accepts null).
"""
import os
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from common import DOCS, T, num, write_gold
from docxutil import new_document, para, cell_text, set_col_widths, no_borders, CENTER, JUSTIFY

SEED = 'q3_04_gialai_qd_2026.docx'
Y = 2026

GROUPS = [
    ('Các sở, ngành', ['Các sở, ngành', 'Các sở, ngành tỉnh', 'Các sở, ban, ngành tỉnh']),
    ('UBND cấp xã', ['UBND cấp xã', 'Cấp xã', 'UBND các xã, phường']),
    ('Toàn tỉnh', [None, 'Toàn tỉnh', 'Tỉnh Gia Lai']),
]

# (label, metric, [sở, xã, toàn tỉnh], ghi chú)
ROWS = [
    ('Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình',
     'full_online_service_rate', ['100', '—', '100'], 'Cấp xã thực hiện theo danh mục do Chủ tịch UBND tỉnh công bố'),
    ('Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính',
     'online_dossier_rate', ['90', '70', '80'], ''),
    ('Tỷ lệ hồ sơ trực tuyến toàn trình', 'full_online_dossier_rate', ['75', '55', '65'], ''),
    ('Tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí',
     'online_payment_rate', ['80', '60', '70'], ''),
    ('Tỷ lệ số hóa hồ sơ, kết quả giải quyết và cấp kết quả giải quyết thủ tục hành chính điện tử',
     'dossier_result_digitization_rate', ['100', '90', '95'], ''),
    ('Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa', 'digitized_data_reuse_rate', ['60', '40', '50'], ''),
    ('Tỷ lệ hồ sơ giải quyết đúng hạn', 'on_time_resolution_rate', ['≥ 98', '≥ 97', '≥ 98'], ''),
    ('Tỷ lệ hồ sơ giải quyết quá hạn', None, ['≤ 1', '≤ 2', '≤ 1,5'], 'Không tính hồ sơ tạm dừng theo quy định'),
    ('Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính', 'e_certified_copy_rate', ['', '50', ''],
     'Áp dụng đối với UBND cấp xã'),
    ('Mức độ hài lòng của người dân, doanh nghiệp', 'satisfaction_rate', ['95', '90', '92,5'], ''),
    ('Tỷ lệ văn bản đi được ký số (trừ văn bản mật)', None, ['100', '100', '100'], ''),
]

TTPV = ['Trung tâm Phục vụ hành chính công tỉnh', 'Trung tâm Phục vụ hành chính công tỉnh Gia Lai']
CA = ['Công an tỉnh', 'Công an tỉnh Gia Lai']

# Điều 2 prose: (text, [targets])
PROSE = [
    ('1. Trung tâm Phục vụ hành chính công tỉnh bảo đảm 100% kết quả xử lý hồ sơ thủ tục hành chính được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia; hướng dẫn nghiệp vụ cho Bộ phận Một cửa của 135 xã, phường.', [
        T(TTPV, 'national_portal_sync_rate', 100, 'kết quả xử lý hồ sơ thủ tục hành chính được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia', 'prose', Y),
    ]),
    ('2. Công an tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đối với thủ tục hành chính lĩnh vực cư trú đạt tối thiểu 95%.', [
        T(CA, 'full_online_dossier_rate', 95, 'tỷ lệ hồ sơ trực tuyến toàn trình', 'prose', Y,
          note='đối với thủ tục hành chính lĩnh vực cư trú'),
    ]),
    ('3. Sở Khoa học và Công nghệ chủ trì theo dõi, đôn đốc; hằng quý tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh. Sở Nội vụ đưa kết quả thực hiện chỉ tiêu vào đánh giá, xếp loại cơ quan, đơn vị và người đứng đầu năm 2026.', []),
    ('4. Sở Nông nghiệp và Môi trường, Sở Dân tộc và Tôn giáo, Sở Tài chính và các sở, ngành khác; Ủy ban nhân dân các xã, phường tổ chức thực hiện các chỉ tiêu được giao tại Phụ lục; báo cáo kết quả về Sở Khoa học và Công nghệ trước ngày 20 của tháng cuối quý.', []),
]


def vmerge(cell, start):
    tcPr = cell._tc.get_or_add_tcPr()
    e = OxmlElement('w:vMerge')
    if start:
        e.set(qn('w:val'), 'restart')
    tcPr.append(e)


def table_targets():
    ts = []
    for label, metric, cells, note in ROWS:
        for (g, unit), c in zip(GROUPS, cells):
            v = num(c)
            if v is None:
                continue
            comp = '<=' if '≤' in c else '>='
            ts.append(T(unit, metric, v, label, 'table', Y, comparator=comp, note=note or None))
    return ts


def build(path):
    d = new_document()
    h = d.add_table(rows=1, cols=2)
    no_borders(h)
    cell_text(h.cell(0, 0), 'ỦY BAN NHÂN DÂN\n**TỈNH GIA LAI**\n\nSố: 2870/QĐ-UBND', align=CENTER, size=13)
    cell_text(h.cell(0, 1), '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**\n\n', align=CENTER, size=13)
    pp = h.cell(0, 1).add_paragraph()
    pp.alignment = CENTER
    r = pp.add_run('Gia Lai, ngày 30 tháng 12 năm 2025')
    r.italic = True
    set_col_widths(h, [6, 10])
    para(d, '')
    para(d, 'QUYẾT ĐỊNH', bold=True, align=CENTER)
    para(d, 'Về việc giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến năm 2026\ncho các sở, ngành và Ủy ban nhân dân các xã, phường trên địa bàn tỉnh Gia Lai',
         bold=True, align=CENTER)
    para(d, '______________', align=CENTER)
    para(d, 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH GIA LAI', bold=True, align=CENTER)
    for c in [
        'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
        'Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;',
        'Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ;',
        'Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 598/TTr-SKHCN ngày 22 tháng 12 năm 2025.',
    ]:
        para(d, c, italic=True, align=JUSTIFY)
    para(d, 'QUYẾT ĐỊNH:', bold=True, align=CENTER)
    para(d, '**Điều 1.** Giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến năm 2026 cho các sở, ngành và Ủy ban nhân dân các xã, phường trên địa bàn tỉnh (chi tiết tại Phụ lục kèm theo).', align=JUSTIFY)
    para(d, 'Năm 2025, tỷ lệ hồ sơ trực tuyến toàn tỉnh ước đạt 67,3%, tỷ lệ thanh toán trực tuyến ước đạt 48,9%; cấp xã ước đạt lần lượt 52,1% và 35,6%.', align=JUSTIFY)
    para(d, '**Điều 2.** Tổ chức thực hiện', align=JUSTIFY)
    targets = []
    for text, ts in PROSE:
        para(d, text, align=JUSTIFY)
        targets += ts
    para(d, '**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Thủ trưởng các ngành, Chủ tịch Ủy ban nhân dân các xã, phường và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.', align=JUSTIFY)
    s = d.add_table(rows=1, cols=2)
    no_borders(s)
    cell_text(s.cell(0, 0), 'Nơi nhận:', bold=True, italic=True, size=12)
    for line in ['- Như Điều 3;', '- Bộ Khoa học và Công nghệ;', '- TT Tỉnh ủy, TT HĐND tỉnh;',
                 '- CT, các PCT UBND tỉnh;', '- Lưu: VT, KGVX.']:
        rr = s.cell(0, 0).add_paragraph().add_run(line)
        rr.font.size = Pt(11)
    cell_text(s.cell(0, 1), '**KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH**\n\n\n\n**Trương Hoài Nam**', align=CENTER)
    set_col_widths(s, [8, 8])

    sec = d.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin, sec.right_margin = Cm(1.5), Cm(1.5)
    para(d, 'Phụ lục', bold=True, align=CENTER)
    para(d, 'CHỈ TIÊU CUNG CẤP, SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN NĂM 2026', bold=True, align=CENTER)
    para(d, '(Kèm theo Quyết định số 2870/QĐ-UBND ngày 30/12/2025 của Chủ tịch Ủy ban nhân dân tỉnh Gia Lai)', italic=True, align=CENTER)

    t = d.add_table(rows=2, cols=7)
    t.style = 'Table Grid'
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for i, x in [(0, 'STT'), (1, 'Chỉ tiêu'), (2, 'Đơn vị tính'), (6, 'Ghi chú')]:
        cell_text(h0[i], x, bold=True, align=CENTER, size=12)
        vmerge(h0[i], True)
        vmerge(h1[i], False)
    m = h0[3].merge(h0[5])
    cell_text(m, 'Chỉ tiêu giao năm 2026', bold=True, align=CENTER, size=12)
    for k, (g, _) in enumerate(GROUPS):
        cell_text(t.rows[1].cells[3 + k], g, bold=True, align=CENTER, size=12)
    for i, (label, metric, cells, note) in enumerate(ROWS, 1):
        row = t.add_row().cells
        cell_text(row[0], str(i), align=CENTER, size=12)
        cell_text(row[1], label, size=12)
        cell_text(row[2], '%', align=CENTER, size=12)
        for k, c in enumerate(cells):
            cell_text(row[3 + k], c, align=CENTER, size=12)
        cell_text(row[6], note, italic=True, size=11)
    set_col_widths(t, [1.0, 10.0, 1.6, 2.6, 2.6, 2.6, 5.5])
    d.core_properties.title = 'Quyết định 2870/QĐ-UBND'
    d.save(path)
    return targets


def main():
    prose = build(os.path.join(DOCS, SEED))
    doc = {
        'number': '2870/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '2870', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Gia Lai', 'place': 'Gia Lai', 'date': '2025-12-30',
        'subject': 'Về việc giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến năm 2026 cho các sở, ngành và Ủy ban nhân dân các xã, phường trên địa bàn tỉnh Gia Lai',
        'signer': 'Trương Hoài Nam',
        'references': ['118/2025/NĐ-CP', '766/QĐ-TTg', '598/TTr-SKHCN'],
    }
    write_gold(SEED, [{'document': doc, 'targets': prose + table_targets()}])


if __name__ == '__main__':
    main()
