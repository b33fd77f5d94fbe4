#!/usr/bin/env python3
"""o3_02: Hà Giang plan (Kế hoạch 62/KH-UBND, 08/3/2024) for 2024-2025 as a
Word->text conversion (tab-separated table, tab-joined header block).

It mixes past results with targets on purpose:
- section "I. KẾT QUẢ THỰC HIỆN NĂM 2023" is prose with 2023 percentages and a
  quoted 2023 target that was missed (none of them is a target);
- section "II. MỤC TIÊU" has prose targets (per year, per level);
- the table has, for each indicator, "Kết quả năm 2023" (past, NOT a target),
  "Kế hoạch 2024" and "Kế hoạch 2025" (one target per year) and the
  "Đơn vị chủ trì" (the unit). Section rows I-III, one label wrapped onto a
  continuation line, a count row with "—", a "quá hạn" ceiling row.

Prose lines and table rows are data below; the text and the gold are both
written from them.
"""
import os
from common import DOCS, T, num, write_gold

SEED = 'o3_02_hagiang_kh_2024.txt'
Y1, Y2 = 2024, 2025
PROV = [None, 'Toàn tỉnh', 'Tỉnh Hà Giang']
U_ALL = ['Các sở, ban, ngành; UBND các huyện, thành phố',
         'Các sở, ban, ngành tỉnh; UBND các huyện, thành phố']
U_TTTT = ['Sở Thông tin và Truyền thông', 'Sở Thông tin và Truyền thông tỉnh Hà Giang']
U_VP = ['Văn phòng UBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh Hà Giang']
ALL_TXT = 'Các sở, ban, ngành; UBND các huyện, thành phố'

# ('S', code, title) | (stt, [label lines], metric, uom, result, plan2024, plan2025, chủ trì text, spellings, comparator)
ROWS = [
    ('S', 'I', 'Dịch vụ công trực tuyến'),
    (1, ['Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC'], 'online_dossier_rate',
     '%', '34,6', '50', '70', ALL_TXT, U_ALL, '>='),
    (2, ['Tỷ lệ hồ sơ trực tuyến toàn trình'], 'full_online_dossier_rate',
     '%', '18,4', '30', '45', ALL_TXT, U_ALL, '>='),
    (3, ['Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công'], 'online_payment_rate',
     '%', '29,8', '45', '60', ALL_TXT, U_ALL, '>='),
    (4, ['Tỷ lệ DVCTT toàn trình được tích hợp, cung cấp', 'trên Cổng Dịch vụ công quốc gia'],
     'national_portal_integration_rate', '%', '58,6', '80', '100', 'Sở Thông tin và Truyền thông', U_TTTT, '>='),
    ('S', 'II', 'Số hóa hồ sơ, kết quả giải quyết TTHC'),
    (5, ['Tỷ lệ số hóa hồ sơ TTHC'], 'dossier_digitization_rate', '%', '61,2', '80', '90', ALL_TXT, U_ALL, '>='),
    (6, ['Tỷ lệ số hóa kết quả giải quyết TTHC'], 'result_digitization_rate', '%', '72,5', '100', '100', ALL_TXT, U_ALL, '>='),
    (7, ['Tỷ lệ cấp kết quả giải quyết TTHC điện tử'], 'electronic_result_rate', '%', '66,0', '90', '100', ALL_TXT, U_ALL, '>='),
    (8, ['Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa'], 'digitized_data_reuse_rate',
     '%', '—', '30', '50', ALL_TXT, U_ALL, '>='),
    ('S', 'III', 'Chất lượng giải quyết TTHC'),
    (9, ['Tỷ lệ hồ sơ giải quyết đúng hạn'], 'on_time_resolution_rate', '%', '97,3', '≥ 98', '≥ 99', ALL_TXT, U_ALL, '>='),
    (10, ['Tỷ lệ hồ sơ giải quyết quá hạn'], None, '%', '2,7', '≤ 2', '≤ 1', ALL_TXT, U_ALL, '<='),
    (11, ['Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn'], None, '%', '94,1', '100', '100',
     'Văn phòng UBND tỉnh', U_VP, '>='),
    (12, ['Số hồ sơ TTHC tiếp nhận trên Hệ thống thông tin giải quyết TTHC tỉnh'], None,
     'Hồ sơ', '412.305', '—', '—', 'Văn phòng UBND tỉnh', U_VP, '>='),
]

