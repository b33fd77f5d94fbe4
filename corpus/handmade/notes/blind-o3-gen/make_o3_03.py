#!/usr/bin/env python3
"""o3_03: Ninh Thuận decision (Quyết định 238/QĐ-UBND, 10/4/2025) as an HTML
fragment pasted into a CMS: no <html>/<head>/<body>, Word-style markup
(class="MsoNormal", <span lang="VI">, &nbsp;), a layout table for the header.

The appendix table is transposed: a row per indicator, a column per unit.
- header: STT / Chỉ tiêu / Toàn tỉnh are rowspan=2; "Ủy ban nhân dân các
  huyện, thành phố" spans the 7 district columns (colspan=7), whose second
  header row names them ("TP. Phan Rang - Tháp Chàm", "Ninh Hải", …);
- the "Toàn tỉnh" column is a province-wide target (unit null);
- values "≥ 80%" (literal or &ge;&nbsp;), "100%", "Tối thiểu 50%", "≤ 2%";
  blank and "—" cells are no target;
- section rows "A. CHỈ TIÊU GIAO NĂM 2025" and "B. KẾT QUẢ THỰC HIỆN NĂM
  2024 (để tham khảo)" span the table; the two B rows are 2024 results, NOT
  targets.
Điều 1 item 2 adds two prose targets for "Các sở, ban, ngành tỉnh".
"""
import os
from common import DOCS, T, num, write_gold

SEED = 'o3_03_ninhthuan_qd_2025.html'
Y = 2025
PROV = [None, 'Toàn tỉnh', 'Tỉnh Ninh Thuận']


def H(short, level='huyện'):
    full = level + ' ' + short
    return ['UBND ' + full, full[0].upper() + full[1:], short]


UNITS = [  # (header text, spellings); first is the Toàn tỉnh column
    ('Toàn tỉnh', PROV),
    ('TP. Phan Rang - Tháp Chàm', H('Phan Rang - Tháp Chàm', 'thành phố') + ['TP. Phan Rang - Tháp Chàm']),
    ('Ninh Hải', H('Ninh Hải')),
    ('Ninh Phước', H('Ninh Phước')),
    ('Ninh Sơn', H('Ninh Sơn')),
    ('Bác Ái', H('Bác Ái')),
    ('Thuận Bắc', H('Thuận Bắc')),
    ('Thuận Nam', H('Thuận Nam')),
]
GROUP = 'UBND các huyện, thành phố'

# ('S', text) | (stt, indicator text, metric, comparator, [8 cells], use &ge; entity) | ('R', text, [8 cells]) past
ROWS = [
    ('S', 'A. CHỈ TIÊU GIAO NĂM 2025'),
    (1, 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC', 'online_dossier_rate', '>=',
     ['≥ 80%', '≥ 85%', '≥ 80%', '≥ 80%', '≥ 75%', 'Tối thiểu 50%', 'Tối thiểu 55%', '≥ 75%'], False),
    (2, 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'full_online_dossier_rate', '>=',
     ['≥ 50%', '≥ 60%', '≥ 52%', '≥ 52%', '≥ 45%', 'Tối thiểu 30%', 'Tối thiểu 35%', '≥ 45%'], True),
    (3, 'Tỷ lệ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí', 'online_payment_rate', '>=',
     ['≥ 60%', '≥ 65%', '≥ 62%', '≥ 62%', '≥ 58%', 'Tối thiểu 40%', 'Tối thiểu 42%', '≥ 56%'], True),
    (4, 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết và cấp kết quả giải quyết TTHC điện tử',
     'dossier_result_digitization_rate', '>=',
     ['100%', '100%', '100%', '100%', '100%', '≥ 90%', '100%', '100%'], False),
    (5, 'Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn', 'on_time_resolution_rate', '>=',
     ['≥ 98%', '≥ 99%', '≥ 98%', '≥ 98%', '≥ 98%', '≥ 97%', '≥ 97%', '≥ 98%'], False),
    (6, 'Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính', 'e_certified_copy_rate', '>=',
     ['', '≥ 50%', '≥ 40%', '≥ 40%', '≥ 35%', '—', '—', '≥ 30%'], True),
    (7, 'Tỷ lệ hồ sơ giải quyết quá hạn', None, '<=',
     ['≤ 2%', '≤ 1%', '≤ 2%', '≤ 2%', '≤ 2%', '≤ 3%', '≤ 3%', '≤ 2%'], False),
    ('S', 'B. KẾT QUẢ THỰC HIỆN NĂM 2024 (để tham khảo)'),
    ('R', 'Tỷ lệ hồ sơ trực tuyến năm 2024',
     ['62,4%', '71,8%', '64,0%', '63,3%', '58,9%', '31,2%', '36,5%', '57,7%']),
    ('R', 'Tỷ lệ thanh toán trực tuyến năm 2024',
     ['44,6%', '52,1%', '47,9%', '45,0%', '41,3%', '22,8%', '26,4%', '40,7%']),
]

