//! `_frames`, alc's own module for what CPython's library reads from frame
//! objects, which alc does not have: the Al frames of the running program
//! (`exc::frames`), the entries of a traceback, and CPython's report of an
//! exception. `warnings`, `logging` and `traceback` (in `lib/`) use it.

use super::ModuleBuilder;
use crate::exc::error::{type_error, R};
use crate::exc::traceback::{CodeInfo, TbSite};
use crate::objects::func::BuiltinObj;
use crate::objects::str as pystr;
use crate::protocol::args::Args;
use crate::value::Value;

/// `stack()`
static STACK: BuiltinObj = BuiltinObj::new("stack", stack);
/// `extract_tb(tb)`
static EXTRACT_TB: BuiltinObj = BuiltinObj::new("extract_tb", extract_tb);
/// `format_exception(exc)`
static FORMAT_EXCEPTION: BuiltinObj = BuiltinObj::new("format_exception", format_exception);
/// `format_exception_only(exc)`
static FORMAT_EXCEPTION_ONLY: BuiltinObj =
    BuiltinObj::new("format_exception_only", format_exception_only);
/// `format_tb(tb, limit)`
static FORMAT_TB: BuiltinObj = BuiltinObj::new("format_tb", format_tb);
/// `show_source(prefix)`
static SHOW_SOURCE: BuiltinObj = BuiltinObj::new("show_source", show_source);

/// Defines `_frames`' attributes.
pub fn init(m: &mut ModuleBuilder) -> R<()> {
    m.func(&EXTRACT_TB);
    m.func(&FORMAT_EXCEPTION);
    m.func(&FORMAT_EXCEPTION_ONLY);
    m.func(&FORMAT_TB);
    m.func(&SHOW_SOURCE);
    m.func(&STACK);
    Ok(())
}

/// One frame as `(filename, lineno, name, line, end_lineno, colno,
/// end_colno, module)`: `line` is the source line as written (None
/// without the source), columns are UTF-8 byte offsets as CPython's code
/// positions, `module` the `__name__` of the frame's module.
fn summary(info: &'static CodeInfo, site: TbSite) -> Value {
    let line = match info.source_line(site.line) {
        Some(l) => pystr::new(l),
        None => crate::object::none(),
    };
    let int = |n: u32| crate::objects::int::from_i64(i64::from(n));
    crate::objects::tuple::from_slice(&[
        pystr::new(info.file()),
        int(site.line),
        pystr::new(info.name()),
        line,
        int(site.end_line),
        int(site.col),
        int(site.end_col),
        pystr::new(crate::protocol::import::module_name_of(info.module)),
    ])
}

/// `stack()`: the Al frames of the program, innermost first, starting
/// with the frame that called `stack` (each at the call it is running).
fn stack(args: Args) -> R<Value> {
    args.positional_range("stack", 0, 0)?;
    let mut items = crate::gc::RootedVec::new();
    for f in crate::exc::frames::stack() {
        items.push(summary(f.info, f.site));
    }
    Ok(crate::objects::list::from_vec(items.into_vec()))
}

/// `extract_tb(tb)`: the entries of traceback `tb` and the ones after it,
/// outermost first, as `stack` gives frames.
fn extract_tb(args: Args) -> R<Value> {
    let tb = args.positional_range("extract_tb", 1, 1)?[0];
    if crate::object::is_none(tb) {
        return Ok(crate::objects::list::from_vec(Vec::new()));
    }
    let Some(entries) = crate::exc::traceback::entries_from(tb) else {
        return Err(type_error(format!(
            "extract_tb() argument must be a traceback, not {}",
            crate::object::type_name(tb)
        )));
    };
    let mut items = crate::gc::RootedVec::new();
    for e in &entries {
        if let Some(s) = e.info.site(e.site) {
            items.push(summary(e.info, s));
        }
    }
    Ok(crate::objects::list::from_vec(items.into_vec()))
}

/// `format_exception(exc)`: what an uncaught `exc` prints, its chained
/// exceptions and traceback included.
fn format_exception(args: Args) -> R<Value> {
    let exc = exception_arg("format_exception", &args)?;
    Ok(pystr::from_string(crate::exc::traceback::format_uncaught(
        exc,
    )))
}

fn exception_arg(fname: &str, args: &Args) -> R<Value> {
    let exc = args.positional_range(fname, 1, 1)?[0];
    if exc.downcast::<crate::exc::ExcObj>().is_none() {
        return Err(type_error(format!(
            "{fname}() argument must be an exception, not {}",
            crate::object::type_name(exc)
        )));
    }
    Ok(exc)
}

/// `format_exception_only(exc)`: the type and message line, and the notes.
fn format_exception_only(args: Args) -> R<Value> {
    let exc = exception_arg("format_exception_only", &args)?;
    Ok(pystr::from_string(
        crate::exc::traceback::format_exception_only(exc),
    ))
}

/// `format_tb(tb, limit)`: the entries of `tb` as a report prints them.
fn format_tb(args: Args) -> R<Value> {
    let a = args.positional_range("format_tb", 2, 2)?;
    let limit = if crate::object::is_none(a[1]) {
        None
    } else {
        Some(crate::protocol::num::index(a[1])?)
    };
    if crate::object::is_none(a[0]) {
        return Ok(pystr::new(""));
    }
    match crate::exc::traceback::format_tb(a[0], limit) {
        Some(text) => Ok(pystr::from_string(text)),
        None => Err(type_error(format!(
            "format_tb() argument must be a traceback, not {}",
            crate::object::type_name(a[0])
        ))),
    }
}

/// `show_source(prefix)`: code compiled under file names starting with
/// `prefix` (a str; None for none) shows its source lines in reports.
/// doctest's runner names the running test's examples (`<doctest NAME[`),
/// whose lines CPython's doctest gives `linecache` while the test runs.
fn show_source(args: Args) -> R<Value> {
    let prefix = args.positional_range("show_source", 1, 1)?[0];
    if crate::object::is_none(prefix) {
        crate::exc::traceback::show_source("");
    } else {
        let Some(p) = pystr::try_str(prefix) else {
            return Err(type_error(format!(
                "show_source() argument must be str or None, not {}",
                crate::object::type_name(prefix)
            )));
        };
        crate::exc::traceback::show_source(p);
    }
    Ok(crate::object::none())
}
