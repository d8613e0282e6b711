//! The format-spec mini-language (`format(x, spec)`, f-string `{x:spec}`)
//! for str, int and float, and CPython's float-to-text core
//! (`PyOS_double_to_string`) shared with `%` formatting and float repr.

use crate::exc;
use crate::exc::error::{overflow_error, raise, value_error, R};
use crate::value::Value;

/// Thousands separators requested by the spec.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Grouping {
    None,
    Comma,
    Underscore,
}

/// A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Clone, Copy, Debug)]
pub struct Spec {
    pub fill: char,
    /// `<`, `>`, `^` or `=`; `None` until the caller picks its default.
    pub align: Option<char>,
    /// `+`, `-`, ` ` or `None`.
    pub sign: Option<char>,
    pub no_neg_zero: bool,
    pub alt: bool,
    pub width: Option<usize>,
    pub grouping: Grouping,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Consumes decimal digits at `chars[*pos..]` (any Unicode decimal digit,
/// as CPython's `get_integer`); `None` if there are none.
fn get_integer(chars: &[char], pos: &mut usize) -> R<Option<usize>> {
    let mut acc: usize = 0;
    let start = *pos;
    while let Some(d) = chars
        .get(*pos)
        .and_then(|&c| crate::text::unicode::decimal_value(c))
    {
        acc = match acc.checked_mul(10).and_then(|a| a.checked_add(d as usize)) {
            Some(a) if a <= isize::MAX as usize => a,
            _ => return Err(value_error("Too many decimal digits in format string")),
        };
        *pos += 1;
    }
    Ok((*pos > start).then_some(acc))
}

/// Parses `spec` for an object of type `type_name` (named in the
/// "Invalid format specifier" error) whose presentation type defaults to
/// `default_type`; numeric types take a leading `0` as `=` alignment,
/// strings only as the fill character.
pub fn parse(spec: &str, type_name: &str, default_type: Option<char>, numeric: bool) -> R<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut out = Spec {
        fill: ' ',
        align: None,
        sign: None,
        no_neg_zero: false,
        alt: false,
        width: None,
        grouping: Grouping::None,
        precision: None,
        ty: default_type,
    };
    let mut fill_specified = false;
    if end >= 2 && is_align(chars[1]) {
        out.align = Some(chars[1]);
        out.fill = chars[0];
        fill_specified = true;
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        out.align = Some(chars[0]);
        pos = 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        out.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        out.no_neg_zero = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        out.alt = true;
        pos += 1;
    }
    if !fill_specified && pos < end && chars[pos] == '0' {
        out.fill = '0';
        if out.align.is_none() && numeric {
            out.align = Some('=');
        }
        pos += 1;
    }
    out.width = get_integer(&chars, &mut pos)?;
    if pos < end && chars[pos] == ',' {
        out.grouping = Grouping::Comma;
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if out.grouping != Grouping::None {
            return Err(value_error("Cannot specify both ',' and '_'."));
        }
        out.grouping = Grouping::Underscore;
        pos += 1;
    }
    if pos < end && chars[pos] == ',' {
        return Err(value_error("Cannot specify both ',' and '_'."));
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        out.precision = get_integer(&chars, &mut pos)?;
        if out.precision.is_none() {
            return Err(value_error("Format specifier missing precision"));
        }
    }
    if end - pos > 1 {
        return Err(value_error(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    if pos < end {
        out.ty = Some(chars[pos]);
    }
    if out.grouping != Grouping::None {
        let ok = match out.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => out.grouping == Grouping::Underscore,
            _ => false,
        };
        if !ok {
            let sep = if out.grouping == Grouping::Comma {
                ','
            } else {
                '_'
            };
            return Err(value_error(format!(
                "Cannot specify '{sep}' with {}.",
                code_repr(out.ty.unwrap_or('\0'))
            )));
        }
    }
    Ok(out)
}

/// A presentation type as CPython quotes it in errors: `'x'` or `'\x85'`.
fn code_repr(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        format!("'{c}'")
    } else {
        format!("'\\x{:x}'", c as u32)
    }
}

fn unknown_code(c: char, type_name: &str) -> crate::exc::error::Pending {
    value_error(format!(
        "Unknown format code {} for object of type '{type_name}'",
        code_repr(c)
    ))
}

// ====================== layout ======================

/// Reserves room for `extra` more bytes, raising MemoryError (never
/// aborting) when a huge width or precision cannot be allocated.
pub fn reserve(out: &mut String, extra: usize) -> R<()> {
    out.try_reserve(extra)
        .map_err(|_| crate::exc::error::raise_empty(&exc::MEMORY_ERROR))
}

/// Appends `n` copies of `c`. Widths and precisions can ask for hundreds of
/// megabytes, so a block of copies is built once and appended whole: a
/// character at a time took seconds where CPython takes a fraction of one.
pub fn push_repeated(out: &mut String, c: char, n: usize) {
    const BLOCK: usize = 4096;
    let mut buf = [0u8; 4];
    let one = c.encode_utf8(&mut buf);
    let block = one.repeat(n.min(BLOCK));
    let mut left = n;
    while left >= BLOCK {
        out.push_str(&block);
        left -= BLOCK;
    }
    out.push_str(&block[..left * one.len()]);
}

/// Pads `body` (of `nchars` code points) to the spec's width.
fn pad_to(out: &mut String, body: &str, nchars: usize, spec: &Spec, default_align: char) -> R<()> {
    let width = spec.width.unwrap_or(0);
    let total = width.max(nchars);
    let align = spec.align.unwrap_or(default_align);
    let left = match align {
        '>' => total - nchars,
        '^' => (total - nchars) / 2,
        _ => 0,
    };
    let right = total - nchars - left;
    reserve(
        out,
        (left + right)
            .saturating_mul(spec.fill.len_utf8())
            .saturating_add(body.len()),
    )?;
    push_repeated(out, spec.fill, left);
    out.push_str(body);
    push_repeated(out, spec.fill, right);
    Ok(())
}

/// Inserts thousands separators into `digits` every `group` digits, padding
/// with zeros up to `min_width` (CPython's `_PyUnicode_InsertThousandsGrouping`).
fn group_digits(digits: &str, min_width: isize, sep: Option<char>, group: usize) -> R<String> {
    let d = digits.as_bytes();
    let mut remaining = d.len() as isize;
    let mut min_width = min_width;
    // Pieces are produced right to left, then reversed.
    let mut rev: Vec<u8> = Vec::new();
    let room = (min_width.max(0) as usize).max(d.len()).saturating_mul(2) + 4;
    rev.try_reserve(room)
        .map_err(|_| crate::exc::error::raise_empty(&exc::MEMORY_ERROR))?;
    let mut first = true;
    match sep {
        Some(sep) => loop {
            let l = (group as isize).min(remaining.max(min_width).max(1));
            let n_zeros = (l - remaining).max(0);
            let n_chars = remaining.min(l).max(0);
            if !first {
                rev.push(sep as u8);
            }
            for k in 0..n_chars {
                rev.push(d[(remaining - 1 - k) as usize]);
            }
            rev.extend(std::iter::repeat_n(b'0', n_zeros as usize));
            first = false;
            remaining -= n_chars;
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                break;
            }
            min_width -= 1;
        },
        None => {
            let l = remaining.max(min_width).max(1);
            let n_zeros = (l - remaining).max(0);
            rev.extend(d.iter().rev());
            rev.extend(std::iter::repeat_n(b'0', n_zeros as usize));
        }
    }
    rev.reverse();
    // Only ASCII digits and separators went in.
    Ok(String::from_utf8(rev).unwrap_or_default())
}

/// Lays out a number as `calc_number_widths`/`fill_number` do:
/// `[lpad][sign][prefix][spad][grouped digits][remainder][rpad]`.
/// `digits` are the integer digits, `remainder` what follows them
/// (decimal point, fraction, exponent, `%`).
fn layout_number(
    negative: bool,
    prefix: &str,
    digits: &str,
    remainder: &str,
    spec: &Spec,
    sep: Option<char>,
    group: usize,
) -> R<String> {
    let sign = match (negative, spec.sign) {
        (true, _) => Some('-'),
        (false, Some('+')) => Some('+'),
        (false, Some(' ')) => Some(' '),
        _ => None,
    };
    let n_sign = sign.is_some() as usize;
    let rem_chars = remainder.chars().count();
    let non_digit = n_sign + prefix.len() + rem_chars;
    let width = spec.width.map_or(-1, |w| w as isize);
    let align = spec.align.unwrap_or('>');
    let min_width = if spec.fill == '0' && align == '=' {
        width - non_digit as isize
    } else {
        0
    };
    let grouped = if digits.is_empty() {
        String::new()
    } else {
        group_digits(digits, min_width, sep, group)?
    };
    let used = (non_digit + grouped.len()) as isize;
    let padding = (width - used).max(0) as usize;
    let (lpad, spad, rpad) = match align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let mut out = String::new();
    reserve(
        &mut out,
        padding
            .saturating_mul(spec.fill.len_utf8())
            .saturating_add(used as usize),
    )?;
    push_repeated(&mut out, spec.fill, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(prefix);
    push_repeated(&mut out, spec.fill, spad);
    out.push_str(&grouped);
    out.push_str(remainder);
    push_repeated(&mut out, spec.fill, rpad);
    Ok(out)
}

// ====================== str ======================

/// `format(s, spec)` for a str.
pub fn format_str(s: &str, nchars: usize, spec_text: &str) -> R<String> {
    if spec_text.is_empty() {
        return Ok(s.to_string());
    }
    let spec = parse(spec_text, "str", Some('s'), false)?;
    match spec.ty {
        None | Some('s') => {}
        Some(c) => return Err(unknown_code(c, "str")),
    }
    match spec.sign {
        Some(' ') => return Err(value_error("Space not allowed in string format specifier")),
        Some(_) => return Err(value_error("Sign not allowed in string format specifier")),
        None => {}
    }
    if spec.no_neg_zero {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alt {
        return Err(value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some('=') {
        return Err(value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let (body, n) = match spec.precision {
        Some(p) if p < nchars => {
            let cut = crate::objects::str::ops::byte_offset_in(s, p);
            (&s[..cut], p)
        }
        _ => (s, nchars),
    };
    let mut out = String::new();
    pad_to(&mut out, body, n, &spec, '<')?;
    Ok(out)
}

// ====================== int ======================

/// Magnitude digits of an int in `radix` (lowercase), and its sign.
pub fn int_digits(v: Value, radix: u32) -> (bool, String) {
    if let Some(i) = crate::objects::int::as_i64(v) {
        let neg = i < 0;
        let mut m = i.unsigned_abs();
        if m == 0 {
            return (false, "0".into());
        }
        let mut buf = [0u8; 64];
        let mut k = buf.len();
        while m > 0 {
            k -= 1;
            let d = (m % radix as u64) as u8;
            buf[k] = if d < 10 { b'0' + d } else { b'a' + d - 10 };
            m /= radix as u64;
        }
        return (neg, String::from_utf8_lossy(&buf[k..]).into_owned());
    }
    let s = crate::objects::int::to_radix_string(v, radix);
    let (neg, rest) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s.as_str()),
    };
    // Tolerate a radix prefix if the int module adds one.
    let rest = rest
        .strip_prefix("0x")
        .or_else(|| rest.strip_prefix("0o"))
        .or_else(|| rest.strip_prefix("0b"))
        .unwrap_or(rest);
    (neg, rest.to_ascii_lowercase())
}

/// `format(i, spec)` for an int or bool (`v` already an int for bools
/// with a non-empty spec).
pub fn format_int(v: Value, spec_text: &str) -> R<String> {
    if spec_text.is_empty() {
        return Ok(crate::objects::int::repr(v));
    }
    let spec = parse(spec_text, "int", Some('d'), true)?;
    match spec.ty {
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let x = crate::protocol::num::to_f64(v)?;
            return format_float_spec(x, &spec);
        }
        None | Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => {}
        Some(c) => return Err(unknown_code(c, "int")),
    }
    if spec.precision.is_some() {
        return Err(value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let ty = spec.ty.unwrap_or('d');
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(value_error(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alt {
            return Err(value_error(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let Some(i) = crate::objects::int::as_i64(v) else {
            return Err(overflow_error("Python int too large to convert to C long"));
        };
        let c = match u32::try_from(i) {
            Ok(cp @ 0..=0x10FFFF) => crate::objects::str::char_of(cp)?,
            _ => return Err(overflow_error("%c arg not in range(0x110000)")),
        };
        let mut buf = [0u8; 4];
        return layout_number(false, "", "", c.encode_utf8(&mut buf), &spec, None, 3);
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let (neg, mut digits) = int_digits(v, radix);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let prefix = if spec.alt { prefix } else { "" };
    let (sep, group) = separator(&spec, ty);
    layout_number(neg, prefix, &digits, "", &spec, sep, group)
}

fn separator(spec: &Spec, ty: char) -> (Option<char>, usize) {
    match (spec.grouping, ty) {
        (_, 'n') | (Grouping::None, _) => (None, 3),
        (Grouping::Comma, _) => (Some(','), 3),
        (Grouping::Underscore, 'b' | 'o' | 'x' | 'X') => (Some('_'), 4),
        (Grouping::Underscore, _) => (Some('_'), 3),
    }
}

// ====================== float ======================

/// `format(x, spec)` for a float.
pub fn format_float(x: f64, spec_text: &str) -> R<String> {
    if spec_text.is_empty() {
        return Ok(float_repr(x));
    }
    let spec = parse(spec_text, "float", None, true)?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(c) => return Err(unknown_code(c, "float")),
    }
    format_float_spec(x, &spec)
}

fn format_float_spec(x: f64, spec: &Spec) -> R<String> {
    let mut x = x;
    let mut code = spec.ty.unwrap_or('r');
    let mut default_precision = 6;
    let mut add_dot_0 = false;
    if spec.ty.is_none() {
        add_dot_0 = true;
        default_precision = 0;
    }
    if code == 'n' {
        code = 'g';
    }
    let pct = code == '%';
    if pct {
        code = 'f';
        x *= 100.0;
    }
    let precision = match spec.precision {
        Some(p) => {
            if p > i32::MAX as usize {
                return Err(value_error("precision too big"));
            }
            if code == 'r' {
                code = 'g';
            }
            p
        }
        None => default_precision,
    };
    let upper = code.is_ascii_uppercase();
    let f = FloatFormat {
        code: code.to_ascii_lowercase(),
        precision,
        alt: spec.alt,
        add_dot_0,
        plus: false,
        no_neg_zero: spec.no_neg_zero,
        upper,
    };
    let mut body = float_to_string(x, &f)?;
    if pct {
        body.push('%');
    }
    let (neg, unsigned) = match body.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, body.as_str()),
    };
    // Integer digits end at the first non-digit (point, exponent, "inf").
    let ndig = unsigned.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, remainder) = unsigned.split_at(ndig);
    let (sep, group) = separator(spec, spec.ty.unwrap_or('g'));
    layout_number(neg, "", digits, remainder, spec, sep, group)
}

/// How to turn a float into text (`PyOS_double_to_string`'s arguments).
#[derive(Clone, Copy, Debug)]
pub struct FloatFormat {
    /// `e`, `f`, `g` or `r` (shortest repr).
    pub code: char,
    pub precision: usize,
    /// `#`: keep trailing zeros and the decimal point.
    pub alt: bool,
    /// Add `.0` to an integral result without exponent.
    pub add_dot_0: bool,
    /// Always write a sign.
    pub plus: bool,
    /// Drop the sign of a result that rounds to zero (`z`).
    pub no_neg_zero: bool,
    /// `E`, `F`, `G`: uppercase exponent, `INF`, `NAN`.
    pub upper: bool,
}

/// `repr(x)` for a float: shortest round-trip digits, CPython's layout.
pub fn float_repr(x: f64) -> String {
    // Shortest digits never need a large buffer, so this cannot fail.
    float_to_string(
        x,
        &FloatFormat {
            code: 'r',
            precision: 0,
            alt: false,
            add_dot_0: true,
            plus: false,
            no_neg_zero: false,
            upper: false,
        },
    )
    .unwrap_or_default()
}

/// Digits beyond these are zeros for every double (it has at most 767
/// significant digits and 1074 fractional ones); the layout pads them.
const MAX_EXACT_DIGITS: usize = 1100;

/// Decimal digits of a finite `|x|` without trailing zeros, and the
/// position of the decimal point (`_Py_dg_dtoa`'s `digits`, `decpt`).
fn dtoa(x: f64, code: char, precision: usize) -> (Vec<u8>, i64) {
    let x = x.abs();
    if x == 0.0 {
        return (b"0".to_vec(), 1);
    }
    let precision = precision.min(MAX_EXACT_DIGITS);
    let text = match code {
        'f' => format!("{:.*}", precision, x),
        'r' => format!("{x:e}"),
        // 'e' asks for precision + 1 significant digits, 'g' for precision.
        'e' => format!("{:.*e}", precision, x),
        _ => format!("{:.*e}", precision.max(1) - 1, x),
    };
    let (mant, exp) = match text.split_once('e') {
        Some((m, e)) => (m, e.parse::<i64>().unwrap_or(0)),
        None => (text.as_str(), 0),
    };
    let (int_part, frac) = mant.split_once('.').unwrap_or((mant, ""));
    if code == 'r' && int_part.len() + frac.len() >= 15 {
        if let Some(tied) = shortest_tie_even(x, int_part.len() + frac.len()) {
            return tied;
        }
    }
    let mut digits: Vec<u8> = int_part.bytes().chain(frac.bytes()).collect();
    let mut decpt = int_part.len() as i64 + exp;
    let lead = digits.iter().take_while(|&&d| d == b'0').count();
    digits.drain(..lead);
    decpt -= lead as i64;
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        // Rounded to zero ('f' with too few places).
        return (Vec::new(), -(precision as i64));
    }
    (digits, decpt)
}

/// When two shortest digit strings of `n` digits both round-trip, Rust picks
/// the upper one of an exact tie while CPython's dtoa picks the even one:
/// the correctly rounded (half-even) `n`-digit string, if it round-trips,
/// is CPython's choice.
fn shortest_tie_even(x: f64, n: usize) -> Option<(Vec<u8>, i64)> {
    let text = format!("{:.*e}", n - 1, x);
    if text.parse::<f64>().ok()? != x {
        return None;
    }
    let (mant, exp) = text.split_once('e')?;
    let exp: i64 = exp.parse().ok()?;
    let mut digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    Some((digits, exp + 1))
}

/// CPython's `format_float_short`: the text of `x` under `f`.
pub fn float_to_string(x: f64, f: &FloatFormat) -> R<String> {
    let mut out = String::new();
    if !x.is_finite() {
        if x.is_nan() {
            if f.plus {
                out.push('+');
            }
            out.push_str(if f.upper { "NAN" } else { "nan" });
        } else {
            if x < 0.0 {
                out.push('-');
            } else if f.plus {
                out.push('+');
            }
            out.push_str(if f.upper { "INF" } else { "inf" });
        }
        return Ok(out);
    }
    let (digits, decpt0) = dtoa(x, f.code, f.precision);
    let mut negative = x.is_sign_negative();
    if f.no_neg_zero && negative && digits.iter().all(|&d| d == b'0') {
        negative = false;
    }
    let digits_len = digits.len() as i64;
    let mut decpt = decpt0;
    let mut use_exp = false;
    let precision = f.precision as i64;
    let mut vdigits_end = digits_len;
    match f.code {
        'e' => {
            use_exp = true;
            vdigits_end = precision + 1;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let p = precision.max(1);
            let limit = if f.add_dot_0 { p - 1 } else { p };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if f.alt {
                vdigits_end = p;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && f.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }
    let room = (vdigits_end - vdigits_start).max(0) as usize + digits.len() + 12;
    reserve(&mut out, room)?;
    if negative {
        out.push('-');
    } else if f.plus {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| push_repeated(out, '0', n.max(0) as usize);
    let push_digits = |out: &mut String, d: &[u8]| out.extend(d.iter().map(|&b| b as char));
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        push_digits(&mut out, &digits[..decpt as usize]);
        out.push('.');
        push_digits(&mut out, &digits[decpt as usize..]);
    } else {
        push_digits(&mut out, &digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !f.alt {
        out.pop();
    }
    if use_exp {
        out.push(if f.upper { 'E' } else { 'e' });
        let sign = if exp < 0 { '-' } else { '+' };
        use std::fmt::Write;
        let _ = write!(out, "{sign}{:02}", exp.abs());
    }
    Ok(out)
}

/// Raises the ValueError CPython gives for an over-long width or precision.
pub fn too_big(what: &str) -> crate::exc::error::Pending {
    raise(&exc::VALUE_ERROR, format!("{what} too big"))
}

// ====================== complex ======================

/// `format(z, spec)` for a complex: each part as a float under the spec's
/// type (shortest repr when there is none, with parentheses unless the
/// real part is +0.0 and left out), the imaginary part always signed, the
/// whole padded as one field; `=` alignment, zero padding and `%` are
/// refused as CPython refuses them.
pub fn format_complex(re: f64, im: f64, spec_text: &str) -> R<String> {
    if spec_text.is_empty() {
        return Ok(crate::objects::complex::repr(re, im));
    }
    let spec = parse(spec_text, "complex", None, false)?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(c) => return Err(unknown_code(c, "complex")),
    }
    if spec.fill == '0' {
        return Err(value_error(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == Some('=') {
        return Err(value_error(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let (mut code, mut precision) = match spec.ty {
        None => ('r', 0),
        Some('n') => ('g', 6),
        Some(c) => (c, 6),
    };
    let mut skip_re = false;
    let mut parens = false;
    if spec.ty.is_none() {
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            parens = true;
        }
    }
    if let Some(p) = spec.precision {
        if p > i32::MAX as usize {
            return Err(value_error("precision too big"));
        }
        precision = p;
        if code == 'r' {
            code = 'g';
        }
    }
    let upper = code.is_ascii_uppercase();
    let f = FloatFormat {
        code: code.to_ascii_lowercase(),
        precision,
        alt: spec.alt,
        add_dot_0: false,
        plus: false,
        no_neg_zero: spec.no_neg_zero,
        upper,
    };
    let (sep, group) = separator(&spec, spec.ty.unwrap_or('g'));
    let part = |x: f64, sign: Option<char>| -> R<String> {
        let body = float_to_string(x, &f)?;
        let (neg, unsigned) = match body.strip_prefix('-') {
            Some(r) => (true, r),
            None => (false, body.as_str()),
        };
        let ndig = unsigned.bytes().take_while(u8::is_ascii_digit).count();
        let (digits, remainder) = unsigned.split_at(ndig);
        let part_spec = Spec {
            fill: ' ',
            align: Some('<'),
            sign,
            width: None,
            ..spec
        };
        layout_number(neg, "", digits, remainder, &part_spec, sep, group)
    };
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&part(re, spec.sign)?);
    }
    let im_text = part(im, if skip_re { spec.sign } else { Some('+') })?;
    body.push_str(&im_text);
    body.push('j');
    if parens {
        body.push(')');
    }
    let mut out = String::new();
    let n = body.chars().count();
    pad_to(&mut out, &body, n, &spec, '>')?;
    Ok(out)
}
