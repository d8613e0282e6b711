//! The attributes of `type`, which every class has through its metaclass:
//! `__name__`, `__mro__`, `__bases__`, `mro()`, `__subclasses__()`,
//! `__instancecheck__`, calling, attribute access on classes, `type.__new__`
//! for metaclasses (`class/meta.rs`), `__prepare__`, `|` for unions.

use crate::class::{self, meta};
use crate::exc::error::{type_error, R};
use crate::object::{self, TypeObj, TYPE_TYPE};
use crate::protocol::args::Args;
use crate::value::Value;

crate::attr_table! {
    /// The attributes of `type`.
    pub static ATTRS for TYPE_TYPE = [
        getset "__abstractmethods__" => |o| data(o, "__abstractmethods__");
        getset "__annotations__" => annotations;
        member "__base__" => |o| data(o, "__base__");
        getset "__bases__" => |o| data(o, "__bases__");
        slot "__call__" => |o, a| meta::call_plain(t(o), a);
        slot "__delattr__" => delattr;
        getset "__dict__" => |o| data(o, "__dict__");
        method "__dir__" => dir;
        getset "__doc__" => doc;
        slot "__getattribute__" => getattribute;
        slot "__init__" => |_, a| meta::type_init(a).map(|()| object::none());
        method "__instancecheck__" => instancecheck;
        getset "__module__" => module;
        member "__mro__" => |o| data(o, "__mro__");
        getset "__name__" => |o| data(o, "__name__");
        new "__new__" => new;
        slot "__or__" => |o, a| union(o, a, false);
        classmethod "__prepare__" => |_, _| Ok(crate::objects::dict::new());
        getset "__qualname__" => |o| data(o, "__qualname__");
        slot "__repr__" => repr;
        slot "__ror__" => |o, a| union(o, a, true);
        slot "__setattr__" => setattr;
        rawmethod "__sizeof__" => crate::types::sizeof::method;
        method "__subclasscheck__" => subclasscheck;
        method "__subclasses__" => subclasses;
        method "mro" => mro;
    ]
}

fn t(o: Value) -> &'static TypeObj {
    o.as_ref::<TypeObj>()
}

