//! `_struct`, the native half of `struct` (`lib/struct.al` re-exports it):
//! `pack`, `unpack`, `pack_into`, `unpack_from`, `iter_unpack`,
//! `calcsize`, `_clearcache`, the exception class `struct.error`, with
//! CPython 3.11's argument rules, buffer checks and messages. Formats are
//! parsed in `format.rs` (and cached for the module-level functions), items
//! converted in `codec.rs`; the `Struct` type and the iterator
//! `iter_unpack` returns are in `object.rs`.
//!
//! Deviation: `iter_unpack` reads a copy of a mutable buffer taken when it
//! starts (CPython keeps the buffer exported, so it cannot be resized and
//! later writes show).

pub mod codec;
pub mod format;
pub mod object;

use crate::exc::error::{index_error, set_pending, type_error, Pending, R};
use crate::object::{type_name, Kind, TypeObj};
use crate::objects::bytes;
use crate::objects::func::BuiltinObj;
use crate::protocol::args::Args;
use crate::stdlib::ModuleBuilder;
use crate::value::Value;
use format::Format;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Entries of the cache of formats by the identity of the format object.
const RECENT: usize = 16;

thread_local! {
    /// `struct.error`, created on first use (a GC root).
    static ERROR: Cell<Value> = const { Cell::new(Value::NULL) };
    /// The formats last parsed for each format object (str and bytes are
    /// immutable, so the object names its format for as long as it
    /// lives; the entries keep their objects alive). A program's format
    /// constants are one object each, so most calls find theirs here
    /// without encoding, hashing or comparing text.
    static BY_OBJECT: RefCell<[(Value, Option<Rc<Format>>); RECENT]> =
        RefCell::new(std::array::from_fn(|_| (Value::NULL, None)));
}

/// GC roots of the `_struct` module: the exception class and the format
/// objects of the identity cache.
pub fn trace_roots(t: &mut crate::gc::Tracer) {
    t.visit(ERROR.with(|e| e.get()));
    BY_OBJECT.with(|c| {
        for (v, _) in crate::gc::peek(c).iter() {
            if !v.is_null() {
                t.visit(*v);
            }
        }
    });
}

/// The identity cache's slot for format object `v`.
fn recent_slot(v: Value) -> usize {
    ((v.0 >> 4) as usize) % RECENT
}

/// `struct.error`: an `Exception` subclass made as a class statement in
/// module `struct` would make it.
pub fn error_class() -> Value {
    let e = ERROR.with(|e| e.get());
    if !e.is_null() {
        return e;
    }
    let s = crate::objects::str::new;
    let ns = crate::objects::dict::new();
    let bases = crate::objects::tuple::from_slice(&[crate::exc::EXCEPTION.value()]);
    let made = crate::objects::dict::setitem(ns, s("__module__"), s("struct"))
        .and_then(|()| crate::class::new_class(s("error"), Value::NULL, bases, ns));
    match made {
        Ok(t) => {
            ERROR.with(|e| e.set(t));
            t
        }
        // Creating a class with a built-in base does not fail; if it ever
        // did, Exception is the closest stand-in.
        Err(_) => {
            crate::exc::error::take_pending();
            crate::exc::EXCEPTION.value()
        }
    }
}

/// Raises `struct.error(msg)`.
pub fn error(msg: impl AsRef<str>) -> Pending {
    let t = error_class().as_ref::<TypeObj>();
    set_pending(crate::exc::with_message(t, msg.as_ref()))
}

/// The bytes of a format given to `Struct()`: a str (which must be
/// ASCII) or bytes, without NULs.
pub fn format_bytes(v: Value) -> R<Vec<u8>> {
    let b = if let Some(s) = crate::objects::str::try_str(v) {
        crate::io::codec::encode_str(s, "ascii", "strict")?
    } else if !v.is_small() && v.kind() == Kind::Bytes {
        bytes::bytes_data(crate::class::instance::unwrap(v)).to_vec()
    } else {
        return Err(type_error(format!(
            "Struct() argument 1 must be a str or bytes object, not {}",
            type_name(v)
        )));
    };
    if b.contains(&0) {
        return Err(error("embedded null character"));
    }
    Ok(b)
}

/// The parsed format of a module-level function's `format` argument,
/// through the cache. A value that is neither str nor bytes is hashed
/// first, as CPython's cache lookup does ("unhashable type: 'bytearray'").
fn cached(v: Value) -> R<Rc<Format>> {
    let slot = recent_slot(v);
    let hit = BY_OBJECT.with(|c| {
        let c = c.borrow();
        let (k, f) = &c[slot];
        if *k == v {
            f.clone()
        } else {
            None
        }
    });
    if let Some(f) = hit {
        return Ok(f);
    }
    let f = cached_slow(v)?;
    BY_OBJECT.with(|c| c.borrow_mut()[slot] = (v, Some(f.clone())));
    Ok(f)
}

