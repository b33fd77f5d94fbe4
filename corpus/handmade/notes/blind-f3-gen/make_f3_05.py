#!/usr/bin/env python3
"""f3_05: Sơn La provincial decision 58/QĐ-UBND of 12/01/2026 (after the 2025
merger: no huyện, xã/phường directly under the province), saved from Word as
'Web Page' HTML (MsoNormal, o:p, mso- styles, conditional comments,
single-quoted and unquoted attributes). Phụ lục I is TRANSPOSED: indicators
are rows, 7 units run across as columns (header text rotated with
layout-flow:vertical; one name split over two <p>); two cells say 'Chi tiết
tại Phụ lục II' instead of a value. Phụ lục II is a small units x 2
indicators table for xã/phường; its caption dates the decision 21/01/2026
(the decision is dated 12/01/2026)."""
from common import T, fmt, num, write_doc, write_gold

SEED = 'f3_05_sonla_qd_2026.html'
Y = 2026

# Phụ lục I columns: (header paragraphs as printed, gold spellings)
UNITS = [
    (['Sở Tư pháp'], ['Sở Tư pháp', 'Sở Tư pháp tỉnh Sơn La']),
    (['Sở Tài chính'], ['Sở Tài chính', 'Sở Tài chính tỉnh Sơn La']),
    (['Sở Xây dựng'], ['Sở Xây dựng', 'Sở Xây dựng tỉnh Sơn La']),
    (['Sở Nông nghiệp và', 'Môi trường'], ['Sở Nông nghiệp và Môi trường', 'Sở Nông nghiệp và Môi trường tỉnh Sơn La']),
    (['Sở Y tế'], ['Sở Y tế', 'Sở Y tế tỉnh Sơn La']),
    (['Công an tỉnh'], ['Công an tỉnh', 'Công an tỉnh Sơn La']),
    (['UBND các xã, phường'], ['UBND các xã, phường', 'Các xã, phường', 'UBND cấp xã']),
]
PL2 = 'Chi tiết tại Phụ lục II'

# (stt, indicator as printed, đơn vị tính as printed, metric, uom for gold, [7 cells])
PL1_ROWS = [
    (1, 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', 'full_online_dossier_rate', '%',
     ['70', '75', '65', '60', '55', '80', PL2]),
    (2, 'Tỷ lệ thanh toán trực tuyến', '%', 'online_payment_rate', '%',
     ['50', '60', '45', '40', '', '55', PL2]),
    (3, 'Tỷ lệ số hóa hồ sơ', '%', 'dossier_digitization_rate', '%',
     ['90', '90', '85', '80', '75', '100', '70']),
    (4, 'Tỷ lệ cấp kết quả giải quyết TTHC điện tử', '%', 'electronic_result_rate', '%',
     ['100', '100', '100', '100', '100', '', '100']),
    (5, 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa', '%', 'digitized_data_reuse_rate', '%',
     ['60', '55', '50', '50', '', '', '40']),
    (6, 'Điểm Chỉ số chất lượng phục vụ người dân, doanh nghiệp', 'Điểm', None, 'điểm',
     ['85', '85', '80', '80', '80', '85', '75']),
]

# Phụ lục II: (name as printed, gold spellings, full-online %, payment %)
PL2_COLS = [('full_online_dossier_rate', 'Tỷ lệ hồ sơ trực tuyến toàn trình (%)'),
            ('online_payment_rate', 'Tỷ lệ thanh toán trực tuyến (%)')]
PL2_ROWS = [
    ('Phường Tô Hiệu', '75', '65'),
    ('Phường Chiềng An', '70', '60'),
    ('Phường Chiềng Cơi', '70', '60'),
    ('Phường Mộc Châu', '70', '55'),
    ('Xã Mai Sơn', '60', '45'),
    ('Xã Thuận Châu', '55', '40'),
    ('Xã Sốp Cộp', '40', '25'),
    ('Các xã, phường còn lại', '50', '35'),
]


def pl2_spellings(name):
    if name.startswith(('Phường ', 'Xã ')):
        return [name, 'UBND ' + name[0].lower() + name[1:]]
    return [name, 'UBND các xã, phường còn lại']


# Prose target (Điều 2, point 2)
TTPV = ['Trung tâm Phục vụ hành chính công tỉnh', 'Trung tâm Phục vụ hành chính công tỉnh Sơn La',
        'Trung tâm Phục vụ hành chính công']
TTPV_SOHOA = 100

# ------------------------------------------------------------- Word HTML
B = "border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 4.0pt 0cm 4.0pt"


def p(text, align='center', bold=False, size='12.0pt'):
    t = f"<span lang=VI style='font-size:{size};font-family:\"Times New Roman\",serif'>{text}<o:p></o:p></span>"
    if bold:
        t = f'<b>{t}</b>'
    return f"<p class=MsoNormal align={align} style='text-align:{align};margin:0cm'>{t}</p>"


