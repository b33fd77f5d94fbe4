"""B3-3: Quyết định, Chủ tịch UBND tỉnh Quảng Trị, 2024.
Appendix (landscape): indicators x units (transposed): one row per indicator,
one column per unit under "Cấp tỉnh" / "Cấp huyện" column groups, section rows I/II,
blank cells for Cồn Cỏ; unit names in narrow header cells wrap over several lines.
The appendix caption dates the decision 02/4/2024 (the decision is 01/4/2024).
Prose targets in Điều 2 for the commune level."""
from common import *

NAME = 'b3_03_quangtri_2024_qd'
YEAR = 2024

UNITS = [('Các sở, ban, ngành', 'Cấp tỉnh')] + [(u, 'Cấp huyện') for u in [
    'UBND thành phố Đông Hà', 'UBND thị xã Quảng Trị', 'UBND huyện Vĩnh Linh', 'UBND huyện Gio Linh',
    'UBND huyện Cam Lộ', 'UBND huyện Triệu Phong', 'UBND huyện Hải Lăng', 'UBND huyện Hướng Hóa',
    'UBND huyện Đakrông', 'UBND huyện đảo Cồn Cỏ']]

ROWS = [
    ('I', 'Dịch vụ công trực tuyến, thanh toán trực tuyến', [
        ('online_dossier_rate', 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC',
         (65, 55, 50, 45, 50, 45, 45, 45, 35, 30, 20)),
        ('full_online_dossier_rate', 'Tỷ lệ hồ sơ trực tuyến toàn trình',
         (50, 45, 40, 35, 35, 35, 35, 35, 25, 20, None)),
        ('online_payment_rate', 'Tỷ lệ hồ sơ thanh toán trực tuyến',
         (50, 45, 45, 40, 40, 40, 40, 40, 30, 25, None)),
    ]),
    ('II', 'Số hóa hồ sơ, kết quả giải quyết TTHC', [
        ('dossier_digitization_rate', 'Tỷ lệ số hóa hồ sơ TTHC',
         (80, 75, 75, 70, 70, 70, 70, 70, 60, 60, 50)),
        ('result_digitization_rate', 'Tỷ lệ số hóa kết quả giải quyết TTHC',
         (100, 100, 100, 100, 100, 100, 100, 100, 90, 90, 80)),
    ]),
]

XA = ['UBND các xã, phường, thị trấn', 'Ủy ban nhân dân các xã, phường, thị trấn', 'UBND cấp xã',
      'Cấp xã', 'các xã, phường, thị trấn']
PROSE = [
    ('online_dossier_rate', 'tỷ lệ hồ sơ trực tuyến của cấp xã', 30),
    ('result_digitization_rate', 'tỷ lệ số hóa kết quả giải quyết TTHC của cấp xã', 80),
    ('e_certified_copy_rate', 'tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính tại UBND cấp xã', 100),
]

SUBJECT = ('Giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến và số hóa hồ sơ, kết quả giải quyết '
           'thủ tục hành chính năm 2024 trên địa bàn tỉnh Quảng Trị')

CAN_CU = [
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019;',
    'Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;',
    'Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng;',
    'Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;',
    'Căn cứ Công văn số 1043/BTTTT-CĐSQG ngày 25/3/2024 của Bộ Thông tin và Truyền thông về việc tiếp tục triển khai một số giải pháp thúc đẩy hiệu quả cung cấp và sử dụng dịch vụ công trực tuyến;',
    'Căn cứ Kế hoạch số 256/KH-UBND ngày 25/12/2023 của UBND tỉnh về chuyển đổi số tỉnh Quảng Trị năm 2024;',
    'Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 31/TTr-STTTT ngày 22/3/2024.',
]
REFS = ['107/2021/NĐ-CP', '61/2018/NĐ-CP', '42/2022/NĐ-CP', '766/QĐ-TTg', '1043/BTTTT-CĐSQG',
        '256/KH-UBND', '31/TTr-STTTT']

SIGNER = 'Hoàng Nam Khánh'


