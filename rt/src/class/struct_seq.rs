//! Struct sequences (CPython's `PyStructSequence`): `tuple` subclasses
//! whose items are also read by field name, with CPython's repr and
//! messages (`time.struct_time`, `sys.version_info`). Each user defines
//! its field getters with `struct_seq_getters!` and its `__new__`.

use crate::exc::error::{type_error, R};
use crate::object::{self, Kind, TypeObj};
use crate::objects::func::BuiltinObj;
use crate::objects::{dict, str as strobj, tuple};
use crate::protocol::args::Args;
use crate::protocol::dispatch;
use crate::value::Value;

/// What a struct sequence class is made of.
pub struct Spec {
    /// The class's name.
    pub name: &'static str,
    /// Its `__module__`.
    pub module: &'static str,
    /// The names of the items, in order.
    pub fields: &'static [&'static str],
    /// `n_fields`: the items and the named attributes beyond them.
    pub n_fields: i64,
    /// One getter per item (`struct_seq_getters!`).
    pub getters: &'static [&'static BuiltinObj],
    /// `__new__` (a static method: the class comes first).
    pub new: &'static BuiltinObj,
    /// `__repr__`.
    pub repr: &'static BuiltinObj,
    /// The setter of every field property, or `None` for the default
    /// "can't set attribute".
    pub setter: Option<&'static BuiltinObj>,
    /// Instances have no `__dict__` (`__slots__ = ()`).
    pub no_dict: bool,
}

/// Defines the field getters of a struct sequence: `$item(args, i)` reads
/// item `i`; the getters are named after `$fields` and collected in
/// `$all`.
#[macro_export]
macro_rules! struct_seq_getters {
    ($fields:ident, $item:ident, $all:ident, $($stat:ident $i:literal),*) => {
        $(static $stat: $crate::objects::func::BuiltinObj =
            $crate::objects::func::BuiltinObj::new($fields[$i], |a| $item(a, $i));)*
        static $all: &[&$crate::objects::func::BuiltinObj] = &[$(&$stat),*];
    };
}

/// Makes the class.
pub fn make_class(spec: &Spec) -> R<&'static TypeObj> {
    let ns = dict::new();
    let set = |k: &str, v: Value| dict::setitem(ns, strobj::new(k), v);
    set("__module__", strobj::new(spec.module))?;
    if spec.no_dict {
        set("__slots__", tuple::from_slice(&[]))?;
    }
    set(
        "__new__",
        crate::class::descr::new_staticmethod(Value::from_ref(spec.new)),
    )?;
    set("__repr__", Value::from_ref(spec.repr))?;
    for (name, g) in spec.fields.iter().zip(spec.getters) {
        let mut parts = vec![Value::from_ref(*g)];
        if let Some(s) = spec.setter {
            parts.push(Value::from_ref(s));
        }
        let p = dispatch::call(
            crate::class::descr::PROPERTY_TYPE.value(),
            Args::positional(&parts),
        )?;
        set(name, p)?;
    }
    let mut names = crate::gc::RootedVec::new();
    for n in spec.fields {
        names.push(strobj::new(n));
    }
    set("__match_args__", tuple::from_slice(&names))?;
    set("n_fields", Value::from_small(spec.n_fields))?;
    set(
        "n_sequence_fields",
        Value::from_small(spec.fields.len() as i64),
    )?;
    set("n_unnamed_fields", Value::from_small(0))?;
    let bases = tuple::from_slice(&[object::TUPLE_TYPE.value()]);
    let c = crate::class::new::new_class(strobj::new(spec.name), Value::NULL, bases, ns)?;
    c.downcast::<TypeObj>()
        .ok_or_else(|| type_error(format!("{} is not a class", spec.name)))
}

/// Item `i` of the struct sequence `args.pos[0]` (named `qualname` in the
/// message when it is not one).
pub fn item(args: &Args, i: usize, qualname: &str, fields: &[&str]) -> R<Value> {
    match args.pos.first() {
        Some(&o) if o.kind() == Kind::Tuple && tuple::items(o).len() > i => Ok(tuple::items(o)[i]),
        _ => Err(type_error(format!(
            "descriptor '{}' for '{qualname}' objects doesn't apply to this object",
            fields.get(i).copied().unwrap_or("?")
        ))),
    }
}

/// `repr(o)`: `qualname(field=value, ...)` over the items.
pub fn repr(args: &Args, qualname: &str, fields: &[&str]) -> R<Value> {
    item(args, fields.len().saturating_sub(1), qualname, fields)?;
    let mut s = format!("{qualname}(");
    for (i, (name, v)) in fields.iter().zip(tuple::items(args.pos[0])).enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(name);
        s.push('=');
        s.push_str(&dispatch::repr(*v)?);
    }
    s.push(')');
    Ok(strobj::from_string(s))
}