fn arity<'a>(m: &str, args: &Args<'a>, want: usize) -> R<&'a [Value]> {
    args.no_kwargs(m)?;
    if args.pos.len() != want {
        return Err(type_error(format!(
            "{m}() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    }
    Ok(args.pos)
}

/// One of `type`'s data attributes of class `o` (`class::type_data_attr`).
fn data(o: Value, name: &str) -> R<Value> {
    match class::type_data_attr(t(o), name)? {
        Some(v) => Ok(v),
        None => Err(class::no_type_attribute(t(o), name)),
    }
}

/// `C.__doc__` as `type`'s getset computes it: a built-in type's
/// docstring, a class's `__doc__` entry (through its `__get__`).
fn doc(o: Value) -> R<Value> {
    let ty = t(o);
    let Some(c) = ty.class else {
        return data(o, "__doc__");
    };
    match crate::objects::dict::get(c.dict, crate::objects::str::new("__doc__"))? {
        Some(v) => class::descr::get_from_class(v, ty),
        None => Ok(object::none()),
    }
}

/// `C.__annotations__`: the class dict's, created empty on first read
/// for a user class; built-in types have none.
fn annotations(o: Value) -> R<Value> {
    let ty = t(o);
    let Some(c) = ty.class else {
        return Err(class::no_type_attribute(ty, "__annotations__"));
    };
    let key = crate::objects::str::new("__annotations__");
    if let Some(v) = crate::objects::dict::get(c.dict, key)? {
        return Ok(v);
    }
    let d = crate::objects::dict::new();
    class::type_setattr(ty, key, d)?;
    Ok(d)
}

/// `C.__module__`: the class dict's entry, or `builtins` (or the module
/// part of the name) for a built-in type.
fn module(o: Value) -> R<Value> {
    let ty = t(o);
    match ty.class {
        Some(c) => match crate::objects::dict::get(c.dict, crate::objects::str::new("__module__"))?
        {
            Some(v) => Ok(v),
            None => Err(class::no_type_attribute(ty, "__module__")),
        },
        None => Ok(crate::objects::str::new(ty.builtin_module())),
    }
}

fn getattribute(o: Value, args: Args) -> R<Value> {
    let name = crate::builtins::attrs::attr_name(arity("__getattribute__", &args, 1)?[0])?;
    meta::type_getattro(t(o), name)
}

fn setattr(o: Value, args: Args) -> R<Value> {
    args.no_kwargs("__setattr__")?;
    let [name, v] = args.pos else {
        return Err(type_error(format!(
            "expected 2 arguments, got {}",
            args.pos.len()
        )));
    };
    meta::type_setattro(t(o), crate::builtins::attrs::attr_name(*name)?, *v)?;
    Ok(object::none())
}

fn delattr(o: Value, args: Args) -> R<Value> {
    let name = crate::builtins::attrs::attr_name(arity("__delattr__", &args, 1)?[0])?;
    meta::type_delattro(t(o), name)?;
    Ok(object::none())
}

fn repr(o: Value, args: Args) -> R<Value> {
    args.positional_range("__repr__", 0, 0)?;
    Ok(crate::objects::str::from_string(class::type_repr(t(o))))
}

fn instancecheck(o: Value, args: Args) -> R<Value> {
    let v = arity("__instancecheck__", &args, 1)?[0];
    Ok(object::boolean(crate::class::meta::real_isinstance(
        v,
        t(o),
    )?))
}

fn subclasscheck(o: Value, args: Args) -> R<Value> {
    let c = arity("__subclasscheck__", &args, 1)?[0];
    match c.downcast::<TypeObj>() {
        Some(c) => Ok(object::boolean(c.is_subtype(t(o)))),
        None => Err(type_error("issubclass() arg 1 must be a class")),
    }
}

fn union(o: Value, args: Args, reflected: bool) -> R<Value> {
    let other = crate::types::slots::exactly(&args, 1)?[0];
    let (a, b) = if reflected { (other, o) } else { (o, other) };
    Ok(crate::objects::alias::union(a, b)?.unwrap_or_else(object::not_implemented))
}

/// `type.mro(C)`: the C3 order computed from `C.__bases__` (what
/// `__mro__` is unless a metaclass overrides `mro`).
fn mro(o: Value, args: Args) -> R<Value> {
    let ty = t(o);
    args.positional_range(&format!("{}.mro", class::qualname(ty)), 0, 0)?;
    let order = match ty.class {
        Some(c) => {
            let bases: Vec<&'static TypeObj> = crate::objects::tuple::items(c.bases)
                .iter()
                .filter_map(|b| b.downcast::<TypeObj>())
                .collect();
            let mut order = vec![ty];
            order.extend(crate::class::new::c3_merge(&bases).map_err(type_error)?);
            order
        }
        None => class::mro_of(ty),
    };
    Ok(crate::objects::list::from_vec(
        order.into_iter().map(TypeObj::value).collect(),
    ))
}

/// `C.__subclasses__()`: the direct subclasses among the built-in types
/// (in CPython's order where it has one: `int` has `bool`, exception
/// types their subclasses by name), then the classes made since, in the
/// order they were made.
fn subclasses(o: Value, args: Args) -> R<Value> {
    let ty = t(o);
    args.positional_range(&format!("{}.__subclasses__", class::qualname(ty)), 0, 0)?;
    let mut subs = builtin_subclasses(ty);
    match ty.class {
        Some(c) => c.subclasses.with(|s| subs.extend(s.iter().copied())),
        None => subs.extend(class::builtin_base_subclasses(ty)),
    }
    Ok(crate::objects::list::from_vec(
        subs.into_iter().map(TypeObj::value).collect(),
    ))
}

/// The built-in types deriving directly from built-in type `ty`.
fn builtin_subclasses(ty: &'static TypeObj) -> Vec<&'static TypeObj> {
    if ty.class.is_some() {
        return Vec::new();
    }
    let child = |c: &'static TypeObj| {
        c.base.is_some_and(|b| std::ptr::eq(b, ty)) || c.base2.is_some_and(|b| std::ptr::eq(b, ty))
    };
    if ty.is_subtype(&crate::exc::BASE_EXCEPTION) {
        // CPython creates the static exception types in name order and
        // the groups' second bases at run time, after them.
        let mut subs: Vec<&'static TypeObj> = crate::exc::ALL
            .iter()
            .copied()
            .filter(|c| child(c))
            .collect();
        subs.sort_by_key(|c| (c.base2.is_some(), c.name));
        return subs;
    }
    if std::ptr::eq(ty, &crate::io::tables::TEXT_IO_BASE_TYPE) {
        return vec![&crate::io::STRINGIO_TYPE, &crate::io::TEXT_IO_WRAPPER_TYPE];
    }
    if std::ptr::eq(ty, &crate::io::tables::IO_BASE_TYPE) {
        return vec![&crate::io::tables::TEXT_IO_BASE_TYPE];
    }
    let mut subs: Vec<&'static TypeObj> = crate::builtins::types()
        .iter()
        .copied()
        .filter(|c| child(c))
        .collect();
    if std::ptr::eq(ty, &object::OBJECT_TYPE) {
        subs.push(&crate::exc::BASE_EXCEPTION);
    }
    subs
}

fn dir(o: Value, args: Args) -> R<Value> {
    args.positional_range("__dir__", 0, 0)?;
    let mut names = crate::gc::RootedVec::new();
    for n in class::dir_names(o) {
        names.push(crate::objects::str::from_string(n));
    }
    Ok(crate::objects::list::from_vec(names.into_vec()))
}

/// `type.__new__(M, name, bases, ns)` (a new class whose metaclass is
/// `M`), or `type.__new__(type, x)`.
fn new(_owner: Value, args: Args) -> R<Value> {
    let Some((&m, rest)) = args.pos.split_first() else {
        return Err(type_error("type.__new__(): not enough arguments"));
    };
    let rest = Args {
        pos: rest,
        kwnames: args.kwnames,
        kwvals: args.kwvals,
    };
    let Some(mt) = m.downcast::<TypeObj>() else {
        return Err(type_error(format!(
            "type.__new__(X): X is not a type object ({})",
            object::type_name(m)
        )));
    };
    if !mt.is_subtype(&TYPE_TYPE) {
        return Err(type_error(format!(
            "type.__new__({}): {} is not a subtype of type",
            mt.name, mt.name
        )));
    }
    if std::ptr::eq(mt, &TYPE_TYPE) {
        return crate::builtins::construct::call_type(m, rest);
    }
    meta::type_new_args(mt, rest)
}
