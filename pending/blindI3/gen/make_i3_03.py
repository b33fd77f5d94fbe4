#!/usr/bin/env python3
"""i3_03: Đắk Lắk, UBND thị xã Buôn Hồ, Quyết định 1126/QĐ-UBND (18/4/2024)
as a web-portal page (.html): navigation menu, breadcrumbs, sidebar, footer
with visitor counters and phone numbers. The decision's appendix is an HTML
table with a two-row header: STT / Đơn vị / Ghi chú with rowspan=2,
"Kết quả thực hiện năm 2023 (%)" colspan=2 (NOT targets) and "Chỉ tiêu giao
năm 2024 (%)" colspan=3; section rows with colspan for wards and communes.
"""
import os
from common import DOCS, T, num, write_gold

SEED = 'i3_03_daklak_buonho_qd_2024.html'
Y = 2024

PAST = ['Hồ sơ trực tuyến', 'Thanh toán trực tuyến']
COLS = [
    ('Tỷ lệ hồ sơ trực tuyến (trên tổng số hồ sơ tiếp nhận, giải quyết TTHC)', 'online_dossier_rate'),
    ('Tỷ lệ thanh toán trực tuyến', 'online_payment_rate'),
    ('Tỷ lệ số hoá hồ sơ', 'dossier_digitization_rate'),
]


def U(printed):
    return ['UBND ' + printed[0].lower() + printed[1:], printed]


GP, GX = 'UBND các phường', 'UBND các xã'
# ('S', code, title) or (stt, printed name, [past 2], [targets 3], note)
ROWS = [
    ('S', 'I', GP),
    (1, 'Phường An Bình', ['52,4', '33,1'], ['70', '50', '80'], ''),
    (2, 'Phường An Lạc', ['49,8', '30,6'], ['70', '50', '80'], ''),
    (3, 'Phường Bình Tân', ['44,2', '27,5'], ['65', '45', '75'], ''),
    (4, 'Phường Đạt Hiếu', ['41,7', '25,9'], ['65', '45', '75'], ''),
    (5, 'Phường Đoàn Kết', ['55,3', '36,8'], ['75', '55', '85'], ''),
    (6, 'Phường Thiện An', ['38,6', '21,4'], ['60', '40', '75'], ''),
    (7, 'Phường Thống Nhất', ['51,2', '34,7'], ['70', '50', '80'], ''),
    ('S', 'II', GX),
    (1, 'Xã Bình Thuận', ['35,9', '18,2'], ['60', '35', '70'], ''),
    (2, 'Xã Cư Bao', ['33,4', '—'], ['55', '', '70'], 'Chưa phát sinh TTHC có thu phí trực tuyến'),
    (3, 'Xã Ea Blang', ['30,8', '15,6'], ['55', '35', '70'], ''),
    (4, 'Xã Ea Drông', ['28,1', '12,9'], ['50', '30', '65'], ''),
    (5, 'Xã Ea Siên', ['26,5', '—'], ['50', '—', '65'], 'Chưa phát sinh TTHC có thu phí trực tuyến'),
]

PROSE = [
    T(['Bộ phận Tiếp nhận và Trả kết quả thị xã', 'Bộ phận Tiếp nhận và Trả kết quả thị xã Buôn Hồ'],
      'result_digitization_rate', 100, 'tỷ lệ số hóa kết quả giải quyết thủ tục hành chính', 'prose', Y),
    T(['Bộ phận Tiếp nhận và Trả kết quả thị xã', 'Bộ phận Tiếp nhận và Trả kết quả thị xã Buôn Hồ'],
      'national_portal_sync_rate', 100, 'tỷ lệ kết quả xử lý hồ sơ TTHC được đồng bộ đầy đủ trên Cổng DVC quốc gia', 'prose', Y),
]

