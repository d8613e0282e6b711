//! `binascii`: conversions between binary data and ASCII (hex, base64,
//! uuencode, quoted-printable) and the CRC-32 and CRC-CCITT checksums, with CPython 3.11's
//! argument rules, results (also on malformed input) and messages;
//! `binascii.Error` and `binascii.Incomplete`. `base64` (`lib/base64.al`)
//! is built on it.

use crate::exc::error::{overflow_error, set_pending, type_error, value_error, Pending, R};
use crate::object::{Kind, TypeObj};
use crate::objects::bytes;
use crate::objects::func::BuiltinObj;
use crate::objects::int;
use crate::protocol::args::Args;
use crate::stdlib::{bind, ModuleBuilder};
use crate::value::Value;
use std::borrow::Cow;
use std::cell::Cell;

thread_local! {
    /// `binascii.Error` and `binascii.Incomplete`, created on first use.
    /// Classes are never freed (`crate::class`), so no root is needed.
    static CLASSES: Cell<(Value, Value)> = const { Cell::new((Value::NULL, Value::NULL)) };
}

/// `(binascii.Error, binascii.Incomplete)`.
fn classes() -> R<(Value, Value)> {
    let c = CLASSES.with(|c| c.get());
    if !c.0.is_null() {
        return Ok(c);
    }
    let error = crate::stdlib::exception_class("binascii", "Error", &crate::exc::VALUE_ERROR)?;
    let incomplete =
        crate::stdlib::exception_class("binascii", "Incomplete", &crate::exc::EXCEPTION)?;
    CLASSES.with(|c| c.set((error, incomplete)));
    Ok((error, incomplete))
}

/// Raises `binascii.Error(msg)`.
fn error(msg: &str) -> Pending {
    match classes() {
        Ok((e, _)) => set_pending(crate::exc::with_message(e.as_ref::<TypeObj>(), msg)),
        Err(p) => p,
    }
}

// ---- arguments --------------------------------------------------------------------------

/// The data of an `a2b_*` function: a bytes-like value or an ASCII-only
/// str (CPython's `ascii_buffer` converter).
fn ascii_data(v: Value) -> R<Cow<'static, [u8]>> {
    let u = crate::class::instance::unwrap(v);
    if let Some(s) = crate::objects::str::try_str(u) {
        if !s.is_ascii() {
            return Err(value_error(
                "string argument should contain only ASCII characters",
            ));
        }
        return Ok(Cow::Borrowed(s.as_bytes()));
    }
    if bytes::is_bytes_like(u) {
        return bytes::buffer_arg(u);
    }
    Err(type_error(format!(
        "argument should be bytes, buffer or ASCII string, not '{}'",
        crate::object::type_name(v)
    )))
}

/// A C `int` argument (`__index__`).
fn c_int(v: Value) -> R<i32> {
    let i = crate::protocol::num::int_arg(v)?;
    int::as_i64(i)
        .and_then(|x| i32::try_from(x).ok())
        .ok_or_else(|| overflow_error("Python int too large to convert to C int"))
}

/// An `unsigned int` argument taken bitwise: any int, reduced modulo 2**32.
fn c_uint_bitwise(v: Value) -> R<u32> {
    let i = crate::protocol::num::int_arg(v)?;
    let b = int::to_ibig(i);
    let m = b % dashu_int::IBig::from(1u64 << 32);
    let m = if m < dashu_int::IBig::ZERO {
        m + dashu_int::IBig::from(1u64 << 32)
    } else {
        m
    };
    Ok(u32::try_from(&m).unwrap_or(0))
}

// ---- hex --------------------------------------------------------------------------------

/// The separator of `hexlify`: one character of a str (code points below
/// 256 taken as that byte, as CPython does) or one byte of a bytes value.
fn hex_sep(s: Value) -> R<u8> {
    if crate::protocol::dispatch::len(s)? != 1 {
        return Err(value_error("sep must be length 1."));
    }
    let u = crate::class::instance::unwrap(s);
    if let Some(t) = crate::objects::str::try_str(u) {
        let c = t.chars().next().map_or(0, |c| c as u32);
        return u8::try_from(c).map_err(|_| value_error("sep must be ASCII."));
    }
    if u.kind() == Kind::Bytes {
        return Ok(bytes::bytes_data(u)[0]);
    }
    Err(type_error("sep must be str or bytes."))
}

