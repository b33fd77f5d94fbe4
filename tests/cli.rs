//! The binary's interface: output forms, schema, exit statuses, rules.

use crate::util::{chitieu, chitieu_stdin, documents, root};

#[test]
fn jsonl_output_is_chitieu_1() {
    let out = chitieu(&["extract", "-q", "corpus/seeds/docs"]);
    assert!(out.status.success());
    let docs = documents(&out.stdout);
    assert_eq!(docs.len(), 7);
    assert!(docs.iter().all(|d| d.schema == "chitieu/1"));
    let d = docs.iter().find(|d| d.number.as_deref() == Some("1713/QĐ-UBND")).unwrap();
    assert_eq!(d.source.segment, 1);
    assert_eq!(d.source.format, "text");
    assert_eq!(d.source.sha256.len(), 64);
    // Provenance points at the line the value is on.
    let t = d.targets.iter().find(|t| t.unit.as_deref() == Some("Sở Y tế")).unwrap();
    let text = std::fs::read_to_string(root().join(&d.source.path)).unwrap();
    let line = text.lines().nth(t.provenance.line - 1).unwrap();
    assert!(line.contains("Sở Y tế"), "{line}");
    assert_eq!(t.unit_key.as_deref(), Some("so-y-te"));
    assert_eq!(t.unit_group.as_deref(), Some("Sở, ban, ngành tỉnh"));
}

#[test]
fn json_array_and_out_dir() {
    let out = chitieu(&["extract", "-q", "--format", "json", "corpus/seeds/docs/001_96078491d0049ba2.txt"]);
    let v: Vec<chitieu::Document> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.len(), 1);
    let dir = tempfile::tempdir().unwrap();
    let out = chitieu(&["extract", "-q", "--out", dir.path().to_str().unwrap(), "corpus/seeds/docs"]);
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    let written = std::fs::read(dir.path().join("000_baa033226be5bd4a.txt.json")).unwrap();
    let docs: Vec<chitieu::Document> = serde_json::from_slice(&written).unwrap();
    assert_eq!(docs.len(), 2);
}

#[test]
fn csv_gives_one_row_per_target() {
    let out = chitieu(&["extract", "-q", "--format", "csv", "corpus/seeds/docs"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines();
    assert!(lines.next().unwrap().starts_with("path,segment,number,type,issuer,date"));
    // 359 targets in the seeds' gold.
    assert_eq!(lines.count(), 359);
    assert!(text.contains(",Sở Y tế,so-y-te,\"Sở, ban, ngành tỉnh\",online_payment_rate,"), "a quoted unit group");
}

#[test]
fn stdin_is_read_with_dash() {
    let input = std::fs::read(root().join("corpus/seeds/docs/002_6fa0f120bfe8008a.txt")).unwrap();
    let out = chitieu_stdin(&["extract", "-q", "-"], &input);
    assert!(out.status.success());
    let docs = documents(&out.stdout);
    assert_eq!(docs[0].source.path, "-");
    assert_eq!(docs[0].targets.len(), 7);
}

#[test]
fn jobs_do_not_change_the_output() {
    let one = chitieu(&["extract", "-q", "--jobs", "1", "corpus/"]);
    let two = chitieu(&["extract", "-q", "--jobs", "2", "corpus/"]);
    assert_eq!(one.stdout, two.stdout);
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(chitieu(&["extract"]).status.code(), Some(2));
    assert_eq!(chitieu(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn committed_schema_is_current() {
    let out = chitieu(&["schema"]);
    let committed = std::fs::read_to_string(root().join("schema/chitieu-1.schema.json")).unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        committed.trim(),
        "schema/chitieu-1.schema.json is stale: run `chitieu schema > schema/chitieu-1.schema.json`"
    );
}

#[test]
fn a_new_wording_in_rules_needs_no_rebuild() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("rules"), dir.path());
    let doc = "Số: 12/QĐ-UBND\nHà Giang, ngày 01 tháng 3 năm 2024\nQUYẾT ĐỊNH\nGiao chỉ tiêu năm 2024\n\n- Tỷ lệ ứng dụng Zalo công vụ đạt tối thiểu 90%.\n";
    let before = chitieu_stdin(&["extract", "-q", "--rules", dir.path().to_str().unwrap(), "-"], doc.as_bytes());
    assert_eq!(documents(&before.stdout)[0].targets[0].metric, None);
    let metrics = dir.path().join("metrics.toml");
    let mut text = std::fs::read_to_string(&metrics).unwrap();
    text = text.replace(
        "# --- narrow wordings ---",
        "[[rule]]\nid = \"satisfaction_rate\"\nany = [\"zalo cong vu\"]\n\n# --- narrow wordings ---",
    );
    std::fs::write(&metrics, text).unwrap();
    let after = chitieu_stdin(&["extract", "-q", "--rules", dir.path().to_str().unwrap(), "-"], doc.as_bytes());
    assert_eq!(documents(&after.stdout)[0].targets[0].metric.as_deref(), Some("satisfaction_rate"));
}

#[test]
fn a_bad_rules_file_is_named() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("rules"), dir.path());
    let p = dir.path().join("abbreviations.toml");
    std::fs::write(&p, "[[abbreviation]]\nshort = \"a\"\nlong = \"b\"\nlength = 2\n").unwrap();
    let out = chitieu(&["check-rules", "--rules", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("abbreviations.toml") && err.contains("unknown field `length`"), "{err}");
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let dest = to.join(p.file_name().unwrap());
        if p.is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
            copy_dir(&p, &dest);
        } else {
            std::fs::copy(&p, &dest).unwrap();
        }
    }
}
