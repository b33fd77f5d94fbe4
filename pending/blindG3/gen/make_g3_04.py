#!/usr/bin/env python3
"""g3_04: two documents in one text file, shaped like seeds 000/003.

1. Dispatch (Công văn 1187/STTTT-CĐS, 20/8/2024) of the Vĩnh Long Department
   of Information and Communications (issuer block "UBND TỈNH VĨNH LONG" over
   "SỞ THÔNG TIN VÀ TRUYỀN THÔNG") forwarding the provincial decision; it
   repeats first-half-2024 results and restates the province-wide targets.
2. The forwarded decision (Quyết định 1962/QĐ-UBND, 12/8/2024, of the Chủ tịch
   UBND tỉnh Vĩnh Long) with province-wide prose targets in Điều 1 and an
   appendix table as tab-separated lines (units × 3 indicators, section rows
   A / B, a unit name split over two lines by a page break, a page number
   inside the table). The appendix caption dates the decision 21/8/2024
   instead of 12/8/2024 (an appendix_reference_mismatch).

The table rows below write both the TSV lines and the gold.
"""
import os
from common import DOCS, T, num, write_gold

SEED = 'g3_04_vinhlong_cv_2024.txt'
Y = 2024
PROV = [None, 'Toàn tỉnh', 'Tỉnh Vĩnh Long']
# the dispatch asks "các cơ quan, đơn vị, địa phương" to reach the province-wide levels
PROV_CV = PROV + ['Các cơ quan, đơn vị, địa phương']

COLS = [
    ('Tỷ lệ hồ sơ trực tuyến toàn trình (%)', 'full_online_dossier_rate'),
    ('Tỷ lệ thanh toán trực tuyến (%)', 'online_payment_rate'),
    ('Tỷ lệ số hóa kết quả giải quyết TTHC (%)', 'result_digitization_rate'),
]


def H(name):
    return ['UBND ' + name[0].lower() + name[1:], name]


GA = 'Sở, ban, ngành tỉnh'
GB = 'UBND các huyện, thị xã, thành phố'
# ('S', code, title) section; ('PB',) page break; (stt, name lines, spellings, [3 cells], ghi chú lines)
ROWS = [
    ('S', 'A', GA),
    (1, ['Sở Tư pháp'], ['Sở Tư pháp'], ['60', '55', '100'], ['']),
    (2, ['Sở Kế hoạch và Đầu tư'], ['Sở Kế hoạch và Đầu tư'], ['65', '60', '100'], ['']),
    (3, ['Sở Giao thông vận tải'], ['Sở Giao thông vận tải'], ['55', '50', '100'], ['']),
    (4, ['Sở Tài nguyên và Môi trường'], ['Sở Tài nguyên và Môi trường'], ['35', '40', '95'], ['Lĩnh vực đất đai']),
    ('PB',),
    (5, ['Sở Lao động - Thương binh', 'và Xã hội'],
     ['Sở Lao động - Thương binh và Xã hội', 'Sở Lao động, Thương binh và Xã hội'],
     ['50', '', '100'], ['Không phát sinh phí,', 'lệ phí']),
    (6, ['Sở Công Thương'], ['Sở Công Thương'], ['60', '55', '100'], ['']),
    (7, ['Sở Y tế'], ['Sở Y tế'], ['45', '40', '100'], ['']),
    ('S', 'B', 'UBND các huyện, thị xã, thành phố'),
    (1, ['Thành phố Vĩnh Long'], H('Thành phố Vĩnh Long'), ['45', '50', '100'], ['']),
    (2, ['Thị xã Bình Minh'], H('Thị xã Bình Minh'), ['40', '45', '100'], ['']),
    (3, ['Huyện Long Hồ'], H('Huyện Long Hồ'), ['40', '45', '100'], ['']),
    (4, ['Huyện Mang Thít'], H('Huyện Mang Thít'), ['35', '40', '100'], ['']),
    (5, ['Huyện Vũng Liêm'], H('Huyện Vũng Liêm'), ['35', '40', '95'], ['']),
    (6, ['Huyện Tam Bình'], H('Huyện Tam Bình'), ['35', '40', '95'], ['']),
    (7, ['Huyện Trà Ôn'], H('Huyện Trà Ôn'), ['30', '35', '95'], ['']),
    (8, ['Huyện Bình Tân'], H('Huyện Bình Tân'), ['30', '35', '95'], ['']),
]