/// `hexlify(data, sep=<none>, bytes_per_sep=1)`, also `b2a_hex`.
fn hexlify(fname: &str, args: Args) -> R<Value> {
    let [data, sep, per] =
        crate::builtins::args::bind_clinic(fname, &args, ["data", "sep", "bytes_per_sep"], 0, 1)?;
    let data = bytes::buffer_arg(data.unwrap_or(Value::NULL))?;
    let sep = match sep {
        Some(s) => Some(hex_sep(s)?),
        None => None,
    };
    let per = match per {
        Some(p) => c_int(p)? as i64,
        None => 1,
    };
    Ok(bytes::from_vec(hex_bytes(&data, sep, per)))
}

/// The hex digits of `d` with `sep` between groups, as bytes: `hex_text`
/// writes a separator byte above 127 as the char of that code point.
fn hex_bytes(d: &[u8], sep: Option<u8>, per: i64) -> Vec<u8> {
    let text = bytes::format::hex_text(d, sep, per);
    text.chars().map(|c| c as u32 as u8).collect()
}

static HEXLIFY: BuiltinObj = BuiltinObj::new("hexlify", |a| hexlify("hexlify", a));
static B2A_HEX: BuiltinObj = BuiltinObj::new("b2a_hex", |a| hexlify("b2a_hex", a));

/// The value of an ASCII hex digit.
fn hex_digit(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

/// `unhexlify(hexstr, /)`, also `a2b_hex`.
fn unhexlify(fname: &str, args: Args) -> R<Value> {
    let v = args.positional_range(fname, 1, 1)?[0];
    let d = ascii_data(v)?;
    if d.len() % 2 != 0 {
        return Err(error("Odd-length string"));
    }
    let mut out = Vec::with_capacity(d.len() / 2);
    for pair in d.chunks_exact(2) {
        match (hex_digit(pair[0]), hex_digit(pair[1])) {
            (Some(a), Some(b)) => out.push(a << 4 | b),
            _ => return Err(error("Non-hexadecimal digit found")),
        }
    }
    Ok(bytes::from_vec(out))
}

static UNHEXLIFY: BuiltinObj = BuiltinObj::new("unhexlify", |a| unhexlify("binascii.unhexlify", a));
static A2B_HEX: BuiltinObj = BuiltinObj::new("a2b_hex", |a| unhexlify("binascii.a2b_hex", a));

// ---- base64 -----------------------------------------------------------------------------

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// The standard base64 encoding of `d`, padded with `=`.
pub fn base64_encode(d: &[u8], out: &mut Vec<u8>) {
    for c in d.chunks(3) {
        let n = (c[0] as u32) << 16
            | (c.get(1).copied().unwrap_or(0) as u32) << 8
            | c.get(2).copied().unwrap_or(0) as u32;
        let sextet = |k: u32| B64[((n >> k) & 63) as usize];
        out.push(sextet(18));
        out.push(sextet(12));
        out.push(if c.len() > 1 { sextet(6) } else { b'=' });
        out.push(if c.len() > 2 { sextet(0) } else { b'=' });
    }
}

/// The value of a base64 character, or None.
fn b64_value(c: u8) -> Option<u32> {
    Some(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    } as u32)
}

/// Decodes base64 as CPython's `a2b_base64` does. Leniently (the default),
/// characters outside the alphabet are skipped, and the first `=` that
/// completes a group (after at least two data characters of it) ends the
/// input; with `strict`, anything but base64 with correct padding is an
/// error (though `=` after a complete group is let through, as in 3.11).
pub fn base64_decode(d: &[u8], strict: bool) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(d.len() / 4 * 3 + 3);
    // Data characters of the group being read (0..=3), the bits kept from
    // them, and the `=` seen since the last data character.
    let mut quad = 0u32;
    let mut acc = 0u32;
    let mut pads = 0u32;
    let mut padding = false;
    if strict && d.first() == Some(&b'=') {
        return Err("Leading padding not allowed".into());
    }
    for (i, &c) in d.iter().enumerate() {
        if c == b'=' {
            padding = true;
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    if strict && i + 1 < d.len() {
                        return Err("Excess data after padding".into());
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err("Only base64 data is allowed".into());
            }
            continue;
        };
        if strict && padding {
            return Err("Discontinuous padding not allowed".into());
        }
        pads = 0;
        acc = acc << 6 | v;
        quad += 1;
        match quad {
            2 => out.push((acc >> 4) as u8),
            3 => out.push((acc >> 2) as u8),
            4 => {
                out.push(acc as u8);
                quad = 0;
                acc = 0;
            }
            _ => {}
        }
        acc &= match quad {
            2 => 0x0f,
            3 => 0x03,
            _ => 0x3f,
        };
    }
    match quad {
        0 => Ok(out),
        1 => Err(format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more \
             than a multiple of 4",
            out.len() / 3 * 4 + 1
        )),
        _ => Err("Incorrect padding".into()),
    }
}

