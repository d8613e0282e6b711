//! The C library's file-descriptor, permission and identity calls `os`
//! needs and std does not offer (`open`, `read`, `write`, `close`,
//! `lseek`, `access`, `umask`, `getuid`, ..., `utimensat`, `truncate`,
//! `isatty`, the terminal's size), declared by hand as rt declares its
//! other few C calls, with safe wrappers that return the errno on failure.

use std::ffi::{c_char, c_int, CStr};

/// C's `struct timespec` (64-bit Linux).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Timespec {
    pub tv_sec: i64,
    pub tv_nsec: i64,
}

/// C's `struct winsize`.
#[repr(C)]
#[derive(Default)]
struct Winsize {
    ws_row: u16,
    ws_col: u16,
    ws_xpixel: u16,
    ws_ypixel: u16,
}

extern "C" {
    fn open(path: *const c_char, flags: c_int, ...) -> c_int;
    fn close(fd: c_int) -> c_int;
    fn read(fd: c_int, buf: *mut u8, n: usize) -> isize;
    fn write(fd: c_int, buf: *const u8, n: usize) -> isize;
    fn lseek(fd: c_int, offset: i64, whence: c_int) -> i64;
    fn fcntl(fd: c_int, cmd: c_int, ...) -> c_int;
    fn access(path: *const c_char, mode: c_int) -> c_int;
    fn faccessat(dirfd: c_int, path: *const c_char, mode: c_int, flags: c_int) -> c_int;
    fn umask(mask: u32) -> u32;
    fn getuid() -> u32;
    fn geteuid() -> u32;
    fn getgid() -> u32;
    fn getegid() -> u32;
    fn utimensat(dirfd: c_int, path: *const c_char, times: *const Timespec, flags: c_int) -> c_int;
    fn truncate(path: *const c_char, length: i64) -> c_int;
    fn ftruncate(fd: c_int, length: i64) -> c_int;
    fn fsync(fd: c_int) -> c_int;
    fn isatty(fd: c_int) -> c_int;
    fn ioctl(fd: c_int, request: std::ffi::c_ulong, ...) -> c_int;
}

/// `open(2)`'s flag that keeps a descriptor from child processes, which
/// CPython adds to every `os.open`.
pub const O_CLOEXEC: i32 = 0o2000000;
const AT_FDCWD: c_int = -100;
const AT_SYMLINK_NOFOLLOW: c_int = 0x100;
const AT_EACCESS: c_int = 0x200;
const F_GETFD: c_int = 1;
const TIOCGWINSZ: std::ffi::c_ulong = 0x5413;

/// The errno of the last failed C call.
fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// `Ok(r)` for a non-negative result, else the errno.
fn check(r: i64) -> Result<i64, i32> {
    if r < 0 {
        Err(errno())
    } else {
        Ok(r)
    }
}

/// `open(path, flags, mode)`: a new descriptor.
pub fn open_fd(path: &CStr, flags: i32, mode: u32) -> Result<i32, i32> {
    // SAFETY: `path` is NUL-terminated and outlives the call; the mode is
    // the variadic argument open(2) reads when it creates a file.
    check(unsafe { open(path.as_ptr(), flags, mode) } as i64).map(|fd| fd as i32)
}

/// `close(fd)`.
pub fn close_fd(fd: i32) -> Result<(), i32> {
    // SAFETY: closing a descriptor touches no memory of this process.
    check(unsafe { close(fd) } as i64).map(|_| ())
}

/// `read(fd, n)`: up to `n` bytes.
pub fn read_fd(fd: i32, n: usize) -> Result<Vec<u8>, i32> {
    let mut buf = vec![0u8; n];
    // SAFETY: `buf` is a live, writable buffer of `n` bytes.
    let got = check(unsafe { read(fd, buf.as_mut_ptr(), n) } as i64)?;
    buf.truncate(got as usize);
    Ok(buf)
}

/// `write(fd, data)`: the number of bytes written.
pub fn write_fd(fd: i32, data: &[u8]) -> Result<usize, i32> {
    // SAFETY: `data` is a live buffer of the stated length.
    check(unsafe { write(fd, data.as_ptr(), data.len()) } as i64).map(|n| n as usize)
}

/// `lseek(fd, offset, whence)`: the new position.
pub fn lseek_fd(fd: i32, offset: i64, whence: i32) -> Result<i64, i32> {
    // SAFETY: moving a descriptor's position touches no memory.
    check(unsafe { lseek(fd, offset, whence) })
}

