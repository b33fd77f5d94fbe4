#!/usr/bin/env python3
"""m3_03: a decision of UBND tỉnh Thái Nguyên (98/QĐ-UBND, 16/01/2024) as the
markdown an LLM / PDF-to-markdown converter gives: "#"/"##" headings for the
letterhead lines, bold, escaped characters (\\-, \\*, 1\\.), province-wide
targets in Điều 1 as bullet items (per year), and the appendix as a GFM pipe
table whose two header rows were merged into one: a column per indicator per
year ("Tỷ lệ hồ sơ trực tuyến (%) – Năm 2024 | … – Năm 2025").
"""
import os
from common import DOCS, T, num, write_gold

SEED = 'm3_03_thainguyen_qd_2024_2025.md'
PROV = [None, 'Toàn tỉnh', 'Tỉnh Thái Nguyên']

COLS = [
    ('Tỷ lệ hồ sơ trực tuyến (%) – Năm 2024', 'online_dossier_rate', 2024),
    ('Tỷ lệ hồ sơ trực tuyến (%) – Năm 2025', 'online_dossier_rate', 2025),
    ('Tỷ lệ thanh toán trực tuyến (%) – Năm 2024', 'online_payment_rate', 2024),
    ('Tỷ lệ thanh toán trực tuyến (%) – Năm 2025', 'online_payment_rate', 2025),
]


def S(name):
    return [name, name + ' tỉnh Thái Nguyên']


def H(name):
    return ['UBND ' + name[0].lower() + name[1:], name]


GA = 'Sở, ban, ngành tỉnh'
GB = 'UBND các huyện, thành phố'
# (stt, printed name, spellings, cells, note); printed text is markdown (escapes kept)
ROWS = [
    ('S', 'I', 'Sở, ban, ngành tỉnh', GA),
    ('1', 'Sở Tư pháp', S('Sở Tư pháp'), ['70', '85', '55', '70'], ''),
    ('2', 'Sở Lao động \\- Thương binh và Xã hội', S('Sở Lao động - Thương binh và Xã hội') + ['Sở Lao động, Thương binh và Xã hội'], ['65', '80', '', ''], 'Không phát sinh phí, lệ phí'),
    ('3', 'Sở Tài nguyên và Môi trường', S('Sở Tài nguyên và Môi trường'), ['40', '60', '50', '65'], ''),
    ('S', 'II', 'UBND các huyện, thành phố', GB),
    ('1', 'Thành phố Thái Nguyên', H('Thành phố Thái Nguyên'), ['55', '75', '50', '65'], ''),
    ('2', 'Thành phố Sông Công', H('Thành phố Sông Công'), ['50', '70', '45', '60'], ''),
    ('3', 'Thành phố Phổ Yên', H('Thành phố Phổ Yên'), ['50', '70', '45', '60'], ''),
    ('4', 'Huyện Đại Từ', H('Huyện Đại Từ'), ['45', '65', '40', '55'], ''),
    ('5', 'Huyện Phú Lương', H('Huyện Phú Lương'), ['45', '65', '40', '55'], ''),
    ('6', 'Huyện Định Hóa', H('Huyện Định Hóa') + ['UBND huyện Định Hoá', 'Huyện Định Hoá'], ['40', '60', '30\\*', '50'], '\\* Chỉ tính hồ sơ có thu phí, lệ phí'),
    ('7', 'Huyện Võ Nhai', H('Huyện Võ Nhai'), ['40', '60', '', '50'], 'Năm 2024 chưa giao chỉ tiêu thanh toán'),
    ('8', 'Huyện Đồng Hỷ', H('Huyện Đồng Hỷ'), ['45', '65', '40', '55'], ''),
    ('9', 'Huyện Phú Bình', H('Huyện Phú Bình'), ['45', '65', '42,5', '57,5'], ''),
]

TOP = '''# ỦY BAN NHÂN DÂN
# TỈNH THÁI NGUYÊN

## CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
## Độc lập \\- Tự do \\- Hạnh phúc

**Số: 98/QĐ-UBND**

*Thái Nguyên, ngày 16 tháng 01 năm 2024*

# QUYẾT ĐỊNH

## Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến và tỷ lệ thanh toán trực tuyến trong giải quyết thủ tục hành chính giai đoạn 2024 \\- 2025

**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN**

*Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;*

*Căn cứ Quyết định số 766/QĐ\\-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;*

*Căn cứ Nghị quyết số 131/NQ\\-CP ngày 06/10/2022 của Chính phủ về đẩy mạnh cải cách thủ tục hành chính và hiện đại hóa phương thức chỉ đạo, điều hành phục vụ người dân, doanh nghiệp;*

*Theo đề nghị của Chánh Văn phòng UBND tỉnh tại Tờ trình số 05/TTr\\-VP ngày 10/01/2024.*

**QUYẾT ĐỊNH:**

**Điều 1.** Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến và tỷ lệ thanh toán trực tuyến trong giải quyết thủ tục hành chính giai đoạn 2024 \\- 2025, cụ thể như sau:

1\\. Chỉ tiêu chung của toàn tỉnh:

'''

