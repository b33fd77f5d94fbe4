#!/usr/bin/env python3
"""d3_01: Phú Thọ (after the 2025 merger) decision for 2026, saved from the
provincial portal as a full HTML page. Appendix = HTML <table> with a two-row
header (rowspan/colspan), a column-number row, section rows A/B, units x 5
indicators, blank cells, a '—' cell, a Ghi chú column."""
import os
from common import DOCS, T, num, write_gold

SEED = 'd3_01_phutho_qd_2026.html'
YEAR = 2026

# (metric id, header text as printed in the second header row)
COLS = [
    ('full_online_dossier_rate', 'Tỷ lệ hồ sơ trực tuyến toàn trình'),
    ('online_payment_rate', 'Tỷ lệ thanh toán trực tuyến'),
    ('result_digitization_rate', 'Tỷ lệ số hóa kết quả giải quyết TTHC'),
    ('digitized_data_reuse_rate', 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa (tối thiểu 50%)'),
    ('e_certified_copy_rate', 'Tỷ lệ chứng thực bản sao điện tử từ bản chính'),
]

# section code, section title as printed, unit_group for gold, rows
# row: (name as printed, [accepted spellings] or None, [5 cells], ghi chú)
SECTIONS = [
    ('A', 'SỞ, BAN, NGÀNH TỈNH', 'Sở, ban, ngành tỉnh', [
        ('Sở Nội vụ', None, ['65', '', '100', '50', ''], 'Các TTHC thuộc thẩm quyền không thu phí, lệ phí'),
        ('Sở Tài chính', None, ['75', '60', '100', '50', ''], ''),
        ('Sở Xây dựng', None, ['70', '55', '100', '50', ''], ''),
        ('Sở Nông nghiệp và Môi trường', None, ['60', '52,5', '100', '45', ''], ''),
        ('Sở Công Thương', None, ['80', '65', '100', '55', ''], ''),
        ('Sở Tư pháp', None, ['70', '60', '100', '50', ''], ''),
        ('Sở Y tế', None, ['65', '50', '100', '', ''], 'Chưa kết nối cơ sở dữ liệu chuyên ngành'),
        ('Ban Quản lý các khu công nghiệp tỉnh', ['Ban Quản lý các khu công nghiệp tỉnh', 'Ban Quản lý các khu công nghiệp tỉnh Phú Thọ'],
         ['85', '—', '100', '50', ''], 'Không giao chỉ tiêu thanh toán trực tuyến'),
    ]),
    ('B', 'ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG', 'Ủy ban nhân dân các xã, phường', [
        ('Phường Việt Trì', None, ['75', '60', '100', '50', '100'], ''),
        ('Phường Nông Trang', None, ['75', '60', '100', '50', '100'], ''),
        ('Phường Vĩnh Phúc', None, ['72,5', '58', '100', '50', '100'], ''),
        ('Phường Phúc Yên', None, ['70', '55', '100', '50', '100'], ''),
        ('Phường Hòa Bình', None, ['70', '55', '100', '50', '100'], ''),
        ('Xã Lâm Thao', None, ['60', '45', '100', '50', '90'], ''),
        ('Xã Tam Đảo', None, ['55', '40', '100', '45', '90'], ''),
        ('Xã Thanh Sơn', None, ['55', '40', '100', '', '85'], 'Chưa triển khai kho dữ liệu số hóa'),
        ('Xã Đà Bắc', None, ['45', '30', '100', '', '80'], 'Xã có điều kiện kinh tế - xã hội đặc biệt khó khăn'),
        ('Xã Mai Châu', None, ['50', '35', '100', '40', '80'], ''),
        ('Các xã, phường còn lại', ['Các xã, phường còn lại', 'UBND các xã, phường còn lại'],
         ['50', '40', '100', '40', '80'], ''),
    ]),
]


def spellings(name, given):
    if given:
        return given
    low = name[0].lower() + name[1:]
    if name.startswith(('Phường ', 'Xã ')):
        return [name, 'UBND ' + low]
    return name


def appendix_table():
    S = 'border:1px solid #000;padding:4px 6px;'
    out = []
    out.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
               'style="width:100%;border-collapse:collapse;font-size:13px;">')
    out.append('<thead>')
    out.append('<tr style="font-weight:bold;text-align:center;">')
    out.append(f'<td rowspan="2" style="{S}width:5%;"><p align="center"><b>STT</b></p></td>')
    out.append(f'<td rowspan="2" style="{S}width:25%;"><p align="center"><b>Tên cơ quan, đơn vị</b></p></td>')
    out.append(f'<td colspan="5" style="{S}"><p align="center"><b>Chỉ tiêu giao năm 2026 (%)</b></p></td>')
    out.append(f'<td rowspan="2" style="{S}width:15%;"><p align="center"><b>Ghi chú</b></p></td>')
    out.append('</tr>')
    out.append('<tr style="font-weight:bold;text-align:center;">')
    for _, h in COLS:
        out.append(f'<td style="{S}width:10%;"><p align="center"><b>{h}</b></p></td>')
    out.append('</tr>')
    out.append('</thead>')
    out.append('<tbody>')
    out.append('<tr style="text-align:center;font-style:italic;">' +
               ''.join(f'<td style="{S}"><i>({i})</i></td>' for i in range(1, 9)) + '</tr>')
    stt = 0
    for code, title, _, rows in SECTIONS:
        out.append(f'<tr style="font-weight:bold;background:#f2f2f2;"><td style="{S}text-align:center;"><b>{code}</b></td>'
                   f'<td colspan="7" style="{S}"><b>{title}</b></td></tr>')
        for name, _, cells, note in rows:
            stt += 1
            tds = [f'<td style="{S}text-align:center;">{stt}</td>', f'<td style="{S}">{name}</td>']
            for c in cells:
                tds.append(f'<td style="{S}text-align:center;">{c if c else "&nbsp;"}</td>')
            tds.append(f'<td style="{S}"><span style="font-size:12px;">{note if note else "&nbsp;"}</span></td>')
            out.append('<tr>' + ''.join(tds) + '</tr>')
    out.append('</tbody></table>')
    return '\n'.join(out)


