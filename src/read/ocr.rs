//! OCR of scans and images with Tesseract 5 (Debian: `tesseract-ocr`,
//! `tesseract-ocr-vie`), child processes kept running and fed page images
//! ([`super::tesseract`]), with `OMP_THREAD_LIMIT=1` (parallelism comes
//! from `--jobs`) and a time limit.
//! PDF pages are rendered at 300 dpi with poppler's `pdftoppm`. Tesseract's
//! TSV (word boxes, confidences) is rebuilt into lines; a wide gap between
//! words becomes a tab, so table rows reach the layout stage as cells.
//! Results are cached by the SHA-256 of the page image.

use std::io::Read;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};

use super::{hex, Extracted, ReadOptions};
use crate::record::Warning;
use crate::rules::Rules;

/// Largest image OCR'd, in pixels.
const MAX_PIXELS: u64 = 100_000_000;
/// The version of the OCR's cached TSVs: changed whenever what they hold
/// is read differently.
const OCR_VERSION: &str = "r20";
/// Words below this confidence on a line with figures are reported.
const LOW_CONFIDENCE: f64 = 60.0;

/// Reads an image file's bytes (PNG, JPEG, TIFF, multi-page TIFF): each
/// page straightened, its rules taken out and OCR'd, `--jobs` pages at a
/// time; lines and rows carry their page.
pub fn read_image(bytes: &[u8], rules: &Rules, opts: &ReadOptions) -> Result<Extracted, String> {
    let numbered: Vec<(u32, Vec<u8>)> = image_pages(bytes)?.into_iter().enumerate().map(|(i, p)| (i as u32 + 1, p)).collect();
    let single = numbered.len() == 1;
    let mut out = Extracted { ocr: true, ..Extracted::default() };
    for (n, r) in ocr_page_images(&numbered, rules, opts) {
        match r {
            Ok(e) => append(&mut out, e),
            // One page only: its error is the file's.
            Err(e) if single => return Err(e),
            Err(e) => out.warnings.push(Warning::new("ocr_failed", format!("page {n}: {e}"), None)),
        }
    }
    Ok(out)
}

/// An image file's pages: the file itself, or each page of a TIFF.
fn image_pages(bytes: &[u8]) -> Result<Vec<Vec<u8>>, String> {
    let size = imagesize::blob_size(bytes).map_err(|_| "not an image this reader knows (PNG, JPEG, TIFF)".to_string())?;
    let pixels = size.width as u64 * size.height as u64;
    if pixels > MAX_PIXELS {
        return Err(format!("image is {}×{} pixels; the limit is {} megapixels", size.width, size.height, MAX_PIXELS / 1_000_000));
    }
    let is_tiff = bytes.starts_with(b"II*\0") || bytes.starts_with(b"MM\0*");
    if is_tiff {
        tiff_pages(bytes)
    } else {
        Ok(vec![bytes.to_vec()])
    }
}

/// OCRs page images (page number, image bytes), in order, on `--jobs`
/// threads, each taking the next page when it is free (a Tesseract is
/// kept running for each, so a page costs no model load).
pub(crate) fn ocr_page_images(pages: &[(u32, Vec<u8>)], rules: &Rules, opts: &ReadOptions) -> Vec<(u32, Result<Extracted, String>)> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let next = AtomicUsize::new(0);
    let work = || {
        let mut mine = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(page) = pages.get(i) else { break mine };
            mine.push((i, ocr_page(&page.1, page.0, rules, opts)));
        }
    };
    let mut done: Vec<Option<Result<Extracted, String>>> = pages.iter().map(|_| None).collect();
    std::thread::scope(|s| {
        let others: Vec<_> = (1..opts.jobs.clamp(1, pages.len().max(1))).map(|_| s.spawn(work)).collect();
        let results = std::iter::once(work()).chain(others.into_iter().filter_map(|h| h.join().ok()));
        for (i, r) in results.flatten() {
            done[i] = Some(r);
        }
    });
    pages.iter().zip(done).map(|((n, _), r)| (*n, r.unwrap_or_else(|| Err("OCR worker failed".to_string())))).collect()
}

/// One page image OCR'd into its lines and warnings.
fn ocr_page(image: &[u8], page: u32, rules: &Rules, opts: &ReadOptions) -> Result<Extracted, String> {
    let tsv = ocr_prepared(&[image], opts)?.pop().unwrap_or_default();
    Ok(page_of(&tsv, page, rules))
}