def cell(paras, width, extra='', vertical=False, bold=False, align='center'):
    st = B + (';layout-flow:vertical;mso-layout-flow-alt:bottom-to-top;height:95.0pt' if vertical else '')
    body = ''.join(p(x, align=align, bold=bold) for x in paras) if paras else \
        "<p class=MsoNormal align=center style='text-align:center;margin:0cm'><o:p>&nbsp;</o:p></p>"
    return f"<td width={width} {extra}valign=middle style='width:{width * 0.75:.1f}pt;{st}'>{body}</td>"


def table1():
    o = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 width=935 "
         "style='width:701.0pt;border-collapse:collapse;border:none;mso-yfti-tbllook:1184;mso-padding-alt:0cm 4.0pt 0cm 4.0pt'>"]
    o.append("<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>"
             + cell(['STT'], 35, 'rowspan=2 ', bold=True)
             + cell(['Chỉ tiêu'], 230, 'rowspan=2 ', bold=True)
             + cell(['Đơn vị tính'], 55, 'rowspan=2 ', bold=True)
             + cell(['Cơ quan, đơn vị thực hiện'], 615, 'colspan=7 ', bold=True) + '</tr>')
    o.append("<tr style='mso-yfti-irow:1;height:95.0pt'>"
             + ''.join(cell(paras, 88, vertical=True, bold=True) for paras, _ in UNITS) + '</tr>')
    for i, (stt, label, dvt, _, _, cells) in enumerate(PL1_ROWS, 2):
        last = " mso-yfti-lastrow:yes;" if stt == PL1_ROWS[-1][0] else ''
        o.append(f"<tr style='mso-yfti-irow:{i};{last}'>"
                 + cell([str(stt)], 35) + cell([label], 230, align='left') + cell([dvt], 55)
                 + ''.join(cell([c] if c else [], 88) for c in cells) + '</tr>')
    o.append('</table>')
    return '\n'.join(o)


def table2():
    o = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 width=620 "
         "style='width:465.0pt;border-collapse:collapse;border:none;mso-yfti-tbllook:1184'>"]
    o.append("<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>" + cell(['STT'], 40, bold=True)
             + cell(['Tên xã, phường'], 260, bold=True)
             + ''.join(cell([h], 160, bold=True) for _, h in PL2_COLS) + '</tr>')
    for i, (name, a, b) in enumerate(PL2_ROWS, 1):
        o.append(f"<tr style='mso-yfti-irow:{i}'>" + cell([str(i)], 40) + cell([name], 260, align='left')
                 + cell([a], 160) + cell([b], 160) + '</tr>')
    o.append('</table>')
    return '\n'.join(o)


def targets():
    ts = [T(TTPV, 'dossier_digitization_rate', TTPV_SOHOA,
            'hồ sơ tiếp nhận trực tiếp tại Trung tâm được số hóa', 'prose', Y)]
    for stt, label, dvt, metric, uom, cells in PL1_ROWS:
        for (_, sp), c in zip(UNITS, cells):
            v = num(c)
            if v is None:
                continue
            ts.append(T(sp, metric, v[0], label, 'table', Y, comparator=v[1], uom=uom))
    for name, *cells in PL2_ROWS:
        for (metric, h), c in zip(PL2_COLS, cells):
            v = num(c)
            ts.append(T(pl2_spellings(name), metric, v[0], h, 'table', Y, comparator=v[1]))
    return ts


def P(text, bold=False, italic=False, align='justify', indent=True):
    if italic:
        text = f'<i>{text}</i>'
    if bold:
        text = f'<b>{text}</b>'
    ind = 'text-indent:36.0pt;' if indent else ''
    return (f"<p class=MsoNormal style='margin-top:6.0pt;text-align:{align};{ind}line-height:normal'>"
            f"<span lang=VI style='font-size:14.0pt;font-family:\"Times New Roman\",serif'>{text}<o:p></o:p></span></p>")


