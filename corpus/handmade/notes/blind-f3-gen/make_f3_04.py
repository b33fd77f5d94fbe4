#!/usr/bin/env python3
"""f3_04: dispatch 356/UBND-VP of huyện Mường Ảng (Điện Biên), 18/03/2024,
copied from the district web page. Prose only, no table. Body paragraphs are
hard-wrapped at ~70 characters (unit names can break across lines), some
spaces are doubled, the whole file is Unicode NFD (decomposed marks), and the
issuer block and the motto are interleaved on tab-separated lines. Targets are
assigned in sentences; last year's results sit in the same sentences."""
import random
import textwrap
import unicodedata
from common import T, fmt, write_doc, write_gold

SEED = 'f3_04_muongang_cv_2024.txt'
Y = 2024

# ---- units (gold spellings) ----
HUYEN = [None, 'Toàn huyện', 'Huyện Mường Ảng', 'UBND huyện Mường Ảng']
ALL = [None, 'Các cơ quan, đơn vị, địa phương']
CQCM = ['Các cơ quan chuyên môn thuộc UBND huyện', 'Cơ quan chuyên môn thuộc UBND huyện',
        'Các cơ quan chuyên môn thuộc UBND huyện Mường Ảng']
TT = ['UBND thị trấn Mường Ảng', 'Thị trấn Mường Ảng']
CONLAI = ['Các xã còn lại', 'UBND các xã còn lại']
CNDK = ['Chi nhánh Văn phòng Đăng ký đất đai huyện', 'Chi nhánh Văn phòng Đăng ký đất đai huyện Mường Ảng',
        'Chi nhánh Văn phòng Đăng ký đất đai']
PTP = ['Phòng Tư pháp huyện', 'Phòng Tư pháp', 'Phòng Tư pháp huyện Mường Ảng']
XA_TT = ['UBND các xã, thị trấn', 'Các xã, thị trấn']


def xa(name):
    return [f'UBND xã {name}', f'Xã {name}']


# ---- values: each used once in the text and once in the gold ----
V = dict(huyen=60, cqcm=85, tt=80, nhom1=70, conlai1=50,
         pay1=45, pay_conlai=30, pay_khokhan=20, pay_tthc=50,
         kq=100, sohoa_xa=60,
         ct_ptp=100, ct1=100, ct_conlai=70,
         dunghan=95, quahan=2, hailong=90)
NHOM1 = ['Ẳng Tở', 'Búng Lao', 'Xuân Lao', 'Ẳng Nưa']          # online dossier 70
PAY1 = ['Ẳng Tở', 'Ẳng Cang']                                   # payment 45 (with thị trấn)
KHOKHAN = ['Nặm Lịch', 'Mường Lạn']                             # payment 20
f = {k: fmt(v) for k, v in V.items()}

M_ONL = 'tỷ lệ hồ sơ trực tuyến'
M_PAY = 'tỷ lệ thanh toán trực tuyến'
M_CT = 'chứng thực bản sao điện tử từ bản chính'

