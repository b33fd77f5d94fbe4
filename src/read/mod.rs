//! Readers: one per input format. Each turns a file's bytes into a
//! [`Source`]: lines of text with page numbers, plus the tables the format
//! itself delimits (HTML `<table>`, DOCX `w:tbl`, PDF ruling lines). Every
//! stage after this one is shared by all formats.

pub mod decode;
pub mod docx;
mod dom;
pub mod html;
pub mod ocr;
pub mod pdf;
pub mod scan;
pub mod spaced;
pub mod tesseract;

use std::path::Path;

use sha2::{Digest, Sha256};

use crate::error::{Error, Result};
use crate::record::Warning;
use crate::rules::Rules;

/// Input formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text, including DOCX-to-text dumps.
    Text,
    /// Markdown-ish text.
    Markdown,
    /// An HTML page or fragment.
    Html,
    /// PDF, born-digital or scanned.
    Pdf,
    /// Word 2007+ document.
    Docx,
    /// A page image (PNG, JPEG, TIFF).
    Image,
}

impl Format {
    /// The name written in `source.format`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Pdf => "pdf",
            Format::Docx => "docx",
            Format::Image => "image",
        }
    }

    /// The format a file name implies, if chitieu reads it.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "pdf" => Some(Format::Pdf),
            "docx" => Some(Format::Docx),
            "png" | "jpg" | "jpeg" | "tif" | "tiff" => Some(Format::Image),
            _ => None,
        }
    }
}

/// One line of text as the reader delivered it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Line {
    /// The text; tabs separate cells where the format had cells.
    pub text: String,
    /// 1-based page, for paged inputs.
    pub page: Option<u32>,
    /// The spaces the line opened with as read, counted when normalising
    /// trims them: a hard-wrapped text's width counts a paragraph's
    /// indented first line whole.
    pub indent: u16,
}

/// The lines of a text as a plain-text reader would give them, with no
/// page and no indent (for tests).
#[cfg(test)]
pub fn plain_lines(s: &str) -> Vec<Line> {
    s.lines()
        .map(|l| Line {
            text: l.to_string(),
            ..Line::default()
        })
        .collect()
}

/// A table: rows of cells, each row tied to the line that shows it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    /// Rows, top to bottom.
    pub rows: Vec<Row>,
    /// Column edges on the page, left to right, where the reader knows
    /// them (PDF, OCR): a table going on over a page break is found by
    /// them. Empty otherwise.
    pub edges: Vec<f64>,
}

/// One table row.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Row {
    /// Cell texts, left to right (spans already spread over their cells).
    pub cells: Vec<String>,
    /// 0-based index of the line that shows this row.
    pub line: usize,
    /// 1-based page, for paged inputs.
    pub page: Option<u32>,
}

impl Table {
    /// First and last line index the table covers.
    pub fn line_range(&self) -> (usize, usize) {
        let first = self.rows.first().map_or(0, |r| r.line);
        let last = self.rows.iter().map(|r| r.line).max().unwrap_or(first);
        (first, last)
    }
}

/// What a reader gives: the text of one input file.
#[derive(Debug, Clone)]
pub struct Source {
    /// The path as given.
    pub path: String,
    /// SHA-256 of the file's bytes, hex.
    pub sha256: String,
    /// The format read.
    pub format: Format,
    /// True when the text came from OCR.
    pub ocr: bool,
    /// Lines of text.
    pub lines: Vec<Line>,
    /// Tables the format delimited; rows point into `lines`.
    pub tables: Vec<Table>,
    /// Problems met while reading (legacy encoding converted, …).
    pub warnings: Vec<Warning>,
}

/// What a binary-format reader (PDF, DOCX, image) gives back.
#[derive(Debug, Clone, Default)]
pub struct Extracted {
    /// Lines of text, with 1-based page numbers for paged inputs.
    pub lines: Vec<Line>,
    /// Tables, rows pointing into `lines`.
    pub tables: Vec<Table>,
    /// Problems met (`encoding_repaired`, `ocr_low_confidence`, …).
    pub warnings: Vec<Warning>,
    /// True when any text came from OCR.
    pub ocr: bool,
}

/// Settings for the readers that need them (OCR, limits).
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Where OCR results are cached by page-image hash; `None`: no cache.
    pub ocr_cache: Option<std::path::PathBuf>,
    /// Give up on one file after this long.
    pub timeout: std::time::Duration,
    /// Page images OCR'd at once within one file (`--jobs`).
    pub jobs: usize,
    /// Tesseract runs allowed at once over the whole batch.
    pub slots: Slots,
    /// Tesseract processes kept running between pages.
    pub engines: tesseract::Engines,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            ocr_cache: None,
            timeout: std::time::Duration::from_secs(300),
            jobs: 1,
            slots: Slots::new(1),
            engines: tesseract::Engines::default(),
        }
    }
}

/// A count of OCR engine runs allowed at once (`--jobs`), shared by the
/// files read in parallel and the page groups within each file, so that
/// two jobs never run four Tesseracts on two cores.
#[derive(Debug, Clone)]
pub struct Slots(std::sync::Arc<(std::sync::Mutex<usize>, std::sync::Condvar)>);

impl Slots {
    pub fn new(n: usize) -> Slots {
        Slots(std::sync::Arc::new((std::sync::Mutex::new(n.max(1)), std::sync::Condvar::new())))
    }

    /// Waits for a free slot and holds it until the guard is dropped.
    pub fn take(&self) -> SlotGuard<'_> {
        let mut free = self.0 .0.lock().unwrap_or_else(|e| e.into_inner());
        while *free == 0 {
            free = self.0 .1.wait(free).unwrap_or_else(|e| e.into_inner());
        }
        *free -= 1;
        SlotGuard(self)
    }
}

/// A held slot; dropping it frees the slot.
pub struct SlotGuard<'a>(&'a Slots);

impl Drop for SlotGuard<'_> {
    fn drop(&mut self) {
        *self.0 .0 .0.lock().unwrap_or_else(|e| e.into_inner()) += 1;
        self.0 .0 .1.notify_one();
    }
}

/// Largest input read, in bytes.
pub const MAX_BYTES: u64 = 256 * 1024 * 1024;

/// Reads a file from disk with default options.
pub fn read_path(path: &Path, display: &str, rules: &Rules) -> Result<Source> {
    read_path_with(path, display, rules, &ReadOptions::default())
}

