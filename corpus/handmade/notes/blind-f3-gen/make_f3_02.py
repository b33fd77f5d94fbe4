#!/usr/bin/env python3
"""f3_02: Bắc Ninh provincial decision 215/QĐ-UBND of 09/04/2021, saved from the
provincial portal (SharePoint-style page) as HTML. The document body is Word
HTML pasted into the CMS: MsoNormal paragraphs, nested <span> soup, &nbsp;.
The appendix table has a two-row header (rowspan/colspan), section rows,
values written '≥ 80%', 'Tối thiểu 70', '100%' (split over spans), a
'Không giao' cell, one unit name broken by <br>, a satisfaction cell with
rowspan over a whole section, a Ghi chú cell with rowspan=2, and a final
'Toàn tỉnh' row."""
from common import T, fmt, num, write_doc, write_gold

SEED = 'f3_02_bacninh_qd_2021.html'
Y = 2021
TOAN_TINH = [None, 'Toàn tỉnh', 'Tỉnh Bắc Ninh', 'UBND tỉnh Bắc Ninh']

COLS = [
    ('online_dossier_rate', 'Tỷ lệ hồ sơ TTHC giải quyết trực tuyến mức độ 3, 4'),
    ('on_time_resolution_rate', 'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn'),
    ('online_payment_rate', 'Tỷ lệ hồ sơ thực hiện thanh toán trực tuyến'),
    ('satisfaction_rate', 'Mức độ hài lòng của người dân, doanh nghiệp'),
]

# (code, title, unit_group, satisfaction cell shared by the section (rowspan), rows)
# row: (name as printed ('<br>' kept), gold spellings, [3 cells for COLS[0:3]], ghi chú, note rowspan)
SECTIONS = [
    ('I', 'CÁC SỞ, BAN, NGÀNH', 'Các sở, ban, ngành', '≥ 90%', [
        ('Sở Kế hoạch và Đầu tư', None, ['≥ 80%', '100%', '≥ 40%'], '', 1),
        ('Sở Giao thông vận tải', None, ['≥ 85%', '100%', '≥ 50%'], '', 1),
        ('Sở Tư pháp', None, ['Tối thiểu 70', '≥ 99%', '≥ 30%'], '', 1),
        ('Ban Quản lý các<br>Khu công nghiệp tỉnh',
         ['Ban Quản lý các Khu công nghiệp tỉnh', 'Ban Quản lý các Khu công nghiệp tỉnh Bắc Ninh',
          'Ban Quản lý các Khu công nghiệp Bắc Ninh'],
         ['≥ 90%', '100%', 'Không giao'], 'TTHC không thu phí, lệ phí', 1),
        ('Sở Tài nguyên và Môi trường', None, ['Tối thiểu 50', '≥ 97,5%', '≥ 20%'], '', 1),
    ]),
    ('II', 'UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ', 'UBND các huyện, thị xã, thành phố', '≥ 85%', [
        ('Thành phố Bắc Ninh', None, ['≥ 60%', '≥ 98%', '≥ 30%'], '', 1),
        ('Thị xã Từ Sơn', None, ['≥ 60%', '≥ 98%', '≥ 30%'], '', 1),
        ('Huyện Tiên Du', None, ['≥ 50%', '≥ 98%', '≥ 25%'], '', 1),
        ('Huyện Yên Phong', None, ['≥ 50%', '≥ 98%', '≥ 25%'], '', 1),
        ('Huyện Quế Võ', None, ['Tối thiểu 45', '≥ 97%', '≥ 25%'], '', 1),
        ('Huyện Thuận Thành', None, ['Tối thiểu 45', '≥ 97%', '≥ 20%'], '', 1),
        ('Huyện Gia Bình', None, ['Tối thiểu 40', '≥ 97%', '≥ 20%'], 'Huyện có tỷ lệ dân cư nông thôn cao', 2),
        ('Huyện Lương Tài', None, ['Tối thiểu 40', '≥ 97%', '≥ 20%'], None, 0),  # note covered by rowspan above
    ]),
]
TOTAL_ROW = ['≥ 60%', '≥ 98%', '≥ 30%', '≥ 90%']   # 'Toàn tỉnh' row, one per COLS

