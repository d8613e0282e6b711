//! `open(file, mode='r', buffering=-1, encoding=None, errors=None,
//! newline=None, closefd=True, opener=None)` for text and binary files: the argument
//! checks in CPython's order and wording, the OS open (and the OSError
//! subclass naming the file when it fails), and the file object.

use crate::builtins::args::bind_clinic;
use crate::exc::error::{raise, type_error, value_error, Pending, R};
use crate::exc::{self, os_error};
use crate::io::codec::{self, Codec, Errors};
use crate::io::file::{self, FileState, Raw};
use crate::io::newline::{Caller, Newline};
use crate::object::{self, type_name, Kind};
use crate::objects::func::BuiltinObj;
use crate::protocol::args::Args;
use crate::value::Value;
use std::os::unix::ffi::OsStrExt;

/// The built-in `open`.
pub static OPEN: BuiltinObj = BuiltinObj::new("open", open);

/// What a mode string asks for.
#[derive(Default, Debug, PartialEq, Eq)]
struct Mode {
    create: bool,
    read: bool,
    write: bool,
    append: bool,
    update: bool,
    text: bool,
    binary: bool,
}

impl Mode {
    /// A binary file's `mode` as CPython's `FileIO` names it: 'w+b' and
    /// 'r+b' are both 'rb+', 'br' is 'rb'.
    fn file_io_name(&self) -> &'static str {
        match (
            self.create,
            self.append,
            self.read || self.update,
            self.update || !self.read,
        ) {
            (true, _, false, _) => "xb",
            (true, _, true, _) => "xb+",
            (_, true, false, _) => "ab",
            (_, true, true, _) => "ab+",
            (_, _, true, true) => "rb+",
            (_, _, true, false) => "rb",
            _ => "wb",
        }
    }
}

/// Parses `mode` as CPython's `open` and `FileIO` do, with their messages.
fn parse_mode(mode: &str) -> R<Mode> {
    let mut m = Mode::default();
    let invalid = || value_error(format!("invalid mode: '{mode}'"));
    for (i, c) in mode.char_indices() {
        let flag = match c {
            'x' => &mut m.create,
            'r' => &mut m.read,
            'w' => &mut m.write,
            'a' => &mut m.append,
            '+' => &mut m.update,
            't' => &mut m.text,
            'b' => &mut m.binary,
            _ => return Err(invalid()),
        };
        *flag = true;
        if mode[i + c.len_utf8()..].contains(c) {
            return Err(invalid());
        }
    }
    if m.text && m.binary {
        return Err(value_error("can't have text and binary mode at once"));
    }
    let kinds = [m.create, m.read, m.write, m.append];
    match kinds.iter().filter(|k| **k).count() {
        0 => Err(value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        )),
        1 => Ok(m),
        _ => Err(value_error(
            "must have exactly one of create/read/write/append mode",
        )),
    }
}

/// An optional str argument (`encoding`, `errors`, `newline`): None when
/// absent or None, CPython's TypeError otherwise.
fn opt_str(name: &str, v: Option<Value>) -> R<Option<Value>> {
    match v {
        None => Ok(None),
        Some(v) if object::is_none(v) => Ok(None),
        Some(v) if v.kind() == Kind::Str => Ok(Some(v)),
        Some(v) => Err(type_error(format!(
            "open() argument '{name}' must be str or None, not {}",
            type_name(v)
        ))),
    }
}

/// Opens `path` with the flags of `m`; append mode starts at the end, as
/// CPython's FileIO seeks there.
fn os_open(path: &std::path::Path, m: &Mode) -> std::io::Result<std::fs::File> {
    use std::io::Seek;
    let mut o = std::fs::OpenOptions::new();
    if m.read {
        o.read(true).write(m.update);
    } else if m.write {
        o.write(true).create(true).truncate(true).read(m.update);
    } else if m.append {
        o.append(true).create(true).read(m.update);
    } else {
        o.write(true).create_new(true).read(m.update);
    }
    let mut f = o.open(path)?;
    if f.metadata()?.is_dir() {
        return Err(std::io::Error::from_raw_os_error(21));
    }
    if m.append {
        f.seek(std::io::SeekFrom::End(0))?;
    }
    Ok(f)
}

/// True for the errors that mean "out of descriptors".
fn out_of_descriptors(e: &std::io::Error) -> bool {
    matches!(e.raw_os_error(), Some(23 | 24))
}

fn not_supported(what: &str) -> Pending {
    raise(
        &exc::NOT_IMPLEMENTED_ERROR,
        format!("not supported yet: {what}"),
    )
}

