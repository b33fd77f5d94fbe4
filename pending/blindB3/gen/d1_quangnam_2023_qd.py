"""B3-1: Quyết định, UBND tỉnh Quảng Nam, 2023.
Appendix: units x indicators (3 indicator columns with long wrapping headers,
a column-number row, a "Ghi chú" column), section rows A/B, blank cells,
a unit name that wraps to two lines. No prose targets."""
from common import *

NAME = 'b3_01_quangnam_2023_qd'
YEAR = 2023

COLS = [
    ('online_dossier_rate',
     'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC (mức tối thiểu theo Quyết định số 766/QĐ-TTg là 50%)'),
    ('online_payment_rate',
     'Tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có yêu cầu nghĩa vụ tài chính'),
    ('dossier_result_digitization_rate',
     'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC'),
]

NOTE_FEE = 'Không có TTHC thu phí, lệ phí'
NOTE_MTN = 'Địa bàn miền núi, hạ tầng viễn thông còn hạn chế'

SECTIONS = [
    ('A', 'Sở, ban, ngành tỉnh', [
        ('Ban Quản lý các Khu kinh tế và Khu công nghiệp tỉnh', (60, 40, 70), None),
        ('Ban Dân tộc tỉnh', (50, None, 60), NOTE_FEE),
        ('Sở Công Thương', (70, 50, 80), None),
        ('Sở Du lịch', (60, 45, 70), None),
        ('Sở Giáo dục và Đào tạo', (60, 45, 70), None),
        ('Sở Giao thông vận tải', (70, 55, 80), None),
        ('Sở Kế hoạch và Đầu tư', (80, 50, 80), None),
        ('Sở Khoa học và Công nghệ', (70, 45, 80), None),
        ('Sở Lao động - Thương binh và Xã hội', (60, 40, 70), None),
        ('Sở Ngoại vụ', (50, None, 60), NOTE_FEE),
        ('Sở Nội vụ', (60, 40, 70), None),
        ('Sở Nông nghiệp và Phát triển nông thôn', (60, 45, 70), None),
        ('Sở Tài chính', (70, None, 80), 'TTHC không thu phí'),
        ('Sở Tài nguyên và Môi trường', (50, 40, 70), None),
        ('Sở Thông tin và Truyền thông', (90, 60, 90), None),
        ('Sở Tư pháp', (70, 50, 80), None),
        ('Sở Văn hóa và Thể thao', (60, 45, 70), None),
        ('Sở Xây dựng', (70, 50, 80), None),
        ('Sở Y tế', (60, 45, 70), None),
    ]),
    ('B', 'Ủy ban nhân dân các huyện, thị xã, thành phố', [
        ('Thành phố Tam Kỳ', (55, 40, 60), None),
        ('Thành phố Hội An', (55, 40, 60), None),
        ('Thị xã Điện Bàn', (50, 35, 55), None),
        ('Huyện Bắc Trà My', (35, 20, 40), None),
        ('Huyện Đại Lộc', (45, 30, 50), None),
        ('Huyện Duy Xuyên', (45, 30, 50), None),
        ('Huyện Đông Giang', (35, 20, 40), None),
        ('Huyện Hiệp Đức', (40, 25, 45), None),
        ('Huyện Nam Giang', (35, 20, 40), None),
        ('Huyện Nam Trà My', (30, 15, 35), NOTE_MTN),
        ('Huyện Nông Sơn', (40, 25, 45), None),
        ('Huyện Núi Thành', (45, 30, 50), None),
        ('Huyện Phú Ninh', (45, 30, 50), None),
        ('Huyện Phước Sơn', (35, 20, 40), None),
        ('Huyện Quế Sơn', (45, 30, 50), None),
        ('Huyện Tây Giang', (30, 15, 35), NOTE_MTN),
        ('Huyện Thăng Bình', (45, 30, 50), None),
        ('Huyện Tiên Phước', (40, 25, 45), None),
    ]),
]

SUBJECT = ('Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến và số hóa hồ sơ, '
           'kết quả giải quyết thủ tục hành chính năm 2023 cho các sở, ban, ngành và '
           'Ủy ban nhân dân các huyện, thị xã, thành phố')

CAN_CU = [
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
    'Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính; Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP;',
    'Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;',
    'Căn cứ Nghị quyết số 01/NQ-CP ngày 06 tháng 01 năm 2023 của Chính phủ về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội, dự toán ngân sách nhà nước và cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia năm 2023;',
    'Căn cứ Kế hoạch số 1958/KH-UBND ngày 28 tháng 3 năm 2023 của Ủy ban nhân dân tỉnh về chuyển đổi số tỉnh Quảng Nam năm 2023;',
    'Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 142/TTr-STTTT ngày 10 tháng 5 năm 2023.',
]
REFS = ['61/2018/NĐ-CP', '107/2021/NĐ-CP', '766/QĐ-TTg', '01/NQ-CP', '1958/KH-UBND', '142/TTr-STTTT']

SIGNER = 'Võ Thanh Duy'


