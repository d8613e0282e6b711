//! `complex`: boxed pairs of doubles with CPython's repr, hash, arithmetic
//! (Smith's division, integer powers by repeated squaring), comparisons,
//! `complex()` construction and string parsing.

use crate::exc::error::{overflow_error, type_error, value_error, zero_division, R};
use crate::object::{type_name, Header, Kind, Object, COMPLEX_TYPE};
use crate::objects::float;
use crate::protocol::args::Args;
use crate::protocol::num::{self, Num};
use crate::types::slots;
use crate::value::Value;
use alrt_abi::ops::{BinOp, CmpOp, UnaryOp};

/// A complex object.
#[repr(C)]
pub struct ComplexObj {
    pub header: Header,
    pub re: f64,
    pub im: f64,
}

// SAFETY: repr(C), Header first; every Kind::Complex object is a ComplexObj.
unsafe impl Object for ComplexObj {
    const KINDS: &'static [Kind] = &[Kind::Complex];

    fn trace(&self, _t: &mut crate::gc::Tracer) {}
}

/// A complex number as a pair (real, imaginary).
pub type C = (f64, f64);

/// A new complex value.
pub fn new(re: f64, im: f64) -> Value {
    Value::from_ref(crate::gc::alloc(ComplexObj {
        header: Header::new(&COMPLEX_TYPE),
        re,
        im,
    }))
}

fn new_c(z: C) -> Value {
    new(z.0, z.1)
}

/// The parts of a complex value (its own or its payload's, for an
/// instance of a `complex` subclass); the caller has checked the kind.
pub fn parts(v: Value) -> C {
    let c = v.as_ref::<ComplexObj>();
    (c.re, c.im)
}

/// The complex number of `v`, when `v` is a complex (or a subclass
/// instance wrapping one).
pub fn as_complex(v: Value) -> Option<C> {
    if v.is_small() {
        return None;
    }
    match v.kind() {
        Kind::Complex => Some(parts(v)),
        Kind::Instance => match crate::class::instance::payload(v) {
            Some(p) if p.kind() == Kind::Complex => Some(parts(p)),
            _ => None,
        },
        _ => None,
    }
}

/// An arithmetic operand as a complex number: complex, int, bool or float
/// (`None` for any other value); an int too large for a float raises.
fn operand(v: Value) -> Option<R<C>> {
    if let Some(z) = as_complex(v) {
        return Some(Ok(z));
    }
    let n = num::classify(v)?;
    Some(num::num_to_f64(n).map(|x| (x, 0.0)))
}

// ---- repr and hash ---------------------------------------------------------

fn part_text(x: f64, plus: bool) -> String {
    use crate::text::format_spec::{float_to_string, FloatFormat};
    let f = FloatFormat {
        code: 'r',
        precision: 0,
        alt: false,
        add_dot_0: false,
        plus,
        no_neg_zero: false,
        upper: false,
    };
    // Shortest digits need no large buffer: this cannot fail.
    float_to_string(x, &f).unwrap_or_default()
}

/// `repr(z)`: `2j` when the real part is +0.0, else `(re±imj)`.
pub fn repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        let mut s = part_text(im, false);
        s.push('j');
        return s;
    }
    format!("({}{}j)", part_text(re, false), part_text(im, true))
}

