//! Born-digital PDF reader, in process with lopdf. Each page's content
//! stream (and the form XObjects it draws) is interpreted into positioned
//! text runs (x, y, size) and ruling lines ([`content`]), the text decoded
//! through the font's ToUnicode map or its 8-bit encoding, legacy .VnTime /
//! VNI fonts through `rules/encodings/` ([`font`]). Ruled grids become
//! [`Table`]s and other runs become lines in reading order ([`layout`]); a
//! table that goes on over a page break with the same columns is one table.
//! Every line and row carries its 1-based page number.
//!
//! Pages with (almost) no text are scans: they go to OCR when Tesseract is
//! there, else they are named in a `needs_ocr` warning.
//!
//! Limits: every decoded stream is capped, page count is capped, the page
//! tree is walked once per node, form XObjects nest at most 8 deep, the
//! file's time limit is kept, and the whole reader runs under
//! `catch_unwind` so that a lopdf panic is an error.

mod content;
mod font;
mod layout;

use std::collections::{HashMap, HashSet};
use std::time::Instant;

use lopdf::{Dictionary, Document, LoadOptions, Object, ObjectId};

use super::{Extracted, ReadOptions, Table};
use crate::record::Warning;
use crate::rules::Rules;

pub(crate) use layout::page_lines;

use content::{FontCache, Interp, M};
use font::deref;

/// Largest decoded stream, and largest decoded content of one page (its
/// content streams and the forms it draws, together).
const MAX_STREAM: usize = 256 * 1024 * 1024;
const MAX_PAGE_CONTENT: usize = 64 * 1024 * 1024;
/// Most pages read from one file.
const MAX_PAGES: usize = 5000;
/// Fewer visible chars than this: the page has no usable text layer.
const MIN_PAGE_CHARS: usize = 20;

/// A piece of text at a place on the page (device space, y up).
#[derive(Debug, Clone)]
pub(crate) struct Run {
    pub(crate) x0: f64,
    pub(crate) x1: f64,
    /// Baseline.
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
    /// Of the text shown, the chars not painted (render mode 3 or 7).
    pub(crate) hidden_chars: usize,
}

/// Reads a PDF file's bytes.
pub fn read(bytes: &[u8], rules: &Rules, opts: &ReadOptions) -> Result<Extracted, String> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| read_inner(bytes, rules, opts))) {
        Ok(r) => r,
        Err(p) => {
            let why = p
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| p.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown error".into());
            Err(format!("PDF reader failed: {why}"))
        }
    }
}

/// Loads the document: leniently (lopdf repairs a broken cross-reference
/// table by scanning), then with the table rebuilt from scratch.
fn load(bytes: &[u8]) -> Result<Document, String> {
    let opts = |force| LoadOptions {
        max_decompressed_size: Some(MAX_STREAM),
        force_reconstruct: force,
        ..LoadOptions::default()
    };
    let doc = match Document::load_mem_with_options(bytes, opts(false)) {
        // An encrypted catalog reads only once decrypted.
        Ok(d) if d.catalog().is_ok() || d.is_encrypted() => d,
        first => match Document::load_mem_with_options(bytes, opts(true)) {
            Ok(d) if d.catalog().is_ok() => d,
            _ => {
                return Err(match first {
                    Err(e) => format!("damaged PDF: {e}"),
                    Ok(_) => "damaged PDF: no document catalog".into(),
                })
            }
        },
    };
    Ok(doc)
}

/// Pages in order, each with the resources it has or inherits. The tree is
/// walked once per node, so a tree that loops ends.
fn pages(doc: &Document) -> Result<Vec<(ObjectId, Option<&Dictionary>)>, String> {
    let root = doc.catalog().map_err(|e| format!("damaged PDF: {e}"))?;
    let Ok(Object::Reference(top)) = root.get(b"Pages") else {
        return Err("damaged PDF: no page tree".into());
    };
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    // (node, inherited resources, depth)
    let mut stack: Vec<(ObjectId, Option<&Dictionary>, u32)> = vec![(*top, None, 0)];
    while let Some((id, inherited, depth)) = stack.pop() {
        if !seen.insert(id) || depth > 64 {
            continue;
        }
        let Ok(node) = doc.get_dictionary(id) else { continue };
        let res = node.get(b"Resources").ok().map(|o| deref(doc, o)).and_then(|o| o.as_dict().ok()).or(inherited);
        let kids = node.get(b"Kids").ok().map(|o| deref(doc, o)).and_then(|o| o.as_array().ok());
        let is_page = node.get_type().ok() == Some(b"Page".as_slice()) || kids.is_none();
        if is_page {
            out.push((id, res));
            if out.len() > MAX_PAGES {
                return Err(format!("PDF has more than {MAX_PAGES} pages; the limit is {MAX_PAGES}"));
            }
            continue;
        }
        for kid in kids.into_iter().flatten().rev() {
            if let Object::Reference(k) = kid {
                stack.push((*k, res, depth + 1));
            }
        }
    }
    Ok(out)
}

