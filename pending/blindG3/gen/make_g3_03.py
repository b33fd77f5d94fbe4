#!/usr/bin/env python3
"""g3_03: Trà Vinh directive (Chỉ thị 07/CT-UBND, 09/5/2024) as HTML saved from
a CKEditor-based portal: numbered <p> paragraphs, every target inside a long
sentence with parentheses and quotes (“…”, &ldquo;…&rdquo;, &quot;), exceptions
("riêng huyện Trà Cú và huyện Cầu Ngang …"), ceilings ("không quá 1%"). The
body text has Latin-1 letters written as named entities (&agrave;, &ecirc;,
&ocirc; …) the way CKEditor writes them, while ơ, ư, ạ, đ … stay literal; the
source wraps lines inside a <p>.

The paragraphs are data below (text, targets); the HTML and the gold come from
that one list.
"""
import html
import os
from common import DOCS, T, write_gold

SEED = 'g3_03_travinh_ct_2024.html'
Y = 2024

ALL = [None, 'Các cơ quan, đơn vị, địa phương', 'Toàn tỉnh']
SBN = ['Các sở, ban, ngành tỉnh', 'Sở, ban, ngành tỉnh']
HUYEN_G = ['UBND các huyện, thị xã, thành phố', 'Các huyện, thị xã, thành phố', 'UBND cấp huyện']
CAP_XA = ['UBND cấp xã', 'Cấp xã', 'UBND các xã, phường, thị trấn']
C_TINH = ['Cấp tỉnh']
C_HUYEN = ['Cấp huyện']
C_XA = ['Cấp xã', 'UBND cấp xã']
ONE_STOP = [None, 'Bộ phận Một cửa các cấp', 'Các cơ quan, đơn vị, địa phương']
VP = ['Văn phòng UBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh Trà Vinh',
      'Trung tâm Phục vụ hành chính công tỉnh',
      'Văn phòng Ủy ban nhân dân tỉnh (Trung tâm Phục vụ hành chính công tỉnh)']
CQHC = [None, 'Các cơ quan hành chính nhà nước các cấp', 'Cơ quan hành chính nhà nước các cấp']


def P(unit, metric, value, text, comparator='>=', note=None):
    return T(unit, metric, value, text, 'prose', Y, comparator=comparator, note=note)


PREAMBLE = [
    'Thời gian qua, việc cung cấp, sử dụng dịch vụ công trực tuyến trên địa bàn tỉnh đã có chuyển biến tích cực. '
    'Tuy nhiên, năm 2023 tỷ lệ hồ sơ trực tuyến toàn tỉnh chỉ đạt 47,8% (chỉ tiêu Chính phủ giao là 50%); '
    'tỷ lệ thanh toán trực tuyến đạt 28,1%; còn 2,6% hồ sơ giải quyết quá hạn; một số địa phương như huyện '
    'Trà Cú (31,2%), huyện Cầu Ngang (35,4%) có tỷ lệ hồ sơ trực tuyến thấp nhất tỉnh.',
    'Để khắc phục hạn chế nêu trên, thực hiện chủ đề năm 2024 &ldquo;Năm đẩy mạnh thanh toán trực tuyến và số hóa&rdquo; '
    'của Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:',
]

