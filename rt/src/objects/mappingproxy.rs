//! `mappingproxy` (`types.MappingProxyType`): the read-only view of a
//! mapping that a class's `__dict__` is. Every operation reads through to
//! the mapping (which can still change underneath), as CPython's
//! `descrobject.c` does: items, `in`, `len`, iteration, `get`/`keys`/...
//! called on the mapping, comparisons and `|` on the mapping itself.

use crate::exc::error::{type_error, R};
use crate::object::{self, Header, Kind, Object, TypeObj, OBJECT_TYPE};
use crate::protocol::args::Args;
use crate::protocol::dispatch;
use crate::types::slots;
use crate::value::Value;
use alrt_abi::ops::{BinOp, CmpOp};

/// `mappingproxy`
pub static MAPPINGPROXY_TYPE: TypeObj =
    TypeObj::builtin("mappingproxy", Some(&OBJECT_TYPE), Kind::MappingProxy).with_attrs(&ATTRS);

/// A read-only view of `mapping`.
#[repr(C)]
pub struct MappingProxyObj {
    pub header: Header,
    mapping: Value,
}

// SAFETY: repr(C), Header first; every Kind::MappingProxy object is a MappingProxyObj.
unsafe impl Object for MappingProxyObj {
    const KINDS: &'static [Kind] = &[Kind::MappingProxy];

    fn trace(&self, t: &mut crate::gc::Tracer) {
        t.visit(self.mapping);
    }
}

/// A new proxy of `mapping` (not checked: rt's own callers pass dicts).
pub fn new(mapping: Value) -> Value {
    Value::from_ref(crate::gc::alloc(MappingProxyObj {
        header: Header::new(&MAPPINGPROXY_TYPE),
        mapping,
    }))
}

/// The mapping behind proxy `v`.
pub fn mapping(v: Value) -> Value {
    v.as_ref::<MappingProxyObj>().mapping
}

/// True if `v` is a proxy.
pub fn is_proxy(v: Value) -> bool {
    !v.is_small() && v.kind() == Kind::MappingProxy
}

/// `mappingproxy(mapping)`: what CPython's `PyMapping_Check` accepts
/// (a type with `__getitem__`), except lists and tuples.
pub fn construct(args: Args) -> R<Value> {
    let [m] = args.bind("mappingproxy", ["mapping"], 1)?;
    let Some(m) = m else {
        return Err(type_error(
            "mappingproxy() missing required argument 'mapping' (pos 1)",
        ));
    };
    if !is_mapping(m) {
        return Err(type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            object::type_name(m)
        )));
    }
    Ok(new(m))
}

/// `PyMapping_Check(m)` without lists and tuples (and their subclasses).
fn is_mapping(m: Value) -> bool {
    if m.is_small() {
        return false;
    }
    let t = object::type_of(m);
    if t.is_subtype(&object::LIST_TYPE) || t.is_subtype(&object::TUPLE_TYPE) {
        return false;
    }
    if t.class.is_some() {
        return crate::class::lookup(t, crate::objects::str::new("__getitem__")).is_some();
    }
    match m.kind() {
        Kind::Dict
        | Kind::Str
        | Kind::Range
        | Kind::Bytes
        | Kind::ByteArray
        | Kind::MemoryView
        | Kind::MappingProxy => true,
        Kind::Alias => std::ptr::eq(t, &crate::objects::alias::GENERIC_ALIAS_TYPE),
        _ => false,
    }
}

/// `repr(p)`: `mappingproxy(<repr of the mapping>)`.
pub fn repr(v: Value) -> R<String> {
    Ok(format!("mappingproxy({})", dispatch::repr(mapping(v))?))
}

/// `p[k]`
pub fn getitem(v: Value, k: Value) -> R<Value> {
    dispatch::getitem(mapping(v), k)
}

/// `k in p`
pub fn contains(v: Value, k: Value) -> R<bool> {
    dispatch::contains(mapping(v), k)
}

/// `len(p)`
pub fn len(v: Value) -> R<usize> {
    dispatch::len(mapping(v))
}

/// `iter(p)`
pub fn iter(v: Value) -> R<Value> {
    dispatch::iter(mapping(v))
}

/// `reversed(p)`: the mapping's `__reversed__()`.
pub fn reversed(v: Value) -> R<Value> {
    call_on_mapping(v, "__reversed__", &[])
}

/// `p op w`: the mapping's comparison.
pub fn compare(v: Value, w: Value, op: CmpOp) -> R<Value> {
    dispatch::compare(mapping(v), w, op)
}

/// `a | b` with a proxy on either side: `|` of what the proxies wrap.
pub fn or(a: Value, b: Value) -> R<Value> {
    let unwrap = |x: Value| if is_proxy(x) { mapping(x) } else { x };
    dispatch::binop(BinOp::Or, unwrap(a), unwrap(b))
}

/// `p |= w`: refused, the proxy is read-only.
pub fn ior_error() -> crate::exc::error::Pending {
    type_error("'|=' is not supported by mappingproxy; use '|' instead")
}

/// `del p[k]` (CPython's wording differs for index-like keys, which take
/// the sequence path).
pub fn delitem_error(v: Value, k: Value) -> crate::exc::error::Pending {
    let index_like = k.is_small()
        || matches!(
            crate::class::instance::unwrap(k).kind(),
            Kind::Int | Kind::Bool
        )
        || crate::class::of_value(k).is_some_and(|c| !c.slot(crate::class::Slot::Index).is_null());
    let does = if index_like { "doesn't" } else { "does not" };
    type_error(format!(
        "'{}' object {does} support item deletion",
        object::type_name(v)
    ))
}