fn read_inner(bytes: &[u8], rules: &Rules, opts: &ReadOptions) -> Result<Extracted, String> {
    if !bytes[..bytes.len().min(1024)].windows(5).any(|w| w == b"%PDF-") {
        return Err("not a PDF file".into());
    }
    let start = Instant::now();
    let mut doc = load(bytes)?;
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err("encrypted PDF: a password is needed".into());
    }
    let doc = doc;
    let pages = pages(&doc)?;
    if pages.is_empty() {
        return Err("damaged PDF: no pages".into());
    }
    let mut out = Extracted::default();
    let mut legacy_used: Option<usize> = None;
    let mut empty_pages = Vec::new();
    let mut ocr_layer_pages = Vec::new();
    let mut read_pages: Vec<(u32, Page)> = Vec::with_capacity(pages.len());
    let mut cache = FontCache::default();
    let mut damaged: Option<String> = None;
    let mut damaged_count = 0;
    for (i, &(page_id, res)) in pages.iter().enumerate() {
        if start.elapsed() > opts.timeout {
            return Err(format!("gave up after {:?} at page {} of {}", opts.timeout, i + 1, pages.len()));
        }
        let n = i as u32 + 1;
        let data = match doc.get_page_content_with_limit(page_id, MAX_PAGE_CONTENT) {
            Ok(d) => d,
            Err(e) => {
                // Not a scan: no OCR for it.
                damaged_count += 1;
                damaged.get_or_insert_with(|| e.to_string());
                out.warnings
                    .push(Warning::new("damaged_page", format!("page {n}: its content cannot be read ({e}); page left out"), None));
                read_pages.push((n, Page::default()));
                continue;
            }
        };
        let ops: Vec<lopdf::content::Operation> = lopdf::content::Content::decode_iter(&data).map_while(Result::ok).collect();
        drop(data);
        let mut interp = Interp::new(&doc, rules, &mut cache, MAX_PAGE_CONTENT);
        interp.run(&ops, res, M::ID, 0);
        if interp.legacy.is_some() {
            legacy_used = interp.legacy;
        }
        let page = interp.page;
        let chars: usize = page.runs.iter().map(|r| r.text.chars().filter(|c| !c.is_whitespace()).count()).sum();
        if chars < MIN_PAGE_CHARS {
            empty_pages.push(n);
        } else if page.hidden_chars * 2 > chars {
            // Text not painted over the page's image: another's OCR (a
            // scanner's, ocrmypdf's, Tesseract's PDF), its words without
            // the table's rules, which are in the image.
            ocr_layer_pages.push(n);
        }
        read_pages.push((n, page));
    }
    if damaged_count == pages.len() {
        return Err(format!("damaged PDF: no page can be read ({})", damaged.unwrap_or_default()));
    }
    // Pages without a usable text layer are scans: OCR them — the page's
    // own JPEG when it is a single image, else the page rendered. So are
    // pages whose text layer is an OCR's: read again with the page's rules.
    let mut ocred: HashMap<u32, Extracted> = HashMap::new();
    let ocr = super::ocr::available();
    if (!empty_pages.is_empty() || !ocr_layer_pages.is_empty()) && ocr {
        let mut render = Vec::new();
        let mut jpegs = Vec::new();
        let mut to_read: Vec<u32> = empty_pages.iter().chain(&ocr_layer_pages).copied().collect();
        to_read.sort_unstable();
        for n in to_read {
            match single_jpeg(&doc, pages[n as usize - 1].0) {
                Some(jpeg) => jpegs.push((n, jpeg)),
                None => render.push(n),
            }
        }
        // Pages go to Tesseract `--jobs` at a time.
        for (n, r) in super::ocr::ocr_page_images(&jpegs, rules, opts) {
            match r {
                Ok(e) => {
                    ocred.insert(n, e);
                }
                Err(e) => out.warnings.push(Warning::new("ocr_failed", e, None)),
            }
        }
        if !render.is_empty() {
            match super::ocr::ocr_pdf_pages(bytes, &render, rules, opts) {
                Ok(v) => ocred.extend(v),
                Err(e) => out.warnings.push(Warning::new("ocr_failed", e, None)),
            }
        }
    }
    let mut kept_layer = Vec::new();
    for (n, page) in read_pages {
        let read_again = ocred.remove(&n).map(|e| {
            let chars: usize = e.lines.iter().map(|l| l.text.chars().filter(|c| !c.is_whitespace()).count()).sum();
            (e, chars)
        });
        match read_again {
            Some((e, chars)) if chars >= MIN_PAGE_CHARS || !ocr_layer_pages.contains(&n) => {
                if chars >= MIN_PAGE_CHARS {
                    empty_pages.retain(|&p| p != n);
                }
                super::ocr::append(&mut out, e);
            }
            // (An OCR layer the page's own reading cannot better: kept.)
            _ => {
                if ocr_layer_pages.contains(&n) {
                    kept_layer.push(n);
                }
                layout::page_lines(page, n, &rules.paragraph_openers, &mut out)
            }
        }
    }
    let pages_list = |ps: &[u32]| {
        let list = ps.iter().map(|p| p.to_string()).collect::<Vec<_>>().join(", ");
        if ps.len() == 1 {
            format!("page {list}")
        } else {
            format!("pages {list}")
        }
    };
    let replaced: Vec<u32> = ocr_layer_pages.iter().copied().filter(|p| !kept_layer.contains(p)).collect();
    if !replaced.is_empty() {
        out.warnings.push(Warning::new(
            "ocr_layer_replaced",
            format!("{}: the text layer is an OCR's (not painted over the page's image); read again by OCR", pages_list(&replaced)),
            None,
        ));
    }
    if !kept_layer.is_empty() {
        out.warnings.push(Warning::new(
            "ocr_layer_kept",
            format!(
                "{}: the text layer is an OCR's, kept as it is{}; a table's rules are in the image, so its columns may be lost",
                pages_list(&kept_layer),
                if ocr { "" } else { " (Tesseract is not installed)" }
            ),
            None,
        ));
    }
    join_across_pages(&mut out.tables, &mut out.lines);
    if let Some(t) = legacy_used {
        out.warnings.push(Warning::new(
            "encoding_repaired",
            format!("text set in legacy {} fonts; converted to Unicode", rules.legacy[t].name()),
            None,
        ));
    }
    if !empty_pages.is_empty() {
        let what = format!("{} {}", pages_list(&empty_pages), if empty_pages.len() == 1 { "has" } else { "have" });
        out.warnings.push(Warning::new("needs_ocr", format!("{what} no usable text (a scan without a text layer?)"), None));
    }
    Ok(out)
}

