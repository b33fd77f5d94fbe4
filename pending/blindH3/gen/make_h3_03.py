#!/usr/bin/env python3
"""h3_03: Quảng Trị People's Council (HĐND) resolution 168/NQ-HĐND of
09/12/2021 on the 2022 socio-economic plan, UTF-8 (NFC) text as copied from
the provincial gazette (LF line ends, header block joined by tabs).

Điều 1 reviews 2021 (results only). Điều 2.2 lists the main 2022 indicators as
lettered items a) … s); all are province-wide (unit null). Five are canonical
indicators of spec/metrics.md; the others (GRDP growth, GRDP per head, capital
investment, budget revenue, poverty, unemployment, trained labour, health
insurance, new-rural communes, forest cover, urban waste, signed documents)
are not, and are gold targets with metric null (see NOTES.md for why).

Each lettered item is stored with its target; the text and the gold come from
that one list.
"""
from common import T, write_doc, write_gold

SEED = 'h3_03_quangtri_nq_2021.txt'
Y = 2022
PROV = [None, 'Toàn tỉnh', 'Tỉnh Quảng Trị']


def P(metric, value, text, comparator='>=', uom='%', note=None):
    return T(PROV, metric, value, text, 'prose', Y, comparator=comparator, uom=uom, note=note)


HEAD = '''HỘI ĐỒNG NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG TRỊ\tĐộc lập - Tự do - Hạnh phúc

Số: 168/NQ-HĐND\tQuảng Trị, ngày 09 tháng 12 năm 2021

NGHỊ QUYẾT
Về kế hoạch phát triển kinh tế - xã hội năm 2022

HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG TRỊ
KHÓA VIII, KỲ HỌP THỨ 6

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;
Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;
Căn cứ Nghị quyết số 124/NQ-HĐND ngày 16 tháng 8 năm 2021 của Hội đồng nhân dân tỉnh về Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025;
Xét Tờ trình số 5123/TTr-UBND ngày 22 tháng 11 năm 2021 của Ủy ban nhân dân tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2022; Báo cáo thẩm tra của các Ban Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.

QUYẾT NGHỊ:

Điều 1. Đánh giá tình hình thực hiện kế hoạch năm 2021
Hội đồng nhân dân tỉnh cơ bản tán thành báo cáo của Ủy ban nhân dân tỉnh về tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2021. Trong bối cảnh dịch bệnh COVID-19 diễn biến phức tạp, kinh tế của tỉnh vẫn duy trì mức tăng trưởng khá: tổng sản phẩm trên địa bàn (GRDP) ước tăng 5,4%; GRDP bình quân đầu người ước đạt 56,3 triệu đồng; thu ngân sách nhà nước trên địa bàn ước đạt 2.986 tỷ đồng; tỷ lệ hộ nghèo giảm còn 5,73%; tỷ lệ che phủ rừng đạt 49,8%; tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến mức độ 3, 4 đạt 31,2%; tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,6%. Có 13/17 chỉ tiêu chủ yếu đạt và vượt kế hoạch.

Điều 2. Mục tiêu, chỉ tiêu chủ yếu năm 2022
1. Mục tiêu tổng quát
Thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19; phục hồi và phát triển kinh tế - xã hội; đẩy mạnh cải cách hành chính, chuyển đổi số, xây dựng chính quyền điện tử; bảo đảm an sinh xã hội, quốc phòng, an ninh.
2. Các chỉ tiêu chủ yếu
'''

