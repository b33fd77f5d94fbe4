#!/usr/bin/env python3
"""x3_05: Ninh Bình provincial plan (Kế hoạch 318/KH-UBND) signed 29/12/2025
for 2026 (after the July 2025 merger: departments and communes/wards only, no
districts), as a markdown web copy with a pipe-table appendix of units x
indicators under section rows.

Theme: the document's year is 2026, not the signing year; "ước đạt" 2025
results beside 2026 targets in prose ("năm 2025 toàn tỉnh ước đạt 78,4%; năm
2026 phấn đấu đạt 90%"); cells "≥ 90%", "Tối thiểu 85%", "100 %", "≤ 1%",
"Không quá 2%", "—", blank; a ceiling column whose header carries a default
("không quá 1%") that fills no blank cell.
"""
from common import T, H, cell, write_doc, write_gold

SEED = 'x3_05_ninhbinh_kh_2026.md'
Y = 2026
PROV = [None, 'Toàn tỉnh', 'Tỉnh Ninh Bình']


def P(unit, metric, value, text, comparator='>='):
    return T(unit, metric, value, text, 'prose', Y, comparator=comparator)


HEADER = '''| ỦY BAN NHÂN DÂN<br>**TỈNH NINH BÌNH**<br>------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc**<br>--------------- |
|:---:|:---:|
| Số: 318/KH-UBND | *Ninh Bình, ngày 29 tháng 12 năm 2025* |

**KẾ HOẠCH**

**Nâng cao chất lượng giải quyết thủ tục hành chính trên môi trường điện tử năm 2026**

Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;

Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;

Xét đề nghị của Chánh Văn phòng UBND tỉnh tại Tờ trình số 211/TTr-VPUBND ngày 22/12/2025,

UBND tỉnh ban hành Kế hoạch nâng cao chất lượng giải quyết thủ tục hành chính trên môi trường điện tử năm 2026 như sau:

'''

M_OD = 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính'
M_FOD = 'tỷ lệ hồ sơ trực tuyến toàn trình'
M_LATE = 'Tỷ lệ hồ sơ giải quyết trễ hạn'
M_PAY = 'Tỷ lệ thanh toán trực tuyến'

ITEMS = [
    ('**I. MỤC TIÊU**', []),
    ('1. Sau sắp xếp đơn vị hành chính, bảo đảm giải quyết thủ tục hành chính thông suốt, không gián đoạn; người dân, doanh nghiệp thực hiện thủ tục hành chính không phụ thuộc địa giới hành chính trong phạm vi tỉnh.', []),
    ('2. Chỉ tiêu năm 2026 của toàn tỉnh:', []),
    ('- ' + M_OD + ': năm 2025 toàn tỉnh ước đạt 78,4%; năm 2026 phấn đấu đạt 90%.', [
        P(PROV, 'online_dossier_rate', 90, M_OD),
    ]),
    ('- Trong số hồ sơ của các thủ tục hành chính cung cấp trực tuyến toàn trình, ' + M_FOD + ' từ 70% trở lên.', [
        P(PROV, 'full_online_dossier_rate', 70, M_FOD),
    ]),
    ('- ' + M_PAY + ' trên tổng số hồ sơ có thu phí, lệ phí: năm 2025 ước đạt 66,1%; năm 2026 tối thiểu 80%.', [
        P(PROV, 'online_payment_rate', 80, M_PAY + ' trên tổng số hồ sơ có thu phí, lệ phí'),
    ]),
    ('- ' + M_LATE + ' không quá 1% (năm 2025 là 1,7%).', [
        P(PROV, None, 1, M_LATE, '<='),
    ]),
    ('3. Chỉ tiêu giao cho các sở, ban, ngành tỉnh và UBND các xã, phường: chi tiết tại Phụ lục kèm theo.', []),
    ('**II. NHIỆM VỤ, GIẢI PHÁP**', []),
    ('1. Các sở, ban, ngành tỉnh cập nhật quy trình nội bộ, quy trình điện tử của thủ tục hành chính sau sắp xếp, hoàn thành trong quý I/2026.', []),
    ('2. UBND các xã, phường bố trí đủ công chức tại Bộ phận Một cửa; duy trì Tổ công nghệ số cộng đồng hỗ trợ người dân nộp hồ sơ trực tuyến.', []),
    ('3. Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh) theo dõi, công khai kết quả hằng tháng trên Cổng thông tin điện tử tỉnh.', []),
    ('**III. TỔ CHỨC THỰC HIỆN**', []),
    ('Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các xã, phường chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện chỉ tiêu được giao; báo cáo kết quả trước ngày 15/12/2026./.', []),
]

SIGN = '''
**Nơi nhận:**
- Văn phòng Chính phủ (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Chủ tịch, các PCT UBND tỉnh;
- Các sở, ban, ngành tỉnh;
- UBND các xã, phường;
- Lưu: VT, KSTT.

**TM. ỦY BAN NHÂN DÂN**
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

**Phạm Quang Huy**

**PHỤ LỤC**

**CHỈ TIÊU GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TRÊN MÔI TRƯỜNG ĐIỆN TỬ NĂM 2026**

*(Kèm theo Kế hoạch số 318/KH-UBND ngày 29/12/2025 của UBND tỉnh Ninh Bình)*

'''

