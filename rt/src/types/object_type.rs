//! The attributes of `object`, which every class inherits: identity
//! hashing and equality, the default `repr`/`str`/`format`, the generic
//! attribute protocol, `__init__`/`__new__` with CPython's excess-argument
//! rules, `__init_subclass__`, `__subclasshook__`, `__dir__`, `__class__`.
//! Each receives the instance itself (never a wrapped built-in value).

use crate::builtins::attrs::attr_name;
use crate::class::{basetype, instance};
use crate::exc::error::{type_error, R};
use crate::object::{self, OBJECT_TYPE};
use crate::protocol::args::Args;
use crate::types::slots;
use crate::value::Value;
use alrt_abi::ops::CmpOp;

crate::attr_table! {
    /// The attributes of `object`.
    pub static ATTRS for OBJECT_TYPE = [
        getset "__class__" => |o| Ok(object::type_of(o).value());
        slot "__delattr__" => delattr;
        method "__dir__" => dir;
        slot "__eq__" => |o, a| compare(o, a, CmpOp::Eq);
        method "__format__" => format;
        slot "__ge__" => |o, a| compare(o, a, CmpOp::Ge);
        slot "__getattribute__" => getattribute;
        method "__getstate__" => crate::class::reduce::getstate;
        slot "__gt__" => |o, a| compare(o, a, CmpOp::Gt);
        slot "__hash__" => hash;
        slot "__init__" => init;
        classmethod "__init_subclass__" => init_subclass;
        slot "__le__" => |o, a| compare(o, a, CmpOp::Le);
        slot "__lt__" => |o, a| compare(o, a, CmpOp::Lt);
        slot "__ne__" => |o, a| compare(o, a, CmpOp::Ne);
        new "__new__" => slots::new;
        method "__reduce__" => crate::class::reduce::reduce;
        method "__reduce_ex__" => crate::class::reduce::reduce_ex;
        slot "__repr__" => repr;
        slot "__setattr__" => setattr;
        method "__sizeof__" => crate::types::sizeof::method;
        slot "__str__" => str_;
        classmethod "__subclasshook__" => subclasshook;
    ]
}

fn arity<'a>(m: &str, args: &Args<'a>, want: usize) -> R<&'a [Value]> {
    args.no_kwargs(m)?;
    if args.pos.len() != want {
        return Err(type_error(format!(
            "expected {want} argument{}, got {}",
            if want == 1 { "" } else { "s" },
            args.pos.len()
        )));
    }
    Ok(args.pos)
}

fn compare(o: Value, args: Args, op: CmpOp) -> R<Value> {
    let other = arity("__eq__", &args, 1)?[0];
    basetype::default_compare(&OBJECT_TYPE, o, other, op)
}

fn getattribute(o: Value, args: Args) -> R<Value> {
    let name = attr_name(arity("__getattribute__", &args, 1)?[0])?;
    if o.kind() == crate::object::Kind::Instance || o.kind() == crate::object::Kind::Exception {
        return instance::generic_getattr(o, name);
    }
    crate::protocol::dispatch::getattr(o, name)
}

pub(crate) fn setattr(o: Value, args: Args) -> R<Value> {
    let a = arity("__setattr__", &args, 2)?;
    instance::generic_setattr(o, attr_name(a[0])?, a[1])?;
    Ok(object::none())
}

pub(crate) fn delattr(o: Value, args: Args) -> R<Value> {
    let name = attr_name(arity("__delattr__", &args, 1)?[0])?;
    instance::generic_delattr(o, name)?;
    Ok(object::none())
}

fn hash(o: Value, args: Args) -> R<Value> {
    arity("__hash__", &args, 0)?;
    Ok(crate::objects::int::from_i64(basetype::identity_hash(o)))
}

fn repr(o: Value, args: Args) -> R<Value> {
    arity("__repr__", &args, 0)?;
    Ok(crate::objects::str::from_string(basetype::default_repr(
        &OBJECT_TYPE,
        o,
    )?))
}

/// `object.__str__`: `repr(self)` through the type's `__repr__`.
fn str_(o: Value, args: Args) -> R<Value> {
    arity("__str__", &args, 0)?;
    Ok(crate::objects::str::from_string(
        crate::protocol::dispatch::repr(o)?,
    ))
}

fn format(o: Value, args: Args) -> R<Value> {
    let spec = arity("__format__", &args, 1)?[0];
    let spec = crate::objects::str::try_str(spec).ok_or_else(|| {
        type_error(format!(
            "__format__() argument must be str, not {}",
            object::type_name(spec)
        ))
    })?;
    Ok(crate::objects::str::from_string(basetype::default_format(
        &OBJECT_TYPE,
        o,
        spec,
    )?))
}

fn init(o: Value, args: Args) -> R<Value> {
    basetype::init(&OBJECT_TYPE, o, args)?;
    Ok(object::none())
}

fn init_subclass(cls: Value, args: Args) -> R<Value> {
    if !args.kwnames.is_empty() {
        return Err(type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            object::type_of_type_name(cls)
        )));
    }
    arity("__init_subclass__", &args, 0)?;
    Ok(object::none())
}

fn subclasshook(_cls: Value, args: Args) -> R<Value> {
    args.no_kwargs("__subclasshook__")?;
    if args.pos.len() > 1 {
        return Err(type_error(format!(
            "object.__subclasshook__() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    }
    Ok(object::not_implemented())
}

fn dir(o: Value, args: Args) -> R<Value> {
    arity("__dir__", &args, 0)?;
    let mut names = crate::gc::RootedVec::new();
    for n in crate::class::dir_names(o) {
        names.push(crate::objects::str::from_string(n));
    }
    Ok(crate::objects::list::from_vec(names.into_vec()))
}
