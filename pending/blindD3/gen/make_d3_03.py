#!/usr/bin/env python3
"""d3_03: dispatch (Công văn 318/UBND-VP) of thị xã Buôn Hồ, Đắk Lắk, 26/02/2024,
as a markdown copy (pandoc-like): # headings, **bold**, a pipe table, escaped
\\* and \\_. Prose targets assigned to enumerated phường/xã, with 2023 results in
the same paragraphs."""
import os
from common import DOCS, T, write_gold

SEED = 'd3_03_buonho_cv_2024.md'
Y = 2024

TEXT = r'''**ỦY BAN NHÂN DÂN**
**THỊ XÃ BUÔN HỒ**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

Số: 318/UBND-VP

V/v triển khai thực hiện chỉ tiêu hồ sơ trực tuyến, thanh toán trực tuyến và số hóa hồ sơ thủ tục hành chính năm 2024

*Buôn Hồ, ngày 26 tháng 02 năm 2024*

**Kính gửi:**

- Các cơ quan chuyên môn thuộc UBND thị xã;
- UBND các xã, phường.

Thực hiện Quyết định số 245/QĐ-UBND ngày 05/02/2024 của UBND tỉnh Đắk Lắk về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến và số hóa hồ sơ thủ tục hành chính năm 2024 và Kế hoạch số 12/KH-UBND ngày 18/01/2024 của UBND thị xã về chuyển đổi số năm 2024; Chủ tịch UBND thị xã chỉ đạo như sau:

# 1. Tỷ lệ hồ sơ trực tuyến

Năm 2023, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến của toàn thị xã chỉ đạt 38,7% (trong đó phường An Lạc đạt cao nhất với 52,1%, xã Ea Siên thấp nhất với 12,4%). Chỉ tiêu năm 2024 UBND tỉnh giao cho thị xã Buôn Hồ là tối thiểu 55%\*. Để bảo đảm hoàn thành chỉ tiêu, UBND thị xã giao tỷ lệ hồ sơ trực tuyến năm 2024 như sau: UBND các phường An Lạc, An Bình, Thiện An, Đạt Hiếu đạt tối thiểu 75%; các phường Đoàn Kết, Thống Nhất, Bình Tân đạt tối thiểu 65%; UBND các xã Bình Thuận, Cư Bao, Ea Blang đạt tối thiểu 60% và các xã Ea Drông, Ea Siên đạt tối thiểu 45%.

\* Chỉ tiêu do UBND tỉnh giao tại Quyết định số 245/QĐ-UBND.

# 2. Tỷ lệ thanh toán trực tuyến

Năm 2023, tỷ lệ hồ sơ thanh toán trực tuyến của thị xã đạt 21,4% (1.652/7.720 hồ sơ có thu phí, lệ phí). Năm 2024, yêu cầu **các phường** đạt tỷ lệ thanh toán trực tuyến tối thiểu 45%, **các xã** đạt tối thiểu 35%; riêng xã Ea Siên tối thiểu 25% do chưa phủ sóng dịch vụ ngân hàng tại 04/11 buôn. Các cơ quan chuyên môn thuộc UBND thị xã bảo đảm tỷ lệ TTHC có phát sinh giao dịch thanh toán trực tuyến trên tổng số TTHC có thu phí đạt tối thiểu 60% (năm 2023 đạt 37,5%).

# 3. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính

## 3.1. Đối với các cơ quan chuyên môn thuộc UBND thị xã

Bảo đảm 100% kết quả giải quyết thủ tục hành chính được số hóa; tỷ lệ số hóa hồ sơ khi tiếp nhận đạt tối thiểu 80% (năm 2023 đạt 61,3%).

## 3.2. Đối với UBND các xã, phường

Tỷ lệ số hóa hồ sơ thủ tục hành chính khi tiếp nhận đạt tối thiểu 70%. Dữ liệu số hóa lưu tại thư mục dùng chung theo mẫu tên tệp SOHOA\_2024\_<mã đơn vị>.

# 4. Chứng thực bản sao điện tử từ bản chính

UBND các phường An Lạc, Đạt Hiếu và UBND xã Ea Blang (đã thí điểm từ quý IV/2023, đạt 64%) thực hiện chứng thực bản sao điện tử từ bản chính đạt 100% yêu cầu; các xã, phường còn lại đạt tối thiểu 80%.

# 5. Chỉ tiêu chung toàn thị xã

| STT | Chỉ tiêu | Kết quả năm 2023 (%) | Chỉ tiêu năm 2024 (%) | Ghi chú |
|-----|----------|----------------------|-----------------------|---------|
| 1 | Tỷ lệ hồ sơ được giải quyết đúng hạn | 96,8 | 98 | |
| 2 | Tỷ lệ hài lòng của người dân, doanh nghiệp | 88,5 | ≥ 90 | Theo Bộ chỉ số 766 |
| 3 | Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ | 54,0 | 70 | |
| 4 | Tỷ lệ hồ sơ giải quyết quá hạn | 3,2 | ≤ 2 | Không quá |
| 5 | Số hồ sơ tiếp nhận (hồ sơ) | 18.432 | | Số liệu tham khảo |

# 6. Tổ chức thực hiện

- Thủ trưởng các cơ quan chuyên môn, Chủ tịch UBND các xã, phường chịu trách nhiệm trước Chủ tịch UBND thị xã về kết quả thực hiện chỉ tiêu được giao; báo cáo kết quả trước ngày 20 hằng tháng về Văn phòng HĐND và UBND thị xã (qua \_Bộ phận Một cửa\_).
- Giao Văn phòng HĐND và UBND thị xã theo dõi, tổng hợp, tham mưu UBND thị xã đánh giá, xếp loại thi đua năm 2024.

Nhận được Công văn này, đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.

**Nơi nhận:**

- Như trên;
- UBND tỉnh (b/c);
- Sở Thông tin và Truyền thông (b/c);
- TT Thị ủy, TT HĐND thị xã (b/c);
- CT, các PCT UBND thị xã;
- Lưu: VT, VP\_NC.

**TL. CHỦ TỊCH**
**CHÁNH VĂN PHÒNG**

*(Đã ký)*

**Nguyễn Thị Thu Hà**
'''

