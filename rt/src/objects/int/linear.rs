//! The linear-time int operations on big ints, computed on their words
//! without dashu: `+`, `-`, comparison, `*` by a one-word operand, and
//! `//`, `%` and `divmod` by one word or with a one-word quotient. These are most of what big-int programs
//! do (pidigits, factorials); each result is written once, straight into
//! its new cell (`int::build`).

use crate::objects::int::{self, limbs};
use crate::protocol::num::Num;
use crate::value::Value;
use std::cmp::Ordering;

/// An int operand as a sign and a magnitude (see `limbs`), borrowing a
/// big int's words or one word of `buf` for a small int.
fn view(n: Num, buf: &mut [u64; 1]) -> (bool, &[u64]) {
    match n {
        Num::Big(b) => (b.is_negative(), b.words()),
        Num::Int(i) => {
            buf[0] = i.unsigned_abs();
            (i < 0, &buf[..usize::from(i != 0)])
        }
        // Callers pass ints only.
        Num::Float(_) => (false, &buf[..0]),
    }
}

/// The exact ordering of two ints.
pub(crate) fn cmp(x: Num, y: Num) -> Ordering {
    let (mut bx, mut by) = ([0], [0]);
    let ((nx, a), (ny, b)) = (view(x, &mut bx), view(y, &mut by));
    match (nx, ny) {
        (false, true) => Ordering::Greater,
        (true, false) => Ordering::Less,
        (false, false) => limbs::cmp(a, b),
        (true, true) => limbs::cmp(b, a),
    }
}

/// `x + y`, or `x - y` when `negate_y`.
pub(crate) fn add(x: Num, y: Num, negate_y: bool) -> Value {
    let (mut bx, mut by) = ([0], [0]);
    let ((nx, a), (ny, b)) = (view(x, &mut bx), view(y, &mut by));
    let ny = ny != (negate_y && !b.is_empty());
    if nx == ny {
        let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
        return int::build(nx, long.len() + 1, &mut |out| limbs::add(long, short, out));
    }
    // Opposite signs: the larger magnitude's sign wins.
    match limbs::cmp(a, b) {
        Ordering::Equal => Value::from_small(0),
        Ordering::Greater => int::build(nx, a.len(), &mut |out| limbs::sub(a, b, out)),
        Ordering::Less => int::build(ny, b.len(), &mut |out| limbs::sub(b, a, out)),
    }
}

/// `x * y` when one of them fits a word; `None` otherwise (dashu's
/// sub-quadratic multiplication does the rest).
pub(crate) fn mul(x: Num, y: Num) -> Option<Value> {
    let (mut bx, mut by) = ([0], [0]);
    let ((nx, a), (ny, b)) = (view(x, &mut bx), view(y, &mut by));
    let (long, w) = match (a, b) {
        (_, [w]) => (a, *w),
        ([w], _) => (b, *w),
        ([], _) | (_, []) => return Some(Value::from_small(0)),
        _ => return None,
    };
    Some(int::build(nx != ny, long.len() + 1, &mut |out| {
        limbs::mul_word(long, w, out)
    }))
}

/// `(x // y, x % y)` (floor division) when `y` is not zero and fits a
/// word, or the quotient does; `None` otherwise. The remainder is only
/// computed when `want_rem`.
pub(crate) fn divmod(x: Num, y: Num, want_rem: bool) -> Option<(Value, Option<Value>)> {
    let (mut bx, mut by) = ([0], [0]);
    let ((nx, a), (ny, b)) = (view(x, &mut bx), view(y, &mut by));
    // With opposite signs and a remainder, the floor is one further from
    // zero than the truncated quotient, and the remainder is |y| - rem.
    let differ = nx != ny;
    if let &[w] = b {
        let mut rem = 0;
        // (|x| < |y| gives 0 + 1: the floor -1.)
        let q = int::build(differ, a.len(), &mut |out| {
            rem = limbs::divrem_word(a, w, out);
            if differ && rem != 0 {
                limbs::increment(out);
            }
        });
        let r = if differ && rem != 0 { w - rem } else { rem };
        return Some((q, want_rem.then(|| int::from_sign_word(ny, r))));
    }
    let (q, rem) = limbs::divrem_one_word_quotient(a, b)?;
    let rem = &rem[..int::normalized_len(&rem)];
    let q = if differ && !rem.is_empty() {
        int::from_i128(-(q as i128) - 1)
    } else {
        int::from_sign_word(differ, q)
    };
    let r = want_rem.then(|| {
        if differ && !rem.is_empty() {
            int::build(ny, b.len(), &mut |out| limbs::sub(b, rem, out))
        } else {
            int::from_words(ny, rem)
        }
    });
    Some((q, r))
}

#[cfg(test)]
mod tests {
    use super::*;
    use dashu_int::IBig;

    fn num(v: Value) -> Num {
        crate::protocol::num::classify(v).unwrap()
    }

    fn ibig(v: Value) -> IBig {
        int::to_ibig(v)
    }

    /// Ints around the word and small-int boundaries, of both signs.
    fn samples() -> Vec<Value> {
        let mut out = vec![];
        let one = IBig::from(1);
        let bases = [
            IBig::from(0),
            IBig::from(1),
            IBig::from(7),
            IBig::from(crate::value::SMALL_MAX),
            IBig::from(crate::value::SMALL_MAX) + 1,
            IBig::from(u64::MAX),
            (&one << 64) + 1,
            (&one << 128) - 1,
            (&one << 191) + IBig::from(12345),
            IBig::from(3).pow(200),
        ];
        for b in bases {
            for d in [-1i64, 0, 1] {
                let x = &b + IBig::from(d);
                out.push(int::from_ibig(x.clone()));
                out.push(int::from_ibig(-x));
            }
        }
        out
    }

    #[test]
    fn linear_ops_agree_with_dashu() {
        let xs = samples();
        for &x in &xs {
            for &y in &xs {
                let (p, q) = (ibig(x), ibig(y));
                assert_eq!(cmp(num(x), num(y)), p.cmp(&q), "{p} cmp {q}");
                assert_eq!(ibig(add(num(x), num(y), false)), &p + &q, "{p} + {q}");
                assert_eq!(ibig(add(num(x), num(y), true)), &p - &q, "{p} - {q}");
                if let Some(m) = mul(num(x), num(y)) {
                    assert_eq!(ibig(m), &p * &q, "{p} * {q}");
                }
                if let Some((d, Some(m))) = divmod(num(x), num(y), true) {
                    let (fd, fm) = crate::objects::int::ops::floor_divmod(&p, &q);
                    assert_eq!((ibig(d), ibig(m)), (fd, fm), "divmod({p}, {q})");
                }
            }
        }
    }

    #[test]
    fn results_in_the_small_range_are_tagged() {
        let big = int::from_ibig(IBig::from(crate::value::SMALL_MAX) + 1);
        assert!(add(num(big), Num::Int(1), true).is_small());
        assert!(add(num(big), num(big), true).is_small());
        let neg = int::from_ibig(-IBig::from(crate::value::SMALL_MAX) - 1);
        assert!(neg.is_small());
        assert!(divmod(num(big), Num::Int(2), false).unwrap().0.is_small());
    }
}
