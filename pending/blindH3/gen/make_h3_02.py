#!/usr/bin/env python3
"""h3_02: Long An dispatch (công văn) 1815/UBND-KSTT of 15/5/2019, typed in
VNI-Times and saved by Word as plain text with the Windows Western code page:
the bytes are VNI-Windows (a base letter followed by a mark byte), lines end in
CRLF. Prose only.

- Header table as Word's text export gives it (left cell's paragraphs, a tab,
  the right cell's); the "V/v" subject wraps over two lines in the left cell,
  after the number and date row.
- VNI has capital toned letters, so the headings are real capitals.
- Old tone placement throughout ("Uỷ", "Đức Hoà", "Thạnh Hoá", "Mộc Hoá").
- Section 1 gives 2018 results, with district percentages (no targets).
- Section 2 gives the 2019 targets as enumerations of districts:
  "UBND thành phố Tân An, thị xã Kiến Tường và các huyện: Đức Hoà, …".

Each paragraph is stored with the targets it holds; the file and the gold come
from that one list.
"""
from common import T, write_doc, write_gold
from legacy import vni_encode, vni_decode

SEED = 'h3_02_longan_cv_2019.txt'
Y = 2019
PROV = [None, 'Toàn tỉnh', 'Tỉnh Long An']
SBN = ['Các sở, ban, ngành tỉnh', 'Sở, ban, ngành tỉnh']
HUY = ['UBND các huyện, thị xã, thành phố', 'Các huyện, thị xã, thành phố', 'UBND cấp huyện']
C_TINH = ['Cấp tỉnh', 'Các sở, ban, ngành tỉnh']
C_HUYEN = ['Cấp huyện', 'UBND cấp huyện', 'UBND các huyện, thị xã, thành phố']
C_XA = ['Cấp xã', 'UBND cấp xã', 'UBND các xã, phường, thị trấn']

OD = 'online_dossier_rate'
OD_TEXT = 'Tỷ lệ hồ sơ trực tuyến mức độ 3, 4 (trên tổng số hồ sơ tiếp nhận của các thủ tục hành chính đã cung cấp trực tuyến mức độ 3, 4)'


def P(unit, metric, value, text, comparator='>=', note=None):
    return T(unit, metric, value, text, 'prose', Y, comparator=comparator, note=note)


def SO(name):
    return [name, name + ' tỉnh Long An']


def UB(level, name):
    """'huyện', 'Đức Hòa' -> ['UBND huyện Đức Hòa', 'Huyện Đức Hòa']"""
    return [f'UBND {level} {name}', f'{level[0].upper()}{level[1:]} {name}']


def enum(level_names, value, text):
    return [P(UB(l, n), OD, value, text) for l, n in level_names]


HEAD = [
    'UỶ BAN NHÂN DÂN',
    'TỈNH LONG AN',
    '\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    '',
    'Số: 1815/UBND-KSTT\tLong An, ngày 15 tháng 5 năm 2019',
    'V/v đẩy mạnh tiếp nhận, giải quyết hồ',
    'sơ trực tuyến mức độ 3, 4 năm 2019',
    '',
    '\tKính gửi:',
    '- Các sở, ban, ngành tỉnh;',
    '- UBND các huyện, thị xã Kiến Tường, thành phố Tân An.',
    '',
]