/// `hash(z)`: hash(re) + 1000003 * hash(im), wrapping as an unsigned word,
/// -1 turned into -2 (CPython's `complex_hash`).
pub fn hash(re: f64, im: f64) -> i64 {
    let (hr, hi) = (float::hash(re) as u64, float::hash(im) as u64);
    let h = hr.wrapping_add(1_000_003u64.wrapping_mul(hi)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

// ---- arithmetic ------------------------------------------------------------

fn mul(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `a / b` by Smith's method (scaling by the larger part of `b`); `None`
/// when `b` is zero.
fn quot(a: C, b: C) -> Option<C> {
    let (abs_r, abs_i) = (b.0.abs(), b.1.abs());
    if abs_r >= abs_i {
        if abs_r == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_i >= abs_r {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // A NaN part in b.
        Some((f64::NAN, f64::NAN))
    }
}

/// Why a power failed.
enum PowErr {
    /// Zero to a negative or complex power (or an infinite phase).
    Domain,
}

fn powu(x: C, n: u64) -> C {
    let (mut r, mut p, mut mask) = ((1.0, 0.0), x, 1u64);
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = mul(r, p);
        }
        mask <<= 1;
        p = mul(p, p);
    }
    r
}

fn powi(x: C, n: i64) -> Result<C, PowErr> {
    if n > 0 {
        Ok(powu(x, n as u64))
    } else {
        quot((1.0, 0.0), powu(x, n.unsigned_abs())).ok_or(PowErr::Domain)
    }
}

fn pow_general(a: C, b: C) -> Result<C, PowErr> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(PowErr::Domain);
        }
        return Ok((0.0, 0.0));
    }
    let vabs = super::float::hypot(a.0, a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    // C's cos and sin of an infinite phase report a domain error, which
    // CPython's power turns into its ZeroDivisionError.
    if phase.is_infinite() {
        return Err(PowErr::Domain);
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

/// `a ** b` with CPython's rules: small integral exponents by repeated
/// multiplication, an infinite result an OverflowError.
pub fn pow(a: C, b: C) -> R<C> {
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        powi(a, b.0 as i64)
    } else {
        pow_general(a, b)
    };
    match r {
        Err(PowErr::Domain) => Err(zero_division("0.0 to a negative or complex power")),
        Ok(z) if z.0.is_infinite() || z.1.is_infinite() => {
            Err(overflow_error("complex exponentiation"))
        }
        Ok(z) => Ok(z),
    }
}

/// `abs(z)`: infinite if either part is, NaN if either is NaN, else the
/// hypotenuse (an OverflowError when it overflows).
pub fn abs(z: C) -> R<f64> {
    if z.0.is_infinite() || z.1.is_infinite() {
        return Ok(f64::INFINITY);
    }
    if z.0.is_nan() || z.1.is_nan() {
        return Ok(f64::NAN);
    }
    let r = super::float::hypot(z.0, z.1);
    if r.is_infinite() {
        return Err(overflow_error("absolute value too large"));
    }
    Ok(r)
}

/// `a op b` when either operand is a complex and the other a number;
/// `None` when the operands or the operator are not complex arithmetic
/// (the caller raises its "unsupported operand" TypeError).
pub fn binop(op: BinOp, a: Value, b: Value) -> Option<R<Value>> {
    if as_complex(a).is_none() && as_complex(b).is_none() {
        return None;
    }
    if !matches!(
        op,
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::Pow
    ) {
        return None;
    }
    let x = operand(a)?;
    let y = operand(b)?;
    Some(x.and_then(|x| y.and_then(|y| arith(op, x, y).map(new_c))))
}

/// `x op y` on two complex numbers, for `+ - * / **`.
pub fn arith(op: BinOp, x: C, y: C) -> R<C> {
    Ok(match op {
        BinOp::Add => (x.0 + y.0, x.1 + y.1),
        BinOp::Sub => (x.0 - y.0, x.1 - y.1),
        BinOp::Mul => mul(x, y),
        BinOp::TrueDiv => quot(x, y).ok_or_else(|| zero_division("complex division by zero"))?,
        _ => pow(x, y)?,
    })
}

/// `-z`, `+z`; `None` for `~z`.
pub fn unary(op: UnaryOp, z: C) -> Option<Value> {
    match op {
        UnaryOp::Neg => Some(new(-z.0, -z.1)),
        UnaryOp::Pos => Some(new(z.0, z.1)),
        UnaryOp::Invert => None,
    }
}

/// `a == b` / `a != b` when either is a complex; `None` for ordering
/// operators and non-numbers (NotImplemented).
pub fn compare(a: Value, b: Value, op: CmpOp) -> Option<bool> {
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return None;
    }
    let (z, other) = match (as_complex(a), as_complex(b)) {
        (Some(z), Some(w)) => return Some((z == w) == (op == CmpOp::Eq)),
        (Some(z), None) => (z, b),
        (None, Some(w)) => (w, a),
        (None, None) => return None,
    };
    let n = num::classify(other)?;
    let eq = z.1 == 0.0
        && match n {
            Num::Float(f) => z.0 == f,
            // An int compares exactly with the real part.
            _ => num::compare(float::new(z.0), other, CmpOp::Eq).unwrap_or(false),
        };
    Some(eq == (op == CmpOp::Eq))
}

