#!/usr/bin/env python3
"""z3_04: Bình Phước provincial report (Báo cáo 38/BC-UBND, 18/02/2022):
results of 2021 and tasks and targets for 2022, as plain text with
tab-separated tables (seed 000's form). Most numbers are 2021 results: a
results table (Phụ lục I, with a "Tổng cộng" row) uses the same column wording
as the 2022 target table (Phụ lục II); only the captions say which is which.
"""
from common import T, local_unit, num, write_gold, write_text

SEED = 'z3_04_binhphuoc_bc_2022.txt'
Y = 2022
PROV = [None, 'Toàn tỉnh', 'Tỉnh Bình Phước']
SBN = ['Các sở, ban, ngành tỉnh', 'Sở, ban, ngành tỉnh']
C_TINH = ['Cấp tỉnh', 'Các cơ quan, đơn vị cấp tỉnh']
C_HUYEN = ['Cấp huyện', 'UBND cấp huyện']
C_XA = ['Cấp xã', 'UBND cấp xã']
DRD = 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính'


def P(unit, metric, value, text, comparator='>=', note=None):
    return T(unit, metric, value, text, 'prose', Y, comparator=comparator, note=note)


HEADER = '''UBND TỈNH BÌNH PHƯỚC\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
\t\tĐộc lập - Tự do - Hạnh phúc
Số: 38/BC-UBND\t\tBình Phước, ngày 18 tháng 02 năm 2022

BÁO CÁO
Kết quả cung cấp, sử dụng dịch vụ công trực tuyến năm 2021
và nhiệm vụ, chỉ tiêu năm 2022
'''

