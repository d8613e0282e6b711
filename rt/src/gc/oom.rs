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
    crate::builtins::output::flush();
    crate::builtins::output::write_err("MemoryError\n");
    std::process::exit(1)
}
