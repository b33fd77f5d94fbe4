//! A page's runs and ruling lines → lines and tables in reading order.
//!
//! Ruled grids (stroked lines or thin filled rectangles that cross) become
//! tables: each run goes to the cell under its middle, a cell that spans
//! columns keeps its text in its first column (empty strings in the
//! others), one that spans rows repeats it down (as the HTML reader does),
//! and a cell's lines are joined with a space. Text outside grids is
//! grouped by baseline and joined left to right with spaces from the gaps;
//! lines of three or more aligned gaps become a table too (an unruled
//! table); two blocks side by side whose lines do not pair up (the
//! letterhead, the signature block) are read left block first; a wide gap
//! within a line becomes a tab. Wrapped paragraph lines are joined.

use std::collections::HashMap;

use super::{Page, Run, Seg};
use crate::read::{Extracted, Line, Row, Table};

/// A ruled grid: column edges left to right, row edges top to bottom, and
/// the rules that make it.
struct Grid {
    xs: Vec<f64>,
    ys: Vec<f64>,
    vs: Vec<Seg>,
    hs: Vec<Seg>,
}

impl Grid {
    /// A vertical rule at column edge `j` through the middle of row `r`.
    fn vrule(&self, j: usize, r: usize) -> bool {
        let ym = (self.ys[r] + self.ys[r + 1]) / 2.0;
        self.vs.iter().any(|s| (s.x0 - self.xs[j]).abs() < 2.0 && s.y0.min(s.y1) <= ym && s.y0.max(s.y1) >= ym)
    }
    /// A horizontal rule at row edge `i` through the middle of column `c`.
    fn hrule(&self, i: usize, c: usize) -> bool {
        let xm = (self.xs[c] + self.xs[c + 1]) / 2.0;
        self.hs.iter().any(|s| (s.y0 - self.ys[i]).abs() < 2.0 && s.x0.min(s.x1) <= xm && s.x0.max(s.x1) >= xm)
    }
    /// The cell (top-left of its merged region) each grid cell belongs to.
    fn owners(&self) -> Vec<Vec<(usize, usize)>> {
        let (nr, nc) = (self.ys.len() - 1, self.xs.len() - 1);
        let mut own = vec![vec![(0, 0); nc]; nr];
        for r in 0..nr {
            for c in 0..nc {
                own[r][c] = if c > 0 && !self.vrule(c, r) {
                    own[r][c - 1]
                } else if r > 0 && !self.hrule(r, c) {
                    own[r - 1][c]
                } else {
                    (r, c)
                };
            }
        }
        own
    }
}

fn dedup_close(v: &mut Vec<f64>) {
    let mut out: Vec<f64> = Vec::with_capacity(v.len());
    for &x in v.iter() {
        match out.last() {
            Some(&l) if (x - l).abs() < 2.0 => {}
            _ => out.push(x),
        }
    }
    *v = out;
}

