#!/usr/bin/env python3
"""l3_04: Ninh Bình (merged with Hà Nam and Nam Định) report 286/BC-UBND,
22/12/2025: 2025 results in Bảng 1 and in the "Kết quả năm 2025" column of
Bảng 2; 2026 targets in Bảng 2's "Chỉ tiêu năm 2026" column. Tables are a
DOCX text dump (seed 004 style): each cell on its own tab-indented line, a
blank line ends a row, a line holding only a tab is an empty cell.
Only the 2026 column (and one 2026 prose sentence) goes into the gold.
"""
import os
from common import DOCS, T, write_gold

SEED = 'l3_04_ninhbinh_bc_2025.txt'
Y = 2026
ALL = ['Các sở, ban, ngành; UBND các xã, phường', 'Các sở, ban, ngành tỉnh; UBND các xã, phường']
HCC = ['Trung tâm Phục vụ hành chính công tỉnh', 'Trung tâm Phục vụ HCC tỉnh']
KHCN = ['Sở Khoa học và Công nghệ', 'Sở Khoa học và Công nghệ tỉnh Ninh Bình']
VP = ['Văn phòng UBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh Ninh Bình']

# Bảng 1: results only (cấp tỉnh | cấp xã | toàn tỉnh)
RESULTS = [
    ('Tỷ lệ hồ sơ TTHC được tiếp nhận, giải quyết trực tuyến', '%', '84,6', '59,3', '68,4'),
    ('Tỷ lệ hồ sơ trực tuyến toàn trình', '%', '57,9', '33,0', '41,2'),
    ('Tỷ lệ thanh toán trực tuyến', '%', '71,4', '44,8', '52,7'),
    ('Tỷ lệ số hóa hồ sơ TTHC', '%', '93,2', '74,6', '80,5'),
    ('Số chi nhánh khu vực tiếp nhận hồ sơ không phụ thuộc địa giới hành chính', 'Chi nhánh', '01/03', '', '01/03'),
]

