#!/usr/bin/env python3
"""j3_01: Quảng Bình, Quyết định 412/QĐ-UBND ngày 14/02/2025 (Chủ tịch UBND tỉnh,
KT. CHỦ TỊCH / PHÓ CHỦ TỊCH): province-wide prose levels in Điều 1, then an
appendix table (tab-separated) with section rows "A  Các sở, ban, ngành" /
"B  UBND cấp huyện", a "Ghi chú" column, blank and "—" cells, a page break
inside section A, old tone placement ("Hoá", "Thuỷ", "CỘNG HOÀ").
The decision is amended by j3_02 (1306/QĐ-UBND)."""
import os
from common import DOCS, T, H, unit_table, write_gold

SEED = 'j3_01_quangbinh_qd_2025.txt'
Y = 2025
PROV = [None, 'Toàn tỉnh', 'Tỉnh Quảng Bình']

COLS = [
    ('Tỷ lệ hồ sơ trực tuyến (trên tổng số hồ sơ tiếp nhận, giải quyết TTHC) (%)', 'online_dossier_rate'),
    ('Tỷ lệ hồ sơ thanh toán trực tuyến (%)', 'online_payment_rate'),
    ('Tỷ lệ số hoá hồ sơ (%)', 'dossier_digitization_rate'),
    ('Tỷ lệ cấp kết quả giải quyết TTHC điện tử (%)', 'electronic_result_rate'),
]
GA, GB = 'Các sở, ban, ngành', 'UBND cấp huyện'


def S(name):
    return [name, name + ' tỉnh Quảng Bình']


ROWS = [
    ('S', 'A', GA, GA),
    (1, 'Sở Kế hoạch và Đầu tư', S('Sở Kế hoạch và Đầu tư'), ['85', '80', '90', '90'], ''),
    (2, 'Sở Tài chính', S('Sở Tài chính'), ['70', '75', '80', '85'], ''),
    (3, 'Sở Tư pháp', S('Sở Tư pháp'), ['80', '70', '90', '95'], ''),
    (4, 'Sở Xây dựng', S('Sở Xây dựng'), ['60', '55', '70', '80'], ''),
    (5, 'Sở Giao thông vận tải', S('Sở Giao thông vận tải'), ['75', '70', '80', '85'], ''),
    (6, 'Sở Tài nguyên và Môi trường', S('Sở Tài nguyên và Môi trường'), ['40', '45', '60', '60'],
     'Lĩnh vực đất đai thực hiện theo lộ trình của Văn phòng Đăng ký đất đai'),
    (7, 'Sở Nông nghiệp và Phát triển nông thôn', S('Sở Nông nghiệp và Phát triển nông thôn'),
     ['65', '60', '75', '80'], ''),
    ('PB', ['', '2', '']),
    (8, 'Sở Lao động - Thương binh và Xã hội',
     S('Sở Lao động - Thương binh và Xã hội') + ['Sở Lao động, Thương binh và Xã hội'],
     ['70', '', '80', '85'], 'Không phát sinh TTHC có thu phí, lệ phí'),
    (9, 'Sở Văn hoá, Thể thao và Du lịch', S('Sở Văn hóa, Thể thao và Du lịch'), ['70', '65', '80', '85'], ''),
    (10, 'Công an tỉnh', ['Công an tỉnh', 'Công an tỉnh Quảng Bình'], ['—', '—', '80', '—'],
     'Chỉ tiêu hồ sơ trực tuyến, thanh toán trực tuyến thực hiện theo chỉ tiêu Bộ Công an giao'),
    ('S', 'B', GB, GB),
    (1, 'Thành phố Đồng Hới', H('Thành phố Đồng Hới'), ['60', '55', '70', '75'], ''),
    (2, 'Thị xã Ba Đồn', H('Thị xã Ba Đồn'), ['55', '50', '65', '70'], ''),
    (3, 'Huyện Lệ Thuỷ', H('Huyện Lệ Thủy'), ['50', '45', '60', '65'], ''),
    (4, 'Huyện Quảng Ninh', H('Huyện Quảng Ninh'), ['50', '45', '60', '65'], ''),
    (5, 'Huyện Bố Trạch', H('Huyện Bố Trạch'), ['50', '45', '60', '65'], ''),
    (6, 'Huyện Quảng Trạch', H('Huyện Quảng Trạch'), ['45', '40', '60', '65'], ''),
    (7, 'Huyện Tuyên Hoá', H('Huyện Tuyên Hóa'), ['40', '', '55', '60'], ''),
    (8, 'Huyện Minh Hoá', H('Huyện Minh Hóa'), ['40', '40', '55', '60'], ''),
]