/// Reads a file from disk.
pub fn read_path_with(path: &Path, display: &str, rules: &Rules, opts: &ReadOptions) -> Result<Source> {
    use std::io::Read;
    let io = |e| Error::Io { path: path.into(), source: e };
    let file = std::fs::File::open(path).map_err(io)?;
    let meta = file.metadata().map_err(io)?;
    let len = meta.len();
    let too_big = |len: u64| Error::input(path, format!("file is {len} bytes; the limit is {MAX_BYTES}"));
    if len > MAX_BYTES {
        return Err(too_big(len));
    }
    // One open: the size checked on the file read. A regular file is read
    // as long as it was when opened (one read, no probe for more); a pipe
    // or device, which tells no size, up to one byte past the limit.
    let mut bytes = Vec::with_capacity(len as usize);
    let most = if meta.is_file() && len > 0 { len } else { MAX_BYTES + 1 };
    file.take(most).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(too_big(bytes.len() as u64));
    }
    let format = Format::from_path(path).unwrap_or(Format::Text);
    read_bytes_with(&bytes, format, display, rules, opts)
}

/// Reads bytes already in memory (stdin, tests) with default options.
pub fn read_bytes(bytes: &[u8], format: Format, display: &str, rules: &Rules) -> Result<Source> {
    read_bytes_with(bytes, format, display, rules, &ReadOptions::default())
}

/// A text's no-break and fixed-width spaces as plain ones (a char for a
/// char: columns stay where they were), so that a space-laid row parts
/// its cells and its index from its name as the eye does.
fn plain_spaces(text: &str) -> std::borrow::Cow<'_, str> {
    const SPACES: [char; 3] = ['\u{00A0}', '\u{2007}', '\u{202F}'];
    // (Their UTF-8 opens with 0xC2 or 0xE2, rare bytes in Vietnamese: only
    // those are looked at.)
    let b = text.as_bytes();
    let any = memchr::memchr2_iter(0xC2, 0xE2, b).any(|i| matches!(&b[i..b.len().min(i + 3)], [0xC2, 0xA0, ..] | [0xE2, 0x80, 0x87 | 0xAF]));
    if any {
        std::borrow::Cow::Owned(text.replace(SPACES, " "))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// Reads bytes already in memory.
pub fn read_bytes_with(bytes: &[u8], format: Format, display: &str, rules: &Rules, opts: &ReadOptions) -> Result<Source> {
    let sha256 = hex(&Sha256::digest(bytes));
    let binary = match format {
        Format::Pdf => Some(pdf::read(bytes, rules, opts)),
        Format::Docx => Some(docx::read(bytes, opts)),
        Format::Image => Some(ocr::read_image(bytes, rules, opts)),
        _ => None,
    };
    if let Some(r) = binary {
        let e = r.map_err(|m| Error::input(display, m))?;
        if e.lines.iter().all(|l| l.text.trim().is_empty()) {
            return Err(Error::input(display, "no text found in the file"));
        }
        return Ok(Source {
            path: display.to_string(),
            sha256,
            format,
            ocr: e.ocr,
            lines: e.lines,
            tables: e.tables,
            warnings: e.warnings,
        });
    }
    let decoded = decode::decode(bytes, rules).map_err(|m| Error::input(display, m))?;
    let mut warnings = decoded.warnings;
    let format = if format == Format::Text && html::looks_like_html(&decoded.text) { Format::Html } else { format };
    let (lines, tables) = match format {
        Format::Html => html::read(&decoded.text, &rules.web),
        _ => {
            let text = plain_spaces(&decoded.text);
            let text = unfold_grid_tables(&text).map_or(text, std::borrow::Cow::Owned);
            let text = unfold_multiline_tables(&text).map_or(text, std::borrow::Cow::Owned);
            let text = unfold_bare_pipe_tables(&text).map_or(text, std::borrow::Cow::Owned);
            let text = unfold_pipe_rows(&text).map_or(text, std::borrow::Cow::Owned);
            let (mut lines, mut tables) = spaced::read(unfold_layout_rows(&text).as_deref().unwrap_or(&text));
            embedded_tables(&mut lines, &mut tables, &rules.web);
            (lines, tables)
        }
    };
    if lines.iter().all(|l| l.text.trim().is_empty()) {
        return Err(Error::input(display, "empty: no text in the file"));
    }
    warnings.dedup();
    Ok(Source {
        path: display.to_string(),
        sha256,
        format,
        // (A text an OCR engine wrote, "x.ocr.txt" as archives name them,
        // is mended as a scan's: words it ran together split.)
        ocr: display.ends_with(".ocr.txt"),
        lines,
        tables,
        warnings,
    })
}

/// A text holding an HTML table ("<table>" … "</table>" on lines of their
/// own, as a converter leaves a table markdown cannot write): its lines
/// are read as HTML, in place, and its tables join the text's. (When the
/// HTML gives more lines than the block has, the block is left as text:
/// the lines after it keep their numbers.)
fn embedded_tables(lines: &mut [Line], tables: &mut Vec<Table>, web: &crate::rules::Web) {
    let opens = |l: &Line| l.text.trim_start().get(..6).is_some_and(|h| h.eq_ignore_ascii_case("<table"));
    let mut a = 0;
    while let Some(start) = (a..lines.len()).find(|&i| opens(&lines[i])) {
        let Some(end) = (start..lines.len()).find(|&i| lines[i].text.to_ascii_lowercase().contains("</table>")) else {
            return;
        };
        a = end + 1;
        let block: Vec<&str> = lines[start..=end].iter().map(|l| l.text.as_str()).collect();
        let (read, read_tables) = html::read(&block.join("\n"), web);
        if read.len() > end + 1 - start || read.is_empty() && read_tables.is_empty() {
            continue;
        }
        tables.retain(|t| t.rows.iter().all(|r| r.line < start || r.line > end));
        let page = lines[start].page;
        for (k, slot) in lines[start..=end].iter_mut().enumerate() {
            *slot = read.get(k).cloned().map_or_else(|| Line { text: String::new(), page, indent: 0 }, |l| Line { page, ..l });
        }
        tables.extend(read_tables.into_iter().map(|mut t| {
            for r in t.rows.iter_mut() {
                r.line += start;
                r.page = page;
            }
            t
        }));
    }
}

/// A grid table as pandoc writes one ("+-----+------+" borders, "| … | … |"
/// lines, a cell's text wrapped over the lines of its row, "+=====+" under
/// the header), or as a text browser draws one in box-drawing characters
/// ("┌─────┬──┐", "│ … │", `w3m -dump`): each row becomes one line of
/// tab-separated cells, its cells' lines joined; a layout table (the
/// letterhead, the signature block: three columns at most, no cell a
/// figure) becomes its cells' lines, a column after another. `None` when
/// the text has none. (Lines after one move up or down.)
///
/// The columns are the finest the grid draws: a header cell spanning
/// several ("Tỷ lệ … (%)" over "Năm 2025 │ Năm 2026") is written in the
/// first, the others left blank, as a two-row header in tab-separated
/// text; a cell spanning rows ("STT" beside both header rows) in its
/// first row.
fn unfold_grid_tables(text: &str) -> Option<String> {
    let is_border = |l: &[char]| {
        let t = trim_chars(l);
        t.len() > 2 && t[0] == '+' && t[t.len() - 1] == '+' && t.iter().all(|&c| matches!(c, '+' | '-' | '=' | ':'))
    };
    // (One byte search turns away a text with no border: most. "─" and
    // "═" open a box-drawn one.)
    let b = text.as_bytes();
    if memchr::memmem::find(b, b"+-").is_none() && memchr::memmem::find(b, b"+=").is_none() && memchr::memmem::find(b, "─".as_bytes()).is_none() && memchr::memmem::find(b, "═".as_bytes()).is_none()
    {
        return None;
    }
    // Each line's letters as shown (decomposed text, NFD, composed first),
    // box-drawing characters as the ASCII grid's.
    let lines: Vec<&str> = crate::text::lines(text).collect();
    let shown: Vec<Vec<char>> = lines.iter().map(|l| crate::text::nfc(l).chars().map(grid_char).collect()).collect();
    if !shown.iter().any(|l| is_border(l)) {
        return None;
    }
    let opens_row = |l: &[char]| trim_chars(l).first() == Some(&'|');
    // (A page's foot printed inside the grid, "Trang 3", blank lines
    // around it, is passed over.)
    let furniture = |l: &str| {
        let t = l.trim().trim_start_matches("Trang").trim_matches(['-', ' ']);
        t.is_empty() || t.len() <= 7 && t.bytes().all(|b| b.is_ascii_digit() || b == b'/')
    };
    // (Only inside the grid: a row's line, not a border, after it; a
    // blank line and another grid after a border are another table.)
    let goes_on = |j: usize| (j..lines.len()).find(|&k| !furniture(lines[k])).is_some_and(|k| k > j && !is_border(&shown[k]) && opens_row(&shown[k]));
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < lines.len() {
        if !is_border(&shown[i]) {
            out.push_str(lines[i]);
            out.push('\n');
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut grid: Vec<&[char]> = vec![&shown[i]];
        while j < lines.len() && (is_border(&shown[j]) || opens_row(&shown[j]) || furniture(lines[j]) && goes_on(j)) {
            if !furniture(lines[j]) {
                grid.push(&shown[j]);
            }
            j += 1;
        }
        let rows = grid_rows(&grid);
        // A cell's paragraphs: its lines up to an empty one, joined.
        let paragraphs = |c: &[String]| -> Vec<String> { c.split(|l| l.is_empty()).filter(|p| !p.is_empty()).map(|p| p.join(" ")).collect() };
        let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
        let layout = columns <= 3 && !rows.iter().flatten().any(|c| is_figure_cell(&paragraphs(c).join(" ")));
        let made: Vec<Vec<String>> = rows
            .iter()
            .map(|r| {
                if layout {
                    r.iter().flat_map(|c| paragraphs(c)).collect()
                } else {
                    vec![r.iter().map(|c| paragraphs(c).join(" ")).collect::<Vec<_>>().join("\t")]
                }
            })
            .collect();
        push_placed(&mut out, j - i, made);
        i = j;
    }
    Some(out)
}

/// A cell's text parted around its rules ("ỦY BAN NHÂN DÂN HUYỆN X
/// ------- " → "ỦY BAN NHÂN DÂN HUYỆN X", "-------"): runs of three dashes
/// or more standing as words.
fn split_rules(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut from = 0;
    for (at, w) in text.split_whitespace().map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w)) {
        if w.len() >= 3 && w.bytes().all(|b| b == b'-' || b == b'_') {
            if !text[from..at].trim().is_empty() {
                out.push(&text[from..at]);
            }
            out.push(w);
            from = at + w.len();
        }
    }
    if !text[from..].trim().is_empty() || out.is_empty() {
        out.push(&text[from..]);
    }
    out
}

