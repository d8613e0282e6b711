//! `memoryview` over bytes and bytearrays: one-dimensional views with a
//! start, a stride and an item format (`BbchHiIlLqQfd`, native sizes and
//! little-endian order as on x86-64 and aarch64 Linux); indexing and
//! slicing (slices are views), writing through views of bytearrays,
//! `cast`, `tobytes`, `tolist`, `hex`, `release` and the context manager,
//! equality by unpacked values, CPython's messages.
//!
//! Deviation: CPython forbids resizing a bytearray while a view exports it
//! (BufferError) and counts exports by reference counting; alc has no
//! reference counts to end an export, so it does not forbid resizing, and
//! a view reads only the bytes its target still has.

use super::{bytearray, bytes_data};
use crate::builtins::args::bind_clinic;
use crate::exc::error::{index_error, raise, type_error, value_error, Pending, R};
use crate::object::{self, type_name, Header, Kind, Object, TypeObj, OBJECT_TYPE};
use crate::objects::slice;
use crate::protocol::args::Args;
use crate::value::Value;
use std::cell::Cell;

/// `memoryview`
pub static MEMORYVIEW_TYPE: TypeObj =
    TypeObj::builtin("memoryview", Some(&OBJECT_TYPE), Kind::MemoryView)
        .with_attrs(&super::tables::MEMORYVIEW_ATTRS);

/// A view of part of a bytes or bytearray object.
#[repr(C)]
pub struct MemoryViewObj {
    pub header: Header,
    /// The bytes or bytearray viewed (`obj`).
    pub obj: Value,
    /// Byte offset of the first item.
    pub start: usize,
    /// Bytes from one item to the next (negative for reversed slices).
    pub stride: isize,
    /// Number of items.
    pub len: usize,
    /// The item format character.
    pub fmt: u8,
    pub readonly: bool,
    pub released: Cell<bool>,
}

// SAFETY: repr(C), Header first; every Kind::MemoryView object is a MemoryViewObj.
unsafe impl Object for MemoryViewObj {
    const KINDS: &'static [Kind] = &[Kind::MemoryView];

    fn trace(&self, t: &mut crate::gc::Tracer) {
        t.visit(self.obj);
    }
}

/// The size of an item of format `f`, for the formats a view can be
/// cast to.
fn itemsize_of(f: u8) -> Option<usize> {
    Some(match f {
        b'B' | b'b' | b'c' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'd' => 8,
        _ => return None,
    })
}

/// The size of an item of format `f`, also `w` (a view of an
/// `array('u')`, whose items it cannot convert).
fn item_size(f: u8) -> usize {
    if f == b'w' {
        return 4;
    }
    itemsize_of(f).unwrap_or(1)
}

/// The item size of view `v`.
pub fn view_item_size(v: Value) -> usize {
    item_size(view(v).fmt)
}

fn view(v: Value) -> &'static MemoryViewObj {
    v.as_ref::<MemoryViewObj>()
}

fn released_error() -> Pending {
    value_error("operation forbidden on released memoryview object")
}

/// The view behind `v`, unless it was released.
fn live(v: Value) -> R<&'static MemoryViewObj> {
    let m = view(v);
    if m.released.get() {
        return Err(released_error());
    }
    Ok(m)
}

fn alloc(m: MemoryViewObj) -> Value {
    Value::from_ref(crate::gc::alloc(m))
}

/// `memoryview(object)`
pub fn construct(args: Args) -> R<Value> {
    let [o] = bind_clinic("memoryview", &args, ["object"], 0, 1)?;
    let o = o.unwrap_or_else(object::none);
    new(o)
}

