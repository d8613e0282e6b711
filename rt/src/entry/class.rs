//! The C ABI for classes: creating a class from a `class` statement,
//! zero-argument `super()`, and `del o.name`. Attribute reads, writes and
//! method calls use `alc_rt_getattr`/`alc_rt_setattr`/`alc_rt_call_method`.

use crate::class::instance::AttrCache;
use crate::exc::error::{raise, to_abi, type_error, Pending, R};
use crate::protocol::args::Args;
use crate::value::Value;
use crate::{class, class::descr, class::instance, exc, protocol::dispatch};

/// Creates a class like `type(name, bases, ns)`: `name` and `qualname`
/// are str, `bases` a tuple, `ns` the class body's namespace dict in
/// definition order; `kwnames` names the class keywords (null if none),
/// whose values follow the bases in `bases`. `metaclass=` is not supported.
#[no_mangle]
pub extern "C" fn alc_rt_class_new(
    name: Value,
    qualname: Value,
    bases: Value,
    ns: Value,
    kwnames: Value,
) -> Value {
    to_abi(class_new(name, qualname, bases, ns, kwnames))
}

/// `bases` holds the base classes followed by the values of the class
/// keywords named by `kwnames` (null when there are none).
fn class_new(name: Value, qualname: Value, bases: Value, ns: Value, kwnames: Value) -> R<Value> {
    if kwnames.is_null() {
        let bases = crate::class::new::update_bases(bases, ns)?;
        return class::new_class(name, qualname, bases, ns);
    }
    let names = crate::objects::tuple::items(kwnames);
    if names
        .iter()
        .any(|k| crate::objects::str::as_str(*k) == "metaclass")
    {
        return Err(type_error("not supported yet: metaclasses"));
    }
    let all = crate::objects::tuple::items(bases);
    let n_bases = all.len() - names.len();
    let only_bases = crate::objects::tuple::from_slice(&all[..n_bases]);
    let only_bases = crate::class::new::update_bases(only_bases, ns)?;
    crate::class::new::new_class_kw(
        name,
        qualname,
        only_bases,
        ns,
        Args::new(&all[n_bases..], kwnames),
    )
}

/// `super()` inside a method: `cls` is the value of the method's
/// `__class__` cell (null if unbound), `obj` its first argument (null if
/// it has none).
#[no_mangle]
pub extern "C" fn alc_rt_super(cls: Value, obj: Value) -> Value {
    to_abi(zero_arg_super(cls, obj))
}

fn zero_arg_super(cls: Value, obj: Value) -> R<Value> {
    if cls.is_null() || cls.is_small() || cls.kind() != crate::object::Kind::Type {
        return Err(raise(
            &exc::RUNTIME_ERROR,
            "super(): __class__ cell not found",
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
