//! The output contract `chitieu/1` (spec/output.md) as Rust types. The JSON
//! Schema (`chitieu schema`) is generated from these types.

use std::borrow::Cow;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Schema version written in every record.
pub const SCHEMA: &str = "chitieu/1";

/// One administrative document found in an input.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// Always "chitieu/1".
    pub schema: String,
    /// Where the document came from.
    pub source: SourceRef,
    /// Serial/symbol as printed, spaces removed ("1713/QĐ-UBND"); null when the serial is blank.
    pub number: Option<String>,
    /// The serial before the slash ("1713", "11132A"); null when blank.
    pub serial: Option<String>,
    /// The symbol after the slash ("QĐ-UBND").
    pub symbol: Option<String>,
    /// Document type id (`quyet_dinh`, `cong_van`, …).
    #[serde(rename = "type")]
    pub doc_type: String,
    /// Issuing body, one line, normal capitalisation.
    pub issuer: Option<String>,
    /// Place written before the date.
    pub place: Option<String>,
    /// ISO 8601 date, full or partial ("2023-02", "2023"); null if none.
    pub date: Option<String>,
    /// Trích yếu, one line, without a leading "V/v".
    pub subject: Option<String>,
    /// Who signed.
    pub signer: Option<Signer>,
    /// "Kính gửi" / "Nơi nhận" lines.
    pub recipients: Vec<String>,
    /// Other documents cited.
    pub references: Vec<Reference>,
    /// The year the targets are for.
    pub year: Option<i32>,
    /// Assigned values.
    pub targets: Vec<Target>,
    /// What looked wrong, and where.
    pub warnings: Vec<Warning>,
}

/// Provenance of a document inside its input file.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    /// The path as given on the command line.
    pub path: String,
    /// SHA-256 of the input file's bytes, hex.
    pub sha256: String,
    /// text | markdown | html | pdf | docx | image
    pub format: String,
    /// True when the text came from OCR done by chitieu.
    pub ocr: bool,
    /// 0-based index of this document inside the file.
    pub segment: usize,
    /// First line (1-based) of the normalised text.
    pub line_start: usize,
    /// Last line (1-based) of the normalised text.
    pub line_end: usize,
    /// First page (1-based), for paged inputs.
    pub page_start: Option<u32>,
    /// Last page (1-based), for paged inputs.
    pub page_end: Option<u32>,
}

/// The signature block.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Signer {
    /// The signer's name.
    pub name: String,
    /// Position ("Phó Chủ tịch").
    pub position: Option<String>,
    /// Capacity ("KT. Chủ tịch", "TM. Ủy ban nhân dân").
    pub capacity: Option<String>,
}

/// A cited document.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    /// Its number ("107/2021/NĐ-CP"); null for a law cited by name.
    pub number: Option<String>,
    /// Its type id.
    #[serde(rename = "type")]
    pub doc_type: String,
    /// Its date, ISO 8601, when written.
    pub date: Option<String>,
    /// Its issuer, when written.
    pub issuer: Option<String>,
}

/// One assigned value for one unit and one indicator.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// The assignee as written; null = every unit the document addresses.
    pub unit: Option<String>,
    /// Stable join key: ASCII-folded, lower case, "UBND" expanded, '-' between words.
    pub unit_key: Option<String>,
    /// Section row the unit sits under ("Sở, ban, ngành tỉnh"), or null.
    pub unit_group: Option<String>,
    /// Canonical indicator id; null when no rule matched.
    pub metric: Option<String>,
    /// The header / row label / phrase as written.
    pub metric_text: String,
    /// The value.
    pub value: f64,
    /// "%" or the written unit of measure.
    pub unit_of_measure: Option<Cow<'static, str>>,
    /// ">=", "<=" or "=".
    pub comparator: Cow<'static, str>,
    /// The year the value is for.
    pub year: Option<i32>,
    /// The row's "Ghi chú", or a qualifier.
    pub note: Option<String>,
    /// Where the value was read.
    pub provenance: Provenance,
}

/// Where a target's value was read.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    /// "table" or "prose".
    pub kind: Cow<'static, str>,
    /// 0-based table index within the document (tables only).
    pub table: Option<usize>,
    /// 0-based body row (tables only).
    pub row: Option<usize>,
    /// 0-based column (tables only).
    pub column: Option<usize>,
    /// 1-based line of the normalised text.
    pub line: usize,
    /// 1-based page, for paged inputs.
    pub page: Option<u32>,
}

/// Something that looked wrong; never fatal.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Warning {
    /// Machine-readable code (`unmapped_metric`, `blank_date`, …).
    pub code: String,
    /// What and why, in words.
    pub message: String,
    /// 1-based line, when there is one.
    pub line: Option<usize>,
}

impl Warning {
    /// A warning with a code, message and line.
    pub fn new(code: &str, message: impl Into<String>, line: Option<usize>) -> Warning {
        Warning {
            code: code.to_string(),
            message: message.into(),
            line,
        }
    }
}
