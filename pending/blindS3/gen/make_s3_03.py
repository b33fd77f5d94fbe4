#!/usr/bin/env python3
"""s3_03: Lai Châu directive (Chỉ thị 05/CT-UBND, 18/3/2022) as markdown
copied from a web portal: bold header lines, numbered items "1." … "8." whose
sentences name units (enumerations "các Sở: …", "UBND các huyện: …") and
values; reordered wordings ("hồ sơ TTHC được tiếp nhận trực tuyến", "tỷ lệ hồ
sơ TTHC xử lý trực tuyến"), abbreviations (TTHC, KQGQ, HS), 2021 results and a
quoted national average in the preamble and in item 4 (no targets), ceilings
("không vượt quá 3%"), and lookalikes (PAKN xử lý đúng hạn).

ITEMS holds each item's text next to its targets; the markdown and the gold
come from that one list.
"""
import os
from common import DOCS, T, write_gold

SEED = 's3_03_laichau_ct_2022.md'
Y = 2022

ALL = [None, 'Toàn tỉnh', 'Tỉnh Lai Châu']
SBN = ['Các sở, ban, ngành tỉnh', 'Sở, ban, ngành tỉnh']
ONE_STOP = ['Bộ phận Một cửa các cấp', 'Bộ phận Tiếp nhận và Trả kết quả các cấp']


def so(name):
    return [name, name + ' tỉnh Lai Châu']


def hu(kind, name):
    return ['UBND ' + kind + ' ' + name, kind[0].upper() + kind[1:] + ' ' + name]


def P(unit, metric, value, text, comparator='>=', note=None):
    return T(unit, metric, value, text, 'prose', Y, comparator=comparator, note=note)


GROUP_A = [('huyện', 'Tam Đường'), ('huyện', 'Phong Thổ'), ('huyện', 'Than Uyên'), ('huyện', 'Tân Uyên'),
           ('thành phố', 'Lai Châu')]
GROUP_B = [('huyện', 'Sìn Hồ'), ('huyện', 'Mường Tè'), ('huyện', 'Nậm Nhùn')]

PRE = [
    'Năm 2021, công tác cải cách thủ tục hành chính (TTHC) trên địa bàn tỉnh có nhiều chuyển biến; tuy nhiên '
    'tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến của tỉnh mới đạt 11,6%, thấp hơn nhiều so với bình quân cả nước '
    '(khoảng 20%); tỷ lệ hồ sơ giải quyết quá hạn còn 4,7%; việc số hoá kết quả giải quyết TTHC (KQGQ) mới đạt 8,3%.',
    'Để khắc phục những tồn tại, hạn chế nêu trên, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:',
]

