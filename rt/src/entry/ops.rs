//! Operators, truth and membership, items, attributes, iteration and
//! unpacking on any value.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use super::{status, status_bool};
use crate::exc::error::{self, to_abi, type_error, Pending, R};
use crate::object::{type_name, Kind};
use crate::protocol::dispatch;
use crate::value::{Value, ITER_STOP};
use alrt_abi::ops::{BinOp, CmpOp, UnaryOp};

/// `a op b` (generated code inlines small-int + - * and calls this otherwise).
#[no_mangle]
pub extern "C" fn alc_rt_binop(op: u32, a: Value, b: Value) -> Value {
    to_abi(dispatch::binop(BinOp::from_abi(op), a, b))
}

/// `a op= b`
#[no_mangle]
pub extern "C" fn alc_rt_inplace(op: u32, a: Value, b: Value) -> Value {
    to_abi(dispatch::inplace(BinOp::from_abi(op), a, b))
}

/// `-v`, `+v`, `~v`
#[no_mangle]
pub extern "C" fn alc_rt_unary(op: u32, v: Value) -> Value {
    to_abi(dispatch::unary(UnaryOp::from_abi(op), v))
}

/// `a op b` for comparisons, as a value.
#[no_mangle]
pub extern "C" fn alc_rt_compare(op: u32, a: Value, b: Value) -> Value {
    to_abi(dispatch::compare(a, b, CmpOp::from_abi(op)))
}

/// `a op b` for comparisons in a condition: 1, 0, or -1 on error.
#[no_mangle]
pub extern "C" fn alc_rt_compare_bool(op: u32, a: Value, b: Value) -> i32 {
    status_bool(dispatch::compare_bool(a, b, CmpOp::from_abi(op)))
}

/// `x ** y` for a finite positive `x` and a finite `y`, which generated
/// code checked: the libm call `objects::float::pow` makes in that case,
/// so the inline `**` and rt's agree to the bit.
#[no_mangle]
pub extern "C" fn alc_rt_float_powf(x: f64, y: f64) -> f64 {
    crate::objects::float::pow_positive(x, y)
}

/// Truth value: 1, 0, or -1 on error.
#[no_mangle]
pub extern "C" fn alc_rt_truthy(v: Value) -> i32 {
    status_bool(dispatch::truthy(v))
}

/// `x in c`: 1, 0, or -1 on error.
#[no_mangle]
pub extern "C" fn alc_rt_contains(c: Value, x: Value) -> i32 {
    status_bool(dispatch::contains(c, x))
}

/// `o[k]`
#[no_mangle]
pub extern "C" fn alc_rt_getitem(o: Value, k: Value) -> Value {
    to_abi(dispatch::getitem(o, k))
}

/// `o[start:stop:step]` (absent parts are None), or null on error.
#[no_mangle]
pub extern "C" fn alc_rt_getslice(o: Value, start: Value, stop: Value, step: Value) -> Value {
    to_abi(dispatch::getslice(o, start, stop, step))
}

/// `o[start:stop:step] = v`: 0, or -1 on error.
#[no_mangle]
pub extern "C" fn alc_rt_setslice(
    o: Value,
    start: Value,
    stop: Value,
    step: Value,
    v: Value,
) -> i32 {
    status(dispatch::setslice(o, start, stop, step, v))
}

/// `o[start:stop:step]` as the right side of a slice assignment (a list
/// lent to `alc_rt_setslice_lent`), or null on error.
#[no_mangle]
pub extern "C" fn alc_rt_getslice_lent(o: Value, start: Value, stop: Value, step: Value) -> Value {
    to_abi(crate::objects::list::lent::lend_slice(o, start, stop, step))
}

/// `o[start:stop:step] = v` where `v` came from `alc_rt_getslice_lent`:
/// 0, or -1 on error.
#[no_mangle]
pub extern "C" fn alc_rt_setslice_lent(
    o: Value,
    start: Value,
    stop: Value,
    step: Value,
    v: Value,
) -> i32 {
    status(crate::objects::list::lent::assign_lent(
        o, start, stop, step, v,
    ))
}

/// `o[k] = v`: 0, or -1 on error.
#[no_mangle]
pub extern "C" fn alc_rt_setitem(o: Value, k: Value, v: Value) -> i32 {
    status(dispatch::setitem(o, k, v))
}

/// `del o[k]`: 0, or -1 on error.
#[no_mangle]
pub extern "C" fn alc_rt_delitem(o: Value, k: Value) -> i32 {
    status(dispatch::delitem(o, k))
}

/// `o.name` (`name` is a str constant).
#[no_mangle]
pub extern "C" fn alc_rt_getattr(o: Value, name: Value) -> Value {
    to_abi(dispatch::getattr(o, name))
}

/// `o.name = v`: 0, or -1 on error.
#[no_mangle]
pub extern "C" fn alc_rt_setattr(o: Value, name: Value, v: Value) -> i32 {
    status(dispatch::setattr(o, name, v))
}

