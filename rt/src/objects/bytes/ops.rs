//! bytes and bytearray operators: repr, hash, comparison, indexing and
//! slicing, item and slice assignment and deletion of bytearrays, `in`,
//! `+`, `*` and their in-place forms, with CPython's messages.

use super::{bytearray, bytes_data, data, like, mutate, BytesObj};
use crate::exc::error::{index_error, overflow_error, raise, type_error, value_error, R};
use crate::object::{type_name, Kind};
use crate::objects::slice;
use crate::value::Value;
use alrt_abi::ops::CmpOp;

/// The Python repr of byte string `b` (`b'...'`), CPython's quote choice
/// and escapes.
pub fn repr_bytes(b: &[u8]) -> String {
    let mut out = String::with_capacity(b.len() + 3);
    push_repr(&mut out, b);
    out
}

/// Appends `b'...'` for `b` to `out`.
pub fn push_repr(out: &mut String, b: &[u8]) {
    push_repr_as(out, b, false);
}

/// Appends `b'...'` for `b`; a bytearray's repr escapes every `'`, even
/// inside double quotes, as CPython's does.
fn push_repr_as(out: &mut String, b: &[u8], bytearray: bool) {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c == quote || (bytearray && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\x");
                out.push(HEX[(c >> 4) as usize] as char);
                out.push(HEX[(c & 15) as usize] as char);
            }
        }
    }
    out.push(quote as char);
}

/// `repr(v)` of a bytes or bytearray value.
pub fn repr(v: Value) -> String {
    match v.kind() {
        Kind::ByteArray => {
            let d = bytearray(v).data.borrow().clone();
            // A subclass's repr names it, as CPython's does.
            let mut out = format!("{}(", type_name(v));
            push_repr_as(&mut out, &d, true);
            out.push(')');
            out
        }
        _ => repr_bytes(bytes_data(v)),
    }
}

/// `hash(b)`: SipHash-1-3 over the bytes, as str hashes its Latin-1 form
/// (so `hash(b'abc') == hash('abc')`, as in CPython), cached.
pub fn hash(v: Value) -> i64 {
    let o = v.as_ref::<BytesObj>();
    let h = o.hash.get();
    if h != -1 {
        return h;
    }
    let h = crate::objects::str::ops::hash_bytes(&o.data);
    o.hash.set(h);
    h
}

/// Rich comparison of two bytes-like values; None when either is not one
/// (comparison is then by identity or a TypeError, `dispatch` decides).
pub fn compare(a: Value, b: Value, op: CmpOp) -> Option<bool> {
    let both = matches!(a.kind(), Kind::Bytes | Kind::ByteArray)
        && matches!(b.kind(), Kind::Bytes | Kind::ByteArray | Kind::MemoryView);
    // bytes only compares with bytes and bytearrays (a bytes object and a
    // memoryview are only ever (un)equal, through the view's comparison);
    // a bytearray compares with any simple buffer's bytes, so with a view
    // only when its items are adjacent.
    if !both || (b.kind() == Kind::MemoryView && a.kind() == Kind::Bytes) {
        return None;
    }
    let (x, y) = (data(a)?, super::simple_data(b)?);
    let ord = x.as_ref().cmp(y.as_ref());
    Some(match op {
        CmpOp::Eq => ord.is_eq(),
        CmpOp::Ne => ord.is_ne(),
        CmpOp::Lt => ord.is_lt(),
        CmpOp::Le => ord.is_le(),
        CmpOp::Gt => ord.is_gt(),
        CmpOp::Ge => ord.is_ge(),
    })
}

/// `len(v)` of a bytes or bytearray value.
pub fn len(v: Value) -> usize {
    match v.kind() {
        Kind::ByteArray => bytearray(v).data.borrow().len(),
        _ => bytes_data(v).len(),
    }
}

/// Item `i` of a bytes or bytearray value as an int, for iterators.
pub fn item_at(v: Value, i: usize) -> Option<Value> {
    let b = match v.kind() {
        Kind::ByteArray => bytearray(v).data.borrow().get(i).copied(),
        Kind::MemoryView => return super::memoryview::item_at(v, i),
        _ => bytes_data(v).get(i).copied(),
    };
    b.map(|b| Value::from_small(b as i64))
}

/// `i` as a position in a sequence of `n`: negatives count from the end.
fn norm(i: i64, n: usize) -> Option<usize> {
    let j = if i < 0 { i + n as i64 } else { i };
    (j >= 0 && (j as usize) < n).then_some(j as usize)
}

