#!/usr/bin/env python3
"""a4_04: Cẩm Xuyên district (Hà Tĩnh) plan 1456/KH-UBND, 22/03/2021, as a
Word-to-text copy: tab-joined header, prose targets with levels, an exception
and an enumeration of communes, then an appendix table dumped from DOCX (every
cell its own tab-indented line, a blank line ends a row, a line holding only a
tab is an empty cell, one cell's second line comes without its tab), with a
row per indicator and a "Đơn vị chủ trì" column.

Text and gold come from the same lists (PROSE, ROWS)."""
import os
from common import DOCS, T, write_gold, num

SEED = 'a4_04_hatinh_camxuyen_kh_2021.txt'
Y = 2021
HUYEN = [None, 'Toàn huyện', 'Huyện Cẩm Xuyên', 'UBND huyện Cẩm Xuyên']
C_HUYEN = ['Cấp huyện', 'Bộ phận Một cửa cấp huyện']
C_XA = ['Cấp xã', 'UBND cấp xã', 'Bộ phận Một cửa cấp xã']
XA_GROUP = ['UBND các xã, thị trấn', 'Các xã, thị trấn']
VP = ['Văn phòng HĐND và UBND huyện', 'Văn phòng HĐND và UBND huyện Cẩm Xuyên']


def P(unit, metric, value, text, comparator='>=', note=None):
    return T(unit, metric, value, text, 'prose', Y, comparator=comparator, note=note)


def X(name, kind='xã'):
    return [f'UBND {kind} {name}', f'{kind[0].upper()}{kind[1:]} {name}']


HEADER = '''ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN CẨM XUYÊN\tĐộc lập - Tự do - Hạnh phúc
\t
Số: 1456/KH-UBND\tCẩm Xuyên, ngày 22 tháng 3 năm 2021

KẾ HOẠCH
Thực hiện các chỉ tiêu cải cách thủ tục hành chính, cung cấp và sử dụng
dịch vụ công trực tuyến mức độ 3, 4 trên địa bàn huyện năm 2021

Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử;
Căn cứ Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ phê duyệt Đề án đổi mới việc thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;
Căn cứ Quyết định số 712/QĐ-UBND ngày 05/3/2021 của UBND tỉnh Hà Tĩnh về việc giao chỉ tiêu cải cách hành chính năm 2021;
Uỷ ban nhân dân huyện ban hành Kế hoạch thực hiện như sau:
'''

