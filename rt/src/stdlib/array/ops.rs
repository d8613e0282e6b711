//! `array.array` as a sequence: repr, comparison, indexing, slicing and
//! slice assignment (extended slices too), deletion, `in`, `+`, `*`, `+=`,
//! `*=`, with CPython 3.11's messages.

use super::{encode, is_array, itemsize, obj, ARRAY_TYPE};
use crate::exc::error::{index_error, type_error, value_error, R};
use crate::object::{self, Kind};
use crate::objects::slice;
use crate::protocol::dispatch;
use crate::value::Value;
use alrt_abi::ops::CmpOp;

/// `repr(a)`: `array('i', [1, 2])`, `array('u', 'ab')`, `array('d')`; a
/// subclass shows its own name.
pub fn repr(a: Value) -> R<String> {
    let full = object::type_name(a);
    let name = full.rsplit('.').next().unwrap_or(full);
    let o = obj(a);
    let code = o.code as char;
    if super::len(a) == 0 {
        return Ok(format!("{name}('{code}')"));
    }
    let items = if o.code == b'u' {
        crate::objects::str::ops::repr(&super::unicode_text(a)?)
    } else {
        let l = crate::objects::list::from_vec(super::values(a)?.into_vec());
        dispatch::repr(l)?
    };
    Ok(format!("{name}('{code}', {items})"))
}

/// Rich comparison of two arrays: item values compared as sequences
/// compare (any type codes); None when `b` is not an array.
pub fn compare(a: Value, b: Value, op: CmpOp) -> R<Option<bool>> {
    if !is_array(b) {
        return Ok(None);
    }
    let (na, nb) = (super::len(a), super::len(b));
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && na != nb {
        return Ok(Some(op == CmpOp::Ne));
    }
    let mut i = 0;
    // Comparing items can run Al code that changes either array.
    while let (Some(x), Some(y)) = (super::item_at(a, i)?, super::item_at(b, i)?) {
        if !dispatch::eq(x, y)? {
            return Ok(Some(match op {
                CmpOp::Eq => false,
                CmpOp::Ne => true,
                _ => dispatch::compare_bool(x, y, op)?,
            }));
        }
        i += 1;
    }
    Ok(Some(op.test(super::len(a).cmp(&super::len(b)))))
}

/// `i` counted from the end when negative, if it names an item of `n`.
fn norm(i: i64, n: usize) -> Option<usize> {
    let j = if i < 0 { i.checked_add(n as i64)? } else { i };
    (j >= 0 && (j as u64) < n as u64).then_some(j as usize)
}

/// The item indices and bytes of a slice of `a`: the selected items' raw bytes.
fn slice_bytes(a: Value, start: i64, step: i64, n: usize) -> Vec<u8> {
    let o = obj(a);
    let size = itemsize(o.code);
    let d = o.data.borrow();
    let mut out = Vec::with_capacity(n * size);
    let mut i = start;
    for _ in 0..n {
        let at = i as usize * size;
        out.extend_from_slice(&d[at..at + size]);
        i += step;
    }
    out
}

/// `a[k]`: an item, or a new `array.array` for a slice.
pub fn getitem(a: Value, k: Value) -> R<Value> {
    if let Some(i) = slice::as_index(k) {
        let i = i?;
        let Some(j) = norm(i, super::len(a)) else {
            return Err(index_error("array index out of range"));
        };
        return super::item_at(a, j)?.ok_or_else(|| index_error("array index out of range"));
    }
    if !k.is_small() && k.kind() == Kind::Slice {
        let (mut start, mut stop, step) = slice::unpack(k)?;
        let n = slice::adjust(super::len(a), &mut start, &mut stop, step);
        let d = slice_bytes(a, start, step, n);
        return Ok(super::new_array(&ARRAY_TYPE, obj(a).code, d));
    }
    Err(type_error("array indices must be integers"))
}

/// `a[k] = v`
pub fn setitem(a: Value, k: Value, v: Value) -> R<()> {
    if let Some(i) = slice::as_index(k) {
        let i = i?;
        if norm(i, super::len(a)).is_none() {
            return Err(index_error("array assignment index out of range"));
        }
        let bits = encode(obj(a).code, v)?;
        // The conversion ran Al code: the array may have shrunk.
        let Some(j) = norm(i, super::len(a)) else {
            return Err(index_error("array assignment index out of range"));
        };
        let o = obj(a);
        let size = itemsize(o.code);
        o.data.borrow_mut()[j * size..(j + 1) * size].copy_from_slice(&bits.to_le_bytes()[..size]);
        return Ok(());
    }
    if !k.is_small() && k.kind() == Kind::Slice {
        if !is_array(v) {
            return Err(type_error(format!(
                "can only assign array (not \"{}\") to array slice",
                object::type_name(v)
            )));
        }
        if obj(v).code != obj(a).code {
            return Err(type_error("bad argument type for built-in operation"));
        }
        let src = super::raw(v);
        return assign_slice(a, k, &src);
    }
    Err(type_error("array indices must be integers"))
}