/// A view of all of `o`.
pub fn new(o: Value) -> R<Value> {
    let p = crate::class::instance::unwrap(o);
    match p.kind() {
        Kind::Bytes | Kind::ByteArray if !p.is_small() => {
            let len = super::ops::len(p);
            Ok(alloc(MemoryViewObj {
                header: Header::new(&MEMORYVIEW_TYPE),
                obj: p,
                start: 0,
                stride: 1,
                len,
                fmt: b'B',
                readonly: p.kind() == Kind::Bytes,
                released: Cell::new(false),
            }))
        }
        Kind::MemoryView => {
            let m = live(p)?;
            Ok(alloc(MemoryViewObj {
                header: Header::new(&MEMORYVIEW_TYPE),
                released: Cell::new(false),
                ..*m
            }))
        }
        Kind::Array if !p.is_small() => {
            let code = crate::stdlib::array::obj(p).code;
            // An `array('u')` exports `wchar_t` items as format 'w'.
            let fmt = if code == b'u' { b'w' } else { code };
            Ok(alloc(MemoryViewObj {
                header: Header::new(&MEMORYVIEW_TYPE),
                obj: p,
                start: 0,
                stride: item_size(fmt) as isize,
                len: crate::stdlib::array::len(p),
                fmt,
                readonly: false,
                released: Cell::new(false),
            }))
        }
        _ => Err(type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            type_name(o)
        ))),
    }
}

impl Clone for MemoryViewObj {
    fn clone(&self) -> Self {
        MemoryViewObj {
            header: Header::new(&MEMORYVIEW_TYPE),
            released: Cell::new(self.released.get()),
            ..*self
        }
    }
}

/// Reads the raw bytes of item `k` of `m` with `f` (bounds already checked;
/// bytes the target no longer has read as nothing).
fn with_item<T>(m: &MemoryViewObj, k: usize, f: impl FnOnce(&[u8]) -> T) -> T {
    let size = item_size(m.fmt);
    let at = m.start as isize + k as isize * m.stride;
    let at = at.max(0) as usize;
    let read = |d: &[u8]| {
        let end = (at + size).min(d.len());
        f(d.get(at.min(end)..end).unwrap_or(&[]))
    };
    match m.obj.kind() {
        Kind::ByteArray => read(&bytearray(m.obj).data.borrow()),
        Kind::Array => read(&crate::stdlib::array::obj(m.obj).data.borrow()),
        _ => read(bytes_data(m.obj)),
    }
}

/// The NotImplementedError of converting items of a format the view
/// cannot convert (`w`, an `array('u')`'s).
fn unsupported(fmt: u8) -> crate::exc::error::Pending {
    raise(
        &crate::exc::NOT_IMPLEMENTED_ERROR,
        format!("memoryview: format {} not supported", fmt as char),
    )
}

/// The value of item `k` of `m`, or the error of an unsupported format.
fn item_value(m: &MemoryViewObj, k: usize) -> R<Value> {
    if m.fmt == b'w' {
        return Err(unsupported(m.fmt));
    }
    Ok(with_item(m, k, |b| unpack(m.fmt, b)))
}

/// The value of an item's bytes in format `fmt`.
fn unpack(fmt: u8, b: &[u8]) -> Value {
    let mut w = [0u8; 8];
    w[..b.len().min(8)].copy_from_slice(&b[..b.len().min(8)]);
    let int = crate::objects::int::from_i64;
    match fmt {
        b'B' => Value::from_small(w[0] as i64),
        b'b' => Value::from_small(w[0] as i8 as i64),
        b'c' => super::new_bytes(&w[..1]),
        b'h' => Value::from_small(i16::from_le_bytes([w[0], w[1]]) as i64),
        b'H' => Value::from_small(u16::from_le_bytes([w[0], w[1]]) as i64),
        b'i' => Value::from_small(i32::from_le_bytes([w[0], w[1], w[2], w[3]]) as i64),
        b'I' => Value::from_small(u32::from_le_bytes([w[0], w[1], w[2], w[3]]) as i64),
        b'f' => crate::objects::float::new(f32::from_le_bytes([w[0], w[1], w[2], w[3]]) as f64),
        b'd' => crate::objects::float::new(f64::from_le_bytes(w)),
        b'L' | b'Q' => crate::objects::int::from_i128(u64::from_le_bytes(w) as i128),
        _ => int(i64::from_le_bytes(w)),
    }
}