# Prose (Điều 1, point 2): province-wide aim.
PROSE_FULL = 100   # full_online_service_rate ('mức độ 4' = toàn trình)


def spellings(name, given):
    if given:
        return given
    if name.startswith('Sở '):
        return [name, name + ' tỉnh Bắc Ninh']
    return [name, 'UBND ' + name[0].lower() + name[1:]]


# ---------------------------------------------------------------- span soup
F = "font-family:&quot;Times New Roman&quot;,&quot;serif&quot;"


def soup(text, size='13.0pt', bold=False):
    """Wrap text the way Word->CMS pastes do: nested spans, lang attributes."""
    inner = f'<span lang="VI" style="font-size:{size};{F}">{text}</span>'
    if bold:
        inner = f'<b><span style="font-size:{size}">{inner}</span></b>'
    return f'<span style="mso-bidi-font-size:12.0pt">{inner}</span>'


def value_soup(cell):
    """'≥ 80%' -> '≥ 80' and '%' in separate spans; 'Tối thiểu 70' with &nbsp;."""
    if cell.startswith('Tối thiểu'):
        return soup(cell.replace(' ', '&nbsp;'))
    if cell.endswith('%'):
        head = cell[:-1].replace('≥ ', '≥&nbsp;')
        return (f'<span style="font-size:13.0pt;{F}"><span lang="VI">{head}</span></span>'
                f'<span style="font-size:13.0pt;{F}">%</span>')
    return soup(cell)


TD = ("border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt;"
      "mso-border-alt:solid windowtext .5pt")


def td(content, align='center', extra='', width=None):
    w = f' width="{width}"' if width else ''
    return (f'<td{w} valign="middle" {extra}style="{TD}">'
            f'<p class="MsoNormal" align="{align}" style="text-align:{align};margin:0">{content}</p></td>')


def appendix_table():
    o = ['<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%" '
         'style="width:100.0%;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt">',
         '<tbody>']
    o.append('<tr style="mso-yfti-irow:0;mso-yfti-firstrow:yes">'
             + td(soup('STT', bold=True), extra='rowspan="2" ', width=40)
             + td(soup('Tên cơ quan, đơn vị', bold=True), extra='rowspan="2" ', width=210)
             + td(soup('Chỉ tiêu giao năm 2021', bold=True), extra='colspan="4" ')
             + td(soup('Ghi chú', bold=True), extra='rowspan="2" ', width=120)
             + '</tr>')
    o.append('<tr style="mso-yfti-irow:1">' + ''.join(td(soup(h, bold=True), width=95) for _, h in COLS) + '</tr>')
    for code, title, _, sat, rows in SECTIONS:
        o.append('<tr>' + td(soup(code, bold=True)) + td(soup(title, bold=True), align='left', extra='colspan="6" ') + '</tr>')
        for i, (name, _, cells, note, note_span) in enumerate(rows, 1):
            tds = [td(soup(str(i))), td(soup(name), align='left')]
            tds += [td(value_soup(c)) for c in cells]
            if i == 1:   # satisfaction: one cell for the whole section
                tds.append(td(value_soup(sat), extra=f'rowspan="{len(rows)}" '))
            if note_span:
                span = f'rowspan="{note_span}" ' if note_span > 1 else ''
                tds.append(td(soup(note) if note else '<o:p>&nbsp;</o:p>', align='left', extra=span))
            o.append('<tr>' + ''.join(tds) + '</tr>')
    o.append('<tr style="mso-yfti-lastrow:yes">' + td(soup('Toàn tỉnh', bold=True), extra='colspan="2" ')
             + ''.join(td('<b>' + value_soup(c) + '</b>') for c in TOTAL_ROW) + td('&nbsp;') + '</tr>')
    o.append('</tbody></table>')
    return '\n'.join(o)