DISPATCH = '''UBND TỈNH VĨNH LONG
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 1187/STTTT-CĐS
V/v triển khai Quyết định số 1962/QĐ-UBND
ngày 12/8/2024 của Chủ tịch UBND tỉnh
	Vĩnh Long, ngày 20 tháng 8 năm 2024

Kính gửi:
- Các sở, ban, ngành tỉnh;
- UBND các huyện, thị xã, thành phố.

Ngày 12/8/2024, Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 1962/QĐ-UBND về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình, thanh toán trực tuyến và số hóa kết quả giải quyết thủ tục hành chính 6 tháng cuối năm 2024 (đính kèm).

Theo số liệu trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, 6 tháng đầu năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình của toàn tỉnh đạt 27,4%; tỷ lệ thanh toán trực tuyến đạt 31,8%; tỷ lệ số hóa kết quả giải quyết thủ tục hành chính đạt 74,5%, thấp hơn nhiều so với yêu cầu.

Để hoàn thành chỉ tiêu được giao, Sở Thông tin và Truyền thông đề nghị các cơ quan, đơn vị, địa phương:

1. Căn cứ chỉ tiêu được giao tại Phụ lục kèm theo Quyết định số 1962/QĐ-UBND, xây dựng kế hoạch cụ thể, phấn đấu đến ngày 31/12/2024 toàn tỉnh đạt: tỷ lệ hồ sơ trực tuyến toàn trình tối thiểu 40%, tỷ lệ thanh toán trực tuyến tối thiểu 45%, tỷ lệ số hóa kết quả giải quyết thủ tục hành chính 100%.

2. Rà soát, cập nhật quy trình nội bộ, quy trình điện tử của các thủ tục hành chính cung cấp trực tuyến toàn trình trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, hoàn thành trước ngày 30/8/2024.

3. Định kỳ trước ngày 25 hằng tháng, báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông (qua Phòng Chuyển đổi số, địa chỉ thư điện tử: cds.stttt@vinhlong.gov.vn) để tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh.

Sở Thông tin và Truyền thông đề nghị các cơ quan, đơn vị, địa phương quan tâm phối hợp thực hiện./.

Nơi nhận:
- Như trên;
- UBND tỉnh (b/c);
- Giám đốc, các PGĐ Sở;
- Lưu: VT, CĐS.
	KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC



Võ Thị Kim Loan

'''

DISPATCH_TARGETS = [
    T(PROV_CV, 'full_online_dossier_rate', 40, 'tỷ lệ hồ sơ trực tuyến toàn trình', 'prose', Y),
    T(PROV_CV, 'online_payment_rate', 45, 'tỷ lệ thanh toán trực tuyến', 'prose', Y),
    T(PROV_CV, 'result_digitization_rate', 100, 'tỷ lệ số hóa kết quả giải quyết thủ tục hành chính', 'prose', Y),
]

DECISION = '''ỦY BAN NHÂN DÂN
TỈNH VĨNH LONG
	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 1962/QĐ-UBND
	Vĩnh Long, ngày 12 tháng 8 năm 2024

QUYẾT ĐỊNH
Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình, thanh toán trực tuyến
và số hóa kết quả giải quyết thủ tục hành chính 6 tháng cuối năm 2024

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH VĨNH LONG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;
Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính; Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP;
Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;
Căn cứ Kế hoạch số 58/KH-UBND ngày 22/3/2024 của Ủy ban nhân dân tỉnh về chuyển đổi số tỉnh Vĩnh Long năm 2024;
Xét đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 96/TTr-STTTT ngày 05/8/2024.

QUYẾT ĐỊNH:

Điều 1. Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình, thanh toán trực tuyến và số hóa kết quả giải quyết thủ tục hành chính 6 tháng cuối năm 2024 cho các sở, ban, ngành tỉnh, Ủy ban nhân dân các huyện, thị xã, thành phố (chi tiết tại Phụ lục kèm theo).

Toàn tỉnh phấn đấu đến hết năm 2024: tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 40%, tỷ lệ thanh toán trực tuyến đạt tối thiểu 45%, tỷ lệ số hóa kết quả giải quyết thủ tục hành chính đạt 100%.

Điều 2. Tổ chức thực hiện
1. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả thực hiện chỉ tiêu được giao; giao chỉ tiêu cụ thể cho Ủy ban nhân dân các xã, phường, thị trấn.
2. Sở Thông tin và Truyền thông chủ trì theo dõi, hướng dẫn, đôn đốc; hằng tháng tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh.
3. Văn phòng Ủy ban nhân dân tỉnh chỉ đạo Trung tâm Phục vụ hành chính công tỉnh phối hợp kiểm tra việc số hóa kết quả giải quyết thủ tục hành chính.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Thông tin và Truyền thông, Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.
Quyết định này có hiệu lực kể từ ngày ký./.

Nơi nhận:
- Như Điều 3;
- Bộ Thông tin và Truyền thông;
- CT, các PCT UBND tỉnh;
- LĐVP UBND tỉnh;
- Lưu: VT, 5.03.05.
	KT. CHỦ TỊCH
PHÓ CHỦ TỊCH



Phan Minh Trí


Phụ lục
CHỈ TIÊU TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH, THANH TOÁN TRỰC TUYẾN VÀ SỐ HÓA KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH 6 THÁNG CUỐI NĂM 2024
(Kèm theo Quyết định số 1962/QĐ-UBND ngày 21 tháng 8 năm 2024 của Chủ tịch UBND tỉnh Vĩnh Long)

'''

