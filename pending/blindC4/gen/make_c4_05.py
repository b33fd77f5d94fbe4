#!/usr/bin/env python3
"""c4_05: a draft plan (Dự thảo) of UBND tỉnh Đắk Lắk for 2026, as a markdown
web copy from a "lấy ý kiến dự thảo" page. Unusual header: blank serial
("Số:        /KH-UBND"), a partial date ("ngày      tháng 01 năm 2026" ->
"2026-01"), a signature block with no name (signer null). It cites the Chính
phủ, the Thủ tướng, the Ban Thường vụ Tỉnh ủy and last year's plan; quotes the
Thủ tướng's national 2026 goal (80%, context: set by another document for the
whole country) and the 2025 assignment and estimate (60%, 57,8%, 49,3%: past);
its own levels are 70% (2026) / 75% (2027). Appendix: indicators x years, unit
= "Đơn vị chủ trì"; the caption dates the plan "tháng 12 năm 2025"
(appendix_reference_mismatch).
"""
from common import T, num, write_doc, write_gold

SEED = 'c4_05_daklak_kh_2026.md'
Y = 2026
PROV = [None, 'Toàn tỉnh', 'Tỉnh Đắk Lắk']

HEAD = r'''Trang chủ > Lấy ý kiến dự thảo văn bản > Dự thảo Kế hoạch nâng cao hiệu quả dịch vụ công trực tuyến năm 2026

*Thời hạn góp ý: đến hết ngày 23/01/2026*

**DỰ THẢO**

**ỦY BAN NHÂN DÂN**  
**TỈNH ĐẮK LẮK**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  
**Độc lập - Tự do - Hạnh phúc**

Số:        /KH-UBND

*Đắk Lắk, ngày      tháng 01 năm 2026*

**KẾ HOẠCH**  
**Nâng cao hiệu quả cung cấp, sử dụng dịch vụ công trực tuyến và thanh toán trực tuyến trên địa bàn tỉnh Đắk Lắk năm 2026, định hướng năm 2027**

'''

BODY = [
    ('Căn cứ Nghị quyết số 66/NQ-CP ngày 26/3/2025 của Chính phủ về Chương trình cắt giảm, đơn giản hóa thủ tục hành chính liên quan đến hoạt động sản xuất, kinh doanh năm 2025 và 2026;', []),
    ('Căn cứ Quyết định số 2035/QĐ-TTg ngày 12/11/2025 của Thủ tướng Chính phủ về đẩy mạnh thực hiện thủ tục hành chính trên môi trường điện tử năm 2026;', []),
    ('Căn cứ Nghị quyết số 03-NQ/TU ngày 15/11/2025 của Ban Thường vụ Tỉnh ủy Đắk Lắk về đột phá chuyển đổi số tỉnh Đắk Lắk giai đoạn 2025 - 2030;', []),
    ('Ủy ban nhân dân tỉnh ban hành Kế hoạch với các nội dung sau:', []),
    ('**I. TÌNH HÌNH THỰC HIỆN NĂM 2025**', []),
    ('Kế hoạch số 95/KH-UBND ngày 19/8/2025 của Ủy ban nhân dân tỉnh giao tỷ lệ hồ sơ trực tuyến toàn trình năm 2025 đạt 60%; ước thực hiện cả năm 2025 đạt 57,8%, tỷ lệ thanh toán trực tuyến ước đạt 49,3%. Sau sắp xếp đơn vị hành chính, nhiều xã, phường mới chưa hoàn thiện Bộ phận Một cửa.', []),
    ('**II. MỤC TIÊU**', []),
    ('Quyết định số 2035/QĐ-TTg đã đặt mục tiêu chung của cả nước năm 2026 là tối thiểu 80% hồ sơ thủ tục hành chính được thực hiện trực tuyến toàn trình, làm cơ sở để các địa phương xác định mức phấn đấu phù hợp. Căn cứ điều kiện của tỉnh, mục tiêu của tỉnh Đắk Lắk như sau:', []),
    ('1\\. Tỷ lệ hồ sơ trực tuyến toàn trình toàn tỉnh đạt tối thiểu 70% năm 2026 và 75% năm 2027.', [
        T(PROV, 'full_online_dossier_rate', 70, 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'prose', 2026),
        T(PROV, 'full_online_dossier_rate', 75, 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'prose', 2027)]),
    ('2\\. 100% thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình.', [
        T(PROV, 'full_online_service_rate', 100, 'thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình', 'prose', Y)]),
    ('3\\. Tỷ lệ thanh toán trực tuyến toàn tỉnh năm 2026 đạt tối thiểu 65%.', [
        T(PROV, 'online_payment_rate', 65, 'Tỷ lệ thanh toán trực tuyến', 'prose', Y)]),
    ('4\\. Chỉ tiêu cụ thể giao cho các cơ quan, đơn vị, địa phương tại Phụ lục kèm theo.', []),
    ('**III. TỔ CHỨC THỰC HIỆN**', []),
    ('1\\. Sở Khoa học và Công nghệ chủ trì theo dõi, đôn đốc; hằng quý tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.', []),
    ('2\\. Các sở, ban, ngành tỉnh, Ủy ban nhân dân các xã, phường xây dựng kế hoạch thực hiện, hoàn thành trước ngày 28/02/2026.', []),
]

