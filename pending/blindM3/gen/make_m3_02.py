#!/usr/bin/env python3
"""m3_02: a plan of UBND thành phố Đà Nẵng (86/KH-UBND, 12/4/2021) as a full
HTML page of the city's portal: <nav>, <header>, two sidebars (news with
percentages that are not targets), a <footer>; the document inside <article>,
its appendix an HTML <table> with a two-row header (STT, unit, Ghi chú with
rowspan=2; "Chỉ tiêu năm 2021" with colspan=5 over five indicator headers),
section rows (I. Sở, ban, ngành; II. UBND các quận, huyện) spanning the row,
"—" and blank cells, and notes in the Ghi chú column.
"""
import html as H_
import os
from common import DOCS, T, num, write_gold

SEED = 'm3_02_danang_kh_2021.html'
Y = 2021
CITY = [None, 'Toàn thành phố', 'Thành phố Đà Nẵng']

COLS = [
    ('Tỷ lệ hồ sơ được tiếp nhận, giải quyết trực tuyến mức độ 3, 4', 'online_dossier_rate'),
    ('Tỷ lệ số hóa hồ sơ, thành phần hồ sơ', 'dossier_digitization_rate'),
    ('Tỷ lệ hồ sơ thanh toán trực tuyến', 'online_payment_rate'),
    ('Tỷ lệ hồ sơ giải quyết đúng hạn', 'on_time_resolution_rate'),
    ('Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn', None),
]


def S(name):
    return [name, name + ' thành phố Đà Nẵng', name + ' thành phố']


def Q(name):
    return ['UBND ' + name[0].lower() + name[1:], name]


GA = 'Sở, ban, ngành'
GB = 'UBND các quận, huyện'
ROWS = [
    ('S', 'I', GA),
    (1, 'Sở Kế hoạch và Đầu tư', S('Sở Kế hoạch và Đầu tư'), ['80', '70', '40', '100', '100'], ''),
    (2, 'Sở Xây dựng', S('Sở Xây dựng'), ['70', '60', '35', '98', '100'], ''),
    (3, 'Sở Tài nguyên và Môi trường', S('Sở Tài nguyên và Môi trường'), ['50', '60', '30', '95', '100'], 'Lĩnh vực đất đai thực hiện theo lộ trình riêng'),
    (4, 'Sở Văn hóa và Thể thao', S('Sở Văn hóa và Thể thao'), ['75', '60', '—', '100', '100'], 'Không phát sinh TTHC có thu phí'),
    (5, 'Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng', ['Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng', 'Ban Quản lý Khu công nghệ cao và các khu công nghiệp'], ['90', '80', '50', '100', ''], ''),
    ('S', 'II', GB),
    (1, 'Quận Hải Châu', Q('Quận Hải Châu'), ['60', '50', '30', '98', '100'], ''),
    (2, 'Quận Thanh Khê', Q('Quận Thanh Khê'), ['55', '50', '30', '98', '100'], ''),
    (3, 'Quận Sơn Trà', Q('Quận Sơn Trà'), ['55', '50', '25', '98', '100'], ''),
    (4, 'Quận Ngũ Hành Sơn', Q('Quận Ngũ Hành Sơn'), ['50', '45', '25', '97,5', '100'], ''),
    (5, 'Quận Liên Chiểu', Q('Quận Liên Chiểu'), ['50', '45', '25', '97,5', '100'], ''),
    (6, 'Quận Cẩm Lệ', Q('Quận Cẩm Lệ'), ['50', '45', '25', '97,5', '100'], ''),
    (7, 'Huyện Hòa Vang', Q('Huyện Hòa Vang'), ['40', '35', '', '95', '100'], 'Thanh toán trực tuyến: khuyến khích, không giao chỉ tiêu'),
]

