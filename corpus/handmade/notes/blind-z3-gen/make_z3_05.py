#!/usr/bin/env python3
"""z3_05: Hà Tĩnh provincial plan (Kế hoạch 612/KH-UBND, 26/12/2025) for 2026,
after the two-level reform (sở and xã/phường only), as a news-portal web copy
in HTML: site navigation, breadcrumb, view counter, footer hotline, the plan
pasted as <p> paragraphs and an indicators x columns <table> (Ước thực hiện
năm 2025 | Chỉ tiêu năm 2026 | Đơn vị chủ trì | Đơn vị phối hợp) with section
rows, a ceiling row and a count row kept "để theo dõi, không giao chỉ tiêu".
Signed in 2025, its targets are for 2026.
"""
from common import T, num, write_gold, write_text

SEED = 'z3_05_hatinh_kh_2026.html'
Y = 2026
PROV = [None, 'Toàn tỉnh', 'Tỉnh Hà Tĩnh']


def P(unit, metric, value, text, comparator='>=', note=None):
    return T(unit, metric, value, text, 'prose', Y, comparator=comparator, note=note)


ALL = 'Các sở, ban, ngành tỉnh; UBND các xã, phường'
ALL_U = [ALL, 'Các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường']
SBN = 'Các sở, ban, ngành tỉnh'
KHCN = 'Sở Khoa học và Công nghệ'
VP = 'Văn phòng UBND tỉnh'
UNITS = {ALL: ALL_U, SBN: [SBN, 'Sở, ban, ngành tỉnh'], KHCN: [KHCN, 'Sở Khoa học và Công nghệ tỉnh Hà Tĩnh'],
         VP: [VP, 'Văn phòng Ủy ban nhân dân tỉnh']}

ITEMS = [
    ('Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử; Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;', []),
    ('Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ; Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;', []),
    ('Ủy ban nhân dân tỉnh ban hành Kế hoạch nâng cao chất lượng phục vụ người dân, doanh nghiệp trong giải quyết thủ tục hành chính, cung cấp dịch vụ công trực tuyến trên địa bàn tỉnh năm 2026 như sau:', []),
    ('<strong>I. MỤC ĐÍCH, YÊU CẦU</strong>', []),
    ('1. Vận hành thông suốt mô hình chính quyền địa phương 02 cấp; bảo đảm 69 xã, phường tiếp nhận, giải quyết thủ tục hành chính liên tục, không gián đoạn.', []),
    ('2. Mở rộng danh mục thủ tục hành chính tiếp nhận không phụ thuộc vào địa giới hành chính trong phạm vi tỉnh (hiện có 1.103 thủ tục).', []),
    ('<strong>II. KẾT QUẢ ƯỚC THỰC HIỆN NĂM 2025</strong>', []),
    ('Chỉ số phục vụ người dân, doanh nghiệp của tỉnh 11 tháng năm 2025 đạt 86,7/100 điểm, xếp thứ 8/34 tỉnh, thành phố; bình quân cả nước đạt 79,2 điểm. Tỷ lệ hồ sơ trực tuyến ước đạt 68,5%; tỷ lệ hồ sơ giải quyết đúng hạn ước đạt 98,9%; 97% công chức Bộ phận Một cửa cấp xã đã được bồi dưỡng kỹ năng số sau sắp xếp. Chi tiết tại Phụ lục.', []),
    ('<strong>III. MỤC TIÊU NĂM 2026</strong>', []),
    ('1. Phấn đấu đến cuối năm 2026 tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính của toàn tỉnh đạt từ 80% trở lên; tỷ lệ thanh toán trực tuyến đạt tối thiểu 70%.', [
        P(PROV, 'online_dossier_rate', 80,
          'tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính'),
        P(PROV, 'online_payment_rate', 70, 'tỷ lệ thanh toán trực tuyến'),
    ]),
    ('2. Sở Tư pháp: tỷ lệ hồ sơ đề nghị cấp Phiếu lý lịch tư pháp được nộp trực tuyến đạt tối thiểu 90%.', [
        P(['Sở Tư pháp', 'Sở Tư pháp tỉnh Hà Tĩnh'], 'online_dossier_rate', 90,
          'tỷ lệ hồ sơ đề nghị cấp Phiếu lý lịch tư pháp được nộp trực tuyến',
          note='hồ sơ đề nghị cấp Phiếu lý lịch tư pháp'),
    ]),
    ('3. Trung tâm Phục vụ hành chính công tỉnh: tỷ lệ số hóa hồ sơ thủ tục hành chính khi tiếp nhận phải đạt 100%, không có ngoại lệ.', [
        P(['Trung tâm Phục vụ hành chính công tỉnh', 'Trung tâm Phục vụ hành chính công tỉnh Hà Tĩnh'],
          'dossier_digitization_rate', 100, 'tỷ lệ số hóa hồ sơ thủ tục hành chính khi tiếp nhận'),
    ]),
    ('4. Các chỉ tiêu cụ thể, đơn vị chủ trì, phối hợp: chi tiết tại Phụ lục kèm theo.', []),
    ('<strong>IV. NHIỆM VỤ, GIẢI PHÁP</strong>', []),
    ('1. Sở Khoa học và Công nghệ hoàn thành kết nối Hệ thống thông tin giải quyết thủ tục hành chính tỉnh với 12 cơ sở dữ liệu quốc gia, chuyên ngành trước ngày 31/3/2026; bảo đảm hệ thống hoạt động 24/7.', []),
    ('2. Văn phòng Ủy ban nhân dân tỉnh duy trì tổng đài 1022 và đường dây nóng 0239.3855.168; công khai kết quả đánh giá của từng cơ quan, đơn vị trước ngày 10 hằng tháng.', []),
    ('3. Sở Nội vụ đưa kết quả thực hiện các chỉ tiêu vào tiêu chí đánh giá, xếp loại tổ chức, cá nhân theo Điều 7 Quy định ban hành kèm theo Quyết định số 45/2025/QĐ-UBND ngày 18/9/2025 của Ủy ban nhân dân tỉnh.', []),
    ('<strong>V. KINH PHÍ</strong>', []),
    ('Tổng kinh phí dự kiến 3,5 tỷ đồng; ngân sách tỉnh hỗ trợ 80% chi phí chứng thư chữ ký số cho công chức cấp xã, phần còn lại do ngân sách xã bảo đảm.', []),
    ('<strong>VI. TỔ CHỨC THỰC HIỆN</strong>', []),
    ('Các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường xây dựng kế hoạch thực hiện trước ngày 15/01/2026, báo cáo kết quả 6 tháng trước ngày 15/6/2026 và cả năm trước ngày 30/11/2026 về Văn phòng Ủy ban nhân dân tỉnh (qua Trung tâm Phục vụ hành chính công tỉnh)./.', []),
]

