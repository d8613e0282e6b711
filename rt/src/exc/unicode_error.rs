//! `UnicodeEncodeError`, `UnicodeDecodeError` and `UnicodeTranslateError`
//! (built by a program or raised by the codecs): CPython's argument
//! checks, the `encoding`, `object`, `start`, `end` and `reason`
//! attributes, and `str()` naming the character, byte or range.

use crate::exc::error::{type_error, R};
use crate::exc::{self, ExcObj};
use crate::object::{type_name, Kind};
use crate::protocol::{dispatch, num};
use crate::value::Value;

/// The attribute names, in `ExcObj::detail` order.
pub const ATTRS: [&str; 5] = ["encoding", "object", "start", "end", "reason"];

/// True if `e` is a `UnicodeEncodeError` or `UnicodeTranslateError` (or
/// subclass) instance.
pub fn is_unicode_error(e: &ExcObj) -> bool {
    e.header.ty.is_subtype(&exc::UNICODE_ENCODE_ERROR)
        || e.header.ty.is_subtype(&exc::UNICODE_DECODE_ERROR)
        || e.header.ty.is_subtype(&exc::UNICODE_TRANSLATE_ERROR)
}

fn want_str(v: Value, i: usize) -> R<Value> {
    if v.kind() == Kind::Str {
        Ok(v)
    } else {
        Err(type_error(format!(
            "argument {i} must be str, not {}",
            type_name(v)
        )))
    }
}

/// Checks and stores the arguments: `(encoding, object, start, end,
/// reason)` for an encode error, `(object, start, end, reason)` for a
/// translate error.
pub fn init(e: &ExcObj, args: Value) -> R<()> {
    let items = crate::objects::tuple::items(args).to_vec();
    let translate = e.header.ty.is_subtype(&exc::UNICODE_TRANSLATE_ERROR);
    let want = if translate { 4 } else { 5 };
    if items.len() != want {
        return Err(type_error(format!(
            "function takes exactly {want} arguments ({} given)",
            items.len()
        )));
    }
    let (encoding, rest) = if translate {
        (crate::object::none(), &items[..])
    } else {
        (want_str(items[0], 1)?, &items[1..])
    };
    let first = want - 4;
    let object = if e.header.ty.is_subtype(&exc::UNICODE_DECODE_ERROR) {
        // Any bytes-like object, stored as bytes.
        match crate::objects::bytes::data(rest[0]) {
            Some(d) => crate::objects::bytes::new_bytes(&d),
            None => {
                return Err(type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    type_name(rest[0])
                )))
            }
        }
    } else {
        want_str(rest[0], first + 1)?
    };
    let start = crate::objects::int::from_i64(num::index(rest[1])?);
    let end = crate::objects::int::from_i64(num::index(rest[2])?);
    let reason = want_str(rest[3], first + 4)?;
    e.args.set(args);
    e.detail.set(crate::objects::tuple::from_slice(&[
        encoding, object, start, end, reason,
    ]));
    Ok(())
}

/// `str(e)`: `'ascii' codec can't encode character '\xe9' in position 1:
/// reason`, or `characters in position 1-2` for a range.
pub fn to_str(e: &ExcObj) -> R<String> {
    let field = |i| super::fields::get(&e.detail, i);
    // Fields deleted with `del e.start` are null.
    let small = |v: Value| {
        if v.is_null() {
            0
        } else {
            crate::objects::int::as_i64(v).unwrap_or(0)
        }
    };
    let (start, end) = (small(field(2)), small(field(3)));
    let object = Some(field(1))
        .filter(|o| !o.is_null() && !o.is_small() && o.kind() == Kind::Str)
        .and_then(crate::objects::str::try_str)
        .unwrap_or("");
    let show = |v: Value| -> R<String> {
        if v.is_null() {
            Ok("None".to_string())
        } else {
            dispatch::str_of(v)
        }
    };
    let reason = show(field(4))?;
    if e.header.ty.is_subtype(&exc::UNICODE_DECODE_ERROR) {
        let encoding = show(field(0))?;
        let obj = field(1);
        let byte = (start >= 0 && end == start + 1)
            .then(|| {
                (!obj.is_null() && !obj.is_small() && obj.kind() == Kind::Bytes)
                    .then(|| {
                        crate::objects::bytes::bytes_data(obj)
                            .get(start as usize)
                            .copied()
                    })
                    .flatten()
            })
            .flatten();
        return Ok(match byte {
            Some(b) => format!(
                "'{encoding}' codec can't decode byte 0x{b:02x} in position {start}: {reason}"
            ),
            None => format!(
                "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
                end - 1
            ),
        });
    }
    let head = if e.header.ty.is_subtype(&exc::UNICODE_TRANSLATE_ERROR) {
        "can't translate".to_string()
    } else {
        format!("'{}' codec can't encode", show(field(0))?)
    };
    let single = (start >= 0 && end == start + 1)
        .then(|| object.chars().nth(start as usize))
        .flatten();
    Ok(match single {
        Some(c) => {
            let shown = crate::io::handlers::char_escape(c);
            format!("{head} character '{shown}' in position {start}: {reason}")
        }
        None => format!(
            "{head} characters in position {start}-{}: {reason}",
            end - 1
        ),
    })
}