/// A markdown table with no pipes at its ends, as `html2text` writes a
/// web page's ("TT| Đơn vị| Tỷ lệ (%)| Ghi chú" over "---|---|---|---",
/// a row a line, a row longer than the text's width wrapped after a
/// pipe): each row becomes one line of tab-separated cells. A cell
/// spanning columns was written as one: where the header's first row has
/// fewer cells than the rows, and a second row of words fills the run of
/// columns the rows' figures stand in, the first row's cell over that run
/// is spread over it, as a two-row header in tab-separated text. A layout
/// table (the letterhead, the signature block: three columns at most, no
/// cell a figure), its cells over several lines ("ỦY BAN NHÂN DÂN" /
/// "HUYỆN X" / "------- | CỘNG HÒA …"), becomes its cells' lines, a line
/// parted at each pipe. `None` when the text has none.
fn unfold_bare_pipe_tables(text: &str) -> Option<String> {
    static SEPARATOR: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| regex::Regex::new(r"^\s*:?-{3,}:?(?:\s*\|\s*:?-{3,}:?)+\s*$").unwrap());
    // (One byte search turns away a text with no such separator: most,
    // and those whose separators open with a pipe, markdown's own.)
    let b = text.as_bytes();
    let bare = |at: usize| {
        let start = memchr::memrchr(b'\n', &b[..at]).map_or(0, |n| n + 1);
        b[start..at].iter().find(|c| !c.is_ascii_whitespace()).is_some_and(|&c| c != b'|')
    };
    if !memchr::memmem::find_iter(b, b"-|-").chain(memchr::memmem::find_iter(b, b"- | -")).any(bare) {
        return None;
    }
    let lines: Vec<&str> = crate::text::lines(text).collect();
    let separators: Vec<usize> = (0..lines.len()).filter(|&i| SEPARATOR.is_match(lines[i]) && !lines[i].trim_start().starts_with('|')).collect();
    if separators.is_empty() {
        return None;
    }
    let cells = |row: &str| -> Vec<String> { row.split('|').map(|c| c.trim().to_string()).collect() };
    let mut out = String::with_capacity(text.len() + 64);
    let mut i = 0;
    for s in separators {
        if s < i {
            continue;
        }
        // The first row: the lines above, up to an empty one (a line of
        // spaces is a line break inside a cell).
        let first = (i..s).rev().take_while(|&j| !lines[j].is_empty()).last().unwrap_or(s);
        // The rows under it: up to a blank line, when a pipe stands in
        // the lines before it.
        let mut end = s + 1;
        while end < lines.len() && !lines[end].trim().is_empty() {
            end += 1;
        }
        if !lines[s + 1..end].iter().any(|l| l.contains('|')) {
            end = s + 1;
        }
        for l in &lines[i..first] {
            out.push_str(l);
            out.push('\n');
        }
        let block = &lines[first..end];
        let columns = lines[s].matches('|').count() + 1;
        let layout = columns <= 3 && !block.iter().flat_map(|l| l.split('|')).any(|c| is_figure_cell(c.trim().trim_matches('*')));
        let made: Vec<Vec<String>> = if layout {
            block.iter().enumerate().filter(|&(k, _)| first + k != s).map(|(_, l)| cells(l)).collect()
        } else {
            // Rows: a line ending in a pipe goes on in the next.
            let mut rows: Vec<String> = Vec::new();
            for (k, l) in block.iter().enumerate() {
                if first + k == s {
                    continue;
                }
                match rows.last_mut() {
                    Some(r) if r.trim_end().ends_with('|') && !l.contains('|') || first + k < s && k > 0 => {
                        r.push(' ');
                        r.push_str(l.trim());
                    }
                    _ => rows.push(l.trim().to_string()),
                }
            }
            let mut rows: Vec<Vec<String>> = rows.iter().map(|r| cells(r)).collect();
            respread_header(&mut rows);
            vec![rows.iter().map(|r| r.join("\t")).collect()]
        };
        push_placed(&mut out, end - first, made);
        i = end;
    }
    for l in &lines[i..] {
        out.push_str(l);
        out.push('\n');
    }
    Some(out)
}

