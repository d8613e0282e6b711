//! `_os_extra`: the `os` functions fewer programs use (descriptors:
//! `dup`, `dup2`, `pipe`, `pipe2`, inheritability and blocking, `fchmod`,
//! `fchown`, `fchdir`, `fdatasync`, `pread`, `pwrite`, `closerange`,
//! `ttyname`; files: `chown`, `lchown`, `statvfs`, `fstatvfs`, `mkfifo`,
//! `sync`; the process: `uname`, `times`, `getloadavg`, `getgroups`,
//! `getpgrp`, `getpgid`, `getsid`, `killpg`, `waitpid`, `getresuid`,
//! `getresgid`, `getpriority`, `setpriority`, `nice`, `sched_yield`,
//! `getrandom`, `_exit`; for `getpass` and `platform`, `_echo` and
//! `_libc_version`), over the C calls of `posix.rs`, with CPython 3.11's
//! argument checks and OSErrors. Installed by `alc_rt_os_extra_link`,
//! which the compiler calls only in programs importing it (`lib/os.al`).

use super::posix;
use super::{c_int, errno_error, flag, no_dir_fd, none, path_arg, Accept, PathArg};
use crate::exc::error::{Pending, R};
use crate::object;
use crate::objects::func::BuiltinObj;
use crate::objects::{bytes, float, int, list, str as pystr, tuple};
use crate::protocol::args::Args;
use crate::stdlib::ModuleBuilder;
use crate::value::Value;
use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;

macro_rules! functions {
    ($($id:ident = ($name:expr, $f:path);)*) => {
        $(#[doc = concat!("`_os_extra.", $name, "`")] static $id: BuiltinObj = BuiltinObj::new($name, $f);)*
        /// Every function of the module.
        static FUNCTIONS: &[&BuiltinObj] = &[$(&$id),*];
    };
}

functions! {
    CHOWN = ("chown", chown);
    CLOSERANGE = ("closerange", closerange);
    DUP = ("dup", dup);
    DUP2 = ("dup2", dup2);
    FCHDIR = ("fchdir", fchdir);
    FCHMOD = ("fchmod", fchmod);
    FCHOWN = ("fchown", fchown);
    FDATASYNC = ("fdatasync", fdatasync);
    FSTATVFS = ("fstatvfs", fstatvfs);
    GET_BLOCKING = ("get_blocking", get_blocking);
    GET_INHERITABLE = ("get_inheritable", get_inheritable);
    GETGROUPS = ("getgroups", getgroups);
    GETLOADAVG = ("getloadavg", getloadavg);
    GETPGID = ("getpgid", getpgid);
    GETPGRP = ("getpgrp", getpgrp);
    GETPRIORITY = ("getpriority", getpriority);
    GETRANDOM = ("getrandom", getrandom);
    GETRESGID = ("getresgid", getresgid);
    GETRESUID = ("getresuid", getresuid);
    GETSID = ("getsid", getsid);
    KILLPG = ("killpg", killpg);
    LCHOWN = ("lchown", lchown);
    MKFIFO = ("mkfifo", mkfifo);
    NICE = ("nice", nice);
    PIPE = ("pipe", pipe);
    PIPE2 = ("pipe2", pipe2);
    PREAD = ("pread", pread);
    PWRITE = ("pwrite", pwrite);
    SCHED_YIELD = ("sched_yield", sched_yield);
    SET_BLOCKING = ("set_blocking", set_blocking);
    SET_INHERITABLE = ("set_inheritable", set_inheritable);
    SETPRIORITY = ("setpriority", setpriority);
    STATVFS = ("statvfs", statvfs);
    SYNC = ("sync", sync);
    TIMES = ("_times", times);
    TTYNAME = ("ttyname", ttyname);
    UNAME = ("_uname", uname);
    WAITPID = ("waitpid", waitpid);
    ECHO = ("_echo", echo);
    LIBC_VERSION = ("_libc_version", libc_version);
    EXIT = ("_exit", exit);
}

/// `_os_extra`'s definition, installed by `alc_rt_os_extra_link`.
pub static LINKED: crate::stdlib::Linked = crate::stdlib::Linked::new("_os_extra");

/// Installs `_os_extra` and `open`'s way to take a descriptor over.
pub fn link() {
    LINKED.link(define);
    // Opaque for the same reason as `Linked::link`'s.
    crate::io::open::FROM_FD.set(Some(std::hint::black_box(
        open_fd as crate::io::open::FromFd,
    )));
}

/// Open descriptor `fd` as a file that owns it, for `open(fd)`, with
/// CPython's errors.
fn open_fd(fd: Value, closefd: bool) -> R<std::fs::File> {
    let fd = c_int(fd)?;
    if fd < 0 {
        return Err(crate::exc::error::value_error("negative file descriptor"));
    }
    if !closefd {
        return Err(crate::exc::error::raise(
            &crate::exc::NOT_IMPLEMENTED_ERROR,
            "not supported yet: open() of a file descriptor with closefd=False",
        ));
    }
    let file = posix::file_from_fd(fd).map_err(fd_error)?;
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        // The file takes the descriptor with it.
        return Err(errno_error(21, Some(small(i64::from(fd))), None));
    }
    Ok(file)
}

