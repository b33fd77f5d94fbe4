#!/usr/bin/env python3
"""a4_01: Quảng Bình decision 1625/QĐ-UBND, 12/05/2022, as a Word-to-text copy
(tab-joined header block, tab-separated appendix table, a page break inside the
table). Điều 1 restates five province-wide levels in prose; the appendix is a
units × indicators table with one column per rarer indicator and long headers
that carry their own default ("(tối thiểu 80%)"), which fills no blank cell.

Text and gold come from the same lists (PROSE, COLUMNS, ROWS)."""
import os
from common import DOCS, T, write_gold, table_targets

SEED = 'a4_01_quangbinh_qd_2022.txt'
Y = 2022
PROV = [None, 'Toàn tỉnh', 'Tỉnh Quảng Bình']


def P(unit, metric, value, text, comparator='>=', note=None):
    return T(unit, metric, value, text, 'prose', Y, comparator=comparator, note=note)


HEADER = '''ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG BÌNH\tĐộc lập - Tự do - Hạnh phúc
\t
Số: 1625/QĐ-UBND\tQuảng Bình, ngày 12 tháng 5 năm 2022

QUYẾT ĐỊNH
Về việc giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến toàn trình
và thanh toán trực tuyến năm 2022 cho các sở, ban, ngành,
UBND các huyện, thị xã, thành phố

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019;
Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử;
Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;
Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030;
Căn cứ Kế hoạch số 212/KH-UBND ngày 10/02/2022 của UBND tỉnh về chuyển đổi số tỉnh Quảng Bình năm 2022;
Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 65/TTr-STTTT ngày 05/5/2022.

QUYẾT ĐỊNH:
'''