/// A table a site's text copy wrote a row a line, its cells parted by
/// " | " with no pipe at the row's ends and no separator under the header
/// ("STT | Tên cơ quan, đơn vị | Tỷ lệ … (%) | Ghi chú" over "1 | Sở Tư
/// pháp | 65 | 50 |"): each row becomes one line of tab-separated cells. A
/// table is three such lines or more in a row, most of as many cells (three
/// or more), two of them with a figure in a cell; a site's menu ("Nội dung
/// | Thuộc tính | Lược đồ") is none. `None` when the text has none.
fn unfold_pipe_rows(text: &str) -> Option<String> {
    memchr::memmem::find(text.as_bytes(), b" | ")?;
    let lines: Vec<&str> = crate::text::lines(text).collect();
    let is_row = |l: &str| {
        let t = l.trim();
        !t.starts_with('|') && !t.contains('\t') && t.contains(" | ") && t.matches('|').count() >= 2
    };
    // (A pipe at the row's end is a blank cell after it.)
    let cells = |l: &str| -> Vec<String> { l.trim().split('|').map(|c| c.trim().to_string()).collect() };
    // The runs of rows that are tables.
    let mut tables: Vec<std::ops::Range<usize>> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let end = (i..lines.len()).find(|&j| !is_row(lines[j])).unwrap_or(lines.len());
        if end > i {
            let rows: Vec<Vec<String>> = lines[i..end].iter().map(|l| cells(l)).collect();
            let mut widths: Vec<usize> = rows.iter().map(Vec::len).collect();
            widths.sort_unstable();
            let width = widths[widths.len() / 2];
            let figures = rows.iter().filter(|r| r.iter().skip(1).any(|c| is_figure_cell(c))).count();
            if rows.len() >= 3 && width >= 3 && rows.iter().filter(|r| r.len() == width).count() * 2 > rows.len() && figures >= 2 {
                tables.push(i..end);
            }
        }
        i = end + 1;
    }
    if tables.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    for (k, l) in lines.iter().enumerate() {
        if tables.iter().any(|t| t.contains(&k)) {
            out.push_str(&cells(l).join("\t"));
        } else {
            out.push_str(l);
        }
        out.push('\n');
    }
    Some(out)
}

/// [`unfold_bare_pipe_tables`]'s header: its first row's cell spanning the
/// columns of figures spread over them, its second row set under them.
pub(crate) fn respread_header(rows: &mut [Vec<String>]) {
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    let [head, second, body @ ..] = rows else { return };
    if head.len() >= width || second.iter().any(|c| is_figure_cell(c)) || body.is_empty() {
        return;
    }
    let spread = width - head.len() + 1;
    // The columns of figures: a figure in every cell the full rows of the
    // body fill (a blank cell is none).
    let full: Vec<&Vec<String>> = body.iter().filter(|r| r.len() == width).collect();
    let figures: Vec<bool> = (0..width)
        .map(|k| {
            // (Nor is a cell with no digit: a blank cell's dash, "Không
            // giao"; a column of names or of "%" has no figure then.)
            let filled: Vec<&String> = full.iter().map(|r| &r[k]).filter(|c| c.contains(|ch: char| ch.is_ascii_digit())).collect();
            !filled.is_empty() && filled.iter().all(|c| is_figure_cell(c))
        })
        .collect();
    // (Past the index column: its numbers are figures too.)
    let Some(name) = figures.iter().position(|&f| !f) else { return };
    let Some(at) = figures[name..].iter().position(|&f| f).map(|p| name + p) else { return };
    let run = figures[at..].iter().take_while(|&&f| f).count();
    if run != spread || second.iter().filter(|c| !c.is_empty()).count() != spread || at == 0 || at >= head.len() {
        return;
    }
    let mut wide: Vec<String> = head[..=at].to_vec();
    wide.extend(std::iter::repeat_n(String::new(), spread - 1));
    wide.extend(head[at + 1..].iter().cloned());
    *head = wide;
    let mut under: Vec<String> = vec![String::new(); at];
    under.extend(second.iter().filter(|c| !c.is_empty()).cloned());
    under.resize(width, String::new());
    *second = under;
}

/// A line's chars less the spaces around them.
fn trim_chars(l: &[char]) -> &[char] {
    let a = l.iter().position(|c| !c.is_whitespace()).unwrap_or(l.len());
    let b = l.iter().rposition(|c| !c.is_whitespace()).map_or(a, |b| b + 1);
    &l[a..b]
}

/// A box-drawing character as the ASCII grid's: a column's rule '|', a
/// row's '-' ('=' doubled), where rules meet '+'.
fn grid_char(c: char) -> char {
    match c {
        '═' => '=',
        '─' | '━' | '┄' | '┅' | '┈' | '┉' | '╌' | '╍' => '-',
        '│' | '┃' | '║' | '┆' | '┇' | '┊' | '┋' | '╎' | '╏' => '|',
        '\u{2500}'..='\u{257F}' => '+',
        c => c,
    }
}

