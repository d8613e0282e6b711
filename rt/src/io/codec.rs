//! The text encodings: those of files (UTF-8, Latin-1, ASCII), and for
//! `str.encode`/`bytes.decode` also UTF-16 and UTF-32 (with a BOM, `-le`,
//! `-be`; `utf16.rs`): their names as CPython spells and normalises them,
//! and decoding and encoding under an error handler (`strict`, `ignore`,
//! `replace`, `backslashreplace`, `xmlcharrefreplace`) with CPython's
//! UnicodeDecodeError and UnicodeEncodeError (messages and attributes).

use crate::exc;
use crate::exc::error::{raise, Pending, R};
pub use crate::io::handlers::{
    check_genuine, decode_error, decode_exception, encode_error, encode_exception, genuine,
    unknown_handler, Errors, Replacement,
};

/// An encoding alc can read and write.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Latin1,
    Ascii,
}

impl Codec {
    /// The codec named `name`, accepting the spellings CPython's codec
    /// registry accepts for these three (`UTF-8`, `utf8`, `U8`, `latin-1`,
    /// `iso-8859-1`, `L1`, `us-ascii`, `646`, ...).
    pub fn lookup(name: &str) -> Option<Codec> {
        let n = normalize(name);
        Some(match n.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
            "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859"
            | "iso8859" | "cp819" | "ibm819" | "iso_8859_1_1987" | "iso_ir_100" | "csisolatin1" => {
                Codec::Latin1
            }
            "ascii" | "us_ascii" | "646" | "us" | "iso646_us" | "csascii" | "cp367" | "ibm367"
            | "iso_ir_6" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986"
            | "iso_646.irv_1991" => Codec::Ascii,
            _ => return None,
        })
    }

    /// The name error messages use (`'utf-8' codec can't decode ...`).
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Latin1 => "latin-1",
            Codec::Ascii => "ascii",
        }
    }

    /// The highest code point the codec can encode, plus one.
    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 => 0x11_0000,
            Codec::Latin1 => 0x100,
            Codec::Ascii => 0x80,
        }
    }
}

/// CPython's `encodings.normalize_encoding` after lower-casing: runs of
/// characters other than letters, digits and `.` become one `_`, and
/// leading and trailing ones are dropped.
fn normalize(name: &str) -> String {
    let mut out = String::new();
    let mut gap = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if gap && !out.is_empty() {
                out.push('_');
            }
            gap = false;
            out.push(c.to_ascii_lowercase());
        } else {
            gap = true;
        }
    }
    out
}

/// Encodings CPython has and alc does not: opening a file with one is a
/// clear "not supported yet" rather than CPython's LookupError for a name
/// it does not know.
pub fn known_elsewhere(name: &str) -> bool {
    let n = normalize(name).replace('-', "_");
    const OTHERS: &[&str] = &[
        "utf_8_sig",
        "utf_16",
        "utf_16_le",
        "utf_16_be",
        "utf16",
        "utf_32",
        "utf_32_le",
        "utf_32_be",
        "utf32",
        "utf_7",
        "cp1250",
        "cp1251",
        "cp1252",
        "cp1253",
        "cp1254",
        "cp1255",
        "cp1256",
        "cp1257",
        "cp1258",
        "cp437",
        "cp850",
        "cp866",
        "koi8_r",
        "koi8_u",
        "mac_roman",
        "macroman",
        "shift_jis",
        "sjis",
        "euc_jp",
        "euc_kr",
        "gbk",
        "gb2312",
        "gb18030",
        "big5",
        "iso2022_jp",
        "windows_1252",
        "windows_1251",
        "windows_1250",
        "idna",
        "punycode",
    ];
    if OTHERS.contains(&n.as_str()) {
        return true;
    }
    // iso-8859-2 ... iso-8859-16 (there is no 12) and latin2 ... latin10.
    if let Some(r) = n.strip_prefix("latin") {
        return r.parse::<u32>().is_ok_and(|k| (2..=10).contains(&k));
    }
    let rest = n
        .strip_prefix("iso_8859_")
        .or_else(|| n.strip_prefix("iso8859_"));
    rest.and_then(|r| r.parse::<u32>().ok())
        .is_some_and(|k| (2..=16).contains(&k) && k != 12)
}

