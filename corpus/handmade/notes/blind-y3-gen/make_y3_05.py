#!/usr/bin/env python3
"""y3_05: Quảng Trị provincial plan (Kế hoạch 52/KH-UBND, 22/3/2021) for 2021,
as a DOCX text dump like seed 004: header and signature cells on tab-indented
lines, the appendix table with every cell on its own tab-indented line and a
blank line ending each row; a cell's second line comes without its tab.

Theme Y3:
- "Đơn vị thực hiện" cells naming several units separated by ";" (one target
  per named unit): "Sở TT&TT; Sở KH&ĐT; Sở TN&MT", "Sở Y tế;⏎Sở Giáo dục và
  Đào tạo" (second line without its tab), "Sở LĐ-TB&XH; Sở VH,TT&DL",
  "Công an tỉnh; Bảo hiểm xã hội (BHXH) tỉnh" (parenthesis inside a name),
  "Cục Thuế tỉnh; Kho bạc Nhà nước tỉnh", "UBND thành phố Đông Hà; UBND thị
  xã Quảng Trị" (a town with the province's name);
- a group cell "UBND các huyện, thị xã, thành phố" (one unit) and the group
  "Chi nhánh Văn phòng đăng ký đất đai các huyện, thị xã, thành phố";
- "Đơn vị phối hợp" cells (never units);
- a prose enumeration "các Sở: Tư pháp, Nội vụ, Xây dựng, Công Thương và Ban
  Quản lý Khu kinh tế tỉnh (BQL KKT)" broken over two lines.
"""
import os
from common import DOCS, T, num, write_gold

SEED = 'y3_05_quangtri_kh_2021.txt'
Y = 2021
PV = 'tỉnh Quảng Trị'


def S(full, *abbr):
    return [full, *abbr, f'{full} {PV}']


U = {
    'Sở TT&TT': S('Sở Thông tin và Truyền thông', 'Sở TT&TT'),
    'Sở KH&ĐT': S('Sở Kế hoạch và Đầu tư', 'Sở KH&ĐT'),
    'Sở TN&MT': S('Sở Tài nguyên và Môi trường', 'Sở TN&MT'),
    'Sở Y tế': S('Sở Y tế'),
    'Sở Giáo dục và Đào tạo': S('Sở Giáo dục và Đào tạo', 'Sở GD&ĐT'),
    'Sở LĐ-TB&XH': S('Sở Lao động - Thương binh và Xã hội', 'Sở LĐ-TB&XH', 'Sở Lao động, Thương binh và Xã hội'),
    'Sở VH,TT&DL': S('Sở Văn hóa, Thể thao và Du lịch', 'Sở VH,TT&DL', 'Sở VHTTDL'),
    'UBND các huyện, thị xã, thành phố': ['UBND các huyện, thị xã, thành phố', 'Ủy ban nhân dân các huyện, thị xã, thành phố'],
    'Công an tỉnh': ['Công an tỉnh', 'Công an tỉnh Quảng Trị'],
    'Bảo hiểm xã hội (BHXH) tỉnh': ['Bảo hiểm xã hội tỉnh', 'Bảo hiểm xã hội (BHXH) tỉnh', 'BHXH tỉnh', 'Bảo hiểm xã hội tỉnh Quảng Trị'],
    'Cục Thuế tỉnh': ['Cục Thuế tỉnh', 'Cục Thuế tỉnh Quảng Trị'],
    'Kho bạc Nhà nước tỉnh': ['Kho bạc Nhà nước tỉnh', 'Kho bạc Nhà nước Quảng Trị', 'Kho bạc Nhà nước tỉnh Quảng Trị'],
    'Công ty Điện lực Quảng Trị': ['Công ty Điện lực Quảng Trị', 'Điện lực Quảng Trị'],
    'Trung tâm Phục vụ hành chính công tỉnh': ['Trung tâm Phục vụ hành chính công tỉnh', 'Trung tâm Phục vụ hành chính công tỉnh Quảng Trị'],
    'Chi nhánh Văn phòng đăng ký đất đai các huyện, thị xã, thành phố': [
        'Chi nhánh Văn phòng đăng ký đất đai các huyện, thị xã, thành phố',
        'Các Chi nhánh Văn phòng đăng ký đất đai các huyện, thị xã, thành phố'],
    'UBND thành phố Đông Hà': ['UBND thành phố Đông Hà', 'Thành phố Đông Hà'],
    'UBND thị xã Quảng Trị': ['UBND thị xã Quảng Trị', 'Thị xã Quảng Trị'],
}

