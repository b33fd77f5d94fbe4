#!/usr/bin/env python3
"""l3_02: Lâm Đồng (merged with Đắk Nông and Bình Thuận) plan 412/KH-UBND,
29/12/2025, plain text, all targets in prose, given per level: jurisdiction-
wide (unit null), "cấp tỉnh", "cấp xã", the group "các xã, phường, đặc khu",
plus two named bodies. No district level anywhere. Sets 2026 targets.

Each LINES entry is (text, [targets the text holds]); the text file and the
gold are both written from it.
"""
import os
from common import DOCS, T, write_gold

SEED = 'l3_02_lamdong_kh_2026.txt'
Y = 2026
PROV = [None, 'Toàn tỉnh', 'Tỉnh Lâm Đồng']
TINH = ['Cấp tỉnh', 'Các cơ quan, đơn vị cấp tỉnh']
XA = ['Cấp xã', 'UBND cấp xã']
GXA = ['UBND các xã, phường, đặc khu', 'Các xã, phường, đặc khu']
PQ = ['UBND đặc khu Phú Quý', 'Đặc khu Phú Quý']
HCC = ['Trung tâm Phục vụ hành chính công tỉnh và các chi nhánh', 'Trung tâm Phục vụ hành chính công tỉnh',
       'Trung tâm Phục vụ HCC tỉnh và các chi nhánh', 'Trung tâm Phục vụ HCC tỉnh']
NNMT = ['Sở Nông nghiệp và Môi trường', 'Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng']

