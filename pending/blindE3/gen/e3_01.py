"""e3_01: born-digital PDF. Quảng Ngãi provincial decision 412/QĐ-UBND (18/3/2025),
appendix units x 5 indicators, two-row header + column-number row, section rows,
Ghi chú column; the appendix table runs over two pages with the header repeated."""
import os, shutil
from common import *

DOC = 'e3_01_quangngai_qd412_2025.pdf'
YEAR = 2025

IND = [  # (metric id, header as printed)
    ('online_dossier_rate', 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC'),
    ('online_payment_rate', 'Tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí'),
    ('dossier_result_digitization_rate', 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC'),
    ('on_time_resolution_rate', 'Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn'),
    ('digitized_data_reuse_rate', 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa'),
]
G1 = 'Sở, ban, ngành tỉnh'
G2 = 'UBND các huyện, thị xã, thành phố'
SO = [
    ('Sở Nội vụ', 85, 60, 90, '98,5', 50, ''),
    ('Sở Tài chính', 90, 70, 95, 99, 60, ''),
    ('Sở Xây dựng', 85, 60, 90, 98, 50, ''),
    ('Sở Nông nghiệp và Môi trường', 80, 55, 85, '97,5', 45, ''),
    ('Sở Khoa học và Công nghệ', 95, 80, 100, '99,5', 70, ''),
    ('Sở Công Thương', 90, 70, 95, 99, 60, ''),
    ('Sở Tư pháp', 90, 65, 95, '98,5', 60, ''),
    ('Sở Y tế', 80, 55, 85, '97,5', 45, ''),
    ('Sở Văn hóa, Thể thao và Du lịch', 85, 60, 90, 98, 50, ''),
    ('Sở Dân tộc và Tôn giáo', 70, '—', 80, 98, 40, 'Không có TTHC thu phí, lệ phí'),
    ('Thanh tra tỉnh', 70, 'x', 80, 98, 'x', 'Không giao chỉ tiêu tại cột (4) và cột (7)'),
    ('Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi', 90, 65, 95, 99, 55, ''),
]
HUYEN = [
    ('Thành phố Quảng Ngãi', 75, 55, 80, 98, 40, ''),
    ('Thị xã Đức Phổ', 70, 50, 75, '97,5', 35, ''),
    ('Huyện Bình Sơn', 70, 50, 75, '97,5', 35, ''),
    ('Huyện Sơn Tịnh', 70, 50, 75, '97,5', 35, ''),
    ('Huyện Tư Nghĩa', 70, 50, 75, '97,5', 35, ''),
    ('Huyện Nghĩa Hành', 65, 45, 70, 97, 30, ''),
    ('Huyện Mộ Đức', 70, 50, 75, '97,5', 35, ''),
    ('Huyện Ba Tơ', 55, 35, 60, 96, 25, 'Huyện miền núi'),
    ('Huyện Minh Long', 55, 35, 60, 96, 25, 'Huyện miền núi'),
    ('Huyện Sơn Hà', 55, 35, 60, 96, 25, 'Huyện miền núi'),
    ('Huyện Sơn Tây', 50, 30, '57,5', 96, 25, 'Huyện miền núi'),
    ('Huyện Trà Bồng', 55, 35, 60, 96, 25, 'Huyện miền núi'),
    ('Huyện Lý Sơn', 60, 40, 65, '96,5', 30, 'Huyện đảo'),
]

CSS = """
@page { size: A4; margin: 2cm 1.5cm 2cm 2.5cm; }
@page land { size: A4 landscape; margin: 1.5cm 1.5cm 1.5cm 2cm; }
body { font-family: 'Liberation Serif', serif; font-size: 13pt; line-height: 1.35; }
table.hdr { width: 100%; border-collapse: collapse; }
table.hdr td { vertical-align: top; text-align: center; padding: 0; }
.b { font-weight: bold; } .i { font-style: italic; } .c { text-align: center; }
p { margin: 0 0 6pt 0; text-align: justify; text-indent: 1cm; }
p.ni { text-indent: 0; }
.title { text-align: center; font-weight: bold; margin-top: 14pt; }
table.sig td { vertical-align: top; padding: 0; }
.nn { font-size: 11pt; }
.appx { page-break-before: always; page: land; }
table.grid { width: 100%; border-collapse: collapse; font-size: 11pt; margin-top: 8pt; }
table.grid th, table.grid td { border: 1px solid #000; padding: 3pt 4pt; vertical-align: middle; }
table.grid th { font-weight: bold; text-align: center; font-size: 10pt; padding: 1pt 3pt; line-height: 1.15; }
table.grid td.n { text-align: center; }
table.grid tr { break-inside: avoid; }
table.grid tr.sec td { font-weight: bold; }
table.grid thead { display: table-header-group; }
"""


def body_html():
    h = []
    h.append("""<table class="hdr"><tr>
<td style="width:40%"><div class="b">ỦY BAN NHÂN DÂN<br>TỈNH QUẢNG NGÃI</div><div>———</div><div>Số: 412/QĐ-UBND</div></td>
<td style="width:60%"><div class="b">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</div><div>———————</div>
<div class="i">Quảng Ngãi, ngày 18 tháng 3 năm 2025</div></td></tr></table>
<div class="title">QUYẾT ĐỊNH</div>
<div class="c b">Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến, số hóa hồ sơ,<br>
kết quả giải quyết thủ tục hành chính năm 2025 cho các sở, ban, ngành tỉnh<br>
và Ủy ban nhân dân các huyện, thị xã, thành phố</div>
<div class="c">———</div>
<div class="title">CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI</div>
<p>Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;</p>
<p>Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính; Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP;</p>
<p>Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;</p>
<p>Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;</p>
<p>Căn cứ Kế hoạch số 215/KH-UBND ngày 27 tháng 12 năm 2024 của Ủy ban nhân dân tỉnh về chuyển đổi số tỉnh Quảng Ngãi năm 2025;</p>
<p>Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 35/TTr-SKHCN ngày 10 tháng 3 năm 2025.</p>
<div class="title">QUYẾT ĐỊNH:</div>
<p><b>Điều 1.</b> Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2025 cho 12 sở, ban, ngành tỉnh và 13 Ủy ban nhân dân các huyện, thị xã, thành phố (chi tiết tại Phụ lục kèm theo).</p>
<p>Tỷ lệ được xác định theo số liệu trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, tính từ ngày 01/01/2025 đến hết ngày 15/12/2025.</p>
<p><b>Điều 2.</b> Tổ chức thực hiện</p>
<p>1. Các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố căn cứ chỉ tiêu được giao, xây dựng lộ trình thực hiện theo từng quý; phân công cụ thể cho từng cán bộ, công chức. Năm 2024, tỷ lệ hồ sơ trực tuyến toàn tỉnh mới đạt 51,8%, tỷ lệ hồ sơ thanh toán trực tuyến đạt 38,6%, tỷ lệ số hóa hồ sơ, kết quả giải quyết đạt 72,4%; các cơ quan, đơn vị phải khắc phục ngay tình trạng tiếp nhận hồ sơ trực tiếp rồi mới cập nhật lên hệ thống.</p>
<p>2. Ủy ban nhân dân các huyện, thị xã, thành phố giao chỉ tiêu cho Ủy ban nhân dân các xã, phường, thị trấn thuộc phạm vi quản lý không thấp hơn chỉ tiêu của huyện, thị xã, thành phố được giao tại Phụ lục kèm theo Quyết định này; gửi kết quả giao chỉ tiêu về Sở Khoa học và Công nghệ trước ngày 15/4/2025.</p>
<p>3. Sở Khoa học và Công nghệ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh, Sở Nội vụ theo dõi, đôn đốc; tổng hợp kết quả thực hiện báo cáo Chủ tịch Ủy ban nhân dân tỉnh trước ngày 20 hằng tháng; sử dụng kết quả thực hiện chỉ tiêu làm căn cứ đánh giá, xếp hạng Chỉ số cải cách hành chính năm 2025.</p>
<p><b>Điều 3.</b> Quyết định này có hiệu lực thi hành kể từ ngày ký.</p>
<p>Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.</p>
<table class="sig" style="width:100%;margin-top:10pt"><tr>
<td style="width:50%" class="nn"><b><i>Nơi nhận:</i></b><br>- Như Điều 3;<br>- Văn phòng Chính phủ (b/c);<br>- Bộ Khoa học và Công nghệ (b/c);<br>- TT Tỉnh ủy, TT HĐND tỉnh;<br>- CT, PCT UBND tỉnh;<br>- VPUB: CVP, PCVP, KGVX;<br>- Trung tâm Phục vụ hành chính công tỉnh;<br>- Lưu: VT, KGVX(tnh).</td>
<td style="width:50%" class="c"><b>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br><br><br><b>Phạm Minh Khoa</b></td>
</tr></table>
""")
    return ''.join(h)


def cell(v):
    return '' if v == '' else esc(str(v))


def appendix_html():
    h = ["""<div class="appx">
<div class="c b">PHỤ LỤC</div>
<div class="c b">CHỈ TIÊU TỶ LỆ HỒ SƠ TRỰC TUYẾN, THANH TOÁN TRỰC TUYẾN, SỐ HÓA HỒ SƠ,<br>KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2025</div>
<div class="c i">(Kèm theo Quyết định số 412/QĐ-UBND ngày 18 tháng 3 năm 2025 của Chủ tịch UBND tỉnh Quảng Ngãi)</div>
<table class="grid"><thead>
<tr><th rowspan="2" style="width:6%">STT</th><th rowspan="2" style="width:24%">Tên cơ quan, đơn vị</th><th colspan="5">Chỉ tiêu giao năm 2025 (%)</th><th rowspan="2" style="width:16%">Ghi chú</th></tr>
<tr>"""]
    for _, hd in IND:
        h.append(f'<th style="width:10.8%">{esc(hd)}</th>')
    h.append('</tr>\n<tr>' + ''.join(f'<th>({i})</th>' for i in range(1, 9)) + '</tr></thead><tbody>\n')
    for sec, name, rows in (('I', G1, SO), ('II', G2, HUYEN)):
        h.append(f'<tr class="sec"><td class="n">{sec}</td><td colspan="7">{esc(name)}</td></tr>\n')
        for i, r in enumerate(rows, 1):
            h.append(f'<tr><td class="n">{i}</td><td>{esc(r[0])}</td>'
                     + ''.join(f'<td class="n">{cell(v)}</td>' for v in r[1:6])
                     + f'<td>{esc(r[6])}</td></tr>\n')
    h.append('</tbody></table></div>')
    return ''.join(h)


def gold():
    ts = []
    for group, rows in ((G1, SO), (G2, HUYEN)):
        for r in rows:
            name = r[0]
            unit = name if group == G1 else alts_local(name)
            for (mid, hd), v in zip(IND, r[1:6]):
                if str(v) in ('—', 'x', ''):
                    continue
                ts.append(T(unit, mid, v, hd, YEAR, unit_group=group, note=r[6] or None))
    doc = {"number": "412/QĐ-UBND", "symbol": "QĐ-UBND", "serial": "412", "type": "quyet_dinh",
           "issuer": "Ủy ban nhân dân tỉnh Quảng Ngãi", "place": "Quảng Ngãi", "date": "2025-03-18",
           "subject": "Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2025 cho các sở, ban, ngành tỉnh và Ủy ban nhân dân các huyện, thị xã, thành phố",
           "signer": "Phạm Minh Khoa",
           "references": ["61/2018/NĐ-CP", "107/2021/NĐ-CP", "57-NQ/TW", "766/QĐ-TTg", "215/KH-UBND", "35/TTr-SKHCN"]}
    return [{"document": doc, "targets": ts}]


def main():
    src = os.path.join(WORK, 'e3_01.html')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(f'<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>412/QĐ-UBND</title>'
                f'<style>{CSS}</style></head><body>{body_html()}{appendix_html()}</body></html>')
    pdf = os.path.join(WORK, 'e3_01.pdf')
    print_pdf(src, pdf)
    shutil.copy(pdf, os.path.join(DOCS, DOC))
    write_gold(DOC, gold())


if __name__ == '__main__':
    main()
