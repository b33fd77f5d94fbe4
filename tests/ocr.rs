//! OCR end to end: a page of a seed's PDF rendered to an image, read back
//! through Tesseract. Skipped (with a note) where Tesseract or poppler is
//! missing; CI installs both through scripts/setup.sh.

use std::process::Command;
use std::time::Instant;

use crate::util::{chitieu, documents, root};

fn have(cmd: &str) -> bool {
    Command::new(cmd).arg("-v").output().is_ok() || Command::new(cmd).arg("--version").output().is_ok()
}

/// Whether Tesseract and poppler are here; a note when not.
fn ocr_tools() -> bool {
    let here = have("tesseract") && have("pdftoppm");
    if !here {
        eprintln!("skipped: tesseract or pdftoppm is not installed (scripts/setup.sh installs them)");
    }
    here
}

/// Page `page` of seed 000's PDF rendered in grey at `dpi` as
/// `<dir>/<name>.png`, whose path is given.
fn seed_page(dir: &std::path::Path, name: &str, page: &str, dpi: &str) -> std::path::PathBuf {
    let pdf = root().join("corpus/pdf/docs/000_baa033226be5bd4a.pdf");
    let prefix = dir.join(name);
    let ok = Command::new("pdftoppm")
        .args(["-r", dpi, "-gray", "-png", "-f", page, "-l", page, "-singlefile"])
        .arg(&pdf)
        .arg(&prefix)
        .status()
        .unwrap();
    assert!(ok.success());
    prefix.with_extension("png")
}

#[test]
fn a_rendered_page_is_read_by_ocr_and_cached() {
    if !ocr_tools() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let png = seed_page(dir.path(), "page", "1", "300");
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
    if !ocr_tools() {
        return;
    }
    // Pages 1 (a dispatch) and 4 (an appendix table) of a seed's PDF, at
    // 200 dpi, as one TIFF.
    let dir = tempfile::tempdir().unwrap();
    for page in ["1", "4"] {
        seed_page(dir.path(), &format!("p{page}"), page, "200");
    }
    let mut pngs: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "png"))
        .collect();
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

#[test]
fn page_images_in_a_row_are_read_in_one_tesseract_run() {
    if !ocr_tools() {
        return;
    }
    // Pages 1–3 of a seed's PDF as three image files, a damaged "image"
    // among them, and a text file after them.
    let dir = tempfile::tempdir().unwrap();
    let pages = dir.path().join("pages");
    std::fs::create_dir(&pages).unwrap();
    let pdf = root().join("corpus/pdf/docs/000_baa033226be5bd4a.pdf");
    let ok = Command::new("pdftoppm")
        .args(["-r", "200", "-gray", "-png", "-f", "1", "-l", "3"])
        .arg(&pdf)
        .arg(pages.join("p"))
        .status()
        .unwrap();
    assert!(ok.success());
    std::fs::write(pages.join("p-2b.png"), b"\x89PNG\r\n\x1a\n not really").unwrap();
    std::fs::copy(root().join("corpus/seeds/docs/000_baa033226be5bd4a.txt"), pages.join("z.txt")).unwrap();
    // Tesseract behind a shim that counts its runs.
    let shim = dir.path().join("bin");
    std::fs::create_dir(&shim).unwrap();
    let log = dir.path().join("runs.log");
    let real = std::env::split_paths(&std::env::var_os("PATH").unwrap()).map(|d| d.join("tesseract")).find(|f| f.is_file()).unwrap();
    let script = format!("#!/bin/sh\necho run >> '{}'\nexec '{}' \"$@\"\n", log.display(), real.display());
    std::fs::write(shim.join("tesseract"), script).unwrap();
    std::process::Command::new("chmod").arg("+x").arg(shim.join("tesseract")).status().unwrap();
    let path = std::env::join_paths(std::iter::once(shim.clone()).chain(std::env::split_paths(&std::env::var_os("PATH").unwrap()))).unwrap();
    let run = |args: &[&str]| Command::new(env!("CARGO_BIN_EXE_chitieu")).args(args).env("PATH", &path).output().unwrap();
    let runs = || std::fs::read_to_string(&log).map(|s| s.lines().count()).unwrap_or(0);

    let out = run(&["extract", "-q", "--no-cache", "--jobs", "1", pages.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "the damaged image fails, the rest is read");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("p-2b.png") && stderr.lines().count() == 1, "{stderr}");
    let together = runs();
    // Three pages: one run, and at most one more for their doubtful words.
    assert!((1..=2).contains(&together), "{together} Tesseract runs");
    let docs = documents(&out.stdout);
    let images: Vec<&chitieu::Document> = docs.iter().filter(|d| d.source.format == "image").collect();
    assert!(docs.iter().any(|d| d.source.format == "text"));
    // Each file's reading is what it is alone.
    let mut alone = Vec::new();
    for p in ["p-1.png", "p-2.png", "p-3.png"] {
        let o = run(&["extract", "-q", "--no-cache", pages.join(p).to_str().unwrap()]);
        alone.extend(documents(&o.stdout));
    }
    assert!(runs() - together >= 3, "each file alone takes a run of its own");
    assert_eq!(images.len(), alone.len());
    for (a, b) in images.iter().zip(&alone) {
        assert_eq!(a.number, b.number);
        assert_eq!(a.targets.len(), b.targets.len());
        assert_eq!(serde_json::to_value(&a.targets).unwrap(), serde_json::to_value(&b.targets).unwrap());
    }
}

#[test]
fn a_pdf_with_an_ocr_text_layer_is_read_again_with_its_rules() {
    if !ocr_tools() {
        return;
    }
    // The appendix page of a seed (105 values over pages 4 and 5), scanned
    // and made searchable as scanners and ocrmypdf do: the page's image with
    // the OCR's words not painted over it. The layer has the words but not
    // the table's rules, which are in the image: read as it is, no value of
    // the table is found.
    let dir = tempfile::tempdir().unwrap();
    let png = seed_page(dir.path(), "page", "4", "300");
    let layer = dir.path().join("searchable");
    let ok = Command::new("tesseract").arg(png).arg(&layer).args(["-l", "vie", "pdf"]).output().unwrap();
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    let out = chitieu(&["extract", "-q", "--no-cache", layer.with_extension("pdf").to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let docs = documents(&out.stdout);
    let d = &docs[0];
    assert!(d.source.ocr);
    assert_eq!(d.source.format, "pdf");
    assert!(d.warnings.iter().any(|w| w.code == "ocr_layer_replaced"), "{:?}", d.warnings);
    let table: Vec<_> = d.targets.iter().filter(|t| t.provenance.kind == "table").collect();
    assert!(table.len() >= 95, "{} table targets", table.len());
    // Each a unit's, by name, with one of the table's three indicators.
    for t in &table {
        let unit = t.unit.as_deref().unwrap_or("");
        assert!(unit.chars().any(char::is_alphabetic), "{unit:?}");
        assert!(
            matches!(t.metric.as_deref(), Some("online_dossier_rate" | "dossier_digitization_rate" | "online_payment_rate")),
            "{:?}",
            t.metric
        );
    }
}
