//! Raising and handling exceptions (the protocol itself is in
//! `exc/handling.rs`), traceback entries, and the errors generated code
//! raises itself (unbound names, failed asserts, too-deep recursion).
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use super::status_bool;
use crate::exc::error::{self};
use crate::exc::traceback::CodeInfo;
use crate::exc::{self, handling, ExcObj};
use crate::value::Value;

/// `raise exc [from cause]` (`cause` null when absent): always returns null.
#[no_mangle]
pub extern "C" fn alc_rt_raise(v: Value, cause: Value) -> Value {
    handling::raise(v, cause);
    Value::NULL
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
    handling::reraise_current();
    Value::NULL
}

/// Takes the pending exception at the start of a handler (or `finally`).
#[no_mangle]
pub extern "C" fn alc_rt_fetch_exc() -> Value {
    error::take_pending()
}

/// An `except` clause starts handling `exc`.
#[no_mangle]
pub extern "C" fn alc_rt_enter_handler(exc: Value) {
    handling::enter(exc);
}

/// An `except` clause ends (normally or not).
#[no_mangle]
pub extern "C" fn alc_rt_leave_handler() {
    handling::leave();
}

/// Does `exc` match the `except` clause type `t` (a class or tuple)?
/// 1, 0, or -1 with a TypeError for a non-exception class.
#[no_mangle]
pub extern "C" fn alc_rt_exc_matches(exc: Value, t: Value) -> i32 {
    status_bool(handling::matches(exc, t))
}

/// The state of an `except*` dispatch for exception `exc`: a list whose
/// first item is what no clause matched yet.
#[no_mangle]
pub extern "C" fn alc_rt_exc_star_begin(exc: Value) -> Value {
    crate::objects::list::from_vec(vec![exc])
}

/// One `except* t` clause: its match (None when it does not run), with the
/// rest left in `state`; null with a TypeError for a bad `t`.
#[no_mangle]
pub extern "C" fn alc_rt_exc_star_match(state: Value, t: Value) -> Value {
    let rest = crate::objects::list::ops::snapshot(state)
        .first()
        .copied()
        .unwrap_or_else(crate::object::none);
    match exc::group::star_match(rest, t) {
        // Without a match the rest stays as it was, whatever `split` said
        // (CPython's `CHECK_EG_MATCH`).
        Ok((m, r)) => {
            if !crate::object::is_none(m) {
                crate::objects::list::obj(state).items.borrow_mut()[0] = r;
            }
            m
        }
        Err(_) => Value::NULL,
    }
}

/// The end of an `except*` dispatch: raises what is left and what the
/// clauses raised (1), or nothing when all was handled (0); -1 on error.
#[no_mangle]
pub extern "C" fn alc_rt_exc_star_reraise(orig: Value, state: Value) -> i32 {
    let items = crate::gc::RootedVec::from_vec(crate::objects::list::ops::snapshot(state));
    let mut raised: Vec<Value> = items.iter().skip(1).copied().collect();
    if let Some(rest) = items.first() {
        raised.push(*rest);
    }
    match exc::group::prep_reraise(orig, &raised) {
        Ok(v) if crate::object::is_none(v) => 0,
        Ok(v) => {
            if let Some(e) = v.downcast::<ExcObj>() {
                e.header
                    .flags
                    .set(e.header.flags.get() | exc::FLAG_NO_CHAIN);
            }
            error::set_pending(v);
            1
        }
        Err(_) => -1,
    }
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

/// Called on the error path of a fallible operation at traceback site
/// `site` of the function described by `info`: appends a traceback entry to
/// the pending exception.
#[no_mangle]
pub extern "C" fn alc_rt_tb_add(info: &'static CodeInfo, site: u32) {
    crate::exc::traceback::add_entry(info, site);
}

/// On the error path out of a generator expression run inline: a pending
/// StopIteration becomes RuntimeError, as leaving a generator (PEP 479).
#[no_mangle]
pub extern "C" fn alc_rt_genexp_escape() {
    crate::objects::generator::stop_iteration_escaped();
}

/// Called by a function prologue whose stack check failed: raises
/// RecursionError or KeyboardInterrupt (-1), or runs the queued finalisers
/// (0), after which the function calls itself again (the new frame's
/// check decides about the depth).
#[no_mangle]
pub extern "C" fn alc_rt_stack_slow() -> i32 {
    super::status(crate::exc::recursion::prologue_slow())
}

/// The slow path of a loop header's stack check: raises KeyboardInterrupt
/// if SIGINT tripped the limit (-1), else runs the queued finalisers, if
/// any, and continues (0; the loop may merely run near the recursion limit).
#[no_mangle]
pub extern "C" fn alc_rt_poll() -> i32 {
    super::status(crate::exc::recursion::poll_slow())
}
