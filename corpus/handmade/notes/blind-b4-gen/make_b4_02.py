#!/usr/bin/env python3
"""b4_02: Bắc Kạn decision 2024 as pasted HTML. Appendix table TRANSPOSED with a
two-row header: STT / Chỉ tiêu / Đơn vị tính / Ghi chú span both rows
(rowspan=2); a group cell 'UBND các huyện, thành phố' (colspan=8) sits over the
district columns (bare names 'Ba Bể', 'Chợ Đồn' ...) and 'Các sở, ngành'
(colspan=5) over the department columns (bare 'Tư pháp' ... and 'Công an tỉnh').
Section rows span the whole width. Text and gold come from the lists below."""
from common import T, cell, local, write_doc, write_gold

SEED = 'b4_02_backan_qd_2024.html'
Y = 2024
PROV = [None, 'Toàn tỉnh', 'Tỉnh Bắc Kạn']
GH = 'UBND các huyện, thành phố'
GS = 'Các sở, ngành'


def dept(short):
    return ['Sở ' + short, short, 'Sở ' + short + ' tỉnh Bắc Kạn']


# (group, header as printed, accepted spellings)
COLS = [
    (GH, 'Thành phố Bắc Kạn', local('Thành phố Bắc Kạn')),
    (GH, 'Ba Bể', local('Huyện Ba Bể', ['Ba Bể'])),
    (GH, 'Bạch Thông', local('Huyện Bạch Thông', ['Bạch Thông'])),
    (GH, 'Chợ Đồn', local('Huyện Chợ Đồn', ['Chợ Đồn'])),
    (GH, 'Chợ Mới', local('Huyện Chợ Mới', ['Chợ Mới'])),
    (GH, 'Na Rì', local('Huyện Na Rì', ['Na Rì'])),
    (GH, 'Ngân Sơn', local('Huyện Ngân Sơn', ['Ngân Sơn'])),
    (GH, 'Pác Nặm', local('Huyện Pác Nặm', ['Pác Nặm'])),
    (GS, 'Tư pháp', dept('Tư pháp')),
    (GS, 'Tài nguyên và Môi trường', dept('Tài nguyên và Môi trường')),
    (GS, 'Kế hoạch và Đầu tư', dept('Kế hoạch và Đầu tư')),
    (GS, 'Giao thông vận tải', dept('Giao thông vận tải')),
    (GS, 'Công an tỉnh', ['Công an tỉnh', 'Công an tỉnh Bắc Kạn']),
]

# ("S", code, title); ("R", stt, label (html), metric, cells[13], ghi chú)
ROWS = [
    ('S', 'I', 'Chỉ tiêu về cung cấp, sử dụng dịch vụ công trực tuyến'),
    ('R', '1', 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính',
     'online_dossier_rate',
     ['<b>55</b>', '45', '45', '45', '45', '40', '40', '35', '70', '60', '80', '70', '50'], ''),
    ('R', '2', 'Tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện<br><i>(áp dụng đối với các sở, ngành)</i>',
     'full_online_service_rate',
     ['', '', '', '', '', '', '', '', '100', '90', '100', '90', '80'], ''),
    ('S', 'II', 'Chỉ tiêu về thanh toán trực tuyến, số hóa và cấp kết quả điện tử'),
    ('R', '3', 'Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công',
     'online_payment_rate',
     ['50', '40', '40', '40', '40', '35', '35', '30', '60', '50', '70', '60', 'Không giao'],
     'Công an tỉnh thực hiện theo chỉ tiêu của Bộ Công an'),
    ('R', '4', 'Tỷ lệ số hóa hồ sơ thủ tục hành chính', 'dossier_digitization_rate',
     ['<p>80%</p>', '<p>70%</p>', '<p>70%</p>', '<p>70%</p>', '<p>70%</p>', '<p>65%</p>', '<p>65%</p>', '<p>60%</p>',
      '<p>90%</p>', '<p>85%</p>', '<p>90%</p>', '<p>85%</p>', '<p>80%</p>'], ''),
    ('R', '5', 'Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử', 'electronic_result_rate',
     ['100', '100', '100', '100', '100', '97,5', '97,5', '95', '100', '100', '100', '100', '—'], ''),
    ('S', 'III', 'Chỉ tiêu về chứng thực điện tử'),
    ('R', '6', 'Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính', 'e_certified_copy_rate',
     ['60', '50', '50', '50', '50', '40', '40', '40', '', '', '', '', ''],
     'Áp dụng đối với Phòng Tư pháp cấp huyện và UBND cấp xã'),
]

HEAD = '''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Quyết định 1024/QĐ-UBND năm 2024 giao chỉ tiêu dịch vụ công trực tuyến tỉnh Bắc Kạn</title>
</head>
<body>
<div class="content1">
<table border="0" cellspacing="0" cellpadding="0" width="100%">
<tr>
<td width="35%" valign="top"><p align="center"><b>ỦY BAN NHÂN DÂN<br>TỈNH BẮC KẠN</b><br>-------</p></td>
<td width="65%" valign="top"><p align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------</p></td>
</tr>
<tr>
<td valign="top"><p align="center">Số: 1024/QĐ-UBND</p></td>
<td valign="top"><p align="right"><i>Bắc Kạn, ngày 03 tháng 6 năm 2024</i></p></td>
</tr>
</table>
<p align="center"><b>QUYẾT ĐỊNH</b></p>
<p align="center"><b>VỀ VIỆC GIAO CHỈ TIÊU CUNG CẤP, SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN, THANH TOÁN TRỰC TUYẾN VÀ SỐ HÓA HỒ SƠ, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2024</b></p>
<p align="center"><b>CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC KẠN</b></p>
<p><i>Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;</i></p>
<p><i>Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử;</i></p>
<p><i>Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;</i></p>
<p><i>Căn cứ Kế hoạch số 12/KH-UBND ngày 10 tháng 01 năm 2024 của Ủy ban nhân dân tỉnh về chuyển đổi số tỉnh Bắc Kạn năm 2024;</i></p>
<p><i>Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 58/TTr-STTTT ngày 24 tháng 5 năm 2024.</i></p>
<p align="center"><b>QUYẾT ĐỊNH:</b></p>
<p><b>Điều 1.</b> Giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2024 cho Ủy ban nhân dân các huyện, thành phố và một số sở, ngành (chi tiết tại Phụ lục kèm theo).</p>
'''

