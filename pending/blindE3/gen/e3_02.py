"""e3_02: district plan (Kế hoạch 318/KH-UBND, huyện Yên Thành, Nghệ An, 26/12/2024) printed
to PDF by Chromium and kept only as `pdftotext -layout` text: page header/footer with page
numbers, a table of indicators x years (2024 result column, then 2025 and 2026 targets)."""
import os
from common import *

DOC = 'e3_02_yenthanh_kh318_2025.txt'

CQCM = 'Các cơ quan chuyên môn thuộc UBND huyện'
XA = 'UBND các xã, thị trấn'
BOTH = 'Các cơ quan chuyên môn thuộc UBND huyện; UBND các xã, thị trấn'
ROWS = [  # (section) or (stt, text, dvt, kq2024, ct2025, ct2026, chu tri, metric)
    ('I', 'Cung cấp, sử dụng dịch vụ công trực tuyến'),
    (1, 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC thuộc thẩm quyền cấp huyện', '%', '48,6', '65', '80', CQCM, 'online_dossier_rate'),
    (2, 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC thuộc thẩm quyền cấp xã', '%', '41,2', '60', '75', XA, 'online_dossier_rate'),
    (3, 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', '35,0', '50', '65', BOTH, 'full_online_dossier_rate'),
    (4, 'Tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí', '%', '32,4', '50', '60', BOTH, 'online_payment_rate'),
    ('II', 'Số hóa hồ sơ, kết quả giải quyết TTHC'),
    (5, 'Tỷ lệ số hóa hồ sơ TTHC khi tiếp nhận', '%', '58,0', '80', '100', 'Bộ phận Tiếp nhận và Trả kết quả huyện; UBND các xã, thị trấn', 'dossier_digitization_rate'),
    (6, 'Tỷ lệ số hóa kết quả giải quyết TTHC', '%', '87,5', '100', '100', BOTH, 'result_digitization_rate'),
    (7, 'Tỷ lệ cấp kết quả giải quyết TTHC điện tử', '%', '70,3', '90', '100', BOTH, 'electronic_result_rate'),
    (8, 'Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính', '%', '62,0', '80', '90', 'Phòng Tư pháp; UBND các xã, thị trấn', 'e_certified_copy_rate'),
    ('III', 'Chất lượng giải quyết TTHC'),
    (9, 'Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn', '%', '97,8', '98', '98,5', BOTH, 'on_time_resolution_rate'),
    (10, 'Mức độ hài lòng của người dân, doanh nghiệp trong giải quyết TTHC', '%', '94,1', '95', '96', 'Văn phòng HĐND và UBND huyện', 'satisfaction_rate'),
    ('IV', 'Chỉ tiêu khác'),
    (11, 'Tỷ lệ người dân từ 15 tuổi trở lên có chữ ký số hoặc chữ ký điện tử cá nhân', '%', '18,5', '30', '45', 'Phòng Văn hóa và Thông tin; UBND các xã, thị trấn', None),
    (12, 'Tổng số hồ sơ TTHC tiếp nhận trên địa bàn huyện', 'Hồ sơ', '52.340', '-', '-', 'Văn phòng HĐND và UBND huyện', 'COUNT'),
]

CSS = """
@page { size: A4; margin: 2.2cm 1.8cm 2.2cm 2.8cm;
  @top-center { content: "UBND huyện Yên Thành – Kế hoạch số 318/KH-UBND ngày 26/12/2024"; font: italic 9pt 'Liberation Serif'; }
  @bottom-center { content: "Trang " counter(page) "/" counter(pages); font: 9pt 'Liberation Serif'; } }
@page :first { @top-center { content: none; } }
body { font-family: 'Liberation Serif', serif; font-size: 13pt; line-height: 1.35; }
table.hdr { width: 100%; border-collapse: collapse; } table.hdr td { vertical-align: top; text-align: center; }
.b { font-weight: bold; } .i { font-style: italic; } .c { text-align: center; }
p { margin: 0 0 6pt 0; text-align: justify; text-indent: 1cm; }
.title { text-align: center; font-weight: bold; margin-top: 12pt; }
table.grid { width: 100%; border-collapse: collapse; font-size: 11pt; margin: 6pt 0 10pt 0; }
table.grid th, table.grid td { border: 1px solid #000; padding: 2pt 3pt; vertical-align: middle; }
table.grid th { font-size: 10pt; } table.grid td.n { text-align: center; }
table.grid tr { break-inside: avoid; } table.grid tr.sec td { font-weight: bold; }
table.sig td { vertical-align: top; }
"""


def table_html():
    h = ['''<table class="grid"><thead>
<tr><th rowspan="2" style="width:6%">STT</th><th rowspan="2" style="width:36%">Chỉ tiêu</th><th rowspan="2" style="width:8%">Đơn vị tính</th>
<th rowspan="2" style="width:11%">Kết quả năm 2024 (ước thực hiện)</th><th colspan="2">Chỉ tiêu giao</th><th rowspan="2" style="width:21%">Cơ quan chủ trì thực hiện</th></tr>
<tr><th style="width:9%">Năm 2025</th><th style="width:9%">Năm 2026</th></tr>
<tr>''' + ''.join(f'<th>({i})</th>' for i in range(1, 8)) + '</tr></thead><tbody>\n']
    for r in ROWS:
        if len(r) == 2:
            h.append(f'<tr class="sec"><td class="n">{r[0]}</td><td colspan="6">{esc(r[1])}</td></tr>\n')
        else:
            h.append(f'<tr><td class="n">{r[0]}</td><td>{esc(r[1])}</td><td class="n">{esc(r[2])}</td>'
                     f'<td class="n">{r[3]}</td><td class="n">{r[4]}</td><td class="n">{r[5]}</td><td>{esc(r[6])}</td></tr>\n')
    h.append('</tbody></table>')
    return ''.join(h)


def page_html():
    return f'''<table class="hdr"><tr>
<td style="width:40%"><div class="b">ỦY BAN NHÂN DÂN<br>HUYỆN YÊN THÀNH</div><div>———</div><div>Số: 318/KH-UBND</div></td>
<td style="width:60%"><div class="b">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</div><div>———————</div>
<div class="i">Yên Thành, ngày 26 tháng 12 năm 2024</div></td></tr></table>
<div class="title">KẾ HOẠCH</div>
<div class="c b">Nâng cao tỷ lệ sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến và số hóa hồ sơ,
kết quả giải quyết thủ tục hành chính trên địa bàn huyện Yên Thành giai đoạn 2025 - 2026</div>
<div class="c">———</div>
<p>Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;</p>
<p>Căn cứ Kế hoạch số 902/KH-UBND ngày 13/12/2024 của Ủy ban nhân dân tỉnh Nghệ An về chuyển đổi số tỉnh Nghệ An năm 2025; Công văn số 4417/STTTT-CĐS ngày 18/12/2024 của Sở Thông tin và Truyền thông tỉnh Nghệ An về việc giao chỉ tiêu dịch vụ công trực tuyến năm 2025;</p>
<p>Ủy ban nhân dân huyện ban hành Kế hoạch nâng cao tỷ lệ sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính trên địa bàn huyện giai đoạn 2025 - 2026, như sau:</p>
<p><b>I. MỤC ĐÍCH, YÊU CẦU</b></p>
<p>1. Nâng cao chất lượng cung cấp và sử dụng dịch vụ công trực tuyến; chuyển mạnh từ tiếp nhận hồ sơ trực tiếp sang trực tuyến, lấy người dân, doanh nghiệp làm trung tâm.</p>
<p>2. Xác định rõ chỉ tiêu, lộ trình, trách nhiệm của từng cơ quan, đơn vị, địa phương; gắn kết quả thực hiện với đánh giá, xếp loại cán bộ, công chức và bình xét thi đua hằng năm.</p>
<p><b>II. KẾT QUẢ NĂM 2024 VÀ CHỈ TIÊU GIAI ĐOẠN 2025 - 2026</b></p>
<p>1. Kết quả năm 2024</p>
<p>Ước thực hiện đến ngày 15/12/2024, toàn huyện tiếp nhận 52.340 hồ sơ thủ tục hành chính, trong đó 23.870 hồ sơ trực tuyến; tỷ lệ hồ sơ trực tuyến cấp huyện đạt 48,6%, cấp xã đạt 41,2%; tỷ lệ hồ sơ thanh toán trực tuyến đạt 32,4%; tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn đạt 97,8%. Còn 11/39 xã, thị trấn có tỷ lệ hồ sơ trực tuyến dưới 30%.</p>
<p>2. Chỉ tiêu giai đoạn 2025 - 2026</p>
<p>Giao chỉ tiêu cho các cơ quan, đơn vị, địa phương theo bảng sau:</p>
{table_html()}
<p><b>III. NHIỆM VỤ, GIẢI PHÁP</b></p>
<p>1. Đẩy mạnh tuyên truyền, hướng dẫn người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến; phát huy vai trò của Tổ công nghệ số cộng đồng tại các thôn, xóm, khối; tổ chức tập huấn định kỳ cho công chức Bộ phận Một cửa.</p>
<p>2. Rà soát, chuẩn hóa quy trình nội bộ; thực hiện số hóa ngay khi tiếp nhận; không yêu cầu người dân nộp lại thành phần hồ sơ đã được số hóa.</p>
<p>3. Kiểm tra, đôn đốc định kỳ hằng quý; kịp thời biểu dương đơn vị làm tốt, phê bình đơn vị không đạt chỉ tiêu.</p>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Văn phòng HĐND và UBND huyện: Chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch; bảo đảm 100% kết quả xử lý hồ sơ thủ tục hành chính của huyện được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia ngay trong năm 2025; tổng hợp báo cáo UBND huyện trước ngày 10 của tháng cuối quý.</p>
<p>2. Phòng Văn hóa và Thông tin: Tham mưu công tác tuyên truyền; phối hợp với Viettel Yên Thành, VNPT Yên Thành hỗ trợ người dân đăng ký chữ ký số cá nhân.</p>
<p>3. Phòng Tư pháp: Hướng dẫn UBND các xã, thị trấn thực hiện chứng thực bản sao điện tử từ bản chính.</p>
<p>4. Phòng Nội vụ: Đưa kết quả thực hiện chỉ tiêu vào tiêu chí đánh giá, xếp loại chất lượng cơ quan, đơn vị và người đứng đầu.</p>
<p>5. Các cơ quan chuyên môn thuộc UBND huyện, UBND các xã, thị trấn: Căn cứ chỉ tiêu được giao, xây dựng kế hoạch triển khai tại đơn vị, địa phương; báo cáo kết quả hằng quý về Văn phòng HĐND và UBND huyện.</p>
<p>Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương kịp thời phản ánh về Văn phòng HĐND và UBND huyện để tổng hợp, báo cáo UBND huyện xem xét, chỉ đạo./.</p>
<table class="sig" style="width:100%;margin-top:8pt"><tr>
<td style="width:50%;font-size:11pt"><b><i>Nơi nhận:</i></b><br>- UBND tỉnh (b/c);<br>- Sở Thông tin và Truyền thông (b/c);<br>- TT Huyện ủy, TT HĐND huyện;<br>- Chủ tịch, các PCT UBND huyện;<br>- Các cơ quan chuyên môn thuộc UBND huyện;<br>- UBND các xã, thị trấn;<br>- Lưu: VT, VP.</td>
<td style="width:50%" class="c"><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b><br><br><br><br><b>Phan Văn Tuấn</b></td></tr></table>
'''


def gold():
    ts = []
    for r in ROWS:
        if len(r) == 2 or r[7] == 'COUNT':
            continue
        stt, text, dvt, kq, c25, c26, unit, metric = r
        u = unit
        if unit == 'Phòng Tư pháp; UBND các xã, thị trấn':
            u = [unit, 'Phòng Tư pháp huyện; UBND các xã, thị trấn']
        if unit == 'Bộ phận Tiếp nhận và Trả kết quả huyện; UBND các xã, thị trấn':
            u = [unit, 'Bộ phận Tiếp nhận và Trả kết quả; UBND các xã, thị trấn']
        for year, v in ((2025, c25), (2026, c26)):
            ts.append(T(u, metric, v, text, year))
    ts.append(T(['Văn phòng HĐND và UBND huyện', 'Văn phòng HĐND và UBND huyện Yên Thành'],
                'national_portal_sync_rate', 100,
                'kết quả xử lý hồ sơ thủ tục hành chính của huyện được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia',
                2025, kind='prose'))
    doc = {"number": "318/KH-UBND", "symbol": "KH-UBND", "serial": "318", "type": "ke_hoach",
           "issuer": "Ủy ban nhân dân huyện Yên Thành", "place": "Yên Thành", "date": "2024-12-26",
           "subject": "Nâng cao tỷ lệ sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính trên địa bàn huyện Yên Thành giai đoạn 2025 - 2026",
           "signer": "Phan Văn Tuấn",
           "references": ["766/QĐ-TTg", "902/KH-UBND", "4417/STTTT-CĐS"]}
    return [{"document": doc, "targets": ts}]


def main():
    src = os.path.join(WORK, 'e3_02.html')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(f'<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>318/KH-UBND</title>'
                f'<style>{CSS}</style></head><body>{page_html()}</body></html>')
    pdf = os.path.join(WORK, 'e3_02.pdf')
    print_pdf(src, pdf)
    write_doc(DOC, pdftotext_layout(pdf))
    write_gold(DOC, gold())


if __name__ == '__main__':
    main()