# (letter, text, target or None)
ITEMS = [
    ('a', 'Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) đạt từ 6,5% trở lên.',
     P(None, 6.5, 'Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)')),
    ('b', 'GRDP bình quân đầu người đạt 61 triệu đồng.',
     P(None, 61, 'GRDP bình quân đầu người', uom='triệu đồng')),
    ('c', 'Tổng vốn đầu tư phát triển toàn xã hội đạt 21.500 tỷ đồng.',
     P(None, 21500, 'Tổng vốn đầu tư phát triển toàn xã hội', uom='tỷ đồng')),
    ('d', 'Thu ngân sách nhà nước trên địa bàn đạt 3.150 tỷ đồng.',
     P(None, 3150, 'Thu ngân sách nhà nước trên địa bàn', uom='tỷ đồng')),
    ('đ', 'Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025) giảm từ 1,5% trở lên.',
     P(None, 1.5, 'Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025) giảm',
       note='mức giảm (điểm phần trăm), không phải tỷ lệ')),
    ('e', 'Tỷ lệ thất nghiệp ở khu vực thành thị dưới 3,5%.',
     P(None, 3.5, 'Tỷ lệ thất nghiệp ở khu vực thành thị', comparator='<=')),
    ('g', 'Tỷ lệ lao động qua đào tạo đạt 67%.',
     P(None, 67, 'Tỷ lệ lao động qua đào tạo')),
    ('h', 'Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95,5%.',
     P(None, 95.5, 'Tỷ lệ dân số tham gia bảo hiểm y tế')),
    ('i', 'Có thêm 08 xã đạt chuẩn nông thôn mới.',
     P(None, 8, 'Số xã đạt chuẩn nông thôn mới tăng thêm', uom='xã')),
    ('k', 'Tỷ lệ che phủ rừng đạt 50,2%.',
     P(None, 50.2, 'Tỷ lệ che phủ rừng')),
    ('l', 'Tỷ lệ chất thải rắn sinh hoạt ở đô thị được thu gom, xử lý đạt 92%.',
     P(None, 92, 'Tỷ lệ chất thải rắn sinh hoạt ở đô thị được thu gom, xử lý')),
    ('m', 'Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến mức độ 3, 4 đạt từ 40% trở lên.',
     P('online_dossier_rate', 40, 'Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến mức độ 3, 4')),
    ('n', 'Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp trực tuyến mức độ 4 đạt 80%.',
     P('full_online_service_rate', 80, 'Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp trực tuyến mức độ 4')),
    ('o', 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 30%.',
     P('dossier_result_digitization_rate', 30, 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính')),
    ('p', 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%.',
     P('on_time_resolution_rate', 98, 'Tỷ lệ hồ sơ giải quyết đúng hạn')),
    ('q', 'Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt trên 85%.',
     P('satisfaction_rate', 85, 'Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước')),
    ('r', 'Tỷ lệ văn bản đi của các cơ quan hành chính nhà nước (trừ văn bản mật) được ký số đạt 90%.',
     P(None, 90, 'Tỷ lệ văn bản đi của các cơ quan hành chính nhà nước (trừ văn bản mật) được ký số')),
]

TAIL = '''3. Nhiệm vụ, giải pháp chủ yếu
a) Tập trung tháo gỡ khó khăn cho sản xuất, kinh doanh; đẩy nhanh tiến độ giải ngân vốn đầu tư công; thu hút đầu tư vào các khu kinh tế, khu công nghiệp.
b) Đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư kinh doanh; nâng cao các chỉ số PAR Index, SIPAS, PCI; triển khai hiệu quả Đề án chuyển đổi số tỉnh Quảng Trị đến năm 2025, định hướng đến năm 2030.
c) Bảo đảm an sinh xã hội, chăm lo đời sống Nhân dân; giữ vững quốc phòng, an ninh, trật tự an toàn xã hội.

Điều 3. Tổ chức thực hiện
1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết; giao chỉ tiêu cụ thể cho các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố.
2. Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Quảng Trị Khóa VIII, Kỳ họp thứ 6 thông qua ngày 09 tháng 12 năm 2021 và có hiệu lực từ ngày thông qua./.

Nơi nhận:\tCHỦ TỊCH
- UBTV Quốc hội, Chính phủ;
- Bộ Kế hoạch và Đầu tư, Bộ Tài chính;
- TT Tỉnh ủy, HĐND, UBND, UBMTTQVN tỉnh;
- Đoàn ĐBQH tỉnh;
- Đại biểu HĐND tỉnh;
- Các sở, ban, ngành, đoàn thể cấp tỉnh;
- TT HĐND, UBND các huyện, thị xã, thành phố;
- Lưu: VT, KTNS.



\tLê Hữu Phước
'''


def main():
    body = ''.join(f'{k}) {text}\n' for k, text, _ in ITEMS)
    write_doc(SEED, (HEAD + body + TAIL).encode('utf-8'))
    targets = [t for _, _, t in ITEMS if t is not None]
    doc = {
        'number': '168/NQ-HĐND', 'symbol': 'NQ-HĐND', 'serial': '168', 'type': 'nghi_quyet',
        'issuer': 'Hội đồng nhân dân tỉnh Quảng Trị', 'place': 'Quảng Trị', 'date': '2021-12-09',
        'subject': 'Về kế hoạch phát triển kinh tế - xã hội năm 2022',
        'signer': 'Lê Hữu Phước',
        'references': ['124/NQ-HĐND', '5123/TTr-UBND'],
        'expected_warnings': ['unmapped_metric for each of the 12 items a)-l) and r)'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets}])


if __name__ == '__main__':
    main()
