#!/usr/bin/env python3
"""l3_05: Đồng Nai (merged with Bình Phước) plan 15/KH-UBND, 15/01/2026, as
pandoc converted it from Word to markdown: bold header paragraphs, "1\\."
escapes, "-   " lists, and a pipe table whose value cells carry comparators
and units: "≥ 80%", "100 %", "tối thiểu 70%", "95", "72,5 %", one "—" and
one empty cell. The pipe table and the gold are written from ROWS.
"""
import os
from common import DOCS, T, num, write_gold

SEED = 'l3_05_dongnai_kh_2026.md'
Y = 2026
PROV = [None, 'Toàn tỉnh', 'Tỉnh Đồng Nai']

COLS = [
    ('Tỷ lệ hồ sơ TTHC được xử lý trực tuyến', 'online_processing_rate'),
    ('Tỷ lệ hồ sơ thanh toán trực tuyến', 'online_payment_rate'),
    ('Tỷ lệ số hóa thành phần hồ sơ (%)', 'dossier_digitization_rate'),
]

GA = 'Các sở, ban, ngành tỉnh'
GB = 'Ủy ban nhân dân cấp xã'


def so(n):
    return [n, n + ' tỉnh Đồng Nai']


# ('S', roman, title) | (printed name, spellings, [3 cells], ghi chú)
ROWS = [
    ('S', 'I', GA),
    ('Sở Nông nghiệp và Môi trường', so('Sở Nông nghiệp và Môi trường'), ['≥ 80%', 'tối thiểu 70%', '95'],
     'Lĩnh vực đất đai thực hiện tại Chi nhánh Văn phòng đăng ký đất đai'),
    ('Sở Xây dựng', so('Sở Xây dựng'), ['100 %', '≥ 80%', '95'], ''),
    ('Sở Khoa học và Công nghệ', so('Sở Khoa học và Công nghệ'), ['100 %', '—', '100 %'], 'Không phát sinh TTHC có thu phí, lệ phí'),
    ('Sở Dân tộc và Tôn giáo', so('Sở Dân tộc và Tôn giáo'), ['≥ 80%', '', '90'], ''),
    ('Sở Tư pháp', so('Sở Tư pháp'), ['≥ 90%', 'tối thiểu 70%', '95'], ''),
    ('Sở Y tế', so('Sở Y tế'), ['≥ 85%', 'tối thiểu 75%', '90'], ''),
    ('Trung tâm Phục vụ hành chính công tỉnh',
     ['Trung tâm Phục vụ hành chính công tỉnh', 'Trung tâm Phục vụ hành chính công tỉnh Đồng Nai', 'Trung tâm Phục vụ HCC tỉnh'],
     ['100 %', '≥ 80%', '100 %'], 'Tiếp nhận tại trụ sở chính và các chi nhánh'),
    ('S', 'II', GB),
    ('UBND các phường', ['UBND các phường', 'Các phường'], ['≥ 75%', 'tối thiểu 65%', '90'], ''),
    ('UBND các xã', ['UBND các xã', 'Các xã'], ['≥ 60%', 'tối thiểu 50%', '85'], ''),
    ('UBND phường Trấn Biên', ['UBND phường Trấn Biên', 'Phường Trấn Biên'], ['≥ 85%', 'tối thiểu 72,5 %', '95'], 'Phường trung tâm hành chính tỉnh'),
    ('UBND phường Đồng Xoài', ['UBND phường Đồng Xoài', 'Phường Đồng Xoài'], ['≥ 80%', 'tối thiểu 70%', '95'], ''),
]