/// `b2a_base64(data, /, *, newline=True)`.
static B2A_BASE64: BuiltinObj = BuiltinObj::new("b2a_base64", |args| {
    let [data, newline] = bind("b2a_base64", &args, ["data", "newline"], 1, 1, 1)?;
    let data = bytes::buffer_arg(data.unwrap_or(Value::NULL))?;
    let newline = match newline {
        Some(n) => c_int(n)? != 0,
        None => true,
    };
    let mut out = Vec::new();
    if out.try_reserve_exact(data.len() / 3 * 4 + 5).is_err() {
        return Err(crate::exc::error::raise(&crate::exc::MEMORY_ERROR, ""));
    }
    base64_encode(&data, &mut out);
    if newline {
        out.push(b'\n');
    }
    Ok(bytes::from_vec(out))
});

/// `a2b_base64(data, /, *, strict_mode=False)`.
static A2B_BASE64: BuiltinObj = BuiltinObj::new("a2b_base64", |args| {
    let [data, strict] = bind("a2b_base64", &args, ["data", "strict_mode"], 1, 1, 1)?;
    let data = ascii_data(data.unwrap_or(Value::NULL))?;
    let strict = match strict {
        Some(s) => c_int(s)? != 0,
        None => false,
    };
    base64_decode(&data, strict)
        .map(bytes::from_vec)
        .map_err(|m| error(&m))
});

// ---- uuencode ---------------------------------------------------------------------------

/// `b2a_uu(data, /, *, backtick=False)`: one line of at most 45 bytes.
static B2A_UU: BuiltinObj = BuiltinObj::new("b2a_uu", |args| {
    let [data, backtick] = bind("b2a_uu", &args, ["data", "backtick"], 1, 1, 1)?;
    let data = bytes::buffer_arg(data.unwrap_or(Value::NULL))?;
    let backtick = match backtick {
        Some(b) => c_int(b)? != 0,
        None => false,
    };
    if data.len() > 45 {
        return Err(error("At most 45 bytes at once"));
    }
    let char_of = |v: u32| {
        if backtick && v == 0 {
            b'`'
        } else {
            b' ' + v as u8
        }
    };
    let mut out = vec![char_of(data.len() as u32)];
    for c in data.chunks(3) {
        let n = (c[0] as u32) << 16
            | (c.get(1).copied().unwrap_or(0) as u32) << 8
            | c.get(2).copied().unwrap_or(0) as u32;
        for k in [18, 12, 6, 0] {
            out.push(char_of((n >> k) & 63));
        }
    }
    out.push(b'\n');
    Ok(bytes::from_vec(out))
});

/// Decodes one uuencoded line as CPython does: the first character gives
/// the length (an empty line reads as 32 bytes, CPython seeing its NUL
/// terminator); missing characters, `\n` and `\r` count as zeros; after
/// the data only spaces, backticks and line ends may follow.
pub fn uu_decode(d: &[u8]) -> Result<Vec<u8>, &'static str> {
    let first = d.first().copied().unwrap_or(0);
    let len = (first.wrapping_sub(b' ') & 0x3f) as usize;
    let rest = d.get(1..).unwrap_or(&[]);
    let mut out = Vec::with_capacity(len);
    let (mut acc, mut bits) = (0u32, 0u32);
    let mut i = 0;
    while out.len() < len {
        let v = match rest.get(i) {
            None | Some(b'\n') | Some(b'\r') => 0,
            Some(&c) if !(b' '..=b' ' + 64).contains(&c) => return Err("Illegal char"),
            Some(&c) => ((c - b' ') & 0x3f) as u32,
        };
        acc = (acc << 6 | v) & 0xfff;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
        i += 1;
    }
    let tail = rest.get(i..).unwrap_or(&[]);
    if tail
        .iter()
        .any(|&c| !matches!(c, b' ' | b'`' | b'\n' | b'\r'))
    {
        return Err("Trailing garbage");
    }
    Ok(out)
}

