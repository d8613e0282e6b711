//! Signals: SIGINT raises KeyboardInterrupt in the running program, and a
//! handler `signal.signal` installed runs, where CPython would run it
//! (between operations, never inside one). The C handler only records the
//! signal and trips the stack limit that every compiled prologue and loop
//! header compares the stack pointer with, so the next such check takes
//! its slow path, which runs the Al handlers (`run_pending`) or raises
//! KeyboardInterrupt: the polling costs compiled code nothing beyond the
//! stack check it already has. rt's own stack checks (inside an
//! operation) only raise KeyboardInterrupt for a SIGINT without an Al
//! handler; other signals wait for generated code.

use crate::exc::error::{raise_empty, Pending, R};
use crate::state::Global;
use crate::value::Value;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

/// Signals that arrived and were not yet handled, one bit per number.
static PENDING: AtomicU64 = AtomicU64::new(0);
/// Set when the program ends by an uncaught KeyboardInterrupt.
static DIE_BY_SIGINT: AtomicBool = AtomicBool::new(false);

/// The Al handler of each signal number (null: none; SIGINT then raises
/// KeyboardInterrupt). A GC root once a handler is set.
static HANDLERS: Global<[Value; 65]> = Global::new([Value::NULL; 65]);
static HANDLERS_ROOTED: AtomicBool = AtomicBool::new(false);

/// The highest signal number plus one (CPython's `NSIG`).
pub const NSIG: i32 = 65;
const SIGINT: i32 = 2;
/// The C library's default action.
pub const SIG_DFL: usize = 0;
/// The C library's "ignore" action.
pub const SIG_IGN: usize = 1;

extern "C" {
    fn signal(signum: i32, handler: usize) -> usize;
    fn raise(sig: i32) -> i32;
    fn pthread_sigmask(how: i32, set: *const SigSet, old: *mut SigSet) -> i32;
}

/// glibc's `sigset_t`: 1024 bits.
pub type SigSet = [u64; 16];
const SIG_SETMASK: i32 = 2;

extern "C" fn on_signal(sig: i32) {
    // Async-signal-safe: an atomic update and a word store.
    if (1..NSIG).contains(&sig) {
        PENDING.fetch_or(1 << sig, Ordering::SeqCst);
    }
    crate::exc::recursion::trip();
}

/// The C-level action for `sig`: `SIG_DFL`, `SIG_IGN`, or rt's recording
/// handler (`catch`). Returns false if the OS refuses (SIGKILL, SIGSTOP,
/// or a number it does not have).
pub fn set_action(sig: i32, action: usize, catch: bool) -> bool {
    let handler = if catch {
        on_signal as extern "C" fn(i32) as usize
    } else {
        action
    };
    // SAFETY: `signal` is the C library's; rt's handler only does atomic and
    // word-sized stores, which are async-signal-safe.
    unsafe { signal(sig, handler) != usize::MAX }
}

/// Installs the SIGINT handler (at program start).
pub fn install() {
    set_action(SIGINT, 0, true);
}

/// Sets (or, with null, clears) the Al handler of `sig`, which must be in
/// `1..NSIG`.
pub fn set_handler(sig: i32, handler: Value) {
    if !HANDLERS_ROOTED.swap(true, Ordering::SeqCst) {
        // `Global` is a transparent cell of `NSIG` value words.
        crate::gc::add_roots(&HANDLERS as *const Global<[Value; 65]> as *const u64, 65);
    }
    let mut all = HANDLERS.get();
    all[sig as usize] = handler;
    HANDLERS.set(all);
}

/// True (once) if SIGINT arrived with no Al handler to run: what rt's
/// own stack checks raise KeyboardInterrupt for. Restores the stack limit
/// the handler tripped unless other signals still wait.
pub fn take() -> bool {
    let sigint = 1u64 << SIGINT;
    if HANDLERS.get()[SIGINT as usize].is_null()
        && PENDING.fetch_and(!sigint, Ordering::SeqCst) & sigint != 0
    {
        crate::exc::recursion::untrip();
        true
    } else {
        false
    }
}

/// True while a signal waits for its handler (the stack limit stays
/// tripped).
pub fn waiting() -> bool {
    PENDING.load(Ordering::SeqCst) != 0
}

/// Runs what the signals that arrived ask for, lowest number first, as
/// CPython does: each Al handler is called with `(signum, None)` (alc has
/// no frame objects), SIGINT without one raises KeyboardInterrupt. An
/// exception stops the run; the signals not yet handled stay pending.
/// Called at poll points of generated code and after the calls that can
/// signal the program itself (`raise_signal`, `os.kill`).
pub fn run_pending() -> R<()> {
    loop {
        let pending = PENDING.load(Ordering::SeqCst);
        if pending == 0 {
            crate::exc::recursion::untrip();
            return Ok(());
        }
        let sig = pending.trailing_zeros() as i32;
        PENDING.fetch_and(!(1u64 << sig), Ordering::SeqCst);
        if PENDING.load(Ordering::SeqCst) == 0 {
            crate::exc::recursion::untrip();
        }
        let handler = HANDLERS.get()[sig as usize];
        if handler.is_null() {
            if sig == SIGINT {
                return Err(keyboard_interrupt());
            }
            continue;
        }
        let args = [
            crate::objects::int::from_i64(i64::from(sig)),
            crate::object::none(),
        ];
        crate::protocol::dispatch::call(handler, crate::protocol::args::Args::positional(&args))?;
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

/// Sends `sig` to this process (C's `raise`); false if the OS refuses.
pub fn raise_signal(sig: i32) -> bool {
    // SAFETY: `raise` takes an integer; whatever handler runs is one of
    // rt's or the OS's default action.
    unsafe { raise(sig) == 0 }
}

/// Blocks every signal in the calling thread (the start-up thread, while
/// the program thread runs), so that signals the program sends itself are
/// delivered to the program thread before `kill` returns, as POSIX
/// promises for the sending thread; returns the previous mask.
pub fn block_this_thread() -> SigSet {
    let all: SigSet = [u64::MAX; 16];
    let mut old: SigSet = [0; 16];
    // SAFETY: both pointers are to live locals of glibc's `sigset_t` size.
    unsafe { pthread_sigmask(SIG_SETMASK, &all, &mut old) };
    old
}

/// Restores the calling thread's signal mask `block_this_thread` saved.
pub fn restore_mask(old: SigSet) {
    // SAFETY: as in `block_this_thread`.
    unsafe { pthread_sigmask(SIG_SETMASK, &old, std::ptr::null_mut()) };
}

/// After an uncaught KeyboardInterrupt (report printed, output flushed):
/// ends the process by SIGINT, as CPython does, so a shell sees status 130.
pub fn exit_if_interrupted() {
    if DIE_BY_SIGINT.load(Ordering::SeqCst) {
        // Restoring the default action and raising the signal on this
        // thread ends the process; nothing else runs afterwards.
        set_action(SIGINT, SIG_DFL, false);
        raise_signal(SIGINT);
    }
}
