#!/usr/bin/env python3
"""d3_04: Gia Lai (after the 2025 merger) decision of 22/08/2025 for the rest of
2025, as a .docx exported from a web editor ('Normal (Web)' style, runs split
mid-word, non-breaking spaces, empty &nbsp; paragraphs). TRANSPOSED appendix:
indicators as rows, 10 units as columns across (rotated header text), plus a
'Toàn tỉnh' column; a column-number row; a section of 6-month results and
dossier counts that are no targets."""
import os
import random
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Cm, Pt
from common import DOCS, T, num, write_gold
from docxutil import (new_document, cell_text, set_col_widths, no_borders,
                      set_text_direction, CENTER, JUSTIFY)

SEED = 'd3_04_gialai_qd_2025.docx'
Y = 2025
NB = '\u00a0'

# (header as printed, gold spellings)
UNITS = [
    ('Sở Nội vụ', 'Sở Nội vụ'),
    ('Sở Tài chính', 'Sở Tài chính'),
    ('Sở Xây dựng', 'Sở Xây dựng'),
    ('Sở Nông nghiệp và\n\nMôi trường', 'Sở Nông nghiệp và Môi trường'),
    ('Sở Công Thương', 'Sở Công Thương'),
    ('Sở Tư pháp', 'Sở Tư pháp'),
    ('Sở Y tế', 'Sở Y tế'),
    ('Sở Giáo dục\nvà Đào tạo', 'Sở Giáo dục và Đào tạo'),
    ('Công an tỉnh', ['Công an tỉnh', 'Công an tỉnh Gia Lai']),
    ('UBND các xã, phường', ['UBND các xã, phường', 'Các xã, phường', 'UBND cấp xã']),
]
TOAN_TINH = ['Toàn tỉnh', None, 'Tỉnh Gia Lai', 'UBND tỉnh Gia Lai']

# ('S', code, title) or (stt, label, đvt, [10 unit cells], toàn tỉnh, metric, is_target)
ROWS = [
    ('S', 'I', 'DỊCH VỤ CÔNG TRỰC TUYẾN'),
    (1, 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC', '%',
     ['70', '65', '60', '55', '75', '70', '60', '65', '80', '55'], '62,5', 'online_dossier_rate', True),
    (2, 'Tỷ lệ hồ sơ được thanh toán trực tuyến trên tổng số hồ sơ có thu phí', '%',
     ['', '60', '55', '50', '60', '55', '50', '', '65', '45'], '52', 'online_payment_rate', True),
    (3, 'Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ', '%',
     ['80', '85', '80', '75', '85', '80', '75', '80', '90', '70'], '80', 'online_service_uptake_rate', True),
    ('S', 'II', 'SỐ HÓA VÀ CẤP KẾT QUẢ ĐIỆN TỬ'),
    (4, 'Tỷ lệ số hóa hồ sơ TTHC', '%',
     ['90', '90', '85', '85', '90', '95', '85', '90', '95', '80'], '87,5', 'dossier_digitization_rate', True),
    (5, 'Tỷ lệ cấp kết quả giải quyết TTHC điện tử', '%',
     ['100', '100', '100', '100', '100', '100', '100', '100', '', '100'], '100', 'electronic_result_rate', True),
    (6, 'Tỷ lệ hồ sơ TTHC tiếp nhận qua dịch vụ bưu chính công ích', '%',
     ['', '', '', '', '', '10', '', '', '20', '15'], '10', None, True),
    ('S', 'III', 'SỐ LIỆU THỰC HIỆN 6 THÁNG ĐẦU NĂM 2025'),
    (7, 'Tổng số hồ sơ tiếp nhận', 'Hồ sơ',
     ['1.245', '3.780', '2.964', '5.112', '4.087', '2.350', '1.876', '980', '48.215', '156.300'], '226.909', None, False),
    (8, 'Tỷ lệ hồ sơ trực tuyến đạt được', '%',
     ['58,2', '51,0', '47,3', '39,8', '66,1', '60,4', '45,5', '52,7', '71,9', '41,2'], '46,3', None, False),
]

_rng = random.Random(2025)


def split_runs(p, text, bold=False, italic=False, size=None):
    """Write text as several runs cut at arbitrary points, like a web-editor export."""
    pieces, i = [], 0
    while i < len(text):
        j = min(len(text), i + _rng.randint(3, 18))
        pieces.append(text[i:j])
        i = j
    for piece in pieces:
        r = p.add_run(piece)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    return p


def wpara(d, text, bold=False, italic=False, align=None, size=None):
    p = d.add_paragraph(style='Normal (Web)')
    if align is not None:
        p.alignment = align
    split_runs(p, text, bold, italic, size)
    return p


