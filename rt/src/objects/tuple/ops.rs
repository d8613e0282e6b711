//! `tuple` operations: indexing and slicing, comparison, CPython's tuple
//! hash, repr, `+`/`*`, and the methods `count` and `index`.

use crate::exc::error::{index_error, type_error, value_error, R};
use crate::object::{self, Kind};
use crate::objects::list::ops::{repeat_items, ReprGuard};
use crate::objects::slice;
use crate::objects::tuple::{self, TupleObj};
use crate::protocol::args::Args;
use crate::types::slots;
use crate::value::Value;
use alrt_abi::ops::CmpOp;

/// `repr(tuple)`: `()`, `(1,)`, `(1, 2)`.
pub fn repr(v: Value) -> R<String> {
    let mut out = String::new();
    repr_into(v, &mut out)?;
    Ok(out)
}

/// Appends `repr(tuple)` to `out`.
pub fn repr_into(v: Value, out: &mut String) -> R<()> {
    let items = tuple::items(v);
    if items.is_empty() {
        out.push_str("()");
        return Ok(());
    }
    let Some(_guard) = ReprGuard::enter(v) else {
        out.push_str("(...)");
        return Ok(());
    };
    out.push('(');
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        crate::protocol::dispatch::repr_into(*x, out)?;
    }
    out.push_str(if items.len() == 1 { ",)" } else { ")" });
    Ok(())
}

/// Lexicographic comparison of two item slices (tuples, and lists' snapshots).
pub fn compare_items(a: &[Value], b: &[Value], op: CmpOp) -> R<bool> {
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && a.len() != b.len() {
        return Ok(op == CmpOp::Ne);
    }
    for (x, y) in a.iter().zip(b) {
        if !crate::protocol::key::eq(*x, *y)? {
            return match op {
                CmpOp::Eq => Ok(false),
                CmpOp::Ne => Ok(true),
                _ => crate::protocol::dispatch::compare_bool(*x, *y, op),
            };
        }
    }
    Ok(op.test(a.len().cmp(&b.len())))
}

