#!/usr/bin/env python3
"""j3_03: Bắc Giang, Kế hoạch (unsigned copy: "Số:      /KH-UBND", "ngày … tháng 3
năm 2025"), all targets in prose: a results section (no targets), then
"2. Mục tiêu cụ thể" with dash bullets "- Phấn đấu 100% …; - Tối thiểu 80% …",
jurisdiction-wide (unit null) and with units named in the sentence, per-level
values, exceptions ("riêng …"), one two-year phrase, abbreviations (TTHC,
DVCTT, DVC, DVCQG) and lookalikes (quá hạn, ký số)."""
import os
from common import DOCS, T, write_gold

SEED = 'j3_03_bacgiang_kh_2025.txt'
Y = 2025
PROV = [None, 'Toàn tỉnh', 'Tỉnh Bắc Giang']


def U(*names):
    return list(names)


HEAD = '''UỶ BAN NHÂN DÂN
TỈNH BẮC GIANG
\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
\tĐộc lập - Tự do - Hạnh phúc

Số:      /KH-UBND
\tBắc Giang, ngày …  tháng 3 năm 2025

KẾ HOẠCH
Nâng cao chất lượng phục vụ người dân, doanh nghiệp trong thực hiện
thủ tục hành chính, dịch vụ công trực tuyến trên địa bàn tỉnh Bắc Giang năm 2025

Thực hiện Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử; Nghị quyết số 01/NQ-CP ngày 08/01/2025 của Chính phủ về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội và Dự toán ngân sách nhà nước năm 2025 và Công văn số 1125/VPCP-KSTT ngày 14/02/2025 của Văn phòng Chính phủ, Uỷ ban nhân dân tỉnh ban hành Kế hoạch nâng cao chất lượng phục vụ người dân, doanh nghiệp năm 2025, cụ thể như sau:

I. KẾT QUẢ THỰC HIỆN NĂM 2024
Năm 2024, tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC của tỉnh đạt 72,3% (cấp tỉnh đạt 88,1%, cấp huyện đạt 61,4%, cấp xã đạt 52,9%); tỷ lệ thanh toán trực tuyến đạt 63,5%; tỷ lệ số hoá kết quả giải quyết TTHC đạt 94,6%; tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn đạt 98,7%; mức độ hài lòng của người dân, doanh nghiệp đạt 91,2%. Toàn tỉnh tiếp nhận 1.204.377 hồ sơ, trong đó 871.015 hồ sơ trực tuyến.

II. MỤC TIÊU
1. Mục tiêu chung
Nâng cao chất lượng phục vụ người dân, doanh nghiệp; lấy người dân, doanh nghiệp làm trung tâm; phấn đấu đưa Bắc Giang nằm trong nhóm 10 tỉnh, thành phố dẫn đầu cả nước về Bộ chỉ số phục vụ người dân, doanh nghiệp.

2. Mục tiêu cụ thể
'''

