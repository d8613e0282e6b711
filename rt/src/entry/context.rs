//! The `with` statement: entering a context manager, and calling its
//! `__exit__` for an exception (the protocol is in `protocol/context.rs`).

use super::{status_bool, write_value};
use crate::exc::error::to_abi;
use crate::protocol::context;
use crate::value::Value;

/// Enters `mgr`: returns what `__enter__` returned and stores the bound
/// `__exit__` in `*exit_out`; null with a TypeError when `mgr` is not a
/// context manager, or with `__enter__`'s exception.
#[no_mangle]
pub extern "C" fn alc_rt_with_enter(mgr: Value, exit_out: *mut Value) -> Value {
    to_abi(context::enter(mgr).map(|(r, exit)| {
        write_value(exit_out, exit);
        r
    }))
}

/// Calls the bound `exit` for the exception `exc` that left a `with` body:
/// 1 if it suppresses the exception, 0 if not, -1 if `__exit__` raised.
#[no_mangle]
pub extern "C" fn alc_rt_with_exit_exc(exit: Value, exc: Value) -> i32 {
    status_bool(context::exit_with_exception(exit, exc))
}