/// Ruled grids on a page, top first.
fn grids(segs: &[Seg]) -> Vec<Grid> {
    let hs: Vec<Seg> = segs.iter().filter(|s| (s.y0 - s.y1).abs() < 1.0 && (s.x1 - s.x0).abs() > 4.0).copied().collect();
    let vs: Vec<Seg> = segs.iter().filter(|s| (s.x0 - s.x1).abs() < 1.0 && (s.y1 - s.y0).abs() > 4.0).copied().collect();
    if hs.len() < 2 || vs.len() < 2 || hs.len() * vs.len() > 25_000_000 {
        return Vec::new();
    }
    // Connected components of crossing segments.
    let nh = hs.len();
    let mut parent: Vec<usize> = (0..nh + vs.len()).collect();
    fn find(p: &mut [usize], i: usize) -> usize {
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
    for i in 0..nh + vs.len() {
        let r = find(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let mut out = Vec::new();
    for (_, members) in groups {
        let gv: Vec<Seg> = members.iter().filter(|&&i| i >= nh).map(|&i| vs[i - nh]).collect();
        let gh: Vec<Seg> = members.iter().filter(|&&i| i < nh).map(|&i| hs[i]).collect();
        let mut xs: Vec<f64> = gv.iter().map(|s| s.x0).collect();
        let mut ys: Vec<f64> = gh.iter().map(|s| s.y0).collect();
        xs.sort_by(|a, b| a.total_cmp(b));
        ys.sort_by(|a, b| b.total_cmp(a));
        dedup_close(&mut xs);
        dedup_close(&mut ys);
        if xs.len() >= 3 && ys.len() >= 2 && xs.len() <= 200 && ys.len() <= 2000 {
            out.push(Grid { xs, ys, vs: gv, hs: gh });
        }
    }
    out.sort_by(|a, b| b.ys[0].total_cmp(&a.ys[0]));
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
            // The same text printed twice over itself (fake bold).
            if p.text == r.text && (p.x0 - r.x0).abs() < 0.3 * r.size {
                continue;
            }
            let gap = r.x0 - p.x1;
            let size = p.size.max(r.size);
            if gap > 3.0 * size {
                s.push('\t');
            } else if gap > 0.15 * size && !s.ends_with(' ') && !r.text.starts_with(' ') {
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
            Some((y, v)) if (*y - r.y).abs() < 0.45 * r.size.min(v[0].size) => v.push(r),
            _ => lines.push((r.y, vec![r])),
        }
    }
    lines
}

/// A baseline's runs in pieces split at gaps wider than `gap` × size:
/// (x0, x1, runs) left to right.
fn pieces<'a>(runs: &[&'a Run], gap: f64) -> Vec<(f64, f64, Vec<&'a Run>)> {
    let mut sorted: Vec<&Run> = runs.to_vec();
    sorted.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    let mut out: Vec<(f64, f64, Vec<&Run>)> = Vec::new();
    for r in sorted {
        match out.last_mut() {
            Some((_, x1, v)) if r.x0 - *x1 <= gap * r.size.max(v[0].size) => {
                *x1 = x1.max(r.x1);
                v.push(r);
            }
            _ => out.push((r.x0, r.x1, vec![r])),
        }
    }
    out
}

/// Gaps (x0, x1) at least `min` wide that no piece of any line covers,
/// between the leftmost and rightmost piece.
fn gutters(lines: &[&Vec<(f64, f64, Vec<&Run>)>], min: f64) -> Vec<(f64, f64)> {
    let mut spans: Vec<(f64, f64)> = lines.iter().flat_map(|l| l.iter().map(|p| (p.0, p.1))).collect();
    spans.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut out = Vec::new();
    let mut reach = f64::MIN;
    for (x0, x1) in spans {
        if reach > f64::MIN && x0 - reach >= min {
            out.push((reach, x0));
        }
        reach = reach.max(x1);
    }
    out
}

/// What a page's free text becomes, before ordering.
enum Item {
    Text(String),
    Row(usize, Vec<String>),
}

/// Unruled tables: runs of close lines whose pieces leave three or more
/// gutters free. Returns (first line, last line, column edges).
fn aligned_tables(lines: &[(f64, Vec<&Run>)], pcs: &[Vec<(f64, f64, Vec<&Run>)>]) -> Vec<(usize, usize, Vec<f64>)> {
    let mut out = Vec::new();
    let size_of = |i: usize| lines[i].1.iter().map(|r| r.size).fold(1.0, f64::max);
    let close = |a: usize, b: usize| (lines[a].0 - lines[b].0).abs() <= 3.0 * size_of(a).max(size_of(b));
    let mut i = 0;
    while i < lines.len() {
        if pcs[i].len() < 4 {
            i += 1;
            continue;
        }
        // Grow while the candidate lines keep three gutters.
        let mut j = i;
        let mut gut = gutters(&[&pcs[i]], size_of(i) * 0.8);
        while j + 1 < lines.len() && close(j, j + 1) && pcs[j + 1].len() >= 2 {
            let set: Vec<&Vec<(f64, f64, Vec<&Run>)>> = pcs[i..=j + 1].iter().collect();
            let g = gutters(&set, size_of(i) * 0.8);
            if g.len() < 3 {
                break;
            }
            gut = g;
            j += 1;
        }
        let candidates = (i..=j).filter(|&k| pcs[k].len() >= 4).count();
        if candidates >= 3 && gut.len() >= 3 {
            // Lines around it that cross no gutter belong to it too
            // (a wrapped header, a continuation line).
            let fits = |k: usize| pcs[k].iter().all(|p| gut.iter().all(|g| p.1 <= g.0 + 0.5 || p.0 >= g.1 - 0.5));
            while j + 1 < lines.len() && close(j, j + 1) && fits(j + 1) {
                j += 1;
            }
            let mut s = i;
            while s > 0 && close(s - 1, s) && fits(s - 1) && out.last().is_none_or(|l: &(usize, usize, Vec<f64>)| l.1 < s - 1) {
                s -= 1;
            }
            let x0 = (s..=j).flat_map(|k| pcs[k].iter().map(|p| p.0)).fold(f64::MAX, f64::min);
            let x1 = (s..=j).flat_map(|k| pcs[k].iter().map(|p| p.1)).fold(f64::MIN, f64::max);
            let mut cols = vec![x0];
            cols.extend(gut.iter().map(|g| (g.0 + g.1) / 2.0));
            cols.push(x1);
            out.push((s, j, cols));
            i = j + 1;
        } else {
            i += 1;
        }
    }
    out
}

