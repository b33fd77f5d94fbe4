#!/usr/bin/env python3
"""q3_05: Đắk Lắk (merged with Phú Yên) plan 96/KH-UBND, 12/09/2025, for
2025-2027, as plain text hard-wrapped at about 75 characters (a PDF/Word
"save as text with line breaks"), with page footers
"KH 96/KH-UBND - Trang n/3" between pages, one of them inside the table.

The table (tab-separated) is indicators x years:
STT | Chỉ tiêu | Thực hiện năm 2024 | Năm 2025 | Năm 2026 | Năm 2027 | Đơn vị chủ trì
Long "Chỉ tiêu" / "Đơn vị chủ trì" cells wrap onto continuation lines that hold
only those cells (they continue the row above and are never rows of their own).
"Thực hiện năm 2024" is a result column: not targets. Each year cell is one
target for the "Đơn vị chủ trì" of its row, with the column's year.
"""
import os
import textwrap
from common import DOCS, T, num, write_gold

SEED = 'q3_05_daklak_kh_2025_2027.txt'
YEARS = [2025, 2026, 2027]
W = 75

SKHCN = ['Sở Khoa học và Công nghệ', 'Sở Khoa học và Công nghệ tỉnh Đắk Lắk']
TTPV = ['Trung tâm Phục vụ hành chính công tỉnh', 'Trung tâm Phục vụ hành chính công tỉnh Đắk Lắk']
STC = ['Sở Tài chính', 'Sở Tài chính tỉnh Đắk Lắk']
XAPH = ['UBND các xã, phường', 'Các xã, phường']
SNV = ['Sở Nội vụ', 'Sở Nội vụ tỉnh Đắk Lắk']
STP = ['Sở Tư pháp', 'Sở Tư pháp tỉnh Đắk Lắk']
CA = ['Công an tỉnh', 'Công an tỉnh Đắk Lắk']

# (label lines, metric, 2024 result, [2025, 2026, 2027], chủ trì lines, gold unit)
ROWS = [
    (['Tỷ lệ TTHC đủ điều kiện được cung cấp', 'dưới hình thức DVCTT toàn trình'], 'full_online_service_rate',
     '86,4', ['90', '100', '100'], ['Sở Khoa học và', 'Công nghệ'], SKHCN),
    (['Tỷ lệ hồ sơ trực tuyến trên tổng số hồ', 'sơ tiếp nhận, giải quyết TTHC'], 'online_dossier_rate',
     '54,2', ['60', '75', '85'], ['Trung tâm Phục vụ', 'hành chính công tỉnh'], TTPV),
    (['Tỷ lệ hồ sơ trực tuyến toàn trình'], 'full_online_dossier_rate',
     '31,7', ['40', '55', '70'], ['Trung tâm Phục vụ', 'hành chính công tỉnh'], TTPV),
    (['Tỷ lệ thanh toán trực tuyến'], 'online_payment_rate',
     '41,3', ['50', '65', '80'], ['Sở Tài chính'], STC),
    (['Tỷ lệ số hóa hồ sơ'], 'dossier_digitization_rate',
     '62,8', ['80', '90', '100'], ['UBND các xã,', 'phường'], XAPH),
    (['Tỷ lệ số hóa kết quả giải quyết TTHC'], 'result_digitization_rate',
     '78,5', ['100', '100', '100'], ['Sở Khoa học và', 'Công nghệ'], SKHCN),
    (['Tỷ lệ kết quả xử lý hồ sơ TTHC được', 'đồng bộ đầy đủ trên Cổng DVC quốc gia'], 'national_portal_sync_rate',
     '88,1', ['95', '100', '100'], ['Trung tâm Phục vụ', 'hành chính công tỉnh'], TTPV),
    (['Tỷ lệ khai thác, sử dụng lại thông tin,', 'dữ liệu số hóa'], 'digitized_data_reuse_rate',
     '18,6', ['30', '50', '70'], ['Sở Khoa học và', 'Công nghệ'], SKHCN),
    (['Tỷ lệ hồ sơ giải quyết đúng hạn'], 'on_time_resolution_rate',
     '96,9', ['≥ 97', '≥ 98', '≥ 98'], ['Sở Nội vụ'], SNV),
    (['Tỷ lệ hồ sơ giải quyết quá hạn'], None,
     '3,1', ['≤ 2', '≤ 1', '≤ 1'], ['Sở Nội vụ'], SNV),
    (['Mức độ hài lòng của người dân, doanh', 'nghiệp'], 'satisfaction_rate',
     '87,3', ['90', '92', '95'], ['Sở Nội vụ'], SNV),
    (['Tỷ lệ thực hiện chứng thực bản sao', 'điện tử từ bản chính'], 'e_certified_copy_rate',
     '—', ['—', '60', '80'], ['Sở Tư pháp'], STP),
]
PAGE_BREAK_AFTER_ROW = 6   # footer of page 2 falls inside the table


def wrap(s):
    return textwrap.wrap(s, W, break_long_words=False, break_on_hyphens=False) or ['']


def footer(n):
    return ['', f'KH 96/KH-UBND - Trang {n}/3', '\f']


HEAD = [
    'ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    '  TỈNH ĐẮK LẮK                Độc lập - Tự do - Hạnh phúc',
    '',
    'Số: 96/KH-UBND              Đắk Lắk, ngày 12 tháng 9 năm 2025',
    '',
    '                              KẾ HOẠCH',
    '      Triển khai Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực',
    '       hiện thủ tục hành chính, dịch vụ công trên địa bàn tỉnh Đắk Lắk',
    '                          giai đoạn 2025 - 2027',
    '',
]

