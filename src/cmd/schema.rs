//! `chitieu schema`: the JSON Schema of `chitieu/1`, generated from the
//! record types.

use crate::Exit;

/// The schema as pretty JSON.
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(chitieu::record::Document);
    serde_json::to_string_pretty(&schema).expect("a schema serialises")
}

pub fn run() -> Exit {
    println!("{}", schema_json());
    Exit::Ok
}
