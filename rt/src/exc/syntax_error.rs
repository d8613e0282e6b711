//! `SyntaxError` and its subclasses (`IndentationError`, `TabError`): the
//! `msg`, `filename`, `lineno`, `offset`, `text`, `end_lineno`,
//! `end_offset` and `print_file_and_line` attributes CPython's constructor
//! fills from `(msg, (filename, lineno, offset, text[, end_lineno,
//! end_offset]))`, and `str()` as `msg (file, line N)`.

use crate::exc::error::{type_error, R};
use crate::exc::{self, ExcObj};
use crate::object::Kind;
use crate::protocol::dispatch;
use crate::value::Value;

/// The attribute names, in `ExcObj::detail` order.
pub const ATTRS: [&str; 8] = [
    "msg",
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
    "print_file_and_line",
];

/// True if `e` is a `SyntaxError` (or subclass) instance.
pub fn is_syntax_error(e: &ExcObj) -> bool {
    e.header.ty.is_subtype(&exc::SYNTAX_ERROR)
}

/// Sets `e.args` to `args` and the attributes as CPython's
/// `SyntaxError.__init__` does: `msg` from the first argument; with exactly
/// two, the second is the location sequence of 4 to 6 items.
pub fn init(e: &ExcObj, args: Value) -> R<()> {
    let items = crate::objects::tuple::items(args).to_vec();
    let mut fields = [Value::NULL; 8];
    if let Some(&msg) = items.first() {
        fields[0] = msg;
    }
    if items.len() == 2 {
        let info = dispatch::collect(items[1])?.into_vec();
        if info.len() < 4 {
            return Err(type_error(format!(
                "function takes at least 4 arguments ({} given)",
                info.len()
            )));
        }
        if info.len() > 6 {
            return Err(type_error(format!(
                "function takes at most 6 arguments ({} given)",
                info.len()
            )));
        }
        fields[1..1 + info.len()].copy_from_slice(&info);
    }
    e.args.set(args);
    e.detail.set(crate::objects::tuple::from_slice(&fields));
    Ok(())
}

/// `str(e)`: the message, with the file's base name and the line when
/// they are set (CPython's `SyntaxError.__str__`).
pub fn to_str(e: &ExcObj) -> R<String> {
    let field = |i| super::fields::get(&e.detail, i);
    let msg = field(0);
    let msg = if msg.is_null() {
        "None".to_string()
    } else {
        dispatch::str_of(msg)?
    };
    // Unset fields are null: test for that before looking at a kind.
    let filename = Some(field(1))
        .filter(|f| !f.is_null() && !f.is_small() && f.kind() == Kind::Str)
        .and_then(crate::objects::str::try_str)
        .map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
    let lineno = field(2);
    let is_int = lineno.is_small() || (!lineno.is_null() && lineno.kind() == Kind::Int);
    let lineno = is_int.then(|| dispatch::str_of(lineno)).transpose()?;
    Ok(match (filename, lineno) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (None, None) => msg,
    })
}
