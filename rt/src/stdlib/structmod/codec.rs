//! Packing one value into its bytes and unpacking it back, for every
//! `struct` format character in each mode, with CPython 3.11's checks and
//! messages (which differ between the native and standard tables, as
//! CPython's little-endian standard table reuses native packers where the
//! sizes agree); IEEE 754 half precision (`e`) with round-half-even.

use super::error;
use super::format::{Code, Format, Mode};
use crate::exc::error::{overflow_error, R};
use crate::object::{self, Kind};
use crate::objects::{bytes, float, int};
use crate::protocol::{dispatch, num};
use crate::value::Value;

/// How an integer format checks its value, and with which message.
enum Check {
    /// Any C `long` (else "argument out of range"), then `lo..=hi`.
    Long { lo: i64, hi: i64, msg: Msg },
    /// Any C `unsigned long` (else "argument out of range"), then `..=hi`.
    ULong { hi: u64, msg: Msg },
    /// Eight standard bytes: anything out of range is "int too large to
    /// convert".
    Std64 { signed: bool },
    /// A pointer: `-2**63 <= v < 2**64`.
    Ptr,
}

/// The message of a value out of a format's range.
enum Msg {
    /// A fixed text (the native `b`, `B`, `h`, `H` packers').
    Fixed(&'static str),
    /// `'c' format requires lo <= number <= hi`.
    Code,
}

/// The range check of integer format `c` in `mode`.
fn check(mode: Mode, c: u8) -> Check {
    use Check::*;
    let std = mode != Mode::Native;
    match c {
        b'b' => Long {
            lo: -128,
            hi: 127,
            msg: Msg::Fixed("byte format requires -128 <= number <= 127"),
        },
        b'B' => Long {
            lo: 0,
            hi: 255,
            msg: Msg::Fixed("ubyte format requires 0 <= number <= 255"),
        },
        b'h' if mode != Mode::Big => Long {
            lo: -32768,
            hi: 32767,
            msg: Msg::Fixed("short format requires -32768 <= number <= 32767"),
        },
        b'H' if mode != Mode::Big => Long {
            lo: 0,
            hi: 65535,
            msg: Msg::Fixed("ushort format requires 0 <= number <= 65535"),
        },
        b'h' => Long {
            lo: -32768,
            hi: 32767,
            msg: Msg::Code,
        },
        b'H' => ULong {
            hi: 65535,
            msg: Msg::Code,
        },
        b'i' => Long {
            lo: i32::MIN as i64,
            hi: i32::MAX as i64,
            msg: Msg::Code,
        },
        b'l' if std => Long {
            lo: i32::MIN as i64,
            hi: i32::MAX as i64,
            msg: Msg::Code,
        },
        b'I' => ULong {
            hi: u32::MAX as u64,
            msg: Msg::Code,
        },
        b'L' if std => ULong {
            hi: u32::MAX as u64,
            msg: Msg::Code,
        },
        b'q' if mode == Mode::Big => Std64 { signed: true },
        b'Q' if mode == Mode::Big => Std64 { signed: false },
        b'l' | b'q' | b'n' => Long {
            lo: i64::MIN,
            hi: i64::MAX,
            msg: Msg::Code,
        },
        b'P' => Ptr,
        _ => ULong {
            hi: u64::MAX,
            msg: Msg::Code,
        },
    }
}

/// The integer value of a packed argument (`__index__` for other
/// objects), or None when it does not fit an i128.
fn integer(v: Value) -> R<Option<i128>> {
    let Some(i) = num::as_int(v)? else {
        return Err(error("required argument is not an integer"));
    };
    if let Some(n) = int::as_i64(i) {
        return Ok(Some(n as i128));
    }
    Ok(i128::try_from(&int::to_ibig(i)).ok())
}

/// The bits of integer argument `v` for format `c` in `mode`.
fn pack_int(mode: Mode, c: u8, v: Value) -> R<u64> {
    let n = integer(v)?;
    let out_of_range = || error("argument out of range");
    let too_large = || error("int too large to convert");
    let range_msg = |msg: &Msg, lo: i128, hi: i128| match msg {
        Msg::Fixed(m) => error(m),
        Msg::Code => error(format!(
            "'{}' format requires {lo} <= number <= {hi}",
            c as char
        )),
    };
    match check(mode, c) {
        Check::Long { lo, hi, msg } => {
            let n = n
                .and_then(|n| i64::try_from(n).ok())
                .ok_or_else(out_of_range)?;
            if n < lo || n > hi {
                return Err(range_msg(&msg, lo as i128, hi as i128));
            }
            Ok(n as u64)
        }
        Check::ULong { hi, msg } => {
            let n = n
                .and_then(|n| u64::try_from(n).ok())
                .ok_or_else(out_of_range)?;
            if n > hi {
                return Err(range_msg(&msg, 0, hi as i128));
            }
            Ok(n)
        }
        Check::Std64 { signed } => {
            let ok = match n {
                Some(n) if signed => i64::try_from(n).ok().map(|n| n as u64),
                Some(n) => u64::try_from(n).ok(),
                None => None,
            };
            ok.ok_or_else(too_large)
        }
        Check::Ptr => match n {
            Some(n) if n >= i64::MIN as i128 && n <= u64::MAX as i128 => Ok(n as u64),
            _ => Err(too_large()),
        },
    }
}

/// `PyFloat_AsDouble` for a packed argument; any failure is
/// "required argument is not a float", as CPython replaces it.
fn double(v: Value) -> R<f64> {
    match crate::stdlib::math::as_double(v) {
        Ok(x) => Ok(x),
        Err(_) => {
            crate::exc::error::take_pending();
            Err(error("required argument is not a float"))
        }
    }
}

/// Writes `bits` as `out.len()` bytes in `mode`'s byte order.
fn put(mode: Mode, bits: u64, out: &mut [u8]) {
    let le = bits.to_le_bytes();
    let n = out.len().min(8);
    if mode == Mode::Big {
        for (k, b) in out.iter_mut().take(n).enumerate() {
            *b = le[n - 1 - k];
        }
    } else {
        out[..n].copy_from_slice(&le[..n]);
    }
}

/// Reads `b` (at most 8 bytes) in `mode`'s byte order, zero-extended.
fn get(mode: Mode, b: &[u8]) -> u64 {
    let n = b.len().min(8);
    let mut le = [0u8; 8];
    if mode == Mode::Big {
        for k in 0..n {
            le[k] = b[n - 1 - k];
        }
    } else {
        le[..n].copy_from_slice(&b[..n]);
    }
    u64::from_le_bytes(le)
}

/// The binary16 bits nearest `x` (ties to even), or None when it is too
/// large for one (CPython's `PyFloat_Pack2`).
pub fn half_bits(x: f64) -> Option<u16> {
    let sign = if x.is_sign_negative() { 0x8000u16 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Some(sign);
    }
    // The smallest normal binary16 is 2**-14; below it the unit is 2**-24.
    if a < f64::powi(2.0, -14) {
        // Scaling by a power of two is exact; 1024 units is 2**-14 itself.
        let n = (a * f64::powi(2.0, 24)).round_ties_even() as u16;
        return Some(sign | n);
    }
    let bits = a.to_bits();
    let mut e = ((bits >> 52) & 0x7ff) as i32 - 1023;
    // The significand with 10 fraction bits: exact scaling, then rounding.
    let mut m = (f64::from_bits((bits & ((1u64 << 52) - 1)) | (1023u64 << 52)) * 1024.0)
        .round_ties_even() as u32;
    if m == 2048 {
        m = 1024;
        e += 1;
    }
    if e > 15 {
        return None;
    }
    Some(sign | (((e + 15) as u16) << 10) | (m as u16 - 1024))
}

/// The value of binary16 `bits` (CPython's `PyFloat_Unpack2`).
pub fn half_value(bits: u16) -> f64 {
    let neg = bits & 0x8000 != 0;
    let e = ((bits >> 10) & 0x1f) as i32;
    let f = (bits & 0x3ff) as f64;
    let x = match e {
        0 => f * f64::powi(2.0, -24),
        31 if f == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1024.0 + f) * f64::powi(2.0, e - 25),
    };
    if neg {
        -x
    } else {
        x
    }
}

