//! Text I/O: file objects (`file.rs`), `open` (`open.rs`), encodings
//! (`codec.rs`), the decoder and `tell` cookies (`decoder.rs`), newlines
//! (`newline.rs`), `io.StringIO` (`stringio.rs`),
//! the standard streams (`streams.rs`) and the open-file registry
//! (`registry.rs`). This file holds what they share: the argument checks
//! and helpers of their methods (whose attribute tables are in
//! `tables.rs`), `io.UnsupportedOperation`, and the `_io` native module.

pub mod binary;
pub mod codec;
pub mod decoder;
pub mod file;
pub mod fsname;
pub mod handlers;
pub mod newline;
pub mod open;
pub mod registry;
pub mod streams;
pub mod stringio;
pub mod tables;
pub mod utf16;

use crate::builtins::args::check_count;
use crate::exc::error::{overflow_error, raise, set_pending, type_error, value_error, Pending, R};
use crate::object::{self, type_name, Kind, TypeObj};
use crate::protocol::args::Args;
use crate::protocol::dispatch;
use crate::value::Value;
use std::cell::Cell;

pub use file::TEXT_IO_WRAPPER_TYPE;
pub use stringio::STRINGIO_TYPE;

thread_local! {
    /// `io.UnsupportedOperation`, created on first use (a GC root).
    static UNSUPPORTED: Cell<Value> = const { Cell::new(Value::NULL) };
}

/// GC roots of the io objects rt keeps.
pub fn trace_roots(t: &mut crate::gc::Tracer) {
    t.visit(UNSUPPORTED.with(|u| u.get()));
    streams::trace_roots(t);
    binary::trace_roots(t);
}

/// `io.UnsupportedOperation`: a class deriving from both OSError and
/// ValueError, as CPython's, so it is made as a class statement would
/// make it (with `__module__ = 'io'`).
pub fn unsupported_operation() -> Value {
    let u = UNSUPPORTED.with(|u| u.get());
    if !u.is_null() {
        return u;
    }
    let s = crate::objects::str::new;
    let ns = crate::objects::dict::new();
    let bases = crate::objects::tuple::from_slice(&[
        crate::exc::OS_ERROR.value(),
        crate::exc::VALUE_ERROR.value(),
    ]);
    let made = crate::objects::dict::setitem(ns, s("__module__"), s("io"))
        .and_then(|()| crate::class::new_class(s("UnsupportedOperation"), Value::NULL, bases, ns));
    match made {
        Ok(t) => {
            UNSUPPORTED.with(|u| u.set(t));
            t
        }
        // Creating a class with built-in bases does not fail; if it ever
        // did, OSError is the closest stand-in.
        Err(_) => {
            crate::exc::error::take_pending();
            crate::exc::OS_ERROR.value()
        }
    }
}

/// Raises `io.UnsupportedOperation(msg)`.
pub fn unsupported(msg: &str) -> Pending {
    let t = unsupported_operation().as_ref::<TypeObj>();
    set_pending(crate::exc::with_message(t, msg))
}

/// True for the io types, which user classes cannot derive from yet.
pub fn is_io_type(t: &'static TypeObj) -> bool {
    matches!(t.inst_kind, Kind::TextIO | Kind::StringIO | Kind::BinaryIO)
}

/// `_io`: the native module the `io` module re-exports.
pub fn init_module(b: &mut crate::stdlib::ModuleBuilder) -> R<()> {
    b.value("BufferedRandom", binary::BUFFERED_RANDOM_TYPE.value());
    b.value("BufferedReader", binary::BUFFERED_READER_TYPE.value());
    b.value("BufferedWriter", binary::BUFFERED_WRITER_TYPE.value());
    b.value("BytesIO", binary::BYTESIO_TYPE.value());
    b.value("DEFAULT_BUFFER_SIZE", Value::from_small(file::CHUNK as i64));
    b.value("StringIO", STRINGIO_TYPE.value());
    b.value("TextIOWrapper", TEXT_IO_WRAPPER_TYPE.value());
    b.value("UnsupportedOperation", unsupported_operation());
    b.func(&open::OPEN);
    Ok(())
}

