//! `UnicodeEncodeError` and `UnicodeTranslateError` built by a program:
//! CPython's argument checks, the `encoding`, `object`, `start`, `end` and
//! `reason` attributes, and `str()` naming the character or the range.
//! (`UnicodeDecodeError`'s object is bytes, which Al does not have yet;
//! the ones rt raises carry only their message.)

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
    let object = want_str(rest[0], first + 1)?;
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
            let code = c as u32;
            let shown = if code < 0x100 {
                format!("\\x{code:02x}")
            } else if code < 0x10000 {
                format!("\\u{code:04x}")
            } else {
                format!("\\U{code:08x}")
            };
            format!("{head} character '{shown}' in position {start}: {reason}")
        }
        None => format!(
            "{head} characters in position {start}-{}: {reason}",
            end - 1
        ),
    })
}
