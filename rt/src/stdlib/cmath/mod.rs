//! `cmath`: CPython 3.11's complex math module. Finite arguments go
//! through Kahan's formulas for the branch cuts (with rescaling near the
//! overflow and underflow limits); arguments with an infinite or NaN part
//! take their result from tables learned from CPython (`special.rs`).

#[rustfmt::skip]
mod special;

use super::math::{as_double, domain_error, libm, one, range_error};
use super::{bind, ModuleBuilder};
use crate::exc::error::{type_error, R};
use crate::object::{self, type_name, Kind};
use crate::objects::complex::{self, C};
use crate::objects::float::hypot;
use crate::objects::func::BuiltinObj;
use crate::objects::{float, tuple};
use crate::value::Value;
use std::f64::consts::{FRAC_PI_2, LN_10, LN_2};

/// One entry of a special-value table.
#[derive(Clone, Copy)]
pub(crate) enum Sv {
    /// This result.
    V(f64, f64),
    /// A domain error (ValueError).
    Dom,
    /// Depends on the finite part: computed.
    Var,
}

/// Why a function failed (CPython's errno values).
#[derive(Debug, PartialEq)]
enum Err {
    /// EDOM: ValueError("math domain error").
    Domain,
    /// ERANGE: OverflowError("math range error").
    Range,
}

type Res = Result<C, Err>;

/// A quarter of the largest double: the threshold past which formulas
/// rescale to avoid overflow.
const LARGE: f64 = f64::MAX / 4.0;

fn sqrt_large() -> f64 {
    LARGE.sqrt()
}

fn log_large() -> f64 {
    libm::log(LARGE)
}

/// The special-value class of a double: -inf, negative, -0, +0, positive,
/// +inf, nan.
fn class(x: f64) -> usize {
    if x.is_nan() {
        6
    } else if x.is_infinite() {
        if x > 0.0 {
            5
        } else {
            0
        }
    } else if x == 0.0 {
        if x.is_sign_negative() {
            2
        } else {
            3
        }
    } else if x < 0.0 {
        1
    } else {
        4
    }
}

/// The table's result for `z` when a part is infinite or NaN; `None` when
/// both are finite or the entry depends on the finite part.
fn special(t: &[[Sv; 7]; 7], z: C) -> Option<Res> {
    if z.0.is_finite() && z.1.is_finite() {
        return None;
    }
    match t[class(z.0)][class(z.1)] {
        Sv::V(a, b) => Some(Ok((a, b))),
        Sv::Dom => Some(Err(Err::Domain)),
        Sv::Var => None,
    }
}

fn is_finite(z: C) -> bool {
    z.0.is_finite() && z.1.is_finite()
}

// ---- the functions on complex numbers ----------------------------------------

