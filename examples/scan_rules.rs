//! Shows what the scan preparation finds on a page image (skew, rules):
//!
//!     cargo run --release --example scan_rules PAGE.jpg
fn main() {
    let path = std::env::args().nth(1).expect("an image");
    let bytes = std::fs::read(&path).unwrap();
    match chitieu::read::scan::prepare(&bytes) {
        Some(p) => println!("skew {:.4}, {} horizontal, {} vertical rules\n{}", p.skew, p.hrules.len(), p.vrules.len(), p.rows()),
        None => println!("not an image, or blank"),
    }
}
