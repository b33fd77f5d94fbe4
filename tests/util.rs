//! Shared helpers for the integration tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the built `chitieu` binary with `args`.
pub fn chitieu(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chitieu")).args(args).current_dir(root()).output().expect("chitieu runs")
}

/// Runs the binary with stdin.
pub fn chitieu_stdin(args: &[&str], input: &[u8]) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_chitieu"))
        .args(args)
        .current_dir(root())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("chitieu runs");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

/// Parses JSON Lines output into the real record types (unknown fields refused).
pub fn documents(stdout: &[u8]) -> Vec<chitieu::Document> {
    String::from_utf8_lossy(stdout)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("output line is a chitieu/1 document: {e}\n{l}")))
        .collect()
}

/// Extracts a directory with the library and scores it against gold.
pub fn score_dir(docs: &Path, gold: &Path) -> chitieu::eval::Report {
    let rules = chitieu::Rules::builtin().unwrap();
    let mut files: Vec<PathBuf> = walk(docs);
    files.sort();
    let mut pred = Vec::new();
    for f in files {
        let display = f.display().to_string();
        match chitieu::extract_file(&f, &display, &rules) {
            Ok(d) => pred.extend(d.iter().map(|d| serde_json::to_value(d).unwrap())),
            Err(e) => panic!("{e}"),
        }
    }
    chitieu::eval::score(gold, &pred).unwrap()
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else if chitieu::read::Format::from_path(&p).is_some() {
            out.push(p);
        }
    }
    out
}
