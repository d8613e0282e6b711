//! What the constant initialiser calls: the constants it materialises
//! (strings, bytes, big ints, floats, keyword-name tuples, builtins) and the
//! registration of the global and constant slot arrays as GC roots.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use super::{bytes, text};
use crate::exc::error::{self};
use crate::exc::{self};
use crate::value::Value;

/// A str constant from UTF-8 bytes.
#[no_mangle]
pub extern "C" fn alc_rt_const_str(ptr: *const u8, len: usize) -> Value {
    crate::objects::str::new(text(ptr, len))
}

/// A bytes constant.
#[no_mangle]
pub extern "C" fn alc_rt_const_bytes(ptr: *const u8, len: usize) -> Value {
    crate::objects::bytes::new_bytes(bytes(ptr, len))
}

/// An int constant too big for a small int, from its little-endian bytes.
#[no_mangle]
pub extern "C" fn alc_rt_const_int(ptr: *const u8, len: usize) -> Value {
    crate::objects::int::from_literal_bytes(bytes(ptr, len))
}

/// A float constant.
#[no_mangle]
pub extern "C" fn alc_rt_const_float(x: f64) -> Value {
    crate::objects::float::new(x)
}

/// A complex constant (an imaginary literal: `re` is 0.0).
#[no_mangle]
pub extern "C" fn alc_rt_const_complex(re: f64, im: f64) -> Value {
    crate::objects::complex::new(re, im)
}

/// A tuple of keyword names for a call site, from `\0`-separated names.
#[no_mangle]
pub extern "C" fn alc_rt_const_kwnames(ptr: *const u8, len: usize) -> Value {
    let names: crate::gc::RootedVec = text(ptr, len)
        .split('\0')
        .map(crate::objects::str::new)
        .collect();
    crate::objects::tuple::from_vec(names.into_vec())
}

/// Makes the Unicode character data reachable; nothing else refers to
/// it, so programs that do not call this do not link it.
#[no_mangle]
pub extern "C" fn alc_rt_unicodedata_link() {
    crate::stdlib::unicodedata::data::link();
}

/// Makes the docstrings of the built-in types and functions reachable
/// (`types::docs`), as `alc_rt_unicodedata_link` does for the Unicode data.
#[no_mangle]
pub extern "C" fn alc_rt_docs_link() {
    crate::types::docs::link();
}

/// Makes the `_codecs` module's functions reachable, as
/// `alc_rt_unicodedata_link` does for the Unicode data.
#[no_mangle]
pub extern "C" fn alc_rt_codecs_link() {
    crate::stdlib::codecs::link();
}

/// Makes `_subprocess` reachable (its process machinery is large).
#[no_mangle]
pub extern "C" fn alc_rt_subprocess_link() {
    crate::stdlib::subprocess::LINKED.link(crate::stdlib::subprocess::define);
}

/// Makes `_os_extra` reachable.
#[no_mangle]
pub extern "C" fn alc_rt_os_extra_link() {
    crate::stdlib::os::extra::link();
}

/// Makes `_signal` reachable.
#[no_mangle]
pub extern "C" fn alc_rt_signal_link() {
    crate::stdlib::signal::LINKED.link(crate::stdlib::signal::define);
}

/// Makes `zlib` reachable (it links the C zlib).
#[no_mangle]
pub extern "C" fn alc_rt_zlib_link() {
    crate::stdlib::zlib::LINKED.link(crate::stdlib::zlib::define);
}

/// Links coroutine support: the tracking of coroutines never awaited and
/// `_coroutines` (programs that define a coroutine function or import
/// `_coroutines` call it at start).
#[no_mangle]
pub extern "C" fn alc_rt_coroutines_link() {
    crate::objects::unawaited::link();
    crate::stdlib::coroutines::LINKED.link(crate::stdlib::coroutines::define);
}

/// Defines, for each native module whose `stdlib::Linked` definition is
/// all it links, the entry that installs it (`stdlib::MODULES`).
macro_rules! link_entries {
    ($($sym:ident: $linked:ident = $define:path $(, $hooks:path)?;)*) => {
        $(
            #[doc = concat!("Makes `", stringify!($linked), "` reachable (its importers call this at start).")]
            #[no_mangle]
            pub extern "C" fn $sym() {
                crate::stdlib::$linked.link($define);
                $($hooks();)?
            }
        )*
    };
}

link_entries! {
    alc_rt_abc_link: ABC = crate::stdlib::abc::init;
    alc_rt_blake2_link: BLAKE2 = crate::stdlib::blake2::init, crate::stdlib::blake2::link_hooks;
    alc_rt_collections_link: COLLECTIONS = crate::stdlib::collections::init;
    alc_rt_copyreg_link: COPYREG = crate::stdlib::copyreg::init;
    alc_rt_frames_link: FRAMES = crate::stdlib::frames::init;
    alc_rt_hashlib_link: HASHLIB = crate::stdlib::hashlib::init, crate::stdlib::hashlib::link_hooks;
    alc_rt_io_link: IO = crate::io::init_module;
    alc_rt_random_link: RANDOM = crate::stdlib::random::init_module;
    alc_rt_re_link: RE = crate::stdlib::re::init, crate::stdlib::re::link_hooks;
    alc_rt_strptime_link: STRPTIME = crate::stdlib::time::strptime::init_module;
    alc_rt_struct_link: STRUCT = crate::stdlib::structmod::init;
    alc_rt_os_link: OS = crate::stdlib::os::init;
    alc_rt_array_link: ARRAY = crate::stdlib::array::init;
    alc_rt_binascii_link: BINASCII = crate::stdlib::binascii::init;
    alc_rt_weakref_link: WEAKREF = crate::stdlib::weakref::init;
    alc_rt_cmath_link: CMATH = crate::stdlib::cmath::init;
    alc_rt_gc_link: GC = crate::stdlib::gc::init;
    alc_rt_math_link: MATH = crate::stdlib::math::init;
    alc_rt_sys_link: SYS = crate::stdlib::sys::init;
    alc_rt_time_link: TIME = crate::stdlib::time::init;
}

/// The value of a builtin name (function, type or exception).
#[no_mangle]
pub extern "C" fn alc_rt_builtin(ptr: *const u8, len: usize) -> Value {
    let name = text(ptr, len);
    crate::builtins::lookup(name).unwrap_or_else(|| {
        error::raise(&exc::NAME_ERROR, format!("name '{name}' is not defined"));
        Value::NULL
    })
}

/// Registers a slot array of `nwords` values as GC roots for the rest of
/// the run; generated code registers `alc_globals` and `alc_consts`.
#[no_mangle]
pub extern "C" fn alc_rt_add_roots(ptr: *const u64, nwords: usize) {
    crate::gc::add_roots(ptr, nwords);
}
