#!/usr/bin/env python3
"""u3_03: Châu Thành district (Tiền Giang) dispatch (Công văn 1843/UBND-VP,
20/4/2022) as an HTML fragment pasted from a portal editor. Its table is
transposed: one row per indicator, one column per commune (9 "xã, thị trấn
điểm"), then a "Toàn huyện" group of two columns: "Thực hiện năm 2021" (results,
no targets) and "Chỉ tiêu năm 2022" (targets for the district as a whole).
The thead has two rows with rowspan/colspan; cells carry "30%", "<b>30</b>",
"—", "x" and blanks.

The indicator rows below write both the HTML and the gold.
"""
import os
from common import DOCS, T, num, write_gold, local_unit

SEED = 'u3_03_chauthanh_cv_2022.html'
Y = 2022
DIST = [None, 'Toàn huyện', 'Huyện Châu Thành']

COMMUNES = ['Thị trấn Tân Hiệp', 'Xã Tân Hương', 'Xã Tân Lý Tây', 'Xã Long An', 'Xã Long Hưng',
            'Xã Bình Đức', 'Xã Vĩnh Kim', 'Xã Kim Sơn', 'Xã Dưỡng Điềm']

# (stt, indicator, metric, đvt, [9 commune cells], thực hiện 2021, chỉ tiêu 2022)
ROWS = [
    (1, 'Tỷ lệ hồ sơ TTHC được tiếp nhận, giải quyết trực tuyến mức độ 3, 4', 'online_dossier_rate', '%',
     ['35%', '30%', '30%', '25%', '25%', '30%', '35%', '25%', '20%'], '18,7%', '30%'),
    (2, 'Tỷ lệ hồ sơ TTHC có thu phí, lệ phí được thanh toán trực tuyến', 'online_payment_rate', '%',
     ['15%', '15%', '10%', '10%', '10%', '12,5%', '15%', '10%', '—'], '4,2%', '12%'),
    (3, 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết và cấp kết quả giải quyết TTHC điện tử', 'dossier_result_digitization_rate', '%',
     ['40%', '30%', '30%', '30%', '25%', '30%', '40%', '25%', '20%'], '9,6%', '30%'),
    (4, 'Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn', 'on_time_resolution_rate', '%',
     ['98%', '98%', '98%', '97,5%', '97,5%', '98%', '98%', '97%', '97%'], '96,8%', '98%'),
    (5, 'Tỷ lệ phản ánh, kiến nghị của người dân, doanh nghiệp được xử lý đúng hạn', None, '%',
     ['100%', '100%', 'x', '100%', '100%', '100%', '100%', '', '100%'], '92,5%', '100%'),
]

HEAD = '''<div class="vbContent">
<table width="100%" style="border:none">
<tr>
<td width="40%" style="text-align:center"><b>ỦY BAN NHÂN DÂN<br>HUYỆN CHÂU THÀNH</b><br>-------<br>Số: 1843/UBND-VP<br><i>V/v giao chỉ tiêu sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến năm 2022 cho các xã, thị trấn điểm</i></td>
<td width="60%" style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br><i>Châu Thành, ngày 20 tháng 4 năm 2022</i></td>
</tr>
</table>
<p style="text-align:center">Kính gửi: Ủy ban nhân dân các xã, thị trấn.</p>
<p>Thực hiện Kế hoạch số 98/KH-UBND ngày 29/3/2022 của Ủy ban nhân dân tỉnh Tiền Giang về cải cách thủ tục hành chính và nâng cao chất lượng dịch vụ công trực tuyến năm 2022;</p>
<p>Năm 2021, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến mức độ 3, 4 của toàn huyện chỉ đạt 18,7%; tỷ lệ thanh toán trực tuyến đạt 4,2%; có 11/23 xã, thị trấn chưa phát sinh hồ sơ thanh toán trực tuyến.</p>
<p>Để cải thiện kết quả thực hiện Bộ chỉ số phục vụ người dân, doanh nghiệp, Ủy ban nhân dân huyện giao chỉ tiêu năm 2022 cho 09 xã, thị trấn điểm như sau:</p>
<p><b>1.</b> Chỉ tiêu cụ thể của từng xã, thị trấn điểm và của toàn huyện: theo Bảng dưới đây.</p>
'''

