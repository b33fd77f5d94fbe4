//! Normalisation: NFC, markup residue removed (`**`, `\*`, `<b>`, `<p>`,
//! `<math>`, `[bookmark: …]`, markdown headings), space runs squeezed,
//! and OCR slips repaired by the rules in `rules/ocr.toml`.
//!
//! In: a [`Source`] as read. Out: the same lines, one for one (line numbers
//! do not move), cleaned; every repair is recorded as an `ocr_repaired`
//! warning. Tabs are kept: they separate table cells.

use std::borrow::Cow;

use once_cell::sync::Lazy;
use regex::Regex;

use crate::gate::{is_candidate, Candidates};
use crate::read::Source;
use crate::record::Warning;
use crate::rules::Rules;

static TAG: Lazy<Regex> = Lazy::new(|| Regex::new(r"(?i)</?(?:b|i|u|p|em|strong|span|math|sup|sub|br|font|div|mi|mo|mrow|mfrac)(?-u:\b)[^>]*>").unwrap());
static BOOKMARK: Lazy<Regex> = Lazy::new(|| Regex::new(r"\[bookmark:[^\]]*\]").unwrap());
static HEADING: Lazy<Regex> = Lazy::new(|| Regex::new(r"^#{1,6}\s+").unwrap());
static ESCAPE: Lazy<Regex> = Lazy::new(|| Regex::new(r"\\([*_#\[\]()<>.\-+!`|])").unwrap());

/// Normalises every line and table cell of `src` in place.
pub fn normalize(src: &mut Source, rules: &Rules) {
    let mut repairs: Vec<Warning> = Vec::new();
    for l in &mut src.lines {
        l.indent = l.text.bytes().take_while(|&b| b == b' ').count().min(usize::from(u16::MAX)) as u16;
    }
    let mut lines: Vec<(usize, &mut String)> = src.lines.iter_mut().enumerate().map(|(i, l)| (i + 1, &mut l.text)).collect();
    mend_all(&mut lines, rules, src.ocr, &mut repairs);
    for (_, l) in lines.iter_mut() {
        if let Some(parted) = part_header_columns(l) {
            **l = parted;
        }
    }
    // Cells are mended as lines are; their repairs are not told (as ever).
    let cells = src.tables.iter_mut().flat_map(|t| t.rows.iter_mut()).flat_map(|r| {
        let n = r.line + 1;
        r.cells.iter_mut().map(move |c| (n, c))
    });
    let mut cells: Vec<(usize, &mut String)> = cells.collect();
    mend_all(&mut cells, rules, src.ocr, &mut Vec::new());
    for (_, c) in cells {
        if !crate::text::is_squashed(c) {
            *c = crate::text::squash(c);
        }
    }
    src.warnings.extend(repairs);
}

/// "Số: 38/QĐ-UBND Phước Hà, ngày 15 …": the number and the place's
/// date run together.
/// (Or its subject: "Số: 934 /UBND-VHTT V/v triển khai …", a cell's two
/// lines a converter made one.)
static NUMBER_THEN_DATE: Lazy<Regex> = Lazy::new(|| Regex::new(r"^(\s*Số\s*:?\s*[0-9]*\s*/\s*[^\s,]+)\s+(\p{Lu}[^\t,]{0,40},\s*ngày|V/v\s)").unwrap());