def gold_targets():
    ts = []
    # Prose targets (Điều 2): province-wide, unit null.
    ts.append(T(None, 'full_online_dossier_rate', 60, 'tỷ lệ hồ sơ trực tuyến toàn trình', 'prose', YEAR))
    ts.append(T(None, 'online_payment_rate', 50, 'tỷ lệ thanh toán trực tuyến', 'prose', YEAR))
    ts.append(T(None, 'result_digitization_rate', 100, 'kết quả giải quyết thủ tục hành chính được số hóa', 'prose', YEAR))
    for code, title, group, rows in SECTIONS:
        for name, given, cells, note in rows:
            for (metric, header), cell in zip(COLS, cells):
                v = num(cell)
                if v is None:
                    continue
                ts.append(T(spellings(name, given), metric, v, header, 'table', YEAR,
                            unit_group=group, note=note or None))
    return ts


PAGE = '''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Quyết định số 156/QĐ-UBND ngày 16/01/2026 giao chỉ tiêu dịch vụ công trực tuyến năm 2026 - Cổng thông tin điện tử tỉnh Phú Thọ</title>
<meta name="description" content="Quyết định giao chỉ tiêu hồ sơ trực tuyến toàn trình, thanh toán trực tuyến, số hóa năm 2026">
<meta property="og:title" content="Quyết định số 156/QĐ-UBND giao chỉ tiêu năm 2026">
<link rel="stylesheet" href="/Portals/_default/skins/phutho/css/main.css?v=3.2.1">
<style>
 body{{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222}}
 .topbar{{background:#b30000;color:#fff;font-size:12px;padding:4px 12px}}
 .menu a{{color:#fff;padding:8px 12px;text-decoration:none;display:inline-block}}
 .breadcrumb{{font-size:12px;color:#666;margin:8px 0}}
 .doc-content p{{text-align:justify;margin:6px 0;line-height:1.5}}
 .share a{{margin-right:6px}}
</style>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-PT2026"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-PT2026');</script>
</head>
<body>
<div class="topbar">Thứ Hai, 19/01/2026 | <a href="/dang-nhap" style="color:#fff">Đăng nhập</a> | <a href="/en" style="color:#fff">English</a> | Hotline: 0210.3846.xxx</div>
<header style="background:url(/images/banner-2025.jpg) no-repeat;height:120px;">
 <a href="/"><img src="/images/logo-phutho.png" alt="CỔNG THÔNG TIN ĐIỆN TỬ TỈNH PHÚ THỌ"></a>
</header>
<nav class="menu" style="background:#c00000;">
 <a href="/">Trang chủ</a><a href="/gioi-thieu">Giới thiệu</a><a href="/tin-tuc">Tin tức - Sự kiện</a>
 <a href="/chinh-quyen">Chính quyền</a><a href="/van-ban">Văn bản</a><a href="/dich-vu-cong">Dịch vụ công</a>
 <a href="/cong-dan">Công dân</a><a href="/doanh-nghiep">Doanh nghiệp</a><a href="/lien-he">Liên hệ</a>
 <form style="display:inline" action="/tim-kiem"><input type="text" name="q" placeholder="Tìm kiếm..."></form>
</nav>
<div class="container" style="width:1170px;margin:0 auto;">
<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/van-ban">Văn bản</a> &raquo; <a href="/van-ban/chi-dao-dieu-hanh">Văn bản chỉ đạo điều hành</a></div>
<div class="row">
<div class="col-main" style="width:820px;float:left;">
<h1 style="font-size:20px;color:#b30000;">Quyết định số 156/QĐ-UBND về việc giao chỉ tiêu hồ sơ trực tuyến toàn trình, thanh toán trực tuyến, số hóa và chứng thực bản sao điện tử năm 2026</h1>
<div class="post-meta" style="font-size:12px;color:#888;">Đăng ngày: 19/01/2026 09:42 | Lượt xem: 2.418 | <a href="#" onclick="window.print()">In bài</a></div>
<table class="doc-info" style="font-size:13px;margin:10px 0;border-collapse:collapse;">
<tr><td style="padding:3px 10px;background:#eee;">Số ký hiệu</td><td style="padding:3px 10px;">156/QĐ-UBND</td></tr>
<tr><td style="padding:3px 10px;background:#eee;">Ngày ban hành</td><td style="padding:3px 10px;">16/01/2026</td></tr>
<tr><td style="padding:3px 10px;background:#eee;">Cơ quan ban hành</td><td style="padding:3px 10px;">UBND tỉnh</td></tr>
<tr><td style="padding:3px 10px;background:#eee;">Lĩnh vực</td><td style="padding:3px 10px;">Chuyển đổi số, Cải cách hành chính</td></tr>
<tr><td style="padding:3px 10px;background:#eee;">Tệp đính kèm</td><td style="padding:3px 10px;"><a href="/Uploads/2026/01/156-QD-UBND.pdf">156-QD-UBND.pdf</a></td></tr>
</table>
<div class="doc-content" style="font-family:'Times New Roman',serif;font-size:15px;">
<table style="width:100%;border:none;" cellpadding="0" cellspacing="0">
<tr>
<td style="width:40%;text-align:center;vertical-align:top;"><b>ỦY BAN NHÂN DÂN<br>TỈNH PHÚ THỌ</b><br>_______<br>Số: 156/QĐ-UBND</td>
<td style="width:60%;text-align:center;vertical-align:top;"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>_______________________<br><i>Phú Thọ, ngày 16 tháng 01 năm 2026</i></td>
</tr>
</table>
<p style="text-align:center;"><b>QUYẾT ĐỊNH</b></p>
<p style="text-align:center;"><b>Về việc giao chỉ tiêu hồ sơ trực tuyến toàn trình, thanh toán trực tuyến, số hóa<br>và chứng thực bản sao điện tử năm 2026 cho các cơ quan, đơn vị,<br>địa phương trên địa bàn tỉnh Phú Thọ</b></p>
<p style="text-align:center;">___________</p>
<p style="text-align:center;"><b>CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ</b></p>
<p><i>Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;</i></p>
<p><i>Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;</i></p>
<p><i>Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;</i></p>
<p><i>Căn cứ Kế hoạch số 58/KH-UBND ngày 25 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh về chuyển đổi số, phát triển chính quyền số tỉnh Phú Thọ năm 2026;</i></p>
<p><i>Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 21/TTr-SKHCN ngày 09 tháng 01 năm 2026.</i></p>
<p style="text-align:center;"><b>QUYẾT ĐỊNH:</b></p>
<p><b>Điều 1.</b> Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình, tỷ lệ thanh toán trực tuyến, tỷ lệ số hóa kết quả giải quyết thủ tục hành chính, tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa và tỷ lệ chứng thực bản sao điện tử từ bản chính năm 2026 cho các sở, ban, ngành tỉnh và Ủy ban nhân dân các xã, phường (<i>chi tiết tại Phụ lục kèm theo</i>).</p>
<p><b>Điều 2.</b> Mục tiêu chung toàn tỉnh</p>
<p>Năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh ước thực hiện đạt 46,8%, tỷ lệ thanh toán trực tuyến ước đạt 38,2%; toàn tỉnh đã tiếp nhận 1.126.540 hồ sơ thủ tục hành chính, trong đó 527.221 hồ sơ trực tuyến. Phấn đấu năm 2026 toàn tỉnh đạt tỷ lệ hồ sơ trực tuyến toàn trình tối thiểu 60%, tỷ lệ thanh toán trực tuyến tối thiểu 50%; 100% kết quả giải quyết thủ tục hành chính được số hóa.</p>
<p><b>Điều 3.</b> Tổ chức thực hiện</p>
<p>1. Các sở, ban, ngành tỉnh, Ủy ban nhân dân các xã, phường căn cứ chỉ tiêu được giao xây dựng lộ trình thực hiện theo từng quý; phân công nhiệm vụ cụ thể cho từng cán bộ, công chức; định kỳ trước ngày 20 của tháng cuối quý báo cáo kết quả về Sở Khoa học và Công nghệ để tổng hợp.</p>
<p>2. Sở Khoa học và Công nghệ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh, Trung tâm Phục vụ hành chính công tỉnh theo dõi, đôn đốc; đánh giá kết quả thực hiện chỉ tiêu làm căn cứ xét thi đua, khen thưởng năm 2026.</p>
<p><b>Điều 4.</b> Quyết định này có hiệu lực kể từ ngày ký.</p>
<p>Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các sở; Thủ trưởng các ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.</p>
<table style="width:100%;border:none;" cellpadding="0" cellspacing="0">
<tr>
<td style="width:50%;vertical-align:top;font-size:12px;"><b><i>Nơi nhận:</i></b><br>- Như Điều 4;<br>- Bộ Khoa học và Công nghệ (b/c);<br>- TT Tỉnh ủy, TT HĐND tỉnh (b/c);<br>- Chủ tịch, các PCT UBND tỉnh;<br>- Trung tâm Phục vụ HCC tỉnh;<br>- Cổng TTĐT tỉnh;<br>- Lưu: VT, KGVX (Hg).</td>
<td style="width:50%;text-align:center;vertical-align:top;"><b>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br><br><br><b>Hồ Đức Thắng</b></td>
</tr>
</table>
<p>&nbsp;</p>
<p style="text-align:center;"><b>PHỤ LỤC</b></p>
<p style="text-align:center;"><b>CHỈ TIÊU HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH, THANH TOÁN TRỰC TUYẾN, SỐ HÓA VÀ CHỨNG THỰC BẢN SAO ĐIỆN TỬ NĂM 2026</b></p>
<p style="text-align:center;"><i>(Kèm theo Quyết định số 156/QĐ-UBND ngày 16 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh Phú Thọ)</i></p>
{table}
<p style="font-size:13px;"><i>Ghi chú: Ô để trống là chỉ tiêu không áp dụng đối với cơ quan, đơn vị; dấu “—” là không giao chỉ tiêu.</i></p>
</div>
<div class="share" style="margin:16px 0;border-top:1px dashed #ccc;padding-top:8px;">
 Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u=https://phutho.gov.vn/van-ban/156-qd-ubnd" target="_blank"><img src="/images/fb.png" alt="Facebook"> Facebook</a>
 <a href="https://zalo.me/share?u=https://phutho.gov.vn/van-ban/156-qd-ubnd" target="_blank"><img src="/images/zalo.png" alt="Zalo"> Zalo</a>
 <a href="mailto:?subject=Quyet%20dinh%20156"><img src="/images/mail.png" alt="Email"> Gửi email</a>
 <a href="#" onclick="window.print();return false;">In trang</a> <a href="#top">Về đầu trang</a>
</div>
<div class="related" style="margin-top:20px;">
<h3 style="font-size:16px;color:#b30000;border-bottom:2px solid #b30000;">Bài viết liên quan</h3>
<ul style="font-size:14px;">
<li><a href="/van-ban/2145-qd-ubnd">Quyết định số 2145/QĐ-UBND ngày 12/8/2025 giao chỉ tiêu dịch vụ công trực tuyến 6 tháng cuối năm 2025</a> <span style="color:#999">(14/08/2025)</span></li>
<li><a href="/tin-tuc/ty-le-ho-so-truc-tuyen-2025">Phú Thọ: Tỷ lệ hồ sơ trực tuyến toàn trình năm 2025 ước đạt 46,8%, thanh toán trực tuyến đạt 38,2%</a> <span style="color:#999">(05/01/2026)</span></li>
<li><a href="/tin-tuc/hoi-nghi-chuyen-doi-so">Hội nghị tổng kết công tác chuyển đổi số năm 2025, triển khai nhiệm vụ năm 2026</a> <span style="color:#999">(30/12/2025)</span></li>
<li><a href="/van-ban/58-kh-ubnd">Kế hoạch số 58/KH-UBND về chuyển đổi số, phát triển chính quyền số tỉnh Phú Thọ năm 2026</a> <span style="color:#999">(26/12/2025)</span></li>
</ul>
</div>
</div>
<aside class="col-side" style="width:330px;float:right;">
<div class="box"><h4>Văn bản mới</h4><ul style="font-size:13px;"><li>Quyết định số 160/QĐ-UBND ngày 17/01/2026</li><li>Công văn số 245/UBND-KGVX ngày 16/01/2026</li><li>Kế hoạch số 07/KH-UBND ngày 14/01/2026</li></ul></div>
<div class="box"><h4>Liên kết website</h4><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option><option value="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option><option value="https://dichvucong.phutho.gov.vn">Hệ thống thông tin giải quyết TTHC tỉnh</option></select></div>
</aside>
</div>
</div>
<footer style="clear:both;background:#7a0000;color:#fff;font-size:12px;padding:14px;margin-top:30px;">
<p>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH PHÚ THỌ</p>
<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Phú Thọ. Cơ quan thường trực: Văn phòng UBND tỉnh.</p>
<p>Địa chỉ: Đường Trần Phú, phường Việt Trì, tỉnh Phú Thọ. Điện thoại: 0210.xxxx.xxx. Email: congtt@phutho.gov.vn</p>
<p>Ghi rõ nguồn "Cổng thông tin điện tử tỉnh Phú Thọ" khi phát hành lại thông tin từ website này. Lượt truy cập: 15.782.044 | Đang online: 312</p>
</footer>
</body>
</html>
'''


def main():
    html = PAGE.format(table=appendix_table())
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(html)
    doc = {
        'number': '156/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '156', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Phú Thọ', 'place': 'Phú Thọ', 'date': '2026-01-16',
        'subject': 'Về việc giao chỉ tiêu hồ sơ trực tuyến toàn trình, thanh toán trực tuyến, số hóa và chứng thực bản sao điện tử năm 2026 cho các cơ quan, đơn vị, địa phương trên địa bàn tỉnh Phú Thọ',
        'signer': 'Hồ Đức Thắng',
        'references': ['118/2025/NĐ-CP', '766/QĐ-TTg', '58/KH-UBND', '21/TTr-SKHCN'],
    }
    write_gold(SEED, [{'document': doc, 'targets': gold_targets()}])


if __name__ == '__main__':
    main()
