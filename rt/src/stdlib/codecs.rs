//! `_codecs`, the native half of `codecs` (`lib/codecs.al`): the built-in
//! codecs' functions (`utf_8_encode`, `utf_16_decode`, ... returning the
//! result and the length consumed, decoders holding back an incomplete
//! character unless `final`), the error-handler registry
//! (`register_error`, `lookup_error`, the built-in handlers as functions,
//! program-defined handlers that `str.encode` and `bytes.decode` call),
//! and the hook through which `str.encode`/`bytes.decode` find codecs a
//! program registered.

use crate::exc::error::{raise, set_pending, type_error, Pending, R};
use crate::io::codec::{self as codec, Codec, Errors, Replacement};
use crate::io::utf16::{self, Wide};
use crate::object;
use crate::objects::func::BuiltinObj;
use crate::objects::{bytes, dict, int, str as pystr, tuple};
use crate::protocol::args::Args;
use crate::protocol::dispatch;
use crate::state::Global;
use crate::stdlib::{bind, ModuleBuilder};
use crate::value::Value;

/// Program-defined error handlers by name (a dict; null until the first
/// `register_error`), and `lib/codecs.al`'s `lookup` (null until it is
/// imported). GC roots once set.
static HANDLERS: Global<Value> = Global::new(Value::NULL);
static LOOKUP: Global<Value> = Global::new(Value::NULL);

fn set_root(g: &'static Global<Value>, v: Value) {
    if g.get().is_null() {
        // `Global` is a transparent `Cell<Value>`: one value word.
        crate::gc::add_roots(g as *const Global<Value> as *const u64, 1);
    }
    g.set(v);
}

/// What `str.encode`, `bytes.decode` and the error handlers ask of
/// `codecs` once a program imports it (installed by `link`; until then
/// rt behaves as if no codec or handler were registered, and none of
/// this is linked into programs that do not import `codecs`).
pub struct Hooks {
    /// Encodes with a codec a program registered, for a name no built-in
    /// codec has (`p`: the pending LookupError for it).
    pub encode: fn(&str, &str, &str, Pending) -> R<Vec<u8>>,
    /// Decodes likewise.
    pub decode: fn(&[u8], &str, &str, Pending) -> R<Value>,
    /// Calls the program's handler named so for a UnicodeDecodeError of
    /// input of this length: the text and where decoding goes on.
    pub decode_error: fn(&str, Value, usize) -> R<(String, usize)>,
    /// Likewise for a UnicodeEncodeError: the replacement and where
    /// encoding goes on.
    pub encode_error: fn(&str, Value, usize) -> R<Replacement>,
}

static HOOKS: Global<Option<&'static Hooks>> = Global::new(None);

static THE_HOOKS: Hooks = Hooks {
    encode: program_encode,
    decode: program_decode,
    decode_error: custom_decode_error,
    encode_error: custom_encode_error,
};

/// The hooks, if this program imports `codecs`.
pub fn hooks() -> Option<&'static Hooks> {
    HOOKS.get()
}

/// The handler a program registered under `name`, or the LookupError.
fn custom_handler(name: &str) -> R<Value> {
    let d = HANDLERS.get();
    let found = if d.is_null() {
        None
    } else {
        dict::get(d, pystr::new(name))?
    };
    found.ok_or_else(|| codec::unknown_handler(name))
}

