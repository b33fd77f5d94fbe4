#!/usr/bin/env python3
"""y3_02: Ninh Thuận decision (Quyết định 356/QĐ-UBND, 10/4/2023), as a web
copy in markdown: the header block as a two-column pipe table, bold headings,
prose in Điều 1, the appendix as a pipe table (indicator rows, "Đơn vị thực
hiện" = the assignee, "Đơn vị phối hợp" = never a unit).

Theme Y3:
- "Đơn vị thực hiện" cells naming several units ("Sở Y tế; Sở Giáo dục và
  Đào tạo", "Sở LĐ-TB&XH;<br>Sở TN&MT", "Cục Thuế tỉnh; Kho bạc Nhà nước
  Ninh Thuận") give one target per named unit (the spec's enumeration rule,
  as in seed 003); a group cell ("UBND các huyện, thành phố") is one unit;
- "Sở VH,TT&DL": an abbreviation with a comma inside one name;
- "UBND thành phố Phan Rang - Tháp Chàm" (hyphen in a place name), in the
  table and in a prose enumeration;
- "các Sở: Tư pháp, Nội vụ và Xây dựng";
- non-department units: Công an tỉnh, Cục Thuế tỉnh, Kho bạc Nhà nước,
  Trung tâm Phục vụ hành chính công tỉnh, Chi nhánh Văn phòng đăng ký đất
  đai, Ban Quản lý các khu công nghiệp tỉnh, Công ty Điện lực Ninh Thuận.
"""
import os
from common import DOCS, T, num, write_gold

SEED = 'y3_02_ninhthuan_qd_2023.md'
Y = 2023
PV = 'tỉnh Ninh Thuận'


def S(full, *abbr):
    return [full, *abbr, f'{full} {PV}']


PRT = ['UBND thành phố Phan Rang - Tháp Chàm', 'Thành phố Phan Rang - Tháp Chàm',
       'UBND thành phố Phan Rang Tháp Chàm']
U = {
    'Sở Y tế': S('Sở Y tế'),
    'Sở Giáo dục và Đào tạo': S('Sở Giáo dục và Đào tạo', 'Sở GD&ĐT'),
    'Sở VH,TT&DL': S('Sở Văn hóa, Thể thao và Du lịch', 'Sở VH,TT&DL', 'Sở VHTTDL'),
    'Sở LĐ-TB&XH': S('Sở Lao động - Thương binh và Xã hội', 'Sở LĐ-TB&XH', 'Sở Lao động, Thương binh và Xã hội'),
    'Sở TN&MT': S('Sở Tài nguyên và Môi trường', 'Sở TN&MT'),
    'UBND các huyện, thành phố': ['UBND các huyện, thành phố', 'Ủy ban nhân dân các huyện, thành phố'],
    'UBND thành phố Phan Rang - Tháp Chàm': PRT,
    'Công an tỉnh': ['Công an tỉnh', 'Công an tỉnh Ninh Thuận'],
    'Cục Thuế tỉnh': ['Cục Thuế tỉnh', 'Cục Thuế tỉnh Ninh Thuận'],
    'Kho bạc Nhà nước Ninh Thuận': ['Kho bạc Nhà nước Ninh Thuận', 'Kho bạc Nhà nước tỉnh', 'Kho bạc Nhà nước tỉnh Ninh Thuận'],
    'Các sở, ban, ngành tỉnh': ['Các sở, ban, ngành tỉnh', 'Sở, ban, ngành tỉnh'],
    'Trung tâm Phục vụ hành chính công tỉnh': ['Trung tâm Phục vụ hành chính công tỉnh', 'Trung tâm Phục vụ hành chính công tỉnh Ninh Thuận'],
    'Chi nhánh Văn phòng đăng ký đất đai các huyện, thành phố': [
        'Chi nhánh Văn phòng đăng ký đất đai các huyện, thành phố',
        'Các Chi nhánh Văn phòng đăng ký đất đai các huyện, thành phố'],
    'Ban Quản lý các khu công nghiệp tỉnh': ['Ban Quản lý các khu công nghiệp tỉnh', 'Ban Quản lý các khu công nghiệp tỉnh Ninh Thuận'],
    'Sở Công Thương': S('Sở Công Thương'),
    'Công ty Điện lực Ninh Thuận': ['Công ty Điện lực Ninh Thuận', 'Điện lực Ninh Thuận'],
}