// ---- methods and attributes ------------------------------------------------

crate::attr_table! {
    /// The attributes of `complex`.
    pub static ATTRS for crate::object::COMPLEX_TYPE = [
        slot "__abs__" => slots::abs;
        slot "__add__" => slots::add;
        slot "__bool__" => slots::bool_;
        method "__complex__" => complex_method;
        slot "__eq__" => slots::eq;
        method "__format__" => slots::format;
        slot "__ge__" => slots::ge;
        slot "__getattribute__" => slots::getattribute;
        method "__getnewargs__" => getnewargs;
        slot "__gt__" => slots::gt;
        slot "__hash__" => slots::hash;
        slot "__le__" => slots::le;
        slot "__lt__" => slots::lt;
        slot "__mul__" => slots::mul;
        slot "__ne__" => slots::ne;
        slot "__neg__" => slots::neg;
        new "__new__" => slots::new;
        slot "__pos__" => slots::pos;
        slot "__pow__" => slots::pow;
        slot "__radd__" => slots::radd;
        slot "__repr__" => slots::repr;
        slot "__rmul__" => slots::rmul;
        slot "__rpow__" => slots::rpow;
        slot "__rsub__" => slots::rsub;
        slot "__rtruediv__" => slots::rtruediv;
        slot "__sub__" => slots::sub;
        slot "__truediv__" => slots::truediv;
        method "conjugate" => conjugate;
        member "imag" => |o| Ok(float::new(parts(o).1));
        member "real" => |o| Ok(float::new(parts(o).0));
    ]
}

/// Fails unless complex method `m` was called without arguments.
fn no_args(args: &Args, m: &str) -> R<()> {
    if !args.kwnames.is_empty() {
        return Err(type_error(format!(
            "complex.{m}() takes no keyword arguments"
        )));
    }
    if !args.pos.is_empty() {
        return Err(type_error(format!(
            "complex.{m}() takes no arguments ({} given)",
            args.pos.len()
        )));
    }
    Ok(())
}

fn conjugate(o: Value, args: Args) -> R<Value> {
    no_args(&args, "conjugate")?;
    let z = parts(o);
    Ok(new(z.0, -z.1))
}

/// `z.__complex__()`: the value as an exact complex.
fn complex_method(o: Value, args: Args) -> R<Value> {
    no_args(&args, "__complex__")?;
    let z = parts(o);
    Ok(new(z.0, z.1))
}

/// `z.__getnewargs__()`: `(z.real, z.imag)`.
fn getnewargs(o: Value, args: Args) -> R<Value> {
    no_args(&args, "__getnewargs__")?;
    let z = parts(o);
    Ok(crate::objects::tuple::from_slice(&[
        float::new(z.0),
        float::new(z.1),
    ]))
}

// ---- complex() -------------------------------------------------------------

fn malformed() -> crate::exc::error::Pending {
    value_error("complex() arg is a malformed string")
}

/// One float of a complex literal: no surrounding space, no sign of its own
/// after the split (the caller keeps it).
fn parse_float(s: &str) -> Option<f64> {
    if s.is_empty() || s.starts_with(char::is_whitespace) || s.ends_with(char::is_whitespace) {
        return None;
    }
    float::parse(s)
}

