#!/usr/bin/env python3
"""s3_02: Bình Phước plan (Kế hoạch 398/KH-UBND, signed 27/12/2023) for
2024-2026, as an HTML fragment pasted from a web portal (no <html>/<body>):
header and signature as layout tables, numbered <p>s, and an appendix <table>
with a two-row header (rowspan/colspan): STT | Chỉ tiêu | Đơn vị tính |
Ước thực hiện năm 2023 | Chỉ tiêu giao (Năm 2024 | Năm 2025 | Năm 2026) |
Đơn vị chủ trì | Đơn vị phối hợp. Indicators are worded with abbreviations
(DVCTT, TTHC, HS, KQGQ, CSDL, DVCQG, PAKN) and the "Ước thực hiện" column is
results. Each year cell is one target, its unit the "Đơn vị chủ trì" cell.

The ROWS list writes both the HTML table and the gold.
"""
import html
import os
from common import DOCS, T, num, write_gold

SEED = 's3_02_binhphuoc_kh_2024_2026.html'
YEARS = [2024, 2025, 2026]

U_ALL_PRINT = 'Các sở, ban, ngành tỉnh;<br>UBND các huyện, thị xã, thành phố'
U_ALL = ['Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố']
U_VP = ['Văn phòng UBND tỉnh', 'Văn phòng UBND tỉnh Bình Phước']
U_TTTT = ['Sở Thông tin và Truyền thông', 'Sở Thông tin và Truyền thông tỉnh Bình Phước']
U_TC = ['Sở Tài chính', 'Sở Tài chính tỉnh Bình Phước']
U_TP = ['Sở Tư pháp', 'Sở Tư pháp tỉnh Bình Phước']
U_NV = ['Sở Nội vụ', 'Sở Nội vụ tỉnh Bình Phước']
U_CQ = ['Các cơ quan hành chính nhà nước các cấp', 'Cơ quan hành chính nhà nước các cấp']
PROV = [None, 'Toàn tỉnh', 'Tỉnh Bình Phước']

# ('S', code, title) | (stt, label, đvt, ước 2023, [2024, 2025, 2026], chủ trì printed, spellings, phối hợp, metric)
ROWS = [
    ('S', 'I', 'CUNG CẤP DVCTT'),
    (1, 'Tỷ lệ TTHC đủ điều kiện được cung cấp dưới hình thức DVCTT toàn trình', '%', '72,4',
     ['80', '90', '100%'], 'Văn phòng UBND tỉnh', U_VP, 'Các sở, ban, ngành tỉnh', 'full_online_service_rate'),
    (2, 'Tỷ lệ DVCTT toàn trình được tích hợp, cung cấp trên Cổng DVCQG', '%', '65,3',
     ['≥ 85', '≥ 95', '100%'], 'Sở Thông tin và Truyền thông', U_TTTT, 'Văn phòng UBND tỉnh', 'national_portal_integration_rate'),
    (3, 'Tỷ lệ DVCTT (toàn trình và một phần) có phát sinh HS trực tuyến', '%', '41,0',
     ['≥ 50', '≥ 60', '≥ 70'], U_ALL_PRINT, U_ALL, 'Sở Thông tin và Truyền thông', 'online_service_uptake_rate'),
    ('S', 'II', 'THANH TOÁN TRỰC TUYẾN'),
    (4, 'Tỷ lệ giao dịch thanh toán trực tuyến trên tổng số giao dịch thanh toán của DVC', '%', '18,6',
     ['≥ 30', '≥ 40', '≥ 50'], U_ALL_PRINT, U_ALL, 'Sở Tài chính; Kho bạc Nhà nước tỉnh', 'online_payment_rate'),
    (5, 'Tỷ lệ TTHC có thu phí, lệ phí phát sinh ít nhất 01 giao dịch thanh toán trực tuyến', '%', '35,2',
     ['≥ 55', '≥ 70', '≥ 85'], 'Sở Tài chính', U_TC, 'Các sở, ban, ngành tỉnh; UBND cấp huyện', 'online_payment_procedure_rate'),
    ('S', 'III', 'SỐ HOÁ VÀ TÁI SỬ DỤNG DỮ LIỆU'),
    (6, 'Tỷ lệ số hoá HS, KQGQ TTHC và cấp KQGQ TTHC điện tử', '%', '54,7',
     ['≥ 75', '≥ 90', '100%'], U_ALL_PRINT, U_ALL, 'Văn phòng UBND tỉnh', 'dossier_result_digitization_rate'),
    (7, 'Tỷ lệ khai thác, tái sử dụng thông tin, dữ liệu đã số hoá từ Kho quản lý dữ liệu điện tử và các CSDL quốc gia, CSDL chuyên ngành', '%', '12,5',
     ['≥ 35', '≥ 50', '≥ 65'], 'Sở Thông tin và Truyền thông', U_TTTT, 'Các sở, ban, ngành tỉnh', 'digitized_data_reuse_rate'),
    (8, 'Tỷ lệ KQ xử lý HS TTHC được đồng bộ đầy đủ lên Cổng DVCQG', '%', '88,0',
     ['100%', '100%', '100%'], 'Văn phòng UBND tỉnh', U_VP, 'Sở Thông tin và Truyền thông', 'national_portal_sync_rate'),
    (9, 'Tỷ lệ chứng thực bản sao điện tử từ bản chính (tại Bộ phận Một cửa cấp huyện, cấp xã)', '%', '—',
     ['—', '≥ 40', '≥ 60'], 'Sở Tư pháp', U_TP, 'UBND các huyện, thị xã, thành phố', 'e_certified_copy_rate'),
    ('S', 'IV', 'CHẤT LƯỢNG PHỤC VỤ'),
    (10, 'Mức độ hài lòng của người dân, DN đối với việc giải quyết TTHC', '%', '90,5',
     ['≥ 92', '≥ 94', '≥ 96'], 'Sở Nội vụ', U_NV, 'Văn phòng UBND tỉnh', 'satisfaction_rate'),
    (11, 'Tỷ lệ phản ánh, kiến nghị (PAKN) của người dân, DN về TTHC được xử lý đúng hạn', '%', '96,8',
     ['100%', '100%', '100%'], 'Văn phòng UBND tỉnh', U_VP, 'Các sở, ban, ngành tỉnh', None),
    (12, 'Tỷ lệ văn bản đi được ký số (trừ văn bản mật)', '%', '93,1',
     ['≥ 97', '≥ 98', '≥ 99'], 'Các cơ quan hành chính nhà nước các cấp', U_CQ, 'Sở Thông tin và Truyền thông', None),
]

