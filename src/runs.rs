//! Tables whose rows a converter ran together into words (`lynx -dump` of
//! a web page, a PDF's text copied, an OCR engine's page): a header line
//! "STT Chỉ tiêu Đơn vị chủ trì Đơn vị tính Kết quả năm 2023 Chỉ tiêu giao
//! Ghi chú" (maybe wrapped: "Năm 2024 Năm 2025"), then rows "1 Tỷ lệ …
//! Các sở, ban, ngành; UBND các huyện % 62,5 80 90", each maybe wrapped
//! over lines, section rows ("II CHỈ TIÊU VỀ …") between.
//!
//! No gutter parts the cells: they are told by what they are. The index
//! by its place; the measure by "%"; the figures, each with its
//! comparator words ("Không quá 2", "≥ 90"), by the form a value cell has
//! (`rules/columns.toml` cell_words); the assignees where a unit's name
//! opens (`rules/units.toml` heads); the note as the words after the
//! figures. The header's words tell the columns (`rules/columns.toml`):
//! whether an assignee, a measure and a note column are there, and which
//! figures are results and which are targets, of which year.
//!
//! In: normalised lines. Out: a table with its header and rows cut into
//! cells, as a reader would give it, and the line after it.

use once_cell::sync::Lazy;
use regex::Regex;

use crate::read::{Line, Row, Table};
use crate::rules::{Role, Rules};
use crate::text::is_upper_line;

/// A row's opening: its index and the words after it.
static ROW: Lazy<Regex> = Lazy::new(|| Regex::new(r"^(?P<idx>\d{1,3})[.)]?\s+(?P<rest>\S.*)$").unwrap());
/// A section row: "II CHỈ TIÊU VỀ …", "B. UBND CÁC HUYỆN".
static SECTION: Lazy<Regex> = Lazy::new(|| Regex::new(r"^(?P<idx>[IVX]{1,4}|[A-D])[.)]?\s+(?P<rest>[^\d%]+)$").unwrap());
/// A year a header's column is of.
static YEAR: Lazy<Regex> = Lazy::new(|| Regex::new(r"^\(?(?:19|20)\d\d\)?[.,:;]?$").unwrap());
/// A blank cell's mark among a row's figures.
static BLANK: Lazy<Regex> = Lazy::new(|| Regex::new(r"^[-–—x_]$").unwrap());

/// Most lines a header or a row runs over.
const MOST_LINES: usize = 4;
/// Most words a column's name in the header has.
const MOST_WORDS: usize = 5;

/// Where the assignee column stands: before the figures or after them.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Side {
    Before,
    After,
}

/// The columns a header names.
#[derive(Debug, PartialEq)]
struct Shape {
    assignee: Option<Side>,
    measure: bool,
    /// The figures' columns: their names and years.
    figures: Vec<(String, Option<i32>)>,
    note: bool,
    /// The header row, in the cells' order, each column named in the
    /// header's own words.
    header: Vec<String>,
}

/// Whether line text may open such a header ("STT Chỉ tiêu …").
pub fn may_open(text: &str) -> bool {
    let t = text.trim_start().as_bytes();
    let word = |w: &[u8]| t.len() > w.len() && t[..w.len()].eq_ignore_ascii_case(w) && t[w.len()] == b' ';
    (word(b"STT") || word(b"TT")) && !text.contains(['\t', '|'])
}