/// `a[k] = src` for a slice `k` and the raw items `src` of an array of the
/// same type code; an empty source deletes an extended slice, as in CPython.
fn assign_slice(a: Value, k: Value, src: &[u8]) -> R<()> {
    let (mut start, mut stop, step) = slice::unpack(k)?;
    let o = obj(a);
    let size = itemsize(o.code);
    let n = super::len(a);
    let count = slice::adjust(n, &mut start, &mut stop, step);
    let needed = src.len() / size;
    if step == 1 {
        let lo = start.clamp(0, n as i64) as usize;
        let hi = (stop.clamp(0, n as i64) as usize).max(lo);
        let mut d = o.data.borrow_mut();
        if needed == hi - lo {
            d[lo * size..hi * size].copy_from_slice(src);
        } else {
            super::reserve(&mut d, src.len().saturating_sub((hi - lo) * size))?;
            d.splice(lo * size..hi * size, src.iter().copied());
        }
        return Ok(());
    }
    if needed == 0 {
        delete_slice(a, start, step, count);
        return Ok(());
    }
    if needed != count {
        return Err(value_error(format!(
            "attempt to assign array of size {needed} to extended slice of size {count}"
        )));
    }
    let mut d = o.data.borrow_mut();
    let mut i = start;
    for item in src.chunks_exact(size) {
        let at = i as usize * size;
        d[at..at + size].copy_from_slice(item);
        i += step;
    }
    Ok(())
}

/// Removes the `count` items `start`, `start + step`, ... of `a`.
fn delete_slice(a: Value, start: i64, step: i64, count: usize) {
    if count == 0 {
        return;
    }
    let o = obj(a);
    let size = itemsize(o.code);
    let mut gone = vec![false; super::len(a)];
    let mut i = start;
    for _ in 0..count {
        gone[i as usize] = true;
        i += step;
    }
    let mut d = o.data.borrow_mut();
    let kept: Vec<u8> = d
        .chunks_exact(size)
        .zip(&gone)
        .filter(|(_, g)| !**g)
        .flat_map(|(c, _)| c.iter().copied())
        .collect();
    *d = kept;
}

/// `del a[k]`
pub fn delitem(a: Value, k: Value) -> R<()> {
    if let Some(i) = slice::as_index(k) {
        let i = i?;
        let Some(j) = norm(i, super::len(a)) else {
            return Err(index_error("array assignment index out of range"));
        };
        remove_at(a, j);
        return Ok(());
    }
    if !k.is_small() && k.kind() == Kind::Slice {
        let (mut start, mut stop, step) = slice::unpack(k)?;
        let count = slice::adjust(super::len(a), &mut start, &mut stop, step);
        if step == 1 {
            if count > 0 {
                let size = itemsize(obj(a).code);
                let lo = start as usize * size;
                obj(a).data.borrow_mut().drain(lo..lo + count * size);
            }
            return Ok(());
        }
        // A negative step deletes the same items as its mirror image.
        delete_slice(a, start, step, count);
        return Ok(());
    }
    Err(type_error("array indices must be integers"))
}

/// Removes item `i` (in range).
pub fn remove_at(a: Value, i: usize) {
    let o = obj(a);
    let size = itemsize(o.code);
    o.data.borrow_mut().drain(i * size..(i + 1) * size);
}

/// The position of the first item equal to `x` in `lo..hi`, comparing as
/// CPython does (identity first, then `==`), or None.
pub fn find(a: Value, x: Value, lo: usize, hi: usize) -> R<Option<usize>> {
    let mut i = lo;
    while i < hi {
        let Some(y) = super::item_at(a, i)? else {
            break;
        };
        if dispatch::container_eq(y, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

/// `x in a`
pub fn contains(a: Value, x: Value) -> R<bool> {
    Ok(find(a, x, 0, usize::MAX)?.is_some())
}

/// `a + b`: a new `array.array`.
pub fn concat(a: Value, b: Value) -> R<Value> {
    if !is_array(b) {
        return Err(type_error(format!(
            "can only append array (not \"{}\") to array",
            object::type_name(b)
        )));
    }
    if obj(b).code != obj(a).code {
        return Err(type_error("bad argument type for built-in operation"));
    }
    let (x, y) = (super::raw(a), super::raw(b));
    let mut v = crate::objects::bytes::ops::try_vec(x.len().saturating_add(y.len()))?;
    v.extend_from_slice(&x);
    v.extend_from_slice(&y);
    Ok(super::new_array(&ARRAY_TYPE, obj(a).code, v))
}

/// `a * n`: a new `array.array`.
pub fn repeat(a: Value, n: i64) -> R<Value> {
    let v = crate::objects::bytes::ops::repeated(&super::raw(a), n)?;
    Ok(super::new_array(&ARRAY_TYPE, obj(a).code, v))
}

/// `a += b` (`b` an array of the same type code).
pub fn iadd(a: Value, b: Value) -> R<Value> {
    if !is_array(b) {
        return Err(type_error(format!(
            "can only extend array with array (not \"{}\")",
            object::type_name(b)
        )));
    }
    extend_array(a, b)?;
    Ok(a)
}

/// Appends the items of array `b` to `a` (the same type code).
pub fn extend_array(a: Value, b: Value) -> R<()> {
    if obj(b).code != obj(a).code {
        return Err(type_error("can only extend with array of same kind"));
    }
    let src = super::raw(b);
    let mut d = obj(a).data.borrow_mut();
    super::reserve(&mut d, src.len())?;
    d.extend_from_slice(&src);
    Ok(())
}

/// `a *= n`
pub fn imul(a: Value, n: i64) -> R<Value> {
    let v = crate::objects::bytes::ops::repeated(&super::raw(a), n)?;
    *obj(a).data.borrow_mut() = v;
    Ok(a)
}
