//! Content streams: the text, graphics-state and path operators of a page
//! (and of the form XObjects it draws) interpreted into positioned text runs
//! and ruling-line segments, in device space with y up.

use std::collections::HashMap;
use std::rc::Rc;

use lopdf::content::{Content, Operation};
use lopdf::{Dictionary, Document, Object, ObjectId};

use super::font::{deref, load_font, num, Font};
use super::{Page, Run, Seg};
use crate::rules::Rules;

/// Deepest nesting of form XObjects followed.
const MAX_FORM_DEPTH: u32 = 8;
/// Most operators interpreted on one page, forms included.
const MAX_OPS: usize = 5_000_000;
/// Most runs and segments kept for one page.
const MAX_RUNS: usize = 500_000;
const MAX_SEGS: usize = 200_000;

/// A 2-D affine matrix [a b c d e f].
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct M(pub [f64; 6]);

impl M {
    pub const ID: M = M([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);
    /// `self` then `o`.
    pub fn mul(self, o: M) -> M {
        let [a, b, c, d, e, f] = self.0;
        let [a2, b2, c2, d2, e2, f2] = o.0;
        M([a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2, e * a2 + f * c2 + e2, e * b2 + f * d2 + f2])
    }
    pub fn apply(self, x: f64, y: f64) -> (f64, f64) {
        let [a, b, c, d, e, f] = self.0;
        (a * x + c * y + e, b * x + d * y + f)
    }
    pub fn translate(tx: f64, ty: f64) -> M {
        M([1.0, 0.0, 0.0, 1.0, tx, ty])
    }
    fn of(a: &[Object]) -> Option<M> {
        if a.len() < 6 {
            return None;
        }
        let mut m = [0.0; 6];
        for (k, o) in a.iter().take(6).enumerate() {
            m[k] = num(o)?;
        }
        m.iter().all(|v| v.is_finite()).then_some(M(m))
    }
}

/// Fonts read so far in one file, by object: a font shared by 2,000 pages
/// is read once.
#[derive(Default)]
pub(crate) struct FontCache {
    by_id: HashMap<ObjectId, Rc<Font>>,
}

#[derive(Clone)]
struct TextState {
    font: Option<Rc<Font>>,
    size: f64,
    tc: f64,
    tw: f64,
    th: f64,
    tl: f64,
    rise: f64,
    /// Render mode 3 or 7: the text is not painted (an OCR layer over a
    /// page's image).
    hidden: bool,
}

#[derive(Clone)]
struct GState {
    ctm: M,
    ts: TextState,
    /// Fill / stroke paint is white: paths drawn with it are no rules.
    fill_white: bool,
    stroke_white: bool,
}

/// A path under construction: subpaths of points, closed or not.
#[derive(Default)]
struct Path {
    subs: Vec<(Vec<(f64, f64)>, bool)>,
}

impl Path {
    fn current(&mut self) -> Option<&mut (Vec<(f64, f64)>, bool)> {
        self.subs.last_mut()
    }
}

/// Interprets page content.
pub(crate) struct Interp<'a> {
    doc: &'a Document,
    rules: &'a Rules,
    cache: &'a mut FontCache,
    /// What the page shows so far.
    pub page: Page,
    /// Decoded bytes still allowed for form XObjects of this page.
    budget: usize,
    ops: usize,
    /// A legacy font showed text: its table's index.
    pub legacy: Option<usize>,
    /// Form XObjects on the current chain (a form drawing itself).
    chain: Vec<ObjectId>,
}

impl<'a> Interp<'a> {
    pub fn new(doc: &'a Document, rules: &'a Rules, cache: &'a mut FontCache, budget: usize) -> Self {
        Interp {
            doc,
            rules,
            cache,
            page: Page::default(),
            budget,
            ops: 0,
            legacy: None,
            chain: Vec::new(),
        }
    }

    /// The fonts of a resource dictionary, by resource name.
    fn fonts_of(&mut self, res: Option<&Dictionary>) -> HashMap<Vec<u8>, Rc<Font>> {
        let mut out = HashMap::new();
        let Some(fonts) = res.and_then(|r| r.get(b"Font").ok()).map(|o| deref(self.doc, o)).and_then(|o| o.as_dict().ok()) else {
            return out;
        };
        for (name, o) in fonts.iter() {
            let font = match o {
                Object::Reference(id) => {
                    if let Some(f) = self.cache.by_id.get(id) {
                        f.clone()
                    } else {
                        let Ok(d) = self.doc.get_dictionary(*id) else { continue };
                        let f = Rc::new(load_font(self.doc, d, self.rules));
                        self.cache.by_id.insert(*id, f.clone());
                        f
                    }
                }
                Object::Dictionary(d) => Rc::new(load_font(self.doc, d, self.rules)),
                _ => continue,
            };
            out.insert(name.clone(), font);
        }
        out
    }

