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
use crate::builtins::args::{bind_clinic, is_int, opt};
use crate::exc::error::{raise, set_pending, type_error, value_error, Pending, R};
use crate::gc::RootedVec;
use crate::io::fsname;
use crate::object;
use crate::objects::func::BuiltinObj;
use crate::objects::{bytes, dict, int, list, str as pystr, tuple};
use crate::protocol::args::Args;
use crate::protocol::dispatch;
use crate::state::Global;
use crate::value::Value;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{DirBuilderExt, DirEntryExt, MetadataExt, PermissionsExt};

macro_rules! builtins {
    ($($id:ident = ($name:expr, $f:ident);)*) => {
        $(#[doc = concat!("`_os.", $name, "`")] static $id: BuiltinObj = BuiltinObj::new($name, $f);)*
        /// Every function of the module.
        static FUNCTIONS: &[&BuiltinObj] = &[$(&$id),*];
    };
}

builtins! {
    CHDIR = ("chdir", chdir);
    CHMOD = ("chmod", chmod);
    CPU_COUNT = ("cpu_count", cpu_count);
    FSPATH = ("fspath", fspath);
    GET_IDENT = ("get_ident", get_ident);
    GETCWD = ("getcwd", getcwd);
    GETCWDB = ("getcwdb", getcwdb);
    GETPID = ("getpid", getpid);
    GETPPID = ("getppid", getppid);
    LINK = ("link", link);
    LISTDIR = ("listdir", listdir);
    MKDIR = ("mkdir", mkdir);
    PUTENV = ("putenv", putenv);
    READLINK = ("readlink", readlink);
    REMOVE = ("remove", remove);
    RENAME = ("rename", rename);
    REPLACE = ("replace", replace);
    RMDIR = ("rmdir", rmdir);
    STRERROR = ("strerror", strerror);
    SYMLINK = ("symlink", symlink);
    UNLINK = ("unlink", unlink);
    UNSETENV = ("unsetenv", unsetenv);
    LSTAT = ("lstat", lstat);
    SCANDIR = ("scandir", scandir);
    STAT = ("stat", stat);
    ENVIRON = ("_environ", environ);
    HOME_DIR = ("_home_dir", home_dir);
    RAW_LSTAT = ("_lstat", raw_lstat);
    RAW_STAT = ("_stat", raw_stat);
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

// ---- the working directory and the process -------------------------------------------

fn getcwd(args: Args) -> R<Value> {
    args.positional_range("posix.getcwd", 0, 0)?;
    match std::env::current_dir() {
        Ok(p) => fsname::decode(p.as_os_str().as_bytes()),
        Err(e) => Err(os_error(&e, None, None)),
    }
}

fn getcwdb(args: Args) -> R<Value> {
    args.positional_range("posix.getcwdb", 0, 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(bytes::new_bytes(p.as_os_str().as_bytes())),
        Err(e) => Err(os_error(&e, None, None)),
    }
}

fn chdir(args: Args) -> R<Value> {
    let [p] = super::bind("chdir", &args, ["path"], 0, 1, 1)?;
    let p = path_arg("chdir", "path", p, Accept::PathOrFd)?;
    std::env::set_current_dir(p.os()).map_err(|e| os_error(&e, Some(p.value), None))?;
    none()
}

fn getpid(args: Args) -> R<Value> {
    args.positional_range("posix.getpid", 0, 0)?;
    Ok(int::from_i64(std::process::id() as i64))
}

thread_local! {
    /// A per-thread byte whose address identifies the thread.
    static THREAD_MARK: u8 = const { 0 };
}

/// `_thread.get_ident()` (`lib/_thread.al`): CPython documents the value as
/// a nonzero cookie unique among live threads, which the address of a
/// thread-local is.
fn get_ident(args: Args) -> R<Value> {
    args.positional_range("get_ident", 0, 0)?;
    let mark = THREAD_MARK.with(|m| m as *const u8 as usize);
    Ok(int::from_i64((mark & (i64::MAX as usize)) as i64))
}

fn getppid(args: Args) -> R<Value> {
    args.positional_range("posix.getppid", 0, 0)?;
    Ok(int::from_i64(std::os::unix::process::parent_id() as i64))
}

fn cpu_count(args: Args) -> R<Value> {
    args.positional_range("posix.cpu_count", 0, 0)?;
    Ok(match online_cpus() {
        Some(n) => int::from_i64(n as i64),
        None => object::none(),
    })
}

/// The number of online processors, as glibc's
/// `sysconf(_SC_NPROCESSORS_ONLN)` (CPython's answer) finds it: the ranges
/// in `/sys/devices/system/cpu/online`, else what std can tell.
fn online_cpus() -> Option<usize> {
    if let Some(n) = std::fs::read_to_string("/sys/devices/system/cpu/online")
        .ok()
        .and_then(|s| count_cpu_list(&s))
    {
        return Some(n);
    }
    std::thread::available_parallelism().ok().map(|n| n.get())
}

/// The number of CPUs in a kernel CPU list ("0-3,5,7-8").
fn count_cpu_list(s: &str) -> Option<usize> {
    let mut n = 0usize;
    for part in s.trim().split(',') {
        let (lo, hi) = match part.split_once('-') {
            Some((a, b)) => (a.parse::<usize>().ok()?, b.parse::<usize>().ok()?),
            None => {
                let a = part.parse::<usize>().ok()?;
                (a, a)
            }
        };
        n = n.checked_add(hi.checked_sub(lo)?.checked_add(1)?)?;
    }
    (n > 0).then_some(n)
}

fn strerror(args: Args) -> R<Value> {
    let pos = args.positional_range("posix.strerror", 1, 1)?;
    let code = c_int(pos[0])?;
    Ok(pystr::from_string(strerror_text(code)))
}

fn fspath(args: Args) -> R<Value> {
    let [p] = bind_clinic("fspath", &args, ["path"], 0, 1)?;
    let p = p.unwrap_or_else(object::none);
    match fsname::fspath(p)? {
        Some(v) => Ok(v),
        None => Err(type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            object::type_of(p).short_name()
        ))),
    }
}

