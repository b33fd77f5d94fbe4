//! PDF reader end to end, with PDFs built in the test by lopdf: text and
//! legacy fonts, and hostile files that must give a clear error (or a
//! correct result) quickly, never a panic.

use std::time::{Duration, Instant};

use chitieu::read::{pdf, ReadOptions};
use chitieu::Rules;
use lopdf::content::{Content, Operation};
use lopdf::{dictionary, Document, Object, Stream};

/// A PDF with one page per entry; each page shows its lines in `font`.
fn pdf_with(pages: &[Vec<&[u8]>], font: &str, compress: bool) -> Vec<u8> {
    pdf_in_mode(pages, font, compress, 0)
}

/// [`pdf_with`], the text shown in render mode `mode` (3: not painted).
fn pdf_in_mode(pages: &[Vec<&[u8]>], font: &str, compress: bool, mode: i64) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {"Type" => "Font", "Subtype" => "Type1", "BaseFont" => font, "Encoding" => "WinAnsiEncoding"});
    let resources_id = doc.add_object(dictionary! {"Font" => dictionary! {"F1" => font_id}});
    let mut kids = Vec::new();
    for lines in pages {
        let mut ops = vec![
            Operation::new("BT", vec![]),
            Operation::new("Tf", vec!["F1".into(), 12.into()]),
            Operation::new("Tr", vec![mode.into()]),
            Operation::new("Td", vec![50.into(), 780.into()]),
        ];
        for l in lines {
            ops.push(Operation::new("Tj", vec![Object::String(l.to_vec(), lopdf::StringFormat::Literal)]));
            ops.push(Operation::new("Td", vec![0.into(), (-16).into()]));
        }
        ops.push(Operation::new("ET", vec![]));
        let mut stream = Stream::new(dictionary! {}, Content { operations: ops }.encode().unwrap());
        if compress {
            let _ = stream.compress();
        }
        let content_id = doc.add_object(stream);
        let page_id = doc.add_object(dictionary! {"Type" => "Page", "Parent" => pages_id, "Contents" => content_id});
        kids.push(page_id.into());
    }
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {"Type" => "Pages", "Kids" => kids, "Count" => count, "Resources" => resources_id, "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()]}),
    );
    let catalog_id = doc.add_object(dictionary! {"Type" => "Catalog", "Pages" => pages_id});
    doc.trailer.set("Root", catalog_id);
    let mut buf = Vec::new();
    doc.save_to(&mut buf).unwrap();
    buf
}

fn text_of(bytes: &[u8]) -> Result<String, String> {
    let rules = Rules::builtin().unwrap();
    pdf::read(bytes, &rules, &ReadOptions::default()).map(|e| e.lines.iter().map(|l| l.text.clone()).collect::<Vec<_>>().join("\n"))
}

#[test]
fn text_lines_with_pages() {
    let bytes = pdf_with(&[vec![b"So: 12/QD-UBND", b"Ha Noi, ngay 01 thang 3 nam 2024"], vec![b"Trang hai"]], "Helvetica", true);
    let rules = Rules::builtin().unwrap();
    let e = pdf::read(&bytes, &rules, &ReadOptions::default()).unwrap();
    let lines: Vec<(&str, Option<u32>)> = e.lines.iter().filter(|l| !l.text.is_empty()).map(|l| (l.text.as_str(), l.page)).collect();
    assert_eq!(lines, vec![("So: 12/QD-UBND", Some(1)), ("Ha Noi, ngay 01 thang 3 nam 2024", Some(1)), ("Trang hai", Some(2))]);
}