fn open(args: Args) -> R<Value> {
    let names = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ];
    let [file, mode, buffering, encoding, errors, newline, closefd, opener] =
        bind_clinic("open", &args, names, 0, 1)?;
    let file = file.unwrap_or_else(object::none);
    // Argument Clinic's conversions come first, in parameter order.
    let mode_v = mode.unwrap_or_else(|| crate::objects::str::new("r"));
    let Some(mode) = crate::objects::str::try_str(mode_v) else {
        return Err(type_error(format!(
            "open() argument 'mode' must be str, not {}",
            type_name(mode_v)
        )));
    };
    let buffering = match buffering {
        Some(b) => crate::protocol::num::index(b)?,
        None => -1,
    };
    let encoding = opt_str("encoding", encoding)?;
    let errors = opt_str("errors", errors)?;
    let newline_v = opt_str("newline", newline)?;
    let closefd = match closefd {
        Some(c) => crate::protocol::dispatch::truthy(c)?,
        None => true,
    };
    let m = parse_mode(mode)?;
    if m.binary {
        for (what, v) in [
            ("an encoding", encoding),
            ("an errors", errors),
            ("a newline", newline_v),
        ] {
            if v.is_some() {
                return Err(value_error(format!(
                    "binary mode doesn't take {what} argument"
                )));
            }
        }
    }
    if opener.is_some_and(|o| !object::is_none(o)) {
        return Err(not_supported("open() with an opener"));
    }
    // The file's name (and what errors name) is what `__fspath__` gave.
    let (file, os_file) = match crate::io::fsname::fspath(file)? {
        Some(p) => (p, open_path(p, &m, closefd)?),
        None if crate::builtins::args::is_int(file) => {
            let Some(from_fd) = FROM_FD.get() else {
                return Err(not_supported(
                    "open() of a file descriptor in a program that does not import os",
                ));
            };
            (file, from_fd(file, closefd)?)
        }
        None => {
            return Err(type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                crate::object::type_of(file).short_name()
            )))
        }
    };
    finish(
        os_file,
        file,
        mode_v,
        &m,
        buffering,
        [encoding, errors, newline_v],
    )
}

/// Opens the file at path `file` (what `__fspath__` gave, which errors name).
#[inline(always)]
fn open_path(file: Value, m: &Mode, closefd: bool) -> R<std::fs::File> {
    let path = crate::io::fsname::os_bytes(file)?;
    if path.contains(&0) {
        return Err(value_error("embedded null byte"));
    }
    let path = std::path::Path::new(std::ffi::OsStr::from_bytes(&path));
    if !closefd {
        return Err(value_error("Cannot use closefd=False with file name"));
    }
    crate::io::registry::before_open(false);
    match os_open(path, m) {
        Err(e) if out_of_descriptors(&e) => {
            crate::io::registry::before_open(true);
            os_open(path, m)
        }
        r => r,
    }
    .map_err(|e| os_error::raise_io(&e, Some(file)))
}

/// How `open` takes a descriptor over (as CPython's, the file closes
/// it): installed by `_os_extra`'s link, in programs importing `os`, so
/// that no other program links it; None until then.
pub static FROM_FD: crate::state::Global<Option<FromFd>> = crate::state::Global::new(None);

/// `open`'s way to take descriptor `fd` over (`closefd` as given).
pub type FromFd = fn(fd: Value, closefd: bool) -> R<std::fs::File>;