LINES = [
    ('ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', []),
    ('TỈNH LÂM ĐỒNG\tĐộc lập - Tự do - Hạnh phúc', []),
    ('', []),
    ('Số: 412/KH-UBND\tLâm Đồng, ngày 29 tháng 12 năm 2025', []),
    ('', []),
    ('KẾ HOẠCH', []),
    ('Nâng cao chất lượng phục vụ người dân, doanh nghiệp trong giải quyết', []),
    ('thủ tục hành chính, cung cấp dịch vụ công trực tuyến trên địa bàn tỉnh năm 2026', []),
    ('', []),
    ('Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia; Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ; Kế hoạch số 02-KH/BCĐ ngày 19/6/2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện năm 2026 như sau:', []),
    ('', []),
    ('I. KẾT QUẢ THỰC HIỆN NĂM 2025', []),
    ('Sau khi tổ chức chính quyền địa phương hai cấp từ ngày 01/7/2025, toàn tỉnh có 124 đơn vị hành chính cấp xã (103 xã, 20 phường và 01 đặc khu). Đến ngày 15/12/2025, tỷ lệ hồ sơ thủ tục hành chính (TTHC) được tiếp nhận, giải quyết trực tuyến toàn tỉnh đạt 61,4 %; trong đó cấp tỉnh đạt 78,2%, cấp xã đạt 52,7%. Tỷ lệ thanh toán trực tuyến đạt 47,05%; tỷ lệ hồ sơ giải quyết quá hạn còn 2,3 %; chỉ số hài lòng đạt 91,6%. Có 18/124 xã, phường, đặc khu chưa đạt chỉ tiêu tỷ lệ số hóa kết quả giải quyết TTHC.', []),
    ('', []),
    ('II. MỤC TIÊU, CHỈ TIÊU NĂM 2026', []),
    ('1. Chỉ tiêu chung trên địa bàn tỉnh', []),
    ('- Tỷ lệ hồ sơ TTHC được tiếp nhận, giải quyết trực tuyến trên tổng số hồ sơ đạt tối thiểu 80 %.',
     [T(PROV, 'online_dossier_rate', 80, 'Tỷ lệ hồ sơ TTHC được tiếp nhận, giải quyết trực tuyến trên tổng số hồ sơ', 'prose', Y)]),
    ('- 100 % TTHC đủ điều kiện theo quy định được cung cấp dưới hình thức dịch vụ công trực tuyến (DVCTT) toàn trình.',
     [T(PROV, 'full_online_service_rate', 100, 'TTHC đủ điều kiện theo quy định được cung cấp dưới hình thức DVCTT toàn trình', 'prose', Y)]),
    ('- Mức độ hài lòng của người dân, doanh nghiệp trong thực hiện TTHC đạt từ 95% trở lên.',
     [T(PROV, 'satisfaction_rate', 95, 'Mức độ hài lòng của người dân, doanh nghiệp', 'prose', Y)]),
    ('- Tỷ lệ hồ sơ giải quyết quá hạn không quá 1,5 % tổng số hồ sơ tiếp nhận.',
     [T(PROV, None, 1.5, 'Tỷ lệ hồ sơ giải quyết quá hạn', 'prose', Y, comparator='<=',
        note='chỉ tiêu trần; spec/metrics.md: lookalike, no id')]),
    ('', []),
    ('2. Chỉ tiêu theo cấp chính quyền', []),
    ('a) Đối với cấp tỉnh: tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 70%; 100% kết quả giải quyết TTHC còn hiệu lực được số hóa; tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí đạt tối thiểu 80 %.',
     [T(TINH, 'full_online_dossier_rate', 70, 'tỷ lệ hồ sơ trực tuyến toàn trình', 'prose', Y),
      T(TINH, 'result_digitization_rate', 100, 'kết quả giải quyết TTHC còn hiệu lực được số hóa', 'prose', Y),
      T(TINH, 'online_payment_rate', 80, 'tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí', 'prose', Y)]),
    ('b) Đối với cấp xã: tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 50%; tỷ lệ số hóa kết quả giải quyết TTHC đạt tối thiểu 90%; tỷ lệ thanh toán trực tuyến đạt tối thiểu 60%; tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính đạt ít nhất 40%.',
     [T(XA, 'full_online_dossier_rate', 50, 'tỷ lệ hồ sơ trực tuyến toàn trình', 'prose', Y),
      T(XA, 'result_digitization_rate', 90, 'tỷ lệ số hóa kết quả giải quyết TTHC', 'prose', Y),
      T(XA, 'online_payment_rate', 60, 'tỷ lệ thanh toán trực tuyến', 'prose', Y),
      T(XA, 'e_certified_copy_rate', 40, 'tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính', 'prose', Y)]),
    ('c) Ủy ban nhân dân các xã, phường, đặc khu bảo đảm tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt tối thiểu 50% (riêng đặc khu Phú Quý đạt tối thiểu 30%); tỷ lệ hồ sơ được giải quyết trước hạn và đúng hạn đạt từ 98% trở lên.',
     [T(GXA, 'digitized_data_reuse_rate', 50, 'tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa', 'prose', Y,
        note='riêng đặc khu Phú Quý đạt tối thiểu 30%'),
      T(PQ, 'digitized_data_reuse_rate', 30, 'tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa', 'prose', Y),
      T(GXA, 'on_time_resolution_rate', 98, 'tỷ lệ hồ sơ được giải quyết trước hạn và đúng hạn', 'prose', Y)]),
    ('d) Trung tâm Phục vụ hành chính công tỉnh và các chi nhánh: tỷ lệ hồ sơ TTHC được tiếp nhận không phụ thuộc vào địa giới hành chính trong phạm vi tỉnh đạt tối thiểu 30 % số hồ sơ của các TTHC đã công bố.',
     [T(HCC, None, 30, 'tỷ lệ hồ sơ TTHC được tiếp nhận không phụ thuộc vào địa giới hành chính', 'prose', Y,
        note='no id in spec/metrics.md: unmapped_metric')]),
    ('đ) Sở Nông nghiệp và Môi trường: tỷ lệ số hóa hồ sơ TTHC lĩnh vực đất đai đạt tối thiểu 85%, hoàn thành trước ngày 30/6/2026.',
     [T(NNMT, 'dossier_digitization_rate', 85, 'tỷ lệ số hóa hồ sơ TTHC', 'prose', Y, note='lĩnh vực đất đai')]),
    ('', []),
    ('III. NHIỆM VỤ, GIẢI PHÁP', []),
    ('1. Sở Khoa học và Công nghệ chủ trì nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh, bảo đảm kết nối, đồng bộ với Cổng Dịch vụ công quốc gia; hoàn thành trước ngày 31/3/2026.', []),
    ('2. Văn phòng Ủy ban nhân dân tỉnh hướng dẫn Bộ phận Một cửa các xã, phường, đặc khu rà soát quy trình nội bộ, bố trí công chức hướng dẫn nộp hồ sơ trực tuyến tại các chi nhánh Trung tâm Phục vụ HCC tỉnh.', []),
    ('3. Sở Dân tộc và Tôn giáo phối hợp Ủy ban nhân dân các xã vùng đồng bào dân tộc thiểu số tuyên truyền, hướng dẫn người dân sử dụng DVCTT.', []),
    ('4. Sở Nội vụ đưa kết quả thực hiện các chỉ tiêu tại Mục II vào tiêu chí đánh giá, xếp loại cơ quan, đơn vị năm 2026.', []),
    ('', []),
    ('IV. TỔ CHỨC THỰC HIỆN', []),
    ('Các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường, đặc khu căn cứ Kế hoạch này xây dựng kế hoạch của cơ quan, đơn vị; định kỳ hằng quý (trước ngày 15 của tháng cuối quý) báo cáo kết quả về Văn phòng Ủy ban nhân dân tỉnh để tổng hợp./.', []),
    ('', []),
    ('Nơi nhận:\tTM. ỦY BAN NHÂN DÂN', []),
    ('- Văn phòng Chính phủ (Cục KSTTHC);\tKT. CHỦ TỊCH', []),
    ('- TT Tỉnh ủy, TT HĐND tỉnh;\tPHÓ CHỦ TỊCH', []),
    ('- CT, các PCT UBND tỉnh;', []),
    ('- Các sở, ban, ngành tỉnh;', []),
    ('- UBND các xã, phường, đặc khu;', []),
    ('- Trung tâm Phục vụ HCC tỉnh;', []),
    ('- Lưu: VT, KSTT.\tĐoàn Văn Nhân', []),
]


def main():
    os.makedirs(DOCS, exist_ok=True)
    text = '\n'.join(l for l, _ in LINES) + '\n'
    open(os.path.join(DOCS, SEED), 'w', encoding='utf-8').write(text)
    targets = [t for _, ts in LINES for t in ts]
    doc = {
        'number': '412/KH-UBND', 'symbol': 'KH-UBND', 'serial': '412', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân tỉnh Lâm Đồng', 'place': 'Lâm Đồng', 'date': '2025-12-29',
        'subject': 'Nâng cao chất lượng phục vụ người dân, doanh nghiệp trong giải quyết thủ tục hành chính, '
                   'cung cấp dịch vụ công trực tuyến trên địa bàn tỉnh năm 2026',
        'signer': 'Đoàn Văn Nhân',
        'references': ['118/2025/NĐ-CP', '766/QĐ-TTg', '02-KH/BCĐ'],
        'expected_warnings': [
            'unmapped_metric: "Tỷ lệ hồ sơ giải quyết quá hạn" (II.1)',
            'unmapped_metric: "tỷ lệ hồ sơ TTHC được tiếp nhận không phụ thuộc vào địa giới hành chính" (II.2.d)'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets}])


if __name__ == '__main__':
    main()
