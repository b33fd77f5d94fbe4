//! Born-digital PDF reader, in process with lopdf. Each page's content
//! stream is interpreted into positioned text runs (x, y, size, font),
//! decoded through the font's ToUnicode map (or its 8-bit encoding; legacy
//! .VnTime/VNI fonts through `rules/encodings/`), and into ruling lines.
//! Ruled grids become [`Table`]s (a spanning cell's text goes to its first
//! column); other runs become lines, read top to bottom and left to right,
//! with a tab where a wide gap separates blocks (the two-column letterhead,
//! the signature block). Every line and row carries its page number.
//!
//! Limits: decompressed page content is capped, page count is capped, and
//! the whole reader runs under `catch_unwind` so a lopdf panic is an error.

use std::collections::HashMap;

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object};

use super::{Extracted, Line, ReadOptions, Row, Table};
use crate::legacy::bytes_as_cp1252;
use crate::record::Warning;
use crate::rules::Rules;

/// Largest decompressed content of one page.
const MAX_PAGE_CONTENT: usize = 64 * 1024 * 1024;
/// Most pages read from one file.
const MAX_PAGES: usize = 5000;

/// Reads a PDF file's bytes.
pub fn read(bytes: &[u8], rules: &Rules, opts: &ReadOptions) -> Result<Extracted, String> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| read_inner(bytes, rules, opts))) {
        Ok(r) => r,
        Err(_) => Err("PDF reader failed on this file (damaged PDF?)".into()),
    }
}

fn read_inner(bytes: &[u8], rules: &Rules, opts: &ReadOptions) -> Result<Extracted, String> {
    if !bytes.starts_with(b"%PDF") && !bytes[..bytes.len().min(1024)].windows(4).any(|w| w == b"%PDF") {
        return Err("not a PDF file".into());
    }
    let mut doc = Document::load_mem(bytes).map_err(|e| format!("damaged PDF: {e}"))?;
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err("encrypted PDF: a password is needed".into());
    }
    let pages = doc.get_pages();
    if pages.len() > MAX_PAGES {
        return Err(format!("PDF has {} pages; the limit is {MAX_PAGES}", pages.len()));
    }
    let mut out = Extracted::default();
    let mut legacy_used: Option<String> = None;
    let mut empty_pages = Vec::new();
    let mut read_pages: Vec<(u32, Page)> = Vec::with_capacity(pages.len());
    for (&n, &page_id) in &pages {
        let content = doc.get_page_content_with_limit(page_id, MAX_PAGE_CONTENT).map_err(|e| format!("page {n}: {e}"))?;
        let ops = Content::decode(&content).map_err(|e| format!("page {n}: cannot read its content: {e}"))?;
        let fonts = load_fonts(&doc, page_id, rules);
        let mut page = Page::default();
        interpret(&ops.operations, &fonts, rules, &mut page);
        for f in fonts.values() {
            if let (Some(t), true) = (f.legacy, page.used_fonts.contains(&f.key)) {
                legacy_used = Some(rules.legacy[t].name().to_string());
            }
        }
        let chars: usize = page.runs.iter().map(|r| r.text.chars().filter(|c| !c.is_whitespace()).count()).sum();
        if chars < 20 {
            empty_pages.push(n);
        }
        read_pages.push((n, page));
    }
    // Pages without a usable text layer are scans: OCR them — the page's
    // own JPEG when it is a single image, else the page rendered.
    let mut ocred: HashMap<u32, Extracted> = HashMap::new();
    if !empty_pages.is_empty() && super::ocr::available() {
        let mut render = Vec::new();
        let mut jpegs = Vec::new();
        for &n in &empty_pages {
            match pages.get(&n).and_then(|&id| single_jpeg(&doc, id)) {
                Some(jpeg) => jpegs.push((n, jpeg)),
                None => render.push(n),
            }
        }
        // Pages go to Tesseract `--jobs` at a time.
        for chunk in jpegs.chunks(opts.jobs.max(1)) {
            let results: Vec<(u32, Result<Extracted, String>)> = std::thread::scope(|s| {
                let handles: Vec<_> = chunk.iter().map(|(n, jpeg)| (*n, s.spawn(move || super::ocr::ocr_page_image(jpeg, *n, opts)))).collect();
                handles.into_iter().map(|(n, h)| (n, h.join().unwrap_or_else(|_| Err("OCR worker failed".into())))).collect()
            });
            for (n, r) in results {
                match r {
                    Ok(e) => {
                        ocred.insert(n, e);
                    }
                    Err(e) => out.warnings.push(Warning::new("ocr_failed", e, None)),
                }
            }
        }
        if !render.is_empty() {
            match super::ocr::ocr_pdf_pages(bytes, &render, opts) {
                Ok(v) => ocred.extend(v),
                Err(e) => out.warnings.push(Warning::new("ocr_failed", e, None)),
            }
        }
    }
    for (n, page) in read_pages {
        match ocred.remove(&n) {
            Some(e) => {
                let offset = out.lines.len();
                out.ocr = true;
                out.warnings.extend(e.warnings.into_iter().map(|mut w| {
                    w.line = w.line.map(|l| l + offset);
                    w
                }));
                out.lines.extend(e.lines);
            }
            None => page_lines(page, n, &mut out),
        }
    }
    empty_pages.retain(|_| !out.ocr);
    if let Some(name) = legacy_used {
        out.warnings.push(Warning::new("encoding_repaired", format!("text set in legacy {name} fonts; converted to Unicode"), None));
    }
    if !empty_pages.is_empty() {
        out.warnings.push(Warning::new(
            "needs_ocr",
            format!("page(s) {} have no usable text layer", empty_pages.iter().map(|p| p.to_string()).collect::<Vec<_>>().join(", ")),
            None,
        ));
    }
    Ok(out)
}

