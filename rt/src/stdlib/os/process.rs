//! `_os`'s working directory, process facts and environment: `getcwd`,
//! `chdir`, `getpid`, `cpu_count`, `strerror`, `fspath`, `putenv`,
//! `unsetenv`, the environment as a dict, and home directories.

use super::{c_int, errno_error, none, os_error, path_arg, strerror_text, Accept};
use crate::builtins::args::bind_clinic;
use crate::exc::error::{type_error, value_error, R};
use crate::io::fsname;
use crate::object;
use crate::objects::{bytes, dict, int, str as pystr};
use crate::protocol::args::Args;
use crate::value::Value;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::MetadataExt;

// ---- the working directory and the process -------------------------------------------

pub(super) fn getcwd(args: Args) -> R<Value> {
    args.positional_range("posix.getcwd", 0, 0)?;
    match std::env::current_dir() {
        Ok(p) => fsname::decode(p.as_os_str().as_bytes()),
        Err(e) => Err(os_error(&e, None, None)),
    }
}

pub(super) fn getcwdb(args: Args) -> R<Value> {
    args.positional_range("posix.getcwdb", 0, 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(bytes::new_bytes(p.as_os_str().as_bytes())),
        Err(e) => Err(os_error(&e, None, None)),
    }
}

pub(super) fn chdir(args: Args) -> R<Value> {
    let [p] = crate::stdlib::bind("chdir", &args, ["path"], 0, 1, 1)?;
    let p = path_arg("chdir", "path", p, Accept::PathOrFd)?;
    std::env::set_current_dir(p.os()).map_err(|e| os_error(&e, Some(p.value), None))?;
    none()
}

pub(super) fn getpid(args: Args) -> R<Value> {
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
pub(super) fn get_ident(args: Args) -> R<Value> {
    args.positional_range("get_ident", 0, 0)?;
    let mark = THREAD_MARK.with(|m| m as *const u8 as usize);
    Ok(int::from_i64((mark & (i64::MAX as usize)) as i64))
}

pub(super) fn getppid(args: Args) -> R<Value> {
    args.positional_range("posix.getppid", 0, 0)?;
    Ok(int::from_i64(std::os::unix::process::parent_id() as i64))
}

pub(super) fn cpu_count(args: Args) -> R<Value> {
    args.positional_range("posix.cpu_count", 0, 0)?;
    Ok(match online_cpus() {
        Some(n) => int::from_i64(n as i64),
        None => object::none(),
    })
}

/// The number of online processors, as glibc's
/// `sysconf(_SC_NPROCESSORS_ONLN)` (CPython's answer) finds it: the ranges
/// in `/sys/devices/system/cpu/online`, else what std can tell.
pub(super) fn online_cpus() -> Option<usize> {
    if let Some(n) = std::fs::read_to_string("/sys/devices/system/cpu/online")
        .ok()
        .and_then(|s| count_cpu_list(&s))
    {
        return Some(n);
    }
    std::thread::available_parallelism().ok().map(|n| n.get())
}

/// The number of CPUs in a kernel CPU list ("0-3,5,7-8").
pub(super) fn count_cpu_list(s: &str) -> Option<usize> {
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

pub(super) fn strerror(args: Args) -> R<Value> {
    let pos = args.positional_range("posix.strerror", 1, 1)?;
    let code = c_int(pos[0])?;
    Ok(pystr::from_string(strerror_text(code)))
}

pub(super) fn fspath(args: Args) -> R<Value> {
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
pub(super) fn env_arg(v: Value) -> R<std::ffi::OsString> {
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

pub(super) fn putenv(args: Args) -> R<Value> {
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

pub(super) fn unsetenv(args: Args) -> R<Value> {
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
pub(super) fn environ(args: Args) -> R<Value> {
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
pub(super) fn home_dir(args: Args) -> R<Value> {
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
