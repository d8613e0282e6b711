//! `memoryview` over bytes, bytearrays and arrays: views with a start,
//! a shape and strides (any number of dimensions up to 64, 0 included)
//! and an item format (`native_format`); indexing by int, by a tuple of
//! ints and by a slice of the first dimension (slices are views), writing
//! through views of bytearrays and arrays, `cast` to and from
//! multi-dimensional shapes, `tobytes` in C or Fortran order, nested
//! `tolist`, `hex`, `release` and the context manager, equality by shape
//! and unpacked values, CPython's messages (its NotImplementedErrors for
//! sub-views and multi-dimensional slicing included).
//!
//! Deviation: CPython forbids resizing a bytearray while a view exports it
//! (BufferError) and counts exports by reference counting; alc has no
//! reference counts to end an export, so it does not forbid resizing, and
//! a view reads only the bytes its target still has.

use super::native_format::{self as nf, item_size, itemsize_of, unsupported};
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

/// CPython's `PyBUF_MAX_NDIM`.
const MAX_NDIM: usize = 64;

/// A view of part of a bytes, bytearray or array object.
#[repr(C)]
pub struct MemoryViewObj {
    pub header: Header,
    /// The object viewed (`obj`).
    pub obj: Value,
    /// Byte offset of the first item (all indexes 0).
    pub start: usize,
    /// Items along each dimension (empty for a 0-dimensional view).
    pub shape: Box<[usize]>,
    /// Bytes from one item to the next along each dimension (negative
    /// for reversed slices).
    pub strides: Box<[isize]>,
    /// The item format character.
    pub fmt: u8,
    /// True if the format was given as `@` and the character (`format`
    /// shows it so).
    pub at_prefix: bool,
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

impl Clone for MemoryViewObj {
    fn clone(&self) -> Self {
        MemoryViewObj {
            header: Header::new(&MEMORYVIEW_TYPE),
            obj: self.obj,
            start: self.start,
            shape: self.shape.clone(),
            strides: self.strides.clone(),
            fmt: self.fmt,
            at_prefix: self.at_prefix,
            readonly: self.readonly,
            released: Cell::new(self.released.get()),
        }
    }
}

impl MemoryViewObj {
    fn ndim(&self) -> usize {
        self.shape.len()
    }

    /// Number of items (1 for a 0-dimensional view).
    fn nitems(&self) -> usize {
        self.shape.iter().product()
    }

    fn itemsize(&self) -> usize {
        item_size(self.fmt)
    }

    /// A one-dimensional view of this one's target.
    fn one_dim(&self, start: usize, len: usize, stride: isize) -> MemoryViewObj {
        MemoryViewObj {
            start,
            shape: Box::new([len]),
            strides: Box::new([stride]),
            ..self.clone()
        }
    }

    /// CPython's C-contiguity: items in row-major order, adjacent
    /// (dimensions of one item and empty views do not count).
    fn c_contiguous(&self) -> bool {
        match self.ndim() {
            0 => true,
            1 => self.shape[0] == 1 || self.strides[0] == self.itemsize() as isize,
            _ => self.contiguous_in(self.shape.iter().zip(self.strides.iter()).rev()),
        }
    }

    /// Fortran (column-major) contiguity.
    fn f_contiguous(&self) -> bool {
        match self.ndim() {
            0 | 1 => self.c_contiguous(),
            _ => self.contiguous_in(self.shape.iter().zip(self.strides.iter())),
        }
    }

    fn contiguous_in<'a>(&self, dims: impl Iterator<Item = (&'a usize, &'a isize)>) -> bool {
        if self.nitems() == 0 {
            return true;
        }
        let mut expect = self.itemsize() as isize;
        for (&n, &s) in dims {
            if n > 1 && s != expect {
                return false;
            }
            expect *= n as isize;
        }
        true
    }

