//! The codecs' error handlers (`strict`, `ignore`, `replace`,
//! `backslashreplace`, `xmlcharrefreplace`, `surrogateescape`,
//! `surrogatepass`, `namereplace`) as CPython 3.11 applies them, and the
//! UnicodeDecodeError/UnicodeEncodeError they raise. Lone surrogates are
//! stored as `alrt_abi::text` says.

use crate::exc;
use crate::exc::error::{raise, Pending, R};
use alrt_abi::text::{code_point, stored_char};

/// An error handler (the `errors` argument).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Errors {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    /// Undecodable bytes 0x80..0xFF become U+DC80..U+DCFF, and back.
    SurrogateEscape,
    /// Surrogates are encoded and decoded as if they were characters
    /// (UTF-8, UTF-16 and UTF-32 only).
    SurrogatePass,
    /// `namereplace`: `\N{NAME}` for a character with a name, else its
    /// backslash escape (encoding only).
    NameReplace,
    /// A name CPython does not know either; using it raises LookupError.
    Unknown,
}

impl Errors {
    /// The handler named `name`.
    pub fn lookup(name: &str) -> Errors {
        match name {
            "strict" => Errors::Strict,
            "ignore" => Errors::Ignore,
            "replace" => Errors::Replace,
            "backslashreplace" => Errors::BackslashReplace,
            "xmlcharrefreplace" => Errors::XmlCharRefReplace,
            "surrogateescape" => Errors::SurrogateEscape,
            "surrogatepass" => Errors::SurrogatePass,
            "namereplace" => Errors::NameReplace,
            _ => Errors::Unknown,
        }
    }
}

/// The LookupError for an unknown handler, raised when it is first needed.
pub fn unknown_handler(name: &str) -> Pending {
    raise(
        &exc::LOOKUP_ERROR,
        format!("unknown error handler name '{name}'"),
    )
}

