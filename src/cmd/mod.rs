//! One subcommand per file.

pub mod doctor;
pub mod eval;
pub mod extract;
pub mod inputs;
pub mod schema;
