//! String formatting entry points: `format()`/f-string fields
//! (`format_value`), f-string assembly (`join_parts`), `str.format` and
//! `str.format_map` (CPython's `unicode_format.h`), and `%` (in `text/percent.rs`).

use crate::exc;
use crate::exc::error::{key_error, raise, type_error, value_error, R};
use crate::object::{type_name, Kind};
use crate::objects::str::{self as pystr, StrObj};
use crate::protocol::args::Args;
use crate::text::format_spec;
use crate::value::Value;

/// `fmt % args`
pub fn percent(fmt: Value, args: Value) -> R<Value> {
    crate::text::percent::percent(fmt, args)
}

/// `format(v, spec)`: the format-spec mini-language for str, int, bool and
/// float; other built-in objects accept only an empty spec (`str(v)`).
pub fn format_value(v: Value, spec: &str) -> R<String> {
    if crate::class::ops::is_user(v) {
        return crate::class::ops::format(v, spec);
    }
    format_builtin(v, spec)
}

/// `format(v, spec)` by the built-in type of `v`'s layout.
pub fn format_builtin(v: Value, spec: &str) -> R<String> {
    match v.kind() {
        Kind::Str => {
            let s = v.as_ref::<StrObj>();
            format_spec::format_str(s.text(), s.nchars, spec)
        }
        Kind::Int => format_spec::format_int(v, spec),
        Kind::Bool if spec.is_empty() => crate::protocol::dispatch::str_of(v),
        Kind::Bool => format_spec::format_int(crate::protocol::num::to_int(v), spec),
        Kind::Float => format_spec::format_float(crate::objects::float::value(v), spec),
        Kind::Complex => {
            let (re, im) = crate::objects::complex::parts(v);
            format_spec::format_complex(re, im, spec)
        }
        _ if spec.is_empty() => crate::protocol::dispatch::str_of(v),
        _ => Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name(v)
        ))),
    }
}

/// Concatenates the str parts of an f-string into one string.
pub fn join_parts(parts: &[Value]) -> Value {
    let mut nbytes = 0;
    let mut nchars = 0;
    for &p in parts {
        if let Some(s) = p.downcast::<StrObj>() {
            nbytes += s.text().len();
            nchars += s.nchars;
        }
    }
    if let [one] = parts {
        if one.kind() == Kind::Str {
            return *one;
        }
    }
    let mut out = String::with_capacity(nbytes);
    for &p in parts {
        if let Some(s) = p.downcast::<StrObj>() {
            out.push_str(s.text());
        }
    }
    pystr::from_parts(out, nchars)
}

// ====================== str.format ======================

/// Where `str.format` fields find their values.
enum Source<'a> {
    /// `fmt.format(*args, **kwargs)`
    Args(Args<'a>),
    /// `fmt.format_map(mapping)`
    Mapping(Value),
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum AutoNumber {
    Init,
    Auto,
    Manual,
}

struct Formatter<'a> {
    src: Source<'a>,
    auto: AutoNumber,
    next_auto: usize,
}

/// `fmt.format(*args, **kwargs)`
pub fn str_format(fmt: Value, args: Args) -> R<Value> {
    run(fmt, Source::Args(args))
}

/// `fmt.format_map(mapping)`
pub fn str_format_map(fmt: Value, mapping: Value) -> R<Value> {
    run(fmt, Source::Mapping(mapping))
}

fn run(fmt: Value, src: Source) -> R<Value> {
    let mut f = Formatter {
        src,
        auto: AutoNumber::Init,
        next_auto: 0,
    };
    let text: &str = fmt.as_ref::<StrObj>().text();
    let mut out = String::with_capacity(text.len() + 16);
    f.build(text, 2, &mut out)?;
    Ok(pystr::from_string(out))
}

/// The parts of one replacement field. Every character the parser looks
/// for is ASCII, so it scans bytes and slices at those positions.
struct Field<'c> {
    name: &'c str,
    conversion: Option<char>,
    spec: &'c str,
    spec_has_fields: bool,
}

