//! Tables → targets. Works out which rows are headers (one or two rows,
//! spans), what each column is (row number, unit, indicator, assigned
//! value, past figure, note …, from `rules/columns.toml` and the indicator
//! rules), which rows are section rows (A/B, I/II) and which continue the
//! row above, then reads one target per unit × indicator × year.
//!
//! Orientations handled: units × indicators (a column per indicator),
//! indicators × columns (`Đơn vị chủ trì` + `Giao chỉ tiêu`), transposed
//! (a column per unit or level), and a column per year.

use once_cell::sync::Lazy;
use regex::Regex;

use crate::read::Table;
use crate::record::{Provenance, Target, Warning};
use crate::rules::{Role, Rules};
use crate::text::{fold, fold_head, fold_with_map, parse_number, squash};
use crate::units;

static MARKED_SECTION: Lazy<Regex> = Lazy::new(|| Regex::new(r"^(?:[IVXLC]{1,5}|[A-ZĐ])[.)]\s+(\p{Lu}.*)$").unwrap());
static SECTION: Lazy<Regex> = Lazy::new(|| Regex::new(r"^(?:[IVXLC]{1,5}|[A-ZĐ])\s*[.)]?$").unwrap());
static YEAR: Lazy<Regex> = Lazy::new(|| Regex::new(r"(?:^|(?i:năm)\s*)((?:19|20)\d{2})(?-u:\b)").unwrap());
/// A year in a column's header: at its start, after "năm" or alone.
static HEADER_YEAR: Lazy<Regex> = Lazy::new(|| Regex::new(r"(?:^|[\s(]|(?i:năm))((?:19|20)\d{2})(?-u:\b)").unwrap());

/// The year a column's header names: after "năm" or alone ("Năm 2025",
/// "2025", "Kế hoạch 2025"), not an end of a period ("2021 - 2025").
fn header_year(text: &str) -> Option<i32> {
    let dash = |c: char| matches!(c, '-' | '–' | '—');
    HEADER_YEAR.captures_iter(text).find_map(|c| {
        let y = c.get(1)?;
        let before = text[..y.start()].trim_end();
        let after = text[y.end()..].trim_start();
        (!before.ends_with(dash) && !after.starts_with(dash)).then(|| y.as_str().parse().ok()).flatten()
    })
}

/// What one table contributes to a document.
#[derive(Debug, Default)]
pub struct TableTargets {
    /// Targets read.
    pub targets: Vec<Target>,
    /// Problems met.
    pub warnings: Vec<Warning>,
    /// Years of value columns, in column order.
    pub years: Vec<i32>,
}

/// A parsed value cell.
#[derive(Debug, Clone, PartialEq)]
pub struct CellValue {
    /// The number.
    pub value: f64,
    /// "%" when written.
    pub percent: bool,
    /// Comparator the cell's own words give.
    pub comparator: Option<&'static str>,
    /// The measure a count is written with ("420 thủ tục": "thủ tục").
    pub measure: Option<String>,
}

/// Reads a value cell: "80%", "80", "97,5", "tối thiểu 80%", "≤ 5%".
pub fn parse_value(s: &str, words: &crate::rules::CellWords, specks: &[char]) -> Option<CellValue> {
    // Stray marks a scan leaves around a number ("85 :", "30-", "|60",
    // "85 ?": `specks`, from rules/ocr.toml) are no part of it.
    let stray = |c: char| c.is_whitespace() || specks.contains(&c);
    // (Most cells have none: their ends are told without the trim's
    // searcher.)
    let kept = |c: Option<char>| c.is_some_and(|c| !stray(c));
    let s = if kept(s.chars().next()) && kept(s.chars().next_back()) { s } else { s.trim_matches(stray) };
    // Most cells are a bare number, maybe with "%": no regex needed.
    let bare = s.strip_suffix('%').map_or(s, str::trim_end);
    if bare.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.') {
        return parse_number(bare).map(|value| CellValue {
            value,
            percent: bare.len() != s.len(),
            comparator: None,
            measure: None,
        });
    }
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let c = words.value.captures(s)?;
    let value = parse_number(&c["num"])?;
    let said = [c.name("pre"), c.name("post")].map(|m| m.map(|m| m.as_str().to_lowercase()));
    let comparator = match said {
        [None, None] => None,
        _ if said.iter().flatten().any(|w| words.ceiling.contains(w)) => Some("<="),
        _ => Some(">="),
    };
    Some(CellValue {
        value,
        percent: c.name("pct").is_some(),
        comparator,
        measure: None,
    })
}

/// The measure of a count a header ends in, as written: "Số TTHC đăng ký
/// cung cấp DVCTT toàn trình (thủ tục)" → "thủ tục".
fn count_measure(rules: &Rules, header: &str) -> Option<String> {
    let inner = header.trim_end().strip_suffix(')')?.rsplit_once('(')?.1.trim();
    rules.count_measures.contains(&fold(inner)).then(|| inner.to_string())
}

/// A count with its measure, as a value column may hold it: "420 thủ
/// tục", "tối thiểu 150.000 hồ sơ". Asked only of a value cell
/// [`parse_value`] does not read, so that a table's shape is still told
/// by its bare values.
pub fn parse_count(s: &str, cell_words: &crate::rules::CellWords, specks: &[char]) -> Option<CellValue> {
    let s = s.trim();
    let at = s.find(|c: char| c.is_ascii_digit())?;
    let end = at + s[at..].find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))?;
    let words = s[end..].trim();
    // One to three words of letters: a measure, not a sentence.
    let n = words.split_whitespace().count();
    if !(1..=3).contains(&n) || !s[end..].starts_with(char::is_whitespace) || !words.chars().all(|c| c.is_alphabetic() || c == ' ') {
        return None;
    }
    let v = parse_value(&s[..end], cell_words, specks)?;
    Some(CellValue {
        measure: Some(words.to_string()),
        ..v
    })
}

#[derive(Debug, Clone, PartialEq)]
enum Kind {
    Role(Role),
    /// A column per indicator.
    Metric(Option<String>),
    /// Unrecognised header: in a table whose rows name indicators, a unit.
    Other,
}

#[derive(Debug, Clone)]
struct Column {
    kind: Kind,
    /// Header as written (parent and child joined).
    text: String,
    year: Option<i32>,
    percent: bool,
    /// The measure its header ends in when it counts things, "(thủ tục)".
    measure: Option<String>,
    ceiling: bool,
    /// The units a value column is for, where its own header names them
    /// under a spanning "Chỉ tiêu năm 2025" (rows name indicators).
    unit: Option<String>,
    /// The header's own text (its last row), and the spanning header above
    /// it if any: where a column is a unit's, its name and its group
    /// ("Sở Tư pháp" under "Các sở, ban, ngành").
    name: String,
    group: Option<String>,
}

/// The indicator a row names where rows name indicators: its label's
/// head, the indicator that names, else the one its section names (with
/// the section's text).
struct RowMetric<'r> {
    head: String,
    metric: Option<&'r str>,
    section: Option<(&'r str, &'r str)>,
}

fn is_value_like(rules: &Rules, s: &str) -> bool {
    parse_value(s, &rules.cell_words, &rules.cell_specks).is_some()
}

fn is_section(rules: &Rules, cells: &[String], value_cols: &[usize]) -> Option<String> {
    let first = cells.first()?.trim();
    if !SECTION.is_match(first) {
        // "B. KẾT QUẢ THỰC HIỆN NĂM 2024 | | |": a heading spanning the
        // row, its mark in its own words, the other cells blank.
        let c = MARKED_SECTION.captures(first)?;
        return cells[1..].iter().all(|c| c.trim().is_empty()).then(|| c[1].to_string());
    }
    if value_cols.iter().any(|&c| cells.get(c).is_some_and(|v| is_value_like(rules, v))) {
        return None;
    }
    let heading: Vec<&str> = cells[1..].iter().map(|s| s.trim()).filter(|s| !s.is_empty()).collect();
    let mut h: Vec<&str> = Vec::new();
    for x in heading {
        if !h.contains(&x) {
            h.push(x);
        }
    }
    Some(h.join(" "))
}

fn is_numbering_row(cells: &[String]) -> bool {
    let nonempty: Vec<&String> = cells.iter().filter(|c| !c.trim().is_empty()).collect();
    nonempty.len() >= 2
        && nonempty
            .iter()
            .enumerate()
            .all(|(i, c)| crate::text::column_number(c).is_some_and(|n| n <= cells.len() + 1 && n + 1 >= i))
}

