//! Displays and container building: tuples, lists, dicts, sets, slices,
//! and class-body namespaces.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use super::calls::callable_name;
use super::{status, values};
use crate::exc::error::{self, to_abi, type_error};
use crate::object::{type_name, Kind};
use crate::protocol::dispatch;
use crate::value::Value;

/// A tuple of `n` values.
#[no_mangle]
pub extern "C" fn alc_rt_tuple_new(ptr: *const Value, n: usize) -> Value {
    crate::objects::tuple::from_slice(values(ptr, n))
}

/// A list of `n` values.
#[no_mangle]
pub extern "C" fn alc_rt_list_new(ptr: *const Value, n: usize) -> Value {
    crate::objects::list::from_vec(values(ptr, n).to_vec())
}

/// A list display or comprehension's list: a float list when every item
/// is an exact float (`list::from_vec_strategy`).
#[no_mangle]
pub extern "C" fn alc_rt_list_display(ptr: *const Value, n: usize) -> Value {
    crate::objects::list::from_vec_strategy(values(ptr, n).to_vec())
}

/// `l.append(v)` for comprehensions.
#[no_mangle]
pub extern "C" fn alc_rt_list_append(l: Value, v: Value) {
    crate::objects::list::ops::append(l, v)
}

/// `l.extend(it)` for `[*a, *b]` displays.
#[no_mangle]
pub extern "C" fn alc_rt_list_extend(l: Value, it: Value) -> i32 {
    status(crate::objects::list::ops::extend(l, it))
}

/// `f(*it)`: extends the positional list with `it`, raising CPython's
/// "argument after * must be an iterable" for a non-iterable: 0 or -1.
#[no_mangle]
pub extern "C" fn alc_rt_star_extend(l: Value, it: Value, f: Value) -> i32 {
    // CPython checks for `__iter__` or the sequence protocol up front; a
    // user class's own `__iter__` errors propagate from `extend`.
    let iterable = matches!(it.kind(), Kind::Iter | Kind::SeqIter | Kind::Generator)
        || crate::class::ops::is_user(it)
        || crate::objects::iter::make(it).ok().flatten().is_some();
    if !iterable {
        error::take_pending();
        type_error(format!(
            "{} argument after * must be an iterable, not {}",
            callable_name(f),
            type_name(it)
        ));
        return -1;
    }
    status(crate::objects::list::ops::extend(l, it))
}

/// Converts a list to a tuple (for `(*a, b)` displays).
#[no_mangle]
pub extern "C" fn alc_rt_list_to_tuple(l: Value) -> Value {
    crate::objects::tuple::from_vec(crate::objects::list::ops::snapshot(l))
}

/// An empty dict.
#[no_mangle]
pub extern "C" fn alc_rt_dict_new() -> Value {
    crate::objects::dict::new()
}

/// `d[k] = v` on a dict being built: 0, or -1 on error.
#[no_mangle]
pub extern "C" fn alc_rt_dict_setitem(d: Value, k: Value, v: Value) -> i32 {
    status(crate::objects::dict::setitem(d, k, v))
}

/// `{**m}` in a dict display: 0, or -1 on error.
#[no_mangle]
pub extern "C" fn alc_rt_dict_update(d: Value, m: Value) -> i32 {
    status(crate::objects::dict::update_mapping(d, m))
}

/// A class-body name lookup: the namespace entry, or null (with no
/// exception) when the name is not in the namespace.
#[no_mangle]
pub extern "C" fn alc_rt_ns_get(ns: Value, name: Value) -> Value {
    if ns.kind() != crate::object::Kind::Dict || crate::class::ops::is_user(ns) {
        // A metaclass's `__prepare__` mapping: its `__getitem__`, where a
        // KeyError means "not in the namespace".
        return match dispatch::getitem(ns, name) {
            Ok(v) => v,
            Err(_) => {
                error::take_pending();
                Value::NULL
            }
        };
    }
    match crate::objects::dict::get(ns, name) {
        Ok(Some(v)) => v,
        _ => {
            error::take_pending();
            Value::NULL
        }
    }
}

/// A class-body name store: `ns[name] = v` (a metaclass's `__prepare__`
/// mapping sees it through its `__setitem__`); 0, or -1 on error.
#[no_mangle]
pub extern "C" fn alc_rt_ns_set(ns: Value, name: Value, v: Value) -> i32 {
    if ns.kind() == crate::object::Kind::Dict && !crate::class::ops::is_user(ns) {
        return status(crate::objects::dict::setitem(ns, name, v));
    }
    status(dispatch::setitem(ns, name, v))
}

/// An empty set.
#[no_mangle]
pub extern "C" fn alc_rt_set_new() -> Value {
    crate::objects::set::new_set()
}

/// `s.add(x)`: 0, or -1 on error.
#[no_mangle]
pub extern "C" fn alc_rt_set_add(s: Value, x: Value) -> i32 {
    status(crate::objects::set::add(s, x))
}

/// `{*it}` in a set display: 0, or -1 on error.
#[no_mangle]
pub extern "C" fn alc_rt_set_update(s: Value, it: Value) -> i32 {
    status(crate::objects::set::update(s, it))
}

/// A set display whose items are all constants (`{1, 2, 3}`): CPython
/// compiles it to a frozenset constant and updates an empty set from it.
/// It builds that frozenset `builds` times, each from the previous one's
/// order (the compiler works out how many: `lower/set_display.rs`); doing
/// the same reproduces CPython's iteration order.
#[no_mangle]
pub extern "C" fn alc_rt_set_from_consts(items: Value, builds: u32) -> Value {
    to_abi((|| {
        let mut built = crate::objects::set::frozenset_from_iterable(items)?;
        for _ in 1..builds {
            let order = crate::objects::tuple::from_vec(dispatch::collect(built)?.into_vec());
            built = crate::objects::set::frozenset_from_iterable(order)?;
        }
        let s = crate::objects::set::new_set();
        crate::objects::set::update(s, built)?;
        Ok(s)
    })())
}

/// A slice object `a:b:c` (absent parts are None).
#[no_mangle]
pub extern "C" fn alc_rt_slice_new(a: Value, b: Value, c: Value) -> Value {
    crate::objects::slice::new(a, b, c)
}