fn sqrt(z: C) -> Res {
    if let Some(r) = special(&special::SQRT, z) {
        return r;
    }
    if z.0 == 0.0 && z.1 == 0.0 {
        return Ok((0.0, z.1));
    }
    let (ax, ay) = (z.0.abs(), z.1.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // Scale subnormal parts up so the square root keeps its precision.
        let ax = libm::ldexp(ax, 53);
        libm::ldexp((ax + hypot(ax, libm::ldexp(ay, 53))).sqrt(), -27)
    } else {
        let ax8 = ax / 8.0;
        2.0 * (ax8 + hypot(ax8, ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    Ok(if z.0 >= 0.0 {
        (s, d.copysign(z.1))
    } else {
        (d, s.copysign(z.1))
    })
}

fn exp(z: C) -> Res {
    if !is_finite(z) {
        if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let (c, s) = (libm::cos(z.1), libm::sin(z.1));
            return Ok(if z.0 > 0.0 {
                (f64::INFINITY.copysign(c), f64::INFINITY.copysign(s))
            } else {
                (0.0f64.copysign(c), 0.0f64.copysign(s))
            });
        }
        return special(&special::EXP, z).unwrap_or(Err(Err::Domain));
    }
    let r = if z.0 > log_large() {
        let l = libm::exp(z.0 - 1.0);
        (
            l * libm::cos(z.1) * std::f64::consts::E,
            l * libm::sin(z.1) * std::f64::consts::E,
        )
    } else {
        let l = libm::exp(z.0);
        (l * libm::cos(z.1), l * libm::sin(z.1))
    };
    overflow_check(r)
}

fn overflow_check(r: C) -> Res {
    if r.0.is_infinite() || r.1.is_infinite() {
        Err(Err::Range)
    } else {
        Ok(r)
    }
}

fn log(z: C) -> Res {
    if let Some(r) = special(&special::LOG, z) {
        return r;
    }
    let (ax, ay) = (z.0.abs(), z.1.abs());
    let re = if ax > LARGE || ay > LARGE {
        libm::log(hypot(ax / 2.0, ay / 2.0)) + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            libm::log(hypot(libm::ldexp(ax, 53), libm::ldexp(ay, 53))) - 53.0 * LN_2
        } else {
            return Err(Err::Domain);
        }
    } else {
        let h = hypot(ax, ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            libm::log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            libm::log(h)
        }
    };
    Ok((re, libm::atan2(z.1, z.0)))
}

fn acos(z: C) -> Res {
    if let Some(r) = special(&special::ACOS, z) {
        return r;
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        let re = libm::atan2(z.1.abs(), z.0);
        let l = libm::log(hypot(z.0 / 2.0, z.1 / 2.0)) + LN_2 * 2.0;
        let im = if z.0 < 0.0 {
            -l.copysign(z.1)
        } else {
            l.copysign(-z.1)
        };
        return Ok((re, im));
    }
    let s1 = sqrt((1.0 - z.0, -z.1))?;
    let s2 = sqrt((1.0 + z.0, z.1))?;
    Ok((
        2.0 * libm::atan2(s1.0, s2.0),
        libm::asinh(s2.0 * s1.1 - s2.1 * s1.0),
    ))
}

fn acosh(z: C) -> Res {
    if let Some(r) = special(&special::ACOSH, z) {
        return r;
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        return Ok((
            libm::log(hypot(z.0 / 2.0, z.1 / 2.0)) + LN_2 * 2.0,
            libm::atan2(z.1, z.0),
        ));
    }
    let s1 = sqrt((z.0 - 1.0, z.1))?;
    let s2 = sqrt((z.0 + 1.0, z.1))?;
    Ok((
        libm::asinh(s1.0 * s2.0 + s1.1 * s2.1),
        2.0 * libm::atan2(s1.1, s2.0),
    ))
}

fn asinh(z: C) -> Res {
    if let Some(r) = special(&special::ASINH, z) {
        return r;
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        let l = libm::log(hypot(z.0 / 2.0, z.1 / 2.0)) + LN_2 * 2.0;
        let re = if z.1 >= 0.0 {
            l.copysign(z.0)
        } else {
            -l.copysign(-z.0)
        };
        return Ok((re, libm::atan2(z.1, z.0.abs())));
    }
    let s1 = sqrt((1.0 + z.1, -z.0))?;
    let s2 = sqrt((1.0 - z.1, z.0))?;
    Ok((
        libm::asinh(s1.0 * s2.1 - s2.0 * s1.1),
        libm::atan2(z.1, s1.0 * s2.0 - s1.1 * s2.1),
    ))
}

fn atanh(z: C) -> Res {
    if let Some(r) = special(&special::ATANH, z) {
        return r;
    }
    // atanh is odd: reduce to a non-negative real part.
    if z.0 < 0.0 {
        let r = atanh((-z.0, -z.1))?;
        return Ok((-r.0, -r.1));
    }
    let ay = z.1.abs();
    if z.0 > sqrt_large() || ay > sqrt_large() {
        let h = hypot(z.0 / 2.0, z.1 / 2.0);
        return Ok((z.0 / 4.0 / h / h, -FRAC_PI_2.copysign(-z.1)));
    }
    if z.0 == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            return Err(Err::Domain);
        }
        return Ok((
            -libm::log(ay.sqrt() / hypot(ay, 2.0).sqrt()),
            (libm::atan2(2.0, -ay) / 2.0).copysign(z.1),
        ));
    }
    Ok((
        libm::log1p(4.0 * z.0 / ((1.0 - z.0) * (1.0 - z.0) + ay * ay)) / 4.0,
        -libm::atan2(-2.0 * z.1, (1.0 - z.0) * (1.0 + z.0) - ay * ay) / 2.0,
    ))
}