BODY = [
    P('Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;', italic=True),
    P('Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành '
      'chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;', italic=True),
    P('Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số '
      'chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành '
      'chính, dịch vụ công theo thời gian thực trên môi trường điện tử;', italic=True),
    P('Căn cứ Kế hoạch số 412/KH-UBND ngày 26 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh về chuyển đổi số '
      'tỉnh Sơn La năm 2026;', italic=True),
    P('Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 09/TTr-SKHCN ngày 06 tháng 01 năm 2026.',
      italic=True),
    P('QUYẾT ĐỊNH:', bold=True, align='center', indent=False),
    P('<b>Điều 1.</b> Giao chỉ tiêu dịch vụ công trực tuyến, thanh toán trực tuyến, số hóa hồ sơ và chất lượng '
      'phục vụ người dân, doanh nghiệp năm 2026 cho các cơ quan, đơn vị, địa phương (chi tiết tại Phụ lục I và '
      'Phụ lục II kèm theo).'),
    P('<b>Điều 2.</b> Tổ chức thực hiện'),
    P('1. Năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 42,8%, tỷ lệ thanh toán trực tuyến đạt 36,1%, '
      'điểm Chỉ số chất lượng phục vụ người dân, doanh nghiệp đạt 78,35 điểm. Các cơ quan, đơn vị, địa phương '
      'căn cứ chỉ tiêu được giao xây dựng kế hoạch thực hiện, phân công nhiệm vụ cụ thể cho từng cán bộ, công chức.'),
    P(f'2. Trung tâm Phục vụ hành chính công tỉnh bảo đảm {fmt(TTPV_SOHOA)}% hồ sơ tiếp nhận trực tiếp tại Trung '
      'tâm được số hóa, lưu trữ vào Kho quản lý dữ liệu điện tử của tổ chức, cá nhân.'),
    P('3. Sở Khoa học và Công nghệ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc; '
      'hằng quý tổng hợp kết quả, báo cáo Chủ tịch Ủy ban nhân dân tỉnh.'),
    P('<b>Điều 3.</b> Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc '
      'các sở; Thủ trưởng các ban, ngành; Chủ tịch Ủy ban nhân dân các xã, phường và các cơ quan, đơn vị có liên '
      'quan chịu trách nhiệm thi hành Quyết định này./.'),
]

PAGE = '''<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="58-QD-UBND_files/filelist.xml">
<title>QUYẾT ĐỊNH</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>VP UBND tinh</o:Author>
  <o:LastAuthor>KGVX-Thao</o:LastAuthor>
  <o:Revision>7</o:Revision>
  <o:Created>2026-01-08T02:11:00Z</o:Created>
  <o:LastSaved>2026-01-12T09:40:00Z</o:LastSaved>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:Zoom>110</w:Zoom>
  <w:TrackMoves>false</w:TrackMoves>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:"Times New Roman";panose-1:2 2 6 3 5 4 5 2 3 4;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-unhide:no;margin:0cm;font-size:12.0pt;font-family:"Times New Roman",serif;}}
@page WordSection1
	{{size:595.3pt 841.9pt;margin:56.7pt 42.5pt 56.7pt 85.05pt;}}
div.WordSection1
	{{page:WordSection1;}}
@page WordSection2
	{{size:841.9pt 595.3pt;mso-page-orientation:landscape;margin:42.5pt 42.5pt 42.5pt 42.5pt;}}
div.WordSection2
	{{page:WordSection2;}}
-->
</style>
</head>

<body lang=EN-US style='tab-interval:36.0pt;word-wrap:break-word'>

<div class=WordSection1>

<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=642
 style='width:481.5pt;border-collapse:collapse;mso-yfti-tbllook:1184'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes;mso-yfti-lastrow:yes'>
  <td width=246 valign=top style='width:184.5pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal align=center style='text-align:center'><b><span lang=VI style='font-size:13.0pt'>ỦY BAN NHÂN DÂN<o:p></o:p></span></b></p>
  <p class=MsoNormal align=center style='text-align:center'><b><span lang=VI style='font-size:13.0pt'>TỈNH SƠN LA<o:p></o:p></span></b></p>
  <p class=MsoNormal align=center style='text-align:center'><span lang=VI style='font-size:13.0pt'>Số: 58/QĐ-UBND<o:p></o:p></span></p>
  </td>
  <td width=396 valign=top style='width:297.0pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal align=center style='text-align:center'><b><span lang=VI style='font-size:12.0pt'>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<o:p></o:p></span></b></p>
  <p class=MsoNormal align=center style='text-align:center'><b><span lang=VI style='font-size:13.0pt'>Độc lập - Tự do - Hạnh phúc<o:p></o:p></span></b></p>
  <p class=MsoNormal align=center style='text-align:center'><i><span lang=VI style='font-size:13.0pt'>Sơn La, ngày 12 tháng 01 năm 2026<o:p></o:p></span></i></p>
  </td>
 </tr>
</table>

<p class=MsoNormal><o:p>&nbsp;</o:p></p>
{title}
{body}

<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=642
 style='width:481.5pt;border-collapse:collapse;mso-yfti-tbllook:1184'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes;mso-yfti-lastrow:yes'>
  <td width=321 valign=top style='width:240.75pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal><b><i><span lang=VI style='font-size:12.0pt'>Nơi nhận:<o:p></o:p></span></i></b></p>
  <p class=MsoNormal><span lang=VI style='font-size:11.0pt'>- Như Điều 3;<o:p></o:p></span></p>
  <p class=MsoNormal><span lang=VI style='font-size:11.0pt'>- Văn phòng Chính phủ (Cục KSTTHC);<o:p></o:p></span></p>
  <p class=MsoNormal><span lang=VI style='font-size:11.0pt'>- Bộ Khoa học và Công nghệ;<o:p></o:p></span></p>
  <p class=MsoNormal><span lang=VI style='font-size:11.0pt'>- TT Tỉnh ủy, TT HĐND tỉnh;<o:p></o:p></span></p>
  <p class=MsoNormal><span lang=VI style='font-size:11.0pt'>- Chủ tịch, các PCT UBND tỉnh;<o:p></o:p></span></p>
  <p class=MsoNormal><span lang=VI style='font-size:11.0pt'>- Lưu: VT, KGVX.<o:p></o:p></span></p>
  </td>
  <td width=321 valign=top style='width:240.75pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal align=center style='text-align:center'><b><span lang=VI style='font-size:13.0pt'>KT. CHỦ TỊCH<o:p></o:p></span></b></p>
  <p class=MsoNormal align=center style='text-align:center'><b><span lang=VI style='font-size:13.0pt'>PHÓ CHỦ TỊCH<o:p></o:p></span></b></p>
  <p class=MsoNormal align=center style='text-align:center'><o:p>&nbsp;</o:p></p>
  <p class=MsoNormal align=center style='text-align:center'><o:p>&nbsp;</o:p></p>
  <p class=MsoNormal align=center style='text-align:center'><b><span lang=VI style='font-size:14.0pt'>Cầm Ngọc Tuấn<o:p></o:p></span></b></p>
  </td>
 </tr>
</table>

</div>

<span lang=VI style='font-size:12.0pt;font-family:"Times New Roman",serif'><br clear=all style='page-break-before:always;mso-break-type:section-break'>
</span>

<div class=WordSection2>

{pl1_caption}
{table1}
<p class=MsoNormal><i><span lang=VI style='font-size:11.0pt'>Ghi chú: ô để trống là chỉ tiêu không áp dụng đối với cơ quan, đơn vị.<o:p></o:p></span></i></p>

<p class=MsoNormal><o:p>&nbsp;</o:p></p>
{pl2_caption}
{table2}

<p class=MsoNormal><o:p>&nbsp;</o:p></p>
</div>

</body>

</html>
'''


