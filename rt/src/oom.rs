//! Running out of memory as a catchable `MemoryError`.
//!
//! Most allocations in rt cannot fail through its API (a `Vec` growing, a
//! GC block being mapped). So rt keeps an emergency reserve: when memory
//! runs out, the reserve is released, the allocation is retried and
//! succeeds, and a flag makes the next result rt hands back to generated
//! code (`error::to_abi`) a raised `MemoryError` instead. The program can
//! catch it and drop what it built; the reserve is re-armed at the next
//! collection. Only when the reserve is gone too does the program print
//! `MemoryError` and exit with status 1.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicPtr, Ordering};

/// Size of the emergency reserve: room for the exception, its traceback
/// and the handler's work after a failed allocation. glibc's per-thread
/// arenas (the program runs on a spawned thread) grow by 64 MiB heaps
/// mapped at 64 MiB-aligned addresses, which takes up to 128 MiB of
/// address space.
const RESERVE_BYTES: usize = 128 << 20;

/// Requests above this size that fail are left to the caller (`Vec::
/// try_reserve` paths raise MemoryError themselves; releasing the reserve
/// would not satisfy them anyway).
const SMALL_REQUEST: usize = 16 << 20;

static RESERVE: AtomicPtr<u8> = AtomicPtr::new(std::ptr::null_mut());
static PENDING: AtomicBool = AtomicBool::new(false);

fn reserve_layout() -> Layout {
    Layout::from_size_align(RESERVE_BYTES, 16).unwrap_or(Layout::new::<u8>())
}

extern "C" {
    fn mi_option_set(option: i32, value: std::ffi::c_long);
    #[cfg(test)]
    fn mi_option_get(option: i32) -> std::ffi::c_long;
}

/// `mi_option_arena_reserve` in the mimalloc v3 sources libmimalloc-sys
/// 0.1.49 builds (pinned by Cargo.lock; a unit test checks the default).
const MI_OPTION_ARENA_RESERVE: i32 = 23;

/// Makes mimalloc reserve address space in 64 MiB arenas instead of 1 GiB
/// ones, so that the address space the released reserve gives back is
/// enough for its next arena.
pub fn configure_allocator() {
    // SAFETY: plain setters of mimalloc's option table; any value is valid.
    unsafe { mi_option_set(MI_OPTION_ARENA_RESERVE, 64 * 1024) };
}

/// Allocates the reserve if it is not held (program start, after each
/// collection). Its pages are never touched, so it costs address space,
/// not RSS: allocations fail for lack of address space (`ulimit -v`, a
/// 32-bit-style limit) or of mappable memory, and both are what releasing
/// it gives back. (With overcommit, exhausting physical memory ends in the
/// kernel's OOM killer, which no process can turn into an exception.)
pub fn arm() {
    if !RESERVE.load(Ordering::Relaxed).is_null() {
        return;
    }
    // SAFETY: a non-zero-sized layout; the block is only ever freed by
    // `release` with the same layout.
    let p = unsafe { System.alloc(reserve_layout()) };
    if p.is_null() {
        return;
    }
    RESERVE.store(p, Ordering::Relaxed);
}

/// Releases the reserve; true if there was one.
fn release() -> bool {
    let p = RESERVE.swap(std::ptr::null_mut(), Ordering::Relaxed);
    if p.is_null() {
        return false;
    }
    // SAFETY: `p` came from `System.alloc(reserve_layout())` in `arm`.
    unsafe { System.dealloc(p, reserve_layout()) };
    true
}

/// Called when an allocation of `size` bytes failed: true if the caller
/// should retry (the reserve was released and a MemoryError is now due).
pub fn on_failure(size: usize) -> bool {
    if size > SMALL_REQUEST || !release() {
        return false;
    }
    PENDING.store(true, Ordering::Relaxed);
    true
}

/// True (once) if an allocation failed since the last call.
#[inline]
pub fn take_pending() -> bool {
    PENDING.load(Ordering::Relaxed) && PENDING.swap(false, Ordering::Relaxed)
}

/// Memory is exhausted even after releasing the reserve.
pub fn exhausted() -> ! {
    crate::output::flush();
    crate::output::write_err("MemoryError\n");
    std::process::exit(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arena_reserve_option_index() {
        // 1 GiB in KiB is mimalloc's default for this option on 64-bit.
        // SAFETY: a plain getter.
        let v = unsafe { mi_option_get(MI_OPTION_ARENA_RESERVE) };
        assert!(
            v == 1 << 20 || v == 64 * 1024,
            "option {MI_OPTION_ARENA_RESERVE} is {v}"
        );
    }
}
