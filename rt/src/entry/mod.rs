//! The C ABI generated code calls: thin `extern "C"` wrappers over rt's Rust
//! API. Convention: a function returning `Value` returns null when an
//! exception is pending; one returning `i32` returns -1 for that.
//!
//! Generated code is the only caller: it passes pointers to live stack
//! arrays of the stated lengths, which is what the pointer parameters rely on.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

pub mod asynchronous;
pub mod calls;
pub mod class;
pub mod consts;
pub mod containers;
pub mod context;
pub mod exceptions;
pub mod exec;
pub mod import;
pub mod ops;
pub mod pattern;
pub mod start;
pub mod text;

use crate::exc::error::{Pending, R};
use crate::value::Value;

// Every entry point of the ABI table, coerced to the table's signature: a
// function missing here, or one whose parameters or result differ from the
// table's, fails to compile.
mod table_check {
    use super::{
        asynchronous::*, calls::*, class::*, consts::*, containers::*, context::*, exceptions::*,
        exec::*, import::*, ops::*,
    };
    use super::{pattern::*, start::*, text::*};
    use crate::class::inline_cache::AttrCache;
    use crate::exc::traceback::CodeInfo;
    use crate::objects::func::{FuncDesc, GenericEntry};
    use crate::objects::generator::ResumeFn;
    use crate::objects::module::ModuleDesc;
    use crate::value::Value;

    macro_rules! check_signatures {
        ($($id:ident = $name:ident ($($p:ident : $t:ty),*) -> $r:ty;)*) => {
            $(const _: extern "C" fn($($t),*) -> $r = $name;)*
        };
    }
    alrt_abi::for_each_rt_fn!(check_signatures);
}

/// Marks this library as built against this version of the ABI: alc looks
/// for the symbol before linking (`alrt_abi::data::ABI_STAMP`).
#[used]
#[export_name = alrt_abi::abi_stamp_symbol!()]
pub static ABI_STAMP: u8 = 0;

/// Views a (pointer, count) pair from generated code as a slice.
pub(crate) fn values<'a>(ptr: *const Value, n: usize) -> &'a [Value] {
    if n == 0 {
        return &[];
    }
    // SAFETY: generated code passes a pointer to `n` initialised values in
    // its own stack frame, alive for the duration of the call.
    unsafe { std::slice::from_raw_parts(ptr, n) }
}

/// Views a (pointer, count) pair from generated code as a mutable slice.
pub(crate) fn values_mut<'a>(ptr: *mut Value, n: usize) -> &'a mut [Value] {
    if n == 0 {
        return &mut [];
    }
    // SAFETY: generated code passes a pointer to `n` initialised values in
    // its own stack frame, alive for the duration of the call, and reads
    // them only after it returns.
    unsafe { std::slice::from_raw_parts_mut(ptr, n) }
}

/// Stores `v` in the one-word output slot `out` generated code passed.
pub(crate) fn write_value(out: *mut Value, v: Value) {
    // SAFETY: generated code passes the address of a live, 8-aligned
    // one-word stack slot in its own frame, alive for the duration of the call.
    unsafe { *out = v };
}

/// Views bytes emitted by the compiler.
pub(crate) fn bytes<'a>(ptr: *const u8, len: usize) -> &'a [u8] {
    if len == 0 {
        return &[];
    }
    // SAFETY: the compiler emits `len` bytes in read-only data that lives as
    // long as the program.
    unsafe { std::slice::from_raw_parts(ptr, len) }
}

/// Views UTF-8 bytes emitted by the compiler as a str.
pub(crate) fn text<'a>(ptr: *const u8, len: usize) -> &'a str {
    // The compiler only emits valid UTF-8 here (it comes from `&str`s).
    std::str::from_utf8(bytes(ptr, len)).unwrap_or("")
}

pub(crate) fn status(r: R<()>) -> i32 {
    match r {
        Ok(()) => 0,
        Err(Pending) => -1,
    }
}

pub(crate) fn status_bool(r: R<bool>) -> i32 {
    match r {
        Ok(b) => b as i32,
        Err(Pending) => -1,
    }
}
