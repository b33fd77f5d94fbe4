//! Every wording of `tests/wordings.toml`, written in each form a target
//! comes in (units × indicators as tab-separated lines, a markdown pipe
//! table, an HTML table, upper case; indicators × columns with an
//! assignee; indicators × units; a column per year; a list item and a
//! sentence), is read as its indicator, and its value is found; every
//! unit of `tests/units.toml`, in the forms a unit comes in, is the
//! target's unit as written, and each of its enumerations gives every unit
//! it names in full; every value of `tests/values.toml`, in prose and in
//! cells, gives its figure and comparator. A rule of another stage (a column's role, a
//! cut word, a word that opens no name) that takes the wording or the name
//! for something else shows here.

use chitieu::read::Format;
use std::collections::BTreeMap;

const HEAD: &str = "ỦY BAN NHÂN DÂN\nHUYỆN AN LẠC\nSố: 12/QĐ-UBND\nAn Lạc, ngày 05 tháng 3 năm 2025\nQUYẾT ĐỊNH\nVề việc giao chỉ tiêu năm 2025\n\n";

/// A table of units × indicators headed `indicator`, whose first row is
/// `unit`'s at 47 (and a second, another's at 48), as tab-separated lines
/// (the indicator's column after another's), a markdown pipe table and an
/// HTML table.
fn unit_tables(indicator: &str, unit: &str) -> Vec<(&'static str, Format, String)> {
    let html_head: String = HEAD.lines().map(|l| format!("<p>{l}</p>")).collect();
    vec![
        ("tab", Format::Text, format!("{HEAD}Phụ lục\nSTT\tTên đơn vị\tTỷ lệ giải quyết hồ sơ đúng hạn (%)\t{indicator} (%)\n1\t{unit}\t95\t47\n2\tSở Xây dựng\t96\t48\n")),
        ("pipe", Format::Markdown, format!("{HEAD}Phụ lục\n\n| STT | Tên đơn vị | {indicator} |\n|---|---|---|\n| 1 | {unit} | 47% |\n| 2 | Sở Xây dựng | 48% |\n")),
        (
            "html",
            Format::Html,
            format!("<html><body>{html_head}<p>Phụ lục</p><table><tr><th>STT</th><th>Tên đơn vị</th><th>{indicator}</th></tr><tr><td>1</td><td>{unit}</td><td>47%</td></tr><tr><td>2</td><td>Sở Xây dựng</td><td>48%</td></tr></table></body></html>"),
        ),
    ]
}

/// The forms: a name, the input's format and its text for a wording `w`
/// whose value is 47.
fn forms(w: &str) -> Vec<(&'static str, Format, String)> {
    let lower = {
        let mut c = w.chars();
        c.next().map(|f| f.to_lowercase().chain(c).collect::<String>()).unwrap_or_default()
    };
    let mut forms = unit_tables(w, "Phòng Tư pháp");
    forms.extend([
        (
            "upper",
            Format::Text,
            format!("{HEAD}Phụ lục\nSTT\tTÊN ĐƠN VỊ\t{}\n1\tPhòng Tư pháp\t47%\n2\tPhòng Nội vụ\t48%\n", w.to_uppercase()),
        ),
        (
            "assignee",
            Format::Text,
            format!("{HEAD}Phụ lục\nSTT\tTên chỉ tiêu\tĐơn vị chủ trì\tĐơn vị tính\tGiao chỉ tiêu\n1\t{w}\tPhòng Tư pháp\t%\t47\n"),
        ),
        ("by unit", Format::Text, format!("{HEAD}Phụ lục\nSTT\tChỉ tiêu\tPhòng Tư pháp\tPhòng Nội vụ\n1\t{w}\t47%\t48%\n")),
        ("by year", Format::Text, format!("{HEAD}Phụ lục\nSTT\tChỉ tiêu\tNăm 2025\tNăm 2026\n1\t{w}\t47%\t48%\n")),
        ("item", Format::Text, format!("{HEAD}Điều 1. Giao chỉ tiêu năm 2025 như sau:\n- {w} đạt tối thiểu 47%.\n")),
        ("sentence", Format::Text, format!("{HEAD}Điều 1. Phấn đấu năm 2025 {lower} của Phòng Tư pháp đạt 47%.\n")),
    ]);
    forms
}

/// The built-in rules and the wordings of tests/wordings.toml.
fn load_wordings() -> (chitieu::Rules, BTreeMap<String, Vec<String>>) {
    let text = std::fs::read_to_string(crate::util::root().join("tests/wordings.toml")).unwrap();
    (chitieu::Rules::builtin().unwrap(), toml::from_str(&text).unwrap())
}

