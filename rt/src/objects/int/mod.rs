//! `int`: small ints are tagged words; values outside the small range are
//! `BigIntObj`s holding a sign and magnitude words. Construction,
//! conversion (to and from `dashu_int::IBig`), text (repr, radix strings,
//! `int()` parsing) and hashing live here; the linear arithmetic is in
//! `objects/int/linear.rs` (on words), the rest in `objects/int/ops.rs` (on
//! dashu), operator dispatch in `protocol/num.rs`.

pub mod bytes;
pub mod limbs;
pub mod linear;
pub mod methods;
pub mod ops;

use crate::object::{ByteObject, Header, Kind, Object, INT_TYPE};
use crate::value::Value;
use dashu_int::ops::{BitTest, UnsignedAbs};
use dashu_int::{IBig, UBig};
use std::cell::Cell;

/// A big int: its sign and magnitude words (little-endian, the top one
/// non-zero), after the object in its GC cell, or, with the
/// `OUT_OF_LINE` flag, in the boxed slice of a [`LongInt`] (magnitudes
/// too large for a size-classed cell). The arithmetic of
/// `objects/int/linear.rs` writes results straight into a new cell; dashu
/// computes everything else on a copy (`to_ibig`).
///
/// INVARIANT: the value never lies in `SMALL_MIN..=SMALL_MAX`; such values
/// are always tagged small ints, so two equal ints have the same
/// representation kind and a `BigIntObj` is never zero.
#[repr(C)]
pub struct BigIntObj {
    pub header: Header,
    /// The number of magnitude words (set once, after they are written).
    len: Cell<u32>,
    neg: bool,
}

/// A big int whose words are in a buffer of their own.
#[repr(C)]
struct LongInt {
    int: BigIntObj,
    words: Box<[u64]>,
}

/// The most words a big int keeps in its cell: the largest size class
/// (64 KiB) less the object.
const INLINE_MAX_WORDS: usize = (crate::gc::MAX_BYTES_CELL - std::mem::size_of::<BigIntObj>()) / 8;

/// Set in a `BigIntObj`'s header flags when it is a `LongInt`.
const OUT_OF_LINE: u32 = 1;

// SAFETY: repr(C), Header first; every non-small value of kind Int is a
// BigIntObj (only `build` below creates them), allocated with its words
// by `gc::alloc_words` or as the prefix of a `LongInt`.
unsafe impl Object for BigIntObj {
    const KINDS: &'static [Kind] = &[Kind::Int];

    const LEAF: bool = true;

    fn trace(&self, _t: &mut crate::gc::Tracer) {}
}

// SAFETY: a `BigIntObj` has no drop glue; no other type uses slot 3.
unsafe impl ByteObject for BigIntObj {
    const VAR_SLOT: usize = 3;
}

// SAFETY: repr(C) with a BigIntObj (so a Header) first; a LongInt is only
// read through its BigIntObj prefix or by `as_long` for the `OUT_OF_LINE`
// flag, which only LongInts have, and the fixed `int` space holds only
// LongInts.
unsafe impl Object for LongInt {
    const KINDS: &'static [Kind] = &[Kind::Int];

    const LEAF: bool = true;

    fn trace(&self, _t: &mut crate::gc::Tracer) {}

    fn borrowed_buffer(&self) -> Option<(usize, usize)> {
        // rt may hold only a `&[u64]` of the words across an allocation:
        // `linear`'s operands while `build` allocates the result.
        Some((
            self.words.as_ptr() as usize,
            std::mem::size_of_val(&*self.words),
        ))
    }
}

impl BigIntObj {
    /// The magnitude's words, least significant first (never empty).
    #[inline]
    pub fn words(&self) -> &[u64] {
        let n = self.len.get() as usize;
        if self.header.flags.get() & OUT_OF_LINE == 0 {
            // SAFETY: without the flag the object was allocated by
            // `alloc_words` with at least `len` words (`build`).
            unsafe { crate::gc::var_words(self, n) }
        } else {
            &self.as_long().words[..n]
        }
    }

    /// The `LongInt` this int is; only for the `OUT_OF_LINE` flag.
    #[inline]
    fn as_long(&self) -> &LongInt {
        debug_assert!(self.header.flags.get() & OUT_OF_LINE != 0);
        // SAFETY: only `build` sets `OUT_OF_LINE`, on the prefix of a
        // `LongInt`; the address takes the provenance exposed when the
        // object's pointer became a `Value`.
        unsafe { &*std::ptr::with_exposed_provenance::<LongInt>(self as *const BigIntObj as usize) }
    }

