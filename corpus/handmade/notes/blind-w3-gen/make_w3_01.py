#!/usr/bin/env python3
"""w3_01: Quảng Ngãi decision 214/QĐ-UBND (18/02/2025) as pandoc markdown made
from a .docx: the issuer/motto block and the signature block are headerless
pandoc GRID tables (the Word layout tables), bold/italic markup, hard line
breaks as a trailing backslash, and the appendix is a grid table with a
two-row header: STT, Tên đơn vị, a results column "Kết quả thực hiện năm 2024"
and Ghi chú span both header rows; the group cell "Chỉ tiêu giao năm 2025"
spans three indicator columns. Unit names and headers wrap over several lines
inside their cells; section rows I / II span all columns after STT.

Traps: the 2024 results column (not targets), a Ghi chú that quotes "đã đạt
100%" (no extra target), a "-" cell and a blank cell (no target), "97,5".
"""
from common import T, H, write_gold, write_doc, num, grid_rule, grid_row, wrap

SEED = 'w3_01_quangngai_qd_2025.md'
Y = 2025
PROV = [None, 'Toàn tỉnh', 'Tỉnh Quảng Ngãi']

W = [6, 22, 12, 14, 14, 14, 16]
KQ_HDR = 'Kết quả thực hiện năm 2024 (tỷ lệ hồ sơ trực tuyến toàn trình, %)'
GROUP_HDR = 'Chỉ tiêu giao năm 2025'
COLS = [
    ('Tỷ lệ hồ sơ trực tuyến toàn trình (%)', 'full_online_dossier_rate'),
    ('Tỷ lệ thanh toán trực tuyến (%)', 'online_payment_rate'),
    ('Tỷ lệ số hóa kết quả giải quyết TTHC (%)', 'result_digitization_rate'),
]
GA = 'Sở, ban, ngành tỉnh'
GB = 'UBND các huyện, thị xã, thành phố'
BQL = ['Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi',
       'Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp',
       'Ban Quản lý Khu kinh tế Dung Quất và các KCN Quảng Ngãi']

# ('S', code, title) section row; (stt, printed name, accepted spellings, result 2024, [3 cells], ghi chú)
ROWS = [
    ('S', 'I', GA),
    (1, 'Sở Tư pháp', ['Sở Tư pháp'], '52,4', ['65', '55', '100'], 'Số hóa kết quả năm 2024 đã đạt 100%'),
    (2, 'Sở Kế hoạch và Đầu tư', ['Sở Kế hoạch và Đầu tư'], '61,8', ['70', '60', '100'], ''),
    (3, 'Sở Tài nguyên và Môi trường', ['Sở Tài nguyên và Môi trường'], '18,2', ['35', '40', '97,5'],
     'Bao gồm Văn phòng Đăng ký đất đai'),
    (4, 'Sở Lao động - Thương binh và Xã hội',
     ['Sở Lao động - Thương binh và Xã hội', 'Sở Lao động, Thương binh và Xã hội'],
     '44,0', ['60', '-', '100'], 'TTHC không thu phí, lệ phí'),
    (5, 'Sở Giao thông vận tải', ['Sở Giao thông vận tải'], '57,3', ['70', '65', '100'], ''),
    (6, 'Sở Công Thương', ['Sở Công Thương'], '63,9', ['75', '65', '100'], ''),
    (7, 'Sở Y tế', ['Sở Y tế'], '40,5', ['55', '50', '97,5'], ''),
    (8, BQL[0], BQL, '49,1', ['60', '55', '100'], ''),
    ('S', 'II', GB),
    (1, 'Thành phố Quảng Ngãi', H('Thành phố Quảng Ngãi'), '38,7', ['55', '50', '100'], ''),
    (2, 'Thị xã Đức Phổ', H('Thị xã Đức Phổ'), '31,2', ['50', '45', '97,5'], ''),
    (3, 'Huyện Bình Sơn', H('Huyện Bình Sơn'), '29,8', ['50', '45', '97,5'], ''),
    (4, 'Huyện Sơn Tịnh', H('Huyện Sơn Tịnh'), '27,5', ['45', '40', '97,5'], ''),
    (5, 'Huyện Tư Nghĩa', H('Huyện Tư Nghĩa'), '30,6', ['50', '45', '97,5'], ''),
    (6, 'Huyện Mộ Đức', H('Huyện Mộ Đức'), '26,9', ['45', '40', '95'], ''),
    (7, 'Huyện Lý Sơn', H('Huyện Lý Sơn'), '12,4', ['35', '30', '95'], 'Huyện đảo'),
    (8, 'Huyện Ba Tơ', H('Huyện Ba Tơ'), '15,0', ['35', '', '95'], ''),
]