/// Whether the cells written are the numbers 1, 2, 3 … in order, as a
/// row numbering the columns is.
fn counts_columns(cells: &[String]) -> bool {
    let numbers = cells.iter().filter(|c| !c.trim().is_empty()).map(|c| crate::text::column_number(c));
    numbers.enumerate().all(|(i, n)| n == Some(i + 1))
}

/// [`squash`]`(s)`, borrowed where `s` is squashed already (as the cells
/// of most tables are once normalised): no copy a cell.
fn squashed(s: &str) -> std::borrow::Cow<'_, str> {
    if crate::text::is_squashed(s) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(squash(s))
    }
}

/// What a row label adds after a dash to the indicator it names
/// ("Tỷ lệ hồ sơ trực tuyến – năm 2026", "… – ước thực hiện năm 2024").
fn label_qualifier(label: &str) -> Option<&str> {
    [" – ", " — ", " - "]
        .iter()
        .filter_map(|d| label.rfind(d).map(|i| &label[i + d.len()..]))
        .min_by_key(|t| t.len())
        // (Or in brackets at its end: "… năm 2022 (ước thực hiện, để
        // tham chiếu)".)
        .or_else(|| label.strip_suffix(')').and_then(|r| r.rfind('(').map(|o| &r[o + 1..])))
        .map(str::trim)
        .filter(|t| !t.is_empty())
}

/// The indicator name at the head of a long row label.
fn label_head(rules: &Rules, label: &str) -> String {
    thread_local! {
        static LABEL_HEAD: std::cell::RefCell<crate::memo::Memo<String>> = std::cell::RefCell::default();
    }
    crate::memo::remembered(&LABEL_HEAD, rules.memo_id(), label, || label_head_uncached(rules, label))
}

fn label_head_uncached(rules: &Rules, label: &str) -> String {
    let (f, map) = fold_with_map(label);
    let cut = rules.label_ends.find(&f).map_or(label.len(), |m| map[m.start()]);
    squash(label[..cut].trim().trim_end_matches([':', ';', ',']).trim())
}

pub(crate) fn ceiling_words(rules: &Rules, text: &str) -> bool {
    thread_local! {
        static CEILING: std::cell::RefCell<crate::memo::Memo<bool>> = std::cell::RefCell::default();
    }
    crate::memo::remembered(&CEILING, rules.memo_id(), text, || ceiling_words_uncached(rules, text))
}

fn ceiling_words_uncached(rules: &Rules, text: &str) -> bool {
    text.contains(['≤', '<']) || rules.prose.ceiling_folded.is_match(&rules.prose.without_ceiling_not(&fold(text)))
}

/// The column whose cells name indicators, for a header that names none
/// (OCR spoilt it: "Chitêu"): the first but the index column where two
/// cells or more, and at least half those filled, match an indicator rule.
fn indicator_col_by_cells(rules: &Rules, body: &[Vec<String>], index_col: Option<usize>) -> Option<usize> {
    let width = body.first()?.len();
    // Only a table holding figures is looked at (a signature block laid
    // out as a table holds none).
    if width < 3 || !body.iter().any(|r| r.iter().any(|c| is_value_like(rules, c))) {
        return None;
    }
    (0..width).filter(|&c| Some(c) != index_col).find(|&c| {
        let filled: Vec<&str> = body.iter().map(|r| r[c].trim()).filter(|t| !t.is_empty()).collect();
        let named = filled.iter().filter(|t| rules.match_metric(t).is_some()).count();
        named >= 2 && named * 2 >= filled.len()
    })
}

