#!/usr/bin/env python3
"""v3_04: Hà Nam decision 1327/QĐ-UBND (15/8/2022), OCR text of a clean scan.

The appendix is transposed: a row per indicator, a column per district
(6 units: Thành phố Phủ Lý, Thị xã Duy Tiên, huyện Kim Bảng, Thanh Liêm,
Bình Lục, Lý Nhân). The district header cells are two lines each ("Huyện" /
"Kim Bảng"), read as two run-together lines under a spanning "Đơn vị được
giao chỉ tiêu (%)". Pages end with a form feed (as tesseract writes them).
"""
import os
from common import DOCS, T, num, write_gold
from ocr import OCR

SEED = 'v3_04_hanam_qd_2022.txt'
Y = 2022
GROUP = 'UBND các huyện, thị xã, thành phố'
DISTRICTS = [  # (printed header lines, accepted spellings)
    (['Thành phố', 'Phủ Lý'], ['UBND thành phố Phủ Lý', 'Thành phố Phủ Lý']),
    (['Thị xã', 'Duy Tiên'], ['UBND thị xã Duy Tiên', 'Thị xã Duy Tiên']),
    (['Huyện', 'Kim Bảng'], ['UBND huyện Kim Bảng', 'Huyện Kim Bảng']),
    (['Huyện', 'Thanh Liêm'], ['UBND huyện Thanh Liêm', 'Huyện Thanh Liêm']),
    (['Huyện', 'Bình Lục'], ['UBND huyện Bình Lục', 'Huyện Bình Lục']),
    (['Huyện', 'Lý Nhân'], ['UBND huyện Lý Nhân', 'Huyện Lý Nhân']),
]
# (printed stt, indicator lines, metric, comparator, six cells)
ROWS = [
    ('l', ['Tỷ lệ hồ sơ TTHC được tiếp nhận,', 'giải quyết trực tuyến'], 'online_dossier_rate', '>=',
     ['55', '50', '40', '40', '35', '35']),
    ('2', ['Tỷ lệ hồ sơ trực tuyến toàn trình'], 'full_online_dossier_rate', '>=',
     ['30', '25', '20', '20', '-', '15']),
    ('3', ['Tỷ lệ thanh toán trực tuyến trên tổng', 'số hồ sơ có thu phí, lệ phí'], 'online_payment_rate', '>=',
     ['35', '30', '25', '25', '20', '_']),
    ('PB', 4),
    ('4', ['Tỷ lệ số hóa kết quả giải quyết TTHC', 'còn hiệu lực'], 'result_digitization_rate', '>=',
     ['100', '100', '100', '100', '100', '100']),
    ('5', ['Tỷ lệ hồ sơ TTHC giải quyết đúng hạn'], 'on_time_resolution_rate', '>=',
     ['98', '98', '97,5', '97,5', '97', '97']),
    ('6', ['Tỷ lệ phản ánh, kiến nghị của người dân,', 'doanh nghiệp được xử lý đúng hạn'], None, '>=',
     ['100', '100', '100', '100', '100', '100']),
]

HEAD = '''ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HÀ NAM Độc lập - Tự do - Hạnh phúc
———'''
NUMLINE = 'Số: 1327/QĐ-UBND Hà Nam, ngày 15 tháng 8 năm 2022'
SUBJECT = ('Về việc giao chỉ tiêu giải quyết thủ tục hành chính trên môi trường điện tử năm 2022 '
           'cho Ủy ban nhân dân các huyện, thị xã, thành phố')
XA = ['UBND các xã, phường, thị trấn', 'UBND cấp xã', 'Cấp xã']

