#!/usr/bin/env python3
"""r3_04: Cà Mau report-and-plan 356/BC-UBND (22/12/2022) as a Word file made
with python-docx. Biểu 1 is last year's results (its "Chỉ tiêu giao năm 2022"
column quotes old targets and its "Ước thực hiện" column is results: no
targets); Biểu 2 is next year's targets (indicators × "Chỉ tiêu năm 2023",
unit = "Đơn vị chủ trì"). Prose targets in section II.2.
"""
import os
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt
from common import DOCS, T, num, write_gold
from docxutil import new_document, para, cell_text, set_col_widths, no_borders, CENTER, JUSTIFY

SEED = 'r3_04_camau_bc_2022.docx'
Y = 2023
G_PRINT = 'Các sở, ban, ngành tỉnh; UBND các huyện, thành phố'
G = [G_PRINT]
TTTT = ['Sở Thông tin và Truyền thông', 'Sở Thông tin và Truyền thông tỉnh Cà Mau']
VP = ['Văn phòng UBND tỉnh', 'Văn phòng UBND tỉnh Cà Mau']
TC = ['Sở Tài chính', 'Sở Tài chính tỉnh Cà Mau']

# Biểu 1 (results, no targets): label, chỉ tiêu giao 2022, ước thực hiện 2022, đánh giá
RESULTS = [
    ('Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC', '50', '46,8', 'Không đạt'),
    ('Tỷ lệ hồ sơ trực tuyến toàn trình', '20', '23,4', 'Đạt'),
    ('Tỷ lệ thanh toán trực tuyến', '30', '27,1', 'Không đạt'),
    ('Tỷ lệ số hóa hồ sơ TTHC', '50', '58,3', 'Đạt'),
    ('Tỷ lệ số hóa kết quả giải quyết TTHC', '70', '74,6', 'Đạt'),
    ('Tỷ lệ hồ sơ giải quyết đúng hạn', '95', '96,9', 'Đạt'),
    ('Mức độ hài lòng của người dân, doanh nghiệp', '80', '82,2', 'Đạt'),
]

# Biểu 2: label, đvt, chỉ tiêu 2023, chủ trì as printed, gold spellings, phối hợp, metric
TARGETS = [
    ('Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình', '%', '100',
     'Sở Thông tin và Truyền thông', TTTT, 'Các sở, ban, ngành tỉnh', 'full_online_service_rate'),
    ('Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC', '%', '≥ 55', G_PRINT, G,
     'Văn phòng UBND tỉnh', 'online_dossier_rate'),
    ('Tỷ lệ hồ sơ trực tuyến toàn trình', '%', '≥ 35', G_PRINT, G, 'Sở Thông tin và Truyền thông', 'full_online_dossier_rate'),
    ('Tỷ lệ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí', '%', '≥ 40', G_PRINT, G,
     'Sở Tài chính; Kho bạc Nhà nước tỉnh', 'online_payment_rate'),
    ('Tỷ lệ thủ tục hành chính có phát sinh giao dịch thanh toán trực tuyến', '%', '≥ 60', 'Sở Tài chính', TC,
     'Các sở, ban, ngành tỉnh; UBND các huyện, thành phố', 'online_payment_procedure_rate'),
    ('Tỷ lệ số hóa hồ sơ thủ tục hành chính', '%', '≥ 80', G_PRINT, G, 'Văn phòng UBND tỉnh', 'dossier_digitization_rate'),
    ('Tỷ lệ số hóa kết quả giải quyết thủ tục hành chính', '%', '100', G_PRINT, G, 'Văn phòng UBND tỉnh', 'result_digitization_rate'),
    ('Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử', '%', '≥ 80', G_PRINT, G, 'Văn phòng UBND tỉnh', 'electronic_result_rate'),
    ('Tỷ lệ hồ sơ được giải quyết trước hạn và đúng hạn', '%', '≥ 97', 'Văn phòng UBND tỉnh', VP, 'Các sở, ban, ngành tỉnh; UBND các huyện, thành phố', 'on_time_resolution_rate'),
    ('Tỷ lệ hồ sơ giải quyết quá hạn', '%', '≤ 3', G_PRINT, G, 'Văn phòng UBND tỉnh', None),
    ('Mức độ hài lòng của người dân, doanh nghiệp trong giải quyết TTHC', '%', '≥ 85', 'Văn phòng UBND tỉnh', VP, 'Sở Nội vụ', 'satisfaction_rate'),
]

