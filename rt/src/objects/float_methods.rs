//! The attributes of `float`: the methods (`hex`/`fromhex`,
//! `as_integer_ratio`, `is_integer`, the rounding protocol,
//! `__getformat__`), the `real`/`imag` getsets, and the special methods
//! through `types::slots`.

use crate::exc::error::{overflow_error, type_error, value_error, R};
use crate::object::{self, FLOAT_TYPE};
use crate::objects::{float, int};
use crate::protocol::args::Args;
use crate::protocol::num_convert::float_to_int;
use crate::types::slots;
use crate::value::Value;
use dashu_int::IBig;

crate::attr_table! {
    /// The attributes of `float`.
    pub static ATTRS for FLOAT_TYPE = [
        slot "__abs__" => slots::abs;
        slot "__add__" => slots::add;
        slot "__bool__" => slots::bool_;
        method "__ceil__" => |o, a| rounded(o, a, "__ceil__", f64::ceil);
        slot "__divmod__" => slots::divmod;
        slot "__eq__" => slots::eq;
        slot "__float__" => slots::float;
        method "__floor__" => |o, a| rounded(o, a, "__floor__", f64::floor);
        slot "__floordiv__" => slots::floordiv;
        method "__format__" => slots::format;
        slot "__ge__" => slots::ge;
        slot "__getattribute__" => slots::getattribute;
        classmethod "__getformat__" => getformat;
        method "__getnewargs__" => getnewargs;
        slot "__gt__" => slots::gt;
        slot "__hash__" => slots::hash;
        slot "__int__" => slots::int;
        slot "__le__" => slots::le;
        slot "__lt__" => slots::lt;
        slot "__mod__" => slots::mod_;
        slot "__mul__" => slots::mul;
        slot "__ne__" => slots::ne;
        slot "__neg__" => slots::neg;
        new "__new__" => slots::new;
        slot "__pos__" => slots::pos;
        slot "__pow__" => slots::pow;
        slot "__radd__" => slots::radd;
        slot "__rdivmod__" => slots::rdivmod;
        slot "__repr__" => slots::repr;
        slot "__rfloordiv__" => slots::rfloordiv;
        slot "__rmod__" => slots::rmod;
        slot "__rmul__" => slots::rmul;
        method "__round__" => round;
        slot "__rpow__" => slots::rpow;
        slot "__rsub__" => slots::rsub;
        slot "__rtruediv__" => slots::rtruediv;
        slot "__sub__" => slots::sub;
        slot "__truediv__" => slots::truediv;
        method "__trunc__" => |o, a| rounded(o, a, "__trunc__", f64::trunc);
        method "as_integer_ratio" => as_integer_ratio;
        method "conjugate" => conjugate;
        classmethod "fromhex" => fromhex;
        method "hex" => hex;
        getset "imag" => |_| Ok(float::new(0.0));
        method "is_integer" => is_integer;
        getset "real" => |o| Ok(plain(o));
    ]
}

/// The value as an exact `float` (a subclass instance's value).
fn plain(o: Value) -> Value {
    if o.header().ty.class.is_none() {
        o
    } else {
        float::new(float::value(o))
    }
}

/// Fails unless float method `m` was called without arguments.
fn no_args(args: &Args, m: &str) -> R<()> {
    if !args.kwnames.is_empty() {
        return Err(type_error(format!(
            "float.{m}() takes no keyword arguments"
        )));
    }
    if !args.pos.is_empty() {
        return Err(type_error(format!(
            "float.{m}() takes no arguments ({} given)",
            args.pos.len()
        )));
    }
    Ok(())
}

fn rounded(o: Value, args: Args, m: &str, f: fn(f64) -> f64) -> R<Value> {
    no_args(&args, m)?;
    float_to_int(f(float::value(o)))
}

/// `float.__round__(ndigits=None)`
fn round(o: Value, args: Args) -> R<Value> {
    let a = args.positional_range("__round__", 0, 1)?;
    crate::protocol::num::round(plain(o), a.first().copied())
}

fn getnewargs(o: Value, args: Args) -> R<Value> {
    no_args(&args, "__getnewargs__")?;
    Ok(crate::objects::tuple::from_slice(&[plain(o)]))
}

fn conjugate(o: Value, args: Args) -> R<Value> {
    no_args(&args, "conjugate")?;
    Ok(plain(o))
}

