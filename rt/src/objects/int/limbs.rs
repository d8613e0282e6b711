//! Word kernels over big-int magnitudes: little-endian `u64` slices with
//! no high zero words (zero is the empty slice). Each writes its result
//! into a caller's slice in one pass over its operands, so a result is
//! written once, straight into its new cell (dashu's `&a op &b` copies `a`
//! first and then works in place).

use std::cmp::Ordering;

/// Compares two magnitudes.
pub fn cmp(a: &[u64], b: &[u64]) -> Ordering {
    if a.len() != b.len() {
        return a.len().cmp(&b.len());
    }
    for (x, y) in a.iter().rev().zip(b.iter().rev()) {
        if x != y {
            return x.cmp(y);
        }
    }
    Ordering::Equal
}

/// `out = a + b` for `a.len() >= b.len()`; `out.len() == a.len() + 1`.
pub fn add(a: &[u64], b: &[u64], out: &mut [u64]) {
    debug_assert!(a.len() >= b.len() && out.len() == a.len() + 1);
    let n = b.len();
    let mut carry = false;
    for ((o, &x), &y) in out[..n].iter_mut().zip(&a[..n]).zip(b) {
        let (s, c1) = x.overflowing_add(y);
        let (s, c2) = s.overflowing_add(carry as u64);
        *o = s;
        carry = c1 | c2;
    }
    let mut i = n;
    // The carry stops at the first word that is not all ones; the rest is
    // a copy.
    while carry && i < a.len() {
        let (s, c) = a[i].overflowing_add(1);
        out[i] = s;
        carry = c;
        i += 1;
    }
    out[i..a.len()].copy_from_slice(&a[i..]);
    out[a.len()] = carry as u64;
}

/// `out = a - b` for `a >= b`; `out.len() == a.len()` (high words of the
/// result may be zero).
pub fn sub(a: &[u64], b: &[u64], out: &mut [u64]) {
    debug_assert!(cmp(a, b) != Ordering::Less && out.len() == a.len());
    let n = b.len();
    let mut borrow = false;
    for ((o, &x), &y) in out[..n].iter_mut().zip(&a[..n]).zip(b) {
        let (d, b1) = x.overflowing_sub(y);
        let (d, b2) = d.overflowing_sub(borrow as u64);
        *o = d;
        borrow = b1 | b2;
    }
    let mut i = n;
    while borrow {
        // `a >= b`: a borrow always ends inside `a`.
        let (d, b) = a[i].overflowing_sub(1);
        out[i] = d;
        borrow = b;
        i += 1;
    }
    out[i..].copy_from_slice(&a[i..]);
}

/// `out = a * w`; `out.len() == a.len() + 1`.
pub fn mul_word(a: &[u64], w: u64, out: &mut [u64]) {
    debug_assert!(out.len() == a.len() + 1);
    let mut carry = 0u64;
    for (o, &x) in out.iter_mut().zip(a) {
        let p = x as u128 * w as u128 + carry as u128;
        *o = p as u64;
        carry = (p >> 64) as u64;
    }
    out[a.len()] = carry;
}

/// `out = a / w`, returning `a % w`, for `w != 0`; `out.len() == a.len()`.
pub fn divrem_word(a: &[u64], w: u64, out: &mut [u64]) -> u64 {
    debug_assert!(w != 0 && out.len() == a.len());
    let mut rem = 0u64;
    for (o, &x) in out.iter_mut().zip(a).rev() {
        // rem < w, so the quotient word fits.
        let cur = (rem as u128) << 64 | x as u128;
        *o = (cur / w as u128) as u64;
        rem = (cur % w as u128) as u64;
    }
    rem
}

/// `a += 1` in place, for an `a` that does not overflow its words.
pub fn increment(a: &mut [u64]) {
    for x in a.iter_mut() {
        let (s, c) = x.overflowing_add(1);
        *x = s;
        if !c {
            return;
        }
    }
    debug_assert!(false, "increment overflowed its words");
}

