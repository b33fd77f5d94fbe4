#!/usr/bin/env python3
"""r3_05: Ninh Thuận Sở TT&TT dispatch 1532/STTTT-CĐS (12/6/2024) to the
districts, all targets in prose ("lần lượt là", "trừ …", "riêng …", ranges
"từ 40% đến 50%" / "20% - 30%", "không thấp hơn"), hard-wrapped at 75
characters like a PDF-to-text copy, with page numbers between pages.
Each paragraph is stored next to the targets it holds.
"""
import os
import textwrap
from common import DOCS, T, write_gold

SEED = 'r3_05_ninhthuan_cv_2024.txt'
Y = 2024
WIDTH = 75
PAGE_LINES = 30

HEAD = '''UBND TỈNH NINH THUẬN\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ THÔNG TIN VÀ TRUYỀN THÔNG\t\tĐộc lập - Tự do - Hạnh phúc

Số: 1532/STTTT-CĐS\t\tNinh Thuận, ngày 12 tháng 6 năm 2024
V/v đôn đốc thực hiện chỉ tiêu dịch vụ
công trực tuyến, thanh toán trực tuyến
năm 2024

Kính gửi: Ủy ban nhân dân các huyện, thành phố.
'''


def U(name):
    return ['UBND ' + name, name[0].upper() + name[1:]]


PRC = U('thành phố Phan Rang - Tháp Chàm')
DIST = {n: U('huyện ' + n) for n in ['Ninh Hải', 'Ninh Phước', 'Ninh Sơn', 'Thuận Bắc', 'Thuận Nam', 'Bác Ái']}
GRP = ['UBND các huyện, thành phố', 'Ủy ban nhân dân các huyện, thành phố']
ADDR = [None] + GRP
MC_H = ['Bộ phận Một cửa cấp huyện', 'Cấp huyện', 'UBND cấp huyện']
MC_X = ['Bộ phận Một cửa cấp xã', 'Cấp xã']
XA = ['UBND cấp xã', 'Ủy ban nhân dân cấp xã', 'Cấp xã']
XA_BA = ['Các xã thuộc huyện Bác Ái', 'UBND các xã thuộc huyện Bác Ái', 'Các xã huyện Bác Ái']
XA_TB = ['Các xã thuộc huyện Thuận Bắc', 'UBND các xã thuộc huyện Thuận Bắc', 'Các xã huyện Thuận Bắc']
PTP = ['Phòng Tư pháp các huyện, thành phố', 'Phòng Tư pháp cấp huyện']

M_FO = 'Tỷ lệ hồ sơ trực tuyến toàn trình'
M_PAY = 'Tỷ lệ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí'
M_OD = 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính'

fo = [('thành phố Phan Rang - Tháp Chàm', PRC, 60), ('Ninh Hải', DIST['Ninh Hải'], 55), ('Ninh Phước', DIST['Ninh Phước'], 55),
      ('Ninh Sơn', DIST['Ninh Sơn'], 50), ('Thuận Bắc', DIST['Thuận Bắc'], 45), ('Thuận Nam', DIST['Thuận Nam'], 45),
      ('Bác Ái', DIST['Bác Ái'], 35)]

