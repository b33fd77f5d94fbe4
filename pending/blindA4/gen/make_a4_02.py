#!/usr/bin/env python3
"""a4_02: Phú Yên plan 07/KH-UBND, 08/01/2025, as a web copy in markdown (the
header as a two-column pipe table, bold section titles, an appendix pipe table
with a row per indicator, "Đơn vị chủ trì" column, and year columns 2025 / 2026).

The appendix holds the rarer indicators (integration, sync, online processing,
on time, full-online dossiers, payment per procedure, the combined digitisation
indicator, satisfaction) next to the spec's lookalikes (overdue share, complaints
handled on time, outgoing documents signed digitally) and a projected count that
is not assigned. Text and gold come from the same lists (PROSE, ROWS)."""
import os
from common import DOCS, T, write_gold, num

SEED = 'a4_02_phuyen_kh_2025.md'
Y, Y2 = 2025, 2026
PROV = [None, 'Toàn tỉnh', 'Tỉnh Phú Yên']
C_TINH = ['Cấp tỉnh', 'Các cơ quan, đơn vị cấp tỉnh']
C_HUYEN = ['Cấp huyện', 'UBND cấp huyện']
C_XA = ['Cấp xã', 'UBND cấp xã']
STTTT = ['Sở Thông tin và Truyền thông', 'Sở Thông tin và Truyền thông tỉnh Phú Yên']
VP = ['Văn phòng UBND tỉnh', 'Văn phòng UBND tỉnh Phú Yên']
ALL = ['Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố',
       'Các sở, ban, ngành tỉnh và UBND các huyện, thị xã, thành phố']
ALL_MD = 'Các sở, ban, ngành tỉnh;<br>UBND các huyện, thị xã, thành phố'


def P(unit, metric, value, text, year=Y, comparator='>=', note=None):
    return T(unit, metric, value, text, 'prose', year, comparator=comparator, note=note)


HEADER = '''| **ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN** <br>------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** <br>**Độc lập - Tự do - Hạnh phúc** <br>--------------- |
|---|---|
| Số: 07/KH-UBND | *Phú Yên, ngày 08 tháng 01 năm 2025* |

**KẾ HOẠCH**

**Nâng cao chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử năm 2025**

Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng;

Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;

Căn cứ Kế hoạch số 298/KH-UBND ngày 20/12/2024 của UBND tỉnh về cải cách hành chính tỉnh Phú Yên năm 2025;

Theo đề nghị của Văn phòng UBND tỉnh tại Tờ trình số 12/TTr-VPUBND ngày 03/01/2025, UBND tỉnh ban hành Kế hoạch như sau:
'''