ITEMS = [
    ('Thực hiện Công văn số 5121/VPCP-KSTT ngày 30/7/2021 của Văn phòng Chính phủ và Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ, Ủy ban nhân dân tỉnh báo cáo kết quả cung cấp, sử dụng dịch vụ công trực tuyến năm 2021 và nhiệm vụ, chỉ tiêu năm 2022 như sau:', []),
    ('', []),
    ('I. KẾT QUẢ THỰC HIỆN NĂM 2021', []),
    ('1. Cung cấp dịch vụ công trực tuyến', []),
    ('Toàn tỉnh hiện có 1.952 thủ tục hành chính, trong đó cung cấp 1.687 dịch vụ công trực tuyến mức độ 3, 4 (đạt 86,4%); đã tích hợp 1.021 dịch vụ lên Cổng Dịch vụ công quốc gia (đạt 60,5%, bình quân cả nước đạt 54,6%).', []),
    ('2. Sử dụng dịch vụ công trực tuyến', []),
    ('Năm 2021 toàn tỉnh tiếp nhận 398.604 hồ sơ, trong đó 98.455 hồ sơ trực tuyến mức độ 3, 4; tỷ lệ hồ sơ trực tuyến mức độ 3, 4 đạt 24,7%, chưa đạt chỉ tiêu năm 2021 (30%) tại Kế hoạch số 45/KH-UBND ngày 22/02/2021 của Ủy ban nhân dân tỉnh. Tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,1%; tỷ lệ thanh toán trực tuyến đạt 6,3%.', []),
    ('Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2021 đạt 86,12%; 92% cán bộ, công chức Bộ phận Một cửa các cấp đã được tập huấn sử dụng Hệ thống thông tin một cửa điện tử. Kết quả chi tiết của từng địa phương tại Phụ lục I.', []),
    ('3. Tồn tại, hạn chế', []),
    ('Còn 2,9% hồ sơ trễ hạn; 04 huyện có tỷ lệ hồ sơ trực tuyến dưới 15%; hạ tầng tại 23 xã chưa bảo đảm đường truyền.', []),
    ('', []),
    ('2', []),   # page number
    ('', []),
    ('II. NHIỆM VỤ, CHỈ TIÊU NĂM 2022', []),
    ('1. Chỉ tiêu chung toàn tỉnh', []),
    ('- Phấn đấu năm 2022 tỷ lệ hồ sơ trực tuyến mức độ 3, 4 trên tổng số hồ sơ tiếp nhận toàn tỉnh đạt tối thiểu 40%.', [
        P(PROV, 'online_dossier_rate', 40, 'tỷ lệ hồ sơ trực tuyến mức độ 3, 4 trên tổng số hồ sơ tiếp nhận'),
    ]),
    ('- Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đối với cấp tỉnh, cấp huyện, cấp xã tương ứng là 50%, 40% và 30%.', [
        P(C_TINH, 'dossier_result_digitization_rate', 50, DRD),
        P(C_HUYEN, 'dossier_result_digitization_rate', 40, DRD),
        P(C_XA, 'dossier_result_digitization_rate', 30, DRD),
    ]),
    ('- Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98% trở lên; tỷ lệ thanh toán trực tuyến trên tổng số hồ sơ có thu phí đạt ít nhất 20%.', [
        P(PROV, 'on_time_resolution_rate', 98, 'Tỷ lệ hồ sơ giải quyết đúng hạn'),
        P(PROV, 'online_payment_rate', 20, 'tỷ lệ thanh toán trực tuyến trên tổng số hồ sơ có thu phí'),
    ]),
    ('2. Chỉ tiêu giao cho các cơ quan, địa phương', []),
    ('- Các sở, ban, ngành tỉnh: tỷ lệ hồ sơ trực tuyến mức độ 3, 4 tối thiểu 50%; riêng Sở Kế hoạch và Đầu tư, Sở Tư pháp tối thiểu 70%.', [
        P(SBN, 'online_dossier_rate', 50, 'tỷ lệ hồ sơ trực tuyến mức độ 3, 4',
          note='riêng Sở Kế hoạch và Đầu tư, Sở Tư pháp tối thiểu 70%'),
        P(['Sở Kế hoạch và Đầu tư', 'Sở Kế hoạch và Đầu tư tỉnh Bình Phước'], 'online_dossier_rate', 70,
          'tỷ lệ hồ sơ trực tuyến mức độ 3, 4'),
        P(['Sở Tư pháp', 'Sở Tư pháp tỉnh Bình Phước'], 'online_dossier_rate', 70, 'tỷ lệ hồ sơ trực tuyến mức độ 3, 4'),
    ]),
    ('- Ủy ban nhân dân các huyện, thị xã, thành phố: chi tiết tại Phụ lục II.', []),
    ('3. Giải pháp', []),
    ('- Sở Thông tin và Truyền thông hoàn thành nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh trước ngày 30/6/2022; ngân sách tỉnh bảo đảm 100% kinh phí nâng cấp (dự kiến 1.200 triệu đồng), các huyện tự bố trí kinh phí trang thiết bị tại Bộ phận Một cửa.', []),
    ('- Văn phòng Ủy ban nhân dân tỉnh duy trì đường dây nóng 0271.3879.668 tiếp nhận phản ánh, kiến nghị; rút ngắn thời gian giải quyết 20 thủ tục liên thông theo Quyết định số 1291/QĐ-UBND ngày 15/4/2021.', []),
    ('- Các cơ quan, địa phương báo cáo kết quả hằng quý trước ngày 15 của tháng cuối quý và báo cáo năm trước ngày 10/12/2022.', []),
    ('Trên đây là báo cáo kết quả cung cấp, sử dụng dịch vụ công trực tuyến năm 2021 và nhiệm vụ, chỉ tiêu năm 2022 của Ủy ban nhân dân tỉnh Bình Phước./.', []),
]

FOOTER = '''
Nơi nhận:\t\tTM. ỦY BAN NHÂN DÂN
- Văn phòng Chính phủ;\t\tKT. CHỦ TỊCH
- Bộ Thông tin và Truyền thông;\t\tPHÓ CHỦ TỊCH
- TT TU, TT HĐND tỉnh;
- Các sở, ban, ngành tỉnh;
- UBND các huyện, thị xã, thành phố;
- Lưu: VT.\t\tĐỗ Quang Vinh

'''

DISTRICTS = ['Thành phố Đồng Xoài', 'Thị xã Bình Long', 'Thị xã Phước Long', 'Huyện Chơn Thành',
             'Huyện Đồng Phú', 'Huyện Hớn Quản', 'Huyện Lộc Ninh', 'Huyện Bù Đốp', 'Huyện Bù Gia Mập',
             'Huyện Phú Riềng', 'Huyện Bù Đăng']
