//! Operators and built-ins over the numeric tower (int, bool, float):
//! small-int fast paths first, big ints only on overflow, floats with
//! CPython's rules, and every error in CPython 3.11's words.

use crate::exc::error::{index_error, overflow_error, type_error, value_error, zero_division, R};
use crate::object::{self, type_name, BoolObj, Kind};
use crate::objects::float;
use crate::objects::int::ops as int_ops;
use crate::objects::int::{self, BigIntObj};
use crate::protocol::dispatch::binop_type_error;
use crate::value::Value;
use alrt_abi::ops::{BinOp, CmpOp, UnaryOp};
use dashu_int::IBig;
use std::borrow::Cow;
use std::cmp::Ordering;

// `int()`, `float()` and `round()` live in protocol/num_convert.rs.
pub use crate::protocol::num_convert::{float_from, int_from, round};

/// A numeric operand, read once: small ints and bools as `Int`.
#[derive(Clone, Copy)]
pub(crate) enum Num {
    Int(i64),
    Big(&'static BigIntObj),
    Float(f64),
}

#[inline]
pub(crate) fn classify(v: Value) -> Option<Num> {
    if v.is_small() {
        return Some(Num::Int(v.small()));
    }
    match v.kind() {
        Kind::Int => Some(Num::Big(v.as_ref::<BigIntObj>())),
        Kind::Bool => Some(Num::Int(bool_value(v) as i64)),
        Kind::Float => Some(Num::Float(float::value(v))),
        // An `int` subclass instance is an int (`PyLong_Check`).
        Kind::Instance => match crate::class::instance::payload(v) {
            Some(p) if p.kind() == Kind::Int => classify(p),
            _ => None,
        },
        _ => None,
    }
}

/// An int operand as an `IBig` (a copy of a big int's words).
pub(crate) fn big_of(n: Num) -> Cow<'static, IBig> {
    match n {
        Num::Int(i) => Cow::Owned(IBig::from(i)),
        Num::Big(b) => Cow::Owned(b.to_ibig()),
        // Callers only pass ints; a float here would be a bug, not user input.
        Num::Float(x) => Cow::Owned(float::trunc_to_ibig(x)),
    }
}

pub(crate) fn num_to_f64(n: Num) -> R<f64> {
    match n {
        Num::Int(i) => Ok(i as f64),
        Num::Float(x) => Ok(x),
        Num::Big(b) => int::ibig_to_f64(&b.to_ibig()).ok_or_else(int_too_large),
    }
}

fn int_too_large() -> crate::exc::error::Pending {
    overflow_error("int too large to convert to float")
}

/// The value of a bool object.
#[inline]
pub fn bool_value(v: Value) -> bool {
    v.as_ref::<BoolObj>().value
}

/// Truth of an int, bool or float object (a big int is never zero).
pub fn truthy(v: Value) -> bool {
    match classify(v) {
        Some(Num::Int(i)) => i != 0,
        Some(Num::Float(x)) => x != 0.0,
        _ => true,
    }
}

// ---- comparison ----------------------------------------------------------

/// Numeric comparison: `None` unless both operands are int, bool or float.
/// Int against float is exact, as in CPython (no rounding of the int).
pub fn compare(a: Value, b: Value, op: CmpOp) -> Option<bool> {
    if a.is_small() && b.is_small() {
        return Some(op.test(a.small().cmp(&b.small())));
    }
    let (x, y) = (classify(a)?, classify(b)?);
    Some(match (x, y) {
        (Num::Int(i), Num::Int(j)) => op.test(i.cmp(&j)),
        (Num::Float(p), Num::Float(q)) => float_test(op, p, q),
        (n, Num::Float(q)) => match cmp_int_float(n, q) {
            Some(ord) => op.test(ord),
            None => op == CmpOp::Ne,
        },
        (Num::Float(p), n) => match cmp_int_float(n, p) {
            Some(ord) => op.test(ord.reverse()),
            None => op == CmpOp::Ne,
        },
        (x, y) => op.test(int::linear::cmp(x, y)),
    })
}

