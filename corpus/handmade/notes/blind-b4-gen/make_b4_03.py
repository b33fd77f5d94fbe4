#!/usr/bin/env python3
"""b4_03: Tây Ninh plan signed 27/12/2024 for 2025 and 2026, Word-to-text with
tabs. Appendix table: units as rows (A sở, ban, ngành / B huyện, thị xã, thành
phố), a two-line header: indicator group cells over 'Năm 2025 | Năm 2026'
sub-columns (the first group also has an 'Ước TH năm 2024' sub-column, which
is results), 'Ghi chú'. A page break inside section B: blank line, page number,
blank line, and the two header lines printed again. Text and gold come from
the lists below."""
from common import T, cell, local, write_doc, write_gold

SEED = 'b4_03_tayninh_kh_2025_2026.txt'
PROV = [None, 'Toàn tỉnh', 'Tỉnh Tây Ninh']

# indicator groups: (header, metric, [(sub-header, year or None for results)])
GROUPS = [
    ('Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ TTHC (%)', 'online_dossier_rate',
     [('Ước TH năm 2024', None), ('Năm 2025', 2025), ('Năm 2026', 2026)]),
    ('Tỷ lệ hồ sơ trực tuyến toàn trình (%)', 'full_online_dossier_rate',
     [('Năm 2025', 2025), ('Năm 2026', 2026)]),
    ('Tỷ lệ hồ sơ thanh toán trực tuyến (%)', 'online_payment_rate',
     [('Năm 2025', 2025), ('Năm 2026', 2026)]),
]
SUBS = [(g, m, sh, y) for g, m, subs in GROUPS for sh, y in subs]


def dept(name):
    return [name, name + ' tỉnh Tây Ninh']


GA = 'Các sở, ban, ngành tỉnh'
GB = 'UBND các huyện, thị xã, thành phố'
# ('S', code, title); ('PB',); (stt, printed name, spellings, cells[7], ghi chú)
ROWS = [
    ('S', 'A', GA),
    (1, 'Sở Tư pháp', dept('Sở Tư pháp'), ['52,4', '70', '80', '50', '60', '60', '70'], ''),
    (2, 'Sở Công Thương', dept('Sở Công Thương'), ['61,8', '75', '85', '55', '65', '60', '70'], ''),
    (3, 'Sở Xây dựng', dept('Sở Xây dựng'), ['48,0', '65', '75', '45', '55', '50', '60'], ''),
    (4, 'Sở Giao thông vận tải', dept('Sở Giao thông vận tải'), ['71,2', '80', '90', '60', '70', '65', '75'], ''),
    (5, 'Sở Tài nguyên và Môi trường', dept('Sở Tài nguyên và Môi trường'), ['35,6', '55', '65', '40', '50', '50', '60'],
     'Lĩnh vực đất đai thực hiện theo lộ trình liên thông'),
    (6, 'Sở Kế hoạch và Đầu tư', dept('Sở Kế hoạch và Đầu tư'), ['88,9', '90', '95', '70', '80', '70', '80'], ''),
    (7, 'Sở Lao động - Thương binh và Xã hội', dept('Sở Lao động - Thương binh và Xã hội'),
     ['44,1', '60', '70', '45', '55', '', ''], 'Không phát sinh TTHC có thu phí, lệ phí'),
    (8, 'Sở Y tế', dept('Sở Y tế'), ['57,3', '70', '80', '50', '60', '55', '65'], ''),
    (9, 'Sở Giáo dục và Đào tạo', dept('Sở Giáo dục và Đào tạo'), ['62,5', '75', '85', '55', '65', '55', '65'], ''),
    (10, 'Ban Quản lý Khu kinh tế tỉnh', dept('Ban Quản lý Khu kinh tế tỉnh'), ['90,2', '95', '95', '80', '—', '70', '80'],
     'Năm 2026 rà soát, giao bổ sung'),
    ('S', 'B', GB),
    (1, 'Thành phố Tây Ninh', local('Thành phố Tây Ninh'), ['46,3', '60', '70', '40', '50', '50', '60'], ''),
    (2, 'Thị xã Hòa Thành', local('Thị xã Hòa Thành'), ['42,7', '60', '70', '40', '50', '45', '55'], ''),
    (3, 'Thị xã Trảng Bàng', local('Thị xã Trảng Bàng'), ['40,5', '55', '65', '35', '45', '45', '55'], ''),
    (4, 'Huyện Tân Biên', local('Huyện Tân Biên'), ['33,8', '50', '60', '30', '40', '40', '50'], ''),
    (5, 'Huyện Tân Châu', local('Huyện Tân Châu'), ['31,2', '50', '60', '30', '40', '40', '50'], ''),
    ('PB',),
    (6, 'Huyện Dương Minh Châu', local('Huyện Dương Minh Châu'), ['36,4', '50', '60', '30', '40', '40', '50'], ''),
    (7, 'Huyện Châu Thành', local('Huyện Châu Thành'), ['29,9', '45', '55', '25', '35', '35', '45'], ''),
    (8, 'Huyện Bến Cầu', local('Huyện Bến Cầu'), ['27,5', '45', '55', '25', '35', '35', '45'], ''),
    (9, 'Huyện Gò Dầu', local('Huyện Gò Dầu'), ['38,1', '55', '65', '35', '45', '45', '55'], ''),
]

