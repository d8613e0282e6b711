//! The file-system encoding, CPython's on Linux: names from the OS (file
//! names, the environment, the command line) are UTF-8 decoded with
//! `surrogateescape`, and str names go back to the OS encoded the same way,
//! so a name a program reads reaches the OS again as the same bytes.

use crate::exc::error::{type_error, R};
use crate::io::codec::{self, check_genuine, Codec, Errors};
use crate::object::{self, type_name, Kind};
use crate::objects::{bytes, str as pystr};
use crate::value::Value;
use std::borrow::Cow;

/// The handler's name, as error messages and the codec take it.
const HANDLER: &str = "surrogateescape";

/// Bytes from the OS as a str: each byte that is not part of valid UTF-8
/// becomes the lone surrogate U+DC80 + (byte - 0x80).
pub fn decode(data: &[u8]) -> R<Value> {
    if let Ok(s) = std::str::from_utf8(data) {
        check_genuine(s)?;
        return Ok(pystr::new(s));
    }
    let (text, _) = codec::decode(Codec::Utf8, Errors::SurrogateEscape, HANDLER, data, true)?;
    Ok(pystr::from_string(text))
}

/// `text` as the bytes the OS gets: UTF-8, with U+DC80..U+DCFF as the
/// bytes they stand for; any other lone surrogate raises CPython's
/// UnicodeEncodeError ("surrogates not allowed").
pub fn encode(text: &str) -> R<Cow<'_, [u8]>> {
    if !alrt_abi::text::has_surrogate(text) {
        return Ok(Cow::Borrowed(text.as_bytes()));
    }
    let mut out = Vec::with_capacity(text.len());
    codec::encode(
        Codec::Utf8,
        Errors::SurrogateEscape,
        HANDLER,
        text,
        &mut out,
    )?;
    Ok(Cow::Owned(out))
}

/// True for str values and instances of str subclasses.
pub fn is_str(v: Value) -> bool {
    object::isinstance(v, &object::STR_TYPE)
}

/// True for bytes values.
pub fn is_bytes(v: Value) -> bool {
    !v.is_small() && v.kind() == Kind::Bytes
}

/// The plain str of a str or str subclass instance; other values as they
/// are.
pub fn plain(v: Value) -> Value {
    if v.is_small() || v.kind() == Kind::Str {
        return v;
    }
    match crate::class::instance::payload(v) {
        Some(p) if p.kind() == Kind::Str => p,
        _ => v,
    }
}

/// `os.fspath(v)` for a path: a str (or str subclass instance), bytes,
/// or what the `__fspath__` of `v`'s type returns (one of those); None
/// for other values.
pub fn fspath(v: Value) -> R<Option<Value>> {
    if is_str(v) {
        return Ok(Some(v));
    }
    if is_bytes(v) {
        return Ok(Some(v));
    }
    if !crate::class::ops::is_user(v) {
        return Ok(None);
    }
    let ty = object::type_of(v);
    let Some(crate::class::Found::Attr(f)) = crate::class::lookup(ty, pystr::new("__fspath__"))
    else {
        return Ok(None);
    };
    let r = crate::class::instance::call_special(f, v, &[])?;
    if is_str(r) || is_bytes(r) {
        return Ok(Some(r));
    }
    Err(type_error(format!(
        "expected {}.__fspath__() to return str or bytes, not {}",
        ty.name,
        type_name(r)
    )))
}

/// The bytes the OS gets for a path `fspath` returned (a str, str
/// subclass instance or bytes).
pub fn os_bytes(p: Value) -> R<Cow<'static, [u8]>> {
    if is_bytes(p) {
        return Ok(Cow::Borrowed(bytes::bytes_data(p)));
    }
    encode(pystr::as_str(plain(p)))
}

/// A name from the OS as the program gets it: bytes when it asked with
/// bytes (`as_bytes`), else a str.
pub fn name_value(data: &[u8], as_bytes: bool) -> R<Value> {
    if as_bytes {
        return Ok(bytes::new_bytes(data));
    }
    decode(data)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::r;

    #[test]
    fn names_round_trip_through_surrogates() {
        // python3 -c 'import os; print(ascii(os.fsdecode(b"caf\xe9\xff")))'
        let v = decode(b"caf\xe9\xff").unwrap();
        assert_eq!(r(v), "'caf\\udce9\\udcff'");
        assert_eq!(encode(pystr::as_str(v)).unwrap().as_ref(), b"caf\xe9\xff");
        assert_eq!(r(decode("é".as_bytes()).unwrap()), "'é'");
        assert_eq!(encode("é").unwrap().as_ref(), "é".as_bytes());
        // A stored surrogate that came from outside is refused.
        assert!(decode("\u{10DC80}".as_bytes()).is_err());
        crate::testing::err_text();
    }

    #[test]
    fn other_surrogates_are_refused() {
        // python3 -c 'import os; os.fsencode("ab\ud800")'
        let e = encode("ab\u{10D800}")
            .err()
            .map(|_| crate::testing::err_text());
        assert_eq!(
            e.as_deref(),
            Some("UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in position 2: surrogates not allowed")
        );
    }
}
