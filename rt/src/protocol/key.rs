//! Hashing and equality of container keys and items, with the fast paths
//! (small ints, strings) that keep dict, set and sequence searches free of
//! allocation and of calls into generic dispatch.

use crate::exc::error::R;
use crate::object::Kind;
use crate::objects::str::StrObj;
use crate::value::Value;

/// CPython's hash modulus, 2**61 - 1.
const MODULUS: i64 = (1 << 61) - 1;

/// CPython's hash of the int `i` (`i` mod 2**61 - 1 with the sign kept,
/// -1 mapped to -2).
#[inline]
pub fn int_hash(i: i64) -> i64 {
    let h = if i > -MODULUS && i < MODULUS {
        i
    } else if i >= 0 {
        i % MODULUS
    } else {
        // `i` is at least -2**63 + 1 here only for i64 callers; use i128 to
        // stay clear of overflow on i64::MIN.
        -(((-(i as i128)) % MODULUS as i128) as i64)
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Whether `v` (not a small int) is an exact `str`: instances of `str`
/// subclasses share the kind but may override `__eq__` and `__hash__`.
#[inline]
fn exact_str(v: Value) -> bool {
    let h = v.header();
    h.kind == Kind::Str && h.ty.class.is_none()
}

/// Whether `v` (not a small int) is of a built-in type that never equals a
/// small int (exact types: a `str` or `tuple` subclass may define `__eq__`).
#[inline]
fn never_equals_int(v: Value) -> bool {
    let h = v.header();
    h.ty.class.is_none()
        && matches!(
            h.kind,
            Kind::Str | Kind::NoneType | Kind::List | Kind::Tuple | Kind::Dict
        )
}

/// `hash(v)`, with small ints and strings (cached hash) handled inline.
#[inline]
pub fn hash(v: Value) -> R<i64> {
    if v.is_small() {
        return Ok(int_hash(v.small()));
    }
    if exact_str(v) {
        let h = v.as_ref::<StrObj>().hash.get();
        if h != -1 {
            return Ok(h);
        }
    }
    crate::protocol::dispatch::hash(v)
}

/// Equality decided without running Al code, when possible: identity,
/// two small ints, two strings, two exact tuples whose items are decided
/// so (one level deep). `None` means "ask `dispatch::eq`".
#[inline]
pub fn fast_eq(a: Value, b: Value) -> Option<bool> {
    if let Some(r) = fast_eq_flat(a, b) {
        return Some(r);
    }
    tuple_fast_eq(a, b)
}

fn exact_tuple(v: Value) -> bool {
    std::ptr::eq(v.header().ty, &crate::object::TUPLE_TYPE)
}

/// Two exact tuples (else undecided) compared as CPython compares them
/// for `==`: a length
/// difference decides at once, else items in order until one differs.
/// Undecided (`None`) as soon as an item pair needs Al code, before any
/// ran: the generic comparison then starts over, and the pairs already
/// seen ran nothing.
#[inline(never)]
fn tuple_fast_eq(a: Value, b: Value) -> Option<bool> {
    if a.is_small() || b.is_small() || !exact_tuple(a) || !exact_tuple(b) {
        return None;
    }
    let (xs, ys) = (
        crate::objects::tuple::items(a),
        crate::objects::tuple::items(b),
    );
    if xs.len() != ys.len() {
        return Some(false);
    }
    for (&x, &y) in xs.iter().zip(ys) {
        if !fast_eq_flat(x, y)? {
            return Some(false);
        }
    }
    Some(true)
}

/// `fast_eq` without the tuple case: identity, small ints, strings, None.
#[inline]
fn fast_eq_flat(a: Value, b: Value) -> Option<bool> {
    if a == b {
        return Some(true);
    }
    if a.is_small() {
        if b.is_small() {
            return Some(false);
        }
        return never_equals_int(b).then_some(false);
    }
    if b.is_small() {
        return never_equals_int(a).then_some(false);
    }
    let (ka, kb) = (a.header().kind, b.header().kind);
    if exact_str(a) && exact_str(b) {
        let (sa, sb) = (a.as_ref::<StrObj>(), b.as_ref::<StrObj>());
        let (ha, hb) = (sa.hash.get(), sb.hash.get());
        if ha != -1 && hb != -1 && ha != hb {
            return Some(false);
        }
        return Some(sa.text() == sb.text());
    }
    let builtin = a.header().ty.class.is_none() && b.header().ty.class.is_none();
    if builtin && (ka == Kind::NoneType || kb == Kind::NoneType) {
        // None equals only itself (identity was checked above) unless the
        // other operand's class says otherwise.
        return Some(false);
    }
    None
}

/// Equality as containers use it (`x in list`, dict keys): identity, then `==`.
#[inline]
pub fn eq(a: Value, b: Value) -> R<bool> {
    match fast_eq(a, b) {
        Some(r) => Ok(r),
        None => crate::protocol::dispatch::container_eq(a, b),
    }
}

/// Strings with the same text, checked without Al code (for table probes).
#[inline]
pub fn both_str_eq(a: Value, b: Value) -> Option<bool> {
    if a.is_small() || b.is_small() {
        return None;
    }
    if exact_str(a) && exact_str(b) {
        return Some(a.as_ref::<StrObj>().text() == b.as_ref::<StrObj>().text());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int_hashes_match_cpython() {
        // python3 -c 'print([hash(i) for i in (0, 1, -1, -2, 2**61-2, 2**61-1, 2**61, -(2**61), 2**62-1, -(2**62))])'
        let cases = [
            (0, 0),
            (1, 1),
            (-1, -2),
            (-2, -2),
            ((1 << 61) - 2, 2305843009213693950),
            ((1 << 61) - 1, 0),
            (1 << 61, 1),
            (-(1 << 61), -2),
            ((1 << 62) - 1, 1),
            (-(1 << 62), -2),
        ];
        for (i, h) in cases {
            assert_eq!(int_hash(i), h, "hash({i})");
        }
    }
}