/// `a2b_uu(data, /)`.
static A2B_UU: BuiltinObj = BuiltinObj::new("a2b_uu", |args| {
    let v = args.positional_range("binascii.a2b_uu", 1, 1)?[0];
    let d = ascii_data(v)?;
    uu_decode(&d).map(bytes::from_vec).map_err(error)
});

// ---- quoted-printable -------------------------------------------------------------------

/// Output lines of quoted-printable text are at most this long (RFC 2045),
/// soft line breaks included.
const QP_LINE: usize = 76;

/// Encodes quoted-printable as CPython's `b2a_qp`: `=XX` (upper-case hex)
/// for bytes above 126, `=`, controls, a `.` alone at the start of a line,
/// whitespace ending the data (and tabs and spaces everywhere with
/// `quotetabs`), `_` with `header` (where spaces become `_`), and line ends
/// unless `istext`; soft line breaks (`=` and a line end) keep lines within
/// 76 characters. Line ends are CRLF when the data's first `\n` follows a
/// `\r`; whitespace before a line end of the text is quoted.
pub fn qp_encode(d: &[u8], quotetabs: bool, istext: bool, header: bool) -> Vec<u8> {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let crlf = d
        .iter()
        .position(|&c| c == b'\n')
        .is_some_and(|i| i > 0 && d[i - 1] == b'\r');
    let mut out: Vec<u8> = Vec::with_capacity(d.len() + d.len() / 8);
    let line_end = |out: &mut Vec<u8>| {
        if crlf {
            out.push(b'\r');
        }
        out.push(b'\n');
    };
    let mut linelen = 0;
    let mut i = 0;
    while i < d.len() {
        let c = d[i];
        let next = d.get(i + 1).copied();
        let last = next.is_none();
        let quote = c > 126
            || c == b'='
            || (header && c == b'_')
            || (c == b'.'
                && linelen == 0
                && matches!(next, None | Some(b'\n') | Some(b'\r') | Some(0)))
            || (!istext && (c == b'\r' || c == b'\n'))
            || ((c == b'\t' || c == b' ') && last)
            || (c < 33 && c != b'\r' && c != b'\n' && (quotetabs || (c != b'\t' && c != b' ')));
        if quote {
            if linelen + 3 >= QP_LINE {
                out.push(b'=');
                line_end(&mut out);
                linelen = 0;
            }
            out.extend_from_slice(&[b'=', HEX[(c >> 4) as usize], HEX[(c & 15) as usize]]);
            linelen += 3;
            i += 1;
        } else if istext && (c == b'\n' || (c == b'\r' && next == Some(b'\n'))) {
            // Whitespace ending a line would be lost in transport: quote it.
            if let Some(&w @ (b' ' | b'\t')) = out.last() {
                out.pop();
                out.extend_from_slice(&[b'=', HEX[(w >> 4) as usize], HEX[(w & 15) as usize]]);
            }
            line_end(&mut out);
            linelen = 0;
            i += if c == b'\r' { 2 } else { 1 };
        } else {
            if !last && next != Some(b'\n') && linelen + 1 >= QP_LINE {
                out.push(b'=');
                line_end(&mut out);
                linelen = 0;
            }
            linelen += 1;
            out.push(if header && c == b' ' { b'_' } else { c });
            i += 1;
        }
    }
    out
}

/// Decodes quoted-printable as CPython's `a2b_qp`: `=XX` (either case) is
/// a byte, `=` before a line end (or at the very end) is a soft line
/// break (after `=\r`, everything up to the next `\n` goes), `==` is one
/// `=`, any other `=` stays; with `header`, `_` is a space.
pub fn qp_decode(d: &[u8], header: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(d.len());
    let mut i = 0;
    while i < d.len() {
        let c = d[i];
        if c == b'=' {
            i += 1;
            let Some(&n) = d.get(i) else { break };
            if n == b'\n' || n == b'\r' {
                while i < d.len() && d[i] != b'\n' {
                    i += 1;
                }
                i += 1;
            } else if n == b'=' {
                out.push(b'=');
                i += 1;
            } else {
                match (hex_digit(n), d.get(i + 1).copied().and_then(hex_digit)) {
                    (Some(a), Some(b)) => {
                        out.push(a << 4 | b);
                        i += 2;
                    }
                    _ => out.push(b'='),
                }
            }
        } else {
            out.push(if header && c == b'_' { b' ' } else { c });
            i += 1;
        }
    }
    out
}