PARAS = [
    'Thực hiện Quyết định số 402/QĐ-UBND ngày 04/3/2024 của UBND tỉnh Điện Biên về việc giao chỉ tiêu '
    'cung cấp, sử dụng dịch vụ công trực tuyến năm 2024 trên địa bàn tỉnh; Kế hoạch số 25/KH-UBND ngày '
    '19/01/2024 của UBND huyện về chuyển đổi số huyện Mường Ảng năm 2024;',

    'Năm 2023, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến của toàn huyện đạt '
    '45,6%, tỷ lệ thanh toán trực tuyến đạt 19,3%; một số xã đạt thấp như xã Nặm Lịch (12,5%), xã Mường '
    'Lạn (18,1%). Năm 2024, UBND tỉnh giao chỉ tiêu tỷ lệ hồ sơ trực tuyến của huyện Mường Ảng tối thiểu '
    f'{f["huyen"]}%. Để hoàn thành chỉ tiêu được giao, Chủ tịch UBND huyện giao chỉ tiêu cụ thể cho các '
    'cơ quan, đơn vị, địa phương như sau:',

    '1. Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính',
    f'- Các cơ quan chuyên môn thuộc UBND huyện đạt tối thiểu {f["cqcm"]}%.',
    f'- UBND thị trấn Mường Ảng đạt tối thiểu {f["tt"]}%.',
    f'- UBND các xã: {", ".join(NHOM1)} đạt tối thiểu {f["nhom1"]}%; các xã còn lại đạt {f["conlai1"]}%.',

    '2. Tỷ lệ thanh toán trực tuyến',
    f'UBND thị trấn Mường Ảng và UBND các xã {", ".join(PAY1)} đạt tối thiểu {f["pay1"]}% trên tổng số hồ sơ '
    f'có thu phí, lệ phí; các xã còn lại đạt tối thiểu {f["pay_conlai"]}%, riêng xã {KHOKHAN[0]}, xã '
    f'{KHOKHAN[1]} (xã đặc biệt khó khăn, chưa có điểm giao dịch ngân hàng) đạt tối thiểu {f["pay_khokhan"]}%. '
    'Các cơ quan chuyên môn thuộc UBND huyện bảo đảm tỷ lệ TTHC có phát sinh giao dịch thanh toán trực tuyến '
    f'trên tổng số TTHC có thu phí, lệ phí đạt tối thiểu {f["pay_tthc"]}% (năm 2023 đạt 33,3%).',

    '3. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
    'Các cơ quan chuyên môn thuộc UBND huyện và Chi nhánh Văn phòng Đăng ký đất đai huyện bảo đảm '
    f'{f["kq"]}% kết quả giải quyết thủ tục hành chính còn hiệu lực được số hóa. UBND các xã, thị trấn thực '
    f'hiện số hóa hồ sơ khi tiếp nhận đạt tối thiểu {f["sohoa_xa"]}% (năm 2023 đạt 21,7%).',

    '4. Chứng thực bản sao điện tử từ bản chính',
    f'Phòng Tư pháp huyện thực hiện chứng thực bản sao điện tử từ bản chính đạt {f["ct_ptp"]}% yêu cầu; '
    f'UBND thị trấn Mường Ảng và UBND xã Ẳng Nưa đạt {f["ct1"]}%; các xã còn lại đạt tối thiểu '
    f'{f["ct_conlai"]}%.',

    '5. Giải quyết hồ sơ đúng hạn',
    'Chi nhánh Văn phòng Đăng ký đất đai huyện nâng tỷ lệ hồ sơ giải quyết đúng hạn lên tối thiểu '
    f'{f["dunghan"]}% (năm 2023 đạt 87,4%, còn 214 hồ sơ quá hạn). Tỷ lệ hồ sơ giải quyết quá hạn của các '
    f'cơ quan, đơn vị, địa phương tối đa {f["quahan"]}%.',

    '6. Mức độ hài lòng',
    'Toàn huyện phấn đấu mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành '
    f'chính đạt tối thiểu {f["hailong"]}%.',

    '7. Tổ chức thực hiện',
    'Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, thị trấn chịu trách nhiệm trước Chủ tịch UBND '
    'huyện về kết quả thực hiện chỉ tiêu được giao; báo cáo kết quả trước ngày 25 hằng tháng về Văn phòng '
    'HĐND và UBND huyện. Giao Văn phòng HĐND và UBND huyện theo dõi, tổng hợp, tham mưu đánh giá, xếp loại '
    'thi đua năm 2024.',

    'Nhận được Công văn này, đề nghị các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./.',
]


def gold_targets():
    P = 'prose'
    ts = [T(HUYEN, 'online_dossier_rate', V['huyen'], 'tỷ lệ hồ sơ trực tuyến', P, Y,
            note='chỉ tiêu UBND tỉnh giao cho huyện (Quyết định 402/QĐ-UBND)'),
          T(CQCM, 'online_dossier_rate', V['cqcm'], M_ONL, P, Y),
          T(TT, 'online_dossier_rate', V['tt'], M_ONL, P, Y)]
    ts += [T(xa(n), 'online_dossier_rate', V['nhom1'], M_ONL, P, Y) for n in NHOM1]
    ts.append(T(CONLAI, 'online_dossier_rate', V['conlai1'], M_ONL, P, Y))
    ts.append(T(TT, 'online_payment_rate', V['pay1'], M_PAY, P, Y))
    ts += [T(xa(n), 'online_payment_rate', V['pay1'], M_PAY, P, Y) for n in PAY1]
    ts.append(T(CONLAI, 'online_payment_rate', V['pay_conlai'], M_PAY, P, Y,
                note='riêng xã Nặm Lịch, xã Mường Lạn tối thiểu 20%'))
    ts += [T(xa(n), 'online_payment_rate', V['pay_khokhan'], M_PAY, P, Y) for n in KHOKHAN]
    ts.append(T(CQCM, 'online_payment_procedure_rate', V['pay_tthc'],
                'tỷ lệ TTHC có phát sinh giao dịch thanh toán trực tuyến trên tổng số TTHC có thu phí, lệ phí', P, Y))
    M_KQ = 'kết quả giải quyết thủ tục hành chính còn hiệu lực được số hóa'
    ts.append(T(CQCM, 'result_digitization_rate', V['kq'], M_KQ, P, Y))
    ts.append(T(CNDK, 'result_digitization_rate', V['kq'], M_KQ, P, Y))
    ts.append(T(XA_TT, 'dossier_digitization_rate', V['sohoa_xa'], 'số hóa hồ sơ khi tiếp nhận', P, Y))
    ts.append(T(PTP, 'e_certified_copy_rate', V['ct_ptp'], M_CT, P, Y))
    ts.append(T(TT, 'e_certified_copy_rate', V['ct1'], M_CT, P, Y))
    ts.append(T(xa('Ẳng Nưa'), 'e_certified_copy_rate', V['ct1'], M_CT, P, Y))
    ts.append(T(CONLAI, 'e_certified_copy_rate', V['ct_conlai'], M_CT, P, Y))
    ts.append(T(CNDK, 'on_time_resolution_rate', V['dunghan'], 'tỷ lệ hồ sơ giải quyết đúng hạn', P, Y))
    ts.append(T(ALL, None, V['quahan'], 'Tỷ lệ hồ sơ giải quyết quá hạn', P, Y, comparator='<='))
    ts.append(T(HUYEN, 'satisfaction_rate', V['hailong'], 'mức độ hài lòng của người dân, doanh nghiệp', P, Y))
    return ts


