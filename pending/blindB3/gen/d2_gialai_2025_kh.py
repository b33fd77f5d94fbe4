"""B3-2: Kế hoạch, UBND tỉnh Gia Lai (after the 1/7/2025 merger with Bình Định;
two-tier government: tỉnh and xã/phường), 2025, unsigned copy (blank serial and day).
Appendix: indicators x years (Năm 2025 | Năm 2026 | Năm 2027) with an
"Ước thực hiện" column (a result, not a target), section rows I-IV, a blank
cell, a metric that has no id. Prose targets in "II. MỤC TIÊU" for 2025 and 2027."""
from common import *

NAME = 'b3_02_gialai_2025_kh'
YEAR = 2025
YEARS = [2025, 2026, 2027]

SO = 'Các sở, ban, ngành tỉnh'
ALL = 'Các sở, ban, ngành tỉnh; UBND các xã, phường'
KHCN = 'Sở Khoa học và Công nghệ'

ROWS = [
    ('I', 'Chỉ tiêu về cung cấp dịch vụ công trực tuyến', [
        ('full_online_service_rate',
         'Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình',
         SO, 81.5, (100, 100, 100)),
        ('national_portal_integration_rate',
         'Tỷ lệ dịch vụ công trực tuyến toàn trình được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia',
         KHCN, 63, (80, 90, 100)),
        ('online_service_uptake_rate',
         'Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ',
         ALL, 71.2, (80, 85, 90)),
    ]),
    ('II', 'Chỉ tiêu về sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến', [
        ('online_dossier_rate',
         'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC',
         ALL, 47.8, (60, 70, 80)),
        ('online_payment_rate',
         'Tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có yêu cầu nghĩa vụ tài chính',
         ALL, 36.4, (50, 60, 70)),
        ('online_payment_procedure_rate',
         'Tỷ lệ TTHC có phát sinh giao dịch thanh toán trực tuyến',
         ALL, 42, (60, 70, 80)),
    ]),
    ('III', 'Chỉ tiêu về số hóa, tái sử dụng dữ liệu', [
        ('dossier_result_digitization_rate',
         'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC',
         ALL, 68.9, (90, 100, 100)),
        ('digitized_data_reuse_rate',
         'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa',
         ALL, None, (None, 50, 70)),
        ('national_portal_sync_rate',
         'Tỷ lệ kết quả xử lý hồ sơ TTHC được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia',
         KHCN, 92.3, (100, 100, 100)),
    ]),
    ('IV', 'Chỉ tiêu về chất lượng giải quyết thủ tục hành chính', [
        ('on_time_resolution_rate',
         'Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn',
         ALL, 96.1, (98, 98, 99)),
        (None,
         'Tỷ lệ phản ánh, kiến nghị của người dân, doanh nghiệp được xử lý đúng hạn',
         'Văn phòng UBND tỉnh; UBND các xã, phường', 94, (100, 100, 100)),
    ]),
]

SUBJECT = ('Nâng cao hiệu quả cung cấp, sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến '
           'và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính trên địa bàn tỉnh Gia Lai '
           'giai đoạn 2025 - 2027')

CAN_CU = [
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
    'Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh;',
    'Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;',
    'Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;',
    'Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;',
    'Căn cứ Kế hoạch số 02-KH/BCĐTW ngày 19 tháng 6 năm 2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số về thúc đẩy chuyển đổi số liên thông, đồng bộ, nhanh, hiệu quả đáp ứng yêu cầu sắp xếp tổ chức bộ máy của hệ thống chính trị;',
    'Theo đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 98/TTr-SKHCN ngày 25 tháng 8 năm 2025.',
]
REFS = ['202/2025/QH15', '57-NQ/TW', '118/2025/NĐ-CP', '766/QĐ-TTg', '02-KH/BCĐTW', '98/TTr-SKHCN']

# prose targets: (metric, phrase as written, value, year)
PROSE_2025 = [
    ('full_online_service_rate',
     'thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình', 100),
    ('online_dossier_rate',
     'tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính của toàn tỉnh', 60),
    ('online_processing_rate',
     'hồ sơ thủ tục hành chính được tiếp nhận và xử lý trực tuyến trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh', 100),
    ('satisfaction_rate', 'mức độ hài lòng của người dân, doanh nghiệp', 90),
]
PROSE_2027 = [
    ('online_dossier_rate', 'tỷ lệ hồ sơ trực tuyến', 80),
    ('online_payment_rate', 'tỷ lệ hồ sơ thanh toán trực tuyến', 70),
]