    /// True for a negative value.
    #[inline]
    pub fn is_negative(&self) -> bool {
        self.neg
    }

    /// The number of bits of `|x|` (`int.bit_length()`).
    pub fn bit_len(&self) -> usize {
        let w = self.words();
        64 * w.len() - w[w.len() - 1].leading_zeros() as usize
    }

    /// The value as an `IBig`, for the operations dashu computes (a copy).
    pub fn to_ibig(&self) -> IBig {
        let sign = if self.neg {
            dashu_int::Sign::Negative
        } else {
            dashu_int::Sign::Positive
        };
        IBig::from_parts(sign, UBig::from_words(self.words()))
    }
}

/// The int `-m` or `m`, tagged when it fits the small range.
#[inline]
pub fn from_sign_word(neg: bool, m: u64) -> Value {
    if neg {
        from_i128(-(m as i128))
    } else {
        from_i128(m as i128)
    }
}

/// The int with sign `neg` and the magnitude that `fill` writes into `n`
/// words (least significant first; it must write all of them, and may
/// leave the top ones zero), tagged when it fits the small range. Big
/// results are written straight into their cell. (`fill` is a `dyn`: one
/// copy of the allocation path, not one per operation.)
pub fn build(neg: bool, n: usize, fill: &mut dyn FnMut(&mut [u64])) -> Value {
    if n <= 2 {
        let mut w = [0u64; 2];
        fill(&mut w[..n]);
        return from_two_words(neg, &w);
    }
    if n <= INLINE_MAX_WORDS {
        let obj = crate::gc::alloc_words(
            BigIntObj {
                header: Header::new(&INT_TYPE),
                len: Cell::new(n as u32),
                neg,
            },
            n,
            fill,
        );
        // SAFETY: allocated just above with `n` words.
        let words = unsafe { crate::gc::var_words(obj, n) };
        let len = normalized_len(words);
        if len <= 2 {
            // The cell is left as garbage: nothing refers to it.
            let m = words.first().copied().unwrap_or(0) as u128
                | (words.get(1).copied().unwrap_or(0) as u128) << 64;
            if let Ok(m) = i128::try_from(m) {
                if let Some(v) = small_i128(if neg { -m } else { m }) {
                    return v;
                }
            }
        }
        obj.len.set(len as u32);
        return Value::from_ref(obj);
    }
    let mut words = vec![0u64; n];
    fill(&mut words);
    let len = normalized_len(&words);
    words.truncate(len);
    if len <= 2 {
        let mut w = [0u64; 2];
        w[..len].copy_from_slice(&words);
        return from_two_words(neg, &w);
    }
    let header = Header::new(&INT_TYPE);
    header.flags.set(OUT_OF_LINE);
    let long = crate::gc::alloc(LongInt {
        int: BigIntObj {
            header,
            len: Cell::new(len as u32),
            neg,
        },
        words: words.into_boxed_slice(),
    });
    Value::from_ref(&long.int)
}

/// The int with sign `neg` and magnitude `w`.
fn from_two_words(neg: bool, w: &[u64; 2]) -> Value {
    let m = w[0] as u128 | (w[1] as u128) << 64;
    match i128::try_from(m) {
        Ok(m) => from_i128(if neg { -m } else { m }),
        Err(_) => build_cell(neg, w),
    }
}

/// A cell for a big int of at most two words that does not fit an i128.
fn build_cell(neg: bool, w: &[u64; 2]) -> Value {
    let n = normalized_len(w);
    let obj = crate::gc::alloc_words(
        BigIntObj {
            header: Header::new(&INT_TYPE),
            len: Cell::new(n as u32),
            neg,
        },
        n,
        |out| out.copy_from_slice(&w[..n]),
    );
    Value::from_ref(obj)
}

/// The int `i` if it lies in the small range.
fn small_i128(i: i128) -> Option<Value> {
    i64::try_from(i).ok().and_then(Value::try_small)
}

/// The length of `words` without its high zero words.
#[inline]
pub fn normalized_len(words: &[u64]) -> usize {
    words.iter().rposition(|&w| w != 0).map_or(0, |i| i + 1)
}

/// The int with sign `neg` and magnitude `words` (a copy).
pub fn from_words(neg: bool, words: &[u64]) -> Value {
    build(neg, words.len(), &mut |out| out.copy_from_slice(words))
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
        None => build_cell(i < 0, &[i.unsigned_abs(), 0]),
    }
}

