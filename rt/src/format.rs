//! String formatting entry points: `format()`/f-string fields
//! (`format_value`), f-string assembly (`join_parts`), `str.format` and
//! `str.format_map` (CPython's `unicode_format.h`), and `%` (in `percent.rs`).

use crate::args::Args;
use crate::error::{key_error, raise, type_error, value_error, R};
use crate::exc;
use crate::format_spec;
use crate::object::{type_name, Kind};
use crate::str::{self as pystr, StrObj};
use crate::value::Value;

/// `fmt % args`
pub fn percent(fmt: Value, args: Value) -> R<Value> {
    crate::percent::percent(fmt, args)
}

/// `format(v, spec)`: the format-spec mini-language for str, int, bool and
/// float; other built-in objects accept only an empty spec (`str(v)`).
pub fn format_value(v: Value, spec: &str) -> R<String> {
    match v.kind() {
        Kind::Str => {
            let s = v.as_ref::<StrObj>();
            format_spec::format_str(&s.text, s.nchars, spec)
        }
        Kind::Int => format_spec::format_int(v, spec),
        Kind::Bool if spec.is_empty() => crate::dispatch::str_of(v),
        Kind::Bool => format_spec::format_int(crate::num::to_int(v), spec),
        Kind::Float => format_spec::format_float(crate::float::value(v), spec),
        _ if spec.is_empty() => crate::dispatch::str_of(v),
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
            nbytes += s.text.len();
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
            out.push_str(&s.text);
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
    let mut f = Formatter {
        src: Source::Args(args),
        auto: AutoNumber::Init,
        next_auto: 0,
    };
    let mut out = String::new();
    f.build(&as_chars(fmt), 2, &mut out)?;
    Ok(pystr::from_string(out))
}

/// `fmt.format_map(mapping)`
pub fn str_format_map(fmt: Value, mapping: Value) -> R<Value> {
    let mut f = Formatter {
        src: Source::Mapping(mapping),
        auto: AutoNumber::Init,
        next_auto: 0,
    };
    let mut out = String::new();
    f.build(&as_chars(fmt), 2, &mut out)?;
    Ok(pystr::from_string(out))
}

fn as_chars(v: Value) -> Vec<char> {
    v.as_ref::<StrObj>().text.chars().collect()
}

fn collect(chars: &[char]) -> String {
    chars.iter().collect()
}

/// The parts of one replacement field.
struct Field<'c> {
    name: &'c [char],
    conversion: Option<char>,
    spec: &'c [char],
    spec_has_fields: bool,
}

