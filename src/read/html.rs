//! HTML reader: web copies of decisions. Block elements become lines;
//! `<table>` becomes a [`Table`] with `rowspan`/`colspan` spread over the
//! cells they cover, and each row also becomes a tab-separated line so the
//! header and segmentation stages see it like any other text.

use super::dom::{Dom, Element, Id, Node};
use super::{Line, Row, Table};
use crate::rules::Web;

/// Largest span honoured; larger ones are treated as 1 (hostile input).
const MAX_SPAN: usize = 64;

/// Whether decoded text is an HTML page rather than text with a few tags.
pub fn looks_like_html(text: &str) -> bool {
    // Every mark looked for opens with "<": none in the first 8 KiB (2048
    // chars are at most that) is none in the opening.
    if !text.as_bytes()[..text.len().min(4 * 2048)].contains(&b'<') {
        return false;
    }
    let cut = text.char_indices().nth(2048).map_or(text.len(), |(i, _)| i);
    if !text[..cut].contains('<') {
        return false;
    }
    let head = text[..cut].to_ascii_lowercase();
    head.contains("<html") || head.contains("<!doctype html") || head.trim_start().starts_with("<table")
}

/// Whether an element is the site's furniture: its class or id holds one
/// of `furniture`'s words (`rules/web.toml`). Within an `<article>` a
/// "footer" is the document's own (a decision's signature block laid out
/// as `table.footer-vb`); the site's footer lies outside it. Outside one,
/// so is a "footer" holding the recipients' list ("Nơi nhận"), asked of
/// `signs` only then.
fn is_chrome(e: &Element, in_article: bool, furniture: &[String], signs: impl Fn() -> bool) -> bool {
    if e.attr("role").is_some_and(|r| r == "navigation") {
        return true;
    }
    // Most elements have neither attribute: nothing is lower-cased then.
    [e.attr("class"), e.attr("id")].into_iter().flatten().any(|a| {
        let a = a.to_ascii_lowercase();
        furniture.iter().any(|w| a.contains(w.as_str()) && !(w == "footer" && (in_article || signs())))
    })
}

/// Whether the texts under `id` hold a document's recipients' list.
fn holds_recipients(dom: &Dom, id: Id) -> bool {
    let mut texts = Vec::new();
    dom.texts(id, &mut texts);
    texts.iter().any(|t| t.contains("Nơi nhận") || t.contains("NƠI NHẬN"))
}

/// Lines and tables of an HTML document; `web`: what marks a site's
/// furniture.
pub fn read(text: &str, web: &Web) -> (Vec<Line>, Vec<Table>) {
    let dom = Dom::parse(text);
    let mut w = Walker {
        dom: &dom,
        furniture: &web.furniture,
        lines: Vec::new(),
        tables: Vec::new(),
        buf: String::new(),
        in_article: 0,
    };
    w.walk(Dom::ROOT);
    w.flush();
    (w.lines, w.tables)
}

struct Walker<'a> {
    dom: &'a Dom,
    furniture: &'a [String],
    lines: Vec<Line>,
    tables: Vec<Table>,
    buf: String,
    /// `<article>` elements the walk is inside of.
    in_article: usize,
}

fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "li" | "ul" | "ol" | "section" | "article" | "header" | "footer" | "blockquote" | "body" | "center" | "dt" | "dd" | "title"
    )
}

/// Whether a form holds more than a search box's or a login's words: a
/// page built as one form (ASP.NET, SharePoint) holds the document.
fn holds_text(dom: &Dom, form: Id) -> bool {
    let mut texts = Vec::new();
    dom.texts(form, &mut texts);
    texts.iter().map(|t| t.trim().len()).sum::<usize>() > 400
}