/// One step of decoding `input[i..]`.
#[derive(Debug, PartialEq, Eq)]
pub enum Unit {
    /// A character and how many bytes it took.
    Char(char, usize),
    /// An undecodable sequence of this many bytes, and why.
    Invalid(usize, &'static str),
    /// The input ends inside a character (UTF-8 only).
    Incomplete,
}

/// Decodes the unit at the start of `input` (which is not empty).
pub fn decode_unit(codec: Codec, input: &[u8]) -> Unit {
    let b = input[0];
    match codec {
        Codec::Latin1 => Unit::Char(char::from(b), 1),
        Codec::Ascii if b < 0x80 => Unit::Char(char::from(b), 1),
        Codec::Ascii => Unit::Invalid(1, "ordinal not in range(128)"),
        Codec::Utf8 => {
            let len = match b {
                0x00..=0x7F => return Unit::Char(char::from(b), 1),
                0xC2..=0xDF => 2,
                0xE0..=0xEF => 3,
                0xF0..=0xF4 => 4,
                _ => return Unit::Invalid(1, "invalid start byte"),
            };
            let take = len.min(input.len());
            match std::str::from_utf8(&input[..take]) {
                Ok(s) => match s.chars().next() {
                    Some(c) => Unit::Char(c, len),
                    None => Unit::Invalid(1, "invalid start byte"),
                },
                Err(e) => match e.error_len() {
                    Some(n) => Unit::Invalid(n, "invalid continuation byte"),
                    None => Unit::Incomplete,
                },
            }
        }
    }
}

/// Decodes `input`: returns the text and how many bytes it used. Unless
/// `last`, an incomplete character at the end is left undecoded (a later
/// call gets it with the bytes that follow); with `last` it is an error
/// ("unexpected end of data"). Error positions count from `input[0]`, as
/// CPython's incremental decoder counts from the start of what it was fed.
pub fn decode(
    codec: Codec,
    errors: Errors,
    errors_name: &str,
    input: &[u8],
    last: bool,
) -> R<(String, usize)> {
    let mut out = String::with_capacity(input.len());
    let mut i = 0;
    while i < input.len() {
        if codec == Codec::Utf8 {
            // The fast path: a whole valid run at once.
            let run = match std::str::from_utf8(&input[i..]) {
                Ok(s) => s,
                Err(e) => std::str::from_utf8(&input[i..i + e.valid_up_to()]).unwrap_or(""),
            };
            check_genuine(run)?;
            out.push_str(run);
            i += run.len();
            if i == input.len() {
                break;
            }
        }
        let fail = |out: &mut String, end: usize, reason: &str| {
            let surrogate = match codec {
                Codec::Utf8 => utf8_surrogate(&input[i..]),
                _ => None,
            };
            decode_error(
                codec.name(),
                errors,
                errors_name,
                input,
                (i, end),
                reason,
                surrogate,
                out,
            )
        };
        match decode_unit(codec, &input[i..]) {
            Unit::Char(c, n) => {
                out.push(genuine(c)?);
                i += n;
            }
            // CPython holds back a surrogate's first two bytes at the
            // end of a piece (for `surrogatepass`), reporting them later.
            Unit::Invalid(..)
                if !last
                    && codec == Codec::Utf8
                    && input.len() - i == 2
                    && input[i] == 0xED
                    && (0xA0..=0xBF).contains(&input[i + 1]) =>
            {
                break
            }
            Unit::Invalid(n, reason) => i = fail(&mut out, i + n, reason)?,
            Unit::Incomplete if !last => break,
            Unit::Incomplete => i = fail(&mut out, input.len(), "unexpected end of data")?,
        }
    }
    Ok((out, i))
}

/// The surrogate UTF-8 bytes at the start of `b` would encode if UTF-8
/// allowed them (`ED A0..BF 80..BF`), and their length: what
/// `surrogatepass` decodes.
fn utf8_surrogate(b: &[u8]) -> Option<(u32, usize)> {
    match b {
        [0xED, b1 @ 0xA0..=0xBF, b2 @ 0x80..=0xBF, ..] => {
            Some((0xD000 | ((*b1 as u32 & 0x3F) << 6) | (*b2 as u32 & 0x3F), 3))
        }
        _ => None,
    }
}

/// A codec `str.encode` and `bytes.decode` know: a file codec or a wide one.
enum AnyCodec {
    File(Codec),
    Wide(super::utf16::Wide),
    /// `utf-8-sig`: UTF-8 after a BOM (written when encoding, skipped if
    /// present when decoding).
    Utf8Sig,
}

/// The codec named `name`: LookupError for a name CPython does not know
/// either, a "not supported yet" error for one alc lacks.
fn lookup_any(name: &str) -> R<AnyCodec> {
    if let Some(c) = Codec::lookup(name) {
        return Ok(AnyCodec::File(c));
    }
    let n = normalize(name);
    if let Some(w) = super::utf16::Wide::lookup(&n) {
        return Ok(AnyCodec::Wide(w));
    }
    if matches!(n.as_str(), "utf_8_sig" | "utf8_sig") {
        return Ok(AnyCodec::Utf8Sig);
    }
    if known_elsewhere(name) {
        return Err(raise(
            &exc::NOT_IMPLEMENTED_ERROR,
            format!("not supported yet: the '{name}' codec"),
        ));
    }
    Err(raise(
        &exc::LOOKUP_ERROR,
        format!("unknown encoding: {name}"),
    ))
}

/// True for the encodings CPython's `str.encode`/`bytes.decode` handle
/// without its codec registry (whose other errors it wraps as "decoding
/// with 'x' codec failed (...)").
fn fast_path(encoding: &str) -> bool {
    let n = encoding.to_ascii_lowercase().replace('_', "-");
    matches!(
        n.as_str(),
        "utf-8"
            | "utf8"
            | "latin-1"
            | "latin1"
            | "iso-8859-1"
            | "iso8859-1"
            | "ascii"
            | "us-ascii"
            | "utf-16"
            | "utf16"
            | "utf-32"
            | "utf32"
    )
}

/// CPython's wrapping of an error a registry codec raised: the same type,
/// "{what} with '{encoding}' codec failed ({type}: {message})". Unicode
/// errors (which carry attributes) pass unchanged.
fn wrap_codec_error(p: Pending, what: &str, encoding: &str) -> Pending {
    let e = crate::exc::error::pending();
    let Some(eo) = e.downcast::<exc::ExcObj>() else {
        return p;
    };
    let ty = eo.header.ty;
    if ty.is_subtype(&exc::UNICODE_ERROR) || ty.class.is_some() {
        return p;
    }
    let msg = exc::to_str(eo).unwrap_or_default();
    raise(
        ty,
        format!("{what} with '{encoding}' codec failed ({}: {msg})", ty.name),
    )
}

/// The name `codecs.lookup(name).name` gives for a built-in codec; None
/// for a name neither alc nor CPython knows, NotImplementedError for one
/// only CPython has.
pub fn canonical_name(name: &str) -> R<Option<&'static str>> {
    let any = match lookup_any(name) {
        Ok(a) => a,
        Err(p) => {
            return if crate::exc::error::take_pending_if(&exc::LOOKUP_ERROR) {
                Ok(None)
            } else {
                Err(p)
            };
        }
    };
    Ok(Some(match any {
        AnyCodec::File(Codec::Utf8) => "utf-8",
        AnyCodec::File(Codec::Latin1) => "iso8859-1",
        AnyCodec::File(Codec::Ascii) => "ascii",
        AnyCodec::Utf8Sig => "utf-8-sig",
        AnyCodec::Wide(w) => match (w.unit, w.big) {
            (2, None) => "utf-16",
            (2, Some(false)) => "utf-16-le",
            (2, Some(true)) => "utf-16-be",
            (_, None) => "utf-32",
            (_, Some(false)) => "utf-32-le",
            (_, Some(true)) => "utf-32-be",
        },
    }))
}