fn cosh(z: C) -> Res {
    if !is_finite(z) {
        if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let (c, s) = (libm::cos(z.1), libm::sin(z.1));
            return Ok((
                f64::INFINITY.copysign(c),
                f64::INFINITY.copysign(s) * 1.0f64.copysign(z.0),
            ));
        }
        return special(&special::COSH, z).unwrap_or(Err(Err::Domain));
    }
    let r = if z.0.abs() > log_large() {
        let x1 = z.0 - 1.0f64.copysign(z.0);
        (
            libm::cos(z.1) * libm::cosh(x1) * std::f64::consts::E,
            libm::sin(z.1) * libm::sinh(x1) * std::f64::consts::E,
        )
    } else {
        (
            libm::cos(z.1) * libm::cosh(z.0),
            libm::sin(z.1) * libm::sinh(z.0),
        )
    };
    overflow_check(r)
}

fn sinh(z: C) -> Res {
    if !is_finite(z) {
        if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let (c, s) = (libm::cos(z.1), libm::sin(z.1));
            return Ok((
                f64::INFINITY.copysign(c) * 1.0f64.copysign(z.0),
                f64::INFINITY.copysign(s),
            ));
        }
        return special(&special::SINH, z).unwrap_or(Err(Err::Domain));
    }
    let r = if z.0.abs() > log_large() {
        let x1 = z.0 - 1.0f64.copysign(z.0);
        (
            libm::cos(z.1) * libm::sinh(x1) * std::f64::consts::E,
            libm::sin(z.1) * libm::cosh(x1) * std::f64::consts::E,
        )
    } else {
        (
            libm::cos(z.1) * libm::sinh(z.0),
            libm::sin(z.1) * libm::cosh(z.0),
        )
    };
    overflow_check(r)
}

fn tanh(z: C) -> Res {
    if !is_finite(z) {
        if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let s = 2.0 * libm::sin(z.1) * libm::cos(z.1);
            return Ok((1.0f64.copysign(z.0), 0.0f64.copysign(s)));
        }
        return special(&special::TANH, z).unwrap_or(Err(Err::Domain));
    }
    if z.0.abs() > log_large() {
        return Ok((
            1.0f64.copysign(z.0),
            4.0 * libm::sin(z.1) * libm::cos(z.1) * libm::exp(-2.0 * z.0.abs()),
        ));
    }
    let tx = libm::tanh(z.0);
    let ty = libm::tan(z.1);
    let cx = 1.0 / libm::cosh(z.0);
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    Ok((tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx))
}

/// `f(i z) / i` for the circular functions defined by hyperbolic ones.
fn rotated(f: fn(C) -> Res, z: C) -> Res {
    let s = f((-z.1, z.0))?;
    Ok((s.1, -s.0))
}

fn asin(z: C) -> Res {
    rotated(asinh, z)
}

fn atan(z: C) -> Res {
    rotated(atanh, z)
}

fn sin(z: C) -> Res {
    rotated(sinh, z)
}

fn tan(z: C) -> Res {
    rotated(tanh, z)
}

fn cos(z: C) -> Res {
    cosh((-z.1, z.0))
}

fn log10(z: C) -> Res {
    let r = log(z)?;
    Ok((r.0 / LN_10, r.1 / LN_10))
}

fn rect_c(r: f64, phi: f64) -> Res {
    if !(r.is_finite() && phi.is_finite()) {
        if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            return Ok((r * libm::cos(phi), r * libm::sin(phi)));
        }
        return special(&special::RECT, (r, phi)).unwrap_or(Err(Err::Domain));
    }
    Ok((r * libm::cos(phi), r * libm::sin(phi)))
}