/// Whether `fd` is an open descriptor (EBADF otherwise).
pub fn check_fd(fd: i32) -> Result<(), i32> {
    // SAFETY: F_GETFD reads the descriptor's flags and takes no argument.
    check(unsafe { fcntl(fd, F_GETFD) } as i64).map(|_| ())
}

/// The metadata of open descriptor `fd`, as `fstat(2)` gives it.
pub fn fd_metadata(fd: i32) -> Result<std::fs::Metadata, i32> {
    use std::os::fd::FromRawFd;
    check_fd(fd)?;
    // SAFETY: `fd` is open (checked just above) and stays owned by the
    // program: the `ManuallyDrop` never closes it.
    let file = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
    file.metadata().map_err(|e| e.raw_os_error().unwrap_or(9))
}

/// `access(path, mode)`, with the effective ids when `effective`.
pub fn access_path(path: &CStr, mode: i32, effective: bool) -> bool {
    // SAFETY: `path` is NUL-terminated and outlives the call.
    let r = unsafe {
        if effective {
            faccessat(AT_FDCWD, path.as_ptr(), mode, AT_EACCESS)
        } else {
            access(path.as_ptr(), mode)
        }
    };
    r == 0
}

/// `umask(mask)`: the previous mask.
pub fn set_umask(mask: u32) -> u32 {
    // SAFETY: umask only swaps the process's file-mode mask.
    unsafe { umask(mask) }
}

/// The real and effective user and group ids: `(uid, euid, gid, egid)`.
pub fn ids() -> (u32, u32, u32, u32) {
    // SAFETY: these calls read process credentials and cannot fail.
    unsafe { (getuid(), geteuid(), getgid(), getegid()) }
}

/// `utimensat(AT_FDCWD, path, times, flags)`: the access and modification
/// times of `path` (None: now).
pub fn set_times(path: &CStr, times: Option<[Timespec; 2]>, follow: bool) -> Result<(), i32> {
    let ptr = match &times {
        Some(t) => t.as_ptr(),
        None => std::ptr::null(),
    };
    let flags = if follow { 0 } else { AT_SYMLINK_NOFOLLOW };
    // SAFETY: `path` is NUL-terminated; `ptr` is null or points to the two
    // live timespecs of `times`.
    check(unsafe { utimensat(AT_FDCWD, path.as_ptr(), ptr, flags) } as i64).map(|_| ())
}

/// `truncate(path, length)`.
pub fn truncate_path(path: &CStr, length: i64) -> Result<(), i32> {
    // SAFETY: `path` is NUL-terminated and outlives the call.
    check(unsafe { truncate(path.as_ptr(), length) } as i64).map(|_| ())
}

/// `ftruncate(fd, length)`.
pub fn truncate_fd(fd: i32, length: i64) -> Result<(), i32> {
    // SAFETY: resizing a descriptor's file touches no memory.
    check(unsafe { ftruncate(fd, length) } as i64).map(|_| ())
}

/// `fsync(fd)`.
pub fn sync_fd(fd: i32) -> Result<(), i32> {
    // SAFETY: flushing a descriptor's file touches no memory.
    check(unsafe { fsync(fd) } as i64).map(|_| ())
}

/// Whether `fd` is a terminal.
pub fn is_tty(fd: i32) -> bool {
    // SAFETY: isatty only queries the descriptor.
    unsafe { isatty(fd) == 1 }
}

/// The size of the terminal on `fd`: `(columns, lines)`.
pub fn terminal_size(fd: i32) -> Result<(u16, u16), i32> {
    let mut ws = Winsize::default();
    // SAFETY: TIOCGWINSZ writes one `struct winsize` through the pointer,
    // which addresses a live local of that layout.
    check(unsafe { ioctl(fd, TIOCGWINSZ, &mut ws as *mut Winsize) } as i64)?;
    Ok((ws.ws_col, ws.ws_row))
}

// ---- the calls of `_os_extra` (`extra.rs`) -------------------------------------------------

/// C's `struct utsname` on Linux: six 65-byte fields.
#[repr(C)]
pub struct Utsname {
    pub fields: [[u8; 65]; 6],
}

/// C's `struct tms`.
#[repr(C)]
#[derive(Default)]
struct Tms {
    utime: i64,
    stime: i64,
    cutime: i64,
    cstime: i64,
}

