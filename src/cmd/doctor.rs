//! `chitieu doctor`: which readers this machine can run, their versions,
//! and what to install for the missing ones.

use std::process::Command;

use crate::Exit;

fn version(cmd: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(cmd).args(args).output().ok()?;
    let text = if out.stdout.is_empty() { out.stderr } else { out.stdout };
    String::from_utf8_lossy(&text).lines().next().map(|l| l.trim().to_string())
}

pub fn run() -> Exit {
    println!("text, markdown, html   built in");
    println!("docx                   built in");
    println!("pdf (text layer)       built in (lopdf)");
    let mut missing = Vec::new();
    match version("tesseract", &["--version"]) {
        Some(v) => {
            let langs = Command::new("tesseract")
                .arg("--list-langs")
                .output()
                .ok()
                .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
                .unwrap_or_default();
            let vie = langs.lines().any(|l| l.trim() == "vie");
            println!("ocr engine             {v}{}", if vie { ", Vietnamese model present" } else { ", Vietnamese model MISSING" });
            if !vie {
                missing.push("tesseract-ocr-vie");
            }
        }
        None => {
            println!("ocr engine             MISSING (scans and images cannot be read)");
            missing.extend(["tesseract-ocr", "tesseract-ocr-vie"]);
        }
    }
    match version("pdftoppm", &["-v"]) {
        Some(v) => println!("pdf page rendering     {v}"),
        None => {
            println!("pdf page rendering     MISSING (scanned PDFs cannot be read)");
            missing.push("poppler-utils");
        }
    }
    if missing.is_empty() {
        println!("every reader is available");
        Exit::Ok
    } else {
        println!("install: apt-get install {}", missing.join(" "));
        Exit::SomeFailed
    }
}
