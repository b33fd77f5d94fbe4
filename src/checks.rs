//! Consistency checks: the document contradicting itself. An appendix
//! caption citing another number or date than its parent, a blank number
//! or date, the same unit and indicator given two values, a rate over 100%.
//!
//! In: a segment's lines, its header and targets. Out: warnings.

use rustc_hash::FxHashMap as HashMap;

use once_cell::sync::Lazy;
use regex::Regex;

use crate::header::{parse_date_after_ngay, Header};
use crate::read::Line;
use crate::record::{Target, Warning};
use crate::segment::Segment;
use crate::text::contains_lower;

static CAPTION: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)kèm theo\s+(?:[^0-9/]{0,30}?)(?-u:\b)số\s*:?\s*(?P<serial>[0-9][0-9A-Za-z]*)?\s*/\s*(?P<symbol>[0-9A-ZĐa-zđ][0-9A-ZĐa-zđ.&\-]*)(?:\s*,?\s*(?P<ngay>ngày))?").unwrap()
});

fn dmy(d: &crate::text::PartialDate) -> String {
    match (d.day, d.month) {
        (Some(dd), Some(mm)) => format!("{dd}/{mm}/{}", d.year),
        (None, Some(mm)) => format!("{mm}/{}", d.year),
        _ => d.year.to_string(),
    }
}

/// Warnings for one document.
pub fn check(lines: &[Line], seg: &Segment, h: &Header, targets: &[Target]) -> Vec<Warning> {
    let mut out = Vec::new();
    match (&h.symbol, &h.number) {
        (Some(sym), None) => out.push(Warning::new("blank_number", format!("the number line has no serial: \"Số: /{sym}\""), h.number_line.map(|l| l + 1))),
        (None, _) => out.push(Warning::new("blank_number", "no number line (\"Số: …/…\") found", None)),
        _ => {}
    }
    match h.date {
        None => out.push(Warning::new("blank_date", "no date written (\"ngày … tháng … năm …\")", h.date_line.map(|l| l + 1))),
        Some(d) if !d.is_full() => out.push(Warning::new("blank_date", format!("the date is partial: {}", d.iso()), h.date_line.map(|l| l + 1))),
        _ => {}
    }
    if h.issuer.is_none() && h.number.is_none() && h.date.is_none() && h.subject.is_none() {
        out.push(Warning::new("no_header", "no document header (issuer, number, date or subject) found", Some(seg.start + 1)));
    }
    // Appendix captions: "(Kèm theo Quyết định số 1113/QĐ-UBND ngày 07 tháng 7 năm 2023 …)".
    for &(a, e) in &seg.appendices {
        // A caption opens with "kèm": the search starts at the first line
        // that has it (a long table row searched to its end costs much).
        let Some(from) = (a..e.min(a + 10)).find(|&i| contains_lower(&lines[i].text, "kèm")) else {
            continue;
        };
        let window: String = lines[from..e.min(a + 10)].iter().map(|l| l.text.replace('\t', " ")).collect::<Vec<_>>().join(" ");
        let Some(c) = CAPTION.captures(&window) else { continue };
        let line = (from..e.min(a + 10)).find(|&i| contains_lower(&lines[i].text, "kèm theo")).map(|i| i + 1);
        let serial = c.name("serial").map(|m| m.as_str());
        let symbol: String = c["symbol"].chars().filter(|ch| !ch.is_whitespace()).collect();
        if let (Some(s), Some(own)) = (serial, &h.number) {
            let cited = format!("{s}/{symbol}");
            if cited.to_uppercase() != own.to_uppercase() {
                out.push(Warning::new("appendix_reference_mismatch", format!("appendix cites {cited}; this document is {own}"), line));
            }
        }
        // The date is read from just after "ngày", as far as it goes.
        if let (Some(cd), Some(own)) = (c.name("ngay").and_then(|m| parse_date_after_ngay(&window[m.end()..])), h.date) {
            let comparable = cd.is_full() && own.is_full();
            if comparable && cd != own {
                out.push(Warning::new(
                    "appendix_reference_mismatch",
                    format!("appendix dates the document {}; this document is dated {}", dmy(&cd), dmy(&own)),
                    line,
                ));
            }
        }
    }
    // A share over the whole: a figure misread ("830" for "80") or mistyped.
    for t in targets.iter().filter(|t| t.unit_of_measure.as_deref() == Some("%") && t.value > 100.0) {
        out.push(Warning::new(
            "value_out_of_range",
            format!(
                "{} / {} given {}%: a rate cannot pass 100%",
                t.unit.as_deref().unwrap_or("all units"),
                t.metric.as_deref().unwrap_or(&t.metric_text),
                t.value
            ),
            Some(t.provenance.line),
        ));
    }
    // The same unit, indicator and year with two values.
    // (unit key, indicator, year, note) → (value, line): a target with a
    // qualifier of its own ("quý II/2026") is another target.
    type Key<'t> = (Option<&'t str>, Option<&'t str>, Option<i32>, Option<&'t str>);
    let mut seen: HashMap<Key, (f64, usize)> = HashMap::default();
    for t in targets {
        if t.metric.is_none() {
            continue;
        }
        let key = (t.unit_key.as_deref(), t.metric.as_deref(), t.year, t.note.as_deref());
        match seen.get(&key) {
            Some(&(v, line)) if (v - t.value).abs() > 1e-9 => out.push(Warning::new(
                "duplicate_target",
                format!(
                    "{} / {} given {} (line {line}) and {} (line {})",
                    t.unit.as_deref().unwrap_or("all units"),
                    t.metric.as_deref().unwrap_or("?"),
                    v,
                    t.value,
                    t.provenance.line
                ),
                Some(t.provenance.line),
            )),
            Some(_) => {}
            None => {
                seen.insert(key, (t.value, t.provenance.line));
            }
        }
    }
    out
}
