//! `set` and `frozenset`: construction, operators, comparisons, repr, hash
//! and methods, following CPython 3.11's `setobject.c` algorithm by
//! algorithm (the table itself is in `objects/set/table.rs`), so results are built
//! in the same order CPython builds them.

pub mod table;

use crate::exc;
use crate::exc::error::{key_error, raise, R};
use crate::object::{self, Header, Kind, FROZENSET_TYPE, SET_TYPE};
use crate::objects::list::ops::ReprGuard;
use crate::protocol::args::Args;
use crate::types::slots;
use crate::value::Value;
use alrt_abi::ops::{BinOp, CmpOp};
use std::cell::{Cell, RefCell};

pub use crate::objects::set::table::SetObj;
use crate::objects::set::table::{swap_bodies, SetTable};

#[inline]
fn obj(v: Value) -> &'static SetObj {
    v.as_ref::<SetObj>()
}

#[inline]
fn is_anyset(v: Value) -> bool {
    matches!(v.kind(), Kind::Set | Kind::FrozenSet)
}

/// A new empty set (`frozen` = false) or frozenset.
fn new_empty(frozen: bool) -> Value {
    let ty = if frozen { &FROZENSET_TYPE } else { &SET_TYPE };
    Value::from_ref(crate::gc::alloc(SetObj {
        header: Header::new(ty),
        table: RefCell::new(SetTable::new()),
        hash: Cell::new(-1),
        finger: Cell::new(0),
    }))
}

/// A new empty set.
pub fn new_set() -> Value {
    new_empty(false)
}

/// A new frozenset holding `items` (added in order).
pub fn new_frozenset(items: &[Value]) -> R<Value> {
    let s = new_empty(true);
    for x in items {
        obj(s).add_key(*x)?;
    }
    Ok(s)
}

/// `set(iterable)`.
pub fn from_iterable(iterable: Value) -> R<Value> {
    let s = new_empty(false);
    update(s, iterable)?;
    Ok(s)
}

/// `frozenset(iterable)`; a frozenset argument is returned as it is.
pub fn frozenset_from_iterable(iterable: Value) -> R<Value> {
    if iterable.kind() == Kind::FrozenSet {
        return Ok(iterable);
    }
    let s = new_empty(true);
    update(s, iterable)?;
    Ok(s)
}

/// A new set of the same type as `so` (`make_new_set_basetype`) filled
/// from `iterable`.
fn new_like(so: Value, iterable: Option<Value>) -> R<Value> {
    let s = new_empty(so.kind() == Kind::FrozenSet);
    if let Some(it) = iterable {
        update(s, it)?;
    }
    Ok(s)
}

/// `s.add(x)`
#[inline]
pub fn add(s: Value, x: Value) -> R<()> {
    obj(s).add_key(x)
}

/// `len(s)`
#[inline]
pub fn len(v: Value) -> usize {
    obj(v).table.borrow().used
}

/// The first element at or after table position `pos`, with its position.
#[inline]
pub fn entry_from(s: Value, pos: usize) -> Option<(usize, Value)> {
    obj(s).entry_from(pos).map(|(i, e)| (i, e.key))
}

/// The elements in iteration order.
pub fn items_vec(s: Value) -> Vec<Value> {
    obj(s).entries_vec().into_iter().map(|e| e.key).collect()
}

/// Every element of the set (for the garbage collector).
pub fn for_each_ref(s: Value, mut f: impl FnMut(Value)) {
    for e in obj(s).table.borrow().entries.iter() {
        if !e.key.is_null() {
            f(e.key);
        }
    }
}

/// `repr(s)`: `{1, 2}`, `set()`, `frozenset({1})`, `frozenset()`.
pub fn repr(v: Value) -> R<String> {
    let mut out = String::new();
    repr_into(v, &mut out)?;
    Ok(out)
}

/// Appends `repr(s)` to `out`.
pub fn repr_into(v: Value, out: &mut String) -> R<()> {
    repr_named(v, None, out)
}

/// `repr` of an instance of a subclass of set or frozenset whose payload
/// is `v`: `Name({1, 2})`, `Name()`.
pub fn subclass_repr(v: Value, class_name: &str) -> R<String> {
    let mut out = String::new();
    repr_named(v, Some(class_name), &mut out)?;
    Ok(out)
}