# numbered paragraphs: (text, targets). Text may contain HTML markup and entities.
PARAS = [
    ('<b>1.</b> Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố '
     '(sau đây gọi tắt là các cơ quan, đơn vị, địa phương) quán triệt phương châm “lấy người dân, doanh nghiệp làm trung tâm”, '
     'chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh nếu để xảy ra tình trạng hồ sơ trễ hạn, gây phiền hà; bảo đảm '
     'tỷ lệ hồ sơ giải quyết quá hạn (tính trên tổng số hồ sơ đã giải quyết trong kỳ, không bao gồm hồ sơ tạm dừng theo quy định) '
     'không quá 1%, riêng Ủy ban nhân dân thành phố Trà Vinh và thị xã Duyên Hải (đang chuyển đổi, đồng bộ dữ liệu đất đai) '
     'không quá 2%; phấn đấu &quot;Chỉ số hài lòng&quot; của người dân, doanh nghiệp năm 2024 đạt từ 90% trở lên.',
     [P(ALL, None, 1, 'tỷ lệ hồ sơ giải quyết quá hạn', comparator='<=',
        note='riêng UBND thành phố Trà Vinh và thị xã Duyên Hải không quá 2%'),
      P(['UBND thành phố Trà Vinh', 'Thành phố Trà Vinh'], None, 2, 'tỷ lệ hồ sơ giải quyết quá hạn', comparator='<='),
      P(['UBND thị xã Duyên Hải', 'Thị xã Duyên Hải'], None, 2, 'tỷ lệ hồ sơ giải quyết quá hạn', comparator='<='),
      P(ALL, 'satisfaction_rate', 90, 'Chỉ số hài lòng của người dân, doanh nghiệp')]),
    ('<b>2.</b> Các sở, ban, ngành tỉnh rà soát, tái cấu trúc quy trình, bảo đảm tỷ lệ hồ sơ trực tuyến (trên tổng số hồ sơ '
     'tiếp nhận, giải quyết thủ tục hành chính của đơn vị, bao gồm hồ sơ nộp qua “Cổng Dịch vụ công quốc gia” và '
     '“Hệ thống thông tin giải quyết thủ tục hành chính tỉnh”) đạt tối thiểu 80% (năm 2023 đạt 52,6%); tỷ lệ hồ sơ trực tuyến '
     'toàn trình đạt tối thiểu 60% (riêng Sở Tài chính và Sở Kế hoạch và Đầu tư đạt tối thiểu 75%).',
     [P(SBN, 'online_dossier_rate', 80, 'tỷ lệ hồ sơ trực tuyến (trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính của đơn vị)'),
      P(SBN, 'full_online_dossier_rate', 60, 'tỷ lệ hồ sơ trực tuyến toàn trình',
        note='riêng Sở Tài chính và Sở Kế hoạch và Đầu tư tối thiểu 75%'),
      P(['Sở Tài chính', 'Sở Tài chính tỉnh Trà Vinh'], 'full_online_dossier_rate', 75, 'tỷ lệ hồ sơ trực tuyến toàn trình'),
      P(['Sở Kế hoạch và Đầu tư', 'Sở Kế hoạch và Đầu tư tỉnh Trà Vinh'], 'full_online_dossier_rate', 75, 'tỷ lệ hồ sơ trực tuyến toàn trình')]),
    ('<b>3.</b> Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo quyết liệt, bảo đảm tỷ lệ hồ sơ trực tuyến đạt tối thiểu 70%, '
     'riêng huyện Trà Cú và huyện Cầu Ngang (tỷ lệ đồng bào dân tộc Khmer cao, hạ tầng viễn thông còn hạn chế) đạt tối thiểu 60%; '
     'chỉ đạo Ủy ban nhân dân cấp xã đạt tối thiểu 55% (năm 2023 đạt 39,7%), trong đó ưu tiên các thủ tục '
     '“liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi”.',
     [P(HUYEN_G, 'online_dossier_rate', 70, 'tỷ lệ hồ sơ trực tuyến',
        note='riêng huyện Trà Cú và huyện Cầu Ngang tối thiểu 60%'),
      P(['UBND huyện Trà Cú', 'Huyện Trà Cú'], 'online_dossier_rate', 60, 'tỷ lệ hồ sơ trực tuyến'),
      P(['UBND huyện Cầu Ngang', 'Huyện Cầu Ngang'], 'online_dossier_rate', 60, 'tỷ lệ hồ sơ trực tuyến'),
      P(CAP_XA, 'online_dossier_rate', 55, 'tỷ lệ hồ sơ trực tuyến')]),
    ('<b>4.</b> Các cơ quan, đơn vị, địa phương triển khai quyết liệt chủ đề “Năm đẩy mạnh thanh toán trực tuyến và số hóa”: '
     'tỷ lệ thanh toán trực tuyến (số giao dịch thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công) '
     'đạt tối thiểu 45% đối với cấp tỉnh, 35% đối với cấp huyện và 25% đối với cấp xã; niêm yết mã QR thanh toán tại '
     'tất cả các Bộ phận Một cửa trước ngày 30/6/2024.',
     [P(C_TINH, 'online_payment_rate', 45, 'tỷ lệ thanh toán trực tuyến'),
      P(C_HUYEN, 'online_payment_rate', 35, 'tỷ lệ thanh toán trực tuyến'),
      P(C_XA, 'online_payment_rate', 25, 'tỷ lệ thanh toán trực tuyến')]),
    ('<b>5.</b> Bộ phận Một cửa các cấp thực hiện nghiêm việc số hóa theo Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của '
     'Chính phủ: 100% hồ sơ thủ tục hành chính được số hóa khi tiếp nhận (trừ các thành phần hồ sơ là vật mẫu, bản vẽ khổ lớn '
     'không thể số hóa); 100% kết quả giải quyết thủ tục hành chính được số hóa; tỷ lệ cấp kết quả giải quyết thủ tục hành chính '
     'điện tử đạt tối thiểu 90%.',
     [P(ONE_STOP, 'dossier_digitization_rate', 100, 'hồ sơ thủ tục hành chính được số hóa khi tiếp nhận'),
      P(ONE_STOP, 'result_digitization_rate', 100, 'kết quả giải quyết thủ tục hành chính được số hóa'),
      P(ONE_STOP, 'electronic_result_rate', 90, 'tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử')]),
    ('<b>6.</b> Sở Tư pháp chủ trì hướng dẫn nghiệp vụ, kiểm tra việc thực hiện chứng thực bản sao điện tử từ bản chính; tỷ lệ '
     'thực hiện chứng thực bản sao điện tử từ bản chính phải đạt tối thiểu 80% tại Phòng Tư pháp cấp huyện và tối thiểu 50% tại '
     'Ủy ban nhân dân cấp xã.',
     [P(['Phòng Tư pháp cấp huyện', 'Phòng Tư pháp các huyện, thị xã, thành phố'], 'e_certified_copy_rate', 80,
        'tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính'),
      P(CAP_XA, 'e_certified_copy_rate', 50, 'tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính')]),
    ('<b>7.</b> Văn phòng Ủy ban nhân dân tỉnh (Trung tâm Phục vụ hành chính công tỉnh) bảo đảm 100% kết quả xử lý hồ sơ thủ tục '
     'hành chính được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia; hằng tháng công khai &ldquo;Bảng xếp hạng&rdquo; kết quả '
     'thực hiện của các cơ quan, đơn vị, địa phương trên Cổng Thông tin điện tử tỉnh.',
     [P(VP, 'national_portal_sync_rate', 100, 'kết quả xử lý hồ sơ thủ tục hành chính được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia')]),
    ('<b>8.</b> Các cơ quan hành chính nhà nước các cấp bảo đảm 100% văn bản đi (trừ văn bản mật) được ký số và gửi, nhận trên '
     'môi trường điện tử. Sở Thông tin và Truyền thông bảo đảm hạ tầng, chứng thư số cho cán bộ, công chức; xử lý sự cố trong '
     'thời hạn 03 ngày làm việc kể từ khi nhận được phản ánh.',
     [P(CQHC, None, 100, 'văn bản đi (trừ văn bản mật) được ký số')]),
    ('<b>9.</b> Giao Sở Nội vụ đưa kết quả thực hiện Chỉ thị này vào tiêu chí đánh giá, xếp loại thi đua và chấm điểm chỉ số '
     'cải cách hành chính năm 2024 của các cơ quan, đơn vị, địa phương.', []),
    ('<b>10.</b> Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố, '
     'Chủ tịch Ủy ban nhân dân các xã, phường, thị trấn nghiêm túc thực hiện Chỉ thị này; định kỳ báo cáo kết quả thực hiện '
     'về Sở Thông tin và Truyền thông trước ngày 15/12/2024 để tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh./.', []),
]

