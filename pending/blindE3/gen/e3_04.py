"""e3_04: prose-only directive (Chỉ thị 19/CT-UBND, Chủ tịch UBND tỉnh Hà Tĩnh, 14/11/2025):
lettered lists, '- Đối với …:' blocks, 'trở lên' / 'tối thiểu' / 'không quá' (ceiling) / '100%',
2026 and 2027 targets in one sentence, past results beside them, enumerations after a colon
joined with 'và' (one unit name itself contains 'và')."""
from common import *

DOC = 'e3_04_hatinh_ct19_2025.txt'

TEXT = """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HÀ TĨNH\tĐộc lập - Tự do - Hạnh phúc
\t
Số: 19/CT-UBND\tHà Tĩnh, ngày 14 tháng 11 năm 2025

CHỈ THỊ
Về đẩy mạnh cung cấp, sử dụng dịch vụ công trực tuyến và thanh toán trực tuyến
trên địa bàn tỉnh giai đoạn 2026 - 2027

Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia; Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ, thời gian qua việc cung cấp, sử dụng dịch vụ công trực tuyến trên địa bàn tỉnh đã có chuyển biến: năm 2024 tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 45,2%, tỷ lệ thanh toán trực tuyến đạt 38,7%; 10 tháng đầu năm 2025 tỷ lệ hồ sơ trực tuyến đạt 61,3%, tỷ lệ hồ sơ giải quyết quá hạn còn 3,8%.

Tuy nhiên, sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương 02 cấp từ ngày 01/7/2025, một số xã, phường chưa bảo đảm hạ tầng, nhân lực; vẫn còn 17 xã có tỷ lệ hồ sơ trực tuyến dưới 30%; việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính ở nhiều nơi còn mang tính hình thức.

Để khắc phục tồn tại, hạn chế nêu trên, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:

1. Mục tiêu

a) Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính toàn tỉnh đạt từ 70% trở lên trong năm 2026 và tối thiểu 80% trong năm 2027 (năm 2024 đạt 45,2%).

b) 100% thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình; 100% kết quả xử lý hồ sơ thủ tục hành chính được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia.

c) Tỷ lệ hồ sơ giải quyết quá hạn không quá 5% đối với cấp xã và không quá 2% đối với cấp tỉnh.

2. Nhiệm vụ cụ thể

- Đối với các sở, ban, ngành:

a) Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 85% năm 2026, 90% năm 2027.

b) Tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí đạt từ 75% trở lên; riêng các Sở: Tư pháp, Công Thương, Y tế và Nông nghiệp và Môi trường đạt từ 90% trở lên (năm 2025 các đơn vị này ước đạt 82,4%).

c) 100% kết quả giải quyết thủ tục hành chính được cấp dưới dạng điện tử.

- Đối với Ủy ban nhân dân các xã, phường:

a) Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 65% năm 2026, 75% năm 2027; riêng Ủy ban nhân dân các phường: Thành Sen, Trần Phú, Bắc Hồng Lĩnh và Sông Trí đạt tối thiểu 80% ngay trong năm 2026.

b) Tỷ lệ số hóa thành phần hồ sơ khi tiếp nhận đạt tối thiểu 80%.

c) Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính đạt 100%.

d) Tỷ lệ hồ sơ được tiếp nhận và xử lý trực tuyến trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh đạt 100%; hồ sơ nộp trực tiếp phải được số hóa, cập nhật lên Hệ thống ngay khi tiếp nhận.

- Đối với Văn phòng Ủy ban nhân dân tỉnh: Chủ trì rà soát, chuẩn hóa quy trình nội bộ; bảo đảm tỷ lệ dịch vụ công trực tuyến toàn trình được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia đạt 100%; hằng tháng công khai kết quả của từng cơ quan, địa phương trên Cổng Thông tin điện tử tỉnh.

- Đối với Sở Khoa học và Công nghệ: Bảo đảm hạ tầng, an toàn thông tin cho Hệ thống thông tin giải quyết thủ tục hành chính tỉnh; kết nối, chia sẻ dữ liệu với các cơ sở dữ liệu quốc gia, chuyên ngành; phấn đấu tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt tối thiểu 50% năm 2026 và 70% năm 2027.

- Đối với Trung tâm Phục vụ hành chính công tỉnh: Nâng cao chất lượng hướng dẫn, hỗ trợ tại Bộ phận Một cửa; bảo đảm tỷ lệ hài lòng của người dân, doanh nghiệp đạt tối thiểu 95%.

- Đối với Công an tỉnh: Hướng dẫn, hỗ trợ người dân kích hoạt tài khoản định danh điện tử mức độ 2 để sử dụng dịch vụ công trực tuyến.

3. Tổ chức thực hiện

Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh, Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả thực hiện các chỉ tiêu tại Chỉ thị này; định kỳ hằng quý (trước ngày 20 tháng cuối quý) báo cáo kết quả về Văn phòng Ủy ban nhân dân tỉnh để tổng hợp.

Chỉ thị này thay thế Chỉ thị số 08/CT-UBND ngày 15/5/2024 của Chủ tịch Ủy ban nhân dân tỉnh và có hiệu lực kể từ ngày ký./.

Nơi nhận:\tCHỦ TỊCH
- Văn phòng Chính phủ;\t
- Bộ Khoa học và Công nghệ;\t
- TT Tỉnh ủy, TT HĐND tỉnh;\t
- Chủ tịch, các PCT UBND tỉnh;\t
- Các sở, ban, ngành cấp tỉnh;\t
- UBND các xã, phường;\t
- Lưu: VT, NC.\tPhan Đình Thắng
"""


