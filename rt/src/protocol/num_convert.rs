//! `int()`, `float()` and `round()`: conversions between the numeric
//! types and from text, with CPython's rounding rules and error messages.

use crate::exc::error::{overflow_error, type_error, value_error, R};
use crate::object::{self, type_name, Kind};
use crate::objects::float;
use crate::objects::int;
use crate::objects::int::ops as int_ops;
use crate::protocol::num::{big_of, classify, num_to_f64, to_int, Num};
use crate::value::Value;
use dashu_int::ops::BitTest;
use dashu_int::IBig;

/// An integer argument such as `ndigits` or `base`: huge values clamp to the
/// i64 range (CPython clamps to Py_ssize_t the same way where it rounds).
fn int_arg(v: Value) -> R<i64> {
    if v.is_small() {
        return Ok(v.small());
    }
    let v = crate::protocol::num::int_arg(v)?;
    Ok(int::as_i64(v).unwrap_or(if int::is_negative(v) {
        i64::MIN
    } else {
        i64::MAX
    }))
}

/// `round(v)` and `round(v, ndigits)`.
pub fn round(v: Value, ndigits: Option<Value>) -> R<Value> {
    let Some(n) = classify(v) else {
        return Err(type_error(format!(
            "type {} doesn't define __round__ method",
            type_name(v)
        )));
    };
    let ndigits = match ndigits.filter(|n| !object::is_none(*n)) {
        Some(n) => Some(int_arg(n)?),
        None => None,
    };
    match (n, ndigits) {
        (Num::Float(x), None) => float_to_int(x.round_ties_even()),
        (Num::Float(x), Some(nd)) => Ok(float::new(round_float(x, nd)?)),
        (_, None) => Ok(to_int(v)),
        (_, Some(nd)) if nd >= 0 => Ok(to_int(v)),
        (n, Some(nd)) => Ok(int_ops::round_to_pow10(&big_of(n), nd.unsigned_abs())),
    }
}

/// The integer value of an integral float, with CPython's errors for
/// NaN and infinities.
pub(crate) fn float_to_int(x: f64) -> R<Value> {
    if x.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    if x.abs() < 4.0e18 {
        return Ok(int::from_i64(x as i64));
    }
    Ok(int::from_ibig(float::trunc_to_ibig(x)))
}

/// `round(x, n)` for a float: the exact value rounded half-to-even at the
/// `n`th decimal place, then the nearest double (CPython's `double_round`).
fn round_float(x: f64, n: i64) -> R<f64> {
    // CPython's NDIGITS_MAX and NDIGITS_MIN for IEEE doubles.
    if !x.is_finite() || x == 0.0 || n > 323 {
        return Ok(x);
    }
    if n < -308 {
        return Ok(0.0 * x);
    }
    let (neg, m, e) = float::decompose(x);
    if n >= 0 {
        if e >= 0 || n >= -e {
            // x * 10**n is already an integer: nothing to round.
            return Ok(x);
        }
        // Rust's fixed-point formatting is exact and rounds ties to even.
        let s = format!("{:.*}", n as usize, x);
        return Ok(s.parse::<f64>().unwrap_or(x));
    }
    // Negative n: round |x| / 10**k exactly with big ints.
    let k = n.unsigned_abs() as usize;
    let mag = IBig::from(m);
    let pow10 = IBig::from(10).pow(k);
    let (num, den) = if e >= 0 {
        (mag << e as usize, pow10.clone())
    } else {
        (mag, &pow10 << (-e) as usize)
    };
    let (mut q, r) = int_ops::floor_divmod(&num, &den);
    let twice: IBig = r * IBig::from(2);
    if twice > den || (twice == den && q.bit(0)) {
        q += IBig::ONE;
    }
    let r = int::ibig_to_f64(&(q * pow10))
        .ok_or_else(|| overflow_error("rounded value too large to represent"))?;
    Ok(if neg { -r } else { r })
}

/// The repr CPython puts in "invalid literal" messages (`%.200R`).
fn literal_repr(v: Value) -> R<String> {
    let r = crate::protocol::dispatch::repr(v)?;
    Ok(match r.char_indices().nth(200) {
        Some((i, _)) => r[..i].to_string(),
        None => r,
    })
}

/// The text `int()` and `float()` parse from a bytes or bytearray: the
/// bytes as ASCII; None for other values, and text that cannot be a
/// number (a non-ASCII byte) as itself, which then fails to parse.
fn bytes_text(v: Value) -> Option<String> {
    if v.is_small() || !matches!(v.kind(), Kind::Bytes | Kind::ByteArray) {
        return None;
    }
    let d = crate::objects::bytes::data(v)?;
    Some(if d.is_ascii() {
        d.iter().map(|&b| b as char).collect()
    } else {
        // Never a valid literal: keeps the error path.
        "\u{0}".to_string()
    })
}

