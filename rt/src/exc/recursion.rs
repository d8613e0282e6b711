//! Stack-depth limit: generated code compares the stack pointer against
//! `STACK_LIMIT` (`alc_rt_stack_limit`) in every prologue and loop header;
//! rt's own recursion (repr, ==, hashing of nested containers) checks the
//! same limit here. The SIGINT handler trips the limit (`trip`) so that the
//! next check takes its slow path and raises KeyboardInterrupt instead.

use crate::exc::error::{raise, R};
use crate::exc::RECURSION_ERROR;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Lowest stack address generated code may use before raising
/// RecursionError; set by `entry/start.rs` with a reserve left for rt.
#[export_name = alrt_abi::rt_data_symbol!(STACK_LIMIT)]
pub static mut STACK_LIMIT: usize = 0;

/// The limit while no interrupt is pending (`STACK_LIMIT` is `usize::MAX`
/// while one is).
static LIMIT: AtomicUsize = AtomicUsize::new(0);

/// Extra room rt's own frames must keep free below the limit.
const RT_MARGIN: usize = 256 * 1024;

/// Raises RecursionError if the current stack depth is past the limit.
#[inline]
pub fn check() -> R<()> {
    // A local, not `&0u8`: a reference to a constant is promoted to a
    // static in read-only data and would not measure the stack.
    let marker = 0u8;
    let here = std::hint::black_box(&marker) as *const u8 as usize;
    // SAFETY: a word-sized read; the word is written at start-up and by
    // `trip`/`untrip` (whole-word stores, which cannot tear).
    let limit = unsafe { std::ptr::addr_of!(STACK_LIMIT).read_volatile() };
    if here < limit.saturating_sub(RT_MARGIN / 2) {
        return Err(recursion_error());
    }
    Ok(())
}

/// The slow path of a failed stack check: KeyboardInterrupt if SIGINT
/// tripped the limit, else the RecursionError CPython raises for
/// too-deep recursion.
pub fn recursion_error() -> crate::exc::error::Pending {
    if crate::exc::interrupt::take() {
        return crate::exc::interrupt::keyboard_interrupt();
    }
    raise(&RECURSION_ERROR, "maximum recursion depth exceeded")
}

/// Sets the limit for a stack whose lowest usable address is `low`.
pub fn set_stack(low: usize, reserve: usize) {
    let limit = low + reserve + RT_MARGIN;
    LIMIT.store(limit, Ordering::SeqCst);
    // SAFETY: written on the program thread before any Al code runs.
    unsafe { std::ptr::addr_of_mut!(STACK_LIMIT).write_volatile(limit) };
}

/// Makes every stack check fail (from the SIGINT handler).
pub fn trip() {
    // SAFETY: a whole-word store, async-signal-safe; readers see the old
    // or the new word.
    unsafe { std::ptr::addr_of_mut!(STACK_LIMIT).write_volatile(usize::MAX) };
}

/// Restores the limit after `trip`.
pub fn untrip() {
    let limit = LIMIT.load(Ordering::SeqCst);
    // SAFETY: as in `trip`.
    unsafe { std::ptr::addr_of_mut!(STACK_LIMIT).write_volatile(limit) };
}
