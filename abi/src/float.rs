//! The test deciding that `sqrt(x)` is the double libm's `pow(x, 0.5)`
//! returns, made by rt (`objects::float_pow`) and by generated code's
//! inline `x ** 0.5` alike (`compiler/src/lower/fast.rs` emits the
//! operations of [`root_is_close`] one by one).
//!
//! glibc's `pow` is not correctly rounded (its documented worst case is
//! 0.54 ULP), so for about 0.08% of doubles it differs from the correctly
//! rounded `sqrt` in the last bit, and CPython prints what `pow` returns.
//! When the exact root lies within 0.44 ULP of `s = sqrt(x)`, every other
//! double is more than 0.56 ULP from it, beyond `pow`'s error, so `pow`
//! returns `s` too. The exact root is `s + r / 2s` (to 2**-100 relative)
//! where `r = x - s * s`, so the test is `|r| < 0.88 * s * ulp(s)`. In
//! integers: with `s = M * 2**E` (`M` its 53-bit significand, so
//! `ulp(s) = 2**E`) and `x = X * 2**2E`, it is `|X - M * M| < 0.88 * M`,
//! and since `|X - M * M| < 2**55` for a correctly rounded root, the low 64
//! bits of each side are enough.

/// The smallest `x` the test takes (2**-900, exclusive): far from the
/// subnormals, whose significands have no implicit bit.
pub const HALF_POWER_LOW: f64 = f64::from_bits((1023 - 900) << 52);
/// The largest `x` the test takes (2**900, exclusive).
pub const HALF_POWER_HIGH: f64 = f64::from_bits((1023 + 900) << 52);
/// The mantissa bits of a double: a root whose are all zero is a power of
/// two, below which doubles are twice as dense, and the test does not
/// take it.
pub const MANTISSA: u64 = (1 << 52) - 1;
/// The implicit leading bit of a normal double's 53-bit significand.
pub const IMPLICIT: u64 = 1 << 52;
/// The position of the exponent bits.
pub const EXPONENT_SHIFT: u32 = 52;
/// `X = x`'s significand shifted left by its exponent field plus this,
/// less twice `s`'s (the shift is 52 or 53).
pub const ROOT_SHIFT_BIAS: u64 = 1075;
/// `|X - M * M|` must be below `M - (M >> ROOT_MARGIN_SHIFT)`: 0.875 M,
/// within the 0.88 M the argument allows.
pub const ROOT_MARGIN_SHIFT: u32 = 3;

/// The test on the bits of `x` (a double strictly between
/// [`HALF_POWER_LOW`] and [`HALF_POWER_HIGH`]) and of `s`, its correctly
/// rounded square root: true when `s` is certainly what `pow(x, 0.5)`
/// returns.
pub fn root_is_close(x: u64, s: u64) -> bool {
    let mant = s & MANTISSA;
    if mant == 0 {
        return false;
    }
    let m = mant | IMPLICIT;
    let mx = (x & MANTISSA) | IMPLICIT;
    let shift = (x >> EXPONENT_SHIFT) + ROOT_SHIFT_BIAS - 2 * (s >> EXPONENT_SHIFT);
    let d = (mx.wrapping_shl(shift as u32)).wrapping_sub(m.wrapping_mul(m)) as i64;
    d.unsigned_abs() < m - (m >> ROOT_MARGIN_SHIFT)
}
