"""e3_03: one .txt holding TWO documents: Sở Nội vụ Bình Định dispatch 1562/SNV-CCHC
(02/8/2024, own prose targets for its own units) forwarding UBND tỉnh decision 2690/QĐ-UBND
(24/7/2024), then the decision's appendix (tab-separated, two-row header, column numbers,
section rows, a count column, a total row, a unit name split over a page break)."""
from common import *

DOC = 'e3_03_binhdinh_snv1562_qd2690_2024.txt'
Y = 2024
H_FULL = 'Tỷ lệ hồ sơ trực tuyến toàn trình (%)'
H_PAY = 'Tỷ lệ thanh toán trực tuyến (%)'
GA = 'Các sở, ban, ngành'
GB = 'Ủy ban nhân dân các huyện, thị xã, thành phố'
A = [  # name, count 2023, full-online, payment, note
    ('Sở Nội vụ', 2145, '80', '50', ''),
    ('Sở Tư pháp', 18230, '85', '60', ''),
    ('Sở Kế hoạch và Đầu tư', 9874, '90', '55', ''),
    ('Sở Tài nguyên và Môi trường', 6512, '70', '45', ''),
    ('Sở Giao thông vận tải', 21406, '85', '65', ''),
    ('Sở Lao động - Thương binh và Xã hội', 3318, '75', '', 'Không có TTHC thu phí, lệ phí'),
    ('Sở Y tế', 4027, '75', '52,5', ''),
    ('Ban Quản lý Khu kinh tế tỉnh', 1024, '80', '50', ''),   # printed split: "Ban Quản lý Khu kinh tế" / "tỉnh"
]
B = [
    ('Thành phố Quy Nhơn', 24810, '65', '50', ''),
    ('Thị xã An Nhơn', 11352, '60', '45', ''),
    ('Thị xã Hoài Nhơn', 12047, '60', '45', ''),
    ('Huyện Tuy Phước', 9618, '60', '45', ''),
    ('Huyện Phù Cát', 10204, '60', '45', ''),
    ('Huyện Phù Mỹ', 9937, '55', '40', ''),
    ('Huyện Tây Sơn', 8466, '55', '40', ''),
    ('Huyện Hoài Ân', 5731, '50', '35', ''),
    ('Huyện An Lão', 2118, '40', 'không giao', 'Huyện miền núi'),
    ('Huyện Vĩnh Thạnh', 2560, '40', '30', 'Huyện miền núi'),
    ('Huyện Vân Canh', 1944, '40', '30', 'Huyện miền núi'),
]


def vn_int(n):
    return f'{n:,}'.replace(',', '.')


DISPATCH = """
**UBND TỈNH BÌNH ĐỊNH
SỞ NỘI VỤ**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc**

Số: 1562/SNV-CCHC

V/v triển khai Quyết định số 2690/QĐ-UBND ngày 24/7/2024 của UBND tỉnh

Bình Định, ngày 02 tháng 8 năm 2024

Kính gửi:

- Văn phòng Sở;
- Các phòng chuyên môn thuộc Sở;
- Ban Thi đua - Khen thưởng;
- Ban Tôn giáo;
- Chi cục Văn thư - Lưu trữ.

Ngày 24/7/2024, Ủy ban nhân dân tỉnh ban hành Quyết định số 2690/QĐ-UBND về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình và thanh toán trực tuyến năm 2024 cho các sở, ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố (gửi kèm theo Công văn này). Theo Phụ lục kèm theo Quyết định, Sở Nội vụ được giao chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình tối thiểu 80% và tỷ lệ thanh toán trực tuyến tối thiểu 50%. Trong 6 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của Sở mới đạt 68,4%, tỷ lệ thanh toán trực tuyến đạt 41,5%, thấp hơn chỉ tiêu được giao.

Để hoàn thành chỉ tiêu Ủy ban nhân dân tỉnh giao, Giám đốc Sở yêu cầu Thủ trưởng các phòng, đơn vị thuộc Sở thực hiện các nội dung sau:

1. Giao chỉ tiêu năm 2024 cho các phòng, đơn vị thuộc Sở như sau:

a) Tỷ lệ hồ sơ trực tuyến toàn trình: Ban Thi đua - Khen thưởng và Ban Tôn giáo đạt tối thiểu 85%; Phòng Công chức, viên chức tối thiểu 75%; các phòng, đơn vị còn lại tối thiểu 80%.

b) Tỷ lệ số hóa hồ sơ khi tiếp nhận: Văn phòng Sở (bộ phận tiếp nhận hồ sơ của Sở tại Trung tâm Phục vụ hành chính công tỉnh) bảo đảm đạt 100%.

c) Tỷ lệ hồ sơ giải quyết đúng hạn: tất cả các phòng, đơn vị thuộc Sở đạt 100%, không để phát sinh hồ sơ trễ hạn.

2. Thủ trưởng các phòng, đơn vị chủ động hướng dẫn tổ chức, cá nhân nộp hồ sơ trực tuyến; chịu trách nhiệm trước Giám đốc Sở nếu không hoàn thành chỉ tiêu được giao.

3. Văn phòng Sở theo dõi, tổng hợp kết quả thực hiện, báo cáo Giám đốc Sở trước ngày 25 hằng tháng.

Sở Nội vụ đề nghị Thủ trưởng các phòng, đơn vị nghiêm túc triển khai thực hiện./.

Nơi nhận:

- Như trên;
- Giám đốc, các PGĐ Sở;
- Lưu: VT, CCHC.

**TL. GIÁM ĐỐC
CHÁNH VĂN PHÒNG**



Đặng Thị Thu Hà
"""