LATIN1 = set('àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ')


def ck_entities(s):
    """Write Latin-1 letters as named entities, as CKEditor does (not inside tags/entities)."""
    out, in_tag = [], False
    for ch in s:
        if ch == '<':
            in_tag = True
        elif ch == '>':
            in_tag = False
        if not in_tag and ch in LATIN1:
            out.append('&' + html.entities.codepoint2name[ord(ch)] + ';')
        else:
            out.append(ch)
    return ''.join(out)


def wrap(s, width=110):
    """Break the source line inside a paragraph, as the CMS does (at spaces)."""
    words, lines, cur = s.split(' '), [], ''
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    lines.append(cur)
    return '\n'.join(lines)


HEAD = '''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Chỉ thị số 07/CT-UBND về đẩy mạnh cung cấp, sử dụng dịch vụ công trực tuyến năm 2024</title>
<meta name="generator" content="CKEditor 4">
<style>
body { font-family: "Times New Roman", serif; font-size: 14pt; }
p { margin: 0 0 6pt 0; text-indent: 1cm; }
table.hdr td { vertical-align: top; text-align: center; }
</style>
</head>
<body>
<div class="document-content">
<table class="hdr" style="width:100%; border:none">
<tbody>
<tr>
<td style="width:40%"><b>ỦY BAN NHÂN DÂN<br>
TỈNH TRÀ VINH</b><br>
-------</td>
<td style="width:60%"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>
Độc lập - Tự do - Hạnh phúc</b><br>
---------------</td>
</tr>
<tr>
<td>Số:&nbsp;07/CT-UBND</td>
<td><i>Trà Vinh, ngày&nbsp;09&nbsp;tháng&nbsp;5&nbsp;năm 2024</i></td>
</tr>
</tbody>
</table>
<p style="text-align:center; text-indent:0">&nbsp;</p>
<p style="text-align:center; text-indent:0"><b>CHỈ THỊ</b></p>
<p style="text-align:center; text-indent:0"><b>Về đẩy mạnh cung cấp, sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến<br>
và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính trên địa bàn tỉnh Trà Vinh năm 2024</b></p>
<p style="text-align:center; text-indent:0">__________</p>
'''

