#!/usr/bin/env python3
"""b4_04: dispatch of UBND huyện Phú Lương (Thái Nguyên), 2022, as a web copy in
markdown. Appendix table with ONE ROW PER (unit, indicator) PAIR:
STT | Đơn vị | Chỉ tiêu | Giá trị giao | Ghi chú. The first block is 'Toàn huyện'
(jurisdiction-wide). Under section I the unit cell was merged in Word, so only
the first row of each unit carries STT and name and the rest are blank; under
section II the converter repeated the name on every row. Values: 'Tối thiểu
50%', '≥ 95%', '100%', 'Không quá 2%', 'không giao'. Text and gold come from
the lists below."""
from common import T, cell, local, write_doc, write_gold

SEED = 'b4_04_phuluong_cv_2022.md'
Y = 2022
DIST = [None, 'Toàn huyện', 'Huyện Phú Lương', 'Toàn huyện Phú Lương']

ONL = ('Tỷ lệ hồ sơ giải quyết trực tuyến mức độ 3, 4', 'online_dossier_rate')
DIG = ('Tỷ lệ số hóa hồ sơ TTHC', 'dossier_digitization_rate')
RES = ('Tỷ lệ kết quả giải quyết TTHC được số hóa', 'result_digitization_rate')
PAY = ('Tỷ lệ hồ sơ thanh toán trực tuyến', 'online_payment_rate')
ONT = ('Tỷ lệ hồ sơ giải quyết đúng hạn', 'on_time_resolution_rate')
LATE = ('Tỷ lệ hồ sơ giải quyết quá hạn', None)


def phong(name):
    return [name, name + ' huyện', name + ' huyện Phú Lương']


# blocks: (section code, section title or None, merge style, [(stt, printed name, spellings, [(indicator, value, ghi chú)])])
# merge style 'blank': name only on first row; 'repeat': name on every row
BLOCKS = [
    (None, None, 'blank', [
        ('1', 'Toàn huyện', DIST, [(ONL, 'Tối thiểu 35%', ''), (DIG, 'Tối thiểu 40%', ''), (RES, 'Tối thiểu 60%', ''),
                                   (PAY, 'Tối thiểu 15%', ''), (ONT, '≥ 95%', ''), (LATE, 'Không quá 2%', '')]),
    ]),
    ('I', 'Các cơ quan chuyên môn thuộc UBND huyện', 'blank', [
        ('1', 'Phòng Tư pháp', phong('Phòng Tư pháp'),
         [(ONL, 'Tối thiểu 50%', ''), (DIG, 'Tối thiểu 60%', ''), (RES, '100%', ''), (PAY, 'không giao', 'Lĩnh vực chứng thực không thu phí trực tuyến')]),
        ('2', 'Phòng Tài nguyên và Môi trường', phong('Phòng Tài nguyên và Môi trường'),
         [(ONL, 'Tối thiểu 30%', ''), (DIG, 'Tối thiểu 50%', ''), (RES, 'Tối thiểu 80%', ''), (PAY, 'Tối thiểu 20%', '')]),
        ('3', 'Phòng Kinh tế và Hạ tầng', phong('Phòng Kinh tế và Hạ tầng'),
         [(ONL, 'Tối thiểu 45%', ''), (DIG, 'Tối thiểu 55%', ''), (RES, '100%', ''), (PAY, 'Tối thiểu 25%', '')]),
        ('4', 'Phòng Lao động - Thương binh và Xã hội', phong('Phòng Lao động - Thương binh và Xã hội'),
         [(ONL, 'Tối thiểu 40%', ''), (DIG, 'Tối thiểu 50%', ''), (RES, 'Tối thiểu 90%', '')]),
        ('5', 'Chi nhánh Văn phòng Đăng ký đất đai huyện Phú Lương',
         ['Chi nhánh Văn phòng Đăng ký đất đai huyện Phú Lương', 'Chi nhánh Văn phòng Đăng ký đất đai huyện'],
         [(ONL, 'Tối thiểu 20%', 'Phối hợp Bộ phận Một cửa huyện'), (DIG, 'Tối thiểu 45%', ''), (PAY, 'Tối thiểu 10%', '')]),
    ]),
    ('II', 'UBND các xã, thị trấn', 'repeat', [
        ('1', 'Thị trấn Đu', local('Thị trấn Đu'), [(ONL, 'Tối thiểu 35%', ''), (DIG, 'Tối thiểu 40%', ''), (ONT, '≥ 97%', '')]),
        ('2', 'Thị trấn Giang Tiên', local('Thị trấn Giang Tiên'), [(ONL, 'Tối thiểu 35%', ''), (DIG, 'Tối thiểu 40%', ''), (ONT, '≥ 97%', '')]),
        ('3', 'Xã Yên Ninh', local('Xã Yên Ninh'), [(ONL, 'Tối thiểu 25%', ''), (DIG, 'Tối thiểu 30%', ''), (ONT, '≥ 95%', '')]),
        ('4', 'Xã Ôn Lương', local('Xã Ôn Lương'), [(ONL, 'Tối thiểu 25%', ''), (DIG, 'Tối thiểu 30%', ''), (ONT, '≥ 95%', '')]),
        ('5', 'Xã Phấn Mễ', local('Xã Phấn Mễ'), [(ONL, 'Tối thiểu 30%', ''), (DIG, 'Tối thiểu 35%', ''), (ONT, '≥ 95%', '')]),
        ('6', 'Xã Động Đạt', local('Xã Động Đạt'), [(ONL, 'Tối thiểu 30%', ''), (DIG, 'Tối thiểu 35%', ''), (ONT, '≥ 95%', '')]),
        ('7', 'Xã Yên Đổ', local('Xã Yên Đổ'), [(ONL, 'Tối thiểu 20%', 'Xã khu vực III'), (DIG, 'Tối thiểu 25%', ''), (ONT, '≥ 95%', '')]),
    ]),
]