/// Calls program-defined error handler `h` with exception `e` and checks
/// its result, CPython's `(replacement, position)` tuple: a negative
/// position counts from the end (`len` items); one out of range is an
/// IndexError.
fn call_custom(h: Value, e: Value, len: usize, shape: &str, bytes_ok: bool) -> R<(Value, usize)> {
    let r = dispatch::call(h, Args::positional(&[e]))?;
    let bad = || type_error(shape);
    if r.is_small() || r.kind() != object::Kind::Tuple {
        return Err(bad());
    }
    let items = tuple::items(r);
    if items.len() != 2 {
        return Err(bad());
    }
    let rep = crate::class::instance::unwrap(items[0]);
    let is_str = pystr::try_str(rep).is_some();
    let is_bytes = bytes_ok && !rep.is_small() && rep.kind() == object::Kind::Bytes;
    if !(is_str || is_bytes) || !crate::builtins::args::is_int(items[1]) {
        return Err(bad());
    }
    let pos = int::as_i64(crate::protocol::num::int_arg(items[1])?);
    let p = match pos {
        Some(p) if p < 0 => p + len as i64,
        Some(p) => p,
        None => -1,
    };
    if p < 0 || p > len as i64 {
        return Err(raise(
            &crate::exc::INDEX_ERROR,
            format!(
                "position {} from error handler out of bounds",
                pos.map_or(i64::MAX, |q| if q < 0 { q + len as i64 } else { q })
            ),
        ));
    }
    Ok((rep, p as usize))
}

fn custom_decode_error(name: &str, e: Value, len: usize) -> R<(String, usize)> {
    let h = custom_handler(name)?;
    let shape = "decoding error handler must return (str, int) tuple";
    let (rep, pos) = call_custom(h, e, len, shape, false)?;
    Ok((pystr::try_str(rep).unwrap_or("").to_string(), pos))
}

fn custom_encode_error(name: &str, e: Value, len: usize) -> R<Replacement> {
    let h = custom_handler(name)?;
    let shape = "encoding error handler must return (str/bytes, int) tuple";
    let (rep, pos) = call_custom(h, e, len, shape, true)?;
    Ok(match pystr::try_str(rep) {
        Some(t) => Replacement::CustomText(t.to_string(), pos),
        None => Replacement::CustomBytes(bytes::bytes_data(rep).to_vec(), pos),
    })
}

/// The `CodecInfo` `lib/codecs.al`'s `lookup` gives for `encoding`
/// (its own codecs, or a program's search function's), when `p` is a
/// LookupError or rt's "not supported yet" error for a codec rt lacks
/// (which stays the error if `lookup` lacks it too).
fn program_codec(encoding: &str, p: Pending) -> R<Value> {
    let pending = crate::exc::error::pending();
    let f = LOOKUP.get();
    let unsupported =
        !pending.is_null() && object::isinstance(pending, &crate::exc::NOT_IMPLEMENTED_ERROR);
    if f.is_null()
        || pending.is_null()
        || !(unsupported || object::isinstance(pending, &crate::exc::LOOKUP_ERROR))
    {
        return Err(p);
    }
    let original = crate::gc::RootedVec::from_vec(vec![crate::exc::error::take_pending()]);
    let info = match dispatch::call(f, Args::positional(&[pystr::new(encoding)])) {
        Ok(info) => info,
        Err(_)
            if unsupported
                && crate::exc::error::take_pending_if(&crate::exc::NOT_IMPLEMENTED_ERROR) =>
        {
            return Err(set_pending(original[0]));
        }
        Err(q) => return Err(q),
    };
    let text_enc = dispatch::getattr(info, pystr::new("_is_text_encoding"));
    if let Ok(v) = text_enc {
        if !dispatch::truthy(v)? {
            return Err(raise(
                &crate::exc::LOOKUP_ERROR,
                format!("'{encoding}' is not a text encoding; use codecs.encode() to handle arbitrary codecs"),
            ));
        }
    } else {
        crate::exc::error::take_pending();
    }
    Ok(info)
}

/// Calls item `k` (0: encode, 1: decode) of a program's `CodecInfo` and
/// checks the `(object, int)` result; returns the object.
fn call_program(info: Value, k: usize, arg: Value, errors: &str) -> R<Value> {
    let f = dispatch::getitem(info, int::from_i64(k as i64))?;
    let r = dispatch::call(f, Args::positional(&[arg, pystr::new(errors)]))?;
    if r.is_small() || r.kind() != object::Kind::Tuple || tuple::items(r).len() != 2 {
        // CPython's two messages differ by a space.
        return Err(type_error(if k == 0 {
            "encoder must return a tuple (object, integer)"
        } else {
            "decoder must return a tuple (object,integer)"
        }));
    }
    Ok(tuple::items(r)[0])
}