# ('SEC', roman, title) | (stt, metric, text, uom, estimate 2025, target 2026, chủ trì, phối hợp, comparator)
ROWS = [
    ('SEC', 'I', 'Cung cấp dịch vụ công trực tuyến'),
    ('1', 'full_online_service_rate', 'Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình', '%', '92,4', '100', SBN, KHCN, '>='),
    ('2', 'national_portal_sync_rate', 'Tỷ lệ kết quả xử lý hồ sơ thủ tục hành chính được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia', '%', '97,1', '100', KHCN, VP, '>='),
    ('SEC', 'II', 'Sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến'),
    ('3', 'online_dossier_rate', 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính', '%', '68,5', '≥ 80', ALL, KHCN, '>='),
    ('4', 'full_online_dossier_rate', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', '41,2', '≥ 60', ALL, KHCN, '>='),
    ('5', 'online_payment_rate', 'Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công', '%', '52,7', '≥ 70', ALL, 'Sở Tài chính', '>='),
    ('SEC', 'III', 'Số hóa, tái sử dụng dữ liệu'),
    ('6', 'dossier_digitization_rate', 'Tỷ lệ số hóa hồ sơ thủ tục hành chính', '%', '79,4', '≥ 95', ALL, VP, '>='),
    ('7', 'digitized_data_reuse_rate', 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa', '%', '35,8', '≥ 60', ALL, KHCN, '>='),
    ('SEC', 'IV', 'Chất lượng giải quyết thủ tục hành chính'),
    ('8', 'on_time_resolution_rate', 'Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn', '%', '98,9', '≥ 99', ALL, VP, '>='),
    ('9', None, 'Tỷ lệ hồ sơ giải quyết quá hạn', '%', '1,1', '≤ 0,5', ALL, VP, '<='),
    ('10', 'satisfaction_rate', 'Mức độ hài lòng của người dân, doanh nghiệp trong thực hiện thủ tục hành chính', '%', '93,5', '≥ 95', VP, 'Các sở, ban, ngành tỉnh; UBND các xã, phường', '>='),
    ('11', None, 'Số cuộc gọi hỗ trợ qua tổng đài 1022 (để theo dõi, không giao chỉ tiêu)', 'Cuộc gọi', '18.450', '—', VP, '', '>='),
]

TOP = '''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Kế hoạch nâng cao chất lượng phục vụ người dân, doanh nghiệp năm 2026 - Cổng Thông tin điện tử tỉnh Hà Tĩnh</title>
</head>
<body>
<header class="site-header"><a href="/">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ TĨNH</a>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/van-ban">Văn bản</a></li><li><a href="/dvc">Dịch vụ công</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/van-ban">Văn bản chỉ đạo điều hành</a></div>
<div class="news-meta">Cập nhật: 29/12/2025 16:42 &nbsp;|&nbsp; Lượt xem: 2.318</div>
<article class="news-content">
<p style="text-align:left">ỦY BAN NHÂN DÂN<br><strong>TỈNH HÀ TĨNH</strong><br>Số: 612/KH-UBND</p>
<p style="text-align:right"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br><strong>Độc lập - Tự do - Hạnh phúc</strong><br><em>Hà Tĩnh, ngày 26 tháng 12 năm 2025</em></p>
<p style="text-align:center"><strong>KẾ HOẠCH</strong><br><strong>Nâng cao chất lượng phục vụ người dân, doanh nghiệp trong giải quyết thủ tục hành chính, cung cấp dịch vụ công trực tuyến trên địa bàn tỉnh năm 2026</strong></p>
'''

SIGN = '''<p><strong><em>Nơi nhận:</em></strong><br>- Văn phòng Chính phủ (Cục KSTTHC);<br>- TT Tỉnh ủy, TT HĐND tỉnh;<br>- Chủ tịch, các PCT UBND tỉnh;<br>- Các sở, ban, ngành tỉnh;<br>- UBND các xã, phường;<br>- Lưu: VT, HCC.</p>
<p style="text-align:right"><strong>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</strong><br><br><br><strong>Trần Thị Mai Hương</strong></p>
<p style="text-align:center"><strong>PHỤ LỤC</strong><br><strong>CHỈ TIÊU NÂNG CAO CHẤT LƯỢNG PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP NĂM 2026</strong><br><em>(Kèm theo Kế hoạch số 612/KH-UBND ngày 26/12/2025 của UBND tỉnh Hà Tĩnh)</em></p>
'''

BOTTOM = '''</article>
<div class="share">Chia sẻ: Facebook | Zalo | In trang</div>
<footer>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ TĨNH<br>Địa chỉ: Số 01 đường Nguyễn Tất Thành, phường Thành Sen, tỉnh Hà Tĩnh<br>Điện thoại: 0239.3693.333 - Đường dây nóng: 0239.3855.168<br>© 2025 Bản quyền thuộc UBND tỉnh Hà Tĩnh</footer>
</body>
</html>
'''


def main():
    out = [TOP]
    targets = []
    for text, ts in ITEMS:
        out.append(f'<p style="text-align:justify">{text}</p>\n')
        targets.extend(ts)
    out.append(SIGN)
    out.append('<table border="1" cellpadding="4" style="border-collapse:collapse;width:100%">\n<thead>\n'
               '<tr><th>STT</th><th>Chỉ tiêu</th><th>Đơn vị tính</th><th>Ước thực hiện năm 2025</th>'
               '<th>Chỉ tiêu năm 2026</th><th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th></tr>\n</thead>\n<tbody>\n')
    for r in ROWS:
        if r[0] == 'SEC':
            out.append(f'<tr><td><strong>{r[1]}</strong></td><td colspan="6"><strong>{r[2]}</strong></td></tr>\n')
            continue
        stt, metric, text, uom, est, tgt, lead, coop, comp = r
        lead_html = lead.replace('; ', ';<br>')
        out.append(f'<tr><td>{stt}</td><td>{text}</td><td>{uom}</td><td>{est}</td><td>{tgt}</td>'
                   f'<td>{lead_html}</td><td>{coop}</td></tr>\n')
        v = num(tgt)
        if v is not None:
            targets.append(T(UNITS[lead], metric, v, text, 'table', Y, comparator=comp, uom=uom))
    out.append('</tbody>\n</table>\n')
    out.append(BOTTOM)
    write_text(SEED, ''.join(out))
    doc = {
        'number': '612/KH-UBND', 'symbol': 'KH-UBND', 'serial': '612', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân tỉnh Hà Tĩnh', 'place': 'Hà Tĩnh', 'date': '2025-12-26',
        'subject': 'Nâng cao chất lượng phục vụ người dân, doanh nghiệp trong giải quyết thủ tục hành chính, cung cấp dịch vụ công trực tuyến trên địa bàn tỉnh năm 2026',
        'signer': 'Trần Thị Mai Hương',
        'references': ['45/2020/NĐ-CP', '118/2025/NĐ-CP', '766/QĐ-TTg', '57-NQ/TW', '45/2025/QĐ-UBND'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets}])


if __name__ == '__main__':
    main()
