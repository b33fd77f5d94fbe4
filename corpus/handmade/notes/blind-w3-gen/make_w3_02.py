#!/usr/bin/env python3
"""w3_02: Krông Pắc district (Đắk Lắk) plan 87/KH-UBND (15/3/2023) as plain
text: the plan body saved from Writer as text (one paragraph a line, issuer
and motto joined by a tab), then the appendix copied from a spreadsheet and
saved as tab-separated text (LibreOffice "Save as text"): every row has all
10 fields (trailing tabs on title and section rows); a merged header cell
("Tỷ lệ … (%)" over "Ước TH năm 2022 | Chỉ tiêu năm 2023") appears only in its
first column; a column-number row "(1) … (10)"; vertically merged cells
("Đơn vị theo dõi", one Ghi chú) appear only in their first row; a cell with
a line break is written in double quotes over two lines.

Traps: "Ước TH năm 2022" columns are results, not targets; blank target
cells; "97,5"; the column-number row; a quoted two-line unit name.
"""
from common import T, H, write_gold, write_doc, num

SEED = 'w3_02_krongpac_kh_2023.txt'
Y = 2023
DIST = [None, 'Toàn huyện', 'Huyện Krông Pắc', 'UBND huyện Krông Pắc']
NF = 10

COLS = [
    ('Tỷ lệ hồ sơ giải quyết trực tuyến (%)', 'online_dossier_rate'),
    ('Tỷ lệ thanh toán trực tuyến (%)', 'online_payment_rate'),
    ('Tỷ lệ số hóa hồ sơ thủ tục hành chính (%)', 'dossier_digitization_rate'),
]
GA = 'Các cơ quan chuyên môn thuộc UBND huyện'
GB = 'UBND các xã, thị trấn'
NOTE_KK = 'Các xã vùng khó khăn, hạ tầng mạng chưa ổn định'

# ('S', code, title); (stt, printed name, spellings, [(ước TH, chỉ tiêu) x3], theo dõi, ghi chú, ghi chú that applies)
# theo dõi / ghi chú printed only in the first row of a merged range; the last field says which
# merged note covers the row (for gold's note, not scored).
ROWS = [
    ('S', 'I', GA),
    (1, 'Phòng Tư pháp', ['Phòng Tư pháp'], [('88,6', '97,5'), ('25,4', '40'), ('61,2', '80')],
     'Văn phòng HĐND và UBND huyện', '', None),
    (2, 'Phòng Tài nguyên và Môi trường', ['Phòng Tài nguyên và Môi trường'],
     [('22,7', '40'), ('10,3', '30'), ('35,0', '60')], '', 'Lĩnh vực đất đai do Chi nhánh VPĐKĐĐ thực hiện', None),
    (3, 'Phòng Kinh tế và Hạ tầng', ['Phòng Kinh tế và Hạ tầng'],
     [('41,5', '60'), ('18,9', '35'), ('52,3', '70')], '', '', None),
    (4, 'Phòng Nông nghiệp và Phát triển nông thôn', ['Phòng Nông nghiệp và Phát triển nông thôn'],
     [('33,1', '50'), ('12,0', '30'), ('47,6', '70')], '', '', None),
    (5, 'Phòng Lao động - Thương binh\nvà Xã hội',
     ['Phòng Lao động - Thương binh và Xã hội', 'Phòng Lao động, Thương binh và Xã hội'],
     [('45,8', '60'), ('', ''), ('50,2', '70')], '', 'Không có TTHC thu phí', None),
    (6, 'Phòng Văn hóa và Thông tin', ['Phòng Văn hóa và Thông tin'],
     [('38,0', '55'), ('20,5', '42,5'), ('44,9', '70')], '', '', None),
    (7, 'Phòng Giáo dục và Đào tạo', ['Phòng Giáo dục và Đào tạo'],
     [('51,3', '65'), ('', ''), ('58,8', '75')], '', 'Không có TTHC thu phí', None),
    (8, 'Phòng Tài chính - Kế hoạch', ['Phòng Tài chính - Kế hoạch'],
     [('36,4', '55'), ('15,2', '30'), ('40,1', '')], '', 'Số hóa theo hướng dẫn riêng của Sở', None),
    ('S', 'II', GB),
    (1, 'Thị trấn Phước An', H('Thị trấn Phước An'), [('34,9', '55'), ('14,6', '30'), ('49,5', '70')],
     'Phòng Văn hóa và Thông tin', '', None),
    (2, 'Xã Ea Kly', H('Xã Ea Kly'), [('29,3', '50'), ('11,2', '25'), ('42,0', '65')], '', '', None),
    (3, 'Xã Ea Kênh', H('Xã Ea Kênh'), [('27,8', '50'), ('10,9', '25'), ('40,6', '65')], '', '', None),
    (4, 'Xã Hòa An', H('Xã Hòa An'), [('30,2', '50'), ('9,7', '25'), ('38,8', '65')], '', '', None),
    (5, 'Xã Ea Phê', H('Xã Ea Phê'), [('24,1', '45'), ('8,4', '20'), ('35,3', '60')], '', NOTE_KK, NOTE_KK),
    (6, 'Xã Krông Búk', H('Xã Krông Búk'), [('21,6', '45'), ('7,5', '20'), ('33,0', '60')], '', '', NOTE_KK),
    (7, 'Xã Ea Yông', H('Xã Ea Yông'), [('19,8', '40'), ('6,1', '20'), ('30,7', '60')], '', '', NOTE_KK),
    (8, 'Xã Vụ Bổn', H('Xã Vụ Bổn'), [('17,5', '40'), ('5,2', '20'), ('28,4', '55')], '', '', NOTE_KK),
]