/// A page's lines and warnings from its TSV.
fn page_of(tsv: &str, page: u32, rules: &Rules) -> Extracted {
    let mut e = Extracted { ocr: true, ..Extracted::default() };
    tsv_lines(tsv, page, &rules.paragraph_openers, &mut e);
    e
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
        let grey: Vec<u8> = data
            .chunks(channels)
            .take((w * h) as usize)
            .map(|p| {
                if channels >= 3 {
                    ((p[0] as u32 * 299 + p[1] as u32 * 587 + p[2] as u32 * 114) / 1000) as u8
                } else {
                    p[0]
                }
            })
            .collect();
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

/// OCRs the given 1-based pages of a PDF (rendered at 300 dpi), in one
/// Tesseract run.
pub fn ocr_pdf_pages(pdf_bytes: &[u8], pages: &[u32], rules: &Rules, opts: &ReadOptions) -> Result<Vec<(u32, Extracted)>, String> {
    which("pdftoppm").ok_or("OCR of a scanned PDF needs pdftoppm (apt-get install poppler-utils)")?;
    let dir = tempfile::tempdir().map_err(|e| format!("cannot make a temporary folder: {e}"))?;
    let pdf = dir.path().join("in.pdf");
    std::fs::write(&pdf, pdf_bytes).map_err(|e| format!("cannot write a temporary file: {e}"))?;
    let pdf_key = hex(&Sha256::digest(pdf_bytes));
    // A rendered page is cached under the PDF's hash and the page number.
    let page_path = |n: u32| opts.ocr_cache.as_ref().map(|d| d.join(format!("{pdf_key}-p{n}-{OCR_VERSION}.tsv")));
    let mut tsvs: Vec<Option<String>> = pages.iter().map(|&n| page_path(n).and_then(|p| std::fs::read_to_string(p).ok())).collect();
    let mut rendered = Vec::new();
    for (&n, _) in pages.iter().zip(&tsvs).filter(|(_, t)| t.is_none()) {
        let prefix = dir.path().join(format!("p{n}"));
        let status = run_with_limit(
            Command::new("pdftoppm")
                .args(["-r", "300", "-gray", "-png", "-f", &n.to_string(), "-l", &n.to_string(), "-singlefile"])
                .arg(&pdf)
                .arg(&prefix),
            opts.timeout,
        )?;
        if !status.0 {
            return Err(format!("pdftoppm could not render page {n}: {}", status.2.trim()));
        }
        rendered.push(std::fs::read(prefix.with_extension("png")).map_err(|e| format!("page {n}: rendered image missing: {e}"))?);
    }
    let images: Vec<&[u8]> = rendered.iter().map(Vec::as_slice).collect();
    let mut fresh = ocr_prepared(&images, opts)?.into_iter();
    let mut out = Vec::new();
    for (&n, t) in pages.iter().zip(tsvs.iter_mut()) {
        if t.is_none() {
            let tsv = fresh.next().unwrap_or_default();
            if let Some(p) = page_path(n) {
                store(&p, &tsv);
            }
            *t = Some(tsv);
        }
        out.push((n, page_of(t.as_deref().unwrap_or(""), n, rules)));
    }
    Ok(out)
}

/// Writes a cache file whole or not at all (a temporary file renamed).
fn store(path: &std::path::Path, tsv: &str) {
    if let Some(d) = path.parent() {
        let _ = std::fs::create_dir_all(d);
    }
    let tmp = path.with_extension("tmp");
    if std::fs::write(&tmp, tsv).is_ok() {
        let _ = std::fs::rename(&tmp, path);
    }
}

fn which(cmd: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|p| std::env::split_paths(&p).map(|d| d.join(cmd)).find(|f| f.is_file()))
}

