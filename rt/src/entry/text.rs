//! Text: `format`, `str`, `repr`, `ascii`, f-string joins, and `len`.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use super::{values, values_mut};
use crate::exc::error::to_abi;
use crate::object::Kind;
use crate::protocol::dispatch;
use crate::value::Value;

/// `format(v, spec)` for f-string replacement fields.
#[no_mangle]
pub extern "C" fn alc_rt_format(v: Value, spec: Value) -> Value {
    let spec = crate::objects::str::as_str(spec);
    if spec.is_empty() && v.kind() == Kind::Str && !crate::class::ops::is_user(v) {
        return v;
    }
    to_abi(crate::text::format::format_value(v, spec).map(crate::objects::str::from_string))
}

/// `str(v)`
#[no_mangle]
pub extern "C" fn alc_rt_str(v: Value) -> Value {
    to_abi(dispatch::str_value(v))
}

/// `repr(v)`
#[no_mangle]
pub extern "C" fn alc_rt_repr(v: Value) -> Value {
    to_abi(dispatch::repr(v).map(crate::objects::str::from_string))
}

/// `ascii(v)`
#[no_mangle]
pub extern "C" fn alc_rt_ascii(v: Value) -> Value {
    to_abi(
        dispatch::repr(v)
            .map(|s| crate::objects::str::from_string(crate::objects::str::ops::ascii_escape(&s))),
    )
}

/// Concatenates `n` str values (f-string pieces).
#[no_mangle]
pub extern "C" fn alc_rt_join_strs(ptr: *const Value, n: usize) -> Value {
    crate::text::format::join_parts(values(ptr, n))
}

/// Operand `i` (from 1) of a `+` chain whose operand 0 is a str literal
/// or f-string (`"a" + x + y`): `slot` holds the result so far (null while
/// every operand was an exact str) and then the operands. Exact strs are
/// only collected, and joined once by [`alc_rt_concat_end`]: their `+`
/// has no effect to reorder. The first other operand joins what was
/// collected and the chain goes on with `+` (`__radd__`, TypeError) one
/// operand at a time, before the next operand is evaluated, as in CPython.
#[no_mangle]
pub extern "C" fn alc_rt_concat_step(slot: *mut Value, i: usize, v: Value) -> i32 {
    let s = values_mut(slot, i + 2);
    let mut acc = s[0];
    if acc.is_null() {
        if crate::objects::str::is_exact(v) {
            s[1 + i] = v;
            return 0;
        }
        acc = match crate::objects::str::ops::concat_exact(&s[1..1 + i]) {
            Ok(a) => a,
            Err(_) => return -1,
        };
    }
    match dispatch::binop(alrt_abi::ops::BinOp::Add, acc, v) {
        Ok(r) => {
            s[0] = r;
            0
        }
        Err(_) => -1,
    }
}

/// The value of a `+` chain after its `n` operands ([`alc_rt_concat_step`]).
#[no_mangle]
pub extern "C" fn alc_rt_concat_end(slot: *const Value, n: usize) -> Value {
    let s = values(slot, n + 1);
    if s[0].is_null() {
        to_abi(crate::objects::str::ops::concat_exact(&s[1..]))
    } else {
        s[0]
    }
}

/// `len(v)`
#[no_mangle]
pub extern "C" fn alc_rt_len(v: Value) -> Value {
    to_abi(dispatch::len(v).map(|n| crate::objects::int::from_i64(n as i64)))
}
