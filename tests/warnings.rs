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