/// The rows of a grid (its lines, borders and all, as [`grid_char`]
/// shows them), each its cells' lines, a cell a column of the finest the
/// grid draws; a cell spanning columns or rows gives its lines to its
/// first column in its first row, and empty cells elsewhere.
fn grid_rows(grid: &[&[char]]) -> Vec<Vec<Vec<String>>> {
    // The columns' rules: where a rule line has its '+', where two lines
    // or more have a '|' (a cell's text may hold one).
    let is_rule_char = |c: char| matches!(c, '-' | '=' | ':' | '+');
    let has_rule = |l: &[char]| l.windows(2).any(|w| w[0] == '+' && matches!(w[1], '-' | '='));
    let width = grid.iter().map(|l| l.len()).max().unwrap_or(0);
    let mut bars = vec![0usize; width];
    let mut bounds: Vec<usize> = Vec::new();
    for l in grid {
        for (k, &c) in l.iter().enumerate() {
            if c == '+' && has_rule(l) {
                bounds.push(k);
            } else if c == '|' {
                bars[k] += 1;
            }
        }
    }
    bounds.extend(bars.iter().enumerate().filter(|&(_, &n)| n >= 2 || n == 1 && grid.len() <= 3).map(|(k, _)| k));
    bounds.sort_unstable();
    bounds.dedup();
    if bounds.len() < 2 {
        return Vec::new();
    }
    let columns = bounds.len() - 1;
    let segment = |l: &[char], k: usize| -> String { l.get(bounds[k] + 1..bounds[k + 1].min(l.len())).map(|c| c.iter().collect()).unwrap_or_default() };
    struct Cell {
        row: usize,
        column: usize,
        lines: Vec<String>,
    }
    let mut cells: Vec<Cell> = Vec::new();
    // The cell each column's text goes to, until a rule closes it.
    let mut open: Vec<Option<usize>> = vec![None; columns];
    let mut row = 0;
    for l in grid {
        let ruled: Vec<bool> = (0..columns)
            .map(|k| {
                let s = segment(l, k);
                !s.is_empty() && s.chars().all(is_rule_char)
            })
            .collect();
        if ruled.iter().any(|&r| r) {
            // A rule line: it closes the cells over its rules; a cell it
            // passes across (spanning rows) takes its text.
            for k in 0..columns {
                if ruled[k] {
                    open[k] = None;
                } else if let Some(c) = open[k] {
                    let s = segment(l, k);
                    cells[c].lines.push(s.trim().to_string());
                }
            }
            row += 1;
            continue;
        }
        // A text line: columns no '|' parts are one cell.
        let mut k = 0;
        while k < columns {
            let mut last = k;
            while last + 1 < columns && !matches!(l.get(bounds[last + 1]), Some('|' | '+')) {
                last += 1;
            }
            let part: String = l.get(bounds[k] + 1..bounds[last + 1].min(l.len())).map(|c| c.iter().collect()).unwrap_or_default();
            let c = match open[k] {
                Some(c) => c,
                None => {
                    cells.push(Cell { row, column: k, lines: Vec::new() });
                    cells.len() - 1
                }
            };
            for o in &mut open[k..=last] {
                *o = Some(c);
            }
            cells[c].lines.push(part.trim().to_string());
            k = last + 1;
        }
    }
    let mut rows: Vec<Vec<Vec<String>>> = Vec::new();
    for r in 0..=row {
        let mut made = vec![Vec::new(); columns];
        let mut any = false;
        for c in cells.iter_mut().filter(|c| c.row == r) {
            any |= c.lines.iter().any(|l| !l.is_empty());
            made[c.column] = std::mem::take(&mut c.lines);
        }
        if any {
            rows.push(made);
        }
    }
    rows
}

/// Whether a table's cell holds a figure alone ("80", "**97,5**", "50\\%"):
/// a data table's, no layout table's.
fn is_figure_cell(c: &str) -> bool {
    let t = c.trim().trim_matches('*').trim_end_matches('%').trim_end_matches('\\').trim();
    !t.is_empty() && t.chars().all(|ch| ch.is_ascii_digit() || ch == ',' || ch == '.')
}

/// Appends a cell's next line (a wrapped cell's), a space between.
fn push_part(cell: &mut String, part: &str) {
    if !part.is_empty() {
        if !cell.is_empty() {
            cell.push(' ');
        }
        cell.push_str(part);
    }
}

/// Appends to `out` the lines [`place`] makes of a table's rows.
fn push_placed(out: &mut String, n: usize, made: Vec<Vec<String>>) {
    for l in place(n, made) {
        out.push_str(&l);
        out.push('\n');
    }
}

/// The lines made of a table's rows, one after another, then blank lines
/// up to the `n` lines the table took: the lines after the table keep
/// their numbers. (Where the rows make more, the lines after move.)
fn place(n: usize, made: Vec<Vec<String>>) -> Vec<String> {
    let mut out: Vec<String> = made.into_iter().flatten().collect();
    out.resize(n.max(out.len() + 1), String::new());
    out
}

/// A multiline table as pandoc writes one (its default for a DOCX table
/// whose cells wrap): a line of dashes over it and under it, the columns
/// told by a line of dashes parted by spaces under the header (or, with
/// no header, under the rows), a cell's text wrapped within its column,
/// a blank line after each row. Each row becomes one line of tab-separated
/// cells; a layout table (three columns at most, no cell a figure) its
/// cells' text, a line each. `None` when the text has none.
fn unfold_multiline_tables(text: &str) -> Option<String> {
    let is_rule = |l: &str| {
        let t = l.trim();
        t.len() >= 10 && t.bytes().all(|b| b == b'-')
    };
    // The columns a line of dashes parted by spaces gives: (first, end) in
    // chars, two at least.
    let columns = |l: &str| -> Option<Vec<(usize, usize)>> {
        let t = l.trim_end();
        if !t.contains('-') || !t.chars().all(|c| c == '-' || c == ' ') || t.trim().len() < 10 {
            return None;
        }
        let mut cols = Vec::new();
        let mut open = None;
        for (k, c) in t.chars().chain(std::iter::once(' ')).enumerate() {
            match (c, open) {
                ('-', None) => open = Some(k),
                (' ', Some(s)) => {
                    cols.push((s, k));
                    open = None;
                }
                _ => {}
            }
        }
        (cols.len() >= 2).then_some(cols)
    };
    // (One byte search turns away a text with no rule: most.)
    memchr::memmem::find(text.as_bytes(), b"----------")?;
    let lines: Vec<&str> = crate::text::lines(text).collect();
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    let mut i = 0;
    while i < lines.len() {
        // A table: a rule, lines, the columns' line, lines, a rule (within
        // a few hundred lines, no rule between but the columns').
        // (Pandoc writes the two rules alike, the columns' line from the
        // same column, within the rules' width: a text's own lines of
        // dashes under its title are no table's.)
        let found = is_rule(lines[i])
            .then(|| {
                let end = (i + 1..lines.len().min(i + 600)).find(|&j| is_rule(lines[j]))?;
                if lines[end].trim_end() != lines[i].trim_end() {
                    return None;
                }
                let cols_at = (i + 1..end.min(i + 40)).find(|&j| columns(lines[j]).is_some())?;
                let cols = columns(lines[cols_at])?;
                let indent = lines[i].len() - lines[i].trim_start().len();
                let width = lines[i].trim_end().len();
                (cols[0].0 == indent && cols.last()?.1 <= width).then_some((end, cols_at, cols))
            })
            .flatten();
        let Some((end, cols_at, cols)) = found else {
            out.push_str(lines[i]);
            out.push('\n');
            i += 1;
            continue;
        };
        // A cell: the chars from its column's first to the next column's.
        let cells_of = |l: &str| -> Vec<String> {
            let chars: Vec<char> = crate::text::nfc(l).chars().collect();
            (0..cols.len())
                .map(|k| {
                    let from = cols[k].0.min(chars.len());
                    let to = cols.get(k + 1).map_or(chars.len(), |c| c.0).min(chars.len()).max(from);
                    chars[from..to].iter().collect::<String>().trim().to_string()
                })
                .collect()
        };
        // Rows: runs of non-blank lines, their cells' lines joined.
        let rows_of = |from: usize, to: usize| -> Vec<Vec<String>> {
            let mut rows = Vec::new();
            let mut row: Option<Vec<String>> = None;
            for l in &lines[from..to] {
                if l.trim().is_empty() {
                    rows.extend(row.take());
                    continue;
                }
                let cells = cells_of(l);
                let r = row.get_or_insert_with(|| vec![String::new(); cols.len()]);
                for (c, part) in r.iter_mut().zip(cells) {
                    push_part(c, &part);
                }
            }
            rows.extend(row);
            rows
        };
        // A header's rows (its cells wrapped over lines a blank line parts)
        // are one.
        let merge = |rows: Vec<Vec<String>>| {
            rows.into_iter().reduce(|mut a, b| {
                for (x, y) in a.iter_mut().zip(b) {
                    push_part(x, &y);
                }
                a
            })
        };
        // The lines above the columns' line: the header, one row (or, with
        // none under it, the rows of a table with no header).
        let above = rows_of(i + 1, cols_at);
        let below = rows_of(cols_at + 1, end);
        let (header, rows) = if below.is_empty() { (None, above) } else { (merge(above), below) };
        let layout = cols.len() <= 3 && !rows.iter().flatten().any(|c| is_figure_cell(c));
        let made: Vec<Vec<String>> = header
            .iter()
            .chain(&rows)
            .map(|r| if layout { r.iter().filter(|c| !c.is_empty()).cloned().collect() } else { vec![r.join("\t")] })
            .collect();
        push_placed(&mut out, end + 1 - i, made);
        changed = true;
        i = end + 1;
    }
    changed.then_some(out)
}

