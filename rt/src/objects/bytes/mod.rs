//! `bytes` (immutable) and `bytearray` (mutable): their layouts, the
//! constructors (`bytes(x)`, `bytearray(x)`, `fromhex`), and reading the
//! contents of any bytes-like value. Operators are in `ops.rs`, methods in
//! `methods.rs`, `search.rs` and `mutate.rs`, `%`-formatting and `hex` in
//! `format.rs`, `memoryview` in `memoryview.rs`, the attribute tables in
//! `tables.rs`.

pub mod format;
pub mod memoryview;
pub mod methods;
pub mod mutate;
pub mod native_format;
pub mod ops;
pub mod search;
pub mod tables;

use crate::builtins::args::bind_clinic;
use crate::exc::error::{raise, type_error, value_error, R};
use crate::object::{self, type_name, Header, Kind, Object, TypeObj, OBJECT_TYPE};
use crate::protocol::args::Args;
use crate::protocol::dispatch;
use crate::value::Value;
use std::borrow::Cow;
use std::cell::{Cell, RefCell};

/// `bytes`
pub static BYTES_TYPE: TypeObj =
    TypeObj::builtin("bytes", Some(&OBJECT_TYPE), Kind::Bytes).with_attrs(&tables::BYTES_ATTRS);
/// `bytearray`
pub static BYTEARRAY_TYPE: TypeObj =
    TypeObj::builtin("bytearray", Some(&OBJECT_TYPE), Kind::ByteArray)
        .with_attrs(&tables::BYTEARRAY_ATTRS);

/// An immutable byte string with its cached hash.
#[repr(C)]
pub struct BytesObj {
    pub header: Header,
    /// Cached hash; -1 until computed (CPython never produces -1).
    pub hash: Cell<i64>,
    pub data: Box<[u8]>,
}

// SAFETY: repr(C), Header first; every Kind::Bytes object is a BytesObj.
unsafe impl Object for BytesObj {
    const KINDS: &'static [Kind] = &[Kind::Bytes];

    fn trace(&self, _t: &mut crate::gc::Tracer) {}
}

/// A mutable byte string. `exports` counts the live memoryviews over it,
/// which forbid resizing (CPython's BufferError).
#[repr(C)]
pub struct ByteArrayObj {
    pub header: Header,
    pub data: RefCell<Vec<u8>>,
    pub exports: Cell<usize>,
}

// SAFETY: repr(C), Header first; every Kind::ByteArray object is a ByteArrayObj.
unsafe impl Object for ByteArrayObj {
    const KINDS: &'static [Kind] = &[Kind::ByteArray];

    fn trace(&self, _t: &mut crate::gc::Tracer) {}
}

/// The type name Argument Clinic's messages give (`None` for None:
/// "must be str, not None").
pub fn clinic_type_name(v: Value) -> &'static str {
    if object::is_none(v) {
        "None"
    } else {
        type_name(v)
    }
}

/// A new bytes value copying `b`.
pub fn new_bytes(b: &[u8]) -> Value {
    from_vec(b.to_vec())
}

/// A new bytes value taking `v`.
pub fn from_vec(v: Vec<u8>) -> Value {
    Value::from_ref(crate::gc::alloc(BytesObj {
        header: Header::new(&BYTES_TYPE),
        hash: Cell::new(-1),
        data: v.into_boxed_slice(),
    }))
}

/// A new bytearray value taking `v`.
pub fn new_bytearray(v: Vec<u8>) -> Value {
    Value::from_ref(crate::gc::alloc(ByteArrayObj {
        header: Header::new(&BYTEARRAY_TYPE),
        data: RefCell::new(v),
        exports: Cell::new(0),
    }))
}

/// A result of the same type as `o` (bytes or bytearray) holding `v`.
pub fn like(o: Value, v: Vec<u8>) -> Value {
    if o.kind() == Kind::ByteArray {
        new_bytearray(v)
    } else {
        from_vec(v)
    }
}

