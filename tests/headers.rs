//! Header fields over letterheads of every kind: issuers of each level
//! (a province, a Sở under its UBND, a commune and a ward since 2025, a
//! city), numbers of each type (with a year in the symbol, a space before
//! the slash, a dispatch's "UBND-VP"), full and partial dates, each
//! signer's block (TM./KT./TL./Q., "(Đã ký)"), written as a tab-laid text,
//! an HTML table, a markdown table, one part a line, with scanning slips
//! ("Sổ:", "CỘNG HOÀ", "thảng"), with the number line lost, and run
//! into one line.

use chitieu::read::Format;

struct Issuer {
    block: [&'static str; 2],
    name: &'static str,
    place: &'static str,
}

const ISSUERS: [Issuer; 5] = [
    Issuer {
        block: ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI"],
        name: "Ủy ban nhân dân tỉnh Lào Cai",
        place: "Lào Cai",
    },
    Issuer {
        block: ["UBND TỈNH QUẢNG NGÃI", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"],
        name: "Sở Khoa học và Công nghệ",
        place: "Quảng Ngãi",
    },
    Issuer {
        block: ["ỦY BAN NHÂN DÂN", "XÃ TẢ SÌN THÀNG"],
        name: "Ủy ban nhân dân xã Tả Sìn Thàng",
        place: "Tả Sìn Thàng",
    },
    Issuer {
        block: ["ỦY BAN NHÂN DÂN", "PHƯỜNG HÒA BÌNH"],
        name: "Ủy ban nhân dân phường Hòa Bình",
        place: "Hòa Bình",
    },
    Issuer {
        block: ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG"],
        name: "Ủy ban nhân dân thành phố Hải Phòng",
        place: "Hải Phòng",
    },
];

/// The number line; number, serial, symbol, type; the title (none for a
/// dispatch).
type Numbered = (&'static str, &'static str, &'static str, &'static str, &'static str, Option<&'static str>);

const NUMBERS: [Numbered; 6] = [
    ("Số: 1234/QĐ-UBND", "1234/QĐ-UBND", "1234", "QĐ-UBND", "quyet_dinh", Some("QUYẾT ĐỊNH")),
    ("Số: 56/KH-UBND", "56/KH-UBND", "56", "KH-UBND", "ke_hoach", Some("KẾ HOẠCH")),
    ("Số: 789/UBND-VP", "789/UBND-VP", "789", "UBND-VP", "cong_van", None),
    ("Số: 12/2025/QĐ-UBND", "12/2025/QĐ-UBND", "12", "2025/QĐ-UBND", "quyet_dinh", Some("QUYẾT ĐỊNH")),
    ("Số: 345 /KH-SKHCN", "345/KH-SKHCN", "345", "KH-SKHCN", "ke_hoach", Some("KẾ HOẠCH")),
    ("Số: 08/CT-UBND", "08/CT-UBND", "08", "CT-UBND", "chi_thi", Some("CHỈ THỊ")),
];

const DATES: [(&str, &str); 3] = [
    ("ngày 05 tháng 3 năm 2025", "2025-03-05"),
    ("ngày    tháng 3 năm 2025", "2025-03"),
    ("ngày 1 tháng 7 năm 2024", "2024-07-01"),
];

const SIGNERS: [(&[&str], &str); 5] = [
    (&["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Nguyễn Văn Hùng"], "Nguyễn Văn Hùng"),
    (&["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Trần Thị Mai"], "Trần Thị Mai"),
    (&["CHỦ TỊCH", "", "", "Lò Văn Pấng"], "Lò Văn Pấng"),
    (&["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "", "Đinh Y Ngọc"], "Đinh Y Ngọc"),
    (&["Q. CHỦ TỊCH", "", "Vũ Đức Hạnh"], "Vũ Đức Hạnh"),
];

const MOTTO: [&str; 2] = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"];

/// The letterhead's forms: a name, the format, the text (letterhead and
/// `body`), and whether its number line is kept.
fn forms(issuer: &Issuer, number: &str, dated: &str, body: &str) -> Vec<(&'static str, Format, String, bool)> {
    let [a, b] = issuer.block;
    let [m1, m2] = MOTTO;
    let tabbed = format!("{a}\t\t{m1}\n{b}\t\t{m2}\n\n{number}\t\t{dated}\n\n{body}");
    let paragraphs: String = body.lines().filter(|l| !l.is_empty()).map(|l| format!("<p>{l}</p>")).collect();
    let md_body = body.lines().filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n\n");
    vec![
        ("tab", Format::Text, tabbed.clone(), true),
        (
            "html",
            Format::Html,
            format!("<html><body><table><tr><td><b>{a}</b><br>{b}<br>{number}</td><td><b>{m1}</b><br>{m2}<br><i>{dated}</i></td></tr></table>{paragraphs}</body></html>"),
            true,
        ),
        (
            "pipe",
            Format::Markdown,
            format!("| **{a}** | **{m1}** |\n|---|---|\n| **{b}** | **{m2}** |\n| {number} | *{dated}* |\n\n{md_body}\n"),
            true,
        ),
        ("a line each", Format::Text, format!("{a}\n{b}\n{number}\n{m1}\n{m2}\n{dated}\n\n{body}"), true),
        (
            "slips",
            Format::Text,
            tabbed.replacen("Số:", "Sổ:", 1).replace("CỘNG HÒA", "CỘNG HOÀ").replacen("tháng", "thảng", 1),
            true,
        ),
        ("no number", Format::Text, tabbed.replacen(number, "", 1), false),
        // (A copy that ran the letterhead into one line: a converter's
        // table in reading order, a browser's in its cells' order.)
        ("one line", Format::Markdown, format!("{a} **{m1} {b} {m2}** {number} _{dated}_\n\n{md_body}\n"), true),
        ("one line, copied", Format::Text, format!("{a} {b} {number} {m1} {m2} {dated}\n\n{body}"), true),
    ]
}

#[test]
fn every_letterhead_gives_its_fields() {
    let rules = chitieu::Rules::builtin().unwrap();
    let mut wrong = Vec::new();
    let mut tried = 0;
    for (k, issuer) in ISSUERS.iter().enumerate() {
        for (n, &(line, number, serial, symbol, doc_type, title)) in NUMBERS.iter().enumerate() {
            // (Each issuer and number with one date and one signer in turn:
            // every one of them is met, not every combination.)
            let (date_text, date) = DATES[(k + n) % DATES.len()];
            let (signature, signer) = SIGNERS[(k * 2 + n) % SIGNERS.len()];
            let dated = format!("{}, {date_text}", issuer.place);
            let (head, subject) = match title {
                Some(t) => (format!("{t}\nVề việc giao chỉ tiêu hồ sơ trực tuyến năm 2025\n"), "Về việc giao chỉ tiêu hồ sơ trực tuyến năm 2025"),
                None => ("V/v giao chỉ tiêu hồ sơ trực tuyến năm 2025\n".to_string(), "Giao chỉ tiêu hồ sơ trực tuyến năm 2025"),
            };
            let body = format!(
                "{head}\nCăn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ;\n\nGiao các cơ quan, đơn vị phấn đấu năm 2025 tỷ lệ hồ sơ trực tuyến đạt tối thiểu 47%.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n{}\n",
                signature.join("\n")
            );
            for (form, format, text, numbered) in forms(issuer, line, &dated, &body) {
                tried += 1;
                let docs = chitieu::extract_bytes(text.as_bytes(), format, "t", &rules).unwrap();
                let [d] = docs.as_slice() else {
                    wrong.push(format!("{form} {line:?}: {} documents", docs.len()));
                    continue;
                };
                let want_number = numbered.then_some((number, serial, symbol));
                let got = (
                    d.number.as_deref().zip(d.serial.as_deref()).zip(d.symbol.as_deref()).map(|((a, b), c)| (a, b, c)),
                    d.doc_type.as_str(),
                    d.issuer.as_deref(),
                    d.place.as_deref(),
                    d.date.as_deref(),
                    d.subject.as_deref(),
                    d.signer.as_ref().map(|s| s.name.as_str()),
                );
                let want = (want_number, doc_type, Some(issuer.name), Some(issuer.place), Some(date), Some(subject), Some(signer));
                if got != want {
                    wrong.push(format!("{form} {line:?}:\n  got  {got:?}\n  want {want:?}"));
                }
            }
        }
    }
    assert!(tried >= 200, "{tried}");
    assert!(wrong.is_empty(), "{} of {tried}:\n{}", wrong.len(), wrong.join("\n"));
}
