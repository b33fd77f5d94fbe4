#!/usr/bin/env python3
"""o3_05: Đắk Nông decision (Quyết định 268/QĐ-UBND, 26/02/2024) as a Word
file made with python-docx.

The appendix table (portrait page, Table Grid):
- STT, "Tên cơ quan, đơn vị", "Kết quả năm 2023 …" (past, NOT a target) and
  "Ghi chú" are vertically merged (vMerge) over two header rows;
  "Chỉ tiêu giao năm 2024 (%)" is merged over the three indicator headers
  (gridSpan=3);
- section rows A / B merged across the rest of the row;
- rows continued in the next table row, as a page-break split leaves them:
  "Sở Lao động - Thương binh" + a row holding only "và Xã hội";
  "Sở Văn hóa, Thể thao" + "và Du lịch"; a Ghi chú split "Không phát sinh
  TTHC" + "có thu phí, lệ phí" (the row's payment cell is blank); a Ghi chú
  split "Huyện có nhiều xã đặc biệt" + "khó khăn". Continuation rows have an
  empty STT and empty value cells and must be merged into the row above.
Điều 1 also holds one prose target for UBND các xã, phường, thị trấn.
"""
import os
from docx.shared import Pt
from common import DOCS, T, num, write_gold
from docxutil import new_document, para, cell_text, set_col_widths, no_borders, CENTER, JUSTIFY

SEED = 'o3_05_daknong_qd_2024.docx'
Y = 2024


def S(name):
    return [name, name + ' tỉnh Đắk Nông']


def H(name):
    return ['UBND ' + name[0].lower() + name[1:], name]


COLS = [
    ('Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC', 'online_dossier_rate'),
    ('Tỷ lệ thanh toán trực tuyến', 'online_payment_rate'),
    ('Tỷ lệ số hóa hồ sơ TTHC', 'dossier_digitization_rate'),
]
PAST_HDR = 'Kết quả năm 2023: tỷ lệ hồ sơ trực tuyến (%)'
GA = 'Các sở, ban, ngành tỉnh'
GB = 'UBND các huyện, thành phố'
LDTBXH = ['Sở Lao động - Thương binh và Xã hội', 'Sở Lao động, Thương binh và Xã hội',
          'Sở Lao động - Thương binh và Xã hội tỉnh Đắk Nông']
VHTTDL = ['Sở Văn hóa, Thể thao và Du lịch', 'Sở Văn hoá, Thể thao và Du lịch',
          'Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Nông']

