#!/usr/bin/env python3
"""y3_04: city decision of UBND thành phố Tân An (Long An), Quyết định
215/QĐ-UBND, 18/02/2025, for 2025, as a Word-to-text conversion: tab-joined
header, Điều 1 in prose, the appendix as tab-separated lines (seed 000 form).

Theme Y3, units whose names hold numbers:
- table rows "Phường 1" … "Phường 7" with STT numbers beside them, and
  percentage cells; "Phường 7 | 70" etc.;
- prose "UBND Phường 1, Phường 3 và Phường 5" and "UBND các phường 2, 4, 6
  và 7" (kind factored out over bare numbers) and "UBND các xã: Hướng Thọ
  Phú, …" — one target per ward/commune;
- a results sentence naming wards with figures (not targets);
- city offices by abbreviation ("Phòng TN&MT", "Phòng LĐ-TB&XH") with the
  full forms in the body; non-office units: Chi nhánh Văn phòng đăng ký đất
  đai thành phố Tân An, Điện lực Tân An, Bảo hiểm xã hội thành phố;
- section rows "I KHỐI CÁC PHÒNG, BAN, ĐƠN VỊ" / "II KHỐI UBND CÁC PHƯỜNG, XÃ"
  are unit_group.
"""
import os
from common import DOCS, T, num, write_gold

SEED = 'y3_04_tanan_qd_2025.txt'
Y = 2025
TP = 'thành phố Tân An'


def PH(name):
    """an office of the city: accept the city suffix"""
    return [name, f'{name} thành phố', f'{name} {TP}']


def W(kind, name):
    """ward / commune: 'Phường 1' -> 'UBND Phường 1' or 'Phường 1'"""
    return [f'UBND {kind} {name}', f'{kind[0].upper()}{kind[1:]} {name}']


COLS = [
    ('Tỷ lệ hồ sơ trực tuyến (%)', 'online_dossier_rate'),
    ('Tỷ lệ thanh toán trực tuyến (%)', 'online_payment_rate'),
    ('Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC (%)', 'dossier_result_digitization_rate'),
]
GI = 'Khối các phòng, ban, đơn vị thuộc thành phố'
GII = 'Khối UBND các phường, xã'
ROWS = [
    ('S', 'I', 'KHỐI CÁC PHÒNG, BAN, ĐƠN VỊ THUỘC THÀNH PHỐ', GI),
    ('Phòng Tư pháp', PH('Phòng Tư pháp'), ['80', '60', '100'], ''),
    ('Phòng TN&MT', PH('Phòng Tài nguyên và Môi trường') + PH('Phòng TN&MT'), ['60', '40', '100'], ''),
    ('Phòng LĐ-TB&XH', PH('Phòng Lao động - Thương binh và Xã hội') + PH('Phòng LĐ-TB&XH'), ['75', '—', '100'], 'Không phát sinh phí, lệ phí'),
    ('Phòng Kinh tế', PH('Phòng Kinh tế'), ['70', '50', '100'], ''),
    ('Phòng Quản lý đô thị', PH('Phòng Quản lý đô thị'), ['65', '50', '100'], ''),
    ('Chi nhánh Văn phòng đăng ký đất đai thành phố Tân An',
     ['Chi nhánh Văn phòng đăng ký đất đai thành phố Tân An', 'Chi nhánh Văn phòng đăng ký đất đai thành phố'],
     ['55', '45', '95'], 'Lĩnh vực đất đai'),
    ('Bảo hiểm xã hội thành phố', ['Bảo hiểm xã hội thành phố', 'Bảo hiểm xã hội thành phố Tân An', 'BHXH thành phố'],
     ['90', '', '100'], ''),
    ('Điện lực Tân An', ['Điện lực Tân An', 'Điện lực thành phố Tân An'], ['95', '90', ''], 'Dịch vụ cấp điện'),
    ('S', 'II', 'KHỐI UBND CÁC PHƯỜNG, XÃ', GII),
    ('Phường 1', W('Phường', '1'), ['65', '45', '90'], ''),
    ('Phường 2', W('Phường', '2'), ['60', '40', '90'], ''),
    ('Phường 3', W('Phường', '3'), ['60', '40', '85'], ''),
    ('Phường 4', W('Phường', '4'), ['55', '35', '85'], ''),
    ('Phường 5', W('Phường', '5'), ['55', '35', '85'], ''),
    ('Phường 6', W('Phường', '6'), ['50', '30', '80'], ''),
    ('Phường 7', W('Phường', '7'), ['70', '50', '90'], ''),
    ('Phường Tân Khánh', W('phường', 'Tân Khánh'), ['50', '30', '80'], ''),
    ('Phường Khánh Hậu', W('phường', 'Khánh Hậu'), ['50', '30', '80'], ''),
    ('Xã Hướng Thọ Phú', W('xã', 'Hướng Thọ Phú'), ['45', '25', '75'], ''),
    ('Xã Nhơn Thạnh Trung', W('xã', 'Nhơn Thạnh Trung'), ['45', '25', '75'], ''),
    ('Xã Lợi Bình Nhơn', W('xã', 'Lợi Bình Nhơn'), ['40', '25', '75'], ''),
    ('Xã Bình Tâm', W('xã', 'Bình Tâm'), ['40', '20', '70'], ''),
    ('Xã An Vĩnh Ngãi', W('xã', 'An Vĩnh Ngãi'), ['40', '20', '70'], ''),
]


