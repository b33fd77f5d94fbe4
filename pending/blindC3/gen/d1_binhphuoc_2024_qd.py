"""C3-1: Quyết định, UBND tỉnh Bình Phước, 2024.
Appendix: units x 5 indicators, header cells shaded light grey, a column-number
row (1)..(7), section rows I/II, blank cells, values printed with '%'.
Body: two province-wide prose targets and a past result (năm 2023 đạt 38,6%)."""
from common import *

NAME = 'c3_01_binhphuoc_2024_qd'
YEAR = 2024

COLS = [
    ('online_dossier_rate', 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC'),
    ('full_online_dossier_rate', 'Tỷ lệ hồ sơ trực tuyến toàn trình'),
    ('online_payment_rate', 'Tỷ lệ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí'),
    ('dossier_result_digitization_rate', 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC'),
    ('electronic_result_rate', 'Tỷ lệ cấp kết quả giải quyết TTHC điện tử'),
]

G1 = 'Sở, ban, ngành tỉnh'
G2 = 'UBND các huyện, thị xã, thành phố'
SECTIONS = [
    ('I', G1, [
        ('Sở Công Thương', (75, 50, 55, 90, 100)),
        ('Sở Giao thông vận tải', (85, 60, 70, 90, 100)),
        ('Sở Kế hoạch và Đầu tư', (90, 70, 60, 95, 100)),
        ('Sở Tài nguyên và Môi trường', (55, 30, 45, 80, 90)),
        ('Sở Tư pháp', (70, 45, None, 90, 100)),
        ('Sở Xây dựng', (70, None, 50, 85, 95)),
        ('Ban Quản lý Khu kinh tế tỉnh', (80, 55, 60, 90, None)),
    ]),
    ('II', G2, [
        ('Thành phố Đồng Xoài', (60, 35, 45, 80, 90)),
        ('Thị xã Bình Long', (55, 30, 40, 75, 85)),
        ('Thị xã Phước Long', (55, 30, 40, 75, 85)),
        ('Thị xã Chơn Thành', (55, 30, 40, 75, 85)),
        ('Huyện Bù Đăng', (45, 25, 30, 70, 80)),
        ('Huyện Bù Đốp', (40, 20, None, 70, 80)),
        ('Huyện Bù Gia Mập', (40, 20, 25, 65, 80)),
        ('Huyện Đồng Phú', (50, 25, 35, 70, 80)),
        ('Huyện Hớn Quản', (45, 25, 30, 70, 80)),
        ('Huyện Lộc Ninh', (45, 25, 30, 70, 80)),
        ('Huyện Phú Riềng', (47.5, 25, 30, 70, 80)),
    ]),
]

PROSE = [
    ('online_dossier_rate', 'tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính của toàn tỉnh', 50),
    ('online_payment_rate', 'tỷ lệ thanh toán trực tuyến trên tổng số hồ sơ có yêu cầu thanh toán', 40),
]

SUBJECT = ('Về việc giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến và số hóa hồ sơ, kết quả '
           'giải quyết thủ tục hành chính năm 2024 cho các sở, ban, ngành và Ủy ban nhân dân các huyện, '
           'thị xã, thành phố')

CAN_CU = [
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
    'Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính; Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP;',
    'Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử;',
    'Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;',
    'Căn cứ Nghị quyết số 02/NQ-CP ngày 05 tháng 01 năm 2024 của Chính phủ về những nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia năm 2024;',
    'Căn cứ Kế hoạch số 47/KH-UBND ngày 26 tháng 02 năm 2024 của Ủy ban nhân dân tỉnh về chuyển đổi số tỉnh Bình Phước năm 2024;',
    'Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 61/TTr-STTTT ngày 01 tháng 4 năm 2024.',
]
REFS = ['61/2018/NĐ-CP', '107/2021/NĐ-CP', '45/2020/NĐ-CP', '766/QĐ-TTg', '02/NQ-CP', '47/KH-UBND', '61/TTr-STTTT']
SIGNER = 'Lê Minh Khoa'


def make():
    targets = []
    body = letterhead(None, ['ỦY BAN NHÂN DÂN', 'TỈNH BÌNH PHƯỚC'], 'Số: 612/QĐ-UBND',
                      'Bình Phước, ngày 08 tháng 4 năm 2024', left_width='38%')
    body += '<div class="title">QUYẾT ĐỊNH</div>'
    body += f'<div class="subject">{esc(SUBJECT)}</div>'
    body += '<div class="authority">CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC</div>'
    body += ''.join(f'<p><i>{esc(c)}</i></p>' for c in CAN_CU)
    body += '<div class="authority">QUYẾT ĐỊNH:</div>'
    body += ('<p><b>Điều 1.</b> Giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến '
             'và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2024 cho các sở, ban, ngành và Ủy ban '
             'nhân dân các huyện, thị xã, thành phố (chi tiết tại Phụ lục kèm theo Quyết định này).</p>')
    body += ('<p>Năm 2023, tỷ lệ hồ sơ trực tuyến của toàn tỉnh mới đạt 38,6%, tỷ lệ thanh toán trực tuyến đạt '
             '27,9%. Năm 2024, phấn đấu '
             f'{esc(PROSE[0][1])} đạt tối thiểu {PROSE[0][2]}%; {esc(PROSE[1][1])} đạt tối thiểu '
             f'{PROSE[1][2]}%.</p>')
    for m, phrase, v in PROSE:
        targets.append(target(None, m, v, phrase, 'prose', YEAR))
    body += ('<p><b>Điều 2.</b> Tổ chức thực hiện</p>'
             '<p>1. Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố căn cứ '
             'chỉ tiêu được giao, xây dựng lộ trình thực hiện theo từng quý; phân công nhiệm vụ kèm chỉ tiêu cho '
             'từng phòng, đơn vị trực thuộc và từng cán bộ, công chức; chịu trách nhiệm trước Chủ tịch Ủy ban nhân '
             'dân tỉnh về kết quả thực hiện chỉ tiêu được giao.</p>'
             '<p>2. Sở Thông tin và Truyền thông chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh theo dõi, '
             'đôn đốc; hằng tháng tổng hợp kết quả thực hiện trên Hệ thống thông tin giải quyết thủ tục hành chính '
             'tỉnh, báo cáo Ủy ban nhân dân tỉnh trước ngày 25 của tháng.</p>'
             '<p>3. Sở Nội vụ đưa kết quả thực hiện chỉ tiêu vào tiêu chí chấm điểm Chỉ số cải cách hành chính năm '
             '2024 của các cơ quan, đơn vị, địa phương.</p>')
    body += ('<p><b>Điều 3.</b> Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Thông tin và Truyền thông, Thủ '
             'trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và các cơ quan, '
             'đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.</p>'
             '<p>Quyết định này có hiệu lực thi hành kể từ ngày ký./.</p>')
    recipients = ['Như Điều 3;', 'Văn phòng Chính phủ (Cục KSTTHC);', 'Bộ Thông tin và Truyền thông;',
                  'TTTU, TT HĐND tỉnh;', 'CT, các PCT UBND tỉnh;', 'LĐVP, Trung tâm PVHCC tỉnh;',
                  'Lưu: VT, P.KSTT.']
    body += sign_block(recipients, ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], SIGNER,
                       stamp_text='ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC')

    a = '<div class="appx">'
    a += '<p class="cap">PHỤ LỤC</p>'
    a += ('<p class="cap">CHỈ TIÊU CUNG CẤP, SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN<br>VÀ SỐ HÓA HỒ SƠ, '
          'KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2024</p>')
    a += ('<p class="sub">(Kèm theo Quyết định số 612/QĐ-UBND ngày 08 tháng 4 năm 2024<br>'
          'của Chủ tịch Ủy ban nhân dân tỉnh Bình Phước)</p>')
    a += ('<table class="grid"><colgroup><col style="width:7%"><col style="width:28%">'
          + '<col style="width:13%">' * 5 + '</colgroup><thead>')
    a += ('<tr><th class="shade">STT</th><th class="shade">Tên đơn vị</th>'
          + ''.join(f'<th class="shade">{esc(h)}</th>' for _, h in COLS) + '</tr>')
    a += '<tr>' + ''.join(f'<td class="c shade"><i>({i})</i></td>' for i in range(1, 8)) + '</tr></thead>'
    for sec, title, rows in SECTIONS:
        a += f'<tr class="sec"><td class="c">{sec}</td><td colspan="6">{esc(title)}</td></tr>'
        for i, (unit, vals) in enumerate(rows, 1):
            a += f'<tr><td class="c">{i}</td><td>{esc(unit)}</td>'
            for (m, h), v in zip(COLS, vals):
                a += f'<td class="c">{fmt_num(v) + "%" if v is not None else ""}</td>'
                if v is not None:
                    targets.append(target(unit, m, v, h, 'table', YEAR, unit_group=title))
            a += '</tr>'
    a += '</table>'
    a += ('<p class="ni" style="margin-top:6pt;font-size:0.85em"><i>Ghi chú: Ô để trống là chỉ tiêu không giao '
          'cho đơn vị do không phát sinh thủ tục hành chính tương ứng.</i></p></div>')
    body += a

    doc = {
        'number': '612/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '612', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Bình Phước', 'place': 'Bình Phước', 'date': '2024-04-08',
        'subject': SUBJECT, 'signer': SIGNER, 'references': REFS,
    }
    style = css('"DejaVu Serif", serif', size='11.5pt', lh='1.32', tsize='9.5pt',
                margin='18mm 15mm 18mm 27mm')
    return page(body, style, NAME), [{'document': doc, 'targets': targets}]


RENDER = dict(dpi=300, seed=301,
              page_degr=lambda i: [dict(rotate=0.7, blur=0.45, noise=4, speckle=0.0004, jpeg=None),
                                   dict(rotate=-1.1, blur=0.5, noise=4, speckle=0.0006, jpeg=72),
                                   dict(rotate=1.3, blur=0.55, noise=5, speckle=0.0008, jpeg=68),
                                   dict(rotate=-0.6, blur=0.5, noise=5, speckle=0.0005, jpeg=70)][i % 4])