# ('S', code, title, group) | ('C', name fragment, ghi chú fragment) continuation row
# | (stt, name, spellings, past, [3 cells], ghi chú)
ROWS = [
    ('S', 'A', 'CÁC SỞ, BAN, NGÀNH TỈNH', GA),
    (1, 'Sở Kế hoạch và Đầu tư', S('Sở Kế hoạch và Đầu tư'), '55,4', ['70', '60', '80'], ''),
    (2, 'Sở Tài chính', S('Sở Tài chính'), '41,2', ['60', '55', '80'], ''),
    (3, 'Sở Lao động - Thương binh', LDTBXH, '38,7', ['55', '45', '80'], ''),
    ('C', 'và Xã hội', ''),
    (4, 'Sở Tài nguyên và Môi trường', S('Sở Tài nguyên và Môi trường'), '14,6', ['35', '40', '70'],
     'Lĩnh vực đất đai thực hiện theo lộ trình của Bộ'),
    (5, 'Sở Giao thông vận tải', S('Sở Giao thông vận tải'), '58,9', ['70', '65', '85'], ''),
    (6, 'Sở Văn hóa, Thể thao', VHTTDL, '33,1', ['50', '40', '80'], ''),
    ('C', 'và Du lịch', ''),
    (7, 'Sở Nội vụ', S('Sở Nội vụ'), '27,5', ['45', '', '75'], 'Không phát sinh TTHC'),
    ('C', '', 'có thu phí, lệ phí'),
    (8, 'Sở Thông tin và Truyền thông', S('Sở Thông tin và Truyền thông'), '71,6', ['85', '70', '90'], ''),
    (9, 'Ban Quản lý các Khu công nghiệp tỉnh',
     ['Ban Quản lý các Khu công nghiệp tỉnh', 'Ban Quản lý các Khu công nghiệp',
      'Ban Quản lý các Khu công nghiệp tỉnh Đắk Nông'], '60,0', ['75', '65', '85'], ''),
    ('S', 'B', 'UBND CÁC HUYỆN, THÀNH PHỐ', GB),
    (1, 'Thành phố Gia Nghĩa', H('Thành phố Gia Nghĩa'), '45,3', ['60', '50', '80'], ''),
    (2, 'Huyện Cư Jút', H('Huyện Cư Jút'), '30,5', ['45', '42', '75'], ''),
    (3, 'Huyện Đắk Mil', H('Huyện Đắk Mil'), '32,8', ['45', '40', '75'], ''),
    (4, 'Huyện Krông Nô', H('Huyện Krông Nô'), '25,1', ['40', '35', '70'], ''),
    (5, 'Huyện Đắk Song', H('Huyện Đắk Song'), '28,4', ['40', '35', '72,5'], ''),
    (6, "Huyện Đắk R'Lấp", H("Huyện Đắk R'Lấp") + ['Huyện Đắk R’Lấp', 'UBND huyện Đắk R’Lấp'],
     '29,9', ['45', '40', '75'], ''),
    (7, 'Huyện Đắk Glong', H('Huyện Đắk Glong'), '18,7', ['35', '30', '65'], 'Huyện có nhiều xã đặc biệt'),
    ('C', '', 'khó khăn'),
    (8, 'Huyện Tuy Đức', H('Huyện Tuy Đức'), '16,2', ['35', '30', '65'], ''),
]

XA = ['UBND các xã, phường, thị trấn', 'Các xã, phường, thị trấn', 'UBND cấp xã']
DIEU1 = [
    ('**Điều 1.** Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, tỷ lệ thanh toán trực tuyến và tỷ lệ số hóa hồ sơ thủ tục hành chính năm 2024 cho các sở, ban, ngành tỉnh và Ủy ban nhân dân các huyện, thành phố (chi tiết tại Phụ lục kèm theo).', []),
    ('Ủy ban nhân dân các xã, phường, thị trấn phấn đấu đạt tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính tối thiểu 30%.',
     [T(XA, 'online_dossier_rate', 30, 'tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính', 'prose', Y)]),
]
DIEU2_3 = [
    '**Điều 2.** Tổ chức thực hiện',
    '1. Năm 2023, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 36,9%, tỷ lệ thanh toán trực tuyến đạt 24,3%, tỷ lệ số hóa hồ sơ đạt 47,8%. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thành phố chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả thực hiện chỉ tiêu được giao.',
    '2. Ủy ban nhân dân các huyện, thành phố giao chỉ tiêu cho từng xã, phường, thị trấn trước ngày 15/3/2024.',
    '3. Sở Thông tin và Truyền thông theo dõi, hướng dẫn, tổng hợp kết quả; báo cáo Ủy ban nhân dân tỉnh định kỳ hằng quý.',
    '**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký.',
    'Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thành phố và các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.',
]


