//! What the timing examples share: the files of the folder named first on
//! the command line, in name order.

/// Every file under the folder given as the first argument, sorted.
pub fn files() -> Vec<std::path::PathBuf> {
    let dir = std::env::args().nth(1).expect("a folder to read");
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect()
}
