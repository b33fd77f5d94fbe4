#!/usr/bin/env python3
"""g3_02: Hòa Bình decision (Quyết định 537/QĐ-UBND, 21/3/2025; after the March
2025 merger of departments, before the July 2025 merger of provinces, so huyện
still exist) as a real Word file made with python-docx.

Điều 1 assigns two indicators in prose to enumerated units ("các Sở: Tài chính,
Xây dựng, Y tế …", "UBND các huyện Lương Sơn, Kim Bôi, Lạc Thủy và thành phố
Hòa Bình …", a department whose name holds commas, an exception group). The
appendix table (units × 3 indicators) sits in a landscape section: STT, Tên cơ
quan, đơn vị and Ghi chú are vertically merged over two header rows, "Chỉ tiêu
giao năm 2025 (%)" spans the three indicator columns (gridSpan=3), section rows
I / II span the whole width. One indicator header carries a default
"(tối thiểu 80%)" that must not fill the blank cells under it.

Prose lines and table rows are data below; the docx and the gold are both
written from them.
"""
import os
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.shared import Cm, Pt
from common import DOCS, T, num, write_gold
from docxutil import (new_document, para, cell_text, set_col_widths, no_borders,
                      CENTER, JUSTIFY)

SEED = 'g3_02_hoabinh_qd_2025.docx'
Y = 2025


def H(name):
    """A huyện/thành phố row or enumerated item: accepted spellings."""
    return ['UBND ' + name[0].lower() + name[1:], name]


SO = {  # accepted spellings of provincial bodies
    'Sở Tài chính': ['Sở Tài chính', 'Sở Tài chính tỉnh Hòa Bình'],
    'Sở Xây dựng': ['Sở Xây dựng'],
    'Sở Y tế': ['Sở Y tế'],
    'Sở Công Thương': ['Sở Công Thương'],
    'Sở Khoa học và Công nghệ': ['Sở Khoa học và Công nghệ'],
    'Sở Nội vụ': ['Sở Nội vụ'],
    'Sở Tư pháp': ['Sở Tư pháp'],
    'Sở Nông nghiệp và Môi trường': ['Sở Nông nghiệp và Môi trường'],
    'Sở Giáo dục và Đào tạo': ['Sở Giáo dục và Đào tạo'],
    'Sở Văn hóa, Thể thao và Du lịch': ['Sở Văn hóa, Thể thao và Du lịch', 'Sở Văn hoá, Thể thao và Du lịch'],
    'Ban Quản lý các khu công nghiệp tỉnh': ['Ban Quản lý các khu công nghiệp tỉnh',
                                            'Ban Quản lý các khu công nghiệp tỉnh Hòa Bình',
                                            'Ban Quản lý các khu công nghiệp'],
    'Công an tỉnh': ['Công an tỉnh', 'Công an tỉnh Hòa Bình'],
}
G_SBN = ['Các sở, ban, ngành tỉnh', 'Sở, ban, ngành tỉnh']
G_HUYEN = ['UBND các huyện, thành phố', 'Các huyện, thành phố', 'UBND cấp huyện']
G_XA = ['UBND các xã, phường, thị trấn', 'Các xã, phường, thị trấn', 'UBND cấp xã']
G_XA_KV3 = ['Các xã đặc biệt khó khăn (khu vực III)', 'Các xã đặc biệt khó khăn',
            'Các xã khu vực III', 'UBND các xã đặc biệt khó khăn']

M1 = 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính'
M2 = 'Tỷ lệ hồ sơ giải quyết đúng hạn'


def P(unit, metric, value, text, note=None):
    return T(unit, metric, value, text, 'prose', Y, note=note)


def enum(units, metric, value, text):
    return [P(u, metric, value, text) for u in units]