D1 = 'Các sở, ban, ngành tỉnh'
PROSE_LINE = ('2. Đối với các sở, ban, ngành tỉnh: tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết '
              'thủ tục hành chính đạt tối thiểu 90%; tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 70%.')
PROSE = [
    T([D1, 'Sở, ban, ngành tỉnh'], 'online_dossier_rate', 90,
      'tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính', 'prose', Y),
    T([D1, 'Sở, ban, ngành tỉnh'], 'full_online_dossier_rate', 70, 'tỷ lệ hồ sơ trực tuyến toàn trình', 'prose', Y),
]


def table_targets():
    ts = []
    for r in ROWS:
        if r[0] in ('S', 'R'):
            continue
        stt, text, metric, comp, cells, _ = r
        for (hdr, units), c in zip(UNITS, cells):
            v = num(c)
            if v is None:
                continue
            ts.append(T(units, metric, v, text, 'table', Y, comparator=comp,
                        unit_group=None if hdr == 'Toàn tỉnh' else GROUP))
    return ts


def cell_html(c, ent):
    if ent:
        c = c.replace('≥ ', '&ge;&nbsp;')
    return f'<td style="text-align:center"><span lang="VI">{c}</span></td>' if c else '<td>&nbsp;</td>'


def table_html():
    n = 2 + len(UNITS)
    L = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">',
         '<tbody>',
         '<tr>',
         '<td rowspan="2" style="text-align:center"><b>STT</b></td>',
         '<td rowspan="2" style="text-align:center"><b>Chỉ tiêu</b></td>',
         '<td rowspan="2" style="text-align:center"><b>Toàn tỉnh</b></td>',
         f'<td colspan="{len(UNITS) - 1}" style="text-align:center"><b>Ủy ban nhân dân các huyện, thành phố</b></td>',
         '</tr>',
         '<tr>']
    for hdr, _ in UNITS[1:]:
        L.append(f'<td style="text-align:center"><b>{hdr}</b></td>')
    L.append('</tr>')
    for r in ROWS:
        if r[0] == 'S':
            L.append(f'<tr><td colspan="{n}"><b>{r[1]}</b></td></tr>')
        elif r[0] == 'R':
            L.append('<tr><td>&nbsp;</td><td><i>' + r[1] + '</i></td>' +
                     ''.join(f'<td style="text-align:center"><i>{c}</i></td>' for c in r[2]) + '</tr>')
        else:
            stt, text, _, _, cells, ent = r
            L.append(f'<tr><td style="text-align:center">{stt}</td><td><span lang="VI">{text}</span></td>' +
                     ''.join(cell_html(c, ent) for c in cells) + '</tr>')
    L += ['</tbody>', '</table>']
    return '\n'.join(L)


def P(text, style='text-align:justify', b=False, i=False):
    if b:
        text = f'<b>{text}</b>'
    if i:
        text = f'<i>{text}</i>'
    return f'<p class="MsoNormal" style="{style}"><span lang="VI" style="font-size:13.0pt">{text}</span></p>'