/// Runs a command with a time limit: (success, stdout, stderr).
fn run_with_limit(cmd: &mut Command, limit: Duration) -> Result<(bool, Vec<u8>, String), String> {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run {:?}: {e}", cmd.get_program()))?;
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

/// Words read with less confidence than this in a table cell, holding a
/// figure or stray symbols, are read again enlarged.
const REREAD_BELOW: f64 = 80.0;

/// Most page images read in one list: their prepared images are held until
/// the list's doubtful words are read again, so a long scan is read in
/// lists of this many pages.
pub const RUN_PAGES: usize = 12;

/// Tesseract's TSV for each page image, its ruling lines taken out first,
/// with the page's skew and rules appended as extra rows ("skew t",
/// "hrule y' x0' x1'", "vrule x' y0' y1'" in straightened coordinates) and
/// the words read again ("reread old conf new conf"); cached under each
/// original image's hash. The pages are read in one list, their doubtful
/// words in one more.
fn ocr_prepared(images: &[&[u8]], opts: &ReadOptions) -> Result<Vec<String>, String> {
    if images.len() > RUN_PAGES {
        let mut out = Vec::with_capacity(images.len());
        for run in images.chunks(RUN_PAGES) {
            out.extend(ocr_prepared(run, opts)?);
        }
        return Ok(out);
    }
    let keys: Vec<String> = images.iter().map(|i| hex(&Sha256::digest(i))).collect();
    let paths: Vec<Option<PathBuf>> = keys.iter().map(|k| opts.ocr_cache.as_ref().map(|d| d.join(format!("{k}-{OCR_VERSION}.tsv")))).collect();
    let mut out: Vec<Option<String>> = keys.iter().zip(&paths).map(|(_, p)| p.as_ref().and_then(|p| std::fs::read_to_string(p).ok())).collect();
    let todo: Vec<usize> = (0..images.len()).filter(|&i| out[i].is_none()).collect();
    if todo.is_empty() {
        return Ok(out.into_iter().flatten().collect());
    }
    let dir = tempfile::tempdir().map_err(|e| format!("cannot make a temporary folder: {e}"))?;
    let write = |name: String, bytes: &[u8]| -> Result<PathBuf, String> {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).map_err(|e| format!("cannot write a temporary file: {e}"))?;
        Ok(p)
    };
    let mut preps = Vec::with_capacity(todo.len());
    let mut files = Vec::with_capacity(todo.len());
    for (j, &i) in todo.iter().enumerate() {
        let prep = super::scan::prepare(images[i]);
        files.push(match &prep {
            Some(p) if p.whitened => write(format!("p{j}.pgm"), &super::scan::pgm(&p.page))?,
            _ => write(format!("p{j}.img"), images[i])?,
        });
        preps.push(prep);
    }
    let mut tsvs = tesseract(&files, "6", &[], opts)?;
    reread_cells(&mut tsvs, &preps, &write, opts)?;
    // Doubtful words of every page, read again in one run: first by the
    // English model, at the word's size (it reads a figure alone in a cell
    // better: "50" the Vietnamese model reads "S0" or "90"); the rest
    // again enlarged, one line each, by the Vietnamese model (the word
    // lists are not needed to read figures).
    let mut doubts: Vec<(usize, usize, String, f64, PixelBox)> = Vec::new();
    let mut plain = Vec::new();
    for (j, (tsv, prep)) in tsvs.iter().zip(&preps).enumerate() {
        let Some(prep) = prep else { continue };
        for w in tsv_words(tsv) {
            if !doubtful(w.raw, w.conf) || !prep.in_table(w.left, w.top, w.width, w.height) {
                continue;
            }
            let b = (w.left as u32, w.top as u32, w.width as u32, w.height as u32);
            plain.push(write(format!("f{}.pgm", plain.len()), &super::scan::pgm(&prep.cut(b.0, b.1, b.2, b.3, 1)))?);
            doubts.push((j, w.row, w.raw.to_string(), w.conf, b));
        }
    }
    let mut rereads: Vec<Vec<String>> = vec![Vec::new(); tsvs.len()];
    if !doubts.is_empty() {
        let figures: Vec<(String, f64)> = crops_in_english(&plain, opts).iter().map(|t| tsv_reading(t)).collect();
        let sure = |k: usize| figures.get(k).is_some_and(|(fig, c)| is_figure(fig) && *c >= FIGURE_SURE);
        let mut rest = Vec::new();
        let mut files = Vec::new();
        for (k, (j, _, _, _, b)) in doubts.iter().enumerate() {
            if let Some(prep) = preps[*j].as_ref().filter(|_| !sure(k)) {
                files.push(write(format!("w{k}.pgm"), &super::scan::pgm(&prep.enlarged(b.0, b.1, b.2, b.3)))?);
                rest.push(k);
            }
        }
        let mut again = vec![(String::new(), -1.0); doubts.len()];
        if !files.is_empty() {
            for (k, tsv) in rest.into_iter().zip(tesseract(&files, "7", &["-c", "load_system_dawg=0", "-c", "load_freq_dawg=0"], opts)?) {
                again[k] = tsv_reading(&tsv);
            }
        }
        let mut edits: Vec<(usize, usize, String, f64)> = Vec::new();
        for (k, ((j, row, old, conf, _), (mut new, mut new_conf))) in doubts.into_iter().zip(again).enumerate() {
            // An English reading that is a figure, surer than both, and
            // of about the old reading's length, is taken; not for a
            // roman numeral ("II" is no "11").
            if let Some((fig, fig_conf)) = figures.get(k) {
                let len = |t: &str| t.chars().count() as i64;
                let roman = old.chars().all(|c| "IVXL".contains(c));
                if is_figure(fig) && *fig_conf >= FIGURE_SURE && *fig_conf > new_conf.max(conf) && (len(fig) - len(&old)).abs() <= 1 && !roman {
                    (new, new_conf) = (fig.clone(), *fig_conf);
                }
            }
            if new_conf >= 0.0 && new_conf > conf && new != old && new.chars().any(char::is_alphanumeric) {
                rereads[j].push(format!("reread\t{old}\t{conf:.0}\t{new}\t{new_conf:.0}\n"));
                edits.push((j, row, new, new_conf));
            }
        }
        // Each page's TSV rewritten once, its re-read rows replaced.
        for (j, tsv) in tsvs.iter_mut().enumerate() {
            let mine: std::collections::HashMap<usize, &(usize, usize, String, f64)> = edits.iter().filter(|e| e.0 == j).map(|e| (e.1, e)).collect();
            if mine.is_empty() {
                continue;
            }
            let mut text = String::with_capacity(tsv.len());
            for (r, l) in tsv.lines().enumerate() {
                match mine.get(&r) {
                    Some((_, _, new, conf)) => {
                        let kept: Vec<&str> = l.split('\t').take(10).collect();
                        text.push_str(&format!("{}\t{conf}\t{new}", kept.join("\t")));
                    }
                    None => text.push_str(l),
                }
                text.push('\n');
            }
            *tsv = text;
        }
    }
    for (((j, &i), mut tsv), prep) in todo.iter().enumerate().zip(tsvs).zip(preps) {
        if !tsv.ends_with('\n') {
            tsv.push('\n');
        }
        for r in &rereads[j] {
            tsv.push_str(r);
        }
        if let Some(p) = prep {
            tsv.push_str(&p.rows());
        }
        if let Some(p) = &paths[i] {
            store(p, &tsv);
        }
        out[i] = Some(tsv);
    }
    Ok(out.into_iter().map(Option::unwrap_or_default).collect())
}

