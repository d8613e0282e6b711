//! The language version `sys` reports: `sys.version_info` (a struct
//! sequence: a `tuple` subclass with named fields and CPython's repr),
//! `sys.version` and `sys.hexversion`. The version is CPython 3.11.7's,
//! the test oracle's, so programs that print `sys.version_info[:3]` match
//! it.

use crate::exc::error::{raise, type_error, R};
use crate::object::{self, Kind};
use crate::objects::func::BuiltinObj;
use crate::objects::{dict, str as strobj, tuple};
use crate::protocol::args::Args;
use crate::protocol::dispatch;
use crate::value::Value;

/// Major, minor and micro version: CPython's that alc follows.
const VERSION: (i64, i64, i64) = (3, 11, 7);
/// `sys.hexversion`: `0x030B07F0` (a final release, serial 0).
pub const HEXVERSION: i64 = (VERSION.0 << 24) | (VERSION.1 << 16) | (VERSION.2 << 8) | 0xF0;

/// The field names of `sys.version_info`, in order.
const FIELDS: [&str; 5] = ["major", "minor", "micro", "releaselevel", "serial"];

macro_rules! getters {
    ($($stat:ident $i:literal),*) => {
        $(static $stat: BuiltinObj = BuiltinObj::new(FIELDS[$i], |a| item(a, $i));)*
        static GETTERS: [&BuiltinObj; 5] = [$(&$stat),*];
    };
}

getters!(G0 0, G1 1, G2 2, G3 3, G4 4);

/// `version_info.__new__`, which refuses.
static NEW: BuiltinObj = BuiltinObj::new("__new__", new);
/// `version_info.__repr__(self)`
static REPR: BuiltinObj = BuiltinObj::method("__repr__", repr);
/// The setter of every field: they are read-only.
static READONLY: BuiltinObj = BuiltinObj::new("readonly", readonly);

/// `sys.version`: the version, then what built it (CPython's names its
/// build date and C compiler).
pub fn text() -> String {
    format!(
        "{}.{}.{} (alc {})",
        VERSION.0,
        VERSION.1,
        VERSION.2,
        env!("CARGO_PKG_VERSION")
    )
}

fn item(args: Args, i: usize) -> R<Value> {
    match args.pos.first() {
        Some(&o) if o.kind() == Kind::Tuple && tuple::items(o).len() > i => Ok(tuple::items(o)[i]),
        _ => Err(type_error(format!(
            "descriptor '{}' for 'sys.version_info' objects doesn't apply to this object",
            FIELDS[i]
        ))),
    }
}

fn new(_args: Args) -> R<Value> {
    Err(type_error("cannot create 'sys.version_info' instances"))
}

fn readonly(_args: Args) -> R<Value> {
    Err(raise(&crate::exc::ATTRIBUTE_ERROR, "readonly attribute"))
}

fn repr(args: Args) -> R<Value> {
    item(args, 4)?;
    let mut s = String::from("sys.version_info(");
    for (i, (name, v)) in FIELDS.iter().zip(tuple::items(args.pos[0])).enumerate() {
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

/// `sys.version_info`: the one instance of its class.
pub fn version_info() -> R<Value> {
    let ns = dict::new();
    let set = |k: &str, v: Value| dict::setitem(ns, strobj::new(k), v);
    set("__module__", strobj::new("sys"))?;
    set("__slots__", tuple::from_slice(&[]))?;
    set(
        "__new__",
        crate::class::descr::new_staticmethod(Value::from_ref(&NEW)),
    )?;
    set("__repr__", Value::from_ref(&REPR))?;
    for (name, g) in FIELDS.iter().zip(GETTERS) {
        let p = dispatch::call(
            crate::class::descr::PROPERTY_TYPE.value(),
            Args::positional(&[Value::from_ref(g), Value::from_ref(&READONLY)]),
        )?;
        set(name, p)?;
    }
    let mut names = crate::gc::RootedVec::new();
    for n in FIELDS {
        names.push(strobj::new(n));
    }
    set("__match_args__", tuple::from_slice(&names))?;
    set("n_fields", Value::from_small(5))?;
    set("n_sequence_fields", Value::from_small(5))?;
    set("n_unnamed_fields", Value::from_small(0))?;
    let bases = tuple::from_slice(&[object::TUPLE_TYPE.value()]);
    let c = crate::class::new::new_class(strobj::new("version_info"), Value::NULL, bases, ns)?;
    let Some(t) = c.downcast::<object::TypeObj>() else {
        return Err(type_error("version_info is not a class"));
    };
    let items = [
        crate::objects::int::from_i64(VERSION.0),
        crate::objects::int::from_i64(VERSION.1),
        crate::objects::int::from_i64(VERSION.2),
        strobj::new("final"),
        Value::from_small(0),
    ];
    Ok(tuple::new(t, &items))
}
