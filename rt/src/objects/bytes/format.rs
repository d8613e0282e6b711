//! `bytes % args` (PEP 461) and `hex(sep, bytes_per_sep)`. Numeric
//! conversions are formatted by str's `%` machinery (the digits are ASCII);
//! `%s`/`%b` take bytes-like values or `__bytes__`, `%r`/`%a` the ASCII
//! repr, `%c` an int in range(256) or one byte; CPython's messages.

use super::{data, like};
use crate::exc::error::{overflow_error, type_error, value_error, R};
use crate::object::{type_name, Kind};
use crate::protocol::args::Args;
use crate::protocol::dispatch;
use crate::value::Value;

/// Where the values come from: a tuple (or one value), or a mapping.
enum Source<'a> {
    Seq(&'a [Value], usize),
    Map(Value),
}

impl Source<'_> {
    fn next(&mut self) -> R<Value> {
        match self {
            Source::Seq(items, i) => {
                let v = items
                    .get(*i)
                    .copied()
                    .ok_or_else(|| type_error("not enough arguments for format string"))?;
                *i += 1;
                Ok(v)
            }
            Source::Map(m) => Ok(*m),
        }
    }
}

/// True if `%` treats `args` as a mapping (CPython's `PyMapping_Check`
/// without tuples, str and the bytes types).
fn is_mapping(args: Value) -> bool {
    if args.is_small() {
        return false;
    }
    if crate::class::ops::is_user(args) {
        return crate::class::ops::is_mapping(args);
    }
    matches!(
        args.kind(),
        Kind::Dict | Kind::List | Kind::Range | Kind::MemoryView
    )
}

/// `fmt % args` for a bytes or bytearray `fmt`.
pub fn percent(fmt: Value, args: Value) -> R<Value> {
    let f = data(fmt).unwrap_or_default();
    let single = [args];
    let tuple = args.kind() == Kind::Tuple;
    let mapping = !tuple && is_mapping(args);
    let mut src = if tuple {
        Source::Seq(crate::objects::tuple::items(args), 0)
    } else if mapping {
        Source::Map(args)
    } else {
        Source::Seq(&single, 0)
    };
    let mut out = Vec::with_capacity(f.len());
    let mut i = 0;
    while i < f.len() {
        let c = f[i];
        if c != b'%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        let mut arg: Option<Value> = None;
        if f.get(i) == Some(&b'(') {
            let Source::Map(m) = src else {
                return Err(type_error("format requires a mapping"));
            };
            let start = i + 1;
            let mut depth = 1;
            let mut j = start;
            while j < f.len() {
                match f[j] {
                    b'(' => depth += 1,
                    b')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= f.len() {
                return Err(value_error("incomplete format key"));
            }
            let key = super::new_bytes(&f[start..j]);
            arg = Some(dispatch::getitem(m, key)?);
            i = j + 1;
        }
        let mut flags = String::new();
        while let Some(&c) = f.get(i) {
            if matches!(c, b'-' | b'+' | b' ' | b'#' | b'0') {
                flags.push(c as char);
                i += 1;
            } else {
                break;
            }
        }
        // `*` takes a C ssize_t for the width and a C int for the precision.
        let number = |i: &mut usize, src: &mut Source, c_int: bool| -> R<Option<i64>> {
            if f.get(*i) == Some(&b'*') {
                *i += 1;
                let v = src.next()?;
                if !matches!(v.kind(), Kind::Int | Kind::Bool) {
                    return Err(type_error("* wants int"));
                }
                let n =
                    crate::objects::int::as_i64(v).filter(|n| !c_int || i32::try_from(*n).is_ok());
                return Ok(Some(n.ok_or_else(|| {
                    overflow_error(if c_int {
                        "Python int too large to convert to C int"
                    } else {
                        "Python int too large to convert to C ssize_t"
                    })
                })?));
            }
            let s = *i;
            while f.get(*i).is_some_and(|c| c.is_ascii_digit()) {
                *i += 1;
            }
            if *i == s {
                return Ok(None);
            }
            std::str::from_utf8(&f[s..*i])
                .ok()
                .and_then(|t| t.parse::<i64>().ok())
                .map(Some)
                .ok_or_else(|| value_error("width too big"))
        };
        let mut width = number(&mut i, &mut src, false)?;
        if let Some(w) = width {
            if w < 0 {
                flags.push('-');
                width = Some(-w);
            }
        }
        let mut prec = None;
        if f.get(i) == Some(&b'.') {
            i += 1;
            prec = Some(number(&mut i, &mut src, true)?.unwrap_or(0));
        }
        while matches!(f.get(i), Some(b'h' | b'l' | b'L')) {
            i += 1;
        }
        let Some(&conv) = f.get(i) else {
            return Err(value_error("incomplete format"));
        };
        i += 1;
        if conv == b'%' {
            out.push(b'%');
            continue;
        }
        let v = match arg {
            Some(v) => v,
            None => src.next()?,
        };
        let left = flags.contains('-');
        let text: Vec<u8> = match conv {
            b's' | b'b' => {
                let mut d = match data(v) {
                    Some(d) => d.into_owned(),
                    None => match super::dunder_bytes(v)? {
                        Some(d) => d,
                        None => {
                            return Err(type_error(format!(
                                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                type_name(v)
                            )))
                        }
                    },
                };
                if let Some(p) = prec {
                    d.truncate(p.max(0) as usize);
                }
                d
            }
            b'r' | b'a' => {
                let r = crate::objects::str::ops::ascii_escape(&dispatch::repr(v)?);
                let mut d = r.into_bytes();
                if let Some(p) = prec {
                    d.truncate(p.max(0) as usize);
                }
                d
            }
            b'c' => vec![char_arg(v)?],
            b'd' | b'i' | b'u' | b'o' | b'x' | b'X' | b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
                let mut spec = format!("%{flags}");
                if let Some(w) = width {
                    spec.push_str(&w.to_string());
                }
                if let Some(p) = prec {
                    spec.push_str(&format!(".{p}"));
                }
                spec.push(conv as char);
                let one = crate::objects::tuple::from_slice(&[v]);
                let r = crate::text::format::percent(crate::objects::str::from_string(spec), one)
                    .map_err(|p| numeric_message(p, conv))?;
                out.extend_from_slice(crate::objects::str::as_str(r).as_bytes());
                continue;
            }
            _ => {
                let shown = if (0x20..0x7f).contains(&conv) {
                    (conv as char).to_string()
                } else {
                    "?".to_string()
                };
                return Err(value_error(format!(
                    "unsupported format character '{shown}' (0x{conv:x}) at index {}",
                    i - 1
                )));
            }
        };
        let w = width.unwrap_or(0).max(0) as usize;
        let pad = w.saturating_sub(text.len());
        if out.try_reserve(pad.saturating_add(text.len())).is_err() {
            return Err(crate::exc::error::raise(&crate::exc::MEMORY_ERROR, ""));
        }
        if !left {
            out.extend(std::iter::repeat_n(b' ', pad));
        }
        out.extend_from_slice(&text);
        if left {
            out.extend(std::iter::repeat_n(b' ', pad));
        }
    }
    if let Source::Seq(items, used) = src {
        if used < items.len() {
            return Err(type_error(
                "not all arguments converted during bytes formatting",
            ));
        }
    }
    Ok(like(fmt, out))
}

