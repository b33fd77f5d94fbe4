#!/usr/bin/env python3
"""s3_05: Quảng Trị Department of Information and Communications dispatch
(Công văn 58/STTTT-CĐS, 14/01/2025) as markdown with a pandoc grid table
(+---+ borders, +===+ under a header whose cells wrap over several lines).
The table gives districts x (one results column "Kết quả năm 2024" + three
2025 target columns); a few prose targets for the district and commune
levels sit in the body, next to 2024 results and the national average.

ROWS writes both the grid table and the gold; PROSE holds each paragraph next
to its targets.
"""
import os
import textwrap
from common import DOCS, T, num, write_gold, district

SEED = 's3_05_quangtri_cv_2025.md'
Y = 2025

# (header, metric or 'RESULT' for the results column)
COLS = [
    ('Kết quả năm 2024: tỷ lệ DVCTT có phát sinh HS (%)', 'RESULT'),
    ('Chỉ tiêu 2025: tỷ lệ DVCTT có phát sinh HS trực tuyến (%)', 'online_service_uptake_rate'),
    ('Chỉ tiêu 2025: tỷ lệ KQ xử lý HS TTHC được đồng bộ lên Cổng DVCQG (%)', 'national_portal_sync_rate'),
    ('Chỉ tiêu 2025: tỷ lệ cấp KQGQ TTHC điện tử (%)', 'electronic_result_rate'),
]

ROWS = [
    (1, 'TP. Đông Hà', ['68,4', '80', '100', '90']),
    (2, 'TX. Quảng Trị', ['63,1', '75', '100', '85']),
    (3, 'H. Vĩnh Linh', ['58,9', '70', '100', '80']),
    (4, 'H. Gio Linh', ['57,2', '70', '100', '80']),
    (5, 'H. Cam Lộ', ['60,5', '70', '100', '80']),
    (6, 'H. Triệu Phong', ['55,0', '70', '100', '80']),
    (7, 'H. Hải Lăng', ['56,3', '70', '100', '80']),
    (8, 'H. Hướng Hoá', ['44,7', '60', '100', '70']),
    (9, 'H. Đakrông', ['39,8', '55', '100', '65']),
    (10, 'H. Cồn Cỏ', ['—', '—', '100', '50']),
]

HUYEN = ['UBND cấp huyện', 'Cấp huyện', 'UBND các huyện, thị xã, thành phố']
XA = ['UBND cấp xã', 'Cấp xã', 'UBND các xã, phường, thị trấn']


def P(unit, metric, value, text, comparator='>='):
    return T(unit, metric, value, text, 'prose', Y, comparator=comparator)


HEAD = '''**UBND TỈNH QUẢNG TRỊ**
**SỞ THÔNG TIN VÀ TRUYỀN THÔNG**

Số: 58/STTTT-CĐS

V/v triển khai chỉ tiêu DVCTT, đồng bộ kết quả xử lý hồ sơ
trên Cổng DVCQG năm 2025

**CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*Quảng Trị, ngày 14 tháng 01 năm 2025*

Kính gửi: Uỷ ban nhân dân các huyện, thị xã, thành phố.

'''