// ---- the environment -------------------------------------------------------------------

/// A name or value for `putenv`/`unsetenv`: a path-like str (encoded as
/// file names are) or bytes, without NUL.
fn env_arg(v: Value) -> R<std::ffi::OsString> {
    let Some(s) = fsname::fspath(v)? else {
        return Err(type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            object::type_of(v).short_name()
        )));
    };
    let b = fsname::os_bytes(s)?;
    if b.contains(&0) {
        return Err(value_error("embedded null byte"));
    }
    Ok(std::ffi::OsStr::from_bytes(&b).to_os_string())
}

fn putenv(args: Args) -> R<Value> {
    args.no_kwargs("posix.putenv")?;
    let pos = args.positional_range("putenv", 2, 2)?;
    let (name, value) = (env_arg(pos[0])?, env_arg(pos[1])?);
    if name.as_bytes().contains(&b'=') {
        return Err(value_error("illegal environment variable name"));
    }
    if name.is_empty() {
        // setenv(3) refuses an empty name with EINVAL.
        return Err(errno_error(22, None, None));
    }
    std::env::set_var(name, value);
    none()
}

fn unsetenv(args: Args) -> R<Value> {
    let pos = args.positional_range("posix.unsetenv", 1, 1)?;
    let name = env_arg(pos[0])?;
    if name.is_empty() || name.as_bytes().contains(&b'=') {
        // unsetenv(3) refuses these with EINVAL.
        return Err(errno_error(22, None, None));
    }
    std::env::remove_var(name);
    none()
}

/// `_os._environ()`: the environment as a dict of str to str, names and
/// values decoded as file names are (`surrogateescape`).
fn environ(args: Args) -> R<Value> {
    args.positional_range("_environ", 0, 0)?;
    let data = dict::new();
    for (k, v) in std::env::vars_os() {
        let key = fsname::decode(k.as_bytes())?;
        let value = fsname::decode(v.as_bytes())?;
        dict::setitem(data, key, value)?;
    }
    Ok(data)
}

