#!/usr/bin/env python3
"""x3_03: Đức Trọng district (Lâm Đồng) decision, unnumbered copy:
"Số:    /QĐ-UBND", "Đức Trọng, ngày     tháng     năm 2024" (number null,
date "2024"), as plain text from a Word conversion; prose targets in Điều 1
and an appendix of communes x indicators as tab-separated lines.

Theme: value forms in prose ("từ 70% trở lên", "dưới 2%", "tối thiểu 85%",
"đạt 97,5%", "không quá 2,5%") and in cells ("≥ 70", "Tối thiểu 40", "100 %",
"97,5"); a header default "(tối thiểu 50%)" that is no target and fills no
blank cell; a result sentence for 2023 before the 2024 targets.
"""
from common import T, H, cell, write_doc, write_gold

SEED = 'x3_03_ductrong_qd_2024.txt'
Y = 2024
HUYEN = [None, 'Toàn huyện', 'Huyện Đức Trọng']
CQCM = ['Các cơ quan chuyên môn thuộc UBND huyện', 'Các cơ quan chuyên môn thuộc huyện']
TP = ['Phòng Tư pháp huyện', 'Phòng Tư pháp', 'Phòng Tư pháp huyện Đức Trọng']
CN = ['Chi nhánh Văn phòng Đăng ký đất đai huyện Đức Trọng', 'Chi nhánh Văn phòng Đăng ký đất đai huyện',
      'Chi nhánh Văn phòng Đăng ký đất đai']


def P(unit, metric, value, text, comparator='>=', note=None):
    return T(unit, metric, value, text, 'prose', Y, comparator=comparator, note=note)


HEADER = '''ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN ĐỨC TRỌNG\tĐộc lập - Tự do - Hạnh phúc
\t
Số:    /QĐ-UBND\tĐức Trọng, ngày     tháng     năm 2024


QUYẾT ĐỊNH
Về việc giao chỉ tiêu giải quyết thủ tục hành chính trên môi trường điện tử
năm 2024 cho các cơ quan, đơn vị và Ủy ban nhân dân các xã, thị trấn

ỦY BAN NHÂN DÂN HUYỆN ĐỨC TRỌNG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;
Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử;
Căn cứ Quyết định số 2384/QĐ-UBND ngày 28/12/2023 của Ủy ban nhân dân tỉnh Lâm Đồng về giao chỉ tiêu giải quyết thủ tục hành chính trên môi trường điện tử năm 2024;
Theo đề nghị của Chánh Văn phòng HĐND và UBND huyện tại Tờ trình số 45/TTr-VP ngày 15/01/2024.

QUYẾT ĐỊNH:

'''

M_OD = 'tỷ lệ hồ sơ trực tuyến'
M_LATE = 'tỷ lệ hồ sơ giải quyết trễ hạn'
M_FOD = 'hồ sơ của các thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình được thực hiện trực tuyến toàn trình'
M_ER = 'tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử'
XA5 = [('xã Hiệp An', H('Xã Hiệp An')), ('xã Hiệp Thạnh', H('Xã Hiệp Thạnh')),
       ('xã Liên Hiệp', H('Xã Liên Hiệp')), ('thị trấn Liên Nghĩa', H('Thị trấn Liên Nghĩa'))]

ITEMS = [
    ('Điều 1. Giao chỉ tiêu giải quyết thủ tục hành chính trên môi trường điện tử năm 2024 như sau:', []),
    ('1. Năm 2023, toàn huyện có tỷ lệ hồ sơ trực tuyến đạt 54,7%, tỷ lệ hồ sơ giải quyết trễ hạn là 2,9%. Năm 2024, toàn huyện phấn đấu: ' + M_OD + ' đạt từ 70% trở lên; ' + M_LATE + ' dưới 2%.', [
        P(HUYEN, 'online_dossier_rate', 70, M_OD),
        P(HUYEN, None, 2, M_LATE, '<='),
    ]),
    ('2. Các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện: tối thiểu 85% ' + M_FOD + '.', [
        P(CQCM, 'full_online_dossier_rate', 85, M_FOD),
    ]),
    ('3. Phòng Tư pháp huyện: tỷ lệ chứng thực bản sao điện tử từ bản chính đạt tối thiểu 60%.', [
        P(TP, 'e_certified_copy_rate', 60, 'tỷ lệ chứng thực bản sao điện tử từ bản chính'),
    ]),
    ('4. Chi nhánh Văn phòng Đăng ký đất đai huyện Đức Trọng: tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,5%; tỷ lệ hồ sơ trễ hạn không quá 2,5%.', [
        P(CN, 'on_time_resolution_rate', 97.5, 'tỷ lệ hồ sơ giải quyết đúng hạn'),
        P(CN, None, 2.5, 'tỷ lệ hồ sơ trễ hạn', '<='),
    ]),
    ('5. Ủy ban nhân dân các xã: Hiệp An, Hiệp Thạnh, Liên Hiệp và thị trấn Liên Nghĩa: ' + M_ER + ' đạt tối thiểu 75%; các xã còn lại đạt tối thiểu 60%.', [
        P(sp, 'electronic_result_rate', 75, M_ER) for _, sp in XA5
    ] + [
        P(['UBND các xã còn lại', 'Các xã còn lại'], 'electronic_result_rate', 60, M_ER),
    ]),
    ('6. Tỷ lệ hồ sơ trực tuyến, tỷ lệ thanh toán trực tuyến và tỷ lệ số hóa hồ sơ của từng xã, thị trấn: chi tiết tại Phụ lục kèm theo.', []),
    ('Điều 2. Tổ chức thực hiện', []),
    ('1. Văn phòng HĐND và UBND huyện theo dõi, đôn đốc, tổng hợp kết quả thực hiện chỉ tiêu; báo cáo Ủy ban nhân dân huyện trước ngày 20 hằng tháng.', []),
    ('2. Phòng Văn hóa và Thông tin phối hợp bảo đảm hạ tầng kỹ thuật, thiết bị số hóa tại Bộ phận Tiếp nhận và Trả kết quả các cấp.', []),
    ('3. Thủ trưởng các cơ quan, đơn vị, Chủ tịch Ủy ban nhân dân các xã, thị trấn chịu trách nhiệm trước Ủy ban nhân dân huyện về kết quả thực hiện chỉ tiêu được giao.', []),
    ('Điều 3. Chánh Văn phòng HĐND và UBND huyện, Thủ trưởng các cơ quan, đơn vị có liên quan và Chủ tịch Ủy ban nhân dân các xã, thị trấn chịu trách nhiệm thi hành Quyết định này.', []),
    ('Quyết định này có hiệu lực kể từ ngày ký./.', []),
]

