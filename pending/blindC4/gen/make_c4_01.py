#!/usr/bin/env python3
"""c4_01: a district dispatch that forwards a provincial decision and sets its
own targets for its communes, then the forwarded decision (two documents, two
appendices, one file). Word-to-text copy: tab-joined header columns, a
"Kính gửi:" block of four tab-indented recipients, a "(Đã ký)" line.

1. Công văn 1486/UBND-VP, 27/5/2024, UBND huyện Diễn Châu (Nghệ An):
   - quotes the 2023 assignment of Quyết định 904/QĐ-UBND (35%) and the 2023
     results (31,6%, 28,9%): context, no targets;
   - restates the levels the province gave the district as what its
     addressees must reach "toàn huyện" (seed 000 reading: unit-null targets);
   - one prose target for the Bộ phận Một cửa huyện;
   - its own appendix: communes x 3 indicators (belongs to the dispatch).
2. Quyết định 1327/QĐ-UBND, 20/5/2024, UBND tỉnh Nghệ An, with its appendix
   (sở and huyện x 3 indicators). The Diễn Châu row repeats the dispatch's
   restated levels: they are targets of both documents, each in its own object.
"""
from common import T, ubnd, table_targets, write_doc, write_gold

SEED = 'c4_01_nghean_cv_2024.txt'
Y = 2024
HUYEN = [None, 'Toàn huyện', 'Huyện Diễn Châu',
         'Các phòng, ban, ngành cấp huyện và UBND các xã, thị trấn']

CV_HEAD = '''ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN DIỄN CHÂU\tĐộc lập - Tự do - Hạnh phúc
\t
Số: 1486/UBND-VP\tDiễn Châu, ngày 27 tháng 5 năm 2024
V/v triển khai Quyết định số 1327/QĐ-UBND ngày
20/5/2024 của UBND tỉnh và giao chỉ tiêu cho
UBND các xã, thị trấn năm 2024

\tKính gửi:\t- Văn phòng HĐND và UBND huyện;
\t\t- Các phòng, ban, ngành cấp huyện;
\t\t- Bưu điện huyện Diễn Châu;
\t\t- Ủy ban nhân dân các xã, thị trấn.
'''

CV_BODY = [
    ('Ngày 20/5/2024, Ủy ban nhân dân tỉnh Nghệ An ban hành Quyết định số 1327/QĐ-UBND về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình, tỷ lệ thanh toán trực tuyến và tỷ lệ số hóa hồ sơ thủ tục hành chính năm 2024 cho các sở, ban, ngành cấp tỉnh và Ủy ban nhân dân các huyện, thành phố, thị xã (gửi kèm theo Công văn này).', []),
    ('Năm 2023, tại Quyết định số 904/QĐ-UBND ngày 12/4/2023, UBND tỉnh đã giao huyện Diễn Châu chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình 35%; kết quả cả năm 2023 huyện chỉ đạt 31,6%, tỷ lệ thanh toán trực tuyến đạt 28,9%, đứng thứ 15/21 huyện, thành phố, thị xã.', []),
    ('Để hoàn thành chỉ tiêu UBND tỉnh giao năm 2024, Chủ tịch UBND huyện yêu cầu:', []),
    ('1. Các phòng, ban, ngành cấp huyện và UBND các xã, thị trấn phấn đấu đến ngày 31/12/2024 toàn huyện đạt: tỷ lệ hồ sơ trực tuyến toàn trình tối thiểu 45%; tỷ lệ thanh toán trực tuyến tối thiểu 50%; tỷ lệ số hóa hồ sơ thủ tục hành chính tối thiểu 80% (mức UBND tỉnh giao cho huyện tại Phụ lục kèm theo Quyết định số 1327/QĐ-UBND).', [
        T(HUYEN, 'full_online_dossier_rate', 45, 'tỷ lệ hồ sơ trực tuyến toàn trình', 'prose', Y),
        T(HUYEN, 'online_payment_rate', 50, 'tỷ lệ thanh toán trực tuyến', 'prose', Y),
        T(HUYEN, 'dossier_digitization_rate', 80, 'tỷ lệ số hóa hồ sơ thủ tục hành chính', 'prose', Y),
    ]),
    ('2. Giao chỉ tiêu cụ thể năm 2024 cho Ủy ban nhân dân các xã, thị trấn tại Phụ lục kèm theo Công văn này. Riêng Bộ phận Một cửa huyện phấn đấu tỷ lệ số hóa kết quả giải quyết thủ tục hành chính đạt 100%.', [
        T(['Bộ phận Một cửa huyện', 'Bộ phận Một cửa huyện Diễn Châu'], 'result_digitization_rate', 100,
          'tỷ lệ số hóa kết quả giải quyết thủ tục hành chính', 'prose', Y),
    ]),
    ('3. Văn phòng HĐND và UBND huyện theo dõi, đôn đốc; định kỳ trước ngày 20 hằng tháng tổng hợp kết quả, báo cáo Chủ tịch UBND huyện. Bưu điện huyện Diễn Châu bố trí nhân viên hỗ trợ người dân nộp hồ sơ trực tuyến tại Bộ phận Một cửa các xã, thị trấn.', []),
    ('Yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, thị trấn nghiêm túc triển khai thực hiện./.', []),
]

