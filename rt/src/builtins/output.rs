//! Program output: a buffered stdout, an unbuffered stderr, and CPython's
//! visible behaviour when stdout is a closed pipe or a full disk.
//!
//! stdout is block-buffered in one large buffer (line-buffered on a
//! terminal, as CPython's is). It is flushed when the buffer fills, before
//! anything goes to stderr (so a traceback follows the output it belongs
//! after), before `input()` reads, and at exit.
//!
//! Write errors follow CPython 3.11 (checked with `prog | head -1` and
//! `prog > /dev/full`):
//! - a write made by `print` that has to reach the OS and fails raises
//!   `BrokenPipeError` (`OSError` for other errors) with the errno text, and
//!   the buffered data is discarded, as CPython's `BufferedWriter` does;
//! - a flush that fails at exit prints `Exception ignored in: <_io.TextIOWrapper
//!   name='<stdout>' mode='w' encoding='utf-8'>` and the error to stderr, and
//!   the exit status becomes 120;
//! - the flush before writing to stderr ignores errors and keeps the data,
//!   so the exit flush reports it, again as CPython does.
//!
//! SIGPIPE: rt's `main` is not Rust's, so SIGPIPE would still have its
//! default action and a write to a closed pipe would kill the process
//! silently with status 141. CPython ignores SIGPIPE at start-up and sees
//! `EPIPE` instead, which is what produces its traceback / status 120; `init`
//! therefore sets SIGPIPE to SIG_IGN. The one libc call is declared here by
//! hand instead of adding the `libc` crate for it (the signal number and
//! `SIG_IGN` are the same on every Linux target alc supports); so is
//! `write(2)`, used to bypass std's own stdout buffer.

use crate::exc::error::R;
use crate::io::codec::Errors;
use crate::state::{Global, GlobalCell};
use std::io::{ErrorKind, IsTerminal, Write};

/// Bytes of stdout kept before a write reaches the OS. CPython uses 8 KiB;
/// a larger buffer saves system calls on output-heavy programs and only
/// changes *when* a closed pipe is noticed, not what is printed.
const CAP: usize = 64 * 1024;

/// Pending stdout bytes.
static BUF: GlobalCell<Vec<u8>> = GlobalCell::new(Vec::new());
/// Flush after every write containing a newline (stdout is a terminal).
static LINE_BUFFERED: Global<bool> = Global::new(false);

#[cfg(unix)]
extern "C" {
    fn signal(signum: i32, handler: usize) -> usize;
    fn write(fd: i32, buf: *const u8, count: usize) -> isize;
}

/// Sets up output at program start: SIGPIPE ignored, terminal detection.
pub fn init() {
    #[cfg(unix)]
    {
        const SIGPIPE: i32 = 13;
        const SIG_IGN: usize = 1;
        // SAFETY: `signal` is the C library's; installing SIG_IGN for SIGPIPE
        // has no preconditions and runs before any other thread exists.
        unsafe {
            signal(SIGPIPE, SIG_IGN);
        }
    }
    LINE_BUFFERED.set(std::io::stdout().is_terminal());
    BUF.with(|b| b.reserve(CAP));
}

/// Writes `s` to stdout, ignoring errors (a later flush reports them).
pub fn write_out(s: &str) {
    let _ = encoded(s, Errors::BackslashReplace).map(|b| push(&b));
}

/// Writes `s` to stdout as `print` does: an OS write that fails raises
/// `BrokenPipeError`/`OSError` like CPython's, and text holding a lone
/// surrogate raises UnicodeEncodeError (stdout's handler is `strict`).
pub fn try_write_out(s: &str) -> R<()> {
    let bytes = encoded(s, Errors::Strict)?;
    push(&bytes).map_err(raise_io)
}

/// The UTF-8 bytes of `s` as a standard stream with handler `errors`
/// writes them: the text itself unless it holds a lone surrogate.
fn encoded(s: &str, errors: Errors) -> R<std::borrow::Cow<'_, [u8]>> {
    if !alrt_abi::text::has_surrogate(s) {
        return Ok(std::borrow::Cow::Borrowed(s.as_bytes()));
    }
    let name = match errors {
        Errors::Strict => "strict",
        _ => "backslashreplace",
    };
    let mut out = Vec::with_capacity(s.len());
    crate::io::codec::encode(crate::io::codec::Codec::Utf8, errors, name, s, &mut out)?;
    Ok(std::borrow::Cow::Owned(out))
}

/// Writes raw bytes to stdout (`sys.stdout.buffer.write`), in order with
/// the text written through `sys.stdout`.
pub fn try_write_out_bytes(b: &[u8]) -> R<()> {
    push(b).map_err(raise_io)
}

/// Writes raw bytes to stderr (unbuffered), flushing stdout first.
pub fn write_err_bytes(b: &[u8]) {
    let _ = flush_buf();
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(b);
    let _ = err.flush();
}

