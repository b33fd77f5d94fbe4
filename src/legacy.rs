//! Legacy 8-bit Vietnamese encodings (TCVN3/ABC, VNI): text typed with
//! .VnTime or VNI-Times fonts carries font bytes, not Unicode. Read as
//! Windows-1252 it shows as "QuyÕt ®Þnh" (TCVN3) or "Quyeát ñònh" (VNI).
//!
//! In: such text (every byte one char, as [`bytes_as_cp1252`] gives) and
//! the conversion tables from `rules/encodings/`. Out: NFC Unicode, and
//! [`detect`] to tell whether a text is legacy-encoded at all.

use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

use crate::text::is_letter;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TableFile {
    name: String,
    #[allow(dead_code)]
    description: String,
    #[serde(default)]
    recase_upper_words: bool,
    map: Vec<MapEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MapEntry {
    legacy: String,
    unicode: String,
}

/// One legacy encoding's table, loaded from `rules/encodings/<name>.toml`.
#[derive(Debug, Clone)]
pub struct LegacyTable {
    name: String,
    /// The encoding has no capital toned letters: re-case capital words.
    recase_upper_words: bool,
    /// Small letters whose capitals the encoding writes ("đ": "Đ" has a
    /// code of its own in TCVN3): one opening a line is small.
    own_capitals: Vec<char>,
    /// A trie over the sequences, one node per prefix, each char taken as
    /// its Windows-1252 byte ([`byte_of`]): `next[node][byte]` is the
    /// child (0: none; the root is node 0).
    next: Vec<[u16; 256]>,
    /// The replacement a node's sequence has, as an index into `entries`.
    rep: Vec<Option<u16>>,
    /// (legacy sequence, its NFC replacement), as in the file.
    entries: Vec<(String, String)>,
    /// Whether some sequence opens with the byte: an ASCII byte that none
    /// opens with is a char of its own.
    opens: [bool; 256],
}

impl LegacyTable {
    /// Parses a table file; `Err` names the problem and the entry.
    pub fn from_toml(src: &str) -> Result<LegacyTable, String> {
        let f: TableFile = toml::from_str(src).map_err(|e| e.to_string())?;
        let mut t = LegacyTable {
            name: f.name,
            recase_upper_words: f.recase_upper_words,
            own_capitals: {
                let written: std::collections::HashSet<char> = f.map.iter().filter_map(|e| single_char(&e.unicode)).collect();
                let mut v: Vec<char> = written
                    .iter()
                    .copied()
                    .filter(|c| c.is_lowercase() && single_char(&c.to_uppercase().to_string()).is_some_and(|u| written.contains(&u)))
                    .collect();
                v.sort_unstable();
                v
            },
            next: vec![[0; 256]],
            rep: vec![None],
            entries: Vec::new(),
            opens: [false; 256],
        };
        for (i, e) in f.map.iter().enumerate() {
            if e.legacy.is_empty() {
                return Err(format!("map entry #{}: empty `legacy`", i + 1));
            }
            if e.unicode.is_empty() {
                return Err(format!("map entry #{} ({:?}): empty `unicode`", i + 1, e.legacy));
            }
            let mut node = 0usize;
            for c in e.legacy.chars() {
                let b = byte_of(c).ok_or_else(|| format!("map entry #{} ({:?}): {c:?} is no Windows-1252 char", i + 1, e.legacy))? as usize;
                if t.next[node][b] == 0 {
                    t.next.push([0; 256]);
                    t.rep.push(None);
                    t.next[node][b] = u16::try_from(t.next.len() - 1).map_err(|_| "too many map entries".to_string())?;
                }
                t.opens[b] |= node == 0;
                node = t.next[node][b] as usize;
            }
            // The first entry for a sequence wins.
            t.rep[node].get_or_insert(t.entries.len() as u16);
            t.entries.push((e.legacy.clone(), e.unicode.nfc().collect::<String>()));
        }
        Ok(t)
    }

    /// The encoding's name ("tcvn3", "vni").
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Converts legacy text to NFC Unicode; chars that are no
    /// Windows-1252 byte pass through.
    pub fn convert(&self, s: &str) -> String {
        let mut out = String::with_capacity(s.len() + s.len() / 4);
        let mut bytes = Vec::new();
        let mut rest = s;
        while !rest.is_empty() {
            // The longest run of chars that are bytes, converted at once.
            bytes.clear();
            let mut end = rest.len();
            for (k, c) in rest.char_indices() {
                match byte_of(c) {
                    Some(b) => bytes.push(b),
                    None => {
                        end = k;
                        break;
                    }
                }
            }
            self.walk(&bytes, Some(&mut out), usize::MAX);
            rest = &rest[end..];
            // What is left opens with a char no byte stands for.
            if let Some(c) = rest.chars().next() {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
        self.finish(out)
    }

    /// Converts legacy bytes (as a file holds them) to NFC Unicode.
    pub fn convert_bytes(&self, bytes: &[u8]) -> String {
        let mut out = String::with_capacity(bytes.len() + bytes.len() / 2);
        self.walk(bytes, Some(&mut out), usize::MAX);
        self.finish(out)
    }

    /// Replacements are NFC and Windows-1252 has no combining marks, so the
    /// output is NFC already; capitals the encoding lacks are restored.
    fn finish(&self, out: String) -> String {
        if self.recase_upper_words {
            recase_capital_lines(recase_upper_words(&out, &self.own_capitals))
        } else {
            out
        }
    }

    /// The longest sequence starting at `b[i]`: (its length, replacement).
    fn match_at(&self, b: &[u8], i: usize) -> Option<(usize, &str)> {
        let mut node = 0usize;
        let mut best = None;
        for (k, &byte) in b[i..].iter().enumerate() {
            node = self.next[node][byte as usize] as usize;
            if node == 0 {
                break;
            }
            if let Some(e) = self.rep[node] {
                best = Some((k + 1, self.entries[e as usize].1.as_str()));
            }
        }
        best
    }

    /// How well the table explains a text's legacy bytes: (high bytes no
    /// sequence covers, sequences of several bytes matched, high-byte
    /// sequences that sit inside a word).
    fn fit(&self, b: &[u8]) -> (usize, usize, usize) {
        self.walk(b, None, usize::MAX)
    }

    /// Reads legacy bytes sequence by sequence, converting them into `out`
    /// if given, and tells how well the table explains them (as [`fit`]).
    /// Stops once more than `limit` high bytes are unexplained (the fit
    /// told then has `limit + 1` of them).
    fn walk(&self, b: &[u8], mut out: Option<&mut String>, limit: usize) -> (usize, usize, usize) {
        let (mut unexplained, mut multi, mut in_word) = (0, 0, 0);
        let mut i = 0;
        while i < b.len() {
            let plain = self.ascii_run(b, i);
            if let Some(out) = out.as_deref_mut() {
                // ASCII bytes are chars of their own (runs between
                // legacy bytes are short: pushed, not copied).
                out.extend(b[i..plain].iter().map(|&x| char::from(x)));
            }
            i = plain;
            if i == b.len() {
                break;
            }
            if let Some((len, rep)) = self.match_at(b, i) {
                if let Some(out) = out.as_deref_mut() {
                    out.push_str(rep);
                }
                if !b[i..i + len].is_ascii() {
                    multi += usize::from(len > 1);
                    let word_before = i > 0 && b[i - 1].is_ascii_alphabetic();
                    let word_after = b.get(i + len).is_some_and(|c| c.is_ascii_alphabetic());
                    in_word += usize::from(word_before || word_after || len > 1);
                }
                i += len;
                continue;
            }
            if let Some(out) = out.as_deref_mut() {
                out.push(char_of(b[i]));
            }
            unexplained += usize::from(b[i] >= 0xA0);
            if unexplained > limit {
                break;
            }
            i += 1;
        }
        (unexplained, multi, in_word)
    }

    /// The end of the plain run from `b[i]`: ASCII bytes up to the first
    /// non-ASCII one (every legacy sequence holds one), less the ASCII byte
    /// before it if a sequence may open with that ("a" + a VNI mark).
    fn ascii_run(&self, b: &[u8], i: usize) -> usize {
        match b[i..].iter().position(|c| !c.is_ascii()) {
            Some(0) => i,
            Some(k) => i + k - usize::from(self.opens[b[i + k - 1] as usize]),
            None => b.len(),
        }
    }
}

/// `char::is_alphanumeric`, the letters of Vietnamese text answered
/// without a Unicode table look-up.
fn is_word_char(c: char) -> bool {
    is_letter(c) || c.is_numeric()
}

/// "QUYếT địNH" → "QUYẾT ĐỊNH": a word with ASCII capitals and no ASCII
/// lower case, ending in a capital or holding two, was set in capitals.
/// "Uỷ" (one capital, then a toned letter) stays as it is.
///
/// Reads byte by byte: ASCII (most of the text) is told apart without
/// decoding, and only the words holding other chars are looked at.
fn recase_upper_words(s: &str, own_capitals: &[char]) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    // `s[..copied]` is in `out`; only the words that change are written
    // apart.
    let mut copied = 0;
    // A line or cell that opens with a toned letter opened with a capital
    // the encoding could not write ("ñy ban" is "Ủy ban").
    let mut line_start = true;
    let mut i = 0;
    while i < b.len() {
        let (c, len) = char_at(s, i);
        if !is_word_char(c) {
            if c == '\n' || c == '\t' {
                line_start = true;
            } else if !c.is_whitespace() && !matches!(c, '*' | '-' | '+' | '(' | '"') {
                line_start = false;
            }
            i += len;
            continue;
        }
        // The word from `i`: whether it is all ASCII, its ASCII capitals,
        // whether it has ASCII lower case, and whether its last char is an
        // ASCII capital.
        let (mut ascii, mut upper, mut lower) = (true, 0usize, false);
        let mut last_upper = false;
        let mut end = i;
        while end < b.len() {
            let x = b[end];
            if x.is_ascii() {
                if !x.is_ascii_alphanumeric() {
                    break;
                }
                upper += usize::from(x.is_ascii_uppercase());
                lower |= x.is_ascii_lowercase();
                last_upper = x.is_ascii_uppercase();
                end += 1;
            } else {
                let (d, n) = char_at(s, end);
                if !is_word_char(d) {
                    break;
                }
                ascii = false;
                last_upper = false;
                end += n;
            }
        }
        if !ascii {
            if !lower && upper >= 1 && (upper >= 2 || last_upper) && s[i..end].chars().any(char::is_lowercase) {
                out.push_str(&s[copied..i]);
                out.push_str(&s[i..end].to_uppercase());
                copied = end;
            } else if line_start && !c.is_ascii() && c.is_lowercase() && !own_capitals.contains(&c) {
                out.push_str(&s[copied..i]);
                out.extend(c.to_uppercase());
                copied = i + len;
            }
        }
        line_start = false;
        i = end;
    }
    out.push_str(&s[copied..]);
    out
}

/// "CỘNG HÒA Xã HỘI …", "… TỈNH Hà TĨNH": a word of one capital before
/// toned letters ("Xã") is ambiguous alone, but between two words of
/// capitals it was set in capitals too ("Số: 12/UBND" stays).
fn recase_capital_lines(s: String) -> String {
    let capitals = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && w.chars().all(|c| c.is_alphabetic() && !c.is_lowercase())
    };
    let ambiguous = |w: &str| {
        let mut cs = w.chars();
        cs.next().is_some_and(|c| c.is_ascii_uppercase()) && cs.clone().next().is_some() && cs.all(|c| c.is_lowercase() && !c.is_ascii())
    };
    // (Most lines hold no capital before a letter not ASCII: told by bytes.)
    let candidate = |line: &str| line.as_bytes().windows(2).any(|w| w[0].is_ascii_uppercase() && w[1] >= 0x80);
    if !candidate(&s) {
        return s;
    }
    let mut out = String::with_capacity(s.len());
    for line in s.split_inclusive('\n') {
        if !candidate(line) {
            out.push_str(line);
            continue;
        }
        let words = crate::text::words_at(line);
        let mut copied = 0;
        for k in 1..words.len().saturating_sub(1) {
            let (at, w) = words[k];
            if ambiguous(w) && capitals(words[k - 1].1) && capitals(words[k + 1].1) {
                out.push_str(&line[copied..at]);
                out.push_str(&w.to_uppercase());
                copied = at + w.len();
            }
        }
        out.push_str(&line[copied..]);
    }
    out
}

/// The one char `s` holds, if it holds one.
fn single_char(s: &str) -> Option<char> {
    let mut cs = s.chars();
    cs.next().filter(|_| cs.next().is_none())
}

/// The char at byte `i` of `s` (a char boundary) and its length in bytes.
fn char_at(s: &str, i: usize) -> (char, usize) {
    match s.as_bytes()[i] {
        x if x.is_ascii() => (x as char, 1),
        _ => s[i..].chars().next().map_or(('\0', 1), |c| (c, c.len_utf8())),
    }
}

/// Windows-1252's chars for the bytes 0x80–0x9F (the five undefined
/// there are the C1 control of the same value).
const HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

/// The Windows-1252 byte of a char, the inverse of [`bytes_as_cp1252`];
/// C1 controls stand for their own byte.
fn byte_of(c: char) -> Option<u8> {
    match c as u32 {
        0..=0xFF => Some(c as u8),
        _ => HIGH.iter().position(|&h| h == c).map(|k| 0x80 + k as u8),
    }
}

/// Decodes bytes as Windows-1252, each byte one char; the five bytes
/// undefined there (0x81, 0x8D, 0x8F, 0x90, 0x9D) become the C1 control of
/// the same value.
pub fn bytes_as_cp1252(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| char_of(b)).collect()
}

