#!/usr/bin/env python3
"""c4_03: a plan whose issuer is a department (Sở Khoa học và Công nghệ tỉnh
Thái Nguyên, issuer block "UBND TỈNH THÁI NGUYÊN" over "SỞ KHOA HỌC VÀ CÔNG
NGHỆ", symbol KH-SKHCN), as a web copy in HTML (layout table for the header,
a data table with rowspan/colspan, &nbsp; and <br>).

Kế hoạch 52/KH-SKHCN, 08/4/2025. It cites the provincial decision that
assigned the Sở its 2025 targets (615/QĐ-UBND) and restates them as its own
("Hoàn thành 100% chỉ tiêu ... cụ thể:" -> targets of this plan, unit = the
Sở / null, seed 000 reading); it quotes the 2024 assignment and results of
the two merged departments (388/QĐ-UBND: 70%, 50%; results 74,1%, 46,3%):
context. Then a table splitting the targets over the Sở's own offices.
"""
from common import T, table_targets, write_doc, write_gold

SEED = 'c4_03_thainguyen_kh_2025.html'
Y = 2025
SO = [None, 'Sở Khoa học và Công nghệ', 'Sở Khoa học và Công nghệ tỉnh Thái Nguyên']

HEAD = '''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Kế hoạch 52/KH-SKHCN năm 2025 thực hiện chỉ tiêu dịch vụ công trực tuyến - Sở Khoa học và Công nghệ Thái Nguyên</title>
</head>
<body>
<div class="breadcrumb">Trang chủ &raquo; Văn bản &raquo; Kế hoạch</div>
<div class="content-detail">
<table style="width:100%;border:none">
<tr>
<td style="width:40%;text-align:center;vertical-align:top">UBND TỈNH THÁI NGUYÊN<br><b>SỞ KHOA HỌC VÀ CÔNG NGHỆ</b><br>________<br>Số:&nbsp;52/KH-SKHCN</td>
<td style="width:60%;text-align:center;vertical-align:top"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br>________________________<br><i>Thái Nguyên, ngày&nbsp;08&nbsp;tháng&nbsp;4&nbsp;năm 2025</i></td>
</tr>
</table>
<p style="text-align:center"><b>KẾ HOẠCH</b></p>
<p style="text-align:center"><b>Thực hiện chỉ tiêu dịch vụ công trực tuyến, thanh toán trực tuyến<br>và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính<br>của Sở Khoa học và Công nghệ năm 2025</b></p>
'''

