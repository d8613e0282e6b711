//! The test deciding that `sqrt(x)` is the double libm's `pow(x, 0.5)`
//! returns, made by rt (`objects::float_pow`) and by generated code's
//! inline `x ** 0.5` alike.
//!
//! glibc's `pow` is not correctly rounded (its documented worst case is
//! 0.54 ULP), so for about 0.08% of doubles it differs from the correctly
//! rounded `sqrt` in the last bit, and CPython prints what `pow` returns.
//! When the exact root lies within 0.44 ULP of `s = sqrt(x)`, every other
//! double is more than 0.56 ULP from it, beyond `pow`'s error, so `pow`
//! returns `s` too. With `s * s = p + e` exactly (Dekker's product) and
//! `r = (x - p) - e`, the exact root is `s + r / 2s` (to 2**-100
//! relative), so the test is `|r| < 0.88 * s * ulp(s)`.

/// The smallest `x` the test takes (2**-900, exclusive): below it the
/// product's error term would be subnormal.
pub const HALF_POWER_LOW: f64 = f64::from_bits((1023 - 900) << 52);
/// The largest `x` the test takes (2**900, exclusive): above it the split
/// of `s` would overflow.
pub const HALF_POWER_HIGH: f64 = f64::from_bits((1023 + 900) << 52);
/// 2**27 + 1, Veltkamp's constant splitting a double into two halves of 26
/// bits whose products are exact.
pub const SPLIT: f64 = 134_217_729.0;
/// The mantissa bits of a double: a root whose are all zero is a power of
/// two, below which doubles are twice as dense, and the test does not
/// take it.
pub const MANTISSA: u64 = (1 << 52) - 1;
/// The exponent bits of a double: `s`'s alone, as a double, is the power
/// of two whose 2**-52th is `ulp(s)`.
pub const EXPONENT: u64 = 0x7ff << 52;
/// `0.88 * 2**-52`: `|r|` must be below this times `s` times `s`'s
/// exponent bits as a double.
pub const HALF_POWER_MARGIN: f64 = 0.88 * f64::EPSILON;
