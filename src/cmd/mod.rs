//! One subcommand per file.

pub mod eval;
pub mod extract;
pub mod inputs;
pub mod schema;
