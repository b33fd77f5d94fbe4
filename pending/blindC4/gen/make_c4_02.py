#!/usr/bin/env python3
"""c4_02: a provincial decision as a markdown web copy (bold header runs, a
pipe table, escaped characters), whose căn cứ and preamble cite higher
documents of every kind: a Luật with a number, a Nghị quyết of the Bộ Chính
trị (57-NQ/TW), a Nghị quyết of the Chính phủ, a Nghị định, two Quyết định of
the Thủ tướng, a Kế hoạch of the UBND tỉnh, a Nghị quyết of the HĐND tỉnh,
a Tờ trình; the body quotes last year's decision (512/QĐ-UBND: 2024 levels,
replaced) and 2024 results, and a results column sits in the table.
The appendix caption cites 381/QĐ-UBND for 318/QĐ-UBND (appendix_reference_mismatch).

Quyết định 318/QĐ-UBND, 24/3/2025, UBND tỉnh Gia Lai (after the 1/3/2025
merger of departments: Sở Khoa học và Công nghệ proposes; before the merger
of provinces: huyện still exist).
"""
from common import T, ubnd, table_targets, write_doc, write_gold

SEED = 'c4_02_gialai_qd_2025.md'
Y = 2025
PROV = [None, 'Toàn tỉnh', 'Tỉnh Gia Lai']

HEAD = r'''**ỦY BAN NHÂN DÂN TỈNH GIA LAI**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

Số: 318/QĐ-UBND

*Gia Lai, ngày 24 tháng 3 năm 2025*

**QUYẾT ĐỊNH**

**Giao chỉ tiêu dịch vụ công trực tuyến, thanh toán trực tuyến và số hóa kết quả giải quyết thủ tục hành chính năm 2025 cho các sở, ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố**

**ỦY BAN NHÂN DÂN TỈNH GIA LAI**

*Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 19 tháng 02 năm 2025;*

*Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;*

*Căn cứ Nghị quyết số 03/NQ-CP ngày 09 tháng 01 năm 2025 của Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW;*

*Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử;*

*Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;*

*Căn cứ Quyết định số 206/QĐ-TTg ngày 28 tháng 01 năm 2024 của Thủ tướng Chính phủ phê duyệt Đề án thực hiện thủ tục hành chính trên môi trường điện tử;*

*Căn cứ Nghị quyết số 41/NQ-HĐND ngày 10 tháng 12 năm 2024 của Hội đồng nhân dân tỉnh Gia Lai về nhiệm vụ phát triển kinh tế - xã hội năm 2025;*

*Căn cứ Kế hoạch số 3054/KH-UBND ngày 27 tháng 12 năm 2024 của Ủy ban nhân dân tỉnh Gia Lai về chuyển đổi số tỉnh Gia Lai năm 2025;*

*Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 41/TTr-SKHCN ngày 17 tháng 3 năm 2025.*

**QUYẾT ĐỊNH:**
'''

BODY = [
    ('**Điều 1.** Giao chỉ tiêu dịch vụ công trực tuyến, thanh toán trực tuyến và số hóa kết quả giải quyết thủ tục hành chính năm 2025 như sau:', []),
    ('1\\. Chỉ tiêu chung toàn tỉnh năm 2025: tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính đạt tối thiểu 60%; tỷ lệ thanh toán trực tuyến đạt tối thiểu 55%; tỷ lệ số hóa kết quả giải quyết thủ tục hành chính đạt 100%.', [
        T(PROV, 'online_dossier_rate', 60, 'tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính', 'prose', Y),
        T(PROV, 'online_payment_rate', 55, 'tỷ lệ thanh toán trực tuyến', 'prose', Y),
        T(PROV, 'result_digitization_rate', 100, 'tỷ lệ số hóa kết quả giải quyết thủ tục hành chính', 'prose', Y),
    ]),
    ('Các mức trên thay thế các mức năm 2024 đã giao tại Quyết định số 512/QĐ-UBND ngày 08/4/2024 của Ủy ban nhân dân tỉnh (tỷ lệ hồ sơ trực tuyến 40%, tỷ lệ thanh toán trực tuyến 35%, tỷ lệ số hóa kết quả 80%); kết quả năm 2024 toàn tỉnh đạt lần lượt 43,2%, 38,5% và 86,7%.', []),
    ('2\\. Chỉ tiêu giao cho từng sở, ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố: chi tiết tại Phụ lục kèm theo.', []),
    ('**Điều 2.** Tổ chức thực hiện', []),
    ('1\\. Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả thực hiện chỉ tiêu được giao; giao chỉ tiêu cho Ủy ban nhân dân cấp xã trước ngày 15/4/2025.', []),
    ('2\\. Sở Khoa học và Công nghệ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc; hằng quý tổng hợp, báo cáo Ủy ban nhân dân tỉnh.', []),
    ('**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 512/QĐ-UBND ngày 08/4/2024 của Ủy ban nhân dân tỉnh.', []),
    ('Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Thủ trưởng các ban, ngành thuộc tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.', []),
]

