//! The language version `sys` reports: `sys.version_info` (a struct
//! sequence: a `tuple` subclass with named fields and CPython's repr),
//! `sys.version` and `sys.hexversion`. The version is CPython 3.11.7's,
//! the test oracle's, so programs that print `sys.version_info[:3]` match
//! it.

use crate::class::struct_seq;
use crate::exc::error::{raise, type_error, R};
use crate::objects::func::BuiltinObj;
use crate::objects::{str as strobj, tuple};
use crate::protocol::args::Args;
use crate::value::Value;

/// Major, minor and micro version: CPython's that alc follows.
const VERSION: (i64, i64, i64) = (3, 11, 7);
/// `sys.hexversion`: `0x030B07F0` (a final release, serial 0).
pub const HEXVERSION: i64 = (VERSION.0 << 24) | (VERSION.1 << 16) | (VERSION.2 << 8) | 0xF0;

/// The field names of `sys.version_info`, in order.
const FIELDS: [&str; 5] = ["major", "minor", "micro", "releaselevel", "serial"];

/// `module.name` in messages and the repr.
const QUALNAME: &str = "sys.version_info";

crate::struct_seq_getters!(FIELDS, item, GETTERS, G0 0, G1 1, G2 2, G3 3, G4 4);

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
    struct_seq::item(&args, i, QUALNAME, &FIELDS)
}

fn new(_args: Args) -> R<Value> {
    Err(type_error("cannot create 'sys.version_info' instances"))
}

fn readonly(_args: Args) -> R<Value> {
    Err(raise(&crate::exc::ATTRIBUTE_ERROR, "readonly attribute"))
}

fn repr(args: Args) -> R<Value> {
    struct_seq::repr(&args, QUALNAME, &FIELDS)
}

/// `sys.version_info`: the one instance of its class.
pub fn version_info() -> R<Value> {
    let t = struct_seq::make_class(&struct_seq::Spec {
        name: "version_info",
        module: "sys",
        fields: &FIELDS,
        n_fields: 5,
        getters: GETTERS,
        new: &NEW,
        repr: &REPR,
        setter: Some(&READONLY),
        no_dict: true,
    })?;
    let items = [
        crate::objects::int::from_i64(VERSION.0),
        crate::objects::int::from_i64(VERSION.1),
        crate::objects::int::from_i64(VERSION.2),
        strobj::new("final"),
        Value::from_small(0),
    ];
    Ok(tuple::new(t, &items))
}
