//! The exception handler protocol generated code follows: `raise` (with
//! `from`, `__context__` chaining), the stack of exceptions being handled
//! (innermost last: `except` bodies push and pop it; bare `raise` outside the
//! handler's frame re-raises its top), and `except` clause matching.

use crate::exc::error::{self, type_error, Pending, R};
use crate::exc::{self, ExcObj};
use crate::object::{self, Kind, TypeObj};
use crate::protocol::args::Args;
use crate::protocol::dispatch;
use crate::state::GlobalCell;
use crate::value::Value;

/// Exceptions currently being handled (innermost last), for `__context__`
/// and bare `raise` outside the handler's own frame.
static HANDLING: GlobalCell<Vec<Value>> = GlobalCell::new(Vec::new());

/// GC roots: the exceptions being handled.
pub fn trace_roots(t: &mut crate::gc::Tracer) {
    HANDLING.with(|h| t.visit_all(h));
}

/// Instantiates an exception class, or checks an instance, for `raise`.
fn exception_instance(v: Value) -> R<Value> {
    if v.kind() == Kind::Exception {
        return Ok(v);
    }
    if exc::is_exception_type(v) {
        let inst = dispatch::call(v, Args::positional(&[]))?;
        if inst.kind() == Kind::Exception {
            return Ok(inst);
        }
    }
    Err(type_error("exceptions must derive from BaseException"))
}

/// Raises `v` (an exception class or instance) with `cause` (null when
/// there is no `from` clause; None clears the cause). Leaves the exception
/// pending: a TypeError instead when `v` or `cause` is not an exception.
pub fn raise(v: Value, cause: Value) -> Pending {
    let r = (|| {
        let inst = exception_instance(v)?;
        let e = inst.as_ref::<ExcObj>();
        if !cause.is_null() {
            if object::is_none(cause) {
                e.cause.set(Value::NULL);
            } else {
                e.cause.set(exception_instance(cause)?);
            }
            e.suppress_context.set(true);
        }
        Ok(inst)
    })();
    match r {
        Ok(inst) => {
            // `raise e` keeps the entries `e` already has: the report
            // lists this frame again, above them, as CPython's does.
            set_context(inst);
            error::set_pending(inst);
        }
        Err(Pending) => {
            set_context(error::pending());
        }
    }
    Pending
}

/// Chains an exception raised by an operation (rt, not a `raise`
/// statement, which chains in `raise`) to the exception being handled, as
/// CPython does for every exception raised while another is handled.
/// `traceback::add_entry` calls it when the exception first reaches
/// generated code, which every exception leaving rt does.
pub fn chain_raised(inst: Value) {
    set_context(inst);
}

fn set_context(inst: Value) {
    if let Some(e) = inst.downcast::<ExcObj>() {
        let top = HANDLING.with(|h| h.last().copied());
        if let Some(top) = top {
            if top != inst && e.context.get().is_null() {
                e.context.set(top);
            }
        }
    }
}

/// Bare `raise` where no handler is visible in the same function: re-raises
/// the exception being handled, or a RuntimeError when there is none.
pub fn reraise_current() -> Pending {
    match HANDLING.with(|h| h.last().copied()) {
        Some(e) => error::set_pending(e),
        None => error::raise(&exc::RUNTIME_ERROR, "No active exception to reraise"),
    }
}

/// The exception being handled (`sys.exc_info()`), or null.
pub fn current() -> Value {
    HANDLING.with(|h| h.last().copied()).unwrap_or(Value::NULL)
}

/// An `except` clause starts handling `exc`.
pub fn enter(exc: Value) {
    HANDLING.with(|h| h.push(exc));
}

/// An `except` clause ends (normally or not).
pub fn leave() {
    HANDLING.with(|h| {
        h.pop();
    });
}

/// Does `exc` match the `except` clause type `t` (a class or tuple)? A
/// TypeError for a non-exception class.
pub fn matches(exc: Value, t: Value) -> R<bool> {
    if t.kind() == Kind::Tuple {
        for x in crate::objects::tuple::items(t) {
            if matches(exc, *x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if !exc::is_exception_type(t) {
        return Err(type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        ));
    }
    Ok(object::isinstance(exc, t.as_ref::<TypeObj>()))
}
