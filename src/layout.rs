//! Layout: finds the tables that text forms carry and that no reader
//! delimited — tab-separated lines (with blank lines inside a table at page
//! breaks), the DOCX-to-text dump where each cell is its own tab-indented
//! line and a blank line ends a row, and markdown pipe tables.
//!
//! In: normalised lines plus the tables a reader already gave. Out: all
//! tables in line order, and for each line whether it belongs to a table.

use crate::read::{Line, Row, Table};

/// Lines and the tables found among them.
#[derive(Debug, Clone)]
pub struct Layout {
    /// All tables, in line order.
    pub tables: Vec<Table>,
    /// `in_table[i]`: line `i` shows part of a table.
    pub in_table: Vec<bool>,
}

/// Finds text-form tables among `lines`, keeping `given` (reader tables).
pub fn layout(lines: &[Line], given: Vec<Table>) -> Layout {
    let mut in_table = vec![false; lines.len()];
    for t in &given {
        for r in &t.rows {
            if let Some(f) = in_table.get_mut(r.line) {
                *f = true;
            }
        }
    }
    let mut tables = given;
    let mut i = 0;
    while i < lines.len() {
        if in_table[i] {
            i += 1;
            continue;
        }
        let text = &lines[i].text;
        let found = if is_pipe_row(text) {
            pipe_table(lines, i)
        } else if is_dump_cell(text) {
            dump_table(lines, i)
        } else if is_tsv_row(text) {
            tsv_table(lines, i)
        } else {
            None
        };
        match found {
            Some((t, end)) => {
                for f in in_table.iter_mut().take(end).skip(i) {
                    *f = true;
                }
                if t.rows.len() >= 2 {
                    tables.push(t);
                }
                i = end;
            }
            None => i += 1,
        }
    }
    tables.sort_by_key(|t| t.line_range().0);
    Layout { tables, in_table }
}

fn is_blank(s: &str) -> bool {
    s.trim().is_empty() && !s.contains('\t')
}

/// "a\tb": a tab between cells (not only a leading one).
fn is_tsv_row(s: &str) -> bool {
    s.trim_start_matches('\t').contains('\t')
}

/// "\tcell": the DOCX dump form, one cell a line.
fn is_dump_cell(s: &str) -> bool {
    s.starts_with('\t') && !s[1..].contains('\t')
}

fn is_pipe_row(s: &str) -> bool {
    let t = s.trim();
    t.starts_with('|') && t.matches('|').count() >= 2
}

fn tsv_cells(s: &str) -> Vec<String> {
    s.split('\t').map(|c| c.trim().to_string()).collect()
}

fn tsv_table(lines: &[Line], start: usize) -> Option<(Table, usize)> {
    let mut t = Table::default();
    let mut i = start;
    let mut end = start;
    while i < lines.len() {
        let text = &lines[i].text;
        if is_tsv_row(text) {
            t.rows.push(Row { cells: tsv_cells(text), line: i, page: lines[i].page });
            i += 1;
            end = i;
        } else if is_blank(text) {
            // A page break inside a table shows as blank lines.
            let next = (i..lines.len()).find(|&j| !is_blank(&lines[j].text));
            match next {
                Some(j) if is_tsv_row(&lines[j].text) && j - i <= 6 => i = j,
                _ => break,
            }
        } else {
            break;
        }
    }
    Some((t, end))
}

