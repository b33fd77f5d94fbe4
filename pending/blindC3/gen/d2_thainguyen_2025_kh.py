"""C3-2: Kế hoạch, UBND tỉnh Thái Nguyên, signed 30/12/2024 for 2025-2027.
Transposed appendix: one row per indicator, a past-result column
"Kết quả thực hiện năm 2024", one column per year (Năm 2025 | Năm 2026 | Năm 2027)
and an "Đơn vị chủ trì" assignee column. Section rows I-IV. One cell "—" (no
target), one ceiling row written with "≤" (no metric id). Prose targets in II.2,
one for 2026 ("phấn đấu đến năm 2026 đạt 80%")."""
from common import *

NAME = 'c3_02_thainguyen_2025_kh'
YEARS = [2025, 2026, 2027]

VP = 'Văn phòng UBND tỉnh'
TT = 'Sở Thông tin và Truyền thông'
TC = 'Sở Tài chính'
TP = 'Sở Tư pháp'
NV = 'Sở Nội vụ'
PV = 'Trung tâm Phục vụ hành chính công tỉnh'
ALL = 'Các sở, ngành, địa phương'

# (section, title, [(metric, label, result2024, (v2025, v2026, v2027), assignee, comparator)])
ROWS = [
    ('I', 'Cung cấp và sử dụng dịch vụ công trực tuyến', [
        ('online_dossier_rate', 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC',
         '56,2', (70, 80, 85), ALL, '>='),
        ('full_online_dossier_rate', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '31,5', (45, 55, 65), PV, '>='),
        ('full_online_service_rate',
         'Tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình trên tổng số TTHC có đủ điều kiện',
         '92,4', (100, 100, 100), VP, '>='),
        ('national_portal_integration_rate',
         'Tỷ lệ DVCTT toàn trình được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia',
         '78,0', (85, 90, 100), VP, '>='),
    ]),
    ('II', 'Thanh toán trực tuyến', [
        ('online_payment_rate', 'Tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí',
         '38,4', (50, 60, 70), TC, '>='),
        ('online_payment_procedure_rate', 'Tỷ lệ TTHC có phát sinh giao dịch thanh toán trực tuyến',
         '52,7', (60, 70, 80), TC, '>='),
    ]),
    ('III', 'Số hóa hồ sơ, kết quả giải quyết TTHC', [
        ('dossier_digitization_rate', 'Tỷ lệ số hóa hồ sơ TTHC', '71,3', (80, 90, 100), TT, '>='),
        ('result_digitization_rate', 'Tỷ lệ số hóa kết quả giải quyết TTHC', '88,9', (100, 100, 100), PV, '>='),
        ('digitized_data_reuse_rate', 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa',
         '18,2', (None, 50, 70), TT, '>='),
    ]),
    ('IV', 'Chất lượng giải quyết TTHC', [
        ('e_certified_copy_rate', 'Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính',
         '64,0', (80, 90, 100), TP, '>='),
        ('national_portal_sync_rate',
         'Tỷ lệ kết quả xử lý hồ sơ TTHC được đồng bộ đầy đủ trên Cổng DVC quốc gia',
         '95,1', (100, 100, 100), VP, '>='),
        (None, 'Tỷ lệ hồ sơ TTHC giải quyết quá hạn', '2,8', (2, 1.5, 1), VP, '<='),
        ('satisfaction_rate', 'Mức độ hài lòng của người dân, doanh nghiệp trong giải quyết TTHC',
         '88,6', (90, 92, 95), NV, '>='),
    ]),
]

SUBJECT = ('Nâng cao hiệu quả cung cấp, sử dụng dịch vụ công trực tuyến và số hóa hồ sơ, kết quả giải quyết '
           'thủ tục hành chính trên địa bàn tỉnh Thái Nguyên giai đoạn 2025 - 2027')
REFS = ['42/2022/NĐ-CP', '107/2021/NĐ-CP', '766/QĐ-TTg', '06/QĐ-TTg', '3586/QĐ-UBND']
SIGNER = 'Hoàng Văn Quyết'


def cell(v, comp):
    if v is None:
        return '—'
    return ('≤ ' if comp == '<=' else '') + fmt_num(v)


