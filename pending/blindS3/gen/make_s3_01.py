#!/usr/bin/env python3
"""s3_01: Thanh Hóa decision (Quyết định 2178/QĐ-UBND, 26/6/2023) as a
Word->text conversion with old tone placement ("Thanh Hoá", "Uỷ ban", "số hoá").
The appendix is a tab-separated table: units x 8 indicators under a two-row
header ("Chỉ tiêu giao năm 2023 (%)" over 8 long, abbreviated headers that
carry their own defaults: "HS", "TTHC", "DVCTT", "KQGQ", "tối thiểu 50% (chỉ
tiêu này áp dụng đối với …)"), section rows I / II, cells "x" and blanks, a
Ghi chú column. Điều 1 holds one prose ceiling; the preamble holds 2022
results and a quoted national average (no targets).

The ROWS list writes both the TSV lines and the gold.
"""
import os
from common import DOCS, T, num, write_gold, district

SEED = 's3_01_thanhhoa_qd_2023.txt'
Y = 2023

COLS = [
    ('Tỷ lệ HS TTHC được tiếp nhận, giải quyết trực tuyến (DVCTT một phần và toàn trình) trên tổng số HS tiếp nhận - tối thiểu 50% (chỉ tiêu này áp dụng đối với các sở, ban, ngành cấp tỉnh và UBND cấp huyện)',
     'online_dossier_rate'),
    ('Tỷ lệ HS TTHC thực hiện trực tuyến toàn trình (trên tổng số HS của các DVCTT toàn trình) tối thiểu 30%',
     'full_online_dossier_rate'),
    ('Tỷ lệ HS TTHC được xử lý trực tuyến trên Hệ thống thông tin giải quyết TTHC tỉnh (trừ HS thuộc lĩnh vực có hệ thống chuyên ngành riêng) - 100%',
     'online_processing_rate'),
    ('Tỷ lệ số hoá thành phần HS khi tiếp nhận (tối thiểu 60%)',
     'dossier_digitization_rate'),
    ('Tỷ lệ KQGQ TTHC được số hoá, lưu vào Kho quản lý dữ liệu điện tử (đối với KQGQ còn hiệu lực) tối thiểu 80%',
     'result_digitization_rate'),
    ('Tỷ lệ cấp KQGQ TTHC bản điện tử (có ký số của cơ quan có thẩm quyền)',
     'electronic_result_rate'),
    ('Tỷ lệ HS có nghĩa vụ tài chính được thanh toán trực tuyến trên tổng số HS có thu phí, lệ phí (tối thiểu 25%)',
     'online_payment_rate'),
    ('Tỷ lệ HS giải quyết trước hạn, đúng hạn (không tính HS rút, HS tạm dừng) ≥ 95%',
     'on_time_resolution_rate'),
]

G1 = 'Sở, ban, ngành cấp tỉnh'
G2 = 'UBND các huyện, thị xã, thành phố'


def so(name):
    return [name, name + ' tỉnh Thanh Hóa']


# ('S', code, title, group) | (stt, printed name, spellings, 8 cells, ghi chú)
ROWS = [
    ('S', 'I', 'SỞ, BAN, NGÀNH CẤP TỈNH', G1),
    (1, 'Sở Tư pháp', so('Sở Tư pháp'), ['60', '45', '100', '70', '100', '80', '35', '97,5'], ''),
    (2, 'Sở Kế hoạch và Đầu tư', so('Sở Kế hoạch và Đầu tư'), ['90', '80', '100', '80', '100', '100', '50', '98'], ''),
    (3, 'Sở Tài nguyên và Môi trường', so('Sở Tài nguyên và Môi trường'), ['40', '30', '100', '60', '80', '60', '30', '90'],
     'Lĩnh vực đất đai áp dụng từ quý III/2023'),
    (4, 'Sở Lao động - Thương binh và Xã hội', so('Sở Lao động - Thương binh và Xã hội') + ['Sở Lao động, Thương binh và Xã hội'],
     ['55', '40', '100', '70', '100', '80', '', '98'], 'Không phát sinh TTHC thu phí, lệ phí'),
    (5, 'Công an tỉnh', ['Công an tỉnh', 'Công an tỉnh Thanh Hóa'], ['x', 'x', 'x', '60', '80', '', '', '95'],
     'Chỉ tiêu DVCTT thực hiện theo giao của Bộ Công an'),
    ('S', 'II', 'UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ', G2),
    (1, 'TP. Thanh Hoá', None, ['65', '45', '100', '70', '90', '70', '40', '97'], ''),
    (2, 'TP. Sầm Sơn', None, ['60', '40', '100', '65', '90', '70', '35', '97'], ''),
    (3, 'TX. Bỉm Sơn', None, ['55', '40', '100', '65', '85', '65', '35', '96'], ''),
    (4, 'TX. Nghi Sơn', None, ['55', '35', '100', '60', '85', '65', '30', '96'], ''),
    (5, 'H. Hoằng Hoá', None, ['50', '35', '100', '60', '80', '60', '30', '95'], ''),
    (6, 'H. Mường Lát', None, ['30', '20', '95', '42,5', '60', '40', '15', '95'], 'Huyện miền núi đặc biệt khó khăn'),
]

