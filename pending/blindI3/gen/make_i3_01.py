#!/usr/bin/env python3
"""i3_01: Quảng Nam, UBND huyện Duy Xuyên, Kế hoạch 38/KH-UBND (05/3/2024),
as a web copy in Markdown. The appendix is a TRANSPOSED pipe table: one row per
indicator, one column per commune (Thị trấn Nam Phước + 7 xã). Section A of the
table holds 2023 results (not targets), section B the 2024 targets. Prose in
section II sets district-wide (unit null) levels and one group target; section I
is 2023 results.
"""
import os
from common import DOCS, T, num, write_gold

SEED = 'i3_01_quangnam_duyxuyen_kh_2024.md'
Y = 2024
HUYEN = [None, 'Toàn huyện', 'Huyện Duy Xuyên']

# column header as printed -> accepted unit spellings
COLS = [
    ('Thị trấn Nam Phước', ['UBND thị trấn Nam Phước', 'Thị trấn Nam Phước']),
    ('Xã Duy Châu', ['UBND xã Duy Châu', 'Xã Duy Châu']),
    ('Xã Duy Hoà', ['UBND xã Duy Hòa', 'Xã Duy Hòa']),
    ('Xã Duy Phước', ['UBND xã Duy Phước', 'Xã Duy Phước']),
    ('Xã Duy Sơn', ['UBND xã Duy Sơn', 'Xã Duy Sơn']),
    ('Xã Duy Trinh', ['UBND xã Duy Trinh', 'Xã Duy Trinh']),
    ('Xã Duy Vinh', ['UBND xã Duy Vinh', 'Xã Duy Vinh']),
    ('Xã Duy Nghĩa', ['UBND xã Duy Nghĩa', 'Xã Duy Nghĩa']),
]

# ('S', code, title) section; (stt, label, metric or None, cells, is_target)
ROWS = [
    ('S', 'A', '**KẾT QUẢ THỰC HIỆN NĂM 2023 (để so sánh)**'),
    ('1', 'Tỷ lệ hồ sơ TTHC giải quyết trực tuyến (%)', 'online_dossier_rate',
     ['61,8', '58,2', '55,4', '52,9', '47,3', '49,6', '41,2', '38,7'], False),
    ('2', 'Tỷ lệ thanh toán trực tuyến (%)', 'online_payment_rate',
     ['36,4', '31,5', '29,8', '27,1', '22,6', '24,3', '18,9', '—'], False),
    ('S', 'B', '**CHỈ TIÊU GIAO NĂM 2024**'),
    ('1', 'Tỷ lệ hồ sơ TTHC giải quyết trực tuyến (%)', 'online_dossier_rate',
     ['75', '70', '70', '65', '60', '60', '55', '55'], True),
    ('2', 'Tỷ lệ số hoá hồ sơ (%)', 'dossier_digitization_rate',
     ['90', '85', '85', '80', '80', '80', '75', '75'], True),
    ('3', 'Tỷ lệ thanh toán trực tuyến (%)', 'online_payment_rate',
     ['60', '55', '50', '50', '45', '45', '40', '—'], True),
    ('4', 'Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính (%)', 'e_certified_copy_rate',
     ['40', '35', '35', '30', '30', '30', '—', '25'], True),
    ('5', 'Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn (%)', 'on_time_resolution_rate',
     ['98', '97,5', '97,5', '97', '97', '97', '96', '96'], True),
]

