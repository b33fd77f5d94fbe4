#!/usr/bin/env python3
"""r3_01: Hưng Yên decision 1385/QĐ-UBND (14/7/2023) amending the targets of an
earlier decision (412/QĐ-UBND, 24/02/2023). Plain UTF-8 text, tab tables.

Điều 1 amends in prose ("từ 20% thành 30%", "(Quyết định số 412/QĐ-UBND giao
40%)", "bãi bỏ chỉ tiêu … 35%") and replaces the appendix; the new appendix is a
tab table with, per indicator, two columns "Đã giao tại QĐ 412" (old value, no
target) and "Điều chỉnh" (new value, the target). The prose paragraphs and the
table rows below write both the text and the gold.
"""
import os
from common import DOCS, T, num, write_gold

SEED = 'r3_01_hungyen_qd_2023.txt'
Y = 2023
PROV = [None, 'Toàn tỉnh', 'Tỉnh Hưng Yên']
C_TINH = ['Cấp tỉnh', 'Các cơ quan, đơn vị cấp tỉnh']
C_HUYEN = ['Cấp huyện', 'Các cơ quan, đơn vị cấp huyện']
C_XA = ['Cấp xã', 'UBND cấp xã']
CA = ['Công an tỉnh', 'Công an tỉnh Hưng Yên']

M_OD = 'tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính'
M_FO = 'tỷ lệ hồ sơ trực tuyến toàn trình'
M_PAY = 'tỷ lệ thanh toán trực tuyến'
M_RES = 'tỷ lệ số hóa kết quả giải quyết thủ tục hành chính'

HEAD = '''ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HƯNG YÊN\tĐộc lập - Tự do - Hạnh phúc

Số: 1385/QĐ-UBND\tHưng Yên, ngày 14 tháng 7 năm 2023

QUYẾT ĐỊNH
Sửa đổi, bổ sung một số chỉ tiêu tại Quyết định số 412/QĐ-UBND ngày 24/02/2023
của Ủy ban nhân dân tỉnh về giao chỉ tiêu sử dụng dịch vụ công trực tuyến,
thanh toán trực tuyến năm 2023

ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019;
Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng;
Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;
Căn cứ Quyết định số 412/QĐ-UBND ngày 24/02/2023 của Ủy ban nhân dân tỉnh về giao chỉ tiêu sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến năm 2023;
Theo đề nghị của Bộ Thông tin và Truyền thông tại Văn bản số 2187/BTTTT-CĐSQG ngày 30/5/2023 và của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 87/TTr-STTTT ngày 06/7/2023.

QUYẾT ĐỊNH:

Điều 1. Sửa đổi, bổ sung một số chỉ tiêu tại Điều 1 và Phụ lục kèm theo Quyết định số 412/QĐ-UBND ngày 24/02/2023 của Ủy ban nhân dân tỉnh như sau:
'''

# (paragraph, targets it holds)
PROSE = [
    ('1. Sửa đổi khoản 2 Điều 1 như sau:\n"2. Chỉ tiêu chung toàn tỉnh năm 2023: tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính đạt tối thiểu 50% (Quyết định số 412/QĐ-UBND giao 40%); tỷ lệ thanh toán trực tuyến đạt tối thiểu 45%."',
     [T(PROV, 'online_dossier_rate', 50, M_OD, 'prose', Y),
      T(PROV, 'online_payment_rate', 45, M_PAY, 'prose', Y)]),
    ('2. Điều chỉnh chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình của toàn tỉnh năm 2023 từ 20% thành 30%.',
     [T(PROV, 'full_online_dossier_rate', 30, M_FO, 'prose', Y)]),
    ('3. Bổ sung khoản 3 vào Điều 1 như sau:\n"3. Tỷ lệ số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực: cấp tỉnh đạt tối thiểu 80%, cấp huyện đạt tối thiểu 60%, cấp xã đạt tối thiểu 40%."',
     [T(C_TINH, 'result_digitization_rate', 80, M_RES, 'prose', Y),
      T(C_HUYEN, 'result_digitization_rate', 60, M_RES, 'prose', Y),
      T(C_XA, 'result_digitization_rate', 40, M_RES, 'prose', Y)]),
    ('4. Sửa đổi chỉ tiêu giao cho Công an tỉnh: tỷ lệ hồ sơ trực tuyến toàn trình đối với thủ tục hành chính lĩnh vực cư trú, căn cước từ 50% thành 70%.',
     [T(CA, 'full_online_dossier_rate', 70, M_FO, 'prose', Y, note='lĩnh vực cư trú, căn cước')]),
    ('5. Bãi bỏ chỉ tiêu tỷ lệ thanh toán trực tuyến 35% đã giao cho Ban Quản lý các khu công nghiệp tỉnh tại Quyết định số 412/QĐ-UBND do đơn vị không phát sinh thủ tục hành chính có thu phí, lệ phí.', []),
    ('6. Thay thế Phụ lục kèm theo Quyết định số 412/QĐ-UBND bằng Phụ lục kèm theo Quyết định này. Cột "Đã giao tại QĐ 412" tại Phụ lục chỉ dùng để đối chiếu.', []),
]