def make():
    targets = []
    body = letterhead(None, ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG TRỊ'], 'Số: 712/QĐ-UBND',
                      'Quảng Trị, ngày 01 tháng 4 năm 2024')
    body += '<div class="title">QUYẾT ĐỊNH</div>'
    body += f'<div class="subject">{esc(SUBJECT)}</div>'
    body += '<div style="width:40mm;border-top:1px solid #000;margin:0 auto 6pt auto"></div>'
    body += '<div class="authority">CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ</div>'
    for c in CAN_CU:
        body += f'<p class="cc">{esc(c)}</p>'
    body += '<div class="authority">QUYẾT ĐỊNH:</div>'
    body += ('<p><b>Điều 1.</b> Giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến và số hóa hồ sơ, kết quả '
             'giải quyết thủ tục hành chính (TTHC) năm 2024 cho các sở, ban, ngành cấp tỉnh và Ủy ban nhân dân '
             'các huyện, thị xã, thành phố (chi tiết tại Phụ lục kèm theo Quyết định này).</p>')
    body += ('<p>Kỳ đánh giá tính từ ngày 15/12/2023 đến ngày 14/12/2024, số liệu lấy trên Hệ thống thông tin giải '
             'quyết TTHC tỉnh Quảng Trị và Cổng Dịch vụ công quốc gia.</p>')
    p = {k: (t, v) for k, t, v in PROSE}
    body += ('<p><b>Điều 2.</b> Ủy ban nhân dân các huyện, thị xã, thành phố căn cứ chỉ tiêu được giao tại Điều 1, '
             'giao chỉ tiêu cụ thể cho Ủy ban nhân dân các xã, phường, thị trấn trực thuộc, bảo đảm '
             f'{esc(p["online_dossier_rate"][0])} đạt tối thiểu 30%, '
             f'{esc(p["result_digitization_rate"][0])} đạt tối thiểu 80% và '
             f'{esc(p["e_certified_copy_rate"][0])} đạt 100%.</p>')
    for metric, phrase, v in PROSE:
        targets.append(target(XA, metric, v, phrase, 'prose', YEAR))
    body += '<p><b>Điều 3.</b> Tổ chức thực hiện</p>'
    body += ('<p>1. Thủ trưởng các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố chịu trách '
             'nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả thực hiện chỉ tiêu được giao; kết quả thực hiện '
             'là tiêu chí đánh giá, xếp loại thi đua năm 2024.</p>')
    body += ('<p>2. Sở Thông tin và Truyền thông chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh theo dõi, '
             'đôn đốc; hằng tháng công khai kết quả thực hiện trên Cổng Thông tin điện tử tỉnh.</p>')
    body += ('<p><b>Điều 4.</b> Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND tỉnh, Giám đốc các '
             'sở, Thủ trưởng các ban, ngành cấp tỉnh; Chủ tịch UBND các huyện, thị xã, thành phố; Chủ tịch UBND '
             'các xã, phường, thị trấn và các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.</p>')
    recipients = ['Như Điều 4;', 'Bộ Thông tin và Truyền thông;', 'Văn phòng Chính phủ (Cục KSTTHC);',
                  'TT Tỉnh ủy, TT HĐND tỉnh;', 'Chủ tịch, các PCT UBND tỉnh;', 'Cổng TTĐT tỉnh;',
                  'Lưu: VT, VX.']
    body += sign_block(recipients, ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], SIGNER,
                       stamp_text='ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ')

    a = '<div class="appx landscape">'
    a += '<p class="cap">Phụ lục</p>'
    a += ('<p class="cap">CHỈ TIÊU CUNG CẤP, SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN VÀ SỐ HÓA HỒ SƠ, '
          'KẾT QUẢ GIẢI QUYẾT TTHC NĂM 2024</p>')
    a += ('<p class="sub">(Kèm theo Quyết định số 712/QĐ-UBND ngày 02/4/2024 của Chủ tịch UBND tỉnh Quảng Trị)</p>')
    a += '<table class="grid"><colgroup><col style="width:4%"><col style="width:21%"><col style="width:4.5%">'
    a += ''.join('<col style="width:6.4%">' for _ in UNITS) + '</colgroup>'
    a += ('<tr><th rowspan="2">STT</th><th rowspan="2">Chỉ tiêu</th><th rowspan="2">Đơn vị tính</th>'
          '<th>Cấp tỉnh</th><th colspan="10">Cấp huyện</th></tr><tr>')
    a += ''.join(f'<th style="font-weight:normal">{esc(u)}</th>' for u, _ in UNITS) + '</tr>'
    for sec, sec_name, rows in ROWS:
        a += f'<tr class="sec"><td class="c">{sec}</td><td colspan="{2 + len(UNITS)}">{esc(sec_name)}</td></tr>'
        for i, (metric, label, vals) in enumerate(rows, 1):
            a += f'<tr><td class="c">{i}</td><td>{esc(label)}</td><td class="c">%</td>'
            for (unit, grp), v in zip(UNITS, vals):
                a += f'<td class="c">{fmt_num(v)}</td>'
                if v is not None:
                    targets.append(target(unit, metric, v, label, 'table', YEAR, unit_group=grp))
            a += '</tr>'
    a += '</table>'
    a += ('<p class="ni" style="font-size:11pt;margin-top:6pt"><i>Ghi chú: Ô để trống là không giao chỉ tiêu '
          'do đơn vị không phát sinh TTHC thuộc phạm vi đánh giá.</i></p></div>')
    body += a

    doc = {
        'number': '712/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '712', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Quảng Trị', 'place': 'Quảng Trị', 'date': '2024-04-01',
        'subject': SUBJECT, 'signer': SIGNER, 'references': REFS,
        'expected_warnings': ['appendix dates the decision 02/4/2024 while the decision is dated 01/4/2024'],
    }
    return page(body, NAME), [{'document': doc, 'targets': targets}]


RENDER = dict(dpi=300, psm=4, seed=33,
              page_degr=lambda i: dict(rotate=[0.25, -0.45, 0.3][i % 3], blur=0.3))