/// Reads the targets of one table. `table_index` is its 0-based index in
/// the document; `doc_year` the year targets default to.
pub fn read(rules: &Rules, table: &Table, table_index: usize, doc_year: Option<i32>) -> TableTargets {
    let mut out = TableTargets::default();
    let width = table.rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    if width < 2 || table.rows.len() < 2 {
        return out;
    }
    let mut rows: Vec<Vec<String>> = table
        .rows
        .iter()
        .map(|r| {
            let mut c = r.cells.clone();
            c.resize(width, String::new());
            c
        })
        .collect();

    // Header rows: the first row, and the next ones while they read as
    // headers (no values, first cell empty or repeated from a row span).
    let headerish = |cells: &[String]| {
        let filled = cells.iter().filter(|c| !c.trim().is_empty()).count();
        let values = cells.iter().filter(|c| is_value_like(rules, c) && YEAR.find(c).is_none()).count();
        filled >= 1 && values == 0
    };
    if !headerish(&rows[0]) || rows[0].iter().filter(|c| !c.is_empty()).count() < 2 {
        return out;
    }
    let mut nh = 1;
    while nh < rows.len().min(3) {
        let r = &rows[nh];
        let first = r[0].trim();
        let first_ok = first.is_empty() || first == rows[0][0].trim();
        if headerish(r) && first_ok && is_section(rules, r, &[]).is_none() {
            nh += 1;
        } else {
            break;
        }
    }
    // A short first header row under-counts a spanning cell: realign it on
    // the sub-header's run of filled cells.
    if nh >= 2 {
        let orig = table.rows[0].cells.len();
        if orig < width {
            let sub = &rows[1];
            if let Some(s) = (0..width).find(|&i| !sub[i].is_empty() && sub.get(i + 1).is_some_and(|n| !n.is_empty())) {
                let run = (s..width).take_while(|&i| !sub[i].is_empty()).count();
                if run - 1 == width - orig {
                    let mut fixed = table.rows[0].cells.clone();
                    for _ in 0..run - 1 {
                        fixed.insert(s + 1, String::new());
                    }
                    fixed.resize(width, String::new());
                    rows[0] = fixed;
                }
            }
        }
    }
    // Column headers: child text, with the spanning parent above it.
    let mut columns: Vec<Column> = Vec::with_capacity(width);
    for c in 0..width {
        let mut parts: Vec<String> = Vec::new();
        for r in 0..nh {
            let mut t = rows[r][c].trim().to_string();
            if t.is_empty() && r + 1 < nh && !rows[nh - 1][c].trim().is_empty() {
                // Inherit from the spanning cell to the left.
                let mut k = c;
                while k > 0 && rows[r][k].trim().is_empty() && !rows[nh - 1][k].trim().is_empty() {
                    k -= 1;
                }
                t = rows[r][k].trim().to_string();
            }
            if !t.is_empty() && !parts.contains(&t) {
                parts.push(t);
            }
        }
        let child = parts.last().cloned().unwrap_or_default();
        let parent = if parts.len() > 1 { parts[..parts.len() - 1].join(" ") } else { String::new() };
        let text = parts.join(" / ");
        let child_role = rules.column_role(&child);
        // A spanning "Địa phương" over unit names is their group, not
        // their role.
        let parent_role = if parent.is_empty() { None } else { rules.column_role(&parent) };
        let units_under_group = matches!(parent_role, Some(Role::Unit | Role::Assignee)) && child_role.is_none() && units::names_units(rules, &child);
        let parent_role = parent_role.filter(|_| !units_under_group);
        let role = child_role
            .or(parent_role)
            // A short header broken inside its narrow cell ("ST T").
            .or_else(|| {
                if child.len() <= 8 && child.contains(' ') {
                    rules.column_role(&child.replace(' ', ""))
                } else {
                    None
                }
            });
        // Indicator wordings matter only where the column can hold values.
        let wants_metric = matches!(role, None | Some(Role::Value));
        let metric_child = if wants_metric { rules.match_metric(&child).map(str::to_string) } else { None };
        let metric_parent = if wants_metric && !parent.is_empty() {
            rules.match_metric(&parent).map(|m| {
                // "Tỷ lệ hồ sơ trực tuyến (%)" over "Mức độ 3 | Mức độ 4": a
                // child that names no indicator may narrow the parent's.
                match metric_child {
                    None => rules.match_metric(&format!("{parent} {child}")).unwrap_or(m).to_string(),
                    Some(_) => m.to_string(),
                }
            })
        } else {
            None
        };
        let year = header_year(&child).or_else(|| header_year(&parent));
        let reads_as_indicator = |t: &str| {
            let f = fold(t);
            f.starts_with("ty le") || f.contains(" ty le ") || t.contains('%')
        };
        // (Not by the group's "(%)": "Đơn vị thực hiện (%)" over "Sở Nội vụ".)
        let looks_indicator = reads_as_indicator(if units_under_group { &child } else { &text });
        let kind = match role {
            Some(Role::Past) => Kind::Role(Role::Past),
            Some(Role::Value) if metric_parent.is_some() => Kind::Metric(metric_parent.clone()),
            Some(Role::Value) if metric_child.is_some() => Kind::Metric(metric_child.clone()),
            // Under a spanning "Chỉ tiêu giao" the child names an indicator
            // no rule knows: its values are kept, unmapped.
            Some(Role::Value) if child_role.is_none() && !parent.is_empty() && reads_as_indicator(&child) => Kind::Metric(None),
            // So are a year's values under an indicator no rule knows
            // ("Tỷ lệ hồ sơ giải quyết quá hạn" over "Năm 2025").
            Some(Role::Value) if year.is_some() && parent_role.is_none() && !parent.is_empty() && reads_as_indicator(&parent) => Kind::Metric(None),
            Some(r) => Kind::Role(r),
            None if metric_child.is_some() => Kind::Metric(metric_child),
            None if metric_parent.is_some() => Kind::Metric(metric_parent),
            None if looks_indicator => Kind::Metric(None),
            None => Kind::Other,
        };
        let percent = text.contains('%') || fold(&text).contains("ty le");
        let measure = count_measure(rules, &text);
        let unit = (kind == Kind::Role(Role::Value) && child_role.is_none() && !parent.is_empty() && units::names_units(rules, &child)).then(|| child.clone());
        columns.push(Column {
            kind,
            ceiling: ceiling_words(rules, &text),
            text,
            year,
            percent,
            measure,
            unit,
            group: (!parent.is_empty()).then_some(parent),
            name: child,
        });
    }

    // A "value" column of words and no figure ("Chỉ tiêu năm 2026" over
    // the indicators' names, the levels' values beside them) labels the
    // rows: it holds no values (its year is theirs).
    let mut label_year = None;
    for (c, col) in columns.iter_mut().enumerate() {
        if col.kind != Kind::Role(Role::Value) {
            continue;
        }
        let cells = rows[nh..].iter().map(|r| r[c].trim()).filter(|s| !s.is_empty());
        let (figures, words) = cells.fold((0, 0), |(f, w), s| {
            if s.contains(|ch: char| ch.is_ascii_digit()) {
                (f + 1, w)
            } else {
                (f, w + usize::from(s.contains(char::is_alphabetic)))
            }
        });
        if figures == 0 && words >= 2 {
            col.kind = Kind::Other;
            label_year = label_year.or(col.year);
        }
    }
    // "Cơ quan, đơn vị được giao chỉ tiêu" over units' names, and beside
    // them "Toàn tỉnh" spanning both header rows: the jurisdiction's values.
    if columns.iter().any(|c| c.unit.is_some()) {
        for col in columns.iter_mut().filter(|c| c.kind == Kind::Other && is_whole_jurisdiction(rules, &c.name)) {
            col.kind = Kind::Role(Role::Value);
        }
    }
    // An indicator's column of figures ("Chỉ tiêu" over "Trên 80%"), after
    // one naming the indicators ("Nội dung"), holds their values.
    // (So does one alone, "Đơn vị | Chỉ tiêu (%)", under a caption naming
    // the indicator: its cells are figures, no indicators' names.)
    let indicator_cols: Vec<usize> = (0..width).filter(|&c| columns[c].kind == Kind::Role(Role::Indicator)).collect();
    let figures = |c: usize| rows[nh..].iter().filter(|r| r[c].contains(|ch: char| ch.is_ascii_digit())).count();
    let body = rows.len() - nh;
    match indicator_cols[..] {
        [named, .., last] if figures(last) * 2 > body && figures(named) * 2 <= body => columns[last].kind = Kind::Role(Role::Value),
        [only] if body > 0 && figures(only) == body && rows[nh..].iter().all(|r| parse_value(r[only].trim(), &rules.cell_words, &rules.cell_specks).is_some()) => {
            columns[only].kind = Kind::Role(Role::Value)
        }
        _ => {}
    }
    let role_col = |r: Role| columns.iter().position(|c| c.kind == Kind::Role(r));
    let metric_cols: Vec<usize> = (0..width).filter(|&c| matches!(columns[c].kind, Kind::Metric(_))).collect();
    let value_cols: Vec<usize> = (0..width).filter(|&c| columns[c].kind == Kind::Role(Role::Value)).collect();
    let index_col = role_col(Role::Index);
    let indicator_col = role_col(Role::Indicator);
    let unit_col = role_col(Role::Unit).or_else(|| role_col(Role::Assignee));
    let note_col = role_col(Role::Note);
    let measure_col = role_col(Role::Measure);
    let other_cols: Vec<usize> = (0..width).filter(|&c| columns[c].kind == Kind::Other && Some(c) != index_col).collect();

    enum Orientation {
        /// A row per unit, a column per indicator.
        UnitRows { label: usize },
        /// A row per indicator, value columns (per year).
        IndicatorRows { label: usize },
        /// A row per indicator, a column per unit.
        Transposed { label: usize, units: Vec<usize> },
    }
    let first_text_col = (0..width).find(|&c| Some(c) != index_col && matches!(columns[c].kind, Kind::Other | Kind::Role(Role::Unit) | Kind::Role(Role::Indicator)));
    let orientation = if !metric_cols.is_empty() && indicator_col.is_none() {
        match unit_col.or(first_text_col) {
            Some(label) => Orientation::UnitRows { label },
            None => return out,
        }
    } else if !value_cols.is_empty() || !metric_cols.is_empty() {
        match indicator_col.or(first_text_col) {
            Some(label) => Orientation::IndicatorRows { label },
            None => return out,
        }
    } else if let Some(label) = indicator_col.or_else(|| indicator_col_by_cells(rules, &rows[nh..], index_col)) {
        // Columns left of the label hold row numbers, not units.
        let units: Vec<usize> = other_cols.into_iter().filter(|&c| c > label).collect();
        if units.is_empty() {
            return out;
        }
        for &u in &units {
            columns[u].year = columns[u].year.or(label_year);
        }
        Orientation::Transposed { label, units }
    } else {
        return out;
    };
    let (label_col, valued): (usize, Vec<usize>) = match &orientation {
        Orientation::UnitRows { label } => (*label, metric_cols.clone()),
        Orientation::IndicatorRows { label } => (*label, value_cols.iter().chain(metric_cols.iter()).copied().collect()),
        Orientation::Transposed { label, units } => (*label, units.clone()),
    };
    out.years = valued.iter().filter_map(|&c| columns[c].year).collect();

    // Logical rows: section rows noted, continuation rows merged.
    struct Logical {
        cells: Vec<String>,
        line: usize,
        page: Option<u32>,
        section: Option<String>,
        // Its section opens the table's results.
        in_results: bool,
        body_row: usize,
        // A dash's item under a row naming its indicator.
        item: bool,
    }
    let mut logical: Vec<Logical> = Vec::new();
    let mut section: Option<String> = None;
    // Whether that section opens the table's results, told once.
    let mut in_results = false;
    let has_values = |cells: &[String]| valued.iter().any(|&c| !cells[c].trim().is_empty());
    // (A row with figures only in a results column, "Chung toàn tỉnh | |
    // 66,35 | |", is a row of its own, no name's rest.)
    let past_cols: Vec<usize> = (0..width).filter(|&c| columns[c].kind == Kind::Role(Role::Past)).collect();
    let has_results = |cells: &[String]| past_cols.iter().any(|&c| cells[c].contains(|ch: char| ch.is_ascii_digit()));
    for (k, cells) in rows.iter().enumerate().skip(nh) {
        let src = &table.rows[k];
        let body_row = k - nh;
        // The column numbers under the header, or repeated under it on
        // the next page ("(1) (2) (3)": there, counted from one).
        if is_numbering_row(cells) && (body_row == 0 || counts_columns(cells)) {
            continue;
        }
        // A header row repeated after a page break.
        if k > nh && cells.iter().zip(rows[0].iter()).all(|(a, b)| fold(a) == fold(b)) {
            continue;
        }
        if let Some(h) = is_section(rules, cells, &valued) {
            in_results = rules.past_sections.is_match(&fold(&h));
            section = Some(h);
            continue;
        }
        let index_empty = index_col.is_none_or(|c| cells[c].trim().is_empty());
        let label_empty = cells[label_col].trim().is_empty();
        if let Some(prev) = logical.last_mut() {
            let values = has_values(cells);
            let bullet = cells[label_col].trim_start().starts_with(['-', '+', '•']);
            let prev_values = has_values(&prev.cells);
            let own_results = has_results(cells) && !label_empty;
            // (A row of sums, "Tổng cộng | 924 | 210", is no name's rest.)
            let total = || rules.total_rows.contains(&fold(cells[label_col].trim()));
            let continues = index_empty && ((!values && (!bullet || label_empty) && !own_results) || (values && label_empty && !prev_values)) && !total();
            if continues {
                for (c, frag) in cells.iter().enumerate() {
                    let frag = frag.trim();
                    if frag.is_empty() {
                        continue;
                    }
                    let cur = &mut prev.cells[c];
                    if cur.trim().is_empty() {
                        *cur = frag.to_string();
                    } else if !fold(cur).ends_with(&fold(frag)) {
                        // A fragment repeated across a page break is dropped.
                        cur.push(' ');
                        cur.push_str(frag);
                    }
                }
                continue;
            }
            if !values && bullet {
                continue;
            }
        }
        let mut cells = cells.clone();
        // "4 | Tỷ lệ hồ sơ trực tuyến … | | …" over "| - Cấp tỉnh | Các sở
        // … | 60 | 70": an item under a row naming an indicator and no
        // values of its own is of that indicator.
        // So is "4.1 | Cấp tỉnh" under "4 | Tỷ lệ …": numbered under it.
        let dashed = index_empty && cells[label_col].trim_start().starts_with(['-', '+', '•']);
        let under = index_col
            .and_then(|c| cells[c].trim().trim_end_matches('.').rsplit_once('.'))
            .filter(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            .map(|(p, _)| p);
        let item = (dashed || under.is_some()) && has_values(&cells);
        if item && matches!(orientation, Orientation::IndicatorRows { .. }) {
            if let Some(parent) = logical
                .iter()
                .rev()
                .find(|p| !p.cells[label_col].trim_start().starts_with(['-', '+', '•']) && !p.item)
                .filter(|p| !has_values(&p.cells) && p.section == section && !p.cells[label_col].trim().is_empty())
                .filter(|p| under.is_none_or(|n| index_col.is_some_and(|c| p.cells[c].trim().trim_end_matches('.') == n)))
            {
                cells[label_col] = format!("{} {}", parent.cells[label_col].trim(), cells[label_col].trim());
            }
        }
        // "4 | | UBND các huyện | % | 55": a row of its own (numbered,
        // naming its unit) with no indicator is under the one above it,
        // a merged cell's copy.
        if label_empty && !index_empty && matches!(orientation, Orientation::IndicatorRows { .. }) && unit_col.is_some_and(|u| !cells[u].trim().is_empty()) && has_values(&cells) {
            if let Some(prev) = logical.last().filter(|p| p.section == section) {
                cells[label_col] = prev.cells[label_col].clone();
            }
        }
        // "| | | Tỷ lệ số hóa … | 60% |": a row whose index and unit are
        // blank (a merged cell's rest) is of the unit above it.
        if let Some(u) = unit_col.filter(|&u| cells[u].trim().is_empty() && index_empty && !label_empty && has_values(&cells) && matches!(orientation, Orientation::IndicatorRows { .. })) {
            if let Some(prev) = logical.last().filter(|p| p.section == section && !p.cells[u].trim().is_empty()) {
                cells[u] = prev.cells[u].clone();
            }
        }
        logical.push(Logical {
            cells,
            line: src.line,
            page: src.page,
            section: section.clone(),
            in_results,
            body_row,
            item,
        });
    }

    // Emit. Room for a target a cell, so that the list is not copied as
    // it grows.
    out.targets.reserve(logical.len() * (width - 1));
    let mut unmapped_seen: Vec<String> = Vec::new();
    // Unit texts repeat down a table: expand each (and key it) once.
    let mut expanded: rustc_hash::FxHashMap<String, Vec<(String, String)>> = Default::default();
    for row in &logical {
        // Under a section of results, figures achieved: no targets.
        if row.in_results {
            continue;
        }
        let label = squash(&row.cells[label_col]);
        // Where rows name indicators, the label's head names the row's.
        let head = (!matches!(orientation, Orientation::UnitRows { .. })).then(|| label_head(rules, &label));
        let label_ceiling = head.as_deref().is_some_and(|h| ceiling_words(rules, h));
        let note = note_col.map(|c| squash(&row.cells[c])).filter(|s| !s.is_empty());
        let row_percent = measure_col.is_some_and(|c| row.cells[c].contains('%'));
        let measure = measure_col.map(|c| squash(&row.cells[c])).filter(|s| !s.is_empty());
        // The row's own indicator (its label's head, else its section's),
        // where rows name indicators: read once for all its cells.
        let row_metric = head.map(|head| {
            let rule = rules.metric_rule(&head);
            let metric = rule.flatten();
            // (A lookalike row, "Tỷ lệ hồ sơ quá hạn", takes no indicator
            // from its section either; nor does a row naming an indicator
            // of its own that no rule knows, "Tỷ lệ hồ sơ tiếp nhận qua
            // dịch vụ bưu chính công ích" under "Số hóa và cấp kết quả
            // điện tử".)
            let section = if rule.is_none() && !fold_head(&head, "ty le ".len()).starts_with("ty le ") {
                row.section.as_deref().and_then(|s| rules.match_metric(s).map(|m| (m, s)))
            } else {
                None
            };
            RowMetric { head, metric, section }
        });
        // "Kết quả thực hiện năm 2024" under an indicator's row: figures
        // achieved, no targets (a row naming an indicator is read).
        if row_metric.as_ref().is_some_and(|m| m.metric.is_none() && rules.column_role(&m.head) == Some(Role::Past)) {
            continue;
        }
        // So is "Tỷ lệ hồ sơ trực tuyến – ước thực hiện năm 2024"; a row
        // "… – năm 2026" is that year's.
        let qualifier = row_metric.as_ref().and_then(|_| label_qualifier(&label));
        if qualifier.is_some_and(|q| rules.column_role(q) == Some(Role::Past)) {
            continue;
        }
        let row_year: Option<i32> = qualifier.and_then(|q| YEAR.captures(q)).and_then(|y| y[1].parse().ok());
        // A row per year ("Năm | Tỷ lệ …": "2025", "Năm 2026"): the
        // jurisdiction's values for that year, no unit's.
        let label_year: Option<i32> = matches!(orientation, Orientation::UnitRows { .. })
            .then(|| YEAR.captures(&label).filter(|c| c[0].len() == label.len()).and_then(|c| c[1].parse().ok()))
            .flatten();
        let folded_label = fold(&label);
        // Where rows name units, a row of sums ("Tổng cộng") names none.
        if matches!(orientation, Orientation::UnitRows { .. }) && rules.total_rows.contains(&folded_label) {
            continue;
        }
        // "… (để theo dõi, không giao chỉ tiêu)": a row that says it
        // assigns nothing.
        if rules.unassigned_rows.iter().any(|w| folded_label.contains(w.as_str())) {
            continue;
        }
        let unit_in_row = unit_col.map(|u| squash(&row.cells[u])).filter(|s| !s.is_empty());
        for &c in &valued {
            let raw = squashed(&row.cells[c]);
            if raw.is_empty() {
                continue;
            }
            let col = &columns[c];
            let (metric, metric_text, units_text, unit_group): (Option<String>, String, Option<String>, Option<String>) = match &orientation {
                Orientation::UnitRows { .. } => {
                    let Kind::Metric(m) = &col.kind else { continue };
                    // Unit names are capitalised; a lower-case label is a
                    // fragment of wrapped text (or OCR debris), not a unit.
                    if label.starts_with(char::is_lowercase) {
                        continue;
                    }
                    (m.clone(), col.text.clone(), Some(label.clone()).filter(|_| label_year.is_none()), row.section.clone())
                }
                Orientation::IndicatorRows { .. } => {
                    let Some(RowMetric { head, metric: head_metric, section }) = &row_metric else { continue };
                    let (m, t) = match (&col.kind, head_metric) {
                        (Kind::Metric(Some(m)), _) => (Some(m.clone()), col.text.clone()),
                        (_, Some(m)) => (Some(m.to_string()), head.clone()),
                        _ => match section {
                            Some((m, s)) => (Some(m.to_string()), s.to_string()),
                            None => (None, if head.is_empty() { label.clone() } else { head.clone() }),
                        },
                    };
                    (m, t, unit_in_row.clone().or_else(|| col.unit.clone()), None)
                }
                Orientation::Transposed { .. } => {
                    let Some(RowMetric { head, metric: head_metric, section }) = &row_metric else { continue };
                    let m = head_metric.or(section.map(|(m, _)| m)).map(str::to_string);
                    (m, head.clone(), Some(col.name.clone()), col.group.clone())
                }
            };
            // "Toàn tỉnh", "Toàn huyện": the whole jurisdiction, no unit.
            let units_text = units_text.filter(|u| !is_whole_jurisdiction(rules, u));
            let folded = if raw.starts_with(|c: char| c.is_ascii_digit()) {
                String::new()
            } else {
                raw.trim().to_lowercase()
            };
            if !folded.is_empty() && rules.prose.no_value.contains(&folded) {
                out.warnings.push(Warning::new(
                    "not_assigned",
                    format!("cell says {raw:?} for {} / {}: no target", units_text.as_deref().unwrap_or("—"), metric_text),
                    Some(row.line + 1),
                ));
                continue;
            }
            let cell_note = crate::rules::strip_parentheses(&raw);
            let Some(v) = parse_value(cell_note.trim(), &rules.cell_words, &rules.cell_specks).or_else(|| parse_count(&cell_note, &rules.cell_words, &rules.cell_specks)) else {
                out.warnings
                    .push(Warning::new("unparsed_value", format!("cannot read {raw:?} as a value ({metric_text})"), Some(row.line + 1)));
                continue;
            };
            let measure = v.measure.clone().or_else(|| measure.clone()).or_else(|| col.measure.clone());
            let percent = v.percent || (v.measure.is_none() && (row_percent || (measure.is_none() && (col.percent || fold(&metric_text).contains("ty le")))));
            let uom: Option<std::borrow::Cow<'static, str>> = if percent { Some("%".into()) } else { measure.map(Into::into) };
            // Every canonical indicator is a share: a count ("420 thủ
            // tục") is none of them, whatever words its label shares.
            let metric = if uom.is_some() && !percent { None } else { metric.clone() };
            if metric.is_none() && !unmapped_seen.contains(&metric_text) {
                unmapped_seen.push(metric_text.clone());
                out.warnings
                    .push(Warning::new("unmapped_metric", format!("no indicator rule matches {metric_text:?}"), Some(row.line + 1)));
            }
            let ceiling = if matches!(orientation, Orientation::UnitRows { .. }) { col.ceiling } else { label_ceiling };
            let comparator = v.comparator.unwrap_or(if ceiling { "<=" } else { ">=" });
            let expansion: &[(String, String)] = match &units_text {
                Some(t) => {
                    if !expanded.contains_key(t) {
                        expanded.insert(
                            t.clone(),
                            units::expand(rules, t)
                                .into_iter()
                                .map(|u| {
                                    let k = units::unit_key(&u);
                                    (u, k)
                                })
                                .collect(),
                        );
                    }
                    &expanded[t]
                }
                None => &[],
            };
            // One target a unit; one with no unit when none is named.
            for unit in expansion.iter().map(Some).chain(expansion.is_empty().then_some(None)) {
                let (unit, unit_key) = match unit {
                    Some((u, k)) => (Some(u.clone()), Some(k.clone())),
                    None => (None, None),
                };
                out.targets.push(Target {
                    unit_key,
                    unit,
                    unit_group: unit_group.clone(),
                    metric: metric.clone(),
                    metric_text: metric_text.clone(),
                    value: v.value,
                    unit_of_measure: uom.clone(),
                    comparator: comparator.into(),
                    year: col.year.or(label_year).or(row_year).or(doc_year),
                    note: note.clone(),
                    provenance: Provenance {
                        kind: "table".into(),
                        table: Some(table_index),
                        row: Some(row.body_row),
                        column: Some(c),
                        line: row.line + 1,
                        page: row.page,
                    },
                });
            }
        }
    }
    out
}

/// A row's or column's name that is the whole jurisdiction ("Toàn
/// tỉnh", "Toàn huyện"): its values are the jurisdiction's, no unit's.
fn is_whole_jurisdiction(rules: &Rules, name: &str) -> bool {
    let f = fold(name);
    f.split_once(' ').is_some_and(|(first, _)| rules.prose.whole_jurisdiction.iter().any(|w| w == first)) && rules.prose.jurisdiction_subjects.is_match(&f)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::Row;

    fn table(rows: &[&str]) -> Table {
        Table {
            rows: rows
                .iter()
                .enumerate()
                .map(|(i, r)| Row {
                    cells: r.split('\t').map(str::to_string).collect(),
                    line: i,
                    page: None,
                })
                .collect(),
            edges: Vec::new(),
        }
    }

    #[test]
    fn values() {
        let rules = Rules::builtin().unwrap();
        let parse_value = |s: &str| parse_value(s, &rules.cell_words, &rules.cell_specks);
        assert_eq!(
            parse_value("80%").unwrap(),
            CellValue {
                value: 80.0,
                percent: true,
                comparator: None,
                measure: None,
            }
        );
        assert_eq!(parse_value("97,5").unwrap().value, 97.5);
        let v = parse_value("Không dưới 70").unwrap();
        assert_eq!((v.value, v.comparator), (70.0, Some(">=")));
        assert_eq!(parse_value("không cao hơn 2").unwrap().comparator, Some("<="));
        for scanned in ["85 :", "85.", "30-", "|.85", "85 ?", "85% -ˆ", "85 °", "85·"] {
            assert_eq!(parse_value(scanned).map(|v| v.value), Some(if scanned.starts_with('3') { 30.0 } else { 85.0 }), "{scanned}");
        }
        assert_eq!(parse_value("- -"), None);
        assert_eq!(parse_value("tối thiểu 80%").unwrap().comparator, Some(">="));
        assert_eq!(parse_value("không quá 5%").unwrap().comparator, Some("<="));
        // ("Đạt" before another value word.)
        let v = parse_value("Đạt từ 90% trở lên").unwrap();
        assert_eq!((v.value, v.percent, v.comparator), (90.0, true, Some(">=")));
        assert_eq!(parse_value("đạt tối đa 2%").unwrap().comparator, Some("<="));
        assert!(parse_value("Sở Y tế").is_none());
    }

    #[test]
    fn a_count_is_read_with_its_measure() {
        let rules = Rules::builtin().unwrap();
        let count = |s: &str| parse_count(s, &rules.cell_words, &rules.cell_specks).map(|v| (v.value, v.measure, v.comparator, v.percent));
        assert_eq!(count("420 thủ tục"), Some((420.0, Some("thủ tục".into()), None, false)));
        assert_eq!(count("Tối thiểu 150.000 hồ sơ"), Some((150000.0, Some("hồ sơ".into()), Some(">="), false)));
        // A sentence, a figure run into a word, a second number: no count.
        assert_eq!(count("420 thủ tục được cung cấp trên cổng"), None);
        assert_eq!(count("420tt"), None);
        assert_eq!(count("420 thủ tục, 30 dịch vụ"), None);
        assert_eq!(count("thủ tục"), None);
    }

    #[test]
    fn a_header_ocr_spoilt_is_told_by_its_cells_naming_indicators() {
        let r = Rules::builtin().unwrap();
        let t = table(&[
            "STT\tChitêu\tThành phố Đà Lạt\tHuyện Đức Trọng",
            "1\tTỷ lệ hồ sơ trực tuyến (%)\t85\t70",
            "2\tTỷ lệ thanh toán trực tuyến (%)\t60\t50",
        ]);
        let got: Vec<(Option<String>, Option<String>, f64)> = read(&r, &t, 0, Some(2025)).targets.into_iter().map(|t| (t.unit, t.metric, t.value)).collect();
        assert_eq!(got.len(), 4, "{got:?}");
        assert_eq!(got[1], (Some("Huyện Đức Trọng".into()), Some("online_dossier_rate".into()), 70.0));
        // Cells that name no indicator tell nothing.
        let t = table(&["STT\tViệc\tThành phố Đà Lạt", "1\tHọp giao ban\t2", "2\tKiểm tra\t3"]);
        assert!(read(&r, &t, 0, Some(2025)).targets.is_empty());
    }

    #[test]
    fn a_row_per_year_is_the_jurisdiction_s_in_that_year() {
        let r = Rules::builtin().unwrap();
        let t = table(&["STT\tNăm\tTỷ lệ hồ sơ trực tuyến (%)", "1\t2025\t47", "2\tNăm 2026\t57", "3\tSở Tư pháp\t67"]);
        let got: Vec<(Option<String>, Option<i32>, f64)> = read(&r, &t, 0, Some(2025)).targets.into_iter().map(|t| (t.unit, t.year, t.value)).collect();
        assert_eq!(got, [(None, Some(2025), 47.0), (None, Some(2026), 57.0), (Some("Sở Tư pháp".into()), Some(2025), 67.0)]);
    }

    #[test]
    fn units_under_a_spanning_locality_header_and_a_row_of_results() {
        let r = Rules::builtin().unwrap();
        let t = table(&[
            "STT\tChỉ tiêu\tĐơn vị tính\tCác cơ quan chuyên môn thuộc UBND tỉnh\t\tĐịa phương\t",
            "\t\t\tSở Tư pháp\tSở Y tế\tUBND các huyện, thành phố\tUBND các xã, phường, thị trấn",
            "2\tTỷ lệ hồ sơ trực tuyến\t%\t80\t70\t60\t50",
            "\tKết quả thực hiện năm 2024\t%\t71,2\t58,4\t47,3\t38,9",
        ]);
        let got: Vec<(Option<String>, Option<String>, f64)> = read(&r, &t, 0, Some(2025)).targets.into_iter().map(|t| (t.unit, t.unit_group, t.value)).collect();
        assert_eq!(got.iter().map(|t| t.2).collect::<Vec<_>>(), [80.0, 70.0, 60.0, 50.0]);
        assert_eq!(got[2], (Some("UBND các huyện, thành phố".into()), Some("Địa phương".into()), 60.0));
    }

    #[test]
    fn a_bare_chi_tieu_column_of_figures_beside_the_indicators_names_holds_their_values() {
        // "Nội dung" names the indicators, "Chỉ tiêu" holds the targets,
        // "Kết quả năm 2025" last year's results.
        let r = Rules::builtin().unwrap();
        let t = table(&[
            "STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tKết quả năm 2025\tChỉ tiêu",
            "1\tTỷ lệ hồ sơ trực tuyến\tUBND các xã, phường\tSở Khoa học và Công nghệ\t58,6%\tTrên 80%",
            "2\tTỷ lệ hồ sơ thanh toán trực tuyến\tUBND các xã, phường\tSở Tài chính\t47,9%\tTối thiểu 70%",
            "3\tTỷ lệ hồ sơ giải quyết quá hạn\tUBND các xã, phường\tVăn phòng UBND tỉnh\t3,2%\tKhông quá 2%",
        ]);
        let got: Vec<(Option<String>, Option<String>, f64)> = read(&r, &t, 0, Some(2026)).targets.into_iter().map(|t| (t.unit, t.metric, t.value)).collect();
        assert_eq!(
            got,
            [
                (Some("UBND các xã, phường".into()), Some("online_dossier_rate".into()), 80.0),
                (Some("UBND các xã, phường".into()), Some("online_payment_rate".into()), 70.0),
                (Some("UBND các xã, phường".into()), None, 2.0),
            ]
        );
    }

    #[test]
    fn a_lookalike_row_takes_no_indicator_from_its_section() {
        let r = Rules::builtin().unwrap();
        let t = table(&[
            "STT\tChỉ tiêu\tĐơn vị chủ trì\tGiao chỉ tiêu năm 2025",
            "IV\tNhóm chỉ tiêu về mức độ hài lòng\t\t",
            "1\tTỷ lệ hồ sơ giải quyết quá hạn\tCác sở, ban, ngành\tKhông quá 1%",
            "2\tChỉ số hài lòng\tVăn phòng UBND tỉnh\t90%",
        ]);
        let got = read(&r, &t, 0, Some(2025));
        let metrics: Vec<Option<&str>> = got.targets.iter().map(|t| t.metric.as_deref()).collect();
        assert_eq!(metrics, [None, Some("satisfaction_rate")]);
    }

    #[test]
    fn a_unit_column_under_a_spanning_group_is_the_units_and_the_group_its_group() {
        let r = Rules::builtin().unwrap();
        let t = table(&[
            "STT\tChỉ tiêu\tCác sở, ban, ngành\t\tUBND các huyện, thành phố\t",
            "\t\tSở Tư pháp\tSở Y tế\tHuyện Ba Tri\tHuyện Bình Đại",
            "1\tTỷ lệ hồ sơ trực tuyến\t80%\t-\t60%\t55%",
        ]);
        let got = read(&r, &t, 0, Some(2024));
        let units: Vec<(Option<&str>, Option<&str>, f64)> = got.targets.iter().map(|t| (t.unit.as_deref(), t.unit_group.as_deref(), t.value)).collect();
        assert_eq!(
            units,
            [
                (Some("Sở Tư pháp"), Some("Các sở, ban, ngành"), 80.0),
                (Some("Huyện Ba Tri"), Some("UBND các huyện, thành phố"), 60.0),
                (Some("Huyện Bình Đại"), Some("UBND các huyện, thành phố"), 55.0)
            ]
        );
        assert!(got.targets.iter().all(|t| t.metric.as_deref() == Some("online_dossier_rate")));
    }

    #[test]
    fn a_name_wrapped_over_a_page_break_goes_on_past_the_column_numbers() {
        let r = Rules::builtin().unwrap();
        let t = table(&[
            "STT\tTên đơn vị\tTỷ lệ hồ sơ trực tuyến (%)\tTỷ lệ thanh toán trực tuyến (%)",
            "(1)\t(2)\t(3)\t(4)",
            "1\tSở Tư pháp\t80\t45",
            "2\tSở Văn hóa, Thể thao và\t70\t40",
            "(1)\t(2)\t(3)\t(4)",
            "\tDu lịch\t\t",
            "3\tSở Y tế\t65\t30",
        ]);
        let got = read(&r, &t, 0, Some(2024));
        let units: Vec<&str> = got.targets.iter().filter_map(|t| t.unit.as_deref()).collect();
        assert_eq!(
            units,
            ["Sở Tư pháp", "Sở Tư pháp", "Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế", "Sở Y tế"]
        );
        // Numbers that do not count the columns from one are a row's.
        assert!(!counts_columns(&["3".into(), "".into(), "4".into()]));
        assert!(counts_columns(&["(1)".into(), "(2)".into(), "".into(), "(3)".into()]));
    }

    #[test]
    fn a_row_per_unit_and_indicator_keeps_its_unit_down_a_merged_cell() {
        let r = Rules::builtin().unwrap();
        let t = table(&[
            "STT\tĐơn vị\tChỉ tiêu\tGiá trị giao\tGhi chú",
            "1\tPhòng Tư pháp\tTỷ lệ hồ sơ trực tuyến\tTối thiểu 50%\t",
            "\t\tTỷ lệ số hóa hồ sơ TTHC\tTối thiểu 60%\t",
            "2\tPhòng Y tế\tTỷ lệ hồ sơ trực tuyến\tTối thiểu 40%\t",
        ]);
        let got = read(&r, &t, 0, Some(2024));
        let units: Vec<(Option<&str>, f64)> = got.targets.iter().map(|t| (t.unit.as_deref(), t.value)).collect();
        assert_eq!(units, [(Some("Phòng Tư pháp"), 50.0), (Some("Phòng Tư pháp"), 60.0), (Some("Phòng Y tế"), 40.0)]);
    }

    #[test]
    fn a_row_of_estimates_named_in_brackets_gives_no_targets() {
        let r = Rules::builtin().unwrap();
        let t = table(&[
            "STT\tChỉ tiêu\tHuyện A\tHuyện B",
            "1\tTỷ lệ hồ sơ trực tuyến\t60\t55",
            "2\tTỷ lệ hồ sơ trực tuyến năm 2022 (ước thực hiện, để tham chiếu)\t28,4\t22,1",
        ]);
        let got = read(&r, &t, 0, Some(2023));
        assert_eq!(got.targets.iter().map(|t| t.value).collect::<Vec<_>>(), [60.0, 55.0]);
    }

    #[test]
    fn units_by_indicators_with_sections_and_blank_cells() {
        let r = Rules::builtin().unwrap();
        let t = table(&[
            "STT\tTên đơn vị\tTỷ lệ hồ sơ trực tuyến\tTỷ lệ thanh toán trực tuyến\tGhi chú",
            "A\tSở, ban, ngành tỉnh\t\t\t",
            "1\tSở Tư pháp\t80%\t\tkhông thu phí",
            "B\tUBND cấp huyện\t\t\t",
            "1\tHuyện A\t97,5\t30\t",
        ]);
        let got = read(&r, &t, 0, Some(2024));
        assert_eq!(got.targets.len(), 3);
        let t0 = &got.targets[0];
        assert_eq!((t0.unit.as_deref(), t0.metric.as_deref(), t0.value), (Some("Sở Tư pháp"), Some("online_dossier_rate"), 80.0));
        assert_eq!(t0.unit_group.as_deref(), Some("Sở, ban, ngành tỉnh"));
        assert_eq!(t0.note.as_deref(), Some("không thu phí"));
        assert_eq!(t0.year, Some(2024));
        assert_eq!(got.targets[1].value, 97.5);
        assert_eq!(got.targets[2].unit_group.as_deref(), Some("UBND cấp huyện"));
    }

    #[test]
    fn units_across_with_the_whole_province_a_results_section_and_a_wording_no_rule_knows() {
        let r = Rules::builtin().unwrap();
        let t = table(&[
            "STT\tChỉ tiêu\tĐơn vị tính\tCơ quan, đơn vị được giao chỉ tiêu\t\tToàn tỉnh",
            "STT\tChỉ tiêu\tĐơn vị tính\tSở Nội vụ\tCông an tỉnh\tToàn tỉnh",
            "I\tSỐ HÓA VÀ CẤP KẾT QUẢ ĐIỆN TỬ\t\t\t\t",
            "1\tTỷ lệ cấp kết quả giải quyết TTHC điện tử\t%\t100\t\t100",
            "2\tTỷ lệ hồ sơ TTHC tiếp nhận qua dịch vụ bưu chính công ích\t%\t\t20\t10",
            "II\tSỐ LIỆU THỰC HIỆN 6 THÁNG ĐẦU NĂM 2025\t\t\t\t",
            "3\tTỷ lệ hồ sơ trực tuyến đạt được\t%\t58,2\t71,9\t46,3",
        ]);
        let got = read(&r, &t, 0, Some(2025));
        let seen: Vec<(Option<&str>, Option<&str>, f64)> = got.targets.iter().map(|t| (t.unit.as_deref(), t.metric.as_deref(), t.value)).collect();
        assert_eq!(
            seen,
            vec![
                (Some("Sở Nội vụ"), Some("electronic_result_rate"), 100.0),
                (None, Some("electronic_result_rate"), 100.0),
                (Some("Công an tỉnh"), None, 20.0),
                (None, None, 10.0),
            ]
        );
    }

    #[test]
    fn indicator_rows_two_row_header_and_a_continuation() {
        let r = Rules::builtin().unwrap();
        let t = table(&[
            "Số TT\tTên nhiệm vụ\tĐơn vị chủ trì\tCơ quan phối hợp\tThực hiện trong năm 2023\t\tGhi chú",
            "\t\t\t\tĐơn vị tính\tGiao chỉ tiêu\t",
            "I\tThực hiện thanh toán trực tuyến\t\t\t\t\t",
            "1\tTỷ lệ TTHC có phát sinh giao dịch thanh toán trực tuyến: Theo công thức (b/a). Trong đó:\tCác phòng thuộc huyện, UBND các xã, thị trấn\tVăn phòng\t%\t60\t",
            "\ta là tổng số TTHC\ttrấn\t\t\t\t",
            "II\tTỷ lệ hồ sơ trực tuyến toàn trình\t\t\t\t\t",
            "1\tTỷ lệ theo công thức (b/a). Trong đó: a là …\tUBND các xã\tVăn phòng\t%\t70\t",
        ]);
        let got = read(&r, &t, 0, None);
        assert_eq!(got.targets.len(), 2, "{:#?}", got.targets);
        let a = &got.targets[0];
        assert_eq!(a.metric.as_deref(), Some("online_payment_procedure_rate"));
        assert_eq!(a.unit.as_deref(), Some("Các phòng thuộc huyện, UBND các xã, thị trấn"));
        assert_eq!(a.year, Some(2023));
        assert_eq!(a.unit_of_measure.as_deref(), Some("%"));
        let b = &got.targets[1];
        assert_eq!(b.metric.as_deref(), Some("full_online_dossier_rate"));
        assert_eq!(b.metric_text, "Tỷ lệ hồ sơ trực tuyến toàn trình");
    }

    #[test]
    fn dash_items_under_a_row_naming_an_indicator_are_of_it() {
        let r = Rules::builtin().unwrap();
        let t = table(&[
            "STT\tChỉ tiêu\tĐơn vị chủ trì\tĐơn vị tính\t2024\t2025",
            "II\tSử dụng dịch vụ công trực tuyến, thanh toán trực tuyến\t\t\t\t",
            "4\tTỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ\t\t\t\t",
            "\t- Cấp tỉnh\tCác sở, ban, ngành\t%\t60\t70",
            "\t- Cấp huyện\tUBND các huyện\t%\t40\t50",
            "5\tTỷ lệ hồ sơ thanh toán trực tuyến\tCác sở, ban, ngành\t%\t45\t50",
        ]);
        let got = read(&r, &t, 0, None);
        let seen: Vec<(Option<&str>, Option<&str>, f64)> = got.targets.iter().map(|t| (t.unit.as_deref(), t.metric.as_deref(), t.value)).collect();
        assert_eq!(seen.len(), 6, "{seen:?}");
        assert_eq!(seen[0], (Some("Các sở, ban, ngành"), Some("online_dossier_rate"), 60.0));
        assert_eq!(seen[3], (Some("UBND các huyện"), Some("online_dossier_rate"), 50.0));
        assert_eq!(got.targets[2].metric_text, "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ - Cấp huyện");
        assert_eq!(seen[4], (Some("Các sở, ban, ngành"), Some("online_payment_rate"), 45.0));
    }

    #[test]
    fn rows_numbered_under_a_row_naming_an_indicator_are_of_it() {
        let r = Rules::builtin().unwrap();
        let t = table(&[
            "STT\tChỉ tiêu\tĐơn vị tính\tNăm 2024\tNăm 2025\tĐơn vị chủ trì",
            "II\tSử dụng dịch vụ công trực tuyến, thanh toán trực tuyến\t\t\t\t",
            "4\tTỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ\t\t\t\t",
            "4.1\tCấp tỉnh\t%\t80\tDuy trì 100%\tCác sở, ban, ngành tỉnh",
            "4.2\tCấp huyện\t%\t60\t70\tUBND các huyện",
            "5.1\tCấp xã\t%\t40\t50\tUBND các xã",
        ]);
        let got = read(&r, &t, 0, None);
        let seen: Vec<(Option<&str>, Option<&str>, f64)> = got.targets.iter().map(|t| (t.unit.as_deref(), t.metric.as_deref(), t.value)).collect();
        assert_eq!(seen.len(), 6, "{seen:?}");
        assert_eq!(seen[0], (Some("Các sở, ban, ngành tỉnh"), Some("online_dossier_rate"), 80.0));
        // "Duy trì 100%": kept at 100%, a floor.
        assert_eq!(seen[1], (Some("Các sở, ban, ngành tỉnh"), Some("online_dossier_rate"), 100.0));
        assert_eq!(got.targets[1].comparator, ">=");
        assert_eq!(seen[3], (Some("UBND các huyện"), Some("online_dossier_rate"), 70.0));
        // "5.1" is under no "5": its section's indicator, as before.
        assert_eq!(seen[4], (Some("UBND các xã"), Some("online_payment_rate"), 40.0));
    }

    #[test]
    fn a_numbered_row_with_no_indicator_is_under_the_one_above() {
        let r = Rules::builtin().unwrap();
        let t = table(&[
            "STT\tChỉ tiêu\tĐơn vị chủ trì thực hiện\tĐơn vị tính\tNăm 2024\tNăm 2025",
            "I\tChỉ tiêu về sử dụng dịch vụ công trực tuyến\t\t\t\t",
            "3\tTỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC\tCác sở, ban, ngành tỉnh\t%\t70\t80",
            "4\t\tUBND các huyện, thành phố\t%\t55\t65",
            "II\tChỉ tiêu về thanh toán trực tuyến\t\t\t\t",
            "5\t\tUBND các xã\t%\t45\t55",
        ]);
        let got: Vec<(Option<String>, Option<String>, f64)> = read(&r, &t, 0, None).targets.into_iter().map(|t| (t.unit, t.metric, t.value)).collect();
        let dossier = |u: &str, v: f64| (Some(u.to_string()), Some("online_dossier_rate".to_string()), v);
        assert_eq!(
            got,
            [
                dossier("Các sở, ban, ngành tỉnh", 70.0),
                dossier("Các sở, ban, ngành tỉnh", 80.0),
                dossier("UBND các huyện, thành phố", 55.0),
                dossier("UBND các huyện, thành phố", 65.0),
                // (Not across a section: the row under its own section's.)
                (Some("UBND các xã".to_string()), Some("online_payment_rate".to_string()), 45.0),
                (Some("UBND các xã".to_string()), Some("online_payment_rate".to_string()), 55.0),
            ]
        );
    }

    #[test]
    fn a_column_per_year_and_a_past_column() {
        let r = Rules::builtin().unwrap();
        let t = table(&[
            "STT\tChỉ tiêu\tĐơn vị chủ trì\tKết quả năm 2023\tNăm 2024\tNăm 2025",
            "1\tTỷ lệ thanh toán trực tuyến\tSở Tài chính\t41,7%\t50%\t60%",
        ]);
        let got = read(&r, &t, 0, Some(2024));
        let years: Vec<(Option<i32>, f64)> = got.targets.iter().map(|t| (t.year, t.value)).collect();
        assert_eq!(years, vec![(Some(2024), 50.0), (Some(2025), 60.0)]);
    }

    #[test]
    fn a_plan_s_column_names_its_year_alone_and_a_period_names_none() {
        let r = Rules::builtin().unwrap();
        let t = table(&[
            "STT\tChỉ tiêu\tKết quả năm 2023\tKế hoạch 2024\tKế hoạch 2025\tĐơn vị chủ trì",
            "1\tTỷ lệ thanh toán trực tuyến\t41,7\t50\t60\tSở Tài chính",
        ]);
        let got = read(&r, &t, 0, Some(2024));
        let years: Vec<(Option<i32>, f64)> = got.targets.iter().map(|t| (t.year, t.value)).collect();
        assert_eq!(years, vec![(Some(2024), 50.0), (Some(2025), 60.0)]);
        assert_eq!(header_year("Chỉ tiêu (2026)"), Some(2026));
        assert_eq!(header_year("Giai đoạn 2021 - 2025"), None);
        assert_eq!(header_year("2021–2025"), None);
        assert_eq!(header_year("Chỉ tiêu năm 2026 / Tỷ lệ hồ sơ trực tuyến (%)"), Some(2026));
    }

    #[test]
    fn a_row_per_indicator_and_year_and_a_row_of_estimates() {
        let r = Rules::builtin().unwrap();
        let t = table(&[
            "STT\tChỉ tiêu\tUBND huyện A\tUBND huyện B",
            "1\tTỷ lệ hồ sơ trực tuyến – ước thực hiện năm 2024\t48,5%\t41,2%",
            "2\tTỷ lệ hồ sơ trực tuyến – năm 2025\t60%\t55%",
            "3\tTỷ lệ hồ sơ trực tuyến – năm 2026\t≥70\t-",
        ]);
        let got = read(&r, &t, 0, Some(2025));
        let rows: Vec<(&str, f64, Option<i32>)> = got.targets.iter().map(|t| (t.unit.as_deref().unwrap(), t.value, t.year)).collect();
        assert_eq!(rows, [("UBND huyện A", 60.0, Some(2025)), ("UBND huyện B", 55.0, Some(2025)), ("UBND huyện A", 70.0, Some(2026))]);
    }

    #[test]
    fn values_already_assigned_beside_the_adjusted_ones_are_no_targets() {
        let r = Rules::builtin().unwrap();
        let t = table(&[
            "STT\tTên đơn vị\tTỷ lệ hồ sơ trực tuyến (%)\t\tGhi chú",
            "\t\tĐã giao tại CV 188\tĐiều chỉnh\t",
            "1\tSở Tư pháp\t85\t80\t",
        ]);
        let got = read(&r, &t, 0, Some(2026));
        let v: Vec<(f64, Option<&str>)> = got.targets.iter().map(|t| (t.value, t.metric.as_deref())).collect();
        assert_eq!(v, [(80.0, Some("online_dossier_rate"))]);
    }

    #[test]
    fn transposed_units_are_column_headers() {
        let r = Rules::builtin().unwrap();
        let t = table(&["STT\tChỉ tiêu\tCấp tỉnh\tCấp huyện\tCấp xã", "1\tTỷ lệ hồ sơ trực tuyến\t80%\t70%\t60%"]);
        let got = read(&r, &t, 0, Some(2024));
        let units: Vec<&str> = got.targets.iter().map(|t| t.unit.as_deref().unwrap()).collect();
        assert_eq!(units, vec!["Cấp tỉnh", "Cấp huyện", "Cấp xã"]);
        assert!(got.targets.iter().all(|t| t.metric.as_deref() == Some("online_dossier_rate")));
    }

    #[test]
    fn the_whole_jurisdictions_column_names_no_unit() {
        let r = Rules::builtin().unwrap();
        let t = table(&["TT\tChỉ tiêu\tHuyện Bình Lục\tThị xã Kim Bảng\tToàn tỉnh", "1\tTỷ lệ hồ sơ trực tuyến\t80%\t70%\t75%"]);
        let got = read(&r, &t, 0, Some(2025));
        let units: Vec<Option<&str>> = got.targets.iter().map(|t| t.unit.as_deref()).collect();
        assert_eq!(units, vec![Some("Huyện Bình Lục"), Some("Thị xã Kim Bảng"), None]);
        assert_eq!(got.targets[2].unit_key, None);
    }

    #[test]
    fn a_target_header_over_the_indicators_names_labels_the_rows() {
        let r = Rules::builtin().unwrap();
        let t = table(&[
            "STT\tChỉ tiêu năm 2026\tCấp tỉnh\tCấp xã\tGhi chú",
            "1\tTỷ lệ hồ sơ trực tuyến\t75%\t65%\t",
            "2\tTỷ lệ thanh toán trực tuyến\t\t≥ 50%\tCấp xã",
        ]);
        let got = read(&r, &t, 0, Some(2025));
        let read: Vec<(&str, Option<&str>, f64, Option<i32>)> = got.targets.iter().map(|t| (t.unit.as_deref().unwrap(), t.metric.as_deref(), t.value, t.year)).collect();
        assert_eq!(
            read,
            vec![
                ("Cấp tỉnh", Some("online_dossier_rate"), 75.0, Some(2026)),
                ("Cấp xã", Some("online_dossier_rate"), 65.0, Some(2026)),
                ("Cấp xã", Some("online_payment_rate"), 50.0, Some(2026)),
            ]
        );
    }

    #[test]
    fn not_assigned_and_unreadable_cells_warn() {
        let r = Rules::builtin().unwrap();
        let t = table(&["STT\tTên đơn vị\tTỷ lệ hồ sơ trực tuyến\tTỷ lệ ABC", "1\tSở Y tế\tkhông giao\t??", "2\tSở Tư pháp\t50%\t20%"]);
        let got = read(&r, &t, 0, None);
        let codes: Vec<&str> = got.warnings.iter().map(|w| w.code.as_str()).collect();
        assert!(codes.contains(&"not_assigned") && codes.contains(&"unparsed_value") && codes.contains(&"unmapped_metric"), "{codes:?}");
        assert_eq!(got.targets.len(), 2);
        assert_eq!(got.targets[1].metric, None);
    }

    #[test]
    fn an_unknown_indicator_under_a_spanning_target_header_is_kept_unmapped() {
        let r = Rules::builtin().unwrap();
        let t = table(&[
            "STT\tTên đơn vị\tChỉ tiêu giao năm 2024\t",
            "\t\tTỷ lệ hồ sơ trực tuyến\tTỷ lệ cán bộ được tập huấn kỹ năng số",
            "1\tSở Y tế\t80%\t60%",
        ]);
        let got = read(&r, &t, 0, Some(2024));
        let metrics: Vec<(Option<&str>, f64)> = got.targets.iter().map(|t| (t.metric.as_deref(), t.value)).collect();
        assert_eq!(metrics, vec![(Some("online_dossier_rate"), 80.0), (None, 60.0)]);
        assert!(got.warnings.iter().any(|w| w.code == "unmapped_metric"));
    }
}
