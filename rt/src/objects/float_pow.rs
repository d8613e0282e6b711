//! `x ** 0.5` without libm's `pow` where that provably gives the same
//! double: `sqrt` is about five times cheaper, and the test that it agrees
//! (and why it is sound) is `alrt_abi::float`'s, which generated code's
//! inline `x ** 0.5` makes too.

use alrt_abi::float::{root_is_close, HALF_POWER_HIGH, HALF_POWER_LOW};

/// `x ** 0.5` as libm's `pow(x, 0.5)` returns it, for a finite `x > 0`.
#[inline]
pub fn half_power(x: f64) -> f64 {
    sqrt_if_pow_agrees(x).unwrap_or_else(|| libm_pow(x, 0.5))
}

/// libm's `pow(x, y)`. The exponent passes through `black_box`: LLVM
/// rewrites `pow(x, 0.5)` with a constant exponent as `sqrt(x)`, taking
/// `pow` to be correctly rounded, which glibc's is not.
#[inline]
pub fn libm_pow(x: f64, y: f64) -> f64 {
    x.powf(std::hint::black_box(y))
}

/// `sqrt(x)` when it is certainly what `pow(x, 0.5)` returns, else `None`
/// (about an eighth of all doubles, and those outside the test's range).
#[inline]
pub fn sqrt_if_pow_agrees(x: f64) -> Option<f64> {
    if !(x > HALF_POWER_LOW && x < HALF_POWER_HIGH) {
        return None;
    }
    let s = x.sqrt();
    root_is_close(x.to_bits(), s.to_bits()).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A xorshift generator: the test needs many doubles, not good ones.
    fn next(state: &mut u64) -> u64 {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        *state
    }

    #[test]
    fn agrees_with_libm_pow_on_random_doubles() {
        let mut state = 0x9e37_79b9_7f4a_7c15;
        let mut taken = 0;
        let n = 2_000_000;
        for i in 0..n {
            // Every exponent, and numbers of the size programs compute.
            let x = if i % 2 == 0 {
                f64::from_bits(next(&mut state) >> 1)
            } else {
                (next(&mut state) >> 11) as f64 / (1u64 << 40) as f64
            };
            if !(x > 0.0 && x.is_finite()) {
                continue;
            }
            assert_eq!(half_power(x).to_bits(), libm_pow(x, 0.5).to_bits(), "{x:e}");
            taken += usize::from(sqrt_if_pow_agrees(x).is_some());
        }
        // Most inputs take the fast path.
        assert!(taken > n * 8 / 10, "{taken}");
    }

    #[test]
    fn roots_near_a_midpoint_call_pow() {
        // (m + ulp/2)**2 has a root half-way between two doubles.
        let m = 1.2345678901234567_f64;
        let half = f64::from_bits(m.to_bits() + 1) - m;
        let x = (m + half / 2.0) * (m + half / 2.0);
        assert_eq!(half_power(x).to_bits(), libm_pow(x, 0.5).to_bits());
        let edge = [4.0, 0.25, 1.0, 2.0f64.powi(-899), 2.0f64.powi(899)];
        for x in edge {
            assert_eq!(half_power(x).to_bits(), libm_pow(x, 0.5).to_bits(), "{x:e}");
        }
    }
}
