#!/usr/bin/env python3
"""b4_05: Quảng Ninh decision of 26/12/2025 setting 2026 targets for the sở, ban,
ngành (Phụ lục I) and the phường, xã, đặc khu (Phụ lục II) after the 2025
reorganisation. DOCX dump as in seed 004: every table cell is its own
tab-indented line, a blank line ends a row, a line holding only a tab is an
empty cell, and one cell's second line comes without its tab. The two
appendices put the indicators in DIFFERENT COLUMN ORDERS; Phụ lục II's header
row is printed again after a page break. Phụ lục II's caption cites 4172
instead of 4127 (appendix_reference_mismatch). Text and gold from the lists below."""
from common import T, cell, local, write_doc, write_gold

SEED = 'b4_05_quangninh_qd_2026.txt'
Y = 2026
PROV = [None, 'Toàn tỉnh', 'Tỉnh Quảng Ninh']

FOD = ('Tỷ lệ hồ sơ trực tuyến toàn trình (%)', 'full_online_dossier_rate')
PAY = ('Tỷ lệ thanh toán trực tuyến (%)', 'online_payment_rate')
DIG = ('Tỷ lệ số hóa hồ sơ TTHC (%)', 'dossier_digitization_rate')
ONT = ('Tỷ lệ hồ sơ giải quyết đúng hạn (%)', 'on_time_resolution_rate')
CERT = ('Tỷ lệ chứng thực bản sao điện tử từ bản chính (%)', 'e_certified_copy_rate')

COLS_I = [FOD, PAY, DIG, ONT]          # Phụ lục I order
COLS_II = [DIG, ONT, FOD, PAY, CERT]    # Phụ lục II order (different)


def dept(name):
    return [name, name + ' tỉnh Quảng Ninh']


GI = 'Sở, ban, ngành tỉnh'
# Phụ lục I rows: (stt, name lines, spellings, cells, ghi chú lines)
ROWS_I = [
    ('S', 'I', GI),
    (1, ['Sở Nội vụ'], dept('Sở Nội vụ'), ['80', '70', '100', '99'], []),
    (2, ['Sở Tài chính'], dept('Sở Tài chính'), ['85', '80', '100', '99'], []),
    (3, ['Sở Nông nghiệp và Môi trường'], dept('Sở Nông nghiệp và Môi trường'), ['60', '65', '95', '98'], ['Lĩnh vực đất đai tính theo', 'lộ trình liên thông']),
    (4, ['Sở Khoa học và Công nghệ'], dept('Sở Khoa học và Công nghệ'), ['90', '80', '100', '99'], []),
    (5, ['Sở Xây dựng'], dept('Sở Xây dựng'), ['75', '70', '100', '99'], []),
    (6, ['Sở Công Thương'], dept('Sở Công Thương'), ['85', '75', '100', '99'], []),
    (7, ['Sở Y tế'], dept('Sở Y tế'), ['70', '65', '100', '99'], []),
    (8, ['Sở Giáo dục và Đào tạo'], dept('Sở Giáo dục và Đào tạo'), ['75', '', '100', '99'], ['Không phát sinh TTHC có thu phí,', 'lệ phí']),
    (9, ['Sở Văn hóa, Thể thao và Du lịch'], dept('Sở Văn hóa, Thể thao và Du lịch'), ['80', '70', '100', '99'], []),
    (10, ['Sở Tư pháp'], dept('Sở Tư pháp'), ['80', '75', '100', '99'], []),
    (11, ['Sở Dân tộc và Tôn giáo'], dept('Sở Dân tộc và Tôn giáo'), ['70', '—', '100', '99'], []),
    (12, ['Ban Quản lý Khu kinh tế', 'Quảng Ninh'], ['Ban Quản lý Khu kinh tế Quảng Ninh', 'Ban Quản lý Khu kinh tế tỉnh Quảng Ninh'],
     ['90', '85', '100', '99,5'], []),
]

