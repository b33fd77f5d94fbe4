#!/usr/bin/env python3
"""o3_01: Phú Yên decision (Quyết định 412/QĐ-UBND, 18/3/2025) as a full HTML
page exported from the provincial portal (menu, breadcrumb, "Ngày đăng" of the
post, related-news sidebar with 2024 results).

The appendix table uses rowspan/colspan throughout:
- a two-level header: STT / Tên cơ quan, đơn vị / Ghi chú are rowspan=2;
  "Kết quả thực hiện năm 2024" spans 2 sub-columns (past, NOT targets) and
  "Chỉ tiêu năm 2025" spans 3 sub-columns (the targets);
- unit group rows "I. CÁC SỞ, BAN, NGÀNH" / "II. UBND CÁC HUYỆN, THỊ XÃ,
  THÀNH PHỐ" as one cell with colspan=8;
- Sở Nông nghiệp và Môi trường: STT and name cells rowspan=2, two rows told
  apart by their Ghi chú (two fields of the same department, different values);
- Công an tỉnh: one colspan=3 cell "Thực hiện theo chỉ tiêu Bộ Công an giao"
  over the target columns (no target);
- a Ghi chú cell rowspan=3 over the last three district rows.

Điều 1 also sets three province-wide levels in prose (unit null); the 2024
results quoted in the decision and in the sidebar are not targets.
"""
import os
from common import DOCS, T, num, write_gold

SEED = 'o3_01_phuyen_qd_2025.html'
Y = 2025
PROV = [None, 'Toàn tỉnh', 'Tỉnh Phú Yên']


def S(name):
    return [name, name + ' tỉnh Phú Yên']


def H(name):
    return ['UBND ' + name[0].lower() + name[1:], name]


RES_COLS = ['Tỷ lệ hồ sơ trực tuyến toàn trình (%)', 'Tỷ lệ thanh toán trực tuyến (%)']
COLS = [
    ('Tỷ lệ hồ sơ trực tuyến toàn trình (%)', 'full_online_dossier_rate'),
    ('Tỷ lệ thanh toán trực tuyến (%)', 'online_payment_rate'),
    ('Tỷ lệ số hóa kết quả giải quyết TTHC (%)', 'result_digitization_rate'),
]
GI = 'Các sở, ban, ngành'
GII = 'UBND các huyện, thị xã, thành phố'

