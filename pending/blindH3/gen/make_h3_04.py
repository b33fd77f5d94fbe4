#!/usr/bin/env python3
"""h3_04: Cà Mau report (Báo cáo) 18/BC-UBND of 21/01/2022, as Word's
"Web Page, Filtered" export on a Vietnamese Windows: the file declares
<meta http-equiv=Content-Type content="text/html; charset=windows-1258">;
letters that windows-1258 has (á à â ă é ê í ó ô ơ ú ư đ …) are single bytes,
the others (ả ạ ấ ề ộ ữ …) are numeric character references (&#7843; …). The
source wraps long paragraphs at about 76 columns, like Word does.

- Section I reviews 2021: prose results and Bảng 1 (per unit: counts, achieved
  rates) - no targets, although it quotes the 2021 plan level "(kế hoạch năm
  2021 là 30%)" and a "100% … đã được tích hợp" result.
- Section II sets 2022 targets: one prose sentence ("Năm 2022 phấn đấu: …",
  unit null) and Bảng 2 (units x 3 indicators under a "Chỉ tiêu năm 2022"
  header cell with colspan=3, rowspan=2 cells, section rows with colspan).

Table rows and prose sentences are data below; the HTML and gold come from them.
"""
import html
import textwrap
from common import T, num, write_doc, write_gold

SEED = 'h3_04_camau_bc_2022.html'
Y = 2022
PROV = [None, 'Toàn tỉnh', 'Tỉnh Cà Mau']


def SO(n):
    return [n, n + ' tỉnh Cà Mau']


def H(n):
    return ['UBND ' + n[0].lower() + n[1:], n]


UNITS = [  # (section, printed name, spellings)
    ('I', 'Sở Tư pháp', SO('Sở Tư pháp')),
    ('I', 'Sở Kế hoạch và Đầu tư', SO('Sở Kế hoạch và Đầu tư')),
    ('I', 'Sở Giao thông vận tải', SO('Sở Giao thông vận tải')),
    ('I', 'Sở Tài nguyên và Môi trường', SO('Sở Tài nguyên và Môi trường')),
    ('II', 'Thành phố Cà Mau', H('Thành phố Cà Mau')),
    ('II', 'Huyện Thới Bình', H('Huyện Thới Bình')),
    ('II', 'Huyện U Minh', H('Huyện U Minh')),
    ('II', 'Huyện Trần Văn Thời', H('Huyện Trần Văn Thời')),
    ('II', 'Huyện Cái Nước', H('Huyện Cái Nước')),
    ('II', 'Huyện Đầm Dơi', H('Huyện Đầm Dơi')),
    ('II', 'Huyện Phú Tân', H('Huyện Phú Tân')),
    ('II', 'Huyện Năm Căn', H('Huyện Năm Căn')),
    ('II', 'Huyện Ngọc Hiển', H('Huyện Ngọc Hiển')),
]
SECTIONS = {'I': 'Sở, ban, ngành tỉnh', 'II': 'UBND huyện, thành phố'}

# Bảng 1: 2021 results (received, online count, online %, on time %, paid online %) - never targets
RESULTS = [
    ['8.412', '2.935', '34,9', '99,2', '8,1'],
    ['4.106', '1.873', '45,6', '99,6', '3,4'],
    ['21.540', '5.977', '27,7', '98,8', '10,5'],
    ['12.338', '1.815', '14,7', '93,1', '2,2'],
    ['41.225', '11.498', '27,9', '98,7', '7,3'],
    ['18.604', '3.759', '20,2', '99,1', '5,6'],
    ['12.930', '2.263', '17,5', '98,4', '4,1'],
    ['22.871', '4.689', '20,5', '98,9', '5,2'],
    ['16.502', '3.152', '19,1', '99,3', '4,8'],
    ['19.845', '3.076', '15,5', '98,2', '3,9'],
    ['11.208', '1.625', '14,5', '99,0', '3,1'],
    ['9.734', '1.509', '15,5', '98,6', '2,7'],
    ['7.019', '864', '12,3', '97,8', '1,9'],
]
RESULT_TOTAL = ['356.912', '88.514', '24,8', '98,9', '6,2']