HEAD = '''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Kế hoạch số 86/KH-UBND ngày 12/4/2021 của UBND thành phố - Cổng thông tin điện tử thành phố Đà Nẵng</title>
<link rel="stylesheet" href="/Portals/_default/skins/danang/css/main.css">
<script src="/js/jquery-3.5.1.min.js"></script>
</head>
<body>
<header class="site-header">
  <div class="logo"><a href="/"><img src="/images/logo-danang.png" alt="Cổng thông tin điện tử thành phố Đà Nẵng"></a></div>
  <div class="top-links"><a href="/en">English</a> | <a href="/sitemap">Sơ đồ cổng</a> | <a href="/lienhe">Liên hệ</a></div>
</header>
<nav class="main-menu">
  <ul>
    <li><a href="/">Trang chủ</a></li>
    <li><a href="/gioi-thieu">Giới thiệu</a></li>
    <li><a href="/tin-tuc">Tin tức - Sự kiện</a></li>
    <li><a href="/chinh-quyen">Chính quyền</a></li>
    <li class="active"><a href="/van-ban">Văn bản chỉ đạo điều hành</a></li>
    <li><a href="https://dichvucong.danang.gov.vn">Dịch vụ công</a></li>
  </ul>
</nav>
<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/van-ban">Văn bản</a> &raquo; Văn bản chỉ đạo điều hành</div>
<div class="container">
<aside class="sidebar-left">
  <h3>Chuyên mục</h3>
  <ul><li><a href="#">Văn bản quy phạm pháp luật</a></li><li><a href="#">Văn bản chỉ đạo điều hành</a></li><li><a href="#">Dự thảo văn bản</a></li></ul>
  <h3>Thống kê dịch vụ công</h3>
  <p>Hồ sơ trực tuyến quý I/2021: <b>38,4%</b></p>
  <p>Hồ sơ đúng hạn quý I/2021: <b>97,9%</b></p>
</aside>
<main>
<article class="document-detail">
<div class="doc-meta">Ngày đăng: 13/04/2021 08:15 | Lượt xem: 1.284 | <a href="/files/86-KH-UBND.pdf">Tải về</a></div>
'''

DOC = '''<table class="letterhead" style="border:none;width:100%">
<tr><td style="text-align:center"><b>ỦY BAN NHÂN DÂN<br>THÀNH PHỐ ĐÀ NẴNG</b></td>
<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b></td></tr>
<tr><td style="text-align:center">Số: 86/KH-UBND</td>
<td style="text-align:center"><i>Đà Nẵng, ngày 12 tháng 4 năm 2021</i></td></tr>
</table>
<h2 style="text-align:center">KẾ HOẠCH</h2>
<p style="text-align:center"><b>Nâng cao tỷ lệ hồ sơ trực tuyến, số hóa hồ sơ và thanh toán trực tuyến trong giải quyết thủ tục hành chính trên địa bàn thành phố Đà Nẵng năm 2021</b></p>
<p>Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử; Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ phê duyệt Đề án đổi mới việc thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;</p>
<p>Ủy ban nhân dân thành phố ban hành Kế hoạch nâng cao tỷ lệ hồ sơ trực tuyến, số hóa hồ sơ và thanh toán trực tuyến năm 2021 như sau:</p>
<p><b>I. MỤC ĐÍCH, YÊU CẦU</b></p>
<p>1. Năm 2020, tỷ lệ hồ sơ trực tuyến mức độ 3, 4 của thành phố đạt 31,2%, tỷ lệ thanh toán trực tuyến đạt 6,7%. Kế hoạch nhằm tiếp tục nâng cao chất lượng cung cấp dịch vụ công trực tuyến, phục vụ người dân, doanh nghiệp.</p>
<p>2. Chỉ tiêu cụ thể của từng cơ quan, đơn vị được giao tại Phụ lục kèm theo Kế hoạch này; các cơ quan, đơn vị không có tên trong Phụ lục thực hiện theo hướng dẫn của Sở Thông tin và Truyền thông.</p>
<p><b>II. NHIỆM VỤ, GIẢI PHÁP</b></p>
<p>1. Các sở, ban, ngành, UBND các quận, huyện rà soát, chuẩn hóa quy trình nội bộ, cập nhật trên Hệ thống thông tin một cửa điện tử thành phố trước ngày 30/5/2021.</p>
<p>2. Sở Thông tin và Truyền thông bảo đảm hạ tầng, kết nối Cổng Dịch vụ công thành phố với Cổng Dịch vụ công quốc gia.</p>
<p>3. Trung tâm Hành chính thành phố tổng hợp, báo cáo kết quả thực hiện định kỳ hằng quý.</p>
<p><b>III. TỔ CHỨC THỰC HIỆN</b></p>
<p>Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các quận, huyện chịu trách nhiệm trước Chủ tịch UBND thành phố về kết quả thực hiện chỉ tiêu được giao tại Phụ lục.</p>
<table class="signature" style="border:none;width:100%"><tr>
<td><b><i>Nơi nhận:</i></b><br>- TTTU, TT HĐND TP (b/c);<br>- CT, các PCT UBND TP;<br>- Các sở, ban, ngành;<br>- UBND các quận, huyện;<br>- Lưu: VT, KSTTHC.</td>
<td style="text-align:center"><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br><br><b>Trần Văn Phước</b></td>
</tr></table>
<p style="text-align:center"><b>PHỤ LỤC</b></p>
<p style="text-align:center"><b>CHỈ TIÊU NĂM 2021 CỦA CÁC CƠ QUAN, ĐƠN VỊ</b><br><i>(Kèm theo Kế hoạch số 86/KH-UBND ngày 12/4/2021 của UBND thành phố Đà Nẵng)</i></p>
<p style="text-align:right"><i>Đơn vị tính: %</i></p>
'''

