#!/usr/bin/env python3
"""v3_02: Lâm Đồng plan 248/KH-UBND (30/12/2024) for 2025–2026, OCR text of a clean scan.

Appendix: indicators × years (Năm 2025 | Năm 2026) with "Đơn vị chủ trì" (the
assignee) and "Đơn vị phối hợp" columns. Read row by row, the wrapped
indicator name, chủ trì and phối hợp cells interleave line by line; the
two-row header ("Chỉ tiêu giao" over "Năm 2025 | Năm 2026") comes out as two
run-together lines. Signed 30/12/2024, it sets 2025 and 2026 targets: the
document's year is 2025.
"""
import os
from common import DOCS, T, num, write_gold
from ocr import OCR

SEED = 'v3_02_lamdong_kh_2025_2026.txt'
Y1, Y2 = 2025, 2026

G_LINES = ['Các sở, ban, ngành tỉnh;', 'UBND các huyện,', 'thành phố']
G = ['Các sở, ban, ngành tỉnh; UBND các huyện, thành phố']
VP_LINES = ['Văn phòng UBND tỉnh']
VP = ['Văn phòng UBND tỉnh', 'Văn phòng UBND tỉnh Lâm Đồng', 'Văn phòng Ủy ban nhân dân tỉnh']
TT_LINES = ['Sở Thông tin và', 'Truyền thông']
TT = ['Sở Thông tin và Truyền thông', 'Sở Thông tin và Truyền thông tỉnh Lâm Đồng']
TC_LINES = ['Sở Tài chính']
TC = ['Sở Tài chính', 'Sở Tài chính tỉnh Lâm Đồng']

# ('S', code, title) | ('PB', page) |
# (stt, indicator lines, metric, uom, cell 2025, cell 2026, chủ trì lines, unit spellings, phối hợp lines)
ROWS = [
    ('S', 'I', 'CUNG CẤP, SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN'),
    ('1', ['Tỷ lệ TTHC đủ điều kiện được cung cấp', 'dưới hình thức dịch vụ công trực tuyến', 'toàn trình'],
     'full_online_service_rate', '%', '100', '100', TT_LINES, TT, ['Các sở, ban, ngành tỉnh']),
    ('2', ['Tỷ lệ dịch vụ công trực tuyến toàn trình', 'được tích hợp, cung cấp trên Cổng Dịch vụ', 'công quốc gia'],
     'national_portal_integration_rate', '%', '90', '100', VP_LINES, VP, TT_LINES),
    ('3', ['Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ', 'tiếp nhận, giải quyết TTHC'],
     'online_dossier_rate', '%', '60', '70', G_LINES, G, VP_LINES),
    ('4', ['Tỷ lệ hồ sơ trực tuyến toàn trình'],
     'full_online_dossier_rate', '%', '45', '55', G_LINES, G, []),
    ('5', ['Tỷ lệ dịch vụ công trực tuyến có phát sinh', 'hồ sơ'],
     'online_service_uptake_rate', '%', '85', '90', G_LINES, G, TT_LINES),
    ('S', 'II', 'SỐ HÓA HỒ SƠ, KẾT QUẢ GIẢI QUYẾT TTHC'),
    ('6', ['Tỷ lệ số hóa hồ sơ TTHC'],
     'dossier_digitization_rate', '%', '90', '100', G_LINES, G, TT_LINES),
    ('7', ['Tỷ lệ số hóa kết quả giải quyết TTHC'],
     'result_digitization_rate', '%', '100', '100', G_LINES, G, []),
    ('PB', 5),
    ('8', ['Tỷ lệ cấp kết quả giải quyết TTHC điện tử'],
     'electronic_result_rate', '%', '100', '100', G_LINES, G, []),
    ('9', ['Tỷ lệ khai thác, sử dụng lại thông tin,', 'dữ liệu số hóa'],
     'digitized_data_reuse_rate', '%', '50', '70', VP_LINES, VP, G_LINES),
    ('S', 'III', 'THANH TOÁN TRỰC TUYẾN, CHẤT LƯỢNG GIẢI QUYẾT TTHC'),
    ('1O', ['Tỷ lệ thanh toán trực tuyến (trên tổng số', 'hồ sơ có thu phí, lệ phí)'],
     'online_payment_rate', '%', '45', '55', G_LINES, G, ['Kho bạc Nhà nước', 'Lâm Đồng']),
    ('11', ['Tỷ lệ TTHC có phát sinh giao dịch thanh', 'toán trực tuyến'],
     'online_payment_procedure_rate', '%', '70', '-', TC_LINES, TC, ['Kho bạc Nhà nước', 'Lâm Đồng']),
    ('12', ['Tỷ lệ hồ sơ giải quyết trước hạn và', 'đúng hạn'],
     'on_time_resolution_rate', '%', '98', '98', G_LINES, G, []),
    ('13', ['Tỷ lệ hồ sơ giải quyết quá hạn'],
     None, '%', '≤ 2', '≤ 1', G_LINES, G, VP_LINES),
    ('14', ['Tỷ lệ hài lòng của người dân, doanh', 'nghiệp'],
     'satisfaction_rate', '%', '90', '95', VP_LINES, VP, G_LINES),
]

