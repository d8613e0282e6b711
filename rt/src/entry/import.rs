//! `import` statements: importing a module of the program's table, `from
//! m import name`, submodules named by `from`, `from m import *`, and the
//! ImportErrors raised without a module; the entries that need the calling
//! module (`globals()`, three-argument `type()`).

use crate::exc::error::to_abi;
use crate::objects::module::ModuleDesc;
use crate::protocol::import;
use crate::value::Value;

/// `import` of `module`: its object (its body run on first import).
#[no_mangle]
pub extern "C" fn alc_rt_import(module: &'static ModuleDesc) -> Value {
    to_abi(import::import(module.index))
}

/// `from m import name`
#[no_mangle]
pub extern "C" fn alc_rt_import_from(m: Value, name: Value) -> Value {
    to_abi(import::import_from(m, name))
}

/// `from m import name` where `m.name` is a submodule (`module`).
#[no_mangle]
pub extern "C" fn alc_rt_import_sub(m: Value, name: Value, module: &'static ModuleDesc) -> i32 {
    match import::import_sub(m, name, module.index) {
        Ok(()) => 0,
        Err(_) => -1,
    }
}

/// `from m import *` in module `into`.
#[no_mangle]
pub extern "C" fn alc_rt_import_star(into: &'static ModuleDesc, m: Value) -> i32 {
    match import::import_star(into.index, m) {
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

/// `globals()` in `module`: its namespace dict.
#[no_mangle]
pub extern "C" fn alc_rt_globals(module: &'static ModuleDesc) -> Value {
    to_abi(import::globals(module.index))
}

/// `type(name, bases, ns)` called directly in `module`: as the generic
/// call, with `__module__` defaulting to the module's name (CPython takes
/// it from the caller's globals; rt does not know its caller otherwise).
#[no_mangle]
pub extern "C" fn alc_rt_type_new3(
    name: Value,
    bases: Value,
    ns: Value,
    module: &'static ModuleDesc,
) -> Value {
    to_abi(type_new3(name, bases, ns, module.index))
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