/// The bytes that store `v` in format `fmt`, with CPython's errors.
fn pack(fmt: u8, v: Value) -> R<Vec<u8>> {
    if fmt == b'w' {
        return Err(unsupported(fmt));
    }
    let name = fmt as char;
    let bad_type = || type_error(format!("memoryview: invalid type for format '{name}'"));
    let bad_value = || value_error(format!("memoryview: invalid value for format '{name}'"));
    match fmt {
        b'c' => {
            let d = match v.kind() {
                Kind::Bytes => bytes_data(v),
                _ => return Err(bad_type()),
            };
            if d.len() != 1 {
                return Err(bad_value());
            }
            Ok(d.to_vec())
        }
        b'f' | b'd' => {
            let x = match v.kind() {
                Kind::Float => crate::objects::float::value(v),
                _ => match crate::protocol::num::as_int(v)? {
                    Some(i) => crate::objects::int::ibig_to_f64(&crate::objects::int::to_ibig(i))
                        .ok_or_else(|| {
                        crate::exc::error::overflow_error("int too large to convert to float")
                    })?,
                    None => return Err(bad_type()),
                },
            };
            Ok(if fmt == b'f' {
                (x as f32).to_le_bytes().to_vec()
            } else {
                x.to_le_bytes().to_vec()
            })
        }
        _ => {
            let Some(i) = crate::protocol::num::as_int(v)? else {
                return Err(bad_type());
            };
            let i = crate::objects::int::to_ibig(i);
            let n: i128 = (&i).try_into().map_err(|_| bad_value())?;
            let (lo, hi): (i128, i128) = match fmt {
                b'B' => (0, u8::MAX as i128),
                b'b' => (i8::MIN as i128, i8::MAX as i128),
                b'h' => (i16::MIN as i128, i16::MAX as i128),
                b'H' => (0, u16::MAX as i128),
                b'i' => (i32::MIN as i128, i32::MAX as i128),
                b'I' => (0, u32::MAX as i128),
                b'L' | b'Q' => (0, u64::MAX as i128),
                _ => (i64::MIN as i128, i64::MAX as i128),
            };
            if n < lo || n > hi {
                return Err(bad_value());
            }
            let size = itemsize_of(fmt).unwrap_or(1);
            Ok(n.to_le_bytes()[..size].to_vec())
        }
    }
}

/// Item `i` of view `v` as a value, for iterators (None past the end).
pub fn item_at(v: Value, i: usize) -> Option<Value> {
    let m = view(v);
    if m.released.get() || i >= m.len || m.fmt == b'w' {
        return None;
    }
    Some(with_item(m, i, |b| unpack(m.fmt, b)))
}

/// The bytes the view covers, in order (`tobytes()`).
pub fn contents(v: Value) -> R<Vec<u8>> {
    let m = live(v)?;
    let size = item_size(m.fmt);
    let mut out = Vec::with_capacity(m.len * size);
    for k in 0..m.len {
        with_item(m, k, |b| out.extend_from_slice(b));
    }
    Ok(out)
}

/// The bytes of a C-contiguous view, for the consumers that ask for a
/// simple buffer (hashing); CPython's BufferError for any other view.
pub fn contents_c_contiguous(v: Value) -> R<Vec<u8>> {
    if !contiguous_view(v)? {
        return Err(raise(
            &crate::exc::BUFFER_ERROR,
            "memoryview: underlying buffer is not C-contiguous",
        ));
    }
    contents(v)
}

/// The bytes of a view that was not released (None, raising nothing, for
/// a released one).
pub fn contents_if_live(v: Value) -> Option<Vec<u8>> {
    if view(v).released.get() {
        return None;
    }
    contents(v).ok()
}

/// What `iter(m)` checks: a live view of a format it can convert.
pub fn check_iterable(v: Value) -> R<()> {
    let m = live(v)?;
    if m.fmt == b'w' {
        return Err(unsupported(m.fmt));
    }
    Ok(())
}

/// `len(m)`
pub fn len(v: Value) -> R<usize> {
    Ok(live(v)?.len)
}

/// `repr(m)`
pub fn repr(v: Value) -> String {
    if view(v).released.get() {
        format!("<released memory at {:#x}>", v.0)
    } else {
        format!("<memory at {:#x}>", v.0)
    }
}