/// A box on a page image: left, top, width and height, in pixels.
type PixelBox = (u32, u32, u32, u32);

/// A table cell holding a word read with less confidence than this is
/// read again on its own.
const CELL_REREAD_BELOW: f64 = 60.0;

/// A word of a TSV: its row, its line (block, paragraph, line), box,
/// confidence and text (`raw`: as written, spaces Tesseract kept around
/// it and all).
struct TsvWord<'a> {
    row: usize,
    line: (u32, u32, u32),
    left: f64,
    top: f64,
    width: f64,
    height: f64,
    conf: f64,
    text: &'a str,
    raw: &'a str,
}

fn tsv_words(tsv: &str) -> Vec<TsvWord<'_>> {
    tsv.lines()
        .enumerate()
        .filter_map(|(row, line)| {
            let f: Vec<&str> = line.split('\t').collect();
            let n = |i: usize| f.get(i).and_then(|x| x.parse::<f64>().ok()).unwrap_or(-1.0);
            let k = |i: usize| f.get(i).and_then(|x| x.parse::<u32>().ok()).unwrap_or(0);
            (f.len() >= 12 && f[0] == "5" && !f[11].trim().is_empty()).then(|| TsvWord {
                row,
                line: (k(2), k(3), k(4)),
                left: n(6),
                top: n(7),
                width: n(8),
                height: n(9),
                conf: n(10),
                text: f[11].trim(),
                raw: f[11],
            })
        })
        .collect()
}

/// The usual height of a word read with confidence, of words given as
/// (confidence, height).
fn usual_height(words: impl Iterator<Item = (f64, f64)>) -> f64 {
    let mut heights: Vec<f64> = words.filter(|w| w.0 >= 60.0).map(|w| w.1).collect();
    heights.sort_by(f64::total_cmp);
    heights.get(heights.len() / 2).copied().unwrap_or(0.0)
}

/// A word under this share of the page's usual height is a scan's grain.
const GRAIN: f64 = 0.3;

/// Writes a temporary image file by name, giving its path.
type WriteFile<'a> = dyn Fn(String, &[u8]) -> Result<PathBuf, String> + 'a;

