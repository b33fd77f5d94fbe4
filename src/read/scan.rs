//! Scanned page images before OCR: the page's skew is measured and its
//! ruling lines (table borders) are found and taken out — Tesseract reads
//! borders as letters — while their positions are kept to rebuild the
//! table grid afterwards. Coordinates are "straightened":
//! x' = x + y·t, y' = y − x·t for the measured skew t.

use image::{GrayImage, Luma};

/// A page ready for OCR.
pub struct Prepared {
    /// The page in grey, its rules whitened when it has any.
    pub page: GrayImage,
    /// Whether rules were whitened (else the page is OCR'd as it came).
    pub whitened: bool,
    /// Skew (tangent of the angle).
    pub skew: f64,
    /// Horizontal rules: (y', x0', x1').
    pub hrules: Vec<(f64, f64, f64)>,
    /// Vertical rules: (x', y0', y1').
    pub vrules: Vec<(f64, f64, f64)>,
}

impl Prepared {
    /// Extra TSV rows carrying the skew and rules.
    pub fn rows(&self) -> String {
        let mut s = format!("skew\t{}\n", self.skew);
        for (a, b, c) in &self.hrules {
            s.push_str(&format!("hrule\t{a}\t{b}\t{c}\n"));
        }
        for (a, b, c) in &self.vrules {
            s.push_str(&format!("vrule\t{a}\t{b}\t{c}\n"));
        }
        s
    }
}

impl Prepared {
    /// Whether a word box (image coordinates) is enclosed by rules on all
    /// four sides: a table cell.
    pub fn in_table(&self, left: f64, top: f64, width: f64, height: f64) -> bool {
        self.rules_around(left, top, width, height).is_some()
    }

    /// The rules nearest a word box (image coordinates) on its four
    /// sides, straightened: (top, bottom, left, right); `None` unless
    /// there is one on each side.
    fn rules_around(&self, left: f64, top: f64, width: f64, height: f64) -> Option<(f64, f64, f64, f64)> {
        if !self.whitened {
            return None;
        }
        let t = self.skew;
        let (cx, cy) = (left + width / 2.0, top + height / 2.0);
        let (x, y) = (cx + cy * t, cy - cx * t);
        let across = |r: &(f64, f64, f64), v: f64| v >= r.1 - 5.0 && v <= r.2 + 5.0;
        let nearest = |rules: &[(f64, f64, f64)], along: f64, at: f64, before: bool| {
            rules
                .iter()
                .filter(|r| across(r, along) && (r.0 < at) == before)
                .map(|r| r.0)
                .min_by(|a, b| (a - at).abs().total_cmp(&(b - at).abs()))
        };
        Some((
            nearest(&self.hrules, x, y, true)?,
            nearest(&self.hrules, x, y, false)?,
            nearest(&self.vrules, y, x, true)?,
            nearest(&self.vrules, y, x, false)?,
        ))
    }

    /// The table cell a word box (image coordinates) lies in: the rules
    /// nearest it on its four sides, as a box in image coordinates
    /// (left, top, width, height) a few pixels inside them.
    pub fn cell_at(&self, left: f64, top: f64, width: f64, height: f64) -> Option<(u32, u32, u32, u32)> {
        let t = self.skew;
        let (top, bottom, left, right) = self.rules_around(left, top, width, height)?;
        // Back to image coordinates (x = x' − y·t, y = y' + x·t to first
        // order): the box holding the four corners, 6 px inside the rules.
        let corners = [(left, top), (right, top), (left, bottom), (right, bottom)].map(|(a, b)| (a - b * t, b + a * t));
        let x0 = corners.iter().map(|c| c.0).fold(f64::MAX, f64::min) + 6.0;
        let x1 = corners.iter().map(|c| c.0).fold(f64::MIN, f64::max) - 6.0;
        let y0 = corners.iter().map(|c| c.1).fold(f64::MAX, f64::min) + 6.0;
        let y1 = corners.iter().map(|c| c.1).fold(f64::MIN, f64::max) - 6.0;
        let (w, h) = self.page.dimensions();
        (x0 >= 0.0 && y0 >= 0.0 && x1 - x0 >= 8.0 && y1 - y0 >= 8.0 && x1 <= w as f64 && y1 <= h as f64).then_some((x0 as u32, y0 as u32, (x1 - x0) as u32, (y1 - y0) as u32))
    }