    /// The byte offsets of the items, in C order (last index fastest) or
    /// Fortran order (first index fastest).
    fn offsets(&self, fortran: bool) -> Vec<isize> {
        let n = self.nitems();
        let mut out = Vec::with_capacity(n);
        let nd = self.ndim();
        let mut idx = vec![0usize; nd];
        for _ in 0..n {
            let off = self.start as isize
                + idx
                    .iter()
                    .zip(self.strides.iter())
                    .map(|(&i, &s)| i as isize * s)
                    .sum::<isize>();
            out.push(off);
            for k in 0..nd {
                let d = if fortran { k } else { nd - 1 - k };
                idx[d] += 1;
                if idx[d] < self.shape[d] {
                    break;
                }
                idx[d] = 0;
            }
        }
        out
    }
}

/// The item size of view `v`.
pub fn view_item_size(v: Value) -> usize {
    view(v).itemsize()
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
    let whole = |fmt: u8, len: usize, readonly: bool| MemoryViewObj {
        header: Header::new(&MEMORYVIEW_TYPE),
        obj: p,
        start: 0,
        shape: Box::new([len]),
        strides: Box::new([item_size(fmt) as isize]),
        fmt,
        at_prefix: false,
        readonly,
        released: Cell::new(false),
    };
    match p.kind() {
        Kind::Bytes | Kind::ByteArray if !p.is_small() => Ok(alloc(whole(
            b'B',
            super::ops::len(p),
            p.kind() == Kind::Bytes,
        ))),
        Kind::MemoryView => {
            let m = live(p)?;
            Ok(alloc(MemoryViewObj {
                released: Cell::new(false),
                ..m.clone()
            }))
        }
        Kind::Array if !p.is_small() => {
            let code = crate::stdlib::array::obj(p).code;
            // An `array('u')` exports `wchar_t` items as format 'w'.
            let fmt = if code == b'u' { b'w' } else { code };
            Ok(alloc(whole(fmt, crate::stdlib::array::len(p), false)))
        }
        _ => Err(type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            type_name(o)
        ))),
    }
}

// ---- reading and writing items ------------------------------------------------------

