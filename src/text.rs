//! Small text helpers shared by every stage: folding Vietnamese text for
//! comparison, reading numbers with a decimal comma, dates, and casing.
//!
//! Folding (`fold`) is what makes "Cổng", "Công", "hoá" and "hóa" compare
//! equal; the stages keep the document's own spelling in their output and
//! fold only to decide.

use rustc_hash::FxHashMap as HashMap;

use unicode_normalization::UnicodeNormalization;

/// Folds text for comparison: NFD, combining marks dropped, "đ" → "d",
/// lower case, every run of non-alphanumerics → one space, trimmed.
///
/// ASCII (most of any text) is read byte by byte through [`ASCII_FOLD`];
/// other chars are decoded and folded by table. The stages fold the same
/// phrases again and again (a line's opening for each test on it, a unit
/// or indicator wording for each value): a small memo per thread keeps the
/// latest folds ([`FoldMemo`]).
pub fn fold(s: &str) -> String {
    if s.len() > FoldMemo::LONGEST {
        return fold_uncached(s);
    }
    FOLD_MEMO
        .try_with(|m| match m.try_borrow_mut() {
            Ok(mut m) => m.fold(s),
            Err(_) => fold_uncached(s),
        })
        .unwrap_or_else(|_| fold_uncached(s))
}

/// The latest folds of short texts, one slot for each hash value (a new
/// fold takes the slot of the old one, whose buffers it reuses: a miss
/// costs a hash and two copies, no allocation). Every third fold of a
/// document repeats an earlier one; a hit is a compare and a copy.
struct FoldMemo {
    slots: Vec<(String, String)>,
}

impl FoldMemo {
    const SLOTS: usize = 1024;
    /// Longer texts (whole paragraphs) are folded each time: they are
    /// rarely folded twice, and a slot would keep them alive.
    const LONGEST: usize = 512;

    fn fold(&mut self, s: &str) -> String {
        use std::hash::BuildHasher;
        let slot = rustc_hash::FxBuildHasher.hash_one(s) as usize % Self::SLOTS;
        let (text, folded) = &mut self.slots[slot];
        if text != s {
            let f = fold_uncached(s);
            text.clear();
            text.push_str(s);
            folded.clear();
            folded.push_str(&f);
            return f;
        }
        folded.clone()
    }
}

thread_local! {
    static FOLD_MEMO: std::cell::RefCell<FoldMemo> = std::cell::RefCell::new(FoldMemo { slots: vec![Default::default(); FoldMemo::SLOTS] });
}

fn fold_uncached(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out, |_, _| {});
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// What an ASCII byte folds to: itself lower-cased, or 0 for a separator.
static ASCII_FOLD: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

/// Folds `s` onto `out` (see [`fold`]; a trailing space is left for the
/// caller to take back), telling `mapped(i, n)` of every `n` bytes pushed
/// that they come from the char at `s[i]`.
#[inline(always)]
fn fold_into(s: &str, out: &mut String, mut mapped: impl FnMut(usize, usize)) {
    let b = s.as_bytes();
    let table = fold_table();
    let mut space = true;
    let mut i = 0;
    while i < b.len() {
        let x = b[i];
        if x < 0x80 {
            let f = ASCII_FOLD[x as usize];
            if f != 0 {
                out.push(char::from(f));
                mapped(i, 1);
                space = false;
            } else if !space {
                out.push(' ');
                mapped(i, 1);
                space = true;
            }
            i += 1;
            continue;
        }
        let c = s[i..].chars().next().unwrap_or_default();
        match fold_char_in(table, c) {
            Some(f) => {
                out.push(f);
                mapped(i, f.len_utf8());
                space = false;
            }
            None => {
                if !space && !is_mark(c) {
                    out.push(' ');
                    mapped(i, 1);
                    space = true;
                }
            }
        }
        i += c.len_utf8();
    }
}

/// The opening of [`fold`]`(s)`, at least its first `need` bytes (all of it
/// when shorter), without folding a long text whole.
pub fn fold_head(s: &str, need: usize) -> String {
    let cut = head_cut(s, need);
    let f = fold(&s[..cut]);
    // Each char folds to one at most: a cut text folds to a prefix of the
    // whole, less a trailing space.
    if cut == s.len() || f.len() > need {
        f
    } else {
        fold(s)
    }
}

/// The first `n` words of [`fold`]`(s)`, without folding a long text whole.
pub fn folded_words(s: &str, n: usize) -> String {
    let mut need = 16 * n.max(1);
    loop {
        let f = fold_head(s, need);
        // No longer than `need`: the whole text folded. Else a prefix of
        // the whole fold, whose words before its last space are whole.
        if f.len() <= need || f.matches(' ').count() >= n {
            return f.split(' ').take(n).collect::<Vec<_>>().join(" ");
        }
        need *= 4;
    }
}

/// [`fold_head`] with its map to `s`, as [`fold_with_map`] gives (the map
/// ends where the folded opening ends in `s`).
pub fn fold_head_with_map(s: &str, need: usize) -> (String, Vec<usize>) {
    let cut = head_cut(s, need);
    let (f, map) = fold_with_map(&s[..cut]);
    if cut == s.len() || f.len() > need {
        (f, map)
    } else {
        fold_with_map(s)
    }
}

/// Where to cut `s` so that its opening likely folds to more than `need`
/// bytes (marks and signs fold to nothing: some room for them).
fn head_cut(s: &str, need: usize) -> usize {
    s.char_indices().nth(2 * need + 8).map_or(s.len(), |(i, _)| i)
}

fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF)
}

/// Folds one char the way `fold` does (lower case, no marks); `None` for a
/// char that folding drops or turns into a separator.
pub fn fold_char(c: char) -> Option<char> {
    fold_char_in(fold_table(), c)
}

/// The fold table, for a loop that folds many chars: fetched once, not
/// checked for being built at each char.
fn fold_table() -> &'static FoldTable {
    &FOLD_TABLE
}

