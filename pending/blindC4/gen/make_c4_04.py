#!/usr/bin/env python3
"""c4_04: a provincial dispatch (Công văn 1796/UBND-KSTT, 11/4/2025, UBND tỉnh
Bến Tre) with an unusual header: "Kính gửi:" with five recipients on
space-aligned lines, the motto and date pushed right with runs of spaces, the
V/v before the motto, and a TUQ. signer (TUQ. CHỦ TỊCH / CHÁNH VĂN PHÒNG).

It quotes a 2024 assignment (415/QĐ-UBND: 40%, result 36,8%) and Q1/2025
results (context), REPLACES three levels of Kế hoạch 212/KH-UBND (50/45/35/50
-> 65/55/45/60: only the new ones are targets; the old 45 for the huyện equals
the new 45 for the xã), and restates two unchanged levels of the same plan as
what the addressees must ensure (seed 000 reading: targets of this dispatch).
"""
from common import T, write_doc, write_gold

SEED = 'c4_04_bentre_cv_2025.txt'
Y = 2025
ALL = [None, 'Các cơ quan, đơn vị, địa phương']
PAY = 'tỷ lệ thanh toán trực tuyến'

HEAD = '''ỦY BAN NHÂN DÂN
    TỈNH BẾN TRE
       --------
Số: 1796/UBND-KSTT
V/v điều chỉnh chỉ tiêu thanh toán trực tuyến
và tăng cường giải quyết hồ sơ trực tuyến năm 2025
                                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                               Độc lập - Tự do - Hạnh phúc
                                                    ---------------
                                              Bến Tre, ngày 11 tháng 4 năm 2025

                  Kính gửi: - Các sở, ban, ngành tỉnh;
                            - Công an tỉnh;
                            - Bưu điện tỉnh Bến Tre;
                            - Ủy ban nhân dân các huyện, thành phố;
                            - Ủy ban nhân dân các xã, phường, thị trấn.

'''

