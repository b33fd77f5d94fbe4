#!/usr/bin/env python3
"""y3_03: Bạc Liêu provincial plan (Kế hoạch 64/KH-UBND, 15/3/2024) for 2024,
as an HTML page copied from a provincial portal: <p> paragraphs, a layout
table for the header, the appendix as a bordered <table> with a two-row
header (rowspan / colspan), section rows spanning all columns and a Ghi chú
cell with rowspan over a whole section.

Theme Y3:
- table rows name departments only by abbreviation ("Sở KH&ĐT", "Sở LĐ-TB&XH",
  "Sở GD&ĐT", "Sở TT&TT", "Sở TN&MT", "Sở VH,TT&DL"); the prose uses the full
  forms (and "Sở Kế hoạch và Đầu tư (Sở KH&ĐT)" once);
- section rows "A. KHỐI SỞ, BAN, NGÀNH TỈNH", "B. KHỐI CƠ QUAN NGÀNH DỌC",
  "C. KHỐI UBND CẤP HUYỆN" are unit_group, never units;
- non-department units in block B: Công an tỉnh, Bảo hiểm xã hội tỉnh, Cục
  Thuế tỉnh, Kho bạc Nhà nước tỉnh, Công ty Điện lực Bạc Liêu;
- prose targets for Trung tâm Phục vụ hành chính công tỉnh and the Chi nhánh
  Văn phòng đăng ký đất đai group.
"""
import html as H
import os
from common import DOCS, T, num, write_gold

SEED = 'y3_03_baclieu_kh_2024.html'
Y = 2024
PV = 'tỉnh Bạc Liêu'


def S(full, *abbr):
    return [full, *abbr, f'{full} {PV}']


def L(kind_name):
    """district row 'Thị xã Giá Rai' -> accept 'UBND thị xã Giá Rai' too"""
    return ['UBND ' + kind_name[0].lower() + kind_name[1:], kind_name]


COLS = [
    ('Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC', 'online_dossier_rate'),
    ('Tỷ lệ hồ sơ trực tuyến toàn trình', 'full_online_dossier_rate'),
    ('Tỷ lệ thanh toán trực tuyến', 'online_payment_rate'),
]
NOTE_B = 'Số liệu theo Hệ thống của Bộ, ngành Trung ương'
# ('S', code, title, rowspan note or None) | (printed name, spellings, [3 cells], note)
ROWS = [
    ('S', 'A', 'KHỐI SỞ, BAN, NGÀNH TỈNH', None),
    ('Sở KH&ĐT', S('Sở Kế hoạch và Đầu tư', 'Sở KH&ĐT'), ['70', '50', '45'], ''),
    ('Sở LĐ-TB&XH', S('Sở Lao động - Thương binh và Xã hội', 'Sở LĐ-TB&XH', 'Sở Lao động, Thương binh và Xã hội'), ['60', '40', '30'], ''),
    ('Sở GD&ĐT', S('Sở Giáo dục và Đào tạo', 'Sở GD&ĐT'), ['65', '45', '40'], ''),
    ('Sở TT&TT', S('Sở Thông tin và Truyền thông', 'Sở TT&TT'), ['80', '60', '50'], ''),
    ('Sở TN&MT', S('Sở Tài nguyên và Môi trường', 'Sở TN&MT'), ['50', '30', '40'], 'Gồm Văn phòng Đăng ký đất đai tỉnh'),
    ('Sở VH,TT&DL', S('Sở Văn hóa, Thể thao và Du lịch', 'Sở VH,TT&DL', 'Sở VHTTDL'), ['60', '40', '—'], 'Không phát sinh phí, lệ phí'),
    ('Ban Quản lý các khu công nghiệp tỉnh', ['Ban Quản lý các khu công nghiệp tỉnh', 'Ban Quản lý các khu công nghiệp tỉnh Bạc Liêu'],
     ['75', '55', '50'], ''),
    ('S', 'B', 'KHỐI CƠ QUAN NGÀNH DỌC', NOTE_B),
    ('Công an tỉnh', ['Công an tỉnh', 'Công an tỉnh Bạc Liêu'], ['90', '80', '70'], NOTE_B),
    ('Bảo hiểm xã hội tỉnh', ['Bảo hiểm xã hội tỉnh', 'Bảo hiểm xã hội tỉnh Bạc Liêu', 'BHXH tỉnh'], ['95', '90', '—'], NOTE_B),
    ('Cục Thuế tỉnh', ['Cục Thuế tỉnh', 'Cục Thuế tỉnh Bạc Liêu'], ['95', '85', '90'], NOTE_B),
    ('Kho bạc Nhà nước tỉnh', ['Kho bạc Nhà nước tỉnh', 'Kho bạc Nhà nước Bạc Liêu', 'Kho bạc Nhà nước tỉnh Bạc Liêu'], ['100', '100', ''], NOTE_B),
    ('Công ty Điện lực Bạc Liêu', ['Công ty Điện lực Bạc Liêu', 'Điện lực Bạc Liêu'], ['100', '95', '90'], NOTE_B),
    ('S', 'C', 'KHỐI UBND CẤP HUYỆN', None),
    ('Thành phố Bạc Liêu', L('Thành phố Bạc Liêu'), ['60', '40', '40'], ''),
    ('Thị xã Giá Rai', L('Thị xã Giá Rai'), ['55', '35', '35'], ''),
    ('Huyện Vĩnh Lợi', L('Huyện Vĩnh Lợi'), ['50', '30', '30'], ''),
    ('Huyện Hồng Dân', L('Huyện Hồng Dân'), ['45', '25', '25'], ''),
    ('Huyện Phước Long', L('Huyện Phước Long'), ['45', '25', '25'], ''),
    ('Huyện Đông Hải', L('Huyện Đông Hải'), ['45', '25', '25'], ''),
]
GROUP_NAME = {'A': 'Khối sở, ban, ngành tỉnh', 'B': 'Khối cơ quan ngành dọc', 'C': 'Khối UBND cấp huyện'}