// ---- argument conversion and errors --------------------------------------------

/// CPython's `D` argument format: a complex, `__complex__`, else a real
/// number (`PyFloat_AsDouble`).
fn arg(v: Value) -> R<C> {
    if crate::class::ops::is_user(v) {
        if let Some(r) = crate::class::ops::call_optional(v, "__complex__", &[])? {
            if r.kind() != Kind::Complex {
                return Err(type_error(format!(
                    "__complex__ returned non-complex (type {})",
                    type_name(r)
                )));
            }
            return Ok(complex::parts(r));
        }
    }
    if let Some(z) = complex::as_complex(v) {
        return Ok(z);
    }
    Ok((as_double(v)?, 0.0))
}

fn finish(r: Res) -> R<Value> {
    match r {
        Ok(z) => Ok(complex::new(z.0, z.1)),
        Err(Err::Domain) => Err(domain_error()),
        Err(Err::Range) => Err(range_error()),
    }
}

macro_rules! cfunc {
    ($($stat:ident $name:literal $f:expr;)*) => {$(
        #[doc = concat!("`cmath.", $name, "(z)`")]
        pub static $stat: BuiltinObj = BuiltinObj::new($name, |args| {
            finish($f(arg(one(concat!("cmath.", $name), &args)?)?))
        });
    )*};
}

cfunc! {
    ACOS "acos" acos;
    ACOSH "acosh" acosh;
    ASIN "asin" asin;
    ASINH "asinh" asinh;
    ATAN "atan" atan;
    ATANH "atanh" atanh;
    COS "cos" cos;
    COSH "cosh" cosh;
    EXP "exp" exp;
    LOG10 "log10" log10;
    SIN "sin" sin;
    SINH "sinh" sinh;
    SQRT "sqrt" sqrt;
    TAN "tan" tan;
    TANH "tanh" tanh;
}

/// `cmath.log(z[, base])`
pub static LOG: BuiltinObj = BuiltinObj::new("log", |args| {
    args.no_kwargs("cmath.log")?;
    crate::builtins::args::check_count("log", args.pos.len(), 1, 2)?;
    let z = arg(args.pos[0])?;
    let base = match args.pos.get(1) {
        Some(b) => Some(arg(*b)?),
        None => None,
    };
    let r = log(z).and_then(|l| match base {
        None => Ok(l),
        Some(b) => {
            let lb = log(b)?;
            complex::arith(alrt_abi::ops::BinOp::TrueDiv, l, lb).map_err(|_| {
                crate::exc::error::take_pending();
                Err::Domain
            })
        }
    });
    finish(r)
});

/// `cmath.phase(z)`
pub static PHASE: BuiltinObj = BuiltinObj::new("phase", |args| {
    let z = arg(one("cmath.phase", &args)?)?;
    Ok(float::new(libm::atan2(z.1, z.0)))
});

/// `cmath.polar(z)`: `(abs(z), phase(z))`.
pub static POLAR: BuiltinObj = BuiltinObj::new("polar", |args| {
    let z = arg(one("cmath.polar", &args)?)?;
    let phi = libm::atan2(z.1, z.0);
    let r = match complex::abs(z) {
        Ok(r) => r,
        Err(_) => {
            crate::exc::error::take_pending();
            return Err(range_error());
        }
    };
    Ok(tuple::from_slice(&[float::new(r), float::new(phi)]))
});

/// `cmath.rect(r, phi)`
pub static RECT: BuiltinObj = BuiltinObj::new("rect", |args| {
    args.no_kwargs("cmath.rect")?;
    crate::builtins::args::check_count("rect", args.pos.len(), 2, 2)?;
    let (r, phi) = (as_double(args.pos[0])?, as_double(args.pos[1])?);
    finish(rect_c(r, phi))
});

/// `cmath.isfinite(z)`
pub static ISFINITE: BuiltinObj = BuiltinObj::new("isfinite", |args| {
    let z = arg(one("cmath.isfinite", &args)?)?;
    Ok(object::boolean(is_finite(z)))
});