    /// A word box cut out of the page with a margin of paper, twice as
    /// large: Tesseract reads small print better enlarged.
    pub fn enlarged(&self, left: u32, top: u32, width: u32, height: u32) -> GrayImage {
        self.cut(left, top, width, height, 2)
    }

    /// A box cut out of the page with a margin of paper, `scale` times as
    /// large (a table cell of print at its size reads best as it is: "100"
    /// twice as large reads "TỔ -").
    pub fn cut(&self, left: u32, top: u32, width: u32, height: u32, scale: u32) -> GrayImage {
        use image::imageops;
        let (w, h) = self.page.dimensions();
        let (x0, y0) = self.cut_origin(left, top);
        let (x1, y1) = ((left + width + 3).min(w).max(x0 + 1), (top + height + 3).min(h).max(y0 + 1));
        let cut = imageops::crop_imm(&self.page, x0, y0, x1 - x0, y1 - y0).to_image();
        let mut greys: Vec<u8> = cut.as_raw().clone();
        greys.sort_unstable();
        let paper = greys[greys.len() * 9 / 10];
        let mut canvas = GrayImage::from_pixel(cut.width() + 20, cut.height() + 20, Luma([paper]));
        imageops::replace(&mut canvas, &cut, 10, 10);
        if scale == 1 {
            return canvas;
        }
        imageops::resize(&canvas, canvas.width() * scale, canvas.height() * scale, imageops::FilterType::CatmullRom)
    }

    /// Where a point (x, y) of an image [`Prepared::cut`] from the box at
    /// (`left`, `top`) at `scale` lies on the page.
    pub fn from_cut(&self, left: u32, top: u32, scale: u32, x: f64, y: f64) -> (f64, f64) {
        let (x0, y0) = self.cut_origin(left, top);
        (x0 as f64 + x / scale as f64 - 10.0, y0 as f64 + y / scale as f64 - 10.0)
    }

    /// Where a cut of the box at (`left`, `top`) starts on the page: a
    /// margin of 3 px, within the page.
    fn cut_origin(&self, left: u32, top: u32) -> (u32, u32) {
        let (w, h) = self.page.dimensions();
        (left.saturating_sub(3).min(w - 1), top.saturating_sub(3).min(h - 1))
    }
}

/// An image as PGM: Tesseract reads it as fast as PNG and it costs nothing
/// to write (a PNG of a page takes longer to make than to find its rules).
pub fn pgm(img: &GrayImage) -> Vec<u8> {
    let (w, h) = img.dimensions();
    let mut out = format!("P5\n{w} {h}\n255\n").into_bytes();
    out.extend_from_slice(img.as_raw());
    out
}

