#!/usr/bin/env python3
"""v3_05: Quảng Trị decision 612/QĐ-UBND (25/3/2021), OCR text of a clean scan
of its Công báo print: the running head "CÔNG BÁO/Số 15/Ngày 05-4-2021" with
the Công báo page number sits at the top of every page after the first.

Two appendices: Phụ lục I (sở, ban, ngành × 3 indicators) and Phụ lục II
(UBND huyện, thị xã, thành phố × 3 indicators), each with its own caption
and header; the header cells ("mức độ 3, 4 (%)") carry digits that are not
values.
"""
import os
from common import DOCS, T, num, write_gold
from ocr import OCR

SEED = 'v3_05_quangtri_qd_2021.txt'
Y = 2021
PROV = [None, 'Toàn tỉnh', 'Tỉnh Quảng Trị']
COLS = [
    (['Tỷ lệ hồ sơ trực tuyến', 'mức độ 3, 4 (%)'], 'online_dossier_rate'),
    (['Tỷ lệ hồ sơ thanh', 'toán trực tuyến (%)'], 'online_payment_rate'),
    (['Tỷ lệ hồ sơ giải quyết', 'đúng hạn (%)'], 'on_time_resolution_rate'),
]
GA = 'Sở, ban, ngành tỉnh'
GB = 'UBND các huyện, thị xã, thành phố'
RH = 'CÔNG BÁO/Số 15/Ngày 05-4-2021'


def S(name):
    return [name, name + ' tỉnh Quảng Trị']


def H(name):
    return ['UBND ' + name[0].lower() + name[1:], name]


# (printed stt, name lines, spellings, 3 cells, note lines) | ('PB', công báo page)
APP1 = [
    ('1', ['Sở Tư pháp'], S('Sở Tư pháp'), ['50', '30', '98'], []),
    ('2', ['Sở Kế hoạch và Đầu tư'], S('Sở Kế hoạch và Đầu tư'), ['60', '25', '98'], []),
    ('3', ['Sở Công Thương'], S('Sở Công Thương'), ['45', '20', '98'], []),
    ('4', ['Sở Giao thông vận tải'], S('Sở Giao thông vận tải'), ['55', '35', '97'], []),
    ('5', ['Sở Xây dựng'], S('Sở Xây dựng'), ['40', '15', '98'], []),
    ('6', ['Sở Tài nguyên và', 'Môi trường'], S('Sở Tài nguyên và Môi trường'), ['25', '20', '95'],
     ['Trừ lĩnh vực', 'đất đai']),
    ('7', ['Sở Lao động -', 'Thương binh và Xã hội'], S('Sở Lao động - Thương binh và Xã hội'),
     ['35', '-', '98'], ['Không thu phí,', 'lệ phí']),
    ('8', ['Ban Quản lý Khu kinh', 'tế tỉnh'], ['Ban Quản lý Khu kinh tế tỉnh', 'Ban Quản lý Khu kinh tế tỉnh Quảng Trị'],
     ['40', '20', '98'], []),
]
APP2 = [
    ('l', ['Thành phố Đông Hà'], H('Thành phố Đông Hà'), ['35', '20', '97'], []),
    ('2', ['Thị xã Quảng Trị'], H('Thị xã Quảng Trị'), ['30', '15', '97'], []),
    ('3', ['Huyện Vĩnh Linh'], H('Huyện Vĩnh Linh'), ['25', '15', '96'], []),
    ('4', ['Huyện Gio Linh'], H('Huyện Gio Linh'), ['25', '15', '96'], []),
    ('5', ['Huyện Cam Lộ'], H('Huyện Cam Lộ'), ['25', '15', '96'], []),
    ('PB', 11),
    ('6', ['Huyện Triệu Phong'], H('Huyện Triệu Phong'), ['25', '10', '96'], []),
    ('7', ['Huyện Hải Lăng'], H('Huyện Hải Lăng'), ['25', '10', '96'], []),
    ('8', ['Huyện Hướng Hóa'], H('Huyện Hướng Hóa'), ['20', '10', '95'], []),
    ('9', ['Huyện Đakrông'], H('Huyện Đakrông') + ['UBND huyện Đa Krông'], ['15', '_', '95'], []),
    ('1O', ['Huyện đảo Cồn Cỏ'], H('Huyện đảo Cồn Cỏ') + ['UBND huyện Cồn Cỏ', 'Huyện Cồn Cỏ'],
     ['-', '-', '95'], ['Chưa phát sinh', 'hồ sơ trực tuyến']),
]

HEAD = '''ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG TRỊ Độc lập - Tự do - Hạnh phúc
—— ——'''
NUMLINE = 'Số: 612/QĐ-UBND Quảng Trị, ngày 25 tháng 3 năm 2021'
SUBJECT = ('Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến mức độ 3, 4, thanh toán trực tuyến và '
           'giải quyết hồ sơ đúng hạn năm 2021 cho các sở, ban, ngành, địa phương')