/// `text.encode(encoding, errors)`.
pub fn encode_str(text: &str, encoding: &str, errors: &str) -> R<Vec<u8>> {
    if let Err(p) = lookup_any(encoding) {
        // A codec a program registered, if it imports `codecs`.
        return match crate::stdlib::codecs::hooks() {
            Some(h) => (h.encode)(text, encoding, errors, p),
            None => Err(p),
        };
    }
    let r = encode_any(text, encoding, errors);
    if fast_path(encoding) {
        return r;
    }
    r.map_err(|p| wrap_codec_error(p, "encoding", encoding))
}

fn encode_any(text: &str, encoding: &str, errors: &str) -> R<Vec<u8>> {
    match lookup_any(encoding)? {
        AnyCodec::File(c) => {
            let mut out = Vec::with_capacity(text.len());
            encode(c, Errors::lookup(errors), errors, text, &mut out)?;
            Ok(out)
        }
        AnyCodec::Wide(w) => super::utf16::encode(w, Errors::lookup(errors), errors, text),
        AnyCodec::Utf8Sig => {
            let mut out = vec![0xEF, 0xBB, 0xBF];
            encode(Codec::Utf8, Errors::lookup(errors), errors, text, &mut out)?;
            Ok(out)
        }
    }
}

/// `data.decode(encoding, errors)` as a str value (empty input decodes
/// to '' without looking the codec up, as in CPython).
pub fn decode_bytes(data: &[u8], encoding: &str, errors: &str) -> R<crate::value::Value> {
    if data.is_empty() {
        return Ok(crate::objects::str::new(""));
    }
    if let Err(p) = lookup_any(encoding) {
        return match crate::stdlib::codecs::hooks() {
            Some(h) => (h.decode)(data, encoding, errors, p),
            None => Err(p),
        };
    }
    let r = decode_any(data, encoding, errors);
    if fast_path(encoding) {
        return r;
    }
    r.map_err(|p| wrap_codec_error(p, "decoding", encoding))
}

