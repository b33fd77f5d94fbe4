//! Every wording of `tests/wordings.toml`, written in each form a target
//! comes in (units × indicators as tab-separated lines, a markdown pipe
//! table, an HTML table, upper case; indicators × columns with an
//! assignee; indicators × units; a column per year; a list item and a
//! sentence), is read as its indicator, and its value is found. A rule of
//! another stage (a column's role, a cut word) that takes the wording for
//! something else shows here.

use chitieu::read::Format;
use std::collections::BTreeMap;

const HEAD: &str = "ỦY BAN NHÂN DÂN\nHUYỆN AN LẠC\nSố: 12/QĐ-UBND\nAn Lạc, ngày 05 tháng 3 năm 2025\nQUYẾT ĐỊNH\nVề việc giao chỉ tiêu năm 2025\n\n";

/// The forms: a name, the input's format and its text for a wording `w`
/// whose value is 47.
fn forms(w: &str) -> Vec<(&'static str, Format, String)> {
    let lower = {
        let mut c = w.chars();
        c.next().map(|f| f.to_lowercase().chain(c).collect::<String>()).unwrap_or_default()
    };
    let html_head: String = HEAD.lines().map(|l| format!("<p>{l}</p>")).collect();
    vec![
        ("tab", Format::Text, format!("{HEAD}Phụ lục\nSTT\tTên đơn vị\tTỷ lệ giải quyết hồ sơ đúng hạn (%)\t{w} (%)\n1\tPhòng Tư pháp\t95\t47\n2\tPhòng Nội vụ\t96\t48\n")),
        ("pipe", Format::Markdown, format!("{HEAD}Phụ lục\n\n| STT | Tên đơn vị | {w} |\n|---|---|---|\n| 1 | Phòng Tư pháp | 47% |\n| 2 | Phòng Nội vụ | 48% |\n")),
        (
            "html",
            Format::Html,
            format!("<html><body>{html_head}<p>Phụ lục</p><table><tr><th>STT</th><th>Tên đơn vị</th><th>{w}</th></tr><tr><td>1</td><td>Phòng Tư pháp</td><td>47%</td></tr><tr><td>2</td><td>Phòng Nội vụ</td><td>48%</td></tr></table></body></html>"),
        ),
        ("upper", Format::Text, format!("{HEAD}Phụ lục\nSTT\tTÊN ĐƠN VỊ\t{}\n1\tPhòng Tư pháp\t47%\n2\tPhòng Nội vụ\t48%\n", w.to_uppercase())),
        ("assignee", Format::Text, format!("{HEAD}Phụ lục\nSTT\tTên chỉ tiêu\tĐơn vị chủ trì\tĐơn vị tính\tGiao chỉ tiêu\n1\t{w}\tPhòng Tư pháp\t%\t47\n")),
        ("by unit", Format::Text, format!("{HEAD}Phụ lục\nSTT\tChỉ tiêu\tPhòng Tư pháp\tPhòng Nội vụ\n1\t{w}\t47%\t48%\n")),
        ("by year", Format::Text, format!("{HEAD}Phụ lục\nSTT\tChỉ tiêu\tNăm 2025\tNăm 2026\n1\t{w}\t47%\t48%\n")),
        ("item", Format::Text, format!("{HEAD}Điều 1. Giao chỉ tiêu năm 2025 như sau:\n- {w} đạt tối thiểu 47%.\n")),
        ("sentence", Format::Text, format!("{HEAD}Điều 1. Phấn đấu năm 2025 {lower} của Phòng Tư pháp đạt 47%.\n")),
    ]
}

#[test]
fn every_wording_is_read_as_its_indicator_in_every_form() {
    let rules = chitieu::Rules::builtin().unwrap();
    let text = std::fs::read_to_string(crate::util::root().join("tests/wordings.toml")).unwrap();
    let wordings: BTreeMap<String, Vec<String>> = toml::from_str(&text).unwrap();
    assert!(wordings.len() >= 17 && wordings.contains_key("none"), "{:?}", wordings.keys());
    let mut wrong = Vec::new();
    let mut tried = 0;
    for (id, ws) in &wordings {
        let want = (id != "none").then_some(id.as_str());
        if let Some(id) = want {
            assert!(rules.indicators.iter().any(|i| i.id == id), "{id} is no indicator of the rules");
        }
        for w in ws {
            for (form, format, input) in forms(w) {
                tried += 1;
                let docs = chitieu::extract_bytes(input.as_bytes(), format, "t", &rules).unwrap();
                let got: Vec<Option<&str>> = docs.iter().flat_map(|d| &d.targets).filter(|t| t.value == 47.0).map(|t| t.metric.as_deref()).collect();
                if got.is_empty() || got.iter().any(|&m| m != want) {
                    wrong.push(format!("{form}: {w:?} gave {got:?}, not {want:?}"));
                }
            }
        }
    }
    assert!(tried >= 300, "{tried}");
    assert!(wrong.is_empty(), "{} of {tried}:\n{}", wrong.len(), wrong.join("\n"));
}