/// The char of one Windows-1252 byte.
fn char_of(b: u8) -> char {
    match b {
        0x80..=0x9F => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
}

/// Letters only Unicode Vietnamese text has (ă đ ơ ư and the U+1EA0
/// block); legacy text read as Windows-1252 never does.
fn is_unicode_vietnamese(c: char) -> bool {
    matches!(
        c as u32,
        0x0102 | 0x0103 | 0x0110 | 0x0111 | 0x0128 | 0x0129 | 0x0168 | 0x0169 | 0x01A0 | 0x01A1 | 0x01AF | 0x01B0 | 0x1EA0..=0x1EF9
    )
}

/// Which table (if any) the text is written in. Legacy text has many
/// Latin-1 chars inside otherwise ASCII words and no Unicode Vietnamese
/// letters; the table that explains most of them wins.
pub fn detect(text: &str, tables: &[LegacyTable]) -> Option<usize> {
    // A sample is enough, and keeps this cheap on big files.
    let mut high = 0usize;
    let mut ascii_letters = 0usize;
    let mut viet = 0usize;
    for c in text.chars().take(SAMPLE) {
        if is_unicode_vietnamese(c) {
            viet += 1;
            // Plainly Unicode Vietnamese: no need to look further.
            if viet >= 50 && viet * 20 > high {
                return None;
            }
        } else if c.is_ascii_alphabetic() {
            ascii_letters += 1;
        } else if (0xA0..=0xFF).contains(&(c as u32)) {
            high += 1;
        }
    }
    if high < 3 || viet * 20 > high || ascii_letters < high {
        return None;
    }
    // The sample as bytes, read again only now (most texts are turned
    // away above): a char no byte stands for breaks any sequence, as a NUL
    // does.
    let sample: Vec<u8> = text.chars().take(SAMPLE).map(|c| byte_of(c).unwrap_or(0)).collect();
    detect_fit(&sample, high, tables)
}

/// How much of a text detection reads.
const SAMPLE: usize = 100_000;

/// [`detect`] on the bytes of a file that is not UTF-8.
fn detect_bytes(bytes: &[u8], tables: &[LegacyTable]) -> Option<usize> {
    let sample = &bytes[..bytes.len().min(SAMPLE)];
    let high = plausible(sample)?;
    detect_fit(sample, high, tables)
}

/// The bytes of a file that is not UTF-8, when legacy-encoded: the table's
/// index and the text converted. A file no longer than the sample is read
/// whole by each table, but converted by one: the table its opening fits
/// best converts it first, and the others are fitted only as far as they
/// could still win.
pub fn detect_convert_bytes(bytes: &[u8], tables: &[LegacyTable]) -> Option<(usize, String)> {
    if bytes.len() > SAMPLE {
        let t = detect_bytes(bytes, tables)?;
        return Some((t, tables[t].convert_bytes(bytes)));
    }
    let high = plausible(bytes)?;
    let opening = &bytes[..head_end(bytes, OPENING)];
    let first = (0..tables.len()).min_by_key(|&t| fit_key(tables[t].fit(opening)))?;
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 2);
    let mut fits = vec![(0, 0, 0); tables.len()];
    fits[first] = tables[first].walk(bytes, Some(&mut out), usize::MAX);
    for (t, table) in tables.iter().enumerate().filter(|&(t, _)| t != first) {
        // Past the first table's unexplained bytes, this one cannot win.
        fits[t] = table.walk(bytes, None, fits[first].0);
    }
    let best = choose(&fits, high)?;
    Some((best, if best == first { tables[first].finish(out) } else { tables[best].convert_bytes(bytes) }))
}

