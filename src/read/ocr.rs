//! OCR of scans and images with Tesseract 5 (Debian: `tesseract-ocr`,
//! `tesseract-ocr-vie`), run as a child process per page image with
//! `OMP_THREAD_LIMIT=1` (parallelism comes from `--jobs`) and a time limit.
//! PDF pages are rendered at 300 dpi with poppler's `pdftoppm`. Tesseract's
//! TSV (word boxes, confidences) is rebuilt into lines; a wide gap between
//! words becomes a tab, so table rows reach the layout stage as cells.
//! Results are cached by the SHA-256 of the page image.

use std::io::Read;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};

use super::{Extracted, ReadOptions};
use crate::record::Warning;

/// Largest image OCR'd, in pixels.
const MAX_PIXELS: u64 = 100_000_000;
/// Words below this confidence on a line with figures are reported.
const LOW_CONFIDENCE: f64 = 60.0;

/// Reads an image file's bytes (PNG, JPEG, TIFF, multi-page TIFF): each
/// page straightened, its rules taken out and OCR'd, `--jobs` pages at a
/// time; lines and rows carry their page.
pub fn read_image(bytes: &[u8], opts: &ReadOptions) -> Result<Extracted, String> {
    let size = imagesize::blob_size(bytes).map_err(|_| "not an image this reader knows (PNG, JPEG, TIFF)".to_string())?;
    let pixels = size.width as u64 * size.height as u64;
    if pixels > MAX_PIXELS {
        return Err(format!("image is {}×{} pixels; the limit is {} megapixels", size.width, size.height, MAX_PIXELS / 1_000_000));
    }
    let is_tiff = bytes.starts_with(b"II*\0") || bytes.starts_with(b"MM\0*");
    let pages: Vec<Vec<u8>> = if is_tiff { tiff_pages(bytes)? } else { vec![bytes.to_vec()] };
    let numbered: Vec<(u32, Vec<u8>)> = pages.into_iter().enumerate().map(|(i, p)| (i as u32 + 1, p)).collect();
    let single = numbered.len() == 1;
    let mut out = Extracted { ocr: true, ..Extracted::default() };
    for (n, r) in ocr_page_images(&numbered, opts) {
        match r {
            Ok(e) => append(&mut out, e),
            // One page only: its error is the file's.
            Err(e) if single => return Err(e),
            Err(e) => out.warnings.push(Warning::new("ocr_failed", format!("page {n}: {e}"), None)),
        }
    }
    Ok(out)
}

/// OCRs page images (page number, image bytes), `--jobs` at a time, in order.
pub(crate) fn ocr_page_images(pages: &[(u32, Vec<u8>)], opts: &ReadOptions) -> Vec<(u32, Result<Extracted, String>)> {
    let mut out = Vec::with_capacity(pages.len());
    for chunk in pages.chunks(opts.jobs.max(1)) {
        std::thread::scope(|s| {
            let handles: Vec<_> = chunk.iter().map(|(n, img)| (*n, s.spawn(move || ocr_page_image(img, *n, opts)))).collect();
            out.extend(handles.into_iter().map(|(n, h)| (n, h.join().unwrap_or_else(|_| Err("OCR worker failed".into())))));
        });
    }
    out
}

/// Most pages read from one TIFF.
const MAX_TIFF_PAGES: usize = 2000;

/// The pages of a TIFF, each as a grey PNG.
fn tiff_pages(bytes: &[u8]) -> Result<Vec<Vec<u8>>, String> {
    use tiff::decoder::{Decoder, DecodingResult};
    use tiff::ColorType;
    let mut dec = Decoder::new(std::io::Cursor::new(bytes)).map_err(|e| format!("damaged TIFF: {e}"))?;
    let mut pages = Vec::new();
    loop {
        let n = pages.len() + 1;
        let (w, h) = dec.dimensions().map_err(|e| format!("TIFF page {n}: {e}"))?;
        if w as u64 * h as u64 > MAX_PIXELS {
            return Err(format!("TIFF page {n} is {w}×{h} pixels; the limit is {} megapixels", MAX_PIXELS / 1_000_000));
        }
        let color = dec.colortype().map_err(|e| format!("TIFF page {n}: {e}"))?;
        let data = match dec.read_image().map_err(|e| format!("TIFF page {n}: {e}"))? {
            DecodingResult::U8(d) => d,
            DecodingResult::U16(d) => d.iter().map(|v| (v >> 8) as u8).collect(),
            _ => return Err(format!("TIFF page {n}: sample format not supported")),
        };
        let channels = match color {
            ColorType::Gray(_) => 1,
            ColorType::GrayA(_) => 2,
            ColorType::RGB(_) => 3,
            ColorType::RGBA(_) => 4,
            other => return Err(format!("TIFF page {n}: colour type {other:?} not supported")),
        };
        if data.len() < (w * h) as usize * channels {
            return Err(format!("TIFF page {n}: fewer samples than pixels"));
        }
        let grey: Vec<u8> = data.chunks(channels).take((w * h) as usize).map(|p| if channels >= 3 { ((p[0] as u32 * 299 + p[1] as u32 * 587 + p[2] as u32 * 114) / 1000) as u8 } else { p[0] }).collect();
        let img = image::GrayImage::from_raw(w, h, grey).ok_or_else(|| format!("TIFF page {n}: bad size"))?;
        let mut png = Vec::new();
        img.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png).map_err(|e| format!("TIFF page {n}: {e}"))?;
        pages.push(png);
        if !dec.more_images() || pages.len() >= MAX_TIFF_PAGES {
            break;
        }
        dec.next_image().map_err(|e| format!("TIFF page {}: {e}", n + 1))?;
    }
    Ok(pages)
}