#[inline]
fn fold_char_in(table: &FoldTable, c: char) -> Option<char> {
    if c.is_ascii() {
        return if c.is_ascii_alphanumeric() { Some(c.to_ascii_lowercase()) } else { None };
    }
    let cp = c as usize;
    let hit = if cp < LATIN_END {
        table.latin.get(cp)
    } else {
        cp.checked_sub(EXTENDED_START).and_then(|k| table.extended.get(k))
    };
    match hit {
        Some('\0') => None,
        Some(&f) => Some(f),
        None => fold_char_slow(c),
    }
}

fn fold_char_slow(c: char) -> Option<char> {
    let base = c.nfd().find(|&d| !is_mark(d))?;
    let base = if base == 'đ' || base == 'Đ' { 'd' } else { base };
    if base.is_alphanumeric() {
        base.to_lowercase().next()
    } else {
        None
    }
}

/// The chars Vietnamese text is written in fold by table look-up: Latin-1,
/// Latin Extended-A/B and the combining marks (below `LATIN_END`), Latin
/// Extended Additional (the toned letters) and general punctuation (from
/// `EXTENDED_START` to `EXTENDED_END`). Other chars fold the slow way;
/// the table is built at the first fold, so it is kept to these blocks.
struct FoldTable {
    latin: Vec<char>,
    extended: Vec<char>,
}

const LATIN_END: usize = 0x370;
const EXTENDED_START: usize = 0x1E00;
const EXTENDED_END: usize = 0x2100;

static FOLD_TABLE: once_cell::sync::Lazy<FoldTable> = once_cell::sync::Lazy::new(|| {
    let fold_range = |r: std::ops::Range<usize>| r.map(|cp| char::from_u32(cp as u32).and_then(fold_char_slow).unwrap_or('\0')).collect();
    FoldTable {
        latin: fold_range(0..LATIN_END),
        extended: fold_range(EXTENDED_START..EXTENDED_END),
    }
});

/// Folds and also maps each byte offset of the folded text back to a byte
/// offset of the original, so that a match on folded text can be cut out of
/// the original. `map[i]` is the start in `s` of the char that gave folded
/// byte `i`; the last entry is `s.len()`.
pub fn fold_with_map(s: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(s.len());
    let mut map = Vec::with_capacity(s.len() + 1);
    fold_into(s, &mut out, |i, n| map.extend(std::iter::repeat_n(i, n)));
    if out.ends_with(' ') {
        out.pop();
        map.pop();
    }
    map.push(s.len());
    (out, map)
}

/// Where `word` stands in `s` as a whole word: no letter or digit just
/// before or after it.
pub fn word_positions<'a>(s: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    match_starts(s, word).filter(move |&p| is_whole_word(s, p, p + word.len()))
}

/// Where `needle` occurs in `hay`, left to right and not overlapping: the
/// starts `hay.match_indices(needle)` gives. Its first byte is looked for
/// and the rest compared there: the texts searched are short, and a
/// string searcher built for each word cost more than the search.
fn match_starts<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let mut from = 0;
    std::iter::from_fn(move || {
        let Some(&first) = n.first() else {
            // An empty needle matches at every char boundary.
            let at = from;
            from = if at < h.len() { at + hay[at..].chars().next().map_or(1, char::len_utf8) } else { h.len() + 1 };
            return (at <= h.len()).then_some(at);
        };
        while from < h.len() {
            let p = from + memchr::memchr(first, &h[from..])?;
            if h[p..].starts_with(n) {
                from = p + n.len();
                return Some(p);
            }
            from = p + 1;
        }
        None
    })
}

/// Whether a line opens with one of `words` (all folded): `folded` is the
/// line folded, and it must begin with a capital as written (`text`), so
/// that a wrapped line going on in lower case does not count.
pub fn opens_with_word(text: &str, folded: &str, words: &[String]) -> bool {
    text.trim_start().starts_with(char::is_uppercase) && words.iter().any(|w| opens_with(folded, w))
}

/// Whether folded text opens with `word` (folded) as whole words: "cac so
/// y te" opens with "cac so", not with "ca".
pub fn opens_with(folded: &str, word: &str) -> bool {
    // The first bytes tell most pairs apart (a list of words is tried on
    // each text) before the words are compared.
    if !word.is_empty() && folded.as_bytes().first() != word.as_bytes().first() {
        return false;
    }
    folded.strip_prefix(word).is_some_and(|r| r.is_empty() || r.starts_with(' '))
}