/// The file object of open file `os_file` named `file`.
#[inline(always)]
fn finish(
    os_file: std::fs::File,
    file: Value,
    mode_v: Value,
    m: &Mode,
    buffering: i64,
    [encoding, errors, newline_v]: [Option<Value>; 3],
) -> R<Value> {
    if m.binary {
        let readable = m.read || m.update;
        let writable = !m.read || m.update;
        return Ok(crate::io::binary::new_file(
            os_file,
            file,
            crate::objects::str::new(m.file_io_name()),
            readable,
            writable,
        ));
    }
    if buffering == 0 {
        return Err(value_error("can't have unbuffered text I/O"));
    }
    // TextIOWrapper's own checks, once the file is open (as in CPython,
    // a file opened for writing is created or truncated first).
    let newline = Newline::parse(newline_v, Caller::Open)?;
    let (codec, encoding) = match encoding {
        None => (Codec::Utf8, crate::objects::str::new("UTF-8")),
        Some(e) if crate::objects::str::as_str(e) == "locale" => {
            (Codec::Utf8, crate::objects::str::new("UTF-8"))
        }
        Some(e) => {
            let name = crate::objects::str::as_str(e);
            match Codec::lookup(name) {
                Some(c) => (c, e),
                None if codec::known_elsewhere(name) => {
                    return Err(not_supported(&format!("encoding '{name}'")))
                }
                None => {
                    return Err(raise(
                        &exc::LOOKUP_ERROR,
                        format!("unknown encoding: {name}"),
                    ))
                }
            }
        }
    };
    let errors = errors.unwrap_or_else(|| crate::objects::str::new("strict"));
    let handler = Errors::lookup(crate::objects::str::as_str(errors));
    let readable = m.read || m.update;
    let writable = !m.read || m.update;
    let mut st = FileState::new(
        Raw::File(os_file),
        readable,
        writable,
        codec,
        handler,
        newline,
    );
    st.line_buffering = buffering == 1;
    let f = file::new(file, mode_v, encoding, errors, st);
    crate::io::registry::add(f);
    Ok(f)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{call, call_kw, err_text, i, s};

    #[test]
    fn mode_errors_match_cpython() {
        // python3 -c "open('t.txt', mode)" for each mode.
        let cases = [
            (
                "rw",
                "must have exactly one of create/read/write/append mode",
            ),
            ("rr", "invalid mode: 'rr'"),
            ("q", "invalid mode: 'q'"),
            ("r++", "invalid mode: 'r++'"),
            ("U", "invalid mode: 'U'"),
            (
                "",
                "Must have exactly one of create/read/write/append mode and at most one plus",
            ),
            (
                "t+",
                "Must have exactly one of create/read/write/append mode and at most one plus",
            ),
            ("rbt", "can't have text and binary mode at once"),
        ];
        for (mode, msg) in cases {
            assert!(parse_mode(mode).is_err(), "{mode}");
            assert_eq!(err_text(), format!("ValueError: {msg}"));
        }
        assert!(parse_mode("r+").is_ok_and(|m| m.read && m.update));
        assert!(parse_mode("tr").is_ok_and(|m| m.read && m.text));
    }

    /// Positional arguments, keyword arguments, the expected error.
    type Case = (Vec<Value>, Vec<(&'static str, Value)>, &'static str);

    #[test]
    fn argument_errors_match_cpython() {
        let cases: Vec<Case> = vec![
            (
                vec![s("t.txt"), i(5)],
                vec![],
                "TypeError: open() argument 'mode' must be str, not int",
            ),
            (
                vec![crate::objects::float::new(5.5)],
                vec![],
                "TypeError: expected str, bytes or os.PathLike object, not float",
            ),
            (
                vec![s("t.txt")],
                vec![("encoding", i(5))],
                "TypeError: open() argument 'encoding' must be str or None, not int",
            ),
            (
                vec![s("t.txt")],
                vec![("foo", i(1))],
                "TypeError: 'foo' is an invalid keyword argument for open()",
            ),
            (vec![s("a\0b")], vec![], "ValueError: embedded null byte"),
            (
                vec![s("t.txt")],
                vec![("closefd", object::boolean(false))],
                "ValueError: Cannot use closefd=False with file name",
            ),
            (
                vec![s("t.txt"), s("rb")],
                vec![("encoding", s("utf-8"))],
                "ValueError: binary mode doesn't take an encoding argument",
            ),
            (
                vec![s("/nonexistent-dir/x.txt")],
                vec![],
                "FileNotFoundError: [Errno 2] No such file or directory: '/nonexistent-dir/x.txt'",
            ),
            (
                vec![s("/")],
                vec![],
                "IsADirectoryError: [Errno 21] Is a directory: '/'",
            ),
        ];
        for (pos, kw, want) in cases {
            let got = call_kw(&OPEN, &pos, &kw).map(|_| ()).unwrap_err();
            assert_eq!(got, want);
        }
        assert_eq!(
            call(&OPEN, &[]).map(|_| ()).unwrap_err(),
            "TypeError: open() missing required argument 'file' (pos 1)"
        );
        // python3 -c "open(foo=1, bar=2, ..., f=9)" (nine keywords)
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
        let kw: Vec<(&str, Value)> = names.iter().map(|n| (*n, i(1))).collect();
        assert_eq!(
            call_kw(&OPEN, &[], &kw).map(|_| ()).unwrap_err(),
            "TypeError: open() takes at most 8 keyword arguments (9 given)"
        );
    }
}
