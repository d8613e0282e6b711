//! `slice` objects, and the index conversions every sequence shares:
//! int indices (`as_index`), slice bounds (`PySlice_Unpack` and
//! `PySlice_AdjustIndices` as CPython has them).

use crate::exc::error::{index_error, type_error, value_error, R};
use crate::object::{self, Header, Kind, Object, SLICE_TYPE};
use crate::protocol::args::Args;
use crate::types::slots;
use crate::value::Value;

/// A `slice(start, stop, step)` object; absent parts are `None`.
#[repr(C)]
pub struct SliceObj {
    pub header: Header,
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

// SAFETY: repr(C), Header first; every Kind::Slice object is a SliceObj.
unsafe impl Object for SliceObj {
    const KINDS: &'static [Kind] = &[Kind::Slice];

    fn trace(&self, t: &mut crate::gc::Tracer) {
        t.visit(self.start);
        t.visit(self.stop);
        t.visit(self.step);
    }
}

/// A new slice object.
pub fn new(start: Value, stop: Value, step: Value) -> Value {
    Value::from_ref(crate::gc::alloc(SliceObj {
        header: Header::new(&SLICE_TYPE),
        start,
        stop,
        step,
    }))
}

/// `repr(slice)`: `slice(1, None, 2)`.
pub fn repr(v: Value) -> R<String> {
    let s = v.as_ref::<SliceObj>();
    Ok(format!(
        "slice({}, {}, {})",
        crate::protocol::dispatch::repr(s.start)?,
        crate::protocol::dispatch::repr(s.stop)?,
        crate::protocol::dispatch::repr(s.step)?
    ))
}

/// An int or bool as a sequence index: `None` if `v` is not an int,
/// IndexError "cannot fit 'int' into an index-sized integer" if it is too big.
#[inline]
pub fn as_index(v: Value) -> Option<R<i64>> {
    if v.is_small() {
        return Some(Ok(v.small()));
    }
    match v.header().kind {
        Kind::Bool => Some(Ok(crate::protocol::num::bool_value(v) as i64)),
        Kind::Int => Some(crate::objects::int::as_i64(v).ok_or_else(|| {
            index_error(format!(
                "cannot fit '{}' into an index-sized integer",
                object::type_name(v)
            ))
        })),
        // An `int` subclass instance or a user object with `__index__`.
        _ if crate::class::ops::is_user(v) => match crate::protocol::num::as_int(v) {
            Ok(Some(i)) => as_index(i),
            Ok(None) => None,
            Err(e) => Some(Err(e)),
        },
        _ => None,
    }
}

/// An argument that must be an int (`list.pop(i)`, `list.insert(i, x)`):
/// TypeError "'str' object cannot be interpreted as an integer" for other
/// types, OverflowError for ints beyond `Py_ssize_t`.
pub fn index_arg(v: Value) -> R<i64> {
    let v = crate::protocol::num::int_arg(v)?;
    crate::objects::int::as_i64(v).ok_or_else(|| {
        crate::exc::error::overflow_error("Python int too large to convert to C ssize_t")
    })
}

/// An int clamped to the i64 range, as `_PyEval_SliceIndex` clamps to
/// `Py_ssize_t`; `None` if `v` has no integer value (`num::as_int`).
pub fn clamped_index(v: Value) -> R<Option<i64>> {
    if v.is_small() {
        return Ok(Some(v.small()));
    }
    let Some(v) = crate::protocol::num::as_int(v)? else {
        return Ok(None);
    };
    Ok(Some(crate::objects::int::as_i64(v).unwrap_or(
        if crate::objects::int::is_negative(v) {
            i64::MIN
        } else {
            i64::MAX
        },
    )))
}

/// A bound of `list.index(x, start, stop)`-style methods (`None` not allowed).
pub fn bound_arg(v: Value) -> R<i64> {
    clamped_index(v)?
        .ok_or_else(|| type_error("slice indices must be integers or have an __index__ method"))
}

/// The `start` and `stop` arguments of `index(x, start=0, stop=maxsize)`
/// methods (list, tuple, deque, array), converted with `bound_arg`.
pub fn index_bounds(start: Option<&Value>, stop: Option<&Value>) -> R<(i64, i64)> {
    let start = match start {
        Some(v) => bound_arg(*v)?,
        None => 0,
    };
    let stop = match stop {
        Some(v) => bound_arg(*v)?,
        None => i64::MAX,
    };
    Ok((start, stop))
}

/// `index_bounds` made relative to a sequence of `len` items: negative
/// bounds count from the end, clamped at 0 (`stop` is not clamped to
/// `len`). Read `len` after `index_bounds`, whose `__index__` calls may
/// change the sequence.
pub fn resolve_bounds((start, stop): (i64, i64), len: i64) -> (i64, i64) {
    let from_end = |b: i64| if b < 0 { (b + len).max(0) } else { b };
    (from_end(start), from_end(stop))
}

fn slice_part(v: Value, default: i64) -> R<i64> {
    if object::is_none(v) {
        return Ok(default);
    }
    clamped_index(v)?.ok_or_else(|| {
        type_error("slice indices must be integers or None or have an __index__ method")
    })
}

/// `unpack` of a slice not made into an object, when every part is a
/// small int or None, so nothing runs Al code and a built-in sequence can
/// be sliced without making the slice object; `None` otherwise.
#[inline]
pub fn unpack_plain(start: Value, stop: Value, step: Value) -> Option<R<(i64, i64, i64)>> {
    let plain = |v: Value| v.is_small() || object::is_none(v);
    if !(plain(start) && plain(stop) && plain(step)) {
        return None;
    }
    let step = if step.is_small() { step.small() } else { 1 };
    if step == 0 {
        return Some(Err(value_error("slice step cannot be zero")));
    }
    let part = |v: Value, default: i64| if v.is_small() { v.small() } else { default };
    let start = part(start, if step < 0 { i64::MAX } else { 0 });
    let stop = part(stop, if step < 0 { i64::MIN } else { i64::MAX });
    Some(Ok((start, stop, step)))
}

/// `PySlice_Unpack`: raw start, stop, step with defaults filled in.
pub fn unpack(slice: Value) -> R<(i64, i64, i64)> {
    let s = slice.as_ref::<SliceObj>();
    let step = if object::is_none(s.step) {
        1
    } else {
        let st = slice_part(s.step, 1)?;
        if st == 0 {
            return Err(value_error("slice step cannot be zero"));
        }
        // Keep -step representable, as CPython does.
        st.max(-i64::MAX)
    };
    let start = slice_part(s.start, if step < 0 { i64::MAX } else { 0 })?;
    let stop = slice_part(s.stop, if step < 0 { i64::MIN } else { i64::MAX })?;
    Ok((start, stop, step))
}

/// `PySlice_AdjustIndices`: clips start and stop to a sequence of `len`
/// items and returns the number of items selected.
pub fn adjust(len: usize, start: &mut i64, stop: &mut i64, step: i64) -> usize {
    let len = len as i64;
    for bound in [&mut *start, &mut *stop] {
        if *bound < 0 {
            *bound += len;
            if *bound < 0 {
                *bound = if step < 0 { -1 } else { 0 };
            }
        } else if *bound >= len {
            *bound = if step < 0 { len - 1 } else { len };
        }
    }
    slice_len(*start, *stop, step)
}

/// Start, stop and step of `slice` for a sequence of length `len`, clipped
/// as `slice.indices(len)` clips them.
pub fn indices(slice: Value, len: usize) -> R<(i64, i64, i64)> {
    let (mut start, mut stop, step) = unpack(slice)?;
    adjust(len, &mut start, &mut stop, step);
    Ok((start, stop, step))
}

crate::attr_table! {
    /// The attributes of `slice`.
    pub static ATTRS for object::SLICE_TYPE = [
        slot "__eq__" => slots::eq;
        slot "__ge__" => slots::ge;
        slot "__getattribute__" => slots::getattribute;
        slot "__gt__" => slots::gt;
        none "__hash__";
        slot "__le__" => slots::le;
        slot "__lt__" => slots::lt;
        slot "__ne__" => slots::ne;
        new "__new__" => slots::new;
        method "__reduce__" => reduce;
        slot "__repr__" => slots::repr;
        method "indices" => slice_indices;
        member "start" => |o| Ok(o.as_ref::<SliceObj>().start);
        member "step" => |o| Ok(o.as_ref::<SliceObj>().step);
        member "stop" => |o| Ok(o.as_ref::<SliceObj>().stop);
    ]
}

/// `s.__reduce__()`: `(slice, (start, stop, step))`.
fn reduce(o: Value, args: Args) -> R<Value> {
    args.positional_range("slice.__reduce__", 0, 0)?;
    let s = o.as_ref::<SliceObj>();
    let t = crate::objects::tuple::from_slice(&[s.start, s.stop, s.step]);
    Ok(crate::objects::tuple::from_slice(&[
        object::SLICE_TYPE.value(),
        t,
    ]))
}

/// `s.indices(length)`: the clipped `(start, stop, step)` tuple.
fn slice_indices(o: Value, args: Args) -> R<Value> {
    let len = args.positional_range("indices", 1, 1)?[0];
    let len = index_arg(len)?;
    if len < 0 {
        return Err(value_error("length should not be negative"));
    }
    let (start, stop, step) = indices(o, len as usize)?;
    Ok(crate::objects::tuple::from_slice(&[
        crate::objects::int::from_i64(start),
        crate::objects::int::from_i64(stop),
        crate::objects::int::from_i64(step),
    ]))
}

/// Number of items a clipped slice selects.
pub fn slice_len(start: i64, stop: i64, step: i64) -> usize {
    if step == 0 {
        return 0;
    }
    // The common case in plain i64 arithmetic (no 128-bit division).
    if step > 0 {
        if let Some(d) = stop.checked_sub(start) {
            return if d > 0 {
                ((d - 1) / step + 1) as usize
            } else {
                0
            };
        }
    } else if step != i64::MIN {
        if let Some(d) = start.checked_sub(stop) {
            return if d > 0 {
                ((d - 1) / -step + 1) as usize
            } else {
                0
            };
        }
    }
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    let d = if step < 0 { start - stop } else { stop - start };
    if d > 0 {
        ((d - 1) / step.abs() + 1) as usize
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::none;
    use crate::testing::sl;

    #[test]
    fn indices_match_cpython() {
        // python3 -c 'for t in [(None,None,None),(1,-1,None),(None,None,-1),(-100,100,2),(10,None,-3),(5,2,None),(None,None,-2)]: print(slice(*t).indices(7))'
        let cases = [
            ((None, None, None), (0, 7, 1)),
            ((Some(1), Some(-1), None), (1, 6, 1)),
            ((None, None, Some(-1)), (6, -1, -1)),
            ((Some(-100), Some(100), Some(2)), (0, 7, 2)),
            ((Some(10), None, Some(-3)), (6, -1, -3)),
            ((Some(5), Some(2), None), (5, 2, 1)),
            ((None, None, Some(-2)), (6, -1, -2)),
        ];
        for ((a, b, c), want) in cases {
            assert_eq!(indices(sl(a, b, c), 7).unwrap(), want);
        }
        assert_eq!(slice_len(6, -1, -1), 7);
        assert_eq!(slice_len(6, -1, -3), 3);
        assert_eq!(slice_len(5, 2, 1), 0);
        assert!(indices(sl(None, None, Some(0)), 3).is_err());
    }

    #[test]
    fn repr_and_attrs() {
        let v = sl(Some(1), None, Some(2));
        assert_eq!(repr(v).unwrap(), "slice(1, None, 2)");
        assert_eq!(v.as_ref::<SliceObj>().start, Value::from_small(1));
        assert_eq!(v.as_ref::<SliceObj>().stop, none());
    }
}
