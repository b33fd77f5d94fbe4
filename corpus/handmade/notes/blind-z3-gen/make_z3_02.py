#!/usr/bin/env python3
"""z3_02: Sóc Trăng provincial decision (Quyết định 142/QĐ-UBND, 20/01/2025)
giving 2025 targets, as a markdown web copy (portal breadcrumb, view counter,
footer with phone numbers), prose targets in Điều 1 and a pipe table in
Phụ lục I that mixes a count column, a 2024 results column and three 2025
target columns, with a "Tổng cộng" row.
"""
from common import T, local_unit, num, write_gold, write_text

SEED = 'z3_02_soctrang_qd_2025.md'
Y = 2025
PROV = [None, 'Toàn tỉnh', 'Tỉnh Sóc Trăng']
XA = ['UBND các xã, phường, thị trấn', 'Ủy ban nhân dân cấp xã', 'Cấp xã']
PTP = ['Phòng Tư pháp các huyện, thị xã, thành phố', 'Phòng Tư pháp cấp huyện']


def P(unit, metric, value, text, comparator='>=', note=None):
    return T(unit, metric, value, text, 'prose', Y, comparator=comparator, note=note)


HEADER = '''[Trang chủ](/) > [Văn bản chỉ đạo điều hành](/vbcd) > Quyết định số 142/QĐ-UBND

*Ngày đăng: 22/01/2025 08:15 | Lượt xem: 1.245 | Cỡ chữ: A- A A+*

---

**ỦY BAN NHÂN DÂN**  
**TỈNH SÓC TRĂNG**

Số: 142/QĐ-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  
**Độc lập - Tự do - Hạnh phúc**

*Sóc Trăng, ngày 20 tháng 01 năm 2025*

**QUYẾT ĐỊNH**

**Về việc giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến và số hóa kết quả giải quyết thủ tục hành chính năm 2025**

**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG**

*Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;*

*Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử;*

*Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ;*

*Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ;*

*Căn cứ Nghị quyết số 01/NQ-CP ngày 08 tháng 01 năm 2025 của Chính phủ về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội và Dự toán ngân sách nhà nước năm 2025;*

*Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh tại Tờ trình số 09/TTr-VP ngày 14 tháng 01 năm 2025.*

**QUYẾT ĐỊNH:**
'''

ITEMS = [
    ('**Điều 1.** Giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến và số hóa kết quả giải quyết thủ tục hành chính năm 2025 cho các sở, ban, ngành tỉnh, Ủy ban nhân dân các huyện, thị xã, thành phố (chi tiết tại Phụ lục I kèm theo). Chỉ tiêu chung của tỉnh như sau:', []),
    ('1\\. Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính toàn tỉnh phấn đấu đạt 65% trở lên (năm 2024 toàn tỉnh đạt 51,8%; bình quân cả nước đạt 44,2%).', [
        P(PROV, 'online_dossier_rate', 65,
          'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính'),
    ]),
    ('2\\. Chỉ tiêu năm 2025 về tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công: 55%.', [
        P(PROV, 'online_payment_rate', 55,
          'tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công'),
    ]),
    ('3\\. Tỷ lệ số hóa kết quả giải quyết thủ tục hành chính: 100%.', [
        P(PROV, 'result_digitization_rate', 100, 'Tỷ lệ số hóa kết quả giải quyết thủ tục hành chính'),
    ]),
    ('4\\. Đối với Ủy ban nhân dân các xã, phường, thị trấn: tỷ lệ hồ sơ trực tuyến đạt tối thiểu 45%; tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt tối thiểu 90%.', [
        P(XA, 'online_dossier_rate', 45, 'tỷ lệ hồ sơ trực tuyến'),
        P(XA, 'electronic_result_rate', 90, 'tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử'),
    ]),
    ('5\\. Phòng Tư pháp các huyện, thị xã, thành phố bảo đảm tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính đạt tối thiểu 60%.', [
        P(PTP, 'e_certified_copy_rate', 60, 'tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính'),
    ]),
    ('**Điều 2.** Tổ chức thực hiện', []),
    ('1\\. Văn phòng Ủy ban nhân dân tỉnh chủ trì theo dõi, đôn đốc việc thực hiện; công khai kết quả thực hiện chỉ tiêu của từng cơ quan, đơn vị trên Cổng Thông tin điện tử tỉnh trước ngày 05 hằng tháng; tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh trước ngày 15/7/2025 (kết quả 6 tháng) và trước ngày 15/12/2025 (kết quả năm).', []),
    ('2\\. Sở Tài chính tham mưu bố trí 500 triệu đồng từ nguồn sự nghiệp để hỗ trợ phí chuyển tiền khi thanh toán trực tuyến; kinh phí nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính do ngân sách tỉnh bảo đảm 70%, các huyện, thị xã, thành phố đối ứng 30%.', []),
    ('3\\. Sở Thông tin và Truyền thông tiếp tục tập huấn kỹ năng số cho công chức Bộ phận Một cửa (năm 2024 đã tập huấn 412 lượt, đạt 96% số công chức Bộ phận Một cửa các cấp); duy trì tổng đài hỗ trợ 0299.3.616.555.', []),
    ('4\\. Công an tỉnh hướng dẫn người dân sử dụng tài khoản định danh điện tử VNeID; tiếp nhận phản ánh qua đường dây nóng 069.2.584.113.', []),
    ('5\\. Các sở, ban, ngành tỉnh, Ủy ban nhân dân các huyện, thị xã, thành phố căn cứ chỉ tiêu được giao, ban hành kế hoạch thực hiện trước ngày 28/02/2025; chỉ tiêu được giao là một trong các tiêu chí đánh giá, xếp loại tại Điều 5 Quy định ban hành kèm theo Quyết định số 27/2023/QĐ-UBND ngày 18/8/2023 của Ủy ban nhân dân tỉnh.', []),
    ('**Điều 3.** Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế Quyết định số 3175/QĐ-UBND ngày 29 tháng 12 năm 2023 của Chủ tịch Ủy ban nhân dân tỉnh.', []),
    ('Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.', []),
]