/// Calls method `name` of the mapping behind `v`.
fn call_on_mapping(v: Value, name: &str, args: &[Value]) -> R<Value> {
    dispatch::call_method(
        mapping(v),
        crate::objects::str::new(name),
        Args::positional(args),
    )
}

crate::attr_table! {
    /// The attributes of `mappingproxy`.
    pub static ATTRS for MAPPINGPROXY_TYPE = [
        classmethod "__class_getitem__" => slots::class_getitem;
        slot "__contains__" => |o, a| {
            let k = slots::exactly(&a, 1)?[0];
            Ok(object::boolean(contains(o, k)?))
        };
        slot "__eq__" => |o, a| cmp(o, a, CmpOp::Eq);
        slot "__ge__" => |o, a| cmp(o, a, CmpOp::Ge);
        slot "__getattribute__" => slots::getattribute;
        slot "__getitem__" => |o, a| getitem(o, slots::exactly(&a, 1)?[0]);
        slot "__gt__" => |o, a| cmp(o, a, CmpOp::Gt);
        none "__hash__";
        slot "__ior__" => |_, a| {
            slots::exactly(&a, 1)?;
            Err(ior_error())
        };
        slot "__iter__" => |o, a| {
            slots::exactly(&a, 0)?;
            iter(o)
        };
        slot "__le__" => |o, a| cmp(o, a, CmpOp::Le);
        slot "__len__" => |o, a| {
            slots::exactly(&a, 0)?;
            Ok(crate::objects::int::from_i64(len(o)? as i64))
        };
        slot "__lt__" => |o, a| cmp(o, a, CmpOp::Lt);
        slot "__ne__" => |o, a| cmp(o, a, CmpOp::Ne);
        new "__new__" => new_;
        slot "__or__" => |o, a| or(o, slots::exactly(&a, 1)?[0]);
        slot "__repr__" => |o, a| {
            slots::exactly(&a, 0)?;
            Ok(crate::objects::str::from_string(repr(o)?))
        };
        method "__reversed__" => |o, a| {
            a.positional_range("mappingproxy.__reversed__", 0, 0)?;
            reversed(o)
        };
        slot "__ror__" => |o, a| or(slots::exactly(&a, 1)?[0], o);
        slot "__str__" => |o, a| {
            slots::exactly(&a, 0)?;
            dispatch::str_value(mapping(o))
        };
        method "copy" => |o, a| no_args(o, a, "copy");
        method "get" => get;
        method "items" => |o, a| no_args(o, a, "items");
        method "keys" => |o, a| no_args(o, a, "keys");
        method "values" => |o, a| no_args(o, a, "values");
    ]
}

fn cmp(o: Value, args: Args, op: CmpOp) -> R<Value> {
    compare(o, slots::exactly(&args, 1)?[0], op)
}

/// `keys()`, `values()`, `items()`, `copy()`: the mapping's own.
fn no_args(o: Value, args: Args, name: &str) -> R<Value> {
    args.positional_range(&format!("mappingproxy.{name}"), 0, 0)?;
    call_on_mapping(o, name, &[])
}

/// `get(key, default=None)`: the mapping's `get`, always with both.
fn get(o: Value, args: Args) -> R<Value> {
    let a = args.positional_range("get", 1, 2)?;
    let default = a.get(1).copied().unwrap_or_else(object::none);
    call_on_mapping(o, "get", &[a[0], default])
}

/// `mappingproxy.__new__(mappingproxy, mapping)`.
fn new_(_owner: Value, args: Args) -> R<Value> {
    let Some((&cls, rest)) = args.pos.split_first() else {
        return Err(type_error("mappingproxy.__new__(): not enough arguments"));
    };
    let Some(t) = cls.downcast::<TypeObj>() else {
        return Err(type_error(format!(
            "mappingproxy.__new__(X): X is not a type object ({})",
            object::type_name(cls)
        )));
    };
    if !std::ptr::eq(t, &MAPPINGPROXY_TYPE) {
        return Err(type_error(format!(
            "mappingproxy.__new__({}): {} is not a subtype of mappingproxy",
            t.name, t.name
        )));
    }
    construct(Args {
        pos: rest,
        kwnames: args.kwnames,
        kwvals: args.kwvals,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{err_text, i, s};

    #[test]
    fn reads_through() {
        let d = crate::objects::dict::new();
        crate::objects::dict::setitem(d, s("a"), i(1)).expect("set");
        let p = new(d);
        assert_eq!(getitem(p, s("a")), Ok(i(1)));
        assert_eq!(len(p), Ok(1));
        crate::objects::dict::setitem(d, s("b"), i(2)).expect("set");
        assert_eq!(contains(p, s("b")), Ok(true));
        assert_eq!(repr(p).as_deref(), Ok("mappingproxy({'a': 1, 'b': 2})"));
        assert!(dispatch::setitem(p, s("a"), i(3)).is_err());
        assert_eq!(
            err_text(),
            "TypeError: 'mappingproxy' object does not support item assignment"
        );
        assert!(construct(Args::positional(&[crate::objects::list::from_vec(vec![])])).is_err());
        assert_eq!(
            err_text(),
            "TypeError: mappingproxy() argument must be a mapping, not list"
        );
    }
}
