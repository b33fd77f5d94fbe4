//! Header fields: number, serial, symbol, type, issuer, place, date,
//! subject, signer, recipients and references of one document.
//!
//! In: the lines of one segment's body. Out: a [`Header`], plus the lines
//! the header occupies (so that prose reading skips them).

use once_cell::sync::Lazy;
use regex::Regex;

use crate::read::Line;
use crate::record::{Reference, Signer};
use crate::rules::Rules;
use crate::segment::{fragments, is_motto, NUMBER_LINE};
use crate::text::{capitalize_first, fold, fold_head, is_upper_line, squash, title_case, PartialDate};

/// Header fields of one document.
#[derive(Debug, Clone, Default)]
pub struct Header {
    /// "1713/QĐ-UBND"; `None` when the serial is blank.
    pub number: Option<String>,
    /// "1713".
    pub serial: Option<String>,
    /// "QĐ-UBND".
    pub symbol: Option<String>,
    /// Type id.
    pub doc_type: String,
    /// Issuing body.
    pub issuer: Option<String>,
    /// Place before the date.
    pub place: Option<String>,
    /// Date, full or partial.
    pub date: Option<PartialDate>,
    /// Trích yếu.
    pub subject: Option<String>,
    /// Signature.
    pub signer: Option<Signer>,
    /// Kính gửi / Nơi nhận.
    pub recipients: Vec<String>,
    /// Cited documents.
    pub references: Vec<Reference>,
    /// Line of the number, if found.
    pub number_line: Option<usize>,
    /// Line of the date, if found.
    pub date_line: Option<usize>,
    /// Lines that are header, not body text.
    pub header_lines: Vec<usize>,
    /// The number as written, when a slip in it was mended ("805/QĐĐ-UBND").
    pub number_as_written: Option<String>,
}

/// The place-and-date line: "Kiên Giang, ngày 07 tháng 7 năm 2023" →
/// (place, what follows "ngày"). The place is 2 to 40 chars before the
/// first comma, without figures; "ngày" is a word of its own. (Read by
/// hand: as a pattern, the 40-char bound made a capture search cost more
/// than the rest of the header.)
fn date_line(text: &str) -> Option<(&str, &str)> {
    let comma = text.find(',')?;
    let place = &text[..comma];
    let n = place.chars().count();
    if !(2..=40).contains(&n) || place.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let rest = text[comma + 1..].trim_start().strip_prefix("ngày")?;
    rest.chars().next().is_none_or(|c| !c.is_alphabetic()).then_some((place, rest))
}
static CAPACITY: Lazy<Regex> = Lazy::new(|| Regex::new(r"^(?P<c>TM|KT|TL|TUQ|Q)\s*\.\s*(?P<rest>.+)$").unwrap());
/// A document number in running text: "107/2021/NĐ-CP", "22-NQ/TU".
static REF_NUM: Lazy<Regex> = Lazy::new(|| Regex::new(r"(?-u:\b)\d+[A-Za-z]?(?:-[A-ZĐ]+)?\s?/\s?(?:\d{4}/)?[A-ZĐ][A-Za-zĐđ0-9.&]*(?:-[A-ZĐ0-9][A-Za-zĐđ0-9.&]*)*").unwrap());
/// Type words that may precede a cited number, longest first.
const REF_TYPES: &[&str] = &[
    "Thông tư liên tịch",
    "Thông báo kết luận",
    "Chương trình",
    "Nghị quyết",
    "Quyết định",
    "Nghị định",
    "Hướng dẫn",
    "Thông báo",
    "Công điện",
    "Thông tư",
    "Kế hoạch",
    "Công văn",
    "Văn bản",
    "Tờ trình",
    "Báo cáo",
    "Quy định",
    "Quy chế",
    "Chỉ thị",
    "Đề án",
    "Luật",
];

/// The type word right before a cited number ("Quyết định số 17/…").
fn type_word_before(head: &str) -> Option<&'static str> {
    let mut h = head.trim_end();
    for suffix in ["số:", "số :", "số"] {
        if let Some(x) = h.strip_suffix(suffix) {
            h = x.trim_end();
            break;
        }
    }
    REF_TYPES.iter().copied().find(|t| h.ends_with(t))
}

/// What may follow a number: its date, its issuer.
/// Words that end a cited document's issuer ("… của Bộ Nội vụ về việc …").
const ISSUER_ENDS: &[&str] = &["về", "và", "sửa", "quy định", "hướng dẫn", "ban hành", "phê duyệt", "triển khai", "giao", "tại"];

/// A fragment of text with the line it sits on.
#[derive(Clone, Copy)]
struct Frag<'a> {
    line: usize,
    text: &'a str,
    /// The fragment ends a paragraph (a blank line or the end follows).
    ends_par: bool,
}

fn frags(lines: &[Line], start: usize, end: usize) -> Vec<Frag<'_>> {
    let mut out: Vec<Frag> = Vec::with_capacity(end.saturating_sub(start));
    for i in start..end {
        let next_blank = i + 1 >= end || lines[i + 1].text.trim().is_empty();
        let from = out.len();
        for f in fragments(&lines[i].text) {
            // (A letterhead run into one line stands at the top.)
            match (i < start + LETTERHEAD_LINES).then(|| unrun_letterhead(f)).flatten() {
                Some(parts) => out.extend(parts.into_iter().map(|text| Frag { line: i, text, ends_par: true })),
                None => match unrun_signature(f).or_else(|| unrun_name(f)) {
                    Some((recipient, block)) => out.extend([recipient, block].map(|text| Frag { line: i, text, ends_par: true })),
                    None => out.push(Frag { line: i, text: f, ends_par: true }),
                },
            }
        }
        // A line's fragments but its last end no paragraph where a
        // non-blank line follows.
        if let Some(last) = out.len().checked_sub(1).filter(|&l| l >= from) {
            out[last].ends_par = next_blank;
        }
    }
    out
}

/// How many lines from a document's start a letterhead may stand in.
const LETTERHEAD_LINES: usize = 12;

/// The parts of a letterhead a copy ran into one line, each its own
/// fragment: "ỦY BAN NHÂN DÂN **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH
/// HÀ TĨNH Độc lập - Tự do - Hạnh phúc** Số: 118/KH-UBND _Hà Tĩnh, ngày 22
/// tháng 3 năm 2024_" → the issuer's lines, the motto's, the number and
/// the place and date. None for a fragment that is no such run.
fn unrun_letterhead(f: &str) -> Option<Vec<&str>> {
    // (A run holds the motto past its start and a date, or the number
    // after the issuer's capitals.)
    let number_at = f
        .match_indices("Số")
        .map(|(p, _)| p)
        .find(|&p| p > 0 && f[p + "Số".len()..].trim_start_matches([':', ' ']).starts_with(|c: char| c.is_ascii_digit() || c == '/'));
    let after_issuer = number_at.is_some_and(|p| is_upper_line(f[..p].trim_matches(|c: char| c.is_whitespace() || c == '*')));
    if !after_issuer && (f.len() < 60 || !f.contains("ngày") || !f.contains("CỘNG H")) {
        return None;
    }
    let (folded, map) = crate::text::fold_with_map(f);
    let mut cuts: Vec<usize> = number_at.into_iter().collect();
    for anchor in [crate::segment::MOTTO, crate::segment::MOTTO_2] {
        if let Some(p) = crate::text::word_positions(&folded, anchor).next() {
            cuts.push(map[p]);
            cuts.push(map.get(p + anchor.len()).copied().unwrap_or(f.len()));
        }
    }
    // The place before ", ngày": its capitalised words, not in capitals.
    if let Some(comma) = f.find(", ngày") {
        let before = &f[..comma];
        let words: Vec<(usize, &str)> = before.split_whitespace().map(|w| (w.as_ptr() as usize - f.as_ptr() as usize, w)).collect();
        // (Past a copy's emphasis marks: "_Hà Tĩnh, ngày".)
        let place = words
            .iter()
            .map(|&(at, w)| {
                let t = w.trim_start_matches(['_', '*']);
                (at + w.len() - t.len(), t)
            })
            .rev()
            .take_while(|(_, w)| w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase) && !w.contains(['/', ':']))
            .take(4)
            .last();
        if let Some((at, _)) = place {
            cuts.push(at);
        }
    }
    if cuts.is_empty() {
        return None;
    }
    cuts.push(0);
    cuts.push(f.len());
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|w| f[w[0]..w[1]].trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_')))
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .into()
}

/// A recipient's line a copy ran the signature block beside it into
/// ("- Văn phòng Chính phủ (b/c); KT. CHỦ TỊCH", "Nơi nhận: TM. ỦY BAN
/// NHÂN DÂN", "- TT HĐND tỉnh (b/c); PHÓ CHỦ TỊCH"): the recipient's part
/// and the block's. The block's part stands after a semicolon or a colon,
/// in capitals, two words or more, no comma ("- Lưu: VT, KSTT." is a
/// recipient's).
fn unrun_signature(f: &str) -> Option<(&str, &str)> {
    if !(f.starts_with(['-', '+', '•']) || f.starts_with("Nơi nhận")) {
        return None;
    }
    let (at, _) = f.match_indices([';', ':']).find(|&(at, _)| {
        let tail = f[at + 1..].trim();
        tail.split_whitespace().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2).count() >= 2 && !tail.contains(',') && is_upper_line(tail)
    })?;
    Some((f[..=at].trim_end(), f[at + 1..].trim()))
}

/// A signature block a copy ran into one line with the name after it
/// ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Phạm Quốc Hưng"): the block, in capitals,
/// and the name.
fn unrun_name(f: &str) -> Option<(&str, &str)> {
    if !CAPACITY.is_match(f) {
        return None;
    }
    let at = f.split_whitespace().find(|w| w.chars().any(char::is_lowercase)).map(|w| w.as_ptr() as usize - f.as_ptr() as usize)?;
    let (block, name) = (f[..at].trim_end(), f[at..].trim());
    (is_upper_line(block) && block.split_whitespace().count() >= 3 && name.split_whitespace().count() >= 2).then_some((block, name))
}

