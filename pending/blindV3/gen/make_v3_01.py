#!/usr/bin/env python3
"""v3_01: Quảng Ngãi decision 1586/QĐ-UBND (20/10/2022), OCR text of a clean scan.

Prose Điều 2 sets province-wide levels; the appendix is units × 5 indicators in
sections A (sở, ban, ngành) / B (UBND huyện, thị xã, thành phố), read row by
row: rules lost, two-line header cells interleaved, a column-number row,
long unit names wrapping under themselves, a blank cell as "-", "_" or
nothing, page numbers and the repeated header row at each page top.
"""
import os
from common import DOCS, T, num, write_gold
from ocr import OCR

SEED = 'v3_01_quangngai_qd_2022.txt'
Y = 2022
PROV = [None, 'Toàn tỉnh', 'Tỉnh Quảng Ngãi']

COLS = [
    (['Tỷ lệ hồ sơ được tiếp nhận,', 'giải quyết trực tuyến (%)'], 'online_dossier_rate'),
    (['Tỷ lệ thanh toán', 'trực tuyến (%)'], 'online_payment_rate'),
    (['Tỷ lệ số hóa', 'hồ sơ (%)'], 'dossier_digitization_rate'),
    (['Tỷ lệ số hóa kết quả', 'giải quyết TTHC (%)'], 'result_digitization_rate'),
    (['Tỷ lệ hồ sơ giải quyết', 'đúng hạn (%)'], 'on_time_resolution_rate'),
]
GA = 'Sở, ban, ngành tỉnh'
GB = 'UBND các huyện, thị xã, thành phố'


def S(name):
    return [name, name + ' tỉnh Quảng Ngãi']


def H(name):
    return ['UBND ' + name[0].lower() + name[1:], name]


# ('S', code, printed title, group) | ('PB', page) | (printed stt, name lines, spellings, 5 cells, note lines)
# a cell None = blank read as nothing (a wide gap); '-' / '_' = blank read as a mark
ROWS = [
    ('S', 'A', 'SỞ, BAN, NGÀNH TỈNH', GA),
    ('1', ['Sở Tư pháp'], S('Sở Tư pháp'), ['60', '45', '70', '100', '98'], []),
    ('2', ['Sở Kế hoạch và Đầu tư'], S('Sở Kế hoạch và Đầu tư'), ['65', '40', '70', '100', '98'], []),
    ('3', ['Sở Công Thương'], S('Sở Công Thương'), ['55', '35', '60', '100', '98'], []),
    ('4', ['Sở Giao thông vận tải'], S('Sở Giao thông vận tải'), ['60', '50', '65', '100', '97,5'], []),
    ('5', ['Sở Lao động -', 'Thương binh và Xã hội'], S('Sở Lao động - Thương binh và Xã hội'),
     ['40', '-', '50', '100', '98'], ['Không phát sinh', 'phí, lệ phí']),
    ('6', ['Sở Tài nguyên và', 'Môi trường'], S('Sở Tài nguyên và Môi trường'),
     ['30', '30', '40', '90', '95'], ['Lĩnh vực đất đai']),
    ('7', ['Sở Văn hóa, Thể thao', 'và Du lịch'], S('Sở Văn hóa, Thể thao và Du lịch'),
     ['50', '30', '60', '100', '98'], []),
    ('PB', 2),
    ('8', ['Sở Y tế'], S('Sở Y tế'), ['45', '_', '55', '100', '98'], []),
    ('9', ['Ban Quản lý Khu kinh', 'tế Dung Quất và các', 'Khu công nghiệp Quảng Ngãi'],
     ['Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi',
      'Ban Quản lý Khu kinh tế Dung Quất và các KCN Quảng Ngãi'],
     ['50', '35', '60', '100', '98'], []),
    ('1O', ['Sở Nông nghiệp và', 'Phát triển nông thôn'], S('Sở Nông nghiệp và Phát triển nông thôn'),
     ['35', '25', '50', '100', '97'], []),
    ('S', 'B', 'UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ', GB),
    ('l', ['Thành phố Quảng Ngãi'], H('Thành phố Quảng Ngãi'), ['45', '30', '55', '100', '98'], []),
    ('2', ['Thị xã Đức Phổ'], H('Thị xã Đức Phổ'), ['40', '25', '50', '100', '97'], []),
    ('3', ['Huyện Bình Sơn'], H('Huyện Bình Sơn'), ['40', '25', '50', '100', '97'], []),
    ('4', ['Huyện Sơn Tịnh'], H('Huyện Sơn Tịnh'), ['35', '20', '45', '100', '97'], []),
    ('5', ['Huyện Tư Nghĩa'], H('Huyện Tư Nghĩa'), ['35', '20', '45', '100', '97'], []),
    ('6', ['Huyện Nghĩa Hành'], H('Huyện Nghĩa Hành'), ['30', '20', '40', '100', '97'], []),
    ('7', ['Huyện Mộ Đức'], H('Huyện Mộ Đức'), ['30', '20', '40', '100', '97'], []),
    ('8', ['Huyện Minh Long'], H('Huyện Minh Long'), ['25', None, '35', '95', '96'],
     ['Không giao chỉ tiêu', 'thanh toán trực tuyến']),
    ('PB', 3),
    ('9', ['Huyện Ba Tơ'], H('Huyện Ba Tơ'), ['25', '15', '35', '95', '96'], []),
    ('10', ['Huyện Sơn Hà'], H('Huyện Sơn Hà'), ['25', '15', '35', '95', '96'], []),
    ('1l', ['Huyện Sơn Tây'], H('Huyện Sơn Tây'), ['20', '10', '30', '95', '96,5'], []),
    ('12', ['Huyện Trà Bồng'], H('Huyện Trà Bồng'), ['25', '15', '35', '95', '96'], []),
    ('13', ['Huyện Lý Sơn'], H('Huyện Lý Sơn'), ['20', '-', '30', '90', '95'],
     ['Không phát sinh hồ sơ', 'có thu phí']),
]