CV_FOOT = '''
Nơi nhận:\tKT. CHỦ TỊCH
- Như trên;\tPHÓ CHỦ TỊCH
- Sở Thông tin và Truyền thông (b/c);
- TT Huyện ủy, TT HĐND huyện (b/c);\t(Đã ký)
- CT, các PCT UBND huyện;
- Lưu: VT, VP.\tNguyễn Hữu Tâm

'''

CV_APPX_HEAD = '''PHỤ LỤC
CHỈ TIÊU GIAO CHO ỦY BAN NHÂN DÂN CÁC XÃ, THỊ TRẤN NĂM 2024
(Kèm theo Công văn số 1486/UBND-VP ngày 27/5/2024 của UBND huyện Diễn Châu)

'''
CV_COLS = [
    ('Tỷ lệ hồ sơ trực tuyến toàn trình (%)', 'full_online_dossier_rate'),
    ('Tỷ lệ thanh toán trực tuyến (%)', 'online_payment_rate'),
    ('Tỷ lệ số hóa hồ sơ TTHC (%)', 'dossier_digitization_rate'),
]
CV_ROWS = [
    (1, 'Thị trấn Diễn Thành', ubnd('Thị trấn Diễn Thành'), ['55', '60', '90'], ''),
    (2, 'Xã Diễn Hồng', ubnd('Xã Diễn Hồng'), ['45', '50', '80'], ''),
    (3, 'Xã Diễn Kỷ', ubnd('Xã Diễn Kỷ'), ['45', '50', '80'], ''),
    (4, 'Xã Diễn Liên', ubnd('Xã Diễn Liên'), ['40', '45', '80'], ''),
    (5, 'Xã Diễn Phúc', ubnd('Xã Diễn Phúc'), ['40', '45', '75'], ''),
    (6, 'Xã Diễn Vạn', ubnd('Xã Diễn Vạn'), ['40', '—', '75'], 'Chưa triển khai thu phí trực tuyến'),
    (7, 'Xã Diễn Hoàng', ubnd('Xã Diễn Hoàng'), ['35', '40', '70'], ''),
    (8, 'Xã Diễn Lâm', ubnd('Xã Diễn Lâm'), ['35', '40', '70'], 'Xã miền núi'),
]

