#!/usr/bin/env python3
"""j3_04: Tây Ninh, Quyết định 3021/QĐ-UBND ngày 28/12/2023 (TM. UBND tỉnh,
KT. CHỦ TỊCH / PHÓ CHỦ TỊCH) setting 2024 targets, as an HTML web copy.
The appendix <table> has a two-row header: "STT", "Cơ quan, đơn vị", an
"ước thực hiện năm 2023" results column and "Ghi chú" span both rows
(rowspan=2); two upper cells span three indicator columns each (colspan=3).
Section rows I / II span the table (colspan). Values are bare numbers (the
header says %), some in <b>, one with a decimal comma; blank cells where an
indicator is not assigned."""
import os
from common import DOCS, T, H, num, write_gold

SEED = 'j3_04_tayninh_qd_2024.html'
Y = 2024
RESULT_HDR = 'Tỷ lệ DVCTT phát sinh hồ sơ ước thực hiện năm 2023 (%)'
GROUP1 = 'Chỉ tiêu giao năm 2024 về dịch vụ công trực tuyến (%)'
GROUP2 = 'Chỉ tiêu giao năm 2024 về số hoá (%)'
COLS = [
    ('Tỷ lệ cung cấp DVCTT toàn trình (trên tổng số TTHC có đủ điều kiện)', 'full_online_service_rate'),
    ('Tỷ lệ DVCTT phát sinh hồ sơ', 'online_service_uptake_rate'),
    ('Tỷ lệ DVCTT toàn trình được tích hợp, cung cấp trên Cổng DVCQG', 'national_portal_integration_rate'),
    ('Tỷ lệ số hoá hồ sơ', 'dossier_digitization_rate'),
    ('Tỷ lệ số hoá kết quả giải quyết TTHC', 'result_digitization_rate'),
    ('Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hoá', 'digitized_data_reuse_rate'),
]
G1, G2 = 'Sở, ban, ngành tỉnh', 'UBND các huyện, thị xã, thành phố'


def S(name):
    return [name, name + ' tỉnh Tây Ninh']


# (stt, printed name, spellings, result-2023 cell, [6 cells], ghi chú)
ROWS = [
    ('S', 'I', 'SỞ, BAN, NGÀNH TỈNH', G1),
    (1, 'Sở Tư pháp', S('Sở Tư pháp'), '81,2', ['<b>100</b>', '90', '100', '90', '100', '60'], ''),
    (2, 'Sở Kế hoạch và Đầu tư', S('Sở Kế hoạch và Đầu tư'), '76,5', ['95', '85', '100', '90', '100', '60'], ''),
    (3, 'Sở Công Thương', S('Sở Công Thương'), '90,3', ['95', '90', '100', '85', '100', '55'], ''),
    (4, 'Sở Tài nguyên và Môi trường', S('Sở Tài nguyên và Môi trường'), '58,7',
     ['80', '70', '90', '62,5', '90', ''], 'Lĩnh vực đất đai chưa kết nối cơ sở dữ liệu đất đai quốc gia'),
    (5, 'Sở Lao động - Thương binh và Xã hội',
     S('Sở Lao động - Thương binh và Xã hội') + ['Sở Lao động, Thương binh và Xã hội'], '69,0',
     ['90', '80', '100', '85', '100', '50'], ''),
    (6, 'Ban Quản lý Khu kinh tế tỉnh', ['Ban Quản lý Khu kinh tế tỉnh', 'Ban Quản lý Khu kinh tế tỉnh Tây Ninh'], '88,9',
     ['100', '85', '100', '90', '100', ''], 'Chưa phát sinh dữ liệu số hoá dùng lại'),
    ('S', 'II', 'ỦY BAN NHÂN DÂN CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ', G2),
    (1, 'Thành phố Tây Ninh', H('Thành phố Tây Ninh'), '72,6', ['', '80', '', '80', '100', '50'],
     'Chỉ tiêu cung cấp, tích hợp DVCTT toàn trình do các sở chủ trì'),
    (2, 'Thị xã Hoà Thành', H('Thị xã Hòa Thành'), '70,1', ['', '75', '', '75', '95', '45'], ''),
    (3, 'Thị xã Trảng Bàng', H('Thị xã Trảng Bàng'), '65,4', ['', '75', '', '75', '95', '45'], ''),
    (4, 'Huyện Gò Dầu', H('Huyện Gò Dầu'), '61,8', ['', '70', '', '70', '90', '40'], ''),
]

