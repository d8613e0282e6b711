//! The attribute tables of the text I/O types, laid out as CPython's:
//! `_io._IOBase` (what every stream inherits: `__enter__`, `__exit__`,
//! iteration, `readlines`, `writelines`, `_checkClosed`, ...),
//! `_io._TextIOBase` (the text layer's defaults: `encoding`, `detach`,
//! ...), and `_io.TextIOWrapper` and `_io.StringIO` deriving from it, so
//! `dir(io.StringIO)`, `io.StringIO.write(f, 'x')` and
//! `type(f).readlines` are CPython's. The methods of the base types work
//! on both kinds of stream.

use super::{
    arity, file, file_seek, int, none, opt_size, readlines, ssize, stringio, text, unsupported,
    write_type_error, writelines,
};
use crate::exc::error::{type_error, R};
use crate::object::{self, Kind, TypeObj, OBJECT_TYPE};
use crate::protocol::args::Args;
use crate::protocol::dispatch;
use crate::types::slots;
use crate::value::Value;

/// `_io._IOBase`
pub static IO_BASE_TYPE: TypeObj =
    TypeObj::builtin("_io._IOBase", Some(&OBJECT_TYPE), Kind::TextIO).with_attrs(&IO_BASE_ATTRS);
/// `_io._TextIOBase`
pub static TEXT_IO_BASE_TYPE: TypeObj =
    TypeObj::builtin("_io._TextIOBase", Some(&IO_BASE_TYPE), Kind::TextIO)
        .with_attrs(&TEXT_IO_BASE_ATTRS);

/// The class name in the argument errors of `_IOBase`'s methods: the
/// stream's own, as CPython names a method bound to it (a call through
/// the method descriptor names `_IOBase` there).
fn cls(o: Value) -> &'static str {
    object::type_of(o).short_name()
}

/// True if stream `o` is closed.
fn is_closed(o: Value) -> bool {
    match o.kind() {
        Kind::TextIO => file::obj(o).closed.get(),
        _ => stringio::closed(o),
    }
}

/// `_IOBase`'s check: `ValueError: I/O operation on closed file.`
fn check_closed(o: Value) -> R<()> {
    if is_closed(o) {
        return Err(file::closed_error());
    }
    Ok(())
}

/// Calls method `name` of `o` (what CPython's base methods do to reach
/// the stream's own `readable`, `close`, `seek`, ...).
fn call(o: Value, name: &str, pos: &[Value]) -> R<Value> {
    dispatch::call_method(o, crate::objects::str::new(name), Args::positional(pos))
}

// ---- _io._IOBase --------------------------------------------------------------------------

crate::attr_table! {
    /// The attributes of `_io._IOBase`.
    pub static IO_BASE_ATTRS for IO_BASE_TYPE = [
        slot "__del__" => |o, a| {
            slots::exactly(&a, 0)?;
            call(o, "close", &[])?;
            none()
        };
        method "__enter__" => |o, a| {
            arity(cls(o), "__enter__", &a, 0, 0)?;
            check_closed(o)?;
            Ok(o)
        };
        method "__exit__" => |o, _| {
            call(o, "close", &[])?;
            none()
        };
        slot "__iter__" => |o, a| {
            slots::exactly(&a, 0)?;
            check_closed(o)?;
            Ok(o)
        };
        slot "__next__" => next;
        method "_checkClosed" => |o, a| {
            arity(cls(o), "_checkClosed", &a, 0, 0)?;
            check_closed(o)?;
            none()
        };
        method "_checkReadable" => |o, a| check_able(o, a, "_checkReadable", "readable");
        method "_checkSeekable" => |o, a| check_able(o, a, "_checkSeekable", "seekable");
        method "_checkWritable" => |o, a| check_able(o, a, "_checkWritable", "writable");
        method "close" => |o, a| {
            arity(cls(o), "close", &a, 0, 0)?;
            match o.kind() {
                Kind::TextIO => file::close(o)?,
                _ => stringio::close(o),
            }
            none()
        };
        getset "closed" => |o| Ok(object::boolean(is_closed(o)));
        method "fileno" => |o, a| {
            arity(cls(o), "fileno", &a, 0, 0)?;
            Err(unsupported("fileno"))
        };
        // CPython's checks `_IOBase`'s own closed flag, which the streams'
        // `close` does not set: nothing to do.
        method "flush" => |o, a| {
            arity(cls(o), "flush", &a, 0, 0)?;
            none()
        };
        method "isatty" => |o, a| {
            arity(cls(o), "isatty", &a, 0, 0)?;
            check_closed(o)?;
            Ok(object::boolean(false))
        };
        method "readable" => |o, a| {
            arity(cls(o), "readable", &a, 0, 0)?;
            Ok(object::boolean(false))
        };
        method "readline" => |o, a| match o.kind() {
            Kind::TextIO => file_readline(o, a),
            _ => sio_readline(o, a),
        };
        method "readlines" => readlines_m;
        method "seek" => |_, _| Err(unsupported("seek"));
        method "seekable" => |o, a| {
            arity(cls(o), "seekable", &a, 0, 0)?;
            Ok(object::boolean(false))
        };
        method "tell" => |o, a| {
            arity(cls(o), "tell", &a, 0, 0)?;
            call(o, "seek", &[Value::from_small(0), Value::from_small(1)])
        };
        method "truncate" => |_, _| Err(unsupported("truncate"));
        method "writable" => |o, a| {
            arity(cls(o), "writable", &a, 0, 0)?;
            Ok(object::boolean(false))
        };
        method "writelines" => |o, a| {
            let lines = arity(cls(o), "writelines", &a, 1, 1)?[0];
            check_closed(o)?;
            writelines(o, lines)
        };
    ]
}

