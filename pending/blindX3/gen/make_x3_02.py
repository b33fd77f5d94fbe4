#!/usr/bin/env python3
"""x3_02: Đồng Tháp provincial plan (Kế hoạch 86/KH-UBND) dated
"ngày … tháng 3 năm 2025" (day left blank: date "2025-03"), as plain text from
a Word conversion (tab-joined header, two-row table header in tab-separated
lines, a page break inside the table).

Theme: "Năm 2025 | Giai đoạn 2026–2030" columns in an indicators x columns
table whose unit is the "Đơn vị chủ trì" cell; cells written "Tối thiểu 80%",
"≥ 97,5%", "Không quá 3%", "≤ 5%", "từ 70% trở lên", "100%", "—". Prose pairs a
2024 result with the 2025 target ("năm 2024 toàn tỉnh đạt 65,2%; năm 2025 phấn
đấu đạt 80%"), and gives one per-year line ("năm 2025 đạt tối thiểu 50%, năm
2026 đạt tối thiểu 70%").

The period column gets year 2026 (the first year of the period; see NOTES.md).
"""
from common import T, cell, write_doc, write_gold

SEED = 'x3_02_dongthap_kh_2025.txt'
Y = 2025
PROV = [None, 'Toàn tỉnh', 'Tỉnh Đồng Tháp']
XA = ['UBND cấp xã', 'Cấp xã']


def P(unit, metric, value, text, year=Y, comparator='>='):
    return T(unit, metric, value, text, 'prose', year, comparator=comparator)


HEADER = '''ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH ĐỒNG THÁP\tĐộc lập - Tự do - Hạnh phúc
\t
Số: 86/KH-UBND\tĐồng Tháp, ngày … tháng 3 năm 2025


KẾ HOẠCH
Triển khai Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ
người dân, doanh nghiệp trên địa bàn tỉnh Đồng Tháp năm 2025
và giai đoạn 2026–2030

Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;
Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
Căn cứ Kế hoạch số 315/KH-UBND ngày 20/12/2024 của Ủy ban nhân dân tỉnh về chuyển đổi số tỉnh Đồng Tháp năm 2025;
Xét đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh,
Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp năm 2025 và giai đoạn 2026–2030 như sau:
'''

M_OD = 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính'
M_RD = 'Tỷ lệ số hóa kết quả giải quyết thủ tục hành chính'
M_UP = 'Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ'
M_PX = 'Tỷ lệ thanh toán trực tuyến đối với hồ sơ do Ủy ban nhân dân cấp xã tiếp nhận'

