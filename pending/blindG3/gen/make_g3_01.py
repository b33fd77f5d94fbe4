#!/usr/bin/env python3
"""g3_01: Thừa Thiên Huế provincial plan (Kế hoạch 45/KH-UBND, 26/01/2024) for
2024 with some 2025 levels, as plain UTF-8 text (a Word-to-text conversion:
tab-joined header block, old tone placement "hoá"/"Uỷ", a stray page number).

Every target is in prose. The body is written from ITEMS below: each line of
text carries the gold targets it holds, so the text and the gold come from one
list. Section I (results of 2023) deliberately repeats the indicator wordings,
a per-level split, a "100% … được số hoá" and an "ít nhất 03 dịch vụ" that are
all past results, and a 2023 target (60%) that this plan does not assign.
"""
import os
from common import DOCS, T, write_gold

SEED = 'g3_01_thuathienhue_kh_2024.txt'
Y, Y2 = 2024, 2025

# unit spellings
PROV = [None, 'Toàn tỉnh', 'Tỉnh Thừa Thiên Huế', 'UBND tỉnh Thừa Thiên Huế']
C_TINH = ['Cấp tỉnh', 'Các cơ quan, đơn vị cấp tỉnh']
C_HUYEN = ['Cấp huyện', 'Các cơ quan, đơn vị cấp huyện']
C_XA = ['Cấp xã', 'UBND cấp xã']
SBN = ['Các sở, ban, ngành tỉnh', 'Mỗi sở, ban, ngành tỉnh', 'Sở, ban, ngành tỉnh']
CA = ['Công an tỉnh', 'Công an tỉnh Thừa Thiên Huế']
HUYEN_GROUP = ['UBND các huyện, thị xã, thành phố Huế', 'UBND cấp huyện',
               'UBND các huyện, thị xã, thành phố']


def P(unit, metric, value, text, year=Y, comparator='>=', uom='%', note=None):
    return T(unit, metric, value, text, 'prose', year, comparator=comparator, uom=uom, note=note)


HEADER = '''ỦY BAN NHÂN DÂN\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH THỪA THIÊN HUẾ\tĐộc lập - Tự do - Hạnh phúc
\t
Số: 45/KH-UBND\tThừa Thiên Huế, ngày 26 tháng 01 năm 2024


KẾ HOẠCH
Nâng cao chất lượng cung cấp, sử dụng dịch vụ công trực tuyến
và số hoá hồ sơ, kết quả giải quyết thủ tục hành chính
trên địa bàn tỉnh năm 2024, định hướng năm 2025

Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử;
Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24 tháng 6 năm 2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng;
Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030;
Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;
Căn cứ Kế hoạch số 412/KH-UBND ngày 18 tháng 12 năm 2023 của Uỷ ban nhân dân tỉnh về chuyển đổi số tỉnh Thừa Thiên Huế năm 2024;
Theo đề nghị của Sở Thông tin và Truyền thông tại Tờ trình số 118/TTr-STTTT ngày 15 tháng 01 năm 2024,
Uỷ ban nhân dân tỉnh ban hành Kế hoạch nâng cao chất lượng cung cấp, sử dụng dịch vụ công trực tuyến và số hoá hồ sơ, kết quả giải quyết thủ tục hành chính trên địa bàn tỉnh năm 2024, định hướng năm 2025 như sau:
'''