ITEMS = [
    ('1. **Các sở, ban, ngành tỉnh** bảo đảm tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến năm 2022 đạt tối thiểu 40%; '
     'riêng các Sở: Tư pháp, Công Thương, Kế hoạch và Đầu tư đạt tối thiểu 60%.',
     [P(SBN, 'online_dossier_rate', 40, 'tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến',
        note='riêng Sở Tư pháp, Sở Công Thương, Sở Kế hoạch và Đầu tư tối thiểu 60%')]
     + [P(so(s), 'online_dossier_rate', 60, 'tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến')
        for s in ('Sở Tư pháp', 'Sở Công Thương', 'Sở Kế hoạch và Đầu tư')]),
    ('2. **Ủy ban nhân dân các huyện: Tam Đường, Phong Thổ, Than Uyên, Tân Uyên và thành phố Lai Châu**: tỷ lệ hồ sơ '
     'TTHC xử lý trực tuyến trên Hệ thống một cửa điện tử của tỉnh đạt 100%; tỷ lệ HS được tiếp nhận trực tuyến '
     'đạt tối thiểu 30%.',
     [P(hu(k, n), 'online_processing_rate', 100, 'tỷ lệ hồ sơ TTHC xử lý trực tuyến') for k, n in GROUP_A]
     + [P(hu(k, n), 'online_dossier_rate', 30, 'tỷ lệ HS được tiếp nhận trực tuyến') for k, n in GROUP_A]),
    ('3. **UBND các huyện Sìn Hồ, Mường Tè, Nậm Nhùn** (địa bàn đặc biệt khó khăn, hạ tầng viễn thông chưa đồng bộ): '
     'tỷ lệ hồ sơ TTHC xử lý trực tuyến đạt tối thiểu 90%, hồ sơ tiếp nhận trực tuyến đạt tối thiểu 20%.',
     [P(hu(k, n), 'online_processing_rate', 90, 'tỷ lệ hồ sơ TTHC xử lý trực tuyến') for k, n in GROUP_B]
     + [P(hu(k, n), 'online_dossier_rate', 20, 'hồ sơ tiếp nhận trực tuyến') for k, n in GROUP_B]),
    ('4. **Sở Tài nguyên và Môi trường, Sở Xây dựng**: số hoá 100% KQGQ TTHC còn hiệu lực thuộc thẩm quyền; '
     'tỷ lệ số hoá hồ sơ TTHC khi tiếp nhận đạt tối thiểu 50% (năm 2021 Sở Tài nguyên và Môi trường đạt 12,8%).',
     [P(so(s), 'result_digitization_rate', 100, 'số hoá KQGQ TTHC còn hiệu lực')
      for s in ('Sở Tài nguyên và Môi trường', 'Sở Xây dựng')]
     + [P(so(s), 'dossier_digitization_rate', 50, 'tỷ lệ số hoá hồ sơ TTHC khi tiếp nhận')
        for s in ('Sở Tài nguyên và Môi trường', 'Sở Xây dựng')]),
    ('5. **Sở Tài chính** chủ trì, phối hợp với Kho bạc Nhà nước tỉnh và các ngân hàng thương mại trên địa bàn '
     'hướng dẫn, hỗ trợ người dân nộp phí, lệ phí qua Cổng Dịch vụ công quốc gia, phấn đấu tỷ lệ hồ sơ có nghĩa vụ '
     'tài chính được thanh toán trực tuyến của toàn tỉnh năm 2022 đạt tối thiểu 20% (cả nước năm 2021 mới đạt 8,5%).',
     [P(ALL, 'online_payment_rate', 20, 'tỷ lệ hồ sơ có nghĩa vụ tài chính được thanh toán trực tuyến')]),
    ('6. **Bộ phận Một cửa các cấp** bảo đảm tỷ lệ hồ sơ được giải quyết đúng hạn đạt từ 95% trở lên; '
     'tỷ lệ hồ sơ giải quyết quá hạn không vượt quá 3%; công khai xin lỗi đối với các trường hợp hồ sơ trễ hạn.',
     [P(ONE_STOP, 'on_time_resolution_rate', 95, 'tỷ lệ hồ sơ được giải quyết đúng hạn'),
      P(ONE_STOP, None, 3, 'tỷ lệ hồ sơ giải quyết quá hạn', comparator='<=')]),
    ('7. **Văn phòng Ủy ban nhân dân tỉnh** chủ trì tiếp nhận, xử lý phản ánh, kiến nghị (PAKN) của người dân, '
     'doanh nghiệp, bảo đảm 100% PAKN được xử lý đúng hạn; định kỳ 6 tháng khảo sát, phấn đấu mức độ hài lòng '
     'của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước trên địa bàn tỉnh đạt trên 85%.',
     [P(['Văn phòng UBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh Lai Châu'], None, 100,
        'PAKN được xử lý đúng hạn'),
      P(ALL, 'satisfaction_rate', 85, 'mức độ hài lòng của người dân, tổ chức')]),
    ('8. **Sở Nội vụ** đưa kết quả thực hiện các chỉ tiêu tại Chỉ thị này vào tiêu chí chấm điểm Chỉ số cải cách '
     'hành chính năm 2022 của các cơ quan, đơn vị, địa phương; tổng hợp, báo cáo Chủ tịch UBND tỉnh trước ngày 15/12/2022.',
     []),
]

HEAD = '''**ỦY BAN NHÂN DÂN**
**TỈNH LAI CHÂU**

Số: 05/CT-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*Lai Châu, ngày 18 tháng 3 năm 2022*

## CHỈ THỊ

### Về việc đẩy mạnh tiếp nhận, giải quyết hồ sơ thủ tục hành chính trực tuyến và số hoá kết quả giải quyết thủ tục hành chính năm 2022

Thực hiện Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử và Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ;

'''

TAIL = '''
Yêu cầu Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các huyện, thành phố nghiêm túc thực hiện Chỉ thị này./.

**Nơi nhận:**
- Văn phòng Chính phủ;
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- Chủ tịch, các PCT UBND tỉnh;
- Như mục 1, 2, 3;
- Lưu: VT, KSTT.

**CHỦ TỊCH**

*(Đã ký)*

**Vàng Văn Khởi**
'''


def main():
    body = '\n\n'.join(PRE) + '\n\n' + '\n\n'.join(t for t, _ in ITEMS) + '\n'
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(HEAD + body + TAIL)
    ts = [t for _, tl in ITEMS for t in tl]
    doc = {
        'number': '05/CT-UBND', 'symbol': 'CT-UBND', 'serial': '05', 'type': 'chi_thi',
        'issuer': 'Ủy ban nhân dân tỉnh Lai Châu', 'place': 'Lai Châu', 'date': '2022-03-18',
        'subject': 'Về việc đẩy mạnh tiếp nhận, giải quyết hồ sơ thủ tục hành chính trực tuyến và số hoá kết quả giải quyết thủ tục hành chính năm 2022',
        'signer': 'Vàng Văn Khởi',
        'references': ['45/2020/NĐ-CP', '06/QĐ-TTg'],
    }
    write_gold(SEED, [{'document': doc, 'targets': ts}])


if __name__ == '__main__':
    main()