/// The bytes of a bytes object.
pub fn bytes_data(v: Value) -> &'static [u8] {
    &v.as_ref::<BytesObj>().data
}

/// The bytearray object behind `v`.
pub fn bytearray(v: Value) -> &'static ByteArrayObj {
    v.as_ref::<ByteArrayObj>()
}

/// True for the values that export a buffer (`bytes`, `bytearray`,
/// `memoryview`, `array.array`).
pub fn is_bytes_like(v: Value) -> bool {
    !v.is_small()
        && matches!(
            v.kind(),
            Kind::Bytes | Kind::ByteArray | Kind::MemoryView | Kind::Array
        )
}

/// The contents of a bytes-like value (a copy for the mutable ones, so no
/// borrow outlives the call), or None for other values.
pub fn data(v: Value) -> Option<Cow<'static, [u8]>> {
    if v.is_small() {
        return None;
    }
    let v = crate::class::instance::unwrap(v);
    match v.kind() {
        Kind::Bytes => Some(Cow::Borrowed(bytes_data(v))),
        Kind::ByteArray => Some(Cow::Owned(bytearray(v).data.borrow().clone())),
        Kind::MemoryView => memoryview::contents_if_live(v).map(Cow::Owned),
        Kind::Array => Some(Cow::Owned(crate::stdlib::array::raw(v))),
        _ => None,
    }
}

/// The contents of a bytes-like value that exports a simple (C-contiguous)
/// buffer: None also for a memoryview whose items are not adjacent, whose
/// buffer CPython's consumers of simple buffers cannot get (they report
/// their own TypeError then: `b'' + m[::2]`, `b''.join([m[::2]])`).
pub fn simple_data(v: Value) -> Option<Cow<'static, [u8]>> {
    let p = crate::class::instance::unwrap(v);
    if !p.is_small()
        && p.kind() == Kind::MemoryView
        && !memoryview::contiguous_view(p).unwrap_or(true)
    {
        return None;
    }
    data(v)
}

/// The length in bytes of a writable buffer (`bytearray`, a writable
/// `memoryview`, `array.array`), or None for a value that exports none.
pub fn writable_len(v: Value) -> R<Option<usize>> {
    if v.is_small() {
        return Ok(None);
    }
    let p = crate::class::instance::unwrap(v);
    match p.kind() {
        Kind::ByteArray => Ok(Some(bytearray(p).data.borrow().len())),
        Kind::Array => Ok(Some(crate::stdlib::array::obj(p).data.borrow().len())),
        Kind::MemoryView => memoryview::writable_len(p),
        _ => Ok(None),
    }
}

/// Writes `src` at byte `at` of the writable buffer `v` (`writable_len`
/// said how long it is; bytes past its end are dropped).
pub fn write_into(v: Value, at: usize, src: &[u8]) {
    let p = crate::class::instance::unwrap(v);
    let copy = |d: &mut [u8]| {
        for (k, b) in src.iter().enumerate() {
            if let Some(slot) = d.get_mut(at + k) {
                *slot = *b;
            }
        }
    };
    match p.kind() {
        Kind::ByteArray => copy(&mut bytearray(p).data.borrow_mut()),
        Kind::Array => copy(&mut crate::stdlib::array::obj(p).data.borrow_mut()),
        Kind::MemoryView => memoryview::write_bytes(p, at, src),
        _ => {}
    }
}

/// The contents of a bytes-like argument, or CPython's "a bytes-like
/// object is required" TypeError.
pub fn buffer_arg(v: Value) -> R<Cow<'static, [u8]>> {
    if v.kind() == Kind::MemoryView {
        return memoryview::contents_c_contiguous(v).map(Cow::Owned);
    }
    data(v).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(v)
        ))
    })
}