ITEMS = [
    ('I. MỤC ĐÍCH, YÊU CẦU', []),
    ('1. Theo dõi, đánh giá thường xuyên chất lượng phục vụ người dân, doanh nghiệp theo thời gian thực; kịp thời chấn chỉnh các cơ quan, đơn vị có chỉ số thấp.', []),
    ('2. Chỉ tiêu giao phải cụ thể, gắn với trách nhiệm người đứng đầu; kết quả thực hiện là căn cứ đánh giá, xếp loại cơ quan, đơn vị cuối năm.', []),
    ('II. MỤC TIÊU', []),
    ('1. Mục tiêu chung', []),
    ('Đến năm 2030, Đồng Tháp thuộc nhóm các tỉnh dẫn đầu cả nước về Bộ chỉ số phục vụ người dân, doanh nghiệp; hoạt động giải quyết thủ tục hành chính được thực hiện chủ yếu trên môi trường điện tử.', []),
    ('2. Chỉ tiêu cụ thể năm 2025', []),
    ('a) ' + M_OD + ': năm 2024 toàn tỉnh đạt 65,2%; năm 2025 phấn đấu đạt 80%.', [
        P(PROV, 'online_dossier_rate', 80, M_OD),
    ]),
    ('b) ' + M_RD + ': năm 2024 đạt 83,5%; năm 2025 phấn đấu đạt 100%.', [
        P(PROV, 'result_digitization_rate', 100, M_RD),
    ]),
    ('c) ' + M_UP + ' của toàn tỉnh từ 70% trở lên (năm 2024 là 61,9%).', [
        P(PROV, 'online_service_uptake_rate', 70, M_UP),
    ]),
    ('d) ' + M_PX + ': năm 2025 đạt tối thiểu 50%, năm 2026 đạt tối thiểu 70% (năm 2024 mới đạt 32,4%).', [
        P(XA, 'online_payment_rate', 50, M_PX, 2025),
        P(XA, 'online_payment_rate', 70, M_PX, 2026),
    ]),
    ('3. Chỉ tiêu năm 2025 và giai đoạn 2026–2030 giao cho các cơ quan, đơn vị chủ trì: chi tiết tại Phụ lục kèm theo.', []),
    ('III. NHIỆM VỤ, GIẢI PHÁP', []),
    ('1. Văn phòng Ủy ban nhân dân tỉnh chủ trì theo dõi Bộ chỉ số trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh; công khai kết quả hằng tháng trước ngày 10 của tháng sau.', []),
    ('2. Sở Khoa học và Công nghệ bảo đảm hạ tầng, kết nối, chia sẻ dữ liệu; hoàn thành tích hợp kho dữ liệu điện tử của tổ chức, cá nhân trước ngày 30/6/2025.', []),
    ('3. Các sở, ban, ngành tỉnh, Ủy ban nhân dân các huyện, thành phố rà soát, cắt giảm thành phần hồ sơ, bảo đảm thời gian giải quyết hồ sơ trực tuyến ngắn hơn hồ sơ giấy.', []),
    ('IV. TỔ CHỨC THỰC HIỆN', []),
    ('Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thành phố chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả thực hiện chỉ tiêu được giao; giai đoạn 2026–2030, chỉ tiêu được rà soát, điều chỉnh phù hợp với mô hình chính quyền địa phương sau sắp xếp./.', []),
]

SIGN = '''
Nơi nhận:\tTM. ỦY BAN NHÂN DÂN
- Văn phòng Chính phủ (b/c);\tKT. CHỦ TỊCH
- TT/TU, TT/HĐND tỉnh;\tPHÓ CHỦ TỊCH
- CT, các PCT UBND tỉnh;\t
- Các sở, ban, ngành tỉnh;\t
- UBND các huyện, thành phố;\t
- Lưu: VT, KSTT.\tHuỳnh Thanh Phong


PHỤ LỤC
CHỈ TIÊU BỘ CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP NĂM 2025 VÀ GIAI ĐOẠN 2026–2030
(Kèm theo Kế hoạch số 86/KH-UBND ngày    tháng 3 năm 2025 của Ủy ban nhân dân tỉnh Đồng Tháp)

'''