def fragment():
    C = 'text-align:center'
    L = [
        '<table border="0" cellspacing="0" cellpadding="0" style="width:100%">',
        '<tr>',
        '<td style="width:38%;text-align:center;vertical-align:top"><b><span lang="VI">ỦY BAN NHÂN DÂN<br>TỈNH NINH THUẬN</span></b><br>--------<br><span lang="VI">Số:&nbsp;238/QĐ-UBND</span></td>',
        '<td style="text-align:center;vertical-align:top"><b><span lang="VI">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</span></b><br>---------------<br><i><span lang="VI">Ninh Thuận, ngày&nbsp;10&nbsp;tháng&nbsp;4&nbsp;năm&nbsp;2025</span></i></td>',
        '</tr>',
        '</table>',
        P('&nbsp;'),
        P('QUYẾT ĐỊNH', C, b=True),
        P('Giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2025 trên địa bàn tỉnh Ninh Thuận', C, b=True),
        P('__________', C),
        P('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH THUẬN', C, b=True),
        P('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;', i=True),
        P('Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;', i=True),
        P('Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp;', i=True),
        P('Căn cứ Kế hoạch số 41/KH-UBND ngày 20 tháng 01 năm 2025 của Ủy ban nhân dân tỉnh về chuyển đổi số năm 2025;', i=True),
        P('Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 52/TTr-SKHCN ngày 02 tháng 4 năm 2025.', i=True),
        P('QUYẾT ĐỊNH:', C, b=True),
        P('<b>Điều 1.</b> Giao chỉ tiêu năm 2025 như sau:'),
        P('1. Đối với Ủy ban nhân dân các huyện, thành phố và toàn tỉnh: chi tiết tại Phụ lục kèm theo Quyết định này.'),
        P(PROSE_LINE),
        P('<b>Điều 2.</b> Tổ chức thực hiện'),
        P('1. Năm 2024, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 62,4%, tỷ lệ thanh toán trực tuyến đạt 44,6%; huyện Bác Ái và huyện Thuận Bắc còn thấp (31,2% và 36,5%). Ủy ban nhân dân các huyện, thành phố giao chỉ tiêu cụ thể cho từng xã, phường, thị trấn trước ngày 30/4/2025.'),
        P('2. Sở Khoa học và Công nghệ chủ trì theo dõi, đánh giá; định kỳ hằng quý báo cáo Chủ tịch Ủy ban nhân dân tỉnh.'),
        P('<b>Điều 3.</b> Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.'),
        '<table border="0" cellspacing="0" cellpadding="0" style="width:100%">',
        '<tr>',
        '<td style="width:50%;vertical-align:top"><b><i><span lang="VI">Nơi nhận:</span></i></b><br><span lang="VI" style="font-size:11.0pt">- Như Điều 3;<br>- Bộ Khoa học và Công nghệ;<br>- TT. Tỉnh ủy, TT. HĐND tỉnh;<br>- Chủ tịch, các PCT UBND tỉnh;<br>- Lưu: VT, KSTT.</span></td>',
        '<td style="text-align:center;vertical-align:top"><b><span lang="VI">KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</span></b><br><br><br><br><b><span lang="VI">Trịnh Minh Hoàng</span></b></td>',
        '</tr>',
        '</table>',
        P('&nbsp;'),
        P('PHỤ LỤC', C, b=True),
        P('CHỈ TIÊU CUNG CẤP, SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN NĂM 2025', C, b=True),
        P('(Kèm theo Quyết định số 238/QĐ-UBND ngày 10/4/2025 của Chủ tịch Ủy ban nhân dân tỉnh Ninh Thuận)', C, i=True),
        table_html(),
        P('&nbsp;'),
    ]
    return '\n'.join(L) + '\n'


def main():
    os.makedirs(DOCS, exist_ok=True)
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(fragment())
    doc = {
        'number': '238/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '238', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Ninh Thuận', 'place': 'Ninh Thuận', 'date': '2025-04-10',
        'subject': 'Giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2025 trên địa bàn tỉnh Ninh Thuận',
        'signer': 'Trịnh Minh Hoàng',
        'references': ['61/2018/NĐ-CP', '766/QĐ-TTg', '41/KH-UBND', '52/TTr-SKHCN'],
    }
    write_gold(SEED, [{'document': doc, 'targets': PROSE + table_targets()}])


if __name__ == '__main__':
    main()
