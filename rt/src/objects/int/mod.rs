//! `int`: small ints are tagged words; values outside the small range are
//! `BigIntObj`s holding a `dashu_int::IBig`. Construction, conversion, text
//! (repr, radix strings, `int()` parsing) and hashing live here; arithmetic
//! is in `objects/int/ops.rs`, operator dispatch in `protocol/num.rs`.

pub mod bytes;
pub mod methods;
pub mod ops;

use crate::object::{Header, Kind, Object, INT_TYPE};
use crate::value::Value;
use dashu_int::ops::{BitTest, UnsignedAbs};
use dashu_int::{IBig, UBig};

/// A big int.
///
/// INVARIANT: `value` never lies in `SMALL_MIN..=SMALL_MAX`; such values are
/// always tagged small ints, so two equal ints have the same representation
/// kind and a `BigIntObj` is never zero.
#[repr(C)]
pub struct BigIntObj {
    pub header: Header,
    pub value: IBig,
}

// SAFETY: repr(C), Header first; every non-small value of kind Int is
// allocated as a BigIntObj (only `big` below creates them).
unsafe impl Object for BigIntObj {
    const KINDS: &'static [Kind] = &[Kind::Int];

    fn trace(&self, _t: &mut crate::gc::Tracer) {}
}

/// The Mersenne prime CPython reduces numeric hashes by (2**61 - 1).
pub const HASH_MODULUS: u64 = (1 << 61) - 1;

/// Largest int result, in bits, rt attempts to build; bigger ones raise
/// `MemoryError` up front (CPython's allocation would fail there too, and an
/// allocation failure must never abort rt).
pub const MAX_BITS: u64 = 1 << 35;

// ---- construction --------------------------------------------------------

/// The int `i`.
#[inline]
pub fn from_i64(i: i64) -> Value {
    match Value::try_small(i) {
        Some(v) => v,
        None => big(IBig::from(i)),
    }
}

/// The int `i`.
#[inline]
pub fn from_i128(i: i128) -> Value {
    match i64::try_from(i) {
        Ok(x) => from_i64(x),
        Err(_) => big(IBig::from(i)),
    }
}

/// The int `i`, tagged when it fits the small range (keeps the invariant).
pub fn from_ibig(i: IBig) -> Value {
    match i64::try_from(&i) {
        Ok(x) => from_i64(x),
        Err(_) => big(i),
    }
}

/// Boxes `i`, which the callers above have checked is outside the small range.
fn big(i: IBig) -> Value {
    Value::from_ref(crate::gc::alloc(BigIntObj {
        header: Header::new(&INT_TYPE),
        value: i,
    }))
}

/// An int literal's value from the compiler's constant table: its magnitude
/// as little-endian bytes (the compiler converted the literal's text once).
pub fn from_literal_bytes(bytes: &[u8]) -> Value {
    from_ibig(IBig::from(dashu_int::UBig::from_le_bytes(bytes)))
}

// ---- conversion ----------------------------------------------------------

/// The big-int payload of `v`, if `v` is a boxed int.
#[inline]
pub fn as_big(v: Value) -> Option<&'static IBig> {
    v.downcast::<BigIntObj>().map(|b| &b.value)
}

/// The value of an int or bool as an `IBig` (0 for anything else; callers
/// check the kind).
pub fn to_ibig(v: Value) -> IBig {
    if v.is_small() {
        IBig::from(v.small())
    } else if let Some(b) = as_big(v) {
        b.clone()
    } else {
        IBig::from(bool_of(v) as i64)
    }
}

/// The value of an int or bool if it fits in an i64 (`None` for big ints
/// and for values of other types).
#[inline]
pub fn as_i64(v: Value) -> Option<i64> {
    if v.is_small() {
        Some(v.small())
    } else if let Some(b) = as_big(v) {
        i64::try_from(b).ok()
    } else if v.kind() == Kind::Bool {
        Some(crate::protocol::num::bool_value(v) as i64)
    } else {
        None
    }
}

fn bool_of(v: Value) -> bool {
    v.kind() == Kind::Bool && crate::protocol::num::bool_value(v)
}

