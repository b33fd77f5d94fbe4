#!/usr/bin/env python3
"""x3_01: Bắc Giang provincial plan (Kế hoạch 27/KH-UBND, 18/01/2024) for
2024-2026, as a markdown web copy (header block as a 2-column pipe table,
appendix as three markdown pipe tables).

Theme: a column per year. Each appendix table is units x years for ONE
indicator: "STT | Tên cơ quan, đơn vị | Kết quả năm 2023 | Năm 2024 | Năm 2025 |
Năm 2026 | Ghi chú". The 2023 column is a result (no target); each year cell is
one target with its column's year. Cells are written "≥ 60", "97,5%", "100 %",
"Tối thiểu 55"; blank and "—" cells are no target. Prose in II.2 gives
per-year province-wide levels, including a per-year ceiling for late dossiers
("trễ hạn … không quá 2%").

The prose lines and table rows below write both the text and the gold.
"""
from common import T, H, cell, write_doc, write_gold

SEED = 'x3_01_bacgiang_kh_2024.md'
Y = 2024
YEARS = [2024, 2025, 2026]
PROV = [None, 'Toàn tỉnh', 'Tỉnh Bắc Giang']


def P(unit, metric, value, text, year, comparator='>='):
    return T(unit, metric, value, text, 'prose', year, comparator=comparator)


M_FOD = 'Tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ của các thủ tục hành chính được cung cấp trực tuyến toàn trình'
M_PAY = 'Tỷ lệ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí'
M_LATE = 'Tỷ lệ hồ sơ giải quyết trễ hạn'

HEADER = '''| **ỦY BAN NHÂN DÂN<br>TỈNH BẮC GIANG**<br>------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc**<br>--------------- |
|:---:|:---:|
| Số: 27/KH-UBND | *Bắc Giang, ngày 18 tháng 01 năm 2024* |

**KẾ HOẠCH**

**Nâng cao tỷ lệ hồ sơ trực tuyến toàn trình, giải quyết đúng hạn và thanh toán trực tuyến trên địa bàn tỉnh Bắc Giang giai đoạn 2024 - 2026**

Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính; Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP;

Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;

Căn cứ Kế hoạch số 12/KH-UBND ngày 16/01/2023 của UBND tỉnh về cải cách hành chính năm 2023 và Báo cáo số 09/BC-VP ngày 08/01/2024 của Văn phòng UBND tỉnh,

Ủy ban nhân dân tỉnh ban hành Kế hoạch nâng cao tỷ lệ hồ sơ trực tuyến toàn trình, giải quyết đúng hạn và thanh toán trực tuyến trên địa bàn tỉnh giai đoạn 2024 - 2026 như sau:

'''

