"""B3-4: Quyết định, UBND tỉnh Lâm Đồng (after the 1/7/2025 merger of Lâm Đồng,
Đắk Nông and Bình Thuận; no huyện level: xã, phường and đặc khu Phú Quý), 2026.
Appendix: units x indicators with 6 indicator columns (long headers carrying
their scope "áp dụng đối với ..."), section rows I/II, blank cells (column 1 only
for the provincial departments, column 6 only for the commune level), a unit
name that wraps. Prose targets in Điều 1 for the whole province, including a
ceiling on overdue dossiers (a metric with no id)."""
from common import *

NAME = 'b3_04_lamdong_2026_qd'
YEAR = 2026

COLS = [
    ('full_online_service_rate',
     'Tỷ lệ TTHC đủ điều kiện được cung cấp dưới hình thức DVCTT toàn trình (áp dụng đối với cấp tỉnh)'),
    ('online_dossier_rate',
     'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC'),
    ('full_online_dossier_rate', 'Tỷ lệ hồ sơ trực tuyến toàn trình'),
    ('online_payment_rate',
     'Tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí'),
    ('electronic_result_rate', 'Tỷ lệ cấp kết quả giải quyết TTHC điện tử'),
    ('e_certified_copy_rate',
     'Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính (áp dụng đối với cấp xã)'),
]

SECTIONS = [
    ('I', 'Sở, ban, ngành tỉnh', [
        ('Sở Nội vụ', (100, 75, 60, 50, 100, None)),
        ('Sở Tài chính', (100, 85, 70, 60, 100, None)),
        ('Sở Công Thương', (100, 80, 65, 60, 100, None)),
        ('Sở Xây dựng', (100, 75, 60, 55, 100, None)),
        ('Sở Nông nghiệp và Môi trường', (100, 70, 55, 50, 100, None)),
        ('Sở Khoa học và Công nghệ', (100, 90, 80, 70, 100, None)),
        ('Sở Giáo dục và Đào tạo', (100, 75, 60, 50, 100, None)),
        ('Sở Y tế', (100, 75, 60, 55, 100, None)),
        ('Sở Văn hóa, Thể thao và Du lịch', (100, 75, 60, 55, 100, None)),
        ('Sở Tư pháp', (100, 80, 65, 60, 100, None)),
        ('Sở Dân tộc và Tôn giáo', (100, 70, 55, None, 100, None)),
        ('Ban Quản lý các khu công nghiệp tỉnh', (100, 85, 70, 60, 100, None)),
    ]),
    ('II', 'Ủy ban nhân dân các xã, phường, đặc khu', [
        (['UBND các phường (20 phường)', 'UBND các phường', 'Các phường'], (None, 70, 50, 50, 100, 100)),
        (['UBND các xã (103 xã)', 'UBND các xã', 'Các xã'], (None, 60, 40, 40, 95, 100)),
        (['UBND đặc khu Phú Quý', 'Đặc khu Phú Quý'], (None, 55, 35, 35, 90, 100)),
    ]),
]

SUBJECT = ('Giao chỉ tiêu về dịch vụ công trực tuyến, thanh toán trực tuyến và cấp kết quả giải quyết '
           'thủ tục hành chính điện tử năm 2026 cho các sở, ban, ngành và Ủy ban nhân dân các xã, phường, đặc khu')

CAN_CU = [
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
    'Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh;',
    'Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;',
    'Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;',
    'Căn cứ Kế hoạch số 415/KH-UBND ngày 26 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh về chuyển đổi số tỉnh Lâm Đồng năm 2026;',
    'Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 45/TTr-SKHCN ngày 12 tháng 01 năm 2026.',
]
REFS = ['202/2025/QH15', '118/2025/NĐ-CP', '766/QĐ-TTg', '415/KH-UBND', '45/TTr-SKHCN']

PROSE = [
    ('online_dossier_rate',
     'tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính', 70, '>='),
    ('satisfaction_rate', 'mức độ hài lòng của người dân, doanh nghiệp', 90, '>='),
    (None, 'tỷ lệ hồ sơ giải quyết quá hạn', 1, '<='),
]

SIGNER = 'Trần Hữu Phước'


