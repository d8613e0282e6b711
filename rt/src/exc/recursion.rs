//! Stack-depth limit: generated code compares the stack pointer against
//! `STACK_LIMIT` (`alc_rt_stack_limit`) in every prologue; rt's own recursion (repr, ==,
//! hashing of nested containers) checks the same limit here.

use crate::exc::error::{raise, R};
use crate::exc::RECURSION_ERROR;

/// Lowest stack address generated code may use before raising
/// RecursionError; set by `entry/start.rs` with a reserve left for rt.
#[export_name = alrt_abi::rt_data_symbol!(STACK_LIMIT)]
pub static mut STACK_LIMIT: usize = 0;

/// Extra room rt's own frames must keep free below the limit.
const RT_MARGIN: usize = 256 * 1024;

/// Raises RecursionError if the current stack depth is past the limit.
#[inline]
pub fn check() -> R<()> {
    // A local, not `&0u8`: a reference to a constant is promoted to a
    // static in read-only data and would not measure the stack.
    let marker = 0u8;
    let here = std::hint::black_box(&marker) as *const u8 as usize;
    // SAFETY: a plain read of a word written once at start-up on this thread.
    let limit = unsafe { STACK_LIMIT };
    if here < limit.saturating_sub(RT_MARGIN / 2) {
        return Err(recursion_error());
    }
    Ok(())
}

/// Raises the RecursionError CPython raises for too-deep recursion.
pub fn recursion_error() -> crate::exc::error::Pending {
    raise(&RECURSION_ERROR, "maximum recursion depth exceeded")
}

/// Sets the limit for a stack whose lowest usable address is `low`.
pub fn set_stack(low: usize, reserve: usize) {
    // SAFETY: written once, on the program thread, before any Al code runs.
    unsafe { STACK_LIMIT = low + reserve + RT_MARGIN };
}
