//! Dict views: the objects `keys()`, `values()` and `items()` return. Keys
//! and items views are set-like (comparisons and `- & | ^` build sets, as
//! CPython's `dictviews_*` functions do); values views are not.

use crate::exc::error::R;
use crate::object::{self, Header, Kind, Object, TypeObj, OBJECT_TYPE};
use crate::objects::list::ops::ReprGuard;
use crate::value::Value;
use alrt_abi::ops::{BinOp, CmpOp};

/// Which view of the dict.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

/// `dict_keys`
pub static DICT_KEYS_TYPE: TypeObj =
    TypeObj::builtin("dict_keys", Some(&OBJECT_TYPE), Kind::DictView);
/// `dict_values`
pub static DICT_VALUES_TYPE: TypeObj =
    TypeObj::builtin("dict_values", Some(&OBJECT_TYPE), Kind::DictView);
/// `dict_items`
pub static DICT_ITEMS_TYPE: TypeObj =
    TypeObj::builtin("dict_items", Some(&OBJECT_TYPE), Kind::DictView);

/// A view of a dict.
#[repr(C)]
pub struct DictViewObj {
    pub header: Header,
    pub dict: Value,
    pub which: ViewKind,
}

// SAFETY: repr(C), Header first; every Kind::DictView object is a DictViewObj.
unsafe impl Object for DictViewObj {
    const KINDS: &'static [Kind] = &[Kind::DictView];

    fn trace(&self, t: &mut crate::gc::Tracer) {
        t.visit(self.dict);
    }
}

/// A new view of dict `d`; `name` is "keys", "values" or "items".
pub fn new_view(d: Value, name: &str) -> Value {
    let (ty, which) = match name {
        "keys" => (&DICT_KEYS_TYPE, ViewKind::Keys),
        "values" => (&DICT_VALUES_TYPE, ViewKind::Values),
        _ => (&DICT_ITEMS_TYPE, ViewKind::Items),
    };
    Value::from_ref(crate::gc::alloc(DictViewObj {
        header: Header::new(ty),
        dict: d,
        which,
    }))
}

/// The dict and kind of a view.
#[inline]
pub fn parts(v: Value) -> (Value, ViewKind) {
    let o = v.as_ref::<DictViewObj>();
    (o.dict, o.which)
}

/// True for keys and items views (the set-like ones).
pub fn is_setlike_view(v: Value) -> bool {
    v.kind() == Kind::DictView && parts(v).1 != ViewKind::Values
}

/// `len(view)`
pub fn view_len(v: Value) -> usize {
    crate::objects::dict::len(parts(v).0)
}

/// `repr(view)`: `dict_keys([1, 2])`.
pub fn view_repr(v: Value) -> R<String> {
    let Some(_guard) = ReprGuard::enter(v) else {
        return Ok("...".into());
    };
    let items = crate::objects::list::from_vec(crate::protocol::dispatch::collect(v)?.into_vec());
    Ok(format!(
        "{}({})",
        object::type_name(v),
        crate::protocol::dispatch::repr(items)?
    ))
}

/// `x in view`
pub fn view_contains(v: Value, x: Value) -> R<bool> {
    let (d, which) = parts(v);
    match which {
        ViewKind::Keys => crate::objects::dict::contains(d, x),
        ViewKind::Items => {
            if x.kind() != Kind::Tuple {
                return Ok(false);
            }
            let kv = crate::objects::tuple::items(x);
            if kv.len() != 2 {
                return Ok(false);
            }
            match crate::objects::dict::get(d, kv[0])? {
                Some(found) => crate::protocol::key::eq(found, kv[1]),
                None => Ok(false),
            }
        }
        ViewKind::Values => {
            let mut pos = 0;
            while let Some((ix, e)) = crate::objects::dict::entry_from(d, pos) {
                if crate::protocol::key::eq(e.value, x)? {
                    return Ok(true);
                }
                pos = ix + 1;
            }
            Ok(false)
        }
    }
}

