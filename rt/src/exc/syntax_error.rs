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

/// The lines CPython's report prints for a `SyntaxError` before its
/// `Type: msg` line: `  File "f", line N`, then the text with a caret
/// under the offset (the text stripped of leading blanks, the caret left
/// out when it would point left of it), when those fields are set.
/// (`traceback`'s own formatting is `format_module_style`.)
pub fn location_lines(e: &ExcObj) -> String {
    let field = |i| super::fields::get(&e.detail, i);
    let Some(lineno) = int_field(field(2)) else {
        return String::new();
    };
    let filename = text_field(field(1)).unwrap_or("<string>");
    let mut out = format!("  File \"{filename}\", line {lineno}\n");
    let Some(text) = text_field(field(4)) else {
        return out;
    };
    let offset = int_field(field(3)).unwrap_or(0);
    let mut end_offset = int_field(field(6)).unwrap_or(0);
    let line_size = text.chars().count() as i64;
    if int_field(field(5)).is_some_and(|end| end > lineno) {
        end_offset = line_size;
    }
    end_offset = end_offset.min(line_size + 1);
    // 0-based, moved left past the blanks that are not printed.
    let mut col = offset - 1;
    let mut rest = text;
    while let Some(stripped) = rest.strip_prefix([' ', '\t', '\u{c}']) {
        rest = stripped;
        col -= 1;
    }
    let mut len = rest.chars().count() as i64;
    if rest.ends_with('\n') {
        len -= 1;
    }
    col = col.min(len);
    while let Some(nl) = rest.find('\n') {
        let before = rest[..nl].chars().count() as i64;
        if before >= col {
            break;
        }
        rest = &rest[nl + 1..];
        len -= before + 1;
        col -= before + 1;
    }
    out.push_str("    ");
    out.push_str(rest.strip_suffix('\n').unwrap_or(rest));
    out.push('\n');
    if col < 0 {
        return out;
    }
    // CPython's report marks the whole range for a SyntaxError itself,
    // one character for its subclasses.
    let exact = std::ptr::eq(e.header.ty, &super::SYNTAX_ERROR);
    let carets = if exact {
        (end_offset - offset).max(1).min((len - col).max(1))
    } else {
        1
    };
    out.push_str("    ");
    out.extend(std::iter::repeat_n(' ', col as usize));
    out.extend(std::iter::repeat_n('^', carets as usize));
    out.push('\n');
    out
}

/// `e.msg` as the report's last line shows it (CPython prints the message
/// alone, not `str(e)`).
pub fn report_message(e: &ExcObj) -> Option<String> {
    let msg = super::fields::get(&e.detail, 0);
    if msg.is_null() {
        return None;
    }
    crate::protocol::dispatch::str_of(msg).ok()
}

/// What the `traceback` module's `format_exception_only` makes of a
/// `SyntaxError` (its own caret rules, not the report's): the location
/// lines and `name: msg`.
pub fn format_module_style(e: &ExcObj, name: &str) -> String {
    let field = |i| super::fields::get(&e.detail, i);
    let mut out = String::new();
    let filename = text_field(field(1));
    let mut suffix = String::new();
    match int_field(field(2)) {
        Some(line) => out.push_str(&format!(
            "  File \"{}\", line {line}\n",
            filename.filter(|f| !f.is_empty()).unwrap_or("<string>")
        )),
        None => {
            if let Some(f) = filename {
                suffix = format!(" ({f})");
            }
        }
    }
    if let Some(text) = text_field(field(4)) {
        let rtext = text.trim_end_matches('\n');
        let ltext = rtext.trim_start_matches([' ', '\n', '\u{c}']);
        let spaces = (rtext.chars().count() - ltext.chars().count()) as i64;
        out.push_str(&format!("    {ltext}\n"));
        if let Some(offset) = int_field(field(3)) {
            let mut end = int_field(field(6)).filter(|e| *e != 0).unwrap_or(offset);
            if offset == end || end == -1 {
                end = offset + 1;
            }
            let col = offset - 1 - spaces;
            let end_col = end - 1 - spaces;
            if col >= 0 {
                let space: String = ltext
                    .chars()
                    .take(col as usize)
                    .map(|c| if c.is_whitespace() { c } else { ' ' })
                    .collect();
                let carets = "^".repeat((end_col - col).max(0) as usize);
                out.push_str(&format!("    {space}{carets}\n"));
            }
        }
    }
    let msg = report_message(e).filter(|m| !m.is_empty());
    let msg = msg.unwrap_or_else(|| "<no detail available>".to_string());
    out.push_str(&format!("{name}: {msg}{suffix}\n"));
    out
}

/// A str field's text; None while unset (null) or not a str.
fn text_field(v: Value) -> Option<&'static str> {
    if v.is_null() || v.is_small() {
        return None;
    }
    crate::objects::str::try_str(v)
}

/// An int field's value; None while unset (null) or not an int.
fn int_field(v: Value) -> Option<i64> {
    if v.is_null() {
        return None;
    }
    crate::objects::slice::as_index(v).and_then(Result::ok)
}
