//! The integer side of `math`: `floor`, `ceil` and `trunc` (ints out, the
//! `__floor__`/`__ceil__`/`__trunc__` protocol), and the exact big-int
//! functions `isqrt`, `gcd`, `lcm`, `factorial`, `comb`, `perm`, `prod`.

use super::{as_double, bind, one};
use crate::builtins::args::check_count;
use crate::exc::error::{overflow_error, type_error, value_error, R};
use crate::object::{self, type_name};
use crate::objects::float;
use crate::objects::func::BuiltinObj;
use crate::objects::int::{self, ops::memory_error, MAX_BITS};
use crate::protocol::args::Args;
use crate::protocol::dispatch;
use crate::protocol::num::{self, Num};
use crate::value::Value;
use alrt_abi::ops::BinOp;
use dashu_int::ops::{BitTest, Gcd, SquareRoot, UnsignedAbs};
use dashu_int::{IBig, UBig};

/// `math.floor(x)`
pub static FLOOR: BuiltinObj = BuiltinObj::new("floor", |a| {
    rounded(one("math.floor", &a)?, "__floor__", f64::floor)
});
/// `math.ceil(x)`
pub static CEIL: BuiltinObj = BuiltinObj::new("ceil", |a| {
    rounded(one("math.ceil", &a)?, "__ceil__", f64::ceil)
});
/// `math.trunc(x)`
pub static TRUNC: BuiltinObj = BuiltinObj::new("trunc", trunc);
/// `math.isqrt(n)`
pub static ISQRT: BuiltinObj = BuiltinObj::new("isqrt", isqrt);
/// `math.gcd(*integers)`
pub static GCD: BuiltinObj = BuiltinObj::new("gcd", gcd);
/// `math.lcm(*integers)`
pub static LCM: BuiltinObj = BuiltinObj::new("lcm", lcm);
/// `math.factorial(n)`
pub static FACTORIAL: BuiltinObj =
    BuiltinObj::new("factorial", |a| factorial(one("math.factorial", &a)?));
/// `math.perm(n, k=None)`
pub static PERM: BuiltinObj = BuiltinObj::new("perm", perm);
/// `math.comb(n, k)`
pub static COMB: BuiltinObj = BuiltinObj::new("comb", comb);
/// `math.prod(iterable, *, start=1)`
pub static PROD: BuiltinObj = BuiltinObj::new("prod", prod);

// ---- floor, ceil, trunc -------------------------------------------------------------

/// `int(x)` of an integral float: OverflowError for infinities, ValueError
/// for NaN, with `int()`'s messages.
fn float_to_int(x: f64) -> R<Value> {
    if x.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    Ok(int::from_ibig(float::trunc_to_ibig(x)))
}

/// `floor`/`ceil`: an exact float directly; else the type's `special`
/// method (an int's is the int itself), else the value as a float.
fn rounded(v: Value, special: &str, f: fn(f64) -> f64) -> R<Value> {
    if crate::class::ops::is_user(v) {
        if let Some(r) = crate::class::ops::call_optional(v, special, &[])? {
            return Ok(r);
        }
    }
    match num::classify(v) {
        Some(Num::Float(x)) => float_to_int(f(x)),
        Some(Num::Int(i)) => Ok(int::from_i64(i)),
        Some(Num::Big(_)) => Ok(crate::class::instance::unwrap(v)),
        None => float_to_int(f(as_double(v)?)),
    }
}

fn trunc(args: Args) -> R<Value> {
    let v = one("math.trunc", &args)?;
    if crate::class::ops::is_user(v) {
        if let Some(r) = crate::class::ops::call_optional(v, "__trunc__", &[])? {
            return Ok(r);
        }
    }
    match num::classify(v) {
        Some(Num::Float(x)) => float_to_int(x.trunc()),
        Some(Num::Int(i)) => Ok(int::from_i64(i)),
        Some(Num::Big(_)) => Ok(crate::class::instance::unwrap(v)),
        None => Err(type_error(format!(
            "type {} doesn't define __trunc__ method",
            type_name(v)
        ))),
    }
}

// ---- isqrt, gcd, lcm ------------------------------------------------------------------

/// `PyNumber_Index` as an `IBig`.
fn index_big(v: Value) -> R<IBig> {
    Ok(int::to_ibig(num::int_arg(v)?))
}