fn cached_slow(v: Value) -> R<Rc<Format>> {
    let is_text = crate::objects::str::try_str(v).is_some();
    if !is_text && (v.is_small() || v.kind() != Kind::Bytes) {
        crate::protocol::dispatch::hash(v)?;
    }
    let b = format_bytes(v)?;
    format::cached(&b).map_err(error)
}

/// The contents of a buffer `struct` reads: any bytes-like value, but a
/// memoryview only when its items are adjacent (CPython's simple buffer
/// request).
fn read_buffer(v: Value) -> R<std::borrow::Cow<'static, [u8]>> {
    let p = crate::class::instance::unwrap(v);
    if !p.is_small() && p.kind() == Kind::MemoryView && !bytes::memoryview::contiguous_view(p)? {
        return Err(crate::exc::error::raise(
            &crate::exc::BUFFER_ERROR,
            "memoryview: underlying buffer is not C-contiguous",
        ));
    }
    bytes::buffer_arg(v)
}

/// The packed bytes of `values` for `f`, after CPython's count check.
pub fn pack(f: &Format, values: &[Value], what: &str) -> R<Vec<u8>> {
    if values.len() != f.nitems {
        return Err(error(format!(
            "{what} expected {} items for packing (got {})",
            f.nitems,
            values.len()
        )));
    }
    let mut out = bytes::ops::try_vec(f.size)?;
    out.resize(f.size, 0);
    codec::pack_values(f, values, &mut out)?;
    Ok(out)
}

/// `unpack(buffer)`: exactly the format's size.
pub fn unpack(f: &Format, buffer: Value) -> R<Value> {
    let d = read_buffer(buffer)?;
    if d.len() != f.size {
        return Err(error(format!(
            "unpack requires a buffer of {} bytes",
            f.size
        )));
    }
    Ok(codec::unpack_values(f, &d))
}

/// An offset argument as Argument Clinic's `Py_ssize_t` converter reads it.
fn ssize_arg(v: Value) -> R<i64> {
    let i = crate::protocol::num::int_arg(v)?;
    crate::objects::int::as_i64(i).ok_or_else(|| {
        crate::exc::error::overflow_error("Python int too large to convert to C ssize_t")
    })
}

/// `unpack_from(buffer, offset=0)`: at least the format's size from
/// `offset` (negative offsets count from the end).
pub fn unpack_from(f: &Format, buffer: Value, offset: Option<Value>) -> R<Value> {
    let d = read_buffer(buffer)?;
    let offset = match offset {
        Some(o) => ssize_arg(o)?,
        None => 0,
    };
    let at = buffer_offset(offset, f.size, d.len(), Access::Unpack)?;
    Ok(codec::unpack_values(f, &d[at..at + f.size]))
}

/// Which of `unpack_from` and `pack_into` checks an offset.
#[derive(Clone, Copy)]
enum Access {
    Unpack,
    Pack,
}

/// The byte index at which `size` bytes start in a buffer of `len` bytes
/// for `offset` (negative: from the end), or `struct.error` with
/// CPython's message for `access`.
fn buffer_offset(offset: i64, size: usize, len: usize, access: Access) -> R<usize> {
    let (size, len) = (size as i128, len as i128);
    let mut offset = offset;
    if offset < 0 {
        if offset as i128 + size > 0 {
            return Err(error(match access {
                Access::Unpack => {
                    format!("not enough data to unpack {size} bytes at offset {offset}")
                }
                Access::Pack => format!("no space to pack {size} bytes at offset {offset}"),
            }));
        }
        if offset as i128 + len < 0 {
            return Err(error(format!(
                "offset {offset} out of range for {len}-byte buffer"
            )));
        }
        offset += len as i64;
    }
    let off = offset as i128;
    if len - off < size {
        let (name, verb) = match access {
            Access::Unpack => ("unpack_from", "unpacking"),
            Access::Pack => ("pack_into", "packing"),
        };
        return Err(error(format!(
            "{name} requires a buffer of at least {} bytes for {verb} {size} bytes at offset {offset} (actual buffer size is {len})",
            size + off
        )));
    }
    Ok(offset as usize)
}