/// Appends a page's reading to the file's: line numbers of its rows and
/// warnings move by the lines already there.
pub(crate) fn append(out: &mut Extracted, e: Extracted) {
    let offset = out.lines.len();
    out.ocr |= e.ocr;
    out.warnings.extend(e.warnings.into_iter().map(|mut w| {
        w.line = w.line.map(|l| l + offset);
        w
    }));
    out.lines.extend(e.lines);
    for mut t in e.tables {
        for r in &mut t.rows {
            r.line += offset;
        }
        out.tables.push(t);
    }
}

/// OCRs one page image (a scan's JPEG taken out of its PDF page).
pub fn ocr_page_image(image: &[u8], page: u32, opts: &ReadOptions) -> Result<Extracted, String> {
    let tsv = ocr_prepared(image, opts)?;
    let mut e = Extracted { ocr: true, ..Extracted::default() };
    tsv_lines(&tsv, page, &mut e);
    Ok(e)
}

/// OCRs the given 1-based pages of a PDF (rendered at 300 dpi).
pub fn ocr_pdf_pages(pdf_bytes: &[u8], pages: &[u32], opts: &ReadOptions) -> Result<Vec<(u32, Extracted)>, String> {
    which("pdftoppm").ok_or("OCR of a scanned PDF needs pdftoppm (apt-get install poppler-utils)")?;
    let dir = tempfile::tempdir().map_err(|e| format!("cannot make a temporary folder: {e}"))?;
    let pdf = dir.path().join("in.pdf");
    std::fs::write(&pdf, pdf_bytes).map_err(|e| format!("cannot write a temporary file: {e}"))?;
    let pdf_key = Sha256::digest(pdf_bytes).iter().map(|b| format!("{b:02x}")).collect::<String>();
    let mut out = Vec::new();
    for &n in pages {
        // The rendered page is cached under the PDF's hash and the page number.
        let page_key = format!("{pdf_key}-p{n}");
        if let Some(tsv) = opts.ocr_cache.as_ref().and_then(|d| std::fs::read_to_string(d.join(format!("{page_key}.tsv"))).ok()) {
            let mut e = Extracted { ocr: true, ..Extracted::default() };
            tsv_lines(&tsv, n, &mut e);
            out.push((n, e));
            continue;
        }
        let prefix = dir.path().join(format!("p{n}"));
        let status = run_with_limit(
            Command::new("pdftoppm").args(["-r", "300", "-gray", "-png", "-f", &n.to_string(), "-l", &n.to_string(), "-singlefile"]).arg(&pdf).arg(&prefix),
            opts.timeout,
        )?;
        if !status.0 {
            return Err(format!("pdftoppm could not render page {n}: {}", status.2.trim()));
        }
        let png = std::fs::read(prefix.with_extension("png")).map_err(|e| format!("page {n}: rendered image missing: {e}"))?;
        let tsv = ocr_prepared(&png, opts)?;
        if let Some(d) = &opts.ocr_cache {
            let _ = std::fs::write(d.join(format!("{page_key}.tsv")), &tsv);
        }
        let mut e = Extracted { ocr: true, ..Extracted::default() };
        tsv_lines(&tsv, n, &mut e);
        out.push((n, e));
    }
    Ok(out)
}

fn which(cmd: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|p| std::env::split_paths(&p).map(|d| d.join(cmd)).find(|f| f.is_file()))
}