/// Calling an io type object: `StringIO(...)`; `TextIOWrapper(...)` needs
/// a binary buffer, which alc does not have.
pub fn call_type(t: &'static TypeObj, args: Args) -> R<Value> {
    if std::ptr::eq(t, &STRINGIO_TYPE) {
        return stringio::new(args);
    }
    if std::ptr::eq(t, &binary::BYTESIO_TYPE) {
        return binary::new_bytesio(args);
    }
    if t.inst_kind == Kind::BinaryIO {
        return Err(type_error(format!(
            "{}() missing required argument 'raw' (pos 1)",
            t.short_name()
        )));
    }
    if args.pos.is_empty() && args.kwnames.is_empty() {
        return Err(type_error(
            "TextIOWrapper() missing required argument 'buffer' (pos 1)",
        ));
    }
    Err(raise(
        &crate::exc::NOT_IMPLEMENTED_ERROR,
        "not supported yet: TextIOWrapper() over a binary buffer",
    ))
}

// ---- argument checks ------------------------------------------------------------------------

/// The positional arguments of method `m` of class `cls`, with the
/// messages CPython's method flavours give (no arguments, exactly one,
/// or Argument Clinic's count).
pub(crate) fn arity<'a>(
    cls: &str,
    m: &str,
    args: &Args<'a>,
    min: usize,
    max: usize,
) -> R<&'a [Value]> {
    if !args.kwnames.is_empty() {
        return Err(type_error(format!(
            "{cls}.{m}() takes no keyword arguments"
        )));
    }
    let n = args.pos.len();
    match (min, max) {
        (0, 0) if n > 0 => Err(type_error(format!(
            "{cls}.{m}() takes no arguments ({n} given)"
        ))),
        (1, 1) if n != 1 => Err(type_error(format!(
            "{cls}.{m}() takes exactly one argument ({n} given)"
        ))),
        _ => check_count(m, n, min, max).map(|()| args.pos),
    }
}

/// An int argument as a C `ssize_t`.
pub(crate) fn ssize(v: Value) -> R<i64> {
    let i = crate::protocol::num::int_arg(v)?;
    crate::objects::int::as_i64(i)
        .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))
}

/// An optional size (`read(n)`, `readlines(hint)`): -1 for None or absent.
pub(crate) fn opt_size(v: Option<&Value>) -> R<i64> {
    match v {
        None => Ok(-1),
        Some(v) if object::is_none(*v) => Ok(-1),
        Some(v) => match crate::protocol::num::as_int(*v)? {
            Some(_) => ssize(*v),
            None => Err(type_error(format!(
                "argument should be integer or None, not '{}'",
                type_name(*v)
            ))),
        },
    }
}

/// The TypeError of `write` for a non-str argument.
pub(crate) fn write_type_error(v: Value) -> Pending {
    let t = if object::is_none(v) {
        "None"
    } else {
        type_name(v)
    };
    type_error(format!("write() argument must be str, not {t}"))
}

pub(crate) fn none() -> R<Value> {
    Ok(object::none())
}

pub(crate) fn int(n: impl TryInto<i64>) -> R<Value> {
    match n.try_into() {
        Ok(n) => Ok(crate::objects::int::from_i64(n)),
        Err(_) => Err(overflow_error(
            "Python int too large to convert to C ssize_t",
        )),
    }
}

pub(crate) fn text(s: String) -> R<Value> {
    Ok(crate::objects::str::from_string(s))
}

// ---- methods ----------------------------------------------------------------------------------

/// `next(o)`: the next line, None at the end.
pub fn next(o: Value) -> R<Option<Value>> {
    match o.kind() {
        Kind::TextIO => file::next_line(o),
        _ => stringio::next_line(o),
    }
}

/// `iter(o)`: `o` itself, once it is checked to be open.
pub fn iter(o: Value) -> R<Value> {
    let closed = match o.kind() {
        Kind::TextIO => file::obj(o).closed.get(),
        _ => stringio::closed(o),
    };
    if closed {
        return Err(file::closed_error());
    }
    Ok(o)
}

/// `readlines(hint)`: lines until their total length reaches `hint`
/// (all of them when it is not positive).
pub(crate) fn readlines(o: Value, hint: i64, readline: fn(Value, i64) -> R<String>) -> R<Value> {
    let out = crate::objects::list::from_vec(Vec::new());
    let mut total: i64 = 0;
    loop {
        let line = readline(o, -1)?;
        if line.is_empty() {
            return Ok(out);
        }
        total = total.saturating_add(line.chars().count() as i64);
        crate::objects::list::ops::append(out, crate::objects::str::from_string(line));
        if hint > 0 && total >= hint {
            return Ok(out);
        }
    }
}

