//! `async for` and `async with`: their protocol steps (the logic is in
//! `protocol/asynchronous.rs`) and the await step that ends an `async for`
//! at StopAsyncIteration.

use super::write_value;
use crate::exc;
use crate::exc::error::{self, to_abi};
use crate::objects::generator::{delegate, Delegated};
use crate::protocol::asynchronous;
use crate::value::{Value, ITER_STOP};

/// Enters `mgr` for `async with`: returns the iterator to await for what
/// `__aenter__` returned and stores the bound `__aexit__` in `*exit_out`;
/// null with a TypeError when `mgr` is not an asynchronous context
/// manager, or with `__aenter__`'s exception.
#[no_mangle]
pub extern "C" fn alc_rt_async_with_enter(mgr: Value, exit_out: *mut Value) -> Value {
    to_abi(asynchronous::enter(mgr).map(|(aw, exit)| {
        write_value(exit_out, exit);
        aw
    }))
}

/// Calls the bound `__aexit__` of an `async with` with three Nones (`exc`
/// null) or for the exception `exc`; returns the iterator to await for
/// its result.
#[no_mangle]
pub extern "C" fn alc_rt_async_with_exit(exit: Value, exc: Value) -> Value {
    to_abi(asynchronous::exit(exit, exc))
}

/// `async for`'s `__aiter__`: the async iterator of `v`.
#[no_mangle]
pub extern "C" fn alc_rt_async_for_iter(v: Value) -> Value {
    to_abi(asynchronous::for_aiter(v))
}

/// `async for`'s `__anext__`: the iterator to await for the next item, or
/// `ITER_STOP` when `__anext__` raised StopAsyncIteration.
#[no_mangle]
pub extern "C" fn alc_rt_async_for_next(it: Value) -> Value {
    to_abi(asynchronous::for_anext(it).map(|aw| aw.unwrap_or(ITER_STOP)))
}

/// One step of awaiting an `async for`'s next item: as `alc_rt_yield_from`,
/// except that a StopAsyncIteration ends the await with null written to
/// `*result` (the loop is over).
#[no_mangle]
pub extern "C" fn alc_rt_async_for_step(
    it: Value,
    sent: Value,
    exc: Value,
    result: *mut Value,
) -> Value {
    match delegate(it, sent, exc) {
        Ok(Delegated::Yielded(v)) => v,
        Ok(Delegated::Done(v)) => {
            write_value(result, v);
            ITER_STOP
        }
        Err(_) if error::take_pending_if(&exc::STOP_ASYNC_ITERATION) => {
            write_value(result, Value::NULL);
            ITER_STOP
        }
        Err(_) => Value::NULL,
    }
}