ITEMS = [
    ('**I. KẾT QUẢ THỰC HIỆN NĂM 2023**', []),
    ('Năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình của toàn tỉnh đạt 38,4%; tỷ lệ hồ sơ giải quyết đúng hạn đạt 96,8%; tỷ lệ thanh toán trực tuyến đạt 41,6%; tỷ lệ hồ sơ giải quyết trễ hạn là 2,3% (năm 2022 là 3,1%). Kết quả của từng cơ quan, đơn vị tại cột "Kết quả năm 2023" của Phụ lục.', []),
    ('**II. MỤC TIÊU**', []),
    ('**1. Mục tiêu chung**', []),
    ('Nâng cao chất lượng phục vụ người dân, doanh nghiệp; gắn kết quả thực hiện chỉ tiêu với trách nhiệm người đứng đầu và kết quả đánh giá, xếp loại hằng năm.', []),
    ('**2. Mục tiêu cụ thể**', []),
    ('- ' + M_FOD + ' của toàn tỉnh: năm 2024 đạt tối thiểu 50%, năm 2025 đạt tối thiểu 65%, năm 2026 đạt tối thiểu 80%.', [
        P(PROV, 'full_online_dossier_rate', 50, M_FOD, 2024),
        P(PROV, 'full_online_dossier_rate', 65, M_FOD, 2025),
        P(PROV, 'full_online_dossier_rate', 80, M_FOD, 2026),
    ]),
    ('- ' + M_PAY + ': năm 2024 ≥ 50%, năm 2025 ≥ 60%, năm 2026 ≥ 70%.', [
        P(PROV, 'online_payment_rate', 50, M_PAY, 2024),
        P(PROV, 'online_payment_rate', 60, M_PAY, 2025),
        P(PROV, 'online_payment_rate', 70, M_PAY, 2026),
    ]),
    ('- ' + M_LATE + ': năm 2024 không quá 2%, năm 2025 không quá 1,5%, năm 2026 không quá 1%.', [
        P(PROV, None, 2, M_LATE, 2024, '<='),
        P(PROV, None, 1.5, M_LATE, 2025, '<='),
        P(PROV, None, 1, M_LATE, 2026, '<='),
    ]),
    ('- Đến hết năm 2024, 100 % kết quả giải quyết thủ tục hành chính còn hiệu lực được số hóa và lưu trữ tại Kho quản lý dữ liệu điện tử của tổ chức, cá nhân.', [
        P(PROV, 'result_digitization_rate', 100, 'kết quả giải quyết thủ tục hành chính còn hiệu lực được số hóa', 2024),
    ]),
    ('**III. NHIỆM VỤ, GIẢI PHÁP**', []),
    ('1. Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình, tỷ lệ hồ sơ giải quyết đúng hạn và tỷ lệ thanh toán trực tuyến theo từng năm cho các sở, ban, ngành tỉnh, UBND các huyện, thành phố (chi tiết tại Phụ lục kèm theo).', []),
    ('2. Thủ trưởng các cơ quan, đơn vị rà soát quy trình nội bộ, cấu hình thanh toán trực tuyến cho các thủ tục hành chính có thu phí, lệ phí trước ngày 31/3/2024; định kỳ trước ngày 20 tháng cuối quý báo cáo kết quả về Văn phòng UBND tỉnh.', []),
    ('3. Văn phòng UBND tỉnh theo dõi, tổng hợp kết quả thực hiện; tham mưu điều chỉnh chỉ tiêu năm 2025, năm 2026 khi có thay đổi về tổ chức bộ máy.', []),
    ('**IV. TỔ CHỨC THỰC HIỆN**', []),
    ('Các sở, ban, ngành tỉnh, UBND các huyện, thành phố căn cứ Kế hoạch này xây dựng kế hoạch của cơ quan, đơn vị mình, hoàn thành trước ngày 15/02/2024. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, phản ánh về Văn phòng UBND tỉnh để tổng hợp, báo cáo UBND tỉnh./.', []),
]

SIGN = '''
**Nơi nhận:**
- Văn phòng Chính phủ (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Chủ tịch, các PCT UBND tỉnh;
- Các sở, ban, ngành tỉnh;
- UBND các huyện, thành phố;
- Lưu: VT, KSTT.

**TM. ỦY BAN NHÂN DÂN**
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

*(đã ký)*

**Đoàn Minh Khải**

'''

APPX = '''**PHỤ LỤC**

**CHỈ TIÊU GIAO CHO CÁC CƠ QUAN, ĐƠN VỊ GIAI ĐOẠN 2024 - 2026**

*(Kèm theo Kế hoạch số 27/KH-UBND ngày 18/01/2024 của UBND tỉnh Bắc Giang)*

'''

GA, GB = 'Sở, ban, ngành tỉnh', 'UBND các huyện, thành phố'
S = lambda n: [n, n + ' tỉnh Bắc Giang']
# units: (stt, printed name, spellings)
UNITS = [
    ('S', 'I', GA),
    (1, 'Sở Tư pháp', S('Sở Tư pháp')),
    (2, 'Sở Kế hoạch và Đầu tư', S('Sở Kế hoạch và Đầu tư')),
    (3, 'Sở Tài nguyên và Môi trường', S('Sở Tài nguyên và Môi trường')),
    (4, 'Sở Giao thông vận tải', S('Sở Giao thông vận tải')),
    (5, 'Sở Xây dựng', S('Sở Xây dựng')),
    (6, 'Sở Công Thương', S('Sở Công Thương')),
    ('S', 'II', GB),
    (1, 'Thành phố Bắc Giang', H('Thành phố Bắc Giang')),
    (2, 'Huyện Lạng Giang', H('Huyện Lạng Giang')),
    (3, 'Huyện Lục Ngạn', H('Huyện Lục Ngạn')),
    (4, 'Huyện Sơn Động', H('Huyện Sơn Động')),
    (5, 'Huyện Tân Yên', H('Huyện Tân Yên')),
    (6, 'Huyện Hiệp Hòa', H('Huyện Hiệp Hòa')),
]