PROSE = [
    ('ỦY BAN NHÂN DÂN TỈNH HÀ NAM', [], 'line'),
    ('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung '
     'một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng '
     '11 năm 2019;', [], 'para'),
    ('Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ về thực hiện thủ '
     'tục hành chính trên môi trường điện tử;', [], 'para'),
    ('Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ;', [], 'para'),
    ('Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 58/TTr-STTTT ngày 04 '
     'tháng 8 năm 2022.', [], 'para'),
    ('QUYẾT ĐỊNH:', [], 'line'),
    ('Điều 1. Giao chỉ tiêu giải quyết thủ tục hành chính trên môi trường điện tử năm 2022 cho Ủy '
     'ban nhân dân các huyện, thị xã, thành phố (chi tiết tại Phụ lục kèm theo).', [], 'para'),
    ('Sáu tháng đầu năm 2022, tỷ lệ hồ sơ trực tuyến của cấp huyện đạt 24,8%, cấp xã đạt 12,3%; tỷ '
     'lệ thanh toán trực tuyến cấp huyện đạt 8,1%.', [], 'para'),
    ('Điều 2. Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố giao chỉ tiêu cho Ủy ban nhân '
     'dân các xã, phường, thị trấn, bảo đảm tỷ lệ hồ sơ trực tuyến của cấp xã không thấp hơn 30%; '
     'báo cáo kết quả giao chỉ tiêu về Sở Thông tin và Truyền thông trước ngày 3O/8/2022.',
     [T(XA, 'online_dossier_rate', 30, 'tỷ lệ hồ sơ trực tuyến của cấp xã', 'prose', Y)], 'para'),
    ('Điều 3. Sở Thông tin và Truyền thông chủ trì theo dõi, hướng dẫn; hằng tháng tổng hợp kết '
     'quả thực hiện, báo cáo Ủy ban nhân dân tỉnh. Văn phòng Ủy ban nhân dân tỉnh phối hợp kiểm '
     'tra việc thực hiện tại Bộ phận Một cửa cấp huyện.', [], 'para'),
    ('Điều 4. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám '
     'đốc Sở Thông tin và Truyền thông, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và '
     'các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.', [], 'para'),
]

SIGN = '''Nơi nhận: TM. ỦY BAN NHÂN DÂN
- Như Điều 4; KT. CHỦ TỊCH
- Bộ Thông tin và Truyền thông; PHÓ CHỦ TỊCH
- Chủ tịch, các PCT UBND tỉnh;
- VPUB: LĐVP, NC, TH;
- Lưu: VT, KSTT.

Vũ Thị Thanh Hương'''


def header(o):
    o.row(['STT', 'Chỉ tiêu', 'Đơn vị được giao chỉ tiêu (%)'])
    o.row([d for d, _ in DISTRICTS])


def main():
    o = OCR(404)
    o.lines(HEAD)
    o.line(NUMLINE, noise=False)
    o.blank()
    o.line('QUYẾT ĐỊNH')
    o.para(SUBJECT, rn=False, width=80)
    o.line('—')
    targets = []
    for text, ts, how in PROSE:
        if text.startswith('Điều 3.'):
            o.page(2, ff=True)
        if how == 'line':
            o.line(text)
        else:
            o.para(text)
        targets += ts
    o.lines(SIGN)
    o.out.append('\f')
    o.blank()
    o.line('Phụ lục')
    o.line('CHỈ TIÊU GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TRÊN MÔI TRƯỜNG ĐIỆN TỬ NĂM 2022')
    o.line('CỦA UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ')
    o.line('(Kèm theo Quyết định số 1327/QĐ-UBND ngày 15/8/2022 của Ủy ban nhân dân tỉnh Hà Nam)', noise=False)
    header(o)
    for r in ROWS:
        if r[0] == 'PB':
            o.page(r[1], ff=True)
            header(o)
            continue
        stt, ind, metric, comp, cells = r
        o.row([stt, ind] + cells)
        for (_, units), c in zip(DISTRICTS, cells):
            v = num(c)
            if v is None:
                continue
            targets.append(T(units, metric, v, ' '.join(ind), 'table', Y, comparator=comp, unit_group=GROUP))
    o.line('Ghi chú: Ô có dấu (-) là không giao chỉ tiêu do đơn vị chưa cung cấp dịch vụ')
    o.line('công trực tuyến toàn trình / chưa phát sinh hồ sơ có thu phí.')
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(o.text())
    doc = {
        'number': '1327/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '1327', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Hà Nam', 'place': 'Hà Nam', 'date': '2022-08-15',
        'subject': SUBJECT, 'signer': 'Vũ Thị Thanh Hương',
        'references': ['45/2020/NĐ-CP', '766/QĐ-TTg', '58/TTr-STTTT'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets}])
    print('slips:', len(o.slips), o.slips[:12])


if __name__ == '__main__':
    main()