def make():
    targets = []
    body = letterhead(None, ['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG'], 'Số: 186/QĐ-UBND',
                      'Lâm Đồng, ngày 20 tháng 01 năm 2026')
    body += '<div class="title">QUYẾT ĐỊNH</div>'
    body += f'<div class="subject">{esc(SUBJECT)}</div>'
    body += '<div style="width:40mm;border-top:1px solid #000;margin:0 auto 6pt auto"></div>'
    body += '<div class="authority">ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG</div>'
    for c in CAN_CU:
        body += f'<p class="cc">{esc(c)}</p>'
    body += '<div class="authority">QUYẾT ĐỊNH:</div>'
    body += ('<p><b>Điều 1.</b> Giao chỉ tiêu về dịch vụ công trực tuyến, thanh toán trực tuyến và cấp kết quả giải '
             'quyết thủ tục hành chính điện tử năm 2026 cho các sở, ban, ngành và Ủy ban nhân dân các xã, phường, '
             'đặc khu (chi tiết tại Phụ lục kèm theo).</p>')
    p = {(k or 'overdue'): (t, v) for k, t, v, _ in PROSE}
    body += ('<p>Chỉ tiêu chung toàn tỉnh năm 2026: '
             f'{esc(p["online_dossier_rate"][0])} đạt tối thiểu 70%; '
             f'{esc(p["satisfaction_rate"][0])} đạt từ 90% trở lên; '
             f'{esc(p["overdue"][0])} không quá 1%.</p>')
    for metric, phrase, v, comp in PROSE:
        targets.append(target(None, metric, v, phrase, 'prose', YEAR, comparator=comp))
    body += '<p><b>Điều 2.</b> Tổ chức thực hiện</p>'
    body += ('<p>1. Các sở, ban, ngành; Ủy ban nhân dân các xã, phường, đặc khu xây dựng kế hoạch thực hiện, '
             'phân công nhiệm vụ kèm chỉ tiêu cho từng công chức; người đứng đầu chịu trách nhiệm trước Chủ tịch '
             'Ủy ban nhân dân tỉnh về kết quả thực hiện.</p>')
    body += ('<p>2. Sở Khoa học và Công nghệ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh, Sở Nội vụ theo dõi, '
             'đánh giá kết quả thực hiện hằng tháng trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh; '
             'tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2026.</p>')
    body += ('<p>3. Trung tâm Phục vụ hành chính công tỉnh hướng dẫn, hỗ trợ các Điểm tiếp nhận hồ sơ tại các xã, '
             'phường, đặc khu; ưu tiên hỗ trợ các xã vùng sâu, vùng xa và đặc khu Phú Quý.</p>')
    body += ('<p><b>Điều 3.</b> Quyết định này có hiệu lực kể từ ngày ký.</p>'
             '<p>Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh; Chủ tịch '
             'Ủy ban nhân dân các xã, phường, đặc khu và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành '
             'Quyết định này./.</p>')
    recipients = ['Như Điều 3;', 'Văn phòng Chính phủ;', 'Bộ Khoa học và Công nghệ;', 'TT Tỉnh ủy, TT HĐND tỉnh;',
                  'CT, các PCT UBND tỉnh;', 'Trung tâm Phục vụ HCC tỉnh;', 'Lưu: VT, KGVX.']
    body += sign_block(recipients, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], SIGNER,
                       stamp_text='ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG')

    a = '<div class="appx">'
    a += '<p class="cap">PHỤ LỤC</p>'
    a += ('<p class="cap">GIAO CHỈ TIÊU VỀ DỊCH VỤ CÔNG TRỰC TUYẾN, THANH TOÁN TRỰC TUYẾN<br>'
          'VÀ CẤP KẾT QUẢ GIẢI QUYẾT TTHC ĐIỆN TỬ NĂM 2026</p>')
    a += ('<p class="sub">(Kèm theo Quyết định số 186/QĐ-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh Lâm Đồng)</p>')
    a += ('<p class="ni" style="text-align:right;font-size:11pt;font-style:italic">Đơn vị tính: %</p>')
    a += '<table class="grid" style="font-size:12pt"><colgroup><col style="width:6%"><col style="width:22%">'
    a += ''.join('<col style="width:12%">' for _ in COLS) + '</colgroup>'
    a += '<tr><th>STT</th><th>Tên cơ quan, đơn vị</th>'
    a += ''.join(f'<th style="font-weight:normal">{esc(h)}</th>' for _, h in COLS) + '</tr>'
    for sec, sec_name, rows in SECTIONS:
        a += f'<tr class="sec"><td class="c">{sec}</td><td colspan="{1 + len(COLS)}">{esc(sec_name)}</td></tr>'
        for i, (unit, vals) in enumerate(rows, 1):
            shown = unit[0] if isinstance(unit, list) else unit
            a += f'<tr><td class="c">{i}</td><td>{esc(shown)}</td>'
            for (metric, header), v in zip(COLS, vals):
                a += f'<td class="c">{fmt_num(v)}</td>'
                if v is not None:
                    targets.append(target(unit, metric, v, header, 'table', YEAR, unit_group=sec_name))
            a += '</tr>'
    a += '</table></div>'
    body += a

    doc = {
        'number': '186/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '186', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Lâm Đồng', 'place': 'Lâm Đồng', 'date': '2026-01-20',
        'subject': SUBJECT, 'signer': SIGNER, 'references': REFS,
    }
    return page(body, NAME), [{'document': doc, 'targets': targets}]


RENDER = dict(dpi=250, psm=3, seed=44,
              page_degr=lambda i: dict(rotate=[0.8, -0.6, 0.9, -0.7][i % 4], noise=3, blur=0.35,
                                       speckle=0.0002, jpeg=80))