TAIL = '''
Điều 2. Các nội dung khác tại Quyết định số 412/QĐ-UBND ngày 24/02/2023 của Ủy ban nhân dân tỉnh không sửa đổi, bổ sung tại Quyết định này vẫn giữ nguyên hiệu lực thi hành. Kết quả 6 tháng đầu năm 2023: tỷ lệ hồ sơ trực tuyến của toàn tỉnh đạt 43,6%, tỷ lệ thanh toán trực tuyến đạt 29,8%.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Thông tin và Truyền thông, Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:\tTM. ỦY BAN NHÂN DÂN
- Như Điều 3;\tKT. CHỦ TỊCH
- Bộ Thông tin và Truyền thông;\tPHÓ CHỦ TỊCH
- TT Tỉnh ủy, TT HĐND tỉnh;
- Chủ tịch, các PCT UBND tỉnh;
- Lưu: VT, KGVX.\tNguyễn Đình Khôi


PHỤ LỤC
CHỈ TIÊU SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN, THANH TOÁN TRỰC TUYẾN NĂM 2023 (SỬA ĐỔI, BỔ SUNG)
(Kèm theo Quyết định số 1385/QĐ-UBND ngày 14/7/2023 của Ủy ban nhân dân tỉnh Hưng Yên)

Đơn vị tính: %
'''

COLS = [
    ('Tỷ lệ hồ sơ trực tuyến', 'online_dossier_rate'),
    ('Tỷ lệ hồ sơ trực tuyến toàn trình', 'full_online_dossier_rate'),
    ('Tỷ lệ thanh toán trực tuyến', 'online_payment_rate'),
]


def S(name):
    return [name, name + ' tỉnh Hưng Yên']


def H(name):
    return ['UBND ' + name[0].lower() + name[1:], name]