fn what(v: Value) -> &'static str {
    if v.kind() == Kind::ByteArray {
        "bytearray"
    } else {
        "byte"
    }
}

fn bad_index(o: Value, k: Value) -> crate::exc::error::Pending {
    type_error(format!(
        "{} indices must be integers or slices, not {}",
        what(o),
        type_name(k)
    ))
}

fn out_of_range(o: Value) -> crate::exc::error::Pending {
    index_error(if o.kind() == Kind::ByteArray {
        "bytearray index out of range"
    } else {
        "index out of range"
    })
}

/// The bytes a slice with these clipped bounds selects from `d`.
pub fn slice_of(d: &[u8], start: i64, step: i64, n: usize) -> Vec<u8> {
    if step == 1 {
        let s = start as usize;
        return d[s..s + n].to_vec();
    }
    (0..n)
        .map(|k| d[(start + k as i64 * step) as usize])
        .collect()
}

/// Runs `f` on the bytes of a bytes or bytearray value without copying
/// them (no Al code runs inside `f`).
fn with_data<T>(o: Value, f: impl FnOnce(&[u8]) -> T) -> T {
    match o.kind() {
        Kind::ByteArray => f(&bytearray(o).data.borrow()),
        _ => f(bytes_data(o)),
    }
}

/// `o[k]` of a bytes or bytearray value. The key is converted first (a
/// user `__index__` may run), then the bytes are read in place.
pub fn getitem(o: Value, k: Value) -> R<Value> {
    if let Some(i) = slice::as_index(k) {
        let i = i?;
        let b = with_data(o, |d| norm(i, d.len()).map(|j| d[j]));
        return match b {
            Some(b) => Ok(Value::from_small(b as i64)),
            None => Err(out_of_range(o)),
        };
    }
    if k.kind() == Kind::Slice {
        let (mut start, mut stop, step) = slice::unpack(k)?;
        let v = with_data(o, |d| {
            let n = slice::adjust(d.len(), &mut start, &mut stop, step);
            slice_of(d, start, step, n)
        });
        return Ok(like(o, v));
    }
    Err(bad_index(o, k))
}

/// The bytes to store by slice assignment: a bytes-like value, or an
/// iterable of ints (not a str, not an int).
fn assigned(v: Value) -> R<Vec<u8>> {
    if let Some(d) = data(v) {
        return Ok(d.into_owned());
    }
    // Numbers and str are refused outright (CPython's `PyNumber_Check`).
    let number = v.is_small()
        || matches!(
            v.kind(),
            Kind::Str | Kind::Int | Kind::Bool | Kind::Float | Kind::Complex
        );
    if number {
        return Err(type_error(
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
        ));
    }
    if crate::protocol::dispatch::iter(v).is_err() {
        crate::exc::error::take_pending();
        return Err(type_error(format!(
            "cannot convert '{}' object to bytearray",
            type_name(v)
        )));
    }
    let items = crate::protocol::dispatch::collect(v)?;
    items.iter().map(|&x| super::byte_arg(x)).collect()
}

/// `o[k] = v` of a bytearray.
pub fn setitem(o: Value, k: Value, v: Value) -> R<()> {
    let ba = bytearray(o);
    if let Some(i) = slice::as_index(k) {
        let i = i?;
        let b = super::byte_arg(v)?;
        let mut d = ba.data.borrow_mut();
        let n = d.len();
        return match norm(i, n) {
            Some(i) => {
                d[i] = b;
                Ok(())
            }
            None => Err(out_of_range(o)),
        };
    }
    if k.kind() != Kind::Slice {
        return Err(bad_index(o, k));
    }
    let new = assigned(v)?;
    let (mut start, mut stop, step) = slice::unpack(k)?;
    let n = slice::adjust(ba.data.borrow().len(), &mut start, &mut stop, step);
    if step == 1 {
        if new.len() != n {
            mutate::check_resize(ba)?;
        }
        let s = start as usize;
        ba.data.borrow_mut().splice(s..s + n, new);
        return Ok(());
    }
    if new.is_empty() {
        // Assigning nothing to an extended slice deletes it, as in CPython.
        return delitem(o, k);
    }
    if new.len() != n {
        return Err(value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {n}",
            new.len()
        )));
    }
    let mut d = ba.data.borrow_mut();
    for (k, b) in new.into_iter().enumerate() {
        d[(start + k as i64 * step) as usize] = b;
    }
    Ok(())
}

