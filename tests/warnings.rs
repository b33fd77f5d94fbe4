//! Consistency warnings: a document contradicting itself is extracted as
//! written, each contradiction warned about where it is.

use chitieu::read::Format;
use chitieu::rules::Rules;

const DOC: &str = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HÒA BÌNH\tĐộc lập - Tự do - Hạnh phúc
Số: 210/QĐ-UBND\tHòa Bình, ngày 05 tháng 02 năm 2026

QUYẾT ĐỊNH
Về việc giao chỉ tiêu dịch vụ công trực tuyến năm 2026

Điều 1. Giao chỉ tiêu tại Phụ lục kèm theo.

CHỦ TỊCH
Nguyễn Văn An

PHỤ LỤC
(Kèm theo Quyết định số 201/QĐ-UBND ngày 15/01/2026 của UBND tỉnh)

STT\tĐơn vị\tTỷ lệ hồ sơ trực tuyến\tTỷ lệ thanh toán trực tuyến
1\tSở Y tế\t80%\t830%
2\tSở Tư pháp\t70%\t50%
3\tSở Y tế\t75%\t40%
";

fn codes_and_messages() -> Vec<(String, String)> {
    let rules = Rules::builtin().unwrap();
    let docs = chitieu::extract_bytes(DOC.as_bytes(), Format::Text, "w.txt", &rules).unwrap();
    assert_eq!(docs.len(), 1);
    docs[0].warnings.iter().map(|w| (w.code.to_string(), w.message.clone())).collect()
}

#[test]
fn contradictions_are_warned_about() {
    let w = codes_and_messages();
    let has = |code: &str, part: &str| w.iter().any(|(c, m)| c == code && m.contains(part));
    assert!(has("appendix_reference_mismatch", "201/QĐ-UBND"), "{w:?}");
    assert!(has("appendix_reference_mismatch", "15/1/2026"), "{w:?}");
    assert!(has("duplicate_target", "Sở Y tế / online_dossier_rate given 80"), "{w:?}");
    assert!(has("value_out_of_range", "830%"), "{w:?}");
    // Sở Tư pháp's figures contradict nothing.
    assert!(!w.iter().any(|(_, m)| m.contains("Sở Tư pháp")), "{w:?}");
}

/// A document whose table is led in by `caption`, with `header` over the
/// units' values.
fn captioned(caption: &str, header: &str, rows: &[&str]) -> chitieu::Document {
    let text = format!(
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH PHÚ YÊN\tĐộc lập - Tự do - Hạnh phúc\nSố: 88/QĐ-UBND\tPhú Yên, ngày 10 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\nVề việc điều chỉnh chỉ tiêu năm 2026\n\nĐiều 1. Điều chỉnh chỉ tiêu như sau:\n{caption}\n\nSTT\tĐơn vị\t{header}\n{}\n\nCHỦ TỊCH\nTrần Văn B\n",
        rows.join("\n")
    );
    let rules = Rules::builtin().unwrap();
    let mut docs = chitieu::extract_bytes(text.as_bytes(), Format::Text, "c.txt", &rules).unwrap();
    assert_eq!(docs.len(), 1);
    docs.remove(0)
}

