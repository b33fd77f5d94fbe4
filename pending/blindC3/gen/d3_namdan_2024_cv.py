"""C3-3: Công văn, UBND huyện Nam Đàn (tỉnh Nghệ An), 2024. Prose targets only.
Communes enumerated inline ("các xã A, B, C đạt 60%; thị trấn D đạt 70%"),
a bulleted enumeration, a "các xã còn lại" group, one district-wide target,
a two-unit enumeration (Phòng Tư pháp huyện và UBND các xã, thị trấn), and a
6-month result with per-commune figures in brackets (not targets)."""
from common import *

NAME = 'c3_03_namdan_2024_cv'
YEAR = 2024

def xa(n):
    return [f'Xã {n}', f'UBND xã {n}']

TT = ['Thị trấn Nam Đàn', 'UBND thị trấn Nam Đàn']
XA_ALL = ['UBND các xã, thị trấn', 'Các xã, thị trấn']
CONLAI = ['Các xã còn lại', 'UBND các xã còn lại', 'Xã còn lại']

M_OD = 'online_dossier_rate'
T_OD = 'tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính'
M_PAY = 'online_payment_rate'
T_PAY = 'tỷ lệ hồ sơ thanh toán trực tuyến'

G60 = ['Kim Liên', 'Nam Giang', 'Xuân Hòa', 'Hùng Tiến']
G55 = ['Nam Hưng', 'Nam Nghĩa', 'Nam Thái', 'Nam Thanh', 'Hồng Long']
G50 = ['Nam Anh', 'Nam Lĩnh', 'Nam Xuân', 'Nam Kim', 'Khánh Sơn', 'Nam Cát', 'Thượng Tân Lộc',
       'Trung Phúc Cường']

SUBJECT = ('Đẩy mạnh thực hiện dịch vụ công trực tuyến, thanh toán trực tuyến và số hóa hồ sơ, kết quả giải '
           'quyết TTHC 6 tháng cuối năm 2024')
REFS = ['2047/QĐ-UBND', '112/KH-UBND']
SIGNER = 'Nguyễn Hữu Tường'