/// The words of `s` parted by single spaces, each with its byte offset.
pub fn words_at(s: &str) -> Vec<(usize, &str)> {
    s.split(' ')
        .scan(0, |at, w| {
            let here = *at;
            *at += w.len() + 1;
            Some((here, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect()
}

/// Whether the text has letters and none of them is lower case.
pub fn is_upper_line(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        if is_letter(c) {
            letters += 1;
        }
    }
    letters >= 2
}

/// `char::is_alphabetic`, answered without a Unicode table look-up for
/// the letters of Vietnamese text (Latin-1 and Latin Extended letters,
/// Latin Extended Additional).
pub fn is_letter(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphabetic(),
        '\u{C0}'..='\u{24F}' => c != '×' && c != '÷',
        '\u{1EA0}'..='\u{1EFF}' => true,
        _ => c.is_alphabetic(),
    }
}

/// Collapses runs of white space (tabs included) to one space and trims.
pub fn squash(s: &str) -> String {
    if is_squashed(s) {
        return s.to_string();
    }
    // (Words written one after another: no list of them to join.)
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Whether `s` has no white space but single spaces between words, read
/// by [`no_bad_byte`]. Bytes that may open other white space say no, and
/// [`squash`] then reads `s` whole.
pub fn is_squashed(s: &str) -> bool {
    let b = s.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    // Other white space; a space after a space; U+1680 (E1 9A 80: of
    // U+1000–U+1FFF, Vietnamese letters among them, the only space; E1 9A
    // opens nothing else Vietnamese).
    no_bad_byte(b, SPACE_CLASSES, |prev, class| class & OTHER_SPACE | prev & class & SPACE | (prev & E1) << 1 & class & X9A)
}

/// Byte classes: each group's bytes have its class bits, other bytes 0.
pub type ByteClasses = [(&'static [u8], u8)];

/// The class of byte `c` (see [`ByteClasses`]): compares only, no table,
/// so that a loop over bytes becomes vector code.
#[inline(always)]
fn class_of(c: u8, classes: &ByteClasses) -> u8 {
    let mut class = 0u8;
    for &(bytes, bits) in classes {
        for &b in bytes {
            class |= if c == b { bits } else { 0 };
        }
    }
    class
}

/// Whether `bad(class before, class)` is 0 for every byte of `b` (the
/// first byte's "before" is 0). Read 32 bytes at a time, each block's
/// classes found by compares and tested without a branch: the compiler
/// makes vector code of it (a table look-up a byte was twice as slow).
#[inline(always)]
pub fn no_bad_byte(b: &[u8], classes: &ByteClasses, bad: impl Fn(u8, u8) -> u8) -> bool {
    const W: usize = 32;
    let mut prev = 0u8;
    let mut blocks = b.chunks_exact(W);
    for block in &mut blocks {
        let mut class = [0u8; W + 1];
        class[0] = prev;
        for (k, &c) in block.iter().enumerate() {
            class[k + 1] = class_of(c, classes);
        }
        let found = (0..W).fold(0u8, |found, k| found | bad(class[k], class[k + 1]));
        if found != 0 {
            return false;
        }
        prev = class[W];
    }
    let mut found = 0u8;
    for &c in blocks.remainder() {
        let class = class_of(c, classes);
        found |= bad(prev, class);
        prev = class;
    }
    found == 0
}

const OTHER_SPACE: u8 = 1;
const SPACE: u8 = 2;
const E1: u8 = 4;
const X9A: u8 = 8;

/// What [`is_squashed`] tells bytes apart by: ASCII white space but the
/// space, and the lead bytes of U+0085/U+00A0, U+2000–U+205F and U+3000;
/// the space; the lead and second byte of U+1680.
const SPACE_CLASSES: &ByteClasses = &[(&[b'\t', b'\n', 0x0B, 0x0C, b'\r', 0xC2, 0xE2, 0xE3], OTHER_SPACE), (b" ", SPACE), (&[0xE1], E1), (&[0x9A], X9A)];

/// How many bytes of `b` pass `test`: counted in 8-bit lanes, a run of
/// 255 bytes at a time, which the compiler turns into vector code (a
/// count into one `usize` a byte was most of the time legacy detection
/// took).
pub fn count_bytes(b: &[u8], test: impl Fn(u8) -> bool) -> usize {
    b.chunks(255).map(|c| usize::from(c.iter().fold(0u8, |n, &x| n + u8::from(test(x))))).sum()
}

/// Collapses runs of spaces to one and trims, keeping tabs (cell breaks).
pub fn squash_keep_tabs(s: &str) -> String {
    s.split('\t').map(squash).collect::<Vec<_>>().join("\t").trim_matches('\t').to_string()
}

/// Whether a line is a list item marked with a dash or bullet.
pub fn is_dash_item(line: &str) -> bool {
    dash_of(line).is_some()
}

/// "1", "12", "II", "B.": a row's index cell.
pub fn is_index_cell(s: &str) -> bool {
    let s = s.trim().trim_end_matches(['.', ')']);
    (!s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit()))
        || (!s.is_empty() && s.len() <= 5 && s.bytes().all(|b| b"IVXLC".contains(&b)))
        || (s.chars().count() == 1 && s.chars().all(|c| c.is_uppercase()))
}

/// The dash (or bullet) a list item opens with.
pub fn dash_of(line: &str) -> Option<char> {
    line.trim_start().chars().next().filter(|c| matches!(c, '-' | '+' | '•' | '–'))
}

/// Upper-cases the first letter.
pub fn capitalize_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// `s` in NFC, borrowed where it already is (most text: ASCII, or
/// precomposed letters a quick check passes).
pub fn nfc(s: &str) -> std::borrow::Cow<'_, str> {
    use unicode_normalization::{is_nfc_quick, IsNormalized};
    if s.is_ascii() || is_nfc_quick(s.chars()) == IsNormalized::Yes {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.nfc().collect())
    }
}

/// The lines of `s`, as [`str::lines`] gives them (a line ends at "\n" or
/// "\r\n"; a last line ending gives no empty line after it), the line
/// ends found by one vector scan rather than a search a line.
pub fn lines(s: &str) -> impl Iterator<Item = &str> {
    let mut ends = memchr::memchr_iter(b'\n', s.as_bytes());
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= s.len() {
            return None;
        }
        Some(match ends.next() {
            Some(end) => {
                let line = &s[start..end];
                start = end + 1;
                line.strip_suffix('\r').unwrap_or(line)
            }
            None => {
                let line = &s[start..];
                start = s.len();
                line
            }
        })
    })
}

