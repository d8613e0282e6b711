//! The import protocol: the program's module table (every module the
//! compiler found, by index), `sys.modules`, running each module's body
//! once on first import in CPython's order (a circular import sees the
//! partially initialised module), binding a submodule on its package, and
//! `from m import name` with CPython's ImportErrors.

use crate::exc::error::{raise, R};
use crate::objects::module::{self, ModuleDesc, State};
use crate::objects::{dict, str as pystr};
use crate::state::Global;
use crate::value::Value;
use alrt_abi::layout;

/// The module table `alc_rt_start` received: each module's descriptor,
/// with the word where compiled code finds its object once it exists.
static DESCS: Global<&'static [&'static ModuleDesc]> = Global::new(&[]);
/// `sys.modules`, created on first use.
static SYS_MODULES: Global<Value> = Global::new(Value::NULL);

/// Records the program's module table (called once, at start); each
/// module's object word is a root.
pub fn set_table(descs: &'static [&'static ModuleDesc]) {
    DESCS.set(descs);
    for d in descs {
        if !d.obj.is_null() {
            crate::gc::add_roots(d.obj as *const u64, 1);
        }
    }
}

/// GC roots: `sys.modules`.
pub fn trace_roots(t: &mut crate::gc::Tracer) {
    t.visit(SYS_MODULES.get());
}

/// `sys.modules`.
pub fn sys_modules() -> Value {
    let d = SYS_MODULES.get();
    if !d.is_null() {
        return d;
    }
    let d = dict::new();
    SYS_MODULES.set(d);
    d
}

fn set_obj(k: usize, v: Value) {
    if let Some(d) = DESCS.get().get(k) {
        if !d.obj.is_null() {
            // SAFETY: a table descriptor's `obj` is the compiler's
            // zero-initialised word for the module, alive for the run.
            unsafe { *d.obj = v };
        }
    }
}

/// The module object of a module the program imported by name, if any.
pub fn loaded(name: &str) -> R<Option<Value>> {
    dict::get(sys_modules(), pystr::new(name))
}

/// `import` of module `k` of the table: the module from `sys.modules`, or
/// a new one whose body runs now.
pub fn import(k: usize) -> R<Value> {
    let Some(desc) = DESCS.get().get(k).copied() else {
        return Err(raise(
            &crate::exc::SYSTEM_ERROR,
            format!("bad module index {k}"),
        ));
    };
    let name = desc.name();
    let key = pystr::new(name);
    if let Some(m) = dict::get(sys_modules(), key)? {
        return Ok(m);
    }
    let m = if desc.is_native() {
        native(desc)?
    } else {
        module::new_compiled(desc)
    };
    set_obj(k, m);
    dict::setitem(sys_modules(), key, m)?;
    if let Some(body) = desc.body.filter(|_| !desc.is_native()) {
        if body().is_null() {
            // A module whose body failed is forgotten, as CPython does
            // (the main module stays, for the uncaught exception's report).
            if k != 0 {
                let pending = crate::exc::error::take_pending();
                let forget = dict::get(sys_modules(), key)? == Some(m);
                if forget {
                    dict::delitem(sys_modules(), key)?;
                }
                set_obj(k, Value::NULL);
                crate::exc::error::set_pending(pending);
            }
            return Err(crate::exc::error::Pending);
        }
    }
    module::module(m).state.set(State::Done);
    if let Some((parent, last)) = name.rsplit_once('.') {
        if let Some(p) = loaded(parent)? {
            crate::protocol::dispatch::setattr(p, pystr::new(last), m)?;
        }
    }
    Ok(dict::get(sys_modules(), key)?.unwrap_or(m))
}