# bullet items of Điều 1, each with its targets (province-wide, unit null)
BULLETS = [
    ('- Tỷ lệ hồ sơ trực tuyến (trên tổng số hồ sơ tiếp nhận, giải quyết TTHC): năm 2024 đạt tối thiểu **50%**, năm 2025 đạt tối thiểu **70%** (năm 2023 đạt 38,6%);',
     [T(PROV, 'online_dossier_rate', 50, 'Tỷ lệ hồ sơ trực tuyến (trên tổng số hồ sơ tiếp nhận, giải quyết TTHC)', 'prose', 2024),
      T(PROV, 'online_dossier_rate', 70, 'Tỷ lệ hồ sơ trực tuyến (trên tổng số hồ sơ tiếp nhận, giải quyết TTHC)', 'prose', 2025)]),
    ('- Tỷ lệ hồ sơ thanh toán trực tuyến: năm 2024 đạt tối thiểu **45%**, năm 2025 đạt tối thiểu **60%**;',
     [T(PROV, 'online_payment_rate', 45, 'Tỷ lệ hồ sơ thanh toán trực tuyến', 'prose', 2024),
      T(PROV, 'online_payment_rate', 60, 'Tỷ lệ hồ sơ thanh toán trực tuyến', 'prose', 2025)]),
    ('- Tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt **100%** từ năm 2024;',
     [T(PROV, 'electronic_result_rate', 100, 'Tỷ lệ cấp kết quả giải quyết TTHC điện tử', 'prose', 2024)]),
    ('- Mức độ hài lòng của người dân, doanh nghiệp trong giải quyết thủ tục hành chính năm 2024 đạt từ **90%** trở lên.',
     [T(PROV, 'satisfaction_rate', 90, 'Mức độ hài lòng của người dân, doanh nghiệp', 'prose', 2024)]),
]

MID = '''
2\\. Chỉ tiêu của các sở, ban, ngành tỉnh và UBND các huyện, thành phố: chi tiết tại Phụ lục kèm theo.

**Điều 2.** Tổ chức thực hiện

1\\. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các huyện, thành phố chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện chỉ tiêu được giao; định kỳ trước ngày 15 hằng tháng báo cáo kết quả về Văn phòng UBND tỉnh.

2\\. Văn phòng UBND tỉnh theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo Chủ tịch UBND tỉnh.

**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký.

Chánh Văn phòng UBND tỉnh, Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các huyện, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

***Nơi nhận:***

\\- Như Điều 3;

\\- Văn phòng Chính phủ (b/c);

\\- Chủ tịch, các PCT UBND tỉnh;

\\- Lưu: VT, KSTT.

**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

**Hoàng Văn Khởi**

---

## PHỤ LỤC

**CHỈ TIÊU TỶ LỆ HỒ SƠ TRỰC TUYẾN, TỶ LỆ THANH TOÁN TRỰC TUYẾN GIAI ĐOẠN 2024 \\- 2025**

*(Kèm theo Quyết định số 98/QĐ\\-UBND ngày 16/01/2024 của Chủ tịch UBND tỉnh Thái Nguyên)*

'''

BOTTOM = '''
*Ghi chú: Chỉ tiêu năm 2025 sẽ được rà soát, điều chỉnh (nếu cần) trước ngày 31/01/2025.*
'''


def table_md_and_targets():
    lines = ['| ' + ' | '.join(['STT', 'Đơn vị'] + [c for c, _, _ in COLS] + ['Ghi chú']) + ' |',
             '|' + '|'.join(['---'] * (len(COLS) + 3)) + '|']
    ts, group = [], None
    for r in ROWS:
        if r[0] == 'S':
            group = r[3]
            lines.append(f'| **{r[1]}** | **{r[2]}** |' + ' |' * (len(COLS) + 1))
            continue
        stt, name, units, cells, note = r
        lines.append('| ' + ' | '.join([stt, name] + cells + [note]) + ' |')
        for (hdr, metric, yr), c in zip(COLS, cells):
            v = num(c.replace('\\*', ''))
            if v is not None:
                ts.append(T(units, metric, v, hdr, 'table', yr, unit_group=group,
                            note=note.replace('\\*', '*') or None))
    return lines, ts


def main():
    lines, ts = table_md_and_targets()
    text = TOP + '\n'.join(b for b, _ in BULLETS) + '\n' + MID + '\n'.join(lines) + '\n' + BOTTOM
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(text)
    prose = [t for _, tt in BULLETS for t in tt]
    qd = {
        'number': '98/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '98', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Thái Nguyên', 'place': 'Thái Nguyên', 'date': '2024-01-16',
        'subject': 'Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến và tỷ lệ thanh toán trực tuyến trong giải quyết thủ tục hành chính giai đoạn 2024 - 2025',
        'signer': 'Hoàng Văn Khởi',
        'references': ['766/QĐ-TTg', '131/NQ-CP', '05/TTr-VP'],
    }
    write_gold(SEED, [{'document': qd, 'targets': prose + ts}])


if __name__ == '__main__':
    main()