OD = 'Tỷ lệ hồ sơ được tiếp nhận, giải quyết trực tuyến mức độ 3, 4 trên tổng số hồ sơ'
# ('S', roman, title) | (stt, metric text, metric, [units], [cell lines as printed], phối hợp, value)
ROWS = [
    ('S', 'I', 'Chỉ tiêu về hồ sơ trực tuyến mức độ 3, 4'),
    (1, OD, 'online_dossier_rate', ['Sở TT&TT', 'Sở KH&ĐT', 'Sở TN&MT'], ['Sở TT&TT; Sở KH&ĐT; Sở TN&MT'], 'Văn phòng UBND tỉnh', '40'),
    (2, OD, 'online_dossier_rate', ['Sở Y tế', 'Sở Giáo dục và Đào tạo'], ['Sở Y tế;', 'Sở Giáo dục và Đào tạo'], 'Sở TT&TT', '30'),
    (3, OD, 'online_dossier_rate', ['Sở LĐ-TB&XH', 'Sở VH,TT&DL'], ['Sở LĐ-TB&XH; Sở VH,TT&DL'], 'Sở TT&TT', '25'),
    (4, OD, 'online_dossier_rate', ['UBND các huyện, thị xã, thành phố'], ['UBND các huyện, thị xã, thành phố'], 'Sở TT&TT; Sở Nội vụ', '20'),
    (5, OD, 'online_dossier_rate', ['Công an tỉnh', 'Bảo hiểm xã hội (BHXH) tỉnh'], ['Công an tỉnh; Bảo hiểm xã hội (BHXH) tỉnh'], 'Văn phòng UBND tỉnh', '50'),
    ('S', 'II', 'Chỉ tiêu về thanh toán trực tuyến'),
    (1, 'Tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí', 'online_payment_rate',
     ['Cục Thuế tỉnh', 'Kho bạc Nhà nước tỉnh'], ['Cục Thuế tỉnh; Kho bạc Nhà nước tỉnh'], 'Sở Tài chính', '35'),
    (2, 'Tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí', 'online_payment_rate',
     ['Công ty Điện lực Quảng Trị'], ['Công ty Điện lực Quảng Trị'], 'Sở Công Thương', '60'),
    ('S', 'III', 'Chỉ tiêu về số hóa hồ sơ, kết quả giải quyết thủ tục hành chính'),
    (1, 'Tỷ lệ số hóa hồ sơ thủ tục hành chính khi tiếp nhận', 'dossier_digitization_rate',
     ['Trung tâm Phục vụ hành chính công tỉnh'], ['Trung tâm Phục vụ hành chính công tỉnh'], 'Sở TT&TT', '50'),
    (2, 'Tỷ lệ số hóa kết quả giải quyết thủ tục hành chính lĩnh vực đất đai', 'result_digitization_rate',
     ['Chi nhánh Văn phòng đăng ký đất đai các huyện, thị xã, thành phố'],
     ['Chi nhánh Văn phòng đăng ký đất đai các huyện, thị xã, thành phố'], 'Sở TN&MT', '45'),
    ('S', 'IV', 'Chỉ tiêu về giải quyết hồ sơ thủ tục hành chính'),
    (1, 'Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn', 'on_time_resolution_rate',
     ['UBND thành phố Đông Hà', 'UBND thị xã Quảng Trị'], ['UBND thành phố Đông Hà; UBND thị xã Quảng Trị'], 'Văn phòng UBND tỉnh', '95'),
]


def P(unit, metric, value, text, note=None):
    return T(unit, metric, value, text, 'prose', Y, note=note)


OT = 'hồ sơ thủ tục hành chính được giải quyết đúng hạn'
HEADER = '''\tỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

\tSố: 52/KH-UBND
\tQuảng Trị, ngày 22 tháng 3 năm 2021


KẾ HOẠCH
Nâng cao tỷ lệ hồ sơ trực tuyến mức độ 3, 4 và thanh toán trực tuyến
trên địa bàn tỉnh Quảng Trị năm 2021

Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;
Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử;
Căn cứ Quyết định số 2847/QĐ-UBND ngày 28 tháng 12 năm 2020 của Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách hành chính tỉnh Quảng Trị năm 2021;
Ủy ban nhân dân tỉnh ban hành Kế hoạch nâng cao tỷ lệ hồ sơ trực tuyến mức độ 3, 4 và thanh toán trực tuyến năm 2021 như sau:
'''

