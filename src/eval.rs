//! Scoring an extraction against hand-checked gold answers (the format of
//! `shared/gold/*.json`): documents found, header fields, targets matched
//! as a multiset on (unit, metric, value), precision/recall/F1, comparator
//! accuracy, and every miss and extra listed. Agrees with `score.py`.
//!
//! In: predicted documents as JSON values, gold files. Out: a [`Report`].

use std::collections::HashMap;
use std::path::Path;

use once_cell::sync::Lazy;
use regex::Regex;
use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

use crate::error::{Error, Result};

static UBND: Lazy<Regex> = Lazy::new(|| Regex::new(r"\bubnd\b").unwrap());
static HDND: Lazy<Regex> = Lazy::new(|| Regex::new(r"\bhdnd\b").unwrap());

/// The scorer's folding: no diacritics, lower case, UBND/HĐND expanded,
/// punctuation and spacing ignored.
pub fn fold(s: &str) -> String {
    let s: String = s.nfd().filter(|c| !unicode_normalization::char::is_combining_mark(*c)).collect();
    let s = s.replace(['đ', 'Đ'], "d").to_lowercase();
    let s = UBND.replace_all(&s, "uy ban nhan dan");
    let s = HDND.replace_all(&s, "hoi dong nhan dan");
    let mapped: String = s.chars().map(|c| if c.is_ascii_lowercase() || c.is_ascii_digit() { c } else { ' ' }).collect();
    mapped.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn fold_subject(s: &str) -> String {
    let f = fold(s);
    for p in ["v v ", "ve viec "] {
        if let Some(r) = f.strip_prefix(p) {
            return r.to_string();
        }
    }
    f
}

fn fold_number(s: &str) -> String {
    s.nfc().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase()
}

/// One gold document: the file stem it belongs to, its index, its answer.
struct Gold {
    stem: String,
    index: usize,
    doc: Value,
}

fn load_gold(path: &Path) -> Result<Vec<Gold>> {
    let files: Vec<std::path::PathBuf> = if path.is_file() {
        vec![path.to_path_buf()]
    } else {
        let mut v: Vec<_> = std::fs::read_dir(path)
            .map_err(|e| Error::Io { path: path.into(), source: e })?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        v.sort();
        v
    };
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).map_err(|e| Error::Io { path: f.clone(), source: e })?;
        let g: Value = serde_json::from_str(&text).map_err(|e| Error::input(&f, format!("not a gold file: {e}")))?;
        let seed = g.get("seed").and_then(Value::as_str).map(str::to_string).unwrap_or_else(|| f.display().to_string());
        // (A gold named for "x.ocr.txt" pairs with it: score.py strips
        // that from a prediction's path only, and such a file met none.)
        let stem = stem_of_name(&seed);
        let docs = g.get("documents").and_then(Value::as_array).ok_or_else(|| Error::input(&f, "gold file has no \"documents\" array"))?;
        for (i, d) in docs.iter().enumerate() {
            out.push(Gold {
                stem: stem.clone(),
                index: i,
                doc: d.clone(),
            });
        }
    }
    Ok(out)
}

fn stem_of(doc: &Value) -> String {
    stem_of_name(doc.pointer("/source/path").and_then(Value::as_str).unwrap_or(""))
}

