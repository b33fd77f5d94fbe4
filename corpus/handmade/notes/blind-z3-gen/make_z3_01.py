#!/usr/bin/env python3
"""z3_01: Quảng Bình provincial plan (Kế hoạch 86/KH-UBND, 22/01/2024) for 2024,
as a Word-to-text copy: tab-joined header block, stray page numbers, a hotline,
and an appendix table dumped one cell a line (seed 004's DOCX-dump form: each
cell a tab-indented line, a blank line ends a row, a lone tab is an empty cell).

Theme Z3: long text full of numbers that are not targets. Prose lines carry the
gold targets they hold (ITEMS); table rows carry their printed cells (ROWS), so
text and gold come from one list.
"""
from common import T, local_unit, num, write_gold, write_text

SEED = 'z3_01_quangbinh_kh_2024.txt'
Y = 2024
PROV = [None, 'Toàn tỉnh', 'Tỉnh Quảng Bình', 'UBND tỉnh Quảng Bình']
C_TINH = ['Cấp tỉnh', 'Các cơ quan, đơn vị cấp tỉnh']
C_HUYEN = ['Cấp huyện', 'UBND cấp huyện']
C_XA = ['Cấp xã', 'UBND cấp xã']
CA = ['Công an tỉnh', 'Công an tỉnh Quảng Bình']


def P(unit, metric, value, text, comparator='>=', note=None):
    return T(unit, metric, value, text, 'prose', Y, comparator=comparator, note=note)


HEADER = '''ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG BÌNH\tĐộc lập - Tự do - Hạnh phúc
\t
Số: 86/KH-UBND\tQuảng Bình, ngày 22 tháng 01 năm 2024


KẾ HOẠCH
Nâng cao hiệu quả cung cấp, sử dụng dịch vụ công trực tuyến và số hóa
hồ sơ, kết quả giải quyết thủ tục hành chính trên địa bàn tỉnh năm 2024

Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử;
Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;
Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24 tháng 6 năm 2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng;
Căn cứ Quyết định số 468/QĐ-TTg ngày 27 tháng 3 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án đổi mới việc thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;
Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;
Căn cứ Kế hoạch số 2520/KH-UBND ngày 25 tháng 12 năm 2023 của Ủy ban nhân dân tỉnh về chuyển đổi số tỉnh Quảng Bình năm 2024;
Theo đề nghị của Văn phòng Ủy ban nhân dân tỉnh tại Tờ trình số 37/TTr-VPUBND ngày 12 tháng 01 năm 2024,
Ủy ban nhân dân tỉnh ban hành Kế hoạch nâng cao hiệu quả cung cấp, sử dụng dịch vụ công trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính trên địa bàn tỉnh năm 2024 như sau:
'''