/// A table that goes on over a page break: the last table of one page and
/// the first of the next with the same columns (edges at the same places
/// from the first, within 2 % of the width: a scanned page sits a little
/// elsewhere) are one table; header rows the next page repeats (within
/// OCR slips) are dropped from it, and their lines left blank (a stray
/// header line would read as a table of its own).
fn join_across_pages(tables: &mut Vec<Table>, lines: &mut [super::Line]) {
    let page_of = |t: &Table| t.rows.first().and_then(|r| r.page);
    let same_cols = |a: &[f64], b: &[f64]| {
        let width = a.last().zip(a.first()).map_or(0.0, |(l, f)| l - f);
        a.len() >= 2 && a.len() == b.len() && a.iter().zip(b).all(|(x, y)| ((x - a[0]) - (y - b[0])).abs() <= (0.02 * width).max(3.0))
    };
    let same_row = |a: &super::Row, b: &super::Row| {
        let f = |r: &super::Row| r.cells.iter().map(|c| crate::text::fold(c)).collect::<Vec<_>>().join("|");
        a.cells.iter().any(|c| !c.is_empty()) && strsim::normalized_levenshtein(&f(a), &f(b)) >= 0.85
    };
    let old = std::mem::take(tables);
    let mut out: Vec<Table> = Vec::with_capacity(old.len());
    for (i, t) in old.iter().enumerate() {
        // (Where the previous table ends: it may go on over several pages.)
        let (page, prev_page) = (page_of(t), out.last().and_then(|p| p.rows.last()).and_then(|r| r.page));
        // The previous table is the last on its page and this the first on
        // the next.
        let adjacent = match (page, prev_page) {
            (Some(p), Some(q)) => p == q + 1 && (i == 0 || page_of(&old[i - 1]) != Some(p)),
            _ => false,
        };
        if let Some(prev) = out.last_mut().filter(|prev| adjacent && same_cols(&prev.edges, &t.edges)) {
            let repeated = t.rows.iter().zip(prev.rows.iter()).take_while(|(a, b)| same_row(a, b)).count();
            // Only a header: rows that repeat all the table's rows are data.
            let skip = if repeated < t.rows.len() && repeated < prev.rows.len() { repeated } else { 0 };
            for r in &t.rows[..skip] {
                if let Some(l) = lines.get_mut(r.line) {
                    l.text.clear();
                }
            }
            prev.rows.extend(t.rows.iter().skip(skip).cloned());
            continue;
        }
        out.push(t.clone());
    }
    *tables = out;
}