/// How much of a file picks the table that converts it first.
const OPENING: usize = 512;

/// The end of `b`'s first `n` bytes, moved on past any legacy bytes there
/// (a sequence is not cut).
fn head_end(b: &[u8], n: usize) -> usize {
    if n >= b.len() {
        return b.len();
    }
    n + b[n..].iter().position(u8::is_ascii).unwrap_or(b.len() - n)
}

/// Orders fits: fewest unexplained bytes first, then most multi-byte
/// sequences.
fn fit_key(f: (usize, usize, usize)) -> (usize, std::cmp::Reverse<usize>) {
    (f.0, std::cmp::Reverse(f.1))
}

/// The number of legacy (high) bytes, when there are enough of them among
/// enough ASCII letters for the text to be legacy-encoded.
fn plausible(sample: &[u8]) -> Option<usize> {
    let high = crate::text::count_bytes(sample, |b| b >= 0xA0);
    let ascii_letters = crate::text::count_bytes(sample, |b| b.is_ascii_alphabetic());
    (high >= 3 && ascii_letters >= high).then_some(high)
}

/// The table that leaves fewest legacy bytes unexplained wins; between
/// equals, the one whose multi-byte sequences (base + mark) fit more. Most
/// legacy bytes must be explained, inside words.
fn detect_fit(sample: &[u8], high: usize, tables: &[LegacyTable]) -> Option<usize> {
    let fits: Vec<(usize, usize, usize)> = tables.iter().map(|t| t.fit(sample)).collect();
    choose(&fits, high)
}

