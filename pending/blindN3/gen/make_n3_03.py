#!/usr/bin/env python3
"""n3_03: Bình Dương notice of meeting conclusions (Thông báo 112/TB-UBND,
14/05/2021) as an HTML fragment: no <html>/<head>/<body>, only <p> paragraphs and
one <table> (two header rows with colspan/rowspan). The table is units ×
indicators for the 9 districts; its header cells use abbreviations (HS, TTHC,
DVCTT, TTTT = "thanh toán trực tuyến", CSDL), defined once in the prose. Old
tone placement throughout ("Uỷ ban", "số hoá", "Thuỷ"). Cells: bare numbers,
some "40%", decimals "12,5", blank cells and "-" cells.

The table rows and the prose paragraphs are data below; the HTML and the gold
come from the same lists.
"""
import os
from common import DOCS, T, num, write_gold

SEED = 'n3_03_binhduong_tb_2021.html'
Y = 2021

COLS = [
    ('Tỷ lệ HS TTHC tiếp nhận, giải quyết qua DVCTT mức độ 3, 4', 'online_dossier_rate'),
    ('Tỷ lệ TTHC cung cấp DVCTT mức độ 3, 4 có phát sinh HS', 'online_service_uptake_rate'),
    ('Tỷ lệ HS có TTTT phí, lệ phí', 'online_payment_rate'),
    ('Tỷ lệ kết quả giải quyết TTHC được số hoá, lưu trữ vào CSDL', 'result_digitization_rate'),
    ('Tỷ lệ HS giải quyết đúng hạn', 'on_time_resolution_rate'),
]


def U(kind, name, printed):
    full = {'tp': 'thành phố', 'tx': 'thị xã', 'h': 'huyện'}[kind]
    return [printed, 'UBND ' + full + ' ' + name, full[0].upper() + full[1:] + ' ' + name]


# (printed unit, gold spellings, [5 cells], ghi chú)
ROWS = [
    ('TP. Thủ Dầu Một', U('tp', 'Thủ Dầu Một', 'TP. Thủ Dầu Một'), ['40', '50', '25', '100', '98'], ''),
    ('TP. Thuận An', U('tp', 'Thuận An', 'TP. Thuận An'), ['35', '45', '20', '100', '98'], ''),
    ('TP. Dĩ An', U('tp', 'Dĩ An', 'TP. Dĩ An'), ['35%', '45%', '20%', '100%', '98%'], ''),
    ('TX. Bến Cát', U('tx', 'Bến Cát', 'TX. Bến Cát'), ['30', '40', '15', '90', '97'], ''),
    ('TX. Tân Uyên', U('tx', 'Tân Uyên', 'TX. Tân Uyên'), ['30', '40', '15', '90', '97'], ''),
    ('Huyện Bàu Bàng', U('h', 'Bàu Bàng', 'Huyện Bàu Bàng'), ['25', '35', '12,5', '80', '96'], ''),
    ('Huyện Bắc Tân Uyên', U('h', 'Bắc Tân Uyên', 'Huyện Bắc Tân Uyên'), ['25', '35', '12,5', '80', '96'], ''),
    ('Huyện Phú Giáo', U('h', 'Phú Giáo', 'Huyện Phú Giáo'), ['22,5', '30', '10', '-', '95'],
     'Chưa kết nối CSDL đất đai'),
    ('Huyện Dầu Tiếng', U('h', 'Dầu Tiếng', 'Huyện Dầu Tiếng'), ['20', '30', '', '-', '95'],
     'Chưa triển khai TTTT; chưa kết nối CSDL đất đai'),
]

SBN = ['Các sở, ban, ngành tỉnh', 'Các sở, ngành', 'Sở, ban, ngành tỉnh']
TTTT = ['Sở Thông tin và Truyền thông', 'Sở Thông tin và Truyền thông tỉnh Bình Dương']
HUYEN_G = ['UBND các huyện, thị xã, thành phố', 'Các huyện, thị xã, thành phố', 'UBND cấp huyện']