PROSE = [
    ('Thực hiện Kế hoạch số 07/KH-UBND ngày 08/01/2025 của Uỷ ban nhân dân tỉnh về chuyển đổi số năm 2025 và Quyết định '
     'số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ, Sở Thông tin và Truyền thông thông báo chỉ tiêu năm 2025 '
     'đối với cấp huyện, cấp xã như sau:', []),
    ('Năm 2024, tỷ lệ dịch vụ công trực tuyến (DVCTT) có phát sinh hồ sơ của toàn tỉnh đạt 58,1%, tỷ lệ kết quả xử lý '
     'hồ sơ được đồng bộ lên Cổng Dịch vụ công quốc gia (DVCQG) đạt 93,7%, trong khi bình quân cả nước đạt 96,2%.', []),
    ('1. Đối với cấp huyện: tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC đạt tối thiểu 60%; '
     'không để tỷ lệ hồ sơ trễ hạn vượt quá 1%. Chỉ tiêu cụ thể của từng đơn vị như bảng dưới đây:',
     [P(HUYEN, 'online_dossier_rate', 60, 'tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC'),
      P(HUYEN, None, 1, 'tỷ lệ hồ sơ trễ hạn', comparator='<=')]),
    ('TABLE', []),
    ('2. Đối với Uỷ ban nhân dân cấp xã: tỷ lệ hồ sơ trực tuyến toàn trình (trên tổng số hồ sơ của các TTHC cung cấp '
     'DVCTT toàn trình) đạt tối thiểu 45%.',
     [P(XA, 'full_online_dossier_rate', 45, 'tỷ lệ hồ sơ trực tuyến toàn trình')]),
    ('3. Đề nghị Uỷ ban nhân dân các huyện, thị xã, thành phố báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông '
     'trước ngày 20 hằng tháng để tổng hợp, báo cáo Uỷ ban nhân dân tỉnh./.', []),
]

TAIL = '''
**Nơi nhận:**
- Như trên;
- UBND tỉnh (b/c);
- Giám đốc, các PGĐ Sở;
- Lưu: VT, CĐS.

**KT. GIÁM ĐỐC**
**PHÓ GIÁM ĐỐC**

**Hoàng Thị Mỹ Lệ**
'''

WIDTHS = [5, 16, 18, 18, 18, 16]


def grid(header, rows):
    def sep(ch):
        return '+' + '+'.join(ch * (w + 2) for w in WIDTHS) + '+'

    def render(cells):
        wrapped = [textwrap.wrap(c, w) or [''] for c, w in zip(cells, WIDTHS)]
        h = max(len(x) for x in wrapped)
        out = []
        for k in range(h):
            out.append('|' + '|'.join(' ' + (x[k] if k < len(x) else '').ljust(w) + ' '
                                      for x, w in zip(wrapped, WIDTHS)) + '|')
        return out

    lines = [sep('-')] + render(header) + [sep('=')]
    for r in rows:
        lines += render(r) + [sep('-')]
    return lines


def table_and_targets():
    header = ['STT', 'Đơn vị'] + [h for h, _ in COLS]
    rows, ts = [], []
    for stt, name, cells in ROWS:
        rows.append([str(stt), name] + cells)
        for (hdr, metric), c in zip(COLS, cells):
            if metric == 'RESULT':
                continue
            v = num(c)
            if v is None:
                continue
            ts.append(T(district(name), metric, v, hdr, 'table', Y, unit_group='UBND các huyện, thị xã, thành phố'))
    return grid(header, rows), ts


def main():
    tbl, table_ts = table_and_targets()
    parts, ts = [], []
    for text, tl in PROSE:
        if text == 'TABLE':
            parts.append('\n'.join(tbl))
            ts += table_ts
        else:
            parts.append(text)
            ts += tl
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(HEAD + '\n\n'.join(parts) + '\n' + TAIL)
    doc = {
        'number': '58/STTTT-CĐS', 'symbol': 'STTTT-CĐS', 'serial': '58', 'type': 'cong_van',
        'issuer': ['Sở Thông tin và Truyền thông tỉnh Quảng Trị', 'Sở Thông tin và Truyền thông'],
        'place': 'Quảng Trị', 'date': '2025-01-14',
        'subject': 'Triển khai chỉ tiêu DVCTT, đồng bộ kết quả xử lý hồ sơ trên Cổng DVCQG năm 2025',
        'signer': 'Hoàng Thị Mỹ Lệ',
        'references': ['07/KH-UBND', '766/QĐ-TTg'],
    }
    write_gold(SEED, [{'document': doc, 'targets': ts}])


if __name__ == '__main__':
    main()