/// `_os._home_dir(name)`: the home directory of user `name` (None: the
/// user running the program) from `/etc/passwd`, or None when there is no
/// such entry; what `os.path.expanduser` uses where CPython asks `pwd`.
fn home_dir(args: Args) -> R<Value> {
    let pos = args.positional_range("_home_dir", 1, 1)?;
    let Ok(passwd) = std::fs::read("/etc/passwd") else {
        return none();
    };
    let uid = if object::is_none(pos[0]) {
        match std::fs::metadata("/proc/self") {
            Ok(m) => Some(m.uid()),
            Err(_) => return none(),
        }
    } else {
        None
    };
    let name = match uid {
        None => Some(fsname::os_bytes(fsname::plain(pos[0]))?),
        Some(_) => None,
    };
    for line in passwd.split(|&b| b == b'\n') {
        let fields: Vec<&[u8]> = line.split(|&b| b == b':').collect();
        if fields.len() < 7 {
            continue;
        }
        let found = match (uid, &name) {
            (Some(u), _) => {
                std::str::from_utf8(fields[2])
                    .ok()
                    .and_then(|s| s.parse::<u32>().ok())
                    == Some(u)
            }
            (None, Some(n)) => fields[0] == n.as_ref(),
            _ => false,
        };
        if found {
            return fsname::decode(fields[5]);
        }
    }
    none()
}

// ---- files and directories ------------------------------------------------------------

fn listdir(args: Args) -> R<Value> {
    let [p] = bind_clinic("listdir", &args, ["path"], 0, 0)?;
    let p = match opt(p) {
        None => PathArg::dot(),
        Some(v) => path_arg("listdir", "path", Some(v), Accept::PathFdOrNone)?,
    };
    let out = list::from_vec(Vec::new());
    for (name, _, _) in read_dir(&p)? {
        list::ops::append(out, p.name(&name)?);
    }
    Ok(out)
}

/// The entries of directory `p` in the order the OS returns them (which
/// is CPython's order): name, kind (`KIND_*`) and inode number.
fn read_dir(p: &PathArg) -> R<Vec<(Vec<u8>, i64, u64)>> {
    let err = |e: std::io::Error| os_error(&e, Some(p.value), None);
    let mut out = Vec::new();
    for entry in std::fs::read_dir(p.os()).map_err(err)? {
        let entry = entry.map_err(err)?;
        let kind = match entry.file_type() {
            Ok(t) if t.is_symlink() => KIND_LINK,
            Ok(t) if t.is_dir() => KIND_DIR,
            Ok(t) if t.is_file() => KIND_FILE,
            Ok(_) => KIND_OTHER,
            Err(_) => KIND_UNKNOWN,
        };
        out.push((entry.file_name().as_bytes().to_vec(), kind, entry.ino()));
    }
    Ok(out)
}

/// What a directory entry is, as `_scandir` reports it to `os.DirEntry`.
const KIND_UNKNOWN: i64 = 0;
const KIND_DIR: i64 = 1;
const KIND_FILE: i64 = 2;
const KIND_LINK: i64 = 3;
const KIND_OTHER: i64 = 4;

/// `os.scandir(path=None)`: a `ScandirIterator` (`lib/os.al`) over the
/// entries of the directory, as `(name, kind, inode)` tuples.
fn scandir(args: Args) -> R<Value> {
    let [p] = bind_clinic("scandir", &args, ["path"], 0, 0)?;
    let p = match opt(p) {
        None => PathArg::dot(),
        Some(v) => path_arg("scandir", "path", Some(v), Accept::PathFdOrNone)?,
    };
    let entries = read_dir(&p)?;
    let out = list::from_vec(Vec::new());
    for (name, kind, ino) in entries {
        let name = p.name(&name)?;
        let ino = int::from_i128(ino as i128);
        let t = tuple::from_slice(&[name, Value::from_small(kind), ino]);
        list::ops::append(out, t);
    }
    // Entries' paths join a bytes-like path's bytes (CPython's are bytes).
    let top = if p.bytes && !fsname::is_bytes(p.value) {
        crate::objects::bytes::new_bytes(p.os().as_os_str().as_bytes())
    } else {
        p.value
    };
    make(1, &[top, out])
}

fn mkdir(args: Args) -> R<Value> {
    let [p, mode, dir_fd] = super::bind("mkdir", &args, ["path", "mode", "dir_fd"], 0, 2, 1)?;
    let p = path_arg("mkdir", "path", p, Accept::Path)?;
    let mode = match mode {
        Some(m) => c_int(m)?,
        None => 0o777,
    };
    no_dir_fd("mkdir", dir_fd)?;
    std::fs::DirBuilder::new()
        .mode(mode as u32)
        .create(p.os())
        .map_err(|e| os_error(&e, Some(p.value), None))?;
    none()
}

