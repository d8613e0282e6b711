//! `import` statements: importing a module of the program's table, `from
//! m import name`, submodules named by `from`, `from m import *`, and the
//! ImportErrors raised without a module; the entries that need the calling
//! module (`globals()`, three-argument `type()`).

use crate::exc::error::to_abi;
use crate::protocol::import;
use crate::value::Value;

/// `import` of module `k`: its object (its body run on first import).
#[no_mangle]
pub extern "C" fn alc_rt_import(k: usize) -> Value {
    to_abi(import::import(k))
}

/// `from m import name`
#[no_mangle]
pub extern "C" fn alc_rt_import_from(m: Value, name: Value) -> Value {
    to_abi(import::import_from(m, name))
}

/// `from m import name` where `m.name` is a submodule (module `k`).
#[no_mangle]
pub extern "C" fn alc_rt_import_sub(m: Value, name: Value, k: usize) -> i32 {
    match import::import_sub(m, name, k) {
        Ok(()) => 0,
        Err(_) => -1,
    }
}

/// `from m import *` in module `into` (an index of the module table).
#[no_mangle]
pub extern "C" fn alc_rt_import_star(into: usize, m: Value) -> i32 {
    match import::import_star(into, m) {
        Ok(()) => 0,
        Err(_) => -1,
    }
}

/// Raises the ImportError `why` (`IMPORT_ERR_*`) about module `name`.
#[no_mangle]
pub extern "C" fn alc_rt_import_fail(why: u32, name: Value) -> Value {
    import::import_fail(why, name);
    Value::NULL
}

/// `globals()` in module `k`: its namespace dict.
#[no_mangle]
pub extern "C" fn alc_rt_globals(k: usize) -> Value {
    to_abi(import::globals(k))
}

/// `type(name, bases, ns)` called directly in module `k`: as the generic
/// call, with `__module__` defaulting to module `k`'s name (CPython takes it
/// from the caller's globals; rt does not know its caller otherwise).
#[no_mangle]
pub extern "C" fn alc_rt_type_new3(name: Value, bases: Value, ns: Value, k: usize) -> Value {
    to_abi(type_new3(name, bases, ns, k))
}

fn type_new3(name: Value, bases: Value, ns: Value, k: usize) -> crate::exc::error::R<Value> {
    use crate::objects::{dict, str as pystr};
    let mut ns = ns;
    let key = pystr::new("__module__");
    if !ns.is_small() && ns.kind() == crate::object::Kind::Dict && !dict::contains(ns, key)? {
        let copy = dict::copy(ns)?;
        dict::setitem(copy, key, pystr::new(import::module_name_of(k)))?;
        ns = copy;
    }
    crate::protocol::dispatch::call(
        crate::object::TYPE_TYPE.value(),
        crate::protocol::args::Args::positional(&[name, bases, ns]),
    )
}