# (line, [targets]) — a line with no targets is plain text
ITEMS = [
    ('I. KẾT QUẢ THỰC HIỆN NĂM 2023', []),
    ('1. Kết quả đạt được', []),
    ('- Năm 2023, toàn tỉnh tiếp nhận 612.418 hồ sơ thủ tục hành chính, trong đó có 398.105 hồ sơ trực tuyến; tỷ lệ hồ sơ trực tuyến đạt 65,0%, vượt chỉ tiêu 60% được giao tại Kế hoạch số 19/KH-UBND ngày 20/01/2023 của Uỷ ban nhân dân tỉnh.', []),
    ('- Tỷ lệ hồ sơ trực tuyến toàn trình đạt 31,6%; tỷ lệ thanh toán trực tuyến đạt 42,3%; tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 71,2%.', []),
    ('- Tỷ lệ hồ sơ được giải quyết đúng hạn: cấp tỉnh đạt 98,7%, cấp huyện đạt 96,2%, cấp xã đạt 97,9%.', []),
    ('- Tỷ lệ số hoá hồ sơ khi tiếp nhận đạt 58,4%; 100% kết quả giải quyết thủ tục hành chính còn hiệu lực của cấp tỉnh đã được số hoá, cập nhật vào kho dữ liệu của tổ chức, cá nhân.', []),
    ('- Mức độ hài lòng của người dân, doanh nghiệp đạt 92,4%; đã có 07 sở, ngành triển khai ít nhất 03 dịch vụ công trực tuyến toàn trình trên ứng dụng Hue-S.', []),
    ('2. Tồn tại, hạn chế', []),
    ('- Tỷ lệ thanh toán trực tuyến ở cấp xã còn thấp (bình quân 18,5%); còn 1,8% hồ sơ giải quyết quá hạn, chủ yếu trong lĩnh vực đất đai.', []),
    ('- Việc khai thác, sử dụng lại thông tin, dữ liệu số hoá chưa hiệu quả (mới đạt 21,3%); một số đơn vị chưa bố trí đủ thiết bị số hoá tại Bộ phận Một cửa.', []),
    ('', []),
    ('II. MỤC TIÊU', []),
    ('1. Mục tiêu chung', []),
    ('Nâng cao chất lượng, hiệu quả cung cấp và sử dụng dịch vụ công trực tuyến, lấy người dân, doanh nghiệp làm trung tâm; gắn trách nhiệm người đứng đầu với kết quả thực hiện; phấn đấu Thừa Thiên Huế thuộc nhóm các tỉnh dẫn đầu cả nước về Bộ chỉ số phục vụ người dân, doanh nghiệp.', []),
    ('2. Mục tiêu cụ thể', []),
    ('a) Về cung cấp dịch vụ công trực tuyến', []),
    ('- 100% thủ tục hành chính đủ điều kiện theo quy định được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình.', [
        P(PROV, 'full_online_service_rate', 100,
          'thủ tục hành chính đủ điều kiện theo quy định được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình'),
    ]),
    ('- Tỷ lệ dịch vụ công trực tuyến toàn trình được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia: năm 2024 đạt 80%, năm 2025 đạt 100%.', [
        P(PROV, 'national_portal_integration_rate', 80,
          'Tỷ lệ dịch vụ công trực tuyến toàn trình được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia'),
        P(PROV, 'national_portal_integration_rate', 100,
          'Tỷ lệ dịch vụ công trực tuyến toàn trình được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia', year=Y2),
    ]),
    ('- Mỗi sở, ban, ngành tỉnh có ít nhất 03 dịch vụ công trực tuyến toàn trình thiết yếu được tái cấu trúc quy trình và cung cấp trên ứng dụng Hue-S.', [
        P(SBN, None, 3,
          'dịch vụ công trực tuyến toàn trình thiết yếu được tái cấu trúc quy trình và cung cấp trên ứng dụng Hue-S',
          uom='dịch vụ', note='ít nhất 03 dịch vụ; chỉ tiêu số lượng, không có mã chỉ số'),
    ]),
    ('b) Về sử dụng dịch vụ công trực tuyến', []),
    ('- Tỷ lệ hồ sơ trực tuyến toàn trình năm 2024 đạt 50%, năm 2025 đạt 70%.', [
        P(PROV, 'full_online_dossier_rate', 50, 'Tỷ lệ hồ sơ trực tuyến toàn trình'),
        P(PROV, 'full_online_dossier_rate', 70, 'Tỷ lệ hồ sơ trực tuyến toàn trình', year=Y2),
    ]),
    ('- Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính: cấp tỉnh 90%, cấp huyện 80%, cấp xã 70%.', [
        P(C_TINH, 'online_dossier_rate', 90, 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính'),
        P(C_HUYEN, 'online_dossier_rate', 80, 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính'),
        P(C_XA, 'online_dossier_rate', 70, 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính'),
    ]),
    ('- Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt tối thiểu 80%.', [
        P(PROV, 'online_service_uptake_rate', 80, 'Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ'),
    ]),
    ('- Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công đạt 50% năm 2024 và 65% năm 2025.', [
        P(PROV, 'online_payment_rate', 50, 'Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công'),
        P(PROV, 'online_payment_rate', 65, 'Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công', year=Y2),
    ]),
    ('- Tỷ lệ thủ tục hành chính có phát sinh giao dịch thanh toán trực tuyến đạt tối thiểu 70%.', [
        P(PROV, 'online_payment_procedure_rate', 70, 'Tỷ lệ thủ tục hành chính có phát sinh giao dịch thanh toán trực tuyến'),
    ]),
    ('c) Về số hoá hồ sơ, kết quả giải quyết thủ tục hành chính', []),
    ('- Tỷ lệ số hoá hồ sơ thủ tục hành chính khi tiếp nhận: cấp tỉnh đạt 100%, cấp huyện 90%, cấp xã 80%.', [
        P(C_TINH, 'dossier_digitization_rate', 100, 'Tỷ lệ số hoá hồ sơ thủ tục hành chính khi tiếp nhận'),
        P(C_HUYEN, 'dossier_digitization_rate', 90, 'Tỷ lệ số hoá hồ sơ thủ tục hành chính khi tiếp nhận'),
        P(C_XA, 'dossier_digitization_rate', 80, 'Tỷ lệ số hoá hồ sơ thủ tục hành chính khi tiếp nhận'),
    ]),
    ('- 100% kết quả giải quyết thủ tục hành chính còn hiệu lực được số hoá; 100% kết quả giải quyết thủ tục hành chính được cấp dưới dạng điện tử.', [
        P(PROV, 'result_digitization_rate', 100, 'kết quả giải quyết thủ tục hành chính còn hiệu lực được số hoá'),
        P(PROV, 'electronic_result_rate', 100, 'kết quả giải quyết thủ tục hành chính được cấp dưới dạng điện tử'),
    ]),
    ('- Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hoá đạt tối thiểu 40% năm 2024, 60% năm 2025.', [
        P(PROV, 'digitized_data_reuse_rate', 40, 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hoá'),
        P(PROV, 'digitized_data_reuse_rate', 60, 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hoá', year=Y2),
    ]),
    ('d) Về chất lượng giải quyết thủ tục hành chính', []),
    ('- Tỷ lệ hồ sơ được giải quyết đúng hạn: cấp tỉnh từ 98% trở lên; cấp huyện, cấp xã từ 95% trở lên.', [
        P(C_TINH, 'on_time_resolution_rate', 98, 'Tỷ lệ hồ sơ được giải quyết đúng hạn'),
        P(C_HUYEN, 'on_time_resolution_rate', 95, 'Tỷ lệ hồ sơ được giải quyết đúng hạn'),
        P(C_XA, 'on_time_resolution_rate', 95, 'Tỷ lệ hồ sơ được giải quyết đúng hạn'),
    ]),
    ('- Tỷ lệ hồ sơ giải quyết quá hạn không quá 1%.', [
        P(PROV, None, 1, 'Tỷ lệ hồ sơ giải quyết quá hạn', comparator='<='),
    ]),
    ('- Tỷ lệ phản ánh, kiến nghị của người dân, doanh nghiệp được xử lý đúng hạn đạt 100%.', [
        P(PROV, None, 100, 'Tỷ lệ phản ánh, kiến nghị của người dân, doanh nghiệp được xử lý đúng hạn'),
    ]),
    ('- Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính đạt tối thiểu 95%.', [
        P(PROV, 'satisfaction_rate', 95, 'Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính'),
    ]),
    ('', []),
    ('III. NHIỆM VỤ, GIẢI PHÁP', []),
    ('1. Rà soát, chuẩn hoá danh mục thủ tục hành chính, dịch vụ công trực tuyến toàn trình, một phần; tái cấu trúc quy trình theo hướng giảm tối thiểu thành phần hồ sơ giấy; hoàn thành trước ngày 31/3/2024.', []),
    ('2. Đẩy mạnh thanh toán trực tuyến phí, lệ phí qua Nền tảng thanh toán trực tuyến của Cổng Dịch vụ công quốc gia và ứng dụng Hue-S; triển khai mã QR thanh toán tại tất cả Bộ phận Một cửa các cấp trong quý II/2024.', []),
    ('3. Tăng cường tuyên truyền, hướng dẫn người dân sử dụng tài khoản định danh điện tử VNeID khi thực hiện dịch vụ công trực tuyến; phát huy vai trò của Tổ công nghệ số cộng đồng tại thôn, tổ dân phố.', []),
    ('', []),
    ('2', []),   # page number carried into the text by the conversion
    ('', []),
    ('IV. KINH PHÍ THỰC HIỆN', []),
    ('Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành và các nguồn hợp pháp khác.', []),
    ('V. TỔ CHỨC THỰC HIỆN', []),
    ('1. Sở Thông tin và Truyền thông chủ trì theo dõi, đôn đốc, hằng tháng tổng hợp số liệu thực hiện các chỉ tiêu tại Kế hoạch này, báo cáo Uỷ ban nhân dân tỉnh.', []),
    ('2. Văn phòng Uỷ ban nhân dân tỉnh chỉ đạo Trung tâm Phục vụ hành chính công tỉnh theo dõi việc đồng bộ trạng thái hồ sơ lên Cổng Dịch vụ công quốc gia; đánh giá mức độ hài lòng theo Bộ chỉ số tại Quyết định số 766/QĐ-TTg.', []),
    ('3. Công an tỉnh chủ trì triển khai các nhiệm vụ của Đề án 06, bảo đảm tỷ lệ hồ sơ trực tuyến toàn trình đối với các thủ tục hành chính lĩnh vực cư trú, căn cước đạt tối thiểu 90% trong năm 2024.', [
        P(CA, 'full_online_dossier_rate', 90, 'tỷ lệ hồ sơ trực tuyến toàn trình',
          note='đối với các thủ tục hành chính lĩnh vực cư trú, căn cước'),
    ]),
    ('4. Sở Tư pháp hướng dẫn nghiệp vụ chứng thực bản sao điện tử từ bản chính; phối hợp kiểm tra việc thực hiện tại cấp huyện, cấp xã.', []),
    ('5. Uỷ ban nhân dân các huyện, thị xã, thành phố Huế (sau đây gọi chung là UBND cấp huyện) bảo đảm tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính trên địa bàn đạt tối thiểu 50% năm 2024; giao chỉ tiêu cụ thể cho Phòng Tư pháp và Uỷ ban nhân dân cấp xã.', [
        P(HUYEN_GROUP, 'e_certified_copy_rate', 50, 'tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính',
          note='trên địa bàn huyện'),
    ]),
    ('6. Các sở, ban, ngành tỉnh, UBND cấp huyện định kỳ hằng quý (trước ngày 20 của tháng cuối quý) báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông.', []),
    ('Trên đây là Kế hoạch nâng cao chất lượng cung cấp, sử dụng dịch vụ công trực tuyến và số hoá hồ sơ, kết quả giải quyết thủ tục hành chính trên địa bàn tỉnh năm 2024, định hướng năm 2025. Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Thông tin và Truyền thông để tổng hợp, báo cáo Uỷ ban nhân dân tỉnh xem xét, chỉ đạo./.', []),
]

FOOTER = '''
Nơi nhận:\tTM. ỦY BAN NHÂN DÂN
- Bộ Thông tin và Truyền thông;\tKT. CHỦ TỊCH
- Văn phòng Chính phủ (Cục KSTTHC);\tPHÓ CHỦ TỊCH
- TT Tỉnh uỷ, TT HĐND tỉnh;\t
- CT và các PCT UBND tỉnh;\t
- Các sở, ban, ngành tỉnh;\t
- UBND các huyện, thị xã, thành phố Huế;\t
- VP: LĐ và các CV;\t
- Lưu: VT, STTTT.\tTrần Quốc Hưng
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
        'number': '45/KH-UBND', 'symbol': 'KH-UBND', 'serial': '45', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân tỉnh Thừa Thiên Huế', 'place': 'Thừa Thiên Huế', 'date': '2024-01-26',
        'subject': 'Nâng cao chất lượng cung cấp, sử dụng dịch vụ công trực tuyến và số hoá hồ sơ, kết quả giải quyết thủ tục hành chính trên địa bàn tỉnh năm 2024, định hướng năm 2025',
        'signer': 'Trần Quốc Hưng',
        'references': ['45/2020/NĐ-CP', '42/2022/NĐ-CP', '06/QĐ-TTg', '766/QĐ-TTg', '412/KH-UBND',
                       '118/TTr-STTTT', '19/KH-UBND'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets}])


if __name__ == '__main__':
    main()
