#!/usr/bin/env python3
"""a4_05: Lâm Đồng plan 15/KH-UBND, 09/01/2026 (the merged province: sở after
the 2025 reorganisation, UBND xã / phường / đặc khu, no huyện), as a Word-to-
markdown conversion (pandoc style: **bold**, escaped \\*, a pipe table, a
footnote marker "(\\*)" in a unit cell). Prose section II lists province-wide
2026 levels for most of the rarer indicators plus two lookalikes; the appendix
is a units × indicators table whose headers pair lookalikes: "hồ sơ trực
tuyến" (dossiers) against "DVCTT phát sinh hồ sơ" (services).

Text and gold come from the same lists (PROSE, COLUMNS, ROWS)."""
import os
from common import DOCS, T, write_gold, table_targets

SEED = 'a4_05_lamdong_kh_2026.md'
Y = 2026
PROV = [None, 'Toàn tỉnh', 'Tỉnh Lâm Đồng']


def P(unit, metric, value, text, comparator='>=', note=None):
    return T(unit, metric, value, text, 'prose', Y, comparator=comparator, note=note)


HEADER = '''**ỦY BAN NHÂN DÂN**

**TỈNH LÂM ĐỒNG**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**

**Độc lập - Tự do - Hạnh phúc**

Số: 15/KH-UBND

*Lâm Đồng, ngày 09 tháng 01 năm 2026*

**KẾ HOẠCH**

**Nâng cao hiệu quả cung cấp, sử dụng dịch vụ công trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính trên địa bàn tỉnh Lâm Đồng năm 2026**

Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;

Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp;

Căn cứ Kế hoạch số 240/KH-UBND ngày 25/12/2025 của UBND tỉnh về chuyển đổi số tỉnh Lâm Đồng năm 2026;

Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 09/TTr-SKHCN ngày 05/01/2026, UBND tỉnh ban hành Kế hoạch như sau:
'''

