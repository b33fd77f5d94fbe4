//! Tables laid out with spaces in plain text (a gazette's text, a
//! `pdftotext -layout` dump, an OCR engine's page): the columns are the
//! gutters — character columns no cell of any row covers — of a block of
//! lines, and each line of the block is cut at them. A header whose cells
//! wrap over several lines, and a row whose name wraps onto the next line,
//! are joined into one row.
//!
//! In: the lines of a text file as read. Out: tables whose rows point into
//! those lines (a row at its first line); the lines are left as they are.

use super::{Row, Table};

/// A stretch of a line between runs of two spaces or more: the columns it
/// covers, [start, end), and its text.
#[derive(Debug, Clone, Copy)]
struct Piece<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

/// Fewest pieces a line that opens or widens a block has.
const MIN_PIECES: usize = 3;
/// Fewest such lines a block needs.
const MIN_ROWS: usize = 3;
/// Narrowest gutter, in columns.
const GUTTER: usize = 2;

/// Lines of plain text as read (a text file, an HTML `<pre>`): each line
/// with its space columns made tabs ([`crate::text::space_columns`]), and
/// the tables laid out with spaces among them.
pub fn read(text: &str) -> (Vec<super::Line>, Vec<Table>) {
    let raw: Vec<&str> = crate::text::lines(text).collect();
    let tables = tables(&raw);
    let lines = raw
        .iter()
        .map(|l| super::Line {
            text: crate::text::space_columns(l).into_owned(),
            page: None,
            indent: 0,
        })
        .collect();
    (lines, tables)
}

/// The tables of `lines` laid out with spaces.
pub fn tables(lines: &[&str]) -> Vec<Table> {
    // Most texts have no line of three pieces: the cheap count turns
    // them away.
    let counts: Vec<usize> = lines.iter().map(|l| piece_count(l)).collect();
    let mut out = Vec::new();
    let mut i = 0;
    // (A table found laid out centred: the text's later ones are too, as
    // the same tool wrote them.)
    let mut centred = false;
    // (The first line no table found so far holds.)
    let mut free = 0;
    while i < lines.len() {
        if counts[i] < MIN_PIECES {
            i += 1;
            continue;
        }
        match block(lines, &counts, i, free, &mut centred) {
            Some((table, end)) => {
                out.push(table);
                i = end;
                free = end;
            }
            None => i += 1,
        }
    }
    out
}

/// How many pieces a line has (0 for a blank line or one with tabs: tabs
/// are cells already).
fn piece_count(line: &str) -> usize {
    let body = line.trim();
    // A markdown pipe row ("| 1 | Sở Y tế |   |") is read as one, not by
    // the spaces in it.
    let pipe_row = body.starts_with('|') && body.bytes().filter(|&b| b == b'|').count() >= 2;
    if body.is_empty() || line.contains('\t') || pipe_row {
        return 0;
    }
    let mut n = 1;
    let mut rest = body;
    while let Some(at) = memchr::memmem::find(rest.as_bytes(), b"  ") {
        n += 1;
        rest = rest[at..].trim_start_matches(' ');
    }
    n
}

/// A line's pieces, columns counted in chars (a combining mark takes
/// none, so NFD text lines up as NFC does).
fn pieces(line: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut col = 0;
    let mut open: Option<(usize, usize)> = None; // (column, byte) of the piece's start
    let mut last_end = (0, 0); // (column, byte) after the last non-space char
    let mut spaces = 0;
    for (b, c) in line.char_indices() {
        // (A form feed opening a page's first line, `pdftotext`'s, takes
        // no column: the line stands as the page's others do.)
        if c == '\u{c}' {
            continue;
        }
        if c == ' ' {
            spaces += 1;
        } else if !unicode_normalization::char::is_combining_mark(c) || open.is_none() {
            if spaces >= 2 || open.is_none() {
                if let Some((s, sb)) = open.take() {
                    out.push(Piece {
                        start: s,
                        end: last_end.0,
                        text: &line[sb..last_end.1],
                    });
                }
                open = Some((col, b));
            }
            spaces = 0;
            last_end = (col + 1, b + c.len_utf8());
        } else {
            last_end.1 = b + c.len_utf8();
            continue;
        }
        col += 1;
    }
    if let Some((s, sb)) = open {
        out.push(Piece {
            start: s,
            end: last_end.0,
            text: &line[sb..last_end.1],
        });
    }
    // A row's index run into its name by one space ("1 Sở Công
    // Thương"): two pieces (the index is ASCII: a char a byte).
    if let Some(&first) = out.first() {
        if let Some((index, name)) = first
            .text
            .split_once(' ')
            .filter(|(i, n)| crate::text::is_index_cell(i) && i.is_ascii() && n.starts_with(char::is_alphabetic))
        {
            let name_start = first.start + index.len() + 1;
            out[0] = Piece {
                start: first.start,
                end: name_start - 1,
                text: index,
            };
            out.insert(
                1,
                Piece {
                    start: name_start,
                    end: first.end,
                    text: name,
                },
            );
        }
    }
    out
}

/// Columns covered by some piece, and those between a row's index and
/// its name.
#[derive(Default, Clone)]
struct Cover(Vec<bool>, Vec<bool>);

impl Cover {
    fn add(&mut self, ps: &[Piece]) {
        // The columns between a row's index and its name part them as a
        // gutter does, however narrow ("9 Sở Y tế" under "STT  Tên đơn vị").
        if let [index, name, ..] = ps {
            if crate::text::is_index_cell(index.text) && index.text.is_ascii() {
                if self.1.len() < name.start {
                    self.1.resize(name.start, false);
                }
                self.1[index.end..name.start].iter_mut().for_each(|c| *c = true);
            }
        }
        for p in ps {
            if self.0.len() < p.end {
                self.0.resize(p.end, false);
            }
            self.0[p.start..p.end].iter_mut().for_each(|c| *c = true);
        }
    }
    /// Runs of uncovered columns at least [`GUTTER`] wide between covered
    /// ones: (first, end).
    fn gutters(&self) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut run: Option<usize> = None;
        let mut seen = false;
        for (k, &c) in self.0.iter().enumerate() {
            match (c, run) {
                (false, None) if seen => run = Some(k),
                (true, Some(s)) => {
                    if k - s >= GUTTER || self.1.get(s..k).is_some_and(|gap| gap.iter().all(|&c| c)) {
                        out.push((s, k));
                    }
                    run = None;
                }
                _ => {}
            }
            seen |= c;
        }
        out
    }
}

/// A row's index alone on its line, its cells centred on it above and
/// below ("       Tỷ lệ khai thác, …" / " 4" / "       thông tin, …"):
/// at the line's left, between two lines of words. No page's number.
fn is_lone_index(lines: &[&str], j: usize) -> bool {
    let words = |i: usize| lines.get(i).is_some_and(|l| l.chars().any(char::is_alphabetic));
    lines[j].len() - lines[j].trim_start().len() <= 3 && crate::text::is_index_cell(lines[j]) && j > 0 && words(j - 1) && words(j + 1)
}

/// A line that tells a page's number ("- 3 -", "Trang 3"): no row.
fn is_page_number(line: &str) -> bool {
    let t = line.trim();
    let t = t.strip_prefix("Trang").unwrap_or(t).trim();
    // (One number, or "2/5": "8      50     45" is a row of figures.)
    let numbers = t.split(|c: char| !c.is_ascii_digit()).filter(|n| !n.is_empty()).count();
    (1..=2).contains(&numbers) && t.len() <= 12 && t.chars().all(|c| c.is_ascii_digit() || matches!(c, '-' | '–' | ' ' | '/' | '.'))
}

/// A new page's first line in a block ("\f", or the block's first line
/// written again) with no row of figures under it yet: the block's
/// gutters before it, and whether a line under it closed one.
struct PageHead {
    line: usize,
    gutters: Vec<(usize, usize)>,
    misfit: bool,
}