/// Two blocks side by side: runs of close lines that leave a gutter free
/// with text on both sides, whose lines do not all pair up across it.
/// Returns (first line, last line, gutter middle).
fn side_by_side(lines: &[(f64, Vec<&Run>)], taken: &[bool]) -> Vec<(usize, usize, f64)> {
    let mut out = Vec::new();
    let size_of = |i: usize| lines[i].1.iter().map(|r| r.size).fold(1.0, f64::max);
    let close = |a: usize, b: usize| (lines[a].0 - lines[b].0).abs() <= 2.6 * size_of(a).max(size_of(b));
    let pcs: Vec<Vec<(f64, f64, Vec<&Run>)>> = lines.iter().map(|(_, rs)| pieces(rs, 2.0)).collect();
    // The widest gutter of lines s..=e with text on both sides.
    let gutter = |s: usize, e: usize| -> Option<f64> {
        let set: Vec<&Vec<(f64, f64, Vec<&Run>)>> = pcs[s..=e].iter().collect();
        let size = (s..=e).map(size_of).fold(1.0, f64::max);
        gutters(&set, 1.5 * size).into_iter().max_by(|a, b| (a.1 - a.0).total_cmp(&(b.1 - b.0))).map(|g| (g.0 + g.1) / 2.0)
    };
    let mut i = 0;
    while i < lines.len() {
        if taken[i] || pcs[i].len() > 2 {
            i += 1;
            continue;
        }
        let mut e = i;
        let mut mid = None;
        while e + 1 < lines.len() && !taken[e + 1] && pcs[e + 1].len() <= 2 && close(e, e + 1) {
            match gutter(i, e + 1) {
                Some(m) => {
                    mid = Some(m);
                    e += 1;
                }
                None => break,
            }
        }
        if let Some(mid) = mid {
            let side = |k: usize| (lines[k].1.iter().any(|r| (r.x0 + r.x1) / 2.0 < mid), lines[k].1.iter().any(|r| (r.x0 + r.x1) / 2.0 >= mid));
            // Lines on one side only below where the other side ends are
            // beside nothing: they stay in the block only when set like
            // it (same size, same spacing).
            let last_both = (i..=e).rev().find(|&k| side(k).0).min((i..=e).rev().find(|&k| side(k).1));
            if let Some(lb) = last_both {
                let pitches: Vec<f64> = (i..lb).map(|k| lines[k].0 - lines[k + 1].0).collect();
                let mut sorted = pitches.clone();
                sorted.sort_by(|a, b| a.total_cmp(b));
                let pitch = sorted.get(sorted.len() / 2).copied().unwrap_or(f64::MAX);
                let sizes: Vec<f64> = (i..=lb).map(size_of).collect();
                let mut e2 = lb;
                while e2 < e {
                    let k = e2 + 1;
                    let like = sizes.iter().any(|s| (s - size_of(k)).abs() <= 0.1 * s) && lines[e2].0 - lines[k].0 <= 1.3 * pitch;
                    if !like {
                        break;
                    }
                    e2 = k;
                }
                if e2 > i && (i..=e2).any(|k| side(k) != (true, true)) {
                    out.push((i, e2, mid));
                    i = e2 + 1;
                    continue;
                }
            }
        }
        i += 1;
    }
    out
}