extern "C" {
    fn dup(fd: c_int) -> c_int;
    fn dup3(fd: c_int, fd2: c_int, flags: c_int) -> c_int;
    fn pipe2(fds: *mut c_int, flags: c_int) -> c_int;
    fn fchmod(fd: c_int, mode: u32) -> c_int;
    fn fchown(fd: c_int, uid: u32, gid: u32) -> c_int;
    fn fchownat(dirfd: c_int, path: *const c_char, uid: u32, gid: u32, flags: c_int) -> c_int;
    fn fchdir(fd: c_int) -> c_int;
    fn fdatasync(fd: c_int) -> c_int;
    fn statvfs(path: *const c_char, buf: *mut u64) -> c_int;
    fn fstatvfs(fd: c_int, buf: *mut u64) -> c_int;
    fn uname(buf: *mut Utsname) -> c_int;
    fn times(buf: *mut Tms) -> i64;
    fn sysconf(name: c_int) -> i64;
    fn getloadavg(loads: *mut f64, n: c_int) -> c_int;
    fn getgroups(size: c_int, list: *mut u32) -> c_int;
    fn getpgid(pid: c_int) -> c_int;
    fn getsid(pid: c_int) -> c_int;
    fn killpg(pgrp: c_int, sig: c_int) -> c_int;
    fn waitpid(pid: c_int, status: *mut c_int, options: c_int) -> c_int;
    fn mkfifo(path: *const c_char, mode: u32) -> c_int;
    fn sync();
    fn ttyname_r(fd: c_int, buf: *mut u8, len: usize) -> c_int;
    fn getresuid(r: *mut u32, e: *mut u32, s: *mut u32) -> c_int;
    fn getresgid(r: *mut u32, e: *mut u32, s: *mut u32) -> c_int;
    fn getpriority(which: c_int, who: u32) -> c_int;
    fn setpriority(which: c_int, who: u32, prio: c_int) -> c_int;
    fn sched_yield() -> c_int;
    fn getrandom(buf: *mut u8, n: usize, flags: u32) -> isize;
    fn pread(fd: c_int, buf: *mut u8, n: usize, offset: i64) -> isize;
    fn pwrite(fd: c_int, buf: *const u8, n: usize, offset: i64) -> isize;
}

const F_SETFD: c_int = 2;
const F_GETFL: c_int = 3;
const F_SETFL: c_int = 4;
const FD_CLOEXEC: c_int = 1;
const O_NONBLOCK: c_int = 0o4000;
const SC_CLK_TCK: c_int = 2;

/// `dup(fd)`, the new descriptor not inheritable (as CPython's).
pub fn dup_fd(fd: i32) -> Result<i32, i32> {
    // SAFETY: duplicating a descriptor touches no memory.
    let new = check(unsafe { dup(fd) } as i64)? as i32;
    set_cloexec(new, true)?;
    Ok(new)
}

/// `dup2(fd, fd2)`, `fd2` inheritable or not.
pub fn dup2_fd(fd: i32, fd2: i32, inheritable: bool) -> Result<i32, i32> {
    if fd == fd2 {
        check_fd(fd)?;
        return Ok(fd2);
    }
    let flags = if inheritable { 0 } else { O_CLOEXEC };
    // SAFETY: duplicating a descriptor touches no memory.
    check(unsafe { dup3(fd, fd2, flags) } as i64).map(|r| r as i32)
}

/// `pipe2(flags)`: the read and write ends.
pub fn pipe_fds(flags: i32) -> Result<(i32, i32), i32> {
    let mut fds: [c_int; 2] = [0; 2];
    // SAFETY: pipe2 writes two ints through the pointer to `fds`.
    check(unsafe { pipe2(fds.as_mut_ptr(), flags) } as i64)?;
    Ok((fds[0], fds[1]))
}

/// Whether `fd` is closed on exec.
pub fn get_cloexec(fd: i32) -> Result<bool, i32> {
    // SAFETY: F_GETFD reads the descriptor's flags.
    let f = check(unsafe { fcntl(fd, F_GETFD) } as i64)? as c_int;
    Ok(f & FD_CLOEXEC != 0)
}