/// `complex(s)` for a string: optional surrounding whitespace and one pair
/// of parentheses, then `re`, `imj`, `re±imj`, `j`, `±j` forms.
pub fn parse(s: &str) -> Option<C> {
    let mut t = s.trim_matches(char::is_whitespace);
    if let Some(inner) = t.strip_prefix('(') {
        t = inner.strip_suffix(')')?.trim_matches(char::is_whitespace);
    }
    if t.is_empty() || !t.is_ascii() {
        return None;
    }
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return parse_float(t).map(|x| (x, 0.0));
    };
    let unit = |s: &str| match s {
        "" | "+" => Some(1.0),
        "-" => Some(-1.0),
        _ => None,
    };
    if let Some(im) = unit(body) {
        return Some((0.0, im));
    }
    let bytes = body.as_bytes();
    // The split is the last sign not at the start and not in an exponent.
    let split = (1..bytes.len())
        .rev()
        .find(|&k| matches!(bytes[k], b'+' | b'-') && !matches!(bytes[k - 1], b'e' | b'E'));
    match split {
        Some(k) => {
            let re = parse_float(&body[..k])?;
            let im_text = &body[k..];
            let im = match unit(im_text) {
                Some(u) => u,
                None => parse_float(im_text)?,
            };
            Some((re, im))
        }
        None => parse_float(body).map(|im| (0.0, im)),
    }
}

/// Every `_` of `s` stands between two digits (else CPython refuses the
/// string before parsing it).
fn underscores_ok(s: &str) -> bool {
    let b = s.as_bytes();
    (0..b.len()).all(|k| {
        b[k] != b'_'
            || (k > 0 && b[k - 1].is_ascii_digit() && b.get(k + 1).is_some_and(u8::is_ascii_digit))
    })
}

/// What `complex()` makes of one argument: a complex (from a complex or
/// `__complex__`), or a real number.
enum Part {
    Complex(C),
    Real(f64),
}

fn part_of(v: Value, first: bool) -> R<Part> {
    // Only the first argument's `__complex__` is used (CPython 3.11).
    if first && crate::class::ops::is_user(v) {
        if let Some(r) = crate::class::ops::call_optional(v, "__complex__", &[])? {
            return match as_complex(r) {
                Some(z) if r.kind() == Kind::Complex => Ok(Part::Complex(z)),
                _ => Err(type_error(format!(
                    "__complex__ returned non-complex (type {})",
                    type_name(r)
                ))),
            };
        }
    }
    if crate::class::ops::is_user(v) {
        if let Some(z) = as_complex(v) {
            return Ok(Part::Complex(z));
        }
        if let Some(f) = crate::class::ops::to_float(v)? {
            return Ok(Part::Real(float::value(f)));
        }
    } else if let Some(z) = as_complex(v) {
        return Ok(Part::Complex(z));
    } else if let Some(n) = num::classify(v) {
        return Ok(Part::Real(num::num_to_f64(n)?));
    }
    Err(type_error(if first {
        format!(
            "complex() first argument must be a string or a number, not '{}'",
            type_name(v)
        )
    } else {
        format!(
            "complex() second argument must be a number, not '{}'",
            type_name(v)
        )
    }))
}