/// A native module's object, its slots in the ABI table's (sorted) order.
pub(crate) fn native(desc: &'static ModuleDesc) -> R<Value> {
    let name = desc.name();
    let (Some(nm), Some(abi_names)) = (crate::stdlib::find(name), alrt_abi::stdlib::names(name))
    else {
        return Err(crate::exc::import_error::raise(
            &crate::exc::MODULE_NOT_FOUND_ERROR,
            &format!("No module named '{name}'"),
            name,
            None,
        ));
    };
    let mut b = crate::stdlib::ModuleBuilder::default();
    (nm.init)(&mut b)?;
    let mut values = crate::gc::RootedVec::new();
    for n in abi_names {
        let v = b
            .names
            .iter()
            .position(|x| x == n)
            .map_or(Value::NULL, |i| b.values[i]);
        values.push(v);
    }
    let m = module::new_native(desc, abi_names.to_vec(), &values);
    module::module(m).state.set(State::Done);
    Ok(m)
}

/// `from m import name`: the attribute, else the submodule `m.name` if it
/// was imported, else CPython's ImportError.
pub fn import_from(m: Value, name: Value) -> R<Value> {
    match crate::protocol::dispatch::getattr(m, name) {
        Ok(v) => return Ok(v),
        Err(p) => {
            if !crate::exc::error::take_pending_if(&crate::exc::ATTRIBUTE_ERROR) {
                return Err(p);
            }
        }
    }
    let n = pystr::as_str(name).to_string();
    let Some(mo) = m.downcast::<module::ModuleObj>() else {
        return Err(raise(
            &crate::exc::IMPORT_ERROR,
            format!("cannot import name '{n}' from '<unknown module name>' (unknown location)"),
        ));
    };
    let mname = mo.name_str();
    if let Some(v) = loaded(&format!("{mname}.{n}"))? {
        return Ok(v);
    }
    // A module made at run time (by an import in exec'd code) has no
    // descriptor file: its `__file__` says where it came from.
    let runtime_file = match mo.desc.file() {
        "" if !mo.desc.is_native() => {
            match crate::protocol::dispatch::getattr(m, pystr::new("__file__")) {
                Ok(f) if f.kind() == crate::object::Kind::Str => Some(pystr::as_str(f).to_string()),
                Ok(_) => None,
                Err(_) => {
                    crate::exc::error::take_pending();
                    None
                }
            }
        }
        _ => None,
    };
    let path = if mo.desc.is_native() {
        None
    } else {
        Some(runtime_file.as_deref().unwrap_or(mo.desc.file()))
    };
    let location = path.unwrap_or("unknown location");
    let msg = if mo.state.get() == State::Running {
        format!(
            "cannot import name '{n}' from partially initialized module '{mname}' (most likely due to a circular import) ({location})"
        )
    } else {
        format!("cannot import name '{n}' from '{mname}' ({location})")
    };
    Err(crate::exc::import_error::raise(
        &crate::exc::IMPORT_ERROR,
        &msg,
        &mname,
        path,
    ))
}

/// `from pkg import name` where `pkg.name` is a submodule: imports it
/// (module `k`) unless the package already has the attribute.
pub fn import_sub(m: Value, name: Value, k: usize) -> R<()> {
    if let Some(mo) = m.downcast::<module::ModuleObj>() {
        if mo.lookup(name)?.is_some() {
            return Ok(());
        }
    }
    import(k).map(|_| ())
}

/// `from m import *` in module `into` (an index of the table): binds
/// each name of `m.__all__`, or each public name of `m`'s namespace, in
/// the importing module.
pub fn import_star(into: usize, m: Value) -> R<()> {
    let target = module_obj(into);
    if target.is_null() {
        return Err(raise(
            &crate::exc::SYSTEM_ERROR,
            "from-import-* into a module that is not initialised",
        ));
    }
    star_bindings(m, |n, v| crate::protocol::dispatch::setattr(target, n, v))
}

