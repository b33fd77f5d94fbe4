//! Bytes → Unicode text: BOMs (UTF-8, UTF-16), strict UTF-8, legacy 8-bit
//! Vietnamese (TCVN3, VNI) detected and converted, and a refusal for
//! binary data.

use encoding_rs::{UTF_16BE, UTF_16LE};

use crate::legacy;
use crate::record::Warning;
use crate::rules::Rules;

/// Decoded text and what the decoding had to repair.
pub struct Decoded {
    /// The text, as read (not yet normalised).
    pub text: String,
    /// `encoding_repaired`, `invalid_utf8`.
    pub warnings: Vec<Warning>,
}

/// Decodes a file's bytes. `Err` is a one-line reason for refusing them.
pub fn decode(bytes: &[u8], rules: &Rules) -> Result<Decoded, String> {
    if bytes.is_empty() {
        return Err("empty file".into());
    }
    let mut warnings = Vec::new();
    let text = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        String::from_utf8_lossy(rest).into_owned()
    } else if bytes.starts_with(b"\xFF\xFE") {
        UTF_16LE.decode_with_bom_removal(bytes).0.into_owned()
    } else if bytes.starts_with(b"\xFE\xFF") {
        UTF_16BE.decode_with_bom_removal(bytes).0.into_owned()
    } else {
        if looks_binary(bytes) {
            return Err("binary data, not a text document".into());
        }
        match simdutf8::basic::from_utf8(bytes) {
            Ok(s) => s.to_string(),
            // A page that names its 8-bit charset ("<meta … charset=
            // windows-1252>", Word's "Save as Web Page"; its Vietnamese
            // letters as "&#7910;") is read in it. (TCVN3 or VNI text
            // behind such a label reads as their mojibake: converted below.)
            Err(_) => match declared_charset(bytes) {
                Some(e) => e.decode_without_bom_handling(bytes).0.into_owned(),
                None => {
                    if let Some((t, text)) = legacy::detect_convert_bytes(bytes, &rules.legacy) {
                        return Ok(Decoded {
                            text,
                            warnings: vec![repaired(&rules.legacy[t])],
                        });
                    }
                    let lossy = String::from_utf8_lossy(bytes);
                    let bad = lossy.chars().filter(|&c| c == '\u{FFFD}').count();
                    let total = lossy.chars().count().max(1);
                    if bad * 20 > total {
                        return Err(format!("not UTF-8 text ({bad} of {total} characters undecodable) and no legacy Vietnamese encoding recognised"));
                    }
                    warnings.push(Warning::new("invalid_utf8", format!("{bad} undecodable byte sequence(s) replaced by U+FFFD"), None));
                    lossy.into_owned()
                }
            },
        }
    };
    if text.contains('\0') {
        return Err("binary data, not a text document".into());
    }
    // Text that was legacy-encoded and then saved as UTF-8 (mojibake).
    // (Not a page whose Vietnamese letters are references, "&#7911;": its
    // 8-bit "ì", "ã" are those letters, no TCVN3 or VNI bytes.)
    if let Some(mut d) = (!names_vietnamese_letters(&text)).then(|| from_legacy(&text, rules)).flatten() {
        d.warnings.extend(warnings);
        return Ok(d);
    }
    Ok(Decoded { text, warnings })
}

/// Whether text writes Vietnamese letters as HTML references (U+1EA0 to
/// U+1EF9: "&#7843;", "&#x1EA3;"), a few times at least.
fn names_vietnamese_letters(text: &str) -> bool {
    let refs = memchr::memmem::find_iter(text.as_bytes(), b"&#").filter(|&at| {
        let r = &text[at + 2..];
        let (digits, radix) = match r.strip_prefix(['x', 'X']) {
            Some(h) => (h, 16),
            None => (r, 10),
        };
        let end = digits.find(|c: char| !c.is_ascii_hexdigit()).unwrap_or(digits.len());
        u32::from_str_radix(&digits[..end], radix).is_ok_and(|c| (0x1EA0..=0x1EF9).contains(&c))
    });
    refs.take(3).count() == 3
}

/// The 8-bit encoding a web page's head declares (`charset=…` in its first
/// 4 KiB), when encoding_rs knows it and it is no UTF.
fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let at = memchr::memmem::find_iter(head, b"charset=").chain(memchr::memmem::find_iter(head, b"CHARSET=")).next()? + b"charset=".len();
    let label: Vec<u8> = head[at..]
        .iter()
        .copied()
        .skip_while(|&b| b == b'"' || b == b'\'')
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':'))
        .collect();
    let enc = encoding_rs::Encoding::for_label(&label)?;
    (enc != encoding_rs::UTF_8 && enc != UTF_16LE && enc != UTF_16BE && enc.is_single_byte()).then_some(enc)
}

/// Legacy TCVN3/VNI text (one char per byte) converted, when it is that.
fn from_legacy(text: &str, rules: &Rules) -> Option<Decoded> {
    let t = &rules.legacy[legacy::detect(text, &rules.legacy)?];
    Some(Decoded {
        text: t.convert(text),
        warnings: vec![repaired(t)],
    })
}

fn repaired(t: &legacy::LegacyTable) -> Warning {
    Warning::new("encoding_repaired", format!("text is in the legacy {} encoding; converted to Unicode", t.name()), None)
}

/// NUL bytes, or many control bytes, in the first 8 KiB.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let controls = crate::text::count_bytes(head, |b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C));
    controls * 10 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_in_its_declared_8_bit_charset() {
        let rules = Rules::builtin().unwrap();
        // Word's "Save as Web Page": windows-1252, "ì" and "ã" as bytes,
        // the other letters as references.
        let page = b"<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\"></head><body><p>&#7910;Y BAN NH\xC2N D\xC2N</p><p>&#272;&#417;n v&#7883; ch&#7911; tr\xEC: UBND c\xE1c x\xE3</p></body></html>".to_vec();
        let d = decode(&page, &rules).unwrap();
        assert!(d.text.contains("NHÂN DÂN") && d.text.contains("tr\u{ec}: UBND các xã"), "{}", d.text);
        assert!(d.warnings.is_empty());
        // No charset named, no references: not UTF-8 and no legacy text.
        assert_eq!(declared_charset(b"<p>x</p>"), None);
        assert_eq!(declared_charset(b"<meta charset=\"utf-8\">"), None);
        assert_eq!(declared_charset(b"<meta charset=\"iso-8859-1\">"), Some(encoding_rs::WINDOWS_1252));
        assert!(names_vietnamese_letters("&#7910;Y &#x1EA3; &#7883;"));
        assert!(!names_vietnamese_letters("&#160; &#7910;"));
    }
}