fn program_encode(text: &str, encoding: &str, errors: &str, p: Pending) -> R<Vec<u8>> {
    let info = program_codec(encoding, p)?;
    let v = call_program(info, 0, pystr::new(text), errors)?;
    let v = crate::class::instance::unwrap(v);
    if v.is_small() || v.kind() != object::Kind::Bytes {
        return Err(type_error(format!(
            "'{encoding}' encoder returned '{}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types",
            object::type_name(v)
        )));
    }
    Ok(bytes::bytes_data(v).to_vec())
}

fn program_decode(data: &[u8], encoding: &str, errors: &str, p: Pending) -> R<Value> {
    let info = program_codec(encoding, p)?;
    // CPython hands the decoder a memoryview of the data.
    let view = crate::objects::bytes::memoryview::new(bytes::new_bytes(data))?;
    let v = call_program(info, 1, view, errors)?;
    if pystr::try_str(crate::class::instance::unwrap(v)).is_none() {
        return Err(type_error(format!(
            "'{encoding}' decoder returned '{}' instead of 'str'; use codecs.decode() to decode to arbitrary types",
            object::type_name(v)
        )));
    }
    Ok(v)
}

// ---- arguments --------------------------------------------------------------------------

fn str_arg(fname: &str, v: Value, k: usize) -> R<&'static str> {
    pystr::try_str(crate::class::instance::unwrap(v)).ok_or_else(|| {
        type_error(format!(
            "{fname}() argument {k} must be str, not {}",
            bytes::clinic_type_name(v)
        ))
    })
}

/// The `errors` argument: None means `strict`.
fn errors_arg(fname: &str, v: Option<Value>) -> R<&'static str> {
    match v {
        None => Ok("strict"),
        Some(v) if object::is_none(v) => Ok("strict"),
        Some(v) => str_arg(fname, v, 2),
    }
}

fn data_arg(v: Value) -> R<std::borrow::Cow<'static, [u8]>> {
    bytes::data(crate::class::instance::unwrap(v)).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            object::type_name(v)
        ))
    })
}

fn pair(a: Value, n: usize) -> R<Value> {
    Ok(tuple::from_slice(&[a, int::from_i64(n as i64)]))
}

// ---- the built-in codecs ----------------------------------------------------------------

/// Which built-in codec a function is about.
#[derive(Clone, Copy)]
enum Which {
    File(Codec),
    Wide(Wide),
}

fn encode_with(fname: &str, which: Which, args: Args) -> R<Value> {
    let [s, e] = bind(fname, &args, ["str", "errors"], 2, 2, 1)?;
    let text = str_arg(fname, s.unwrap_or(Value::NULL), 1)?;
    let errors = errors_arg(fname, e)?;
    let out = match which {
        Which::File(c) => {
            let mut out = Vec::with_capacity(text.len());
            codec::encode(c, Errors::lookup(errors), errors, text, &mut out)?;
            out
        }
        Which::Wide(w) => utf16::encode(w, Errors::lookup(errors), errors, text)?,
    };
    pair(bytes::from_vec(out), text.chars().count())
}

/// How much of `data` a wide decoder may decode now: whole units, and
/// not a UTF-16 high surrogate whose low half may follow.
fn wide_prefix(w: Wide, data: &[u8], big: bool) -> usize {
    let mut n = data.len() - data.len() % w.unit;
    if w.unit == 2 && n >= 2 {
        let u = if big {
            u16::from_be_bytes([data[n - 2], data[n - 1]])
        } else {
            u16::from_le_bytes([data[n - 2], data[n - 1]])
        };
        if (0xD800..0xDC00).contains(&u) {
            n -= 2;
        }
    }
    n
}

