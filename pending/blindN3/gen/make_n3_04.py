#!/usr/bin/env python3
"""n3_04: Bến Tre provincial People's Council resolution (Nghị quyết 26/NQ-HĐND,
08/12/2022) on the 2023 socio-economic plan, plain UTF-8 text. Điều 1 holds
2022 estimates (results, no targets). Điều 2 lists the 2023 targets: economic,
social and environmental ones (none in spec/metrics.md: metric null) and a
"chuyển đổi số, cải cách hành chính" group whose wordings map to metrics.md,
plus two lookalikes (ký số, quá hạn) that are null too.

All targets are province-wide (unit null, or "Toàn tỉnh"/"Tỉnh Bến Tre", or
"UBND tỉnh" which Điều 3 charges with carrying them out).
"""
import os
from common import DOCS, T, write_gold

SEED = 'n3_04_bentre_nq_2023.txt'
Y = 2023
PROV = [None, 'Toàn tỉnh', 'Tỉnh Bến Tre', 'UBND tỉnh', 'UBND tỉnh Bến Tre']


def P(metric, value, text, comparator='>=', uom='%', note=None):
    return T(PROV, metric, value, text, 'prose', Y, comparator=comparator, uom=uom, note=note)


HEADER = """HỘI ĐỒNG NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH BẾN TRE\tĐộc lập - Tự do - Hạnh phúc
--------\t---------------
Số: 26/NQ-HĐND\tBến Tre, ngày 08 tháng 12 năm 2022

NGHỊ QUYẾT
Về kế hoạch phát triển kinh tế - xã hội năm 2023
__________

HỘI ĐỒNG NHÂN DÂN TỈNH BẾN TRE
KHÓA X - KỲ HỌP THỨ 7

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;
Căn cứ Nghị quyết số 06/NQ-HĐND ngày 20 tháng 8 năm 2021 của Hội đồng nhân dân tỉnh về kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025;
Xét Tờ trình số 6543/TTr-UBND ngày 15 tháng 11 năm 2022 của Ủy ban nhân dân tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2023; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.

QUYẾT NGHỊ:

Điều 1. Đánh giá tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2022
Hội đồng nhân dân tỉnh thống nhất với đánh giá của Ủy ban nhân dân tỉnh về tình hình thực hiện kế hoạch năm 2022. Ước thực hiện cả năm, có 17/21 chỉ tiêu đạt và vượt kế hoạch: tốc độ tăng trưởng kinh tế (GRDP) ước đạt 7,12%; GRDP bình quân đầu người ước đạt 58,4 triệu đồng; tổng vốn đầu tư toàn xã hội đạt 21.560 tỷ đồng; tỷ lệ hộ nghèo giảm 1,27%; tỷ lệ lao động qua đào tạo đạt 67,5%; tỷ lệ dân số tham gia bảo hiểm y tế đạt 90,3%; tỷ lệ dân số nông thôn sử dụng nước sạch đạt 68,2%. Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính đạt 31,5%; tỷ lệ hồ sơ thanh toán trực tuyến đạt 17,8%; mức độ hài lòng của người dân, doanh nghiệp đạt 88,6%.
Còn 04 chỉ tiêu không đạt kế hoạch, trong đó tỷ lệ hồ sơ trực tuyến thấp hơn chỉ tiêu 40% mà Nghị quyết số 19/NQ-HĐND ngày 09 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh đề ra.

Điều 2. Mục tiêu, chỉ tiêu chủ yếu năm 2023
1. Mục tiêu tổng quát
Tập trung phục hồi, phát triển kinh tế gắn với chuyển đổi số; đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư kinh doanh; bảo đảm an sinh xã hội, nâng cao đời sống vật chất, tinh thần của Nhân dân.
2. Các chỉ tiêu chủ yếu"""

