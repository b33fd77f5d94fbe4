#!/usr/bin/env python3
"""w3_03: Tuyên Quang plan 195/KH-UBND, signed 28/12/2021, setting 2022
targets, as HTML saved by Word ("Save as Web Page, filtered"): MsoNormal
paragraphs, <span lang=VI style='…'> noise around every run, &nbsp; for empty
paragraphs and cells, the header block as a borderless table. The appendix
table has a two-row header (STT / Khối / Tên đơn vị / Ghi chú with
rowspan=2; "Chỉ tiêu năm 2022" with colspan=4 over the indicator columns), a
group column "Khối" whose cell has rowspan over its units ("Cấp tỉnh" over 6
rows, "Cấp huyện" over 7), and <br> inside cells splitting unit names.

Traps: year 2022 while signed in 2021; "mức độ 3, 4" in headers; &nbsp; and
"-" cells (no target); "97,5"; 2021 results in prose.
"""
import html as H_
from common import T, H, write_gold, write_doc, num

SEED = 'w3_03_tuyenquang_kh_2022.html'
Y = 2022
PROV = [None, 'Toàn tỉnh', 'Tỉnh Tuyên Quang']

COLS = [
    ('Tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 có phát sinh hồ sơ (%)', 'online_service_uptake_rate'),
    ('Tỷ lệ hồ sơ giải quyết trực tuyến mức độ 3, 4 (%)', 'online_dossier_rate'),
    ('Tỷ lệ số hóa kết quả giải quyết TTHC (%)', 'result_digitization_rate'),
    ('Tỷ lệ hồ sơ giải quyết đúng hạn (%)', 'on_time_resolution_rate'),
]
NB = '&nbsp;'
# (group, [(printed name with <br>, spellings, [4 cells], ghi chú)])
GROUPS = [
    ('Cấp tỉnh', [
        ('Sở Tư pháp', ['Sở Tư pháp'], ['95', '60', '80', '98'], ''),
        ('Sở Kế hoạch và Đầu tư', ['Sở Kế hoạch và Đầu tư'], ['95', '70', '90', '100'], ''),
        ('Sở Văn hóa, Thể thao<br>và Du lịch', ['Sở Văn hóa, Thể thao và Du lịch'], ['90', '55', '80', '98'], ''),
        ('Sở Nông nghiệp và<br>Phát triển nông thôn', ['Sở Nông nghiệp và Phát triển nông thôn'],
         ['90', '50', '80', '97,5'], ''),
        ('Ban Quản lý các<br>Khu công nghiệp tỉnh',
         ['Ban Quản lý các Khu công nghiệp tỉnh', 'Ban Quản lý các Khu công nghiệp tỉnh Tuyên Quang',
          'Ban Quản lý các Khu công nghiệp'],
         [NB, '60', '80', '100'], 'Số TTHC phát sinh hồ sơ ít'),
        ('Sở Y tế', ['Sở Y tế'], ['85', '45', '70', '97,5'], ''),
    ]),
    ('Cấp huyện', [
        ('Thành phố Tuyên Quang', H('Thành phố Tuyên Quang'), ['80', '40', '60', '97,5'], ''),
        ('Huyện Yên Sơn', H('Huyện Yên Sơn'), ['75', '35', '50', '97,5'], ''),
        ('Huyện Sơn Dương', H('Huyện Sơn Dương'), ['75', '35', '50', '97,5'], ''),
        ('Huyện Hàm Yên', H('Huyện Hàm Yên'), ['70', '30', '50', '97'], ''),
        ('Huyện Chiêm Hóa', H('Huyện Chiêm Hóa'), ['70', '30', '50', '97'], ''),
        ('Huyện Na Hang', H('Huyện Na Hang'), ['60', '25', '40', '95'], 'Huyện vùng cao'),
        ('Huyện Lâm Bình', H('Huyện Lâm Bình'), ['60', '25', '-', '95'],
         'Chưa giao chỉ tiêu số hóa, thực hiện theo hướng dẫn của Sở Thông tin và Truyền thông'),
    ]),
]

