#!/usr/bin/env python3
"""u3_05: commune plan of xã Kỳ Hà (thị xã Kỳ Anh, Hà Tĩnh), Kế hoạch
18/KH-UBND, 10/02/2025, plain prose text. Targets for the commune itself
(unit null = the jurisdiction, also "Toàn xã" / "Xã Kỳ Hà"), for its "Bộ phận
Một cửa", and for villages named in enumerations ("các thôn: Hà Trung, Hà
Thanh, Tân Hà …; riêng thôn Đông Hà …"). Section I gives 2024 results with the
same wordings and per-village figures (no targets).

Each line of text carries the gold targets it holds.
"""
import os
from common import DOCS, T, write_gold

SEED = 'u3_05_kyha_kh_2025.txt'
Y = 2025
XA = [None, 'Toàn xã', 'Xã Kỳ Hà', 'UBND xã Kỳ Hà']
MOTCUA = ['Bộ phận Một cửa', 'Bộ phận Một cửa xã', 'Bộ phận Một cửa xã Kỳ Hà',
          'Bộ phận Tiếp nhận và trả kết quả']


def P(unit, metric, value, text, comparator='>=', note=None):
    return T(unit, metric, value, text, 'prose', Y, comparator=comparator, note=note)


def THON(name):
    return ['Thôn ' + name, 'Thôn ' + name + ', xã Kỳ Hà']


OD = 'tỷ lệ hồ sơ thủ tục hành chính của người dân trên địa bàn thôn được nộp trực tuyến'
DD = 'tỷ lệ người dân từ 14 tuổi trở lên có tài khoản định danh điện tử mức độ 2'

HEAD = '''UBND THỊ XÃ KỲ ANH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
ỦY BAN NHÂN DÂN XÃ KỲ HÀ\tĐộc lập - Tự do - Hạnh phúc

Số: 18/KH-UBND\tKỳ Hà, ngày 10 tháng 02 năm 2025

KẾ HOẠCH
Thực hiện chỉ tiêu dịch vụ công trực tuyến, thanh toán trực tuyến
và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2025

Thực hiện Quyết định số 95/QĐ-UBND ngày 15/01/2025 của Ủy ban nhân dân thị xã Kỳ Anh về giao chỉ tiêu chuyển đổi số năm 2025 cho các xã, phường; Ủy ban nhân dân xã Kỳ Hà ban hành Kế hoạch thực hiện như sau:
'''