# (line, targets)
ITEMS = [
    ('a) Về kinh tế', []),
    ('(1) Tốc độ tăng trưởng kinh tế (GRDP) đạt 7,5%.',
     [P(None, 7.5, 'Tốc độ tăng trưởng kinh tế (GRDP)')]),
    ('(2) GRDP bình quân đầu người đạt 65 triệu đồng.',
     [P(None, 65, 'GRDP bình quân đầu người', uom='triệu đồng')]),
    ('(3) Tổng vốn đầu tư toàn xã hội đạt 25.000 tỷ đồng.',
     [P(None, 25000, 'Tổng vốn đầu tư toàn xã hội', uom='tỷ đồng')]),
    ('b) Về xã hội', []),
    ('(4) Tỷ lệ hộ nghèo giảm 1,5% (theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025).',
     [P(None, 1.5, 'Tỷ lệ hộ nghèo giảm', note='mức giảm; theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025')]),
    ('(5) Tỷ lệ lao động qua đào tạo đạt 70%, trong đó có bằng cấp, chứng chỉ đạt 32%.',
     [P(None, 70, 'Tỷ lệ lao động qua đào tạo'),
      P(None, 32, 'Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ')]),
    ('(6) Tỷ lệ dân số tham gia bảo hiểm y tế đạt 92%.',
     [P(None, 92, 'Tỷ lệ dân số tham gia bảo hiểm y tế')]),
    ('(7) Số bác sĩ trên một vạn dân đạt 10 bác sĩ.',
     [P(None, 10, 'Số bác sĩ trên một vạn dân', uom='bác sĩ/vạn dân')]),
    ('c) Về môi trường', []),
    ('(8) Tỷ lệ dân số nông thôn sử dụng nước sạch đạt 75%.',
     [P(None, 75, 'Tỷ lệ dân số nông thôn sử dụng nước sạch')]),
    ('(9) Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý đạt 96%.',
     [P(None, 96, 'Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý')]),
    ('d) Về chuyển đổi số, cải cách hành chính', []),
    ('(10) Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính đạt 50% (năm 2022 ước đạt 31,5%).',
     [P('online_dossier_rate', 50, 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính')]),
    ('(11) Tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện đạt 80%.',
     [P('full_online_service_rate', 80, 'Tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện')]),
    ('(12) Tỷ lệ hồ sơ thanh toán trực tuyến đạt 30%.',
     [P('online_payment_rate', 30, 'Tỷ lệ hồ sơ thanh toán trực tuyến')]),
    ('(13) Tỷ lệ số hóa hồ sơ, kết quả giải quyết và cấp kết quả giải quyết thủ tục hành chính điện tử đạt 55%.',
     [P('dossier_result_digitization_rate', 55,
        'Tỷ lệ số hóa hồ sơ, kết quả giải quyết và cấp kết quả giải quyết thủ tục hành chính điện tử')]),
    ('(14) Tỷ lệ hồ sơ được giải quyết đúng hạn đạt 98%; tỷ lệ hồ sơ giải quyết quá hạn dưới 1%.',
     [P('on_time_resolution_rate', 98, 'Tỷ lệ hồ sơ được giải quyết đúng hạn'),
      P(None, 1, 'tỷ lệ hồ sơ giải quyết quá hạn', comparator='<=')]),
    ('(15) Mức độ hài lòng của người dân, doanh nghiệp trong giải quyết thủ tục hành chính đạt trên 90%.',
     [P('satisfaction_rate', 90, 'Mức độ hài lòng của người dân, doanh nghiệp trong giải quyết thủ tục hành chính')]),
    ('(16) Tỷ lệ văn bản đi được ký số (trừ văn bản mật) đạt 95%.',
     [P(None, 95, 'Tỷ lệ văn bản đi được ký số (trừ văn bản mật)')]),
    ('(17) Kinh tế số chiếm 12% GRDP.',
     [P(None, 12, 'Kinh tế số chiếm tỷ trọng trong GRDP')]),
]

FOOTER = """3. Nhiệm vụ, giải pháp chủ yếu
Hội đồng nhân dân tỉnh thống nhất với các nhiệm vụ, giải pháp do Ủy ban nhân dân tỉnh trình; đồng thời nhấn mạnh: tập trung tháo gỡ khó khăn cho sản xuất, kinh doanh; đẩy nhanh tiến độ giải ngân vốn đầu tư công; ứng phó hạn hán, xâm nhập mặn mùa khô 2022 - 2023; triển khai Đề án 06 của Chính phủ.

Điều 3. Tổ chức thực hiện
1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết này.
2. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban Hội đồng nhân dân tỉnh, các Tổ đại biểu Hội đồng nhân dân tỉnh và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Bến Tre Khóa X, Kỳ họp thứ 7 thông qua ngày 08 tháng 12 năm 2022 và có hiệu lực từ ngày thông qua./.

Nơi nhận:\tCHỦ TỊCH
- Ủy ban Thường vụ Quốc hội;
- Chính phủ;
- Bộ Kế hoạch và Đầu tư;
- Thường trực Tỉnh ủy;
- Đại biểu HĐND tỉnh;
- UBND tỉnh, UBMTTQ Việt Nam tỉnh;
- Các sở, ban, ngành tỉnh;
- HĐND, UBND các huyện, thành phố;\t
- Lưu: VT.\tNguyễn Văn Khởi
"""


def main():
    lines = [HEADER]
    targets = []
    for text, ts in ITEMS:
        lines.append(text)
        targets += ts
    txt = '\n'.join(lines) + '\n' + FOOTER
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(txt)
    doc = {
        'number': '26/NQ-HĐND', 'symbol': 'NQ-HĐND', 'serial': '26', 'type': 'nghi_quyet',
        'issuer': 'Hội đồng nhân dân tỉnh Bến Tre', 'place': 'Bến Tre', 'date': '2022-12-08',
        'subject': 'Về kế hoạch phát triển kinh tế - xã hội năm 2023',
        'signer': 'Nguyễn Văn Khởi',
        'references': ['06/NQ-HĐND', '6543/TTr-UBND', '19/NQ-HĐND'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets}])


if __name__ == '__main__':
    main()
