//! Segmentation: one input can hold several documents (a district dispatch,
//! the provincial decision it forwards, that decision's appendix). A new
//! document starts at a header — the number line "Số: …/…" and the national
//! motto, with the issuer block above them; an appendix ("PHỤ LỤC", "Phụ
//! lục II") belongs to the document before it.
//!
//! In: normalised lines. Out: [`Segment`]s, line ranges in file order.

use once_cell::sync::Lazy;
use regex::Regex;

use crate::read::Line;
use crate::text::{fold, fold_char, fold_head, is_upper_line};

/// The number line: "Số: 1713/QĐ-UBND", "Số: 362 /UBND-VP", "Số: /UBND-VX".
pub static NUMBER_LINE: Lazy<Regex> = Lazy::new(|| Regex::new(r"^Số\s*:?\s*(?P<serial>[0-9][0-9A-Za-z]*(?:-[A-ZĐ]+)?)?\s*/\s*(?P<symbol>[0-9A-ZĐa-zđ][0-9A-ZĐa-zđ.&/\-]*)\s*$").unwrap());

/// The words an appendix caption opens with.
const APPENDIX_HEADS: [&str; 6] = ["PHỤ LỤC", "Phụ lục", "PHỤ BIỂU", "Phụ biểu", "BIỂU", "Biểu"];

static APPENDIX: Lazy<Regex> = Lazy::new(|| Regex::new(&format!(r"^(?:{})(?:\s+(?:số\s+)?(?:[IVXLC]+|\d+[a-z]?))?\s*[:.\-–]?\s*(?P<rest>.*)$", APPENDIX_HEADS.join("|"))).unwrap());

/// One document's lines.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    /// First line index.
    pub start: usize,
    /// One past the last line index.
    pub end: usize,
    /// One past the last line of the body (the first appendix starts here).
    pub body_end: usize,
    /// Appendices as line ranges `[start, end)`.
    pub appendices: Vec<(usize, usize)>,
}

/// The text fragments of a line: its tab-separated cells (or the cells of
/// a markdown pipe row), trimmed.
pub fn fragments(line: &str) -> impl Iterator<Item = &str> {
    let sep = if line.trim_start().starts_with('|') { '|' } else { '\t' };
    line.split(sep).map(str::trim).filter(|s| !s.is_empty())
}

/// Whether a fragment is the national motto or its second line.
pub fn is_motto(s: &str) -> bool {
    let f = fold_head(s, MOTTO.len());
    f.starts_with(MOTTO) || f.starts_with(MOTTO_2)
}

/// The national motto's two lines, folded.
pub const MOTTO: &str = "cong hoa xa hoi chu nghia viet nam";
pub const MOTTO_2: &str = "doc lap tu do hanh phuc";

fn is_number_line(line: &str) -> bool {
    memchr::memmem::find(line.as_bytes(), "Số".as_bytes()).is_some() && fragments(line).any(|f| f.len() < 80 && f.starts_with("Số") && NUMBER_LINE.is_match(f))
}

fn has_motto(line: &str) -> bool {
    if line.len() < MOTTO.len() {
        return false;
    }
    // A char folds to one char at most: a fragment shorter than the motto
    // cannot fold to it. Its first two letters tell most lines apart
    // ("Các", "Căn cứ") before a fold.
    fragments(line).any(|f| f.len() >= MOTTO.len() && f.starts_with(['C', 'c']) && f[1..].chars().next().and_then(fold_char) == Some('o') && fold_head(f, MOTTO.len()).starts_with(MOTTO))
}

/// Whether a line can sit in a header block (issuer, motto, blank).
fn header_like(line: &str) -> bool {
    fragments(line).all(|f| is_motto(f) || is_upper_line(f) || f.chars().all(|c| !c.is_alphanumeric()))
}

/// Whether a line opens an appendix.
pub fn is_appendix_start(line: &str) -> bool {
    // The heads APPENDIX requires, told before the line is split and the
    // pattern runs: the first fragment opens at the first char that is no
    // space or cell mark.
    let opening = line.trim_start_matches(|c: char| c.is_whitespace() || c == '|');
    if !APPENDIX_HEADS.iter().any(|h| opening.starts_with(h)) {
        return false;
    }
    let mut frags = fragments(line);
    let Some(first) = frags.next() else { return false };
    let Some(c) = APPENDIX.captures(first) else { return false };
    let rest = c.name("rest").map_or("", |m| m.as_str());
    // "Biểu" alone is a common word; require the upper-case form or a number.
    let head = &first[..first.len() - rest.len()];
    let word_only = fold(head).split(' ').count() <= 2 && !head.chars().any(|ch| ch.is_ascii_digit()) && !head.contains(['I', 'V', 'X']);
    if word_only && fold(head).starts_with("bieu") && !is_upper_line(head) {
        return false;
    }
    rest.is_empty() || is_upper_line(rest) || rest.starts_with('(')
}

