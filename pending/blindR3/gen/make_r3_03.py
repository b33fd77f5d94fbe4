#!/usr/bin/env python3
"""r3_03: Bắc Kạn plan 09/KH-UBND (10/01/2025) as an HTML page saved from Word
("Lưu dưới dạng Trang web đã lọc": mso classes, <p class=MsoNormal><span …>,
<o:p>, &nbsp;, a borderless layout table for the header).

The appendix table gives each indicator per level: a two-row header
STT | Chỉ tiêu | Đơn vị tính | "Chỉ tiêu năm 2025" (colspan=3 over
Cấp tỉnh | Cấp huyện | Cấp xã) | Ghi chú, section rows (colspan=7),
"—" and blank cells. Each non-blank level cell is one target whose unit is the
level as written ("Cấp tỉnh" …). Prose targets in II.2 and IV.
"""
import html
import os
from common import DOCS, T, num, write_gold

SEED = 'r3_03_backan_kh_2025.html'
Y = 2025
PROV = [None, 'Toàn tỉnh', 'Tỉnh Bắc Kạn']
LEVELS = [
    ('Cấp tỉnh', ['Cấp tỉnh', 'Các cơ quan, đơn vị cấp tỉnh']),
    ('Cấp huyện', ['Cấp huyện', 'Các cơ quan, đơn vị cấp huyện']),
    ('Cấp xã', ['Cấp xã', 'UBND cấp xã']),
]
VP = ['Văn phòng UBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh (Trung tâm Phục vụ hành chính công tỉnh)',
      'Trung tâm Phục vụ hành chính công tỉnh', 'Văn phòng UBND tỉnh Bắc Kạn']