/// Defines `_os_extra`'s attributes (once linked).
pub fn init(m: &mut ModuleBuilder) -> R<()> {
    LINKED.init(m)
}

/// Defines `_os_extra`'s attributes.
pub fn define(m: &mut ModuleBuilder) -> R<()> {
    for f in FUNCTIONS {
        m.func(f);
    }
    Ok(())
}

// ---- arguments and results ------------------------------------------------------------------

/// The OSError for errno `code`, naming no file.
fn fd_error(code: i32) -> Pending {
    errno_error(code, None, None)
}

/// Exactly `n` positional int arguments (C ints), no keywords.
fn ints<const N: usize>(fname: &str, args: &Args) -> R<[i32; N]> {
    let pos = args.positional_range(fname, N, N)?;
    args.no_kwargs(fname)?;
    let mut out = [0; N];
    for (o, v) in out.iter_mut().zip(pos) {
        *o = c_int(*v)?;
    }
    Ok(out)
}

/// A uid or gid argument: -1 (unchanged) or a non-negative id.
fn id_arg(v: Value, what: &str) -> R<u32> {
    let Ok(n) = crate::protocol::num::int_arg(v) else {
        crate::exc::error::take_pending();
        return Err(crate::exc::error::type_error(format!(
            "{what} should be integer, not {}",
            object::type_name(v)
        )));
    };
    match int::as_i64(n) {
        Some(-1) => Ok(u32::MAX),
        Some(i) if (0..i64::from(u32::MAX)).contains(&i) => Ok(i as u32),
        Some(i) if i < -1 => Err(crate::exc::error::raise(
            &crate::exc::OVERFLOW_ERROR,
            format!("{what} is less than minimum"),
        )),
        _ => Err(crate::exc::error::raise(
            &crate::exc::OVERFLOW_ERROR,
            format!("{what} is greater than maximum"),
        )),
    }
}

/// The C string the OS gets for path `p` (`PathArg` has checked for NUL).
fn c_path(p: &PathArg) -> CString {
    CString::new(p.os().as_os_str().as_bytes()).unwrap_or_default()
}

fn small(i: i64) -> Value {
    int::from_i64(i)
}

fn boolean(b: bool) -> R<Value> {
    Ok(object::boolean(b))
}

// ---- descriptors ------------------------------------------------------------------------------

fn dup(args: Args) -> R<Value> {
    let [fd] = ints::<1>("dup", &args)?;
    Ok(small(posix::dup_fd(fd).map_err(fd_error)? as i64))
}

fn dup2(args: Args) -> R<Value> {
    let names = ["fd", "fd2", "inheritable"];
    let [fd, fd2, inh] = crate::stdlib::bind("dup2", &args, names, 0, 3, 2)?;
    let fd = c_int(fd.unwrap_or_else(object::none))?;
    let fd2 = c_int(fd2.unwrap_or_else(object::none))?;
    let inheritable = flag(inh, true)?;
    Ok(small(
        posix::dup2_fd(fd, fd2, inheritable).map_err(fd_error)? as i64,
    ))
}

fn pipe_result(flags: i32) -> R<Value> {
    let (r, w) = posix::pipe_fds(flags).map_err(fd_error)?;
    Ok(tuple::from_slice(&[small(r as i64), small(w as i64)]))
}

fn pipe(args: Args) -> R<Value> {
    ints::<0>("pipe", &args)?;
    pipe_result(posix::O_CLOEXEC)
}

fn pipe2(args: Args) -> R<Value> {
    let [flags] = ints::<1>("pipe2", &args)?;
    pipe_result(flags)
}

