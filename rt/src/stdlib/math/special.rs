//! `math.gamma` and `math.lgamma`: CPython computes these itself rather
//! than calling libm (a Lanczos approximation with N=13, g=6.0246800407767...,
//! Boost's parameters, evaluated as a rational function, with the
//! reflection formula for negative x), so this follows the same steps and
//! the same libm calls to give the same bits.

use super::{as_double, domain_error, libm, one, range_error};
use crate::exc::error::R;
use crate::objects::float;
use crate::objects::func::BuiltinObj;
use crate::value::Value;

/// `math.gamma(x)`
pub static GAMMA: BuiltinObj = BuiltinObj::new("gamma", |args| {
    checked(tgamma(as_double(one("math.gamma", &args)?)?))
});
/// `math.lgamma(x)`
pub static LGAMMA: BuiltinObj = BuiltinObj::new("lgamma", |args| {
    checked(lgamma(as_double(one("math.lgamma", &args)?)?))
});

/// What a computation reports besides its value, as C's errno would.
#[derive(Clone, Copy, PartialEq, Debug)]
pub(crate) enum Errno {
    None,
    /// EDOM: a domain error or a pole.
    Dom,
    /// ERANGE: overflow (or an underflow, which is ignored).
    Range,
}

/// CPython's `is_error` for the errno a function reported with result `r`:
/// an ERANGE with a result below 1.5 in magnitude is an underflow, not an
/// error.
fn checked((r, errno): (f64, Errno)) -> R<Value> {
    match errno {
        Errno::Dom => Err(domain_error()),
        Errno::Range if r.abs() >= 1.5 => Err(range_error()),
        _ => Ok(float::new(r)),
    }
}

const PI: f64 = std::f64::consts::PI;
/// log(pi), as CPython writes it (rounded to a double by the compiler).
const LOG_PI: f64 = 1.144_729_885_849_400_2;

const LANCZOS_N: usize = 13;
// Both are exact doubles; written out in full as CPython gives them.
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; LANCZOS_N] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
/// The denominator x*(x+1)*...*(x+11) as coefficients.
const LANCZOS_DEN: [f64; LANCZOS_N] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// gamma(n) = (n-1)! for n = 1..=23, exact.
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];

/// sin(pi * x), accurate near integers (for the reflection formula); `x`
/// is finite.
fn sinpi(x: f64) -> f64 {
    let y = libm::fmod(x.abs(), 2.0);
    // C's round(): halves away from zero, as Rust's `round`.
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => libm::sin(PI * y),
        1 => libm::cos(PI * (y - 0.5)),
        // Not -sin(pi*(y-1)), which would give -0.0 at y == 1.
        2 => libm::sin(PI * (1.0 - y)),
        3 => -libm::cos(PI * (y - 1.5)),
        _ => libm::sin(PI * (y - 2.0)),
    };
    1.0f64.copysign(x) * r
}

/// The Lanczos sum L_g(x) for x > 0, as a rational function (in 1/x for
/// x >= 5, which avoids overflow and is more accurate there).
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..LANCZOS_N).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..LANCZOS_N {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// The gamma function with C99 Annex F special cases, and the errno CPython
/// would see.
pub(crate) fn tgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return (x, Errno::None);
        }
        return (f64::NAN, Errno::Dom);
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), Errno::Dom);
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, Errno::Dom);
        }
        if x <= GAMMA_INTEGRAL.len() as f64 {
            return (GAMMA_INTEGRAL[x as usize - 1], Errno::None);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        let e = if r.is_infinite() {
            Errno::Range
        } else {
            Errno::None
        };
        return (r, e);
    }
    // Beyond 200 the result overflows, or underflows to a signed zero.
    if absx > 200.0 {
        if x < 0.0 {
            return (0.0 / sinpi(x), Errno::None);
        }
        return (f64::INFINITY, Errno::Range);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error in y, to correct pow(y, ...) / exp(y) below.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * libm::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= libm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = libm::pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / libm::exp(y);
        r += z * r;
        if absx < 140.0 {
            r *= libm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = libm::pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    let e = if r.is_infinite() {
        Errno::Range
    } else {
        Errno::None
    };
    (r, e)
}

/// The natural log of |gamma(x)|, and the errno CPython would see.
pub(crate) fn lgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        if x.is_nan() {
            return (x, Errno::None);
        }
        return (f64::INFINITY, Errno::None);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return (f64::INFINITY, Errno::Dom);
        }
        return (0.0, Errno::None);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return (-libm::log(absx), Errno::None);
    }
    let mut r = libm::log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (libm::log(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        r = LOG_PI - libm::log(sinpi(absx).abs()) - libm::log(absx) - r;
    }
    let e = if r.is_infinite() {
        Errno::Range
    } else {
        Errno::None
    };
    (r, e)
}
