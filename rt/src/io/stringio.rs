//! `_io.StringIO`: an in-memory text stream. The text is kept as UTF-8
//! with positions counted in characters, as CPython counts them; writing
//! past the end pads with NULs, and the `newline` argument translates
//! written text (CPython's StringIO translates on write, never on read).

use crate::exc::error::{raise, type_error, value_error, R};
use crate::io::file::{closed_error, closed_error_raw};
use crate::io::newline::{self, Caller, Newline, Seen};
use crate::object::{self, type_name, Header, Kind, Object, TypeObj};
use crate::value::Value;
use std::cell::{Cell, RefCell};

/// `_io.StringIO`
pub static STRINGIO_TYPE: TypeObj = TypeObj::builtin(
    "_io.StringIO",
    Some(&crate::io::tables::TEXT_IO_BASE_TYPE),
    Kind::StringIO,
)
.with_attrs(&crate::io::tables::STRINGIO_ATTRS);

/// The text and position of a StringIO.
pub struct SioState {
    buf: String,
    /// Characters in `buf`.
    nchars: usize,
    /// The position, in characters (may be past the end).
    pos: usize,
    newline: Newline,
    seen: Seen,
}

/// A StringIO object.
#[repr(C)]
pub struct StringIOObj {
    pub header: Header,
    pub closed: Cell<bool>,
    pub st: RefCell<SioState>,
}

// SAFETY: repr(C), Header first; every Kind::StringIO object is a StringIOObj.
unsafe impl Object for StringIOObj {
    const KINDS: &'static [Kind] = &[Kind::StringIO];

    fn trace(&self, _t: &mut crate::gc::Tracer) {}
}

fn obj(v: Value) -> &'static StringIOObj {
    v.as_ref::<StringIOObj>()
}

impl SioState {
    /// The byte index of character `c` (at most the end).
    fn byte_at(&self, c: usize) -> usize {
        if self.buf.len() == self.nchars {
            return c.min(self.buf.len());
        }
        self.buf
            .char_indices()
            .nth(c)
            .map_or(self.buf.len(), |(i, _)| i)
    }

    /// Writes `text` at the position, padding with NULs up to it.
    fn put(&mut self, text: &str) {
        let n = text.chars().count();
        if self.pos > self.nchars {
            let pad = self.pos - self.nchars;
            self.buf.extend(std::iter::repeat_n('\0', pad));
            self.nchars += pad;
        }
        if self.pos == self.nchars {
            self.buf.push_str(text);
            self.nchars += n;
        } else {
            let start = self.byte_at(self.pos);
            let over = n.min(self.nchars - self.pos);
            let rest = &self.buf[start..];
            let end = start + rest.char_indices().nth(over).map_or(rest.len(), |(i, _)| i);
            self.buf.replace_range(start..end, text);
            self.nchars = self.nchars - over + n;
        }
        self.pos += n;
    }

    /// `text` as written under the newline mode.
    fn translate(&mut self, text: &str) -> String {
        match self.newline {
            Newline::Universal => newline::translate_read(text, &mut self.seen),
            Newline::Untranslated => {
                self.seen.record(text);
                text.to_string()
            }
            Newline::Lf => text.to_string(),
            Newline::Cr => newline::translate_write(text, "\r"),
            Newline::CrLf => newline::translate_write(text, "\r\n"),
        }
    }

    /// The rest of the text from the position, at most `n` characters
    /// (all for a negative `n`); moves the position past it.
    fn take(&mut self, n: i64) -> String {
        if self.pos >= self.nchars {
            return String::new();
        }
        let start = self.byte_at(self.pos);
        let rest = &self.buf[start..];
        let (end, count) = match usize::try_from(n) {
            Ok(n) if n < self.nchars - self.pos => {
                (rest.char_indices().nth(n).map_or(rest.len(), |(i, _)| i), n)
            }
            _ => (rest.len(), self.nchars - self.pos),
        };
        self.pos += count;
        rest[..end].to_string()
    }

    /// One line (at most `limit` characters when it is not negative).
    fn line(&mut self, limit: i64) -> String {
        if self.pos >= self.nchars {
            return String::new();
        }
        let start = self.byte_at(self.pos);
        let rest = &self.buf[start..];
        let mut end = self.newline.line_end(rest, true).unwrap_or(rest.len());
        if let Ok(l) = usize::try_from(limit) {
            end = end.min(rest.char_indices().nth(l).map_or(rest.len(), |(i, _)| i));
        }
        let line = rest[..end].to_string();
        self.pos += line.chars().count();
        line
    }
}

