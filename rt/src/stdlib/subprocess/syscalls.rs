//! The process and signal system calls `subprocess` and `signal` need
//! beyond `std::process` (`waitpid` by pid, `kill` with any signal,
//! `poll` over pipe descriptors, `alarm`, `strsignal`), declared by hand as rt declares its other few C calls,
//! with safe wrappers. Each wrapper passes only integers and pointers to
//! live locals, and returns the OS error of a failed call.

use std::io::Error;

/// C's `struct pollfd`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct PollFd {
    pub fd: i32,
    pub events: i16,
    pub revents: i16,
}

/// Data to read (`POLLIN`).
pub const POLLIN: i16 = 0x1;
/// Room to write (`POLLOUT`).
pub const POLLOUT: i16 = 0x4;
/// Any of error, hang-up or invalid descriptor.
pub const POLLDONE: i16 = 0x8 | 0x10 | 0x20;

const WNOHANG: i32 = 1;
const EINTR: i32 = 4;

extern "C" {
    fn waitpid(pid: i32, status: *mut i32, options: i32) -> i32;
    fn kill(pid: i32, sig: i32) -> i32;
    fn poll(fds: *mut PollFd, nfds: u64, timeout: i32) -> i32;
}

/// Waits for child `pid` (without blocking when `nohang`): its raw wait
/// status, or None if it is still running. Retries when a signal
/// interrupts the wait.
pub fn wait_pid(pid: i32, nohang: bool) -> Result<Option<i32>, Error> {
    loop {
        let mut status = 0i32;
        // SAFETY: `status` is a live local the call writes one int to.
        let r = unsafe { waitpid(pid, &mut status, if nohang { WNOHANG } else { 0 }) };
        if r == pid {
            return Ok(Some(status));
        }
        if r == 0 {
            return Ok(None);
        }
        let e = Error::last_os_error();
        if e.raw_os_error() != Some(EINTR) {
            return Err(e);
        }
    }
}

/// Sends signal `sig` to process `pid`.
pub fn send_signal(pid: i32, sig: i32) -> Result<(), Error> {
    // SAFETY: `kill` takes two integers and touches no memory of ours.
    if unsafe { kill(pid, sig) } == 0 {
        Ok(())
    } else {
        Err(Error::last_os_error())
    }
}

/// Waits up to `timeout_ms` (-1: no limit) for an event on `fds`, whose
/// `revents` it fills; an interrupted wait counts as no event.
pub fn poll_fds(fds: &mut [PollFd], timeout_ms: i32) -> Result<usize, Error> {
    // SAFETY: `fds` is a live slice of `len` pollfd structs the call
    // reads and writes within.
    let r = unsafe { poll(fds.as_mut_ptr(), fds.len() as u64, timeout_ms) };
    if r >= 0 {
        return Ok(r as usize);
    }
    let e = Error::last_os_error();
    if e.raw_os_error() == Some(EINTR) {
        fds.iter_mut().for_each(|f| f.revents = 0);
        return Ok(0);
    }
    Err(e)
}

extern "C" {
    fn alarm(seconds: u32) -> u32;
    fn strsignal(sig: i32) -> *const std::ffi::c_char;
}

/// Schedules SIGALRM in `seconds` (0 cancels); the seconds that were left
/// of the previous alarm.
pub fn set_alarm(seconds: u32) -> u32 {
    // SAFETY: `alarm` takes and returns integers.
    unsafe { alarm(seconds) }
}

/// The C library's description of signal `sig` ("Interrupt"), copied out
/// before another call can overwrite its buffer; None if it has none.
pub fn describe_signal(sig: i32) -> Option<String> {
    // SAFETY: `strsignal` returns null or a NUL-terminated string that
    // stays valid until the next call on this thread; it is copied at once.
    unsafe {
        let p = strsignal(sig);
        if p.is_null() {
            return None;
        }
        Some(std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned())
    }
}

/// C's `struct itimerval` (64-bit Linux): interval, then value.
#[repr(C)]
#[derive(Default, Clone, Copy)]
struct Itimerval {
    interval_sec: i64,
    interval_usec: i64,
    value_sec: i64,
    value_usec: i64,
}

