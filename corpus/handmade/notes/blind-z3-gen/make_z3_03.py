#!/usr/bin/env python3
"""z3_03: Thanh Chương district (Nghệ An) plan (Kế hoạch 215/KH-UBND,
10/03/2023) for 2023, as a Word "Save as Web Page" HTML file (MsoNormal
classes, <o:p>, &nbsp;, layout tables for header and signature) whose
appendix table has two-row headers with rowspan/colspan: results of 2022 for
"Cấp huyện" / "Cấp xã" beside 2023 targets for the same two levels.
"""
import html
from common import T, num, write_gold, write_text

SEED = 'z3_03_thanhchuong_kh_2023.html'
Y = 2023
DIST = [None, 'Toàn huyện', 'Huyện Thanh Chương']
C_HUYEN = ['Cấp huyện', 'Các cơ quan, đơn vị cấp huyện']
C_XA = ['Cấp xã', 'UBND các xã, thị trấn', 'UBND cấp xã']


def P(unit, metric, value, text, comparator='>=', note=None):
    return T(unit, metric, value, text, 'prose', Y, comparator=comparator, note=note)


def XA(name):
    return [f'UBND xã {name}', f'Xã {name}']


ENUM_XA = ['Hạnh Lâm', 'Thanh Sơn', 'Ngọc Lâm', 'Thanh Thủy']

ITEMS = [
    ('Thực hiện Kế hoạch số 112/KH-UBND ngày 21/02/2023 của Ủy ban nhân dân tỉnh Nghệ An về nâng cao hiệu quả cung cấp và sử dụng dịch vụ công trực tuyến năm 2023; Công văn số 865/STTTT-CNTT ngày 28/02/2023 của Sở Thông tin và Truyền thông, Ủy ban nhân dân huyện ban hành Kế hoạch triển khai thực hiện như sau:', []),
    ('<b>I. KẾT QUẢ NĂM 2022</b>', []),
    ('Năm 2022, Bộ phận Một cửa cấp huyện và 37 xã, thị trấn tiếp nhận 24.518 hồ sơ thủ tục hành chính, trong đó 7.236 hồ sơ trực tuyến (đạt 29,5%, thấp hơn mức bình quân toàn tỉnh 33,1%); Chỉ số cải cách hành chính của huyện xếp thứ 9/21 huyện, thành phố, thị xã. Kết quả chi tiết theo từng chỉ tiêu tại Phụ lục kèm theo.', []),
    ('<b>II. MỤC ĐÍCH, YÊU CẦU VÀ MỤC TIÊU</b>', []),
    ('1. Mục đích, yêu cầu: cụ thể hóa các chỉ tiêu Ủy ban nhân dân tỉnh giao tại Kế hoạch số 112/KH-UBND; phân công rõ trách nhiệm của từng cơ quan, đơn vị; gắn kết quả thực hiện với đánh giá, xếp loại thi đua năm 2023.', []),
    ('2. Mục tiêu chung: phấn đấu đến hết năm 2023 tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính trên địa bàn huyện đạt 40% trở lên; mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính không thấp hơn 90%.', [
        P(DIST, 'online_dossier_rate', 40,
          'tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính trên địa bàn huyện'),
        P(DIST, 'satisfaction_rate', 90,
          'mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính'),
    ]),
    ('3. Chỉ tiêu cụ thể đối với cấp huyện, cấp xã: chi tiết tại Phụ lục kèm theo. Riêng đối với các xã vùng cao: Hạnh Lâm, Thanh Sơn, Ngọc Lâm, Thanh Thủy, giao chỉ tiêu tỷ lệ hồ sơ trực tuyến tối thiểu 25%; Ủy ban nhân dân thị trấn Dùng phấn đấu đạt tỷ lệ hồ sơ trực tuyến 55%.',
     [P(XA(x), 'online_dossier_rate', 25, 'tỷ lệ hồ sơ trực tuyến', note='xã vùng cao') for x in ENUM_XA] + [
        P(['UBND thị trấn Dùng', 'Thị trấn Dùng'], 'online_dossier_rate', 55, 'tỷ lệ hồ sơ trực tuyến'),
    ]),
    ('<b>III. NHIỆM VỤ, GIẢI PHÁP</b>', []),
    ('1. Văn phòng HĐND và UBND huyện chủ trì rà soát quy trình nội bộ của 356 thủ tục hành chính thuộc thẩm quyền cấp huyện và 128 thủ tục cấp xã; hoàn thành trước ngày 31/3/2023.', []),
    ('2. Trang bị 02 máy quét tài liệu cho mỗi Bộ phận Một cửa cấp xã; duy trì số điện thoại hỗ trợ 0238.3821.234 tại Bộ phận Một cửa huyện.', []),
    ('3. Tổ chức 05 hội nghị tập huấn cho cán bộ, công chức cấp xã (năm 2022 mới có 64% công chức cấp xã được tập huấn về ký số).', []),
    ('4. Phòng Văn hóa và Thông tin phối hợp Đoàn Thanh niên duy trì Tổ công nghệ số cộng đồng tại tất cả các khối, xóm, hướng dẫn người dân cài đặt ứng dụng VNeID.', []),
    ('<b>IV. KINH PHÍ</b>', []),
    ('Kinh phí thực hiện năm 2023 khoảng 150 triệu đồng; ngân sách huyện bảo đảm 60%, ngân sách xã bảo đảm 40% theo Nghị quyết số 17/NQ-HĐND ngày 20/12/2022 của Hội đồng nhân dân huyện.', []),
    ('<b>V. TỔ CHỨC THỰC HIỆN</b>', []),
    ('1. Văn phòng HĐND và UBND huyện theo dõi, đôn đốc, tổng hợp kết quả, báo cáo UBND huyện trước ngày 20/6/2023 và trước ngày 05/12/2023.', []),
    ('2. Các phòng, ban chuyên môn thuộc UBND huyện; UBND các xã, thị trấn căn cứ Kế hoạch này triển khai thực hiện, báo cáo kết quả định kỳ hằng quý./.', []),
]