def row(cells):
    cells = list(cells) + [''] * (NF - len(cells))
    assert len(cells) == NF
    out = []
    for c in cells:
        out.append('"' + c + '"' if '\n' in c or '"' in c else c)
    return '\t'.join(out)


def sheet_and_targets():
    L = [row(['PHỤ LỤC']),
         row(['CHỈ TIÊU TỶ LỆ HỒ SƠ GIẢI QUYẾT TRỰC TUYẾN, THANH TOÁN TRỰC TUYẾN VÀ SỐ HÓA HỒ SƠ THỦ TỤC HÀNH CHÍNH NĂM 2023']),
         row(['(Kèm theo Kế hoạch số 87/KH-UBND ngày 15/3/2023 của UBND huyện Krông Pắc)']),
         row([]),
         row(['STT', 'Đơn vị', COLS[0][0], '', COLS[1][0], '', COLS[2][0], '', 'Đơn vị theo dõi', 'Ghi chú']),
         row(['', ''] + ['Ước TH năm 2022', 'Chỉ tiêu năm 2023'] * 3 + ['', '']),
         row([f'({i})' for i in range(1, NF + 1)])]
    ts, group = [], None
    for r in ROWS:
        if r[0] == 'S':
            group = r[2]
            L.append(row([r[1], r[2]]))
            continue
        stt, name, units, pairs, follow, note, merged_note = r
        cells = [str(stt), name]
        for kq, ct in pairs:
            cells += [kq, ct]
        L.append(row(cells + [follow, note]))
        for (hdr, metric), (_, ct) in zip(COLS, pairs):
            v = num(ct)
            if v is not None:
                ts.append(T(units, metric, v, hdr + ' - Chỉ tiêu năm 2023', 'table', Y,
                            unit_group=group, note=(note or merged_note) or None))
    return L, ts


BODY = '''ỦY BAN NHÂN DÂN	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN KRÔNG PẮC	Độc lập - Tự do - Hạnh phúc
Số: 87/KH-UBND	Krông Pắc, ngày 15 tháng 3 năm 2023

KẾ HOẠCH
Nâng cao tỷ lệ giải quyết hồ sơ trực tuyến, thanh toán trực tuyến và số hóa hồ sơ thủ tục hành chính trên địa bàn huyện Krông Pắc năm 2023

Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;
Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030;
Căn cứ Kế hoạch số 1735/KH-UBND ngày 27/02/2023 của UBND tỉnh Đắk Lắk về chuyển đổi số tỉnh Đắk Lắk năm 2023;
Ủy ban nhân dân huyện ban hành Kế hoạch nâng cao tỷ lệ giải quyết hồ sơ trực tuyến, thanh toán trực tuyến và số hóa hồ sơ thủ tục hành chính trên địa bàn huyện năm 2023, như sau:
I. KẾT QUẢ THỰC HIỆN NĂM 2022
Năm 2022, toàn huyện tiếp nhận 28.416 hồ sơ thủ tục hành chính; tỷ lệ hồ sơ giải quyết trực tuyến ước đạt 31,4%; tỷ lệ thanh toán trực tuyến ước đạt 12,7%; tỷ lệ số hóa hồ sơ thủ tục hành chính ước đạt 43,9%; tỷ lệ hồ sơ giải quyết quá hạn là 3,8%.
II. MỤC ĐÍCH, YÊU CẦU VÀ CHỈ TIÊU
1. Mục đích, yêu cầu
Nâng cao chất lượng giải quyết thủ tục hành chính trên môi trường điện tử; gắn trách nhiệm của người đứng đầu với kết quả thực hiện chỉ tiêu được giao.
2. Chỉ tiêu năm 2023 của toàn huyện
'''

