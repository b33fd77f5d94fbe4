#!/usr/bin/env python3
"""m3_04: a plan of UBND tỉnh Sơn La (75/KH-UBND, 18/3/2024) as a plain-text
copy with lines hard-wrapped at 72 characters in the middle of sentences and
of unit enumerations, page footers "Trang n/N" dropped in every 15 lines (also
inside sentences), and the two-column letterhead / signature blocks run into
single lines the way a browser's copy gives them. Targets are in prose, most
with enumerated units; section I holds 2023 results (not targets) written
with the same wordings and enumerations.
"""
import os
import textwrap
from common import DOCS, T, write_gold

SEED = 'm3_04_sonla_kh_2024.txt'
Y = 2024
ALL = [None, 'Toàn tỉnh', 'Các cơ quan, đơn vị']


def HU(n):
    return ['UBND huyện ' + n, 'Huyện ' + n]


OD = 'tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến'

HEADER = '''ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH SƠN LA Độc lập - Tự do - Hạnh phúc
Số: 75/KH-UBND Sơn La, ngày 18 tháng 3 năm 2024
KẾ HOẠCH
Nâng cao tỷ lệ giải quyết thủ tục hành chính trên môi trường điện tử
trên địa bàn tỉnh Sơn La năm 2024
'''

# (paragraph, [targets]); paragraphs are hard-wrapped at 72 columns
PARAS = [
    ('Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử; Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP; Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ; Ủy ban nhân dân tỉnh ban hành Kế hoạch nâng cao tỷ lệ giải quyết thủ tục hành chính trên môi trường điện tử năm 2024 như sau:', []),
    ('I. KẾT QUẢ THỰC HIỆN NĂM 2023', []),
    ('Năm 2023, ' + OD + ' của toàn tỉnh đạt 45,2%; các sở, ban, ngành tỉnh đạt 71,6%; UBND các huyện: Mai Sơn, Yên Châu, Mộc Châu đạt trên 60%, riêng UBND huyện Sốp Cộp mới đạt 12,4%. Tỷ lệ thanh toán trực tuyến toàn tỉnh đạt 28,7%; tỷ lệ hồ sơ giải quyết đúng hạn đạt 96,3%; tỷ lệ số hóa hồ sơ tại Bộ phận Một cửa cấp xã đạt 18,9%.', []),
    ('II. MỤC TIÊU NĂM 2024', []),
    ('1. Tỷ lệ hồ sơ trực tuyến: phấn đấu ' + OD + ' năm 2024 của các sở, ban, ngành tỉnh đạt tối thiểu 85%; UBND các huyện: Mai Sơn, Yên Châu, Mộc Châu và thành phố Sơn La đạt tối thiểu 80%; UBND các huyện: Thuận Châu, Mường La, Phù Yên, Bắc Yên, Vân Hồ đạt tối thiểu 70%; UBND các huyện Quỳnh Nhai, Sông Mã, Sốp Cộp đạt tối thiểu 60%; UBND các xã, phường, thị trấn đạt tối thiểu 50%.',
     [T(['Các sở, ban, ngành tỉnh', 'Sở, ban, ngành tỉnh'], 'online_dossier_rate', 85, OD, 'prose', Y)]
     + [T(HU(n), 'online_dossier_rate', 80, OD, 'prose', Y) for n in ('Mai Sơn', 'Yên Châu', 'Mộc Châu')]
     + [T(['UBND thành phố Sơn La', 'Thành phố Sơn La'], 'online_dossier_rate', 80, OD, 'prose', Y)]
     + [T(HU(n), 'online_dossier_rate', 70, OD, 'prose', Y) for n in ('Thuận Châu', 'Mường La', 'Phù Yên', 'Bắc Yên', 'Vân Hồ')]
     + [T(HU(n), 'online_dossier_rate', 60, OD, 'prose', Y) for n in ('Quỳnh Nhai', 'Sông Mã', 'Sốp Cộp')]
     + [T(['UBND các xã, phường, thị trấn'], 'online_dossier_rate', 50, OD, 'prose', Y)]),
    ('2. Tỷ lệ hồ sơ trực tuyến toàn trình: các Sở: Tư pháp, Kế hoạch và Đầu tư, Công Thương, Giao thông vận tải bảo đảm tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ của dịch vụ công trực tuyến toàn trình đạt tối thiểu 60%.',
     [T([n, n + ' tỉnh Sơn La'], 'full_online_dossier_rate', 60, 'tỷ lệ hồ sơ trực tuyến toàn trình', 'prose', Y)
      for n in ('Sở Tư pháp', 'Sở Kế hoạch và Đầu tư', 'Sở Công Thương', 'Sở Giao thông vận tải')]),
    ('3. Số hóa hồ sơ: Trung tâm Phục vụ hành chính công tỉnh thực hiện số hóa 100% hồ sơ thủ tục hành chính khi tiếp nhận; tỷ lệ số hóa hồ sơ tại Bộ phận Một cửa cấp huyện đạt tối thiểu 80%, tại Bộ phận Một cửa cấp xã đạt tối thiểu 60%.',
     [T(['Trung tâm Phục vụ hành chính công tỉnh', 'Trung tâm Phục vụ hành chính công tỉnh Sơn La'], 'dossier_digitization_rate', 100, 'số hóa hồ sơ thủ tục hành chính', 'prose', Y),
      T(['Bộ phận Một cửa cấp huyện'], 'dossier_digitization_rate', 80, 'tỷ lệ số hóa hồ sơ', 'prose', Y),
      T(['Bộ phận Một cửa cấp xã'], 'dossier_digitization_rate', 60, 'tỷ lệ số hóa hồ sơ', 'prose', Y)]),
    ('4. Chứng thực điện tử: tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính tại Phòng Tư pháp các huyện, thành phố đạt tối thiểu 70%.',
     [T(['Phòng Tư pháp các huyện, thành phố'], 'e_certified_copy_rate', 70, 'tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính', 'prose', Y)]),
    ('5. Giải quyết đúng hạn: tỷ lệ hồ sơ giải quyết đúng hạn của các cơ quan, đơn vị đạt từ 98% trở lên; tỷ lệ hồ sơ giải quyết quá hạn không quá 2%.',
     [T(ALL, 'on_time_resolution_rate', 98, 'tỷ lệ hồ sơ giải quyết đúng hạn', 'prose', Y),
      T(ALL, None, 2, 'tỷ lệ hồ sơ giải quyết quá hạn', 'prose', Y, comparator='<=')]),
    ('6. Thanh toán trực tuyến: tỷ lệ thanh toán trực tuyến toàn tỉnh đạt tối thiểu 45% (năm 2023 đạt 28,7%).',
     [T([None, 'Toàn tỉnh', 'Tỉnh Sơn La'], 'online_payment_rate', 45, 'tỷ lệ thanh toán trực tuyến', 'prose', Y)]),
    ('III. NHIỆM VỤ, GIẢI PHÁP', []),
    ('1. Các sở, ban, ngành tỉnh, UBND các huyện, thành phố rà soát, cập nhật quy trình nội bộ giải quyết thủ tục hành chính trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, hoàn thành trước ngày 30/4/2024.', []),
    ('2. Sở Thông tin và Truyền thông bảo đảm hạ tầng kỹ thuật, an toàn thông tin của Hệ thống; hướng dẫn tích hợp thanh toán trực tuyến qua nền tảng thanh toán của Cổng Dịch vụ công quốc gia.', []),
    ('3. Sở Tư pháp hướng dẫn, kiểm tra việc chứng thực bản sao điện tử từ bản chính; Bưu điện tỉnh hỗ trợ người dân tại 204 xã, phường, thị trấn.', []),
    ('IV. TỔ CHỨC THỰC HIỆN', []),
    ('Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các huyện, thành phố chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện các chỉ tiêu tại Kế hoạch này; định kỳ trước ngày 20 tháng cuối quý báo cáo kết quả về Văn phòng UBND tỉnh để tổng hợp./.', []),
]