PARAS = [
    ('Thực hiện Quyết định số 1216/QĐ-UBND ngày 28/3/2024 của Ủy ban nhân dân tỉnh về giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến năm 2024, Sở Thông tin và Truyền thông thông tin tình hình thực hiện và đề nghị như sau:', []),
    ('Sáu tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của cấp huyện đạt 31,5%, cấp xã đạt 18,2%; tỷ lệ thanh toán trực tuyến của cấp huyện đạt 26,4%; huyện Bác Ái mới đạt 9,7%. Chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình tối thiểu 40% giao tại Văn bản số 412/STTTT-CĐS ngày 15/3/2024 của Sở Thông tin và Truyền thông được thay thế bằng các chỉ tiêu tại Văn bản này.', []),
    ('Để hoàn thành chỉ tiêu năm 2024, Sở Thông tin và Truyền thông đề nghị Ủy ban nhân dân các huyện, thành phố chỉ đạo thực hiện các chỉ tiêu sau:', []),
    ('1. Tỷ lệ hồ sơ trực tuyến toàn trình năm 2024 của Ủy ban nhân dân thành phố Phan Rang - Tháp Chàm, Ủy ban nhân dân các huyện Ninh Hải, Ninh Phước, Ninh Sơn, Thuận Bắc, Thuận Nam và Bác Ái lần lượt là 60%, 55%, 55%, 50%, 45%, 45% và 35%.',
     [T(u, 'full_online_dossier_rate', v, M_FO, 'prose', Y) for _, u, v in fo]),
    ('2. Tỷ lệ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí của Ủy ban nhân dân các huyện, thành phố không thấp hơn 50% (trừ huyện Bác Ái và huyện Thuận Bắc); riêng huyện Bác Ái, huyện Thuận Bắc lần lượt không thấp hơn 30% và 40%.',
     [T(GRP, 'online_payment_rate', 50, M_PAY, 'prose', Y, note='trừ huyện Bác Ái và huyện Thuận Bắc'),
      T(DIST['Bác Ái'], 'online_payment_rate', 30, M_PAY, 'prose', Y),
      T(DIST['Thuận Bắc'], 'online_payment_rate', 40, M_PAY, 'prose', Y)]),
    ('3. Tỷ lệ số hóa hồ sơ, tỷ lệ số hóa kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa cấp huyện lần lượt là 80% và 100%; tại Bộ phận Một cửa cấp xã lần lượt là 60% và 90%.',
     [T(MC_H, 'dossier_digitization_rate', 80, 'Tỷ lệ số hóa hồ sơ', 'prose', Y),
      T(MC_H, 'result_digitization_rate', 100, 'tỷ lệ số hóa kết quả giải quyết thủ tục hành chính', 'prose', Y),
      T(MC_X, 'dossier_digitization_rate', 60, 'Tỷ lệ số hóa hồ sơ', 'prose', Y),
      T(MC_X, 'result_digitization_rate', 90, 'tỷ lệ số hóa kết quả giải quyết thủ tục hành chính', 'prose', Y)]),
    ('4. Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính của Ủy ban nhân dân cấp xã phấn đấu từ 40% đến 50%, trong đó các xã thuộc huyện Bác Ái, Thuận Bắc từ 25% đến 30%.',
     [T(XA, 'online_dossier_rate', 40, M_OD, 'prose', Y, note='từ 40% đến 50%'),
      T(XA_BA, 'online_dossier_rate', 25, M_OD, 'prose', Y, note='từ 25% đến 30%'),
      T(XA_TB, 'online_dossier_rate', 25, M_OD, 'prose', Y, note='từ 25% đến 30%')]),
    ('5. Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn của Ủy ban nhân dân các huyện, thành phố và Ủy ban nhân dân cấp xã không thấp hơn 98%.',
     [T(GRP, 'on_time_resolution_rate', 98, 'Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn', 'prose', Y),
      T(XA, 'on_time_resolution_rate', 98, 'Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn', 'prose', Y)]),
    ('6. Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính đạt từ 90% trở lên; tỷ lệ hồ sơ giải quyết quá hạn không quá 2%.',
     [T(ADDR, 'satisfaction_rate', 90, 'Mức độ hài lòng của người dân, doanh nghiệp', 'prose', Y),
      T(ADDR, None, 2, 'tỷ lệ hồ sơ giải quyết quá hạn', 'prose', Y, comparator='<=')]),
    ('7. Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính tại Phòng Tư pháp các huyện, thành phố đạt 20% - 30% tổng số yêu cầu chứng thực.',
     [T(PTP, 'e_certified_copy_rate', 20, 'Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính', 'prose', Y, note='20% - 30%')]),
    ('8. Định kỳ trước ngày 25 hằng tháng, Ủy ban nhân dân các huyện, thành phố báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông (qua Phòng Chuyển đổi số) để tổng hợp, báo cáo Ủy ban nhân dân tỉnh; đồng thời giao chỉ tiêu cụ thể cho từng xã, phường, thị trấn trước ngày 30/6/2024.', []),
    ('Sở Thông tin và Truyền thông đề nghị Ủy ban nhân dân các huyện, thành phố quan tâm, chỉ đạo thực hiện./.', []),
]

TAIL = '''
Nơi nhận:\t\tKT. GIÁM ĐỐC
- Như trên;\t\tPHÓ GIÁM ĐỐC
- UBND tỉnh (b/c);
- Giám đốc Sở (b/c);
- Lưu: VT, CĐS.\t\tLưu Xuân Vĩnh
'''


def main():
    lines = HEAD.split('\n')
    for p, _ in PARAS:
        lines += textwrap.wrap(p, WIDTH, break_on_hyphens=False, break_long_words=False)
        lines.append('')
    lines += TAIL.split('\n')
    out, page = [], 1
    for i, l in enumerate(lines):
        if i and i % PAGE_LINES == 0:
            page += 1
            out += ['', '', str(page), '']
        out.append(l)
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out).rstrip('\n') + '\n')
    doc = {
        'number': '1532/STTTT-CĐS', 'symbol': 'STTTT-CĐS', 'serial': '1532', 'type': 'cong_van',
        'issuer': ['Sở Thông tin và Truyền thông tỉnh Ninh Thuận', 'Sở Thông tin và Truyền thông'],
        'place': 'Ninh Thuận', 'date': '2024-06-12',
        'subject': 'Đôn đốc thực hiện chỉ tiêu dịch vụ công trực tuyến, thanh toán trực tuyến năm 2024',
        'signer': 'Lưu Xuân Vĩnh',
        'references': ['1216/QĐ-UBND', '412/STTTT-CĐS'],
    }
    write_gold(SEED, [{'document': doc, 'targets': [t for _, ts in PARAS for t in ts]}])


if __name__ == '__main__':
    main()