impl Formatter<'_> {
    /// Formats `fmt` into `out` (CPython's `build_string`/`output_markup`).
    fn build(&mut self, fmt: &[char], depth: u32, out: &mut String) -> R<()> {
        if depth == 0 {
            return Err(value_error("Max string recursion exceeded"));
        }
        let mut i = 0;
        let n = fmt.len();
        while i < n {
            // Literal text up to the next brace.
            let start = i;
            while i < n && fmt[i] != '{' && fmt[i] != '}' {
                i += 1;
            }
            out.extend(&fmt[start..i]);
            if i == n {
                break;
            }
            let c = fmt[i];
            i += 1;
            let at_end = i >= n;
            if c == '}' && (at_end || fmt[i] != '}') {
                return Err(value_error("Single '}' encountered in format string"));
            }
            if at_end && c == '{' {
                return Err(value_error("Single '{' encountered in format string"));
            }
            if fmt[i] == c {
                // An escaped brace.
                out.push(c);
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
            Some('r') => pystr::from_string(crate::dispatch::repr(obj)?),
            Some('s') => crate::dispatch::str_value(obj)?,
            Some('a') => {
                pystr::from_string(crate::str_ops::ascii_escape(&crate::dispatch::repr(obj)?))
            }
            Some(c) => {
                let msg = if (c as u32) > 32 && (c as u32) < 127 {
                    format!("Unknown conversion specifier {c}")
                } else {
                    format!("Unknown conversion specifier \\x{:x}", c as u32)
                };
                return Err(value_error(msg));
            }
        };
        let spec = if field.spec_has_fields {
            let mut s = String::new();
            self.build(field.spec, depth - 1, &mut s)?;
            s
        } else {
            collect(field.spec)
        };
        out.push_str(&format_value(obj, &spec)?);
        Ok(())
    }

    /// Resolves `name` (`0`, `x`, `0[1].attr`, or empty for the next
    /// automatic index) to a value.
    fn field_object(&mut self, name: &[char]) -> R<Value> {
        let first_end = name
            .iter()
            .position(|&c| c == '.' || c == '[')
            .unwrap_or(name.len());
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
                let key = collect(first);
                let found = a.kwnames.iter().position(|&k| crate::str::as_str(k) == key);
                match found {
                    Some(k) => a.kwvals[k],
                    None => return Err(key_error(pystr::from_string(key))),
                }
            }
            (None, Source::Mapping(m)) => {
                crate::dispatch::getitem(*m, pystr::from_string(collect(first)))?
            }
        };
        // The rest: `.attr` and `[key]` accessors.
        let mut i = first_end;
        while i < name.len() {
            let c = name[i];
            i += 1;
            let start = i;
            match c {
                '.' => {
                    while i < name.len() && name[i] != '.' && name[i] != '[' {
                        i += 1;
                    }
                    if i == start {
                        return Err(value_error("Empty attribute in format string"));
                    }
                    let attr = pystr::from_string(collect(&name[start..i]));
                    obj = crate::dispatch::getattr(obj, attr)?;
                }
                '[' => {
                    while i < name.len() && name[i] != ']' {
                        i += 1;
                    }
                    if i == name.len() {
                        return Err(value_error("Missing ']' in format string"));
                    }
                    let key = &name[start..i];
                    i += 1;
                    if key.is_empty() {
                        return Err(value_error("Empty attribute in format string"));
                    }
                    let k = match decimal_index(key)? {
                        Some(n) => crate::int::from_i64(n as i64),
                        None => pystr::from_string(collect(key)),
                    };
                    obj = crate::dispatch::getitem(obj, k)?;
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
fn decimal_index(s: &[char]) -> R<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for &c in s {
        let Some(d) = crate::unicode::decimal_value(c) else {
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

/// Parses the replacement field starting at `fmt[i]` (just after `{`), as
/// CPython 3.11's `parse_field`; returns it and the index after its `}`.
fn parse_field(fmt: &[char], mut i: usize) -> R<(Field<'_>, usize)> {
    let n = fmt.len();
    let start = i;
    let mut c = '\0';
    while i < n {
        c = fmt[i];
        i += 1;
        match c {
            '{' => return Err(value_error("unexpected '{' in field name")),
            '[' => {
                while i < n && fmt[i] != ']' {
                    i += 1;
                }
            }
            '}' | ':' | '!' => break,
            _ => {}
        }
    }
    let name = &fmt[start..i.saturating_sub(1).max(start)];
    let mut field = Field {
        name,
        conversion: None,
        spec: &[],
        spec_has_fields: false,
    };
    if c == '!' || c == ':' {
        if c == '!' {
            if i >= n {
                return Err(value_error(
                    "end of string while looking for conversion specifier",
                ));
            }
            field.conversion = Some(fmt[i]);
            i += 1;
            if i < n {
                let next = fmt[i];
                i += 1;
                if next == '}' {
                    return Ok((field, i));
                }
                if next != ':' {
                    return Err(value_error("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = i;
        let mut nesting = 1;
        while i < n {
            let d = fmt[i];
            i += 1;
            if d == '{' {
                field.spec_has_fields = true;
                nesting += 1;
            } else if d == '}' {
                nesting -= 1;
                if nesting == 0 {
                    field.spec = &fmt[spec_start..i - 1];
                    return Ok((field, i));
                }
            }
        }
        return Err(value_error("unmatched '{' in format spec"));
    }
    if c != '}' {
        return Err(value_error("expected '}' before end of string"));
    }
    Ok((field, i))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::str::{as_str, new};
    use crate::str_methods::harness::{lock, pending_error};

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
        let d = crate::dict::new();
        crate::dict::setitem(d, new("x"), Value::from_small(5)).unwrap();
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