/// Reads again, each on its own, the table cells holding a word (not a
/// speck of grain) read with little confidence, and puts the new reading
/// of a cell in place of its words when it is read with more confidence.
/// Tesseract reads a row of cells whose lines stand at different heights
/// as lines across the row, and spoils them ("Tỷ lệ hồ sơ trực tuyến toàn
/// trình" beside cells of seven lines read as "Tỷlệhồ SƠ trực tuyến toÌN
/// trình"; "80 85 90" beside cells of three lines as "ĐỒ Bề bây").
fn reread_cells(tsvs: &mut [String], preps: &[Option<super::scan::Prepared>], write: &WriteFile, opts: &ReadOptions) -> Result<(), String> {
    // Each page's words, its usual height and the cell of each word.
    let mut pages: Vec<(Vec<TsvWord>, f64, Vec<Option<PixelBox>>)> = Vec::with_capacity(tsvs.len());
    let mut crops = Vec::new();
    let mut cells: Vec<(usize, PixelBox)> = Vec::new();
    for (j, (tsv, prep)) in tsvs.iter().zip(preps).enumerate() {
        let words = tsv_words(tsv);
        let usual = usual_height(words.iter().map(|w| (w.conf, w.height)));
        let Some(prep) = prep else {
            pages.push((words, usual, Vec::new()));
            continue;
        };
        let mut doubtful: Vec<PixelBox> = Vec::new();
        for w in &words {
            if !(0.0..CELL_REREAD_BELOW).contains(&w.conf) || w.height < GRAIN * usual {
                continue;
            }
            // (A blob read across cells, "¬.." over "STT" and "Chỉ tiêu",
            // is in the cells under its ends too.)
            for at in [0.1, 0.5, 0.9] {
                if let Some(c) = prep.cell_at(w.left + w.width * at, w.top, 0.0, w.height).filter(|c| !doubtful.contains(c)) {
                    doubtful.push(c);
                }
            }
        }
        for &c in &doubtful {
            crops.push(write(format!("c{}.pgm", crops.len()), &super::scan::pgm(&prep.cut(c.0, c.1, c.2, c.3, 1)))?);
            cells.push((j, c));
        }
        let cell_of = if doubtful.is_empty() {
            Vec::new()
        } else {
            words.iter().map(|w| prep.cell_at(w.left, w.top, w.width, w.height)).collect()
        };
        pages.push((words, usual, cell_of));
    }
    if crops.is_empty() {
        return Ok(());
    }
    let again = tesseract(&crops, "6", &[], opts)?;
    // Each page's rows to drop and rows to add.
    let mut gone: Vec<Vec<usize>> = vec![Vec::new(); tsvs.len()];
    let mut add: Vec<String> = vec![String::new(); tsvs.len()];
    let mean = |ws: &[&TsvWord]| ws.iter().map(|w| w.conf.max(0.0)).sum::<f64>() / ws.len().max(1) as f64;
    for (k, ((j, c), new)) in cells.iter().zip(&again).enumerate() {
        let Some(prep) = &preps[*j] else { continue };
        let (words, usual, cell_of) = &pages[*j];
        let old: Vec<&TsvWord> = words.iter().zip(cell_of).filter(|(_, wc)| **wc == Some(*c)).map(|(w, _)| w).collect();
        let fresh = tsv_words(new);
        let fresh: Vec<&TsvWord> = fresh.iter().filter(|w| w.height >= GRAIN * usual).collect();
        let kept: Vec<&TsvWord> = old.iter().copied().filter(|w| w.height >= GRAIN * usual).collect();
        if fresh.is_empty() || mean(&fresh) <= mean(&kept) {
            continue;
        }
        gone[*j].extend(old.iter().map(|w| w.row));
        // Each line of the cell's reading a line of its own (block 1000 + k).
        let mut lines: Vec<(u32, u32, u32)> = Vec::new();
        for w in &fresh {
            let n = match lines.iter().position(|l| *l == w.line) {
                Some(n) => n,
                None => {
                    lines.push(w.line);
                    lines.len() - 1
                }
            };
            let (x, y) = prep.from_cut(c.0, c.1, 1, w.left, w.top);
            add[*j].push_str(&format!(
                "5\t1\t{}\t1\t{}\t1\t{x:.0}\t{y:.0}\t{:.0}\t{:.0}\t{}\t{}\n",
                1000 + k,
                n + 1,
                w.width,
                w.height,
                w.conf,
                w.text
            ));
        }
    }
    for ((tsv, gone), add) in tsvs.iter_mut().zip(gone).zip(add) {
        if add.is_empty() {
            continue;
        }
        let mut text = String::with_capacity(tsv.len() + add.len());
        for (r, l) in tsv.lines().enumerate() {
            if !gone.contains(&r) {
                text.push_str(l);
                text.push('\n');
            }
        }
        text.push_str(&add);
        *tsv = text;
    }
    Ok(())
}

/// A reading of a TSV: its words joined, and the least confidence of them
/// (-1 for none).
fn tsv_reading(tsv: &str) -> (String, f64) {
    let words = tsv_words(tsv);
    let conf = if words.is_empty() { -1.0 } else { words.iter().map(|w| w.conf).fold(f64::MAX, f64::min) };
    (words.iter().map(|w| w.text).collect::<Vec<_>>().join(" "), conf)
}

/// An English reading of a figure is taken at this confidence or more.
const FIGURE_SURE: f64 = 85.0;

/// Whether a word is a figure: digits, a decimal comma or point, a "%".
fn is_figure(text: &str) -> bool {
    let digits = text.trim_end_matches('%');
    digits.starts_with(|c: char| c.is_ascii_digit()) && digits.ends_with(|c: char| c.is_ascii_digit()) && digits.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.')
}

/// The crops read by the English model (one line each), where it is
/// installed; none where it is not.
fn crops_in_english(crops: &[PathBuf], opts: &ReadOptions) -> Vec<String> {
    tesseract_in("eng", crops, "7", &[], opts).unwrap_or_default()
}

/// A word worth reading again: read with little confidence, and holding a
/// figure (a count or a value), symbols no word has ("=tElj"), or only
/// capitals and a mark in three chars at most, as a figure misread shows
/// ("B-" for "55").
fn doubtful(text: &str, conf: f64) -> bool {
    let odd = |c: char| !c.is_alphanumeric() && !".,;:%/()-–'".contains(c);
    let figure_like = text.chars().count() <= 3 && !text.chars().any(char::is_lowercase) && text.chars().any(|c| !c.is_alphanumeric());
    (0.0..REREAD_BELOW).contains(&conf) && text.chars().any(char::is_alphanumeric) && (text.chars().any(|c| c.is_ascii_digit()) || text.chars().any(odd) || figure_like)
}

