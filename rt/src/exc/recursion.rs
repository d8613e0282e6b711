//! Stack-depth limit: generated code compares the stack pointer against
//! `STACK_LIMIT` (`alc_rt_stack_limit`) in every prologue and loop header;
//! rt's own recursion (repr, ==, hashing of nested containers) checks the
//! same limit here. The SIGINT handler trips the limit (`trip`) so that the
//! next check takes its slow path and raises KeyboardInterrupt instead; so
//! does a collection that queued finalisers (`gc::finalize`), whose slow
//! path in generated code runs them and continues. rt's own checks never
//! run finalisers: they only raise for a real interrupt or depth.

use crate::exc::error::{raise, Pending, R};
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
        return check_slow(here);
    }
    Ok(())
}

/// rt's failed stack check at `here`: KeyboardInterrupt if SIGINT tripped
/// the limit, RecursionError if `here` is past the real limit, else nothing
/// (the limit is tripped for finalisers, which wait for generated code).
#[cold]
#[inline(never)]
fn check_slow(here: usize) -> R<()> {
    if crate::exc::interrupt::take() {
        return Err(crate::exc::interrupt::keyboard_interrupt());
    }
    if here < LIMIT.load(Ordering::SeqCst).saturating_sub(RT_MARGIN / 2) {
        return Err(recursion_error());
    }
    Ok(())
}

/// The RecursionError CPython raises for too-deep recursion.
fn recursion_error() -> Pending {
    raise(&RECURSION_ERROR, "maximum recursion depth exceeded")
}

/// How far above rt's frames the stack pointer of a failed prologue check
/// can be (the entry point's and this function's frames are far smaller).
const PROLOGUE_SLACK: usize = 4096;

/// The slow path of a function prologue's stack check: KeyboardInterrupt
/// if SIGINT tripped the limit; RecursionError if the stack is surely past
/// the real limit or the limit was not tripped for finalisers; else the
/// finalisers run and the prologue calls its function again, whose own
/// check decides about the depth. So finalisers run at most
/// `PROLOGUE_SLACK` bytes past the limit (inside rt's reserve, where their
/// own calls raise RecursionError, which they report), and the repeated
/// call raises RecursionError at most one frame earlier than it would have
/// without them.
pub fn prologue_slow() -> R<()> {
    if crate::exc::interrupt::waiting() {
        return crate::exc::interrupt::run_pending();
    }
    let marker = 0u8;
    let here = std::hint::black_box(&marker) as *const u8 as usize;
    if here.saturating_add(PROLOGUE_SLACK) < LIMIT.load(Ordering::SeqCst)
        || !crate::gc::finalize::waiting()
    {
        return Err(recursion_error());
    }
    crate::gc::finalize::run_ready();
    Ok(())
}

/// The slow path of a loop header's stack check: KeyboardInterrupt if
/// SIGINT tripped the limit, else the finaliser queue runs if it is
/// waiting (a loop merely running near the recursion limit goes on).
pub fn poll_slow() -> R<()> {
    crate::exc::interrupt::run_pending()?;
    crate::gc::finalize::run_ready();
    Ok(())
}

/// Sets the limit for a stack whose lowest usable address is `low`.
pub fn set_stack(low: usize, reserve: usize) {
    let limit = low + reserve + RT_MARGIN;
    LIMIT.store(limit, Ordering::SeqCst);
    // SAFETY: written on the program thread before any Al code runs.
    unsafe { std::ptr::addr_of_mut!(STACK_LIMIT).write_volatile(limit) };
}

/// Makes every stack check fail (from the SIGINT handler, and when
/// finalisers are queued).
pub fn trip() {
    // SAFETY: a whole-word store, async-signal-safe; readers see the old
    // or the new word.
    unsafe { std::ptr::addr_of_mut!(STACK_LIMIT).write_volatile(usize::MAX) };
}

/// Restores the limit after `trip`, unless finalisers wait for a poll
/// point (then it stays tripped for them).
pub fn untrip() {
    if crate::gc::finalize::waiting() || crate::exc::interrupt::waiting() {
        return;
    }
    let limit = LIMIT.load(Ordering::SeqCst);
    // SAFETY: as in `trip`.
    unsafe { std::ptr::addr_of_mut!(STACK_LIMIT).write_volatile(limit) };
}
