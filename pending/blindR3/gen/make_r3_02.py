#!/usr/bin/env python3
"""r3_02: one markdown file (a web copy) holding two documents:
1. Công văn 1047/UBND-VP (29/5/2024) of UBND huyện Hải Lăng forwarding the
   provincial decision, restating the district's own assigned levels and
   assigning levels to its communes (with a "riêng" exception);
2. Quyết định 1126/QĐ-UBND (20/5/2024) of UBND tỉnh Quảng Trị, province-wide
   prose levels in Điều 1 and an appendix as a pipe table (units × 3
   indicators, section rows A / B, a "Ghi chú" column, "không giao" / "—"
   cells).
The table rows below write both the pipe table and the gold.
"""
import os
from common import DOCS, T, num, write_gold

SEED = 'r3_02_quangtri_cv_2024.md'
Y = 2024
M_FO = 'tỷ lệ hồ sơ trực tuyến toàn trình'
M_PAY = 'tỷ lệ thanh toán trực tuyến'
M_DIG = 'tỷ lệ số hóa hồ sơ thủ tục hành chính'

HL = [None, 'Huyện Hải Lăng', 'UBND huyện Hải Lăng', 'Toàn huyện']
CQCM = ['Các cơ quan chuyên môn thuộc UBND huyện', 'Các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện',
        'Các cơ quan chuyên môn thuộc huyện']
XA = ['UBND các xã, thị trấn', 'UBND các xã, thị trấn thuộc huyện Hải Lăng']
DS = ['UBND thị trấn Diên Sanh', 'Thị trấn Diên Sanh']
PROV = [None, 'Toàn tỉnh', 'Tỉnh Quảng Trị']

CV_HEAD = '''**ỦY BAN NHÂN DÂN**
**HUYỆN HẢI LĂNG**

Số: 1047/UBND-VP

V/v triển khai Quyết định số 1126/QĐ-UBND ngày 20/5/2024 của UBND tỉnh

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*Hải Lăng, ngày 29 tháng 5 năm 2024*

Kính gửi:

- Các cơ quan chuyên môn thuộc UBND huyện;
- UBND các xã, thị trấn.

Thực hiện Quyết định số 1126/QĐ-UBND ngày 20/5/2024 của UBND tỉnh Quảng Trị về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình, thanh toán trực tuyến và số hóa hồ sơ thủ tục hành chính năm 2024 (sao gửi kèm theo), UBND huyện yêu cầu:

'''

CV_PROSE = [
    ('Năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình của huyện chỉ đạt 21,7%, tỷ lệ thanh toán trực tuyến đạt 18,3%, tỷ lệ số hóa hồ sơ đạt 39,5%, thấp hơn bình quân chung của tỉnh.', []),
    ('1. Chỉ tiêu UBND tỉnh giao cho huyện Hải Lăng năm 2024: tỷ lệ hồ sơ trực tuyến toàn trình tối thiểu 45%; tỷ lệ thanh toán trực tuyến tối thiểu 40%; tỷ lệ số hóa hồ sơ thủ tục hành chính tối thiểu 65%.',
     [T(HL, 'full_online_dossier_rate', 45, M_FO, 'prose', Y),
      T(HL, 'online_payment_rate', 40, M_PAY, 'prose', Y),
      T(HL, 'dossier_digitization_rate', 65, M_DIG, 'prose', Y)]),
    ('2. Để hoàn thành chỉ tiêu của huyện, giao tỷ lệ hồ sơ trực tuyến toàn trình năm 2024 đối với các cơ quan chuyên môn thuộc UBND huyện tối thiểu 55%; UBND các xã, thị trấn tối thiểu 40%, riêng UBND thị trấn Diên Sanh tối thiểu 50%.',
     [T(CQCM, 'full_online_dossier_rate', 55, M_FO, 'prose', Y),
      T(XA, 'full_online_dossier_rate', 40, M_FO, 'prose', Y, note='riêng thị trấn Diên Sanh 50%'),
      T(DS, 'full_online_dossier_rate', 50, M_FO, 'prose', Y)]),
    ('3. Văn phòng HĐND và UBND huyện theo dõi, tổng hợp kết quả thực hiện, báo cáo UBND huyện trước ngày 20 hằng tháng.', []),
]

CV_TAIL = '''
*Nơi nhận:*

- Như trên;
- TT Huyện ủy, TT HĐND huyện;
- CT, các PCT UBND huyện;
- Lưu: VT.

**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

*(Đã ký)*

**Lê Thị Thu Hà**

---

'''