PROSE = [
    ('**I. KẾT QUẢ NĂM 2025**', []),
    ('Năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 46,8%; tỷ lệ DVCTT có phát sinh hồ sơ đạt 77,1%; tỷ lệ hồ sơ giải quyết đúng hạn đạt 96,9%; mức độ hài lòng đạt 91,2%; sau sắp xếp đơn vị hành chính, có 1,6% hồ sơ giải quyết quá hạn.', []),
    ('**II. CHỈ TIÊU NĂM 2026**', []),
    ('Phấn đấu trong năm 2026, trên địa bàn toàn tỉnh:', []),
    ('\\- 100% TTHC đủ điều kiện theo quy định được cung cấp dưới hình thức DVCTT toàn trình; tỷ lệ dịch vụ công trực tuyến toàn trình được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia đạt 100%.', [
        P(PROV, 'full_online_service_rate', 100, 'TTHC đủ điều kiện theo quy định được cung cấp dưới hình thức DVCTT toàn trình'),
        P(PROV, 'national_portal_integration_rate', 100, 'tỷ lệ dịch vụ công trực tuyến toàn trình được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia'),
    ]),
    ('\\- Tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 60%; tỷ lệ TTHC cung cấp trực tuyến mức độ toàn trình và một phần có phát sinh hồ sơ đạt tối thiểu 90%.', [
        P(PROV, 'full_online_dossier_rate', 60, 'Tỷ lệ hồ sơ trực tuyến toàn trình'),
        P(PROV, 'online_service_uptake_rate', 90, 'tỷ lệ TTHC cung cấp trực tuyến mức độ toàn trình và một phần có phát sinh hồ sơ'),
    ]),
    ('\\- Tỷ lệ số hóa hồ sơ, kết quả giải quyết và cấp kết quả giải quyết thủ tục hành chính điện tử đạt 100%; tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 100%.', [
        P(PROV, 'dossier_result_digitization_rate', 100, 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết và cấp kết quả giải quyết thủ tục hành chính điện tử'),
        P(PROV, 'electronic_result_rate', 100, 'tỷ lệ cấp kết quả giải quyết TTHC điện tử'),
    ]),
    ('\\- Tỷ lệ hồ sơ TTHC giải quyết đúng hạn đạt tối thiểu 98%; tỷ lệ hồ sơ giải quyết quá hạn không quá 1%.', [
        P(PROV, 'on_time_resolution_rate', 98, 'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn'),
        P(PROV, None, 1, 'tỷ lệ hồ sơ giải quyết quá hạn', comparator='<='),
    ]),
    ('\\- Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC đạt từ 95% trở lên.', [
        P(PROV, 'satisfaction_rate', 95, 'Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC'),
    ]),
    ('\\- 100% văn bản đi của cơ quan hành chính các cấp (trừ văn bản mật) được ký số.', [
        P(PROV, None, 100, 'văn bản đi của cơ quan hành chính các cấp (trừ văn bản mật) được ký số'),
    ]),
    ('Chỉ tiêu giao cho từng cơ quan, đơn vị, địa phương tại Phụ lục kèm theo.', []),
    ('**III. TỔ CHỨC THỰC HIỆN**', []),
    ('1\\. Sở Khoa học và Công nghệ chủ trì theo dõi, đôn đốc; hằng quý (trước ngày 20 của tháng cuối quý) tổng hợp, báo cáo UBND tỉnh.', []),
    ('2\\. Văn phòng UBND tỉnh chỉ đạo Trung tâm Phục vụ hành chính công tỉnh đánh giá mức độ hài lòng theo Bộ chỉ số tại Quyết định số 766/QĐ-TTg.', []),
    ('3\\. Các sở, ban, ngành; UBND các xã, phường, đặc khu tổ chức thực hiện các chỉ tiêu được giao./.', []),
]

FOOTER = '''
**Nơi nhận:**\\
\\- Bộ Khoa học và Công nghệ;\\
\\- Văn phòng Chính phủ (Cục KSTTHC);\\
\\- TT Tỉnh ủy, TT HĐND tỉnh;\\
\\- Các sở, ban, ngành;\\
\\- UBND các xã, phường, đặc khu;\\
\\- Lưu: VT, KGVX.

**TM. ỦY BAN NHÂN DÂN**\\
**KT. CHỦ TỊCH**\\
**PHÓ CHỦ TỊCH**

**Trịnh Quang Khải**

**PHỤ LỤC**

**CHỈ TIÊU CUNG CẤP, SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN NĂM 2026**

*(Kèm theo Kế hoạch số 15/KH-UBND ngày 09/01/2026 của UBND tỉnh Lâm Đồng)*

'''

COLUMNS = [
    ('Tỷ lệ hồ sơ trực tuyến (%)', 'online_dossier_rate'),
    ('Tỷ lệ hồ sơ thanh toán trực tuyến (%)', 'online_payment_rate'),
    ('Tỷ lệ cấp kết quả giải quyết TTHC điện tử (%)', 'electronic_result_rate'),
    ('Tỷ lệ DVCTT phát sinh hồ sơ (%)', 'online_service_uptake_rate'),
]
GA = 'Các sở, ban, ngành'
GB = 'UBND các xã, phường, đặc khu'


def S(stt, name, cells, note=None):
    return {'stt': stt, 'units': [name, name + ' tỉnh Lâm Đồng'], 'printed': name, 'cells': cells, 'note': note, 'group': GA}


def L(stt, printed, kind_name, cells, note=None, units=None):
    return {'stt': stt, 'units': units or [kind_name, 'UBND ' + kind_name[0].lower() + kind_name[1:]], 'printed': printed,
            'cells': cells, 'note': note, 'group': GB}


ROWS = [
    ('sec', '**I**', '**CÁC SỞ, BAN, NGÀNH**'),
    S('1', 'Sở Tài chính', ['90', '85', '100', '95']),
    S('2', 'Sở Xây dựng', ['90', '80', '100', '95']),
    S('3', 'Sở Nông nghiệp và Môi trường', ['85', '75', '100', '90'], note='Lĩnh vực đất đai thực hiện theo Phụ lục riêng'),
    S('4', 'Sở Khoa học và Công nghệ', ['95', '85', '100', '95']),
    S('5', 'Sở Y tế', ['85', '70', '100', '90']),
    S('6', 'Sở Nội vụ', ['85', '70', '100', '90']),
    S('7', 'Sở Văn hóa, Thể thao và Du lịch', ['85', '75', '100', '90']),
    S('8', 'Sở Dân tộc và Tôn giáo', ['80', '', '100', '85'], note='Không có TTHC thu phí, lệ phí'),
    ('sec', '**II**', '**UBND CÁC XÃ, PHƯỜNG, ĐẶC KHU**'),
    L('1', 'Phường Xuân Hương - Đà Lạt', 'Phường Xuân Hương - Đà Lạt', ['70', '60', '95', '85']),
    L('2', 'Phường Lâm Viên - Đà Lạt', 'Phường Lâm Viên - Đà Lạt', ['70', '60', '95', '85']),
    L('3', 'Phường Bắc Gia Nghĩa', 'Phường Bắc Gia Nghĩa', ['65', '55', '95', '80']),
    L('4', 'Phường Phan Thiết', 'Phường Phan Thiết', ['70', '60', '95', '85']),
    L('5', 'Xã Đức Trọng', 'Xã Đức Trọng', ['60', '50', '90', '80']),
    L('6', 'Xã Lạc Dương', 'Xã Lạc Dương', ['55', '45', '90', '75']),
    L('7', 'Đặc khu Phú Quý (\\*)', 'Đặc khu Phú Quý', ['50', '40', '90', '72,5'],
      note='Chỉ tiêu thanh toán trực tuyến áp dụng từ quý II/2026'),
]


def main():
    lines = [HEADER.rstrip('\n'), '']
    targets = []
    for text, ts in PROSE:
        lines += [text, '']
        targets.extend(ts)
    out = '\n'.join(lines) + FOOTER
    tab = ['| STT | Tên cơ quan, đơn vị | ' + ' | '.join(h for h, _ in COLUMNS) + ' | Ghi chú |',
           '|:---:|---|' + '---:|' * len(COLUMNS) + '---|']
    for r in ROWS:
        if isinstance(r, tuple):
            tab.append(f'| {r[1]} | {r[2]} |' + ' |' * (len(COLUMNS) + 1))
            continue
        note = '' if r['printed'].endswith('(\\*)') else (r['note'] or '')
        tab.append('| ' + ' | '.join([r['stt'], r['printed'], *r['cells'], note]) + ' |')
    out += '\n'.join(tab) + '\n\n*(\\*) Đặc khu Phú Quý: Chỉ tiêu thanh toán trực tuyến áp dụng từ quý II/2026.*\n'
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(out)
    targets += table_targets(COLUMNS, [r for r in ROWS if not isinstance(r, tuple)], Y)
    doc = {
        'number': '15/KH-UBND', 'symbol': 'KH-UBND', 'serial': '15', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân tỉnh Lâm Đồng', 'place': 'Lâm Đồng', 'date': '2026-01-09',
        'subject': 'Nâng cao hiệu quả cung cấp, sử dụng dịch vụ công trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính trên địa bàn tỉnh Lâm Đồng năm 2026',
        'signer': 'Trịnh Quang Khải',
        'references': ['118/2025/NĐ-CP', '766/QĐ-TTg', '240/KH-UBND', '09/TTr-SKHCN'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets}])


if __name__ == '__main__':
    main()
