//! Legacy 8-bit Vietnamese encodings (TCVN3/ABC, VNI): text typed with
//! .VnTime or VNI-Times fonts carries font bytes, not Unicode. Read as
//! Windows-1252 it shows as "QuyÕt ®Þnh" (TCVN3) or "Quyeát ñònh" (VNI).
//!
//! In: such text (every byte one char, as [`bytes_as_cp1252`] gives) and
//! the conversion tables from `rules/encodings/`. Out: NFC Unicode, and
//! [`detect`] to tell whether a text is legacy-encoded at all.

use std::collections::HashMap;

use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

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
    /// First char of a sequence → (rest of the sequence as chars,
    /// replacement), longest sequences first; chars below U+0100 by index.
    low: Vec<Vec<(Vec<char>, String)>>,
    high: HashMap<char, Vec<(Vec<char>, String)>>,
}

impl LegacyTable {
    /// Parses a table file; `Err` names the problem and the entry.
    pub fn from_toml(src: &str) -> Result<LegacyTable, String> {
        let f: TableFile = toml::from_str(src).map_err(|e| e.to_string())?;
        let mut low: Vec<Vec<(Vec<char>, String)>> = vec![Vec::new(); 256];
        let mut high: HashMap<char, Vec<(Vec<char>, String)>> = HashMap::new();
        for (i, e) in f.map.iter().enumerate() {
            let mut chars = e.legacy.chars();
            let Some(first) = chars.next() else {
                return Err(format!("map entry #{}: empty `legacy`", i + 1));
            };
            if e.unicode.is_empty() {
                return Err(format!("map entry #{} ({:?}): empty `unicode`", i + 1, e.legacy));
            }
            let entry = (chars.collect::<Vec<char>>(), e.unicode.nfc().collect::<String>());
            if (first as u32) < 256 {
                low[first as usize].push(entry);
            } else {
                high.entry(first).or_default().push(entry);
            }
        }
        for v in low.iter_mut().chain(high.values_mut()) {
            v.sort_by_key(|(rest, _)| std::cmp::Reverse(rest.len()));
        }
        Ok(LegacyTable { name: f.name, recase_upper_words: f.recase_upper_words, low, high })
    }

    /// The encoding's name ("tcvn3", "vni").
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Converts legacy text to NFC Unicode; other chars pass through.
    pub fn convert(&self, s: &str) -> String {
        let chars: Vec<char> = s.chars().collect();
        let mut out = String::with_capacity(s.len() + s.len() / 4);
        let mut i = 0;
        while i < chars.len() {
            if let Some((len, rep)) = self.match_at(&chars, i) {
                out.push_str(rep);
                i += len;
            } else {
                out.push(chars[i]);
                i += 1;
            }
        }
        // Replacements are NFC and Windows-1252 has no combining marks, so
        // the output is NFC already.
        if self.recase_upper_words {
            recase_upper_words(&out)
        } else {
            out
        }
    }

    /// The longest sequence starting at `i`: (its length in chars, replacement).
    fn match_at(&self, chars: &[char], i: usize) -> Option<(usize, &str)> {
        let c = chars[i];
        // Every sequence holds a non-ASCII char: plain ASCII runs are skipped.
        if c.is_ascii() && chars.get(i + 1).is_none_or(|n| n.is_ascii()) {
            return None;
        }
        let cands = if (c as u32) < 256 { &self.low[c as usize] } else { self.high.get(&c)? };
        cands.iter().find_map(|(rest, rep)| {
            let n = rest.len();
            let ok = chars.len() > i + n && rest.iter().enumerate().all(|(k, r)| chars[i + 1 + k] == *r);
            ok.then_some((1 + n, rep.as_str()))
        })
    }

    /// How well the table explains a text's legacy chars: (high chars no
    /// sequence covers, sequences of several chars matched, high-char
    /// sequences that sit inside a word).
    fn fit(&self, chars: &[char]) -> (usize, usize, usize) {
        let (mut unexplained, mut multi, mut in_word) = (0, 0, 0);
        let mut i = 0;
        while i < chars.len() {
            if let Some((len, _)) = self.match_at(chars, i) {
                let high = chars[i..i + len].iter().any(|c| (*c as u32) >= 0x80);
                if high {
                    if len > 1 {
                        multi += 1;
                    }
                    let word_before = i > 0 && chars[i - 1].is_ascii_alphabetic();
                    let word_after = chars.get(i + len).is_some_and(|c| c.is_ascii_alphabetic());
                    if word_before || word_after || len > 1 {
                        in_word += 1;
                    }
                }
                i += len;
                continue;
            }
            if (0xA0..=0xFF).contains(&(chars[i] as u32)) {
                unexplained += 1;
            }
            i += 1;
        }
        (unexplained, multi, in_word)
    }
}