QD_HEAD = '''**ỦY BAN NHÂN DÂN**
**TỈNH QUẢNG TRỊ**

Số: 1126/QĐ-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*Quảng Trị, ngày 20 tháng 5 năm 2024*

## QUYẾT ĐỊNH

**Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình, thanh toán trực tuyến và số hóa hồ sơ thủ tục hành chính năm 2024**

**ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ**

*Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;*

*Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính; Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP;*

*Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ;*

*Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 52/TTr-STTTT ngày 10 tháng 5 năm 2024.*

**QUYẾT ĐỊNH:**

'''

QD_PROSE = [
    ('**Điều 1.** Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình, thanh toán trực tuyến và số hóa hồ sơ thủ tục hành chính năm 2024 cho các sở, ban, ngành tỉnh và UBND các huyện, thị xã, thành phố (chi tiết tại Phụ lục kèm theo).', []),
    ('Phấn đấu đến hết năm 2024, toàn tỉnh đạt: tỷ lệ hồ sơ trực tuyến toàn trình tối thiểu 50%; tỷ lệ thanh toán trực tuyến tối thiểu 45%; tỷ lệ số hóa hồ sơ thủ tục hành chính tối thiểu 70%.',
     [T(PROV, 'full_online_dossier_rate', 50, M_FO, 'prose', Y),
      T(PROV, 'online_payment_rate', 45, M_PAY, 'prose', Y),
      T(PROV, 'dossier_digitization_rate', 70, M_DIG, 'prose', Y)]),
    ('**Điều 2.** Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện chỉ tiêu được giao; Sở Thông tin và Truyền thông theo dõi, tổng hợp, báo cáo UBND tỉnh hằng quý.', []),
    ('**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Thông tin và Truyền thông, Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố và các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.', []),
]

QD_TAIL = '''
*Nơi nhận:*

- Như Điều 3;
- Văn phòng Chính phủ (Cục KSTTHC);
- Bộ Thông tin và Truyền thông;
- CT, các PCT UBND tỉnh;
- Lưu: VT, NC.

**TM. ỦY BAN NHÂN DÂN**
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

**Hoàng Văn Tường**

---

### PHỤ LỤC

**CHỈ TIÊU TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH, THANH TOÁN TRỰC TUYẾN VÀ SỐ HÓA HỒ SƠ THỦ TỤC HÀNH CHÍNH NĂM 2024**

*(Kèm theo Quyết định số 1126/QĐ-UBND ngày 20/5/2024 của UBND tỉnh Quảng Trị)*

'''

COLS = [
    ('Tỷ lệ hồ sơ trực tuyến toàn trình (%)', 'full_online_dossier_rate'),
    ('Tỷ lệ thanh toán trực tuyến (%)', 'online_payment_rate'),
    ('Tỷ lệ số hóa hồ sơ TTHC (%)', 'dossier_digitization_rate'),
]


def S(name):
    return [name, name + ' tỉnh Quảng Trị']


def H(name):
    return ['UBND ' + name[0].lower() + name[1:], name]