fn rmdir(args: Args) -> R<Value> {
    let [p, dir_fd] = super::bind("rmdir", &args, ["path", "dir_fd"], 0, 1, 1)?;
    let p = path_arg("rmdir", "path", p, Accept::Path)?;
    no_dir_fd("rmdir", dir_fd)?;
    std::fs::remove_dir(p.os()).map_err(|e| os_error(&e, Some(p.value), None))?;
    none()
}

fn remove(args: Args) -> R<Value> {
    unlink_as("remove", args)
}

fn unlink(args: Args) -> R<Value> {
    unlink_as("unlink", args)
}

/// `remove` and `unlink`, which are the same call.
fn unlink_as(fname: &str, args: Args) -> R<Value> {
    let [p, dir_fd] = super::bind(fname, &args, ["path", "dir_fd"], 0, 1, 1)?;
    let p = path_arg(fname, "path", p, Accept::Path)?;
    no_dir_fd(fname, dir_fd)?;
    std::fs::remove_file(p.os()).map_err(|e| os_error(&e, Some(p.value), None))?;
    none()
}

fn rename(args: Args) -> R<Value> {
    rename_as("rename", args)
}

fn replace(args: Args) -> R<Value> {
    rename_as("replace", args)
}

/// `rename` and `replace`, which are the same call on POSIX.
fn rename_as(fname: &str, args: Args) -> R<Value> {
    let names = ["src", "dst", "src_dir_fd", "dst_dir_fd"];
    let [src, dst, sfd, dfd] = super::bind(fname, &args, names, 0, 2, 2)?;
    let src = path_arg(fname, "src", src, Accept::Path)?;
    let dst = path_arg(fname, "dst", dst, Accept::Path)?;
    no_dir_fd(fname, sfd)?;
    no_dir_fd(fname, dfd)?;
    std::fs::rename(src.os(), dst.os())
        .map_err(|e| os_error(&e, Some(src.value), Some(dst.value)))?;
    none()
}

fn symlink(args: Args) -> R<Value> {
    let names = ["src", "dst", "target_is_directory", "dir_fd"];
    let [src, dst, _, dir_fd] = super::bind("symlink", &args, names, 0, 3, 2)?;
    let src = path_arg("symlink", "src", src, Accept::Path)?;
    let dst = path_arg("symlink", "dst", dst, Accept::Path)?;
    no_dir_fd("symlink", dir_fd)?;
    std::os::unix::fs::symlink(src.os(), dst.os())
        .map_err(|e| os_error(&e, Some(src.value), Some(dst.value)))?;
    none()
}

fn link(args: Args) -> R<Value> {
    let names = ["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"];
    let [src, dst, sfd, dfd, follow] = super::bind("link", &args, names, 0, 2, 2)?;
    let src = path_arg("link", "src", src, Accept::Path)?;
    let dst = path_arg("link", "dst", dst, Accept::Path)?;
    no_dir_fd("link", sfd)?;
    no_dir_fd("link", dfd)?;
    let err = |e: std::io::Error| os_error(&e, Some(src.value), Some(dst.value));
    // std links a symbolic link itself; CPython's default follows it to
    // the file it names.
    let is_link = std::fs::symlink_metadata(src.os()).is_ok_and(|m| m.file_type().is_symlink());
    let from = if is_link && flag(follow, true)? {
        std::fs::canonicalize(src.os()).map_err(err)?
    } else {
        src.os.clone()
    };
    std::fs::hard_link(from, dst.os()).map_err(err)?;
    none()
}

fn readlink(args: Args) -> R<Value> {
    let [p, dir_fd] = super::bind("readlink", &args, ["path", "dir_fd"], 0, 1, 1)?;
    let p = path_arg("readlink", "path", p, Accept::Path)?;
    no_dir_fd("readlink", dir_fd)?;
    match std::fs::read_link(p.os()) {
        Ok(t) => p.name(t.as_os_str().as_bytes()),
        Err(e) => Err(os_error(&e, Some(p.value), None)),
    }
}