def table_targets():
    ts, group = [], None
    rows = [r for r in ROWS]
    for i, r in enumerate(rows):
        if r[0] == 'S':
            group = r[3]
            continue
        if r[0] == 'C':
            continue
        stt, name, units, past, cells, note = r
        # merge a following continuation row's Ghi chú fragment
        if i + 1 < len(rows) and rows[i + 1][0] == 'C' and rows[i + 1][2]:
            note = (note + ' ' + rows[i + 1][2]).strip()
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
    cell_text(h.cell(0, 0), 'ỦY BAN NHÂN DÂN\n**TỈNH ĐẮK NÔNG**\n\nSố: 268/QĐ-UBND', align=CENTER, size=13)
    cell_text(h.cell(0, 1), '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc**\n\n', align=CENTER, size=13)
    p = h.cell(0, 1).add_paragraph()
    p.alignment = CENTER
    r = p.add_run('Đắk Nông, ngày 26 tháng 02 năm 2024')
    r.italic = True
    set_col_widths(h, [6, 10])

    para(d, '')
    para(d, 'QUYẾT ĐỊNH', bold=True, align=CENTER)
    para(d, 'Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến\nvà số hóa hồ sơ thủ tục hành chính năm 2024',
         bold=True, align=CENTER)
    para(d, '______________', align=CENTER)
    para(d, 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG', bold=True, align=CENTER)
    for t in [
        'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
        'Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;',
        'Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ;',
        'Xét đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 19/TTr-STTTT ngày 16 tháng 02 năm 2024.',
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
    for line in ['- Như Điều 3;', '- Văn phòng Chính phủ (Cục KSTTHC);', '- TT. Tỉnh ủy, TT. HĐND tỉnh;',
                 '- CT, các PCT UBND tỉnh;', '- Lưu: VT, NCKSTT.']:
        pp = c.add_paragraph()
        rr = pp.add_run(line)
        rr.font.size = Pt(11)
    cell_text(s.cell(0, 1), '**KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH**\n\n\n\n**Võ Đình Tâm**', align=CENTER)
    set_col_widths(s, [8, 8])

    d.add_page_break()
    para(d, 'Phụ lục', bold=True, align=CENTER)
    para(d, 'CHỈ TIÊU GIAO NĂM 2024', bold=True, align=CENTER)
    para(d, '(Kèm theo Quyết định số 268/QĐ-UBND ngày 26/02/2024 của Chủ tịch Ủy ban nhân dân tỉnh Đắk Nông)',
         italic=True, align=CENTER)

    ncols = 7
    t = d.add_table(rows=2, cols=ncols)
    t.style = 'Table Grid'
    for i, txt in [(0, 'STT'), (1, 'Tên cơ quan, đơn vị'), (2, PAST_HDR), (6, 'Ghi chú')]:
        cell_text(t.cell(0, i), txt, bold=True, align=CENTER, size=11)
    m = t.cell(0, 3).merge(t.cell(0, 5))
    cell_text(m, 'Chỉ tiêu giao năm 2024 (%)', bold=True, align=CENTER, size=11)
    for i, (hdr, _) in zip(range(3, 6), COLS):
        cell_text(t.cell(1, i), hdr, bold=True, align=CENTER, size=11)
    for i in (0, 1, 2, 6):
        t.cell(0, i).merge(t.cell(1, i))
    for r in ROWS:
        row = t.add_row()
        if r[0] == 'S':
            cell_text(row.cells[0], r[1], bold=True, align=CENTER, size=11)
            mm = row.cells[1].merge(row.cells[ncols - 1])
            cell_text(mm, r[2], bold=True, size=11)
            continue
        if r[0] == 'C':
            vals = ['', r[1], '', '', '', '', r[2]]
        else:
            stt, name, _, past, cells, note = r
            vals = [str(stt), name, past] + cells + [note]
        for i, v in enumerate(vals):
            cell_text(row.cells[i], v, align=None if i in (1, 6) else CENTER, size=11)
    set_col_widths(t, [1.0, 4.2, 2.2, 2.4, 2.0, 2.0, 2.2])
    d.core_properties.title = 'Quyết định 268/QĐ-UBND'
    d.core_properties.author = 'VP UBND tinh Dak Nong'
    d.save(path)


def main():
    os.makedirs(DOCS, exist_ok=True)
    build_docx(os.path.join(DOCS, SEED))
    doc = {
        'number': '268/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '268', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Đắk Nông', 'place': 'Đắk Nông', 'date': '2024-02-26',
        'subject': 'Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến và số hóa hồ sơ thủ tục hành chính năm 2024',
        'signer': 'Võ Đình Tâm',
        'references': ['107/2021/NĐ-CP', '61/2018/NĐ-CP', '766/QĐ-TTg', '19/TTr-STTTT'],
    }
    prose = [t for _, ts in DIEU1 for t in ts]
    write_gold(SEED, [{'document': doc, 'targets': prose + table_targets()}])


if __name__ == '__main__':
    main()
