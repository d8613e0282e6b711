//! Data symbols rt defines and generated code addresses directly.
//!
//! rt names each static with `#[export_name = alrt_abi::rt_data_symbol!(ID)]`
//! and the compiler uses the constants below, so both spell a symbol once.

/// The symbol name of an rt static, by identifier.
#[macro_export]
macro_rules! rt_data_symbol {
    (NONE) => {
        "alc_rt_none"
    };
    (TRUE) => {
        "alc_rt_true"
    };
    (FALSE) => {
        "alc_rt_false"
    };
    (ELLIPSIS) => {
        "alc_rt_ellipsis"
    };
    (STACK_LIMIT) => {
        "alc_rt_stack_limit"
    };
    (FLOAT_TYPE) => {
        "alc_rt_float_type"
    };
    (TUPLE_TYPE) => {
        "alc_rt_tuple_type"
    };
    (DEQUE_TYPE) => {
        "alc_rt_deque_type"
    };
    (GC_STATE) => {
        "alc_rt_gc_state"
    };
}

/// The `None` object.
pub const NONE: &str = rt_data_symbol!(NONE);
/// The `True` object.
pub const TRUE: &str = rt_data_symbol!(TRUE);
/// The `False` object.
pub const FALSE: &str = rt_data_symbol!(FALSE);
/// The `Ellipsis` object.
pub const ELLIPSIS: &str = rt_data_symbol!(ELLIPSIS);
/// The lowest stack address generated prologues may reach (a `usize`).
pub const STACK_LIMIT: &str = rt_data_symbol!(STACK_LIMIT);
/// The `float` type object: inline float arithmetic compares a header's type
/// with its address, so instances of `float` subclasses take the slow path.
pub const FLOAT_TYPE: &str = rt_data_symbol!(FLOAT_TYPE);
/// The `tuple` type object (the inline `t[i]` path checks for it).
pub const TUPLE_TYPE: &str = rt_data_symbol!(TUPLE_TYPE);
/// The `collections.deque` type object (the inline truth test of a deque
/// checks for it: a subclass may define `__bool__` or `__len__`).
pub const DEQUE_TYPE: &str = rt_data_symbol!(DEQUE_TYPE);

/// The collector's state, which starts with the allocation runs
/// (`layout::GC_STATE_RUNS`): generated code allocates floats inline.
pub const GC_STATE: &str = rt_data_symbol!(GC_STATE);

/// Every data symbol rt exports.
pub const ALL: &[&str] = &[
    NONE,
    TRUE,
    FALSE,
    ELLIPSIS,
    STACK_LIMIT,
    FLOAT_TYPE,
    TUPLE_TYPE,
    DEQUE_TYPE,
    GC_STATE,
];

/// The entry `libalrt_jit.a` defines (`jit/`) and the `main` of a program
/// naming `eval`, `exec` or `compile` calls first: it installs the JIT
/// that compiles their source at run time.
#[macro_export]
macro_rules! jit_install_symbol {
    () => {
        "alc_jit_install"
    };
}

/// See `jit_install_symbol!`.
pub const JIT_INSTALL: &str = jit_install_symbol!();

/// The interactive prompt (`jit/src/repl/`), which the body of `alc
/// repl`'s main module calls: `extern "C" fn() -> i64`, 0 when it ends
/// with an exception pending (`exit()`'s SystemExit), else 1.
#[macro_export]
macro_rules! repl_symbol {
    () => {
        "alc_repl_run"
    };
}

/// See `repl_symbol!`.
pub const REPL: &str = repl_symbol!();

/// The name of the stamp symbol of this ABI version (see the crate docs).
pub const ABI_STAMP: &str = abi_stamp_symbol!();