COLS = [('Tỷ lệ hồ sơ trực tuyến toàn trình', 'full_online_dossier_rate'),
        ('Tỷ lệ số hóa hồ sơ', 'dossier_digitization_rate'),
        ('Tỷ lệ hồ sơ trễ hạn (không quá 1%)', None)]
GA, GB = 'Sở, ban, ngành tỉnh', 'UBND các xã, phường'
S = lambda n: [n, n + ' tỉnh Ninh Bình']
ROWS = [
    ('S', 'I', GA),
    (1, 'Sở Tư pháp', S('Sở Tư pháp'), ['≥ 90%', '100 %', '≤ 1%'], ''),
    (2, 'Sở Tài chính', S('Sở Tài chính'), ['≥ 95%', '100 %', '≤ 1%'], ''),
    (3, 'Sở Xây dựng', S('Sở Xây dựng'), ['≥ 85%', '100 %', '≤ 1%'], ''),
    (4, 'Sở Nông nghiệp và Môi trường', S('Sở Nông nghiệp và Môi trường'), ['≥ 70%', 'Tối thiểu 85%', 'Không quá 2%'], 'Lĩnh vực đất đai'),
    (5, 'Sở Công Thương', S('Sở Công Thương'), ['≥ 90%', '100 %', '≤ 1%'], ''),
    (6, 'Sở Y tế', S('Sở Y tế'), ['≥ 80%', 'Tối thiểu 90%', '≤ 1%'], ''),
    (7, 'Sở Văn hóa, Thể thao và Du lịch', S('Sở Văn hóa, Thể thao và Du lịch'), ['≥ 85%', '100 %', ''], ''),
    (8, 'Sở Dân tộc và Tôn giáo', S('Sở Dân tộc và Tôn giáo'), ['—', 'Tối thiểu 90%', '—'], 'Ít phát sinh hồ sơ'),
    ('S', 'II', GB),
    (1, 'Phường Hoa Lư', H('Phường Hoa Lư'), ['≥ 80%', 'Tối thiểu 90%', 'Không quá 2%'], ''),
    (2, 'Phường Phủ Lý', H('Phường Phủ Lý'), ['≥ 80%', 'Tối thiểu 90%', 'Không quá 2%'], ''),
    (3, 'Phường Nam Định', H('Phường Nam Định'), ['≥ 80%', 'Tối thiểu 90%', 'Không quá 2%'], ''),
    (4, 'Phường Tam Điệp', H('Phường Tam Điệp'), ['≥ 75%', 'Tối thiểu 85%', 'Không quá 2%'], ''),
    (5, 'Xã Gia Viễn', H('Xã Gia Viễn'), ['≥ 70%', 'Tối thiểu 85%', 'Không quá 2%'], ''),
    (6, 'Xã Kim Sơn', H('Xã Kim Sơn'), ['≥ 65%', 'Tối thiểu 80%', ''], ''),
    (7, 'Các xã, phường còn lại', ['UBND các xã, phường còn lại', 'Các xã, phường còn lại'],
     ['≥ 60%', 'Tối thiểu 80%', 'Không quá 2%'], ''),
]


def table():
    lines = ['| STT | Cơ quan, đơn vị | ' + ' | '.join(c for c, _ in COLS) + ' | Ghi chú |',
             '|:---:|---|:---:|:---:|:---:|---|']
    ts, group = [], None
    for r in ROWS:
        if r[0] == 'S':
            group = r[2]
            lines.append(f'| **{r[1]}** | **{r[2]}** | | | | |')
            continue
        stt, name, spell, cells, gc = r
        lines.append('| ' + ' | '.join([str(stt), name] + cells + [gc]) + ' |')
        for (hdr, metric), c in zip(COLS, cells):
            p = cell(c)
            if p is None:
                continue
            ts.append(T(spell, metric, p[0], hdr, 'table', Y, comparator=p[1], unit_group=group, note=gc or None))
    return lines, ts


def main():
    body, prose = [], []
    for line, ts in ITEMS:
        body += [line, '']
        prose += ts
    tl, tts = table()
    write_doc(SEED, HEADER + '\n'.join(body) + SIGN + '\n'.join(tl) + '\n')
    doc = {
        'number': '318/KH-UBND', 'symbol': 'KH-UBND', 'serial': '318', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân tỉnh Ninh Bình', 'place': 'Ninh Bình', 'date': '2025-12-29',
        'subject': 'Nâng cao chất lượng giải quyết thủ tục hành chính trên môi trường điện tử năm 2026',
        'signer': 'Phạm Quang Huy',
        'references': ['118/2025/NĐ-CP', '766/QĐ-TTg', '211/TTr-VPUBND'],
    }
    write_gold(SEED, [{'document': doc, 'targets': prose + tts}])


if __name__ == '__main__':
    main()
