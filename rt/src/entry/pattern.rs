//! `match` statements: the pattern tests generated code calls
//! (`rt/src/protocol/pattern.rs` holds the logic).

use crate::exc::error::to_abi;
use crate::object;
use crate::protocol::pattern;
use crate::value::Value;

/// Whether a sequence pattern accepts `v`: 1 or 0 (never fails).
#[no_mangle]
pub extern "C" fn alc_rt_match_sequence(v: Value) -> i32 {
    pattern::is_sequence(v) as i32
}

/// Whether a mapping pattern accepts `v`: 1 or 0 (never fails).
#[no_mangle]
pub extern "C" fn alc_rt_match_mapping(v: Value) -> i32 {
    pattern::is_mapping(v) as i32
}

/// A class pattern: the tuple of the `nargs` positional attributes and the
/// attributes named by `kwnames` (a tuple of str, or null for none), `None`
/// for no match, null on error.
#[no_mangle]
pub extern "C" fn alc_rt_match_class(
    subj: Value,
    cls: Value,
    nargs: usize,
    kwnames: Value,
) -> Value {
    let names = if kwnames.is_null() {
        &[][..]
    } else {
        crate::objects::tuple::items(kwnames)
    };
    to_abi(pattern::match_class(subj, cls, nargs, names).map(|r| r.unwrap_or_else(object::none)))
}

/// A mapping pattern's lookups: the tuple of the values of `keys` (a
/// tuple) in `map`, `None` if a key is missing, null on error.
#[no_mangle]
pub extern "C" fn alc_rt_match_keys(map: Value, keys: Value) -> Value {
    let keys = crate::objects::tuple::items(keys);
    to_abi(pattern::match_keys(map, keys).map(|r| r.unwrap_or_else(object::none)))
}