fn decode_any(data: &[u8], encoding: &str, errors: &str) -> R<crate::value::Value> {
    let handler = Errors::lookup(errors);
    let text = match lookup_any(encoding)? {
        AnyCodec::File(c) => {
            if c == Codec::Utf8 {
                if let Ok(s) = std::str::from_utf8(data) {
                    check_genuine(s)?;
                    return Ok(crate::objects::str::new(s));
                }
            }
            decode(c, handler, errors, data, true)?.0
        }
        AnyCodec::Wide(w) => super::utf16::decode(w, handler, errors, data)?,
        AnyCodec::Utf8Sig => {
            let body = data.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(data);
            decode(Codec::Utf8, handler, errors, body, true)?.0
        }
    };
    Ok(crate::objects::str::from_string(text))
}

/// `str.encode(encoding='utf-8', errors='strict')`.
pub fn str_encode(
    o: crate::value::Value,
    args: crate::protocol::args::Args,
) -> R<crate::value::Value> {
    let [enc, errs] =
        crate::builtins::args::bind_clinic("encode", &args, ["encoding", "errors"], 0, 0)?;
    let text =
        |v: Option<crate::value::Value>, what: &str, default: &'static str| -> R<&'static str> {
            match v {
                None => Ok(default),
                Some(v) => crate::objects::str::try_str(v).ok_or_else(|| {
                    crate::exc::error::type_error(format!(
                        "encode() argument '{what}' must be str, not {}",
                        crate::objects::bytes::clinic_type_name(v)
                    ))
                }),
            }
        };
    let enc = text(enc, "encoding", "utf-8")?;
    let errs = text(errs, "errors", "strict")?;
    let s = crate::objects::str::as_str(crate::class::instance::unwrap(o));
    Ok(crate::objects::bytes::from_vec(encode_str(s, enc, errs)?))
}