extern "C" {
    fn setitimer(which: i32, new: *const Itimerval, old: *mut Itimerval) -> i32;
    fn getitimer(which: i32, cur: *mut Itimerval) -> i32;
    fn pause() -> i32;
    fn sigwait(set: *const [u64; 16], sig: *mut i32) -> i32;
    fn pthread_sigmask(how: i32, set: *const [u64; 16], old: *mut [u64; 16]) -> i32;
    fn sigpending(set: *mut [u64; 16]) -> i32;
}

fn timer_pair(t: &Itimerval) -> (f64, f64) {
    let secs = |s: i64, us: i64| s as f64 + us as f64 / 1e6;
    (
        secs(t.value_sec, t.value_usec),
        secs(t.interval_sec, t.interval_usec),
    )
}

fn timeval(x: f64) -> (i64, i64) {
    let s = x.floor();
    let mut us = ((x - s) * 1e6).round() as i64;
    let mut s = s as i64;
    if us >= 1_000_000 {
        s += 1;
        us -= 1_000_000;
    }
    // An interval shorter than a microsecond is one microsecond, so
    // that a positive delay never disarms the timer.
    if s == 0 && us == 0 && x > 0.0 {
        us = 1;
    }
    (s, us)
}

/// `setitimer(which, (value, interval))`: the previous (value, interval).
pub fn set_timer(which: i32, value: f64, interval: f64) -> Result<(f64, f64), Error> {
    let (vs, vu) = timeval(value);
    let (is, iu) = timeval(interval);
    let new = Itimerval {
        interval_sec: is,
        interval_usec: iu,
        value_sec: vs,
        value_usec: vu,
    };
    let mut old = Itimerval::default();
    // SAFETY: both pointers are to live `struct itimerval`s.
    if unsafe { setitimer(which, &new, &mut old) } != 0 {
        return Err(Error::last_os_error());
    }
    Ok(timer_pair(&old))
}

/// `getitimer(which)`: the (value, interval) left.
pub fn get_timer(which: i32) -> Result<(f64, f64), Error> {
    let mut cur = Itimerval::default();
    // SAFETY: the pointer is to a live `struct itimerval`.
    if unsafe { getitimer(which, &mut cur) } != 0 {
        return Err(Error::last_os_error());
    }
    Ok(timer_pair(&cur))
}

/// Sleeps until a signal is caught.
pub fn wait_for_signal() {
    // SAFETY: pause only suspends the thread.
    unsafe { pause() };
}

fn sigset_of(sigs: &[i32]) -> [u64; 16] {
    let mut set = [0u64; 16];
    for &s in sigs {
        // glibc's sigset_t: bit (s - 1).
        let b = (s - 1) as usize;
        set[b / 64] |= 1 << (b % 64);
    }
    set
}

fn sigs_of(set: &[u64; 16], nsig: i32) -> Vec<i32> {
    (1..nsig)
        .filter(|&s| {
            let b = (s - 1) as usize;
            set[b / 64] & (1 << (b % 64)) != 0
        })
        .collect()
}

/// Waits for one of `sigs` (blocked) to be pending: its number.
pub fn wait_signal(sigs: &[i32]) -> Result<i32, Error> {
    let set = sigset_of(sigs);
    let mut sig = 0;
    // SAFETY: the set and the result are live locals of the right types.
    let r = unsafe { sigwait(&set, &mut sig) };
    if r != 0 {
        return Err(Error::from_raw_os_error(r));
    }
    Ok(sig)
}

/// Changes the thread's signal mask (`how`: block, unblock, set): the
/// previous mask's signals below `nsig`.
pub fn change_mask(how: i32, sigs: &[i32], nsig: i32) -> Result<Vec<i32>, Error> {
    let set = sigset_of(sigs);
    let mut old = [0u64; 16];
    // SAFETY: both pointers are to live sets of glibc's `sigset_t` size.
    let r = unsafe { pthread_sigmask(how, &set, &mut old) };
    if r != 0 {
        return Err(Error::from_raw_os_error(r));
    }
    Ok(sigs_of(&old, nsig))
}

/// The blocked signals waiting to be delivered.
pub fn pending_signals(nsig: i32) -> Result<Vec<i32>, Error> {
    let mut set = [0u64; 16];
    // SAFETY: the pointer is to a live set of glibc's `sigset_t` size.
    if unsafe { sigpending(&mut set) } != 0 {
        return Err(Error::last_os_error());
    }
    Ok(sigs_of(&set, nsig))
}
