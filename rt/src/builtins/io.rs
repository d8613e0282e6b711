//! The built-in functions of program I/O: `print` and `input`.

use crate::builtins::args::{check_positional, none, opt};
use crate::exc;
use crate::exc::error::{raise, type_error, R};
use crate::object::type_name;
use crate::objects::func::BuiltinObj;
use crate::protocol::args::Args;
use crate::value::Value;
use crate::{builtins::output, protocol::dispatch};

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`
pub static PRINT: BuiltinObj = BuiltinObj::new("print", print);
/// `input(prompt='')`
pub static INPUT: BuiltinObj = BuiltinObj::new("input", input);

fn print(args: Args) -> R<Value> {
    let (mut sep, mut end, mut file, mut flush) = (None, None, None, None);
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        let slot = match crate::objects::str::as_str(*k) {
            "sep" => &mut sep,
            "end" => &mut end,
            "file" => &mut file,
            "flush" => &mut flush,
            other => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for print()"
                )))
            }
        };
        *slot = Some(*v);
    }
    let sep = text_arg("sep", opt(sep))?.unwrap_or(" ");
    let end = text_arg("end", opt(end))?.unwrap_or("\n");
    let flush = match flush {
        Some(f) => dispatch::truthy(f)?,
        None => false,
    };
    if let Some(file) = opt(file) {
        return print_to_file(file, args.pos, sep, end, flush);
    }
    let mut digits = [0u8; 24];
    for (i, v) in args.pos.iter().enumerate() {
        if i > 0 {
            output::try_write_out(sep)?;
        }
        if v.is_small() {
            output::try_write_out(small_int_text(v.small(), &mut digits))?;
        } else if let Some(s) = crate::objects::str::try_str(*v) {
            output::try_write_out(s)?;
        } else {
            output::try_write_out(&dispatch::str_of(*v)?)?;
        }
    }
    output::try_write_out(end)?;
    if flush {
        output::try_flush()?;
    }
    none()
}

/// `sep`/`end`: None or a str.
fn text_arg(name: &str, v: Option<Value>) -> R<Option<&'static str>> {
    match v {
        None => Ok(None),
        Some(v) => match crate::objects::str::try_str(v) {
            Some(s) => Ok(Some(s)),
            None => Err(type_error(format!(
                "{name} must be None or a string, not {}",
                type_name(v)
            ))),
        },
    }
}

/// `print(..., file=f)`: calls `f.write(text)` for each piece, as CPython does.
fn print_to_file(file: Value, items: &[Value], sep: &str, end: &str, flush: bool) -> R<Value> {
    let write = dispatch::getattr(file, crate::objects::str::new("write"))?;
    let put = |v: Value| dispatch::call(write, Args::positional(&[v]));
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            put(crate::objects::str::new(sep))?;
        }
        put(dispatch::str_value(*v)?)?;
    }
    put(crate::objects::str::new(end))?;
    if flush {
        dispatch::call_method(
            file,
            crate::objects::str::new("flush"),
            Args::positional(&[]),
        )?;
    }
    none()
}

/// Decimal text of `n`, formatted into `buf` (no allocation).
fn small_int_text(n: i64, buf: &mut [u8; 24]) -> &str {
    let mut pos = buf.len();
    let mut m = n.unsigned_abs();
    loop {
        pos -= 1;
        buf[pos] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    if n < 0 {
        pos -= 1;
        buf[pos] = b'-';
    }
    std::str::from_utf8(&buf[pos..]).unwrap_or("")
}

fn input(args: Args) -> R<Value> {
    let pos = check_positional("input", &args, 0, 1)?;
    if let Some(p) = pos.first() {
        output::try_write_out(&dispatch::str_of(*p)?)?;
    }
    output::flush();
    let mut line = Vec::new();
    let n = {
        use std::io::BufRead;
        std::io::stdin().lock().read_until(b'\n', &mut line)
    };
    match n {
        Ok(0) => return Err(raise(&exc::EOF_ERROR, "EOF when reading a line")),
        Ok(_) => {}
        Err(e) => return Err(raise(&exc::OS_ERROR, e.to_string())),
    }
    // Text-mode stdin translates "\r\n" to "\n"; input() drops the newline.
    if line.last() == Some(&b'\n') {
        line.pop();
        if line.last() == Some(&b'\r') {
            line.pop();
        }
    }
    // CPython reads stdin with `surrogateescape`, keeping invalid bytes as
    // lone surrogates; Al strings are UTF-8 and cannot hold those, so such
    // bytes become U+FFFD (the program goes on, as it does under CPython).
    let text = match String::from_utf8(line) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    };
    Ok(crate::objects::str::from_string(text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{call_kw, i};

    #[test]
    fn print_argument_errors() {
        assert_eq!(
            call_kw(&PRINT, &[], &[("sep", i(1))]).unwrap_err(),
            "TypeError: sep must be None or a string, not int"
        );
        assert_eq!(
            call_kw(&PRINT, &[], &[("end", i(1))]).unwrap_err(),
            "TypeError: end must be None or a string, not int"
        );
        assert_eq!(
            call_kw(&PRINT, &[], &[("foo", i(1))]).unwrap_err(),
            "TypeError: 'foo' is an invalid keyword argument for print()"
        );
    }

    #[test]
    fn small_int_text_formats() {
        let mut buf = [0u8; 24];
        assert_eq!(small_int_text(0, &mut buf), "0");
        assert_eq!(small_int_text(-42, &mut buf), "-42");
        assert_eq!(
            small_int_text(crate::value::SMALL_MIN, &mut buf),
            crate::value::SMALL_MIN.to_string()
        );
        assert_eq!(small_int_text(i64::MIN, &mut buf), i64::MIN.to_string());
    }
}
