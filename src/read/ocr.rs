//! OCR reader (being written): page images through Tesseract.

use super::{Extracted, ReadOptions};

/// Reads an image file's bytes (PNG, JPEG, TIFF, multi-page TIFF).
pub fn read_image(_bytes: &[u8], _opts: &ReadOptions) -> Result<Extracted, String> {
    Err("image input is not supported yet".into())
}
