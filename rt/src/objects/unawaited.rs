//! CPython's `RuntimeWarning: coroutine '...' was never awaited`: each
//! coroutine's creation site is kept until it starts, and a coroutine the
//! collector finds dead before it ever ran is reported from there (CPython
//! reports it where its last reference goes, which for the common case,
//! `f()` as a statement, is the same line). One still alive at the
//! program's end is reported as CPython's shutdown reports it, from
//! `sys:1`. The report goes through `warnings` (its filters and
//! once-per-location registries) when the program imported it (found in
//! `sys.modules`), else it is printed here with the same once-per-location
//! rule.
//!
//! Only programs that define a coroutine function link this: their
//! start-up code calls `alc_rt_coroutines_link`, which installs [`HOOKS`];
//! everywhere else the entry points below do nothing.

use crate::exc::frames;
use crate::objects::generator;
use crate::state::{Global, GlobalCell};
use crate::value::Value;
use std::collections::HashSet;

/// How many tracked coroutines have not started (nor been reported).
static UNSTARTED: Global<usize> = Global::new(0);
/// The warnings shown without `warnings`: (message, file, line).
static SHOWN: GlobalCell<Option<HashSet<(String, String, u32)>>> = GlobalCell::new(None);
/// Set when the program's end has been reached: a coroutine still alive
/// then is reported from `sys:1`.
static AT_EXIT: Global<bool> = Global::new(false);

/// The tracking functions, once linked.
#[derive(Clone, Copy)]
struct Hooks {
    created: fn(Value),
    forget: fn(Value),
    report: fn(Value),
    before_exit: fn(),
}

/// What `link` installed; None in programs without coroutine functions.
static HOOKS: Global<Option<Hooks>> = Global::new(None);

/// Installs the tracking (`alc_rt_coroutines_link`).
pub fn link() {
    // Opaque, or LLVM folds the one value ever stored into the loads,
    // linking the functions into every program (`stdlib::Linked`).
    HOOKS.set(std::hint::black_box(Some(Hooks {
        created,
        forget,
        report,
        before_exit,
    })));
}

/// A coroutine was just created; true if it is tracked (it must then be
/// registered with the finaliser queue).
pub fn on_created(g: Value) -> bool {
    match HOOKS.get() {
        Some(h) => {
            (h.created)(g);
            true
        }
        None => false,
    }
}

/// The coroutine `g` starts (or is closed) before it ran.
pub fn on_started(g: Value) {
    if let Some(h) = HOOKS.get() {
        (h.forget)(g);
    }
}

/// The tracked coroutine `g` died (or is left at the end) before it ran.
pub fn on_never_awaited(g: Value) {
    if let Some(h) = HOOKS.get() {
        (h.report)(g);
    }
}

/// Before the program's end (see `before_exit`).
pub fn on_exit() {
    if let Some(h) = HOOKS.get() {
        (h.before_exit)();
    }
}

/// A coroutine was just created: remembers where (the return addresses
/// only; they are named if it is ever reported).
fn created(g: Value) {
    generator::obj(g)
        .created_at
        .set(frames::innermost_offsets());
    UNSTARTED.set(UNSTARTED.get() + 1);
}

/// The coroutine `g` starts (or is closed): nothing to report any more.
fn forget(_g: Value) {
    UNSTARTED.set(UNSTARTED.get().saturating_sub(1));
}

/// Before the program's end: if coroutines that never ran may be garbage,
/// a collection finds them so they are reported from where they were
/// created (as CPython reported them when they died); the rest is
/// reported from `sys:1`.
fn before_exit() {
    if UNSTARTED.get() > 0 {
        crate::gc::collect_now();
        crate::gc::finalize::run_ready();
    }
    AT_EXIT.set(true);
}

/// Reports the coroutine `g`, dead (or alive at the end) before it ever
/// ran. An exception the report raises (a filter turning it into an
/// error) is printed as an unraisable one, as CPython does.
fn report(g: Value) {
    UNSTARTED.set(UNSTARTED.get().saturating_sub(1));
    let site = frames::innermost_of(generator::obj(g).created_at.get());
    let (file, line, text, module, source) = match site {
        Some(f) if !AT_EXIT.get() => (
            f.info.file(),
            f.site.line,
            f.info.source_line(f.site.line),
            crate::protocol::import::module_name_of(f.info.module),
            true,
        ),
        _ => ("sys", 1, None, "sys", false),
    };
    let message = format!(
        "coroutine '{}' was never awaited",
        crate::objects::generator::qualname(g)
    );
    let Some(hook) = warnings_hook() else {
        show(message, file, line, text, source);
        return;
    };
    let str = crate::objects::str::new;
    let none = crate::object::none();
    let args = [
        str(&message),
        str(file),
        crate::objects::int::from_i64(i64::from(line)),
        text.map_or(none, str),
        str(module),
        if source { g } else { none },
    ];
    let r = crate::protocol::dispatch::call(hook, crate::protocol::args::Args::positional(&args));
    if r.is_err() {
        let e = crate::exc::error::take_pending();
        crate::builtins::output::flush();
        let what = crate::objects::generator::repr(g);
        let report = crate::exc::traceback::format_unraisable(&what, e);
        crate::builtins::output::write_err(&report);
    }
}

/// `warnings._warn_unawaited_coroutine(message, filename, lineno, line,
/// module, source)` when the program imported `warnings` (found in
/// `sys.modules`, so `warnings` need not import anything for it).
fn warnings_hook() -> Option<Value> {
    let str = crate::objects::str::new;
    let m = crate::objects::dict::get(crate::protocol::import::sys_modules(), str("warnings"))
        .ok()
        .flatten()?;
    match crate::protocol::dispatch::getattr(m, str("_warn_unawaited_coroutine")) {
        Ok(f) => Some(f),
        Err(_) => {
            crate::exc::error::take_pending();
            None
        }
    }
}

/// Prints the warning as `warnings` would with its default filters.
fn show(message: String, file: &str, line: u32, text: Option<&str>, source: bool) {
    let first = SHOWN.with(|s| {
        s.get_or_insert_with(HashSet::new)
            .insert((message.clone(), file.to_string(), line))
    });
    if !first {
        return;
    }
    let mut out = format!("{file}:{line}: RuntimeWarning: {message}\n");
    if let Some(t) = text.map(str::trim).filter(|t| !t.is_empty()) {
        out.push_str(&format!("  {t}\n"));
    }
    if source {
        out.push_str("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
    }
    crate::builtins::output::write_err(&out);
}
