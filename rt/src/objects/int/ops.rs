//! Int arithmetic beyond the small-int fast paths of `protocol/num.rs`: floor
//! division, correctly rounded true division, powers (also modular), shifts
//! and rounding, on `IBig`s, with CPython's errors and size limits.

use crate::exc;
use crate::exc::error::{raise, raise_empty, value_error, zero_division, R};
use crate::objects::int::{self, from_ibig, MAX_BITS};
use crate::value::Value;
use dashu_int::fast_div::ConstDivisor;
use dashu_int::ops::{BitTest, DivRem, UnsignedAbs};
use dashu_int::{IBig, Sign, UBig};

/// CPython's limit on the number of 30-bit digits of an int
/// (`MAX_LONG_DIGITS` on 64-bit builds); beyond it: "too many digits".
const MAX_LONG_DIGITS: u128 = ((i64::MAX as u128) - 24) / 4;

/// The MemoryError CPython raises when an int result cannot be allocated.
pub fn memory_error() -> crate::exc::error::Pending {
    raise_empty(&exc::MEMORY_ERROR)
}

fn is_neg(x: &IBig) -> bool {
    x.sign() == Sign::Negative
}

/// `(a // b, a % b)` with the quotient rounded toward negative infinity;
/// `b` is not zero.
pub fn floor_divmod(a: &IBig, b: &IBig) -> (IBig, IBig) {
    let (q, r) = a.div_rem(b);
    if r != IBig::ZERO && is_neg(&r) != is_neg(b) {
        (q - IBig::ONE, r + b)
    } else {
        (q, r)
    }
}

/// `a // b`
pub fn floordiv(a: &IBig, b: &IBig) -> R<Value> {
    if *b == IBig::ZERO {
        return Err(zero_division("integer division or modulo by zero"));
    }
    Ok(from_ibig(floor_divmod(a, b).0))
}

/// `a % b` (the result takes the divisor's sign).
pub fn modulo(a: &IBig, b: &IBig) -> R<Value> {
    if *b == IBig::ZERO {
        return Err(zero_division("integer modulo by zero"));
    }
    Ok(from_ibig(floor_divmod(a, b).1))
}

/// `a * b`, refusing results too large to allocate.
pub fn mul(a: &IBig, b: &IBig) -> R<Value> {
    if (int::bit_length(a) + int::bit_length(b)) as u64 > MAX_BITS {
        return Err(memory_error());
    }
    Ok(from_ibig(a * b))
}

/// `a / b`, correctly rounded like CPython's `long_true_divide`.
pub fn truediv(a: &IBig, b: &IBig) -> R<f64> {
    if *b == IBig::ZERO {
        return Err(zero_division("division by zero"));
    }
    let negate = is_neg(a) != is_neg(b);
    let signed = |x: f64| if negate { -x } else { x };
    if *a == IBig::ZERO {
        return Ok(signed(0.0));
    }
    let (ma, mb) = (a.unsigned_abs(), b.unsigned_abs());
    let (la, lb) = (ma.bit_len() as i64, mb.bit_len() as i64);
    if la <= 53 && lb <= 53 {
        // Both exact as doubles: IEEE division rounds correctly.
        let (x, y) = (u64::try_from(&ma), u64::try_from(&mb));
        if let (Ok(x), Ok(y)) = (x, y) {
            return Ok(signed(x as f64 / y as f64));
        }
    }
    let diff = la - lb;
    // a/b lies in (2**(diff-1), 2**(diff+1)).
    if diff > 1025 {
        return Err(too_large_quotient());
    }
    if diff < -1080 {
        return Ok(signed(0.0));
    }
    // Scale so the quotient has 55 or 56 bits: enough for a round bit and a
    // sticky bit beyond a double's 53, whatever the result's exponent.
    let shift = 55 - diff;
    let (q, r) = if shift >= 0 {
        (ma << shift as usize).div_rem(&mb)
    } else {
        ma.div_rem(&(mb << (-shift) as usize))
    };
    let q = u64::try_from(&q).map_err(|_| too_large_quotient())?;
    match crate::objects::float::round_scaled(q, -shift, !r.is_zero()) {
        Some(x) => Ok(signed(x)),
        None => Err(too_large_quotient()),
    }
}