PAGE_TOP = '''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Quyết định giao chỉ tiêu tỷ lệ hồ sơ trực tuyến năm 2024 - Cổng thông tin điện tử thị xã Buôn Hồ</title>
<link rel="stylesheet" href="/Portal/css/style.css">
<script src="/Portal/js/jquery.min.js"></script>
</head>
<body>
<div id="top-bar">Thứ Năm, 25/04/2024 | <a href="/lien-he">Liên hệ</a> | <a href="/so-do">Sơ đồ cổng</a> | <a href="/rss">RSS</a></div>
<header class="banner"><img src="/Portal/images/banner.png" alt="CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ BUÔN HỒ - TỈNH ĐẮK LẮK"></header>
<nav class="menu">
<ul>
<li><a href="/">Trang chủ</a></li>
<li><a href="/gioi-thieu">Giới thiệu</a>
  <ul><li><a href="/lich-su">Lịch sử hình thành</a></li><li><a href="/co-cau">Cơ cấu tổ chức</a></li></ul></li>
<li><a href="/tin-tuc">Tin tức - Sự kiện</a></li>
<li><a href="/van-ban">Văn bản chỉ đạo điều hành</a></li>
<li><a href="https://dichvucong.daklak.gov.vn">Dịch vụ công trực tuyến</a></li>
<li><a href="/chuyen-doi-so">Chuyển đổi số</a></li>
<li><a href="/hoi-dap">Hỏi đáp</a></li>
</ul>
</nav>
<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/van-ban">Văn bản chỉ đạo điều hành</a> &raquo; Chi tiết</div>
<div class="container">
<aside class="sidebar">
<h3>Liên kết</h3>
<ul><li><a href="https://daklak.gov.vn">Cổng TTĐT tỉnh Đắk Lắk</a></li><li><a href="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</a></li></ul>
<h3>Thăm dò ý kiến</h3>
<p>Bạn đánh giá thế nào về chất lượng dịch vụ công trực tuyến của thị xã?</p>
<form><label><input type="radio" name="r"> Rất hài lòng</label><label><input type="radio" name="r"> Hài lòng</label><label><input type="radio" name="r"> Chưa hài lòng</label></form>
</aside>
<article class="content">
<h1 class="title">Quyết định về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến và số hoá hồ sơ năm 2024</h1>
<div class="meta">Ngày đăng: 25/04/2024 08:15 | Lượt xem: 317</div>
<table class="header-vb" style="width:100%;border:none">
<tr><td style="text-align:center"><b>ỦY BAN NHÂN DÂN<br>THỊ XÃ BUÔN HỒ</b></td>
<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b></td></tr>
<tr><td style="text-align:center">Số: 1126/QĐ-UBND</td>
<td style="text-align:center"><i>Buôn Hồ, ngày 18 tháng 4 năm 2024</i></td></tr>
</table>
<p style="text-align:center"><b>QUYẾT ĐỊNH</b></p>
<p style="text-align:center"><b>Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến và số hoá hồ sơ năm 2024 cho Ủy ban nhân dân các xã, phường</b></p>
<p style="text-align:center"><b>CHỦ TỊCH ỦY BAN NHÂN DÂN THỊ XÃ BUÔN HỒ</b></p>
<p><i>Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;</i></p>
<p><i>Căn cứ Quyết định số 612/QĐ-UBND ngày 02 tháng 4 năm 2024 của Ủy ban nhân dân tỉnh Đắk Lắk về việc giao chỉ tiêu dịch vụ công trực tuyến năm 2024;</i></p>
<p><i>Theo đề nghị của Chánh Văn phòng HĐND và UBND thị xã.</i></p>
<p style="text-align:center"><b>QUYẾT ĐỊNH:</b></p>
<p><b>Điều 1.</b> Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến và số hoá hồ sơ năm 2024 cho Ủy ban nhân dân các xã, phường (chi tiết tại Phụ lục kèm theo).</p>
<p>Đối với Bộ phận Tiếp nhận và Trả kết quả thị xã: tỷ lệ số hóa kết quả giải quyết thủ tục hành chính đạt 100%; tỷ lệ kết quả xử lý hồ sơ TTHC được đồng bộ đầy đủ trên Cổng DVC quốc gia đạt 100%.</p>
<p><b>Điều 2.</b> Chủ tịch UBND các xã, phường xây dựng kế hoạch thực hiện, hoàn thành trước ngày 10/5/2024; định kỳ hằng quý báo cáo kết quả về UBND thị xã (qua Văn phòng HĐND và UBND thị xã). Năm 2023 toàn thị xã đạt 45,8% hồ sơ trực tuyến, xếp thứ 9/15 huyện, thị xã, thành phố của tỉnh.</p>
<p><b>Điều 3.</b> Chánh Văn phòng HĐND và UBND thị xã, Thủ trưởng các cơ quan, đơn vị có liên quan và Chủ tịch UBND các xã, phường chịu trách nhiệm thi hành Quyết định này. Quyết định có hiệu lực kể từ ngày ký./.</p>
<table class="sign" style="width:100%;border:none">
<tr><td style="vertical-align:top"><b><i>Nơi nhận:</i></b><br>- Như Điều 3;<br>- UBND tỉnh (b/c);<br>- Sở Thông tin và Truyền thông;<br>- CT, các PCT UBND thị xã;<br>- Lưu: VT, VP.</td>
<td style="text-align:center;vertical-align:top"><b>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br><br><br><b>Nguyễn Thị Hồng Nhung</b></td></tr>
</table>
<p style="text-align:center"><b>PHỤ LỤC</b><br><b>CHỈ TIÊU GIAO CHO UBND CÁC XÃ, PHƯỜNG NĂM 2024</b><br><i>(Kèm theo Quyết định số 1126/QĐ-UBND ngày 18/4/2024 của Chủ tịch UBND thị xã Buôn Hồ)</i></p>
'''