impl Formatter<'_> {
    /// Formats `fmt` into `out` (CPython's `build_string`/`output_markup`).
    fn build(&mut self, fmt: &str, depth: u32, out: &mut String) -> R<()> {
        if depth == 0 {
            return Err(value_error("Max string recursion exceeded"));
        }
        let b = fmt.as_bytes();
        let n = b.len();
        let mut i = 0;
        while i < n {
            // Literal text up to the next brace.
            let start = i;
            while i < n && b[i] != b'{' && b[i] != b'}' {
                i += 1;
            }
            // Every append is reserved first: `out` may already hold a huge
            // field, and a String growing past what memory allows aborts
            // where a failed reservation raises MemoryError.
            format_spec::reserve(out, i - start)?;
            out.push_str(&fmt[start..i]);
            if i == n {
                break;
            }
            let c = b[i];
            i += 1;
            let at_end = i >= n;
            if c == b'}' && (at_end || b[i] != b'}') {
                return Err(value_error("Single '}' encountered in format string"));
            }
            if at_end && c == b'{' {
                return Err(value_error("Single '{' encountered in format string"));
            }
            if b[i] == c {
                // An escaped brace.
                format_spec::reserve(out, 1)?;
                out.push(c as char);
                i += 1;
                continue;
            }
            let (field, next) = parse_field(fmt, i)?;
            i = next;
            self.output_field(&field, depth, out)?;
        }
        Ok(())
    }

    fn output_field(&mut self, field: &Field, depth: u32, out: &mut String) -> R<()> {
        let obj = self.field_object(field.name)?;
        let obj = match field.conversion {
            None => obj,
            Some('r') => pystr::from_string(crate::protocol::dispatch::repr(obj)?),
            Some('s') => crate::protocol::dispatch::str_value(obj)?,
            Some('a') => pystr::from_string(crate::objects::str::ops::ascii_escape(
                &crate::protocol::dispatch::repr(obj)?,
            )),
            Some(c) => {
                let msg = if (c as u32) > 32 && (c as u32) < 127 {
                    format!("Unknown conversion specifier {c}")
                } else {
                    format!("Unknown conversion specifier \\x{:x}", c as u32)
                };
                return Err(value_error(msg));
            }
        };
        let text = if field.spec_has_fields {
            let mut spec = String::new();
            self.build(field.spec, depth - 1, &mut spec)?;
            format_value(obj, &spec)?
        } else {
            format_value(obj, field.spec)?
        };
        format_spec::reserve(out, text.len())?;
        out.push_str(&text);
        Ok(())
    }

    /// Resolves `name` (`0`, `x`, `0[1].attr`, or empty for the next
    /// automatic index) to a value.
    fn field_object(&mut self, name: &str) -> R<Value> {
        let nb = name.as_bytes();
        let first_end = nb
            .iter()
            .position(|&c| c == b'.' || c == b'[')
            .unwrap_or(nb.len());
        let first = &name[..first_end];
        let mut index = decimal_index(first)?;
        let empty = first.is_empty();
        if empty || index.is_some() {
            if self.auto == AutoNumber::Init {
                self.auto = if empty {
                    AutoNumber::Auto
                } else {
                    AutoNumber::Manual
                };
            }
            match (self.auto, empty) {
                (AutoNumber::Manual, true) => return Err(value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                )),
                (AutoNumber::Auto, false) => return Err(value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                )),
                _ => {}
            }
            if empty {
                index = Some(self.next_auto);
                self.next_auto += 1;
            }
        }
        let mut obj = match (index, &self.src) {
            (Some(i), Source::Args(a)) => match a.pos.get(i) {
                Some(&v) => v,
                None => {
                    return Err(raise(
                        &exc::INDEX_ERROR,
                        format!("Replacement index {i} out of range for positional args tuple"),
                    ))
                }
            },
            (Some(_), Source::Mapping(_)) => {
                return Err(value_error("Format string contains positional fields"))
            }
            (None, Source::Args(a)) => {
                let found = a
                    .kwnames
                    .iter()
                    .position(|&k| crate::objects::str::as_str(k) == first);
                match found {
                    Some(k) => a.kwvals[k],
                    None => return Err(key_error(pystr::new(first))),
                }
            }
            (None, Source::Mapping(m)) => {
                crate::protocol::dispatch::getitem(*m, pystr::new(first))?
            }
        };
        // The rest: `.attr` and `[key]` accessors.
        let mut i = first_end;
        while i < nb.len() {
            let c = nb[i];
            i += 1;
            let start = i;
            match c {
                b'.' => {
                    while i < nb.len() && nb[i] != b'.' && nb[i] != b'[' {
                        i += 1;
                    }
                    if i == start {
                        return Err(value_error("Empty attribute in format string"));
                    }
                    obj = crate::protocol::dispatch::getattr(obj, pystr::new(&name[start..i]))?;
                }
                b'[' => {
                    while i < nb.len() && nb[i] != b']' {
                        i += 1;
                    }
                    if i == nb.len() {
                        return Err(value_error("Missing ']' in format string"));
                    }
                    let key = &name[start..i];
                    i += 1;
                    if key.is_empty() {
                        return Err(value_error("Empty attribute in format string"));
                    }
                    let k = match decimal_index(key)? {
                        Some(n) => crate::objects::int::from_i64(n as i64),
                        None => pystr::new(key),
                    };
                    obj = crate::protocol::dispatch::getitem(obj, k)?;
                }
                _ => {
                    return Err(value_error(
                        "Only '.' or '[' may follow ']' in format field specifier",
                    ))
                }
            }
        }
        Ok(obj)
    }
}

