#!/usr/bin/env python3
"""o3_04: Bạc Liêu Department of Information and Communications dispatch
(Công văn 874/STTTT-CNTT, 20/5/2024) forwarding the provincial plan 96/KH-UBND,
as the markdown a DOCX->markdown converter writes (bold with **, escaped "1\\.",
hard line breaks, <br> inside a table cell).

The dispatch repeats the plan's 2024 targets in a pipe table (header row,
separator row, one section row "**I** | **Chỉ tiêu năm 2024 theo Kế hoạch số
96/KH-UBND**"), with a "Kết quả 4 tháng đầu năm 2024" column that is past
(NOT targets), and assigns further levels in prose to enumerated units
("UBND các huyện: Hồng Dân, Phước Long và Đông Hải …", a list mixing
thành phố / thị xã / huyện, and "Hòa Bình" here being a district of Bạc Liêu).
"""
import os
from common import DOCS, T, num, write_gold

SEED = 'o3_04_baclieu_cv_2024.md'
Y = 2024
PROV = [None, 'Toàn tỉnh', 'Tỉnh Bạc Liêu']
SBN = ['Các sở, ban, ngành tỉnh', 'Sở, ban, ngành tỉnh']
HUY = ['UBND các huyện, thị xã, thành phố', 'Các huyện, thị xã, thành phố']
XA = ['UBND các xã, phường, thị trấn', 'Các xã, phường, thị trấn']
BOTH = ['Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố']

# (stt, indicator, unit cell as printed, spellings, metric, target cell, result cell, comparator)
ROWS = [
    (1, 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC', 'Các sở, ban, ngành tỉnh', SBN,
     'online_dossier_rate', 'Tối thiểu 80%', '61,5%', '>='),
    (2, 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC', 'UBND các huyện, thị xã, thành phố', HUY,
     'online_dossier_rate', 'Tối thiểu 60%', '44,2%', '>='),
    (3, 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC', 'UBND các xã, phường, thị trấn', XA,
     'online_dossier_rate', 'Tối thiểu 40%', '27,9%', '>='),
    (4, 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'Các sở, ban, ngành tỉnh;<br>UBND các huyện, thị xã, thành phố', BOTH,
     'full_online_dossier_rate', 'Tối thiểu 35%', '21,6%', '>='),
    (5, 'Tỷ lệ thanh toán trực tuyến', 'Toàn tỉnh', PROV, 'online_payment_rate', 'Tối thiểu 45%', '30,4%', '>='),
    (6, 'Tỷ lệ số hóa hồ sơ TTHC', 'Toàn tỉnh', PROV, 'dossier_digitization_rate', 'Tối thiểu 80%', '58,1%', '>='),
    (7, 'Tỷ lệ số hóa kết quả giải quyết TTHC', 'Toàn tỉnh', PROV, 'result_digitization_rate', '100%', '87,3%', '>='),
    (8, 'Tỷ lệ cấp kết quả giải quyết TTHC điện tử', 'Toàn tỉnh', PROV, 'electronic_result_rate', '100%', '79,6%', '>='),
    (9, 'Tỷ lệ hồ sơ giải quyết đúng hạn', 'Toàn tỉnh', PROV, 'on_time_resolution_rate', '≥ 98%', '98,7%', '>='),
    (10, 'Tỷ lệ hồ sơ TTHC được xử lý trực tuyến', 'Toàn tỉnh', PROV, 'online_processing_rate', '100%', '92,0%', '>='),
    (11, 'Số lượng hồ sơ TTHC tiếp nhận', 'Toàn tỉnh', PROV, None, '—', '186.420 hồ sơ', '>='),
]


def H(name, level='huyện'):
    return ['UBND ' + level + ' ' + name, level[0].upper() + level[1:] + ' ' + name]


DIG = 'tỷ lệ số hóa hồ sơ thủ tục hành chính'
PROSE = [
    ('3\\. Đối với các địa phương có tỷ lệ số hóa hồ sơ còn thấp (4 tháng đầu năm 2024: huyện Hồng Dân đạt 18,2%, '
     'huyện Phước Long đạt 21,7%, huyện Đông Hải đạt 24,5%):', []),
    ('\\- UBND các huyện: Hồng Dân, Phước Long và Đông Hải phấn đấu đạt ' + DIG + ' 85% trở lên trong năm 2024;',
     [T(H(n), 'dossier_digitization_rate', 85, DIG, 'prose', Y) for n in ('Hồng Dân', 'Phước Long', 'Đông Hải')]),
    ('\\- UBND thành phố Bạc Liêu, thị xã Giá Rai và các huyện Vĩnh Lợi, Hòa Bình phấn đấu đạt ' + DIG + ' 90% trở lên.',
     [T(H('Bạc Liêu', 'thành phố'), 'dossier_digitization_rate', 90, DIG, 'prose', Y),
      T(H('Giá Rai', 'thị xã'), 'dossier_digitization_rate', 90, DIG, 'prose', Y),
      T(H('Vĩnh Lợi'), 'dossier_digitization_rate', 90, DIG, 'prose', Y),
      T(H('Hòa Bình'), 'dossier_digitization_rate', 90, DIG, 'prose', Y)]),
    ('4\\. Riêng Sở Tài nguyên và Môi trường, Sở Giao thông vận tải phấn đấu đạt tỷ lệ hồ sơ trực tuyến toàn trình '
     'tối thiểu 50% (4 tháng đầu năm 2024 mới đạt lần lượt 12,4% và 19,8%).',
     [T(['Sở Tài nguyên và Môi trường', 'Sở Tài nguyên và Môi trường tỉnh Bạc Liêu'], 'full_online_dossier_rate', 50,
        'tỷ lệ hồ sơ trực tuyến toàn trình', 'prose', Y),
      T(['Sở Giao thông vận tải', 'Sở Giao thông vận tải tỉnh Bạc Liêu'], 'full_online_dossier_rate', 50,
        'tỷ lệ hồ sơ trực tuyến toàn trình', 'prose', Y)]),
]