PROSE = [
    ('I. KẾT QUẢ NĂM 2020', []),
    ('Năm 2020, tỷ lệ hồ sơ được tiếp nhận, giải quyết trực tuyến mức độ 3, 4 trên địa bàn huyện đạt 8,7%; tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn đạt 97,4%; tỷ lệ hài lòng đạt 92,5%; thị trấn Thiên Cầm đã thực hiện chứng thực bản sao điện tử đạt 11,3%.', []),
    ('II. MỤC TIÊU, CHỈ TIÊU NĂM 2021', []),
    ('1. Tỷ lệ hồ sơ được tiếp nhận, giải quyết trực tuyến mức độ 3, 4 trên tổng số hồ sơ: cấp huyện đạt tối thiểu 30%, cấp xã đạt tối thiểu 20%; riêng UBND các thị trấn Cẩm Xuyên, Thiên Cầm đạt tối thiểu 25%.', [
        P(C_HUYEN, 'online_dossier_rate', 30, 'Tỷ lệ hồ sơ được tiếp nhận, giải quyết trực tuyến mức độ 3, 4 trên tổng số hồ sơ'),
        P(C_XA, 'online_dossier_rate', 20, 'Tỷ lệ hồ sơ được tiếp nhận, giải quyết trực tuyến mức độ 3, 4 trên tổng số hồ sơ',
          note='riêng UBND các thị trấn Cẩm Xuyên, Thiên Cầm đạt tối thiểu 25%'),
        P(X('Cẩm Xuyên', 'thị trấn'), 'online_dossier_rate', 25, 'Tỷ lệ hồ sơ được tiếp nhận, giải quyết trực tuyến mức độ 3, 4 trên tổng số hồ sơ'),
        P(X('Thiên Cầm', 'thị trấn'), 'online_dossier_rate', 25, 'Tỷ lệ hồ sơ được tiếp nhận, giải quyết trực tuyến mức độ 3, 4 trên tổng số hồ sơ'),
    ]),
    ('2. UBND các xã Cẩm Bình, Cẩm Vịnh, Cẩm Quang và Cẩm Thành (xã điểm về chuyển đổi số) phấn đấu tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến đạt tối thiểu 35%.', [
        P(X(n), 'online_dossier_rate', 35, 'tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến', note='xã điểm về chuyển đổi số')
        for n in ('Cẩm Bình', 'Cẩm Vịnh', 'Cẩm Quang', 'Cẩm Thành')
    ]),
    ('3. Tỷ lệ hồ sơ được thanh toán trực tuyến trên tổng số hồ sơ có thu phí đạt tối thiểu 10%.', [
        P(HUYEN, 'online_payment_rate', 10, 'Tỷ lệ hồ sơ được thanh toán trực tuyến trên tổng số hồ sơ có thu phí'),
    ]),
    ('4. Tỷ lệ số hoá thành phần hồ sơ khi tiếp nhận tại Bộ phận Một cửa: cấp huyện đạt 40%, cấp xã đạt 15%.', [
        P(C_HUYEN, 'dossier_digitization_rate', 40, 'Tỷ lệ số hoá thành phần hồ sơ khi tiếp nhận tại Bộ phận Một cửa'),
        P(C_XA, 'dossier_digitization_rate', 15, 'Tỷ lệ số hoá thành phần hồ sơ khi tiếp nhận tại Bộ phận Một cửa'),
    ]),
    ('5. Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính tại UBND các xã, thị trấn đạt tối thiểu 20%.', [
        P(XA_GROUP, 'e_certified_copy_rate', 20, 'Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính'),
    ]),
    ('6. Các chỉ tiêu về tiến độ giải quyết, đồng bộ dữ liệu và mức độ hài lòng thực hiện theo Phụ lục kèm theo.', []),
    ('III. TỔ CHỨC THỰC HIỆN', []),
    ('1. Văn phòng HĐND và UBND huyện chủ trì theo dõi, đôn đốc; tổng hợp kết quả, báo cáo UBND huyện trước ngày 15 hằng tháng.', []),
    ('2. Phòng Tư pháp hướng dẫn, kiểm tra việc chứng thực bản sao điện tử tại UBND các xã, thị trấn; tập huấn cho 100% công chức Tư pháp - Hộ tịch cấp xã trong quý II/2021.', []),
    ('3. UBND các xã, thị trấn bố trí máy quét tại Bộ phận Một cửa, hoàn thành trước ngày 30/4/2021./.', []),
]

FOOTER = '''
Nơi nhận:\tTM. ỦY BAN NHÂN DÂN
- UBND tỉnh (để b/c);\tCHỦ TỊCH
- Sở Nội vụ, Văn phòng UBND tỉnh;\t
- TT Huyện uỷ, TT HĐND huyện;\t
- Các phòng, ban, đơn vị thuộc huyện;\t
- UBND các xã, thị trấn;\t
- Lưu: VT, VP.\tLê Đình Tuấn


PHỤ LỤC
CHỈ TIÊU GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2021
(Kèm theo Kế hoạch số 1456/KH-UBND ngày 22/3/2021 của UBND huyện Cẩm Xuyên)
'''

