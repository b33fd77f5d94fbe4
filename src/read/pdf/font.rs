//! Fonts: how the codes of a shown string become Unicode text and advances.
//!
//! A code is decoded through the font's ToUnicode CMap (`bfchar`,
//! `bfrange`; two-byte codes for Type0 fonts), else through its 8-bit
//! `/Encoding` (WinAnsi, Standard, MacRoman, with `/Differences` glyph
//! names such as `/aacute` or `/uni1EA1`), else as Windows-1252. Fonts named
//! like the legacy Vietnamese ones (.VnTime, VNI-Times) carry legacy bytes:
//! their text is converted through `rules/encodings/`.

use std::collections::HashMap;

use lopdf::{Dictionary, Document, Object};
use once_cell::sync::Lazy;

use crate::legacy::bytes_as_cp1252;
use crate::rules::Rules;

/// Largest ToUnicode CMap decoded.
const MAX_CMAP: usize = 16 * 1024 * 1024;

/// What a font needs for decoding and measuring.
#[derive(Debug, Default)]
pub(crate) struct Font {
    /// Type0 font: codes are two bytes.
    pub two_byte: bool,
    /// ToUnicode map: code → text.
    pub to_unicode: HashMap<u32, String>,
    /// 8-bit fonts: code → text from `/Encoding` (Windows-1252 without one).
    pub simple: Vec<String>,
    /// Advance widths in thousandths of the font size, by code.
    pub widths: HashMap<u32, f64>,
    /// Width of a code the font does not list.
    pub default_width: f64,
    /// Glyph space to text space (0.001, Type3 fonts their own).
    pub scale: f64,
    /// Index into `rules.legacy` for .VnTime / VNI fonts.
    pub legacy: Option<usize>,
}

impl Font {
    /// The text of one code (empty when the font cannot tell).
    pub fn text_of(&self, code: u32) -> &str {
        if let Some(s) = self.to_unicode.get(&code) {
            return s;
        }
        if !self.two_byte {
            if let Some(s) = self.simple.get(code as usize) {
                return s;
            }
        }
        ""
    }

    /// Advance of one code, in text space units per unit of font size.
    pub fn width(&self, code: u32) -> f64 {
        self.widths.get(&code).copied().unwrap_or(self.default_width) * self.scale
    }
}

pub(crate) fn num(o: &Object) -> Option<f64> {
    match o {
        Object::Integer(i) => Some(*i as f64),
        Object::Real(r) => Some(*r as f64),
        _ => None,
    }
}

pub(crate) fn deref<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    doc.dereference(o).map(|(_, o)| o).unwrap_or(o)
}

fn name_of<'a>(doc: &'a Document, d: &'a Dictionary, key: &[u8]) -> Option<&'a [u8]> {
    d.get(key).ok().map(|o| deref(doc, o)).and_then(|o| o.as_name().ok())
}

/// Which legacy table a font's name asks for: "tcvn3" for .VnTime,
/// .VnArial, … (ABC/TCVN3), "vni" for VNI-Times, … .
pub(crate) fn legacy_name(base: &str) -> Option<&'static str> {
    let lower = base.to_lowercase();
    // A subset prefix "ABCDEF+" is not part of the name.
    let lower = match lower.split_once('+') {
        Some((p, rest)) if p.len() == 6 => rest.to_string(),
        _ => lower,
    };
    if lower.starts_with("vni") || lower.contains("vni-") || lower.contains("vni_") {
        Some("vni")
    } else if lower.starts_with(".vn")
        || lower.contains(".vn")
        || lower.starts_with("vntime")
        || lower.starts_with("vnarial")
        || lower.contains("vntime")
        || lower.contains("vnarial")
        || lower.contains("vnhelvet")
    {
        Some("tcvn3")
    } else {
        None
    }
}