/// `m[k]`: an item, or a view for a slice.
pub fn getitem(v: Value, k: Value) -> R<Value> {
    let m = live(v)?;
    if let Some(i) = slice::as_index(k) {
        let i = i?;
        let j = if i < 0 { i + m.len as i64 } else { i };
        if j < 0 || j >= m.len as i64 {
            return Err(index_error("index out of bounds on dimension 1"));
        }
        return item_value(m, j as usize);
    }
    if k.kind() == Kind::Slice {
        let (mut start, mut stop, step) = slice::unpack(k)?;
        let n = slice::adjust(m.len, &mut start, &mut stop, step);
        let first = if n == 0 { 0 } else { start };
        return Ok(alloc(MemoryViewObj {
            start: (m.start as isize + first as isize * m.stride).max(0) as usize,
            stride: m.stride * step as isize,
            len: n,
            ..m.clone()
        }));
    }
    Err(type_error("memoryview: invalid slice key"))
}

/// Writes `bytes` as item `k` of `m` (a view of a bytearray or an array).
fn write_item(m: &MemoryViewObj, k: usize, bytes: &[u8]) {
    let at = (m.start as isize + k as isize * m.stride).max(0) as usize;
    let write = |d: &mut [u8]| {
        for (j, b) in bytes.iter().enumerate() {
            if let Some(slot) = d.get_mut(at + j) {
                *slot = *b;
            }
        }
    };
    match m.obj.kind() {
        Kind::ByteArray => write(&mut bytearray(m.obj).data.borrow_mut()),
        Kind::Array => write(&mut crate::stdlib::array::obj(m.obj).data.borrow_mut()),
        _ => {}
    }
}

/// The length in bytes of a writable view (None for a read-only one).
pub fn writable_len(v: Value) -> R<Option<usize>> {
    let m = live(v)?;
    if m.readonly || !contiguous_view(v)? {
        return Ok(None);
    }
    Ok(Some(m.len * item_size(m.fmt)))
}

/// Writes `src` at byte `at` of the view's bytes, in item order.
pub fn write_bytes(v: Value, at: usize, src: &[u8]) {
    let m = view(v);
    let size = item_size(m.fmt);
    for (k, b) in src.iter().enumerate() {
        let pos = at + k;
        let (item, byte) = (pos / size, pos % size);
        if item < m.len {
            let off = (m.start as isize + item as isize * m.stride).max(0) as usize + byte;
            let one = MemoryViewObj {
                start: off,
                stride: 1,
                len: 1,
                fmt: b'B',
                ..m.clone()
            };
            write_item(&one, 0, &[*b]);
        }
    }
}

/// `m[k] = x`
pub fn setitem(v: Value, k: Value, x: Value) -> R<()> {
    let m = live(v)?;
    if m.readonly {
        return Err(type_error("cannot modify read-only memory"));
    }
    if let Some(i) = slice::as_index(k) {
        let i = i?;
        let j = if i < 0 { i + m.len as i64 } else { i };
        if j < 0 || j >= m.len as i64 {
            return Err(index_error("index out of bounds on dimension 1"));
        }
        let b = pack(m.fmt, x)?;
        write_item(m, j as usize, &b);
        return Ok(());
    }
    if k.kind() != Kind::Slice {
        return Err(type_error("memoryview: invalid slice key"));
    }
    let (mut start, mut stop, step) = slice::unpack(k)?;
    let n = slice::adjust(m.len, &mut start, &mut stop, step);
    let src = super::buffer_arg(x)?.into_owned();
    let size = item_size(m.fmt);
    let same_format = x.kind() != Kind::MemoryView || view(x).fmt == m.fmt;
    if src.len() != n * size || !same_format {
        return Err(value_error(
            "memoryview assignment: lvalue and rvalue have different structures",
        ));
    }
    for k in 0..n {
        let item = (start + k as i64 * step) as usize;
        write_item(m, item, &src[k * size..(k + 1) * size]);
    }
    Ok(())
}

/// `del m[k]`: never allowed.
pub fn delitem(v: Value, _k: Value) -> R<()> {
    live(v)?;
    Err(type_error("cannot delete memory"))
}

/// The values of the view's items.
fn values(v: Value) -> R<crate::gc::RootedVec> {
    let m = live(v)?;
    let mut out = crate::gc::RootedVec::new();
    for k in 0..m.len {
        out.push(item_value(m, k)?);
    }
    Ok(out)
}

