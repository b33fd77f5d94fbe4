//! Integration tests: the whole pipeline through the library and through
//! the `chitieu` binary. One test binary; helpers in `util`.

mod util;

mod bad_input;
mod cli;
mod corpus;
mod headers;
mod ocr;
mod pdf;
mod property;
mod shapes;
mod warnings;
mod wordings;