/// `writelines(lines)`: `write` for each item.
pub(crate) fn writelines(o: Value, lines: Value) -> R<Value> {
    let it = dispatch::iter(lines)?;
    while let Some(line) = dispatch::next(it)? {
        match o.kind() {
            Kind::TextIO if line.kind() == Kind::Str => {
                file::write(o, line)?;
            }
            Kind::TextIO => return Err(write_type_error(line)),
            _ => {
                stringio::write(o, line)?;
            }
        }
    }
    none()
}

/// `f.seek(cookie, whence)`: CPython's checks in its order (the cookie is
/// any object compared with 0), then the seek.
pub(crate) fn file_seek(o: Value, cookie: Value, whence: i64) -> R<Value> {
    let f = file::obj(o);
    if f.closed.get() {
        return Err(file::closed_error());
    }
    if !file::seekable(o)? {
        return Err(unsupported("underlying stream is not seekable"));
    }
    let zero = Value::from_small(0);
    let cookie = match whence {
        0 => cookie,
        1 | 2 if !dispatch::eq(cookie, zero)? => {
            let way = if whence == 1 { "cur" } else { "end" };
            return Err(unsupported(&format!(
                "can't do nonzero {way}-relative seeks"
            )));
        }
        1 => file::tell(o)?,
        2 => return int(file::seek_end(o)?),
        _ => {
            return Err(value_error(format!(
                "invalid whence ({whence}, should be 0, 1 or 2)"
            )))
        }
    };
    if dispatch::lt(cookie, zero)? {
        return Err(value_error(format!(
            "negative seek position {}",
            dispatch::repr(cookie)?
        )));
    }
    // `int(cookie)`, as CPython's `PyNumber_Long` (a float truncates).
    let as_int = match cookie.kind() {
        Kind::Float => crate::protocol::num_convert::int_from(cookie, None)?,
        _ => crate::protocol::num::int_arg(cookie)?,
    };
    file::seek(o, decoder::Cookie::from_int(as_int)?)?;
    Ok(cookie)
}

// ---- attributes -------------------------------------------------------------------------------

/// The instance attributes of files: `mode`, which CPython's `open` sets
/// in the file's `__dict__` (the rest are the types' descriptors).
pub fn attr(o: Value, name: &str) -> R<Option<Value>> {
    Ok(match (o.kind(), name) {
        (Kind::TextIO, "mode") => Some(file::obj(o).mode.get()),
        _ => None,
    })
}

/// The names of `attr`, for `dir()`.
pub fn attr_names(k: Kind) -> &'static [&'static str] {
    match k {
        Kind::TextIO => &["mode"],
        _ => &[],
    }
}

/// `repr(o)`
pub fn repr(o: Value) -> R<String> {
    match o.kind() {
        Kind::TextIO => file::repr(o),
        _ => Ok(format!("<_io.StringIO object at {:#x}>", o.0)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{err_text, s};

    #[test]
    fn unsupported_operation_is_os_and_value_error() {
        let t = unsupported_operation();
        assert_eq!(
            crate::protocol::dispatch::repr(t).unwrap(),
            "<class 'io.UnsupportedOperation'>"
        );
        let t = t.as_ref::<TypeObj>();
        assert!(t.is_subtype(&crate::exc::OS_ERROR));
        assert!(t.is_subtype(&crate::exc::VALUE_ERROR));
        let _ = unsupported("not readable");
        assert_eq!(err_text(), "UnsupportedOperation: not readable");
    }

    #[test]
    fn method_argument_messages() {
        let sio = stringio::new(Args::positional(&[])).unwrap();
        let cases: Vec<(&str, Vec<Value>, &str)> = vec![
            (
                "write",
                vec![],
                "TypeError: StringIO.write() takes exactly one argument (0 given)",
            ),
            (
                "tell",
                vec![s("x")],
                "TypeError: StringIO.tell() takes no arguments (1 given)",
            ),
            (
                "seek",
                vec![],
                "TypeError: seek expected at least 1 argument, got 0",
            ),
            (
                "read",
                vec![s("a")],
                "TypeError: argument should be integer or None, not 'str'",
            ),
            (
                "__next__",
                vec![s("a")],
                "TypeError: expected 0 arguments, got 1",
            ),
            ("fileno", vec![], "UnsupportedOperation: fileno"),
        ];
        for (m, pos, want) in cases {
            let r = dispatch::call_method(sio, s(m), Args::positional(&pos));
            assert!(r.is_err(), "{m}");
            assert_eq!(err_text(), want);
        }
    }
}