fn too_large_quotient() -> crate::exc::error::Pending {
    raise(
        &exc::OVERFLOW_ERROR,
        "integer division result too large for a float",
    )
}

/// `a ** b` for `b >= 0`.
pub fn pow(a: &IBig, b: &IBig) -> R<Value> {
    debug_assert!(!is_neg(b));
    if *b == IBig::ZERO {
        return Ok(Value::from_small(1));
    }
    let mag = a.unsigned_abs();
    if mag.is_zero() || mag.is_one() {
        // 0, 1 and -1 stay small whatever the exponent.
        let odd = b.bit(0);
        let r = if is_neg(a) && !odd {
            IBig::ONE
        } else {
            a.clone()
        };
        return Ok(from_ibig(r));
    }
    let e = match usize::try_from(b) {
        Ok(e) => e,
        Err(_) => return Err(memory_error()),
    };
    // The result has at least (bits(|a|) - 1) * e bits.
    let min_bits = (mag.bit_len() as u128 - 1) * e as u128;
    if min_bits > MAX_BITS as u128 {
        return Err(memory_error());
    }
    Ok(from_ibig(a.pow(e)))
}

/// `a << n`
pub fn lshift(a: &IBig, n: &IBig) -> R<Value> {
    if is_neg(n) {
        return Err(value_error("negative shift count"));
    }
    if *a == IBig::ZERO {
        return Ok(Value::from_small(0));
    }
    let Ok(n) = u128::try_from(n) else {
        return Err(too_many_digits());
    };
    // CPython works in 30-bit digits: it reports results with more digits
    // than it can ever address as OverflowError, smaller impossible ones as
    // MemoryError.
    let bits = int::bit_length(a) as u128;
    let digits = bits.div_ceil(30) + n / 30 + u128::from(n % 30 != 0);
    if n / 30 >= (i64::MAX as u128) / 4 || digits > MAX_LONG_DIGITS {
        return Err(too_many_digits());
    }
    if bits + n > MAX_BITS as u128 {
        return Err(memory_error());
    }
    Ok(from_ibig(a << n as usize))
}

fn too_many_digits() -> crate::exc::error::Pending {
    raise(&exc::OVERFLOW_ERROR, "too many digits in integer")
}

/// `a >> n` (rounds toward negative infinity).
pub fn rshift(a: &IBig, n: &IBig) -> R<Value> {
    if is_neg(n) {
        return Err(value_error("negative shift count"));
    }
    match usize::try_from(n) {
        Ok(n) if n < int::bit_length(a) => Ok(from_ibig(a >> n)),
        _ => Ok(Value::from_small(if is_neg(a) { -1 } else { 0 })),
    }
}

/// `round(a, -k)` for `k > 0`: the nearest multiple of `10**k`, ties to even.
pub fn round_to_pow10(a: &IBig, k: u64) -> Value {
    // 10**k > 8**k >= 2**(bits + 1) > 2|a|: every such multiple but 0 is farther.
    if k.saturating_mul(3) > int::bit_length(a) as u64 + 1 {
        return Value::from_small(0);
    }
    let p = IBig::from(10).pow(k as usize);
    let (mut q, r) = floor_divmod(a, &p);
    let twice: IBig = r * IBig::from(2);
    if twice > p || (twice == p && q.bit(0)) {
        q += IBig::ONE;
    }
    from_ibig(q * p)
}