/// Calls `bind(name, value)` for each name `from m import *` binds: the
/// names of `m.__all__`, or `m`'s public names, with CPython's TypeError
/// for an item that is not a str.
pub fn star_bindings(m: Value, mut bind: impl FnMut(Value, Value) -> R<()>) -> R<()> {
    let all = match crate::protocol::dispatch::getattr(m, pystr::new("__all__")) {
        Ok(a) => Some(a),
        Err(p) => {
            if !crate::exc::error::take_pending_if(&crate::exc::ATTRIBUTE_ERROR) {
                return Err(p);
            }
            None
        }
    };
    let names = match all {
        Some(a) => crate::protocol::dispatch::collect(a)?,
        None => {
            let Some(mo) = m.downcast::<module::ModuleObj>() else {
                return Err(crate::exc::error::type_error(
                    "not supported yet: from-import-* of an object that is not a module",
                ));
            };
            // Each name is rooted as soon as it is made: making the next
            // one may collect.
            let mut names = crate::gc::RootedVec::new();
            for n in mo.bound_names() {
                if !n.starts_with('_') {
                    names.push(pystr::new(&n));
                }
            }
            names
        }
    };
    for &n in names.iter() {
        if n.kind() != crate::object::Kind::Str {
            let what = if all.is_some() { "__all__" } else { "__dict__" };
            return Err(crate::exc::error::type_error(format!(
                "Item in {}.{what} must be str, not {}",
                module_name(m),
                crate::object::type_name(n)
            )));
        }
        let v = crate::protocol::dispatch::getattr(m, n)?;
        bind(n, v)?;
    }
    Ok(())
}

fn module_name(m: Value) -> String {
    m.downcast::<module::ModuleObj>()
        .map_or_else(|| "?".to_string(), |mo| mo.name_str())
}

/// The object of module `k` of the table, or null before it is created.
fn module_obj(k: usize) -> Value {
    match DESCS.get().get(k) {
        // SAFETY: as in `set_obj`.
        Some(d) if !d.obj.is_null() => unsafe { *d.obj },
        _ => Value::NULL,
    }
}

/// The ImportErrors raised without a module (`layout::IMPORT_ERR_*`).
pub fn import_fail(why: u32, name: Value) -> crate::exc::error::Pending {
    match why {
        layout::IMPORT_ERR_NOT_FOUND => {
            let name = pystr::as_str(name);
            crate::exc::import_error::raise(
                &crate::exc::MODULE_NOT_FOUND_ERROR,
                &format!("No module named '{name}'"),
                name,
                None,
            )
        }
        layout::IMPORT_ERR_NO_PARENT => raise(
            &crate::exc::IMPORT_ERROR,
            "attempted relative import with no known parent package",
        ),
        _ => raise(
            &crate::exc::IMPORT_ERROR,
            "attempted relative import beyond top-level package",
        ),
    }
}

/// The name of module `k` of the table (`__module__` of its functions).
pub fn module_name_of(k: usize) -> &'static str {
    DESCS.get().get(k).map_or("__main__", |d| d.name())
}

/// The file of module `k` of the table, as its tracebacks name it.
pub fn module_file_of(k: usize) -> &'static str {
    DESCS.get().get(k).map_or("", |d| d.file())
}

/// The bound names of the module with table index `k` (NameError hints).
pub fn module_names(k: usize) -> Vec<String> {
    let m = module_obj(k);
    if m.is_null() {
        return Vec::new();
    }
    match m.downcast::<module::ModuleObj>() {
        Some(mo) => mo.bound_names(),
        None => Vec::new(),
    }
}

/// `globals()` in module `k` of the table: its namespace dict.
pub fn globals(k: usize) -> R<Value> {
    let m = module_obj(k);
    match (!m.is_null())
        .then(|| m.downcast::<module::ModuleObj>())
        .flatten()
    {
        Some(mo) => Ok(mo.namespace()),
        None => Err(raise(
            &crate::exc::SYSTEM_ERROR,
            "globals() of a module that is not initialised",
        )),
    }
}

/// The index in the program's module table of the module called `name`.
pub fn table_index(name: &str) -> Option<usize> {
    DESCS.get().iter().position(|d| d.name() == name)
}