fn get_inheritable(args: Args) -> R<Value> {
    let [fd] = ints::<1>("get_inheritable", &args)?;
    boolean(!posix::get_cloexec(fd).map_err(fd_error)?)
}

fn set_inheritable(args: Args) -> R<Value> {
    let pos = args.positional_range("set_inheritable", 2, 2)?;
    args.no_kwargs("set_inheritable")?;
    let fd = c_int(pos[0])?;
    let on = crate::protocol::dispatch::truthy(pos[1])?;
    posix::set_cloexec(fd, !on).map_err(fd_error)?;
    none()
}

fn get_blocking(args: Args) -> R<Value> {
    let [fd] = ints::<1>("get_blocking", &args)?;
    boolean(posix::get_blocking(fd).map_err(fd_error)?)
}

fn set_blocking(args: Args) -> R<Value> {
    let pos = args.positional_range("set_blocking", 2, 2)?;
    args.no_kwargs("set_blocking")?;
    let fd = c_int(pos[0])?;
    let on = crate::protocol::dispatch::truthy(pos[1])?;
    posix::set_blocking(fd, on).map_err(fd_error)?;
    none()
}

fn fchmod(args: Args) -> R<Value> {
    let [fd, mode] = crate::stdlib::bind("fchmod", &args, ["fd", "mode"], 0, 2, 2)?;
    let fd = c_int(fd.unwrap_or_else(object::none))?;
    let mode = c_int(mode.unwrap_or_else(object::none))?;
    posix::fchmod_fd(fd, mode as u32).map_err(fd_error)?;
    none()
}

fn fchown(args: Args) -> R<Value> {
    let names = ["fd", "uid", "gid"];
    let [fd, uid, gid] = crate::stdlib::bind("fchown", &args, names, 0, 3, 3)?;
    let fd = c_int(fd.unwrap_or_else(object::none))?;
    let uid = id_arg(uid.unwrap_or_else(object::none), "uid")?;
    let gid = id_arg(gid.unwrap_or_else(object::none), "gid")?;
    posix::fchown_fd(fd, uid, gid).map_err(fd_error)?;
    none()
}

fn fchdir(args: Args) -> R<Value> {
    let [fd] = ints::<1>("fchdir", &args)?;
    posix::fchdir_fd(fd).map_err(fd_error)?;
    none()
}

fn fdatasync(args: Args) -> R<Value> {
    let [fd] = ints::<1>("fdatasync", &args)?;
    posix::fdatasync_fd(fd).map_err(fd_error)?;
    none()
}

fn closerange(args: Args) -> R<Value> {
    let [lo, hi] = ints::<2>("closerange", &args)?;
    for fd in lo.max(0)..hi {
        // Errors are ignored, as CPython's.
        let _ = posix::close_fd(fd);
    }
    none()
}

fn pread(args: Args) -> R<Value> {
    let pos = args.positional_range("pread", 3, 3)?;
    args.no_kwargs("pread")?;
    let fd = c_int(pos[0])?;
    let n = c_int(pos[1])?;
    if n < 0 {
        return Err(errno_error(22, None, None));
    }
    let off = int::as_i64(crate::protocol::num::int_arg(pos[2])?).unwrap_or(i64::MAX);
    Ok(bytes::from_vec(
        posix::pread_fd(fd, n as usize, off).map_err(fd_error)?,
    ))
}

fn pwrite(args: Args) -> R<Value> {
    let pos = args.positional_range("pwrite", 3, 3)?;
    args.no_kwargs("pwrite")?;
    let fd = c_int(pos[0])?;
    let Some(data) = bytes::data(pos[1]) else {
        return Err(crate::exc::error::type_error(format!(
            "a bytes-like object is required, not '{}'",
            object::type_name(pos[1])
        )));
    };
    let off = int::as_i64(crate::protocol::num::int_arg(pos[2])?).unwrap_or(i64::MAX);
    Ok(small(
        posix::pwrite_fd(fd, &data, off).map_err(fd_error)? as i64
    ))
}

fn ttyname(args: Args) -> R<Value> {
    let [fd] = ints::<1>("ttyname", &args)?;
    let name = posix::tty_name(fd).map_err(fd_error)?;
    crate::io::fsname::name_value(&name, false)
}

// ---- files ----------------------------------------------------------------------------------

