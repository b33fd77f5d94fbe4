#!/usr/bin/env python3
"""n3_01: Quảng Ngãi directive (Chỉ thị 06/CT-UBND, 12/03/2024) of the Chủ tịch
UBND tỉnh, plain UTF-8 text. All targets are in numbered prose tasks assigned to
named departments, to enumerations of departments and districts, and to the
groups "Các sở, ban, ngành tỉnh" / "UBND các huyện, thị xã, thành phố" /
"UBND các xã, phường, thị trấn". Ceilings ("không quá 5%", "dưới 2%"), floors
("tối thiểu", "không thấp hơn", "phấn đấu đạt trên 90%") and per-year phrases
("năm 2024 đạt 50%, năm 2025 đạt 70%"). The preamble holds 2023 results.

The paragraphs are data below (text, targets); the text and the gold come from
that one list.
"""
import os
from common import DOCS, T, write_gold

SEED = 'n3_01_quangngai_ct_2024.txt'
Y = 2024

PROV = [None, 'Toàn tỉnh', 'Tỉnh Quảng Ngãi']
SBN = ['Các sở, ban, ngành tỉnh', 'Sở, ban, ngành tỉnh']
HUYEN_G = ['UBND các huyện, thị xã, thành phố', 'Các huyện, thị xã, thành phố', 'UBND cấp huyện']
XA_G = ['UBND các xã, phường, thị trấn', 'UBND cấp xã', 'Các xã, phường, thị trấn']
VP = ['Văn phòng UBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi']


def P(unit, metric, value, text, comparator='>=', year=Y, note=None, uom='%'):
    return T(unit, metric, value, text, 'prose', year, comparator=comparator, note=note, uom=uom)


def so(name):
    return ['Sở ' + name, 'Sở ' + name + ' tỉnh Quảng Ngãi']


def huyen(name, level='huyện'):
    return ['UBND ' + level + ' ' + name, level[0].upper() + level[1:] + ' ' + name]


HEADER = """ỦY BAN NHÂN DÂN\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG NGÃI\tĐộc lập - Tự do - Hạnh phúc
_______\t_____________________

Số: 06/CT-UBND\tQuảng Ngãi, ngày 12 tháng 3 năm 2024


CHỈ THỊ
Về việc đẩy mạnh cung cấp, sử dụng dịch vụ công trực tuyến, thanh toán
trực tuyến và số hoá hồ sơ, kết quả giải quyết thủ tục hành chính
trên địa bàn tỉnh năm 2024 - 2025
___________

"""

PREAMBLE = [
    'Thực hiện Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số '
    '61/2018/NĐ-CP ngày 23/4/2018 về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính và '
    'Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ, thời gian qua công tác cải cách thủ tục hành chính '
    'trên địa bàn tỉnh đã đạt được những kết quả nhất định. Năm 2023, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 38,6%; tỷ lệ '
    'hồ sơ trực tuyến toàn trình đạt 21,4%; tỷ lệ thanh toán trực tuyến đạt 27,9%; tỷ lệ hồ sơ giải quyết quá hạn còn 3,7%; '
    'mức độ hài lòng của người dân, doanh nghiệp đạt 86,2%. Một số địa phương có tỷ lệ hồ sơ trực tuyến rất thấp như '
    'huyện Sơn Tây (12,3%), huyện Minh Long (14,8%).',
    'Để khắc phục những hạn chế nêu trên, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Giám đốc các sở, Thủ trưởng các ban, '
    'ngành tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và Chủ tịch Ủy ban nhân dân các xã, phường, thị '
    'trấn tập trung thực hiện tốt các nhiệm vụ sau đây:',
]