impl Walker<'_> {
    fn flush(&mut self) {
        let t = crate::text::squash(&self.buf);
        if !t.is_empty() {
            self.lines.push(Line { text: t, page: None, indent: 0 });
        }
        self.buf.clear();
    }

    fn walk(&mut self, el: Id) {
        let dom = self.dom;
        let Some(el) = dom.element(el) else { return };
        for &child in &el.children {
            match &dom.nodes[child] {
                Node::Text(t) => self.buf.push_str(t),
                Node::Element(e) => {
                    let name = e.name.as_str();
                    if matches!(name, "script" | "style" | "head" | "noscript" | "nav" | "aside" | "footer" | "button" | "select" | "iframe" | "svg")
                        || name == "form" && !holds_text(dom, child)
                        || is_chrome(e, self.in_article > 0, self.furniture, || holds_recipients(dom, child))
                    {
                        continue;
                    }
                    if name == "br" {
                        self.flush();
                    } else if name == "pre" {
                        // Preformatted text keeps its lines and its
                        // columns laid out with spaces, as a text file's.
                        self.flush();
                        let mut texts = Vec::new();
                        dom.texts(child, &mut texts);
                        let text = texts.concat();
                        let first = self.lines.len();
                        let (lines, tables) = super::spaced::read(&text);
                        self.lines.extend(lines);
                        for mut t in tables {
                            t.rows.iter_mut().for_each(|r| r.line += first);
                            self.tables.push(t);
                        }
                    } else if name == "table" {
                        self.flush();
                        self.lines.push(Line::default());
                        // Its caption ("Bảng 1. Kết quả thực hiện năm
                        // 2025") is its title, a line above it.
                        if let Some((caption, _)) = dom.child_elements(child).find(|(_, c)| c.name == "caption") {
                            let mut texts = Vec::new();
                            dom.texts(caption, &mut texts);
                            self.buf.push_str(&texts.join(" "));
                            self.flush();
                        }
                        self.table(child);
                        self.lines.push(Line::default());
                    } else if is_block(name) {
                        let article = name == "article";
                        self.in_article += usize::from(article);
                        self.flush();
                        let before = self.lines.len();
                        self.walk(child);
                        self.flush();
                        self.in_article -= usize::from(article);
                        // An empty paragraph (Word's "<p>&nbsp;</p>") is a
                        // blank line, as in a text: it may end a row of a
                        // table written one cell a paragraph, or be its
                        // empty cell (then two make two).
                        if name == "p" && self.lines.len() == before && !self.lines.is_empty() {
                            self.lines.push(Line::default());
                        }
                    } else {
                        self.walk(child);
                    }
                }
            }
        }
    }

    fn table(&mut self, table: Id) {
        let dom = self.dom;
        // Rows of this table only, not of tables nested in its cells.
        let mut rows: Vec<Id> = Vec::new();
        collect_rows(dom, table, &mut rows);
        let cells = |tr: Id| dom.child_elements(tr).filter(|(_, c)| matches!(c.name.as_str(), "td" | "th"));
        // A layout table (the letterhead, the signature block: one or two
        // rows or columns) is text set side by side, not data: its cells
        // become lines, line breaks kept. (Not one with a cell that is a
        // figure alone, "47%": a header and one unit's row, or units and
        // their values in two columns, are data.)
        let width = rows.iter().map(|&tr| cells(tr).count()).max().unwrap_or(0);
        let small = rows.len() <= 2 || width <= 2;
        if small && !rows.iter().any(|&tr| cells(tr).any(|(cell, _)| is_figure(&cell_text(dom, cell)))) {
            for &tr in &rows {
                for (cell, _) in cells(tr) {
                    self.walk(cell);
                    self.flush();
                }
            }
            return;
        }
        let mut grid: Vec<Vec<Option<String>>> = Vec::new();
        for (r, &tr) in rows.iter().enumerate() {
            if grid.len() <= r {
                grid.resize(r + 1, Vec::new());
            }
            let mut col = 0;
            for (cell, el) in cells(tr) {
                let span = |attr: &str| el.attr(attr).and_then(|v| v.trim().parse::<usize>().ok()).filter(|&v| (1..=MAX_SPAN).contains(&v)).unwrap_or(1);
                let (cs, rs) = (span("colspan"), span("rowspan"));
                while grid[r].get(col).is_some_and(|c| c.is_some()) {
                    col += 1;
                }
                let text = cell_text(dom, cell);
                for dr in 0..rs {
                    let rr = r + dr;
                    if rr >= rows.len() {
                        break;
                    }
                    if grid.len() <= rr {
                        grid.resize(rr + 1, Vec::new());
                    }
                    for dc in 0..cs {
                        let cc = col + dc;
                        if grid[rr].len() <= cc {
                            grid[rr].resize(cc + 1, None);
                        }
                        // A spanned cell repeats its text down a row span
                        // (the merged value applies to every row) but not
                        // across a column span (one header over several).
                        grid[rr][cc] = Some(if dc == 0 { text.clone() } else { String::new() });
                    }
                }
                col += cs;
            }
        }
        let mut t = Table::default();
        for row in grid {
            let cells: Vec<String> = row.into_iter().map(|c| c.unwrap_or_default()).collect();
            if cells.iter().all(|c| c.is_empty()) {
                continue;
            }
            let line = self.lines.len();
            self.lines.push(Line {
                text: cells.join("\t"),
                page: None,
                indent: 0,
            });
            t.rows.push(Row { cells, line, page: None });
        }
        if !t.rows.is_empty() {
            self.tables.push(t);
        }
    }
}