# prose paragraphs: (html text, targets)
BODY = [
    ('<p><strong>I. MỤC ĐÍCH, YÊU CẦU</strong></p>', []),
    ('<p>1. Nâng cao chất lượng cung cấp dịch vụ công trực tuyến (DVCTT), thanh toán trực tuyến và số hoá hồ sơ, '
     'kết quả giải quyết thủ tục hành chính (TTHC) trên địa bàn tỉnh Bình Phước giai đoạn 2024 - 2026, lấy người dân, '
     'doanh nghiệp làm trung tâm.</p>', []),
    ('<p>2. Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh ước đạt 47,9%, tỷ lệ thanh toán trực tuyến ước đạt 18,6%; '
     'bình quân cả nước tỷ lệ hồ sơ trực tuyến đạt khoảng 43%. Phấn đấu đến năm 2026, tỷ lệ hồ sơ trực tuyến '
     'trên tổng số hồ sơ tiếp nhận, giải quyết TTHC của toàn tỉnh đạt tối thiểu 80%.</p>',
     [T(PROV, 'online_dossier_rate', 80, 'tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC',
        'prose', 2026)]),
    ('<p><strong>II. CHỈ TIÊU, NHIỆM VỤ</strong></p>', []),
    ('<p>1. Giao chỉ tiêu giai đoạn 2024 - 2026 cho các cơ quan, đơn vị, địa phương (chi tiết tại Phụ lục kèm theo). '
     'Đơn vị chủ trì chịu trách nhiệm chính về kết quả thực hiện chỉ tiêu; đơn vị phối hợp có trách nhiệm hỗ trợ.</p>', []),
    ('<p>2. Sở Thông tin và Truyền thông hoàn thành nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh trước ngày '
     '30/6/2024; Văn phòng UBND tỉnh tổng hợp kết quả định kỳ 06 tháng, hằng năm.</p>', []),
    ('<p><strong>III. TỔ CHỨC THỰC HIỆN</strong></p>', []),
    ('<p>Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành. Trong quá trình '
     'triển khai, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Thông tin và Truyền thông '
     'để tổng hợp, báo cáo UBND tỉnh xem xét, quyết định./.</p>', []),
]