FOOT = r'''
***Nơi nhận:***
\- Như Điều 3;
\- Bộ Khoa học và Công nghệ;
\- Văn phòng Chính phủ (Cục Kiểm soát TTHC);
\- TT Tỉnh ủy, TT HĐND tỉnh;
\- Lưu: VT, KSTT.

**TM. ỦY BAN NHÂN DÂN**
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

**Đỗ Tiến Thành**

* * *

**PHỤ LỤC**

**CHỈ TIÊU NĂM 2025 GIAO CHO CÁC SỞ, BAN, NGÀNH VÀ UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ**

*(Kèm theo Quyết định số 381/QĐ-UBND ngày 24/3/2025 của Ủy ban nhân dân tỉnh Gia Lai)*

'''

# (header, metric or None for the results column)
COLS = [
    ('Tỷ lệ hồ sơ trực tuyến (%)', 'online_dossier_rate'),
    ('Tỷ lệ thanh toán trực tuyến (%)', 'online_payment_rate'),
    ('Tỷ lệ số hóa kết quả giải quyết TTHC (%)', 'result_digitization_rate'),
]
RESULT_HDR = 'Kết quả năm 2024: tỷ lệ hồ sơ trực tuyến (%)'
GA, GB = 'Sở, ban, ngành', 'UBND các huyện, thị xã, thành phố'
# rows: (stt, name, spellings, [3 target cells], note, result-2024 cell)
ROWS = [
    ('S', 'I', GA),
    (1, 'Sở Tư pháp', ['Sở Tư pháp'], ['75', '70', '100'], '', '58,4'),
    (2, 'Sở Tài chính', ['Sở Tài chính'], ['80', '70', '100'], '', '61,0'),
    (3, 'Sở Xây dựng', ['Sở Xây dựng'], ['70', '60', '100'], '', '49,7'),
    (4, 'Sở Nông nghiệp và Môi trường', ['Sở Nông nghiệp và Môi trường'], ['65', '60', '100'], 'Sở hợp nhất từ ngày 01/3/2025', '—'),
    (5, 'Sở Khoa học và Công nghệ', ['Sở Khoa học và Công nghệ'], ['85', '80', '100'], '', '—'),
    (6, 'Sở Y tế', ['Sở Y tế'], ['70', '65', '95'], '', '52,3'),
    (7, 'Công an tỉnh', ['Công an tỉnh'], ['90', '', '100'], 'Tỷ lệ thanh toán thực hiện theo chỉ tiêu của Bộ Công an', '88,1'),
    ('S', 'II', GB),
    (1, 'Thành phố Pleiku', ubnd('Thành phố Pleiku'), ['65', '60', '100'], '', '47,5'),
    (2, 'Thị xã An Khê', ubnd('Thị xã An Khê'), ['60', '55', '100'], '', '41,8'),
    (3, 'Thị xã Ayun Pa', ubnd('Thị xã Ayun Pa'), ['55', '50', '100'], '', '39,2'),
    (4, 'Huyện Chư Păh', ubnd('Huyện Chư Păh'), ['55', '50', '95'], '', '36,4'),
    (5, 'Huyện Kbang', ubnd('Huyện Kbang'), ['50', '45', '95'], '', '33,0'),
    (6, 'Huyện Krông Pa', ubnd('Huyện Krông Pa'), ['45', '40', '90'], 'Huyện có nhiều xã đặc biệt khó khăn', '28,6'),
]


def md_table():
    hdr = ['STT', 'Tên cơ quan, đơn vị', RESULT_HDR] + [c for c, _ in COLS] + ['Ghi chú']
    out = ['| ' + ' | '.join(hdr) + ' |', '|' + '|'.join(['---'] * len(hdr)) + '|']
    for r in ROWS:
        if r[0] == 'S':
            out.append(f'| **{r[1]}** | **{r[2].upper()}** |' + ' |' * (len(hdr) - 2))
        else:
            cells = [str(r[0]), r[1], r[5]] + r[3] + [r[4]]
            out.append('| ' + ' | '.join(cells) + ' |')
    return out


def main():
    text = HEAD + '\n' + '\n\n'.join(p for p, _ in BODY) + '\n' + FOOT + '\n'.join(md_table()) + '\n'
    write_doc(SEED, text)
    rows = [r if r[0] == 'S' else r[:5] for r in ROWS]
    ts = [t for _, tt in BODY for t in tt] + table_targets(rows, COLS, Y)
    qd = {
        'number': '318/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '318', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Gia Lai', 'place': 'Gia Lai', 'date': '2025-03-24',
        'subject': 'Giao chỉ tiêu dịch vụ công trực tuyến, thanh toán trực tuyến và số hóa kết quả giải quyết thủ tục hành chính năm 2025 cho các sở, ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố',
        'signer': 'Đỗ Tiến Thành', 'signer_position': 'Phó Chủ tịch', 'signer_capacity': 'TM. Ủy ban nhân dân; KT. Chủ tịch',
        'recipients': ['Như Điều 3', 'Bộ Khoa học và Công nghệ', 'Văn phòng Chính phủ (Cục Kiểm soát TTHC)',
                       'TT Tỉnh ủy, TT HĐND tỉnh'],
        'references': ['72/2025/QH15', '57-NQ/TW', '03/NQ-CP', '45/2020/NĐ-CP', '766/QĐ-TTg', '206/QĐ-TTg',
                       '41/NQ-HĐND', '3054/KH-UBND', '41/TTr-SKHCN', '512/QĐ-UBND'],
        'expected_warnings': ['appendix cites 381/QĐ-UBND while the decision is 318/QĐ-UBND'],
    }
    write_gold(SEED, [{'document': qd, 'targets': ts}])


if __name__ == '__main__':
    main()