/// `iter(v)`
#[no_mangle]
pub extern "C" fn alc_rt_iter(v: Value) -> Value {
    to_abi(dispatch::iter(v))
}

/// Next item, `ITER_STOP` when exhausted, null on error.
#[no_mangle]
pub extern "C" fn alc_rt_next(it: Value) -> Value {
    match dispatch::next(it) {
        Ok(Some(v)) => v,
        Ok(None) => ITER_STOP,
        Err(Pending) => Value::NULL,
    }
}

/// Unpacks exactly `n` items of `v` into `out`: 0, or -1 on error.
#[no_mangle]
pub extern "C" fn alc_rt_unpack(v: Value, n: usize, out: *mut Value) -> i32 {
    // An exact tuple of the right length (`a, b = f()`) is copied out
    // directly, without collecting its items first.
    if v.kind() == Kind::Tuple && !crate::class::ops::is_user(v) {
        let items = crate::objects::tuple::items(v);
        if items.len() == n {
            write_out(out, items);
            return 0;
        }
    }
    // So is an exact list (`a, b = s.split(":")`), item by item: a float
    // list's items are boxed as they are read, and the list keeps its
    // strategy (a subclass is iterated, as CPython does).
    if v.kind() == Kind::List && !crate::class::ops::is_user(v) {
        let items = &crate::objects::list::obj(v).items;
        if items.len() == n {
            for i in 0..n {
                // Every `i < n` is an item: boxing a float runs no Al code,
                // so the list cannot shrink meanwhile.
                if let Some(x) = items.get(i) {
                    write_out(out.wrapping_add(i), &[x]);
                }
            }
            return 0;
        }
    }
    status(unpack(v, n, None).map(|items| write_out(out, &items)))
}

/// Unpacks `v` for a target list with a starred name: `before` items, a
/// list of the middle, then `after` items (`before + 1 + after` slots).
#[no_mangle]
pub extern "C" fn alc_rt_unpack_ex(v: Value, before: usize, after: usize, out: *mut Value) -> i32 {
    status(unpack(v, before + after, Some(before)).map(|items| write_out(out, &items)))
}

fn write_out(out: *mut Value, items: &[Value]) {
    for (i, x) in items.iter().enumerate() {
        // SAFETY: generated code passes a stack slot with room for exactly
        // the number of targets, which is `items.len()`.
        unsafe { *out.add(i) = *x };
    }
}

fn unpack(v: Value, n: usize, star_at: Option<usize>) -> R<Vec<Value>> {
    // Rooted: the items may exist nowhere else while `next` and the starred
    // list allocate.
    let items = match v.kind() {
        Kind::List | Kind::Tuple => dispatch::collect(v)?,
        _ => {
            let it = dispatch::iter(v).map_err(|_| {
                error::take_pending();
                type_error(format!(
                    "cannot unpack non-iterable {} object",
                    type_name(v)
                ))
            })?;
            let mut items = crate::gc::RootedVec::new();
            while let Some(x) = dispatch::next(it)? {
                items.push(x);
                if star_at.is_none() && items.len() > n {
                    break;
                }
            }
            items
        }
    };
    match star_at {
        None => {
            if items.len() > n {
                return Err(error::value_error(format!(
                    "too many values to unpack (expected {n})"
                )));
            }
            if items.len() < n {
                return Err(error::value_error(format!(
                    "not enough values to unpack (expected {n}, got {})",
                    items.len()
                )));
            }
            Ok(items.into_vec())
        }
        Some(before) => {
            let after = n - before;
            if items.len() < n {
                return Err(error::value_error(format!(
                    "not enough values to unpack (expected at least {n}, got {})",
                    items.len()
                )));
            }
            let mid_end = items.len() - after;
            let mut out = items[..before].to_vec();
            out.push(crate::objects::list::from_vec(
                items[before..mid_end].to_vec(),
            ));
            out.extend_from_slice(&items[mid_end..]);
            Ok(out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::{float, list};

    #[test]
    fn unpacking_an_exact_list_copies_its_items_and_keeps_its_strategy() {
        let l = list::from_vec_strategy(vec![float::new(1.5), float::new(-0.0)]);
        let mut out = [Value::from_small(0); 3];
        assert_eq!(alc_rt_unpack(l, 2, out.as_mut_ptr()), 0);
        assert_eq!(float::value(out[0]), 1.5);
        assert_eq!(float::value(out[1]).to_bits(), (-0.0f64).to_bits());
        assert!(list::obj(l).items.is_floats(), "still a float list");
        let g = list::from_vec(vec![Value::from_small(7), crate::testing::s("x")]);
        assert_eq!(alc_rt_unpack(g, 2, out.as_mut_ptr()), 0);
        assert_eq!(out[0], Value::from_small(7));
        assert_eq!(crate::objects::str::as_str(out[1]), "x");
    }
}
