#!/usr/bin/env python3
"""u3_02: Tam Nông district (Phú Thọ) plan (Kế hoạch 87/KH-UBND, 15/02/2023)
as a web copy in markdown: the header is a two-column pipe table with <br>,
headings are '**…**', the targets for the district's departments are a
markdown pipe table (departments × 4 indicators, blanks, "-" cells, a Ghi chú
column), and the targets for "UBND các xã, thị trấn" and for named communes are
in prose (enumerations, an exception "riêng xã Tề Lễ …"). Section I repeats
2022 results with the same wordings (no targets).

Prose lines and table rows below write both the markdown and the gold.
"""
import os
from common import DOCS, T, num, write_gold, local_unit

SEED = 'u3_02_tamnong_kh_2023.md'
Y = 2023
DIST = [None, 'Toàn huyện', 'Huyện Tam Nông']
XA_G = ['UBND các xã, thị trấn', 'Các xã, thị trấn', 'UBND cấp xã']


def P(unit, metric, value, text, comparator='>=', note=None):
    return T(unit, metric, value, text, 'prose', Y, comparator=comparator, note=note)


def XA(name):      # "xã Hương Nộn" -> ["UBND xã Hương Nộn", "Xã Hương Nộn"]
    return local_unit('UBND ' + name)


COLS = [
    ('Tỷ lệ hồ sơ trực tuyến (%)', 'online_dossier_rate'),
    ('Tỷ lệ số hóa hồ sơ (%)', 'dossier_digitization_rate'),
    ('Tỷ lệ số hóa kết quả giải quyết TTHC (%)', 'result_digitization_rate'),
    ('Tỷ lệ hồ sơ giải quyết đúng hạn (%)', 'on_time_resolution_rate'),
]


def dept(name, *extra):
    return [name, name + ' huyện', *extra]


