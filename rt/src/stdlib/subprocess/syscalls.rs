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