/// True if the int (or bool) is negative.
pub fn is_negative(v: Value) -> bool {
    if v.is_small() {
        v.small() < 0
    } else if let Some(b) = as_big(v) {
        b.sign() == dashu_int::Sign::Negative
    } else {
        false
    }
}

/// The number of bits in `|x|` (`int.bit_length()`).
#[inline]
pub fn bit_length(x: &IBig) -> usize {
    // `BitTest::bit_len` reads the magnitude in place: `unsigned_abs` on a
    // reference would copy every word first (a quarter of `pidigits`' time
    // went there, through the size check of every multiplication).
    x.bit_len()
}

/// `x` converted to the nearest float (ties to even), or `None` when it is
/// too large for a float (CPython's `PyLong_AsDouble`).
pub fn ibig_to_f64(x: &IBig) -> Option<f64> {
    if let Ok(i) = i64::try_from(x) {
        // Rust's int-to-float conversion rounds to nearest, ties to even.
        return Some(i as f64);
    }
    let neg = x.sign() == dashu_int::Sign::Negative;
    let mag = x.unsigned_abs();
    let r = ubig_to_f64(&mag)?;
    Some(if neg { -r } else { r })
}

/// `x` rounded to the nearest float, `None` on overflow.
fn ubig_to_f64(mag: &UBig) -> Option<f64> {
    let n = mag.bit_len();
    if n <= 64 {
        return u64::try_from(mag).ok().map(|m| m as f64);
    }
    let drop = n - 64;
    let top = u64::try_from(&(mag >> drop)).ok()?;
    // Bits shifted out below the 64 kept ones only matter as a sticky bit.
    let sticky = mag.trailing_zeros().is_some_and(|tz| tz < drop);
    crate::objects::float::round_scaled(top, drop as i64, sticky)
}

// ---- text ----------------------------------------------------------------

/// `repr(i)` (also `str(i)`).
pub fn repr(v: Value) -> String {
    to_radix_string(v, 10)
}

