//! `_os`: the system calls behind `os` and `os.path` (`lib/os.al`,
//! `lib/posixpath.al`): files and directories, the working directory, the
//! environment and facts about the process, through `std` only, with
//! CPython 3.11's argument checks and OSErrors.
//!
//! Paths are str, bytes, or objects whose `__fspath__` returns one; names
//! cross to and from the OS in the file-system encoding
//! (`rt/src/io/fsname.rs`: UTF-8 with `surrogateescape`), and a call given
//! a bytes path returns bytes names. File descriptors in place of paths
//! and `dir_fd` are not supported yet (alc's files do not expose
//! descriptors).

use super::ModuleBuilder;
use crate::builtins::args::{is_int, opt};
use crate::exc::error::{raise, set_pending, type_error, value_error, Pending, R};
use crate::gc::RootedVec;
use crate::io::fsname;
use crate::object;
use crate::objects::func::BuiltinObj;
use crate::objects::{int, str as pystr, tuple};
use crate::protocol::args::Args;
use crate::protocol::dispatch;
use crate::state::Global;
use crate::value::Value;
use std::os::unix::ffi::OsStrExt;

macro_rules! builtins {
    ($($id:ident = ($name:expr, $f:path);)*) => {
        $(#[doc = concat!("`_os.", $name, "`")] static $id: BuiltinObj = BuiltinObj::new($name, $f);)*
        /// Every function of the module.
        static FUNCTIONS: &[&BuiltinObj] = &[$(&$id),*];
    };
}

builtins! {
    CHDIR = ("chdir", process::chdir);
    CHMOD = ("chmod", fs::chmod);
    CPU_COUNT = ("cpu_count", process::cpu_count);
    FSPATH = ("fspath", process::fspath);
    GET_IDENT = ("get_ident", process::get_ident);
    GETCWD = ("getcwd", process::getcwd);
    GETCWDB = ("getcwdb", process::getcwdb);
    GETPID = ("getpid", process::getpid);
    GETPPID = ("getppid", process::getppid);
    LINK = ("link", fs::link);
    LISTDIR = ("listdir", fs::listdir);
    MKDIR = ("mkdir", fs::mkdir);
    PUTENV = ("putenv", process::putenv);
    READLINK = ("readlink", fs::readlink);
    REMOVE = ("remove", fs::remove);
    RENAME = ("rename", fs::rename);
    REPLACE = ("replace", fs::replace);
    RMDIR = ("rmdir", fs::rmdir);
    STRERROR = ("strerror", process::strerror);
    SYMLINK = ("symlink", fs::symlink);
    UNLINK = ("unlink", fs::unlink);
    UNSETENV = ("unsetenv", process::unsetenv);
    LSTAT = ("lstat", fs::lstat);
    SCANDIR = ("scandir", fs::scandir);
    STAT = ("stat", fs::stat);
    ACCESS = ("access", fd::access);
    CLOSE = ("close", fd::close);
    FSTAT = ("fstat", fd::fstat);
    FSYNC = ("fsync", fd::fsync);
    FTRUNCATE = ("ftruncate", fd::ftruncate);
    GETEGID = ("getegid", fd::getegid);
    GETEUID = ("geteuid", fd::geteuid);
    GETGID = ("getgid", fd::getgid);
    GETUID = ("getuid", fd::getuid);
    ISATTY = ("isatty", fd::isatty);
    LSEEK = ("lseek", fd::lseek);
    OPEN = ("open", fd::open);
    READ = ("read", fd::read);
    TRUNCATE = ("truncate", fd::truncate);
    UMASK = ("umask", fd::umask);
    UTIME = ("utime", fd::utime);
    WRITE = ("write", fd::write);
    TERMINAL_SIZE = ("_terminal_size", fd::terminal_size);
    ENVIRON = ("_environ", process::environ);
    HOME_DIR = ("_home_dir", process::home_dir);
    RAW_LSTAT = ("_lstat", fs::raw_lstat);
    RAW_STAT = ("_stat", fs::raw_stat);
    REGISTER = ("_register", register);
}

/// `(stat_result, ScandirIterator)`, the classes `lib/os.al` defines and
/// registers (`_os._register`), which `stat` and `scandir` return; null
/// until then. A GC root once set.
static CLASSES: Global<Value> = Global::new(Value::NULL);

/// `_os._register(stat_result, ScandirIterator)`.
fn register(args: Args) -> R<Value> {
    let pos = args.positional_range("_register", 2, 2)?;
    if CLASSES.get().is_null() {
        // `Global` is a transparent `Cell<Value>`: one value word.
        crate::gc::add_roots(&CLASSES as *const Global<Value> as *const u64, 1);
    }
    CLASSES.set(tuple::from_slice(pos));
    none()
}

/// Calls registered class `i` of `CLASSES` with `args`.
fn make(i: usize, args: &[Value]) -> R<Value> {
    let classes = CLASSES.get();
    if classes.is_null() {
        return Err(raise(
            &crate::exc::SYSTEM_ERROR,
            "_os is used before os registered its classes",
        ));
    }
    let class = tuple::items(classes)[i];
    dispatch::call(class, Args::positional(args))
}

/// Defines `_os`'s attributes.
pub fn init(m: &mut ModuleBuilder) -> R<()> {
    for f in FUNCTIONS {
        m.func(f);
    }
    Ok(())
}

// ---- arguments -------------------------------------------------------------------------

/// What a path parameter accepts besides paths, which decides CPython's
/// TypeError text.
#[derive(Clone, Copy, PartialEq)]
enum Accept {
    Path,
    PathOrFd,
    PathFdOrNone,
}

/// A path argument as `path_arg` converted it.
struct PathArg {
    /// The str or bytes `os.fspath` gave: what OSErrors name.
    value: Value,
    /// True for bytes, which make the names a call returns bytes too.
    bytes: bool,
    /// The name the OS gets (`rt/src/io/fsname.rs`).
    os: std::path::PathBuf,
}

impl PathArg {
    /// A path of plain str or bytes `value`, with CPython's errors for a
    /// name the OS cannot take (an unencodable surrogate, a NUL).
    fn new(fname: &str, value: Value) -> R<PathArg> {
        let bytes = fsname::is_bytes(value);
        let os = fsname::os_bytes(value)?;
        PathArg::from_os(fname, value, bytes, &os)
    }

    /// A path whose OS name is `os`, checked for NUL.
    fn from_os(fname: &str, value: Value, bytes: bool, os: &[u8]) -> R<PathArg> {
        if os.contains(&0) {
            return Err(value_error(if bytes {
                format!("{fname}: embedded null character in path")
            } else {
                "embedded null byte".to_string()
            }));
        }
        let os = std::path::PathBuf::from(std::ffi::OsStr::from_bytes(os));
        Ok(PathArg { value, bytes, os })
    }

    /// The working directory, `.`, for calls whose path is optional.
    fn dot() -> PathArg {
        PathArg {
            value: pystr::new("."),
            bytes: false,
            os: std::path::PathBuf::from("."),
        }
    }

    fn os(&self) -> &std::path::Path {
        &self.os
    }

    /// A name from the OS as this call returns it: bytes when the path was
    /// bytes, else a str.
    fn name(&self, data: &[u8]) -> R<Value> {
        fsname::name_value(data, self.bytes)
    }
}

/// `v` as a path: a str, bytes, or what its `__fspath__` returns, encoded
/// and checked for NUL as CPython's `path_converter` does; the TypeError
/// names function `fname` and parameter `arg`.
fn path_arg(fname: &str, arg: &str, v: Option<Value>, accept: Accept) -> R<PathArg> {
    // Binding has checked that required arguments are there.
    let v = v.unwrap_or_else(object::none);
    if let Some(p) = fsname::fspath(v)? {
        return PathArg::new(fname, fsname::plain(p));
    }
    // Any other bytes-like object (bytearray, memoryview, array) names
    // the file its bytes spell, as bytes do; OSErrors name the object
    // itself. CPython also warns that this is deprecated (a
    // DeprecationWarning alc's native functions do not issue yet).
    if let Some(d) = crate::objects::bytes::data(v) {
        return PathArg::from_os(fname, v, true, &d);
    }
    if is_int(v) && accept != Accept::Path {
        return Err(type_error(format!(
            "not supported yet: a file descriptor as the path of os.{fname}"
        )));
    }
    let what = match accept {
        Accept::Path => "string, bytes or os.PathLike",
        Accept::PathOrFd => "string, bytes, os.PathLike or integer",
        Accept::PathFdOrNone => "string, bytes, os.PathLike, integer or None",
    };
    Err(type_error(format!(
        "{fname}: {arg} should be {what}, not {}",
        object::type_of(v).short_name()
    )))
}

/// A C `int` argument (`mode`), with CPython's TypeError and OverflowError.
fn c_int(v: Value) -> R<i32> {
    let n = crate::protocol::num::int_arg(v)?;
    int::as_i64(n)
        .and_then(|n| i32::try_from(n).ok())
        .ok_or_else(|| {
            raise(
                &crate::exc::OVERFLOW_ERROR,
                "Python int too large to convert to C int",
            )
        })
}

/// Rejects a `dir_fd` (or `src_dir_fd`, ...) other than None.
fn no_dir_fd(fname: &str, v: Option<Value>) -> R<()> {
    match opt(v) {
        None => Ok(()),
        Some(_) => Err(type_error(format!(
            "not supported yet: the dir_fd arguments of os.{fname}"
        ))),
    }
}

/// A `follow_symlinks` argument (default True).
fn flag(v: Option<Value>, default: bool) -> R<bool> {
    match v {
        None => Ok(default),
        Some(v) => dispatch::truthy(v),
    }
}

// ---- results and errors ----------------------------------------------------------------

/// The OSError CPython raises for the failed call `e` on `filename` (and
/// `filename2`): `OSError(errno, strerror, filename, None, filename2)`,
/// which is the errno's subclass (FileNotFoundError, ...).
fn os_error(e: &std::io::Error, filename: Option<Value>, filename2: Option<Value>) -> Pending {
    let Some(code) = e.raw_os_error() else {
        return raise(&crate::exc::OS_ERROR, e.to_string());
    };
    errno_error(code, filename, filename2)
}

/// `OSError(code, strerror(code), filename, None, filename2)`, raised.
fn errno_error(code: i32, filename: Option<Value>, filename2: Option<Value>) -> Pending {
    let mut args = RootedVec::new();
    args.push(Value::from_small(code as i64));
    args.push(pystr::from_string(strerror_text(code)));
    if let Some(f) = filename {
        args.push(f);
        if let Some(f2) = filename2 {
            args.push(object::none());
            args.push(f2);
        }
    }
    match dispatch::call(crate::exc::OS_ERROR.value(), Args::positional(&args)) {
        Ok(e) => set_pending(e),
        Err(p) => p,
    }
}

/// The C library's message for errno `code` (`strerror`).
fn strerror_text(code: i32) -> String {
    crate::exc::os_error::strerror(&std::io::Error::from_raw_os_error(code))
}

fn none() -> R<Value> {
    Ok(object::none())
}

pub mod extra;
mod fd;
mod fs;
mod posix;
mod process;
#[cfg(test)]
mod tests;
