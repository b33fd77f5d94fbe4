//! Legacy 8-bit Vietnamese encodings (temporary stub until the real module lands).
pub struct LegacyTable { name: String }
impl LegacyTable {
    pub fn from_toml(src: &str) -> Result<LegacyTable, String> { let v: toml::Value = toml::from_str(src).map_err(|e| e.to_string())?; Ok(LegacyTable { name: v.get("name").and_then(|n| n.as_str()).unwrap_or("?").to_string() }) }
    pub fn name(&self) -> &str { &self.name }
    pub fn convert(&self, s: &str) -> String { s.to_string() }
}
pub fn bytes_as_cp1252(bytes: &[u8]) -> String { bytes.iter().map(|&b| b as char).collect() }
pub fn detect(_text: &str, _tables: &[LegacyTable]) -> Option<usize> { None }
