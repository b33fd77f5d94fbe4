#!/usr/bin/env python3
"""l3_01: An Giang (merged with Kiên Giang) decision 2318/QĐ-UBND, 18/9/2025,
saved from Word as "Web Page" (mso classes and styles, <o:p>, nested spans,
&nbsp; in empty cells). Appendix: 32 phường / xã / đặc khu × 3 indicators.
Document text and gold are written from the same ROWS list.
"""
import html as H
import os
from common import DOCS, T, num, write_gold

SEED = 'l3_01_angiang_qd_2025.html'
Y = 2025
PROV = [None, 'Toàn tỉnh', 'Tỉnh An Giang']

COLS = [
    ('Tỷ lệ hồ sơ TTHC được tiếp nhận, giải quyết trực tuyến (%)', 'online_dossier_rate'),
    ('Tỷ lệ hồ sơ thanh toán trực tuyến (%)', 'online_payment_rate'),
    ('Tỷ lệ cấp kết quả giải quyết TTHC điện tử (tối thiểu 80%)', 'electronic_result_rate'),
]

G1 = 'Ủy ban nhân dân các phường'
G2 = 'Ủy ban nhân dân các xã'
G3 = 'Ủy ban nhân dân các đặc khu'
# ('S', roman, title) | (name, [3 cells], ghi chú)
ROWS = [
    ('S', 'I', G1),
    ('Phường Long Xuyên', ['80', '65', '100'], ''),
    ('Phường Bình Đức', ['75', '60', '95'], ''),
    ('Phường Mỹ Thới', ['75', '60', '95'], ''),
    ('Phường Châu Đốc', ['78,5', '62,5', '100'], ''),
    ('Phường Vĩnh Tế', ['72', '58', '90'], ''),
    ('Phường Tân Châu', ['72', '58', '90'], ''),
    ('Phường Tịnh Biên', ['70', '55', '90'], ''),
    ('Phường Rạch Giá', ['80', '65', '100'], ''),
    ('Phường Vĩnh Thông', ['74', '57', '92'], ''),
    ('Phường Hà Tiên', ['76', '60', '95'], 'Khu vực cửa khẩu'),
    ('S', 'II', G2),
    ('Xã Mỹ Hòa Hưng', ['65', '50', '90'], ''),
    ('Xã An Phú', ['62', '48', '85'], ''),
    ('Xã Phú Tân', ['62', '48', '85'], ''),
    ('Xã Chợ Mới', ['64', '50', '88'], ''),
    ('Xã Châu Phú', ['60', '45', '85'], ''),
    ('Xã Thoại Sơn', ['63', '50', '88'], ''),
    ('Xã Tri Tôn', ['58', '42', '85'], 'Xã có đông đồng bào dân tộc Khmer'),
    ('Xã Ba Chúc', ['55', '40', '82,5'], 'Xã có đông đồng bào dân tộc Khmer'),
    ('Xã Óc Eo', ['60', '45', '85'], ''),
    ('Xã Tân Hiệp', ['61', '46', '85'], ''),
    ('Xã Châu Thành', ['64', '50', '88'], ''),
    ('Xã Giồng Riềng', ['59', '44', '85'], ''),
    ('Xã Gò Quao', ['57', '43', '85'], ''),
    ('Xã An Biên', ['57', '43', '85'], ''),
    ('Xã U Minh Thượng', ['52,5', '38', '80'], ''),
    ('Xã Vĩnh Thuận', ['56', '42', '85'], ''),
    ('Xã Kiên Lương', ['60', '46', '88'], ''),
    ('Xã Hòn Đất', ['58', '44', '85'], ''),
    ('Xã Sơn Kiên', ['54', '40', '80'], ''),
    ('S', 'III', G3),
    ('Đặc khu Phú Quốc', ['80', '70', '100'], ''),
    ('Đặc khu Kiên Hải', ['50', '', '80'], 'Chưa có điểm chấp nhận thanh toán'),
    ('Đặc khu Thổ Châu', ['45', '', '—'], 'Hạ tầng viễn thông chưa ổn định; chưa phát sinh hồ sơ có thu phí'),
]


def spell(name):
    return ['UBND ' + name[0].lower() + name[1:], name]