/// The JPEG of a page that shows one image and nothing else, as stored.
fn single_jpeg(doc: &Document, page: lopdf::ObjectId) -> Option<Vec<u8>> {
    let (res, _) = doc.get_page_resources(page).ok()?;
    let xobjects = deref(doc, res?.get(b"XObject").ok()?).as_dict().ok()?;
    let mut images = xobjects.iter().filter_map(|(_, o)| deref(doc, o).as_stream().ok()).filter(|s| s.dict.get(b"Subtype").ok().and_then(|o| o.as_name().ok()) == Some(b"Image"));
    let img = images.next()?;
    if images.next().is_some() {
        return None;
    }
    let filter = img.dict.get(b"Filter").ok().map(|o| deref(doc, o))?;
    let is_dct = match filter {
        Object::Name(n) => n == b"DCTDecode",
        Object::Array(a) => a.len() == 1 && a[0].as_name().ok() == Some(b"DCTDecode"),
        _ => false,
    };
    is_dct.then(|| img.content.clone())
}

/// What a font needs for decoding and measuring.
struct Font {
    key: Vec<u8>,
    two_byte: bool,
    to_unicode: HashMap<u32, String>,
    widths: HashMap<u32, f64>,
    default_width: f64,
    /// Index into `rules.legacy` for .VnTime / VNI fonts.
    legacy: Option<usize>,
}

fn num(o: &Object) -> Option<f64> {
    match o {
        Object::Integer(i) => Some(*i as f64),
        Object::Real(r) => Some(*r as f64),
        _ => None,
    }
}

fn deref<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    doc.dereference(o).map(|(_, o)| o).unwrap_or(o)
}

fn load_fonts(doc: &Document, page: lopdf::ObjectId, rules: &Rules) -> HashMap<Vec<u8>, Font> {
    let mut out = HashMap::new();
    let Ok(fonts) = doc.get_page_fonts(page) else { return out };
    for (name, dict) in fonts {
        out.insert(name.clone(), load_font(doc, name, dict, rules));
    }
    out
}