fn float_test(op: CmpOp, p: f64, q: f64) -> bool {
    match op {
        CmpOp::Lt => p < q,
        CmpOp::Le => p <= q,
        CmpOp::Eq => p == q,
        CmpOp::Ne => p != q,
        CmpOp::Gt => p > q,
        CmpOp::Ge => p >= q,
    }
}

/// The exact ordering of the int `n` against `f`; `None` when `f` is NaN.
fn cmp_int_float(n: Num, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let Num::Int(i) = n {
        if i.unsigned_abs() <= 1 << 53 {
            // Exact as a double.
            return (i as f64).partial_cmp(&f);
        }
    }
    let fl = f.floor();
    match big_of(n).as_ref().cmp(&float::trunc_to_ibig(fl)) {
        // Equal to floor(f): below f exactly when f has a fraction.
        Ordering::Equal if f > fl => Some(Ordering::Less),
        ord => Some(ord),
    }
}

// ---- binary operators ----------------------------------------------------

/// `a op b` for two numbers (int, bool or float) with Python's semantics.
/// Generated code calls this (through `dispatch::binop`) when inline
/// small-int arithmetic overflows, so two small ints must promote here.
pub fn binop(op: BinOp, a: Value, b: Value) -> R<Value> {
    if a.is_small() && b.is_small() {
        return small_binop(op, a.small(), b.small(), a, b);
    }
    let (Some(x), Some(y)) = (classify(a), classify(b)) else {
        return Err(binop_type_error(op, a, b));
    };
    match (x, y) {
        (Num::Float(_), _) | (_, Num::Float(_)) => {
            if !matches!(
                op,
                BinOp::Add
                    | BinOp::Sub
                    | BinOp::Mul
                    | BinOp::TrueDiv
                    | BinOp::FloorDiv
                    | BinOp::Mod
                    | BinOp::Pow
            ) {
                return Err(binop_type_error(op, a, b));
            }
            float_binop(op, num_to_f64(x)?, num_to_f64(y)?)
        }
        (Num::Int(i), Num::Int(j)) => {
            // bool & bool stays a bool (bool overrides &, | and ^).
            if matches!(op, BinOp::And | BinOp::Or | BinOp::Xor)
                && a.kind() == Kind::Bool
                && b.kind() == Kind::Bool
            {
                let r = match op {
                    BinOp::And => i & j,
                    BinOp::Or => i | j,
                    _ => i ^ j,
                };
                return Ok(object::boolean(r != 0));
            }
            small_binop(op, i, j, a, b)
        }
        _ => big_binop(op, x, y, a, b),
    }
}

/// Both operands fit 63 bits (small ints or bools), so sums and
/// differences cannot overflow an i64 and products fit an i128.
fn small_binop(op: BinOp, x: i64, y: i64, a: Value, b: Value) -> R<Value> {
    Ok(match op {
        BinOp::Add => int::from_i64(x + y),
        BinOp::Sub => int::from_i64(x - y),
        BinOp::Mul => int::from_i128(x as i128 * y as i128),
        BinOp::TrueDiv => {
            if y == 0 {
                return Err(zero_division("division by zero"));
            }
            if x.unsigned_abs() <= 1 << 53 && y.unsigned_abs() <= 1 << 53 {
                float::new(x as f64 / y as f64)
            } else {
                float::new(int_ops::truediv(&IBig::from(x), &IBig::from(y))?)
            }
        }
        BinOp::FloorDiv => {
            if y == 0 {
                return Err(zero_division("integer division or modulo by zero"));
            }
            int::from_i64(floor_div_i64(x, y))
        }
        BinOp::Mod => {
            if y == 0 {
                return Err(zero_division("integer modulo by zero"));
            }
            int::from_i64(floor_mod_i64(x, y))
        }
        BinOp::Pow => return pow_i64(x, y),
        BinOp::LShift => {
            if y < 0 {
                return Err(value_error("negative shift count"));
            }
            if x == 0 {
                return Ok(Value::from_small(0));
            }
            if y < 64 {
                // |x| < 2**63 and y < 64: fits an i128.
                int::from_i128((x as i128) << y)
            } else {
                int_ops::lshift(&IBig::from(x), &IBig::from(y))?
            }
        }
        BinOp::RShift => {
            if y < 0 {
                return Err(value_error("negative shift count"));
            }
            int::from_i64(x >> y.min(63))
        }
        BinOp::And => int::from_i64(x & y),
        BinOp::Or => int::from_i64(x | y),
        BinOp::Xor => int::from_i64(x ^ y),
        BinOp::MatMul => return Err(binop_type_error(op, a, b)),
    })
}