fn decode_with(fname: &str, which: Which, args: Args) -> R<Value> {
    let [d, e, f] = bind(fname, &args, ["data", "errors", "final"], 3, 3, 1)?;
    let data = data_arg(d.unwrap_or(Value::NULL))?;
    let errors = errors_arg(fname, e)?;
    let last = match f {
        None => false,
        Some(v) => crate::protocol::dispatch::truthy(v)?,
    };
    let handler = Errors::lookup(errors);
    match which {
        Which::File(c) => {
            let (text, used) = codec::decode(c, handler, errors, &data, last)?;
            pair(pystr::from_string(text), used)
        }
        Which::Wide(w) => {
            let big = w.big.unwrap_or_else(|| {
                data.starts_with(&[0xFE, 0xFF][..]) || data.starts_with(&[0, 0, 0xFE, 0xFF][..])
            });
            let n = if last {
                data.len()
            } else {
                wide_prefix(w, &data, big)
            };
            // Without a byte order, a BOM needs its whole unit first.
            if n == 0 {
                return pair(pystr::new(""), 0);
            }
            let text = utf16::decode(w, handler, errors, &data[..n])?;
            pair(pystr::from_string(text), n)
        }
    }
}

macro_rules! codec_fns {
    ($($enc:ident, $dec:ident, $ename:literal, $dname:literal, $which:expr;)*) => {
        $(
            static $enc: BuiltinObj = BuiltinObj::new($ename, |a| encode_with($ename, $which, a));
            static $dec: BuiltinObj = BuiltinObj::new($dname, |a| decode_with($dname, $which, a));
        )*
        const CODEC_FNS: &[&BuiltinObj] = &[$(&$enc, &$dec,)*];
    };
}

const fn wide(unit: usize, big: Option<bool>) -> Which {
    Which::Wide(Wide { unit, big })
}

codec_fns! {
    UTF_8_ENCODE, UTF_8_DECODE, "utf_8_encode", "utf_8_decode", Which::File(Codec::Utf8);
    LATIN_1_ENCODE, LATIN_1_DECODE, "latin_1_encode", "latin_1_decode", Which::File(Codec::Latin1);
    ASCII_ENCODE, ASCII_DECODE, "ascii_encode", "ascii_decode", Which::File(Codec::Ascii);
    UTF_16_LE_ENCODE, UTF_16_LE_DECODE, "utf_16_le_encode", "utf_16_le_decode", wide(2, Some(false));
    UTF_16_BE_ENCODE, UTF_16_BE_DECODE, "utf_16_be_encode", "utf_16_be_decode", wide(2, Some(true));
    UTF_32_LE_ENCODE, UTF_32_LE_DECODE, "utf_32_le_encode", "utf_32_le_decode", wide(4, Some(false));
    UTF_32_BE_ENCODE, UTF_32_BE_DECODE, "utf_32_be_encode", "utf_32_be_decode", wide(4, Some(true));
}

/// `utf_16_encode`/`utf_32_encode(str, errors=None, byteorder=0)`: a BOM
/// and the native (little-endian) order for 0, else no BOM.
fn encode_bom(fname: &str, unit: usize, args: Args) -> R<Value> {
    let [s, e, o] = bind(fname, &args, ["str", "errors", "byteorder"], 3, 3, 1)?;
    let text = str_arg(fname, s.unwrap_or(Value::NULL), 1)?;
    let errors = errors_arg(fname, e)?;
    let order = match o {
        None => 0,
        Some(v) => int::as_i64(crate::protocol::num::int_arg(v)?).unwrap_or(0),
    };
    let big = match order {
        0 => None,
        o if o < 0 => Some(false),
        _ => Some(true),
    };
    let out = utf16::encode(Wide { unit, big }, Errors::lookup(errors), errors, text)?;
    pair(bytes::from_vec(out), text.chars().count())
}

static UTF_16_ENCODE: BuiltinObj =
    BuiltinObj::new("utf_16_encode", |a| encode_bom("utf_16_encode", 2, a));
static UTF_32_ENCODE: BuiltinObj =
    BuiltinObj::new("utf_32_encode", |a| encode_bom("utf_32_encode", 4, a));