def main():
    title = '\n'.join([
        p('QUYẾT ĐỊNH', bold=True, size='14.0pt'),
        p('Về việc giao chỉ tiêu dịch vụ công trực tuyến, thanh toán trực tuyến, số hóa hồ sơ và chất lượng phục vụ', bold=True, size='14.0pt'),
        p('người dân, doanh nghiệp năm 2026 trên địa bàn tỉnh Sơn La', bold=True, size='14.0pt'),
        p('_____________', size='14.0pt'),
        p('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SƠN LA', bold=True, size='14.0pt'),
    ])
    pl1_caption = '\n'.join([
        p('Phụ lục I', bold=True, size='13.0pt'),
        p('CHỈ TIÊU GIAO CHO CÁC CƠ QUAN, ĐƠN VỊ NĂM 2026', bold=True, size='13.0pt'),
        p('<i>(Kèm theo Quyết định số 58/QĐ-UBND ngày 12/01/2026 của Chủ tịch UBND tỉnh Sơn La)</i>', size='13.0pt'),
    ])
    pl2_caption = '\n'.join([
        p('Phụ lục II', bold=True, size='13.0pt'),
        p('CHỈ TIÊU HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH, THANH TOÁN TRỰC TUYẾN CỦA CÁC XÃ, PHƯỜNG NĂM 2026', bold=True, size='13.0pt'),
        p('<i>(Kèm theo Quyết định số 58/QĐ-UBND ngày 21/01/2026 của Chủ tịch UBND tỉnh Sơn La)</i>', size='13.0pt'),
    ])
    html = PAGE.format(title=title, body='\n'.join(BODY), pl1_caption=pl1_caption, table1=table1(),
                       pl2_caption=pl2_caption, table2=table2())
    write_doc(SEED, html)
    doc = {
        'number': '58/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '58', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Sơn La', 'place': 'Sơn La', 'date': '2026-01-12',
        'subject': 'Về việc giao chỉ tiêu dịch vụ công trực tuyến, thanh toán trực tuyến, số hóa hồ sơ và chất '
                   'lượng phục vụ người dân, doanh nghiệp năm 2026 trên địa bàn tỉnh Sơn La',
        'signer': 'Cầm Ngọc Tuấn',
        'year': Y,
        'references': ['118/2025/NĐ-CP', '766/QĐ-TTg', '412/KH-UBND', '09/TTr-SKHCN'],
        'expected_warnings': ['Phụ lục II dates the decision 21/01/2026 while the decision is dated 12/01/2026'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets()}])


if __name__ == '__main__':
    main()
