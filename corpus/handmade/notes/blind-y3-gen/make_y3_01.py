#!/usr/bin/env python3
"""y3_01: Lào Cai provincial plan (Kế hoạch 87/KH-UBND, 28/02/2022) for 2022,
as a Word-to-text conversion (tab-joined header and signature blocks, a
manual line break inside one paragraph).

Theme Y3 (how units are named and listed), all targets in prose:
- abbreviated departments enumerated ("Sở TT&TT, Sở KH&ĐT và Sở TN&MT"),
  with the full forms used elsewhere in the same plan (Căn cứ, section V);
- "Các Sở: Tư pháp, Nội vụ, Y tế và Sở LĐ-TB&XH" (factored kind, then an
  abbreviated name with a hyphen);
- "UBND các huyện: Mường Khương, Bát Xát và thị xã Sa Pa" (kind factored out,
  a second kind inside the list);
- an enumeration of districts broken over two lines;
- non-department units: Bảo hiểm xã hội tỉnh, Cục Thuế tỉnh, Công an tỉnh,
  Trung tâm Phục vụ hành chính công tỉnh, the Chi nhánh Văn phòng đăng ký
  đất đai group.
The body is written from ITEMS: each paragraph carries the gold targets it
holds.
"""
import os
from common import DOCS, T, write_gold

SEED = 'y3_01_laocai_kh_2022.txt'
Y = 2022
PV = 'tỉnh Lào Cai'


def S(full, *abbr):
    """A department: full form first, then the abbreviations as printed."""
    return [full, *abbr, f'{full} {PV}']


def H(kind, name):
    return [f'UBND {kind} {name}', f'{kind[0].upper()}{kind[1:]} {name}']


PROV = [None, 'Toàn tỉnh', 'Tỉnh Lào Cai']
TTTT = S('Sở Thông tin và Truyền thông', 'Sở TT&TT')
KHDT = S('Sở Kế hoạch và Đầu tư', 'Sở KH&ĐT')
TNMT = S('Sở Tài nguyên và Môi trường', 'Sở TN&MT')
LDTBXH = S('Sở Lao động - Thương binh và Xã hội', 'Sở LĐ-TB&XH', 'Sở Lao động, Thương binh và Xã hội')
GDDT = S('Sở Giáo dục và Đào tạo', 'Sở GD&ĐT')

MT_OD = 'tỷ lệ hồ sơ thủ tục hành chính tiếp nhận, giải quyết trực tuyến mức độ 3, 4 trên tổng số hồ sơ'
MT_PAY = 'tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí'


def P(unit, metric, value, text, comparator='>=', note=None):
    return T(unit, metric, value, text, 'prose', Y, comparator=comparator, note=note)


HEADER = '''ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH LÀO CAI\tĐộc lập - Tự do - Hạnh phúc
\t
Số: 87/KH-UBND\tLào Cai, ngày 28 tháng 02 năm 2022

KẾ HOẠCH
Nâng cao tỷ lệ hồ sơ trực tuyến mức độ 3, 4 và thanh toán trực tuyến
trên địa bàn tỉnh Lào Cai năm 2022

Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử;
Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;
Căn cứ Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ phê duyệt Đề án đổi mới việc thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;
Căn cứ Kế hoạch số 412/KH-UBND ngày 24/12/2021 của UBND tỉnh về chuyển đổi số tỉnh Lào Cai năm 2022;
Theo đề nghị của Sở Thông tin và Truyền thông tại Tờ trình số 21/TTr-STTTT ngày 17/02/2022, Ủy ban nhân dân tỉnh ban hành Kế hoạch với các nội dung sau:
'''

