#!/usr/bin/env python3
"""i3_04: two documents in one text file (shaped like seed 000).

1. Công văn 1475/UBND-VP (12/9/2023) of UBND huyện Diễn Châu (Nghệ An),
   drafted by its Văn phòng, forwarding the province decision and assigning
   levels to communes in prose (an enumeration "UBND các xã: A, B, C và thị
   trấn D … từ 85% trở lên", the rest of the communes as a group), next to
   first-half-2023 results that are not targets.
2. The forwarded Quyết định 2687/QĐ-UBND (05/9/2023) of UBND tỉnh Nghệ An with
   one province-wide prose level and its appendix: tab-separated rows, section
   rows I / II, 21 district-level units × 2 indicators; one blank cell under a
   header that carries its own default "(tối thiểu 30%)".
"""
import os
from common import DOCS, T, num, write_gold

SEED = 'i3_04_nghean_dienchau_cv_2023.txt'
Y = 2023
PROV = [None, 'Toàn tỉnh', 'Tỉnh Nghệ An']

COLS = [
    ('Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC', 'online_dossier_rate'),
    ('Tỷ lệ hồ sơ thanh toán trực tuyến (tối thiểu 30%)', 'online_payment_rate'),
]


def U(printed):
    return ['UBND ' + printed[0].lower() + printed[1:], printed]


G1 = 'Thành phố, thị xã'
G2 = 'Các huyện'
ROWS = [
    ('S', 'I', G1),
    (1, 'Thành phố Vinh', ['80%', '50%']),
    (2, 'Thị xã Cửa Lò', ['70%', '45%']),
    (3, 'Thị xã Thái Hoà', ['70%', '40%']),
    (4, 'Thị xã Hoàng Mai', ['70%', '40%']),
    ('S', 'II', G2),
    (1, 'Huyện Diễn Châu', ['75%', '40%']),
    (2, 'Huyện Quỳnh Lưu', ['75%', '40%']),
    (3, 'Huyện Yên Thành', ['70%', '40%']),
    (4, 'Huyện Nghi Lộc', ['75%', '40%']),
    (5, 'Huyện Hưng Nguyên', ['70%', '35%']),
    (6, 'Huyện Nam Đàn', ['70%', '35%']),
    (7, 'Huyện Đô Lương', ['70%', '35%']),
    (8, 'Huyện Thanh Chương', ['65%', '35%']),
    (9, 'Huyện Anh Sơn', ['65%', '30%']),
    (10, 'Huyện Tân Kỳ', ['65%', '30%']),
    (11, 'Huyện Nghĩa Đàn', ['65%', '30%']),
    (12, 'Huyện Quỳ Hợp', ['60%', '30%']),
    (13, 'Huyện Quỳ Châu', ['55%', '30%']),
    (14, 'Huyện Quế Phong', ['55%', '30%']),
    (15, 'Huyện Con Cuông', ['55%', '30%']),
    (16, 'Huyện Tương Dương', ['50%', '30%']),
    (17, 'Huyện Kỳ Sơn', ['50%', '']),
]

OTT = 'tỷ lệ hồ sơ trực tuyến'
DISPATCH = '''

**ỦY BAN NHÂN DÂN
HUYỆN DIỄN CHÂU**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc**

Số: 1475 /UBND-VP

Diễn Châu, ngày 12 tháng 9 năm 2023

V/v triển khai Quyết định số 2687/QĐ-UBND ngày 05/9/2023 của UBND tỉnh Nghệ An

Kính gửi:

- Các phòng, ban, đơn vị thuộc UBND huyện;
- Chủ tịch UBND các xã, thị trấn.

Ngày 05/9/2023, UBND tỉnh Nghệ An ban hành Quyết định số 2687/QĐ-UBND về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến và thanh toán trực tuyến năm 2023 cho UBND các huyện, thành phố, thị xã (có văn bản kèm theo).

Kết quả 6 tháng đầu năm 2023, tỷ lệ hồ sơ trực tuyến toàn huyện đạt 48,6%, tỷ lệ thanh toán trực tuyến đạt 21,3%; trong đó xã Diễn Kỷ đạt 63,2%, xã Diễn Hồng đạt 59,7%.

Để hoàn thành chỉ tiêu tỉnh giao, Chủ tịch UBND huyện yêu cầu:

'''

DISPATCH_PROSE = [
    ('1. UBND các xã: Diễn Kỷ, Diễn Hồng, Diễn Thành và thị trấn Diễn Châu phấn đấu đạt tỷ lệ hồ sơ trực tuyến từ 85% trở lên; UBND các xã còn lại đạt tỷ lệ hồ sơ trực tuyến tối thiểu 70 %.', [
        T(['UBND xã Diễn Kỷ', 'Xã Diễn Kỷ'], 'online_dossier_rate', 85, OTT, 'prose', Y),
        T(['UBND xã Diễn Hồng', 'Xã Diễn Hồng'], 'online_dossier_rate', 85, OTT, 'prose', Y),
        T(['UBND xã Diễn Thành', 'Xã Diễn Thành'], 'online_dossier_rate', 85, OTT, 'prose', Y),
        T(['UBND thị trấn Diễn Châu', 'Thị trấn Diễn Châu'], 'online_dossier_rate', 85, OTT, 'prose', Y),
        T(['UBND các xã còn lại', 'Các xã còn lại'], 'online_dossier_rate', 70, OTT, 'prose', Y),
    ]),
    ('2. Các phòng, ban, đơn vị thuộc UBND huyện có thủ tục hành chính thu phí, lệ phí: tỷ lệ hồ sơ thanh toán trực tuyến không thấp hơn 60%.', [
        T(['Các phòng, ban, đơn vị thuộc UBND huyện'], 'online_payment_rate', 60, 'tỷ lệ hồ sơ thanh toán trực tuyến', 'prose', Y),
    ]),
    ('3. Văn phòng HĐND và UBND huyện theo dõi, tổng hợp kết quả thực hiện, báo cáo Chủ tịch UBND huyện trước ngày 25 hằng tháng.', []),
]

