#!/usr/bin/env python3
"""a4_03: Sóc Trăng dispatch (công văn) 2318/UBND-KT, 15/07/2022, as pasted web
HTML: a layout table for the header, <p> paragraphs, then an appendix <table>
with a two-row header (rowspan / colspan: "Chỉ tiêu giao 6 tháng cuối năm 2022
(%)" over four indicator columns), section rows merged across, one value cell
shared by two rows (rowspan=2), a "không giao" cell and a blank cell under a
header default. The caption dates the dispatch 05/7 instead of 15/7.

Text and gold come from the same lists (PROSE, COLUMNS, ROWS)."""
import os
from common import DOCS, T, write_gold, table_targets

SEED = 'a4_03_soctrang_cv_2022.html'
Y = 2022
ADDR = [None, 'Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố', 'Các cơ quan, đơn vị, địa phương']


def P(unit, metric, value, text, comparator='>=', note=None):
    return T(unit, metric, value, text, 'prose', Y, comparator=comparator, note=note)


HEAD = '''<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Công văn 2318/UBND-KT giao chỉ tiêu số hóa 6 tháng cuối năm 2022</title></head>
<body>
<div class="content1">
<table border="0" cellspacing="0" cellpadding="0" width="100%">
<tr><td width="40%" align="center"><b>ỦY BAN NHÂN DÂN<br>TỈNH SÓC TRĂNG</b><br>-------</td>
<td width="60%" align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------</td></tr>
<tr><td align="center">Số:&nbsp;2318/UBND-KT<br>V/v giao chỉ tiêu số hóa hồ sơ, kết quả giải quyết thủ tục hành chính và khai thác, sử dụng lại dữ liệu số hóa 6 tháng cuối năm 2022</td>
<td align="center"><i>Sóc Trăng, ngày&nbsp;15&nbsp;tháng 7 năm 2022</i></td></tr>
</table>
<p align="center">Kính gửi:</p>
<p>- Các sở, ban, ngành tỉnh;<br>- Ủy ban nhân dân các huyện, thị xã, thành phố.</p>
'''

PROSE = [
    ('Thực hiện Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính; Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ phê duyệt Đề án đổi mới việc thực hiện cơ chế một cửa, một cửa liên thông;', []),
    ('Qua theo dõi trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, 6 tháng đầu năm 2022 tỷ lệ số hóa hồ sơ của toàn tỉnh mới đạt 12,4%, tỷ lệ số hóa kết quả giải quyết TTHC đạt 21,7%; tỷ lệ hồ sơ TTHC được xử lý trực tuyến đạt 68,5%; còn 3,2% hồ sơ giải quyết quá hạn.', []),
    ('Để khắc phục tình trạng trên, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:', []),
    ('<b>1.</b> Giao chỉ tiêu số hóa hồ sơ, kết quả giải quyết TTHC và khai thác, sử dụng lại dữ liệu số hóa 6 tháng cuối năm 2022 cho các sở, ban, ngành tỉnh, Ủy ban nhân dân các huyện, thị xã, thành phố (chi tiết tại Phụ lục đính kèm).', []),
    ('<b>2.</b> Các cơ quan, đơn vị, địa phương bảo đảm tỷ lệ hồ sơ TTHC được xử lý trực tuyến trên Hệ thống thông tin giải quyết TTHC tỉnh đạt tối thiểu 90%; tỷ lệ hồ sơ giải quyết quá hạn dưới 2%.', [
        P(ADDR, 'online_processing_rate', 90, 'tỷ lệ hồ sơ TTHC được xử lý trực tuyến trên Hệ thống thông tin giải quyết TTHC tỉnh'),
        P(ADDR, None, 2, 'tỷ lệ hồ sơ giải quyết quá hạn', comparator='<='),
    ]),
    ('<b>3.</b> Giao Văn phòng UBND tỉnh chỉ đạo Trung tâm Phục vụ hành chính công tỉnh bảo đảm tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 100% đối với hồ sơ tiếp nhận tại Trung tâm; hoàn thành việc gắn mã hồ sơ trước ngày 31/8/2022.', [
        P(['Trung tâm Phục vụ hành chính công tỉnh', 'Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh)',
           'Trung tâm Phục vụ hành chính công tỉnh Sóc Trăng'],
          'electronic_result_rate', 100, 'tỷ lệ cấp kết quả giải quyết TTHC điện tử', note='đối với hồ sơ tiếp nhận tại Trung tâm'),
    ]),
    ('<b>4.</b> Sở Thông tin và Truyền thông hướng dẫn kỹ thuật, bảo đảm thiết bị số hóa tại Bộ phận Một cửa; tổng hợp, báo cáo kết quả thực hiện về UBND tỉnh trước ngày 25 hằng tháng.', []),
    ('Yêu cầu Thủ trưởng các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./.', []),
]