PAGE_BOTTOM = '''<div class="attach"><a href="/uploads/2024/04/1126-qd-ubnd.pdf">Tải về: 1126-qd-ubnd.pdf (412 KB)</a></div>
<div class="related"><h3>Văn bản khác</h3><ul>
<li><a href="/van-ban/1098">Kế hoạch tổ chức Ngày Chuyển đổi số thị xã năm 2024</a></li>
<li><a href="/van-ban/1087">Thông báo lịch tiếp công dân tháng 5/2024</a></li></ul></div>
</article>
</div>
<footer>
<p>CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ BUÔN HỒ</p>
<p>Cơ quan chủ quản: Ủy ban nhân dân thị xã Buôn Hồ, tỉnh Đắk Lắk</p>
<p>Địa chỉ: 01 Hùng Vương, thị xã Buôn Hồ | Điện thoại: 0262 3875 142 | Email: ubnd@buonho.daklak.gov.vn</p>
<p>Giấy phép số 15/GP-TTĐT ngày 20/3/2019 | Đang truy cập: 125 | Tổng lượt truy cập: 2.345.678</p>
<p>&copy; 2024 Bản quyền thuộc UBND thị xã Buôn Hồ. Ghi rõ nguồn khi phát hành lại thông tin từ cổng này.</p>
</footer>
</body>
</html>
'''


def table():
    h = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:100%">',
         '<thead>',
         '<tr><th rowspan="2">STT</th><th rowspan="2">Đơn vị</th>'
         '<th colspan="2">Kết quả thực hiện năm 2023 (%)</th>'
         '<th colspan="3">Chỉ tiêu giao năm 2024 (%)</th><th rowspan="2">Ghi chú</th></tr>',
         '<tr>' + ''.join(f'<th>{p}</th>' for p in PAST) + ''.join(f'<th>{c}</th>' for c, _ in COLS) + '</tr>',
         '</thead>', '<tbody>']
    ts, group = [], None
    for r in ROWS:
        if r[0] == 'S':
            group = r[2]
            h.append(f'<tr><td><b>{r[1]}</b></td><td colspan="7"><b>{r[2]}</b></td></tr>')
            continue
        stt, name, past, cells, note = r
        tds = [str(stt), name] + past + cells + [note]
        h.append('<tr>' + ''.join(f'<td>{x}</td>' for x in tds) + '</tr>')
        for (hdr, metric), c in zip(COLS, cells):
            v = num(c)
            if v is None:
                continue
            ts.append(T(U(name), metric, v, hdr, 'table', Y, unit_group=group, note=note or None))
    h += ['</tbody>', '</table>']
    return h, ts


def main():
    h, ts = table()
    open(os.path.join(DOCS, SEED), 'w', encoding='utf-8').write(PAGE_TOP + '\n'.join(h) + '\n' + PAGE_BOTTOM)
    doc = {
        'number': '1126/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '1126', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân thị xã Buôn Hồ', 'place': 'Buôn Hồ', 'date': '2024-04-18',
        'subject': 'Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến và số hoá hồ sơ năm 2024 cho Ủy ban nhân dân các xã, phường',
        'signer': 'Nguyễn Thị Hồng Nhung',
        'references': ['612/QĐ-UBND'],
    }
    write_gold(SEED, [{'document': doc, 'targets': PROSE + ts}])


if __name__ == '__main__':
    main()