TAIL = '''<div class="doc-share"><a href="#">In trang</a> | <a href="#">Gửi email</a> | <a href="#">Chia sẻ Facebook</a></div>
<div class="related"><h4>Văn bản khác</h4><ul>
<li><a href="#">Kế hoạch số 52/KH-UBND về chuyển đổi số thành phố năm 2021</a></li>
<li><a href="#">Quyết định số 1021/QĐ-UBND công bố danh mục TTHC được cung cấp trực tuyến</a></li>
</ul></div>
</article>
</main>
<aside class="sidebar-right">
  <h3>Tin nổi bật</h3>
  <ul>
    <li><a href="#">Đà Nẵng dẫn đầu cả nước về Chỉ số chuyển đổi số cấp tỉnh năm 2020</a></li>
    <li><a href="#">Quận Hải Châu: 99,2% hồ sơ được giải quyết đúng hạn trong quý I</a></li>
    <li><a href="#">Phấn đấu 100% xã, phường có điểm truy cập Internet công cộng</a></li>
  </ul>
  <div class="banner"><a href="https://dichvucong.gov.vn"><img src="/images/banner-dvcqg.png" alt="Cổng Dịch vụ công quốc gia"></a></div>
</aside>
</div>
<footer class="site-footer">
  <p>CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ ĐÀ NẴNG</p>
  <p>Cơ quan chủ quản: Ủy ban nhân dân thành phố Đà Nẵng. Địa chỉ: 24 Trần Phú, quận Hải Châu, thành phố Đà Nẵng</p>
  <p>Điện thoại: 0236.3821.113 | Email: congthongtin@danang.gov.vn | Giấy phép số 17/GP-TTĐT</p>
</footer>
<script>window.dataLayer = window.dataLayer || [];</script>
</body>
</html>
'''


def e(s):
    return H_.escape(s, quote=False)


def table_html_and_targets():
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:100%">',
           '<thead>',
           '<tr><th rowspan="2">STT</th><th rowspan="2">Cơ quan, đơn vị</th>'
           f'<th colspan="{len(COLS)}">Chỉ tiêu năm 2021</th><th rowspan="2">Ghi chú</th></tr>',
           '<tr>' + ''.join(f'<th>{e(h)}</th>' for h, _ in COLS) + '</tr>',
           '</thead>', '<tbody>']
    ts, group = [], None
    for r in ROWS:
        if r[0] == 'S':
            group = r[2]
            out.append(f'<tr><td><b>{r[1]}</b></td><td colspan="{len(COLS) + 2}"><b>{e(r[2])}</b></td></tr>')
            continue
        stt, name, units, cells, note = r
        tds = ''.join(f'<td style="text-align:center">{e(c) if c else "&nbsp;"}</td>' for c in cells)
        out.append(f'<tr><td style="text-align:center">{stt}</td><td>{e(name)}</td>{tds}<td>{e(note)}</td></tr>')
        for (hdr, metric), c in zip(COLS, cells):
            v = num(c)
            if v is not None:
                ts.append(T(units, metric, v, hdr, 'table', Y, unit_group=group, note=note or None))
    out += ['</tbody>', '</table>']
    return '\n'.join(out) + '\n', ts


def main():
    tbl, ts = table_html_and_targets()
    text = HEAD + DOC + tbl + TAIL
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(text)
    kh = {
        'number': '86/KH-UBND', 'symbol': 'KH-UBND', 'serial': '86', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân thành phố Đà Nẵng', 'place': 'Đà Nẵng', 'date': '2021-04-12',
        'subject': 'Nâng cao tỷ lệ hồ sơ trực tuyến, số hóa hồ sơ và thanh toán trực tuyến trong giải quyết thủ tục hành chính trên địa bàn thành phố Đà Nẵng năm 2021',
        'signer': 'Trần Văn Phước',
        'references': ['45/2020/NĐ-CP', '468/QĐ-TTg'],
    }
    write_gold(SEED, [{'document': kh, 'targets': ts}])


if __name__ == '__main__':
    main()
