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
            Err(_) => {
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
        }
    };
    if text.contains('\0') {
        return Err("binary data, not a text document".into());
    }
    // Text that was legacy-encoded and then saved as UTF-8 (mojibake).
    if let Some(mut d) = from_legacy(&text, rules) {
        d.warnings.extend(warnings);
        return Ok(d);
    }
    Ok(Decoded { text, warnings })
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