HEAD = '''ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH LÂM ĐỒNG Độc lập - Tự do - Hạnh phúc
— ——'''
NUMLINE = 'Số: 248/KH-UBND Lâm Đồng, ngày 30 tháng 12 năm 2024'
SUBJECT = ('Nâng cao chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, '
           'dịch vụ công trực tuyến trên địa bàn tỉnh Lâm Đồng giai đoạn 2025 - 2026')

XA = ['UBND các xã, phường, thị trấn', 'UBND cấp xã', 'Cấp xã']
PROSE = [
    ('Thực hiện Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ '
     'số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện '
     'thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử; Nghị định số '
     '45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường '
     'điện tử; Ủy ban nhân dân tỉnh Lâm Đồng ban hành Kế hoạch nâng cao chất lượng phục vụ người '
     'dân, doanh nghiệp giai đoạn 2025 - 2026 như sau:', []),
    ('I. MỤC ĐÍCH, YÊU CẦU', []),
    ('1. Nâng cao chất lượng cung cấp dịch vụ công trực tuyến; lấy người dân, doanh nghiệp làm '
     'trung tâm, lấy sự hài lòng của người dân, doanh nghiệp làm thước đo chất lượng phục vụ.', []),
    ('2. Xác định rõ chỉ tiêu, nhiệm vụ, thời hạn hoàn thành và trách nhiệm của từng cơ quan, đơn '
     'vị, địa phương; gắn kết quả thực hiện với đánh giá, xếp loại người đứng đầu.', []),
    ('II. KẾT QUẢ NĂM 2024', []),
    ('Tính đến ngày 15/12/2024, tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ '
     'tục hành chính của tỉnh đạt 52,3%; tỷ lệ thanh toán trực tuyến đạt 38,6%; tỷ lệ số hóa hồ sơ '
     'đạt 81,4%; tỷ lệ hài lòng đạt 87,9%. Cấp xã mới đạt 29,5% hồ sơ trực tuyến.', []),
    ('III. CHỈ TIÊU', []),
    ('1. Các chỉ tiêu cụ thể năm 2025 và năm 2026 của các cơ quan, đơn vị, địa phương tại Phụ lục '
     'kèm theo Kế hoạch này.', []),
    ('2. Ủy ban nhân dân các xã, phường, thị trấn phấn đấu tỷ lệ hồ sơ trực tuyến trên tổng số hồ '
     'sơ tiếp nhận, giải quyết thủ tục hành chính đạt tối thiểu 40% năm 2025 và tối thiểu 50% năm '
     '2026.',
     [T(XA, 'online_dossier_rate', 40, 'tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính', 'prose', Y1),
      T(XA, 'online_dossier_rate', 50, 'tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính', 'prose', Y2)]),
    ('IV. NHIỆM VỤ, GIẢI PHÁP', []),
    ('1. Rà soát, tái cấu trúc quy trình, cắt giảm thành phần hồ sơ, thời gian giải quyết; cập nhật '
     'đầy đủ quy trình nội bộ, quy trình điện tử trên Hệ thống thông tin giải quyết thủ tục hành '
     'chính tỉnh trước ngày 31/3/2025.', []),
    ('2. Tổ chức số hóa hồ sơ, kết quả giải quyết thủ tục hành chính khi tiếp nhận; kết nối, chia sẻ '
     'dữ liệu với Cơ sở dữ liệu quốc gia về dân cư theo Đề án 06.', []),
    ('3. Đẩy mạnh tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán '
     'trực tuyến; bố trí công chức hỗ trợ tại Bộ phận Một cửa các cấp.', []),
    ('V. TỔ CHỨC THỰC HIỆN', []),
    ('1. Văn phòng Ủy ban nhân dân tỉnh chủ trì theo dõi, đôn đốc; định kỳ hằng quý (trước ngày 20 '
     'của tháng cuối quý) tổng hợp, báo cáo Ủy ban nhân dân tỉnh.', []),
    ('2. Các sở, ban, ngành tỉnh, Ủy ban nhân dân các huyện, thành phố Đà Lạt, thành phố Bảo Lộc '
     'căn cứ Kế hoạch này xây dựng kế hoạch của cơ quan, đơn vị, địa phương mình trước ngày '
     '15/02/2025.', []),
    ('3. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân sách hiện hành./.', []),
]

