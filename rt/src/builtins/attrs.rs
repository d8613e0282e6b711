//! The attribute and namespace built-ins: `getattr`, `setattr`,
//! `hasattr`, `delattr`, `vars`, `dir`, `globals` and `locals`.

use super::args::{check_positional, none};
use crate::exc;
use crate::exc::error::{type_error, Pending, R};
use crate::object::{self, type_name, Kind, TypeObj};
use crate::objects::func::BuiltinObj;
use crate::protocol::args::Args;
use crate::protocol::dispatch;
use crate::value::Value;

/// `getattr(obj, name[, default])`
pub static GETATTR: BuiltinObj = BuiltinObj::new("getattr", getattr);
/// `setattr(obj, name, value)`
pub static SETATTR: BuiltinObj = BuiltinObj::new("setattr", setattr);
/// `hasattr(obj, name)`
pub static HASATTR: BuiltinObj = BuiltinObj::new("hasattr", hasattr);
/// `delattr(obj, name)`
pub static DELATTR: BuiltinObj = BuiltinObj::new("delattr", delattr);
/// `vars([object])`
pub static VARS: BuiltinObj = BuiltinObj::new("vars", vars);
/// `dir(object)`
pub static DIR: BuiltinObj = BuiltinObj::new("dir", dir);
/// `globals()`: compiled where it is called (the namespace depends on the
/// caller); this object only answers calls with arguments.
pub static GLOBALS: BuiltinObj = BuiltinObj::new("globals", globals);
/// `locals()`: as `globals`.
pub static LOCALS: BuiltinObj = BuiltinObj::new("locals", locals);

fn globals(args: Args) -> R<Value> {
    namespace_call("globals", args)
}

fn locals(args: Args) -> R<Value> {
    namespace_call("locals", args)
}

/// A call of `globals`/`locals` that the compiler did not compile in
/// place: wrong arguments (CPython's TypeError). The compiler rejects the
/// names as values, so a call without arguments never gets here.
fn namespace_call(fname: &str, args: Args) -> R<Value> {
    args.positional_range(fname, 0, 0)?;
    Err(crate::exc::error::raise(
        &exc::SYSTEM_ERROR,
        format!("{fname}() called without its namespace"),
    ))
}

/// The attribute-name argument: must be a str.
pub(crate) fn attr_name(v: Value) -> R<Value> {
    if v.kind() == Kind::Str {
        Ok(v)
    } else {
        Err(type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(v)
        )))
    }
}

fn getattr(args: Args) -> R<Value> {
    let pos = check_positional("getattr", &args, 2, 3)?;
    let name = attr_name(pos[1])?;
    match dispatch::getattr(pos[0], name) {
        Err(Pending)
            if pos.len() == 3 && crate::exc::error::take_pending_if(&exc::ATTRIBUTE_ERROR) =>
        {
            Ok(pos[2])
        }
        r => r,
    }
}

/// `hasattr(o, name)` for rt's own checks: any error reads as false.
pub fn has_attribute(o: Value, name: &str) -> bool {
    match dispatch::getattr(o, crate::objects::str::new(name)) {
        Ok(_) => true,
        Err(_) => {
            crate::exc::error::take_pending();
            false
        }
    }
}

fn hasattr(args: Args) -> R<Value> {
    let pos = check_positional("hasattr", &args, 2, 2)?;
    let name = attr_name(pos[1])?;
    match dispatch::getattr(pos[0], name) {
        Ok(_) => Ok(object::boolean(true)),
        Err(Pending) if crate::exc::error::take_pending_if(&exc::ATTRIBUTE_ERROR) => {
            Ok(object::boolean(false))
        }
        Err(p) => Err(p),
    }
}

fn setattr(args: Args) -> R<Value> {
    let pos = check_positional("setattr", &args, 3, 3)?;
    let name = attr_name(pos[1])?;
    dispatch::setattr(pos[0], name, pos[2])?;
    none()
}

fn delattr(args: Args) -> R<Value> {
    let pos = check_positional("delattr", &args, 2, 2)?;
    let name = attr_name(pos[1])?;
    dispatch::delattr(pos[0], name)?;
    none()
}