ITEMS = [
    ('I. KẾT QUẢ THỰC HIỆN NĂM 2024', []),
    ('Năm 2024, Bộ phận Một cửa xã tiếp nhận 1.318 hồ sơ thủ tục hành chính; tỷ lệ hồ sơ trực tuyến đạt 58,4%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 31,2%, tỷ lệ thanh toán trực tuyến đạt 42,6%; 100% hồ sơ được giải quyết đúng hạn; tỷ lệ số hóa hồ sơ đạt 87,5%.', []),
    ('Kết quả theo thôn: thôn Hà Trung đạt 63,5%, thôn Tân Hà đạt 55,1%, thôn Đông Hà chỉ đạt 27,8% hồ sơ nộp trực tuyến; toàn xã có 78,9% người dân từ 14 tuổi trở lên có tài khoản định danh điện tử mức độ 2.', []),
    ('', []),
    ('II. CHỈ TIÊU NĂM 2025', []),
    ('1. Chỉ tiêu chung của xã', []),
    ('- Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính đạt tối thiểu 65%.', [
        P(XA, 'online_dossier_rate', 65, 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính'),
    ]),
    ('- Tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 45%; tỷ lệ thanh toán trực tuyến đạt tối thiểu 55%.', [
        P(XA, 'full_online_dossier_rate', 45, 'Tỷ lệ hồ sơ trực tuyến toàn trình'),
        P(XA, 'online_payment_rate', 55, 'tỷ lệ thanh toán trực tuyến'),
    ]),
    ('- 100% hồ sơ thủ tục hành chính được giải quyết đúng hạn; mức độ hài lòng của người dân đạt từ 95% trở lên.', [
        P(XA, 'on_time_resolution_rate', 100, 'hồ sơ thủ tục hành chính được giải quyết đúng hạn'),
        P(XA, 'satisfaction_rate', 95, 'mức độ hài lòng của người dân'),
    ]),
    ('- Tỷ lệ người dân từ 14 tuổi trở lên có tài khoản định danh điện tử mức độ 2 đạt tối thiểu 90%.', [
        P(XA, None, 90, DD),
    ]),
    ('2. Chỉ tiêu đối với Bộ phận Một cửa', []),
    ('- Số hóa 100% hồ sơ thủ tục hành chính khi tiếp nhận; 100% kết quả giải quyết thủ tục hành chính còn hiệu lực được số hóa.', [
        P(MOTCUA, 'dossier_digitization_rate', 100, 'Số hóa hồ sơ thủ tục hành chính khi tiếp nhận'),
        P(MOTCUA, 'result_digitization_rate', 100, 'kết quả giải quyết thủ tục hành chính còn hiệu lực được số hóa'),
    ]),
    ('- Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt tối thiểu 90%; tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính đạt tối thiểu 70%.', [
        P(MOTCUA, 'electronic_result_rate', 90, 'Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử'),
        P(MOTCUA, 'e_certified_copy_rate', 70, 'tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính'),
    ]),
    ('- Tỷ lệ hồ sơ giải quyết quá hạn không quá 0,5%.', [
        P(MOTCUA, None, 0.5, 'Tỷ lệ hồ sơ giải quyết quá hạn', comparator='<='),
    ]),
    ('3. Chỉ tiêu đối với các thôn', []),
    ('- Về ' + OD + ': các thôn: Hà Trung, Hà Thanh, Tân Hà phấn đấu đạt tối thiểu 70%; các thôn Bắc Hà, Nam Hà đạt tối thiểu 60%; riêng thôn Đông Hà (thôn ven biển, nhiều hộ đi biển dài ngày) đạt 45%.', [
        P(THON('Hà Trung'), 'online_dossier_rate', 70, OD),
        P(THON('Hà Thanh'), 'online_dossier_rate', 70, OD),
        P(THON('Tân Hà'), 'online_dossier_rate', 70, OD),
        P(THON('Bắc Hà'), 'online_dossier_rate', 60, OD),
        P(THON('Nam Hà'), 'online_dossier_rate', 60, OD),
        P(THON('Đông Hà'), 'online_dossier_rate', 45, OD),
    ]),
    ('- Về ' + DD + ': thôn Hà Trung và thôn Tân Hà đạt tối thiểu 95%; thôn Đông Hà đạt tối thiểu 80%.', [
        P(THON('Hà Trung'), None, 95, DD),
        P(THON('Tân Hà'), None, 95, DD),
        P(THON('Đông Hà'), None, 80, DD),
    ]),
    ('- Các thôn duy trì hoạt động của Tổ công nghệ số cộng đồng, hướng dẫn người dân cài đặt, sử dụng VNeID và Cổng Dịch vụ công quốc gia.', []),
    ('', []),
    ('III. NHIỆM VỤ, GIẢI PHÁP', []),
    ('1. Công chức Văn phòng - Thống kê phụ trách Bộ phận Một cửa hướng dẫn người dân nộp hồ sơ trực tuyến ngay tại Bộ phận Một cửa; bố trí máy tính, máy quét phục vụ người dân.', []),
    ('2. Trưởng các thôn phối hợp Tổ công nghệ số cộng đồng tuyên truyền tại các buổi họp thôn; báo cáo kết quả về Ủy ban nhân dân xã trước ngày 25 hằng tháng.', []),
    ('', []),
    ('IV. TỔ CHỨC THỰC HIỆN', []),
    ('Công chức Văn hóa - Xã hội theo dõi, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Chủ tịch Ủy ban nhân dân xã; Trưởng các thôn chịu trách nhiệm trước Ủy ban nhân dân xã về chỉ tiêu được giao cho thôn./.', []),
    ('', []),
    ('Nơi nhận:\tTM. ỦY BAN NHÂN DÂN', []),
    ('- UBND thị xã (b/c);\tCHỦ TỊCH', []),
    ('- TT Đảng ủy, TT HĐND xã;\t', []),
    ('- Các thôn;\t', []),
    ('- Lưu: VP.\tHồ Văn Lực', []),
]


def main():
    lines = [HEAD.rstrip('\n')]
    targets = []
    for text, ts in ITEMS:
        lines.append(text)
        targets += ts
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    doc = {
        'number': '18/KH-UBND', 'symbol': 'KH-UBND', 'serial': '18', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân xã Kỳ Hà', 'place': 'Kỳ Hà', 'date': '2025-02-10',
        'subject': 'Thực hiện chỉ tiêu dịch vụ công trực tuyến, thanh toán trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2025',
        'signer': 'Hồ Văn Lực',
        'references': ['95/QĐ-UBND'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets}])


if __name__ == '__main__':
    main()