/// Reads a font dictionary.
pub(crate) fn load_font(doc: &Document, dict: &Dictionary, rules: &Rules) -> Font {
    let subtype = name_of(doc, dict, b"Subtype").unwrap_or(b"");
    let base = name_of(doc, dict, b"BaseFont").map(|n| String::from_utf8_lossy(n).into_owned()).unwrap_or_default();
    let mut f = Font {
        two_byte: subtype == b"Type0",
        default_width: 500.0,
        scale: 0.001,
        ..Default::default()
    };
    if f.two_byte {
        read_cid_widths(doc, dict, &mut f);
    } else {
        let first = dict.get(b"FirstChar").ok().map(|o| deref(doc, o)).and_then(num).unwrap_or(0.0).max(0.0) as u32;
        if let Some(w) = dict.get(b"Widths").ok().map(|o| deref(doc, o)).and_then(|o| o.as_array().ok()) {
            for (k, x) in w.iter().enumerate().take(256) {
                if let Some(v) = num(deref(doc, x)) {
                    f.widths.insert(first + k as u32, v);
                }
            }
        }
        if let Some(desc) = dict.get(b"FontDescriptor").ok().map(|o| deref(doc, o)).and_then(|o| o.as_dict().ok()) {
            if let Some(mw) = desc.get(b"MissingWidth").ok().map(|o| deref(doc, o)).and_then(num).filter(|w| *w > 0.0) {
                f.default_width = mw;
            }
        }
        if subtype == b"Type3" {
            if let Some(m) = dict.get(b"FontMatrix").ok().map(|o| deref(doc, o)).and_then(|o| o.as_array().ok()) {
                if let Some(a) = m.first().and_then(num).filter(|a| a.abs() > 1e-9 && a.abs() < 1e3) {
                    f.scale = a.abs();
                }
            }
            f.default_width = 0.0;
        }
        f.simple = simple_encoding(doc, dict);
    }
    if let Some(stream) = dict.get(b"ToUnicode").ok().map(|o| deref(doc, o)).and_then(|o| o.as_stream().ok()) {
        if let Ok(data) = stream.decompressed_content_with_limit(MAX_CMAP) {
            parse_cmap(&data, &mut f.to_unicode);
        } else if stream.dict.get(b"Filter").is_err() {
            parse_cmap(&stream.content, &mut f.to_unicode);
        }
    }
    f.legacy = legacy_name(&base).and_then(|n| rules.legacy.iter().position(|t| t.name() == n));
    f
}

fn read_cid_widths(doc: &Document, dict: &Dictionary, f: &mut Font) {
    let Some(desc) = dict
        .get(b"DescendantFonts")
        .ok()
        .map(|o| deref(doc, o))
        .and_then(|o| o.as_array().ok())
        .and_then(|a| a.first())
        .map(|o| deref(doc, o))
        .and_then(|o| o.as_dict().ok())
    else {
        f.default_width = 1000.0;
        return;
    };
    f.default_width = desc.get(b"DW").ok().map(|o| deref(doc, o)).and_then(num).unwrap_or(1000.0);
    let Some(w) = desc.get(b"W").ok().map(|o| deref(doc, o)).and_then(|o| o.as_array().ok()) else {
        return;
    };
    let mut i = 0;
    while i < w.len() && f.widths.len() < 200_000 {
        let first = num(deref(doc, &w[i])).unwrap_or(0.0).max(0.0) as u32;
        match w.get(i + 1).map(|o| deref(doc, o)) {
            Some(Object::Array(list)) => {
                for (k, x) in list.iter().enumerate() {
                    if let Some(v) = num(deref(doc, x)) {
                        f.widths.insert(first.saturating_add(k as u32), v);
                    }
                }
                i += 2;
            }
            Some(o) => {
                let last = num(o).unwrap_or(0.0).max(0.0) as u32;
                let v = w.get(i + 2).and_then(|o| num(deref(doc, o))).unwrap_or(f.default_width);
                for c in first..=last.min(first.saturating_add(65535)) {
                    f.widths.insert(c, v);
                }
                i += 3;
            }
            None => break,
        }
    }
}