fn is_integer(o: Value, args: Args) -> R<Value> {
    no_args(&args, "is_integer")?;
    Ok(object::boolean(float::is_integer(float::value(o))))
}

fn hex(o: Value, args: Args) -> R<Value> {
    no_args(&args, "hex")?;
    Ok(crate::objects::str::from_string(float::hex(float::value(
        o,
    ))))
}

fn as_integer_ratio(o: Value, args: Args) -> R<Value> {
    no_args(&args, "as_integer_ratio")?;
    let (p, q) = float::as_integer_ratio(float::value(o))?;
    Ok(crate::objects::tuple::from_slice(&[
        int::from_ibig(p),
        int::from_ibig(q),
    ]))
}

/// `float.__getformat__(typestr)`: how C doubles and floats are laid out.
fn getformat(_cls: Value, args: Args) -> R<Value> {
    let a = args.positional_range("__getformat__", 1, 1)?[0];
    let Some(s) = crate::objects::str::try_str(a) else {
        return Err(type_error(format!(
            "__getformat__() argument must be str, not {}",
            object::type_name(a)
        )));
    };
    if s != "double" && s != "float" {
        return Err(value_error(
            "__getformat__() argument 1 must be 'double' or 'float'",
        ));
    }
    let order = if cfg!(target_endian = "little") {
        "little"
    } else {
        "big"
    };
    Ok(crate::objects::str::from_string(format!(
        "IEEE, {order}-endian"
    )))
}

/// `float.fromhex(s)` (an instance of the class it is called on).
fn fromhex(cls: Value, args: Args) -> R<Value> {
    let a = args.positional_range("fromhex", 1, 1)?[0];
    let Some(s) = crate::objects::str::try_str(a) else {
        return Err(type_error("bad argument type for built-in operation"));
    };
    let x = float::new(parse_hex(s)?);
    if cls == FLOAT_TYPE.value() {
        return Ok(x);
    }
    crate::protocol::dispatch::call(cls, Args::positional(&[x]))
}

fn invalid() -> crate::exc::error::Pending {
    value_error("invalid hexadecimal floating-point string")
}

/// CPython's `float_fromhex`: optional sign, `inf`/`nan`, or hex digits
/// with an optional point and `p` exponent, rounded half to even.
fn parse_hex(text: &str) -> R<f64> {
    let s = text.trim_matches(|c: char| c.is_whitespace());
    let (neg, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let sign = |x: f64| if neg { -x } else { x };
    let lower = s.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(sign(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(sign(f64::NAN));
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => (m, Some(e)),
        None => (body, None),
    };
    let (int_part, frac_part) = match mant.split_once('.') {
        Some((i, f)) => (i, f),
        None => (mant, ""),
    };
    let hexdigits = |t: &str| t.bytes().all(|b| b.is_ascii_hexdigit());
    if int_part.len() + frac_part.len() == 0 || !hexdigits(int_part) || !hexdigits(frac_part) {
        return Err(invalid());
    }
    let mut e: i64 = match exp {
        Some(t) => {
            let digits = t.strip_prefix(['+', '-']).unwrap_or(t);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(invalid());
            }
            // Exponents beyond any double's range clamp without changing the result.
            t.parse::<i64>().unwrap_or(if t.starts_with('-') {
                -(1 << 40)
            } else {
                1 << 40
            })
        }
        None => 0,
    };
    e -= 4 * frac_part.len() as i64;
    let all: String = [int_part, frac_part].concat();
    let digits = all.trim_start_matches('0');
    if digits.is_empty() {
        return Ok(sign(0.0));
    }
    let m = IBig::from_str_radix(digits, 16).map_err(|_| invalid())?;
    let nbits = int::bit_length(&m) as i64;
    // Keep the top 64 bits; the rest only says "a little more" (sticky).
    let drop = (nbits - 64).max(0);
    let top: IBig = &m >> drop as usize;
    let sticky = (top.clone() << drop as usize) != m;
    let top = u64::try_from(&top).map_err(|_| invalid())?;
    match float::round_scaled(top, e + drop, sticky) {
        Some(x) => Ok(sign(x)),
        None => Err(overflow_error(
            "hexadecimal value too large to represent as a float",
        )),
    }
}
