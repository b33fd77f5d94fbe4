//! Extraction time per kind of document (the file name after the bench's
//! `NNNNN_` prefix), with MB/s and JSON bytes out per byte in:
//!
//!     cargo run --release --example kind_times bench-out/corpus
// The allocator the binary uses: times comparable with its own.
#[global_allocator]
static GLOBAL: chitieu::alloc::MiMalloc = chitieu::alloc::MiMalloc;
use std::time::Instant;
mod common;

fn main() {
    let rules = chitieu::Rules::builtin().unwrap();
    let mut m: std::collections::BTreeMap<String, (usize, usize, f64, usize)> = Default::default();
    for path in common::files() {
        let name = path.file_name().unwrap_or_default().to_string_lossy().to_string();
        let kind = name.split_once('_').map_or(name.clone(), |x| x.1.to_string());
        let len = std::fs::metadata(&path).unwrap().len() as usize;
        let t = Instant::now();
        let src = chitieu::read::read_path(&path, "x", &rules).unwrap();
        let docs = chitieu::extract::extract(src, &rules);
        let mut out = Vec::new();
        for d in &docs {
            chitieu::json::write_document(&mut out, d);
        }
        let dt = t.elapsed().as_secs_f64();
        let ent = m.entry(kind).or_default();
        ent.0 += 1;
        ent.1 += len;
        ent.2 += dt;
        ent.3 += out.len();
    }
    let total: f64 = m.values().map(|v| v.2).sum();
    for (k, v) in &m {
        println!(
            "{k:45} {:4} files {:8.1} KB  {:6.1} ms ({:4.1}%)  {:5.1} MB/s  out {:5.1}x",
            v.0,
            v.1 as f64 / 1e3,
            v.2 * 1e3,
            v.2 / total * 100.0,
            v.1 as f64 / v.2 / 1e6,
            v.3 as f64 / v.1 as f64
        );
    }
    println!("total {:.1} ms", total * 1e3);
}