DECISION = """
**ỦY BAN NHÂN DÂN
TỈNH BÌNH ĐỊNH**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc**

Số: 2690/QĐ-UBND

Bình Định, ngày 24 tháng 7 năm 2024

QUYẾT ĐỊNH

Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình và thanh toán trực tuyến năm 2024 cho các sở, ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;

Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử;

Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;

Căn cứ Kế hoạch số 182/KH-UBND ngày 28 tháng 12 năm 2023 của Ủy ban nhân dân tỉnh về cải cách hành chính tỉnh Bình Định năm 2024;

Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 118/TTr-SNV ngày 15 tháng 7 năm 2024.

QUYẾT ĐỊNH:

Điều 1. Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình và thanh toán trực tuyến năm 2024 cho các sở, ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố (chi tiết tại Phụ lục kèm theo).

Chỉ tiêu chung toàn tỉnh năm 2024: tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 70%; 100% kết quả xử lý hồ sơ thủ tục hành chính được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia.

Điều 2. Tổ chức thực hiện

1. Các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố căn cứ chỉ tiêu được giao, phân công nhiệm vụ cụ thể cho từng công chức; định kỳ hằng tháng rà soát, đánh giá kết quả thực hiện.

2. Ủy ban nhân dân các huyện, thị xã, thành phố giao chỉ tiêu cho Ủy ban nhân dân các xã, phường, thị trấn, bảo đảm tỷ lệ hồ sơ trực tuyến toàn trình của Ủy ban nhân dân các xã, phường, thị trấn không thấp hơn 60%.

3. Sở Nội vụ chủ trì, phối hợp với Sở Thông tin và Truyền thông, Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc; đưa kết quả thực hiện chỉ tiêu vào đánh giá Chỉ số cải cách hành chính năm 2024 của các cơ quan, đơn vị, địa phương.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký.

Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và Thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:

- Như Điều 3;
- Bộ Nội vụ (b/c);
- CT, các PCT UBND tỉnh;
- LĐVP, K14;
- Lưu: VT.

**KT. CHỦ TỊCH
PHÓ CHỦ TỊCH**



Lê Văn Thạnh
Lê Văn Thạnh
"""


def appendix():
    L = ["", "", "PHỤ LỤC", "",
         "**CHỈ TIÊU TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH VÀ THANH TOÁN TRỰC TUYẾN NĂM 2024**", "",
         "*(Kèm theo Quyết định số 2690/QĐ-UBND ngày 24 tháng 7 năm 2024 của Chủ tịch UBND tỉnh Bình Định)*", "",
         "STT\tTên cơ quan, đơn vị\tSố hồ sơ tiếp nhận năm 2023\tChỉ tiêu năm 2024\t\tGhi chú",
         f"\t\t\t{H_FULL}\t{H_PAY}\t",
         "(1)\t(2)\t(3)\t(4)\t(5)\t(6)",
         f"A\t{GA}\t\t\t\t"]
    for i, (n, c, f, p, note) in enumerate(A, 1):
        if n == 'Ban Quản lý Khu kinh tế tỉnh':
            L.append(f"{i}\tBan Quản lý Khu kinh tế\t{vn_int(c)}\t{f}\t{p}\t{note}")
            L += ["", "", "", "\ttỉnh\t\t\t\t"]
        else:
            L.append(f"{i}\t{n}\t{vn_int(c)}\t{f}\t{p}\t{note}")
    L.append(f"B\t{GB}\t\t\t\t")
    for i, (n, c, f, p, note) in enumerate(B, 1):
        L.append(f"{i}\t{n}\t{vn_int(c)}\t{f}\t{p}\t{note}")
    total = sum(r[1] for r in A + B)
    L.append(f"\tTổng cộng\t{vn_int(total)}\t\t\t")
    return "\n".join(L) + "\n"