# Điều 1 prose: (paragraph text, targets). '**' toggles bold in the docx.
DIEU1 = [
    ('**Điều 1.** Giao chỉ tiêu năm 2025 cho các cơ quan, đơn vị, địa phương trên địa bàn tỉnh như sau:', []),
    ('1. ' + M1 + ':', []),
    ('a) Các Sở: Tài chính, Xây dựng, Y tế, Công Thương, Khoa học và Công nghệ đạt tối thiểu 90%;',
     enum([SO[k] for k in ['Sở Tài chính', 'Sở Xây dựng', 'Sở Y tế', 'Sở Công Thương', 'Sở Khoa học và Công nghệ']],
          'online_dossier_rate', 90, M1)),
    ('b) Các Sở: Nội vụ, Tư pháp, Nông nghiệp và Môi trường, Giáo dục và Đào tạo, Văn hóa, Thể thao và Du lịch và Ban Quản lý các khu công nghiệp tỉnh đạt tối thiểu 85%;',
     enum([SO[k] for k in ['Sở Nội vụ', 'Sở Tư pháp', 'Sở Nông nghiệp và Môi trường', 'Sở Giáo dục và Đào tạo',
                           'Sở Văn hóa, Thể thao và Du lịch', 'Ban Quản lý các khu công nghiệp tỉnh']],
          'online_dossier_rate', 85, M1)),
    ('c) Công an tỉnh đạt tối thiểu 95% đối với các thủ tục hành chính thuộc thẩm quyền giải quyết của Công an tỉnh;',
     [P(SO['Công an tỉnh'], 'online_dossier_rate', 95, M1,
        note='đối với các thủ tục hành chính thuộc thẩm quyền giải quyết của Công an tỉnh')]),
    ('d) Ủy ban nhân dân các huyện Lương Sơn, Kim Bôi, Lạc Thủy và thành phố Hòa Bình đạt tối thiểu 80%;',
     enum([H('Huyện Lương Sơn'), H('Huyện Kim Bôi'), H('Huyện Lạc Thủy'), H('Thành phố Hòa Bình')],
          'online_dossier_rate', 80, M1)),
    ('đ) Ủy ban nhân dân các huyện: Cao Phong, Tân Lạc, Yên Thủy, Lạc Sơn đạt tối thiểu 70%;',
     enum([H('Huyện Cao Phong'), H('Huyện Tân Lạc'), H('Huyện Yên Thủy'), H('Huyện Lạc Sơn')],
          'online_dossier_rate', 70, M1)),
    ('e) Ủy ban nhân dân các huyện Đà Bắc, Mai Châu đạt tối thiểu 60%;',
     enum([H('Huyện Đà Bắc'), H('Huyện Mai Châu')], 'online_dossier_rate', 60, M1)),
    ('g) Ủy ban nhân dân các xã, phường, thị trấn đạt tối thiểu 55%; riêng các xã đặc biệt khó khăn (khu vực III) đạt tối thiểu 40%.',
     [P(G_XA, 'online_dossier_rate', 55, M1, note='riêng các xã đặc biệt khó khăn (khu vực III) tối thiểu 40%'),
      P(G_XA_KV3, 'online_dossier_rate', 40, M1)]),
    ('2. ' + M2 + ': các sở, ban, ngành tỉnh đạt tối thiểu 98%; Ủy ban nhân dân các huyện, thành phố đạt tối thiểu 97%; Ủy ban nhân dân các xã, phường, thị trấn đạt tối thiểu 96%.',
     [P(G_SBN, 'on_time_resolution_rate', 98, M2),
      P(G_HUYEN, 'on_time_resolution_rate', 97, M2),
      P(G_XA, 'on_time_resolution_rate', 96, M2)]),
    ('3. Tỷ lệ số hóa hồ sơ, tỷ lệ thanh toán trực tuyến và tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử của từng cơ quan, đơn vị: chi tiết tại Phụ lục kèm theo Quyết định này.', []),
]