/// A letterhead's two columns an OCR engine ran into one line, parted by
/// a tab where the right one opens: "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ
/// NGHĨA VIỆT NAM", "HUYỆN PHƯỚC HÀ Độc lập - Tự do - Hạnh phúc", "Số:
/// 38/QĐ-UBND Phước Hà, ngày 15 tháng 01 năm 2025". None for any other
/// line (most: a byte search each).
fn part_header_columns(line: &str) -> Option<String> {
    // (The searchers are built once: most lines hold neither words.)
    static MOTTO: Lazy<memchr::memmem::Finder<'static>> = Lazy::new(|| memchr::memmem::Finder::new("XÃ HỘI CHỦ"));
    static MOTTO_2: Lazy<memchr::memmem::Finder<'static>> = Lazy::new(|| memchr::memmem::Finder::new("Độc lập"));
    if line.contains('\t') {
        return None;
    }
    // The right column opens at the "CỘNG" before "XÃ HỘI CHỦ", or at
    // "Độc lập".
    let right = MOTTO.find(line.as_bytes()).and_then(|at| line[..at].rfind("CỘNG")).or_else(|| {
        MOTTO_2
            .find(line.as_bytes())
            .filter(|&at| ["Độc lập - Tự do", "Độc lập – Tự do"].iter().any(|m| line[at..].starts_with(m)))
    });
    if let Some(p) = right.filter(|&p| p > 0) {
        let left = line[..p].trim_end();
        return (left.len() < p && left.chars().any(char::is_alphabetic)).then(|| format!("{left}\t{}", &line[p..]));
    }
    if line.trim_start().starts_with("Số") {
        let c = NUMBER_THEN_DATE.captures(line)?;
        let (a, b) = (c.get(1)?, c.get(2)?);
        return Some(format!("{}\t{}", a.as_str(), &line[b.start()..]));
    }
    None
}

/// Cleans texts (each with its line number), then repairs and splits them
/// ([`mend`]); the repairs' gate reads them all at once.
fn mend_all(texts: &mut [(usize, &mut String)], rules: &Rules, ocr: bool, out: &mut Vec<Warning>) {
    for (_, t) in texts.iter_mut() {
        clean(t);
    }
    let may_repair = rules.repair_gate.lines(&texts.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>());
    for ((lineno, t), may) in texts.iter_mut().zip(may_repair) {
        mend(t, rules, may, ocr, *lineno, out);
    }
}

/// Cleans one line or cell in place, written anew only if it changes.
fn clean(text: &mut String) {
    if !is_clean(text) {
        *text = clean_dirty(text);
    }
}

/// Repairs the OCR slips of a clean line or cell (if the repairs' gate
/// let it through: `may_repair`) and (OCR'd text) splits words run
/// together, recording the repairs in `out`. The text is written anew only
/// where something changes it.
fn mend(text: &mut String, rules: &Rules, may_repair: Candidates, ocr: bool, lineno: usize, out: &mut Vec<Warning>) {
    if let Some(repaired) = (may_repair != 0).then(|| repair(text, rules, may_repair, lineno, out)).flatten() {
        *text = repaired;
    }
    if ocr {
        if let Some(split) = split_words(text, rules, lineno, out) {
            *text = split;
        }
    }
}

/// NFC, markup removed, spaces squeezed; tabs kept.
pub fn clean_line(s: &str) -> String {
    if is_clean(s) {
        return s.to_string();
    }
    clean_dirty(s)
}

/// [`clean_line`] of a line [`is_clean`] turned away.
fn clean_dirty(s: &str) -> String {
    // Only decomposed text (combining marks U+0300–U+036F, UTF-8 lead
    // bytes 0xCC/0xCD) can be other than NFC here.
    let s: Cow<str> = if s.bytes().any(|b| b == 0xCC || b == 0xCD) { crate::text::nfc(s) } else { Cow::Borrowed(s) };
    let s = if s.contains('<') { TAG.replace_all(&s, " ") } else { s };
    let s = if s.contains("[bookmark") { BOOKMARK.replace_all(&s, "") } else { s };
    let s = if s.contains('\\') { ESCAPE.replace_all(&s, "$1") } else { s };
    let s = if s.starts_with('#') { HEADING.replace(&s, "") } else { s };
    let mut out = String::with_capacity(s.len());
    let mut prev_space = false;
    let mut i = 0;
    while i < s.len() {
        // A run of bytes that open none of the chars dropped or made a
        // space (nor a space) is copied whole.
        let run = s.as_bytes()[i..]
            .iter()
            .position(|&b| matches!(b, b'*' | b' ' | b'\r' | 0xC2 | 0xE2 | 0xE3 | 0xEF))
            .unwrap_or(s.len() - i);
        if run > 0 {
            out.push_str(&s[i..i + run]);
            prev_space = false;
            i += run;
            continue;
        }
        let Some(c) = s[i..].chars().next() else { break };
        i += c.len_utf8();
        let Some(c) = cleaned_char(c) else { continue };
        if c == ' ' {
            if !prev_space {
                out.push(' ');
            }
            prev_space = true;
        } else {
            prev_space = false;
            out.push(c);
        }
    }
    let out = trimmed_cells(out);
    let out = if out.starts_with(' ') || out.ends_with(' ') { out.trim_matches([' ']).to_string() } else { out };
    if out.contains('&') {
        decode_entities(&out)
    } else {
        out
    }
}