DISPATCH_TAIL = '''
Yêu cầu Thủ trưởng các phòng, ban, đơn vị, Chủ tịch UBND các xã, thị trấn nghiêm túc triển khai thực hiện./.

Nơi nhận:

- Như kính gửi;
- CT, các PCT UBND huyện;
- Lưu: VT, VP.

**KT. CHỦ TỊCH
PHÓ CHỦ TỊCH**



Cao Xuân Thịnh

**ỦY BAN NHÂN DÂN
TỈNH NGHỆ AN**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc**

Số: 2687/QĐ-UBND

Nghệ An, ngày 05 tháng 9 năm 2023

QUYẾT ĐỊNH

Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến và thanh toán trực tuyến năm 2023 cho Ủy ban nhân dân các huyện, thành phố, thị xã

ỦY BAN NHÂN DÂN TỈNH NGHỆ AN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ;

Căn cứ Quyết định số 17/QĐ-UBQGCĐS ngày 04 tháng 4 năm 2023 của Ủy ban Quốc gia về chuyển đổi số ban hành Kế hoạch hoạt động năm 2023;

Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 1832/TTr-STTTT ngày 28/8/2023.

QUYẾT ĐỊNH:

Điều 1. Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến và tỷ lệ hồ sơ thanh toán trực tuyến năm 2023 cho Ủy ban nhân dân các huyện, thành phố, thị xã (chi tiết tại Phụ lục kèm theo). Phấn đấu đến hết năm 2023, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt tối thiểu 55%.

Điều 2. Ủy ban nhân dân các huyện, thành phố, thị xã giao chỉ tiêu cụ thể cho Ủy ban nhân dân cấp xã; Sở Thông tin và Truyền thông theo dõi, đôn đốc, báo cáo kết quả hằng tháng.

Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Thông tin và Truyền thông, Chủ tịch UBND các huyện, thành phố, thị xã và các cơ quan có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:

- Như Điều 3;
- Chủ tịch, các PCT UBND tỉnh;
- Lưu: VT, KGVX.

**KT. CHỦ TỊCH
PHÓ CHỦ TỊCH**



Lê Hữu Nghĩa

PHỤ LỤC

CHỈ TIÊU TỶ LỆ HỒ SƠ TRỰC TUYẾN, THANH TOÁN TRỰC TUYẾN NĂM 2023

(Kèm theo Quyết định số 2687/QĐ-UBND ngày 05 tháng 9 năm 2023 của UBND tỉnh Nghệ An)

'''

DECISION_PROSE = [T(PROV, 'online_dossier_rate', 55, 'tỷ lệ hồ sơ trực tuyến', 'prose', Y)]


def table():
    lines = ['\t'.join(['TT', 'Đơn vị'] + [c for c, _ in COLS])]
    ts, group = [], None
    for r in ROWS:
        if r[0] == 'S':
            group = r[2]
            lines.append(f'{r[1]}\t{r[2]}\t\t')
            continue
        stt, name, cells = r
        lines.append('\t'.join([str(stt), name] + cells))
        for (hdr, metric), c in zip(COLS, cells):
            v = num(c)
            if v is None:
                continue
            ts.append(T(U(name), metric, v, hdr, 'table', Y, unit_group=group))
    return lines, ts


def main():
    lines, ts = table()
    text = DISPATCH + '\n\n'.join(p for p, _ in DISPATCH_PROSE) + '\n' + DISPATCH_TAIL + '\n'.join(lines) + '\n'
    open(os.path.join(DOCS, SEED), 'w', encoding='utf-8').write(text)
    cv = {
        'number': '1475/UBND-VP', 'symbol': 'UBND-VP', 'serial': '1475', 'type': 'cong_van',
        'issuer': 'Ủy ban nhân dân huyện Diễn Châu', 'place': 'Diễn Châu', 'date': '2023-09-12',
        'subject': 'Triển khai Quyết định số 2687/QĐ-UBND ngày 05/9/2023 của UBND tỉnh Nghệ An',
        'signer': 'Cao Xuân Thịnh',
        'references': ['2687/QĐ-UBND'],
    }
    qd = {
        'number': '2687/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '2687', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Nghệ An', 'place': 'Nghệ An', 'date': '2023-09-05',
        'subject': 'Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến và thanh toán trực tuyến năm 2023 cho Ủy ban nhân dân các huyện, thành phố, thị xã',
        'signer': 'Lê Hữu Nghĩa',
        'references': ['766/QĐ-TTg', '17/QĐ-UBQGCĐS', '1832/TTr-STTTT'],
    }
    write_gold(SEED, [{'document': cv, 'targets': [t for _, x in DISPATCH_PROSE for t in x]},
                      {'document': qd, 'targets': DECISION_PROSE + ts}])


if __name__ == '__main__':
    main()