/// `pow(a, b, m)` for ints: a negative `b` uses the modular inverse of `a`;
/// the result has the sign of `m`.
pub fn modpow(a: &IBig, b: &IBig, m: &IBig) -> R<Value> {
    if *m == IBig::ZERO {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let mm: UBig = m.unsigned_abs();
    if mm.is_one() {
        return Ok(Value::from_small(0));
    }
    let e: UBig = b.unsigned_abs();
    let r: UBig = match (i64::try_from(a), u64::try_from(&mm), u64::try_from(&e)) {
        (Ok(x), Ok(md), Ok(ex)) if !is_neg(b) => UBig::from(small_modpow(x, ex, md)),
        _ => {
            let ring = ConstDivisor::new(mm.clone());
            let mut base = ring.reduce(a.clone());
            if is_neg(b) {
                base = base
                    .inv()
                    .ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
            }
            base.pow(&e).residue()
        }
    };
    let r = IBig::from(r);
    Ok(from_ibig(if is_neg(m) && r != IBig::ZERO {
        r - IBig::from(mm)
    } else {
        r
    }))
}

/// `x ** e mod m` for word-sized operands, `m > 1`.
fn small_modpow(x: i64, mut e: u64, m: u64) -> u64 {
    let m128 = m as u128;
    let mut base = (x as i128).rem_euclid(m as i128) as u128;
    let mut acc: u128 = 1;
    while e > 0 {
        if e & 1 == 1 {
            acc = acc * base % m128;
        }
        e >>= 1;
        if e > 0 {
            base = base * base % m128;
        }
    }
    acc as u64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::int::repr;
    use crate::testing::err_text;

    fn ib(s: &str) -> IBig {
        s.parse().unwrap()
    }

    #[test]
    fn floor_division_rounds_down() {
        // python3: divmod(2**64, -3) == (-6148914691236517206, -2)
        let (q, r) = floor_divmod(&ib("18446744073709551616"), &IBig::from(-3));
        assert_eq!((q, r), (ib("-6148914691236517206"), IBig::from(-2)));
        // python3: (-2**64) % 7 == 5
        assert_eq!(
            floor_divmod(&ib("-18446744073709551616"), &IBig::from(7)).1,
            IBig::from(5)
        );
        assert!(floordiv(&IBig::ONE, &IBig::ZERO).is_err());
        assert_eq!(
            err_text(),
            "ZeroDivisionError: integer division or modulo by zero"
        );
        assert!(modulo(&IBig::ONE, &IBig::ZERO).is_err());
        assert_eq!(err_text(), "ZeroDivisionError: integer modulo by zero");
    }

    #[test]
    fn true_division_is_correctly_rounded() {
        let p400 = IBig::from(10).pow(400);
        let p399 = IBig::from(10).pow(399);
        assert_eq!(truediv(&p400, &p399).unwrap(), 10.0);
        assert_eq!(truediv(&IBig::ONE, &p400).unwrap(), 0.0);
        assert!(truediv(&IBig::from(-1), &p400).unwrap().is_sign_negative());
        assert!(truediv(&IBig::ZERO, &IBig::from(-5))
            .unwrap()
            .is_sign_negative());
        assert!(truediv(&p400, &IBig::ONE).is_err());
        assert_eq!(
            err_text(),
            "OverflowError: integer division result too large for a float"
        );
        assert!(truediv(&IBig::ONE, &IBig::ZERO).is_err());
        assert_eq!(err_text(), "ZeroDivisionError: division by zero");
        // Values from python3.
        let a = ib("123456789012345678901234567890");
        let b = ib("987654321098765432109876543");
        assert_eq!(truediv(&a, &b).unwrap(), 124.9999988609375);
        let x = truediv(&(IBig::ONE << 1100), &(IBig::from(3) << 2100)).unwrap();
        assert_eq!(crate::objects::float::repr(x), "3.110878728344063e-302");
        assert_eq!(truediv(&IBig::ONE, &(IBig::ONE << 1100)).unwrap(), 0.0);
        // python3: (2**1100 + 1) / 3**1340 == 6.17325058210197e-309 (subnormal)
        let x = truediv(&((IBig::ONE << 1100) + IBig::ONE), &IBig::from(3).pow(1340)).unwrap();
        assert_eq!(crate::objects::float::repr(x), "6.17325058210197e-309");
        // python3: (2**60 + 1) / 3 == 3.843071682022823e+17
        assert_eq!(
            truediv(&((IBig::ONE << 60) + IBig::ONE), &IBig::from(3)).unwrap(),
            3.843071682022823e+17
        );
    }

    #[test]
    fn powers_and_their_limits() {
        assert_eq!(
            repr(pow(&IBig::from(3), &IBig::from(40)).unwrap()),
            "12157665459056928801"
        );
        assert_eq!(
            repr(pow(&IBig::from(-1), &(IBig::ONE << 100)).unwrap()),
            "1"
        );
        assert_eq!(
            repr(pow(&IBig::from(-1), &((IBig::ONE << 100) + IBig::ONE)).unwrap()),
            "-1"
        );
        assert_eq!(repr(pow(&IBig::ZERO, &(IBig::ONE << 100)).unwrap()), "0");
        assert!(pow(&IBig::from(2), &(IBig::ONE << 64)).is_err());
        assert_eq!(err_text(), "MemoryError: ");
    }

    #[test]
    fn shifts_like_cpython() {
        let big = IBig::ONE << 100;
        assert_eq!(
            repr(rshift(&-big.clone(), &(IBig::ONE << 70)).unwrap()),
            "-1"
        );
        assert_eq!(repr(rshift(&big, &(IBig::ONE << 70)).unwrap()), "0");
        assert_eq!(repr(rshift(&IBig::from(-5), &IBig::from(1)).unwrap()), "-3");
        assert_eq!(repr(lshift(&IBig::ZERO, &(IBig::ONE << 70)).unwrap()), "0");
        assert!(lshift(&IBig::ONE, &(IBig::ONE << 64)).is_err());
        assert_eq!(err_text(), "MemoryError: ");
        assert!(lshift(&IBig::ONE, &(IBig::ONE << 40)).is_err());
        assert_eq!(err_text(), "MemoryError: ");
        assert!(lshift(&IBig::ONE, &(IBig::ONE << 100)).is_err());
        assert_eq!(err_text(), "OverflowError: too many digits in integer");
        assert!(lshift(&IBig::ONE, &IBig::from(-1)).is_err());
        assert_eq!(err_text(), "ValueError: negative shift count");
        assert_eq!(
            repr(lshift(&IBig::from(-3), &IBig::from(100)).unwrap()),
            "-3802951800684688204490109616128"
        );
    }

    #[test]
    fn rounding_to_powers_of_ten() {
        // Values from python3.
        let r = |a: i64, k: u64| repr(round_to_pow10(&IBig::from(a), k));
        assert_eq!(r(15, 1), "20");
        assert_eq!(r(25, 1), "20");
        assert_eq!(r(-25, 1), "-20");
        assert_eq!(r(-5, 1), "0");
        assert_eq!(r(5, 1000), "0");
        assert_eq!(r(1234567, 3), "1235000");
        assert_eq!(
            repr(round_to_pow10(&(IBig::ONE << 70), 5)),
            "1180591620717411300000"
        );
    }

    #[test]
    fn modular_powers() {
        // Values from python3.
        let mp = |a: i64, b: i64, m: i64| {
            modpow(&IBig::from(a), &IBig::from(b), &IBig::from(m)).map(repr)
        };
        assert_eq!(mp(2, -1, 7).unwrap(), "4");
        assert_eq!(mp(2, 3, -5).unwrap(), "-2");
        assert_eq!(mp(3, 4, 1).unwrap(), "0");
        assert_eq!(mp(3, 4, -1).unwrap(), "0");
        assert_eq!(mp(-3, 3, 7).unwrap(), "1");
        assert_eq!(mp(-3, -3, 7).unwrap(), "1");
        assert!(mp(2, -1, 4).is_err());
        assert_eq!(
            err_text(),
            "ValueError: base is not invertible for the given modulus"
        );
        assert!(mp(0, -1, 5).is_err());
        assert_eq!(
            err_text(),
            "ValueError: base is not invertible for the given modulus"
        );
        assert!(mp(2, 3, 0).is_err());
        assert_eq!(err_text(), "ValueError: pow() 3rd argument cannot be 0");
        let r = modpow(&IBig::from(2), &(IBig::ONE << 100), &IBig::from(10).pow(20)).unwrap();
        assert_eq!(repr(r), "82488460983335387136");
        let r = modpow(&IBig::from(10).pow(400), &IBig::from(-1), &IBig::from(7)).unwrap();
        assert_eq!(repr(r), "2");
    }
}