def P(unit, metric, value, text, note=None):
    return T(unit, metric, value, text, 'prose', Y, note=note)


TTPV = ['Trung tâm Phục vụ hành chính công tỉnh', 'Trung tâm Phục vụ hành chính công tỉnh Bạc Liêu']
CN = ['Chi nhánh Văn phòng đăng ký đất đai tại các huyện, thị xã, thành phố',
      'Chi nhánh Văn phòng đăng ký đất đai các huyện, thị xã, thành phố',
      'Các Chi nhánh Văn phòng đăng ký đất đai tại các huyện, thị xã, thành phố']
XA = ['UBND các xã, phường, thị trấn', 'Ủy ban nhân dân các xã, phường, thị trấn']

# paragraphs: (html of the paragraph, [targets])
BODY = [
    ('<p style="text-align:justify"><b>I. KẾT QUẢ NĂM 2023</b></p>', []),
    ('<p style="text-align:justify">Năm 2023, tỷ lệ hồ sơ trực tuyến của toàn tỉnh đạt 41,8%; Sở Thông tin và Truyền thông đạt 71,3%, Cục Thuế tỉnh đạt 93,6%, thị xã Giá Rai đạt 36,4%. Tỷ lệ thanh toán trực tuyến đạt 22,7%.</p>', []),
    ('<p style="text-align:justify"><b>II. CHỈ TIÊU NĂM 2024</b></p>', []),
    ('<p style="text-align:justify">1. Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, hồ sơ trực tuyến toàn trình và thanh toán trực tuyến cho các cơ quan, đơn vị, địa phương (chi tiết tại Phụ lục kèm theo).</p>', []),
    ('<p style="text-align:justify">2. Trung tâm Phục vụ hành chính công tỉnh bảo đảm tỷ lệ số hóa hồ sơ thủ tục hành chính khi tiếp nhận đạt 100%.</p>', [
        P(TTPV, 'dossier_digitization_rate', 100, 'tỷ lệ số hóa hồ sơ thủ tục hành chính khi tiếp nhận'),
    ]),
    ('<p style="text-align:justify">3. Chi nhánh Văn phòng đăng ký đất đai tại các huyện, thị xã, thành phố bảo đảm tỷ lệ số hóa kết quả giải quyết thủ tục hành chính đạt tối thiểu 85%.</p>', [
        P(CN, 'result_digitization_rate', 85, 'tỷ lệ số hóa kết quả giải quyết thủ tục hành chính'),
    ]),
    ('<p style="text-align:justify">4. Ủy ban nhân dân các xã, phường, thị trấn bảo đảm tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính đạt tối thiểu 35%.</p>', [
        P(XA, 'online_dossier_rate', 35, 'tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính'),
    ]),
    ('<p style="text-align:justify"><b>III. TỔ CHỨC THỰC HIỆN</b></p>', []),
    ('<p style="text-align:justify">1. Sở Thông tin và Truyền thông chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch; hằng tháng công khai kết quả trên Cổng Thông tin điện tử tỉnh.</p>', []),
    ('<p style="text-align:justify">2. Sở Kế hoạch và Đầu tư (Sở KH&amp;ĐT) đẩy mạnh đăng ký doanh nghiệp qua mạng; Sở Lao động - Thương binh và Xã hội, Sở Giáo dục và Đào tạo, Sở Văn hóa, Thể thao và Du lịch rà soát, tái cấu trúc quy trình các thủ tục hành chính có số lượng hồ sơ lớn.</p>', []),
    ('<p style="text-align:justify">3. Sở Tài nguyên và Môi trường chỉ đạo Văn phòng Đăng ký đất đai tỉnh phối hợp Trung tâm Phục vụ hành chính công tỉnh số hóa hồ sơ lĩnh vực đất đai.</p>', []),
    ('<p style="text-align:justify">4. Đề nghị Công an tỉnh, Bảo hiểm xã hội tỉnh, Cục Thuế tỉnh, Kho bạc Nhà nước tỉnh và Công ty Điện lực Bạc Liêu phối hợp cung cấp số liệu định kỳ trước ngày 20 hằng tháng.</p>', []),
]

