#!/usr/bin/env python3
"""i3_02: Hưng Yên, UBND huyện Khoái Châu, Kế hoạch 215/KH-UBND signed
30/12/2024 for the year 2025, as plain text exported from Word: header and
signature blocks joined by tabs, old tone placement ("HOÀ", "hoá", "Uỷ"), the
appendix table as tab-separated rows with section rows I / II, values printed
"≥ 90%", "100%", "97,5", "x" (not applicable) and blank cells.
Prose in II.2 holds an enumeration of communes and a lookalike indicator.
"""
import os
from common import DOCS, T, num, write_gold

SEED = 'i3_02_hungyen_khoaichau_kh_2025.txt'
Y = 2025
HUYEN = [None, 'Toàn huyện', 'Huyện Khoái Châu']

COLS = [
    ('Tỷ lệ số hoá thành phần hồ sơ TTHC', 'dossier_digitization_rate'),
    ('Tỷ lệ số hoá kết quả giải quyết TTHC', 'result_digitization_rate'),
    ('Tỷ lệ thanh toán trực tuyến', 'online_payment_rate'),
    ('Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn', 'on_time_resolution_rate'),
]


def P(name):
    return [name, name + ' huyện', name + ' huyện Khoái Châu']


def X(printed):
    # "Xã Đông Tảo" -> UBND xã Đông Tảo / Xã Đông Tảo
    return ['UBND ' + printed[0].lower() + printed[1:], printed]


G1 = 'Các cơ quan chuyên môn thuộc UBND huyện'
G2 = 'UBND các xã, thị trấn'
ROWS = [
    ('S', 'I', G1),
    (1, 'Phòng Tư pháp', P('Phòng Tư pháp'), ['≥ 90%', '100%', '≥ 60%', '≥ 98%'], ''),
    (2, 'Phòng Tài nguyên và Môi trường', P('Phòng Tài nguyên và Môi trường'), ['≥ 80%', '100%', '≥ 50%', '97,5'], 'Lĩnh vực đất đai'),
    (3, 'Phòng Kinh tế và Hạ tầng', P('Phòng Kinh tế và Hạ tầng'), ['≥ 90%', '100%', '≥ 60%', '≥ 98%'], ''),
    (4, 'Phòng Lao động - Thương binh và Xã hội', P('Phòng Lao động - Thương binh và Xã hội'), ['≥ 90%', '100%', 'x', '≥ 98%'], 'Không phát sinh phí, lệ phí'),
    (5, 'Phòng Văn hoá và Thông tin', P('Phòng Văn hóa và Thông tin'), ['≥ 90%', '100%', '', '≥ 98%'], ''),
    ('S', 'II', G2),
    (1, 'Thị trấn Khoái Châu', X('Thị trấn Khoái Châu'), ['≥ 85%', '100%', '≥ 55%', '97,5'], ''),
    (2, 'Xã Đông Tảo', X('Xã Đông Tảo'), ['≥ 80%', '100%', '≥ 50%', '97,5'], ''),
    (3, 'Xã Dạ Trạch', X('Xã Dạ Trạch'), ['≥ 80%', '100%', '≥ 50%', '97,5'], ''),
    (4, 'Xã Bình Minh', X('Xã Bình Minh'), ['≥ 80%', '100%', '≥ 45%', '97'], ''),
    (5, 'Xã Hàm Tử', X('Xã Hàm Tử'), ['≥ 75%', '100%', '≥ 40%', '97'], ''),
    (6, 'Xã Tứ Dân', X('Xã Tứ Dân'), ['≥ 75%', '100%', 'x', '97'], 'Chưa triển khai thu phí trực tuyến'),
]

HEAD = '''ỦY BAN NHÂN DÂN\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN KHOÁI CHÂU\tĐộc lập - Tự do - Hạnh phúc

Số: 215/KH-UBND\tKhoái Châu, ngày 30 tháng 12 năm 2024

KẾ HOẠCH
Thực hiện các chỉ tiêu về dịch vụ công trực tuyến, số hoá hồ sơ
và giải quyết thủ tục hành chính trên địa bàn huyện năm 2025

Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử;
Căn cứ Quyết định số 2581/QĐ-UBND ngày 18/12/2024 của Uỷ ban nhân dân tỉnh Hưng Yên về việc giao chỉ tiêu cải cách hành chính năm 2025;
Uỷ ban nhân dân huyện Khoái Châu ban hành Kế hoạch thực hiện năm 2025 như sau:

I. KẾT QUẢ THỰC HIỆN NĂM 2024
Năm 2024 toàn huyện đạt 62,5% hồ sơ trực tuyến; tỷ lệ số hoá kết quả giải quyết thủ tục hành chính đạt 88,3%; tỷ lệ thanh toán trực tuyến đạt 41,6%. Kết quả 6 tháng đầu năm 2024, xã Đông Tảo đạt 71,4%, xã Tứ Dân mới đạt 23,8% hồ sơ trực tuyến.

II. MỤC TIÊU
1. Mục tiêu chung
Nâng cao chất lượng giải quyết thủ tục hành chính (TTHC), tăng tỷ lệ sử dụng dịch vụ công trực tuyến (DVCTT) của người dân, doanh nghiệp trên địa bàn huyện.
2. Chỉ tiêu cụ thể năm 2025
'''

