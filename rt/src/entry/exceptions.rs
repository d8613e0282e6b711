//! Raising and handling exceptions: `raise`, the stack of exceptions being
//! handled (for `__context__` and bare `raise`), `except` matching, and the
//! errors generated code raises itself (unbound names, failed asserts).
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use super::{status_bool, text};
use crate::exc::error::{self, type_error, Pending, R};
use crate::exc::traceback::CodeInfo;
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

/// Registers a slot array of `nwords` values as GC roots for the rest of
/// the run; generated code registers `alc_globals` and `alc_consts`.
#[no_mangle]
pub extern "C" fn alc_rt_add_roots(ptr: *const u64, nwords: usize) {
    crate::gc::add_roots(ptr, nwords);
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

/// `raise exc [from cause]` (`cause` null when absent): always returns null.
#[no_mangle]
pub extern "C" fn alc_rt_raise(v: Value, cause: Value) -> Value {
    let r = (|| {
        let inst = exception_instance(v)?;
        let e = inst.as_ref::<ExcObj>();
        if !cause.is_null() {
            if object::is_none(cause) {
                e.cause.set(Value::NULL);
            } else {
                e.cause.set(exception_instance(cause)?);
            }
        }
        Ok(inst)
    })();
    match r {
        Ok(inst) => {
            let e = inst.as_ref::<ExcObj>();
            e.tb.borrow_mut().clear();
            set_context(inst);
            error::set_pending(inst);
        }
        Err(Pending) => {
            set_context(error::pending());
        }
    }
    Value::NULL
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

/// Re-raises `exc` (bare `raise` inside its handler, end of `finally`).
#[no_mangle]
pub extern "C" fn alc_rt_reraise(exc: Value) -> Value {
    error::set_pending(exc);
    Value::NULL
}

/// Bare `raise` where no handler is visible in the same function.
#[no_mangle]
pub extern "C" fn alc_rt_reraise_current() -> Value {
    match HANDLING.with(|h| h.last().copied()) {
        Some(e) => alc_rt_reraise(e),
        None => {
            error::raise(&exc::RUNTIME_ERROR, "No active exception to reraise");
            Value::NULL
        }
    }
}

/// Takes the pending exception at the start of a handler (or `finally`).
#[no_mangle]
pub extern "C" fn alc_rt_fetch_exc() -> Value {
    error::take_pending()
}

/// An `except` clause starts handling `exc`.
#[no_mangle]
pub extern "C" fn alc_rt_enter_handler(exc: Value) {
    HANDLING.with(|h| h.push(exc));
}

/// An `except` clause ends (normally or not).
#[no_mangle]
pub extern "C" fn alc_rt_leave_handler() {
    HANDLING.with(|h| {
        h.pop();
    });
}

/// Does `exc` match the `except` clause type `t` (a class or tuple)?
/// 1, 0, or -1 with a TypeError for a non-exception class.
#[no_mangle]
pub extern "C" fn alc_rt_exc_matches(exc: Value, t: Value) -> i32 {
    status_bool(exc_matches(exc, t))
}

fn exc_matches(exc: Value, t: Value) -> R<bool> {
    if t.kind() == Kind::Tuple {
        for x in crate::objects::tuple::items(t) {
            if exc_matches(exc, *x)? {
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

/// `NameError` for an unbound global or builtin: always returns null.
#[no_mangle]
pub extern "C" fn alc_rt_name_error(name: Value) -> Value {
    error::raise(
        &exc::NAME_ERROR,
        format!(
            "name '{}' is not defined",
            crate::objects::str::as_str(name)
        ),
    );
    if let Some(e) = error::pending().downcast::<ExcObj>() {
        e.name.set(name);
    }
    Value::NULL
}

/// Records the module's global names (`\0`-separated) for NameError hints.
#[no_mangle]
pub extern "C" fn alc_rt_set_global_names(ptr: *const u8, len: usize) {
    crate::exc::suggest::set_globals(text(ptr, len));
}

/// `UnboundLocalError` for a local read before assignment: returns null.
#[no_mangle]
pub extern "C" fn alc_rt_unbound_local(name: Value) -> Value {
    error::raise(
        &exc::UNBOUND_LOCAL_ERROR,
        format!(
            "cannot access local variable '{}' where it is not associated with a value",
            crate::objects::str::as_str(name)
        ),
    );
    Value::NULL
}

/// `NameError` for a free variable read before its cell is bound.
#[no_mangle]
pub extern "C" fn alc_rt_unbound_free(name: Value) -> Value {
    error::raise(
        &exc::NAME_ERROR,
        format!(
            "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
            crate::objects::str::as_str(name)
        ),
    );
    Value::NULL
}

/// `assert` failed: `msg` is the message value or null. Returns null.
#[no_mangle]
pub extern "C" fn alc_rt_assert_fail(msg: Value) -> Value {
    if msg.is_null() {
        error::raise_empty(&exc::ASSERTION_ERROR);
    } else {
        error::set_pending(exc::new_exception(
            &exc::ASSERTION_ERROR,
            crate::objects::tuple::from_slice(&[msg]),
        ));
    }
    Value::NULL
}

/// Called on the error path of a fallible operation at `line` in the function
/// described by `info`: appends a traceback entry to the pending exception.
#[no_mangle]
pub extern "C" fn alc_rt_tb_add(info: &'static CodeInfo, line: u32) {
    crate::exc::traceback::add_entry(info, line);
}

/// Called by a function prologue whose stack check failed.
#[no_mangle]
pub extern "C" fn alc_rt_recursion_error() {
    crate::exc::recursion::recursion_error();
}