/// Reads a date written after "ngày": "07 tháng 7 năm 2023", "05/01/2024",
/// "tháng năm 2023" (partial).
pub fn parse_date_after_ngay(rest: &str) -> Option<PartialDate> {
    let mut c = Cursor(rest);
    if let Some(d) = c.slash_date() {
        return Some(d);
    }
    let mut c = Cursor(rest);
    c.spaces();
    let d = c.number(1, 2);
    c.blank();
    if !(c.word_loose("tháng") || c.word("th.")) {
        return None;
    }
    c.spaces();
    let m = c.number(1, 2);
    c.blank();
    if !(c.word_loose("năm") || c.word("nă m")) {
        return None;
    }
    c.spaces();
    let y = c.number(4, 4)?;
    PartialDate::new(y as i32, m, if m.is_some() { d } else { None })
}

/// A reading position in a short text: the dates and the cited documents'
/// tails are read with it by hand (their patterns were the costliest
/// regex work per document).
struct Cursor<'a>(&'a str);

impl<'a> Cursor<'a> {
    fn spaces(&mut self) {
        self.0 = self.0.trim_start();
    }

    /// Past spaces and what is left for a figure to be written in by hand:
    /// "ngày …  tháng 3", "ngày ..... tháng", "ngày ___ tháng".
    fn blank(&mut self) {
        self.0 = self.0.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '…' | '.' | '_'));
    }

    /// Whether the text goes on with `w`, taking it if so.
    fn word(&mut self, w: &str) -> bool {
        self.0.strip_prefix(w).map(|r| self.0 = r).is_some()
    }

    /// Whether the text goes on with the word `w` in any marks ("nãm", a
    /// scan's "năm"; "nam" with none), taking it if so.
    fn word_loose(&mut self, w: &str) -> bool {
        if self.word(w) {
            return true;
        }
        let end = self.0.find(|c: char| !c.is_alphabetic()).unwrap_or(self.0.len());
        let taken = end > 0 && fold(&self.0[..end]) == fold(w);
        if taken {
            self.0 = &self.0[end..];
        }
        taken
    }

    /// `min` to `max` ASCII digits (as many as there are), taken.
    fn number(&mut self, min: usize, max: usize) -> Option<u32> {
        let n = self.0.bytes().take(max).take_while(u8::is_ascii_digit).count();
        if n < min {
            return None;
        }
        let v = self.0[..n].parse().ok();
        self.0 = &self.0[n..];
        v
    }

    /// "05/01/2024", "5 - 1 - 2024", "05.01.2024".
    fn slash_date(&mut self) -> Option<PartialDate> {
        self.spaces();
        const SEPS: &[&str] = &["/", ".", "-"];
        let (d, m, y) = self.dmy(&[("/", SEPS), (".", SEPS), ("-", SEPS)])?;
        PartialDate::new(y as i32, Some(m), Some(d))
    }

    /// A whole date after "ngày" in a citation, "12/3/2024" or "12 tháng 3
    /// năm 2024", as (day, month, year): taken if so written, whether or
    /// not such a day exists.
    fn full_date(&mut self) -> Option<(u32, u32, u32)> {
        self.dmy(&[("/", &["/"]), ("tháng", &["năm"])])
    }

    /// Day, a mark, month, a mark the first one allows, four-digit year;
    /// spaces around each.
    fn dmy(&mut self, marks: &[(&str, &[&str])]) -> Option<(u32, u32, u32)> {
        let d = self.number(1, 2)?;
        self.spaces();
        let &(_, seconds) = marks.iter().find(|(first, _)| self.word(first))?;
        self.spaces();
        let m = self.number(1, 2)?;
        self.spaces();
        if !seconds.iter().any(|w| self.word(w)) {
            return None;
        }
        self.spaces();
        Some((d, m, self.number(4, 4)?))
    }
}

/// The laws `text` cites, "Luật <name> ngày <date>", left to right: each
/// name (three chars or more, none of them ; , ( or ), the white space
/// after "Luật" it may start in) and its date. Read by hand as the
/// pattern it replaced (kept in the tests as the oracle) matched:
/// "Luật" after no letter or digit, the shortest name, the first "ngày"
/// after it that a whole date follows.
fn cited_laws(text: &str) -> Vec<(&str, Option<PartialDate>)> {
    let mut out = Vec::new();
    // Where the last law read ends: the char before the next "Luật" must
    // lie past it.
    let mut taken = 0;
    let mut from = 0;
    while let Some(i) = text[from..].find("Luật") {
        let at = from + i;
        from = at + "Luật".len();
        let opens = match text[..at].char_indices().next_back() {
            None => taken == 0,
            Some((p, c)) => p >= taken && !c.is_alphanumeric(),
        };
        let after = &text[from..];
        let run = after.len() - after.trim_start().len();
        if !opens || run == 0 {
            continue;
        }
        // The name opens after all the white space, else a char of it later.
        let inside = after[..run].char_indices().rev().map(|(p, _)| p).filter(|&p| p > 0);
        if let Some((name, date, end)) = std::iter::once(run).chain(inside).find_map(|p| law_at(text, from + p)) {
            out.push((name, date));
            taken = end;
            from = end;
        }
    }
    out
}

/// The name from `start` to the first "ngày" after three chars of it that
/// a whole date follows (as written: a day that does not exist is none),
/// with that date and where it ends.
fn law_at(text: &str, start: usize) -> Option<(&str, Option<PartialDate>, usize)> {
    let rest = &text[start..];
    let bound = rest.find([';', ',', '(', ')']).unwrap_or(rest.len());
    let least = rest.char_indices().nth(3).map_or(rest.len(), |(p, _)| p);
    if rest[..least].contains([';', ',', '(', ')']) || rest.chars().count() < 3 {
        return None;
    }
    for (p, _) in rest.match_indices("ngày") {
        let ws = rest[..p].len() - rest[..p].trim_end().len();
        // The name ends where the white space before "ngày" begins, or
        // later (inside it) when shorter than three chars.
        let end = (p - ws).max(least);
        if ws == 0 || end >= p || end > bound {
            continue;
        }
        let mut c = Cursor(&rest[p + "ngày".len()..]);
        c.spaces();
        if let Some((d, m, y)) = c.full_date() {
            return Some((&rest[..end], PartialDate::new(y as i32, Some(m), Some(d)), text.len() - c.0.len()));
        }
    }
    None
}

/// What follows a cited number: ", ngày <date>" and "của <issuer>", each
/// optional. The issuer runs to a comma or the end, or to a word that
/// opens what the cited document is about ([`ISSUER_ENDS`]). `rest` ends
/// before the first . ; ( or ).
fn citation_tail(rest: &str) -> (Option<PartialDate>, Option<&str>) {
    let mut c = Cursor(rest);
    c.spaces();
    c.word(",");
    c.spaces();
    let written = if c.word("ngày") {
        c.spaces();
        c.full_date()
    } else {
        None
    };
    if written.is_none() {
        c = Cursor(rest);
    }
    let date = written.and_then(|(d, m, y)| PartialDate::new(y as i32, Some(m), Some(d)));
    c.spaces();
    let issuer = c.word("của").then_some(c.0).and_then(|after| {
        let body = after.trim_start();
        if body.len() == after.len() || body.is_empty() {
            return None;
        }
        let first = body.chars().next().map_or(0, char::len_utf8);
        let ends_here = |t: &str| {
            let trimmed = t.trim_start();
            trimmed.is_empty()
                || trimmed.starts_with([',', ';', '.', '(', ')'])
                || trimmed.len() < t.len()
                    && ISSUER_ENDS
                        .iter()
                        .any(|w| trimmed.strip_prefix(w).is_some_and(|r| r.chars().next().is_none_or(|ch| !ch.is_alphanumeric())))
        };
        let end = body.char_indices().map(|(i, _)| i).chain([body.len()]).find(|&i| i >= first && ends_here(&body[i..]))?;
        (!body[..end].contains([',', ';', '.', '(', ')'])).then_some(&body[..end])
    });
    (date, issuer)
}

/// Splits "362 /UBND-VP" style numbers into (number, serial, symbol).
pub fn split_number(serial: Option<&str>, symbol: &str) -> (Option<String>, Option<String>, String) {
    let symbol: String = symbol.chars().filter(|c| !c.is_whitespace()).collect();
    // "56/KH-UBND.": a symbol ends in a letter or figure, never a stop.
    let symbol = symbol.trim_end_matches(['.', ',', ';', ':']).to_string();
    let serial = serial.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    let number = serial.as_ref().map(|s| format!("{s}/{symbol}"));
    (number, serial, symbol)
}

/// A symbol whose type abbreviation is no known one but is once a letter
/// read twice is dropped ("QĐĐ-UBND" → "QĐ-UBND", an OCR slip); `None`
/// otherwise.
pub fn mend_symbol(rules: &Rules, symbol: &str) -> Option<String> {
    let (first, rest) = symbol.split_once('-')?;
    if rules.type_of_abbr(first).is_some() || first.contains('/') {
        return None;
    }
    let chars: Vec<char> = first.chars().collect();
    let once: String = chars.iter().enumerate().filter(|&(i, c)| i == 0 || chars[i - 1] != *c).map(|(_, c)| c).collect();
    (once != first && rules.type_of_abbr(&once).is_some()).then(|| format!("{once}-{rest}"))
}

/// The type a number's symbol names: "QĐ-UBND" → quyet_dinh; "UBND-VP" →
/// none (a dispatch carries no type abbreviation).
pub fn type_of_number(rules: &Rules, serial: Option<&str>, symbol: &str) -> Option<String> {
    // Normative documents carry the year first: "2021/NĐ-CP".
    let sym = symbol.split('/').next_back().unwrap_or(symbol);
    let first = sym.split('-').next().unwrap_or(sym);
    if let Some(t) = rules.type_of_abbr(first) {
        return Some(t.id.clone());
    }
    // Party documents: "22-NQ/TU".
    if let Some(abbr) = serial.and_then(|s| s.split('-').nth(1)) {
        if let Some(t) = rules.type_of_abbr(abbr) {
            return Some(t.id.clone());
        }
    }
    None
}