/// The int `i`.
#[inline]
pub fn from_i128(i: i128) -> Value {
    match i64::try_from(i) {
        Ok(x) => from_i64(x),
        Err(_) => {
            let m = i.unsigned_abs();
            build_cell(i < 0, &[m as u64, (m >> 64) as u64])
        }
    }
}

/// The int `i`, tagged when it fits the small range (keeps the invariant).
pub fn from_ibig(i: IBig) -> Value {
    match i64::try_from(&i) {
        Ok(x) => from_i64(x),
        Err(_) => {
            let (sign, words) = i.as_sign_words();
            from_words(sign == dashu_int::Sign::Negative, words)
        }
    }
}

/// An int literal's value from the compiler's constant table: its magnitude
/// as little-endian bytes (the compiler converted the literal's text once).
pub fn from_literal_bytes(bytes: &[u8]) -> Value {
    from_ibig(IBig::from(dashu_int::UBig::from_le_bytes(bytes)))
}

// ---- conversion ----------------------------------------------------------

/// The big int `v` is, if it is one.
#[inline]
pub fn as_big(v: Value) -> Option<&'static BigIntObj> {
    v.downcast::<BigIntObj>()
}

/// The value of an int or bool as an `IBig` (0 for anything else; callers
/// check the kind).
pub fn to_ibig(v: Value) -> IBig {
    if v.is_small() {
        IBig::from(v.small())
    } else if let Some(b) = as_big(v) {
        b.to_ibig()
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
        match *b.words() {
            [m] if !b.neg => i64::try_from(m).ok(),
            [m] if m <= 1 << 63 => Some((m as i64).wrapping_neg()),
            _ => None,
        }
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
        b.neg
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
    let digits = small_int_digits(n, buf);
    // ASCII digits and '-': valid UTF-8.
    std::str::from_utf8(digits).unwrap_or("")
}

/// `small_int_text` as ASCII bytes.
fn small_int_digits(n: i64, buf: &mut [u8; 24]) -> &[u8] {
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
    &buf[pos..]
}

/// `str(i)` for a small int: the digits written into the new string (no
/// `String` to format into, copy and free: `str(i)` is common in string
/// building).
pub fn small_str(i: i64) -> Value {
    let mut buf = [0u8; 24];
    crate::objects::str::from_ascii(small_int_digits(i, &mut buf))
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
    // Not small, not an i64: a big int.
    let Some(b) = as_big(v) else {
        return 0;
    };
    let words = b.words();
    // 2**64 = 8 (mod 2**61 - 1): fold the words from the top down.
    let mut acc: u64 = 0;
    for &w in words.iter().rev() {
        let t = ((acc as u128) << 64) | w as u128;
        acc = (t % HASH_MODULUS as u128) as u64;
    }
    let h = acc as i64;
    finish_hash(if b.neg { -h } else { h })
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
    // Plain decimal digits (`int("42")`, the common case) need none of the
    // steps below; 18 digits always fit an i64.
    if base == 10 && (1..=18).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit()) {
        let n = s.bytes().fold(0i64, |n, c| n * 10 + i64::from(c - b'0'));
        return Some(from_i64(n));
    }
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
    fn words_live_in_the_cell_up_to_the_largest_class() {
        for (n, out_of_line) in [
            (3, false),
            (INLINE_MAX_WORDS, false),
            (INLINE_MAX_WORDS + 1, true),
        ] {
            let x = (IBig::from(1) << (64 * n - 1)) + IBig::from(5);
            let v = from_ibig(-x.clone());
            let b = as_big(v).expect("a big int");
            assert_eq!(
                b.header.flags.get() & OUT_OF_LINE != 0,
                out_of_line,
                "{n} words"
            );
            assert_eq!((b.words().len(), b.is_negative()), (n, true));
            assert_eq!(to_ibig(v), -x);
            if out_of_line {
                // A borrowed `&[u64]` of the words keeps the int alive.
                let w = b.words();
                assert_eq!(
                    b.as_long().borrowed_buffer(),
                    Some((w.as_ptr() as usize, 8 * w.len()))
                );
            }
        }
        // A result whose high words come out zero is trimmed, and one that
        // fits the small range is tagged.
        let v = build(false, 4, &mut |w| w.copy_from_slice(&[1, 2, 0, 0]));
        assert_eq!(as_big(v).map(|b| b.words()), Some(&[1u64, 2][..]));
        assert!(build(true, 4, &mut |w| w.copy_from_slice(&[9, 0, 0, 0])).is_small());
        assert_eq!(
            as_i64(build(true, 3, &mut |w| w.copy_from_slice(&[1 << 63, 0, 0]))),
            Some(i64::MIN)
        );
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