#[test]
fn a_line_leading_in_a_table_names_the_indicator_no_header_names() {
    let caption = "1. Điều chỉnh chỉ tiêu tỷ lệ hồ sơ trực tuyến theo bảng dưới đây:";
    let doc = captioned(caption, "Chỉ tiêu điều chỉnh (%)\tGhi chú", &["1\tSở Y tế\t80%\t", "2\tSở Tư pháp\t70%\t", "3\tSở Nội vụ\t75%\t"]);
    let metrics: Vec<Option<&str>> = doc.targets.iter().map(|t| t.metric.as_deref()).collect();
    assert_eq!(metrics, vec![Some("online_dossier_rate"); 3], "{:?}", doc.targets);
    assert!(!doc.warnings.iter().any(|w| w.code == "unmapped_metric"), "{:?}", doc.warnings);

    // A header naming an indicator of its own: the caption gives nothing
    // to the column no rule knows, which stays unmapped and warned about.
    let doc = captioned(
        caption,
        "Tỷ lệ thanh toán trực tuyến\tTỷ lệ văn bản ký số",
        &["1\tSở Y tế\t80%\t60%", "2\tSở Tư pháp\t70%\t50%", "3\tSở Nội vụ\t75%\t55%"],
    );
    let paid = doc.targets.iter().filter(|t| t.metric.as_deref() == Some("online_payment_rate")).count();
    let unknown = doc.targets.iter().filter(|t| t.metric.is_none()).count();
    assert_eq!((paid, unknown, doc.targets.len()), (3, 3, 6), "{:?}", doc.targets);
    assert!(doc.warnings.iter().any(|w| w.code == "unmapped_metric"), "{:?}", doc.warnings);
}

#[test]
fn targets_for_each_quarter_are_no_duplicates() {
    let text = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH ĐIỆN BIÊN\tĐộc lập - Tự do - Hạnh phúc\nSố: 312/KH-UBND\tĐiện Biên, ngày 10 tháng 1 năm 2026\n\nKẾ HOẠCH\nNâng cao tỷ lệ hồ sơ trực tuyến năm 2026\n\n1. Phấn đấu tỷ lệ hồ sơ trực tuyến của toàn tỉnh theo lộ trình: Quý I/2026 đạt 40%, quý II đạt 50%.\n2. Tỷ lệ hồ sơ trực tuyến của Sở Y tế đạt 60%; tỷ lệ hồ sơ trực tuyến của Sở Y tế đạt 70%.\n\nCHỦ TỊCH\nTrần Văn B\n";
    let rules = Rules::builtin().unwrap();
    let docs = chitieu::extract_bytes(text.as_bytes(), Format::Text, "q.txt", &rules).unwrap();
    let dups: Vec<&str> = docs[0].warnings.iter().filter(|w| w.code == "duplicate_target").map(|w| w.message.as_str()).collect();
    // Two quarters are two targets; two values for Sở Y tế in one year
    // contradict each other.
    assert_eq!(docs[0].targets.len(), 4, "{:?}", docs[0].targets);
    assert_eq!(dups.len(), 1, "{dups:?}");
    assert!(dups[0].contains("Sở Y tế"), "{dups:?}");
}

#[test]
fn last_years_targets_quoted_beside_this_years_are_warned_about_not_emitted() {
    let doc = "ỦY BAN NHÂN DÂN TỈNH TRÀ VINH
Số: 215/QĐ-UBND\tTrà Vinh, ngày 24 tháng 01 năm 2025

QUYẾT ĐỊNH
Về việc giao chỉ tiêu hồ sơ trực tuyến năm 2025

Điều 1. Giao chỉ tiêu tại Phụ lục kèm theo.

PHỤ LỤC

STT\tTên đơn vị\tChỉ tiêu năm 2024\tKết quả thực hiện năm 2024\tChỉ tiêu năm 2025
1\tSở Y tế\t60\t68,42\t75
2\tSở Tư pháp\t55\t54,12\t65
\tChung toàn tỉnh\t\t66,35\t
";
    let rules = Rules::builtin().unwrap();
    let docs = chitieu::extract_bytes(doc.as_bytes(), Format::Text, "p.txt", &rules).unwrap();
    let got: Vec<(Option<&str>, f64, Option<i32>)> = docs[0].targets.iter().map(|t| (t.unit.as_deref(), t.value, t.year)).collect();
    // Only this year's column; the row of results only is no name's rest.
    assert_eq!(got, [(Some("Sở Y tế"), 75.0, Some(2025)), (Some("Sở Tư pháp"), 65.0, Some(2025))]);
    assert!(
        docs[0].warnings.iter().any(|w| w.code == "past_target_column" && w.message.contains("2 values")),
        "{:?}",
        docs[0].warnings
    );
}
