#!/usr/bin/env python3
"""m3_01: a decision of UBND tỉnh Bắc Ninh (412/QĐ-UBND, 20/6/2022) as a page
saved as plain text from a legal-document library site: site navigation,
breadcrumbs, "Tải văn bản", "Thuộc tính", "Lược đồ", related documents, an ad
and the footer around the document. The appendix table comes as the site's
text copy gives it: one row a line, cells separated by " | ", blank cells as
empty between bars, section rows with trailing empty cells.

Units x 3 indicators; Điều 1 has three province-wide prose targets; Điều 2
quotes 2021 results. The table rows below write both the page and the gold.
"""
import os
from common import DOCS, T, num, write_gold

SEED = 'm3_01_bacninh_qd_2022.txt'
Y = 2022
PROV = [None, 'Toàn tỉnh', 'Tỉnh Bắc Ninh']

COLS = [
    ('Tỷ lệ hồ sơ TTHC giải quyết trực tuyến mức độ 3, 4 (%)', 'online_dossier_rate'),
    ('Tỷ lệ số hóa kết quả giải quyết TTHC (%)', 'result_digitization_rate'),
    ('Tỷ lệ hồ sơ thanh toán trực tuyến (%)', 'online_payment_rate'),
]


def S(name):
    return [name, name + ' tỉnh Bắc Ninh']


def H(name):
    return ['UBND ' + name[0].lower() + name[1:], name]


GA = 'Sở, ban, ngành tỉnh'
GB = 'UBND các huyện, thị xã, thành phố'
ROWS = [
    ('S', 'I', 'SỞ, BAN, NGÀNH TỈNH', GA),
    (1, 'Sở Kế hoạch và Đầu tư', S('Sở Kế hoạch và Đầu tư'), ['70', '50', '40'], ''),
    (2, 'Sở Tư pháp', S('Sở Tư pháp'), ['65', '50', '35'], ''),
    (3, 'Sở Giao thông vận tải', S('Sở Giao thông vận tải'), ['70', '45', '40'], ''),
    (4, 'Sở Lao động - Thương binh và Xã hội', S('Sở Lao động - Thương binh và Xã hội') + ['Sở Lao động, Thương binh và Xã hội'], ['60', '40', ''], 'Không thu phí, lệ phí'),
    (5, 'Sở Tài nguyên và Môi trường', S('Sở Tài nguyên và Môi trường'), ['45', '35', '30'], 'Trừ lĩnh vực đất đai'),
    (6, 'Ban Quản lý các khu công nghiệp tỉnh', ['Ban Quản lý các khu công nghiệp tỉnh', 'Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh', 'Ban Quản lý các khu công nghiệp'], ['80', '60', '50'], ''),
    ('S', 'II', 'UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ', GB),
    (1, 'Thành phố Bắc Ninh', H('Thành phố Bắc Ninh'), ['40', '30', '25'], ''),
    (2, 'Thành phố Từ Sơn', H('Thành phố Từ Sơn'), ['40', '30', '25'], ''),
    (3, 'Huyện Quế Võ', H('Huyện Quế Võ'), ['35', '25', '20'], ''),
    (4, 'Huyện Thuận Thành', H('Huyện Thuận Thành'), ['35', '25', '20'], ''),
    (5, 'Huyện Tiên Du', H('Huyện Tiên Du'), ['35', '25', '20'], ''),
    (6, 'Huyện Yên Phong', H('Huyện Yên Phong'), ['35', '25', '22,5'], ''),
    (7, 'Huyện Gia Bình', H('Huyện Gia Bình'), ['30', '', '17,5'], 'Số hóa theo lộ trình của Sở Tư pháp'),
    (8, 'Huyện Lương Tài', H('Huyện Lương Tài'), ['30', '20', '15'], ''),
]