/// Reads the image files with page segmentation `psm` in a Tesseract
/// kept running for these settings: one TSV per file, each with the header
/// row.
fn tesseract(files: &[PathBuf], psm: &str, extra: &[&str], opts: &ReadOptions) -> Result<Vec<String>, String> {
    tesseract_in("vie", files, psm, extra, opts)
}

/// [`tesseract`] with the model of language `lang`.
fn tesseract_in(lang: &str, files: &[PathBuf], psm: &str, extra: &[&str], opts: &ReadOptions) -> Result<Vec<String>, String> {
    let mut settings = vec!["-l", lang, "--psm", psm, "-c", "preserve_interword_spaces=1"];
    settings.extend_from_slice(extra);
    let _slot = opts.slots.take();
    opts.engines.read(files, &settings, opts.timeout)
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
fn tsv_lines(tsv: &str, page: u32, openers: &[String], out: &mut Extracted) {
    let mut lines: Vec<((u32, u32, u32), Vec<Word>)> = Vec::new();
    // The skew row follows the words.
    let t = tsv.lines().rev().find_map(|r| r.strip_prefix("skew\t")).and_then(|v| v.trim().parse::<f64>().ok()).unwrap_or(0.0);
    let mut segs = Vec::new();
    for row in tsv.lines().skip(1) {
        let f: Vec<&str> = row.split('\t').collect();
        let v = |i: usize| f.get(i).and_then(|x| x.parse::<f64>().ok()).unwrap_or(0.0);
        match f[0] {
            "hrule" => segs.push(super::pdf::Seg {
                x0: v(2),
                y0: -v(1),
                x1: v(3),
                y1: -v(1),
            }),
            "vrule" => segs.push(super::pdf::Seg {
                x0: v(1),
                y0: -v(2),
                x1: v(1),
                y1: -v(3),
            }),
            "reread" if f.len() >= 5 => out.warnings.push(Warning::new(
                "ocr_reread",
                format!("page {page}: {:?} (confidence {}) read again enlarged as {:?} (confidence {})", f[1], f[2], f[3], f[4]),
                None,
            )),
            _ => {}
        }
        if f.len() < 12 || f[0] != "5" {
            continue;
        }
        let n = |i: usize| f[i].parse::<f64>().unwrap_or(0.0);
        let key = (f[2].parse().unwrap_or(0), f[3].parse().unwrap_or(0), f[4].parse().unwrap_or(0));
        let text = f[11..].join("\t").trim().to_string();
        // ("|": a piece of a table's rule left on the page, no word.)
        if text.is_empty() || text.chars().all(|c| c == '|') {
            continue;
        }
        // Into straightened coordinates (x' = x + y·t, y' = y − x·t).
        let (cx, cy) = (n(6) + n(8) / 2.0, n(7) + n(9) / 2.0);
        let w = Word {
            left: n(6) + cy * t,
            top: n(7) - cx * t,
            width: n(8),
            height: n(9),
            conf: n(10),
            text,
        };
        match lines.last_mut() {
            Some((k, ws)) if *k == key => ws.push(w),
            _ => lines.push((key, vec![w])),
        }
    }
    // Specks read as punctuation with no confidence (a few pixels each
    // way, no letter or digit) are no words: they would pull a line's
    // baseline off.
    let usual = usual_height(lines.iter().flat_map(|l| &l.1).map(|w| (w.conf, w.height)));
    for (_, words) in &mut lines {
        let tallest = words.iter().map(|w| w.height).fold(0.0, f64::max);
        // A dot of a few pixels read as a letter ("l" two pixels square)
        // is a speck too; so is a streak of a scan's grain read as a word
        // ("TỐ" 64 pixels wide and 8 high among words 30 high): no word
        // is under a third of the page's usual height.
        let speck = |w: &Word| {
            let size = w.height.max(w.width);
            w.conf < 50.0 && (size < 0.3 * tallest && (size < 0.15 * tallest || !w.text.chars().any(char::is_alphanumeric)) || w.height < GRAIN * usual)
                // (Nor is any letter or figure under a third of that height
                // each way, however sure the reading: "2" 8 by 6 pixels.)
                || size < GRAIN * usual && w.text.chars().any(char::is_alphanumeric)
        };
        words.retain(|w| !speck(w));
    }
    // (A line of specks alone is no line.)
    lines.retain(|l| !l.1.is_empty());
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
            out.warnings
                .push(Warning::new("ocr_low_confidence", format!("page {page}: low confidence ({worst:.0}) in {joined:?}"), None));
        }
        for w in words {
            // (A word a line's height or more off its line's baseline is on
            // a line of its own: Tesseract took two rows of a table's header
            // for one line, "Thực hiện trong năm 2025" over "Đơn vị tính".)
            let own = -(w.top + w.height);
            runs.push(super::pdf::Run {
                x0: w.left,
                x1: w.left + w.width,
                y: if (own - y).abs() > size { own } else { y },
                size,
                text: w.text.clone(),
            });
        }
    }
    snap_rules(&mut segs);
    let p = super::pdf::Page { runs, segs, hidden_chars: 0 };
    super::pdf::page_lines(p, page, openers, out);
}