SIGN = '''<table border="0" cellspacing="0" cellpadding="0" width="100%">
<tr><td width="50%" valign="top"><b><i>Nơi nhận:</i></b><br>- Như trên;<br>- CT, các PCT UBND tỉnh;<br>- Lưu: VT, KT.</td>
<td width="50%" align="center"><b>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br><br><br><br>Lâm Hoàng Nghiệp</b></td></tr>
</table>
<p align="center"><b>PHỤ LỤC</b></p>
<p align="center"><b>CHỈ TIÊU SỐ HÓA HỒ SƠ, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH 6 THÁNG CUỐI NĂM 2022</b><br>
<i>(Kèm theo Công văn số 2318/UBND-KT ngày 05/7/2022 của UBND tỉnh Sóc Trăng)</i></p>
'''

COLUMNS = [
    ('Tỷ lệ số hóa hồ sơ', 'dossier_digitization_rate'),
    ('Tỷ lệ số hoá kết quả giải quyết TTHC', 'result_digitization_rate'),
    ('Tỷ lệ cấp kết quả điện tử', 'electronic_result_rate'),
    ('Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa (tối thiểu 50%)', 'digitized_data_reuse_rate'),
]
GA = 'Sở, ban, ngành tỉnh'
GB = 'UBND các huyện, thị xã, thành phố'


def S(stt, name, cells, note=None, extra=()):
    return {'stt': stt, 'units': [name, name + ' tỉnh Sóc Trăng', *extra], 'cells': cells, 'note': note, 'group': GA}


def H(stt, printed, ubnd, cells, note=None):
    return {'stt': stt, 'units': [printed, ubnd], 'cells': cells, 'note': note, 'group': GB}


# '^' in a cell = merged with the cell above (rowspan): printed once, value shared
ROWS = [
    ('sec', 'I', 'SỞ, BAN, NGÀNH TỈNH'),
    S('1', 'Sở Tư pháp', ['60', '80', '70', '60']),
    S('2', 'Sở Tài nguyên và Môi trường', ['50', '70', '50', '50'], note='Lĩnh vực đất đai'),
    S('3', 'Sở Xây dựng', ['60', '80', '70', '55']),
    S('4', 'Sở Y tế', ['50', '80', '60', ''], note='Chưa có dữ liệu số hóa dùng chung'),
    S('5', 'Sở Nông nghiệp và Phát triển nông thôn', ['45', '70', '50', '50']),
    S('6', 'Sở Giáo dục và Đào tạo', ['55', '75', '60', '50']),
    S('7', 'Ban Quản lý các Khu công nghiệp', ['40', '60', 'không giao', '50'],
      note='Cấp kết quả điện tử theo hệ thống của Bộ', extra=('Ban Quản lý các khu công nghiệp tỉnh Sóc Trăng',)),
    ('sec', 'II', 'ỦY BAN NHÂN DÂN CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ'),
    H('1', 'Thành phố Sóc Trăng', 'UBND thành phố Sóc Trăng', ['40', '60', '50', '40']),
    H('2', 'Thị xã Vĩnh Châu', 'UBND thị xã Vĩnh Châu', ['35', '50', '40', '35']),
    H('3', 'Thị xã Ngã Năm', 'UBND thị xã Ngã Năm', ['35', '50', '40', '35']),
    H('4', 'Huyện Kế Sách', 'UBND huyện Kế Sách', ['30', '45', '35', '32,5']),
    H('5', 'Huyện Mỹ Tú', 'UBND huyện Mỹ Tú', ['30', '45', '35', '30']),
    H('6', 'Huyện Trần Đề', 'UBND huyện Trần Đề', ['25', '40', '30', '^']),
    H('7', 'Huyện Cù Lao Dung', 'UBND huyện Cù Lao Dung', ['25', '40', '27,5', '25']),
]