/// A char as a clean line has it: a special space as a space; none for
/// markup ('*') and invisible marks.
fn cleaned_char(c: char) -> Option<char> {
    match c {
        '*' | '\u{200B}' | '\u{FEFF}' | '\u{00AD}' | '\r' => None,
        '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{2002}'..='\u{200A}' | '\u{3000}' => Some(' '),
        c => Some(c),
    }
}

/// Spaces around a tab are layout, not text.
fn trimmed_cells(line: String) -> String {
    if line.contains('\t') {
        line.split('\t').map(|c| c.trim()).collect::<Vec<_>>().join("\t")
    } else {
        line
    }
}

/// A line with nothing to clean: no markup characters, no special or
/// doubled spaces, no spaces at its ends or around tabs, no combining marks.
///
/// Read by [`crate::text::no_bad_byte`]: no branch but one every 32 bytes
/// (spaces, every few bytes of Vietnamese text, made a test per byte
/// mispredict).
fn is_clean(s: &str) -> bool {
    let b = s.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    // Markup; a space after a space or tab; a tab after a space.
    crate::text::no_bad_byte(b, CLASSES, |prev, class| class & MARKUP | (prev | prev >> 1) & class & SPACE | prev & class >> 1 & SPACE)
}

const MARKUP: u8 = 1;
const SPACE: u8 = 2;
const TAB: u8 = 4;

/// What [`is_clean`] tells bytes apart by: markup characters and the lead
/// bytes of special spaces and combining marks; space; tab.
const CLASSES: &crate::text::ByteClasses = &[(&[b'*', b'<', b'[', b'\\', b'#', b'&', b'\r', 0xC2, 0xCC, 0xCD, 0xE2, 0xE3, 0xEF], MARKUP), (b" ", SPACE), (b"\t", TAB)];

fn decode_entities(s: &str) -> String {
    s.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// OCR'd text: words run together split apart ("Têncơ" → "Tên cơ").
fn split_words(line: &str, rules: &Rules, lineno: usize, out: &mut Vec<Warning>) -> Option<String> {
    let (text, done) = rules.syllables.split_line(line)?;
    let list = done.iter().map(|(was, now)| format!("{was:?} → {now:?}")).collect::<Vec<_>>().join(", ");
    out.push(Warning::new("ocr_repaired", format!("words run together split: {list}"), Some(lineno)));
    Some(text)
}

/// Applies the OCR repairs to one line, recording those that changed it;
/// `None` when none did.
fn repair(line: &str, rules: &Rules, candidates: Candidates, lineno: usize, out: &mut Vec<Warning>) -> Option<String> {
    let mut text: Option<String> = None;
    for (i, r) in rules.repairs.iter().enumerate() {
        // Until a repair changes the line, only the gate's candidates can
        // match it; a repaired line may be matched by any later repair.
        if text.is_none() && !is_candidate(candidates, i) {
            continue;
        }
        let cur = text.as_deref().unwrap_or(line);
        if !r.find.is_match(cur) {
            continue;
        }
        let next = r.find.replace_all(cur, r.replace.as_str());
        if next != cur {
            let (was, now) = excerpt(cur, &next);
            out.push(Warning::new("ocr_repaired", format!("{}: {was:?} → {now:?}", r.why), Some(lineno)));
            text = Some(next.into_owned());
        }
    }
    text
}

/// The differing middle of two strings, for a readable repair message.
fn excerpt<'a>(a: &'a str, b: &'a str) -> (&'a str, &'a str) {
    let pre = a.char_indices().zip(b.chars()).find(|((_, x), y)| x != y).map_or(a.len().min(b.len()), |((i, _), _)| i);
    let pre = floor_word(a, pre);
    let suf = a[pre..].chars().rev().zip(b[pre..].chars().rev()).take_while(|(x, y)| x == y).map(|(x, _)| x.len_utf8()).sum::<usize>();
    let a_end = ceil_word(a, a.len() - suf);
    let b_end = ceil_word(b, b.len() - suf.min(b.len() - pre));
    (clip(&a[pre..a_end.max(pre)]), clip(&b[pre..b_end.max(pre)]))
}

