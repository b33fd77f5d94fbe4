//! Table shapes and past results, each a case whose every target is
//! known: HTML tables (spans over rows and columns, line breaks and
//! paragraphs in cells, `thead`, header cells down the first column, no
//! index column, a table inside a layout cell, no-break spaces, a header
//! and one row), text tables (the indicator in the caption, a column per
//! year, a row per year, units across, sections, notes, a two-level
//! header, OCR's rows of single spaces under a header wrapped a word a
//! column, a column of counts and its row of sums, OCR's row one figure short, OCR's garbled
//! header named by the caption) and sentences and columns that set a target beside a result
//! (only the target is one).

use chitieu::read::Format;

const HTML_HEAD: &str =
    "<html><body><p>ỦY BAN NHÂN DÂN TỈNH AN LẠC</p><p>Số: 12/QĐ-UBND</p><p>An Lạc, ngày 05 tháng 1 năm 2025</p><p>QUYẾT ĐỊNH</p><p>Về việc giao chỉ tiêu năm 2025</p><p>Phụ lục</p>";
const TEXT_HEAD: &str = "ỦY BAN NHÂN DÂN\nTỈNH AN LẠC\nSố: 12/QĐ-UBND\nAn Lạc, ngày 05 tháng 1 năm 2025\nQUYẾT ĐỊNH\nVề việc giao chỉ tiêu năm 2025\n\nĐiều 1. Giao chỉ tiêu cho các đơn vị (chi tiết tại Phụ lục kèm theo).\n\n";
const PLAN_HEAD: &str = "ỦY BAN NHÂN DÂN\nTỈNH AN LẠC\nSố: 12/KH-UBND\nAn Lạc, ngày 05 tháng 1 năm 2025\nKẾ HOẠCH\nNâng cao tỷ lệ hồ sơ trực tuyến năm 2025\n\n";

/// A target as these tests see it: unit, value, metric, year.
type Seen = (Option<String>, f64, Option<String>, Option<i32>);

/// A target as a case writes it (metric "": none of the indicators).
type Case<'a> = (Option<&'a str>, f64, &'a str, i32);

/// Every target of `input`, sorted.
fn targets(format: Format, input: &str) -> Vec<Seen> {
    let rules = chitieu::Rules::builtin().unwrap();
    let docs = chitieu::extract_bytes(input.as_bytes(), format, "t", &rules).unwrap();
    let mut got: Vec<_> = docs.into_iter().flat_map(|d| d.targets).map(|t| (t.unit, t.value, t.metric, t.year)).collect();
    got.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
    got
}

/// A district's dispatch up to its body, for cases of prose.
const DISPATCH_HEAD: &str = "ỦY BAN NHÂN DÂN\nTHỊ XÃ AN LẠC\nSố: 318/UBND-VP\nV/v thực hiện chỉ tiêu hồ sơ trực tuyến năm 2024\nAn Lạc, ngày 26 tháng 02 năm 2024\nKính gửi: UBND các xã, phường.\n\n";

/// Each target of a text's unit and value, sorted as [`targets`] sorts them.
fn units_and_values(text: &str) -> Vec<(Option<String>, f64)> {
    targets(Format::Text, text).into_iter().map(|t| (t.0, t.1)).collect()
}

/// Units and values as wanted, sorted as [`units_and_values`] gives them.
fn pairs(cases: &[(&str, f64)]) -> Vec<(Option<String>, f64)> {
    let mut w: Vec<(Option<String>, f64)> = cases.iter().map(|&(u, v)| (Some(u.to_string()), v)).collect();
    w.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
    w
}

/// The unit of the target of `metric` and `value` among `got`, if one is.
fn unit_of(got: &[Seen], metric: Option<&str>, value: f64) -> Option<Option<String>> {
    got.iter().find(|t| t.2.as_deref() == metric && t.1 == value).map(|t| t.0.clone())
}

/// Each case's targets as wanted, sorted as [`targets`] sorts them.
fn want(cases: &[Case]) -> Vec<Seen> {
    let mut w: Vec<_> = cases
        .iter()
        .map(|&(u, v, m, y)| (u.map(str::to_string), v, Some(m.to_string()).filter(|m| !m.is_empty()), Some(y)))
        .collect();
    w.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
    w
}