TOP = '''Đăng nhập | Đăng ký | Hỗ trợ: 1900 6192
THƯ VIỆN VĂN BẢN PHÁP LUẬT VIỆT
Trang chủ  Văn bản  Văn bản mới  Dự thảo  Công văn  Tiêu chuẩn  Biểu mẫu  Hỏi đáp  Gói dịch vụ
Tìm văn bản: [                                   ]  Tìm kiếm
Trang chủ > Văn bản pháp luật > Công nghệ thông tin > Quyết định 412/QĐ-UBND năm 2022 Bắc Ninh
Quyết định 412/QĐ-UBND năm 2022 giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, số hóa kết quả và thanh toán trực tuyến tỉnh Bắc Ninh
Nội dung  |  Tiếng Anh  |  Thuộc tính  |  Lược đồ  |  Văn bản liên quan  |  Tải văn bản
Tải văn bản: Tải file .doc   Tải file .pdf (bản gốc)
Thuộc tính
Số hiệu:	412/QĐ-UBND	Loại văn bản:	Quyết định
Nơi ban hành:	Tỉnh Bắc Ninh	Người ký:	Lương Đình Khải
Ngày ban hành:	20/06/2022	Ngày hiệu lực:	Đã biết
Ngày công báo:	Đang cập nhật	Số công báo:	Đang cập nhật
Tình trạng:	Đã biết
Quảng cáo
>> Gói PRO: tra cứu không giới hạn, giảm 30% khi đăng ký trong tháng này! Bấm vào đây
-------------------------------------------------------------------------------

'''

BODY = '''ỦY BAN NHÂN DÂN
TỈNH BẮC NINH
-------	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 412/QĐ-UBND	Bắc Ninh, ngày 20 tháng 6 năm 2022

QUYẾT ĐỊNH
VỀ VIỆC GIAO CHỈ TIÊU TỶ LỆ HỒ SƠ TRỰC TUYẾN, SỐ HÓA KẾT QUẢ GIẢI QUYẾT VÀ THANH TOÁN TRỰC TUYẾN TRONG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2022
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC NINH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019;
Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử;
Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;
Căn cứ Chỉ thị số 02/CT-UBND ngày 15/02/2022 của Chủ tịch UBND tỉnh về đẩy mạnh cung cấp, sử dụng dịch vụ công trực tuyến;
Theo đề nghị của Chánh Văn phòng UBND tỉnh tại Tờ trình số 118/TTr-VP ngày 14/6/2022.
QUYẾT ĐỊNH:
Điều 1. Giao chỉ tiêu tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến mức độ 3, 4, tỷ lệ số hóa kết quả giải quyết và tỷ lệ hồ sơ thanh toán trực tuyến năm 2022 cho các sở, ban, ngành tỉnh và UBND các huyện, thị xã, thành phố (chi tiết tại Phụ lục kèm theo).
Phấn đấu đến hết năm 2022, toàn tỉnh đạt: tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến mức độ 3, 4 tối thiểu 50%; tỷ lệ số hóa kết quả giải quyết thủ tục hành chính tối thiểu 40%; tỷ lệ hồ sơ thanh toán trực tuyến tối thiểu 30%.
Điều 2. Tổ chức thực hiện
1. Năm 2021, tỷ lệ hồ sơ giải quyết trực tuyến mức độ 3, 4 của toàn tỉnh mới đạt 27,8%, tỷ lệ thanh toán trực tuyến đạt 9,6%. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện chỉ tiêu được giao.
2. Văn phòng UBND tỉnh (Trung tâm Hành chính công tỉnh) theo dõi, tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 20 hằng tháng.
3. Sở Thông tin và Truyền thông bảo đảm hạ tầng kỹ thuật của Cổng Dịch vụ công tỉnh.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND tỉnh, Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố và các cơ quan, đơn vị có liên quan căn cứ Quyết định thi hành./.

Nơi nhận:
- Như Điều 3;
- Văn phòng Chính phủ (b/c);
- TTTU, TTHĐND tỉnh (b/c);
- Chủ tịch, các PCT UBND tỉnh;
- Lưu: VT, KSTT.	KT. CHỦ TỊCH
PHÓ CHỦ TỊCH




Lương Đình Khải

PHỤ LỤC
CHỈ TIÊU TỶ LỆ HỒ SƠ TRỰC TUYẾN, SỐ HÓA KẾT QUẢ VÀ THANH TOÁN TRỰC TUYẾN NĂM 2022
(Kèm theo Quyết định số 412/QĐ-UBND ngày 20/6/2022 của Chủ tịch UBND tỉnh Bắc Ninh)

'''