fn dump_table(lines: &[Line], start: usize) -> Option<(Table, usize)> {
    let mut t = Table::default();
    let mut i = start;
    let mut end = start;
    loop {
        // One row: a block of lines up to a blank line.
        if i >= lines.len() || !lines[i].text.starts_with('\t') {
            break;
        }
        let mut cells: Vec<String> = Vec::new();
        let row_line = i;
        while i < lines.len() && !is_blank(&lines[i].text) {
            let text = &lines[i].text;
            if let Some(cell) = text.strip_prefix('\t') {
                cells.push(cell.replace('\t', " ").trim().to_string());
            } else if let Some(last) = cells.last_mut() {
                // A cell's second line may come without its tab.
                if !last.is_empty() {
                    last.push(' ');
                }
                last.push_str(text.trim());
            }
            i += 1;
        }
        t.rows.push(Row { cells, line: row_line, page: lines[row_line].page });
        end = i;
        // Skip the blank lines ending the row; the table goes on if the
        // next block opens with a cell.
        let next = (i..lines.len()).find(|&j| !is_blank(&lines[j].text));
        match next {
            Some(j) if lines[j].text.starts_with('\t') && j - i <= 4 => i = j,
            _ => break,
        }
    }
    join_split_rows(&mut t);
    Some((t, end))
}

/// In the dump form a blank line inside a cell splits a row in two; two
/// short rows whose cells add up to the table's width are one row.
fn join_split_rows(t: &mut Table) {
    let width = t.rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    let mut out: Vec<Row> = Vec::with_capacity(t.rows.len());
    for row in t.rows.drain(..) {
        if let Some(prev) = out.last_mut() {
            let first_empty = prev.cells.first().is_some_and(|c| c.is_empty());
            if prev.cells.len() < width && first_empty && prev.cells.len() + row.cells.len() == width {
                prev.cells.extend(row.cells);
                continue;
            }
        }
        out.push(row);
    }
    t.rows = out;
}

fn pipe_table(lines: &[Line], start: usize) -> Option<(Table, usize)> {
    let mut t = Table::default();
    let mut i = start;
    while i < lines.len() && is_pipe_row(&lines[i].text) {
        let s = lines[i].text.trim();
        let inner = s.strip_prefix('|').unwrap_or(s);
        let inner = inner.strip_suffix('|').unwrap_or(inner);
        let cells: Vec<String> = inner.split('|').map(|c| c.trim().to_string()).collect();
        let separator = cells.iter().all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')));
        if !separator {
            t.rows.push(Row { cells, line: i, page: lines[i].page });
        }
        i += 1;
    }
    Some((t, i))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(s: &str) -> Vec<Line> {
        s.lines().map(|l| Line { text: l.to_string(), page: None }).collect()
    }

    #[test]
    fn tsv_table_survives_a_page_break() {
        let l = lines("Tiêu đề\nSTT\tTên\tA\n1\tX\t80%\n\n\n2\tY\t70%\nHết");
        let lay = layout(&l, Vec::new());
        assert_eq!(lay.tables.len(), 1);
        assert_eq!(lay.tables[0].rows.len(), 3);
        assert_eq!(lay.tables[0].rows[2].cells, vec!["2", "Y", "70%"]);
        assert!(!lay.in_table[6]);
    }

    #[test]
    fn dump_rows_end_at_blank_lines_and_tab_only_lines_are_empty_cells() {
        let l = lines("\tSTT\n\tTên\n\tGiao\n\n\t1\n\tTỷ lệ\ntiếp theo\n\t\n\n\t\n\tKết quả\n\n\t100\nSau");
        let lay = layout(&l, Vec::new());
        let t = &lay.tables[0];
        assert_eq!(t.rows[0].cells, vec!["STT", "Tên", "Giao"]);
        assert_eq!(t.rows[1].cells, vec!["1", "Tỷ lệ tiếp theo", ""]);
        // The blank line inside the last row split it; it is joined back.
        assert_eq!(t.rows.len(), 3);
    }

    #[test]
    fn pipe_tables_drop_the_separator() {
        let l = lines("| STT | Tên |\n|---|---|\n| 1 | Sở Y tế |");
        let lay = layout(&l, Vec::new());
        assert_eq!(lay.tables[0].rows.len(), 2);
        assert_eq!(lay.tables[0].rows[1].cells, vec!["1", "Sở Y tế"]);
    }
}