# rows: ('SEC', roman, title) | (stt, metric, text, res_huyen, res_xa, tgt_huyen, tgt_xa)
ROWS = [
    ('SEC', 'I', 'Sử dụng dịch vụ công trực tuyến'),
    ('1', 'online_dossier_rate', 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC', '38,5', '21,2', '50', '35'),
    ('2', 'full_online_dossier_rate', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '12,4', '6,8', '30', '20'),
    ('SEC', 'II', 'Số hóa hồ sơ, kết quả giải quyết TTHC'),
    ('3', 'dossier_digitization_rate', 'Tỷ lệ số hóa hồ sơ TTHC khi tiếp nhận', '42', '18,6', '80', '50'),
    ('4', 'result_digitization_rate', 'Tỷ lệ số hóa kết quả giải quyết TTHC', '55,7', '30,1', '100', '80'),
    ('SEC', 'III', 'Thanh toán trực tuyến, chứng thực điện tử và giải quyết hồ sơ'),
    ('5', 'online_payment_rate', 'Tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có thu phí', '15,2', '4,9', '30', '20'),
    ('6', 'e_certified_copy_rate', 'Tỷ lệ chứng thực bản sao điện tử từ bản chính', '—', '—', '40', '30'),
    ('7', 'on_time_resolution_rate', 'Tỷ lệ hồ sơ giải quyết đúng hạn', '97,3', '98,6', '98', '98'),
]

HEAD = '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<title>KH 215 - DVCTT 2023</title>
<style>p.MsoNormal{margin:0cm;font-size:14.0pt;font-family:"Times New Roman"}</style>
</head>
<body lang=VI>
<div class=WordSection1>
<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=640>
 <tr>
  <td width=240 valign=top><p class=MsoNormal align=center style='text-align:center'><span style='font-size:13.0pt'>ỦY BAN NHÂN DÂN<br>
  <b>HUYỆN THANH CHƯƠNG</b></span><o:p></o:p></p>
  <p class=MsoNormal align=center style='text-align:center'>Số: 215/KH-UBND<o:p></o:p></p></td>
  <td width=400 valign=top><p class=MsoNormal align=center style='text-align:center'><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>
  Độc lập - Tự do - Hạnh phúc</b><o:p></o:p></p>
  <p class=MsoNormal align=center style='text-align:center'><i>Thanh Chương, ngày&nbsp;10 tháng&nbsp;3 năm 2023</i><o:p></o:p></p></td>
 </tr>
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal align=center style='text-align:center'><b>KẾ HOẠCH</b></p>
<p class=MsoNormal align=center style='text-align:center'><b>Triển khai thực hiện các chỉ tiêu về dịch vụ công trực tuyến, số hóa hồ sơ<br>
và thanh toán trực tuyến trên địa bàn huyện năm 2023</b></p>
<p class=MsoNormal align=center style='text-align:center'>_______________</p>
'''

SIGN = '''<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=640>
 <tr>
  <td width=320 valign=top><p class=MsoNormal><b><i>Nơi nhận:</i></b><br>
  <span style='font-size:11.0pt'>- UBND tỉnh (b/c);<br>- Sở TT&amp;TT tỉnh Nghệ An;<br>- TT Huyện ủy, TT HĐND huyện;<br>- Các phòng, ban thuộc UBND huyện;<br>- UBND các xã, thị trấn;<br>- Lưu: VT, VP.</span></p></td>
  <td width=320 valign=top><p class=MsoNormal align=center style='text-align:center'><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b></p>
  <p class=MsoNormal>&nbsp;</p><p class=MsoNormal>&nbsp;</p>
  <p class=MsoNormal align=center style='text-align:center'><b>Phan Đình Lực</b></p></td>
 </tr>
</table>
<br clear=all style='page-break-before:always'>
<p class=MsoNormal align=center style='text-align:center'><b>PHỤ LỤC</b></p>
<p class=MsoNormal align=center style='text-align:center'><b>KẾT QUẢ NĂM 2022 VÀ CHỈ TIÊU GIAO NĂM 2023 ĐỐI VỚI CẤP HUYỆN, CẤP XÃ</b></p>
<p class=MsoNormal align=center style='text-align:center'><i>(Kèm theo Kế hoạch số 215/KH-UBND ngày 10/3/2023 của UBND huyện Thanh Chương)</i></p>
<p class=MsoNormal align=right style='text-align:right'><i>Đơn vị tính: %</i></p>
'''


def td(x, attrs=''):
    return f'  <td{attrs}><p class=MsoNormal>{x}</p></td>\n'


def main():
    out = [HEAD]
    targets = []
    for text, ts in ITEMS:
        out.append(f"<p class=MsoNormal style='text-align:justify;text-indent:1.0cm'>{text}<o:p></o:p></p>\n")
        targets.extend(ts)
    out.append(SIGN)
    out.append('<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>\n <tr>\n')
    out.append(td('<b>STT</b>', ' rowspan=2') + td('<b>Chỉ tiêu</b>', ' rowspan=2')
               + td('<b>Kết quả thực hiện năm 2022</b>', ' colspan=2')
               + td('<b>Chỉ tiêu giao năm 2023</b>', ' colspan=2') + td('<b>Ghi chú</b>', ' rowspan=2'))
    out.append(' </tr>\n <tr>\n' + td('<b>Cấp huyện</b>') + td('<b>Cấp xã</b>') + td('<b>Cấp huyện</b>') + td('<b>Cấp xã</b>') + ' </tr>\n')
    for r in ROWS:
        if r[0] == 'SEC':
            out.append(' <tr>\n' + td(f'<b>{r[1]}</b>') + td(f'<b>{r[2]}</b>', ' colspan=6') + ' </tr>\n')
            continue
        stt, metric, text, rh, rx, th, tx = r
        out.append(' <tr>\n' + td(stt) + td(text) + td(rh) + td(rx) + td(th) + td(tx) + td('') + ' </tr>\n')
        for unit, cell in ((C_HUYEN, th), (C_XA, tx)):
            v = num(cell)
            if v is not None:
                targets.append(T(unit, metric, v, text, 'table', Y))
    out.append('</table>\n</div>\n</body>\n</html>\n')
    write_text(SEED, ''.join(out))
    doc = {
        'number': '215/KH-UBND', 'symbol': 'KH-UBND', 'serial': '215', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân huyện Thanh Chương', 'place': 'Thanh Chương', 'date': '2023-03-10',
        'subject': 'Triển khai thực hiện các chỉ tiêu về dịch vụ công trực tuyến, số hóa hồ sơ và thanh toán trực tuyến trên địa bàn huyện năm 2023',
        'signer': 'Phan Đình Lực',
        'references': ['112/KH-UBND', '865/STTTT-CNTT', '17/NQ-HĐND'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets}])


if __name__ == '__main__':
    main()
