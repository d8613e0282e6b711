//! printf-style formatting: the `%` operator on strings
//! (CPython's `PyUnicode_Format`).

use crate::exc::error::{overflow_error, type_error, value_error, R};
use crate::object::{type_name, Kind};
use crate::objects::str::{self as pystr, StrObj};
use crate::text::format_spec::{float_to_string, int_digits, too_big, FloatFormat};
use crate::value::Value;

/// Where conversion arguments come from.
struct Ctx<'a> {
    /// The tuple items, or the single argument.
    args: &'a [Value],
    /// Next argument index.
    next: usize,
    /// The mapping for `%(name)s`, if the argument is one.
    dict: Option<Value>,
}

impl Ctx<'_> {
    fn next_arg(&mut self) -> R<Value> {
        match self.args.get(self.next) {
            Some(&v) => {
                self.next += 1;
                Ok(v)
            }
            None => Err(type_error("not enough arguments for format string")),
        }
    }
}

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

/// `fmt % args`
pub fn percent(fmt: Value, args: Value) -> R<Value> {
    let fmt_obj = fmt.as_ref::<StrObj>();
    let text: &str = fmt_obj.text();
    let single = [args];
    let is_tuple = args.kind() == Kind::Tuple;
    let items: &[Value] = if is_tuple {
        crate::objects::tuple::items(args)
    } else {
        &single
    };
    // CPython treats anything with __getitem__ except tuple and str as a
    // mapping (so `'%s' % [1]` works and never reports unused arguments).
    let is_mapping = !is_tuple
        && (matches!(args.kind(), Kind::Dict | Kind::List | Kind::Range)
            || (crate::class::ops::is_user(args) && crate::class::ops::is_mapping(args)));
    let mut ctx = Ctx {
        args: items,
        next: 0,
        dict: is_mapping.then_some(args),
    };
    let mut out = String::with_capacity(text.len() + 16);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Copy the literal run up to the next '%'.
        let lit_end = bytes[i..]
            .iter()
            .position(|&b| b == b'%')
            .map_or(bytes.len(), |k| i + k);
        // Reserved first: `out` may already hold a huge conversion, and a
        // String growing past what memory allows aborts where a failed
        // reservation raises MemoryError.
        crate::text::format_spec::reserve(&mut out, lit_end - i)?;
        out.push_str(&text[i..lit_end]);
        if lit_end == bytes.len() {
            break;
        }
        i = format_one(text, lit_end + 1, &mut ctx, &mut out)?;
    }
    if ctx.next < ctx.args.len() && ctx.dict.is_none() {
        return Err(type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(pystr::from_string(out))
}

fn incomplete() -> crate::exc::error::Pending {
    value_error("incomplete format")
}

/// Formats one conversion whose text starts at byte `i` (just after `%`);
/// returns the byte offset after it.
fn format_one(text: &str, mut i: usize, ctx: &mut Ctx, out: &mut String) -> R<usize> {
    let bytes = text.as_bytes();
    if bytes.get(i) == Some(&b'%') {
        crate::text::format_spec::reserve(out, 1)?;
        out.push('%');
        return Ok(i + 1);
    }
    let mut key_arg = None;
    if bytes.get(i) == Some(&b'(') {
        let Some(map) = ctx.dict else {
            return Err(type_error("format requires a mapping"));
        };
        let mut depth = 1;
        let start = i + 1;
        let mut j = start;
        while j < bytes.len() && depth > 0 {
            match bytes[j] {
                b'(' => depth += 1,
                b')' => depth -= 1,
                _ => {}
            }
            j += 1;
        }
        if depth > 0 {
            return Err(value_error("incomplete format key"));
        }
        let key = pystr::new(&text[start..j - 1]);
        key_arg = Some(crate::protocol::dispatch::getitem(map, key)?);
        // With a key, arguments come from the mapping only.
        ctx.args = &[];
        ctx.next = 0;
        i = j;
    }
    let mut flags = 0u8;
    while let Some(&b) = bytes.get(i) {
        flags |= match b {
            b'-' => F_LJUST,
            b'+' => F_SIGN,
            b' ' => F_BLANK,
            b'#' => F_ALT,
            b'0' => F_ZERO,
            _ => break,
        };
        i += 1;
    }
    let mut width: i64 = -1;
    if bytes.get(i) == Some(&b'*') {
        let w = star_arg(ctx)?;
        if w < 0 {
            flags |= F_LJUST;
        }
        width = w.checked_abs().unwrap_or(i64::MAX);
        i += 1;
    } else if let Some(w) = number(bytes, &mut i, "width")? {
        width = w;
    }
    let mut prec: i64 = -1;
    if bytes.get(i) == Some(&b'.') {
        i += 1;
        if bytes.get(i) == Some(&b'*') {
            prec = star_arg(ctx)?.max(0);
            i += 1;
        } else {
            prec = number(bytes, &mut i, "precision")?.unwrap_or(0);
        }
    }
    // One length modifier is accepted and ignored.
    if matches!(bytes.get(i), Some(b'h' | b'l' | b'L')) {
        i += 1;
    }
    let Some(conv) = text[i..].chars().next() else {
        return Err(incomplete());
    };
    let arg = match key_arg {
        Some(v) => v,
        None => ctx.next_arg()?,
    };
    let spec = Conv {
        flags,
        width,
        prec,
        ch: conv,
    };
    let (body, numeric) = match conv {
        's' => (
            truncate(crate::protocol::dispatch::str_of(arg)?, prec),
            false,
        ),
        'r' => (truncate(crate::protocol::dispatch::repr(arg)?, prec), false),
        'a' => (
            truncate(
                crate::objects::str::ops::ascii_escape(&crate::protocol::dispatch::repr(arg)?),
                prec,
            ),
            false,
        ),
        'c' => (format_char(arg)?.to_string(), false),
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => (format_long(arg, &spec)?, true),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => (format_float(arg, &spec)?, true),
        _ => {
            let index = text[..i].chars().count();
            let shown = if (32..127).contains(&(conv as u32)) {
                conv
            } else {
                '?'
            };
            return Err(value_error(format!(
                "unsupported format character '{shown}' (0x{:x}) at index {index}",
                conv as u32
            )));
        }
    };
    output(out, &body, &spec, numeric)?;
    Ok(i + conv.len_utf8())
}

/// A parsed conversion: flags, width and precision (-1 when absent).
struct Conv {
    flags: u8,
    width: i64,
    prec: i64,
    ch: char,
}

fn number(bytes: &[u8], i: &mut usize, what: &str) -> R<Option<i64>> {
    let start = *i;
    let mut v: i64 = 0;
    while let Some(&b) = bytes.get(*i) {
        if !b.is_ascii_digit() {
            break;
        }
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add((b - b'0') as i64))
            .filter(|&v| v <= isize::MAX as i64)
            .ok_or_else(|| too_big(what))?;
        *i += 1;
    }
    if *i == start {
        // "%5" at the end of the string, or "%-" and so on.
        if *i >= bytes.len() {
            return Err(incomplete());
        }
        return Ok(None);
    }
    if *i >= bytes.len() {
        return Err(incomplete());
    }
    Ok(Some(v))
}