PARAS = [
    ('1. Các sở, ban, ngành tỉnh', []),
    ('a) Rà soát, tái cấu trúc quy trình, bảo đảm tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục '
     'hành chính của đơn vị đạt tối thiểu 80%; tỷ lệ hồ sơ trực tuyến toàn trình không thấp hơn 50%.',
     [P(SBN, 'online_dossier_rate', 80, 'tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính'),
      P(SBN, 'full_online_dossier_rate', 50, 'tỷ lệ hồ sơ trực tuyến toàn trình')]),
    ('b) Bảo đảm tỷ lệ hồ sơ giải quyết quá hạn dưới 2%; phấn đấu tỷ lệ hồ sơ được giải quyết đúng hạn đạt trên 98%.',
     [P(SBN, None, 2, 'tỷ lệ hồ sơ giải quyết quá hạn', comparator='<='),
      P(SBN, 'on_time_resolution_rate', 98, 'tỷ lệ hồ sơ được giải quyết đúng hạn')]),
    ('c) Các Sở: Kế hoạch và Đầu tư, Công Thương, Xây dựng, Giao thông vận tải, Tài nguyên và Môi trường và Sở Lao động - '
     'Thương binh và Xã hội là các đơn vị có số lượng hồ sơ lớn, phải bảo đảm tỷ lệ hồ sơ trực tuyến toàn trình tối thiểu 65%.',
     [P(so('Kế hoạch và Đầu tư'), 'full_online_dossier_rate', 65, 'tỷ lệ hồ sơ trực tuyến toàn trình'),
      P(so('Công Thương'), 'full_online_dossier_rate', 65, 'tỷ lệ hồ sơ trực tuyến toàn trình'),
      P(so('Xây dựng'), 'full_online_dossier_rate', 65, 'tỷ lệ hồ sơ trực tuyến toàn trình'),
      P(so('Giao thông vận tải'), 'full_online_dossier_rate', 65, 'tỷ lệ hồ sơ trực tuyến toàn trình'),
      P(so('Tài nguyên và Môi trường'), 'full_online_dossier_rate', 65, 'tỷ lệ hồ sơ trực tuyến toàn trình'),
      P(so('Lao động - Thương binh và Xã hội') + ['Sở Lao động, Thương binh và Xã hội'],
        'full_online_dossier_rate', 65, 'tỷ lệ hồ sơ trực tuyến toàn trình')]),
    ('2. Văn phòng Ủy ban nhân dân tỉnh', []),
    ('a) Chủ trì, phối hợp với Sở Thông tin và Truyền thông bảo đảm tỷ lệ dịch vụ công trực tuyến toàn trình được tích hợp, '
     'cung cấp trên Cổng Dịch vụ công quốc gia năm 2024 đạt 80%, năm 2025 đạt 100%.',
     [P(VP, 'national_portal_integration_rate', 80,
        'tỷ lệ dịch vụ công trực tuyến toàn trình được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia'),
      P(VP, 'national_portal_integration_rate', 100,
        'tỷ lệ dịch vụ công trực tuyến toàn trình được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia', year=2025)]),
    ('b) Tổ chức đo lường sự hài lòng; phấn đấu mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục '
     'hành chính trên địa bàn tỉnh không thấp hơn 90% trong năm 2024.',
     [P(PROV + VP, 'satisfaction_rate', 90, 'mức độ hài lòng của người dân, doanh nghiệp')]),
    ('3. Sở Thông tin và Truyền thông', []),
    ('Bảo đảm hạ tầng, an toàn thông tin cho Hệ thống thông tin giải quyết thủ tục hành chính tỉnh; chủ trì hướng dẫn '
     'việc khai thác, sử dụng lại dữ liệu; bảo đảm tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hoá năm 2024 đạt 40%, '
     'năm 2025 đạt 60%; xử lý sự cố kỹ thuật trong vòng 02 ngày làm việc.',
     [P(so('Thông tin và Truyền thông'), 'digitized_data_reuse_rate', 40, 'tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hoá'),
      P(so('Thông tin và Truyền thông'), 'digitized_data_reuse_rate', 60, 'tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hoá',
        year=2025)]),
    ('4. Sở Tài chính', []),
    ('Chủ trì, phối hợp với Kho bạc Nhà nước tỉnh, các ngân hàng thương mại trên địa bàn hướng dẫn, thúc đẩy thanh toán '
     'trực tuyến phí, lệ phí; phấn đấu tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí của toàn tỉnh '
     'năm 2024 đạt 50%, năm 2025 đạt 70%.',
     [P(PROV + so('Tài chính'), 'online_payment_rate', 50, 'tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí'),
      P(PROV + so('Tài chính'), 'online_payment_rate', 70, 'tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí',
        year=2025)]),
    ('5. Sở Tư pháp', []),
    ('Hướng dẫn, kiểm tra việc chứng thực bản sao điện tử từ bản chính; bảo đảm tỷ lệ thực hiện chứng thực bản sao điện tử '
     'từ bản chính tại Sở Tư pháp tối thiểu 70%; phối hợp với Công an tỉnh tuyên truyền việc sử dụng tài khoản định danh '
     'điện tử.',
     [P(so('Tư pháp'), 'e_certified_copy_rate', 70, 'tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính')]),
    ('6. Công an tỉnh', []),
    ('Bảo đảm tỷ lệ hồ sơ trực tuyến toàn trình đối với các thủ tục hành chính lĩnh vực cư trú, căn cước công dân đạt '
     'tối thiểu 85%; cung cấp dữ liệu dân cư phục vụ giải quyết thủ tục hành chính theo Đề án 06.',
     [P(['Công an tỉnh', 'Công an tỉnh Quảng Ngãi'], 'full_online_dossier_rate', 85, 'tỷ lệ hồ sơ trực tuyến toàn trình',
        note='thủ tục hành chính lĩnh vực cư trú, căn cước công dân')]),
    ('7. Ủy ban nhân dân các huyện, thị xã, thành phố', []),
    ('a) Phấn đấu tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính của cấp huyện đạt trên '
     '60%; riêng các huyện miền núi Ba Tơ, Minh Long, Sơn Hà, Sơn Tây, Trà Bồng và huyện đảo Lý Sơn đạt tối thiểu 40%.',
     [P(HUYEN_G, 'online_dossier_rate', 60, 'tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính',
        note='riêng các huyện Ba Tơ, Minh Long, Sơn Hà, Sơn Tây, Trà Bồng, Lý Sơn tối thiểu 40%')]
     + [P(huyen(n), 'online_dossier_rate', 40,
          'tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính')
        for n in ['Ba Tơ', 'Minh Long', 'Sơn Hà', 'Sơn Tây', 'Trà Bồng']]
     + [P(huyen('Lý Sơn') + ['UBND huyện đảo Lý Sơn', 'Huyện đảo Lý Sơn'], 'online_dossier_rate', 40,
          'tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính')]),
    ('b) Bảo đảm tỷ lệ hồ sơ giải quyết quá hạn không quá 5%; riêng Ủy ban nhân dân thành phố Quảng Ngãi và thị xã Đức Phổ '
     'không quá 3% do đã hoàn thành chỉnh lý, số hoá hồ sơ địa chính.',
     [P(HUYEN_G, None, 5, 'tỷ lệ hồ sơ giải quyết quá hạn', comparator='<=',
        note='riêng UBND thành phố Quảng Ngãi và thị xã Đức Phổ không quá 3%'),
      P(huyen('Quảng Ngãi', 'thành phố'), None, 3, 'tỷ lệ hồ sơ giải quyết quá hạn', comparator='<='),
      P(huyen('Đức Phổ', 'thị xã'), None, 3, 'tỷ lệ hồ sơ giải quyết quá hạn', comparator='<=')]),
    ('c) Số hoá hồ sơ, kết quả giải quyết thủ tục hành chính: tỷ lệ số hoá hồ sơ năm 2024 đạt 70%, năm 2025 đạt 90%; tỷ lệ '
     'số hoá kết quả giải quyết thủ tục hành chính đạt 100% đối với kết quả còn hiệu lực.',
     [P(HUYEN_G, 'dossier_digitization_rate', 70, 'tỷ lệ số hoá hồ sơ'),
      P(HUYEN_G, 'dossier_digitization_rate', 90, 'tỷ lệ số hoá hồ sơ', year=2025),
      P(HUYEN_G, 'result_digitization_rate', 100, 'tỷ lệ số hoá kết quả giải quyết thủ tục hành chính',
        note='đối với kết quả còn hiệu lực')]),
    ('d) Chỉ đạo Ủy ban nhân dân các xã, phường, thị trấn bảo đảm tỷ lệ hồ sơ trực tuyến năm 2024 đạt 35%, năm 2025 đạt 50%; '
     'tỷ lệ chứng thực bản sao điện tử từ bản chính tối thiểu 30%; bố trí công chức hỗ trợ người dân tại Bộ phận Một cửa '
     'cấp xã.',
     [P(XA_G, 'online_dossier_rate', 35, 'tỷ lệ hồ sơ trực tuyến'),
      P(XA_G, 'online_dossier_rate', 50, 'tỷ lệ hồ sơ trực tuyến', year=2025),
      P(XA_G, 'e_certified_copy_rate', 30, 'tỷ lệ chứng thực bản sao điện tử từ bản chính')]),
    ('8. Ủy ban nhân dân các huyện Bình Sơn, Tư Nghĩa, Mộ Đức và thị xã Đức Phổ (các địa phương có khu công nghiệp, cụm '
     'công nghiệp) bảo đảm tỷ lệ thanh toán trực tuyến phí, lệ phí tối thiểu 45%.',
     [P(huyen(n), 'online_payment_rate', 45, 'tỷ lệ thanh toán trực tuyến phí, lệ phí') for n in ['Bình Sơn', 'Tư Nghĩa', 'Mộ Đức']]
     + [P(huyen('Đức Phổ', 'thị xã'), 'online_payment_rate', 45, 'tỷ lệ thanh toán trực tuyến phí, lệ phí')]),
    ('9. Sở Nội vụ đưa kết quả thực hiện các chỉ tiêu tại Chỉ thị này vào tiêu chí chấm điểm Chỉ số cải cách hành chính và '
     'đánh giá, xếp loại người đứng đầu năm 2024; tổng hợp báo cáo trước ngày 15/12/2024.', []),
    ('10. Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và các xã, '
     'phường, thị trấn nghiêm túc triển khai thực hiện Chỉ thị này; định kỳ hằng quý (trước ngày 20 của tháng cuối quý) báo '
     'cáo kết quả về Văn phòng Ủy ban nhân dân tỉnh để tổng hợp./.', []),
]