/// One 256-entry table per named base encoding, read from lopdf's.
fn named_table(name: &[u8]) -> Option<&'static Vec<String>> {
    fn build(name: &'static str) -> Vec<String> {
        let doc = Document::new();
        let d = lopdf::dictionary! { "Type" => "Font", "Subtype" => "Type1", "Encoding" => name };
        match d.get_font_encoding(&doc) {
            Ok(enc) => (0..=255u8).map(|b| enc.bytes_to_string(&[b]).unwrap_or_default()).collect(),
            Err(_) => (0..=255u8).map(|b| bytes_as_cp1252(&[b])).collect(),
        }
    }
    static STANDARD: Lazy<Vec<String>> = Lazy::new(|| build("StandardEncoding"));
    static MAC: Lazy<Vec<String>> = Lazy::new(|| build("MacRomanEncoding"));
    static WIN: Lazy<Vec<String>> = Lazy::new(|| (0..=255u8).map(|b| bytes_as_cp1252(&[b])).collect());
    match name {
        b"StandardEncoding" => Some(&STANDARD),
        b"MacRomanEncoding" => Some(&MAC),
        b"WinAnsiEncoding" => Some(&WIN),
        _ => None,
    }
}

/// The 8-bit table of a simple font: its base encoding (Windows-1252 when
/// it names none) with its `/Differences` laid over.
fn simple_encoding(doc: &Document, dict: &Dictionary) -> Vec<String> {
    let enc = dict.get(b"Encoding").ok().map(|o| deref(doc, o));
    let base = match enc {
        Some(Object::Name(n)) => named_table(n),
        Some(Object::Dictionary(d)) => name_of(doc, d, b"BaseEncoding").and_then(named_table),
        _ => None,
    };
    let mut table: Vec<String> = match base {
        Some(t) => t.clone(),
        None => named_table(b"WinAnsiEncoding").cloned().unwrap_or_default(),
    };
    if let Some(Object::Dictionary(d)) = enc {
        if let Some(diffs) = d.get(b"Differences").ok().map(|o| deref(doc, o)).and_then(|o| o.as_array().ok()) {
            let mut code: usize = 0;
            for item in diffs {
                match deref(doc, item) {
                    Object::Integer(i) => code = (*i).clamp(0, 255) as usize,
                    Object::Name(n) => {
                        if code < 256 {
                            if let Some(s) = glyph_text(n) {
                                table[code] = s;
                            }
                        }
                        code += 1;
                    }
                    _ => {}
                }
            }
        }
    }
    table
}

/// The text of a glyph name: the Adobe Glyph List names lopdf knows
/// (`aacute`, `dcroat`, `ohorndotbelow`), `uniXXXX…`, `uXXXX[XX]`, and
/// names with a suffix (`a.sc`) or ligatures of such (`f_i`).
pub(crate) fn glyph_text(name: &[u8]) -> Option<String> {
    let s = std::str::from_utf8(name).ok()?;
    if let Some(t) = known_glyph(name) {
        // Ligatures as their letters.
        return Some(match t.as_str() {
            "\u{FB00}" => "ff".into(),
            "\u{FB01}" => "fi".into(),
            "\u{FB02}" => "fl".into(),
            "\u{FB03}" => "ffi".into(),
            "\u{FB04}" => "ffl".into(),
            _ => t,
        });
    }
    if let Some(hex) = s.strip_prefix("uni") {
        if !hex.is_empty() && hex.len() % 4 == 0 && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            let units: Vec<u16> = hex.as_bytes().chunks(4).filter_map(|c| u16::from_str_radix(std::str::from_utf8(c).ok()?, 16).ok()).collect();
            return Some(String::from_utf16_lossy(&units));
        }
    }
    if let Some(hex) = s.strip_prefix('u') {
        if (4..=6).contains(&hex.len()) && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return u32::from_str_radix(hex, 16).ok().and_then(char::from_u32).map(String::from);
        }
    }
    if let Some((stem, _)) = s.split_once('.') {
        if !stem.is_empty() {
            return glyph_text(stem.as_bytes());
        }
    }
    if s.contains('_') {
        let parts: Option<Vec<String>> = s.split('_').map(|p| glyph_text(p.as_bytes())).collect();
        return parts.map(|p| p.concat());
    }
    None
}