# (text, targets)
PARAS = [
    ('Thực hiện Nghị quyết số 17/NQ-CP ngày 07/3/2019 của Chính phủ về một số nhiệm vụ, giải pháp trọng tâm phát triển '
     'Chính phủ điện tử giai đoạn 2019 - 2020, định hướng đến 2025 và Kế hoạch số 1467/KH-UBND ngày 26/4/2019 của UBND tỉnh '
     'triển khai thực hiện Nghị quyết số 17/NQ-CP, Chủ tịch UBND tỉnh có ý kiến như sau:', []),
    ('1. Tình hình thực hiện năm 2018', []),
    ('Năm 2018, các cơ quan, đơn vị trên địa bàn tỉnh tiếp nhận 418.625 hồ sơ thủ tục hành chính, trong đó có 20.304 hồ sơ '
     'nộp trực tuyến mức độ 3, 4, chiếm tỷ lệ 4,85%; tỷ lệ hồ sơ giải quyết đúng hạn đạt 96,7%. Một số địa phương có tỷ lệ '
     'hồ sơ trực tuyến khá như thành phố Tân An (11,2%), huyện Đức Hoà (9,6%), huyện Bến Lức (8,3%); nhiều địa phương còn '
     'rất thấp như huyện Tân Hưng (0,9%), huyện Vĩnh Hưng (1,2%), huyện Đức Huệ (1,5%). Toàn tỉnh còn 61/158 dịch vụ công '
     'trực tuyến mức độ 3, 4 chưa phát sinh hồ sơ; ở cấp huyện chỉ có 29,5% dịch vụ công trực tuyến mức độ 3, 4 có phát sinh hồ sơ.', []),
    ('2. Chỉ tiêu năm 2019', []),
    ('Để phấn đấu đạt mục tiêu Chính phủ đề ra tại Nghị quyết số 17/NQ-CP, Chủ tịch UBND tỉnh giao chỉ tiêu năm 2019 như sau:', []),
    ('a) Tỷ lệ hồ sơ trực tuyến mức độ 3, 4 (trên tổng số hồ sơ tiếp nhận của các thủ tục hành chính đã cung cấp trực tuyến '
     'mức độ 3, 4):', []),
    ('- Các sở, ban, ngành tỉnh đạt tối thiểu 20%; riêng các Sở: Kế hoạch và Đầu tư, Tư pháp, Công Thương, Giao thông vận tải '
     'phấn đấu đạt tối thiểu 30%.',
     [P(SBN, OD, 20, OD_TEXT, note='riêng các Sở: Kế hoạch và Đầu tư, Tư pháp, Công Thương, Giao thông vận tải tối thiểu 30%'),
      P(SO('Sở Kế hoạch và Đầu tư'), OD, 30, OD_TEXT),
      P(SO('Sở Tư pháp'), OD, 30, OD_TEXT),
      P(SO('Sở Công Thương'), OD, 30, OD_TEXT),
      P(SO('Sở Giao thông vận tải'), OD, 30, OD_TEXT)]),
    ('- UBND thành phố Tân An, thị xã Kiến Tường và các huyện: Đức Hoà, Bến Lức, Cần Đước, Cần Giuộc đạt tối thiểu 15%.',
     enum([('thành phố', 'Tân An'), ('thị xã', 'Kiến Tường'), ('huyện', 'Đức Hòa'), ('huyện', 'Bến Lức'),
           ('huyện', 'Cần Đước'), ('huyện', 'Cần Giuộc')], 15, OD_TEXT)),
    ('- UBND các huyện: Châu Thành, Tân Trụ, Thủ Thừa, Thạnh Hoá, Tân Thạnh đạt tối thiểu 10%.',
     enum([('huyện', n) for n in ('Châu Thành', 'Tân Trụ', 'Thủ Thừa', 'Thạnh Hóa', 'Tân Thạnh')], 10, OD_TEXT)),
    ('- UBND các huyện: Mộc Hoá, Vĩnh Hưng, Tân Hưng, Đức Huệ đạt tối thiểu 8%.',
     enum([('huyện', n) for n in ('Mộc Hóa', 'Vĩnh Hưng', 'Tân Hưng', 'Đức Huệ')], 8, OD_TEXT)),
    ('b) Tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 có phát sinh hồ sơ: các sở, ban, ngành tỉnh đạt tối thiểu 50%; '
     'UBND các huyện, thị xã, thành phố đạt tối thiểu 40%.',
     [P(SBN, 'online_service_uptake_rate', 50, 'Tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 có phát sinh hồ sơ'),
      P(HUY, 'online_service_uptake_rate', 40, 'Tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 có phát sinh hồ sơ')]),
    ('c) Tỷ lệ hồ sơ giải quyết đúng hạn: cấp tỉnh đạt từ 98% trở lên; cấp huyện và cấp xã đạt từ 95% trở lên. '
     'Tỷ lệ hồ sơ giải quyết quá hạn của toàn tỉnh không quá 2%.',
     [P(C_TINH, 'on_time_resolution_rate', 98, 'Tỷ lệ hồ sơ giải quyết đúng hạn'),
      P(C_HUYEN, 'on_time_resolution_rate', 95, 'Tỷ lệ hồ sơ giải quyết đúng hạn'),
      P(C_XA, 'on_time_resolution_rate', 95, 'Tỷ lệ hồ sơ giải quyết đúng hạn'),
      P(PROV, None, 2, 'Tỷ lệ hồ sơ giải quyết quá hạn', comparator='<=')]),
    ('3. Tổ chức thực hiện', []),
    ('a) Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các huyện, thị xã, thành phố chịu trách nhiệm trước Chủ tịch '
     'UBND tỉnh về kết quả thực hiện chỉ tiêu được giao; rà soát, đăng ký bổ sung danh mục dịch vụ công trực tuyến mức độ 3, 4, '
     'gửi Sở Thông tin và Truyền thông trước ngày 30/6/2019.', []),
    ('b) Sở Thông tin và Truyền thông chủ trì, phối hợp Văn phòng UBND tỉnh theo dõi, đôn đốc; định kỳ hằng quý (trước ngày 20 '
     'của tháng cuối quý) tổng hợp, báo cáo Chủ tịch UBND tỉnh; tham mưu đưa kết quả thực hiện chỉ tiêu vào tiêu chí chấm '
     'điểm chỉ số cải cách hành chính năm 2019 của các cơ quan, đơn vị.', []),
    ('c) Bưu điện tỉnh phối hợp các cơ quan, đơn vị, địa phương triển khai tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục '
     'hành chính qua dịch vụ bưu chính công ích.', []),
    ('Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các cơ quan, đơn vị, địa phương triển khai thực hiện nghiêm túc./.', []),
]