ITEMS = [
    ('I. MỤC ĐÍCH, YÊU CẦU', []),
    ('1. Mục đích', []),
    ('- Cụ thể hóa các nhiệm vụ tại Điều 3 và Điều 14 Nghị định số 45/2020/NĐ-CP, khoản 2 Điều 12 Nghị định số 42/2022/NĐ-CP; nâng cao chất lượng phục vụ người dân, doanh nghiệp theo Bộ chỉ số ban hành kèm theo Quyết định số 766/QĐ-TTg.', []),
    ('- Xác định rõ nhiệm vụ, chỉ tiêu và trách nhiệm của người đứng đầu các cơ quan, đơn vị, địa phương trong cung cấp, sử dụng dịch vụ công trực tuyến.', []),
    ('2. Yêu cầu', []),
    ('- Các nhiệm vụ phải bám sát 07 nhóm chỉ số của Bộ chỉ số phục vụ người dân, doanh nghiệp; có lộ trình theo từng quý, bảo đảm khả thi.', []),
    ('- Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh nếu để chỉ số của đơn vị mình xếp hạng thấp trong 03 quý liên tiếp.', []),
    ('', []),
    ('II. KẾT QUẢ THỰC HIỆN NĂM 2023', []),
    ('- Toàn tỉnh đã công bố 1.834 thủ tục hành chính; trong đó 1.234 TTHC được cung cấp dịch vụ công trực tuyến (chiếm 67,3%), có 85 thủ tục được cung cấp toàn trình trên ứng dụng di động.', []),
    ('- Năm 2023, các cơ quan, đơn vị tiếp nhận 486.215 hồ sơ; tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 45,6% (bình quân cả nước đạt 52%); tỷ lệ thanh toán trực tuyến đạt 27,3%; tỷ lệ hồ sơ giải quyết đúng hạn đạt 96,8%; mức độ hài lòng đạt 88,4%.', []),
    ('- Chỉ số phục vụ người dân, doanh nghiệp của tỉnh năm 2023 đạt 74,52/100 điểm, xếp thứ 31/63 tỉnh, thành phố.', []),
    ('- Tồn tại: còn 3,2% hồ sơ giải quyết quá hạn, tập trung ở lĩnh vực đất đai; tỷ lệ số hóa hồ sơ ở cấp xã mới đạt 21,7%.', []),
    ('', []),
    ('III. CHỈ TIÊU NĂM 2024', []),
    ('1. Chỉ tiêu chung toàn tỉnh', []),
    ('a) Phấn đấu 100% thủ tục hành chính đủ điều kiện theo quy định được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình; tối thiểu 50% dịch vụ công trực tuyến toàn trình được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia.', [
        P(PROV, 'full_online_service_rate', 100,
          'thủ tục hành chính đủ điều kiện theo quy định được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình'),
        P(PROV, 'national_portal_integration_rate', 50,
          'dịch vụ công trực tuyến toàn trình được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia'),
    ]),
    ('b) Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính của toàn tỉnh không dưới 60% (năm 2023 đạt 45,6%).', [
        P(PROV, 'online_dossier_rate', 60,
          'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính'),
    ]),
    ('c) Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công đạt ít nhất 45%.', [
        P(PROV, 'online_payment_rate', 45,
          'Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công'),
    ]),
    ('d) Tỷ lệ số hóa hồ sơ thủ tục hành chính khi tiếp nhận đối với cấp tỉnh, cấp huyện và cấp xã lần lượt là 100%, 90% và 70%.', [
        P(C_TINH, 'dossier_digitization_rate', 100, 'Tỷ lệ số hóa hồ sơ thủ tục hành chính khi tiếp nhận'),
        P(C_HUYEN, 'dossier_digitization_rate', 90, 'Tỷ lệ số hóa hồ sơ thủ tục hành chính khi tiếp nhận'),
        P(C_XA, 'dossier_digitization_rate', 70, 'Tỷ lệ số hóa hồ sơ thủ tục hành chính khi tiếp nhận'),
    ]),
    ('đ) Tỷ lệ hồ sơ được giải quyết đúng hạn ≥ 98%; tỷ lệ hồ sơ giải quyết quá hạn không quá 1,5%.', [
        P(PROV, 'on_time_resolution_rate', 98, 'Tỷ lệ hồ sơ được giải quyết đúng hạn'),
        P(PROV, None, 1.5, 'tỷ lệ hồ sơ giải quyết quá hạn', comparator='<='),
    ]),
    ('e) Mức độ hài lòng của người dân, doanh nghiệp trong thực hiện thủ tục hành chính từ 90% trở lên.', [
        P(PROV, 'satisfaction_rate', 90,
          'Mức độ hài lòng của người dân, doanh nghiệp trong thực hiện thủ tục hành chính'),
    ]),
    ('2. Chỉ tiêu giao cho từng cơ quan, đơn vị, địa phương: chi tiết tại Phụ lục kèm theo Kế hoạch này.', []),
    ('', []),
    ('3', []),   # page number carried into the text
    ('', []),
    ('IV. NHIỆM VỤ, GIẢI PHÁP', []),
    ('1. Rà soát, cập nhật, công khai đầy đủ, chính xác danh mục thủ tục hành chính trên Cơ sở dữ liệu quốc gia về thủ tục hành chính; hoàn thành trước ngày 15/3/2024.', []),
    ('2. Tổ chức 04 lớp tập huấn cho khoảng 350 lượt công chức Bộ phận Một cửa các cấp về số hóa hồ sơ, ký số và thanh toán trực tuyến (năm 2023 đã có 78% công chức Bộ phận Một cửa được tập huấn); hoàn thành trong quý II/2024.', []),
    ('3. Duy trì Tổng đài hỗ trợ dịch vụ công trực tuyến 0232.3856.789 và đường dây nóng 0911.386.386; thời gian giải đáp không quá 02 ngày làm việc kể từ khi nhận được phản ánh.', []),
    ('4. Công an tỉnh chủ trì triển khai Đề án 06, bảo đảm tỷ lệ hồ sơ trực tuyến toàn trình đối với 25 thủ tục hành chính thiết yếu theo Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ đạt tối thiểu 80%.', [
        P(CA, 'full_online_dossier_rate', 80, 'tỷ lệ hồ sơ trực tuyến toàn trình',
          note='đối với 25 thủ tục hành chính thiết yếu theo Đề án 06'),
    ]),
    ('5. Thực hiện miễn 50% lệ phí đối với hồ sơ nộp trực tuyến theo Nghị quyết số 21/2023/NQ-HĐND ngày 14/7/2023 của Hội đồng nhân dân tỉnh.', []),
    ('', []),
    ('V. KINH PHÍ THỰC HIỆN', []),
    ('Tổng kinh phí dự kiến 2.350 triệu đồng, trong đó ngân sách tỉnh bảo đảm 70%, ngân sách cấp huyện bố trí 30% theo phân cấp hiện hành; Sở Thông tin và Truyền thông được bố trí 500 triệu đồng để nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh.', []),
    ('', []),
    ('VI. TỔ CHỨC THỰC HIỆN', []),
    ('1. Văn phòng Ủy ban nhân dân tỉnh chủ trì theo dõi, đôn đốc; tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện 6 tháng trước ngày 15/6/2024 và cả năm trước ngày 10/12/2024.', []),
    ('2. Sở Thông tin và Truyền thông bảo đảm hạ tầng, an toàn thông tin cho Hệ thống thông tin giải quyết thủ tục hành chính tỉnh theo cấp độ 3.', []),
    ('3. Các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố căn cứ chỉ tiêu được giao tại Phụ lục, xây dựng kế hoạch triển khai trước ngày 29/02/2024 và báo cáo định kỳ hằng quý (trước ngày 20 của tháng cuối quý).', []),
    ('Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Văn phòng Ủy ban nhân dân tỉnh (số điện thoại 0232.3822.416) để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.', []),
]