def resolve_merged(rows):
    above = None
    for r in rows:
        if isinstance(r, tuple):
            continue
        r['value_cells'] = [a if c == '^' else c for c, a in zip(r['cells'], above['value_cells'])] if above else r['cells']
        above = r


def main():
    resolve_merged(ROWS)
    out = [HEAD]
    targets = []
    for text, ts in PROSE:
        out.append('<p style="text-align:justify">' + text + '</p>')
        targets.extend(ts)
    out.append(SIGN)
    t = ['<table border="1" cellspacing="0" cellpadding="2" width="100%">',
         '<tr><td rowspan="2" align="center"><b>STT</b></td><td rowspan="2" align="center"><b>Tên cơ quan, đơn vị</b></td>'
         f'<td colspan="{len(COLUMNS)}" align="center"><b>Chỉ tiêu giao 6 tháng cuối năm 2022 (%)</b></td>'
         '<td rowspan="2" align="center"><b>Ghi chú</b></td></tr>',
         '<tr>' + ''.join(f'<td align="center"><b>{h}</b></td>' for h, _ in COLUMNS) + '</tr>']
    rows = [r for r in ROWS]
    for i, r in enumerate(rows):
        if isinstance(r, tuple):
            t.append(f'<tr><td align="center"><b>{r[1]}</b></td><td colspan="{len(COLUMNS) + 2}"><b>{r[2]}</b></td></tr>')
            continue
        cells = [f'<td align="center">{r["stt"]}</td>', f'<td>{r["units"][0]}</td>']
        nxt = rows[i + 1] if i + 1 < len(rows) and not isinstance(rows[i + 1], tuple) else None
        for j, c in enumerate(r['cells']):
            if c == '^':
                continue
            span = ' rowspan="2"' if nxt and nxt['cells'][j] == '^' else ''
            cells.append(f'<td align="center"{span}>{c}</td>')
        cells.append(f'<td>{r["note"] or ""}</td>')
        t.append('<tr>' + ''.join(cells) + '</tr>')
    t.append('</table>')
    out += t + ['</div>', '</body></html>']
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    trows = [dict(r, cells=r['value_cells']) for r in ROWS if not isinstance(r, tuple)]
    targets += table_targets(COLUMNS, trows, Y)
    doc = {
        'number': '2318/UBND-KT', 'symbol': 'UBND-KT', 'serial': '2318', 'type': 'cong_van',
        'issuer': 'Ủy ban nhân dân tỉnh Sóc Trăng', 'place': 'Sóc Trăng', 'date': '2022-07-15',
        'subject': 'Giao chỉ tiêu số hóa hồ sơ, kết quả giải quyết thủ tục hành chính và khai thác, sử dụng lại dữ liệu số hóa 6 tháng cuối năm 2022',
        'signer': 'Lâm Hoàng Nghiệp',
        'references': ['107/2021/NĐ-CP', '61/2018/NĐ-CP', '468/QĐ-TTg'],
        'expected_warnings': ['appendix dates the dispatch 05/7/2022 while the dispatch is dated 15/7/2022'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets}])


if __name__ == '__main__':
    main()