/// Column gaps of text laid out with spaces (a `pdftotext -layout` dump, a
/// gazette's text, a two-column header copied from a page): a run of three
/// or more spaces between words becomes a tab, as in text laid out with
/// tabs. A line that already has tabs or is a pipe-table row is left as it
/// is, and so is a gap left blank to be filled in by hand
/// ("Số:      /KH-UBND", "ngày     tháng     năm"): it is one cell.
pub fn space_columns(line: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    // Most lines have no gap: one vectorised search turns them away.
    static GAP: once_cell::sync::Lazy<memchr::memmem::Finder<'static>> = once_cell::sync::Lazy::new(|| memchr::memmem::Finder::new(b"   "));
    let body = line.trim();
    if GAP.find(body.as_bytes()).is_none() || memchr::memchr(b'\t', line.as_bytes()).is_some() || body.starts_with('|') {
        return Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = body;
    // A row's index and its name two spaces apart ("11  Sở Nội vụ      80%
    // …", a browser's copy of a table): two cells, as the gaps after.
    let index = rest.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&index) {
        let mark = usize::from(rest[index..].starts_with(['.', ')']));
        let after = &rest[index + mark..];
        if after.starts_with("  ") && !after.starts_with("   ") && after[2..].starts_with(char::is_alphabetic) {
            out.push_str(&rest[..index + mark]);
            out.push('\t');
            rest = &after[2..];
        }
    }
    while let Some(at) = rest.find("   ") {
        let (left, tail) = rest.split_at(at);
        let right = tail.trim_start_matches(' ');
        out.push_str(left);
        // A mark alone at the end ("45%.   |": a scan's ruling, a stamp's
        // stroke) is no cell, nor any part of the text.
        if right.len() <= 2 && !right.chars().any(char::is_alphanumeric) {
            return Cow::Owned(out);
        }
        out.push(if is_fill_in_gap(&out, right) { ' ' } else { '\t' });
        rest = right;
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Whether a gap between `left` and `right` is a blank of a form: the
/// number's serial or a date's day, month or year left to be written in.
/// (After "số", only where the number goes on: "V/v triển khai Quyết
/// định số      Tiền Hải, ngày …" sets the place and date beside it.)
fn is_fill_in_gap(left: &str, right: &str) -> bool {
    const BLANK_AFTER: [&str; 3] = ["ngày", "tháng", "năm"];
    const NUMBER_AFTER: [&str; 2] = ["số:", "số"];
    let last = left.rsplit(' ').next().unwrap_or("").to_lowercase();
    right.starts_with('/')
        || right.starts_with("tháng")
        || right.starts_with("năm")
        || BLANK_AFTER.contains(&last.as_str())
        || NUMBER_AFTER.contains(&last.as_str()) && !right.starts_with(char::is_alphabetic)
}

/// The words of folded text, split at each space as `split(' ')` does.
/// Words are short: a plain loop finds the next space sooner than a
/// search set up for long runs.
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(folded);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.bytes().position(|c| c == b' ') {
            Some(k) => {
                rest = Some(&r[k + 1..]);
                Some(&r[..k])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// Title-cases each word ("KHÁNH HÒA" → "Khánh Hòa").
pub fn title_case(s: &str) -> String {
    s.split(' ').map(|w| capitalize_first(&w.to_lowercase())).collect::<Vec<_>>().join(" ")
}

/// Reads a number written the Vietnamese way: "97,5" is 97.5, "1.234" is
/// 1234, "80" is 80. Returns `None` for anything else.
pub fn parse_number(s: &str) -> Option<f64> {
    let s = s.trim();
    // Most numbers are a few figures: read as an integer, whose value as
    // f64 is exact (below 2^53), as the parse below gives it.
    if !s.is_empty() && s.len() <= 15 && s.bytes().all(|b| b.is_ascii_digit()) {
        return Some(s.bytes().fold(0u64, |n, b| n * 10 + u64::from(b - b'0')) as f64);
    }
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.') {
        return None;
    }
    if !s.starts_with(|c: char| c.is_ascii_digit()) || !s.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let commas = s.matches(',').count();
    let dots = s.matches('.').count();
    let normal = match (commas, dots) {
        (0, 0) => s.to_string(),
        (1, 0) => s.replace(',', "."),
        (0, 1) => {
            // "1.234" is a thousands separator; "97.5" a decimal point.
            let frac = s.split('.').nth(1).unwrap_or("");
            if frac.len() == 3 {
                s.replace('.', "")
            } else {
                s.to_string()
            }
        }
        (1, _) => s.replace('.', "").replace(',', "."),
        (0, _) => s.replace('.', ""),
        _ => return None,
    };
    normal.parse().ok().filter(|v: &f64| v.is_finite())
}

/// A calendar date that may lack its day or month ("ngày tháng năm 2023").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartialDate {
    /// Four-digit year.
    pub year: i32,
    /// 1–12, when written.
    pub month: Option<u32>,
    /// 1–31, when written (only with a month).
    pub day: Option<u32>,
}

impl PartialDate {
    /// Builds a date, rejecting impossible months and days.
    pub fn new(year: i32, month: Option<u32>, day: Option<u32>) -> Option<Self> {
        if !(1900..=2100).contains(&year) {
            return None;
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return None;
            }
        }
        let day = match (month, day) {
            (Some(m), Some(d)) => {
                if d < 1 || d > days_in_month(year, m) {
                    return None;
                }
                Some(d)
            }
            _ => None,
        };
        Some(PartialDate { year, month, day })
    }

    /// ISO 8601: "2023-07-07", "2023-02" or "2023".
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{:02}-{:02}", self.year, m, d),
            (Some(m), None) => format!("{:04}-{:02}", self.year, m),
            _ => format!("{:04}", self.year),
        }
    }

    /// Day, month and year all written.
    pub fn is_full(&self) -> bool {
        self.day.is_some()
    }
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `s` without `lower` (in lower case) at its start, case ignored but not
/// diacritics ("Tối thiểu 50%" less "tối thiểu" is " 50%"); `None` when
/// `s` does not open so. Nothing is lower-cased but the chars compared.
pub fn strip_prefix_lower<'a>(s: &'a str, lower: &str) -> Option<&'a str> {
    strip_prefix_by(s, lower, lower_eq)
}

/// [`strip_prefix_lower`] at the end of `s`.
pub fn strip_suffix_lower<'a>(s: &'a str, lower: &str) -> Option<&'a str> {
    strip_suffix_by(s, lower, lower_eq)
}

/// `s` without `word` at its start, each char compared by `same`.
#[inline]
pub fn strip_prefix_by<'a>(s: &'a str, word: &str, same: impl Fn(char, char) -> bool) -> Option<&'a str> {
    let mut rest = s.chars();
    for w in word.chars() {
        if !same(rest.next()?, w) {
            return None;
        }
    }
    Some(rest.as_str())
}

/// `s` without `word` at its end, each char compared by `same`.
#[inline]
fn strip_suffix_by<'a>(s: &'a str, word: &str, same: impl Fn(char, char) -> bool) -> Option<&'a str> {
    let mut rest = s.chars();
    for w in word.chars().rev() {
        if !same(rest.next_back()?, w) {
            return None;
        }
    }
    Some(rest.as_str())
}