#[test]
fn an_ocr_layer_the_page_cannot_better_is_kept_and_said() {
    // Text not painted (render mode 3) is an OCR's layer over a page's
    // image; here there is no image, so reading the page again gives
    // nothing and the layer's text stays.
    let lines: Vec<&[u8]> = vec![b"So: 12/QD-UBND", b"Ty le ho so truc tuyen dat 50%"];
    let rules = Rules::builtin().unwrap();
    let e = pdf::read(&pdf_in_mode(std::slice::from_ref(&lines), "Helvetica", true, 3), &rules, &ReadOptions::default()).unwrap();
    let text: Vec<&str> = e.lines.iter().map(|l| l.text.as_str()).filter(|t| !t.is_empty()).collect();
    assert_eq!(text, vec!["So: 12/QD-UBND", "Ty le ho so truc tuyen dat 50%"]);
    let codes: Vec<&str> = e.warnings.iter().map(|w| w.code.as_str()).collect();
    assert_eq!(codes, vec!["ocr_layer_kept"]);
    // Painted text is no OCR layer.
    let e = pdf::read(&pdf_in_mode(&[lines], "Helvetica", true, 0), &rules, &ReadOptions::default()).unwrap();
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

#[test]
fn legacy_vntime_fonts_are_converted() {
    // "Quyết định" typed in TCVN3 with a .VnTime font.
    let line: &[u8] = b"Quy\xD5t \xAE\xDEnh giao ch\xD8 ti\xAAu";
    let bytes = pdf_with(&[vec![line]], ".VnTime", false);
    let rules = Rules::builtin().unwrap();
    let e = pdf::read(&bytes, &rules, &ReadOptions::default()).unwrap();
    assert_eq!(e.lines[0].text, "Quyết định giao chỉ tiêu");
    assert!(e.warnings.iter().any(|w| w.code == "encoding_repaired"));
}

#[test]
fn hostile_pdfs_fail_cleanly_and_fast() {
    let good = pdf_with(&[vec![b"Hello"]], "Helvetica", true);
    let t = Instant::now();
    // Not a PDF; truncated; wrong cross-reference offsets.
    assert!(text_of(b"hello world").unwrap_err().contains("not a PDF"));
    assert!(text_of(&good[..good.len() / 2]).is_err() || text_of(&good[..good.len() / 2]).is_ok());
    let s = String::from_utf8_lossy(&good).into_owned();
    let broken = s.replacen("startxref", "startxref\n999999", 1);
    let _ = text_of(broken.as_bytes());
    // A decompression bomb: a page content of 300 MiB of zeros.
    let mut doc = Document::load_mem(&good).unwrap();
    let page = *doc.get_pages().values().next().unwrap();
    let content_id = doc.get_dictionary(page).unwrap().get(b"Contents").unwrap().as_reference().unwrap();
    let mut bomb = Stream::new(dictionary! {}, vec![b' '; 300 << 20]);
    bomb.compress().unwrap();
    doc.objects.insert(content_id, Object::Stream(bomb));
    let mut buf = Vec::new();
    doc.save_to(&mut buf).unwrap();
    assert!(text_of(&buf).is_err(), "a bomb is refused");
    // A page tree that loops back on itself.
    let mut doc = Document::load_mem(&good).unwrap();
    let root = doc.trailer.get(b"Root").unwrap().as_reference().unwrap();
    let pages_id = doc.get_dictionary(root).unwrap().get(b"Pages").unwrap().as_reference().unwrap();
    if let Ok(Object::Dictionary(d)) = doc.get_object_mut(pages_id) {
        d.set("Kids", vec![Object::Reference(pages_id)]);
    }
    let mut buf = Vec::new();
    doc.save_to(&mut buf).unwrap();
    let _ = text_of(&buf);
    assert!(t.elapsed() < Duration::from_secs(60), "took {:?}", t.elapsed());
}

#[test]
fn two_thousand_pages_in_seconds() {
    let pages: Vec<Vec<&[u8]>> = (0..2000).map(|_| vec![b"Ty le ho so truc tuyen 80%".as_slice()]).collect();
    let bytes = pdf_with(&pages, "Helvetica", true);
    let t = Instant::now();
    let rules = Rules::builtin().unwrap();
    let e = pdf::read(&bytes, &rules, &ReadOptions::default()).unwrap();
    assert_eq!(e.lines.iter().filter(|l| !l.text.is_empty()).count(), 2000);
    assert_eq!(e.lines.last().unwrap().page, Some(2000));
    assert!(t.elapsed() < Duration::from_secs(30), "took {:?}", t.elapsed());
}

/// `pdf` encrypted (RC4, 128 bits) with the given user password.
fn encrypted(pdf: &[u8], user_password: &str) -> Vec<u8> {
    use lopdf::encryption::{EncryptionState, EncryptionVersion, Permissions};
    let mut doc = Document::load_mem(pdf).unwrap();
    doc.trailer
        .set("ID", vec![Object::string_literal(b"0123456789abcdef".to_vec()), Object::string_literal(b"0123456789abcdef".to_vec())]);
    let state = EncryptionState::try_from(EncryptionVersion::V2 {
        document: &doc,
        owner_password: "owner",
        user_password,
        key_length: 128,
        permissions: Permissions::all(),
    })
    .unwrap();
    doc.encrypt(&state).unwrap();
    let mut buf = Vec::new();
    doc.save_to(&mut buf).unwrap();
    buf
}

#[test]
fn encrypted_pdfs_are_read_with_an_empty_password_or_refused_clearly() {
    let plain = pdf_with(&[vec![b"So: 12/QD-UBND", b"Ty le ho so truc tuyen 80%"]], "Helvetica", true);
    // Anyone may open it (empty user password): it is read.
    let open = encrypted(&plain, "");
    assert!(!open.windows(14).any(|w| w == b"So: 12/QD-UBND"), "the text is stored encrypted");
    assert_eq!(text_of(&open).unwrap().trim_end(), "So: 12/QD-UBND\nTy le ho so truc tuyen 80%");
    // A real password: a clear error.
    let locked = encrypted(&plain, "secret");
    let err = text_of(&locked).unwrap_err();
    assert!(err.contains("encrypted") && err.contains("password"), "{err}");
}