fn star_arg(ctx: &mut Ctx) -> R<i64> {
    let v = ctx.next_arg()?;
    if !(v.is_small() || matches!(v.kind(), Kind::Int | Kind::Bool)) {
        return Err(type_error("* wants int"));
    }
    crate::objects::int::as_i64(v)
        .filter(|v| v.unsigned_abs() <= isize::MAX as u64)
        .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))
}

fn truncate(s: String, prec: i64) -> String {
    if prec < 0 {
        return s;
    }
    let cut = crate::objects::str::ops::byte_offset_in(&s, prec as usize);
    if cut >= s.len() {
        s
    } else {
        s[..cut].to_string()
    }
}

fn format_char(arg: Value) -> R<char> {
    if let Some(s) = arg.downcast::<StrObj>() {
        if s.nchars == 1 {
            return Ok(s.text().chars().next().unwrap_or('\0'));
        }
        return Err(type_error("%c requires int or char"));
    }
    if let Some(arg) = crate::protocol::num::as_int(arg)? {
        return match crate::objects::int::as_i64(arg) {
            Some(i @ 0..=0x10FFFF) => crate::objects::str::char_of(i as u32),
            _ => Err(overflow_error("%c arg not in range(0x110000)")),
        };
    }
    Err(type_error("%c requires int or char"))
}