# (line, [targets])
PROSE = [
    ('Điều 1. Giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến toàn trình và thanh toán trực tuyến năm 2022 cho các sở, ban, ngành, UBND các huyện, thị xã, thành phố (chi tiết tại Phụ lục kèm theo).', []),
    ('Năm 2021, toàn tỉnh có 14,6% hồ sơ được tiếp nhận, giải quyết trực tuyến; tỷ lệ DVCTT có phát sinh hồ sơ đạt 38,2%; tỷ lệ thanh toán trực tuyến đạt 6,9%.', []),
    ('Phấn đấu đến hết năm 2022, toàn tỉnh đạt:', []),
    ('- Tỷ lệ cung cấp DVCTT toàn trình trên tổng số TTHC có đủ điều kiện tối thiểu 80%.', [
        P(PROV, 'full_online_service_rate', 80, 'Tỷ lệ cung cấp DVCTT toàn trình trên tổng số TTHC có đủ điều kiện'),
    ]),
    ('- Tỷ lệ DVCTT có phát sinh hồ sơ đạt tối thiểu 50%.', [
        P(PROV, 'online_service_uptake_rate', 50, 'Tỷ lệ DVCTT có phát sinh hồ sơ'),
    ]),
    ('- Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC đạt tối thiểu 30%; trong đó tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 20%.', [
        P(PROV, 'online_dossier_rate', 30, 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC'),
        P(PROV, 'full_online_dossier_rate', 20, 'tỷ lệ hồ sơ trực tuyến toàn trình'),
    ]),
    ('- Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công đạt tối thiểu 25%.', [
        P(PROV, 'online_payment_rate', 25, 'Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công'),
    ]),
    ('Điều 2. Tổ chức thực hiện', []),
    ('1. Các sở, ban, ngành, UBND các huyện, thị xã, thành phố căn cứ chỉ tiêu được giao, xây dựng lộ trình thực hiện, hoàn thành trước ngày 31/5/2022; định kỳ trước ngày 20 hằng tháng báo cáo kết quả về Sở Thông tin và Truyền thông.', []),
    ('2. Sở Tư pháp hướng dẫn UBND cấp huyện, cấp xã triển khai chứng thực bản sao điện tử từ bản chính theo Nghị định số 45/2020/NĐ-CP.', []),
    ('3. Sở Thông tin và Truyền thông chủ trì theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo UBND tỉnh hằng quý.', []),
    ('Điều 3. Quyết định này có hiệu lực kể từ ngày ký.', []),
    ('Chánh Văn phòng UBND tỉnh; Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh; Chủ tịch UBND các huyện, thị xã, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.', []),
]

FOOTER = '''
Nơi nhận:\tKT. CHỦ TỊCH
- Như Điều 3;\tPHÓ CHỦ TỊCH
- Văn phòng Chính phủ (Cục KSTTHC);\t
- Bộ Thông tin và Truyền thông;\t
- CT, các PCT UBND tỉnh;\t
- Lưu: VT, NCVX.\tPhan Mạnh Hùng
'''

APPX_HEAD = '''

PHỤ LỤC
CHỈ TIÊU CUNG CẤP, SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN TOÀN TRÌNH
VÀ THANH TOÁN TRỰC TUYẾN NĂM 2022
(Kèm theo Quyết định số 1625/QĐ-UBND ngày 12 tháng 5 năm 2022 của Chủ tịch UBND tỉnh Quảng Bình)
'''

COLUMNS = [
    ('Tỷ lệ cung cấp DVCTT toàn trình trên tổng số TTHC có đủ điều kiện (tối thiểu 80%)', 'full_online_service_rate'),
    ('Tỷ lệ DVCTT có phát sinh hồ sơ', 'online_service_uptake_rate'),
    ('Tỷ lệ hồ sơ trực tuyến toàn trình', 'full_online_dossier_rate'),
    ('Tỷ lệ TTHC có phát sinh giao dịch thanh toán trực tuyến', 'online_payment_procedure_rate'),
    ('Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính (áp dụng đối với cấp huyện)', 'e_certified_copy_rate'),
]
GA = 'Sở, ban, ngành tỉnh'
GB = 'UBND các huyện, thị xã, thành phố'


def S(stt, name, cells, note=None, extra=()):
    sfx = [] if name.endswith('tỉnh') else [name + ' tỉnh Quảng Bình']
    return {'stt': stt, 'units': [name, *sfx, *extra], 'cells': cells, 'note': note, 'group': GA}


def H(stt, printed, ubnd, cells, note=None):
    return {'stt': stt, 'units': [printed, ubnd], 'cells': cells, 'note': note, 'group': GB}


ROWS_A = [
    S('1', 'Sở Kế hoạch và Đầu tư', ['90%', '70%', '40%', '60%', '']),
    S('2', 'Sở Tài chính', ['85%', '60%', '30%', '50%', '']),
    S('3', 'Sở Công Thương', ['90%', '70%', '35%', '60%', '']),
    S('4', 'Sở Giao thông vận tải', ['85%', '65%', '32,5%', '55%', '']),
    S('5', 'Sở Tư pháp', ['80%', '60%', '25%', '45%', '—']),
    S('6', 'Sở Lao động - Thương binh và Xã hội', ['80%', '55%', '25%', '', ''],
      note='Không phát sinh TTHC có thu phí, lệ phí', extra=('Sở Lao động, Thương binh và Xã hội',)),
    S('7', 'Sở Văn hóa và Thể thao', ['85%', '60%', '30%', '50%', '']),
]
ROWS_A2 = [  # after the page break
    S('8', 'Sở Du lịch', ['80%', '60%', '30%', '40%', '']),
    S('9', 'Ban Quản lý Khu kinh tế tỉnh', ['', '50%', '20%', '40%', ''],
      note='Tỷ lệ cung cấp DVCTT toàn trình thực hiện theo chỉ tiêu của Bộ, ngành Trung ương',
      extra=('Ban Quản lý Khu kinh tế',)),
]
ROWS_B = [
    H('1', 'Thành phố Đồng Hới', 'UBND thành phố Đồng Hới', ['85%', '60%', '30%', '50%', '50%']),
    H('2', 'Thị xã Ba Đồn', 'UBND thị xã Ba Đồn', ['80%', '55%', '25%', '45%', '40%']),
    H('3', 'Huyện Minh Hóa', 'UBND huyện Minh Hóa', ['80%', '45%', '15%', '30%', '25%']),
    H('4', 'Huyện Tuyên Hoá', 'UBND huyện Tuyên Hoá', ['80%', '45%', '17,5%', '30%', '25%']),
    H('5', 'Huyện Quảng Trạch', 'UBND huyện Quảng Trạch', ['80%', '50%', '20%', '40%', '30%']),
    H('6', 'Huyện Bố Trạch', 'UBND huyện Bố Trạch', ['80%', '55%', '22,5%', '40%', '35%']),
    H('7', 'Huyện Quảng Ninh', 'UBND huyện Quảng Ninh', ['80%', '50%', '20%', '40%', 'x'],
      note='Chứng thực bản sao điện tử: thực hiện thí điểm từ quý IV/2022'),
    H('8', 'Huyện Lệ Thủy', 'UBND huyện Lệ Thủy', ['80%', '50%', '20%', '35%', '30%']),
]


def row_line(r):
    return '\t'.join([r['stt'], r['units'][0], *r['cells'], r['note'] or ''])


def main():
    lines = [HEADER.rstrip('\n')]
    targets = []
    for text, ts in PROSE:
        lines.append(text)
        targets.extend(ts)
    body = '\n'.join(lines) + '\n' + FOOTER + APPX_HEAD
    tab = ['\t'.join(['STT', 'Tên đơn vị', *[c[0] for c in COLUMNS], 'Ghi chú'])]
    tab.append('A\tSở, ban, ngành tỉnh' + '\t' * (len(COLUMNS) + 1))
    tab += [row_line(r) for r in ROWS_A]
    tab += ['', '2', '']  # page break with the page number
    tab += [row_line(r) for r in ROWS_A2]
    tab.append('B\tUBND các huyện, thị xã, thành phố' + '\t' * (len(COLUMNS) + 1))
    tab += [row_line(r) for r in ROWS_B]
    text = body + '\n'.join(tab) + '\n'
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(text)
    targets += table_targets(COLUMNS, ROWS_A + ROWS_A2 + ROWS_B, Y)
    doc = {
        'number': '1625/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '1625', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Quảng Bình', 'place': 'Quảng Bình', 'date': '2022-05-12',
        'subject': 'Về việc giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến toàn trình và thanh toán trực tuyến năm 2022 cho các sở, ban, ngành, UBND các huyện, thị xã, thành phố',
        'signer': 'Phan Mạnh Hùng',
        'references': ['45/2020/NĐ-CP', '107/2021/NĐ-CP', '61/2018/NĐ-CP', '06/QĐ-TTg', '212/KH-UBND', '65/TTr-STTTT'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets}])


if __name__ == '__main__':
    main()