/// `x // y` for `y != 0`; the operands fit 63 bits, so `x / y` cannot overflow.
#[inline]
fn floor_div_i64(x: i64, y: i64) -> i64 {
    let q = x / y;
    if x % y != 0 && ((x < 0) != (y < 0)) {
        q - 1
    } else {
        q
    }
}

/// `x % y` for `y != 0`, with the divisor's sign.
#[inline]
fn floor_mod_i64(x: i64, y: i64) -> i64 {
    let r = x % y;
    if r != 0 && ((r < 0) != (y < 0)) {
        r + y
    } else {
        r
    }
}

/// `x ** y` for word-sized ints: negative exponents give floats.
fn pow_i64(x: i64, y: i64) -> R<Value> {
    if y < 0 {
        return Ok(float::new(float::pow(x as f64, y as f64)?));
    }
    let (mut acc, mut base, mut e) = (1i64, x, y);
    loop {
        if e & 1 == 1 {
            match acc.checked_mul(base) {
                Some(r) => acc = r,
                None => break,
            }
        }
        e >>= 1;
        if e == 0 {
            return Ok(int::from_i64(acc));
        }
        match base.checked_mul(base) {
            Some(r) => base = r,
            None => break,
        }
    }
    int_ops::pow(&IBig::from(x), &IBig::from(y))
}

fn float_binop(op: BinOp, x: f64, y: f64) -> R<Value> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => float::floordiv(x, y)?,
        BinOp::Mod => float::rem(x, y)?,
        // A negative base to a fractional power is a complex number.
        _ if x < 0.0 && x.is_finite() && y.is_finite() && y != y.floor() => {
            let (re, im) = crate::objects::complex::pow((x, 0.0), (y, 0.0))?;
            return Ok(crate::objects::complex::new(re, im));
        }
        _ => float::pow(x, y)?,
    };
    Ok(float::new(r))
}

fn big_binop(op: BinOp, x: Num, y: Num, a: Value, b: Value) -> R<Value> {
    // The linear operations on words first: no copy into dashu's form.
    match op {
        BinOp::Add => return Ok(int::linear::add(x, y, false)),
        BinOp::Sub => return Ok(int::linear::add(x, y, true)),
        BinOp::Mul => {
            if let Some(r) = int::linear::mul(x, y) {
                return Ok(r);
            }
        }
        BinOp::FloorDiv | BinOp::Mod => {
            if let Some((q, r)) = int::linear::divmod(x, y, op == BinOp::Mod) {
                return Ok(r.unwrap_or(q));
            }
        }
        _ => {}
    }
    let (p, q) = (big_of(x), big_of(y));
    let (p, q) = (p.as_ref(), q.as_ref());
    match op {
        BinOp::Add => Ok(int::from_ibig(p + q)),
        BinOp::Sub => Ok(int::from_ibig(p - q)),
        BinOp::Mul => int_ops::mul(p, q),
        BinOp::TrueDiv => Ok(float::new(int_ops::truediv(p, q)?)),
        BinOp::FloorDiv => int_ops::floordiv(p, q),
        BinOp::Mod => int_ops::modulo(p, q),
        BinOp::Pow => {
            if q.sign() == dashu_int::Sign::Negative {
                Ok(float::new(float::pow(num_to_f64(x)?, num_to_f64(y)?)?))
            } else {
                int_ops::pow(p, q)
            }
        }
        BinOp::LShift => int_ops::lshift(p, q),
        BinOp::RShift => int_ops::rshift(p, q),
        BinOp::And => Ok(int::from_ibig(p & q)),
        BinOp::Or => Ok(int::from_ibig(p | q)),
        BinOp::Xor => Ok(int::from_ibig(p ^ q)),
        BinOp::MatMul => Err(binop_type_error(op, a, b)),
    }
}