FOOTER = """

Nơi nhận:\tCHỦ TỊCH
- Văn phòng Chính phủ (Cục KSTTHC);
- TT Tỉnh uỷ, TT HĐND tỉnh;
- CT, PCT UBND tỉnh;
- Các sở, ban, ngành tỉnh;
- UBND các huyện, thị xã, thành phố;
- UBND các xã, phường, thị trấn;
- VPUB: CVP, PCVP, KSTTHC;\t(Đã ký)
- Lưu: VT, NCbdh85.
\tTrương Quang Hiển
"""


def main():
    lines = [HEADER]
    lines += PREAMBLE
    targets = []
    for text, ts in PARAS:
        lines.append(text)
        targets += ts
    txt = '\n'.join(lines) + FOOTER
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(txt)
    doc = {
        'number': '06/CT-UBND', 'symbol': 'CT-UBND', 'serial': '06', 'type': 'chi_thi',
        'issuer': ['Ủy ban nhân dân tỉnh Quảng Ngãi', 'Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi'],
        'place': 'Quảng Ngãi', 'date': '2024-03-12',
        'subject': 'Về việc đẩy mạnh cung cấp, sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến và số hoá hồ sơ, '
                   'kết quả giải quyết thủ tục hành chính trên địa bàn tỉnh năm 2024 - 2025',
        'signer': 'Trương Quang Hiển',
        'references': ['107/2021/NĐ-CP', '61/2018/NĐ-CP', '766/QĐ-TTg'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets}])


if __name__ == '__main__':
    main()
