//! Layout: finds the tables that text forms carry and that no reader
//! delimited — tab-separated lines (with blank lines inside a table at page
//! breaks), the DOCX-to-text dump where each cell is its own tab-indented
//! line and a blank line ends a row, and markdown pipe tables.
//!
//! In: normalised lines plus the tables a reader already gave. Out: all
//! tables in line order, and for each line whether it belongs to a table.

use once_cell::sync::Lazy;
use regex::Regex;

use crate::read::{Line, Row, Table};
use crate::text::{fold, fold_head};

/// A table row in OCR text without tabs: "12 Sở Y tế 80% 70% 30%".
static SPACED_ROW: Lazy<Regex> = Lazy::new(|| Regex::new(r"^(?P<idx>\d{1,3}|[IVXLC]{1,5}|[A-ZĐ])[.)]?\s+(?P<label>[^\t]*?\p{L}[^\t]*?)(?P<vals>(?:\s+\d+(?:[.,]\d+)?\s?%?)+)\s*$").unwrap());
/// A section row in the same form: "B Ủy ban nhân dân các huyện" (OCR's
/// rule after the mark, "A_ |Sở, ban, ngành tỉnh", too).
static SPACED_SECTION: Lazy<Regex> = Lazy::new(|| Regex::new(r"^(?P<idx>[IVXLC]{1,5}|[A-ZĐ])[.)_]?\s+\|?\s*(?P<label>[^\d%\t|][^\d%\t]*)$").unwrap());
static VALUE_TOKEN: Lazy<Regex> = Lazy::new(|| Regex::new(r"\d+(?:[.,]\d+)?\s?%?").unwrap());
/// A value cell of a space-laid table: a figure, or a blank cell's dash
/// or words.
const CELL: &str = r"\d+(?:[.,]\d+)?\s?%?|[-–—x]|(?i:không giao)";
/// The index a row of a space-laid table opens with: "5", "5.", "5)".
static ROW_INDEX: Lazy<Regex> = Lazy::new(|| Regex::new(r"^(?P<idx>\d{1,3})[.)]?\s+").unwrap());
/// An index OCR garbled ("o..", "Z7", "5,"): a few ASCII signs, not all
/// letters, before the row's name.
static GARBLED_INDEX: Lazy<Regex> = Lazy::new(|| Regex::new(r"^(?P<idx>[A-Za-z0-9.,_~]{1,3})\s+").unwrap());
/// A value cell of a space-laid row, a word at a time: a figure ("40",
/// "97,5", "40%"), a blank cell's dash (OCR's "_", "~" too).
static CELL_WORD: Lazy<Regex> = Lazy::new(|| Regex::new(r"^(?:\d+(?:[.,]\d+)?%?|[-–—x_~])$").unwrap());
/// The header [`spaced_table`] gives a column of notes.
const SPACED_NOTE: &str = "Ghi chú";
/// A line of a table shown a cell a line that is a value cell.
static CELL_LINE: Lazy<Regex> = Lazy::new(|| Regex::new(&format!("^(?:{CELL})$")).unwrap());

/// Lines and the tables found among them.
#[derive(Debug, Clone)]
pub struct Layout {
    /// All tables, in line order.
    pub tables: Vec<Table>,
    /// `in_table[i]`: line `i` shows part of a table.
    pub in_table: Vec<bool>,
}

/// Finds text-form tables among `lines`, keeping `given` (reader tables).
pub fn layout(lines: &[Line], given: Vec<Table>) -> Layout {
    layout_with(lines, given, &|_, _| None, &|_, _| None)
}

/// A finder of one more kind of table: the table opening at line `i` of
/// `lines`, if one does, and the line after it.
pub type MoreTables<'a> = &'a dyn Fn(&[Line], usize) -> Option<(Table, usize)>;

/// A reader of the indicators a caption or an article lists: `k` phrases,
/// one an indicator, in the order written, if the text so lists them
/// (told with the rules' wordings: [`crate::rules::Rules::listed_indicators`]).
pub type ListedIndicators<'a> = &'a dyn Fn(&str, usize) -> Option<Vec<String>>;

/// [`layout`] with one more kind of table: `more(lines, i)` gives the
/// table opening at line `i`, if one does, and the line after it (a
/// kind told with the rules' words: [`crate::runs::table`]); `listed`
/// names an OCR table's columns whose header is garbled from its caption.
pub fn layout_with(lines: &[Line], given: Vec<Table>, more: MoreTables, listed: ListedIndicators) -> Layout {
    let mut in_table = vec![false; lines.len()];
    // A reader's table covers its lines from its first row to its last
    // (a row may show on several lines: a wrapped header, a name).
    for t in &given {
        let (first, last) = t.line_range();
        for f in in_table.iter_mut().take(last + 1).skip(first) {
            *f = true;
        }
    }
    let from_reader = in_table.clone();
    let mut tables = given;
    // (A web page's table may show a row wrapped as a text did: "6 | Xã
    // Dào San", then " | 65 | 35 | 97,5 | ".)
    for t in &mut tables {
        join_wrapped_rows(t);
    }
    let mut i = 0;
    while i < lines.len() {
        if in_table[i] {
            i += 1;
            continue;
        }
        let text = &lines[i].text;
        let found = if is_pipe_row(text) {
            pipe_table(lines, i)
        } else if is_dump_cell(text) && !crate::segment::is_appendix_start(text) {
            // (An appendix's title set off by a tab, "\tPHỤ LỤC", with its
            // caption's lines under it, heads no table: it is text.)
            dump_table(lines, i)
        } else if is_tsv_row(text) && !is_running_head(text) && !lone_first_cell(text) {
            tsv_table(lines, i)
        } else if may_be_spaced_row(text) && SPACED_ROW.is_match(text) {
            // (The table closest above: a part this one may go on after
            // a page break.)
            let above = tables.iter().filter(|t| t.line_range().1 < i).max_by_key(|t| t.line_range().1);
            spaced_table(lines, i, &in_table, above, listed)
        } else if crate::runs::may_open(text) {
            more(lines, i)
        } else if is_index_header(text) || text.trim() == "ST" {
            stacked_table(lines, i).or_else(|| flat_table(lines, i)).or_else(|| cell_stream_table(lines, i))
        } else {
            None
        };
        // (The lines right after a reader's last row may be that row's,
        // "trước hạn và đúng hạn" under "Tỷ lệ hồ sơ … giải quyết": a
        // text-form table they open stops where a reader's table starts,
        // the next page's part.)
        let found = found.map(|(mut t, end)| match (i..end).find(|&k| i > 0 && from_reader[i - 1] && in_table[k]) {
            Some(cut) => {
                t.rows.retain(|r| r.line < cut);
                (t, cut)
            }
            None => (t, end),
        });
        match found {
            Some((t, end)) => {
                let first = t.rows.first().map_or(i, |r| r.line.min(i));
                for f in in_table.iter_mut().take(end).skip(first) {
                    *f = true;
                }
                if !t.rows.is_empty() {
                    tables.push(t);
                }
                i = end;
            }
            None => i += 1,
        }
    }
    tables.sort_by_key(|t| t.line_range().0);
    let mut tables = join_continued(tables, lines);
    tables.retain(|t| t.rows.len() >= 2);
    Layout { tables, in_table }
}

/// Groups prose lines (line indices, in order) into paragraphs, given
/// as ranges of `prose`: a line that fills most of a hard-wrapped text's
/// width ([`WRAPPED`] chars or more) and ends without a stop goes on in
/// the next prose line when that one opens with a small letter and no list
/// mark ("a)", "b."), with only blank lines or a page break between. A
/// text that writes each paragraph on one line gives one range per line.
///
/// In a text wrapped at a width (most long lines within a few chars of
/// it), a line also goes on in the next when the next one's first word
/// would not have fitted after it (and it is indented no deeper than
/// most: an indent opens a paragraph): so across a colon ("… đối với các
/// Sở:" / "Du lịch, Giáo dục …"), into a capital ("thị xã" / "Ninh
/// Hòa, …") and across a semicolon.
///
/// Inside a paragraph of two lines or more, a short line goes on too: a
/// text wrapped once and again narrower leaves a short rest after each
/// long line ("… lấy" / "người dân, doanh" / "nghiệp làm trung tâm").
/// `levels`: the administrative levels, folded ("thanh pho"), whose
/// names a wrap may part ([`name_carried`]).
pub fn paragraphs(lines: &[Line], prose: &[usize], levels: &[String], open_words: &[String]) -> Vec<std::ops::Range<usize>> {
    let width = wrap_width(lines, prose);
    let indent = usual_indent(lines, prose);
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    for (k, &li) in prose.iter().enumerate() {
        match out.last_mut() {
            Some(p)
                if wraps_into(lines, prose[k - 1], li)
                    || width.is_some_and(|w| lines[li].indent <= indent && forced_wrap(lines, prose[k - 1], li, w))
                    || p.len() >= 2 && goes_on_into(lines, prose[k - 1], li)
                    || name_carried(lines, prose[k - 1], li, levels)
                    || ends_open(lines, prose[k - 1], li, open_words) =>
            {
                p.end = k + 1
            }
            _ => out.push(k..k + 1),
        }
    }
    out
}

/// The width a hard-wrapped text is wrapped at, in chars: two in five of
/// its long prose lines or more end within a few chars of the longest
/// usual one (the others are the last lines of paragraphs, and lines
/// short of a long word).
/// None for a text that writes a paragraph a line.
fn wrap_width(lines: &[Line], prose: &[usize]) -> Option<usize> {
    // (A block set far in, "Kính gửi:" and its list, is not wrapped at
    // the text's width.)
    let mut long: Vec<usize> = prose
        .iter()
        .map(|&li| &lines[li])
        .filter(|l| l.indent <= PARAGRAPH_INDENT && l.text.len() + usize::from(l.indent) >= WRAPPED)
        .map(|l| l.text.trim_end().chars().count() + usize::from(l.indent))
        .filter(|&n| n >= WRAPPED)
        .collect();
    if long.len() < 6 {
        return None;
    }
    long.sort_unstable();
    let width = long[long.len() * 9 / 10];
    let near = long.iter().filter(|&&n| n + 12 >= width && n <= width).count();
    (near * 5 >= long.len() * 2).then_some(width)
}

/// The indent of most long prose lines: the wrapped lines' (a
/// paragraph's first line indented deeper opens a paragraph).
fn usual_indent(lines: &[Line], prose: &[usize]) -> u16 {
    let mut counts: Vec<(u16, usize)> = Vec::new();
    for &li in prose {
        let l = &lines[li];
        if l.text.len() >= WRAPPED {
            match counts.iter_mut().find(|(i, _)| *i == l.indent) {
                Some((_, n)) => *n += 1,
                None => counts.push((l.indent, 1)),
            }
        }
    }
    counts.iter().max_by_key(|&&(i, n)| (n, std::cmp::Reverse(i))).map_or(0, |&(i, _)| i)
}

/// Whether line `a` of a text wrapped at `width` was broken before the
/// next line `b` only because `b`'s first word did not fit.
fn forced_wrap(lines: &[Line], a: usize, b: usize, width: usize) -> bool {
    let (x, y) = (lines[a].text.trim_end(), lines[b].text.trim_start());
    // (So too after a semicolon: "…; các xã: A, B đạt 40%;" / "các xã
    // còn lại đạt 50%.", "…: từ 25% trở lên;" / "Ủy ban nhân dân các
    // huyện C, D: từ 20% trở lên.")
    // ("… Kinh tế và Hạ tầng, Lao động" / "- Thương binh và Xã hội …": a
    // name's dash the wrap set first, after a line ending in a word.)
    let dash_in_name = y.starts_with(['-', '–']) && y[1..].starts_with(' ') && x.ends_with(char::is_alphabetic);
    // ("… chưa đạt chỉ tiêu năm 2024" / "(55%); thanh toán …": a
    // parenthesis, not a list's "(1)".)
    let bracket = y.starts_with('(') && y[1..].split_once(')').is_none_or(|(m, _)| m.chars().count() > 2);
    if x.ends_with(['.', '!', '?']) || x.contains('\t') || !(y.starts_with(char::is_alphanumeric) || dash_in_name || bracket) || crate::text::is_upper_line(y) {
        return false;
    }
    let first_word = y.split_whitespace().next().map_or(0, |w| w.chars().count());
    // (A line longer than the width was not wrapped at it.)
    // (A paragraph's indented first line counts its indent.)
    let indent = Some(lines[a].indent).filter(|&i| i <= PARAGRAPH_INDENT).unwrap_or(0);
    let n = x.chars().count() + usize::from(indent);
    !opens_list_mark(y) && n <= width && n + 1 + first_word > width && only_breaks_between(lines, a, b)
}

/// Whether a long line `a` ends in a level and the first word of a name
/// that line `b` goes on with ("… và thành phố Lai" / "Châu: tỷ lệ …"):
/// a scan's line breaks where the print did, whatever the chars count.
fn name_carried(lines: &[Line], a: usize, b: usize, levels: &[String]) -> bool {
    let (x, y) = (lines[a].text.trim_end(), lines[b].text.trim_start());
    if x.len() < WRAPPED || x.ends_with(|c: char| !c.is_alphabetic()) || opens_list_mark(y) || crate::text::is_upper_line(y) {
        return false;
    }
    let capital = |w: &str| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic);
    let (Some((head, last)), Some(next)) = (x.rsplit_once(' '), y.split_whitespace().next()) else {
        return false;
    };
    if !capital(next.trim_end_matches([':', ',', ';', '.'])) {
        return false;
    }
    // ("… thị xã Ninh Hòa, thành phố" / "Cam Ranh, …": the level alone.)
    let ends_in_level = |t: &str| {
        let t = crate::text::fold(t);
        levels.iter().any(|l| t.strip_suffix(l.as_str()).is_some_and(|h| h.is_empty() || h.ends_with(' ')))
    };
    // (The name on the next line is all capitals up to its comma or
    // colon: "Cam Ranh,", not a sentence's "Tổ chức thực hiện".)
    let name_then_stop = || {
        let mut words = y.split_whitespace();
        (0..3).find_map(|_| {
            let w = words.next()?;
            let bare = w.trim_end_matches([':', ',', ';']);
            (!capital(bare)).then_some(false).or_else(|| (bare.len() < w.len()).then_some(true))
        }) == Some(true)
    };
    if !capital(last) {
        return name_then_stop() && ends_in_level(x) && only_breaks_between(lines, a, b);
    }
    // ("… Cẩm Mỹ, Xuân" / "Lộc, Định Quán …": a name of a list, after
    // its comma, parted by the wrap.)
    let in_list = head.ends_with(',') && head.trim_end_matches(',').rsplit(' ').next().is_some_and(capital);
    let head = crate::text::fold(head);
    (in_list || levels.iter().any(|l| head.strip_suffix(l.as_str()).is_some_and(|h| h.is_empty() || h.ends_with(' ')))) && only_breaks_between(lines, a, b)
}

/// Whether a line opens with a list mark of a letter or two ("a)", "b.",
/// "12.").
/// ("15.003 hồ sơ", a number's thousands, opens none.)
fn opens_list_mark(y: &str) -> bool {
    y.split_once([')', '.'])
        .is_some_and(|(m, rest)| !m.is_empty() && m.chars().count() <= 2 && m.chars().all(char::is_alphanumeric) && !(y.as_bytes()[m.len()] == b'.' && rest.starts_with(|c: char| c.is_ascii_digit())))
}

/// Whether only blank lines or a page's furniture stand between lines `a`
/// and `b`.
fn only_breaks_between(lines: &[Line], a: usize, b: usize) -> bool {
    (a + 1..b).all(|j| is_blank(&lines[j].text) || is_furniture(lines, j))
}

/// Shortest line a hard wrap leaves unfinished.
const WRAPPED: usize = 50;

/// Deepest indent of a paragraph's first line, in chars.
const PARAGRAPH_INDENT: u16 = 8;

/// Whether prose line `a` is wrapped into the later line `b` (see
/// [`paragraphs`]).
fn wraps_into(lines: &[Line], a: usize, b: usize) -> bool {
    // (Bytes first: a line of fewer bytes has fewer chars.)
    let x = lines[a].text.trim_end();
    x.len() >= WRAPPED && x.chars().count() >= WRAPPED && (goes_on_into(lines, a, b) || names_go_on(lines, a, b))
}

/// Whether long line `a` ends in a word no sentence ends in (`open_words`,
/// lower case: "… đối với các" / "Sở: Tư pháp, Xây dựng …"), and line `b`
/// goes on with a word, no list's mark.
fn ends_open(lines: &[Line], a: usize, b: usize, open_words: &[String]) -> bool {
    let (x, y) = (lines[a].text.trim_end(), lines[b].text.trim_start());
    x.len() >= WRAPPED && x.rsplit(' ').next().is_some_and(|w| open_words.iter().any(|o| o == w)) && y.starts_with(char::is_alphanumeric) && text_goes_on(lines, a, b)
}

/// Whether long line `a` ends an enumeration's name with a comma and line
/// `b` goes on with the next name ("… UBND các xã: Tây Giang, Đông
/// Hoàng," / "Tây Ninh đạt tối thiểu 60%;").
fn names_go_on(lines: &[Line], a: usize, b: usize) -> bool {
    let (x, y) = (lines[a].text.trim_end(), lines[b].text.trim_start());
    let name = |w: &str| w.starts_with(char::is_uppercase) && w.chars().skip(1).all(|c| c.is_lowercase());
    x.ends_with(',') && x.trim_end_matches(',').rsplit(' ').next().is_some_and(name) && y.split_whitespace().next().is_some_and(name) && text_goes_on(lines, a, b)
}

/// What [`ends_open`] and [`names_go_on`] both ask: line `a` is no row of
/// cells, line `b` opens no list item and is no upper-case title, and only
/// breaks stand between them.
fn text_goes_on(lines: &[Line], a: usize, b: usize) -> bool {
    let y = lines[b].text.trim_start();
    !lines[a].text.contains('\t') && !opens_list_mark(y) && !crate::text::is_upper_line(y) && only_breaks_between(lines, a, b)
}

/// Whether line `a`, whatever its length, may go on in line `b`: it ends
/// in no stop, `b` opens with a small letter or a figure the wrap carried
/// over ("…đạt tối thiểu" / "85%;") and no list mark, and only blank
/// lines or a page break stand between them.
fn goes_on_into(lines: &[Line], a: usize, b: usize) -> bool {
    let (x, y) = (lines[a].text.trim_end(), lines[b].text.trim_start());
    // ("… năm 2024 đạt tối thiểu 40%;" / "năm 2025 đạt tối thiểu 52,5%.":
    // a clause after a semicolon, the line broken there, in a small
    // letter.)
    let clause_goes_on = x.ends_with(';') && y.starts_with(char::is_lowercase);
    if x.ends_with(['.', ':', '!', '?']) || x.ends_with(';') && !clause_goes_on || x.contains('\t') {
        return false;
    }
    let opens_small = y.chars().next().is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
    opens_small && !opens_list_mark(y) && only_breaks_between(lines, a, b)
}

