//! The standard streams as objects: `sys.stdin`, `sys.stdout` and
//! `sys.stderr` are `_io.TextIOWrapper`s over rt's stdout buffer
//! (`builtins/output.rs`), stderr, and the one stdin buffer `input()`
//! shares; and which objects are the program's *current* streams, so that
//! `print` and `input` use `sys.stdout`/`sys.stdin` once the program
//! replaces them.
//!
//! The `sys` module owns the attributes; it tells rt how to read them with
//! `set_current_source` (a function that returns its current `stdin`,
//! `stdout` or `stderr` attribute). Until one is installed, or while the
//! attribute still holds the native object, `print` takes the direct path
//! to the stdout buffer: one call and a compare, no attribute lookup.

use crate::exc::error::R;
use crate::io::codec::{Codec, Errors};
use crate::io::file::{self, FileState, Raw};
use crate::io::newline::Newline;
use crate::value::Value;
use std::cell::Cell;
use std::io::{BufRead, Read};

/// One of the three standard streams.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Std {
    In = 0,
    Out = 1,
    Err = 2,
}

/// A function returning the `sys` module's current stream (null: unset).
pub type Source = fn(Std) -> Value;

thread_local! {
    /// The native stream objects, created on first use (GC roots).
    static NATIVE: [Cell<Value>; 3] = const {
        [Cell::new(Value::NULL), Cell::new(Value::NULL), Cell::new(Value::NULL)]
    };
    /// How to read the `sys` module's current streams, once it exists.
    static SOURCE: Cell<Option<Source>> = const { Cell::new(None) };
    /// The module the source reads (`module_of_source`).
    static SOURCE_MODULE: Cell<Value> = const { Cell::new(Value::NULL) };
}

/// GC roots: the native stream objects.
pub fn trace_roots(t: &mut crate::gc::Tracer) {
    NATIVE.with(|n| {
        for c in n {
            t.visit(c.get());
        }
    });
    t.visit(SOURCE_MODULE.with(|c| c.get()));
}

/// The native object for `which`: `<_io.TextIOWrapper name='<stdout>'
/// mode='w' encoding='utf-8'>` and its siblings, with the error handlers
/// CPython 3.11 gives them with `PYTHONIOENCODING=utf-8` (the test
/// oracle's setting; a bare C.UTF-8 locale gives stdin and stdout
/// `surrogateescape`).
pub fn native(which: Std) -> Value {
    let v = NATIVE.with(|n| n[which as usize].get());
    if !v.is_null() {
        return v;
    }
    let (raw, name, mode, errors) = match which {
        Std::In => (Raw::Stdin, "<stdin>", "r", "strict"),
        Std::Out => (Raw::Stdout, "<stdout>", "w", "strict"),
        Std::Err => (Raw::Stderr, "<stderr>", "w", "backslashreplace"),
    };
    let reading = which == Std::In;
    let errors_kind = Errors::lookup(errors);
    // Lines split at "\n" only, and "\n" is written as it is (CPython's
    // standard streams on POSIX).
    let st = FileState::new(
        raw,
        reading,
        !reading,
        Codec::Utf8,
        errors_kind,
        Newline::Lf,
    );
    let s = crate::objects::str::new;
    let v = file::new(s(name), s(mode), s("utf-8"), s(errors), st);
    NATIVE.with(|n| n[which as usize].set(v));
    v
}

/// `sys.stdin`'s native object.
pub fn stdin() -> Value {
    native(Std::In)
}

/// `sys.stdout`'s native object.
pub fn stdout() -> Value {
    native(Std::Out)
}

/// `sys.stderr`'s native object.
pub fn stderr() -> Value {
    native(Std::Err)
}

/// Installs how rt reads the program's current standard streams (the
/// `sys` module's `stdin`, `stdout` and `stderr` attributes). `get` may
/// return null for "not set yet" (the native stream is used).
pub fn set_current_source(get: Source) {
    SOURCE.with(|s| s.set(Some(get)));
}

/// The module object `name` once it is in `sys.modules`, kept from then
/// on (a GC root): the `sys` module's source of the current streams finds
/// itself here without a lookup per call.
pub fn module_of_source(name: &'static str) -> Option<Value> {
    let m = SOURCE_MODULE.with(|c| c.get());
    if !m.is_null() {
        return Some(m);
    }
    let m = match crate::protocol::import::loaded(name) {
        Ok(m) => m,
        Err(_) => {
            crate::exc::error::take_pending();
            None
        }
    };
    let m = m.filter(|m| m.kind() == crate::object::Kind::Module)?;
    SOURCE_MODULE.with(|c| c.set(m));
    Some(m)
}

/// The program's current stream `which` when it is not the native one
/// (`sys.stdout = f`); None while it is.
#[inline]
pub fn redirected(which: Std) -> Option<Value> {
    let get = SOURCE.with(|s| s.get())?;
    let v = get(which);
    if v.is_null() || v == NATIVE.with(|n| n[which as usize].get()) {
        return None;
    }
    Some(v)
}

