//! Text I/O: file objects (`file.rs`), `open` (`open.rs`), encodings
//! (`codec.rs`), the decoder and `tell` cookies (`decoder.rs`), newlines
//! (`newline.rs`), `io.StringIO` (`stringio.rs`),
//! the standard streams (`streams.rs`) and the open-file registry
//! (`registry.rs`). This file holds what they share: the methods and
//! attributes of both object kinds as `dispatch` reaches them, their
//! argument checks, `io.UnsupportedOperation`, and the `_io` native module.

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
    std::ptr::eq(t, &TEXT_IO_WRAPPER_TYPE)
        || std::ptr::eq(t, &STRINGIO_TYPE)
        || t.inst_kind == Kind::BinaryIO
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
fn arity<'a>(cls: &str, m: &str, args: &Args<'a>, min: usize, max: usize) -> R<&'a [Value]> {
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
fn ssize(v: Value) -> R<i64> {
    let i = crate::protocol::num::int_arg(v)?;
    crate::objects::int::as_i64(i)
        .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))
}

/// An optional size (`read(n)`, `readlines(hint)`): -1 for None or absent.
fn opt_size(v: Option<&Value>) -> R<i64> {
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
fn write_type_error(v: Value) -> Pending {
    let t = if object::is_none(v) {
        "None"
    } else {
        type_name(v)
    };
    type_error(format!("write() argument must be str, not {t}"))
}

fn none() -> R<Value> {
    Ok(object::none())
}

fn int(n: impl TryInto<i64>) -> R<Value> {
    match n.try_into() {
        Ok(n) => Ok(crate::objects::int::from_i64(n)),
        Err(_) => Err(overflow_error(
            "Python int too large to convert to C ssize_t",
        )),
    }
}

fn text(s: String) -> R<Value> {
    Ok(crate::objects::str::from_string(s))
}

// ---- methods ----------------------------------------------------------------------------------

/// The methods of text files (`_io.TextIOWrapper`).
pub const FILE_METHODS: &[&str] = &[
    "__enter__",
    "__exit__",
    "__iter__",
    "__next__",
    "close",
    "fileno",
    "flush",
    "isatty",
    "read",
    "readable",
    "readline",
    "readlines",
    "seek",
    "seekable",
    "tell",
    "truncate",
    "writable",
    "write",
    "writelines",
];

/// The methods of `_io.StringIO`.
pub const STRINGIO_METHODS: &[&str] = &[
    "__enter__",
    "__exit__",
    "__iter__",
    "__next__",
    "close",
    "detach",
    "fileno",
    "flush",
    "getvalue",
    "isatty",
    "read",
    "readable",
    "readline",
    "readlines",
    "seek",
    "seekable",
    "tell",
    "truncate",
    "writable",
    "write",
    "writelines",
];

/// `o.name(*args)` for a file or StringIO `o`.
pub fn call_method(o: Value, name: &str, args: Args) -> R<Value> {
    if name == "__next__" {
        if !args.pos.is_empty() || !args.kwnames.is_empty() {
            return Err(type_error(format!(
                "expected 0 arguments, got {}",
                args.pos.len() + args.kwnames.len()
            )));
        }
        return match next(o)? {
            Some(line) => Ok(line),
            None => Err(crate::exc::error::raise_empty(&crate::exc::STOP_ITERATION)),
        };
    }
    match o.kind() {
        Kind::TextIO => file_method(o, name, args),
        _ => stringio_method(o, name, args),
    }
}

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
fn readlines(o: Value, hint: i64, readline: fn(Value, i64) -> R<String>) -> R<Value> {
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
fn writelines(o: Value, lines: Value) -> R<Value> {
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

fn file_method(o: Value, name: &str, args: Args) -> R<Value> {
    const CLS: &str = "TextIOWrapper";
    let check_open = || {
        if file::obj(o).closed.get() {
            Err(file::closed_error())
        } else {
            Ok(())
        }
    };
    match name {
        "read" => {
            let n = opt_size(arity(CLS, name, &args, 0, 1)?.first())?;
            text(file::read(o, n)?)
        }
        "readline" => {
            let pos = arity(CLS, name, &args, 0, 1)?;
            let limit = match pos.first() {
                Some(v) => ssize(*v)?,
                None => -1,
            };
            text(file::readline(o, limit)?)
        }
        "readlines" => {
            let hint = opt_size(arity(CLS, name, &args, 0, 1)?.first())?;
            check_open()?;
            // By iteration, as CPython's `IOBase.readlines` (which leaves
            // `tell` disabled if it stops early).
            readlines(o, hint, |o, _| {
                Ok(file::next_line(o)?
                    .map_or_else(String::new, |l| crate::objects::str::as_str(l).to_string()))
            })
        }
        "write" => {
            let s = arity(CLS, name, &args, 1, 1)?[0];
            if s.kind() != Kind::Str {
                return Err(write_type_error(s));
            }
            int(file::write(o, s)?)
        }
        "writelines" => {
            let lines = arity(CLS, name, &args, 1, 1)?[0];
            check_open()?;
            writelines(o, lines)
        }
        "seek" => {
            let pos = arity(CLS, name, &args, 1, 2)?;
            let whence = match pos.get(1) {
                Some(w) => ssize(*w)?,
                None => 0,
            };
            file_seek(o, pos[0], whence)
        }
        "tell" => {
            arity(CLS, name, &args, 0, 0)?;
            file::tell(o)
        }
        "truncate" => {
            let pos = arity(CLS, name, &args, 0, 1)?;
            file::truncate_check(o)?;
            let size = match pos.first() {
                Some(v) if !object::is_none(*v) => Some(ssize(*v)?),
                _ => None,
            };
            int(file::truncate(o, size)?)
        }
        "flush" => {
            arity(CLS, name, &args, 0, 0)?;
            file::flush(o)?;
            none()
        }
        "close" => {
            arity(CLS, name, &args, 0, 0)?;
            file::close(o)?;
            none()
        }
        "fileno" => {
            arity(CLS, name, &args, 0, 0)?;
            int(file::fileno(o)?)
        }
        "isatty" => {
            arity(CLS, name, &args, 0, 0)?;
            Ok(object::boolean(file::isatty(o)?))
        }
        "readable" | "writable" => {
            arity(CLS, name, &args, 0, 0)?;
            Ok(object::boolean(file::able(o, name == "writable")?))
        }
        "seekable" => {
            arity(CLS, name, &args, 0, 0)?;
            Ok(object::boolean(file::seekable(o)?))
        }
        "__enter__" | "__iter__" => {
            arity(CLS, name, &args, 0, 0)?;
            check_open()?;
            Ok(o)
        }
        "__exit__" => {
            file::close(o)?;
            none()
        }
        _ => Err(crate::exc::error::no_attribute(o, name)),
    }
}

/// `f.seek(cookie, whence)`: CPython's checks in its order (the cookie is
/// any object compared with 0), then the seek.
fn file_seek(o: Value, cookie: Value, whence: i64) -> R<Value> {
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

fn stringio_method(o: Value, name: &str, args: Args) -> R<Value> {
    const CLS: &str = "StringIO";
    match name {
        "read" => {
            let n = opt_size(arity(CLS, name, &args, 0, 1)?.first())?;
            text(stringio::read(o, n)?)
        }
        "readline" => {
            let n = opt_size(arity(CLS, name, &args, 0, 1)?.first())?;
            text(stringio::readline(o, n)?)
        }
        "readlines" => {
            let hint = opt_size(arity(CLS, name, &args, 0, 1)?.first())?;
            stringio::check_open_inherited(o)?;
            readlines(o, hint, stringio::readline)
        }
        "write" => {
            let s = arity(CLS, name, &args, 1, 1)?[0];
            int(stringio::write(o, s)?)
        }
        "writelines" => {
            let lines = arity(CLS, name, &args, 1, 1)?[0];
            stringio::check_open_inherited(o)?;
            writelines(o, lines)
        }
        "getvalue" => {
            arity(CLS, name, &args, 0, 0)?;
            stringio::getvalue(o)
        }
        "seek" => {
            let pos = arity(CLS, name, &args, 1, 2)?;
            let p = ssize(pos[0])?;
            let whence = match pos.get(1) {
                Some(w) => ssize(*w)?,
                None => 0,
            };
            int(stringio::seek(o, p, whence)?)
        }
        "tell" => {
            arity(CLS, name, &args, 0, 0)?;
            int(stringio::tell(o)?)
        }
        "truncate" => {
            let pos = arity(CLS, name, &args, 0, 1)?;
            let size = match pos.first() {
                Some(v) if !object::is_none(*v) => Some(opt_size(Some(v))?),
                _ => None,
            };
            int(stringio::truncate(o, size)?)
        }
        "readable" | "writable" | "seekable" => {
            arity(CLS, name, &args, 0, 0)?;
            Ok(object::boolean(stringio::able(o)?))
        }
        "isatty" => {
            arity(CLS, name, &args, 0, 0)?;
            stringio::check_open_inherited(o)?;
            Ok(object::boolean(false))
        }
        "fileno" | "detach" => {
            arity(CLS, name, &args, 0, 0)?;
            Err(unsupported(name))
        }
        "flush" => {
            arity(CLS, name, &args, 0, 0)?;
            none()
        }
        "close" => {
            arity(CLS, name, &args, 0, 0)?;
            stringio::close(o);
            none()
        }
        "__enter__" | "__iter__" => {
            arity(CLS, name, &args, 0, 0)?;
            stringio::check_open_inherited(o)?;
            Ok(o)
        }
        "__exit__" => {
            stringio::close(o);
            none()
        }
        _ => Err(crate::exc::error::no_attribute(o, name)),
    }
}

// ---- attributes -------------------------------------------------------------------------------

/// The data attributes of files and StringIOs (`f.name`, `f.closed`, ...).
pub fn attr(o: Value, name: &str) -> R<Option<Value>> {
    if o.kind() == Kind::StringIO {
        return Ok(match name {
            "closed" => Some(object::boolean(stringio::closed(o))),
            "newlines" => Some(stringio::newlines(o)?),
            "line_buffering" => {
                stringio::able(o)?;
                Some(object::boolean(false))
            }
            _ => None,
        });
    }
    let f = file::obj(o);
    Ok(match name {
        "name" => Some(f.name.get()),
        "mode" => Some(f.mode.get()),
        "encoding" => Some(f.encoding.get()),
        "errors" => Some(f.errors.get()),
        "closed" => Some(object::boolean(f.closed.get())),
        "newlines" => Some(file::newlines(o)),
        "line_buffering" => Some(object::boolean(file::line_buffering(o))),
        "write_through" => Some(object::boolean(false)),
        "buffer" => match f.st.borrow().raw {
            file::Raw::Stdout => Some(binary::std_buffer(false)),
            file::Raw::Stderr => Some(binary::std_buffer(true)),
            _ => None,
        },
        _ => None,
    })
}

/// The attribute names `dir()` lists besides the methods.
pub fn attr_names(k: Kind) -> &'static [&'static str] {
    match k {
        Kind::TextIO => &[
            "closed",
            "encoding",
            "errors",
            "line_buffering",
            "mode",
            "name",
            "newlines",
            "write_through",
        ],
        _ => &["closed", "line_buffering", "newlines"],
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
            assert!(call_method(sio, m, Args::positional(&pos)).is_err(), "{m}");
            assert_eq!(err_text(), want);
        }
    }
}
