"""B3-5: Công văn, UBND huyện Hải Hậu (tỉnh Nam Định), 2024.
"Kính gửi" list, a past result (41,7%), prose targets for the whole district
(two of them with no metric id, one a ceiling "không quá 2%"), and an appendix
table of the indicators x columns kind (Tên chỉ tiêu | Đơn vị thực hiện |
Đơn vị phối hợp | ĐVT | Chỉ tiêu), section rows I-III, an indicator label merged
(rowspan) over two unit rows, a decimal comma (97,5)."""
from common import *

NAME = 'b3_05_haihau_2024_cv'
YEAR = 2024

CCM = 'Các cơ quan chuyên môn thuộc UBND huyện'
XA = 'UBND các xã, thị trấn'
BOTH = 'Các cơ quan chuyên môn thuộc UBND huyện; UBND các xã, thị trấn'
VP = 'Văn phòng HĐND và UBND huyện'
VHTT = 'Phòng Văn hóa và Thông tin'

# (section, title, [ (metric, label, [(unit, partner, value), ...]) ])
ROWS = [
    ('I', 'Chỉ tiêu về dịch vụ công trực tuyến, thanh toán trực tuyến', [
        ('full_online_dossier_rate', 'Tỷ lệ hồ sơ trực tuyến toàn trình',
         [(CCM, VP, 60), (XA, VP, 50)]),
        ('online_processing_rate', 'Tỷ lệ hồ sơ được tiếp nhận và xử lý trực tuyến',
         [(BOTH, VP, 95)]),
        ('online_payment_rate', 'Tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí',
         [('Chi nhánh Văn phòng Đăng ký đất đai huyện Hải Hậu', 'Phòng Tài nguyên và Môi trường', 45)]),
    ]),
    ('II', 'Chỉ tiêu về số hóa hồ sơ, kết quả giải quyết TTHC', [
        ('dossier_digitization_rate', 'Tỷ lệ số hóa hồ sơ TTHC', [(BOTH, VHTT, 80)]),
        ('result_digitization_rate', 'Tỷ lệ số hóa kết quả giải quyết TTHC', [(BOTH, VHTT, 100)]),
        ('electronic_result_rate', 'Tỷ lệ cấp kết quả giải quyết TTHC điện tử', [(BOTH, VHTT, 100)]),
        ('digitized_data_reuse_rate', 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa',
         [(BOTH, VHTT, 40)]),
    ]),
    ('III', 'Chỉ tiêu về chứng thực điện tử và giải quyết hồ sơ TTHC', [
        ('e_certified_copy_rate', 'Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính',
         [('Phòng Tư pháp huyện', '', 100), (XA, 'Phòng Tư pháp huyện', 100)]),
        ('on_time_resolution_rate', 'Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn',
         [(CCM, VP, 97.5), (XA, VP, 98)]),
    ]),
]

PROSE = [
    ('online_dossier_rate',
     'tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính của toàn huyện',
     50, '>='),
    ('online_payment_rate', 'tỷ lệ thanh toán trực tuyến', 45, '>='),
    (None, 'tỷ lệ hồ sơ giải quyết quá hạn', 2, '<='),
    (None, 'phản ánh, kiến nghị của người dân, doanh nghiệp được xử lý đúng hạn', 100, '>='),
]

SUBJECT = ('Giao chỉ tiêu thực hiện dịch vụ công trực tuyến, thanh toán trực tuyến và số hóa hồ sơ, '
           'kết quả giải quyết TTHC năm 2024')
REFS = ['1032/QĐ-UBND', '68/KH-UBND']
SIGNER = 'Đỗ Văn Khiêm'