FOOTER = '''
Nơi nhận:\tTM. ỦY BAN NHÂN DÂN
- Văn phòng Chính phủ (Cục KSTTHC);\tKT. CHỦ TỊCH
- Bộ Thông tin và Truyền thông;\tPHÓ CHỦ TỊCH
- TT Tỉnh ủy, TT HĐND tỉnh;\t
- CT, các PCT UBND tỉnh;\t
- Các sở, ban, ngành tỉnh;\t
- UBND các huyện, thị xã, thành phố;\t
- Lưu: VT, KSTT.\tHoàng Xuân Thành

'''

APPX_HEAD = '''PHỤ LỤC
CHỈ TIÊU VỀ DỊCH VỤ CÔNG TRỰC TUYẾN, SỐ HÓA VÀ THANH TOÁN TRỰC TUYẾN NĂM 2024
(Kèm theo Kế hoạch số 86/KH-UBND ngày 22 tháng 01 năm 2024 của UBND tỉnh Quảng Bình)
'''
COLS = [('online_dossier_rate', 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC (%)'),
        ('result_digitization_rate', 'Tỷ lệ số hóa kết quả giải quyết TTHC (%)'),
        ('online_payment_rate', 'Tỷ lệ thanh toán trực tuyến (%)')]
HEAD_CELLS = ['STT', 'Tên cơ quan, đơn vị', 'Số TTHC đang thực hiện (để tham khảo)'] + [c[1] for c in COLS] + ['Ghi chú']

GA, GB = 'Sở, ban, ngành tỉnh', 'UBND các huyện, thị xã, thành phố'
# (stt, name, count of procedures, [3 cells], note) ; ('SEC', letter, title) ; ('PAGE', n)
ROWS = [
    ('SEC', 'A', 'SỞ, BAN, NGÀNH TỈNH', GA),
    ('1', 'Sở Tư pháp', 142, ['80', '100', '50'], ''),
    ('2', 'Sở Kế hoạch và Đầu tư', 118, ['90', '100', '50'], ''),
    ('3', 'Sở Công Thương', 125, ['80', '100', '50'], ''),
    ('4', 'Sở Xây dựng', 62, ['80', '100', '50'], ''),
    ('5', 'Sở Giao thông vận tải', 98, ['85', '100', '60'], ''),
    ('6', 'Sở Y tế', 156, ['75', '100', ''], 'Phần lớn TTHC không thu phí, lệ phí'),
    ('7', 'Sở Lao động - Thương binh và Xã hội', 135, ['75', '100', '40'], ''),
    ('PAGE', '4'),
    ('8', 'Sở Văn hóa và Thể thao', 88, ['80', '100', '50'], ''),
    ('9', 'Ban Quản lý Khu kinh tế tỉnh', 60, ['80', '100', 'x'], 'Không giao chỉ tiêu thanh toán do TTHC không thu phí'),
    ('SEC', 'B', 'UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ', GB),
    ('1', 'Thành phố Đồng Hới', 321, ['70', '100', '45'], ''),
    ('2', 'Thị xã Ba Đồn', 318, ['65', '100', '40'], ''),
    ('3', 'Huyện Lệ Thủy', 316, ['60', '100', '35'], ''),
    ('4', 'Huyện Quảng Ninh', 316, ['60', '100', '35'], ''),
    ('5', 'Huyện Bố Trạch', 316, ['60', '100', '35'], ''),
    ('6', 'Huyện Quảng Trạch', 316, ['60', '100', '35'], ''),
    ('7', 'Huyện Tuyên Hóa', 314, ['55', '100', '30'], ''),
    ('8', 'Huyện Minh Hóa', 314, ['50', '97,5', '30'], 'Huyện miền núi'),
]


def vn_int(n):
    return f'{n:,}'.replace(',', '.')


def main():
    lines = [HEADER.rstrip('\n'), '']
    targets = []
    for text, ts in ITEMS:
        lines.append(text)
        targets.extend(ts)
    body = '\n'.join(lines) + '\n' + FOOTER
    tab = [APPX_HEAD]
    tab.append('\n'.join('\t' + c for c in HEAD_CELLS) + '\n')
    group, total = None, 0
    for r in ROWS:
        if r[0] == 'SEC':
            group = r[3]
            tab.append(f'\t{r[1]}\n\t{r[2]}\n')
            continue
        if r[0] == 'PAGE':
            tab.append(r[1] + '\n')
            continue
        stt, name, count, cells, note = r
        total += count
        tab.append('\n'.join('\t' + c for c in [stt, name, str(count)] + cells + [note]) + '\n')
        for (metric, head), cell in zip(COLS, cells):
            v = num(cell)
            if v is None:
                continue
            targets.append(T(local_unit(name, 'Quảng Bình'), metric, v, head, 'table', Y,
                             unit_group=group, note=note or None))
    tab.append('\n'.join('\t' + c for c in ['', 'Tổng cộng', vn_int(total), 'x', 'x', 'x', '']) + '\n')
    write_text(SEED, body + '\n'.join(tab) + '\n')
    doc = {
        'number': '86/KH-UBND', 'symbol': 'KH-UBND', 'serial': '86', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân tỉnh Quảng Bình', 'place': 'Quảng Bình', 'date': '2024-01-22',
        'subject': 'Nâng cao hiệu quả cung cấp, sử dụng dịch vụ công trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính trên địa bàn tỉnh năm 2024',
        'signer': 'Hoàng Xuân Thành',
        'references': ['45/2020/NĐ-CP', '107/2021/NĐ-CP', '61/2018/NĐ-CP', '42/2022/NĐ-CP', '468/QĐ-TTg',
                       '766/QĐ-TTg', '2520/KH-UBND', '37/TTr-VPUBND', '06/QĐ-TTg', '21/2023/NQ-HĐND'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets}])


if __name__ == '__main__':
    main()
