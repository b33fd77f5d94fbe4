#!/usr/bin/env python3
"""h3_01: Nam Định decision 528/QĐ-UBND of 12/3/2020, as Word 97-2003 writes a
.doc typed in .VnTime / .VnTimeH when it is saved as "Plain Text" with the
Windows Western code page: the bytes are TCVN3 (ABC), lines end in CRLF.

- The header and signature are two-column Word tables: the text export gives
  the left cell's paragraphs, a tab, then the right cell's paragraphs.
- Headings were set in .VnTimeH: the issuer block and the motto were typed in
  lower case (they decode to "uỷ ban nhân dân", "cộng hoà xã hội …"), the title,
  the authority line, "QUYẾT ĐỊNH:" and the signature captions with Caps Lock
  (capital toned letters do not exist in TCVN3, so they decode as
  "QUYếT ĐịNH", "CHủ TịCH").
- Body text in .VnTime uses the forms a typist could type: "Uỷ ban" (U + ỷ),
  "ý Yên" for Ý Yên, old tone placement ("hoá", "Thuỷ").
- Appendix: one tab-separated line per table row; section rows are one merged
  cell ("I<TAB>Các sở, ban, ngành", no trailing tabs); "x" cells (not assigned)
  and one blank cell.

Gold holds Unicode (NFC) values. Rows, prose and gold come from the tables below.
"""
from common import T, num, write_doc, write_gold
from legacy import tcvn3_encode, tcvn3_decode

SEED = 'h3_01_namdinh_qd_2020.txt'
Y = 2020
PROV = [None, 'Toàn tỉnh', 'Tỉnh Nam Định']

COLS = [
    ('Tỷ lệ DVCTT mức độ 3, 4 có phát sinh hồ sơ (%)', 'online_service_uptake_rate'),
    ('Tỷ lệ hồ sơ trực tuyến mức độ 3, 4 (%)', 'online_dossier_rate'),
    ('Tỷ lệ hồ sơ giải quyết đúng hạn (%)', 'on_time_resolution_rate'),
]


def S(name):
    return [name, name + ' tỉnh Nam Định']


def H(name, modern=None):
    """district row as printed ('Huyện Mỹ Lộc') -> accepted spellings."""
    m = modern or name
    return ['UBND ' + m[0].lower() + m[1:], m]


GA = 'Các sở, ban, ngành'
GB = 'UBND các huyện, thành phố'
# ('S', code, title) section row; (stt, printed name, spellings, [3 cells], ghi chú)
ROWS = [
    ('S', 'I', GA),
    (1, 'Sở Nội vụ', S('Sở Nội vụ'), ['60', '15', '98'], ''),
    (2, 'Sở Tư pháp', S('Sở Tư pháp'), ['70', '25', '98'], ''),
    (3, 'Sở Kế hoạch và Đầu tư', S('Sở Kế hoạch và Đầu tư'), ['80', '30', '99'], ''),
    (4, 'Sở Công Thương', S('Sở Công Thương'), ['80', '30', '98'], ''),
    (5, 'Sở Nông nghiệp và Phát triển nông thôn', S('Sở Nông nghiệp và Phát triển nông thôn'), ['60', '15', '98'], ''),
    (6, 'Sở Giao thông vận tải', S('Sở Giao thông vận tải'), ['70', '25', '98'], ''),
    (7, 'Sở Tài nguyên và Môi trường', S('Sở Tài nguyên và Môi trường'), ['50', '10', '95'],
     'Lĩnh vực đất đai tính cả hồ sơ tại Văn phòng đăng ký đất đai'),
    (8, 'Sở Văn hoá, Thể thao và Du lịch', S('Sở Văn hóa, Thể thao và Du lịch'), ['60', '15', '98'], ''),
    (9, 'Sở Lao động - Thương binh và Xã hội',
     S('Sở Lao động - Thương binh và Xã hội') + ['Sở Lao động, Thương binh và Xã hội'], ['60', '15', '98'], ''),
    (10, 'Sở Y tế', S('Sở Y tế'), ['50', '', '98'], 'Tỷ lệ hồ sơ trực tuyến theo dõi, chưa giao'),
    (11, 'Ban Quản lý các khu công nghiệp tỉnh',
     ['Ban Quản lý các khu công nghiệp tỉnh', 'Ban Quản lý các khu công nghiệp tỉnh Nam Định',
      'Ban Quản lý các khu công nghiệp'], ['x', 'x', '100'], 'Chưa cung cấp DVCTT mức độ 3, 4'),
    ('S', 'II', GB),
    (1, 'Thành phố Nam Định', H('Thành phố Nam Định'), ['60', '15', '97'], ''),
    (2, 'Huyện Mỹ Lộc', H('Huyện Mỹ Lộc'), ['50', '10', '97'], ''),
    (3, 'Huyện Vụ Bản', H('Huyện Vụ Bản'), ['50', '10', '97'], ''),
    (4, 'Huyện ý Yên', H('Huyện Ý Yên'), ['50', '10', '96'], ''),     # .VnTime has no capital Ý
    (5, 'Huyện Nam Trực', H('Huyện Nam Trực'), ['50', '10', '97'], ''),
    (6, 'Huyện Trực Ninh', H('Huyện Trực Ninh'), ['50', '10', '97'], ''),
    (7, 'Huyện Xuân Trường', H('Huyện Xuân Trường'), ['50', '10', '97'], ''),
    (8, 'Huyện Giao Thuỷ', H('Huyện Giao Thủy'), ['40', '8', '96'], ''),
    (9, 'Huyện Hải Hậu', H('Huyện Hải Hậu'), ['50', '10', '97'], ''),
    (10, 'Huyện Nghĩa Hưng', H('Huyện Nghĩa Hưng'), ['40', '8', '96'], ''),
]