static UTF_16_DECODE: BuiltinObj = BuiltinObj::new("utf_16_decode", |a| {
    decode_with("utf_16_decode", wide(2, None), a)
});
static UTF_32_DECODE: BuiltinObj = BuiltinObj::new("utf_32_decode", |a| {
    decode_with("utf_32_decode", wide(4, None), a)
});

// ---- error handlers ---------------------------------------------------------------------

static REGISTER_ERROR: BuiltinObj = BuiltinObj::new("register_error", |args| {
    let pos = args.positional_range("register_error", 2, 2)?;
    let name = str_arg("register_error", pos[0], 1)?;
    if !crate::builtins::functions::is_callable(pos[1]) {
        return Err(type_error("handler must be callable"));
    }
    if HANDLERS.get().is_null() {
        set_root(&HANDLERS, dict::new());
    }
    dict::setitem(HANDLERS.get(), pystr::new(name), pos[1])?;
    crate::builtins::args::none()
});

static LOOKUP_ERROR: BuiltinObj = BuiltinObj::new("lookup_error", |args| {
    let pos = args.positional_range("lookup_error", 1, 1)?;
    let name = str_arg("lookup_error", pos[0], 1)?;
    let d = HANDLERS.get();
    if !d.is_null() {
        if let Some(h) = dict::get(d, pystr::new(name))? {
            return Ok(h);
        }
    }
    let f: &'static BuiltinObj = match name {
        "strict" => &STRICT_ERRORS,
        "ignore" => &IGNORE_ERRORS,
        "replace" => &REPLACE_ERRORS,
        "backslashreplace" => &BACKSLASHREPLACE_ERRORS,
        "xmlcharrefreplace" => &XMLCHARREFREPLACE_ERRORS,
        "namereplace" => &NAMEREPLACE_ERRORS,
        "surrogateescape" => &SURROGATEESCAPE_ERRORS,
        "surrogatepass" => &SURROGATEPASS_ERRORS,
        _ => return Err(codec::unknown_handler(name)),
    };
    Ok(Value::from_ref(f))
});

/// The kind of Unicode error a built-in handler was given.
#[derive(PartialEq)]
enum Family {
    Encode,
    Decode,
    Translate,
}

/// The exception a built-in handler was given: its family, `object`,
/// `start` and `end`.
fn exc_arg(args: &Args, fname: &str) -> R<(Family, Value, usize, usize)> {
    let pos = args.positional_range(fname, 1, 1)?;
    let e = pos[0];
    let ty = object::type_of(e);
    let fam = if ty.is_subtype(&crate::exc::UNICODE_ENCODE_ERROR) {
        Family::Encode
    } else if ty.is_subtype(&crate::exc::UNICODE_DECODE_ERROR) {
        Family::Decode
    } else if ty.is_subtype(&crate::exc::UNICODE_TRANSLATE_ERROR) {
        Family::Translate
    } else {
        return Err(wrong_family(e));
    };
    let get = |n: &str| dispatch::getattr(e, pystr::new(n));
    let num = |v: Value| -> R<usize> {
        Ok(int::as_i64(crate::protocol::num::int_arg(v)?)
            .unwrap_or(0)
            .max(0) as usize)
    };
    let start = num(get("start")?)?;
    let end = num(get("end")?)?;
    Ok((fam, get("object")?, start, end))
}

fn wrong_family(e: Value) -> Pending {
    type_error(format!(
        "don't know how to handle {} in error callback",
        object::type_name(e)
    ))
}

/// The characters `start..end` of a str error's object.
fn bad_chars(obj: Value, start: usize, end: usize) -> Vec<char> {
    let s = pystr::try_str(obj).unwrap_or("");
    s.chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect()
}

fn text_result(t: String, end: usize) -> R<Value> {
    pair(pystr::from_string(t), end)
}

