//! Corpus-driven tests: every set under `corpus/` with a `gold/` folder is
//! extracted and scored; adding a document is adding files.

use crate::util::{chitieu, root, score_dir};

#[test]
fn seeds_score_perfectly() {
    let r = score_dir(&root().join("corpus/seeds/docs"), &root().join("corpus/seeds/gold"));
    let (p, rec, f1) = chitieu::eval::prf(r.total());
    assert_eq!((r.found_docs, r.gold_docs), (7, 7), "{:#?}", r.lines);
    assert_eq!(f1, 1.0, "P={p} R={rec}\n{}", r.lines.join("\n"));
    assert_eq!(r.field_rate(), 1.0, "{}", r.lines.join("\n"));
    assert_eq!(r.comparators_ok, r.comparators_total);
}

/// Bars for the sets we wrote ourselves: they measure generality, so they
/// are not all perfect; the floor stops a regression.
#[test]
fn every_corpus_set_meets_its_floor() {
    for entry in std::fs::read_dir(root().join("corpus")).unwrap() {
        let set = entry.unwrap().path();
        let (docs, gold) = (set.join("docs"), set.join("gold"));
        if !docs.is_dir() || !gold.is_dir() {
            continue;
        }
        let r = score_dir(&docs, &gold);
        let (_, _, f1) = chitieu::eval::prf(r.total());
        let name = set.file_name().unwrap().to_string_lossy().into_owned();
        assert_eq!(r.found_docs, r.gold_docs, "{name}: documents\n{}", r.lines.join("\n"));
        assert!(f1 >= 0.95, "{name}: targets F1 {f1:.4}\n{}", r.lines.join("\n"));
        assert!(r.field_rate() >= 0.95, "{name}: fields {:.4}\n{}", r.field_rate(), r.lines.join("\n"));
        // Of the targets found, each comparator and year as the gold has it.
        assert_eq!(r.comparators_ok, r.comparators_total, "{name}: comparators\n{}", r.lines.join("\n"));
        assert_eq!(r.years_ok, r.years_total, "{name}: years\n{}", r.lines.join("\n"));
    }
}

#[test]
fn eval_command_agrees_with_the_library_and_score_py() {
    let out = chitieu(&["eval", "--gold", "corpus/seeds/gold", "corpus/seeds/docs"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let ours = stdout.lines().last().unwrap().to_string();
    assert_eq!(ours, "score: targets F1=1.0000 P=1.0000 R=1.0000 fields=1.0000 documents=7/7");
    // The reference scorer, when it is beside the repository.
    let score_py = root().join("../shared/score.py");
    if score_py.exists() && std::process::Command::new("python3").arg("--version").output().is_ok() {
        let ex = chitieu(&["extract", "-q", "corpus/seeds/docs"]);
        let tmp = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(tmp.path(), &ex.stdout).unwrap();
        let py = std::process::Command::new("python3")
            .arg(&score_py)
            .args(["--gold", "corpus/seeds/gold", "--pred"])
            .arg(tmp.path())
            .current_dir(root())
            .output()
            .unwrap();
        let theirs = String::from_utf8_lossy(&py.stdout).lines().last().unwrap_or("").to_string();
        assert_eq!(ours, theirs);
    }
}

#[test]
fn eval_lists_misses_and_extras() {
    // Score the seeds' extraction against another document's gold: every
    // target is then a miss or an extra, and each is listed.
    let rules = chitieu::Rules::builtin().unwrap();
    let docs = chitieu::extract_file(&root().join("corpus/seeds/docs/002_6fa0f120bfe8008a.txt"), "x/002_6fa0f120bfe8008a.txt", &rules).unwrap();
    let mut pred: Vec<serde_json::Value> = docs.iter().map(|d| serde_json::to_value(d).unwrap()).collect();
    // Drop one target and change one value.
    let t = pred[0]["targets"].as_array_mut().unwrap();
    t.remove(0);
    t[0]["value"] = serde_json::json!(21.0);
    let r = chitieu::eval::score(&root().join("corpus/seeds/gold/002_6fa0f120bfe8008a.json"), &pred).unwrap();
    let total = r.total();
    assert_eq!((total.tp, total.fp, total.fn_), (5, 1, 2));
    assert_eq!(r.lines.iter().filter(|l| l.contains("missed")).count(), 2);
    assert_eq!(r.lines.iter().filter(|l| l.contains("extra")).count(), 1);
}
