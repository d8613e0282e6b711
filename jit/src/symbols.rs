//! The addresses of rt's symbols that JIT-compiled code calls or reads:
//! every entry point of the ABI table and every data symbol. Naming them
//! all here also keeps them in the executable (the linker drops what
//! nothing refers to), since which ones some source will need is not
//! known when the program is linked.

use alrt::entry::{
    asynchronous::*, calls::*, class::*, consts::*, containers::*, context::*, exceptions::*,
    exec::*, import::*, ops::*, pattern::*, start::*, text::*,
};

macro_rules! function_table {
    ($($id:ident = $name:ident ($($p:ident : $t:ty),*) -> $r:ty;)*) => {
        /// Every rt entry point by symbol name.
        fn functions() -> Vec<(&'static str, *const u8)> {
            vec![$((stringify!($name), $name as *const u8)),*]
        }
    };
}
alrt_abi::for_each_rt_fn!(function_table);

macro_rules! data_table {
    ($($id:ident),*) => {
        mod data {
            extern "C" {
                $(
                    #[link_name = alrt_abi::rt_data_symbol!($id)]
                    pub static $id: u8;
                )*
            }
        }
        /// Every rt data symbol by name.
        fn data() -> Vec<(&'static str, *const u8)> {
            vec![$((alrt_abi::rt_data_symbol!($id), std::ptr::addr_of!(data::$id))),*]
        }
    };
}
data_table!(
    NONE,
    TRUE,
    FALSE,
    ELLIPSIS,
    STACK_LIMIT,
    FLOAT_TYPE,
    TUPLE_TYPE,
    DEQUE_TYPE,
    GC_STATE
);

/// rt's link entries, each installing a native module's definition (or
/// a table) that a compiled program installs only when it uses it: code
/// compiled at run time may import any of them.
pub const LINKS: &[(&str, extern "C" fn())] = &[
    ("alc_rt_unicodedata_link", alc_rt_unicodedata_link),
    ("alc_rt_docs_link", alc_rt_docs_link),
    ("alc_rt_codecs_link", alc_rt_codecs_link),
    ("alc_rt_subprocess_link", alc_rt_subprocess_link),
    ("alc_rt_signal_link", alc_rt_signal_link),
    ("alc_rt_zlib_link", alc_rt_zlib_link),
    ("alc_rt_os_extra_link", alc_rt_os_extra_link),
    ("alc_rt_coroutines_link", alc_rt_coroutines_link),
    ("alc_rt_abc_link", alc_rt_abc_link),
    ("alc_rt_blake2_link", alc_rt_blake2_link),
    ("alc_rt_collections_link", alc_rt_collections_link),
    ("alc_rt_copyreg_link", alc_rt_copyreg_link),
    ("alc_rt_frames_link", alc_rt_frames_link),
    ("alc_rt_hashlib_link", alc_rt_hashlib_link),
    ("alc_rt_io_link", alc_rt_io_link),
    ("alc_rt_random_link", alc_rt_random_link),
    ("alc_rt_re_link", alc_rt_re_link),
    ("alc_rt_strptime_link", alc_rt_strptime_link),
    ("alc_rt_struct_link", alc_rt_struct_link),
    ("alc_rt_os_link", alc_rt_os_link),
    ("alc_rt_array_link", alc_rt_array_link),
    ("alc_rt_binascii_link", alc_rt_binascii_link),
    ("alc_rt_weakref_link", alc_rt_weakref_link),
    ("alc_rt_cmath_link", alc_rt_cmath_link),
    ("alc_rt_gc_link", alc_rt_gc_link),
    ("alc_rt_math_link", alc_rt_math_link),
    ("alc_rt_sys_link", alc_rt_sys_link),
    ("alc_rt_time_link", alc_rt_time_link),
];

/// Installs every native module and table (see [`LINKS`]).
pub fn link_all() {
    for (_, link) in LINKS {
        link();
    }
}

/// The address of rt symbol `name`, for the JIT's linker.
pub fn lookup(name: &str) -> Option<*const u8> {
    // Built once: every compiled source looks up a few hundred names.
    static TABLE: std::sync::OnceLock<std::collections::HashMap<&'static str, usize>> =
        std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        functions()
            .into_iter()
            .chain(data())
            .map(|(n, p)| (n, p as usize))
            .collect()
    });
    table.get(name).map(|p| *p as *const u8)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_link_entry_is_called() {
        let listed: Vec<&str> = super::LINKS.iter().map(|(n, _)| *n).collect();
        for (name, _) in super::functions() {
            if name.ends_with("_link") {
                assert!(listed.contains(&name), "{name} missing from LINKS");
            }
        }
    }

    #[test]
    fn every_data_symbol_is_known() {
        for name in alrt_abi::data::ALL {
            assert!(super::lookup(name).is_some(), "{name}");
        }
    }
}