FOOT = r'''
***Nơi nhận:***  
\- Văn phòng Chính phủ (Cục Kiểm soát TTHC);  
\- Bộ Khoa học và Công nghệ;  
\- TT Tỉnh ủy, TT HĐND tỉnh;  
\- Các sở, ban, ngành tỉnh;  
\- UBND các xã, phường;  
\- Lưu: VT, KSTT.

**TM. ỦY BAN NHÂN DÂN**  
**CHỦ TỊCH**

---

**Phụ lục**

**CHỈ TIÊU GIAO CHO CÁC CƠ QUAN, ĐƠN VỊ, ĐỊA PHƯƠNG NĂM 2026, ĐỊNH HƯỚNG NĂM 2027**

*(Kèm theo Kế hoạch số      /KH-UBND ngày     tháng 12 năm 2025 của UBND tỉnh Đắk Lắk)*

'''

SX = 'Các sở, ban, ngành tỉnh; UBND các xã, phường'
# (tt, indicator, metric, chủ trì cell, spellings, cell 2026, cell 2027, ghi chú)
ROWS = [
    (1, 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'full_online_dossier_rate', 'Các sở, ban, ngành tỉnh', ['Các sở, ban, ngành tỉnh'], '≥ 80%', '≥ 85%', ''),
    (2, 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'full_online_dossier_rate', 'UBND các xã, phường', ['UBND các xã, phường'], '≥ 65%', '≥ 70%', ''),
    (3, 'Tỷ lệ thanh toán trực tuyến', 'online_payment_rate', 'Các sở, ban, ngành tỉnh', ['Các sở, ban, ngành tỉnh'], '≥ 75%', '≥ 80%', ''),
    (4, 'Tỷ lệ thanh toán trực tuyến', 'online_payment_rate', 'UBND các xã, phường', ['UBND các xã, phường'], '≥ 55%', '≥ 60%', ''),
    (5, 'Tỷ lệ số hóa kết quả giải quyết TTHC', 'result_digitization_rate', SX, [SX], '100%', '100%', ''),
    (6, 'Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính', 'e_certified_copy_rate', 'UBND các xã, phường', ['UBND các xã, phường'], '≥ 50%', '—', 'Năm 2027 giao sau'),
    (7, 'Tỷ lệ hồ sơ giải quyết quá hạn', None, SX, [SX], '≤ 1%', '≤ 1%', ''),
    (8, 'Tỷ lệ hài lòng của người dân, doanh nghiệp', 'satisfaction_rate', 'Văn phòng UBND tỉnh', ['Văn phòng UBND tỉnh'], '≥ 90%', '≥ 92%', 'Theo Chỉ số SIPAS của tỉnh'),
]


def main():
    hdr = ['TT', 'Chỉ tiêu', 'Đơn vị chủ trì', 'Năm 2026', 'Năm 2027', 'Ghi chú']
    tbl = ['| ' + ' | '.join(hdr) + ' |', '|:-:|---|---|:-:|:-:|---|']
    ts = []
    for tt, ind, metric, chutri, units, c26, c27, note in ROWS:
        tbl.append('| ' + ' | '.join([str(tt), ind, chutri, c26, c27, note]) + ' |')
        for year, c in ((2026, c26), (2027, c27)):
            v = num(c)
            if v is None:
                continue
            ts.append(T(units, metric, v, ind, 'table', year, comparator='<=' if '≤' in c else '>=',
                        note=note or None))
    body = '\n\n'.join(p for p, _ in BODY)
    write_doc(SEED, HEAD + body + '\n' + FOOT + '\n'.join(tbl) + '\n')
    prose_ts = [t for _, tt in BODY for t in tt]
    kh = {
        'number': None, 'symbol': 'KH-UBND', 'serial': None, 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân tỉnh Đắk Lắk', 'place': 'Đắk Lắk', 'date': '2026-01',
        'subject': 'Nâng cao hiệu quả cung cấp, sử dụng dịch vụ công trực tuyến và thanh toán trực tuyến trên địa bàn tỉnh Đắk Lắk năm 2026, định hướng năm 2027',
        'signer': None, 'signer_position': 'Chủ tịch', 'signer_capacity': 'TM. Ủy ban nhân dân',
        'recipients': ['Văn phòng Chính phủ (Cục Kiểm soát TTHC)', 'Bộ Khoa học và Công nghệ',
                       'TT Tỉnh ủy, TT HĐND tỉnh', 'Các sở, ban, ngành tỉnh', 'UBND các xã, phường'],
        'references': ['66/NQ-CP', '2035/QĐ-TTg', '03-NQ/TU', '95/KH-UBND'],
        'expected_warnings': [
            'blank_number: "Số:        /KH-UBND" (draft, serial left blank)',
            'blank_date: the day is blank ("ngày      tháng 01 năm 2026")',
            'appendix dates the plan "tháng 12 năm 2025" while the plan is dated "tháng 01 năm 2026"',
        ],
    }
    write_gold(SEED, [{'document': kh, 'targets': prose_ts + ts}])


if __name__ == '__main__':
    main()