// ---- unary operators and conversions -------------------------------------

/// `-v`, `+v`, `~v` for a number (bools act as ints: `-True == -1`).
pub fn unary(op: UnaryOp, v: Value) -> R<Value> {
    let Some(n) = classify(v) else {
        return Err(bad_unary(op, v));
    };
    Ok(match (op, n) {
        (UnaryOp::Neg, Num::Int(i)) => int::from_i64(-i),
        (UnaryOp::Neg, Num::Big(b)) => int::from_words(!b.is_negative(), b.words()),
        (UnaryOp::Neg, Num::Float(x)) => float::new(-x),
        (UnaryOp::Pos, Num::Int(i)) => int::from_i64(i),
        (UnaryOp::Pos, _) => v,
        (UnaryOp::Invert, Num::Int(i)) => int::from_i64(!i),
        (UnaryOp::Invert, Num::Big(b)) => int::from_ibig(!b.to_ibig()),
        (UnaryOp::Invert, Num::Float(_)) => return Err(bad_unary(op, v)),
    })
}

fn bad_unary(op: UnaryOp, v: Value) -> crate::exc::error::Pending {
    type_error(format!(
        "bad operand type for unary {}: '{}'",
        op.symbol(),
        type_name(v)
    ))
}

/// An int or bool as an int (bools become 0 or 1; ints are returned as is).
pub fn to_int(v: Value) -> Value {
    if !v.is_small() && v.kind() == Kind::Bool {
        Value::from_small(bool_value(v) as i64)
    } else {
        v
    }
}

/// A number as an f64 (ints correctly rounded), as `float(x)` converts it.
pub fn to_f64(v: Value) -> R<f64> {
    match classify(v) {
        Some(n) => num_to_f64(n),
        None => Err(type_error(format!(
            "must be real number, not {}",
            type_name(v)
        ))),
    }
}

// ---- methods -------------------------------------------------------------

// ---- built-in functions --------------------------------------------------

/// `abs(v)` for a number.
pub fn abs(v: Value) -> R<Value> {
    match classify(v) {
        Some(Num::Int(i)) => Ok(int::from_i64(i.abs())),
        Some(Num::Big(b)) => Ok(int::from_words(false, b.words())),
        Some(Num::Float(x)) => Ok(float::new(x.abs())),
        None => Err(type_error(format!(
            "bad operand type for abs(): '{}'",
            type_name(v)
        ))),
    }
}

/// `divmod(a, b)`: the tuple `(a // b, a % b)`.
pub fn divmod(a: Value, b: Value) -> R<Value> {
    let (Some(x), Some(y)) = (classify(a), classify(b)) else {
        return Err(type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            type_name(a),
            type_name(b)
        )));
    };
    let (q, r) = match (x, y) {
        (Num::Float(_), _) | (_, Num::Float(_)) => {
            let (p, d) = (num_to_f64(x)?, num_to_f64(y)?);
            if d == 0.0 {
                return Err(zero_division("float divmod()"));
            }
            let (q, r) = float::div_mod(p, d);
            (float::new(q), float::new(r))
        }
        (Num::Int(i), Num::Int(j)) => {
            if j == 0 {
                return Err(zero_division("integer division or modulo by zero"));
            }
            (
                int::from_i64(floor_div_i64(i, j)),
                int::from_i64(floor_mod_i64(i, j)),
            )
        }
        _ => {
            if let Some((q, Some(r))) = int::linear::divmod(x, y, true) {
                return Ok(crate::objects::tuple::from_slice(&[q, r]));
            }
            let (p, d) = (big_of(x), big_of(y));
            if *d == IBig::ZERO {
                return Err(zero_division("integer division or modulo by zero"));
            }
            let (q, r) = int_ops::floor_divmod(&p, &d);
            (int::from_ibig(q), int::from_ibig(r))
        }
    };
    Ok(crate::objects::tuple::from_slice(&[q, r]))
}