/// Measures skew, finds rules, whitens them. `None` when the image cannot
/// be decoded or is blank (then it is OCR'd as it is).
pub fn prepare(bytes: &[u8]) -> Option<Prepared> {
    let mut img = image::load_from_memory(bytes).ok()?.to_luma8();
    let (w, h) = img.dimensions();
    if w < 200 || h < 200 {
        return None;
    }
    // Paper is the median grey; ink is clearly darker (scanned rules are
    // often a faint grey).
    let mut sample: Vec<u8> = img.pixels().step_by(97).map(|p| p.0[0]).collect();
    sample.sort_unstable();
    let paper = sample[sample.len() / 2] as i32;
    let ink = |p: u8| (p as i32) < paper - INK;
    // Ink, as 0/1 a pixel.
    let (wu, hu) = (w as usize, h as usize);
    let inked: Vec<u8> = img.as_raw().iter().map(|&p| u8::from(ink(p))).collect();
    // Every row (rows sampled every other one would all fall in even bins
    // of the unturned projection and make it look twice as sharp), every
    // fourth column: the inked rows of each sampled column.
    let mut columns: Vec<(f64, Vec<u32>)> = (0..wu).step_by(4).map(|x| (x as f64, Vec::new())).collect();
    for (y, row) in inked.chunks_exact(wu).enumerate() {
        for (col, _) in columns.iter_mut().zip(row.iter().step_by(4)).filter(|(_, &v)| v != 0) {
            col.1.push(y as u32);
        }
    }
    if columns.iter().map(|c| c.1.len()).sum::<usize>() < 200 {
        return None;
    }
    // Skew: the angle whose row projection of ink is sharpest. A point
    // (x, y) falls in row nearest(y − x·t), which is y + nearest(−x·t):
    // one offset a column.
    let mut best = (0.0f64, f64::MIN);
    let mut hist = vec![0u32; hu * 2];
    for k in -20..=20 {
        let t = (k as f64 * 0.1).to_radians().tan();
        hist.iter_mut().for_each(|c| *c = 0);
        for (x, ys) in &columns {
            let off = nearest(-x * t) + (h / 2) as i64;
            for &y in ys {
                let r = (y as i64 + off) as usize;
                if let Some(c) = hist.get_mut(r) {
                    *c += 1;
                }
            }
        }
        let score: f64 = hist.iter().map(|&c| (c as f64).powi(2)).sum();
        if score > best.1 {
            best = (t, score);
        }
    }
    let t = best.0;
    let get = |img: &GrayImage, x: i64, y: i64| -> bool { x >= 0 && y >= 0 && (x as u32) < w && (y as u32) < h && ink(img.get_pixel(x as u32, y as u32).0[0]) };
    // Ink, and ink with a pixel of drift allowed across a horizontal
    // rule (up and down); where a turned line through x (or y) = 0 lies
    // off its start.
    // (Rule ink is ink darker than the page a few pixels off the rule,
    // across it: a shaded header cell is ink all over, and every row and
    // column through it would make a "rule" sliding across the shading.)
    let (vink, hink) = rule_ink(img.as_raw(), wu, hu, &ink);
    let mut tall = hink.clone();
    for y in 0..hu {
        let row = &mut tall[y * wu..(y + 1) * wu];
        for near in [y.checked_sub(1), Some(y + 1).filter(|&n| n < hu)].into_iter().flatten() {
            for (t, i) in row.iter_mut().zip(&hink[near * wu..(near + 1) * wu]) {
                *t |= i;
            }
        }
    }
    let dy: Vec<i64> = (0..w).map(|x| nearest(x as f64 * t)).collect();
    let dx: Vec<i64> = (0..h).map(|y| nearest(-(y as f64) * t)).collect();
    // Stretches of x along which a turned row keeps to one pixel row.
    let mut stretches: Vec<(usize, usize, i64)> = Vec::new();
    for (x, &d) in dy.iter().enumerate() {
        match stretches.last_mut() {
            Some(s) if s.2 == d => s.1 = x + 1,
            _ => stretches.push((x, x + 1, d)),
        }
    }
    // Horizontal rules: straightened rows with a long run of ink.
    let mut hrules: Vec<(f64, f64, f64)> = Vec::new();
    let mut short: Vec<(f64, f64, f64)> = Vec::new();
    // (A rule under a header cell spanning two or three columns is a
    // fifth of the page wide; one under a cell spanning two narrow ones,
    // "Đơn vị tính | Giao chỉ tiêu", less: such a short rule is kept
    // only where it runs from one vertical rule to another, below.)
    let min_h = (w as f64 * 0.15) as i64;
    let min_short = (w as f64 * 0.05) as i64;
    let mut c = -(w as f64 * t.abs()) as i64 - 2;
    while c < h as i64 + (w as f64 * t.abs()) as i64 + 2 {
        // Along y = c + x·t, allowing a gap of 3 px and a row of drift:
        // a run starts at an inked pixel more than 4 px after the last.
        let (mut run_start, mut last, mut best_run) = (i64::MIN, i64::MIN, (0i64, 0i64));
        for &(x0, x1, d) in &stretches {
            let y = c + d;
            if y < 0 || y >= h as i64 {
                continue;
            }
            let row = &tall[y as usize * wu + x0..y as usize * wu + x1];
            for_each_set(row, |i| {
                let x = (x0 + i) as i64;
                if last == i64::MIN || x - last > 4 {
                    run_start = x;
                }
                last = x;
                if x - run_start > best_run.1 - best_run.0 {
                    best_run = (run_start, x);
                }
            });
        }
        if best_run.1 - best_run.0 >= min_h {
            match hrules.last_mut() {
                Some(r) if (c as f64) - r.0 <= 8.0 => {
                    // The same rule seen on a neighbouring row (it is a few
                    // pixels thick): its extent is the widest seen.
                    r.0 = (r.0 + c as f64) / 2.0;
                    r.1 = r.1.min(best_run.0 as f64);
                    r.2 = r.2.max(best_run.1 as f64);
                }
                _ => hrules.push((c as f64, best_run.0 as f64, best_run.1 as f64)),
            }
        } else if best_run.1 - best_run.0 >= min_short {
            // (A short one only where it overlaps the one a row above: the
            // runs of a line of text, one row each, make no rule.)
            match short.last_mut() {
                Some(r) if (c as f64) - r.0 <= 8.0 && (best_run.0 as f64) <= r.2 + 10.0 && (best_run.1 as f64) >= r.1 - 10.0 => {
                    r.0 = (r.0 + c as f64) / 2.0;
                    r.1 = r.1.min(best_run.0 as f64);
                    r.2 = r.2.max(best_run.1 as f64);
                }
                _ => short.push((c as f64, best_run.0 as f64, best_run.1 as f64)),
            }
        }
        c += 1;
    }
    // Vertical rules: straightened columns x = c − y·t with a long run,
    // allowing a gap of 3 px and a pixel of drift either side. All columns
    // are followed at once, row after row (reading the page in order).
    let mut vrules: Vec<(f64, f64, f64)> = Vec::new();
    let min_v = ((h as f64 * 0.02) as i64).max(45);
    let c_min = -(h as f64 * t.abs()) as i64 - 2;
    let nc = (w as i64 + (h as f64 * t.abs()) as i64 + 2 - c_min).max(0) as usize;
    // Each column's current run: its first and last inked rows (a run
    // ends where more than 3 rows go by without ink).
    let (mut start, mut last) = (vec![-1i64; nc], vec![-1i64; nc]);
    let mut runs: Vec<Vec<(i64, i64)>> = vec![Vec::new(); nc];
    let mut wide = vec![0u8; wu];
    for y in 0..hu {
        let row = &vink[y * wu..(y + 1) * wu];
        wide[0] = row[0] | row[1];
        for (((o, a), b), c) in wide[1..wu - 1].iter_mut().zip(&row[..wu - 2]).zip(&row[1..wu - 1]).zip(&row[2..]) {
            *o = a | b | c;
        }
        wide[wu - 1] = row[wu - 1] | row[wu - 2];
        // Column ci is at x = ci + off on this row.
        let off = c_min + dx[y];
        let (x0, x1) = (off.max(0) as usize, ((nc as i64 + off).min(wu as i64)).max(0) as usize);
        if x0 >= x1 {
            continue;
        }
        let y = y as i64;
        for_each_set(&wide[x0..x1], |i| {
            let ci = (x0 as i64 + i as i64 - off) as usize;
            if start[ci] >= 0 && y - last[ci] > 4 {
                if last[ci] - start[ci] >= min_v {
                    runs[ci].push((start[ci], last[ci]));
                }
                start[ci] = -1;
            }
            if start[ci] < 0 {
                start[ci] = y;
            }
            last[ci] = y;
        });
    }
    let end = h as i64 - 1;
    for (ci, found) in runs.iter_mut().enumerate() {
        if start[ci] >= 0 {
            // A run that reaches the foot of the page (within the gap) ends there.
            let b = if end - last[ci] <= 3 { end } else { last[ci] };
            if b - start[ci] >= min_v {
                found.push((start[ci], b));
            }
        }
    }
    for (ci, found) in runs.into_iter().enumerate() {
        let c = c_min + ci as i64;
        for (a, b) in found {
            // c' in straightened x is c itself (x + y·t = c).
            match vrules.iter_mut().rev().find(|r| (c as f64) - r.0 <= 8.0 && a as f64 <= r.2 + 5.0 && b as f64 >= r.1 - 5.0) {
                Some(r) => {
                    r.0 = (r.0 + c as f64) / 2.0;
                    r.1 = r.1.min(a as f64);
                    r.2 = r.2.max(b as f64);
                }
                None => vrules.push((c as f64, a as f64, b as f64)),
            }
        }
    }
    // (Short runs apart from long ones: those of a line of text, merged,
    // would make a long one.)
    merge_close(&mut hrules);
    merge_close(&mut short);
    merge_close(&mut vrules);
    // A cell border runs from one row's rule to the next at least; a
    // shorter stroke is letters stacked across a rule (the "H" of two
    // rows' "Huyện" joined by the rule between them).
    // (Compared straightened: see the end.)
    vrules.retain(|&(x, y0, y1)| {
        let (y0, y1) = (y0 - x * t, y1 - x * t);
        // (Short rules too: "Đơn vị tính | Giao chỉ tiêu" under the cell
        // spanning them is bordered by one.)
        let mut crossing: Vec<f64> = hrules.iter().chain(&short).filter(|h| x >= h.1 + h.0 * t - 10.0 && x <= h.2 + h.0 * t + 10.0).map(|h| h.0).collect();
        crossing.sort_by(f64::total_cmp);
        crossing.windows(2).any(|p| y0 <= p[0] + 6.0 && y1 >= p[1] - 6.0)
    });
    // A short rule between two vertical rules that reach it is a cell's
    // border (under a header cell spanning narrow columns).
    let reaches = |x: f64, y: f64| vrules.iter().any(|&(c, y0, y1)| (c - y * t - x).abs() <= 15.0 && y >= y0 - 8.0 && y <= y1 + 8.0);
    // (Not the edge of a long one, seen a row or two off it.)
    let beside_long = |&(c, x0, x1): &(f64, f64, f64)| hrules.iter().any(|r| (r.0 - c).abs() <= 8.0 && x0 <= r.2 + 10.0 && x1 >= r.1 - 10.0);
    let kept: Vec<_> = short.into_iter().filter(|r| !beside_long(r) && reaches(r.1, r.0 + r.1 * t) && reaches(r.2, r.0 + r.2 * t)).collect();
    hrules.extend(kept);
    hrules.sort_by(|a, b| a.0.total_cmp(&b.0));
    if hrules.len() < 2 || vrules.len() < 2 {
        return Some(Prepared {
            page: img,
            whitened: false,
            skew: t,
            hrules: Vec::new(),
            vrules: Vec::new(),
        });
    }
    // Whiten the rules (a few pixels either side).
    for &(c, x0, x1) in &hrules {
        for x in x0 as i64..=x1 as i64 {
            let y = nearest(c + x as f64 * t);
            for dy in -6..=6 {
                if get(&img, x, y + dy) {
                    img.put_pixel(x as u32, (y + dy) as u32, Luma([255]));
                }
            }
        }
    }
    for &(c, y0, y1) in &vrules {
        for y in y0 as i64..=y1 as i64 {
            let x = nearest(c - y as f64 * t);
            for dx in -6..=6 {
                if get(&img, x + dx, y) {
                    img.put_pixel((x + dx) as u32, y as u32, Luma([255]));
                }
            }
        }
    }
    // Rules in straightened coordinates: a horizontal rule y = c + x·t has
    // y' = y − x·t = c and x' = x + y·t ≈ x + c·t; a vertical one
    // x = c − y·t has x' = c and y' ≈ y − c·t.
    for r in &mut hrules {
        r.1 += r.0 * t;
        r.2 += r.0 * t;
    }
    for r in &mut vrules {
        r.1 -= r.0 * t;
        r.2 -= r.0 * t;
    }
    Some(Prepared {
        page: img,
        whitened: true,
        skew: t,
        hrules,
        vrules,
    })
}