# ('S', code, title) or (stt, label, đvt, [tỉnh, huyện, xã], metric, ghi chú)
ROWS = [
    ('S', 'I', 'CUNG CẤP, SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN'),
    (1, 'Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình', '%',
     ['100', '', ''], 'full_online_service_rate', 'Cấp huyện, cấp xã thực hiện theo danh mục do UBND tỉnh công bố'),
    (2, 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính', '%',
     ['80', '70', '60'], 'online_dossier_rate', ''),
    (3, 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', ['60', '50', '40'], 'full_online_dossier_rate', ''),
    (4, 'Tỷ lệ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí', '%', ['60', '50', '45'], 'online_payment_rate', ''),
    ('S', 'II', 'SỐ HÓA HỒ SƠ, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'),
    (5, 'Tỷ lệ số hóa hồ sơ thủ tục hành chính', '%', ['100', '90', '80'], 'dossier_digitization_rate', ''),
    (6, 'Tỷ lệ số hóa kết quả giải quyết thủ tục hành chính', '%', ['100', '100', '90'], 'result_digitization_rate', ''),
    (7, 'Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử', '%', ['100', '90', '80'], 'electronic_result_rate', ''),
    (8, 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa', '%', ['60', '50', '—'], 'digitized_data_reuse_rate',
     'Cấp xã chưa giao chỉ tiêu'),
    (9, 'Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính', '%', ['—', '70', '50'], 'e_certified_copy_rate',
     'Cấp tỉnh không thực hiện chứng thực'),
    ('S', 'III', 'CHẤT LƯỢNG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'),
    (10, 'Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn', '%', ['≥ 98', '≥ 97', '≥ 97'], 'on_time_resolution_rate', ''),
    (11, 'Tỷ lệ hồ sơ giải quyết quá hạn', '%', ['≤ 1', '≤ 2', '≤ 2,5'], None, 'Không quá'),
    (12, 'Mức độ hài lòng của người dân, doanh nghiệp trong thực hiện thủ tục hành chính', '%', ['90', '90', '85'], 'satisfaction_rate', ''),
]

M_OD = 'tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính'
# (section heading or None, paragraph, targets)
PROSE = [
    ('I. MỤC ĐÍCH, YÊU CẦU', '1. Nâng cao chất lượng cung cấp, sử dụng dịch vụ công trực tuyến; gắn trách nhiệm người đứng đầu với kết quả thực hiện các chỉ tiêu được giao.', []),
    (None, '2. Năm 2024, tỷ lệ hồ sơ trực tuyến của toàn tỉnh đạt 61,2%, trong đó cấp xã mới đạt 38,4%; tỷ lệ thanh toán trực tuyến đạt 42,7%; mức độ hài lòng đạt 87,5%.', []),
    ('II. MỤC TIÊU', '1. Mục tiêu chung: hoàn thành các chỉ tiêu về dịch vụ công trực tuyến theo Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ.', []),
    (None, '2. Mục tiêu cụ thể năm 2025:', []),
    (None, '- Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính của toàn tỉnh đạt tối thiểu 70%.',
     [T(PROV, 'online_dossier_rate', 70, M_OD, 'prose', Y)]),
    (None, '- 100% dịch vụ công trực tuyến toàn trình được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia.',
     [T(PROV, 'national_portal_integration_rate', 100, 'dịch vụ công trực tuyến toàn trình được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia', 'prose', Y)]),
    (None, '- Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt tối thiểu 75%.',
     [T(PROV, 'online_service_uptake_rate', 75, 'Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ', 'prose', Y)]),
    (None, '- Các chỉ tiêu cụ thể theo từng cấp chính quyền: chi tiết tại Phụ lục kèm theo. Chỉ tiêu của cấp nào áp dụng cho tất cả cơ quan, đơn vị thuộc cấp đó.', []),
    ('III. NHIỆM VỤ, GIẢI PHÁP', '1. Rà soát, tái cấu trúc quy trình các thủ tục hành chính cung cấp trực tuyến toàn trình, hoàn thành trước ngày 31/3/2025.', []),
    (None, '2. Triển khai thanh toán trực tuyến tại Bộ phận Một cửa các cấp; tuyên truyền, hướng dẫn người dân qua Tổ công nghệ số cộng đồng.', []),
    ('IV. TỔ CHỨC THỰC HIỆN', '1. Sở Thông tin và Truyền thông chủ trì, theo dõi, đôn đốc; tổng hợp kết quả báo cáo UBND tỉnh hằng quý.', []),
    (None, '2. Văn phòng Ủy ban nhân dân tỉnh (Trung tâm Phục vụ hành chính công tỉnh) bảo đảm 100% kết quả xử lý hồ sơ thủ tục hành chính được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia.',
     [T(VP, 'national_portal_sync_rate', 100, 'kết quả xử lý hồ sơ thủ tục hành chính được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia', 'prose', Y)]),
    (None, '3. Các sở, ban, ngành tỉnh, UBND các huyện, thành phố căn cứ chỉ tiêu theo cấp tại Phụ lục tổ chức thực hiện; UBND các huyện, thành phố chỉ đạo UBND các xã, phường, thị trấn thực hiện chỉ tiêu của cấp xã.', []),
]

STYLE = '''<style>
<!--
 /* Font Definitions */
 @font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm; font-size:12.0pt; font-family:"Times New Roman",serif;}
 table.MsoNormalTable {mso-style-name:"Table Normal";}
 table.MsoTableGrid {mso-style-name:"Table Grid"; border:solid windowtext 1.0pt;}
@page WordSection1 {size:595.3pt 841.9pt; margin:56.7pt 42.5pt 56.7pt 85.05pt;}
div.WordSection1 {page:WordSection1;}
@page WordSection2 {size:841.9pt 595.3pt; mso-page-orientation:landscape; margin:42.5pt 42.5pt 42.5pt 42.5pt;}
div.WordSection2 {page:WordSection2;}
-->
</style>'''


def e(s):
    return html.escape(s, quote=False)


def p(text, bold=False, italic=False, align='justify', size='14.0pt', indent=True):
    t = e(text)
    if bold:
        t = f'<b>{t}</b>'
    if italic:
        t = f'<i>{t}</i>'
    ind = ";text-indent:35.45pt" if indent and align == 'justify' else ''
    return (f"<p class=MsoNormal style='margin-top:6.0pt;text-align:{align}{ind}'>"
            f"<span lang=VI style='font-size:{size};line-height:115%'>{t}<o:p></o:p></span></p>")


def td(text, attrs='', bold=False, align='center', width=None):
    t = e(text) if text else '&nbsp;'
    if bold:
        t = f'<b>{t}</b>'
    w = f' width={width}' if width else ''
    return (f"  <td{w}{attrs} valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>\n"
            f"  <p class=MsoNormal align={align} style='text-align:{align}'><span lang=VI style='font-size:12.0pt'>{t}<o:p></o:p></span></p>\n  </td>")


def table():
    out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>",
           " <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>",
           td('STT', ' rowspan=2', bold=True, width=40), td('Chỉ tiêu', ' rowspan=2', bold=True, width=300),
           td('Đơn vị tính', ' rowspan=2', bold=True, width=60), td('Chỉ tiêu năm 2025', ' colspan=3', bold=True),
           td('Ghi chú', ' rowspan=2', bold=True, width=160), ' </tr>',
           " <tr style='mso-yfti-irow:1'>"] + [td(l, bold=True, width=70) for l, _ in LEVELS] + [' </tr>']
    ts = []
    for r in ROWS:
        out.append(' <tr>')
        if r[0] == 'S':
            out += [td(r[1], bold=True), td(r[2], ' colspan=6', bold=True, align='left')]
            out.append(' </tr>')
            continue
        stt, label, dvt, cells, metric, note = r
        out += [td(str(stt)), td(label, align='left'), td(dvt)] + [td(c) for c in cells] + [td(note, align='left')]
        out.append(' </tr>')
        for (lv, units), c in zip(LEVELS, cells):
            v = num(c)
            if v is None:
                continue
            comp = '<=' if '≤' in c else '>='
            ts.append(T(units, metric, v, label, 'table', Y, comparator=comp, unit_group=None,
                        note=(note or None)))
    out.append('</table>')
    return out, ts


