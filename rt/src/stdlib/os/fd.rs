//! `_os`'s file descriptors, permissions and identities: `open`, `read`,
//! `write`, `lseek`, `close`, `fstat`, `fsync`, `isatty`,
//! `get_terminal_size`, `access`, `umask`, `utime`, `truncate`,
//! `ftruncate` and the user and group ids, over the C calls of
//! `posix.rs`, with CPython 3.11's argument checks and OSErrors.

use super::posix::{self, Timespec};
use super::{c_int, errno_error, flag, make, no_dir_fd, none, path_arg, Accept, PathArg};
use crate::exc::error::{type_error, value_error, R};
use crate::object;
use crate::objects::{bytes, float, int, tuple};
use crate::protocol::args::Args;
use crate::value::Value;
use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;

/// The C string the OS gets for path `p` (`PathArg` has checked for NUL).
fn c_path(p: &PathArg) -> CString {
    CString::new(p.os().as_os_str().as_bytes()).unwrap_or_default()
}

/// The OSError for errno `code`, naming no file.
fn fd_error(code: i32) -> crate::exc::error::Pending {
    errno_error(code, None, None)
}

/// A descriptor argument.
fn fd_arg(v: Value) -> R<i32> {
    c_int(v)
}

pub(super) fn open(args: Args) -> R<Value> {
    let names = ["path", "flags", "mode", "dir_fd"];
    let [p, flags, mode, dir_fd] = crate::stdlib::bind("open", &args, names, 0, 3, 2)?;
    let p = path_arg("open", "path", p, Accept::Path)?;
    let flags = c_int(flags.unwrap_or_else(object::none))?;
    let mode = match mode {
        Some(m) => c_int(m)?,
        None => 0o777,
    };
    no_dir_fd("open", dir_fd)?;
    match posix::open_fd(&c_path(&p), flags | posix::O_CLOEXEC, mode as u32) {
        Ok(fd) => Ok(Value::from_small(fd as i64)),
        Err(code) => Err(errno_error(code, Some(p.value), None)),
    }
}

pub(super) fn close(args: Args) -> R<Value> {
    let [fd] = crate::stdlib::bind("close", &args, ["fd"], 0, 1, 1)?;
    let fd = fd_arg(fd.unwrap_or_else(object::none))?;
    posix::close_fd(fd).map_err(fd_error)?;
    none()
}

pub(super) fn read(args: Args) -> R<Value> {
    let pos = args.positional_range("read", 2, 2)?;
    args.no_kwargs("read")?;
    let fd = fd_arg(pos[0])?;
    let n = crate::protocol::num::int_arg(pos[1])?;
    let n = int::as_i64(n).ok_or_else(|| {
        crate::exc::error::raise(
            &crate::exc::OVERFLOW_ERROR,
            "Python int too large to convert to C ssize_t",
        )
    })?;
    if n < 0 {
        return Err(fd_error(22));
    }
    // A huge count reads what there is: the buffer is capped, as a read
    // returns at most what the file holds.
    let data = posix::read_fd(fd, (n as usize).min(1 << 26)).map_err(fd_error)?;
    Ok(bytes::from_vec(data))
}

pub(super) fn write(args: Args) -> R<Value> {
    let pos = args.positional_range("write", 2, 2)?;
    args.no_kwargs("write")?;
    let fd = fd_arg(pos[0])?;
    let data = bytes::buffer_arg(pos[1])?;
    let n = posix::write_fd(fd, &data).map_err(fd_error)?;
    Ok(int::from_i64(n as i64))
}

pub(super) fn lseek(args: Args) -> R<Value> {
    let pos = args.positional_range("lseek", 3, 3)?;
    args.no_kwargs("lseek")?;
    let fd = fd_arg(pos[0])?;
    let offset = int::as_i64(crate::protocol::num::int_arg(pos[1])?).ok_or_else(|| {
        crate::exc::error::raise(
            &crate::exc::OVERFLOW_ERROR,
            "Python int too large to convert to C long",
        )
    })?;
    let whence = c_int(pos[2])?;
    let at = posix::lseek_fd(fd, offset, whence).map_err(fd_error)?;
    Ok(int::from_i64(at))
}