DIEU2_3 = [
    '**Điều 2.** Tổ chức thực hiện',
    '1. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thành phố chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả thực hiện chỉ tiêu được giao; chỉ tiêu là một trong các tiêu chí đánh giá, xếp loại thi đua năm 2025.',
    '2. Các huyện có tỷ lệ hồ sơ trực tuyến năm 2024 thấp (huyện Đà Bắc đạt 38,6%, huyện Mai Châu đạt 41,2%; bình quân toàn tỉnh đạt 54,2%) xây dựng kế hoạch khắc phục, gửi Sở Khoa học và Công nghệ trước ngày 15/4/2025.',
    '3. Ủy ban nhân dân các huyện, thành phố căn cứ chỉ tiêu tại Điều 1 giao chỉ tiêu cụ thể cho từng xã, phường, thị trấn.',
    '4. Sở Khoa học và Công nghệ chủ trì theo dõi, đôn đốc, hằng tháng tổng hợp kết quả thực hiện, báo cáo Chủ tịch Ủy ban nhân dân tỉnh; Văn phòng Ủy ban nhân dân tỉnh chỉ đạo Trung tâm Phục vụ hành chính công tỉnh phối hợp thực hiện.',
    '**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký.',
    'Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thành phố; Chủ tịch Ủy ban nhân dân các xã, phường, thị trấn và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.',
]

# Appendix table: indicator columns (header text, metric)
COLS = [
    ('Tỷ lệ số hóa hồ sơ TTHC', 'dossier_digitization_rate'),
    ('Tỷ lệ thanh toán trực tuyến', 'online_payment_rate'),
    ('Tỷ lệ cấp kết quả giải quyết TTHC điện tử (tối thiểu 80%)', 'electronic_result_rate'),
]
SEC_I = 'Sở, ban, ngành tỉnh'
SEC_II = 'Ủy ban nhân dân các huyện, thành phố'
# ('S', code, title, gold unit_group) or (stt, name as printed, spellings, [3 cells], ghi chú)
ROWS = [
    ('S', 'I', 'SỞ, BAN, NGÀNH TỈNH', SEC_I),
    (1, 'Sở Tài chính', SO['Sở Tài chính'], ['90', '70', '100'], ''),
    (2, 'Sở Xây dựng', SO['Sở Xây dựng'], ['90', '65', '100'], ''),
    (3, 'Sở Y tế', SO['Sở Y tế'], ['85', '60', ''], ''),
    (4, 'Sở Công Thương', SO['Sở Công Thương'], ['90', '70', '100'], ''),
    (5, 'Sở Khoa học và Công nghệ', SO['Sở Khoa học và Công nghệ'], ['95', '60', '100'], ''),
    (6, 'Sở Nội vụ', SO['Sở Nội vụ'], ['85', '', '90'], 'Không phát sinh TTHC có thu phí, lệ phí'),
    (7, 'Sở Tư pháp', SO['Sở Tư pháp'], ['90', '75', '100'], ''),
    (8, 'Sở Nông nghiệp và Môi trường', SO['Sở Nông nghiệp và Môi trường'], ['80', '60', '85'], ''),
    (9, 'Sở Giáo dục và Đào tạo', SO['Sở Giáo dục và Đào tạo'], ['85', '50', '100'], ''),
    (10, 'Sở Văn hóa, Thể thao và Du lịch', SO['Sở Văn hóa, Thể thao và Du lịch'], ['85', '55', '95'], ''),
    (11, 'Ban Quản lý các khu công nghiệp tỉnh', SO['Ban Quản lý các khu công nghiệp tỉnh'], ['90', '70', '100'], ''),
    (12, 'Công an tỉnh', SO['Công an tỉnh'], ['80', '—', '—'], 'Thanh toán, cấp kết quả điện tử thực hiện theo chỉ tiêu Bộ Công an giao'),
    ('S', 'II', 'ỦY BAN NHÂN DÂN CÁC HUYỆN, THÀNH PHỐ', SEC_II),
    (1, 'Thành phố Hòa Bình', H('Thành phố Hòa Bình'), ['85', '55', '95'], ''),
    (2, 'Huyện Lương Sơn', H('Huyện Lương Sơn'), ['80', '50', '90'], ''),
    (3, 'Huyện Kim Bôi', H('Huyện Kim Bôi'), ['75', '45', '90'], ''),
    (4, 'Huyện Lạc Thủy', H('Huyện Lạc Thủy'), ['75', '45', '90'], ''),
    (5, 'Huyện Cao Phong', H('Huyện Cao Phong'), ['70', '40', '85'], ''),
    (6, 'Huyện Tân Lạc', H('Huyện Tân Lạc'), ['70', '40', '85'], ''),
    (7, 'Huyện Yên Thủy', H('Huyện Yên Thủy'), ['70', '42,5', '85'], ''),
    (8, 'Huyện Lạc Sơn', H('Huyện Lạc Sơn'), ['65', '35', '80'], ''),
    (9, 'Huyện Đà Bắc', H('Huyện Đà Bắc'), ['60', '30', ''], 'Huyện vùng cao, hạ tầng ký số còn hạn chế'),
    (10, 'Huyện Mai Châu', H('Huyện Mai Châu'), ['60', '32,5', '80'], ''),
]