/// How much darker than the paper (or than the page beside it) ink is.
const INK: i32 = 18;

/// How far off a rule the page is looked at (rules are thinner).
const OFF_RULE: usize = 6;

/// Ink that may be part of a vertical rule (darker than the page
/// `OFF_RULE` pixels left or right of it) and of a horizontal one
/// (darker than `OFF_RULE` pixels above or below), as 0/1 a pixel.
fn rule_ink(px: &[u8], w: usize, h: usize, ink: &dyn Fn(u8) -> bool) -> (Vec<u8>, Vec<u8>) {
    let darker = |p: u8, q: u8| (p as i32) < q as i32 - INK;
    let mut vink = vec![0u8; px.len()];
    let mut hink = vec![0u8; px.len()];
    for y in 0..h {
        for x in 0..w {
            let i = y * w + x;
            let p = px[i];
            if !ink(p) {
                continue;
            }
            let left = x.checked_sub(OFF_RULE).map_or(255, |l| px[y * w + l]);
            let right = if x + OFF_RULE < w { px[i + OFF_RULE] } else { 255 };
            let up = y.checked_sub(OFF_RULE).map_or(255, |u| px[u * w + x]);
            let down = if y + OFF_RULE < h { px[i + OFF_RULE * w] } else { 255 };
            vink[i] = u8::from(darker(p, left) || darker(p, right));
            hink[i] = u8::from(darker(p, up) || darker(p, down));
        }
    }
    (vink, hink)
}