# paragraphs before the table: (text, [targets]); '' = blank line
PRE = [
    ('Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử; Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ; Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai Bộ chỉ số trên địa bàn tỉnh giai đoạn 2025 - 2027 như sau:', []),
    ('', []),
    ('I. THỰC TRẠNG', []),
    ('Năm 2024, tổng hợp số liệu của tỉnh Đắk Lắk và tỉnh Phú Yên (trước sắp xếp), tỷ lệ hồ sơ trực tuyến đạt 54,2%, tỷ lệ thanh toán trực tuyến đạt 41,3%, mức độ hài lòng đạt 87,3%; còn 3,1% hồ sơ giải quyết quá hạn. Từ ngày 01/7/2025, tỉnh có 102 xã, phường và 01 Trung tâm Phục vụ hành chính công tỉnh trực tiếp tiếp nhận hồ sơ.', []),
    ('', []),
    ('II. MỤC TIÊU', []),
    ('1. Mục tiêu chung: cải thiện thứ hạng Bộ chỉ số phục vụ người dân, doanh nghiệp của tỉnh; bảo đảm chính quyền địa phương hai cấp phục vụ thông suốt, không gián đoạn.', []),
    ('2. Các chỉ tiêu cụ thể theo từng năm và đơn vị chủ trì theo dõi:', []),
]

POST = [
    ('', []),
    ('Ghi chú: "—" là chưa giao chỉ tiêu (năm 2025 chưa triển khai chứng thực bản sao điện tử trên toàn tỉnh); cột "Thực hiện năm 2024" để so sánh, không phải chỉ tiêu giao.', []),
    ('', []),
    ('III. NHIỆM VỤ, GIẢI PHÁP', []),
    ('1. Sở Khoa học và Công nghệ nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, kết nối với Cổng Dịch vụ công quốc gia; hoàn thành trước ngày 31/10/2025.', []),
    ('2. Trung tâm Phục vụ hành chính công tỉnh hướng dẫn nghiệp vụ cho Bộ phận Một cửa của Ủy ban nhân dân các xã, phường; Sở Nội vụ theo dõi, đánh giá Bộ chỉ số hằng tháng.', []),
    ('3. Công an tỉnh bảo đảm tỷ lệ hồ sơ trực tuyến toàn trình đối với thủ tục hành chính lĩnh vực cư trú đạt tối thiểu 95% từ năm 2025.', [
        T(CA, 'full_online_dossier_rate', 95, 'tỷ lệ hồ sơ trực tuyến toàn trình', 'prose', 2025,
          note='đối với thủ tục hành chính lĩnh vực cư trú'),
    ]),
    ('', []),
    ('IV. TỔ CHỨC THỰC HIỆN', []),
    ('Các sở, ngành, Ủy ban nhân dân các xã, phường căn cứ Kế hoạch này xây dựng kế hoạch của đơn vị; báo cáo kết quả định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12) về Sở Nội vụ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh./.', []),
]

SIGN = [
    '',
    'Nơi nhận:                              TM. ỦY BAN NHÂN DÂN',
    '- Văn phòng Chính phủ;                     KT. CHỦ TỊCH',
    '- TT Tỉnh ủy, TT HĐND tỉnh;                PHÓ CHỦ TỊCH',
    '- Các sở, ngành;',
    '- UBND các xã, phường;',
    '- Lưu: VT, NC.                             Tạ Quang Vinh',
]


def table():
    lines = ['STT\tChỉ tiêu\tThực hiện năm 2024 (%)\tNăm 2025 (%)\tNăm 2026 (%)\tNăm 2027 (%)\tĐơn vị chủ trì']
    ts = []
    for i, (label, metric, r24, cells, chutri, unit) in enumerate(ROWS, 1):
        n = max(len(label), len(chutri))
        for k in range(n):
            lab = label[k] if k < len(label) else ''
            ct = chutri[k] if k < len(chutri) else ''
            if k == 0:
                lines.append(f'{i}\t{lab}\t{r24}\t' + '\t'.join(cells) + f'\t{ct}')
            else:
                lines.append(f'\t{lab}\t\t\t\t\t{ct}')
        for y, c in zip(YEARS, cells):
            v = num(c)
            if v is None:
                continue
            ts.append(T(unit, metric, v, ' '.join(label), 'table', y,
                        comparator='<=' if '≤' in c else '>='))
        if i == PAGE_BREAK_AFTER_ROW:
            lines += footer(2)
    return lines, ts


def main():
    out = list(HEAD)
    targets = []
    for text, ts in PRE:
        out += wrap(text) if text else ['']
        targets += ts
    # page 1 ends before the table
    out += footer(1)
    tl, tt = table()
    out += tl
    targets += tt
    for text, ts in POST:
        out += wrap(text) if text else ['']
        targets += ts
    out += SIGN
    out += footer(3)[:2]
    with open(os.path.join(DOCS, SEED), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    doc = {
        'number': '96/KH-UBND', 'symbol': 'KH-UBND', 'serial': '96', 'type': 'ke_hoach',
        'issuer': 'Ủy ban nhân dân tỉnh Đắk Lắk', 'place': 'Đắk Lắk', 'date': '2025-09-12',
        'subject': 'Triển khai Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công trên địa bàn tỉnh Đắk Lắk giai đoạn 2025 - 2027',
        'signer': 'Tạ Quang Vinh',
        'references': ['766/QĐ-TTg', '118/2025/NĐ-CP'],
    }
    write_gold(SEED, [{'document': doc, 'targets': targets}])


if __name__ == '__main__':
    main()