fn clip(s: &str) -> &str {
    s.char_indices().nth(40).map_or(s, |(i, _)| &s[..i])
}

fn floor_word(s: &str, i: usize) -> usize {
    s[..i].rfind(' ').map_or(0, |p| p + 1)
}

fn ceil_word(s: &str, i: usize) -> usize {
    s[i..].find(' ').map_or(s.len(), |p| i + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A line's repairs, as the gate lets them through.
    fn repair(line: &str, rules: &Rules, lineno: usize, out: &mut Vec<Warning>) -> Option<String> {
        super::repair(line, rules, rules.repair_gate.candidates(line), lineno, out)
    }
    use proptest::prelude::*;

    // `is_clean` as first written, byte by byte: the test by blocks must
    // agree (strings past 32 bytes: blocks and their boundaries).
    fn clean_as_written(s: &str) -> bool {
        let b = s.as_bytes();
        if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
            return false;
        }
        let mut prev = 0u8;
        for &c in b {
            match c {
                b'*' | b'<' | b'[' | b'\\' | b'#' | b'&' | b'\r' | 0xC2 | 0xCC | 0xCD | 0xE2 | 0xE3 | 0xEF => return false,
                b' ' if prev == b' ' || prev == b'\t' => return false,
                b'\t' if prev == b' ' => return false,
                _ => {}
            }
            prev = c;
        }
        true
    }

    // The spaces and marks squeezed as first written, char by char: the
    // reading by runs of bytes must agree.
    fn squeezed_as_written(s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        let mut prev_space = false;
        for c in s.chars().filter_map(cleaned_char) {
            if c == ' ' {
                if !prev_space {
                    out.push(' ');
                }
                prev_space = true;
            } else {
                prev_space = false;
                out.push(c);
            }
        }
        trimmed_cells(out).trim_matches([' ']).to_string()
    }

    proptest! {
        #[test]
        fn lines_are_squeezed_as_char_by_char(s in "[a-zđơ \t*\r\u{a0}\u{ad}\u{2002}\u{2007}\u{200b}\u{2013}\u{201c}\u{202f}\u{3000}\u{feff}ệ–…]{0,80}") {
            prop_assert_eq!(clean_line(&s), squeezed_as_written(&s), "{:?}", s);
        }
    }

    proptest! {
        #[test]
        fn the_clean_test_reads_every_notable_byte(s in "[a-zA-Zđơ \t*<\\[#&\r\u{a0}\u{300}\u{2002}\u{3000}\u{feff}ệ]{0,100}") {
            prop_assert_eq!(is_clean(&s), clean_as_written(&s), "{:?}", s);
        }
    }

    #[test]
    fn markup_residue_goes_and_cells_stay() {
        assert_eq!(clean_line("**ỦY BAN NHÂN DÂN  "), "ỦY BAN NHÂN DÂN");
        assert_eq!(clean_line("<b>I</b>\t<b>Triển khai</b>\t\t"), "I\tTriển khai\t\t");
        assert_eq!(clean_line("[bookmark: _GoBack]Căn cứ"), "Căn cứ");
        assert_eq!(clean_line("*\\* Thủ trưởng*"), "Thủ trưởng");
        assert_eq!(clean_line("Theo công thức (<math>b/a</math>)"), "Theo công thức ( b/a )");
        assert_eq!(clean_line("## 2. Các địa phương:"), "2. Các địa phương:");
        assert_eq!(clean_line("ngày        tháng"), "ngày tháng");
    }

    #[test]
    fn a_letterhead_ocr_ran_into_one_line_is_parted() {
        assert_eq!(
            part_header_columns("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").as_deref(),
            Some("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        );
        assert_eq!(
            part_header_columns("HUYỆN PHƯỚC HÀ Độc lập - Tự do - Hạnh phúc").as_deref(),
            Some("HUYỆN PHƯỚC HÀ\tĐộc lập - Tự do - Hạnh phúc")
        );
        assert_eq!(
            part_header_columns("Số: 38/QĐ-UBND Phước Hà, ngày 15 tháng 01 năm 2025").as_deref(),
            Some("Số: 38/QĐ-UBND\tPhước Hà, ngày 15 tháng 01 năm 2025")
        );
        // Lines already parted, the motto alone, and body text stay.
        assert_eq!(part_header_columns("Số: 38/QĐ-UBND\tPhước Hà, ngày 15"), None);
        assert_eq!(part_header_columns("Số: 934 /UBND-VHTT V/v triển khai").as_deref(), Some("Số: 934 /UBND-VHTT\tV/v triển khai"));
        assert_eq!(part_header_columns("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), None);
        assert_eq!(part_header_columns("Số hồ sơ trực tuyến đạt 50%, ngày càng tăng"), None);
        assert_eq!(part_header_columns("Kỷ niệm ngày Độc lập 2/9"), None);
    }

    #[test]
    fn nfd_becomes_nfc() {
        let nfd: String = unicode_normalization::UnicodeNormalization::nfd("Quyết định").collect();
        assert_eq!(clean_line(&nfd), "Quyết định");
    }

    #[test]
    fn repairs_are_recorded_only_when_they_change_the_line() {
        let rules = Rules::builtin().unwrap();
        let mut w = Vec::new();
        assert_eq!(repair("KS. CHỦ TỊCH", &rules, 3, &mut w).as_deref(), Some("KT. CHỦ TỊCH"));
        assert_eq!(repair("CHU TỊCH", &rules, 3, &mut Vec::new()).as_deref(), Some("CHỦ TỊCH"));
        assert_eq!(repair("PHÓ CHỦ TICH", &rules, 3, &mut Vec::new()).as_deref(), Some("PHÓ CHỦ TỊCH"));
        assert_eq!(repair("CHU TỊCH UBND XÃ", &rules, 3, &mut Vec::new()), None);
        assert_eq!(repair("Chu Tịch Sơn", &rules, 3, &mut Vec::new()), None);
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].line, Some(3));
        let mut w = Vec::new();
        assert_eq!(repair("Số: 12/QĐ-UBND", &rules, 1, &mut w), None);
        assert!(w.is_empty());
        assert_eq!(
            repair("kết nối với Công dịch vụ công quốc gia", &rules, 1, &mut w).as_deref(),
            Some("kết nối với Cổng dịch vụ công quốc gia")
        );
        assert_eq!(repair("Số: 12/QÐ-UBND", &rules, 1, &mut w).as_deref(), Some("Số: 12/QĐ-UBND"));
        assert_eq!(repair("1\tSở Y tế\t8O%\tl00%", &rules, 1, &mut w).as_deref(), Some("1\tSở Y tế\t80%\t100%"));
        // A decimal after the misread 1; a per cent sign read "°/o".
        assert_eq!(repair("thanh toán đạt l2,6%; đạt 45°/o.", &rules, 1, &mut w).as_deref(), Some("thanh toán đạt 12,6%; đạt 45%."));
        // The number's slash lost, on the number line only.
        assert_eq!(repair("Số: UBND-VX", &rules, 1, &mut w).as_deref(), Some("Số: /UBND-VX"));
        assert_eq!(
            repair("Số: 55 KH-UBND\tHà Nội, ngày 2 tháng 3 năm 2024", &rules, 1, &mut w).as_deref(),
            Some("Số: 55/KH-UBND\tHà Nội, ngày 2 tháng 3 năm 2024")
        );
        assert_eq!(repair("Số: 55/KH-UBND", &rules, 1, &mut w), None);
        assert_eq!(repair("Có 12 HĐ-NN được ký", &rules, 1, &mut w), None);
        // Cells of figures without "%": "8O", "1OO", "l00", and an index
        // "1l" after row 10; words are left.
        assert_eq!(repair("1l\tHuyện A\t5O\t1OO\tI00\t80 9o", &rules, 1, &mut w).as_deref(), Some("11\tHuyện A\t50\t100\t100\t80%"));
        assert_eq!(repair("Phòng lO", &rules, 1, &mut w), None);
        // Two slips in one figure: a hundred in letters, its per cent sign
        // as "o/o".
        assert_eq!(repair("1\tSở Tư pháp\t80 o/o\tl00 o/o", &rules, 1, &mut w).as_deref(), Some("1\tSở Tư pháp\t80%\t100%"));
        // A 1 read as l, I or | before a per cent sign: at a line's start,
        // after a space or a tab; not inside a word.
        assert_eq!(repair("|00% hồ sơ", &rules, 1, &mut w).as_deref(), Some("100% hồ sơ"));
        assert_eq!(repair("đạt I00 %;\t|00%", &rules, 1, &mut w).as_deref(), Some("đạt 100 %;\t100%"));
        assert_eq!(repair("Mẫu A|00%", &rules, 1, &mut w), None);
        assert_eq!(repair("Mẫu số 2A, 3Oa và ISO", &rules, 1, &mut w), None);
        // A per cent sign read as a 9 after a figure: over 100 after a
        // value word, the clause ending; not a count, a year or 99.
        assert_eq!(repair("bảo đảm đạt tối thiểu 759.", &rules, 1, &mut w).as_deref(), Some("bảo đảm đạt tối thiểu 75%."));
        assert_eq!(repair("đạt 1009; từ 309 trở lên", &rules, 1, &mut w).as_deref(), Some("đạt 100%; từ 30% trở lên"));
        assert_eq!(repair("đạt 199 hồ sơ; đạt 99.", &rules, 1, &mut w), None);
        assert_eq!(repair("từ năm 2019.", &rules, 1, &mut w), None);
    }

    #[test]
    fn specks_before_a_capital_and_a_tilde_for_a_dash_are_repaired() {
        let rules = Rules::builtin().unwrap();
        let mut w = Vec::new();
        assert_eq!(repair("'Võ Ngọc Hiệp", &rules, 3, &mut w).as_deref(), Some("Võ Ngọc Hiệp"));
        assert_eq!(repair("2\t‘Tỷ lệ thanh toán trực tuyến\t60", &rules, 3, &mut w).as_deref(), Some("2\tTỷ lệ thanh toán trực tuyến\t60"));
        assert_eq!(repair("~ Văn phòng Chính phủ;", &rules, 3, &mut w).as_deref(), Some("- Văn phòng Chính phủ;"));
        // An apostrophe inside a line, or before a small letter, stays.
        assert_eq!(repair("Cổng 'Một cửa' tỉnh", &rules, 3, &mut w), None);
        assert_eq!(repair("'n' lần", &rules, 3, &mut w), None);
        assert_eq!(w.len(), 3);
    }

    #[test]
    fn letters_read_for_digits_in_a_number_and_a_scanning_apps_mark_are_repaired() {
        let rules = Rules::builtin().unwrap();
        let mut w = Vec::new();
        assert_eq!(repair("Sô: 4l2 /QĐ-UBND", &rules, 5, &mut w).as_deref(), Some("Số: 412 /QĐ-UBND"));
        assert_eq!(repair("Sổ: 1234/QĐ-UBND\t\tLào Cai", &rules, 5, &mut w).as_deref(), Some("Số: 1234/QĐ-UBND\t\tLào Cai"));
        assert_eq!(repair("So; 56/KH-UBND", &rules, 5, &mut w).as_deref(), Some("Số: 56/KH-UBND"));
        // (A book's "Sổ:" before words is none.)
        assert_eq!(repair("Sổ: theo dõi hồ sơ", &rules, 5, &mut w), None);
        assert_eq!(repair("Điện Biên, ngày O5 tháng 3 năm 2O24", &rules, 5, &mut w).as_deref(), Some("Điện Biên, ngày 05 tháng 3 năm 2024"));
        assert_eq!(repair("huyện\t2l,6\t40", &rules, 9, &mut w).as_deref(), Some("huyện\t21,6\t40"));
        assert_eq!(repair("Cần Thơ, ngày 2O tháng 8 năm 2O2l", &rules, 4, &mut w).as_deref(), Some("Cần Thơ, ngày 20 tháng 8 năm 2021"));
        assert_eq!(
            repair("     l. Các sở, ban, ngành thành phố:", &rules, 26, &mut w).as_deref(),
            Some("     1. Các sở, ban, ngành thành phố:")
        );
        assert_eq!(repair("           Scanned with CamScanner", &rules, 9, &mut w).as_deref(), Some(""));
        // A row's index 1 read as l before its name and figures; not a
        // line of words.
        assert_eq!(repair("l Thành phố Hội An 45 30 55,5 100", &rules, 9, &mut w).as_deref(), Some("1 Thành phố Hội An 45 30 55,5 100"));
        assert_eq!(repair("l Thành phố Hội An", &rules, 9, &mut w), None);
        // Words, and a code of letters and digits, are no numbers.
        assert_eq!(repair("Lô l, lô O; khí CO2 và mẫu I2O", &rules, 9, &mut w), None);
        assert_eq!(repair("Trang ảnh CamScanner đã tải", &rules, 9, &mut w), None);
    }

    #[test]
    fn subject_mark_and_month_word_of_a_scan_are_repaired() {
        let rules = Rules::builtin().unwrap();
        let mut w = Vec::new();
        assert_eq!(repair("V/w triển khai Quyết định", &rules, 7, &mut w).as_deref(), Some("V/v triển khai Quyết định"));
        assert_eq!(repair("V|v triển khai", &rules, 7, &mut w).as_deref(), Some("V/v triển khai"));
        assert_eq!(repair("V/v triển khai", &rules, 7, &mut w), None);
        assert_eq!(repair("V/V TRIỂN KHAI", &rules, 7, &mut w), None);
        assert_eq!(repair("Vạn Ninh, ngày 03 thắng 5 năm 2019", &rules, 6, &mut w).as_deref(), Some("Vạn Ninh, ngày 03 tháng 5 năm 2019"));
        assert_eq!(repair("Vạn Ninh, ngày 03 tháng 5 năm 2019", &rules, 6, &mut w), None);
        // "thắng" elsewhere is a word of its own.
        assert_eq!(repair("đội thắng 3 trận", &rules, 6, &mut w), None);
        assert_eq!(w.len(), 3);
    }

    #[test]
    fn o_horn_before_ng_after_a_consonant_is_o_circumflex() {
        let rules = Rules::builtin().unwrap();
        let mut w = Vec::new();
        assert_eq!(repair("Sở Thơng tin và Truyền thơng", &rules, 4, &mut w).as_deref(), Some("Sở Thông tin và Truyền thông"));
        assert_eq!(
            repair("Cổng Dịch vụ cơng; Cơng an tỉnh khơng", &rules, 4, &mut w).as_deref(),
            Some("Cổng Dịch vụ công; Công an tỉnh không")
        );
        // ương is a rhyme of its own.
        assert_eq!(repair("Trường, Phương, Dương, thường xuyên, tượng", &rules, 4, &mut w), None);
    }

    #[test]
    fn a_zero_inside_a_word_in_capitals_is_an_o() {
        let rules = Rules::builtin().unwrap();
        let mut w = Vec::new();
        assert_eq!(repair("KẾ H0ẠCH TRIỂN KHAI", &rules, 2, &mut w).as_deref(), Some("KẾ HOẠCH TRIỂN KHAI"));
        assert_eq!(w.len(), 1);
        // Figures and symbols keep their zeros.
        assert_eq!(repair("Số: 105/QĐ-UBND", &rules, 2, &mut w), None);
        assert_eq!(repair("Đạt 100% trở lên", &rules, 2, &mut w), None);
    }
}