TOP = r'''**ỦY BAN NHÂN DÂN**

**TỈNH ĐỒNG NAI**

Số: 15/KH-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**

**Độc lập - Tự do - Hạnh phúc**

*Đồng Nai, ngày 15 tháng 01 năm 2026*

**KẾ HOẠCH**

**Cải cách thủ tục hành chính, nâng cao tỷ lệ sử dụng dịch vụ công trực
tuyến trên địa bàn tỉnh Đồng Nai năm 2026**

Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ; Quyết
định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ; Nghị quyết số
57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Ủy ban nhân dân tỉnh ban hành
Kế hoạch như sau:

**I. MỤC ĐÍCH, YÊU CẦU**

1\. Nâng cao chất lượng phục vụ người dân, doanh nghiệp sau khi tổ chức
chính quyền địa phương hai cấp; bảo đảm việc tiếp nhận, giải quyết TTHC
thông suốt tại Trung tâm Phục vụ hành chính công tỉnh, các chi nhánh và
Bộ phận Một cửa cấp xã.

2\. Năm 2025, tỷ lệ hồ sơ TTHC được xử lý trực tuyến toàn tỉnh đạt 71,3
%; tỷ lệ thanh toán trực tuyến đạt 49,6%. Năm 2026 phải cải thiện rõ rệt.

**II. CHỈ TIÊU**

1\. Phấn đấu đến hết năm 2026, 100% thủ tục hành chính đủ điều kiện trên
địa bàn tỉnh được cung cấp dưới hình thức dịch vụ công trực tuyến toàn
trình.

2\. Chỉ tiêu giao cho từng cơ quan, đơn vị:

'''

BOTTOM = r'''
*Ghi chú: ô "—" là không giao chỉ tiêu; ô để trống là cơ quan chưa đề
xuất, sẽ giao bổ sung.*

**III. TỔ CHỨC THỰC HIỆN**

-   Sở Khoa học và Công nghệ theo dõi, đôn đốc; tổng hợp kết quả trước
    ngày 10 hằng tháng.

-   Văn phòng Ủy ban nhân dân tỉnh kiểm tra việc thực hiện tại Bộ phận
    Một cửa các xã, phường.

-   Thủ trưởng các sở, ban, ngành và Chủ tịch Ủy ban nhân dân các xã,
    phường chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về kết
    quả thực hiện chỉ tiêu được giao./.

  -----------------------------------------------------------------------
  ***Nơi nhận:***                                **TM. ỦY BAN NHÂN DÂN**
  \- Văn phòng Chính phủ;                        **KT. CHỦ TỊCH**
  \- TT Tỉnh ủy, TT HĐND tỉnh;                   **PHÓ CHỦ TỊCH**
  \- Các sở, ban, ngành tỉnh;
  \- UBND các xã, phường;
  \- Lưu: VT, KSTT.                              **Lê Hoàng Phúc**
  -----------------------------------------------------------------------
'''


def main():
    targets = [T(PROV, 'full_online_service_rate', 100,
                 'thủ tục hành chính đủ điều kiện … được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình',
                 'prose', Y)]
    hdr = ['STT', 'Cơ quan, đơn vị'] + [c[0] for c in COLS] + ['Ghi chú']
    lines = ['| ' + ' | '.join(f'**{h}**' for h in hdr) + ' |',
             '|' + '|'.join(['-----'] * len(hdr)) + '|']
    group, stt = None, 0
    for r in ROWS:
        if r[0] == 'S':
            group = r[2]
            lines.append(f'| **{r[1]}** | **{r[2]}** |  |  |  |  |')
            continue
        name, spells, cells, note = r
        stt += 1
        lines.append('| ' + ' | '.join([str(stt), name] + cells + [note]) + ' |')
        for ci, c in enumerate(cells):
            v = num(c)
            if v is not None:
                targets.append(T(spells, COLS[ci][1], v, COLS[ci][0], 'table', Y, unit_group=group,
                                 note=note or None))
    text = TOP + '\n'.join(lines) + '\n' + BOTTOM
    os.makedirs(DOCS, exist_ok=True)
    open(os.path.join(DOCS, SEED), 'w', encoding='utf-8').write(text)
    doc = {
        'number': '15/KH-UBND', 'symbol': 'KH-UBND', 'serial': '15', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân tỉnh Đồng Nai', 'place': 'Đồng Nai', 'date': '2026-01-15',
        'subject': 'Cải cách thủ tục hành chính, nâng cao tỷ lệ sử dụng dịch vụ công trực tuyến trên địa bàn tỉnh Đồng Nai năm 2026',
        'signer': 'Lê Hoàng Phúc',
        'references': ['118/2025/NĐ-CP', '766/QĐ-TTg', '57-NQ/TW'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets}])


if __name__ == '__main__':
    main()
