"""e3_05: simple HTML, report-like decision (Quyết định 986/QĐ-UBND, UBND tỉnh Lâm Đồng,
05/6/2023). The appendix first reports 2022 results in a table (not targets), then gives the
2023 targets in a table with ONE COLUMN PER UNIT LEVEL (Sở, ban, ngành / UBND cấp huyện /
UBND cấp xã) and indicators as rows; '≥ 80%', '100%', '≤ 2%', a count row, a '—' cell."""
from common import *

DOC = 'e3_05_lamdong_qd986_2023.html'
Y = 2023
S = ['Sở, ban, ngành', 'Các sở, ban, ngành', 'Sở, ban, ngành tỉnh', 'Các sở, ban, ngành tỉnh']
H = ['UBND cấp huyện', 'Cấp huyện', 'UBND các huyện, thành phố']
X = ['UBND cấp xã', 'Cấp xã', 'UBND các xã, phường, thị trấn']

ROWS = [  # section tuples (letter, title) or (stt, text, s, h, x, note, metric)
    ('A', 'Cung cấp dịch vụ công trực tuyến'),
    (1, 'Tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện', '≥ 80%', '≥ 80%', '—', 'Cấp xã không đánh giá chỉ tiêu này', 'full_online_service_rate'),
    (2, 'Tỷ lệ dịch vụ công trực tuyến toàn trình được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia', '100%', '100%', '100%', '', 'national_portal_integration_rate'),
    (3, 'Số dịch vụ công trực tuyến toàn trình đã cung cấp đến ngày 31/12/2022 (dịch vụ)', '845', '212', '97', 'Số liệu tham chiếu', 'COUNT'),
    ('B', 'Sử dụng dịch vụ công trực tuyến'),
    (4, 'Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ', '≥ 50%', '≥ 45%', '≥ 40%', '', 'online_service_uptake_rate'),
    (5, 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính', '≥ 50%', '≥ 40%', '≥ 30%', '', 'online_dossier_rate'),
    (6, 'Tỷ lệ thủ tục hành chính có phát sinh giao dịch thanh toán trực tuyến', '≥ 70%', '≥ 60%', '≥ 50%', '', 'online_payment_procedure_rate'),
    (7, 'Tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí', '≥ 35%', '≥ 30%', '≥ 22,5%', '', 'online_payment_rate'),
    ('C', 'Số hóa và chất lượng giải quyết thủ tục hành chính'),
    (8, 'Tỷ lệ số hóa kết quả giải quyết thủ tục hành chính', '100%', '100%', '≥ 90%', '', 'result_digitization_rate'),
    (9, 'Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử', '≥ 97,5%', '≥ 95%', '≥ 90%', '', 'electronic_result_rate'),
    (10, 'Tỷ lệ hồ sơ được tiếp nhận và xử lý trực tuyến trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh', '100%', '100%', '≥ 95%', '', 'online_processing_rate'),
    (11, 'Tỷ lệ hồ sơ giải quyết quá hạn', '≤ 2%', '≤ 3%', '≤ 5%', 'Tính trên tổng số hồ sơ đã giải quyết', None),
]

RESULTS = [  # 2022 results, same column layout (not targets)
    ('Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ', '31,6%', '22,4%', '12,9%'),
    ('Tỷ lệ hồ sơ thanh toán trực tuyến', '18,2%', '9,7%', '4,1%'),
    ('Tỷ lệ hồ sơ giải quyết quá hạn', '1,8%', '3,6%', '6,2%'),
]


def parse(cell):
    c = cell.replace('%', '').strip()
    if c.startswith('≥'):
        return '>=', c[1:].strip()
    if c.startswith('≤'):
        return '<=', c[1:].strip()
    return '>=', c


def html_doc():
    h = ['''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Quyết định số 986/QĐ-UBND ngày 05/6/2023 của UBND tỉnh Lâm Đồng</title>
<style>
body { font-family: "Times New Roman", serif; font-size: 14px; max-width: 900px; margin: 20px auto; }
table.kq, table.ct { border-collapse: collapse; width: 100%; }
table.kq td, table.kq th, table.ct td, table.ct th { border: 1px solid #333; padding: 4px 6px; }
td.c, th { text-align: center; }
</style>
</head>
<body>
<table width="100%">
<tr>
<td width="40%" align="center"><b>ỦY BAN NHÂN DÂN<br>TỈNH LÂM ĐỒNG</b><br>-------<br>Số: 986/QĐ-UBND</td>
<td width="60%" align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br><i>Lâm Đồng, ngày 05 tháng 6 năm 2023</i></td>
</tr>
</table>
<h3 align="center">QUYẾT ĐỊNH</h3>
<p align="center"><b>Ban hành Bộ chỉ tiêu đánh giá mức độ cung cấp, sử dụng dịch vụ công trực tuyến của các cơ quan, đơn vị, địa phương trên địa bàn tỉnh Lâm Đồng năm 2023</b></p>
<p align="center"><b>ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG</b></p>
<p>Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;</p>
<p>Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24 tháng 6 năm 2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng;</p>
<p>Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;</p>
<p>Căn cứ Quyết định số 17/QĐ-UBQGCĐS ngày 04 tháng 4 năm 2023 của Ủy ban Quốc gia về chuyển đổi số ban hành Kế hoạch hoạt động của Ủy ban Quốc gia về chuyển đổi số năm 2023;</p>
<p>Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 64/TTr-STTTT ngày 26 tháng 5 năm 2023.</p>
<p align="center"><b>QUYẾT ĐỊNH:</b></p>
<p><b>Điều 1.</b> Ban hành kèm theo Quyết định này Bộ chỉ tiêu đánh giá mức độ cung cấp, sử dụng dịch vụ công trực tuyến của các cơ quan, đơn vị, địa phương trên địa bàn tỉnh Lâm Đồng năm 2023 (Phụ lục kèm theo).</p>
<p><b>Điều 2.</b> Kết quả thực hiện Bộ chỉ tiêu là căn cứ để chấm điểm tiêu chí thành phần về dịch vụ công trực tuyến trong Bộ Chỉ số cải cách hành chính năm 2023 (tối đa 2,5 điểm). Sở Thông tin và Truyền thông chủ trì theo dõi, tổng hợp, công khai kết quả hằng tháng trên Cổng thông tin điện tử tỉnh.</p>
<p><b>Điều 3.</b> Chánh Văn phòng UBND tỉnh; Giám đốc các sở, Thủ trưởng các ban, ngành thuộc tỉnh; Chủ tịch UBND các huyện, thành phố Đà Lạt, Bảo Lộc; Chủ tịch UBND các xã, phường, thị trấn và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này kể từ ngày ký./.</p>
<table width="100%">
<tr>
<td width="50%" valign="top"><b><i>Nơi nhận:</i></b><br>- Như Điều 3;<br>- Bộ Thông tin và Truyền thông;<br>- TTTU, TTHĐND tỉnh;<br>- CT, các PCT UBND tỉnh;<br>- Cổng TTĐT tỉnh;<br>- Lưu: VT, TTPVHCC.</td>
<td width="50%" align="center" valign="top"><b>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br><br><br><br>Trần Hồng Phúc</b></td>
</tr>
</table>
<hr>
<h3 align="center">PHỤ LỤC<br>BỘ CHỈ TIÊU ĐÁNH GIÁ MỨC ĐỘ CUNG CẤP, SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN NĂM 2023</h3>
<p align="center"><i>(Ban hành kèm theo Quyết định số 986/QĐ-UBND ngày 05/6/2023 của UBND tỉnh Lâm Đồng)</i></p>
<h4>I. KẾT QUẢ THỰC HIỆN NĂM 2022</h4>
<p>Năm 2022, toàn tỉnh tiếp nhận 412.756 hồ sơ thủ tục hành chính, trong đó 98.531 hồ sơ trực tuyến. Kết quả một số chỉ tiêu chủ yếu theo từng cấp như sau:</p>
<table class="kq">
<tr><th>Chỉ tiêu</th><th>Sở, ban, ngành</th><th>UBND cấp huyện</th><th>UBND cấp xã</th></tr>
''']
    for r in RESULTS:
        h.append(f'<tr><td>{esc(r[0])}</td><td class="c">{r[1]}</td><td class="c">{r[2]}</td><td class="c">{r[3]}</td></tr>\n')
    h.append('''</table>
<p>Các chỉ tiêu còn thấp so với yêu cầu của Chính phủ; tỷ lệ thanh toán trực tuyến cấp xã chưa đạt 5%.</p>
<h4>II. CHỈ TIÊU NĂM 2023</h4>
<table class="ct">
<tr><th rowspan="2">STT</th><th rowspan="2">Chỉ tiêu</th><th colspan="3">Chỉ tiêu giao năm 2023</th><th rowspan="2">Ghi chú</th></tr>
<tr><th>Sở, ban, ngành</th><th>UBND cấp huyện</th><th>UBND cấp xã</th></tr>
''')
    for r in ROWS:
        if len(r) == 2:
            h.append(f'<tr><td class="c"><b>{r[0]}</b></td><td colspan="5"><b>{esc(r[1])}</b></td></tr>\n')
        else:
            h.append(f'<tr><td class="c">{r[0]}</td><td>{esc(r[1])}</td><td class="c">{esc(r[2])}</td>'
                     f'<td class="c">{esc(r[3])}</td><td class="c">{esc(r[4])}</td><td>{esc(r[5])}</td></tr>\n')
    h.append('''</table>
<p><i>Ghi chú: Tỷ lệ được tính trên số liệu của Hệ thống thông tin giải quyết thủ tục hành chính tỉnh từ ngày 01/01/2023 đến ngày 30/11/2023.</i></p>
</body>
</html>
''')
    return ''.join(h)


def gold():
    ts = []
    for r in ROWS:
        if len(r) == 2 or r[6] == 'COUNT':
            continue
        stt, text, s, hh, x, note, metric = r
        for unit, cell in ((S, s), (H, hh), (X, x)):
            if cell in ('—', ''):
                continue
            comp, v = parse(cell)
            ts.append(T(unit, metric, v, text, Y, comparator=comp, note=note or None))
    doc = {"number": "986/QĐ-UBND", "symbol": "QĐ-UBND", "serial": "986", "type": "quyet_dinh",
           "issuer": "Ủy ban nhân dân tỉnh Lâm Đồng", "place": "Lâm Đồng", "date": "2023-06-05",
           "subject": "Ban hành Bộ chỉ tiêu đánh giá mức độ cung cấp, sử dụng dịch vụ công trực tuyến của các cơ quan, đơn vị, địa phương trên địa bàn tỉnh Lâm Đồng năm 2023",
           "signer": "Trần Hồng Phúc",
           "references": ["42/2022/NĐ-CP", "766/QĐ-TTg", "17/QĐ-UBQGCĐS", "64/TTr-STTTT"]}
    return [{"document": doc, "targets": ts}]


def main():
    write_doc(DOC, html_doc())
    write_gold(DOC, gold())


if __name__ == '__main__':
    main()