TAIL = [
    '',
    'Nơi nhận:',
    '- Như trên;',
    '- Văn phòng Chính phủ (Cục KSTTHC);',
    '- Bộ Thông tin và Truyền thông;',
    '- TT.TU, TT.HĐND tỉnh;',
    '- CT, các PCT UBND tỉnh;',
    '- Phòng KSTT;',
    '- Lưu: VT, KSTT.Tr.\tKT. CHỦ TỊCH',
    'PHÓ CHỦ TỊCH',
    '',
    '',
    '',
    'Trương Minh Khải',
]


def main():
    lines = HEAD + [p for p, _ in PARAS] + TAIL
    text = '\r\n'.join(lines) + '\r\n'
    data = vni_encode(text)
    assert vni_decode(data) == text
    write_doc(SEED, data)
    targets = [t for _, ts in PARAS for t in ts]
    doc = {
        'number': '1815/UBND-KSTT', 'symbol': 'UBND-KSTT', 'serial': '1815', 'type': 'cong_van',
        'issuer': 'Ủy ban nhân dân tỉnh Long An', 'place': 'Long An', 'date': '2019-05-15',
        'subject': 'Đẩy mạnh tiếp nhận, giải quyết hồ sơ trực tuyến mức độ 3, 4 năm 2019',
        'signer': 'Trương Minh Khải',
        'references': ['17/NQ-CP', '1467/KH-UBND'],
        'expected_warnings': ['encoding_repaired: the file is VNI-Windows text, not UTF-8'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets}])


if __name__ == '__main__':
    main()