/// "QUYếT địNH" → "QUYẾT ĐỊNH": a word with ASCII capitals and no ASCII
/// lower case, ending in a capital or holding two, was set in capitals.
/// "Uỷ" (one capital, then a toned letter) stays as it is.
fn recase_upper_words(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        let upper = word.chars().filter(|c| c.is_ascii_uppercase()).count();
        let lower = word.chars().any(|c| c.is_ascii_lowercase());
        let last_upper = word.chars().last().is_some_and(|c| c.is_ascii_uppercase());
        if !lower && upper >= 1 && (upper >= 2 || last_upper) && word.chars().any(|c| c.is_lowercase()) {
            out.push_str(&word.to_uppercase());
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    // A line or cell that opens with a toned letter opened with a capital
    // the encoding could not write ("ñy ban" is "Ủy ban").
    let mut line_start = true;
    for c in s.chars() {
        if c.is_alphanumeric() {
            if line_start && word.is_empty() && !c.is_ascii() && c.is_lowercase() {
                word.extend(c.to_uppercase());
            } else {
                word.push(c);
            }
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
        if c == '\n' || c == '\t' {
            line_start = true;
        } else if !c.is_whitespace() && !matches!(c, '*' | '-' | '+' | '(' | '"') {
            line_start = false;
        }
    }
    flush(&mut word, &mut out);
    out
}

/// Decodes bytes as Windows-1252, each byte one char; the five bytes
/// undefined there (0x81, 0x8D, 0x8F, 0x90, 0x9D) become the C1 control of
/// the same value.
pub fn bytes_as_cp1252(bytes: &[u8]) -> String {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•',
        '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
    ];
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => HIGH[(b - 0x80) as usize],
            _ => b as char,
        })
        .collect()
}

/// Letters only Unicode Vietnamese text has (ă đ ơ ư and the U+1EA0
/// block); legacy text read as Windows-1252 never does.
fn is_unicode_vietnamese(c: char) -> bool {
    matches!(c as u32, 0x0102 | 0x0103 | 0x0110 | 0x0111 | 0x0128 | 0x0129 | 0x0168 | 0x0169 | 0x01A0 | 0x01A1 | 0x01AF | 0x01B0 | 0x1EA0..=0x1EF9)
}

/// Which table (if any) the text is written in. Legacy text has many
/// Latin-1 chars inside otherwise ASCII words and no Unicode Vietnamese
/// letters; the table that explains most of them wins.
pub fn detect(text: &str, tables: &[LegacyTable]) -> Option<usize> {
    // A sample is enough, and keeps this cheap on big files.
    let mut high = 0usize;
    let mut ascii_letters = 0usize;
    let mut viet = 0usize;
    for c in text.chars().take(100_000) {
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
    let chars: Vec<char> = text.chars().take(100_000).collect();
    // The table that leaves fewest legacy chars unexplained wins; between
    // equals, the one whose multi-char sequences (base + mark) fit more.
    let fits: Vec<(usize, (usize, usize, usize))> = tables.iter().enumerate().map(|(i, t)| (i, t.fit(&chars))).collect();
    let &(best, (unexplained, _, in_word)) = fits.iter().min_by_key(|(_, (u, m, _))| (*u, std::cmp::Reverse(*m)))?;
    // Most legacy chars must be explained, inside words.
    (unexplained * 10 <= high && in_word * 2 >= high / 2).then_some(best)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tables() -> Vec<LegacyTable> {
        vec![
            LegacyTable::from_toml(include_str!("../rules/encodings/tcvn3.toml")).unwrap(),
            LegacyTable::from_toml(include_str!("../rules/encodings/vni.toml")).unwrap(),
        ]
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
    fn round_trips_every_letter() {
        let t = tables();
        // Encode through the inverse of each table, decode back.
        for table in &t {
            let mut inverse: Vec<(String, String)> = Vec::new();
            for (first, v) in table.low.iter().enumerate().filter_map(|(i, v)| char::from_u32(i as u32).map(|c| (c, v))).chain(table.high.iter().map(|(c, v)| (*c, v))) {
                for (rest, rep) in v {
                    inverse.push((rep.clone(), format!("{first}{}", rest.iter().collect::<String>())));
                }
            }
            for (uni, legacy) in inverse {
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
