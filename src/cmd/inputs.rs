//! Turning command-line inputs into the list of files to read: files as
//! given, directories walked recursively by extension, `-` for stdin.

use std::path::PathBuf;

use chitieu::read::Format;

/// One input to extract.
#[derive(Debug, Clone)]
pub enum Input {
    /// A file on disk, with the path to show.
    File(PathBuf, String),
    /// Standard input.
    Stdin,
}

impl Input {
    /// The name shown in messages and `source.path`.
    pub fn display(&self) -> &str {
        match self {
            Input::File(_, d) => d,
            Input::Stdin => "-",
        }
    }
}

/// Expands the arguments; problems (missing paths, unreadable directories)
/// come back as messages, and the rest is still listed.
pub fn collect(args: &[String]) -> (Vec<Input>, Vec<String>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for a in args {
        if a == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        let p = PathBuf::from(a);
        if p.is_dir() {
            let mut found: Vec<PathBuf> = Vec::new();
            for entry in walkdir::WalkDir::new(&p).follow_links(true).sort_by_file_name() {
                match entry {
                    Ok(e) if e.file_type().is_file() && Format::from_path(e.path()).is_some() => found.push(e.into_path()),
                    Ok(_) => {}
                    Err(e) => errors.push(format!("{}: {}", e.path().map_or_else(|| a.clone(), |p| p.display().to_string()), e)),
                }
            }
            inputs.extend(found.into_iter().map(|f| {
                let d = f.display().to_string();
                Input::File(f, d)
            }));
        } else if p.exists() {
            inputs.push(Input::File(p, a.clone()));
        } else {
            errors.push(format!("{a}: no such file or directory"));
        }
    }
    (inputs, errors)
}