fn load_font(doc: &Document, key: Vec<u8>, dict: &Dictionary, rules: &Rules) -> Font {
    let subtype = dict.get(b"Subtype").ok().and_then(|o| o.as_name().ok()).unwrap_or(b"");
    let base = dict.get(b"BaseFont").ok().and_then(|o| o.as_name().ok()).map(|n| String::from_utf8_lossy(n).into_owned()).unwrap_or_default();
    let two_byte = subtype == b"Type0";
    let mut widths = HashMap::new();
    let mut default_width = 500.0;
    if two_byte {
        if let Some(desc) = dict.get(b"DescendantFonts").ok().map(|o| deref(doc, o)).and_then(|o| o.as_array().ok()).and_then(|a| a.first()).map(|o| deref(doc, o)).and_then(|o| o.as_dict().ok()) {
            default_width = desc.get(b"DW").ok().and_then(num).unwrap_or(1000.0);
            if let Some(w) = desc.get(b"W").ok().map(|o| deref(doc, o)).and_then(|o| o.as_array().ok()) {
                let mut i = 0;
                while i < w.len() {
                    let first = num(deref(doc, &w[i])).unwrap_or(0.0) as u32;
                    match w.get(i + 1).map(|o| deref(doc, o)) {
                        Some(Object::Array(list)) => {
                            for (k, x) in list.iter().enumerate() {
                                if let Some(v) = num(deref(doc, x)) {
                                    widths.insert(first + k as u32, v);
                                }
                            }
                            i += 2;
                        }
                        Some(o) => {
                            let last = num(o).unwrap_or(0.0) as u32;
                            let v = w.get(i + 2).and_then(|o| num(deref(doc, o))).unwrap_or(default_width);
                            for c in first..=last.min(first + 65535) {
                                widths.insert(c, v);
                            }
                            i += 3;
                        }
                        None => break,
                    }
                }
            }
        }
    } else {
        let first = dict.get(b"FirstChar").ok().and_then(num).unwrap_or(0.0) as u32;
        if let Some(w) = dict.get(b"Widths").ok().map(|o| deref(doc, o)).and_then(|o| o.as_array().ok()) {
            for (k, x) in w.iter().enumerate() {
                if let Some(v) = num(deref(doc, x)) {
                    widths.insert(first + k as u32, v);
                }
            }
        }
    }
    let mut to_unicode = HashMap::new();
    if let Some(stream) = dict.get(b"ToUnicode").ok().map(|o| deref(doc, o)).and_then(|o| o.as_stream().ok()) {
        if let Ok(data) = stream.decompressed_content_with_limit(16 * 1024 * 1024) {
            parse_cmap(&data, &mut to_unicode);
        }
    }
    let lower = base.to_lowercase();
    let legacy_name = if lower.contains("vni") {
        Some("vni")
    } else if lower.contains(".vn") || lower.contains("vntime") || lower.contains("vnarial") || lower.contains("vnhelvet") {
        Some("tcvn3")
    } else {
        None
    };
    let legacy = legacy_name.and_then(|n| rules.legacy.iter().position(|t| t.name() == n));
    Font { key, two_byte, to_unicode, widths, default_width, legacy }
}

fn hex_value(s: &str) -> Option<u32> {
    u32::from_str_radix(s, 16).ok()
}

fn utf16_hex(s: &str) -> String {
    let units: Vec<u16> = s.as_bytes().chunks(4).filter_map(|c| u16::from_str_radix(std::str::from_utf8(c).ok()?, 16).ok()).collect();
    String::from_utf16_lossy(&units)
}