SIGN = '''Nơi nhận: TM. ỦY BAN NHÂN DÂN
- Văn phòng Chính phủ (b/c); KT. CHỦ TỊCH
- TT Tỉnh ủy, TT HĐND tỉnh (b/c); PHÓ CHỦ TỊCH
- Chủ tịch, các PCT UBND tỉnh;
- Các sở, ban, ngành tỉnh;
- UBND các huyện, thành phố;
- Lưu: VT, KSTT. Lò Minh Tuấn
'''

PAGE_LINES = 15


def main():
    body = []
    for p, _ in PARAS:
        body += textwrap.wrap(p, 72, break_long_words=False, break_on_hyphens=False)
    lines = HEADER.rstrip('\n').split('\n') + body + SIGN.rstrip('\n').split('\n')
    npages = -(-len(lines) // PAGE_LINES)
    out = []
    for i, l in enumerate(lines):
        out.append(l)
        if (i + 1) % PAGE_LINES == 0 and i + 1 < len(lines):
            out += ['', f'Trang {(i + 1) // PAGE_LINES}/{npages}', '']
    out += ['', f'Trang {npages}/{npages}']
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    kh = {
        'number': '75/KH-UBND', 'symbol': 'KH-UBND', 'serial': '75', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân tỉnh Sơn La', 'place': 'Sơn La', 'date': '2024-03-18',
        'subject': 'Nâng cao tỷ lệ giải quyết thủ tục hành chính trên môi trường điện tử trên địa bàn tỉnh Sơn La năm 2024',
        'signer': 'Lò Minh Tuấn',
        'references': ['45/2020/NĐ-CP', '107/2021/NĐ-CP', '61/2018/NĐ-CP', '766/QĐ-TTg'],
    }
    write_gold(SEED, [{'document': kh, 'targets': [t for _, ts in PARAS for t in ts]}])


if __name__ == '__main__':
    main()