/// One rule seen as several: segments (position, start, end) within a few
/// pixels of each other whose extents overlap or nearly meet are one rule,
/// at their length-weighted position (a scanned rule is a few pixels thick
/// and its slope differs a little from the page's measured skew).
fn merge_close(rules: &mut Vec<(f64, f64, f64)>) {
    rules.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut merged = true;
    while merged {
        merged = false;
        let mut out: Vec<(f64, f64, f64)> = Vec::with_capacity(rules.len());
        for &r in rules.iter() {
            let near = out.iter_mut().rev().take_while(|o| r.0 - o.0 <= 8.0).find(|o| r.1 <= o.2 + 10.0 && r.2 >= o.1 - 10.0);
            match near {
                Some(o) => {
                    let (wa, wb) = (o.2 - o.1 + 1.0, r.2 - r.1 + 1.0);
                    o.0 = (o.0 * wa + r.0 * wb) / (wa + wb);
                    o.1 = o.1.min(r.1);
                    o.2 = o.2.max(r.2);
                    merged = true;
                }
                None => out.push(r),
            }
        }
        out.sort_by(|a, b| a.0.total_cmp(&b.0));
        *rules = out;
    }
}

/// Calls `f` with the index of every non-zero byte of `row`, skipping
/// blank stretches eight bytes at a time (most of a page is paper).
fn for_each_set(row: &[u8], mut f: impl FnMut(usize)) {
    let mut chunks = row.chunks_exact(8);
    let mut base = 0;
    for c in &mut chunks {
        if u64::from_ne_bytes(c.try_into().unwrap_or([0; 8])) != 0 {
            for (i, &v) in c.iter().enumerate() {
                if v != 0 {
                    f(base + i);
                }
            }
        }
        base += 8;
    }
    for (i, &v) in chunks.remainder().iter().enumerate() {
        if v != 0 {
            f(base + i);
        }
    }
}