/// `acc -= b` in place, for `acc >= b` (`acc` keeps its length).
pub fn sub_assign(acc: &mut [u64], b: &[u64]) {
    let mut borrow = false;
    for (i, x) in acc.iter_mut().enumerate() {
        let y = b.get(i).copied().unwrap_or(0);
        if i >= b.len() && !borrow {
            break;
        }
        let (d, b1) = x.overflowing_sub(y);
        let (d, b2) = d.overflowing_sub(borrow as u64);
        *x = d;
        borrow = b1 | b2;
    }
    debug_assert!(!borrow, "sub_assign below zero");
}

/// `acc = a - acc` in place, for `a >= acc` and `acc.len() >= a.len()`
/// (the words of `acc` beyond `a`'s are zero).
fn rsub_assign(acc: &mut [u64], a: &[u64]) {
    let mut borrow = false;
    for (x, &y) in acc.iter_mut().zip(a) {
        let (d, b1) = y.overflowing_sub(*x);
        let (d, b2) = d.overflowing_sub(borrow as u64);
        *x = d;
        borrow = b1 | b2;
    }
    debug_assert!(!borrow, "rsub_assign below zero");
}

/// `|w| >> k` truncated to 128 bits.
fn shr_u128(w: &[u64], k: usize) -> u128 {
    let (i, s) = (k / 64, k % 64);
    let get = |j: usize| w.get(j).copied().unwrap_or(0) as u128;
    let x = get(i) | get(i + 1) << 64;
    if s == 0 {
        x
    } else {
        (x >> s) | get(i + 2) << (128 - s)
    }
}

/// The number of bits of a magnitude.
pub fn bit_len(w: &[u64]) -> usize {
    w.last()
        .map_or(0, |top| 64 * w.len() - top.leading_zeros() as usize)
}

/// `(a / b, a % b)` when `b` has two words or more and the quotient fits
/// a word (pidigits' `big // big` shape): the quotient estimated from the
/// top 128 and 64 bits, then corrected by at most a few steps; `None` when
/// the quotient may not fit. The remainder has `max(a.len(), b.len() + 1)`
/// words, the high ones possibly zero.
pub fn divrem_one_word_quotient(a: &[u64], b: &[u64]) -> Option<(u64, Vec<u64>)> {
    let (bits_a, bits_b) = (bit_len(a), bit_len(b));
    if b.len() < 2 || bits_a > bits_b + 63 {
        return None;
    }
    let mut rem = vec![0u64; a.len().max(b.len() + 1)];
    if bits_a < bits_b {
        rem[..a.len()].copy_from_slice(a);
        return Some((0, rem));
    }
    // b's top 64 bits are at least 2**63, and a >> k has at most 127 bits,
    // so the estimate fits a word and is within 2 of the quotient.
    let k = bits_b - 64;
    let b_top = shr_u128(b, k) as u64;
    let mut q = (shr_u128(a, k) / b_top as u128) as u64;
    mul_word(b, q, &mut rem[..b.len() + 1]);
    while cmp(&rem[..normalized(&rem)], a) == Ordering::Greater {
        q -= 1;
        sub_assign(&mut rem, b);
    }
    rsub_assign(&mut rem, a);
    while cmp(&rem[..normalized(&rem)], b) != Ordering::Less {
        q += 1;
        sub_assign(&mut rem, b);
    }
    Some((q, rem))
}

