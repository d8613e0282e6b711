//! Imports by name, for code compiled at run time (`eval`, `exec`): a
//! module from `sys.modules` or the program's table as a compiled import
//! finds it, else one the program never imported: its source (a `.al` or
//! `.py` file in the program's directory or on `PYTHONPATH`, else alc's
//! library) compiled by the JIT and run in a new module's namespace, as
//! CPython's importlib runs a module's code in its `__dict__`, or a native
//! module of rt by name.

use crate::exc::error::{raise, R};
use crate::objects::{module, str as pystr};
use crate::protocol::dispatch;
use crate::protocol::import;
use crate::value::Value;

/// `import name`: each module of the dotted chain; the first, or the last
/// with `leaf`.
pub fn import_by_name(name: &str, leaf: bool) -> R<Value> {
    let mut first = Value::NULL;
    let mut last = Value::NULL;
    let mut end = 0;
    for part in name.split('.') {
        end += part.len();
        let m = import_one(&name[..end])?;
        end += 1;
        if first.is_null() {
            first = m;
        }
        last = m;
    }
    Ok(if leaf { last } else { first })
}

/// Module `name` (dotted; its parent is imported): loaded, from the
/// table, or loaded now.
fn import_one(name: &str) -> R<Value> {
    if let Some(m) = import::loaded(name)? {
        return Ok(m);
    }
    if let Some(k) = import::table_index(name) {
        return import::import(k);
    }
    let m = if let Some(src) = crate::builtins::exec::find_source(name, &search_dirs()) {
        from_source(name, src)?
    } else if crate::stdlib::find(name).is_some() && alrt_abi::stdlib::names(name).is_some() {
        let m = import::native(module::native_desc(name))?;
        dispatch::setitem(import::sys_modules(), pystr::new(name), m)?;
        m
    } else {
        return Err(crate::exc::import_error::raise(
            &crate::exc::MODULE_NOT_FOUND_ERROR,
            &format!("No module named '{name}'"),
            name,
            None,
        ));
    };
    if let Some((parent, last)) = name.rsplit_once('.') {
        if let Some(p) = import::loaded(parent)? {
            dispatch::setattr(p, pystr::new(last), m)?;
        }
    }
    Ok(import::loaded(name)?.unwrap_or(m))
}

/// Where a module's source is looked for before the library: the
/// strings of `sys.path` once `sys` is imported, else what it starts as.
fn search_dirs() -> Vec<String> {
    match crate::stdlib::sys::path() {
        Some(list) => crate::objects::list::obj(list)
            .items
            .borrow()
            .iter()
            .filter_map(|d| crate::objects::str::try_str(*d).map(str::to_string))
            .collect(),
        None => initial_path(),
    }
}

/// `sys.path` at start: the directory of the program's source (empty
/// for the prompt's `<stdin>`: the working directory, as CPython's ''),
/// then `PYTHONPATH`'s entries.
pub fn initial_path() -> Vec<String> {
    let main = import::module_file_of(0);
    let mut dirs = vec![main
        .rsplit_once('/')
        .map_or(String::new(), |(d, _)| d.to_string())];
    if let Some(p) = std::env::var_os("PYTHONPATH") {
        let p = p.to_string_lossy();
        dirs.extend(p.split(':').filter(|d| !d.is_empty()).map(str::to_string));
    }
    dirs
}

/// A new module `name` whose body is `src`, compiled and run now in its
/// namespace; forgotten again if the body raises.
fn from_source(name: &str, src: crate::builtins::exec::ModuleSource) -> R<Value> {
    let s = pystr::new;
    let m = module::construct(crate::protocol::args::Args::positional(&[s(name)]))?;
    let mo = module::module(m);
    let ns = mo.namespace();
    let package = if src.package {
        name
    } else {
        name.rsplit_once('.').map_or("", |(p, _)| p)
    };
    dispatch::setitem(ns, s("__file__"), s(&src.path))?;
    dispatch::setitem(ns, s("__package__"), s(package))?;
    if src.package {
        let dir = src.path.rsplit_once('/').map_or("", |(d, _)| d);
        let path = crate::objects::list::from_vec(vec![s(dir)]);
        dispatch::setitem(ns, s("__path__"), path)?;
    }
    let key = s(name);
    dispatch::setitem(import::sys_modules(), key, m)?;
    mo.state.set(module::State::Running);
    if let Err(p) = crate::builtins::exec::run_source(&src.text, &src.path, ns) {
        let pending = crate::exc::error::take_pending();
        let _ = dispatch::delitem(import::sys_modules(), key);
        crate::exc::error::set_pending(pending);
        return Err(p);
    }
    mo.state.set(module::State::Done);
    Ok(m)
}

/// The absolute name of a relative import of `name` (maybe empty) at
/// `level` from code whose globals are `g` (their `__package__`, else
/// their `__name__`'s package).
pub fn absolute_name(g: Value, name: &str, level: u32) -> R<String> {
    if level == 0 {
        return Ok(name.to_string());
    }
    let get = |k: &str| -> R<Option<String>> {
        let v = crate::objects::dict::get(g, pystr::new(k))?;
        Ok(v.and_then(|v| pystr::try_str(v).map(str::to_string)))
    };
    let package = match get("__package__")? {
        Some(p) => p,
        None => {
            let n = get("__name__")?.unwrap_or_default();
            let is_package = crate::objects::dict::get(g, pystr::new("__path__"))?.is_some();
            if is_package {
                n
            } else {
                n.rsplit_once('.')
                    .map_or(String::new(), |(p, _)| p.to_string())
            }
        }
    };
    if package.is_empty() {
        return Err(raise(
            &crate::exc::IMPORT_ERROR,
            "attempted relative import with no known parent package",
        ));
    }
    let mut base = package.as_str();
    for _ in 1..level {
        match base.rsplit_once('.') {
            Some((p, _)) => base = p,
            None => {
                return Err(raise(
                    &crate::exc::IMPORT_ERROR,
                    "attempted relative import beyond top-level package",
                ))
            }
        }
    }
    Ok(if name.is_empty() {
        base.to_string()
    } else {
        format!("{base}.{name}")
    })
}

/// `from m import name`: the attribute, else the submodule `m.name`
/// imported now, else CPython's ImportError.
pub fn import_from(m: Value, name: Value) -> R<Value> {
    match dispatch::getattr(m, name) {
        Ok(v) => return Ok(v),
        Err(p) => {
            if !crate::exc::error::take_pending_if(&crate::exc::ATTRIBUTE_ERROR) {
                return Err(p);
            }
        }
    }
    if let Some(mo) = m.downcast::<module::ModuleObj>() {
        let sub = format!("{}.{}", mo.name_str(), pystr::as_str(name));
        match import_one(&sub) {
            Ok(v) => return Ok(v),
            Err(p) => {
                if !crate::exc::error::take_pending_if(&crate::exc::MODULE_NOT_FOUND_ERROR) {
                    return Err(p);
                }
            }
        }
    }
    import::import_from(m, name)
}

/// `from m import *` into namespace `ns`.
pub fn import_star(ns: Value, m: Value) -> R<()> {
    import::star_bindings(m, |n, v| dispatch::setitem(ns, n, v))
}