SIGN = '''Nơi nhận: TM. ỦY BAN NHÂN DÂN
- Văn phòng Chính phủ; KT. CHỦ TỊCH
- Bộ Thông tin và Truyền thông; PHÓ CHỦ TỊCH
- TT Tỉnh ủy, TT HĐND tỉnh;
- CT, các PCT UBND tỉnh;
- Các sở, ban, ngành tỉnh;
- UBND các huyện, thành phố;
- Lưu: VT, TTPVHCC.
Lê Thị Hồng Vân'''


def header(o):
    o.row(['STT', 'Chỉ tiêu', ['Đơn vị', 'tính'], ['Chỉ tiêu giao', 'Năm 2025 Năm 2026'],
           ['Đơn vị', 'chủ trì'], ['Đơn vị', 'phối hợp']])


def main():
    o = OCR(202)
    o.lines(HEAD)
    o.line(NUMLINE, noise=False)
    o.blank()
    o.line('KẾ HOẠCH')
    o.para(SUBJECT, rn=False, width=78)
    o.line('——')
    targets = []
    for text, ts in PROSE:
        if text.startswith('2. Tổ chức số hóa'):
            o.page(2)
        if text.startswith('V. TỔ CHỨC'):
            o.page(3)
        o.para(text)
        targets += ts
    o.lines(SIGN)
    o.page(4)
    o.line('Phụ lục')
    o.line('CHỈ TIÊU NÂNG CAO CHẤT LƯỢNG PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP GIAI ĐOẠN 2025 - 2026')
    o.line('(Kèm theo Kế hoạch số 248/KH-UBND ngày 30/12/2024 của Ủy ban nhân dân tỉnh Lâm Đồng)', noise=False)
    header(o)
    for r in ROWS:
        if r[0] == 'S':
            o.row([r[1], r[2]])
            continue
        if r[0] == 'PB':
            o.page(r[1])
            header(o)
            continue
        stt, ind, metric, uom, c1, c2, ct_lines, units, ph_lines = r
        o.row([stt, ind, uom, c1, c2, ct_lines, ph_lines or ''])
        for c, y in ((c1, Y1), (c2, Y2)):
            v = num(c)
            if v is None:
                continue
            comp = '<=' if c.startswith('≤') else '>='
            targets.append(T(units, metric, v, ' '.join(ind), 'table', y, comparator=comp, uom=uom,
                             note=None))
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(o.text())
    doc = {
        'number': '248/KH-UBND', 'symbol': 'KH-UBND', 'serial': '248', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân tỉnh Lâm Đồng', 'place': 'Lâm Đồng', 'date': '2024-12-30',
        'subject': SUBJECT, 'signer': 'Lê Thị Hồng Vân',
        'references': ['766/QĐ-TTg', '45/2020/NĐ-CP'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets}])
    print('slips:', len(o.slips), o.slips[:12])


if __name__ == '__main__':
    main()