HEAD = '''ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc
—— — —
Số: 1586/QĐ-UBND Quảng Ngãi, ngày 2O tháng 10 năm 2022'''

SUBJECT = ('Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến, số hóa hồ sơ, '
           'kết quả giải quyết thủ tục hành chính và giải quyết hồ sơ đúng hạn năm 2022')

PROSE = [
    ('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung '
     'một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng '
     '11 năm 2019;', []),
    ('Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế '
     'một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;', []),
    ('Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt '
     'Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong '
     'thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;', []),
    ('Căn cứ Kế hoạch số 142/KH-UBND ngày 18 tháng 7 năm 2022 của Ủy ban nhân dân tỉnh triển khai '
     'thực hiện Quyết định số 766/QĐ-TTg;', []),
    ('Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh tại Tờ trình số 4417/TTr-VP ngày 12 '
     'tháng 10 năm 2022.', []),
    ('QUYẾT ĐỊNH:', []),
    ('Điều 1. Giao chỉ tiêu năm 2022 về tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết '
     'trực tuyến; tỷ lệ thanh toán trực tuyến; tỷ lệ số hóa hồ sơ; tỷ lệ số hóa kết quả giải quyết '
     'thủ tục hành chính và tỷ lệ hồ sơ giải quyết đúng hạn cho các sở, ban, ngành tỉnh và Ủy ban '
     'nhân dân các huyện, thị xã, thành phố (chi tiết tại Phụ lục kèm theo).', []),
    ('Điều 2. Trong 9 tháng đầu năm 2022, tỷ lệ hồ sơ trực tuyến của toàn tỉnh mới đạt 18,7%, tỷ lệ '
     'thanh toán trực tuyến đạt 6,2%, thấp hơn bình quân chung của cả nước. Mục tiêu chung của tỉnh '
     'đến ngày 31/12/2022: tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến '
     'toàn tỉnh đạt tối thiểu 40%; tỷ lệ thanh toán trực tuyến đạt tối thiểu 25%; tỷ lệ hồ sơ giải '
     'quyết đúng hạn đạt từ 99% trở lên. Ủy ban nhân dân các xã, phường, thị trấn bảo đảm tỷ lệ số '
     'hóa hồ sơ đạt tối thiểu 30%.',
     [T(PROV, 'online_dossier_rate', 40, 'tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến', 'prose', Y),
      T(PROV, 'online_payment_rate', 25, 'tỷ lệ thanh toán trực tuyến', 'prose', Y),
      T(PROV, 'on_time_resolution_rate', 99, 'tỷ lệ hồ sơ giải quyết đúng hạn', 'prose', Y),
      T(['UBND các xã, phường, thị trấn', 'Cấp xã', 'UBND cấp xã'], 'dossier_digitization_rate', 30,
        'tỷ lệ số hóa hồ sơ', 'prose', Y)]),
    ('Điều 3. Tổ chức thực hiện', []),
    ('1. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố '
     'chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả thực hiện chỉ tiêu được giao; '
     'chỉ đạo công chức Bộ phận Một cửa hướng dẫn người dân, doanh nghiệp nộp hồ sơ trực tuyến.', []),
    ('2. Văn phòng Ủy ban nhân dân tỉnh chủ trì theo dõi, đôn đốc; định kỳ hằng tháng (trước ngày 25) '
     'tổng hợp kết quả, báo cáo Chủ tịch Ủy ban nhân dân tỉnh; kết quả thực hiện chỉ tiêu là một '
     'trong những căn cứ chấm điểm Chỉ số cải cách hành chính năm 2022.', []),
    ('3. Sở Thông tin và Truyền thông bảo đảm hạ tầng kỹ thuật, đường truyền của Hệ thống thông tin '
     'giải quyết thủ tục hành chính tỉnh hoạt động thông suốt.', []),
    ('Điều 4. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám '
     'đốc các sở, Thủ trưởng các ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành '
     'phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.', []),
]