/// `cmath.isinf(z)`
pub static ISINF: BuiltinObj = BuiltinObj::new("isinf", |args| {
    let z = arg(one("cmath.isinf", &args)?)?;
    Ok(object::boolean(z.0.is_infinite() || z.1.is_infinite()))
});

/// `cmath.isnan(z)`
pub static ISNAN: BuiltinObj = BuiltinObj::new("isnan", |args| {
    let z = arg(one("cmath.isnan", &args)?)?;
    Ok(object::boolean(z.0.is_nan() || z.1.is_nan()))
});

/// `cmath.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`
pub static ISCLOSE: BuiltinObj = BuiltinObj::new("isclose", |args| {
    let [a, b, rel, abs] = bind("isclose", &args, ["a", "b", "rel_tol", "abs_tol"], 0, 2, 2)?;
    let a = arg(a.unwrap_or_else(object::none))?;
    let b = arg(b.unwrap_or_else(object::none))?;
    let (rel_tol, abs_tol) = crate::stdlib::math::isclose_tolerances(rel, abs)?;
    if a == b {
        return Ok(object::boolean(true));
    }
    // Infinities are close only to themselves (equal ones were caught above).
    if a.0.is_infinite() || a.1.is_infinite() || b.0.is_infinite() || b.1.is_infinite() {
        return Ok(object::boolean(false));
    }
    let diff = hypot(a.0 - b.0, a.1 - b.1);
    let (na, nb) = (hypot(a.0, a.1), hypot(b.0, b.1));
    Ok(object::boolean(
        diff <= rel_tol * nb || diff <= rel_tol * na || diff <= abs_tol,
    ))
});

static FUNCS: &[&BuiltinObj] = &[
    &ACOS, &ACOSH, &ASIN, &ASINH, &ATAN, &ATANH, &COS, &COSH, &EXP, &ISCLOSE, &ISFINITE, &ISINF,
    &ISNAN, &LOG, &LOG10, &PHASE, &POLAR, &RECT, &SIN, &SINH, &SQRT, &TAN, &TANH,
];

/// Defines the module's attributes.
pub fn init(b: &mut ModuleBuilder) -> R<()> {
    for f in FUNCS {
        b.func(f);
    }
    b.value("e", float::new(std::f64::consts::E));
    b.value("inf", float::new(f64::INFINITY));
    b.value("infj", complex::new(0.0, f64::INFINITY));
    b.value("nan", float::new(f64::NAN));
    b.value("nanj", complex::new(0.0, f64::NAN));
    b.value("pi", float::new(std::f64::consts::PI));
    b.value("tau", float::new(std::f64::consts::TAU));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_classes() {
        assert_eq!(class(f64::NEG_INFINITY), 0);
        assert_eq!(class(-2.0), 1);
        assert_eq!(class(-0.0), 2);
        assert_eq!(class(0.0), 3);
        assert_eq!(class(2.0), 4);
        assert_eq!(class(f64::INFINITY), 5);
        assert_eq!(class(f64::NAN), 6);
    }

    #[test]
    fn ordinary_values() {
        assert_eq!(sqrt((-1.0, 0.0)), Ok((0.0, 1.0)));
        assert_eq!(sqrt((4.0, -0.0)), Ok((2.0, -0.0)));
        assert_eq!(log((0.0, 0.0)), Err(Err::Domain));
        assert_eq!(atanh((1.0, 0.0)), Err(Err::Domain));
        assert_eq!(exp((1000.0, 0.0)), Err(Err::Range));
        assert_eq!(exp((0.0, 0.0)), Ok((1.0, 0.0)));
        assert_eq!(cos((f64::INFINITY, 0.0)), Err(Err::Domain));
        assert_eq!(
            exp((f64::INFINITY, 1.0)),
            Ok((f64::INFINITY, f64::INFINITY))
        );
        assert_eq!(tanh((f64::NEG_INFINITY, -1.0)), Ok((-1.0, 0.0)));
    }
}