# Bảng 2: 2022 targets
COLS2 = [
    ('Tỷ lệ hồ sơ trực tuyến mức độ 3, 4 (%)', 'online_dossier_rate'),
    ('Tỷ lệ hồ sơ thanh toán trực tuyến (%)', 'online_payment_rate'),
    ('Tỷ lệ số hóa kết quả giải quyết TTHC (%)', 'result_digitization_rate'),
]
TARGETS = [  # 3 cells + ghi chú, same order as UNITS
    (['50', '25', '50'], ''),
    (['60', '20', '50'], ''),
    (['45', '30', '50'], ''),
    (['30', '—', '30'], 'Thanh toán trực tuyến tính chung với Văn phòng Đăng ký đất đai'),
    (['40', '25', '40'], ''),
    (['35', '20', '35'], ''),
    (['30', '15', '30'], ''),
    (['35', '20', '35'], ''),
    (['35', '20', '35'], ''),
    (['30', '15', '30'], ''),
    (['30', '15', '30'], ''),
    (['30', '15', ''], 'Chưa giao chỉ tiêu số hóa'),
    (['25', '10', ''], 'Chưa giao chỉ tiêu số hóa'),
]

PROSE_2022 = ('Năm 2022 phấn đấu: tỷ lệ hồ sơ trực tuyến mức độ 3, 4 toàn tỉnh đạt tối thiểu 35%; tỷ lệ hồ sơ thanh toán '
              'trực tuyến đạt tối thiểu 20%; 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến '
              'mức độ 4; tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%. Chỉ tiêu giao cho từng cơ quan, địa phương tại Bảng 2.')
PROSE_TARGETS = [
    T(PROV, 'online_dossier_rate', 35, 'tỷ lệ hồ sơ trực tuyến mức độ 3, 4 toàn tỉnh', 'prose', Y),
    T(PROV, 'online_payment_rate', 20, 'tỷ lệ hồ sơ thanh toán trực tuyến', 'prose', Y),
    T(PROV, 'full_online_service_rate', 100, 'thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến mức độ 4', 'prose', Y),
    T(PROV, 'on_time_resolution_rate', 98, 'tỷ lệ hồ sơ giải quyết đúng hạn', 'prose', Y),
]


# ------------------------------------------------------------ HTML writing
def esc(s):
    return html.escape(s, quote=False)


def wrap(s, indent='', width=76):
    return ('\n' + indent).join(textwrap.wrap(s, width=width, break_long_words=False, break_on_hyphens=False)) or ''


def p(text, align=None, b=False, i=False, size='14.0pt', indent=True):
    a = f" align={align} style='text-align:{align}'" if align else (
        " style='text-align:justify;text-indent:36.0pt'" if indent else '')
    inner = esc(text) if text else '&nbsp;'
    if b:
        inner = f'<b>{inner}</b>'
    if i:
        inner = f'<i>{inner}</i>'
    return f"<p class=MsoNormal{a}><span lang=VI style='font-size:{size}'>{wrap(inner)}</span></p>"


def td(content, width=None, rowspan=None, colspan=None, align='center', b=False, i=False, border=True):
    attrs = ''
    if width:
        attrs += f' width={width}'
    if rowspan:
        attrs += f' rowspan={rowspan}'
    if colspan:
        attrs += f' colspan={colspan}'
    style = 'border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt' if border else 'padding:0cm 5.4pt 0cm 5.4pt'
    paras = content if isinstance(content, list) else [content]
    body = '\n  '.join(p(x, align=align, b=b, i=i, size='12.0pt', indent=False) for x in paras)
    return f"  <td{attrs} valign=top style='{style}'>\n  {body}\n  </td>"


def tr(cells):
    return ' <tr>\n' + '\n'.join(cells) + '\n </tr>'


def table(rows, border=True):
    cls = 'MsoTableGrid' if border else 'MsoNormalTable'
    b = ' border=1' if border else ' border=0'
    return (f"<table class={cls}{b} cellspacing=0 cellpadding=0 style='border-collapse:collapse'>\n"
            + '\n'.join(rows) + '\n</table>')