/// `m == other`: same shape and equal unpacked values; a bytes or
/// bytearray compares as a view of format 'B'. None when `other` exports
/// no buffer.
pub fn eq(a: Value, b: Value) -> R<Option<bool>> {
    let side = |x: Value| -> R<Option<crate::gc::RootedVec>> {
        match x.kind() {
            _ if x.is_small() => Ok(None),
            Kind::MemoryView => {
                if view(x).released.get() {
                    return Ok(None);
                }
                values(x).map(Some)
            }
            Kind::Bytes | Kind::ByteArray => {
                let d = super::data(x).unwrap_or_default();
                Ok(Some(
                    d.iter().map(|&c| Value::from_small(c as i64)).collect(),
                ))
            }
            Kind::Array => crate::stdlib::array::values(x).map(Some),
            _ => Ok(None),
        }
    };
    if a == b {
        return Ok(Some(true));
    }
    let (Some(x), Some(y)) = (side(a)?, side(b)?) else {
        return Ok(None);
    };
    if x.len() != y.len() {
        return Ok(Some(false));
    }
    for (p, q) in x.iter().zip(y.iter()) {
        if !crate::protocol::dispatch::eq(*p, *q)? {
            return Ok(Some(false));
        }
    }
    Ok(Some(true))
}

/// `hash(m)`: only read-only views of byte formats, as their bytes hash.
pub fn hash(v: Value) -> R<i64> {
    let m = live(v)?;
    if !m.readonly {
        return Err(value_error("cannot hash writable memoryview object"));
    }
    if !matches!(m.fmt, b'B' | b'b' | b'c') {
        return Err(value_error(
            "memoryview: hashing is restricted to formats 'B', 'b' or 'c'",
        ));
    }
    Ok(crate::objects::str::ops::hash_bytes(&contents(v)?))
}

