//! The C ABI for classes: creating a class from a `class` statement,
//! zero-argument `super()`, and `del o.name`. Attribute reads, writes and
//! method calls use `alc_rt_getattr`/`alc_rt_setattr`/`alc_rt_call_method`.

use crate::class::instance::AttrCache;
use crate::exc::error::{raise, to_abi, Pending, R};
use crate::value::Value;
use crate::{class, class::descr, class::instance, exc, protocol::dispatch};

/// The start of a `class` statement, before its body: `bases` holds the
/// base classes followed by the values of the class keywords named by
/// `kwnames` (null if none). Returns the state `alc_rt_class_new` takes,
/// a tuple whose item 0 is the namespace the body stores its names in
/// (the metaclass's `__prepare__` result, usually a fresh dict).
#[no_mangle]
pub extern "C" fn alc_rt_class_prepare(name: Value, bases: Value, kwnames: Value) -> Value {
    to_abi(class::meta::prepare(name, bases, kwnames))
}

/// The end of a `class` statement: calls the metaclass (for `type`,
/// creates the class directly) with `name`, the bases and the namespace
/// of `state` (from `alc_rt_class_prepare`) and the class keywords
/// (other than `metaclass`) of `bases`/`kwnames`. `cell` is the class's
/// `__class__` cell (null when no method uses it), which the body stored
/// as `__classcell__` and `type.__new__` must have filled.
#[no_mangle]
pub extern "C" fn alc_rt_class_new(
    name: Value,
    qualname: Value,
    bases: Value,
    state: Value,
    kwnames: Value,
    cell: Value,
) -> Value {
    to_abi(class::meta::build(
        name, qualname, bases, state, kwnames, cell,
    ))
}

/// `super()` inside a method: `cell` is the method's `__class__` cell
/// (null outside a class), `obj` its first argument (null if it has none).
#[no_mangle]
pub extern "C" fn alc_rt_super(cell: Value, obj: Value) -> Value {
    to_abi(zero_arg_super(cell, obj))
}

fn zero_arg_super(cell: Value, obj: Value) -> R<Value> {
    if cell.is_null() || cell.is_small() || cell.kind() != crate::object::Kind::Cell {
        return Err(raise(
            &exc::RUNTIME_ERROR,
            "super(): __class__ cell not found",
        ));
    }
    let cls = cell.as_ref::<crate::objects::func::CellObj>().value.get();
    if cls.is_null() {
        return Err(raise(&exc::RUNTIME_ERROR, "super(): empty __class__ cell"));
    }
    if cls.is_small() || cls.kind() != crate::object::Kind::Type {
        return Err(raise(
            &exc::RUNTIME_ERROR,
            format!(
                "super(): __class__ is not a type ({})",
                crate::object::type_name(cls)
            ),
        ));
    }
    if obj.is_null() {
        return Err(raise(&exc::RUNTIME_ERROR, "super(): no arguments"));
    }
    descr::new_super(cls, obj)
}

/// `del o.name`: 0, or -1 with the exception pending.
#[no_mangle]
pub extern "C" fn alc_rt_delattr(o: Value, name: Value) -> i32 {
    match dispatch::delattr(o, name) {
        Ok(()) => 0,
        Err(Pending) => -1,
    }
}

/// `o.name` with the inline cache `ic` of the access site.
#[no_mangle]
pub extern "C" fn alc_rt_getattr_ic(o: Value, name: Value, ic: &'static AttrCache) -> Value {
    to_abi(instance::getattr_cached(o, name, ic))
}

/// `o.name = v` with the inline cache `ic` of the site: 0, or -1 on error.
#[no_mangle]
pub extern "C" fn alc_rt_setattr_ic(
    o: Value,
    name: Value,
    v: Value,
    ic: &'static AttrCache,
) -> i32 {
    match instance::setattr_cached(o, name, v, ic) {
        Ok(()) => 0,
        Err(Pending) => -1,
    }
}

/// The function `o.name(...)` calls with `o` prepended, found through the
/// inline cache `ic` of the call site; null (nothing pending) when the
/// call must take the general `alc_rt_call_method` path.
#[no_mangle]
pub extern "C" fn alc_rt_method_ic(o: Value, name: Value, ic: &'static AttrCache) -> Value {
    instance::method_cached(o, name, ic)
}