# per table: (title, metric, metric_text, {unit name: (result 2023, [2024, 2025, 2026], ghi chú)})
TABLES = [
    ('Bảng 1. Tỷ lệ hồ sơ trực tuyến toàn trình (%)', 'full_online_dossier_rate', 'Tỷ lệ hồ sơ trực tuyến toàn trình', {
        'Sở Tư pháp': ('45,2', ['≥ 60', '≥ 75', '≥ 85'], ''),
        'Sở Kế hoạch và Đầu tư': ('52,7', ['≥ 65', '≥ 80', '≥ 90'], ''),
        'Sở Tài nguyên và Môi trường': ('21,4', ['≥ 35', '≥ 50', '≥ 65'], 'Lĩnh vực đất đai'),
        'Sở Giao thông vận tải': ('61,3', ['≥ 70', '≥ 80', '≥ 90'], ''),
        'Sở Xây dựng': ('33,9', ['≥ 50', '≥ 65', '≥ 80'], ''),
        'Sở Công Thương': ('48,6', ['≥ 60', '≥ 75', '≥ 85'], ''),
        'Thành phố Bắc Giang': ('36,8', ['≥ 50', '≥ 65', '≥ 80'], ''),
        'Huyện Lạng Giang': ('30,5', ['≥ 45', '≥ 60', '≥ 75'], ''),
        'Huyện Lục Ngạn': ('24,1', ['≥ 40', '≥ 55', '≥ 70'], ''),
        'Huyện Sơn Động': ('18,7', ['≥ 30', '≥ 45', '≥ 60'], 'Huyện miền núi đặc biệt khó khăn'),
        'Huyện Tân Yên': ('29,3', ['≥ 45', '≥ 60', '≥ 75'], ''),
        'Huyện Hiệp Hòa': ('31,2', ['≥ 45', '≥ 60', '≥ 75'], ''),
    }),
    ('Bảng 2. Tỷ lệ hồ sơ giải quyết đúng hạn (%)', 'on_time_resolution_rate', 'Tỷ lệ hồ sơ giải quyết đúng hạn', {
        'Sở Tư pháp': ('98,2', ['99%', '99%', '100 %'], ''),
        'Sở Kế hoạch và Đầu tư': ('99,4', ['100 %', '100 %', '100 %'], ''),
        'Sở Tài nguyên và Môi trường': ('91,6', ['95%', '97,5%', '98%'], 'Lĩnh vực đất đai'),
        'Sở Giao thông vận tải': ('99,1', ['99%', '100 %', '100 %'], ''),
        'Sở Xây dựng': ('96,3', ['97,5%', '98%', '—'], 'Năm 2026 giao sau khi sắp xếp tổ chức bộ máy'),
        'Sở Công Thương': ('98,8', ['99%', '99%', '100 %'], ''),
        'Thành phố Bắc Giang': ('95,7', ['97,5%', '98%', '98,5%'], ''),
        'Huyện Lạng Giang': ('96,0', ['97,5%', '98%', '98,5%'], ''),
        'Huyện Lục Ngạn': ('94,9', ['97%', '97,5%', '98%'], ''),
        'Huyện Sơn Động': ('94,2', ['96%', '97%', '97,5%'], 'Huyện miền núi đặc biệt khó khăn'),
        'Huyện Tân Yên': ('97,1', ['98%', '98,5%', '99%'], ''),
        'Huyện Hiệp Hòa': ('96,4', ['97,5%', '98%', '98,5%'], ''),
    }),
    ('Bảng 3. Tỷ lệ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí (%)', 'online_payment_rate',
     'Tỷ lệ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí', {
        'Sở Tư pháp': ('47,5', ['Tối thiểu 55', 'Tối thiểu 65', 'Tối thiểu 75'], ''),
        'Sở Kế hoạch và Đầu tư': ('', ['', '', ''], 'Miễn phí, lệ phí khi thực hiện trực tuyến'),
        'Sở Tài nguyên và Môi trường': ('35,2', ['Tối thiểu 45', 'Tối thiểu 55', 'Tối thiểu 65'], 'Lĩnh vực đất đai'),
        'Sở Giao thông vận tải': ('58,9', ['Tối thiểu 65', 'Tối thiểu 75', 'Tối thiểu 85'], ''),
        'Sở Xây dựng': ('40,3', ['Tối thiểu 50', 'Tối thiểu 60', '—'], 'Năm 2026 giao sau khi sắp xếp tổ chức bộ máy'),
        'Sở Công Thương': ('51,0', ['Tối thiểu 60', 'Tối thiểu 70', 'Tối thiểu 80'], ''),
        'Thành phố Bắc Giang': ('44,6', ['Tối thiểu 55', 'Tối thiểu 65', 'Tối thiểu 75'], ''),
        'Huyện Lạng Giang': ('39,8', ['Tối thiểu 50', 'Tối thiểu 60', 'Tối thiểu 70'], ''),
        'Huyện Lục Ngạn': ('36,4', ['Tối thiểu 45', 'Tối thiểu 55', 'Tối thiểu 65'], ''),
        'Huyện Sơn Động': ('27,9', ['Tối thiểu 40', 'Tối thiểu 50', 'Tối thiểu 60'], 'Huyện miền núi đặc biệt khó khăn'),
        'Huyện Tân Yên': ('38,1', ['Tối thiểu 50', 'Tối thiểu 60', 'Tối thiểu 70'], ''),
        'Huyện Hiệp Hòa': ('41,7', ['Tối thiểu 50', 'Tối thiểu 60', 'Tối thiểu 70'], ''),
    }),
]