PROSE = [
    ('**I. KẾT QUẢ THỰC HIỆN NĂM 2024**', []),
    ('Năm 2024, tỷ lệ hồ sơ được tiếp nhận và xử lý trực tuyến của tỉnh đạt 83,6%; tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn đạt 96,1%; tỷ lệ DVCTT toàn trình được tích hợp trên Cổng DVCQG đạt 71,4%; mức độ hài lòng của người dân, doanh nghiệp đạt 87,3%; còn 2,7% hồ sơ giải quyết quá hạn.', []),
    ('**II. MỤC TIÊU, CHỈ TIÊU**', []),
    ('**1. Mục tiêu chung**', []),
    ('Cải thiện thứ hạng của tỉnh theo Bộ chỉ số phục vụ người dân, doanh nghiệp ban hành kèm theo Quyết định số 766/QĐ-TTg; lấy sự hài lòng của người dân, doanh nghiệp làm thước đo chất lượng phục vụ.', []),
    ('**2. Chỉ tiêu cụ thể**', []),
    ('- Kết quả giải quyết TTHC được số hóa đạt 100% đối với TTHC thuộc thẩm quyền của cấp tỉnh và tối thiểu 80% đối với cấp huyện, cấp xã.', [
        P(C_TINH, 'result_digitization_rate', 100, 'Kết quả giải quyết TTHC được số hóa'),
        P(C_HUYEN, 'result_digitization_rate', 80, 'Kết quả giải quyết TTHC được số hóa'),
        P(C_XA, 'result_digitization_rate', 80, 'Kết quả giải quyết TTHC được số hóa'),
    ]),
    ('- Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt tối thiểu 40% năm 2025 và 60% năm 2026.', [
        P(PROV, 'digitized_data_reuse_rate', 40, 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa'),
        P(PROV, 'digitized_data_reuse_rate', 60, 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa', year=Y2),
    ]),
    ('- Các chỉ tiêu khác theo Phụ lục kèm theo Kế hoạch này.', []),
    ('**III. NHIỆM VỤ, GIẢI PHÁP**', []),
    ('1. Văn phòng UBND tỉnh hoàn thành việc kết nối, đồng bộ Hệ thống thông tin giải quyết TTHC tỉnh với Cổng DVCQG trước ngày 31/3/2025.', []),
    ('2. 100% cán bộ, công chức làm việc tại Bộ phận Một cửa các cấp được tập huấn kỹ năng hướng dẫn người dân sử dụng dịch vụ công trực tuyến.', []),
    ('3. Sở Thông tin và Truyền thông hướng dẫn, hỗ trợ kỹ thuật việc ký số văn bản đi trên Hệ thống quản lý văn bản và điều hành.', []),
    ('**IV. TỔ CHỨC THỰC HIỆN**', []),
    ('Các sở, ban, ngành tỉnh, UBND các huyện, thị xã, thành phố tổ chức thực hiện các chỉ tiêu tại Phụ lục; định kỳ hằng quý (trước ngày 15 của tháng cuối quý) báo cáo kết quả về Văn phòng UBND tỉnh để tổng hợp./.', []),
]

FOOTER = '''
| **Nơi nhận:** <br>- Văn phòng Chính phủ (Cục KSTTHC); <br>- TT Tỉnh ủy, TT HĐND tỉnh; <br>- Các sở, ban, ngành tỉnh; <br>- UBND các huyện, thị xã, thành phố; <br>- Lưu: VT, KSTT. | **TM. ỦY BAN NHÂN DÂN** <br>**KT. CHỦ TỊCH** <br>**PHÓ CHỦ TỊCH** <br><br><br>**Đào Mỹ Hạnh** |
|---|---|

**PHỤ LỤC**

**CHỈ TIÊU NÂNG CAO CHẤT LƯỢNG PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP NĂM 2025 - 2026**

*(Kèm theo Kế hoạch số 07/KH-UBND ngày 08/01/2025 của UBND tỉnh Phú Yên)*

| STT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Năm 2026 | Đơn vị chủ trì | Đơn vị phối hợp |
|---|---|---|---|---|---|---|
'''

# section rows are ('sec', roman, title); indicator rows dicts
ROWS = [
    ('sec', 'I', 'Nhóm chỉ tiêu công khai, minh bạch'),
    dict(stt='1', text='Tỷ lệ DVCTT toàn trình được tích hợp, cung cấp trên Cổng DVCQG', uom='%',
         cells=['80', '100'], metric='national_portal_integration_rate', units=STTTT, printed='Sở Thông tin và Truyền thông',
         coop='Các sở, ban, ngành tỉnh'),
    dict(stt='2', text='Tỷ lệ kết quả xử lý hồ sơ TTHC được đồng bộ đầy đủ trên Cổng DVC quốc gia', uom='%',
         cells=['100', '100'], metric='national_portal_sync_rate', units=VP, printed='Văn phòng UBND tỉnh',
         coop='Sở Thông tin và Truyền thông'),
    ('sec', 'II', 'Nhóm chỉ tiêu tiến độ giải quyết'),
    dict(stt='3', text='Tỷ lệ hồ sơ được tiếp nhận và xử lý trực tuyến', uom='%',
         cells=['≥ 90', '≥ 95'], metric='online_processing_rate', units=ALL, printed=ALL_MD,
         coop='Sở Thông tin và Truyền thông'),
    dict(stt='4', text='Tỷ lệ hồ sơ TTHC được giải quyết trước hạn, đúng hạn', uom='%',
         cells=['≥ 97', '≥ 98'], metric='on_time_resolution_rate', units=ALL, printed=ALL_MD,
         coop='Văn phòng UBND tỉnh'),
    dict(stt='5', text='Tỷ lệ hồ sơ giải quyết quá hạn', uom='%',
         cells=['≤ 2', '≤ 1'], metric=None, units=ALL, printed=ALL_MD, coop='Văn phòng UBND tỉnh'),
    ('sec', 'III', 'Nhóm chỉ tiêu cung cấp, sử dụng dịch vụ công trực tuyến'),
    dict(stt='6', text='Tỷ lệ hồ sơ trực tuyến toàn trình', uom='%',
         cells=['45', '60'], metric='full_online_dossier_rate', units=ALL, printed=ALL_MD,
         coop='Sở Thông tin và Truyền thông'),
    dict(stt='7', text='Tỷ lệ TTHC có phát sinh hồ sơ thanh toán trực tuyến trên tổng số TTHC có thu phí', uom='%',
         cells=['70', '—'], metric='online_payment_procedure_rate', units=ALL, printed=ALL_MD,
         coop='Sở Tài chính; Kho bạc Nhà nước tỉnh'),
    dict(stt='8', text='Tỷ lệ số hoá hồ sơ, kết quả giải quyết và cấp kết quả giải quyết TTHC điện tử', uom='%',
         cells=['85', '100'], metric='dossier_result_digitization_rate', units=ALL, printed=ALL_MD,
         coop='Văn phòng UBND tỉnh'),
    ('sec', 'IV', 'Nhóm chỉ tiêu mức độ hài lòng'),
    dict(stt='9', text='Mức độ hài lòng của người dân, doanh nghiệp trong thực hiện TTHC, cung cấp dịch vụ công', uom='%',
         cells=['≥ 90', '≥ 95'], metric='satisfaction_rate', units=VP, printed='Văn phòng UBND tỉnh',
         coop='Sở Nội vụ'),
    dict(stt='10', text='Tỷ lệ phản ánh, kiến nghị của người dân, doanh nghiệp về TTHC được xử lý đúng hạn', uom='%',
         cells=['100', '100'], metric=None, units=VP, printed='Văn phòng UBND tỉnh',
         coop='Các sở, ban, ngành tỉnh'),
    dict(stt='11', text='Tỷ lệ văn bản đi của cơ quan hành chính được ký số (trừ văn bản mật)', uom='%',
         cells=['95', '98'], metric=None, units=ALL, printed=ALL_MD, coop='Sở Thông tin và Truyền thông'),
    dict(stt='12', text='Số lượng hồ sơ TTHC dự kiến tiếp nhận trên Hệ thống (để theo dõi, không giao chỉ tiêu)', uom='Hồ sơ',
         cells=['410.000', '450.000'], metric='COUNT', units=ALL, printed=ALL_MD, coop='Văn phòng UBND tỉnh'),
]


def main():
    lines = [HEADER.rstrip('\n'), '']
    targets = []
    for text, ts in PROSE:
        lines += [text, '']
        targets.extend(ts)
    tab = []
    for r in ROWS:
        if isinstance(r, tuple):
            tab.append(f'| **{r[1]}** | **{r[2]}** | | | | | |')
            continue
        tab.append('| ' + ' | '.join([r['stt'], r['text'], r['uom'], *r['cells'], r['printed'], r['coop']]) + ' |')
        if r['metric'] == 'COUNT':   # projected count, "không giao chỉ tiêu": no target
            continue
        for cell, year in zip(r['cells'], (Y, Y2)):
            v = num(cell)
            if v is None:
                continue
            targets.append(T(r['units'], r['metric'], v, r['text'], 'table', year,
                             comparator='<=' if '≤' in cell else '>='))
    text = '\n'.join(lines) + FOOTER + '\n'.join(tab) + '\n'
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write(text)
    doc = {
        'number': '07/KH-UBND', 'symbol': 'KH-UBND', 'serial': '07', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân tỉnh Phú Yên', 'place': 'Phú Yên', 'date': '2025-01-08',
        'subject': 'Nâng cao chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử năm 2025',
        'signer': 'Đào Mỹ Hạnh',
        'references': ['42/2022/NĐ-CP', '766/QĐ-TTg', '298/KH-UBND', '12/TTr-VPUBND'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets}])


if __name__ == '__main__':
    main()