/// `pow(a, b)` and `pow(a, b, m)`; with a modulus all three must be ints.
pub fn pow(a: Value, b: Value, m: Option<Value>) -> R<Value> {
    let Some(m) = m.filter(|m| !object::is_none(*m)) else {
        return binop(BinOp::Pow, a, b);
    };
    let (Some(a), Some(b), Some(m)) = (int_value(a), int_value(b), int_value(m)) else {
        return Err(type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    };
    int_ops::modpow(&int::to_ibig(a), &int::to_ibig(b), &int::to_ibig(m))
}

/// An int, bool or `int` subclass instance as an int value (no `__index__`).
pub(crate) fn int_value(v: Value) -> Option<Value> {
    match classify(v)? {
        Num::Float(_) => None,
        _ if v.kind() == Kind::Instance => crate::class::instance::payload(v),
        _ => Some(to_int(v)),
    }
}

/// The TypeError for a non-integer where an integer is required.
pub(crate) fn not_an_integer(v: Value) -> crate::exc::error::Pending {
    type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name(v)
    ))
}

/// `PyNumber_Index`: the int value of `v` (bools as 0 or 1, an `int`
/// subclass instance's value, a user object's `__index__`); `None` when `v`
/// has no integer value. Every built-in that wants an integer argument
/// converts through here, so int subclasses are accepted everywhere.
pub fn as_int(v: Value) -> R<Option<Value>> {
    if v.is_small() {
        return Ok(Some(v));
    }
    match v.kind() {
        Kind::Int => Ok(Some(v)),
        Kind::Bool => Ok(Some(Value::from_small(bool_value(v) as i64))),
        _ if crate::class::ops::is_user(v) => crate::class::ops::index(v),
        _ => Ok(None),
    }
}

/// `as_int`, with CPython's TypeError when `v` has no integer value.
pub fn int_arg(v: Value) -> R<Value> {
    as_int(v)?.ok_or_else(|| not_an_integer(v))
}

/// A sequence index: an int or bool that fits a machine word.
pub fn index(v: Value) -> R<i64> {
    match classify(int_arg(v)?) {
        Some(Num::Int(i)) => Ok(i),
        _ => Err(index_error("cannot fit 'int' into an index-sized integer")),
    }
}

fn prefixed(v: Value, radix: u32, prefix: &str) -> R<Value> {
    let v = int_arg(v)?;
    let digits = int::to_radix_string(v, radix);
    let s = match digits.strip_prefix('-') {
        Some(d) => format!("-{prefix}{d}"),
        None => format!("{prefix}{digits}"),
    };
    Ok(crate::objects::str::from_string(s))
}

/// `hex(v)`: `'-0x1f'`.
pub fn hex(v: Value) -> R<Value> {
    prefixed(v, 16, "0x")
}

/// `oct(v)`: `'-0o17'`.
pub fn oct(v: Value) -> R<Value> {
    prefixed(v, 8, "0o")
}