#[derive(serde::Deserialize)]
struct UnitsFile {
    units: Vec<String>,
    enumeration: Vec<Enumeration>,
}

#[derive(serde::Deserialize)]
struct Enumeration {
    text: String,
    units: Vec<String>,
}

/// tests/units.toml.
fn units_file() -> UnitsFile {
    toml::from_str(&std::fs::read_to_string(crate::util::root().join("tests/units.toml")).unwrap()).unwrap()
}

/// The targets at 47 `input` gives.
fn at_47(rules: &chitieu::Rules, format: Format, input: &str) -> Vec<chitieu::record::Target> {
    let docs = chitieu::extract_bytes(input.as_bytes(), format, "t", rules).unwrap();
    docs.into_iter().flat_map(|d| d.targets).filter(|t| t.value == 47.0).collect()
}

#[test]
fn every_wording_is_read_as_its_indicator_in_every_form() {
    let (rules, wordings) = load_wordings();
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
                let found = at_47(&rules, format, &input);
                let got: Vec<Option<&str>> = found.iter().map(|t| t.metric.as_deref()).collect();
                if got.is_empty() || got.iter().any(|&m| m != want) {
                    wrong.push(format!("{form}: {w:?} gave {got:?}, not {want:?}"));
                }
            }
        }
    }
    assert!(tried >= 300, "{tried}");
    assert!(wrong.is_empty(), "{} of {tried}:\n{}", wrong.len(), wrong.join("\n"));
}

/// The forms of a target of "Tỷ lệ hồ sơ trực tuyến" at 47% for the unit
/// `u`: tables of units × indicators (tab, pipe, HTML), an assignee
/// column, a list item, a sentence handing it the task, one naming it as
/// the subject, and one naming it after "đối với".
fn unit_forms(u: &str) -> Vec<(&'static str, Format, String)> {
    let m = "Tỷ lệ hồ sơ trực tuyến";
    let mut forms = unit_tables(m, u);
    forms.extend([
        (
            "assignee",
            Format::Text,
            format!("{HEAD}Phụ lục\nSTT\tTên chỉ tiêu\tĐơn vị chủ trì\tĐơn vị tính\tGiao chỉ tiêu\n1\t{m}\t{u}\t%\t47\n"),
        ),
        (
            "item",
            Format::Text,
            format!("{HEAD}Điều 1. Giao chỉ tiêu năm 2025 như sau:\n- {u}: tỷ lệ hồ sơ trực tuyến đạt tối thiểu 47%.\n- Sở Xây dựng: tỷ lệ hồ sơ trực tuyến đạt tối thiểu 48%.\n"),
        ),
        ("giao", Format::Text, format!("{HEAD}Điều 1. Giao {u} phấn đấu năm 2025 tỷ lệ hồ sơ trực tuyến đạt 47%.\n")),
        ("subject", Format::Text, format!("{HEAD}Điều 1. Năm 2025, {u} phấn đấu tỷ lệ hồ sơ trực tuyến đạt tối thiểu 47%.\n")),
        (
            "đối với",
            Format::Text,
            format!("{HEAD}Điều 1. Phấn đấu năm 2025 tỷ lệ hồ sơ trực tuyến đạt tối thiểu 47% đối với {u}.\n"),
        ),
    ]);
    forms
}