SIGNER = 'Nguyễn Tấn Lực'


def make():
    targets = []
    body = letterhead(None, ['ỦY BAN NHÂN DÂN', 'TỈNH GIA LAI'], 'Số:        /KH-UBND',
                      'Gia Lai, ngày      tháng 9 năm 2025')
    body += '<div class="title">KẾ HOẠCH</div>'
    body += f'<div class="subject">{esc(SUBJECT)}</div>'
    body += '<div style="width:40mm;border-top:1px solid #000;margin:0 auto 8pt auto"></div>'
    for c in CAN_CU:
        body += f'<p class="cc">{esc(c)}</p>'
    body += ('<p>Ủy ban nhân dân tỉnh ban hành Kế hoạch nâng cao hiệu quả cung cấp, sử dụng dịch vụ công trực tuyến, '
             'thanh toán trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính trên địa bàn tỉnh '
             'giai đoạn 2025 - 2027, cụ thể như sau:</p>')
    body += '<p class="ni"><b>I. MỤC ĐÍCH, YÊU CẦU</b></p>'
    body += ('<p>1. Bảo đảm việc cung cấp dịch vụ công trực tuyến không bị gián đoạn sau khi sắp xếp đơn vị hành chính '
             'và tổ chức chính quyền địa phương hai cấp; lấy người dân, doanh nghiệp làm trung tâm, giải quyết thủ tục '
             'hành chính không phụ thuộc vào địa giới hành chính trong phạm vi tỉnh.</p>')
    body += ('<p>2. Phân công rõ trách nhiệm của từng cơ quan, đơn vị, địa phương; chỉ tiêu được giao là căn cứ đánh giá, '
             'xếp loại mức độ hoàn thành nhiệm vụ của tập thể và người đứng đầu.</p>')
    body += '<p class="ni"><b>II. MỤC TIÊU</b></p>'
    body += ('<p>Sau sắp xếp, 6 tháng đầu năm 2025 tỷ lệ hồ sơ trực tuyến của tỉnh đạt 47,8%, tỷ lệ hồ sơ thanh toán '
             'trực tuyến đạt 36,4%; nhiều xã mới thành lập chưa phát sinh hồ sơ trực tuyến.</p>')
    m = {k: (t, v) for k, t, v in PROSE_2025}
    body += ('<p>1. Mục tiêu năm 2025: 100% '
             f'{esc(m["full_online_service_rate"][0])}; {esc(m["online_dossier_rate"][0])} đạt tối thiểu 60%; '
             f'100% {esc(m["online_processing_rate"][0])}; {esc(m["satisfaction_rate"][0])} đạt tối thiểu 90%.</p>')
    for metric, phrase, v in PROSE_2025:
        targets.append(target(None, metric, v, phrase, 'prose', 2025))
    body += ('<p>2. Mục tiêu đến năm 2027: phấn đấu tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%, '
             'tỷ lệ hồ sơ thanh toán trực tuyến đạt tối thiểu 70%; dữ liệu số hóa được khai thác, sử dụng lại, '
             'người dân không phải cung cấp lại thông tin đã có trong cơ sở dữ liệu.</p>')
    for metric, phrase, v in PROSE_2027:
        targets.append(target(None, metric, v, phrase, 'prose', 2027))
    body += ('<p>3. Chỉ tiêu cụ thể từng năm giao cho các cơ quan, đơn vị, địa phương tại Phụ lục kèm theo '
             'Kế hoạch này.</p>')
    body += '<p class="ni"><b>III. NHIỆM VỤ, GIẢI PHÁP</b></p>'
    body += ('<p>1. Rà soát, chuẩn hóa dữ liệu thủ tục hành chính trên Cơ sở dữ liệu quốc gia về thủ tục hành chính '
             'theo thẩm quyền của cấp tỉnh, cấp xã sau sắp xếp; cấu hình quy trình điện tử trên Hệ thống thông tin '
             'giải quyết thủ tục hành chính tỉnh.</p>')
    body += ('<p>2. Tổ công nghệ số cộng đồng tại các xã, phường hướng dẫn người dân sử dụng tài khoản định danh '
             'điện tử VNeID để nộp hồ sơ trực tuyến, thanh toán trực tuyến.</p>')
    body += '<p class="ni"><b>IV. TỔ CHỨC THỰC HIỆN</b></p>'
    body += ('<p>1. Sở Khoa học và Công nghệ chủ trì theo dõi, đôn đốc, hằng quý tổng hợp kết quả thực hiện các chỉ tiêu, '
             'báo cáo Ủy ban nhân dân tỉnh.</p>')
    body += ('<p>2. Văn phòng Ủy ban nhân dân tỉnh chỉ đạo Trung tâm Phục vụ hành chính công tỉnh và các Điểm tiếp nhận '
             'hỗ trợ tổ chức, cá nhân thực hiện dịch vụ công trực tuyến.</p>')
    body += ('<p>3. Các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường căn cứ chỉ tiêu được giao xây dựng kế hoạch '
             'thực hiện, bảo đảm hoàn thành chỉ tiêu từng năm.</p>')
    body += ('<p>Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về '
             'Sở Khoa học và Công nghệ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.</p>')
    recipients = ['Bộ Khoa học và Công nghệ (b/c);', 'Văn phòng Chính phủ (Cục KSTTHC);', 'TT Tỉnh ủy, TT HĐND tỉnh;',
                  'CT, các PCT UBND tỉnh;', 'Các sở, ban, ngành tỉnh;', 'UBND các xã, phường;',
                  'Trung tâm Phục vụ HCC tỉnh;', 'Lưu: VT, KGVX.']
    body += sign_block(recipients, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], SIGNER, sig=False)

    a = '<div class="appx">'
    a += '<p class="cap">Phụ lục</p>'
    a += ('<p class="cap">CHỈ TIÊU CUNG CẤP, SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN, THANH TOÁN TRỰC TUYẾN<br>'
          'VÀ SỐ HÓA HỒ SƠ GIAI ĐOẠN 2025 - 2027</p>')
    a += ('<p class="sub">(Kèm theo Kế hoạch số        /KH-UBND ngày      tháng 9 năm 2025<br>'
          'của Ủy ban nhân dân tỉnh Gia Lai)</p>')
    a += ('<table class="grid" style="font-size:13pt"><colgroup><col style="width:6%"><col style="width:36%"><col style="width:20%">'
          '<col style="width:11%"><col style="width:9%"><col style="width:9%"><col style="width:9%"></colgroup>')
    a += ('<tr><th rowspan="2">STT</th><th rowspan="2">Chỉ tiêu</th><th rowspan="2">Đơn vị chủ trì thực hiện</th>'
          '<th rowspan="2">Ước thực hiện 6 tháng đầu năm 2025 (%)</th><th colspan="3">Chỉ tiêu giao (%)</th></tr>')
    a += '<tr>' + ''.join(f'<th>Năm {y}</th>' for y in YEARS) + '</tr>'
    for sec, sec_name, rows in ROWS:
        a += f'<tr class="sec"><td class="c">{sec}</td><td colspan="6">{esc(sec_name)}</td></tr>'
        for i, (metric, label, unit, est, vals) in enumerate(rows, 1):
            a += (f'<tr><td class="c">{i}</td><td>{esc(label)}</td><td>{esc(unit)}</td>'
                  f'<td class="c">{fmt_num(est)}</td>')
            for y, v in zip(YEARS, vals):
                a += f'<td class="c">{fmt_num(v)}</td>'
                if v is not None:
                    targets.append(target(unit, metric, v, label, 'table', y))
            a += '</tr>'
    a += '</table></div>'
    body += a

    doc = {
        'number': None, 'symbol': 'KH-UBND', 'serial': None, 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân tỉnh Gia Lai', 'place': 'Gia Lai', 'date': ['2025-09', '2025', None],
        'subject': SUBJECT, 'signer': SIGNER, 'references': REFS,
    }
    return page(body, NAME), [{'document': doc, 'targets': targets}]


RENDER = dict(dpi=300, psm=4, seed=22,
              page_degr=lambda i: dict(rotate=[-0.6, 0.3, -0.2, 0.7, -0.4][i % 5], blur=0.3, speckle=0.00015))