fn collect_rows(dom: &Dom, el: Id, out: &mut Vec<Id>) {
    for (child, e) in dom.child_elements(el) {
        match e.name.as_str() {
            "tr" => out.push(child),
            "thead" | "tbody" | "tfoot" => collect_rows(dom, child, out),
            _ => {}
        }
    }
}

/// Whether a cell holds a figure alone, as a value is written: "47",
/// "47,5%", "≥ 80 %".
fn is_figure(text: &str) -> bool {
    let t = text.trim().trim_start_matches(['≥', '≤', '>', '<', '=']).trim_start();
    let t = t.strip_suffix('%').unwrap_or(t).trim_end();
    let (int, frac) = t.split_once([',', '.']).unwrap_or((t, "0"));
    (1..=3).contains(&int.len()) && int.bytes().all(|b| b.is_ascii_digit()) && !frac.is_empty() && frac.len() <= 2 && frac.bytes().all(|b| b.is_ascii_digit())
}

fn cell_text(dom: &Dom, cell: Id) -> String {
    let mut s = String::new();
    cell_texts(dom, cell, &mut s);
    crate::text::squash(&s)
}

/// The text under `id` as a browser shows it on one line: inline elements
/// run on ("78<span></span>,<span>5</span>" is "78,5"), a block or a
/// line break is a space.
fn cell_texts(dom: &Dom, id: Id, out: &mut String) {
    match &dom.nodes[id] {
        Node::Text(t) => out.push_str(t),
        Node::Element(e) => {
            let apart = is_block(&e.name) || matches!(e.name.as_str(), "br" | "td" | "th" | "tr");
            if apart {
                out.push(' ');
            }
            e.children.iter().for_each(|&c| cell_texts(dom, c, out));
            if apart {
                out.push(' ');
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn web() -> Web {
        crate::Rules::builtin().unwrap().web
    }

    #[test]
    fn site_furniture_is_left_out() {
        let html = "<html><body><nav>Trang chủ</nav><div class=\"breadcrumb\">Văn bản &gt; Quyết định 845/QĐ-UBND</div><p>Số: 845/QĐ-UBND</p><div id=\"related-docs\">Quyết định 120/QĐ-UBND</div><footer>Bản quyền</footer></body></html>";
        let (lines, _) = read(html, &web());
        let text: Vec<&str> = lines.iter().map(|l| l.text.as_str()).filter(|t| !t.is_empty()).collect();
        assert_eq!(text, vec!["Số: 845/QĐ-UBND"]);
        // A document's own footer, within the article, is read.
        let html = "<html><body><article><p>Số: 845/QĐ-UBND</p><table class=\"footer-vb\"><tr><td>Nơi nhận:</td><td>KT. CHỦ TỊCH</td></tr></table></article><div class=\"footer\">Bản quyền</div></body></html>";
        let (lines, _) = read(html, &web());
        let text: Vec<&str> = lines.iter().map(|l| l.text.as_str()).filter(|t| !t.is_empty()).collect();
        assert_eq!(text, vec!["Số: 845/QĐ-UBND", "Nơi nhận:", "KT. CHỦ TỊCH"]);
        // So is one outside any article that holds the recipients' list;
        // the site's is not.
        let html = "<html><body><p>Số: 845/QĐ-UBND</p><table class=\"footer\"><tr><td>Nơi nhận:</td><td>KT. CHỦ TỊCH<br>Lê Văn A</td></tr></table><div class=\"footer\">Bản quyền</div></body></html>";
        let (lines, _) = read(html, &web());
        let text: Vec<&str> = lines.iter().map(|l| l.text.as_str()).filter(|t| !t.is_empty()).collect();
        assert_eq!(text, vec!["Số: 845/QĐ-UBND", "Nơi nhận:", "KT. CHỦ TỊCH", "Lê Văn A"]);
    }

    #[test]
    fn furniture_words_come_from_the_rules() {
        let html = "<html><body><div class=\"box-lienket\">Liên kết website</div><p>Số: 845/QĐ-UBND</p></body></html>";
        let texts = |web: &Web| read(html, web).0.into_iter().map(|l| l.text).filter(|t| !t.is_empty()).collect::<Vec<_>>();
        assert_eq!(texts(&web()), vec!["Liên kết website", "Số: 845/QĐ-UBND"]);
        let mut web = web();
        web.furniture.push("lienket".into());
        assert_eq!(texts(&web), vec!["Số: 845/QĐ-UBND"]);
    }

    #[test]
    fn preformatted_text_keeps_its_lines_and_columns() {
        let html = "<html><body><p>Phụ lục</p><pre>STT   Tên đơn vị      Tỷ lệ\n1     Sở Y tế         80%\n\nSố:    /KH-UBND</pre></body></html>";
        let (lines, _) = read(html, &web());
        let text: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(text, vec!["Phụ lục", "STT\tTên đơn vị\tTỷ lệ", "1\tSở Y tế\t80%", "", "Số: /KH-UBND"]);
    }

    #[test]
    fn a_cell_s_inline_elements_run_on_and_its_paragraphs_stand_apart() {
        let html = "<table><tr><td><p>Tên</p></td><td><p>Chỉ tiêu</p></td></tr><tr><td><p>Phường<o:p></o:p></p><p>Châu Đốc</p></td><td><p><span>78<span style='mso-spacerun:yes'></span>,<span>5</span></span></p></td></tr></table>";
        let (_, tables) = read(html, &web());
        assert_eq!(tables[0].rows[1].cells, vec!["Phường Châu Đốc", "78,5"]);
    }

    #[test]
    fn a_tables_caption_is_a_line_above_it() {
        let html = "<html><body><p>Như sau:</p><table border=1><caption>Bảng 1. <b>Kết quả</b> năm 2025</caption><tr><th>STT</th><th>Tên xã</th><th>Tỷ lệ (%)</th></tr><tr><td>1</td><td>Xã A</td><td>41,2</td></tr><tr><td>2</td><td>Xã B</td><td>38,5</td></tr></table></body></html>";
        let (lines, tables) = read(html, &web());
        let text: Vec<&str> = lines.iter().map(|l| l.text.as_str()).filter(|t| !t.is_empty()).collect();
        assert_eq!(text[..2], ["Như sau:", "Bảng 1. Kết quả năm 2025"]);
        // Above the table's rows, and no row of it.
        let caption = lines.iter().position(|l| l.text.starts_with("Bảng 1")).unwrap();
        assert!(tables[0].rows.iter().all(|r| r.line > caption && !r.cells.iter().any(|c| c.contains("Bảng"))));
    }

    #[test]
    fn an_empty_paragraph_is_a_blank_line() {
        // A table written one cell a paragraph, rows ended by Word's empty
        // paragraphs: the rows stay apart. Two empty ones make two blank
        // lines (an empty cell, then the row's end); an empty div makes
        // none.
        let html = "<html><body><p>1</p><p>Sở Y tế</p><p>80%</p><p>&nbsp;</p><p> </p><p>2</p><div></div><p>Sở Tư pháp</p></body></html>";
        let (lines, _) = read(html, &web());
        let text: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(text, vec!["1", "Sở Y tế", "80%", "", "", "2", "Sở Tư pháp"]);
        // Text between the paragraphs of a block is no empty paragraph.
        let (lines, _) = read("<html><body><p><b>Điều 1.</b></p><p><span>Giao</span></p></body></html>", &web());
        assert_eq!(lines.iter().map(|l| l.text.as_str()).collect::<Vec<_>>(), vec!["Điều 1.", "Giao"]);
    }

    #[test]
    fn layout_tables_become_lines() {
        let html = "<html><body><table><tr><td>Nơi nhận:<br>- Như Điều 3;</td><td><b>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br><b>Nguyễn Văn A</b></td></tr></table></body></html>";
        let (lines, tables) = read(html, &web());
        assert!(tables.is_empty());
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).filter(|t| !t.is_empty()).collect();
        assert_eq!(texts, vec!["Nơi nhận:", "- Như Điều 3;", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A"]);
    }

    #[test]
    fn spans_spread_over_the_grid() {
        let html = "<html><body><p>Số: 12/QĐ-UBND</p><table>\
            <tr><td rowspan=2>STT</td><td rowspan=2>Tên đơn vị</td><td colspan=2>Năm 2024</td></tr>\
            <tr><td>A</td><td>B</td></tr>\
            <tr><td>1</td><td>Sở Y tế</td><td>80%</td><td>70%</td></tr></table></body></html>";
        let (lines, tables) = read(html, &web());
        assert_eq!(lines[0].text, "Số: 12/QĐ-UBND");
        let t = &tables[0];
        assert_eq!(t.rows[0].cells, vec!["STT", "Tên đơn vị", "Năm 2024", ""]);
        assert_eq!(t.rows[1].cells, vec!["STT", "Tên đơn vị", "A", "B"]);
        assert_eq!(t.rows[2].cells, vec!["1", "Sở Y tế", "80%", "70%"]);
        assert_eq!(lines[t.rows[2].line].text, "1\tSở Y tế\t80%\t70%");
    }
}