/// `__next__`: the next line, StopIteration at the end.
fn next(o: Value, args: Args) -> R<Value> {
    slots::exactly(&args, 0)?;
    match super::next(o)? {
        Some(line) => Ok(line),
        None => Err(crate::exc::error::raise_empty(&crate::exc::STOP_ITERATION)),
    }
}

/// `_checkReadable()` and its kin: the stream's own answer, or
/// `UnsupportedOperation: File or stream is not readable.`
fn check_able(o: Value, args: Args, m: &str, which: &str) -> R<Value> {
    arity(cls(o), m, &args, 0, 0)?;
    let ok = call(o, which, &[])?;
    if !dispatch::truthy(ok)? {
        return Err(unsupported(&format!("File or stream is not {which}.")));
    }
    Ok(object::boolean(true))
}

/// `readlines(hint=-1)`.
fn readlines_m(o: Value, args: Args) -> R<Value> {
    let hint = opt_size(arity(cls(o), "readlines", &args, 0, 1)?.first())?;
    check_closed(o)?;
    match o.kind() {
        // By iteration, as CPython's `IOBase.readlines` (which leaves
        // `tell` disabled if it stops early).
        Kind::TextIO => readlines(o, hint, |o, _| {
            Ok(file::next_line(o)?
                .map_or_else(String::new, |l| crate::objects::str::as_str(l).to_string()))
        }),
        _ => readlines(o, hint, stringio::readline),
    }
}

// ---- _io._TextIOBase ----------------------------------------------------------------------

crate::attr_table! {
    /// The attributes of `_io._TextIOBase`.
    pub static TEXT_IO_BASE_ATTRS for TEXT_IO_BASE_TYPE = [
        method "detach" => |_, _| Err(unsupported("detach"));
        getset "encoding" => |_| none();
        getset "errors" => |_| none();
        getset "newlines" => |_| none();
        method "read" => |_, _| Err(unsupported("read"));
        method "readline" => |_, _| Err(unsupported("readline"));
        method "write" => |_, _| Err(unsupported("write"));
    ]
}

// ---- _io.TextIOWrapper --------------------------------------------------------------------

const FILE: &str = "TextIOWrapper";