def table_md():
    L = ['| STT | Chỉ tiêu | Đơn vị thực hiện | Chỉ tiêu năm 2024 | Kết quả 4 tháng đầu năm 2024 |',
         '|:---:|---|---|:---:|:---:|',
         '| **I** | **Chỉ tiêu năm 2024 theo Kế hoạch số 96/KH-UBND** |  |  |  |']
    for stt, ind, ucell, _, _, tgt, res, _ in ROWS:
        L.append(f'| {stt} | {ind} | {ucell} | {tgt} | {res} |')
    return L


def table_targets():
    ts = []
    for stt, ind, ucell, units, metric, tgt, res, comp in ROWS:
        v = num(tgt)
        if v is None:
            continue
        ts.append(T(units, metric, v, ind, 'table', Y, comparator=comp,
                    unit_group='Chỉ tiêu năm 2024 theo Kế hoạch số 96/KH-UBND'))
    return ts


def text():
    L = [
        '**UBND TỈNH BẠC LIÊU**  ',
        '**SỞ THÔNG TIN VÀ TRUYỀN THÔNG**',
        '',
        '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  ',
        '**Độc lập - Tự do - Hạnh phúc**',
        '',
        'Số: 874/STTTT-CNTT  ',
        'V/v triển khai thực hiện Kế hoạch số 96/KH-UBND ngày 08/5/2024 của UBND tỉnh',
        '',
        '*Bạc Liêu, ngày 20 tháng 5 năm 2024*',
        '',
        'Kính gửi:',
        '',
        '- Các sở, ban, ngành tỉnh;',
        '- Ủy ban nhân dân các huyện, thị xã, thành phố.',
        '',
        'Ngày 08/5/2024, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 96/KH-UBND về nâng cao tỷ lệ sử dụng dịch vụ công trực tuyến, '
        'số hóa hồ sơ, kết quả giải quyết thủ tục hành chính trên địa bàn tỉnh Bạc Liêu năm 2024. Để triển khai thực hiện, '
        'Sở Thông tin và Truyền thông đề nghị các cơ quan, đơn vị, địa phương thực hiện một số nội dung sau:',
        '',
        '1\\. Kết quả 4 tháng đầu năm 2024: toàn tỉnh tiếp nhận 186.420 hồ sơ, tỷ lệ hồ sơ trực tuyến đạt 48,3%, '
        'tỷ lệ thanh toán trực tuyến đạt 30,4%, tỷ lệ số hóa hồ sơ đạt 58,1%; chỉ tiêu thanh toán trực tuyến năm 2023 '
        '(tối thiểu 30%) đến nay mới đạt ở cấp tỉnh.',
        '',
        '2\\. Các chỉ tiêu năm 2024 theo Kế hoạch số 96/KH-UBND cần tập trung thực hiện:',
        '',
    ]
    L += table_md()
    L.append('')
    for line, _ in PROSE:
        L += [line, '']
    L += [
        '5\\. Các cơ quan, đơn vị, địa phương báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông trước ngày 25 hằng tháng; '
        'thời gian xử lý phản ánh về lỗi hệ thống không quá 05 ngày làm việc.',
        '',
        'Sở Thông tin và Truyền thông đề nghị các cơ quan, đơn vị, địa phương quan tâm phối hợp thực hiện./.',
        '',
        '***Nơi nhận:***  ',
        '\\- Như trên;  ',
        '\\- UBND tỉnh (b/c);  ',
        '\\- Giám đốc, các PGĐ Sở;  ',
        '\\- Lưu: VT, CNTT.',
        '',
        '**KT. GIÁM ĐỐC**  ',
        '**PHÓ GIÁM ĐỐC**',
        '',
        '**Lâm Thị Ngọc Hân**',
        '',
    ]
    return '\n'.join(L)


def main():
    os.makedirs(DOCS, exist_ok=True)
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(text())
    doc = {
        'number': '874/STTTT-CNTT', 'symbol': 'STTTT-CNTT', 'serial': '874', 'type': 'cong_van',
        'issuer': ['Sở Thông tin và Truyền thông tỉnh Bạc Liêu', 'Sở Thông tin và Truyền thông'],
        'place': 'Bạc Liêu', 'date': '2024-05-20',
        'subject': 'Triển khai thực hiện Kế hoạch số 96/KH-UBND ngày 08/5/2024 của UBND tỉnh',
        'signer': 'Lâm Thị Ngọc Hân',
        'references': ['96/KH-UBND'],
    }
    write_gold(SEED, [{'document': doc, 'targets': table_targets() + [t for _, ts in PROSE for t in ts]}])


if __name__ == '__main__':
    main()
