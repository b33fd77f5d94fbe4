"""C3-4: Quyết định, UBND tỉnh Hà Tĩnh, 2025.
Appendix: two-row header — "Chỉ tiêu giao năm 2025 (%)" spans 3 indicator
columns; a past-count column "Số hồ sơ TTHC tiếp nhận năm 2024" (thousands
written with a dot: 48.215); a "Ghi chú" column; one cell "không giao"; a
"Tổng cộng" row (count total, "x" in the indicator cells) that is no target.
Body: one province-wide prose target and one for the commune level."""
from common import *

NAME = 'c3_04_hatinh_2025_qd'
YEAR = 2025

COLS = [
    ('full_online_dossier_rate', 'Tỷ lệ hồ sơ trực tuyến toàn trình'),
    ('online_payment_rate', 'Tỷ lệ hồ sơ thanh toán trực tuyến'),
    ('result_digitization_rate', 'Tỷ lệ số hóa kết quả giải quyết TTHC'),
]

N_LEAD = 'Đơn vị dẫn đầu năm 2024'
N_VQ = 'Không giao chỉ tiêu thanh toán trực tuyến do chưa kết nối thu phí, lệ phí trực tuyến'
N_MN = 'Huyện miền núi'
ROWS = [
    ('Thành phố Hà Tĩnh', 48215, (55, 60, 100), N_LEAD),
    ('Thị xã Hồng Lĩnh', 12604, (50, 55, 100), None),
    ('Thị xã Kỳ Anh', 17938, (50, 55, 100), None),
    ('Huyện Nghi Xuân', 15122, (45, 50, 95), None),
    ('Huyện Đức Thọ', 16870, (45, 50, 95), None),
    ('Huyện Hương Sơn', 19455, (40, 45, 95), N_MN),
    ('Huyện Vũ Quang', 6031, (35, 'không giao', 90), N_VQ),
    ('Huyện Can Lộc', 18302, (45, 50, 95), None),
    ('Huyện Lộc Hà', 11987, (42.5, 50, 95), None),
    ('Huyện Thạch Hà', 21460, (45, 50, 95), None),
    ('Huyện Cẩm Xuyên', 22713, (45, 50, 95), None),
    ('Huyện Kỳ Anh', 14586, (40, 45, 95), None),
    ('Huyện Hương Khê', 13209, (40, 45, 90), N_MN),
]

SUBJECT = ('Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình, thanh toán trực tuyến và số hóa kết quả '
           'giải quyết thủ tục hành chính năm 2025 cho Ủy ban nhân dân các huyện, thị xã, thành phố')
CAN_CU = [
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
    'Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính; Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP;',
    'Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;',
    'Căn cứ Nghị quyết số 01/NQ-CP ngày 08 tháng 01 năm 2025 của Chính phủ về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2025;',
    'Căn cứ Kế hoạch số 14/KH-UBND ngày 09 tháng 01 năm 2025 của Ủy ban nhân dân tỉnh về cải cách hành chính và chuyển đổi số năm 2025;',
    'Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh tại Tờ trình số 07/TTr-VP ngày 14 tháng 01 năm 2025.',
]
REFS = ['61/2018/NĐ-CP', '107/2021/NĐ-CP', '766/QĐ-TTg', '01/NQ-CP', '14/KH-UBND', '07/TTr-VP']
SIGNER = 'Trần Hữu Phong'


def thousands(n):
    return f'{n:,}'.replace(',', '.')