fn chown_with(fname: &str, p: Option<Value>, ids: [Option<Value>; 2], follow: bool) -> R<Value> {
    let p = path_arg(fname, "path", p, Accept::PathOrFd)?;
    let uid = id_arg(ids[0].unwrap_or_else(object::none), "uid")?;
    let gid = id_arg(ids[1].unwrap_or_else(object::none), "gid")?;
    posix::chown_path(&c_path(&p), uid, gid, follow)
        .map_err(|c| errno_error(c, Some(p.value), None))?;
    none()
}

fn chown(args: Args) -> R<Value> {
    let names = ["path", "uid", "gid", "dir_fd", "follow_symlinks"];
    let [p, uid, gid, dir_fd, follow] = crate::stdlib::bind("chown", &args, names, 0, 3, 3)?;
    no_dir_fd("chown", dir_fd)?;
    chown_with("chown", p, [uid, gid], flag(follow, true)?)
}

fn lchown(args: Args) -> R<Value> {
    let names = ["path", "uid", "gid"];
    let [p, uid, gid] = crate::stdlib::bind("lchown", &args, names, 0, 3, 3)?;
    chown_with("lchown", p, [uid, gid], false)
}

fn statvfs_value(v: [u64; 11]) -> Value {
    // Rooted: a big count is a fresh object while the next is made.
    let mut items = crate::gc::RootedVec::new();
    for &x in &v {
        items.push(int::from_i128(x as i128));
    }
    tuple::from_slice(&items)
}

fn statvfs(args: Args) -> R<Value> {
    let [p] = crate::stdlib::bind("statvfs", &args, ["path"], 0, 1, 1)?;
    let v = p.unwrap_or_else(object::none);
    if crate::builtins::args::is_int(v) {
        let fd = c_int(v)?;
        return Ok(statvfs_value(
            posix::statvfs_of(None, fd).map_err(fd_error)?,
        ));
    }
    let p = path_arg("statvfs", "path", Some(v), Accept::PathOrFd)?;
    let r =
        posix::statvfs_of(Some(&c_path(&p)), 0).map_err(|c| errno_error(c, Some(p.value), None))?;
    Ok(statvfs_value(r))
}

fn fstatvfs(args: Args) -> R<Value> {
    let [fd] = ints::<1>("fstatvfs", &args)?;
    Ok(statvfs_value(
        posix::statvfs_of(None, fd).map_err(fd_error)?,
    ))
}

fn mkfifo(args: Args) -> R<Value> {
    let names = ["path", "mode", "dir_fd"];
    let [p, mode, dir_fd] = crate::stdlib::bind("mkfifo", &args, names, 0, 2, 1)?;
    let p = path_arg("mkfifo", "path", p, Accept::Path)?;
    let mode = match mode {
        Some(m) => c_int(m)?,
        None => 0o666,
    };
    no_dir_fd("mkfifo", dir_fd)?;
    // CPython names no file in this error.
    posix::make_fifo(&c_path(&p), mode as u32).map_err(fd_error)?;
    none()
}

fn sync(args: Args) -> R<Value> {
    ints::<0>("sync", &args)?;
    posix::sync_all();
    none()
}

// ---- the process ------------------------------------------------------------------------------

fn uname(args: Args) -> R<Value> {
    ints::<0>("uname", &args)?;
    let f = posix::uname_fields().map_err(fd_error)?;
    // Rooted: each string is a fresh object while the next is made.
    let mut items = crate::gc::RootedVec::new();
    for s in &f {
        items.push(pystr::new(s));
    }
    Ok(tuple::from_slice(&items))
}

fn times(args: Args) -> R<Value> {
    ints::<0>("times", &args)?;
    let t = posix::process_times().map_err(fd_error)?;
    let mut items = crate::gc::RootedVec::new();
    for &x in &t {
        items.push(float::new(x));
    }
    Ok(tuple::from_slice(&items))
}

fn getloadavg(args: Args) -> R<Value> {
    ints::<0>("getloadavg", &args)?;
    let Some(l) = posix::load_average() else {
        return Err(crate::exc::error::raise(
            &crate::exc::OS_ERROR,
            "Load averages are unobtainable",
        ));
    };
    Ok(tuple::from_slice(&[
        float::new(l[0]),
        float::new(l[1]),
        float::new(l[2]),
    ]))
}

fn getgroups(args: Args) -> R<Value> {
    ints::<0>("getgroups", &args)?;
    let g = posix::groups().map_err(fd_error)?;
    Ok(list::from_vec(g.iter().map(|&x| small(x as i64)).collect()))
}

fn getpgrp(args: Args) -> R<Value> {
    ints::<0>("getpgrp", &args)?;
    Ok(small(posix::group_of(0, false).map_err(fd_error)? as i64))
}

