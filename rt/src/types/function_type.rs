//! The attribute table of `function`: the getsets and members CPython's
//! function objects have (`__name__`, `__qualname__`, `__module__`,
//! `__defaults__`, `__kwdefaults__`, `__annotations__`, `__dict__`,
//! `__globals__`), as data
//! descriptors that come before the function's own `__dict__`, and
//! `__call__`, `__get__` (binding a method), `__repr__`, `__new__`.

use super::slots;
use crate::class::descr::{func_attr_del, func_attr_set};
use crate::exc::error::{type_error, R};
use crate::object::{self, FUNCTION_TYPE};
use crate::objects::func;
use crate::protocol::args::Args;
use crate::value::Value;

crate::attr_table! {
    /// The attributes of `function`.
    pub static ATTRS for FUNCTION_TYPE = [
        getset "__annotations__" => |o| Ok(func::annotations(o)),
            set |o, v| write(o, "__annotations__", v);
        slot "__call__" => crate::protocol::dispatch::call;
        getset "__defaults__" => |o| Ok(func::defaults(o)), set |o, v| write(o, "__defaults__", v);
        getset "__dict__" => dict, set |o, v| write(o, "__dict__", v);
        member "__doc__" => doc, set |o, v| write(o, "__doc__", v);
        slot "__get__" => get;
        member "__globals__" => globals;
        getset "__kwdefaults__" => |o| Ok(func::kwdefaults(o)),
            set |o, v| write(o, "__kwdefaults__", v);
        member "__module__" => module, set |o, v| write(o, "__module__", v);
        getset "__name__" => name, set |o, v| write(o, "__name__", v);
        new "__new__" => slots::new;
        getset "__qualname__" => qualname, set |o, v| write(o, "__qualname__", v);
        slot "__repr__" => slots::repr;
    ]
}

/// Writes (or, for a null `v`, deletes) a special attribute of `f`.
fn write(f: Value, name: &str, v: Value) -> R<()> {
    let key = crate::objects::str::new(name);
    if v.is_null() {
        func_attr_del(f, key)
    } else {
        func_attr_set(f, key, v)
    }
}

/// `f.__doc__`: the value assigned, else the docstring or None.
fn doc(f: Value) -> R<Value> {
    let assigned = func::extra(f).doc;
    if !assigned.is_null() {
        return Ok(assigned);
    }
    Ok(match func::doc(f) {
        Some(d) => crate::objects::str::new(&d),
        None => object::none(),
    })
}

/// `f.__name__`: the value assigned (a str subclass instance stays one),
/// else the name the `def` gave.
fn name(f: Value) -> R<Value> {
    let assigned = func::extra(f).name;
    if !assigned.is_null() {
        return Ok(assigned);
    }
    Ok(crate::objects::str::new(&func::name(f)))
}

/// `f.__qualname__`, as `name`.
fn qualname(f: Value) -> R<Value> {
    let assigned = func::extra(f).qualname;
    if !assigned.is_null() {
        return Ok(assigned);
    }
    Ok(crate::objects::str::new(&func::qualname(f)))
}

fn dict(f: Value) -> R<Value> {
    let key = crate::objects::str::new("__dict__");
    match crate::class::descr::func_attr_get(f, key)? {
        Some(d) => Ok(d),
        None => Err(crate::exc::error::no_attribute(f, "__dict__")),
    }
}

/// `f.__globals__`: the globals of the `exec` run that made it, else the
/// namespace of its module.
fn globals(f: Value) -> R<Value> {
    let g = func::extra(f).globals;
    if !g.is_null() {
        return Ok(g);
    }
    crate::protocol::import::globals(f.as_ref::<func::FuncObj>().desc.module)
}

fn module(f: Value) -> R<Value> {
    let key = crate::objects::str::new("__module__");
    Ok(crate::class::descr::func_attr_get(f, key)?.unwrap_or_else(object::none))
}

/// `f.__get__(obj, type=None)`: `f` itself through None, else a method
/// bound to `obj`.
fn get(f: Value, args: Args) -> R<Value> {
    super::descr_type::get_arity(&args)?;
    let obj = args.pos[0];
    let ty = args.pos.get(1).copied().unwrap_or_else(object::none);
    if object::is_none(obj) {
        if object::is_none(ty) {
            return Err(type_error("__get__(None, None) is invalid"));
        }
        return Ok(f);
    }
    Ok(crate::class::descr::new_method(f, obj))
}