/// `a2b_qp(data, header=False)`.
static A2B_QP: BuiltinObj = BuiltinObj::new("a2b_qp", |args| {
    let [data, header] =
        crate::builtins::args::bind_clinic("a2b_qp", &args, ["data", "header"], 0, 1)?;
    let data = ascii_data(data.unwrap_or(Value::NULL))?;
    let header = match header {
        Some(h) => c_int(h)? != 0,
        None => false,
    };
    Ok(bytes::from_vec(qp_decode(&data, header)))
});

/// `b2a_qp(data, quotetabs=False, istext=True, header=False)`.
static B2A_QP: BuiltinObj = BuiltinObj::new("b2a_qp", |args| {
    let [data, quotetabs, istext, header] = crate::builtins::args::bind_clinic(
        "b2a_qp",
        &args,
        ["data", "quotetabs", "istext", "header"],
        0,
        1,
    )?;
    let data = bytes::buffer_arg(data.unwrap_or(Value::NULL))?;
    let flag = |v: Option<Value>, default: bool| match v {
        Some(v) => c_int(v).map(|i| i != 0),
        None => Ok(default),
    };
    let quotetabs = flag(quotetabs, false)?;
    let istext = flag(istext, true)?;
    let header = flag(header, false)?;
    Ok(bytes::from_vec(qp_encode(&data, quotetabs, istext, header)))
});

// ---- checksums --------------------------------------------------------------------------

/// CRC-32 tables (reflected polynomial 0xEDB88320), built at compile time:
/// `T[0]` is the byte-at-a-time table, `T[k]` advances a byte through `k`
/// more zero bytes, so eight input bytes take eight lookups together
/// ("slicing by 8", as zlib does).
static CRC32_TABLES: [[u32; 256]; 8] = {
    let mut t = [[0u32; 256]; 8];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xedb8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        t[0][i] = c;
        i += 1;
    }
    let mut j = 1;
    while j < 8 {
        let mut i = 0;
        while i < 256 {
            let prev = t[j - 1][i];
            t[j][i] = (prev >> 8) ^ t[0][(prev & 0xff) as usize];
            i += 1;
        }
        j += 1;
    }
    t
};