P = 'prose'
BULLETS = [
    ('- Phấn đấu 100% TTHC đủ điều kiện được cung cấp dưới hình thức DVCTT toàn trình; 100% DVCTT toàn trình được tích hợp, cung cấp trên Cổng DVCQG.', [
        T(PROV, 'full_online_service_rate', 100, 'TTHC đủ điều kiện được cung cấp dưới hình thức DVCTT toàn trình', P, Y),
        T(PROV, 'national_portal_integration_rate', 100, 'DVCTT toàn trình được tích hợp, cung cấp trên Cổng DVCQG', P, Y),
    ]),
    ('- Tối thiểu 80% DVCTT có phát sinh hồ sơ.', [
        T(PROV, 'online_service_uptake_rate', 80, 'DVCTT có phát sinh hồ sơ', P, Y),
    ]),
    ('- 100% hồ sơ TTHC được tiếp nhận và xử lý trực tuyến trên Hệ thống thông tin giải quyết TTHC tỉnh (trừ hồ sơ thuộc lĩnh vực có hệ thống chuyên ngành của Bộ, ngành).', [
        T(PROV, 'online_processing_rate', 100, 'hồ sơ TTHC được tiếp nhận và xử lý trực tuyến', P, Y),
    ]),
    ('- Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC: cấp tỉnh tối thiểu 85%, cấp huyện tối thiểu 70%, cấp xã tối thiểu 60%.', [
        T(U('Cấp tỉnh'), 'online_dossier_rate', 85, 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC', P, Y),
        T(U('Cấp huyện'), 'online_dossier_rate', 70, 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC', P, Y),
        T(U('Cấp xã'), 'online_dossier_rate', 60, 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC', P, Y),
    ]),
    ('- Tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 50%; riêng các Sở: Tư pháp, Công Thương, Giáo dục và Đào tạo đạt tối thiểu 75%.', [
        T(PROV, 'full_online_dossier_rate', 50, 'Tỷ lệ hồ sơ trực tuyến toàn trình', P, Y,
          note='riêng các Sở: Tư pháp, Công Thương, Giáo dục và Đào tạo đạt tối thiểu 75%'),
        T(U('Sở Tư pháp'), 'full_online_dossier_rate', 75, 'Tỷ lệ hồ sơ trực tuyến toàn trình', P, Y),
        T(U('Sở Công Thương'), 'full_online_dossier_rate', 75, 'Tỷ lệ hồ sơ trực tuyến toàn trình', P, Y),
        T(U('Sở Giáo dục và Đào tạo'), 'full_online_dossier_rate', 75, 'Tỷ lệ hồ sơ trực tuyến toàn trình', P, Y),
    ]),
    ('- Tối thiểu 80% hồ sơ được thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí; tỷ lệ TTHC có phát sinh hồ sơ thanh toán trực tuyến trên tổng số TTHC có thu phí đạt tối thiểu 90%.', [
        T(PROV, 'online_payment_rate', 80, 'hồ sơ được thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí', P, Y),
        T(PROV, 'online_payment_procedure_rate', 90, 'TTHC có phát sinh hồ sơ thanh toán trực tuyến trên tổng số TTHC có thu phí', P, Y),
    ]),
    ('- Phấn đấu 100% kết quả giải quyết TTHC được số hoá; tỷ lệ số hoá thành phần hồ sơ đạt tối thiểu 90%.', [
        T(PROV, 'result_digitization_rate', 100, 'kết quả giải quyết TTHC được số hoá', P, Y),
        T(PROV, 'dossier_digitization_rate', 90, 'tỷ lệ số hoá thành phần hồ sơ', P, Y),
    ]),
    ('- Tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 100%; riêng Uỷ ban nhân dân các huyện Sơn Động, Lục Ngạn đạt tối thiểu 85%.', [
        T(PROV, 'electronic_result_rate', 100, 'Tỷ lệ cấp kết quả giải quyết TTHC điện tử', P, Y,
          note='riêng UBND các huyện Sơn Động, Lục Ngạn đạt tối thiểu 85%'),
        T(U('UBND huyện Sơn Động', 'Huyện Sơn Động'), 'electronic_result_rate', 85, 'Tỷ lệ cấp kết quả giải quyết TTHC điện tử', P, Y),
        T(U('UBND huyện Lục Ngạn', 'Huyện Lục Ngạn'), 'electronic_result_rate', 85, 'Tỷ lệ cấp kết quả giải quyết TTHC điện tử', P, Y),
    ]),
    ('- Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hoá đạt tối thiểu 60% năm 2025 và 80% năm 2026.', [
        T(PROV, 'digitized_data_reuse_rate', 60, 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hoá', P, 2025),
        T(PROV, 'digitized_data_reuse_rate', 80, 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hoá', P, 2026),
    ]),
    ('- 100% kết quả xử lý hồ sơ TTHC được đồng bộ đầy đủ trên Cổng DVC quốc gia.', [
        T(PROV, 'national_portal_sync_rate', 100, 'kết quả xử lý hồ sơ TTHC được đồng bộ đầy đủ trên Cổng DVC quốc gia', P, Y),
    ]),
    ('- Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn đạt tối thiểu 98%; tỷ lệ hồ sơ giải quyết quá hạn không quá 2%.', [
        T(PROV, 'on_time_resolution_rate', 98, 'Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn', P, Y),
        T(PROV, None, 2, 'tỷ lệ hồ sơ giải quyết quá hạn', P, Y, comparator='<='),
    ]),
    ('- Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính tại Phòng Tư pháp cấp huyện và Uỷ ban nhân dân cấp xã đạt tối thiểu 70%.', [
        T(U('Phòng Tư pháp cấp huyện'), 'e_certified_copy_rate', 70, 'Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính', P, Y),
        T(U('UBND cấp xã'), 'e_certified_copy_rate', 70, 'Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính', P, Y),
    ]),
    ('- Mức độ hài lòng của người dân, doanh nghiệp trong giải quyết TTHC đạt tối thiểu 95%.', [
        T(PROV, 'satisfaction_rate', 95, 'Mức độ hài lòng của người dân, doanh nghiệp', P, Y),
    ]),
    ('- 100% văn bản đi của các cơ quan hành chính nhà nước (trừ văn bản mật) được ký số.', [
        T(PROV + ['Các cơ quan hành chính nhà nước'], None, 100, 'văn bản đi … được ký số', P, Y),
    ]),
]

TAIL = '''
III. NHIỆM VỤ, GIẢI PHÁP
1. Các sở, ban, ngành, Uỷ ban nhân dân các huyện, thành phố rà soát, chuẩn hoá dữ liệu TTHC trên Cơ sở dữ liệu quốc gia về TTHC, hoàn thành trước ngày 30/4/2025.
2. Sở Khoa học và Công nghệ bảo đảm hạ tầng, kết nối, chia sẻ dữ liệu giữa Hệ thống thông tin giải quyết TTHC tỉnh với Cổng DVCQG và các cơ sở dữ liệu quốc gia, chuyên ngành.
3. Văn phòng Uỷ ban nhân dân tỉnh chỉ đạo Trung tâm Phục vụ hành chính công tỉnh theo dõi, tổng hợp kết quả thực hiện Bộ chỉ số hằng tháng; định kỳ trước ngày 18 hằng tháng báo cáo Chủ tịch Uỷ ban nhân dân tỉnh.

IV. TỔ CHỨC THỰC HIỆN
Thủ trưởng các sở, ban, ngành, Chủ tịch Uỷ ban nhân dân các huyện, thành phố căn cứ Kế hoạch này xây dựng kế hoạch của cơ quan, đơn vị, hoàn thành trong quý II/2025. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo Uỷ ban nhân dân tỉnh (qua Văn phòng Uỷ ban nhân dân tỉnh) để xem xét, chỉ đạo./.

Nơi nhận:
- Văn phòng Chính phủ (Cục KSTTHC);
- TT Tỉnh uỷ, TT HĐND tỉnh;
- Chủ tịch, các PCT UBND tỉnh;
- Các sở, ban, ngành;
- UBND các huyện, thành phố;
- Lưu: VT, NC.
\tTM. ỦY BAN NHÂN DÂN
\tKT. CHỦ TỊCH
\tPHÓ CHỦ TỊCH


\tNgô Thị Hải Yến
'''


def main():
    text = HEAD + ''.join(b + '\n' for b, _ in BULLETS) + TAIL
    open(os.path.join(DOCS, SEED), 'w', encoding='utf-8').write(text)
    doc = {
        'number': None, 'symbol': 'KH-UBND', 'serial': None, 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân tỉnh Bắc Giang', 'place': 'Bắc Giang', 'date': ['2025-03', '2025'],
        'subject': 'Nâng cao chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công trực tuyến trên địa bàn tỉnh Bắc Giang năm 2025',
        'signer': 'Ngô Thị Hải Yến',
        'references': ['766/QĐ-TTg', '01/NQ-CP', '1125/VPCP-KSTT'],
        'expected_warnings': ['blank_number', 'blank_date (day left blank: "ngày …  tháng 3 năm 2025")'],
    }
    write_gold(SEED, [{'document': doc, 'targets': [t for _, ts in BULLETS for t in ts]}])


if __name__ == '__main__':
    main()