def P(unit, metric, value, text, comparator='>=', note=None):
    return T(unit, metric, value, text, 'prose', Y, comparator=comparator, note=note)


PARAS = [
    ('Ngày 07/5/2021, tại Trung tâm Hành chính tỉnh, đồng chí Lê Quang Thịnh - Phó Chủ tịch Uỷ ban nhân dân tỉnh chủ trì '
     'cuộc họp nghe báo cáo tình hình cung cấp, sử dụng dịch vụ công trực tuyến (DVCTT) mức độ 3, 4 và thanh toán trực tuyến '
     '(TTTT) trên địa bàn tỉnh. Tham dự cuộc họp có lãnh đạo Sở Thông tin và Truyền thông, Văn phòng Uỷ ban nhân dân tỉnh, '
     'Sở Tài chính, Sở Tài nguyên và Môi trường, Kho bạc Nhà nước tỉnh và Uỷ ban nhân dân các huyện, thị xã, thành phố.', []),
    ('Sau khi nghe báo cáo của Sở Thông tin và Truyền thông và ý kiến các đại biểu dự họp, Phó Chủ tịch Uỷ ban nhân dân tỉnh '
     'kết luận như sau:', []),
    ('<b>1.</b> Qua 4 tháng đầu năm 2021, tỷ lệ hồ sơ (HS) thủ tục hành chính (TTHC) tiếp nhận, giải quyết qua DVCTT mức độ 3, 4 '
     'của toàn tỉnh mới đạt 14,7%; tỷ lệ HS có TTTT đạt 3,8%; cấp huyện đạt bình quân 9,2%, thấp nhất là huyện Dầu Tiếng '
     '(2,1%). Kết quả này chưa đạt yêu cầu.', []),
    ('<b>2.</b> Các sở, ban, ngành tỉnh phấn đấu đến hết năm 2021 tỷ lệ HS TTHC tiếp nhận, giải quyết qua DVCTT mức độ 3, 4 '
     'đạt tối thiểu 50%; tỷ lệ HS giải quyết đúng hạn đạt từ 99% trở lên.',
     [P(SBN, 'online_dossier_rate', 50, 'tỷ lệ HS TTHC tiếp nhận, giải quyết qua DVCTT mức độ 3, 4'),
      P(SBN, 'on_time_resolution_rate', 99, 'tỷ lệ HS giải quyết đúng hạn')]),
    ('<b>3.</b> Giao Sở Thông tin và Truyền thông hoàn thành tích hợp 100% DVCTT mức độ 4 của tỉnh lên Cổng Dịch vụ công quốc '
     'gia trong năm 2021; phối hợp Sở Tài nguyên và Môi trường kết nối cơ sở dữ liệu (CSDL) đất đai với Hệ thống thông tin '
     'một cửa điện tử tỉnh trước ngày 30/9/2021.',
     [P(TTTT, 'national_portal_integration_rate', 100, 'DVCTT mức độ 4 được tích hợp lên Cổng Dịch vụ công quốc gia')]),
    ('<b>4.</b> Uỷ ban nhân dân các huyện, thị xã, thành phố thực hiện các chỉ tiêu năm 2021 theo bảng dưới đây; Chủ tịch '
     'Uỷ ban nhân dân cấp huyện chịu trách nhiệm trước Chủ tịch Uỷ ban nhân dân tỉnh nếu không đạt chỉ tiêu được giao:', []),
]

AFTER = [
    '<b>5.</b> Sở Tài chính phối hợp Kho bạc Nhà nước tỉnh hướng dẫn thu phí, lệ phí qua Cổng thanh toán của Cổng Dịch vụ '
    'công quốc gia; Sở Nội vụ đưa kết quả thực hiện vào đánh giá thi đua năm 2021.',
    '<b>6.</b> Văn phòng Uỷ ban nhân dân tỉnh theo dõi, đôn đốc; định kỳ hằng tháng báo cáo Uỷ ban nhân dân tỉnh.',
    'Văn phòng Uỷ ban nhân dân tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.',
]