/// Appends the repr of set `v`, written as a call of `class_name` when
/// given (and then also for a set).
fn repr_named(v: Value, class_name: Option<&str>, out: &mut String) -> R<()> {
    let name = class_name.unwrap_or_else(|| object::type_name(v));
    let Some(_guard) = ReprGuard::enter(v) else {
        out.push_str(&format!("{name}(...)"));
        return Ok(());
    };
    if len(v) == 0 {
        out.push_str(&format!("{name}()"));
        return Ok(());
    }
    // The items as they are now, in a tuple the collector sees: a repr may
    // change the set.
    let keys = crate::objects::tuple::from_vec(items_vec(v));
    let n = crate::objects::tuple::items(keys).len();
    let frozen = v.kind() != Kind::Set || class_name.is_some();
    if frozen {
        out.push_str(name);
        out.push('(');
    }
    out.push('{');
    for i in 0..n {
        if i > 0 {
            out.push_str(", ");
        }
        crate::protocol::dispatch::repr_into(crate::objects::tuple::items(keys)[i], out)?;
    }
    out.push('}');
    if frozen {
        out.push(')');
    }
    std::hint::black_box(keys);
    Ok(())
}

/// `hash(frozenset)`
pub fn hash(v: Value) -> R<i64> {
    Ok(obj(v).frozen_hash())
}

/// True if the pending exception is a TypeError (for the frozenset retry).
fn pending_is_type_error() -> bool {
    let e = crate::exc::error::pending();
    !e.is_null() && object::isinstance(e, &exc::TYPE_ERROR)
}

/// Runs `f(key)`; if `key` is a set and hashing it failed, retries with
/// `frozenset(key)`, as CPython's `set_contains`/`remove`/`discard` do.
fn with_frozen_retry<T>(key: Value, f: impl Fn(Value) -> R<T>) -> R<T> {
    match f(key) {
        Err(e) if key.kind() == Kind::Set && pending_is_type_error() => {
            let _ = e;
            crate::exc::error::take_pending();
            let tmp = new_empty(true);
            obj(tmp).merge(obj(key))?;
            f(tmp)
        }
        r => r,
    }
}

/// `x in s`
#[inline]
pub fn contains(c: Value, x: Value) -> R<bool> {
    let s = obj(c);
    with_frozen_retry(x, |k| s.contains_key(k))
}

/// `set_update_internal`: adds the elements of any iterable.
pub fn update(s: Value, other: Value) -> R<()> {
    let so = obj(s);
    match other.kind() {
        Kind::Set | Kind::FrozenSet => so.merge(obj(other)),
        Kind::Dict => {
            let n = crate::objects::dict::len(other);
            {
                let t = so.table.borrow();
                if (t.fill + n) * 5 >= t.mask * 3 {
                    let minused = (t.used + n) * 2;
                    drop(t);
                    so.resize(minused);
                }
            }
            let mut pos = 0;
            while let Some((ix, e)) = crate::objects::dict::entry_from(other, pos) {
                pos = ix + 1;
                so.add_entry(e.key, e.hash)?;
            }
            Ok(())
        }
        _ => {
            let it = crate::protocol::dispatch::iter(other)?;
            while let Some(x) = crate::protocol::dispatch::next(it)? {
                so.add_key(x)?;
            }
            Ok(())
        }
    }
}

/// `set_copy`: a new set of the same type with the same layout.
fn copy(s: Value) -> R<Value> {
    new_like(s, Some(s))
}

/// `set_intersection`
pub fn intersection(s: Value, other: Value) -> R<Value> {
    if s == other {
        return copy(s);
    }
    let result = new_like(s, None)?;
    let ro = obj(result);
    if is_anyset(other) {
        let (mut small, mut big) = (other, s);
        if len(other) > len(s) {
            std::mem::swap(&mut small, &mut big);
        }
        let mut pos = 0;
        while let Some((i, e)) = obj(small).entry_from(pos) {
            pos = i + 1;
            if obj(big).lookkey(e.key, e.hash)?.is_some() {
                ro.add_entry(e.key, e.hash)?;
            }
        }
        return Ok(result);
    }
    let so = obj(s);
    let it = crate::protocol::dispatch::iter(other)?;
    while let Some(x) = crate::protocol::dispatch::next(it)? {
        let h = crate::protocol::key::hash(x)?;
        if so.lookkey(x, h)?.is_some() {
            ro.add_entry(x, h)?;
            if len(result) >= len(s) {
                break;
            }
        }
    }
    Ok(result)
}

