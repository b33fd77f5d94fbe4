#!/usr/bin/env python3
"""q3_02: Tuyên Quang (merged with Hà Giang) plan 142/KH-UBND, 18/08/2025, as an
HTML page saved from the provincial portal (site chrome, breadcrumb, a
"Tin liên quan" box quoting a result). Prose targets in "II. MỤC TIÊU" for the
rest of 2025 and for 2026, with enumerations of wards and communes
("UBND các phường: Hà Giang 1, Hà Giang 2 và các xã: Minh Xuân, Nông Tiến"),
a "các xã còn lại" group with an exception list, and a table indicators x
departments (two-row header: "Đơn vị thực hiện" spanning five departments).
Text and gold come from ITEMS / TABLE below.
"""
import html as H
import os
from common import DOCS, T, num, write_gold

SEED = 'q3_02_tuyenquang_kh_2025.html'
Y, Y2 = 2025, 2026
PROV = [None, 'Toàn tỉnh', 'Tỉnh Tuyên Quang']
XAPH = ['UBND các xã, phường', 'Các xã, phường', 'UBND cấp xã']
TTPV = ['Trung tâm Phục vụ hành chính công tỉnh', 'Trung tâm Phục vụ hành chính công tỉnh Tuyên Quang']

OD = 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính'


def P(unit, metric, value, text, year=Y, comparator='>=', note=None):
    return T(unit, metric, value, text, 'prose', year, comparator=comparator, note=note)


def ward(n):
    return [f'UBND phường {n}', f'Phường {n}']


def xa(n):
    return [f'UBND xã {n}', f'Xã {n}']


