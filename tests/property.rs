//! Arbitrary input through the whole text pipeline: no panic, and what
//! comes out keeps the contract (lines in range, finite values, known
//! comparators).

use proptest::prelude::*;

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Số: 12/QĐ-UBND".to_string()),
        Just("Số: /UBND-VX".to_string()),
        Just("ỦY BAN NHÂN DÂN".to_string()),
        Just("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".to_string()),
        Just("Hà Nội, ngày 31 tháng 2 năm 2024".to_string()),
        Just("QUYẾT ĐỊNH".to_string()),
        Just("PHỤ LỤC".to_string()),
        Just("(Kèm theo Quyết định số 9/QĐ-UBND ngày 1/1/2024)".to_string()),
        Just("STT\tTên đơn vị\tTỷ lệ hồ sơ trực tuyến".to_string()),
        Just("I\tSở, ban, ngành\t\t".to_string()),
        Just("1\tSở Y tế\t80%".to_string()),
        Just("| STT | Tên | Tỷ lệ |".to_string()),
        Just("\tGiao chỉ tiêu".to_string()),
        Just("- Tỷ lệ thanh toán trực tuyến tối thiểu 45%.".to_string()),
        Just("- UBND các huyện A, B: Tối thiểu 30% hồ sơ trực tuyến.".to_string()),
        Just("KT. CHỦ TỊCH".to_string()),
        Just("<b>x</b> **y** [bookmark: z] \\*".to_string()),
        Just(String::new()),
        "[\\PC]{0,40}",
        "[0-9%,./:;()\\t -]{0,20}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]
    #[test]
    fn any_text_extracts_without_panic(parts in proptest::collection::vec(piece(), 0..40), bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let rules = chitieu::Rules::builtin().unwrap();
        let text = parts.join("\n");
        let n_lines = text.lines().count().max(1);
        if let Ok(docs) = chitieu::extract_bytes(text.as_bytes(), chitieu::read::Format::Text, "p.txt", &rules) {
            for d in docs {
                prop_assert!(d.source.line_start >= 1 && d.source.line_end <= n_lines);
                for t in d.targets {
                    prop_assert!(t.value.is_finite());
                    prop_assert!(matches!(t.comparator.as_ref(), ">=" | "<=" | "="));
                    prop_assert!(t.provenance.line >= 1 && t.provenance.line <= n_lines);
                }
            }
        }
        // Raw bytes: an error is fine, a panic is not.
        let _ = chitieu::extract_bytes(&bytes, chitieu::read::Format::Text, "b.txt", &rules);
        let _ = chitieu::extract_bytes(&bytes, chitieu::read::Format::Html, "b.html", &rules);
    }
}
