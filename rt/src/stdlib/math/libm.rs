//! The C library's math functions (glibc's libm, which every program is
//! linked with), called directly so `math` returns exactly what CPython's
//! `math` module, which calls the same functions, returns.
//!
//! Rust's own `f64` methods are not always libm calls (`asinh`, `acosh`
//! and `atanh` are computed by formulas in Rust's standard library, which
//! round differently), so every function `math` takes from libm is
//! declared here by hand rather than through `std` or the `libc` crate.
//!
//! They are linked by glibc's `_Float64` names (`cbrtf64` for `cbrt`, the
//! same function under a second name since glibc 2.27): Rust's
//! `compiler_builtins`, which is inside `libalrt.a`, defines some of the C
//! names itself (`cbrt` among them, with musl's algorithm, whose results
//! differ from glibc's in the last bit), and the linker would pick those.

extern "C" {
    #[link_name = "acosf64"]
    fn c_acos(x: f64) -> f64;
    #[link_name = "acoshf64"]
    fn c_acosh(x: f64) -> f64;
    #[link_name = "asinf64"]
    fn c_asin(x: f64) -> f64;
    #[link_name = "asinhf64"]
    fn c_asinh(x: f64) -> f64;
    #[link_name = "atanf64"]
    fn c_atan(x: f64) -> f64;
    #[link_name = "atan2f64"]
    fn c_atan2(y: f64, x: f64) -> f64;
    #[link_name = "atanhf64"]
    fn c_atanh(x: f64) -> f64;
    #[link_name = "cbrtf64"]
    fn c_cbrt(x: f64) -> f64;
    #[link_name = "cosf64"]
    fn c_cos(x: f64) -> f64;
    #[link_name = "coshf64"]
    fn c_cosh(x: f64) -> f64;
    #[link_name = "erff64"]
    fn c_erf(x: f64) -> f64;
    #[link_name = "erfcf64"]
    fn c_erfc(x: f64) -> f64;
    #[link_name = "expf64"]
    fn c_exp(x: f64) -> f64;
    #[link_name = "exp2f64"]
    fn c_exp2(x: f64) -> f64;
    #[link_name = "expm1f64"]
    fn c_expm1(x: f64) -> f64;
    #[link_name = "fmodf64"]
    fn c_fmod(x: f64, y: f64) -> f64;
    #[link_name = "frexpf64"]
    fn c_frexp(x: f64, e: *mut i32) -> f64;
    #[link_name = "ldexpf64"]
    fn c_ldexp(x: f64, e: i32) -> f64;
    #[link_name = "logf64"]
    fn c_log(x: f64) -> f64;
    #[link_name = "log10f64"]
    fn c_log10(x: f64) -> f64;
    #[link_name = "log1pf64"]
    fn c_log1p(x: f64) -> f64;
    #[link_name = "log2f64"]
    fn c_log2(x: f64) -> f64;
    #[link_name = "modff64"]
    fn c_modf(x: f64, ip: *mut f64) -> f64;
    #[link_name = "nextafterf64"]
    fn c_nextafter(x: f64, y: f64) -> f64;
    #[link_name = "powf64"]
    fn c_pow(x: f64, y: f64) -> f64;
    #[link_name = "sinf64"]
    fn c_sin(x: f64) -> f64;
    #[link_name = "sinhf64"]
    fn c_sinh(x: f64) -> f64;
    #[link_name = "tanf64"]
    fn c_tan(x: f64) -> f64;
    #[link_name = "tanhf64"]
    fn c_tanh(x: f64) -> f64;
}

macro_rules! unary {
    ($($name:ident => $c:ident),* $(,)?) => {$(
        #[doc = concat!("The C library's `", stringify!($name), "`.")]
        pub fn $name(x: f64) -> f64 {
            // SAFETY: a pure libm function of one double: no pointers, no
            // preconditions (errno is the only state it may write).
            unsafe { $c(x) }
        }
    )*};
}

macro_rules! binary {
    ($($name:ident => $c:ident),* $(,)?) => {$(
        #[doc = concat!("The C library's `", stringify!($name), "`.")]
        pub fn $name(x: f64, y: f64) -> f64 {
            // SAFETY: a pure libm function of two doubles: no pointers, no
            // preconditions (errno is the only state it may write).
            unsafe { $c(x, y) }
        }
    )*};
}

unary!(
    acos => c_acos, acosh => c_acosh, asin => c_asin, asinh => c_asinh,
    atan => c_atan, atanh => c_atanh, cbrt => c_cbrt, cos => c_cos,
    cosh => c_cosh, erf => c_erf, erfc => c_erfc, exp => c_exp, exp2 => c_exp2,
    expm1 => c_expm1, log => c_log, log10 => c_log10, log1p => c_log1p,
    log2 => c_log2, sin => c_sin, sinh => c_sinh, tan => c_tan, tanh => c_tanh,
);

binary!(atan2 => c_atan2, fmod => c_fmod, nextafter => c_nextafter, pow => c_pow);

/// The C library's `frexp`: `(m, e)` with `x = m * 2**e`, `0.5 <= |m| < 1`.
pub fn frexp(x: f64) -> (f64, i32) {
    let mut e = 0i32;
    // SAFETY: `e` is a live, writable i32 for the duration of the call.
    let m = unsafe { c_frexp(x, &mut e) };
    (m, e)
}

/// The C library's `ldexp`: `x * 2**e`, rounded once.
pub fn ldexp(x: f64, e: i32) -> f64 {
    // SAFETY: a pure libm function of a double and an int.
    unsafe { c_ldexp(x, e) }
}

/// The C library's `modf`: `(fractional part, integer part)`, both with
/// the sign of `x`.
pub fn modf(x: f64) -> (f64, f64) {
    let mut ip = 0.0f64;
    // SAFETY: `ip` is a live, writable double for the duration of the call.
    let frac = unsafe { c_modf(x, &mut ip) };
    (frac, ip)
}