/// `set.intersection(*others)`
fn intersection_multi(s: Value, others: &[Value]) -> R<Value> {
    if others.is_empty() {
        return copy(s);
    }
    let mut result = s;
    for o in others {
        result = intersection(result, *o)?;
    }
    Ok(result)
}

/// `set_difference_update_internal`
pub fn difference_update(s: Value, other: Value) -> R<()> {
    let so = obj(s);
    if s == other {
        so.clear();
        return Ok(());
    }
    if is_anyset(other) {
        let other = if (len(other) >> 3) > len(s) {
            intersection(s, other)?
        } else {
            other
        };
        let mut pos = 0;
        while let Some((i, e)) = obj(other).entry_from(pos) {
            pos = i + 1;
            so.discard_entry(e.key, e.hash)?;
        }
    } else {
        let it = crate::protocol::dispatch::iter(other)?;
        while let Some(x) = crate::protocol::dispatch::next(it)? {
            so.discard_key(x)?;
        }
    }
    // If more than 1/4 are dummies, resize them away.
    let t = so.table.borrow();
    if t.fill - t.used <= t.mask / 4 {
        return Ok(());
    }
    let minused = if t.used > 50000 {
        t.used * 2
    } else {
        t.used * 4
    };
    drop(t);
    so.resize(minused);
    Ok(())
}

/// `set_difference`
fn difference(s: Value, other: Value) -> R<Value> {
    let other_size = match other.kind() {
        Kind::Set | Kind::FrozenSet => len(other),
        Kind::Dict => crate::objects::dict::len(other),
        _ => {
            let result = copy(s)?;
            difference_update(result, other)?;
            return Ok(result);
        }
    };
    if (len(s) >> 2) > other_size {
        let result = copy(s)?;
        difference_update(result, other)?;
        return Ok(result);
    }
    let result = new_like(s, None)?;
    let ro = obj(result);
    let mut pos = 0;
    while let Some((i, e)) = obj(s).entry_from(pos) {
        pos = i + 1;
        let present = if other.kind() == Kind::Dict {
            crate::objects::dict::get_hashed(other, e.key, e.hash)?.is_some()
        } else {
            obj(other).lookkey(e.key, e.hash)?.is_some()
        };
        if !present {
            ro.add_entry(e.key, e.hash)?;
        }
    }
    Ok(result)
}

/// `set.difference(*others)`
fn difference_multi(s: Value, others: &[Value]) -> R<Value> {
    let Some((first, rest)) = others.split_first() else {
        return copy(s);
    };
    let result = difference(s, *first)?;
    for o in rest {
        difference_update(result, *o)?;
    }
    Ok(result)
}

/// `set_symmetric_difference_update`
pub fn symmetric_difference_update(s: Value, other: Value) -> R<()> {
    let so = obj(s);
    if s == other {
        so.clear();
        return Ok(());
    }
    if other.kind() == Kind::Dict {
        let mut pos = 0;
        while let Some((ix, e)) = crate::objects::dict::entry_from(other, pos) {
            pos = ix + 1;
            if !so.discard_entry(e.key, e.hash)? {
                so.add_entry(e.key, e.hash)?;
            }
        }
        return Ok(());
    }
    let otherset = if is_anyset(other) {
        other
    } else {
        new_like(s, Some(other))?
    };
    let mut pos = 0;
    while let Some((i, e)) = obj(otherset).entry_from(pos) {
        pos = i + 1;
        if !so.discard_entry(e.key, e.hash)? {
            so.add_entry(e.key, e.hash)?;
        }
    }
    Ok(())
}

/// `set_symmetric_difference`: built from `other`, then `s` applied.
fn symmetric_difference(s: Value, other: Value) -> R<Value> {
    let result = new_like(s, Some(other))?;
    symmetric_difference_update(result, s)?;
    Ok(result)
}

/// `set_union`
fn union_multi(s: Value, others: &[Value]) -> R<Value> {
    let result = copy(s)?;
    for o in others {
        if *o != s {
            update(result, *o)?;
        }
    }
    Ok(result)
}