fn getpgid(args: Args) -> R<Value> {
    let [pid] = ints::<1>("getpgid", &args)?;
    Ok(small(posix::group_of(pid, false).map_err(fd_error)? as i64))
}

fn getsid(args: Args) -> R<Value> {
    let [pid] = ints::<1>("getsid", &args)?;
    Ok(small(posix::group_of(pid, true).map_err(fd_error)? as i64))
}

fn killpg(args: Args) -> R<Value> {
    let [pgid, sig] = ints::<2>("killpg", &args)?;
    posix::kill_group(pgid, sig).map_err(fd_error)?;
    crate::exc::interrupt::run_pending()?;
    none()
}

fn waitpid(args: Args) -> R<Value> {
    let [pid, options] = ints::<2>("waitpid", &args)?;
    loop {
        match posix::wait_pid(pid, options) {
            Ok((p, status)) => {
                return Ok(tuple::from_slice(&[small(p as i64), small(status as i64)]));
            }
            // EINTR: run the handlers, then wait again (PEP 475).
            Err(4) => crate::exc::interrupt::run_pending()?,
            Err(c) => return Err(fd_error(c)),
        }
    }
}

fn res_ids(fname: &str, args: Args, group: bool) -> R<Value> {
    let pos = args.positional_range(fname, 0, 0)?;
    debug_assert!(pos.is_empty());
    let (r, e, s) = posix::res_ids(group).map_err(fd_error)?;
    Ok(tuple::from_slice(&[
        small(r as i64),
        small(e as i64),
        small(s as i64),
    ]))
}

fn getresuid(args: Args) -> R<Value> {
    res_ids("getresuid", args, false)
}

fn getresgid(args: Args) -> R<Value> {
    res_ids("getresgid", args, true)
}

fn getpriority(args: Args) -> R<Value> {
    let [which, who] = ints::<2>("getpriority", &args)?;
    Ok(small(
        posix::get_priority(which, who as u32).map_err(fd_error)? as i64,
    ))
}

fn setpriority(args: Args) -> R<Value> {
    let [which, who, prio] = ints::<3>("setpriority", &args)?;
    posix::set_priority(which, who as u32, prio).map_err(fd_error)?;
    none()
}

fn nice(args: Args) -> R<Value> {
    let [inc] = ints::<1>("nice", &args)?;
    // nice(2) is getpriority plus setpriority for this process.
    let now = posix::get_priority(0, 0).map_err(fd_error)?;
    let want = (now + inc).clamp(-20, 19);
    posix::set_priority(0, 0, want).map_err(fd_error)?;
    Ok(small(posix::get_priority(0, 0).map_err(fd_error)? as i64))
}

fn sched_yield(args: Args) -> R<Value> {
    ints::<0>("sched_yield", &args)?;
    posix::yield_cpu();
    none()
}

fn getrandom(args: Args) -> R<Value> {
    let [size, flags] = crate::stdlib::bind("getrandom", &args, ["size", "flags"], 0, 2, 1)?;
    let size = int::as_i64(crate::protocol::num::int_arg(
        size.unwrap_or_else(object::none),
    )?)
    .unwrap_or(-1);
    if size < 0 {
        return Err(errno_error(22, None, None));
    }
    let flags = match flags {
        Some(f) => c_int(f)?,
        None => 0,
    };
    Ok(bytes::from_vec(
        posix::random_bytes(size as usize, flags as u32).map_err(fd_error)?,
    ))
}

/// `_os_extra._echo(fd, on)`: sets the terminal's echo; whether it was on.
fn echo(args: Args) -> R<Value> {
    let pos = args.positional_range("_echo", 2, 2)?;
    let fd = c_int(pos[0])?;
    let on = crate::protocol::dispatch::truthy(pos[1])?;
    boolean(posix::set_echo(fd, on).map_err(fd_error)?)
}

/// `_os_extra._libc_version()`: glibc's version ("2.36").
fn libc_version(args: Args) -> R<Value> {
    ints::<0>("_libc_version", &args)?;
    Ok(pystr::new(&posix::libc_version()))
}

/// `os._exit(status)`: ends the process without cleanup.
fn exit(args: Args) -> R<Value> {
    let [status] = crate::stdlib::bind("_exit", &args, ["status"], 0, 1, 1)?;
    let status = c_int(status.unwrap_or_else(object::none))?;
    posix::exit_now(status)
}