TAIL = '''<p>&nbsp;</p>
<table class="hdr" style="width:100%; border:none">
<tbody>
<tr>
<td style="width:50%; text-align:left"><b><i>Nơi nhận:</i></b><br>
<span style="font-size:11pt">- Văn phòng Chính phủ (Cục KSTTHC);<br>
- Bộ Thông tin và Truyền thông;<br>
- TT.TU, TT.HĐND tỉnh;<br>
- CT, các PCT UBND tỉnh;<br>
- Các sở, ban, ngành tỉnh;<br>
- UBND các huyện, thị xã, thành phố;<br>
- UBND các xã, phường, thị trấn;<br>
- Đài PT-TH, Báo Trà Vinh;<br>
- LĐVP, các Phòng NC;<br>
- Lưu: VT, KSTT.</span></td>
<td style="width:50%"><b>CHỦ TỊCH</b><br>
<br>
<br>
<br>
<b>Thạch Văn Sơn</b></td>
</tr>
</tbody>
</table>
</div>
</body>
</html>
'''


def main():
    parts = [HEAD]
    for s in PREAMBLE:
        parts.append('<p style="text-align:justify">' + wrap(ck_entities(s)) + '</p>\n')
    targets = []
    for text, ts in PARAS:
        parts.append('<p style="text-align:justify">' + wrap(ck_entities(text)) + '</p>\n')
        targets.extend(ts)
    parts.append(TAIL)
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(''.join(parts))
    doc = {
        'number': '07/CT-UBND', 'symbol': 'CT-UBND', 'serial': '07', 'type': 'chi_thi',
        'issuer': 'Ủy ban nhân dân tỉnh Trà Vinh', 'place': 'Trà Vinh', 'date': '2024-05-09',
        'subject': 'Về đẩy mạnh cung cấp, sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính trên địa bàn tỉnh Trà Vinh năm 2024',
        'signer': 'Thạch Văn Sơn',
        'references': ['107/2021/NĐ-CP'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets}])


if __name__ == '__main__':
    main()
