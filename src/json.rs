//! A document as one line of JSON, written straight into bytes: the text
//! `serde_json::to_writer` gives for a [`Document`] (compact, fields in
//! declaration order, the same string escapes, `zmij` for numbers as
//! serde_json has), in a
//! third of its time. Output is most of what `extract` writes (a table of
//! 200 targets is 90 KB of JSON), and serde_json reads every byte of every
//! key and string through its escape table and writes each piece apart.
//!
//! serde_json stays the one reader and the writer of everything else
//! (`--out`, `eval`); a test holds the two writers to the same bytes on
//! every corpus document and on arbitrary strings.

use crate::record::{Document, Provenance, Reference, Signer, SourceRef, Target, Warning};

/// `{"key":value,…}`: each key's bytes with its quotes, colon and comma
/// are one literal; each value is written by the expression beside it.
macro_rules! object {
    ($out:ident, $first:literal => $value:expr $(, $key:literal => $more:expr)* $(,)?) => {{
        $out.extend_from_slice(concat!("{\"", $first, "\":").as_bytes());
        $value;
        $(
            $out.extend_from_slice(concat!(",\"", $key, "\":").as_bytes());
            $more;
        )*
        $out.push(b'}');
    }};
}

/// Appends `d` as serde_json writes it (no newline).
pub fn write_document(out: &mut Vec<u8>, d: &Document) {
    object!(out,
        "schema" => string(out, &d.schema),
        "source" => source(out, &d.source),
        "number" => opt_string(out, d.number.as_deref()),
        "serial" => opt_string(out, d.serial.as_deref()),
        "symbol" => opt_string(out, d.symbol.as_deref()),
        "type" => string(out, &d.doc_type),
        "issuer" => opt_string(out, d.issuer.as_deref()),
        "place" => opt_string(out, d.place.as_deref()),
        "date" => opt_string(out, d.date.as_deref()),
        "subject" => opt_string(out, d.subject.as_deref()),
        "signer" => match &d.signer {
            Some(s) => signer(out, s),
            None => out.extend_from_slice(b"null"),
        },
        "recipients" => array(out, &d.recipients, |out, r| string(out, r)),
        "references" => array(out, &d.references, reference),
        "year" => opt_int(out, d.year.map(i64::from)),
        "targets" => array(out, &d.targets, target),
        "warnings" => array(out, &d.warnings, warning),
    );
}

fn source(out: &mut Vec<u8>, s: &SourceRef) {
    object!(out,
        "path" => string(out, &s.path),
        "sha256" => string(out, &s.sha256),
        "format" => string(out, &s.format),
        "ocr" => out.extend_from_slice(if s.ocr { b"true" } else { b"false" }),
        "segment" => int(out, s.segment as u64),
        "line_start" => int(out, s.line_start as u64),
        "line_end" => int(out, s.line_end as u64),
        "page_start" => opt_int(out, s.page_start.map(i64::from)),
        "page_end" => opt_int(out, s.page_end.map(i64::from)),
    );
}

fn signer(out: &mut Vec<u8>, s: &Signer) {
    object!(out,
        "name" => string(out, &s.name),
        "position" => opt_string(out, s.position.as_deref()),
        "capacity" => opt_string(out, s.capacity.as_deref()),
    );
}

fn reference(out: &mut Vec<u8>, r: &Reference) {
    object!(out,
        "number" => opt_string(out, r.number.as_deref()),
        "type" => string(out, &r.doc_type),
        "date" => opt_string(out, r.date.as_deref()),
        "issuer" => opt_string(out, r.issuer.as_deref()),
    );
}

fn target(out: &mut Vec<u8>, t: &Target) {
    object!(out,
        "unit" => opt_string(out, t.unit.as_deref()),
        "unit_key" => opt_string(out, t.unit_key.as_deref()),
        "unit_group" => opt_string(out, t.unit_group.as_deref()),
        "metric" => opt_string(out, t.metric.as_deref()),
        "metric_text" => string(out, &t.metric_text),
        "value" => float(out, t.value),
        "unit_of_measure" => opt_string(out, t.unit_of_measure.as_deref()),
        "comparator" => string(out, &t.comparator),
        "year" => opt_int(out, t.year.map(i64::from)),
        "note" => opt_string(out, t.note.as_deref()),
        "provenance" => provenance(out, &t.provenance),
    );
}

fn provenance(out: &mut Vec<u8>, p: &Provenance) {
    object!(out,
        "kind" => string(out, &p.kind),
        "table" => opt_int(out, p.table.map(|v| v as i64)),
        "row" => opt_int(out, p.row.map(|v| v as i64)),
        "column" => opt_int(out, p.column.map(|v| v as i64)),
        "line" => int(out, p.line as u64),
        "page" => opt_int(out, p.page.map(i64::from)),
    );
}

fn warning(out: &mut Vec<u8>, w: &Warning) {
    object!(out,
        "code" => string(out, &w.code),
        "message" => string(out, &w.message),
        "line" => opt_int(out, w.line.map(|v| v as i64)),
    );
}

fn array<T>(out: &mut Vec<u8>, items: &[T], item: impl Fn(&mut Vec<u8>, &T)) {
    out.push(b'[');
    for (k, x) in items.iter().enumerate() {
        if k > 0 {
            out.push(b',');
        }
        item(out, x);
    }
    out.push(b']');
}