# (paragraph, targets it holds)
PROSE = [
    ('a) UBND các xã: Đông Tảo, Dạ Trạch, Bình Minh và thị trấn Khoái Châu phấn đấu đạt tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến từ 85% trở lên; UBND các xã còn lại đạt tối thiểu 70 %.', [
        T(['UBND xã Đông Tảo', 'Xã Đông Tảo'], 'online_dossier_rate', 85, 'tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến', 'prose', Y),
        T(['UBND xã Dạ Trạch', 'Xã Dạ Trạch'], 'online_dossier_rate', 85, 'tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến', 'prose', Y),
        T(['UBND xã Bình Minh', 'Xã Bình Minh'], 'online_dossier_rate', 85, 'tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến', 'prose', Y),
        T(['UBND thị trấn Khoái Châu', 'Thị trấn Khoái Châu'], 'online_dossier_rate', 85, 'tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến', 'prose', Y),
        T(['UBND các xã còn lại', 'Các xã còn lại'], 'online_dossier_rate', 70, 'tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến', 'prose', Y),
    ]),
    ('b) Các cơ quan chuyên môn thuộc UBND huyện: tỷ lệ hồ sơ trực tuyến toàn trình không thấp hơn 80%.', [
        T([G1], 'full_online_dossier_rate', 80, 'tỷ lệ hồ sơ trực tuyến toàn trình', 'prose', Y),
    ]),
    ('c) Toàn huyện: tỷ lệ phản ánh, kiến nghị của người dân, doanh nghiệp về quy định hành chính được xử lý đúng hạn đạt 100%; mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC đạt tối thiểu 95%.', [
        T(HUYEN, None, 100, 'tỷ lệ phản ánh, kiến nghị của người dân, doanh nghiệp về quy định hành chính được xử lý đúng hạn', 'prose', Y),
        T(HUYEN, 'satisfaction_rate', 95, 'mức độ hài lòng của người dân, doanh nghiệp', 'prose', Y),
    ]),
    ('d) Các chỉ tiêu về số hoá, thanh toán trực tuyến và giải quyết hồ sơ đúng hạn của từng cơ quan, đơn vị: chi tiết tại Phụ lục kèm theo.', []),
]

TAIL = '''
III. NHIỆM VỤ, GIẢI PHÁP
1. Văn phòng HĐND và UBND huyện chủ trì, phối hợp với Bộ phận Một cửa huyện theo dõi, đôn đốc; trước ngày 25 hằng tháng tổng hợp kết quả, báo cáo Chủ tịch UBND huyện.
2. Các cơ quan, đơn vị rà soát quy trình nội bộ, bố trí tối thiểu 01 công chức hướng dẫn người dân nộp hồ sơ trực tuyến tại Bộ phận Một cửa.
3. UBND các xã, thị trấn phát huy vai trò Tổ công nghệ số cộng đồng tại 100 thôn, khu dân cư.

IV. TỔ CHỨC THỰC HIỆN
Thủ trưởng các cơ quan chuyên môn thuộc UBND huyện, Chủ tịch UBND các xã, thị trấn chịu trách nhiệm trước Chủ tịch UBND huyện về kết quả thực hiện chỉ tiêu được giao./.

Nơi nhận:\tTM. ỦY BAN NHÂN DÂN
- UBND tỉnh (b/c);\tKT. CHỦ TỊCH
- TT Huyện uỷ, TT HĐND huyện;\tPHÓ CHỦ TỊCH
- Các cơ quan, đơn vị thuộc huyện;\t
- UBND các xã, thị trấn;\t
- Lưu: VT.\tĐỗ Thị Thuỷ Ngân


PHỤ LỤC
CHỈ TIÊU SỐ HOÁ, THANH TOÁN TRỰC TUYẾN VÀ GIẢI QUYẾT HỒ SƠ NĂM 2025
(Kèm theo Kế hoạch số 215/KH-UBND ngày 30/12/2024 của Uỷ ban nhân dân huyện Khoái Châu)

'''


def table():
    lines = ['\t'.join(['STT', 'Đơn vị'] + [c for c, _ in COLS] + ['Ghi chú'])]
    ts, group = [], None
    for r in ROWS:
        if r[0] == 'S':
            group = r[2]
            lines.append(f'{r[1]}\t{r[2]}' + '\t' * (len(COLS) + 1))
            continue
        stt, name, units, cells, note = r
        lines.append('\t'.join([str(stt), name] + cells + [note]))
        for (hdr, metric), c in zip(COLS, cells):
            v = num(c)
            if v is None:
                continue
            ts.append(T(units, metric, v, hdr, 'table', Y, unit_group=group, note=note or None))
    return lines, ts


def main():
    lines, ts = table()
    body = HEAD + '\n'.join(p for p, _ in PROSE) + '\n' + TAIL + '\n'.join(lines) + '\n'
    open(os.path.join(DOCS, SEED), 'w', encoding='utf-8').write(body)
    doc = {
        'number': '215/KH-UBND', 'symbol': 'KH-UBND', 'serial': '215', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân huyện Khoái Châu', 'place': 'Khoái Châu', 'date': '2024-12-30',
        'subject': 'Thực hiện các chỉ tiêu về dịch vụ công trực tuyến, số hoá hồ sơ và giải quyết thủ tục hành chính trên địa bàn huyện năm 2025',
        'signer': 'Đỗ Thị Thuỷ Ngân',
        'references': ['45/2020/NĐ-CP', '2581/QĐ-UBND'],
        'expected_warnings': ['unmapped_metric: tỷ lệ phản ánh, kiến nghị … được xử lý đúng hạn (II.2.c)'],
    }
    write_gold(SEED, [{'document': doc, 'targets': [t for _, ts_ in PROSE for t in ts_] + ts}])


if __name__ == '__main__':
    main()