HEAD = '''**ỦY BAN NHÂN DÂN**
**HUYỆN DUY XUYÊN**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

Số: 38/KH-UBND

*Duy Xuyên, ngày 05 tháng 3 năm 2024*

# KẾ HOẠCH

## Nâng cao tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến và số hoá hồ sơ thủ tục hành chính trên địa bàn huyện Duy Xuyên năm 2024

Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;

Căn cứ Kế hoạch số 1245/KH-UBND ngày 29/02/2024 của UBND tỉnh Quảng Nam về chuyển đổi số tỉnh Quảng Nam năm 2024;

UBND huyện Duy Xuyên ban hành Kế hoạch nâng cao tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến và số hoá hồ sơ thủ tục hành chính (TTHC) trên địa bàn huyện năm 2024 như sau:

### I. KẾT QUẢ NĂM 2023

Năm 2023, toàn huyện tiếp nhận 48.215 hồ sơ TTHC; tỷ lệ hồ sơ giải quyết trực tuyến toàn huyện đạt 62,5%, tỷ lệ thanh toán trực tuyến đạt 33,7%, tỷ lệ hồ sơ được giải quyết đúng hạn đạt 96,8%. Kết quả 2 tháng đầu năm 2024, tỷ lệ số hoá hồ sơ mới đạt 44,9%, thấp so với yêu cầu của tỉnh.

### II. MỤC TIÊU

1. Phấn đấu năm 2024, toàn huyện đạt: tỷ lệ hồ sơ trên tổng số hồ sơ tiếp nhận, giải quyết TTHC được thực hiện trực tuyến tối thiểu 70 %; tỷ lệ số hoá kết quả giải quyết TTHC đạt 100%; tỷ lệ thanh toán trực tuyến không thấp hơn 50%; mức độ hài lòng của người dân, doanh nghiệp ≥ 90%.

2. Các cơ quan chuyên môn thuộc UBND huyện: tỷ lệ giải quyết hồ sơ DVCTT đạt từ 85% trở lên; tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 100%.

3. UBND các xã, thị trấn thực hiện chỉ tiêu giao tại Phụ lục kèm theo Kế hoạch này.

### III. NHIỆM VỤ, GIẢI PHÁP

1. Văn phòng HĐND và UBND huyện chủ trì hướng dẫn Bộ phận Một cửa huyện, xã rà soát quy trình nội bộ; hoàn thành trước ngày 31/3/2024.

2. Phòng Văn hoá và Thông tin đẩy mạnh tuyên truyền, duy trì hoạt động của 14 Tổ công nghệ số cộng đồng.

3. Phòng Tư pháp hướng dẫn UBND các xã, thị trấn thực hiện chứng thực bản sao điện tử từ bản chính.

### IV. TỔ CHỨC THỰC HIỆN

Thủ trưởng các cơ quan, đơn vị và Chủ tịch UBND các xã, thị trấn triển khai thực hiện; định kỳ trước ngày 20 hằng tháng báo cáo kết quả về UBND huyện (qua Văn phòng HĐND và UBND huyện)./.

**Nơi nhận:**
- UBND tỉnh (b/c);
- Sở Thông tin và Truyền thông;
- TT Huyện ủy, TT HĐND huyện;
- Các cơ quan chuyên môn thuộc UBND huyện;
- UBND các xã, thị trấn;
- Lưu: VT.

**TM. ỦY BAN NHÂN DÂN**
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

*(Đã ký)*

**Huỳnh Văn Tấn**

---

### PHỤ LỤC

**CHỈ TIÊU GIAO CHO UBND CÁC XÃ, THỊ TRẤN NĂM 2024**

*(Kèm theo Kế hoạch số 38/KH-UBND ngày 05/3/2024 của UBND huyện Duy Xuyên)*

'''

PROSE = [
    T(HUYEN, 'online_dossier_rate', 70, 'tỷ lệ hồ sơ trên tổng số hồ sơ tiếp nhận, giải quyết TTHC được thực hiện trực tuyến', 'prose', Y),
    T(HUYEN, 'result_digitization_rate', 100, 'tỷ lệ số hoá kết quả giải quyết TTHC', 'prose', Y),
    T(HUYEN, 'online_payment_rate', 50, 'tỷ lệ thanh toán trực tuyến', 'prose', Y),
    T(HUYEN, 'satisfaction_rate', 90, 'mức độ hài lòng của người dân, doanh nghiệp', 'prose', Y),
    T(['Các cơ quan chuyên môn thuộc UBND huyện'], 'online_dossier_rate', 85, 'tỷ lệ giải quyết hồ sơ DVCTT', 'prose', Y),
    T(['Các cơ quan chuyên môn thuộc UBND huyện'], 'electronic_result_rate', 100, 'tỷ lệ cấp kết quả giải quyết TTHC điện tử', 'prose', Y),
]


def table():
    lines = ['| STT | Chỉ tiêu | ' + ' | '.join(c for c, _ in COLS) + ' |',
             '|---|---|' + '---|' * len(COLS)]
    ts = []
    for r in ROWS:
        if r[0] == 'S':
            lines.append(f'| **{r[1]}** | {r[2]} |' + ' |' * len(COLS))
            continue
        stt, label, metric, cells, is_target = r
        lines.append(f'| {stt} | {label} | ' + ' | '.join(cells) + ' |')
        if not is_target:
            continue
        for (hdr, units), c in zip(COLS, cells):
            v = num(c)
            if v is None:
                continue
            ts.append(T(units, metric, v, label, 'table', Y))
    return lines, ts


def main():
    lines, ts = table()
    text = HEAD + '\n'.join(lines) + '\n\n*Ghi chú: dấu "—" là chỉ tiêu không giao cho đơn vị.*\n'
    open(os.path.join(DOCS, SEED), 'w', encoding='utf-8').write(text)
    doc = {
        'number': '38/KH-UBND', 'symbol': 'KH-UBND', 'serial': '38', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân huyện Duy Xuyên', 'place': 'Duy Xuyên', 'date': '2024-03-05',
        'subject': 'Nâng cao tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến và số hoá hồ sơ thủ tục hành chính trên địa bàn huyện Duy Xuyên năm 2024',
        'signer': 'Huỳnh Văn Tấn',
        'references': ['766/QĐ-TTg', '1245/KH-UBND'],
    }
    write_gold(SEED, [{'document': doc, 'targets': PROSE + ts}])


if __name__ == '__main__':
    main()