/// An int in range(256), with CPython's messages.
pub fn byte_arg(v: Value) -> R<u8> {
    let i = crate::protocol::num::int_arg(v)?;
    match crate::objects::int::as_i64(i) {
        Some(n) if (0..256).contains(&n) => Ok(n as u8),
        _ => Err(value_error("byte must be in range(0, 256)")),
    }
}

/// The bytes of an iterable of ints (`bytes([1, 2])`).
fn from_iterable(v: Value) -> R<Vec<u8>> {
    from_ints(v, "bytes must be in range(0, 256)")
}

/// The bytes of an iterable of ints, `msg` the ValueError for one out of range.
fn from_ints(v: Value, msg: &str) -> R<Vec<u8>> {
    let items = dispatch::collect(v)?;
    let mut out = Vec::with_capacity(items.len());
    for &x in items.iter() {
        let i = crate::protocol::num::int_arg(x)?;
        match crate::objects::int::as_i64(i) {
            Some(n) if (0..256).contains(&n) => out.push(n as u8),
            _ => return Err(value_error(msg)),
        }
    }
    Ok(out)
}

/// A count argument (`bytes(n)`): its size, checked.
fn count(n: Value) -> R<Vec<u8>> {
    let n = crate::objects::int::as_i64(n).ok_or_else(|| {
        crate::exc::error::overflow_error("cannot fit 'int' into an index-sized integer")
    })?;
    if n < 0 {
        return Err(value_error("negative count"));
    }
    let n = n as usize;
    let mut v = Vec::new();
    if v.try_reserve_exact(n).is_err() {
        return Err(raise(&crate::exc::MEMORY_ERROR, ""));
    }
    v.resize(n, 0);
    Ok(v)
}

/// The contents `bytes(source, encoding, errors)` and `bytearray(...)`
/// build, with CPython's checks in its order.
fn contents(args: &Args, fname: &str, is_bytes: bool) -> R<Vec<u8>> {
    let [source, encoding, errors] =
        bind_clinic(fname, args, ["source", "encoding", "errors"], 0, 0)?;
    let Some(src) = source else {
        if encoding.is_some() {
            return Err(type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(type_error("errors without a string argument"));
        }
        return Ok(Vec::new());
    };
    let text_arg = |v: Option<Value>, what: &str| -> R<Option<&'static str>> {
        match v {
            None => Ok(None),
            Some(v) => crate::objects::str::try_str(v).map(Some).ok_or_else(|| {
                type_error(format!(
                    "{fname}() argument '{what}' must be str, not {}",
                    clinic_type_name(v)
                ))
            }),
        }
    };
    let enc = text_arg(encoding, "encoding")?;
    let errs = text_arg(errors, "errors")?;
    if src.kind() == Kind::Str {
        let Some(enc) = enc else {
            return Err(type_error("string argument without an encoding"));
        };
        let text = crate::objects::str::as_str(crate::class::instance::unwrap(src));
        return crate::io::codec::encode_str(text, enc, errs.unwrap_or("strict"));
    }
    if enc.is_some() {
        return Err(type_error("encoding without a string argument"));
    }
    if errs.is_some() {
        return Err(type_error("errors without a string argument"));
    }
    if is_bytes {
        if let Some(b) = dunder_bytes(src)? {
            return Ok(b);
        }
    }
    if let Some(d) = data(src) {
        return Ok(d.into_owned());
    }
    if let Some(n) = crate::protocol::num::as_int(src)? {
        return count(n);
    }
    if dispatch::iter(src).is_err() {
        crate::exc::error::take_pending();
        return Err(type_error(format!(
            "cannot convert '{}' object to {fname}",
            type_name(src)
        )));
    }
    if is_bytes {
        from_iterable(src)
    } else {
        from_ints(src, "byte must be in range(0, 256)")
    }
}