OD = 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC'
PAY = 'Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công'
# ('S', roman, title) | (stt, metric text, metric, [units as printed], how the cell prints them, phối hợp, value cell, ghi chú)
ROWS = [
    ('S', 'I', 'Chỉ tiêu về hồ sơ trực tuyến'),
    (1, OD, 'online_dossier_rate', ['Sở Y tế', 'Sở Giáo dục và Đào tạo'], 'Sở Y tế; Sở Giáo dục và Đào tạo', 'Sở TT&TT', '50%', ''),
    (2, OD, 'online_dossier_rate', ['Sở VH,TT&DL'], 'Sở VH,TT&DL', 'Sở TT&TT', '60%', ''),
    (3, OD, 'online_dossier_rate', ['Sở LĐ-TB&XH', 'Sở TN&MT'], 'Sở LĐ-TB&XH;<br>Sở TN&MT', 'Sở TT&TT', '45%', ''),
    (4, OD, 'online_dossier_rate', ['UBND các huyện, thành phố'], 'UBND các huyện, thành phố', 'Sở TT&TT; Văn phòng UBND tỉnh', '40%',
     'Không bao gồm thành phố Phan Rang - Tháp Chàm'),
    (5, OD, 'online_dossier_rate', ['UBND thành phố Phan Rang - Tháp Chàm'], 'UBND thành phố Phan Rang - Tháp Chàm', 'Sở TT&TT', '55%', ''),
    (6, 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'full_online_dossier_rate', ['Công an tỉnh'], 'Công an tỉnh', '', '85%',
     'Lĩnh vực cư trú, căn cước'),
    ('S', 'II', 'Chỉ tiêu về thanh toán trực tuyến'),
    (7, PAY, 'online_payment_rate', ['Cục Thuế tỉnh', 'Kho bạc Nhà nước Ninh Thuận'], 'Cục Thuế tỉnh; Kho bạc Nhà nước Ninh Thuận',
     'Văn phòng UBND tỉnh', '80%', ''),
    (8, PAY, 'online_payment_rate', ['Các sở, ban, ngành tỉnh'], 'Các sở, ban, ngành tỉnh', 'Kho bạc Nhà nước Ninh Thuận; Cục Thuế tỉnh', '40%', ''),
    ('S', 'III', 'Chỉ tiêu về số hóa hồ sơ, kết quả giải quyết TTHC'),
    (9, 'Tỷ lệ số hóa hồ sơ TTHC khi tiếp nhận', 'dossier_digitization_rate', ['Trung tâm Phục vụ hành chính công tỉnh'],
     'Trung tâm Phục vụ hành chính công tỉnh', 'Sở TT&TT', '100%', ''),
    (10, 'Tỷ lệ số hóa kết quả giải quyết TTHC', 'result_digitization_rate',
     ['Chi nhánh Văn phòng đăng ký đất đai các huyện, thành phố'], 'Chi nhánh Văn phòng đăng ký đất đai các huyện, thành phố',
     'Sở TN&MT', '90%', 'Lĩnh vực đất đai'),
    (11, 'Tỷ lệ cấp kết quả giải quyết TTHC điện tử', 'electronic_result_rate',
     ['Ban Quản lý các khu công nghiệp tỉnh', 'Sở Công Thương'], 'Ban Quản lý các khu công nghiệp tỉnh; Sở Công Thương',
     'Sở TT&TT', '95%', ''),
    ('S', 'IV', 'Chỉ tiêu về giải quyết hồ sơ'),
    (12, 'Tỷ lệ hồ sơ dịch vụ cấp điện qua lưới điện trung áp được giải quyết đúng hạn', 'on_time_resolution_rate',
     ['Công ty Điện lực Ninh Thuận'], 'Công ty Điện lực Ninh Thuận', 'Sở Công Thương', '100%', ''),
    (13, 'Tỷ lệ hồ sơ giải quyết quá hạn', None, ['UBND các huyện, thành phố'], 'UBND các huyện, thành phố', 'Văn phòng UBND tỉnh',
     'Không quá 2%', ''),
]

HEAD = '''| **ỦY BAN NHÂN DÂN TỈNH NINH THUẬN** -------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc** --------------- |
|---|---|
| Số: 356/QĐ-UBND | *Ninh Thuận, ngày 10 tháng 4 năm 2023* |

**QUYẾT ĐỊNH**

**VỀ VIỆC GIAO CHỈ TIÊU CUNG CẤP, SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN VÀ SỐ HÓA HỒ SƠ, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2023**

**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH THUẬN**

*Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;*

*Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24 tháng 6 năm 2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng;*

*Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;*

*Căn cứ Kế hoạch số 57/KH-UBND ngày 06 tháng 01 năm 2023 của Ủy ban nhân dân tỉnh về chuyển đổi số tỉnh Ninh Thuận năm 2023;*

*Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 45/TTr-STTTT ngày 29 tháng 3 năm 2023.*

**QUYẾT ĐỊNH:**

'''

# (paragraph, [targets])
def P(unit, metric, value, text, note=None):
    return T(unit, metric, value, text, 'prose', Y, note=note)


