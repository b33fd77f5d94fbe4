//! DOCX reader: `word/document.xml` streamed with quick-xml. Paragraphs
//! become lines (numbered and bulleted list items keep a marker), text in
//! text boxes becomes lines where the box stands, and real `w:tbl` tables
//! become [`Table`]s: `gridSpan` spreads a cell over grid columns (text in
//! the first), `vMerge` repeats a merged cell's text in every row it spans.
//! Each table row also becomes a tab-separated line, as in the HTML reader;
//! a layout table (letterhead, signature block: one or two rows or
//! columns) gives its cells' paragraphs as lines instead, as that reader
//! does.
//! No external converter; limits guard against zip bombs.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::{Extracted, Line, ReadOptions, Row, Table};

/// Largest decompressed `document.xml` (or `numbering.xml`) read.
const MAX_XML: u64 = 64 * 1024 * 1024;

fn attr(e: &BytesStart, name: &str) -> Option<String> {
    e.attributes().flatten().find(|a| a.key.as_ref() == name).map(|a| a.value.to_string())
}

fn read_part(zip: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str) -> Result<Option<Vec<u8>>, String> {
    let file = match zip.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(format!("damaged DOCX: {name}: {e}")),
    };
    let mut buf = Vec::new();
    file.take(MAX_XML + 1).read_to_end(&mut buf).map_err(|e| format!("damaged DOCX: {name}: {e}"))?;
    if buf.len() as u64 > MAX_XML {
        return Err(format!("{name}: decompressed size exceeds {} MiB (zip bomb?)", MAX_XML >> 20));
    }
    Ok(Some(buf))
}