/// `del o[k]` of a bytearray.
pub fn delitem(o: Value, k: Value) -> R<()> {
    let ba = bytearray(o);
    if let Some(i) = slice::as_index(k) {
        let i = i?;
        let n = ba.data.borrow().len();
        let Some(i) = norm(i, n) else {
            return Err(out_of_range(o));
        };
        mutate::check_resize(ba)?;
        ba.data.borrow_mut().remove(i);
        return Ok(());
    }
    if k.kind() != Kind::Slice {
        return Err(bad_index(o, k));
    }
    let (mut start, mut stop, step) = slice::unpack(k)?;
    let n = slice::adjust(ba.data.borrow().len(), &mut start, &mut stop, step);
    if n == 0 {
        return Ok(());
    }
    mutate::check_resize(ba)?;
    let mut d = ba.data.borrow_mut();
    let (lo, hi, st) = if step > 0 {
        (start, start + (n as i64 - 1) * step, step)
    } else {
        (start + (n as i64 - 1) * step, start, -step)
    };
    let mut idx = 0usize;
    d.retain(|_| {
        let i = idx as i64;
        idx += 1;
        !(i >= lo && i <= hi && (i - lo) % st == 0)
    });
    Ok(())
}

/// `x in c` for a bytes, bytearray or memoryview `c`.
pub fn contains(c: Value, x: Value) -> R<bool> {
    let hay = data(c).unwrap_or_default();
    if super::is_bytes_like(crate::class::instance::unwrap(x)) {
        let d = super::buffer_arg(x)?;
        return Ok(super::search::find(&hay, &d, 0, hay.len()).is_some());
    }
    match crate::protocol::num::as_int(x)? {
        Some(i) => {
            let b = match crate::objects::int::as_i64(i) {
                Some(n) if (0..256).contains(&n) => n as u8,
                _ => return Err(value_error("byte must be in range(0, 256)")),
            };
            Ok(hay.contains(&b))
        }
        None => Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(x)
        ))),
    }
}

/// `a + b` where `a` is bytes or bytearray: any bytes-like `b`.
pub fn concat(a: Value, b: Value) -> R<Value> {
    let Some(y) = super::simple_data(b) else {
        return Err(type_error(format!(
            "can't concat {} to {}",
            type_name(b),
            type_name(a)
        )));
    };
    let x = data(a).unwrap_or_default();
    let mut v = try_vec(x.len().saturating_add(y.len()))?;
    v.extend_from_slice(&x);
    v.extend_from_slice(&y);
    Ok(like(a, v))
}

/// A vector with room for `n` bytes, or MemoryError.
pub fn try_vec(n: usize) -> R<Vec<u8>> {
    let mut v = Vec::new();
    if n > isize::MAX as usize || v.try_reserve_exact(n).is_err() {
        return Err(raise(&crate::exc::MEMORY_ERROR, ""));
    }
    Ok(v)
}

/// The bytes of `d` repeated `n` times.
pub fn repeated(d: &[u8], n: i64) -> R<Vec<u8>> {
    if n <= 0 || d.is_empty() {
        return Ok(Vec::new());
    }
    let total = (d.len() as u64)
        .checked_mul(n as u64)
        .filter(|t| *t <= isize::MAX as u64)
        .ok_or_else(|| raise(&crate::exc::MEMORY_ERROR, ""))?;
    let mut v = try_vec(total as usize)?;
    for _ in 0..n {
        v.extend_from_slice(d);
    }
    Ok(v)
}

/// `a * n`
pub fn repeat(a: Value, n: i64) -> R<Value> {
    let d = data(a).unwrap_or_default();
    Ok(like(a, repeated(&d, n)?))
}

/// `a += b` of a bytearray.
pub fn iadd(a: Value, b: Value) -> R<Value> {
    let Some(y) = super::simple_data(b) else {
        return Err(type_error(format!(
            "can't concat {} to {}",
            type_name(b),
            type_name(a)
        )));
    };
    let ba = bytearray(a);
    if !y.is_empty() {
        mutate::check_resize(ba)?;
    }
    ba.data.borrow_mut().extend_from_slice(&y);
    Ok(a)
}

/// `a *= n` of a bytearray.
pub fn imul(a: Value, n: i64) -> R<Value> {
    let ba = bytearray(a);
    let d = ba.data.borrow().clone();
    let v = repeated(&d, n)?;
    if v.len() != d.len() {
        mutate::check_resize(ba)?;
    }
    *ba.data.borrow_mut() = v;
    Ok(a)
}

/// The OverflowError of a repeat count beyond an index.
pub fn count_overflow() -> crate::exc::error::Pending {
    overflow_error("cannot fit 'int' into an index-sized integer")
}