# (html paragraph, [targets]); '<h3>' lines are headings
ITEMS = [
    ('<h3>I. MỤC ĐÍCH, YÊU CẦU</h3>', []),
    ('<p>1. Nâng cao tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến tại Ủy ban nhân dân các xã, phường sau khi tổ chức chính quyền địa phương hai cấp đi vào hoạt động từ ngày 01/7/2025; bảo đảm người dân, doanh nghiệp được phục vụ liên tục, không gián đoạn.</p>', []),
    ('<p>2. Sau hơn một tháng vận hành (từ ngày 01/7/2025 đến ngày 10/8/2025), toàn tỉnh tiếp nhận 86.412 hồ sơ; tỷ lệ hồ sơ trực tuyến của cấp xã mới đạt 38,6%, trong đó phường Hà Giang 1 đạt 71,2%, xã Mèo Vạc đạt 9,8%; tỷ lệ thanh toán trực tuyến đạt 22,4%.</p>', []),
    ('<h3>II. MỤC TIÊU</h3>', []),
    ('<p><b>1. Đến hết năm 2025</b></p>', []),
    (f'<p>a) {OD}:</p>', []),
    ('<p>- Ủy ban nhân dân các phường: Hà Giang 1, Hà Giang 2 và các xã: Minh Xuân, Nông Tiến đạt tối thiểu 80%;</p>', [
        P(ward('Hà Giang 1'), 'online_dossier_rate', 80, OD),
        P(ward('Hà Giang 2'), 'online_dossier_rate', 80, OD),
        P(xa('Minh Xuân'), 'online_dossier_rate', 80, OD),
        P(xa('Nông Tiến'), 'online_dossier_rate', 80, OD),
    ]),
    ('<p>- Ủy ban nhân dân các phường Mỹ Lâm, An Tường và Bình Thuận đạt tối thiểu 70%;</p>', [
        P(ward('Mỹ Lâm'), 'online_dossier_rate', 70, OD),
        P(ward('An Tường'), 'online_dossier_rate', 70, OD),
        P(ward('Bình Thuận'), 'online_dossier_rate', 70, OD),
    ]),
    ('<p>- Ủy ban nhân dân các xã còn lại đạt tối thiểu 50%; riêng các xã: Mèo Vạc, Đồng Văn, Lũng Cú đạt tối thiểu 30%.</p>', [
        P(['UBND các xã còn lại', 'Các xã còn lại'], 'online_dossier_rate', 50, OD,
          note='riêng các xã Mèo Vạc, Đồng Văn, Lũng Cú đạt tối thiểu 30%'),
        P(xa('Mèo Vạc'), 'online_dossier_rate', 30, OD),
        P(xa('Đồng Văn'), 'online_dossier_rate', 30, OD),
        P(xa('Lũng Cú'), 'online_dossier_rate', 30, OD),
    ]),
    ('<p>b) Tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí của Ủy ban nhân dân các xã, phường đạt tối thiểu 40%.</p>', [
        P(XAPH, 'online_payment_rate', 40, 'Tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí'),
    ]),
    ('<p>c) Trung tâm Phục vụ hành chính công tỉnh: 100% hồ sơ tiếp nhận được số hóa thành phần hồ sơ; tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 100%.</p>', [
        P(TTPV, 'dossier_digitization_rate', 100, 'hồ sơ tiếp nhận được số hóa thành phần hồ sơ'),
        P(TTPV, 'electronic_result_rate', 100, 'tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử'),
    ]),
    ('<p><b>2. Năm 2026</b></p>', []),
    ('<p>- Tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt tối thiểu 85%, trong đó Ủy ban nhân dân các xã, phường đạt tối thiểu 75%.</p>', [
        P(PROV, 'online_dossier_rate', 85, 'Tỷ lệ hồ sơ trực tuyến', year=Y2),
        P(XAPH, 'online_dossier_rate', 75, 'Tỷ lệ hồ sơ trực tuyến', year=Y2),
    ]),
    ('<p>- Tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 60%; tỷ lệ thanh toán trực tuyến đạt tối thiểu 65%.</p>', [
        P(PROV, 'full_online_dossier_rate', 60, 'Tỷ lệ hồ sơ trực tuyến toàn trình', year=Y2),
        P(PROV, 'online_payment_rate', 65, 'tỷ lệ thanh toán trực tuyến', year=Y2),
    ]),
    ('<p>- Tỷ lệ hồ sơ giải quyết quá hạn không quá 1%; mức độ hài lòng của người dân, doanh nghiệp đạt tối thiểu 95%.</p>', [
        P(PROV, None, 1, 'Tỷ lệ hồ sơ giải quyết quá hạn', year=Y2, comparator='<='),
        P(PROV, 'satisfaction_rate', 95, 'mức độ hài lòng của người dân, doanh nghiệp', year=Y2),
    ]),
    ('<p>- Chỉ tiêu năm 2026 đối với các sở, ngành có thủ tục hành chính phát sinh nhiều hồ sơ như sau:</p>', []),
    ('TABLE', []),
    ('<h3>III. NHIỆM VỤ, GIẢI PHÁP</h3>', []),
    ('<p>1. Sở Khoa học và Công nghệ bảo đảm hạ tầng, đường truyền và Hệ thống thông tin giải quyết thủ tục hành chính tỉnh vận hành thông suốt tại 124 xã, phường; hoàn thành cấp chữ ký số cho cán bộ Bộ phận Một cửa cấp xã trước ngày 30/9/2025.</p>', []),
    ('<p>2. Sở Nội vụ bố trí tối thiểu 02 công chức tại Bộ phận Một cửa của mỗi xã, phường; Sở Dân tộc và Tôn giáo phối hợp tuyên truyền bằng tiếng dân tộc tại các xã vùng cao.</p>', []),
    ('<p>3. Công an tỉnh phối hợp hướng dẫn người dân sử dụng tài khoản định danh điện tử VNeID; Ủy ban nhân dân các xã, phường duy trì Tổ công nghệ số cộng đồng tại thôn, tổ dân phố.</p>', []),
    ('<h3>IV. TỔ CHỨC THỰC HIỆN</h3>', []),
    ('<p>Các sở, ngành, Ủy ban nhân dân các xã, phường định kỳ hằng tháng (trước ngày 20) báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh./.</p>', []),
]

DEPTS = [
    ('Sở Khoa học và Công nghệ', ['Sở Khoa học và Công nghệ', 'Sở Khoa học và Công nghệ tỉnh Tuyên Quang']),
    ('Sở Nông nghiệp và Môi trường', ['Sở Nông nghiệp và Môi trường', 'Sở Nông nghiệp và Môi trường tỉnh Tuyên Quang']),
    ('Sở Nội vụ', ['Sở Nội vụ', 'Sở Nội vụ tỉnh Tuyên Quang']),
    ('Sở Dân tộc và Tôn giáo', ['Sở Dân tộc và Tôn giáo', 'Sở Dân tộc và Tôn giáo tỉnh Tuyên Quang']),
    ('Công an tỉnh', ['Công an tỉnh', 'Công an tỉnh Tuyên Quang']),
]
# (label, metric, cells per department)
TABLE = [
    ('Tỷ lệ hồ sơ trực tuyến toàn trình', 'full_online_dossier_rate', ['90', '70', '85', '80', '95']),
    ('Tỷ lệ thanh toán trực tuyến', 'online_payment_rate', ['80', '60', '75', '—', '90']),
    ('Tỷ lệ số hóa hồ sơ', 'dossier_digitization_rate', ['100', '100', '100', '100', '100']),
    ('Tỷ lệ số hóa kết quả giải quyết TTHC', 'result_digitization_rate', ['100', '100', '100', '100', '']),
    ('Tỷ lệ TTHC có phát sinh giao dịch thanh toán trực tuyến', 'online_payment_procedure_rate', ['90', '80', '85', '—', '95']),
]
TABLE_NOTE = ('<p><i>Ghi chú: “—” là không giao chỉ tiêu (thủ tục hành chính không thu phí, lệ phí); '
              'Công an tỉnh thực hiện số hóa kết quả theo hướng dẫn của Bộ Công an.</i></p>')