/// Writes an upper-case body name in normal capitalisation: "ỦY BAN NHÂN
/// DÂN HUYỆN VĨNH THUẬN" → "Ủy ban nhân dân huyện Vĩnh Thuận".
pub fn normal_case(rules: &Rules, s: &str) -> String {
    thread_local! {
        static NORMAL_CASE: std::cell::RefCell<crate::memo::Memo<String>> = std::cell::RefCell::default();
    }
    crate::memo::remembered(&NORMAL_CASE, rules.memo_id(), s, || normal_case_uncached(rules, s))
}

fn normal_case_uncached(rules: &Rules, s: &str) -> String {
    let s = squash(s);
    let s = rules
        .units
        .body_abbreviations
        .iter()
        .fold(s, |s, (short, long)| if s.contains(short.as_str()) { s.replace(short.as_str(), long) } else { s });
    if !is_upper_line(&s) {
        return capitalize_first(&s);
    }
    let lower = s.to_lowercase();
    let words: Vec<&str> = lower.split(' ').collect();
    // Each word folded once: the fold of words joined by spaces is their
    // folds (those not empty) so joined.
    let folds: Vec<String> = words.iter().map(|w| fold(w)).collect();
    let fold_of = |ws: &[String]| ws.iter().filter(|w| !w.is_empty()).map(String::as_str).collect::<Vec<_>>().join(" ");
    // After a level word ("huyện", "tỉnh", "thành phố") comes a place name.
    // The words from `i` folded, as many as the longest level has.
    let level_words = |l: &String| l.split(' ').count();
    let most = rules.units.levels.iter().map(level_words).max().unwrap_or(0);
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut i = 0;
    let mut place = false;
    while i < words.len() {
        if !place && i > 0 {
            let folded: Vec<String> = (1..=most.min(words.len() - i)).map(|n| fold_of(&folds[i..i + n])).collect();
            if let Some(n) = rules.units.levels.iter().find_map(|l| {
                let n = level_words(l);
                (folded.get(n - 1) == Some(l)).then_some(n)
            }) {
                out.extend(words[i..i + n].iter().map(|w| w.to_string()));
                i += n;
                place = true;
                continue;
            }
        }
        out.push(if place { title_case(words[i]) } else { words[i].to_string() });
        i += 1;
    }
    let joined = capitalize_first(&out.join(" "));
    // "Sở thông tin và truyền thông", "Phòng văn hóa, khoa học và thông
    // tin" → the department's own spelling (units.toml department_heads).
    // (The heads are folded there.)
    if let Some((head, rest)) = joined.split_once(' ') {
        if rules.units.department_heads.contains(&fold(head)) {
            let rest = fold(rest);
            if let Some(k) = rules.units.departments_folded.iter().position(|d| *d == rest) {
                return format!("{head} {}", rules.units.departments[k]);
            }
        }
    }
    joined
}

fn is_level_start(rules: &Rules, s: &str) -> bool {
    let f = fold_head(s, rules.units.levels.iter().map(String::len).max().unwrap_or(0) + 1);
    rules.units.levels.iter().any(|l| f.strip_prefix(l.as_str()).is_some_and(|r| r.starts_with(' ')))
}

/// An issuer line in capitals naming a People's Committee and then a body
/// under it ("UBND TỈNH LONG AN SỞ NỘI VỤ", "UBND TỈNH X VĂN PHÒNG"): the
/// two parts, split where the last parent body or department head opens
/// (a department's name with two words or more after its head: the
/// "PHÒNG" of "HẢI PHÒNG" is a place's).
fn split_bodies<'a>(rules: &Rules, s: &'a str) -> Option<(&'a str, &'a str)> {
    let s = s.trim();
    let head = crate::text::fold_head(s, 24);
    if !rules.units.parent_openings.iter().any(|o| head.strip_prefix(o.as_str()).is_some_and(|r| r.starts_with(' '))) {
        return None;
    }
    let starts: Vec<usize> = s.match_indices(' ').map(|(i, _)| i + 1).collect();
    starts.iter().skip(2).rev().find_map(|&at| {
        let rest = &s[at..];
        let f = fold(rest);
        // (Heads are folded in the compiled rules.)
        let opens = |heads: &[String]| heads.iter().any(|h| f.strip_prefix(h.as_str()).is_some_and(|r| r.is_empty() || r.starts_with(' ')));
        let words = rest.split_whitespace().count();
        (opens(&rules.units.parent_bodies) || opens(&rules.units.department_heads) && words >= 3).then(|| (s[..at].trim_end(), rest))
    })
}

fn authority_issuer(s: &str) -> Option<&str> {
    // Only openings are compared: folded as far as the longest.
    let f = fold_head(s, "hoi dong nhan dan ".len());
    for prefix in ["CHỦ TỊCH ", "GIÁM ĐỐC ", "BỘ TRƯỞNG ", "TRƯỞNG BAN ", "CHÁNH VĂN PHÒNG "] {
        if let Some(rest) = s.strip_prefix(prefix) {
            let r = fold_head(rest, "hoi dong".len());
            if r.starts_with("uy ban") || r.starts_with("so ") || r.starts_with("hoi dong") {
                return Some(rest);
            }
        }
    }
    if f.starts_with("uy ban nhan dan ") || f.starts_with("hoi dong nhan dan ") {
        return Some(s);
    }
    None
}

fn is_name_like(rules: &Rules, s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    if !(2..=5).contains(&words.len()) || s.chars().count() > 40 {
        return false;
    }
    // (A letter alone is no name's syllable in two words, "Tá I", a scan's
    // "TáI"; in more it may be: "Y Thanh Hà Niê Kđăm".)
    if words.len() == 2 && words.iter().any(|w| w.chars().nth(1).is_none()) {
        return false;
    }
    let upper = is_upper_line(s);
    let shaped = words.iter().all(|w| {
        let mut cs = w.chars();
        let first = cs.next();
        first.is_some_and(|c| c.is_uppercase()) && cs.all(|c| c.is_alphabetic() && (upper || c.is_lowercase()))
    });
    if !shaped {
        return false;
    }
    let first = title_case(words[0]);
    let surname = rules.people.surnames.contains(&first);
    if upper {
        return surname;
    }
    surname || !rules.people.not_names.contains(&first)
}

/// A name a line ends in after specks a stamp left ("`\\š?> Nguyễn Đình
/// Khiêm"): the last words, opening with a surname, that look like a
/// name, when what stands before them holds a mark that is no letter.
fn name_after_specks<'a>(rules: &Rules, s: &'a str) -> Option<&'a str> {
    let starts: Vec<usize> = s.split_whitespace().map(|w| w.as_ptr() as usize - s.as_ptr() as usize).collect();
    (2..=4.min(starts.len().saturating_sub(1))).rev().find_map(|n| {
        let at = starts[starts.len() - n];
        let (before, tail) = (&s[..at], &s[at..]);
        let specks = before.chars().any(|c| !c.is_alphabetic() && !c.is_whitespace());
        let surname = tail.split_whitespace().next().is_some_and(|w| rules.people.surnames.contains(&title_case(w)));
        (specks && surname && is_name_like(rules, tail)).then_some(tail)
    })
}

fn clean_item(s: &str) -> Option<String> {
    let t = s.trim_start_matches(['-', '+', '•', '–', ' ']).trim();
    let t = t.trim_end_matches([';', ',', '.', ' ']).trim();
    if t.is_empty() {
        return None;
    }
    let f = fold(t);
    if f.starts_with("luu") {
        return None;
    }
    Some(t.to_string())
}