fn vars(args: Args) -> R<Value> {
    let pos = check_positional("vars", &args, 0, 1)?;
    let Some(&o) = pos.first() else {
        // The compiler compiles `vars()` in place, as `locals()`.
        return Err(crate::exc::error::raise(
            &exc::SYSTEM_ERROR,
            "vars() called without its namespace",
        ));
    };
    match dispatch::getattr(o, crate::objects::str::new("__dict__")) {
        Err(Pending) if crate::exc::error::take_pending_if(&exc::ATTRIBUTE_ERROR) => {
            Err(type_error("vars() argument must have __dict__ attribute"))
        }
        r => r,
    }
}

/// `dir(o)`: `o.__dir__()` sorted when the class defines `__dir__`; the
/// attribute names of instances and classes whose built-in bases have
/// attribute tables. Other objects are not supported yet: their listing
/// needs every special method of the built-in types.
fn dir(args: Args) -> R<Value> {
    let pos = check_positional("dir", &args, 0, 1)?;
    let Some(&o) = pos.first() else {
        // The compiler compiles `dir()` in place, as `sorted(locals())`.
        return Err(crate::exc::error::raise(
            &exc::SYSTEM_ERROR,
            "dir() called without its namespace",
        ));
    };
    if o.kind() == Kind::Module {
        // PEP 562: a module's own `__dir__` answers, sorted.
        if let Some(hook) =
            crate::objects::module::module(o).lookup(crate::objects::str::new("__dir__"))?
        {
            let r = dispatch::call(hook, Args::positional(&[]))?;
            let list = crate::objects::list::from_vec(dispatch::collect(r)?.into_vec());
            crate::objects::list::ops::sort(list, None, false)?;
            return Ok(list);
        }
        let mut names = crate::gc::RootedVec::new();
        for n in crate::objects::module::dir_names(o) {
            names.push(crate::objects::str::new(&n));
        }
        return Ok(crate::objects::list::from_vec(names.to_vec()));
    }
    let is_type = o.kind() == Kind::Type;
    if !is_type {
        if let Some(r) = crate::class::ops::call_optional(o, "__dir__", &[])? {
            let items = dispatch::collect(r)?.into_vec();
            let list = crate::objects::list::from_vec(items);
            crate::objects::list::ops::sort(list, None, false)?;
            return Ok(list);
        }
    }
    let t = o
        .downcast::<TypeObj>()
        .unwrap_or_else(|| object::type_of(o));
    let plain = crate::class::mro_of(t).iter().all(|c| match c.class {
        Some(_) => true,
        None => std::ptr::eq(*c, &object::OBJECT_TYPE) || !c.attrs.is_empty(),
    });
    if !plain {
        return Err(type_error(
            "not supported yet: dir() of built-in types without an attribute table, their instances and subclasses",
        ));
    }
    // Rooted: each new string must survive the allocation of the next.
    let mut names = crate::gc::RootedVec::new();
    for n in crate::class::dir_names(o) {
        names.push(crate::objects::str::from_string(n));
    }
    Ok(crate::objects::list::from_vec(names.into_vec()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{call, i, s};
    #[test]
    fn attributes() {
        assert_eq!(
            call(&GETATTR, &[i(1), i(2)]).unwrap_err(),
            "TypeError: attribute name must be string, not 'int'"
        );
        assert_eq!(
            call(&GETATTR, &[i(1), s("nope")]).unwrap_err(),
            "AttributeError: 'int' object has no attribute 'nope'"
        );
        assert_eq!(call(&GETATTR, &[i(1), s("nope"), i(5)]), Ok(i(5)));
        assert_eq!(
            call(&HASATTR, &[i(1), s("nope")]),
            Ok(object::boolean(false))
        );
        assert_eq!(
            call(&HASATTR, &[i(1), s("real")]),
            Ok(object::boolean(true))
        );
        assert_eq!(call(&GETATTR, &[i(7), s("real")]), Ok(i(7)));
        assert_eq!(
            call(&SETATTR, &[i(1), s("x"), i(2)]).unwrap_err(),
            "AttributeError: 'int' object has no attribute 'x'"
        );
    }
}