SIGN = '''
Nơi nhận:\tTM. ỦY BAN NHÂN DÂN
- Như Điều 3;\tCHỦ TỊCH
- UBND tỉnh (b/c);\t
- Văn phòng UBND tỉnh (b/c);\t
- TT Huyện ủy, TT HĐND huyện;\t
- Lưu: VT, VP.\tLê Quang Vịnh


PHỤ LỤC
CHỈ TIÊU HỒ SƠ TRỰC TUYẾN, THANH TOÁN TRỰC TUYẾN VÀ SỐ HÓA HỒ SƠ NĂM 2024
CỦA ỦY BAN NHÂN DÂN CÁC XÃ, THỊ TRẤN
(Kèm theo Quyết định số    /QĐ-UBND ngày    tháng    năm 2024 của UBND huyện Đức Trọng)

'''

COLS = [('Tỷ lệ hồ sơ trực tuyến (%)', 'online_dossier_rate'),
        ('Tỷ lệ thanh toán trực tuyến (%)', 'online_payment_rate'),
        ('Tỷ lệ số hóa hồ sơ (tối thiểu 50%)', 'dossier_digitization_rate')]
ROWS = [
    (1, 'Thị trấn Liên Nghĩa', ['≥ 80', 'Tối thiểu 50', '100 %'], ''),
    (2, 'Xã Hiệp An', ['≥ 75', 'Tối thiểu 45', '97,5'], ''),
    (3, 'Xã Hiệp Thạnh', ['≥ 75', 'Tối thiểu 45', '97,5'], ''),
    (4, 'Xã Liên Hiệp', ['≥ 70', 'Tối thiểu 40', '90'], ''),
    (5, 'Xã Bình Thạnh', ['≥ 65', 'Tối thiểu 40', '85'], ''),
    (6, 'Xã Tân Hội', ['≥ 65', 'Tối thiểu 35', '85'], ''),
    (7, 'Xã Ninh Gia', ['≥ 60', 'Tối thiểu 35', ''], 'Chưa bố trí thiết bị số hóa'),
    (8, 'Xã Tà Năng', ['≥ 55', 'Tối thiểu 30', '70'], 'Xã vùng đồng bào dân tộc thiểu số'),
    (9, 'Xã Đà Loan', ['≥ 55', 'Tối thiểu 30', '70'], 'Xã vùng đồng bào dân tộc thiểu số'),
    (10, 'Xã Tà Hine', ['≥ 50', '', '60'], 'Không phát sinh hồ sơ có thu phí'),
]


def table():
    lines = ['\t'.join(['STT', 'Đơn vị'] + [c for c, _ in COLS] + ['Ghi chú'])]
    ts = []
    for stt, name, cells, gc in ROWS:
        lines.append('\t'.join([str(stt), name] + cells + [gc]))
        for (hdr, metric), c in zip(COLS, cells):
            p = cell(c)
            if p is None:
                continue
            ts.append(T(H(name), metric, p[0], hdr, 'table', Y, comparator=p[1], note=gc or None))
    return lines, ts


def main():
    body, prose = [], []
    for line, ts in ITEMS:
        body.append(line)
        prose += ts
    tl, tts = table()
    write_doc(SEED, HEADER + '\n'.join(body) + '\n' + SIGN + '\n'.join(tl) + '\n')
    doc = {
        'number': None, 'symbol': 'QĐ-UBND', 'serial': None, 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân huyện Đức Trọng', 'place': 'Đức Trọng', 'date': '2024',
        'subject': 'Về việc giao chỉ tiêu giải quyết thủ tục hành chính trên môi trường điện tử năm 2024 cho các cơ quan, đơn vị và Ủy ban nhân dân các xã, thị trấn',
        'signer': 'Lê Quang Vịnh',
        'references': ['45/2020/NĐ-CP', '2384/QĐ-UBND', '45/TTr-VP'],
        'expected_warnings': ['blank_number: "Số:    /QĐ-UBND"', 'blank_date: "ngày     tháng     năm 2024"'],
    }
    write_gold(SEED, [{'document': doc, 'targets': prose + tts}])


if __name__ == '__main__':
    main()