ITEMS = [
    ('I. KẾT QUẢ NĂM 2021', []),
    ('Năm 2021, tỷ lệ hồ sơ thủ tục hành chính tiếp nhận, giải quyết trực tuyến mức độ 3, 4 của toàn tỉnh đạt 21,6%; trong đó Sở TT&TT đạt 48,2%, Sở KH&ĐT đạt 39,5%, Sở TN&MT đạt 12,4%; UBND huyện Mường Khương đạt 8,7%, UBND thị xã Sa Pa đạt 15,1%. Tỷ lệ thanh toán trực tuyến mới đạt 3,9%.', []),
    ('', []),
    ('II. MỤC TIÊU', []),
    ('1. Mục tiêu chung', []),
    ('Tăng nhanh tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến; lấy người dân, doanh nghiệp làm trung tâm; gắn trách nhiệm của người đứng đầu cơ quan, đơn vị với kết quả thực hiện.', []),
    ('2. Chỉ tiêu cụ thể năm 2022', []),
    ('2.1. Toàn tỉnh phấn đấu tỷ lệ hồ sơ thủ tục hành chính tiếp nhận, giải quyết trực tuyến mức độ 3, 4 trên tổng số hồ sơ đạt tối thiểu 45%.', [
        P(PROV, 'online_dossier_rate', 45, MT_OD),
    ]),
    ('2.2. Giao chỉ tiêu tỷ lệ hồ sơ thủ tục hành chính tiếp nhận, giải quyết trực tuyến mức độ 3, 4 trên tổng số hồ sơ cho các cơ quan, đơn vị như sau:', []),
    ('a) Sở TT&TT, Sở KH&ĐT và Sở TN&MT: đạt tối thiểu 60%.', [
        P(TTTT, 'online_dossier_rate', 60, MT_OD),
        P(KHDT, 'online_dossier_rate', 60, MT_OD),
        P(TNMT, 'online_dossier_rate', 60, MT_OD),
    ]),
    ('b) Các Sở: Tư pháp, Nội vụ, Y tế và Sở LĐ-TB&XH: đạt tối thiểu 50%.', [
        P(S('Sở Tư pháp'), 'online_dossier_rate', 50, MT_OD),
        P(S('Sở Nội vụ'), 'online_dossier_rate', 50, MT_OD),
        P(S('Sở Y tế'), 'online_dossier_rate', 50, MT_OD),
        P(LDTBXH, 'online_dossier_rate', 50, MT_OD),
    ]),
    ('c) Bảo hiểm xã hội tỉnh, Cục Thuế tỉnh: đạt tối thiểu 90% (đối với các thủ tục hành chính thuộc thẩm quyền tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh).', [
        P(['Bảo hiểm xã hội tỉnh', 'Bảo hiểm xã hội tỉnh Lào Cai', 'BHXH tỉnh'], 'online_dossier_rate', 90, MT_OD,
          note='đối với các thủ tục hành chính thuộc thẩm quyền tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh'),
        P(['Cục Thuế tỉnh', 'Cục Thuế tỉnh Lào Cai'], 'online_dossier_rate', 90, MT_OD,
          note='đối với các thủ tục hành chính thuộc thẩm quyền tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh'),
    ]),
    ('d) Ủy ban nhân dân thành phố Lào Cai: đạt tối thiểu 55%.', [
        P(H('thành phố', 'Lào Cai'), 'online_dossier_rate', 55, MT_OD),
    ]),
    ('đ) UBND các huyện: Mường Khương, Bát Xát và thị xã Sa Pa: đạt tối thiểu 40%.', [
        P(H('huyện', 'Mường Khương'), 'online_dossier_rate', 40, MT_OD),
        P(H('huyện', 'Bát Xát'), 'online_dossier_rate', 40, MT_OD),
        P(H('thị xã', 'Sa Pa'), 'online_dossier_rate', 40, MT_OD),
    ]),
    # a manual line break (Shift+Enter in Word) inside the paragraph
    ('e) Ủy ban nhân dân các huyện Bảo Yên, Bảo Thắng, Văn Bàn,\nBắc Hà và Si Ma Cai: đạt tối thiểu 30%.', [
        P(H('huyện', 'Bảo Yên'), 'online_dossier_rate', 30, MT_OD),
        P(H('huyện', 'Bảo Thắng'), 'online_dossier_rate', 30, MT_OD),
        P(H('huyện', 'Văn Bàn'), 'online_dossier_rate', 30, MT_OD),
        P(H('huyện', 'Bắc Hà'), 'online_dossier_rate', 30, MT_OD),
        P(H('huyện', 'Si Ma Cai'), 'online_dossier_rate', 30, MT_OD),
    ]),
    ('2.3. Tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí: Sở GD&ĐT và Sở TT&TT đạt tối thiểu 35%; Công an tỉnh đạt tối thiểu 50%.', [
        P(GDDT, 'online_payment_rate', 35, MT_PAY),
        P(TTTT, 'online_payment_rate', 35, MT_PAY),
        P(['Công an tỉnh', 'Công an tỉnh Lào Cai'], 'online_payment_rate', 50, MT_PAY),
    ]),
    ('2.4. Trung tâm Phục vụ hành chính công tỉnh: tỷ lệ số hóa hồ sơ thủ tục hành chính khi tiếp nhận đạt 100%; Chi nhánh Văn phòng đăng ký đất đai các huyện, thị xã, thành phố: tỷ lệ số hóa kết quả giải quyết thủ tục hành chính đạt tối thiểu 80%.', [
        P(['Trung tâm Phục vụ hành chính công tỉnh', 'Trung tâm Phục vụ hành chính công tỉnh Lào Cai'],
          'dossier_digitization_rate', 100, 'tỷ lệ số hóa hồ sơ thủ tục hành chính khi tiếp nhận'),
        P(['Chi nhánh Văn phòng đăng ký đất đai các huyện, thị xã, thành phố',
           'Các Chi nhánh Văn phòng đăng ký đất đai các huyện, thị xã, thành phố'],
          'result_digitization_rate', 80, 'tỷ lệ số hóa kết quả giải quyết thủ tục hành chính'),
    ]),
    ('', []),
    ('III. NHIỆM VỤ, GIẢI PHÁP', []),
    ('1. Rà soát, công bố danh mục thủ tục hành chính thực hiện trực tuyến mức độ 3, 4; hoàn thành trước ngày 31/3/2022.', []),
    ('2. Mỗi cơ quan, đơn vị cử 01 đầu mối hướng dẫn người dân nộp hồ sơ trực tuyến tại Bộ phận Một cửa; triển khai mã QR thanh toán tại 152 xã, phường, thị trấn.', []),
    ('', []),
    ('IV. KINH PHÍ', []),
    ('Từ nguồn chi thường xuyên của các cơ quan, đơn vị theo phân cấp ngân sách hiện hành.', []),
    ('', []),
    ('V. TỔ CHỨC THỰC HIỆN', []),
    ('1. Sở Thông tin và Truyền thông chủ trì, phối hợp với Văn phòng UBND tỉnh theo dõi, đôn đốc; hằng tháng tổng hợp số liệu trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh.', []),
    ('2. Sở Kế hoạch và Đầu tư, Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch.', []),
    ('3. Sở Tài nguyên và Môi trường chỉ đạo Văn phòng Đăng ký đất đai tỉnh và các Chi nhánh Văn phòng đăng ký đất đai số hóa kết quả giải quyết thủ tục hành chính lĩnh vực đất đai.', []),
    ('4. Sở Lao động - Thương binh và Xã hội, Sở Giáo dục và Đào tạo, Công an tỉnh, Bảo hiểm xã hội tỉnh, Cục Thuế tỉnh và Kho bạc Nhà nước tỉnh phối hợp triển khai thanh toán trực tuyến các khoản phí, lệ phí thuộc lĩnh vực quản lý.', []),
    ('5. Ủy ban nhân dân các huyện, thị xã, thành phố giao chỉ tiêu cho Ủy ban nhân dân các xã, phường, thị trấn trước ngày 15/3/2022; định kỳ trước ngày 20 hằng tháng báo cáo kết quả về Sở TT&TT.', []),
    ('Trên đây là Kế hoạch nâng cao tỷ lệ hồ sơ trực tuyến mức độ 3, 4 và thanh toán trực tuyến trên địa bàn tỉnh Lào Cai năm 2022./.', []),
]