/// `set_issubset`
fn issubset(s: Value, other: Value) -> R<bool> {
    if !is_anyset(other) {
        let tmp = from_iterable(other)?;
        return issubset(s, tmp);
    }
    if len(s) > len(other) {
        return Ok(false);
    }
    let mut pos = 0;
    while let Some((i, e)) = obj(s).entry_from(pos) {
        pos = i + 1;
        if obj(other).lookkey(e.key, e.hash)?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set_issuperset`
fn issuperset(s: Value, other: Value) -> R<bool> {
    if !is_anyset(other) {
        let tmp = from_iterable(other)?;
        return issuperset(s, tmp);
    }
    issubset(other, s)
}

/// `set_isdisjoint`
fn isdisjoint(s: Value, other: Value) -> R<bool> {
    if s == other {
        return Ok(len(s) == 0);
    }
    if is_anyset(other) {
        let (mut small, mut big) = (other, s);
        if len(other) > len(s) {
            std::mem::swap(&mut small, &mut big);
        }
        let mut pos = 0;
        while let Some((i, e)) = obj(small).entry_from(pos) {
            pos = i + 1;
            if obj(big).lookkey(e.key, e.hash)?.is_some() {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let so = obj(s);
    let it = crate::protocol::dispatch::iter(other)?;
    while let Some(x) = crate::protocol::dispatch::next(it)? {
        if so.contains_key(x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Subset/superset comparisons (`set_richcompare`); `b` is a set or frozenset.
pub fn compare(a: Value, b: Value, op: CmpOp) -> R<bool> {
    match op {
        CmpOp::Eq | CmpOp::Ne => {
            let eq = if len(a) != len(b) {
                false
            } else {
                let (ha, hb) = (obj(a).hash.get(), obj(b).hash.get());
                if ha != -1 && hb != -1 && ha != hb {
                    false
                } else {
                    issubset(a, b)?
                }
            };
            Ok(eq == (op == CmpOp::Eq))
        }
        CmpOp::Le => issubset(a, b),
        CmpOp::Ge => issuperset(a, b),
        CmpOp::Lt => Ok(len(a) < len(b) && issubset(a, b)?),
        CmpOp::Gt => Ok(len(a) > len(b) && issuperset(a, b)?),
    }
}

/// `a op b` for two sets; the result has the type of `a`.
pub fn binop(op: BinOp, a: Value, b: Value) -> R<Value> {
    match op {
        BinOp::Or => {
            let result = copy(a)?;
            if a != b {
                update(result, b)?;
            }
            Ok(result)
        }
        BinOp::And => intersection(a, b),
        BinOp::Sub => difference(a, b),
        BinOp::Xor => symmetric_difference(a, b),
        _ => Err(crate::protocol::dispatch::binop_type_error(op, a, b)),
    }
}

/// `a op= b` for a set `a` and a set or frozenset `b`.
pub fn inplace(op: BinOp, a: Value, b: Value) -> R<()> {
    match op {
        BinOp::Or => update(a, b),
        BinOp::And => {
            let tmp = intersection(a, b)?;
            swap_bodies(obj(a), obj(tmp));
            Ok(())
        }
        BinOp::Sub => difference_update(a, b),
        BinOp::Xor => symmetric_difference_update(a, b),
        _ => Err(crate::protocol::dispatch::binop_type_error(op, a, b)),
    }
}

crate::attr_table! {
    /// The attributes of `set`.
    pub static SET_ATTRS for object::SET_TYPE = [
        slot "__and__" => slots::and;
        classmethod "__class_getitem__" => slots::class_getitem;
        method "__contains__" => slots::contains;
        slot "__eq__" => slots::eq;
        slot "__ge__" => slots::ge;
        slot "__getattribute__" => slots::getattribute;
        slot "__gt__" => slots::gt;
        none "__hash__";
        slot "__iand__" => slots::iand;
        slot "__init__" => slots::init;
        slot "__ior__" => slots::ior;
        slot "__isub__" => slots::isub;
        slot "__iter__" => slots::iter;
        slot "__ixor__" => slots::ixor;
        slot "__le__" => slots::le;
        slot "__len__" => slots::len;
        slot "__lt__" => slots::lt;
        slot "__ne__" => slots::ne;
        new "__new__" => slots::new;
        slot "__or__" => slots::or;
        slot "__rand__" => slots::rand;
        rawmethod "__reduce__" => reduce;
        slot "__repr__" => slots::repr;
        slot "__ror__" => slots::ror;
        slot "__rsub__" => slots::rsub;
        slot "__rxor__" => slots::rxor;
        rawmethod "__sizeof__" => crate::types::sizeof::method;
        slot "__sub__" => slots::sub;
        slot "__xor__" => slots::xor;
        method "add" => add_method;
        method "clear" => clear;
        method "copy" => copy_method;
        method "difference" => difference_method;
        method "difference_update" => difference_update_method;
        method "discard" => discard;
        method "intersection" => intersection_method;
        method "intersection_update" => intersection_update_method;
        method "isdisjoint" => isdisjoint_method;
        method "issubset" => issubset_method;
        method "issuperset" => issuperset_method;
        method "pop" => pop;
        method "remove" => remove;
        method "symmetric_difference" => symmetric_difference_method;
        method "symmetric_difference_update" => symmetric_difference_update_method;
        method "union" => union_method;
        method "update" => update_method;
    ]
}

crate::attr_table! {
    /// The attributes of `frozenset`.
    pub static FROZENSET_ATTRS for object::FROZENSET_TYPE = [
        slot "__and__" => slots::and;
        classmethod "__class_getitem__" => slots::class_getitem;
        method "__contains__" => slots::contains;
        slot "__eq__" => slots::eq;
        slot "__ge__" => slots::ge;
        slot "__getattribute__" => slots::getattribute;
        slot "__gt__" => slots::gt;
        slot "__hash__" => slots::hash;
        slot "__iter__" => slots::iter;
        slot "__le__" => slots::le;
        slot "__len__" => slots::len;
        slot "__lt__" => slots::lt;
        slot "__ne__" => slots::ne;
        new "__new__" => slots::new;
        slot "__or__" => slots::or;
        slot "__rand__" => slots::rand;
        rawmethod "__reduce__" => reduce;
        slot "__repr__" => slots::repr;
        slot "__ror__" => slots::ror;
        slot "__rsub__" => slots::rsub;
        slot "__rxor__" => slots::rxor;
        rawmethod "__sizeof__" => crate::types::sizeof::method;
        slot "__sub__" => slots::sub;
        slot "__xor__" => slots::xor;
        method "copy" => copy_method;
        method "difference" => difference_method;
        method "intersection" => intersection_method;
        method "isdisjoint" => isdisjoint_method;
        method "issubset" => issubset_method;
        method "issuperset" => issuperset_method;
        method "symmetric_difference" => symmetric_difference_method;
        method "union" => union_method;
    ]
}

/// The one argument of method `m` (`set.add() takes exactly one argument`).
fn one(o: Value, args: &Args, m: &str) -> R<Value> {
    Ok(args.positional_range(&format!("{}.{m}", object::type_name(o)), 1, 1)?[0])
}

/// The positional arguments of a method taking any number of iterables.
fn varargs<'a>(o: Value, args: &Args<'a>, m: &str) -> R<&'a [Value]> {
    args.no_kwargs(&format!("{}.{m}", object::type_name(o)))?;
    Ok(args.pos)
}

/// Fails unless method `m` was called without arguments.
fn no_args(o: Value, args: &Args, m: &str) -> R<()> {
    args.positional_range(&format!("{}.{m}", object::type_name(o)), 0, 0)?;
    Ok(())
}

fn add_method(o: Value, args: Args) -> R<Value> {
    obj(o).add_key(one(o, &args, "add")?)?;
    Ok(object::none())
}

fn discard(o: Value, args: Args) -> R<Value> {
    let k = one(o, &args, "discard")?;
    with_frozen_retry(k, |k| obj(o).discard_key(k))?;
    Ok(object::none())
}

fn remove(o: Value, args: Args) -> R<Value> {
    let k = one(o, &args, "remove")?;
    if with_frozen_retry(k, |k| obj(o).discard_key(k))? {
        Ok(object::none())
    } else {
        Err(key_error(k))
    }
}

fn pop(o: Value, args: Args) -> R<Value> {
    no_args(o, &args, "pop")?;
    obj(o)
        .pop()
        .ok_or_else(|| raise(&exc::KEY_ERROR, "pop from an empty set"))
}

fn clear(o: Value, args: Args) -> R<Value> {
    no_args(o, &args, "clear")?;
    obj(o).clear();
    Ok(object::none())
}

fn copy_method(o: Value, args: Args) -> R<Value> {
    no_args(o, &args, "copy")?;
    if o.kind() == Kind::FrozenSet && object::type_of(o).class.is_none() {
        Ok(o)
    } else {
        copy(o)
    }
}

fn update_method(o: Value, args: Args) -> R<Value> {
    for x in varargs(o, &args, "update")? {
        update(o, *x)?;
    }
    Ok(object::none())
}

fn union_method(o: Value, args: Args) -> R<Value> {
    union_multi(o, varargs(o, &args, "union")?)
}

fn intersection_method(o: Value, args: Args) -> R<Value> {
    intersection_multi(o, varargs(o, &args, "intersection")?)
}

fn intersection_update_method(o: Value, args: Args) -> R<Value> {
    let tmp = intersection_multi(o, varargs(o, &args, "intersection_update")?)?;
    swap_bodies(obj(o), obj(tmp));
    Ok(object::none())
}

fn difference_method(o: Value, args: Args) -> R<Value> {
    difference_multi(o, varargs(o, &args, "difference")?)
}

fn difference_update_method(o: Value, args: Args) -> R<Value> {
    for x in varargs(o, &args, "difference_update")? {
        difference_update(o, *x)?;
    }
    Ok(object::none())
}

fn symmetric_difference_method(o: Value, args: Args) -> R<Value> {
    symmetric_difference(o, one(o, &args, "symmetric_difference")?)
}

fn symmetric_difference_update_method(o: Value, args: Args) -> R<Value> {
    symmetric_difference_update(o, one(o, &args, "symmetric_difference_update")?)?;
    Ok(object::none())
}

fn issubset_method(o: Value, args: Args) -> R<Value> {
    Ok(object::boolean(issubset(o, one(o, &args, "issubset")?)?))
}

fn issuperset_method(o: Value, args: Args) -> R<Value> {
    Ok(object::boolean(issuperset(
        o,
        one(o, &args, "issuperset")?,
    )?))
}

fn isdisjoint_method(o: Value, args: Args) -> R<Value> {
    Ok(object::boolean(isdisjoint(
        o,
        one(o, &args, "isdisjoint")?,
    )?))
}

/// `s.__reduce__()`: `(type(s), (list(s),), s.__dict__ or None)`.
fn reduce(o: Value, args: Args) -> R<Value> {
    no_args(o, &args, "__reduce__")?;
    let p = crate::class::instance::unwrap(o);
    let items = crate::objects::list::from_vec(crate::protocol::dispatch::collect(p)?.into_vec());
    let _root = crate::gc::RootedVec::from_vec(vec![items]);
    let state = match crate::protocol::dispatch::getattr(o, crate::objects::str::new("__dict__")) {
        Ok(d) => d,
        Err(_) => {
            crate::exc::error::take_pending();
            object::none()
        }
    };
    let args_t = crate::objects::tuple::from_slice(&[items]);
    Ok(crate::objects::tuple::from_slice(&[
        object::type_of(o).value(),
        args_t,
        state,
    ]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{err_msg, i, r};

    /// `repr(v)` without spaces, as the generated cases write it.
    fn compact(v: Value) -> String {
        r(v).replace(' ', "")
    }

    /// Parses one value of the test notation: `12`, `-3`, `'ab'`, `(1,2)`.
    fn parse_value(s: &str) -> (Value, &str) {
        if let Some(rest) = s.strip_prefix('(') {
            let mut items = Vec::new();
            let mut rest = rest;
            loop {
                if let Some(r) = rest.strip_prefix(')') {
                    return (crate::objects::tuple::from_vec(items), r);
                }
                let (v, r) = parse_value(rest);
                items.push(v);
                rest = r.strip_prefix(',').unwrap_or(r);
            }
        }
        if let Some(rest) = s.strip_prefix('\'') {
            let end = rest.find('\'').unwrap();
            return (crate::objects::str::new(&rest[..end]), &rest[end + 1..]);
        }
        let end = s
            .char_indices()
            .find(|&(k, c)| !(c.is_ascii_digit() || (k == 0 && c == '-')))
            .map_or(s.len(), |(k, _)| k);
        (
            crate::objects::int::from_i64(s[..end].parse().unwrap()),
            &s[end..],
        )
    }

    fn parse_list(s: &str) -> Vec<Value> {
        let mut out = Vec::new();
        if s == "-" {
            return out;
        }
        let mut rest = s;
        while !rest.is_empty() {
            let (v, r) = parse_value(rest);
            out.push(v);
            rest = r.strip_prefix(',').unwrap_or(r);
        }
        out
    }

    #[test]
    fn insert_delete_pop_sequences_match_cpython() {
        // Generated by testdata/setgen.py (PYTHONHASHSEED=0 python3 setgen.py).
        let data = include_str!("testdata/set_cases.txt");
        let lines: Vec<&str> = data.lines().collect();
        for (n, case) in lines.chunks(2).enumerate() {
            let s = new_set();
            let mut out = Vec::new();
            for op in case[0].split(' ') {
                match op.as_bytes()[0] {
                    b'+' => add(s, parse_value(&op[1..]).0).unwrap(),
                    b'-' => {
                        let k = parse_value(&op[1..]).0;
                        crate::testing::call_method(s, "discard", Args::positional(&[k])).unwrap();
                    }
                    b'p' => out.push(compact(
                        crate::testing::call_method(s, "pop", Args::positional(&[])).unwrap(),
                    )),
                    _ => out.push(compact(s)),
                }
            }
            assert_eq!(out.join(" "), case[1], "case {n}: {}", case[0]);
        }
    }

    #[test]
    fn algebra_matches_cpython() {
        // Generated by testdata/setops.py (PYTHONHASHSEED=0 python3 setops.py).
        let data = include_str!("testdata/setops_cases.txt");
        let lines: Vec<&str> = data.lines().collect();
        for (n, case) in lines.chunks(2).enumerate() {
            let parts: Vec<&str> = case[0].split(' ').collect();
            let (a_add, a_del) = (parse_list(parts[0]), parse_list(parts[1]));
            let (b_add, b_del) = (parse_list(parts[2]), parse_list(parts[3]));
            let build = |adds: &[Value], dels: &[Value]| {
                let s = new_set();
                for x in adds {
                    add(s, *x).unwrap();
                }
                for x in dels {
                    crate::testing::call_method(s, "discard", Args::positional(&[*x])).unwrap();
                }
                s
            };
            let a = build(&a_add, &a_del);
            let b = build(&b_add, &b_del);
            let bl = crate::objects::list::from_vec(b_add.clone());
            let adl = crate::objects::list::from_vec(a_del.clone());
            let m = |name: &str, args: &[Value]| {
                compact(crate::testing::call_method(a, name, Args::positional(args)).unwrap())
            };
            let bd = crate::objects::dict::new();
            for x in &b_add {
                crate::objects::dict::setitem(bd, *x, crate::object::none()).unwrap();
            }
            let fa = frozenset_from_iterable(a).unwrap();
            let fb = frozenset_from_iterable(bl).unwrap();
            let b2 = |v: bool| {
                if v {
                    "True".to_string()
                } else {
                    "False".to_string()
                }
            };
            let mut out = vec![
                compact(a),
                compact(b),
                compact(binop(BinOp::Or, a, b).unwrap()),
                compact(binop(BinOp::And, a, b).unwrap()),
                compact(binop(BinOp::Sub, a, b).unwrap()),
                compact(binop(BinOp::Sub, b, a).unwrap()),
                compact(binop(BinOp::Xor, a, b).unwrap()),
                compact(binop(BinOp::Xor, b, a).unwrap()),
                m("union", &[bl]),
                m("intersection", &[bl]),
                m("difference", &[bl]),
                m("symmetric_difference", &[bl]),
                compact(from_iterable(bd).unwrap()),
                compact(fa),
                compact(from_iterable(a).unwrap()),
                hash(fa).unwrap().to_string(),
                hash(fb).unwrap().to_string(),
                b2(compare(a, b, CmpOp::Le).unwrap()),
                b2(compare(a, b, CmpOp::Lt).unwrap()),
                b2(compare(a, from_iterable(a).unwrap(), CmpOp::Eq).unwrap()),
                m("isdisjoint", &[b]),
                m("issuperset", &[bl]),
            ];
            for op in [BinOp::Or, BinOp::And, BinOp::Sub, BinOp::Xor] {
                let c = from_iterable(a).unwrap();
                inplace(op, c, b).unwrap();
                out.push(compact(c));
            }
            for (name, args) in [
                ("difference_update", vec![bl]),
                ("intersection_update", vec![bl]),
                ("update", vec![bl, adl]),
                ("symmetric_difference_update", vec![bd]),
            ] {
                let c = from_iterable(a).unwrap();
                crate::testing::call_method(c, name, Args::positional(&args)).unwrap();
                out.push(compact(c));
            }
            let c = from_iterable(a).unwrap();
            let mut pops = Vec::new();
            for _ in 0..len(c).min(3) {
                pops.push(compact(
                    crate::testing::call_method(c, "pop", Args::positional(&[])).unwrap(),
                ));
            }
            out.push(if pops.is_empty() {
                "-".into()
            } else {
                pops.join(",")
            });
            out.push(compact(c));
            let want: Vec<&str> = case[1].split(' ').collect();
            for (k, (got, want)) in out.iter().zip(want).enumerate() {
                assert_eq!(got, want, "case {n} item {k}");
            }
        }
    }

    #[test]
    fn reprs_errors_and_frozen_retry() {
        assert_eq!(compact(new_set()), "set()");
        assert_eq!(compact(new_frozenset(&[]).unwrap()), "frozenset()");
        assert_eq!(
            compact(new_frozenset(&[i(2), i(1)]).unwrap()),
            "frozenset({1,2})"
        );
        let s = new_set();
        assert!(crate::testing::call_method(s, "pop", Args::positional(&[])).is_err());
        assert_eq!(err_msg(), "'pop from an empty set'");
        assert!(crate::testing::call_method(s, "remove", Args::positional(&[i(1)])).is_err());
        assert_eq!(err_msg(), "1");
        assert!(add(s, crate::objects::list::from_vec(vec![])).is_err());
        assert_eq!(err_msg(), "unhashable type: 'list'");
        assert!(contains(s, crate::objects::list::from_vec(vec![])).is_err());
        assert_eq!(err_msg(), "unhashable type: 'list'");
        // A set is looked up as the equal frozenset.
        let inner = new_set();
        add(inner, i(1)).unwrap();
        add(s, new_frozenset(&[i(1)]).unwrap()).unwrap();
        assert!(contains(s, inner).unwrap());
        assert!(!contains(s, new_set()).unwrap());
        crate::testing::call_method(s, "remove", Args::positional(&[inner])).unwrap();
        assert_eq!(len(s), 0);
        let f = new_frozenset(&[i(1)]).unwrap();
        assert!(crate::testing::call_method(f, "add", Args::positional(&[i(2)])).is_err());
        assert_eq!(err_msg(), "'frozenset' object has no attribute 'add'");
        assert!(crate::testing::call_method(s, "add", Args::positional(&[])).is_err());
        assert_eq!(err_msg(), "set.add() takes exactly one argument (0 given)");
        // frozenset(f) is f; f.copy() is f.
        assert_eq!(frozenset_from_iterable(f).unwrap(), f);
        // Result type follows the left operand.
        let u = binop(BinOp::Or, f, s).unwrap();
        assert_eq!(u.kind(), Kind::FrozenSet);
        let u = binop(BinOp::Or, s, f).unwrap();
        assert_eq!(u.kind(), Kind::Set);
    }

    #[test]
    fn frozenset_hashes_match_cpython() {
        // PYTHONHASHSEED=0 python3 -c 'print(hash(frozenset()), hash(frozenset({1,2,3})), hash(frozenset(range(100))))'
        assert_eq!(hash(new_frozenset(&[]).unwrap()).unwrap(), 133146708735736);
        assert_eq!(
            hash(new_frozenset(&[i(1), i(2), i(3)]).unwrap()).unwrap(),
            -272375401224217160
        );
        let hundred: Vec<Value> = (0..100).map(i).collect();
        assert_eq!(
            hash(new_frozenset(&hundred).unwrap()).unwrap(),
            4411996150312757951
        );
    }
}