def table_targets():
    ts, group = [], None
    for r in ROWS:
        if r[0] == 'S':
            group = r[3]
            continue
        stt, name, units, cells, note = r
        for (hdr, metric), c in zip(COLS, cells):
            v = num(c)
            if v is None:
                continue
            ts.append(T(units, metric, v, hdr, 'table', Y, unit_group=group, note=note or None))
    return ts


def build_docx(path):
    d = new_document()
    h = d.add_table(rows=1, cols=2)
    no_borders(h)
    cell_text(h.cell(0, 0), 'ỦY BAN NHÂN DÂN\n**TỈNH HÒA BÌNH**\n\nSố: 537/QĐ-UBND', align=CENTER, size=13)
    cell_text(h.cell(0, 1), '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc**\n\n', align=CENTER, size=13)
    p = h.cell(0, 1).add_paragraph()
    p.alignment = CENTER
    r = p.add_run('Hòa Bình, ngày 21 tháng 3 năm 2025')
    r.italic = True
    set_col_widths(h, [6, 10])

    para(d, '')
    para(d, 'QUYẾT ĐỊNH', bold=True, align=CENTER)
    para(d, 'Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, giải quyết hồ sơ đúng hạn, số hóa hồ sơ,\nthanh toán trực tuyến và cấp kết quả điện tử năm 2025 cho các cơ quan,\nđơn vị, địa phương trên địa bàn tỉnh Hòa Bình',
         bold=True, align=CENTER)
    para(d, '______________', align=CENTER)
    para(d, 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH', bold=True, align=CENTER)
    for t in [
        'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;',
        'Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính; Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP;',
        'Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;',
        'Căn cứ Kế hoạch số 36/KH-UBND ngày 14 tháng 02 năm 2025 của Ủy ban nhân dân tỉnh về chuyển đổi số tỉnh Hòa Bình năm 2025;',
        'Xét đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 45/TTr-SKHCN ngày 12 tháng 3 năm 2025.',
    ]:
        para(d, t, italic=True, align=JUSTIFY)
    para(d, 'QUYẾT ĐỊNH:', bold=True, align=CENTER)
    for text, _ in DIEU1:
        para(d, text, align=JUSTIFY)
    for text in DIEU2_3:
        para(d, text, align=JUSTIFY)

    s = d.add_table(rows=1, cols=2)
    no_borders(s)
    cell_text(s.cell(0, 0), 'Nơi nhận:', bold=True, italic=True, size=12)
    c = s.cell(0, 0)
    for line in ['- Như Điều 3;', '- Văn phòng Chính phủ (Cục KSTTHC);', '- Bộ Khoa học và Công nghệ;',
                 '- TT. Tỉnh ủy, TT. HĐND tỉnh;', '- Chủ tịch, các PCT UBND tỉnh;',
                 '- Chánh, PCVP UBND tỉnh;', '- Lưu: VT, KSTT (Tg.30b).']:
        pp = c.add_paragraph()
        rr = pp.add_run(line)
        rr.font.size = Pt(11)
    cell_text(s.cell(0, 1), '**KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH**\n\n\n\n**Bạch Công Tiến**', align=CENTER)
    set_col_widths(s, [8, 8])

    # appendix in a landscape section
    sec = d.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin, sec.right_margin = Cm(2), Cm(2)
    para(d, 'Phụ lục', bold=True, align=CENTER)
    para(d, 'CHỈ TIÊU SỐ HÓA HỒ SƠ, THANH TOÁN TRỰC TUYẾN VÀ CẤP KẾT QUẢ\nGIẢI QUYẾT THỦ TỤC HÀNH CHÍNH ĐIỆN TỬ NĂM 2025', bold=True, align=CENTER)
    para(d, '(Kèm theo Quyết định số 537/QĐ-UBND ngày 21 tháng 3 năm 2025\ncủa Chủ tịch Ủy ban nhân dân tỉnh Hòa Bình)', italic=True, align=CENTER)
    para(d, '')

    ncols = 6
    t = d.add_table(rows=2, cols=ncols)
    t.style = 'Table Grid'
    for i, txt in [(0, 'STT'), (1, 'Tên cơ quan, đơn vị'), (5, 'Ghi chú')]:
        cell_text(t.cell(0, i), txt, bold=True, align=CENTER, size=12)
    m = t.cell(0, 2).merge(t.cell(0, 4))
    cell_text(m, 'Chỉ tiêu giao năm 2025 (%)', bold=True, align=CENTER, size=12)
    for i, (hdr, _) in zip(range(2, 5), COLS):
        cell_text(t.cell(1, i), hdr, bold=True, align=CENTER, size=12)
    for i in (0, 1, 5):
        t.cell(0, i).merge(t.cell(1, i))
    for r in ROWS:
        row = t.add_row()
        if r[0] == 'S':
            cell_text(row.cells[0], r[1], bold=True, align=CENTER, size=12)
            mm = row.cells[1].merge(row.cells[ncols - 1])
            cell_text(mm, r[2], bold=True, size=12)
            continue
        stt, name, _, cells, note = r
        vals = [str(stt), name] + cells + [note]
        for i, v in enumerate(vals):
            cell_text(row.cells[i], v, align=None if i in (1, 5) else CENTER, size=12)
    set_col_widths(t, [1.2, 7.5, 4.0, 4.0, 4.8, 4.2])
    d.core_properties.title = 'Quyết định 537/QĐ-UBND'
    d.core_properties.author = 'Van phong UBND tinh Hoa Binh'
    d.save(path)


def main():
    build_docx(os.path.join(DOCS, SEED))
    prose = [t for _, ts in DIEU1 for t in ts]
    doc = {
        'number': '537/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '537', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Hòa Bình', 'place': 'Hòa Bình', 'date': '2025-03-21',
        'subject': 'Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, giải quyết hồ sơ đúng hạn, số hóa hồ sơ, thanh toán trực tuyến và cấp kết quả điện tử năm 2025 cho các cơ quan, đơn vị, địa phương trên địa bàn tỉnh Hòa Bình',
        'signer': 'Bạch Công Tiến',
        'references': ['61/2018/NĐ-CP', '107/2021/NĐ-CP', '766/QĐ-TTg', '36/KH-UBND', '45/TTr-SKHCN'],
    }
    write_gold(SEED, [{'document': doc, 'targets': prose + table_targets()}])


if __name__ == '__main__':
    main()