/// A file's name without its extension, or without ".scan.pdf" or
/// ".ocr.txt".
fn stem_of_name(p: &str) -> String {
    let base = Path::new(p).file_name().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    for ext in [".scan.pdf", ".ocr.txt"] {
        if let Some(s) = base.strip_suffix(ext) {
            return s.to_string();
        }
    }
    Path::new(&base).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

const FIELDS: [&str; 8] = ["number", "symbol", "type", "issuer", "place", "date", "subject", "signer"];

fn as_str(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

fn field_ok(name: &str, gold: &Value, pred: &Value) -> bool {
    let mut pv = pred.get(name).cloned().unwrap_or(Value::Null);
    if name == "signer" {
        if let Some(n) = pv.get("name") {
            pv = n.clone();
        }
    }
    let pv = as_str(Some(&pv));
    let alts: Vec<Option<String>> = match gold {
        Value::Array(a) => a.iter().map(|v| as_str(Some(v))).collect(),
        v => vec![as_str(Some(v))],
    };
    alts.iter().any(|gv| match name {
        "number" | "symbol" => gv.as_deref().map(fold_number) == pv.as_deref().map(fold_number),
        "type" | "date" => *gv == pv,
        "subject" => match (gv, &pv) {
            (None, None) => true,
            (Some(g), Some(p)) => similarity(&fold_subject(g), &fold_subject(p)) >= 0.9,
            _ => false,
        },
        _ => gv.as_deref().map(fold) == pv.as_deref().map(fold),
    })
}

/// Ratcliff/Obershelp similarity, as Python's `difflib.SequenceMatcher.ratio`.
pub fn similarity(a: &str, b: &str) -> f64 {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    fn matches(a: &[char], b: &[char]) -> usize {
        // Longest common block, then recurse on both sides.
        let (mut best, mut bi, mut bj) = (0, 0, 0);
        let mut prev = vec![0usize; b.len() + 1];
        for (i, ai) in a.iter().enumerate() {
            let mut cur = vec![0usize; b.len() + 1];
            for j in 0..b.len() {
                if *ai == b[j] {
                    cur[j + 1] = prev[j] + 1;
                    if cur[j + 1] > best {
                        best = cur[j + 1];
                        bi = i + 1 - best;
                        bj = j + 1 - best;
                    }
                }
            }
            prev = cur;
        }
        if best == 0 {
            return 0;
        }
        best + matches(&a[..bi], &b[..bj]) + matches(&a[bi + best..], &b[bj + best..])
    }
    2.0 * matches(&a, &b) as f64 / (a.len() + b.len()) as f64
}

type Key = (Option<String>, Option<String>, Option<i64>);

fn target_keys(t: &Value) -> Vec<Key> {
    let units: Vec<Option<String>> = match t.get("unit") {
        Some(Value::Array(a)) => a.iter().map(|u| as_str(Some(u))).collect(),
        u => vec![as_str(u)],
    };
    let metric = as_str(t.get("metric"));
    let value = t.get("value").and_then(Value::as_f64).map(|v| (v * 1000.0).round() as i64);
    units.into_iter().map(|u| (u.as_deref().map(fold), metric.clone(), value)).collect()
}

/// Counts for one provenance kind.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    /// Matched.
    pub tp: usize,
    /// Predicted, not in gold.
    pub fp: usize,
    /// In gold, not predicted.
    pub fn_: usize,
}

/// Precision, recall, F1 as `score.py` computes them.
pub fn prf(c: Counts) -> (f64, f64, f64) {
    let (tp, fp, fn_) = (c.tp as f64, c.fp as f64, c.fn_ as f64);
    let p = if tp + fp > 0.0 {
        tp / (tp + fp)
    } else if c.fn_ == 0 {
        1.0
    } else {
        0.0
    };
    let r = if tp + fn_ > 0.0 { tp / (tp + fn_) } else { 1.0 };
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f)
}

/// The outcome of a scoring run.
#[derive(Debug, Default)]
pub struct Report {
    /// Gold documents.
    pub gold_docs: usize,
    /// Gold documents paired with a prediction.
    pub found_docs: usize,
    /// Predicted documents.
    pub predicted_docs: usize,
    /// Header fields right.
    pub fields_ok: usize,
    /// Header fields compared.
    pub fields_total: usize,
    /// Counts per provenance kind (table, prose).
    pub kinds: Vec<(String, Counts)>,
    /// Comparators right among matched targets.
    pub comparators_ok: usize,
    /// Matched targets.
    pub comparators_total: usize,
    /// Years right among matched targets whose gold names one.
    pub years_ok: usize,
    /// Matched targets whose gold names a year.
    pub years_total: usize,
    /// Every miss, extra and wrong field, one line each.
    pub lines: Vec<String>,
}