def table_targets():
    ts = []
    for printed, unit, cells, note in ROWS:
        for (label, metric), c in zip(COLS, cells):
            v = num(c)
            if v is None:
                continue
            ts.append(T(unit, metric, v, label, 'table', Y, unit_group=None, note=note or None))
    return ts


def html_table():
    o = ['<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;width:100%">',
         '<tbody>',
         '<tr>',
         '<td rowspan="2" style="text-align:center"><b>STT</b></td>',
         '<td rowspan="2" style="text-align:center"><b>Đơn vị</b></td>',
         f'<td colspan="{len(COLS)}" style="text-align:center"><b>Chỉ tiêu giao năm 2021 (%)</b></td>',
         '<td rowspan="2" style="text-align:center"><b>Ghi chú</b></td>',
         '</tr>', '<tr>']
    for label, _ in COLS:
        o.append(f'<td style="text-align:center"><b>{label}</b></td>')
    o.append('</tr>')
    for i, (printed, _, cells, note) in enumerate(ROWS, 1):
        tds = [f'<td style="text-align:center">{i}</td>', f'<td>{printed}</td>']
        tds += [f'<td style="text-align:center">{c}</td>' if c else '<td>&nbsp;</td>' for c in cells]
        tds.append(f'<td>{note}</td>' if note else '<td>&nbsp;</td>')
        o.append('<tr>' + ''.join(tds) + '</tr>')
    o += ['</tbody>', '</table>']
    return '\n'.join(o)


HEAD = '''<p style="text-align:center"><b>UỶ BAN NHÂN DÂN<br>TỈNH BÌNH DƯƠNG</b><br>-------</p>
<p style="text-align:center"><b>CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------</p>
<p>Số: 112/TB-UBND</p>
<p style="text-align:right"><i>Bình Dương, ngày 14 tháng 5 năm 2021</i></p>
<p style="text-align:center"><b>THÔNG BÁO</b></p>
<p style="text-align:center"><b>Kết luận của Phó Chủ tịch Uỷ ban nhân dân tỉnh Lê Quang Thịnh tại cuộc họp về tình hình
cung cấp, sử dụng dịch vụ công trực tuyến mức độ 3, 4 và thanh toán trực tuyến năm 2021</b></p>
'''

TAIL = '''<p><b><i>Nơi nhận:</i></b><br>- TT. Tỉnh uỷ, TT. HĐND tỉnh;<br>- CT, PCT UBND tỉnh;<br>- Các sở: TTTT, TC, TNMT, NV;<br>
- Kho bạc Nhà nước tỉnh;<br>- UBND các huyện, thị xã, thành phố;<br>- LĐVP, Thuỷ, HCTC;<br>- Lưu: VT.</p>
<p style="text-align:center"><b>TL. CHỦ TỊCH<br>KT. CHÁNH VĂN PHÒNG<br>PHÓ CHÁNH VĂN PHÒNG</b></p>
<p style="text-align:center">&nbsp;</p>
<p style="text-align:center"><b>Nguyễn Thị Thuỷ Tiên</b></p>
'''


def main():
    out = [HEAD]
    targets = []
    for text, ts in PARAS:
        out.append(f'<p style="text-align:justify">{text}</p>')
        targets += ts
    out.append(html_table())
    for text in AFTER:
        out.append(f'<p style="text-align:justify">{text}</p>')
    out.append(TAIL)
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out))
    targets += table_targets()
    doc = {
        'number': '112/TB-UBND', 'symbol': 'TB-UBND', 'serial': '112', 'type': 'thong_bao',
        'issuer': 'Ủy ban nhân dân tỉnh Bình Dương', 'place': 'Bình Dương', 'date': '2021-05-14',
        'subject': 'Kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh Lê Quang Thịnh tại cuộc họp về tình hình cung cấp, '
                   'sử dụng dịch vụ công trực tuyến mức độ 3, 4 và thanh toán trực tuyến năm 2021',
        'signer': 'Nguyễn Thị Thuỷ Tiên',
        'references': [],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets}])


if __name__ == '__main__':
    main()