/// `bin(v)`: `'-0b101'`.
pub fn bin(v: Value) -> R<Value> {
    prefixed(v, 2, "0b")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{f, i, s, show};

    #[test]
    fn sequence_indices() {
        assert_eq!(index(i(-5)).unwrap(), -5);
        assert_eq!(index(object::boolean(true)).unwrap(), 1);
        assert!(index(int::from_i128(1 << 70)).is_err());
        assert_eq!(
            show(Err(crate::exc::error::Pending)),
            "!IndexError: cannot fit 'int' into an index-sized integer"
        );
        assert!(index(s("a")).is_err());
        assert_eq!(
            show(Err(crate::exc::error::Pending)),
            "!TypeError: 'str' object cannot be interpreted as an integer"
        );
    }

    #[test]
    fn method_argument_errors() {
        let one = [i(1)];
        assert_eq!(
            show(crate::testing::call_method(
                i(5),
                "bit_length",
                crate::protocol::args::Args::positional(&one)
            )),
            "!TypeError: int.bit_length() takes no arguments (1 given)"
        );
        assert_eq!(
            show(crate::testing::call_method(
                f(1.0),
                "bit_length",
                crate::protocol::args::Args::positional(&[])
            )),
            "!AttributeError: 'float' object has no attribute 'bit_length'"
        );
        assert_eq!(
            show(crate::testing::call_method(
                object::boolean(true),
                "bit_length",
                crate::protocol::args::Args::positional(&[])
            )),
            "1"
        );
    }

    #[test]
    fn builtin_edge_cases() {
        // Expected values from python3.
        assert_eq!(
            show(pow(f(2.0), i(3), Some(i(5)))),
            "!TypeError: pow() 3rd argument not allowed unless all arguments are integers"
        );
        assert_eq!(show(pow(i(2), i(3), Some(object::boolean(true)))), "0");
        assert_eq!(show(pow(i(2), i(10), Some(object::none()))), "1024");
        assert_eq!(
            show(round(f(1.5), Some(f(2.0)))),
            "!TypeError: 'float' object cannot be interpreted as an integer"
        );
        assert_eq!(
            show(round(i(1), Some(f(2.0)))),
            "!TypeError: 'float' object cannot be interpreted as an integer"
        );
        let huge = int::from_i128(1 << 70);
        let neg_huge = int::from_i128(-(1 << 70));
        assert_eq!(show(round(f(2.5), Some(huge))), "2.5");
        assert_eq!(show(round(f(2.5), Some(neg_huge))), "0.0");
        assert_eq!(show(round(i(5), Some(neg_huge))), "0");
        assert_eq!(show(round(i(7), Some(huge))), "7");
        assert_eq!(
            show(round(f(f64::MAX), Some(i(-308)))),
            "!OverflowError: rounded value too large to represent"
        );
        assert_eq!(show(round(f(0.125), Some(i(2)))), "0.12");
        assert_eq!(show(round(f(2.675), Some(i(2)))), "2.67");
        assert_eq!(show(round(f(5e-324), Some(i(323)))), "0.0");
        assert_eq!(show(round(f(2.5e-323), Some(i(323)))), "2e-323");
        assert_eq!(show(round(f(-4.0), Some(i(-1)))), "-0.0");
        assert_eq!(show(round(f(-0.001), Some(i(2)))), "-0.0");
        assert_eq!(show(round(f(1e300), Some(i(-299)))), "1e+300");
        assert_eq!(show(round(f(123.456), Some(i(-2)))), "100.0");
        assert_eq!(show(round(f(0.5), None)), "0");
        assert_eq!(show(round(f(-1.5), None)), "-2");
        assert_eq!(show(round(f(1e20), None)), "100000000000000000000");
        assert_eq!(
            show(round(s("a"), None)),
            "!TypeError: type str doesn't define __round__ method"
        );
        assert_eq!(
            show(hex(f(1.5))),
            "!TypeError: 'float' object cannot be interpreted as an integer"
        );
        assert_eq!(
            show(divmod(s("a"), i(1))),
            "!TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'"
        );
        assert_eq!(
            show(unary(UnaryOp::Neg, s("a"))),
            "!TypeError: bad operand type for unary -: 'str'"
        );
        assert_eq!(compare(i(1), s("a"), CmpOp::Eq), None);
    }

    #[test]
    fn small_int_overflow_promotes() {
        use crate::value::{SMALL_MAX, SMALL_MIN};
        let (max, min) = (i(SMALL_MAX), i(SMALL_MIN));
        assert_eq!(show(binop(BinOp::Add, max, i(1))), "4611686018427387904");
        assert_eq!(show(binop(BinOp::Sub, min, i(1))), "-4611686018427387905");
        assert_eq!(
            show(binop(BinOp::Mul, max, max)),
            "21267647932558653957237540927630737409"
        );
        assert_eq!(
            show(binop(BinOp::FloorDiv, min, i(-1))),
            "4611686018427387904"
        );
        assert_eq!(show(unary(UnaryOp::Neg, min)), "4611686018427387904");
        assert_eq!(
            show(binop(BinOp::Pow, i(3), i(100))),
            "515377520732011331036461129765621272702107522001"
        );
        assert_eq!(
            show(binop(BinOp::LShift, i(-3), i(63))),
            "-27670116110564327424"
        );
        // A big result that shrinks back is small again.
        let big = binop(BinOp::Add, max, i(1)).unwrap();
        assert!(!big.is_small());
        assert!(binop(BinOp::Sub, big, i(1)).unwrap().is_small());
        assert!(binop(BinOp::Sub, big, f(1.0)).is_ok());
    }
}
