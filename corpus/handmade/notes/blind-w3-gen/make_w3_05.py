#!/usr/bin/env python3
"""w3_05: Diễn Châu district (Nghệ An) decision 1520/QĐ-UBND (22/4/2021) as
text from a PDF by a simple converter: body lines broken at the page width,
a form feed and a running page number ("2", "3", "4", not tab-indented) at
the top of each new page; the appendix table in seed 004's form: every cell
on its own tab-indented line, an empty cell as a line holding only a tab, a
blank line ending each row, a two-row header (merged cells as empty lines),
and a page break inside the table after which both header rows repeat. One
Ghi chú wraps and its second line comes without its tab.

Traps: "Kết quả năm 2020" column (results); "-" cells and a tab-only cell (no
target); "97,5", "12,5"; "mức độ 3, 4" in the headers; the page number "4"
between rows (not an STT); the repeated header (not a row).
"""
from common import T, H, write_gold, write_doc, num

SEED = 'w3_05_dienchau_qd_2021.txt'
Y = 2021
CQCM = ['Các cơ quan chuyên môn thuộc UBND huyện', 'Cơ quan chuyên môn thuộc UBND huyện',
        'Các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện Diễn Châu']

OD = 'Tỷ lệ hồ sơ tiếp nhận, giải quyết trực tuyến mức độ 3, 4 (%)'
COLS = [
    (OD, 'online_dossier_rate'),
    ('Tỷ lệ hồ sơ thanh toán trực tuyến (%)', 'online_payment_rate'),
    ('Tỷ lệ hồ sơ giải quyết đúng hạn (%)', 'on_time_resolution_rate'),
]
# (stt, name, spellings, result 2020, [3 cells], ghi chú lines); 'PB' = page break with page number
ROWS = [
    (1, 'Thị trấn Diễn Châu', H('Thị trấn Diễn Châu'), '14,2', ['35', '12,5', '100'], []),
    (2, 'Xã Diễn Kỷ', H('Xã Diễn Kỷ'), '10,8', ['30', '10', '98'], []),
    (3, 'Xã Diễn Hồng', H('Xã Diễn Hồng'), '9,5', ['30', '10', '98'], []),
    (4, 'Xã Diễn Phong', H('Xã Diễn Phong'), '8,6', ['25', '8', '97,5'], []),
    (5, 'Xã Diễn Ngọc', H('Xã Diễn Ngọc'), '11,3', ['30', '10', '98'], []),
    (6, 'Xã Diễn Bích', H('Xã Diễn Bích'), '7,9', ['25', '8', '97,5'], ['Xã bãi ngang ven biển']),
    (7, 'Xã Diễn Thịnh', H('Xã Diễn Thịnh'), '10,1', ['30', '10', '98'], []),
    (8, 'Xã Diễn Trung', H('Xã Diễn Trung'), '9,0', ['25', '8', '97,5'], []),
    ('PB', '4'),
    (9, 'Xã Diễn An', H('Xã Diễn An'), '8,2', ['25', '8', '97,5'], []),
    (10, 'Xã Diễn Thành', H('Xã Diễn Thành'), '12,7', ['30', '10', '98'], []),
    (11, 'Xã Diễn Phúc', H('Xã Diễn Phúc'), '9,8', ['25', '8', '97,5'], []),
    (12, 'Xã Diễn Vạn', H('Xã Diễn Vạn'), '6,4', ['20', '5', '97,5'], []),
    (13, 'Xã Diễn Kim', H('Xã Diễn Kim'), '5,7', ['20', '-', '97,5'],
     ['Chưa phát sinh TTHC thu phí', 'thanh toán trực tuyến']),
    (14, 'Xã Diễn Hải', H('Xã Diễn Hải'), '6,9', ['20', '5', '97,5'], ['Xã bãi ngang ven biển']),
    (15, 'Xã Diễn Yên', H('Xã Diễn Yên'), '7,1', ['20', '', '97,5'], []),
]

HDR1 = ['STT', 'Tên đơn vị', 'Kết quả năm 2020', 'Chỉ tiêu giao năm 2021', '', '', 'Ghi chú']
HDR2 = ['', '', OD] + [h for h, _ in COLS] + ['']


def cells_block(cells):
    return ['\t' + c for c in cells] + ['']


def table_and_targets():
    L = cells_block(HDR1) + cells_block(HDR2)
    ts = []
    for r in ROWS:
        if r[0] == 'PB':
            L += ['\f' + r[1], ''] + cells_block(HDR1) + cells_block(HDR2)
            continue
        stt, name, units, kq, cells, notes = r
        lines = ['\t' + c for c in [str(stt), name, kq] + cells + [notes[0] if notes else '']]
        lines += notes[1:]          # wrapped Ghi chú: second line without its tab
        L += lines + ['']
        note = ' '.join(notes) or None
        for (hdr, metric), c in zip(COLS, cells):
            v = num(c)
            if v is not None:
                ts.append(T(units, metric, v, hdr, 'table', Y, note=note))
    return L, ts


