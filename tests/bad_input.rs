//! Bad input: each bad file gives a clear one-line error naming it, the
//! other inputs of the same run are still extracted, and the exit status
//! says some inputs failed. Never a panic.

use std::time::{Duration, Instant};

use crate::util::{chitieu, documents, root};

#[test]
fn a_batch_with_bad_files_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::copy(root().join("corpus/seeds/docs/002_6fa0f120bfe8008a.txt"), d.join("a_good.txt")).unwrap();
    std::fs::write(d.join("b_empty.txt"), b"").unwrap();
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend((0..4000u32).map(|i| (i * 7 % 256) as u8));
    std::fs::write(d.join("c_binary.txt"), &png).unwrap();
    // Bytes that are neither UTF-8 nor a legacy Vietnamese encoding.
    let junk: Vec<u8> = (0..3000u32).map(|i| 0x80 + ((i * 131 + 17) % 0x7f) as u8).collect();
    std::fs::write(d.join("d_invalid.txt"), &junk).unwrap();
    std::fs::write(d.join("e_noheader.txt"), "Hôm nay trời đẹp.\nKhông có gì để nói thêm.\n").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(d.join("nowhere.txt"), d.join("f_unreadable.txt")).unwrap();

    let out = chitieu(&["extract", d.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "some inputs failed: exit 1");
    let err = String::from_utf8_lossy(&out.stderr);
    for name in ["b_empty.txt", "c_binary.txt", "d_invalid.txt"] {
        let lines: Vec<&str> = err.lines().filter(|l| l.contains(name)).collect();
        assert_eq!(lines.len(), 1, "one line naming {name}:\n{err}");
    }
    assert!(err.contains("b_empty.txt: empty"), "{err}");
    assert!(err.contains("c_binary.txt: binary data"), "{err}");
    #[cfg(unix)]
    assert!(err.lines().any(|l| l.contains("f_unreadable.txt")), "{err}");
    assert!(!err.contains("panicked"), "{err}");

    let docs = documents(&out.stdout);
    let good = docs.iter().filter(|x| x.source.path.ends_with("a_good.txt")).count();
    assert_eq!(good, 1, "the good file is still extracted");
    let nohead: Vec<_> = docs.iter().filter(|x| x.source.path.ends_with("e_noheader.txt")).collect();
    assert_eq!(nohead.len(), 1);
    let codes: Vec<&str> = nohead[0].warnings.iter().map(|w| w.code.as_str()).collect();
    assert!(codes.contains(&"no_header"), "{codes:?}");
    assert!(nohead[0].targets.is_empty());
}

#[test]
fn utf16_and_bom_inputs_read() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(root().join("corpus/seeds/docs/001_96078491d0049ba2.txt")).unwrap();
    let mut le = vec![0xFF, 0xFE];
    le.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
    std::fs::write(dir.path().join("le.txt"), le).unwrap();
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend(text.as_bytes());
    std::fs::write(dir.path().join("bom.txt"), bom).unwrap();
    let out = chitieu(&["extract", "-q", dir.path().to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let docs = documents(&out.stdout);
    assert_eq!(docs.len(), 2);
    for d in docs {
        assert_eq!(d.number.as_deref(), Some("805/QĐ-UBND"));
        assert_eq!(d.targets.len(), 198);
    }
}

#[test]
fn fifty_megabytes_of_random_words() {
    let words = [
        "hồ",
        "sơ",
        "trực",
        "tuyến",
        "tỷ",
        "lệ",
        "Ủy",
        "ban",
        "nhân",
        "dân",
        "huyện",
        "xã",
        "giao",
        "chỉ",
        "tiêu",
        "năm",
        "số",
        "hóa",
        "thanh",
        "toán",
        "Sở",
        "Tư",
        "pháp",
        "đạt",
        "80%",
        "Quyết",
        "định",
        "Điều",
        "1.",
        "-",
        "Số:",
        "12/QĐ-UBND",
        "\t",
        "PHỤ",
        "LỤC",
    ];
    let mut s = String::with_capacity(52 << 20);
    let mut x: u64 = 0x2545F4914F6CDD1D;
    while s.len() < 50 << 20 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        s.push_str(words[(x % words.len() as u64) as usize]);
        s.push(if x.is_multiple_of(13) { '\n' } else { ' ' });
    }
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("big.txt");
    std::fs::write(&p, s).unwrap();
    let t = Instant::now();
    let out = chitieu(&["extract", "-q", p.to_str().unwrap()]);
    let took = t.elapsed();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!documents(&out.stdout).is_empty());
    assert!(took < Duration::from_secs(120), "took {took:?}");
}