def header_lines():
    """Two-row header; STT / name / results / Ghi chú span both rows (rowspan),
    the group cell spans the three indicator columns (colspan)."""
    gw = sum(W[3:6]) + 6
    top = wrap(GROUP_HDR, gw)
    subs = [wrap(h, w) for (h, _), w in zip(COLS, W[3:6])]
    h1, h2 = len(top), max(len(s) for s in subs)
    span_txt = [wrap('STT', W[0]), wrap('Tên đơn vị', W[1]), wrap(KQ_HDR, W[2]), wrap('Ghi chú', W[6])]
    need = max(len(x) for x in span_txt)
    h2 = max(h2, need - h1 - 1)
    total = h1 + 1 + h2
    span_txt = [x + [''] * (total - len(x)) for x in span_txt]
    cell = lambda x, i, w: x[i].ljust(w)
    lines = [grid_rule(W)]
    for i in range(total):
        a = [cell(span_txt[0], i, W[0]), cell(span_txt[1], i, W[1]), cell(span_txt[2], i, W[2])]
        g = cell(span_txt[3], i, W[6])
        left = '| ' + ' | '.join(a) + ' '
        if i < h1:
            mid = '| ' + top[i].ljust(gw) + ' '
        elif i == h1:
            mid = '+' + '+'.join('-' * (w + 2) for w in W[3:6]) + '+'
            lines.append(left + mid + ' ' + g + ' |')
            continue
        else:
            j = i - h1 - 1
            mid = '| ' + ' | '.join((s[j] if j < len(s) else '').ljust(w) for s, w in zip(subs, W[3:6])) + ' '
        lines.append(left + mid + '| ' + g + ' |')
    lines.append(grid_rule(W, '='))
    return lines


def table_and_targets():
    lines, ts, group, r = header_lines(), [], None, 0
    for row in ROWS:
        if row[0] == 'S':
            group = row[2]
            lines += grid_row(W, ['**' + row[1] + '**', '**' + row[2] + '**'], [1, 6])
            lines.append(grid_rule(W))
            continue
        stt, name, units, kq, cells, note = row
        lines += grid_row(W, [str(stt), name, kq] + cells + [note])
        lines.append(grid_rule(W))
        for (hdr, metric), c in zip(COLS, cells):
            v = num(c)
            if v is not None:
                ts.append(T(units, metric, v, hdr, 'table', Y, unit_group=group, note=note or None))
    for l in lines:
        assert len(l) == len(lines[0]), l
    return lines, ts


def layout_table(rows, widths):
    out = [grid_rule(widths)]
    for cells in rows:
        out += grid_row(widths, cells)
        out.append(grid_rule(widths))
    return out


HEAD = layout_table([
    ['**ỦY BAN NHÂN DÂN**\n**TỈNH QUẢNG NGÃI**', '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**'],
    ['Số: 214/QĐ-UBND', '*Quảng Ngãi, ngày 18 tháng 02 năm 2025*'],
], [26, 44])

SIGN = layout_table([
    ['***Nơi nhận:***\n- Như Điều 3;\n- Bộ Thông tin và Truyền thông;\n- TT Tỉnh ủy, TT HĐND tỉnh;\n'
     '- CT, các PCT UBND tỉnh;\n- VPUB: CVP, PCVP, CB-TH;\n- Lưu: VT, KSTTHC.',
     '**KT. CHỦ TỊCH**\n**PHÓ CHỦ TỊCH**\n\n\n\n**Đoàn Minh Khiêm**'],
], [38, 32])