/// Writes `s` to stderr (unbuffered), flushing stdout first; lone
/// surrogates are written as `\udc80` (stderr's `backslashreplace`).
pub fn write_err(s: &str) {
    let _ = flush_buf();
    let Ok(bytes) = encoded(s, Errors::BackslashReplace) else {
        return;
    };
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(&bytes);
    let _ = err.flush();
}

/// Flushes stdout, ignoring errors (the data stays for the exit flush).
pub fn flush() {
    let _ = flush_buf();
}

/// Flushes stdout; a failure raises like CPython's `sys.stdout.flush()`.
pub fn try_flush() -> R<()> {
    flush_buf().map_err(raise_io)
}

/// Flushes stdout, with the OS error as it is (for rt callers that raise
/// their own exception).
pub fn try_flush_io() -> std::io::Result<()> {
    flush_buf()
}

/// The final flush at exit: returns `status`, or 120 after printing
/// CPython's "Exception ignored" report if stdout cannot be flushed.
pub fn flush_at_exit(status: i32) -> i32 {
    match flush_buf() {
        Ok(()) => status,
        Err(e) => {
            let (name, text) = describe(&e);
            let mut err = std::io::stderr().lock();
            let _ = write!(
                err,
                "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' \
                 encoding='utf-8'>\n{name}: {text}\n"
            );
            let _ = err.flush();
            120
        }
    }
}

/// Appends to the buffer, writing through when it fills (or at a newline
/// on a terminal). A failed write discards the buffered data.
fn push(bytes: &[u8]) -> std::io::Result<()> {
    if BUF.with(|b| !b.is_empty() && b.len() + bytes.len() > CAP) {
        flush_discarding()?;
    }
    if bytes.len() >= CAP {
        // Too big to buffer: straight through, as BufferedWriter does.
        return write_all(bytes);
    }
    BUF.with(|b| b.extend_from_slice(bytes));
    if LINE_BUFFERED.get() && bytes.iter().any(|&b| b == b'\n' || b == b'\r') {
        return flush_discarding();
    }
    Ok(())
}

/// Writes and empties the buffer whatever the outcome (the write path).
fn flush_discarding() -> std::io::Result<()> {
    // `write_all` never re-enters rt, so holding the borrow is fine.
    BUF.with(|b| {
        let r = write_all(b);
        b.clear();
        r
    })
}

/// Writes the buffer; on failure the data is kept (the flush path).
fn flush_buf() -> std::io::Result<()> {
    BUF.with(|b| {
        write_all(b)?;
        b.clear();
        Ok(())
    })
}

/// Writes all of `data` to file descriptor 1. The descriptor is written
/// directly: std's `Stdout` keeps its own line buffer, which would split
/// each flush into two system calls and could keep stale bytes after an
/// error. A closed stdout (EBADF) swallows output, as std's does.
fn write_all(mut data: &[u8]) -> std::io::Result<()> {
    while !data.is_empty() {
        match write_fd1(data) {
            Ok(0) => return Err(ErrorKind::WriteZero.into()),
            Ok(n) => data = &data[n.min(data.len())..],
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(e) if e.raw_os_error() == Some(EBADF) => return Ok(()),
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// `EBADF` on Linux.
const EBADF: i32 = 9;

#[cfg(unix)]
fn write_fd1(data: &[u8]) -> std::io::Result<usize> {
    // SAFETY: `write` reads at most `data.len()` bytes from `data`, which is
    // a live slice; any descriptor number is valid to pass (a closed one
    // fails with EBADF).
    let n = unsafe { write(1, data.as_ptr(), data.len()) };
    if n < 0 {
        Err(std::io::Error::last_os_error())
    } else {
        Ok(n as usize)
    }
}

#[cfg(not(unix))]
fn write_fd1(data: &[u8]) -> std::io::Result<usize> {
    let mut out = std::io::stdout().lock();
    out.write_all(data)?;
    out.flush()?;
    Ok(data.len())
}

/// The exception name and `[Errno N] text` CPython shows for an OS error.
fn describe(e: &std::io::Error) -> (&'static str, String) {
    let name = if e.kind() == ErrorKind::BrokenPipe {
        "BrokenPipeError"
    } else {
        "OSError"
    };
    let text = match e.raw_os_error() {
        Some(code) => format!("[Errno {code}] {}", crate::exc::os_error::strerror(e)),
        None => e.to_string(),
    };
    (name, text)
}

/// Raises the Python exception for a failed write.
/// `BrokenPipeError(32, 'Broken pipe')`, with `errno` and `strerror` set.
fn raise_io(e: std::io::Error) -> crate::exc::error::Pending {
    crate::exc::os_error::raise_io(&e, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describe_matches_cpython() {
        let e = std::io::Error::from_raw_os_error(32);
        assert_eq!(
            describe(&e),
            ("BrokenPipeError", "[Errno 32] Broken pipe".to_string())
        );
        let e = std::io::Error::from_raw_os_error(28);
        assert_eq!(
            describe(&e),
            ("OSError", "[Errno 28] No space left on device".to_string())
        );
    }
}