HEAD = '''Trang thông tin điện tử huyện Mường Ảng - tỉnh Điện Biên
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ
Tìm kiếm...
Văn bản chỉ đạo điều hành
Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến, số hóa và chứng thực điện tử năm 2024
Ngày đăng: 20/03/2024 09:27 | Lượt xem: 412 | Cỡ chữ: A- A A+ | In bài viết

ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN MƯỜNG ẢNG\tĐộc lập - Tự do - Hạnh phúc
Số: 356/UBND-VP\tMường Ảng, ngày 18 tháng 3 năm 2024
V/v giao chỉ tiêu tỷ lệ hồ sơ trực
tuyến, thanh toán trực tuyến, số hóa
và chứng thực điện tử năm 2024

Kính gửi:
- Các cơ quan chuyên môn thuộc UBND huyện;
- Chi nhánh Văn phòng Đăng ký đất đai huyện;
- UBND các xã, thị trấn.

'''

TAIL = '''
Nơi nhận:
- Như trên;
- Sở Thông tin và Truyền thông (b/c);
- TT Huyện ủy, TT HĐND huyện (b/c);
- Chủ tịch, các PCT UBND huyện;
- Trang TTĐT huyện;
- Lưu: VT, VP.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
(Đã ký)
Lò Văn Quyết

Tệp đính kèm: 356-UBND-VP-giao-chi-tieu-DVCTT-2024.pdf
Tin cùng chuyên mục:
- Công văn số 198/UBND-VP ngày 21/02/2024 về tăng cường sử dụng dịch vụ công trực tuyến (21/02/2024)
- Kế hoạch số 25/KH-UBND ngày 19/01/2024 về chuyển đổi số huyện Mường Ảng năm 2024 (19/01/2024)
- Thông báo kết quả thực hiện dịch vụ công trực tuyến năm 2023: toàn huyện đạt 45,6% (05/01/2024)
TRANG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG ẢNG
Cơ quan chủ quản: UBND huyện Mường Ảng - Địa chỉ: Tổ dân phố 4, thị trấn Mường Ảng, huyện Mường Ảng, tỉnh Điện Biên
Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện | Số lượt truy cập: 1.208.775
'''


def messy(paragraphs, rng):
    """Hard-wrap at ~70 characters and double some spaces (web copy)."""
    out = []
    for p in paragraphs:
        lines = textwrap.wrap(p, width=70, break_long_words=False, break_on_hyphens=False)
        for ln in lines:
            words = ln.split(' ')
            ln = ''.join(w + ('  ' if rng.random() < 0.07 else ' ') for w in words[:-1]) + words[-1]
            out.append(ln)
    return '\n'.join(out)


def main():
    rng = random.Random(356)
    text = HEAD + messy(PARAS, rng) + '\n' + TAIL
    write_doc(SEED, unicodedata.normalize('NFD', text))
    doc = {
        'number': '356/UBND-VP', 'symbol': 'UBND-VP', 'serial': '356', 'type': 'cong_van',
        'issuer': 'Ủy ban nhân dân huyện Mường Ảng', 'place': 'Mường Ảng', 'date': '2024-03-18',
        'subject': 'Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến, số hóa và chứng thực điện tử năm 2024',
        'signer': 'Lò Văn Quyết',
        'year': Y,
        'references': ['402/QĐ-UBND', '25/KH-UBND'],
    }
    write_gold(SEED, [{'document': doc, 'targets': gold_targets()}])


if __name__ == '__main__':
    main()