TAIL = '''<p><b>2.</b> Các xã, thị trấn còn lại xây dựng kế hoạch, phấn đấu đạt kết quả cao hơn năm 2021; Ủy ban nhân dân huyện sẽ giao chỉ tiêu cụ thể trong quý III/2022.</p>
<p><b>3.</b> Chủ tịch Ủy ban nhân dân các xã, thị trấn điểm chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân huyện về kết quả thực hiện; báo cáo kết quả về Văn phòng HĐND và UBND huyện trước ngày 25 hằng tháng.</p>
<p>Ủy ban nhân dân huyện đề nghị Chủ tịch Ủy ban nhân dân các xã, thị trấn quan tâm triển khai thực hiện./.</p>
<table width="100%" style="border:none">
<tr>
<td width="50%"><b><i>Nơi nhận:</i></b><br>- Như trên;<br>- TT.HU, TT.HĐND huyện (b/c);<br>- CT, các PCT UBND huyện;<br>- Phòng Văn hóa và Thông tin;<br>- Lưu: VT.</td>
<td width="50%" style="text-align:center"><b>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br><br><br><b>Lê Minh Trí</b></td>
</tr>
</table>
</div>
'''


def table_and_targets():
    n = len(COMMUNES)
    h = ['<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">', '<thead>',
         '<tr>', '<th rowspan="2">STT</th>', '<th rowspan="2">Chỉ tiêu</th>', '<th rowspan="2">Đơn vị tính</th>',
         f'<th colspan="{n}">Chỉ tiêu giao năm 2022 cho các xã, thị trấn điểm</th>',
         '<th colspan="2">Toàn huyện</th>', '</tr>', '<tr>']
    h += [f'<th>{c}</th>' for c in COMMUNES]
    h += ['<th>Thực hiện năm 2021</th>', '<th>Chỉ tiêu năm 2022</th>', '</tr>', '</thead>', '<tbody>']
    ts = []
    for stt, label, metric, dvt, cells, done, goal in ROWS:
        h.append('<tr>')
        h.append(f'<td style="text-align:center">{stt}</td>')
        h.append(f'<td>{label}</td>')
        h.append(f'<td style="text-align:center">{dvt}</td>')
        for c in cells:
            h.append(f'<td style="text-align:center">{c}</td>')
        h.append(f'<td style="text-align:center"><i>{done}</i></td>')
        h.append(f'<td style="text-align:center"><b>{goal}</b></td>')
        h.append('</tr>')
        for name, c in zip(COMMUNES, cells):
            v = num(c)
            if v is None:
                continue
            ts.append(T(local_unit(name), metric, v, label, 'table', Y, unit_group='Các xã, thị trấn điểm'))
        ts.append(T(DIST, metric, num(goal), label, 'table', Y, note='Toàn huyện – Chỉ tiêu năm 2022'))
    h += ['</tbody>', '</table>']
    return '\n'.join(h) + '\n', ts


def main():
    table, ts = table_and_targets()
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(HEAD + table + TAIL)
    doc = {
        'number': '1843/UBND-VP', 'symbol': 'UBND-VP', 'serial': '1843', 'type': 'cong_van',
        'issuer': 'Ủy ban nhân dân huyện Châu Thành', 'place': 'Châu Thành', 'date': '2022-04-20',
        'subject': 'Giao chỉ tiêu sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến năm 2022 cho các xã, thị trấn điểm',
        'signer': 'Lê Minh Trí',
        'references': ['98/KH-UBND'],
    }
    write_gold(SEED, [{'document': doc, 'targets': ts}])


if __name__ == '__main__':
    main()
