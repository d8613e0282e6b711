//! `OSError` and its subclasses: the `(errno, strerror, filename,
//! filename2)` arguments and attributes, the subclass an errno selects,
//! `str()` (`[Errno 2] No such file or directory: 'x'`), and raising the
//! right exception for a failed OS call.

use crate::exc::error::{set_pending, Pending, R};
use crate::exc::{self, ExcObj};
use crate::object::{self, TypeObj};
use crate::value::Value;

/// Index of `errno` in `ExcObj::os`.
const ERRNO: usize = 0;
/// Index of `strerror`.
const STRERROR: usize = 1;
/// Index of `filename`.
const FILENAME: usize = 2;
/// Index of `filename2`.
const FILENAME2: usize = 3;

/// The attribute names `OSError` instances have, in `ExcObj::os` order.
pub const ATTRS: [&str; 4] = ["errno", "strerror", "filename", "filename2"];

/// True if `e` is an `OSError` (or subclass) instance.
pub fn is_os_error(e: &ExcObj) -> bool {
    e.header.ty.is_subtype(&exc::OS_ERROR)
}

/// Sets `e`'s OSError fields from its constructor arguments (the tuple
/// `args`), as CPython's `OSError.__init__` does: with 2 to 5 arguments
/// they are `errno`, `strerror`, `filename`, (`winerror`,) `filename2`,
/// and a filename that is not None drops everything after `strerror` from
/// `e.args`; any other count leaves every field unset. `args` becomes
/// `e.args` otherwise.
pub fn init(e: &ExcObj, args: Value) {
    e.args.set(args);
    let items = crate::objects::tuple::items(args);
    if !(2..=5).contains(&items.len()) {
        e.os.set(Value::NULL);
        return;
    }
    let mut fields = [items[0], items[1], Value::NULL, Value::NULL];
    if let Some(&f) = items.get(2) {
        if !object::is_none(f) {
            fields[FILENAME] = f;
            if let Some(&f2) = items.get(4) {
                if !object::is_none(f2) {
                    fields[FILENAME2] = f2;
                }
            }
            e.args.set(crate::objects::tuple::from_slice(&items[..2]));
        }
    }
    e.os.set(crate::objects::tuple::from_slice(&fields));
}

/// The subclass `OSError(errno, ...)` creates for `errno` (Linux numbers),
/// as CPython picks it when the type called is exactly `OSError`.
pub fn subclass_for(errno: i64) -> &'static TypeObj {
    match errno {
        1 | 13 => &exc::PERMISSION_ERROR,          // EPERM, EACCES
        2 => &exc::FILE_NOT_FOUND_ERROR,           // ENOENT
        3 => &exc::PROCESS_LOOKUP_ERROR,           // ESRCH
        4 => &exc::INTERRUPTED_ERROR,              // EINTR
        10 => &exc::CHILD_PROCESS_ERROR,           // ECHILD
        11 | 114 | 115 => &exc::BLOCKING_IO_ERROR, // EAGAIN, EALREADY, EINPROGRESS
        17 => &exc::FILE_EXISTS_ERROR,             // EEXIST
        20 => &exc::NOT_A_DIRECTORY_ERROR,         // ENOTDIR
        21 => &exc::IS_A_DIRECTORY_ERROR,          // EISDIR
        32 | 108 => &exc::BROKEN_PIPE_ERROR,       // EPIPE, ESHUTDOWN
        103 => &exc::CONNECTION_ABORTED_ERROR,     // ECONNABORTED
        104 => &exc::CONNECTION_RESET_ERROR,       // ECONNRESET
        110 => &exc::TIMEOUT_ERROR,                // ETIMEDOUT
        111 => &exc::CONNECTION_REFUSED_ERROR,     // ECONNREFUSED
        _ => &exc::OS_ERROR,
    }
}