/// Parses the header of one document whose body is `lines[start..end]`;
/// references are read up to `refs_end` (appendices cite documents too).
pub fn parse(lines: &[Line], start: usize, end: usize, refs_end: usize, rules: &Rules) -> Header {
    // The fragments up to `refs_end`; those of the body are the same but
    // for the last, which ends a paragraph where the body ends.
    let all = frags(lines, start, refs_end.max(end));
    let mut fr: Vec<Frag> = all.iter().take_while(|f| f.line < end).copied().collect();
    if let Some(last) = fr.last_mut().filter(|f| f.line + 1 == end) {
        last.ends_par = true;
    }
    let mut h = Header {
        doc_type: "other".into(),
        ..Header::default()
    };
    let head_span = fr.len().min(60);

    // Number.
    let mut number_idx = None;
    for (k, f) in fr.iter().enumerate().take(head_span) {
        // (The literal test first: a capture search costs more than the line.)
        if let Some(c) = f.text.starts_with("Số").then(|| NUMBER_LINE.captures(f.text)).flatten() {
            let (mut number, serial, mut symbol) = split_number(c.name("serial").map(|m| m.as_str()), &c["symbol"]);
            if let Some(mended) = mend_symbol(rules, &symbol) {
                h.number_as_written = number.clone();
                number = serial.as_ref().map(|s| format!("{s}/{mended}"));
                symbol = mended;
            }
            h.number = number;
            h.serial = serial;
            h.symbol = Some(symbol);
            h.number_line = Some(f.line);
            h.header_lines.push(f.line);
            number_idx = Some(k);
            break;
        }
    }

    // Place and date.
    for (k, f) in fr.iter().enumerate().take(head_span) {
        if !f.text.contains("ngày") {
            continue;
        }
        if let Some((place, rest)) = date_line(f.text) {
            let place = place.trim();
            if place.split_whitespace().count() <= 6 {
                h.place = Some(place.to_string());
                // ("Sơn La, ngày" | "16 tháng 01 năm 2025": a gap of spaces
                // made the date a column of its own.)
                let rest = match fr.get(k + 1) {
                    Some(next) if rest.trim().is_empty() && next.line == f.line => next.text,
                    _ => rest,
                };
                h.date = parse_date_after_ngay(rest);
                h.date_line = Some(f.line);
                h.header_lines.push(f.line);
                break;
            }
        }
    }

    // Issuer block: upper-case fragments before the number, motto left out.
    // (With no number line, before the title, "QUYẾT ĐỊNH", and before the
    // first line in running text, a dispatch's "V/v …": the signer's
    // "TM. ỦY BAN NHÂN DÂN" in a short one is no issuer.)
    let limit = number_idx.unwrap_or_else(|| {
        let cap = head_span.min(12);
        fr[..cap]
            .iter()
            .position(|f| rules.type_of_title(f.text.trim()).is_some() || !is_upper_line(f.text) && !is_motto(f.text) && date_line(f.text).is_none() && !f.text.trim().is_empty())
            .unwrap_or(cap)
    });
    // (Stamp residue in capitals, "VX.KW" or "} (VBĐT)", names no body:
    // a body's line holds a word that is a syllable, "TỈNH", "SỞ".)
    let names_body = |t: &str| t.split(|c: char| !crate::text::is_letter(c)).any(|w| w.chars().count() >= 2 && rules.syllables.is_word(&fold(w)));
    let block: Vec<&Frag> = fr[..limit].iter().filter(|f| is_upper_line(f.text) && !is_motto(f.text) && names_body(f.text)).collect();
    for f in fr[..limit].iter() {
        if is_motto(f.text) || is_upper_line(f.text) {
            h.header_lines.push(f.line);
        }
    }
    // A body's name wrapped in its cell goes on in the next line: "PHÒNG
    // VĂN HÓA, KHOA HỌC" / "VÀ THÔNG TIN" (a line opening with a word no
    // name opens with, `open_words`, or after a comma).
    let mut block_lines: Vec<String> = Vec::with_capacity(block.len());
    for f in &block {
        let t = f.text.trim();
        let first = t.split_whitespace().next().unwrap_or("").to_lowercase();
        match block_lines.last_mut() {
            Some(prev) if prev.ends_with(',') || rules.prose.open_words.contains(&first) => {
                prev.push(' ');
                prev.push_str(t);
            }
            _ => block_lines.push(t.to_string()),
        }
    }
    if let Some(last) = block_lines.last() {
        // The block's two lines run together in one ("UBND TỈNH LONG AN SỞ
        // NỘI VỤ": a cell's line break lost) are read as two.
        let (parent, last) = match split_bodies(rules, last) {
            Some((parent, body)) => (Some(parent), body),
            None => ((block_lines.len() >= 2).then(|| block_lines[block_lines.len() - 2].as_str()), last.as_str()),
        };
        let issuer = match parent {
            Some(parent) if is_level_start(rules, last) => format!("{parent} {last}"),
            Some(parent) if rules.units.parent_bodies.contains(&fold(last.trim().trim_end_matches(['-', ' ']))) => {
                // (Each part in its own case: "Văn phòng Ủy ban nhân dân tỉnh …".)
                format!("{} {}", normal_case(rules, last), normal_case(rules, parent))
            }
            _ => last.to_string(),
        };
        h.issuer = Some(normal_case(rules, &issuer));
    }

    // Type title and subject.
    let mut title_idx = None;
    for (k, f) in fr.iter().enumerate().take(head_span) {
        let t = f.text.trim_end_matches(':');
        if is_upper_line(t) {
            if let Some(ty) = rules.type_of_title(t) {
                h.doc_type = ty.id.clone();
                h.header_lines.push(f.line);
                title_idx = Some(k);
                break;
            }
        }
    }
    let vv = fr.iter().take(head_span).position(|f| {
        let b = f.text.as_bytes();
        b.len() > 3 && matches!(b[0], b'V' | b'v') && matches!(&b[1..3], b"/v" | b"/V" | b"/ " | b".v" | b".V")
    });
    let subject_start = match (vv, title_idx) {
        (Some(v), _) => Some(v),
        // (Past a scan's speck under the title: "Kl", "-", "~".)
        (None, Some(t)) => (t + 1..fr.len().min(t + 6)).find(|&k| fr[k].text.chars().filter(|c| c.is_alphabetic()).count() >= 4),
        _ => None,
    };
    // What may stand beside a subject's line: the place and date, the motto.
    let beside_subject = |f: &Frag| date_line(f.text).is_some() || is_motto(f.text);
    if let Some(s) = subject_start {
        let mut parts: Vec<&str> = Vec::new();
        let mut k = s;
        while k < fr.len() {
            let f = &fr[k];
            let lf = fold(f.text);
            // The place and date set beside the subject's first line ("V/v
            // giao chỉ tiêu …   Biển Hồ, ngày 08 tháng 9 năm 2025"): the
            // subject goes on under it.
            if k > s && f.line == fr[k - 1].line && beside_subject(f) {
                k += 1;
                continue;
            }
            // ("… CHO CÁC SỞ, BAN, NGÀNH," / "ỦY BAN NHÂN DÂN CÁC QUẬN,
            // HUYỆN": a line the subject wrapped into after a comma names
            // no issuer.)
            let goes_on = parts.last().is_some_and(|p| p.trim_end().ends_with(','));
            // A rule drawn under the subject ("__________", "-----") ends it.
            if k > s && is_drawn_rule(f.text) {
                break;
            }
            if k > s && (is_motto(f.text) || date_line(f.text).is_some() || opens_body(rules, f.text, &lf) || authority_issuer(f.text).is_some() && is_upper_line(f.text) && !goes_on) {
                break;
            }
            let not_subject = rules.not_subject.iter().any(|w| crate::text::opens_with(&lf, w));
            if k == s && (authority_issuer(f.text).is_some() && is_upper_line(f.text) || not_subject) {
                break;
            }
            parts.push(f.text);
            h.header_lines.push(f.line);
            // (A line's first part ends no paragraph when what follows on
            // its line is the place and date beside it.)
            let ends = match fr.get(k + 1) {
                Some(n) if n.line == f.line && beside_subject(n) => n.ends_par,
                _ => f.ends_par,
            };
            if ends || parts.len() >= 6 {
                break;
            }
            k += 1;
        }
        if !parts.is_empty() {
            let mut joined = squash(&parts.join(" "));
            // Text run together (a PDF paragraph): the subject ends where the addressees begin.
            if let Some(p) = joined.find("Kính gửi") {
                joined = joined[..p].trim().to_string();
            }
            let stripped = strip_vv(&joined);
            // (A dispatch's subject "V/v …" tells its type when no title
            // or number does.)
            if stripped.len() < joined.len() && h.doc_type == "other" && h.symbol.is_none() {
                h.doc_type = "cong_van".into();
            }
            h.subject = Some(capitalize_first(stripped));
        }
    }

    // Authority line under the title names the issuer when the block is missing.
    let search_from = title_idx.unwrap_or(0);
    for f in fr.iter().skip(search_from).take(12) {
        if is_upper_line(f.text) {
            if let Some(a) = authority_issuer(f.text) {
                h.header_lines.push(f.line);
                if h.issuer.is_none() {
                    h.issuer = Some(normal_case(rules, a));
                }
                break;
            }
        }
    }

    // Type from the symbol when there is no title word.
    if let Some(sym) = &h.symbol {
        let by_abbr = type_of_number(rules, h.serial.as_deref(), sym);
        match by_abbr {
            Some(t) => h.doc_type = t,
            None if h.doc_type == "other" => h.doc_type = "cong_van".into(),
            None => {}
        }
    }

    h.recipients = recipients(&fr, &mut h.header_lines);
    h.signer = signer(&fr, rules, h.place.as_deref(), &mut h.header_lines);
    let refs_to = all.partition_point(|f| f.line < refs_end);
    h.references = references(&all[..refs_to], rules, h.number_line);
    // A document does not cite itself (a web page's breadcrumb or title does).
    if let Some(own) = &h.number {
        h.references.retain(|r| r.number.as_ref().is_none_or(|n| !n.eq_ignore_ascii_case(own)));
    }
    h.header_lines.sort_unstable();
    h.header_lines.dedup();
    h
}

fn strip_vv(s: &str) -> &str {
    for p in ["V/v", "V/V", "v/v", "V/ v", "V.v", "Về việc:"] {
        if let Some(r) = s.strip_prefix(p) {
            return r.trim_start_matches([':', ' ']);
        }
    }
    s
}

fn recipients(fr: &[Frag], header_lines: &mut Vec<usize>) -> Vec<String> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < fr.len() {
        let opens = fr[k].text.starts_with(['K', 'k', 'N', 'n']);
        if opens && {
            let lf = fold(fr[k].text);
            lf.starts_with("kinh gui") || lf.starts_with("noi nhan")
        } {
            header_lines.push(fr[k].line);
            // "Kính gửi: Sở Y tế" on the same line.
            if let Some((_, rest)) = fr[k].text.split_once(':') {
                if let Some(item) = clean_item(rest) {
                    out.push(item);
                }
            }
            k += 1;
            // Items run on; what stands beside them on their lines (the
            // signature column: "Nơi nhận:⇥KT. CHỦ TỊCH") is passed over.
            while k < fr.len() && (crate::text::is_dash_item(fr[k].text) || fr[k].line == fr[k - 1].line) {
                if crate::text::is_dash_item(fr[k].text) {
                    header_lines.push(fr[k].line);
                    if let Some(item) = clean_item(fr[k].text) {
                        out.push(item);
                    }
                }
                k += 1;
            }
            continue;
        }
        k += 1;
    }
    out.dedup();
    out
}