/// `pack_into(buffer, offset, *values)` (`args` from the buffer on).
pub fn pack_into(f: &Format, args: &[Value]) -> R<()> {
    if args.len() != f.nitems + 2 {
        return Err(error(match args.len() {
            0 => "pack_into expected buffer argument".to_string(),
            1 => "pack_into expected offset argument".to_string(),
            n => format!(
                "pack_into expected {} items for packing (got {})",
                f.nitems,
                n - 2
            ),
        }));
    }
    let buffer = args[0];
    let Some(len) = bytes::writable_len(buffer)? else {
        return Err(type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            type_name(buffer)
        )));
    };
    let offset = match crate::protocol::num::as_int(args[1])? {
        Some(i) => crate::objects::int::as_i64(i)
            .ok_or_else(|| index_error("cannot fit 'int' into an index-sized integer"))?,
        None => return Err(crate::builtins::args::not_an_integer(args[1])),
    };
    let at = buffer_offset(offset, f.size, len, Access::Pack)?;
    let mut out = bytes::ops::try_vec(f.size)?;
    out.resize(f.size, 0);
    let r = codec::pack_values(f, &args[2..], &mut out);
    // The items packed before a failure stay written, as in CPython.
    bytes::write_into(buffer, at, &out);
    r
}

/// The iterator `iter_unpack(buffer)` returns.
pub fn iter_unpack(s: Value, f: &Format, buffer: Value) -> R<Value> {
    if f.size == 0 {
        return Err(error("cannot iteratively unpack with a struct of length 0"));
    }
    let data = if !buffer.is_small() && buffer.kind() == Kind::Bytes {
        crate::class::instance::unwrap(buffer)
    } else {
        bytes::from_vec(read_buffer(buffer)?.into_owned())
    };
    let n = bytes::bytes_data(data).len();
    if !n.is_multiple_of(f.size) {
        return Err(error(format!(
            "iterative unpacking requires a buffer of a multiple of {} bytes",
            f.size
        )));
    }
    Ok(object::unpack_iterator(s, data))
}

// ---- the module functions ---------------------------------------------------------

/// The format and the rest of a module function's positional arguments.
fn split_format<'a>(fname: &str, args: &Args<'a>) -> R<(Value, &'a [Value])> {
    args.no_kwargs(fname)?;
    match args.pos.split_first() {
        Some((&f, rest)) => Ok((f, rest)),
        None => Err(type_error("missing format argument")),
    }
}

static PACK: BuiltinObj = BuiltinObj::new("pack", |args| {
    let (f, rest) = split_format("_struct.pack", &args)?;
    let f = cached(f)?;
    Ok(bytes::from_vec(pack(&f, rest, "pack")?))
});

static PACK_INTO: BuiltinObj = BuiltinObj::new("pack_into", |args| {
    let (f, rest) = split_format("_struct.pack_into", &args)?;
    let f = cached(f)?;
    pack_into(&f, rest)?;
    Ok(crate::object::none())
});

static UNPACK: BuiltinObj = BuiltinObj::new("unpack", |args| {
    args.no_kwargs("_struct.unpack")?;
    crate::builtins::args::check_count("unpack", args.pos.len(), 2, 2)?;
    let f = cached(args.pos[0])?;
    unpack(&f, args.pos[1])
});

static UNPACK_FROM: BuiltinObj = BuiltinObj::new("unpack_from", |args| {
    let [f, buffer, offset] = crate::stdlib::bind(
        "unpack_from",
        &args,
        ["format", "buffer", "offset"],
        1,
        3,
        2,
    )?;
    let (Some(f), Some(buffer)) = (f, buffer) else {
        return Err(type_error("unpack_from() missing required argument"));
    };
    let f = cached(f)?;
    unpack_from(&f, buffer, offset)
});

static ITER_UNPACK: BuiltinObj = BuiltinObj::new("iter_unpack", |args| {
    args.no_kwargs("_struct.iter_unpack")?;
    crate::builtins::args::check_count("iter_unpack", args.pos.len(), 2, 2)?;
    let f = cached(args.pos[0])?;
    let s = object::with_format(args.pos[0], f.clone());
    iter_unpack(s, &f, args.pos[1])
});

static CALCSIZE: BuiltinObj = BuiltinObj::new("calcsize", |args| {
    let f = args.positional_range("_struct.calcsize", 1, 1)?[0];
    let f = cached(f)?;
    Ok(crate::objects::int::from_i64(f.size as i64))
});

static CLEARCACHE: BuiltinObj = BuiltinObj::new("_clearcache", |args| {
    args.positional_range("_struct._clearcache", 0, 0)?;
    format::clear_cache();
    BY_OBJECT.with(|c| {
        c.borrow_mut()
            .iter_mut()
            .for_each(|e| *e = (Value::NULL, None))
    });
    Ok(crate::object::none())
});