/// `StringIO(initial_value='', newline='\n')`
pub fn new(args: crate::protocol::args::Args) -> R<Value> {
    let [initial, newline] =
        crate::builtins::args::bind_clinic("StringIO", &args, ["initial_value", "newline"], 0, 0)?;
    let newline = match newline {
        None => Newline::Lf,
        Some(v) => Newline::parse(Some(v), Caller::StringIO)?,
    };
    let initial = match initial {
        Some(v) if object::is_none(v) => None,
        Some(v) if v.kind() == Kind::Str => Some(v),
        Some(v) => {
            return Err(type_error(format!(
                "initial_value must be str or None, not {}",
                type_name(v)
            )))
        }
        None => None,
    };
    let mut st = SioState {
        buf: String::new(),
        nchars: 0,
        pos: 0,
        newline,
        seen: Seen::default(),
    };
    if let Some(v) = initial {
        let text = st.translate(crate::objects::str::as_str(v));
        st.put(&text);
        st.pos = 0;
    }
    Ok(Value::from_ref(crate::gc::alloc(StringIOObj {
        header: Header::new(&STRINGIO_TYPE),
        closed: Cell::new(false),
        st: RefCell::new(st),
    })))
}

/// Fails if `v` is closed (the message without a period, as StringIO's
/// own methods word it).
fn check(v: Value) -> R<&'static StringIOObj> {
    let s = obj(v);
    if s.closed.get() {
        return Err(closed_error_raw());
    }
    Ok(s)
}

/// `s.write(text)`: returns the length of `text`.
pub fn write(v: Value, text: Value) -> R<usize> {
    if text.kind() != Kind::Str {
        return Err(type_error(format!(
            "string argument expected, got '{}'",
            type_name(text)
        )));
    }
    let s = check(v)?;
    let mut st = s.st.borrow_mut();
    let t = st.translate(crate::objects::str::as_str(text));
    st.put(&t);
    Ok(text.as_ref::<crate::objects::str::StrObj>().nchars)
}

/// `s.read(n)`
pub fn read(v: Value, n: i64) -> R<String> {
    Ok(check(v)?.st.borrow_mut().take(n))
}

/// `s.readline(limit)`
pub fn readline(v: Value, limit: i64) -> R<String> {
    Ok(check(v)?.st.borrow_mut().line(limit))
}

/// The next line for iteration; None at the end.
pub fn next_line(v: Value) -> R<Option<Value>> {
    let line = readline(v, -1)?;
    if line.is_empty() {
        return Ok(None);
    }
    Ok(Some(crate::objects::str::from_string(line)))
}

/// Fails with the period-ended message (the checks StringIO inherits).
pub fn check_open_inherited(v: Value) -> R<()> {
    if obj(v).closed.get() {
        Err(closed_error())
    } else {
        Ok(())
    }
}

/// `s.getvalue()`
pub fn getvalue(v: Value) -> R<Value> {
    let text = check(v)?.st.borrow().buf.clone();
    Ok(crate::objects::str::from_string(text))
}

/// `s.tell()`
pub fn tell(v: Value) -> R<usize> {
    Ok(check(v)?.st.borrow().pos)
}

/// `s.seek(pos, whence)` with CPython's checks.
pub fn seek(v: Value, pos: i64, whence: i64) -> R<usize> {
    let s = check(v)?;
    if !(0..=2).contains(&whence) {
        return Err(value_error(format!(
            "Invalid whence ({whence}, should be 0, 1 or 2)"
        )));
    }
    if pos < 0 && whence == 0 {
        return Err(value_error(format!("Negative seek position {pos}")));
    }
    if whence != 0 && pos != 0 {
        return Err(raise(
            &crate::exc::OS_ERROR,
            "Can't do nonzero cur-relative seeks",
        ));
    }
    let mut st = s.st.borrow_mut();
    st.pos = match whence {
        1 => st.pos,
        2 => st.nchars,
        _ => usize::try_from(pos).unwrap_or(0),
    };
    Ok(st.pos)
}

/// `s.truncate(size)`: the position when `size` is None.
pub fn truncate(v: Value, size: Option<i64>) -> R<usize> {
    let s = check(v)?;
    let mut st = s.st.borrow_mut();
    let size = match size {
        None => st.pos,
        Some(n) if n < 0 => {
            drop(st);
            return Err(value_error(format!("Negative size value {n}")));
        }
        Some(n) => usize::try_from(n).unwrap_or(usize::MAX),
    };
    if size < st.nchars {
        let b = st.byte_at(size);
        st.buf.truncate(b);
        st.nchars = size;
    }
    Ok(size)
}

