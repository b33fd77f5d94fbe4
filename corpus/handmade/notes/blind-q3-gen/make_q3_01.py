#!/usr/bin/env python3
"""q3_01: An Giang (merged with Kiên Giang) decision 3125/QĐ-UBND, 29/12/2025,
assigning 2026 targets to 25 wards, communes and special zones after the
two-level local government reform, as a Word-to-text conversion (tab-separated
cells, tab-joined header block).

The appendix table has a two-row header (STT, Tên đơn vị, Ghi chú spanning both
rows; "Chỉ tiêu giao năm 2026 (%)" over four indicator headers), section rows
"I. CÁC PHƯỜNG", "II. CÁC XÃ", "III. ĐẶC KHU" (a merged row: all text in the first
cell, then six empty cells), a header that
carries its own default "(tối thiểu 50%)", a blank cell and a "—" cell, and
decimal commas. Text and gold are written from ROWS / PROSE below.
"""
import os
from common import DOCS, T, num, write_gold

SEED = 'q3_01_angiang_qd_2026.txt'
Y = 2026
PROV = [None, 'Toàn tỉnh', 'Tỉnh An Giang']

COLS = [
    ('online_dossier_rate', 'Tỷ lệ hồ sơ trực tuyến (trên tổng số hồ sơ tiếp nhận, giải quyết TTHC)'),
    ('full_online_dossier_rate', 'Tỷ lệ hồ sơ trực tuyến toàn trình'),
    ('online_payment_rate', 'Tỷ lệ thanh toán trực tuyến (tối thiểu 50%)'),
    ('result_digitization_rate', 'Tỷ lệ số hóa kết quả giải quyết TTHC'),
]

# ('S', code, title, group) or (kind word, name, [4 cells], note)
ROWS = [
    ('S', 'I', 'CÁC PHƯỜNG', 'Các phường'),
    ('Phường', 'Long Xuyên', ['85', '65', '70', '100'], ''),
    ('Phường', 'Bình Đức', ['80', '60', '65', '100'], ''),
    ('Phường', 'Mỹ Thới', ['80', '60', '65', '100'], ''),
    ('Phường', 'Châu Đốc', ['85', '65', '70', '100'], ''),
    ('Phường', 'Vĩnh Tế', ['75', '55', '60', '95'], ''),
    ('Phường', 'Rạch Giá', ['85', '67,5', '70', '100'], ''),
    ('Phường', 'Vĩnh Thông', ['80', '60', '65', '100'], ''),
    ('Phường', 'Hà Tiên', ['80', '62,5', '65', '100'], ''),
    ('Phường', 'Tô Châu', ['75', '55', '60', '95'], ''),
    ('S', 'II', 'CÁC XÃ', 'Các xã'),
    ('Xã', 'Mỹ Hòa Hưng', ['70', '50', '55', '95'], ''),
    ('Xã', 'Óc Eo', ['65', '45', '50', '90'], ''),
    ('Xã', 'Vĩnh Hậu', ['65', '45', '50', '90'], ''),
    ('Xã', 'Tri Tôn', ['60', '40', '50', '90'], 'Xã có đông đồng bào dân tộc Khmer'),
    ('Xã', 'Ba Chúc', ['60', '40', '50', '90'], 'Xã có đông đồng bào dân tộc Khmer'),
    ('Xã', 'Hòn Đất', ['70', '50', '55', '95'], ''),
    ('Xã', 'Sơn Kiên', ['65', '45', '50', '90'], ''),
    ('Xã', 'U Minh Thượng', ['62,5', '42,5', '50', '90'], ''),
    ('Xã', 'Giồng Riềng', ['70', '50', '55', '95'], ''),
    ('Xã', 'Tân Hiệp', ['70', '50', '55', '95'], ''),
    ('Xã', 'An Biên', ['65', '45', '50', '90'], ''),
    ('Xã', 'Kiên Lương', ['70', '50', '55', '95'], ''),
    ('Xã', 'Hòa Điền', ['60', '—', '50', '90'], 'Chưa giao chỉ tiêu toàn trình do chưa đủ hạ tầng'),
    ('S', 'III', 'ĐẶC KHU', 'Đặc khu'),
    ('Đặc khu', 'Phú Quốc', ['85', '65', '72,5', '100'], ''),
    ('Đặc khu', 'Kiên Hải', ['60', '40', '50', '90'], ''),
    ('Đặc khu', 'Thổ Châu', ['55', '35', '', '85'], 'Chưa có điểm giao dịch ngân hàng, chưa giao chỉ tiêu thanh toán trực tuyến'),
]


def P(metric, value, text, unit=PROV):
    return T(unit, metric, value, text, 'prose', Y)


HEAD = '''ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH AN GIANG\tĐộc lập - Tự do - Hạnh phúc
Số: 3125/QĐ-UBND\tAn Giang, ngày 29 tháng 12 năm 2025

QUYẾT ĐỊNH
Về việc giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến và số hóa
kết quả giải quyết thủ tục hành chính năm 2026 cho Ủy ban nhân dân
các xã, phường, đặc khu trên địa bàn tỉnh An Giang

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh;
Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;
Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;
Căn cứ Kế hoạch số 389/KH-UBND ngày 10 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh về chuyển đổi số tỉnh An Giang năm 2026;
Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 412/TTr-SKHCN ngày 19 tháng 12 năm 2025.

QUYẾT ĐỊNH:
'''