def make():
    targets = []
    body = letterhead(None, ['ỦY BAN NHÂN DÂN', 'TỈNH HÀ TĨNH'], 'Số: 147/QĐ-UBND',
                      'Hà Tĩnh, ngày 17 tháng 01 năm 2025', left_width='38%')
    body += '<div class="title">QUYẾT ĐỊNH</div>'
    body += f'<div class="subject">{esc(SUBJECT)}</div>'
    body += '<div class="authority">ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH</div>'
    body += ''.join(f'<p><i>{esc(c)}</i></p>' for c in CAN_CU)
    body += '<div class="authority">QUYẾT ĐỊNH:</div>'
    t_p1 = 'tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ tiếp nhận của toàn tỉnh'
    t_p2 = 'kết quả giải quyết thủ tục hành chính được số hóa'
    body += ('<p><b>Điều 1.</b> Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình, tỷ lệ hồ sơ thanh toán trực '
             'tuyến và tỷ lệ số hóa kết quả giải quyết thủ tục hành chính năm 2025 cho Ủy ban nhân dân các huyện, '
             'thị xã, thành phố (chi tiết tại Phụ lục kèm theo).</p>'
             f'<p>Năm 2025, phấn đấu {esc(t_p1)} đạt tối thiểu 40%. Ủy ban nhân dân các xã, phường, thị trấn '
             f'bảo đảm 100% {esc(t_p2)} tại Bộ phận Một cửa cấp xã.</p>')
    targets.append(target(None, 'full_online_dossier_rate', 40, t_p1, 'prose', YEAR))
    targets.append(target(['UBND các xã, phường, thị trấn', 'Các xã, phường, thị trấn', 'UBND cấp xã'],
                          'result_digitization_rate', 100, t_p2, 'prose', YEAR))
    body += ('<p><b>Điều 2.</b> Trách nhiệm thực hiện</p>'
             '<p>1. Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố giao chỉ tiêu cụ thể cho các phòng, '
             'ban chuyên môn và Ủy ban nhân dân cấp xã; kiểm tra, đôn đốc hằng tháng; chịu trách nhiệm trước Chủ '
             'tịch Ủy ban nhân dân tỉnh nếu không hoàn thành chỉ tiêu.</p>'
             '<p>2. Văn phòng Ủy ban nhân dân tỉnh (Trung tâm Phục vụ hành chính công tỉnh) theo dõi, tổng hợp '
             'kết quả thực hiện trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh; định kỳ hằng quý '
             'báo cáo Ủy ban nhân dân tỉnh.</p>'
             '<p>3. Sở Tài chính phối hợp các ngân hàng thương mại, tổ chức trung gian thanh toán triển khai thu '
             'phí, lệ phí trực tuyến tại các địa phương chưa kết nối.</p>')
    body += ('<p><b>Điều 3.</b> Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, '
             'Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thị xã, '
             'thành phố và các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.</p>')
    recipients = ['Như Điều 3;', 'Văn phòng Chính phủ;', 'TTr Tỉnh ủy, TTr HĐND tỉnh;',
                  'Chủ tịch, các PCT UBND tỉnh;', 'Trung tâm PVHCC tỉnh;', 'Lưu: VT, NC1.']
    body += sign_block(recipients, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], SIGNER,
                       stamp_text='ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH')

    a = '<div class="appx">'
    a += '<p class="cap">Phụ lục</p>'
    a += ('<p class="cap" style="font-size:0.86em">CHỈ TIÊU HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH, THANH TOÁN TRỰC TUYẾN<br>'
          'VÀ SỐ HÓA KẾT QUẢ GIẢI QUYẾT TTHC NĂM 2025<br>CỦA UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ</p>')
    a += ('<p class="sub">(Kèm theo Quyết định số 147/QĐ-UBND ngày 17/01/2025 của UBND tỉnh Hà Tĩnh)</p>')
    a += ('<table class="grid"><colgroup><col style="width:6%"><col style="width:25%"><col style="width:13%">'
          '<col style="width:12%"><col style="width:12%"><col style="width:12%"><col style="width:20%">'
          '</colgroup><thead>')
    a += ('<tr><th rowspan="2">STT</th><th rowspan="2">Đơn vị</th>'
          '<th rowspan="2">Số hồ sơ TTHC tiếp nhận năm 2024 (hồ sơ)</th>'
          '<th colspan="3">Chỉ tiêu giao năm 2025 (%)</th><th rowspan="2">Ghi chú</th></tr>')
    a += '<tr>' + ''.join(f'<th>{esc(h)}</th>' for _, h in COLS) + '</tr></thead>'
    for i, (unit, cnt, vals, note) in enumerate(ROWS, 1):
        a += f'<tr><td class="c">{i}</td><td>{esc(unit)}</td><td class="c">{thousands(cnt)}</td>'
        for (m, h), v in zip(COLS, vals):
            a += f'<td class="c">{esc(fmt_num(v))}</td>'
            if isinstance(v, (int, float)):
                targets.append(target(unit, m, v, h, 'table', YEAR, note=note))
        a += f'<td style="font-size:0.9em">{esc(note or "")}</td></tr>'
    total = sum(r[1] for r in ROWS)
    a += (f'<tr class="tot"><td></td><td class="c">Tổng cộng</td><td class="c">{thousands(total)}</td>'
          '<td class="c">x</td><td class="c">x</td><td class="c">x</td><td></td></tr>')
    a += '</table></div>'
    body += a

    doc = {
        'number': '147/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '147', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Hà Tĩnh', 'place': 'Hà Tĩnh', 'date': '2025-01-17',
        'subject': SUBJECT, 'signer': SIGNER, 'references': REFS,
    }
    style = css('"DejaVu Serif", serif', size='12.5pt', lh='1.3', tsize='10.5pt',
                margin='16mm 14mm 16mm 25mm', head='0.9em')
    return page(body, style, NAME), [{'document': doc, 'targets': targets}]


RENDER = dict(dpi=300, seed=304,
              page_degr=lambda i: [dict(rotate=-0.55, blur=0.4, noise=3, speckle=0.0003, jpeg=None),
                                   dict(rotate=-0.9, blur=0.45, noise=4, speckle=0.0005, jpeg=75),
                                   dict(rotate=0.8, blur=0.6, noise=4, speckle=0.0007, jpeg=62),
                                   dict(rotate=-1.0, blur=0.5, noise=3, speckle=0.0005, jpeg=70)][i % 4])