PARAS = [
    ('Căn cứ Quyết định số 615/QĐ-UBND ngày 20/3/2025 của Ủy ban nhân dân tỉnh Thái Nguyên về việc giao chỉ tiêu dịch vụ công trực tuyến, thanh toán trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2025;', []),
    ('Căn cứ Kế hoạch số 47/KH-UBND ngày 28/02/2025 của Ủy ban nhân dân tỉnh về cải cách hành chính tỉnh Thái Nguyên năm 2025;', []),
    ('Căn cứ Quyết định số 08/2025/QĐ-UBND ngày 05/3/2025 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ tỉnh Thái Nguyên;', []),
    ('Sở Khoa học và Công nghệ ban hành Kế hoạch thực hiện chỉ tiêu năm 2025 như sau:', []),
    ('<b>I. MỤC ĐÍCH, YÊU CẦU</b>', []),
    ('- Cụ thể hóa chỉ tiêu Ủy ban nhân dân tỉnh giao; phân công rõ trách nhiệm của từng phòng, đơn vị thuộc Sở và gắn với trách nhiệm của người đứng đầu.', []),
    ('- Việc tiếp nhận, giải quyết thủ tục hành chính của các lĩnh vực tiếp nhận từ Sở Thông tin và Truyền thông sau hợp nhất được thực hiện liên tục, không gián đoạn.', []),
    ('<b>II. CHỈ TIÊU</b>', []),
    ('<b>1. Kết quả năm 2024</b>', []),
    ('Năm 2024, tại Quyết định số 388/QĐ-UBND ngày 15/3/2024, Ủy ban nhân dân tỉnh đã giao Sở Thông tin và Truyền thông (nay hợp nhất vào Sở Khoa học và Công nghệ) tỷ lệ hồ sơ trực tuyến toàn trình 70%, kết quả đạt 74,1%; giao Sở Khoa học và Công nghệ (trước hợp nhất) tỷ lệ 50%, kết quả chỉ đạt 46,3%.', []),
    ('<b>2. Chỉ tiêu năm 2025</b>', []),
    ('Hoàn thành 100% chỉ tiêu Ủy ban nhân dân tỉnh giao cho Sở tại Quyết định số 615/QĐ-UBND, cụ thể:', []),
    ('- Tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 85%;', [
        T(SO, 'full_online_dossier_rate', 85, 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'prose', Y)]),
    ('- Tỷ lệ hồ sơ được thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí đạt tối thiểu 80%;', [
        T(SO, 'online_payment_rate', 80, 'Tỷ lệ hồ sơ được thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí', 'prose', Y)]),
    ('- Tỷ lệ số hóa hồ sơ, kết quả giải quyết và cấp kết quả giải quyết thủ tục hành chính điện tử đạt 100%;', [
        T(SO, 'dossier_result_digitization_rate', 100, 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết và cấp kết quả giải quyết thủ tục hành chính điện tử', 'prose', Y)]),
    ('- Tỷ lệ hồ sơ giải quyết đúng hạn đạt tối thiểu 98%; tỷ lệ hồ sơ giải quyết quá hạn không quá 1%;', [
        T(SO, 'on_time_resolution_rate', 98, 'Tỷ lệ hồ sơ giải quyết đúng hạn', 'prose', Y),
        T(SO, None, 1, 'tỷ lệ hồ sơ giải quyết quá hạn', 'prose', Y, comparator='<=')]),
    ('- Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính đạt từ 95% trở lên.', [
        T(SO, 'satisfaction_rate', 95, 'Mức độ hài lòng của người dân, doanh nghiệp', 'prose', Y)]),
    ('<b>3. Phân bổ chỉ tiêu cho các phòng, đơn vị thuộc Sở</b> (chi tiết tại bảng dưới đây):', []),
]

COLS = [
    ('Tỷ lệ hồ sơ trực tuyến toàn trình (%)', 'full_online_dossier_rate'),
    ('Tỷ lệ thanh toán trực tuyến (%)', 'online_payment_rate'),
    ('Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC (%)', 'dossier_result_digitization_rate'),
]
ROWS = [
    (1, 'Phòng Quản lý công nghệ và Sở hữu trí tuệ', ['Phòng Quản lý công nghệ và Sở hữu trí tuệ'],
     ['85', '80', '100'], '', 'Hoạt động khoa học và công nghệ; sở hữu trí tuệ'),
    (2, 'Chi cục Tiêu chuẩn Đo lường Chất lượng', ['Chi cục Tiêu chuẩn Đo lường Chất lượng'],
     ['90', '85', '100'], '', 'Tiêu chuẩn, đo lường, chất lượng'),
    (3, 'Phòng Bưu chính, Viễn thông và Chuyển đổi số', ['Phòng Bưu chính, Viễn thông và Chuyển đổi số'],
     ['80', 'không giao', '100'], 'Phần lớn TTHC không thu phí, lệ phí', 'Bưu chính, viễn thông, tần số vô tuyến điện'),
    (4, 'Phòng Thông tin, Báo chí và Xuất bản', ['Phòng Thông tin, Báo chí và Xuất bản'],
     ['85', '75', '100'], '', 'Báo chí; xuất bản, in và phát hành'),
    (5, 'Văn phòng Sở', ['Văn phòng Sở', 'Văn phòng Sở Khoa học và Công nghệ'],
     ['—', '—', '100'], 'Đầu mối tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh', 'Tiếp nhận, trả kết quả'),
]

TAIL = [
    ('<b>III. NHIỆM VỤ, GIẢI PHÁP</b>', []),
    ('1. Rà soát, cấu hình lại quy trình điện tử của 100% thủ tục hành chính tiếp nhận từ Sở Thông tin và Truyền thông trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, hoàn thành trước ngày 30/4/2025.', []),
    ('2. Hằng tháng, Văn phòng Sở tổng hợp kết quả thực hiện chỉ tiêu của từng phòng, đơn vị, báo cáo Giám đốc Sở tại cuộc họp giao ban.', []),
    ('<b>IV. TỔ CHỨC THỰC HIỆN</b>', []),
    ('Trưởng các phòng, đơn vị thuộc Sở chịu trách nhiệm trước Giám đốc Sở về kết quả thực hiện chỉ tiêu được phân bổ. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo Giám đốc Sở (qua Văn phòng Sở) để chỉ đạo./.', []),
]

FOOT = '''<table style="width:100%;border:none">
<tr>
<td style="width:50%;vertical-align:top"><b><i>Nơi nhận:</i></b><br>- UBND tỉnh (b/c);<br>- Văn phòng UBND tỉnh;<br>- Giám đốc, các PGĐ Sở;<br>- Các phòng, đơn vị thuộc Sở (t/h);<br>- Lưu: VT, VP.</td>
<td style="width:50%;text-align:center;vertical-align:top"><b>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</b><br><br><br><br><b>Nông Văn Khải</b></td>
</tr>
</table>
</div>
<div class="footer">Cổng thông tin điện tử Sở Khoa học và Công nghệ tỉnh Thái Nguyên</div>
</body>
</html>
'''


def html_table():
    out = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">',
           '<tr><th rowspan="2">STT</th><th rowspan="2">Phòng, đơn vị</th><th rowspan="2">Lĩnh vực TTHC</th>'
           '<th colspan="3">Chỉ tiêu năm 2025</th><th rowspan="2">Ghi chú</th></tr>',
           '<tr>' + ''.join(f'<th>{c}</th>' for c, _ in COLS) + '</tr>']
    for stt, name, _, cells, note, field in ROWS:
        tds = [str(stt), name, field] + cells + [note]
        out.append('<tr>' + ''.join(f'<td>{c}</td>' for c in tds) + '</tr>')
    out.append('</table>')
    return out


def main():
    body = [f'<p>{p}</p>' for p, _ in PARAS] + html_table() + [f'<p>{p}</p>' for p, _ in TAIL]
    write_doc(SEED, HEAD + '\n'.join(body) + '\n' + FOOT)
    ts = [t for _, tt in PARAS for t in tt] + table_targets([r[:5] for r in ROWS], COLS, Y, group_rows=False)
    kh = {
        'number': '52/KH-SKHCN', 'symbol': 'KH-SKHCN', 'serial': '52', 'type': 'ke_hoach',
        'issuer': ['Sở Khoa học và Công nghệ tỉnh Thái Nguyên', 'Sở Khoa học và Công nghệ'],
        'place': 'Thái Nguyên', 'date': '2025-04-08',
        'subject': 'Thực hiện chỉ tiêu dịch vụ công trực tuyến, thanh toán trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính của Sở Khoa học và Công nghệ năm 2025',
        'signer': 'Nông Văn Khải', 'signer_position': 'Phó Giám đốc', 'signer_capacity': 'KT. Giám đốc',
        'recipients': ['UBND tỉnh (b/c)', 'Văn phòng UBND tỉnh', 'Giám đốc, các PGĐ Sở',
                       'Các phòng, đơn vị thuộc Sở (t/h)'],
        'references': ['615/QĐ-UBND', '47/KH-UBND', '08/2025/QĐ-UBND', '388/QĐ-UBND'],
    }
    write_gold(SEED, [{'document': kh, 'targets': ts}])


if __name__ == '__main__':
    main()