PROSE = [
    T(PROV, 'online_dossier_rate', 50, 'tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến mức độ 3, 4', 'prose', Y),
    T(PROV, 'result_digitization_rate', 40, 'tỷ lệ số hóa kết quả giải quyết thủ tục hành chính', 'prose', Y),
    T(PROV, 'online_payment_rate', 30, 'tỷ lệ hồ sơ thanh toán trực tuyến', 'prose', Y),
]

BOTTOM = '''

Lưu trữ  |  Ghi chú  |  Ý kiến  |  Facebook  |  Email  |  In
Văn bản liên quan
- Quyết định 1552/QĐ-UBND năm 2022 phê duyệt Kế hoạch chuyển đổi số tỉnh Bắc Giang
- Chỉ thị 02/CT-UBND năm 2022 đẩy mạnh cung cấp, sử dụng dịch vụ công trực tuyến tỉnh Bắc Ninh
- Nghị định 107/2021/NĐ-CP sửa đổi Nghị định 61/2018/NĐ-CP về cơ chế một cửa
- Quyết định 468/QĐ-TTg năm 2021 phê duyệt Đề án đổi mới việc thực hiện cơ chế một cửa
Lược đồ
Văn bản được căn cứ (4)   Văn bản hướng dẫn (0)   Văn bản sửa đổi (0)   Văn bản thay thế (0)
Bạn Chưa Đăng Nhập Thành Viên! Vì chưa Đăng Nhập nên Bạn chỉ xem được Thuộc tính của văn bản.
Bạn chưa xem được Hiệu lực của Văn bản, Văn bản liên quan, Văn bản thay thế, Văn bản gốc, Văn bản tiếng Anh,...
-------------------------------------------------------------------------------
Về chúng tôi | Chính sách bảo mật | Điều khoản sử dụng | Liên hệ
Giấy phép số: 27/GP-TTĐT ngày 09/5/2019 | Chịu trách nhiệm chính: Nguyễn Văn Thành
© 2022 Thư Viện Văn Bản Pháp Luật Việt. Tất cả các quyền được bảo lưu.
'''


def table_lines_and_targets():
    lines = [' | '.join(['STT', 'Tên cơ quan, đơn vị'] + [c for c, _ in COLS] + ['Ghi chú'])]
    ts, group = [], None
    for r in ROWS:
        if r[0] == 'S':
            group = r[3]
            lines.append(' | '.join([r[1], r[2], '', '', '', '']).rstrip())
            continue
        stt, name, units, cells, note = r
        lines.append(' | '.join([str(stt), name] + cells + [note]).rstrip())
        for (hdr, metric), c in zip(COLS, cells):
            v = num(c)
            if v is not None:
                ts.append(T(units, metric, v, hdr, 'table', Y, unit_group=group, note=note or None))
    return lines, ts


def main():
    lines, ts = table_lines_and_targets()
    text = TOP + BODY + '\n'.join(lines) + '\n' + BOTTOM
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(text)
    qd = {
        'number': '412/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '412', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Bắc Ninh', 'place': 'Bắc Ninh', 'date': '2022-06-20',
        'subject': 'Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, số hóa kết quả giải quyết và thanh toán trực tuyến trong giải quyết thủ tục hành chính năm 2022',
        'signer': 'Lương Đình Khải',
        'references': ['45/2020/NĐ-CP', '107/2021/NĐ-CP', '61/2018/NĐ-CP', '02/CT-UBND', '118/TTr-VP'],
    }
    write_gold(SEED, [{'document': qd, 'targets': PROSE + ts}])


if __name__ == '__main__':
    main()