/// Lines and tables of one page, in reading order (shared with OCR);
/// tables keep their column edges.
pub(crate) fn page_lines(page: Page, n: u32, openers: &[String], out: &mut Extracted) {
    let grids = grids(&page.segs);
    let owners: Vec<Vec<Vec<(usize, usize)>>> = grids.iter().map(Grid::owners).collect();
    // Which grid (and merged cell) each run falls in.
    let mut in_grid: Vec<Option<(usize, usize, usize)>> = vec![None; page.runs.len()];
    for (ri, r) in page.runs.iter().enumerate() {
        let xm = (r.x0 + r.x1) / 2.0;
        let ym = r.y + r.size * 0.3;
        for (gi, g) in grids.iter().enumerate() {
            let (xs, ys) = (&g.xs, &g.ys);
            if xm < xs[0] || xm > xs[xs.len() - 1] || ym > ys[0] || ym < ys[ys.len() - 1] {
                continue;
            }
            let row = (0..ys.len() - 1).find(|&i| ym <= ys[i] && ym >= ys[i + 1]);
            let col = (0..xs.len() - 1).find(|&j| xm >= xs[j] && xm <= xs[j + 1]);
            if let (Some(row), Some(col)) = (row, col) {
                let (r0, c0) = owners[gi][row][col];
                in_grid[ri] = Some((gi, r0, c0));
                break;
            }
        }
    }
    let mut items: Vec<(f64, Item)> = Vec::new();
    let mut cols_of: HashMap<usize, Vec<f64>> = HashMap::new();
    // Grid rows.
    let mut by_cell: HashMap<(usize, usize, usize), Vec<&Run>> = HashMap::new();
    for (ri, r) in page.runs.iter().enumerate() {
        if let Some(k) = in_grid[ri] {
            by_cell.entry(k).or_default().push(r);
        }
    }
    let cell_text = |k: (usize, usize, usize)| -> String {
        let Some(runs) = by_cell.get(&k) else { return String::new() };
        let text: Vec<String> = baselines(runs).into_iter().map(|(_, rs)| join_runs(rs).replace('\t', " ")).collect();
        crate::text::squash(&text.join(" "))
    };
    for (gi, g) in grids.iter().enumerate() {
        let own = &owners[gi];
        for (row, own_row) in own.iter().enumerate().take(g.ys.len() - 1) {
            let cells: Vec<String> = (0..g.xs.len() - 1)
                .map(|col| {
                    let (r0, c0) = own_row[col];
                    // A row span repeats its text down; a column span
                    // leaves the columns after its first empty.
                    if c0 == col {
                        cell_text((gi, r0, c0))
                    } else {
                        String::new()
                    }
                })
                .collect();
            if cells.iter().any(|c| !c.is_empty()) {
                items.push((g.ys[row], Item::Row(gi, cells)));
            }
        }
        cols_of.insert(gi, g.xs.clone());
    }
    // Free text.
    let free: Vec<&Run> = page.runs.iter().enumerate().filter(|(i, _)| in_grid[*i].is_none()).map(|(_, r)| r).collect();
    let lines = baselines(&free);
    let mut taken = vec![false; lines.len()];
    // Unruled tables.
    let pcs: Vec<Vec<(f64, f64, Vec<&Run>)>> = lines.iter().map(|(_, rs)| pieces(rs, 1.0)).collect();
    for (gi, (s, e, cols)) in (grids.len()..).zip(aligned_tables(&lines, &pcs)) {
        let mut rows: Vec<(f64, Vec<String>)> = Vec::new();
        let ncol = cols.len() - 1;
        for k in s..=e {
            taken[k] = true;
            let mut cells: Vec<Vec<&Run>> = vec![Vec::new(); ncol];
            for r in &lines[k].1 {
                let xm = (r.x0 + r.x1) / 2.0;
                let c = (1..cols.len() - 1).filter(|&j| xm > cols[j]).count();
                cells[c.min(ncol - 1)].push(r);
            }
            let cells: Vec<String> = cells.into_iter().map(|rs| if rs.is_empty() { String::new() } else { join_runs(rs).replace('\t', " ") }).collect();
            let filled = cells.iter().filter(|c| !c.is_empty()).count();
            // A line with its first cell empty and few others continues
            // the row above (a cell's text wrapped).
            if let Some((_, prev)) = rows.last_mut() {
                if cells[0].is_empty() && filled * 2 <= ncol && filled > 0 {
                    for (p, c) in prev.iter_mut().zip(cells) {
                        if !c.is_empty() {
                            if !p.is_empty() {
                                p.push(' ');
                            }
                            p.push_str(&c);
                        }
                    }
                    continue;
                }
            }
            rows.push((lines[k].0, cells));
        }
        for (y, cells) in rows {
            items.push((y, Item::Row(gi, cells)));
        }
        cols_of.insert(gi, cols);
    }
    // Blocks side by side: the left block's lines, then the right one's,
    // all placed where the blocks start.
    let mut block_of: Vec<Option<(usize, f64)>> = vec![None; lines.len()];
    for (s, e, mid) in side_by_side(&lines, &taken) {
        for b in block_of.iter_mut().take(e + 1).skip(s) {
            *b = Some((s, mid));
        }
    }
    // A line that runs to the right margin wrapped: the next line, close
    // below, continues its paragraph.
    let right = lines.iter().flat_map(|(_, rs)| rs.iter().map(|r| r.x1)).fold(f64::MIN, f64::max);
    // "Close below": within 1.8 font sizes, or 1.3 of the page's usual line
    // pitch (an OCR'd line's size is its word boxes' height, which
    // stacked tone marks and loose leading leave short of the pitch).
    let pitch = {
        let mut d: Vec<f64> = (1..lines.len())
            .filter(|&k| !taken[k] && !taken[k - 1])
            .map(|k| lines[k - 1].0 - lines[k].0)
            .filter(|d| *d > 0.0)
            .collect();
        d.sort_by(f64::total_cmp);
        d.get(d.len() / 2).copied().unwrap_or(0.0)
    };
    // (Only a line's opening is folded to compare: as far as an opener
    // and the space after it.)
    let longest_opener = openers.iter().map(String::len).max().unwrap_or(0) + 1;
    let mut pending: Option<(f64, String, f64, f64)> = None; // (y, text, last y, size)
    let mut k = 0;
    while k < lines.len() {
        if taken[k] {
            k += 1;
            continue;
        }
        if let Some((s, mid)) = block_of[k] {
            if let Some((py, ptext, _, _)) = pending.take() {
                items.push((py, Item::Text(ptext)));
            }
            let mut e = k;
            while e + 1 < lines.len() && block_of[e + 1].is_some_and(|(s2, _)| s2 == s) {
                e += 1;
            }
            let top = lines[s].0;
            for left in [true, false] {
                for (_, runs) in &lines[k..=e] {
                    let part: Vec<&Run> = runs.iter().copied().filter(|r| ((r.x0 + r.x1) / 2.0 < mid) == left).collect();
                    if !part.is_empty() {
                        items.push((top, Item::Text(join_runs(part))));
                    }
                }
            }
            k = e + 1;
            continue;
        }
        let (y, runs) = (lines[k].0, lines[k].1.clone());
        k += 1;
        let size = runs.iter().map(|r| r.size).fold(0.0, f64::max);
        let x1 = runs.iter().map(|r| r.x1).fold(f64::MIN, f64::max);
        let text = join_runs(runs);
        let full = x1 >= right - 4.0 * size && !text.contains('\t');
        // A list item, an article or a line opening with a capital and one
        // of the rules' paragraph openers ("Căn cứ", "Nơi nhận", folded)
        // opens a new paragraph.
        let opens = {
            let t = text.trim_start();
            t.starts_with(['-', '+', '•', '–']) || crate::text::opens_with_word(t, &crate::text::fold_head(t, longest_opener), openers) || crate::text::is_upper_line(t) || {
                let head: String = t.chars().take(5).collect();
                head.split_once([')', '.'])
                    .is_some_and(|(a, _)| !a.is_empty() && a.len() <= 4 && a.chars().all(|c| c.is_ascii_digit() || c.is_ascii_lowercase() || "IVX".contains(c)))
            }
        };
        match pending.take() {
            Some((py, mut ptext, last_y, psize)) if last_y - y <= (1.8 * psize.max(size)).max(1.3 * pitch) && !text.contains('\t') && !opens => {
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
    // Top to bottom; items placed at one height keep their order.
    items.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut tables: HashMap<usize, Table> = HashMap::new();
    let mut order: Vec<usize> = Vec::new();
    for (_, item) in items {
        match item {
            Item::Text(t) => out.lines.push(Line { text: t, page: Some(n), indent: 0 }),
            Item::Row(gi, cells) => {
                let line = out.lines.len();
                out.lines.push(Line {
                    text: cells.join("\t"),
                    page: Some(n),
                    indent: 0,
                });
                if !order.contains(&gi) {
                    order.push(gi);
                }
                tables.entry(gi).or_default().rows.push(Row { cells, line, page: Some(n) });
            }
        }
    }
    for gi in order {
        if let Some(mut t) = tables.remove(&gi) {
            t.edges = cols_of.remove(&gi).unwrap_or_default();
            out.tables.push(t);
        }
    }
    out.lines.push(Line {
        text: String::new(),
        page: Some(n),
        indent: 0,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(x0: f64, y: f64, text: &str) -> Run {
        Run {
            x0,
            x1: x0 + 6.0 * text.chars().count() as f64,
            y,
            size: 12.0,
            text: text.into(),
        }
    }
    fn h(x0: f64, x1: f64, y: f64) -> Seg {
        Seg { x0, y0: y, x1, y1: y }
    }
    fn v(x: f64, y0: f64, y1: f64) -> Seg {
        Seg { x0: x, y0, x1: x, y1 }
    }
    fn texts(e: &Extracted) -> Vec<&str> {
        e.lines.iter().map(|l| l.text.as_str()).filter(|t| !t.is_empty()).collect()
    }

    #[test]
    fn grid_with_spans() {
        // Columns at 50 | 100 | 300 | 400 | 500; header rows 700–680–660,
        // the "Năm 2024" header spanning the last two columns; STT and
        // the name span both header rows.
        let segs = vec![
            h(50.0, 500.0, 700.0),
            h(300.0, 500.0, 680.0),
            h(50.0, 500.0, 660.0),
            h(50.0, 500.0, 620.0),
            v(50.0, 620.0, 700.0),
            v(100.0, 620.0, 700.0),
            v(300.0, 620.0, 700.0),
            v(400.0, 620.0, 680.0),
            v(500.0, 620.0, 700.0),
        ];
        let runs = vec![
            run(55.0, 685.0, "STT"),
            run(105.0, 685.0, "Tên đơn vị"),
            run(320.0, 685.0, "Năm 2024"),
            run(320.0, 665.0, "A"),
            run(420.0, 665.0, "B"),
            run(55.0, 645.0, "1"),
            run(105.0, 645.0, "Sở Y tế"),
            run(105.0, 630.0, "tỉnh"),
            run(320.0, 645.0, "80%"),
            run(420.0, 645.0, "70%"),
            run(50.0, 750.0, "Số: 12/QĐ-UBND"),
        ];
        let mut e = Extracted::default();
        page_lines(Page { runs, segs, ..Default::default() }, 3, &[], &mut e);
        assert_eq!(e.tables.len(), 1);
        let t = &e.tables[0];
        assert_eq!(t.rows[0].cells, vec!["STT", "Tên đơn vị", "Năm 2024", ""]);
        assert_eq!(t.rows[1].cells, vec!["STT", "Tên đơn vị", "A", "B"]);
        assert_eq!(t.rows[2].cells, vec!["1", "Sở Y tế tỉnh", "80%", "70%"]);
        assert_eq!(e.lines[t.rows[2].line].text, "1\tSở Y tế tỉnh\t80%\t70%");
        assert_eq!(e.lines[0].text, "Số: 12/QĐ-UBND");
        assert!(e.lines.iter().all(|l| l.page == Some(3)));
        assert!(t.rows.iter().all(|r| r.page == Some(3)));
    }

    #[test]
    fn letterhead_blocks_stay_apart() {
        // The right block sits a little lower than the left: its lines
        // do not pair with the left ones.
        let runs = vec![
            run(80.0, 800.0, "ỦY BAN NHÂN DÂN"),
            run(85.0, 786.0, "TỈNH KIÊN GIANG"),
            run(300.0, 793.0, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            run(320.0, 779.0, "Độc lập - Tự do - Hạnh phúc"),
            run(50.0, 740.0, "Căn cứ Luật Tổ chức chính quyền địa phương;"),
        ];
        let mut e = Extracted::default();
        page_lines(Page { runs, ..Default::default() }, 1, &[], &mut e);
        assert_eq!(
            texts(&e),
            vec![
                "ỦY BAN NHÂN DÂN",
                "TỈNH KIÊN GIANG",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Căn cứ Luật Tổ chức chính quyền địa phương;"
            ]
        );
    }

    #[test]
    fn paired_letterhead_lines_get_a_tab() {
        let runs = vec![run(80.0, 800.0, "ỦY BAN NHÂN DÂN"), run(300.0, 800.0, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")];
        let mut e = Extracted::default();
        page_lines(Page { runs, ..Default::default() }, 1, &[], &mut e);
        assert_eq!(texts(&e), vec!["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]);
    }

    #[test]
    fn unruled_aligned_columns_become_a_table() {
        let mut runs = vec![run(50.0, 800.0, "Bảng chỉ tiêu giao năm 2024 cho các đơn vị")];
        let rows = [["STT", "Đơn vị", "DVCTT", "Số hóa"], ["1", "Sở Y tế", "80%", "70%"], ["2", "Sở Tư pháp", "85%", "75%"]];
        for (k, r) in rows.iter().enumerate() {
            let y = 770.0 - 16.0 * k as f64;
            for (c, t) in r.iter().enumerate() {
                runs.push(run([50.0, 100.0, 250.0, 350.0][c], y, t));
            }
        }
        let mut e = Extracted::default();
        page_lines(Page { runs, ..Default::default() }, 1, &[], &mut e);
        assert_eq!(e.tables.len(), 1, "{:?}", texts(&e));
        assert_eq!(e.tables[0].rows[1].cells, vec!["1", "Sở Y tế", "80%", "70%"]);
        assert_eq!(texts(&e)[0], "Bảng chỉ tiêu giao năm 2024 cho các đơn vị");
        assert_eq!(texts(&e)[2], "1\tSở Y tế\t80%\t70%");
    }

    #[test]
    fn wrapped_lines_join_at_the_page_s_own_line_pitch() {
        // Word boxes of 12 units on lines 24 apart (an OCR'd page with
        // loose leading): 2 sizes apart, yet one paragraph when the line
        // above runs to the margin; a short line ends it.
        let text = [
            "a) Giao chỉ tiêu tối thiểu 45% đối với các Sở: Công Thương, Khoa học và Công",
            "nghệ, Nội vụ, Tài chính, Tư pháp và Xây dựng trong năm 2019 như sau tại",
            "các đơn vị.",
            "b) Giao chỉ tiêu tối thiểu 40% đối với các Sở: Du lịch, Y tế và Nội vụ nữa.",
        ];
        let runs: Vec<Run> = text.iter().enumerate().map(|(k, t)| run(50.0, 800.0 - 24.0 * k as f64, t)).collect();
        let mut e = Extracted::default();
        page_lines(Page { runs, ..Default::default() }, 1, &[], &mut e);
        assert_eq!(texts(&e), vec![text[..3].join(" "), text[3].to_string()]);
    }

    #[test]
    fn word_gaps_are_spaces_and_overprint_is_dropped() {
        let runs = vec![run(50.0, 800.0, "Tỷ lệ"), run(50.0 + 30.0 + 3.0, 800.0, "hồ sơ"), run(50.3, 800.0, "Tỷ lệ")];
        let mut e = Extracted::default();
        page_lines(Page { runs, ..Default::default() }, 1, &[], &mut e);
        assert_eq!(texts(&e), vec!["Tỷ lệ hồ sơ"]);
    }
}