/// The JPEG of a page that shows one image and nothing else, as stored.
fn single_jpeg(doc: &Document, page: ObjectId) -> Option<Vec<u8>> {
    let (res, _) = doc.get_page_resources(page).ok()?;
    let xobjects = deref(doc, res?.get(b"XObject").ok()?).as_dict().ok()?;
    let mut images = xobjects
        .iter()
        .filter_map(|(_, o)| deref(doc, o).as_stream().ok())
        .filter(|s| s.dict.get(b"Subtype").ok().and_then(|o| o.as_name().ok()) == Some(b"Image"));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_inputs_are_errors() {
        let rules = Rules::builtin().unwrap();
        let o = ReadOptions::default();
        assert!(read(b"not a pdf at all", &rules, &o).unwrap_err().contains("not a PDF"));
        assert!(read(b"%PDF-1.7\n1 0 obj <<", &rules, &o).unwrap_err().contains("damaged PDF"));
    }

    fn table(rows: &[&[&str]], first_line: usize, page: u32, edges: &[f64]) -> Table {
        Table {
            edges: edges.to_vec(),
            rows: rows
                .iter()
                .enumerate()
                .map(|(k, r)| super::super::Row {
                    cells: r.iter().map(|s| s.to_string()).collect(),
                    line: first_line + k,
                    page: Some(page),
                })
                .collect(),
        }
    }

    #[test]
    fn a_table_goes_on_over_the_page_break() {
        let cols = [10.0, 50.0, 200.0];
        let mut tables = vec![
            table(&[&["STT", "Đơn vị"], &["1", "Sở Y tế"]], 5, 1, &cols),
            table(&[&["STT", "Đơn vị"], &["2", "Sở Tư pháp"]], 20, 2, &cols),
        ];
        let mut lines = vec![super::super::Line::default(); 30];
        lines[20].text = "STT\tĐơn vị".into();
        join_across_pages(&mut tables, &mut lines);
        assert_eq!(lines[20].text, "");
        assert_eq!(tables.len(), 1);
        let cells: Vec<&str> = tables[0].rows.iter().map(|r| r.cells[1].as_str()).collect();
        assert_eq!(cells, vec!["Đơn vị", "Sở Y tế", "Sở Tư pháp"]);
        assert_eq!(tables[0].rows[2].page, Some(2));
        // And on over a third page.
        let mut tables = vec![
            table(&[&["STT", "Đơn vị"], &["1", "Sở Y tế"]], 5, 1, &cols),
            table(&[&["STT", "Đơn vị"], &["2", "Sở Tư pháp"]], 20, 2, &cols),
            table(&[&["STT", "Đơn vị"], &["3", "Sở Nội vụ"]], 25, 3, &cols),
        ];
        join_across_pages(&mut tables, &mut lines);
        assert_eq!((tables.len(), tables[0].rows.len()), (1, 4));
        // Other columns: two tables.
        let mut tables = vec![table(&[&["a", "b"]], 5, 1, &cols), table(&[&["c", "d"]], 20, 2, &[10.0, 90.0, 200.0])];
        join_across_pages(&mut tables, &mut lines);
        assert_eq!(tables.len(), 2);
        // A scanned page: the grid a little to the right, the repeated
        // header read with a slip.
        let mut tables = vec![
            table(&[&["Số TT", "Đơn vị chủ trì"], &["1", "Sở Y tế"]], 5, 1, &cols),
            table(&[&["Số TT", "Đơn vị chủ tì"], &["2", "Sở Tư pháp"]], 20, 2, &[14.0, 55.0, 203.0]),
        ];
        join_across_pages(&mut tables, &mut lines);
        assert_eq!(tables.len(), 1);
        assert_eq!(tables[0].rows.len(), 3);
        // No edges known (a text table): never joined.
        let mut tables = vec![table(&[&["a", "b"]], 5, 1, &[]), table(&[&["a", "b"], &["c", "d"]], 20, 2, &[])];
        join_across_pages(&mut tables, &mut lines);
        assert_eq!(tables.len(), 2);
    }
}