/// A table split in two (a page break in a web copy, a PDF page): the
/// second part has the same width, no header row of its own, and only
/// blank or page-number lines between the parts (a dozen at most: a
/// page's foot, its number and the next one's head).
fn join_continued(tables: Vec<Table>, lines: &[Line]) -> Vec<Table> {
    let mut out: Vec<Table> = Vec::with_capacity(tables.len());
    for mut t in tables {
        // A running head in two cells by a page's number ("UBND tỉnh X    Kế
        // hoạch số …" under "Trang 4/5") is no table, nor the first row of
        // one (its gaps spaced otherwise on this page: three cells): the
        // parts around it are one. (The table's own header repeated on
        // the next page is written again by a page's number too: it
        // stays, for the join below.)
        // (Told by its cells: a header names most of its columns as a
        // table above names them, a running head one at most, the issuer
        // in the document's head.)
        let names_columns = |row: &crate::read::Row| {
            let prev_cells: Vec<String> = out
                .iter()
                .flat_map(|p| p.rows.iter().take(4))
                .flat_map(|r| r.cells.iter())
                .map(|c| fold(c))
                .filter(|c| !c.is_empty())
                .collect();
            let cells: Vec<String> = row.cells.iter().map(|c| fold(c)).filter(|c| !c.is_empty()).collect();
            2 * cells.iter().filter(|c| prev_cells.contains(c)).count() > cells.len()
        };
        // (Atop a part that may go on with the table before: only a
        // page's break between them.)
        let after_break = |line: usize| {
            out.last().is_some_and(|p| {
                let end = p.line_range().1;
                end < line && line - end <= 12 && (end + 1..line).all(|j| is_blank(&lines[j].text) || is_furniture(lines, j))
            })
        };
        let heads = t
            .rows
            .iter()
            .take_while(|row| {
                let by_page = (row.line.saturating_sub(3)..(row.line + 4).min(lines.len())).any(|j| is_page_line(lines[j].text.trim()));
                by_page && is_repeated_head(lines, row.line) && (t.rows.len() == 1 || after_break(row.line) && !names_columns(row))
            })
            .count();
        if heads == t.rows.len() {
            continue;
        }
        t.rows.drain(..heads);
        if let Some(prev) = out.last_mut() {
            let width = |t: &Table| t.rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
            let (_, prev_end) = prev.line_range();
            let (start, _) = t.line_range();
            // The columns' numbers repeated at the top of the next page
            // ("(1) (2) … (8)", no header above them) open no part.
            let numbers = t.rows.iter().take_while(|r| crate::text::is_column_numbers(&r.cells)).count();
            let numbers = if numbers > 0 && numbers < t.rows.len() && prev.rows.iter().any(|r| crate::text::is_column_numbers(&r.cells)) {
                numbers
            } else {
                0
            };
            // (Or the row under a section's row: "| **II** | **Các xã …** |".)
            let first_has_values = t.rows.iter().skip(numbers).take(2).any(|r| {
                r.cells.iter().skip(1).any(|c| {
                    let c = c.trim().trim_end_matches('%').trim();
                    !c.is_empty() && c.chars().all(|ch| ch.is_ascii_digit() || ch == ',' || ch == '.')
                })
            });
            let gap = (start > prev_end && start - prev_end <= 12).then(|| prev_end + 1..start);
            // (A running head in cells counts where a page's number stands
            // in the gap too.)
            let paged = gap.clone().is_some_and(|mut g| g.any(|j| is_page_line(lines[j].text.trim())));
            // (So is a part's caption, "Phụ lục … (tiếp theo)", there.)
            let breaks = |j: usize| is_blank(&lines[j].text) || is_furniture(lines, j) || paged && (is_repeated_head(lines, j) || is_continued_caption(&lines[j].text));
            // A name's last words carried over the page, at the top of
            // the next ("Phú Thọ" under the footer): a short line going on
            // with the first part's last row, the second part opening with
            // a row of figures.
            let tail = gap.clone().and_then(|g| {
                let last = g.clone().rev().find(|&j| !is_blank(&lines[j].text))?;
                let ok = first_has_values && g.clone().all(|j| j == last || breaks(j)) && is_name_tail(&lines[last].text);
                ok.then_some(last)
            });
            let gap_ok = gap.is_some_and(|g| g.clone().all(breaks)) || tail.is_some();
            // Or its header row repeated at the top of the next page.
            let repeated_header = gap_ok
                && t.rows
                    .first()
                    .zip(prev.rows.first())
                    // (Read as its words: the columns a page's spacing gives may
                    // part them otherwise.)
                    .is_some_and(|(a, b)| a.cells.iter().any(|c| !c.is_empty()) && row_words(a) == row_words(b));
            // The header repeated (its columns maybe spaced otherwise on
            // this page): the rows are set under the first part's columns.
            if repeated_header {
                if let Some(rows) = under_columns(prev, &t) {
                    prev.rows.extend(rows);
                    continue;
                }
            }
            // (Its rows may want the last column, notes none of them has.)
            if gap_ok && (width(&t) == width(prev) || width(&t) + 1 == width(prev)) && (first_has_values || repeated_header) {
                if let Some(j) = tail {
                    carry_name(prev, &lines[j].text);
                }
                // (The header repeated, with the columns' numbers under it.)
                let skip = if repeated_header {
                    1 + t.rows[1..].iter().take_while(|r| crate::text::is_column_numbers(&r.cells)).count()
                } else {
                    numbers
                };
                prev.rows.extend(t.rows.into_iter().skip(skip));
                continue;
            }
        }
        out.push(t);
    }
    out
}

/// "QĐ số 712/QĐ-UBND - Phụ lục … (tiếp theo)": the caption of a table's
/// part on the next page.
fn is_continued_caption(s: &str) -> bool {
    let s = s.trim().trim_end_matches([':', '.']).trim_end();
    ["(tiếp theo)", "(tiếp)", "(TIẾP THEO)", "(Tiếp theo)"].iter().any(|w| s.ends_with(w))
}

/// A line that may end a unit's name wrapped over a page: no cells, a
/// few words, not a caption in capitals, no figure, no stop.
fn is_name_tail(s: &str) -> bool {
    let s = s.trim();
    let words = s.split_whitespace().count();
    (1..=6).contains(&words) && !s.contains('\t') && s.chars().any(char::is_lowercase) && !s.contains(|c: char| c.is_ascii_digit()) && !s.ends_with([':', '.', ';'])
}

/// Appends `tail` to the name in the last row of `t`: the cell with the
/// most letters.
fn carry_name(t: &mut Table, tail: &str) {
    let Some(row) = t.rows.last_mut() else { return };
    let letters = |c: &String| c.chars().filter(|ch| ch.is_alphabetic()).count();
    if let Some(cell) = row.cells.iter_mut().max_by_key(|c| letters(c)).filter(|c| letters(c) > 0) {
        cell.push(' ');
        cell.push_str(tail.trim());
    }
}

/// The rows of `next` but its header, each set under the columns of
/// `first` whose header it repeats: its headed columns in turn under
/// `first`'s; none when the two headers head unlike counts of columns, or
/// a column `next` heads with nothing holds text.
fn under_columns(first: &Table, next: &Table) -> Option<Vec<crate::read::Row>> {
    let headed = |t: &Table| -> Vec<usize> { t.rows[0].cells.iter().enumerate().filter(|(_, c)| !c.trim().is_empty()).map(|(i, _)| i).collect() };
    let (to, from) = (headed(first), headed(next));
    if to.len() != from.len() {
        return None;
    }
    let width = first.rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    let mut rows = Vec::with_capacity(next.rows.len() - 1);
    // The columns' numbers repeated under the header ("(1) (2) (3)") are
    // no row: a name's words carried over go on from the row before.
    let numbers = next.rows[1..].iter().take_while(|r| crate::text::is_column_numbers(&r.cells)).count();
    for r in &next.rows[1 + numbers..] {
        let unheaded = r.cells.iter().enumerate().any(|(i, c)| !from.contains(&i) && !c.trim().is_empty());
        if unheaded {
            return None;
        }
        let mut cells = vec![String::new(); width];
        for (&f, &t) in from.iter().zip(&to) {
            cells[t] = r.cells.get(f).cloned().unwrap_or_default();
        }
        rows.push(crate::read::Row { cells, ..r.clone() });
    }
    Some(rows)
}

/// A row's words, folded, whatever its cells.
fn row_words(r: &crate::read::Row) -> String {
    crate::text::squash(&fold(&r.cells.join(" ")))
}

fn is_blank(s: &str) -> bool {
    s.trim().is_empty() && !s.contains('\t')
}

/// Line `i` is a page's furniture, which a table runs on across: a page
/// number ("4", "- 4 -", "Trang 4", "4/12"), or a running head or foot (a
/// line without tabs written again, word for word, within a few pages
/// of it: "CÔNG BÁO/Số 15 + 16/Ngày 29-3-2024"). The search is bounded so
/// that a file of many tables is not read once per table.
fn is_furniture(lines: &[Line], i: usize) -> bool {
    let x = lines[i].text.trim();
    if is_page_line(x) || is_running_head(x) {
        return true;
    }
    // (A list's item or a value written twice is the text's: "- Tỷ lệ …
    // đạt tối thiểu 80%." under two headings.)
    let item = crate::text::dash_of(x).is_some_and(|d| x[d.len_utf8()..].starts_with(' '));
    !item && !x.contains('\t') && written_again(lines, i, 100)
}

/// Line `i` is written again, word for word, within a few pages, cells
/// and all: a running head laid out in two parts ("UBND tỉnh X" far left,
/// "Kế hoạch số …" far right), which a text extractor's spacing made two
/// cells. Asked only of lines in a page's break.
fn is_repeated_head(lines: &[Line], i: usize) -> bool {
    written_again(lines, i, 160)
}

/// Line `i`, of `longest` chars at most and no value ("%"), stands again
/// word for word within a few pages of it (the gaps between its words
/// may differ: "ngày 26/12/2023", "ngày        26/12/2023").
fn written_again(lines: &[Line], i: usize, longest: usize) -> bool {
    const PAGES: usize = 300;
    let x = lines[i].text.trim();
    if x.is_empty() || x.contains('%') || x.chars().count() > longest {
        return false;
    }
    let near = &lines[i.saturating_sub(PAGES)..(i + PAGES).min(lines.len())];
    let at = i.min(PAGES);
    // (Its words less their gaps: a line that holds them is no shorter.)
    let bare = x.split_whitespace().map(str::len).sum::<usize>();
    near.iter().enumerate().any(|(j, l)| {
        let y = l.text.trim();
        j != at && (y == x || y.len() >= bare && y.as_bytes()[0] == x.as_bytes()[0] && y.split_whitespace().eq(x.split_whitespace()))
    })
}

/// A short line standing alone with no syllable in it, stamp or
/// handwriting OCR read as text ("Kl", "VX.KW", "} (VBĐT)"), or a page's
/// number ("- 3 -", "Trang 3"): no word of two letters or more holds a
/// vowel.
fn is_residue(lines: &[Line], i: usize) -> bool {
    let x = lines[i].text.trim();
    // (A line opening with a tab is a cell: "\t4" is a row's index.)
    let alone = (i + 1 >= lines.len() || is_blank(&lines[i + 1].text)) && !lines[i].text.starts_with('\t');
    alone && is_page_line(x)
        || alone
            && !x.is_empty()
            && x.chars().count() <= 16
            && !x
                .split(|c: char| !crate::text::is_letter(c))
                .any(|w| w.chars().count() >= 2 && w.chars().any(|c| crate::text::fold_char(c).is_some_and(|f| "aeiouy".contains(f))))
}

/// Line `i` is a stamp's residue ([`is_residue`] with a letter in it:
/// "} (VBĐT)", "Kl"), which prose reads past: it parts no list from the
/// line leading it in.
pub fn is_stamp_residue(lines: &[Line], i: usize) -> bool {
    lines[i].text.contains(char::is_alphabetic) && !is_page_line(lines[i].text.trim()) && is_residue(lines, i)
}

/// A page's number, "Trang" before it or not: "Trang 2", "- 2 -".
fn is_page_line(x: &str) -> bool {
    // (Short: most lines are turned away by their length.)
    x.len() <= 20 && is_page_number(x.strip_prefix("Trang").or_else(|| x.strip_prefix("trang")).unwrap_or(x))
}

/// A page's number no cell's figure could be: "Trang 2", "- 2 -", "2/5"
/// (not "2").
fn is_marked_page_line(x: &str) -> bool {
    is_page_line(x) && !x.bytes().all(|b| b.is_ascii_digit())
}

/// "2", "- 2 -", "2/5".
fn is_page_number(s: &str) -> bool {
    s.contains(|c: char| c.is_ascii_digit()) && s.chars().all(|c| c.is_ascii_digit() || matches!(c, '-' | '–' | '/' | ' ' | '.'))
}

/// A page's running head ending in its page number, set apart: "PHỤ LỤC
/// … (tiếp theo)\tTrang 2/2".
fn is_running_head(s: &str) -> bool {
    let tail = |last: &str| {
        let last = last.trim();
        last.strip_prefix("Trang ").or_else(|| last.strip_prefix("trang ")).is_some_and(is_page_number)
    };
    s.rsplit_once('\t').is_some_and(|(_, last)| tail(last))
        // ("KH 96/KH-UBND - Trang 2/3": a dash apart, on a short line.)
        || s.len() <= 120 && [" - ", " – ", " | "].iter().any(|sep| s.rsplit_once(sep).is_some_and(|(_, last)| tail(last)))
}

/// Line `i` is part of a page break in prose: a page's number standing
/// alone ("Trang 2", "- 2 -"), or a blank line next to one. A paragraph
/// goes on across it ([`paragraphs`] is given the prose lines without
/// them).
pub fn in_page_break(lines: &[Line], i: usize) -> bool {
    let page_mark = |j: usize| is_page_line(lines[j].text.trim()) && !lines[j].text.starts_with('\t');
    // The nearest non-blank lines before and after line `j`.
    let before = |j: usize| (0..j).rev().find(|&k| !is_blank(&lines[k].text));
    let after = |j: usize| (j + 1..lines.len()).find(|&k| !is_blank(&lines[k].text));
    // (And a running head next to the page's number: "Trang 1/5" / "UBND
    // tỉnh … - Kế hoạch số 58/KH-UBND"; a blank line by either.)
    let head_by_page = |j: usize| (before(j).is_some_and(page_mark) || after(j).is_some_and(page_mark)) && is_running_head_near(lines, j);
    if !is_blank(&lines[i].text) {
        return page_mark(i) || head_by_page(i);
    }
    [before(i), after(i)].into_iter().flatten().any(|j| page_mark(j) || head_by_page(j))
}

/// Whether line `i` is written again, word for word, within a few pages
/// (a running head or foot), or reads as one ([`is_running_head`]).
fn is_running_head_near(lines: &[Line], i: usize) -> bool {
    is_furniture(lines, i) && !is_page_line(lines[i].text.trim())
}

/// The first line from `i` that is neither blank nor furniture.
fn past_break(lines: &[Line], i: usize) -> Option<usize> {
    (i..lines.len()).find(|&j| !is_blank(&lines[j].text) && !is_furniture(lines, j))
}

/// "a\tb": a tab between cells (not only a leading one).
fn is_tsv_row(s: &str) -> bool {
    s.trim_start_matches('\t').contains('\t')
}

/// "CHỈ TIÊU …\t\t\t": a sheet's row whose first cell alone is filled, a
/// title or caption saved as text (it opens no table).
fn lone_first_cell(s: &str) -> bool {
    s.split('\t').skip(1).all(|c| c.trim().is_empty())
}

/// What [`SPACED_ROW`] needs at a line's ends, told before it runs: an
/// index (a digit or a capital) first, a figure or '%' last. Most lines of
/// prose end in a stop.
fn may_be_spaced_row(s: &str) -> bool {
    s.starts_with(|c: char| c.is_numeric() || c.is_ascii_uppercase() || c == 'Đ') && s.trim_end().ends_with(|c: char| c.is_numeric() || c == '%')
}

/// "\tcell": the DOCX dump form, one cell a line.
fn is_dump_cell(s: &str) -> bool {
    s.starts_with('\t') && !s[1..].contains('\t')
}

fn is_pipe_row(s: &str) -> bool {
    let t = s.trim();
    t.starts_with('|') && t.matches('|').count() >= 2
}

fn tsv_cells(s: &str) -> Vec<String> {
    s.split('\t').map(|c| c.trim().to_string()).collect()
}

fn tsv_table(lines: &[Line], start: usize) -> Option<(Table, usize)> {
    let mut t = Table::default();
    let mut i = start;
    let mut end = start;
    let mut after_break = false;
    while i < lines.len() {
        let text = &lines[i].text;
        if is_tsv_row(text) {
            let cells = tsv_cells(text);
            // The columns' numbers repeated at a page's top are no row.
            let numbers_again = after_break && crate::text::is_column_numbers(&cells) && t.rows.iter().any(|r| crate::text::is_column_numbers(&r.cells));
            if !numbers_again {
                t.rows.push(Row { cells, line: i, page: lines[i].page });
            }
            after_break = false;
            i += 1;
            end = i;
        } else if !t.rows.is_empty() && is_dump_cell(text) && is_name_tail(text) && lines.get(i + 1).is_some_and(|l| is_tsv_row(&l.text)) {
            // "\tSông Cầu" between rows (a name's last words carried over
            // a page's break, under the header written again): a row of
            // its own, that goes on with the name before.
            t.rows.push(Row {
                cells: vec![String::new(), text.trim().to_string()],
                line: i,
                page: lines[i].page,
            });
            i += 1;
            end = i;
        } else if t
            .rows
            .last()
            .is_some_and(|r| text.starts_with("\t\t") && text.len() - text.trim_start_matches('\t').len() < r.cells.len())
            && !is_blank(text)
        {
            // "\t\t\t\tCông nghệ": the rest of a cell past the second
            // column, the others blank (joined with its row above).
            t.rows.push(Row {
                cells: tsv_cells(text),
                line: i,
                page: lines[i].page,
            });
            i += 1;
            end = i;
        } else if let Some(c) = SPACED_SECTION
            .captures(text.trim())
            .filter(|c| t.rows.len() >= 2 && crate::text::is_upper_line(&c["label"]) && lines.get(i + 1).is_some_and(|l| is_tsv_row(&l.text)))
        {
            // "I. CÁC SỞ, BAN, NGÀNH" between rows, its cells merged into
            // one a word processor wrote with no tab: a section's row.
            t.rows.push(Row {
                cells: vec![c["idx"].to_string(), c["label"].trim().to_string()],
                line: i,
                page: lines[i].page,
            });
            i += 1;
            end = i;
        } else if let Some(last) = t
            .rows
            .last_mut()
            .and_then(|r| r.cells.last_mut())
            .filter(|c| c.ends_with(|ch: char| ch.is_alphabetic() || ch == ',') && text.trim_start().starts_with(char::is_lowercase))
        {
            // "…\t2\tKhông bao gồm hồ sơ" / "đăng ký đất đai lần đầu": a
            // row's last cell a line break inside (a page's table copied
            // from a browser) goes on in lower case, no tab.
            last.push(' ');
            last.push_str(text.trim());
            i += 1;
            end = i;
        } else if is_blank(text) || is_furniture(lines, i) {
            // A page break inside a table shows as blank lines, maybe
            // with the page's number and running head.
            match past_break(lines, i) {
                // (Not into an appendix's title: "PHỤ LỤC\t\t\t", a sheet's
                // row, after a signature's block in cells.)
                Some(j) if is_tsv_row(&lines[j].text) && j - i <= 6 && !crate::segment::is_appendix_start(&lines[j].text) => {
                    i = j;
                    after_break = true;
                }
                _ => break,
            }
        } else {
            break;
        }
    }
    join_wrapped_rows(&mut t);
    if let Some(head) = stacked_header(lines, start, t.rows.first().map_or(0, |r| r.cells.len())) {
        t.rows.insert(0, head);
    }
    // (A header whose spanning cell a word processor wrote as one cell,
    // "Chỉ tiêu giao năm 2025" over two columns: spread over them.)
    // (So too a browser's copy, the second row's cells only those under
    // the spanning cell: "STT\tTên\tChỉ tiêu năm 2023\tGhi chú" over
    // "Tỷ lệ A\tTỷ lệ B\tTỷ lệ C".)
    let width = t.rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    if t.rows.len() > 2 && t.rows[0].cells.len() < width {
        let mut cells: Vec<Vec<String>> = t
            .rows
            .iter()
            .take(2)
            .chain(t.rows.iter().skip(2).filter(|r| r.cells.len() > 2).take(8))
            .map(|r| r.cells.clone())
            .collect();
        crate::read::respread_header(&mut cells);
        for (row, spread) in t.rows.iter_mut().zip(cells).take(2) {
            row.cells = spread;
        }
    }
    Some((t, end))
}

/// The header of a tab table of `k` columns from `start`, written above it
/// one cell a line ("STT" / "Tên cơ quan, đơn vị" / "Tỷ lệ … (%)" / … /
/// "Ghi chú": a browser's copy of a header row, the body tabbed): the `k`
/// lines right above, the first an index's head, none with a tab.
fn stacked_header(lines: &[Line], start: usize, k: usize) -> Option<Row> {
    let from = start.checked_sub(k).filter(|_| k >= 3)?;
    let head = &lines[from..start];
    let ok = is_index_header(&head[0].text) && head.iter().all(|l| !is_blank(&l.text) && !l.text.contains('\t') && l.text.trim().chars().count() <= 160);
    ok.then(|| Row {
        cells: head.iter().map(|l| l.text.trim().to_string()).collect(),
        line: from,
        page: head[0].page,
    })
}