ROWS_II = [
    ('S', 'I', 'Các phường'),
    (1, ['Phường Hạ Long'], local('Phường Hạ Long'), ['100', '98', '70', '65', '60'], []),
    (2, ['Phường Bãi Cháy'], local('Phường Bãi Cháy'), ['100', '98', '70', '65', '60'], []),
    (3, ['Phường Hồng Gai'], local('Phường Hồng Gai'), ['100', '98', '70', '65', '60'], []),
    (4, ['Phường Cẩm Phả'], local('Phường Cẩm Phả'), ['100', '98', '65', '60', '55'], []),
    (5, ['Phường Uông Bí'], local('Phường Uông Bí'), ['100', '98', '65', '60', '55'], []),
    (6, ['Phường Đông Triều'], local('Phường Đông Triều'), ['95', '97', '60', '55', '50'], []),
    (7, ['Phường Quảng Yên'], local('Phường Quảng Yên'), ['95', '97', '60', '55', '50'], []),
    (8, ['Phường Móng Cái 1'], local('Phường Móng Cái 1'), ['95', '97', '60', '55', '50'], []),
    ('PB',),
    ('S', 'II', 'Các xã'),
    (1, ['Xã Tiên Yên'], local('Xã Tiên Yên'), ['90', '97', '50', '45', '40'], []),
    (2, ['Xã Đầm Hà'], local('Xã Đầm Hà'), ['90', '97', '50', '45', '40'], []),
    (3, ['Xã Bình Liêu'], local('Xã Bình Liêu'), ['85', '95', '45', '40', '35'], ['Xã biên giới']),
    (4, ['Xã Ba Chẽ'], local('Xã Ba Chẽ'), ['85', '95', '45', '40', ''], []),
    ('S', 'III', 'Các đặc khu'),
    (1, ['Đặc khu Vân Đồn'], local('Đặc khu Vân Đồn'), ['95', '97', '60', '55', '50'], []),
    (2, ['Đặc khu Cô Tô'], local('Đặc khu Cô Tô'), ['85', '95', '40', 'x', '30'], ['Hạ tầng thanh toán', 'chưa bảo đảm']),
]

HEAD = '''\tỦY BAN NHÂN DÂN
TỈNH QUẢNG NINH
\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

\tSố: 4127/QĐ-UBND
\tQuảng Ninh, ngày 26 tháng 12 năm 2025


QUYẾT ĐỊNH
Về việc giao chỉ tiêu về dịch vụ công trực tuyến, thanh toán trực tuyến,
số hóa hồ sơ và giải quyết thủ tục hành chính năm 2026

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;
Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp;
Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 312/TTr-SKHCN ngày 15 tháng 12 năm 2025.

QUYẾT ĐỊNH:

Điều 1. Giao chỉ tiêu về dịch vụ công trực tuyến, thanh toán trực tuyến, số hóa hồ sơ và giải quyết thủ tục hành chính năm 2026 cho các sở, ban, ngành tỉnh (Phụ lục I) và Ủy ban nhân dân các phường, xã, đặc khu (Phụ lục II).
'''

PROSE = [
    ('Năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của toàn tỉnh ước đạt 48,6%, tỷ lệ thanh toán trực tuyến đạt 52,3%. Phấn đấu năm 2026 toàn tỉnh đạt: tỷ lệ hồ sơ trực tuyến toàn trình tối thiểu 65%; tỷ lệ thanh toán trực tuyến tối thiểu 60%; 100% hồ sơ thủ tục hành chính được số hóa khi tiếp nhận.',
     [T(PROV, 'full_online_dossier_rate', 65, 'tỷ lệ hồ sơ trực tuyến toàn trình', 'prose', Y),
      T(PROV, 'online_payment_rate', 60, 'tỷ lệ thanh toán trực tuyến', 'prose', Y),
      T(PROV, 'dossier_digitization_rate', 100, 'hồ sơ thủ tục hành chính được số hóa khi tiếp nhận', 'prose', Y)]),
]