def make():
    targets = []
    vv = (f'<div style="font-size:11.5pt;margin:4pt 4mm 0 4mm;text-align:center">V/v {esc(SUBJECT[0].lower() + SUBJECT[1:])}</div>')
    body = letterhead(None, ['ỦY BAN NHÂN DÂN', 'HUYỆN HẢI HẬU'], 'Số: 1247/UBND-VP',
                      'Hải Hậu, ngày 14 tháng 6 năm 2024', left_width='40%', extra_left=vv)
    body += ('<table style="margin:14pt 0 8pt 18mm;border-collapse:collapse"><tr><td style="vertical-align:top;'
             'padding-right:6pt">Kính gửi:</td><td>- Các cơ quan chuyên môn thuộc UBND huyện;<br>'
             '- Chi nhánh Văn phòng Đăng ký đất đai huyện Hải Hậu;<br>- Ủy ban nhân dân các xã, thị trấn.</td></tr></table>')
    body += ('<p>Căn cứ Quyết định số 1032/QĐ-UBND ngày 20/5/2024 của UBND tỉnh Nam Định về việc giao chỉ tiêu '
             'cung cấp, sử dụng dịch vụ công trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2024;</p>'
             '<p>Căn cứ Kế hoạch số 68/KH-UBND ngày 05/3/2024 của UBND huyện về chuyển đổi số huyện Hải Hậu năm 2024.</p>')
    body += ('<p>Năm 2023, tỷ lệ hồ sơ trực tuyến của huyện đạt 41,7%, tỷ lệ thanh toán trực tuyến đạt 22,5%, chưa đạt '
             'chỉ tiêu tỉnh giao. Để hoàn thành chỉ tiêu năm 2024, Chủ tịch UBND huyện yêu cầu:</p>')
    p = {i: (t, v) for i, (_, t, v, _) in enumerate(PROSE)}
    body += ('<p>1. Phấn đấu năm 2024 '
             f'{esc(p[0][0])} đạt tối thiểu 50%; {esc(p[1][0])} đạt tối thiểu 45%; '
             f'{esc(p[2][0])} không quá 2%; 100% {esc(p[3][0])}.</p>')
    for metric, phrase, v, comp in PROSE:
        targets.append(target(None, metric, v, phrase, 'prose', YEAR, comparator=comp))
    body += ('<p>2. Giao chỉ tiêu cụ thể cho các cơ quan, đơn vị, địa phương năm 2024 (chi tiết tại Phụ lục kèm theo). '
             'Thủ trưởng các cơ quan chuyên môn, Giám đốc Chi nhánh Văn phòng Đăng ký đất đai huyện, Chủ tịch UBND các '
             'xã, thị trấn phân công nhiệm vụ kèm chỉ tiêu cho từng công chức, viên chức; chịu trách nhiệm trước Chủ '
             'tịch UBND huyện về kết quả thực hiện.</p>')
    body += ('<p>3. Phòng Văn hóa và Thông tin chỉ đạo Tổ công nghệ số cộng đồng các xã, thị trấn hướng dẫn người dân '
             'nộp hồ sơ trực tuyến, thanh toán trực tuyến qua tài khoản VNeID.</p>')
    body += ('<p>4. Giao Văn phòng HĐND và UBND huyện theo dõi, đôn đốc, hằng tháng tổng hợp kết quả thực hiện, báo cáo '
             'Chủ tịch UBND huyện tại phiên họp thường kỳ.</p>')
    body += '<p>Yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./.</p>'
    recipients = ['Như trên;', 'UBND tỉnh (b/c);', 'Sở TT&TT (b/c);', 'TT Huyện ủy, TT HĐND huyện;',
                  'CT, các PCT UBND huyện;', 'Lưu: VT, VP.']
    body += sign_block(recipients, ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], SIGNER,
                       stamp_text='ỦY BAN NHÂN DÂN HUYỆN HẢI HẬU')

    a = '<div class="appx">'
    a += '<p class="cap">PHỤ LỤC</p>'
    a += ('<p class="cap">CHỈ TIÊU DỊCH VỤ CÔNG TRỰC TUYẾN, THANH TOÁN TRỰC TUYẾN VÀ SỐ HÓA<br>'
          'NĂM 2024 ĐỐI VỚI CÁC CƠ QUAN, ĐƠN VỊ, ĐỊA PHƯƠNG</p>')
    a += ('<p class="sub">(Kèm theo Công văn số 1247/UBND-VP ngày 14/6/2024 của UBND huyện Hải Hậu)</p>')
    a += ('<table class="grid" style="font-size:12.5pt"><colgroup><col style="width:6%"><col style="width:30%">'
          '<col style="width:24%"><col style="width:18%"><col style="width:9%"><col style="width:13%"></colgroup>')
    a += ('<tr><th>STT</th><th>Tên chỉ tiêu</th><th>Đơn vị thực hiện</th><th>Đơn vị phối hợp</th>'
          '<th>Đơn vị tính</th><th>Chỉ tiêu năm 2024</th></tr>')
    for sec, title, rows in ROWS:
        a += f'<tr class="sec"><td class="c">{sec}</td><td colspan="5">{esc(title)}</td></tr>'
        for i, (metric, label, assigns) in enumerate(rows, 1):
            n = len(assigns)
            for j, (unit, partner, v) in enumerate(assigns):
                a += '<tr>'
                if j == 0:
                    rs = f' rowspan="{n}"' if n > 1 else ''
                    a += f'<td class="c"{rs}>{i}</td><td{rs}>{esc(label)}</td>'
                a += (f'<td>{esc(unit)}</td><td>{esc(partner)}</td><td class="c">%</td>'
                      f'<td class="c">{fmt_num(v)}</td></tr>')
                targets.append(target(unit, metric, v, label, 'table', YEAR))
    a += '</table></div>'
    body += a

    doc = {
        'number': '1247/UBND-VP', 'symbol': 'UBND-VP', 'serial': '1247', 'type': 'cong_van',
        'issuer': 'Ủy ban nhân dân huyện Hải Hậu', 'place': 'Hải Hậu', 'date': '2024-06-14',
        'subject': SUBJECT, 'signer': SIGNER, 'references': REFS,
    }
    return page(body, NAME), [{'document': doc, 'targets': targets}]


RENDER = dict(dpi=300, psm=4, seed=55,
              page_degr=lambda i: dict(rotate=[-0.3, 0.45, -0.5][i % 3], noise=2.5, blur=0.25, jpeg=85))