static STRICT_ERRORS: BuiltinObj = BuiltinObj::new("strict_errors", |args| {
    let pos = args.positional_range("strict_errors", 1, 1)?;
    if !crate::exc::is_exception_type(Value::from_ref(object::type_of(pos[0]))) {
        return Err(type_error("codec must pass exception instance"));
    }
    Err(set_pending(pos[0]))
});

static IGNORE_ERRORS: BuiltinObj = BuiltinObj::new("ignore_errors", |args| {
    let (_, _, _, end) = exc_arg(&args, "ignore_errors")?;
    text_result(String::new(), end)
});

static REPLACE_ERRORS: BuiltinObj = BuiltinObj::new("replace_errors", |args| {
    let (fam, _, start, end) = exc_arg(&args, "replace_errors")?;
    let n = end.saturating_sub(start);
    let t = match fam {
        Family::Encode => "?".repeat(n),
        Family::Decode => "\u{FFFD}".to_string(),
        Family::Translate => "\u{FFFD}".repeat(n),
    };
    text_result(t, end)
});

static BACKSLASHREPLACE_ERRORS: BuiltinObj = BuiltinObj::new("backslashreplace_errors", |args| {
    let (fam, obj, start, end) = exc_arg(&args, "backslashreplace_errors")?;
    let t: String = if fam == Family::Decode {
        let data = bytes::data(obj).unwrap_or_default();
        let end_b = end.min(data.len());
        data[start.min(end_b)..end_b]
            .iter()
            .map(|b| format!("\\x{b:02x}"))
            .collect()
    } else {
        bad_chars(obj, start, end)
            .into_iter()
            .map(crate::io::handlers::char_escape)
            .collect()
    };
    text_result(t, end)
});

/// The handlers that take only UnicodeEncodeError.
fn encode_only(args: &Args, fname: &str) -> R<(Vec<char>, usize)> {
    let (fam, obj, start, end) = exc_arg(args, fname)?;
    if fam != Family::Encode {
        return Err(wrong_family(args.pos[0]));
    }
    Ok((bad_chars(obj, start, end), end))
}

static XMLCHARREFREPLACE_ERRORS: BuiltinObj = BuiltinObj::new("xmlcharrefreplace_errors", |args| {
    let (bad, end) = encode_only(&args, "xmlcharrefreplace_errors")?;
    let t = bad
        .iter()
        .map(|&c| format!("&#{};", alrt_abi::text::code_point(c)))
        .collect();
    text_result(t, end)
});

static NAMEREPLACE_ERRORS: BuiltinObj = BuiltinObj::new("namereplace_errors", |args| {
    let (bad, end) = encode_only(&args, "namereplace_errors")?;
    let mut t = String::new();
    for c in bad {
        match crate::stdlib::unicodedata::name_replace(&[c]) {
            Some(r) => t.push_str(&r),
            None => {
                return Err(raise(
                    &crate::exc::NOT_IMPLEMENTED_ERROR,
                    "not supported yet: errors='namereplace' spelled other than as a literal",
                ))
            }
        }
    }
    text_result(t, end)
});

static SURROGATEESCAPE_ERRORS: BuiltinObj = BuiltinObj::new("surrogateescape", |args| {
    let (fam, obj, start, end) = exc_arg(&args, "surrogateescape")?;
    match fam {
        Family::Decode => {
            let data = bytes::data(obj).unwrap_or_default();
            let end_b = end.min(data.len());
            let bad = &data[start.min(end_b)..end_b];
            let n = bad.iter().take(4).take_while(|&&b| b >= 0x80).count();
            if n == 0 {
                return Err(set_pending(args.pos[0]));
            }
            let t = bad[..n]
                .iter()
                .filter_map(|&b| alrt_abi::text::stored_char(0xDC00 + b as u32).ok())
                .collect();
            text_result(t, start + n)
        }
        Family::Encode => {
            let mut out = Vec::new();
            for c in bad_chars(obj, start, end) {
                match alrt_abi::text::code_point(c) {
                    cp @ 0xDC80..=0xDCFF => out.push((cp - 0xDC00) as u8),
                    _ => return Err(set_pending(args.pos[0])),
                }
            }
            pair(bytes::from_vec(out), end)
        }
        Family::Translate => Err(wrong_family(args.pos[0])),
    }
});