QD_HEAD = '''

ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH NGHỆ AN\tĐộc lập - Tự do - Hạnh phúc
\t
Số: 1327/QĐ-UBND\tNghệ An, ngày 20 tháng 5 năm 2024

QUYẾT ĐỊNH
Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình, tỷ lệ thanh toán trực tuyến
và tỷ lệ số hóa hồ sơ thủ tục hành chính năm 2024

ỦY BAN NHÂN DÂN TỈNH NGHỆ AN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;
Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử;
Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử;
Căn cứ Kế hoạch số 112/KH-UBND ngày 26 tháng 02 năm 2024 của Ủy ban nhân dân tỉnh về chuyển đổi số tỉnh Nghệ An năm 2024;
Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 1105/TTr-STTTT ngày 10 tháng 5 năm 2024.

QUYẾT ĐỊNH:

Điều 1. Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình, tỷ lệ thanh toán trực tuyến và tỷ lệ số hóa hồ sơ thủ tục hành chính năm 2024 cho các sở, ban, ngành cấp tỉnh và Ủy ban nhân dân các huyện, thành phố, thị xã (chi tiết tại Phụ lục kèm theo).

Điều 2. Tổ chức thực hiện
1. Các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các huyện, thành phố, thị xã căn cứ chỉ tiêu được giao xây dựng kế hoạch thực hiện; Ủy ban nhân dân cấp huyện giao chỉ tiêu cụ thể cho Ủy ban nhân dân cấp xã; báo cáo kết quả trước ngày 15/12/2024.
2. Sở Thông tin và Truyền thông chủ trì theo dõi, đôn đốc, hằng tháng công khai kết quả thực hiện chỉ tiêu của các cơ quan, đơn vị trên Cổng thông tin điện tử tỉnh.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thành phố, thị xã và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:\tTM. ỦY BAN NHÂN DÂN
- Như Điều 3;\tKT. CHỦ TỊCH
- Bộ Thông tin và Truyền thông;\tPHÓ CHỦ TỊCH
- CT, các PCT UBND tỉnh;
- Lưu: VT, KGVX.\t
\tLê Văn Thắng

Phụ lục
CHỈ TIÊU NĂM 2024 GIAO CHO CÁC SỞ, BAN, NGÀNH CẤP TỈNH VÀ UBND CẤP HUYỆN
(Kèm theo Quyết định số 1327/QĐ-UBND ngày 20/5/2024 của UBND tỉnh Nghệ An)

'''
QD_COLS = [
    ('Tỷ lệ hồ sơ trực tuyến toàn trình', 'full_online_dossier_rate'),
    ('Tỷ lệ thanh toán trực tuyến', 'online_payment_rate'),
    ('Tỷ lệ số hóa hồ sơ', 'dossier_digitization_rate'),
]
GA, GB = 'SỞ, BAN, NGÀNH CẤP TỈNH', 'UBND CÁC HUYỆN, THÀNH PHỐ, THỊ XÃ'
QD_ROWS = [
    ('S', 'I', GA),
    (1, 'Sở Tư pháp', ['Sở Tư pháp'], ['70%', '65%', '100%'], ''),
    (2, 'Sở Kế hoạch và Đầu tư', ['Sở Kế hoạch và Đầu tư'], ['75%', '70%', '100%'], ''),
    (3, 'Sở Giao thông vận tải', ['Sở Giao thông vận tải'], ['65%', '60%', '95%'], ''),
    (4, 'Sở Nông nghiệp và Phát triển nông thôn', ['Sở Nông nghiệp và Phát triển nông thôn'], ['55%', '50%', '90%'], ''),
    (5, 'Sở Văn hóa và Thể thao', ['Sở Văn hóa và Thể thao'], ['50%', '45%', '90%'], ''),
    (6, 'Ban Quản lý Khu kinh tế Đông Nam', ['Ban Quản lý Khu kinh tế Đông Nam'], ['60%', '—', '95%'],
     'Không phát sinh phí, lệ phí trực tuyến'),
    ('S', 'II', GB),
    (1, 'Thành phố Vinh', ubnd('Thành phố Vinh'), ['55%', '60%', '90%'], ''),
    (2, 'Thị xã Cửa Lò', ubnd('Thị xã Cửa Lò'), ['50%', '55%', '85%'], ''),
    (3, 'Huyện Diễn Châu', ubnd('Huyện Diễn Châu'), ['45%', '50%', '80%'], ''),
    (4, 'Huyện Quỳnh Lưu', ubnd('Huyện Quỳnh Lưu'), ['45%', '50%', '80%'], ''),
    (5, 'Huyện Nghi Lộc', ubnd('Huyện Nghi Lộc'), ['45%', '50%', '80%'], ''),
    (6, 'Huyện Kỳ Sơn', ubnd('Huyện Kỳ Sơn'), ['25%', '30%', '60%'], 'Huyện miền núi đặc biệt khó khăn'),
]


