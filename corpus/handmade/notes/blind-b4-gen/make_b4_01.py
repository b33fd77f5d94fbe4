#!/usr/bin/env python3
"""b4_01: Bình Định plan 2023 as a web copy in markdown, appendix table TRANSPOSED:
indicators as rows, 'Toàn tỉnh' + the 11 district-level units as columns (bare
names 'TP. Quy Nhơn', 'TX. An Nhơn', 'Tuy Phước' ...), a 'Ghi chú' column,
section rows in bold, one results row ('ước thực hiện năm 2022'), a ceiling row
('quá hạn', ≤), '—' / 'x' / blank cells. The header block is a 2-column layout
pipe table (not a target table). Text and gold come from the lists below."""
from common import T, cell, local, write_doc, write_gold

SEED = 'b4_01_binhdinh_kh_2023.md'
Y = 2023
PROV = [None, 'Toàn tỉnh', 'Tỉnh Bình Định']

# (header as printed, accepted spellings)
COLS = [
    ('Toàn tỉnh', PROV),
    ('TP. Quy Nhơn', local('Thành phố Quy Nhơn', ['TP. Quy Nhơn', 'TP Quy Nhơn'])),
    ('TX. An Nhơn', local('Thị xã An Nhơn', ['TX. An Nhơn', 'TX An Nhơn'])),
    ('TX. Hoài Nhơn', local('Thị xã Hoài Nhơn', ['TX. Hoài Nhơn', 'TX Hoài Nhơn'])),
    ('Tuy Phước', local('Huyện Tuy Phước', ['Tuy Phước'])),
    ('Phù Cát', local('Huyện Phù Cát', ['Phù Cát'])),
    ('Phù Mỹ', local('Huyện Phù Mỹ', ['Phù Mỹ'])),
    ('Tây Sơn', local('Huyện Tây Sơn', ['Tây Sơn'])),
    ('Hoài Ân', local('Huyện Hoài Ân', ['Hoài Ân'])),
    ('An Lão', local('Huyện An Lão', ['An Lão'])),
    ('Vân Canh', local('Huyện Vân Canh', ['Vân Canh'])),
    ('Vĩnh Thạnh', local('Huyện Vĩnh Thạnh', ['Vĩnh Thạnh'])),
]

# ('S', code, title) section row; ('R', stt, label, metric, cells[12], ghi chú, is_target)
ROWS = [
    ('S', 'I', 'Chỉ tiêu về sử dụng dịch vụ công trực tuyến'),
    ('R', '1', 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC', 'online_dossier_rate',
     ['50', '60', '55', '50', '45', '45', '40', '45', '35', '30', '30', '30'], '', True),
    ('R', '2', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'full_online_dossier_rate',
     ['30', '40', '35', '30', '25', '25', '25', '25', '20', '15', '15', '15'], '', True),
    ('R', '3', 'Tỷ lệ hồ sơ trực tuyến năm 2022 (ước thực hiện, để tham chiếu)', None,
     ['21,6', '28,4', '22,1', '19,7', '17,3', '18,9', '15,2', '16,8', '12,4', '9,6', '8,7', '10,1'], '', False),
    ('S', 'II', 'Chỉ tiêu về thanh toán trực tuyến và số hóa'),
    ('R', '4', 'Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công', 'online_payment_rate',
     ['30', '40', '30', '30', '25', '25', '—', '25', '20', '20', '20', '20'],
     'Chỉ tính các TTHC có thu phí, lệ phí', True),
    ('R', '5', 'Tỷ lệ số hóa hồ sơ TTHC', 'dossier_digitization_rate',
     ['60', '70', '65', '60', '50', '50', '50', '50', '40', '40', 'x', '40'], '', True),
    ('R', '6', 'Tỷ lệ số hóa kết quả giải quyết TTHC', 'result_digitization_rate',
     ['100%', '100%', '100%', '100%', '100%', '100%', '100%', '100%', '90%', '90%', '90%', '90%'], '', True),
    ('S', 'III', 'Chỉ tiêu về giải quyết hồ sơ TTHC'),
    ('R', '7', 'Tỷ lệ hồ sơ giải quyết đúng hạn', 'on_time_resolution_rate',
     ['≥ 98', '≥ 98', '≥ 98', '≥ 98', '≥ 97', '≥ 97', '≥ 97', '≥ 97', '≥ 95', '≥ 95', '≥ 95', '≥ 95'], '', True),
    ('R', '8', 'Tỷ lệ hồ sơ giải quyết quá hạn', None,
     ['≤ 1', '≤ 1', '≤ 1', '≤ 1', '≤ 2', '≤ 2', '≤ 2', '≤ 2', '≤ 3', '≤ 3', '≤ 3', '≤ 3'], '', True),
    ('R', '9', 'Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính', 'e_certified_copy_rate',
     ['', '60', '50', '50', '40', '40', '40', '40', '30', '', '30', '30'],
     'Áp dụng tại Phòng Tư pháp cấp huyện và UBND cấp xã', True),
]