fn opt_string(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => string(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

fn int(out: &mut Vec<u8>, v: u64) {
    out.extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
}

fn opt_int(out: &mut Vec<u8>, v: Option<i64>) {
    match v {
        Some(v) => out.extend_from_slice(itoa::Buffer::new().format(v).as_bytes()),
        None => out.extend_from_slice(b"null"),
    }
}

/// As serde_json: the shortest form that reads back the same (`zmij`),
/// `null` for NaN and the infinities.
fn float(out: &mut Vec<u8>, v: f64) {
    if v.is_finite() {
        out.extend_from_slice(zmij::Buffer::new().format_finite(v).as_bytes());
    } else {
        out.extend_from_slice(b"null");
    }
}

/// A JSON string with serde_json's escapes: `\"`, `\\`, the short forms
/// of backspace, tab, line feed, form feed and carriage return, and
/// `\u00XX` (lower-case hex) for the other control bytes; everything else
/// as it is, copied a run at a time.
fn string(out: &mut Vec<u8>, s: &str) {
    let b = s.as_bytes();
    out.reserve(b.len() + 2);
    out.push(b'"');
    let mut start = 0;
    loop {
        let i = next_escape(b, start);
        out.extend_from_slice(&b[start..i]);
        let Some(&c) = b.get(i) else { break };
        match c {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            0x08 => out.extend_from_slice(b"\\b"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            0x0C => out.extend_from_slice(b"\\f"),
            b'\r' => out.extend_from_slice(b"\\r"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(&[b'\\', b'u', b'0', b'0', HEX[(c >> 4) as usize], HEX[(c & 15) as usize]]);
            }
        }
        start = i + 1;
    }
    out.push(b'"');
}

/// The index of the first byte from `i` on that needs an escape (a
/// control byte, '"' or '\\'), or the length: eight bytes at a time.
fn next_escape(b: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = b.get(i..i + 8) {
        let mask = escape_mask(u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])));
        if mask != 0 {
            return i + (mask.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    i + b[i..].iter().position(|&c| needs_escape(c)).unwrap_or(b.len() - i)
}

fn needs_escape(c: u8) -> bool {
    c < 0x20 || c == b'"' || c == b'\\'
}

/// The high bit of each of eight bytes (little-endian) that is a control
/// byte, '"' or '\\' ("Bit Twiddling Hacks": a byte below n, a byte equal
/// to n). A byte above a match may be flagged too, never one below: the
/// lowest flag is the first match.
fn escape_mask(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let below_space = x.wrapping_sub(ONES * 0x20) & !x & HIGH;
    let zero_in = |y: u64| y.wrapping_sub(ONES) & !y & HIGH;
    below_space | zero_in(x ^ (ONES * u64::from(b'"'))) | zero_in(x ^ (ONES * u64::from(b'\\')))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn by_serde<T: serde::Serialize + ?Sized>(v: &T) -> Vec<u8> {
        serde_json::to_vec(v).unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 4000, ..ProptestConfig::default() })]
        #[test]
        fn strings_as_serde_json_writes_them(s in "(\\PC|[\\x00-\\x1f\"\\\\\\x7f])*") {
            let mut out = Vec::new();
            string(&mut out, &s);
            prop_assert_eq!(out, by_serde(&s));
        }

        #[test]
        fn eight_byte_test_finds_the_first_byte_to_escape(x: u64, tail in proptest::collection::vec(any::<u8>(), 0..12)) {
            let mut b = x.to_le_bytes().to_vec();
            b.extend(tail);
            for from in 0..=b.len() {
                let bytewise = b[from..].iter().position(|&c| needs_escape(c)).map_or(b.len(), |k| from + k);
                prop_assert_eq!(next_escape(&b, from), bytewise);
            }
        }

        #[test]
        fn numbers_as_serde_json_writes_them(v: f64, n: Option<i64>, u: u64) {
            let mut out = Vec::new();
            float(&mut out, v);
            prop_assert_eq!(out, by_serde(&v));
            let mut out = Vec::new();
            opt_int(&mut out, n);
            prop_assert_eq!(out, by_serde(&n));
            let mut out = Vec::new();
            int(&mut out, u);
            prop_assert_eq!(out, by_serde(&u));
        }
    }

    #[test]
    fn every_corpus_document_as_serde_json_writes_it() {
        let rules = crate::rules::Rules::builtin().unwrap();
        let mut seen = (0, 0);
        for set in std::fs::read_dir("corpus").unwrap() {
            let docs = set.unwrap().path().join("docs");
            for f in std::fs::read_dir(&docs).into_iter().flatten() {
                let p = f.unwrap().path();
                let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
                if !matches!(ext, "txt" | "md" | "html" | "docx") {
                    continue;
                }
                for mut d in crate::extract_file(&p, &p.to_string_lossy(), &rules).unwrap() {
                    // Every optional field both ways: null and filled.
                    let mut blank = d.clone();
                    blank.number = None;
                    blank.signer = None;
                    blank.year = None;
                    blank.source.page_start = Some(3);
                    d.warnings.push(Warning::new("x", "a \"quoted\"\tline\u{1}\n", Some(7)));
                    for doc in [&d, &blank] {
                        let mut out = Vec::new();
                        write_document(&mut out, doc);
                        assert_eq!(String::from_utf8(out).unwrap(), String::from_utf8(by_serde(doc)).unwrap(), "{}", p.display());
                    }
                    seen = (seen.0 + 1, seen.1 + d.targets.len());
                }
            }
        }
        assert!(seen.0 >= 30 && seen.1 >= 500, "{seen:?}");
    }
}