BODY = [
    ('Thực hiện Công điện số 23/CĐ-TTg ngày 08/3/2025 của Thủ tướng Chính phủ về đẩy mạnh cung cấp, sử dụng dịch vụ công trực tuyến toàn trình và thanh toán trực tuyến; Kế hoạch số 212/KH-UBND ngày 13/01/2025 của Ủy ban nhân dân tỉnh về nâng cao chất lượng cung cấp dịch vụ công trực tuyến năm 2025 (sau đây gọi tắt là Kế hoạch số 212/KH-UBND);', []),
    ('Năm 2024, Quyết định số 415/QĐ-UBND ngày 02/3/2024 của Ủy ban nhân dân tỉnh giao tỷ lệ thanh toán trực tuyến năm 2024 đạt 40%; kết quả cả năm toàn tỉnh chỉ đạt 36,8%. Quý I/2025, tỷ lệ thanh toán trực tuyến toàn tỉnh đạt 41,2%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 52,6%.', []),
    ('Xét đề nghị của Văn phòng Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau:', []),
    ('1. Điều chỉnh chỉ tiêu tỷ lệ thanh toán trực tuyến năm 2025 tại mục II.2 Kế hoạch số 212/KH-UBND như sau:', []),
    ('a) Các sở, ban, ngành tỉnh: đạt tối thiểu 65% (thay cho mức 50% tại Kế hoạch số 212/KH-UBND);', [
        T('Các sở, ban, ngành tỉnh', 'online_payment_rate', 65, PAY, 'prose', Y, note='thay cho mức 50% tại Kế hoạch số 212/KH-UBND')]),
    ('b) Ủy ban nhân dân các huyện, thành phố: đạt tối thiểu 55% (thay cho mức 45%); riêng Ủy ban nhân dân thành phố Bến Tre đạt tối thiểu 60% (thay cho mức 50%);', [
        T('UBND các huyện, thành phố', 'online_payment_rate', 55, PAY, 'prose', Y,
          note='thay cho mức 45%; riêng UBND thành phố Bến Tre đạt tối thiểu 60%'),
        T('UBND thành phố Bến Tre', 'online_payment_rate', 60, PAY, 'prose', Y, note='thay cho mức 50%')]),
    ('c) Ủy ban nhân dân các xã, phường, thị trấn: đạt tối thiểu 45% (thay cho mức 35%).', [
        T('UBND các xã, phường, thị trấn', 'online_payment_rate', 45, PAY, 'prose', Y, note='thay cho mức 35%')]),
    ('Các chỉ tiêu khác tại Kế hoạch số 212/KH-UBND giữ nguyên.', []),
    ('2. Công an tỉnh bảo đảm tỷ lệ hồ sơ trực tuyến toàn trình đối với thủ tục hành chính lĩnh vực cư trú, căn cước đạt tối thiểu 90%. Bưu điện tỉnh Bến Tre bố trí nhân viên hỗ trợ người dân nộp hồ sơ, thanh toán trực tuyến tại Bộ phận Một cửa cấp huyện, cấp xã.', [
        T(['Công an tỉnh', 'Công an tỉnh Bến Tre'], 'full_online_dossier_rate', 90, 'tỷ lệ hồ sơ trực tuyến toàn trình',
          'prose', Y, note='thủ tục hành chính lĩnh vực cư trú, căn cước')]),
    ('3. Các cơ quan, đơn vị, địa phương tiếp tục bảo đảm các chỉ tiêu giữ nguyên tại Kế hoạch số 212/KH-UBND: tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 60%; tỷ lệ hồ sơ giải quyết quá hạn không quá 2%.', [
        T(ALL, 'full_online_dossier_rate', 60, 'tỷ lệ hồ sơ trực tuyến toàn trình', 'prose', Y),
        T(ALL, None, 2, 'tỷ lệ hồ sơ giải quyết quá hạn', 'prose', Y, comparator='<=')]),
    ('4. Giao Văn phòng Ủy ban nhân dân tỉnh (Trung tâm Phục vụ hành chính công tỉnh) theo dõi, tổng hợp kết quả thực hiện, báo cáo Chủ tịch Ủy ban nhân dân tỉnh trước ngày 05 hằng tháng.', []),
    ('Ủy ban nhân dân tỉnh thông tin để các cơ quan, đơn vị, địa phương biết, thực hiện./.', []),
]

FOOT = '''
Nơi nhận:                                                   TUQ. CHỦ TỊCH
- Như trên;                                                CHÁNH VĂN PHÒNG
- CT, các PCT UBND tỉnh;
- Chánh, các PCVP UBND tỉnh;
- Lưu: VT, KSTT.

                                                            Phạm Ngọc Hiền
'''


def main():
    write_doc(SEED, HEAD + '\n'.join(p for p, _ in BODY) + '\n' + FOOT)
    ts = [t for _, tt in BODY for t in tt]
    cv = {
        'number': '1796/UBND-KSTT', 'symbol': 'UBND-KSTT', 'serial': '1796', 'type': 'cong_van',
        'issuer': 'Ủy ban nhân dân tỉnh Bến Tre', 'place': 'Bến Tre', 'date': '2025-04-11',
        'subject': 'Điều chỉnh chỉ tiêu thanh toán trực tuyến và tăng cường giải quyết hồ sơ trực tuyến năm 2025',
        'signer': 'Phạm Ngọc Hiền', 'signer_position': 'Chánh Văn phòng', 'signer_capacity': 'TUQ. Chủ tịch',
        'recipients': ['Các sở, ban, ngành tỉnh', 'Công an tỉnh', 'Bưu điện tỉnh Bến Tre',
                       'Ủy ban nhân dân các huyện, thành phố', 'Ủy ban nhân dân các xã, phường, thị trấn',
                       'Như trên', 'CT, các PCT UBND tỉnh', 'Chánh, các PCVP UBND tỉnh'],
        'references': ['23/CĐ-TTg', '212/KH-UBND', '415/QĐ-UBND'],
    }
    write_gold(SEED, [{'document': cv, 'targets': ts}])


if __name__ == '__main__':
    main()