fn chmod(args: Args) -> R<Value> {
    let names = ["path", "mode", "dir_fd", "follow_symlinks"];
    let [p, mode, dir_fd, follow] = super::bind("chmod", &args, names, 0, 2, 2)?;
    let p = path_arg("chmod", "path", p, Accept::PathOrFd)?;
    let mode = c_int(mode.unwrap_or_else(object::none))?;
    no_dir_fd("chmod", dir_fd)?;
    if !flag(follow, true)? {
        // Linux cannot change a symbolic link's own mode: glibc's
        // fchmodat refuses, and CPython 3.11 reports that so; other
        // files are changed as with follow_symlinks.
        let m = std::fs::symlink_metadata(p.os()).map_err(|e| os_error(&e, Some(p.value), None))?;
        if m.file_type().is_symlink() {
            return Err(raise(
                &crate::exc::NOT_IMPLEMENTED_ERROR,
                "chmod: follow_symlinks unavailable on this platform",
            ));
        }
    }
    let perms = std::fs::Permissions::from_mode(mode as u32);
    std::fs::set_permissions(p.os(), perms).map_err(|e| os_error(&e, Some(p.value), None))?;
    none()
}

fn stat(args: Args) -> R<Value> {
    let t = raw_stat(args)?;
    make(0, &[t])
}

fn lstat(args: Args) -> R<Value> {
    let t = raw_lstat(args)?;
    make(0, &[t])
}

/// `_os._stat(...)`: `os.stat` as the plain tuple of `stat_tuple` (for
/// `os.path`, which reads a field or two).
fn raw_stat(args: Args) -> R<Value> {
    let names = ["path", "dir_fd", "follow_symlinks"];
    let [p, dir_fd, follow] = super::bind("stat", &args, names, 0, 1, 1)?;
    let p = path_arg("stat", "path", p, Accept::PathOrFd)?;
    no_dir_fd("stat", dir_fd)?;
    stat_tuple(p, flag(follow, true)?)
}

/// `_os._lstat(...)`: `os.lstat` as a plain tuple.
fn raw_lstat(args: Args) -> R<Value> {
    let [p, dir_fd] = super::bind("lstat", &args, ["path", "dir_fd"], 0, 1, 1)?;
    let p = path_arg("lstat", "path", p, Accept::Path)?;
    no_dir_fd("lstat", dir_fd)?;
    stat_tuple(p, false)
}