fn format_long(arg: Value, spec: &Conv) -> R<String> {
    let as_int = if matches!(spec.ch, 'o' | 'x' | 'X')
        || crate::protocol::num::int_value(arg).is_some()
    {
        crate::protocol::num::as_int(arg)?
    } else if crate::class::ops::is_user(arg) && matches!(arg.kind(), Kind::Instance | Kind::Float)
    {
        // `%d` takes `int(arg)`: `__int__`, then `__index__`.
        crate::class::ops::to_int(arg)?
    } else {
        None
    };
    let v = if let Some(v) = as_int {
        v
    } else if matches!(spec.ch, 'o' | 'x' | 'X') || arg.kind() != Kind::Float {
        let what = if matches!(spec.ch, 'o' | 'x' | 'X') {
            "an integer"
        } else {
            "a real number"
        };
        return Err(type_error(format!(
            "%{} format: {what} is required, not {}",
            spec.ch,
            type_name(arg)
        )));
    } else {
        float_to_int(crate::objects::float::value(arg))?
    };
    let radix = match spec.ch {
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    };
    let (neg, mut digits) = int_digits(v, radix);
    if spec.ch == 'X' {
        digits.make_ascii_uppercase();
    }
    let mut out = String::with_capacity(digits.len() + 4);
    if neg {
        out.push('-');
    }
    if spec.flags & F_ALT != 0 {
        match spec.ch {
            'o' => out.push_str("0o"),
            'x' => out.push_str("0x"),
            'X' => out.push_str("0X"),
            _ => {}
        }
    }
    if spec.prec > digits.len() as i64 {
        crate::text::format_spec::reserve(&mut out, spec.prec as usize)?;
        crate::text::format_spec::push_repeated(&mut out, '0', spec.prec as usize - digits.len());
    }
    out.push_str(&digits);
    Ok(out)
}

/// `int(x)` for `%d` of a float.
fn float_to_int(x: f64) -> R<Value> {
    if x.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    let t = x.trunc();
    if t.abs() < 9.2e18 {
        return Ok(crate::objects::int::from_i64(t as i64));
    }
    // |t| >= 2**63: an integer mantissa times a positive power of two.
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as usize;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let mag = dashu_int::IBig::from(mant) << (exp - 1075);
    Ok(crate::objects::int::from_ibig(if t < 0.0 {
        -mag
    } else {
        mag
    }))
}

fn format_float(arg: Value, spec: &Conv) -> R<String> {
    let user_float = if crate::class::ops::is_user(arg) && arg.kind() != Kind::Float {
        // `PyFloat_AsDouble`: `__float__`, then `__index__`.
        crate::class::ops::to_float(arg)?
    } else {
        None
    };
    let x = match (user_float, arg.kind()) {
        (Some(f), _) => crate::protocol::num::to_f64(f)?,
        (None, Kind::Float | Kind::Int | Kind::Bool) => crate::protocol::num::to_f64(arg)?,
        _ => {
            return Err(type_error(format!(
                "must be real number, not {}",
                type_name(arg)
            )))
        }
    };
    let prec = if spec.prec < 0 { 6 } else { spec.prec };
    if prec > i32::MAX as i64 {
        return Err(too_big("precision"));
    }
    float_to_string(
        x,
        &FloatFormat {
            code: spec.ch.to_ascii_lowercase(),
            precision: prec as usize,
            alt: spec.flags & F_ALT != 0,
            add_dot_0: false,
            plus: false,
            no_neg_zero: false,
            upper: spec.ch.is_ascii_uppercase(),
        },
    )
}

/// Writes `body` with sign, alternate prefix and padding
/// (CPython's `unicode_format_arg_output`).
fn output(out: &mut String, body: &str, spec: &Conv, numeric: bool) -> R<()> {
    let mut len = body.chars().count() as i64;
    let mut width = spec.width;
    let fill = if numeric && spec.flags & F_ZERO != 0 {
        '0'
    } else {
        ' '
    };
    let mut rest = body;
    let mut sign = None;
    if numeric {
        if let Some(c @ ('-' | '+')) = rest.chars().next() {
            sign = Some(c);
            rest = &rest[1..];
            len -= 1;
        } else if spec.flags & F_SIGN != 0 {
            sign = Some('+');
        } else if spec.flags & F_BLANK != 0 {
            sign = Some(' ');
        }
    }
    if width < len {
        width = len;
    }
    crate::text::format_spec::reserve(out, (width as usize).saturating_add(body.len()))?;
    if let Some(s) = sign {
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = spec.flags & F_ALT != 0 && matches!(spec.ch, 'x' | 'X' | 'o');
    let mut prefix = "";
    if alt_prefix {
        prefix = &rest[..2];
        rest = &rest[2..];
        if fill != ' ' {
            out.push_str(prefix);
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && spec.flags & F_LJUST == 0 {
        crate::text::format_spec::push_repeated(out, fill, (width - len) as usize);
        width = len;
    }
    if fill == ' ' {
        if let Some(s) = sign {
            out.push(s);
        }
        if alt_prefix {
            out.push_str(prefix);
        }
    }
    out.push_str(rest);
    if width > len {
        crate::text::format_spec::push_repeated(out, ' ', (width - len) as usize);
    }
    Ok(())
}
