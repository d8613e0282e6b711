//! What `match` patterns ask of a value, as CPython 3.11's `MATCH_SEQUENCE`,
//! `MATCH_MAPPING`, `MATCH_CLASS` and `MATCH_KEYS` answer it (`ceval.c`):
//! which values sequence and mapping patterns accept, class patterns
//! (`isinstance`, `__match_args__`, the built-in types that match
//! themselves, keyword attributes) and the key lookups of mapping patterns.

use crate::class::abc;
use crate::exc::error::{self, type_error, value_error, R};
use crate::exc::ATTRIBUTE_ERROR;
use crate::gc::RootedVec;
use crate::object::{self, type_name, Kind, TypeObj};
use crate::protocol::args::Args;
use crate::protocol::{dispatch, key};
use crate::value::Value;

/// Whether a sequence pattern accepts `v`: CPython's `Py_TPFLAGS_SEQUENCE`,
/// which `list`, `tuple`, `range`, `memoryview` and `collections.deque`
/// have and subclasses inherit, as do classes deriving from
/// `collections.abc.Sequence` (`UserList`) or registered with it (`str`,
/// `bytes` and `bytearray` are not sequences for patterns).
pub fn is_sequence(v: Value) -> bool {
    matches!(v.kind(), Kind::Range | Kind::Deque | Kind::MemoryView)
        || object::isinstance(v, &object::LIST_TYPE)
        || object::isinstance(v, &object::TUPLE_TYPE)
        || abc_flags(v) == abc::SEQUENCE_FLAG
}

/// Whether a mapping pattern accepts `v`: `dict` and its subclasses, and
/// classes deriving from `collections.abc.Mapping` (`UserDict`,
/// `ChainMap`) or registered with it, and `mappingproxy`: `Py_TPFLAGS_MAPPING`.
pub fn is_mapping(v: Value) -> bool {
    object::isinstance(v, &object::DICT_TYPE)
        || v.kind() == Kind::MappingProxy
        || abc_flags(v) == abc::MAPPING_FLAG
}

/// The collection flag of `v`'s class (set by `collections.abc` through
/// `__abc_tpflags__` and `register`).
fn abc_flags(v: Value) -> i64 {
    abc::collection_flags(object::type_of(v))
}

/// The built-in types whose instances a single positional sub-pattern
/// matches as a whole (`int(x)` binds the subject), when the class does
/// not define `__match_args__` (`_Py_TPFLAGS_MATCH_SELF`, inherited).
fn matches_self(t: &'static TypeObj) -> bool {
    [
        &object::BOOL_TYPE,
        &crate::objects::bytes::BYTEARRAY_TYPE,
        &crate::objects::bytes::BYTES_TYPE,
        &object::COMPLEX_TYPE,
        &object::DICT_TYPE,
        &object::FLOAT_TYPE,
        &object::FROZENSET_TYPE,
        &object::INT_TYPE,
        &object::LIST_TYPE,
        &object::SET_TYPE,
        &object::STR_TYPE,
        &object::TUPLE_TYPE,
    ]
    .iter()
    .any(|b| t.is_subtype(b))
}

fn is_exact(v: Value, t: &'static TypeObj) -> bool {
    std::ptr::eq(object::type_of(v), t)
}