fn signer(fr: &[Frag], rules: &Rules, place: Option<&str>, header_lines: &mut Vec<usize>) -> Option<Signer> {
    // The place (a seal's words, "*Tây Ninh*", between the block and the
    // name) is nobody's name.
    let place = place.map(fold);
    let is_name = |t: &str| is_name_like(rules, t) && place.as_deref() != Some(fold(t).as_str());
    // The last run of capacity lines is the signature block.
    let is_capacity = |t: &str| t.starts_with(['T', 'K', 'Q']) && is_upper_line(t) && CAPACITY.is_match(t);
    let cap_idx = fr.iter().rposition(|f| is_capacity(f.text));
    if let Some(ci) = cap_idx {
        let mut first = ci;
        while first > 0 && is_capacity(fr[first - 1].text) {
            first -= 1;
        }
        let cap = CAPACITY.captures(fr[ci].text).unwrap();
        // ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH": the position run into the capacity's
        // line.)
        let rest = &cap["rest"];
        // (The longest position that ends it: "PHÓ CHỦ TỊCH", not "CHỦ TỊCH".)
        let run_in = rest
            .match_indices(' ')
            .map(|(i, _)| i + 1)
            .find(|&i| rules.people.positions.contains(&fold(&rest[i..])))
            .map(|at| (rest[..at].trim_end(), &rest[at..]));
        let rest = run_in.map_or(rest, |(r, _)| r);
        let capacity = format!("{}. {}", &cap["c"], capitalize_first(&rest.to_lowercase()));
        let capacity = capacity.replace("ủy ban nhân dân", "Ủy ban nhân dân");
        for f in &fr[first..=ci] {
            header_lines.push(f.line);
        }
        let mut position = None;
        let mut k = ci + 1;
        // Recipients ("- Lưu: VT.") set beside the signature on the same
        // lines come between its parts.
        let is_recipient = |t: &str| t.starts_with(['-', '+', '•']);
        while k < fr.len() && k <= ci + 3 && is_recipient(fr[k].text) {
            k += 1;
        }
        if k < fr.len() && is_upper_line(fr[k].text) && !is_name_like(rules, fr[k].text) {
            position = Some(position_case(fr[k].text));
            header_lines.push(fr[k].line);
            k += 1;
        } else {
            k = ci + 1;
        }
        if let Some((_, p)) = run_in.filter(|_| position.is_none()) {
            position = Some(position_case(p));
        }
        if position.is_none() && &cap["c"] == "TM" {
            position = None;
        }
        // The name under the block; else (a signature column read before
        // the block it stands beside) just above it.
        // (Recipients set beside it count for nothing.)
        let below = fr.iter().skip(k).filter(|f| !is_recipient(f.text)).take(8);
        let above = fr[first.saturating_sub(3)..first].iter().rev().take_while(|f| !is_capacity(f.text));
        let (f, text) = match below.chain(above).find(|f| is_name(f.text)) {
            Some(f) => (f, f.text),
            // (A scan's stamp over the signature leaves specks before the
            // name: "›—— Đặng Quốc Vinh".)
            // (Further down: specks read as words of their own come first.)
            None => fr
                .iter()
                .skip(k)
                .filter(|f| !is_recipient(f.text))
                .take(16)
                .find_map(|f| name_after_specks(rules, f.text).map(|n| (f, n)))
                // (A copy ran the name into the last recipient's line
                // beside it: "- Lưu: VT, KSTT. Lò Minh Tuấn".)
                .or_else(|| {
                    fr.iter()
                        .skip(k)
                        .filter(|f| is_recipient(f.text))
                        .filter_map(|f| f.text.rsplit_once(". ").map(|(_, n)| (f, n.trim())))
                        .find(|(_, n)| is_name(n))
                })?,
        };
        header_lines.push(f.line);
        let name = if is_upper_line(text) { title_case(text) } else { text.to_string() };
        return Some(Signer {
            name,
            position,
            capacity: Some(capacity),
        });
    }
    // No capacity line: the last name after "Nơi nhận", or near the end.
    let from = fr
        .iter()
        .rposition(|f| f.text.starts_with(['N', 'n']) && fold(f.text).starts_with("noi nhan"))
        .unwrap_or(fr.len().saturating_sub(15));
    let is_position = |p: &Frag| is_upper_line(p.text) && rules.people.positions.contains(&fold(p.text));
    // (Or, with none there, the name under the last position line: a web
    // copy sets "CHỦ TỊCH" and the name above the "Nơi nhận" list.)
    let k = match fr.iter().skip(from).rposition(|f| is_name(f.text)) {
        Some(k) => k + from,
        None => {
            let p = fr.iter().rposition(is_position)?;
            fr.iter().enumerate().skip(p + 1).take(3).find(|(_, f)| is_name(f.text))?.0
        }
    };
    header_lines.push(fr[k].line);
    // The position just above the name ("CHỦ TỊCH"), when the rules know it.
    let position = k.checked_sub(1).map(|p| &fr[p]).filter(|p| is_position(p));
    if let Some(p) = position {
        header_lines.push(p.line);
    }
    let position = position.map(|p| position_case(p.text));
    Some(Signer {
        name: fr[k].text.to_string(),
        position,
        capacity: None,
    })
}

/// A position line as written in a record: "PHÓ CHỦ TỊCH" → "Phó Chủ tịch".
fn position_case(line: &str) -> String {
    capitalize_first(&line.to_lowercase()).replace("chủ tịch", "Chủ tịch")
}

/// Whether a line is a rule drawn with the keyboard: three or more of
/// '_', '-', '=', '~', '*' and nothing else but spaces.
fn is_drawn_rule(text: &str) -> bool {
    let t = text.trim();
    t.len() >= 3 && t.bytes().all(|b| matches!(b, b'_' | b'-' | b'=' | b'~' | b'*' | b' '))
}

/// Whether a line opens the body, so cannot go on a subject: it begins
/// with a capital and one of the rules' body openers ("Căn cứ", "Thực
/// hiện"; `folded` is the line folded), or with a heading number ("I.",
/// "2.", "a)").
fn opens_body(rules: &Rules, text: &str, folded: &str) -> bool {
    let t = text.trim_start();
    let opener = crate::text::opens_with_word(t, folded, &rules.body_openers);
    let head: String = t.chars().take(6).collect();
    let numbered = head.split_once(['.', ')']).is_some_and(|(a, rest)| {
        !a.is_empty()
            && a.len() <= 4
            && (a.chars().all(|c| c.is_ascii_digit()) || a.chars().all(|c| "IVX".contains(c)) || a.len() == 1 && a.chars().all(|c| c.is_ascii_lowercase()))
            && (rest.is_empty() || rest.starts_with(' '))
    });
    opener || numbered
}

/// Whether the bytes after a '/' can open a number's symbol as
/// [`REF_NUM`] reads it: a capital, after at most one space and a year
/// ("/2023/NĐ-CP"). The fractions and dates of a table ("35/35",
/// "05/01/2024") cannot, and are not searched.
fn opens_symbol(after: &[u8]) -> bool {
    let after = match after.first() {
        Some(c) if c.is_ascii_whitespace() => &after[1..],
        _ => after,
    };
    let after = match after {
        [y0, y1, y2, y3, b'/', rest @ ..] if [y0, y1, y2, y3].iter().all(|c| c.is_ascii_digit()) => rest,
        _ => after,
    };
    // 'Đ' is 0xC4 0x90 in UTF-8.
    matches!(after, [c, ..] if c.is_ascii_uppercase()) || after.starts_with(&[0xC4, 0x90])
}

