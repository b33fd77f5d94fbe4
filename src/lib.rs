//! chitieu: Vietnamese government decisions and dispatches → structured
//! target records (`chitieu/1`).
//!
//! The stages, in the order data flows (see ARCHITECTURE.md):
//! [`read`] → [`normalize`] → [`layout`] → [`segment`] → [`header`] →
//! [`tables`] / [`prose`] (with [`units`]) → [`checks`] → [`record`].
//! [`extract`] runs them; [`eval`] scores the result against gold answers.
//! The library returns values and reports problems as data; it never
//! prints or exits.

pub mod alloc;
pub mod checks;
pub mod error;
pub mod eval;
pub mod extract;
pub mod gate;
pub mod header;
pub mod json;
pub mod layout;
pub mod legacy;
pub mod memo;
pub mod mend;
pub mod normalize;
pub mod patterns;
pub mod prose;
pub mod read;
pub mod record;
pub mod rules;
pub mod runs;
pub mod segment;
pub mod syllable;
pub mod tables;
pub mod text;
pub mod units;

use std::path::Path;

pub use error::{Error, Result};
pub use record::Document;
pub use rules::Rules;

/// Extracts every document from one file. `display` is the path as the
/// user gave it, written into `source.path`.
pub fn extract_file(path: &Path, display: &str, rules: &Rules) -> Result<Vec<Document>> {
    let src = read::read_path(path, display, rules)?;
    Ok(extract::extract(src, rules))
}

/// Extracts every document from one file, with reader options (OCR cache,
/// time limit).
pub fn extract_file_with(path: &Path, display: &str, rules: &Rules, opts: &read::ReadOptions) -> Result<Vec<Document>> {
    let src = read::read_path_with(path, display, rules, opts)?;
    Ok(extract::extract(src, rules))
}

/// Extracts every document from bytes in memory (stdin, tests).
pub fn extract_bytes(bytes: &[u8], format: read::Format, display: &str, rules: &Rules) -> Result<Vec<Document>> {
    let src = read::read_bytes(bytes, format, display, rules)?;
    Ok(extract::extract(src, rules))
}
