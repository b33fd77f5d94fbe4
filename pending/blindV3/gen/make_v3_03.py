#!/usr/bin/env python3
"""v3_03: Bình Phước dispatch 3127/UBND-KGVX (14/11/2022), OCR text of a clean scan.

Prose targets only. Issuer and motto run together, the number line and the
"V/v" subject share lines with the place/date, "Kính gửi" list hyphenated at
a line end, one page number, the signature block interleaved with "Nơi nhận".
Every paragraph is stored next to the targets it holds.
"""
import os
from common import DOCS, T, write_gold
from ocr import OCR

SEED = 'v3_03_binhphuoc_cv_2022.txt'
Y = 2022
SBN = ['Các sở, ban, ngành tỉnh', 'Sở, ban, ngành tỉnh']
HX = ['UBND các huyện, thị xã, thành phố', 'UBND các huyện, thị xã, thành phố trên địa bàn tỉnh']
ALL = [None, 'Các cơ quan, đơn vị, địa phương', 'Toàn tỉnh']
OD = 'tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến'

HEAD = [
    ('ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True),
    ('TỈNH BÌNH PHƯỚC Độc lập - Tự do - Hạnh phúc', True),
    ('— ——', False),
    ('Số: 3127/UBND-KGVX Bình Phước, ngày 14 tháng 11 năm 2022', False),
    ('V/v đẩy mạnh tiếp nhận, giải quyết hồ sơ', True),
    ('trực tuyến, thanh toán trực tuyến những', True),
    ('tháng cuối năm 2022', True),
    ('', False),
    ('Kính gửi:', True),
    ('- Các sở, ban, ngành tỉnh;', True),
    ('- Công an tỉnh; Bảo hiểm xã hội tỉnh; Sở Lao động -', True),
    ('Thương binh và Xã hội;', True),
    ('- UBND các huyện, thị xã, thành phố.', True),
]
SUBJECT = 'Đẩy mạnh tiếp nhận, giải quyết hồ sơ trực tuyến, thanh toán trực tuyến những tháng cuối năm 2022'

# (paragraph, targets, page break before it)
PARAS = [
    ('Thực hiện Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ và Công văn số '
     '3425/VPCP-KSTT ngày 30/5/2022 của Văn phòng Chính phủ, thời gian qua các cơ quan, đơn vị, địa '
     'phương đã có nhiều cố gắng trong việc cung cấp dịch vụ công trực tuyến. Tuy nhiên, tính đến '
     'ngày 31/10/2022, tỷ lệ hồ sơ trực tuyến của toàn tỉnh mới đạt 21,6%; tỷ lệ thanh toán trực '
     'tuyến đạt 9,4%; tỷ lệ số hóa kết quả giải quyết thủ tục hành chính đạt 47,2%; còn 14 hồ sơ '
     'giải quyết quá hạn tại cấp huyện.', []),
    ('Để hoàn thành các chỉ tiêu năm 2022 theo Kế hoạch số 108/KH-UBND ngày 1O/5/2022 của Ủy ban '
     'nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:', []),
    ('1. Các sở, ban, ngành tỉnh phấn đấu đến ngày 31/12/2022 đạt tỷ lệ hồ sơ thủ tục hành chính '
     'được tiếp nhận, giải quyết trực tuyến tối thiểu 50% và tỷ lệ thanh toán trực tuyến tối thiểu '
     '30% trên tổng số hồ sơ có thu phí, lệ phí; riêng các Sở: Tư pháp, Kế hoạch và Đầu tư, Giao '
     'thông vận tải phấn đấu tỷ lệ hồ sơ trực tuyến đạt từ 70% trở lên.',
     [T(SBN, 'online_dossier_rate', 50, OD, 'prose', Y),
      T(SBN, 'online_payment_rate', 30, 'tỷ lệ thanh toán trực tuyến', 'prose', Y),
      T(['Sở Tư pháp'], 'online_dossier_rate', 70, 'tỷ lệ hồ sơ trực tuyến', 'prose', Y),
      T(['Sở Kế hoạch và Đầu tư'], 'online_dossier_rate', 70, 'tỷ lệ hồ sơ trực tuyến', 'prose', Y),
      T(['Sở Giao thông vận tải'], 'online_dossier_rate', 70, 'tỷ lệ hồ sơ trực tuyến', 'prose', Y)], False),
    ('2. Ủy ban nhân dân các huyện, thị xã, thành phố phấn đấu tỷ lệ hồ sơ trực tuyến đạt tối '
     'thiểu 35%, tỷ lệ thanh toán trực tuyến đạt tối thiểu 20%; riêng Ủy ban nhân dân các huyện Bù '
     'Gia Mập, Bù Đốp và Phú Riềng (địa bàn có nhiều đồng bào dân tộc thiểu số, hạ tầng viễn thông '
     'còn hạn chế) đạt tối thiểu 25% hồ sơ trực tuyến.',
     [T(HX, 'online_dossier_rate', 35, 'tỷ lệ hồ sơ trực tuyến', 'prose', Y,
        note='riêng các huyện Bù Gia Mập, Bù Đốp, Phú Riềng: 25%'),
      T(HX, 'online_payment_rate', 20, 'tỷ lệ thanh toán trực tuyến', 'prose', Y),
      T(['UBND huyện Bù Gia Mập', 'Huyện Bù Gia Mập'], 'online_dossier_rate', 25, 'hồ sơ trực tuyến', 'prose', Y),
      T(['UBND huyện Bù Đốp', 'Huyện Bù Đốp'], 'online_dossier_rate', 25, 'hồ sơ trực tuyến', 'prose', Y),
      T(['UBND huyện Phú Riềng', 'Huyện Phú Riềng'], 'online_dossier_rate', 25, 'hồ sơ trực tuyến', 'prose', Y)], False),
    ('3. Các cơ quan, đơn vị, địa phương bảo đảm 100% hồ sơ thủ tục hành chính tiếp nhận tại Bộ '
     'phận Một cửa các cấp được số hóa khi tiếp nhận và tỷ lệ số hóa kết quả giải quyết thủ tục '
     'hành chính còn hiệu lực đạt tối thiểu 80%; tỷ lệ hồ sơ giải quyết quá hạn không quá 2%.',
     [T(ALL, 'dossier_digitization_rate', 100, 'hồ sơ thủ tục hành chính tiếp nhận tại Bộ phận Một cửa các cấp được số hóa', 'prose', Y),
      T(ALL, 'result_digitization_rate', 80, 'tỷ lệ số hóa kết quả giải quyết thủ tục hành chính', 'prose', Y),
      T(ALL, None, 2, 'tỷ lệ hồ sơ giải quyết quá hạn', 'prose', Y, comparator='<=')], False),
    ('4. Công an tỉnh chỉ đạo Công an các huyện, thị xã, thành phố đẩy mạnh tiếp nhận hồ sơ trực '
     'tuyến các thủ tục hành chính lĩnh vực cư trú; phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình lĩnh '
     'vực cư trú đạt tối thiểu 60%.',
     [T(['Công an tỉnh', 'Công an tỉnh Bình Phước'], 'full_online_dossier_rate', 60,
        'tỷ lệ hồ sơ trực tuyến toàn trình lĩnh vực cư trú', 'prose', Y, note='lĩnh vực cư trú')], True),
    ('5. Sở Thông tin và Truyền thông phối hợp với các doanh nghiệp viễn thông hỗ trợ kỹ thuật, bảo '
     'đảm đường truyền tại Bộ phận Một cửa cấp huyện, cấp xã; phối hợp Tỉnh đoàn triển khai mô hình '
     'tổ công nghệ số cộng đồng hướng dẫn người dân nộp hồ sơ trực tuyến.', [], False),
    ('6. Văn phòng Ủy ban nhân dân tỉnh theo dõi, tổng hợp kết quả thực hiện; định kỳ trước ngày '
     '05 hằng tháng báo cáo Chủ tịch Ủy ban nhân dân tỉnh. Kết quả thực hiện là căn cứ đánh giá, '
     'xếp loại mức độ hoàn thành nhiệm vụ năm 2022 của người đứng đầu.', [], False),
    ('Yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố '
     'nghiêm túc triển khai thực hiện./.', [], False),
]

SIGN = '''Nơi nhận: KT. CHỦ TỊCH
- Như trên; PHÓ CHỦ TỊCH
- CT, PCT UBND tỉnh;
- LĐVP, Phòng KGVX;
- Trung tâm PVHCC tỉnh;
- Lưu: VT, (Tr.10). Lương Đức Thịnh'''


def main():
    o = OCR(303)
    for l, noise in HEAD:
        o.line(l, noise=noise)
    targets = []
    for p in PARAS:
        text, ts, pb = (p + (False,))[:3]
        if pb:
            o.page(2)
        o.para(text)
        targets += ts
    o.lines(SIGN)
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(o.text())
    doc = {
        'number': '3127/UBND-KGVX', 'symbol': 'UBND-KGVX', 'serial': '3127', 'type': 'cong_van',
        'issuer': 'Ủy ban nhân dân tỉnh Bình Phước', 'place': 'Bình Phước', 'date': '2022-11-14',
        'subject': SUBJECT, 'signer': 'Lương Đức Thịnh',
        'references': ['766/QĐ-TTg', '3425/VPCP-KSTT', '108/KH-UBND'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets}])
    print('slips:', len(o.slips), o.slips[:12])


if __name__ == '__main__':
    main()