/// The program's current stream `which` (`sys.stdout`, ...).
pub fn current(which: Std) -> Value {
    redirected(which).unwrap_or_else(|| native(which))
}

/// True if `v` is the native object for `which`.
pub fn is_native(v: Value, which: Std) -> bool {
    v == NATIVE.with(|n| n[which as usize].get())
}

/// True if the native stdout object exists and was closed
/// (`sys.stdout.close()`): `print` then fails as CPython's does.
pub fn native_closed(which: Std) -> bool {
    let v = NATIVE.with(|n| n[which as usize].get());
    !v.is_null() && file::obj(v).closed.get()
}

/// A duplicate of a standard stream's descriptor, as a file sharing its
/// position (for `seekable`, `tell`, `seek`, `truncate`).
pub fn duplicate(raw: &Raw) -> std::io::Result<std::fs::File> {
    use std::os::fd::AsFd;
    let fd = match raw {
        Raw::Stdin => std::io::stdin().as_fd().try_clone_to_owned()?,
        Raw::Stdout => std::io::stdout().as_fd().try_clone_to_owned()?,
        Raw::Stderr => std::io::stderr().as_fd().try_clone_to_owned()?,
        _ => return Err(std::io::Error::from_raw_os_error(9)),
    };
    Ok(std::fs::File::from(fd))
}

// ---- reading stdin -------------------------------------------------------------------------

/// Text from stdin bytes, decoded as stdin's `strict` handler does
/// (invalid UTF-8 raises UnicodeDecodeError, as under the test oracle's
/// `PYTHONIOENCODING=utf-8`).
fn stdin_text(bytes: Vec<u8>) -> R<String> {
    match String::from_utf8(bytes) {
        Ok(s) => {
            crate::io::codec::check_genuine(&s)?;
            Ok(s)
        }
        Err(e) => {
            let bytes = e.into_bytes();
            let (text, _) =
                crate::io::codec::decode(Codec::Utf8, Errors::Strict, "strict", &bytes, true)?;
            Ok(text)
        }
    }
}

fn io_error(e: std::io::Error) -> crate::exc::error::Pending {
    crate::exc::os_error::raise_io(&e, None)
}

/// Reads stdin bytes: through the first `\n` if `stop_at_newline`, and
/// at most `limit` characters when it is not negative (a byte that does
/// not continue a UTF-8 sequence starts a character).
fn read_stdin(limit: i64, stop_at_newline: bool) -> std::io::Result<Vec<u8>> {
    let stdin = std::io::stdin();
    let mut lock = stdin.lock();
    let mut out = Vec::new();
    if limit < 0 {
        if stop_at_newline {
            lock.read_until(b'\n', &mut out)?;
        } else {
            lock.read_to_end(&mut out)?;
        }
        return Ok(out);
    }
    let mut nchars = 0;
    loop {
        let buf = match lock.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            return Ok(out);
        }
        let mut used = 0;
        let mut done = false;
        for &b in buf {
            let starts_char = b & 0xC0 != 0x80;
            if starts_char && nchars as i64 == limit {
                done = true;
                break;
            }
            nchars += usize::from(starts_char);
            out.push(b);
            used += 1;
            if stop_at_newline && b == b'\n' {
                done = true;
                break;
            }
        }
        lock.consume(used);
        if done {
            return Ok(out);
        }
    }
}

/// One line of stdin with its `\n` (empty at the end), for `input()`;
/// stdout is flushed first.
pub fn stdin_line() -> R<Option<String>> {
    crate::builtins::output::flush();
    let bytes = read_stdin(-1, true).map_err(io_error)?;
    if bytes.is_empty() {
        return Ok(None);
    }
    Ok(Some(stdin_text(bytes)?))
}

/// `sys.stdin.readline(limit)`
pub fn stdin_readline(limit: i64) -> R<String> {
    crate::builtins::output::flush();
    stdin_text(read_stdin(limit, true).map_err(io_error)?)
}

/// `sys.stdin.read(n)`
pub fn stdin_read(n: i64) -> R<String> {
    crate::builtins::output::flush();
    stdin_text(read_stdin(n, false).map_err(io_error)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::r;

    fn other(_: Std) -> Value {
        crate::objects::str::new("elsewhere")
    }

    #[test]
    fn native_streams_and_redirection() {
        assert_eq!(
            r(stdout()),
            "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>"
        );
        assert_eq!(
            r(stdin()),
            "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>"
        );
        assert_eq!(stdout(), stdout());
        assert_eq!(file::fileno(stderr()), Ok(2));
        assert_eq!(file::able(stdin(), false), Ok(true));
        assert_eq!(file::able(stdin(), true), Ok(false));
        assert!(redirected(Std::Out).is_none());
        assert_eq!(current(Std::Out), stdout());
        set_current_source(other);
        assert_eq!(r(current(Std::Out)), "'elsewhere'");
        SOURCE.with(|s| s.set(None));
    }
}