# Lines of the document: (mode, text) or a list of such segments joined by TAB.
# b = .VnTime body, c = .VnTimeH typed with Caps Lock, h = .VnTimeH typed in lower case.
HEAD = [
    ('h', 'uỷ ban nhân dân'),
    ('h', 'tỉnh nam định'),
    [('b', ''), ('h', 'cộng hoà xã hội chủ nghĩa việt nam')],
    ('b', 'Độc lập - Tự do - Hạnh phúc'),
    ('b', ''),
    [('b', 'Số: 528/QĐ-UBND'), ('b', 'Nam Định, ngày 12 tháng 3 năm 2020')],
    ('b', ''),
    ('c', 'QUYẾT ĐỊNH'),
    ('b', 'Về việc giao chỉ tiêu tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 có phát sinh hồ sơ'),
    ('b', 'và tỷ lệ hồ sơ trực tuyến mức độ 3, 4 năm 2020'),
    ('b', ''),
    ('c', 'CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH NAM ĐỊNH'),
    ('b', ''),
    ('b', 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;'),
    ('b', 'Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;'),
    ('b', 'Căn cứ Nghị quyết số 17/NQ-CP ngày 07/3/2019 của Chính phủ về một số nhiệm vụ, giải pháp trọng tâm phát triển Chính phủ điện tử giai đoạn 2019 - 2020, định hướng đến 2025;'),
    ('b', 'Căn cứ Quyết định số 274/QĐ-TTg ngày 12/3/2019 của Thủ tướng Chính phủ phê duyệt Đề án Cổng Dịch vụ công quốc gia;'),
    ('b', 'Căn cứ Kế hoạch số 112/KH-UBND ngày 30/12/2019 của Uỷ ban nhân dân tỉnh về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước tỉnh Nam Định năm 2020;'),
    ('b', 'Xét đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 09/TTr-STTTT ngày 25/02/2020,'),
    ('b', ''),
    ('c', 'QUYẾT ĐỊNH:'),
    ('b', ''),
    ('b', 'Điều 1. Giao chỉ tiêu tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 có phát sinh hồ sơ, tỷ lệ hồ sơ trực tuyến mức độ 3, 4 và tỷ lệ hồ sơ giải quyết đúng hạn năm 2020 cho các sở, ban, ngành và Uỷ ban nhân dân các huyện, thành phố (chi tiết tại Phụ lục kèm theo).'),
]
PROSE_LINE = ('b', 'Phấn đấu năm 2020 toàn tỉnh đạt: tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 có phát sinh hồ sơ tối thiểu 50%; tỷ lệ hồ sơ trực tuyến mức độ 3, 4 trên tổng số hồ sơ tiếp nhận tối thiểu 15% (năm 2019 đạt 4,7%); tỷ lệ hồ sơ giải quyết đúng hạn từ 98% trở lên.')
PROSE_TARGETS = [
    T(PROV, 'online_service_uptake_rate', 50, 'tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 có phát sinh hồ sơ', 'prose', Y),
    T(PROV, 'online_dossier_rate', 15, 'tỷ lệ hồ sơ trực tuyến mức độ 3, 4 trên tổng số hồ sơ tiếp nhận', 'prose', Y),
    T(PROV, 'on_time_resolution_rate', 98, 'tỷ lệ hồ sơ giải quyết đúng hạn', 'prose', Y),
]
BODY = [
    ('b', 'Điều 2. Tổ chức thực hiện'),
    ('b', '1. Thủ trưởng các sở, ban, ngành, Chủ tịch Uỷ ban nhân dân các huyện, thành phố chịu trách nhiệm trước Chủ tịch Uỷ ban nhân dân tỉnh về kết quả thực hiện chỉ tiêu được giao; chỉ đạo Uỷ ban nhân dân các xã, phường, thị trấn tăng cường hướng dẫn người dân, doanh nghiệp nộp hồ sơ trực tuyến.'),
    ('b', '2. Sở Thông tin và Truyền thông chủ trì theo dõi, đôn đốc; định kỳ hằng quý (trước ngày 20 của tháng cuối quý) tổng hợp, báo cáo Uỷ ban nhân dân tỉnh; tham mưu tích hợp các dịch vụ công trực tuyến mức độ 3, 4 của tỉnh lên Cổng Dịch vụ công quốc gia.'),
    ('b', '3. Văn phòng Uỷ ban nhân dân tỉnh theo dõi, đánh giá kết quả giải quyết thủ tục hành chính; kết quả thực hiện chỉ tiêu là một tiêu chí đánh giá, xếp loại thi đua năm 2020 của các cơ quan, đơn vị.'),
    ('b', 'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.'),
    ('b', 'Chánh Văn phòng Uỷ ban nhân dân tỉnh, Giám đốc các sở, Thủ trưởng các ban, ngành thuộc tỉnh, Chủ tịch Uỷ ban nhân dân các huyện, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.'),
    ('b', ''),
    ('b', 'Nơi nhận:'),
    ('b', '- Như Điều 3;'),
    ('b', '- Văn phòng Chính phủ;'),
    ('b', '- Bộ Thông tin và Truyền thông;'),
    ('b', '- TT Tỉnh uỷ, TT HĐND tỉnh;'),
    ('b', '- Chủ tịch, các PCT UBND tỉnh;'),
    ('b', '- Cổng TTĐT tỉnh;'),
    [('b', '- Lưu: VP1, VP8.'), ('c', 'TM. UỶ BAN NHÂN DÂN')],
    ('c', 'KT. CHỦ TỊCH'),
    ('c', 'PHÓ CHỦ TỊCH'),
    ('b', ''),
    ('b', ''),
    ('b', ''),
    ('b', 'Vũ Thành Luân'),
    ('b', ''),
    ('b', ''),
    ('c', 'PHỤ LỤC'),
    ('c', 'CHỈ TIÊU TỶ LỆ DỊCH VỤ CÔNG TRỰC TUYẾN MỨC ĐỘ 3, 4 CÓ PHÁT SINH HỒ SƠ, TỶ LỆ HỒ SƠ TRỰC TUYẾN MỨC ĐỘ 3, 4 VÀ TỶ LỆ HỒ SƠ GIẢI QUYẾT ĐÚNG HẠN NĂM 2020'),
    ('b', '(Kèm theo Quyết định số 528/QĐ-UBND ngày 12/3/2020 của Uỷ ban nhân dân tỉnh Nam Định)'),
    ('b', ''),
]


def enc_line(line):
    segs = line if isinstance(line, list) else [line]
    return b'\t'.join(tcvn3_encode(t.lower() if m == 'h' else t, 'caps' if m == 'c' else 'body') for m, t in segs)


def table():
    lines = [[('b', '\t'.join(['STT', 'Tên đơn vị'] + [c for c, _ in COLS] + ['Ghi chú']))]]
    targets, group = [], None
    for r in ROWS:
        if r[0] == 'S':
            group = r[2]
            lines.append(('b', f'{r[1]}\t{r[2]}'))      # merged cell: no trailing tabs
            continue
        stt, printed, units, cells, note = r
        lines.append(('b', '\t'.join([str(stt), printed] + cells + [note])))
        for (hdr, metric), c in zip(COLS, cells):
            v = num(c)
            if v is None:
                continue
            targets.append(T(units, metric, v, hdr, 'table', Y, unit_group=group, note=note or None))
    return lines, targets


def main():
    tlines, ttargets = table()
    lines = HEAD + [PROSE_LINE] + BODY + tlines
    data = b'\r\n'.join(enc_line(l) for l in lines) + b'\r\n'
    write_doc(SEED, data)
    # the body text must come back exactly; headings come back in lower case
    for l in lines:
        for m, t in (l if isinstance(l, list) else [l]):
            back = tcvn3_decode(enc_line((m, t)))
            assert back == t if m == 'b' else back.lower() == t.lower(), (t, back)
    doc = {
        'number': '528/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '528', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Nam Định', 'place': 'Nam Định', 'date': '2020-03-12',
        'subject': 'Về việc giao chỉ tiêu tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 có phát sinh hồ sơ và tỷ lệ hồ sơ trực tuyến mức độ 3, 4 năm 2020',
        'signer': 'Vũ Thành Luân',
        'references': ['61/2018/NĐ-CP', '17/NQ-CP', '274/QĐ-TTg', '112/KH-UBND', '09/TTr-STTTT'],
        'expected_warnings': ['encoding_repaired: the file is TCVN3 (ABC) text, not UTF-8'],
    }
    write_gold(SEED, [{'document': doc, 'targets': PROSE_TARGETS + ttargets}])


if __name__ == '__main__':
    main()
