//! Time to build the built-in rules (the start of every run), N times:
//!
//!     cargo run --release --example startup_times [N]
// The allocator the binary uses: times comparable with its own.
#[global_allocator]
static GLOBAL: chitieu::alloc::MiMalloc = chitieu::alloc::MiMalloc;
use std::time::Instant;
fn main() {
    for _ in 0..std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(3) {
        let t = Instant::now();
        let r = chitieu::Rules::builtin().unwrap();
        let dt = t.elapsed();
        drop(r);
        println!("Rules::builtin {:.2} ms", dt.as_secs_f64() * 1e3);
    }
}