HEAD = '''<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Quyết định 3021/QĐ-UBND năm 2023 Tây Ninh</title></head>
<body>
<table style="border:none;width:100%">
<tr><td style="text-align:center"><b>ỦY BAN NHÂN DÂN<br>TỈNH TÂY NINH</b><br>-------<br>Số: 3021/QĐ-UBND</td>
<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br><i>Tây Ninh, ngày 28 tháng 12 năm 2023</i></td></tr>
</table>
<p style="text-align:center"><b>QUYẾT ĐỊNH</b></p>
<p style="text-align:center"><b>Về việc giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến và số hoá<br>hồ sơ, kết quả giải quyết thủ tục hành chính năm 2024</b></p>
<p style="text-align:center"><b>ỦY BAN NHÂN DÂN TỈNH TÂY NINH</b></p>
<p><i>Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;</i></p>
<p><i>Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng;</i></p>
<p><i>Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ;</i></p>
<p><i>Căn cứ Quyết định số 2014/QĐ-UBND ngày 06/10/2023 của Uỷ ban nhân dân tỉnh ban hành Kế hoạch chuyển đổi số tỉnh Tây Ninh giai đoạn 2023 - 2025;</i></p>
<p><i>Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 187/TTr-STTTT ngày 20 tháng 12 năm 2023.</i></p>
<p style="text-align:center"><b>QUYẾT ĐỊNH:</b></p>
<p><b>Điều 1.</b> Giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến và số hoá hồ sơ, kết quả giải quyết thủ tục hành chính năm 2024 như sau:</p>
<p>1. Đối với các sở, ban, ngành tỉnh và Uỷ ban nhân dân các huyện, thị xã, thành phố: chi tiết tại Phụ lục kèm theo Quyết định này.</p>
'''

PROSE = [
    ('<p>2. Đối với Uỷ ban nhân dân các xã, phường, thị trấn: tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt tối thiểu 50%; tỷ lệ số hoá kết quả giải quyết thủ tục hành chính đạt tối thiểu 80%.</p>', [
        T(['UBND các xã, phường, thị trấn', 'UBND cấp xã'], 'online_service_uptake_rate', 50,
          'tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ', 'prose', Y),
        T(['UBND các xã, phường, thị trấn', 'UBND cấp xã'], 'result_digitization_rate', 80,
          'tỷ lệ số hoá kết quả giải quyết thủ tục hành chính', 'prose', Y),
    ]),
]

TAIL = '''<p><b>Điều 2.</b> Tổ chức thực hiện</p>
<p>1. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Uỷ ban nhân dân các huyện, thị xã, thành phố có trách nhiệm giao chỉ tiêu cụ thể cho các phòng, ban chuyên môn và Uỷ ban nhân dân cấp xã trực thuộc trước ngày 15/01/2024.</p>
<p>2. Sở Thông tin và Truyền thông theo dõi, đôn đốc; hằng tháng công khai kết quả trên Cổng thông tin điện tử tỉnh.</p>
<p><b>Điều 3.</b> Chánh Văn phòng Uỷ ban nhân dân tỉnh; Giám đốc Sở Thông tin và Truyền thông; Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch Uỷ ban nhân dân các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này kể từ ngày ký./.</p>
<table style="border:none;width:100%%">
<tr><td style="vertical-align:top"><b><i>Nơi nhận:</i></b><br>- Như Điều 3;<br>- Văn phòng Chính phủ;<br>- Bộ Thông tin và Truyền thông;<br>- TT.TU, TT.HĐND tỉnh;<br>- CT, các PCT UBND tỉnh;<br>- Lưu: VT, VP.UBND tỉnh.</td>
<td style="text-align:center;vertical-align:top"><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br><br><br><br>Trương Văn Lực</b></td></tr>
</table>
<p style="text-align:center"><b>PHỤ LỤC</b></p>
<p style="text-align:center"><b>CHỈ TIÊU CUNG CẤP, SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN VÀ SỐ HOÁ NĂM 2024</b><br><i>(Kèm theo Quyết định số 3021/QĐ-UBND ngày 28/12/2023 của Uỷ ban nhân dân tỉnh Tây Ninh)</i></p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th rowspan="2">STT</th><th rowspan="2">Cơ quan, đơn vị</th><th rowspan="2">%s</th><th colspan="3">%s</th><th colspan="3">%s</th><th rowspan="2">Ghi chú</th></tr>
<tr>%s</tr>
''' % (RESULT_HDR, GROUP1, GROUP2, ''.join(f'<th>{h}</th>' for h, _ in COLS))


def table():
    out, ts, group = [], [], None
    for r in ROWS:
        if r[0] == 'S':
            group = r[3]
            out.append(f'<tr><td><b>{r[1]}</b></td><td colspan="9"><b>{r[2]}</b></td></tr>')
            continue
        stt, name, units, res, cells, note = r
        out.append('<tr>' + ''.join(f'<td>{c}</td>' for c in [stt, name, res] + cells + [note]) + '</tr>')
        for (hdr, metric), c in zip(COLS, cells):
            v = num(c.replace('<b>', '').replace('</b>', ''))
            if v is not None:
                ts.append(T(units, metric, v, hdr, 'table', Y, unit_group=group, note=note or None))
    return '\n'.join(out) + '\n</table>\n</body></html>\n', ts


def main():
    tbl, table_ts = table()
    text = HEAD + ''.join(p + '\n' for p, _ in PROSE) + TAIL + tbl
    open(os.path.join(DOCS, SEED), 'w', encoding='utf-8').write(text)
    doc = {
        'number': '3021/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '3021', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Tây Ninh', 'place': 'Tây Ninh', 'date': '2023-12-28',
        'subject': 'Về việc giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến và số hoá hồ sơ, kết quả giải quyết thủ tục hành chính năm 2024',
        'signer': 'Trương Văn Lực',
        'references': ['42/2022/NĐ-CP', '766/QĐ-TTg', '2014/QĐ-UBND', '187/TTr-STTTT'],
    }
    write_gold(SEED, [{'document': doc, 'targets': [t for _, ts in PROSE for t in ts] + table_ts}])


if __name__ == '__main__':
    main()
