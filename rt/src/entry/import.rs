//! `import` statements: importing a module of the program's table, `from
//! m import name`, submodules named by `from`, `from m import *`, and the
//! ImportErrors raised without a module.

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