PAGE1 = '''UỶ BAN NHÂN DÂN
HUYỆN DIỄN CHÂU
Số: 1520/QĐ-UBND
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Diễn Châu, ngày 22 tháng 4 năm 2021
QUYẾT ĐỊNH
Về việc giao chỉ tiêu tỷ lệ hồ sơ tiếp nhận, giải quyết trực tuyến mức độ 3, 4
và thanh toán trực tuyến năm 2021
CHỦ TỊCH UỶ BAN NHÂN DÂN HUYỆN DIỄN CHÂU
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đổi, bổ
sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa
phương ngày 22/11/2019;
Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện
cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính; Nghị
định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành
chính trên môi trường điện tử;
Căn cứ Quyết định số 1056/QĐ-UBND ngày 12/4/2021 của UBND tỉnh Nghệ An về
việc giao chỉ tiêu tỷ lệ hồ sơ tiếp nhận, giải quyết trực tuyến mức độ 3, 4 năm
2021;
Xét đề nghị của Chánh Văn phòng HĐND và UBND huyện tại Tờ trình số
45/TTr-VP ngày 19/4/2021.
QUYẾT ĐỊNH:
Điều 1. Giao chỉ tiêu tỷ lệ hồ sơ tiếp nhận, giải quyết trực tuyến mức độ 3, 4,
tỷ lệ hồ sơ thanh toán trực tuyến và tỷ lệ hồ sơ giải quyết đúng hạn năm 2021
cho Ủy ban nhân dân các xã, thị trấn (chi tiết tại Phụ lục kèm theo).
Năm 2020, tỷ lệ hồ sơ tiếp nhận, giải quyết trực tuyến mức độ 3, 4 của toàn
huyện mới đạt 9,2%, tỷ lệ hồ sơ giải quyết đúng hạn đạt 96,4%.
'''

# lines of Điều 1 item with targets for the district departments
PROSE_LINES = [
    'Đối với các cơ quan chuyên môn thuộc UBND huyện: tỷ lệ hồ sơ tiếp nhận, giải',
    'quyết trực tuyến mức độ 3, 4 đạt tối thiểu 40%; tỷ lệ hồ sơ giải quyết đúng hạn',
    'đạt 100%.',
]
PROSE_TS = [
    T(CQCM, 'online_dossier_rate', 40, 'tỷ lệ hồ sơ tiếp nhận, giải quyết trực tuyến mức độ 3, 4', 'prose', Y),
    T(CQCM, 'on_time_resolution_rate', 100, 'tỷ lệ hồ sơ giải quyết đúng hạn', 'prose', Y),
]

PAGE2 = '''Điều 2. Tổ chức thực hiện
1. Chủ tịch UBND các xã, thị trấn chịu trách nhiệm trước Chủ tịch UBND huyện về
kết quả thực hiện chỉ tiêu được giao; báo cáo kết quả trước ngày 20 của tháng
cuối quý.
2. Văn phòng HĐND và UBND huyện chủ trì theo dõi, đôn đốc, tổng hợp kết quả;
đưa kết quả thực hiện chỉ tiêu vào tiêu chí đánh giá, xếp loại thi đua năm 2021.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và
UBND huyện, Thủ trưởng các cơ quan chuyên môn thuộc UBND huyện, Chủ tịch UBND
các xã, thị trấn và các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành
Quyết định này./.
Nơi nhận:
- Như Điều 3;
- UBND tỉnh (b/c);
- Sở Thông tin và Truyền thông;
- TT Huyện ủy, TT HĐND huyện;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Quốc Đạt
'''

PAGE3 = '''PHỤ LỤC
CHỈ TIÊU TỶ LỆ HỒ SƠ TIẾP NHẬN, GIẢI QUYẾT TRỰC TUYẾN MỨC ĐỘ 3, 4, THANH TOÁN
TRỰC TUYẾN VÀ GIẢI QUYẾT ĐÚNG HẠN NĂM 2021 CỦA UBND CÁC XÃ, THỊ TRẤN
(Kèm theo Quyết định số 1520/QĐ-UBND ngày 22/4/2021 của Chủ tịch UBND huyện)
'''


def main():
    tl, table_ts = table_and_targets()
    text = (PAGE1 + '\n'.join(PROSE_LINES) + '\n' + '\f2\n' + PAGE2 + '\f3\n' + PAGE3
            + '\n'.join(tl) + '\n')
    write_doc(SEED, text)
    doc = {
        'number': '1520/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '1520', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân huyện Diễn Châu', 'place': 'Diễn Châu', 'date': '2021-04-22',
        'subject': 'Về việc giao chỉ tiêu tỷ lệ hồ sơ tiếp nhận, giải quyết trực tuyến mức độ 3, 4 và thanh toán trực tuyến năm 2021',
        'signer': 'Trần Quốc Đạt',
        'references': ['61/2018/NĐ-CP', '45/2020/NĐ-CP', '1056/QĐ-UBND', '45/TTr-VP'],
    }
    write_gold(SEED, [{'document': doc, 'targets': PROSE_TS + table_ts}])


if __name__ == '__main__':
    main()