#[test]
fn html_tables_of_every_shape() {
    let cases: [(&str, &str, &[Case]); 10] = [
        ("rowspan_group", "<table><tr><th>STT</th><th>Đơn vị</th><th>Tỷ lệ hồ sơ trực tuyến (%)</th></tr><tr><td rowspan='2'>I</td><td colspan='2'><b>Sở, ngành</b></td></tr><tr><td>Sở Tư pháp</td><td>47</td></tr><tr><td>1</td><td>Sở Y tế</td><td>48</td></tr></table>", &[(Some("Sở Tư pháp"), 47.0, "online_dossier_rate", 2025), (Some("Sở Y tế"), 48.0, "online_dossier_rate", 2025)]),
        ("colspan_two_level", "<table><tr><th rowspan='2'>STT</th><th rowspan='2'>Đơn vị</th><th colspan='2'>Chỉ tiêu năm 2025 (%)</th></tr><tr><th>Hồ sơ trực tuyến</th><th>Thanh toán trực tuyến</th></tr><tr><td>1</td><td>Sở Tư pháp</td><td>47</td><td>27</td></tr></table>", &[(Some("Sở Tư pháp"), 47.0, "online_dossier_rate", 2025), (Some("Sở Tư pháp"), 27.0, "online_payment_rate", 2025)]),
        ("br_in_cells", "<table><tr><td>STT</td><td>Tên đơn vị</td><td>Tỷ lệ hồ sơ<br>trực tuyến</td></tr><tr><td>1</td><td>Sở Tư<br>pháp</td><td><p>47%</p></td></tr></table>", &[(Some("Sở Tư pháp"), 47.0, "online_dossier_rate", 2025)]),
        ("thead_tbody", "<table><thead><tr><th>STT</th><th>Tên đơn vị</th><th><strong>Tỷ lệ thanh toán trực tuyến</strong></th></tr></thead><tbody><tr><td>1</td><td><span style='x'>Sở Tư pháp</span></td><td><b>47</b></td></tr></tbody></table>", &[(Some("Sở Tư pháp"), 47.0, "online_payment_rate", 2025)]),
        ("rowspan_unit_two_rows", "<table><tr><th>STT</th><th>Đơn vị</th><th>Chỉ tiêu</th><th>Giao chỉ tiêu (%)</th></tr><tr><td rowspan='2'>1</td><td rowspan='2'>Sở Tư pháp</td><td>Tỷ lệ hồ sơ trực tuyến</td><td>47</td></tr><tr><td>Tỷ lệ thanh toán trực tuyến</td><td>27</td></tr></table>", &[(Some("Sở Tư pháp"), 47.0, "online_dossier_rate", 2025), (Some("Sở Tư pháp"), 27.0, "online_payment_rate", 2025)]),
        ("rowspan_indicator", "<table><tr><th>STT</th><th>Chỉ tiêu</th><th>Đơn vị</th><th>Giao chỉ tiêu (%)</th></tr><tr><td rowspan='2'>1</td><td rowspan='2'>Tỷ lệ hồ sơ trực tuyến</td><td>Sở Tư pháp</td><td>47</td></tr><tr><td>Sở Y tế</td><td>48</td></tr></table>", &[(Some("Sở Tư pháp"), 47.0, "online_dossier_rate", 2025), (Some("Sở Y tế"), 48.0, "online_dossier_rate", 2025)]),
        ("th_first_col", "<table><tr><th>Đơn vị</th><th>Tỷ lệ hồ sơ trực tuyến</th><th>Tỷ lệ số hóa hồ sơ</th></tr><tr><th>Sở Tư pháp</th><td>47%</td><td>37%</td></tr><tr><th>Sở Y tế</th><td>48%</td><td>38%</td></tr></table>", &[(Some("Sở Tư pháp"), 47.0, "online_dossier_rate", 2025), (Some("Sở Tư pháp"), 37.0, "dossier_digitization_rate", 2025), (Some("Sở Y tế"), 48.0, "online_dossier_rate", 2025), (Some("Sở Y tế"), 38.0, "dossier_digitization_rate", 2025)]),
        ("no_stt", "<table><tr><td><b>Tên đơn vị</b></td><td><b>Tỷ lệ hồ sơ trực tuyến</b></td></tr><tr><td>Sở Tư pháp</td><td>47%</td></tr><tr><td>UBND xã Yên Thọ</td><td>48%</td></tr></table>", &[(Some("Sở Tư pháp"), 47.0, "online_dossier_rate", 2025), (Some("UBND xã Yên Thọ"), 48.0, "online_dossier_rate", 2025)]),
        ("nested_table_layout", "<table><tr><td><table><tr><th>STT</th><th>Tên đơn vị</th><th>Tỷ lệ hồ sơ trực tuyến</th></tr><tr><td>1</td><td>Sở Tư pháp</td><td>47%</td></tr></table></td></tr></table>", &[(Some("Sở Tư pháp"), 47.0, "online_dossier_rate", 2025)]),
        ("nbsp_cells", "<table><tr><td>STT</td><td>Tên&nbsp;đơn&nbsp;vị</td><td>Tỷ&nbsp;lệ hồ&nbsp;sơ trực&nbsp;tuyến</td></tr><tr><td>1</td><td>Sở&nbsp;Tư&nbsp;pháp</td><td>47&nbsp;%</td></tr></table>", &[(Some("Sở Tư pháp"), 47.0, "online_dossier_rate", 2025)]),
    ];
    let mut wrong = Vec::new();
    for (name, table, cases) in cases {
        let got = targets(Format::Html, &format!("{HTML_HEAD}{table}</body></html>"));
        if got != want(cases) {
            wrong.push(format!("{name}: {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn text_tables_of_every_shape() {
    let cases: [(&str, &str, &[Case]); 15] = [
        ("ocr_garbled_header_caption", "Phụ lục\nGIAO CHỈ TIÊU TỶ LỆ HỒ SƠ TRỰC TUYẾN, THANH TOÁN TRỰC TUYẾN VÀ SỐ HÓA HỒ SƠ, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2025\n(Kèm theo Quyết định số 12/QĐ-UBND ngày 05/01/2025 của UBND tỉnh)\nTỷ lệ hồ sơ\ntrên tổng số Tỷ lệ hồ sơ\nSTT Tên đơn vì nhận, giải trực tuyến hồ sơ, kết Ghỉ chủ\n1 Sở Tư pháp 47 17 57\n2 Sở Y tế 48 18 58\n3 Sở Nội vụ 49 19 59\n", &[(Some("Sở Tư pháp"), 47.0, "online_dossier_rate", 2025), (Some("Sở Tư pháp"), 17.0, "online_payment_rate", 2025), (Some("Sở Tư pháp"), 57.0, "dossier_result_digitization_rate", 2025), (Some("Sở Y tế"), 48.0, "online_dossier_rate", 2025), (Some("Sở Y tế"), 18.0, "online_payment_rate", 2025), (Some("Sở Y tế"), 58.0, "dossier_result_digitization_rate", 2025), (Some("Sở Nội vụ"), 49.0, "online_dossier_rate", 2025), (Some("Sở Nội vụ"), 19.0, "online_payment_rate", 2025), (Some("Sở Nội vụ"), 59.0, "dossier_result_digitization_rate", 2025)]),
        ("ocr_blank_cell", "Phụ lục\nCHỈ TIÊU NĂM 2025\n(Kèm theo Quyết định số 12/QĐ-UBND ngày 05/01/2025 của UBND tỉnh)\nSTT Tên đơn vị Tỷ lệ hồ sơ trực tuyến Tỷ lệ thanh toán trực tuyến Tỷ lệ số hóa hồ sơ Tỷ lệ chứng thực bản sao điện tử\nI Sở, ban, ngành\n1 |Sở Tư pháp 47% 17% 57% 100%\n2 |Sở Y tế 48% 18% 58%\n3 |Sở Nội vụ 49% 59% 100%\n4 |Sở Xây dựng 44% 54%\nII UBND cấp xã\n1 |UBND xã Nậm Pồ 46% 16% 56% 90%\n2 |UBND xã Chà Tở 45% 15% 55% 80%\n", &[(Some("Sở Tư pháp"), 47.0, "online_dossier_rate", 2025), (Some("Sở Tư pháp"), 17.0, "online_payment_rate", 2025), (Some("Sở Tư pháp"), 57.0, "dossier_digitization_rate", 2025), (Some("Sở Tư pháp"), 100.0, "e_certified_copy_rate", 2025), (Some("Sở Y tế"), 48.0, "online_dossier_rate", 2025), (Some("Sở Y tế"), 18.0, "online_payment_rate", 2025), (Some("Sở Y tế"), 58.0, "dossier_digitization_rate", 2025), (Some("Sở Nội vụ"), 49.0, "online_dossier_rate", 2025), (Some("Sở Nội vụ"), 59.0, "dossier_digitization_rate", 2025), (Some("Sở Nội vụ"), 100.0, "e_certified_copy_rate", 2025), (Some("UBND xã Nậm Pồ"), 46.0, "online_dossier_rate", 2025), (Some("UBND xã Nậm Pồ"), 16.0, "online_payment_rate", 2025), (Some("UBND xã Nậm Pồ"), 56.0, "dossier_digitization_rate", 2025), (Some("UBND xã Nậm Pồ"), 90.0, "e_certified_copy_rate", 2025), (Some("UBND xã Chà Tở"), 45.0, "online_dossier_rate", 2025), (Some("UBND xã Chà Tở"), 15.0, "online_payment_rate", 2025), (Some("UBND xã Chà Tở"), 55.0, "dossier_digitization_rate", 2025), (Some("UBND xã Chà Tở"), 80.0, "e_certified_copy_rate", 2025)]),
        ("count_column_total_row", "Phụ lục\nCHỈ TIÊU NĂM 2025\n(Kèm theo Quyết định số 12/QĐ-UBND ngày 05/01/2025 của UBND tỉnh)\nSTT\tTên đơn vị\tTỷ lệ hồ sơ trực tuyến (%)\tSố TTHC đăng ký cung cấp DVCTT toàn trình (thủ tục)\n1\tSở Tư pháp\t47\t45\n2\tSở Y tế\t48\t38\n\tTổng cộng\t\t83\n", &[(Some("Sở Tư pháp"), 47.0, "online_dossier_rate", 2025), (Some("Sở Tư pháp"), 45.0, "", 2025), (Some("Sở Y tế"), 48.0, "online_dossier_rate", 2025), (Some("Sở Y tế"), 38.0, "", 2025)]),
        ("ocr_dealt_header", "Phụ lục\nCHỈ TIÊU NĂM 2025\n(Kèm theo Quyết định số 12/QĐ-UBND ngày 05/01/2025 của UBND tỉnh)\nSTT Tên đơn vị Tỷ lệ giải quyết hồ sơ Tỷ lệ số hóa hồ sơ Tỷ lệ thanh toán trực\nDVCTT tuyến tuyến\n1 Sở Tư pháp 47% 37% 27%\n2 Sở Y tế 48% 38% 28%\n3 UBND xã Nậm Pồ 49% 39% 29%\n", &[(Some("Sở Tư pháp"), 47.0, "online_dossier_rate", 2025), (Some("Sở Tư pháp"), 37.0, "dossier_digitization_rate", 2025), (Some("Sở Tư pháp"), 27.0, "online_payment_rate", 2025), (Some("Sở Y tế"), 48.0, "online_dossier_rate", 2025), (Some("Sở Y tế"), 38.0, "dossier_digitization_rate", 2025), (Some("Sở Y tế"), 28.0, "online_payment_rate", 2025), (Some("UBND xã Nậm Pồ"), 49.0, "online_dossier_rate", 2025), (Some("UBND xã Nậm Pồ"), 39.0, "dossier_digitization_rate", 2025), (Some("UBND xã Nậm Pồ"), 29.0, "online_payment_rate", 2025)]),
        ("caption_value", "Phụ lục\nCHỈ TIÊU TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2025\n(Kèm theo Quyết định số 12/QĐ-UBND ngày 05/01/2025 của UBND tỉnh)\nSTT\tĐơn vị\tChỉ tiêu giao (%)\n1\tSở Tư pháp\t47\n2\tSở Y tế\t48\n", &[(Some("Sở Tư pháp"), 47.0, "online_dossier_rate", 2025), (Some("Sở Y tế"), 48.0, "online_dossier_rate", 2025)]),
        ("caption_bare_value", "Phụ lục\nCHỈ TIÊU TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2025\n(Kèm theo Quyết định số 12/QĐ-UBND ngày 05/01/2025 của UBND tỉnh)\nĐơn vị\tChỉ tiêu (%)\nSở Tư pháp\t47\nSở Y tế\t48\n", &[(Some("Sở Tư pháp"), 47.0, "online_dossier_rate", 2025), (Some("Sở Y tế"), 48.0, "online_dossier_rate", 2025)]),
        ("caption_years", "Phụ lục\nCHỈ TIÊU TỶ LỆ HỒ SƠ TRỰC TUYẾN GIAI ĐOẠN 2025 - 2026\n(Kèm theo Quyết định số 12/QĐ-UBND ngày 05/01/2025 của UBND tỉnh)\nSTT\tĐơn vị\tNăm 2025\tNăm 2026\n1\tSở Tư pháp\t47\t57\n2\tSở Y tế\t48\t58\n", &[(Some("Sở Tư pháp"), 47.0, "online_dossier_rate", 2025), (Some("Sở Tư pháp"), 57.0, "online_dossier_rate", 2026), (Some("Sở Y tế"), 48.0, "online_dossier_rate", 2025), (Some("Sở Y tế"), 58.0, "online_dossier_rate", 2026)]),
        ("caption_pct", "Phụ lục\nCHỈ TIÊU TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2025\n(Kèm theo Quyết định số 12/QĐ-UBND ngày 05/01/2025 của UBND tỉnh)\nSTT\tTên đơn vị\tTỷ lệ (%)\n1\tSở Tư pháp\t47\n2\tSở Y tế\t48\n", &[(Some("Sở Tư pháp"), 47.0, "online_dossier_rate", 2025), (Some("Sở Y tế"), 48.0, "online_dossier_rate", 2025)]),
        ("transposed", "Phụ lục\nCHỈ TIÊU TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2025\n(Kèm theo Quyết định số 12/QĐ-UBND ngày 05/01/2025 của UBND tỉnh)\nSTT\tChỉ tiêu\tSở Tư pháp\tSở Y tế\tUBND huyện Mường Nhé\n1\tTỷ lệ hồ sơ trực tuyến\t47\t48\t49\n", &[(Some("Sở Tư pháp"), 47.0, "online_dossier_rate", 2025), (Some("Sở Y tế"), 48.0, "online_dossier_rate", 2025), (Some("UBND huyện Mường Nhé"), 49.0, "online_dossier_rate", 2025)]),
        ("transposed_bare", "Phụ lục\nCHỈ TIÊU TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2025\n(Kèm theo Quyết định số 12/QĐ-UBND ngày 05/01/2025 của UBND tỉnh)\nSTT\tChỉ tiêu\tHuyện Mường Nhé\tHuyện Tủa Chùa\tThị xã Mường Lay\n1\tTỷ lệ hồ sơ trực tuyến (%)\t47\t48\t49\n", &[(Some("Huyện Mường Nhé"), 47.0, "online_dossier_rate", 2025), (Some("Huyện Tủa Chùa"), 48.0, "online_dossier_rate", 2025), (Some("Thị xã Mường Lay"), 49.0, "online_dossier_rate", 2025)]),
        ("sections", "Phụ lục\nCHỈ TIÊU TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2025\n(Kèm theo Quyết định số 12/QĐ-UBND ngày 05/01/2025 của UBND tỉnh)\nSTT\tĐơn vị\tTỷ lệ hồ sơ trực tuyến (%)\nI\tCấp tỉnh\t\n1\tSở Tư pháp\t47\nII\tCấp xã\t\n1\tUBND xã Nậm Pồ\t48\n", &[(Some("Sở Tư pháp"), 47.0, "online_dossier_rate", 2025), (Some("UBND xã Nậm Pồ"), 48.0, "online_dossier_rate", 2025)]),
        ("note", "Phụ lục\nCHỈ TIÊU TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2025\n(Kèm theo Quyết định số 12/QĐ-UBND ngày 05/01/2025 của UBND tỉnh)\nSTT\tĐơn vị\tTỷ lệ hồ sơ trực tuyến (%)\tGhi chú\n1\tSở Tư pháp\t47\tTrừ TTHC đặc thù\n2\tSở Y tế\t48\t\n", &[(Some("Sở Tư pháp"), 47.0, "online_dossier_rate", 2025), (Some("Sở Y tế"), 48.0, "online_dossier_rate", 2025)]),
        ("two_level", "Phụ lục\nCHỈ TIÊU TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2025\n(Kèm theo Quyết định số 12/QĐ-UBND ngày 05/01/2025 của UBND tỉnh)\nSTT\tĐơn vị\tHồ sơ trực tuyến\t\tThanh toán trực tuyến\t\n\t\tNăm 2025\tNăm 2026\tNăm 2025\tNăm 2026\n1\tSở Tư pháp\t47\t57\t27\t37\n", &[(Some("Sở Tư pháp"), 47.0, "online_dossier_rate", 2025), (Some("Sở Tư pháp"), 57.0, "online_dossier_rate", 2026), (Some("Sở Tư pháp"), 27.0, "online_payment_rate", 2025), (Some("Sở Tư pháp"), 37.0, "online_payment_rate", 2026)]),
        ("unit_col_year_rows", "Phụ lục\nCHỈ TIÊU TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2025\n(Kèm theo Quyết định số 12/QĐ-UBND ngày 05/01/2025 của UBND tỉnh)\nSTT\tNăm\tTỷ lệ hồ sơ trực tuyến (%)\tTỷ lệ thanh toán trực tuyến (%)\n1\t2025\t47\t27\n2\t2026\t57\t37\n", &[(None, 47.0, "online_dossier_rate", 2025), (None, 27.0, "online_payment_rate", 2025), (None, 57.0, "online_dossier_rate", 2026), (None, 37.0, "online_payment_rate", 2026)]),
        ("pipe_sections", "Phụ lục\n\nCHỈ TIÊU TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2025\n\n(Kèm theo Quyết định số 12/QĐ-UBND ngày 05/01/2025 của UBND tỉnh)\n\n| STT | Đơn vị | Tỷ lệ hồ sơ trực tuyến (%) |\n|---|---|---|\n| **A** | **Sở, ban, ngành** | |\n| 1 | Sở Tư pháp | 47 |\n| **B** | **UBND cấp xã** | |\n| 1 | UBND phường Him Lam | 48 |\n", &[(Some("Sở Tư pháp"), 47.0, "online_dossier_rate", 2025), (Some("UBND phường Him Lam"), 48.0, "online_dossier_rate", 2025)]),
    ];
    let mut wrong = Vec::new();
    for (name, table, cases) in cases {
        let format = if name.starts_with("pipe") { Format::Markdown } else { Format::Text };
        let got = targets(format, &format!("{TEXT_HEAD}{table}"));
        if got != want(cases) {
            wrong.push(format!("{name}: {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_result_beside_a_target_is_none() {
    let sentences = [
        "Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 41,7%; phấn đấu năm 2025 đạt 47%.",
        "Kết quả năm 2024, tỷ lệ hồ sơ trực tuyến đạt 41,7%. Chỉ tiêu năm 2025: tỷ lệ hồ sơ trực tuyến đạt tối thiểu 47%.",
        "Phấn đấu năm 2025 tỷ lệ hồ sơ trực tuyến đạt 47% (năm 2024 đạt 41,7%).",
        "6 tháng đầu năm 2025, tỷ lệ hồ sơ trực tuyến mới đạt 41,7%. Phấn đấu đến hết năm 2025, tỷ lệ hồ sơ trực tuyến đạt 47%.",
        "Phấn đấu năm 2025 tỷ lệ hồ sơ trực tuyến đạt 47%, tăng 5% so với năm 2024.",
        "Tỷ lệ hồ sơ trực tuyến năm 2024 là 41,7%, thấp hơn bình quân cả nước; năm 2025 phấn đấu đạt tối thiểu 47%.",
        "Trên cơ sở kết quả đạt được năm 2024 (41,7%), giao chỉ tiêu tỷ lệ hồ sơ trực tuyến năm 2025 đạt 47%.",
        "Năm 2025, tỷ lệ hồ sơ trực tuyến đạt tối thiểu 47% (chỉ tiêu năm 2024 là 41,7%).",
        "Lũy kế đến nay, tỷ lệ hồ sơ trực tuyến đạt 41,7%. Mục tiêu năm 2025: tỷ lệ hồ sơ trực tuyến đạt 47%.",
    ];
    let columns = [
        ("Kết quả năm 2024", "Chỉ tiêu năm 2025"),
        ("Ước TH 2024", "KH 2025"),
        ("Thực hiện năm 2024", "Giao năm 2025"),
        ("Kết quả thực hiện năm 2024 (%)", "Chỉ tiêu giao năm 2025 (%)"),
        ("Năm 2024 (thực hiện)", "Năm 2025 (chỉ tiêu)"),
        ("Đã đạt năm 2024", "Phấn đấu năm 2025"),
    ];
    let only = want(&[(None, 47.0, "online_dossier_rate", 2025)]);
    let by_unit = want(&[(Some("Sở Tư pháp"), 47.0, "online_dossier_rate", 2025)]);
    let mut wrong = Vec::new();
    for s in sentences {
        let got = targets(Format::Text, &format!("{PLAN_HEAD}I. MỤC TIÊU\n{s}\n"));
        if got != only {
            wrong.push(format!("{s}: {got:?}"));
        }
    }
    for (past, target) in columns {
        let forms = [
            (
                Format::Text,
                format!("{PLAN_HEAD}Phụ lục\nSTT\tĐơn vị\tTỷ lệ hồ sơ trực tuyến\t\n\t\t{past}\t{target}\n1\tSở Tư pháp\t41,7\t47\n"),
                &by_unit,
            ),
            (
                Format::Text,
                format!("{PLAN_HEAD}Phụ lục\nSTT\tChỉ tiêu\tĐơn vị chủ trì\t{past}\t{target}\n1\tTỷ lệ hồ sơ trực tuyến\tSở Tư pháp\t41,7%\t47%\n"),
                &by_unit,
            ),
            (
                Format::Markdown,
                format!("{PLAN_HEAD}Phụ lục\n\n| STT | Chỉ tiêu | {past} | {target} |\n|---|---|---|---|\n| 1 | Tỷ lệ hồ sơ trực tuyến | 41,7% | 47% |\n"),
                &only,
            ),
        ];
        for (format, input, w) in forms {
            let got = targets(format, &input);
            if &got != w {
                wrong.push(format!("{past} | {target}: {got:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn items_under_a_dash_naming_units_are_those_units() {
    // "- Đối với …:" leads lettered items in: their targets are its units',
    // up to the next such dash; a numbered mark ends them.
    let text = format!(
        "{PLAN_HEAD}2. Nhiệm vụ cụ thể\n\n- Đối với các sở, ban, ngành:\n\na) Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 85%.\n\nb) Tỷ lệ hồ sơ thanh toán trực tuyến đạt từ 75% trở lên.\n\n- Đối với Ủy ban nhân dân các xã, phường:\n\na) Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 65%.\n\n3. Toàn tỉnh\n\nTỷ lệ số hóa hồ sơ đạt tối thiểu 80%.\n"
    );
    assert_eq!(
        targets(Format::Text, &text),
        want(&[
            (Some("các sở, ban, ngành"), 85.0, "online_dossier_rate", 2025),
            (Some("các sở, ban, ngành"), 75.0, "online_payment_rate", 2025),
            (Some("Ủy ban nhân dân các xã, phường"), 65.0, "online_dossier_rate", 2025),
            (None, 80.0, "dossier_digitization_rate", 2025),
        ])
    );
}

#[test]
fn units_named_after_a_colon_are_the_subject() {
    // The indicator named before the colon, under a heading naming it; the
    // speaker before it is no subject.
    let text = format!("{DISPATCH_HEAD}Chủ tịch UBND thị xã chỉ đạo như sau:\n\n1. Tỷ lệ hồ sơ trực tuyến\n\nĐể bảo đảm hoàn thành chỉ tiêu, UBND thị xã giao tỷ lệ hồ sơ trực tuyến năm 2024 như sau: UBND các phường An Lạc, An Bình đạt tối thiểu 75%; UBND các xã Cư Bao, Ea Blang đạt tối thiểu 60%.\n");
    assert_eq!(
        units_and_values(&text),
        pairs(&[("UBND phường An Lạc", 75.0), ("UBND phường An Bình", 75.0), ("UBND xã Cư Bao", 60.0), ("UBND xã Ea Blang", 60.0)])
    );
}

#[test]
fn a_name_opening_with_a_verb_and_a_group_after_and_are_their_own() {
    // "Đạt Hiếu" is a phường, not the verb "đạt"; the xã after "và" take
    // the second value, not the first group's.
    let text = format!("{DISPATCH_HEAD}1. Tỷ lệ hồ sơ trực tuyến\n\nUBND thị xã giao tỷ lệ hồ sơ trực tuyến năm 2024 như sau: UBND các phường An Lạc, Đạt Hiếu đạt tối thiểu 75%; UBND các xã Cư Bao, Ea Blang đạt tối thiểu 60% và các xã Ea Drông, Ea Siên đạt tối thiểu 45%.\n");
    let want = pairs(&[
        ("UBND phường An Lạc", 75.0),
        ("UBND phường Đạt Hiếu", 75.0),
        ("UBND xã Cư Bao", 60.0),
        ("UBND xã Ea Blang", 60.0),
        ("xã Ea Drông", 45.0),
        ("xã Ea Siên", 45.0),
    ]);
    assert_eq!(units_and_values(&text), want);
}

#[test]
fn a_page_built_as_one_form_is_read() {
    // ASP.NET and SharePoint portals wrap the whole page in a form; a
    // search form beside the document is still left out.
    let filler = "Ủy ban nhân dân tỉnh giao chỉ tiêu cải cách hành chính cho các cơ quan, đơn vị trên địa bàn tỉnh. ".repeat(4);
    let html = format!(
        "<html><body><form action=\"/tim-kiem\"><input name=q><p>Tìm kiếm văn bản 99/QĐ-UBND</p></form><form method=post id=aspnetForm>{}<p>{filler}</p><table><tr><td>STT</td><td>Tên đơn vị</td><td>Tỷ lệ hồ sơ trực tuyến (%)</td></tr><tr><td>1</td><td>Sở Y tế</td><td>80</td></tr><tr><td>2</td><td>Sở Tư pháp</td><td>75</td></tr></table></form></body></html>",
        HTML_HEAD.trim_start_matches("<html><body>")
    );
    let got = targets(Format::Html, &html);
    assert_eq!(
        got,
        want(&[(Some("Sở Y tế"), 80.0, "online_dossier_rate", 2025), (Some("Sở Tư pháp"), 75.0, "online_dossier_rate", 2025)])
    );
    let rules = chitieu::Rules::builtin().unwrap();
    let docs = chitieu::extract_bytes(html.as_bytes(), Format::Html, "t", &rules).unwrap();
    assert!(docs.iter().all(|d| d.references.iter().all(|r| r.number.as_deref() != Some("99/QĐ-UBND"))));
}

#[test]
fn a_flattened_table_with_a_second_header_row_and_no_break_space_cells() {
    // A web copy's table one cell a line: the first header block's third
    // cell spans the second block's cells; an empty cell is a line of a
    // no-break space.
    let text = format!(
        "{TEXT_HEAD}PHỤ LỤC\n\nSTT\nTên cơ quan, đơn vị\nChỉ tiêu năm 2025 (%)\nGhi chú\n\nTỷ lệ hồ sơ trực tuyến\nTỷ lệ thanh toán trực tuyến\n\n1\nSở Y tế\n80\n45\n\u{a0}\n\n2\nSở Nội vụ\n70\n\u{a0}\nKhông thu phí\n\n3\nSở Tư pháp\n75\n50\n\u{a0}\n"
    );
    let got = targets(Format::Text, &text);
    assert_eq!(
        got,
        want(&[
            (Some("Sở Y tế"), 80.0, "online_dossier_rate", 2025),
            (Some("Sở Y tế"), 45.0, "online_payment_rate", 2025),
            (Some("Sở Nội vụ"), 70.0, "online_dossier_rate", 2025),
            (Some("Sở Tư pháp"), 75.0, "online_dossier_rate", 2025),
            (Some("Sở Tư pháp"), 50.0, "online_payment_rate", 2025),
        ])
    );
}

#[test]
fn a_later_sentence_naming_its_own_owner_is_not_the_subjects() {
    // The second sentence's wording names every body ("của các cơ quan,
    // đơn vị, địa phương"): not the Chi nhánh's. A sentence naming none
    // goes on with the subject; so does a clause after a semicolon.
    let text = format!(
        "{PLAN_HEAD}1. Giải quyết hồ sơ đúng hạn\n\nChi nhánh Văn phòng Đăng ký đất đai huyện nâng tỷ lệ hồ sơ giải quyết đúng hạn lên tối thiểu 95%. Tỷ lệ hồ sơ giải quyết quá hạn của các cơ quan, đơn vị, địa phương tối đa 2%.\n\n2. Hồ sơ trực tuyến\n\nSở Y tế phấn đấu tỷ lệ hồ sơ trực tuyến đạt tối thiểu 60%. Tỷ lệ thanh toán trực tuyến đạt tối thiểu 40%.\n"
    );
    let got = targets(Format::Text, &text);
    assert_eq!(
        unit_of(&got, Some("on_time_resolution_rate"), 95.0),
        Some(Some("Chi nhánh Văn phòng Đăng ký đất đai huyện".to_string()))
    );
    assert_eq!(unit_of(&got, None, 2.0), Some(None));
    assert_eq!(unit_of(&got, Some("online_payment_rate"), 40.0), Some(Some("Sở Y tế".to_string())));
}

#[test]
fn a_subject_directing_with_no_unit_after_keeps_its_task() {
    // "chỉ đạo quyết liệt" hands the task to no unit: the huyện's own.
    // "theo dõi, chỉ đạo các xã bảo đảm" hands it on: no unit.
    let text = format!(
        "{PLAN_HEAD}1. Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo quyết liệt, bảo đảm tỷ lệ hồ sơ trực tuyến đạt tối thiểu 70%.\n\n2. Phòng Văn hóa huyện theo dõi, chỉ đạo các xã bảo đảm tỷ lệ thanh toán trực tuyến đạt tối thiểu 40%.\n"
    );
    let got = targets(Format::Text, &text);
    assert_eq!(unit_of(&got, Some("online_dossier_rate"), 70.0), Some(Some("Ủy ban nhân dân các huyện, thị xã, thành phố".to_string())));
    assert_ne!(unit_of(&got, Some("online_payment_rate"), 40.0), Some(Some("Phòng Văn hóa huyện".to_string())));
}

#[test]
fn a_level_under_an_indicator_narrows_it_and_a_row_of_sums_is_its_own() {
    // "Mức độ 4" under "Tỷ lệ hồ sơ trực tuyến" was the full online dossier
    // before 2022; "Tổng cộng" under the last row is no part of its name.
    let text = format!(
        "{TEXT_HEAD}PHỤ LỤC\n\nSTT\tĐơn vị\tSố DVCTT đã cung cấp\t\tChỉ tiêu tỷ lệ hồ sơ trực tuyến năm 2025 (%)\t\n\t\tMức độ 3\tMức độ 4\tMức độ 3\tMức độ 4\n1\tHuyện Đoan Hùng\t72\t18\t20\t30\n2\tHuyện Tân Sơn\t60\t0\t15\t\n\tTổng cộng\t132\t18\t\t\n"
    );
    let got = targets(Format::Text, &text);
    assert_eq!(
        got,
        want(&[
            (Some("Huyện Đoan Hùng"), 20.0, "online_dossier_rate", 2025),
            (Some("Huyện Đoan Hùng"), 30.0, "full_online_dossier_rate", 2025),
            (Some("Huyện Tân Sơn"), 15.0, "online_dossier_rate", 2025),
        ])
    );
}

#[test]
fn an_exception_in_brackets_after_a_value_is_a_target() {
    // "(riêng … đạt 75%)" sets its own units' target; "(năm 2023 đạt
    // 52,6%)" after a value is that value's note, no target.
    let text = format!(
        "{PLAN_HEAD}2. Các sở, ban, ngành tỉnh bảo đảm tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 60% (riêng Sở Tài chính và Sở Xây dựng đạt tối thiểu 75%); tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80% (năm 2023 đạt 52,6%).\n"
    );
    let got = targets(Format::Text, &text);
    assert_eq!(
        got,
        want(&[
            (Some("Các sở, ban, ngành tỉnh"), 60.0, "full_online_dossier_rate", 2025),
            (Some("Sở Tài chính"), 75.0, "full_online_dossier_rate", 2025),
            (Some("Sở Xây dựng"), 75.0, "full_online_dossier_rate", 2025),
            (Some("Các sở, ban, ngành tỉnh"), 80.0, "online_dossier_rate", 2025),
        ])
    );
}

#[test]
fn a_row_that_says_it_assigns_nothing_gives_nothing() {
    let text = format!(
        "{PLAN_HEAD}PHỤ LỤC\n\nSTT\tChỉ tiêu\tĐơn vị chủ trì\tNăm 2025\tNăm 2026\n1\tTỷ lệ hồ sơ trực tuyến\tSở Y tế\t60\t70\n2\tSố lượng hồ sơ dự kiến tiếp nhận (để theo dõi, không giao chỉ tiêu)\tTrung tâm Phục vụ hành chính công tỉnh\t320.000\t350.000\n"
    );
    let got = targets(Format::Text, &text);
    assert_eq!(got, want(&[(Some("Sở Y tế"), 60.0, "online_dossier_rate", 2025), (Some("Sở Y tế"), 70.0, "online_dossier_rate", 2026)]));
}
