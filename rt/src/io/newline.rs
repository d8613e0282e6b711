//! Newlines of text streams (the `newline` argument of `open` and
//! `StringIO`): which ones are accepted, what written `\n` becomes, how
//! read text is translated and split into lines, and the `newlines`
//! record of the kinds seen.

use crate::exc::error::{type_error, value_error, R};
use crate::object::{self, type_name, Kind};
use crate::value::Value;

/// A stream's newline mode.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Newline {
    /// `None`: universal newlines; `\r\n` and `\r` read as `\n`.
    Universal,
    /// `''`: lines end at any of the three, kept as they are.
    Untranslated,
    /// `'\n'`
    Lf,
    /// `'\r'`
    Cr,
    /// `'\r\n'`
    CrLf,
}

/// Who is asking, for the wording of the errors.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Caller {
    Open,
    StringIO,
}

impl Newline {
    /// The mode for a `newline` argument (None when absent).
    pub fn parse(v: Option<Value>, caller: Caller) -> R<Newline> {
        let Some(v) = v.filter(|v| !object::is_none(*v)) else {
            return Ok(Newline::Universal);
        };
        if v.kind() != Kind::Str {
            let prefix = match caller {
                Caller::Open => "open() argument 'newline'",
                Caller::StringIO => "newline",
            };
            return Err(type_error(format!(
                "{prefix} must be str or None, not {}",
                type_name(v)
            )));
        }
        let s = crate::objects::str::as_str(v);
        Ok(match s {
            "" => Newline::Untranslated,
            "\n" => Newline::Lf,
            "\r" => Newline::Cr,
            "\r\n" => Newline::CrLf,
            _ => {
                return Err(value_error(match caller {
                    Caller::Open => format!("illegal newline value: {s}"),
                    Caller::StringIO => format!(
                        "illegal newline value: {}",
                        crate::objects::str::ops::repr(s)
                    ),
                }))
            }
        })
    }

    /// What a written `\n` becomes in a file (`os.linesep`, `\n` here, for
    /// universal mode); None when it stays.
    pub fn file_write_translation(self) -> Option<&'static str> {
        match self {
            Newline::Cr => Some("\r"),
            Newline::CrLf => Some("\r\n"),
            _ => None,
        }
    }

    /// True for the modes whose reader holds back a final `\r` until it
    /// knows whether `\n` follows, and records the kinds of newline seen.
    pub fn universal_reader(self) -> bool {
        matches!(self, Newline::Universal | Newline::Untranslated)
    }

    /// The byte length of the first line of `s` including its end, if `s`
    /// has a complete line: for universal mode (text already translated)
    /// and `\n`, up to `\n`; for `''`, up to `\r\n`, `\r` or `\n` (a final
    /// `\r` counts as a line end only if `at_end`, as `\n` may follow);
    /// for `\r` and `\r\n`, up to those.
    pub fn line_end(self, s: &str, at_end: bool) -> Option<usize> {
        match self {
            Newline::Universal | Newline::Lf => s.find('\n').map(|i| i + 1),
            Newline::Cr => s.find('\r').map(|i| i + 1),
            Newline::CrLf => s.find("\r\n").map(|i| i + 2),
            Newline::Untranslated => {
                let i = s.find(['\r', '\n'])?;
                if s.as_bytes()[i] == b'\n' {
                    return Some(i + 1);
                }
                match s.as_bytes().get(i + 1) {
                    Some(b'\n') => Some(i + 2),
                    Some(_) => Some(i + 1),
                    None if at_end => Some(i + 1),
                    None => None,
                }
            }
        }
    }
}

/// The kinds of newline a universal reader has seen (`newlines`).
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub struct Seen(u8);

const CR: u8 = 1;
const LF: u8 = 2;
const CRLF: u8 = 4;

