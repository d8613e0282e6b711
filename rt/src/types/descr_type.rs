//! The attribute tables of the descriptor types themselves
//! (`method_descriptor`, `wrapper_descriptor`, `classmethod_descriptor`,
//! `getset_descriptor`, `member_descriptor`): `__get__`, `__set__`,
//! `__delete__` and `__call__` as CPython's slot wrappers run them, with
//! their argument and type checks, and `__name__`, `__qualname__`,
//! `__objclass__`.

use super::descr::{
    self, CLASSMETHOD_DESCRIPTOR_TYPE, GETSET_DESCRIPTOR_TYPE, MEMBER_DESCRIPTOR_TYPE,
    METHOD_DESCRIPTOR_TYPE, WRAPPER_DESCRIPTOR_TYPE,
};
use super::{slots, AttrDef, AttrKind};
use crate::exc::error::{type_error, R};
use crate::object;
use crate::protocol::args::Args;
use crate::value::Value;

/// Declares the table of one descriptor type: the entries every
/// descriptor has, with `__call__` for the callable ones or `__set__` and
/// `__delete__` for the data ones.
macro_rules! descr_table {
    ($id:ident for $owner:path, callable $(, $reduce:ident)?) => {
        crate::attr_table! {
            #[doc = concat!("The attributes of `", stringify!($owner), "`.")]
            pub static $id for $owner = [
                slot "__call__" => call;
                getset "__doc__" => doc;
                slot "__get__" => get;
                slot "__getattribute__" => slots::getattribute;
                member "__name__" => name;
                member "__objclass__" => objclass;
                getset "__qualname__" => qualname;
                $(method "__reduce__" => $reduce;)?
                slot "__repr__" => repr;
            ]
        }
    };
    ($id:ident for $owner:path, data $(, $reduce:ident)?) => {
        crate::attr_table! {
            #[doc = concat!("The attributes of `", stringify!($owner), "`.")]
            pub static $id for $owner = [
                slot "__delete__" => delete;
                getset "__doc__" => doc;
                slot "__get__" => get;
                slot "__getattribute__" => slots::getattribute;
                member "__name__" => name;
                member "__objclass__" => objclass;
                getset "__qualname__" => qualname;
                $(method "__reduce__" => $reduce;)?
                slot "__repr__" => repr;
                slot "__set__" => set;
            ]
        }
    };
}

descr_table!(METHOD_ATTRS for METHOD_DESCRIPTOR_TYPE, callable, reduce);
descr_table!(WRAPPER_ATTRS for WRAPPER_DESCRIPTOR_TYPE, callable, reduce);
descr_table!(CLASSMETHOD_ATTRS for CLASSMETHOD_DESCRIPTOR_TYPE, callable);
descr_table!(GETSET_ATTRS for GETSET_DESCRIPTOR_TYPE, data);
descr_table!(MEMBER_ATTRS for MEMBER_DESCRIPTOR_TYPE, data, reduce);

fn def_of(o: Value) -> &'static AttrDef {
    o.as_ref::<AttrDef>()
}

fn name(o: Value) -> R<Value> {
    Ok(crate::objects::str::new(def_of(o).name))
}

/// `T.name.__doc__`: CPython's docstring of the entry, when the program
/// links the docstrings (`types::docs`).
fn doc(o: Value) -> R<Value> {
    Ok(super::docs::of_def(def_of(o)))
}

fn objclass(o: Value) -> R<Value> {
    Ok(def_of(o).owner.value())
}

/// `T.name.__qualname__`: the owner's qualified name, a dot, the name.
fn qualname(o: Value) -> R<Value> {
    let d = def_of(o);
    Ok(crate::objects::str::from_string(format!(
        "{}.{}",
        crate::class::qualname(d.owner),
        d.name
    )))
}

/// `d.__reduce__()`: `getattr(owner, name)` rebuilds the descriptor.
fn reduce(o: Value, args: Args) -> R<Value> {
    slots::exactly(&args, 0)?;
    let d = def_of(o);
    let args =
        crate::objects::tuple::from_slice(&[d.owner.value(), crate::objects::str::new(d.name)]);
    Ok(crate::objects::tuple::from_slice(&[
        Value::from_ref(&crate::builtins::attrs::GETATTR),
        args,
    ]))
}

fn repr(o: Value, args: Args) -> R<Value> {
    slots::exactly(&args, 0)?;
    Ok(crate::objects::str::from_string(descr::repr(def_of(o))))
}

fn call(o: Value, args: Args) -> R<Value> {
    descr::call_unbound(def_of(o), args)
}

use descr::check_receiver as check_instance;

/// Checks the arguments of a `__get__(obj, type=None)` slot wrapper, with
/// the messages of CPython's `wrap_descr_get` (which names no function).
pub fn get_arity(args: &Args) -> R<()> {
    args.no_kwargs("wrapper")?;
    let n = args.pos.len();
    if n == 0 {
        return Err(type_error(format!(
            " expected at least 1 argument, got {n}"
        )));
    }
    if n > 2 {
        return Err(type_error(format!(
            " expected at most 2 arguments, got {n}"
        )));
    }
    Ok(())
}

/// `d.__get__(obj, type=None)` (CPython's `wrap_descr_get`, then the
/// descriptor's `tp_descr_get`): unbound through a type, bound or read
/// through an instance.
fn get(o: Value, args: Args) -> R<Value> {
    let def = def_of(o);
    get_arity(&args)?;
    let none = |v: Value| if object::is_none(v) { Value::NULL } else { v };
    let obj = none(args.pos[0]);
    let ty = args.pos.get(1).copied().map_or(Value::NULL, none);
    if obj.is_null() && ty.is_null() {
        return Err(type_error("__get__(None, None) is invalid"));
    }
    match def.kind {
        AttrKind::ClassMethod(_) => {
            let cls = if ty.is_null() {
                object::type_of(obj).value()
            } else {
                ty
            };
            descr::check_class(def, cls)?;
            Ok(descr::bound(def, cls))
        }
        _ if obj.is_null() => Ok(o),
        _ => {
            check_instance(def, obj)?;
            descr::get_through_instance(def, obj)
        }
    }
}

/// `d.__set__(obj, value)`.
fn set(o: Value, args: Args) -> R<Value> {
    let def = def_of(o);
    args.no_kwargs("wrapper")?;
    let [obj, v] = args.pos else {
        return Err(type_error(format!(
            " expected 2 arguments, got {}",
            args.pos.len()
        )));
    };
    check_instance(def, *obj)?;
    store(def, *obj, *v)
}

/// `d.__delete__(obj)`.
fn delete(o: Value, args: Args) -> R<Value> {
    let def = def_of(o);
    let obj = slots::exactly(&args, 1)?[0];
    check_instance(def, obj)?;
    store(def, obj, Value::NULL)
}

fn store(def: &'static AttrDef, obj: Value, v: Value) -> R<Value> {
    match descr::set_through_instance(def, obj, v) {
        Some(r) => r.map(|()| object::none()),
        None => Err(type_error(format!(
            "'{}' object is not a data descriptor",
            def.header.ty.name
        ))),
    }
}