/// A markdown copy of a layout table (the signature block, the letterhead:
/// one pipe row, cells of lines parted by `<br>`, and at most its
/// separator) is text set side by side, not data: each cell's lines become
/// lines, left cell first, as the HTML reader reads such a table. `None`
/// when the text has none. (Lines after one move down.)
fn unfold_layout_rows(text: &str) -> Option<String> {
    // A line break written in any case: "<br>", "<BR/>", "<br />".
    static BR: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| regex::Regex::new(r"(?i)<br\s*/?>").unwrap());
    // (Or a table whose header row is blank, "|  |  |" over "| --- | --- |",
    // as markdownify writes a table of no header: its line breaks made
    // spaces.)
    let blank_headed = memchr::memmem::find(text.as_bytes(), b"| --- |").is_some();
    if !blank_headed && !BR.is_match(text) {
        return None;
    }
    let lines: Vec<&str> = crate::text::lines(text).collect();
    let is_pipe = |l: &str| l.trim_start().starts_with('|') && l.trim_end().ends_with('|');
    let is_separator = |l: &str| is_pipe(l) && l.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '));
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    let mut i = 0;
    let cells = |l: &str| -> Vec<String> { l.trim().trim_start_matches('|').trim_end_matches('|').split('|').map(str::to_string).collect() };
    while i < lines.len() {
        let l = lines[i];
        // The block of pipe lines from here: at most three rows (the
        // letterhead's two, "Số: …<br>V/v …" under the issuer) of at
        // most three cells, one with a line break, none a figure.
        let block = if is_pipe(l) && (i == 0 || !is_pipe(lines[i - 1])) {
            lines[i..].iter().take_while(|n| is_pipe(n)).count()
        } else {
            0
        };
        let rows: Vec<&str> = lines[i..i + block].iter().copied().filter(|r| !is_separator(r)).collect();
        let layout = !rows.is_empty()
            && rows.len() <= 3
            && (rows.iter().any(|r| BR.is_match(r)) || blank_headed && block >= 3 && cells(l).iter().all(|c| c.trim().is_empty()) && lines[i + 1].contains("---"))
            && rows.iter().all(|r| {
                let cs = cells(r);
                cs.len() <= 3 && !cs.iter().any(|c| is_figure_cell(c))
            });
        if layout {
            for r in rows {
                for cell in cells(r) {
                    // (A rule under the issuer or the motto, "-------",
                    // on a line of its own.)
                    for part in BR.split(&cell).flat_map(|p| split_rules(p)) {
                        out.push_str(part.trim());
                        out.push('\n');
                    }
                }
            }
            changed = true;
            i += block;
            continue;
        }
        out.push_str(l);
        out.push('\n');
        i += 1;
    }
    changed.then_some(out)
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    bytes.iter().flat_map(|&b| [DIGITS[(b >> 4) as usize] as char, DIGITS[(b & 15) as usize] as char]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_markdown_layout_row_is_read_as_lines() {
        let text = "Đoạn cuối.\n\n| **Nơi nhận:**<br>- Như trên;<br>- Lưu: VT. | **KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br><br>**Hoàng Văn Luyện** |\n|---|:---:|\n";
        let got = unfold_layout_rows(text).unwrap();
        let lines: Vec<&str> = got.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(
            lines,
            vec![
                "Đoạn cuối.",
                "**Nơi nhận:**",
                "- Như trên;",
                "- Lưu: VT.",
                "**KT. CHỦ TỊCH**",
                "**PHÓ CHỦ TỊCH**",
                "**Hoàng Văn Luyện**"
            ]
        );
        // Any spelling of the break.
        let got = unfold_layout_rows("| Nơi nhận:<BR/>- Như trên; | KT. CHỦ TỊCH<br />PHÓ CHỦ TỊCH<Br>Hoàng Văn Luyện |\n").unwrap();
        assert_eq!(got.lines().collect::<Vec<_>>(), vec!["Nơi nhận:", "- Như trên;", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Văn Luyện"]);
        // A data table with <br> in its cells stays a table.
        let table = "| STT | Tên<br>đơn vị | Tỷ lệ |\n|---|---|---|\n| 1 | Sở Y tế | 80% |\n";
        assert_eq!(unfold_layout_rows(table), None);
        // The letterhead in two rows: the issuer and the motto, then the
        // number with the subject under it and the place and date.
        let head = "| UBND TỈNH X<br>**SỞ Y TẾ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>Độc lập - Tự do - Hạnh phúc |\n|:---:|:---:|\n| Số: 12/SYT-NV<br>V/v giao chỉ tiêu | *X, ngày 1 tháng 3 năm 2024* |\n\nKính gửi: …\n";
        let got = unfold_layout_rows(head).unwrap();
        let lines: Vec<&str> = got.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(lines[..4], ["UBND TỈNH X", "**SỞ Y TẾ**", "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "Độc lập - Tự do - Hạnh phúc"]);
        assert_eq!(lines[4..], ["Số: 12/SYT-NV", "V/v giao chỉ tiêu", "*X, ngày 1 tháng 3 năm 2024*", "Kính gửi: …"]);
        // As markdownify writes it: a blank header row, each cell's line
        // breaks made spaces; its rules part the cell.
        let head = "|  |  |\n| --- | --- |\n| **UBND HUYỆN X** ------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** --------------- |\n| Số: 9 /UBND-VP V/v giao chỉ tiêu | *X, ngày 3 tháng 5 năm 2019* |\n\nKính gửi: …\n";
        let got = unfold_layout_rows(head).unwrap();
        let lines: Vec<&str> = got.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(
            lines,
            [
                "**UBND HUYỆN X**",
                "-------",
                "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**",
                "---------------",
                "Số: 9 /UBND-VP V/v giao chỉ tiêu",
                "*X, ngày 3 tháng 5 năm 2019*",
                "Kính gửi: …"
            ]
        );
        // A blank-headed table of figures stays a table.
        let table = "|  |  |  |\n| --- | --- | --- |\n| 1 | Sở Y tế | 80 |\n| 2 | Sở Tư pháp | 70 |\n";
        assert_eq!(unfold_layout_rows(table), None);
        assert_eq!(split_rules("A --- B ___"), ["A ", "---", " B ", "___"]);
        assert_eq!(split_rules("A - B"), ["A - B"]);
    }

    #[test]
    fn a_grid_table_is_read_as_rows_and_a_layout_one_as_lines() {
        let text = "\
+--------------------+------------------+
| ỦY BAN NHÂN DÂN    | CỘNG HÒA XÃ HỘI  |
|                    | CHỦ NGHĨA        |
| TỈNH X             |                  |
|                    | *X, ngày tháng   |
|                    |  năm 2023*       |
+--------------------+------------------+

+-----+-------------+--------+
| STT | Tên đơn vị  | Tỷ lệ  |
|     |             | (\\%)   |
+=====+=============+========+
| 1   | Sở Tư pháp, | 80     |
|     | Sở Y tế     |        |
+-----+-------------+--------+
| 2   | UBND các xã | 70     |
+-----+-------------+--------+
";
        let got = unfold_grid_tables(text).unwrap();
        let lines: Vec<&str> = got.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(lines[..4], ["ỦY BAN NHÂN DÂN", "TỈNH X", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "*X, ngày tháng năm 2023*"]);
        assert_eq!(lines[4..], ["STT\tTên đơn vị\tTỷ lệ (\\%)", "1\tSở Tư pháp, Sở Y tế\t80", "2\tUBND các xã\t70"]);
        assert_eq!(unfold_grid_tables("a + b\n+ c\n"), None);
        // Decomposed letters (NFD) and a page's foot inside the grid.
        let nfd: String = unicode_normalization::UnicodeNormalization::nfd(text)
            .collect::<String>()
            .replace("| 1   | Sở Tư pháp, |", "| 1   | Sở Tư pháp, |\n\nTrang 2\n");
        assert_eq!(unicode_normalization::UnicodeNormalization::nfc(unfold_grid_tables(&nfd).unwrap().as_str()).collect::<String>(), got);
    }

    #[test]
    fn a_box_drawn_grid_with_spanning_cells_is_read_at_its_finest_columns() {
        // As `w3m -dump` draws a table: a header cell over two columns, cells
        // spanning both header rows, a name wrapped, a blank cell.
        let text = "Phụ lục
┌─────┬────────────┬────────────────────┬────────┐
│     │            │  Tỷ lệ hồ sơ (%)   │        │
│ STT │ Tên đơn vị ├─────────┬──────────┤ Ghi chú│
│     │            │ Năm 2025│ Năm 2026 │        │
├─────┼────────────┴─────────┴──────────┴────────┤
│ A   │ SỞ, BAN, NGÀNH                           │
├─────┼────────────┬─────────┬──────────┬────────┤
│ 1   │ Sở Tài     │ 65      │          │ Mới    │
│     │ nguyên     │         │          │        │
└─────┴────────────┴─────────┴──────────┴────────┘
Hết";
        let got = unfold_grid_tables(text).unwrap();
        let lines: Vec<&str> = got.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(
            lines,
            [
                "Phụ lục",
                "STT\tTên đơn vị\tTỷ lệ hồ sơ (%)\t\tGhi chú",
                "\t\tNăm 2025\tNăm 2026\t",
                "A\tSỞ, BAN, NGÀNH\t\t\t",
                "1\tSở Tài nguyên\t65\t\tMới",
                "Hết"
            ]
        );
        // The lines after keep their numbers.
        assert_eq!(got.lines().count(), text.lines().count());
    }

    #[test]
    fn a_markdown_table_with_no_end_pipes_is_read_with_its_spanning_header_spread() {
        // As `html2text` writes a page: a layout table's cells over lines
        // ("  " a line break), a data table whose header lost its spans
        // and whose second header row was wrapped after a pipe.
        let text =
            "**ỦY BAN NHÂN DÂN  \nHUYỆN X**  \n\\------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  \n---|---  \nSố: 12/UBND-VP  \nV/v giao chỉ tiêu | _X, ngày 09 tháng 3 năm 2022_  \n  \nKính gửi:

TT| Đơn vị| Chỉ tiêu năm 2022 (%)| Ghi chú  
---|---|---|---  
Tỷ lệ số hóa hồ sơ| Tỷ lệ kết quả|  
Tỷ lệ thanh toán  
**I**| **Các xã**  
1| Xã A| 40| 50| 25|  
2| Xã B| 35| | 20| Mới  

Hết.
";
        let got = unfold_bare_pipe_tables(text).unwrap();
        let lines: Vec<&str> = got.lines().map(str::trim_end).filter(|l| !l.is_empty()).collect();
        assert_eq!(
            lines,
            [
                "**ỦY BAN NHÂN DÂN",
                "HUYỆN X**",
                "\\-------",
                "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**",
                "Số: 12/UBND-VP",
                "V/v giao chỉ tiêu",
                "_X, ngày 09 tháng 3 năm 2022_",
                "Kính gửi:",
                "TT\tĐơn vị\tChỉ tiêu năm 2022 (%)\t\t\tGhi chú",
                "\t\tTỷ lệ số hóa hồ sơ\tTỷ lệ kết quả\tTỷ lệ thanh toán",
                "**I**\t**Các xã**",
                "1\tXã A\t40\t50\t25",
                "2\tXã B\t35\t\t20\tMới",
                "Hết."
            ]
        );
        // A text of dashes and pipes in no such table is left alone.
        assert_eq!(unfold_bare_pipe_tables("a -|- b\n"), None);
    }

    #[test]
    fn rows_of_cells_parted_by_pipes_are_read_as_a_table_and_a_menu_is_not() {
        let text = "Nội dung | Tiếng Anh | Thuộc tính | Lược đồ\n\nPHỤ LỤC\nSTT | Đơn vị | Tỷ lệ A (%) | Tỷ lệ B (%) | Ghi chú\nI | SỞ, BAN, NGÀNH |  |  |\n1 | Sở Tư pháp | 65 | 50 |\n2 | Sở Y tế | 60 |  | Trừ lĩnh vực X\nHết.\nVề chúng tôi | Chính sách | Liên hệ\nGiấy phép | Email | In\nA | B | C\n";
        let got = unfold_pipe_rows(text).unwrap();
        let lines: Vec<&str> = got.lines().collect();
        assert_eq!(
            lines,
            [
                "Nội dung | Tiếng Anh | Thuộc tính | Lược đồ",
                "",
                "PHỤ LỤC",
                "STT\tĐơn vị\tTỷ lệ A (%)\tTỷ lệ B (%)\tGhi chú",
                "I\tSỞ, BAN, NGÀNH\t\t\t",
                "1\tSở Tư pháp\t65\t50\t",
                "2\tSở Y tế\t60\t\tTrừ lĩnh vực X",
                "Hết.",
                "Về chúng tôi | Chính sách | Liên hệ",
                "Giấy phép | Email | In",
                "A | B | C",
            ]
        );
        // Three lines of words parted by pipes, no figure: no table.
        assert_eq!(unfold_pipe_rows("a | b | c\nd | e | f\ng | h | i\n"), None);
        assert_eq!(unfold_pipe_rows("no pipes here\n"), None);
    }

    #[test]
    fn a_multiline_table_is_read_as_rows() {
        let text = "
  ---------------------------------------------
  **STT**   **Tên cơ    **Tỷ lệ    **Ghi
            quan**      hồ sơ      chú**
                        (%)**
  --------- ----------- ---------- ----------
  1         Sở Lao      80         Trừ đất
            động -                 đai
            Thương binh

  2         Sở Y tế     50

  ---------------------------------------------

Sau.
";
        let got = unfold_multiline_tables(text).unwrap();
        let lines: Vec<&str> = got.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(
            lines,
            [
                "**STT**\t**Tên cơ quan**\t**Tỷ lệ hồ sơ (%)**\t**Ghi chú**",
                "1\tSở Lao động - Thương binh\t80\tTrừ đất đai",
                "2\tSở Y tế\t50\t",
                "Sau."
            ]
        );
        // No header: the columns' line under the rows; a layout table's cells.
        let head = "  ------------------------------------------\n  Số: 805 /QĐ-UBND     *Thái Bình, ngày 24\n                       tháng 5 năm 2024*\n  -------------------- ---------------------\n\n  ------------------------------------------\n";
        let got = unfold_multiline_tables(head).unwrap();
        assert_eq!(got.lines().filter(|l| !l.is_empty()).collect::<Vec<_>>(), ["Số: 805 /QĐ-UBND", "*Thái Bình, ngày 24 tháng 5 năm 2024*"]);
        assert_eq!(unfold_multiline_tables("a\n-----------\nb\n"), None);
    }

    #[test]
    fn an_html_table_in_a_text_is_read_in_place() {
        let rules = Rules::builtin().unwrap();
        let text = "**Phụ lục II**\n\n<table>\n<tr><th>STT</th><th>Tên đơn vị</th><th>Tỷ lệ (%)</th></tr>\n<tr><td>1</td><td>Xã A</td><td>80</td></tr>\n<tr><td>2</td><td>Xã B</td><td>70</td></tr>\n<tr><td>3</td><td>Xã C</td><td>60</td></tr>\n</table>\n\nĐoạn sau.\n";
        let src = read_bytes_with(text.as_bytes(), Format::Markdown, "x.md", &rules, &ReadOptions::default()).unwrap();
        assert_eq!(src.tables.len(), 1);
        let rows: Vec<(usize, Vec<&str>)> = src.tables[0].rows.iter().map(|r| (r.line, r.cells.iter().map(String::as_str).collect())).collect();
        assert_eq!(rows[1].1, ["1", "Xã A", "80"]);
        // The rows stand on the block's lines; the lines after it keep
        // their numbers.
        assert!(rows.iter().all(|(l, _)| (2..=7).contains(l)));
        assert_eq!(src.lines[9].text, "Đoạn sau.");
        assert!(src.lines.iter().all(|l| !l.text.contains("<td>")));
        // A layout table (pandoc's markdown keeps a letterhead so), its
        // tags over several lines: its cells' lines, no table.
        let text = "<table width=\"100%\" data-border=\"0\"\ndata-cellpadding=\"0\">\n<tbody>\n<tr class=\"odd\">\n<td class=\"c\" data-valign=\"top\"><strong>ỦY BAN NHÂN\nDÂN<br />\nTỈNH CÀ MAU</strong></td>\n<td class=\"c\"><em>Cà Mau, ngày 12 tháng 01 năm\n2026</em></td>\n</tr>\n</tbody>\n</table>\n\n**QUYẾT ĐỊNH**\n";
        let src = read_bytes_with(text.as_bytes(), Format::Markdown, "x.md", &rules, &ReadOptions::default()).unwrap();
        let shown: Vec<&str> = src.lines.iter().map(|l| l.text.trim()).filter(|t| !t.is_empty()).collect();
        assert_eq!(shown, ["ỦY BAN NHÂN DÂN", "TỈNH CÀ MAU", "Cà Mau, ngày 12 tháng 01 năm 2026", "**QUYẾT ĐỊNH**"]);
        assert!(src.tables.is_empty());
    }

    #[test]
    fn no_break_spaces_part_a_laid_row_as_spaces_do() {
        let rules = Rules::builtin().unwrap();
        let plain = "STT   Tên đơn vị            Năm 2025   Năm 2026\n  8 Sở Tư pháp               72,5       82,5\n  9 Ban Quản lý các Khu      90         95\n";
        let nbsp = plain.replace("8 Sở", "8\u{a0}Sở").replace("Khu", "Khu\u{a0}").replace("Ban Quản", "Ban\u{a0}Quản");
        let rows = |t: &str| -> Vec<Vec<String>> {
            let src = read_bytes(t.as_bytes(), Format::Text, "t.txt", &rules).unwrap();
            src.tables.iter().flat_map(|t| t.rows.iter().map(|r| r.cells.clone())).collect()
        };
        let want = rows(plain);
        assert_eq!(want.len(), 3, "{want:?}");
        assert_eq!(rows(&nbsp), want);
    }

    #[test]
    fn digests_are_lower_case_hex() {
        assert_eq!(hex(&Sha256::digest(b"abc")), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assert_eq!(hex(&[0x00, 0x0f, 0xa0]), "000fa0");
    }

    #[test]
    fn a_slot_is_free_again_once_its_holder_is_done() {
        let slots = Slots::new(1);
        let held = slots.take();
        let (tx, rx) = std::sync::mpsc::channel();
        let s2 = slots.clone();
        let waiter = std::thread::spawn(move || {
            let _g = s2.take();
            tx.send(()).unwrap();
        });
        // The second taker waits while the only slot is held.
        assert!(rx.recv_timeout(std::time::Duration::from_millis(100)).is_err());
        drop(held);
        assert!(rx.recv_timeout(std::time::Duration::from_secs(5)).is_ok());
        waiter.join().unwrap();
    }
}