/// `bfchar` and `bfrange` entries of a ToUnicode CMap.
fn parse_cmap(data: &[u8], map: &mut HashMap<u32, String>) {
    let text = String::from_utf8_lossy(data);
    let tokens: Vec<&str> = text.split(|c: char| c.is_whitespace()).filter(|t| !t.is_empty()).collect();
    let hex = |t: &str| t.strip_prefix('<').and_then(|t| t.strip_suffix('>')).map(str::to_string);
    let mut i = 0;
    let mut mode = "";
    while i < tokens.len() {
        match tokens[i] {
            "beginbfchar" | "beginbfrange" => {
                mode = tokens[i];
                i += 1;
                continue;
            }
            "endbfchar" | "endbfrange" => {
                mode = "";
                i += 1;
                continue;
            }
            _ => {}
        }
        match mode {
            "beginbfchar" if i + 1 < tokens.len() => {
                if let (Some(src), Some(dst)) = (hex(tokens[i]), hex(tokens[i + 1])) {
                    if let Some(code) = hex_value(&src) {
                        map.insert(code, utf16_hex(&dst));
                    }
                }
                i += 2;
            }
            "beginbfrange" if i + 2 < tokens.len() => {
                let (lo, hi) = (hex(tokens[i]).and_then(|s| hex_value(&s)), hex(tokens[i + 1]).and_then(|s| hex_value(&s)));
                if tokens[i + 2].starts_with('[') {
                    // <lo> <hi> [<d1> <d2> …]
                    let mut k = i + 2;
                    let mut code = lo.unwrap_or(0);
                    let first = tokens[k].trim_start_matches('[');
                    let mut items: Vec<String> = Vec::new();
                    if !first.is_empty() {
                        items.push(first.to_string());
                    }
                    k += 1;
                    while k < tokens.len() && !tokens[k - 1].ends_with(']') {
                        items.push(tokens[k].to_string());
                        k += 1;
                    }
                    for it in items {
                        if let Some(h) = hex(it.trim_end_matches(']')) {
                            map.insert(code, utf16_hex(&h));
                            code += 1;
                        }
                    }
                    i = k;
                } else {
                    if let (Some(lo), Some(hi), Some(dst)) = (lo, hi, hex(tokens[i + 2])) {
                        let base: Vec<u16> = dst.as_bytes().chunks(4).filter_map(|c| u16::from_str_radix(std::str::from_utf8(c).ok()?, 16).ok()).collect();
                        for (k, code) in (lo..=hi.min(lo + 65535)).enumerate() {
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

/// A 2-D affine matrix [a b c d e f].
#[derive(Clone, Copy, Debug)]
struct M([f64; 6]);

impl M {
    const ID: M = M([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);
    fn mul(self, o: M) -> M {
        let [a, b, c, d, e, f] = self.0;
        let [a2, b2, c2, d2, e2, f2] = o.0;
        M([a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2, e * a2 + f * c2 + e2, e * b2 + f * d2 + f2])
    }
    fn apply(self, x: f64, y: f64) -> (f64, f64) {
        let [a, b, c, d, e, f] = self.0;
        (a * x + c * y + e, b * x + d * y + f)
    }
    fn translate(tx: f64, ty: f64) -> M {
        M([1.0, 0.0, 0.0, 1.0, tx, ty])
    }
}

/// A piece of text at a place on the page (device space, y up).
#[derive(Debug, Clone)]
pub(crate) struct Run {
    pub(crate) x0: f64,
    pub(crate) x1: f64,
    pub(crate) y: f64,
    pub(crate) size: f64,
    pub(crate) text: String,
}

/// A ruling line segment.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Seg {
    pub(crate) x0: f64,
    pub(crate) y0: f64,
    pub(crate) x1: f64,
    pub(crate) y1: f64,
}

/// What one page shows: text runs and ruling lines.
#[derive(Default)]
pub(crate) struct Page {
    pub(crate) runs: Vec<Run>,
    pub(crate) segs: Vec<Seg>,
    pub(crate) used_fonts: Vec<Vec<u8>>,
}

struct TextState {
    font: Option<Vec<u8>>,
    size: f64,
    tc: f64,
    tw: f64,
    th: f64,
    tl: f64,
    rise: f64,
}

fn interpret(ops: &[lopdf::content::Operation], fonts: &HashMap<Vec<u8>, Font>, rules: &Rules, page: &mut Page) {
    let mut ctm = M::ID;
    let mut stack: Vec<M> = Vec::new();
    let mut tm = M::ID;
    let mut tlm = M::ID;
    let mut ts = TextState { font: None, size: 0.0, tc: 0.0, tw: 0.0, th: 1.0, tl: 0.0, rise: 0.0 };
    let mut path: Vec<Seg> = Vec::new();
    let mut cur = (0.0, 0.0);
    let mut start = (0.0, 0.0);
    for op in ops {
        let a = &op.operands;
        let n = |i: usize| a.get(i).and_then(num).unwrap_or(0.0);
        match op.operator.as_str() {
            "q" => stack.push(ctm),
            "Q" => ctm = stack.pop().unwrap_or(M::ID),
            "cm" => ctm = M([n(0), n(1), n(2), n(3), n(4), n(5)]).mul(ctm),
            "BT" => {
                tm = M::ID;
                tlm = M::ID;
            }
            "Tf" => {
                ts.font = a.first().and_then(|o| o.as_name().ok()).map(|s| s.to_vec());
                ts.size = n(1);
                if let Some(f) = &ts.font {
                    if !page.used_fonts.contains(f) {
                        page.used_fonts.push(f.clone());
                    }
                }
            }
            "Tc" => ts.tc = n(0),
            "Tw" => ts.tw = n(0),
            "Tz" => ts.th = n(0) / 100.0,
            "TL" => ts.tl = n(0),
            "Ts" => ts.rise = n(0),
            "Td" => {
                tlm = M::translate(n(0), n(1)).mul(tlm);
                tm = tlm;
            }
            "TD" => {
                ts.tl = -n(1);
                tlm = M::translate(n(0), n(1)).mul(tlm);
                tm = tlm;
            }
            "Tm" => {
                tlm = M([n(0), n(1), n(2), n(3), n(4), n(5)]);
                tm = tlm;
            }
            "T*" => {
                tlm = M::translate(0.0, -ts.tl).mul(tlm);
                tm = tlm;
            }
            "Tj" | "'" | "\"" => {
                if op.operator == "'" || op.operator == "\"" {
                    if op.operator == "\"" {
                        ts.tw = n(0);
                        ts.tc = n(1);
                    }
                    tlm = M::translate(0.0, -ts.tl).mul(tlm);
                    tm = tlm;
                }
                if let Some(Object::String(bytes, _)) = a.last() {
                    show(bytes, &ts, fonts, rules, &mut tm, ctm, page);
                }
            }
            "TJ" => {
                if let Some(Object::Array(items)) = a.first() {
                    for it in items {
                        match it {
                            Object::String(bytes, _) => show(bytes, &ts, fonts, rules, &mut tm, ctm, page),
                            o => {
                                if let Some(k) = num(o) {
                                    let tx = -k / 1000.0 * ts.size * ts.th;
                                    tm = M::translate(tx, 0.0).mul(tm);
                                }
                            }
                        }
                    }
                }
            }
            "m" => {
                cur = ctm.apply(n(0), n(1));
                start = cur;
            }
            "l" => {
                let p = ctm.apply(n(0), n(1));
                path.push(Seg { x0: cur.0, y0: cur.1, x1: p.0, y1: p.1 });
                cur = p;
            }
            "h" => {
                path.push(Seg { x0: cur.0, y0: cur.1, x1: start.0, y1: start.1 });
                cur = start;
            }
            "re" => {
                let (x, y, w, h) = (n(0), n(1), n(2), n(3));
                let p = [ctm.apply(x, y), ctm.apply(x + w, y), ctm.apply(x + w, y + h), ctm.apply(x, y + h)];
                let (wd, ht) = ((p[1].0 - p[0].0).abs(), (p[3].1 - p[0].1).abs());
                if ht < 2.0 {
                    // A thin filled rectangle is a horizontal rule.
                    let ym = (p[0].1 + p[3].1) / 2.0;
                    path.push(Seg { x0: p[0].0, y0: ym, x1: p[1].0, y1: ym });
                } else if wd < 2.0 {
                    let xm = (p[0].0 + p[1].0) / 2.0;
                    path.push(Seg { x0: xm, y0: p[0].1, x1: xm, y1: p[3].1 });
                } else {
                    for k in 0..4 {
                        let (s, e) = (p[k], p[(k + 1) % 4]);
                        path.push(Seg { x0: s.0, y0: s.1, x1: e.0, y1: e.1 });
                    }
                }
                cur = p[0];
                start = p[0];
            }
            "S" | "s" | "f" | "F" | "f*" | "B" | "B*" | "b" | "b*" => {
                page.segs.append(&mut path);
            }
            "n" => path.clear(),
            _ => {}
        }
        if page.segs.len() > 200_000 || page.runs.len() > 500_000 {
            break;
        }
    }
}

fn show(bytes: &[u8], ts: &TextState, fonts: &HashMap<Vec<u8>, Font>, rules: &Rules, tm: &mut M, ctm: M, page: &mut Page) {
    let font = ts.font.as_ref().and_then(|f| fonts.get(f));
    let two = font.is_some_and(|f| f.two_byte);
    let codes: Vec<u32> = if two { bytes.chunks(2).map(|c| if c.len() == 2 { (c[0] as u32) << 8 | c[1] as u32 } else { c[0] as u32 }).collect() } else { bytes.iter().map(|&b| b as u32).collect() };
    let mut text = String::new();
    let mut advance = 0.0;
    let mut raw8: Vec<u8> = Vec::new();
    for &code in &codes {
        let w = font.and_then(|f| f.widths.get(&code).copied()).unwrap_or_else(|| font.map_or(500.0, |f| f.default_width));
        advance += (w / 1000.0 * ts.size + ts.tc + if code == 32 && !two { ts.tw } else { 0.0 }) * ts.th;
        match font {
            Some(f) if f.legacy.is_some() => raw8.push(code as u8),
            Some(f) => match f.to_unicode.get(&code) {
                Some(s) => text.push_str(s),
                None if !two => text.push_str(&bytes_as_cp1252(&[code as u8])),
                None => {}
            },
            None => text.push_str(&bytes_as_cp1252(&[code as u8])),
        }
    }
    if let (false, Some(t)) = (raw8.is_empty(), font.and_then(|f| f.legacy)) {
        // Legacy font bytes: read as Windows-1252, then through the table.
        text = rules.legacy[t].convert(&bytes_as_cp1252(&raw8));
    }
    let text = text.replace('\u{a0}', " ");
    let m = M::translate(0.0, ts.rise).mul(*tm).mul(ctm);
    let (x0, y) = m.apply(0.0, 0.0);
    let (x1, _) = m.apply(advance, 0.0);
    let scale = (m.0[2].powi(2) + m.0[3].powi(2)).sqrt();
    *tm = M::translate(advance, 0.0).mul(*tm);
    if text.trim().is_empty() && !text.contains(' ') {
        return;
    }
    page.runs.push(Run { x0: x0.min(x1), x1: x0.max(x1), y, size: (ts.size * scale).abs().max(1.0), text });
}

/// Ruled grids on a page: (column edges left to right, row edges top to bottom, segments).
fn grids(segs: &[Seg]) -> Vec<(Vec<f64>, Vec<f64>, Vec<Seg>)> {
    let hs: Vec<Seg> = segs.iter().filter(|s| (s.y0 - s.y1).abs() < 1.0 && (s.x1 - s.x0).abs() > 4.0).copied().collect();
    let vs: Vec<Seg> = segs.iter().filter(|s| (s.x0 - s.x1).abs() < 1.0 && (s.y1 - s.y0).abs() > 4.0).copied().collect();
    if hs.len() < 2 || vs.len() < 2 {
        return Vec::new();
    }
    // Connected components of crossing segments.
    let all: Vec<Seg> = hs.iter().chain(vs.iter()).copied().collect();
    let nh = hs.len();
    let mut parent: Vec<usize> = (0..all.len()).collect();
    fn find(p: &mut Vec<usize>, i: usize) -> usize {
        let mut r = i;
        while p[r] != r {
            r = p[r];
        }
        let mut i = i;
        while p[i] != r {
            let n = p[i];
            p[i] = r;
            i = n;
        }
        r
    }
    for (i, h) in hs.iter().enumerate() {
        let (hx0, hx1) = (h.x0.min(h.x1), h.x0.max(h.x1));
        for (j, v) in vs.iter().enumerate() {
            let (vy0, vy1) = (v.y0.min(v.y1), v.y0.max(v.y1));
            if v.x0 >= hx0 - 2.0 && v.x0 <= hx1 + 2.0 && h.y0 >= vy0 - 2.0 && h.y0 <= vy1 + 2.0 {
                let (a, b) = (find(&mut parent, i), find(&mut parent, nh + j));
                parent[a] = b;
            }
        }
    }
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..all.len() {
        let r = find(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let mut out = Vec::new();
    for (_, members) in groups {
        let mut xs: Vec<f64> = members.iter().filter(|&&i| i >= nh).map(|&i| all[i].x0).collect();
        let mut ys: Vec<f64> = members.iter().filter(|&&i| i < nh).map(|&i| all[i].y0).collect();
        xs.sort_by(|a, b| a.total_cmp(b));
        ys.sort_by(|a, b| b.total_cmp(a));
        xs.dedup_by(|a, b| (*a - *b).abs() < 2.0);
        ys.dedup_by(|a, b| (*a - *b).abs() < 2.0);
        if xs.len() >= 3 && ys.len() >= 2 {
            let segs: Vec<Seg> = members.iter().filter(|&&i| i >= nh).map(|&i| all[i]).collect();
            out.push((xs, ys, segs));
        }
    }
    out.sort_by(|a, b| b.1[0].total_cmp(&a.1[0]));
    out
}

/// Joins runs on one baseline, left to right: a space for a word gap, a
/// tab for a wide gap between blocks.
fn join_runs(mut runs: Vec<&Run>) -> String {
    runs.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    let mut s = String::new();
    let mut prev: Option<&Run> = None;
    for r in runs {
        if let Some(p) = prev {
            let gap = r.x0 - p.x1;
            if gap > 3.0 * p.size.max(r.size) {
                s.push('\t');
            } else if gap > 0.15 * p.size.max(r.size) && !s.ends_with(' ') && !r.text.starts_with(' ') {
                s.push(' ');
            }
        }
        s.push_str(&r.text);
        prev = Some(r);
    }
    crate::text::squash_keep_tabs(&s)
}

/// Groups runs into baselines, top to bottom.
fn baselines<'a>(runs: &[&'a Run]) -> Vec<(f64, Vec<&'a Run>)> {
    let mut sorted: Vec<&Run> = runs.to_vec();
    sorted.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x0.total_cmp(&b.x0)));
    let mut lines: Vec<(f64, Vec<&Run>)> = Vec::new();
    for r in sorted {
        match lines.last_mut() {
            Some((y, v)) if (*y - r.y).abs() < 0.45 * r.size => v.push(r),
            _ => lines.push((r.y, vec![r])),
        }
    }
    lines
}

/// Lines and tables of one page, in reading order (shared with OCR).
pub(crate) fn page_lines(page: Page, n: u32, out: &mut Extracted) {
    let grids = grids(&page.segs);
    // Which grid (and cell) each run falls in.
    let mut in_grid: Vec<Option<(usize, usize, usize)>> = vec![None; page.runs.len()];
    for (ri, r) in page.runs.iter().enumerate() {
        let xm = (r.x0 + r.x1) / 2.0;
        let ym = r.y + r.size * 0.3;
        for (gi, (xs, ys, segs)) in grids.iter().enumerate() {
            if xm < xs[0] || xm > *xs.last().unwrap() || ym > ys[0] || ym < *ys.last().unwrap() {
                continue;
            }
            let row = (0..ys.len() - 1).find(|&i| ym <= ys[i] && ym >= ys[i + 1]);
            let col = (0..xs.len() - 1).find(|&j| xm >= xs[j] && xm <= xs[j + 1]);
            if let (Some(row), Some(mut col)) = (row, col) {
                // A spanning cell: no rule between columns in this row.
                let ymid = (ys[row] + ys[row + 1]) / 2.0;
                while col > 0 && !segs.iter().any(|s| (s.x0 - xs[col]).abs() < 2.0 && s.y0.min(s.y1) <= ymid && s.y0.max(s.y1) >= ymid) {
                    col -= 1;
                }
                in_grid[ri] = Some((gi, row, col));
                break;
            }
        }
    }
    // Items in reading order: free lines and table rows, by their top.
    enum Item {
        Text(String),
        Row(usize, Vec<String>),
    }
    let mut items: Vec<(f64, Item)> = Vec::new();
    let free: Vec<&Run> = page.runs.iter().enumerate().filter(|(i, _)| in_grid[*i].is_none()).map(|(_, r)| r).collect();
    // A line that runs to the right margin wrapped: the next line, close
    // below, continues its paragraph.
    let lines = baselines(&free);
    let right = lines.iter().flat_map(|(_, rs)| rs.iter().map(|r| r.x1)).fold(f64::MIN, f64::max);
    let mut pending: Option<(f64, String, f64, f64)> = None; // (y, text, last y, size)
    for (y, runs) in lines {
        let size = runs.iter().map(|r| r.size).fold(0.0, f64::max);
        let x1 = runs.iter().map(|r| r.x1).fold(f64::MIN, f64::max);
        let text = join_runs(runs);
        let full = x1 >= right - 4.0 * size && !text.contains('\t');
        // A list item or an article opens a new paragraph.
        let opens = {
            let t = text.trim_start();
            t.starts_with(['-', '+', '•', '–'])
                || ["Điều ", "Kính gửi", "Nơi nhận", "Căn cứ", "Theo đề nghị", "Xét đề nghị", "V/v", "Về việc"].iter().any(|w| t.starts_with(w))
                || crate::text::is_upper_line(t)
                || {
                let head: String = t.chars().take(5).collect();
                head.split_once([')', '.']).is_some_and(|(a, _)| !a.is_empty() && a.len() <= 4 && a.chars().all(|c| c.is_ascii_digit() || c.is_ascii_lowercase() || "IVX".contains(c)))
            }
        };
        match pending.take() {
            Some((py, mut ptext, last_y, psize)) if last_y - y <= 1.8 * psize.max(size) && !text.contains('\t') && !opens => {
                ptext.push(' ');
                ptext.push_str(&text);
                if full {
                    pending = Some((py, ptext, y, size));
                } else {
                    items.push((py, Item::Text(ptext)));
                }
            }
            prev => {
                if let Some((py, ptext, _, _)) = prev {
                    items.push((py, Item::Text(ptext)));
                }
                if full {
                    pending = Some((y, text, y, size));
                } else {
                    items.push((y, Item::Text(text)));
                }
            }
        }
    }
    if let Some((py, ptext, _, _)) = pending {
        items.push((py, Item::Text(ptext)));
    }
    for (gi, (xs, ys, _)) in grids.iter().enumerate() {
        for row in 0..ys.len() - 1 {
            let mut cells = Vec::with_capacity(xs.len() - 1);
            for col in 0..xs.len() - 1 {
                let runs: Vec<&Run> = page.runs.iter().enumerate().filter(|(i, _)| in_grid[*i] == Some((gi, row, col))).map(|(_, r)| r).collect();
                let text: Vec<String> = baselines(&runs).into_iter().map(|(_, rs)| join_runs(rs).replace('\t', " ")).collect();
                cells.push(crate::text::squash(&text.join(" ")));
            }
            if cells.iter().any(|c| !c.is_empty()) {
                items.push((ys[row], Item::Row(gi, cells)));
            }
        }
    }
    items.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut tables: HashMap<usize, Table> = HashMap::new();
    let mut order: Vec<usize> = Vec::new();
    for (_, item) in items {
        match item {
            Item::Text(t) => out.lines.push(Line { text: t, page: Some(n) }),
            Item::Row(gi, cells) => {
                let line = out.lines.len();
                out.lines.push(Line { text: cells.join("\t"), page: Some(n) });
                if !order.contains(&gi) {
                    order.push(gi);
                }
                tables.entry(gi).or_default().rows.push(Row { cells, line, page: Some(n) });
            }
        }
    }
    for gi in order {
        if let Some(t) = tables.remove(&gi) {
            out.tables.push(t);
        }
    }
    out.lines.push(Line { text: String::new(), page: Some(n) });
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
    fn hostile_inputs_are_errors() {
        let rules = Rules::builtin().unwrap();
        let o = ReadOptions::default();
        assert!(read(b"not a pdf at all", &rules, &o).unwrap_err().contains("not a PDF"));
        assert!(read(b"%PDF-1.7\n1 0 obj <<", &rules, &o).is_err());
    }
}