GA = 'Sở, ban, ngành tỉnh'
GB = 'UBND các huyện, thị xã, thành phố'
ROWS = [
    ('S', 'A', 'SỞ, BAN, NGÀNH TỈNH', GA),
    (1, 'Sở Tư pháp', S('Sở Tư pháp'), ['60', '55', '80'], ''),
    (2, 'Sở Kế hoạch và Đầu tư', S('Sở Kế hoạch và Đầu tư'), ['70', '60', '80'], ''),
    (3, 'Sở Tài chính', S('Sở Tài chính'), ['55', '60', '75'], ''),
    (4, 'Sở Công Thương', S('Sở Công Thương'), ['65', '55', '80'], ''),
    (5, 'Sở Xây dựng', S('Sở Xây dựng'), ['50', '50', '75'], ''),
    (6, 'Sở Giao thông vận tải', S('Sở Giao thông vận tải'), ['60', '55', '80'], ''),
    (7, 'Sở Nông nghiệp và Phát triển nông thôn', S('Sở Nông nghiệp và Phát triển nông thôn'), ['50', '45', '70'], ''),
    (8, 'Sở Tài nguyên và Môi trường', S('Sở Tài nguyên và Môi trường'), ['35', '40', '60'], 'Lĩnh vực đất đai thực hiện theo lộ trình của Bộ Tài nguyên và Môi trường'),
    (9, 'Sở Y tế', S('Sở Y tế'), ['50', '45', '70'], ''),
    (10, 'Sở Văn hóa, Thể thao và Du lịch', S('Sở Văn hóa, Thể thao và Du lịch'), ['55', '—', '75'], 'Không phát sinh phí, lệ phí'),
    (11, 'Ban Quản lý Khu kinh tế tỉnh', ['Ban Quản lý Khu kinh tế tỉnh', 'Ban Quản lý Khu kinh tế tỉnh Quảng Trị'], ['60', '50', '75'], ''),
    ('S', 'B', 'UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ', GB),
    (1, 'Thành phố Đông Hà', H('Thành phố Đông Hà'), ['55', '50', '75'], ''),
    (2, 'Thị xã Quảng Trị', H('Thị xã Quảng Trị'), ['50', '45', '70'], ''),
    (3, 'Huyện Vĩnh Linh', H('Huyện Vĩnh Linh'), ['45', '40', '65'], ''),
    (4, 'Huyện Gio Linh', H('Huyện Gio Linh'), ['45', '40', '65'], ''),
    (5, 'Huyện Cam Lộ', H('Huyện Cam Lộ'), ['45', '40', '65'], ''),
    (6, 'Huyện Triệu Phong', H('Huyện Triệu Phong'), ['45', '40', '65'], ''),
    (7, 'Huyện Hải Lăng', H('Huyện Hải Lăng'), ['45', '40', '65'], ''),
    (8, 'Huyện Hướng Hóa', H('Huyện Hướng Hóa'), ['35', '30', '55'], 'Huyện miền núi'),
    (9, 'Huyện Đakrông', H('Huyện Đakrông'), ['30', '25', '50'], 'Huyện miền núi'),
    (10, 'Huyện Cồn Cỏ', H('Huyện Cồn Cỏ'), ['30', 'không giao', ''], 'Huyện đảo, không phát sinh hồ sơ có thu phí; số hóa hồ sơ thực hiện theo hướng dẫn riêng'),
]


def table():
    hdr = ['STT', 'Tên đơn vị'] + [c for c, _ in COLS] + ['Ghi chú']
    lines = ['| ' + ' | '.join(hdr) + ' |', '|' + '|'.join([':---:', '---', ':---:', ':---:', ':---:', '---']) + '|']
    ts, group = [], None
    for r in ROWS:
        if r[0] == 'S':
            group = r[3]
            lines.append(f'| **{r[1]}** | **{r[2]}** |  |  |  |  |')
            continue
        stt, name, units, cells, note = r
        lines.append('| ' + ' | '.join([str(stt), name] + cells + [note]) + ' |')
        for (hdr_, metric), c in zip(COLS, cells):
            v = num(c)
            if v is None:
                continue
            ts.append(T(units, metric, v, hdr_, 'table', Y, unit_group=group, note=note or None))
    return lines, ts


def main():
    lines, tts = table()
    text = (CV_HEAD + '\n\n'.join(p for p, _ in CV_PROSE) + '\n' + CV_TAIL
            + QD_HEAD + '\n\n'.join(p for p, _ in QD_PROSE) + '\n' + QD_TAIL + '\n'.join(lines) + '\n')
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(text)
    cv = {
        'number': '1047/UBND-VP', 'symbol': 'UBND-VP', 'serial': '1047', 'type': 'cong_van',
        'issuer': 'Ủy ban nhân dân huyện Hải Lăng', 'place': 'Hải Lăng', 'date': '2024-05-29',
        'subject': 'Triển khai Quyết định số 1126/QĐ-UBND ngày 20/5/2024 của UBND tỉnh',
        'signer': 'Lê Thị Thu Hà', 'references': ['1126/QĐ-UBND'],
    }
    qd = {
        'number': '1126/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '1126', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Quảng Trị', 'place': 'Quảng Trị', 'date': '2024-05-20',
        'subject': 'Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình, thanh toán trực tuyến và số hóa hồ sơ thủ tục hành chính năm 2024',
        'signer': 'Hoàng Văn Tường',
        'references': ['61/2018/NĐ-CP', '107/2021/NĐ-CP', '766/QĐ-TTg', '52/TTr-STTTT'],
    }
    write_gold(SEED, [{'document': cv, 'targets': [t for _, ts in CV_PROSE for t in ts]},
                      {'document': qd, 'targets': [t for _, ts in QD_PROSE for t in ts] + tts}])


if __name__ == '__main__':
    main()