BODY_1 = '''
**QUYẾT ĐỊNH**

**Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình, thanh toán trực
tuyến và số hóa kết quả giải quyết thủ tục hành chính năm 2025**

**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI**

*Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ
chức chính quyền địa phương ngày 22 tháng 11 năm 2019;*

*Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính
phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ
tục hành chính; Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của
Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP;*

*Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng
Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng
phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch
vụ công theo thời gian thực trên môi trường điện tử;*

*Căn cứ Kế hoạch số 25/KH-UBND ngày 06 tháng 02 năm 2025 của Ủy ban nhân
dân tỉnh về chuyển đổi số tỉnh Quảng Ngãi năm 2025;*

*Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số
187/TTr-STTTT ngày 10 tháng 02 năm 2025.*

**QUYẾT ĐỊNH:**

**Điều 1.** Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình, tỷ lệ thanh
toán trực tuyến và tỷ lệ số hóa kết quả giải quyết thủ tục hành chính năm
2025 cho các sở, ban, ngành tỉnh và Ủy ban nhân dân các huyện, thị xã,
thành phố (chi tiết tại Phụ lục kèm theo).

Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của toàn tỉnh đạt 41,6%, tỷ
lệ thanh toán trực tuyến đạt 38,9%, tỷ lệ số hóa kết quả giải quyết thủ
tục hành chính đạt 86,3%.

'''

# the one prose paragraph with targets, and its targets
PROSE = ('Phấn đấu đến ngày 31/12/2025, toàn tỉnh đạt tỷ lệ hồ sơ trực tuyến\n'
         'toàn trình tối thiểu 60%, tỷ lệ thanh toán trực tuyến tối thiểu 55% và\n'
         '100% kết quả giải quyết thủ tục hành chính được số hóa.\n')
PROSE_TS = [
    T(PROV, 'full_online_dossier_rate', 60, 'tỷ lệ hồ sơ trực tuyến toàn trình', 'prose', Y),
    T(PROV, 'online_payment_rate', 55, 'tỷ lệ thanh toán trực tuyến', 'prose', Y),
    T(PROV, 'result_digitization_rate', 100, 'kết quả giải quyết thủ tục hành chính được số hóa', 'prose', Y),
]

BODY_2 = '''
**Điều 2.** Tổ chức thực hiện

1\\. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các
huyện, thị xã, thành phố chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân
tỉnh về kết quả thực hiện chỉ tiêu được giao; báo cáo kết quả định kỳ
hằng quý, trước ngày 15 của tháng cuối quý.

2\\. Sở Thông tin và Truyền thông chủ trì, phối hợp với Văn phòng Ủy ban
nhân dân tỉnh theo dõi, đôn đốc, tổng hợp kết quả thực hiện.

**Điều 3.** Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Thông tin
và Truyền thông, Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân
dân các huyện, thị xã, thành phố và các cơ quan, đơn vị có liên quan chịu
trách nhiệm thi hành Quyết định này./.

'''

APPX = '''
**PHỤ LỤC**

**CHỈ TIÊU TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH, THANH TOÁN TRỰC TUYẾN VÀ
SỐ HÓA KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2025**\\
*(Kèm theo Quyết định số 214/QĐ-UBND ngày 18 tháng 02 năm 2025 của Chủ
tịch Ủy ban nhân dân tỉnh Quảng Ngãi)*

'''


def main():
    tl, table_ts = table_and_targets()
    text = ('\n'.join(HEAD) + '\n' + BODY_1 + PROSE + BODY_2 + '\n'.join(SIGN) + '\n' + APPX
            + '\n'.join(tl) + '\n')
    write_doc(SEED, text)
    doc = {
        'number': '214/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '214', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Quảng Ngãi', 'place': 'Quảng Ngãi', 'date': '2025-02-18',
        'subject': 'Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình, thanh toán trực tuyến và số hóa kết quả giải quyết thủ tục hành chính năm 2025',
        'signer': 'Đoàn Minh Khiêm',
        'references': ['61/2018/NĐ-CP', '107/2021/NĐ-CP', '766/QĐ-TTg', '25/KH-UBND', '187/TTr-STTTT'],
    }
    write_gold(SEED, [{'document': doc, 'targets': PROSE_TS + table_ts}])


if __name__ == '__main__':
    main()