/// `int(v)` and `int(v, base)`.
pub fn int_from(v: Value, base: Option<Value>) -> R<Value> {
    if let Some(text) = bytes_text(v) {
        let b = match base {
            None => 10,
            Some(base) => int_arg(base)?,
        };
        if b != 0 && !(2..=36).contains(&b) {
            return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        return int::parse(&text, b as u32).ok_or_else(|| invalid_literal(v, b));
    }
    let Some(base) = base else {
        return match classify(v) {
            Some(Num::Int(i)) => Ok(int::from_i64(i)),
            Some(Num::Big(_)) => Ok(v),
            Some(Num::Float(x)) => float_to_int(x.trunc()),
            None => match crate::objects::str::try_str(v) {
                Some(s) => int::parse(s, 10).ok_or_else(|| invalid_literal(v, 10)),
                None => Err(type_error(format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                    type_name(v)
                ))),
            },
        };
    };
    let b = int_arg(base)?;
    if b != 0 && !(2..=36).contains(&b) {
        return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    match crate::objects::str::try_str(v) {
        Some(s) => int::parse(s, b as u32).ok_or_else(|| invalid_literal(v, b)),
        None => Err(type_error(
            "int() can't convert non-string with explicit base",
        )),
    }
}

fn invalid_literal(v: Value, base: i64) -> crate::exc::error::Pending {
    match literal_repr(v) {
        Ok(r) => value_error(format!("invalid literal for int() with base {base}: {r}")),
        Err(p) => p,
    }
}

/// `float(v)`.
pub fn float_from(v: Value) -> R<Value> {
    if let Some(text) = bytes_text(v) {
        return match float::parse(&text) {
            Some(x) => Ok(float::new(x)),
            None => Err(value_error(format!(
                "could not convert string to float: {}",
                crate::protocol::dispatch::repr(v)?
            ))),
        };
    }
    match classify(v) {
        Some(Num::Float(_)) => Ok(v),
        Some(n) => Ok(float::new(num_to_f64(n)?)),
        None => match crate::objects::str::try_str(v) {
            Some(s) => match float::parse(s) {
                Some(x) => Ok(float::new(x)),
                None => Err(value_error(format!(
                    "could not convert string to float: {}",
                    crate::protocol::dispatch::repr(v)?
                ))),
            },
            None => Err(type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                type_name(v)
            ))),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::num::to_f64;
    use crate::testing::{f, i, s, show};

    #[test]
    fn int_constructor_from_text() {
        // Expected values from python3.
        assert_eq!(show(int_from(s(" -1_000 "), None)), "-1000");
        assert_eq!(
            show(int_from(s("abc"), None)),
            "!ValueError: invalid literal for int() with base 10: 'abc'"
        );
        let long = "x".repeat(300);
        let msg = format!(
            "!ValueError: invalid literal for int() with base 10: '{}",
            "x".repeat(199)
        );
        assert_eq!(show(int_from(s(&long), None)), msg);
        assert_eq!(show(int_from(s("0x1f"), Some(i(0)))), "31");
        assert_eq!(show(int_from(s("0x1f"), Some(i(16)))), "31");
        assert_eq!(show(int_from(s("z"), Some(i(36)))), "35");
        assert_eq!(
            show(int_from(s("010"), Some(i(0)))),
            "!ValueError: invalid literal for int() with base 0: '010'"
        );
        assert_eq!(
            show(int_from(s("10"), Some(f(1.5)))),
            "!TypeError: 'float' object cannot be interpreted as an integer"
        );
        assert_eq!(
            show(int_from(s("10"), Some(i(37)))),
            "!ValueError: int() base must be >= 2 and <= 36, or 0"
        );
        assert_eq!(
            show(int_from(s("10"), Some(i(1)))),
            "!ValueError: int() base must be >= 2 and <= 36, or 0"
        );
        assert_eq!(
            show(int_from(f(1.5), Some(i(10)))),
            "!TypeError: int() can't convert non-string with explicit base"
        );
        assert_eq!(
            show(int_from(crate::objects::tuple::from_slice(&[]), None)),
            "!TypeError: int() argument must be a string, a bytes-like object or a real number, not 'tuple'"
        );
        assert_eq!(
            show(int_from(s("123456789012345678901234567890"), None)),
            "123456789012345678901234567890"
        );
    }

    #[test]
    fn float_constructor_and_conversions() {
        assert_eq!(show(float_from(s(" -inf "))), "-inf");
        assert_eq!(show(float_from(s("1_0.5"))), "10.5");
        assert_eq!(
            show(float_from(s("abc"))),
            "!ValueError: could not convert string to float: 'abc'"
        );
        assert_eq!(
            show(float_from(crate::objects::tuple::from_slice(&[]))),
            "!TypeError: float() argument must be a string or a real number, not 'tuple'"
        );
        assert!(to_f64(s("1")).is_err());
        assert_eq!(
            show(Err(crate::exc::error::Pending)),
            "!TypeError: must be real number, not str"
        );
        assert_eq!(to_f64(object::boolean(true)).unwrap(), 1.0);
        assert_eq!(show(Ok(to_int(object::boolean(true)))), "1");
    }
}