def build():
    out, targets = [], []
    # header
    out.append(table([
        tr([td(['ỦY BAN NHÂN DÂN', 'TỈNH CÀ MAU', '-------'], width=240, b=True, border=False),
            td(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '---------------'],
               width=400, b=True, border=False)]),
        tr([td('Số: 18/BC-UBND', width=240, border=False),
            td('Cà Mau, ngày 21 tháng 01 năm 2022', width=400, i=True, border=False)]),
    ], border=False))
    out.append(p('', indent=False))
    out.append(p('BÁO CÁO', align='center', b=True))
    out.append(p('Kết quả cung cấp, sử dụng dịch vụ công trực tuyến năm 2021; nhiệm vụ, chỉ tiêu năm 2022',
                 align='center', b=True))
    out.append(p('_____________', align='center'))
    out.append(p('Thực hiện Công văn số 4467/BTTTT-THH ngày 15/12/2021 của Bộ Thông tin và Truyền thông về việc báo cáo '
                 'tình hình cung cấp, sử dụng dịch vụ công trực tuyến năm 2021, Ủy ban nhân dân tỉnh Cà Mau báo cáo như sau:'))
    out.append(p('I. KẾT QUẢ THỰC HIỆN NĂM 2021', b=True))
    out.append(p('1. Cung cấp dịch vụ công trực tuyến', b=True))
    out.append(p('Đến ngày 31/12/2021, tỉnh Cà Mau cung cấp 1.268 dịch vụ công trực tuyến mức độ 3, 4 (đạt 79,6% tổng số '
                 'thủ tục hành chính), trong đó có 512 dịch vụ công trực tuyến mức độ 4; 100% dịch vụ công trực tuyến mức độ '
                 '3, 4 của tỉnh đã được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia.'))
    out.append(p('2. Kết quả tiếp nhận, giải quyết hồ sơ', b=True))
    out.append(p('Năm 2021, toàn tỉnh tiếp nhận 356.912 hồ sơ thủ tục hành chính, trong đó 88.514 hồ sơ trực tuyến mức độ '
                 '3, 4, đạt 24,8% (kế hoạch năm 2021 là 30%); tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,9%; tỷ lệ hồ sơ '
                 'thanh toán trực tuyến đạt 6,2%. Kết quả của từng cơ quan, địa phương tại Bảng 1.'))
    out.append(p('Bảng 1. Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính năm 2021', align='center', b=True))
    rows = [
        tr([td('STT', rowspan=2, b=True), td('Cơ quan, đơn vị', rowspan=2, b=True),
            td('Tổng số hồ sơ tiếp nhận', rowspan=2, b=True),
            td('Hồ sơ trực tuyến mức độ 3, 4', colspan=2, b=True),
            td('Tỷ lệ hồ sơ giải quyết đúng hạn (%)', rowspan=2, b=True),
            td('Tỷ lệ hồ sơ thanh toán trực tuyến (%)', rowspan=2, b=True)]),
        tr([td('Số hồ sơ', b=True), td('Tỷ lệ (%)', b=True)]),
    ]
    k, sec = 0, None
    for (s, name, _), res in zip(UNITS, RESULTS):
        if s != sec:
            sec = s
            rows.append(tr([td(s, b=True), td(SECTIONS[s], colspan=6, align='left', b=True)]))
            k = 0
        k += 1
        rows.append(tr([td(str(k)), td(name, align='left')] + [td(c) for c in res]))
    rows.append(tr([td(''), td('Toàn tỉnh (bao gồm cấp xã)', align='left', b=True)] + [td(c, b=True) for c in RESULT_TOTAL]))
    out.append(table(rows))
    out.append(p(''))
    out.append(p('3. Tồn tại, hạn chế', b=True))
    out.append(p('Tỷ lệ hồ sơ trực tuyến còn thấp so với kế hoạch, nhất là ở cấp xã (mới đạt 12,3%) và các huyện vùng sâu, '
                 'vùng xa; còn 41,2% dịch vụ công trực tuyến mức độ 3, 4 chưa phát sinh hồ sơ; việc thanh toán phí, lệ phí '
                 'trực tuyến chưa phổ biến.'))
    out.append(p('II. NHIỆM VỤ, CHỈ TIÊU NĂM 2022', b=True))
    out.append(p(PROSE_2022))
    targets += PROSE_TARGETS
    out.append(p('Bảng 2. Chỉ tiêu năm 2022 giao cho các cơ quan, địa phương', align='center', b=True))
    rows = [
        tr([td('STT', rowspan=2, b=True), td('Cơ quan, đơn vị', rowspan=2, b=True),
            td('Chỉ tiêu năm 2022', colspan=3, b=True), td('Ghi chú', rowspan=2, b=True)]),
        tr([td(h, b=True) for h, _ in COLS2]),
    ]
    sec = None
    for (s, name, units), (cells, note) in zip(UNITS, TARGETS):
        if s != sec:
            sec = s
            rows.append(tr([td(s, b=True), td(SECTIONS[s], colspan=5, align='left', b=True)]))
            k = 0
        k += 1
        rows.append(tr([td(str(k)), td(name, align='left')] + [td(c) for c in cells] + [td(note, align='left')]))
        for (hdr, metric), c in zip(COLS2, cells):
            v = num(c)
            if v is not None:
                targets.append(T(units, metric, v, hdr, 'table', Y, unit_group=SECTIONS[s], note=note or None))
    out.append(table(rows))
    out.append(p(''))
    out.append(p('Để hoàn thành các chỉ tiêu trên, Ủy ban nhân dân tỉnh chỉ đạo các cơ quan, địa phương rà soát, tái cấu '
                 'trúc quy trình, nâng cấp 150 dịch vụ công trực tuyến mức độ 3 lên mức độ 4 trước ngày 31/3/2022; đẩy mạnh '
                 'tuyên truyền, hướng dẫn người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến và thanh toán trực tuyến; '
                 'triển khai số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo Nghị định số 107/2021/NĐ-CP ngày '
                 '06/12/2021 của Chính phủ.'))
    out.append(p('III. ĐỀ XUẤT, KIẾN NGHỊ', b=True))
    out.append(p('Đề nghị Bộ Thông tin và Truyền thông, Văn phòng Chính phủ tiếp tục hỗ trợ kết nối, tích hợp Hệ thống thông '
                 'tin giải quyết thủ tục hành chính của tỉnh với Cổng Dịch vụ công quốc gia và nền tảng thanh toán trực tuyến.'))
    out.append(p('Trên đây là báo cáo của Ủy ban nhân dân tỉnh Cà Mau./.'))
    out.append(table([tr([
        td(['Nơi nhận:', '- Bộ Thông tin và Truyền thông;', '- Văn phòng Chính phủ (Cục KSTTHC);',
            '- CT, các PCT UBND tỉnh;', '- Sở Thông tin và Truyền thông;', '- CVP, PVP UBND tỉnh;',
            '- Lưu: VT, Ktr15.'], width=300, align='left', border=False),
        td(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', '', 'Huỳnh Quốc Thái'],
           width=340, b=True, border=False),
    ])], border=False))
    return '\n'.join(out), targets