DECISION_PROSE = [
    T(PROV, 'full_online_dossier_rate', 40, 'tỷ lệ hồ sơ trực tuyến toàn trình', 'prose', Y),
    T(PROV, 'online_payment_rate', 45, 'tỷ lệ thanh toán trực tuyến', 'prose', Y),
    T(PROV, 'result_digitization_rate', 100, 'tỷ lệ số hóa kết quả giải quyết thủ tục hành chính', 'prose', Y),
]


def table_lines_and_targets():
    lines = ['\t'.join(['STT', 'Tên đơn vị'] + [c for c, _ in COLS] + ['Ghi chú'])]
    ts, group = [], None
    for r in ROWS:
        if r[0] == 'S':
            group = r[2]
            lines.append(f'{r[1]}\t{r[2]}\t\t\t\t')
            continue
        if r[0] == 'PB':
            lines += ['', '2', '']   # page break: blank line, page number, blank line
            continue
        stt, names, units, cells, notes = r
        lines.append('\t'.join([str(stt), names[0]] + cells + [notes[0]]))
        for k in range(1, max(len(names), len(notes))):   # continuation line of the same row
            n = names[k] if k < len(names) else ''
            g = notes[k] if k < len(notes) else ''
            lines.append('\t'.join(['', n, '', '', '', g]))
        note = ' '.join(x for x in notes if x) or None
        for (hdr, metric), c in zip(COLS, cells):
            v = num(c)
            if v is None:
                continue
            ts.append(T(units, metric, v, hdr, 'table', Y, unit_group=group, note=note))
    return lines, ts


def main():
    lines, table_ts = table_lines_and_targets()
    text = DISPATCH + DECISION + '\n'.join(lines) + '\n'
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(text)
    cv = {
        'number': '1187/STTTT-CĐS', 'symbol': 'STTTT-CĐS', 'serial': '1187', 'type': 'cong_van',
        'issuer': ['Sở Thông tin và Truyền thông tỉnh Vĩnh Long', 'Sở Thông tin và Truyền thông'],
        'place': 'Vĩnh Long', 'date': '2024-08-20',
        'subject': 'Triển khai Quyết định số 1962/QĐ-UBND ngày 12/8/2024 của Chủ tịch UBND tỉnh',
        'signer': 'Võ Thị Kim Loan',
        'references': ['1962/QĐ-UBND'],
    }
    qd = {
        'number': '1962/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '1962', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Vĩnh Long', 'place': 'Vĩnh Long', 'date': '2024-08-12',
        'subject': 'Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình, thanh toán trực tuyến và số hóa kết quả giải quyết thủ tục hành chính 6 tháng cuối năm 2024',
        'signer': 'Phan Minh Trí',
        'references': ['61/2018/NĐ-CP', '107/2021/NĐ-CP', '766/QĐ-TTg', '58/KH-UBND', '96/TTr-STTTT'],
        'expected_warnings': ['appendix dates the decision 21/8/2024 while the decision is dated 12/8/2024'],
    }
    write_gold(SEED, [{'document': cv, 'targets': DISPATCH_TARGETS},
                      {'document': qd, 'targets': DECISION_PROSE + table_ts}])


if __name__ == '__main__':
    main()