def gold():
    P = dict(kind='prose')
    SBN = ['Các sở, ban, ngành', 'Các sở, ban, ngành tỉnh', 'Các sở, ban, ngành cấp tỉnh']
    XP = ['Ủy ban nhân dân các xã, phường', 'Các xã, phường']
    od = 'Tỷ lệ hồ sơ trực tuyến'
    ts = [
        # 1. Mục tiêu (toàn tỉnh)
        T(None, 'online_dossier_rate', 70, 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính toàn tỉnh', 2026, **P),
        T(None, 'online_dossier_rate', 80, 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính toàn tỉnh', 2027, **P),
        T(None, 'full_online_service_rate', 100, 'thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình', 2026, **P),
        T(None, 'national_portal_sync_rate', 100, 'kết quả xử lý hồ sơ thủ tục hành chính được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia', 2026, **P),
        T(['Cấp xã', 'Ủy ban nhân dân cấp xã', 'Ủy ban nhân dân các xã, phường'], None, 5, 'Tỷ lệ hồ sơ giải quyết quá hạn', 2026, comparator='<=', **P),
        T(['Cấp tỉnh', 'Các cơ quan cấp tỉnh', 'Các sở, ban, ngành', 'Các sở, ban, ngành cấp tỉnh'], None, 2, 'Tỷ lệ hồ sơ giải quyết quá hạn', 2026, comparator='<=', **P),
        # 2. Sở, ban, ngành
        T(SBN, 'online_dossier_rate', 85, od, 2026, **P),
        T(SBN, 'online_dossier_rate', 90, od, 2027, **P),
        T(SBN, 'online_payment_rate', 75, 'Tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí', 2026, **P),
    ]
    for s in ('Sở Tư pháp', 'Sở Công Thương', 'Sở Y tế', 'Sở Nông nghiệp và Môi trường'):
        ts.append(T(s, 'online_payment_rate', 90, 'Tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí', 2026, **P))
    ts.append(T(SBN, 'electronic_result_rate', 100, 'kết quả giải quyết thủ tục hành chính được cấp dưới dạng điện tử', 2026, **P))
    # 2. Xã, phường
    ts += [T(XP, 'online_dossier_rate', 65, od, 2026, **P), T(XP, 'online_dossier_rate', 75, od, 2027, **P)]
    for p in ('Thành Sen', 'Trần Phú', 'Bắc Hồng Lĩnh', 'Sông Trí'):
        ts.append(T(['Ủy ban nhân dân phường ' + p, 'Phường ' + p], 'online_dossier_rate', 80, od, 2026, **P))
    ts += [
        T(XP, 'dossier_digitization_rate', 80, 'Tỷ lệ số hóa thành phần hồ sơ khi tiếp nhận', 2026, **P),
        T(XP, 'e_certified_copy_rate', 100, 'Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính', 2026, **P),
        T(XP, 'online_processing_rate', 100, 'Tỷ lệ hồ sơ được tiếp nhận và xử lý trực tuyến trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh', 2026, **P),
        T('Văn phòng Ủy ban nhân dân tỉnh', 'national_portal_integration_rate', 100, 'tỷ lệ dịch vụ công trực tuyến toàn trình được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia', 2026, **P),
        T(['Sở Khoa học và Công nghệ', None], 'digitized_data_reuse_rate', 50, 'tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa', 2026, **P),
        T(['Sở Khoa học và Công nghệ', None], 'digitized_data_reuse_rate', 70, 'tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa', 2027, **P),
        T('Trung tâm Phục vụ hành chính công tỉnh', 'satisfaction_rate', 95, 'tỷ lệ hài lòng của người dân, doanh nghiệp', 2026, **P),
    ]
    doc = {"number": "19/CT-UBND", "symbol": "CT-UBND", "serial": "19", "type": "chi_thi",
           "issuer": "Ủy ban nhân dân tỉnh Hà Tĩnh", "place": "Hà Tĩnh", "date": "2025-11-14",
           "subject": "Về đẩy mạnh cung cấp, sử dụng dịch vụ công trực tuyến và thanh toán trực tuyến trên địa bàn tỉnh giai đoạn 2026 - 2027",
           "signer": "Phan Đình Thắng",
           "references": ["57-NQ/TW", "118/2025/NĐ-CP", "766/QĐ-TTg", "08/CT-UBND"]}
    return [{"document": doc, "targets": ts}]


def main():
    write_doc(DOC, TEXT)
    write_gold(DOC, gold())


if __name__ == '__main__':
    main()