impl Report {
    /// All kinds added up.
    pub fn total(&self) -> Counts {
        self.kinds.iter().fold(Counts::default(), |a, (_, c)| Counts {
            tp: a.tp + c.tp,
            fp: a.fp + c.fp,
            fn_: a.fn_ + c.fn_,
        })
    }

    /// Share of header fields right.
    pub fn field_rate(&self) -> f64 {
        if self.fields_total == 0 {
            1.0
        } else {
            self.fields_ok as f64 / self.fields_total as f64
        }
    }

    /// The summary line, as `score.py` prints it.
    pub fn score_line(&self) -> String {
        let (p, r, f) = prf(self.total());
        format!(
            "score: targets F1={f:.4} P={p:.4} R={r:.4} fields={:.4} documents={}/{}",
            self.field_rate(),
            self.found_docs,
            self.gold_docs
        )
    }

    fn kind(&mut self, k: &str) -> &mut Counts {
        if let Some(i) = self.kinds.iter().position(|(n, _)| n == k) {
            return &mut self.kinds[i].1;
        }
        self.kinds.push((k.to_string(), Counts::default()));
        &mut self.kinds.last_mut().unwrap().1
    }
}

/// Scores `pred` (document objects as JSON) against the gold at `gold`.
pub fn score(gold: &Path, pred: &[Value]) -> Result<Report> {
    let gold = load_gold(gold)?;
    let mut report = Report {
        gold_docs: gold.len(),
        predicted_docs: pred.len(),
        ..Report::default()
    };
    let mut by_stem: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, d) in pred.iter().enumerate() {
        by_stem.entry(stem_of(d)).or_default().push(i);
    }
    let mut used = vec![false; pred.len()];
    let per_stem: HashMap<&str, usize> = gold.iter().fold(HashMap::new(), |mut m, g| {
        *m.entry(g.stem.as_str()).or_default() += 1;
        m
    });
    for g in &gold {
        let gd = g.doc.get("document").cloned().unwrap_or(Value::Null);
        let cands: &[usize] = by_stem.get(&g.stem).map(Vec::as_slice).unwrap_or(&[]);
        let gnum = as_str(gd.get("number")).map(|s| fold_number(&s));
        let mut hit = None;
        if let Some(gn) = &gnum {
            hit = cands.iter().copied().find(|&j| as_str(pred[j].get("number")).map(|s| fold_number(&s)).as_ref() == Some(gn));
        }
        if hit.is_none() {
            let gsym = as_str(gd.get("symbol")).map(|s| fold_number(&s));
            hit = cands
                .iter()
                .copied()
                .find(|&j| !used[j] && gsym.is_some() && as_str(pred[j].get("symbol")).map(|s| fold_number(&s)) == gsym && as_str(pred[j].get("number")).is_none());
            if hit.is_none() && cands.len() == per_stem.get(g.stem.as_str()).copied().unwrap_or(0) {
                hit = cands.get(g.index).copied().filter(|&j| !used[j]);
            }
        }
        if let Some(j) = hit {
            used[j] = true;
        }
        let label = format!("{}#{} {}", g.stem, g.index, as_str(gd.get("number")).or_else(|| as_str(gd.get("symbol"))).unwrap_or_default());
        let p = hit.map(|j| &pred[j]);
        if p.is_none() {
            report.lines.push(format!("MISSING document {label}"));
        } else {
            report.found_docs += 1;
        }
        for f in FIELDS {
            let Some(gv) = gd.get(f) else { continue };
            report.fields_total += 1;
            if p.is_some_and(|p| field_ok(f, gv, p)) {
                report.fields_ok += 1;
            } else {
                let got = p.and_then(|p| p.get(f)).cloned().unwrap_or(Value::Null);
                report.lines.push(format!("  {label}: {f}: want {gv} got {got}"));
            }
        }
        let gts: Vec<Value> = g.doc.get("targets").and_then(Value::as_array).cloned().unwrap_or_default();
        let pts: Vec<Value> = p.and_then(|p| p.get("targets")).and_then(Value::as_array).cloned().unwrap_or_default();
        let mut index: HashMap<Key, Vec<usize>> = HashMap::new();
        for (j, t) in pts.iter().enumerate() {
            if let Some(k) = target_keys(t).into_iter().next() {
                index.entry(k).or_default().push(j);
            }
        }
        let mut taken = vec![false; pts.len()];
        for gt in &gts {
            let kind = as_str(gt.get("kind")).unwrap_or_else(|| "table".into());
            let hit = target_keys(gt).into_iter().find_map(|k| index.get(&k).and_then(|v| v.iter().copied().find(|&j| !taken[j])));
            match hit {
                Some(j) => {
                    taken[j] = true;
                    report.kind(&kind).tp += 1;
                    report.comparators_total += 1;
                    let what = || {
                        format!(
                            "{} {} {}",
                            gt.get("unit").cloned().unwrap_or(Value::Null),
                            as_str(gt.get("metric")).unwrap_or_else(|| "None".into()),
                            gt.get("value").cloned().unwrap_or(Value::Null)
                        )
                    };
                    if pts[j].get("comparator") == gt.get("comparator") {
                        report.comparators_ok += 1;
                    } else {
                        let got = pts[j].get("comparator").cloned().unwrap_or(Value::Null);
                        report
                            .lines
                            .push(format!("  {label}: comparator {got} for {}, gold {}", what(), gt.get("comparator").cloned().unwrap_or(Value::Null)));
                    }
                    // (A gold target without a year, or with null, is not counted.)
                    if let Some(year) = gt.get("year").filter(|y| !y.is_null()) {
                        report.years_total += 1;
                        let got = pts[j].get("year").cloned().unwrap_or(Value::Null);
                        if got.as_i64() == year.as_i64() {
                            report.years_ok += 1;
                        } else {
                            report.lines.push(format!("  {label}: year {got} for {}, gold {year}", what()));
                        }
                    }
                }
                None => {
                    report.kind(&kind).fn_ += 1;
                    report.lines.push(format!(
                        "  {label}: missed {kind} target {} {} {}",
                        gt.get("unit").cloned().unwrap_or(Value::Null),
                        as_str(gt.get("metric")).unwrap_or_else(|| "None".into()),
                        gt.get("value").cloned().unwrap_or(Value::Null)
                    ));
                }
            }
        }
        for (j, pt) in pts.iter().enumerate() {
            if taken[j] {
                continue;
            }
            let kind = pt.pointer("/provenance/kind").and_then(Value::as_str).unwrap_or("table").to_string();
            report.kind(&kind).fp += 1;
            report.lines.push(format!(
                "  {label}: extra target {} {} {}",
                pt.get("unit").cloned().unwrap_or(Value::Null),
                as_str(pt.get("metric")).unwrap_or_else(|| "None".into()),
                pt.get("value").cloned().unwrap_or(Value::Null)
            ));
        }
    }
    report.kinds.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similarity_matches_difflib() {
        assert_eq!(similarity("abcd", "abcd"), 1.0);
        // difflib.SequenceMatcher(None, "abcd", "bcde").ratio() == 0.75
        assert!((similarity("abcd", "bcde") - 0.75).abs() < 1e-9);
        assert_eq!(similarity("", "x"), 0.0);
    }

    #[test]
    fn a_file_and_its_gold_pair_by_their_stems() {
        assert_eq!(stem_of_name("docs/abc.ocr.txt"), "abc");
        assert_eq!(stem_of_name("abc.scan.pdf"), "abc");
        assert_eq!(stem_of_name("a/001_x.txt"), "001_x");
        let doc = serde_json::json!({"source": {"path": "in/abc.ocr.txt"}});
        assert_eq!(stem_of(&doc), stem_of_name("abc.ocr.txt"));
    }

    #[test]
    fn folding_like_the_scorer() {
        assert_eq!(fold("UBND huyện Cam Lâm"), "uy ban nhan dan huyen cam lam");
        assert_eq!(fold("Sở Lao động - Thương binh"), "so lao dong thuong binh");
    }
}