# ('S', title, gold group)
# (stt, name, spellings, [2 result cells], [3 target cells], ghi chú, rowspan of name, ghi chú rowspan)
#   name None = row covered by the previous row's rowspan'd STT/name cells
#   ghi chú None = covered by a rowspan'd Ghi chú cell above
# ('CA', stt, name, spellings, [2 result cells], merged text)  Công an row with colspan
ROWS = [
    ('S', 'I. CÁC SỞ, BAN, NGÀNH', GI),
    (1, 'Sở Tài chính', S('Sở Tài chính'), ['42,5', '51,3'], ['60', '65', '100'], '', 1, 1),
    (2, 'Sở Xây dựng', S('Sở Xây dựng'), ['35,1', '40,2'], ['55', '60', '100'], '', 1, 1),
    (3, 'Sở Công Thương', S('Sở Công Thương'), ['61,8', '58,0'], ['70', '70', '100'], '', 1, 1),
    (4, 'Sở Y tế', S('Sở Y tế'), ['28,4', '33,7'], ['45', '50', '95'], '', 1, 1),
    (5, 'Sở Tư pháp', S('Sở Tư pháp'), ['47,9', '44,6'], ['60', '55', '100'], '', 1, 1),
    (6, 'Sở Nội vụ', S('Sở Nội vụ'), ['22,3', '—'], ['40', '', '90'],
     'Không phát sinh TTHC có thu phí, lệ phí', 1, 1),
    (7, 'Sở Khoa học và Công nghệ', S('Sở Khoa học và Công nghệ'), ['55,2', '49,8'], ['70', '65', '100'], '', 1, 1),
    (8, 'Sở Nông nghiệp và Môi trường', S('Sở Nông nghiệp và Môi trường'), ['31,5', '36,1'], ['50', '55', '95'],
     'Lĩnh vực nông nghiệp, thủy sản', 2, 1),
    (None, None, S('Sở Nông nghiệp và Môi trường'), ['12,7', '18,9'], ['30', '35', '85'],
     'Lĩnh vực đất đai, môi trường (gồm Văn phòng Đăng ký đất đai)', 0, 1),
    (9, 'Sở Giáo dục và Đào tạo', S('Sở Giáo dục và Đào tạo'), ['39,0', '27,5'], ['55', '45', '100'], '', 1, 1),
    (10, 'Sở Văn hóa, Thể thao và Du lịch',
     S('Sở Văn hóa, Thể thao và Du lịch') + ['Sở Văn hoá, Thể thao và Du lịch'],
     ['44,4', '40,1'], ['60', '50', '100'], '', 1, 1),
    (11, 'Ban Quản lý Khu kinh tế tỉnh', ['Ban Quản lý Khu kinh tế tỉnh', 'Ban Quản lý Khu kinh tế',
                                          'Ban Quản lý Khu kinh tế tỉnh Phú Yên'],
     ['52,6', '47,3'], ['65', '60', '100'], '', 1, 1),
    ('CA', 12, 'Công an tỉnh', ['Công an tỉnh'], ['—', '—'], 'Thực hiện theo chỉ tiêu Bộ Công an giao'),
    ('S', 'II. UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ', GII),
    (1, 'Thành phố Tuy Hòa', H('Thành phố Tuy Hòa'), ['40,2', '45,5'], ['55', '60', '100'], '', 1, 1),
    (2, 'Thị xã Sông Cầu', H('Thị xã Sông Cầu'), ['30,8', '35,0'], ['45', '50', '95'], '', 1, 1),
    (3, 'Thị xã Đông Hòa', H('Thị xã Đông Hòa'), ['29,6', '33,4'], ['45', '50', '95'], '', 1, 1),
    (4, 'Huyện Tuy An', H('Huyện Tuy An'), ['24,1', '28,7'], ['40', '45', '90'], '', 1, 1),
    (5, 'Huyện Phú Hòa', H('Huyện Phú Hòa'), ['26,3', '30,2'], ['40', '45', '90'], '', 1, 1),
    (6, 'Huyện Tây Hòa', H('Huyện Tây Hòa'), ['22,9', '27,1'], ['40', '40', '90'], '', 1, 1),
    (7, 'Huyện Sơn Hòa', H('Huyện Sơn Hòa'), ['18,5', '21,6'], ['35', '35', '85'],
     'Huyện miền núi; ưu tiên hỗ trợ tổ công nghệ số cộng đồng', 1, 3),
    (8, 'Huyện Sông Hinh', H('Huyện Sông Hinh'), ['17,2', '20,4'], ['35', '35', '85'], None, 1, 0),
    (9, 'Huyện Đồng Xuân', H('Huyện Đồng Xuân'), ['16,8', '19,9'], ['32,5', '35', '85'], None, 1, 0),
]

# Điều 1 item 2: province-wide levels (prose)
D1_2 = ('2. Phấn đấu đến hết năm 2025, toàn tỉnh đạt: tỷ lệ hồ sơ trực tuyến toàn trình tối thiểu 50%; '
        'tỷ lệ thanh toán trực tuyến tối thiểu 55%; 100% kết quả giải quyết thủ tục hành chính được số hóa.')
PROSE = [
    T(PROV, 'full_online_dossier_rate', 50, 'tỷ lệ hồ sơ trực tuyến toàn trình', 'prose', Y),
    T(PROV, 'online_payment_rate', 55, 'tỷ lệ thanh toán trực tuyến', 'prose', Y),
    T(PROV, 'result_digitization_rate', 100, 'kết quả giải quyết thủ tục hành chính được số hóa', 'prose', Y),
]


def table_targets():
    ts, group, last_note = [], None, ''
    for r in ROWS:
        if r[0] == 'S':
            group = r[2]
            continue
        if r[0] == 'CA':
            continue
        stt, name, units, res, cells, note, _, _ = r
        if note is None:
            note = last_note
        last_note = note
        for (hdr, metric), c in zip(COLS, cells):
            v = num(c)
            if v is None:
                continue
            ts.append(T(units, metric, v, hdr, 'table', Y, unit_group=group, note=note or None))
    return ts


def td(text, attrs=''):
    a = (' ' + attrs) if attrs else ''
    return f'<td{a}>{text}</td>'