/// List formats from `word/numbering.xml`: (numId, level) → numFmt.
fn numbering(xml: &[u8]) -> HashMap<(String, u32), String> {
    let mut abstract_fmt: HashMap<(String, u32), String> = HashMap::new();
    let mut num_to_abstract: HashMap<String, String> = HashMap::new();
    let mut r = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let (mut cur_abs, mut cur_num, mut cur_lvl) = (None::<String>, None::<String>, 0u32);
    loop {
        match r.read_event_into(&mut buf) {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => match e.local_name().as_ref() {
                "abstractNum" => cur_abs = attr(&e, "w:abstractNumId"),
                "num" => cur_num = attr(&e, "w:numId"),
                "abstractNumId" => {
                    if let (Some(n), Some(a)) = (&cur_num, attr(&e, "w:val")) {
                        num_to_abstract.insert(n.clone(), a);
                    }
                }
                "lvl" => cur_lvl = attr(&e, "w:ilvl").and_then(|v| v.parse().ok()).unwrap_or(0),
                "numFmt" => {
                    if let (Some(a), Some(v)) = (&cur_abs, attr(&e, "w:val")) {
                        abstract_fmt.insert((a.clone(), cur_lvl), v);
                    }
                }
                _ => {}
            },
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
        buf.clear();
    }
    let mut out = HashMap::new();
    for (num, abs) in num_to_abstract {
        for ((a, lvl), fmt) in &abstract_fmt {
            if *a == abs {
                out.insert((num.clone(), *lvl), fmt.clone());
            }
        }
    }
    out
}

fn roman(mut n: u32) -> String {
    let table = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut s = String::new();
    for (v, r) in table {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

fn marker(fmt: Option<&str>, n: u32) -> String {
    match fmt {
        Some("decimal") => format!("{n}. "),
        Some("lowerLetter") => format!("{}) ", char::from(b'a' + ((n - 1) % 26) as u8)),
        Some("upperLetter") => format!("{}. ", char::from(b'A' + ((n - 1) % 26) as u8)),
        Some("upperRoman") => format!("{}. ", roman(n)),
        Some("lowerRoman") => format!("{}. ", roman(n).to_lowercase()),
        Some("none") => String::new(),
        _ => "- ".to_string(),
    }
}

/// A table being read.
#[derive(Default)]
struct TableState {
    rows: Vec<Vec<String>>,
    row: Vec<String>,
    cell: String,
    span: usize,
    /// Per grid column: the text of an open vertical merge.
    merge_text: HashMap<usize, String>,
    vmerge: Option<bool>,
}

#[derive(Default)]
struct State {
    lines: Vec<Line>,
    tables: Vec<Table>,
    para: String,
    in_text: bool,
    num: Option<(String, u32)>,
    counters: HashMap<(String, u32), u32>,
    /// Open tables, outermost first.
    stack: Vec<TableState>,
    /// Paragraphs of text boxes met inside the current paragraph.
    boxed: Vec<String>,
    in_box: usize,
    skip: usize,
}

impl State {
    fn push_line(&mut self, text: String) {
        let t = text.trim_end().to_string();
        self.lines.push(Line { text: t, page: None, indent: 0 });
    }

    fn end_paragraph(&mut self, formats: &HashMap<(String, u32), String>) {
        let mut text = std::mem::take(&mut self.para);
        if let Some(key) = self.num.take() {
            if !text.trim().is_empty() {
                let n = self.counters.entry(key.clone()).or_insert(0);
                *n += 1;
                // A new item at one level restarts the deeper ones.
                let (id, lvl) = key.clone();
                let n = *n;
                self.counters.retain(|(i, l), _| !(i == &id && *l > lvl));
                text = format!("{}{}", marker(formats.get(&key).map(String::as_str), n), text.trim_start());
            }
        }
        if self.in_box > 0 {
            self.boxed.push(text);
            return;
        }
        if let Some(t) = self.stack.last_mut() {
            // (A cell's paragraphs part by '\n': lines of a layout table,
            // one text in a table of data.)
            if !t.cell.is_empty() && !text.trim().is_empty() {
                t.cell.push('\n');
            }
            t.cell.push_str(text.trim());
            return;
        }
        for b in std::mem::take(&mut self.boxed) {
            self.push_line(b);
        }
        self.push_line(text);
    }

    fn end_table(&mut self) {
        let Some(t) = self.stack.pop() else { return };
        let rows: Vec<Vec<String>> = t.rows.into_iter().filter(|r| r.iter().any(|c| !c.trim().is_empty())).collect();
        if let Some(outer) = self.stack.last_mut() {
            // A nested table's text goes into the enclosing cell.
            for r in rows {
                if !outer.cell.is_empty() {
                    outer.cell.push(' ');
                }
                outer.cell.push_str(&r.join(" ").replace('\n', " "));
            }
            return;
        }
        // A layout table (the letterhead, the signature block beside "Nơi
        // nhận": one or two rows or columns) is text set side by side, not
        // data: its cells' paragraphs become lines, as the HTML reader has
        // them.
        let width = rows.iter().map(Vec::len).max().unwrap_or(0);
        if rows.len() <= 2 || width <= 2 {
            for cell in rows.iter().flatten() {
                for para in cell.split('\n') {
                    self.push_line(para.to_string());
                }
            }
            return;
        }
        let rows: Vec<Vec<String>> = rows.into_iter().map(|r| r.into_iter().map(|c| c.replace('\n', " ")).collect()).collect();
        self.lines.push(Line::default());
        let mut table = Table::default();
        for cells in rows {
            let line = self.lines.len();
            self.lines.push(Line {
                text: cells.join("\t"),
                page: None,
                indent: 0,
            });
            table.rows.push(Row { cells, line, page: None });
        }
        self.lines.push(Line::default());
        if !table.rows.is_empty() {
            self.tables.push(table);
        }
    }
}

/// Reads a DOCX file's bytes.
pub fn read(bytes: &[u8], _opts: &ReadOptions) -> Result<Extracted, String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| "not a DOCX file (not a zip archive)".to_string())?;
    let xml = read_part(&mut zip, "word/document.xml")?.ok_or("not a DOCX file: word/document.xml is missing")?;
    let formats = read_part(&mut zip, "word/numbering.xml")?.map(|x| numbering(&x)).unwrap_or_default();
    let mut r = Reader::from_reader(&xml[..]);
    r.config_mut().trim_text(false);
    let mut st = State::default();
    let mut buf = Vec::new();
    loop {
        let ev = r.read_event_into(&mut buf).map_err(|e| format!("damaged DOCX: document.xml at byte {}: {e}", r.buffer_position()))?;
        match ev {
            Event::Start(e) => {
                if st.skip > 0 {
                    st.skip += 1;
                } else {
                    match e.name().as_ref() {
                        "mc:Fallback" => st.skip = 1,
                        "w:t" => st.in_text = true,
                        "w:txbxContent" => st.in_box += 1,
                        "w:tbl" => st.stack.push(TableState::default()),
                        "w:tr" => {
                            if let Some(t) = st.stack.last_mut() {
                                t.row.clear();
                            }
                        }
                        "w:tc" => {
                            if let Some(t) = st.stack.last_mut() {
                                t.cell.clear();
                                t.span = 1;
                                t.vmerge = None;
                            }
                        }
                        _ => {}
                    }
                }
            }
            Event::Empty(e) if st.skip == 0 => match e.name().as_ref() {
                "w:tab" => st.para.push('\t'),
                // (A line break in a table's cell parts its lines as a
                // paragraph does: "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / … /
                // the signer, in one paragraph of a signature's cell.)
                "w:br" | "w:cr" => st.para.push(if !st.stack.is_empty() && attr(&e, "w:type").as_deref() != Some("page") { '\n' } else { ' ' }),
                "w:noBreakHyphen" => st.para.push('-'),
                "w:ilvl" => {
                    let lvl = attr(&e, "w:val").and_then(|v| v.parse().ok()).unwrap_or(0);
                    let id = st.num.as_ref().map(|n| n.0.clone()).unwrap_or_default();
                    st.num = Some((id, lvl));
                }
                "w:numId" => {
                    let id = attr(&e, "w:val").unwrap_or_default();
                    let lvl = st.num.as_ref().map_or(0, |n| n.1);
                    st.num = if id == "0" { None } else { Some((id, lvl)) };
                }
                "w:gridSpan" => {
                    if let Some(t) = st.stack.last_mut() {
                        t.span = attr(&e, "w:val").and_then(|v| v.parse().ok()).filter(|&n: &usize| (1..=64).contains(&n)).unwrap_or(1);
                    }
                }
                "w:vMerge" => {
                    if let Some(t) = st.stack.last_mut() {
                        t.vmerge = Some(attr(&e, "w:val").as_deref() == Some("restart"));
                    }
                }
                "w:p" => st.end_paragraph(&formats),
                _ => {}
            },
            Event::Text(t) if st.skip == 0 && st.in_text => {
                st.para.push_str(&t);
            }
            Event::GeneralRef(g) if st.skip == 0 && st.in_text => {
                if let Ok(Some(c)) = g.resolve_char_ref() {
                    st.para.push(c);
                } else {
                    st.para.push_str(match &*g {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        _ => "",
                    });
                }
            }
            Event::End(e) => {
                if st.skip > 0 {
                    st.skip -= 1;
                    buf.clear();
                    continue;
                }
                match e.name().as_ref() {
                    "w:t" => st.in_text = false,
                    "w:p" => st.end_paragraph(&formats),
                    "w:txbxContent" => st.in_box = st.in_box.saturating_sub(1),
                    "w:tc" => {
                        if let Some(t) = st.stack.last_mut() {
                            let col = t.row.len();
                            let text = std::mem::take(&mut t.cell).trim().to_string();
                            let text = match t.vmerge {
                                Some(true) => {
                                    t.merge_text.insert(col, text.clone());
                                    text
                                }
                                Some(false) => t.merge_text.get(&col).cloned().unwrap_or(text),
                                None => {
                                    t.merge_text.remove(&col);
                                    text
                                }
                            };
                            t.row.push(text);
                            for _ in 1..t.span {
                                t.row.push(String::new());
                            }
                        }
                    }
                    "w:tr" => {
                        if let Some(t) = st.stack.last_mut() {
                            let row = std::mem::take(&mut t.row);
                            t.rows.push(row);
                        }
                    }
                    "w:tbl" => st.end_table(),
                    _ => {}
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    while !st.stack.is_empty() {
        st.end_table();
    }
    Ok(Extracted {
        lines: st.lines,
        tables: st.tables,
        warnings: Vec::new(),
        ocr: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A .docx with the given document body (inside `<w:body>`).
    pub fn docx(body: &str, numbering: Option<&str>) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        {
            let mut z = zip::ZipWriter::new(&mut out);
            let opt = zip::write::SimpleFileOptions::default();
            z.start_file("[Content_Types].xml", opt).unwrap();
            z.write_all(br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#)
                .unwrap();
            z.start_file("word/document.xml", opt).unwrap();
            write!(z, r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="w" xmlns:mc="mc"><w:body>{body}</w:body></w:document>"#).unwrap();
            if let Some(n) = numbering {
                z.start_file("word/numbering.xml", opt).unwrap();
                write!(z, r#"<?xml version="1.0"?><w:numbering xmlns:w="w">{n}</w:numbering>"#).unwrap();
            }
            z.finish().unwrap();
        }
        out.into_inner()
    }

    fn p(text: &str) -> String {
        format!("<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>")
    }

    fn tc(text: &str, props: &str) -> String {
        format!("<w:tc><w:tcPr>{props}</w:tcPr>{}</w:tc>", p(text))
    }

    #[test]
    fn paragraphs_lists_and_text_boxes() {
        let numbering = r#"<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="lowerLetter"/></w:lvl></w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>"#;
        let item = |lvl: u32, t: &str| format!("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{lvl}\"/><w:numId w:val=\"5\"/></w:numPr></w:pPr><w:r><w:t>{t}</w:t></w:r></w:p>");
        let body = format!(
            "{}{}{}{}<w:p><w:r><mc:AlternateContent><mc:Choice><w:txbxContent>{}</w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent>{}</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Sau hộp</w:t></w:r></w:p>",
            p("Số: 12/QĐ-UBND"),
            item(0, "Giao chỉ tiêu"),
            item(1, "Tỷ lệ A &amp; B"),
            item(0, "Tổ chức"),
            p("Trong hộp"),
            p("Trong hộp")
        );
        let e = read(&docx(&body, Some(numbering)), &ReadOptions::default()).unwrap();
        let texts: Vec<&str> = e.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, vec!["Số: 12/QĐ-UBND", "1. Giao chỉ tiêu", "a) Tỷ lệ A & B", "2. Tổ chức", "Trong hộp", "Sau hộp"]);
    }

    #[test]
    fn tables_with_grid_span_and_vertical_merge() {
        let body = format!(
            "<w:tbl><w:tr>{}{}{}</w:tr><w:tr>{}{}{}{}</w:tr><w:tr>{}{}{}{}</w:tr><w:tr>{}{}{}{}</w:tr></w:tbl>",
            tc("STT", ""),
            tc("Đơn vị", ""),
            tc("Năm 2024", "<w:gridSpan w:val=\"2\"/>"),
            tc("", ""),
            tc("", ""),
            tc("A", ""),
            tc("B", ""),
            tc("1", ""),
            tc("Sở Y tế", "<w:vMerge w:val=\"restart\"/>"),
            tc("80%", ""),
            tc("70%", ""),
            tc("2", ""),
            tc("", "<w:vMerge/>"),
            tc("60%", ""),
            tc("50%", ""),
        );
        let e = read(&docx(&body, None), &ReadOptions::default()).unwrap();
        let t = &e.tables[0];
        assert_eq!(t.rows[0].cells, vec!["STT", "Đơn vị", "Năm 2024", ""]);
        assert_eq!(t.rows[2].cells, vec!["1", "Sở Y tế", "80%", "70%"]);
        assert_eq!(t.rows[3].cells, vec!["2", "Sở Y tế", "60%", "50%"], "a merged cell applies to every row it spans");
        assert_eq!(e.lines[t.rows[3].line].text, "2\tSở Y tế\t60%\t50%");
    }

    #[test]
    fn a_layout_tables_cells_are_lines_a_data_tables_cell_one_text() {
        let cell = |paras: &[&str]| format!("<w:tc>{}</w:tc>", paras.iter().map(|t| p(t)).collect::<String>());
        let signature = format!(
            "<w:tbl><w:tr>{}{}</w:tr></w:tbl>",
            cell(&["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT."]),
            cell(&["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Quang Hiếu"])
        );
        let e = read(&docx(&signature, None), &ReadOptions::default()).unwrap();
        assert!(e.tables.is_empty());
        let lines: Vec<&str> = e.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(lines, ["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Quang Hiếu"]);
        let row = |a: &str, b: &[&str], c: &str| format!("<w:tr>{}{}{}</w:tr>", cell(&[a]), cell(b), cell(&[c]));
        let data = format!(
            "<w:tbl>{}{}{}</w:tbl>",
            row("STT", &["Đơn vị"], "Tỷ lệ"),
            row("1", &["Chi nhánh Văn phòng", "Đăng ký đất đai"], "60"),
            row("2", &["Sở Y tế"], "70")
        );
        let e = read(&docx(&data, None), &ReadOptions::default()).unwrap();
        assert_eq!(e.tables[0].rows[1].cells, vec!["1", "Chi nhánh Văn phòng Đăng ký đất đai", "60"]);
    }

    #[test]
    fn hostile_inputs_are_clear_errors() {
        let o = ReadOptions::default();
        assert_eq!(read(b"plain text, not a zip", &o).unwrap_err(), "not a DOCX file (not a zip archive)");
        let mut out = Cursor::new(Vec::new());
        {
            let mut z = zip::ZipWriter::new(&mut out);
            z.start_file("hello.txt", zip::write::SimpleFileOptions::default()).unwrap();
            z.write_all(b"hi").unwrap();
            z.finish().unwrap();
        }
        assert!(read(out.get_ref(), &o).unwrap_err().contains("word/document.xml is missing"));
        let good = docx(&p("Số: 1/QĐ-UBND"), None);
        assert!(read(&good[..good.len() / 2], &o).is_err(), "a truncated file");
        // A bomb: 100 MiB of zeros compresses to about 100 KiB.
        let mut out = Cursor::new(Vec::new());
        {
            let mut z = zip::ZipWriter::new(&mut out);
            let opt = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
            z.start_file("word/document.xml", opt).unwrap();
            let zeros = vec![b' '; 1 << 20];
            for _ in 0..100 {
                z.write_all(&zeros).unwrap();
            }
            z.finish().unwrap();
        }
        assert!(read(out.get_ref(), &o).unwrap_err().contains("zip bomb"));
    }
}