/// Packs `v` as one item of format character `c` into `out` (its size).
pub fn pack_item(mode: Mode, c: u8, v: Value, out: &mut [u8]) -> R<()> {
    match c {
        b'?' => {
            let t = dispatch::truthy(v)?;
            out[0] = t as u8;
        }
        b'c' => match bytes_of(v, false) {
            Some(d) if d.len() == 1 => out[0] = d[0],
            _ => return Err(error("char format requires a bytes object of length 1")),
        },
        b's' | b'p' => {
            let Some(d) = bytes_of(v, true) else {
                return Err(error(format!(
                    "argument for '{}' must be a bytes object",
                    c as char
                )));
            };
            if c == b's' {
                let n = d.len().min(out.len());
                out[..n].copy_from_slice(&d[..n]);
            } else if let Some((len, rest)) = out.split_first_mut() {
                let n = d.len().min(rest.len());
                rest[..n].copy_from_slice(&d[..n]);
                *len = n.min(255) as u8;
            }
        }
        b'e' => {
            let x = double(v)?;
            let h = half_bits(x)
                .ok_or_else(|| overflow_error("float too large to pack with e format"))?;
            put(mode, h as u64, out);
        }
        b'f' => {
            let x = double(v)?;
            let y = x as f32;
            // The standard packer refuses what the native cast turns into inf.
            if mode != Mode::Native && y.is_infinite() && !x.is_infinite() {
                return Err(overflow_error("float too large to pack with f format"));
            }
            put(mode, y.to_bits() as u64, out);
        }
        b'd' => {
            let x = double(v)?;
            put(mode, x.to_bits(), out);
        }
        _ => {
            let bits = pack_int(mode, c, v)?;
            put(mode, bits, out);
        }
    }
    Ok(())
}

