//! `ImportError` and its subclasses: the `msg`, `name` and `path`
//! attributes, the `name=`/`path=` keywords of the constructor, `str()`
//! from `msg`, and raising one about a module.

use crate::exc::error::{set_pending, type_error, Pending, R};
use crate::exc::{self, ExcObj};
use crate::object::{Kind, TypeObj};
use crate::protocol::args::Args;
use crate::value::Value;

/// The attribute names, in `ExcObj::import` order.
pub const ATTRS: [&str; 3] = ["msg", "name", "path"];
/// Index of `msg` in `ExcObj::import`.
const MSG: usize = 0;

/// True if `e` is an `ImportError` (or subclass) instance.
pub fn is_import_error(e: &ExcObj) -> bool {
    e.header.ty.is_subtype(&exc::IMPORT_ERROR)
}

/// Sets `e.args` to the tuple `args` and the fields as CPython's
/// `ImportError.__init__` does: `msg` is the argument when there is
/// exactly one, `name` and `path` the keywords' values (null when not
/// given, read as None).
pub fn init(e: &ExcObj, args: Value, name: Value, path: Value) {
    e.args.set(args);
    let msg = match crate::objects::tuple::items(args) {
        [one] => *one,
        _ => Value::NULL,
    };
    e.import
        .set(crate::objects::tuple::from_slice(&[msg, name, path]));
}

/// The `name=` and `path=` keywords of `ImportError(...)` (null when
/// absent), with CPython's errors for any other keyword. CPython names
/// `ImportError()` in them whatever the class called.
pub fn keywords(args: &Args) -> R<(Value, Value)> {
    if args.kwnames.len() > 2 {
        return Err(type_error(format!(
            "ImportError() takes at most 2 keyword arguments ({} given)",
            args.kwnames.len()
        )));
    }
    let (mut name, mut path) = (Value::NULL, Value::NULL);
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        match crate::objects::str::as_str(*k) {
            "name" => name = *v,
            "path" => path = *v,
            other => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for ImportError()"
                )))
            }
        }
    }
    Ok((name, path))
}

fn field(e: &ExcObj, i: usize) -> Value {
    super::fields::get(&e.import, i)
}

/// `str(e)` when `msg` is a str (of exactly that type), as CPython's
/// `ImportError.__str__`; None leaves it to `BaseException.__str__`.
pub fn to_str(e: &ExcObj) -> Option<String> {
    let msg = field(e, MSG);
    if msg.is_null() || msg.kind() != Kind::Str || msg.header().ty.class.is_some() {
        return None;
    }
    Some(crate::objects::str::as_str(msg).to_string())
}

/// Raises `ty` (ImportError or a subclass) with the message `msg` about
/// the module `name`, found at `path` when it has a file.
pub fn raise(ty: &'static TypeObj, msg: &str, name: &str, path: Option<&str>) -> Pending {
    let e = exc::with_message(ty, msg);
    if let Some(eo) = e.downcast::<ExcObj>() {
        let path = path.map_or(Value::NULL, crate::objects::str::new);
        init(eo, eo.args.get(), crate::objects::str::new(name), path);
    }
    set_pending(e)
}
