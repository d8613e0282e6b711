//! The float functions of `math` that CPython does not simply pass to libm:
//! special-value handling around libm (`atan2`, `pow`, `fmod`, `modf`,
//! `ldexp`, logarithms of ints too large for a float), CPython's own
//! algorithms (`remainder`, `fsum`, the vector norm behind `hypot` and
//! `dist`), and `isclose`, `nextafter`, `ulp`.

use super::{as_double, bind, domain_error, libm, math_1, math_2, one, range_error, two};
use crate::exc::error::{overflow_error, raise, type_error, value_error, R};
use crate::exc::MEMORY_ERROR;
use crate::object::{self, Kind};
use crate::objects::func::BuiltinObj;
use crate::objects::{float, int, tuple};
use crate::protocol::args::Args;
use crate::protocol::dispatch;
use crate::protocol::num::{self, Num};
use crate::value::Value;
use alrt_abi::ops::BinOp;
use dashu_int::ops::{BitTest, UnsignedAbs};

/// `math.atan2(y, x)`
pub static ATAN2: BuiltinObj = BuiltinObj::new("atan2", |a| math_2("atan2", a, atan2));
/// `math.copysign(x, y)`
pub static COPYSIGN: BuiltinObj =
    BuiltinObj::new("copysign", |a| math_2("copysign", a, f64::copysign));
/// `math.remainder(x, y)`
pub static REMAINDER: BuiltinObj =
    BuiltinObj::new("remainder", |a| math_2("remainder", a, remainder));
/// `math.fmod(x, y)`
pub static FMOD: BuiltinObj = BuiltinObj::new("fmod", fmod);
/// `math.pow(x, y)`
pub static POW: BuiltinObj = BuiltinObj::new("pow", pow);
/// `math.degrees(x)`
pub static DEGREES: BuiltinObj = BuiltinObj::new("degrees", |a| {
    let x = as_double(one("math.degrees", &a)?)?;
    Ok(float::new(x * (180.0 / std::f64::consts::PI)))
});
/// `math.radians(x)`
pub static RADIANS: BuiltinObj = BuiltinObj::new("radians", |a| {
    let x = as_double(one("math.radians", &a)?)?;
    Ok(float::new(x * (std::f64::consts::PI / 180.0)))
});
/// `math.isfinite(x)`
pub static ISFINITE: BuiltinObj = BuiltinObj::new("isfinite", |a| {
    Ok(object::boolean(
        as_double(one("math.isfinite", &a)?)?.is_finite(),
    ))
});
/// `math.isinf(x)`
pub static ISINF: BuiltinObj = BuiltinObj::new("isinf", |a| {
    Ok(object::boolean(
        as_double(one("math.isinf", &a)?)?.is_infinite(),
    ))
});
/// `math.isnan(x)`
pub static ISNAN: BuiltinObj = BuiltinObj::new("isnan", |a| {
    Ok(object::boolean(as_double(one("math.isnan", &a)?)?.is_nan()))
});
/// `math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`
pub static ISCLOSE: BuiltinObj = BuiltinObj::new("isclose", isclose);
/// `math.frexp(x)`
pub static FREXP: BuiltinObj = BuiltinObj::new("frexp", frexp);
/// `math.ldexp(x, i)`
pub static LDEXP: BuiltinObj = BuiltinObj::new("ldexp", ldexp);
/// `math.modf(x)`
pub static MODF: BuiltinObj = BuiltinObj::new("modf", modf);
/// `math.nextafter(x, y)`
pub static NEXTAFTER: BuiltinObj = BuiltinObj::new("nextafter", |a| {
    let (x, y) = two("nextafter", &a)?;
    Ok(float::new(libm::nextafter(as_double(x)?, as_double(y)?)))
});
/// `math.ulp(x)`
pub static ULP: BuiltinObj = BuiltinObj::new("ulp", |a| {
    Ok(float::new(ulp(as_double(one("math.ulp", &a)?)?)))
});
/// `math.log(x[, base])`
pub static LOG: BuiltinObj = BuiltinObj::new("log", log);
/// `math.log2(x)`
pub static LOG2: BuiltinObj =
    BuiltinObj::new("log2", |a| log_helper(one("math.log2", &a)?, libm::log2));
/// `math.log10(x)`
pub static LOG10: BuiltinObj =
    BuiltinObj::new("log10", |a| log_helper(one("math.log10", &a)?, libm::log10));
/// `math.fsum(iterable)`
pub static FSUM: BuiltinObj = BuiltinObj::new("fsum", fsum);
/// `math.hypot(*coordinates)`
pub static HYPOT: BuiltinObj = BuiltinObj::new("hypot", hypot);
/// `math.dist(p, q)`
pub static DIST: BuiltinObj = BuiltinObj::new("dist", dist);

// ---- two-argument functions ------------------------------------------------------