HEAD = '''| **ỦY BAN NHÂN DÂN<br>HUYỆN PHÚ LƯƠNG**<br>-------<br>Số: 1342/UBND-VP<br>V/v giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2022 | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc**<br>---------------<br>*Phú Lương, ngày 15 tháng 4 năm 2022* |
|---|---|

Kính gửi:

- Các cơ quan chuyên môn thuộc UBND huyện;
- Chi nhánh Văn phòng Đăng ký đất đai huyện Phú Lương;
- UBND các xã, thị trấn.

Thực hiện Quyết định số 785/QĐ-UBND ngày 28/3/2022 của UBND tỉnh Thái Nguyên về việc giao chỉ tiêu hồ sơ trực tuyến, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2022; Kế hoạch số 52/KH-UBND ngày 02/3/2022 của UBND huyện về cải cách hành chính năm 2022.

Năm 2021, tỷ lệ hồ sơ giải quyết trực tuyến mức độ 3, 4 của toàn huyện mới đạt 12,7%, tỷ lệ hồ sơ giải quyết đúng hạn đạt 93,4%, thấp hơn mức bình quân của tỉnh.

Để hoàn thành chỉ tiêu tỉnh giao, UBND huyện giao chỉ tiêu năm 2022 cho các cơ quan, đơn vị, địa phương theo Phụ lục kèm theo và yêu cầu:

1. Thủ trưởng các cơ quan chuyên môn, Giám đốc Chi nhánh Văn phòng Đăng ký đất đai huyện, Chủ tịch UBND các xã, thị trấn phân công công chức hướng dẫn người dân nộp hồ sơ trực tuyến; chịu trách nhiệm trước Chủ tịch UBND huyện về kết quả thực hiện chỉ tiêu được giao.

2. Bộ phận Tiếp nhận và Trả kết quả huyện thực hiện số hóa hồ sơ, kết quả giải quyết thủ tục hành chính ngay khi tiếp nhận; định kỳ trước ngày 20 hằng tháng báo cáo kết quả về Văn phòng HĐND và UBND huyện.

3. Văn phòng HĐND và UBND huyện theo dõi, đôn đốc, tổng hợp, báo cáo Chủ tịch UBND huyện.

Yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc thực hiện./.

| **Nơi nhận:**<br>- Như trên;<br>- TT Huyện ủy, TT HĐND huyện;<br>- CT, các PCT UBND huyện;<br>- Lưu: VT, VP. | **KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH**<br><br><br>**Ma Thị Hồng Nhung** |
|---|---|

**PHỤ LỤC**

**CHỈ TIÊU TỶ LỆ HỒ SƠ TRỰC TUYẾN, SỐ HÓA HỒ SƠ, KẾT QUẢ GIẢI QUYẾT TTHC NĂM 2022**

*(Kèm theo Công văn số 1342/UBND-VP ngày 15/4/2022 của UBND huyện Phú Lương)*

'''


def table_and_targets():
    lines = ['| STT | Đơn vị | Chỉ tiêu | Giá trị giao | Ghi chú |', '|---|---|---|---|---|']
    ts = []
    for code, title, style, units in BLOCKS:
        if code:
            lines.append(f'| **{code}** | **{title}** |  |  |  |')
        for stt, name, spell, rows in units:
            for k, ((label, metric), val, note) in enumerate(rows):
                first = k == 0
                s = stt if first else ''
                n = name if (first or style == 'repeat') else ''
                lines.append(f'| {s} | {n} | {label} | {val} | {note} |')
                p = cell(val)
                if p is None:
                    continue
                ts.append(T(spell, metric, p[0], label, 'table', Y, comparator=p[1],
                            unit_group=title, note=note or None))
    return lines, ts


def main():
    lines, table_ts = table_and_targets()
    write_doc(SEED, HEAD + '\n'.join(lines) + '\n')
    doc = {
        'number': '1342/UBND-VP', 'symbol': 'UBND-VP', 'serial': '1342', 'type': 'cong_van',
        'issuer': 'Ủy ban nhân dân huyện Phú Lương', 'place': 'Phú Lương', 'date': '2022-04-15',
        'subject': 'Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2022',
        'signer': 'Ma Thị Hồng Nhung',
        'references': ['785/QĐ-UBND', '52/KH-UBND'],
    }
    write_gold(SEED, [{'document': doc, 'targets': table_ts}])


if __name__ == '__main__':
    main()