/// The table whose header opens at line `start`, and the line after it.
pub fn table(rules: &Rules, lines: &[Line], start: usize) -> Option<(Table, usize)> {
    if !may_open(&lines[start].text) {
        return None;
    }
    // The header: its first line and those after it up to the first row.
    let mut head_end = start + 1;
    while head_end < lines.len() && head_end - start < MOST_LINES {
        let t = lines[head_end].text.trim();
        if t.is_empty() || opens_row(t, None).is_some() {
            break;
        }
        head_end += 1;
    }
    let header: Vec<&str> = (start..head_end).map(|i| lines[i].text.trim()).collect();
    let shape = woven_units(rules, &header).or_else(|| shape(rules, &header.join(" ")))?;
    let mut t = Table::default();
    t.rows.push(Row {
        cells: shape.header.clone(),
        line: start,
        page: lines[start].page,
    });
    // Each row's lines, joined.
    let mut last_index: Option<u32> = None;
    let mut i = head_end;
    let mut end = head_end;
    let mut data = 0;
    let mut kept = t.rows.len();
    while i < lines.len() {
        // (Blank lines go on to a row, if one follows.)
        let Some(j) = (i..lines.len().min(i + 3)).find(|&j| !lines[j].text.trim().is_empty()) else {
            break;
        };
        let first = lines[j].text.trim();
        let Some(index) = opens_row(first, last_index) else {
            break;
        };
        let mut k = j + 1;
        let mut text = first.to_string();
        while k < lines.len() && k - j < MOST_LINES {
            let mut more = lines[k].text.trim();
            // (A name's rest OCR set apart by a blank line, "tuyến (%)":
            // a few words in lower case, no figure, the table's end or a
            // row after them.)
            if more.is_empty() && index.is_some() {
                let Some(n) = (k + 1..lines.len().min(k + 3)).find(|&n| !lines[n].text.trim().is_empty()) else {
                    break;
                };
                let tail = lines[n].text.trim();
                let after = lines.get(n + 1).map_or("", |l| l.text.trim());
                let is_tail = tail.starts_with(char::is_lowercase) && tail.split_whitespace().count() <= 4 && !tail.contains(|c: char| c.is_ascii_digit());
                if !is_tail || !(after.is_empty() || opens_row(after, index).is_some()) {
                    break;
                }
                k = n;
                more = tail;
            }
            if more.is_empty() || opens_row(more, index.or(last_index)).is_some() {
                break;
            }
            text.push(' ');
            text.push_str(more);
            k += 1;
        }
        let cells = match index {
            Some(n) => {
                last_index = Some(n);
                let c = ROW.captures(&text)?;
                let cells = row_cells(rules, &shape, &c["idx"], &c["rest"]);
                if cells.is_none() {
                    // (A row whose figures cannot be told ends the table.)
                    break;
                }
                data += 1;
                cells?
            }
            None => {
                let c = SECTION.captures(&text)?;
                let mut cells = vec![c["idx"].to_string(), c["rest"].trim().to_string()];
                cells.resize(t.rows[0].cells.len(), String::new());
                cells
            }
        };
        t.rows.push(Row { cells, line: j, page: lines[j].page });
        i = k;
        // (A section's row past the last row, "II. TỔ CHỨC THỰC HIỆN",
        // is the text's heading again.)
        if index.is_some() {
            end = k;
            kept = t.rows.len();
        }
    }
    t.rows.truncate(kept);
    (data >= 2).then_some((t, end))
}

/// Whether `text` opens a row (`Some(Some(index))`) or a section
/// (`Some(None)`): a row's index follows the last one (`last`), or is 1.
#[allow(clippy::option_option)]
fn opens_row(text: &str, last: Option<u32>) -> Option<Option<u32>> {
    if let Some(c) = ROW.captures(text) {
        let n: u32 = c["idx"].parse().ok()?;
        let expected = last.map_or(1, |l| l + 1);
        // (A row's name opens with a letter; "60" alone is a wrapped figure.)
        return (n == expected).then_some(Some(n)).filter(|_| c["rest"].starts_with(char::is_alphabetic));
    }
    SECTION
        .captures(text)
        .filter(|c| is_upper_line(&c["rest"]) && c["rest"].chars().filter(|c| c.is_alphabetic()).count() >= 6)
        .map(|_| None)
}