pub(super) fn fstat(args: Args) -> R<Value> {
    let [fd] = crate::stdlib::bind("fstat", &args, ["fd"], 0, 1, 1)?;
    let fd = fd_arg(fd.unwrap_or_else(object::none))?;
    let m = posix::fd_metadata(fd).map_err(fd_error)?;
    let t = super::fs::metadata_tuple(&m);
    make(0, &[t])
}

pub(super) fn fsync(args: Args) -> R<Value> {
    let pos = args.positional_range("fsync", 1, 1)?;
    let fd = fd_arg(pos[0])?;
    posix::sync_fd(fd).map_err(fd_error)?;
    none()
}

pub(super) fn isatty(args: Args) -> R<Value> {
    let pos = args.positional_range("isatty", 1, 1)?;
    args.no_kwargs("isatty")?;
    Ok(object::boolean(posix::is_tty(fd_arg(pos[0])?)))
}

/// `_os._terminal_size(fd)`: `(columns, lines)` of the terminal on `fd`;
/// `os.get_terminal_size` (`lib/os.al`) makes the `terminal_size`.
pub(super) fn terminal_size(args: Args) -> R<Value> {
    let pos = args.positional_range("get_terminal_size", 1, 1)?;
    let fd = fd_arg(pos[0])?;
    let (cols, lines) = posix::terminal_size(fd).map_err(fd_error)?;
    Ok(tuple::from_slice(&[
        Value::from_small(cols as i64),
        Value::from_small(lines as i64),
    ]))
}

pub(super) fn access(args: Args) -> R<Value> {
    let names = ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"];
    let [p, mode, dir_fd, effective, follow] =
        crate::stdlib::bind("access", &args, names, 0, 2, 2)?;
    let p = path_arg("access", "path", p, Accept::Path)?;
    let mode = c_int(mode.unwrap_or_else(object::none))?;
    no_dir_fd("access", dir_fd)?;
    if !flag(follow, true)? {
        return Err(type_error(
            "not supported yet: follow_symlinks=False in os.access",
        ));
    }
    let ok = posix::access_path(&c_path(&p), mode, flag(effective, false)?);
    Ok(object::boolean(ok))
}

pub(super) fn umask(args: Args) -> R<Value> {
    let pos = args.positional_range("umask", 1, 1)?;
    args.no_kwargs("umask")?;
    let mask = c_int(pos[0])?;
    Ok(int::from_i64(posix::set_umask(mask as u32) as i64))
}

pub(super) fn getuid(args: Args) -> R<Value> {
    args.positional_range("posix.getuid", 0, 0)?;
    Ok(int::from_i64(posix::ids().0 as i64))
}

pub(super) fn geteuid(args: Args) -> R<Value> {
    args.positional_range("posix.geteuid", 0, 0)?;
    Ok(int::from_i64(posix::ids().1 as i64))
}

pub(super) fn getgid(args: Args) -> R<Value> {
    args.positional_range("posix.getgid", 0, 0)?;
    Ok(int::from_i64(posix::ids().2 as i64))
}

pub(super) fn getegid(args: Args) -> R<Value> {
    args.positional_range("posix.getegid", 0, 0)?;
    Ok(int::from_i64(posix::ids().3 as i64))
}