def targets():
    ts = [T('Sở Khoa học và Công nghệ', 'national_portal_sync_rate', 100,
            'kết quả xử lý hồ sơ thủ tục hành chính được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia',
            'prose', Y)]
    for r in ROWS:
        if r[0] == 'S' or not r[6]:
            continue
        stt, label, dvt, cells, tt, metric, _ = r
        for (hdr, sp), c in zip(UNITS, cells):
            v = num(c)
            if v is not None:
                ts.append(T(sp, metric, v, label, 'table', Y))
        ts.append(T(TOAN_TINH, metric, num(tt), label, 'table', Y))
    return ts


def build(path):
    d = new_document(size=13)
    st = d.styles.add_style('Normal (Web)', WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = d.styles['Normal']
    st.paragraph_format.space_before = Pt(4)
    st.paragraph_format.space_after = Pt(4)

    h = d.add_table(rows=1, cols=2)
    no_borders(h)
    c0, c1 = h.cell(0, 0), h.cell(0, 1)
    c0.paragraphs[0].alignment = CENTER
    split_runs(c0.paragraphs[0], 'ỦY BAN NHÂN DÂN', bold=True)
    p = c0.add_paragraph(); p.alignment = CENTER; split_runs(p, 'TỈNH GIA LAI', bold=True)
    p = c0.add_paragraph(); p.alignment = CENTER; split_runs(p, f'Số:{NB}412/QĐ-UBND')
    c1.paragraphs[0].alignment = CENTER
    split_runs(c1.paragraphs[0], 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold=True)
    p = c1.add_paragraph(); p.alignment = CENTER; split_runs(p, 'Độc lập - Tự do - Hạnh phúc', bold=True)
    p = c1.add_paragraph(); p.alignment = CENTER; split_runs(p, f'Gia Lai,{NB}ngày 22 tháng 8 năm 2025', italic=True)
    set_col_widths(h, [6, 10])

    wpara(d, NB)
    wpara(d, 'QUYẾT ĐỊNH', bold=True, align=CENTER)
    wpara(d, 'Giao chỉ tiêu thực hiện dịch vụ công trực tuyến, số hóa hồ sơ và cấp kết quả giải quyết thủ tục hành chính điện tử các tháng cuối năm 2025 cho các sở, ban, ngành và Ủy ban nhân dân các xã, phường',
          bold=True, align=CENTER)
    wpara(d, f'{NB}', align=CENTER)
    wpara(d, 'ỦY BAN NHÂN DÂN TỈNH GIA LAI', bold=True, align=CENTER)
    for t in [
        'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
        'Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;',
        'Căn cứ Kế hoạch số 35/KH-UBND ngày 08 tháng 7 năm 2025 của Ủy ban nhân dân tỉnh về chuyển đổi số, cải cách thủ tục hành chính năm 2025 sau sắp xếp đơn vị hành chính;',
        'Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 112/TTr-SKHCN ngày 15 tháng 8 năm 2025.',
    ]:
        wpara(d, t, italic=True, align=JUSTIFY)
    wpara(d, 'QUYẾT ĐỊNH:', bold=True, align=CENTER)
    wpara(d, 'Điều 1. Giao chỉ tiêu thực hiện dịch vụ công trực tuyến, số hóa hồ sơ và cấp kết quả giải quyết thủ tục hành chính điện tử từ nay đến hết năm 2025 cho các sở, ban, ngành và Ủy ban nhân dân các xã, phường (chi tiết tại Phụ lục kèm theo Quyết định này).', align=JUSTIFY)
    wpara(d, 'Điều 2. Tổ chức thực hiện', bold=True)
    wpara(d, '1. Sáu tháng đầu năm 2025, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 46,3%, thấp hơn mức bình quân cả nước; nhiều xã, phường mới thành lập chưa ổn định Bộ phận Một cửa. Thủ trưởng các cơ quan, Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm về kết quả thực hiện chỉ tiêu được giao.', align=JUSTIFY)
    wpara(d, '2. Sở Khoa học và Công nghệ chủ trì theo dõi, đôn đốc; bảo đảm 100% kết quả xử lý hồ sơ thủ tục hành chính được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia; hằng tháng công khai kết quả trên Cổng thông tin điện tử tỉnh.', align=JUSTIFY)
    wpara(d, '3. Công an tỉnh phối hợp hướng dẫn người dân sử dụng tài khoản định danh điện tử khi nộp hồ sơ trực tuyến.', align=JUSTIFY)
    wpara(d, 'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.', align=JUSTIFY)
    wpara(d, 'Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các xã, phường và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.', align=JUSTIFY)

    s = d.add_table(rows=1, cols=2)
    no_borders(s)
    c = s.cell(0, 0)
    split_runs(c.paragraphs[0], 'Nơi nhận:', bold=True, italic=True, size=11)
    for line in ['- Như Điều 3;', '- Bộ Khoa học và Công nghệ;', '- TT Tỉnh ủy, TT HĐND tỉnh;',
                 '- CT, các PCT UBND tỉnh;', '- Lưu: VT, KGVX.']:
        split_runs(c.add_paragraph(), line, size=11)
    c = s.cell(0, 1)
    for k, line in enumerate(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', NB, NB, NB, 'Trương Văn Lực']):
        p = c.paragraphs[0] if k == 0 else c.add_paragraph()
        p.alignment = CENTER
        split_runs(p, line, bold=True)
    set_col_widths(s, [8, 8])

    # appendix in a landscape section
    sec = d.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin = sec.right_margin = Cm(1.5)
    wpara(d, 'PHỤ LỤC', bold=True, align=CENTER)
    wpara(d, 'CHỈ TIÊU DỊCH VỤ CÔNG TRỰC TUYẾN, SỐ HÓA HỒ SƠ VÀ CẤP KẾT QUẢ ĐIỆN TỬ CÁC THÁNG CUỐI NĂM 2025', bold=True, align=CENTER)
    wpara(d, '(Kèm theo Quyết định số 412/QĐ-UBND ngày 22 tháng 8 năm 2025 của Ủy ban nhân dân tỉnh Gia Lai)', italic=True, align=CENTER)

    n = 3 + len(UNITS) + 1
    t = d.add_table(rows=3, cols=n)
    t.style = 'Table Grid'
    for i, txt in enumerate(['STT', 'Chỉ tiêu', 'Đơn vị tính']):
        cell_text(t.cell(0, i), txt, bold=True, align=CENTER, size=11)
    m = t.cell(0, 3).merge(t.cell(0, 2 + len(UNITS)))
    cell_text(m, 'Cơ quan, đơn vị được giao chỉ tiêu', bold=True, align=CENTER, size=11)
    cell_text(t.cell(0, n - 1), 'Toàn tỉnh', bold=True, align=CENTER, size=11)
    for k, (hdr, _) in enumerate(UNITS):
        cc = t.cell(1, 3 + k)
        cell_text(cc, hdr, bold=True, align=CENTER, size=10)
        set_text_direction(cc, 'btLr')
    for i in (0, 1, 2, n - 1):
        t.cell(0, i).merge(t.cell(1, i))
    for i in range(n):
        cell_text(t.cell(2, i), f'({i + 1})', italic=True, align=CENTER, size=10)
    for r in ROWS:
        row = t.add_row()
        if r[0] == 'S':
            cell_text(row.cells[0], r[1], bold=True, align=CENTER, size=11)
            mm = row.cells[1].merge(row.cells[n - 1])
            cell_text(mm, r[2], bold=True, size=11)
            continue
        stt, label, dvt, cells, tt, *_ = r
        vals = [str(stt), label, dvt] + cells + [tt]
        for i, v in enumerate(vals):
            cell_text(row.cells[i], v if v else NB, align=None if i == 1 else CENTER, size=11)
    set_col_widths(t, [0.9, 6.0, 1.3] + [1.55] * len(UNITS) + [1.6])
    wpara(d, 'Ghi chú: Ô để trống là chỉ tiêu không áp dụng đối với cơ quan, đơn vị. Số liệu tại Mục III do Trung tâm Phục vụ hành chính công tỉnh tổng hợp đến ngày 30/6/2025.', italic=True, size=11)
    d.core_properties.title = 'QĐ 412/QĐ-UBND'
    d.core_properties.author = 'CKEditor export'
    d.save(path)


def main():
    build(os.path.join(DOCS, SEED))
    doc = {
        'number': '412/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '412', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Gia Lai', 'place': 'Gia Lai', 'date': '2025-08-22',
        'subject': 'Giao chỉ tiêu thực hiện dịch vụ công trực tuyến, số hóa hồ sơ và cấp kết quả giải quyết thủ tục hành chính điện tử các tháng cuối năm 2025 cho các sở, ban, ngành và Ủy ban nhân dân các xã, phường',
        'signer': 'Trương Văn Lực',
        'references': ['118/2025/NĐ-CP', '35/KH-UBND', '112/TTr-SKHCN'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets()}])


if __name__ == '__main__':
    main()
