//! `range` objects: O(1) length, indexing, slicing and membership, with an
//! i64 fast path and arbitrary-precision arithmetic beyond it.

use crate::exc::error::{index_error, overflow_error, type_error, value_error, R};
use crate::object::{self, Header, Kind, Object, RANGE_TYPE};
use crate::objects::int;
use crate::protocol::args::Args;
use crate::types::slots;
use crate::value::Value;
use dashu_int::IBig;

/// A `range(start, stop, step)`.
#[repr(C)]
pub struct RangeObj {
    pub header: Header,
    pub start: Value,
    pub stop: Value,
    pub step: Value,
    /// `len(range)` as an int value.
    pub length: Value,
    /// `(start, stop, step, len)` when all four fit in an i64.
    pub small: Option<(i64, i64, i64, i64)>,
}

// SAFETY: repr(C), Header first; every Kind::Range object is a RangeObj.
unsafe impl Object for RangeObj {
    const KINDS: &'static [Kind] = &[Kind::Range];

    fn trace(&self, t: &mut crate::gc::Tracer) {
        t.visit(self.start);
        t.visit(self.stop);
        t.visit(self.step);
        t.visit(self.length);
    }
}

#[inline]
fn obj(v: Value) -> &'static RangeObj {
    v.as_ref::<RangeObj>()
}

/// An int (or bool, read as an int) argument of `range()`.
fn int_arg(v: Value) -> R<Value> {
    crate::protocol::num::int_arg(v)
}

/// Number of items of `range(lo, hi, step)` (CPython's `compute_range_length`).
fn length_big(lo: &IBig, hi: &IBig, step: &IBig) -> IBig {
    let zero = IBig::ZERO;
    let (lo, hi, step) = if *step > zero {
        (lo.clone(), hi.clone(), step.clone())
    } else {
        (hi.clone(), lo.clone(), -step.clone())
    };
    if lo >= hi {
        return zero;
    }
    (hi - lo - IBig::ONE) / step + IBig::ONE
}

fn length_small(lo: i64, hi: i64, step: i64) -> i128 {
    let (lo, hi, step) = (lo as i128, hi as i128, step as i128);
    if step > 0 {
        if lo < hi {
            (hi - lo - 1) / step + 1
        } else {
            0
        }
    } else if hi < lo {
        (lo - hi - 1) / (-step) + 1
    } else {
        0
    }
}