def P(unit, metric, value, text, note=None):
    return T(unit, metric, value, text, 'prose', Y, note=note)


ECC = 'tỷ lệ chứng thực bản sao điện tử từ bản chính'
ER = 'tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử'

HEADER = '''ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
THÀNH PHỐ TÂN AN\tĐộc lập - Tự do - Hạnh phúc
\t
Số: 215/QĐ-UBND\tTân An, ngày 18 tháng 02 năm 2025

QUYẾT ĐỊNH
Về việc giao chỉ tiêu dịch vụ công trực tuyến, thanh toán trực tuyến và số hóa
hồ sơ, kết quả giải quyết thủ tục hành chính năm 2025

ỦY BAN NHÂN DÂN THÀNH PHỐ TÂN AN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;
Căn cứ Quyết định số 1047/QĐ-UBND ngày 24/01/2025 của Ủy ban nhân dân tỉnh Long An về việc giao chỉ tiêu dịch vụ công trực tuyến năm 2025;
Xét đề nghị của Trưởng phòng Văn hóa và Thông tin thành phố tại Tờ trình số 09/TTr-VHTT ngày 12 tháng 02 năm 2025.

QUYẾT ĐỊNH:
'''

BODY = [
    ('Điều 1. Giao chỉ tiêu dịch vụ công trực tuyến, thanh toán trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2025 cho các phòng, ban, đơn vị thuộc thành phố và Ủy ban nhân dân các phường, xã (chi tiết tại Phụ lục kèm theo). Ngoài ra:', []),
    ('1. Năm 2024, tỷ lệ hồ sơ trực tuyến của Phường 1 đạt 68,2%, Phường 3 đạt 54,9%, Phường 7 đạt 61,5%, xã Bình Tâm đạt 33,8%; các chỉ tiêu năm 2025 được giao trên cơ sở kết quả này.', []),
    ('2. UBND Phường 1, Phường 3 và Phường 5 bảo đảm tỷ lệ chứng thực bản sao điện tử từ bản chính đạt tối thiểu 60%.', [
        P(W('Phường', '1'), 'e_certified_copy_rate', 60, ECC),
        P(W('Phường', '3'), 'e_certified_copy_rate', 60, ECC),
        P(W('Phường', '5'), 'e_certified_copy_rate', 60, ECC),
    ]),
    ('3. UBND các phường 2, 4, 6 và 7 bảo đảm tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt tối thiểu 55%.', [
        P(W('Phường', '2'), 'electronic_result_rate', 55, ER),
        P(W('Phường', '4'), 'electronic_result_rate', 55, ER),
        P(W('Phường', '6'), 'electronic_result_rate', 55, ER),
        P(W('Phường', '7'), 'electronic_result_rate', 55, ER),
    ]),
    ('4. UBND các xã: Hướng Thọ Phú, Nhơn Thạnh Trung, Lợi Bình Nhơn, Bình Tâm và An Vĩnh Ngãi bảo đảm tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt tối thiểu 40%.', [
        P(W('xã', n), 'electronic_result_rate', 40, ER)
        for n in ['Hướng Thọ Phú', 'Nhơn Thạnh Trung', 'Lợi Bình Nhơn', 'Bình Tâm', 'An Vĩnh Ngãi']
    ]),
    ('Điều 2. Tổ chức thực hiện', []),
    ('1. Phòng Văn hóa và Thông tin thành phố theo dõi, đôn đốc; định kỳ trước ngày 25 hằng tháng tổng hợp, báo cáo Ủy ban nhân dân thành phố.', []),
    ('2. Phòng Tài nguyên và Môi trường phối hợp Chi nhánh Văn phòng đăng ký đất đai thành phố Tân An số hóa kết quả giải quyết thủ tục hành chính lĩnh vực đất đai; Phòng Lao động - Thương binh và Xã hội hướng dẫn các phường, xã thực hiện dịch vụ công trực tuyến lĩnh vực bảo trợ xã hội.', []),
    ('3. Đề nghị Bảo hiểm xã hội thành phố, Điện lực Tân An phối hợp cung cấp số liệu; Phòng Tư pháp hướng dẫn nghiệp vụ chứng thực bản sao điện tử cho 14 phường, xã.', []),
    ('Điều 3. Chánh Văn phòng HĐND và UBND thành phố, Trưởng các phòng, ban, Thủ trưởng các đơn vị có liên quan, Chủ tịch UBND Phường 1, Phường 2, Phường 3, Phường 4, Phường 5, Phường 6, Phường 7, các phường Tân Khánh, Khánh Hậu và các xã chịu trách nhiệm thi hành Quyết định này kể từ ngày ký./.', []),
]