/// A row wrapped after its first cells ("6\tXã Dào San", then
/// "\t65\t35\t97,5\t" going on from a tab): a short row and the next one,
/// opening with an empty cell, whose cells add up to the table's width
/// without that empty cell are one row.
fn join_wrapped_rows(t: &mut Table) {
    let width = t.rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    let mut out: Vec<Row> = Vec::with_capacity(t.rows.len());
    for row in t.rows.drain(..) {
        if let Some(prev) = out.last_mut() {
            let goes_on = row.cells.first().is_some_and(|c| c.is_empty()) && row.cells.len() > 1;
            if goes_on && prev.cells.len() < width && prev.cells.len() + row.cells.len() - 1 == width {
                prev.cells.extend(row.cells.into_iter().skip(1));
                continue;
            }
            // ("4\tSở Lao động - Thương binh", then "và Xã hội\t55,0\t70…":
            // the name's tail opens the line the cell's break began.)
            let tail = row.cells.first().is_some_and(|c| c.starts_with(char::is_alphabetic) && !crate::text::is_index_cell(c));
            // (A body row's, its index first and figures after the tail:
            // not a header's lines.)
            let name_last = prev.cells.len() >= 2 && crate::text::is_index_cell(&prev.cells[0]) && prev.cells.last().is_some_and(|c| c.ends_with(|ch: char| ch.is_alphabetic() || ch == ','));
            let figures = row.cells[1..].iter().any(|c| c.starts_with(|ch: char| ch.is_ascii_digit()));
            if tail && name_last && figures && row.cells.len() > 1 && prev.cells.len() < width && prev.cells.len() + row.cells.len() - 1 == width {
                let mut cells = row.cells.into_iter();
                if let (Some(last), Some(first)) = (prev.cells.last_mut(), cells.next()) {
                    last.push(' ');
                    last.push_str(&first);
                }
                prev.cells.extend(cells);
                continue;
            }
        }
        out.push(row);
    }
    t.rows = out;
}

fn dump_table(lines: &[Line], start: usize) -> Option<(Table, usize)> {
    let mut t = Table::default();
    // Whether each row after the first follows a page's furniture.
    let mut broken: Vec<bool> = Vec::new();
    let mut i = start;
    let mut end = start;
    loop {
        // One row: a block of lines up to a blank line.
        if i >= lines.len() || !lines[i].text.starts_with('\t') {
            break;
        }
        let mut cells: Vec<String> = Vec::new();
        let row_line = i;
        while i < lines.len() && !is_blank(&lines[i].text) {
            let text = &lines[i].text;
            if let Some(cell) = text.strip_prefix('\t') {
                cells.push(cell.replace('\t', " ").trim().to_string());
            } else if let Some(last) = cells.last_mut() {
                // A cell's second line may come without its tab.
                if !last.is_empty() {
                    last.push(' ');
                }
                last.push_str(text.trim());
            }
            i += 1;
        }
        t.rows.push(Row {
            cells,
            line: row_line,
            page: lines[row_line].page,
        });
        end = i;
        // Skip the blank lines ending the row; the table goes on if the
        // next block opens with a cell.
        // (Past a scan's stamp residue or a page's number on a line of
        // its own: "VX.KW", "- 3 -".)
        let next = (i..lines.len()).find(|&j| !is_blank(&lines[j].text) && !is_residue(lines, j));
        match next {
            Some(j) if lines[j].text.starts_with('\t') && j - i <= 4 => {
                broken.push((i..j).any(|k| !is_blank(&lines[k].text)));
                i = j;
            }
            _ => break,
        }
    }
    join_split_rows(&mut t, &broken);
    Some((t, end))
}

/// "STT", "TT", "Số TT" alone on a line: the first header cell of a table
/// flattened one cell a line.
fn is_index_header(s: &str) -> bool {
    s.len() <= 8 && !s.contains('\t') && matches!(fold(s.trim()).as_str(), "stt" | "tt" | "so tt")
}

/// A table a web copy flattened to one cell a line without tabs, a blank
/// line ending each row: "STT" / "Đơn vị" / "Tỷ lệ …" / "Ghi chú", blank,
/// "1" / "Sở Y tế" / "85" / …, blank. The header's lines give the width.
/// An empty cell may show as a blank line too (a pasted `<td>&nbsp;</td>`
/// is blank once its no-break space is gone), so a block shorter than the
/// header is read as a whole row when the width's lines from its index end
/// at a blank line; otherwise it is a short row (a section: "A" / "CÔNG
/// CHỨC CHUYÊN MÔN"). The table ends at a block that opens with no index
/// or runs longer than the header.
fn flat_table(lines: &[Line], start: usize) -> Option<(Table, usize)> {
    let block_end = |from: usize| block_end(lines, from);
    let short = |j: usize| is_flat_cell(&lines[j].text);
    let head_end = block_end(start);
    if head_end - start < 3 || !(start..head_end).all(short) {
        return None;
    }
    // (A header shown a cell a line over rows laid out by spaces, with no
    // blank line between, is a space-laid table's: [`spaced_table`].)
    if (start..head_end).any(|j| SPACED_ROW.is_match(lines[j].text.trim())) {
        return None;
    }
    let own: Vec<Vec<usize>> = (start..head_end).map(|j| vec![j]).collect();
    // A header whose long cells a copy wrapped ("Tỷ lệ hồ sơ … trên
    // tổng" / "số hồ sơ …" / "45%"): a line goes on the cell above it if
    // it opens in lower case or is a figure alone, or if the line above
    // runs about as long as the longest (wrapped there) and ends in no
    // figure, bracket or stop (which end a cell: "… 100%"). Read so where
    // that gives more whole rows than a cell a line.
    let longest = (start..head_end).map(|j| lines[j].text.trim().chars().count()).max().unwrap_or(0);
    let goes_on = |j: usize| {
        let (above, x) = (lines[j - 1].text.trim(), lines[j].text.trim());
        x.starts_with(char::is_lowercase)
            || CELL_LINE.is_match(x)
            || above.chars().count() * 5 >= longest * 4 && !above.ends_with(|c: char| c.is_ascii_digit() || matches!(c, '%' | ')' | '.' | ':' | ';'))
    };
    let mut joined: Vec<Vec<usize>> = Vec::new();
    for j in start..head_end {
        match joined.last_mut() {
            Some(cell) if goes_on(j) => cell.push(j),
            _ => joined.push(vec![j]),
        }
    }
    // "STT" / "Tên cơ quan" / "Chỉ tiêu năm 2024 (%)" / "Ghi chú", blank,
    // "Tỷ lệ A" / "Tỷ lệ B" / …, blank: a second header row, the cells a
    // cell of the first spans (read with it where the rows' figures
    // stand under it).
    if let Some(t) = second_header_block(lines, head_end).and_then(|second| flat_rows(lines, &own, second.end, Some(second))) {
        let (mut t, end, _) = t;
        let mut cells: Vec<Vec<String>> = t.rows.iter_mut().map(|r| std::mem::take(&mut r.cells)).collect();
        crate::read::respread_header(&mut cells);
        let spread = cells[0].len() == cells.iter().map(Vec::len).max().unwrap_or(0);
        for (r, c) in t.rows.iter_mut().zip(cells) {
            r.cells = c;
        }
        if spread {
            return Some((t, end));
        }
    }
    let as_written = flat_rows(lines, &own, head_end, None);
    if joined.len() < 3 || joined.len() == own.len() {
        return as_written.map(|(t, end, _)| (t, end));
    }
    match (as_written, flat_rows(lines, &joined, head_end, None)) {
        (Some(a), Some(b)) => Some(if b.2 > a.2 { (b.0, b.1) } else { (a.0, a.1) }),
        (a, b) => a.or(b).map(|(t, end, _)| (t, end)),
    }
}

/// The block of lines after the blank ones from `from` that is a
/// [`flat_table`]'s second header row: two words' cells or more, none a
/// row's index or a figure.
fn second_header_block(lines: &[Line], from: usize) -> Option<std::ops::Range<usize>> {
    let start = (from..lines.len()).find(|&j| !is_blank(&lines[j].text))?;
    let end = block_end(lines, start);
    let words = |j: usize| {
        let x = lines[j].text.trim();
        is_flat_cell(x) && !crate::text::is_index_cell(x) && x.chars().any(char::is_alphabetic) && !x.starts_with(|c: char| c.is_ascii_digit())
    };
    (start - from <= 2 && end - start >= 2 && (start..end).all(words)).then_some(start..end)
}

/// The first blank line from line `from` (or the end): where a block of
/// a [`flat_table`] ends.
fn block_end(lines: &[Line], from: usize) -> usize {
    (from..lines.len()).find(|&j| is_blank(&lines[j].text)).unwrap_or(lines.len())
}

/// Whether a line may be a [`flat_table`]'s cell: no tab, not a paragraph.
fn is_flat_cell(text: &str) -> bool {
    !text.contains('\t') && text.chars().count() <= 200
}

/// The rows of a [`flat_table`] under its header, whose cells are the
/// lines `header` groups (a cell a group), where they end and how many
/// rows are whole; none if no row is.
fn flat_rows(lines: &[Line], header: &[Vec<usize>], head_end: usize, second: Option<std::ops::Range<usize>>) -> Option<(Table, usize, usize)> {
    let block_end = |from: usize| block_end(lines, from);
    let short = |j: usize| is_flat_cell(&lines[j].text);
    // (Under a second header row, a cell of the first spans its cells.)
    let width = header.len() + second.as_ref().map_or(0, |s| s.len() - 1);
    // The row shown on lines `at` (the first is its index).
    let row_of = |at: &mut dyn Iterator<Item = usize>| {
        let mut at = at.peekable();
        let first = at.peek().copied().unwrap_or(head_end);
        Row {
            cells: at.map(|k| lines[k].text.trim().to_string()).collect(),
            line: first,
            page: lines[first].page,
        }
    };
    let mut t = Table::default();
    t.rows.push(Row {
        cells: header.iter().map(|cell| cell.iter().map(|&k| lines[k].text.trim()).collect::<Vec<_>>().join(" ")).collect(),
        line: header[0][0],
        page: lines[header[0][0]].page,
    });
    if let Some(s) = second {
        t.rows.push(Row {
            cells: s.clone().map(|k| lines[k].text.trim().to_string()).collect(),
            line: s.start,
            page: lines[s.start].page,
        });
    }
    // The next row's index line after line `i`, across a page break (a
    // row's index, "1", would pass for a page's number, but its row's
    // name follows it, where a page's number stands alone).
    let next_row = |i: usize| {
        let mut k = i;
        let mut only_pages = true;
        let mut crossed = 0;
        let j = loop {
            let j = (k..lines.len()).find(|&j| !is_blank(&lines[j].text))?;
            let x = &lines[j].text;
            let opens_row = crate::text::is_index_cell(x) && (k == i || only_pages && lines.get(j + 1).is_some_and(|l| !is_blank(&l.text)));
            if opens_row || !is_furniture(lines, j) {
                break j;
            }
            // (A figure written again down the table passes for a
            // running head: no row's index is looked for past it.)
            only_pages &= is_page_line(x.trim());
            crossed += 1;
            k = j + 1;
        };
        // (A page's number and the blank lines around it stand between
        // rows as well as a row's empty last cells: "85", "", "Trang 5",
        // "", "", "", "14".)
        (j - i <= 4 + 3 * crossed && crate::text::is_index_cell(&lines[j].text)).then_some(j)
    };
    // A row a page's number cuts in two ("5" / "Công chức …" / "80",
    // "Trang 3", "50" / "97,5"): its lines up to the width past the number
    // and the blank lines around it, a blank line after them; where the
    // row ends.
    let across_break = |j: usize| -> Option<(Vec<usize>, usize)> {
        let mut taken: Vec<usize> = Vec::with_capacity(width);
        let mut crossed = false;
        let mut k = j;
        while taken.len() < width {
            let l = lines.get(k)?;
            if !crossed && is_marked_page_line(l.text.trim()) {
                crossed = true;
                while taken.last().is_some_and(|&p| is_blank(&lines[p].text)) {
                    taken.pop();
                }
                k += 1;
                while lines.get(k).is_some_and(|l| is_blank(&l.text)) {
                    k += 1;
                }
                continue;
            }
            if !short(k) {
                return None;
            }
            taken.push(k);
            k += 1;
        }
        (crossed && lines.get(k).is_none_or(|l| is_blank(&l.text))).then_some((taken, k))
    };
    let mut full_rows = 0;
    let mut i = head_end;
    while let Some(j) = next_row(i) {
        let block = block_end(j);
        if block - j < width {
            if let Some((taken, end)) = across_break(j) {
                full_rows += 1;
                t.rows.push(row_of(&mut taken.into_iter()));
                i = end;
                continue;
            }
        }
        let to = if block - j == width {
            block
        } else if block - j < width
            && j + width <= lines.len()
            && lines.get(j + width).is_none_or(|l| is_blank(&l.text) || is_marked_page_line(l.text.trim()))
            && (j..j + width).all(|k| short(k) && !is_marked_page_line(lines[k].text.trim()))
        {
            j + width
        } else if block - j < width {
            block
        } else {
            break;
        };
        if to - j == width {
            full_rows += 1;
        }
        t.rows.push(row_of(&mut (j..to)));
        i = to;
    }
    (full_rows > 0).then_some((t, i, full_rows))
}

/// A table a web page's copy stacked one cell a line with no blank line
/// between rows: "STT" / "Cơ quan, đơn vị" / "Tỷ lệ …" / "Ghi chú", then
/// "I" / "CÁC SỞ, BAN, NGÀNH" (a section's row, its cells merged), "1" /
/// "Sở Công Thương" / "70" / … / "" (an empty cell a blank line). The
/// header's lines, up to the first row's index, give the width; a row
/// opens with its index and its name, and runs the width's lines, or up
/// to the next row's index and name (a section's, or a row whose last
/// cells were left out).
fn stacked_table(lines: &[Line], start: usize) -> Option<(Table, usize)> {
    // A row's index at line `j` (a section's mark, a letter's, or the
    // next number), its name after it.
    let opens = |j: usize, next: u32| {
        let Some(x) = lines.get(j).map(|l| l.text.trim()) else { return false };
        (is_row_mark(x, next) || x.chars().count() == 1 && x.starts_with(|c: char| c.is_ascii_uppercase())) && lines.get(j + 1).is_some_and(|l| is_row_name(&l.text))
    };
    let head_end = (start + 1..lines.len().min(start + 16)).find(|&j| opens(j, 1))?;
    let width = head_end - start;
    if width < 3 || (start..head_end).any(|j| is_blank(&lines[j].text) || lines[j].text.contains('\t') || lines[j].text.chars().count() > 200) {
        return None;
    }
    let row_of = |a: usize, b: usize| Row {
        cells: (a..b).map(|k| lines[k].text.trim().to_string()).collect(),
        line: a,
        page: lines[a].page,
    };
    let mut t = Table::default();
    t.rows.push(row_of(start, head_end));
    let mut next = 1;
    let mut i = head_end;
    let mut full_rows = 0;
    while i < lines.len() && opens(i, next) {
        // (The next row's index by the one this row opens with.)
        let after = lines[i].text.trim().parse::<u32>().map_or(next, |n| n + 1);
        let full = i + width;
        let end = if full <= lines.len() && (full == lines.len() || opens(full, after) || is_blank(&lines[full].text)) && (i + 2..full).all(|k| !lines[k].text.contains('\t')) {
            full_rows += 1;
            full
        } else {
            match (i + 2..full.min(lines.len())).find(|&k| opens(k, after)) {
                Some(k) => k,
                None => break,
            }
        };
        t.rows.push(row_of(i, end));
        next = after;
        i = end;
    }
    (full_rows >= 2).then_some((t, i))
}

/// A cell a row of a table shown a cell at a time opens with: the next
/// number (`next`), 1 (after a section), or a section's Roman numeral.
fn is_row_mark(x: &str, next: u32) -> bool {
    x.parse::<u32>().is_ok_and(|n| n == next || n == 1) || !x.is_empty() && x.len() <= 4 && x.bytes().all(|b| b"IVX".contains(&b))
}

/// A cell that names a row (after its mark): words, not a figure or a mark.
fn is_row_name(x: &str) -> bool {
    x.trim().starts_with(char::is_alphabetic) && !crate::text::is_index_cell(x)
}

/// A block of lines between blank lines, of a [`cell_stream_table`].
struct Block {
    /// Its first line and the line after its last.
    lines: (usize, usize),
    /// Its lines joined with spaces.
    text: String,
    /// Empty cells written before it, as blank lines past the one
    /// parting two cells (`docx2txt` writes each cell and a blank line).
    empties_before: usize,
}

/// A table a converter wrote as a stream of cells, each a block of lines
/// between blank lines, no mark where a row ends: `pdftotext` without
/// `-layout` (the header's cells in any order, wrapped over lines, the
/// index's header broken "ST" / "T", empty cells left out) and `docx2txt`
/// (two blank lines more for each empty cell, a spanning header cell
/// written once). The index header at line `start`; the header's cells
/// are the blocks around it up to the first row, which opens with an
/// index and a name; a row runs up to the next row's index and name (the
/// next number, a section's mark, or 1 after a section). A header written
/// again after a page break is passed over.
fn cell_stream_table(lines: &[Line], start: usize) -> Option<(Table, usize)> {
    // The blocks from the last line above a header cell's width (a
    // caption's, a title's) down to the end; the rest of a paragraph that
    // line opens is none of them.
    let long = |j: usize| lines[j].text.chars().count() > 80 || lines[j].text.contains('\t');
    let mut from = start;
    while from > 0 && start - from < 60 && lines[from - 1].text.trim().chars().count() <= 40 && !lines[from - 1].text.contains('\t') {
        from -= 1;
    }
    if from > 0 && !is_blank(&lines[from - 1].text) {
        while from < start && !is_blank(&lines[from].text) {
            from += 1;
        }
    }
    let mut blocks: Vec<Block> = Vec::new();
    let mut i = from;
    let mut blanks: usize = 0;
    // (A page's number between cells, "Trang 3", is none, nor are the
    // blank lines around it empty cells.)
    let mut past_page = false;
    while i < lines.len() && !long(i) {
        if is_blank(&lines[i].text) {
            blanks += 1;
            i += 1;
            continue;
        }
        if is_marked_page_line(lines[i].text.trim().trim_start_matches('\u{c}')) && lines.get(i + 1).is_none_or(|l| is_blank(&l.text)) {
            past_page = true;
            i += 1;
            continue;
        }
        let a = i;
        while i < lines.len() && !is_blank(&lines[i].text) && !long(i) {
            i += 1;
        }
        let text = (a..i).map(|k| lines[k].text.trim().trim_start_matches('\u{c}')).collect::<Vec<_>>().join(" ");
        // (A cell the page broke goes on past its number in lower case:
        // "Tỷ lệ thanh toán trực tuyến trên tổng" / "Trang 2" / "số giao
        // dịch …".)
        if past_page && text.starts_with(char::is_lowercase) {
            if let Some(last) = blocks.last_mut() {
                last.text.push(' ');
                last.text.push_str(&text);
                last.lines.1 = i;
                past_page = false;
                blanks = 0;
                continue;
            }
        }
        let empties_before = if blocks.is_empty() || std::mem::take(&mut past_page) { 0 } else { blanks.saturating_sub(1) / 2 };
        blocks.push(Block { lines: (a, i), text, empties_before });
        blanks = 0;
    }
    let is_index_head = |b: &Block| matches!(fold(&b.text.replace(' ', "")).as_str(), "stt" | "tt" | "sott");
    let head_at = blocks.iter().position(|b| b.lines.0 == start && is_index_head(b))?;
    // A row opens at block `k`: an index (the next number, 1, or a
    // section's mark), then a name.
    let opens = |k: usize, next: u32| blocks.get(k).is_some_and(|b| is_row_mark(&b.text, next) && b.empties_before == 0) && blocks.get(k + 1).is_some_and(|b| is_row_name(&b.text));
    let first_row = (head_at + 1..blocks.len()).find(|&k| opens(k, 1))?;
    // The header's cells: the blocks before the first row, back to the
    // first short block above the index header (the caption's lines end
    // the blocks above).
    let mut head: Vec<String> = Vec::new();
    for b in &blocks[..first_row] {
        head.extend(std::iter::repeat_n(String::new(), b.empties_before));
        head.push(if is_index_head(b) { "STT".to_string() } else { b.text.clone() });
    }
    // The rows.
    let mut rows: Vec<(usize, Vec<String>)> = Vec::new();
    let mut next = 1;
    let mut k = first_row;
    let mut end_line = blocks[first_row].lines.0;
    while k < blocks.len() && opens(k, next) {
        let after = blocks[k].text.parse::<u32>().map_or(next, |n| n + 1);
        let mut cells = vec![blocks[k].text.clone(), blocks[k + 1].text.clone()];
        let mut j = k + 2;
        while j < blocks.len() && !opens(j, after) && !is_index_head(&blocks[j]) {
            cells.extend(std::iter::repeat_n(String::new(), blocks[j].empties_before));
            cells.push(blocks[j].text.clone());
            j += 1;
        }
        end_line = blocks[j - 1].lines.1;
        rows.push((blocks[k].lines.0, cells));
        next = after;
        k = j;
        // (A header written again after a page break: passed over.)
        if blocks.get(j).is_some_and(is_index_head) {
            match (j + 1..blocks.len().min(j + 2 + head.len())).find(|&r| opens(r, after)) {
                Some(r) => k = r,
                None => break,
            }
        }
    }
    let width = rows.iter().map(|r| r.1.len()).max()?;
    let data = rows.iter().filter(|r| r.1.len() > 2).count();
    if data < 2 || width < 3 || head.len() < width {
        return None;
    }
    // The header: one row as wide as the body, its index and name first
    // (pdftotext gives a tall header's cells before the short ones); or a
    // spanning row and the row under it (docx2txt).
    let header_rows: Vec<Vec<String>> = if head.len() == width {
        let lead = |c: &String| LEAD_HEADERS.contains(&fold(c).as_str());
        let (mut first, rest): (Vec<String>, Vec<String>) = head.into_iter().partition(lead);
        first.extend(rest);
        vec![first]
    } else if head.len() <= 2 * width {
        let second = head[head.len() - width..].to_vec();
        let mut all = vec![head[..head.len() - width].to_vec(), second];
        all.extend(rows.iter().filter(|r| r.1.len() == width).take(8).map(|r| r.1.clone()));
        crate::read::respread_header(&mut all);
        all.truncate(2);
        if all[0].len() != width {
            return None;
        }
        all
    } else {
        return None;
    };
    let mut t = Table::default();
    let top = blocks[0].lines.0.min(start);
    for (n, cells) in header_rows.into_iter().enumerate() {
        t.rows.push(Row {
            cells,
            line: top + n.min(start - top),
            page: lines[top].page,
        });
    }
    for (line, cells) in rows {
        t.rows.push(Row { cells, line, page: lines[line].page });
    }
    Some((t, end_line))
}