/// Whether `s` holds `lower` (in lower case), case ignored but not
/// diacritics, without lower-casing `s`.
pub fn contains_lower(s: &str, lower: &str) -> bool {
    let Some(first) = lower.chars().next() else { return true };
    s.char_indices().any(|(i, c)| lower_eq(c, first) && strip_prefix_lower(&s[i..], lower).is_some())
}

/// A letter without the mark that makes it another vowel (circumflex,
/// breve, horn), its tone kept: "ố" → "ó", "ự" → "ụ", "ơ" → "o". OCR
/// often loses the first and keeps the second ("Quyét" for "Quyết").
pub fn unhat(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    // (Looked up: Latin letters with marks lie below U+1F00.)
    match UNHAT.get(c as usize - 0x80) {
        Some(&u) => u,
        None => unhat_uncached(c),
    }
}

static UNHAT: once_cell::sync::Lazy<Vec<char>> = once_cell::sync::Lazy::new(|| (0x80..0x1F00u32).map(|u| char::from_u32(u).map_or('\0', unhat_uncached)).collect());

fn unhat_uncached(c: char) -> char {
    let (mut base, mut tone) = (None, None);
    unicode_normalization::char::decompose_canonical(c, |d| match d {
        '\u{302}' | '\u{306}' | '\u{31B}' => {}
        '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}' => tone = Some(d),
        d => base = Some(d),
    });
    match (base, tone) {
        (Some(b), Some(t)) => unicode_normalization::char::compose(b, t).unwrap_or(c),
        (Some(b), None) => b,
        _ => c,
    }
}

/// Whether `c` is the letter `lower` (in lower case), case ignored and a
/// vowel's hat too, as OCR drops it ([`unhat`]), but not its tone ("tói"
/// is "tối", "tử" is no "từ").
pub fn same_letter(c: char, lower: char) -> bool {
    lower_eq(c, lower) || (!c.is_ascii() || !lower.is_ascii()) && c.to_lowercase().next().is_some_and(|l| unhat(l) == unhat(lower))
}

/// [`strip_prefix_lower`], letters compared by [`same_letter`].
pub fn strip_prefix_loose<'a>(s: &'a str, lower: &str) -> Option<&'a str> {
    strip_prefix_by(s, lower, same_letter)
}

/// [`strip_suffix_lower`], letters compared by [`same_letter`].
pub fn strip_suffix_loose<'a>(s: &'a str, lower: &str) -> Option<&'a str> {
    strip_suffix_by(s, lower, same_letter)
}

/// Whether `c` lower-cases to the one char `lower`.
fn lower_eq(c: char, lower: char) -> bool {
    if c == lower {
        return true;
    }
    if c.is_ascii() {
        return c.to_ascii_lowercase() == lower;
    }
    let mut l = c.to_lowercase();
    l.next() == Some(lower) && l.next().is_none()
}

/// Finds `needle` in `hay` as whole words, ignoring case but not
/// diacritics ("từ" is not "tử"): the byte range in `hay`.
pub fn find_word_ci(hay: &str, needle: &str) -> Option<(usize, usize)> {
    let lower = hay.to_lowercase();
    find_word_in_lower(hay, &lower, &needle.to_lowercase())
}

/// Whether `s[a..b]` is whole words: no letter or digit just before or
/// after it.
pub fn is_whole_word(s: &str, a: usize, b: usize) -> bool {
    !s[..a].chars().next_back().is_some_and(char::is_alphanumeric) && !s[b..].chars().next().is_some_and(char::is_alphanumeric)
}

/// Whether the words of `s[a..b]` are a proper name's syllables, each
/// capitalised with a capitalised word after them ("phường Đạt Hiếu"), not
/// a word like "đạt" written in capitals at a sentence's start.
pub fn in_proper_name(s: &str, a: usize, b: usize) -> bool {
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    s[a..b].split_whitespace().all(capital) && s[b..].split_whitespace().next().is_some_and(capital)
}