/// The integer nearest `v` (halves up), without a call to libm's round.
fn nearest(v: f64) -> i64 {
    let t = v + 0.5;
    let i = t as i64;
    if (i as f64) > t {
        i - 1
    } else {
        i
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slightly_turned_grid_is_measured_and_its_rules_found() {
        // A 4 × 3 grid turned by tan 0.012 (0.69°): rules y = c + x·t and
        // x = c − y·t, two pixels thick.
        let (w, h, t) = (1000u32, 800u32, 0.012f64);
        let mut img = GrayImage::from_pixel(w, h, Luma([240]));
        for c in [100.0, 300.0, 500.0, 700.0] {
            for x in 50..950 {
                let y = (c + x as f64 * t).round() as u32;
                img.put_pixel(x, y, Luma([40]));
                img.put_pixel(x, y + 1, Luma([40]));
            }
        }
        for c in [60.0, 400.0, 940.0] {
            for y in 100..710 {
                let x = (c - y as f64 * t).round() as u32;
                img.put_pixel(x, y, Luma([40]));
                img.put_pixel(x + 1, y, Luma([40]));
            }
        }
        let mut png = std::io::Cursor::new(Vec::new());
        img.write_to(&mut png, image::ImageFormat::Png).unwrap();
        let p = prepare(&png.into_inner()).expect("a page");
        assert!((p.skew - t).abs() < 0.002, "skew {}", p.skew);
        assert_eq!((p.hrules.len(), p.vrules.len()), (4, 3), "{}", p.rows());
        assert!(p.whitened);
        // Inside a cell (between rules on all four sides), and outside the grid.
        assert!(p.in_table(200.0, 180.0, 40.0, 20.0));
        assert!(!p.in_table(200.0, 30.0, 40.0, 20.0));
        assert!(!p.in_table(970.0, 400.0, 20.0, 20.0));
        // A word cut out enlarged: its box with margins, twice the size.
        let crop = p.enlarged(200, 180, 40, 20);
        assert_eq!(crop.dimensions(), ((40 + 6 + 20) * 2, (20 + 6 + 20) * 2));
        // The cell a word lies in: inside its four rules (x 60…400 and
        // y 100…300 straightened, turned back onto the image), none for a
        // word outside the grid.
        let (x, y, cw, ch) = p.cell_at(200.0, 180.0, 40.0, 20.0).expect("a cell");
        assert!((60..80).contains(&x) && (100..120).contains(&y), "{x} {y}");
        assert!((360..400).contains(&(x + cw)) && (280..310).contains(&(y + ch)), "{} {}", x + cw, y + ch);
        assert_eq!(p.cell_at(250.0, 150.0, 10.0, 10.0), Some((x, y, cw, ch)));
        assert_ne!(p.cell_at(600.0, 180.0, 40.0, 20.0), Some((x, y, cw, ch)));
        assert_eq!(p.cell_at(200.0, 30.0, 40.0, 20.0), None);
        // A point of a cut-out goes back to its place on the page.
        assert_eq!(p.cut(x, y, cw, ch, 1).dimensions(), (cw + 26, ch + 26));
        assert_eq!(p.from_cut(x, y, 1, 13.0, 13.0), (x as f64, y as f64));
        assert_eq!(p.from_cut(200, 180, 2, 26.0, 26.0), (200.0, 180.0));
    }

    #[test]
    fn a_rule_under_a_header_spanning_a_few_columns_is_a_rule() {
        // Rules across the page at y 100, 300, 500; a rule 200 px long
        // (a fifth of the page) at y 200 under a header cell spanning two
        // columns; a stroke 100 px long at y 400 is no rule.
        let mut img = GrayImage::from_pixel(1000, 600, Luma([240]));
        for (y, x0, x1) in [(100, 50, 950), (300, 50, 950), (500, 50, 950), (200, 600, 800), (400, 100, 200)] {
            for x in x0..x1 {
                img.put_pixel(x, y, Luma([40]));
                img.put_pixel(x, y + 1, Luma([40]));
            }
        }
        for x in [50, 600, 700, 800, 949] {
            for y in 100..501 {
                img.put_pixel(x, y, Luma([40]));
            }
        }
        let mut png = std::io::Cursor::new(Vec::new());
        img.write_to(&mut png, image::ImageFormat::Png).unwrap();
        let p = prepare(&png.into_inner()).expect("a page");
        let ys: Vec<i64> = p.hrules.iter().map(|r| r.0.round() as i64).collect();
        assert_eq!(ys.len(), 4, "{}", p.rows());
        assert!(ys.iter().any(|&y| (199..=202).contains(&y)), "{ys:?}");
        assert!(!ys.iter().any(|&y| (395..=405).contains(&y)), "{ys:?}");
    }

    #[test]
    fn a_short_rule_under_a_header_cell_spanning_two_narrow_columns_is_kept() {
        // A grid 100…1900 wide: rows at y 100, 300, 500, 700; columns at x
        // 100, 1000, 1100, 1200, 1900. The cell 1000…1200 of the header
        // spans two narrow columns: a rule 200 px long (a tenth of the
        // page) at y 200 under it, and the rule at x 1100 starts there.
        // A run of text as long, touching no rule, is no rule.
        let mut img = GrayImage::from_pixel(2000, 800, Luma([245]));
        let mut ink = |x: u32, y: u32| img.put_pixel(x, y, Luma([30]));
        for y in [100, 300, 500, 700] {
            (100..1901).for_each(|x| (0..3).for_each(|d| ink(x, y + d)));
        }
        (1000..1201).for_each(|x| (0..3).for_each(|d| ink(x, 200 + d)));
        (300..500).for_each(|x| (0..3).for_each(|d| ink(x, 400 + d)));
        for x in [100, 1000, 1200, 1900] {
            (100..703).for_each(|y| (0..3).for_each(|d| ink(x + d, y)));
        }
        (200..703).for_each(|y| (0..3).for_each(|d| ink(1100 + d, y)));
        let mut png = std::io::Cursor::new(Vec::new());
        img.write_to(&mut png, image::ImageFormat::Png).unwrap();
        let p = prepare(&png.into_inner()).expect("a page");
        let ys: Vec<i64> = p.hrules.iter().map(|r| r.0.round() as i64).collect();
        assert_eq!(ys.len(), 5, "{}", p.rows());
        assert!(ys.iter().any(|y| (y - 201).abs() <= 5), "{ys:?}");
        assert!(!ys.iter().any(|y| (y - 401).abs() <= 5), "{ys:?}");
        assert!(p.vrules.iter().any(|r| (r.0 - 1101.0).abs() <= 5.0 && r.1 < 210.0), "{}", p.rows());
    }

    #[test]
    fn rules_through_a_shaded_header_are_found_where_they_are() {
        // A grid whose header band (y 100…300) is shaded grey: the rules
        // at x 100, 400, 700, 900 run through it; the shading is no rule.
        let mut img = GrayImage::from_pixel(1000, 800, Luma([245]));
        for y in 100..300 {
            for x in 100..900 {
                img.put_pixel(x, y, Luma([200]));
            }
        }
        for y in [100, 300, 500, 700] {
            for x in 100..901 {
                for d in 0..3 {
                    img.put_pixel(x, y + d, Luma([30]));
                }
            }
        }
        for x in [100, 400, 700, 900] {
            for y in 100..703 {
                for d in 0..3 {
                    img.put_pixel(x + d, y, Luma([30]));
                }
            }
        }
        let mut png = std::io::Cursor::new(Vec::new());
        img.write_to(&mut png, image::ImageFormat::Png).unwrap();
        let p = prepare(&png.into_inner()).expect("a page");
        let xs: Vec<i64> = p.vrules.iter().map(|r| r.0.round() as i64).collect();
        let ys: Vec<i64> = p.hrules.iter().map(|r| r.0.round() as i64).collect();
        assert_eq!(xs.len(), 4, "{}", p.rows());
        // (The edge of the shading along the first rule reads as a few
        // pixels more of it.)
        for (x, want) in xs.iter().zip([101, 401, 701, 901]) {
            assert!((x - want).abs() <= 5, "{xs:?}");
        }
        assert_eq!(ys.len(), 4, "{}", p.rows());
        for (y, want) in ys.iter().zip([101, 301, 501, 701]) {
            assert!((y - want).abs() <= 5, "{ys:?}");
        }
        // Each vertical rule runs the grid's height.
        assert!(p.vrules.iter().all(|r| r.1 < 110.0 && r.2 > 690.0), "{}", p.rows());
    }

    #[test]
    fn nearest_rounds_halves_up_either_side_of_zero() {
        assert_eq!([nearest(2.4), nearest(2.5), nearest(-0.4), nearest(-0.6), nearest(-2.5)], [2, 3, 0, -1, -2]);
    }

    #[test]
    fn a_thick_rule_seen_twice_is_one_rule() {
        let mut v = vec![(94.0, 146.0, 1970.0), (99.0, 146.0, 2173.0), (300.0, 140.0, 2100.0), (303.0, 2300.0, 2400.0)];
        merge_close(&mut v);
        assert_eq!(v.len(), 3, "{v:?}");
        assert!(v[0].0 > 94.0 && v[0].0 < 99.0 && v[0].2 == 2173.0, "{v:?}");
        // Close in position but far apart along the page: two rules.
        assert_eq!((v[1].0, v[2].0), (300.0, 303.0));
    }
}
