//! Writes what the scan preparation hands to Tesseract for a page image.
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let bytes = std::fs::read(&a[1]).unwrap();
    let p = chitieu::read::scan::prepare(&bytes).unwrap();
    std::fs::write(&a[2], if p.whitened { chitieu::read::scan::pgm(&p.page) } else { bytes }).unwrap();
}