static SURROGATEPASS_ERRORS: BuiltinObj = BuiltinObj::new("surrogatepass", |args| {
    let (fam, obj, start, end) = exc_arg(&args, "surrogatepass")?;
    if fam != Family::Encode {
        // Decoding needs the codec's name to know the surrogate's bytes;
        // CPython's handler reads it from the exception.
        return Err(raise(
            &crate::exc::NOT_IMPLEMENTED_ERROR,
            "not supported yet: calling the surrogatepass handler for a decode error",
        ));
    }
    let enc = dispatch::getattr(args.pos[0], pystr::new("encoding"))?;
    let enc = pystr::try_str(enc)
        .unwrap_or("")
        .to_ascii_lowercase()
        .replace('_', "-");
    if enc != "utf-8" && enc != "utf8" {
        return Err(raise(
            &crate::exc::NOT_IMPLEMENTED_ERROR,
            "not supported yet: calling the surrogatepass handler for a codec other than UTF-8",
        ));
    }
    let mut out = Vec::new();
    for c in bad_chars(obj, start, end) {
        let cp = alrt_abi::text::code_point(c);
        if !(0xD800..0xE000).contains(&cp) {
            return Err(set_pending(args.pos[0]));
        }
        out.extend_from_slice(&[
            0xE0 | (cp >> 12) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ]);
    }
    pair(bytes::from_vec(out), end)
});

// ---- the registry hook ------------------------------------------------------------------

/// `_codecs._set_lookup(f)`: `lib/codecs.al` hands over its `lookup`.
static SET_LOOKUP: BuiltinObj = BuiltinObj::new("_set_lookup", |args| {
    let pos = args.positional_range("_set_lookup", 1, 1)?;
    set_root(&LOOKUP, pos[0]);
    crate::builtins::args::none()
});

/// `_codecs._builtin(encoding)`: the canonical name of a built-in codec
/// (`utf-8`, `utf-16-le`, ...), None for a name alc does not know, and a
/// NotImplementedError for a codec CPython has and alc lacks.
static BUILTIN: BuiltinObj = BuiltinObj::new("_builtin", |args| {
    let pos = args.positional_range("_builtin", 1, 1)?;
    let name = str_arg("_builtin", pos[0], 1)?;
    match codec::canonical_name(name)? {
        Some(n) => Ok(pystr::new(n)),
        None => crate::builtins::args::none(),
    }
});

/// `_codecs`'s definition and hooks, installed by `link`
/// (`alc_rt_codecs_link`, which the compiler calls only in programs
/// importing `_codecs`), so that no other program links the codec
/// functions.
static LINKED: super::Linked = super::Linked::new("_codecs");

/// Installs the module's definition and the hooks of encode and decode.
pub fn link() {
    LINKED.link(define);
    // Opaque for the same reason as `Linked::link`'s.
    HOOKS.set(Some(std::hint::black_box(&THE_HOOKS)));
}

/// Defines `_codecs`'s attributes, through what linking installed.
pub fn init(m: &mut ModuleBuilder) -> R<()> {
    LINKED.init(m)
}

fn define(m: &mut ModuleBuilder) -> R<()> {
    for f in CODEC_FNS {
        m.func(f);
    }
    for f in [
        &UTF_16_ENCODE,
        &UTF_16_DECODE,
        &UTF_32_ENCODE,
        &UTF_32_DECODE,
        &REGISTER_ERROR,
        &LOOKUP_ERROR,
        &STRICT_ERRORS,
        &IGNORE_ERRORS,
        &REPLACE_ERRORS,
        &BACKSLASHREPLACE_ERRORS,
        &XMLCHARREFREPLACE_ERRORS,
        &NAMEREPLACE_ERRORS,
        &SET_LOOKUP,
        &BUILTIN,
    ] {
        m.func(f);
    }
    Ok(())
}