/// The table whose block opens at line `start`, and the line after it.
fn block(lines: &[&str], counts: &[usize], start: usize, free: usize, centred: &mut bool) -> Option<(Table, usize)> {
    let mut members = vec![(start, pieces(lines[start]))];
    let mut cover = Cover::default();
    cover.add(&members[0].1);
    let mut gutters = cover.gutters();
    let mut wide = 1; // lines of MIN_PIECES pieces or more
    let mut page_head: Option<PageHead> = None;
    let mut next = start + 1;
    loop {
        // One blank line may part two rows (more before a page's number).
        let blank = |j: usize| counts[j] == 0 && !lines[j].contains('\t');
        let k = if next < lines.len() && blank(next) { next + 1 } else { next };
        let page_number = |j: usize| is_page_number(lines[j]) && !is_lone_index(lines, j);
        let k = (k..lines.len().min(k + 3)).find(|&j| !blank(j)).filter(|&j| page_number(j)).unwrap_or(k);
        // A page's number between two rows of figures ("Trang 2" with
        // blank lines around it): the block goes on past it, its columns
        // the same. So too between a row and the rest of its cells,
        // indented, over a row of figures ("5  Sở Lao động - Thương binh
        // và  98" / "Trang 2" / "     Xã hội   thu phí"). (A header
        // repeated, a name's tail alone: the parts are joined later.)
        let figures_on = |j: usize| has_figures(&pieces(lines[j]));
        let k = if k < lines.len() && page_number(k) {
            match (k + 1..lines.len().min(k + 4)).find(|&j| counts[j] > 0) {
                // (So too inside a header of several lines, no row of
                // figures yet: its next line indented.)
                Some(j)
                    if !is_page_number(lines[j])
                        && (figures_on(j)
                            || lines[j].starts_with("  ") && j + 1 < lines.len() && counts[j + 1] > 0 && figures_on(j + 1)
                            || lines[j].starts_with("  ") && counts[j] > 1 && members.len() > 1 && !members.iter().any(|(_, ps)| has_figures(ps))) =>
                {
                    // The page's foot above its number, set apart from
                    // the last row ("CamScanner"), is no row.
                    while let [.., (before, _), (foot, ps)] = members.as_slice() {
                        if *foot > before + 1 && ps.len() <= 1 && !ps.iter().any(|p| is_figure(p.text)) {
                            members.pop();
                        } else {
                            break;
                        }
                    }
                    j
                }
                _ => break,
            }
        } else {
            k
        };
        if k >= lines.len() || counts[k] == 0 {
            break;
        }
        let ps = pieces(lines[k]);
        // A line may narrow the gutters, not close one; a row of many
        // pieces that does is cut where the others are.
        let mut wider = cover.clone();
        wider.add(&ps);
        let g = wider.gutters();
        // (A section's row, "B     UBND các huyện, thành phố", its name
        // across the columns, goes on with the rows under it.)
        // (Its name may go on on the next line: "II  UBND CÁC HUYỆN, THỊ XÃ,"
        // / "THÀNH PHỐ"; the first row's cells may open on lines above
        // its figures', `pdftotext -layout` centring them.)
        let section = is_section_row(&ps) && (k + 1..lines.len().min(k + 6)).filter(|&j| counts[j] > 0).take(4).any(figures_on);
        // (A short line between two rows of figures, their name's or
        // note's rest, stays in, its columns not counted: the rows' own
        // may be out of line, an OCR engine's.)
        let between = || members.last().is_some_and(|(_, last)| has_figures(last)) && (k + 1..lines.len().min(k + 3)).find(|&j| counts[j] > 0).is_some_and(figures_on);
        // (A new page's lines set a char or two off the last page's, the
        // header written again at their head ("\f", or the block's first
        // line again), may close its gutters: where the block would end in
        // that header so set off, no row of figures under it yet (a
        // default such as "100%" is no row), it ends before the page, and
        // the next block opens with the header; the layout joins the two.)
        let row = ps.iter().filter(|p| is_figure(p.text)).count() >= 2;
        if !row && (lines[k].starts_with('\u{c}') || lines[k].split_whitespace().eq(lines[start].split_whitespace())) {
            page_head = Some(PageHead {
                line: k,
                gutters: gutters.clone(),
                misfit: false,
            });
        } else if row {
            page_head = None;
        }
        if g.len() >= gutters.len() {
            cover = wider;
            gutters = g;
        } else if ps.len() <= gutters.len() / 2 + 1 && !section && !between() {
            if let Some(head) = page_head.take().filter(|h| h.misfit) {
                members.retain(|m| m.0 < head.line);
                (next, gutters) = (head.line, head.gutters);
            }
            break;
        } else if let Some(head) = page_head.as_mut().filter(|h| h.line < k) {
            head.misfit = true;
        }
        if ps.len() >= MIN_PIECES {
            wide += 1;
        }
        members.push((k, ps));
        next = k + 1;
    }
    if wide < MIN_ROWS || gutters.len() + 1 < MIN_PIECES {
        return None;
    }
    // A header cell over several columns ("Tỷ lệ hồ sơ thanh toán" over
    // "Năm 2025" and "Năm 2026") covers the gutters between them: where
    // the rows of figures part more columns, and every gutter of the
    // whole block lies in one of theirs, the columns are theirs, and a
    // header piece across them stays whole in the column it opens in.
    let mut body = Cover::default();
    for (_, ps) in members.iter().filter(|(_, ps)| has_figures(ps)) {
        body.add(ps);
    }
    let body_gutters = body.gutters();
    let spanning = body_gutters.len() > gutters.len() && gutters.iter().all(|&(g0, g1)| body_gutters.iter().any(|&(b0, b1)| g0 < b1 && b0 < g1));
    let mut gutters = if spanning { body_gutters } else { gutters };
    // A gutter the names of rows of figures run across ("10  Sở Y tế" and
    // "11  Sở Nội vụ" end short of a header's "Tên đơn vị", "1  Thành phố
    // Bắc Kạn" goes past it) parts no columns: the name column is one.
    gutters.retain(|&(g0, g1)| {
        let across = members
            .iter()
            .filter(|(_, ps)| has_figures(ps) && ps.get(1).is_some_and(|p| p.start < g0 && p.end > g1 && !is_figure(p.text)))
            .count();
        across < 2
    });
    // Each piece goes to the column it lies in; one across a gutter is
    // cut into words, each to the column under its middle.
    let bounds: Vec<usize> = gutters.iter().map(|&(g0, g1)| (g0 + g1) / 2).collect();
    // Columns out of line by a few characters from row to row (an OCR
    // engine's page) close the gutters between them, and a cell takes
    // several figures: the columns of figures are then where the figures
    // themselves stand, each placed by its middle, any other piece whole
    // by its start.
    let (bounds, jittered) = match figure_columns(&members, &bounds) {
        Some(b) => (b, true),
        None => (bounds, false),
    };
    let column = |mid: usize| bounds.iter().filter(|&&b| mid >= b).count();
    // Where each column's cells open in the rows of figures, and how many
    // figures it holds there (for the header's lines over columns a
    // header cell spans: none else).
    let mut body_starts: Vec<(Option<usize>, usize)> = vec![(None, 0); bounds.len() + 1];
    for (_, ps) in members.iter().filter(|(_, ps)| spanning && has_figures(ps)) {
        for p in ps {
            let (s, n) = &mut body_starts[column(p.start)];
            *s = Some(s.map_or(p.start, |s| s.min(p.start)));
            *n += usize::from(is_cell_figure(p));
        }
    }
    // Columns `c` whose header, on some line, has a piece of its own in
    // both `c` and `c + 1` ("Năm 2025    Năm 2026" under a cell over both).
    let parted: Vec<usize> = members
        .iter()
        // (Not the columns' numbers, "(1)  (2)  (3)".)
        .filter(|(_, ps)| spanning && !has_figures(ps) && !ps.iter().all(|p| crate::text::column_number(p.text).is_some()))
        .flat_map(|(_, ps)| {
            let cols: Vec<usize> = ps.iter().map(|p| column(p.start)).collect();
            cols.windows(2).filter(|w| w[1] == w[0] + 1).map(|w| w[0]).collect::<Vec<_>>()
        })
        .collect();
    // The gutters, each with its middle, where a glued header piece is cut.
    let gutter_cuts: Vec<(usize, usize, usize)> = gutters.iter().map(|&(g0, g1)| (g0, g1, (g0 + g1) / 2)).collect();
    // Each line's cells, and whether it is a row of figures or a section's
    // (the lines other rows' cells wrap around).
    let mut laid: Vec<(usize, Vec<String>, Anchor)> = Vec::with_capacity(members.len());
    for (line, ps) in members {
        let mut cells = vec![String::new(); bounds.len() + 1];
        let header_line = spanning && !has_figures(&ps);
        let section = is_section_row(&ps);
        // (Out of line: a row with a figure in every column has them in
        // turn; another's each where it stands.)
        let figures: Vec<usize> = (1..ps.len()).filter(|&i| is_cell_figure(&ps[i])).collect();
        let first = figures.first().map_or(0, |&i| column(ps[i].start));
        let in_turn = figures.len() + first == bounds.len() + 1 || figures.len() + first == bounds.len();
        for (i, p) in ps.iter().enumerate() {
            let whole = gutters.iter().all(|&(g0, g1)| p.end <= g0 || p.start >= g1);
            if jittered {
                let at = match figures.iter().position(|&f| f == i) {
                    Some(n) if in_turn => first + n,
                    Some(_) => column((p.start + p.end) / 2),
                    None => column(p.start),
                };
                push_word(&mut cells[at.min(bounds.len())], p.text);
            } else if whole || section {
                push_word(&mut cells[column(p.start)], p.text);
            } else if header_line {
                // (A header piece across a gutter stays whole, a cell over
                // several columns, unless it opens where its column's
                // figures do and runs into the next one's, and no line of
                // the header parts the two: "tính (ước thực", two cells a
                // space apart, is cut at a space in the gutter.)
                let c = column(p.start);
                let glued = !parted.contains(&c)
                    && body_starts.get(c).and_then(|b| b.0).is_some_and(|s| s.abs_diff(p.start) <= 1)
                    && body_starts.get(c + 1).is_some_and(|&(s, n)| n >= 2 && s.is_some_and(|s| p.end > s));
                if glued {
                    for (start, part) in cut_piece(*p, &gutter_cuts) {
                        push_word(&mut cells[column(start)], part);
                    }
                } else {
                    push_word(&mut cells[c], p.text);
                }
            } else {
                let mut col = p.start;
                for w in p.text.split(' ') {
                    let width = w.chars().filter(|&c| !unicode_normalization::char::is_combining_mark(c)).count();
                    if !w.is_empty() {
                        push_word(&mut cells[column(col + width / 2)], w);
                    }
                    col += width + 1;
                }
            }
        }
        // A scan's stray bar at a cell's end is no part of it.
        for c in &mut cells {
            let t = c.trim_end_matches(['|', ' ']);
            if t.len() != c.len() {
                *c = t.to_string();
            }
        }
        if cells.iter().all(String::is_empty) {
            continue;
        }
        let anchor = if section {
            Anchor::Section
        } else if cells.iter().skip(1).any(|c| is_figure(c)) {
            Anchor::Figures
        } else {
            Anchor::No
        };
        laid.push((line, cells, anchor));
    }
    // A header cell centred on its lines opens above the block's first
    // line ("Giao chỉ" / "STT  Chỉ tiêu  Đơn vị chủ trì  ·  Ghi chú" /
    // "tiêu"): the lines just above (up to three), each of one or two
    // pieces, when its words fall each in a cell the line under it
    // leaves blank, and across no gutter, are the header's ("Đơn vị
    // tính: %" over the last column is not).
    // (The first line the header takes: its row's.)
    let mut top = start;
    if let Some((_, first, Anchor::No)) = laid.first_mut().filter(|(l, ..)| *l == start && !jittered) {
        let mut under: Vec<bool> = first.iter().map(|c| !c.is_empty()).collect();
        let mut j = start;
        while start - j < 3 {
            // (Not the appendix's title or caption: "PHỤ LỤC", "(Kèm theo …)".)
            let caption = |a: usize| lines[a].trim_start().starts_with('(') || crate::segment::is_appendix_start(lines[a]);
            let Some(a) = j.checked_sub(1).filter(|&a| a >= free && (1..=2).contains(&counts[a]) && !is_page_number(lines[a]) && !caption(a)) else {
                break;
            };
            // (Two cells a single space apart, "Đơn vị năm 2024" over "tính"
            // and "(ước thực": a piece across a column's bound is cut at
            // the space nearest it.)
            let mut placed: Vec<(usize, String)> = Vec::new();
            for p in pieces(lines[a]) {
                if p.text.contains(':') || is_figure(p.text) {
                    placed.clear();
                    break;
                }
                if gutters.iter().all(|&(g0, g1)| p.end <= g1 || p.start >= g0) {
                    placed.push((column(p.start), p.text.to_string()));
                    continue;
                }
                let within: Vec<(usize, usize, usize)> = bounds.iter().filter(|&&b| p.start < b && b < p.end).map(|&b| (p.start, p.end, b)).collect();
                placed.extend(cut_piece(p, &within).into_iter().map(|(start, part)| (column(start), part.to_string())));
            }
            if placed.is_empty() || placed.iter().any(|&(c, _)| under[c]) {
                break;
            }
            under.iter_mut().for_each(|u| *u = false);
            top = a;
            for (c, text) in placed {
                under[c] = true;
                first[c] = if first[c].is_empty() { text } else { format!("{text} {}", first[c]) };
            }
            j = a;
        }
    }
    let anchored = index_anchored(&mut laid);
    *centred = lift_centred(&mut laid, *centred);
    if anchored {
        settle_below(&mut laid);
    }
    if jittered {
        merge_header(&mut laid);
    }
    let mut table = Table::default();
    for (line, cells, _) in laid {
        if cells.iter().all(String::is_empty) {
            continue;
        }
        // (Under a header, the first or one repeated after a page break:
        // a row of no figure.)
        let in_header = table.rows.last().is_some_and(|r| !r.cells.iter().any(|c| is_figure(c)));
        match table.rows.last_mut() {
            Some(prev) if continues(&prev.cells, &cells) || in_header && header_goes_on(&prev.cells, &cells) => {
                for (p, c) in prev.cells.iter_mut().zip(cells) {
                    join_wrapped(p, &c);
                }
            }
            _ => table.rows.push(Row { cells, line, page: None }),
        }
    }
    // (The header's row opens on the first line it took from above.)
    if let Some(first) = table.rows.first_mut().filter(|r| r.line == start) {
        first.line = top;
    }
    drop_speck_columns(&mut table);
    // A line of one word or so under the last row, no figure, is the
    // page's foot ("CamScanner"), not a row.
    while table
        .rows
        .last()
        .is_some_and(|r| r.cells.iter().filter(|c| !c.is_empty()).count() <= 1 && !r.cells.iter().any(|c| is_figure(c)))
    {
        table.rows.pop();
    }
    Some((table, next))
}

