#!/usr/bin/env python3
"""f3_03: Bình Thuận plan 86/KH-UBND of 10/01/2024 for 2024-2026, as markdown
produced by a converter (pandoc / online doc->md). Header block in **bold**,
escaped \\* and \\_, one pipe table whose merged two-row header came out as a
header row ('Mục tiêu theo năm (%)' followed by two empty cells) plus a first
body row holding 'Năm 2024 | Năm 2025 | Năm 2026'. Indicators are rows, a
column per year, an 'Đơn vị chủ trì' column (the assignee), and a
'Kết quả thực hiện năm 2023' column that gives no targets."""
from common import T, num, write_doc, write_gold

SEED = 'f3_03_binhthuan_kh_2024_2026.md'
YEARS = [2024, 2025, 2026]

SO_HUYEN = 'Các sở, ban, ngành; UBND các huyện, thị xã, thành phố'
U = {
    'tt': (['Sở Thông tin và Truyền thông', 'Sở Thông tin và Truyền thông tỉnh Bình Thuận'],
           'Sở Thông tin và Truyền thông'),
    'vp': (['Văn phòng UBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh Bình Thuận'], 'Văn phòng UBND tỉnh'),
    'all': ([SO_HUYEN], SO_HUYEN),
    'ct': (['UBND cấp xã; Phòng Tư pháp cấp huyện'], 'UBND cấp xã; Phòng Tư pháp cấp huyện'),
    'hcc': (['Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công)', 'Văn phòng UBND tỉnh',
             'Trung tâm Phục vụ hành chính công', 'Trung tâm Phục vụ hành chính công tỉnh'],
            'Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công)'),
}

# ('S', code, title) | (stt, indicator as printed, metric, result 2023 as printed, [2024, 2025, 2026], unit key)
ROWS = [
    ('S', 'I', 'CHỈ TIÊU VỀ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN'),
    (1, 'Tỷ lệ TTHC đủ điều kiện được cung cấp dưới hình thức DVCTT toàn trình', 'full_online_service_rate',
     '68,5', ['80', '90', '**100**'], 'tt'),
    (2, 'Tỷ lệ DVCTT toàn trình được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia',
     'national_portal_integration_rate', '52,3', ['70', '80', '90'], 'vp'),
    ('S', 'II', 'CHỈ TIÊU VỀ SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN'),
    (3, 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC', 'online_dossier_rate',
     '41,7\\*', ['≥ 50', '≥ 60', '≥ 70'], 'all'),
    (4, 'Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ', 'online_service_uptake_rate',
     '61,0', ['80', '85', '90'], 'all'),
    (5, 'Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công', 'online_payment_rate',
     '27,9', ['Tối thiểu 45', 'Tối thiểu 50', 'Tối thiểu 60'], 'all'),
    ('S', 'III', 'CHỈ TIÊU VỀ SỐ HÓA HỒ SƠ, KẾT QUẢ GIẢI QUYẾT TTHC'),
    (6, 'Tỷ lệ số hóa hồ sơ TTHC', 'dossier_digitization_rate', '36,4', ['60', '80', '**100**'], 'all'),
    (7, 'Tỷ lệ số hóa kết quả giải quyết TTHC', 'result_digitization_rate', '74,8', ['100', '100', '100'], 'all'),
    (8, 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa', 'digitized_data_reuse_rate',
     '9,6', ['40', '60', '80'], 'all'),
    (9, 'Tỷ lệ kết quả xử lý hồ sơ TTHC được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia',
     'national_portal_sync_rate', '88,1', ['100', '100', '—'], 'tt'),
    (10, 'Tỷ lệ chứng thực bản sao điện tử từ bản chính', 'e_certified_copy_rate',
     'Chưa triển khai', ['50', '80', '100'], 'ct'),
    ('S', 'IV', 'CHỈ TIÊU VỀ CHẤT LƯỢNG GIẢI QUYẾT TTHC'),
    (11, 'Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn', 'on_time_resolution_rate',
     '96,2', ['≥ 98', '≥ 98', '≥ 99'], 'all'),
    (12, 'Tỷ lệ hồ sơ giải quyết quá hạn', None, '3,8', ['Không quá 3', 'Không quá 2', 'Dưới 1'], 'all'),
    (13, 'Mức độ hài lòng của người dân, doanh nghiệp (\\*\\*)', 'satisfaction_rate',
     '87,6', ['≥ 90', '≥ 92', '≥ 95'], 'hcc'),
    (14, 'Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn', None, '92,0', ['100', '100', '100'], 'hcc'),
]


def md_table():
    L = ['| **STT** | **Chỉ tiêu** | **Kết quả thực hiện năm 2023 (%)** | **Mục tiêu theo năm (%)** |  |  | **Đơn vị chủ trì** |',
         '|:---:|---|:---:|:---:|:---:|:---:|---|',
         '|  |  |  | **Năm 2024** | **Năm 2025** | **Năm 2026** |  |']
    for r in ROWS:
        if r[0] == 'S':
            L.append(f'| **{r[1]}** | **{r[2]}** |  |  |  |  |  |')
            continue
        stt, label, _, res, cells, uk = r
        L.append(f'| {stt} | {label} | {res} | ' + ' | '.join(cells) + f' | {U[uk][1]} |')
    return '\n'.join(L)