crate::attr_table! {
    /// The attributes of `_io.TextIOWrapper`.
    pub static TEXT_IO_WRAPPER_ATTRS for file::TEXT_IO_WRAPPER_TYPE = [
        getset "_CHUNK_SIZE" => |_| int(file::CHUNK);
        new "__new__" => slots::new;
        slot "__next__" => next;
        slot "__repr__" => slots::repr;
        member "_finalizing" => |_| Ok(object::boolean(false));
        member "buffer" => |o| match file::obj(o).st.borrow().raw {
            file::Raw::Stdout => Ok(super::binary::std_buffer(false)),
            file::Raw::Stderr => Ok(super::binary::std_buffer(true)),
            _ => Err(type_error("not supported yet: the buffer of a file")),
        };
        method "close" => |o, a| {
            arity(FILE, "close", &a, 0, 0)?;
            file::close(o)?;
            none()
        };
        getset "closed" => |o| Ok(object::boolean(file::obj(o).closed.get()));
        member "encoding" => |o| Ok(file::obj(o).encoding.get());
        getset "errors" => |o| Ok(file::obj(o).errors.get());
        method "fileno" => |o, a| {
            arity(FILE, "fileno", &a, 0, 0)?;
            int(file::fileno(o)?)
        };
        method "flush" => |o, a| {
            arity(FILE, "flush", &a, 0, 0)?;
            file::flush(o)?;
            none()
        };
        method "isatty" => |o, a| {
            arity(FILE, "isatty", &a, 0, 0)?;
            Ok(object::boolean(file::isatty(o)?))
        };
        member "line_buffering" => |o| Ok(object::boolean(file::line_buffering(o)));
        getset "name" => |o| Ok(file::obj(o).name.get());
        getset "newlines" => |o| Ok(file::newlines(o));
        method "read" => |o, a| {
            let n = opt_size(arity(FILE, "read", &a, 0, 1)?.first())?;
            text(file::read(o, n)?)
        };
        method "readable" => |o, a| {
            arity(FILE, "readable", &a, 0, 0)?;
            Ok(object::boolean(file::able(o, false)?))
        };
        method "readline" => file_readline;
        method "seek" => |o, a| {
            let pos = arity(FILE, "seek", &a, 1, 2)?;
            let whence = match pos.get(1) {
                Some(w) => ssize(*w)?,
                None => 0,
            };
            file_seek(o, pos[0], whence)
        };
        method "seekable" => |o, a| {
            arity(FILE, "seekable", &a, 0, 0)?;
            Ok(object::boolean(file::seekable(o)?))
        };
        method "tell" => |o, a| {
            arity(FILE, "tell", &a, 0, 0)?;
            file::tell(o)
        };
        method "truncate" => |o, a| {
            let pos = arity(FILE, "truncate", &a, 0, 1)?;
            file::truncate_check(o)?;
            let size = match pos.first() {
                Some(v) if !object::is_none(*v) => Some(ssize(*v)?),
                _ => None,
            };
            int(file::truncate(o, size)?)
        };
        method "writable" => |o, a| {
            arity(FILE, "writable", &a, 0, 0)?;
            Ok(object::boolean(file::able(o, true)?))
        };
        method "write" => |o, a| {
            let s = arity(FILE, "write", &a, 1, 1)?[0];
            if s.kind() != Kind::Str {
                return Err(write_type_error(s));
            }
            int(file::write(o, s)?)
        };
        member "write_through" => |_| Ok(object::boolean(false));
    ]
}

fn file_readline(o: Value, args: Args) -> R<Value> {
    let pos = arity(FILE, "readline", &args, 0, 1)?;
    let limit = match pos.first() {
        Some(v) => ssize(*v)?,
        None => -1,
    };
    text(file::readline(o, limit)?)
}

// ---- _io.StringIO -------------------------------------------------------------------------

const SIO: &str = "StringIO";

crate::attr_table! {
    /// The attributes of `_io.StringIO`.
    pub static STRINGIO_ATTRS for stringio::STRINGIO_TYPE = [
        new "__new__" => slots::new;
        slot "__next__" => next;
        method "close" => |o, a| {
            arity(SIO, "close", &a, 0, 0)?;
            stringio::close(o);
            none()
        };
        getset "closed" => |o| Ok(object::boolean(stringio::closed(o)));
        method "getvalue" => |o, a| {
            arity(SIO, "getvalue", &a, 0, 0)?;
            stringio::getvalue(o)
        };
        getset "line_buffering" => |o| {
            stringio::able(o)?;
            Ok(object::boolean(false))
        };
        getset "newlines" => stringio::newlines;
        method "read" => |o, a| {
            let n = opt_size(arity(SIO, "read", &a, 0, 1)?.first())?;
            text(stringio::read(o, n)?)
        };
        method "readable" => |o, a| sio_able(o, a, "readable");
        method "readline" => sio_readline;
        method "seek" => |o, a| {
            let pos = arity(SIO, "seek", &a, 1, 2)?;
            let p = ssize(pos[0])?;
            let whence = match pos.get(1) {
                Some(w) => ssize(*w)?,
                None => 0,
            };
            int(stringio::seek(o, p, whence)?)
        };
        method "seekable" => |o, a| sio_able(o, a, "seekable");
        method "tell" => |o, a| {
            arity(SIO, "tell", &a, 0, 0)?;
            int(stringio::tell(o)?)
        };
        method "truncate" => |o, a| {
            let pos = arity(SIO, "truncate", &a, 0, 1)?;
            let size = match pos.first() {
                Some(v) if !object::is_none(*v) => Some(opt_size(Some(v))?),
                _ => None,
            };
            int(stringio::truncate(o, size)?)
        };
        method "writable" => |o, a| sio_able(o, a, "writable");
        method "write" => |o, a| {
            let s = arity(SIO, "write", &a, 1, 1)?[0];
            int(stringio::write(o, s)?)
        };
    ]
}

fn sio_readline(o: Value, args: Args) -> R<Value> {
    let n = opt_size(arity(SIO, "readline", &args, 0, 1)?.first())?;
    text(stringio::readline(o, n)?)
}

fn sio_able(o: Value, args: Args, m: &str) -> R<Value> {
    arity(SIO, m, &args, 0, 0)?;
    Ok(object::boolean(stringio::able(o)?))
}
