#!/usr/bin/env python3
"""d3_02: An Giang plan (Kế hoạch .../KH-UBND) signed 14/01/2025 for 2025-2027,
written as a real Word file. Indicator rows x one column per year under a
merged 'Chỉ tiêu giao theo năm' header, an 'Đơn vị chủ trì' column (the
assignee), a 'Kết quả năm 2024' column (a past result, no target), prose
targets in the body."""
import os
from docx.shared import Pt
from common import DOCS, T, num, write_gold
from docxutil import (new_document, para, cell_text, set_col_widths, no_borders,
                      CENTER, JUSTIFY)

SEED = 'd3_02_angiang_kh_2025_2027.docx'
YEARS = [2025, 2026, 2027]
U_ALL = 'Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố'
U_VP = ['Văn phòng UBND tỉnh', 'Văn phòng UBND tỉnh An Giang']
U_TTTT = ['Sở Thông tin và Truyền thông', 'Sở Thông tin và Truyền thông tỉnh An Giang']

# ('S', code, title) section row; or (stt, label, đvt, kq2024, [y2025, y2026, y2027],
#  chủ trì as printed, gold unit spellings, metric, comparator)
ROWS = [
    ('S', 'I', 'CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN'),
    (1, 'Tỷ lệ dịch vụ công trực tuyến toàn trình được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia',
     '%', '72,4', ['90', '100', '100'], 'Sở Thông tin và Truyền thông', U_TTTT, 'national_portal_integration_rate', '>='),
    (2, 'Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ',
     '%', '61,5', ['70', '80', '85'], U_ALL, U_ALL, 'online_service_uptake_rate', '>='),
    ('S', 'II', 'SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN'),
    (3, 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC',
     '%', '52,36', ['60', '70', '80'], U_ALL, U_ALL, 'online_dossier_rate', '>='),
    (4, 'Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công',
     '%', '41,2', ['50', '60', '70'], U_ALL, U_ALL, 'online_payment_rate', '>='),
    (5, 'Tỷ lệ hồ sơ TTHC được giải quyết trước hạn và đúng hạn',
     '%', '96,4', ['97,5', '98', '99'], U_ALL, U_ALL, 'on_time_resolution_rate', '>='),
    (6, 'Tỷ lệ hồ sơ giải quyết quá hạn',
     '%', '2,8', ['Không quá 2', 'Không quá 1,5', 'Không quá 1'], U_ALL, U_ALL, None, '<='),
    ('S', 'III', 'SỐ HÓA HỒ SƠ, KẾT QUẢ GIẢI QUYẾT TTHC'),
    (7, 'Tỷ lệ số hóa hồ sơ TTHC',
     '%', '68,9', ['80', '90', '100'], U_ALL, U_ALL, 'dossier_digitization_rate', '>='),
    (8, 'Tỷ lệ cấp kết quả giải quyết TTHC điện tử',
     '%', '85', ['100', '100', '100'], U_ALL, U_ALL, 'electronic_result_rate', '>='),
    (9, 'Tỷ lệ kết quả xử lý hồ sơ TTHC được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia',
     '%', '90,2', ['100', '—', '—'], 'Văn phòng UBND tỉnh', U_VP, 'national_portal_sync_rate', '>='),
    (10, 'Tổng số hồ sơ TTHC tiếp nhận (để theo dõi)',
     'Hồ sơ', '1.254.300', ['', '', ''], 'Trung tâm Phục vụ hành chính công tỉnh', None, None, None),
]

PROSE = [
    T(None, 'full_online_service_rate', 100,
      'thủ tục hành chính đủ điều kiện theo quy định được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình',
      'prose', 2025),
    T(None, 'satisfaction_rate', 90, 'Mức độ hài lòng của người dân, doanh nghiệp trong giải quyết thủ tục hành chính',
      'prose', 2025),
    T(None, 'satisfaction_rate', 95, 'Mức độ hài lòng của người dân, doanh nghiệp trong giải quyết thủ tục hành chính',
      'prose', 2027),
    T(['Ủy ban nhân dân cấp xã', 'UBND cấp xã', 'Cấp xã', 'UBND các xã, phường, thị trấn'], 'online_dossier_rate', 50,
      'tỷ lệ hồ sơ trực tuyến', 'prose', 2025),
]


def table_targets():
    ts = []
    for r in ROWS:
        if r[0] == 'S':
            continue
        stt, label, dvt, kq, cells, _, unit, metric, comp = r
        for y, c in zip(YEARS, cells):
            v = num(c)
            if v is None:
                continue
            ts.append(T(unit, metric, v, label, 'table', y, comparator=comp))
    return ts