PRE = '''<html>

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1258">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<title>BÁO CÁO</title>
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:14.0pt;
	font-family:"Times New Roman",serif;}
table.MsoTableGrid
	{border:solid windowtext 1.0pt;
	font-size:10.0pt;
	font-family:"Times New Roman",serif;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:56.7pt 42.5pt 56.7pt 85.05pt;}
div.WordSection1
	{page:WordSection1;}
-->
</style>

</head>

<body lang=EN-US style='word-wrap:break-word'>

<div class=WordSection1>

'''
POST = '''

</div>

</body>

</html>
'''


def encode_1258_ncr(s):
    """windows-1258 bytes where the code page has the letter, &#NNNN; otherwise."""
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode('cp1258')
        except UnicodeEncodeError:
            out += f'&#{ord(ch)};'.encode('ascii')
    return bytes(out)


def main():
    body, targets = build()
    doc_html = PRE + body + POST
    data = encode_1258_ncr(doc_html.replace('\n', '\r\n'))
    assert html.unescape(data.decode('cp1258')) == html.unescape(doc_html.replace('\n', '\r\n'))
    write_doc(SEED, data)
    doc = {
        'number': '18/BC-UBND', 'symbol': 'BC-UBND', 'serial': '18', 'type': 'bao_cao',
        'issuer': 'Ủy ban nhân dân tỉnh Cà Mau', 'place': 'Cà Mau', 'date': '2022-01-21',
        'subject': 'Kết quả cung cấp, sử dụng dịch vụ công trực tuyến năm 2021; nhiệm vụ, chỉ tiêu năm 2022',
        'signer': 'Huỳnh Quốc Thái',
        'references': ['4467/BTTTT-THH', '107/2021/NĐ-CP'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets}])


if __name__ == '__main__':
    main()