    /// Interprets a page's (or a form's) operators.
    pub fn run(&mut self, ops: &[Operation], res: Option<&'a Dictionary>, ctm: M, depth: u32) {
        let fonts = self.fonts_of(res);
        let doc = self.doc;
        let xobjects = res.and_then(|r| r.get(b"XObject").ok()).map(|o| deref(doc, o)).and_then(|o| o.as_dict().ok());
        let mut gs = GState {
            ctm,
            ts: TextState {
                font: None,
                size: 0.0,
                tc: 0.0,
                tw: 0.0,
                th: 1.0,
                tl: 0.0,
                rise: 0.0,
                hidden: false,
            },
            fill_white: false,
            stroke_white: false,
        };
        let mut stack: Vec<GState> = Vec::new();
        let mut tm = M::ID;
        let mut tlm = M::ID;
        let mut path = Path::default();
        for op in ops {
            self.ops += 1;
            if self.ops > MAX_OPS || self.page.runs.len() > MAX_RUNS || self.page.segs.len() > MAX_SEGS {
                break;
            }
            let a = &op.operands;
            let n = |i: usize| a.get(i).and_then(num).filter(|v| v.is_finite()).unwrap_or(0.0);
            match op.operator.as_str() {
                "q" if stack.len() < 4096 => stack.push(gs.clone()),
                "Q" => {
                    if let Some(s) = stack.pop() {
                        gs = s;
                    }
                }
                "cm" => {
                    if let Some(m) = M::of(a) {
                        gs.ctm = m.mul(gs.ctm);
                    }
                }
                "g" | "rg" | "k" | "sc" | "scn" => gs.fill_white = is_white(op.operator.as_str(), a),
                "G" | "RG" | "K" | "SC" | "SCN" => gs.stroke_white = is_white(&op.operator.to_lowercase(), a),
                "BT" => {
                    tm = M::ID;
                    tlm = M::ID;
                }
                "Tf" => {
                    gs.ts.font = a.first().and_then(|o| o.as_name().ok()).and_then(|f| fonts.get(f)).cloned();
                    gs.ts.size = n(1);
                }
                "Tc" => gs.ts.tc = n(0),
                "Tw" => gs.ts.tw = n(0),
                "Tz" => gs.ts.th = n(0) / 100.0,
                "TL" => gs.ts.tl = n(0),
                "Ts" => gs.ts.rise = n(0),
                "Tr" => gs.ts.hidden = matches!(n(0) as i64, 3 | 7),
                "Td" => {
                    tlm = M::translate(n(0), n(1)).mul(tlm);
                    tm = tlm;
                }
                "TD" => {
                    gs.ts.tl = -n(1);
                    tlm = M::translate(n(0), n(1)).mul(tlm);
                    tm = tlm;
                }
                "Tm" => {
                    if let Some(m) = M::of(a) {
                        tlm = m;
                        tm = tlm;
                    }
                }
                "T*" => {
                    tlm = M::translate(0.0, -gs.ts.tl).mul(tlm);
                    tm = tlm;
                }
                "Tj" | "'" | "\"" => {
                    if op.operator != "Tj" {
                        if op.operator == "\"" {
                            gs.ts.tw = n(0);
                            gs.ts.tc = n(1);
                        }
                        tlm = M::translate(0.0, -gs.ts.tl).mul(tlm);
                        tm = tlm;
                    }
                    if let Some(Object::String(bytes, _)) = a.last() {
                        self.show(bytes, &gs.ts, &mut tm, gs.ctm, false);
                    }
                }
                "TJ" => {
                    if let Some(Object::Array(items)) = a.first() {
                        let mut first = true;
                        for it in items {
                            match it {
                                Object::String(bytes, _) => {
                                    self.show(bytes, &gs.ts, &mut tm, gs.ctm, !first);
                                    first = false;
                                }
                                o => {
                                    if let Some(k) = num(o).filter(|k| k.is_finite()) {
                                        let tx = -k / 1000.0 * gs.ts.size * gs.ts.th;
                                        tm = M::translate(tx, 0.0).mul(tm);
                                    }
                                }
                            }
                        }
                    }
                }
                "m" if path.subs.len() < 100_000 => path.subs.push((vec![gs.ctm.apply(n(0), n(1))], false)),
                "l" => {
                    let p = gs.ctm.apply(n(0), n(1));
                    match path.current() {
                        Some((pts, _)) if pts.len() < 100_000 => pts.push(p),
                        Some(_) => {}
                        None => path.subs.push((vec![p], false)),
                    }
                }
                "c" | "v" | "y" => {
                    // A curve: no rule; keep only where it ends.
                    let k = if op.operator == "c" { 4 } else { 2 };
                    let p = gs.ctm.apply(n(k), n(k + 1));
                    path.subs.push((vec![p], false));
                }
                "h" => {
                    if let Some(sub) = path.current() {
                        sub.1 = true;
                    }
                }
                "re" => {
                    let (x, y, w, h) = (n(0), n(1), n(2), n(3));
                    let m = gs.ctm;
                    if path.subs.len() < 100_000 {
                        path.subs.push((vec![m.apply(x, y), m.apply(x + w, y), m.apply(x + w, y + h), m.apply(x, y + h)], true));
                    }
                }
                "S" | "s" => {
                    if !gs.stroke_white {
                        self.stroke(&path);
                    }
                    path.subs.clear();
                }
                "f" | "F" | "f*" => {
                    if !gs.fill_white {
                        self.fill(&path);
                    }
                    path.subs.clear();
                }
                "B" | "B*" | "b" | "b*" => {
                    if !gs.stroke_white {
                        self.stroke(&path);
                    } else if !gs.fill_white {
                        self.fill(&path);
                    }
                    path.subs.clear();
                }
                "n" => path.subs.clear(),
                "Do" => {
                    if let (Some(name), Some(xo)) = (a.first().and_then(|o| o.as_name().ok()), xobjects) {
                        if let Ok(Object::Reference(id)) = xo.get(name) {
                            self.form(*id, gs.ctm, res, depth);
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// Draws a form XObject.
    fn form(&mut self, id: ObjectId, ctm: M, parent_res: Option<&'a Dictionary>, depth: u32) {
        if depth >= MAX_FORM_DEPTH || self.chain.contains(&id) {
            return;
        }
        let doc = self.doc;
        let Ok(stream) = doc.get_object(id).and_then(|o| o.as_stream()) else { return };
        if stream.dict.get(b"Subtype").ok().and_then(|o| o.as_name().ok()) != Some(b"Form".as_slice()) {
            return;
        }
        let data = if stream.dict.get(b"Filter").is_ok() {
            match stream.decompressed_content_with_limit(self.budget) {
                Ok(d) => d,
                Err(_) => return,
            }
        } else {
            stream.content.clone()
        };
        if data.len() > self.budget {
            return;
        }
        self.budget -= data.len();
        let Ok(content) = Content::decode(&data) else { return };
        let matrix = stream
            .dict
            .get(b"Matrix")
            .ok()
            .map(|o| deref(doc, o))
            .and_then(|o| o.as_array().ok())
            .and_then(|a| M::of(a))
            .unwrap_or(M::ID);
        let res = stream.dict.get(b"Resources").ok().map(|o| deref(doc, o)).and_then(|o| o.as_dict().ok()).or(parent_res);
        self.chain.push(id);
        self.run(&content.operations, res, matrix.mul(ctm), depth + 1);
        self.chain.pop();
    }

    /// Edges of stroked paths that run straight across or down.
    fn stroke(&mut self, path: &Path) {
        for (pts, closed) in &path.subs {
            let n = pts.len();
            let edges = if *closed && n > 2 { n } else { n.saturating_sub(1) };
            for k in 0..edges {
                let (s, e) = (pts[k], pts[(k + 1) % n]);
                if (s.1 - e.1).abs() < 1.0 || (s.0 - e.0).abs() < 1.0 {
                    self.page.segs.push(Seg { x0: s.0, y0: s.1, x1: e.0, y1: e.1 });
                }
            }
        }
    }

    /// Filled shapes thin enough to be rules (a cell border drawn as a
    /// filled rectangle); wider fills are shading.
    fn fill(&mut self, path: &Path) {
        for (pts, _) in &path.subs {
            if pts.len() < 2 {
                continue;
            }
            let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
            for &(x, y) in pts {
                x0 = x0.min(x);
                x1 = x1.max(x);
                y0 = y0.min(y);
                y1 = y1.max(y);
            }
            let (w, h) = (x1 - x0, y1 - y0);
            if h < 2.5 && w > h {
                let ym = (y0 + y1) / 2.0;
                self.page.segs.push(Seg { x0, y0: ym, x1, y1: ym });
            } else if w < 2.5 && h > w {
                let xm = (x0 + x1) / 2.0;
                self.page.segs.push(Seg { x0: xm, y0, x1: xm, y1 });
            }
        }
    }

    /// Shows a string: decodes its codes, measures them, and adds a run.
    fn show(&mut self, bytes: &[u8], ts: &TextState, tm: &mut M, ctm: M, same_array: bool) {
        let Some(font) = ts.font.clone() else {
            // No font selected: nothing can be told of the text.
            return;
        };
        let two = font.two_byte;
        let mut text = String::new();
        let mut advance = 0.0;
        let mut push_code = |code: u32, text: &mut String| {
            advance += (font.width(code) * ts.size + ts.tc + if code == 32 && !two { ts.tw } else { 0.0 }) * ts.th;
            text.push_str(font.text_of(code));
        };
        if two {
            for c in bytes.chunks(2) {
                let code = if c.len() == 2 { (c[0] as u32) << 8 | c[1] as u32 } else { c[0] as u32 };
                push_code(code, &mut text);
            }
        } else {
            for &b in bytes {
                push_code(b as u32, &mut text);
            }
        }
        if let Some(t) = font.legacy {
            if let Some(converted) = legacy_text(&text, &self.rules.legacy[t]) {
                text = converted;
                self.legacy = Some(t);
            }
        }
        let text = if text.contains('\u{a0}') { text.replace('\u{a0}', " ") } else { text };
        if ts.hidden {
            self.page.hidden_chars += text.chars().filter(|c| !c.is_whitespace()).count();
        }
        let m = M::translate(0.0, ts.rise).mul(*tm).mul(ctm);
        let (x0, y) = m.apply(0.0, 0.0);
        let (x1, y1) = m.apply(advance, 0.0);
        *tm = M::translate(advance, 0.0).mul(*tm);
        // Rotated text (a margin note, a stamp) is left out of the lines.
        if (y1 - y).abs() > 0.2 * (x1 - x0).abs().max(1.0) {
            return;
        }
        if text.is_empty() || !(x0.is_finite() && x1.is_finite() && y.is_finite()) {
            return;
        }
        let scale = (m.0[2].powi(2) + m.0[3].powi(2)).sqrt();
        let size = (ts.size * scale).abs().clamp(1.0, 1000.0);
        let (x0, x1) = (x0.min(x1), x0.max(x1));
        // The next piece of the same word: one run.
        if let Some(last) = self.page.runs.last_mut() {
            let gap = x0 - last.x1;
            if (last.y - y).abs() < 0.05 * size && (last.size - size).abs() < 0.1 * size && gap > -0.2 * size && gap < if same_array { 0.12 } else { 0.05 } * size {
                last.text.push_str(&text);
                last.x1 = last.x1.max(x1);
                return;
            }
        }
        self.page.runs.push(Run { x0, x1, y, size, text });
    }
}

/// Whether a colour operator's operands paint white.
fn is_white(op: &str, a: &[Object]) -> bool {
    let v: Vec<f64> = a.iter().filter_map(num).collect();
    match op {
        "g" => v.len() == 1 && v[0] > 0.97,
        "rg" => v.len() == 3 && v.iter().all(|c| *c > 0.97),
        "k" => v.len() == 4 && v.iter().all(|c| *c < 0.03),
        _ => false,
    }
}

/// Legacy-font text (each char one font byte, as Windows-1252 or
/// Latin-1 shows it) converted through its table; `None` when the text is
/// already Unicode Vietnamese (a ToUnicode map that did the work).
pub(crate) fn legacy_text(text: &str, table: &crate::legacy::LegacyTable) -> Option<String> {
    let mut bytes_text = String::with_capacity(text.len());
    for c in text.chars() {
        let u = c as u32;
        if (0x1EA0..=0x1EF9).contains(&u) || matches!(c, 'ơ' | 'ư' | 'Ơ' | 'Ư' | 'ă' | 'Ă' | 'đ' | 'ĩ' | 'ũ') {
            return None;
        }
        match u {
            // Symbol-font private use: the byte itself.
            0xF020..=0xF0FF => bytes_text.push_str(&crate::legacy::bytes_as_cp1252(&[(u - 0xF000) as u8])),
            // C1 controls: the Windows-1252 char of that byte.
            0x80..=0x9F => bytes_text.push_str(&crate::legacy::bytes_as_cp1252(&[u as u8])),
            _ => bytes_text.push(c),
        }
    }
    Some(table.convert(&bytes_text))
}