/// `complex(real=0, imag=0)`.
pub fn construct(args: Args) -> R<Value> {
    let [r, i] = crate::builtins::args::bind_clinic("complex", &args, ["real", "imag"], 0, 0)?;
    let Some(r) = r else {
        return Ok(match i {
            None => new(0.0, 0.0),
            Some(i) => match part_of(i, false)? {
                Part::Complex(w) => new(-w.1, w.0),
                Part::Real(x) => new(0.0, x),
            },
        });
    };
    if let Some(s) = crate::objects::str::try_str(r) {
        if i.is_some() {
            return Err(type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        // Non-ASCII decimal digits read as ASCII ones, as CPython reads them.
        let converted = crate::objects::int::ascii_digits(s);
        let text = converted.as_deref().unwrap_or(s);
        if !underscores_ok(text) {
            return Err(value_error(format!(
                "could not convert string to complex: {}",
                crate::objects::str::ops::repr(s)
            )));
        }
        return parse(text).map(new_c).ok_or_else(malformed);
    }
    if let Some(i) = i {
        if crate::objects::str::try_str(i).is_some() {
            return Err(type_error("complex() second arg can't be a string"));
        }
    }
    let cr = part_of(r, true)?;
    let Some(i) = i else {
        return Ok(match cr {
            Part::Complex(_) if r.kind() == Kind::Complex && !crate::class::ops::is_user(r) => r,
            Part::Complex(z) => new_c(z),
            Part::Real(x) => new(x, 0.0),
        });
    };
    let ci = part_of(i, false)?;
    let (mut re, im_from_r) = match cr {
        Part::Complex(z) => (z.0, Some(z.1)),
        Part::Real(x) => (x, None),
    };
    let mut im = match ci {
        Part::Complex(w) => {
            re -= w.1;
            w.0
        }
        Part::Real(x) => x,
    };
    if let Some(extra) = im_from_r {
        im += extra;
    }
    Ok(new(re, im))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_cpython() {
        assert_eq!(repr(0.0, 1.0), "1j");
        assert_eq!(repr(1.0, 2.0), "(1+2j)");
        assert_eq!(repr(-0.0, -0.0), "(-0-0j)");
        assert_eq!(repr(0.0, -0.0), "-0j");
        assert_eq!(repr(f64::NAN, f64::INFINITY), "(nan+infj)");
        assert_eq!(repr(0.0, 1e16), "1e+16j");
        assert_eq!(repr(1.5e-7, -2e20), "(1.5e-07-2e+20j)");
        assert_eq!(repr(1.5, 0.0), "(1.5+0j)");
    }

    #[test]
    fn hash_matches_cpython() {
        assert_eq!(hash(0.0, 1.0), 1000003);
        assert_eq!(hash(1.0, 2.0), 2000007);
        assert_eq!(hash(-0.0, -1.0), -2000006);
        assert_eq!(hash(0.0, 1e16), 1894712049423024128);
        assert_eq!(hash(1.5, 0.0), 1152921504606846977);
        assert_eq!(hash(0.0, f64::INFINITY), 314159942477);
    }

    #[test]
    fn parse_forms() {
        assert_eq!(parse("  ( 1+2j )  "), Some((1.0, 2.0)));
        assert_eq!(parse("1 + 2j"), None);
        assert_eq!(parse("1_0j"), Some((0.0, 10.0)));
        assert_eq!(parse("j"), Some((0.0, 1.0)));
        assert_eq!(parse("-J"), Some((0.0, -1.0)));
        assert_eq!(parse("1e+2j"), Some((0.0, 100.0)));
        assert_eq!(parse("1e1-2e-1j"), Some((10.0, -0.2)));
        assert_eq!(parse("1-j"), Some((1.0, -1.0)));
        assert_eq!(parse("(1+2j"), None);
        assert_eq!(parse("1+-2j"), None);
        assert_eq!(parse("1+2"), None);
        assert_eq!(parse(""), None);
        assert!(parse("nan").is_some_and(|z| z.0.is_nan() && z.1 == 0.0));
    }

    #[test]
    fn division_and_powers() {
        assert_eq!(quot((1.0, 0.0), (0.0, 0.0)), None);
        assert_eq!(quot((1.0, 1.0), (1.0, 1.0)), Some((1.0, 0.0)));
        assert_eq!(powu((0.0, 1.0), 2), (-1.0, 0.0));
        let z = powu((f64::INFINITY, 0.0), 2);
        assert!(z.0.is_nan() && z.1.is_nan());
        assert!(matches!(powi((0.0, 0.0), -1), Err(PowErr::Domain)));
        assert!(matches!(
            pow_general((0.0, 0.0), (0.0, 1.0)),
            Err(PowErr::Domain)
        ));
    }
}