/// The columns the header's words name; `None` unless it names an
/// indicator column and figures' columns, with an assignee or a measure.
fn shape(rules: &Rules, header: &str) -> Option<Shape> {
    let words: Vec<&str> = header.split_whitespace().collect();
    // The role of words `a..b`.
    let role = |a: usize, b: usize| rules.column_role(&words[a..b].join(" "));
    // The first few words (`sizes`) whose role is `r`: where they stand
    // and what they say.
    let first_with = |r: Role, sizes: std::ops::RangeInclusive<usize>| {
        (0..words.len()).find_map(|a| sizes.clone().find(|&n| a + n <= words.len() && role(a, a + n) == Some(r)).map(|n| (a, words[a..a + n].join(" "))))
    };
    let (indicator_at, indicator) = first_with(Role::Indicator, 1..=3)?;
    let assignee_at = first_with(Role::Assignee, 2..=4);
    let measure = first_with(Role::Measure, 1..=3).map(|m| m.1);
    let note = first_with(Role::Note, 1..=2).map(|m| m.1);
    // Each year's column, a result's where the words up to it tell one.
    let mut figures: Vec<(usize, String, Option<i32>)> = Vec::new();
    for (b, w) in words.iter().enumerate() {
        if !YEAR.is_match(w) {
            continue;
        }
        let year: i32 = w.trim_matches(|c: char| !c.is_ascii_digit()).parse().ok()?;
        let past = (2..=MOST_WORDS).filter(|&n| n <= b + 1).map(|n| b + 1 - n).find(|&a| role(a, b + 1) == Some(Role::Past));
        let name = match past {
            Some(a) => words[a..=b].join(" "),
            None => (1..=2)
                .rev()
                .filter(|&n| n <= b + 1)
                .map(|n| b + 1 - n)
                .find(|&a| role(a, b + 1) == Some(Role::Value))
                .map_or_else(|| format!("Năm {year}"), |a| words[a..=b].join(" ")),
        };
        figures.push((b, name, Some(year)));
    }
    // (Or a column a unit: "STT Chỉ tiêu Thành phố Đà Lạt Thành phố Bảo
    // Lộc Huyện Đức Trọng", the header of a table of indicators by unit.)
    let by_unit = figures.is_empty() && assignee_at.is_none() && measure.is_none() && note.is_none();
    if by_unit {
        let from = indicator_at + indicator.split_whitespace().count();
        let named = unit_columns(rules, &words[from..])?;
        figures.extend(named.into_iter().map(|n| (from, n, None)));
    }
    if figures.is_empty() {
        // (No year: one column of values, named by the header.)
        let (at, name) = first_with(Role::Value, 2..=4)?;
        figures.push((at, name, None));
    }
    if assignee_at.is_none() && measure.is_none() && !by_unit {
        return None;
    }
    let assignee = assignee_at.map(|(a, name)| (if a > figures[0].0 { Side::After } else { Side::Before }, name));
    // The header row: the index's, the indicator's, the assignee's (before
    // the figures or after them), the measure's, the figures', the note's.
    let mut header = vec![words[0].to_string(), indicator];
    let side = |s: Side| assignee.as_ref().filter(|a| a.0 == s).map(|a| a.1.clone());
    header.extend(side(Side::Before));
    header.extend(measure.clone());
    header.extend(figures.iter().map(|f| f.1.clone()));
    header.extend(side(Side::After));
    header.extend(note.clone());
    Some(Shape {
        assignee: assignee.map(|a| a.0),
        measure: measure.is_some(),
        figures: figures.into_iter().map(|(_, n, y)| (n, y)).collect(),
        note: note.is_some(),
        header,
    })
}

/// A header whose units' levels and names OCR put on lines of their own
/// ("STT Chỉ tiêu Đơn vị được giao chỉ tiêu (%)" / "Thành phố Thị xã
/// Huyện" / "Phủ Lý Duy Tiên Kim Bảng"): a column per unit, each its
/// level (`rules/units.toml` levels) and the two words of its name
/// under it, as most places' names have; None unless every word of the
/// two lines is so placed.
fn woven_units(rules: &Rules, header: &[&str]) -> Option<Shape> {
    let first: Vec<&str> = header.first()?.split_whitespace().collect();
    let n = (1..=3).find(|&n| n < first.len() && rules.column_role(&first[1..=n].join(" ")) == Some(Role::Indicator))?;
    let indicator = first[1..=n].join(" ");
    let levels = |line: &str| -> Option<Vec<String>> {
        let words: Vec<&str> = line.split_whitespace().collect();
        let is_level = |ws: &[&str]| rules.units.levels.contains(&crate::text::fold(&ws.join(" ")));
        let mut out = Vec::new();
        let mut j = 0;
        while j < words.len() {
            let n = [2, 1].into_iter().find(|&n| j + n <= words.len() && is_level(&words[j..j + n]))?;
            out.push(words[j..j + n].join(" "));
            j += n;
        }
        (out.len() >= 2).then_some(out)
    };
    let (lv, names) = header.windows(2).skip(1).find_map(|w| {
        let lv = levels(w[0])?;
        let names: Vec<&str> = w[1].split_whitespace().collect();
        (names.len() == 2 * lv.len()).then_some((lv, names))
    })?;
    let units: Vec<String> = lv.iter().zip(names.chunks(2)).map(|(l, n)| format!("{l} {}", n.join(" "))).collect();
    let mut cells = vec![first[0].to_string(), indicator];
    cells.extend(units.iter().cloned());
    Some(Shape {
        assignee: None,
        measure: false,
        figures: units.into_iter().map(|u| (u, None)).collect(),
        note: false,
        header: cells,
    })
}