/// `x in m`: by equality with each item.
pub fn contains(v: Value, x: Value) -> R<bool> {
    for &item in values(v)?.iter() {
        if crate::protocol::dispatch::container_eq(item, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

// ---- methods and attributes ---------------------------------------------------------

fn no_args(args: &Args, m: &str) -> R<()> {
    args.positional_range(&format!("memoryview.{m}"), 0, 0)
        .map(|_| ())
}

/// `tobytes(order='C')`
pub fn tobytes(v: Value, args: Args) -> R<Value> {
    let [order] = bind_clinic("tobytes", &args, ["order"], 0, 0)?;
    if let Some(o) = order.filter(|o| !object::is_none(*o)) {
        let ok = crate::objects::str::try_str(o).is_some_and(|s| matches!(s, "C" | "F" | "A"));
        if !ok {
            return Err(value_error("order must be 'C', 'F' or 'A'"));
        }
    }
    Ok(super::from_vec(contents(v)?))
}

/// `tolist()`
pub fn tolist(v: Value, args: Args) -> R<Value> {
    no_args(&args, "tolist")?;
    Ok(crate::objects::list::from_vec(values(v)?.into_vec()))
}

/// `hex(sep=..., bytes_per_sep=1)`
pub fn hex(v: Value, args: Args) -> R<Value> {
    let (sep, per) = super::format::hex_args(&args)?;
    let d = contents(v)?;
    Ok(crate::objects::str::from_string(super::format::hex_text(
        &d, sep, per,
    )))
}

/// `release()`
pub fn release(v: Value, args: Args) -> R<Value> {
    no_args(&args, "release")?;
    view(v).released.set(true);
    Ok(object::none())
}

/// `__enter__()`
pub fn enter(v: Value, args: Args) -> R<Value> {
    no_args(&args, "__enter__")?;
    live(v)?;
    Ok(v)
}

/// `__exit__(*args)`: releases the view.
pub fn exit(v: Value, _args: Args) -> R<Value> {
    view(v).released.set(true);
    Ok(object::none())
}

/// `toreadonly()`
pub fn toreadonly(v: Value, args: Args) -> R<Value> {
    no_args(&args, "toreadonly")?;
    let m = live(v)?;
    Ok(alloc(MemoryViewObj {
        readonly: true,
        ..m.clone()
    }))
}

/// `cast(format, shape=None)`: a C-contiguous view reinterpreted with
/// another item format (one of the two a byte format).
pub fn cast(v: Value, args: Args) -> R<Value> {
    let [format, shape] = bind_clinic("cast", &args, ["format", "shape"], 0, 1)?;
    let m = live(v)?;
    let format = format.unwrap_or_else(object::none);
    let Some(f) = crate::objects::str::try_str(format) else {
        return Err(type_error(format!(
            "cast() argument 'format' must be str, not {}",
            super::clinic_type_name(format)
        )));
    };
    let f = f.strip_prefix('@').unwrap_or(f);
    let fmt = match f.as_bytes() {
        [c] if itemsize_of(*c).is_some() => *c,
        _ => {
            return Err(value_error(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'",
            ))
        }
    };
    let old = item_size(m.fmt);
    if m.stride != old as isize && m.len != 1 {
        return Err(type_error(
            "memoryview: casts are restricted to C-contiguous views",
        ));
    }
    let byte = |c: u8| matches!(c, b'B' | b'b' | b'c');
    if !byte(m.fmt) && !byte(fmt) {
        return Err(type_error(
            "memoryview: cannot cast between two non-byte formats",
        ));
    }
    let nbytes = m.len * old;
    let size = itemsize_of(fmt).unwrap_or(1);
    if !nbytes.is_multiple_of(size) {
        return Err(type_error(
            "memoryview: length is not a multiple of itemsize",
        ));
    }
    let len = nbytes / size;
    if let Some(s) = shape.filter(|s| !object::is_none(*s)) {
        let dims: Vec<Value> = match s.kind() {
            Kind::List | Kind::Tuple => crate::protocol::dispatch::collect(s)?.into_vec(),
            _ => return Err(type_error("shape must be a list or a tuple")),
        };
        let one_dim = matches!(dims.as_slice(), [d] if slice::as_index(*d).is_some_and(|n| n.ok() == Some(len as i64)));
        if !one_dim {
            return Err(raise(
                &crate::exc::NOT_IMPLEMENTED_ERROR,
                "not supported yet: memoryview.cast() to a multi-dimensional shape",
            ));
        }
    }
    Ok(alloc(MemoryViewObj {
        stride: size as isize,
        len,
        fmt,
        ..m.clone()
    }))
}

/// `obj`
pub fn obj(v: Value) -> R<Value> {
    Ok(live(v)?.obj)
}

/// `readonly`
pub fn readonly(v: Value) -> R<Value> {
    Ok(object::boolean(live(v)?.readonly))
}

/// `format`
pub fn format(v: Value) -> R<Value> {
    let m = live(v)?;
    Ok(crate::objects::str::from_string(
        (m.fmt as char).to_string(),
    ))
}

/// `itemsize`
pub fn itemsize(v: Value) -> R<Value> {
    let m = live(v)?;
    Ok(Value::from_small(item_size(m.fmt) as i64))
}

/// `nbytes`
pub fn nbytes(v: Value) -> R<Value> {
    let m = live(v)?;
    Ok(Value::from_small((m.len * item_size(m.fmt)) as i64))
}

/// `ndim`
pub fn ndim(v: Value) -> R<Value> {
    live(v)?;
    Ok(Value::from_small(1))
}

/// `shape`
pub fn shape(v: Value) -> R<Value> {
    let m = live(v)?;
    Ok(crate::objects::tuple::from_slice(&[Value::from_small(
        m.len as i64,
    )]))
}

/// `strides`
pub fn strides(v: Value) -> R<Value> {
    let m = live(v)?;
    Ok(crate::objects::tuple::from_slice(&[Value::from_small(
        m.stride as i64,
    )]))
}

/// `suboffsets`: always empty.
pub fn suboffsets(v: Value) -> R<Value> {
    live(v)?;
    Ok(crate::objects::tuple::from_slice(&[]))
}

/// True for a view whose items are adjacent (one item counts as adjacent).
pub fn contiguous_view(v: Value) -> R<bool> {
    let m = live(v)?;
    Ok(m.len == 1 || m.stride == item_size(m.fmt) as isize)
}

/// `contiguous`, `c_contiguous` and `f_contiguous` (one dimension: all alike).
pub fn contiguous(v: Value) -> R<Value> {
    Ok(object::boolean(contiguous_view(v)?))
}