G = 'Các sở, ban, ngành tỉnh; UBND các huyện, thành phố'
VP = ['Văn phòng UBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp']
XA_G = ['UBND các xã, phường, thị trấn', 'Các xã, phường, thị trấn']
COLS = [(2025, None), (2026, 'Giai đoạn 2026–2030')]
# ('S', code, heading) | ('PB',) | (stt, metric text, metric id, chủ trì printed, spellings, [2025, 2026-2030], ghi chú)
ROWS = [
    ('S', 'I', 'CHỈ TIÊU VỀ CUNG CẤP, SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN'),
    (1, 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC', 'online_dossier_rate', G, G,
     ['Tối thiểu 80%', 'Tối thiểu 90%'], ''),
    (2, 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'full_online_dossier_rate', G, G,
     ['≥ 60%', '≥ 80%'], 'Năm 2024 đạt 58,3%'),
    (3, 'Tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có thu phí', 'online_payment_rate', G, G,
     ['≥ 70%', '≥ 90%'], ''),
    (4, 'Tỷ lệ số hóa kết quả giải quyết TTHC', 'result_digitization_rate', G, G,
     ['100%', '100%'], ''),
    (5, 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa', 'digitized_data_reuse_rate',
     'Sở Khoa học và Công nghệ', ['Sở Khoa học và Công nghệ', 'Sở Khoa học và Công nghệ tỉnh Đồng Tháp'],
     ['Tối thiểu 50%', 'Tối thiểu 80%'], ''),
    (6, 'Tỷ lệ chứng thực bản sao điện tử từ bản chính', 'e_certified_copy_rate',
     'Sở Tư pháp', ['Sở Tư pháp', 'Sở Tư pháp tỉnh Đồng Tháp'],
     ['từ 70% trở lên', 'từ 90% trở lên'], 'Tại Phòng Tư pháp cấp huyện và UBND cấp xã'),
    ('PB',),
    ('S', 'II', 'CHỈ TIÊU VỀ GIẢI QUYẾT HỒ SƠ, MỨC ĐỘ HÀI LÒNG'),
    (7, 'Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn', 'on_time_resolution_rate', G, G,
     ['≥ 97,5%', '≥ 99%'], ''),
    (8, 'Tỷ lệ hồ sơ giải quyết trễ hạn', None, G, G,
     ['Không quá 3%', '≤ 1%'], ''),
    (9, 'Tỷ lệ hồ sơ trễ hạn của cấp xã', None, 'UBND các xã, phường, thị trấn', XA_G,
     ['≤ 5%', 'Không quá 2%'], ''),
    (10, 'Mức độ hài lòng của người dân, doanh nghiệp', 'satisfaction_rate', 'Văn phòng UBND tỉnh', VP,
     ['Tối thiểu 85%', 'Tối thiểu 95%'], ''),
    (11, 'Tỷ lệ kết quả xử lý hồ sơ TTHC được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia',
     'national_portal_sync_rate', 'Văn phòng UBND tỉnh', VP, ['100%', '—'], 'Giai đoạn 2026–2030 theo hướng dẫn của Văn phòng Chính phủ'),
]


def table():
    lines = ['STT\tChỉ tiêu\tĐơn vị chủ trì\tMục tiêu\t\tGhi chú',
             '\t\t\tNăm 2025\tGiai đoạn 2026–2030\t']
    ts = []
    for r in ROWS:
        if r[0] == 'S':
            lines.append(f'{r[1]}\t{r[2]}\t\t\t\t')
            continue
        if r[0] == 'PB':
            lines += ['', '2', '']
            continue
        stt, mtext, metric, printed, spell, cells, gc = r
        lines.append('\t'.join([str(stt), mtext, printed] + cells + [gc]))
        for (yr, period), c in zip(COLS, cells):
            p = cell(c)
            if p is None:
                continue
            note = '; '.join(x for x in (period, gc) if x) or None
            ts.append(T(spell, metric, p[0], mtext, 'table', yr, comparator=p[1], note=note))
    return lines, ts


def main():
    body, prose = [], []
    for line, ts in ITEMS:
        body.append(line)
        prose += ts
    tl, tts = table()
    write_doc(SEED, HEADER + '\n'.join(body) + '\n' + SIGN + '\n'.join(tl) + '\n')
    doc = {
        'number': '86/KH-UBND', 'symbol': 'KH-UBND', 'serial': '86', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân tỉnh Đồng Tháp', 'place': 'Đồng Tháp', 'date': '2025-03',
        'subject': 'Triển khai Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trên địa bàn tỉnh Đồng Tháp năm 2025 và giai đoạn 2026–2030',
        'signer': 'Huỳnh Thanh Phong',
        'references': ['766/QĐ-TTg', '57-NQ/TW', '315/KH-UBND'],
        'expected_warnings': ['blank_date: "ngày … tháng 3 năm 2025" (day left blank)'],
    }
    write_gold(SEED, [{'document': doc, 'targets': prose + tts}])


if __name__ == '__main__':
    main()