/// The type `OSError(*args)` creates: a subclass chosen by an int errno
/// when `ty` is exactly `OSError` and the arguments carry one, else `ty`.
pub fn constructed_type(ty: &'static TypeObj, args: &[Value]) -> &'static TypeObj {
    if !std::ptr::eq(ty, &exc::OS_ERROR) || !(2..=5).contains(&args.len()) {
        return ty;
    }
    match args[0] {
        v if v.is_small() => subclass_for(v.small()),
        _ => ty,
    }
}

fn field(e: &ExcObj, i: usize) -> Value {
    super::fields::get(&e.os, i)
}

/// `str(e)` for an OSError whose fields are set: `[Errno N] text`, with
/// `: 'file'` (and ` -> 'file2'`) when it has a filename; None when the
/// fields leave it to `BaseException.__str__`.
pub fn to_str(e: &ExcObj) -> R<Option<String>> {
    let or_none = |v: Value| if v.is_null() { object::none() } else { v };
    let (errno, strerror) = (field(e, ERRNO), field(e, STRERROR));
    let (f1, f2) = (field(e, FILENAME), field(e, FILENAME2));
    let show = crate::protocol::dispatch::str_of;
    if !f1.is_null() {
        let head = format!(
            "[Errno {}] {}: {}",
            show(or_none(errno))?,
            show(or_none(strerror))?,
            crate::protocol::dispatch::repr(f1)?
        );
        if f2.is_null() {
            return Ok(Some(head));
        }
        let r2 = crate::protocol::dispatch::repr(f2)?;
        return Ok(Some(format!("{head} -> {r2}")));
    }
    if !errno.is_null() && !strerror.is_null() {
        return Ok(Some(format!(
            "[Errno {}] {}",
            show(errno)?,
            show(strerror)?
        )));
    }
    Ok(None)
}

/// The C library's message for `e` (std formats it as "text (os error N)").
pub fn strerror(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.rfind(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// Creates the exception CPython raises for the failed OS call `e`: the
/// errno's subclass of OSError with `(errno, strerror)` and, when given,
/// the file name the call was about.
pub fn from_io(e: &std::io::Error, filename: Option<Value>) -> Value {
    let Some(code) = e.raw_os_error() else {
        return exc::with_message(&exc::OS_ERROR, &e.to_string());
    };
    let errno = Value::from_small(code as i64);
    let text = crate::objects::str::from_string(strerror(e));
    let ty = subclass_for(code as i64);
    let args = match filename {
        Some(f) => vec![errno, text, f],
        None => vec![errno, text],
    };
    // `new_exception` parses the arguments as `OSError(...)` does.
    exc::new_exception(ty, crate::objects::tuple::from_slice(&args))
}

/// Raises `from_io(e, filename)`.
pub fn raise_io(e: &std::io::Error, filename: Option<Value>) -> Pending {
    set_pending(from_io(e, filename))
}

/// Raises `OSError(errno, strerror)` (its subclass for `errno`) for a
/// C-level errno without an `std::io::Error` at hand.
pub fn raise_errno(code: i32) -> Pending {
    raise_io(&std::io::Error::from_raw_os_error(code), None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{i, r, s};

    fn make(ty: &'static TypeObj, args: &[Value]) -> Value {
        let ty = constructed_type(ty, args);
        exc::new_exception(ty, crate::objects::tuple::from_slice(args))
    }

    fn text(v: Value) -> String {
        exc::to_str(v.as_ref()).unwrap()
    }

    #[test]
    fn str_args_and_subclass_match_cpython() {
        // python3 -c 'e = OSError(*a); print(type(e).__name__, str(e), e.args)'
        let none = object::none();
        let cases: Vec<(Vec<Value>, &str, &str, &str)> = vec![
            (vec![], "OSError", "", "()"),
            (vec![i(1)], "OSError", "1", "(1,)"),
            (
                vec![i(2), s("x")],
                "FileNotFoundError",
                "[Errno 2] x",
                "(2, 'x')",
            ),
            (
                vec![i(2), s("x"), none],
                "FileNotFoundError",
                "[Errno 2] x",
                "(2, 'x', None)",
            ),
            (
                vec![i(2), s("x"), s("f")],
                "FileNotFoundError",
                "[Errno 2] x: 'f'",
                "(2, 'x')",
            ),
            (
                vec![i(2), s("x"), s("f"), none, s("g")],
                "FileNotFoundError",
                "[Errno 2] x: 'f' -> 'g'",
                "(2, 'x')",
            ),
            (
                vec![none, none],
                "OSError",
                "[Errno None] None",
                "(None, None)",
            ),
            (
                vec![s("a"), s("b"), s("c")],
                "OSError",
                "[Errno a] b: 'c'",
                "('a', 'b')",
            ),
            (
                vec![i(1), i(2), i(3), i(4), i(5), i(6)],
                "OSError",
                "(1, 2, 3, 4, 5, 6)",
                "(1, 2, 3, 4, 5, 6)",
            ),
            (
                vec![i(2), s("x"), i(5)],
                "FileNotFoundError",
                "[Errno 2] x: 5",
                "(2, 'x')",
            ),
            (
                vec![i(17), s("e")],
                "FileExistsError",
                "[Errno 17] e",
                "(17, 'e')",
            ),
            (
                vec![i(21), s("d")],
                "IsADirectoryError",
                "[Errno 21] d",
                "(21, 'd')",
            ),
            (
                vec![i(13), s("p")],
                "PermissionError",
                "[Errno 13] p",
                "(13, 'p')",
            ),
        ];
        for (args, ty, st, a) in cases {
            let e = make(&exc::OS_ERROR, &args);
            assert_eq!(object::type_name(e), ty, "{st}");
            assert_eq!(text(e), st);
            assert_eq!(r(e.as_ref::<ExcObj>().args.get()), a);
        }
        // Only OSError itself maps errnos to subclasses.
        let e = make(&exc::FILE_NOT_FOUND_ERROR, &[i(13), s("y")]);
        assert_eq!(object::type_name(e), "FileNotFoundError");
    }

    #[test]
    fn attributes_and_assignment() {
        use crate::exc::fields::{exc_attr, exc_set};
        let e = make(&exc::OS_ERROR, &[i(2), s("x"), s("f")]);
        let eo = e.as_ref::<ExcObj>();
        assert_eq!(r(exc_attr(eo, "errno").unwrap()), "2");
        assert_eq!(r(exc_attr(eo, "strerror").unwrap()), "'x'");
        assert_eq!(r(exc_attr(eo, "filename").unwrap()), "'f'");
        assert_eq!(r(exc_attr(eo, "filename2").unwrap()), "None");
        assert!(exc_attr(eo, "other").is_none());
        // python3: e=OSError(2,'x'); e.errno=5; print(e); e.filename='q'; print(e)
        let e = make(&exc::OS_ERROR, &[i(2), s("x")]);
        let eo = e.as_ref::<ExcObj>();
        assert!(exc_set(eo, "errno", i(5)));
        assert_eq!(text(e), "[Errno 5] x");
        assert!(exc_set(eo, "filename", s("q")));
        assert_eq!(text(e), "[Errno 5] x: 'q'");
        // Setting errno alone on a bare OSError leaves str() to BaseException.
        let e = make(&exc::OS_ERROR, &[]);
        assert!(exc_set(e.as_ref(), "errno", i(5)));
        assert_eq!(text(e), "");
    }

    #[test]
    fn from_io_names_the_file() {
        let err = std::io::Error::from_raw_os_error(2);
        let e = from_io(&err, Some(s("x")));
        assert_eq!(object::type_name(e), "FileNotFoundError");
        assert_eq!(text(e), "[Errno 2] No such file or directory: 'x'");
        let err = std::io::Error::from_raw_os_error(28);
        let e = from_io(&err, None);
        assert_eq!(object::type_name(e), "OSError");
        assert_eq!(text(e), "[Errno 28] No space left on device");
    }
}
