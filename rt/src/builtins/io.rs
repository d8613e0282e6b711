//! The built-in functions of program I/O: `print` and `input`, which use
//! the program's current `sys.stdout` and `sys.stdin` (`io/streams.rs`).

use crate::builtins::args::{check_positional, none, opt};
use crate::exc;
use crate::exc::error::{raise, type_error, R};
use crate::io::streams::{self, Std};
use crate::object::{type_name, Kind};
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
    // No `file` (or None): the current `sys.stdout`, which is the native
    // stdout unless the program replaced it.
    let file = match opt(file) {
        Some(f) => Some(f),
        None => streams::redirected(Std::Out),
    };
    if let Some(file) = file.filter(|f| !streams::is_native(*f, Std::Out)) {
        if crate::object::is_none(file) {
            // `sys.stdout = None`: print does nothing, as in CPython.
            return none();
        }
        return print_to_file(file, args.pos, sep, end, flush);
    }
    if streams::native_closed(Std::Out) {
        return Err(crate::io::file::closed_error());
    }
    let mut digits = [0u8; 24];
    for (i, v) in args.pos.iter().enumerate() {
        if i > 0 {
            output::try_write_out(sep)?;
        }
        if v.is_small() {
            output::try_write_out(crate::objects::int::small_int_text(v.small(), &mut digits))?;
        } else if let Some(s) =
            crate::objects::str::try_str(*v).filter(|_| !crate::class::ops::is_user(*v))
        {
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

/// `print(..., file=f)`: calls `f.write(text)` for each piece, as CPython
/// does (a file object's own write directly).
fn print_to_file(file: Value, items: &[Value], sep: &str, end: &str, flush: bool) -> R<Value> {
    let direct = file.kind() == Kind::TextIO && !crate::class::ops::is_user(file);
    let write = if direct {
        Value::NULL
    } else {
        dispatch::getattr(file, crate::objects::str::new("write"))?
    };
    let put = |v: Value| -> R<()> {
        if direct {
            crate::io::file::write(file, v).map(|_| ())
        } else {
            dispatch::call(write, Args::positional(&[v])).map(|_| ())
        }
    };
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

fn input(args: Args) -> R<Value> {
    let pos = check_positional("input", &args, 0, 1)?;
    let (fin, fout) = (streams::redirected(Std::In), streams::redirected(Std::Out));
    if fin.is_some() || fout.is_some() {
        return input_through(pos.first().copied(), fin, fout);
    }
    if let Some(p) = pos.first() {
        output::try_write_out(&dispatch::str_of(*p)?)?;
    }
    // CPython's stdin splits lines at "\n" only (no newline translation on
    // POSIX), and input() drops that one character.
    let Some(mut line) = streams::stdin_line()? else {
        return Err(raise(&exc::EOF_ERROR, "EOF when reading a line"));
    };
    if line.ends_with('\n') {
        line.pop();
    }
    Ok(crate::objects::str::from_string(line))
}

/// `input()` once the program replaced `sys.stdin` or `sys.stdout`: the
/// prompt goes through `sys.stdout.write`, then `sys.stdout.flush()`, and
/// the line comes from `sys.stdin.readline()`, as in CPython.
fn input_through(prompt: Option<Value>, fin: Option<Value>, fout: Option<Value>) -> R<Value> {
    let fin = fin.unwrap_or_else(streams::stdin);
    let fout = fout.unwrap_or_else(streams::stdout);
    if crate::object::is_none(fin) {
        return Err(raise(&exc::RUNTIME_ERROR, "input(): lost sys.stdin"));
    }
    if crate::object::is_none(fout) {
        return Err(raise(&exc::RUNTIME_ERROR, "input(): lost sys.stdout"));
    }
    let call = |o: Value, m: &str, a: &[Value]| {
        dispatch::call_method(o, crate::objects::str::new(m), Args::positional(a))
    };
    if let Some(p) = prompt {
        call(fout, "write", &[dispatch::str_value(p)?])?;
    }
    call(fout, "flush", &[])?;
    let line = call(fin, "readline", &[])?;
    let Some(text) = crate::objects::str::try_str(line) else {
        return Err(type_error("object.readline() returned non-string"));
    };
    if text.is_empty() {
        return Err(raise(&exc::EOF_ERROR, "EOF when reading a line"));
    }
    Ok(crate::objects::str::new(
        text.strip_suffix('\n').unwrap_or(text),
    ))
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
}