/// Decimal text of `n`, formatted into `buf` (no allocation).
pub fn small_int_text(n: i64, buf: &mut [u8; 24]) -> &str {
    let mut pos = buf.len();
    let mut m = n.unsigned_abs();
    loop {
        pos -= 1;
        buf[pos] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    if n < 0 {
        pos -= 1;
        buf[pos] = b'-';
    }
    // ASCII digits and '-': valid UTF-8.
    std::str::from_utf8(&buf[pos..]).unwrap_or("")
}

/// `str(i)` for a small int: the digits written into the new string (no
/// `String` to format into, copy and free: `str(i)` is common in string
/// building).
pub fn small_str(i: i64) -> Value {
    let mut buf = [0u8; 24];
    // One code point per byte.
    let text = small_int_text(i, &mut buf);
    crate::objects::str::from_str_n(text, text.len())
}

/// The digits of `v` in `radix` (2..=36, lowercase) with a leading '-' when
/// negative and no prefix; used by hex/oct/bin and format specs.
pub fn to_radix_string(v: Value, radix: u32) -> String {
    if let Some(i) = as_i64(v) {
        let (sign, m) = if i < 0 {
            ("-", i.unsigned_abs())
        } else {
            ("", i as u64)
        };
        return match radix {
            10 => i.to_string(),
            16 => format!("{sign}{m:x}"),
            8 => format!("{sign}{m:o}"),
            2 => format!("{sign}{m:b}"),
            _ => format!("{}", IBig::from(i).in_radix(radix.clamp(2, 36))),
        };
    }
    let x = to_ibig(v);
    if radix == 10 {
        x.to_string()
    } else {
        format!("{}", x.in_radix(radix.clamp(2, 36)))
    }
}

// ---- hashing -------------------------------------------------------------

/// `hash(i)`: CPython's numeric hash, `|i| mod (2**61 - 1)` carrying the
/// sign, with -1 mapped to -2.
pub fn hash(v: Value) -> i64 {
    if let Some(i) = as_i64(v) {
        return hash_i64(i);
    }
    let owned;
    let x = match as_big(v) {
        Some(b) => b,
        None => {
            owned = to_ibig(v);
            &owned
        }
    };
    let (sign, words) = x.as_sign_words();
    // 2**64 = 8 (mod 2**61 - 1): fold the words from the top down.
    let mut acc: u64 = 0;
    for &w in words.iter().rev() {
        let t = ((acc as u128) << 64) | w as u128;
        acc = (t % HASH_MODULUS as u128) as u64;
    }
    let h = acc as i64;
    finish_hash(if sign == dashu_int::Sign::Negative {
        -h
    } else {
        h
    })
}

/// The hash of the int `i`.
#[inline]
pub fn hash_i64(i: i64) -> i64 {
    let m = (i.unsigned_abs() % HASH_MODULUS) as i64;
    finish_hash(if i < 0 { -m } else { m })
}

/// -1 is reserved for errors in CPython's C API, so hashes map it to -2.
#[inline]
pub fn finish_hash(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

// ---- parsing -------------------------------------------------------------

/// The value of the Unicode decimal digit `c` (category Nd), as CPython's
/// `int()` and `float()` accept them.
pub fn decimal_digit(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    let cp = c as u32;
    // Every Nd run in Unicode 14 (CPython 3.11) is ten consecutive code
    // points starting at the zero listed here.
    const ZEROS: [u32; 65] = [
        0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
        0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
        0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
        0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0,
        0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0,
        0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
    ];
    let idx = ZEROS.partition_point(|&z| z <= cp);
    let zero = *ZEROS.get(idx.checked_sub(1)?)?;
    (cp - zero < 10).then_some(cp - zero)
}

/// Maps non-ASCII decimal digits to ASCII ones, as CPython does before
/// parsing numbers; `None` when the text is ASCII already.
pub fn ascii_digits(s: &str) -> Option<String> {
    if s.is_ascii() {
        return None;
    }
    Some(
        s.chars()
            .map(|c| match decimal_digit(c) {
                Some(d) if !c.is_ascii() => char::from(b'0' + d as u8),
                _ => c,
            })
            .collect(),
    )
}

/// Parses `s` as `int(s, base)` does: surrounding whitespace, a sign, an
/// optional `0x`/`0o`/`0b` prefix (base 0 infers the base from it and then
/// rejects leading zeros), single underscores between digits. `None` when
/// the text is not a valid literal; `base` must be 0 or 2..=36.
pub fn parse(s: &str, base: u32) -> Option<Value> {
    let converted = ascii_digits(s);
    let s = converted
        .as_deref()
        .unwrap_or(s)
        .trim_matches(char::is_whitespace);
    let (neg, body) = match s.as_bytes().first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    let b = body.as_bytes();
    let mut base = base;
    let mut digits = b;
    let mut after_prefix = false;
    if b.len() >= 2 && b[0] == b'0' {
        let prefix_base = match b[1].to_ascii_lowercase() {
            b'x' => 16,
            b'o' => 8,
            b'b' => 2,
            _ => 0,
        };
        if prefix_base != 0 && (base == 0 || base == prefix_base) {
            base = prefix_base;
            digits = &b[2..];
            after_prefix = true;
        }
    }
    let infer_decimal = base == 0;
    if infer_decimal {
        base = 10;
    }
    if !(2..=36).contains(&base) {
        return None;
    }
    // Validate and strip underscores; an underscore may follow a prefix or a
    // digit, never another underscore, and the text must end with a digit.
    let mut clean: Vec<u8> = Vec::with_capacity(digits.len());
    let mut prev_digit = false;
    let mut allow_underscore = after_prefix;
    for &c in digits {
        if c == b'_' {
            if !(prev_digit || allow_underscore) {
                return None;
            }
            prev_digit = false;
            allow_underscore = false;
            continue;
        }
        if !(c as char).is_digit(base) {
            return None;
        }
        clean.push(c);
        prev_digit = true;
        allow_underscore = false;
    }
    if !prev_digit {
        return None;
    }
    // Base 0 (a Python literal): a decimal number may not start with 0
    // unless it is all zeros.
    if infer_decimal && !after_prefix && clean[0] == b'0' && clean.iter().any(|&c| c != b'0') {
        return None;
    }
    let text = std::str::from_utf8(&clean).ok()?;
    if clean.len() <= 18 && base <= 10 || clean.len() <= 12 {
        // Fits an i64 for sure: 36**12 < 2**63 and 10**18 < 2**63.
        let m = i64::from_str_radix(text, base).ok()?;
        return Some(from_i64(if neg { -m } else { m }));
    }
    let m = UBig::from_str_radix(text, base).ok()?;
    let x = IBig::from(m);
    Some(from_ibig(if neg { -x } else { x }))
}

#[cfg(test)]
mod tests {
    #[test]
    fn small_int_text_formats() {
        let mut buf = [0u8; 24];
        assert_eq!(super::small_int_text(0, &mut buf), "0");
        assert_eq!(super::small_int_text(-42, &mut buf), "-42");
        assert_eq!(
            super::small_int_text(crate::value::SMALL_MIN, &mut buf),
            crate::value::SMALL_MIN.to_string()
        );
        assert_eq!(
            super::small_int_text(i64::MIN, &mut buf),
            i64::MIN.to_string()
        );
    }

    use super::*;
    use crate::value::{SMALL_MAX, SMALL_MIN};

    #[test]
    fn small_str_writes_the_decimal_digits() {
        for i in [0, 7, -7, 10, -10, 99, 123456789, SMALL_MIN, SMALL_MAX] {
            assert_eq!(crate::objects::str::as_str(small_str(i)), i.to_string());
        }
    }

    fn big_of(s: &str) -> Value {
        parse(s, 10).unwrap()
    }

    #[test]
    fn small_and_big_construction_keep_the_invariant() {
        assert!(from_i64(SMALL_MAX).is_small());
        assert!(from_i64(SMALL_MIN).is_small());
        assert!(!from_i64(SMALL_MAX + 1).is_small());
        assert!(!from_i64(SMALL_MIN - 1).is_small());
        assert!(!from_i64(i64::MIN).is_small());
        assert!(from_i128(-5).is_small());
        assert!(!from_i128(i128::MAX).is_small());
        assert!(from_ibig(IBig::from(SMALL_MIN)).is_small());
        assert_eq!(from_ibig(IBig::from(7)).small(), 7);
        assert_eq!(as_i64(from_i64(i64::MIN)), Some(i64::MIN));
        assert_eq!(as_i64(from_i128(1 << 70)), None);
        assert!(is_negative(from_i128(-(1 << 70))));
        assert!(!is_negative(from_i128(1 << 70)));
        assert_eq!(to_ibig(crate::object::boolean(true)), IBig::from(1));
    }

    #[test]
    fn repr_and_radix() {
        assert_eq!(repr(from_i64(-42)), "-42");
        assert_eq!(
            repr(big_of("123456789012345678901234567890")),
            "123456789012345678901234567890"
        );
        assert_eq!(to_radix_string(from_i64(-31), 16), "-1f");
        assert_eq!(to_radix_string(from_i64(8), 8), "10");
        assert_eq!(to_radix_string(from_i64(-5), 2), "-101");
        assert_eq!(to_radix_string(from_i64(0), 2), "0");
        assert_eq!(to_radix_string(from_i64(35), 36), "z");
        // python3: hex(-2**100) == '-0x10000000000000000000000000'
        assert_eq!(
            to_radix_string(from_ibig(-(IBig::from(1) << 100)), 16),
            "-10000000000000000000000000"
        );
        assert_eq!(to_radix_string(from_i64(i64::MIN), 16), "-8000000000000000");
    }

    #[test]
    fn hashes_match_cpython() {
        // Values from python3.
        assert_eq!(hash(from_i64(-1)), -2);
        assert_eq!(hash(from_i64(-2)), -2);
        assert_eq!(hash(from_i128((1 << 61) - 1)), 0);
        assert_eq!(hash(from_i128(1 << 61)), 1);
        assert_eq!(hash(from_i128(-(1 << 61))), -2);
        assert_eq!(hash(from_i64(i64::MAX)), 3);
        assert_eq!(hash(from_i64(i64::MIN)), -4);
        // python3: hash(10**30), hash(-3**100)
        assert_eq!(
            hash(big_of("1000000000000000000000000000000")),
            465258685558744706
        );
        let m3 = from_ibig(-IBig::from(3).pow(100));
        assert_eq!(hash(m3), -1175369268131054105);
    }

    #[test]
    fn parse_follows_int_rules() {
        let p = |s: &str, b: u32| parse(s, b).map(repr);
        assert_eq!(p(" -1_000 ", 10).as_deref(), Some("-1000"));
        assert_eq!(p("0x1f", 0).as_deref(), Some("31"));
        assert_eq!(p("0x1f", 16).as_deref(), Some("31"));
        assert_eq!(p("0X_1F", 16).as_deref(), Some("31"));
        assert_eq!(p("-0x1f", 0).as_deref(), Some("-31"));
        assert_eq!(p("0b101", 0).as_deref(), Some("5"));
        assert_eq!(p("0o17", 8).as_deref(), Some("15"));
        assert_eq!(p("0b1", 16).as_deref(), Some("177"));
        assert_eq!(p("0_0", 0).as_deref(), Some("0"));
        assert_eq!(p("00", 0).as_deref(), Some("0"));
        assert_eq!(p("010", 10).as_deref(), Some("10"));
        assert_eq!(p("z", 36).as_deref(), Some("35"));
        assert_eq!(p("\u{663}", 10).as_deref(), Some("3"));
        assert_eq!(p("\u{3000}12\u{a0}", 10).as_deref(), Some("12"));
        assert_eq!(
            p("9".repeat(30).as_str(), 10).as_deref(),
            Some("9".repeat(30).as_str())
        );
        assert_eq!(
            p("-9223372036854775808", 10).as_deref(),
            Some("-9223372036854775808")
        );
        for bad in [
            "010", "1__0", "_1", "1_", "+ 1", "", "  ", "0x", "0x_", "--1", "1.0", "\x1c12",
        ] {
            assert_eq!(p(bad, 0), None, "{bad:?}");
        }
        for bad in ["1__0", "_1", "1_", "abc", "0x1f", "12a", "\x1c12\x1f"] {
            assert_eq!(p(bad, 10), None, "{bad:?}");
        }
        assert_eq!(p("12", 2), None);
        assert_eq!(p("0o17", 16), None);
    }

    #[test]
    fn int_to_float_rounds_to_nearest_even() {
        // python3: float(2**53 + 1) == 9007199254740992.0, float(2**53+3) == 9007199254740996.0
        let two53 = IBig::from(1u64 << 53);
        assert_eq!(
            ibig_to_f64(&(&two53 + IBig::from(1))),
            Some(9007199254740992.0)
        );
        assert_eq!(
            ibig_to_f64(&(&two53 + IBig::from(3))),
            Some(9007199254740996.0)
        );
        // Above 64 bits, with a sticky bit just past half.
        let x = (IBig::from((1u64 << 53) + 1) << 100) + IBig::from(1);
        assert_eq!(
            ibig_to_f64(&x),
            Some(((1u64 << 53) + 2) as f64 * 2f64.powi(100))
        );
        let x = IBig::from((1u64 << 53) + 1) << 100;
        assert_eq!(ibig_to_f64(&x), Some((1u64 << 53) as f64 * 2f64.powi(100)));
        assert_eq!(ibig_to_f64(&(IBig::from(1) << 1024)), None);
        // 2**1024 - 2**970 rounds up to 2**1024: too large (python3 agrees).
        let x = (IBig::from(1) << 1024) - (IBig::from(1) << 970);
        assert_eq!(ibig_to_f64(&x), None);
        let x = (IBig::from(1) << 1024) - (IBig::from(1) << 971);
        assert_eq!(ibig_to_f64(&x), Some(f64::MAX));
        assert_eq!(
            ibig_to_f64(&-(IBig::from(1) << 100)),
            Some(-(2f64.powi(100)))
        );
    }
}
