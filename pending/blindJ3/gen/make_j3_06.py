#!/usr/bin/env python3
"""j3_06: Cà Mau (after the July 2025 merger: sở and UBND các xã, phường; no
districts), Kế hoạch 318/KH-UBND ngày 22/12/2025 setting 2026 targets, as a
markdown web copy: bold header block, prose "Mục tiêu cụ thể", then a pipe
table of indicators x columns with an "Ước thực hiện năm 2025" results column
(never targets), "Chỉ tiêu năm 2026" (the targets, "≥ 60", "100", "≤ 1"),
"Đơn vị chủ trì" (the unit) and "Đơn vị phối hợp" (never the unit), bold
section rows I-IV, and a count row with no target."""
import os
from common import DOCS, T, num, write_gold

SEED = 'j3_06_camau_kh_2026.md'
Y = 2026
PROV = [None, 'Toàn tỉnh', 'Tỉnh Cà Mau']
CT = ['Các sở, ban, ngành tỉnh; UBND các xã, phường', 'Các sở, ban, ngành tỉnh, UBND các xã, phường']
VP = ['Văn phòng UBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh']
CT_TXT = 'Các sở, ban, ngành tỉnh; UBND các xã, phường'

# ('S', code, title) or (stt, label, uom, result 2025, target 2026, chủ trì printed, spellings, phối hợp, metric)
ROWS = [
    ('S', 'I', 'Dịch vụ công trực tuyến'),
    (1, 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', '48,6', '≥ 60', CT_TXT, CT, 'Sở Khoa học và Công nghệ', 'full_online_dossier_rate'),
    (2, 'Tỷ lệ TTHC cung cấp trực tuyến mức độ toàn trình và một phần có phát sinh hồ sơ', '%', '85,2', '≥ 90', CT_TXT, CT, 'Văn phòng UBND tỉnh', 'online_service_uptake_rate'),
    (3, 'Tỷ lệ DVCTT toàn trình được tích hợp, cung cấp trên Cổng DVCQG', '%', '96,4', '100', 'Văn phòng UBND tỉnh', VP, 'Sở Khoa học và Công nghệ', 'national_portal_integration_rate'),
    (4, 'Tỷ lệ hồ sơ được người dân, doanh nghiệp thực hiện trực tuyến từ xa', '%', '66,1', '≥ 75', CT_TXT, CT, 'Sở Khoa học và Công nghệ', 'online_dossier_rate'),
    (5, 'Tỷ lệ hồ sơ được tiếp nhận và xử lý trực tuyến', '%', '—', '100', CT_TXT, CT, 'Văn phòng UBND tỉnh', 'online_processing_rate'),
    ('S', 'II', 'Thanh toán trực tuyến'),
    (6, 'Tỷ lệ hồ sơ được thanh toán trực tuyến trên tổng số hồ sơ có thu phí', '%', '58,3', '≥ 70', CT_TXT, CT, 'Sở Tài chính', 'online_payment_rate'),
    (7, 'Tỷ lệ TTHC có phát sinh giao dịch thanh toán trực tuyến', '%', '81,0', '≥ 90', CT_TXT, CT, 'Sở Tài chính', 'online_payment_procedure_rate'),
    ('S', 'III', 'Số hoá hồ sơ, kết quả giải quyết TTHC'),
    (8, 'Tỷ lệ số hoá hồ sơ', '%', '71,5', '≥ 85', CT_TXT, CT, 'Văn phòng UBND tỉnh', 'dossier_digitization_rate'),
    (9, 'Kết quả giải quyết TTHC được số hoá', '%', '92,4', '100', CT_TXT, CT, 'Văn phòng UBND tỉnh', 'result_digitization_rate'),
    (10, 'Tỷ lệ cấp kết quả điện tử', '%', '88,0', '100', CT_TXT, CT, 'Văn phòng UBND tỉnh', 'electronic_result_rate'),
    (11, 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hoá', '%', '42,0', '≥ 60', CT_TXT, CT, 'Sở Khoa học và Công nghệ', 'digitized_data_reuse_rate'),
    (12, 'Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính', '%', '35,0', '≥ 60', 'UBND các xã, phường', ['UBND các xã, phường', 'UBND cấp xã'], 'Sở Tư pháp', 'e_certified_copy_rate'),
    ('S', 'IV', 'Chất lượng giải quyết TTHC'),
    (13, 'Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn', '%', '97,8', '≥ 98', CT_TXT, CT, 'Văn phòng UBND tỉnh', 'on_time_resolution_rate'),
    (14, 'Tỷ lệ hồ sơ giải quyết quá hạn', '%', '2,2', '≤ 1', CT_TXT, CT, 'Văn phòng UBND tỉnh', None),
    (15, 'Tỷ lệ hài lòng của người dân, doanh nghiệp', '%', '91,0', '≥ 95', 'Văn phòng UBND tỉnh', VP, 'Các sở, ban, ngành tỉnh; UBND các xã, phường', 'satisfaction_rate'),
    (16, 'Số lượng hồ sơ TTHC tiếp nhận trên Hệ thống thông tin giải quyết TTHC tỉnh', 'Hồ sơ', '1.325.640', '—', CT_TXT, CT, 'Văn phòng UBND tỉnh', None),
]

HEAD = '''**ỦY BAN NHÂN DÂN TỈNH CÀ MAU**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

Số: 318/KH-UBND

*Cà Mau, ngày 22 tháng 12 năm 2025*

# KẾ HOẠCH

## Nâng cao hiệu quả cung cấp, sử dụng dịch vụ công trực tuyến và số hoá hồ sơ, kết quả giải quyết thủ tục hành chính trên địa bàn tỉnh Cà Mau năm 2026

Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia; Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ; Ủy ban nhân dân tỉnh Cà Mau ban hành Kế hoạch năm 2026 như sau:

### I. KẾT QUẢ NĂM 2025

Ước thực hiện năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 48,6%; tỷ lệ thanh toán trực tuyến đạt 58,3%; tỷ lệ số hoá kết quả giải quyết TTHC đạt 92,4%; có 1.325.640 hồ sơ được tiếp nhận trên Hệ thống thông tin giải quyết TTHC tỉnh.

### II. MỤC TIÊU

**1. Mục tiêu chung:** Cung cấp dịch vụ công trực tuyến lấy người dân, doanh nghiệp làm trung tâm, bảo đảm hoạt động thông suốt sau sắp xếp đơn vị hành chính cấp xã.

**2. Mục tiêu cụ thể năm 2026:**

'''

PROSE = [
    ('- Phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình;', [
        T(PROV, 'full_online_service_rate', 100, 'thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình', 'prose', Y),
    ]),
    ('- 100% kết quả xử lý hồ sơ TTHC được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia;', [
        T(PROV, 'national_portal_sync_rate', 100, 'kết quả xử lý hồ sơ TTHC được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia', 'prose', Y),
    ]),
    ('- Các chỉ tiêu cụ thể giao cho các cơ quan, đơn vị, địa phương tại Phụ lục kèm theo Kế hoạch này.', []),
]

TAIL = '''
### III. TỔ CHỨC THỰC HIỆN

1. Các sở, ban, ngành tỉnh, Ủy ban nhân dân các xã, phường căn cứ Kế hoạch này tổ chức thực hiện; báo cáo kết quả trước ngày 15/12/2026.
2. Sở Khoa học và Công nghệ chủ trì theo dõi, đôn đốc, tổng hợp kết quả thực hiện./.

**Nơi nhận:**
- Văn phòng Chính phủ;
- TT Tỉnh ủy, TT HĐND tỉnh;
- CT, các PCT UBND tỉnh;
- Các sở, ban, ngành tỉnh;
- UBND các xã, phường;
- Lưu: VT, KGVX.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**

**Châu Văn Định**

---

**PHỤ LỤC: CHỈ TIÊU NĂM 2026**
*(Kèm theo Kế hoạch số 318/KH-UBND ngày 22/12/2025 của Ủy ban nhân dân tỉnh Cà Mau)*

| STT | Chỉ tiêu | Đơn vị tính | Ước thực hiện năm 2025 | Chỉ tiêu năm 2026 | Đơn vị chủ trì | Đơn vị phối hợp |
|---|---|---|---|---|---|---|
'''


def table():
    out, ts, group = [], [], None
    for r in ROWS:
        if r[0] == 'S':
            group = r[2]
            out.append(f'| **{r[1]}** | **{r[2]}** | | | | | |')
            continue
        stt, label, uom, res, tgt, ct, units, ph, metric = r
        out.append(f'| {stt} | {label} | {uom} | {res} | {tgt} | {ct} | {ph} |')
        v = num(tgt)
        if v is None:
            continue
        cmp_ = '<=' if tgt.startswith('≤') else '>='
        ts.append(T(units, metric, v, label, 'table', Y, comparator=cmp_, uom=uom, unit_group=group))
    return '\n'.join(out) + '\n', ts


def main():
    tbl, table_ts = table()
    text = HEAD + ''.join(p + '\n' for p, _ in PROSE) + TAIL + tbl
    open(os.path.join(DOCS, SEED), 'w', encoding='utf-8').write(text)
    doc = {
        'number': '318/KH-UBND', 'symbol': 'KH-UBND', 'serial': '318', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân tỉnh Cà Mau', 'place': 'Cà Mau', 'date': '2025-12-22',
        'subject': 'Nâng cao hiệu quả cung cấp, sử dụng dịch vụ công trực tuyến và số hoá hồ sơ, kết quả giải quyết thủ tục hành chính trên địa bàn tỉnh Cà Mau năm 2026',
        'signer': 'Châu Văn Định',
        'references': ['118/2025/NĐ-CP', '766/QĐ-TTg'],
    }
    write_gold(SEED, [{'document': doc, 'targets': [t for _, ts in PROSE for t in ts] + table_ts}])


if __name__ == '__main__':
    main()