FOOTER = '''
Nơi nhận:\tTM. ỦY BAN NHÂN DÂN
- Văn phòng Chính phủ (Cục KSTTHC);\tKT. CHỦ TỊCH
- TT Tỉnh ủy, TT HĐND tỉnh;\tPHÓ CHỦ TỊCH
- CT, các PCT UBND tỉnh;\t
- Các Sở: TT&TT, KH&ĐT, TN&MT, LĐ-TB&XH, GD&ĐT, Tư pháp, Nội vụ, Y tế, Tài chính;\t
- Công an tỉnh; BHXH tỉnh; Cục Thuế tỉnh; KBNN tỉnh;\t
- UBND các huyện, thị xã, thành phố;\t
- Lưu: VT, TH2, NC1.\tVũ Đình Tuấn
'''


def main():
    lines = [HEADER.rstrip('\n'), '']
    targets = []
    for text, ts in ITEMS:
        lines.append(text)
        targets.extend(ts)
    text = '\n'.join(lines) + '\n' + FOOTER
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(text)
    doc = {
        'number': '87/KH-UBND', 'symbol': 'KH-UBND', 'serial': '87', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân tỉnh Lào Cai', 'place': 'Lào Cai', 'date': '2022-02-28',
        'subject': 'Nâng cao tỷ lệ hồ sơ trực tuyến mức độ 3, 4 và thanh toán trực tuyến trên địa bàn tỉnh Lào Cai năm 2022',
        'signer': 'Vũ Đình Tuấn',
        'references': ['45/2020/NĐ-CP', '107/2021/NĐ-CP', '61/2018/NĐ-CP', '468/QĐ-TTg', '412/KH-UBND', '21/TTr-STTTT'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets}])


if __name__ == '__main__':
    main()
