//! OCR end to end: a page of a seed's PDF rendered to an image, read back
//! through Tesseract. Skipped (with a note) where Tesseract or poppler is
//! missing; CI installs both through scripts/setup.sh.

use std::process::Command;
use std::time::Instant;

use crate::util::{chitieu, documents, root};

fn have(cmd: &str) -> bool {
    Command::new(cmd).arg("-v").output().is_ok() || Command::new(cmd).arg("--version").output().is_ok()
}

#[test]
fn a_rendered_page_is_read_by_ocr_and_cached() {
    if !have("tesseract") || !have("pdftoppm") {
        eprintln!("skipped: tesseract or pdftoppm is not installed (scripts/setup.sh installs them)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let pdf = root().join("corpus/pdf/docs/000_baa033226be5bd4a.pdf");
    let prefix = dir.path().join("page");
    let ok = Command::new("pdftoppm").args(["-r", "300", "-gray", "-png", "-f", "1", "-l", "1", "-singlefile"]).arg(&pdf).arg(&prefix).status().unwrap();
    assert!(ok.success());
    let png = prefix.with_extension("png");
    let cache = dir.path().join("cache");
    let t = Instant::now();
    let out = chitieu(&["extract", "-q", "--cache", cache.to_str().unwrap(), png.to_str().unwrap()]);
    let first = t.elapsed();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let docs = documents(&out.stdout);
    let d = &docs[0];
    assert!(d.source.ocr);
    assert_eq!(d.source.format, "image");
    assert_eq!(d.number.as_deref(), Some("362/UBND-VP"));
    assert_eq!(d.date.as_deref(), Some("2023-07-13"));
    let metrics: Vec<&str> = d.targets.iter().filter_map(|t| t.metric.as_deref()).collect();
    assert!(metrics.contains(&"online_payment_rate"), "{metrics:?}");
    // The second run reads the cache.
    let t = Instant::now();
    let again = chitieu(&["extract", "-q", "--cache", cache.to_str().unwrap(), png.to_str().unwrap()]);
    let second = t.elapsed();
    assert_eq!(out.stdout, again.stdout);
    assert!(second * 10 < first, "cached run {second:?} vs first {first:?}");
}

#[test]
fn a_huge_image_is_refused_quickly() {
    let dir = tempfile::tempdir().unwrap();
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend(20_000u32.to_be_bytes());
    png.extend(20_000u32.to_be_bytes());
    png.extend([8, 0, 0, 0, 0, 0, 0, 0, 0]);
    let p = dir.path().join("huge.png");
    std::fs::write(&p, png).unwrap();
    let out = chitieu(&["extract", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("megapixels"));
}

#[test]
fn a_multi_page_tiff_is_read_page_by_page() {
    if !have("tesseract") || !have("pdftoppm") {
        eprintln!("skipped: tesseract or pdftoppm is not installed (scripts/setup.sh installs them)");
        return;
    }
    // Pages 1 (a dispatch) and 4 (an appendix table) of a seed's PDF, at
    // 200 dpi, as one TIFF.
    let dir = tempfile::tempdir().unwrap();
    let pdf = root().join("corpus/pdf/docs/000_baa033226be5bd4a.pdf");
    for page in ["1", "4"] {
        let prefix = dir.path().join(format!("p{page}"));
        let ok = Command::new("pdftoppm").args(["-r", "200", "-gray", "-png", "-f", page, "-l", page, "-singlefile"]).arg(&pdf).arg(&prefix).status().unwrap();
        assert!(ok.success());
    }
    let mut pngs: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "png")).collect();
    pngs.sort();
    assert_eq!(pngs.len(), 2);
    let tif = dir.path().join("scan.tif");
    {
        let mut enc = tiff::encoder::TiffEncoder::new(std::fs::File::create(&tif).unwrap()).unwrap();
        for p in &pngs {
            let img = image::open(p).unwrap().to_luma8();
            enc.write_image::<tiff::encoder::colortype::Gray8>(img.width(), img.height(), img.as_raw()).unwrap();
        }
    }
    let cache = dir.path().join("cache");
    let out = chitieu(&["extract", "-q", "--jobs", "2", "--cache", cache.to_str().unwrap(), tif.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let docs = documents(&out.stdout);
    assert!(docs.iter().all(|d| d.source.ocr && d.source.format == "image"));
    // The dispatch's number and prose targets are on page 1, table targets on page 2.
    assert_eq!(docs[0].number.as_deref(), Some("362/UBND-VP"));
    let pages: Vec<Option<u32>> = docs.iter().flat_map(|d| d.targets.iter().map(|t| t.provenance.page)).collect();
    assert!(pages.contains(&Some(1)), "{pages:?}");
    assert!(pages.contains(&Some(2)), "{pages:?}");
}