MID = '''Điều 2. Tổ chức thực hiện
1. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các phường, xã, đặc khu chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả thực hiện chỉ tiêu được giao.
2. Sở Khoa học và Công nghệ chủ trì theo dõi, hằng quý tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 25 của tháng cuối quý.
3. Trung tâm Phục vụ hành chính công tỉnh hướng dẫn nghiệp vụ số hóa tại Bộ phận Một cửa các cấp.
Điều 3. Quyết định này có hiệu lực từ ngày 01 tháng 01 năm 2026.
Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các phường, xã, đặc khu và các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.

\tNơi nhận:
- Như Điều 3;
- Bộ Khoa học và Công nghệ;
- CT, các PCT UBND tỉnh;
- Lưu: VT, KSTT.
\tKT. CHỦ TỊCH
PHÓ CHỦ TỊCH



Vũ Thị Thanh Hương



 Phụ lục I
CHỈ TIÊU NĂM 2026 GIAO CHO CÁC SỞ, BAN, NGÀNH TỈNH
(Kèm theo Quyết định số 4127/QĐ-UBND ngày 26 tháng 12 năm 2025 của Chủ tịch UBND tỉnh Quảng Ninh)
'''

MID2 = '''



Phụ lục II
CHỈ TIÊU NĂM 2026 GIAO CHO ỦY BAN NHÂN DÂN CÁC PHƯỜNG, XÃ, ĐẶC KHU
(Kèm theo Quyết định số 4172/QĐ-UBND ngày 26 tháng 12 năm 2025 của Chủ tịch UBND tỉnh Quảng Ninh)
'''


def row_lines(cells):
    """one cell a line; a cell given as a list of lines: second and later lines
    come without the tab (as in seed 004)."""
    out = []
    for c in cells:
        if isinstance(c, list):
            out.append('\t' + c[0])
            out += c[1:]
        else:
            out.append('\t' + c)
    return out + ['']


def table(cols, name_hdr, rows, repeat_header_at_break):
    hdr = row_lines(['STT', name_hdr] + [h for h, _ in cols] + ['Ghi chú'])
    lines = list(hdr)
    ts, group = [], None
    for r in rows:
        if r[0] == 'S':
            group = r[2]
            lines += row_lines([r[1], r[2]] + [''] * (len(cols) + 1))
            continue
        if r[0] == 'PB':
            lines += ['', ''] + (hdr if repeat_header_at_break else [])
            continue
        stt, names, spell, cells, notes = r
        assert len(cells) == len(cols)
        name_cell = names if len(names) > 1 else names[0]
        note_cell = notes if len(notes) > 1 else (notes[0] if notes else '')
        lines += row_lines([str(stt), name_cell] + cells + [note_cell])
        note = ' '.join(notes) or None
        for (h, metric), c in zip(cols, cells):
            p = cell(c)
            if p is None:
                continue
            ts.append(T(spell, metric, p[0], h, 'table', Y, comparator=p[1], unit_group=group, note=note))
    return lines, ts


def main():
    l1, t1 = table(COLS_I, 'Tên cơ quan, đơn vị', ROWS_I, False)
    l2, t2 = table(COLS_II, 'Tên đơn vị hành chính', ROWS_II, True)
    text = HEAD + '\n'.join(p for p, _ in PROSE) + '\n' + MID + '\n'.join(l1) + MID2 + '\n'.join(l2) + '\n'
    write_doc(SEED, text)
    doc = {
        'number': '4127/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '4127', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Quảng Ninh', 'place': 'Quảng Ninh', 'date': '2025-12-26',
        'subject': 'Về việc giao chỉ tiêu về dịch vụ công trực tuyến, thanh toán trực tuyến, số hóa hồ sơ và giải quyết thủ tục hành chính năm 2026',
        'signer': 'Vũ Thị Thanh Hương',
        'references': ['118/2025/NĐ-CP', '766/QĐ-TTg', '312/TTr-SKHCN'],
        'expected_warnings': ['Phụ lục II cites 4172/QĐ-UBND while the decision is 4127/QĐ-UBND'],
    }
    prose_ts = [t for _, ts in PROSE for t in ts]
    write_gold(SEED, [{'document': doc, 'targets': prose_ts + t1 + t2}])


if __name__ == '__main__':
    main()