STYLE = '''<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0in;
	mso-pagination:widow-orphan;
	font-size:14.0pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:"Times New Roman";}
p.MsoBodyText, li.MsoBodyText, div.MsoBodyText
	{mso-style-name:"Body Text";
	margin-top:6.0pt;
	text-align:justify;
	text-indent:.5in;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:56.7pt 42.55pt 56.7pt 85.05pt;}
div.WordSection1
	{page:WordSection1;}
@page WordSection2
	{size:841.9pt 595.3pt;
	mso-page-orientation:landscape;}
div.WordSection2
	{page:WordSection2;}
-->
</style>'''

SPAN = "<span lang=VI style='font-size:13.0pt;mso-ansi-language:VI'>"


def p(text, cls='MsoNormal', align=None, bold=False, italic=False):
    st = f" align={align} style='text-align:{align}'" if align else ''
    t = text
    if italic:
        t = f'<i style=\'mso-bidi-font-style:normal\'>{t}</i>'
    if bold:
        t = f'<b style=\'mso-bidi-font-weight:normal\'>{t}</b>'
    return f"<p class={cls}{st}>{SPAN}{t}<o:p></o:p></span></p>"


def cell(text, width, bold=False, align='center', span=1):
    cs = f' colspan={span}' if span > 1 else ''
    if text == '':
        inner = f"<p class=MsoNormal align={align} style='text-align:{align}'><span lang=VI style='font-size:12.0pt'><o:p>&nbsp;</o:p></span></p>"
    else:
        t = H.escape(text, quote=False)
        # Word splits runs: a number typed then edited becomes two spans
        if text in ('78,5', '82,5', '52,5'):
            a, b = t.split(',')
            t = f"{a}<span style='mso-spacerun:yes'></span>,<span lang=VI style='font-size:12.0pt'>{b}</span>"
        if bold:
            t = f'<b>{t}</b>'
        inner = (f"<p class=MsoNormal align={align} style='text-align:{align}'>"
                 f"<span lang=VI style='font-size:12.0pt;mso-ansi-language:VI'>{t}<o:p></o:p></span></p>")
    return (f"  <td width={width}{cs} valign=top style='width:{width}pt;border:solid windowtext 1.0pt;"
            f"border-top:none;mso-border-alt:solid windowtext .5pt;padding:0in 5.4pt 0in 5.4pt'>\n   {inner}\n  </td>")


