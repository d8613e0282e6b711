//! `_weakref`, the native half of `weakref` (`lib/weakref.al` is the
//! rest): the type `ref` (`ReferenceType`), `getweakrefcount`,
//! `getweakrefs`, and two names of alc's own: `_proxy`, which makes the
//! proxy objects of `weakref.proxy` (Al classes) with their inner
//! reference, and `_atexit`, which registers the function `weakref`'s
//! `finalize` runs when the program ends (CPython uses `atexit`).

use super::ModuleBuilder;
use crate::exc::error::R;
use crate::gc::RootedVec;
use crate::object;
use crate::objects::func::BuiltinObj;
use crate::objects::weakref;
use crate::protocol::args::Args;
use crate::protocol::dispatch;
use crate::state::GlobalCell;
use crate::value::Value;

/// `getweakrefcount(object)`
static GETWEAKREFCOUNT: BuiltinObj = BuiltinObj::new("getweakrefcount", getweakrefcount);
/// `getweakrefs(object)`
static GETWEAKREFS: BuiltinObj = BuiltinObj::new("getweakrefs", getweakrefs);
/// `_proxy(object, callback, cls)`
static PROXY: BuiltinObj = BuiltinObj::new("_proxy", proxy);
/// `_atexit(func)`
static ATEXIT: BuiltinObj = BuiltinObj::new("_atexit", atexit);

/// Functions `_atexit` registered, run when the program ends; roots.
static EXIT_HOOKS: GlobalCell<Vec<Value>> = GlobalCell::new(Vec::new());

/// Defines `_weakref`'s attributes.
pub fn init(m: &mut ModuleBuilder) -> R<()> {
    m.value("ReferenceType", weakref::REF_TYPE.value());
    m.func(&ATEXIT);
    m.func(&PROXY);
    m.func(&GETWEAKREFCOUNT);
    m.func(&GETWEAKREFS);
    m.value("ref", weakref::REF_TYPE.value());
    Ok(())
}

fn getweakrefcount(args: Args) -> R<Value> {
    let o = crate::builtins::args::one("_weakref.getweakrefcount", &args)?;
    Ok(crate::objects::int::from_i64(
        i64::try_from(weakref::count(o)).unwrap_or(i64::MAX),
    ))
}

fn getweakrefs(args: Args) -> R<Value> {
    let o = crate::builtins::args::one("_weakref.getweakrefs", &args)?;
    Ok(crate::objects::list::from_vec(weakref::all(o)))
}

fn proxy(args: Args) -> R<Value> {
    let a = args.positional_range("_proxy", 3, 3)?;
    weakref::new_proxy(a[0], a[1], a[2])
}

fn atexit(args: Args) -> R<Value> {
    let f = crate::builtins::args::one("_atexit", &args)?;
    EXIT_HOOKS.with(|h| h.push(f));
    Ok(object::none())
}

/// The registered exit functions are roots.
pub fn trace_roots(t: &mut crate::gc::Tracer) {
    EXIT_HOOKS.with(|h| t.visit_all(h));
}

/// At the program's end (after the uncaught exception's report, before
/// the finalisers that run at exit), for each registered function in
/// registration order: calls it, and calls the callable it returns, until
/// it returns None (or the same callable twice in a row, which would
/// never end). An exception either raises is printed as an uncaught
/// exception is (CPython's `finalize` hands it to `sys.excepthook`) and
/// the next one runs. The exit status stays.
pub fn run_exit_hooks() {
    let hooks = RootedVec::from_vec(EXIT_HOOKS.with(std::mem::take));
    for &h in hooks.iter() {
        let mut last = RootedVec::from_vec(vec![Value::NULL]);
        loop {
            let f = match dispatch::call(h, Args::positional(&[])) {
                Ok(f) => f,
                Err(_) => {
                    report();
                    break;
                }
            };
            if object::is_none(f) || f == last[0] {
                break;
            }
            last[0] = f;
            if dispatch::call(f, Args::positional(&[])).is_err() {
                report();
            }
        }
    }
}

/// Prints the pending exception as an uncaught one, and drops it.
fn report() {
    let e = crate::exc::error::take_pending();
    crate::builtins::output::flush();
    crate::builtins::output::write_err(&crate::exc::traceback::format_uncaught(e));
}
