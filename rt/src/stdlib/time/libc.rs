//! The C library's clock and calendar functions `time` needs
//! (`clock_gettime`, `gmtime_r`, `localtime_r`, `mktime`, `strftime`,
//! `tzset`), declared by hand as rt declares its other few C calls, with
//! safe wrappers. `struct tm` and `struct timespec` have the layout below
//! on every Linux target alc supports (64-bit glibc).

use std::ffi::{c_char, CStr};

/// C's `struct tm` (glibc, 64-bit).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Tm {
    pub tm_sec: i32,
    pub tm_min: i32,
    pub tm_hour: i32,
    pub tm_mday: i32,
    pub tm_mon: i32,
    pub tm_year: i32,
    pub tm_wday: i32,
    pub tm_yday: i32,
    pub tm_isdst: i32,
    pub tm_gmtoff: i64,
    pub tm_zone: *const c_char,
}

impl Default for Tm {
    fn default() -> Tm {
        Tm {
            tm_sec: 0,
            tm_min: 0,
            tm_hour: 0,
            tm_mday: 0,
            tm_mon: 0,
            tm_year: 0,
            tm_wday: 0,
            tm_yday: 0,
            tm_isdst: 0,
            tm_gmtoff: 0,
            tm_zone: std::ptr::null(),
        }
    }
}

#[repr(C)]
struct Timespec {
    tv_sec: i64,
    tv_nsec: i64,
}

extern "C" {
    fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
    fn clock_getres(clock: i32, ts: *mut Timespec) -> i32;
    fn gmtime_r(t: *const i64, out: *mut Tm) -> *mut Tm;
    fn localtime_r(t: *const i64, out: *mut Tm) -> *mut Tm;
    fn mktime(tm: *mut Tm) -> i64;
    fn strftime(s: *mut u8, max: usize, format: *const c_char, tm: *const Tm) -> usize;
    fn tzset();
}

/// The errno of the last failed C call.
fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// `clock_gettime(clock)` in nanoseconds, or the errno.
pub fn clock_ns(clock: i32) -> Result<i128, i32> {
    let mut ts = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a live, writable timespec for the duration of the call.
    if unsafe { clock_gettime(clock, &mut ts) } != 0 {
        return Err(errno());
    }
    Ok(ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128)
}

/// `clock_getres(clock)` in nanoseconds, or the errno.
pub fn clock_res_ns(clock: i32) -> Result<i128, i32> {
    let mut ts = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a live, writable timespec for the duration of the call.
    if unsafe { clock_getres(clock, &mut ts) } != 0 {
        return Err(errno());
    }
    Ok(ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128)
}

/// A broken-down time with its zone name copied out of the C library.
pub struct Broken {
    pub tm: Tm,
    pub zone: Option<String>,
}

fn broken(tm: Tm) -> Broken {
    let zone = if tm.tm_zone.is_null() {
        None
    } else {
        // SAFETY: a non-null `tm_zone` set by gmtime_r/localtime_r points to
        // a NUL-terminated name the C library keeps alive (at least until
        // the next tzset, which only this module calls, and not before the
        // copy is made).
        Some(
            unsafe { CStr::from_ptr(tm.tm_zone) }
                .to_string_lossy()
                .into_owned(),
        )
    };
    Broken { tm, zone }
}

/// `gmtime_r(t)`, or the errno (EOVERFLOW when the year does not fit).
pub fn gmtime(t: i64) -> Result<Broken, i32> {
    let mut tm = Tm::default();
    // SAFETY: both pointers are to live locals of the right types.
    if unsafe { gmtime_r(&t, &mut tm) }.is_null() {
        return Err(errno());
    }
    Ok(broken(tm))
}

/// `localtime_r(t)`, or the errno.
pub fn localtime(t: i64) -> Result<Broken, i32> {
    let mut tm = Tm::default();
    // SAFETY: both pointers are to live locals of the right types.
    if unsafe { localtime_r(&t, &mut tm) }.is_null() {
        return Err(errno());
    }
    Ok(broken(tm))
}

/// `mktime(tm)`: normalises `tm` in place and returns the timestamp (-1
/// on failure, which the caller tells from a real -1 by a sentinel).
/// `tm.tm_zone` must be null or point to a live C string.
pub fn make_time(tm: &mut Tm) -> i64 {
    // SAFETY: `tm` is a live, writable struct tm whose zone pointer the
    // caller keeps valid.
    unsafe { mktime(tm) }
}

/// `strftime` into a buffer of `cap` bytes: the bytes written, or `None`
/// when they did not fit (or the result is empty: C cannot tell them
/// apart). `tm.tm_zone` must be null or point to a live C string.
pub fn format_time(format: &CStr, tm: &Tm, cap: usize) -> Option<Vec<u8>> {
    let mut buf = vec![0u8; cap];
    // SAFETY: `buf` has `cap` writable bytes, `format` is NUL-terminated,
    // and `tm` (with its zone pointer) stays valid during the call.
    let n = unsafe { strftime(buf.as_mut_ptr(), cap, format.as_ptr(), tm) };
    if n == 0 {
        return None;
    }
    buf.truncate(n);
    Some(buf)
}

/// `tzset()`: reads `TZ` again.
pub fn reset_zone() {
    // SAFETY: no arguments; rt's program thread is the only caller.
    unsafe { tzset() }
}
