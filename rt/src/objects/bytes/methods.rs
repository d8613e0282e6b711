//! The bytes and bytearray methods that work byte by byte: stripping,
//! ASCII case mapping and the `is*` predicates, padding, `expandtabs`,
//! `removeprefix`/`removesuffix`, `translate`/`maketrans`, `decode`, and
//! `__bytes__`/`__getnewargs__`.

use super::search::me;
use super::{buffer_arg, data, like};
use crate::builtins::args::bind_clinic;
use crate::exc::error::{type_error, value_error, R};
use crate::object::{self, type_name, Kind};
use crate::objects::slice;
use crate::protocol::args::Args;
use crate::value::Value;

/// ASCII whitespace as bytes methods define it (`Py_ISSPACE`).
pub fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// The name CPython's messages give a method: `bytes.lower`.
fn qual(o: Value, m: &str) -> String {
    format!("{}.{m}", type_name(o))
}

fn no_args(o: Value, args: &Args, m: &str) -> R<()> {
    args.positional_range(&qual(o, m), 0, 0).map(|_| ())
}

// ---- stripping --------------------------------------------------------------------

fn strip_form(o: Value, args: Args, m: &str, left: bool, right: bool) -> R<Value> {
    let a = args.positional_range(m, 0, 1)?;
    let chars: Option<Vec<u8>> = match a.first() {
        Some(v) if !object::is_none(*v) => Some(buffer_arg(*v)?.into_owned()),
        _ => None,
    };
    let strip = |c: u8| match &chars {
        Some(cs) => cs.contains(&c),
        None => is_space(c),
    };
    let d = me(o);
    let mut s = 0;
    let mut e = d.len();
    if left {
        while s < e && strip(d[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip(d[e - 1]) {
            e -= 1;
        }
    }
    Ok(like(o, d[s..e].to_vec()))
}

/// `strip(bytes=None)`
pub fn strip(o: Value, args: Args) -> R<Value> {
    strip_form(o, args, "strip", true, true)
}

/// `lstrip(bytes=None)`
pub fn lstrip(o: Value, args: Args) -> R<Value> {
    strip_form(o, args, "lstrip", true, false)
}

/// `rstrip(bytes=None)`
pub fn rstrip(o: Value, args: Args) -> R<Value> {
    strip_form(o, args, "rstrip", false, true)
}

// ---- case --------------------------------------------------------------------------

fn mapped(o: Value, args: Args, m: &str, f: impl Fn(&[u8]) -> Vec<u8>) -> R<Value> {
    no_args(o, &args, m)?;
    let d = me(o);
    Ok(like(o, f(&d)))
}

/// `lower()`
pub fn lower(o: Value, args: Args) -> R<Value> {
    mapped(o, args, "lower", |d| d.to_ascii_lowercase())
}

/// `upper()`
pub fn upper(o: Value, args: Args) -> R<Value> {
    mapped(o, args, "upper", |d| d.to_ascii_uppercase())
}

/// `swapcase()`
pub fn swapcase(o: Value, args: Args) -> R<Value> {
    mapped(o, args, "swapcase", |d| {
        d.iter()
            .map(|&c| {
                if c.is_ascii_lowercase() {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

/// `capitalize()`
pub fn capitalize(o: Value, args: Args) -> R<Value> {
    mapped(o, args, "capitalize", |d| {
        d.iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

/// `title()`: a letter after a non-letter is upper case, others lower.
pub fn title(o: Value, args: Args) -> R<Value> {
    mapped(o, args, "title", |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|&c| {
                let r = if c.is_ascii_alphabetic() {
                    if prev_cased {
                        c.to_ascii_lowercase()
                    } else {
                        c.to_ascii_uppercase()
                    }
                } else {
                    c
                };
                prev_cased = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn predicate(o: Value, args: Args, m: &str, f: impl Fn(&[u8]) -> bool) -> R<Value> {
    no_args(o, &args, m)?;
    let d = me(o);
    Ok(object::boolean(f(&d)))
}

fn all_nonempty(d: &[u8], f: impl Fn(u8) -> bool) -> bool {
    !d.is_empty() && d.iter().all(|&c| f(c))
}

/// `isalnum()`
pub fn isalnum(o: Value, args: Args) -> R<Value> {
    predicate(o, args, "isalnum", |d| {
        all_nonempty(d, |c| c.is_ascii_alphanumeric())
    })
}

/// `isalpha()`
pub fn isalpha(o: Value, args: Args) -> R<Value> {
    predicate(o, args, "isalpha", |d| {
        all_nonempty(d, |c| c.is_ascii_alphabetic())
    })
}

/// `isascii()` (true for empty)
pub fn isascii(o: Value, args: Args) -> R<Value> {
    predicate(o, args, "isascii", |d| d.is_ascii())
}

/// `isdigit()`
pub fn isdigit(o: Value, args: Args) -> R<Value> {
    predicate(o, args, "isdigit", |d| {
        all_nonempty(d, |c| c.is_ascii_digit())
    })
}

/// `isspace()`
pub fn isspace(o: Value, args: Args) -> R<Value> {
    predicate(o, args, "isspace", |d| all_nonempty(d, is_space))
}

/// `islower()`: some cased byte, and no upper-case one.
pub fn islower(o: Value, args: Args) -> R<Value> {
    predicate(o, args, "islower", |d| {
        d.iter().any(|c| c.is_ascii_lowercase()) && !d.iter().any(|c| c.is_ascii_uppercase())
    })
}

/// `isupper()`
pub fn isupper(o: Value, args: Args) -> R<Value> {
    predicate(o, args, "isupper", |d| {
        d.iter().any(|c| c.is_ascii_uppercase()) && !d.iter().any(|c| c.is_ascii_lowercase())
    })
}

/// `istitle()`: upper case only after uncased bytes, lower case only after
/// cased ones, and at least one cased byte.
pub fn istitle(o: Value, args: Args) -> R<Value> {
    predicate(o, args, "istitle", |d| {
        let (mut cased, mut prev) = (false, false);
        for &c in d {
            if c.is_ascii_uppercase() {
                if prev {
                    return false;
                }
                prev = true;
                cased = true;
            } else if c.is_ascii_lowercase() {
                if !prev {
                    return false;
                }
                prev = true;
                cased = true;
            } else {
                prev = false;
            }
        }
        cased
    })
}

// ---- padding -----------------------------------------------------------------------

fn pad_args(o: Value, args: &Args, m: &str) -> R<(i64, u8)> {
    args.no_kwargs(&qual(o, m))?;
    let a = args.positional_range(m, 1, 2)?;
    let width = slice::index_arg(a[0])?;
    let fill = match a.get(1) {
        None => b' ',
        Some(f) => match data(*f) {
            Some(d) if d.len() == 1 && f.kind() != Kind::MemoryView => d[0],
            _ => {
                return Err(type_error(format!(
                    "{m}() argument 2 must be a byte string of length 1, not {}",
                    super::clinic_type_name(*f)
                )))
            }
        },
    };
    Ok((width, fill))
}

fn padded(o: Value, width: i64, fill: u8, left: usize, d: &[u8]) -> R<Value> {
    let total = width as usize;
    let mut v = super::ops::try_vec(total)?;
    v.resize(left, fill);
    v.extend_from_slice(d);
    v.resize(total, fill);
    Ok(like(o, v))
}

/// `center(width, fillchar=b' ')`, splitting the margin by CPython's
/// formula (the odd byte goes left when the width is odd).
pub fn center(o: Value, args: Args) -> R<Value> {
    let (width, fill) = pad_args(o, &args, "center")?;
    let d = me(o);
    if width <= d.len() as i64 {
        return Ok(like(o, d.to_vec()));
    }
    let marg = width as usize - d.len();
    let left = marg / 2 + (marg & width as usize & 1);
    padded(o, width, fill, left, &d)
}

/// `ljust(width, fillchar=b' ')`
pub fn ljust(o: Value, args: Args) -> R<Value> {
    let (width, fill) = pad_args(o, &args, "ljust")?;
    let d = me(o);
    if width <= d.len() as i64 {
        return Ok(like(o, d.to_vec()));
    }
    padded(o, width, fill, 0, &d)
}

/// `rjust(width, fillchar=b' ')`
pub fn rjust(o: Value, args: Args) -> R<Value> {
    let (width, fill) = pad_args(o, &args, "rjust")?;
    let d = me(o);
    if width <= d.len() as i64 {
        return Ok(like(o, d.to_vec()));
    }
    padded(o, width, fill, width as usize - d.len(), &d)
}

/// `zfill(width)`: zeros after a leading sign.
pub fn zfill(o: Value, args: Args) -> R<Value> {
    let w = args.positional_range(&qual(o, "zfill"), 1, 1)?[0];
    let width = slice::index_arg(w)?;
    let d = me(o);
    if width <= d.len() as i64 {
        return Ok(like(o, d.to_vec()));
    }
    let fill = width as usize - d.len();
    let mut v = super::ops::try_vec(width as usize)?;
    let signed = matches!(d.first(), Some(b'+' | b'-'));
    if signed {
        v.push(d[0]);
    }
    v.resize(v.len() + fill, b'0');
    v.extend_from_slice(if signed { &d[1..] } else { &d });
    Ok(like(o, v))
}

/// `expandtabs(tabsize=8)`
pub fn expandtabs(o: Value, args: Args) -> R<Value> {
    let [ts] = bind_clinic("expandtabs", &args, ["tabsize"], 0, 0)?;
    let tab = match ts {
        Some(v) => {
            let i = crate::protocol::num::int_arg(v)?;
            crate::objects::int::as_i64(i)
                .filter(|n| i32::try_from(*n).is_ok())
                .ok_or_else(|| {
                    crate::exc::error::overflow_error("Python int too large to convert to C int")
                })?
        }
        None => 8,
    };
    let d = me(o);
    let mut out = Vec::with_capacity(d.len());
    let mut col: i64 = 0;
    for &c in d.iter() {
        match c {
            b'\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    if out.len() as u64 + n as u64 > isize::MAX as u64 {
                        return Err(crate::exc::error::overflow_error("result too long"));
                    }
                    if out.try_reserve(n as usize).is_err() {
                        return Err(crate::exc::error::raise(&crate::exc::MEMORY_ERROR, ""));
                    }
                    out.resize(out.len() + n as usize, b' ');
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(like(o, out))
}

// ---- affixes -----------------------------------------------------------------------

/// `removeprefix(prefix)`
pub fn removeprefix(o: Value, args: Args) -> R<Value> {
    let p = args.positional_range(&qual(o, "removeprefix"), 1, 1)?[0];
    let p = buffer_arg(p)?;
    let d = me(o);
    let rest = d.strip_prefix(p.as_ref()).unwrap_or(&d);
    if rest.len() == d.len() && o.kind() == Kind::Bytes {
        return Ok(o);
    }
    Ok(like(o, rest.to_vec()))
}

/// `removesuffix(suffix)`
pub fn removesuffix(o: Value, args: Args) -> R<Value> {
    let p = args.positional_range(&qual(o, "removesuffix"), 1, 1)?[0];
    let p = buffer_arg(p)?;
    let d = me(o);
    let rest = d.strip_suffix(p.as_ref()).unwrap_or(&d);
    if rest.len() == d.len() && o.kind() == Kind::Bytes {
        return Ok(o);
    }
    Ok(like(o, rest.to_vec()))
}

// ---- translation -------------------------------------------------------------------

/// `translate(table, /, delete=b'')`
pub fn translate(o: Value, args: Args) -> R<Value> {
    if args.pos.is_empty() {
        return Err(type_error(
            "translate() takes at least 1 positional argument (0 given)",
        ));
    }
    let [table, delete] = bind_clinic("translate", &args, ["table", "delete"], 1, 1)?;
    let table = match table {
        Some(t) if !object::is_none(t) => {
            let t = buffer_arg(t)?.into_owned();
            if t.len() != 256 {
                return Err(value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
        _ => None,
    };
    let delete = match delete {
        Some(d) => buffer_arg(d)?.into_owned(),
        None => Vec::new(),
    };
    let d = me(o);
    let out: Vec<u8> = d
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(like(o, out))
}

/// `bytes.maketrans(frm, to)`: a static method.
pub fn maketrans(_cls: Value, args: Args) -> R<Value> {
    let a = args.positional_range("maketrans", 2, 2)?;
    let frm = buffer_arg(a[0])?;
    let to = buffer_arg(a[1])?;
    if frm.len() != to.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut t: Vec<u8> = (0..=255u8).collect();
    for (f, x) in frm.iter().zip(to.iter()) {
        t[*f as usize] = *x;
    }
    Ok(super::from_vec(t))
}

// ---- conversions -------------------------------------------------------------------

/// `decode(encoding='utf-8', errors='strict')`
pub fn decode(o: Value, args: Args) -> R<Value> {
    let [enc, errs] = bind_clinic("decode", &args, ["encoding", "errors"], 0, 0)?;
    let text = |v: Option<Value>, what: &str, default: &'static str| -> R<&'static str> {
        match v {
            None => Ok(default),
            Some(v) => crate::objects::str::try_str(v).ok_or_else(|| {
                type_error(format!(
                    "decode() argument '{what}' must be str, not {}",
                    super::clinic_type_name(v)
                ))
            }),
        }
    };
    let enc = text(enc, "encoding", "utf-8")?;
    let errs = text(errs, "errors", "strict")?;
    let d = me(o);
    crate::io::codec::decode_bytes(&d, enc, errs)
}

/// `__bytes__()` of bytes: the value as exact bytes.
pub fn dunder_bytes(o: Value, args: Args) -> R<Value> {
    no_args(o, &args, "__bytes__")?;
    let p = crate::class::instance::unwrap(o);
    if !crate::class::ops::is_user(o) {
        return Ok(p);
    }
    Ok(super::new_bytes(super::bytes_data(p)))
}

/// `__getnewargs__()`: `(bytes(self),)`.
pub fn getnewargs(o: Value, args: Args) -> R<Value> {
    no_args(o, &args, "__getnewargs__")?;
    let b = super::new_bytes(&me(o));
    Ok(crate::objects::tuple::from_slice(&[b]))
}

/// `__mod__`: `%`-formatting with this bytes object as the format.
pub fn mod_(o: Value, args: Args) -> R<Value> {
    let a = args.positional_range("__mod__", 1, 1)?;
    super::format::percent(o, a[0])
}

/// `__rmod__`: NotImplemented unless the left operand is bytes-like too.
pub fn rmod(o: Value, args: Args) -> R<Value> {
    let a = args.positional_range("__rmod__", 1, 1)?;
    if matches!(a[0].kind(), Kind::Bytes | Kind::ByteArray) {
        return super::format::percent(a[0], o);
    }
    Ok(object::not_implemented())
}