fn isqrt(args: Args) -> R<Value> {
    let n = index_big(one("math.isqrt", &args)?)?;
    if n.sign() == dashu_int::Sign::Negative {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(int::from_ibig(IBig::from(n.unsigned_abs().sqrt())))
}

fn gcd(args: Args) -> R<Value> {
    args.no_kwargs("math.gcd")?;
    let Some((&first, rest)) = args.pos.split_first() else {
        return Ok(Value::from_small(0));
    };
    let mut res = index_big(first)?.unsigned_abs();
    for &v in rest {
        let x = index_big(v)?.unsigned_abs();
        // Once the gcd is 1 the rest are only checked to be integers.
        if res == UBig::ONE {
            continue;
        }
        res = if res == UBig::ZERO {
            x
        } else if x == UBig::ZERO {
            res
        } else {
            (&res).gcd(&x)
        };
    }
    Ok(int::from_ibig(IBig::from(res)))
}

fn lcm(args: Args) -> R<Value> {
    args.no_kwargs("math.lcm")?;
    let Some((&first, rest)) = args.pos.split_first() else {
        return Ok(Value::from_small(1));
    };
    let mut res = index_big(first)?.unsigned_abs();
    for &v in rest {
        let x = index_big(v)?.unsigned_abs();
        // Once the lcm is 0 the rest are only checked to be integers.
        if res == UBig::ZERO {
            continue;
        }
        if x == UBig::ZERO {
            res = UBig::ZERO;
            continue;
        }
        if res.bit_len() as u64 + x.bit_len() as u64 > MAX_BITS {
            return Err(memory_error());
        }
        let g = (&res).gcd(&x);
        res = &res / &g * &x;
    }
    Ok(int::from_ibig(IBig::from(res)))
}

// ---- factorial, perm, comb --------------------------------------------------------------

/// The product of the integers in `lo..=hi` (1 when empty), by binary
/// splitting so the big multiplications are balanced.
fn range_product(lo: u64, hi: u64) -> UBig {
    if lo > hi {
        return UBig::ONE;
    }
    if hi - lo < 32 {
        let mut out = UBig::ONE;
        let mut acc: u64 = 1;
        for k in lo..=hi {
            match acc.checked_mul(k) {
                Some(p) => acc = p,
                None => {
                    out *= UBig::from(acc);
                    acc = k;
                }
            }
        }
        return out * UBig::from(acc);
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

/// `n * (n-1) * ... * (n-k+1)` for a big `n` (`k <= n`), by splitting.
fn falling_product(n: &UBig, k: u64) -> UBig {
    match k {
        0 => UBig::ONE,
        1 => n.clone(),
        _ => {
            let j = k / 2;
            let a = falling_product(n, j);
            let b = falling_product(&(n - UBig::from(j)), k - j);
            a * b
        }
    }
}

/// Raises MemoryError up front when a result of about `bits` bits would be
/// beyond what rt builds (CPython would exhaust memory or never finish).
fn check_bits(bits: f64) -> R<()> {
    if bits > MAX_BITS as f64 {
        Err(memory_error())
    } else {
        Ok(())
    }
}

fn factorial(v: Value) -> R<Value> {
    let n = num::int_arg(v)?;
    let n = match num::classify(n) {
        Some(Num::Int(i)) if i >= 0 => i as u64,
        Some(Num::Big(b)) if !b.is_negative() => {
            return Err(overflow_error(format!(
                "factorial() argument should not exceed {}",
                i64::MAX
            )))
        }
        _ => return Err(value_error("factorial() not defined for negative values")),
    };
    // log2(n!) < n * log2(n)
    check_bits(n as f64 * (n.max(2) as f64).log2())?;
    Ok(int::from_ibig(IBig::from(range_product(2, n))))
}

/// The two arguments of `perm`/`comb` as non-negative big ints, with
/// CPython's checks in its order.
fn n_and_k(n: Value, k: Value) -> R<(UBig, UBig)> {
    let n = index_big(n)?;
    let k = index_big(k)?;
    if n.sign() == dashu_int::Sign::Negative {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.sign() == dashu_int::Sign::Negative {
        return Err(value_error("k must be a non-negative integer"));
    }
    Ok((n.unsigned_abs(), k.unsigned_abs()))
}

fn perm(args: Args) -> R<Value> {
    args.no_kwargs("math.perm")?;
    check_count("perm", args.pos.len(), 1, 2)?;
    let k = match args.pos.get(1) {
        Some(&k) if !object::is_none(k) => k,
        _ => return factorial(args.pos[0]),
    };
    let (n, k) = n_and_k(args.pos[0], k)?;
    if n < k {
        return Ok(Value::from_small(0));
    }
    let k = match u64::try_from(&k) {
        Ok(k) if k <= i64::MAX as u64 => k,
        _ => return Err(k_too_large("k")),
    };
    check_bits(k as f64 * n.bit_len() as f64)?;
    let r = match u64::try_from(&n) {
        Ok(small) => range_product(small - k + 1, small),
        Err(_) => falling_product(&n, k),
    };
    Ok(int::from_ibig(IBig::from(r)))
}

fn k_too_large(what: &str) -> crate::exc::error::Pending {
    overflow_error(format!("{what} must not exceed {}", i64::MAX))
}

fn comb(args: Args) -> R<Value> {
    args.no_kwargs("math.comb")?;
    check_count("comb", args.pos.len(), 2, 2)?;
    let (n, k) = n_and_k(args.pos[0], args.pos[1])?;
    if k > n {
        return Ok(Value::from_small(0));
    }
    let rest = &n - &k;
    let k = if rest < k { rest } else { k };
    let k = match u64::try_from(&k) {
        Ok(k) if k <= i64::MAX as u64 => k,
        _ => return Err(k_too_large("min(n - k, k)")),
    };
    // The falling product of k terms is the largest intermediate.
    check_bits(k as f64 * n.bit_len() as f64)?;
    let top = match u64::try_from(&n) {
        Ok(small) => range_product(small - k + 1, small),
        Err(_) => falling_product(&n, k),
    };
    Ok(int::from_ibig(IBig::from(top / range_product(2, k))))
}

// ---- prod -------------------------------------------------------------------------------

fn prod(args: Args) -> R<Value> {
    let [iterable, start] = bind("prod", &args, ["iterable", "start"], 1, 1, 1)?;
    let it = dispatch::iter(iterable.unwrap_or_else(object::none))?;
    let mut result = start.unwrap_or(Value::from_small(1));
    while let Some(item) = dispatch::next(it)? {
        result = dispatch::binop(BinOp::Mul, result, item)?;
    }
    Ok(result)
}