HEAD = '''ỦY BAN NHÂN DÂN\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG BÌNH\tĐộc lập - Tự do - Hạnh phúc

Số: 412/QĐ-UBND\tQuảng Bình, ngày 14 tháng 02 năm 2025

QUYẾT ĐỊNH
Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến,
số hoá hồ sơ và cấp kết quả giải quyết thủ tục hành chính điện tử năm 2025

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;
Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính; Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP;
Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;
Căn cứ Kế hoạch số 2650/KH-UBND ngày 20/12/2024 của Uỷ ban nhân dân tỉnh về chuyển đổi số tỉnh Quảng Bình năm 2025;
Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 21/TTr-STTTT ngày 05/02/2025.

QUYẾT ĐỊNH:

Điều 1. Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến, số hoá hồ sơ và cấp kết quả giải quyết thủ tục hành chính điện tử năm 2025 cho các sở, ban, ngành và Uỷ ban nhân dân các huyện, thị xã, thành phố (chi tiết tại Phụ lục kèm theo).
'''

PROSE = [
    ('Phấn đấu đến hết năm 2025, toàn tỉnh đạt: tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính tối thiểu 55%; tỷ lệ hồ sơ thanh toán trực tuyến tối thiểu 50%; 100% kết quả giải quyết thủ tục hành chính còn hiệu lực được số hoá.', [
        T(PROV, 'online_dossier_rate', 55, 'tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính', 'prose', Y),
        T(PROV, 'online_payment_rate', 50, 'tỷ lệ hồ sơ thanh toán trực tuyến', 'prose', Y),
        T(PROV, 'result_digitization_rate', 100, 'kết quả giải quyết thủ tục hành chính còn hiệu lực được số hoá', 'prose', Y),
    ]),
]

TAIL = '''
Điều 2. Tổ chức thực hiện
1. Thủ trưởng các sở, ban, ngành, Chủ tịch Uỷ ban nhân dân các huyện, thị xã, thành phố chịu trách nhiệm trước Chủ tịch Uỷ ban nhân dân tỉnh về kết quả thực hiện chỉ tiêu được giao; năm 2024 tỷ lệ hồ sơ trực tuyến toàn tỉnh mới đạt 41,7%, tỷ lệ thanh toán trực tuyến đạt 38,2%, cần tập trung chỉ đạo quyết liệt.
2. Sở Thông tin và Truyền thông chủ trì, phối hợp với Văn phòng Uỷ ban nhân dân tỉnh theo dõi, đôn đốc; định kỳ hằng quý (trước ngày 20 của tháng cuối quý) tổng hợp, báo cáo Chủ tịch Uỷ ban nhân dân tỉnh.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Chánh Văn phòng Uỷ ban nhân dân tỉnh, Giám đốc Sở Thông tin và Truyền thông, Thủ trưởng các sở, ban, ngành, Chủ tịch Uỷ ban nhân dân các huyện, thị xã, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:\tKT. CHỦ TỊCH
- Như Điều 3;\tPHÓ CHỦ TỊCH
- Văn phòng Chính phủ (Cục KSTTHC);
- Bộ Thông tin và Truyền thông;
- TT Tỉnh ủy, TT HĐND tỉnh;
- CT, các PCT UBND tỉnh;
- LĐVP UBND tỉnh;\tHoàng Minh Khải
- Lưu: VT, KSTT.


PHỤ LỤC
CHỈ TIÊU TỶ LỆ HỒ SƠ TRỰC TUYẾN, THANH TOÁN TRỰC TUYẾN, SỐ HOÁ HỒ SƠ VÀ CẤP KẾT QUẢ GIẢI QUYẾT TTHC ĐIỆN TỬ NĂM 2025
(Kèm theo Quyết định số 412/QĐ-UBND ngày 14/02/2025 của Chủ tịch UBND tỉnh Quảng Bình)

'''


def main():
    body, table_ts = unit_table(ROWS, COLS, Y)
    header = '\t'.join(['STT', 'Tên cơ quan, đơn vị'] + [c for c, _ in COLS] + ['Ghi chú'])
    text = HEAD + ''.join(p + '\n' for p, _ in PROSE) + TAIL + '\n'.join([header] + body) + '\n'
    open(os.path.join(DOCS, SEED), 'w', encoding='utf-8').write(text)
    doc = {
        'number': '412/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '412', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Quảng Bình', 'place': 'Quảng Bình', 'date': '2025-02-14',
        'subject': 'Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến, số hoá hồ sơ và cấp kết quả giải quyết thủ tục hành chính điện tử năm 2025',
        'signer': 'Hoàng Minh Khải',
        'references': ['61/2018/NĐ-CP', '107/2021/NĐ-CP', '766/QĐ-TTg', '2650/KH-UBND', '21/TTr-STTTT'],
    }
    write_gold(SEED, [{'document': doc, 'targets': [t for _, ts in PROSE for t in ts] + table_ts}])


if __name__ == '__main__':
    main()
