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
