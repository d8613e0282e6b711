//! Ctrl-C: SIGINT raises KeyboardInterrupt in the running program, where
//! CPython would raise it (between operations, never inside one). The
//! signal handler only records the signal and trips the stack limit that
//! every compiled prologue and loop header compares the stack pointer with,
//! so the next such check takes its slow path, which raises
//! KeyboardInterrupt here: the polling costs compiled code nothing beyond
//! the stack check it already has.

use crate::exc::error::{raise_empty, Pending};
use std::sync::atomic::{AtomicBool, Ordering};

/// Set by the SIGINT handler, taken by `take`.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);
/// Set when the program ends by an uncaught KeyboardInterrupt.
static DIE_BY_SIGINT: AtomicBool = AtomicBool::new(false);

const SIGINT: i32 = 2;
const SIG_DFL: usize = 0;

extern "C" {
    fn signal(signum: i32, handler: usize) -> usize;
    fn raise(sig: i32) -> i32;
}

extern "C" fn on_sigint(_sig: i32) {
    // Async-signal-safe: an atomic store and a word store.
    INTERRUPTED.store(true, Ordering::SeqCst);
    crate::exc::recursion::trip();
}

/// Installs the SIGINT handler (at program start).
pub fn install() {
    // SAFETY: `signal` is the C library's; the handler only does atomic and
    // word-sized stores, which are async-signal-safe.
    unsafe {
        signal(SIGINT, on_sigint as extern "C" fn(i32) as usize);
    }
}

/// True (once) if SIGINT arrived since the last call; restores the stack
/// limit the handler tripped.
pub fn take() -> bool {
    if INTERRUPTED.swap(false, Ordering::SeqCst) {
        crate::exc::recursion::untrip();
        true
    } else {
        false
    }
}

/// Raises KeyboardInterrupt.
pub fn keyboard_interrupt() -> Pending {
    raise_empty(&crate::exc::KEYBOARD_INTERRUPT)
}

/// Marks the program as ending by an uncaught KeyboardInterrupt.
pub fn set_die_by_sigint() {
    DIE_BY_SIGINT.store(true, Ordering::SeqCst);
}

/// After an uncaught KeyboardInterrupt (report printed, output flushed):
/// ends the process by SIGINT, as CPython does, so a shell sees status 130.
pub fn exit_if_interrupted() {
    if DIE_BY_SIGINT.load(Ordering::SeqCst) {
        // SAFETY: restoring the default action and raising the signal on
        // this thread ends the process; nothing else runs afterwards.
        unsafe {
            signal(SIGINT, SIG_DFL);
            raise(SIGINT);
        }
    }
}