def table_targets():
    ts = []
    for code, title, group, sat, rows in SECTIONS:
        prev_note = None
        for name, given, cells, note, _ in rows:
            sp = spellings(name.replace('<br>', ' '), given)
            if note is None:          # the Ghi chú cell of the row above spans this row too
                note = prev_note
            prev_note = note
            for (metric, header), c in zip(COLS, cells + [sat]):
                v = num(c)
                if v is None:
                    continue
                ts.append(T(sp, metric, v[0], header, 'table', Y, comparator=v[1],
                            unit_group=group, note=note or None))
    for (metric, header), c in zip(COLS, TOTAL_ROW):
        v = num(c)
        ts.append(T(TOAN_TINH, metric, v[0], header, 'table', Y, comparator=v[1]))
    return ts


def P(text, align='justify', indent=True):
    ind = 'text-indent:1.0cm;' if indent else ''
    return (f'<p class="MsoNormal" style="margin-top:6.0pt;margin-bottom:0;text-align:{align};{ind}line-height:115%">'
            f'{soup(text, size="14.0pt")}</p>')


BODY = [
    P('<i>Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đổi, bổ sung một số điều của '
      'Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019;</i>'),
    P('<i>Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa '
      'liên thông trong giải quyết thủ tục hành chính;</i>'),
    P('<i>Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên '
      'môi trường điện tử;</i>'),
    P('<i>Căn cứ Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ phê duyệt Đề án đổi mới việc '
      'thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;</i>'),
    P('<i>Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 58/TTr-STTTT ngày 31/3/2021.</i>'),
    P('<b>QUYẾT ĐỊNH:</b>', align='center', indent=False),
    P('<b>Điều 1.</b>&nbsp;Giao chỉ tiêu tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến mức độ 3, 4, tỷ lệ '
      'hồ sơ giải quyết đúng hạn, tỷ lệ hồ sơ thanh toán trực tuyến và mức độ hài lòng của người dân, doanh '
      'nghiệp năm 2021 đối với các sở, ban, ngành và UBND các huyện, thị xã, thành phố (<i>chi tiết tại '
      'Phụ lục kèm theo</i>).'),
    P('Năm 2020, tỷ lệ hồ sơ giải quyết trực tuyến mức độ 3, 4 của tỉnh mới đạt 27,3%; tỷ lệ hồ sơ giải quyết '
      'đúng hạn đạt 96,4%; toàn tỉnh tiếp nhận 412.560 hồ sơ, trong đó 112.629 hồ sơ trực tuyến. Phấn đấu '
      f'năm 2021, {PROSE_FULL}% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến mức độ 4.'),
    P('<b>Điều 2.</b>&nbsp;Tổ chức thực hiện'),
    P('1. Các sở, ban, ngành, UBND các huyện, thị xã, thành phố căn cứ chỉ tiêu được giao, chủ động xây dựng '
      'kế hoạch triển khai; giao chỉ tiêu đến từng phòng, ban, đơn vị và UBND các xã, phường, thị trấn; báo '
      'cáo kết quả thực hiện trước ngày 20 hằng tháng về Sở Thông tin và Truyền thông.'),
    P('2. Sở Thông tin và Truyền thông chủ trì, phối hợp với Văn phòng UBND tỉnh, Sở Nội vụ theo dõi, đôn '
      'đốc, kiểm tra; tổng hợp kết quả làm căn cứ đánh giá, xếp loại thi đua năm 2021.'),
    P('<b>Điều 3.</b>&nbsp;Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND tỉnh; Thủ trưởng '
      'các sở, ban, ngành; Chủ tịch UBND các huyện, thị xã, thành phố và các cơ quan, đơn vị có liên quan '
      'căn cứ Quyết định thi hành./.'),
]