M_OD = 'tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính'
PROSE = [
    ('**I. KẾT QUẢ THỰC HIỆN NĂM 2022**', []),
    ('Năm 2022, toàn tỉnh tiếp nhận 418.236 hồ sơ thủ tục hành chính, trong đó 195.734 hồ sơ trực tuyến. Tỷ lệ hồ sơ trực tuyến ước đạt 46,8%, chưa đạt chỉ tiêu 50% được giao; tỷ lệ thanh toán trực tuyến ước đạt 27,1%. Các huyện Thới Bình, U Minh, Trần Văn Thời có tỷ lệ hồ sơ trực tuyến dưới 35%. Kết quả cụ thể tại Biểu 1.', []),
    ('**II. PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ CHỈ TIÊU NĂM 2023**', []),
    ('1. Các chỉ tiêu chủ yếu năm 2023 và đơn vị chủ trì thực hiện: chi tiết tại Biểu 2.', []),
    ('2. Đối với các địa phương có tỷ lệ thấp, Ủy ban nhân dân các huyện: Thới Bình, U Minh và Trần Văn Thời phấn đấu tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính năm 2023 đạt tối thiểu 45%; riêng Ủy ban nhân dân thành phố Cà Mau đạt tối thiểu 65%.',
     [T(['UBND huyện Thới Bình', 'Huyện Thới Bình'], 'online_dossier_rate', 45, M_OD, 'prose', Y),
      T(['UBND huyện U Minh', 'Huyện U Minh'], 'online_dossier_rate', 45, M_OD, 'prose', Y),
      T(['UBND huyện Trần Văn Thời', 'Huyện Trần Văn Thời'], 'online_dossier_rate', 45, M_OD, 'prose', Y),
      T(['UBND thành phố Cà Mau', 'Thành phố Cà Mau'], 'online_dossier_rate', 65, M_OD, 'prose', Y)]),
    ('3. Sở Tư pháp chủ trì, hướng dẫn Phòng Tư pháp các huyện, thành phố thực hiện chứng thực bản sao điện tử từ bản chính, bảo đảm tỷ lệ chứng thực bản sao điện tử đạt tối thiểu 30% trên tổng số yêu cầu chứng thực tại cấp huyện.',
     [T(['Phòng Tư pháp các huyện, thành phố', 'Cấp huyện', 'Sở Tư pháp'], 'e_certified_copy_rate', 30,
        'tỷ lệ chứng thực bản sao điện tử', 'prose', Y, note='trên tổng số yêu cầu chứng thực tại cấp huyện')]),
    ('4. Tiếp tục duy trì, kiện toàn Tổ công nghệ số cộng đồng tại 100% ấp, khóm; hoàn thành rà soát quy trình nội bộ trước ngày 31/3/2023.', []),
    ('**III. ĐỀ XUẤT, KIẾN NGHỊ**', []),
    ('Đề nghị Văn phòng Chính phủ, Bộ Thông tin và Truyền thông tiếp tục hoàn thiện Cổng Dịch vụ công quốc gia, bảo đảm kết nối ổn định với Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.', []),
]