HEAD = '''| **ỦY BAN NHÂN DÂN<br>TỈNH BÌNH ĐỊNH**<br>------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc**<br>--------------- |
|---|---|
| Số: 68/KH-UBND | *Bình Định, ngày 10 tháng 4 năm 2023* |

**KẾ HOẠCH**

**Nâng cao tỷ lệ sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính trên địa bàn tỉnh Bình Định năm 2023**

Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;

Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng;

Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;

Căn cứ Kế hoạch số 201/KH-UBND ngày 28/12/2022 của UBND tỉnh về chuyển đổi số tỉnh Bình Định năm 2023;

Ủy ban nhân dân tỉnh ban hành Kế hoạch nâng cao tỷ lệ sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2023 như sau:

**I. MỤC ĐÍCH, YÊU CẦU**

1. Nâng cao chất lượng cung cấp dịch vụ công trực tuyến; tăng tỷ lệ hồ sơ nộp trực tuyến, thanh toán trực tuyến; giảm thời gian, chi phí cho người dân, doanh nghiệp.

2. Năm 2022, tỷ lệ hồ sơ trực tuyến toàn tỉnh ước đạt 21,6%; tỷ lệ thanh toán trực tuyến đạt 11,4%; tỷ lệ hồ sơ giải quyết đúng hạn đạt 96,8%. Các chỉ tiêu năm 2023 phải cao hơn rõ rệt so với kết quả năm 2022.

**II. CHỈ TIÊU NĂM 2023**

1. Chỉ tiêu chung của tỉnh

'''

PROSE = [
    ('- 100% thủ tục hành chính đủ điều kiện theo quy định được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình.',
     [T(PROV, 'full_online_service_rate', 100, 'thủ tục hành chính đủ điều kiện theo quy định được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình', 'prose', Y)]),
    ('- 100% kết quả xử lý hồ sơ thủ tục hành chính được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia.',
     [T(PROV, 'national_portal_sync_rate', 100, 'kết quả xử lý hồ sơ thủ tục hành chính được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia', 'prose', Y)]),
    ('- Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính đạt tối thiểu 90%.',
     [T(PROV, 'satisfaction_rate', 90, 'Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính', 'prose', Y)]),
]

MID = '''
2. Chỉ tiêu giao cho Ủy ban nhân dân các huyện, thị xã, thành phố: chi tiết tại Phụ lục kèm theo. Cột "Toàn tỉnh" là chỉ tiêu chung của tỉnh đối với từng chỉ tiêu; dòng "ước thực hiện năm 2022" chỉ để tham chiếu.

**III. TỔ CHỨC THỰC HIỆN**

1. Sở Thông tin và Truyền thông chủ trì theo dõi, đôn đốc, hướng dẫn thực hiện Kế hoạch; định kỳ hằng quý tổng hợp, báo cáo UBND tỉnh trước ngày 20 của tháng cuối quý.

2. Văn phòng UBND tỉnh chỉ đạo Trung tâm Phục vụ hành chính công tỉnh phối hợp theo dõi việc giải quyết hồ sơ, đồng bộ kết quả lên Cổng Dịch vụ công quốc gia.

3. UBND các huyện, thị xã, thành phố căn cứ chỉ tiêu được giao, giao chỉ tiêu cụ thể cho UBND các xã, phường, thị trấn trước ngày 30/4/2023.

Trên đây là Kế hoạch nâng cao tỷ lệ sử dụng dịch vụ công trực tuyến năm 2023 trên địa bàn tỉnh; yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./.

| **Nơi nhận:**<br>- Bộ Thông tin và Truyền thông;<br>- TT Tỉnh ủy, TT HĐND tỉnh;<br>- CT, các PCT UBND tỉnh;<br>- Các sở, ban, ngành tỉnh;<br>- UBND các huyện, thị xã, thành phố;<br>- Lưu: VT, K14. | **TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH**<br><br><br>**Nguyễn Tự Khang** |
|---|---|

**PHỤ LỤC**

**CHỈ TIÊU NĂM 2023 GIAO CHO ỦY BAN NHÂN DÂN CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ**

*(Kèm theo Kế hoạch số 68/KH-UBND ngày 10/4/2023 của UBND tỉnh Bình Định)*

'''


def table_and_targets():
    n = len(COLS)
    lines = ['| STT | Chỉ tiêu | Đơn vị tính | ' + ' | '.join(h for h, _ in COLS) + ' | Ghi chú |',
             '|' + '---|' * (n + 4)]
    ts = []
    for r in ROWS:
        if r[0] == 'S':
            lines.append(f'| **{r[1]}** | **{r[2]}** |' + ' |' * (n + 2))
            continue
        _, stt, label, metric, cells, note, is_target = r
        assert len(cells) == n
        lines.append(f'| {stt} | {label} | % | ' + ' | '.join(cells) + f' | {note} |')
        if not is_target:
            continue
        for (hdr, units), c in zip(COLS, cells):
            p = cell(c)
            if p is None:
                continue
            ts.append(T(units, metric, p[0], label, 'table', Y, comparator=p[1], note=note or None))
    return lines, ts


def main():
    lines, table_ts = table_and_targets()
    text = HEAD + '\n\n'.join(p for p, _ in PROSE) + '\n' + MID + '\n'.join(lines) + '\n'
    write_doc(SEED, text)
    doc = {
        'number': '68/KH-UBND', 'symbol': 'KH-UBND', 'serial': '68', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân tỉnh Bình Định', 'place': 'Bình Định', 'date': '2023-04-10',
        'subject': 'Nâng cao tỷ lệ sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính trên địa bàn tỉnh Bình Định năm 2023',
        'signer': 'Nguyễn Tự Khang',
        'references': ['107/2021/NĐ-CP', '61/2018/NĐ-CP', '42/2022/NĐ-CP', '766/QĐ-TTg', '201/KH-UBND'],
    }
    prose_ts = [t for _, ts in PROSE for t in ts]
    write_gold(SEED, [{'document': doc, 'targets': prose_ts + table_ts}])


if __name__ == '__main__':
    main()