/// Rich comparison of two tuples.
pub fn compare(a: Value, b: Value, op: CmpOp) -> R<bool> {
    compare_items(tuple::items(a), tuple::items(b), op)
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// `hash(tuple)`: CPython 3.11's xxHash-based `tuplehash`, cached.
pub fn hash(v: Value) -> R<i64> {
    let t = v.as_ref::<TupleObj>();
    let cached = t.hash.get();
    if cached != -1 {
        return Ok(cached);
    }
    crate::exc::recursion::check()?;
    let mut acc = XXPRIME_5;
    for x in t.items().iter() {
        let lane = crate::protocol::key::hash(*x)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add((t.len as u64) ^ (XXPRIME_5 ^ 3527539));
    let h = if acc == u64::MAX {
        1546275796
    } else {
        acc as i64
    };
    t.hash.set(h);
    Ok(h)
}

/// `t[k]`
pub fn getitem(o: Value, k: Value) -> R<Value> {
    let items = tuple::items(o);
    if let Some(i) = slice::as_index(k) {
        let i = i?;
        let n = items.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(index_error("tuple index out of range"));
        }
        return Ok(items[j as usize]);
    }
    if k.kind() == Kind::Slice {
        return Ok(getslice(o, slice::unpack(k)?));
    }
    Err(type_error(format!(
        "tuple indices must be integers or slices, not {}",
        object::type_name(k)
    )))
}

/// `t[start:stop:step]`, the parts unpacked.
pub fn getslice(o: Value, parts: (i64, i64, i64)) -> Value {
    let items = tuple::items(o);
    let (mut start, mut stop, step) = parts;
    let n = slice::adjust(items.len(), &mut start, &mut stop, step);
    if step == 1 && n == items.len() && std::ptr::eq(o.header().ty, &object::TUPLE_TYPE) {
        // CPython returns an exact tuple itself for a full slice.
        return o;
    }
    tuple::from_vec(crate::objects::list::ops::slice_items(items, parts))
}

/// `x in t`
pub fn contains(c: Value, x: Value) -> R<bool> {
    for y in tuple::items(c) {
        if crate::protocol::key::eq(*y, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `a + b`
pub fn concat(a: Value, b: Value) -> R<Value> {
    let (ia, ib) = (tuple::items(a), tuple::items(b));
    if ib.is_empty() {
        return Ok(a);
    }
    if ia.is_empty() {
        return Ok(b);
    }
    let mut out = Vec::new();
    crate::objects::list::ops::try_reserve(&mut out, ia.len() + ib.len())?;
    out.extend_from_slice(ia);
    out.extend_from_slice(ib);
    Ok(tuple::from_vec(out))
}

/// `a * n`
pub fn repeat(a: Value, n: i64) -> R<Value> {
    let items = tuple::items(a);
    if n == 1 {
        return Ok(a);
    }
    Ok(tuple::from_vec(repeat_items(items, n)?))
}

crate::attr_table! {
    /// The attributes of `tuple`.
    pub static ATTRS for object::TUPLE_TYPE = [
        slot "__add__" => slots::add;
        classmethod "__class_getitem__" => slots::class_getitem;
        slot "__contains__" => slots::contains;
        slot "__eq__" => slots::eq;
        slot "__ge__" => slots::ge;
        slot "__getattribute__" => slots::getattribute;
        slot "__getitem__" => slots::getitem;
        method "__getnewargs__" => getnewargs;
        slot "__gt__" => slots::gt;
        slot "__hash__" => slots::hash;
        slot "__iter__" => slots::iter;
        slot "__le__" => slots::le;
        slot "__len__" => slots::len;
        slot "__lt__" => slots::lt;
        slot "__mul__" => slots::mul;
        slot "__ne__" => slots::ne;
        new "__new__" => slots::new;
        slot "__repr__" => slots::repr;
        slot "__rmul__" => slots::rmul;
        method "count" => tuple_count;
        method "index" => tuple_index;
    ]
}

/// `t.__getnewargs__()`: the items as a plain tuple, in a tuple.
fn getnewargs(o: Value, args: Args) -> R<Value> {
    args.positional_range("tuple.__getnewargs__", 0, 0)?;
    let plain = tuple::from_slice(tuple::items(o));
    Ok(tuple::from_slice(&[plain]))
}

fn tuple_count(o: Value, args: Args) -> R<Value> {
    let items = tuple::items(o);
    let a = args.positional_range("tuple.count", 1, 1)?;
    let mut n = 0;
    for y in items {
        if crate::protocol::key::eq(*y, a[0])? {
            n += 1;
        }
    }
    Ok(Value::from_small(n))
}

fn tuple_index(o: Value, args: Args) -> R<Value> {
    let items = tuple::items(o);
    args.no_kwargs("tuple.index")?;
    let a = args.positional_range("index", 1, 3)?;
    let len = items.len() as i64;
    let bounds = slice::index_bounds(a.get(1), a.get(2))?;
    let (start, stop) = slice::resolve_bounds(bounds, len);
    let stop = stop.min(len);
    let mut i = start;
    while i < stop {
        if crate::protocol::key::eq(items[i as usize], a[0])? {
            return Ok(Value::from_small(i));
        }
        i += 1;
    }
    Err(value_error("tuple.index(x): x not in tuple"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{i, r, t};

    #[test]
    fn reprs() {
        assert_eq!(r(t(&[])), "()");
        assert_eq!(r(t(&[i(1)])), "(1,)");
        assert_eq!(
            r(t(&[
                i(1),
                t(&[i(2)]),
                crate::objects::list::from_vec(vec![])
            ])),
            "(1, (2,), [])"
        );
    }

    #[test]
    fn hashes_match_cpython() {
        // python3 -c 'print(hash(()), hash((1,)), hash((1, 2)), hash((-1, (2, 3))), hash((2**62-1, -(2**62))))'
        assert_eq!(hash(t(&[])).unwrap(), 5740354900026072187);
        assert_eq!(hash(t(&[i(1)])).unwrap(), -6644214454873602895);
        assert_eq!(hash(t(&[i(1), i(2)])).unwrap(), -3550055125485641917);
        assert_eq!(
            hash(t(&[i(-1), t(&[i(2), i(3)])])).unwrap(),
            7961681220473502521
        );
        assert_eq!(
            hash(t(&[i((1 << 62) - 1), i(-(1 << 62))])).unwrap(),
            -6779188579744246035
        );
        assert!(hash(t(&[crate::objects::list::from_vec(vec![])])).is_err());
        let e = crate::exc::error::take_pending();
        assert_eq!(
            crate::exc::to_str(e.as_ref()).unwrap(),
            "unhashable type: 'list'"
        );
    }

    #[test]
    fn indexing_and_slicing() {
        let v = t(&[i(1), i(2), i(3)]);
        assert_eq!(getitem(v, i(-1)).unwrap(), i(3));
        assert!(getitem(v, i(3)).is_err());
        crate::exc::error::take_pending();
        let all = slice::new(object::none(), object::none(), object::none());
        assert_eq!(getitem(v, all).unwrap(), v);
        let rev = slice::new(object::none(), object::none(), i(-2));
        assert_eq!(r(getitem(v, rev).unwrap()), "(3, 1)");
    }

    #[test]
    fn compare_and_methods() {
        let a = t(&[i(1), i(2)]);
        let b = t(&[i(1), i(3)]);
        assert!(compare(a, b, CmpOp::Lt).unwrap());
        assert!(compare(a, t(&[i(1)]), CmpOp::Gt).unwrap());
        assert!(compare(a, t(&[i(1), i(2)]), CmpOp::Eq).unwrap());
        assert_eq!(r(concat(a, b).unwrap()), "(1, 2, 1, 3)");
        assert_eq!(r(repeat(a, 2).unwrap()), "(1, 2, 1, 2)");
        let c = crate::testing::call_method(a, "index", Args::positional(&[i(2)])).unwrap();
        assert_eq!(c, i(1));
        assert!(crate::testing::call_method(a, "index", Args::positional(&[i(5)])).is_err());
        let e = crate::exc::error::take_pending();
        assert_eq!(
            crate::exc::to_str(e.as_ref()).unwrap(),
            "tuple.index(x): x not in tuple"
        );
        let c = crate::testing::call_method(a, "count", Args::positional(&[i(1)])).unwrap();
        assert_eq!(c, i(1));
    }
}
