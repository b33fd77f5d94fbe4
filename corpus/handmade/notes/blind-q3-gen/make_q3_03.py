#!/usr/bin/env python3
"""q3_03: Lào Cai (merged with Yên Bái) Sở Khoa học và Công nghệ dispatch
1452/SKHCN-CĐS, 20/10/2025, to UBND các xã, phường, as the markdown output of a
DOCX-to-markdown converter (layout table in pipes with <br>, bold runs,
escaped list numbers "1\\.", a results table per commune).

Past results (9 months of 2025, a table of five communes' rates) are NOT
targets. The restated levels of the provincial plan that the dispatch urges
its addressees to reach by 31/12/2025 are unit-null targets (seed 000 reading),
plus one exception naming three wards.
"""
import os
from common import DOCS, T, write_gold

SEED = 'q3_03_laocai_cv_2025.md'
Y = 2025
ADDR = [None, 'UBND các xã, phường', 'Các xã, phường', 'UBND các xã, phường trên địa bàn tỉnh']


def ward(n):
    return [f'UBND phường {n}', f'Phường {n}']


def P(unit, metric, value, text, comparator='>=', note=None):
    return T(unit, metric, value, text, 'prose', Y, comparator=comparator, note=note)


HEAD = '''| UBND TỈNH LÀO CAI<br>**SỞ KHOA HỌC VÀ CÔNG NGHỆ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |
|:---:|:---:|
| Số: 1452/SKHCN-CĐS<br>V/v đôn đốc nâng cao tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến tại Ủy ban nhân dân các xã, phường | *Lào Cai, ngày 20 tháng 10 năm 2025* |

**Kính gửi:** Ủy ban nhân dân các xã, phường trên địa bàn tỉnh.
'''

ITEMS = [
    ('Thực hiện Kế hoạch số 186/KH-UBND ngày 05/8/2025 của Ủy ban nhân dân tỉnh về nâng cao chất lượng phục vụ người dân, doanh nghiệp trong giải quyết thủ tục hành chính sau sắp xếp đơn vị hành chính; Công văn số 2107/UBND-KGVX ngày 29/9/2025 của Ủy ban nhân dân tỉnh về việc đôn đốc thực hiện chỉ tiêu dịch vụ công trực tuyến, Sở Khoa học và Công nghệ thông tin kết quả và đề nghị như sau:', []),
    ('**1\\. Kết quả thực hiện 9 tháng năm 2025**', []),
    ('Tính đến ngày 30/9/2025, Ủy ban nhân dân 99 xã, phường đã tiếp nhận 214.806 hồ sơ thủ tục hành chính; tỷ lệ hồ sơ trực tuyến cấp xã đạt 42,7%; tỷ lệ thanh toán trực tuyến đạt 31,5%; tỷ lệ số hóa kết quả giải quyết thủ tục hành chính đạt 76,9%; tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,2%. Một số đơn vị có kết quả cao, một số đơn vị còn thấp (chi tiết tại bảng dưới):', []),
    ('''| STT | Xã, phường | Hồ sơ tiếp nhận | Hồ sơ trực tuyến | Tỷ lệ hồ sơ trực tuyến (%) | Tỷ lệ thanh toán trực tuyến (%) |
|---|---|---|---|---|---|
| 1 | Phường Lào Cai | 9.412 | 7.642 | 81,2 | 64,3 |
| 2 | Phường Yên Bái | 8.027 | 6.293 | 78,4 | 58,1 |
| 3 | Phường Cam Đường | 5.318 | 3.951 | 74,3 | 52,7 |
| 4 | Xã Mường Hum | 1.104 | 137 | 12,4 | 6,2 |
| 5 | Xã Trạm Tấu | 986 | 143 | 14,5 | 8,9 |''', []),
    ('**2\\. Đề nghị Ủy ban nhân dân các xã, phường**', []),
    ('Để hoàn thành các chỉ tiêu năm 2025 được giao tại Kế hoạch số 186/KH-UBND, Sở Khoa học và Công nghệ đề nghị Chủ tịch Ủy ban nhân dân các xã, phường:', []),
    ('a) Tập trung chỉ đạo, phấn đấu đến ngày 31/12/2025 đạt các chỉ tiêu sau:', []),
    ('- Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính đạt tối thiểu 60% (riêng phường Lào Cai, phường Yên Bái và phường Cam Đường đạt tối thiểu 85%);', [
        P(ADDR, 'online_dossier_rate', 60, 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính',
          note='riêng phường Lào Cai, phường Yên Bái và phường Cam Đường đạt tối thiểu 85%'),
        P(ward('Lào Cai'), 'online_dossier_rate', 85, 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính'),
        P(ward('Yên Bái'), 'online_dossier_rate', 85, 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính'),
        P(ward('Cam Đường'), 'online_dossier_rate', 85, 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính'),
    ]),
    ('- Tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí đạt tối thiểu 50%;', [
        P(ADDR, 'online_payment_rate', 50, 'Tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí'),
    ]),
    ('- 100% kết quả giải quyết thủ tục hành chính được số hóa;', [
        P(ADDR, 'result_digitization_rate', 100, 'kết quả giải quyết thủ tục hành chính được số hóa'),
    ]),
    ('- Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 98% trở lên.', [
        P(ADDR, 'on_time_resolution_rate', 98, 'Tỷ lệ hồ sơ giải quyết đúng hạn'),
    ]),
    ('b) Phân công lãnh đạo phụ trách, rà soát từng hồ sơ tiếp nhận trực tiếp để hướng dẫn người dân nộp trực tuyến; bố trí máy tính, máy quét tại Bộ phận Một cửa; phát huy vai trò của Tổ công nghệ số cộng đồng tại 2.136 thôn, tổ dân phố.', []),
    ('c) Báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ trước ngày 25 hằng tháng; báo cáo năm 2025 trước ngày 05/01/2026.', []),
    ('Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị liên hệ Phòng Chuyển đổi số, Sở Khoa học và Công nghệ (điện thoại: 0214.3840.219) để được hướng dẫn./.', []),
]

TAIL = '''
| ***Nơi nhận:***<br>- Như trên;<br>- UBND tỉnh (b/c);<br>- Giám đốc, các PGĐ Sở;<br>- Trung tâm Phục vụ hành chính công tỉnh;<br>- Lưu: VT, CĐS. | **KT. GIÁM ĐỐC**<br>**PHÓ GIÁM ĐỐC**<br><br><br>**Đinh Thị Thu Hằng** |
|---|---|
'''


def main():
    out = [HEAD]
    targets = []
    for line, ts in ITEMS:
        out.append(line + '\n')
        targets += ts
    out.append(TAIL)
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out))
    doc = {
        'number': '1452/SKHCN-CĐS', 'symbol': 'SKHCN-CĐS', 'serial': '1452', 'type': 'cong_van',
        'issuer': ['Sở Khoa học và Công nghệ tỉnh Lào Cai', 'Sở Khoa học và Công nghệ'],
        'place': 'Lào Cai', 'date': '2025-10-20',
        'subject': 'Đôn đốc nâng cao tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến tại Ủy ban nhân dân các xã, phường',
        'signer': 'Đinh Thị Thu Hằng',
        'references': ['186/KH-UBND', '2107/UBND-KGVX'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets}])


if __name__ == '__main__':
    main()