# Section II prose: (line, targets)
MUCTIEU = [
    ('II. MỤC TIÊU', []),
    ('1. Mục tiêu chung', []),
    ('Nâng cao chất lượng cung cấp và tỷ lệ sử dụng dịch vụ công trực tuyến; đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; lấy người dân, doanh nghiệp làm trung tâm phục vụ.', []),
    ('2. Mục tiêu cụ thể', []),
    ('- Ngay trong năm 2024, 100% thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình.',
     [T(PROV, 'full_online_service_rate', 100,
        'thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình', 'prose', Y1)]),
    ('- Tỷ lệ hồ sơ trực tuyến của Ủy ban nhân dân cấp xã đạt tối thiểu 30% năm 2024 và 45% năm 2025.',
     [T(['UBND cấp xã', 'Cấp xã', 'UBND các xã, phường, thị trấn'], 'online_dossier_rate', v,
        'Tỷ lệ hồ sơ trực tuyến', 'prose', y) for v, y in ((30, Y1), (45, Y2))]),
    ('- Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính đạt tối thiểu 35% đối với cấp huyện và 20% đối với cấp xã trong năm 2024.',
     [T(['Cấp huyện', 'UBND cấp huyện'], 'e_certified_copy_rate', 35,
        'Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính', 'prose', Y1),
      T(['Cấp xã', 'UBND cấp xã'], 'e_certified_copy_rate', 20,
        'Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính', 'prose', Y1)]),
    ('- Mức độ hài lòng của người dân, doanh nghiệp trong giải quyết thủ tục hành chính đạt từ 90% trở lên năm 2024, từ 95% trở lên năm 2025.',
     [T(PROV, 'satisfaction_rate', v, 'Mức độ hài lòng của người dân, doanh nghiệp', 'prose', y)
      for v, y in ((90, Y1), (95, Y2))]),
    ('3. Các chỉ tiêu cụ thể theo từng năm và cơ quan chủ trì thực hiện:', []),
]

KETQUA = [
    'I. KẾT QUẢ THỰC HIỆN NĂM 2023',
    'Năm 2023, toàn tỉnh tiếp nhận 412.305 hồ sơ thủ tục hành chính, trong đó 142.657 hồ sơ trực tuyến, đạt tỷ lệ 34,6%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 18,4%; tỷ lệ thanh toán trực tuyến đạt 29,8%. Chỉ tiêu Ủy ban nhân dân tỉnh giao năm 2023 (tối thiểu 40% hồ sơ trực tuyến) chưa đạt; cấp xã mới đạt 12,6%.',
    'Tỷ lệ số hóa hồ sơ đạt 61,2%, số hóa kết quả giải quyết đạt 72,5%; 97,3% hồ sơ được giải quyết đúng hạn, 2,7% hồ sơ quá hạn, tập trung ở lĩnh vực đất đai. Mức độ hài lòng của người dân, doanh nghiệp đạt 86,4%.',
    'Hạn chế: hạ tầng mạng tại các xã vùng cao còn yếu; 52 xã chưa có cán bộ chuyên trách công nghệ thông tin; kỹ năng số của người dân còn hạn chế.',
]


def table_lines():
    L = ['STT\tChỉ tiêu\tĐơn vị tính\tKết quả năm 2023\tKế hoạch 2024\tKế hoạch 2025\tĐơn vị chủ trì']
    for r in ROWS:
        if r[0] == 'S':
            L.append(f'{r[1]}\t{r[2]}\t\t\t\t\t')
            continue
        stt, label, metric, uom, res, p1, p2, ct, _, _ = r
        L.append('\t'.join([str(stt), label[0], uom, res, p1, p2, ct]))
        for extra in label[1:]:
            L.append('\t' + extra + '\t\t\t\t\t')
    return L