/// `range(start, stop, step)`: all three must be ints (bools are read as
/// ints); a zero step is a ValueError.
pub fn new(start: Value, stop: Value, step: Value) -> R<Value> {
    let (start, stop, step) = (int_arg(start)?, int_arg(stop)?, int_arg(step)?);
    if step == Value::from_small(0) {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    let (length, small) = match (int::as_i64(start), int::as_i64(stop), int::as_i64(step)) {
        (Some(a), Some(b), Some(c)) => {
            let n = length_small(a, b, c);
            let small = i64::try_from(n).ok().map(|n| (a, b, c, n));
            (int::from_i128(n), small)
        }
        _ => {
            let n = length_big(
                &int::to_ibig(start),
                &int::to_ibig(stop),
                &int::to_ibig(step),
            );
            (int::from_ibig(n), None)
        }
    };
    Ok(Value::from_ref(crate::gc::alloc(RangeObj {
        header: Header::new(&RANGE_TYPE),
        start,
        stop,
        step,
        length,
        small,
    })))
}

/// `range(stop)`, `range(start, stop)`, `range(start, stop, step)` from
/// positional arguments, with CPython's errors.
pub fn from_args(pos: &[Value]) -> R<Value> {
    let zero = Value::from_small(0);
    let one = Value::from_small(1);
    match *pos {
        [stop] => new(zero, stop, one),
        [start, stop] => new(start, stop, one),
        [start, stop, step] => new(start, stop, step),
        [] => Err(type_error("range expected at least 1 argument, got 0")),
        _ => Err(type_error(format!(
            "range expected at most 3 arguments, got {}",
            pos.len()
        ))),
    }
}

/// The fast-path fields `(start, stop, step, len)`, if the range has them.
#[inline]
pub fn small_parts(v: Value) -> Option<(i64, i64, i64, i64)> {
    obj(v).small
}

/// `repr(r)`: `range(0, 5)`, `range(0, 10, 2)`.
pub fn repr(v: Value) -> R<String> {
    let r = obj(v);
    if r.step == Value::from_small(1) {
        Ok(format!(
            "range({}, {})",
            int::repr(r.start),
            int::repr(r.stop)
        ))
    } else {
        Ok(format!(
            "range({}, {}, {})",
            int::repr(r.start),
            int::repr(r.stop),
            int::repr(r.step)
        ))
    }
}

/// `hash(r)`: the hash of `(len, start, step)` with None for the parts
/// that do not matter, as CPython's `range_hash`.
pub fn hash(v: Value) -> R<i64> {
    let r = obj(v);
    let none = object::none();
    let n = r.length;
    let t = if n == Value::from_small(0) {
        [n, none, none]
    } else if n == Value::from_small(1) {
        [n, r.start, none]
    } else {
        [n, r.start, r.step]
    };
    crate::objects::tuple::ops::hash(crate::objects::tuple::from_slice(&t))
}

/// `len(r)`; OverflowError past `isize::MAX` items, as in CPython.
pub fn len(v: Value) -> R<usize> {
    let r = obj(v);
    if let Some((_, _, _, n)) = r.small {
        return Ok(n as usize);
    }
    Err(overflow_error(
        "Python int too large to convert to C ssize_t",
    ))
}

/// The item at index `i` (no range check): `start + i * step`.
fn item_big(r: &RangeObj, i: &IBig) -> Value {
    int::from_ibig(int::to_ibig(r.start) + i * int::to_ibig(r.step))
}

/// `r[k]` for an int `k` or a slice.
pub fn getitem(o: Value, k: Value) -> R<Value> {
    let r = obj(o);
    if k.kind() == Kind::Slice {
        return slice(r, k);
    }
    match crate::protocol::num::as_int(k)? {
        Some(k) => {
            if let (Some((start, _, step, n)), Some(i)) =
                (r.small, crate::objects::slice::clamped_index(k)?)
            {
                if i != i64::MIN && i != i64::MAX {
                    let i = if i < 0 {
                        i as i128 + n as i128
                    } else {
                        i as i128
                    };
                    if i < 0 || i >= n as i128 {
                        return Err(index_error("range object index out of range"));
                    }
                    return Ok(int::from_i128(start as i128 + i * step as i128));
                }
            }
            let n = int::to_ibig(r.length);
            let mut i = int::to_ibig(k);
            if i < IBig::ZERO {
                i += &n;
            }
            if i < IBig::ZERO || i >= n {
                return Err(index_error("range object index out of range"));
            }
            Ok(item_big(r, &i))
        }
        None => Err(type_error(format!(
            "range indices must be integers or slices, not {}",
            object::type_name(k)
        ))),
    }
}

/// One bound of a slice of a range (`_PySlice_GetLongIndices`).
fn slice_bound(v: Value, default: &IBig, len: &IBig, lower: &IBig, upper: &IBig) -> R<IBig> {
    if object::is_none(v) {
        return Ok(default.clone());
    }
    let Some(v) = crate::protocol::num::as_int(v)? else {
        return Err(type_error(
            "slice indices must be integers or None or have an __index__ method",
        ));
    };
    let mut x = int::to_ibig(v);
    if x < IBig::ZERO {
        x += len;
        if x < *lower {
            x = lower.clone();
        }
    } else if x > *upper {
        x = upper.clone();
    }
    Ok(x)
}

/// `r[slice]`: another range.
fn slice(r: &RangeObj, k: Value) -> R<Value> {
    let s = k.as_ref::<crate::objects::slice::SliceObj>();
    let step = if object::is_none(s.step) {
        IBig::ONE
    } else {
        if !matches!(s.step.kind(), Kind::Int | Kind::Bool) {
            return Err(type_error(
                "slice indices must be integers or None or have an __index__ method",
            ));
        }
        let st = int::to_ibig(s.step);
        if st == IBig::ZERO {
            return Err(value_error("slice step cannot be zero"));
        }
        st
    };
    let len = int::to_ibig(r.length);
    let negative = step < IBig::ZERO;
    let (lower, upper) = if negative {
        (IBig::from(-1), &len - IBig::ONE)
    } else {
        (IBig::ZERO, len.clone())
    };
    let (dstart, dstop) = if negative {
        (upper.clone(), lower.clone())
    } else {
        (lower.clone(), upper.clone())
    };
    let start = slice_bound(s.start, &dstart, &len, &lower, &upper)?;
    let stop = slice_bound(s.stop, &dstop, &len, &lower, &upper)?;
    new(
        item_big(r, &start),
        item_big(r, &stop),
        int::from_ibig(step * int::to_ibig(r.step)),
    )
}

/// Membership of an int in O(1).
fn contains_int(r: &RangeObj, x: Value) -> bool {
    if let (Some((start, stop, step, _)), Some(x)) = (r.small, int::as_i64(x)) {
        let in_bounds = if step > 0 {
            start <= x && x < stop
        } else {
            stop < x && x <= start
        };
        return in_bounds && (x as i128 - start as i128) % step as i128 == 0;
    }
    let (start, stop, step) = (
        int::to_ibig(r.start),
        int::to_ibig(r.stop),
        int::to_ibig(r.step),
    );
    let x = int::to_ibig(x);
    let in_bounds = if step > IBig::ZERO {
        start <= x && x < stop
    } else {
        stop < x && x <= start
    };
    in_bounds && (x - start) % step == IBig::ZERO
}

/// `x in r`: O(1) for ints, a scan comparing with `==` otherwise.
pub fn contains(c: Value, x: Value) -> R<bool> {
    let r = obj(c);
    if matches!(x.kind(), Kind::Int | Kind::Bool) {
        return Ok(contains_int(r, x));
    }
    let it = crate::protocol::dispatch::iter(c)?;
    while let Some(y) = crate::protocol::dispatch::next(it)? {
        if crate::protocol::key::eq(y, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `a == b`: ranges are equal when they produce the same sequence.
pub fn eq(a: Value, b: Value) -> R<bool> {
    if a == b {
        return Ok(true);
    }
    let (ra, rb) = (obj(a), obj(b));
    let int_eq = |x: Value, y: Value| x == y || int::to_ibig(x) == int::to_ibig(y);
    if !int_eq(ra.length, rb.length) {
        return Ok(false);
    }
    if ra.length == Value::from_small(0) {
        return Ok(true);
    }
    if !int_eq(ra.start, rb.start) {
        return Ok(false);
    }
    if ra.length == Value::from_small(1) {
        return Ok(true);
    }
    Ok(int_eq(ra.step, rb.step))
}

crate::attr_table! {
    /// The attributes of `range`.
    pub static ATTRS for object::RANGE_TYPE = [
        slot "__bool__" => slots::bool_;
        slot "__contains__" => slots::contains;
        slot "__eq__" => slots::eq;
        slot "__ge__" => slots::ge;
        slot "__getattribute__" => slots::getattribute;
        slot "__getitem__" => slots::getitem;
        slot "__gt__" => slots::gt;
        slot "__hash__" => slots::hash;
        slot "__iter__" => slots::iter;
        slot "__le__" => slots::le;
        slot "__len__" => slots::len;
        slot "__lt__" => slots::lt;
        slot "__ne__" => slots::ne;
        new "__new__" => slots::new;
        method "__reduce__" => reduce;
        slot "__repr__" => slots::repr;
        method "__reversed__" => slots::reversed;
        method "count" => range_count;
        method "index" => range_index;
        member "start" => |o| Ok(obj(o).start);
        member "step" => |o| Ok(obj(o).step);
        member "stop" => |o| Ok(obj(o).stop);
    ]
}

/// `r.__reduce__()`: `(range, (start, stop, step))`.
fn reduce(o: Value, args: Args) -> R<Value> {
    args.positional_range("range.__reduce__", 0, 0)?;
    let r = obj(o);
    let t = crate::objects::tuple::from_slice(&[r.start, r.stop, r.step]);
    Ok(crate::objects::tuple::from_slice(&[
        object::RANGE_TYPE.value(),
        t,
    ]))
}

fn range_count(o: Value, args: Args) -> R<Value> {
    let r = obj(o);
    let x = args.positional_range("range.count", 1, 1)?[0];
    if matches!(x.kind(), Kind::Int | Kind::Bool) {
        return Ok(Value::from_small(contains_int(r, x) as i64));
    }
    let it = crate::protocol::dispatch::iter(o)?;
    let mut n = 0;
    while let Some(y) = crate::protocol::dispatch::next(it)? {
        if crate::protocol::key::eq(y, x)? {
            n += 1;
        }
    }
    Ok(int::from_i64(n))
}

fn range_index(o: Value, args: Args) -> R<Value> {
    let r = obj(o);
    let x = args.positional_range("range.index", 1, 1)?[0];
    if matches!(x.kind(), Kind::Int | Kind::Bool) {
        if !contains_int(r, x) {
            return Err(value_error(format!("{} is not in range", int::repr(x))));
        }
        if let (Some((start, _, step, _)), Some(xi)) = (r.small, int::as_i64(x)) {
            return Ok(int::from_i128((xi as i128 - start as i128) / step as i128));
        }
        let d = (int::to_ibig(x) - int::to_ibig(r.start)) / int::to_ibig(r.step);
        return Ok(int::from_ibig(d));
    }
    let it = crate::protocol::dispatch::iter(o)?;
    let mut i = 0i64;
    while let Some(y) = crate::protocol::dispatch::next(it)? {
        if crate::protocol::key::eq(y, x)? {
            return Ok(int::from_i64(i));
        }
        i += 1;
    }
    Err(value_error("sequence.index(x): x not in sequence"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{err_msg, i, r};

    fn rng(a: i64, b: i64, c: i64) -> Value {
        new(i(a), i(b), i(c)).unwrap()
    }

    #[test]
    fn basics() {
        assert_eq!(r(rng(0, 5, 1)), "range(0, 5)");
        assert_eq!(r(rng(0, 10, 2)), "range(0, 10, 2)");
        assert_eq!(len(rng(0, 10, 3)).unwrap(), 4);
        assert_eq!(len(rng(10, 0, -3)).unwrap(), 4);
        assert_eq!(len(rng(5, 0, 1)).unwrap(), 0);
        assert!(new(i(0), i(1), i(0)).is_err());
        assert_eq!(err_msg(), "range() arg 3 must not be zero");
        assert!(new(crate::objects::str::new("a"), i(1), i(1)).is_err());
        assert_eq!(
            err_msg(),
            "'str' object cannot be interpreted as an integer"
        );
    }

    #[test]
    fn indexing_and_slicing() {
        // python3 -c 'r=range(3, 30, 4); print(r[-1], r[2], r[::-1], r[1:5], r[::2], r[100:], r[-2:1:-2])'
        let v = rng(3, 30, 4);
        assert_eq!(getitem(v, i(-1)).unwrap(), i(27));
        assert_eq!(getitem(v, i(2)).unwrap(), i(11));
        let sl = |a: Option<i64>, b: Option<i64>, c: Option<i64>| {
            let f = |x: Option<i64>| x.map(i).unwrap_or(object::none());
            r(getitem(v, crate::objects::slice::new(f(a), f(b), f(c))).unwrap())
        };
        assert_eq!(sl(None, None, Some(-1)), "range(27, -1, -4)");
        assert_eq!(sl(Some(1), Some(5), None), "range(7, 23, 4)");
        assert_eq!(sl(None, None, Some(2)), "range(3, 31, 8)");
        assert_eq!(sl(Some(100), None, None), "range(31, 31, 4)");
        assert_eq!(sl(Some(-2), Some(1), Some(-2)), "range(23, 7, -8)");
        assert!(getitem(v, i(7)).is_err());
        assert_eq!(err_msg(), "range object index out of range");
        assert!(getitem(v, crate::objects::str::new("a")).is_err());
        assert_eq!(
            err_msg(),
            "range indices must be integers or slices, not str"
        );
    }

    #[test]
    fn membership_equality_methods() {
        let v = rng(3, 30, 4);
        assert!(contains(v, i(7)).unwrap());
        assert!(!contains(v, i(8)).unwrap());
        assert!(!contains(v, i(31)).unwrap());
        assert!(contains(rng(10, 0, -2), i(2)).unwrap());
        assert!(!contains(rng(10, 0, -2), i(0)).unwrap());
        assert!(eq(rng(0, 0, 1), rng(5, 2, 3)).unwrap());
        assert!(eq(rng(0, 3, 5), rng(0, 1, 7)).unwrap());
        assert!(!eq(rng(0, 5, 2), rng(0, 4, 2)).unwrap());
        assert!(eq(rng(0, 4, 2), rng(0, 3, 2)).unwrap());
        let m = |name: &str, x: Value| crate::testing::call_method(v, name, Args::positional(&[x]));
        assert_eq!(m("index", i(11)).unwrap(), i(2));
        assert!(m("index", i(12)).is_err());
        assert_eq!(err_msg(), "12 is not in range");
        assert_eq!(m("count", i(27)).unwrap(), i(1));
        assert_eq!(obj(v).step, i(4));
    }

    #[test]
    fn huge_ranges() {
        // python3 -c 'r=range(2**64); print(r[2**63], r[-1], 2**63 in r); print(len(range(2**62)))'
        let big = int::from_ibig(IBig::from(1u128 << 64));
        let v = new(i(0), big, i(1)).unwrap();
        assert!(len(v).is_err());
        assert_eq!(err_msg(), "Python int too large to convert to C ssize_t");
        let k = int::from_ibig(IBig::from(1u128 << 63));
        assert_eq!(int::repr(getitem(v, k).unwrap()), "9223372036854775808");
        assert_eq!(
            int::repr(getitem(v, i(-1)).unwrap()),
            "18446744073709551615"
        );
        assert!(contains(v, k).unwrap());
    }
}
