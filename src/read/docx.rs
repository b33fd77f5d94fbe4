//! DOCX reader (being written): paragraphs, real `w:tbl` tables with
//! `gridSpan`/`vMerge`, numbered lists, text boxes.

use super::{Extracted, ReadOptions};

/// Reads a DOCX file's bytes.
pub fn read(_bytes: &[u8], _opts: &ReadOptions) -> Result<Extracted, String> {
    Err("DOCX input is not supported yet".into())
}