# (line, [targets])
BODY = [
    ('Điều 1. Giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến và số hóa kết quả giải quyết thủ tục hành chính năm 2026 cho Ủy ban nhân dân 09 phường, 13 xã và 03 đặc khu trên địa bàn tỉnh (chi tiết tại Phụ lục kèm theo).', []),
    ('Năm 2025 (số liệu đến ngày 15/12/2025), tỷ lệ hồ sơ trực tuyến của cấp xã toàn tỉnh đạt 61,4%; tỷ lệ thanh toán trực tuyến đạt 43,8%; tỷ lệ số hóa kết quả giải quyết thủ tục hành chính đạt 82,6%.', []),
    ('Trên cơ sở chỉ tiêu giao cho từng đơn vị, toàn tỉnh phấn đấu năm 2026 tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%, tỷ lệ thanh toán trực tuyến đạt tối thiểu 65%.', [
        P('online_dossier_rate', 80, 'tỷ lệ hồ sơ trực tuyến'),
        P('online_payment_rate', 65, 'tỷ lệ thanh toán trực tuyến'),
    ]),
    ('Điều 2. Tổ chức thực hiện', []),
    ('1. Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả thực hiện chỉ tiêu được giao; hằng tháng (trước ngày 25) báo cáo kết quả về Sở Khoa học và Công nghệ.', []),
    ('2. Sở Khoa học và Công nghệ theo dõi, đôn đốc; định kỳ hằng quý tổng hợp, công khai kết quả xếp hạng các xã, phường, đặc khu trên Cổng Thông tin điện tử tỉnh.', []),
    ('3. Trung tâm Phục vụ hành chính công tỉnh hướng dẫn nghiệp vụ tiếp nhận, số hóa hồ sơ; Sở Tài chính phối hợp các ngân hàng thương mại mở rộng điểm thanh toán tại các đặc khu.', []),
    ('Điều 3. Quyết định này có hiệu lực kể từ ngày ký.', []),
    ('Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Khoa học và Công nghệ, Thủ trưởng các sở, ngành tỉnh, Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.', []),
]

SIGN = '''
Nơi nhận:\tKT. CHỦ TỊCH
- Như Điều 3;\tPHÓ CHỦ TỊCH
- Bộ Khoa học và Công nghệ;\t
- TT Tỉnh ủy, TT HĐND tỉnh;\t
- CT, các PCT UBND tỉnh;\t
- Các sở, ngành tỉnh;\t
- UBND các xã, phường, đặc khu;\t
- Lưu: VT, KGVX.\tLâm Quốc Thịnh
'''

APPX_HEAD = '''
Phụ lục
CHỈ TIÊU CUNG CẤP, SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN NĂM 2026
CỦA ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG, ĐẶC KHU
(Kèm theo Quyết định số 3125/QĐ-UBND ngày 29 tháng 12 năm 2025
của Chủ tịch Ủy ban nhân dân tỉnh An Giang)
'''


def table():
    lines = ['STT\tTên đơn vị\tChỉ tiêu giao năm 2026 (%)\t\t\t\tGhi chú',
             '\t\t' + '\t'.join(c[1] for c in COLS) + '\t']
    targets = []
    group = None
    stt = 0
    for r in ROWS:
        if r[0] == 'S':
            lines.append(f'{r[1]}. {r[2]}\t\t\t\t\t\t')
            group = r[3]
            continue
        kind, name, cells, note = r
        stt += 1
        printed = f'{kind} {name}'
        lines.append(f'{stt}\t{printed}\t' + '\t'.join(cells) + f'\t{note}')
        unit = [printed, f'UBND {kind.lower()} {name}']
        for (metric, text), c in zip(COLS, cells):
            v = num(c)
            if v is None:
                continue
            targets.append(T(unit, metric, v, text, 'table', Y, unit_group=group, note=note or None))
    return lines, targets


def main():
    out = [HEAD.rstrip('\n')]
    targets = []
    for line, ts in BODY:
        out.append(line)
        targets += ts
    out.append(SIGN.rstrip('\n'))
    out.append(APPX_HEAD.rstrip('\n'))
    tl, tt = table()
    out += tl
    targets += tt
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    doc = {
        'number': '3125/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '3125', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh An Giang', 'place': 'An Giang', 'date': '2025-12-29',
        'subject': 'Về việc giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến và số hóa kết quả giải quyết thủ tục hành chính năm 2026 cho Ủy ban nhân dân các xã, phường, đặc khu trên địa bàn tỉnh An Giang',
        'signer': 'Lâm Quốc Thịnh',
        'references': ['202/2025/QH15', '118/2025/NĐ-CP', '766/QĐ-TTg', '389/KH-UBND', '412/TTr-SKHCN'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets}])


if __name__ == '__main__':
    main()