/// Encodes `text`, appending to `out`. Positions in errors count
/// characters of `text`; a run of unencodable characters is reported
/// together, as CPython does.
pub fn encode(
    codec: Codec,
    errors: Errors,
    errors_name: &str,
    text: &str,
    out: &mut Vec<u8>,
) -> R<()> {
    let limit = codec.limit();
    if text.is_ascii() || (codec == Codec::Utf8 && !alrt_abi::text::has_surrogate(text)) {
        out.extend_from_slice(text.as_bytes());
        return Ok(());
    }
    let encodable = |c: char| !alrt_abi::text::is_stored_surrogate(c) && (c as u32) < limit;
    let put = |out: &mut Vec<u8>, c: char| {
        if codec == Codec::Utf8 {
            out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
        } else {
            // Latin-1 and ASCII code points are their own byte.
            out.push(c as u32 as u8);
        }
    };
    let reason = match codec {
        Codec::Utf8 => "surrogates not allowed".to_string(),
        _ => format!("ordinal not in range({limit})"),
    };
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if encodable(c) {
            put(out, c);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && !encodable(chars[i]) {
            i += 1;
        }
        let passes = codec == Codec::Utf8;
        let r = encode_error(
            codec.name(),
            errors,
            errors_name,
            text,
            &chars,
            (start, i),
            &reason,
            (false, passes),
        )?;
        let (r, resume) = match r {
            Replacement::CustomText(t, pos) => {
                // A program's handler may give any text: each character
                // must be one the codec takes (ASCII for UTF-8).
                let ok = t
                    .chars()
                    .all(|c| encodable(c) && (codec != Codec::Utf8 || c.is_ascii()));
                if !ok {
                    return Err(encode_exception(codec.name(), text, start, i, &reason));
                }
                (Replacement::Text(t), pos)
            }
            Replacement::CustomBytes(b, pos) => (Replacement::Bytes(b), pos),
            r => (r, i),
        };
        match r {
            // Replacement text of the built-in handlers is ASCII, which
            // every codec here encodes; a program's was checked above.
            Replacement::Text(t) => t.chars().for_each(|c| put(out, c)),
            Replacement::Bytes(b) => out.extend_from_slice(&b),
            _ => {
                for &c in &chars[start..i] {
                    let cp = alrt_abi::text::code_point(c);
                    out.extend_from_slice(&[
                        0xE0 | (cp >> 12) as u8,
                        0x80 | ((cp >> 6) & 0x3F) as u8,
                        0x80 | (cp & 0x3F) as u8,
                    ]);
                }
            }
        }
        i = resume;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::err_text;

    fn dec(codec: Codec, errors: &str, input: &[u8], last: bool) -> String {
        match decode(codec, Errors::lookup(errors), errors, input, last) {
            Ok((s, n)) => format!("{s:?} {n}"),
            Err(_) => err_text(),
        }
    }

    fn enc(codec: Codec, errors: &str, text: &str) -> String {
        let mut out = Vec::new();
        match encode(codec, Errors::lookup(errors), errors, text, &mut out) {
            Ok(()) => format!("{:?}", String::from_utf8_lossy(&out)),
            Err(_) => err_text(),
        }
    }

    #[test]
    fn names_as_cpython_accepts_them() {
        for n in ["UTF-8", "utf8", "U8", "utf_8", "UTF", "cp65001"] {
            assert_eq!(Codec::lookup(n), Some(Codec::Utf8), "{n}");
        }
        for n in [
            "latin-1",
            "Latin1",
            "iso-8859-1",
            "ISO8859-1",
            "L1",
            "8859",
            "cp819",
            "latin",
        ] {
            assert_eq!(Codec::lookup(n), Some(Codec::Latin1), "{n}");
        }
        for n in ["ascii", "US-ASCII", "646", "us"] {
            assert_eq!(Codec::lookup(n), Some(Codec::Ascii), "{n}");
        }
        for n in ["nope", "utf-16", "utf-8-sig", "cp1252", ""] {
            assert_eq!(Codec::lookup(n), None, "{n}");
        }
        assert!(known_elsewhere("utf-16") && known_elsewhere("ISO-8859-15"));
        assert!(!known_elsewhere("nope") && !known_elsewhere("latin-1"));
    }

    #[test]
    fn utf8_decode_errors_match_cpython() {
        // python3 -c 'b"...".decode()' for each input.
        let cases: &[(&[u8], &str)] = &[
            (b"\xff", "byte 0xff in position 0: invalid start byte"),
            (b"\xc0\x80", "byte 0xc0 in position 0: invalid start byte"),
            (
                b"\xe0\x80",
                "byte 0xe0 in position 0: invalid continuation byte",
            ),
            (
                b"\xe2\x82A",
                "bytes in position 0-1: invalid continuation byte",
            ),
            (b"\xe2\x82", "bytes in position 0-1: unexpected end of data"),
            (
                b"a\xf0\x9f\x98",
                "bytes in position 1-3: unexpected end of data",
            ),
            (
                b"\xed\xa0\x80",
                "byte 0xed in position 0: invalid continuation byte",
            ),
            (
                b"\xf4\x90\x80\x80",
                "byte 0xf4 in position 0: invalid continuation byte",
            ),
            (
                b"abc\nd\xe9f\n",
                "byte 0xe9 in position 5: invalid continuation byte",
            ),
        ];
        for (input, msg) in cases {
            assert_eq!(
                dec(Codec::Utf8, "strict", input, true),
                format!("UnicodeDecodeError: 'utf-8' codec can't decode {msg}")
            );
        }
    }

    #[test]
    fn incremental_and_handlers() {
        // An incomplete character waits for more input unless it is the last.
        assert_eq!(dec(Codec::Utf8, "strict", b"ab\xe2\x82", false), "\"ab\" 2");
        assert_eq!(
            dec(Codec::Utf8, "strict", b"\xe2\x82\xac", false),
            "\"\u{20ac}\" 3"
        );
        // python3 -c 'print(repr(b"...".decode(errors=...)))'
        assert_eq!(
            dec(Codec::Utf8, "replace", b"\xe2\x82A\xff", true),
            "\"\u{FFFD}A\u{FFFD}\" 4"
        );
        assert_eq!(dec(Codec::Utf8, "ignore", b"a\xffb", true), "\"ab\" 3");
        assert_eq!(
            dec(Codec::Utf8, "backslashreplace", b"a\xff\xfe\xe2\x82b", true),
            "\"a\\\\xff\\\\xfe\\\\xe2\\\\x82b\" 6"
        );
        assert_eq!(
            dec(Codec::Ascii, "strict", b"a\xff\xfeb", true),
            "UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 1: ordinal not in range(128)"
        );
        assert_eq!(
            dec(Codec::Latin1, "strict", b"d\xe9f", true),
            "\"d\u{e9}f\" 3"
        );
        assert_eq!(
            dec(Codec::Utf8, "nope", b"\xff", true),
            "LookupError: unknown error handler name 'nope'"
        );
        assert_eq!(
            dec(Codec::Utf8, "xmlcharrefreplace", b"\xff", true),
            "TypeError: don't know how to handle UnicodeDecodeError in error callback"
        );
    }

    #[test]
    fn encode_errors_match_cpython() {
        assert_eq!(
            enc(Codec::Ascii, "strict", "a\u{e9}"),
            "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)"
        );
        assert_eq!(
            enc(Codec::Latin1, "strict", "a\u{20ac}b"),
            "UnicodeEncodeError: 'latin-1' codec can't encode character '\\u20ac' in position 1: ordinal not in range(256)"
        );
        assert_eq!(
            enc(Codec::Latin1, "strict", "ab\u{1F600}"),
            "UnicodeEncodeError: 'latin-1' codec can't encode character '\\U0001f600' in position 2: ordinal not in range(256)"
        );
        assert_eq!(
            enc(Codec::Ascii, "strict", "xx\u{1234}\u{1235}yy"),
            "UnicodeEncodeError: 'ascii' codec can't encode characters in position 2-3: ordinal not in range(128)"
        );
        assert_eq!(
            enc(Codec::Ascii, "replace", "xx\u{1234}\u{1235}yy"),
            "\"xx??yy\""
        );
        assert_eq!(enc(Codec::Ascii, "ignore", "xx\u{1234}yy"), "\"xxyy\"");
        // python3 -c "print('a€é😀b'.encode('ascii', 'backslashreplace'))"
        assert_eq!(
            enc(
                Codec::Ascii,
                "backslashreplace",
                "a\u{20ac}\u{e9}\u{1F600}b"
            ),
            "\"a\\\\u20ac\\\\xe9\\\\U0001f600b\""
        );
        assert_eq!(
            enc(
                Codec::Ascii,
                "xmlcharrefreplace",
                "a\u{20ac}\u{e9}\u{1F600}b"
            ),
            "\"a&#8364;&#233;&#128512;b\""
        );
        assert_eq!(
            enc(Codec::Ascii, "nope", "\u{e9}"),
            "LookupError: unknown error handler name 'nope'"
        );
        assert_eq!(enc(Codec::Utf8, "strict", "\u{e9}"), "\"\u{e9}\"");
    }
}