/// A name of the Adobe Glyph List, through lopdf's table.
fn known_glyph(name: &[u8]) -> Option<String> {
    static EMPTY: Lazy<Document> = Lazy::new(Document::new);
    let enc = lopdf::dictionary! { "Differences" => vec![Object::Integer(0), Object::Name(name.to_vec())] };
    let d = lopdf::dictionary! { "Type" => "Font", "Subtype" => "Type1", "Encoding" => enc };
    // An unknown name makes lopdf fall back to StandardEncoding, which has
    // nothing at code 0.
    let s = d.get_font_encoding(&EMPTY).ok()?.bytes_to_string(&[0]).ok()?;
    (!s.is_empty()).then_some(s)
}

fn hex_value(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 8 {
        return None;
    }
    u32::from_str_radix(s, 16).ok()
}

fn utf16_units(s: &str) -> Vec<u16> {
    s.as_bytes().chunks(4).filter_map(|c| u16::from_str_radix(std::str::from_utf8(c).ok()?, 16).ok()).collect()
}

/// Tokens of a CMap: `<hex>` strings, `[`/`]`, and words.
fn cmap_tokens(data: &[u8]) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        if c.is_ascii_whitespace() {
            i += 1;
        } else if c == b'%' {
            while i < data.len() && data[i] != b'\n' && data[i] != b'\r' {
                i += 1;
            }
        } else if c == b'<' && data.get(i + 1) != Some(&b'<') {
            let start = i;
            while i < data.len() && data[i] != b'>' {
                i += 1;
            }
            i = (i + 1).min(data.len());
            out.push(&data[start..i]);
        } else if c == b'[' || c == b']' {
            out.push(&data[i..i + 1]);
            i += 1;
        } else {
            let start = i;
            while i < data.len() && !data[i].is_ascii_whitespace() && !matches!(data[i], b'<' | b'[' | b']' | b'%') {
                i += 1;
            }
            if i == start {
                i += 1;
            }
            out.push(&data[start..i]);
        }
    }
    out
}

/// The hex digits of a `<…>` token, whitespace removed.
fn hex_token(t: &[u8]) -> Option<String> {
    let inner = t.strip_prefix(b"<")?.strip_suffix(b">")?;
    Some(inner.iter().filter(|b| b.is_ascii_hexdigit()).map(|&b| b as char).collect())
}