PROSE = [
    ('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ', [], 'line'),
    ('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung '
     'một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng '
     '11 năm 2019;', [], 'para'),
    ('Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế '
     'một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;', [], 'para'),
    ('Căn cứ Nghị quyết số 01/NQ-CP ngày 01 tháng 01 năm 2021 của Chính phủ về nhiệm vụ, giải pháp '
     'chủ yếu thực hiện kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2021;',
     [], 'para'),
    ('Xét đề nghị của Chánh Văn phòng UBND tỉnh tại Tờ trình số 39/TTr-VP ngày 18 tháng 3 năm 2021.',
     [], 'para'),
    ('QUYẾT ĐỊNH:', [], 'line'),
    ('Điều 1. Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến mức độ 3, 4, tỷ lệ hồ sơ thanh toán trực tuyến '
     'và tỷ lệ hồ sơ giải quyết đúng hạn năm 2021 cho các sở, ban, ngành tỉnh (Phụ lục I) và Ủy ban '
     'nhân dân các huyện, thị xã, thành phố (Phụ lục II) kèm theo Quyết định này.', [], 'para'),
    ('Điều 2. Năm 2020, tỷ lệ hồ sơ trực tuyến mức độ 3, 4 của tỉnh đạt 11,2%, tỷ lệ thanh toán trực '
     'tuyến đạt 1,6%. Phấn đấu năm 2021 toàn tỉnh đạt tỷ lệ hồ sơ trực tuyến mức độ 3, 4 tối thiểu '
     '30% và tỷ lệ hồ sơ thanh toán trực tuyến tối thiểu 15% trên tổng số hồ sơ có thu phí, lệ phí.',
     [T(PROV, 'online_dossier_rate', 30, 'tỷ lệ hồ sơ trực tuyến mức độ 3, 4', 'prose', Y),
      T(PROV, 'online_payment_rate', 15, 'tỷ lệ hồ sơ thanh toán trực tuyến', 'prose', Y)], 'para'),
    ('Điều 3. Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh) theo dõi, đôn đốc, tổng '
     'hợp kết quả thực hiện hằng quý; kết quả là tiêu chí chấm điểm cải cách hành chính năm 2021 '
     'của các cơ quan, đơn vị, địa phương.', [], 'para'),
    ('Điều 4. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND tỉnh, Thủ trưởng các sở, '
     'ban, ngành tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố và các cơ quan, đơn vị liên quan '
     'chịu trách nhiệm thi hành Quyết định này./.', [], 'para'),
]

SIGN = '''Nơi nhận: KT. CHỦ TỊCH
- Như Điều 4; PHÓ CHỦ TỊCH
- Văn phòng Chính phủ (Cục KSTTHC);
- CT, các PCT UBND tỉnh;
- Lưu: VT, TTPVHCC. Hồ Sĩ Trung'''


def table(o, rows, group, first_page_cb):
    ts = []

    def header():
        o.row(['STT', 'Tên cơ quan, đơn vị'] + [h for h, _ in COLS] + ['Ghi chú'])
    header()
    for r in rows:
        if r[0] == 'PB':
            first_page_cb(r[1])
            header()
            continue
        stt, names, units, cells, notes = r
        o.row([stt, names] + cells + [notes or ''])
        note = ' '.join(notes) or None
        for (hdr, metric), c in zip(COLS, cells):
            v = num(c)
            if v is None:
                continue
            ts.append(T(units, metric, v, ' '.join(hdr), 'table', Y, unit_group=group, note=note))
    return ts


def main():
    o = OCR(505)

    def cb_page(n):
        head = f'{RH} {n}' if n % 2 else f'{n} {RH}'
        o.page(None, head=head)

    o.lines(HEAD)
    o.line(NUMLINE, noise=False)
    o.blank()
    o.line('QUYẾT ĐỊNH')
    o.para(SUBJECT, rn=False, width=80)
    o.line('——')
    targets = []
    for text, ts, how in PROSE:
        if text.startswith('Điều 2.'):
            cb_page(8)
        if how == 'line':
            o.line(text)
        else:
            o.para(text)
        targets += ts
    o.lines(SIGN)
    cb_page(9)
    o.line('Phụ lục I')
    o.line('CHỈ TIÊU GIAO CHO CÁC SỞ, BAN, NGÀNH TỈNH NĂM 2021')
    o.line('(Kèm theo Quyết định số 612/QĐ-UBND ngày 25/3/2021 của Chủ tịch UBND tỉnh)', noise=False)
    targets += table(o, APP1, GA, cb_page)
    cb_page(10)
    o.line('Phụ lục II')
    o.line('CHỈ TIÊU GIAO CHO ỦY BAN NHÂN DÂN CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ NĂM 2021')
    o.line('(Kèm theo Quyết định số 612/QĐ-UBND ngày 25/3/2021 của Chủ tịch UBND tỉnh)', noise=False)
    targets += table(o, APP2, GB, cb_page)
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(o.text())
    doc = {
        'number': '612/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '612', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Quảng Trị', 'place': 'Quảng Trị', 'date': '2021-03-25',
        'subject': SUBJECT, 'signer': 'Hồ Sĩ Trung',
        'references': ['61/2018/NĐ-CP', '01/NQ-CP', '39/TTr-VP'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets}])
    print('slips:', len(o.slips), o.slips[:12])


if __name__ == '__main__':
    main()