def main():
    rows, tts = table()
    body = []
    for sec, para, _ in PROSE:
        if sec:
            body.append(p(sec, bold=True, indent=False))
        body.append(p(para))
    parts = [
        '<html xmlns:v="urn:schemas-microsoft-com:vml"\nxmlns:o="urn:schemas-microsoft-com:office:office"\n'
        'xmlns:w="urn:schemas-microsoft-com:office:word"\nxmlns:m="http://schemas.microsoft.com/office/2004/12/omml"\n'
        'xmlns="http://www.w3.org/TR/REC-html40">',
        '<head>', '<meta http-equiv=Content-Type content="text/html; charset=utf-8">',
        '<meta name=ProgId content=Word.Document>', '<meta name=Generator content="Microsoft Word 15">',
        '<meta name=Originator content="Microsoft Word 15">', '<title>KẾ HOẠCH</title>', STYLE, '</head>',
        "<body lang=EN-US style='tab-interval:36.0pt;word-wrap:break-word'>", '<div class=WordSection1>',
        "<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=643 style='border-collapse:collapse'>",
        ' <tr>',
        "  <td width=246 valign=top style='padding:0cm 5.4pt 0cm 5.4pt'>",
        "  <p class=MsoNormal align=center style='text-align:center'><span lang=VI style='font-size:13.0pt'>ỦY BAN NHÂN DÂN<o:p></o:p></span></p>",
        "  <p class=MsoNormal align=center style='text-align:center'><b><span lang=VI style='font-size:13.0pt'>TỈNH BẮC KẠN<o:p></o:p></span></b></p>",
        "  <p class=MsoNormal align=center style='text-align:center'><span lang=VI style='font-size:13.0pt'>Số: 09/KH-UBND<o:p></o:p></span></p>",
        '  </td>',
        "  <td width=397 valign=top style='padding:0cm 5.4pt 0cm 5.4pt'>",
        "  <p class=MsoNormal align=center style='text-align:center'><b><span lang=VI style='font-size:13.0pt'>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<o:p></o:p></span></b></p>",
        "  <p class=MsoNormal align=center style='text-align:center'><b><span lang=VI style='font-size:14.0pt'>Độc lập - Tự do - Hạnh phúc<o:p></o:p></span></b></p>",
        "  <p class=MsoNormal align=center style='text-align:center'><i><span lang=VI style='font-size:14.0pt'>Bắc Kạn, ngày 10 tháng 01 năm 2025<o:p></o:p></span></i></p>",
        '  </td>', ' </tr>', '</table>',
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p>",
        p('KẾ HOẠCH', bold=True, align='center'),
        "<p class=MsoNormal align=center style='text-align:center'><b><span lang=VI style='font-size:14.0pt'>Nâng cao tỷ lệ sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến</span></b>"
        "<b><span lang=VI style='font-size:14.0pt'> và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính<br>\ntrên địa bàn tỉnh Bắc Kạn năm 2025<o:p></o:p></span></b></p>",
        p('Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử; Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ; Kế hoạch số 812/KH-UBND ngày 25/12/2024 của UBND tỉnh về chuyển đổi số tỉnh Bắc Kạn năm 2025, UBND tỉnh ban hành Kế hoạch như sau:', italic=True),
    ] + body + [
        "<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=643 style='border-collapse:collapse'>",
        ' <tr>',
        "  <td width=300 valign=top style='padding:0cm 5.4pt 0cm 5.4pt'>",
        "  <p class=MsoNormal><b><i><span lang=VI style='font-size:12.0pt'>Nơi nhận:</span></i></b><span lang=VI style='font-size:11.0pt'><br>\n- Bộ Thông tin và Truyền thông;<br>\n- TT Tỉnh ủy, TT HĐND tỉnh;<br>\n- CT, các PCT UBND tỉnh;<br>\n- Các sở, ban, ngành tỉnh;<br>\n- UBND các huyện, thành phố;<br>\n- Lưu: VT, KSTT.<o:p></o:p></span></p>",
        '  </td>',
        "  <td width=343 valign=top style='padding:0cm 5.4pt 0cm 5.4pt'>",
        "  <p class=MsoNormal align=center style='text-align:center'><b><span lang=VI style='font-size:14.0pt'>TM. ỦY BAN NHÂN DÂN<br>\nKT. CHỦ TỊCH<br>\nPHÓ CHỦ TỊCH<o:p></o:p></span></b></p>",
        "  <p class=MsoNormal align=center style='text-align:center'><o:p>&nbsp;</o:p></p>",
        "  <p class=MsoNormal align=center style='text-align:center'><b><span lang=VI style='font-size:14.0pt'>Đinh Quang Tuyên<o:p></o:p></span></b></p>",
        '  </td>', ' </tr>', '</table>', '</div>',
        "<span lang=VI style='font-size:14.0pt'><br clear=all style='page-break-before:always;mso-break-type:section-break'>\n</span>",
        '<div class=WordSection2>',
        p('PHỤ LỤC', bold=True, align='center'),
        p('CHỈ TIÊU SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN, SỐ HÓA HỒ SƠ THEO CẤP CHÍNH QUYỀN NĂM 2025', bold=True, align='center'),
        p('(Kèm theo Kế hoạch số 09/KH-UBND ngày 10/01/2025 của UBND tỉnh Bắc Kạn)', italic=True, align='center'),
    ] + rows + ["<p class=MsoNormal><o:p>&nbsp;</o:p></p>", '</div>', '</body>', '</html>']
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write('\n'.join(parts) + '\n')
    doc = {
        'number': '09/KH-UBND', 'symbol': 'KH-UBND', 'serial': '09', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân tỉnh Bắc Kạn', 'place': 'Bắc Kạn', 'date': '2025-01-10',
        'subject': 'Nâng cao tỷ lệ sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính trên địa bàn tỉnh Bắc Kạn năm 2025',
        'signer': 'Đinh Quang Tuyên',
        'references': ['45/2020/NĐ-CP', '766/QĐ-TTg', '812/KH-UBND'],
    }
    write_gold(SEED, [{'document': doc, 'targets': [t for _, _, ts in PROSE for t in ts] + tts}])


if __name__ == '__main__':
    main()