# (stt, printed name, spellings, [4 cells], ghi chú)
ROWS = [
    (1, 'Văn phòng HĐND và UBND', dept('Văn phòng HĐND và UBND', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện'),
     ['60', '80', '80', '100'], ''),
    (2, 'Phòng Tư pháp', dept('Phòng Tư pháp'), ['70', '90', '90', '100'], 'Gồm lĩnh vực chứng thực, hộ tịch'),
    (3, 'Phòng Tài chính - Kế hoạch', dept('Phòng Tài chính - Kế hoạch', 'Phòng Tài chính Kế hoạch'),
     ['65', '85', '85', '100'], ''),
    (4, 'Phòng Tài nguyên và Môi trường', dept('Phòng Tài nguyên và Môi trường'), ['40', '70', '70', '98,5'],
     'Không bao gồm hồ sơ đất đai liên thông'),
    (5, 'Phòng Kinh tế - Hạ tầng', dept('Phòng Kinh tế - Hạ tầng', 'Phòng Kinh tế và Hạ tầng'),
     ['55', '80', '80', '100'], ''),
    (6, 'Phòng Nông nghiệp và Phát triển nông thôn', dept('Phòng Nông nghiệp và Phát triển nông thôn'),
     ['50', '75', '', '100'], 'Chưa phát sinh kết quả giải quyết TTHC'),
    (7, 'Phòng Lao động - Thương binh và Xã hội',
     dept('Phòng Lao động - Thương binh và Xã hội', 'Phòng Lao động, Thương binh và Xã hội'),
     ['60', '80', '80', '100'], ''),
    (8, 'Phòng Văn hóa và Thông tin', dept('Phòng Văn hóa và Thông tin'), ['60', '80', '80', '100'], ''),
    (9, 'Phòng Giáo dục và Đào tạo', dept('Phòng Giáo dục và Đào tạo'), ['50', '75', '75', '100'], ''),
    (10, 'Phòng Nội vụ', dept('Phòng Nội vụ'), ['-', '75', '75', '100'], 'Không có TTHC cung cấp trực tuyến'),
    (11, 'Phòng Y tế', dept('Phòng Y tế'), ['45', '75', '75', '100'], ''),
    (12, 'Chi nhánh Văn phòng đăng ký đất đai huyện Tam Nông',
     ['Chi nhánh Văn phòng đăng ký đất đai huyện Tam Nông', 'Chi nhánh Văn phòng đăng ký đất đai'],
     ['35', '60', '60', '97,5'], 'Đơn vị thuộc Sở Tài nguyên và Môi trường, giao theo địa bàn'),
]

HEAD = '''| **ỦY BAN NHÂN DÂN**<br>**HUYỆN TAM NÔNG**<br>-------<br>Số: 87/KH-UBND | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc**<br>---------------<br>*Tam Nông, ngày 15 tháng 02 năm 2023* |
|---|---|

**KẾ HOẠCH**

**Nâng cao tỷ lệ sử dụng dịch vụ công trực tuyến, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính trên địa bàn huyện Tam Nông năm 2023**

Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;

Căn cứ Kế hoạch số 315/KH-UBND ngày 20/01/2023 của Ủy ban nhân dân tỉnh Phú Thọ về cải cách hành chính và chuyển đổi số năm 2023;

Ủy ban nhân dân huyện Tam Nông ban hành Kế hoạch nâng cao tỷ lệ sử dụng dịch vụ công trực tuyến, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính trên địa bàn huyện năm 2023, cụ thể như sau:

**I. KẾT QUẢ THỰC HIỆN NĂM 2022**

Năm 2022, toàn huyện tiếp nhận 21.764 hồ sơ thủ tục hành chính; tỷ lệ hồ sơ trực tuyến đạt 31,4%; tỷ lệ số hóa hồ sơ đạt 46,9%; tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,2%. Ở cấp huyện, Phòng Tư pháp đạt tỷ lệ hồ sơ trực tuyến cao nhất (68,2%); ở cấp xã, bình quân tỷ lệ hồ sơ trực tuyến đạt 24,7%, xã Tề Lễ mới đạt 9,3%.

**II. MỤC TIÊU, CHỈ TIÊU NĂM 2023**

**1. Chỉ tiêu chung**

'''

# prose lines: (text, targets)
GENERAL = [
    ('Toàn huyện phấn đấu năm 2023 tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính đạt tối thiểu 45%.', [
        P(DIST, 'online_dossier_rate', 45, 'tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính'),
    ]),
    ('', []),
    ('**2. Chỉ tiêu đối với các cơ quan chuyên môn, đơn vị thuộc Ủy ban nhân dân huyện**', []),
    ('', []),
]

XA_LINES = [
    ('**3. Chỉ tiêu đối với Ủy ban nhân dân các xã, thị trấn**', []),
    ('', []),
    ('a) Tỷ lệ hồ sơ trực tuyến: Ủy ban nhân dân các xã, thị trấn đạt tối thiểu 35%; trong đó các xã: Hương Nộn, Dị Nậu, Cổ Tiết phấn đấu đạt tối thiểu 40%; riêng xã Tề Lễ đạt 30%.', [
        P(XA_G, 'online_dossier_rate', 35, 'Tỷ lệ hồ sơ trực tuyến',
          note='các xã Hương Nộn, Dị Nậu, Cổ Tiết tối thiểu 40%; riêng xã Tề Lễ 30%'),
        P(XA('xã Hương Nộn'), 'online_dossier_rate', 40, 'Tỷ lệ hồ sơ trực tuyến'),
        P(XA('xã Dị Nậu'), 'online_dossier_rate', 40, 'Tỷ lệ hồ sơ trực tuyến'),
        P(XA('xã Cổ Tiết'), 'online_dossier_rate', 40, 'Tỷ lệ hồ sơ trực tuyến'),
        P(XA('xã Tề Lễ'), 'online_dossier_rate', 30, 'Tỷ lệ hồ sơ trực tuyến'),
    ]),
    ('', []),
    ('b) Tỷ lệ số hóa hồ sơ khi tiếp nhận đạt tối thiểu 60%; Ủy ban nhân dân thị trấn Hưng Hóa và các xã Hồng Đà, Thanh Uyên đạt tối thiểu 70%.', [
        P(XA_G, 'dossier_digitization_rate', 60, 'Tỷ lệ số hóa hồ sơ khi tiếp nhận',
          note='thị trấn Hưng Hóa, các xã Hồng Đà, Thanh Uyên tối thiểu 70%'),
        P(XA('thị trấn Hưng Hóa'), 'dossier_digitization_rate', 70, 'Tỷ lệ số hóa hồ sơ khi tiếp nhận'),
        P(XA('xã Hồng Đà'), 'dossier_digitization_rate', 70, 'Tỷ lệ số hóa hồ sơ khi tiếp nhận'),
        P(XA('xã Thanh Uyên'), 'dossier_digitization_rate', 70, 'Tỷ lệ số hóa hồ sơ khi tiếp nhận'),
    ]),
    ('', []),
    ('c) Tỷ lệ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí đạt tối thiểu 25%.', [
        P(XA_G, 'online_payment_rate', 25, 'Tỷ lệ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí'),
    ]),
    ('', []),
    ('d) Tỷ lệ hồ sơ giải quyết đúng hạn từ 98% trở lên; tỷ lệ hồ sơ giải quyết quá hạn không quá 2%.', [
        P(XA_G, 'on_time_resolution_rate', 98, 'Tỷ lệ hồ sơ giải quyết đúng hạn'),
        P(XA_G, None, 2, 'tỷ lệ hồ sơ giải quyết quá hạn', comparator='<='),
    ]),
    ('', []),
    ('**III. NHIỆM VỤ, GIẢI PHÁP**', []),
    ('', []),
    ('1. Văn phòng HĐND và UBND huyện chủ trì hướng dẫn Bộ phận Một cửa huyện, xã thực hiện số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; hoàn thành rà soát quy trình nội bộ trước ngày 31/3/2023.', []),
    ('', []),
    ('2. Phòng Văn hóa và Thông tin phối hợp Đoàn Thanh niên huyện duy trì hoạt động của các Tổ công nghệ số cộng đồng tại các khu dân cư; tuyên truyền, hướng dẫn người dân nộp hồ sơ trực tuyến.', []),
    ('', []),
    ('**IV. TỔ CHỨC THỰC HIỆN**', []),
    ('', []),
    ('Thủ trưởng các cơ quan chuyên môn, đơn vị thuộc Ủy ban nhân dân huyện, Chủ tịch Ủy ban nhân dân các xã, thị trấn căn cứ Kế hoạch này tổ chức thực hiện; định kỳ hằng quý báo cáo kết quả về Ủy ban nhân dân huyện (qua Văn phòng HĐND và UBND huyện) trước ngày 15 của tháng cuối quý./.', []),
    ('', []),
    ('| **Nơi nhận:**<br>- UBND tỉnh (b/c);<br>- Sở Thông tin và Truyền thông;<br>- TT Huyện ủy, TT HĐND huyện;<br>- CT, các PCT UBND huyện;<br>- Các cơ quan, đơn vị thuộc UBND huyện;<br>- UBND các xã, thị trấn;<br>- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN**<br>**KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br><br><br>**Đinh Quang Thiều** |', []),
    ('|---|---|', []),
]


def esc(s):
    return s.replace('|', '\\|')


def table_lines_and_targets():
    hdr = ['STT', 'Cơ quan, đơn vị'] + [c for c, _ in COLS] + ['Ghi chú']
    lines = ['| ' + ' | '.join(hdr) + ' |', '|' + '|'.join([':---:', '---'] + [':---:'] * len(COLS) + ['---']) + '|']
    ts = []
    for stt, name, units, cells, note in ROWS:
        lines.append('| ' + ' | '.join([str(stt), esc(name)] + cells + [note]) + ' |')
        for (h, metric), c in zip(COLS, cells):
            v = num(c)
            if v is None:
                continue
            ts.append(T(units, metric, v, h, 'table', Y, unit_group='Các cơ quan chuyên môn, đơn vị thuộc UBND huyện',
                        note=note or None))
    return lines, ts


def main():
    tlines, table_ts = table_lines_and_targets()
    out = [HEAD.rstrip('\n'), '']
    prose = []
    for text, ts in GENERAL:
        out.append(text); prose += ts
    out += tlines
    out.append('')
    for text, ts in XA_LINES:
        out.append(text); prose += ts
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    doc = {
        'number': '87/KH-UBND', 'symbol': 'KH-UBND', 'serial': '87', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân huyện Tam Nông', 'place': 'Tam Nông', 'date': '2023-02-15',
        'subject': 'Nâng cao tỷ lệ sử dụng dịch vụ công trực tuyến, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính trên địa bàn huyện Tam Nông năm 2023',
        'signer': 'Đinh Quang Thiều',
        'references': ['107/2021/NĐ-CP', '61/2018/NĐ-CP', '315/KH-UBND'],
    }
    write_gold(SEED, [{'document': doc, 'targets': prose + table_ts}])


if __name__ == '__main__':
    main()