HEAD = '''<table style="width:100%;border:none">
<tr>
<td style="text-align:center;width:40%"><b>ỦY BAN NHÂN DÂN<br>TỈNH BÌNH PHƯỚC</b><br>--------<br>Số: 398/KH-UBND</td>
<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br><i>Bình Phước, ngày 27 tháng 12 năm 2023</i></td>
</tr>
</table>
<p style="text-align:center"><b>KẾ HOẠCH</b></p>
<p style="text-align:center"><b>Nâng cao chất lượng cung cấp, sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến<br>và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính giai đoạn 2024 - 2026</b></p>
<p><i>Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng;</i></p>
<p><i>Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;</i></p>
<p><i>Căn cứ Nghị quyết số 12-NQ/TU ngày 05/10/2023 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số tỉnh Bình Phước;</i></p>
<p>Ủy ban nhân dân tỉnh ban hành Kế hoạch nâng cao chất lượng cung cấp, sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính giai đoạn 2024 - 2026 như sau:</p>
'''

SIGN = '''<table style="width:100%;border:none">
<tr>
<td style="vertical-align:top;width:45%"><b><i>Nơi nhận:</i></b><br>- Bộ Thông tin và Truyền thông;<br>- TTTU, TT.HĐND tỉnh;<br>- CT, các PCT UBND tỉnh;<br>- Các sở, ban, ngành tỉnh;<br>- UBND các huyện, thị xã, thành phố;<br>- LĐVP, các phòng;<br>- Lưu: VT, (Th-KGVX).</td>
<td style="text-align:center;vertical-align:top"><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br><br><br><b>Hồ Văn Tâm</b></td>
</tr>
</table>
<p>&nbsp;</p>
<p style="text-align:center"><b>PHỤ LỤC</b></p>
<p style="text-align:center"><b>CHỈ TIÊU CUNG CẤP, SỬ DỤNG DVCTT, THANH TOÁN TRỰC TUYẾN VÀ SỐ HÓA GIAI ĐOẠN 2024 - 2026</b><br><i>(Kèm theo Kế hoạch số 398/KH-UBND ngày 27/12/2023 của UBND tỉnh Bình Phước)</i></p>
'''


def esc(s):
    return html.escape(s, quote=False).replace('&lt;br&gt;', '<br>')


def table_html_and_targets():
    out = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:100%">',
           '<thead>',
           '<tr><th rowspan="2">STT</th><th rowspan="2">Chỉ tiêu</th><th rowspan="2">Đơn vị tính</th>'
           '<th rowspan="2">Ước thực hiện năm 2023</th><th colspan="3">Chỉ tiêu giao</th>'
           '<th rowspan="2">Đơn vị chủ trì</th><th rowspan="2">Đơn vị phối hợp</th></tr>',
           '<tr>' + ''.join(f'<th>Năm {y}</th>' for y in YEARS) + '</tr>',
           '</thead>', '<tbody>']
    ts = []
    for r in ROWS:
        if r[0] == 'S':
            out.append(f'<tr><td style="text-align:center"><b>{r[1]}</b></td><td colspan="8"><b>{r[2]}</b></td></tr>')
            continue
        stt, label, dvt, est, cells, chutri, units, phoihop, metric = r
        tds = [str(stt), esc(label), dvt, est] + [esc(c) for c in cells] + [esc(chutri), esc(phoihop)]
        out.append('<tr>' + ''.join(f'<td>{c}</td>' for c in tds) + '</tr>')
        for y, c in zip(YEARS, cells):
            v = num(c)
            if v is None:
                continue
            ts.append(T(units, metric, v, label, 'table', y))
    out += ['</tbody>', '</table>']
    return out, ts


def main():
    tbl, ts = table_html_and_targets()
    text = HEAD + '\n'.join(p for p, _ in BODY) + '\n' + SIGN + '\n'.join(tbl) + '\n'
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(text)
    prose = [t for _, tl in BODY for t in tl]
    doc = {
        'number': '398/KH-UBND', 'symbol': 'KH-UBND', 'serial': '398', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân tỉnh Bình Phước', 'place': 'Bình Phước', 'date': '2023-12-27',
        'subject': 'Nâng cao chất lượng cung cấp, sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính giai đoạn 2024 - 2026',
        'signer': 'Hồ Văn Tâm',
        'references': ['42/2022/NĐ-CP', '766/QĐ-TTg', '12-NQ/TU'],
    }
    write_gold(SEED, [{'document': doc, 'targets': ts + prose}])


if __name__ == '__main__':
    main()
