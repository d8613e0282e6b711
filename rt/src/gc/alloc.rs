//! rt's global allocator: every Rust allocation (list items, strings,
//! big-int limbs, rt's own tables) goes through here, so the bytes in use
//! can trigger collections, and failures become MemoryError (`oom`).
//!
//! It forwards to the system allocator. mimalloc was measured (fannkuch
//! 1.0x -> 2.3x CPython, strings 4.1 s -> 1.7 s, dict_words 1.9x -> 2.6x)
//! but keeps the address space of freed memory in its arenas, so after an
//! out-of-memory error under an address-space limit the collector could not
//! map blocks again and the program could not recover from MemoryError as
//! CPython does. Revisit together with GC-heap storage for list items.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Bytes currently allocated (object-owned buffers and rt's own data);
/// counted so that programs whose garbage is mostly malloc memory (a list
/// of a million items is one 48-byte cell) still trigger collections.
static MALLOC_BYTES: AtomicUsize = AtomicUsize::new(0);

/// Bytes currently allocated through the global allocator.
#[inline]
pub fn malloc_bytes() -> usize {
    MALLOC_BYTES.load(Ordering::Relaxed)
}

/// The counting allocator.
struct Counting;

/// Retries an allocation that failed after releasing the emergency reserve
/// (`oom`), which makes the next rt result a MemoryError; a small request
/// that fails even then ends the program cleanly. Large requests get null
/// back: their callers (`try_reserve`) raise MemoryError themselves.
fn retry(size: usize, attempt: impl Fn() -> *mut u8) -> *mut u8 {
    if !crate::gc::oom::on_failure(size) {
        return std::ptr::null_mut();
    }
    let p = attempt();
    if p.is_null() {
        crate::gc::oom::exhausted();
    }
    p
}

/// Allocates with the backend for `l`, retrying once after a failure.
fn alloc_with(l: Layout, attempt: impl Fn() -> *mut u8) -> *mut u8 {
    MALLOC_BYTES.fetch_add(l.size(), Ordering::Relaxed);
    let mut p = attempt();
    if p.is_null() {
        p = retry(l.size(), attempt);
    }
    if p.is_null() {
        MALLOC_BYTES.fetch_sub(l.size(), Ordering::Relaxed);
    }
    p
}

// SAFETY: forwards to `System` unchanged; only adds relaxed counters and
// retries a failure once after freeing the reserve.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is `GlobalAlloc::alloc`'s.
        alloc_with(l, || unsafe { System.alloc(l) })
    }

    unsafe fn alloc_zeroed(&self, l: Layout) -> *mut u8 {
        // SAFETY: as for `alloc`.
        alloc_with(l, || unsafe { System.alloc_zeroed(l) })
    }

    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        MALLOC_BYTES.fetch_sub(l.size(), Ordering::Relaxed);
        // SAFETY: `p` came from this backend with layout `l`.
        unsafe { System.dealloc(p, l) }
    }

    unsafe fn realloc(&self, p: *mut u8, l: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as for `GlobalAlloc::realloc`.
        let attempt = || unsafe { System.realloc(p, l, new_size) };
        let mut q = attempt();
        if q.is_null() {
            // On failure `p` is still valid and owned by the caller.
            q = retry(new_size, attempt);
        }
        if !q.is_null() {
            MALLOC_BYTES.fetch_add(new_size, Ordering::Relaxed);
            MALLOC_BYTES.fetch_sub(l.size(), Ordering::Relaxed);
        }
        q
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

#[cfg(test)]
mod tests {
    #[test]
    fn counts_and_refuses_the_impossible() {
        let before = super::malloc_bytes();
        let v: Vec<u8> = Vec::with_capacity(1 << 20);
        assert!(super::malloc_bytes() >= before + (1 << 20) - 4096);
        drop(v);
        assert!(Vec::<u64>::new().try_reserve(1 << 40).is_err());
    }
}