/// `bfchar` and `bfrange` entries of a ToUnicode CMap.
pub(crate) fn parse_cmap(data: &[u8], map: &mut HashMap<u32, String>) {
    const MAX_ENTRIES: usize = 1 << 20;
    let tokens = cmap_tokens(data);
    let mut i = 0;
    let mut mode: &[u8] = b"";
    while i < tokens.len() && map.len() < MAX_ENTRIES {
        let t = tokens[i];
        match t {
            b"beginbfchar" | b"beginbfrange" | b"endbfchar" | b"endbfrange" => {
                mode = if t.starts_with(b"begin") { t } else { b"" };
                i += 1;
                continue;
            }
            _ => {}
        }
        match mode {
            b"beginbfchar" if i + 1 < tokens.len() => {
                if let (Some(src), Some(dst)) = (hex_token(t), hex_token(tokens[i + 1])) {
                    if let Some(code) = hex_value(&src) {
                        map.insert(code, String::from_utf16_lossy(&utf16_units(&dst)));
                    }
                } else if let (Some(src), Some(name)) = (hex_token(t), tokens[i + 1].strip_prefix(b"/")) {
                    if let (Some(code), Some(s)) = (hex_value(&src), glyph_text(name)) {
                        map.insert(code, s);
                    }
                }
                i += 2;
            }
            b"beginbfrange" if i + 2 < tokens.len() => {
                let lo = hex_token(t).and_then(|s| hex_value(&s));
                let hi = hex_token(tokens[i + 1]).and_then(|s| hex_value(&s));
                if tokens[i + 2] == b"[" {
                    // <lo> <hi> [<d1> <d2> …]
                    let mut k = i + 3;
                    let mut code = lo.unwrap_or(0);
                    while k < tokens.len() && tokens[k] != b"]" {
                        if let (Some(h), Some(hi)) = (hex_token(tokens[k]), hi) {
                            if code <= hi {
                                map.insert(code, String::from_utf16_lossy(&utf16_units(&h)));
                            }
                        }
                        code = code.saturating_add(1);
                        k += 1;
                    }
                    i = k + 1;
                } else {
                    if let (Some(lo), Some(hi), Some(dst)) = (lo, hi, hex_token(tokens[i + 2])) {
                        let base = utf16_units(&dst);
                        for (k, code) in (lo..=hi.min(lo.saturating_add(65535))).enumerate() {
                            let mut units = base.clone();
                            if let Some(last) = units.last_mut() {
                                *last = last.wrapping_add(k as u16);
                            }
                            map.insert(code, String::from_utf16_lossy(&units));
                        }
                    }
                    i += 3;
                }
            }
            _ => i += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cmap_bfchar_and_bfrange() {
        let cmap = b"1 beginbfchar\n<0003> <0020>\nendbfchar\n2 beginbfrange\n<0010> <0012> <0041>\n<0020> <0021> [<1EBF> <0111>]\nendbfrange";
        let mut m = HashMap::new();
        parse_cmap(cmap, &mut m);
        assert_eq!(m[&3], " ");
        assert_eq!(m[&0x11], "B");
        assert_eq!(m[&0x20], "ế");
        assert_eq!(m[&0x21], "đ");
    }

    #[test]
    fn cmap_without_spaces_between_tokens() {
        let cmap = b"beginbfchar<01><0048><02><1EA1>endbfchar beginbfrange<03><04>[<0110><01B0>]endbfrange";
        let mut m = HashMap::new();
        parse_cmap(cmap, &mut m);
        assert_eq!((m[&1].as_str(), m[&2].as_str(), m[&3].as_str(), m[&4].as_str()), ("H", "ạ", "Đ", "ư"));
    }

    #[test]
    fn glyph_names() {
        assert_eq!(glyph_text(b"aacute").as_deref(), Some("á"));
        assert_eq!(glyph_text(b"uni1EA1").as_deref(), Some("ạ"));
        assert_eq!(glyph_text(b"u1EBF").as_deref(), Some("ế"));
        assert_eq!(glyph_text(b"dcroat").as_deref(), Some("đ"));
        assert_eq!(glyph_text(b"ohorn").as_deref(), Some("ơ"));
        assert_eq!(glyph_text(b"a.sc").as_deref(), Some("a"));
        assert_eq!(glyph_text(b"f_i").as_deref(), Some("fi"));
        assert_eq!(glyph_text(b"g123"), None);
    }

    #[test]
    fn named_encodings() {
        assert_eq!(named_table(b"StandardEncoding").unwrap()[0x27], "’");
        assert_eq!(named_table(b"MacRomanEncoding").unwrap()[0x87], "á");
        assert_eq!(named_table(b"WinAnsiEncoding").unwrap()[0xE1], "á");
    }

    #[test]
    fn legacy_font_names() {
        assert_eq!(legacy_name(".VnTime"), Some("tcvn3"));
        assert_eq!(legacy_name("ABCDEF+.VnTimeH"), Some("tcvn3"));
        assert_eq!(legacy_name("VnArial"), Some("tcvn3"));
        assert_eq!(legacy_name("VNI-Times"), Some("vni"));
        assert_eq!(legacy_name("TimesNewRomanPSMT"), None);
        assert_eq!(legacy_name("Universal"), None);
    }
}