HEAD_CELLS = ['STT', 'Chỉ tiêu', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Đơn vị tính', 'Chỉ tiêu năm 2021', 'Ghi chú']

ROWS = [
    ('sec', 'I', 'Chỉ tiêu về tiến độ, kết quả giải quyết'),
    dict(stt='1', text='Tỷ lệ hồ sơ TTHC được giải quyết trước hạn và đúng hạn', lines=None, units=VP,
         coop='Các phòng chuyên môn; UBND các xã, thị trấn', cell='98', metric='on_time_resolution_rate'),
    dict(stt='2', text='Tỷ lệ hồ sơ giải quyết quá hạn', lines=None, units=VP,
         coop='Các phòng chuyên môn; UBND các xã, thị trấn', cell='Không quá 2', metric=None),
    # the cell's second line comes without its tab
    dict(stt='3', text='Tỷ lệ kết quả xử lý hồ sơ TTHC được đồng bộ trên Cổng Dịch vụ công quốc gia',
         lines=['\tTỷ lệ kết quả xử lý hồ sơ TTHC được đồng bộ', 'trên Cổng Dịch vụ công quốc gia'], units=VP,
         coop='Phòng Văn hóa và Thông tin', cell='100', metric='national_portal_sync_rate'),
    ('sec', 'II', 'Chỉ tiêu về chứng thực điện tử, mức độ hài lòng'),
    dict(stt='4', text='Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính', lines=None,
         units=['Phòng Tư pháp', 'Phòng Tư pháp huyện', 'Phòng Tư pháp huyện Cẩm Xuyên'],
         coop='UBND các xã, thị trấn', cell='30', metric='e_certified_copy_rate'),
    dict(stt='5', text='Tỷ lệ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính', lines=None,
         units=['Phòng Nội vụ', 'Phòng Nội vụ huyện', 'Phòng Nội vụ huyện Cẩm Xuyên'],
         coop='Văn phòng HĐND và UBND huyện', cell='≥ 90', metric='satisfaction_rate'),
    dict(stt='6', text='Tỷ lệ phản ánh, kiến nghị của cá nhân, tổ chức được xử lý đúng hạn', lines=None, units=VP,
         coop='Các phòng chuyên môn', cell='100', metric=None),
    dict(stt='7', text='Tỷ lệ văn bản đi được ký số', lines=None, units=VP,
         coop='Phòng Văn hóa và Thông tin', cell='70', metric=None, note='Trừ văn bản mật'),
]


def main():
    lines = [HEADER.rstrip('\n'), '']
    targets = []
    for text, ts in PROSE:
        lines.append(text)
        targets.extend(ts)
    out = '\n'.join(lines) + '\n' + FOOTER + '\n'
    tab = ['\t' + c for c in HEAD_CELLS] + ['']
    for r in ROWS:
        if isinstance(r, tuple):
            tab += ['\t' + r[1], '\t' + r[2], '\t', '\t', '\t', '\t', '\t', '']
            continue
        tab.append('\t' + r['stt'])
        tab += r['lines'] or ['\t' + r['text']]
        tab += ['\t' + r['units'][0], '\t' + r['coop'], '\t%', '\t' + r['cell'], '\t' + (r.get('note') or ''), '']
        v = num(r['cell'])
        targets.append(T(r['units'], r['metric'], v, r['text'], 'table', Y,
                         comparator='<=' if 'quá' in r['cell'] else '>=', note=r.get('note')))
    out += '\n'.join(tab) + '\n'
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(out)
    doc = {
        'number': '1456/KH-UBND', 'symbol': 'KH-UBND', 'serial': '1456', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân huyện Cẩm Xuyên', 'place': 'Cẩm Xuyên', 'date': '2021-03-22',
        'subject': 'Thực hiện các chỉ tiêu cải cách thủ tục hành chính, cung cấp và sử dụng dịch vụ công trực tuyến mức độ 3, 4 trên địa bàn huyện năm 2021',
        'signer': 'Lê Đình Tuấn',
        'references': ['45/2020/NĐ-CP', '468/QĐ-TTg', '712/QĐ-UBND'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets}])


if __name__ == '__main__':
    main()