#[test]
fn every_unit_is_read_as_written_in_every_form() {
    let rules = chitieu::Rules::builtin().unwrap();
    let units = &units_file().units;
    assert!(units.len() >= 30, "{}", units.len());
    let mut wrong = Vec::new();
    let mut tried = 0;
    for u in units {
        for (form, format, input) in unit_forms(u) {
            tried += 1;
            let found = at_47(&rules, format, &input);
            let got: Vec<Option<&str>> = found.iter().map(|t| t.unit.as_deref()).collect();
            if got != [Some(u.as_str())] {
                wrong.push(format!("{form}: {u:?} gave {got:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{} of {tried}:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
fn every_enumeration_gives_each_unit_it_names() {
    let rules = chitieu::Rules::builtin().unwrap();
    let enumerations = units_file().enumeration;
    assert!(enumerations.len() >= 10, "{}", enumerations.len());
    let capital = |s: &str| {
        let mut c = s.chars();
        c.next().map(|f| f.to_uppercase().chain(c).collect::<String>()).unwrap_or_default()
    };
    let mut wrong = Vec::new();
    let mut tried = 0;
    for e in &enumerations {
        let (text, head) = (&e.text, capital(&e.text));
        let forms = [
            ("item", format!("{HEAD}Điều 1. Giao chỉ tiêu năm 2025 như sau:\n- {head}: tỷ lệ hồ sơ trực tuyến đạt tối thiểu 47%.\n")),
            ("giao", format!("{HEAD}Điều 1. Giao {text} phấn đấu năm 2025 tỷ lệ hồ sơ trực tuyến đạt 47%.\n")),
            ("subject", format!("{HEAD}Điều 1. Năm 2025, {text} phấn đấu tỷ lệ hồ sơ trực tuyến đạt tối thiểu 47%.\n")),
            ("đối với", format!("{HEAD}Điều 1. Phấn đấu năm 2025 tỷ lệ hồ sơ trực tuyến đạt tối thiểu 47% đối với {text}.\n")),
            (
                "assignee",
                format!("{HEAD}Phụ lục\nSTT\tTên chỉ tiêu\tĐơn vị chủ trì\tĐơn vị tính\tGiao chỉ tiêu\n1\tTỷ lệ hồ sơ trực tuyến\t{head}\t%\t47\n"),
            ),
        ];
        let want: Vec<String> = e.units.iter().map(|u| capital(u)).collect();
        for (form, input) in forms {
            tried += 1;
            let mut got: Vec<String> = at_47(&rules, Format::Text, &input).into_iter().filter_map(|t| t.unit).collect();
            got.sort();
            let mut sorted = want.clone();
            sorted.sort();
            if got != sorted {
                wrong.push(format!("{form}: {text:?} gave {got:?}, not {want:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{} of {tried}:\n{}", wrong.len(), wrong.join("\n"));
}

#[derive(serde::Deserialize)]
struct ValuesFile {
    prose: Vec<Written>,
    cell: Vec<Written>,
}

#[derive(serde::Deserialize)]
struct Written {
    text: String,
    value: f64,
    comparator: String,
}

#[test]
fn every_written_value_gives_its_figure_and_comparator() {
    let rules = chitieu::Rules::builtin().unwrap();
    let file: ValuesFile = toml::from_str(&std::fs::read_to_string(crate::util::root().join("tests/values.toml")).unwrap()).unwrap();
    assert!(file.prose.len() >= 20 && file.cell.len() >= 15);
    let prose = file.prose.iter().flat_map(|w| {
        let v = &w.text;
        [
            ("sentence", Format::Text, format!("{HEAD}Điều 1. Năm 2025, tỷ lệ hồ sơ trực tuyến của Sở Tư pháp {v}.\n")),
            ("item", Format::Text, format!("{HEAD}Điều 1. Giao chỉ tiêu năm 2025 như sau:\n- Tỷ lệ hồ sơ trực tuyến {v}.\n")),
            (
                "unit's item",
                Format::Text,
                format!("{HEAD}Điều 1. Giao chỉ tiêu năm 2025 như sau:\n- Sở Tư pháp: tỷ lệ hồ sơ trực tuyến {v}.\n"),
            ),
        ]
        .map(|f| (w, f))
    });
    let cells = file.cell.iter().flat_map(|w| {
        let v = &w.text;
        [
            (
                "tab",
                Format::Text,
                format!("{HEAD}Phụ lục\nSTT\tTên đơn vị\tTỷ lệ hồ sơ trực tuyến\n1\tSở Tư pháp\t{v}\n2\tSở Nội vụ\t60%\n"),
            ),
            (
                "pipe",
                Format::Markdown,
                format!("{HEAD}Phụ lục\n\n| STT | Tên đơn vị | Tỷ lệ hồ sơ trực tuyến |\n|---|---|---|\n| 1 | Sở Tư pháp | {v} |\n| 2 | Sở Nội vụ | 60% |\n"),
            ),
            (
                "assignee",
                Format::Text,
                format!("{HEAD}Phụ lục\nSTT\tTên chỉ tiêu\tĐơn vị chủ trì\tĐơn vị tính\tGiao chỉ tiêu\n1\tTỷ lệ hồ sơ trực tuyến\tSở Tư pháp\t%\t{v}\n"),
            ),
        ]
        .map(|f| (w, f))
    });
    let mut wrong = Vec::new();
    let mut tried = 0;
    for (w, (form, format, input)) in prose.chain(cells) {
        tried += 1;
        let docs = chitieu::extract_bytes(input.as_bytes(), format, "t", &rules).unwrap();
        let got: Vec<(f64, &str, Option<&str>, Option<i32>)> = docs
            .iter()
            .flat_map(|d| &d.targets)
            .filter(|t| t.value != 60.0)
            .map(|t| (t.value, &*t.comparator, t.metric.as_deref(), t.year))
            .collect();
        if got != [(w.value, w.comparator.as_str(), Some("online_dossier_rate"), Some(2025))] {
            wrong.push(format!("{form}: {:?} gave {got:?}", w.text));
        }
    }
    assert!(wrong.is_empty(), "{} of {tried}:\n{}", wrong.len(), wrong.join("\n"));
}