HEAD = '''UỶ BAN NHÂN DÂN	CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH THANH HOÁ	Độc lập - Tự do - Hạnh phúc

Số: 2178/QĐ-UBND	Thanh Hoá, ngày 26 tháng 6 năm 2023

QUYẾT ĐỊNH
Về việc giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến, số hoá hồ sơ,
kết quả giải quyết thủ tục hành chính năm 2023 cho các sở, ban, ngành cấp tỉnh,
Uỷ ban nhân dân các huyện, thị xã, thành phố

CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH THANH HOÁ

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;
Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính; Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP;
Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;
Căn cứ Kế hoạch số 41/KH-UBND ngày 20/02/2023 của UBND tỉnh Thanh Hoá về chuyển đổi số tỉnh Thanh Hoá năm 2023;
Xét đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 1250/TTr-STTTT ngày 15/6/2023.

QUYẾT ĐỊNH:

Điều 1. Giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến (DVCTT), số hoá hồ sơ, kết quả giải quyết thủ tục hành chính (TTHC) năm 2023 cho các sở, ban, ngành cấp tỉnh, Uỷ ban nhân dân các huyện, thị xã, thành phố (chi tiết tại Phụ lục kèm theo).

Năm 2022, tỷ lệ hồ sơ TTHC được tiếp nhận, giải quyết trực tuyến của tỉnh mới đạt 38,6%, thấp hơn bình quân cả nước (45,2%); tỷ lệ thanh toán trực tuyến đạt 12,4%. Năm 2023, toàn tỉnh phấn đấu để tỷ lệ hồ sơ giải quyết quá hạn dưới 2% trên tổng số hồ sơ đã giải quyết.

Điều 2. Tổ chức thực hiện
1. Thủ trưởng các sở, ban, ngành cấp tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện chỉ tiêu được giao; hằng tháng tự đánh giá, báo cáo kết quả thực hiện trước ngày 20.
2. Sở Thông tin và Truyền thông theo dõi, đôn đốc, tổng hợp kết quả thực hiện; đề xuất khen thưởng, xử lý trách nhiệm người đứng đầu theo quy định.
3. Văn phòng UBND tỉnh chỉ đạo Trung tâm Phục vụ hành chính công tỉnh phối hợp kiểm tra việc số hoá hồ sơ, kết quả giải quyết TTHC.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Chánh Văn phòng UBND tỉnh, Giám đốc Sở Thông tin và Truyền thông, Thủ trưởng các sở, ban, ngành cấp tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:	KT. CHỦ TỊCH
- Như Điều 3;	PHÓ CHỦ TỊCH
- Bộ Thông tin và Truyền thông (b/c);
- Chủ tịch, các PCT UBND tỉnh;
- Lưu: VT, KSTTHCNC.

	Trịnh Xuân Hoà


Phụ lục
CHỈ TIÊU CUNG CẤP, SỬ DỤNG DVCTT, SỐ HOÁ HỒ SƠ, KẾT QUẢ GIẢI QUYẾT TTHC NĂM 2023
(Kèm theo Quyết định số 2178/QĐ-UBND ngày 26/6/2023 của Chủ tịch UBND tỉnh Thanh Hoá)

'''

PROSE = [
    T([None, 'Toàn tỉnh', 'Tỉnh Thanh Hóa'], None, 2, 'tỷ lệ hồ sơ giải quyết quá hạn', 'prose', Y, comparator='<='),
]


def table_lines_and_targets():
    n = len(COLS)
    lines = ['\t'.join(['STT', 'Tên cơ quan, đơn vị', 'Chỉ tiêu giao năm 2023 (%)'] + [''] * (n - 1) + ['Ghi chú']),
             '\t'.join(['', ''] + [h for h, _ in COLS] + [''])]
    ts, group = [], None
    for r in ROWS:
        if r[0] == 'S':
            group = r[3]
            lines.append('\t'.join([r[1], r[2]] + [''] * (n + 1)))
            continue
        stt, name, units, cells, note = r
        units = units or district(name)
        lines.append('\t'.join([str(stt), name] + cells + [note]))
        for (hdr, metric), c in zip(COLS, cells):
            v = num(c)
            if v is None:
                continue
            ts.append(T(units, metric, v, hdr, 'table', Y, unit_group=group, note=note or None))
    return lines, ts


def main():
    lines, ts = table_lines_and_targets()
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(HEAD + '\n'.join(lines) + '\n')
    doc = {
        'number': '2178/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '2178', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Thanh Hóa', 'place': 'Thanh Hóa', 'date': '2023-06-26',
        'subject': 'Về việc giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến, số hoá hồ sơ, kết quả giải quyết thủ tục hành chính năm 2023 cho các sở, ban, ngành cấp tỉnh, Uỷ ban nhân dân các huyện, thị xã, thành phố',
        'signer': 'Trịnh Xuân Hoà',
        'references': ['61/2018/NĐ-CP', '107/2021/NĐ-CP', '766/QĐ-TTg', '41/KH-UBND', '1250/TTr-STTTT'],
    }
    write_gold(SEED, [{'document': doc, 'targets': PROSE + ts}])


if __name__ == '__main__':
    main()