/// Sets whether `fd` is closed on exec.
pub fn set_cloexec(fd: i32, on: bool) -> Result<(), i32> {
    // SAFETY: F_GETFD/F_SETFD read and write the descriptor's flags.
    let f = check(unsafe { fcntl(fd, F_GETFD) } as i64)? as c_int;
    let f = if on { f | FD_CLOEXEC } else { f & !FD_CLOEXEC };
    // SAFETY: F_SETFD writes the descriptor's flags from an int.
    check(unsafe { fcntl(fd, F_SETFD, f) } as i64).map(|_| ())
}

/// Whether `fd` blocks (no O_NONBLOCK).
pub fn get_blocking(fd: i32) -> Result<bool, i32> {
    // SAFETY: F_GETFL reads the file status flags.
    let f = check(unsafe { fcntl(fd, F_GETFL) } as i64)? as c_int;
    Ok(f & O_NONBLOCK == 0)
}

/// Sets whether `fd` blocks.
pub fn set_blocking(fd: i32, blocking: bool) -> Result<(), i32> {
    // SAFETY: F_GETFL/F_SETFL read and write the file status flags.
    let f = check(unsafe { fcntl(fd, F_GETFL) } as i64)? as c_int;
    let f = if blocking {
        f & !O_NONBLOCK
    } else {
        f | O_NONBLOCK
    };
    // SAFETY: F_SETFL writes the file status flags from an int.
    check(unsafe { fcntl(fd, F_SETFL, f) } as i64).map(|_| ())
}

/// `fchmod(fd, mode)`.
pub fn fchmod_fd(fd: i32, mode: u32) -> Result<(), i32> {
    // SAFETY: changing a descriptor's file mode touches no memory.
    check(unsafe { fchmod(fd, mode) } as i64).map(|_| ())
}

/// `fchown(fd, uid, gid)` (u32::MAX: unchanged).
pub fn fchown_fd(fd: i32, uid: u32, gid: u32) -> Result<(), i32> {
    // SAFETY: changing a descriptor's owner touches no memory.
    check(unsafe { fchown(fd, uid, gid) } as i64).map(|_| ())
}

/// `chown` or `lchown` of `path`.
pub fn chown_path(path: &CStr, uid: u32, gid: u32, follow: bool) -> Result<(), i32> {
    let flags = if follow { 0 } else { AT_SYMLINK_NOFOLLOW };
    // SAFETY: `path` is NUL-terminated and outlives the call.
    check(unsafe { fchownat(AT_FDCWD, path.as_ptr(), uid, gid, flags) } as i64).map(|_| ())
}

/// `fchdir(fd)`.
pub fn fchdir_fd(fd: i32) -> Result<(), i32> {
    // SAFETY: changing directory touches no memory.
    check(unsafe { fchdir(fd) } as i64).map(|_| ())
}

/// `fdatasync(fd)`.
pub fn fdatasync_fd(fd: i32) -> Result<(), i32> {
    // SAFETY: flushing a descriptor's file touches no memory.
    check(unsafe { fdatasync(fd) } as i64).map(|_| ())
}

/// `statvfs(path)` or `fstatvfs(fd)`: bsize, frsize, blocks, bfree,
/// bavail, files, ffree, favail, fsid, flag, namemax.
pub fn statvfs_of(path: Option<&CStr>, fd: i32) -> Result<[u64; 11], i32> {
    // 11 unsigned longs and six spare ints on 64-bit Linux; room to spare.
    let mut buf = [0u64; 16];
    // SAFETY: the buffer is larger than `struct statvfs`, which the call
    // fills; `path` is NUL-terminated.
    let r = unsafe {
        match path {
            Some(p) => statvfs(p.as_ptr(), buf.as_mut_ptr()),
            None => fstatvfs(fd, buf.as_mut_ptr()),
        }
    };
    check(r as i64)?;
    let mut out = [0u64; 11];
    out.copy_from_slice(&buf[..11]);
    Ok(out)
}

/// `uname()`: sysname, nodename, release, version, machine.
pub fn uname_fields() -> Result<[String; 5], i32> {
    let mut u = Utsname {
        fields: [[0; 65]; 6],
    };
    // SAFETY: uname fills the `struct utsname` the pointer addresses.
    check(unsafe { uname(&mut u) } as i64)?;
    let field = |i: usize| {
        let f = &u.fields[i];
        let n = f.iter().position(|&b| b == 0).unwrap_or(f.len());
        String::from_utf8_lossy(&f[..n]).into_owned()
    };
    Ok([field(0), field(1), field(2), field(3), field(4)])
}