/// A class pattern `cls(p1, ..., pn, k1=q1, ...)` against `subj`: the
/// values of the `nargs` positional attributes (named by
/// `cls.__match_args__`, or the subject itself for the self-matching
/// built-in types) followed by the keyword attributes `kwnames`, or `None`
/// when `subj` is not an instance or lacks one of the attributes.
pub fn match_class(subj: Value, cls: Value, nargs: usize, kwnames: &[Value]) -> R<Option<Value>> {
    let Some(t) = cls.downcast::<TypeObj>() else {
        return Err(type_error("called match pattern must be a type"));
    };
    if !crate::class::meta::instance_check(subj, t)? {
        return Ok(None);
    }
    let mut attrs = RootedVec::new();
    let mut seen: Vec<Value> = Vec::new();
    if nargs > 0 {
        let (match_args, match_self) =
            match dispatch::getattr(cls, crate::objects::str::new("__match_args__")) {
                Ok(m) => {
                    if !is_exact(m, &object::TUPLE_TYPE) {
                        return Err(type_error(format!(
                            "{}.__match_args__ must be a tuple (got {})",
                            t.name,
                            type_name(m)
                        )));
                    }
                    (m, false)
                }
                Err(e) => {
                    if !error::take_pending_if(&ATTRIBUTE_ERROR) {
                        return Err(e);
                    }
                    (crate::objects::tuple::from_slice(&[]), matches_self(t))
                }
            };
        let names = crate::objects::tuple::items(match_args);
        let allowed = if match_self { 1 } else { names.len() };
        if allowed < nargs {
            let plural = if allowed == 1 { "" } else { "s" };
            return Err(type_error(format!(
                "{}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)",
                t.name
            )));
        }
        if match_self {
            attrs.push(subj);
        } else {
            for &name in &names[..nargs] {
                if !is_exact(name, &object::STR_TYPE) {
                    return Err(type_error(format!(
                        "__match_args__ elements must be strings (got {})",
                        type_name(name)
                    )));
                }
                match class_attr(subj, t, name, &mut seen)? {
                    Some(a) => attrs.push(a),
                    None => return Ok(None),
                }
            }
        }
    }
    for &name in kwnames {
        match class_attr(subj, t, name, &mut seen)? {
            Some(a) => attrs.push(a),
            None => return Ok(None),
        }
    }
    Ok(Some(crate::objects::tuple::from_slice(&attrs)))
}

/// `subj.name` for a class pattern, `None` if it has no such attribute;
/// a name asked for twice is a TypeError.
fn class_attr(
    subj: Value,
    t: &'static TypeObj,
    name: Value,
    seen: &mut Vec<Value>,
) -> R<Option<Value>> {
    let text = crate::objects::str::as_str(name);
    if seen.iter().any(|s| crate::objects::str::as_str(*s) == text) {
        return Err(type_error(format!(
            "{}() got multiple sub-patterns for attribute {}",
            t.name,
            crate::objects::str::ops::repr(text)
        )));
    }
    seen.push(name);
    match dispatch::getattr(subj, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) => {
            if error::take_pending_if(&ATTRIBUTE_ERROR) {
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}

/// The values of `keys` in the mapping `map`, or `None` if one is missing.
/// As CPython, keys are looked up with `map.get(key, sentinel)` (so a
/// `dict` subclass's `__missing__` is never called, and its own `get` is),
/// and a key given twice is a ValueError.
pub fn match_keys(map: Value, keys: &[Value]) -> R<Option<Value>> {
    let exact = is_exact(map, &object::DICT_TYPE);
    let (get, sentinel) = if exact {
        (Value::NULL, Value::NULL)
    } else {
        let get = dispatch::getattr(map, crate::objects::str::new("get"))?;
        (get, crate::class::instance::new_object())
    };
    let mut values = RootedVec::new();
    let mut hashes = Vec::with_capacity(keys.len());
    for (i, &k) in keys.iter().enumerate() {
        // The set of keys seen so far: hashing fails for unhashable keys.
        let h = key::hash(k)?;
        for (j, &prev) in keys[..i].iter().enumerate() {
            if hashes[j] == h && key::eq(prev, k)? {
                return Err(value_error(format!(
                    "mapping pattern checks duplicate key ({})",
                    dispatch::repr(k)?
                )));
            }
        }
        hashes.push(h);
        let v = if exact {
            crate::objects::dict::get_hashed(map, k, h)?
        } else {
            let v = dispatch::call(get, Args::positional(&[k, sentinel]))?;
            (v != sentinel).then_some(v)
        };
        match v {
            Some(v) => values.push(v),
            None => return Ok(None),
        }
    }
    Ok(Some(crate::objects::tuple::from_slice(&values)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::*;

    #[test]
    fn sequence_and_mapping_shapes() {
        let l = crate::objects::list::from_vec(vec![i(1)]);
        assert!(is_sequence(l));
        assert!(is_sequence(crate::objects::tuple::from_slice(&[])));
        assert!(!is_sequence(s("ab")));
        assert!(!is_sequence(i(3)));
        assert!(is_mapping(crate::objects::dict::new()));
        assert!(!is_mapping(l));
    }
}