/// A time of `os.utime`'s `times`: an int or float number of seconds,
/// floored to the nanosecond as CPython does.
fn seconds_spec(v: Value) -> R<Timespec> {
    if v.kind() == crate::object::Kind::Float {
        let x = float::value(v);
        if !x.is_finite() {
            return Err(value_error("Invalid value NaN (not a number)"));
        }
        let sec = x.floor();
        let nsec = ((x - sec) * 1e9).floor().clamp(0.0, 999_999_999.0);
        return Ok(Timespec {
            tv_sec: sec as i64,
            tv_nsec: nsec as i64,
        });
    }
    let n = crate::protocol::num::int_arg(v)?;
    let sec = int::as_i64(n).ok_or_else(|| {
        crate::exc::error::raise(
            &crate::exc::OVERFLOW_ERROR,
            "timestamp out of range for platform time_t",
        )
    })?;
    Ok(Timespec {
        tv_sec: sec,
        tv_nsec: 0,
    })
}

/// A time of `os.utime`'s `ns`: an int of nanoseconds.
fn ns_spec(v: Value) -> R<Timespec> {
    let n = crate::protocol::num::int_arg(v)?;
    let ns = i128::try_from(int::to_ibig(n)).unwrap_or(i128::MAX);
    Ok(Timespec {
        tv_sec: ns.div_euclid(1_000_000_000) as i64,
        tv_nsec: ns.rem_euclid(1_000_000_000) as i64,
    })
}

/// The two items of a `times` or `ns` tuple, or None when `v` is not a
/// tuple of two.
fn pair(v: Value) -> Option<[Value; 2]> {
    if v.kind() != crate::object::Kind::Tuple {
        return None;
    }
    match tuple::items(v) {
        [a, b] => Some([*a, *b]),
        _ => None,
    }
}

pub(super) fn utime(args: Args) -> R<Value> {
    let names = ["path", "times", "ns", "dir_fd", "follow_symlinks"];
    let [p, times, ns, dir_fd, follow] = crate::stdlib::bind("utime", &args, names, 0, 2, 1)?;
    let p = path_arg("utime", "path", p, Accept::PathOrFd)?;
    let times = crate::builtins::args::opt(times);
    let specs = match (times, ns) {
        (Some(_), Some(_)) => {
            return Err(value_error(
                "utime: you may specify either 'times' or 'ns' but not both",
            ))
        }
        (Some(t), None) => {
            let Some([a, m]) = pair(t) else {
                return Err(type_error(
                    "utime: 'times' must be either a tuple of two ints or None",
                ));
            };
            Some([seconds_spec(a)?, seconds_spec(m)?])
        }
        (None, Some(n)) => {
            let Some([a, m]) = pair(n) else {
                return Err(type_error("utime: 'ns' must be a tuple of two ints"));
            };
            Some([ns_spec(a)?, ns_spec(m)?])
        }
        (None, None) => None,
    };
    no_dir_fd("utime", dir_fd)?;
    // CPython 3.11's utime names no file in its OSError.
    posix::set_times(&c_path(&p), specs, flag(follow, true)?).map_err(fd_error)?;
    none()
}

pub(super) fn truncate(args: Args) -> R<Value> {
    let [p, length] = crate::stdlib::bind("truncate", &args, ["path", "length"], 0, 2, 2)?;
    let p = path_arg("truncate", "path", p, Accept::PathOrFd)?;
    let length = offset_arg(length.unwrap_or_else(object::none))?;
    posix::truncate_path(&c_path(&p), length).map_err(|e| errno_error(e, Some(p.value), None))?;
    none()
}

pub(super) fn ftruncate(args: Args) -> R<Value> {
    let pos = args.positional_range("ftruncate", 2, 2)?;
    args.no_kwargs("ftruncate")?;
    let fd = fd_arg(pos[0])?;
    let length = offset_arg(pos[1])?;
    posix::truncate_fd(fd, length).map_err(fd_error)?;
    none()
}

/// A file length or offset (C `off_t`).
fn offset_arg(v: Value) -> R<i64> {
    int::as_i64(crate::protocol::num::int_arg(v)?).ok_or_else(|| {
        crate::exc::error::raise(
            &crate::exc::OVERFLOW_ERROR,
            "Python int too large to convert to C long",
        )
    })
}