/// `type(o).__bytes__(o)` if `o`'s class defines it, checked to return bytes.
pub fn dunder_bytes(o: Value) -> R<Option<Vec<u8>>> {
    let t = object::type_of(o);
    if t.class.is_none() {
        return Ok(None);
    }
    let name = crate::objects::str::new("__bytes__");
    let Some(crate::class::Found::Attr(f)) = crate::class::lookup(t, name) else {
        return Ok(None);
    };
    let r = crate::class::instance::call_special(f, o, &[])?;
    if r.kind() != Kind::Bytes {
        return Err(type_error(format!(
            "__bytes__ returned non-bytes (type {})",
            type_name(r)
        )));
    }
    Ok(Some(bytes_data(crate::class::instance::unwrap(r)).to_vec()))
}

/// `PyObject_Bytes(v)`: `__bytes__`, a bytes-like value, or an iterable of
/// ints (not a str, not an int count), else CPython's TypeError.
pub fn from_object(v: Value) -> R<Vec<u8>> {
    if let Some(b) = dunder_bytes(v)? {
        return Ok(b);
    }
    if let Some(d) = data(v) {
        return Ok(d.into_owned());
    }
    let iterable = !matches!(v.kind(), Kind::Str) && {
        let ok = dispatch::iter(v).is_ok();
        if !ok {
            crate::exc::error::take_pending();
        }
        ok
    };
    if !iterable {
        return Err(type_error(format!(
            "cannot convert '{}' object to bytes",
            type_name(v)
        )));
    }
    from_iterable(v)
}

/// `bytes(...)`
pub fn construct_bytes(args: Args) -> R<Value> {
    if let [v] = args.pos {
        if args.kwnames.is_empty() && v.kind() == Kind::Bytes && !crate::class::ops::is_user(*v) {
            return Ok(*v);
        }
    }
    Ok(from_vec(contents(&args, "bytes", true)?))
}

/// `bytearray(...)`
pub fn construct_bytearray(args: Args) -> R<Value> {
    Ok(new_bytearray(contents(&args, "bytearray", false)?))
}

/// `bytes.__new__`/`bytearray.__new__` through the table.
pub fn new_slot(cls: Value, args: Args) -> R<Value> {
    crate::types::slots::new(cls, args)
}

/// `bytearray.__init__(source, encoding, errors)`: replaces the contents.
pub fn bytearray_init(o: Value, args: Args) -> R<Value> {
    let v = contents(&args, "bytearray", false)?;
    let ba = bytearray(crate::class::instance::unwrap(o));
    mutate::check_resize(ba)?;
    *ba.data.borrow_mut() = v;
    Ok(object::none())
}

/// `fromhex(string)`: pairs of hex digits, spaces between pairs.
pub fn parse_hex(fname: &str, s: Value) -> R<Vec<u8>> {
    let Some(text) = crate::objects::str::try_str(s) else {
        return Err(type_error(format!(
            "{fname}() argument must be str, not {}",
            clinic_type_name(s)
        )));
    };
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 2);
    let digit = |c: u8| (c as char).to_digit(16);
    let mut i = 0;
    // Positions count characters, as CPython's do.
    let pos = |i: usize| text[..i.min(text.len())].chars().count();
    let bad = |i: usize| {
        value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {}",
            pos(i)
        ))
    };
    while i < b.len() {
        if methods::is_space(b[i]) {
            i += 1;
            continue;
        }
        let hi = digit(b[i]).ok_or_else(|| bad(i))?;
        let lo = b
            .get(i + 1)
            .and_then(|c| digit(*c))
            .ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)`: a classmethod.
pub fn fromhex(cls: Value, args: Args) -> R<Value> {
    let t = cls.as_ref::<TypeObj>();
    let fname = format!("{}.fromhex", t.short_name());
    let s = args.positional_range(&fname, 1, 1)?[0];
    let v = parse_hex("fromhex", s)?;
    let r = if std::ptr::eq(t.builtin_layout(), &BYTEARRAY_TYPE) {
        new_bytearray(v)
    } else {
        from_vec(v)
    };
    if t.class.is_some() {
        return dispatch::call(cls, Args::positional(&[r]));
    }
    Ok(r)
}