SP = "<span lang=VI style='font-size:13.0pt;font-family:\"Times New Roman\",serif'>"
SPS = "<span lang=VI style='font-size:11.0pt;font-family:\"Times New Roman\",serif;mso-bidi-font-weight:bold'>"


def p(text, align=None, b=False, i=False, small=False):
    a = f" align={align} style='text-align:{align}'" if align else " style='text-align:justify;text-indent:36.0pt'"
    t = text
    if b:
        t = f'<b>{t}</b>'
    if i:
        t = f'<i>{t}</i>'
    return f"<p class=MsoNormal{a}>{SPS if small else SP}{t}</span></p>"


def td(content, rowspan=1, colspan=1, width=60, b=False, align='center'):
    rs = f' rowspan={rowspan}' if rowspan > 1 else ''
    cs = f' colspan={colspan}' if colspan > 1 else ''
    return (f"<td width={width}{rs}{cs} valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
            + p(content, align=align, b=b, small=True) + '</td>')


def table_and_targets():
    L = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>",
         '<tr>' + td('STT', rowspan=2, width=38, b=True) + td('Khối', rowspan=2, width=60, b=True)
         + td('Tên đơn vị', rowspan=2, width=150, b=True)
         + td('Chỉ tiêu năm 2022', colspan=4, width=320, b=True)
         + td('Ghi chú', rowspan=2, width=110, b=True) + '</tr>',
         '<tr>' + ''.join(td(h.replace(' (%)', '<br>(%)'), width=80, b=True) for h, _ in COLS) + '</tr>']
    ts, stt = [], 0
    for group, units in GROUPS:
        for k, (name, spell, cells, note) in enumerate(units):
            stt += 1
            tr = td(str(stt), width=38)
            if k == 0:
                tr += td(group, rowspan=len(units), width=60, b=True)
            tr += td(name, width=150, align='left')
            tr += ''.join(td(c, width=80) for c in cells)
            tr += td(note or NB, width=110, align='left')
            L.append('<tr>' + tr + '</tr>')
            for (hdr, metric), c in zip(COLS, cells):
                v = num(c)
                if v is not None:
                    ts.append(T(spell, metric, v, hdr, 'table', Y, unit_group=group, note=note or None))
    L.append('</table>')
    return L, ts


HEADTAB = ("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=640 style='border-collapse:collapse'>"
           '<tr><td width=240 valign=top>'
           + p('ỦY BAN NHÂN DÂN', 'center', b=True) + p('TỈNH TUYÊN QUANG', 'center', b=True) + p(NB, 'center')
           + p('Số: 195/KH-UBND', 'center')
           + '</td><td width=400 valign=top>'
           + p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'center', b=True)
           + p('Độc lập - Tự do - Hạnh phúc', 'center', b=True) + p(NB, 'center')
           + p('Tuyên Quang, ngày 28 tháng 12 năm 2021', 'right', i=True)
           + '</td></tr></table>')