/// `times()`: user, system, children's user and system, elapsed, in seconds.
pub fn process_times() -> Result<[f64; 5], i32> {
    let mut t = Tms::default();
    // SAFETY: times fills the `struct tms`; sysconf only reads a limit.
    let (elapsed, ticks) = unsafe { (times(&mut t), sysconf(SC_CLK_TCK)) };
    let elapsed = check(elapsed)?;
    let hz = ticks.max(1) as f64;
    Ok([
        t.utime as f64 / hz,
        t.stime as f64 / hz,
        t.cutime as f64 / hz,
        t.cstime as f64 / hz,
        elapsed as f64 / hz,
    ])
}

/// The 1, 5 and 15 minute load averages.
pub fn load_average() -> Option<[f64; 3]> {
    let mut l = [0f64; 3];
    // SAFETY: getloadavg writes at most three doubles into `l`.
    let n = unsafe { getloadavg(l.as_mut_ptr(), 3) };
    (n == 3).then_some(l)
}

/// The supplementary group ids.
pub fn groups() -> Result<Vec<u32>, i32> {
    // SAFETY: with size 0, getgroups only counts.
    let n = check(unsafe { getgroups(0, std::ptr::null_mut()) } as i64)? as usize;
    let mut list = vec![0u32; n.max(1)];
    // SAFETY: `list` has room for the `n` ids written.
    let got = check(unsafe { getgroups(list.len() as c_int, list.as_mut_ptr()) } as i64)?;
    list.truncate(got as usize);
    Ok(list)
}

/// `getpgid(pid)` (0: this process), or `getsid(pid)` when `session`.
pub fn group_of(pid: i32, session: bool) -> Result<i32, i32> {
    // SAFETY: these calls only read process attributes.
    let r = unsafe {
        if session {
            getsid(pid)
        } else {
            getpgid(pid)
        }
    };
    check(r as i64).map(|r| r as i32)
}

/// `killpg(pgid, sig)`.
pub fn kill_group(pgid: i32, sig: i32) -> Result<(), i32> {
    // SAFETY: sending a signal touches no memory of this process.
    check(unsafe { killpg(pgid, sig) } as i64).map(|_| ())
}

/// `waitpid(pid, options)`: the child's pid (0 if none changed state) and status.
pub fn wait_pid(pid: i32, options: i32) -> Result<(i32, i32), i32> {
    let mut status: c_int = 0;
    // SAFETY: waitpid writes the status through the pointer to a live int.
    let r = check(unsafe { waitpid(pid, &mut status, options) } as i64)?;
    Ok((r as i32, status))
}

/// `mkfifo(path, mode)`.
pub fn make_fifo(path: &CStr, mode: u32) -> Result<(), i32> {
    // SAFETY: `path` is NUL-terminated and outlives the call.
    check(unsafe { mkfifo(path.as_ptr(), mode) } as i64).map(|_| ())
}

/// `sync()`.
pub fn sync_all() {
    // SAFETY: sync only flushes the kernel's buffers.
    unsafe { sync() }
}

/// The terminal device `fd` is open on.
pub fn tty_name(fd: i32) -> Result<Vec<u8>, i32> {
    let mut buf = vec![0u8; 4096];
    // SAFETY: ttyname_r writes a NUL-terminated name of at most
    // `buf.len()` bytes into `buf`.
    let r = unsafe { ttyname_r(fd, buf.as_mut_ptr(), buf.len()) };
    if r != 0 {
        return Err(r);
    }
    let n = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    buf.truncate(n);
    Ok(buf)
}

/// The real, effective and saved user ids, or group ids when `group`.
pub fn res_ids(group: bool) -> Result<(u32, u32, u32), i32> {
    let (mut r, mut e, mut s) = (0u32, 0u32, 0u32);
    // SAFETY: the calls write one id through each pointer to a live local.
    let rc = unsafe {
        if group {
            getresgid(&mut r, &mut e, &mut s)
        } else {
            getresuid(&mut r, &mut e, &mut s)
        }
    };
    check(rc as i64)?;
    Ok((r, e, s))
}

/// `getpriority(which, who)`; errno is cleared first, as -1 is a priority.
pub fn get_priority(which: i32, who: u32) -> Result<i32, i32> {
    clear_errno();
    // SAFETY: getpriority only reads a scheduling attribute.
    let r = unsafe { getpriority(which, who) };
    match errno() {
        0 => Ok(r),
        e if r == -1 => Err(e),
        _ => Ok(r),
    }
}