/// The units a header's last words name, a column each ("Thành phố Đà
/// Lạt Thành phố Bảo Lộc Huyện Đức Trọng"): cut where a capitalised word
/// opens a unit's name (`rules/units.toml` heads) after a name of its
/// own ("Văn phòng UBND tỉnh" is one: "Văn phòng" alone names none; so
/// is "Sở Lao động - Thương binh và Xã hội"); None unless two or more,
/// each a name past its head.
fn unit_columns(rules: &Rules, words: &[&str]) -> Option<Vec<String>> {
    let opens = |j: usize| words[j].starts_with(char::is_uppercase) && crate::units::names_units(rules, &words[j..].join(" "));
    let only_head = |piece: &[&str]| {
        let f = crate::text::fold(&piece.join(" "));
        rules.units.heads.contains(&f)
    };
    if words.is_empty() || !opens(0) {
        return None;
    }
    let mut starts = vec![0];
    for j in 1..words.len() {
        let joined = matches!(words[j - 1], "và" | "-" | "–" | "&") || words[j - 1].ends_with('-');
        if opens(j) && !joined && !only_head(&words[*starts.last()?..j]) {
            starts.push(j);
        }
    }
    starts.push(words.len());
    let names: Vec<String> = starts.windows(2).map(|w| words[w[0]..w[1]].join(" ")).collect();
    (names.len() >= 2 && names.iter().all(|n| n.split_whitespace().count() >= 2 && !only_head(&[n.as_str()]))).then_some(names)
}

/// A row's cells, in the header's order, from its index and the
/// words after it; `None` if no figure can be told in them.
fn row_cells(rules: &Rules, s: &Shape, idx: &str, rest: &str) -> Option<Vec<String>> {
    let words = crate::text::words_at(rest);
    let k = s.figures.len();
    // The value cells read from word `from`: each the longest run of a
    // few words a value cell can be, or a blank cell's mark.
    let cells_from = |from: usize| -> (Vec<String>, usize) {
        let mut out = Vec::new();
        let mut at = from;
        while at < words.len() && out.len() < k {
            let n = (1..=4.min(words.len() - at)).rev().find(|&n| {
                let cell = words[at..at + n].iter().map(|w| w.1).collect::<Vec<_>>().join(" ");
                rules.cell_words.value.is_match(&cell)
            });
            match n {
                Some(n) => {
                    out.push(words[at..at + n].iter().map(|w| w.1).collect::<Vec<_>>().join(" "));
                    at += n;
                }
                None if BLANK.is_match(words[at].1) => {
                    out.push(String::new());
                    at += 1;
                }
                None => break,
            }
        }
        (out, at)
    };
    // Where the figures open: after the measure's "%", or at the first
    // word from which all the columns' values are read.
    let opens = if s.measure {
        (2..words.len()).find(|&j| matches!(words[j - 1].1, "%" | "(%)") && !cells_from(j).0.is_empty())?
    } else {
        (2..words.len()).find(|&j| cells_from(j).0.len() == k)?
    };
    let (mut values, after) = cells_from(opens);
    if values.iter().all(String::is_empty) {
        return None;
    }
    let before_end = if s.measure { words[opens - 1].0 } else { words[opens].0 };
    let before = rest[..before_end].trim();
    let after = words.get(after).map_or("", |w| rest[w.0..].trim());
    // Fewer figures than columns: the column a note names the year of
    // is the blank one ("Chỉ tiêu năm 2025 giao sau"); else the first
    // (a new indicator has no result).
    while values.len() < k {
        let named = s.figures.iter().position(|f| f.1.is_some_and(|y| after.contains(&y.to_string())));
        match named {
            Some(p) if p <= values.len() => values.insert(p, String::new()),
            _ => values.insert(0, String::new()),
        }
    }
    let (label, assignee) = match s.assignee {
        Some(Side::Before) => split_assignee(rules, before),
        _ => (before.to_string(), String::new()),
    };
    // (With no column after the figures, words after them in lower case
    // are the name's rest, which OCR set below its figures: "2 Tỷ lệ
    // thanh toán trực 60 55 50" / "tuyến (%)".)
    let columns_after = s.note || s.assignee == Some(Side::After);
    let label = if !columns_after && after.starts_with(char::is_lowercase) {
        format!("{label} {after}")
    } else {
        label
    };
    let mut cells = vec![idx.to_string(), label];
    if s.assignee == Some(Side::Before) {
        cells.push(assignee);
    }
    if s.measure {
        cells.push("%".into());
    }
    cells.extend(values);
    match (s.assignee, s.note) {
        (Some(Side::After), true) => cells.extend([after.to_string(), String::new()]),
        (Some(Side::After), false) => cells.push(after.to_string()),
        (_, true) => cells.push(after.to_string()),
        _ => {}
    }
    Some(cells)
}