FOOTER = '''**Nơi nhận:**

- Như Điều 3;
- Văn phòng Chính phủ (Cục Kiểm soát TTHC);
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- CT, các PCT UBND tỉnh;
- Cổng TTĐT tỉnh;
- Lưu: VT, KSTT.

**KT. CHỦ TỊCH**  
**PHÓ CHỦ TỊCH**

**Châu Văn Lợi**

---

**PHỤ LỤC I**  
**CHỈ TIÊU CUNG CẤP, SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN, THANH TOÁN TRỰC TUYẾN VÀ SỐ HÓA KẾT QUẢ GIẢI QUYẾT TTHC NĂM 2025**  
*(Kèm theo Quyết định số 142/QĐ-UBND ngày 21 tháng 01 năm 2025 của Chủ tịch UBND tỉnh Sóc Trăng)*

'''

COLS = [('online_dossier_rate', 'Chỉ tiêu năm 2025: Tỷ lệ hồ sơ trực tuyến (%)'),
        ('online_payment_rate', 'Chỉ tiêu năm 2025: Tỷ lệ thanh toán trực tuyến (%)'),
        ('result_digitization_rate', 'Chỉ tiêu năm 2025: Tỷ lệ số hóa kết quả giải quyết TTHC (%)')]
HEAD = ['STT', 'Cơ quan, đơn vị', 'Số hồ sơ tiếp nhận năm 2024', 'Kết quả năm 2024: Tỷ lệ hồ sơ trực tuyến (%)'] \
    + [c[1] for c in COLS] + ['Ghi chú']