FOOTER = '''
Nơi nhận:\tTM. ỦY BAN NHÂN DÂN
- Như Điều 3;\tKT. CHỦ TỊCH
- Sở TT&TT tỉnh Long An;\tPHÓ CHỦ TỊCH
- TT Thành ủy, TT HĐND thành phố;\t
- CT, các PCT UBND thành phố;\t
- Lưu: VT.\tNguyễn Thanh Phong


PHỤ LỤC
CHỈ TIÊU DỊCH VỤ CÔNG TRỰC TUYẾN, THANH TOÁN TRỰC TUYẾN VÀ SỐ HÓA HỒ SƠ, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2025
(Kèm theo Quyết định số 215/QĐ-UBND ngày 18 tháng 02 năm 2025 của UBND thành phố Tân An)

'''


def table():
    lines = ['\t'.join(['STT', 'Tên đơn vị'] + [c for c, _ in COLS] + ['Ghi chú'])]
    ts, group, stt = [], None, 0
    for r in ROWS:
        if r[0] == 'S':
            group, stt = r[3], 0
            lines.append(f'{r[1]}\t{r[2]}\t\t\t\t')
            continue
        name, spell, cells, note = r
        stt += 1
        lines.append('\t'.join([str(stt), name] + cells + [note]))
        for (hdr, metric), c in zip(COLS, cells):
            v = num(c)
            if v is None:
                continue
            ts.append(T(spell, metric, v, hdr, 'table', Y, unit_group=group, note=note or None))
    return lines, ts


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
        'number': '215/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '215', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân thành phố Tân An', 'place': 'Tân An', 'date': '2025-02-18',
        'subject': 'Về việc giao chỉ tiêu dịch vụ công trực tuyến, thanh toán trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2025',
        'signer': 'Nguyễn Thanh Phong',
        'references': ['1047/QĐ-UBND', '09/TTr-VHTT'],
    }
    write_gold(SEED, [{'document': doc, 'targets': pts + tts}])


if __name__ == '__main__':
    main()