/// A piece cut at spaces between its words: for each `(lo, hi, at)`
/// the piece runs across, at the space in columns `lo..hi` nearest `at`.
/// Each part with the column it starts at.
fn cut_piece<'a>(p: Piece<'a>, within: &[(usize, usize, usize)]) -> Vec<(usize, &'a str)> {
    // (Each space's column and byte.)
    let mut spaces = Vec::new();
    let mut col = p.start;
    for (b, ch) in p.text.char_indices() {
        if ch == ' ' {
            spaces.push((col, b));
        }
        if !unicode_normalization::char::is_combining_mark(ch) {
            col += 1;
        }
    }
    let mut cuts: Vec<(usize, usize)> = within
        .iter()
        .filter(|&&(lo, hi, _)| p.start < hi && lo < p.end)
        .filter_map(|&(lo, hi, at)| spaces.iter().filter(|s| lo <= s.0 && s.0 < hi).min_by_key(|s| s.0.abs_diff(at)).copied())
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut from = (p.start, 0);
    for (c, b) in cuts.into_iter().chain([(p.end, p.text.len())]) {
        let part = p.text[from.1..b].trim();
        if !part.is_empty() {
            out.push((from.0, part));
        }
        from = (c + 1, (b + 1).min(p.text.len()));
    }
    out
}