GA = 'Sở, ban, ngành tỉnh'
GB = 'UBND các huyện, thị xã, thành phố'
# ('S', code, title) or (stt, printed name, spellings, [old, new] × 3, ghi chú)
ROWS = [
    ('S', 'I', 'SỞ, BAN, NGÀNH TỈNH', GA),
    (1, 'Sở Tư pháp', S('Sở Tư pháp'), ['40', '55', '20', '35', '30', '45'], ''),
    (2, 'Sở Kế hoạch và Đầu tư', S('Sở Kế hoạch và Đầu tư'), ['60', '70', '30', '40', '40', '50'], ''),
    (3, 'Sở Tài chính', S('Sở Tài chính'), ['40', '50', '20', '30', '40', '50'], ''),
    (4, 'Sở Xây dựng', S('Sở Xây dựng'), ['40', '50', '15', '25', '30', '40'], ''),
    (5, 'Sở Giao thông vận tải', S('Sở Giao thông vận tải'), ['50', '65', '30', '45', '40', '55'], ''),
    (6, 'Sở Tài nguyên và Môi trường', S('Sở Tài nguyên và Môi trường'), ['30', '40', '10', '20', '30', '35'], 'Lĩnh vực đất đai thực hiện theo lộ trình'),
    (7, 'Sở Lao động - Thương binh và Xã hội', S('Sở Lao động - Thương binh và Xã hội'), ['40', '50', '20', '30', '', ''], 'Không phát sinh TTHC có thu phí'),
    (8, 'Sở Công Thương', S('Sở Công Thương'), ['50', '60', '30', '40', '40', '50'], ''),
    (9, 'Ban Quản lý các khu công nghiệp tỉnh', ['Ban Quản lý các khu công nghiệp tỉnh', 'Ban Quản lý các khu công nghiệp tỉnh Hưng Yên'],
     ['50', '60', '30', '40', '35', ''], 'Bãi bỏ chỉ tiêu thanh toán trực tuyến'),
    ('S', 'II', 'UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ', GB),
    (1, 'Thành phố Hưng Yên', H('Thành phố Hưng Yên'), ['40', '50', '20', '30', '30', '40'], ''),
    (2, 'Thị xã Mỹ Hào', H('Thị xã Mỹ Hào'), ['40', '50', '20', '30', '30', '40'], ''),
    (3, 'Huyện Văn Lâm', H('Huyện Văn Lâm'), ['35', '45', '', '25', '25', '35'], 'Bổ sung chỉ tiêu toàn trình'),
    (4, 'Huyện Văn Giang', H('Huyện Văn Giang'), ['35', '45', '', '25', '25', '35'], 'Bổ sung chỉ tiêu toàn trình'),
    (5, 'Huyện Yên Mỹ', H('Huyện Yên Mỹ'), ['35', '45', '15', '25', '25', '35'], ''),
    (6, 'Huyện Khoái Châu', H('Huyện Khoái Châu'), ['30', '40', '15', '25', '25', '35'], ''),
    (7, 'Huyện Ân Thi', H('Huyện Ân Thi'), ['30', '40', '15', '22,5', '20', '30'], ''),
    (8, 'Huyện Kim Động', H('Huyện Kim Động'), ['30', '40', '15', '22,5', '20', '30'], ''),
    (9, 'Huyện Phù Cừ', H('Huyện Phù Cừ'), ['30', '37,5', '10', '20', '20', '30'], ''),
    (10, 'Huyện Tiên Lữ', H('Huyện Tiên Lữ'), ['30', '37,5', '10', '20', '20', '30'], ''),
]


def table():
    lines = ['STT\tTên đơn vị\t' + '\t\t'.join(c for c, _ in COLS) + '\t\tGhi chú',
             '\t\t' + '\t'.join(['Đã giao tại QĐ 412', 'Điều chỉnh'] * 3) + '\t']
    ts, group = [], None
    for r in ROWS:
        if r[0] == 'S':
            group = r[3]
            lines.append(f'{r[1]}\t{r[2]}' + '\t' * 7)
            continue
        stt, name, units, cells, note = r
        lines.append('\t'.join([str(stt), name] + cells + [note]))
        for k, (hdr, metric) in enumerate(COLS):
            v = num(cells[2 * k + 1])          # the "Điều chỉnh" column only
            if v is None:
                continue
            ts.append(T(units, metric, v, hdr + ' (Điều chỉnh)', 'table', Y, unit_group=group, note=note or None))
    return lines, ts


def main():
    lines, tts = table()
    text = HEAD + '\n'.join(p for p, _ in PROSE) + '\n' + TAIL + '\n'.join(lines) + '\n'
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(text)
    doc = {
        'number': '1385/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '1385', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Hưng Yên', 'place': 'Hưng Yên', 'date': '2023-07-14',
        'subject': 'Sửa đổi, bổ sung một số chỉ tiêu tại Quyết định số 412/QĐ-UBND ngày 24/02/2023 của Ủy ban nhân dân tỉnh về giao chỉ tiêu sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến năm 2023',
        'signer': 'Nguyễn Đình Khôi',
        'references': ['42/2022/NĐ-CP', '766/QĐ-TTg', '412/QĐ-UBND', '2187/BTTTT-CĐSQG', '87/TTr-STTTT'],
    }
    ptargets = [t for _, ts in PROSE for t in ts]
    write_gold(SEED, [{'document': doc, 'targets': ptargets + tts}])


if __name__ == '__main__':
    main()