def build(path):
    d = new_document()
    h = d.add_table(rows=1, cols=2)
    no_borders(h)
    cell_text(h.cell(0, 0), 'ỦY BAN NHÂN DÂN\n**TỈNH CÀ MAU**\n\nSố: 356/BC-UBND', align=CENTER, size=13)
    cell_text(h.cell(0, 1), '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**\n\n', align=CENTER, size=13)
    p = h.cell(0, 1).add_paragraph(); p.alignment = CENTER
    r = p.add_run('Cà Mau, ngày 22 tháng 12 năm 2022'); r.italic = True; r.font.size = Pt(13)
    set_col_widths(h, [6, 10])
    para(d, '')
    para(d, 'BÁO CÁO', bold=True, align=CENTER)
    para(d, 'Kết quả thực hiện các chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến\nnăm 2022 và phương hướng, chỉ tiêu năm 2023', bold=True, align=CENTER)
    para(d, '__________', align=CENTER)
    para(d, 'Thực hiện Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ và Văn bản số 3962/BTTTT-CĐSQG ngày 05/9/2022 của Bộ Thông tin và Truyền thông, Ủy ban nhân dân tỉnh Cà Mau báo cáo như sau:', align=JUSTIFY)

    def results_table():
        t = d.add_table(rows=2, cols=5)
        t.style = 'Table Grid'
        a = t.cell(0, 0).merge(t.cell(1, 0)); cell_text(a, 'STT', bold=True, align=CENTER, size=12)
        b = t.cell(0, 1).merge(t.cell(1, 1)); cell_text(b, 'Chỉ tiêu', bold=True, align=CENTER, size=12)
        c = t.cell(0, 2).merge(t.cell(0, 3)); cell_text(c, 'Năm 2022 (%)', bold=True, align=CENTER, size=12)
        cell_text(t.cell(1, 2), 'Chỉ tiêu giao', bold=True, align=CENTER, size=12)
        cell_text(t.cell(1, 3), 'Ước thực hiện', bold=True, align=CENTER, size=12)
        e = t.cell(0, 4).merge(t.cell(1, 4)); cell_text(e, 'Đánh giá', bold=True, align=CENTER, size=12)
        for i, (lab, g, u, ev) in enumerate(RESULTS, 1):
            row = t.add_row().cells
            for k, x in enumerate([str(i), lab, g, u, ev]):
                cell_text(row[k], x, align=None if k == 1 else CENTER, size=12)
        set_col_widths(t, [1.0, 8.0, 2.5, 2.5, 2.0])

    for text, _ in PROSE:
        para(d, text, align=JUSTIFY)
        if text.startswith('Năm 2022'):
            para(d, 'Biểu 1. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2022', bold=True, align=CENTER, size=13)
            results_table()
            para(d, '')

    s = d.add_table(rows=1, cols=2)
    no_borders(s)
    cell_text(s.cell(0, 0), 'Nơi nhận:', bold=True, italic=True, size=12)
    for line in ['- Văn phòng Chính phủ;', '- Bộ Thông tin và Truyền thông;', '- TT Tỉnh ủy, TT HĐND tỉnh;',
                 '- CT, các PCT UBND tỉnh;', '- Lưu: VT, KGVX.']:
        rr = s.cell(0, 0).add_paragraph().add_run(line); rr.font.size = Pt(11)
    cell_text(s.cell(0, 1), '**TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH**\n\n\n\n**Trịnh Minh Nghĩa**', align=CENTER)
    set_col_widths(s, [8, 8])

    sec = d.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin, sec.right_margin = Cm(1.5), Cm(1.5)
    para(d, 'Biểu 2', bold=True, align=CENTER)
    para(d, 'CÁC CHỈ TIÊU CUNG CẤP, SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN NĂM 2023', bold=True, align=CENTER)
    para(d, '(Kèm theo Báo cáo số 356/BC-UBND ngày 22/12/2022 của UBND tỉnh Cà Mau)', italic=True, align=CENTER)
    hdr = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2023', 'Đơn vị chủ trì', 'Đơn vị phối hợp']
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = 'Table Grid'
    for i, x in enumerate(hdr):
        cell_text(t.cell(0, i), x, bold=True, align=CENTER, size=12)
    for i, (lab, dvt, v, ct, _, ph, _) in enumerate(TARGETS, 1):
        row = t.add_row().cells
        for k, x in enumerate([str(i), lab, dvt, v, ct, ph]):
            cell_text(row[k], x, align=CENTER if k in (0, 2, 3) else None, size=12)
    set_col_widths(t, [1.0, 9.0, 1.6, 2.4, 5.5, 5.5])
    d.core_properties.title = 'Báo cáo 356/BC-UBND'
    d.core_properties.author = 'UBND tinh Ca Mau'
    d.save(path)


def main():
    build(os.path.join(DOCS, SEED))
    tts = []
    for lab, dvt, v, _, units, _, metric in TARGETS:
        comp = '<=' if '≤' in v else '>='
        tts.append(T(units, metric, num(v), lab, 'table', Y, comparator=comp))
    doc = {
        'number': '356/BC-UBND', 'symbol': 'BC-UBND', 'serial': '356', 'type': 'bao_cao',
        'issuer': 'Ủy ban nhân dân tỉnh Cà Mau', 'place': 'Cà Mau', 'date': '2022-12-22',
        'subject': 'Kết quả thực hiện các chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến năm 2022 và phương hướng, chỉ tiêu năm 2023',
        'signer': 'Trịnh Minh Nghĩa',
        'references': ['766/QĐ-TTg', '3962/BTTTT-CĐSQG'],
    }
    write_gold(SEED, [{'document': doc, 'targets': [t for _, ts in PROSE for t in ts] + tts}])


if __name__ == '__main__':
    main()