/// A figure or a blank's mark ("x", "-"): what a cell of figures holds.
fn is_cell_figure(p: &Piece) -> bool {
    is_figure(p.text) || matches!(p.text, "x" | "X" | "-" | "—" | "–")
}

/// The column bounds of a block whose columns of figures are out of line
/// from row to row (see [`block`]): the bounds left of the figures as
/// `bounds` has them, one where the figures open, one between each two
/// clusters of the figures' middles, and one after the last when words
/// stand past it (a note). None unless a third of the rows of figures or
/// more have two figures in one of `bounds`' columns.
fn figure_columns(members: &[(usize, Vec<Piece>)], bounds: &[usize]) -> Option<Vec<usize>> {
    let column = |mid: usize| bounds.iter().filter(|&&b| mid >= b).count();
    let mid = |p: &Piece| (p.start + p.end) / 2;
    let rows: Vec<&Vec<Piece>> = members.iter().map(|(_, ps)| ps).filter(|ps| has_figures(ps)).collect();
    let merged = rows
        .iter()
        .filter(|ps| {
            let cols: Vec<usize> = ps.iter().skip(1).filter(|p| is_figure(p.text)).map(|p| column(mid(p))).collect();
            cols.windows(2).any(|w| w[0] == w[1])
        })
        .count();
    if rows.len() < MIN_ROWS || merged * 3 < rows.len() {
        return None;
    }
    // Each row's figures (past its index).
    let figures: Vec<Vec<&Piece>> = rows.iter().map(|ps| ps.iter().skip(1).filter(|p| is_cell_figure(p)).collect()).collect();
    // As many columns as the fullest rows have figures, each where their
    // figures stand on average; between two, a bound halfway.
    let k = figures.iter().map(Vec::len).max()?;
    let full: Vec<&Vec<&Piece>> = figures.iter().filter(|f| f.len() == k).collect();
    if k < 2 || full.len() < 2 {
        return None;
    }
    let centres: Vec<usize> = (0..k).map(|i| full.iter().map(|f| mid(f[i])).sum::<usize>() / full.len()).collect();
    if centres.windows(2).any(|w| w[1] < w[0] + 4) {
        return None;
    }
    let opens = figures.iter().flatten().map(|p| p.start).min()?;
    let ends = figures.iter().flatten().map(|p| p.end).max()?;
    let mut out: Vec<usize> = bounds.iter().copied().filter(|&b| b < opens).collect();
    // (The index's column too, where the jitter closed its gutter: past
    // the rows' indexes, before their names.)
    if out.is_empty() {
        let indexes: Vec<&Piece> = rows.iter().filter_map(|ps| ps.first().filter(|p| crate::text::is_index_cell(p.text))).collect();
        let end = indexes.iter().map(|p| p.end).max();
        let names = rows.iter().filter_map(|ps| ps.get(1).filter(|p| !is_cell_figure(p))).map(|p| p.start).min();
        if let (Some(end), Some(names)) = (end, names) {
            if indexes.len() * 2 >= rows.len() && end < names {
                out.push(end);
            }
        }
    }
    out.push(opens);
    out.extend(centres.windows(2).map(|w| (w[0] + w[1]) / 2 + 1));
    if members.iter().any(|(_, ps)| ps.iter().skip(1).any(|p| !is_cell_figure(p) && p.start > ends)) {
        out.push(ends + 1);
    }
    Some(out)
}

/// A header's lines before the first row, one row: each cell's lines
/// (the header of a table laid out centred, or out of line).
fn merge_header(laid: &mut [(usize, Vec<String>, Anchor)]) {
    let head = laid.iter().position(|l| l.2 != Anchor::No).unwrap_or(0);
    for j in 1..head {
        let more = std::mem::take(&mut laid[j].1);
        for (cell, m) in laid[0].1.iter_mut().zip(more) {
            join_wrapped(cell, &m);
        }
    }
}

/// What a laid-out line is to the lines around it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Anchor {
    /// A row of figures.
    Figures,
    /// A section's row ("II  Số hóa hồ sơ …").
    Section,
    No,
}

/// `pdftotext -layout` centres a row's cells on the line of its figures:
/// a cell of several lines opens above that line ("Tỷ lệ dịch vụ công
/// trực tuyến phát" / " 2            70%   80%" / "sinh hồ sơ"). A table
/// so laid out shows it in a row of figures with an index whose name is
/// empty or opens in lower case under a name's line. Then, between two
/// rows, each column's lines nearer the lower row (or as near, opening
/// in a capital) are that row's beginning. A table whose names open on
/// their rows' lines is left as it is.
fn lift_centred(laid: &mut [(usize, Vec<String>, Anchor)], before: bool) -> bool {
    let rows: Vec<usize> = (0..laid.len()).filter(|&i| laid[i].2 != Anchor::No).collect();
    let opens_low = |c: &str| c.is_empty() || c.starts_with(char::is_lowercase);
    let centred = before
        || rows.windows(2).any(|w| {
            let (a, b) = (w[0], w[1]);
            let cells = &laid[b].1;
            laid[b].2 == Anchor::Figures
                && cells.len() > 2
                && crate::text::is_index_cell(&cells[0])
                && opens_low(&cells[1])
                && (a + 1..b).any(|j| laid[j].1.get(1).is_some_and(|c| c.starts_with(char::is_uppercase)))
        });
    if !centred {
        return false;
    }
    // The first row's cells may open among the header's lines: those
    // nearer it than the header's fullest line are its.
    if let Some(&b) = rows.first() {
        if let Some(top) = (0..b).rev().max_by_key(|&j| laid[j].1.iter().filter(|c| !c.is_empty()).count()) {
            lift_into(laid, top, b, Lift::Strict);
        }
    }
    // The header's cells are so centred too.
    merge_header(laid);
    for w in rows.windows(2) {
        // (A section's row is a line: what follows it is the next row's.)
        let how = if laid[w[0]].2 == Anchor::Section { Lift::All } else { Lift::Nearer };
        lift_into(laid, w[0], w[1], how);
    }
    true
}

/// Which of the lines between two rows [`lift_into`] gives the lower.
#[derive(Clone, Copy, PartialEq)]
enum Lift {
    /// Every one.
    All,
    /// Those nearer it, or as near and opening in a capital.
    Nearer,
    /// Those nearer it.
    Strict,
}

/// Gives row `b` of `laid` the beginning of each of its cells that opens
/// on the lines after row `a`: in each column, the lines from the first
/// `how` gives it.
fn lift_into(laid: &mut [(usize, Vec<String>, Anchor)], a: usize, b: usize, how: Lift) {
    if laid[b].2 != Anchor::Figures || b - a < 2 {
        return;
    }
    let (la, lb) = (laid[a].0, laid[b].0);
    // (A section's row is a line: the lines before it are the row above's.)
    let next = laid[b + 1..].iter().find(|l| l.2 != Anchor::No).filter(|l| l.2 != Anchor::Section).map_or(usize::MAX, |l| l.0);
    for c in 0..laid[b].1.len() {
        // (A cell so centred has as many lines below its row's line as
        // above: a line as near the row above is the lower's only if the
        // column has as many lines under the lower, as near it as the
        // next row or nearer, as from that line down to it.)
        let holds = |l: &(usize, Vec<String>, Anchor)| l.1.get(c).is_some_and(|t| !t.is_empty());
        let below = || {
            laid[b + 1..]
                .iter()
                .take_while(|l| l.2 == Anchor::No && l.0 - lb <= next.saturating_sub(l.0))
                .filter(|l| holds(l))
                .count()
        };
        let centred_on_b = |j: usize| laid[j..b].iter().filter(|l| holds(l)).count() == below();
        let lower = |j: usize| {
            let (lj, t) = (laid[j].0, laid[j].1.get(c).map_or("", String::as_str));
            !t.is_empty() && (how == Lift::All || lb - lj < lj - la || how == Lift::Nearer && lb - lj == lj - la && t.starts_with(char::is_uppercase) && centred_on_b(j))
        };
        let Some(from) = (a + 1..b).find(|&j| lower(j)) else { continue };
        let mut cell = String::new();
        for (_, cells, _) in &mut laid[from..b] {
            if let Some(t) = cells.get_mut(c) {
                join_wrapped(&mut cell, &std::mem::take(t));
            }
        }
        let own = std::mem::take(&mut laid[b].1[c]);
        join_wrapped(&mut cell, &own);
        laid[b].1[c] = cell;
    }
}

