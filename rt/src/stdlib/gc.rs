//! `gc`: the program's control of alc's tracing collector (`crate::gc`):
//! `collect` (which runs the finalisers and weak-reference callbacks of
//! what it frees before it returns), `enable`, `disable`, `isenabled`,
//! `is_tracked` and `garbage`. docs/language.md says how each differs from CPython's.

use super::ModuleBuilder;
use crate::exc::error::{value_error, R};
use crate::object::{self, Kind};
use crate::objects::func::BuiltinObj;
use crate::protocol::args::Args;
use crate::value::Value;

/// `collect(generation=2)`
static COLLECT: BuiltinObj = BuiltinObj::new("collect", collect);
/// `enable()`
static ENABLE: BuiltinObj = BuiltinObj::new("enable", enable);
/// `disable()`
static DISABLE: BuiltinObj = BuiltinObj::new("disable", disable);
/// `isenabled()`
static ISENABLED: BuiltinObj = BuiltinObj::new("isenabled", isenabled);
/// `is_tracked(obj)`
static IS_TRACKED: BuiltinObj = BuiltinObj::new("is_tracked", is_tracked);

/// Defines `gc`'s attributes.
pub fn init(m: &mut ModuleBuilder) -> R<()> {
    m.func(&COLLECT);
    m.func(&DISABLE);
    m.func(&ENABLE);
    // Objects the collector found unreachable but could not free: alc
    // frees every unreachable object, so the list stays empty unless the
    // program puts something in it (as CPython's without DEBUG_SAVEALL).
    m.value("garbage", crate::objects::list::from_vec(Vec::new()));
    m.func(&IS_TRACKED);
    m.func(&ISENABLED);
    Ok(())
}

/// Rounds of finalisers and collections `collect()` runs at most.
const ROUNDS: usize = 4;

/// A full collection, then the weak-reference callbacks and finalisers of
/// the objects it found dead (suspended generators are closed, `__del__`
/// runs), then another collection that frees what those let go (and so
/// on, while it finds more to finalise, `ROUNDS` times at most). Returns
/// the number of objects freed: every unreachable object, not only those
/// in cycles as CPython counts.
fn collect(args: Args) -> R<Value> {
    let [generation] = crate::builtins::args::bind_clinic("collect", &args, ["generation"], 0, 0)?;
    if let Some(g) = generation {
        if g.kind() == Kind::Float {
            return Err(crate::builtins::args::not_an_integer(g));
        }
        let g = crate::protocol::num::int_arg(g)?;
        // alc's heap has one generation; each of CPython's three names a
        // full collection.
        if !matches!(crate::objects::int::as_i64(g), Some(0..=2)) {
            return Err(value_error("invalid generation"));
        }
    }
    let mut freed = crate::gc::collect_counted();
    // What the finalisers and weak-reference callbacks let go is freed
    // before returning, and its own finalisers and callbacks run (as
    // CPython's reference counting runs them at once), a few rounds at
    // most: a finaliser that makes new garbage each time cannot hold
    // `collect()` forever.
    for _ in 0..ROUNDS {
        if !crate::gc::finalize::waiting() {
            break;
        }
        crate::gc::finalize::run_ready();
        freed += crate::gc::collect_counted();
    }
    Ok(crate::objects::int::from_i64(
        i64::try_from(freed).unwrap_or(i64::MAX),
    ))
}

fn enable(args: Args) -> R<Value> {
    args.positional_range("gc.enable", 0, 0)?;
    crate::gc::set_enabled(true);
    Ok(object::none())
}

fn disable(args: Args) -> R<Value> {
    args.positional_range("gc.disable", 0, 0)?;
    crate::gc::set_enabled(false);
    Ok(object::none())
}

fn isenabled(args: Args) -> R<Value> {
    args.positional_range("gc.isenabled", 0, 0)?;
    Ok(object::boolean(crate::gc::is_enabled()))
}

/// True if the collector traces `obj`'s references: an object in the heap
/// of a type that can refer to other objects. Small ints, static objects
/// (None, the built-in types) and the atomic types are not tracked.
fn is_tracked(args: Args) -> R<Value> {
    let v = crate::builtins::args::one("gc.is_tracked", &args)?;
    let atomic = matches!(
        v.kind(),
        Kind::Int
            | Kind::Bool
            | Kind::NoneType
            | Kind::Float
            | Kind::Str
            | Kind::Range
            | Kind::NotImplemented
            | Kind::Ellipsis
    );
    Ok(object::boolean(!atomic && crate::gc::in_heap(v)))
}