def table_html():
    L = ['<table class="tbl-phuluc" border="1" cellspacing="0" cellpadding="4" style="width:100%;border-collapse:collapse">',
         '<thead>',
         '<tr>',
         '  <th rowspan="2" style="width:4%">STT</th>',
         '  <th rowspan="2" style="width:24%">Tên cơ quan, đơn vị</th>',
         '  <th colspan="2">Kết quả thực hiện năm 2024</th>',
         '  <th colspan="3">Chỉ tiêu năm 2025</th>',
         '  <th rowspan="2">Ghi chú</th>',
         '</tr>',
         '<tr>']
    for h in RES_COLS:
        L.append(f'  <th>{h}</th>')
    for h, _ in COLS:
        L.append(f'  <th>{h}</th>')
    L += ['</tr>', '</thead>', '<tbody>']
    for r in ROWS:
        if r[0] == 'S':
            L.append('<tr class="nhom">' + td('<b>' + r[1] + '</b>', 'colspan="8"') + '</tr>')
            continue
        if r[0] == 'CA':
            _, stt, name, _, res, merged = r
            cells = [td(str(stt), 'align="center"'), td(name)] + [td(x, 'align="center"') for x in res] + \
                    [td('<i>' + merged + '</i>', 'colspan="3" align="center"'), td('')]
            L.append('<tr>' + ''.join(cells) + '</tr>')
            continue
        stt, name, _, res, vals, note, rs, nrs = r
        cells = []
        if name is not None:
            extra = f' rowspan="{rs}"' if rs > 1 else ''
            cells += [f'<td align="center"{extra}>{stt}</td>', f'<td{extra}>{name}</td>']
        cells += [td(x, 'align="center"') for x in res]
        cells += [td(x, 'align="center"') if x else '<td></td>' for x in vals]
        if note is not None:
            extra = f' rowspan="{nrs}"' if nrs > 1 else ''
            cells.append(f'<td{extra}>{note}</td>')
        L.append('<tr>' + ''.join(cells) + '</tr>')
    L += ['</tbody>', '</table>']
    return '\n'.join(L)