/// A UnicodeDecodeError with its attributes: `input[start..end]` could
/// not be decoded by codec `encoding`.
pub fn decode_exception(
    encoding: &str,
    input: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> Pending {
    let s = crate::objects::str::new;
    let obj = crate::objects::bytes::new_bytes(input);
    let args = crate::objects::tuple::from_slice(&[
        s(encoding),
        obj,
        crate::objects::int::from_i64(start as i64),
        crate::objects::int::from_i64(end as i64),
        s(reason),
    ]);
    raise_unicode(&exc::UNICODE_DECODE_ERROR, args)
}

/// A UnicodeEncodeError with its attributes: characters `start..end` of
/// `text` could not be encoded by codec `encoding`.
pub fn encode_exception(
    encoding: &str,
    text: &str,
    start: usize,
    end: usize,
    reason: &str,
) -> Pending {
    let s = crate::objects::str::new;
    let args = crate::objects::tuple::from_slice(&[
        s(encoding),
        s(text),
        crate::objects::int::from_i64(start as i64),
        crate::objects::int::from_i64(end as i64),
        s(reason),
    ]);
    raise_unicode(&exc::UNICODE_ENCODE_ERROR, args)
}

fn raise_unicode(ty: &'static crate::object::TypeObj, args: crate::value::Value) -> Pending {
    let e = exc::new_exception(ty, args);
    if let Some(eo) = e.downcast::<exc::ExcObj>() {
        // The arguments are well formed, so this cannot fail.
        let _ = exc::init_detail(eo, args);
    }
    crate::exc::error::set_pending(e)
}

/// Appends the stored form of Python code point `cp` (a surrogate or a
/// code point a codec decoded).
fn push_code_point(out: &mut String, cp: u32) {
    if let Ok(c) = stored_char(cp) {
        out.push(c);
    }
}

/// Handles one undecodable byte range `input[start..end]`: appends what
/// the handler makes of it to `out` and returns where decoding goes on,
/// or raises. `surrogate` is the surrogate code point the bytes at
/// `start` encode in this codec and their length, if they do (what
/// `surrogatepass` decodes).
#[allow(clippy::too_many_arguments)]
pub fn decode_error(
    encoding: &str,
    errors: Errors,
    errors_name: &str,
    input: &[u8],
    (start, end): (usize, usize),
    reason: &str,
    surrogate: Option<(u32, usize)>,
    out: &mut String,
) -> R<usize> {
    let bad = &input[start..end];
    let original = || decode_exception(encoding, input, start, end, reason);
    match errors {
        Errors::Strict => Err(original()),
        Errors::Ignore => Ok(end),
        Errors::Replace => {
            out.push('\u{FFFD}');
            Ok(end)
        }
        Errors::BackslashReplace => {
            for b in bad {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(end)
        }
        Errors::XmlCharRefReplace | Errors::NameReplace => Err(raise(
            &exc::TYPE_ERROR,
            "don't know how to handle UnicodeDecodeError in error callback",
        )),
        Errors::SurrogateEscape => {
            // CPython's handler escapes up to four bytes, stopping before
            // one below 0x80; decoding goes on after those it escaped.
            let n = bad.iter().take(4).take_while(|&&b| b >= 0x80).count();
            if n == 0 {
                return Err(original());
            }
            for &b in &bad[..n] {
                push_code_point(out, 0xDC00 + b as u32);
            }
            Ok(start + n)
        }
        Errors::SurrogatePass => match surrogate {
            Some((cp, len)) => {
                push_code_point(out, cp);
                Ok(start + len)
            }
            None => Err(original()),
        },
        Errors::Unknown => {
            // A handler a program registered, if it imports `codecs`.
            let Some(hooks) = crate::stdlib::codecs::hooks() else {
                return Err(unknown_handler(errors_name));
            };
            let _ = original();
            let e = crate::exc::error::take_pending();
            let (text, pos) = (hooks.decode_error)(errors_name, e, input.len())?;
            out.push_str(&text);
            Ok(pos)
        }
    }
}

/// What an encode error handler gives for a run of unencodable characters.
pub enum Replacement {
    /// Text for the codec to encode in their place.
    Text(String),
    /// Bytes to write as they are.
    Bytes(Vec<u8>),
    /// The run is all surrogates, to be encoded as if they were characters.
    PassSurrogates,
    /// What a program-defined handler returned: text, which the codec
    /// must encode (else the original error is raised), and the character
    /// position encoding goes on from.
    CustomText(String, usize),
    /// Likewise, bytes.
    CustomBytes(Vec<u8>, usize),
}

/// Handles the characters `chars[start..end]` of `text` that codec
/// `encoding` cannot encode (for `reason`). `wide` is true for UTF-16 and
/// UTF-32, which take no bytes from `surrogateescape`; `passes` is true
/// for the codecs `surrogatepass` works with.
#[allow(clippy::too_many_arguments)]
pub fn encode_error(
    encoding: &str,
    errors: Errors,
    errors_name: &str,
    text: &str,
    chars: &[char],
    (start, end): (usize, usize),
    reason: &str,
    (wide, passes): (bool, bool),
) -> R<Replacement> {
    let bad = &chars[start..end];
    let original = || encode_exception(encoding, text, start, end, reason);
    Ok(match errors {
        Errors::Strict => return Err(original()),
        Errors::Ignore => Replacement::Text(String::new()),
        Errors::Replace => Replacement::Text("?".repeat(bad.len())),
        Errors::BackslashReplace => {
            Replacement::Text(bad.iter().map(|&c| char_escape(c)).collect())
        }
        Errors::XmlCharRefReplace => Replacement::Text(
            bad.iter()
                .map(|&c| format!("&#{};", code_point(c)))
                .collect(),
        ),
        Errors::SurrogateEscape if wide => return Err(original()),
        Errors::SurrogateEscape => {
            let mut bytes = Vec::with_capacity(bad.len());
            for (k, &c) in bad.iter().enumerate() {
                match code_point(c) {
                    cp @ 0xDC80..=0xDCFF => bytes.push((cp - 0xDC00) as u8),
                    _ => return Err(encode_exception(encoding, text, start + k, end, reason)),
                }
            }
            Replacement::Bytes(bytes)
        }
        Errors::SurrogatePass => {
            let all = bad.iter().all(|&c| alrt_abi::text::is_stored_surrogate(c));
            if !passes || !all {
                return Err(original());
            }
            Replacement::PassSurrogates
        }
        Errors::NameReplace => match crate::stdlib::unicodedata::name_replace(bad) {
            Some(t) => Replacement::Text(t),
            // The compiler links the names into every program that
            // spells `namereplace`; this one computed it.
            None => {
                return Err(raise(
                    &exc::NOT_IMPLEMENTED_ERROR,
                    "not supported yet: errors='namereplace' spelled other than as a literal",
                ))
            }
        },
        Errors::Unknown => {
            let Some(hooks) = crate::stdlib::codecs::hooks() else {
                return Err(unknown_handler(errors_name));
            };
            let _ = original();
            let e = crate::exc::error::take_pending();
            (hooks.encode_error)(errors_name, e, chars.len())?
        }
    })
}

/// CPython's escape of a character (`\xNN`, `\uNNNN`, `\UNNNNNNNN`), as
/// `backslashreplace` and encode error messages write it.
pub fn char_escape(c: char) -> String {
    let u = code_point(c);
    if u < 0x100 {
        format!("\\x{u:02x}")
    } else if u < 0x10000 {
        format!("\\u{u:04x}")
    } else {
        format!("\\U{u:08x}")
    }
}

/// `c` if it is a character text from outside may hold; the reserved
/// code points that store lone surrogates (`alrt_abi::text`) raise.
#[inline]
pub fn genuine(c: char) -> R<char> {
    if alrt_abi::text::is_stored_surrogate(c) {
        return Err(reserved_error(c as u32));
    }
    Ok(c)
}

/// Checks decoded UTF-8 `text` from outside for the reserved code points.
#[inline]
pub fn check_genuine(text: &str) -> R<()> {
    match alrt_abi::text::find_reserved(text) {
        Some((_, c)) => Err(reserved_error(c as u32)),
        None => Ok(()),
    }
}

/// The NotImplementedError for a reserved code point.
pub fn reserved_error(cp: u32) -> Pending {
    raise(
        &exc::NOT_IMPLEMENTED_ERROR,
        alrt_abi::text::reserved_message(cp),
    )
}
