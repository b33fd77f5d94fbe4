//! Legacy 8-bit Vietnamese encodings (placeholder; being written).