def make():
    targets = []
    body = letterhead(None, ['ỦY BAN NHÂN DÂN', 'TỈNH THÁI NGUYÊN'], 'Số: 289/KH-UBND',
                      'Thái Nguyên, ngày 30 tháng 12 năm 2024', left_width='38%')
    body += '<div class="title">KẾ HOẠCH</div>'
    body += f'<div class="subject">{esc(SUBJECT)}</div>'
    body += ('<p><i>Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp '
             'thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng; Nghị định số '
             '107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số '
             '61/2018/NĐ-CP;</i></p>'
             '<p><i>Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số '
             'chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp; Quyết định số 06/QĐ-TTg '
             'ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định '
             'danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030;</i></p>'
             '<p><i>Căn cứ Quyết định số 3586/QĐ-UBND ngày 18/12/2024 của UBND tỉnh ban hành Kế hoạch chuyển đổi '
             'số tỉnh Thái Nguyên năm 2025;</i></p>'
             '<p>Ủy ban nhân dân tỉnh ban hành Kế hoạch nâng cao hiệu quả cung cấp, sử dụng dịch vụ công trực '
             'tuyến giai đoạn 2025 - 2027 như sau:</p>')
    body += ('<p class="ni"><b>I. MỤC ĐÍCH, YÊU CẦU</b></p>'
             '<p>1. Nâng cao chất lượng, hiệu quả giải quyết thủ tục hành chính trên môi trường điện tử; lấy '
             'người dân, doanh nghiệp làm trung tâm, bảo đảm công khai, minh bạch.</p>'
             '<p>2. Xác định rõ chỉ tiêu, lộ trình, trách nhiệm của từng cơ quan, đơn vị; gắn kết quả thực hiện '
             'với đánh giá, xếp loại người đứng đầu.</p>')
    body += ('<p class="ni"><b>II. MỤC TIÊU</b></p><p><b>1. Mục tiêu chung</b></p>'
             '<p>Cải thiện mạnh mẽ các chỉ số phục vụ người dân, doanh nghiệp theo Bộ chỉ số 766; đưa tỉnh '
             'Thái Nguyên vào nhóm các tỉnh dẫn đầu về cung cấp, sử dụng dịch vụ công trực tuyến.</p>'
             '<p><b>2. Mục tiêu cụ thể</b></p>'
             '<p>Năm 2024, tỷ lệ hồ sơ trực tuyến toàn tỉnh ước đạt 56,2%, tỷ lệ hồ sơ thanh toán trực tuyến '
             'ước đạt 38,4%. Trên cơ sở đó, Kế hoạch đặt mục tiêu:</p>')
    prose = [
        ('online_dossier_rate', 'hồ sơ thủ tục hành chính được người dân, doanh nghiệp thực hiện trực tuyến',
         80, 2026, 'Phấn đấu đến năm 2026 đạt 80% hồ sơ thủ tục hành chính được người dân, doanh nghiệp '
         'thực hiện trực tuyến'),
        ('satisfaction_rate', 'mức độ hài lòng của người dân, doanh nghiệp trong giải quyết thủ tục hành chính',
         90, 2025, 'Năm 2025, mức độ hài lòng của người dân, doanh nghiệp trong giải quyết thủ tục hành '
         'chính đạt tối thiểu 90%'),
        ('online_payment_rate', 'tỷ lệ hồ sơ thanh toán trực tuyến', 70, 2027,
         'Đến năm 2027, tỷ lệ hồ sơ thanh toán trực tuyến đạt từ 70% trở lên'),
    ]
    body += ''.join(f'<p>- {esc(s)};</p>' for *_, s in prose[:2])
    body += f'<p>- {esc(prose[2][4])}.</p>'
    for m, phrase, v, y, _ in prose:
        targets.append(target(None, m, v, phrase, 'prose', y))
    body += ('<p>Chỉ tiêu cụ thể theo từng năm và đơn vị chủ trì thực hiện tại Phụ lục kèm theo Kế hoạch này.</p>')
    body += ('<p class="ni"><b>III. NHIỆM VỤ, GIẢI PHÁP</b></p>'
             '<p>1. Rà soát, tái cấu trúc quy trình, cung cấp dịch vụ công trực tuyến toàn trình đối với các '
             'thủ tục hành chính đủ điều kiện; tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia.</p>'
             '<p>2. Đẩy mạnh thanh toán trực tuyến phí, lệ phí; phối hợp với các ngân hàng thương mại, tổ chức '
             'trung gian thanh toán hỗ trợ người dân.</p>'
             '<p>3. Thực hiện số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa các cấp; '
             'khai thác, sử dụng lại dữ liệu đã số hóa, không yêu cầu người dân cung cấp lại giấy tờ.</p>'
             '<p>4. Phát huy vai trò của Tổ công nghệ số cộng đồng trong hướng dẫn người dân sử dụng dịch vụ công '
             'trực tuyến, tài khoản định danh điện tử VNeID.</p>')
    body += ('<p class="ni"><b>IV. TỔ CHỨC THỰC HIỆN</b></p>'
             '<p>1. Văn phòng UBND tỉnh chủ trì theo dõi, đôn đốc thực hiện Kế hoạch; định kỳ 6 tháng, hằng năm '
             'tổng hợp, báo cáo UBND tỉnh.</p>'
             '<p>2. Sở Thông tin và Truyền thông bảo đảm hạ tầng, Hệ thống thông tin giải quyết TTHC tỉnh vận '
             'hành thông suốt, an toàn.</p>'
             '<p>3. Các sở, ban, ngành tỉnh, UBND các huyện, thành phố căn cứ Kế hoạch, xây dựng kế hoạch thực '
             'hiện tại cơ quan, địa phương; giao chỉ tiêu cụ thể đến UBND cấp xã.</p>'
             '<p>Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Văn phòng '
             'UBND tỉnh để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./.</p>')
    recipients = ['Văn phòng Chính phủ (b/c);', 'Thường trực Tỉnh ủy (b/c);', 'Thường trực HĐND tỉnh;',
                  'Chủ tịch, các PCT UBND tỉnh;', 'Các sở, ban, ngành tỉnh;', 'UBND các huyện, thành phố;',
                  'Lưu: VT, KSTT.']
    body += sign_block(recipients, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], SIGNER,
                       stamp_text='ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN')

    a = '<div class="appx">'
    a += '<p class="cap">PHỤ LỤC</p>'
    a += ('<p class="cap">CHỈ TIÊU CUNG CẤP, SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN<br>GIAI ĐOẠN 2025 - 2027</p>')
    a += ('<p class="sub">(Kèm theo Kế hoạch số 289/KH-UBND ngày 30/12/2024 của UBND tỉnh Thái Nguyên)</p>')
    a += ('<table class="grid"><colgroup><col style="width:6%"><col style="width:33%"><col style="width:7%">'
          '<col style="width:10%"><col style="width:8%"><col style="width:8%"><col style="width:8%">'
          '<col style="width:20%"></colgroup><thead>')
    a += ('<tr><th>STT</th><th>Chỉ tiêu</th><th>Đơn vị tính</th><th>Kết quả thực hiện năm 2024</th>'
          '<th>Năm 2025</th><th>Năm 2026</th><th>Năm 2027</th><th>Đơn vị chủ trì</th></tr></thead>')
    n = 0
    for sec, title, rows in ROWS:
        a += f'<tr class="sec"><td class="c">{sec}</td><td colspan="7">{esc(title)}</td></tr>'
        for metric, label, res, vals, unit, comp in rows:
            n += 1
            a += (f'<tr><td class="c">{n}</td><td>{esc(label)}</td><td class="c">%</td><td class="c">{res}</td>'
                  + ''.join(f'<td class="c">{cell(v, comp)}</td>' for v in vals)
                  + f'<td>{esc(unit)}</td></tr>')
            for y, v in zip(YEARS, vals):
                if v is not None:
                    targets.append(target(unit, metric, v, label, 'table', y, comparator=comp))
    a += '</table></div>'
    body += a

    doc = {
        'number': '289/KH-UBND', 'symbol': 'KH-UBND', 'serial': '289', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân tỉnh Thái Nguyên', 'place': 'Thái Nguyên', 'date': '2024-12-30',
        'subject': SUBJECT, 'signer': SIGNER, 'references': REFS,
    }
    style = css('"Liberation Serif", serif', size='14pt', lh='1.28', tsize='12pt',
                margin='20mm 18mm 20mm 30mm')
    return page(body, style, NAME), [{'document': doc, 'targets': targets}]


RENDER = dict(dpi=200, seed=302, gray=True,
              page_degr=lambda i: [dict(rotate=-0.9, blur=0.6, noise=5, shade=0.12, speckle=0.0006, jpeg=65),
                                   dict(rotate=1.2, blur=0.5, noise=5, shade=0.10, speckle=0.0004, jpeg=62),
                                   dict(rotate=-1.4, blur=0.7, noise=6, shade=0.15, speckle=0.0008, jpeg=68),
                                   dict(rotate=0.5, blur=0.5, noise=4, shade=0.08, speckle=0.0005, jpeg=64)][i % 4])
