#!/usr/bin/env python3
"""l3_03: Tuyên Quang (merged with Hà Giang) — dispatch 1046/SKHCN-CĐS,
06/10/2025, of Sở Khoa học và Công nghệ (which absorbed Thông tin và Truyền
thông) to "UBND các xã, phường", assigning quarter-IV-2025 targets in a
tab-separated table with a remarks column and blank cells.
The TSV lines and the gold are written from the same ROWS list.
"""
import os
from common import DOCS, T, num, write_gold

SEED = 'l3_03_tuyenquang_cv_2025.txt'
Y = 2025
ADDR = [None, 'UBND các xã, phường', 'Các xã, phường']

COLS = [
    ('Tỷ lệ DVCTT có phát sinh hồ sơ (%)', 'online_service_uptake_rate'),
    ('Tỷ lệ hồ sơ trực tuyến toàn trình (%)', 'full_online_dossier_rate'),
    ('Tỷ lệ TTHC có phát sinh giao dịch thanh toán trực tuyến (%)', 'online_payment_procedure_rate'),
]

# (name, [3 cells], ghi chú)
ROWS = [
    ('Phường Minh Xuân', ['60', '55', '70'], ''),
    ('Phường Nông Tiến', ['55', '50', '65'], ''),
    ('Phường An Tường', ['55', '50', '65'], ''),
    ('Phường Mỹ Lâm', ['50', '45', '60'], ''),
    ('Phường Hà Giang 1', ['60', '55', '70'], 'Quý III đạt 58,2%'),
    ('Phường Hà Giang 2', ['55', '50', '65'], ''),
    ('Xã Na Hang', ['40', '35', '45'], ''),
    ('Xã Lâm Bình', ['35', '30', ''], 'Chưa có TTHC thu phí phát sinh trực tuyến'),
    ('Xã Chiêm Hóa', ['40', '37,5', '45'], ''),
    ('Xã Sơn Dương', ['45', '40', '50'], ''),
    ('Xã Đồng Văn', ['30', '25', 'không giao'], 'Xã biên giới; hạ tầng viễn thông hạn chế'),
    ('Xã Mèo Vạc', ['30', '25', '35'], 'Xã biên giới'),
    ('Xã Lũng Cú', ['', '20', ''], 'Chưa đủ điều kiện giao chỉ tiêu DVCTT, thanh toán'),
    ('Xã Hoàng Su Phì', ['32,5', '25', '35'], ''),
]


def spell(name):
    return ['UBND ' + name[0].lower() + name[1:], name]


HEAD = '''UBND TỈNH TUYÊN QUANG	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ KHOA HỌC VÀ CÔNG NGHỆ	Độc lập - Tự do - Hạnh phúc

Số: 1046/SKHCN-CĐS	Tuyên Quang, ngày 06 tháng 10 năm 2025
V/v giao chỉ tiêu dịch vụ công trực tuyến,
thanh toán trực tuyến quý IV năm 2025

Kính gửi: Ủy ban nhân dân các xã, phường.

Thực hiện Quyết định số 1585/QĐ-UBND ngày 22/9/2025 của Ủy ban nhân dân tỉnh về việc ban hành Kế hoạch chuyển đổi số năm 2025 trên địa bàn tỉnh Tuyên Quang; sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp, Sở Khoa học và Công nghệ giao chỉ tiêu quý IV năm 2025 cho Ủy ban nhân dân các xã, phường như sau:

1. Kết quả quý III năm 2025: tỷ lệ DVCTT có phát sinh hồ sơ bình quân của cấp xã đạt 31,6 %; tỷ lệ hồ sơ trực tuyến toàn trình đạt 24,8%; 09/124 xã, phường có TTHC phát sinh giao dịch thanh toán trực tuyến.

2. Phấn đấu đến ngày 31/12/2025, tỷ lệ hồ sơ trực tuyến toàn trình bình quân của các xã, phường không thấp hơn 45 %. Chỉ tiêu của từng xã, phường như sau (các xã, phường không có tên trong bảng thực hiện theo mức bình quân):

'''

TAIL = '''
3. Ủy ban nhân dân các xã, phường chỉ đạo Bộ phận Một cửa hướng dẫn người dân nộp hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia; báo cáo kết quả trước ngày 05/01/2026 về Sở Khoa học và Công nghệ (qua Phòng Chuyển đổi số).

Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị liên hệ Phòng Chuyển đổi số, Sở Khoa học và Công nghệ (điện thoại: 0207.3822.546) để được hướng dẫn./.

Nơi nhận:	KT. GIÁM ĐỐC
- Như trên;	PHÓ GIÁM ĐỐC
- UBND tỉnh (b/c);
- Giám đốc Sở (b/c);
- Trung tâm Phục vụ HCC tỉnh;
- Lưu: VT, CĐS.	(Đã ký)

	Nông Thị Hải Yến
'''


def main():
    lines, targets = [], []
    lines.append('\t'.join(['STT', 'Tên xã, phường'] + [c[0] for c in COLS] + ['Ghi chú']))
    for i, (name, cells, note) in enumerate(ROWS, 1):
        lines.append('\t'.join([str(i), name] + cells + [note]))
        for ci, c in enumerate(cells):
            v = num(c)
            if v is not None:
                targets.append(T(spell(name), COLS[ci][1], v, COLS[ci][0], 'table', Y, note=note or None))
    prose = [T(ADDR, 'full_online_dossier_rate', 45, 'tỷ lệ hồ sơ trực tuyến toàn trình bình quân của các xã, phường',
               'prose', Y, note='không thấp hơn 45 % (mức bình quân)')]
    text = HEAD + '\n'.join(lines) + '\n' + TAIL
    os.makedirs(DOCS, exist_ok=True)
    open(os.path.join(DOCS, SEED), 'w', encoding='utf-8').write(text)
    doc = {
        'number': '1046/SKHCN-CĐS', 'symbol': 'SKHCN-CĐS', 'serial': '1046', 'type': 'cong_van',
        'issuer': ['Sở Khoa học và Công nghệ tỉnh Tuyên Quang', 'Sở Khoa học và Công nghệ'],
        'place': 'Tuyên Quang', 'date': '2025-10-06',
        'subject': 'Giao chỉ tiêu dịch vụ công trực tuyến, thanh toán trực tuyến quý IV năm 2025',
        'signer': 'Nông Thị Hải Yến',
        'references': ['1585/QĐ-UBND'],
    }
    write_gold(SEED, [{'document': doc, 'targets': prose + targets}])


if __name__ == '__main__':
    main()