def table_targets():
    ts = []
    for r in ROWS:
        if r[0] == 'S':
            continue
        stt, label, metric, uom, res, p1, p2, ct, units, comp = r
        if uom != '%':
            continue  # dossier counts: no target
        for cell, y in ((p1, Y1), (p2, Y2)):
            v = num(cell)
            if v is None:
                continue
            ts.append(T(units, metric, v, ' '.join(label), 'table', y, comparator=comp))
    return ts


def text():
    L = [
        'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'TỈNH HÀ GIANG\tĐộc lập - Tự do - Hạnh phúc',
        '',
        'Số: 62/KH-UBND\tHà Giang, ngày 08 tháng 3 năm 2024',
        '',
        'KẾ HOẠCH',
        'Nâng cao chất lượng cung cấp và sử dụng dịch vụ công trực tuyến',
        'trên địa bàn tỉnh Hà Giang giai đoạn 2024 - 2025',
        '',
        'Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử; Nghị quyết số 01/NQ-CP ngày 05/01/2024 của Chính phủ; Kế hoạch số 12/KH-UBND ngày 15/01/2024 của Ủy ban nhân dân tỉnh về chuyển đổi số tỉnh Hà Giang năm 2024, Ủy ban nhân dân tỉnh ban hành Kế hoạch nâng cao chất lượng cung cấp và sử dụng dịch vụ công trực tuyến giai đoạn 2024 - 2025 như sau:',
        '',
    ]
    L += KETQUA
    L.append('')
    for line, _ in MUCTIEU:
        L.append(line)
    L += table_lines()
    L += [
        '',
        'III. NHIỆM VỤ, GIẢI PHÁP',
        '1. Các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố rà soát, tái cấu trúc quy trình, cung cấp dịch vụ công trực tuyến toàn trình; bố trí cán bộ hướng dẫn người dân tại Bộ phận Một cửa.',
        '2. Sở Thông tin và Truyền thông bảo đảm hạ tầng, kết nối Hệ thống thông tin giải quyết thủ tục hành chính tỉnh với Cổng Dịch vụ công quốc gia; hướng dẫn các tổ công nghệ số cộng đồng hỗ trợ người dân.',
        '3. Văn phòng Ủy ban nhân dân tỉnh theo dõi, đánh giá Bộ chỉ số theo Quyết định số 766/QĐ-TTg, công khai kết quả hằng tháng trước ngày 10 của tháng sau.',
        '',
        'IV. TỔ CHỨC THỰC HIỆN',
        'Các cơ quan, đơn vị báo cáo kết quả thực hiện 6 tháng trước ngày 15/6 và cả năm trước ngày 15/12 hằng năm về Sở Thông tin và Truyền thông để tổng hợp, báo cáo Ủy ban nhân dân tỉnh./.',
        '',
        'Nơi nhận:\tTM. ỦY BAN NHÂN DÂN',
        '- Văn phòng Chính phủ;\tKT. CHỦ TỊCH',
        '- Bộ Thông tin và Truyền thông;\tPHÓ CHỦ TỊCH',
        '- TT Tỉnh ủy, TT HĐND tỉnh;',
        '- Các sở, ban, ngành tỉnh;',
        '- UBND các huyện, thành phố;',
        '- Lưu: VT, KSTT.\tHoàng Thị Mai Hoa',
        '',
    ]
    return '\n'.join(L)


def main():
    os.makedirs(DOCS, exist_ok=True)
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(text())
    prose = [t for _, ts in MUCTIEU for t in ts]
    doc = {
        'number': '62/KH-UBND', 'symbol': 'KH-UBND', 'serial': '62', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân tỉnh Hà Giang', 'place': 'Hà Giang', 'date': '2024-03-08',
        'subject': 'Nâng cao chất lượng cung cấp và sử dụng dịch vụ công trực tuyến trên địa bàn tỉnh Hà Giang giai đoạn 2024 - 2025',
        'signer': 'Hoàng Thị Mai Hoa',
        'references': ['766/QĐ-TTg', '01/NQ-CP', '12/KH-UBND'],
    }
    write_gold(SEED, [{'document': doc, 'targets': prose + table_targets()}])


if __name__ == '__main__':
    main()