/// atan2 with the C99 special cases decided here, as CPython does, so that
/// every platform agrees.
fn atan2(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    let x_positive = 1.0f64.copysign(x) == 1.0;
    if y.is_infinite() {
        if x.is_infinite() {
            let q = if x_positive { 0.25 * PI } else { 0.75 * PI };
            return q.copysign(y);
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x_positive {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    libm::atan2(y, x)
}

/// IEEE 754 remainder: `x - n*y` for the integer `n` nearest `x/y` (ties
/// to even), always exact.
fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (absx, absy) = (x.abs(), y.abs());
        let m = libm::fmod(absx, absy);
        // Compare m with absy - m rather than with 0.5 * absy, which may
        // not be representable; absy - m is whenever it matters.
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Halfway: m if x / y rounds down to an even multiple, else -m.
            m - 2.0 * libm::fmod(0.5 * (absx - m), absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

fn fmod(args: Args) -> R<Value> {
    let (a, b) = two("fmod", &args)?;
    let (x, y) = (as_double(a)?, as_double(b)?);
    // fmod(x, +-inf) is x for finite x.
    if y.is_infinite() && x.is_finite() {
        return Ok(float::new(x));
    }
    let r = libm::fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(float::new(r))
}

fn pow(args: Args) -> R<Value> {
    let (a, b) = two("pow", &args)?;
    let (x, y) = (as_double(a)?, as_double(b)?);
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && libm::fmod(y.abs(), 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        }
    } else {
        let r = libm::pow(x, y);
        if r.is_nan() {
            // (-ve) ** (finite non-integer)
            return Err(domain_error());
        }
        if r.is_infinite() {
            // 0 ** negative is a pole; anything else overflowed.
            return Err(if x == 0.0 {
                domain_error()
            } else {
                range_error()
            });
        }
        r
    };
    Ok(float::new(r))
}

/// `isclose`'s `rel_tol` and `abs_tol` (defaults 1e-09 and 0.0), checked
/// as CPython checks them (`math.isclose` and `cmath.isclose` share them).
pub(crate) fn isclose_tolerances(rel: Option<Value>, abs: Option<Value>) -> R<(f64, f64)> {
    let rel_tol = match rel {
        Some(v) => as_double(v)?,
        None => 1e-09,
    };
    let abs_tol = match abs {
        Some(v) => as_double(v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    Ok((rel_tol, abs_tol))
}

fn isclose(args: Args) -> R<Value> {
    let [a, b, rel, abs] = bind("isclose", &args, ["a", "b", "rel_tol", "abs_tol"], 0, 2, 2)?;
    let a = as_double(a.unwrap_or_else(object::none))?;
    let b = as_double(b.unwrap_or_else(object::none))?;
    let (rel_tol, abs_tol) = isclose_tolerances(rel, abs)?;
    if a == b {
        return Ok(object::boolean(true));
    }
    // Infinities are close only to themselves (equal ones were caught above).
    if a.is_infinite() || b.is_infinite() {
        return Ok(object::boolean(false));
    }
    let diff = (b - a).abs();
    Ok(object::boolean(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

// ---- decomposition ----------------------------------------------------------------

fn frexp(args: Args) -> R<Value> {
    let x = as_double(one("math.frexp", &args)?)?;
    let (m, e) = if x.is_nan() || x.is_infinite() || x == 0.0 {
        (x, 0)
    } else {
        libm::frexp(x)
    };
    Ok(tuple::from_slice(&[float::new(m), int::from_i64(e as i64)]))
}

fn ldexp(args: Args) -> R<Value> {
    let (a, b) = two("ldexp", &args)?;
    let x = as_double(a)?;
    // Only an int (`PyLong_Check`: bools and int subclasses too), no __index__.
    let exp = match num::classify(b) {
        Some(Num::Int(i)) => i,
        Some(Num::Big(big)) => {
            if big.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        _ => return Err(type_error("Expected an int as second argument to ldexp.")),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(float::new(x));
    }
    if exp > i32::MAX as i64 {
        return Err(range_error());
    }
    if exp < i32::MIN as i64 {
        return Ok(float::new(0.0f64.copysign(x)));
    }
    let r = libm::ldexp(x, exp as i32);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(float::new(r))
}

fn modf(args: Args) -> R<Value> {
    let x = as_double(one("math.modf", &args)?)?;
    let (frac, whole) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        libm::modf(x)
    };
    Ok(tuple::from_slice(&[float::new(frac), float::new(whole)]))
}

/// The value of the least significant bit of `x`.
fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let next = libm::nextafter(x, f64::INFINITY);
    if next.is_infinite() {
        // x is the largest finite float.
        return x - libm::nextafter(x, f64::NEG_INFINITY);
    }
    next - x
}

// ---- logarithms ---------------------------------------------------------------------

/// CPython's `loghelper`: an int is taken exactly (a positive one too large
/// for a float is `m * 2**e` with `m` rounded to 53 bits, so its log is
/// `f(m) + f(2) * e`); anything else goes through `math_1`.
fn log_helper(arg: Value, f: fn(f64) -> f64) -> R<Value> {
    let n = match num::classify(arg) {
        Some(Num::Int(i)) => {
            if i <= 0 {
                return Err(domain_error());
            }
            return Ok(float::new(f(i as f64)));
        }
        Some(Num::Big(b)) => b.to_ibig(),
        _ => return math_1(arg, f, false),
    };
    if n.sign() == dashu_int::Sign::Negative {
        return Err(domain_error());
    }
    if let Some(x) = int::ibig_to_f64(&n) {
        return Ok(float::new(f(x)));
    }
    let mag = n.unsigned_abs();
    let bits = mag.bit_len();
    let top = u64::try_from(&(&mag >> (bits - 64))).unwrap_or(u64::MAX);
    let sticky = mag.trailing_zeros().is_some_and(|tz| tz < bits - 64);
    // top * 2**-64 rounded to 53 bits lies in [0.5, 1]; 1 carries into e.
    let m = float::round_scaled(top, -64, sticky).unwrap_or(1.0);
    let (m, e) = if m >= 1.0 {
        (0.5, bits as f64 + 1.0)
    } else {
        (m, bits as f64)
    };
    Ok(float::new(f(m) + f(2.0) * e))
}

fn log(args: Args) -> R<Value> {
    if !args.kwnames.is_empty() {
        return Err(type_error("log() takes no keyword arguments"));
    }
    let (x, base) = match args.pos {
        [x] => (*x, None),
        [x, b] => (*x, Some(*b)),
        _ => return Err(type_error("math.log requires 1 to 2 arguments")),
    };
    let num = log_helper(x, libm::log)?;
    let Some(base) = base else {
        return Ok(num);
    };
    let den = log_helper(base, libm::log)?;
    num::binop(BinOp::TrueDiv, num, den)
}

// ---- fsum -----------------------------------------------------------------------------

/// Shewchuk's exact summation with CPython's final rounding: the partial
/// sums stay non-overlapping and exact, and the result is their sum
/// correctly rounded (half to even across partials).
fn fsum(args: Args) -> R<Value> {
    let seq = one("math.fsum", &args)?;
    let it = dispatch::iter(seq)?;
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = dispatch::next(it)? {
        let mut x = as_double(item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // From an inf or nan summand, or an intermediate overflow.
                if xsave.is_finite() {
                    return Err(overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                if partials.try_reserve(1).is_err() {
                    return Err(raise(&MEMORY_ERROR, "math.fsum partials"));
                }
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(float::new(special_sum));
    }
    let mut hi = 0.0;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        // Sum from the top, stopping when the sum becomes inexact.
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Half-even rounding across partials: the next partial's sign
        // decides a tie (sum([1e-16, 1, 1e16]) rounds up).
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(float::new(hi))
}

// ---- hypot and dist ---------------------------------------------------------------

/// sqrt(sum(x*x for x in vec)) as CPython 3.11 computes it: scaled by a
/// power of two, squares split (Veltkamp-Dekker) and summed with
/// compensation, then one differential correction of the square root.
/// `max` is the largest |x|; `found_nan` whether any is a NaN.
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0; // 2**27 + 1
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = libm::frexp(max);
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    if max_e >= -1023 {
        let scale = libm::ldexp(1.0, -max_e);
        for &v in vec {
            let x = v * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;

            let x = hi * hi;
            let old = csum;
            csum += x;
            frac1 += (old - csum) + x;

            let x = 2.0 * hi * lo;
            let old = csum;
            csum += x;
            frac2 += (old - csum) + x;

            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();

        let t = h * T27;
        let hi = t - (t - h);
        let lo = h - hi;

        let x = -hi * hi;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;

        let x = -2.0 * hi * lo;
        let old = csum;
        csum += x;
        frac2 += (old - csum) + x;

        let x = -lo * lo;
        let old = csum;
        csum += x;
        frac3 += (old - csum) + x;

        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // ldexp(1.0, -max_e) would overflow: divide by max instead.
    for &v in vec {
        let x = v / max;
        let x = x * x;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
    }
    max * (csum - 1.0 + frac1).sqrt()
}

fn hypot(args: Args) -> R<Value> {
    args.no_kwargs("math.hypot")?;
    let mut coords = Vec::with_capacity(args.pos.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for &v in args.pos {
        let x = as_double(v)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(float::new(vector_norm(&coords, max, found_nan)))
}

/// The items of a point: a tuple's own items, else `tuple(p)`'s.
fn point(p: Value) -> R<crate::gc::RootedVec> {
    if p.kind() == Kind::Tuple {
        return Ok(crate::gc::RootedVec::from_vec(tuple::items(p).to_vec()));
    }
    dispatch::collect(p)
}

fn dist(args: Args) -> R<Value> {
    let (p, q) = two("dist", &args)?;
    let p = point(p)?;
    let q = point(q)?;
    if p.len() != q.len() {
        return Err(value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for i in 0..p.len() {
        let px = as_double(p[i])?;
        let qx = as_double(q[i])?;
        let x = (px - qx).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(float::new(vector_norm(&diffs, max, found_nan)))
}