/// In the dump form a blank line inside a cell splits a row in two, and
/// so does a page's number between two of a row's cells (`broken[k]`: row
/// `k + 1` follows one); two short rows whose cells add up to the table's
/// width are one row.
fn join_split_rows(t: &mut Table, broken: &[bool]) {
    let width = t.rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    let mut out: Vec<Row> = Vec::with_capacity(t.rows.len());
    for (k, row) in t.rows.drain(..).enumerate() {
        if let Some(prev) = out.last_mut() {
            let first_empty = prev.cells.first().is_some_and(|c| c.is_empty());
            let split = first_empty || k.checked_sub(1).is_some_and(|p| broken.get(p) == Some(&true));
            if prev.cells.len() < width && split && prev.cells.len() + row.cells.len() == width {
                prev.cells.extend(row.cells);
                continue;
            }
        }
        out.push(row);
    }
    t.rows = out;
}

/// Words that head the index and unit columns of a table, folded.
const LEAD_HEADERS: &[&str] = &["so tt", "stt", "tt", "ten don vi", "ten co quan", "don vi", "co quan", "dia phuong", "ten dia phuong"];

/// A row of a space-laid table.
struct Found {
    line: usize,
    idx: String,
    label: String,
    values: Vec<String>,
    note: String,
}

/// A row of a space-laid table whose values are followed by its note, or
/// hold a blank cell's dash or words: "5 Sở Tài chính 60 không giao 100
/// Các TTHC không thu phí" (line `line`). Its values are the longest run
/// of value cells holding a figure, with a name before it and no figure
/// after it but in words. With `width`, the values of the rows above:
/// a row of that many values may open with an index OCR garbled ("Z7 _
/// Thị trấn Hòa Lâm 65,5 42,5 85 98,5"). Read only inside a table another
/// row opened.
fn noted_row(text: &str, line: usize, width: Option<usize>) -> Option<Found> {
    if let Some(row) = ROW_INDEX.captures(text).and_then(|c| noted_cells(&c["idx"], &text[c[0].len()..], line)) {
        return Some(row);
    }
    let k = width?;
    let c = GARBLED_INDEX.captures(text).filter(|c| !c["idx"].chars().all(|c| c.is_ascii_alphabetic()))?;
    noted_cells(&c["idx"], &text[c[0].len()..], line).filter(|r| r.values.len() == k)
}

/// A row of `k` cells some of which OCR read as junk ("2_ |Sở Tư pháp B70
/// 40 60 100", "3 |Sở Công Thương 60 40 s= 100"): its last `k` words are
/// figures or junk, at least half figures, a name before them; each junk
/// word a blank cell. (A plain word, "Nà", "Km", may end the name: no
/// junk.) Read only where the rows around have `k` values.
fn junk_row(text: &str, line: usize, k: usize) -> Option<Found> {
    let c = ROW_INDEX
        .captures(text)
        .or_else(|| GARBLED_INDEX.captures(text).filter(|c| !c["idx"].chars().all(|c| c.is_ascii_alphabetic())))?;
    let idx = c["idx"].trim_end_matches(['_', '.', ',']).to_string();
    let words: Vec<&str> = text[c[0].len()..].split_whitespace().collect();
    if words.len() <= k {
        return None;
    }
    let (name, cells) = words.split_at(words.len() - k);
    let plain = |w: &str| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_alphabetic) && cs.all(char::is_lowercase) || w.chars().all(char::is_uppercase)
    };
    let junk = |w: &str| !CELL_WORD.is_match(w) && w.chars().count() <= 4 && !plain(w);
    let figures = cells.iter().filter(|w| CELL_WORD.is_match(w) && w.starts_with(|c: char| c.is_ascii_digit())).count();
    if figures * 2 < k || !cells.iter().all(|w| CELL_WORD.is_match(w) || junk(w)) || !name.last().is_some_and(|w| w.chars().any(crate::text::is_letter)) {
        return None;
    }
    Some(Found {
        line,
        idx,
        label: spaced_label(&name.join(" ")),
        values: cells.iter().map(|w| if CELL_WORD.is_match(w) { spaced_cell(w) } else { String::new() }).collect(),
        note: String::new(),
    })
}

/// The count of values most rows of `rows` hold (the more values on a
/// tie); None before a row with values.
fn widest_count(rows: &[Found]) -> Option<usize> {
    let mut counts = std::collections::BTreeMap::new();
    for r in rows.iter().filter(|r| !r.values.is_empty()) {
        *counts.entry(r.values.len()).or_insert(0usize) += 1;
    }
    counts.into_iter().max_by_key(|&(n, c)| (c, n)).map(|(n, _)| n)
}

/// [`noted_row`] past its index: name, values, note.
fn noted_cells(idx: &str, rest: &str, line: usize) -> Option<Found> {
    // Words, with "không giao" one cell and a per cent sign set apart
    // ("40 %") joined to its figure.
    let mut words: Vec<String> = Vec::new();
    let mut it = rest.split_whitespace().peekable();
    while let Some(w) = it.next() {
        if w == "%" && words.last().is_some_and(|p| p.ends_with(|c: char| c.is_ascii_digit())) {
            words.last_mut().unwrap().push('%');
        } else if fold(w) == "khong" && it.peek().is_some_and(|n| fold(n) == "giao") {
            words.push(format!("{w} {}", it.next().unwrap_or_default()));
        } else {
            words.push(w.to_string());
        }
    }
    let is_cell = |w: &str| CELL_WORD.is_match(w) || w.contains(' ');
    let is_figure = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    // The longest run of cells with a figure, a name before it.
    let mut best: Option<(usize, usize)> = None;
    let mut a = 0;
    while a < words.len() {
        if !is_cell(&words[a]) {
            a += 1;
            continue;
        }
        let b = (a..words.len()).find(|&j| !is_cell(&words[j])).unwrap_or(words.len());
        let named = words[..a].iter().any(|w| w.chars().any(crate::text::is_letter));
        let note_ok = words.get(b).is_none_or(|w| w.starts_with(crate::text::is_letter)) && !words[b..].iter().any(|w| is_figure(w) && CELL_WORD.is_match(w));
        if named && note_ok && words[a..b].iter().any(|w| is_figure(w)) && best.is_none_or(|(x, y)| b - a > y - x) {
            best = Some((a, b));
        }
        a = b;
    }
    let (a, b) = best?;
    Some(Found {
        line,
        idx: idx.to_string(),
        label: spaced_label(words[..a].join(" ").trim_start_matches(['_', '~', '-', ' '])),
        values: words[a..b].iter().map(|w| spaced_cell(w)).collect(),
        note: words[b..].join(" "),
    })
}

/// A row's name as a space-laid line gives it, less a rule OCR read as
/// a bar ("Sở Tài nguyên và Môi trường | 50").
fn spaced_label(s: &str) -> String {
    s.trim().trim_start_matches(['|', ' ']).trim_end_matches(['|', ' ']).to_string()
}

/// A line that can only be the end of a row's name: a few words, no
/// figure, no sign but a comma or a dash ("Xã hội", "nông thôn").
fn is_label_tail(t: &str) -> bool {
    t.chars().count() <= 40 && t.chars().any(crate::text::is_letter) && t.chars().all(|c| crate::text::is_letter(c) || matches!(c, ' ' | ',' | '-' | '–'))
}

/// A value cell of a space-laid row as read: OCR's "_" and "~" for a blank
/// cell's dash; a figure as [`cell_value`] gives it.
fn spaced_cell(w: &str) -> String {
    if matches!(w, "_" | "~") {
        "-".to_string()
    } else {
        cell_value(w)
    }
}

/// A value cell with no space before its percent sign ("40 %" → "40%").
fn cell_value(c: &str) -> String {
    if c.starts_with(|c: char| c.is_ascii_digit()) {
        c.replace(' ', "")
    } else {
        c.to_string()
    }
}

/// Whether line `n` opens a row of a space-laid table: a row or section
/// on one line, or a row shown a cell a line ([`flat_row`]).
fn opens_spaced_row(lines: &[Line], n: usize, width: Option<usize>) -> bool {
    let t = lines[n].text.trim();
    SPACED_ROW.is_match(t) || noted_row(t, n, width).is_some() || SPACED_SECTION.is_match(t) || flat_row(lines, n).is_some()
}

/// A row of a space-laid table shown a cell a line (a scan's table read
/// down its columns), up to a blank line: its index ("l", OCR's "1",
/// too), its name on one line or more, its values ("40", "-", "không
/// giao"), then its note. None where the lines read otherwise.
fn flat_row(lines: &[Line], i: usize) -> Option<(Found, usize)> {
    let idx = lines[i].text.trim();
    let idx = if matches!(idx, "l" | "|") { "1" } else { idx };
    if !idx.bytes().all(|b| b.is_ascii_digit()) || !crate::text::is_index_cell(idx) {
        return None;
    }
    let end = (i + 1..lines.len().min(i + 12)).find(|&j| is_blank(&lines[j].text))?;
    let cells: Vec<&str> = lines[i + 1..end].iter().map(|l| l.text.trim()).collect();
    if cells.iter().any(|c| c.contains('\t') || c.chars().count() > 120) {
        return None;
    }
    let name = cells.iter().take_while(|c| !CELL_LINE.is_match(c)).count();
    let values = cells[name..].iter().take_while(|c| CELL_LINE.is_match(c)).count();
    // (A page's number over a section's row, "4" / "II. UBND các huyện"
    // / "1" / …, opens no row: a name is no section's or index.)
    let is_name = |c: &&str| c.chars().any(crate::text::is_letter) && !SPACED_SECTION.is_match(c) && !crate::text::is_index_cell(c) && !matches!(*c, "l" | "|");
    if name == 0 || name > 3 || values == 0 || !cells[..name].iter().all(is_name) {
        return None;
    }
    let row = Found {
        line: i,
        idx: idx.to_string(),
        label: cells[..name].join(" "),
        values: cells[name..name + values].iter().map(|c| cell_value(c)).collect(),
        note: cells[name + values..].join(" "),
    };
    Some((row, end))
}