def gold():
    # dispatch
    sonv = [None, 'Sở Nội vụ', 'Sở Nội vụ tỉnh Bình Định']
    d1 = [
        T(sonv, 'full_online_dossier_rate', 80, 'tỷ lệ hồ sơ trực tuyến toàn trình', Y, kind='prose',
          note='nhắc lại chỉ tiêu UBND tỉnh giao cho Sở tại Quyết định số 2690/QĐ-UBND'),
        T(sonv, 'online_payment_rate', 50, 'tỷ lệ thanh toán trực tuyến', Y, kind='prose',
          note='nhắc lại chỉ tiêu UBND tỉnh giao cho Sở tại Quyết định số 2690/QĐ-UBND'),
        T(['Ban Thi đua - Khen thưởng', 'Ban Thi đua - Khen thưởng tỉnh'], 'full_online_dossier_rate', 85, 'Tỷ lệ hồ sơ trực tuyến toàn trình', Y, kind='prose'),
        T(['Ban Tôn giáo', 'Ban Tôn giáo tỉnh'], 'full_online_dossier_rate', 85, 'Tỷ lệ hồ sơ trực tuyến toàn trình', Y, kind='prose'),
        T('Phòng Công chức, viên chức', 'full_online_dossier_rate', 75, 'Tỷ lệ hồ sơ trực tuyến toàn trình', Y, kind='prose'),
        T(['Các phòng, đơn vị còn lại', 'Các phòng, đơn vị còn lại thuộc Sở'], 'full_online_dossier_rate', 80, 'Tỷ lệ hồ sơ trực tuyến toàn trình', Y, kind='prose'),
        T(['Văn phòng Sở', 'Văn phòng Sở Nội vụ'], 'dossier_digitization_rate', 100, 'Tỷ lệ số hóa hồ sơ khi tiếp nhận', Y, kind='prose'),
        T([None, 'Các phòng, đơn vị thuộc Sở', 'Tất cả các phòng, đơn vị thuộc Sở'], 'on_time_resolution_rate', 100, 'Tỷ lệ hồ sơ giải quyết đúng hạn', Y, kind='prose'),
    ]
    doc1 = {"number": "1562/SNV-CCHC", "symbol": "SNV-CCHC", "serial": "1562", "type": "cong_van",
            "issuer": ["Sở Nội vụ tỉnh Bình Định", "Sở Nội vụ"], "place": "Bình Định", "date": "2024-08-02",
            "subject": "Triển khai Quyết định số 2690/QĐ-UBND ngày 24/7/2024 của UBND tỉnh",
            "signer": "Đặng Thị Thu Hà", "references": ["2690/QĐ-UBND"]}
    # decision: prose + appendix
    d2 = [
        T(None, 'full_online_dossier_rate', 70, 'tỷ lệ hồ sơ trực tuyến toàn trình', Y, kind='prose',
          note='Chỉ tiêu chung toàn tỉnh'),
        T(None, 'national_portal_sync_rate', 100, 'kết quả xử lý hồ sơ thủ tục hành chính được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia', Y, kind='prose',
          note='Chỉ tiêu chung toàn tỉnh'),
        T(['Ủy ban nhân dân các xã, phường, thị trấn', 'Các xã, phường, thị trấn'], 'full_online_dossier_rate', 60,
          'tỷ lệ hồ sơ trực tuyến toàn trình', Y, kind='prose'),
    ]
    for grp, rows in ((GA, A), (GB, B)):
        for n, c, f, p, note in rows:
            if grp == GA:
                unit = [n, 'Ban Quản lý Khu kinh tế', 'Ban Quản lý Khu kinh tế tỉnh Bình Định'] if n.startswith('Ban Quản lý') else n
            else:
                unit = alts_local(n)
            for hd, mid, v in ((H_FULL, 'full_online_dossier_rate', f), (H_PAY, 'online_payment_rate', p)):
                if v in ('', 'không giao'):
                    continue
                d2.append(T(unit, mid, v, hd, Y, unit_group=grp, note=note or None))
    doc2 = {"number": "2690/QĐ-UBND", "symbol": "QĐ-UBND", "serial": "2690", "type": "quyet_dinh",
            "issuer": "Ủy ban nhân dân tỉnh Bình Định", "place": "Bình Định", "date": "2024-07-24",
            "subject": "Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình và thanh toán trực tuyến năm 2024 cho các sở, ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố",
            "signer": "Lê Văn Thạnh",
            "references": ["45/2020/NĐ-CP", "766/QĐ-TTg", "182/KH-UBND", "118/TTr-SNV"]}
    return [{"document": doc1, "targets": d1}, {"document": doc2, "targets": d2}]


def main():
    write_doc(DOC, DISPATCH + DECISION + appendix())
    write_gold(DOC, gold())


if __name__ == '__main__':
    main()