/// Runs a command with a time limit: (success, stdout, stderr).
fn run_with_limit(cmd: &mut Command, limit: Duration) -> Result<(bool, Vec<u8>, String), String> {
    let mut child = cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().map_err(|e| format!("cannot run {:?}: {e}", cmd.get_program()))?;
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = stdout.read_to_end(&mut b);
        b
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr.read_to_string(&mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break s,
            Ok(None) if start.elapsed() > limit => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("{:?} gave no answer within {} s", cmd.get_program(), limit.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(e.to_string()),
        }
    };
    Ok((status.success(), reader.join().unwrap_or_default(), err_reader.join().unwrap_or_default()))
}

/// Tesseract's TSV for a page image whose ruling lines were taken out
/// first, with the page's skew and rules appended as extra rows ("skew t",
/// "hrule y' x0' x1'", "vrule x' y0' y1'" in straightened coordinates);
/// cached under the original image's hash.
fn ocr_prepared(image: &[u8], opts: &ReadOptions) -> Result<String, String> {
    let key = format!("{}-r8", Sha256::digest(image).iter().map(|b| format!("{b:02x}")).collect::<String>());
    let cached = opts.ocr_cache.as_ref().map(|d| d.join(format!("{key}.tsv")));
    if let Some(p) = &cached {
        if let Ok(s) = std::fs::read_to_string(p) {
            return Ok(s);
        }
    }
    let mut tsv = match super::scan::prepare(image) {
        Some(prep) => {
            let mut t = tesseract(prep.image.as_deref().unwrap_or(image), opts)?;
            t.push_str(&prep.rows());
            t
        }
        None => tesseract(image, opts)?,
    };
    if !tsv.ends_with('\n') {
        tsv.push('\n');
    }
    if let Some(p) = &cached {
        if let Some(dir) = p.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let tmp = p.with_extension("tmp");
        if std::fs::write(&tmp, &tsv).is_ok() {
            let _ = std::fs::rename(&tmp, p);
        }
    }
    Ok(tsv)
}

fn tesseract(image: &[u8], opts: &ReadOptions) -> Result<String, String> {
    which("tesseract").ok_or("OCR needs tesseract (apt-get install tesseract-ocr tesseract-ocr-vie)")?;
    let dir = tempfile::tempdir().map_err(|e| format!("cannot make a temporary folder: {e}"))?;
    let img = dir.path().join("page.img");
    std::fs::write(&img, image).map_err(|e| format!("cannot write a temporary file: {e}"))?;
    // psm 6 (one uniform block) keeps table rows together.
    let (ok, out, err) = run_with_limit(
        Command::new("tesseract").arg(&img).arg("stdout").args(["-l", "vie", "--psm", "6", "-c", "preserve_interword_spaces=1", "tsv"]).env("OMP_THREAD_LIMIT", "1"),
        opts.timeout,
    )?;
    if !ok {
        return Err(format!("tesseract failed: {}", err.lines().last().unwrap_or("").trim()));
    }
    Ok(String::from_utf8_lossy(&out).into_owned())
}

struct Word {
    left: f64,
    top: f64,
    width: f64,
    height: f64,
    conf: f64,
    text: String,
}