fn references(fr: &[Frag], rules: &Rules, own_line: Option<usize>) -> Vec<Reference> {
    let mut out: Vec<Reference> = Vec::new();
    for f in fr {
        if Some(f.line) == own_line {
            continue;
        }
        // Most fragments cite nothing: a '/' (a number) or the 'L' of
        // "Luật" is looked for first, a byte search each.
        let b = f.text.as_bytes();
        let law = memchr::memchr(b'L', b).is_some() && f.text.contains("Luật");
        if !law && memchr::memchr(b'/', b).is_none() {
            continue;
        }
        let laws = if law { cited_laws(f.text) } else { Vec::new() };
        for (name, date) in laws {
            if name.chars().count() > 160 {
                continue;
            }
            let name = squash(name);
            if name.contains(char::is_numeric) && name.contains('/') {
                continue;
            }
            let date = date.map(|d| d.iso());
            if !out.iter().any(|r| r.number.is_none() && r.date == date) {
                out.push(Reference {
                    number: None,
                    doc_type: "luat".into(),
                    date,
                    issuer: None,
                });
            }
        }
        if !memchr::memchr_iter(b'/', b).any(|p| opens_symbol(&b[p + 1..])) {
            continue;
        }
        for m in REF_NUM.find_iter(f.text) {
            // A number running into a word ("16/Ngày 29-3-2024" of a
            // gazette's running head) is no document's.
            if f.text[m.end()..].starts_with(char::is_alphabetic) {
                continue;
            }
            // An appendix caption "(Kèm theo Quyết định số …)" names its parent, not a reference.
            let head = &f.text[f.text[..m.start()].char_indices().rev().nth(40).map_or(0, |(i, _)| i)..m.start()];
            if head.contains("èm theo") || head.contains("ÈM THEO") {
                continue;
            }
            let num: String = m.as_str().chars().filter(|ch| !ch.is_whitespace()).collect();
            if out.iter().any(|r| r.number.as_deref() == Some(num.as_str())) {
                continue;
            }
            let (serial, symbol) = num.split_once('/').unwrap_or(("", &num));
            let doc_type = type_word_before(head)
                .and_then(|t| rules.type_of_title(t))
                .map(|t| t.id.clone())
                .or_else(|| type_of_number(rules, Some(serial), symbol))
                .unwrap_or_else(|| "cong_van".into());
            let rest = &f.text[m.end()..];
            let opening = rest.trim_start_matches([' ', ',']);
            // Neither the date nor the issuer crosses . ; ( ): the search
            // stops there, where the pattern would stop anyway.
            let rest = &rest[..rest.find(['.', ';', '(', ')']).unwrap_or(rest.len())];
            let (date, issuer) = if opening.starts_with("ngày") || opening.starts_with("của") {
                citation_tail(rest)
            } else {
                (None, None)
            };
            let date = date.map(|d| d.iso());
            let issuer = issuer.map(squash).filter(|s| !s.is_empty());
            out.push(Reference {
                number: Some(num),
                doc_type,
                date,
                issuer,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_stop_after_a_symbol_is_no_part_of_it() {
        assert_eq!(split_number(Some("56"), "KH-UBND."), (Some("56/KH-UBND".into()), Some("56".into()), "KH-UBND".into()));
    }

    #[test]
    fn only_a_slash_before_a_symbol_is_searched_for_numbers() {
        for t in ["12/QĐ-UBND", "số 45/ KH-UBND", "13/2023/NĐ-CP", "99/ĐA-UBND"] {
            let p = t.find('/').unwrap();
            assert!(opens_symbol(&t.as_bytes()[p + 1..]), "{t}");
        }
        for t in ["35/35", "05/01/2024", "2023/2024", "và/hoặc", "12/"] {
            let p = t.find('/').unwrap();
            assert!(!opens_symbol(&t.as_bytes()[p + 1..]), "{t}");
        }
    }

    proptest! {
        // The byte check lets through every text the number pattern finds.
        #[test]
        fn the_symbol_check_misses_no_number(t in "[0-9A-Z/ Đa-z-]{0,24}") {
            if REF_NUM.is_match(&t) {
                let b = t.as_bytes();
                prop_assert!(memchr::memchr_iter(b'/', b).any(|p| opens_symbol(&b[p + 1..])));
            }
        }
    }

    // The patterns the hand readers replaced, kept as their oracle.
    static OLD_TAIL: Lazy<Regex> = Lazy::new(|| {
        Regex::new(concat!(
            r"^(?:\s*,?\s*ngày\s*(?P<date>\d{1,2}\s*(?:/\s*\d{1,2}\s*/\s*\d{4}|tháng\s*\d{1,2}\s*năm\s*\d{4})))?",
            r"(?:\s*của\s+(?P<issuer>[^,;.()]+?)(?:\s+(?:về|và|sửa|quy định|hướng dẫn|ban hành|phê duyệt|triển khai|giao|tại)(?:[^\p{L}\p{N}]|$)|\s*[,;.()]|\s*$))?"
        ))
        .unwrap()
    });
    // (What is left blank to be filled in by hand, "…", "..." or "___",
    // is passed over as white space is: see `Cursor::blank`.)
    static OLD_WORDS: Lazy<Regex> = Lazy::new(|| Regex::new(r"^\s*(?P<d>\d{1,2})?[\s…._]*(?:tháng|th\.)\s*(?P<m>\d{1,2})?[\s…._]*(?:năm|nă m)\s*(?P<y>\d{4})?").unwrap());
    static OLD_SLASH: Lazy<Regex> = Lazy::new(|| Regex::new(r"^\s*(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})").unwrap());

    fn old_date(rest: &str) -> Option<PartialDate> {
        let num = |c: &regex::Captures, n: &str| c.name(n).and_then(|m| m.as_str().parse::<u32>().ok());
        if let Some(c) = OLD_SLASH.captures(rest) {
            return PartialDate::new(num(&c, "y")? as i32, num(&c, "m"), num(&c, "d"));
        }
        let c = OLD_WORDS.captures(rest)?;
        let y = num(&c, "y")? as i32;
        let m = num(&c, "m");
        PartialDate::new(y, m, if m.is_some() { num(&c, "d") } else { None })
    }

    fn old_tail(rest: &str) -> (Option<String>, Option<String>) {
        let c = OLD_TAIL.captures(rest);
        let date = c.as_ref().and_then(|c| c.name("date")).and_then(|d| old_date(d.as_str())).map(|d| d.iso());
        let issuer = c.as_ref().and_then(|c| c.name("issuer")).map(|m| squash(m.as_str())).filter(|s| !s.is_empty());
        (date, issuer)
    }

    fn new_tail(rest: &str) -> (Option<String>, Option<String>) {
        let (d, i) = citation_tail(rest);
        (d.map(|d| d.iso()), i.map(squash).filter(|s| !s.is_empty()))
    }

    const TOKENS: &[&str] = &[
        " ",
        "  ",
        "\t",
        ",",
        "ngày",
        "12",
        "3",
        "31",
        "02",
        "2024",
        "20245",
        "/",
        "-",
        ".",
        "tháng",
        "th.",
        "năm",
        "nă m",
        "của",
        "Bộ",
        "Nội",
        "vụ",
        "về",
        "và",
        "giao",
        "Giao",
        "tại",
        "tạiđây",
        "quy định",
        "x",
        "Ủy ban",
        ";",
        "(",
    ];

    proptest! {
        #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]
        #[test]
        fn hand_readers_agree_with_the_patterns(parts in proptest::collection::vec(0..TOKENS.len(), 0..14)) {
            let text: String = parts.iter().map(|&i| TOKENS[i]).collect();
            prop_assert_eq!(parse_date_after_ngay(&text), old_date(&text), "date {:?}", text);
            let rest = &text[..text.find(['.', ';', '(', ')']).unwrap_or(text.len())];
            prop_assert_eq!(new_tail(rest), old_tail(rest), "tail {:?}", rest);
        }
    }

    static OLD_LAW: Lazy<Regex> =
        Lazy::new(|| Regex::new(r"(?:^|[^\p{L}\p{N}])Luật\s+(?P<name>[^;,()]{3,}?)\s+ngày\s*(?P<date>\d{1,2}\s*(?:/\s*\d{1,2}\s*/\s*\d{4}|tháng\s*\d{1,2}\s*năm\s*\d{4}))").unwrap());

    fn old_laws(text: &str) -> Vec<(&str, Option<String>)> {
        OLD_LAW
            .captures_iter(text)
            .map(|c| (c.name("name").unwrap().as_str(), parse_date_after_ngay(&c["date"]).map(|d| d.iso())))
            .collect()
    }

    fn new_laws(text: &str) -> Vec<(&str, Option<String>)> {
        cited_laws(text).into_iter().map(|(n, d)| (n, d.map(|d| d.iso()))).collect()
    }

    const LAW_TOKENS: &[&str] = &[
        "Luật",
        "Luật ",
        " Luật ",
        " ",
        "  ",
        "\t",
        "ngày",
        " ngày ",
        " ngày",
        "12",
        "3",
        "2015",
        "20155",
        "/",
        " tháng ",
        "năm ",
        "12/3/2015",
        "31/2/2020",
        " 19 tháng 6 năm 2015",
        "1 / 13 /2020",
        ",",
        ";",
        "(",
        "x",
        "Đất đai",
        "ab",
        "a",
        "1",
        "Căn cứ",
        "sửa đổi",
    ];

    proptest! {
        #![proptest_config(ProptestConfig { cases: 5000, ..ProptestConfig::default() })]
        #[test]
        fn the_law_reader_agrees_with_the_pattern(parts in proptest::collection::vec(0..LAW_TOKENS.len(), 0..24)) {
            let text: String = parts.iter().map(|&i| LAW_TOKENS[i]).collect();
            prop_assert_eq!(new_laws(&text), old_laws(&text), "{:?}", text);
        }
    }

    #[test]
    fn laws_are_read_with_their_dates() {
        let t = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều ngày 22/11/2019;";
        assert_eq!(new_laws(t), [("Tổ chức chính quyền địa phương", Some("2015-06-19".to_string()))]);
        assert_eq!(new_laws("Luật  ab ngày 1/2/2020"), [(" ab", Some("2020-02-01".to_string()))]);
        assert_eq!(new_laws("Luật Đất đai ngày 31/2/2020"), [("Đất đai", None)]);
        assert!(new_laws("Điều luật Đất đai ngày 1/2/2020").is_empty());
        assert_eq!(new_laws(t), old_laws(t));
    }

    #[test]
    fn a_citations_date_and_issuer() {
        let t = |s: &str| new_tail(s);
        assert_eq!(t(", ngày 12/3/2024 của Bộ Nội vụ về việc giao"), (Some("2024-03-12".into()), Some("Bộ Nội vụ".into())));
        assert_eq!(t(" ngày 5 tháng 1 năm 2024"), (Some("2024-01-05".into()), None));
        // A day that does not exist: no date, the issuer still read.
        assert_eq!(t(" ngày 31/02/2024 của UBND tỉnh"), (None, Some("UBND tỉnh".into())));
        assert_eq!(t(" của Bộ Giao thông vận tải, ngày"), (None, Some("Bộ Giao thông vận tải".into())));
        assert_eq!(t(" của Thủ tướng Chính phủ ban hành"), (None, Some("Thủ tướng Chính phủ".into())));
        assert_eq!(t(" của  "), (None, None));
    }

    #[test]
    fn a_number_running_into_a_word_is_no_reference() {
        let rules = Rules::builtin().unwrap();
        let refs = |t: &str| {
            let fr = [Frag { line: 0, text: t, ends_par: true }];
            references(&fr, &rules, None).into_iter().filter_map(|r| r.number).collect::<Vec<_>>()
        };
        assert_eq!(refs("CÔNG BÁO/Số 15 + 16/Ngày 29-3-2024"), Vec::<String>::new());
        assert_eq!(refs("Căn cứ Quyết định số 16/QĐ-UBND ngày 29/3/2024"), ["16/QĐ-UBND"]);
    }

    #[test]
    fn a_letter_read_twice_in_a_symbol_is_mended() {
        let r = Rules::builtin().unwrap();
        assert_eq!(mend_symbol(&r, "QĐĐ-UBND").as_deref(), Some("QĐ-UBND"));
        assert_eq!(mend_symbol(&r, "QĐ-UBND"), None);
        assert_eq!(mend_symbol(&r, "UBND-VP"), None);
        assert_eq!(mend_symbol(&r, "TTr-STTTT"), None);
    }

    fn rules() -> Rules {
        Rules::builtin().unwrap()
    }

    fn lines(s: &str) -> Vec<Line> {
        crate::read::plain_lines(s)
    }

    #[test]
    fn a_date_a_gap_of_spaces_made_a_column_of_its_own_is_read() {
        let r = Rules::builtin().unwrap();
        let l = lines("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH SƠN LA\tĐộc lập - Tự do - Hạnh phúc\nSố: 85/QĐ-UBND\tSơn La, ngày\t16  tháng 01 năm 2025\n\nQUYẾT ĐỊNH\nVề việc giao chỉ tiêu năm 2025\n");
        let h = parse(&l, 0, l.len(), l.len(), &r);
        assert_eq!(h.place.as_deref(), Some("Sơn La"));
        assert_eq!(h.date.map(|d| d.iso()).as_deref(), Some("2025-01-16"));
    }

    #[test]
    fn a_letterhead_run_into_one_line_is_cut_into_its_parts() {
        let run = "ỦY BAN NHÂN DÂN **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH HÀ TĨNH Độc lập - Tự do - Hạnh phúc** Số: 118/KH-UBND _Hà Tĩnh, ngày 22 tháng 3 năm 2024_";
        assert_eq!(
            unrun_letterhead(run).unwrap(),
            [
                "ỦY BAN NHÂN DÂN",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "TỈNH HÀ TĨNH",
                "Độc lập - Tự do - Hạnh phúc",
                "Số: 118/KH-UBND",
                "Hà Tĩnh, ngày 22 tháng 3 năm 2024"
            ]
        );
        assert_eq!(
            unrun_letterhead("ỦY BAN NHÂN DÂN TỈNH LÀO CAI Số: 1234/QĐ-UBND").unwrap(),
            ["ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "Số: 1234/QĐ-UBND"]
        );
        // (Running text is itself.)
        let prose = "Căn cứ Quyết định Số: 12/QĐ-UBND ngày 05 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh về việc giao chỉ tiêu";
        assert_eq!(unrun_letterhead(prose), None);
    }

    #[test]
    fn with_no_number_line_the_title_is_no_issuer() {
        let r = Rules::builtin().unwrap();
        let l = lines("ỦY BAN NHÂN DÂN\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÀO CAI\t\tĐộc lập - Tự do - Hạnh phúc\n\n\t\tLào Cai, ngày 15 tháng 12 năm 2024\n\nQUYẾT ĐỊNH\nVề việc giao chỉ tiêu năm 2025\n");
        let h = parse(&l, 0, l.len(), l.len(), &r);
        assert_eq!(h.number, None);
        assert_eq!(h.issuer.as_deref(), Some("Ủy ban nhân dân tỉnh Lào Cai"));
        assert_eq!(h.doc_type, "quyet_dinh");
    }

    #[test]
    fn dates_full_partial_and_blank() {
        assert_eq!(parse_date_after_ngay(" 07 tháng 7 năm 2023").unwrap().iso(), "2023-07-07");
        assert_eq!(parse_date_after_ngay(" 05/01/2024").unwrap().iso(), "2024-01-05");
        assert_eq!(parse_date_after_ngay(" tháng năm 2023").unwrap().iso(), "2023");
        assert_eq!(parse_date_after_ngay(" tháng 02 năm 2023").unwrap().iso(), "2023-02");
        assert_eq!(parse_date_after_ngay(" tháng năm"), None);
        // Left to be written in by hand with dots or an ellipsis.
        assert_eq!(parse_date_after_ngay(" …  tháng 3 năm 2025").unwrap().iso(), "2025-03");
        assert_eq!(parse_date_after_ngay(" ..... tháng ..... năm 2025").unwrap().iso(), "2025");
        assert_eq!(parse_date_after_ngay(" ___ tháng 11 năm 2024").unwrap().iso(), "2024-11");
        // A scan's slip in the marks of "năm", a copy with none.
        assert_eq!(parse_date_after_ngay(" 22 tháng 02 nãm 2024").unwrap().iso(), "2024-02-22");
        assert_eq!(parse_date_after_ngay(" 5 thang 3 nam 2024").unwrap().iso(), "2024-03-05");
        assert_eq!(parse_date_after_ngay(" 5 thắng 3 năm 2024").unwrap().iso(), "2024-03-05");
        assert_eq!(parse_date_after_ngay(" 5 tháng 3 nămnay 2024"), None);
    }

    #[test]
    fn issuer_in_normal_case() {
        let r = rules();
        assert_eq!(normal_case(&r, "ỦY BAN NHÂN DÂN HUYỆN VĨNH THUẬN"), "Ủy ban nhân dân huyện Vĩnh Thuận");
        assert_eq!(normal_case(&r, "UBND TỈNH KHÁNH HÒA"), "Ủy ban nhân dân tỉnh Khánh Hòa");
        assert_eq!(normal_case(&r, "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"), "Sở Thông tin và Truyền thông");
    }

    #[test]
    fn a_speck_under_the_title_is_no_subject() {
        let r = rules();
        let l = lines("ỦY BAN NHÂN DÂN\nHUYỆN ĐÔNG ANH\nSố: 587/BC-UBND\n\nBÁO CÁO\n\nKl\n\nKết quả thực hiện năm 2021\n\nThực hiện Kế hoạch.");
        let h = parse(&l, 0, l.len(), l.len(), &r);
        assert_eq!(h.subject.as_deref(), Some("Kết quả thực hiện năm 2021"));
    }

    #[test]
    fn a_subject_wrapped_after_a_comma_goes_on_into_a_body_s_name() {
        let r = rules();
        let l = lines(
            "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\nSố: 915/QĐ-UBND\nQUYẾT ĐỊNH\nVỀ VIỆC GIAO CHỈ TIÊU NĂM 2024 CHO CÁC SỞ, BAN, NGÀNH,\nỦY BAN NHÂN DÂN CÁC QUẬN, HUYỆN\n\nỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG\n\nCăn cứ Luật.",
        );
        let h = parse(&l, 0, l.len(), l.len(), &r);
        assert_eq!(h.subject.as_deref(), Some("VỀ VIỆC GIAO CHỈ TIÊU NĂM 2024 CHO CÁC SỞ, BAN, NGÀNH, ỦY BAN NHÂN DÂN CÁC QUẬN, HUYỆN"));
        assert_eq!(h.issuer.as_deref(), Some("Ủy ban nhân dân thành phố Hải Phòng"));
    }

    #[test]
    fn a_subject_goes_on_under_the_date_beside_its_first_line() {
        let r = rules();
        let l = lines(
            "ỦY BAN NHÂN DÂN\nXÃ BIỂN HỒ\nSố: 217/UBND-VP\nV/v giao chỉ tiêu giải quyết thủ tục\tBiển Hồ, ngày 08 tháng 9 năm 2025\nhành chính năm 2025\n\nKính gửi: Phòng Kinh tế.\n\nNội dung.",
        );
        let h = parse(&l, 0, l.len(), l.len(), &r);
        assert_eq!(h.subject.as_deref(), Some("Giao chỉ tiêu giải quyết thủ tục hành chính năm 2025"));
        assert!(h.date.is_some());
    }

    #[test]
    fn stamp_residue_in_capitals_is_no_issuer() {
        let r = rules();
        for stamp in ["VX.KW", "} (VBĐT)", "KT"] {
            let l = lines(&format!("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\n\n{stamp}\n\nSố: 386/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc x\n\nNội dung."));
            assert_eq!(parse(&l, 0, l.len(), l.len(), &r).issuer.as_deref(), Some("Ủy ban nhân dân tỉnh Lai Châu"), "{stamp}");
        }
    }

    #[test]
    fn a_bodys_name_wrapped_in_its_cell_is_read_whole() {
        let r = rules();
        let l = lines("UBND HUYỆN CẦU KÈ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG VĂN HÓA, KHOA HỌC\tĐộc lập - Tự do - Hạnh phúc\nVÀ THÔNG TIN\nSố: 214/BC-VHKHTT\tCầu Kè, ngày 08 tháng 12 năm 2025\n\nBÁO CÁO\nKết quả năm 2025\n\nNội dung.");
        assert_eq!(parse(&l, 0, l.len(), l.len(), &r).issuer.as_deref(), Some("Phòng Văn hóa, Khoa học và Thông tin"));
    }

    #[test]
    fn two_bodies_run_together_on_one_issuer_line_are_read_as_two() {
        let r = rules();
        let issuer = |block: &str| {
            let l = lines(&format!("{block}\nSố: 12/KH-SNV\nKẾ HOẠCH\nVề việc x\n\nNội dung."));
            parse(&l, 0, l.len(), l.len(), &r).issuer
        };
        assert_eq!(issuer("UBND TỈNH LONG AN SỞ NỘI VỤ").as_deref(), Some("Sở Nội vụ"));
        assert_eq!(issuer("UBND TỈNH BÌNH THUẬN VĂN PHÒNG").as_deref(), Some("Văn phòng Ủy ban nhân dân tỉnh Bình Thuận"));
        // (The abbreviations and their long forms are units.toml's.)
        assert_eq!(issuer("HĐND TỈNH BÌNH THUẬN VĂN PHÒNG").as_deref(), Some("Văn phòng Hội đồng nhân dân tỉnh Bình Thuận"));
        assert_eq!(issuer("UỶ BAN NHÂN DÂN TỈNH LONG AN SỞ NỘI VỤ").as_deref(), Some("Sở Nội vụ"));
        assert_eq!(issuer("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG").as_deref(), Some("Ủy ban nhân dân thành phố Hải Phòng"));
    }

    #[test]
    fn a_head_signing_in_person_has_a_position() {
        let r = rules();
        let l = lines("ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 03/CT-UBND\nCHỈ THỊ\nVề việc x\n\nNội dung.\nNơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\n\nNguyễn Văn Sơn");
        let s = parse(&l, 0, l.len(), l.len(), &r).signer.unwrap();
        assert_eq!((s.name.as_str(), s.position.as_deref(), s.capacity), ("Nguyễn Văn Sơn", Some("Chủ tịch"), None));
        // A line above the name that is no position is not taken for one.
        let l = lines("Số: 03/CT-UBND\nNội dung.\nNơi nhận:\n- Lưu: VT.\nVĂN PHÒNG\nNguyễn Văn Sơn");
        assert_eq!(parse(&l, 0, l.len(), l.len(), &r).signer.unwrap().position, None);
    }

    #[test]
    fn a_title_with_no_subject_leaves_the_body_out_of_it() {
        let r = rules();
        let l = lines("ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\nSố: 9/QĐ-UBND\nQUYẾT ĐỊNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Giao chỉ tiêu.");
        let h = parse(&l, 0, l.len(), l.len(), &r);
        assert_eq!(h.subject, None);
        assert!(!h.header_lines.contains(&4));
    }

    #[test]
    fn a_name_after_a_stamp_s_specks_is_the_signer_s() {
        let r = rules();
        assert_eq!(name_after_specks(&r, "›—— Đặng Quốc Vinh"), Some("Đặng Quốc Vinh"));
        assert_eq!(name_after_specks(&r, "`\\š?> Nguyễn Đình Khiêm"), Some("Nguyễn Đình Khiêm"));
        // No speck before it, or no surname opening it: none.
        assert_eq!(name_after_specks(&r, "Đặng Quốc Vinh"), None);
        assert_eq!(name_after_specks(&r, "Nó¿——Phaấ Hữu Lộc"), None);
        // A letter alone is no syllable of a two-word name.
        assert!(!is_name_like(&r, "Tá I"));
        assert!(is_name_like(&r, "Lê Na"));
    }

    #[test]
    fn a_rule_drawn_under_the_subject_ends_it() {
        let r = rules();
        let l = lines("ỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH\nSố: 07/CT-UBND\nCHỈ THỊ\nVề đẩy mạnh dịch vụ công trực tuyến\nnăm 2024\n__________\nThời gian qua, việc cung cấp dịch vụ công trực tuyến đã có chuyển biến.\nCHỦ TỊCH\nNguyễn Văn An");
        let h = parse(&l, 0, l.len(), l.len(), &r);
        assert_eq!(h.subject.as_deref(), Some("Về đẩy mạnh dịch vụ công trực tuyến năm 2024"));
    }

    #[test]
    fn a_subject_with_no_blank_line_after_it_ends_where_the_body_opens() {
        let r = rules();
        let l = lines(
            "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 12/KH-UBND\nKẾ HOẠCH\nTriển khai các chỉ tiêu năm 2025 và\nthực hiện chuyển đổi số\nThực hiện Quyết định số 06/QĐ-TTg của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch:\nI. MỤC TIÊU\nNơi nhận:\n- Như trên;\nNguyễn Văn An\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
        );
        let h = parse(&l, 0, l.len(), l.len(), &r);
        // A lower-case "thực hiện" goes on the subject; "Thực hiện …" opens the body.
        assert_eq!(h.subject.as_deref(), Some("Triển khai các chỉ tiêu năm 2025 và thực hiện chuyển đổi số"));
        assert!(!h.header_lines.contains(&6) && !h.header_lines.contains(&7));
        // The signature column read before the block it stands beside.
        let s = h.signer.unwrap();
        assert_eq!(s.name, "Nguyễn Văn An");
        assert_eq!(s.capacity.as_deref(), Some("TM. Ủy ban nhân dân"));
    }

    #[test]
    fn recipients_beside_the_signature_column() {
        let r = rules();
        let l = lines("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 96/KH-UBND\n\nKẾ HOẠCH\nSố hóa hồ sơ\n\nNơi nhận:\tKT. CHỦ TỊCH\n- Như trên;\tPHÓ CHỦ TỊCH\n- Sở Nội vụ;\n- Lưu: VT.\n\n\tĐào Quang Khải");
        let h = parse(&l, 0, l.len(), l.len(), &r);
        assert_eq!(h.recipients, vec!["Như trên", "Sở Nội vụ"]);
        let s = h.signer.unwrap();
        assert_eq!((s.name.as_str(), s.position.as_deref()), ("Đào Quang Khải", Some("Phó Chủ tịch")));
    }

    #[test]
    fn a_signature_block_run_into_the_recipients_lines() {
        // A browser's copy: each line of the block after a recipient's,
        // the name after the last one's.
        let r = rules();
        let l = lines("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 75/KH-UBND\n\nKẾ HOẠCH\nSố hóa hồ sơ\n\nNơi nhận: TM. ỦY BAN NHÂN DÂN\n- Văn phòng Chính phủ (b/c); KT. CHỦ TỊCH\n- TT HĐND tỉnh (b/c); PHÓ CHỦ TỊCH\n- Sở Nội vụ;\n- Lưu: VT, KSTT. Lò Minh Tuấn");
        let h = parse(&l, 0, l.len(), l.len(), &r);
        let s = h.signer.unwrap();
        assert_eq!(
            (s.name.as_str(), s.position.as_deref(), s.capacity.as_deref()),
            ("Lò Minh Tuấn", Some("Phó Chủ tịch"), Some("KT. Chủ tịch"))
        );
        assert_eq!(h.recipients[..2], ["Văn phòng Chính phủ (b/c)", "TT HĐND tỉnh (b/c)"]);
        // A recipient's own capitals are no block's.
        assert_eq!(unrun_signature("- Lưu: VT, KSTT."), None);
        assert_eq!(unrun_signature("- Như Điều 3;"), None);
    }

    #[test]
    fn a_seal_naming_the_place_is_no_signer() {
        let r = rules();
        let l = lines("ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH\nSố: 37/QĐ-UBND\tTây Ninh, ngày 2 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\nGiao chỉ tiêu\n\nNơi nhận:\tKT. CHỦ TỊCH\n- Như Điều 3;\tPHÓ CHỦ TỊCH\n- Lưu: VT.\tTây Ninh\n\tPhạm Văn An");
        let h = parse(&l, 0, l.len(), l.len(), &r);
        assert_eq!(h.place.as_deref(), Some("Tây Ninh"));
        assert_eq!(h.signer.unwrap().name, "Phạm Văn An");
    }

    #[test]
    fn a_signature_block_run_into_one_cell_with_its_name() {
        let r = rules();
        let l = lines("ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\nSố: 356/QĐ-UBND\tNinh Thuận, ngày 2 tháng 3 năm 2023\n\nQUYẾT ĐỊNH\nGiao chỉ tiêu\n\nNơi nhận: - Như Điều 3; - Lưu: VT.\tKT. CHỦ TỊCH PHÓ CHỦ TỊCH Phạm Quốc Hưng");
        let s = parse(&l, 0, l.len(), l.len(), &r).signer.unwrap();
        assert_eq!(
            (s.name.as_str(), s.position.as_deref(), s.capacity.as_deref()),
            ("Phạm Quốc Hưng", Some("Phó Chủ tịch"), Some("KT. Chủ tịch"))
        );
    }

    #[test]
    fn a_chair_signing_above_the_recipients() {
        // A council's resolution copied from a web page: "CHỦ TỊCH" and
        // the name, then the "Nơi nhận" list and the page's footer.
        let r = rules();
        let l = lines("HỘI ĐỒNG NHÂN DÂN\nTỈNH AN GIANG\nSố: 52/NQ-HĐND\tAn Giang, ngày 6 tháng 12 năm 2024\n\nNGHỊ QUYẾT\nVề chỉ tiêu\n\nNghị quyết này có hiệu lực./.\n \tCHỦ TỊCH\n\n\n\nTrương Minh Khoa\n \nNơi nhận:\n- Chính phủ;\n- Lưu: VT.\n\nLượt xem: 1.268 | Cập nhật: 10/12/2024");
        let s = parse(&l, 0, l.len(), l.len(), &r).signer.unwrap();
        assert_eq!((s.name.as_str(), s.position.as_deref(), s.capacity), ("Trương Minh Khoa", Some("Chủ tịch"), None));
    }

    #[test]
    fn a_dispatch_header() {
        let r = rules();
        let l = lines(
            "ỦY BAN NHÂN DÂN\nHUYỆN KON RẪY\n\nSố: /UBND-VX\n\nV/v thực hiện các chỉ tiêu\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nKon Rẫy, ngày tháng năm\n\nKính gửi:\n\n- Các cơ quan chuyên môn;\n- Ủy ban nhân dân các xã.\n\nThực hiện Quyết định số 55/QĐ-UBND ngày 08/02/2023 của Chủ tịch Ủy ban nhân dân tỉnh Kon Tum về việc giao.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nĐinh Thị Hồng Thu",
        );
        let h = parse(&l, 0, l.len(), l.len(), &r);
        assert_eq!(h.number, None);
        assert_eq!(h.symbol.as_deref(), Some("UBND-VX"));
        assert_eq!(h.doc_type, "cong_van");
        assert_eq!(h.issuer.as_deref(), Some("Ủy ban nhân dân huyện Kon Rẫy"));
        assert_eq!(h.place.as_deref(), Some("Kon Rẫy"));
        assert_eq!(h.date, None);
        assert_eq!(h.subject.as_deref(), Some("Thực hiện các chỉ tiêu"));
        let s = h.signer.unwrap();
        assert_eq!(s.name, "Đinh Thị Hồng Thu");
        assert_eq!(s.position.as_deref(), Some("Phó Chủ tịch"));
        assert_eq!(s.capacity.as_deref(), Some("KT. Chủ tịch"));
        assert_eq!(h.recipients, vec!["Các cơ quan chuyên môn", "Ủy ban nhân dân các xã", "Như trên"]);
        assert_eq!(h.references.len(), 1);
        let rf = &h.references[0];
        assert_eq!(rf.number.as_deref(), Some("55/QĐ-UBND"));
        assert_eq!(rf.doc_type, "quyet_dinh");
        assert_eq!(rf.date.as_deref(), Some("2023-02-08"));
        assert_eq!(rf.issuer.as_deref(), Some("Chủ tịch Ủy ban nhân dân tỉnh Kon Tum"));
    }

    #[test]
    fn an_office_named_alone_is_its_parents() {
        let r = rules();
        let l = lines("UBND TỈNH BÌNH THUẬN\nVĂN PHÒNG\n\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 3127 /VPUBND-KSTT\n\tBình Thuận, ngày 28 tháng 9 năm 2022");
        let h = parse(&l, 0, l.len(), l.len(), &r);
        assert_eq!(h.issuer.as_deref(), Some("Văn phòng Ủy ban nhân dân tỉnh Bình Thuận"));
        // A department keeps its own name.
        let l = lines("UBND TỈNH VĨNH PHÚC\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG\n\nSố: 112/STTTT-CĐS\n\tVĩnh Phúc, ngày 16 tháng 01 năm 2025");
        let h = parse(&l, 0, l.len(), l.len(), &r);
        assert_eq!(h.issuer.as_deref(), Some("Sở Thông tin và Truyền thông"));
    }

    #[test]
    fn a_decision_without_issuer_block_takes_the_authority_line() {
        let r = rules();
        let l = lines("Số: 805 /QĐ-UBND\n\nThái Bình, ngày 24 tháng 5 năm 2024\n\nQUYẾT ĐỊNH\n\nGiao chỉ tiêu năm 2024\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH\n\nCăn cứ Nghị định số 107/2021/NĐ-CP của Chính phủ;\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nPhạm Văn Nghiêm");
        let h = parse(&l, 0, l.len(), l.len(), &r);
        assert_eq!(h.number.as_deref(), Some("805/QĐ-UBND"));
        assert_eq!(h.issuer.as_deref(), Some("Ủy ban nhân dân tỉnh Thái Bình"));
        assert_eq!(h.date.unwrap().iso(), "2024-05-24");
        assert_eq!(h.subject.as_deref(), Some("Giao chỉ tiêu năm 2024"));
        assert_eq!(h.references[0].number.as_deref(), Some("107/2021/NĐ-CP"));
        assert_eq!(h.references[0].doc_type, "nghi_dinh");
        assert_eq!(h.signer.unwrap().name, "Phạm Văn Nghiêm");
    }
}