# (line, targets on that line)
PROSE = [
    ('- Tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số hồ sơ thủ tục hành chính đạt tối thiểu 50%;',
     [T(DIST, 'online_dossier_rate', 50, 'Tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số hồ sơ thủ tục hành chính', 'prose', Y)]),
    ('- Tỷ lệ thanh toán trực tuyến đạt tối thiểu 30%;',
     [T(DIST, 'online_payment_rate', 30, 'Tỷ lệ thanh toán trực tuyến', 'prose', Y)]),
    ('- Tỷ lệ số hóa hồ sơ thủ tục hành chính đạt tối thiểu 65%;',
     [T(DIST, 'dossier_digitization_rate', 65, 'Tỷ lệ số hóa hồ sơ thủ tục hành chính', 'prose', Y)]),
    ('- Tỷ lệ hồ sơ giải quyết quá hạn không quá 2%.',
     [T(DIST, None, 2, 'Tỷ lệ hồ sơ giải quyết quá hạn', 'prose', Y, comparator='<=')]),
    ('Chỉ tiêu cụ thể đối với từng cơ quan, đơn vị tại Phụ lục kèm theo.', []),
]

TAIL = '''III. NHIỆM VỤ, GIẢI PHÁP
1. Thủ trưởng các cơ quan chuyên môn thuộc UBND huyện, Chủ tịch UBND các xã, thị trấn quán triệt công chức tiếp nhận hồ sơ hướng dẫn người dân nộp hồ sơ trực tuyến, thanh toán trực tuyến; số hóa hồ sơ ngay khi tiếp nhận.
2. Phòng Văn hóa và Thông tin phối hợp Văn phòng HĐND và UBND huyện theo dõi, tổng hợp kết quả, báo cáo UBND huyện trước ngày 20 hằng tháng.
IV. TỔ CHỨC THỰC HIỆN
Các cơ quan, đơn vị, địa phương căn cứ Kế hoạch này triển khai thực hiện; trong quá trình thực hiện nếu có khó khăn, vướng mắc, báo cáo UBND huyện (qua Văn phòng HĐND và UBND huyện) để xem xét, chỉ đạo./.
Nơi nhận:	KT. CHỦ TỊCH
- UBND tỉnh (b/c);	PHÓ CHỦ TỊCH
- Sở Thông tin và Truyền thông;	
- TT Huyện ủy, TT HĐND huyện;	
- CT, các PCT UBND huyện;	
- Các cơ quan, đơn vị, địa phương;	Nguyễn Thị Hồng Vân
- Lưu: VT, VP.	

'''


def main():
    sheet, table_ts = sheet_and_targets()
    text = BODY + '\n'.join(l for l, _ in PROSE) + '\n' + TAIL + '\n'.join(sheet) + '\n'
    write_doc(SEED, text)
    prose_ts = [t for _, ts in PROSE for t in ts]
    doc = {
        'number': '87/KH-UBND', 'symbol': 'KH-UBND', 'serial': '87', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân huyện Krông Pắc', 'place': 'Krông Pắc', 'date': '2023-03-15',
        'subject': 'Nâng cao tỷ lệ giải quyết hồ sơ trực tuyến, thanh toán trực tuyến và số hóa hồ sơ thủ tục hành chính trên địa bàn huyện Krông Pắc năm 2023',
        'signer': 'Nguyễn Thị Hồng Vân',
        'references': ['107/2021/NĐ-CP', '61/2018/NĐ-CP', '06/QĐ-TTg', '1735/KH-UBND'],
    }
    write_gold(SEED, [{'document': doc, 'targets': prose_ts + table_ts}])


if __name__ == '__main__':
    main()