/// True if every item of `a` is in `b`.
fn all_contained_in(a: Value, b: Value) -> R<bool> {
    let it = crate::protocol::dispatch::iter(a)?;
    while let Some(x) = crate::protocol::dispatch::next(it)? {
        if !crate::protocol::dispatch::contains(b, x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Rich comparison of a set-like view `a` with `b` (CPython's
/// `dictview_richcompare`); `None` means NotImplemented.
pub fn view_compare(a: Value, b: Value, op: CmpOp) -> R<Option<bool>> {
    let b_setlike = matches!(b.kind(), Kind::Set | Kind::FrozenSet) || is_setlike_view(b);
    if !is_setlike_view(a) || !b_setlike {
        return Ok(None);
    }
    let (la, lb) = (
        crate::protocol::dispatch::len(a)?,
        crate::protocol::dispatch::len(b)?,
    );
    let r = match op {
        CmpOp::Eq | CmpOp::Ne => {
            let eq = la == lb && all_contained_in(a, b)?;
            eq == (op == CmpOp::Eq)
        }
        CmpOp::Lt => la < lb && all_contained_in(a, b)?,
        CmpOp::Le => la <= lb && all_contained_in(a, b)?,
        CmpOp::Gt => la > lb && all_contained_in(b, a)?,
        CmpOp::Ge => la >= lb && all_contained_in(b, a)?,
    };
    Ok(Some(r))
}

/// Rich comparison where either operand may be a set-like view (the
/// other side's reflected operator is used when only `b` is one); `None`
/// means NotImplemented both ways.
pub fn view_richcompare(a: Value, b: Value, op: CmpOp) -> R<Option<bool>> {
    if is_setlike_view(a) {
        if let Some(r) = view_compare(a, b, op)? {
            return Ok(Some(r));
        }
    }
    if is_setlike_view(b) {
        return view_compare(b, a, op.swapped());
    }
    Ok(None)
}

/// `a == b` where `a` is a view (values views compare by identity).
pub fn view_eq(a: Value, b: Value) -> R<bool> {
    Ok(view_compare(a, b, CmpOp::Eq)?.unwrap_or(a == b))
}

/// `dictviews_to_set`: a keys view is read through its dict (reusing the
/// stored hashes), anything else is iterated.
fn to_set(v: Value) -> R<Value> {
    let src = if v.kind() == Kind::DictView && parts(v).1 == ViewKind::Keys {
        parts(v).0
    } else {
        v
    };
    crate::objects::set::from_iterable(src)
}

/// `a op b` where `a` or `b` is a set-like view; the result is a set.
pub fn view_binop(op: BinOp, a: Value, b: Value) -> R<Value> {
    let ok = |v: Value| v.kind() != Kind::DictView || is_setlike_view(v);
    if !ok(a) || !ok(b) {
        return Err(crate::protocol::dispatch::binop_type_error(op, a, b));
    }
    match op {
        BinOp::Sub => {
            let res = to_set(a)?;
            crate::objects::set::difference_update(res, b)?;
            Ok(res)
        }
        BinOp::Or => {
            let res = to_set(a)?;
            crate::objects::set::update(res, b)?;
            Ok(res)
        }
        BinOp::Xor => {
            if a.kind() == Kind::DictView
                && b.kind() == Kind::DictView
                && parts(a).1 == ViewKind::Items
                && parts(b).1 == ViewKind::Items
            {
                return items_xor(a, b);
            }
            let res = to_set(a)?;
            crate::objects::set::symmetric_difference_update(res, b)?;
            Ok(res)
        }
        BinOp::And => intersect(a, b),
        _ => Err(crate::protocol::dispatch::binop_type_error(op, a, b)),
    }
}

/// CPython's `_PyDictView_Intersect`.
fn intersect(a: Value, b: Value) -> R<Value> {
    // The view is `this`, whichever side it came from.
    let (mut this, mut other) = if is_setlike_view(a) { (a, b) } else { (b, a) };
    let len_this = view_len(this);
    if other.kind() == Kind::Set && len_this <= crate::objects::set::len(other) {
        return crate::objects::set::intersection(other, this);
    }
    if is_setlike_view(other) && view_len(other) > len_this {
        std::mem::swap(&mut this, &mut other);
    }
    let res = crate::objects::set::new_set();
    let it = crate::protocol::dispatch::iter(other)?;
    while let Some(x) = crate::protocol::dispatch::next(it)? {
        if view_contains(this, x)? {
            crate::objects::set::add(res, x)?;
        }
    }
    Ok(res)
}

/// CPython's `dictitems_xor`.
fn items_xor(a: Value, b: Value) -> R<Value> {
    let (d1, d2) = (parts(a).0, parts(b).0);
    let temp = crate::objects::dict::copy(d1)?;
    let res = crate::objects::set::new_set();
    let mut pos = 0;
    while let Some((ix, e)) = crate::objects::dict::entry_from(d2, pos) {
        pos = ix + 1;
        let to_delete = match crate::objects::dict::get_hashed(temp, e.key, e.hash)? {
            Some(v1) => crate::protocol::key::eq(v1, e.value)?,
            None => false,
        };
        if to_delete {
            crate::objects::dict::pop_hashed(temp, e.key, e.hash)?;
        } else {
            crate::objects::set::add(res, crate::objects::tuple::from_slice(&[e.key, e.value]))?;
        }
    }
    crate::objects::set::update(res, new_view(temp, "items"))?;
    Ok(res)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{i, r};

    fn dict_of(pairs: &[(i64, i64)]) -> Value {
        let d = crate::objects::dict::new();
        for (k, v) in pairs {
            crate::objects::dict::setitem(d, i(*k), i(*v)).unwrap();
        }
        d
    }

    #[test]
    fn reprs_and_contains() {
        let d = dict_of(&[(1, 10), (2, 20)]);
        assert_eq!(r(new_view(d, "keys")), "dict_keys([1, 2])");
        assert_eq!(r(new_view(d, "values")), "dict_values([10, 20])");
        assert_eq!(r(new_view(d, "items")), "dict_items([(1, 10), (2, 20)])");
        let items = new_view(d, "items");
        assert!(view_contains(items, crate::objects::tuple::from_slice(&[i(1), i(10)])).unwrap());
        assert!(!view_contains(items, crate::objects::tuple::from_slice(&[i(1), i(11)])).unwrap());
        assert!(view_contains(new_view(d, "values"), i(20)).unwrap());
        assert_eq!(view_len(items), 2);
    }

    #[test]
    fn set_operations() {
        // python3 -c 'a={1:1,2:2,3:3}; b={3:0,4:0}; print(a.keys()-b.keys(), a.keys()&b.keys(), a.keys()|b.keys(), a.keys()^b.keys(), a.items()^{3:3,5:5}.items())'
        let a = dict_of(&[(1, 1), (2, 2), (3, 3)]);
        let b = dict_of(&[(3, 0), (4, 0)]);
        let (ka, kb) = (new_view(a, "keys"), new_view(b, "keys"));
        assert_eq!(r(view_binop(BinOp::Sub, ka, kb).unwrap()), "{1, 2}");
        assert_eq!(r(view_binop(BinOp::And, ka, kb).unwrap()), "{3}");
        assert_eq!(r(view_binop(BinOp::Or, ka, kb).unwrap()), "{1, 2, 3, 4}");
        assert_eq!(r(view_binop(BinOp::Xor, ka, kb).unwrap()), "{1, 2, 4}");
        let c = dict_of(&[(3, 3), (5, 5)]);
        let x = view_binop(BinOp::Xor, new_view(a, "items"), new_view(c, "items")).unwrap();
        assert_eq!(r(x), "{(1, 1), (5, 5), (2, 2)}");
        assert!(view_eq(ka, new_view(dict_of(&[(3, 0), (2, 0), (1, 0)]), "keys")).unwrap());
        assert!(!view_eq(new_view(a, "values"), new_view(a, "values")).unwrap());
        assert!(view_binop(BinOp::Sub, new_view(a, "values"), kb).is_err());
        crate::exc::error::take_pending();
    }

    #[test]
    fn views_meet_sets_through_dispatch() {
        // python3 -c 'a={1:1,2:2,3:3}; print({3,2,1} == a.keys(), a.keys() == {1,2,3}, {1,5} | a.keys(), {1,5} - a.keys(), a.keys() < {1,2,3,4}, {1:2}.items() == {(1,2)})'
        use crate::protocol::dispatch::{binop, compare_bool};
        let a = dict_of(&[(1, 1), (2, 2), (3, 3)]);
        let ka = new_view(a, "keys");
        let s123 = crate::objects::set::new_set();
        for x in [3, 2, 1] {
            crate::objects::set::add(s123, i(x)).unwrap();
        }
        assert!(compare_bool(s123, ka, CmpOp::Eq).unwrap());
        assert!(compare_bool(ka, s123, CmpOp::Eq).unwrap());
        let s15 = crate::objects::set::new_set();
        crate::objects::set::add(s15, i(1)).unwrap();
        crate::objects::set::add(s15, i(5)).unwrap();
        assert_eq!(r(binop(BinOp::Or, s15, ka).unwrap()), "{1, 2, 3, 5}");
        assert_eq!(r(binop(BinOp::Sub, s15, ka).unwrap()), "{5}");
        crate::objects::set::add(s123, i(4)).unwrap();
        assert!(compare_bool(ka, s123, CmpOp::Lt).unwrap());
        assert!(compare_bool(s123, ka, CmpOp::Gt).unwrap());
        let items = new_view(dict_of(&[(1, 2)]), "items");
        let pairs = crate::objects::set::new_set();
        crate::objects::set::add(pairs, crate::objects::tuple::from_slice(&[i(1), i(2)])).unwrap();
        assert!(compare_bool(items, pairs, CmpOp::Eq).unwrap());
    }
}