def tables():
    out, ts = [], []
    for title, metric, mtext, data in TABLES:
        out += [f'**{title}**', '',
                '| STT | Tên cơ quan, đơn vị | Kết quả năm 2023 | Năm 2024 | Năm 2025 | Năm 2026 | Ghi chú |',
                '|:---:|---|:---:|:---:|:---:|:---:|---|']
        group = None
        for u in UNITS:
            if u[0] == 'S':
                group = u[2]
                out.append(f'| **{u[1]}** | **{u[2]}** | | | | | |')
                continue
            stt, name, spell = u
            res, cells, note = data[name]
            out.append('| ' + ' | '.join([str(stt), name, res] + cells + [note]) + ' |')
            for yr, c in zip(YEARS, cells):
                p = cell(c)
                if p is None:
                    continue
                ts.append(T(spell, metric, p[0], mtext, 'table', yr, comparator=p[1],
                            unit_group=group, note=note or None))
        out.append('')
    return out, ts


def main():
    body, prose = [], []
    for line, ts in ITEMS:
        body += [line, '']
        prose += ts
    tlines, tts = tables()
    write_doc(SEED, HEADER + '\n'.join(body) + SIGN + APPX + '\n'.join(tlines))
    doc = {
        'number': '27/KH-UBND', 'symbol': 'KH-UBND', 'serial': '27', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân tỉnh Bắc Giang', 'place': 'Bắc Giang', 'date': '2024-01-18',
        'subject': 'Nâng cao tỷ lệ hồ sơ trực tuyến toàn trình, giải quyết đúng hạn và thanh toán trực tuyến trên địa bàn tỉnh Bắc Giang giai đoạn 2024 - 2026',
        'signer': 'Đoàn Minh Khải',
        'references': ['61/2018/NĐ-CP', '107/2021/NĐ-CP', '766/QĐ-TTg', '12/KH-UBND', '09/BC-VP'],
    }
    write_gold(SEED, [{'document': doc, 'targets': prose + tts}])


if __name__ == '__main__':
    main()