def tsv(rows, cols, first='STT', unit_hdr='Đơn vị'):
    lines = ['\t'.join([first, unit_hdr] + [c for c, _ in cols] + ['Ghi chú'])]
    for r in rows:
        if r[0] == 'S':
            lines.append(f'{r[1]}\t{r[2]}' + '\t' * (len(cols) + 1))
        else:
            lines.append('\t'.join([str(r[0]), r[1]] + r[3] + [r[4]]))
    return lines


def main():
    text = CV_HEAD + '\n' + '\n\n'.join(p for p, _ in CV_BODY) + '\n' + CV_FOOT
    text += CV_APPX_HEAD + '\n'.join(tsv(CV_ROWS, CV_COLS)) + '\n'
    text += QD_HEAD + '\n'.join(tsv(QD_ROWS, QD_COLS, first='TT')) + '\n'
    write_doc(SEED, text)
    cv_ts = [t for _, ts in CV_BODY for t in ts] + table_targets(CV_ROWS, CV_COLS, Y)
    qd_ts = table_targets(QD_ROWS, QD_COLS, Y)
    cv = {
        'number': '1486/UBND-VP', 'symbol': 'UBND-VP', 'serial': '1486', 'type': 'cong_van',
        'issuer': 'Ủy ban nhân dân huyện Diễn Châu', 'place': 'Diễn Châu', 'date': '2024-05-27',
        'subject': 'Triển khai Quyết định số 1327/QĐ-UBND ngày 20/5/2024 của UBND tỉnh và giao chỉ tiêu cho UBND các xã, thị trấn năm 2024',
        'signer': 'Nguyễn Hữu Tâm', 'signer_position': 'Phó Chủ tịch', 'signer_capacity': 'KT. Chủ tịch',
        'recipients': ['Văn phòng HĐND và UBND huyện', 'Các phòng, ban, ngành cấp huyện',
                       'Bưu điện huyện Diễn Châu', 'Ủy ban nhân dân các xã, thị trấn',
                       'Như trên', 'Sở Thông tin và Truyền thông (b/c)',
                       'TT Huyện ủy, TT HĐND huyện (b/c)', 'CT, các PCT UBND huyện'],
        'references': ['1327/QĐ-UBND', '904/QĐ-UBND'],
    }
    qd = {
        'number': '1327/QĐ-UBND', 'symbol': 'QĐ-UBND', 'serial': '1327', 'type': 'quyet_dinh',
        'issuer': 'Ủy ban nhân dân tỉnh Nghệ An', 'place': 'Nghệ An', 'date': '2024-05-20',
        'subject': 'Về việc giao chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình, tỷ lệ thanh toán trực tuyến và tỷ lệ số hóa hồ sơ thủ tục hành chính năm 2024',
        'signer': 'Lê Văn Thắng', 'signer_position': 'Phó Chủ tịch', 'signer_capacity': 'TM. Ủy ban nhân dân; KT. Chủ tịch',
        'recipients': ['Như Điều 3', 'Bộ Thông tin và Truyền thông', 'CT, các PCT UBND tỉnh'],
        'references': ['45/2020/NĐ-CP', '766/QĐ-TTg', '112/KH-UBND', '1105/TTr-STTTT'],
    }
    write_gold(SEED, [{'document': cv, 'targets': cv_ts}, {'document': qd, 'targets': qd_ts}])


if __name__ == '__main__':
    main()