# results 2021: received, online, on-time % (rate printed = online/received)
RESULTS = [(61250, 21830, '98,2'), (28410, 7385, '97,6'), (27930, 7006, '97,9'), (33120, 8714, '96,8'),
           (35670, 7420, '97,0'), (30215, 5120, '96,5'), (34880, 6990, '96,9'), (17340, 2410, '97,3'),
           (25110, 3060, '95,8'), (29840, 5930, '96,2'), (38760, 6105, '96,4')]
# targets 2022: online (mức độ 3, 4), payment, note
TARGETS = [('55', '30', ''), ('45', '25', ''), ('45', '25', ''), ('45', '25', ''), ('40', '20', ''),
           ('40', '20', ''), ('40', '20', ''), ('35', '15', ''), ('35', 'không giao', 'Chưa triển khai thu phí trực tuyến cấp xã'),
           ('40', '20', ''), ('35', '15', '')]
TCOLS = [('online_dossier_rate', 'Tỷ lệ hồ sơ trực tuyến mức độ 3, 4 (%)'),
         ('online_payment_rate', 'Tỷ lệ hồ sơ thanh toán trực tuyến (%)')]


def vn(n):
    return f'{n:,}'.replace(',', '.')


def pct(a, b):
    return f'{100 * a / b:.1f}'.replace('.', ',')


def main():
    lines = [HEADER.rstrip('\n'), '']
    targets = []
    for text, ts in ITEMS:
        lines.append(text)
        targets.extend(ts)
    out = '\n'.join(lines) + '\n' + FOOTER
    out += ('Phụ lục I\nKẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH NĂM 2021 CỦA CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ\n'
            '(Kèm theo Báo cáo số 38/BC-UBND ngày 18/02/2022 của UBND tỉnh Bình Phước)\n'
            'STT\tĐơn vị\tTổng số hồ sơ tiếp nhận\tSố hồ sơ trực tuyến mức độ 3, 4\tTỷ lệ hồ sơ trực tuyến mức độ 3, 4 (%)\tTỷ lệ hồ sơ giải quyết đúng hạn (%)\n')
    tr = to = 0
    for i, (d, (r, o, ot)) in enumerate(zip(DISTRICTS, RESULTS), 1):
        tr += r; to += o
        out += f'{i}\t{d}\t{vn(r)}\t{vn(o)}\t{pct(o, r)}\t{ot}\n'
    out += f'\tTổng cộng\t{vn(tr)}\t{vn(to)}\t{pct(to, tr)}\t96,9\n\n'
    out += ('Phụ lục II\nCHỈ TIÊU NĂM 2022 GIAO CHO ỦY BAN NHÂN DÂN CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ\n'
            '(Kèm theo Báo cáo số 38/BC-UBND ngày 18/02/2022 của UBND tỉnh Bình Phước)\n'
            'STT\tĐơn vị\t' + '\t'.join(c[1] for c in TCOLS) + '\tGhi chú\n')
    for i, (d, (a, b, note)) in enumerate(zip(DISTRICTS, TARGETS), 1):
        out += f'{i}\t{d}\t{a}\t{b}\t{note}\n'
        for (metric, head), cell in zip(TCOLS, (a, b)):
            v = num(cell)
            if v is not None:
                targets.append(T(local_unit(d), metric, v, head, 'table', Y, note=note or None))
    write_text(SEED, out)
    doc = {
        'number': '38/BC-UBND', 'symbol': 'BC-UBND', 'serial': '38', 'type': 'bao_cao',
        'issuer': 'Ủy ban nhân dân tỉnh Bình Phước', 'place': 'Bình Phước', 'date': '2022-02-18',
        'subject': 'Kết quả cung cấp, sử dụng dịch vụ công trực tuyến năm 2021 và nhiệm vụ, chỉ tiêu năm 2022',
        'signer': 'Đỗ Quang Vinh',
        'references': ['5121/VPCP-KSTT', '45/2020/NĐ-CP', '45/KH-UBND', '1291/QĐ-UBND'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets}])


if __name__ == '__main__':
    main()