BODY = [
    ('I. MỤC TIÊU', []),
    ('1. Năm 2020, tỷ lệ hồ sơ trực tuyến mức độ 3, 4 của toàn tỉnh đạt 9,6%; Sở Thông tin và Truyền thông đạt 36,1%, thị xã Quảng Trị đạt 7,2%.', []),
    ('2. Phấn đấu năm 2021 tỷ lệ hồ sơ được tiếp nhận, giải quyết trực tuyến mức độ 3, 4 trên tổng số hồ sơ của toàn tỉnh đạt tối thiểu 30%; giao chỉ tiêu cụ thể cho các cơ quan, đơn vị, địa phương tại Phụ lục kèm theo.', [
        P([None, 'Toàn tỉnh', 'Tỉnh Quảng Trị'], 'online_dossier_rate', 30, OD.replace('Tỷ', 'tỷ')),
    ]),
    # the enumeration is broken over two lines by the conversion
    ('3. Các Sở: Tư pháp, Nội vụ, Xây dựng, Công Thương và Ban Quản lý Khu kinh tế tỉnh (BQL KKT) bảo đảm tỷ lệ\nhồ sơ thủ tục hành chính được giải quyết đúng hạn đạt tối thiểu 98%.', [
        P(S('Sở Tư pháp'), 'on_time_resolution_rate', 98, OT),
        P(S('Sở Nội vụ'), 'on_time_resolution_rate', 98, OT),
        P(S('Sở Xây dựng'), 'on_time_resolution_rate', 98, OT),
        P(S('Sở Công Thương'), 'on_time_resolution_rate', 98, OT),
        P(['Ban Quản lý Khu kinh tế tỉnh', 'Ban Quản lý Khu kinh tế tỉnh (BQL KKT)', 'Ban Quản lý Khu kinh tế tỉnh Quảng Trị'],
          'on_time_resolution_rate', 98, OT),
    ]),
    ('II. NHIỆM VỤ, GIẢI PHÁP', []),
    ('1. Sở Thông tin và Truyền thông chủ trì nâng cấp Cổng dịch vụ công và Hệ thống một cửa điện tử tỉnh; phối hợp Sở Kế hoạch và Đầu tư, Sở Tài nguyên và Môi trường, Sở Lao động - Thương binh và Xã hội, Sở Văn hóa, Thể thao và Du lịch rà soát danh mục dịch vụ công trực tuyến mức độ 3, 4 trước ngày 30/4/2021.', []),
    ('2. Sở Tài chính phối hợp Kho bạc Nhà nước tỉnh, Cục Thuế tỉnh triển khai thanh toán trực tuyến phí, lệ phí qua Cổng Dịch vụ công quốc gia.', []),
    ('3. Công an tỉnh, Bảo hiểm xã hội tỉnh, Công ty Điện lực Quảng Trị cung cấp số liệu hồ sơ trực tuyến định kỳ hằng quý.', []),
    ('III. TỔ CHỨC THỰC HIỆN', []),
    ('Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh; Chủ tịch UBND các huyện, thị xã, thành phố tổ chức thực hiện; báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 15/12/2021./.', []),
]

FOOTER = '''
\tNơi nhận:
- Văn phòng Chính phủ (Cục KSTTHC);
- Bộ Thông tin và Truyền thông;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Các sở, ban, ngành; Công an tỉnh; BHXH tỉnh; Cục Thuế tỉnh; KBNN tỉnh;
- UBND các huyện, thị xã, thành phố;
- Lưu: VT, NC.\t
\tTM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH




Hồ Văn Nghĩa
 Phụ lục
GIAO CHỈ TIÊU HỒ SƠ TRỰC TUYẾN MỨC ĐỘ 3, 4, THANH TOÁN TRỰC TUYẾN VÀ SỐ HÓA NĂM 2021
(Kèm theo Kế hoạch số 52/KH-UBND ngày 22/3/2021 của Ủy ban nhân dân tỉnh Quảng Trị)
'''


def table():
    out = []
    for c in ['STT', 'Chỉ tiêu', 'Đơn vị thực hiện', 'Đơn vị phối hợp', 'Đơn vị tính', 'Chỉ tiêu năm 2021']:
        out.append('\t' + c)
    out.append('')
    ts, group = [], None
    for r in ROWS:
        if r[0] == 'S':
            group = r[2]
            out += ['\t' + r[1], '\t' + r[2], '']
            continue
        stt, mtext, metric, units, cell_lines, coop, val = r
        out += ['\t' + str(stt), '\t' + mtext, '\t' + cell_lines[0]] + cell_lines[1:]
        out += ['\t' + coop, '\t%', '\t' + val, '']
        for u in units:
            ts.append(T(U[u], metric, num(val), mtext, 'table', Y, unit_group=group))
    return out, ts


def main():
    tl, tts = table()
    pts, body = [], []
    for p, ts in BODY:
        body.append(p)
        pts += ts
    text = HEADER + '\n'.join(body) + '\n' + FOOTER + '\n'.join(tl) + '\n'
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(text)
    doc = {
        'number': '52/KH-UBND', 'symbol': 'KH-UBND', 'serial': '52', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân tỉnh Quảng Trị', 'place': 'Quảng Trị', 'date': '2021-03-22',
        'subject': 'Nâng cao tỷ lệ hồ sơ trực tuyến mức độ 3, 4 và thanh toán trực tuyến trên địa bàn tỉnh Quảng Trị năm 2021',
        'signer': 'Hồ Văn Nghĩa',
        'references': ['61/2018/NĐ-CP', '45/2020/NĐ-CP', '2847/QĐ-UBND'],
    }
    write_gold(SEED, [{'document': doc, 'targets': pts + tts}])


if __name__ == '__main__':
    main()
