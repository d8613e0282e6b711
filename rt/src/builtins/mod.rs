//! The built-in namespace: the table of built-in functions and types and
//! the lookup of every builtin name. The functions live by concern:
//! `functions.rs` (values, types, `iter`/`next`), `attrs.rs` (attributes),
//! `iter.rs` (`min`, `sum`, `zip`, ...), `io.rs` (`print`, `input`);
//! `construct.rs` calls type objects; `args.rs` checks arguments.

pub mod args;
pub mod attrs;
pub mod construct;
pub mod exec;
pub mod exec_memory;
pub mod functions;
pub mod io;
pub mod iter;
pub mod output;

use crate::exc;
use crate::object::{self, TypeObj};
use crate::objects::func::BuiltinObj;
use crate::value::Value;

pub use crate::builtins::io::{INPUT, PRINT};
pub use crate::builtins::iter::{
    ALL, ANY, ENUMERATE, FILTER, MAP, MAX, MIN, REVERSED, SORTED, SUM, ZIP,
};
pub use attrs::*;
pub use functions::*;

/// Every builtin function, for name lookup.
static FUNCTIONS: &[&BuiltinObj] = &[
    &PRINT,
    &LEN,
    &ABS,
    &MIN,
    &MAX,
    &SUM,
    &SORTED,
    &REVERSED,
    &ENUMERATE,
    &ZIP,
    &MAP,
    &FILTER,
    &ANY,
    &ALL,
    &ISINSTANCE,
    &ISSUBCLASS,
    &ORD,
    &CHR,
    &HEX,
    &OCT,
    &BIN,
    &ROUND,
    &POW,
    &DIVMOD,
    &HASH,
    &ID,
    &ITER,
    &NEXT,
    &AITER,
    &ANEXT,
    &INPUT,
    &REPR,
    &ASCII,
    &FORMAT,
    &CALLABLE,
    &GETATTR,
    &SETATTR,
    &HASATTR,
    &DELATTR,
    &VARS,
    &DIR,
    &GLOBALS,
    &LOCALS,
    &EXIT,
    &QUIT,
    &crate::io::open::OPEN,
];

/// True for the functions of `builtins` (`len`, `print`, ...).
pub fn is_builtins_function(f: &BuiltinObj) -> bool {
    FUNCTIONS.iter().any(|g| std::ptr::eq(*g, f))
}

/// The builtin type objects that are not exceptions (what `builtins`
/// names), in the order `object.__subclasses__()` lists them.
pub fn types() -> &'static [&'static TypeObj] {
    TYPES
}

/// Every builtin type object that is not an exception, for name lookup.
static TYPES: &[&TypeObj] = &[
    &object::INT_TYPE,
    &object::FLOAT_TYPE,
    &object::COMPLEX_TYPE,
    &object::STR_TYPE,
    &object::BOOL_TYPE,
    &object::LIST_TYPE,
    &object::TUPLE_TYPE,
    &object::DICT_TYPE,
    &object::SET_TYPE,
    &object::FROZENSET_TYPE,
    &object::RANGE_TYPE,
    &object::TYPE_TYPE,
    &object::OBJECT_TYPE,
    &object::SLICE_TYPE,
    &crate::objects::bytes::BYTES_TYPE,
    &crate::objects::bytes::BYTEARRAY_TYPE,
    &crate::objects::bytes::memoryview::MEMORYVIEW_TYPE,
    &crate::class::descr::PROPERTY_TYPE,
    &crate::class::descr::STATICMETHOD_TYPE,
    &crate::class::descr::CLASSMETHOD_TYPE,
    &crate::class::descr::SUPER_TYPE,
];

/// Every builtin name (functions, types, exceptions), for "Did you mean" hints.
pub fn names() -> Vec<&'static str> {
    FUNCTIONS
        .iter()
        .map(|f| f.name)
        .chain(TYPES.iter().map(|t| t.name))
        .chain(exc::ALL.iter().map(|t| t.name))
        .collect()
}

/// The value of the builtin name `name`: a builtin function, a type, an
/// exception type, `NotImplemented` or `Ellipsis`. The compiler resolves
/// builtin names through this once, at program start.
pub fn lookup(name: &str) -> Option<Value> {
    // The compiler treats exactly `alrt_abi::builtins::NAMES` as builtins;
    // answering only those keeps both sides in agreement.
    if !alrt_abi::builtins::is_builtin(name) {
        return None;
    }
    if let Some(f) = FUNCTIONS.iter().find(|f| f.name == name) {
        return Some(Value::from_ref(*f));
    }
    if let Some(f) = exec::builtin(name) {
        return Some(Value::from_ref(f));
    }
    if let Some(t) = TYPES.iter().find(|t| t.name == name) {
        return Some(t.value());
    }
    if let Some(t) = exc::ALL.iter().find(|t| t.name == name) {
        return Some(t.value());
    }
    match name {
        // CPython's aliases of OSError.
        "EnvironmentError" | "IOError" => Some(exc::OS_ERROR.value()),
        "NotImplemented" => Some(object::not_implemented()),
        "Ellipsis" => Some(Value::from_ref(&object::ELLIPSIS)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_finds_functions_types_and_exceptions() {
        assert!(lookup("print").is_some());
        assert!(lookup("sorted").is_some());
        assert_eq!(lookup("int"), Some(object::INT_TYPE.value()));
        assert_eq!(lookup("ValueError"), Some(exc::VALUE_ERROR.value()));
        assert_eq!(lookup("NotImplemented"), Some(object::not_implemented()));
        assert!(lookup("Ellipsis").is_some());
        assert!(lookup("BrokenPipeError").is_some());
        assert_eq!(lookup("nonesuch"), None);
    }
}

#[cfg(test)]
mod names_tests {
    use alrt_abi::builtins::{is_builtin, NAMES};

    #[test]
    fn every_abi_name_resolves() {
        crate::builtins::exec::install(
            |_, _, _| Err(crate::builtins::exec::unsupported("")),
            |_, _| None,
        );
        let missing: Vec<_> = NAMES
            .iter()
            .filter(|n| super::lookup(n).is_none())
            .collect();
        assert!(missing.is_empty(), "not found by lookup: {missing:?}");
    }

    #[test]
    fn every_builtin_object_is_named_in_the_abi() {
        let names = super::FUNCTIONS.iter().map(|f| f.name);
        let names = names.chain(super::TYPES.iter().map(|t| t.name));
        let names = names.chain(crate::exc::ALL.iter().map(|t| t.name));
        let unnamed: Vec<_> = names.filter(|n| !is_builtin(n)).collect();
        assert!(
            unnamed.is_empty(),
            "missing from alrt_abi::builtins::NAMES: {unnamed:?}"
        );
    }
}