/// Splits lines into documents.
pub fn segment(lines: &[Line]) -> Vec<Segment> {
    // Anchors of a header: number lines and motto lines, clustered.
    let anchors: Vec<usize> = (0..lines.len()).filter(|&i| is_number_line(&lines[i].text) || has_motto(&lines[i].text)).collect();
    let mut starts: Vec<usize> = Vec::new();
    let mut last_anchor: Option<usize> = None;
    let mut cluster_has_number = false;
    for &a in &anchors {
        let number = is_number_line(&lines[a].text);
        let same_cluster = last_anchor.is_some_and(|l| a - l <= 12 && !(number && cluster_has_number));
        if !same_cluster {
            // Walk back over the issuer block and blank lines.
            let floor = starts.last().map_or(0, |&s| s + 1);
            let mut s = a;
            while s > floor && header_like(&lines[s - 1].text) {
                s -= 1;
            }
            while s < a && lines[s].text.trim().is_empty() {
                s += 1;
            }
            starts.push(s);
            cluster_has_number = number;
        } else {
            cluster_has_number |= number;
        }
        last_anchor = Some(a);
    }
    if starts.first() != Some(&0) {
        // Text before the first header belongs to the first document.
        if starts.is_empty() {
            starts.push(0);
        } else {
            starts[0] = 0;
        }
    }
    let mut out = Vec::with_capacity(starts.len());
    for (k, &s) in starts.iter().enumerate() {
        let e = starts.get(k + 1).copied().unwrap_or(lines.len());
        let found: Vec<usize> = (s + 1..e).filter(|&i| is_appendix_start(&lines[i].text)).collect();
        // ("Biểu 1. KẾT QUẢ …" over a table in a report's body: the body's
        // recipients after it, before the next appendix, tell a caption.)
        let recipients = |i: usize| fragments(&lines[i].text).next().is_some_and(|f| fold_head(f, 8).starts_with("noi nhan"));
        let app: Vec<usize> = found
            .iter()
            .enumerate()
            .filter(|&(j, &a)| !(a + 1..found.get(j + 1).copied().unwrap_or(e)).any(recipients))
            .map(|(_, &a)| a)
            .collect();
        let appendices: Vec<(usize, usize)> = app.iter().enumerate().map(|(j, &a)| (a, app.get(j + 1).copied().unwrap_or(e))).collect();
        let body_end = app.first().copied().unwrap_or(e);
        out.push(Segment {
            start: s,
            end: e,
            body_end,
            appendices,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(s: &str) -> Vec<Line> {
        crate::read::plain_lines(s)
    }

    #[test]
    fn a_table_s_caption_before_the_recipients_opens_no_appendix() {
        let l = lines("ỦY BAN NHÂN DÂN\nTỈNH A\nSố: 12/BC-UBND\nBÁO CÁO\nI. KẾT QUẢ\nBiểu 1. KẾT QUẢ NĂM 2022\nSTT\tChỉ tiêu\nII. NHIỆM VỤ\nNơi nhận:\n- Lưu: VT.\nBiểu 2\nSTT\tChỉ tiêu");
        let s = segment(&l);
        assert_eq!(s.len(), 1);
        assert_eq!((s[0].body_end, s[0].appendices.clone()), (10, vec![(10, 12)]));
    }

    #[test]
    fn dispatch_then_decision_then_appendix() {
        let l = lines(
            "ỦY BAN NHÂN DÂN\nHUYỆN A\nSố: 362 /UBND-VP\nV/v x\nNội dung.\nLê Văn B\n\nỦY BAN NHÂN DÂN\nTỈNH C\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1713/QĐ-UBND\nQUYẾT ĐỊNH\nĐiều 1.\nPHỤ LỤC\nSTT\tTên",
        );
        let s = segment(&l);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].start, 0);
        assert_eq!(s[1].start, 7);
        assert_eq!(s[1].appendices, vec![(14, 16)]);
        assert_eq!(s[1].body_end, 14);
    }

    #[test]
    fn number_lines() {
        for ok in [
            "Số: 1713/QĐ-UBND",
            "Số: 362 /UBND-VP",
            "Số: /UBND-VX",
            "Số:           /KH-UBND",
            "Số: 11132A/KH-UBND",
            "Số: 107/2021/NĐ-CP",
            "Số: 22-NQ/TU",
        ] {
            assert!(NUMBER_LINE.is_match(ok), "{ok}");
        }
        assert!(!NUMBER_LINE.is_match("Số lượng hồ sơ: 12"));
    }

    #[test]
    fn appendix_lines() {
        assert!(is_appendix_start("PHỤ LỤC"));
        assert!(is_appendix_start(" Phụ lục I"));
        assert!(is_appendix_start("Phụ lục II"));
        assert!(is_appendix_start("PHỤ LỤC 2: DANH SÁCH"));
        // Behind empty cells, tab- or pipe-separated.
        assert!(is_appendix_start("\t \tPHỤ LỤC"));
        assert!(is_appendix_start("| | Phụ lục II |"));
        assert!(!is_appendix_start("| Sở Y tế | PHỤ LỤC |"));
        assert!(!is_appendix_start("Phụ lục kèm theo văn bản này, các cơ quan"));
        assert!(!is_appendix_start("Biểu dương các đơn vị"));
    }
}