def build():
    out, targets = [], []
    out.append('''<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<title>QUYẾT ĐỊNH</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>VP UBND tinh</o:Author>
  <o:Revision>7</o:Revision>
 </o:DocumentProperties>
</xml><![endif]-->
''' + STYLE + '''
</head>

<body lang=EN-US style='tab-interval:.5in;word-wrap:break-word'>

<div class=WordSection1>

<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=643
 style='width:482.4pt;border-collapse:collapse;mso-yfti-tbllook:1184'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
  <td width=236 valign=top style='width:177.2pt;padding:0in 5.4pt 0in 5.4pt'>
  <p class=MsoNormal align=center style='text-align:center'><b><span lang=VI
  style='font-size:13.0pt;mso-ansi-language:VI'>ỦY BAN NHÂN DÂN<o:p></o:p></span></b></p>
  <p class=MsoNormal align=center style='text-align:center'><b><span lang=VI
  style='font-size:13.0pt;mso-ansi-language:VI'>TỈNH AN GIANG<o:p></o:p></span></b></p>
  <p class=MsoNormal align=center style='text-align:center'><span lang=VI
  style='font-size:13.0pt;mso-ansi-language:VI'><o:p>&nbsp;</o:p></span></p>
  <p class=MsoNormal align=center style='text-align:center'><span lang=VI
  style='font-size:13.0pt;mso-ansi-language:VI'>Số:<span style='mso-spacerun:yes'>&nbsp;</span>2318/QĐ-UBND<o:p></o:p></span></p>
  </td>
  <td width=407 valign=top style='width:305.2pt;padding:0in 5.4pt 0in 5.4pt'>
  <p class=MsoNormal align=center style='text-align:center'><b><span lang=VI
  style='font-size:12.0pt;mso-ansi-language:VI'>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<o:p></o:p></span></b></p>
  <p class=MsoNormal align=center style='text-align:center'><b><span lang=VI
  style='font-size:13.0pt;mso-ansi-language:VI'>Độc lập - Tự do - Hạnh phúc<o:p></o:p></span></b></p>
  <p class=MsoNormal align=center style='text-align:center'><span lang=VI
  style='font-size:13.0pt;mso-ansi-language:VI'><o:p>&nbsp;</o:p></span></p>
  <p class=MsoNormal align=center style='text-align:center'><i><span lang=VI
  style='font-size:13.0pt;mso-ansi-language:VI'>An Giang, ngày<span style='mso-spacerun:yes'>&nbsp; </span>18<span
  style='mso-spacerun:yes'>&nbsp; </span>tháng 9 năm 2025<o:p></o:p></span></i></p>
  </td>
 </tr>
</table>
''')
    out.append(p('&nbsp;'))
    out.append(p('QUYẾT ĐỊNH', align='center', bold=True))
    out.append(p('Về việc giao chỉ tiêu tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến, '
                 'thanh toán trực tuyến và cấp kết quả điện tử cho Ủy ban nhân dân các xã, phường, đặc khu năm 2025',
                 align='center', bold=True))
    out.append(p('_____________', align='center'))
    out.append(p('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG', align='center', bold=True))
    body = [
        'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;',
        'Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh;',
        'Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;',
        'Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp;',
        'Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 412/TTr-SKHCN ngày 10 tháng 9 năm 2025.',
    ]
    for b in body:
        out.append(p(b, cls='MsoBodyText', italic=True))
    out.append(p('QUYẾT ĐỊNH:', align='center', bold=True))
    out.append(p('<b>Điều 1.</b> Giao chỉ tiêu tỷ lệ hồ sơ thủ tục hành chính (TTHC) được tiếp nhận, giải quyết trực tuyến, '
                 'tỷ lệ hồ sơ thanh toán trực tuyến và tỷ lệ cấp kết quả giải quyết TTHC điện tử năm 2025 cho Ủy ban nhân dân '
                 'các xã, phường, đặc khu (chi tiết tại Phụ lục kèm theo).', cls='MsoBodyText'))
    out.append(p('Tính đến ngày 31 tháng 8 năm 2025, tỷ lệ hồ sơ TTHC giải quyết trực tuyến của cấp xã trên địa bàn tỉnh mới đạt '
                 '48,3<span style=\'mso-spacerun:yes\'>&nbsp;</span>%, tỷ lệ thanh toán trực tuyến đạt 36,9%.', cls='MsoBodyText'))
    out.append(p('Phấn đấu đến hết năm 2025, toàn tỉnh đạt: tỷ lệ hồ sơ TTHC được tiếp nhận, giải quyết trực tuyến tối thiểu 65%; '
                 'tỷ lệ hồ sơ thanh toán trực tuyến tối thiểu 55% trên tổng số hồ sơ có thu phí, lệ phí.', cls='MsoBodyText'))
    targets += [
        T(PROV, 'online_dossier_rate', 65, 'tỷ lệ hồ sơ TTHC được tiếp nhận, giải quyết trực tuyến', 'prose', Y),
        T(PROV, 'online_payment_rate', 55, 'tỷ lệ hồ sơ thanh toán trực tuyến', 'prose', Y),
    ]
    out.append(p('<b>Điều 2.</b> Ủy ban nhân dân các xã, phường, đặc khu chỉ đạo Bộ phận Một cửa phối hợp với chi nhánh '
                 'Trung tâm Phục vụ hành chính công tỉnh trên địa bàn hướng dẫn người dân nộp hồ sơ trực tuyến; '
                 'định kỳ trước ngày 20 hằng tháng báo cáo kết quả về Sở Khoa học và Công nghệ. Sở Khoa học và Công nghệ '
                 'theo dõi, tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh.', cls='MsoBodyText'))
    out.append(p('<b>Điều 3.</b> Quyết định này có hiệu lực kể từ ngày ký.', cls='MsoBodyText'))
    out.append(p('Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Khoa học và Công nghệ, Giám đốc Trung tâm Phục vụ hành chính công tỉnh, '
                 'Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.',
                 cls='MsoBodyText'))
    out.append('''<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=643
 style='width:482.4pt;border-collapse:collapse'>
 <tr>
  <td width=321 valign=top style='width:240.7pt;padding:0in 5.4pt 0in 5.4pt'>
  <p class=MsoNormal><b><i><span lang=VI style='font-size:12.0pt'>Nơi nhận:<o:p></o:p></span></i></b></p>
  <p class=MsoNormal><span lang=VI style='font-size:11.0pt'>- Như Điều 3;<o:p></o:p></span></p>
  <p class=MsoNormal><span lang=VI style='font-size:11.0pt'>- Văn phòng Chính phủ (Cục Kiểm soát TTHC);<o:p></o:p></span></p>
  <p class=MsoNormal><span lang=VI style='font-size:11.0pt'>- TT. Tỉnh ủy, TT. HĐND tỉnh;<o:p></o:p></span></p>
  <p class=MsoNormal><span lang=VI style='font-size:11.0pt'>- CT, các PCT UBND tỉnh;<o:p></o:p></span></p>
  <p class=MsoNormal><span lang=VI style='font-size:11.0pt'>- Lưu: VT, KSTT.<o:p></o:p></span></p>
  </td>
  <td width=321 valign=top style='width:240.7pt;padding:0in 5.4pt 0in 5.4pt'>
  <p class=MsoNormal align=center style='text-align:center'><b><span lang=VI style='font-size:13.0pt'>KT. CHỦ TỊCH<o:p></o:p></span></b></p>
  <p class=MsoNormal align=center style='text-align:center'><b><span lang=VI style='font-size:13.0pt'>PHÓ CHỦ TỊCH<o:p></o:p></span></b></p>
  <p class=MsoNormal align=center style='text-align:center'><span lang=VI style='font-size:13.0pt'><o:p>&nbsp;</o:p></span></p>
  <p class=MsoNormal align=center style='text-align:center'><span lang=VI style='font-size:13.0pt'><o:p>&nbsp;</o:p></span></p>
  <p class=MsoNormal align=center style='text-align:center'><b><span lang=VI style='font-size:13.0pt'>Trương Minh Khải<o:p></o:p></span></b></p>
  </td>
 </tr>
</table>

</div>

<span lang=VI style='font-size:13.0pt;font-family:"Times New Roman",serif;mso-ansi-language:VI'><br
clear=all style='page-break-before:always;mso-break-type:section-break'>
</span>

<div class=WordSection2>
''')
    out.append(p('Phụ lục', align='center', bold=True))
    out.append(p('CHỈ TIÊU GIAO CHO ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG, ĐẶC KHU NĂM 2025', align='center', bold=True))
    out.append(p('(Kèm theo Quyết định số 2318/QĐ-UBND ngày 18 tháng 9 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh An Giang)',
                 align='center', italic=True))
    out.append(p('&nbsp;'))
    out.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 width=900\n"
               " style='width:675pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>")
    hdr = ['STT', 'Tên đơn vị'] + [c[0] for c in COLS] + ['Ghi chú']
    W = [35, 170, 150, 130, 150, 180]
    out.append(" <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes;mso-yfti-lastfirstrow:yes'>")
    for h, w in zip(hdr, W):
        out.append(cell(h, w, bold=True))
    out.append(' </tr>')
    body_row = 0
    group = None
    stt = 0
    for r in ROWS:
        out.append(' <tr>')
        if r[0] == 'S':
            group = r[2]
            out.append(cell(r[1], W[0], bold=True))
            out.append(cell(r[2], sum(W[1:]), bold=True, align='left', span=5))
            out.append(' </tr>')
            body_row += 1
            stt = 0
            continue
        name, cells, note = r
        stt += 1
        out.append(cell(str(stt), W[0]))
        out.append(cell(name, W[1], align='left'))
        for ci, (c, w) in enumerate(zip(cells, W[2:5])):
            out.append(cell(c, w))
            v = num(c)
            if v is not None:
                targets.append(T(spell(name), COLS[ci][1], v, COLS[ci][0], 'table', Y,
                                 unit_group=group, note=note or None))
        out.append(cell(note, W[5], align='left'))
        out.append(' </tr>')
        body_row += 1
    out.append('</table>')
    out.append(p('&nbsp;'))
    out.append('</div>\n\n</body>\n\n</html>\n')
    return '\n'.join(out), targets


def main():
    text, targets = build()
    os.makedirs(DOCS, exist_ok=True)
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8', newline='\r\n') as f:
        f.write(text)
    doc = {
        'number': '2318/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '2318', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh An Giang', 'place': 'An Giang', 'date': '2025-09-18',
        'subject': 'Về việc giao chỉ tiêu tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến, thanh toán trực tuyến '
                   'và cấp kết quả điện tử cho Ủy ban nhân dân các xã, phường, đặc khu năm 2025',
        'signer': 'Trương Minh Khải',
        'references': ['72/2025/QH15', '202/2025/QH15', '118/2025/NĐ-CP', '766/QĐ-TTg', '412/TTr-SKHCN'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets}])


if __name__ == '__main__':
    main()