/// Reads the raw bytes of the item at byte offset `at` of `m`'s target
/// with `f` (bytes the target no longer has read as nothing).
fn with_bytes_at<T>(m: &MemoryViewObj, at: isize, f: impl FnOnce(&[u8]) -> T) -> T {
    let size = m.itemsize();
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

/// Writes `bytes` at byte offset `at` of `m`'s target (a bytearray or an
/// array; bytes past its end are dropped).
fn write_at(m: &MemoryViewObj, at: isize, bytes: &[u8]) {
    let at = at.max(0) as usize;
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

/// The value of the item at byte offset `at`, or the error of an
/// unsupported format.
fn value_at(m: &MemoryViewObj, at: isize) -> R<Value> {
    if m.fmt == b'w' {
        return Err(unsupported(m.fmt));
    }
    Ok(with_bytes_at(m, at, |b| nf::unpack(m.fmt, b)))
}

/// Item `i` of a one-dimensional view `v` as a value, for iterators (None
/// past the end).
pub fn item_at(v: Value, i: usize) -> Option<Value> {
    let m = view(v);
    if m.released.get() || m.ndim() != 1 || i >= m.shape[0] || m.fmt == b'w' {
        return None;
    }
    let at = m.start as isize + i as isize * m.strides[0];
    Some(with_bytes_at(m, at, |b| nf::unpack(m.fmt, b)))
}

/// The bytes of the items in C or Fortran order.
fn bytes_in_order(m: &MemoryViewObj, fortran: bool) -> Vec<u8> {
    if m.c_contiguous() && (!fortran || m.f_contiguous()) {
        // The items are adjacent from the first one on: one copy.
        let n = m.nitems() * m.itemsize();
        let copy = |d: &[u8]| {
            let lo = m.start.min(d.len());
            d[lo..(lo + n).min(d.len())].to_vec()
        };
        return match m.obj.kind() {
            Kind::ByteArray => copy(&bytearray(m.obj).data.borrow()),
            Kind::Array => copy(&crate::stdlib::array::obj(m.obj).data.borrow()),
            _ => copy(bytes_data(m.obj)),
        };
    }
    let mut out = Vec::with_capacity(m.nitems() * m.itemsize());
    for at in m.offsets(fortran) {
        with_bytes_at(m, at, |b| out.extend_from_slice(b));
    }
    out
}

/// The bytes the view covers, in C order (`tobytes()`).
pub fn contents(v: Value) -> R<Vec<u8>> {
    Ok(bytes_in_order(live(v)?, false))
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

/// The length in bytes of a writable C-contiguous view (None for any
/// other).
pub fn writable_len(v: Value) -> R<Option<usize>> {
    let m = live(v)?;
    if m.readonly || !m.c_contiguous() {
        return Ok(None);
    }
    Ok(Some(m.nitems() * m.itemsize()))
}

/// Writes `src` at byte `at` of the view's bytes, in C order.
pub fn write_bytes(v: Value, at: usize, src: &[u8]) {
    let m = view(v);
    let size = m.itemsize();
    let offsets = m.offsets(false);
    for (k, b) in src.iter().enumerate() {
        let pos = at + k;
        if let Some(&off) = offsets.get(pos / size) {
            write_at(m, off + (pos % size) as isize, &[*b]);
        }
    }
}

// ---- the sequence protocol ----------------------------------------------------------

/// What `iter(m)` checks: a live one-dimensional view of a format it can
/// convert.
pub fn check_iterable(v: Value) -> R<()> {
    let m = live(v)?;
    if m.fmt == b'w' {
        return Err(unsupported(m.fmt));
    }
    match m.ndim() {
        0 => Err(type_error("invalid indexing of 0-dim memory")),
        1 => Ok(()),
        _ => Err(sub_views(true)),
    }
}

/// CPython's NotImplementedError for indexing that would make a view of
/// fewer dimensions.
fn sub_views(multi: bool) -> Pending {
    raise(
        &crate::exc::NOT_IMPLEMENTED_ERROR,
        if multi {
            "multi-dimensional sub-views are not implemented"
        } else {
            "sub-views are not implemented"
        },
    )
}

/// `len(m)`: the first dimension (1 for a 0-dimensional view).
pub fn len(v: Value) -> R<usize> {
    Ok(live(v)?.shape.first().copied().unwrap_or(1))
}

/// `repr(m)`
pub fn repr(v: Value) -> String {
    if view(v).released.get() {
        format!("<released memory at {:#x}>", v.0)
    } else {
        format!("<memory at {:#x}>", v.0)
    }
}

/// The byte offset of the item at index `i` (negative counts from the
/// end) along dimension `d`, from `base`.
fn step_index(m: &MemoryViewObj, base: isize, d: usize, i: i64) -> R<isize> {
    let n = m.shape[d] as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error(format!(
            "index out of bounds on dimension {}",
            d + 1
        )));
    }
    Ok(base + j as isize * m.strides[d])
}

/// The items of `key` if it is a tuple of indexes only (CPython's
/// `is_multiindex`; the empty tuple is one).
fn multi_index(key: Value) -> Option<Vec<Value>> {
    if key.is_small() || key.kind() != Kind::Tuple {
        return None;
    }
    let items = crate::objects::tuple::items(key).to_vec();
    let is_index = |x: &Value| {
        x.is_small()
            || matches!(
                crate::class::instance::unwrap(*x).kind(),
                Kind::Int | Kind::Bool
            )
            || crate::class::of_value(*x)
                .is_some_and(|c| !c.slot(crate::class::Slot::Index).is_null())
    };
    items.iter().all(is_index).then_some(items)
}

/// True if `key` is a tuple of slices only.
fn is_multi_slice(key: Value) -> bool {
    !key.is_small()
        && key.kind() == Kind::Tuple
        && crate::objects::tuple::items(key)
            .iter()
            .all(|x| !x.is_small() && x.kind() == Kind::Slice)
}

/// The byte offset of the item a full tuple of indexes names.
fn offset_of_tuple(m: &MemoryViewObj, items: &[Value]) -> R<isize> {
    if items.len() > m.ndim() {
        return Err(type_error(format!(
            "cannot index {}-dimension view with {}-element tuple",
            m.ndim(),
            items.len()
        )));
    }
    let mut at = m.start as isize;
    for (d, &x) in items.iter().enumerate() {
        let i = crate::protocol::num::index(x)?;
        at = step_index(m, at, d, i)?;
    }
    Ok(at)
}

fn is_ellipsis(k: Value) -> bool {
    k == Value::from_ref(&object::ELLIPSIS)
}

fn is_empty_tuple(k: Value) -> bool {
    !k.is_small() && k.kind() == Kind::Tuple && crate::objects::tuple::items(k).is_empty()
}

fn invalid_key() -> Pending {
    type_error("memoryview: invalid slice key")
}

/// `m[k]`: an item, or a view for a slice of the first dimension.
pub fn getitem(v: Value, k: Value) -> R<Value> {
    let m = live(v)?;
    if m.ndim() == 0 {
        if is_empty_tuple(k) {
            return value_at(m, m.start as isize);
        }
        if is_ellipsis(k) {
            return Ok(v);
        }
        return Err(type_error("invalid indexing of 0-dim memory"));
    }
    if let Some(i) = slice::as_index(k) {
        let i = i?;
        if m.ndim() > 1 {
            return Err(sub_views(true));
        }
        let at = step_index(m, m.start as isize, 0, i)?;
        return value_at(m, at);
    }
    if k.kind() == Kind::Slice {
        let (mut start, mut stop, step) = slice::unpack(k)?;
        let n = slice::adjust(m.shape[0], &mut start, &mut stop, step);
        let first = if n == 0 { 0 } else { start };
        let mut shape = m.shape.clone();
        let mut strides = m.strides.clone();
        shape[0] = n;
        strides[0] = m.strides[0] * step as isize;
        return Ok(alloc(MemoryViewObj {
            start: (m.start as isize + first as isize * m.strides[0]).max(0) as usize,
            shape,
            strides,
            ..m.clone()
        }));
    }
    if let Some(items) = multi_index(k) {
        if items.len() < m.ndim() {
            return Err(sub_views(false));
        }
        let at = offset_of_tuple(m, &items)?;
        return value_at(m, at);
    }
    if is_multi_slice(k) {
        return Err(raise(
            &crate::exc::NOT_IMPLEMENTED_ERROR,
            "multi-dimensional slicing is not implemented",
        ));
    }
    Err(invalid_key())
}

/// `m[k] = x`
pub fn setitem(v: Value, k: Value, x: Value) -> R<()> {
    let m = live(v)?;
    if m.fmt == b'w' {
        return Err(unsupported(m.fmt));
    }
    if m.readonly {
        return Err(type_error("cannot modify read-only memory"));
    }
    if m.ndim() == 0 {
        if is_ellipsis(k) || is_empty_tuple(k) {
            write_at(m, m.start as isize, &nf::pack(m.fmt, x)?);
            return Ok(());
        }
        return Err(type_error("invalid indexing of 0-dim memory"));
    }
    if let Some(i) = slice::as_index(k) {
        if m.ndim() > 1 {
            return Err(sub_views(false));
        }
        let at = step_index(m, m.start as isize, 0, i?)?;
        write_at(m, at, &nf::pack(m.fmt, x)?);
        return Ok(());
    }
    if k.kind() == Kind::Slice && m.ndim() == 1 {
        return set_slice(m, k, x);
    }
    if let Some(items) = multi_index(k) {
        if items.len() < m.ndim() {
            return Err(sub_views(false));
        }
        let at = offset_of_tuple(m, &items)?;
        write_at(m, at, &nf::pack(m.fmt, x)?);
        return Ok(());
    }
    if k.kind() == Kind::Slice || is_multi_slice(k) {
        return Err(raise(
            &crate::exc::NOT_IMPLEMENTED_ERROR,
            "memoryview slice assignments are currently restricted to ndim = 1",
        ));
    }
    Err(invalid_key())
}

/// `m[i:j:k] = x` on a one-dimensional view: `x` must have the same
/// structure (length and format).
fn set_slice(m: &MemoryViewObj, k: Value, x: Value) -> R<()> {
    let (mut start, mut stop, step) = slice::unpack(k)?;
    let n = slice::adjust(m.shape[0], &mut start, &mut stop, step);
    // The source may be any view (CPython asks for a full buffer here).
    let src = match x.kind() {
        Kind::MemoryView => contents(x)?,
        _ => super::buffer_arg(x)?.into_owned(),
    };
    let size = m.itemsize();
    let same_format = x.kind() != Kind::MemoryView || {
        let o = view(x);
        o.fmt == m.fmt && o.ndim() == 1
    };
    if src.len() != n * size || !same_format {
        return Err(value_error(
            "memoryview assignment: lvalue and rvalue have different structures",
        ));
    }
    for j in 0..n {
        let item = start + j as i64 * step;
        let at = m.start as isize + item as isize * m.strides[0];
        write_at(m, at, &src[j * size..(j + 1) * size]);
    }
    Ok(())
}

/// `del m[k]`: never allowed.
pub fn delitem(v: Value, _k: Value) -> R<()> {
    let m = live(v)?;
    if m.fmt == b'w' {
        return Err(unsupported(m.fmt));
    }
    if m.readonly {
        return Err(type_error("cannot modify read-only memory"));
    }
    Err(type_error("cannot delete memory"))
}

/// The values of the view's items in C order.
fn values(m: &MemoryViewObj) -> R<crate::gc::RootedVec> {
    let mut out = crate::gc::RootedVec::new();
    for at in m.offsets(false) {
        out.push(value_at(m, at)?);
    }
    Ok(out)
}

/// `m == other`: the same shape and equal unpacked values; a bytes or
/// bytearray compares as a one-dimensional view of format 'B', an array
/// as one of its items. None when `other` exports no buffer.
pub fn eq(a: Value, b: Value) -> R<Option<bool>> {
    let released = |x: Value| x.kind() == Kind::MemoryView && view(x).released.get();
    if released(a) || released(b) {
        // A released view equals only itself.
        return Ok(Some(a == b));
    }
    let side = |x: Value| -> R<Option<(Vec<usize>, crate::gc::RootedVec)>> {
        match x.kind() {
            _ if x.is_small() => Ok(None),
            Kind::MemoryView => {
                let m = view(x);
                Ok(Some((m.shape.to_vec(), values(m)?)))
            }
            Kind::Bytes | Kind::ByteArray => {
                let d = super::data(x).unwrap_or_default();
                let vals = d.iter().map(|&c| Value::from_small(c as i64)).collect();
                Ok(Some((vec![d.len()], vals)))
            }
            Kind::Array => {
                let vals = crate::stdlib::array::values(x)?;
                Ok(Some((vec![vals.len()], vals)))
            }
            _ => Ok(None),
        }
    };
    let Some((sa, x)) = side(a)? else {
        return Ok(None);
    };
    let Some((sb, y)) = side(b)? else {
        return Ok(None);
    };
    if sa != sb {
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
    if !nf::is_byte_format(m.fmt) {
        return Err(value_error(
            "memoryview: hashing is restricted to formats 'B', 'b' or 'c'",
        ));
    }
    // The object viewed must be hashable too (a read-only view of a
    // bytearray is not).
    crate::protocol::dispatch::hash(m.obj)?;
    Ok(crate::objects::str::ops::hash_bytes(&contents(v)?))
}

/// `x in m`: by equality with each item, iterating as `in` does.
pub fn contains(v: Value, x: Value) -> R<bool> {
    if live(v)?.ndim() == 0 {
        return Err(type_error("argument of type 'memoryview' is not iterable"));
    }
    check_iterable(v)?;
    for &item in values(view(v))?.iter() {
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

/// `tobytes(order='C')`: the items in C order, Fortran order ('F'), or
/// either as the view's memory is laid out ('A').
pub fn tobytes(v: Value, args: Args) -> R<Value> {
    let [order] = bind_clinic("tobytes", &args, ["order"], 0, 0)?;
    let mut fortran = false;
    let m = live(v)?;
    if let Some(o) = order.filter(|o| !object::is_none(*o)) {
        let Some(s) = crate::objects::str::try_str(o) else {
            return Err(type_error(format!(
                "tobytes() argument 'order' must be str or None, not {}",
                super::clinic_type_name(o)
            )));
        };
        fortran = match s {
            "C" => false,
            "F" => true,
            "A" => !m.c_contiguous() && m.f_contiguous(),
            _ => return Err(value_error("order must be 'C', 'F' or 'A'")),
        };
    }
    Ok(super::from_vec(bytes_in_order(m, fortran)))
}

/// The nested lists of `tolist()` for dimensions `d..` from byte offset
/// `at`.
fn nested(m: &MemoryViewObj, d: usize, at: isize) -> R<Value> {
    if d == m.ndim() {
        return value_at(m, at);
    }
    let mut items = crate::gc::RootedVec::new();
    for i in 0..m.shape[d] {
        items.push(nested(m, d + 1, at + i as isize * m.strides[d])?);
    }
    Ok(crate::objects::list::from_vec(items.into_vec()))
}

/// `tolist()`: the items as (nested) lists; the item of a 0-dimensional
/// view.
pub fn tolist(v: Value, args: Args) -> R<Value> {
    no_args(&args, "tolist")?;
    let m = live(v)?;
    nested(m, 0, m.start as isize)
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

/// `cast(format, shape=<absent>)`: a C-contiguous view reinterpreted with
/// another item format (one of the two a byte format) as one dimension,
/// or as `shape` (from a one-dimensional view, or to one dimension).
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
    if !m.c_contiguous() {
        return Err(type_error(
            "memoryview: casts are restricted to C-contiguous views",
        ));
    }
    let has_zero = m.shape.contains(&0) || m.strides.contains(&0);
    if (shape.is_some() || m.ndim() != 1) && has_zero {
        return Err(type_error(
            "memoryview: cannot cast view with zeros in shape or strides",
        ));
    }
    let dims = match shape {
        None => None,
        Some(s) => {
            let dims = match s.kind() {
                _ if s.is_small() => return Err(type_error("shape must be a list or a tuple")),
                Kind::List | Kind::Tuple => crate::protocol::dispatch::collect(s)?.into_vec(),
                _ => return Err(type_error("shape must be a list or a tuple")),
            };
            if dims.len() > MAX_NDIM {
                return Err(value_error(format!(
                    "memoryview: number of dimensions must not exceed {MAX_NDIM}"
                )));
            }
            if m.ndim() != 1 && dims.len() != 1 {
                return Err(type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
            }
            Some(dims)
        }
    };
    if let Some(start) = f.chars().position(|c| !c.is_ascii()) {
        let run = f.chars().skip(start).take_while(|c| !c.is_ascii()).count();
        return Err(crate::io::handlers::encode_exception(
            "ascii",
            f,
            start,
            start + run,
            "ordinal not in range(128)",
        ));
    }
    let fs = f.strip_prefix('@').unwrap_or(f);
    let fmt = match fs.as_bytes() {
        [c] if itemsize_of(*c).is_some() => *c,
        _ => {
            return Err(value_error(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'",
            ))
        }
    };
    let src_byte = itemsize_of(m.fmt).is_some() && nf::is_byte_format(m.fmt);
    if !src_byte && !nf::is_byte_format(fmt) {
        return Err(type_error(
            "memoryview: cannot cast between two non-byte formats",
        ));
    }
    let nbytes = m.nitems() * m.itemsize();
    let size = item_size(fmt);
    if !nbytes.is_multiple_of(size) {
        return Err(type_error(
            "memoryview: length is not a multiple of itemsize",
        ));
    }
    let flat = MemoryViewObj {
        fmt,
        at_prefix: f.starts_with('@'),
        ..m.one_dim(m.start, nbytes / size, size as isize)
    };
    let Some(dims) = dims else {
        return Ok(alloc(flat));
    };
    let mut shape = Vec::with_capacity(dims.len());
    let mut len = size;
    for d in dims {
        if !object::isinstance(d, &object::INT_TYPE) {
            return Err(type_error(
                "memoryview.cast(): elements of shape must be integers",
            ));
        }
        let n =
            crate::objects::int::as_i64(crate::class::instance::unwrap(d)).ok_or_else(|| {
                crate::exc::error::overflow_error("Python int too large to convert to C ssize_t")
            })?;
        if n <= 0 {
            return Err(value_error(
                "memoryview.cast(): elements of shape must be integers > 0",
            ));
        }
        len = len
            .checked_mul(n as usize)
            .filter(|l| *l <= isize::MAX as usize)
            .ok_or_else(|| value_error("memoryview.cast(): product(shape) > SSIZE_MAX"))?;
        shape.push(n as usize);
    }
    if len != nbytes {
        return Err(type_error(
            "memoryview: product(shape) * itemsize != buffer size",
        ));
    }
    // Row-major strides: the last dimension's items are adjacent.
    let mut strides = vec![0isize; shape.len()];
    let mut step = size as isize;
    for d in (0..shape.len()).rev() {
        strides[d] = step;
        step *= shape[d] as isize;
    }
    Ok(alloc(MemoryViewObj {
        shape: shape.into_boxed_slice(),
        strides: strides.into_boxed_slice(),
        ..flat
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
    let at = if m.at_prefix { "@" } else { "" };
    Ok(crate::objects::str::from_string(format!(
        "{at}{}",
        m.fmt as char
    )))
}

/// `itemsize`
pub fn itemsize(v: Value) -> R<Value> {
    Ok(Value::from_small(live(v)?.itemsize() as i64))
}

/// `nbytes`
pub fn nbytes(v: Value) -> R<Value> {
    let m = live(v)?;
    Ok(Value::from_small((m.nitems() * m.itemsize()) as i64))
}

/// `ndim`
pub fn ndim(v: Value) -> R<Value> {
    Ok(Value::from_small(live(v)?.ndim() as i64))
}

/// `shape`
pub fn shape(v: Value) -> R<Value> {
    let m = live(v)?;
    let items: Vec<Value> = m
        .shape
        .iter()
        .map(|&n| Value::from_small(n as i64))
        .collect();
    Ok(crate::objects::tuple::from_slice(&items))
}

/// `strides`
pub fn strides(v: Value) -> R<Value> {
    let m = live(v)?;
    let items: Vec<Value> = m
        .strides
        .iter()
        .map(|&n| Value::from_small(n as i64))
        .collect();
    Ok(crate::objects::tuple::from_slice(&items))
}

/// `suboffsets`: always empty.
pub fn suboffsets(v: Value) -> R<Value> {
    live(v)?;
    Ok(crate::objects::tuple::from_slice(&[]))
}

/// True for a C-contiguous view.
pub fn contiguous_view(v: Value) -> R<bool> {
    Ok(live(v)?.c_contiguous())
}

/// `c_contiguous`
pub fn c_contiguous(v: Value) -> R<Value> {
    Ok(object::boolean(live(v)?.c_contiguous()))
}

/// `f_contiguous`
pub fn f_contiguous(v: Value) -> R<Value> {
    Ok(object::boolean(live(v)?.f_contiguous()))
}

/// `contiguous`: C- or Fortran-contiguous.
pub fn contiguous(v: Value) -> R<Value> {
    let m = live(v)?;
    Ok(object::boolean(m.c_contiguous() || m.f_contiguous()))
}