def make():
    body = letterhead(None, ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NAM'], 'Số: 1186/QĐ-UBND',
                      'Quảng Nam, ngày 19 tháng 5 năm 2023')
    body += '<div class="title">QUYẾT ĐỊNH</div>'
    body += f'<div class="subject">{esc(SUBJECT)}</div>'
    body += '<div style="width:40mm;border-top:1px solid #000;margin:0 auto 6pt auto"></div>'
    body += '<div class="authority">CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM</div>'
    for c in CAN_CU:
        body += f'<p class="cc">{esc(c)}</p>'
    body += '<div class="authority">QUYẾT ĐỊNH:</div>'
    body += ('<p><b>Điều 1.</b> Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến và số hóa hồ sơ, '
             'kết quả giải quyết thủ tục hành chính (TTHC) năm 2023 cho các sở, ban, ngành và Ủy ban nhân dân '
             'các huyện, thị xã, thành phố (chi tiết tại Phụ lục kèm theo).</p>')
    body += ('<p>Chỉ tiêu giao tại Phụ lục là mức tối thiểu các cơ quan, đơn vị, địa phương phải đạt, được tính '
             'từ ngày 01/01/2023 đến ngày 31/12/2023 theo số liệu trên Hệ thống thông tin giải quyết TTHC tỉnh. '
             'Năm 2022, tỷ lệ hồ sơ trực tuyến của toàn tỉnh mới đạt 28,4%, tỷ lệ thanh toán trực tuyến đạt 12,6%, '
             'thấp hơn mức trung bình của cả nước.</p>')
    body += '<p><b>Điều 2.</b> Tổ chức thực hiện</p>'
    body += ('<p>1. Các sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã, thành phố căn cứ chỉ tiêu được giao, '
             'xây dựng kế hoạch triển khai, phân công cụ thể đến từng phòng, ban, cán bộ, công chức; Ủy ban nhân dân '
             'các huyện, thị xã, thành phố giao chỉ tiêu cho Ủy ban nhân dân các xã, phường, thị trấn trực thuộc, '
             'bảo đảm không thấp hơn chỉ tiêu được giao tại Quyết định này.</p>')
    body += ('<p>2. Sở Thông tin và Truyền thông chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh, Sở Nội vụ '
             'theo dõi, đôn đốc, hằng quý tổng hợp kết quả thực hiện của các cơ quan, đơn vị, địa phương, báo cáo '
             'Chủ tịch Ủy ban nhân dân tỉnh; làm cơ sở đánh giá, xếp hạng chỉ số cải cách hành chính và chuyển đổi số năm 2023.</p>')
    body += ('<p>3. Văn phòng Ủy ban nhân dân tỉnh chỉ đạo Trung tâm Phục vụ hành chính công tỉnh hướng dẫn, hỗ trợ '
             'tổ chức, cá nhân nộp hồ sơ trực tuyến, thanh toán trực tuyến tại Bộ phận Một cửa các cấp.</p>')
    body += ('<p><b>Điều 3.</b> Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các sở, Thủ trưởng các ban, ngành '
             'thuộc tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và các tổ chức, cá nhân có liên quan '
             'chịu trách nhiệm thi hành Quyết định này.</p>')
    body += '<p>Quyết định này có hiệu lực kể từ ngày ký./.</p>'
    recipients = ['Như Điều 3;', 'Văn phòng Chính phủ (b/c);', 'Bộ Thông tin và Truyền thông (b/c);',
                  'TT Tỉnh ủy, TT HĐND tỉnh;', 'CT, các PCT UBND tỉnh;', 'CPVP;',
                  'Trung tâm Phục vụ HCC tỉnh;', 'Lưu: VT, KGVX.']
    body += sign_block(recipients, ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], SIGNER,
                       stamp_text='ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM')

    # appendix
    a = '<div class="appx">'
    a += '<p class="cap">PHỤ LỤC</p>'
    a += ('<p class="cap">GIAO CHỈ TIÊU TỶ LỆ HỒ SƠ TRỰC TUYẾN, THANH TOÁN TRỰC TUYẾN VÀ SỐ HÓA HỒ SƠ,<br>'
          'KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2023</p>')
    a += ('<p class="sub">(Kèm theo Quyết định số 1186/QĐ-UBND ngày 19 tháng 5 năm 2023<br>'
          'của Chủ tịch UBND tỉnh Quảng Nam)</p>')
    a += '<table class="grid"><colgroup><col style="width:8%"><col style="width:27%">'
    a += '<col style="width:17%"><col style="width:17%"><col style="width:15%"><col style="width:16%"></colgroup>'
    a += '<tr><th rowspan="2">STT</th><th rowspan="2">Tên đơn vị</th>'
    a += '<th colspan="3">Chỉ tiêu giao năm 2023 (%)</th><th rowspan="2">Ghi chú</th></tr><tr>'
    for _, h in COLS:
        a += f'<th style="font-weight:normal">{esc(h)}</th>'
    a += '</tr><tr>' + ''.join(f'<td class="c"><i>({i})</i></td>' for i in range(1, 7)) + '</tr>'
    targets = []
    for sec, sec_name, rows in SECTIONS:
        a += f'<tr class="sec"><td class="c">{sec}</td><td colspan="5">{esc(sec_name)}</td></tr>'
        for i, (unit, vals, note) in enumerate(rows, 1):
            a += f'<tr><td class="c">{i}</td><td>{esc(unit)}</td>'
            for (metric, header), v in zip(COLS, vals):
                a += f'<td class="c">{fmt_num(v)}</td>'
                if v is not None:
                    targets.append(target(unit, metric, v, header, 'table', YEAR,
                                          unit_group=sec_name, note=note))
            a += f'<td>{esc(note or "")}</td></tr>'
    a += '</table></div>'
    body += a

    doc = {
        'number': '1186/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '1186', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Quảng Nam', 'place': 'Quảng Nam', 'date': '2023-05-19',
        'subject': SUBJECT, 'signer': SIGNER, 'references': REFS,
    }
    return page(body, NAME), [{'document': doc, 'targets': targets}]


RENDER = dict(dpi=300, psm=3, seed=11,
              page_degr=lambda i: dict(rotate=[0.35, -0.25, 0.5, -0.4, 0.3][i % 5], noise=6, blur=0.4))