/// Rows whose cells are centred each on its own middle: the index, one
/// line high, stands on another line than a figure two lines high
/// ("1  tổng số hồ sơ …" / "   và UBND huyện   60%"). Where some row
/// so shows it, every row's line is its index's: those of figures and no
/// index within two lines of one are not rows.
fn index_anchored(laid: &mut [(usize, Vec<String>, Anchor)]) -> bool {
    let indexed = |l: &(usize, Vec<String>, Anchor)| l.2 != Anchor::Section && l.1.len() > 2 && crate::text::is_index_cell(&l.1[0]);
    let bare_figures = |l: &(usize, Vec<String>, Anchor)| l.2 == Anchor::Figures && l.1[0].is_empty();
    // (Lines two apart or less: at most two entries apart, one a line.)
    let around = |i: usize| i.saturating_sub(2)..(i + 3).min(laid.len());
    let near = |i: usize, j: usize| laid[i].0.abs_diff(laid[j].0) <= 2;
    let shown = (0..laid.len()).any(|i| indexed(&laid[i]) && laid[i].2 == Anchor::No && around(i).any(|j| bare_figures(&laid[j]) && near(i, j)));
    if !shown {
        return false;
    }
    let rows: Vec<usize> = (0..laid.len()).filter(|&i| indexed(&laid[i])).collect();
    let demoted: Vec<usize> = (0..laid.len()).filter(|&j| bare_figures(&laid[j]) && around(j).any(|i| indexed(&laid[i]) && near(i, j))).collect();
    for j in demoted {
        laid[j].2 = Anchor::No;
    }
    for i in rows {
        laid[i].2 = Anchor::Figures;
    }
    true
}

/// In a table whose rows are their indexes' lines ([`index_anchored`]),
/// the lines under a row that the next did not take (its figures among
/// them) are that row's; under the last row, those within two lines.
fn settle_below(laid: &mut [(usize, Vec<String>, Anchor)]) {
    let rows: Vec<usize> = (0..laid.len()).filter(|&i| laid[i].2 == Anchor::Figures).collect();
    for (n, &r) in rows.iter().enumerate() {
        let end = rows.get(n + 1).copied().unwrap_or(laid.len());
        for j in r + 1..end {
            if laid[j].2 != Anchor::No || rows.get(n + 1).is_none() && laid[j].0 - laid[r].0 > 2 {
                break;
            }
            let more = std::mem::take(&mut laid[j].1);
            for (cell, m) in laid[r].1.iter_mut().zip(more) {
                join_wrapped(cell, &m);
            }
        }
    }
}

/// A line's pieces after its first (a row's name) hold a figure.
/// A section's row: its mark ("B", "II.") and its name, no figure.
fn is_section_row(ps: &[Piece]) -> bool {
    let [mark, name] = ps else { return false };
    let mark = mark.text.trim_end_matches(['.', ')']);
    let lettered = mark.chars().count() == 1 && mark.chars().all(|c| c.is_ascii_uppercase() || c == 'Đ');
    let roman = !mark.is_empty() && mark.len() <= 5 && mark.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
    (lettered || roman) && name.text.chars().any(char::is_alphabetic) && !name.text.chars().any(|c| c.is_ascii_digit())
}

fn has_figures(ps: &[Piece]) -> bool {
    ps.iter().skip(1).any(|p| is_figure(p.text))
}

/// A column holding no letter or digit in any row, its header included,
/// is a scan's specks ("»" beside one row), not a column.
fn drop_speck_columns(t: &mut Table) {
    let width = t.rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    let specks: Vec<usize> = (0..width)
        .filter(|&c| t.rows.iter().all(|r| r.cells.get(c).is_none_or(|x| !x.contains(char::is_alphanumeric))))
        .collect();
    if specks.is_empty() || specks.len() == width {
        return;
    }
    for r in &mut t.rows {
        for &c in specks.iter().rev() {
            if c < r.cells.len() {
                r.cells.remove(c);
            }
        }
    }
}

fn push_word(cell: &mut String, w: &str) {
    if !cell.is_empty() {
        cell.push(' ');
    }
    cell.push_str(w);
}

/// A line goes on with the row above when its first cell is empty, it
/// holds no figure, and each of its cells sits under a filled one: a
/// header's cells or a name wrapped. A row of numbers only (the columns'
/// numbers, "(1) (2) (3)") is never wrapped: a name under it goes on from
/// the row before a page break. Nor is a figure: words under one are
/// something else (a scan's footer, "CamScanner").
fn continues(prev: &[String], cells: &[String]) -> bool {
    !crate::text::is_column_numbers(prev) && cells[0].is_empty() && cells.iter().zip(prev).all(|(c, p)| c.is_empty() || (!p.is_empty() && !is_figure(c) && !is_figure(p)))
}

/// A line under a table's header row that goes on with it though
/// it holds a share: the default a long header writes ("… tối thiểu" /
/// "80%"), each cell under a filled one, no index, no name.
/// (Or, holding no figure, a header's first cell wrapped: "Số" / "TT",
/// no section's mark; or its years, "Năm" over "2025".)
fn header_goes_on(prev: &[String], cells: &[String]) -> bool {
    let under = cells
        .iter()
        .zip(prev)
        .all(|(c, p)| c.is_empty() || !p.is_empty() && !is_figure(p) && (!is_figure(c) || c.ends_with('%') || is_year(c)));
    let wrapped_first = !cells[0].is_empty() && !crate::text::is_index_cell(&cells[0]) && !cells.iter().any(|c| is_figure(c));
    cells.len() > 2 && (cells[0].is_empty() || wrapped_first) && cells[1].is_empty() && under
}

/// A year alone ("2025" under "Năm"): a header's word, no value.
fn is_year(s: &str) -> bool {
    s.len() == 4 && (s.starts_with("19") || s.starts_with("20")) && s.bytes().all(|b| b.is_ascii_digit())
}

/// A figure, maybe with an OCR slip of a letter for a digit ("8O", "l00").
fn is_figure(s: &str) -> bool {
    let s = s.trim_end_matches('%').trim_end();
    s.chars().any(|c| c.is_ascii_digit()) && s.chars().all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | 'O' | 'o' | 'l' | 'I'))
}