/// OCR text keeps no tabs: a table shows as rows "index label v1 v2 …"
/// under a header line whose indicator names each open with "Tỷ lệ". The
/// header is split there; rows whose values do not fill every column are
/// left out rather than guessed.
fn spaced_table(lines: &[Line], start: usize, in_table: &[bool], above: Option<&Table>, listed: ListedIndicators) -> Option<(Table, usize)> {
    let mut rows: Vec<Found> = Vec::new();
    let mut i = start;
    let mut end = start;
    while i < lines.len() {
        let text = lines[i].text.trim();
        // (The values of the rows above: a row of as many may open with
        // an index OCR garbled.)
        let width = widest_count(&rows);
        if let Some(c) = SPACED_ROW.captures(text) {
            let values: Vec<String> = VALUE_TOKEN.find_iter(&c["vals"]).map(|m| m.as_str().replace(' ', "")).collect();
            // ("4 Phòng Lao động - Thương binh và 80 Không giao 95 99": a
            // blank cell's words before its last figures.)
            let noted = (!rows.is_empty()).then(|| noted_row(text, i, None)).flatten().filter(|r| r.values.len() > values.len());
            // (A row of fewer figures than the rows above, junk among them.)
            let noted = noted.or_else(|| width.filter(|&k| values.len() < k).and_then(|k| junk_row(text, i, k)));
            rows.push(noted.unwrap_or_else(|| Found {
                line: i,
                idx: c["idx"].to_string(),
                label: spaced_label(&c["label"]),
                values,
                note: String::new(),
            }));
        } else if let Some(c) = SPACED_SECTION.captures(text).filter(|_| !rows.is_empty()) {
            rows.push(Found {
                line: i,
                idx: c["idx"].to_string(),
                label: c["label"].trim().to_string(),
                values: Vec::new(),
                note: String::new(),
            });
        } else if let Some(row) = (!rows.is_empty()).then(|| noted_row(text, i, width).or_else(|| junk_row(text, i, width?))).flatten() {
            rows.push(row);
        } else if let Some((row, next)) = (!rows.is_empty()).then(|| flat_row(lines, i)).flatten() {
            rows.push(row);
            i = next;
            end = next;
            continue;
        } else if let Some(last) = rows.last_mut().filter(|r| {
            !r.values.is_empty()
                && is_label_tail(text)
                && (i + 1..lines.len().min(i + 3))
                    .find(|&n| !lines[n].text.trim().is_empty())
                    .is_some_and(|n| opens_spaced_row(lines, n, width))
        }) {
            // "4 Phòng Lao động - Thương binh và 80 …" / "Xã hội": the
            // rest of a row's name, wrapped under it, before the next row.
            last.label.push(' ');
            last.label.push_str(text);
        } else if text.is_empty() || is_furniture(lines, i) {
            // On past blank lines and a page's furniture (a scanner's
            // stamp, the page's number) to the next row, if one follows.
            let mut j = i;
            let next = loop {
                match (j..lines.len().min(i + 8)).find(|&j| !lines[j].text.trim().is_empty()) {
                    Some(n) if opens_spaced_row(lines, n, width) => break Some(n),
                    Some(n) if is_furniture(lines, n) && !rows.is_empty() => j = n + 1,
                    _ => break None,
                }
            };
            match next {
                Some(j) => {
                    i = j;
                    continue;
                }
                None => break,
            }
        } else {
            break;
        }
        i += 1;
        end = i;
    }
    let data: Vec<&Found> = rows.iter().filter(|r| !r.values.is_empty()).collect();
    if data.len() < 3 {
        return None;
    }
    // The column count most rows show.
    let k = widest_count(&rows)?;
    // The header: the non-blank lines just above, up to a caption or blank gap.
    // (A header shown a cell a line, "STT" / "Tên đơn vị" / "Tỷ lệ …" /
    // "(%)" / "Ghi chú", runs up to its "STT": up to 12 short lines.)
    let mut head_lines: Vec<usize> = Vec::new();
    let mut j = start;
    while j > 0 && head_lines.len() < 12 {
        j -= 1;
        let t = lines[j].text.trim();
        if t.is_empty() || in_table[j] {
            if head_lines.is_empty() && !in_table[j] {
                continue;
            }
            break;
        }
        // (A caption: "(Kèm theo Quyết định …)", or its last line.)
        if t.starts_with('(') && !t.contains(')') || t.ends_with(')') && !t.contains('(') || fold_head(t.trim_start_matches('('), 8).starts_with("kem theo") {
            break;
        }
        if head_lines.len() >= 4 && t.chars().count() > 60 {
            break;
        }
        // A section row above the first data row belongs to the table.
        if head_lines.is_empty() && !t.contains(['%', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']) {
            if let Some(c) = SPACED_SECTION.captures(t) {
                rows.insert(
                    0,
                    Found {
                        line: j,
                        idx: c["idx"].to_string(),
                        label: c["label"].trim().to_string(),
                        values: Vec::new(),
                        note: String::new(),
                    },
                );
                continue;
            }
        }
        head_lines.push(j);
        if is_index_header(t) {
            break;
        }
    }
    // (Past four lines only a header that opens with its index column.)
    if head_lines.len() > 4 && !head_lines.last().is_some_and(|&l| is_index_header(&lines[l].text)) {
        head_lines.truncate(4);
    }
    head_lines.reverse();
    let header_text: String = head_lines.iter().map(|&l| lines[l].text.trim()).collect::<Vec<_>>().join(" ");
    let phrases = dealt_header(lines, &head_lines, k).unwrap_or_else(|| split_indicator_header(&header_text));
    // (A header OCR garbled, "Tỷlệhồsơ Tÿlệthanh „ị 2 Có lệ hồ vợ": the
    // indicators the sentence leading the table in lists, in order, when
    // they are as many as the rows' values.)
    // (Or, after a page break, the header of the part above, when its
    // indicators are as many: a header written again, garbled again.)
    let phrases = if phrases.len() == k {
        phrases
    } else if let Some(p) = lead_in_indicators(lines, start).filter(|p| p.len() == k) {
        p
    } else if let Some(p) = article_items(lines, start).filter(|p| p.len() == k) {
        p
    } else if let Some(p) = article_indicators(lines, start).filter(|p| p.len() == k) {
        p
    } else if let Some(p) = part_above_indicators(lines, start, above, k) {
        p
    } else {
        // (Or the indicators the appendix's caption names, in turn: "GIAO
        // CHỈ TIÊU TỶ LỆ HỒ SƠ TRỰC TUYẾN, THANH TOÁN TRỰC TUYẾN VÀ SỐ HÓA
        // HỒ SƠ, KẾT QUẢ GIẢI QUYẾT TTHC NĂM 2023".)
        caption(lines, start).and_then(|c| listed(&c, k))?
    };
    let mut t = Table::default();
    let header_line = head_lines.first().copied()?;
    let mut header = vec!["STT".to_string(), "Tên đơn vị".to_string()];
    header.extend(phrases);
    // (Rows with notes after their values: a note column.)
    let noted = rows.iter().any(|r| !r.note.is_empty());
    if noted {
        header.push(SPACED_NOTE.to_string());
    }
    t.rows.push(Row {
        cells: header,
        line: header_line,
        page: lines[header_line].page,
    });
    let typical = rows.iter().any(|r| r.values.len() + 1 == k).then(|| column_medians(&rows, k)).flatten();
    for r in &rows {
        // (A row one figure short: its blank cell where its figures fit
        // the columns' best, when that is plain.)
        let blank = (r.values.len() + 1 == k).then(|| blank_cell(&r.values, typical.as_deref()?)).flatten();
        if !r.values.is_empty() && r.values.len() != k && blank.is_none() {
            continue;
        }
        let mut cells = vec![r.idx.clone(), r.label.clone()];
        if r.values.is_empty() {
            cells.resize(k + 2, String::new());
        } else {
            cells.extend(r.values.iter().cloned());
        }
        if let Some(at) = blank {
            cells.insert(2 + at, String::new());
        }
        if noted {
            cells.push(r.note.clone());
        }
        t.rows.push(Row {
            cells,
            line: r.line,
            page: lines[r.line].page,
        });
    }
    Some((t, end))
}

/// Each of the `k` columns' median figure over the rows that fill them
/// all; None under three such rows.
fn column_medians(rows: &[Found], k: usize) -> Option<Vec<f64>> {
    let full: Vec<Vec<f64>> = rows
        .iter()
        .filter(|r| r.values.len() == k)
        .filter_map(|r| r.values.iter().map(|v| crate::text::parse_number(v.trim_end_matches('%'))).collect())
        .collect();
    if full.len() < 3 {
        return None;
    }
    Some(
        (0..k)
            .map(|c| {
                let mut col: Vec<f64> = full.iter().map(|r| r[c]).collect();
                col.sort_by(f64::total_cmp);
                col[col.len() / 2]
            })
            .collect(),
    )
}

/// Where the blank cell of a row one figure short stands (OCR keeps no
/// gap for it: "2 Sở Y tế 48% 38% 28%" under four columns): the place
/// whose figures lie nearest the columns' medians `typical`, when it is
/// less than half as far as any other; None when no place is so plain.
fn blank_cell(values: &[String], typical: &[f64]) -> Option<usize> {
    let figures: Vec<f64> = values.iter().map(|v| crate::text::parse_number(v.trim_end_matches('%'))).collect::<Option<_>>()?;
    let mut cost: Vec<(f64, usize)> = (0..typical.len())
        .map(|at| {
            let others = typical.iter().enumerate().filter(|&(c, _)| c != at).map(|(_, t)| t);
            (figures.iter().zip(others).map(|(f, t)| (f - t).abs()).sum(), at)
        })
        .collect();
    cost.sort_by(|a, b| a.0.total_cmp(&b.0));
    (cost[0].0 * 2.0 < cost[1].0).then_some(cost[0].1)
}

/// The indicators the sentence leading a table in lists ("Điều 1. Giao
/// chỉ tiêu tỷ lệ hồ sơ trực tuyến, tỷ lệ thanh toán trực tuyến, … và tỷ
/// lệ hồ sơ giải quyết đúng hạn năm 2025 cho các cơ quan, đơn vị như
/// sau:"): its paragraph ending in a colon within the few lines above
/// line `above`, cut where each "tỷ lệ" opens, the last before its year.
fn lead_in_indicators(lines: &[Line], above: usize) -> Option<Vec<String>> {
    let end = (above.saturating_sub(12)..above).rev().find(|&j| lines[j].text.trim_end().ends_with(':'))?;
    let first = (end.saturating_sub(4)..=end).rev().take_while(|&j| !is_blank(&lines[j].text)).last()?;
    let text: String = (first..=end).map(|j| lines[j].text.trim()).collect::<Vec<_>>().join(" ");
    listed_indicators(&text)
}

/// The caption of the appendix whose table opens at line `start`: its
/// lines between the appendix's title ("PHỤ LỤC") and the "(Kèm theo …)"
/// line, up to thirty lines above (a header of many lines between).
fn caption(lines: &[Line], start: usize) -> Option<String> {
    let kem = (start.saturating_sub(30)..start)
        .rev()
        .find(|&j| fold_head(lines[j].text.trim_start().trim_start_matches(['(', '*', '_']), 8).starts_with("kem theo"))?;
    let title = (kem.saturating_sub(8)..kem).rev().find(|&j| crate::segment::is_appendix_start(&lines[j].text))?;
    let text: Vec<&str> = (title + 1..kem).map(|j| lines[j].text.trim()).filter(|t| !t.is_empty()).collect();
    (!text.is_empty()).then(|| text.join(" "))
}

/// The line of the decision's "Điều 1.", the nearest some pages above line
/// `above`.
fn article_1(lines: &[Line], above: usize) -> Option<usize> {
    (above.saturating_sub(150)..above).rev().find(|&j| fold_head(lines[j].text.trim_start(), 8).starts_with("dieu 1 "))
}

/// The indicators the decision's "Điều 1." lists, some pages above line
/// `above` (an appendix's table, "chi tiết tại Phụ lục kèm theo"): the
/// nearest such article, its paragraph up to a blank line.
fn article_indicators(lines: &[Line], above: usize) -> Option<Vec<String>> {
    let first = article_1(lines, above)?;
    let text: String = (first..above.min(first + 6))
        .take_while(|&j| !is_blank(&lines[j].text) && (j == first || !fold_head(lines[j].text.trim_start(), 5).starts_with("dieu ")))
        .map(|j| lines[j].text.trim())
        .collect::<Vec<_>>()
        .join(" ");
    listed_indicators(&text)
}

/// The indicators the decision's "Điều 1." gives as items, in order, some
/// pages above line `above` ("- Tỷ lệ hồ sơ trực tuyến … đạt tối thiểu
/// 40%." / "- Tỷ lệ số hóa hồ sơ … đạt 50%."): each item's words from its
/// "tỷ lệ" to its value's; None for fewer than two.
fn article_items(lines: &[Line], above: usize) -> Option<Vec<String>> {
    let first = article_1(lines, above)?;
    let opens_article = |t: &str| fold_head(t, 6).starts_with("dieu ");
    let mut out = Vec::new();
    for j in first + 1..above {
        let t = lines[j].text.trim();
        if opens_article(t) {
            break;
        }
        let Some(item) = t.strip_prefix(['-', '+', '•']).map(str::trim_start) else { continue };
        if !fold_head(item, 5).starts_with("ty le") {
            continue;
        }
        // (Its value may stand on the item's next line: up to it.)
        let mut text = item.to_string();
        if let Some(next) = lines
            .get(j + 1)
            .map(|l| l.text.trim())
            .filter(|n| !n.is_empty() && !n.starts_with(['-', '+', '•']) && !opens_article(n))
        {
            text.push(' ');
            text.push_str(next);
        }
        let (f, map) = crate::text::fold_with_map(&text);
        let cut = [" dat ", " toi thieu ", " tu "]
            .iter()
            .filter_map(|w| f.find(w))
            .chain(f.find(|c: char| c.is_ascii_digit()))
            .min()
            .map_or(text.len(), |p| map[p]);
        out.push(text[..cut].trim_end_matches([' ', ',', ':']).to_string());
    }
    (out.len() >= 2).then_some(out)
}

/// The indicators a sentence lists, cut where each "tỷ lệ" opens, the
/// last before its year or its units; None for fewer than two.
fn listed_indicators(text: &str) -> Option<Vec<String>> {
    let (f, map) = crate::text::fold_with_map(text);
    let starts: Vec<usize> = f.match_indices("ty le").filter(|(at, _)| *at == 0 || f.as_bytes()[at - 1] == b' ').map(|(at, _)| map[at]).collect();
    if starts.len() < 2 {
        return None;
    }
    let mut out: Vec<String> = Vec::with_capacity(starts.len());
    for (n, &a) in starts.iter().enumerate() {
        let b = starts.get(n + 1).copied().unwrap_or(text.len());
        let mut phrase = text[a..b].trim_end_matches([' ', ',', ';', ':']);
        phrase = phrase.strip_suffix(" và").unwrap_or(phrase).trim_end_matches([' ', ',']);
        if n + 1 == starts.len() {
            // ("… đúng hạn năm 2025 cho các cơ quan …": up to its year.)
            let (pf, pmap) = crate::text::fold_with_map(phrase);
            if let Some(at) = [" nam ", " cho ", " cua ", " nhu sau", " doi voi "].iter().filter_map(|w| pf.find(w)).min() {
                phrase = phrase[..pmap[at]].trim_end();
            }
        }
        out.push(phrase.to_string());
    }
    Some(out)
}

/// The indicators of `above`, a space-laid table ([`spaced_table`]'s
/// header: "STT", "Tên đơn vị", its `k` indicators, maybe "Ghi chú")
/// whose last row stands a page's break and a header's few lines above
/// line `start`, no text between.
fn part_above_indicators(lines: &[Line], start: usize, above: Option<&Table>, k: usize) -> Option<Vec<String>> {
    let above = above?;
    let last = above.rows.last()?.line;
    let header = &above.rows.first()?.cells;
    if !(header.len() == k + 2 || header.len() == k + 3 && header[k + 2] == SPACED_NOTE) || start - last > 16 {
        return None;
    }
    // (Between: blank lines, a page's furniture, header lines of no
    // sentence: none ends in a stop.)
    if (last + 1..start).any(|j| lines[j].text.trim_end().ends_with(['.', ':', ';'])) {
        return None;
    }
    Some(header[2..k + 2].to_vec())
}

/// A header whose cells wrap onto lines of one word a column, as OCR
/// gives a grid's header ("STT Tên đơn vị Tỷ lệ giải quyết hồ sơ Tỷ lệ
/// số hóa hồ sơ Tỷ lệ thanh toán trực" / "DVCTT tuyến tuyến"): the
/// indicators of the lines up to the last opening one, each given its word
/// of every line below; None unless there are such lines, each of `k`
/// words, and `k` indicators.
fn dealt_header(lines: &[Line], head: &[usize], k: usize) -> Option<Vec<String>> {
    let opens = |l: usize| split_indicator_header(lines[l].text.trim()).len();
    let last = head.iter().rposition(|&l| opens(l) > 0)?;
    let below = &head[last + 1..];
    if below.is_empty() || k < 2 {
        return None;
    }
    // (Or a line of each column's rest, each ending in its measure:
    // "giải quyết trực tuyến (%) trực tuyến (%) hồ sơ (%)"; a line
    // numbering the columns, "(1) (2) (3)", is passed over.)
    let numbering = |t: &str| {
        t.split_whitespace()
            .all(|w| w.len() <= 5 && w.starts_with('(') && w.ends_with(')') && crate::text::column_number(w).is_some())
    };
    let words: Vec<Vec<&str>> = below
        .iter()
        .map(|&l| lines[l].text.trim())
        .filter(|t| !numbering(t))
        .map(|t| {
            let measured: Vec<&str> = t.split_inclusive("(%)").map(str::trim).filter(|c| !c.is_empty()).collect();
            if measured.len() == k && measured.iter().all(|c| c.ends_with("(%)")) {
                measured
            } else {
                t.split_whitespace().filter(|w| *w != "|").collect()
            }
        })
        .collect();
    if words.is_empty() || words.iter().any(|w| w.len() != k) {
        return None;
    }
    let text: String = head[..=last].iter().map(|&l| lines[l].text.trim()).collect::<Vec<_>>().join(" ");
    let mut phrases = split_indicator_header(&text);
    if phrases.len() != k {
        return None;
    }
    for line in &words {
        for (p, w) in phrases.iter_mut().zip(line) {
            p.push(' ');
            p.push_str(w.trim_matches('|'));
        }
    }
    Some(phrases)
}

/// "STT Tên đơn vị Tỷ lệ A Tỷ lệ B" → ["Tỷ lệ A", "Tỷ lệ B"].
fn split_indicator_header(text: &str) -> Vec<String> {
    let (f, map) = crate::text::fold_with_map(text);
    let mut starts: Vec<usize> = Vec::new();
    let mut from = 0;
    while let Some(p) = f[from..].find("ty le") {
        let at = from + p;
        if at == 0 || f.as_bytes()[at - 1] == b' ' {
            starts.push(map[at]);
        }
        from = at + 5;
    }
    if starts.is_empty() {
        return Vec::new();
    }
    let lead = fold(&text[..starts[0]]);
    let lead_ok = lead.is_empty() || LEAD_HEADERS.iter().any(|h| lead.contains(h));
    if !lead_ok {
        return Vec::new();
    }
    let mut out: Vec<String> = Vec::new();
    for (n, &a) in starts.iter().enumerate() {
        let b = starts.get(n + 1).copied().unwrap_or(text.len());
        let mut phrase = text[a..b].trim().to_string();
        // A trailing "Ghi chú" column header is not an indicator.
        if n + 1 == starts.len() {
            if let Some(p) = fold(&phrase).rfind(" ghi chu") {
                let (pf, pmap) = crate::text::fold_with_map(&phrase);
                if pf.len() == p + " ghi chu".len() {
                    // (Cut at its first letter: the folded space before
                    // it stands for all the signs there, "30%) Ghi chú".)
                    phrase = phrase[..pmap[p + 1]].trim().to_string();
                }
            }
        }
        out.push(phrase);
    }
    out
}

fn pipe_table(lines: &[Line], start: usize) -> Option<(Table, usize)> {
    let mut t = Table::default();
    let mut i = start;
    loop {
        // (Past a page's number between two of its lines, "Trang 2", the
        // table goes on: a row of as many cells, or the separator.)
        if i > start && i < lines.len() && !is_pipe_row(&lines[i].text) {
            let width = |s: &str| s.trim().trim_matches('|').split('|').count();
            let non_blank = |from: usize| (from..lines.len().min(from + 4)).find(|&j| !is_blank(&lines[j].text));
            let page = non_blank(i).filter(|&j| is_page_line(lines[j].text.trim()));
            if let Some(k) = page
                .and_then(|j| non_blank(j + 1))
                .filter(|&k| is_pipe_row(&lines[k].text) && width(&lines[k].text) == width(&lines[i - 1].text))
            {
                i = k;
            }
        }
        if i >= lines.len() || !is_pipe_row(&lines[i].text) {
            break;
        }
        let s = lines[i].text.trim();
        let inner = s.strip_prefix('|').unwrap_or(s);
        let inner = inner.strip_suffix('|').unwrap_or(inner);
        let cells: Vec<String> = inner.split('|').map(|c| c.trim().to_string()).collect();
        let separator = cells.iter().all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')));
        if !separator {
            t.rows.push(Row { cells, line: i, page: lines[i].page });
        }
        i += 1;
    }
    join_wrapped_rows(&mut t);
    unslide_second_header(&mut t);
    Some((t, i))
}

/// A converter that cannot write a cell spanning rows drops it: the
/// header's second row slides left, out from under the cell spanning
/// its columns ("STT | Đơn vị | Chỉ tiêu năm 2026 (%) | | | | Ghi chú" over
/// "Tỷ lệ A | Tỷ lệ B | Tỷ lệ C | Tỷ lệ D | | |", pandoc's markdown).
/// When the second row's cells, all words, are as many as the spanning
/// cell's columns and stand at the row's start, under cells of the first
/// row, they are moved under it.
fn unslide_second_header(t: &mut Table) {
    let [first, second, ..] = &t.rows[..] else { return };
    let (a, b) = (&first.cells, &second.cells);
    if a.len() != b.len() || b.iter().any(|c| CELL_LINE.is_match(c.trim())) {
        return;
    }
    let filled = b.iter().take_while(|c| !c.is_empty()).count();
    if filled < 2 || b[filled..].iter().any(|c| !c.is_empty()) {
        return;
    }
    // The spanning cell: words, then blanks as many as the cells slid.
    let Some(at) = (1..a.len()).find(|&k| !a[k].is_empty() && a[k + 1..].iter().take_while(|c| c.is_empty()).count() + 1 == filled) else {
        return;
    };
    if at + filled > a.len() || a[..at].iter().any(|c| c.is_empty()) {
        return;
    }
    let cells = &mut t.rows[1].cells;
    cells.rotate_right(at);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Rules;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 3000, ..Default::default() })]
        #[test]
        fn the_row_precheck_passes_every_spaced_row(s in "[ \t]?([0-9]{1,3}|[IVXLC]{1,3}|[A-ZĐa-z٣])[.)]? +[A-Za-zĐđỷệ .]{0,12}( +[0-9٣]{1,3}([.,][0-9])? ?%?){0,3}[ .;]{0,2}") {
            if SPACED_ROW.is_match(&s) {
                proptest::prop_assert!(may_be_spaced_row(&s), "{:?}", s);
            }
        }
    }

    fn lines(s: &str) -> Vec<Line> {
        crate::read::plain_lines(s)
    }

    #[test]
    fn a_header_one_cell_a_line_over_tabbed_rows_is_their_header() {
        let l = lines("Phụ lục\nSTT\nTên cơ quan, đơn vị\nTỷ lệ hồ sơ trực tuyến (%)\nGhi chú\n(1)\t(2)\t(3)\t(4)\n1\tPhòng Tư pháp\t55\t\n2\tXã Sa Lý\t25\tXã khu vực III\n");
        let t = layout(&l, Vec::new()).tables;
        assert_eq!(t.len(), 1);
        assert_eq!(
            cells_of(&t[0].rows),
            [
                vec!["STT", "Tên cơ quan, đơn vị", "Tỷ lệ hồ sơ trực tuyến (%)", "Ghi chú"],
                vec!["(1)", "(2)", "(3)", "(4)"],
                vec!["1", "Phòng Tư pháp", "55", ""],
                vec!["2", "Xã Sa Lý", "25", "Xã khu vực III"],
            ]
        );
        assert_eq!(t[0].rows[0].line, 1);
    }

    #[test]
    fn a_sheet_saved_as_text_opens_its_table_at_the_header_not_at_its_titles() {
        // A signature's block in cells, a blank line, then the appendix's
        // title and caption as rows whose first cell alone is filled.
        let l = lines(
            "Nơi nhận:\tKT. CHỦ TỊCH\n- Lưu: VT.\tNguyễn Văn A\n\nPHỤ LỤC\t\t\t\nCHỈ TIÊU NĂM 2023\t\t\t\n\t\t\t\nSTT\tĐơn vị\tTỷ lệ A (%)\tGhi chú\n1\tPhòng Tư pháp\t97,5\t\n2\tXã Ea Kly\t50\t\n",
        );
        let t = layout(&l, Vec::new()).tables;
        assert_eq!(t.len(), 2);
        assert_eq!(cells_of(&t[1].rows)[0], ["STT", "Đơn vị", "Tỷ lệ A (%)", "Ghi chú"]);
        assert_eq!(t[1].rows.len(), 3);
    }

    #[test]
    fn a_table_stacked_a_cell_a_line_with_no_blank_between_rows_is_read() {
        let l = lines("STT\nCơ quan, đơn vị\nTỷ lệ A (%)\nTỷ lệ B (%)\nGhi chú\nI\nCÁC SỞ, BAN, NGÀNH\n1\nSở Công Thương\n70\n50\n\n2\nSở Y tế\n80\n60\nKhông thu phí\n3\nSở Xây dựng\n75\n\n\nII\nUBND CÁC HUYỆN\n1\nUBND huyện Đại Từ\n50\n40\n\n\nNơi nhận:\n");
        let t = layout(&l, Vec::new()).tables;
        assert_eq!(t.len(), 1);
        assert_eq!(
            cells_of(&t[0].rows),
            [
                vec!["STT", "Cơ quan, đơn vị", "Tỷ lệ A (%)", "Tỷ lệ B (%)", "Ghi chú"],
                vec!["I", "CÁC SỞ, BAN, NGÀNH"],
                vec!["1", "Sở Công Thương", "70", "50", ""],
                vec!["2", "Sở Y tế", "80", "60", "Không thu phí"],
                vec!["3", "Sở Xây dựng", "75", "", ""],
                vec!["II", "UBND CÁC HUYỆN"],
                vec!["1", "UBND huyện Đại Từ", "50", "40", ""],
            ]
        );
        // (Rows numbered out of turn are none of it.)
        let l = lines("STT\nĐơn vị\nTỷ lệ A\n1\nSở Y tế\n80\n3\nSở Xây dựng\n75\n");
        assert!(stacked_table(&l, 0).is_none());
    }

    #[test]
    fn a_stream_of_cells_is_cut_into_rows_by_their_indexes() {
        // pdftotext without -layout: the tall header cells first, the index
        // header broken, empty cells left out, the header again past a page.
        // (A page's number inside a cell: the cell goes on past it in
        // lower case, "Tỷ lệ thanh" / "Trang 1" / "toán (%)".)
        let l = lines("(Kèm theo Quyết định số 12/QĐ-UBND ngày 18 tháng 6 năm 2024 của Chủ tịch UBND tỉnh\nSơn La)\n\nTỷ lệ hồ sơ\ntrực tuyến (%)\n\nTỷ lệ thanh\n\nTrang 1\n\ntoán (%)\n\nTỷ lệ phản ánh\n(cấp huyện)\n\nST\nT\n\nTên đơn vị\n\nI\n\nSở, ban, ngành\n\n1\n\nSở Công Thương\n\n60\n\n45\n\n2\n\nSở Lao động - Thương binh\nvà Xã hội\n\n55\n\n—\n\n\u{c}ST\nT\n\nTên đơn vị\n\nTỷ lệ hồ sơ\ntrực tuyến (%)\n\nTỷ lệ thanh\ntoán (%)\n\nTỷ lệ phản ánh\n(cấp huyện)\n\nII\n\nUBND các huyện\n\n1\n\nUBND huyện Mai Sơn\n\n45\n\n35\n\n100\n");
        let start = l.iter().position(|x| x.text == "ST").unwrap();
        let (t, end) = cell_stream_table(&l, start).unwrap();
        assert_eq!(end, l.len());
        assert_eq!(
            cells_of(&t.rows),
            [
                vec!["STT", "Tên đơn vị", "Tỷ lệ hồ sơ trực tuyến (%)", "Tỷ lệ thanh toán (%)", "Tỷ lệ phản ánh (cấp huyện)"],
                vec!["I", "Sở, ban, ngành"],
                vec!["1", "Sở Công Thương", "60", "45"],
                vec!["2", "Sở Lao động - Thương binh và Xã hội", "55", "—"],
                vec!["II", "UBND các huyện"],
                vec!["1", "UBND huyện Mai Sơn", "45", "35", "100"],
            ]
        );
        // docx2txt: a blank line after each cell, two more for an empty
        // one; the spanning header cell written once (a page's number
        // between rows no cell).
        let l = lines("STT\n\nChỉ tiêu\n\nChỉ tiêu giao năm 2025\n\n\n\n\n\nSở Y tế\n\nUBND huyện A\n\n1\n\nTỷ lệ hồ sơ trực tuyến\n\n60\n\n55\n\n\nTrang 2\n\n\n2\n\nTỷ lệ thanh toán trực tuyến\n\n\n\n45\n\n3\n\nTỷ lệ số hóa hồ sơ\n\n80\n\nKhông giao\n\n");
        let (t, _) = cell_stream_table(&l, 0).unwrap();
        assert_eq!(
            cells_of(&t.rows),
            [
                vec!["STT", "Chỉ tiêu", "Chỉ tiêu giao năm 2025", ""],
                vec!["", "", "Sở Y tế", "UBND huyện A"],
                vec!["1", "Tỷ lệ hồ sơ trực tuyến", "60", "55"],
                vec!["2", "Tỷ lệ thanh toán trực tuyến", "", "45"],
                vec!["3", "Tỷ lệ số hóa hồ sơ", "80", "Không giao"],
            ]
        );
    }

    #[test]
    fn a_word_processor_s_tab_table_keeps_its_sections_and_spreads_its_spanning_header() {
        let l = lines("STT\tTên cơ quan\tChỉ tiêu giao năm 2025\tGhi chú\n\t\tTỷ lệ A (%)\tTỷ lệ B (%)\t\nI. CÁC SỞ, BAN, NGÀNH\n1\tSở Công Thương\t85\t50\t\n2\tSở Y tế\t80\t-\tKhông thu phí\nII. UBND CẤP HUYỆN\n1\tUBND huyện Ba Tơ\t60\t30\t\n");
        let t = layout(&l, Vec::new()).tables;
        assert_eq!(t.len(), 1);
        let c = cells_of(&t[0].rows);
        assert_eq!(c[0], ["STT", "Tên cơ quan", "Chỉ tiêu giao năm 2025", "", "Ghi chú"]);
        assert_eq!(c[1], ["", "", "Tỷ lệ A (%)", "Tỷ lệ B (%)", ""]);
        assert_eq!(c[2], ["I", "CÁC SỞ, BAN, NGÀNH"]);
        assert_eq!(c[5], ["II", "UBND CẤP HUYỆN"]);
        assert_eq!(c[6], ["1", "UBND huyện Ba Tơ", "60", "30", ""]);
    }

    /// Each row's cells, to compare with a literal.
    fn cells_of(rows: &[Row]) -> Vec<Vec<&str>> {
        rows.iter().map(|r| r.cells.iter().map(String::as_str).collect()).collect()
    }

    #[test]
    fn a_table_flattened_one_cell_a_line_is_read_with_its_blank_cells() {
        // Row 2's second and fourth cells were `&nbsp;`: blank lines now.
        let l = lines("Phụ lục\n\nSTT\nĐơn vị\nTỷ lệ A\nTỷ lệ B\nGhi chú\n\nA\nKHỐI XÃ\n\n1\nXã Một\n85\n97,5\n\n\n2\n\n≥ 60\n\nMiền núi\n\nTải về: kh.pdf\n3\nx\ny\nz\nw");
        let t = layout(&l, Vec::new()).tables;
        assert_eq!(t.len(), 1);
        let cells = cells_of(&t[0].rows);
        assert_eq!(
            cells,
            [
                vec!["STT", "Đơn vị", "Tỷ lệ A", "Tỷ lệ B", "Ghi chú"],
                vec!["A", "KHỐI XÃ"],
                vec!["1", "Xã Một", "85", "97,5", ""],
                vec!["2", "", "≥ 60", "", "Miền núi"],
            ]
        );
        assert_eq!(t[0].rows[3].line, 17);
    }

    /// The table a reader gave: lines `rows`, cut at their tabs.
    fn given(l: &[Line], rows: std::ops::Range<usize>) -> Table {
        Table {
            rows: rows
                .map(|i| Row {
                    cells: tsv_cells(&l[i].text),
                    line: i,
                    page: None,
                })
                .collect(),
            edges: Vec::new(),
        }
    }

    #[test]
    fn lines_right_after_a_readers_last_row_open_no_table_over_the_next_readers_table() {
        // A reader's table whose last row's second line it took in, then
        // the next page's part with its header repeated.
        let l = lines("STT\tChỉ tiêu\tĐơn vị chủ trì\tGiao chỉ tiêu\n5\tTỷ lệ hồ sơ giải quyết\tCác sở;\t97%\ntrước hạn\tUBND các huyện\n\nSTT\tChỉ tiêu\tĐơn vị chủ trì\tGiao chỉ tiêu\n6\tTỷ lệ A\tSở Y tế\t90%\n7\tTỷ lệ B\tSở Tư pháp\t80%");
        let mut first = given(&l, 0..2);
        first.rows[1].cells[1].push_str(" trước hạn");
        let lay = layout(&l, vec![first, given(&l, 4..7)]);
        let starts: Vec<usize> = lay.tables.iter().map(|t| t.line_range().0).collect();
        assert!(lay.tables.iter().all(|t| t.rows.iter().all(|r| r.cells[0] != "trước hạn")), "{:?}", lay.tables);
        assert!(!starts.contains(&2), "{starts:?}");
    }

    #[test]
    fn a_name_carried_over_a_page_goes_with_its_row() {
        let l = lines("STT\tĐơn vị\tTỷ lệ\n1\tChi nhánh thị xã\t60\n\nCamScanner\n\n4\n\nPhú Thọ\n2\tChi nhánh huyện Lâm Thao\t55\n\nCamScanner");
        let t = layout(&l, vec![given(&l, 0..2), given(&l, 8..9)]).tables;
        assert_eq!(t.len(), 1);
        let names: Vec<&str> = t[0].rows.iter().map(|r| r.cells[1].as_str()).collect();
        assert_eq!(names, ["Đơn vị", "Chi nhánh thị xã Phú Thọ", "Chi nhánh huyện Lâm Thao"]);
    }

    #[test]
    fn the_columns_numbers_repeated_under_a_repeated_header_are_no_row() {
        let l = lines("STT\tĐơn vị\tTỷ lệ\n(1)\t(2)\t(3)\n1\tUBND huyện Điện Biên\t35\n\n3\n\nSTT\tĐơn vị\tTỷ lệ\n(1)\t(2)\t(3)\n\tĐông\t\n2\tUBND huyện Tủa Chùa\t35");
        let t = layout(&l, vec![given(&l, 0..3), given(&l, 6..10)]).tables;
        assert_eq!(t.len(), 1);
        let names: Vec<&str> = t[0].rows.iter().map(|r| r.cells[1].as_str()).collect();
        assert_eq!(names, ["Đơn vị", "(2)", "UBND huyện Điện Biên", "Đông", "UBND huyện Tủa Chùa"]);
    }

    #[test]
    fn a_clause_after_a_semicolon_broken_onto_a_line_of_its_own_goes_on() {
        // (A web copy's <br> after the semicolon.)
        let l = lines(
            "- Tỷ lệ hồ sơ trực tuyến: năm 2024 đạt tối thiểu 40%;\nnăm 2025 đạt tối thiểu 52,5%.\n\
             - Tỷ lệ thanh toán trực tuyến: năm 2024 đạt 30%;\n- Tỷ lệ số hóa kết quả: 100%;\nCăn cứ Luật Tổ chức chính quyền địa phương;\nb) các xã đạt 50%.",
        );
        let prose: Vec<usize> = (0..l.len()).collect();
        let p: Vec<Vec<usize>> = paragraphs(&l, &prose, &[], &[]).into_iter().map(|r| prose[r].to_vec()).collect();
        // Not into a list's mark nor a capital.
        assert_eq!(p, vec![vec![0, 1], vec![2], vec![3], vec![4], vec![5]]);
    }

    #[test]
    fn a_paragraph_goes_on_across_a_page_number_between_blank_lines() {
        let l = lines(
            "    Mục tiêu chung của tỉnh năm 2026: 100% kết quả xử lý hồ sơ thủ tục hành chính\n\nTrang 1\n\n\
             được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia.\n\nmột đoạn khác mở bằng chữ thường.\n\t4",
        );
        let breaks: Vec<bool> = (0..l.len()).map(|i| in_page_break(&l, i)).collect();
        // The number and the blank lines beside it; not the blank line
        // between two paragraphs, nor a cell "\t4".
        assert_eq!(breaks, [false, true, true, true, false, false, false, false]);
        let prose: Vec<usize> = (0..l.len() - 1).filter(|&i| !breaks[i]).collect();
        let p: Vec<Vec<usize>> = paragraphs(&l, &prose, &[], &[]).into_iter().map(|r| prose[r].to_vec()).collect();
        assert_eq!(p, vec![vec![0, 4], vec![5], vec![6]]);
    }

    #[test]
    fn a_tab_row_whose_name_broke_goes_on_in_the_next_line() {
        let l = lines("STT\tĐơn vị\tNăm 2023\tNăm 2024\n1\tSở Y tế\t50\t60\n2\tSở Lao động - Thương binh\nvà Xã hội\t55,0\t70\n3\tSở Nội vụ\t40\t60");
        let t = layout(&l, Vec::new()).tables;
        let rows = cells_of(&t[0].rows);
        assert_eq!(rows[2], ["2", "Sở Lao động - Thương binh và Xã hội", "55,0", "70"]);
        assert_eq!(rows.len(), 4);
    }

    #[test]
    fn a_place_name_the_scan_broke_goes_on_in_the_next_line() {
        let l = lines(
            "1. Các Sở: Tư pháp, Y tế phấn đấu tỷ lệ hồ sơ trực tuyến đạt 80%.\n\
             3. UBND các huyện Tam Đường, Phong Thổ, Sìn Hồ và thành phố Lai\n\
             Châu: tỷ lệ hồ sơ trực tuyến đạt tối thiểu 45%.\n\
             4. Sở Nội vụ bảo đảm tỷ lệ hồ sơ đúng hạn đạt 98%; Sở Tài chính\n\
             Kho bạc: 100%.",
        );
        let levels = Rules::builtin().unwrap().units.levels;
        let prose: Vec<usize> = (0..l.len()).collect();
        let p: Vec<Vec<usize>> = paragraphs(&l, &prose, &levels, &[]).into_iter().map(|r| prose[r].to_vec()).collect();
        // ("Sở" is no level: "Kho bạc" opens a paragraph of its own.)
        assert_eq!(p, vec![vec![0], vec![1, 2], vec![3], vec![4]]);
        // The level alone at the line's end, the name on the next up to
        // its comma; not a heading ending in a level over a sentence.
        let l = lines(
            "- Ủy ban nhân dân các huyện Cam Lâm, Vạn Ninh, Diên Khánh, thị xã Ninh Hòa, thành phố\n\
             Cam Ranh, thành phố Nha Trang: Tối thiểu 35% hồ sơ.\n\
             3. Chủ tịch Ủy ban nhân dân các xã, phường, thị trấn thuộc các huyện, thị xã, thị trấn\n\
             Tổ chức thực hiện, bảo đảm tỷ lệ đạt tối thiểu 30%.",
        );
        let prose: Vec<usize> = (0..l.len()).collect();
        let p: Vec<Vec<usize>> = paragraphs(&l, &prose, &levels, &[]).into_iter().map(|r| prose[r].to_vec()).collect();
        assert_eq!(p, vec![vec![0, 1], vec![2], vec![3]]);
        // A name of a list parted after its list's comma, no level before
        // it; not after a figure's comma.
        let l = lines(
            "40%; Ủy ban nhân dân các huyện Vĩnh Cửu, Thống Nhất, Cẩm Mỹ, Xuân\n\
             Lộc, Định Quán, Tân Phú đạt tối thiểu 35%.\n\
             Tỷ lệ hồ sơ trực tuyến của các đơn vị lần lượt là 47%, 48%, Sở\n\
             Tư pháp chủ trì theo dõi.",
        );
        let prose: Vec<usize> = (0..l.len()).collect();
        let p: Vec<Vec<usize>> = paragraphs(&l, &prose, &levels, &[]).into_iter().map(|r| prose[r].to_vec()).collect();
        assert_eq!(p, vec![vec![0, 1], vec![2], vec![3]]);
    }

    #[test]
    fn a_text_wrapped_twice_keeps_its_paragraphs() {
        // Wrapped at 78, then again at 60: a short rest after each long
        // line. A short line that opens a paragraph is still its own.
        let l = lines(
            "- Nâng cao chất lượng cung cấp dịch vụ công trực tuyến, lấy\n\
             người dân, doanh\n\
             nghiệp làm trung tâm; tăng cường sử dụng dịch vụ công trực\n\
             tuyến toàn trình,\n\
             thanh toán trực tuyến đạt 60%.\n\
             Dòng ngắn\n\
             viết thường.",
        );
        let prose: Vec<usize> = (0..l.len()).collect();
        let p: Vec<Vec<usize>> = paragraphs(&l, &prose, &[], &[]).into_iter().map(|r| prose[r].to_vec()).collect();
        assert_eq!(p, vec![vec![0, 1, 2, 3, 4], vec![5], vec![6]]);
    }

    #[test]
    fn a_running_head_by_a_pages_number_is_part_of_the_break() {
        let l = lines(
            "4. Tỷ lệ số hóa hồ sơ trên Hệ thống\n\n   Trang 1/3\nUBND tỉnh X - Kế hoạch số 5/KH-UBND\n\ncủa tỉnh đạt 80%;\nVăn bản\n\n   Trang 2/3\nUBND tỉnh X - Kế hoạch số 5/KH-UBND\n\nHết.",
        );
        let broken: Vec<usize> = (0..l.len()).filter(|&i| in_page_break(&l, i)).collect();
        assert_eq!(broken, [1, 2, 3, 4, 7, 8, 9, 10]);
        // A line written again but by no page's number is text.
        let l = lines("UBND tỉnh X\nA\n\nUBND tỉnh X\nB");
        assert!((0..l.len()).all(|i| !in_page_break(&l, i) || is_blank(&l[i].text)));
        // Nor is an item written twice, under two headings, the second
        // after a page's number.
        let l = lines("1. Sở\n- Tỷ lệ hồ sơ trực tuyến đạt 80%.\n\n2. Huyện\n\nTrang 1\n\n- Tỷ lệ hồ sơ trực tuyến đạt 80%.");
        assert!(!in_page_break(&l, 7));
        assert!(in_page_break(&l, 5));
    }

    #[test]
    fn a_stamps_residue_alone_is_no_text_but_a_pages_number_or_a_mark_is_not_residue() {
        let l = lines("b) Tối thiểu 65%.\n\n} (VBĐT)\n\nc) Tối thiểu 60%.\n\nTrang 2\n\n1.\n\nKl\n");
        let residue: Vec<usize> = (0..l.len()).filter(|&i| is_stamp_residue(&l, i)).collect();
        assert_eq!(residue, [2, 10]);
    }

    #[test]
    fn hard_wrapped_lines_make_one_paragraph_across_a_page_break() {
        let l = lines(
            "Chỉ tiêu chung toàn tỉnh năm 2024: tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ\n\
             tiếp nhận, giải quyết đạt tối thiểu 60%; tỷ lệ thanh toán trực tuyến trên\n\n 2\n\n\
             Cổng dịch vụ công quốc gia đạt 45%, còn dòng này tiếp tục mà không có dấu\n\
             phẩy nào.\n\
             Một dòng dài không có dấu chấm ở cuối dòng, và dòng sau mở bằng\n\
             a) một mục của danh sách.\n\
             Dòng ngắn\n\
             viết thường.",
        );
        let prose = [0, 1, 5, 6, 7, 8, 9, 10];
        let p: Vec<Vec<usize>> = paragraphs(&l, &prose, &[], &[]).into_iter().map(|r| prose[r].to_vec()).collect();
        // Line 5 opens with a capital: the page's paragraph ends at line 1.
        assert_eq!(p, vec![vec![0, 1], vec![5, 6], vec![7], vec![8], vec![9], vec![10]]);
        // A figure the wrap carried over goes on; a numbered item does not.
        let l = lines(
            "+ Các sở, ban, ngành tỉnh: năm 2026 đạt tối thiểu 80%, năm 2027 đạt tối thiểu\n\
             85%;\n\
             - Tỷ lệ số hóa hồ sơ, thành phần hồ sơ thủ tục hành chính năm 2026 đạt tối thiểu\n\
             2. Tổ chức thực hiện.",
        );
        let prose = [0, 1, 2, 3];
        let p: Vec<Vec<usize>> = paragraphs(&l, &prose, &[], &[]).into_iter().map(|r| prose[r].to_vec()).collect();
        assert_eq!(p, vec![vec![0, 1], vec![2], vec![3]]);
    }

    #[test]
    fn an_enumeration_goes_on_past_a_comma_into_the_next_name() {
        let l = lines(
            "- UBND thị trấn Tiền Hải và UBND các xã: Tây Giang, Đông Trung, Đông Hoàng,\n\
             Tây Ninh đạt tối thiểu 60%;\n\
             - Một dòng dài kết thúc bằng dấu phẩy sau một từ viết thường như sau,\n\
             Dòng mới.\n\
             Ngắn, Hoàng,\n\
             Tây Ninh.",
        );
        let prose = [0, 1, 2, 3, 4, 5];
        let p: Vec<Vec<usize>> = paragraphs(&l, &prose, &[], &[]).into_iter().map(|r| prose[r].to_vec()).collect();
        // (Not after a word in small letters, nor after a short line.)
        assert_eq!(p, vec![vec![0, 1], vec![2], vec![3], vec![4], vec![5]]);
        // After a word no sentence ends in, whatever the next one opens with.
        let l = lines(
            "1. Giao chỉ tiêu tối thiểu 90% hồ sơ được số hóa kết quả giải quyết đối với các\n\
             Sở: Tư pháp, Xây dựng.\n\
             2. Giao chỉ tiêu tối thiểu 90% hồ sơ được số hóa kết quả giải quyết đúng hạn\n\
             Sở Y tế.",
        );
        let prose = [0, 1, 2, 3];
        let open = ["các".to_string()];
        let p: Vec<Vec<usize>> = paragraphs(&l, &prose, &[], &open).into_iter().map(|r| prose[r].to_vec()).collect();
        assert_eq!(p, vec![vec![0, 1], vec![2], vec![3]]);
    }

    #[test]
    fn a_text_wrapped_at_a_width_goes_on_across_a_colon_a_capital_and_a_semicolon_when_the_next_word_would_not_fit() {
        // Wrapped at 63 chars: the next line's first word would not fit.
        let text = "b) Giao chỉ tiêu tối thiểu 40% hồ sơ được tiếp nhận, giải\n\
                    quyết trực tuyến trên tổng số hồ sơ của các thủ tục hành\n\
                    chính năm 2019 đối với các huyện Cam Lâm, Khánh Vĩnh, thị xã\n\
                    Ninh Hòa, thành phố Cam Ranh và các Sở Công Thương, Nội vụ,\n\
                    Thanh tra, Ngoại vụ, Xây dựng và Khoa học và Công nghệ, các Sở:\n\
                    Du lịch, Tư pháp, Y tế đạt tối thiểu 40% trên tổng số hồ sơ;\n\
                    các xã thuộc huyện Cam Lâm, Vạn Ninh đạt tối thiểu 20% trên\n\
                    tổng số hồ sơ tiếp nhận.\n\
                    Đây là một đoạn văn mới sau dấu chấm ở cuối dòng trên.\n\
                    Điều 2. Tổ chức thực hiện:\n\
                    Dòng này mở bằng chữ hoa sau một dòng ngắn.";
        let l = lines(text);
        let prose: Vec<usize> = (0..l.len()).collect();
        let p: Vec<Vec<usize>> = paragraphs(&l, &prose, &[], &[]).into_iter().map(|r| prose[r].to_vec()).collect();
        assert_eq!(p, vec![vec![0, 1, 2, 3, 4, 5, 6, 7], vec![8], vec![9], vec![10]]);
        // A name's dash the wrap set first goes on; a line longer than the
        // width was not wrapped at it.
        let l = lines(
            "Căn cứ chỉ tiêu được giao, Ủy ban nhân dân huyện yêu cầu các\n\
             cơ quan, đơn vị tập trung thực hiện các nội dung sau đây để bảo\n\
             đảm hoàn thành các chỉ tiêu về dịch vụ công trực tuyến năm 2024,\n\
             rà soát, chuẩn hóa dữ liệu thủ tục hành chính và hướng dẫn người\n\
             dân nộp hồ sơ trực tuyến tại Bộ phận Một cửa theo quy định hiện\n\
             hành; kết quả thực hiện là căn cứ đánh giá, xếp loại thi đua cuối\n\
             năm của tập thể, cá nhân người đứng đầu cơ quan, đơn vị liên quan.\n\
             a) Các phòng: Tư pháp, Nội vụ, Tài chính - Kế hoạch, Y tế, Lao động\n\
             - Thương binh và Xã hội phấn đấu tỷ lệ hồ sơ trực tuyến đạt\n\
             tối thiểu 70% trên tổng số hồ sơ tiếp nhận, giải quyết TTHC;\n\
             b) Nhóm 2: UBND các xã: Bản Xèo, Mường Hum, Cốc Mỳ, Trịnh Tường, Tòng Sành\n\
             - Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận: tối\n\
             thiểu 50%.",
        );
        let prose: Vec<usize> = (0..l.len()).collect();
        let p: Vec<Vec<usize>> = paragraphs(&l, &prose, &[], &[]).into_iter().map(|r| prose[r].to_vec()).collect();
        assert_eq!(p, vec![(0..7).collect::<Vec<_>>(), vec![7, 8, 9], vec![10], vec![11, 12]]);
        // A paragraph a line, its lengths all unlike: no width, no joining.
        let l = lines(
            "Giao chỉ tiêu cho các đơn vị như sau:\n\
             Ủy ban nhân dân các huyện Cam Lâm, Vạn Ninh, Diên Khánh đạt tối thiểu 35% hồ sơ được tiếp nhận trực tuyến\n\
             Các xã còn lại\n\
             Sở Y tế đạt 50% trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính trong năm 2025 theo quy định\n\
             Tỷ lệ thanh toán trực tuyến đạt 30%\n\
             Văn phòng UBND tỉnh bảo đảm 100% kết quả giải quyết được số hóa theo quy định tại Nghị định số 107/2021/NĐ-CP\n\
             Thanh tra tỉnh đạt 40%",
        );
        let prose: Vec<usize> = (0..l.len()).collect();
        assert_eq!(paragraphs(&l, &prose, &[], &[]).len(), l.len());
    }

    #[test]
    fn a_readers_table_with_a_row_wrapped_after_its_name_has_it_joined() {
        let row = |line: usize, cells: &[&str]| Row {
            cells: cells.iter().map(|c| c.to_string()).collect(),
            line,
            page: None,
        };
        let given = Table {
            rows: vec![
                row(0, &["STT", "Tên", "A", "B", "Ghi chú"]),
                row(1, &["6", "Xã Dào San"]),
                row(2, &["", "65", "35", ""]),
                row(3, &["II", "Các xã"]),
                row(4, &["", "Xã Một", "80", "70", ""]),
            ],
            edges: Vec::new(),
        };
        let lay = layout(&lines("a\nb\nc\nd\ne"), vec![given]);
        let cells = cells_of(&lay.tables[0].rows);
        // Row 6 is one row; the section "II" and the row under it are two.
        assert_eq!(cells[1], ["6", "Xã Dào San", "65", "35", ""]);
        assert_eq!(cells.len(), 4);
    }

    #[test]
    fn a_browsers_copy_keeps_its_spanned_header_and_cells_broken_over_lines() {
        let l = lines("STT\tTên\tChỉ tiêu năm 2023 (%)\tGhi chú\nTỷ lệ A\tTỷ lệ B\n1\tSở X\t90\t80\tKhông gồm hồ sơ\nđất đai\n2\tUBND các xã, phường,\nthị trấn\t60\t70\t\nGhi chú: hết.");
        let lay = layout(&l, Vec::new());
        assert_eq!(lay.tables.len(), 1);
        let cells: Vec<&Vec<String>> = lay.tables[0].rows.iter().map(|r| &r.cells).collect();
        assert_eq!(cells[0], &["STT", "Tên", "Chỉ tiêu năm 2023 (%)", "", "Ghi chú"]);
        assert_eq!(cells[1], &["", "", "Tỷ lệ A", "Tỷ lệ B", ""]);
        assert_eq!(cells[2], &["1", "Sở X", "90", "80", "Không gồm hồ sơ đất đai"]);
        assert_eq!(cells[3], &["2", "UBND các xã, phường, thị trấn", "60", "70", ""]);
        assert_eq!(cells.len(), 4);
    }

    #[test]
    fn tsv_table_survives_a_page_break() {
        let l = lines("Tiêu đề\nSTT\tTên\tA\n1\tX\t80%\n\n\n2\tY\t70%\nHết");
        let lay = layout(&l, Vec::new());
        assert_eq!(lay.tables.len(), 1);
        assert_eq!(lay.tables[0].rows.len(), 3);
        assert_eq!(lay.tables[0].rows[2].cells, vec!["2", "Y", "70%"]);
        assert!(!lay.in_table[6]);
    }

    #[test]
    fn a_table_runs_on_past_a_page_number_and_running_head_and_a_wrapped_row_is_joined() {
        let l = lines("Công báo/Số 3\nSTT\tTên\tA\tB\tGhi chú\n1\tX\t80%\t70\t\n\n 4\nCông báo/Số 3\n\n2\tY\n\t60\t50\t\nHết");
        let lay = layout(&l, Vec::new());
        assert_eq!(lay.tables.len(), 1);
        let t = &lay.tables[0];
        assert_eq!(t.rows.len(), 3);
        assert_eq!(t.rows[2].cells, vec!["2", "Y", "60", "50", ""]);
        // A foot naming its page after a dash, and a form feed.
        let l = lines("STT\tTên\tA\n1\tX\t80%\n\nKH 96/KH-UBND - Trang 2/3\n\u{c}\n2\tZ\t70%");
        let lay = layout(&l, Vec::new());
        assert_eq!(lay.tables.len(), 1);
        assert_eq!(lay.tables[0].rows.len(), 3);
        // A cell's rest alone on its line past the second column ("\t\tCông
        // nghệ", written again under another row) is a row of the table,
        // which its reader joins to the row above; no running head.
        let l = lines("STT\tTên\tĐơn vị\n1\tX\tSở Khoa học và\n\t\tCông nghệ\n\n2\tY\tSở Khoa học và\n\t\tCông nghệ\nHết");
        let lay = layout(&l, Vec::new());
        let owners: Vec<&str> = lay.tables[0].rows.iter().map(|r| r.cells[2].as_str()).collect();
        assert_eq!(owners, ["Đơn vị", "Sở Khoa học và", "Công nghệ", "Sở Khoa học và", "Công nghệ"]);
        // A line said once is no running head: the table ends there.
        let l = lines("STT\tTên\tA\n1\tX\t80%\n\nCông báo/Số 3\n\n2\tY\t70%");
        let lay = layout(&l, Vec::new());
        assert_eq!(lay.tables.len(), 1);
        assert_eq!(lay.tables[0].rows.len(), 2);
    }

    #[test]
    fn dump_rows_end_at_blank_lines_and_tab_only_lines_are_empty_cells() {
        let l = lines("\tSTT\n\tTên\n\tGiao\n\n\t1\n\tTỷ lệ\ntiếp theo\n\t\n\n\t\n\tKết quả\n\n\t100\nSau");
        let lay = layout(&l, Vec::new());
        let t = &lay.tables[0];
        assert_eq!(t.rows[0].cells, vec!["STT", "Tên", "Giao"]);
        assert_eq!(t.rows[1].cells, vec!["1", "Tỷ lệ tiếp theo", ""]);
        // The blank line inside the last row split it; it is joined back.
        assert_eq!(t.rows.len(), 3);
    }

    #[test]
    fn a_width_is_told_when_two_in_five_long_lines_reach_it() {
        let text = |ns: &[usize]| lines(&ns.iter().map(|&n| "a".repeat(n)).collect::<Vec<_>>().join("\n"));
        // Six lines at the width, eight paragraphs' last lines short of it.
        let ns = [98, 100, 99, 100, 97, 100, 60, 62, 55, 70, 66, 58, 61, 75];
        let l = text(&ns);
        assert_eq!(wrap_width(&l, &(0..l.len()).collect::<Vec<_>>()), Some(100));
        // A paragraph a line: lengths all over, no width.
        let ns: Vec<usize> = (0..20).map(|i| 50 + i * 13).collect();
        let l = text(&ns);
        assert_eq!(wrap_width(&l, &(0..l.len()).collect::<Vec<_>>()), None);
    }

    #[test]
    fn a_dump_table_goes_on_past_stamp_residue_and_a_page_number() {
        for noise in ["VX.KW", "} (VBĐT)", "Kl", "- 3 -", "Trang 3"] {
            let l = lines(&format!("\tSTT\n\tTên\n\tGiao\n\n{noise}\n\n\t1\n\tSở Y tế\n\t80\n\nSau"));
            let lay = layout(&l, Vec::new());
            assert_eq!(lay.tables.first().map(|t| t.rows.len()), Some(2), "{noise}");
        }
        // A line of words ends the table ("PHỤ LỤC II" before another):
        // no table holds the rows on both sides of it.
        let l = lines("\tSTT\n\tTên\n\tGiao\n\nPHỤ LỤC II\n\n\t1\n\tSở Y tế\n\t80\n\nSau");
        let lay = layout(&l, Vec::new());
        assert!(lay.tables.iter().all(|t| t.rows.len() < 2));
    }

    #[test]
    fn a_dump_row_a_page_number_cuts_after_its_index_is_one_row() {
        // "\t4" before a blank line is a row's index, not a page's number.
        let l = lines("\tSTT\n\tTên\n\tGiao\n\n\t3\n\tSở Y tế\n\t80\n\n\t4\n\nTrang 2\n\n\tSở Nội vụ\n\t70\n\n\t5\n\tSở Tư pháp\n\t60\n\nSau");
        let t = &layout(&l, Vec::new()).tables[0];
        let cells = cells_of(&t.rows);
        assert_eq!(
            cells,
            [vec!["STT", "Tên", "Giao"], vec!["3", "Sở Y tế", "80"], vec!["4", "Sở Nội vụ", "70"], vec!["5", "Sở Tư pháp", "60"]]
        );
    }

    #[test]
    fn a_flat_table_goes_on_past_a_page_number_and_across_it_within_a_row() {
        // A row's index "1" after "Trang 2" opens its row; row 3 is cut by
        // "Trang 3" between its cells, its blank (empty) cell kept.
        let l = lines("STT\nĐơn vị\nTỷ lệ A\nTỷ lệ B\nGhi chú\n\n\nTrang 2\n\n1\nXã Một\n85\n90\n-\n\n2\nXã Hai\n80\n95\n-\n\n3\nXã Ba\n\n\nTrang 3\n\n75\n97,5\n-\n\nHết.");
        let t = &layout(&l, Vec::new()).tables[0];
        let cells = cells_of(&t.rows);
        assert_eq!(cells[1], ["1", "Xã Một", "85", "90", "-"]);
        assert_eq!(cells[3], ["3", "Xã Ba", "75", "97,5", "-"]);
        assert_eq!(cells.len(), 4);
        // A figure written again down the table is no page's furniture to
        // look for a row past ("100%" twice, then "50", "B").
        let l = lines("STT\nĐơn vị\nTỷ lệ A\nTỷ lệ B\nGhi chú\n\n1\nXã Một\n100%\n50\n-\n\n2\nXã Hai\n\n100%\n50\n97,5\n-\n\nB\nKHỐI\n");
        let t = &layout(&l, Vec::new()).tables[0];
        assert!(t.rows.iter().all(|r| r.cells[0] != "50"), "{:?}", t.rows);
        // A page's number after a row's empty last cells, with an empty
        // cell inside the row: the row is whole, the table goes on.
        let l = lines("STT\nĐơn vị\nTỷ lệ A\nTỷ lệ B\nTỷ lệ C\nGhi chú\n\n1\nXã Một\n\n50\n60\n\n\nTrang 2\n\n\n\n\n2\nXã Hai\n40\n50\n60\n\n\n\n3\nXã Ba\n30\n40\n50\n\n\n");
        let t = &layout(&l, Vec::new()).tables[0];
        let cells = cells_of(&t.rows);
        assert_eq!(cells[1], ["1", "Xã Một", "", "50", "60", ""]);
        assert_eq!(cells[3][..5], ["3", "Xã Ba", "30", "40", "50"]);
        assert_eq!(cells.len(), 4);
    }

    #[test]
    fn a_parenthesis_a_full_line_pushed_down_goes_on_its_paragraph() {
        let l = lines("Xã Thạnh Phước: Kết quả năm 2024 đạt 49,7%, chưa đạt chỉ tiêu năm 2024\n(55%); thanh toán trực tuyến đạt 31,4%. Năm 2025 giao chỉ tiêu hồ sơ trực\ntuyến 65%, thanh toán trực tuyến 45%. Các xã, thị trấn còn lại tổ chức thực\nhiện theo chỉ tiêu chung của huyện tại văn bản này và báo cáo định kỳ.\n(1) Tỷ lệ hồ sơ trực tuyến của các xã trong năm 2025 phấn đấu đạt 60%.\nCác xã, thị trấn còn lại thực hiện theo chỉ tiêu chung của huyện tại văn\nbản này và báo cáo kết quả thực hiện định kỳ hằng tháng về phòng.");
        let prose: Vec<usize> = (0..l.len()).collect();
        let p = paragraphs(&l, &prose, &[], &[]);
        assert_eq!(p[0], 0..4, "{p:?}");
        // A list's "(1)" opens its own.
        assert_eq!(p[1].start, 4, "{p:?}");
    }

    #[test]
    fn a_number_with_thousands_opens_no_list_item() {
        assert!(!opens_list_mark("15.003 hồ sơ trực tuyến; tỷ lệ hồ sơ trực tuyến đạt 36,4%"));
        assert!(opens_list_mark("15. Tỷ lệ hồ sơ"));
        assert!(opens_list_mark("b) UBND các xã"));
    }

    #[test]
    fn a_flat_tables_header_wrapped_by_a_copy_is_read_a_cell_a_column() {
        // Long header cells wrapped: lines opening in lower case, a figure
        // alone, and a long line ending in a word go on the cell above;
        // a line ending in a figure or a bracket ends its cell.
        let l = lines(
            "STT\nTên cơ quan\nTỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận\ngiải quyết thủ tục hành chính 50%\nTỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia\n45%\nTỷ lệ số hóa kết quả giải quyết thủ tục hành chính 100%\nTỷ lệ chứng thực bản sao điện tử từ bản chính tại\nỦy ban nhân dân cấp xã (tiêu chí này áp dụng\nđối với cấp xã)\nGhi chú\n\n1\nSở Tư pháp\n50\n45\n100\n\n\n\n2\nXã Một\n40\n30\n90\n100\n\n\nHết.",
        );
        let t = &layout(&l, Vec::new()).tables[0];
        let cells = cells_of(&t.rows);
        assert_eq!(cells[0].len(), 7, "{:?}", cells[0]);
        assert_eq!(cells[0][4], "Tỷ lệ số hóa kết quả giải quyết thủ tục hành chính 100%");
        assert!(cells[0][5].ends_with("đối với cấp xã)"), "{:?}", cells[0]);
        assert_eq!(cells[2], ["2", "Xã Một", "40", "30", "90", "100", ""]);
        assert_eq!(cells.len(), 3);
    }

    #[test]
    fn ocr_text_rows_without_tabs() {
        let l = lines("(Kèm theo Quyết định số 1/QĐ-UBND)\nSTT Tên đơn vị Tỷ lệ hồ sơ trực tuyến Tỷ lệ thanh toán trực tuyến\nA Sở, ban, ngành tỉnh\n1 Sở Y tế 80% 30%\n2 Sở Tư pháp 80 % 30%\n\n3 Sở Nội vụ 70% 20%\n4 Huyện A 50%\nHết.");
        let lay = layout(&l, Vec::new());
        let t = &lay.tables[0];
        assert_eq!(t.rows[0].cells, vec!["STT", "Tên đơn vị", "Tỷ lệ hồ sơ trực tuyến", "Tỷ lệ thanh toán trực tuyến"]);
        assert_eq!(t.rows[1].cells, vec!["A", "Sở, ban, ngành tỉnh", "", ""]);
        assert_eq!(t.rows[3].cells, vec!["2", "Sở Tư pháp", "80%", "30%"]);
        // "4 Huyện A 50%" cannot be placed in two columns: left out.
        assert_eq!(t.rows.len(), 5);
        assert!(lay.in_table[1] && lay.in_table[7] && !lay.in_table[8]);
    }

    #[test]
    fn a_header_s_second_line_of_each_column_s_rest_and_measure_is_dealt_out() {
        let l = lines(
            "(Kèm theo Quyết định số 1/QĐ-UBND)\nSTT Tên đơn vị Tỷ lệ hồ sơ được tiếp nhận, Tỷ lệ thanh toán Tỷ lệ số hóa Ghi chú\n\
             giải quyết trực tuyến (%) trực tuyến (%) hồ sơ (%)\n(1) (2) (3) (4) (5) (6)\n1 Sở Y tế 60 45 70\n2 Sở Tư pháp 50 40 80 Mới\n3 Sở Nội vụ 55 35 60\n",
        );
        let t = &layout(&l, Vec::new()).tables[0];
        assert_eq!(
            t.rows[0].cells,
            vec![
                "STT",
                "Tên đơn vị",
                "Tỷ lệ hồ sơ được tiếp nhận, giải quyết trực tuyến (%)",
                "Tỷ lệ thanh toán trực tuyến (%)",
                "Tỷ lệ số hóa hồ sơ (%)",
                "Ghi chú"
            ]
        );
        assert_eq!(t.rows[2].cells, vec!["2", "Sở Tư pháp", "50", "40", "80", "Mới"]);
    }

    #[test]
    fn ocr_rows_under_a_header_a_cell_a_line_with_notes_and_a_part_read_down_its_columns() {
        // A scan's header read a cell a line (names wrapped), its first
        // rows read across (one with a note and a blank cell's words), a
        // page break (the scanner's stamp, the page's number), then the
        // rest read down the columns a cell a line, a name wrapped.
        let l = lines(
            "(Kèm theo Quyết định số 1/QĐ-UBND\nỦy ban nhân dân tỉnh X)\n\nSTT\nTên đơn vị\nTỷ lệ hồ sơ trực tuyến\n(%)\nTỷ lệ thanh toán\n(tối thiểu 30%)\nGhi chú\nI Sở, ban, ngành\n1 Sở Y tế 60 50\n2 Sở Tư pháp | 70% 40%\n3 Sở Tài chính 60 không giao Không thu phí\n4 Sở Nội vụ 55 40\n\nTrang 4\n   4\nII. UBND cấp huyện\nl\nUBND huyện A\n55\n45\n\n2\nUBND huyện Mèo\nVạc\n40\n-\nHuyện biên giới\n\nHết.",
        );
        let lay = layout(&l, Vec::new());
        assert_eq!(lay.tables.len(), 1, "{:?}", lay.tables);
        let cells = cells_of(&lay.tables[0].rows);
        assert_eq!(
            cells,
            [
                vec!["STT", "Tên đơn vị", "Tỷ lệ hồ sơ trực tuyến (%)", "Tỷ lệ thanh toán (tối thiểu 30%)", "Ghi chú"],
                vec!["I", "Sở, ban, ngành", "", "", ""],
                vec!["1", "Sở Y tế", "60", "50", ""],
                vec!["2", "Sở Tư pháp", "70%", "40%", ""],
                vec!["3", "Sở Tài chính", "60", "không giao", "Không thu phí"],
                vec!["4", "Sở Nội vụ", "55", "40", ""],
                vec!["II", "UBND cấp huyện", "", "", ""],
                vec!["1", "UBND huyện A", "55", "45", ""],
                vec!["2", "UBND huyện Mèo Vạc", "40", "-", "Huyện biên giới"],
            ]
        );
        // The caption above is no part of the header; "Hết." ends the table.
        assert!(!lay.in_table[0] && !lay.in_table[1] && lay.in_table[3] && !lay.in_table[l.len() - 1]);
    }

    #[test]
    fn an_appendix_title_set_off_by_a_tab_heads_no_table_of_cells_a_line() {
        let l = lines("\tPHỤ LỤC\nKẾT QUẢ THỰC HIỆN\n(Kèm theo Công văn số 1/UBND)\n\tSTT\n\tĐơn vị\n\tTỷ lệ A\n\n\t1\n\tXã Một\n\t58,3\n\n\t2\n\tXã Hai\n\t51,7\n");
        let t = layout(&l, Vec::new()).tables;
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].rows[0].cells, vec!["STT", "Đơn vị", "Tỷ lệ A"]);
        assert_eq!(t[0].rows[1].cells, vec!["1", "Xã Một", "58,3"]);
    }

    #[test]
    fn a_table_split_by_a_page_break_is_one_table() {
        let l = lines("| STT | Tên | Tỷ lệ |\n|---|---|---|\n| 1 | Sở Y tế | 80% |\n\n2\n\n| 2 | Sở Tư pháp | 70% |");
        let lay = layout(&l, Vec::new());
        assert_eq!(lay.tables.len(), 1);
        assert_eq!(lay.tables[0].rows.len(), 3);
        // A page's number between the header and its separator.
        let l = lines("| STT | Tên | Tỷ lệ |\n\nTrang 1\n\n|---|---|---|\n| 1 | Sở Y tế | 80% |\n| 2 | Sở Tư pháp | 70% |\n\nTrang 2\n\nHết.");
        let lay = layout(&l, Vec::new());
        assert_eq!(lay.tables.len(), 1);
        assert_eq!(lay.tables[0].rows.iter().map(|r| r.cells[1].as_str()).collect::<Vec<_>>(), ["Tên", "Sở Y tế", "Sở Tư pháp"]);
        // The next page opening with a section's row; its rows without the
        // notes column the first part has.
        let l = lines("STT\tTên\tTỷ lệ\tGhi chú\n1\tSở Y tế\t80%\tx\n\nTrang 2\n\nB\tCấp huyện\n1\tHuyện A\t70%\n2\tHuyện B\t60%");
        let lay = layout(&l, Vec::new());
        assert_eq!(lay.tables.len(), 1);
        assert_eq!(lay.tables[0].rows.len(), 5);
    }

    #[test]
    fn a_pipe_table_going_on_past_a_running_head_with_a_row_wrapped_under_a_separator() {
        // A markdown copy of a page break: the next page's part opens with
        // a wrapped row read as its header row.
        let head = "CÔNG BÁO/Số 3/Ngày 2-1-2025";
        let text = format!(
            "{head}\n| STT | Tên | Tỷ lệ A | Tỷ lệ B |\n|---|---|---|---|\n| 1 | Sở Y tế | 80% | 50% |\n\n4\n{head}\n\n| 2 | Sở Tư pháp |\n|---|---|\n|  | 70% | 40% |\n| 3 | Sở Nội vụ | 60% | 30% |"
        );
        let lay = layout(&lines(&text), Vec::new());
        assert_eq!(lay.tables.len(), 1);
        let rows: Vec<&Vec<String>> = lay.tables[0].rows.iter().map(|r| &r.cells).collect();
        assert_eq!(rows.len(), 4);
        assert_eq!(rows[2], &vec!["2", "Sở Tư pháp", "70%", "40%"]);
    }

    #[test]
    fn a_header_repeated_over_a_page_break_with_its_columns_spaced_otherwise() {
        let row = |cells: &[&str], line: usize| crate::read::Row {
            cells: cells.iter().map(|c| c.to_string()).collect(),
            line,
            page: None,
        };
        let first = Table {
            rows: vec![
                row(&["STT", "Tên đơn vị", "Tỷ lệ A (%)", "", "Tỷ lệ B (%)"], 0),
                row(&["1", "Xã Bảo Lạc", "50", "", "70"], 1),
                row(&["2", "Xã Đông", "55", "", "75"], 2),
            ],
            edges: Vec::new(),
        };
        // The next page: the same header, a column fewer, a name's last word.
        let next = Table {
            rows: vec![
                row(&["STT", "Tên đơn vị", "Tỷ lệ A (%)", "Tỷ lệ B (%)"], 5),
                row(&["", "Khê", "", ""], 6),
                row(&["3", "Xã Hạ Lang", "45", "65"], 7),
            ],
            edges: Vec::new(),
        };
        let l = lines("a\nb\nc\n\nTrang 4/5\nd\ne\nf");
        let joined = join_continued(vec![first, next], &l);
        assert_eq!(joined.len(), 1);
        let rows: Vec<&Vec<String>> = joined[0].rows.iter().map(|r| &r.cells).collect();
        assert_eq!(rows[3], &vec!["", "Khê", "", "", ""]);
        assert_eq!(rows[4], &vec!["3", "Xã Hạ Lang", "45", "", "65"]);
    }

    /// A row of `cells` on line `line`, for a table built by hand.
    fn row(cells: &[&str], line: usize) -> Row {
        Row {
            cells: cells.iter().map(|s| s.to_string()).collect(),
            line,
            page: None,
        }
    }

    fn table(rows: Vec<Row>) -> Table {
        Table { rows, edges: Vec::new() }
    }

    #[test]
    fn a_running_head_in_two_cells_by_a_pages_number_parts_no_table() {
        let l = lines(
            "UBND tỉnh X\tKế hoạch số 5/KH-UBND\nSTT\tTên\tTỷ lệ A\n1\tSở Lao động - Thương\t60\n\nTrang 2/3\nUBND tỉnh X\tKế hoạch số 5/KH-UBND\n\nbinh và Xã hội\n2\tSở Y tế\t70\n3\tSở Tư pháp\t80",
        );
        let parts = vec![
            table(vec![row(&["STT", "Tên", "Tỷ lệ A"], 1), row(&["1", "Sở Lao động - Thương", "60"], 2)]),
            table(vec![row(&["UBND tỉnh X", "Kế hoạch số 5/KH-UBND"], 5)]),
            table(vec![row(&["2", "Sở Y tế", "70"], 8), row(&["3", "Sở Tư pháp", "80"], 9)]),
        ];
        let joined = join_continued(parts, &l);
        assert_eq!(joined.len(), 1);
        let names: Vec<&str> = joined[0].rows.iter().map(|r| r.cells[1].as_str()).collect();
        assert_eq!(names, ["Tên", "Sở Lao động - Thương binh và Xã hội", "Sở Y tế", "Sở Tư pháp"]);
    }

    #[test]
    fn a_running_head_spaced_otherwise_atop_the_next_part_is_no_row_of_it() {
        // (On page 2 a wider gap after "ngày" made the head three cells.)
        let l = lines(
            "UBND tỉnh X\tKế hoạch số 5/KH-UBND ngày 2/1/2024\nSTT\tTên\tTỷ lệ A\n1\tSở Nội vụ\t60\n\nTrang 2/3\nUBND tỉnh X\tKế hoạch số 5/KH-UBND ngày\t2/1/2024\n2\tSở Y tế\t70\n3\tSở Tư pháp\t80\n\nTrang 3/3\nSTT\tTên\tTỷ lệ A\n4\tSở Xây dựng\t90",
        );
        let parts = vec![
            table(vec![row(&["STT", "Tên", "Tỷ lệ A"], 1), row(&["1", "Sở Nội vụ", "60"], 2)]),
            table(vec![
                row(&["UBND tỉnh X", "Kế hoạch số 5/KH-UBND ngày", "2/1/2024"], 5),
                row(&["2", "Sở Y tế", "70"], 6),
                row(&["3", "Sở Tư pháp", "80"], 7),
            ]),
            // The header written again atop page 3 is the table's own.
            table(vec![row(&["STT", "Tên", "Tỷ lệ A"], 10), row(&["4", "Sở Xây dựng", "90"], 11)]),
        ];
        let joined = join_continued(parts, &l);
        assert_eq!(joined.len(), 1);
        let names: Vec<&str> = joined[0].rows.iter().map(|r| r.cells[1].as_str()).collect();
        assert_eq!(names, ["Tên", "Sở Nội vụ", "Sở Y tế", "Sở Tư pháp", "Sở Xây dựng"]);
    }

    #[test]
    fn the_columns_numbers_under_a_running_head_go_on_with_the_table() {
        let l = lines("STT\tTên đơn vị\tTỷ lệ A (%)\tTỷ lệ B (%)\n(1)\t(2)\t(3)\t(4)\n1\tXã A\t50\t70\n2\tXã B\t55\t75\n\n2\n\nPHỤ LỤC (tiếp theo)\tTrang 2/2\n(1)\t(2)\t(3)\t(4)\n3\tXã C\t45\t65\n4\tXã D\t40\t60");
        let lay = layout(&l, Vec::new());
        assert_eq!(lay.tables.len(), 1);
        let lines_read: Vec<usize> = lay.tables[0].rows.iter().map(|r| r.line).collect();
        assert_eq!(lines_read, vec![0, 1, 2, 3, 9, 10]);
    }

    #[test]
    fn a_name_carried_over_a_page_under_the_header_goes_on_with_its_row() {
        let l = lines("STT\tTên đơn vị\tTỷ lệ A\tTỷ lệ B\n1\tUBND huyện A\t50\t70\n2\tUBND thị xã\t55\t75\n\n2\nQĐ số 1/QĐ-UBND - Phụ lục (tiếp theo)\n\nSTT\tTên đơn vị\tTỷ lệ A\tTỷ lệ B\n\tSông Cầu\n3\tUBND huyện C\t45\t65\n4\tUBND huyện D\t40\t60");
        let lay = layout(&l, Vec::new());
        assert_eq!(lay.tables.len(), 1);
        let rows: Vec<(usize, Vec<&str>)> = lay.tables[0].rows.iter().map(|r| (r.line, r.cells.iter().map(String::as_str).take(2).collect())).collect();
        assert_eq!(rows[3..], [(8, vec!["", "Sông Cầu"]), (9, vec!["3", "UBND huyện C"]), (10, vec!["4", "UBND huyện D"])]);
        // The part's caption in the break.
        assert!(is_continued_caption("QĐ số 1/QĐ-UBND - Phụ lục chỉ tiêu (tiếp theo)"));
        assert!(is_continued_caption("PHỤ LỤC I (TIẾP THEO):"));
        assert!(!is_continued_caption("Các xã tiếp theo"));
    }

    #[test]
    fn a_table_under_a_garbled_header_takes_the_indicators_its_lead_in_lists() {
        let l = lines("Điều 1. Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, tỷ lệ thanh toán trực tuyến, tỷ lệ số\nhóa hồ sơ và tỷ lệ hồ sơ giải quyết đúng hạn năm 2025 cho các cơ quan như sau:\nTỷlệhồsơ Tÿlệthanh „ị 2 Có lệ hồ vợ\nSTT Cơ quan, đơn vị trực tuyến toán trực vài b 9 GIẢI quyế\n1 Phòng Tư pháp 72,5 45,5 90 99,5\n2 Phòng Kinh tế 62,5 50 85,5 97,5\n3 Xã Suối Đá 70 40,5 90 98,5");
        assert_eq!(
            lead_in_indicators(&l, 4).unwrap(),
            ["tỷ lệ hồ sơ trực tuyến", "tỷ lệ thanh toán trực tuyến", "tỷ lệ số hóa hồ sơ", "tỷ lệ hồ sơ giải quyết đúng hạn"]
        );
        let lay = layout(&l, Vec::new());
        assert_eq!(lay.tables.len(), 1);
        assert_eq!(
            lay.tables[0].rows[0].cells[2..],
            ["tỷ lệ hồ sơ trực tuyến", "tỷ lệ thanh toán trực tuyến", "tỷ lệ số hóa hồ sơ", "tỷ lệ hồ sơ giải quyết đúng hạn"]
        );
        assert_eq!(lay.tables[0].rows[1].cells, ["1", "Phòng Tư pháp", "72,5", "45,5", "90", "99,5"]);
        // No sentence ending in a colon above: no indicators.
        assert_eq!(lead_in_indicators(&lines("Về tỷ lệ A và tỷ lệ B.\nx"), 1), None);
    }

    #[test]
    fn raw_ocr_rows_keep_their_wrapped_names_blank_words_and_garbled_indexes() {
        let l = lines("Điều 1. Giao chỉ tiêu tỷ lệ A, tỷ lệ B và tỷ lệ C năm 2025 như sau:\nTỷlệ„ị Có lệ\n1 Phòng Tư pháp 72,5 45,5 90\n2 Phòng Lao động - Thương binh và 80 Không giao 99\nXã hội\nZ7 _ Thị trấn Hòa Lâm 65,5 _ 85\no.. Xã Suối Đá 60 ~ 80\n5 Xã Một 10 20");
        let lay = layout(&l, Vec::new());
        assert_eq!(lay.tables.len(), 1);
        let rows = cells_of(&lay.tables[0].rows[1..]);
        assert_eq!(
            rows,
            [
                vec!["1", "Phòng Tư pháp", "72,5", "45,5", "90"],
                vec!["2", "Phòng Lao động - Thương binh và Xã hội", "80", "Không giao", "99"],
                vec!["Z7", "Thị trấn Hòa Lâm", "65,5", "-", "85"],
                vec!["o..", "Xã Suối Đá", "60", "-", "80"],
            ]
        );
        // The longest run of cells with a figure are the values; a word
        // of the name ("-") is none, nor a note's figures.
        let r = noted_row("4 Phòng Lao động - Thương binh 80 x 95 Ghi chú", 0, None).unwrap();
        assert_eq!(
            (r.label.as_str(), r.values, r.note.as_str()),
            ("Phòng Lao động - Thương binh", vec!["80".to_string(), "x".into(), "95".into()], "Ghi chú")
        );
        // A garbled index only for a row as wide as those above.
        assert!(noted_row("Z7 Xã Một 10 20", 0, None).is_none());
        assert!(noted_row("Z7 Xã Một 10 20", 0, Some(3)).is_none());
        assert!(noted_row("Z7 Xã Một 10 20", 0, Some(2)).is_some());
        assert!(noted_row("Xã Một 10 20", 0, Some(2)).is_none());
    }

    #[test]
    fn an_appendix_under_a_garbled_header_takes_the_indicators_of_article_1_or_of_its_part_above() {
        let l = lines("Điều 1. Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến, tỷ lệ thanh toán trực tuyến\nnăm 2024 cho các sở (chi tiết tại Phụ lục kèm theo).\n\nĐiều 2. Thi hành.\n\nPHỤ LỤC\nTYRIS Nhnh Di\nSTT Tên đơn vị na ba\n1 Sở Tư pháp 60 45\n2 Sở Xây dựng 55 40\n3 Sở Y tế 50 40\n\nTỷ lệhồsơ rạn. St\nSTT Cơ quan Vệ\n\n4 Xã Một 47,5 25\n5 Xã Hai 52,5 30\n6 Xã Ba 40 20");
        let lay = layout(&l, Vec::new());
        let heads: Vec<&[String]> = lay.tables.iter().map(|t| &t.rows[0].cells[2..]).collect();
        assert!(!heads.is_empty());
        for h in &heads {
            assert_eq!(*h, ["tỷ lệ hồ sơ trực tuyến", "tỷ lệ thanh toán trực tuyến"]);
        }
        let names: Vec<&str> = lay.tables.iter().flat_map(|t| t.rows[1..].iter().map(|r| r.cells[1].as_str())).collect();
        assert_eq!(names, ["Sở Tư pháp", "Sở Xây dựng", "Sở Y tế", "Xã Một", "Xã Hai", "Xã Ba"]);
        // A sentence between the parts: no part above to go on.
        let l = lines("STT Tên đơn vị Tỷ lệ A Tỷ lệ B\n1 Sở Một 60 45\n2 Sở Hai 55 40\n3 Sở Ba 50 40\nVề việc khác.\nSTT Cơ quan Vệ\n4 Xã Một 47,5 25\n5 Xã Hai 52,5 30\n6 Xã Ba 52,5 30");
        assert_eq!(layout(&l, Vec::new()).tables.len(), 1);
    }

    #[test]
    fn a_garbled_header_takes_the_items_of_article_1_and_junk_cells_are_blank() {
        // Tesseract's text of a grid table: its header garbled, a rule read
        // as "|" or "_" (after a section's mark too), some cells read as
        // junk ("B70", "s=").
        let l = lines("Điều 1. Giao chỉ tiêu năm 2023 (Phụ lục kèm theo). Mục tiêu chung:\n- Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 40%.\n- Tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ\ncó thu phí đạt tối thiểu 30%.\n- Tỷ lệ số hóa kết quả giải quyết thủ tục hành chính đạt 100%.\n\nĐiều 2. Thi hành.\n\nPHỤ LỤC\nHH ng To nhe hy ngy| TẾdhóa\nSTT Tên đơn vị te co optloddts ðRSE | MÉXos\nA_ |Sở, ban, ngành tỉnh\n1 |Sở Kế hoạch và Đầu tư 60 45 100\n2_ |Sở Tư pháp B70 40 100\n3 |Sở Công Thương 60 s= 100\n4_ | Sở Giao thông vận tải 90 45 100");
        let t = &layout(&l, Vec::new()).tables[0];
        assert_eq!(
            t.rows[0].cells[2..],
            [
                "Tỷ lệ hồ sơ trực tuyến",
                "Tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có thu phí",
                "Tỷ lệ số hóa kết quả giải quyết thủ tục hành chính"
            ]
        );
        assert_eq!(
            cells_of(&t.rows[1..]),
            [
                vec!["A", "Sở, ban, ngành tỉnh", "", "", ""],
                vec!["1", "Sở Kế hoạch và Đầu tư", "60", "45", "100"],
                vec!["2", "Sở Tư pháp", "", "40", "100"],
                vec!["3", "Sở Công Thương", "60", "", "100"],
                vec!["4_", "Sở Giao thông vận tải", "90", "45", "100"],
            ]
        );
        // A plain word before the figures ends the name: no junk cell; the
        // row one figure short has its blank where its figures fit the
        // columns (here the first), and one two short is left out.
        let l = lines("STT Tên đơn vị Tỷ lệ A Tỷ lệ B Tỷ lệ C\n1 Sở Một 60 45 100\n2 Sở Hai 55 40 100\n3 Sở Ba Nà 40 100\n4 Sở Bốn 50 40 100\n5 Sở Năm 100");
        let lay = layout(&l, Vec::new());
        let rows: Vec<&[String]> = lay.tables[0].rows[1..].iter().map(|r| &r.cells[1..]).collect();
        assert_eq!(
            rows,
            [
                &["Sở Một", "60", "45", "100"][..],
                &["Sở Hai", "55", "40", "100"],
                &["Sở Ba Nà", "", "40", "100"],
                &["Sở Bốn", "50", "40", "100"]
            ]
        );
        // Figures that fit no place plainly better than another: left out.
        assert_eq!(blank_cell(&["50".into(), "50".into()], &[50.0, 50.0, 50.0]), None);
    }

    #[test]
    fn a_second_header_row_a_converter_slid_left_goes_back_under_its_spanning_cell() {
        let l = lines("| STT | Đơn vị | Chỉ tiêu năm 2026 (%) | | | Ghi chú |\n|---|---|---|---|---|---|\n| Tỷ lệ A | Tỷ lệ B | Tỷ lệ C | | | |\n| 1 | Sở Tư pháp | 75 | 100 | 60 | |\n| 2 | Sở Y tế | 70 | 90 | \\- | Mới |");
        let t = &layout(&l, Vec::new()).tables[0];
        assert_eq!(cells_of(&t.rows[1..2]), [vec!["", "", "Tỷ lệ A", "Tỷ lệ B", "Tỷ lệ C", ""]]);
        // A second row that does not fill the span, or under blank cells,
        // or a row of figures, stays.
        for text in [
            "| STT | Đơn vị | Năm 2026 | | | Ghi chú |\n| Tỷ lệ A | Tỷ lệ B | | | | |\n| 1 | Sở Y tế | 75 | 100 | 60 | |",
            "| | Đơn vị | Năm 2026 | | Ghi chú |\n| Tỷ lệ A | Tỷ lệ B | | | |\n| 1 | Sở Y tế | 75 | 100 | |",
            "| STT | Đơn vị | Năm 2026 | | Ghi chú |\n| 1 | 2 | | | |\n| 1 | Sở Y tế | 75 | 100 | |",
        ] {
            let t = &layout(&lines(text), Vec::new()).tables[0];
            assert_eq!(
                t.rows[1].cells,
                text.lines().nth(1).unwrap().trim_matches('|').split('|').map(|c| c.trim().to_string()).collect::<Vec<_>>(),
                "{text}"
            );
        }
    }

    #[test]
    fn pipe_tables_drop_the_separator() {
        let l = lines("| STT | Tên |\n|---|---|\n| 1 | Sở Y tế |");
        let lay = layout(&l, Vec::new());
        assert_eq!(lay.tables[0].rows.len(), 2);
        assert_eq!(lay.tables[0].rows[1].cells, vec!["1", "Sở Y tế"]);
    }
}
