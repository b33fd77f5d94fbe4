//! Time spent per pipeline stage over a folder of text documents, for
//! finding where to make chitieu faster:
//!
//!     cargo run --release --example stage_times bench-out/corpus
// The allocator the binary uses: times comparable with its own.
#[global_allocator]
static GLOBAL: chitieu::alloc::MiMalloc = chitieu::alloc::MiMalloc;
use std::time::{Duration, Instant};
mod common;

fn main() {
    let rules = chitieu::Rules::builtin().unwrap();
    let files = common::files();
    let mut t = [Duration::ZERO; 9];
    for f in &files {
        let s0 = Instant::now();
        let mut src = chitieu::read::read_path(f, "x", &rules).unwrap();
        let s1 = Instant::now();
        chitieu::normalize::normalize(&mut src, &rules);
        let s2 = Instant::now();
        let tables = std::mem::take(&mut src.tables);
        let lay = chitieu::layout::layout(&src.lines, tables);
        let s3 = Instant::now();
        let segs = chitieu::segment::segment(&src.lines);
        let s4 = Instant::now();
        let mut th = Duration::ZERO;
        let mut tt = Duration::ZERO;
        let mut tp = Duration::ZERO;
        for seg in &segs {
            let a = Instant::now();
            let h = chitieu::header::parse(&src.lines, seg.start, seg.body_end, seg.end, &rules);
            let b = Instant::now();
            th += b - a;
            for (j, tab) in lay.tables.iter().filter(|x| (seg.start..seg.end).contains(&x.line_range().0)).enumerate() {
                let _ = chitieu::tables::read(&rules, tab, j, Some(2023));
            }
            let c = Instant::now();
            tt += c - b;
            for li in seg.start..seg.body_end {
                if lay.in_table[li] || h.header_lines.binary_search(&li).is_ok() {
                    continue;
                }
                let _ = chitieu::prose::read(&rules, &src.lines[li].text, li + 1, None, Some(2023));
            }
            tp += Instant::now() - c;
        }
        let s5 = Instant::now();
        let docs = chitieu::extract::extract(chitieu::read::read_path(f, "x", &rules).unwrap(), &rules);
        let s6 = Instant::now();
        let mut out = Vec::new();
        for d in &docs {
            serde_json::to_writer(&mut out, d).unwrap();
        }
        let s7 = Instant::now();
        t[0] += s1 - s0;
        t[1] += s2 - s1;
        t[2] += s3 - s2;
        t[3] += s4 - s3;
        t[4] += th;
        t[5] += tt;
        t[6] += tp;
        t[7] += s6 - s5;
        t[8] += s7 - s6;
    }
    let names = ["read", "normalize", "layout", "segment", "header", "tables", "prose", "full extract (incl read)", "serialize"];
    for (n, d) in names.iter().zip(t) {
        println!("{n:28} {:8.1} ms", d.as_secs_f64() * 1000.0);
    }
}