def table_html():
    h = ['<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;width:100%">',
         '<thead>',
         '<tr><th rowspan="2">STT</th><th rowspan="2">Chỉ tiêu</th><th colspan="5">Đơn vị thực hiện (%)</th></tr>',
         '<tr>' + ''.join(f'<th>{d}</th>' for d, _ in DEPTS) + '</tr>',
         '</thead>', '<tbody>']
    ts = []
    for i, (label, metric, cells) in enumerate(TABLE, 1):
        h.append(f'<tr><td style="text-align:center">{i}</td><td>{label}</td>'
                 + ''.join(f'<td style="text-align:center">{c or "&nbsp;"}</td>' for c in cells) + '</tr>')
        for (_, unit), c in zip(DEPTS, cells):
            v = num(c)
            if v is not None:
                ts.append(T(unit, metric, v, label, 'table', Y2))
    h += ['</tbody>', '</table>', TABLE_NOTE]
    return '\n'.join(h), ts


PAGE_HEAD = '''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Kế hoạch số 142/KH-UBND ngày 18/8/2025 của UBND tỉnh Tuyên Quang - Cổng thông tin điện tử tỉnh Tuyên Quang</title>
<link rel="stylesheet" href="/css/portal.css">
</head>
<body>
<div id="header"><a href="/">Cổng thông tin điện tử tỉnh Tuyên Quang</a></div>
<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/van-ban">Văn bản chỉ đạo, điều hành</a></li><li>Kế hoạch 142/KH-UBND</li></ul>
<div class="article-body">
<table style="width:100%;border:none">
<tr>
<td style="text-align:center;width:40%"><b>ỦY BAN NHÂN DÂN<br>TỈNH TUYÊN QUANG</b><br>———<br>Số: 142/KH-UBND</td>
<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>———————<br><i>Tuyên Quang, ngày 18 tháng 8 năm 2025</i></td>
</tr>
</table>
<p style="text-align:center"><b>KẾ HOẠCH<br>Nâng cao tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến tại Ủy ban nhân dân các xã, phường trên địa bàn tỉnh Tuyên Quang năm 2025 - 2026</b></p>
<p>Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia; Công văn số 4231/BKHCN-CĐSQG ngày 28/7/2025 của Bộ Khoa học và Công nghệ; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:</p>
'''

PAGE_TAIL = '''<table style="width:100%;border:none">
<tr>
<td style="vertical-align:top;width:50%"><b><i>Nơi nhận:</i></b><br>- Bộ Khoa học và Công nghệ;<br>- TT Tỉnh ủy, TT HĐND tỉnh;<br>- Chủ tịch, các PCT UBND tỉnh;<br>- Các sở, ngành;<br>- UBND các xã, phường;<br>- Lưu: VT, KGVX.</td>
<td style="text-align:center;vertical-align:top"><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br><br><br><b>Hoàng Việt Cường</b></td>
</tr>
</table>
</div>
<div class="related"><h4>Tin liên quan</h4><ul>
<li><a href="/tin/1">Tuyên Quang: tỷ lệ hồ sơ trực tuyến cấp xã đạt 38,6% sau một tháng vận hành chính quyền hai cấp</a></li>
<li><a href="/tin/2">Phường Hà Giang 1 dẫn đầu tỉnh về thanh toán trực tuyến</a></li>
</ul></div>
<div id="footer">Bản quyền thuộc Ủy ban nhân dân tỉnh Tuyên Quang</div>
</body>
</html>
'''


def main():
    parts = [PAGE_HEAD]
    targets = []
    for line, ts in ITEMS:
        if line == 'TABLE':
            th, tt = table_html()
            parts.append(th + '\n')
            targets += tt
        else:
            parts.append(line + '\n')
            targets += ts
    parts.append(PAGE_TAIL)
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(''.join(parts))
    doc = {
        'number': '142/KH-UBND', 'symbol': 'KH-UBND', 'serial': '142', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân tỉnh Tuyên Quang', 'place': 'Tuyên Quang', 'date': '2025-08-18',
        'subject': 'Nâng cao tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến tại Ủy ban nhân dân các xã, phường trên địa bàn tỉnh Tuyên Quang năm 2025 - 2026',
        'signer': 'Hoàng Việt Cường',
        'references': ['118/2025/NĐ-CP', '4231/BKHCN-CĐSQG'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets}])


if __name__ == '__main__':
    main()
