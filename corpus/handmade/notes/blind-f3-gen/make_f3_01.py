#!/usr/bin/env python3
"""f3_01: Quảng Bình provincial decision 612/QĐ-UBND of 11/03/2024, copied as
plain text from a legal-documents website (thuvienphapluat-style): site
navigation, 'Lưu', 'Tải về', 'Tiện ích', a metadata block, tabs 'Tóm tắt /
Nội dung / VB gốc …', then the document, then 'Văn bản liên quan' and the
site footer. The appendix table is flattened ONE CELL PER LINE, a blank line
ends each row; an empty cell is a line holding only a non-breaking space
(the page's &nbsp;). Two-row header: 'Chỉ tiêu năm 2024 (%)' spans the four
indicator columns. Sections A (sở, ban, ngành), B (UBND cấp huyện), C (đơn
vị ngành dọc), and a Ghi chú column."""
from common import NBSP, T, fmt, num, write_doc, write_gold

SEED = 'f3_01_quangbinh_qd_2024.txt'
Y = 2024
PROV = 'tỉnh Quảng Bình'

# (metric id, indicator header as printed in header row 2)
COLS = [
    ('online_service_uptake_rate', 'Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ'),
    ('online_dossier_rate', 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC'),
    ('online_payment_rate', 'Tỷ lệ hồ sơ thanh toán trực tuyến'),
    ('dossier_result_digitization_rate', 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC'),
]

# (code, section title as printed, unit_group in gold, kind of unit, rows)
# row: (name as printed, [4 cells as printed], ghi chú)
SECTIONS = [
    ('A', 'SỞ, BAN, NGÀNH', 'Sở, ban, ngành', 'so', [
        ('Sở Tài nguyên và Môi trường', ['85', '55', '40', '80'], ''),
        ('Sở Kế hoạch và Đầu tư', ['90', '75', '60', '90'], ''),
        ('Sở Giao thông vận tải', ['90', '80', '70', '90'], ''),
        ('Sở Nội vụ', ['70', '45', '', '75'], 'Các TTHC thuộc thẩm quyền không thu phí, lệ phí'),
        ('Sở Xây dựng', ['80', '52,5', '40', '80'], ''),
        ('Sở Y tế', ['80', '47,5', '35', '70'], ''),
        ('Ban Quản lý Khu kinh tế tỉnh', ['95', '85', '60', '90'], ''),
    ]),
    ('B', 'UBND CẤP HUYỆN', 'UBND cấp huyện', 'huyen', [
        ('Thành phố Đồng Hới', ['85', '60', '45', '80'], ''),
        ('Thị xã Ba Đồn', ['80', '55', '40', '75'], ''),
        ('Huyện Lệ Thủy', ['80', '50', '35', '75'], ''),
        ('Huyện Quảng Ninh', ['75', '50', '35', '70'], ''),
        ('Huyện Bố Trạch', ['80', '50', '35', '75'], ''),
        ('Huyện Quảng Trạch', ['75', '50', '35', '70'], ''),
        ('Huyện Tuyên Hóa', ['70', '40', '25', '65'], 'Huyện miền núi'),
        ('Huyện Minh Hóa', ['70', '35', '20', '60'], 'Huyện nghèo, miền núi'),
    ]),
    ('C', 'ĐƠN VỊ NGÀNH DỌC', 'Đơn vị ngành dọc', 'tinh', [
        ('Công an tỉnh', ['90', '70', '50', '100'], ''),
        ('Bảo hiểm xã hội tỉnh', ['80', '85', '', '90'], 'Không phát sinh phí, lệ phí'),
        ('Cục Thuế tỉnh', ['95', '90', '80', '-'], 'Không giao chỉ tiêu số hóa (dữ liệu quản lý trên hệ thống chuyên ngành)'),
    ]),
]


def spellings(name, kind):
    if kind == 'so':                        # 'Sở Xây dựng', also '… tỉnh Quảng Bình'
        suffix = ' Quảng Bình' if name.endswith(' tỉnh') else ' ' + PROV
        return [name, name + suffix]
    if kind == 'huyen':                     # 'Huyện Lệ Thủy' / 'UBND huyện Lệ Thủy'
        return [name, 'UBND ' + name[0].lower() + name[1:]]
    return [name, name + ' Quảng Bình']     # 'Công an tỉnh' / 'Công an tỉnh Quảng Bình'


# Province-wide aims in Điều 1 (prose). Unit null: the whole province.
TOAN_TINH = [None, 'Toàn tỉnh', 'Tỉnh Quảng Bình', 'UBND tỉnh Quảng Bình']
PROSE = [
    # (metric, value, phrase as written in the sentence)
    ('online_dossier_rate', 50, 'tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính'),
    ('online_service_uptake_rate', 80, 'tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ'),
    ('online_processing_rate', 100, 'hồ sơ thủ tục hành chính được tiếp nhận và xử lý trực tuyến trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh'),
]
p = {m: fmt(v) for m, v, _ in PROSE}
DIEU1_PROSE = (
    'Năm 2023, tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính '
    'của toàn tỉnh đạt 38,92%, tỷ lệ thanh toán trực tuyến đạt 29,4%, tỷ lệ dịch vụ công trực tuyến '
    'có phát sinh hồ sơ đạt 61,07%. Mục tiêu chung năm 2024 của tỉnh: '
    f'{PROSE[0][2]} đạt tối thiểu {p["online_dossier_rate"]}%; '
    f'{PROSE[1][2]} đạt tối thiểu {p["online_service_uptake_rate"]}%; '
    f'{p["online_processing_rate"]}% {PROSE[2][2]}.'
)


def table_lines():
    """One cell per line, a blank line after each row, NBSP for an empty cell."""
    L = []

    def row(cells):
        L.extend(c if c else NBSP for c in cells)
        L.append('')

    row(['STT', 'Tên cơ quan, đơn vị', 'Chỉ tiêu năm 2024 (%)', 'Ghi chú'])   # header row 1
    row([h for _, h in COLS])                                                 # header row 2
    for code, title, _, _, rows in SECTIONS:
        row([code, title])
        for i, (name, cells, note) in enumerate(rows, 1):
            row([str(i), name] + cells + [note])
    return L


def table_targets():
    ts = []
    for code, title, group, kind, rows in SECTIONS:
        for name, cells, note in rows:
            for (metric, header), c in zip(COLS, cells):
                v = num(c)
                if v is None:
                    continue
                ts.append(T(spellings(name, kind), metric, v[0], header, 'table', Y,
                            comparator=v[1], unit_group=group, note=note or None))
    return ts


SUBJECT_UP = ('VỀ VIỆC GIAO CHỈ TIÊU CUNG CẤP, SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN VÀ SỐ HÓA HỒ SƠ, '
              'KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2024')

HEAD = f'''THƯ VIỆN PHÁP LUẬT
Tra cứu văn bản, tra cứu pháp luật trực tuyến
Đăng nhập
Đăng ký
Trang chủ
Văn bản pháp luật
Hỏi đáp pháp luật
Công văn
Dự thảo
Tiện ích
Liên hệ
Trang chủ › Văn bản pháp luật › Bộ máy hành chính › Quyết định 612/QĐ-UBND năm 2024
Quyết định 612/QĐ-UBND năm 2024 giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2024 do tỉnh Quảng Bình ban hành
Lưu
Tải về
Tiện ích
Theo dõi hiệu lực VB
Báo lỗi
Chia sẻ qua:
Số hiệu:\t612/QĐ-UBND\tLoại văn bản:\tQuyết định
Nơi ban hành:\tTỉnh Quảng Bình\tNgười ký:\tNguyễn Đăng Khoa
Ngày ban hành:\t11/03/2024\tNgày hiệu lực:\tĐã biết
Ngày công báo:\tĐang cập nhật\tSố công báo:\tĐang cập nhật
Tình trạng:\tĐã biết
Tóm tắt
Nội dung
VB gốc
Tiếng Anh
Hiệu lực
VB liên quan
Lược đồ
Nội dung MIX
Tải về
Bạn Chưa Đăng Nhập Thành Viên! Vì chưa đăng nhập nên Bạn chỉ xem được Thuộc tính của văn bản. Bạn chưa xem được Hiệu lực của Văn bản, Văn bản liên quan, Văn bản thay thế, Văn bản gốc, Văn bản tiếng Anh,...
{NBSP}
ỦY BAN NHÂN DÂN
TỈNH QUẢNG BÌNH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 612/QĐ-UBND
Quảng Bình, ngày 11 tháng 3 năm 2024
{NBSP}
QUYẾT ĐỊNH
{SUBJECT_UP}
ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;
Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính; Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP;
Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24 tháng 6 năm 2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng;
Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;
Căn cứ Kế hoạch số 2518/KH-UBND ngày 29 tháng 12 năm 2023 của Ủy ban nhân dân tỉnh về chuyển đổi số tỉnh Quảng Bình năm 2024;
Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 185/TTr-STTTT ngày 01 tháng 3 năm 2024.
QUYẾT ĐỊNH:
Điều 1. Giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2024 cho các sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã, thành phố và các cơ quan ngành dọc đóng trên địa bàn tỉnh (chi tiết tại Phụ lục kèm theo).
{DIEU1_PROSE}
Điều 2. Tổ chức thực hiện
1. Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố căn cứ chỉ tiêu được giao xây dựng kế hoạch, lộ trình thực hiện theo từng quý; giao chỉ tiêu cụ thể cho Ủy ban nhân dân các xã, phường, thị trấn; định kỳ hằng quý (trước ngày 15 của tháng cuối quý) báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông.
2. Đề nghị Công an tỉnh, Bảo hiểm xã hội tỉnh, Cục Thuế tỉnh phối hợp thực hiện các chỉ tiêu được giao tại Phụ lục kèm theo Quyết định này.
3. Sở Thông tin và Truyền thông chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh, Sở Nội vụ theo dõi, đôn đốc, tổng hợp kết quả thực hiện; làm căn cứ đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Thông tin và Truyền thông; Thủ trưởng các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.
{NBSP}
Nơi nhận:
- Như Điều 3;
- Văn phòng Chính phủ (Cục KSTTHC);
- Bộ Thông tin và Truyền thông;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Chủ tịch, các PCT UBND tỉnh;
- Trung tâm Phục vụ HCC tỉnh;
- Lưu: VT, NCVX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
{NBSP}
{NBSP}
{NBSP}
Nguyễn Đăng Khoa
{NBSP}
PHỤ LỤC
CHỈ TIÊU CUNG CẤP, SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN VÀ SỐ HÓA HỒ SƠ, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2024
(Kèm theo Quyết định số 612/QĐ-UBND ngày 11/3/2024 của UBND tỉnh Quảng Bình)
{NBSP}
'''

TAIL = f'''{NBSP}
Lưu trữ
Ghi chú
Ý kiến
Facebook
Email
In
Văn bản liên quan
Quyết định 3218/QĐ-UBND năm 2023 giao chỉ tiêu dịch vụ công trực tuyến, thanh toán trực tuyến năm 2023 tỉnh Quảng Bình
Kế hoạch 2518/KH-UBND năm 2023 về chuyển đổi số tỉnh Quảng Bình năm 2024
Quyết định 766/QĐ-TTg năm 2022 phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp
Nghị định 42/2022/NĐ-CP quy định về cung cấp thông tin và dịch vụ công trực tuyến
Xem thêm
Văn bản cùng lĩnh vực
Quyết định 455/QĐ-UBND năm 2024 giao chỉ tiêu tỷ lệ hồ sơ trực tuyến 80% do tỉnh Hà Tĩnh ban hành
Kế hoạch 77/KH-UBND năm 2024 nâng cao tỷ lệ thanh toán trực tuyến đạt 50%
Lưu
Tải về
Tiện ích
Chat với AI pháp lý
Hotline: 1900 xxxx
Cơ quan chủ quản: Công ty cổ phần Thư viện văn bản. Giấy phép số: 108/GP-TTĐT.
Điều khoản dịch vụ | Chính sách bảo mật | Liên hệ
'''


def main():
    text = HEAD + '\n'.join(table_lines()) + '\n' + TAIL
    write_doc(SEED, text)
    doc = {
        'number': '612/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '612', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Quảng Bình', 'place': 'Quảng Bình', 'date': '2024-03-11',
        'subject': 'Về việc giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến và số hóa hồ sơ, '
                   'kết quả giải quyết thủ tục hành chính năm 2024',
        'signer': 'Nguyễn Đăng Khoa',
        'year': Y,
        'references': ['61/2018/NĐ-CP', '107/2021/NĐ-CP', '42/2022/NĐ-CP', '766/QĐ-TTg',
                       '2518/KH-UBND', '185/TTr-STTTT'],
    }
    prose = [T(TOAN_TINH, m, v, txt, 'prose', Y) for m, v, txt in PROSE]
    write_gold(SEED, [{'document': doc, 'targets': prose + table_targets()}])


if __name__ == '__main__':
    main()