/// zlib's CRC-32 of `d`, continuing from `crc`.
pub fn crc32(d: &[u8], crc: u32) -> u32 {
    let t = &CRC32_TABLES;
    let mut c = !crc;
    let mut chunks = d.chunks_exact(8);
    for w in &mut chunks {
        let lo = c ^ u32::from_le_bytes([w[0], w[1], w[2], w[3]]);
        c = t[7][(lo & 0xff) as usize]
            ^ t[6][((lo >> 8) & 0xff) as usize]
            ^ t[5][((lo >> 16) & 0xff) as usize]
            ^ t[4][(lo >> 24) as usize]
            ^ t[3][w[4] as usize]
            ^ t[2][w[5] as usize]
            ^ t[1][w[6] as usize]
            ^ t[0][w[7] as usize];
    }
    for &b in chunks.remainder() {
        c = t[0][((c ^ b as u32) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

/// CRC-CCITT (polynomial 0x1021, not reflected) of `d` from `crc`, as
/// BinHex 4 uses it.
pub fn crc_hqx(d: &[u8], crc: u16) -> u16 {
    let mut c = crc;
    for &b in d {
        c ^= (b as u16) << 8;
        for _ in 0..8 {
            c = if c & 0x8000 != 0 {
                (c << 1) ^ 0x1021
            } else {
                c << 1
            };
        }
    }
    c
}

/// `crc32(data, crc=0, /)`.
static CRC32: BuiltinObj = BuiltinObj::new("crc32", |args| {
    args.no_kwargs("binascii.crc32")?;
    let pos = args.positional_range("crc32", 1, 2)?;
    let d = bytes::buffer_arg(pos[0])?;
    let start = match pos.get(1) {
        Some(&c) => c_uint_bitwise(c)?,
        None => 0,
    };
    Ok(Value::from_small(crc32(&d, start) as i64))
});

/// `crc_hqx(data, crc, /)`.
static CRC_HQX: BuiltinObj = BuiltinObj::new("crc_hqx", |args| {
    args.no_kwargs("binascii.crc_hqx")?;
    let pos = args.positional_range("crc_hqx", 2, 2)?;
    let d = bytes::buffer_arg(pos[0])?;
    let start = c_uint_bitwise(pos[1])? as u16;
    Ok(Value::from_small(crc_hqx(&d, start) as i64))
});

// ---- the module -------------------------------------------------------------------------

/// Defines `binascii`'s attributes.
pub fn init(m: &mut ModuleBuilder) -> R<()> {
    let (error, incomplete) = classes()?;
    m.value("Error", error);
    m.value("Incomplete", incomplete);
    m.func(&A2B_BASE64);
    m.func(&A2B_HEX);
    m.func(&A2B_QP);
    m.func(&A2B_UU);
    m.func(&B2A_BASE64);
    m.func(&B2A_HEX);
    m.func(&B2A_QP);
    m.func(&B2A_UU);
    m.func(&CRC32);
    m.func(&CRC_HQX);
    m.func(&HEXLIFY);
    m.func(&UNHEXLIFY);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checksums() {
        assert_eq!(crc32(b"hello", 0), 907_060_870);
        assert_eq!(crc32(b"hello", 1), 191_926_070);
        // The eight-byte path agrees with the byte-at-a-time one.
        let data: Vec<u8> = (0..1000u32).map(|i| (i * 37 + 11) as u8).collect();
        let mut bytewise = !0u32;
        for &b in &data {
            bytewise = CRC32_TABLES[0][((bytewise ^ b as u32) & 0xff) as usize] ^ (bytewise >> 8);
        }
        for n in [0, 7, 8, 9, 999, 1000] {
            let mut one = !0u32;
            for &b in &data[..n] {
                one = CRC32_TABLES[0][((one ^ b as u32) & 0xff) as usize] ^ (one >> 8);
            }
            assert_eq!(crc32(&data[..n], 0), !one);
        }
        assert_eq!(crc32(&data, 0), !bytewise);
        assert_eq!(crc_hqx(b"hello", 0), 50018);
        assert_eq!(crc_hqx(b"hello", 0x1234), 26019);
    }

    #[test]
    fn base64_round_trip_and_errors() {
        let mut out = Vec::new();
        base64_encode(b"hello", &mut out);
        assert_eq!(out, b"aGVsbG8=");
        assert_eq!(
            base64_decode(b"aGVsbG8=", true).as_deref(),
            Ok(&b"hello"[..])
        );
        assert_eq!(
            base64_decode(b"aG=VsbG8", false),
            Err("Incorrect padding".into())
        );
        assert_eq!(base64_decode(b"ab=c=", false).as_deref(), Ok(&b"i\xb7"[..]));
        assert!(base64_decode(b"aGVsbG8", false).is_err());
        assert_eq!(
            base64_decode(b"=a", true),
            Err("Leading padding not allowed".into())
        );
    }

    #[test]
    fn uu() {
        assert_eq!(uu_decode(b"%:&5L;&\\\n").as_deref(), Ok(&b"hello"[..]));
        assert_eq!(uu_decode(b"").map(|v| v.len()), Ok(32));
        assert_eq!(uu_decode(b"%:&5L;&\\ x"), Err("Trailing garbage"));
    }

    #[test]
    fn quoted_printable() {
        assert_eq!(
            qp_encode(b"hello = world\t\n", false, true, false),
            b"hello =3D world=09\n"
        );
        assert_eq!(qp_encode(b"a b_c", false, true, true), b"a_b=5Fc");
        assert_eq!(qp_encode(b"\n\r\n\r", false, true, false), b"\n\n\r");
        assert_eq!(qp_decode(b"a=41=\r\nb==41=g_", true), b"aAb=41=g ");
    }

    #[test]
    fn hex_separator_bytes() {
        assert_eq!(hex_bytes(b"ab", Some(0xff), 1), b"61\xff62");
    }
}