fn normalized(w: &[u64]) -> usize {
    crate::objects::int::normalized_len(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use dashu_int::UBig;

    /// A deterministic generator of magnitudes with long runs of zero and
    /// all-one words (where carries and borrows travel).
    struct Gen(u64);

    impl Gen {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn word(&mut self) -> u64 {
            match self.next() % 4 {
                0 => 0,
                1 => u64::MAX,
                _ => self.next(),
            }
        }

        fn mag(&mut self, max_len: usize) -> Vec<u64> {
            let n = (self.next() % (max_len as u64 + 1)) as usize;
            let mut v: Vec<u64> = (0..n).map(|_| self.word()).collect();
            let len = crate::objects::int::normalized_len(&v);
            v.truncate(len);
            v
        }
    }

    fn ubig(w: &[u64]) -> UBig {
        UBig::from_words(w)
    }

    fn trimmed(mut v: Vec<u64>) -> Vec<u64> {
        v.truncate(crate::objects::int::normalized_len(&v));
        v
    }

    #[test]
    fn kernels_agree_with_dashu() {
        let mut g = Gen(0x9e37_79b9_7f4a_7c15);
        for _ in 0..3000 {
            let (x, y) = (g.mag(6), g.mag(6));
            let (a, b) = if cmp(&x, &y) == Ordering::Less {
                (y, x)
            } else {
                (x, y)
            };
            assert_eq!(cmp(&a, &b), ubig(&a).cmp(&ubig(&b)));
            assert_eq!(cmp(&b, &a), ubig(&b).cmp(&ubig(&a)));
            let mut out = vec![0; a.len() + 1];
            add(&a, &b, &mut out);
            assert_eq!(trimmed(out), (ubig(&a) + ubig(&b)).as_words().to_vec());
            let mut out = vec![0; a.len()];
            sub(&a, &b, &mut out);
            let diff = ubig(&a) - ubig(&b);
            assert_eq!(ubig(&out), diff);
            let w = g.word();
            let mut out = vec![0; a.len() + 1];
            mul_word(&a, w, &mut out);
            assert_eq!(ubig(&out), ubig(&a) * UBig::from(w));
            let w = g.word().max(1);
            let mut out = vec![0; a.len()];
            let r = divrem_word(&a, w, &mut out);
            assert_eq!(ubig(&out), ubig(&a) / UBig::from(w));
            assert_eq!(UBig::from(r), ubig(&a) % UBig::from(w));
            let b = g.mag(4);
            if let Some((q, r)) = divrem_one_word_quotient(&a, &b) {
                assert_eq!(UBig::from(q), ubig(&a) / ubig(&b));
                assert_eq!(ubig(&r), ubig(&a) % ubig(&b));
            }
        }
    }

    #[test]
    fn one_word_quotients_near_the_estimate_limits() {
        let mut g = Gen(12345);
        for _ in 0..3000 {
            let b = g.mag(5);
            if b.len() < 2 {
                continue;
            }
            // Quotients up to 2**63 - 1: bits(a) <= bits(b) + 63.
            let q = g.word() >> 1;
            let mut a = vec![0; b.len() + 1];
            mul_word(&b, q, &mut a);
            // b * q + d for d in {0, 1, b - 1} (when below b).
            for d in [vec![], vec![1], {
                let mut m = b.clone();
                sub_assign(&mut m, &[1]);
                m
            }] {
                let mut x = vec![0; a.len() + 1];
                add(&a, &d, &mut x);
                let x = trimmed(x);
                let (qq, r) = divrem_one_word_quotient(&x, &b).expect("fits a word");
                assert_eq!(UBig::from(qq), ubig(&x) / ubig(&b));
                assert_eq!(ubig(&r), ubig(&x) % ubig(&b));
            }
        }
    }

    #[test]
    fn carries_and_borrows_run_through_every_word() {
        let ones = [u64::MAX; 3];
        let mut out = [7; 4];
        add(&ones, &[1], &mut out);
        assert_eq!(out, [0, 0, 0, 1]);
        let mut out = [7; 4];
        sub(&[0, 0, 0, 1], &[1], &mut out);
        assert_eq!(out, [u64::MAX, u64::MAX, u64::MAX, 0]);
        let mut a = [u64::MAX, u64::MAX, 0];
        increment(&mut a);
        assert_eq!(a, [0, 0, 1]);
    }
}