/// A field name made only of decimal digits, as an index.
fn decimal_index(s: &str) -> R<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for c in s.chars() {
        let Some(d) = crate::text::unicode::decimal_value(c) else {
            return Ok(None);
        };
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d as usize))
            .filter(|&a| a <= isize::MAX as usize)
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(acc))
}

/// Parses the replacement field starting at byte `i` of `fmt` (just after
/// `{`), as CPython 3.11's `parse_field`; returns it and the offset after
/// its `}`.
fn parse_field(fmt: &str, mut i: usize) -> R<(Field<'_>, usize)> {
    let b = fmt.as_bytes();
    let n = b.len();
    let start = i;
    let mut c = 0u8;
    while i < n {
        c = b[i];
        i += 1;
        match c {
            b'{' => return Err(value_error("unexpected '{' in field name")),
            b'[' => {
                while i < n && b[i] != b']' {
                    i += 1;
                }
            }
            b'}' | b':' | b'!' => break,
            _ => {}
        }
    }
    let name_end = if matches!(c, b'}' | b':' | b'!') {
        i - 1
    } else {
        i
    };
    let mut field = Field {
        name: &fmt[start..name_end],
        conversion: None,
        spec: "",
        spec_has_fields: false,
    };
    if c == b'!' || c == b':' {
        if c == b'!' {
            let Some(conv) = fmt[i..].chars().next() else {
                return Err(value_error(
                    "end of string while looking for conversion specifier",
                ));
            };
            field.conversion = Some(conv);
            i += conv.len_utf8();
            if i < n {
                let next = b[i];
                i += 1;
                if next == b'}' {
                    return Ok((field, i));
                }
                if next != b':' {
                    return Err(value_error("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = i;
        let mut nesting = 1;
        while i < n {
            let d = b[i];
            i += 1;
            if d == b'{' {
                field.spec_has_fields = true;
                nesting += 1;
            } else if d == b'}' {
                nesting -= 1;
                if nesting == 0 {
                    field.spec = &fmt[spec_start..i - 1];
                    return Ok((field, i));
                }
            }
        }
        return Err(value_error("unmatched '{' in format spec"));
    }
    if c != b'}' {
        return Err(value_error("expected '}' before end of string"));
    }
    Ok((field, i))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::str::{as_str, new};
    use crate::testing::{lock, pending_error};

    #[test]
    fn join_parts_concatenates() {
        let parts = [new("a"), new("é"), new(""), new("😀z")];
        let v = join_parts(&parts);
        assert_eq!(as_str(v), "aé😀z");
        assert_eq!(v.as_ref::<StrObj>().nchars, 4);
        let one = new("solo");
        assert_eq!(join_parts(&[one]), one);
        assert_eq!(as_str(join_parts(&[])), "");
    }

    #[test]
    fn format_map_uses_the_mapping() {
        let _guard = lock();
        let d = crate::objects::dict::new();
        crate::objects::dict::setitem(d, new("x"), Value::from_small(5)).unwrap();
        // python3: '{x:>3}|{x!r}'.format_map({'x': 5})
        let r = str_format_map(new("{x:>3}|{x!r}"), d).unwrap();
        assert_eq!(as_str(r), "  5|5");
        assert!(str_format_map(new("{0}"), d).is_err());
        assert_eq!(
            pending_error(),
            (
                "ValueError".into(),
                "Format string contains positional fields".into()
            )
        );
        assert!(str_format_map(new("{y}"), d).is_err());
        assert_eq!(pending_error(), ("KeyError".into(), "'y'".into()));
    }

    #[test]
    fn float_repr_matches_cpython() {
        // python3 -c "print(repr(x))" for each.
        let cases = [
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (0.1, "0.1"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (-0.0, "-0.0"),
            (5e-324, "5e-324"),
            (f64::INFINITY, "inf"),
            (f64::NAN, "nan"),
            // The double 941466429834177.25: a tie between two shortest forms.
            (941466429834177.2, "941466429834177.2"),
            (123456789.0, "123456789.0"),
        ];
        for (x, want) in cases {
            assert_eq!(format_spec::float_repr(x), want, "{x:e}");
        }
    }
}