def make():
    targets = []
    vv = (f'<div style="font-size:0.85em;margin:4pt 2mm 0 2mm;text-align:center">V/v {esc(SUBJECT[0].lower() + SUBJECT[1:])}</div>')
    body = letterhead('UBND TỈNH NGHỆ AN', ['ỦY BAN NHÂN DÂN', 'HUYỆN NAM ĐÀN'], 'Số: 1586/UBND-VP',
                      'Nam Đàn, ngày 12 tháng 7 năm 2024', left_width='40%', extra_left=vv)
    body += ('<table style="margin:14pt 0 8pt 14mm;border-collapse:collapse"><tr><td style="vertical-align:top;'
             'padding-right:6pt">Kính gửi:</td><td>- Các phòng, ban, đơn vị thuộc UBND huyện;<br>'
             '- Ủy ban nhân dân các xã, thị trấn.</td></tr></table>')
    body += ('<p>Thực hiện Quyết định số 2047/QĐ-UBND ngày 28/6/2024 của UBND tỉnh Nghệ An về việc giao chỉ '
             'tiêu cung cấp, sử dụng dịch vụ công trực tuyến năm 2024 và Kế hoạch số 112/KH-UBND ngày 15/3/2024 '
             'của UBND huyện về chuyển đổi số năm 2024; UBND huyện đánh giá, chỉ đạo như sau:</p>')
    body += ('<p>6 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến cấp xã của toàn huyện đạt 38,5%; tỷ lệ hồ sơ thanh '
             'toán trực tuyến đạt 21,7%. Một số địa phương đạt thấp như: xã Nam Lĩnh (21,3%), xã Nam Anh (24,0%), '
             'xã Trung Phúc Cường (26,8%); thị trấn Nam Đàn đạt cao nhất (63,2%). Để hoàn thành chỉ tiêu UBND tỉnh '
             'giao, Chủ tịch UBND huyện yêu cầu:</p>')
    # 1. district-wide + commune enumeration for online dossiers
    body += ('<p><b>1. Về hồ sơ trực tuyến</b></p>'
             f'<p>Phấn đấu đến ngày 31/12/2024, {esc(T_OD)} của toàn huyện đạt tối thiểu 55%. Giao chỉ tiêu '
             f'đối với UBND các xã, thị trấn như sau: thị trấn Nam Đàn đạt tối thiểu 70%; các xã '
             f'{", ".join(G60)} đạt tối thiểu 60%; các xã {", ".join(G55)} đạt tối thiểu 55%; các xã '
             f'{", ".join(G50[:-1])} và {G50[-1]} đạt tối thiểu 50%.</p>')
    targets.append(target(None, M_OD, 55, T_OD, 'prose', YEAR))
    targets.append(target(TT, M_OD, 70, T_OD, 'prose', YEAR))
    for g, v in ((G60, 60), (G55, 55), (G50, 50)):
        for n in g:
            targets.append(target(xa(n), M_OD, v, T_OD, 'prose', YEAR))
    # 2. payment: bullets
    body += ('<p><b>2. Về thanh toán trực tuyến</b></p>'
             f'<p>Giao {esc(T_PAY)} trên tổng số hồ sơ có thu phí, lệ phí đến hết năm 2024:</p>'
             '<p>- Thị trấn Nam Đàn và các xã Kim Liên, Nam Giang: tối thiểu 45%;</p>'
             '<p>- Các xã Xuân Hòa, Hùng Tiến, Nam Hưng: tối thiểu 40%;</p>'
             '<p>- Các xã còn lại: tối thiểu 35%.</p>')
    targets.append(target(TT, M_PAY, 45, T_PAY, 'prose', YEAR))
    for n in ('Kim Liên', 'Nam Giang'):
        targets.append(target(xa(n), M_PAY, 45, T_PAY, 'prose', YEAR))
    for n in ('Xuân Hòa', 'Hùng Tiến', 'Nam Hưng'):
        targets.append(target(xa(n), M_PAY, 40, T_PAY, 'prose', YEAR))
    targets.append(target(CONLAI, M_PAY, 35, T_PAY, 'prose', YEAR))
    # 3. digitisation + e-certified copies + overdue ceiling
    t_dig = 'hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa'
    t_cert = 'chứng thực bản sao điện tử từ bản chính'
    t_late = 'tỷ lệ hồ sơ giải quyết quá hạn'
    body += ('<p><b>3. Về số hóa, chứng thực điện tử và giải quyết hồ sơ</b></p>'
             f'<p>a) UBND các xã, thị trấn bảo đảm 100% {esc(t_dig)} tại Bộ phận Một cửa cấp xã; thực hiện '
             'cập nhật, đồng bộ kết quả lên Hệ thống thông tin giải quyết TTHC tỉnh ngay trong ngày.</p>'
             f'<p>b) Phòng Tư pháp huyện và UBND các xã, thị trấn thực hiện {esc(t_cert)} đạt tối thiểu 30% '
             'trên tổng số yêu cầu chứng thực.</p>'
             f'<p>c) Trên phạm vi toàn huyện, {esc(t_late)} không quá 1%; không để xảy ra tình trạng hồ sơ trễ '
             'hạn mà không có văn bản xin lỗi.</p>')
    targets.append(target(XA_ALL, 'dossier_result_digitization_rate', 100, t_dig, 'prose', YEAR))
    targets.append(target(['Phòng Tư pháp huyện', 'Phòng Tư pháp'], 'e_certified_copy_rate', 30, t_cert,
                          'prose', YEAR))
    targets.append(target(XA_ALL, 'e_certified_copy_rate', 30, t_cert, 'prose', YEAR))
    targets.append(target(None, None, 1, t_late, 'prose', YEAR, comparator='<='))
    body += ('<p><b>4. Tổ chức thực hiện</b></p>'
             '<p>a) Chủ tịch UBND các xã, thị trấn chịu trách nhiệm trước Chủ tịch UBND huyện về kết quả thực '
             'hiện chỉ tiêu được giao; phân công công chức theo dõi, hướng dẫn người dân nộp hồ sơ trực tuyến '
             'tại Bộ phận Một cửa; phát huy vai trò Tổ công nghệ số cộng đồng.</p>'
             '<p>b) Văn phòng HĐND và UBND huyện theo dõi, tổng hợp kết quả hằng tháng, báo cáo Chủ tịch UBND '
             'huyện tại cuộc họp giao ban; tham mưu xử lý trách nhiệm đối với địa phương không đạt chỉ tiêu.</p>'
             '<p>c) Phòng Văn hóa và Thông tin phối hợp với Bưu điện huyện hỗ trợ kỹ thuật, tuyên truyền về lợi '
             'ích của dịch vụ công trực tuyến trên hệ thống truyền thanh cơ sở.</p>'
             '<p>Yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./.</p>')
    recipients = ['Như trên;', 'UBND tỉnh (để b/c);', 'Sở Thông tin và Truyền thông;',
                  'TT Huyện ủy, TT HĐND huyện (để b/c);', 'Chủ tịch, các PCT UBND huyện;', 'Lưu: VT, VP.']
    body += sign_block(recipients, ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], SIGNER,
                       stamp_text='ỦY BAN NHÂN DÂN HUYỆN NAM ĐÀN')
    doc = {
        'number': '1586/UBND-VP', 'symbol': 'UBND-VP', 'serial': '1586', 'type': 'cong_van',
        'issuer': 'Ủy ban nhân dân huyện Nam Đàn', 'place': 'Nam Đàn', 'date': '2024-07-12',
        'subject': SUBJECT, 'signer': SIGNER, 'references': REFS,
    }
    style = css('"DejaVu Serif Condensed", "DejaVu Serif", serif', size='13.5pt', lh='1.38',
                margin='22mm 17mm 22mm 30mm', head='0.84em')
    return page(body, style, NAME), [{'document': doc, 'targets': targets}]


RENDER = dict(dpi=200, seed=303, gray=True,
              page_degr=lambda i: [dict(rotate=1.5, blur=0.55, noise=6, speckle=0.0012, gamma=1.15, jpeg=60),
                                   dict(rotate=-0.8, blur=0.65, noise=6, speckle=0.0010, gamma=1.1, jpeg=66),
                                   dict(rotate=1.0, blur=0.5, noise=5, speckle=0.0009, gamma=1.1, jpeg=72)][i % 3])