THIXA = [None, 'UBND thị xã Buôn Hồ', 'Thị xã Buôn Hồ', 'Toàn thị xã']
MT = 'hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến'


def ward(name):
    return [f'UBND phường {name}', f'Phường {name}']


def commune(name):
    return [f'UBND xã {name}', f'Xã {name}']


CQ = ['Các cơ quan chuyên môn thuộc UBND thị xã', 'Cơ quan chuyên môn thuộc UBND thị xã',
      'Các cơ quan chuyên môn thuộc UBND thị xã Buôn Hồ']


def targets():
    cq = CQ
    ts = [T(THIXA, 'online_dossier_rate', 55, MT, 'prose', Y,
            note='chỉ tiêu UBND tỉnh giao cho thị xã (Quyết định 245/QĐ-UBND)')]
    for n in ['An Lạc', 'An Bình', 'Thiện An', 'Đạt Hiếu']:
        ts.append(T(ward(n), 'online_dossier_rate', 75, 'tỷ lệ hồ sơ trực tuyến', 'prose', Y))
    for n in ['Đoàn Kết', 'Thống Nhất', 'Bình Tân']:
        ts.append(T(ward(n), 'online_dossier_rate', 65, 'tỷ lệ hồ sơ trực tuyến', 'prose', Y))
    for n in ['Bình Thuận', 'Cư Bao', 'Ea Blang']:
        ts.append(T(commune(n), 'online_dossier_rate', 60, 'tỷ lệ hồ sơ trực tuyến', 'prose', Y))
    for n in ['Ea Drông', 'Ea Siên']:
        ts.append(T(commune(n), 'online_dossier_rate', 45, 'tỷ lệ hồ sơ trực tuyến', 'prose', Y))
    mp = 'tỷ lệ thanh toán trực tuyến'
    ts.append(T(['Các phường', 'UBND các phường'], 'online_payment_rate', 45, mp, 'prose', Y))
    ts.append(T(['Các xã', 'UBND các xã'], 'online_payment_rate', 35, mp, 'prose', Y,
                note='riêng xã Ea Siên tối thiểu 25%'))
    ts.append(T(commune('Ea Siên'), 'online_payment_rate', 25, mp, 'prose', Y))
    ts.append(T(cq, 'online_payment_procedure_rate', 60,
                'tỷ lệ TTHC có phát sinh giao dịch thanh toán trực tuyến trên tổng số TTHC có thu phí', 'prose', Y))
    ts.append(T(cq, 'result_digitization_rate', 100, 'kết quả giải quyết thủ tục hành chính được số hóa', 'prose', Y))
    ts.append(T(cq, 'dossier_digitization_rate', 80, 'tỷ lệ số hóa hồ sơ khi tiếp nhận', 'prose', Y))
    ts.append(T(['UBND các xã, phường', 'Các xã, phường'], 'dossier_digitization_rate', 70,
                'Tỷ lệ số hóa hồ sơ thủ tục hành chính khi tiếp nhận', 'prose', Y))
    mc = 'chứng thực bản sao điện tử từ bản chính'
    for u in ward('An Lạc'), ward('Đạt Hiếu'), commune('Ea Blang'):
        ts.append(T(u, 'e_certified_copy_rate', 100, mc, 'prose', Y))
    ts.append(T(['Các xã, phường còn lại', 'UBND các xã, phường còn lại'], 'e_certified_copy_rate', 80, mc, 'prose', Y))
    # pipe table: whole-town targets, unit null
    ts.append(T(THIXA, 'on_time_resolution_rate', 98, 'Tỷ lệ hồ sơ được giải quyết đúng hạn', 'table', Y))
    ts.append(T(THIXA, 'satisfaction_rate', 90, 'Tỷ lệ hài lòng của người dân, doanh nghiệp', 'table', Y,
                note='Theo Bộ chỉ số 766'))
    ts.append(T(THIXA, 'online_service_uptake_rate', 70, 'Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ', 'table', Y))
    ts.append(T(THIXA, None, 2, 'Tỷ lệ hồ sơ giải quyết quá hạn', 'table', Y, comparator='<=', note='Không quá'))
    return ts


def main():
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(TEXT)
    doc = {
        'number': '318/UBND-VP', 'symbol': 'UBND-VP', 'serial': '318', 'type': 'cong_van',
        'issuer': 'Ủy ban nhân dân thị xã Buôn Hồ', 'place': 'Buôn Hồ', 'date': '2024-02-26',
        'subject': 'Triển khai thực hiện chỉ tiêu hồ sơ trực tuyến, thanh toán trực tuyến và số hóa hồ sơ thủ tục hành chính năm 2024',
        'signer': 'Nguyễn Thị Thu Hà',
        'references': ['245/QĐ-UBND', '12/KH-UBND'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets()}])


if __name__ == '__main__':
    main()