/// An indicator's words and the assignees' after them: cut where the
/// first capitalised word opens a unit's name ("… có phát sinh hồ sơ" /
/// "Các sở, ban, ngành; UBND …"), past the indicator's first two words.
fn split_assignee(rules: &Rules, text: &str) -> (String, String) {
    let starts = text.match_indices(' ').map(|(i, _)| i + 1).skip(1);
    for at in starts {
        let rest = &text[at..];
        if rest.starts_with(char::is_uppercase) && crate::units::names_units(rules, rest) {
            return (text[..at].trim().to_string(), rest.trim().to_string());
        }
    }
    (text.to_string(), String::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> Rules {
        Rules::builtin().unwrap()
    }

    fn lines(s: &str) -> Vec<Line> {
        crate::read::plain_lines(s)
    }

    #[test]
    fn a_lynx_table_is_cut_by_what_its_words_are() {
        let text = "STT Chỉ tiêu Đơn vị chủ trì Đơn vị tính Kết quả năm 2023 Chỉ tiêu giao Ghi chú\n\
                    Năm 2024 Năm 2025\n\
                    I CHỈ TIÊU VỀ DỊCH VỤ CÔNG TRỰC TUYẾN\n\
                    1 Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ Các sở, ban, ngành; UBND các huyện,\n\
                    thành phố % 62,5 80 90\n\
                    2 Tỷ lệ hồ sơ trực tuyến toàn trình Sở Thông tin và Truyền thông % 38,4 50\n\
                    60\n\
                    3 Tỷ lệ khai thác dữ liệu số hóa UBND các huyện % 30 50 Chỉ tiêu mới\n\
                    4 Tỷ lệ TTHC có thanh toán trực tuyến UBND các xã % 35 60 Chỉ tiêu năm 2025 giao sau\n\
                    5 Tỷ lệ hồ sơ giải quyết quá hạn Các sở, ban, ngành % 3,8 Không\n\
                    quá 2 Không quá 1,5 Chỉ tiêu tối đa\n\
                    \n\
                    Nơi nhận:\n";
        let l = lines(text);
        let (t, end) = table(&rules(), &l, 0).unwrap();
        assert_eq!(end, 11);
        let cells: Vec<Vec<&str>> = t.rows.iter().map(|r| r.cells.iter().map(String::as_str).collect()).collect();
        assert_eq!(cells[0], ["STT", "Chỉ tiêu", "Đơn vị chủ trì", "Đơn vị tính", "Kết quả năm 2023", "Năm 2024", "Năm 2025", "Ghi chú"]);
        assert_eq!(cells[1][..2], ["I", "CHỈ TIÊU VỀ DỊCH VỤ CÔNG TRỰC TUYẾN"]);
        assert_eq!(
            cells[2],
            [
                "1",
                "Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ",
                "Các sở, ban, ngành; UBND các huyện, thành phố",
                "%",
                "62,5",
                "80",
                "90",
                ""
            ]
        );
        assert_eq!(cells[3], ["2", "Tỷ lệ hồ sơ trực tuyến toàn trình", "Sở Thông tin và Truyền thông", "%", "38,4", "50", "60", ""]);
        assert_eq!(cells[4][4..], ["", "30", "50", "Chỉ tiêu mới"]);
        assert_eq!(cells[5][4..], ["35", "60", "", "Chỉ tiêu năm 2025 giao sau"]);
        assert_eq!(cells[6][4..], ["3,8", "Không quá 2", "Không quá 1,5", "Chỉ tiêu tối đa"]);
        assert_eq!(t.rows[6].line, 9);
    }

    /// The cells of the table `text` opens with, and the line after it.
    fn cells_of(r: &Rules, text: &str) -> (Vec<Vec<String>>, usize) {
        let (t, end) = table(r, &lines(text), 0).unwrap();
        (t.rows.into_iter().map(|row| row.cells).collect(), end)
    }

    #[test]
    fn a_header_naming_units_gives_a_column_each() {
        let r = rules();
        let text = "STT Chỉ tiêu Thị xã Ba Đồn Văn phòng UBND huyện Sở Lao động - Thương binh và Xã hội\n\
                    1 Tỷ lệ hồ sơ trực tuyến (%) 85 80 70\n\
                    2 Tỷ lệ thanh toán trực tuyến (%) 60 - 50\n";
        let (cells, end) = cells_of(&r, text);
        assert_eq!(end, 3);
        assert_eq!(cells[0], ["STT", "Chỉ tiêu", "Thị xã Ba Đồn", "Văn phòng UBND huyện", "Sở Lao động - Thương binh và Xã hội"]);
        assert_eq!(cells[1], ["1", "Tỷ lệ hồ sơ trực tuyến (%)", "85", "80", "70"]);
        assert_eq!(cells[2], ["2", "Tỷ lệ thanh toán trực tuyến (%)", "60", "", "50"]);
        // (A name's rest OCR set below the figures, a blank line between.)
        let text = "STT Chỉ tiêu Thị xã Ba Đồn Huyện Quảng Trạch\n\
                    1 Tỷ lệ hồ sơ trực tuyến (%) 85 80\n\
                    2 Tỷ lệ thanh toán trực 60 50\n\n\
                    tuyến (%)\n\n\
                    II. TỔ CHỨC THỰC HIỆN\n";
        let (t, end) = table(&r, &lines(text), 0).unwrap();
        assert_eq!((t.rows[2].cells[1].as_str(), end), ("Tỷ lệ thanh toán trực tuyến (%)", 5));
        // (One unit, or words after the indicator's that name none: no
        // such header.)
        assert!(table(&r, &lines("STT Chỉ tiêu Thị xã Ba Đồn\n1 Tỷ lệ A 85\n2 Tỷ lệ B 60\n"), 0).is_none());
        assert!(table(&r, &lines("STT Chỉ tiêu Mức giao Mức phấn đấu\n1 Tỷ lệ A 85 90\n2 Tỷ lệ B 60 70\n"), 0).is_none());
    }

    #[test]
    fn units_whose_levels_and_names_ocr_put_on_two_lines_are_a_column_each() {
        let r = rules();
        let text = "STT Chỉ tiêu Đơn vị được giao chỉ tiêu (%)\n\
                    Thành phố Thị xã Huyện\n\
                    Hội An Điện Bàn Duy Xuyên\n\
                    1 Tỷ lệ hồ sơ được tiếp nhận, 55 50 40\n\
                    giải quyết trực tuyến\n\
                    2 Tỷ lệ thanh toán trực tuyến 35 _ 25\n";
        let (cells, end) = cells_of(&r, text);
        assert_eq!(end, 6);
        assert_eq!(cells[0], ["STT", "Chỉ tiêu", "Thành phố Hội An", "Thị xã Điện Bàn", "Huyện Duy Xuyên"]);
        assert_eq!(cells[1], ["1", "Tỷ lệ hồ sơ được tiếp nhận, giải quyết trực tuyến", "55", "50", "40"]);
        assert_eq!(cells[2], ["2", "Tỷ lệ thanh toán trực tuyến", "35", "", "25"]);
        // (Names of other than two words each: no such header.)
        let text = "STT Chỉ tiêu Đơn vị (%)\nThành phố Huyện\nHội An Tu Mơ Rông\n1 Tỷ lệ A 55 50\n2 Tỷ lệ B 35 25\n";
        assert!(woven_units(&r, &lines(text).iter().take(3).map(|l| l.text.as_str()).collect::<Vec<_>>()).is_none());
    }

    #[test]
    fn a_header_naming_no_indicator_column_or_rows_out_of_order_give_none() {
        let r = rules();
        let l = lines("STT Tên đơn vị Năm 2024\n1 Sở Y tế 80\n2 Sở Tư pháp 90\n");
        assert!(table(&r, &l, 0).is_none());
        let l = lines("STT Chỉ tiêu Đơn vị chủ trì Năm 2024\n1 Tỷ lệ A Sở Y tế 80\n3 Tỷ lệ B Sở Tư pháp 90\n");
        assert!(table(&r, &l, 0).is_none());
        let l = lines("STT Chỉ tiêu Đơn vị chủ trì Năm 2024\n1 Tỷ lệ A Sở Y tế 80\n2 Tỷ lệ B Sở Tư pháp 90\n");
        assert_eq!(table(&r, &l, 0).unwrap().0.rows.len(), 3);
        assert!(!may_open("STT\tChỉ tiêu") && !may_open("STTx") && may_open("Stt Chỉ tiêu"));
    }
}