BODY = [
    ('**Điều 1.** Giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2023 cho các cơ quan, đơn vị, địa phương (chi tiết tại Phụ lục kèm theo). Ngoài các chỉ tiêu tại Phụ lục:', []),
    ('1. Các Sở: Tư pháp, Nội vụ và Xây dựng bảo đảm tỷ lệ số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực đạt 100%.', [
        P(S('Sở Tư pháp'), 'result_digitization_rate', 100, 'tỷ lệ số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực'),
        P(S('Sở Nội vụ'), 'result_digitization_rate', 100, 'tỷ lệ số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực'),
        P(S('Sở Xây dựng'), 'result_digitization_rate', 100, 'tỷ lệ số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực'),
    ]),
    ('2. Ủy ban nhân dân các huyện Ninh Hải, Ninh Phước và thành phố Phan Rang - Tháp Chàm bảo đảm tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công đạt tối thiểu 35%.', [
        P(['UBND huyện Ninh Hải', 'Huyện Ninh Hải'], 'online_payment_rate', 35, PAY.replace('Tỷ', 'tỷ')),
        P(['UBND huyện Ninh Phước', 'Huyện Ninh Phước'], 'online_payment_rate', 35, PAY.replace('Tỷ', 'tỷ')),
        P(PRT, 'online_payment_rate', 35, PAY.replace('Tỷ', 'tỷ')),
    ]),
    ('3. Năm 2022, Sở VH,TT&DL đạt 38,5%, Sở LĐ-TB&XH đạt 29,7% hồ sơ trực tuyến; các chỉ tiêu năm 2023 được giao cao hơn kết quả năm 2022 từ 15 đến 20 điểm phần trăm.', []),
    ('**Điều 2.** Tổ chức thực hiện', []),
    ('1. Sở Thông tin và Truyền thông chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc, kiểm tra; hằng quý tổng hợp kết quả, báo cáo Chủ tịch Ủy ban nhân dân tỉnh.', []),
    ('2. Sở Tài nguyên và Môi trường chỉ đạo Văn phòng Đăng ký đất đai tỉnh và các Chi nhánh thực hiện số hóa kết quả giải quyết thủ tục hành chính lĩnh vực đất đai.', []),
    ('**Điều 3.** Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Thông tin và Truyền thông, Y tế, Giáo dục và Đào tạo, Văn hóa, Thể thao và Du lịch, Lao động - Thương binh và Xã hội, Tài nguyên và Môi trường, Tư pháp, Nội vụ, Xây dựng, Công Thương; Giám đốc Công an tỉnh; Cục trưởng Cục Thuế tỉnh; Giám đốc Kho bạc Nhà nước Ninh Thuận; Trưởng ban Ban Quản lý các khu công nghiệp tỉnh; Giám đốc Công ty Điện lực Ninh Thuận; Chủ tịch Ủy ban nhân dân các huyện, thành phố và Thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.', []),
]

SIGN = '''
| ***Nơi nhận:*** *- Như Điều 3;* *- Bộ Thông tin và Truyền thông;* *- CT, các PCT UBND tỉnh;* *- Lưu: VT, KGVX.* | **KT. CHỦ TỊCH PHÓ CHỦ TỊCH** **Phạm Quốc Hưng** |
|---|---|

**PHỤ LỤC**

**CHỈ TIÊU CUNG CẤP, SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN VÀ SỐ HÓA HỒ SƠ, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2023**
*(Kèm theo Quyết định số 356/QĐ-UBND ngày 10 tháng 4 năm 2023 của Chủ tịch UBND tỉnh Ninh Thuận)*

'''


def table():
    lines = ['| STT | Chỉ tiêu | Đơn vị thực hiện | Đơn vị phối hợp | Chỉ tiêu năm 2023 | Ghi chú |',
             '|---|---|---|---|---|---|']
    ts, group = [], None
    for r in ROWS:
        if r[0] == 'S':
            group = r[2]
            lines.append(f'| **{r[1]}** | **{r[2]}** | | | | |')
            continue
        stt, mtext, metric, units, printed, coop, cell, note = r
        lines.append(f'| {stt} | {mtext} | {printed} | {coop} | {cell} | {note} |')
        v = num(cell)
        comp = '<=' if 'Không quá' in cell else '>='
        for u in units:
            ts.append(T(U[u], metric, v, mtext, 'table', Y, comparator=comp, unit_group=group, note=note or None))
    return lines, ts


def main():
    tl, tts = table()
    parts = [HEAD]
    pts = []
    for p, ts in BODY:
        parts.append(p + '\n\n')
        pts += ts
    text = ''.join(parts) + SIGN + '\n'.join(tl) + '\n'
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(text)
    doc = {
        'number': '356/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '356', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Ninh Thuận', 'place': 'Ninh Thuận', 'date': '2023-04-10',
        'subject': 'Về việc giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2023',
        'signer': 'Phạm Quốc Hưng',
        'references': ['42/2022/NĐ-CP', '766/QĐ-TTg', '57/KH-UBND', '45/TTr-STTTT'],
    }
    write_gold(SEED, [{'document': doc, 'targets': pts + tts}])


if __name__ == '__main__':
    main()