/// `s.readable()`, `writable()`, `seekable()`: True while open.
pub fn able(v: Value) -> R<bool> {
    check(v).map(|_| true)
}

/// `s.close()`
pub fn close(v: Value) {
    let s = obj(v);
    s.closed.set(true);
    let mut st = s.st.borrow_mut();
    st.buf = String::new();
    st.nchars = 0;
}

/// `s.closed`
pub fn closed(v: Value) -> bool {
    obj(v).closed.get()
}

/// `s.newlines`
pub fn newlines(v: Value) -> R<Value> {
    let s = check(v)?;
    let st = s.st.borrow();
    Ok(match st.newline {
        Newline::Universal | Newline::Untranslated => st.seen.value(),
        _ => object::none(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::args::Args;
    use crate::testing::{err_text, i, r, s};

    fn sio(init: &str, newline: Option<Value>) -> Value {
        let names = [s("newline")];
        let vals = [newline.unwrap_or_else(object::none)];
        let pos = [s(init)];
        let args = match newline {
            Some(_) => Args {
                pos: &pos,
                kwnames: &names,
                kwvals: &vals,
            },
            None => Args::positional(&pos),
        };
        new(args).unwrap()
    }

    fn text(r: R<String>) -> String {
        format!("{:?}", r.unwrap())
    }

    #[test]
    fn reads_writes_and_pads_as_cpython() {
        // python3: s = io.StringIO('abc'); s.seek(1); s.write('é') ...
        let v = sio("abc", None);
        assert_eq!(seek(v, 1, 0), Ok(1));
        assert_eq!(write(v, s("\u{e9}")), Ok(1));
        assert_eq!(r(getvalue(v).unwrap()), "'a\u{e9}c'");
        assert_eq!(seek(v, 5, 0), Ok(5));
        assert_eq!(text(read(v, -1)), "\"\"");
        assert_eq!(write(v, s("z")), Ok(1));
        assert_eq!(r(getvalue(v).unwrap()), "'a\u{e9}c\\x00\\x00z'");
        assert_eq!(seek(v, 0, 0), Ok(0));
        assert_eq!(text(read(v, 2)), "\"a\u{e9}\"");
        assert_eq!(tell(v), Ok(2));
        assert_eq!(truncate(v, None), Ok(2));
        assert_eq!(r(getvalue(v).unwrap()), "'a\u{e9}'");
    }

    #[test]
    fn newline_modes() {
        let v = sio("a\r\nb", Some(object::none()));
        assert_eq!(r(getvalue(v).unwrap()), "'a\\nb'");
        assert_eq!(r(newlines(v).unwrap()), "'\\r\\n'");
        let v = sio("a\r\nb\rc\n", Some(s("")));
        assert_eq!(text(readline(v, -1)), "\"a\\r\\n\"");
        assert_eq!(text(readline(v, -1)), "\"b\\r\"");
        assert_eq!(text(readline(v, -1)), "\"c\\n\"");
        let v = sio("a\r\nb\rc\n", Some(s("\r")));
        assert_eq!(r(getvalue(v).unwrap()), "'a\\r\\rb\\rc\\r'");
        assert_eq!(text(readline(v, -1)), "\"a\\r\"");
        let v = sio("x\ny", None);
        assert_eq!(r(newlines(v).unwrap()), "None");
        assert_eq!(text(readline(v, 1)), "\"x\"");
    }

    #[test]
    fn errors_match_cpython() {
        let v = sio("abc", None);
        assert!(seek(v, 1, 1).is_err());
        assert_eq!(err_text(), "OSError: Can't do nonzero cur-relative seeks");
        assert!(seek(v, -1, 0).is_err());
        assert_eq!(err_text(), "ValueError: Negative seek position -1");
        assert!(seek(v, 0, 3).is_err());
        assert_eq!(
            err_text(),
            "ValueError: Invalid whence (3, should be 0, 1 or 2)"
        );
        assert!(truncate(v, Some(-1)).is_err());
        assert_eq!(err_text(), "ValueError: Negative size value -1");
        assert!(write(v, i(5)).is_err());
        assert_eq!(err_text(), "TypeError: string argument expected, got 'int'");
        close(v);
        assert!(read(v, -1).is_err());
        assert_eq!(err_text(), "ValueError: I/O operation on closed file");
        assert!(closed(v));
        assert!(new(Args::positional(&[i(5)])).is_err());
        assert_eq!(
            err_text(),
            "TypeError: initial_value must be str or None, not int"
        );
    }
}