GA, GB = 'Sở, ban, ngành tỉnh', 'Ủy ban nhân dân các huyện, thị xã, thành phố'
# (stt, name, dossiers 2024, result 2024, [3 target cells], note)
ROWS = [
    ('SEC', 'I', 'Sở, ban, ngành tỉnh', GA),
    ('1', 'Sở Tư pháp', 9120, '71,4', ['80', '60', '100'], ''),
    ('2', 'Sở Kế hoạch và Đầu tư', 4315, '92,6', ['95', '70', '100'], ''),
    ('3', 'Sở Tài chính', 1208, '60,2', ['75', '—', '100'], 'Không phát sinh phí, lệ phí'),
    ('4', 'Sở Công Thương', 6544, '80', ['90', '65', '100'], ''),
    ('5', 'Sở Xây dựng', 2210, '55,3', ['75', '60', '100'], ''),
    ('6', 'Sở Giao thông vận tải', 18760, '65', ['80', '70', '100'], ''),
    ('7', 'Sở Tài nguyên và Môi trường', 3985, '38,7', ['62,5', '50', '100'], 'Lĩnh vực đất đai, môi trường'),
    ('8', 'Sở Nông nghiệp và Phát triển nông thôn', 1733, '58,1', ['75', '55', '100'], ''),
    ('9', 'Sở Y tế', 5602, '49,9', ['70', '', '100'], ''),
    ('10', 'Sở Văn hóa, Thể thao và Du lịch', 812, '66,4', ['80', '60', '100'], ''),
    ('11', 'Ban Quản lý các Khu công nghiệp tỉnh', 640, '88', ['90', '60', '100'], ''),
    ('SEC', 'II', 'Ủy ban nhân dân các huyện, thị xã, thành phố', GB),
    ('1', 'Thành phố Sóc Trăng', 21450, '57,2', ['70', '55', '100'], ''),
    ('2', 'Thị xã Vĩnh Châu', 14380, '46,5', ['65', '50', '100'], ''),
    ('3', 'Thị xã Ngã Năm', 9870, '49,3', ['65', '50', '100'], ''),
    ('4', 'Huyện Châu Thành', 11025, '45,1', ['60', '45', '100'], ''),
    ('5', 'Huyện Kế Sách', 13410, '44,8', ['60', '45', '100'], ''),
    ('6', 'Huyện Mỹ Tú', 10120, '43,6', ['60', '45', '100'], ''),
    ('7', 'Huyện Cù Lao Dung', 6215, '40,2', ['55', '40', '100'], 'Huyện cù lao'),
    ('8', 'Huyện Long Phú', 10890, '47,7', ['60', '45', '100'], ''),
    ('9', 'Huyện Mỹ Xuyên', 12760, '50,5', ['65', '50', '100'], ''),
    ('10', 'Huyện Thạnh Trị', 8930, '41,9', ['55', '40', '100'], ''),
    ('11', 'Huyện Trần Đề', 11540, '42,4', ['55', '40', '100'], ''),
]


def vn_int(n):
    return f'{n:,}'.replace(',', '.')


def row(cells):
    return '| ' + ' | '.join(cells) + ' |'


def main():
    lines = [HEADER.rstrip('\n'), '']
    targets = []
    for text, ts in ITEMS:
        lines += [text, '']
        targets.extend(ts)
    out = '\n'.join(lines) + '\n' + FOOTER
    tab = [row(HEAD), '|' + '---|' * len(HEAD)]
    group, total = None, 0
    for r in ROWS:
        if r[0] == 'SEC':
            group = r[3]
            tab.append(row([f'**{r[1]}**', f'**{r[2]}**'] + [''] * (len(HEAD) - 2)))
            continue
        stt, name, n, res, cells, note = r
        total += n
        tab.append(row([stt, name, vn_int(n), res] + cells + [note]))
        for (metric, head), cell in zip(COLS, cells):
            v = num(cell)
            if v is not None:
                targets.append(T(local_unit(name, 'Sóc Trăng'), metric, v, head, 'table', Y,
                                 unit_group=group, note=note or None))
    tab.append(row(['', '**Tổng cộng**', f'**{vn_int(total)}**', '**51,8**', 'x', 'x', 'x', '']))
    out += '\n'.join(tab) + '\n\n---\n\n*Cổng Thông tin điện tử tỉnh Sóc Trăng - Điện thoại: 0299.3822.065 - Email: cttdt@soctrang.gov.vn*  \n*Bản quyền © 2025. Ghi rõ nguồn khi phát hành lại thông tin từ website này.*\n'
    write_text(SEED, out)
    doc = {
        'number': '142/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '142', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Sóc Trăng', 'place': 'Sóc Trăng', 'date': '2025-01-20',
        'subject': 'Về việc giao chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến và số hóa kết quả giải quyết thủ tục hành chính năm 2025',
        'signer': 'Châu Văn Lợi',
        'references': ['45/2020/NĐ-CP', '107/2021/NĐ-CP', '61/2018/NĐ-CP', '766/QĐ-TTg', '01/NQ-CP',
                       '09/TTr-VP', '27/2023/QĐ-UBND', '3175/QĐ-UBND'],
        'expected_warnings': ['appendix dates the decision 21/01/2025 while the decision is dated 20/01/2025'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets}])


if __name__ == '__main__':
    main()