/// `find_word_ci` with the haystack already lower-cased (`lower`), for
/// callers that search one text for many words.
pub fn find_word_in_lower(hay: &str, lower: &str, needle: &str) -> Option<(usize, usize)> {
    if needle.is_empty() {
        return None;
    }
    if lower.len() != hay.len() {
        // Lower-casing changed byte lengths: compare char by char instead.
        let chars: Vec<(usize, char)> = hay.char_indices().collect();
        let nd: Vec<char> = needle.chars().collect();
        'outer: for start in 0..chars.len() {
            if start > 0 && chars[start - 1].1.is_alphanumeric() {
                continue;
            }
            for (k, &n) in nd.iter().enumerate() {
                match chars.get(start + k) {
                    Some(&(_, c)) if c.to_lowercase().next() == Some(n) => {}
                    _ => continue 'outer,
                }
            }
            let k = start + nd.len();
            if chars.get(k).is_some_and(|&(_, c)| c.is_alphanumeric()) {
                continue;
            }
            return Some((chars[start].0, chars.get(k).map_or(hay.len(), |&(i, _)| i)));
        }
        return None;
    }
    let mut from = 0;
    while let Some(p) = lower[from..].find(needle) {
        let (a, b) = (from + p, from + p + needle.len());
        if is_whole_word(lower, a, b) {
            return Some((a, b));
        }
        from = a + lower[a..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// Abbreviations to expand in folded text (short → long, e.g. "tthc" →
/// "thu tuc hanh chinh"), indexed by their first word.
#[derive(Debug, Clone, Default)]
pub struct Abbreviations {
    /// First word → (short form, long form), the short forms of most
    /// words first.
    by_first: HashMap<String, Vec<(String, String)>>,
}

impl Abbreviations {
    /// From (short, long) pairs of folded text.
    pub fn new(pairs: &[(String, String)]) -> Abbreviations {
        let mut by_first: HashMap<String, Vec<(String, String)>> = HashMap::default();
        for (short, long) in pairs {
            let first = short.split(' ').next().unwrap_or_default();
            by_first.entry(first.to_string()).or_default().push((short.clone(), long.clone()));
        }
        for v in by_first.values_mut() {
            v.sort_by_key(|(short, _)| std::cmp::Reverse(short.split(' ').count()));
        }
        Abbreviations { by_first }
    }
}

/// Replaces whole folded words by the abbreviations' long forms. Input and
/// output are folded text. Words are looked up where they stand (no list
/// of them is built) and the text is copied once.
pub fn expand_words(folded: &str, abbr: &Abbreviations) -> String {
    let b = folded.as_bytes();
    let mut out: Option<String> = None;
    // `folded[..copied]` is in `out`.
    let mut copied = 0;
    let mut start = 0;
    while start <= b.len() {
        // Words are short: a plain loop finds the space sooner than a
        // search set up for long runs.
        let end = b[start..].iter().position(|&c| c == b' ').map_or(b.len(), |k| start + k);
        let hit = abbr.by_first.get(&folded[start..end]).and_then(|cands| {
            cands
                .iter()
                .find(|(short, _)| b[start..].starts_with(short.as_bytes()) && matches!(b.get(start + short.len()), None | Some(b' ')))
        });
        match hit {
            Some((short, long)) => {
                let o = out.get_or_insert_with(|| String::with_capacity(folded.len() + 32));
                o.push_str(&folded[copied..start]);
                o.push_str(long);
                copied = start + short.len();
                start = copied + 1;
            }
            None => start = end + 1,
        }
    }
    match out {
        Some(mut o) => {
            o.push_str(&folded[copied..]);
            o
        }
        None => folded.to_string(),
    }
}

/// The number a table cell that numbers a column holds ("3", "(3)").
pub fn column_number(cell: &str) -> Option<usize> {
    cell.trim().trim_start_matches('(').trim_end_matches(')').parse().ok()
}

/// "(1) (2) (3)": a row of the columns' numbers, its other cells empty.
pub fn is_column_numbers(cells: &[String]) -> bool {
    cells.iter().any(|c| !c.trim().is_empty()) && cells.iter().all(|c| c.trim().is_empty() || column_number(c).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_vowel_loses_its_hat_but_keeps_its_tone() {
        let pairs = [
            ('ố', 'ó'),
            ('ầ', 'à'),
            ('ặ', 'ạ'),
            ('ự', 'ụ'),
            ('ơ', 'o'),
            ('ư', 'u'),
            ('ê', 'e'),
            ('é', 'é'),
            ('đ', 'đ'),
            ('a', 'a'),
            ('Ố', 'Ó'),
        ];
        for (c, want) in pairs {
            assert_eq!(unhat(c), want, "{c}");
        }
        assert!(same_letter('ó', 'ố') && same_letter('Ó', 'ố') && same_letter('ố', 'ố') && same_letter('T', 't'));
        assert!(!same_letter('ử', 'ừ') && !same_letter('á', 'a') && !same_letter('e', 'é') && !same_letter('d', 'đ'));
        assert_eq!(strip_prefix_loose("Tói thiểu 50%", "tối thiểu"), Some(" 50%"));
        assert_eq!(strip_prefix_loose("tử 50%", "từ"), None);
        assert_eq!(strip_suffix_loose("đạt tói thiểu", "tối thiểu"), Some("đạt "));
        assert_eq!(strip_suffix_loose("thiểu", "tối thiểu"), None);
    }

    /// `fold` and `fold_with_map` as first written, char by char: the
    /// oracles of the byte-by-byte reading.
    fn fold_by_chars(s: &str) -> (String, Vec<usize>) {
        let mut out = String::new();
        let mut map = Vec::new();
        let mut space = true;
        for (i, c) in s.char_indices() {
            match fold_char(c) {
                Some(f) => {
                    map.extend(std::iter::repeat_n(i, f.len_utf8()));
                    out.push(f);
                    space = false;
                }
                None => {
                    if !space && !is_mark(c) {
                        out.push(' ');
                        map.push(i);
                        space = true;
                    }
                }
            }
        }
        if out.ends_with(' ') {
            out.pop();
            map.pop();
        }
        map.push(s.len());
        (out, map)
    }

    proptest! {
        #[test]
        fn folding_byte_by_byte_is_folding_char_by_char(s in r"[a-zA-Z0-9 ,.\t%/()àáảãạăằắđĐêệỆỦủơƠưỪ\u{300}\u{301}\u{323}\u{a0}\u{2013}\u{3b1}\u{2160}\u{ff21}-]{0,40}") {
            let (f, map) = fold_by_chars(&s);
            prop_assert_eq!(fold(&s), f.clone());
            prop_assert_eq!(fold_with_map(&s), (f, map));
        }
    }

    proptest! {
        #[test]
        fn lines_and_words_split_as_std_does(s in "[a \r\nđ]{0,30}") {
            prop_assert_eq!(lines(&s).collect::<Vec<_>>(), s.lines().collect::<Vec<_>>());
            prop_assert_eq!(words(&s).collect::<Vec<_>>(), s.split(' ').collect::<Vec<_>>());
        }
    }

    #[test]
    fn a_pair_of_bytes_is_seen_wherever_it_falls() {
        // Two spaces at every place in texts of every length up to three
        // blocks, across block boundaries too; one space is fine.
        for n in 3..100 {
            for p in 1..n - 2 {
                let mut b = vec![b'a'; n];
                b[p] = b' ';
                assert!(is_squashed(std::str::from_utf8(&b).unwrap()), "{n} {p}");
                b[p + 1] = b' ';
                assert!(!is_squashed(std::str::from_utf8(&b).unwrap()), "{n} {p}");
            }
        }
    }

    #[test]
    fn the_memo_gives_every_text_its_own_fold() {
        // More texts than slots (each slot is taken over many times), each
        // folded once, then all again, then one long text twice.
        let texts: Vec<String> = (0..3 * FoldMemo::SLOTS).map(|i| format!("Ủy ban {i} – Đồng {}", i % 7)).collect();
        for _ in 0..2 {
            for t in &texts {
                assert_eq!(fold(t), fold_by_chars(t).0, "{t:?}");
            }
        }
        let long = "Tỷ lệ hồ sơ ".repeat(FoldMemo::LONGEST);
        assert_eq!(fold(&long), fold(&long));
        assert_eq!(fold(&long), fold_by_chars(&long).0);
    }

    #[test]
    fn table_folds_as_the_slow_way() {
        for c in (0..0x3000u32).filter_map(char::from_u32) {
            let expected = if c.is_ascii() {
                c.is_ascii_alphanumeric().then(|| c.to_ascii_lowercase())
            } else {
                fold_char_slow(c)
            };
            assert_eq!(fold_char(c), expected, "{c:?} U+{:04X}", c as u32);
        }
        assert_eq!(fold("Ủy ban – Ωμέγα ĐỒNG"), "uy ban ωμεγα dong");
    }
    use proptest::prelude::*;

    proptest! {
        // Precomposed, decomposed (a letter and its marks apart) and
        // singleton (Ω, Å) text, and ASCII: as the full normaliser.
        #[test]
        fn nfc_is_the_full_normalisers(s in "[aeoAEO ỆệÅΩ\u{0300}\u{0301}\u{0302}\u{0323}\u{031B}\u{212B}\u{2126}]{0,12}") {
            prop_assert_eq!(nfc(&s).into_owned(), s.nfc().collect::<String>());
        }
    }

    proptest! {
        // Runs longer than the 255-byte lanes, every byte value.
        #[test]
        fn counting_bytes_agrees_with_a_plain_count(b in proptest::collection::vec(any::<u8>(), 0..1200), cut in any::<u8>()) {
            prop_assert_eq!(count_bytes(&b, |x| x >= cut), b.iter().filter(|&&x| x >= cut).count());
        }
    }

    proptest! {
        // Needles short and long, empty, repeating ("aa" in "aaa"), and
        // of several bytes a char.
        #[test]
        fn match_starts_are_those_of_match_indices(hay in "[aăđ ,ệ]{0,40}", needle in "[aăđ ,ệ]{0,3}") {
            let want: Vec<usize> = hay.match_indices(needle.as_str()).map(|(p, _)| p).collect();
            prop_assert_eq!(match_starts(&hay, &needle).collect::<Vec<_>>(), want);
        }

        #[test]
        fn squashed_text_is_its_words_joined_by_spaces(s in "[a-zđệ \t\n\r\u{a0}\u{2003}\u{3000}]{0,60}") {
            prop_assert_eq!(squash(&s), s.split_whitespace().collect::<Vec<_>>().join(" "));
        }

        #[test]
        fn a_number_of_figures_reads_as_the_parse_reads_it(s in "[0-9]{1,15}") {
            prop_assert_eq!(parse_number(&s), s.parse::<f64>().ok());
        }
    }

    proptest! {
        #[test]
        fn folded_words_are_the_whole_folds_first(s in "[a-zA-Zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệ0-9 ,.;:()%/-]{0,200}", n in 0usize..5) {
            let whole = fold(&s);
            let want = whole.split(' ').take(n).collect::<Vec<_>>().join(" ");
            prop_assert_eq!(folded_words(&s, n), want);
        }
    }

    proptest! {
        #[test]
        fn stripping_a_lower_case_word_agrees_with_lower_casing(s in "[a-zA-ZàáạảãâầấậẩẫăđêệểễôồốơờớưừứýỳỷỹÀÁÂĂĐÊÔƠƯẠẤẦỆỐỜỨ ,]{0,12}", w in "(tối thiểu|từ|đạt|trở lên|a|)") {
            // The same answer as lower-casing `s` whole (these letters
            // keep their byte length when lower-cased).
            let lower = s.to_lowercase();
            let want_prefix = lower.starts_with(w.as_str()).then(|| &s[w.len()..]);
            let want_suffix = lower.ends_with(w.as_str()).then(|| &s[..s.len() - w.len()]);
            prop_assert_eq!(strip_prefix_lower(&s, &w), want_prefix);
            prop_assert_eq!(strip_suffix_lower(&s, &w), want_suffix);
            prop_assert_eq!(contains_lower(&s, &w), lower.contains(w.as_str()));
        }
    }

    proptest! {
        // Words folded one by one and joined fold as the words joined do
        // (what header::normal_case relies on).
        #[test]
        fn folding_words_apart_is_folding_them_joined(ws in prop::collection::vec("[a-zA-ZĐđệỦ0-9.,()-]{0,6}", 0..5)) {
            let apart = ws.iter().map(|w| fold(w)).filter(|f| !f.is_empty()).collect::<Vec<_>>().join(" ");
            prop_assert_eq!(fold(&ws.join(" ")), apart);
        }
    }

    #[test]
    fn letters_agree_with_unicode() {
        for c in ('\0'..='\u{2FF}').chain('\u{1E00}'..='\u{1FFF}') {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    proptest! {
        #[test]
        fn squash_is_words_joined_by_one_space(s in "[a-zđệỹ \t\n\r\u{b}\u{c}\u{85}\u{a0}\u{1680}\u{2002}\u{2028}\u{3000}\u{1ea0}\u{1690}\u{169a}]{0,100}") {
            prop_assert_eq!(squash(&s), s.split_whitespace().collect::<Vec<_>>().join(" "), "{:?}", s);
        }
    }

    #[test]
    fn the_head_of_a_fold_is_the_folds_start() {
        let long = format!("Căn cứ Luật Tổ chức chính quyền địa phương {}", "ngày 19 tháng 6 năm 2015; ".repeat(20));
        let whole = fold(&long);
        let head = fold_head(&long, 10);
        assert!(head.len() > 10 && head.len() < whole.len() && whole.starts_with(&head), "{head}");
        // Short text, or a head folded short by marks and signs: the whole.
        assert_eq!(fold_head("Số: 12", 10), fold("Số: 12"));
        let signs = format!("{}Căn cứ", "- ".repeat(40));
        assert_eq!(fold_head(&signs, 5), fold(&signs));
    }

    #[test]
    fn fold_treats_tone_placement_and_cong_alike() {
        assert_eq!(fold("Hoá"), fold("Hóa"));
        assert_eq!(fold("Uỷ ban"), fold("Ủy ban"));
        assert_eq!(fold("Cổng Dịch vụ công"), "cong dich vu cong");
        assert_eq!(fold("ĐỘC LẬP - Tự do"), "doc lap tu do");
        // NFD input folds like NFC input.
        let nfd: String = "Quyết định".nfd().collect();
        assert_eq!(fold(&nfd), "quyet dinh");
    }

    #[test]
    fn fold_map_points_back_into_the_original() {
        let s = "Tỷ lệ  hồ sơ, 80%";
        let (f, map) = fold_with_map(s);
        assert_eq!(f, "ty le ho so 80");
        let at = f.find("ho so").unwrap();
        assert_eq!(&s[map[at]..map[at + "ho so".len()]], "hồ sơ");
    }

    #[test]
    fn numbers_use_the_decimal_comma() {
        assert_eq!(parse_number("97,5"), Some(97.5));
        assert_eq!(parse_number("80"), Some(80.0));
        assert_eq!(parse_number("1.234"), Some(1234.0));
        assert_eq!(parse_number("2.5"), Some(2.5));
        assert_eq!(parse_number("1.234,5"), Some(1234.5));
        assert_eq!(parse_number("abc"), None);
        assert_eq!(parse_number(",5"), None);
        assert_eq!(parse_number(""), None);
    }

    #[test]
    fn partial_dates_print_as_iso() {
        assert_eq!(PartialDate::new(2023, Some(7), Some(7)).unwrap().iso(), "2023-07-07");
        assert_eq!(PartialDate::new(2023, Some(2), None).unwrap().iso(), "2023-02");
        assert_eq!(PartialDate::new(2023, None, None).unwrap().iso(), "2023");
        assert!(PartialDate::new(2023, Some(2), Some(30)).is_none());
        assert!(PartialDate::new(2023, Some(13), None).is_none());
    }

    #[test]
    fn expands_abbreviations_on_whole_words() {
        let pairs = vec![("tthc".to_string(), "thu tuc hanh chinh".to_string())];
        assert_eq!(expand_words("ho so tthc", &Abbreviations::new(&pairs)), "ho so thu tuc hanh chinh");
        assert_eq!(expand_words("tthcx", &Abbreviations::new(&pairs)), "tthcx");
    }

    /// `expand_words` as first written, over a list of the words: the
    /// oracle of the in-place reading.
    fn expand_by_word_list(folded: &str, pairs: &[(String, String)]) -> String {
        let mut shorts: Vec<(Vec<&str>, &str)> = pairs.iter().map(|(s, l)| (s.split(' ').collect(), l.as_str())).collect();
        shorts.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        let words: Vec<&str> = folded.split(' ').collect();
        let mut out: Vec<&str> = Vec::new();
        let mut i = 0;
        while i < words.len() {
            match shorts.iter().find(|(short, _)| words.len() >= i + short.len() && short.iter().zip(&words[i..]).all(|(a, b)| a == b)) {
                Some((short, long)) => {
                    out.push(long);
                    i += short.len();
                }
                None => {
                    out.push(words[i]);
                    i += 1;
                }
            }
        }
        out.join(" ")
    }

    proptest! {
        #[test]
        fn words_expand_as_over_a_word_list(text in "(tt|tthc|ubnd|hc|c|x| ){0,14}") {
            let pairs: Vec<(String, String)> = [("tthc", "thu tuc hanh chinh"), ("tt tt", "thong tin"), ("tt", "trung tam"), ("ubnd", "uy ban nhan dan"), ("hc c", "hanh chinh cong")]
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect();
            prop_assert_eq!(expand_words(&text, &Abbreviations::new(&pairs)), expand_by_word_list(&text, &pairs));
        }
    }

    #[test]
    fn word_search_keeps_diacritics() {
        assert_eq!(find_word_ci("Giáo dục, giao thông", "giao"), Some((13, 17)));
        assert_eq!(find_word_ci("điện tử", "từ"), None);
        assert_eq!(find_word_ci("Đạt từ 80%", "từ"), Some((7, 11)));
    }

    #[test]
    fn upper_lines_need_letters_and_no_lower_case() {
        assert!(is_upper_line("ỦY BAN NHÂN DÂN"));
        assert!(!is_upper_line("Ủy ban"));
        assert!(!is_upper_line("123"));
    }

    #[test]
    fn wide_gaps_become_columns_but_form_blanks_stay() {
        assert_eq!(space_columns("1   Sở Y tế      80%    70%"), "1\tSở Y tế\t80%\t70%");
        assert_eq!(space_columns("11  Sở Nội vụ      80%   70%"), "11\tSở Nội vụ\t80%\t70%");
        assert_eq!(space_columns("2.  Sở Y tế      80%"), "2.\tSở Y tế\t80%");
        // (Two spaces after an index, no gap of three: one cell, as written.)
        assert_eq!(space_columns("11  Sở Nội vụ đạt 80%"), "11  Sở Nội vụ đạt 80%");
        assert_eq!(space_columns("  ỦY BAN NHÂN DÂN        CỘNG HÒA XÃ HỘI"), "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI");
        // Blanks left to be filled in by hand are one cell.
        assert_eq!(space_columns("Số:      /KH-UBND"), "Số: /KH-UBND");
        assert_eq!(space_columns("Số:    1185 /UBND-VP"), "Số: 1185 /UBND-VP");
        // (After "số", a place and date set beside: a column of its own.)
        assert_eq!(
            space_columns("V/v triển khai Quyết định số        Tiền Hải, ngày 02 tháng 8 năm 2023"),
            "V/v triển khai Quyết định số\tTiền Hải, ngày 02 tháng 8 năm 2023"
        );
        assert_eq!(space_columns("Hà Nội, ngày     tháng     năm 2024"), "Hà Nội, ngày tháng năm 2024");
        assert_eq!(space_columns("quốc gia đạt tối thiểu 45%.        |"), "quốc gia đạt tối thiểu 45%.");
        // Lines with tabs, pipe rows and single spaces are left as they are.
        for same in ["1\tSở Y tế   80%", "| Sở Y tế    | 80% |", "Sở Y tế đạt 80%", "  thụt lề"] {
            assert!(matches!(space_columns(same), std::borrow::Cow::Borrowed(_)), "{same}");
        }
    }
}