# Bảng 2: (stt, chỉ tiêu, đvt, kết quả 2025, chỉ tiêu 2026, [chủ trì lines], unit spellings, metric, value, comparator, uom)
PLAN = [
    ('1', 'Tỷ lệ hồ sơ TTHC được tiếp nhận, giải quyết trực tuyến', '%', '68,4', '85', ['Các sở, ban, ngành;', 'UBND các xã, phường'], ALL, 'online_dossier_rate', 85, '>=', '%'),
    ('2', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', '41,2', '65', ['Các sở, ban, ngành;', 'UBND các xã, phường'], ALL, 'full_online_dossier_rate', 65, '>=', '%'),
    ('3', 'Tỷ lệ thanh toán trực tuyến', '%', '52,7', '75', ['Các sở, ban, ngành;', 'UBND các xã, phường'], ALL, 'online_payment_rate', 75, '>=', '%'),
    ('4', 'Tỷ lệ số hóa hồ sơ TTHC', '%', '80,5', '95', ['Trung tâm Phục vụ hành chính công tỉnh'], HCC, 'dossier_digitization_rate', 95, '>=', '%'),
    ('5', 'Tỷ lệ số hóa kết quả giải quyết TTHC', '%', '92,1', '100', ['Trung tâm Phục vụ hành chính công tỉnh'], HCC, 'result_digitization_rate', 100, '>=', '%'),
    ('6', 'Tỷ lệ cấp kết quả giải quyết TTHC điện tử', '%', '88', '100', ['Các sở, ban, ngành;', 'UBND các xã, phường'], ALL, 'electronic_result_rate', 100, '>=', '%'),
    ('7', 'Tỷ lệ DVCTT toàn trình được tích hợp, cung cấp trên Cổng DVC quốc gia', '%', '96,5', '100', ['Sở Khoa học và Công nghệ'], KHCN, 'national_portal_integration_rate', 100, '>=', '%'),
    ('8', 'Tỷ lệ kết quả xử lý hồ sơ TTHC được đồng bộ đầy đủ trên Cổng DVC quốc gia', '%', '97,3', '100', ['Sở Khoa học và Công nghệ'], KHCN, 'national_portal_sync_rate', 100, '>=', '%'),
    ('9', 'Tỷ lệ hài lòng của người dân, doanh nghiệp', '%', '93,8', '≥ 95', ['Văn phòng UBND tỉnh'], VP, 'satisfaction_rate', 95, '>=', '%'),
    ('10', 'Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn', '%', '96', '100', ['Văn phòng UBND tỉnh'], VP, None, 100, '>=', '%'),
    ('11', 'Số chi nhánh khu vực của Trung tâm Phục vụ HCC tỉnh tiếp nhận hồ sơ không phụ thuộc địa giới hành chính', 'Chi nhánh', '01/03', '03/03', ['Trung tâm Phục vụ hành chính công tỉnh'], HCC, None, 3, '>=', 'chi nhánh'),
    ('12', 'Tỷ lệ hồ sơ giải quyết quá hạn', '%', '1,9', '≤ 1', ['Các sở, ban, ngành;', 'UBND các xã, phường'], ALL, None, 1, '<=', '%'),
]

TOP = '''ỦY BAN NHÂN DÂN
TỈNH NINH BÌNH
	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
	Độc lập - Tự do - Hạnh phúc
Số: 286/BC-UBND
	Ninh Bình, ngày 22 tháng 12 năm 2025

BÁO CÁO
Kết quả thực hiện Bộ chỉ số phục vụ người dân, doanh nghiệp năm 2025;
mục tiêu, chỉ tiêu năm 2026

Thực hiện Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ và Công văn số 5312/VPCP-KSTT ngày 05/12/2025 của Văn phòng Chính phủ, Ủy ban nhân dân tỉnh Ninh Bình báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN NĂM 2025
Từ ngày 01/7/2025, tỉnh Ninh Bình (mới) được hình thành trên cơ sở hợp nhất tỉnh Hà Nam, tỉnh Nam Định và tỉnh Ninh Bình; chính quyền địa phương tổ chức theo mô hình hai cấp với 129 xã, phường. Trung tâm Phục vụ hành chính công tỉnh được tổ chức lại, có 03 chi nhánh khu vực tại Phủ Lý, Nam Định và Hoa Lư.
Năm 2025, toàn tỉnh tiếp nhận 1.284.517 hồ sơ TTHC, trong đó 878.609 hồ sơ trực tuyến; tỷ lệ hồ sơ trực tuyến đạt 68,4 %, tăng 9,7 % so với năm 2024. Kết quả chi tiết tại Bảng 1.

Bảng 1. Kết quả thực hiện một số chỉ số năm 2025
'''

MID = '''
Tồn tại, hạn chế: tỷ lệ hồ sơ trực tuyến toàn trình của cấp xã còn thấp (33,0%); mới có 01/03 chi nhánh khu vực tiếp nhận hồ sơ không phụ thuộc địa giới hành chính; tỷ lệ hồ sơ quá hạn năm 2025 là 1,9%.

II. MỤC TIÊU, CHỈ TIÊU NĂM 2026
1. Ủy ban nhân dân tỉnh giao chỉ tiêu năm 2026 cho các cơ quan, đơn vị tại Bảng 2. Cột "Kết quả năm 2025" để đối chiếu, không phải chỉ tiêu giao.
2. Năm 2026, Ủy ban nhân dân các xã, phường phấn đấu tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính đạt tối thiểu 50 %.

Bảng 2. Chỉ tiêu năm 2026
'''

BOTTOM = '''
III. ĐỀ XUẤT, KIẾN NGHỊ
Đề nghị Văn phòng Chính phủ, Bộ Công an tiếp tục hoàn thiện chức năng tiếp nhận hồ sơ không phụ thuộc địa giới hành chính trên Cổng Dịch vụ công quốc gia.

Trên đây là báo cáo của Ủy ban nhân dân tỉnh Ninh Bình./.

Nơi nhận:
- Văn phòng Chính phủ;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Chủ tịch, các PCT UBND tỉnh;
- Các sở, ban, ngành tỉnh;
- UBND các xã, phường;
- Lưu: VT, KSTT.
	TM. ỦY BAN NHÂN DÂN
	KT. CHỦ TỊCH
	PHÓ CHỦ TỊCH


	Vũ Đình Khang
'''


def dump_row(cells):
    """cells: list of str or list of lines (a multi-line cell)."""
    out = []
    for c in cells:
        if isinstance(c, list):
            out.append('\t' + c[0])
            out.extend(c[1:])            # a cell's second line comes without its tab
        else:
            out.append('\t' + c)
    return '\n'.join(out) + '\n\n'


def main():
    text = TOP
    text += dump_row(['STT', 'Chỉ số', 'Đơn vị tính', 'Cấp tỉnh', 'Cấp xã', 'Toàn tỉnh'])
    for i, r in enumerate(RESULTS, 1):
        text += dump_row([str(i)] + list(r))
    text += MID
    text += dump_row(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả năm 2025', 'Chỉ tiêu năm 2026', 'Đơn vị chủ trì'])
    targets = [T(['UBND các xã, phường', 'Các xã, phường'], 'e_certified_copy_rate', 50,
                 'tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính', 'prose', Y)]
    for stt, label, dvt, kq, ct, chutri, units, metric, val, comp, uom in PLAN:
        text += dump_row([stt, label, dvt, kq, ct, chutri])
        note = None
        if metric is None and uom != '%':
            note = '03/03 chi nhánh: số lượng, value = 3 (numerator as printed)'
        targets.append(T(units, metric, val, label, 'table', Y, comparator=comp, uom=uom, note=note))
    text += BOTTOM
    os.makedirs(DOCS, exist_ok=True)
    open(os.path.join(DOCS, SEED), 'w', encoding='utf-8').write(text)
    doc = {
        'number': '286/BC-UBND', 'symbol': 'BC-UBND', 'serial': '286', 'type': 'bao_cao',
        'issuer': 'Ủy ban nhân dân tỉnh Ninh Bình', 'place': 'Ninh Bình', 'date': '2025-12-22',
        'subject': 'Kết quả thực hiện Bộ chỉ số phục vụ người dân, doanh nghiệp năm 2025; mục tiêu, chỉ tiêu năm 2026',
        'signer': 'Vũ Đình Khang',
        'references': ['766/QĐ-TTg', '5312/VPCP-KSTT'],
        'expected_warnings': [
            'unmapped_metric: Bảng 2 row 10 "Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn"',
            'unmapped_metric: Bảng 2 row 11 "Số chi nhánh khu vực ... không phụ thuộc địa giới hành chính"',
            'unmapped_metric: Bảng 2 row 12 "Tỷ lệ hồ sơ giải quyết quá hạn"'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets}])


if __name__ == '__main__':
    main()