PAGE = '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi-VN" dir="ltr">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=10" />
<title>
	Quyết định giao chỉ tiêu tỷ lệ hồ sơ TTHC giải quyết trực tuyến năm 2021
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2a%2FpSkIe4c0XK0B4V2r0%2Fw%3D%3D"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=ZRRq2wLGX2nP9qPy%2FYWu2A%3D%3D"></script>
<script type="text/javascript">//<![CDATA[
var _spPageContextInfo={{webServerRelativeUrl:"/sites/uni",webLanguage:1066,currentLanguage:1066}};
//]]></script>
</head>
<body onload="if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form method="post" action="./chi-tiet-van-ban.aspx?ItemID=18425" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIUD2QWAgIDDxYCHgdWaXNpYmxlaGQCAw9kFgICAQ9kFgICAQ9kFgI=" />
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header-top">Thứ sáu, 16/04/2021 &nbsp;|&nbsp; <a href="/sites/uni/Pages/Sitemap.aspx">Sơ đồ cổng</a> &nbsp;|&nbsp; <a href="/sites/uni/en">English</a></div>
<div class="banner"><img src="/sites/uni/PublishingImages/banner_bacninh.png" alt="CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH" /></div>
<ul class="menu-top"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/van-ban">Văn bản chỉ đạo điều hành</a></li><li><a href="https://dichvucong.bacninh.gov.vn">Dịch vụ công</a></li><li><a href="/hoi-dap">Hỏi đáp</a></li></ul>
<div class="search-box"><input name="k" type="text" value="Nhập từ khóa tìm kiếm" onfocus="this.value=''" /><input type="button" value="Tìm" /></div>
<div class="breadcrumb"><span><a href="/">Trang chủ</a></span> <span>&gt;</span> <span><a href="/van-ban">Văn bản</a></span> <span>&gt;</span> <span>Chi tiết văn bản</span></div>
<div id="ctl00_PlaceHolderMain_ctl00" class="news-detail">
<h2 class="title-news">Quyết định về việc giao chỉ tiêu tỷ lệ hồ sơ TTHC giải quyết trực tuyến mức độ 3, 4, giải quyết đúng hạn, thanh toán trực tuyến và mức độ hài lòng năm 2021</h2>
<div class="date-news">Cập nhật: 12/04/2021 15:06 &nbsp; Lượt xem: 1.587</div>
<div class="ms-rtestate-field"><div class="ExternalClass4A7C1E22B39D4C61A0C8E9F1D2B3A4C5">
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" width="100%" style="width:100.0%;border-collapse:collapse">
<tr>
<td width="38%" valign="top" style="width:38.0%;padding:0cm 5.4pt 0cm 5.4pt">
<p class="MsoNormal" align="center" style="text-align:center"><span style="font-size:13.0pt">{issuer1}</span></p>
<p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-size:13.0pt">{issuer2}</span></b></p>
<p class="MsoNormal" align="center" style="text-align:center"><span style="font-size:13.0pt">Số:&nbsp;215/QĐ-UBND</span></p>
</td>
<td width="62%" valign="top" style="width:62.0%;padding:0cm 5.4pt 0cm 5.4pt">
<p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-size:12.0pt">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</span></b></p>
<p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-size:13.0pt">Độc lập - Tự do - Hạnh phúc</span></b></p>
<p class="MsoNormal" align="right" style="text-align:right"><i><span style="font-size:14.0pt">Bắc Ninh, ngày&nbsp;09&nbsp;tháng 4 năm 2021</span></i></p>
</td>
</tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal" align="center" style="text-align:center">{qd}</p>
<p class="MsoNormal" align="center" style="text-align:center">{subj}</p>
<p class="MsoNormal" align="center" style="text-align:center">{auth}</p>
{body}
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" width="100%" style="width:100.0%;border-collapse:collapse">
<tr>
<td width="50%" valign="top" style="padding:0cm 5.4pt 0cm 5.4pt">
<p class="MsoNormal"><b><i><span style="font-size:12.0pt">Nơi nhận:</span></i></b><br /><span style="font-size:11.0pt">- Như Điều 3;<br />- Văn phòng Chính phủ (b/c);<br />- TTTU, TTHĐND tỉnh (b/c);<br />- Chủ tịch, các PCT UBND tỉnh;<br />- Cổng TTĐT tỉnh;<br />- Lưu: VT, KSTT, XDCB.</span></p>
</td>
<td width="50%" valign="top" style="padding:0cm 5.4pt 0cm 5.4pt">
<p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-size:13.0pt">TM. ỦY BAN NHÂN DÂN<br />KT. CHỦ TỊCH<br />PHÓ CHỦ TỊCH</span></b></p>
<p class="MsoNormal" align="center" style="text-align:center"><span style="font-size:13.0pt">&nbsp;</span></p>
<p class="MsoNormal" align="center" style="text-align:center"><span style="font-size:13.0pt">&nbsp;</span></p>
<p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-size:14.0pt">Lê Hữu Khánh</span></b></p>
</td>
</tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal" align="center" style="text-align:center">{pl1}</p>
<p class="MsoNormal" align="center" style="text-align:center">{pl2}</p>
<p class="MsoNormal" align="center" style="text-align:center">{pl3}</p>
{table}
<p class="MsoNormal"><span style="font-size:12.0pt"><i>Ghi chú: Chỉ tiêu mức độ hài lòng áp dụng chung cho các cơ quan, đơn vị trong cùng khối.</i></span></p>
</div></div>
<div class="attach"><b>File đính kèm:</b> <a href="/van-ban/Lists/VanBan/Attachments/18425/215-QD-UBND.signed.pdf">215-QD-UBND.signed.pdf</a></div>
<div class="other-news"><h3>Các tin khác</h3>
<ul>
<li><a href="/tin-tuc/18390">Năm 2020: Bắc Ninh đạt 27,3% hồ sơ trực tuyến mức độ 3, 4</a> <span class="date">(02/04/2021)</span></li>
<li><a href="/van-ban/18377">Quyết định số 198/QĐ-UBND ngày 29/3/2021 ban hành Kế hoạch cải cách hành chính năm 2021</a> <span class="date">(30/03/2021)</span></li>
<li><a href="/tin-tuc/18312">Hội nghị triển khai Nghị định 45/2020/NĐ-CP về thực hiện TTHC trên môi trường điện tử</a> <span class="date">(22/03/2021)</span></li>
</ul></div>
</div>
<div class="footer">
<p>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH</p>
<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Bắc Ninh &nbsp;-&nbsp; Địa chỉ: Số 10 Phù Đổng Thiên Vương, TP Bắc Ninh</p>
<p>Số lượt truy cập: 24.917.306</p>
</div>
</div></div>
</form>
</body>
</html>
'''


def main():
    page = PAGE.format(
        issuer1='ỦY BAN NHÂN DÂN',
        issuer2='TỈNH BẮC NINH',
        qd=soup('QUYẾT ĐỊNH', size='14.0pt', bold=True),
        subj=soup('Về việc giao chỉ tiêu tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến mức độ 3, 4,'
                  '<br />giải quyết đúng hạn, thanh toán trực tuyến và mức độ hài lòng năm 2021', size='14.0pt', bold=True),
        auth=soup('ỦY BAN NHÂN DÂN TỈNH BẮC NINH', size='14.0pt', bold=True),
        body='\n'.join(BODY),
        pl1=soup('PHỤ LỤC', size='14.0pt', bold=True),
        pl2=soup('CHỈ TIÊU GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH NĂM 2021', size='13.0pt', bold=True),
        pl3=soup('<i>(Kèm theo Quyết định số 215/QĐ-UBND ngày 09/4/2021 của UBND tỉnh Bắc Ninh)</i>', size='13.0pt'),
        table=appendix_table(),
    )
    write_doc(SEED, page)
    doc = {
        'number': '215/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '215', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Bắc Ninh', 'place': 'Bắc Ninh', 'date': '2021-04-09',
        'subject': 'Về việc giao chỉ tiêu tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến mức độ 3, 4, '
                   'giải quyết đúng hạn, thanh toán trực tuyến và mức độ hài lòng năm 2021',
        'signer': 'Lê Hữu Khánh',
        'year': Y,
        'references': ['61/2018/NĐ-CP', '45/2020/NĐ-CP', '468/QĐ-TTg', '58/TTr-STTTT'],
    }
    prose = [T(TOAN_TINH, 'full_online_service_rate', PROSE_FULL,
               'thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến mức độ 4', 'prose', Y)]
    write_gold(SEED, [{'document': doc, 'targets': prose + table_targets()}])


if __name__ == '__main__':
    main()
