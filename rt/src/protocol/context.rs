//! The context manager protocol of `with`: `__enter__` and `__exit__` looked
//! up on the type (special method lookup, never the instance), and
//! `__exit__` called for an exception while that exception is being handled.

use crate::class::{self, descr, Slot};
use crate::exc::error::{type_error, R};
use crate::exc::{self, handling};
use crate::object;
use crate::protocol::args::Args;
use crate::protocol::dispatch;
use crate::value::Value;

/// Enters `mgr` as CPython 3.11's `BEFORE_WITH` does: finds and binds
/// `__enter__`, then `__exit__` (a TypeError if either is missing, `__enter__`
/// checked first), then calls `__enter__`. Returns its result and the bound
/// `__exit__`.
pub fn enter(mgr: Value) -> R<(Value, Value)> {
    let cls = class::of_value(mgr);
    if cls.is_none() {
        // A built-in context manager (a file): its type's table.
        let t = object::type_of(mgr);
        if let (Some(enter), Some(exit)) = (
            crate::types::find_str(t, "__enter__"),
            crate::types::find_str(t, "__exit__"),
        ) {
            let exit = crate::types::descr::get_through_instance(exit, mgr)?;
            let r = crate::types::descr::call_through_instance(enter, mgr, Args::positional(&[]))?;
            return Ok((r, exit));
        }
    }
    let ty = object::type_of(mgr);
    let enter = cls.map_or(Value::NULL, |c| c.slot(Slot::Enter));
    if enter.is_null() {
        return Err(type_error(format!(
            "'{}' object does not support the context manager protocol",
            ty.name
        )));
    }
    let enter = descr::get_from_instance(enter, mgr, ty)?;
    let exit = cls.map_or(Value::NULL, |c| c.slot(Slot::Exit));
    if exit.is_null() {
        return Err(type_error(format!(
            "'{}' object does not support the context manager protocol (missed __exit__ method)",
            ty.name
        )));
    }
    let exit = descr::get_from_instance(exit, mgr, ty)?;
    let r = dispatch::call(enter, Args::positional(&[]))?;
    Ok((r, exit))
}

/// Calls the bound `exit` for the exception `e` that left a `with` body:
/// `exit(type(e), e, e.__traceback__)`, with `e` being handled meanwhile
/// (so an exception raised inside gets it as `__context__`, and a bare
/// `raise` re-raises it). True if the result is true: `e` is suppressed.
pub fn exit_with_exception(exit: Value, e: Value) -> R<bool> {
    handling::enter(e);
    let r = (|| {
        let ty = object::type_of(e).value();
        let tb = exc::traceback_value(e);
        let res = dispatch::call(exit, Args::positional(&[ty, e, tb]))?;
        dispatch::truthy(res)
    })();
    handling::leave();
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{err_text, i, s, t};

    #[test]
    fn builtin_values_are_not_context_managers() {
        // python3 -c 'with 1: pass' (and with "a", (), None)
        let cases = [
            (
                i(1),
                "'int' object does not support the context manager protocol",
            ),
            (
                s("a"),
                "'str' object does not support the context manager protocol",
            ),
            (
                t(&[]),
                "'tuple' object does not support the context manager protocol",
            ),
            (
                object::none(),
                "'NoneType' object does not support the context manager protocol",
            ),
        ];
        for (v, msg) in cases {
            assert!(enter(v).is_err());
            assert_eq!(err_text(), format!("TypeError: {msg}"));
        }
    }
}