HEAD = '''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Kế hoạch 64/KH-UBND năm 2024 - Cổng Thông tin điện tử tỉnh Bạc Liêu</title>
</head>
<body>
<div class="van-ban">
<table style="width:100%;border:none">
<tr>
<td style="text-align:center;width:40%"><b>ỦY BAN NHÂN DÂN<br>TỈNH BẠC LIÊU</b><br>-------<br>Số: 64/KH-UBND</td>
<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br><i>Bạc Liêu, ngày 15 tháng 3 năm 2024</i></td>
</tr>
</table>
<p style="text-align:center"><b>KẾ HOẠCH</b></p>
<p style="text-align:center"><b>Giao chỉ tiêu hồ sơ trực tuyến, thanh toán trực tuyến của các cơ quan, đơn vị, địa phương trên địa bàn tỉnh Bạc Liêu năm 2024</b></p>
<p style="text-align:justify">Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng;</p>
<p style="text-align:justify">Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp;</p>
<p style="text-align:justify">Ủy ban nhân dân tỉnh ban hành Kế hoạch giao chỉ tiêu năm 2024 như sau:</p>
'''

SIGN = '''<table style="width:100%;border:none">
<tr>
<td style="width:50%;vertical-align:top"><b><i>Nơi nhận:</i></b><br>- Văn phòng Chính phủ (Cục KSTTHC);<br>- TT Tỉnh ủy, TT HĐND tỉnh;<br>- Các sở, ban, ngành tỉnh;<br>- Công an tỉnh, BHXH tỉnh, Cục Thuế tỉnh, KBNN tỉnh;<br>- Công ty Điện lực Bạc Liêu;<br>- UBND các huyện, thị xã, thành phố;<br>- Lưu: VT, (NT).</td>
<td style="text-align:center;vertical-align:top"><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br><br><br><br>Lâm Thị Ngọc Hân</b></td>
</tr>
</table>
<p style="text-align:center"><b>PHỤ LỤC</b></p>
<p style="text-align:center"><b>CHỈ TIÊU HỒ SƠ TRỰC TUYẾN, THANH TOÁN TRỰC TUYẾN NĂM 2024</b><br><i>(Kèm theo Kế hoạch số 64/KH-UBND ngày 15 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh Bạc Liêu)</i></p>
'''


def table():
    out = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:100%">',
           '<tr><td rowspan="2"><b>STT</b></td><td rowspan="2"><b>Cơ quan, đơn vị</b></td>'
           '<td colspan="3"><b>Chỉ tiêu năm 2024 (%)</b></td><td rowspan="2"><b>Ghi chú</b></td></tr>',
           '<tr>' + ''.join(f'<td><b>{H.escape(c)}</b></td>' for c, _ in COLS) + '</tr>']
    ts, group, stt, pending_rowspan, first_in_section = [], None, 0, None, False
    i = 0
    while i < len(ROWS):
        r = ROWS[i]
        if r[0] == 'S':
            group = GROUP_NAME[r[1]]
            out.append(f'<tr><td><b>{r[1]}</b></td><td colspan="5"><b>{r[2]}</b></td></tr>')
            stt = 0
            pending_rowspan = r[3]
            # how many unit rows follow in this section
            n = 0
            for rr in ROWS[i + 1:]:
                if rr[0] == 'S':
                    break
                n += 1
            span_n = n
            first_in_section = True
            i += 1
            continue
        name, spell, cells, note = r
        stt += 1
        tds = [f'<td>{stt}</td>', f'<td>{H.escape(name)}</td>'] + [f'<td>{c}</td>' for c in cells]
        if pending_rowspan:
            if first_in_section:
                tds.append(f'<td rowspan="{span_n}">{H.escape(pending_rowspan)}</td>')
        else:
            tds.append(f'<td>{H.escape(note)}</td>')
        first_in_section = False
        out.append('<tr>' + ''.join(tds) + '</tr>')
        for (hdr, metric), c in zip(COLS, cells):
            v = num(c)
            if v is None:
                continue
            ts.append(T(spell, metric, v, hdr, 'table', Y, unit_group=group, note=note or None))
        i += 1
    out.append('</table>')
    return out, ts


def main():
    tl, tts = table()
    pts = []
    body = []
    for p, ts in BODY:
        body.append(p)
        pts += ts
    text = HEAD + '\n'.join(body) + '\n' + SIGN + '\n'.join(tl) + '\n</div>\n</body>\n</html>\n'
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(text)
    doc = {
        'number': '64/KH-UBND', 'symbol': 'KH-UBND', 'serial': '64', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân tỉnh Bạc Liêu', 'place': 'Bạc Liêu', 'date': '2024-03-15',
        'subject': 'Giao chỉ tiêu hồ sơ trực tuyến, thanh toán trực tuyến của các cơ quan, đơn vị, địa phương trên địa bàn tỉnh Bạc Liêu năm 2024',
        'signer': 'Lâm Thị Ngọc Hân',
        'references': ['42/2022/NĐ-CP', '766/QĐ-TTg'],
    }
    write_gold(SEED, [{'document': doc, 'targets': pts + tts}])


if __name__ == '__main__':
    main()
