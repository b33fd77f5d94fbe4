//! PDF reader (being written): born-digital pages through lopdf; pages
//! without a usable text layer go to OCR.

use super::{Extracted, ReadOptions};
use crate::rules::Rules;

/// Reads a PDF file's bytes.
pub fn read(_bytes: &[u8], _rules: &Rules, _opts: &ReadOptions) -> Result<Extracted, String> {
    Err("PDF input is not supported yet".into())
}