def page():
    return f'''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Quyết định số 412/QĐ-UBND giao chỉ tiêu dịch vụ công trực tuyến năm 2025 - Cổng Thông tin điện tử tỉnh Phú Yên</title>
<link rel="stylesheet" href="/Portals/_default/skins/phuyen/css/main.css">
<script src="/Resources/Shared/scripts/jquery/jquery.min.js"></script>
</head>
<body class="portal">
<div id="header"><div class="logo"><img src="/Portals/0/logo.png" alt="Cổng Thông tin điện tử tỉnh Phú Yên"></div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản chỉ đạo điều hành</a></li><li><a href="/dvc">Dịch vụ công</a></li></ul></div>
<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/van-ban">Văn bản chỉ đạo điều hành</a> &raquo; Quyết định</div>
<div id="main">
<div class="col-left">
<div class="post-meta">Ngày đăng: 19/03/2025 08:15 | Lượt xem: 1.245 | <a href="javascript:window.print()">In bài viết</a></div>
<div class="article-content">
<table class="vb-header" style="width:100%;border:none">
<tr>
<td style="width:40%;text-align:center;vertical-align:top"><b>ỦY BAN NHÂN DÂN<br>TỈNH PHÚ YÊN</b><br>-------<br>Số: 412/QĐ-UBND</td>
<td style="text-align:center;vertical-align:top"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br><i>Phú Yên, ngày 18 tháng 3 năm 2025</i></td>
</tr>
</table>
<p style="text-align:center"><b>QUYẾT ĐỊNH</b></p>
<p style="text-align:center"><b>Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình, thanh toán trực tuyến và số hóa kết quả giải quyết thủ tục hành chính năm 2025</b></p>
<p style="text-align:center"><b>CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN</b></p>
<p><i>Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;</i></p>
<p><i>Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính và Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP;</i></p>
<p><i>Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;</i></p>
<p><i>Căn cứ Kế hoạch số 25/KH-UBND ngày 10/02/2025 của UBND tỉnh về chuyển đổi số tỉnh Phú Yên năm 2025;</i></p>
<p><i>Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 63/TTr-SKHCN ngày 07/3/2025.</i></p>
<p style="text-align:center"><b>QUYẾT ĐỊNH:</b></p>
<p><b>Điều 1.</b> Giao chỉ tiêu năm 2025 như sau:</p>
<p>1. Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình, tỷ lệ thanh toán trực tuyến và tỷ lệ số hóa kết quả giải quyết thủ tục hành chính cho các sở, ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố (chi tiết tại Phụ lục kèm theo).</p>
<p>{D1_2}</p>
<p><b>Điều 2.</b> Tổ chức thực hiện</p>
<p>1. Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của toàn tỉnh mới đạt 33,9%, tỷ lệ thanh toán trực tuyến đạt 38,2%, thấp hơn bình quân cả nước. Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả thực hiện chỉ tiêu được giao; kết quả thực hiện là tiêu chí đánh giá, xếp loại thi đua năm 2025.</p>
<p>2. Sở Khoa học và Công nghệ theo dõi, tổng hợp kết quả thực hiện hằng tháng, báo cáo Ủy ban nhân dân tỉnh trước ngày 25 hằng tháng.</p>
<p><b>Điều 3.</b> Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Thủ trưởng các ban, ngành; Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này kể từ ngày ký./.</p>
<table class="vb-footer" style="width:100%;border:none">
<tr>
<td style="width:50%;vertical-align:top"><b><i>Nơi nhận:</i></b><br>- Như Điều 3;<br>- Văn phòng Chính phủ (Cục KSTTHC);<br>- TT Tỉnh ủy, TT HĐND tỉnh;<br>- CT, các PCT UBND tỉnh;<br>- Lưu: VT, KSTT.</td>
<td style="text-align:center;vertical-align:top"><b>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br><br><br><b>Đào Minh Khoa</b></td>
</tr>
</table>
<p>&nbsp;</p>
<p style="text-align:center"><b>PHỤ LỤC</b></p>
<p style="text-align:center"><b>CHỈ TIÊU TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH, THANH TOÁN TRỰC TUYẾN VÀ SỐ HÓA KẾT QUẢ GIẢI QUYẾT TTHC NĂM 2025</b></p>
<p style="text-align:center"><i>(Kèm theo Quyết định số 412/QĐ-UBND ngày 18/3/2025 của Chủ tịch UBND tỉnh Phú Yên)</i></p>
{table_html()}
<p><i>Ghi chú: Cột "Kết quả thực hiện năm 2024" để tham khảo, số liệu trích xuất từ Hệ thống thông tin giải quyết TTHC tỉnh ngày 31/12/2024.</i></p>
</div>
<div class="attach">Tệp đính kèm: <a href="/Portals/0/VanBan/2025/03/412-QD-UBND.pdf">412-QD-UBND.pdf</a></div>
</div>
<div class="col-right">
<div class="box-title">Tin liên quan</div>
<ul class="news-related">
<li><a href="/tin-tuc/nam-2024-ty-le-thanh-toan-truc-tuyen">Năm 2024, tỷ lệ thanh toán trực tuyến trên địa bàn tỉnh đạt 38,2%</a> <span class="date">(08/01/2025)</span></li>
<li><a href="/tin-tuc/muc-do-hai-long">Mức độ hài lòng của người dân, doanh nghiệp năm 2024 đạt 96,7%</a> <span class="date">(15/01/2025)</span></li>
<li><a href="/tin-tuc/chuyen-doi-so-2025">Phú Yên đặt mục tiêu đứng trong nhóm 30 tỉnh dẫn đầu về chuyển đổi số</a> <span class="date">(12/02/2025)</span></li>
</ul>
</div>
</div>
<div id="footer">Cơ quan chủ quản: Ủy ban nhân dân tỉnh Phú Yên<br>Địa chỉ: 08 Trần Hưng Đạo, phường 1, thành phố Tuy Hòa, tỉnh Phú Yên<br>&copy; 2025 Cổng Thông tin điện tử tỉnh Phú Yên</div>
</body>
</html>
'''


def main():
    os.makedirs(DOCS, exist_ok=True)
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(page())
    doc = {
        'number': '412/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '412', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Phú Yên', 'place': 'Phú Yên', 'date': '2025-03-18',
        'subject': 'Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình, thanh toán trực tuyến và số hóa kết quả giải quyết thủ tục hành chính năm 2025',
        'signer': 'Đào Minh Khoa',
        'references': ['61/2018/NĐ-CP', '107/2021/NĐ-CP', '766/QĐ-TTg', '25/KH-UBND', '63/TTr-SKHCN'],
    }
    write_gold(SEED, [{'document': doc, 'targets': PROSE + table_targets()}])


if __name__ == '__main__':
    main()