/// The bytes of a `bytes` value (or a `bytearray` when `or_bytearray`),
/// as the `c`, `s` and `p` formats take them.
fn bytes_of(v: Value, or_bytearray: bool) -> Option<Vec<u8>> {
    if v.is_small() {
        return None;
    }
    let p = crate::class::instance::unwrap(v);
    match p.kind() {
        Kind::Bytes => Some(bytes::bytes_data(p).to_vec()),
        Kind::ByteArray if or_bytearray => Some(bytes::bytearray(p).data.borrow().clone()),
        _ => None,
    }
}

/// The value of one item of format character `c` stored in `b`.
pub fn unpack_item(mode: Mode, c: u8, b: &[u8]) -> Value {
    let signed = |bits: u64, n: usize| -> Value {
        let shift = 64 - 8 * n as u32;
        int::from_i64(((bits << shift) as i64) >> shift)
    };
    match c {
        b'?' => object::boolean(b.iter().any(|&x| x != 0)),
        b'c' => bytes::new_bytes(b),
        b's' => bytes::new_bytes(b),
        b'p' => {
            let Some((&len, rest)) = b.split_first() else {
                return bytes::new_bytes(&[]);
            };
            let n = (len as usize).min(rest.len());
            bytes::new_bytes(&rest[..n])
        }
        b'e' => float::new(half_value(get(mode, b) as u16)),
        b'f' => float::new(f32::from_bits(get(mode, b) as u32) as f64),
        b'd' => float::new(f64::from_bits(get(mode, b))),
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => signed(get(mode, b), b.len()),
        _ => int::from_i128(get(mode, b) as i128),
    }
}

/// Packs `values` (as many as the format has items) into `out` (the
/// format's size, zero-filled), stopping at the first failure with the
/// items before it written, as CPython leaves a `pack_into` target.
pub fn pack_values(f: &Format, values: &[Value], out: &mut [u8]) -> R<()> {
    let mut vals = values.iter();
    for code in &f.codes {
        for k in 0..code.count {
            let Some(&v) = vals.next() else {
                return Ok(());
            };
            let at = code.offset + k * code.size;
            pack_item(f.mode, code.c, v, &mut out[at..at + code.size])?;
        }
    }
    Ok(())
}

