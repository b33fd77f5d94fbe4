//! The global allocator the binaries use: mimalloc.

/// mimalloc, called as the `mimalloc` crate calls it, save that a block
/// `mi_malloc` aligns well enough takes it: the crate sends every
/// allocation down mimalloc's aligned path, which cost 2 % of a run's
/// instructions (callgrind on bench-out/).
pub struct MiMalloc;

/// Whether mimalloc's plain calls align a block of `size` bytes to `align`:
/// every block is aligned to a word, and one of 16 bytes or more to 16
/// (`MI_MAX_ALIGN_SIZE`), as the C `malloc` Rust's own allocator trusts.
fn plain(size: usize, align: usize) -> bool {
    align <= 16 && align <= size
}

// SAFETY: each call hands mimalloc a layout it serves as asked: the plain
// calls only where they align enough (`plain`), the aligned calls
// elsewhere; every block is freed by `mi_free`, which takes both.
unsafe impl std::alloc::GlobalAlloc for MiMalloc {
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        use libmimalloc_sys as mi;
        if plain(layout.size(), layout.align()) {
            mi::mi_malloc(layout.size()).cast()
        } else {
            mi::mi_malloc_aligned(layout.size(), layout.align()).cast()
        }
    }

    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        use libmimalloc_sys as mi;
        if plain(layout.size(), layout.align()) {
            mi::mi_zalloc(layout.size()).cast()
        } else {
            mi::mi_zalloc_aligned(layout.size(), layout.align()).cast()
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, _layout: std::alloc::Layout) {
        libmimalloc_sys::mi_free(ptr.cast());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        use libmimalloc_sys as mi;
        if plain(new_size, layout.align()) {
            mi::mi_realloc(ptr.cast(), new_size).cast()
        } else {
            mi::mi_realloc_aligned(ptr.cast(), new_size, layout.align()).cast()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::alloc::{GlobalAlloc, Layout};

    #[test]
    fn blocks_are_aligned_as_asked() {
        for align in [1, 2, 8, 16, 32, 64, 4096] {
            for size in [1, 7, 8, 15, 16, 24, 40, 100, 5000] {
                let layout = Layout::from_size_align(size, align).unwrap();
                // SAFETY: each block is used within its layout and freed once, with it.
                unsafe {
                    let p = MiMalloc.alloc_zeroed(layout);
                    assert!(!p.is_null());
                    assert_eq!(p as usize % align, 0, "size {size}, align {align}");
                    assert!(std::slice::from_raw_parts(p, size).iter().all(|&b| b == 0));
                    p.write_bytes(7, size);
                    let q = MiMalloc.realloc(p, layout, size * 3);
                    assert_eq!(q as usize % align, 0, "grown: size {size}, align {align}");
                    assert!(std::slice::from_raw_parts(q, size).iter().all(|&b| b == 7));
                    MiMalloc.dealloc(q, Layout::from_size_align(size * 3, align).unwrap());
                }
            }
        }
    }
}