PARAS = [
    (p('KẾ HOẠCH', 'center', b=True), []),
    (p('Nâng cao hiệu quả cung cấp, sử dụng dịch vụ công trực tuyến<br>và giải quyết thủ tục hành chính trên địa bàn tỉnh năm 2022', 'center', b=True), []),
    (p(NB), []),
    (p('Thực hiện Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đổi, bổ sung một số điều của '
       'Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong '
       'giải quyết thủ tục hành chính; Nghị quyết số 68/NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh về nhiệm vụ '
       'phát triển kinh tế - xã hội năm 2022, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:'), []),
    (p('I. KẾT QUẢ NĂM 2021', b=True), []),
    (p('Năm 2021, tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 có phát sinh hồ sơ của tỉnh đạt 46,2%; tỷ lệ hồ sơ '
       'giải quyết trực tuyến mức độ 3, 4 đạt 24,7%; tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,1%.'), []),
    (p('II. MỤC TIÊU NĂM 2022', b=True), []),
    (p('1. Tỷ lệ hồ sơ giải quyết trực tuyến mức độ 3, 4 trên tổng số hồ sơ thủ tục hành chính của toàn tỉnh '
       'đạt tối thiểu 50%.'),
     [T(PROV, 'online_dossier_rate', 50, 'Tỷ lệ hồ sơ giải quyết trực tuyến mức độ 3, 4 trên tổng số hồ sơ thủ tục hành chính', 'prose', Y)]),
    (p('2. Mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính đạt từ 90% trở lên.'),
     [T(PROV, 'satisfaction_rate', 90, 'Mức độ hài lòng của người dân, doanh nghiệp', 'prose', Y)]),
    (p('3. Chỉ tiêu giao cho từng cơ quan, đơn vị tại Phụ lục kèm theo Kế hoạch này.'), []),
    (p('III. TỔ CHỨC THỰC HIỆN', b=True), []),
    (p('Sở Thông tin và Truyền thông chủ trì, phối hợp Văn phòng UBND tỉnh theo dõi, đôn đốc; tổng hợp, báo cáo '
       'UBND tỉnh trước ngày 15/12/2022./.'), []),
    ("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=640><tr><td width=320 valign=top>"
     + p('Nơi nhận:', b=True, i=True, small=True) + p('- Văn phòng Chính phủ (b/c);', small=True)
     + p('- TT Tỉnh ủy, TT HĐND tỉnh;', small=True) + p('- Các sở, ban, ngành;', small=True)
     + p('- UBND các huyện, thành phố;', small=True) + p('- Lưu: VT, THCB.', small=True)
     + "</td><td width=320 valign=top>" + p('TM. ỦY BAN NHÂN DÂN', 'center', b=True)
     + p('KT. CHỦ TỊCH', 'center', b=True) + p('PHÓ CHỦ TỊCH', 'center', b=True)
     + p(NB, 'center') + p(NB, 'center') + p('Hoàng Việt Phương', 'center', b=True)
     + '</td></tr></table>', []),
    ("<br clear=all style='page-break-before:always'>", []),
    (p('Phụ lục', 'center', b=True), []),
    (p('CHỈ TIÊU CUNG CẤP, SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN VÀ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2022', 'center', b=True), []),
    (p('(Kèm theo Kế hoạch số 195/KH-UBND ngày 28/12/2021 của UBND tỉnh Tuyên Quang)', 'center', i=True), []),
]

HEAD = '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<title>KH 195 - Nang cao hieu qua DVCTT 2022</title>
<style>
<!--
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;margin-bottom:.0001pt;font-size:14.0pt;font-family:"Times New Roman",serif;}
@page WordSection1 {size:595.3pt 841.9pt;margin:2.0cm 2.0cm 2.0cm 3.0cm;}
@page WordSection2 {size:841.9pt 595.3pt;margin:2.0cm 2.0cm 2.0cm 2.0cm;}
div.WordSection1 {page:WordSection1;}
div.WordSection2 {page:WordSection2;}
-->
</style>
</head>
<body lang=EN-US>
<div class=WordSection1>
'''


def main():
    tl, table_ts = table_and_targets()
    body = [HEADTAB] + [x for x, _ in PARAS]
    text = (HEAD + '\n'.join(body[:-3]) + '\n</div>\n<div class=WordSection2>\n' + '\n'.join(body[-3:]) + '\n'
            + '\n'.join(tl) + '\n' + p(NB) + '\n</div>\n</body>\n</html>\n')
    write_doc(SEED, text)
    prose_ts = [t for _, ts in PARAS for t in ts]
    doc = {
        'number': '195/KH-UBND', 'symbol': 'KH-UBND', 'serial': '195', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân tỉnh Tuyên Quang', 'place': 'Tuyên Quang', 'date': '2021-12-28',
        'subject': 'Nâng cao hiệu quả cung cấp, sử dụng dịch vụ công trực tuyến và giải quyết thủ tục hành chính trên địa bàn tỉnh năm 2022',
        'signer': 'Hoàng Việt Phương',
        'references': ['107/2021/NĐ-CP', '61/2018/NĐ-CP', '68/NQ-HĐND'],
    }
    write_gold(SEED, [{'document': doc, 'targets': prose_ts + table_ts}])


if __name__ == '__main__':
    main()