SIGN = '''Nơi nhận: KT. CHỦ TỊCH
- Như Điều 4; PHÓ CHỦ TỊCH
- Văn phòng Chính phủ (Cục KSTTHC);
- Bộ Thông tin và Truyền thông;
- TT Tỉnh ủy, TT HĐND tỉnh;
- CT, PCT UBND tỉnh; Trương Minh Khoa
- VPUB: CVP, PCVP, CBTH;
- Lưu: VT, KSTTHC.'''


def header(o):
    o.row(['STT', 'Tên cơ quan, đơn vị'] + [h for h, _ in COLS] + ['Ghi chú'])
    o.line('(1) (2) (3) (4) (5) (6) (7) (8)', noise=False)


def main():
    o = OCR(101)
    o.lines(HEAD[:HEAD.rindex('\n')])
    o.line(HEAD[HEAD.rindex('\n') + 1:], noise=False)
    o.blank()
    o.line('QUYẾT ĐỊNH')
    o.para(SUBJECT, rn=False, width=80)
    o.line('——')
    o.line('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI')
    targets = []
    for text, ts in PROSE:
        if text.startswith('Điều 3.'):
            o.page(2)            # page 2 of the decision starts at Điều 3
        o.para(text)
        targets += ts
    o.lines(SIGN)
    o.blank()
    o.blank()
    # appendix (landscape page)
    o.line('PHỤ LỤC')
    o.line('CHỈ TIÊU TỶ LỆ HỒ SƠ TRỰC TUYẾN, THANH TOÁN TRỰC TUYẾN, SỐ HÓA VÀ GIẢI QUYẾT ĐÚNG HẠN')
    o.line('NĂM 2022 CỦA CÁC SỞ, BAN, NGÀNH TỈNH VÀ UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ')
    o.line('(Kèm theo Quyết định số 1586/QĐ-UBND ngày 20/10/2022 của Chủ tịch UBND tỉnh Quảng Ngãi)', noise=False)
    header(o)
    group = None
    page = 3
    for r in ROWS:
        if r[0] == 'S':
            group = r[3]
            o.row([r[1], r[2]])
            continue
        if r[0] == 'PB':
            page += 1
            o.page(page)
            header(o)
            continue
        stt, names, units, cells, notes = r
        o.row([stt, names] + cells + [notes or ''])
        note = ' '.join(notes) or None
        for (hdr, metric), c in zip(COLS, cells):
            if c is None or num(c) is None:
                continue
            targets.append(T(units, metric, num(c), ' '.join(hdr), 'table', Y, unit_group=group, note=note))
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(o.text())
    doc = {
        'number': '1586/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '1586', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Quảng Ngãi', 'place': 'Quảng Ngãi', 'date': '2022-10-20',
        'subject': SUBJECT, 'signer': 'Trương Minh Khoa',
        'references': ['61/2018/NĐ-CP', '766/QĐ-TTg', '142/KH-UBND', '4417/TTr-VP'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets}])
    print('slips:', len(o.slips), o.slips[:12])


if __name__ == '__main__':
    main()