/// The values of the items of `f` stored in `data` (the format's size).
pub fn unpack_values(f: &Format, data: &[u8]) -> Value {
    // Few items go in an array on the stack, which the collector scans.
    const SMALL: usize = 16;
    if f.nitems <= SMALL {
        let mut items = [Value::NULL; SMALL];
        let mut n = 0;
        each_item(f, data, |v| {
            items[n] = v;
            n += 1;
        });
        return crate::objects::tuple::from_slice(&items[..n]);
    }
    let mut out = crate::gc::RootedVec::new();
    each_item(f, data, |v| out.push(v));
    crate::objects::tuple::from_slice(&out)
}

/// Calls `put` with the value of each item of `f` in `data`, in order.
fn each_item(f: &Format, data: &[u8], mut put: impl FnMut(Value)) {
    for &Code {
        c,
        offset,
        count,
        size,
    } in &f.codes
    {
        for k in 0..count {
            let at = offset + k * size;
            put(unpack_item(f.mode, c, &data[at..at + size]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_precision_rounds_to_even() {
        // python3 -c "import struct; print([struct.pack('<e', x).hex() for x in [...]])"
        let cases: &[(f64, u16)] = &[
            (0.0, 0x0000),
            (-0.0, 0x8000),
            (1.0, 0x3c00),
            (1.5, 0x3e00),
            (65504.0, 0x7bff),
            (65519.99, 0x7bff),
            (6e-8, 0x0001),
            (5.960464477539063e-08, 0x0001),
            (f64::powi(2.0, -25), 0x0000),
            (f64::from_bits(f64::powi(2.0, -25).to_bits() + 1), 0x0001),
            (8.940696716308594e-08, 0x0002),
            (1e-10, 0x0000),
            (-1e-10, 0x8000),
            (f64::INFINITY, 0x7c00),
            (f64::NEG_INFINITY, 0xfc00),
            (f64::NAN, 0x7e00),
            (-f64::NAN, 0xfe00),
            (0.1, 0x2e66),
            (1.0 / 3.0, 0x3555),
            (2049.0, 0x6800),
            (2050.0, 0x6801),
            (2051.0, 0x6802),
            (6.103515625e-05, 0x0400),
            (6.1e-05, 0x03ff),
            (65504.000001, 0x7bff),
        ];
        for &(x, want) in cases {
            assert_eq!(half_bits(x), Some(want), "{x}");
        }
        assert_eq!(half_bits(65520.0), None);
        assert_eq!(half_bits(-65520.0), None);
        assert_eq!(half_bits(1e300), None);
    }

    #[test]
    fn half_precision_values() {
        assert_eq!(half_value(0x0001), 5.960464477539063e-08);
        assert_eq!(half_value(0x7bff), 65504.0);
        assert_eq!(half_value(0x2e66), 0.0999755859375);
        assert_eq!(half_value(0x8000).to_bits(), (-0.0f64).to_bits());
        assert_eq!(half_value(0x7c00), f64::INFINITY);
        assert_eq!(half_value(0xfc00), f64::NEG_INFINITY);
        assert!(half_value(0x7c01).is_nan());
        assert!(half_value(0xfe01).is_nan());
        // Every finite binary16 value packs back to its own bits.
        for bits in 0u16..=0xffff {
            if bits & 0x7c00 != 0x7c00 {
                assert_eq!(half_bits(half_value(bits)), Some(bits), "{bits:#x}");
            }
        }
    }

    #[test]
    fn byte_orders() {
        let mut out = [0u8; 4];
        put(Mode::Big, 0x0102_0304, &mut out);
        assert_eq!(out, [1, 2, 3, 4]);
        put(Mode::Little, 0x0102_0304, &mut out);
        assert_eq!(out, [4, 3, 2, 1]);
        assert_eq!(get(Mode::Big, &[1, 2]), 0x0102);
        assert_eq!(get(Mode::Native, &[1, 2]), 0x0201);
    }
}