/// The 19 fields of `os.stat_result` for path `p`, in CPython's order:
/// mode, inode, device, links, uid, gid, size, the three times as ints,
/// as floats, in nanoseconds, then block size, blocks and rdev.
fn stat_tuple(p: PathArg, follow: bool) -> R<Value> {
    let m = if follow {
        std::fs::metadata(p.os())
    } else {
        std::fs::symlink_metadata(p.os())
    }
    .map_err(|e| os_error(&e, Some(p.value), None))?;
    let times = [
        (m.atime(), m.atime_nsec()),
        (m.mtime(), m.mtime_nsec()),
        (m.ctime(), m.ctime_nsec()),
    ];
    let mut v = RootedVec::new();
    for n in [m.mode() as u64, m.ino(), m.dev(), m.nlink()] {
        v.push(int::from_i128(n as i128));
    }
    v.push(int::from_i64(m.uid() as i64));
    v.push(int::from_i64(m.gid() as i64));
    v.push(int::from_i128(m.size() as i128));
    for (s, _) in times {
        v.push(int::from_i64(s));
    }
    for (s, ns) in times {
        // CPython: seconds plus nanoseconds times 1e-9, in floats.
        v.push(crate::objects::float::new(s as f64 + ns as f64 * 1e-9));
    }
    for (s, ns) in times {
        v.push(int::from_i128(s as i128 * 1_000_000_000 + ns as i128));
    }
    v.push(int::from_i128(m.blksize() as i128));
    v.push(int::from_i128(m.blocks() as i128));
    v.push(int::from_i128(m.rdev() as i128));
    Ok(tuple::from_slice(&v))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{call, call_kw, r, s};

    /// A fresh directory name under the system's temporary directory.
    fn scratch(tag: &str) -> String {
        let d = std::env::temp_dir().join(format!("alc_os_{tag}_{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        d.display().to_string()
    }

    fn err(res: Result<Value, String>) -> String {
        res.err().unwrap_or_default()
    }

    #[test]
    fn path_arguments_are_checked_as_cpython_does() {
        // python3 -c 'import os; os.mkdir(1)' and the like.
        let none = object::none();
        assert_eq!(
            err(call(&MKDIR, &[crate::testing::i(1)])),
            "TypeError: mkdir: path should be string, bytes or os.PathLike, not int"
        );
        assert_eq!(
            err(call(&RAW_STAT, &[crate::testing::f(1.5)])),
            "TypeError: stat: path should be string, bytes, os.PathLike or integer, not float"
        );
        assert_eq!(
            err(call(&LISTDIR, &[crate::testing::f(1.5)])),
            "TypeError: listdir: path should be string, bytes, os.PathLike, integer or None, not float"
        );
        assert_eq!(
            err(call(&UNLINK, &[none])),
            "TypeError: unlink: path should be string, bytes or os.PathLike, not NoneType"
        );
        assert_eq!(
            err(call(&RENAME, &[s("a"), crate::testing::i(2)])),
            "TypeError: rename: dst should be string, bytes or os.PathLike, not int"
        );
        assert_eq!(
            err(call(&MKDIR, &[s("a\0b")])),
            "ValueError: embedded null byte"
        );
        assert_eq!(
            err(call(&MKDIR, &[s("a"), s("b"), s("c")])),
            "TypeError: mkdir() takes at most 2 positional arguments (3 given)"
        );
        assert_eq!(
            err(call(&RMDIR, &[s("a"), s("b")])),
            "TypeError: rmdir() takes exactly 1 positional argument (2 given)"
        );
        assert_eq!(
            err(call(&RENAME, &[s("a")])),
            "TypeError: rename() missing required argument 'dst' (pos 2)"
        );
        assert_eq!(
            err(call_kw(&MKDIR, &[s("a")], &[("bad", none)])),
            "TypeError: 'bad' is an invalid keyword argument for mkdir()"
        );
        assert_eq!(
            err(call(&GETCWD, &[none])),
            "TypeError: posix.getcwd() takes no arguments (1 given)"
        );
        assert_eq!(
            err(call(&MKDIR, &[s("a"), crate::testing::i(1 << 40)])),
            "OverflowError: Python int too large to convert to C int"
        );
        assert_eq!(
            err(call(&FSPATH, &[crate::testing::i(1)])),
            "TypeError: expected str, bytes or os.PathLike object, not int"
        );
        assert_eq!(r(call(&FSPATH, &[s("x")]).unwrap()), "'x'");
    }

    #[test]
    fn directories_and_files_round_trip() {
        let d = scratch("dirs");
        let ds = s(&d);
        assert!(call(&MKDIR, &[ds]).is_ok());
        assert_eq!(
            err(call(&MKDIR, &[ds])),
            format!("FileExistsError: [Errno 17] File exists: '{d}'")
        );
        let sub = format!("{d}/sub");
        assert!(call(&MKDIR, &[s(&sub)]).is_ok());
        std::fs::write(format!("{d}/f"), "hello").unwrap();
        let mut names: Vec<String> = list::ops::snapshot(call(&LISTDIR, &[ds]).unwrap())
            .into_iter()
            .map(|v| pystr::as_str(v).to_string())
            .collect();
        names.sort();
        assert_eq!(names, ["f", "sub"]);
        assert_eq!(
            err(call(&RMDIR, &[ds])),
            format!("OSError: [Errno 39] Directory not empty: '{d}'")
        );
        assert_eq!(
            err(call(&REMOVE, &[s(&sub)])),
            format!("IsADirectoryError: [Errno 21] Is a directory: '{sub}'")
        );
        assert_eq!(
            err(call(&LISTDIR, &[s(&format!("{d}/f"))])),
            format!("NotADirectoryError: [Errno 20] Not a directory: '{d}/f'")
        );
        let st = call(&RAW_STAT, &[s(&format!("{d}/f"))]).unwrap();
        let items = tuple::items(st);
        assert_eq!(items.len(), 19);
        assert_eq!(r(items[6]), "5");
        assert_eq!(int::as_i64(items[0]).unwrap() & 0o170000, 0o100000);
        assert_eq!(
            err(call(
                &RENAME,
                &[s(&format!("{d}/nope")), s(&format!("{d}/x"))]
            )),
            format!(
                "FileNotFoundError: [Errno 2] No such file or directory: '{d}/nope' -> '{d}/x'"
            )
        );
        assert!(call(&RENAME, &[s(&format!("{d}/f")), s(&format!("{d}/g"))]).is_ok());
        assert!(call(&SYMLINK, &[s("g"), s(&format!("{d}/link"))]).is_ok());
        assert_eq!(
            r(call(&READLINK, &[s(&format!("{d}/link"))]).unwrap()),
            "'g'"
        );
        let lst = call(&RAW_LSTAT, &[s(&format!("{d}/link"))]).unwrap();
        assert_eq!(
            int::as_i64(tuple::items(lst)[0]).unwrap() & 0o170000,
            0o120000
        );
        let mut kinds: Vec<(String, i64)> = read_dir(&PathArg::new("scandir", ds).unwrap())
            .unwrap()
            .into_iter()
            .map(|(name, kind, _)| (String::from_utf8(name).unwrap(), kind))
            .collect();
        kinds.sort();
        assert_eq!(
            kinds,
            [
                ("g".to_string(), KIND_FILE),
                ("link".to_string(), KIND_LINK),
                ("sub".to_string(), KIND_DIR)
            ]
        );
        for f in ["g", "link"] {
            assert!(call(&UNLINK, &[s(&format!("{d}/{f}"))]).is_ok());
        }
        assert!(call(&RMDIR, &[s(&sub)]).is_ok());
        assert!(call(&RMDIR, &[ds]).is_ok());
        assert_eq!(
            err(call(&RMDIR, &[ds])),
            format!("FileNotFoundError: [Errno 2] No such file or directory: '{d}'")
        );
    }

    #[test]
    fn environment_changes_reach_the_process() {
        let name = format!("ALC_OS_TEST_{}", std::process::id());
        assert!(call(&PUTENV, &[s(&name), s("v1")]).is_ok());
        assert_eq!(std::env::var(&name).as_deref(), Ok("v1"));
        let data = call(&ENVIRON, &[]).unwrap();
        assert_eq!(r(dict::get(data, s(&name)).unwrap().unwrap()), "'v1'");
        assert!(call(&UNSETENV, &[s(&name)]).is_ok());
        assert!(std::env::var(&name).is_err());
        assert_eq!(
            err(call(&PUTENV, &[s("a=b"), s("c")])),
            "ValueError: illegal environment variable name"
        );
        assert_eq!(
            err(call(&PUTENV, &[s(""), s("c")])),
            "OSError: [Errno 22] Invalid argument"
        );
        assert_eq!(
            err(call(&UNSETENV, &[s("a=b")])),
            "OSError: [Errno 22] Invalid argument"
        );
        assert_eq!(
            err(call(&PUTENV, &[s("a")])),
            "TypeError: putenv expected 2 arguments, got 1"
        );
    }

    #[test]
    fn strerror_and_cpu_lists() {
        assert_eq!(strerror_text(2), "No such file or directory");
        assert_eq!(strerror_text(0), "Success");
        assert_eq!(strerror_text(99999), "Unknown error 99999");
        assert_eq!(count_cpu_list("0-3\n"), Some(4));
        assert_eq!(count_cpu_list("0-3,5,7-8"), Some(7));
        assert_eq!(count_cpu_list("x"), None);
        assert_eq!(count_cpu_list("3-1"), None);
    }

    #[test]
    fn names_that_are_not_utf8_round_trip() {
        // python3: os.listdir gives 'caf\udce9' for the file b'caf\xe9', and
        // b'caf\xe9' for a bytes path; both name the file again.
        let d = scratch("fsenc");
        std::fs::create_dir(&d).unwrap();
        let raw = std::ffi::OsStr::from_bytes(b"caf\xe9");
        std::fs::write(std::path::Path::new(&d).join(raw), "x").unwrap();
        let names = call(&LISTDIR, &[s(&d)]).unwrap();
        assert_eq!(r(names), "['caf\\udce9']");
        let name = list::ops::snapshot(names)[0];
        let full = format!("{d}/{}", pystr::as_str(name));
        assert!(call(&RAW_STAT, &[s(&full)]).is_ok());
        let db = bytes::new_bytes(d.as_bytes());
        assert_eq!(r(call(&LISTDIR, &[db]).unwrap()), "[b'caf\\xe9']");
        assert_eq!(
            err(call(&RAW_STAT, &[s("\u{10D800}")])),
            "UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed"
        );
        assert_eq!(
            err(call(&RAW_STAT, &[bytes::new_bytes(b"a\0")])),
            "ValueError: stat: embedded null character in path"
        );
        assert_eq!(
            err(call(&RMDIR, &[bytes::new_bytes(b"/nope\xff")])),
            "FileNotFoundError: [Errno 2] No such file or directory: b'/nope\\xff'"
        );
        assert!(call(&UNLINK, &[s(&full)]).is_ok());
        assert!(call(&RMDIR, &[s(&d)]).is_ok());
    }
}
