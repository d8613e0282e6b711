//! Text: `format`, `str`, `repr`, `ascii`, f-string joins, and `len`.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use super::values;
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

/// `len(v)`
#[no_mangle]
pub extern "C" fn alc_rt_len(v: Value) -> Value {
    to_abi(dispatch::len(v).map(|n| crate::objects::int::from_i64(n as i64)))
}