/// `setpriority(which, who, prio)`.
pub fn set_priority(which: i32, who: u32, prio: i32) -> Result<(), i32> {
    // SAFETY: setpriority only changes a scheduling attribute.
    check(unsafe { setpriority(which, who, prio) } as i64).map(|_| ())
}

/// `sched_yield()`.
pub fn yield_cpu() {
    // SAFETY: sched_yield only gives up the processor.
    unsafe {
        sched_yield();
    }
}

/// `getrandom(n, flags)`.
pub fn random_bytes(n: usize, flags: u32) -> Result<Vec<u8>, i32> {
    let mut buf = vec![0u8; n];
    // SAFETY: getrandom writes at most `n` bytes into the live buffer.
    let got = check(unsafe { getrandom(buf.as_mut_ptr(), n, flags) } as i64)?;
    buf.truncate(got as usize);
    Ok(buf)
}

/// `pread(fd, n, offset)`.
pub fn pread_fd(fd: i32, n: usize, offset: i64) -> Result<Vec<u8>, i32> {
    let mut buf = vec![0u8; n];
    // SAFETY: `buf` is a live, writable buffer of `n` bytes.
    let got = check(unsafe { pread(fd, buf.as_mut_ptr(), n, offset) } as i64)?;
    buf.truncate(got as usize);
    Ok(buf)
}

/// `pwrite(fd, data, offset)`: the number of bytes written.
pub fn pwrite_fd(fd: i32, data: &[u8], offset: i64) -> Result<usize, i32> {
    // SAFETY: `data` is a live buffer of the stated length.
    check(unsafe { pwrite(fd, data.as_ptr(), data.len(), offset) } as i64).map(|n| n as usize)
}

fn clear_errno() {
    extern "C" {
        fn __errno_location() -> *mut c_int;
    }
    // SAFETY: __errno_location gives this thread's errno, a live int.
    unsafe { *__errno_location() = 0 }
}

/// Open descriptor `fd` as a `File` that owns it (EBADF if it is not
/// open), for `open(fd)`.
pub fn file_from_fd(fd: i32) -> Result<std::fs::File, i32> {
    use std::os::fd::FromRawFd;
    check_fd(fd)?;
    // SAFETY: `fd` is open (checked just above); the program hands it
    // over to the file, which closes it, as CPython's `open(fd)` does.
    Ok(unsafe { std::fs::File::from_raw_fd(fd) })
}

extern "C" {
    fn tcgetattr(fd: c_int, t: *mut [u32; 16]) -> c_int;
    fn tcsetattr(fd: c_int, when: c_int, t: *const [u32; 16]) -> c_int;
    fn gnu_get_libc_version() -> *const c_char;
}

/// `struct termios`'s `c_lflag` bit that echoes input, and `tcsetattr`'s
/// "after output, discarding input".
const ECHO: u32 = 0o10;
const TCSAFLUSH: c_int = 2;

/// Turns the terminal on `fd`'s echo on or off: whether it was on.
pub fn set_echo(fd: i32, on: bool) -> Result<bool, i32> {
    // `struct termios` is 60 bytes on Linux; c_lflag is its fourth word.
    let mut t = [0u32; 16];
    // SAFETY: tcgetattr fills a `struct termios`, smaller than `t`.
    check(unsafe { tcgetattr(fd, &mut t) } as i64)?;
    let was = t[3] & ECHO != 0;
    t[3] = if on { t[3] | ECHO } else { t[3] & !ECHO };
    // SAFETY: `t` holds the `struct termios` tcgetattr gave, one flag changed.
    check(unsafe { tcsetattr(fd, TCSAFLUSH, &t) } as i64)?;
    Ok(was)
}

/// The C library's version ("2.36").
pub fn libc_version() -> String {
    // SAFETY: gnu_get_libc_version returns a static NUL-terminated string.
    unsafe { CStr::from_ptr(gnu_get_libc_version()) }
        .to_string_lossy()
        .into_owned()
}

/// Ends the process at once with `status`: no cleanup, no flushing.
pub fn exit_now(status: i32) -> ! {
    extern "C" {
        fn _exit(status: c_int) -> !;
    }
    // SAFETY: _exit ends the process; nothing of it runs afterwards.
    unsafe { _exit(status) }
}
