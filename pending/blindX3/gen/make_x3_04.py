#!/usr/bin/env python3
"""x3_04: Quảng Ngãi provincial dispatch (Công văn 4127/UBND-KSTTHC,
12/8/2022) as a markdown web copy (bold, escaped list markers, "Kính gửi").
All targets are in prose.

Theme: per-year targets in prose for enumerated units ("Các Sở: Tư pháp, …:
năm 2022 đạt tối thiểu 40%, năm 2023 đạt tối thiểu 60%"), "≥ 30% năm 2022 và
≥ 50% năm 2023", a ceiling "không quá 3%" for a department and a group whose
name holds commas, "đạt 80%" and "ít nhất 95%" beside first-months results.
"""
from common import T, write_doc, write_gold

SEED = 'x3_04_quangngai_cv_2022.md'
Y = 2022
ADDR = [None, 'Các cơ quan, đơn vị, địa phương', 'Toàn tỉnh']
S = lambda n: [n, n + ' tỉnh Quảng Ngãi']
HUY = ['UBND các huyện, thị xã, thành phố', 'Các huyện, thị xã, thành phố']
CN = ['Chi nhánh Văn phòng Đăng ký đất đai các huyện, thị xã, thành phố',
      'Các Chi nhánh Văn phòng Đăng ký đất đai']


def P(unit, metric, value, text, year=Y, comparator='>='):
    return T(unit, metric, value, text, 'prose', year, comparator=comparator)


HEADER = '''**ỦY BAN NHÂN DÂN**  
**TỈNH QUẢNG NGÃI**

Số: 4127/UBND-KSTTHC  
V/v đẩy mạnh thanh toán trực tuyến và nâng cao tỷ lệ hồ sơ trực tuyến năm 2022 và năm 2023

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  
**Độc lập - Tự do - Hạnh phúc**

*Quảng Ngãi, ngày 12 tháng 8 năm 2022*

Kính gửi:

- Các sở, ban, ngành tỉnh;
- UBND các huyện, thị xã, thành phố.

Thực hiện Nghị quyết số 01/NQ-CP ngày 08/01/2022 của Chính phủ và Kế hoạch số 36/KH-UBND ngày 18/02/2022 của UBND tỉnh về cải cách hành chính năm 2022; theo số liệu trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, 7 tháng đầu năm 2022 tỷ lệ hồ sơ trực tuyến của toàn tỉnh đạt 18,6%; tỷ lệ thanh toán trực tuyến đạt 9,3%; tỷ lệ hồ sơ trễ hạn là 4,1%, trong đó Sở Tài nguyên và Môi trường 11,2%.

Để cải thiện các chỉ số nêu trên, Chủ tịch UBND tỉnh yêu cầu:

'''

M_OD = 'tỷ lệ hồ sơ trực tuyến'
M_LATE = 'tỷ lệ hồ sơ trễ hạn'
M_PAY = 'tỷ lệ thanh toán trực tuyến'
M_RD = 'tỷ lệ số hóa kết quả giải quyết thủ tục hành chính'
M_OT = 'tỷ lệ hồ sơ giải quyết đúng hạn'
SO4 = ['Sở Tư pháp', 'Sở Công Thương', 'Sở Giao thông vận tải', 'Sở Kế hoạch và Đầu tư']

ITEMS = [
    ('**1.** Các Sở: Tư pháp, Công Thương, Giao thông vận tải, Kế hoạch và Đầu tư: ' + M_OD + ' năm 2022 đạt tối thiểu 40%, năm 2023 đạt tối thiểu 60%.',
     [P(S(n), 'online_dossier_rate', 40, M_OD, 2022) for n in SO4]
     + [P(S(n), 'online_dossier_rate', 60, M_OD, 2023) for n in SO4]),
    ('**2.** Sở Tài nguyên và Môi trường, Chi nhánh Văn phòng Đăng ký đất đai các huyện, thị xã, thành phố: ' + M_LATE + ' trong năm 2022 không quá 3%; rà soát, xử lý dứt điểm các hồ sơ tồn đọng trước ngày 30/9/2022.', [
        P(S('Sở Tài nguyên và Môi trường'), None, 3, M_LATE, comparator='<='),
        P(CN, None, 3, M_LATE, comparator='<='),
    ]),
    ('**3.** UBND các huyện, thị xã, thành phố: ' + M_PAY + ' ≥ 30% năm 2022 và ≥ 50% năm 2023; chỉ đạo Bộ phận Tiếp nhận và Trả kết quả cấp xã hướng dẫn người dân thanh toán qua Cổng Dịch vụ công quốc gia.', [
        P(HUY, 'online_payment_rate', 30, M_PAY, 2022),
        P(HUY, 'online_payment_rate', 50, M_PAY, 2023),
    ]),
    ('**4.** Các cơ quan, đơn vị, địa phương phấn đấu đến ngày 31/12/2022: ' + M_RD + ' của toàn tỉnh đạt 80%; ' + M_OT + ' ít nhất 95% (7 tháng đầu năm đạt 91,8%).', [
        P(ADDR, 'result_digitization_rate', 80, M_RD),
        P(ADDR, 'on_time_resolution_rate', 95, M_OT),
    ]),
    ('**5.** Văn phòng UBND tỉnh theo dõi, đôn đốc; tổng hợp, báo cáo Chủ tịch UBND tỉnh kết quả thực hiện trước ngày 25 hằng tháng.', []),
    ('Yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các huyện, thị xã, thành phố nghiêm túc triển khai thực hiện./.', []),
]

SIGN = '''
**Nơi nhận:**

- Như trên;
- CT, PCT UBND tỉnh;
- VPUB: CVP, PCVP;
- Lưu: VT, KSTTHC.

**KT. CHỦ TỊCH**  
**PHÓ CHỦ TỊCH**

**Nguyễn Thị Minh Thư**
'''


def main():
    body, prose = [], []
    for line, ts in ITEMS:
        body += [line, '']
        prose += ts
    write_doc(SEED, HEADER + '\n'.join(body) + SIGN)
    doc = {
        'number': '4127/UBND-KSTTHC', 'symbol': 'UBND-KSTTHC', 'serial': '4127', 'type': 'cong_van',
        'issuer': 'Ủy ban nhân dân tỉnh Quảng Ngãi', 'place': 'Quảng Ngãi', 'date': '2022-08-12',
        'subject': 'Đẩy mạnh thanh toán trực tuyến và nâng cao tỷ lệ hồ sơ trực tuyến năm 2022 và năm 2023',
        'signer': 'Nguyễn Thị Minh Thư',
        'references': ['01/NQ-CP', '36/KH-UBND'],
    }
    write_gold(SEED, [{'document': doc, 'targets': prose}])


if __name__ == '__main__':
    main()
