//! Time the read stage takes per kind of file (by name ending) over a
//! folder, for finding where reading is slow:
//!
//!     cargo run --release --example read_times bench-out/corpus
// The allocator the binary uses: times comparable with its own.
#[global_allocator]
static GLOBAL: chitieu::alloc::MiMalloc = chitieu::alloc::MiMalloc;
use std::collections::BTreeMap;
use std::time::{Duration, Instant};
mod common;

fn main() {
    let rules = chitieu::Rules::builtin().unwrap();
    let files = common::files();
    let mut by: BTreeMap<String, (Duration, Duration, usize, usize)> = BTreeMap::new();
    for f in &files {
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        let kind = name.split_once('_').map(|x| x.1).unwrap_or(&name).to_string();
        let bytes = std::fs::metadata(f).unwrap().len() as usize;
        let s0 = Instant::now();
        let mut src = chitieu::read::read_path(f, "x", &rules).unwrap();
        let s1 = Instant::now();
        chitieu::normalize::normalize(&mut src, &rules);
        let s2 = Instant::now();
        let e = by.entry(kind).or_default();
        e.0 += s1 - s0;
        e.1 += s2 - s1;
        e.2 += 1;
        e.3 += bytes;
    }
    let (mut tr, mut tn) = (Duration::ZERO, Duration::ZERO);
    for (k, (r, n, c, b)) in &by {
        tr += *r;
        tn += *n;
        println!(
            "{k:45} {c:4} files {:7.1} KB  read {:6.1} ms ({:6.1} MB/s)  normalize {:6.1} ms",
            *b as f64 / 1e3 / *c as f64,
            r.as_secs_f64() * 1e3,
            *b as f64 / 1e6 / r.as_secs_f64(),
            n.as_secs_f64() * 1e3
        );
    }
    println!("total read {:.1} ms normalize {:.1} ms", tr.as_secs_f64() * 1e3, tn.as_secs_f64() * 1e3);
}
