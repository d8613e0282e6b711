//! `math`: CPython 3.11's math module. Functions CPython takes from the C
//! library call the same libm functions (`libm.rs`) with CPython's error
//! rules around them (`math_1`, `math_2`); the ones CPython computes itself
//! (gamma, lgamma, hypot, fsum, the integer functions) follow its
//! algorithms so results match to the last bit (`special.rs`, `real.rs`,
//! `integer.rs`).

mod integer;
pub(crate) mod libm;
mod real;
mod special;

pub(crate) use super::bind;
use super::ModuleBuilder;
use crate::exc::error::{overflow_error, type_error, value_error, Pending, R};
use crate::object::{type_name, Kind};
use crate::objects::float;
use crate::objects::func::BuiltinObj;
use crate::protocol::args::Args;
use crate::protocol::num;
use crate::value::Value;
pub(crate) use real::isclose_tolerances;

// ---- argument conversion and CPython's error rules ---------------------------

/// `PyFloat_AsDouble`: a float's value (float subclasses included), an int
/// correctly rounded (OverflowError when too large), else `__float__`, then
/// `__index__`.
pub(crate) fn as_double(v: Value) -> R<f64> {
    if v.is_small() {
        return Ok(v.small() as f64);
    }
    match v.kind() {
        Kind::Float => Ok(float::value(v)),
        Kind::Int | Kind::Bool => num::to_f64(v),
        _ if crate::class::ops::is_user(v) => match crate::class::ops::to_float(v)? {
            Some(f) => Ok(float::value(f)),
            None => Err(not_real(v)),
        },
        _ => Err(not_real(v)),
    }
}

/// "must be real number, not str"
fn not_real(v: Value) -> Pending {
    type_error(format!("must be real number, not {}", type_name(v)))
}

/// ValueError: math domain error
pub(crate) fn domain_error() -> Pending {
    value_error("math domain error")
}

/// OverflowError: math range error
pub(crate) fn range_error() -> Pending {
    overflow_error("math range error")
}

/// The one argument of a METH_O function: `qualname` is `math.sqrt`, as in
/// CPython's "math.sqrt() takes exactly one argument (0 given)".
pub(crate) fn one(qualname: &str, args: &Args) -> R<Value> {
    Ok(args.positional_range(qualname, 1, 1)?[0])
}

/// The two positional arguments of a two-argument function: "atan2
/// expected 2 arguments, got 1", "math.atan2() takes no keyword arguments".
pub(crate) fn two(name: &str, args: &Args) -> R<(Value, Value)> {
    args.no_kwargs(&format!("math.{name}"))?;
    crate::builtins::args::check_count(name, args.pos.len(), 2, 2)?;
    Ok((args.pos[0], args.pos[1]))
}

/// CPython's `math_1`: `f(x)` where a NaN from a non-NaN is a domain
/// error and an infinity from a finite `x` an overflow (`can_overflow`) or
/// a domain error (a singularity). glibc never reports other errors
/// through errno for these functions (an underflow's ERANGE is ignored by
/// CPython too).
pub(crate) fn math_1(arg: Value, f: fn(f64) -> f64, can_overflow: bool) -> R<Value> {
    let x = as_double(arg)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain_error()
        });
    }
    Ok(float::new(r))
}

/// CPython's `math_2`: `f(x, y)` with the same rules as `math_1` (an
/// infinity from finite arguments is always an overflow).
pub(crate) fn math_2(name: &str, args: Args, f: fn(f64, f64) -> f64) -> R<Value> {
    let (a, b) = two(name, &args)?;
    let (x, y) = (as_double(a)?, as_double(b)?);
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error());
    }
    Ok(float::new(r))
}

// ---- the functions CPython wraps with math_1 -----------------------------------

macro_rules! func1 {
    ($($stat:ident $name:literal $f:expr, $overflow:literal;)*) => {$(
        #[doc = concat!("`math.", $name, "(x)`")]
        pub static $stat: BuiltinObj = BuiltinObj::new($name, |args| {
            math_1(one(concat!("math.", $name), &args)?, $f, $overflow)
        });
    )*};
}

func1! {
    ACOS "acos" libm::acos, false;
    ACOSH "acosh" libm::acosh, false;
    ASIN "asin" libm::asin, false;
    ASINH "asinh" libm::asinh, false;
    ATAN "atan" libm::atan, false;
    ATANH "atanh" libm::atanh, false;
    CBRT "cbrt" libm::cbrt, false;
    COS "cos" libm::cos, false;
    COSH "cosh" libm::cosh, true;
    EXP "exp" libm::exp, true;
    EXP2 "exp2" libm::exp2, true;
    EXPM1 "expm1" libm::expm1, true;
    FABS "fabs" f64::abs, false;
    LOG1P "log1p" libm::log1p, false;
    SIN "sin" libm::sin, false;
    SINH "sinh" libm::sinh, true;
    SQRT "sqrt" f64::sqrt, false;
    TAN "tan" libm::tan, false;
    TANH "tanh" libm::tanh, false;
}

/// `math.erf(x)` (libm's; it never fails).
pub static ERF: BuiltinObj = BuiltinObj::new("erf", |args| {
    Ok(float::new(libm::erf(as_double(one("math.erf", &args)?)?)))
});
/// `math.erfc(x)` (libm's; an underflow to 0 is not an error).
pub static ERFC: BuiltinObj = BuiltinObj::new("erfc", |args| {
    Ok(float::new(libm::erfc(as_double(one("math.erfc", &args)?)?)))
});

/// Every function of the module.
static FUNCS: &[&BuiltinObj] = &[
    &ACOS,
    &ACOSH,
    &ASIN,
    &ASINH,
    &ATAN,
    &real::ATAN2,
    &ATANH,
    &CBRT,
    &integer::CEIL,
    &integer::COMB,
    &real::COPYSIGN,
    &COS,
    &COSH,
    &real::DEGREES,
    &real::DIST,
    &ERF,
    &ERFC,
    &EXP,
    &EXP2,
    &EXPM1,
    &FABS,
    &integer::FACTORIAL,
    &integer::FLOOR,
    &real::FMOD,
    &real::FREXP,
    &real::FSUM,
    &special::GAMMA,
    &integer::GCD,
    &real::HYPOT,
    &real::ISCLOSE,
    &real::ISFINITE,
    &real::ISINF,
    &real::ISNAN,
    &integer::ISQRT,
    &integer::LCM,
    &real::LDEXP,
    &special::LGAMMA,
    &real::LOG,
    &real::LOG10,
    &LOG1P,
    &real::LOG2,
    &real::MODF,
    &real::NEXTAFTER,
    &integer::PERM,
    &real::POW,
    &integer::PROD,
    &real::RADIANS,
    &real::REMAINDER,
    &SIN,
    &SINH,
    &SQRT,
    &TAN,
    &TANH,
    &integer::TRUNC,
    &real::ULP,
];

/// Defines the module's attributes.
pub fn init(b: &mut ModuleBuilder) -> R<()> {
    for f in FUNCS {
        b.func(f);
    }
    b.value("e", float::new(std::f64::consts::E));
    b.value("inf", float::new(f64::INFINITY));
    b.value("nan", float::new(f64::NAN));
    b.value("pi", float::new(std::f64::consts::PI));
    b.value("tau", float::new(std::f64::consts::TAU));
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests;
