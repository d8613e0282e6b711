//! The entries code compiled by `eval`/`exec` calls: its names live in the
//! namespaces it was given (a globals dict and a locals mapping), not in
//! slots, and its imports find modules by name.

use crate::exc::error::{self, to_abi, R};
use crate::object::Kind;
use crate::objects::dict;
use crate::protocol::{dispatch, runtime_import};
use crate::value::Value;

/// The value of `name` in mapping `ns`, None when it has no such key.
fn lookup(ns: Value, name: Value) -> R<Option<Value>> {
    if ns.kind() == Kind::Dict && !crate::class::ops::is_user(ns) {
        return dict::get(ns, name);
    }
    match dispatch::getitem(ns, name) {
        Ok(v) => Ok(Some(v)),
        Err(p) => {
            if error::take_pending_if(&crate::exc::KEY_ERROR) {
                Ok(None)
            } else {
                Err(p)
            }
        }
    }
}

/// Reads `name` as CPython's `LOAD_NAME` does: the locals `l`, the
/// globals `g`, then the builtins the globals name under `__builtins__`
/// (a function's code passes its globals as both, `LOAD_GLOBAL`);
/// NameError when none has it.
#[no_mangle]
pub extern "C" fn alc_rt_exec_load(l: Value, g: Value, name: Value) -> Value {
    to_abi(load(l, g, name))
}

fn load(l: Value, g: Value, name: Value) -> R<Value> {
    if l != g {
        if let Some(v) = lookup(l, name)? {
            return Ok(v);
        }
    }
    if let Some(v) = lookup(g, name)? {
        return Ok(v);
    }
    let standard = crate::builtins::exec::builtins_dict()?;
    let builtins = match dict::get(g, crate::objects::str::new("__builtins__"))? {
        Some(b) if b.kind() == Kind::Module => dispatch::getattr(b, name).ok(),
        Some(b) if b != standard => lookup(b, name)?,
        // The builtins themselves: rt's table, and `__name__`.
        _ => match crate::builtins::lookup(crate::objects::str::as_str(name)) {
            Some(v) => Some(v),
            None => dict::get(standard, name)?,
        },
    };
    if let Some(v) = builtins {
        return Ok(v);
    }
    super::exceptions::alc_rt_name_error(name);
    Err(error::Pending)
}

/// `del name` in namespace `ns`: NameError when it is not bound.
#[no_mangle]
pub extern "C" fn alc_rt_exec_delete(ns: Value, name: Value) -> i32 {
    match dispatch::delitem(ns, name) {
        Ok(()) => 0,
        Err(_) => {
            if error::take_pending_if(&crate::exc::KEY_ERROR) {
                super::exceptions::alc_rt_name_error(name);
            }
            -1
        }
    }
}

/// `import name`, or with `level` dots before it relative to the package
/// of the code whose globals are `g`: the first module of the dotted
/// chain, or the last when `leaf` is 1 (`from name import ...`,
/// `import name as x`).
#[no_mangle]
pub extern "C" fn alc_rt_exec_import(g: Value, name: Value, level: u32, leaf: i32) -> Value {
    let name = crate::objects::str::as_str(name);
    to_abi(
        runtime_import::absolute_name(g, name, level)
            .and_then(|n| runtime_import::import_by_name(&n, leaf != 0 || level > 0)),
    )
}

/// `from m import name`: the attribute, else the submodule imported now.
#[no_mangle]
pub extern "C" fn alc_rt_exec_import_from(m: Value, name: Value) -> Value {
    to_abi(runtime_import::import_from(m, name))
}

/// `from m import *` into namespace `ns`.
#[no_mangle]
pub extern "C" fn alc_rt_exec_import_star(ns: Value, m: Value) -> i32 {
    match runtime_import::import_star(ns, m) {
        Ok(()) => 0,
        Err(_) => -1,
    }
}

/// An expression statement's value at the interactive prompt (`compile`
/// mode `'single'`): printed as `repr` unless None and kept as the
/// builtin `_`, as `sys.displayhook` does.
#[no_mangle]
pub extern "C" fn alc_rt_exec_display(v: Value) -> i32 {
    if v == crate::object::none() {
        return 0;
    }
    let set_last = |value: Value| -> R<()> {
        let builtins = crate::builtins::exec::builtins_dict()?;
        dict::setitem(builtins, crate::objects::str::new("_"), value)
    };
    // `_` is None while the repr runs, as in CPython.
    let r = set_last(crate::object::none())
        .and_then(|()| dispatch::repr(v))
        .and_then(|s| {
            // Through `print`, which writes where `sys.stdout` points now.
            let text = [crate::objects::str::new(&s)];
            let print = Value::from_ref(&crate::builtins::PRINT);
            dispatch::call(print, crate::protocol::args::Args::positional(&text))
        })
        .and_then(|_| set_last(v));
    match r {
        Ok(_) => 0,
        Err(_) => -1,
    }
}

/// Gives function `f`, made by code compiled at run time, its globals
/// `g` (which its code reads from then on, as CPython's `__globals__`)
/// and their `__name__` as its `__module__` (None without one).
#[no_mangle]
pub extern "C" fn alc_rt_exec_func_module(f: Value, g: Value) -> i32 {
    match dict::get(g, crate::objects::str::new("__name__")) {
        Ok(name) => {
            let name = name.unwrap_or_else(crate::object::none);
            crate::objects::func::update_extra(f, |e| {
                e.module = name;
                e.globals = g;
            });
            0
        }
        Err(_) => -1,
    }
}

/// The globals of function `f`, made by code compiled at run time: the
/// globals of the run that made it.
#[no_mangle]
pub extern "C" fn alc_rt_exec_func_globals(f: Value) -> Value {
    let g = crate::objects::func::extra(f).globals;
    if g.is_null() {
        return to_abi(Err(error::raise(
            &crate::exc::SYSTEM_ERROR,
            "a function of exec'd code without its globals",
        )));
    }
    g
}