PROSE = [
    ('<p>Phấn đấu đến hết năm 2024, tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính của toàn tỉnh đạt tối thiểu 50% (năm 2023 đạt 38,2%).</p>',
     [T(PROV, 'online_dossier_rate', 50, 'tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính', 'prose', Y)]),
]

MID = '''<p><b>Điều 2.</b> Tổ chức thực hiện</p>
<p>1. Các sở, ngành và Ủy ban nhân dân các huyện, thành phố được giao chỉ tiêu có trách nhiệm xây dựng kế hoạch thực hiện, hoàn thành trước ngày 30/6/2024; giao chỉ tiêu cụ thể cho Ủy ban nhân dân các xã, phường, thị trấn.</p>
<p>2. Sở Thông tin và Truyền thông theo dõi, đôn đốc, định kỳ hằng quý báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện.</p>
<p><b>Điều 3.</b> Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.</p>
<p>Quyết định này có hiệu lực kể từ ngày ký./.</p>
<table border="0" cellspacing="0" cellpadding="0" width="100%">
<tr>
<td width="50%" valign="top"><p><b><i>Nơi nhận:</i></b><br>- Như Điều 3;<br>- Bộ Thông tin và Truyền thông;<br>- CT, PCT UBND tỉnh;<br>- LĐVP;<br>- Lưu: VT, VXNV.</p></td>
<td width="50%" valign="top"><p align="center"><b>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br><br><br><br>Hoàng Thị Ngọc Diệp</b></p></td>
</tr>
</table>
<p align="center"><b>PHỤ LỤC</b></p>
<p align="center"><b>CHỈ TIÊU CUNG CẤP, SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN, THANH TOÁN TRỰC TUYẾN VÀ SỐ HÓA NĂM 2024</b><br><i>(Kèm theo Quyết định số 1024/QĐ-UBND ngày 03 tháng 6 năm 2024 của Chủ tịch UBND tỉnh Bắc Kạn)</i></p>
'''

TAIL = '''</div>
</body>
</html>
'''


def table_and_targets():
    nh = sum(1 for g, _, _ in COLS if g == GH)
    ns = sum(1 for g, _, _ in COLS if g == GS)
    n = len(COLS)
    out = ['<table border="1" cellspacing="0" cellpadding="0" width="100%">',
           '<tr>',
           '<td rowspan="2" align="center"><b>STT</b></td>',
           '<td rowspan="2" align="center"><b>Chỉ tiêu</b></td>',
           '<td rowspan="2" align="center"><b>Đơn vị tính</b></td>',
           f'<td colspan="{nh}" align="center"><b>{GH}</b></td>',
           f'<td colspan="{ns}" align="center"><b>{GS}</b></td>',
           '<td rowspan="2" align="center"><b>Ghi chú</b></td>',
           '</tr>', '<tr>']
    out += [f'<td align="center"><b>{h}</b></td>' for _, h, _ in COLS]
    out.append('</tr>')
    ts = []
    for r in ROWS:
        if r[0] == 'S':
            out.append(f'<tr><td align="center"><b>{r[1]}</b></td><td colspan="{n + 3}"><b>{r[2]}</b></td></tr>')
            continue
        _, stt, label, metric, cells, note = r
        assert len(cells) == n
        out.append('<tr>')
        out.append(f'<td align="center">{stt}</td><td>{label}</td><td align="center">%</td>')
        out += [f'<td align="center">{c}</td>' for c in cells]
        out.append(f'<td>{note}</td>')
        out.append('</tr>')
        text = label.replace('<br>', ' ').replace('<i>', '').replace('</i>', '')
        for (grp, hdr, units), c in zip(COLS, cells):
            p = cell(c)
            if p is None:
                continue
            ts.append(T(units, metric, p[0], text, 'table', Y, comparator=p[1], unit_group=grp, note=note or None))
    out.append('</table>')
    return out, ts


def main():
    lines, table_ts = table_and_targets()
    text = HEAD + '\n'.join(p for p, _ in PROSE) + '\n' + MID + '\n'.join(lines) + '\n' + TAIL
    write_doc(SEED, text)
    doc = {
        'number': '1024/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '1024', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Bắc Kạn', 'place': 'Bắc Kạn', 'date': '2024-06-03',
        'subject': 'Về việc giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2024',
        'signer': 'Hoàng Thị Ngọc Diệp',
        'references': ['45/2020/NĐ-CP', '766/QĐ-TTg', '12/KH-UBND', '58/TTr-STTTT'],
    }
    prose_ts = [t for _, ts in PROSE for t in ts]
    write_gold(SEED, [{'document': doc, 'targets': prose_ts + table_ts}])


if __name__ == '__main__':
    main()