/// Pieces of one scanned rule a few pixels apart (a rule broken by a
/// row that spans the table, a little off where it starts again) are put
/// at one place, so that a grid gets one column edge, not two, for them.
fn snap_rules(segs: &mut [super::pdf::Seg]) {
    const NEAR: f64 = 5.0;
    for vertical in [true, false] {
        let at = |s: &super::pdf::Seg| if vertical { s.x0 } else { s.y0 };
        let len = |s: &super::pdf::Seg| if vertical { (s.y1 - s.y0).abs() } else { (s.x1 - s.x0).abs() };
        let mut idx: Vec<usize> = (0..segs.len()).filter(|&i| (segs[i].x0 == segs[i].x1) == vertical).collect();
        idx.sort_by(|&a, &b| at(&segs[a]).total_cmp(&at(&segs[b])));
        let mut start = 0;
        while start < idx.len() {
            let mut end = start + 1;
            while end < idx.len() && at(&segs[idx[end]]) - at(&segs[idx[end - 1]]) < NEAR {
                end += 1;
            }
            let group = &idx[start..end];
            let weight: f64 = group.iter().map(|&i| len(&segs[i])).sum();
            if group.len() > 1 && weight > 0.0 {
                let mean = group.iter().map(|&i| at(&segs[i]) * len(&segs[i])).sum::<f64>() / weight;
                for &i in group {
                    let s = &mut segs[i];
                    if vertical {
                        (s.x0, s.x1) = (mean, mean);
                    } else {
                        (s.y0, s.y1) = (mean, mean);
                    }
                }
            }
            start = end;
        }
    }
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
        tsv_lines(tsv, 2, &[], &mut e);
        assert_eq!(e.lines[0].text, "1 Sở Y\t8O%");
        assert_eq!(e.lines[0].page, Some(2));
        assert_eq!(e.warnings[0].code, "ocr_low_confidence");
    }

    #[test]
    fn words_tesseract_took_for_one_line_over_two_rows_stay_on_their_rows() {
        // "Thực hiện" on top, "Đơn vị" four lines lower, in one Tesseract
        // line (the first two words only: one baseline was the line's).
        let tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n\
            5\t1\t1\t1\t1\t1\t10\t10\t60\t20\t95\tThực\n\
            5\t1\t1\t1\t1\t2\t80\t10\t50\t20\t95\thiện\n\
            5\t1\t1\t1\t1\t3\t10\t100\t50\t20\t95\tĐơn\n\
            5\t1\t1\t1\t1\t4\t70\t100\t40\t20\t95\tvị\n\
            5\t1\t1\t1\t2\t1\t10\t130\t20\t20\t95\tA\n\
            5\t1\t1\t1\t3\t1\t10\t160\t20\t20\t95\tB\n";
        let mut e = Extracted::default();
        tsv_lines(tsv, 1, &[], &mut e);
        let texts: Vec<&str> = e.lines.iter().map(|l| l.text.as_str()).filter(|t| !t.is_empty()).collect();
        // (The rows below it go on as a paragraph: no matter here.)
        assert_eq!(texts[0], "Thực hiện");
        assert!(texts[1].starts_with("Đơn vị"), "{texts:?}");
    }

    #[test]
    fn figures_and_garbled_words_read_with_doubt_are_read_again() {
        assert!(doubtful("39/39", 76.0));
        assert!(doubtful("=tElj", 0.0));
        assert!(doubtful("1a", 4.0));
        assert!(doubtful("B-", 40.0));
        // Confident, or a plain word, or no letter at all: left alone.
        assert!(!doubtful("39/39", 91.0));
        assert!(!doubtful("Hưng", 30.0));
        assert!(!doubtful("Sở,", 10.0));
        assert!(!doubtful("_", 0.0));
        // -1 is Tesseract's "no word here".
        assert!(!doubtful("15", -1.0));
    }

    #[test]
    fn a_dot_read_as_a_letter_is_dropped_and_rereads_are_reported() {
        let tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n\
            5\t1\t1\t1\t1\t1\t10\t10\t30\t20\t95\t100\n\
            5\t1\t1\t1\t1\t2\t44\t28\t2\t2\t0\tl\n\
            5\t1\t1\t1\t1\t3\t300\t10\t40\t20\t95\tHà\n\
            reread\t39/39\t76\t35/35\t96\n";
        let mut e = Extracted::default();
        tsv_lines(tsv, 5, &[], &mut e);
        assert_eq!(e.lines[0].text, "100\tHà");
        let w: Vec<_> = e.warnings.iter().filter(|w| w.code == "ocr_reread").collect();
        assert_eq!(w.len(), 1);
        assert!(w[0].message.contains("page 5") && w[0].message.contains("\"35/35\""), "{}", w[0].message);
    }

    #[test]
    fn streaks_of_grain_read_as_words_are_dropped() {
        // Words 30 px high; "TỐ" 64 px wide but 8 high, and "2" 8 by 6
        // (read with confidence), are a scan's grain; "|" is a piece of a
        // rule. A line of grain alone is no line.
        let tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n\
            5\t1\t1\t1\t1\t1\t10\t10\t60\t30\t95\tTổng\n\
            5\t1\t1\t1\t1\t2\t80\t20\t64\t8\t0\tTỐ\n\
            5\t1\t1\t1\t1\t3\t150\t12\t40\t30\t95\tsố\n\
            5\t1\t1\t1\t1\t4\t200\t20\t8\t6\t63\t2\n\
            5\t1\t1\t1\t1\t5\t220\t12\t40\t30\t96\thồ\n\
            5\t1\t1\t1\t1\t6\t262\t5\t6\t40\t96\t|\n\
            5\t1\t1\t1\t2\t1\t20\t80\t50\t7\t12\tĂn\n\
            5\t1\t1\t1\t3\t1\t10\t120\t40\t30\t95\tsơ\n";
        let mut e = Extracted::default();
        tsv_lines(tsv, 1, &[], &mut e);
        let texts: Vec<&str> = e.lines.iter().map(|l| l.text.as_str()).filter(|t| !t.is_empty()).collect();
        assert_eq!(texts, ["Tổng số hồ sơ"]);
    }

    #[test]
    fn pieces_of_one_rule_a_few_pixels_apart_are_put_at_one_place() {
        use super::super::pdf::Seg;
        let v = |x: f64, y0: f64, y1: f64| Seg { x0: x, y0, x1: x, y1 };
        // A rule broken by a section row, 3 px off below it; the next
        // column's rule 200 px on; a horizontal rule.
        let mut segs = vec![
            v(1525.0, -650.0, -980.0),
            v(1522.0, -1065.0, -1575.0),
            v(1722.0, -650.0, -1575.0),
            Seg {
                x0: 200.0,
                y0: -981.0,
                x1: 3300.0,
                y1: -981.0,
            },
        ];
        snap_rules(&mut segs);
        assert_eq!(segs[0].x0, segs[1].x0);
        assert_eq!(segs[0].x0, segs[0].x1);
        assert!(segs[0].x0 > 1522.0 && segs[0].x0 < 1525.0, "{}", segs[0].x0);
        assert_eq!((segs[2].x0, segs[3].y0, segs[3].x0), (1722.0, -981.0, 200.0));
    }

    #[test]
    fn a_figure_is_digits_with_a_decimal_mark_and_a_percent() {
        for f in ["50", "97,5", "47.8", "100%", "2"] {
            assert!(is_figure(f), "{f}");
        }
        for w in ["S0", "5D", "(1)", "50.", ",5", "%", "", "a"] {
            assert!(!is_figure(w), "{w}");
        }
    }

    #[test]
    fn tsv_words_are_read_with_their_rows_and_boxes() {
        let tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n\
            4\t1\t1\t1\t1\t0\t10\t10\t90\t30\t-1\t\n\
            5\t1\t1\t1\t1\t1\t10\t10\t60\t30\t95\tTổng\n\
            5\t1\t1\t1\t1\t2\t80\t10\t20\t20\t40\t \n\
            5\t1\t1\t1\t1\t3\t150\t12\t40\t24\t55\tsố\n";
        let words = tsv_words(tsv);
        let got: Vec<(usize, f64, f64, &str)> = words.iter().map(|w| (w.row, w.left, w.conf, w.text)).collect();
        assert_eq!(got, [(2, 10.0, 95.0, "Tổng"), (4, 150.0, 55.0, "số")]);
        // Only words read with confidence tell the usual height.
        assert_eq!(usual_height(words.iter().map(|w| (w.conf, w.height))), 30.0);
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
        tsv_lines(tsv, 1, &[], &mut e);
        assert_eq!(e.lines[0].text, "Sở\t80%");
    }

    #[test]
    fn huge_and_unknown_images_are_refused_before_ocr() {
        // A PNG header claiming 20,000 × 20,000 pixels.
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        png.extend(20_000u32.to_be_bytes());
        png.extend(20_000u32.to_be_bytes());
        png.extend([8, 0, 0, 0, 0, 0, 0, 0, 0]);
        let err = read_image(&png, &Rules::builtin().unwrap(), &ReadOptions::default()).unwrap_err();
        assert!(err.contains("megapixels"), "{err}");
        assert!(read_image(b"not an image", &Rules::builtin().unwrap(), &ReadOptions::default()).is_err());
    }
}