/// Rewrites str's `%` TypeErrors as bytes' `%` words them: floats
/// "float argument required", `%i` named `%d`.
fn numeric_message(p: crate::exc::error::Pending, conv: u8) -> crate::exc::error::Pending {
    let e = crate::exc::error::pending();
    let Some(eo) = e.downcast::<crate::exc::ExcObj>() else {
        return p;
    };
    if !std::ptr::eq(eo.header.ty, &crate::exc::TYPE_ERROR) {
        return p;
    }
    let text = match crate::objects::tuple::items(eo.args.get()) {
        [m] => crate::objects::str::try_str(*m).unwrap_or("").to_string(),
        _ => return p,
    };
    let new = if let Some(rest) = text.strip_prefix("must be real number, not ") {
        format!("float argument required, not {rest}")
    } else if conv == b'i' {
        text.replacen("%i format", "%d format", 1)
    } else {
        return p;
    };
    type_error(new)
}

/// The byte of `%c`: an int in range(256) or a bytes-like of length 1.
fn char_arg(v: Value) -> R<u8> {
    if let Some(d) = data(v) {
        if d.len() == 1 {
            return Ok(d[0]);
        }
    } else if let Some(i) = crate::protocol::num::as_int(v)? {
        return match crate::objects::int::as_i64(i) {
            Some(n) if (0..256).contains(&n) => Ok(n as u8),
            _ => Err(overflow_error("%c arg not in range(256)")),
        };
    }
    Err(type_error(
        "%c requires an integer in range(256) or a single byte",
    ))
}

/// The hex digits of `d`, with `sep` between groups of `per` bytes
/// (counted from the right when `per` is positive, from the left when
/// negative), as `bytes.hex` and `memoryview.hex` write them.
pub fn hex_text(d: &[u8], sep: Option<u8>, per: i64) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(d.len() * 3);
    let n = d.len();
    let group = per.unsigned_abs() as usize;
    for (i, &b) in d.iter().enumerate() {
        if let (Some(s), true) = (sep, group > 0 && i > 0) {
            let boundary = if per > 0 {
                (n - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push(s as char);
            }
        }
        out.push(HEX[(b >> 4) as usize] as char);
        out.push(HEX[(b & 15) as usize] as char);
    }
    out
}

/// The `sep` and `bytes_per_sep` arguments of `hex`.
pub fn hex_args(args: &Args) -> R<(Option<u8>, i64)> {
    let [sep, per] =
        crate::builtins::args::bind_clinic("hex", args, ["sep", "bytes_per_sep"], 0, 0)?;
    let per = match per {
        Some(p) => {
            let i = crate::protocol::num::int_arg(p)?;
            crate::objects::int::as_i64(i)
                .filter(|v| i32::try_from(*v).is_ok())
                .ok_or_else(|| overflow_error("Python int too large to convert to C int"))?
        }
        None => 1,
    };
    let sep = match sep {
        None => None,
        Some(s) => {
            // CPython asks the length first, then the type.
            if crate::protocol::dispatch::len(s)? != 1 {
                return Err(value_error("sep must be length 1."));
            }
            if let Some(t) = crate::objects::str::try_str(s) {
                if !t.is_ascii() {
                    return Err(value_error("sep must be ASCII."));
                }
                Some(t.as_bytes()[0])
            } else if s.kind() == Kind::Bytes {
                Some(super::bytes_data(crate::class::instance::unwrap(s))[0])
            } else {
                return Err(type_error("sep must be str or bytes."));
            }
        }
    };
    Ok((sep, per))
}

/// `hex(sep=..., bytes_per_sep=1)` of bytes and bytearray.
pub fn hex(o: Value, args: Args) -> R<Value> {
    let (sep, per) = hex_args(&args)?;
    let d = data(o).unwrap_or_default();
    Ok(crate::objects::str::from_string(hex_text(&d, sep, per)))
}
