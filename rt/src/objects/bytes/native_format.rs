//! The item formats of `memoryview`: `struct`'s native single-character
//! formats (`?bBchHiIlLqQnNPfd`, native sizes and little-endian order as
//! on x86-64 and aarch64 Linux), their sizes, and converting an item's
//! bytes to a value and back with CPython's messages. `w` is the format of
//! an `array('u')`'s view, which has a size but no conversion.

use super::bytes_data;
use crate::exc::error::{raise, type_error, value_error, Pending, R};
use crate::object::Kind;
use crate::value::Value;

/// The size of an item of format `f`, for the formats a view can be
/// cast to.
pub fn itemsize_of(f: u8) -> Option<usize> {
    Some(match f {
        b'B' | b'b' | b'c' | b'?' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'P' | b'd' => 8,
        _ => return None,
    })
}

/// The size of an item of format `f`, also `w` (a view of an
/// `array('u')`, whose items it cannot convert).
pub fn item_size(f: u8) -> usize {
    if f == b'w' {
        return 4;
    }
    itemsize_of(f).unwrap_or(1)
}

/// True for the formats whose items are single bytes, which `cast`
/// converts from and to any other.
pub fn is_byte_format(f: u8) -> bool {
    matches!(f, b'B' | b'b' | b'c')
}

/// The NotImplementedError of converting items of a format the view
/// cannot convert (`w`, an `array('u')`'s).
pub fn unsupported(fmt: u8) -> Pending {
    raise(
        &crate::exc::NOT_IMPLEMENTED_ERROR,
        format!("memoryview: format {} not supported", fmt as char),
    )
}

/// The value of an item's bytes in format `fmt`.
pub fn unpack(fmt: u8, b: &[u8]) -> Value {
    let mut w = [0u8; 8];
    w[..b.len().min(8)].copy_from_slice(&b[..b.len().min(8)]);
    let int = crate::objects::int::from_i64;
    match fmt {
        b'B' => Value::from_small(w[0] as i64),
        b'b' => Value::from_small(w[0] as i8 as i64),
        b'c' => super::new_bytes(&w[..1]),
        b'?' => crate::object::boolean(w[0] != 0),
        b'h' => Value::from_small(i16::from_le_bytes([w[0], w[1]]) as i64),
        b'H' => Value::from_small(u16::from_le_bytes([w[0], w[1]]) as i64),
        b'i' => Value::from_small(i32::from_le_bytes([w[0], w[1], w[2], w[3]]) as i64),
        b'I' => Value::from_small(u32::from_le_bytes([w[0], w[1], w[2], w[3]]) as i64),
        b'f' => crate::objects::float::new(f32::from_le_bytes([w[0], w[1], w[2], w[3]]) as f64),
        b'd' => crate::objects::float::new(f64::from_le_bytes(w)),
        b'L' | b'Q' | b'N' | b'P' => crate::objects::int::from_i128(u64::from_le_bytes(w) as i128),
        _ => int(i64::from_le_bytes(w)),
    }
}

/// The bytes that store `v` in format `fmt`, with CPython's errors.
pub fn pack(fmt: u8, v: Value) -> R<Vec<u8>> {
    if fmt == b'w' {
        return Err(unsupported(fmt));
    }
    let name = fmt as char;
    let bad_type = || type_error(format!("memoryview: invalid type for format '{name}'"));
    let bad_value = || value_error(format!("memoryview: invalid value for format '{name}'"));
    match fmt {
        b'c' => {
            let d = match v.kind() {
                Kind::Bytes => bytes_data(v),
                _ => return Err(bad_type()),
            };
            if d.len() != 1 {
                return Err(bad_value());
            }
            Ok(d.to_vec())
        }
        b'?' => Ok(vec![crate::protocol::dispatch::truthy(v)? as u8]),
        b'f' | b'd' => {
            let x = match v.kind() {
                Kind::Float => crate::objects::float::value(v),
                _ => match crate::protocol::num::as_int(v)? {
                    Some(i) => crate::objects::int::ibig_to_f64(&crate::objects::int::to_ibig(i))
                        .ok_or_else(|| {
                        crate::exc::error::overflow_error("int too large to convert to float")
                    })?,
                    None => return Err(bad_type()),
                },
            };
            Ok(if fmt == b'f' {
                (x as f32).to_le_bytes().to_vec()
            } else {
                x.to_le_bytes().to_vec()
            })
        }
        _ => {
            let Some(i) = crate::protocol::num::as_int(v)? else {
                return Err(bad_type());
            };
            let i = crate::objects::int::to_ibig(i);
            let n: i128 = (&i).try_into().map_err(|_| bad_value())?;
            let (lo, hi): (i128, i128) = match fmt {
                b'B' => (0, u8::MAX as i128),
                b'b' => (i8::MIN as i128, i8::MAX as i128),
                b'h' => (i16::MIN as i128, i16::MAX as i128),
                b'H' => (0, u16::MAX as i128),
                b'i' => (i32::MIN as i128, i32::MAX as i128),
                b'I' => (0, u32::MAX as i128),
                b'L' | b'Q' | b'N' => (0, u64::MAX as i128),
                // A pointer takes a signed or an unsigned word.
                b'P' => (i64::MIN as i128, u64::MAX as i128),
                _ => (i64::MIN as i128, i64::MAX as i128),
            };
            if n < lo || n > hi {
                return Err(bad_value());
            }
            let size = itemsize_of(fmt).unwrap_or(1);
            Ok(n.to_le_bytes()[..size].to_vec())
        }
    }
}