def targets():
    ts = []
    for r in ROWS:
        if r[0] == 'S':
            continue
        stt, label, metric, res, cells, uk = r
        for year, c in zip(YEARS, cells):
            v = num(c)
            if v is None:
                continue
            ts.append(T(U[uk][0], metric, v[0], label.replace('\\*', '*'), 'table', year, comparator=v[1]))
    return ts


TEXT = r'''**ỦY BAN NHÂN DÂN**
**TỈNH BÌNH THUẬN**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**[Độc lập - Tự do - Hạnh phúc]{.underline}**

Số: 86/KH-UBND

*Bình Thuận, ngày 10 tháng 01 năm 2024*

**KẾ HOẠCH**

**Nâng cao hiệu quả cung cấp, sử dụng dịch vụ công trực tuyến trên địa bàn tỉnh Bình Thuận giai đoạn 2024 - 2026**

Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng;

Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;

Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030;

Căn cứ Nghị quyết số 12-NQ/TU ngày 15/9/2023 của Ban Thường vụ Tỉnh ủy về chuyển đổi số tỉnh Bình Thuận đến năm 2025, định hướng đến năm 2030;

Ủy ban nhân dân tỉnh ban hành Kế hoạch nâng cao hiệu quả cung cấp, sử dụng dịch vụ công trực tuyến trên địa bàn tỉnh giai đoạn 2024 - 2026 như sau:

# I. MỤC ĐÍCH, YÊU CẦU

1\. Nâng cao chất lượng cung cấp dịch vụ công trực tuyến, lấy người dân, doanh nghiệp làm trung tâm; tăng tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến và tái sử dụng dữ liệu đã số hóa.

2\. Xác định cụ thể chỉ tiêu theo từng năm, cơ quan chủ trì và gắn trách nhiệm người đứng đầu với kết quả thực hiện. Các chỉ tiêu cụ thể tại Mục II Kế hoạch này.

# II. CHỈ TIÊU GIAI ĐOẠN 2024 - 2026

Năm 2023, toàn tỉnh tiếp nhận 735.418 hồ sơ thủ tục hành chính, trong đó 306.669 hồ sơ trực tuyến (đạt 41,7%); tỷ lệ thanh toán trực tuyến đạt 27,9%. Chỉ tiêu giai đoạn 2024 - 2026 như sau:

{table}

\* Số liệu ước thực hiện đến ngày 15/12/2023.

(\*\*) Đo lường theo Bộ chỉ số tại Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ.

# III. NHIỆM VỤ, GIẢI PHÁP

1\. Rà soát, tái cấu trúc quy trình, cắt giảm thành phần hồ sơ đối với các thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình; công khai danh mục trên Cổng Dịch vụ công tỉnh.

2\. Thực hiện số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo Nghị định số 107/2021/NĐ-CP; lưu dữ liệu vào Kho quản lý dữ liệu điện tử của tổ chức, cá nhân (thư mục HS\_SOHOA\_<mã cơ quan>).

3\. Tổ chức hỗ trợ người dân tại Bộ phận Một cửa các cấp; phối hợp Đoàn Thanh niên thành lập Tổ công nghệ số cộng đồng tại các khu phố, thôn.

# IV. TỔ CHỨC THỰC HIỆN

1\. **Sở Thông tin và Truyền thông** chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch; định kỳ 6 tháng, hằng năm tổng hợp, báo cáo UBND tỉnh.

2\. **Văn phòng UBND tỉnh** chỉ đạo Trung tâm Phục vụ hành chính công tỉnh tổ chức đánh giá mức độ hài lòng; theo dõi việc xử lý phản ánh, kiến nghị trên Cổng Dịch vụ công quốc gia.

3\. **Các sở, ban, ngành; UBND các huyện, thị xã, thành phố** căn cứ chỉ tiêu được giao xây dựng kế hoạch thực hiện hằng năm; UBND các huyện, thị xã, thành phố giao chỉ tiêu cho UBND các xã, phường, thị trấn.

Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Thông tin và Truyền thông để tổng hợp, báo cáo UBND tỉnh xem xét, chỉ đạo./.

**Nơi nhận:**

- Bộ Thông tin và Truyền thông (b/c);
- Văn phòng Chính phủ (Cục Kiểm soát TTHC) (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh (b/c);
- Chủ tịch, các PCT UBND tỉnh;
- Các sở, ban, ngành tỉnh;
- UBND các huyện, thị xã, thành phố;
- Lưu: VT, TTPVHCC, NC\_Vy.

**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

**Phan Thị Bích Ngọc**
'''


def main():
    write_doc(SEED, TEXT.replace('{table}', md_table()))
    doc = {
        'number': '86/KH-UBND', 'symbol': 'KH-UBND', 'serial': '86', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân tỉnh Bình Thuận', 'place': 'Bình Thuận', 'date': '2024-01-10',
        'subject': 'Nâng cao hiệu quả cung cấp, sử dụng dịch vụ công trực tuyến trên địa bàn tỉnh Bình Thuận '
                   'giai đoạn 2024 - 2026',
        'signer': 'Phan Thị Bích Ngọc',
        'year': YEARS[0],
        'references': ['42/2022/NĐ-CP', '766/QĐ-TTg', '06/QĐ-TTg', '12-NQ/TU', '107/2021/NĐ-CP'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets()}])


if __name__ == '__main__':
    main()