fn choose(fits: &[(usize, usize, usize)], high: usize) -> Option<usize> {
    let (best, &(unexplained, _, in_word)) = fits.iter().enumerate().min_by_key(|&(_, &f)| fit_key(f))?;
    (unexplained * 10 <= high && in_word * 2 >= high / 2).then_some(best)
}

#[cfg(test)]
mod tests {
    /// TCVN3's small letters with capitals of their own.
    const OWN: &[char] = &['â', 'ê', 'ô', 'ă', 'đ', 'ơ', 'ư'];
    use super::*;
    use proptest::prelude::*;

    /// The char-by-char reading [`recase_upper_words`] replaced: what it
    /// must still do.
    fn recase_by_chars(s: &str, own_capitals: &[char]) -> String {
        let mut out = String::with_capacity(s.len());
        let mut copied = 0;
        let mut line_start = true;
        let mut chars = s.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if !is_word_char(c) {
                if c == '\n' || c == '\t' {
                    line_start = true;
                } else if !c.is_whitespace() && !matches!(c, '*' | '-' | '+' | '(' | '"') {
                    line_start = false;
                }
                continue;
            }
            let (mut ascii, mut upper, mut lower, mut last) = (c.is_ascii(), usize::from(c.is_ascii_uppercase()), c.is_ascii_lowercase(), c);
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if !is_word_char(d) {
                    break;
                }
                ascii &= d.is_ascii();
                upper += usize::from(d.is_ascii_uppercase());
                lower |= d.is_ascii_lowercase();
                last = d;
                end = j + d.len_utf8();
                chars.next();
            }
            if !ascii {
                let word = &s[i..end];
                if !lower && upper >= 1 && (upper >= 2 || last.is_ascii_uppercase()) && word.chars().any(char::is_lowercase) {
                    out.push_str(&s[copied..i]);
                    out.push_str(&word.to_uppercase());
                    copied = end;
                } else if line_start && !c.is_ascii() && c.is_lowercase() && !own_capitals.contains(&c) {
                    out.push_str(&s[copied..i]);
                    out.extend(c.to_uppercase());
                    copied = i + c.len_utf8();
                }
            }
            line_start = false;
        }
        out.push_str(&s[copied..]);
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 4000, ..ProptestConfig::default() })]
        #[test]
        fn recasing_byte_by_byte_agrees_with_char_by_char(s in "([A-Za-z0-9 \t\n*(\"-]|[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđĐÂĂÊÔƠƯ²½\u{a0}\u{2003}×·—])*") {
            prop_assert_eq!(recase_upper_words(&s, OWN), recase_by_chars(&s, OWN));
        }
    }

    #[test]
    fn recases_capital_words_and_line_openings() {
        assert_eq!(recase_upper_words("QUYếT địNH\nñy ban, Uỷ ban\n- ủy", OWN), recase_by_chars("QUYếT địNH\nñy ban, Uỷ ban\n- ủy", OWN));
        assert_eq!(recase_upper_words("QUYếT địNH số 5\nủy ban và Uỷ\nđ) Tỷ lệ", OWN), "QUYẾT ĐỊNH số 5\nỦy ban và Uỷ\nđ) Tỷ lệ");
        // The table tells the letters it writes capitals of.
        assert_eq!(tables()[0].own_capitals, OWN);
    }

    #[test]
    fn a_capital_before_toned_letters_on_a_line_of_capitals_is_a_word_of_capitals() {
        assert_eq!(recase_capital_lines(recase_upper_words("CỘNG HÒA Xã HỘI\n", OWN)), "CỘNG HÒA XÃ HỘI\n");
        assert_eq!(
            recase_capital_lines(recase_upper_words("CHủ TịCH UBND TỉNH Hà TĩNH\nUỷ ban tỉnh Hà Tĩnh\nXã\nSố: 934 /UBND-VHTT", OWN)),
            "CHỦ TỊCH UBND TỈNH HÀ TĨNH\nUỷ ban tỉnh Hà Tĩnh\nXã\nSố: 934 /UBND-VHTT"
        );
    }

    fn tables() -> Vec<LegacyTable> {
        vec![
            LegacyTable::from_toml(include_str!("../rules/encodings/tcvn3.toml")).unwrap(),
            LegacyTable::from_toml(include_str!("../rules/encodings/vni.toml")).unwrap(),
            LegacyTable::from_toml(include_str!("../rules/encodings/cp1258.toml")).unwrap(),
        ]
    }

    #[test]
    fn word_chars_agree_with_unicode() {
        for c in ('\0'..='\u{2FF}').chain('\u{1E00}'..='\u{1FFF}') {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn legacy_bytes_are_told_and_converted_in_one_reading() {
        let t = tables();
        let line = |s: &str| -> Vec<u8> { s.chars().map(|c| byte_of(c).unwrap()).collect() };
        let tcvn = line("Tû lÖ hå s¬ trùc tuyÕn ®¹t 80%. QuyÕt ®Þnh cña Uû ban.\n");
        let vni = line("Tyû leä hoà sô tröïc tuyeán ñaït 80%. Quyeát ñònh cuûa UÛy ban.\n");
        // Windows-1258: a letter's own byte (ê, ơ, đ) or a base letter's
        // and a tone mark's (ỷ = y + 0xD2).
        let cp1258 = b"Ty\xD2 l\xEA\xF2 h\xF4\xCC s\xF5 tr\xFD\xF2c tuy\xEA\xECn \xF0a\xF2t 80%. Quy\xEA\xECt \xF0i\xF2nh cu\xD2a U\xD2y ban.\n".to_vec();
        for (bytes, want) in [(tcvn, 0), (vni, 1), (cp1258, 2)] {
            // A file within the sample, and one longer than it.
            for n in [3, SAMPLE / bytes.len() + 2] {
                let file = bytes.repeat(n);
                let (got, text) = detect_convert_bytes(&file, &t).unwrap();
                assert_eq!(got, want);
                assert_eq!(text, t[want].convert_bytes(&file));
                assert!(text.starts_with("Tỷ lệ hồ sơ trực tuyến đạt 80%. Quyết định của"), "{}", &text[..60]);
            }
        }
        assert!(detect_convert_bytes(b"plain ASCII text, nothing legacy", &t).is_none());
    }

    #[test]
    fn an_opening_that_misleads_does_not_choose_the_table() {
        let t = tables();
        let line = |s: &str| -> Vec<u8> { s.chars().map(|c| byte_of(c).unwrap()).collect() };
        // A plain opening fits both tables alike, so the first converts
        // first; for VNI text, the second must still win and convert it.
        let mut file = b"Plain ASCII opening line.\n".repeat(OPENING / 20);
        let vni = line("Tyû leä hoà sô tröïc tuyeán ñaït 80%. Quyeát ñònh cuûa UÛy ban.\n").repeat(20);
        file.extend_from_slice(&vni);
        let (got, text) = detect_convert_bytes(&file, &t).unwrap();
        assert_eq!(got, 1);
        assert_eq!(text, t[1].convert_bytes(&file));
        // The table fitted only as far as it could win tells a fit past
        // the first's unexplained bytes, so that it loses as it would have.
        let full = t[0].fit(&file);
        let first = t[1].fit(&file);
        assert!(full.0 > first.0);
        assert_eq!(t[0].walk(&file, None, first.0).0, first.0 + 1);
        assert_eq!(t[0].walk(&file, None, full.0), full);
    }

    #[test]
    fn converts_real_phrases() {
        let t = tables();
        assert_eq!(t[0].convert("QuyÕt ®Þnh"), "Quyết định");
        assert_eq!(t[1].convert("Quyeát ñònh"), "Quyết định");
        assert_eq!(t[1].convert("UÛY BAN NHAÂN DAÂN TÆNH KHAÙNH HOØA"), "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA");
        assert_eq!(t[1].convert("Tyû leä hoà sô tröïc tuyeán"), "Tỷ lệ hồ sơ trực tuyến");
        assert_eq!(t[0].convert("Tû lÖ hå s¬ trùc tuyÕn"), "Tỷ lệ hồ sơ trực tuyến");
        // Capitals drawn with lower-case codes (.VnTimeH).
        assert_eq!(t[0].convert("QUYÕT §ÞNH"), "QUYẾT ĐỊNH");
        assert_eq!(t[0].convert("ñY BAN NH©N D©N"), "ỦY BAN NHÂN DÂN");
        assert_eq!(t[0].convert("Uû ban"), "Uỷ ban");
        // A line opening with a toned capital the encoding lacks.
        assert_eq!(t[0].convert("ñy ban nh©n d©n\n\tñy ban"), "Ủy ban nhân dân\n\tỦy ban");
    }

    #[test]
    fn chars_no_byte_stands_for_pass_through() {
        let t = tables();
        assert_eq!(t[0].convert("Tû lÖ → hå s¬ ✓"), "Tỷ lệ → hồ sơ ✓");
        assert_eq!(t[0].convert_bytes(b"Tr\xAAn"), "Trên");
    }

    #[test]
    fn round_trips_every_letter() {
        let t = tables();
        // Encode through the inverse of each table, decode back.
        for table in &t {
            for (legacy, uni) in table.entries.clone() {
                // Inside a word, so that line-start capitalisation stays out of it.
                assert_eq!(table.convert(&format!("x{legacy}")), format!("x{uni}"), "{} {legacy:?}", table.name());
            }
        }
    }

    #[test]
    fn detection() {
        let t = tables();
        assert_eq!(detect("QuyÕt ®Þnh giao chØ tiªu tû lÖ hå s¬ trùc tuyÕn n¨m 2023 cña Uû ban nh©n d©n tØnh", &t), Some(0));
        assert_eq!(detect("Quyeát ñònh giao chæ tieâu tyû leä hoà sô tröïc tuyeán naêm 2023 cuûa UÛy ban nhaân daân tænh", &t), Some(1));
        assert_eq!(detect("Quyết định giao chỉ tiêu tỷ lệ hồ sơ trực tuyến năm 2023 của Ủy ban nhân dân tỉnh", &t), None);
        assert_eq!(detect("An ordinary English sentence, café and naïve.", &t), None);
        let junk: String = (0..3000u32).map(|i| char::from_u32(0xA0 + (i * 131 + 17) % 0x5F).unwrap()).collect();
        assert_eq!(detect(&junk, &t), None);
    }

    #[test]
    fn cp1252_gives_one_char_per_byte() {
        let s = bytes_as_cp1252(&[0x80, 0x81, 0xAE, b'a']);
        assert_eq!(s, "€\u{81}®a");
    }
}