def build_docx(path):
    d = new_document()
    # header layout table (no borders)
    h = d.add_table(rows=1, cols=2)
    no_borders(h)
    cell_text(h.cell(0, 0), '**ỦY BAN NHÂN DÂN\nTỈNH AN GIANG**\n_______\n\nSố: 27/KH-UBND', align=CENTER, size=13)
    cell_text(h.cell(0, 1), '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc**\n______________________', align=CENTER, size=13)
    p = h.cell(0, 1).add_paragraph()
    p.alignment = CENTER
    r = p.add_run('An Giang, ngày 14 tháng 01 năm 2025')
    r.italic = True
    set_col_widths(h, [6, 10])

    para(d, '')
    para(d, 'KẾ HOẠCH', bold=True, align=CENTER)
    para(d, 'Nâng cao hiệu quả cung cấp, sử dụng dịch vụ công trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính giai đoạn 2025 - 2027 trên địa bàn tỉnh An Giang',
         bold=True, align=CENTER)
    para(d, '___________', align=CENTER)
    for t in [
        'Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử;',
        'Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24 tháng 6 năm 2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng;',
        'Căn cứ Quyết định số 06/QĐ-TTg ngày 06 tháng 01 năm 2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030;',
        'Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;',
        'Căn cứ Kế hoạch số 1025/KH-UBND ngày 20 tháng 11 năm 2024 của Ủy ban nhân dân tỉnh về chuyển đổi số tỉnh An Giang năm 2025;',
    ]:
        para(d, t, italic=True, align=JUSTIFY)
    para(d, 'Ủy ban nhân dân tỉnh ban hành Kế hoạch nâng cao hiệu quả cung cấp, sử dụng dịch vụ công trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính giai đoạn 2025 - 2027 với các nội dung sau:', align=JUSTIFY)
    para(d, 'I. MỤC ĐÍCH, YÊU CẦU', bold=True)
    para(d, '1. Nâng cao chất lượng cung cấp dịch vụ công trực tuyến, lấy người dân, doanh nghiệp làm trung tâm; gắn trách nhiệm người đứng đầu với kết quả thực hiện chỉ tiêu được giao.', align=JUSTIFY)
    para(d, '2. Các chỉ tiêu phải được lượng hóa, phân công cụ thể cho từng cơ quan, đơn vị chủ trì; định kỳ đánh giá, công khai kết quả thực hiện.', align=JUSTIFY)
    para(d, 'II. THỰC TRẠNG VÀ MỤC TIÊU', bold=True)
    para(d, '1. Kết quả thực hiện năm 2024', bold=True, italic=True)
    para(d, 'Năm 2024, toàn tỉnh tiếp nhận 1.254.300 hồ sơ thủ tục hành chính; tỷ lệ hồ sơ trực tuyến đạt 52,36%, tỷ lệ thanh toán trực tuyến đạt 41,2%, tỷ lệ số hóa hồ sơ đạt 68,9%; mức độ hài lòng của người dân, doanh nghiệp đạt 87,3%. Còn 2,8% hồ sơ giải quyết quá hạn, tập trung ở lĩnh vực đất đai.', align=JUSTIFY)
    para(d, '2. Mục tiêu', bold=True, italic=True)
    para(d, '- Đến hết năm 2025, 100% thủ tục hành chính đủ điều kiện theo quy định được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình.', align=JUSTIFY)
    para(d, '- Mức độ hài lòng của người dân, doanh nghiệp trong giải quyết thủ tục hành chính đạt tối thiểu 90% năm 2025 và 95% năm 2027.', align=JUSTIFY)
    para(d, '- Các chỉ tiêu cụ thể theo từng năm và đơn vị chủ trì thực hiện như sau:', align=JUSTIFY)

    # the indicator table
    ncols = 8
    t = d.add_table(rows=2, cols=ncols)
    t.style = 'Table Grid'
    hdr = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả năm 2024', None, None, None, 'Đơn vị chủ trì']
    for i, txt in enumerate(hdr):
        if txt is not None:
            cell_text(t.cell(0, i), txt, bold=True, align=CENTER, size=12)
    m = t.cell(0, 4).merge(t.cell(0, 6))
    cell_text(m, 'Chỉ tiêu giao theo năm', bold=True, align=CENTER, size=12)
    for i, y in zip(range(4, 7), YEARS):
        cell_text(t.cell(1, i), f'Năm {y}', bold=True, align=CENTER, size=12)
    for i in (0, 1, 2, 3, 7):
        t.cell(0, i).merge(t.cell(1, i))
    for r in ROWS:
        row = t.add_row()
        if r[0] == 'S':
            cell_text(row.cells[0], r[1], bold=True, align=CENTER, size=12)
            mm = row.cells[1].merge(row.cells[ncols - 1])
            cell_text(mm, r[2], bold=True, size=12)
            continue
        stt, label, dvt, kq, cells, chutri, *_ = r
        vals = [str(stt), label, dvt, kq] + cells + [chutri]
        for i, v in enumerate(vals):
            cell_text(row.cells[i], v, align=None if i in (1, 7) else CENTER, size=12)
    set_col_widths(t, [1.0, 5.2, 1.4, 1.6, 1.4, 1.4, 1.4, 3.6])

    para(d, '')
    para(d, 'III. NHIỆM VỤ, GIẢI PHÁP', bold=True)
    para(d, '1. Rà soát, tái cấu trúc quy trình, cập nhật danh mục dịch vụ công trực tuyến toàn trình; hoàn thành trước ngày 31/3/2025.', align=JUSTIFY)
    para(d, '2. Đẩy mạnh hướng dẫn người dân sử dụng tài khoản định danh điện tử VNeID khi thực hiện dịch vụ công trực tuyến; mỗi Bộ phận Một cửa bố trí ít nhất 01 công chức hướng dẫn.', align=JUSTIFY)
    para(d, 'IV. TỔ CHỨC THỰC HIỆN', bold=True)
    para(d, '1. Sở Thông tin và Truyền thông chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch; hằng quý tổng hợp, báo cáo Ủy ban nhân dân tỉnh.', align=JUSTIFY)
    para(d, '2. Văn phòng UBND tỉnh chỉ đạo Trung tâm Phục vụ hành chính công tỉnh theo dõi việc đồng bộ dữ liệu hồ sơ lên Cổng Dịch vụ công quốc gia.', align=JUSTIFY)
    para(d, '3. Ủy ban nhân dân các huyện, thị xã, thành phố giao chỉ tiêu cụ thể cho Ủy ban nhân dân cấp xã, bảo đảm tỷ lệ hồ sơ trực tuyến của Ủy ban nhân dân cấp xã năm 2025 đạt tối thiểu 50% (năm 2024 đạt 39,8%).', align=JUSTIFY)
    para(d, '4. Sở Tài chính bố trí kinh phí thực hiện theo quy định.', align=JUSTIFY)
    para(d, 'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Thông tin và Truyền thông để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.', align=JUSTIFY)

    s = d.add_table(rows=1, cols=2)
    no_borders(s)
    cell_text(s.cell(0, 0), 'Nơi nhận:', bold=True, italic=True, size=12)
    c = s.cell(0, 0)
    for line in ['- Bộ Thông tin và Truyền thông;', '- TT. Tỉnh ủy, TT. HĐND tỉnh;', '- CT, các PCT UBND tỉnh;',
                 '- Các sở, ban, ngành tỉnh;', '- UBND các huyện, thị xã, thành phố;', '- Lưu: VT, P.KGVX.']:
        pp = c.add_paragraph()
        rr = pp.add_run(line)
        rr.font.size = Pt(11)
    cell_text(s.cell(0, 1), '**KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH**\n\n\n\n**Lê Văn Phước**', align=CENTER)
    set_col_widths(s, [8, 8])
    d.core_properties.title = 'Kế hoạch 27/KH-UBND'
    d.core_properties.author = 'VP UBND tinh'
    d.save(path)


def main():
    build_docx(os.path.join(DOCS, SEED))
    doc = {
        'number': '27/KH-UBND', 'symbol': 'KH-UBND', 'serial': '27', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân tỉnh An Giang', 'place': 'An Giang', 'date': '2025-01-14',
        'subject': 'Nâng cao hiệu quả cung cấp, sử dụng dịch vụ công trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính giai đoạn 2025 - 2027 trên địa bàn tỉnh An Giang',
        'signer': 'Lê Văn Phước',
        'references': ['45/2020/NĐ-CP', '42/2022/NĐ-CP', '06/QĐ-TTg', '766/QĐ-TTg', '1025/KH-UBND'],
    }
    write_gold(SEED, [{'document': doc, 'targets': PROSE + table_targets()}])


if __name__ == '__main__':
    main()