/// Rebuilds lines from Tesseract's TSV word boxes: the words of each
/// Tesseract line become runs on one baseline, then the same reading as a
/// PDF page (wide gaps become tabs, wrapped paragraphs are joined).
fn tsv_lines(tsv: &str, page: u32, out: &mut Extracted) {
    let mut lines: Vec<((u32, u32, u32), Vec<Word>)> = Vec::new();
    // The skew row follows the words.
    let t = tsv.lines().rev().find_map(|r| r.strip_prefix("skew\t")).and_then(|v| v.trim().parse::<f64>().ok()).unwrap_or(0.0);
    let mut segs = Vec::new();
    for row in tsv.lines().skip(1) {
        let f: Vec<&str> = row.split('\t').collect();
        let v = |i: usize| f.get(i).and_then(|x| x.parse::<f64>().ok()).unwrap_or(0.0);
        match f[0] {
            "hrule" => segs.push(super::pdf::Seg { x0: v(2), y0: -v(1), x1: v(3), y1: -v(1) }),
            "vrule" => segs.push(super::pdf::Seg { x0: v(1), y0: -v(2), x1: v(1), y1: -v(3) }),
            _ => {}
        }
        if f.len() < 12 || f[0] != "5" {
            continue;
        }
        let n = |i: usize| f[i].parse::<f64>().unwrap_or(0.0);
        let key = (f[2].parse().unwrap_or(0), f[3].parse().unwrap_or(0), f[4].parse().unwrap_or(0));
        let text = f[11..].join("\t").trim().to_string();
        if text.is_empty() {
            continue;
        }
        // Into straightened coordinates (x' = x + y·t, y' = y − x·t).
        let (cx, cy) = (n(6) + n(8) / 2.0, n(7) + n(9) / 2.0);
        let w = Word { left: n(6) + cy * t, top: n(7) - cx * t, width: n(8), height: n(9), conf: n(10), text };
        match lines.last_mut() {
            Some((k, ws)) if *k == key => ws.push(w),
            _ => lines.push((key, vec![w])),
        }
    }
    // Specks read as punctuation with no confidence (a few pixels each
    // way, no letter or digit) are no words: they would pull a line's
    // baseline off.
    for (_, words) in &mut lines {
        let tallest = words.iter().map(|w| w.height).fold(0.0, f64::max);
        let speck = |w: &Word| w.conf < 50.0 && w.height.max(w.width) < 0.3 * tallest && !w.text.chars().any(char::is_alphanumeric);
        words.retain(|w| !speck(w));
    }
    let mut runs = Vec::new();
    for (_, words) in &lines {
        let mut hs: Vec<f64> = words.iter().map(|w| w.height).collect();
        hs.sort_by(|a, b| a.total_cmp(b));
        let size = hs[hs.len() / 2].max(1.0);
        let mut bottoms: Vec<f64> = words.iter().map(|w| w.top + w.height).collect();
        bottoms.sort_by(|a, b| a.total_cmp(b));
        let y = -bottoms[bottoms.len() / 2];
        let text: Vec<&str> = words.iter().map(|w| w.text.as_str()).collect();
        let low: Vec<f64> = words.iter().filter(|w| w.conf >= 0.0 && w.conf < LOW_CONFIDENCE).map(|w| w.conf).collect();
        let joined = text.join(" ");
        if !low.is_empty() && joined.contains(|c: char| c.is_ascii_digit() || c == '%') {
            let worst = low.iter().copied().fold(f64::MAX, f64::min);
            out.warnings.push(Warning::new("ocr_low_confidence", format!("page {page}: low confidence ({worst:.0}) in {joined:?}"), None));
        }
        for w in words {
            runs.push(super::pdf::Run { x0: w.left, x1: w.left + w.width, y, size, text: w.text.clone() });
        }
    }
    let p = super::pdf::Page { runs, segs, ..Default::default() };
    super::pdf::page_lines(p, page, out);
}

/// Whether the OCR engine can run here.
pub fn available() -> bool {
    which("tesseract").is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tsv_words_become_lines_with_cells() {
        let tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n\
            5\t1\t1\t1\t1\t1\t10\t10\t30\t20\t95\t1\n\
            5\t1\t1\t1\t1\t2\t60\t10\t40\t20\t95\tSở\n\
            5\t1\t1\t1\t1\t3\t105\t10\t40\t20\t95\tY\n\
            5\t1\t1\t1\t1\t4\t300\t10\t40\t20\t41\t8O%\n";
        let mut e = Extracted::default();
        tsv_lines(tsv, 2, &mut e);
        assert_eq!(e.lines[0].text, "1 Sở Y\t8O%");
        assert_eq!(e.lines[0].page, Some(2));
        assert_eq!(e.warnings[0].code, "ocr_low_confidence");
    }

    #[test]
    fn words_are_straightened_by_the_skew_row_after_them() {
        // Two Tesseract lines that lie on one row of a page turned by
        // tan 0.1: straightened, they are one line.
        let tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n\
            5\t1\t1\t1\t1\t1\t0\t100\t40\t20\t95\tSở\n\
            5\t1\t1\t1\t2\t1\t1000\t200\t40\t20\t95\t80%\n\
            skew\t0.1\n";
        let mut e = Extracted::default();
        tsv_lines(tsv, 1, &mut e);
        assert_eq!(e.lines[0].text, "Sở\t80%");
    }

    #[test]
    fn huge_and_unknown_images_are_refused_before_ocr() {
        // A PNG header claiming 20,000 × 20,000 pixels.
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        png.extend(20_000u32.to_be_bytes());
        png.extend(20_000u32.to_be_bytes());
        png.extend([8, 0, 0, 0, 0, 0, 0, 0, 0]);
        let err = read_image(&png, &ReadOptions::default()).unwrap_err();
        assert!(err.contains("megapixels"), "{err}");
        assert!(read_image(b"not an image", &ReadOptions::default()).is_err());
    }
}