impl Seen {
    /// Records the newlines in `s`, a piece of read text before
    /// translation (a final `\r` already held back by the caller).
    pub fn record(&mut self, s: &str) {
        let b = s.as_bytes();
        // The common case, a chunk without '\r', in two memchr scans.
        if !b.contains(&b'\r') {
            if b.contains(&b'\n') {
                self.0 |= LF;
            }
            return;
        }
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'\r' if b.get(i + 1) == Some(&b'\n') => {
                    self.0 |= CRLF;
                    i += 1;
                }
                b'\r' => self.0 |= CR,
                b'\n' => self.0 |= LF,
                _ => {}
            }
            i += 1;
        }
    }

    /// `newlines`: None, the one kind seen, or a tuple of the kinds in
    /// the order `'\r'`, `'\n'`, `'\r\n'`.
    pub fn value(self) -> Value {
        let kinds: Vec<Value> = [(CR, "\r"), (LF, "\n"), (CRLF, "\r\n")]
            .iter()
            .filter(|(bit, _)| self.0 & bit != 0)
            .map(|(_, s)| crate::objects::str::new(s))
            .collect();
        match kinds.len() {
            0 => object::none(),
            1 => kinds[0],
            _ => crate::objects::tuple::from_slice(&kinds),
        }
    }
}

/// `\r\n` and `\r` as `\n` (universal newlines), recording what was seen.
pub fn translate_read(s: &str, seen: &mut Seen) -> String {
    seen.record(s);
    if !s.contains('\r') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('\r') {
        out.push_str(&rest[..i]);
        out.push('\n');
        rest = &rest[i + 1..];
        if let Some(r) = rest.strip_prefix('\n') {
            rest = r;
        }
    }
    out.push_str(rest);
    out
}

/// `s` with every `\n` written as `to`.
pub fn translate_write(s: &str, to: &str) -> String {
    s.replace('\n', to)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{err_text, i, r, s};

    #[test]
    fn parse_accepts_cpython_values() {
        assert_eq!(Newline::parse(None, Caller::Open), Ok(Newline::Universal));
        assert_eq!(
            Newline::parse(Some(s("")), Caller::Open),
            Ok(Newline::Untranslated)
        );
        assert_eq!(
            Newline::parse(Some(s("\r\n")), Caller::Open),
            Ok(Newline::CrLf)
        );
        // python3 -c "open('t', newline='x')" / "io.StringIO(newline='x')"
        assert!(Newline::parse(Some(s("x")), Caller::Open).is_err());
        assert_eq!(err_text(), "ValueError: illegal newline value: x");
        assert!(Newline::parse(Some(s("x")), Caller::StringIO).is_err());
        assert_eq!(err_text(), "ValueError: illegal newline value: 'x'");
        assert!(Newline::parse(Some(i(5)), Caller::Open).is_err());
        assert_eq!(
            err_text(),
            "TypeError: open() argument 'newline' must be str or None, not int"
        );
        assert!(Newline::parse(Some(i(5)), Caller::StringIO).is_err());
        assert_eq!(
            err_text(),
            "TypeError: newline must be str or None, not int"
        );
    }

    #[test]
    fn lines_and_translation() {
        let mut seen = Seen::default();
        assert_eq!(
            translate_read("a\nb\r\nc\rd\r\r\ne", &mut seen),
            "a\nb\nc\nd\n\ne"
        );
        assert_eq!(r(seen.value()), "('\\r', '\\n', '\\r\\n')");
        let mut seen = Seen::default();
        seen.record("a\r\nb");
        assert_eq!(r(seen.value()), "'\\r\\n'");
        assert_eq!(r(Seen::default().value()), "None");
        let text = "a\nb\r\nc\rd";
        assert_eq!(Newline::Untranslated.line_end(&text[2..], false), Some(3));
        assert_eq!(Newline::Untranslated.line_end(&text[5..], false), Some(2));
        assert_eq!(Newline::Untranslated.line_end("x\r", false), None);
        assert_eq!(Newline::Untranslated.line_end("x\r", true), Some(2));
        assert_eq!(Newline::Cr.line_end(text, false), Some(4));
        assert_eq!(Newline::CrLf.line_end(text, false), Some(5));
        assert_eq!(Newline::Lf.line_end("abc", false), None);
        assert_eq!(translate_write("a\nb", "\r\n"), "a\r\nb");
    }
}