/// Appends a cell's next line: a word broken with a hyphen ("tuy-" +
/// "ến") is joined whole.
fn join_wrapped(cell: &mut String, more: &str) {
    if more.is_empty() {
        return;
    }
    let broken = cell.strip_suffix('-').is_some_and(|c| c.ends_with(char::is_alphabetic)) && more.starts_with(char::is_lowercase);
    if broken {
        cell.pop();
    } else if !cell.is_empty() {
        cell.push(' ');
    }
    cell.push_str(more);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(t: &Table) -> Vec<Vec<&str>> {
        t.rows.iter().map(|r| r.cells.iter().map(String::as_str).collect()).collect()
    }

    #[test]
    fn a_header_over_several_columns_leaves_them_to_the_figures() {
        let text = "\
STT  Tên đơn vị            Tỷ lệ thanh toán        Ghi chú
                           trực tuyến (%)
                           Năm 2025    Năm 2026
1    Sở Tư pháp            6O          70          Không thu
2    Sở Y tế               65          75
3    UBND huyện A          40          55
";
        let t = tables(&text.lines().collect::<Vec<_>>());
        assert_eq!(
            cells(&t[0]),
            vec![
                vec!["STT", "Tên đơn vị", "Tỷ lệ thanh toán trực tuyến (%)", "", "Ghi chú"],
                vec!["", "", "Năm 2025", "Năm 2026", ""],
                vec!["1", "Sở Tư pháp", "6O", "70", "Không thu"],
                vec!["2", "Sở Y tế", "65", "75", ""],
                vec!["3", "UBND huyện A", "40", "55", ""],
            ]
        );
        // A page's number between two rows of figures parts no block: the
        // one row on the first page has the block's columns.
        let paged = text.replacen("Không thu\n", "Không thu\n\nTrang 2\n\n", 1);
        let p = tables(&paged.lines().collect::<Vec<_>>());
        assert_eq!(p.len(), 1);
        assert_eq!(cells(&p[0]), cells(&t[0]));
    }

    #[test]
    fn a_sections_row_and_names_past_the_header_keep_the_columns() {
        // Short names under a header set far right of the index, a section's
        // row across the columns, then longer names: one name column.
        let text = "\
 STT             Tên đơn vị               Tỷ lệ hồ sơ      Tỷ lệ thanh toán
                                         trực tuyến (%)    trực tuyến (%)

 10    Sở Y tế                                  70%                40%
 11    Sở Nội vụ                                80%                50%
 B     UBND các huyện, thành phố
 1     Thành phố Bắc Kạn                        80%                50%
 2     Huyện Bạch Thông                         70%                40%
";
        let t = tables(&text.lines().collect::<Vec<_>>());
        assert_eq!(t.len(), 1);
        let c = cells(&t[0]);
        assert_eq!(c[0], vec!["STT", "Tên đơn vị", "Tỷ lệ hồ sơ trực tuyến (%)", "Tỷ lệ thanh toán trực tuyến (%)"]);
        assert_eq!(c[1], vec!["10", "Sở Y tế", "70%", "40%"]);
        assert_eq!(c[3], vec!["B", "UBND các huyện, thành phố", "", ""]);
        assert_eq!(c[4], vec!["1", "Thành phố Bắc Kạn", "80%", "50%"]);
    }

    #[test]
    fn a_page_number_inside_a_header_parts_no_block() {
        let text = "\
STT  Tên đơn vị            Tỷ lệ hồ sơ      Tỷ lệ thanh toán
                           được xử lý       hồ sơ TTHC
                           trực tuyến       trực tuyến
(1)  (2)                   (3)              (4)
1    Sở Tư pháp            60               70
2    Sở Y tế               65               75
";
        let t = tables(&text.lines().collect::<Vec<_>>());
        assert_eq!(t.len(), 1);
        assert_eq!(cells(&t[0])[2], ["1", "Sở Tư pháp", "60", "70"]);
        let paged = text.replacen("hồ sơ TTHC\n", "hồ sơ TTHC\n\nTrang 2\n\n", 1);
        let p = tables(&paged.lines().collect::<Vec<_>>());
        assert_eq!(p.len(), 1);
        assert_eq!(cells(&p[0]), cells(&t[0]));
    }

    #[test]
    fn a_scans_specks_and_foot_are_no_cells() {
        let text = "\
STT  Tên đơn vị               Tỷ lệ hồ sơ   Tỷ lệ thanh toán
1    Phòng Đất đai            50            40
2    Phòng Tài nguyên nước    6O            45   »
3    Chi nhánh Văn phòng      60            45

                                           CamScanner
";
        let t = tables(&text.lines().collect::<Vec<_>>());
        assert_eq!(
            cells(&t[0]),
            [
                vec!["STT", "Tên đơn vị", "Tỷ lệ hồ sơ", "Tỷ lệ thanh toán"],
                vec!["1", "Phòng Đất đai", "50", "40"],
                vec!["2", "Phòng Tài nguyên nước", "6O", "45"],
                vec!["3", "Chi nhánh Văn phòng", "60", "45"],
            ]
        );
    }

    #[test]
    fn a_row_cut_by_a_page_number_keeps_its_cells_and_a_page_foot_is_dropped() {
        let text = "\
STT  Tên đơn vị                 Tỷ lệ hồ sơ   Tỷ lệ thanh toán   Ghi chú
1    Sở Tư pháp                 99            60
2    Sở Lao động - Thương binh  98            50                 TTHC không

Trang 2

     và Xã hội                                                   thu phí
3    Sở Y tế                    97            55

                                              CamScanner

                                       4

4    Sở Nội vụ                  96            45
";
        let t = tables(&text.lines().collect::<Vec<_>>());
        assert_eq!(t.len(), 1);
        let c = cells(&t[0]);
        assert_eq!(c[2], ["2", "Sở Lao động - Thương binh và Xã hội", "98", "50", "TTHC không thu phí"]);
        assert_eq!(c[4], ["4", "Sở Nội vụ", "96", "45", ""]);
        assert_eq!(c.len(), 5);
    }

    #[test]
    fn markdown_pipe_rows_are_no_spaced_rows() {
        let text = "\
| STT | Đơn vị | Tỷ lệ hồ sơ (%) |   | Ghi chú |
|:---:|:---|:---:|:---:|:---|
|  |  | Chỉ tiêu đã giao | Chỉ tiêu điều chỉnh |  |
| 1 | Sở Tư pháp | 60 | 45 |   |";
        let lines: Vec<&str> = text.lines().collect();
        assert!(tables(&lines).is_empty());
    }

    #[test]
    fn a_name_under_the_column_numbers_is_no_part_of_them() {
        let text = "\
  STT  Tên đơn vị           Tỷ lệ hồ sơ   Tỷ lệ thanh
  (1)  (2)                  (3)           (4)
       Xã hội
  5    Sở Tư pháp           80            60

Sau bảng là văn bản thường.";
        let lines: Vec<&str> = text.lines().collect();
        let t = tables(&lines);
        assert_eq!(t.len(), 1);
        assert_eq!(cells(&t[0])[1], ["(1)", "(2)", "(3)", "(4)"]);
        assert_eq!(cells(&t[0])[2], ["", "Xã hội", "", ""]);
    }

    #[test]
    fn a_wrapped_header_and_a_wrapped_name_are_one_row_each() {
        let text = "\
Phụ lục
  STT  Tên đơn vị           Tỷ lệ hồ sơ   Tỷ lệ thanh   Ghi chú
                            trực tuy-     toán trực
                            ến (%)        tuyến (%)
  I    SỞ, BAN, NGÀNH
  1    Sở Tư pháp           8O            60
  2    Sở Lao động -        70            x             Không thu
       Thương binh và                                   phí
       Xã hội
  3    Sở Y tế              65            45 |

Sau bảng là văn bản thường.";
        let lines: Vec<&str> = text.lines().collect();
        let t = tables(&lines);
        assert_eq!(t.len(), 1);
        assert_eq!(
            cells(&t[0]),
            vec![
                vec!["STT", "Tên đơn vị", "Tỷ lệ hồ sơ trực tuyến (%)", "Tỷ lệ thanh toán trực tuyến (%)", "Ghi chú"],
                vec!["I", "SỞ, BAN, NGÀNH", "", "", ""],
                vec!["1", "Sở Tư pháp", "8O", "60", ""],
                vec!["2", "Sở Lao động - Thương binh và Xã hội", "70", "x", "Không thu phí"],
                vec!["3", "Sở Y tế", "65", "45", ""],
            ]
        );
        assert_eq!(t[0].rows.iter().map(|r| r.line).collect::<Vec<_>>(), vec![1, 4, 5, 6, 9]);
    }

    #[test]
    fn columns_out_of_line_are_where_their_figures_stand() {
        // An OCR engine's page: each row's figures a few characters off
        // (no gutter between the columns), a blank cell, a page's number
        // after two blank lines.
        let text = "\
 STT  Tên đơn vị          Tỷ lệ hồ  Tỷ lệ    Ghi chú
                          sơ (%)    thanh toán
 1    Sở Tư pháp          70      50
 2    Sở Xây dựng            60      45      Không thu
                                             phí
 3    Sở Công Thương       75
 4    Sở Y tế                 60    45


                              7

 5    Sở Nội vụ           70     55
";
        let lines: Vec<&str> = text.lines().collect();
        let t = tables(&lines);
        assert_eq!(t.len(), 1);
        let rows = cells(&t[0]);
        assert_eq!(
            rows[rows.len().saturating_sub(5)..],
            vec![
                vec!["1", "Sở Tư pháp", "70", "50", ""],
                vec!["2", "Sở Xây dựng", "60", "45", "Không thu phí"],
                vec!["3", "Sở Công Thương", "75", "", ""],
                vec!["4", "Sở Y tế", "60", "45", ""],
                vec!["5", "Sở Nội vụ", "70", "55", ""],
            ]
        );
    }

    #[test]
    fn cells_centred_on_their_rows_line_are_that_rows() {
        // pdftotext -layout: a cell centred on its row's line of figures,
        // its name above and below; a row "2   50   45" is no page number.
        let text = "\
 STT  Tên đơn vị                Tỷ lệ hồ sơ    Tỷ lệ thanh     Ghi chú
                                trực tuyến     toán
 A    Sở, ban, ngành
  1   Sở Tư pháp                50             45
      Sở Lao động - Thương
  2                             50             45
      binh và Xã hội
  3   Sở Nội vụ                 60             50              Không thu
                                                               phí
";
        let lines: Vec<&str> = text.lines().collect();
        let t = tables(&lines);
        assert_eq!(t.len(), 1);
        assert_eq!(
            cells(&t[0]),
            vec![
                vec!["STT", "Tên đơn vị", "Tỷ lệ hồ sơ trực tuyến", "Tỷ lệ thanh toán", "Ghi chú"],
                vec!["A", "Sở, ban, ngành", "", "", ""],
                vec!["1", "Sở Tư pháp", "50", "45", ""],
                vec!["2", "Sở Lao động - Thương binh và Xã hội", "50", "45", ""],
                vec!["3", "Sở Nội vụ", "60", "50", "Không thu phí"],
            ]
        );
        // Names on their rows' lines: a name's second line is the row's
        // above it.
        let text = "\
 STT  Tên đơn vị        Tỷ lệ hồ sơ    Tỷ lệ thanh
  1   Sở Tư pháp        50             45
  2   Sở Lao động -     50             45
      Thương binh
  3   Sở Nội vụ         60             50
";
        let lines: Vec<&str> = text.lines().collect();
        let t = tables(&lines);
        assert_eq!(cells(&t[0])[2], vec!["2", "Sở Lao động - Thương binh", "50", "45"]);
    }

    #[test]
    fn a_centred_cell_before_a_section_s_row_keeps_its_lines_below() {
        // The last row before "II" has as many lines of its last cell
        // below its figures as above them: all are its own, and the row
        // above keeps its own lines below it.
        let text = "\
STT   Chỉ tiêu                        Năm 2025   Cơ quan chủ trì
 I    Dịch vụ công trực tuyến
                                                 Các cơ quan
                                                 chuyên môn thuộc
 1    Tỷ lệ hồ sơ trực tuyến toàn     50         UBND huyện;
      trình                                      UBND các xã, thị
                                                 trấn
                                                 Các cơ quan
                                                 chuyên môn thuộc
      Tỷ lệ hồ sơ thanh toán trực
 2                                    60         UBND huyện;
      tuyến
                                                 UBND các xã, thị
                                                 trấn
II    Số hóa hồ sơ
 3    Tỷ lệ số hóa hồ sơ              80         Văn phòng
";
        let lines: Vec<&str> = text.lines().collect();
        let t = tables(&lines);
        assert_eq!(t.len(), 1);
        let owners: Vec<String> = cells(&t[0]).iter().map(|r| r.last().unwrap().to_string()).collect();
        assert_eq!(owners[2], "Các cơ quan chuyên môn thuộc UBND huyện; UBND các xã, thị trấn", "{:?}", cells(&t[0]));
        assert_eq!(owners[3], "Các cơ quan chuyên môn thuộc UBND huyện; UBND các xã, thị trấn", "{:?}", cells(&t[0]));
    }

    #[test]
    fn rows_whose_cells_are_centred_each_on_its_own_middle_are_their_indexes_lines() {
        // pdftotext -layout of a grid whose every cell is centred: the
        // index one line high, the value two, the name three; a header
        // cell opening above the "STT" line; the first row's name opening
        // among the header's lines; a section's row before centred cells;
        // an index alone on its line, no page's number.
        let text = "\
PHỤ LỤC
                                                           Giao chỉ
STT              Chỉ tiêu                Đơn vị chủ trì                 Ghi chú
                                                             tiêu
 I     Cung cấp, sử dụng dịch vụ công trực tuyến
       Tỷ lệ hồ sơ trực tuyến trên
                                        Văn phòng HĐND     Tối thiểu   Bộ phận Một
 1     tổng số hồ sơ tiếp nhận, giải
                                        và UBND huyện        60%       cửa huyện
       quyết thủ tục hành chính
                                        Các cơ quan
       Tỷ lệ dịch vụ công trực                             Tối thiểu
 2                                      chuyên môn thuộc
       tuyến phát sinh hồ sơ                                 85%
                                        UBND huyện
       Tỷ lệ hồ sơ trực tuyến toàn
 3                                     Phòng Tư pháp         70%
       trình
       Tỷ lệ khai thác, sử dụng lại    Phòng Văn hóa và    Tối thiểu
 4
       thông tin, dữ liệu số hóa       Thông tin             50%
";
        let lines: Vec<&str> = text.lines().collect();
        let t = tables(&lines);
        assert_eq!(t.len(), 1);
        assert_eq!(
            cells(&t[0]),
            vec![
                vec!["STT", "Chỉ tiêu", "Đơn vị chủ trì", "Giao chỉ tiêu", "Ghi chú"],
                vec!["I", "Cung cấp, sử dụng dịch vụ công trực tuyến", "", "", ""],
                vec![
                    "1",
                    "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính",
                    "Văn phòng HĐND và UBND huyện",
                    "Tối thiểu 60%",
                    "Bộ phận Một cửa huyện"
                ],
                vec!["2", "Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ", "Các cơ quan chuyên môn thuộc UBND huyện", "Tối thiểu 85%", ""],
                vec!["3", "Tỷ lệ hồ sơ trực tuyến toàn trình", "Phòng Tư pháp", "70%", ""],
                vec!["4", "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa", "Phòng Văn hóa và Thông tin", "Tối thiểu 50%", ""],
            ]
        );
    }

    #[test]
    fn header_cells_opening_lines_above_the_stt_line_are_the_headers() {
        // Cells taller than the "STT" line's, centred: "Tỷ lệ thực hiện
        // chứng" two lines above its column's words, "Tỷ lệ hồ sơ trực
        // tuyến" one line above a column the "STT" line leaves blank,
        // wider than its figures; "Đơn vị tính: %" above is no cell.
        let text = "\
PHỤ LỤC
                    Đơn vị tính: %
                                                  Tỷ lệ thực hiện chứng
                    Tỷ lệ hồ sơ trực tuyến
STT  Tên đơn vị                                   thực bản sao điện tử
                     trên tổng số                  từ bản chính
 1   Sở Tư pháp            50                              100
 2   Sở Y tế               55                              90
 3   Sở Nội vụ             60                              80
";
        let lines: Vec<&str> = text.lines().collect();
        let t = tables(&lines);
        assert_eq!(t.len(), 1);
        assert_eq!(
            cells(&t[0])[0],
            vec!["STT", "Tên đơn vị", "Tỷ lệ hồ sơ trực tuyến trên tổng số", "Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính"]
        );
    }

    #[test]
    fn header_cells_a_single_space_apart_are_cut_where_the_columns_part() {
        // `pdftotext -layout`: "Đơn vị" and "năm 2024" (over "tính" and
        // "(ước thực"), a space apart, above the "STT" line; "Cơ quan chủ
        // trì" above it too.
        let text = "                                                      Kết quả     Chỉ tiêu giao
                                              Đơn vị năm 2024                           Cơ quan chủ trì
STT                 Chỉ tiêu                                      Năm      Năm
                                               tính (ước thực                             thực hiện
                                                       hiện)      2025     2026

(1)                    (2)                     (3)          (4)    (5)      (6)               (7)
 I    Cung cấp, sử dụng dịch vụ công trực tuyến
      Tỷ lệ hồ sơ trực tuyến trên tổng số                                             Các cơ quan
 1    hồ sơ tiếp nhận, giải quyết TTHC         %        48,6       65       80        chuyên môn thuộc
      thuộc thẩm quyền cấp huyện                                                      UBND huyện
      Tỷ lệ hồ sơ trực tuyến trên tổng số
                                                                                      UBND các xã, thị
 2    hồ sơ tiếp nhận, giải quyết TTHC         %        41,2       60       75
                                                                                      trấn
      thuộc thẩm quyền cấp xã
                                                                                      Các cơ quan
                                                                                      chuyên môn thuộc
 3    Tỷ lệ hồ sơ trực tuyến toàn trình        %        35,0       50       65        UBND huyện;
                                                                                      UBND các xã, thị
                                                                                      trấn
                                                                                      Các cơ quan
                                                                                      chuyên môn thuộc
      Tỷ lệ hồ sơ thanh toán trực tuyến
 4                                             %        32,4       50       60        UBND huyện;
      trên tổng số hồ sơ có thu phí, lệ phí
                                                                                      UBND các xã, thị
                                                                                      trấn
II    Số hóa hồ sơ, kết quả giải quyết TTHC
                                                                                      Bộ phận Tiếp nhận
      Tỷ lệ số hóa hồ sơ TTHC khi tiếp                                                và Trả kết quả
";
        let t = tables(&text.lines().collect::<Vec<_>>());
        assert_eq!(t.len(), 1);
        let rows = cells(&t[0]);
        assert_eq!(
            rows[0],
            vec!["STT", "Chỉ tiêu", "Đơn vị tính", "năm 2024 (ước thực hiện)", "Năm 2025", "Năm 2026", "Cơ quan chủ trì thực hiện"]
        );
        // (The header's row opens on the line it took from above.)
        assert_eq!(t[0].rows[0].line, 1);
        assert!(
            rows.iter().any(|r| r[..6]
                == [
                    "1",
                    "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC thuộc thẩm quyền cấp huyện",
                    "%",
                    "48,6",
                    "65",
                    "80"
                ]),
            "{rows:?}"
        );
    }

    #[test]
    fn a_new_pages_header_set_a_char_off_opens_a_table_of_its_own() {
        // As `pdftotext -layout` gives a table over a page break: the next
        // page's columns a char to the left, closing the narrow gutters,
        // its first line opened by a form feed.
        let text = "\
STT   Tên đơn   Tỷ lệ hồ   Tỷ lệ      Tỷ lệ số   Tỷ lệ cấp  Ghi chú
      vị        sơ trực    thanh      hóa kết    kết quả
                tuyến      toán trực  quả giải   điện tử
                trên tổng  tuyến      quyết      100%
                số hồ sơ   trên tổng  100%
                tối thiểu  số giao
                50%        dịch tối
                           thiểu 45%
1     Sở Công   50         45         100        100
      Thương
2     Sở Giáo   50         45         100        100
      dục và
      Đào tạo
3     Sở Tư     50         45         100        100
      pháp
\u{c}STT   Tên đơn  Tỷ lệ hồ   Tỷ lệ      Tỷ lệ số   Tỷ lệ cấp  Ghi chú
      vị       sơ trực    thanh      hóa kết    kết quả
               tuyến      toán trực  quả giải   điện tử
               trên tổng  tuyến      quyết      100%
               số hồ sơ   trên tổng  100%
               tối thiểu  số giao
               50%        dịch tối
                          thiểu 45%
4     Sở Y tế   60         40         100        90
5     Sở Nội    50         45         100        100
      vụ
6     Sở Tài    50         45         100        100
      chính";
        let lines: Vec<&str> = text.lines().collect();
        let t = tables(&lines);
        assert_eq!(t.len(), 2);
        let header = [
            "STT",
            "Tên đơn vị",
            "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tối thiểu 50%",
            "Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch tối thiểu 45%",
            "Tỷ lệ số hóa kết quả giải quyết 100%",
            "Tỷ lệ cấp kết quả điện tử 100%",
            "Ghi chú",
        ];
        for part in &t {
            assert_eq!(cells(part)[0], header);
        }
        let rows = cells(&t[1]);
        assert_eq!(rows[0][0], "STT");
        assert_eq!(rows[1], ["4", "Sở Y tế", "60", "40", "100", "90", ""]);
        assert_eq!(rows[3], ["6", "Sở Tài chính", "50", "45", "100", "100", ""]);
    }

    #[test]
    fn a_header_writing_its_defaults_goes_on_past_them_and_so_does_one_repeated() {
        // As `pdftotext -layout` gives a PDF's table: long headers wrapped
        // in narrow columns, a default ("tối thiểu" / "80%") among their
        // lines; the header written again after the page's rows.
        let text = "\
STT   Tên cơ     Tỷ lệ       Tỷ lệ số    Ghi chú
      quan       hồ sơ       hóa kết
                 trực        quả 100%
                 tuyến
                 tối thiểu
                 80%
1     Sở Tư      80          100
      pháp
2     Sở Y tế    75          100
STT   Tên cơ     Tỷ lệ       Tỷ lệ số    Ghi chú
      quan       hồ sơ       hóa kết
                 trực        quả 100%
                 tuyến 80%
3     Sở Nội vụ  70          100";
        let lines: Vec<&str> = text.lines().collect();
        let t = tables(&lines);
        assert_eq!(t.len(), 1);
        let header = ["STT", "Tên cơ quan", "Tỷ lệ hồ sơ trực tuyến tối thiểu 80%", "Tỷ lệ số hóa kết quả 100%", "Ghi chú"];
        let rows = cells(&t[0]);
        assert_eq!(rows[0], header);
        assert_eq!(rows[1], ["1", "Sở Tư pháp", "80", "100", ""]);
        assert_eq!(rows[3], ["STT", "Tên cơ quan", "Tỷ lệ hồ sơ trực tuyến 80%", "Tỷ lệ số hóa kết quả 100%", "Ghi chú"]);
        assert_eq!(rows[4], ["3", "Sở Nội vụ", "70", "100", ""]);
        // A header's first cell wrapped ("Số" / "TT") goes on too; a
        // section's row ("I  Triển khai …") does not.
        let text = "\
Số    Tên nhiệm vụ     Đơn vị chủ trì   Đơn vị tính   Giao chỉ tiêu
TT                     và phối hợp
I     Triển khai số
1     Tỷ lệ số hóa     Các phòng        %             30
2     Tỷ lệ trực       UBND các xã      %             20";
        let lines: Vec<&str> = text.lines().collect();
        let t = tables(&lines);
        let rows = cells(&t[0]);
        assert_eq!(rows[0], ["Số TT", "Tên nhiệm vụ", "Đơn vị chủ trì và phối hợp", "Đơn vị tính", "Giao chỉ tiêu"]);
        assert_eq!(rows[1][..2], ["I", "Triển khai số"]);
        // Under a row of figures, a share is no header's.
        assert!(!header_goes_on(
            &["1".into(), "Sở Y tế".into(), "75".into(), "100".into()],
            &["".into(), "".into(), "80%".into(), "".into()]
        ));
    }

    #[test]
    fn letterheads_signatures_and_prose_are_no_tables() {
        let text = "\
ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HÒA BÌNH            Độc lập - Tự do - Hạnh phúc
Số: 1/QĐ-UBND            Hòa Bình, ngày 5 tháng 3 năm 2024
Nơi nhận:                TM. ỦY BAN NHÂN DÂN
- Như Điều 3;            CHỦ TỊCH";
        let lines: Vec<&str> = text.lines().collect();
        assert!(tables(&lines).is_empty());
    }

    #[test]
    fn columns_count_chars_not_bytes_nor_combining_marks() {
        let nfd: String = unicode_normalization::UnicodeNormalization::nfd("Huyện  Đà Bắc  50").collect();
        let p = pieces(&nfd);
        assert_eq!(p.iter().map(|p| (p.start, p.end)).collect::<Vec<_>>(), vec![(0, 5), (7, 13), (15, 17)]);
        assert_eq!(p[2].text, "50");
    }
}