HEAD = '''ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH TÂY NINH\tĐộc lập - Tự do - Hạnh phúc
Số: 4318/KH-UBND\tTây Ninh, ngày 27 tháng 12 năm 2024

KẾ HOẠCH
Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, hồ sơ trực tuyến toàn trình và thanh toán trực tuyến
năm 2025 và năm 2026 trên địa bàn tỉnh Tây Ninh

Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng;
Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;
Căn cứ Nghị quyết số 09-NQ/TU ngày 15/7/2021 của Tỉnh ủy Tây Ninh về chuyển đổi số tỉnh Tây Ninh đến năm 2025, định hướng đến năm 2030;
Ủy ban nhân dân tỉnh ban hành Kế hoạch giao chỉ tiêu năm 2025 và năm 2026 như sau:

I. KẾT QUẢ THỰC HIỆN NĂM 2024
Ước đến hết năm 2024, tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ thủ tục hành chính của toàn tỉnh đạt 46,3%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 28,7%; tỷ lệ hồ sơ thanh toán trực tuyến đạt 39,5%.

II. MỤC TIÊU
'''

PROSE = [
    ('Phấn đấu tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ thủ tục hành chính của toàn tỉnh đạt tối thiểu 65% năm 2025 và tối thiểu 75% năm 2026.',
     [T(PROV, 'online_dossier_rate', 65, 'tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ thủ tục hành chính', 'prose', 2025),
      T(PROV, 'online_dossier_rate', 75, 'tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ thủ tục hành chính', 'prose', 2026)]),
]

MID = '''
III. GIAO CHỈ TIÊU
Giao chỉ tiêu cho các sở, ban, ngành tỉnh và Ủy ban nhân dân các huyện, thị xã, thành phố (chi tiết tại Phụ lục kèm theo). Cột "Ước TH năm 2024" để các đơn vị đối chiếu, không phải chỉ tiêu giao.

IV. TỔ CHỨC THỰC HIỆN
1. Sở Thông tin và Truyền thông theo dõi, tổng hợp kết quả thực hiện, báo cáo UBND tỉnh trước ngày 15/12 hằng năm.
2. Các sở, ban, ngành tỉnh, UBND các huyện, thị xã, thành phố xây dựng kế hoạch thực hiện chỉ tiêu được giao, gửi Sở Thông tin và Truyền thông trước ngày 31/01/2025.

Nơi nhận:\tTM. ỦY BAN NHÂN DÂN
- Bộ TT&TT;\tKT. CHỦ TỊCH
- TT Tỉnh ủy, TT HĐND tỉnh;\tPHÓ CHỦ TỊCH
- CT, các PCT UBND tỉnh;
- Các sở, ban, ngành tỉnh;
- UBND các huyện, thị xã, thành phố;
- Lưu: VT, VP.\tTrần Văn Chiến


PHỤ LỤC
CHỈ TIÊU TỶ LỆ HỒ SƠ TRỰC TUYẾN, HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH VÀ THANH TOÁN TRỰC TUYẾN NĂM 2025, NĂM 2026
(Kèm theo Kế hoạch số 4318/KH-UBND ngày 27/12/2024 của UBND tỉnh Tây Ninh)

'''


def header_lines():
    l1 = ['STT', 'Đơn vị']
    for g, _, subs in GROUPS:
        l1 += [g] + [''] * (len(subs) - 1)
    l1.append('Ghi chú')
    l2 = ['', ''] + [sh for _, _, sh, _ in SUBS] + ['']
    return ['\t'.join(l1), '\t'.join(l2)]


def table_and_targets():
    lines = header_lines()
    ts, group = [], None
    width = 2 + len(SUBS) + 1
    for r in ROWS:
        if r[0] == 'S':
            group = r[2]
            lines.append(f'{r[1]}\t{r[2]}' + '\t' * (width - 2))
            continue
        if r[0] == 'PB':
            lines += ['', '2', ''] + header_lines()
            continue
        stt, name, units, cells, note = r
        assert len(cells) == len(SUBS)
        lines.append('\t'.join([str(stt), name] + cells + [note]))
        for (g, metric, sh, year), c in zip(SUBS, cells):
            if year is None:
                continue   # 'Ước TH năm 2024' is a result, never a target
            p = cell(c)
            if p is None:
                continue
            ts.append(T(units, metric, p[0], g, 'table', year, comparator=p[1], unit_group=group, note=note or None))
    return lines, ts


def main():
    lines, table_ts = table_and_targets()
    text = HEAD + '\n'.join(p for p, _ in PROSE) + '\n' + MID + '\n'.join(lines) + '\n'
    write_doc(SEED, text)
    doc = {
        'number': '4318/KH-UBND', 'symbol': 'KH-UBND', 'serial': '4318', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân tỉnh Tây Ninh', 'place': 'Tây Ninh', 'date': '2024-12-27',
        'subject': 'Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, hồ sơ trực tuyến toàn trình và thanh toán trực tuyến năm 2025 và năm 2026 trên địa bàn tỉnh Tây Ninh',
        'signer': 'Trần Văn Chiến',
        'references': ['42/2022/NĐ-CP', '766/QĐ-TTg', '09-NQ/TU'],
    }
    prose_ts = [t for _, ts in PROSE for t in ts]
    write_gold(SEED, [{'document': doc, 'targets': prose_ts + table_ts}])


if __name__ == '__main__':
    main()