/// Defines `_struct`'s attributes.
pub fn init(b: &mut ModuleBuilder) -> R<()> {
    b.value("Struct", object::STRUCT_TYPE.value());
    b.func(&CLEARCACHE);
    b.func(&CALCSIZE);
    b.value("error", error_class());
    b.func(&ITER_UNPACK);
    b.func(&PACK);
    b.func(&PACK_INTO);
    b.func(&UNPACK);
    b.func(&UNPACK_FROM);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{call, f, i, repr_or_err, s};

    fn b(x: &[u8]) -> Value {
        bytes::new_bytes(x)
    }

    #[test]
    fn pack_messages_follow_cpython_tables() {
        // Each expected text is what python3 -c "import struct; struct.pack(fmt, v)" prints.
        let big = |x: i128| crate::objects::int::from_i128(x);
        let cases: &[(&str, Value, &str)] = &[
            (
                "h",
                big(40000),
                "error: short format requires -32768 <= number <= 32767",
            ),
            (
                "<h",
                big(40000),
                "error: short format requires -32768 <= number <= 32767",
            ),
            (
                ">h",
                big(40000),
                "error: 'h' format requires -32768 <= number <= 32767",
            ),
            (">H", big(-1), "error: argument out of range"),
            (
                "<H",
                big(-1),
                "error: ushort format requires 0 <= number <= 65535",
            ),
            (
                "I",
                big(1 << 32),
                "error: 'I' format requires 0 <= number <= 4294967295",
            ),
            (
                "<l",
                big(1 << 31),
                "error: 'l' format requires -2147483648 <= number <= 2147483647",
            ),
            ("l", big(1 << 63), "error: argument out of range"),
            (">q", big(1 << 63), "error: int too large to convert"),
            (">Q", big(-1), "error: int too large to convert"),
            ("P", big(1 << 64), "error: int too large to convert"),
            ("b", big(1 << 64), "error: argument out of range"),
            ("i", f(1.0), "error: required argument is not an integer"),
            ("d", s("x"), "error: required argument is not a float"),
            (
                "<f",
                f(1e300),
                "OverflowError: float too large to pack with f format",
            ),
            (
                "e",
                f(65520.0),
                "OverflowError: float too large to pack with e format",
            ),
            (
                "c",
                b(b"ab"),
                "error: char format requires a bytes object of length 1",
            ),
            (
                "s",
                s("a"),
                "error: argument for 's' must be a bytes object",
            ),
        ];
        for (fmt, v, want) in cases {
            let got = repr_or_err(call(&PACK, &[s(fmt), *v]));
            assert_eq!(got, *want, "{fmt}");
        }
        assert_eq!(
            repr_or_err(call(&PACK, &[s("f"), f(1e300)])),
            "b'\\x00\\x00\\x80\\x7f'"
        );
        // python3 -c "import struct; print(struct.pack('@bhbqbd', 1, 2, 3, 4, 5, 6.0))"
        assert_eq!(
            repr_or_err(call(&PACK, &[s("@bhbqbd"), i(1), i(2), i(3), i(4), i(5), f(6.0)])),
            "b'\\x01\\x00\\x02\\x00\\x03\\x00\\x00\\x00\\x04\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x05\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x18@'"
        );
    }

    #[test]
    fn buffers_and_offsets() {
        let data = b(b"abcdef");
        let uf = |off: i64| repr_or_err(call(&UNPACK_FROM, &[s("i"), data, i(off)]));
        assert_eq!(uf(2), "(1717920867,)");
        assert_eq!(uf(-4), "(1717920867,)");
        assert_eq!(
            uf(3),
            "error: unpack_from requires a buffer of at least 7 bytes for unpacking 4 bytes at offset 3 (actual buffer size is 6)"
        );
        assert_eq!(
            uf(-1),
            "error: not enough data to unpack 4 bytes at offset -1"
        );
        assert_eq!(uf(-7), "error: offset -7 out of range for 6-byte buffer");
        assert_eq!(
            repr_or_err(call(&UNPACK, &[s("i"), data])),
            "error: unpack requires a buffer of 4 bytes"
        );
        let ba = bytes::new_bytearray(vec![0xff; 10]);
        assert_eq!(
            repr_or_err(call(&PACK_INTO, &[s("hhh"), ba, i(1), i(1), i(2), s("x")])),
            "error: required argument is not an integer"
        );
        // The items before the failing one are written, the rest zeroed.
        assert_eq!(
            crate::testing::r(ba),
            "bytearray(b'\\xff\\x01\\x00\\x02\\x00\\x00\\x00\\xff\\xff\\xff')"
        );
        assert_eq!(
            repr_or_err(call(&PACK_INTO, &[s("i"), ba, i(-3), i(5)])),
            "error: no space to pack 4 bytes at offset -3"
        );
        assert_eq!(
            repr_or_err(call(&PACK_INTO, &[s("i"), b(b"abcd"), i(0), i(5)])),
            "TypeError: argument must be read-write bytes-like object, not bytes"
        );
        assert_eq!(
            repr_or_err(call(&CALCSIZE, &[bytes::new_bytearray(b"i".to_vec())])),
            "TypeError: unhashable type: 'bytearray'"
        );
    }
}
