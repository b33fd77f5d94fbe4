//! Prints the lines (and table rows) a reader gives for a file, with their
//! page numbers, for looking at what a PDF, DOCX or HTML input turns into:
//!
//!     cargo run --release --example dump_lines FILE
fn main() {
    let rules = chitieu::Rules::builtin().unwrap();
    let path = std::env::args().nth(1).expect("a file");
    let mut src = chitieu::read::read_path(std::path::Path::new(&path), &path, &rules).unwrap();
    for (i, l) in src.lines.iter().enumerate() {
        println!("{:4} p{:<3} {}", i + 1, l.page.unwrap_or(0), l.text.replace('\t', " → "));
    }
    for t in &src.tables {
        println!(
            "table p{:?} rows {} edges {:?}",
            t.rows.first().and_then(|r| r.page),
            t.rows.len(),
            t.edges.iter().map(|x| *x as i64).collect::<Vec<_>>()
        );
        for r in &t.rows {
            println!("  {:4} | {}", r.line + 1, r.cells.join(" | "));
        }
    }
    println!("{} tables", src.tables.len());
    // What the layout stage makes of them (tables found in the text too).
    chitieu::normalize::normalize(&mut src, &rules);
    for t in chitieu::layout::layout(&src.lines, src.tables.clone()).tables {
        println!("layout table rows {}", t.rows.len());
        for r in &t.rows {
            println!("  {:4} | {}", r.line + 1, r.cells.join(" | "));
        }
    }
}
