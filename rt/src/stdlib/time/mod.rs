//! `time`: clocks (`time`, `monotonic`, `perf_counter`, `process_time`,
//! `thread_time`, `clock_gettime`, each with its `_ns` twin), `sleep`, and
//! the calendar functions (`gmtime`, `localtime`, `mktime`, `strftime`,
//! `asctime`, `ctime`) through the C library as CPython calls it, with
//! `struct_time` and the zone constants; `strptime` (`strptime.rs`).

mod libc;
pub mod strptime;
mod struct_time;

use super::ModuleBuilder;
use crate::exc::error::{overflow_error, raise, type_error, value_error, Pending, R};
use crate::exc::OS_ERROR;
use crate::object;
use crate::objects::func::BuiltinObj;
use crate::objects::{float, int, str as strobj, tuple};
use crate::protocol::args::Args;
use crate::protocol::num::{self, Num};
use crate::value::Value;
use libc::{Broken, Tm};
use std::ffi::CString;

const CLOCK_REALTIME: i32 = 0;
const CLOCK_MONOTONIC: i32 = 1;
const CLOCK_PROCESS_CPUTIME_ID: i32 = 2;
const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
const CLOCK_MONOTONIC_RAW: i32 = 4;
const CLOCK_BOOTTIME: i32 = 7;
const CLOCK_TAI: i32 = 11;

// ---- errors and arguments ----------------------------------------------------------

/// OSError for a failed C call, as `PyErr_SetFromErrno` words it.
fn os_error(errno: i32) -> Pending {
    let e = std::io::Error::from_raw_os_error(errno);
    let text = e.to_string();
    let text = match text.rfind(" (os error ") {
        Some(i) => &text[..i],
        None => &text,
    };
    raise(&OS_ERROR, format!("[Errno {errno}] {text}"))
}

/// No arguments: "time.time() takes no arguments (1 given)".
fn no_args(qualname: &str, args: &Args) -> R<()> {
    args.positional_range(qualname, 0, 0)?;
    Ok(())
}

/// `PyArg_ParseTuple`'s counts, for functions with `min..=max` positional
/// arguments: "gmtime() takes at most 1 argument (2 given)".
fn parse_tuple<'a>(name: &str, args: &Args<'a>, min: usize, max: usize) -> R<&'a [Value]> {
    args.no_kwargs(name)?;
    let n = args.pos.len();
    let s = |k: usize| if k == 1 { "" } else { "s" };
    if n < min || n > max {
        let (how, k) = match (n < min, min == max) {
            (_, true) => ("exactly", min),
            (true, false) => ("at least", min),
            (false, false) => ("at most", max),
        };
        return Err(type_error(format!(
            "{name}() takes {how} {k} argument{} ({n} given)",
            s(k)
        )));
    }
    Ok(args.pos)
}

/// The optional argument of `gmtime`, `localtime`, `ctime`, `asctime`
/// (None when absent or None).
fn opt_arg(name: &str, args: &Args) -> R<Option<Value>> {
    let pos = parse_tuple(name, args, 0, 1)?;
    Ok(pos.first().copied().filter(|v| !object::is_none(*v)))
}

/// `_PyTime_ObjectToTime_t` with flooring: a float (NaN is a ValueError)
/// or an integer (`__index__`) as seconds.
fn to_time_t(v: Value) -> R<i64> {
    let out_of_range = || overflow_error("timestamp out of range for platform time_t");
    if let Some(Num::Float(x)) = num::classify(v) {
        if x.is_nan() {
            return Err(value_error("Invalid value NaN (not a number)"));
        }
        let d = x.floor();
        if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&d) {
            return Err(out_of_range());
        }
        return Ok(d as i64);
    }
    int::as_i64(num::int_arg(v)?).ok_or_else(out_of_range)
}

// ---- clocks -------------------------------------------------------------------------

/// The clock's reading in nanoseconds; OSError if the C library fails.
fn clock(id: i32) -> R<i128> {
    libc::clock_ns(id).map_err(os_error)
}

/// Nanoseconds as float seconds, as `_PyTime_AsSecondsDouble` rounds them.
fn seconds(ns: i128) -> f64 {
    if ns % 1_000_000_000 == 0 {
        (ns / 1_000_000_000) as f64
    } else {
        ns as f64 / 1e9
    }
}

macro_rules! clocks {
    ($($stat:ident $ns_stat:ident $name:literal $ns_name:literal $id:expr;)*) => {$(
        #[doc = concat!("`time.", $name, "()`")]
        pub static $stat: BuiltinObj = BuiltinObj::new($name, |a| {
            no_args(concat!("time.", $name), &a)?;
            Ok(float::new(seconds(clock($id)?)))
        });
        #[doc = concat!("`time.", $ns_name, "()`")]
        pub static $ns_stat: BuiltinObj = BuiltinObj::new($ns_name, |a| {
            no_args(concat!("time.", $ns_name), &a)?;
            Ok(int::from_i128(clock($id)?))
        });
    )*};
}

clocks! {
    TIME TIME_NS "time" "time_ns" CLOCK_REALTIME;
    MONOTONIC MONOTONIC_NS "monotonic" "monotonic_ns" CLOCK_MONOTONIC;
    PERF_COUNTER PERF_COUNTER_NS "perf_counter" "perf_counter_ns" CLOCK_MONOTONIC;
    PROCESS_TIME PROCESS_TIME_NS "process_time" "process_time_ns" CLOCK_PROCESS_CPUTIME_ID;
    THREAD_TIME THREAD_TIME_NS "thread_time" "thread_time_ns" CLOCK_THREAD_CPUTIME_ID;
}

/// The clock id argument of `clock_gettime` and friends (`i` format).
fn clock_id(name: &str, args: &Args) -> R<i32> {
    struct_time::c_int(parse_tuple(name, args, 1, 1)?[0])
}

/// Seconds and nanoseconds as CPython's `clock_gettime` adds them.
fn sec_nsec(ns: i128) -> f64 {
    let (s, n) = (ns.div_euclid(1_000_000_000), ns.rem_euclid(1_000_000_000));
    s as f64 + n as f64 * 1e-9
}

/// `time.clock_gettime(clk_id)`
pub static CLOCK_GETTIME: BuiltinObj = BuiltinObj::new("clock_gettime", |a| {
    let id = clock_id("clock_gettime", &a)?;
    Ok(float::new(sec_nsec(clock(id)?)))
});
/// `time.clock_gettime_ns(clk_id)`
pub static CLOCK_GETTIME_NS: BuiltinObj = BuiltinObj::new("clock_gettime_ns", |a| {
    // CPython names the other function in its messages.
    let id = clock_id("clock_gettime", &a)?;
    Ok(int::from_i128(clock(id)?))
});
/// `time.clock_getres(clk_id)`
pub static CLOCK_GETRES: BuiltinObj = BuiltinObj::new("clock_getres", |a| {
    let id = clock_id("clock_getres", &a)?;
    Ok(float::new(sec_nsec(
        libc::clock_res_ns(id).map_err(os_error)?,
    )))
});

/// `time.sleep(secs)`
pub static SLEEP: BuiltinObj = BuiltinObj::new("sleep", |a| {
    let v = a.positional_range("time.sleep", 1, 1)?[0];
    let too_large = || overflow_error("timestamp too large to convert to C _PyTime_t");
    let ns: i64 = match num::classify(v) {
        Some(Num::Float(x)) => {
            if x.is_nan() {
                return Err(value_error("Invalid value NaN (not a number)"));
            }
            // Timeouts round away from zero.
            let d = (x * 1e9).abs().ceil().copysign(x);
            if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&d) {
                return Err(overflow_error("timestamp out of range for platform time_t"));
            }
            d as i64
        }
        _ => int::as_i64(num::int_arg(v)?)
            .and_then(|s| s.checked_mul(1_000_000_000))
            .ok_or_else(too_large)?,
    };
    if ns < 0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    std::thread::sleep(std::time::Duration::from_nanos(ns as u64));
    Ok(object::none())
});

// ---- calendar -----------------------------------------------------------------------

/// Now, in whole seconds since the epoch.
fn now() -> R<i64> {
    Ok(clock(CLOCK_REALTIME)?.div_euclid(1_000_000_000) as i64)
}

/// `localtime` of `secs` (now when None).
fn local(secs: Option<Value>) -> R<Broken> {
    let t = match secs {
        Some(v) => to_time_t(v)?,
        None => now()?,
    };
    libc::localtime(t).map_err(os_error)
}

/// `time.gmtime([secs])`
pub static GMTIME: BuiltinObj = BuiltinObj::new("gmtime", |a| {
    let t = match opt_arg("gmtime", &a)? {
        Some(v) => to_time_t(v)?,
        None => now()?,
    };
    struct_time::from_tm(&libc::gmtime(t).map_err(os_error)?)
});
/// `time.localtime([secs])`
pub static LOCALTIME: BuiltinObj = BuiltinObj::new("localtime", |a| {
    struct_time::from_tm(&local(opt_arg("localtime", &a)?)?)
});
/// `time.mktime(t)`
pub static MKTIME: BuiltinObj = BuiltinObj::new("mktime", |a| {
    let v = a.positional_range("time.mktime", 1, 1)?[0];
    let (mut tm, _zone) = struct_time::to_tm(v, "mktime")?;
    // mktime ignores tm_wday; it stays -1 only when mktime failed.
    tm.tm_wday = -1;
    let t = libc::make_time(&mut tm);
    if t == -1 && tm.tm_wday == -1 {
        return Err(overflow_error("mktime argument out of range"));
    }
    Ok(float::new(t as f64))
});
/// `time.asctime([t])`
pub static ASCTIME: BuiltinObj = BuiltinObj::new("asctime", |a| {
    a.no_kwargs("asctime")?;
    crate::builtins::args::check_count("asctime", a.pos.len(), 0, 1)?;
    // Only a missing argument means now; None is not a time tuple.
    let tm = match a.pos.first().copied() {
        Some(v) => {
            let (mut tm, _zone) = struct_time::to_tm(v, "asctime")?;
            struct_time::check_tm(&mut tm)?;
            tm
        }
        None => local(None)?.tm,
    };
    Ok(strobj::from_string(asctime(&tm)))
});
/// `time.ctime([secs])`
pub static CTIME: BuiltinObj = BuiltinObj::new("ctime", |a| {
    let b = local(opt_arg("ctime", &a)?)?;
    Ok(strobj::from_string(asctime(&b.tm)))
});
/// `time.strftime(format[, t])`
pub static STRFTIME: BuiltinObj = BuiltinObj::new("strftime", strftime);

/// CPython's `_asctime`: "Mon Jan  1 00:00:00 2024" (fields already checked).
fn asctime(tm: &Tm) -> String {
    const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let day = DAYS.get(tm.tm_wday as usize).copied().unwrap_or("???");
    let month = MONTHS.get(tm.tm_mon as usize).copied().unwrap_or("???");
    format!(
        "{day} {month}{:3} {:02}:{:02}:{:02} {}",
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        1900 + tm.tm_year as i64
    )
}

fn strftime(args: Args) -> R<Value> {
    let pos = parse_tuple("strftime", &args, 1, 2)?;
    let Some(fmt) = strobj::try_str(pos[0]) else {
        return Err(type_error(format!(
            "strftime() argument 1 must be str, not {}",
            object::type_name(pos[0])
        )));
    };
    let (mut tm, zone): (Tm, Option<CString>) = match pos.get(1) {
        Some(&v) => {
            let (mut tm, zone) = struct_time::to_tm(v, "strftime")?;
            struct_time::check_tm(&mut tm)?;
            (tm, zone)
        }
        None => {
            let b = local(None)?;
            let zone = b.zone.and_then(|z| CString::new(z).ok());
            (b.tm, zone)
        }
    };
    if let Some(z) = &zone {
        tm.tm_zone = z.as_ptr();
    }
    tm.tm_isdst = tm.tm_isdst.clamp(-1, 1);
    if fmt.contains('\0') {
        return Err(value_error("embedded null character"));
    }
    // CPython formats wide characters (`wcsftime`), so every code point,
    // a lone surrogate too, comes through; the C library's `strftime`
    // copies the bytes of text around the directives as they are.
    let fmt_bytes = crate::io::codec::encode_str(fmt, "utf-8", "surrogatepass")?;
    let Ok(cfmt) = CString::new(fmt_bytes) else {
        return Err(value_error("embedded null character"));
    };
    // As CPython: grow the buffer until the text fits, and give up (an
    // empty result) once it is 256 times the format's length.
    let fmtlen = fmt.chars().count();
    let mut cap = 1024usize;
    let text = loop {
        if let Some(bytes) = libc::format_time(&cfmt, &tm, cap) {
            break bytes;
        }
        if cap >= 256 * fmtlen {
            break Vec::new();
        }
        cap += cap;
    };
    drop(zone);
    crate::io::codec::decode_bytes(&text, "utf-8", "surrogatepass")
}

// ---- the module ---------------------------------------------------------------------

/// Every function of the module.
static FUNCS: &[&BuiltinObj] = &[
    &ASCTIME,
    &CLOCK_GETRES,
    &CLOCK_GETTIME,
    &CLOCK_GETTIME_NS,
    &CTIME,
    &GMTIME,
    &LOCALTIME,
    &MKTIME,
    &MONOTONIC,
    &MONOTONIC_NS,
    &PERF_COUNTER,
    &PERF_COUNTER_NS,
    &PROCESS_TIME,
    &PROCESS_TIME_NS,
    &SLEEP,
    &STRFTIME,
    &strptime::STRPTIME,
    &THREAD_TIME,
    &THREAD_TIME_NS,
    &TIME,
    &TIME_NS,
];

/// `timezone`, `altzone`, `daylight` and `tzname` as CPython computes them
/// on glibc: from the zones in force at the start of this year and half a
/// year later (the later one is the standard zone south of the equator).
pub(super) fn zones() -> R<(i64, i64, bool, String, String)> {
    const YEAR: i64 = (365 * 24 + 6) * 3600;
    let t = now()? / YEAR * YEAR;
    let jan = libc::localtime(t).map_err(os_error)?;
    let jul = libc::localtime(t + YEAR / 2).map_err(os_error)?;
    let name = |b: &Broken| b.zone.clone().unwrap_or_default().chars().take(9).collect();
    let (janzone, julzone) = (-jan.tm.tm_gmtoff, -jul.tm.tm_gmtoff);
    let (janname, julname): (String, String) = (name(&jan), name(&jul));
    let daylight = janzone != julzone;
    Ok(if janzone < julzone {
        (julzone, janzone, daylight, julname, janname)
    } else {
        (janzone, julzone, daylight, janname, julname)
    })
}

/// Defines the module's attributes.
pub fn init(b: &mut ModuleBuilder) -> R<()> {
    for f in FUNCS {
        b.func(f);
    }
    for (name, id) in [
        ("CLOCK_BOOTTIME", CLOCK_BOOTTIME),
        ("CLOCK_MONOTONIC", CLOCK_MONOTONIC),
        ("CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW),
        ("CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID),
        ("CLOCK_REALTIME", CLOCK_REALTIME),
        ("CLOCK_TAI", CLOCK_TAI),
        ("CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID),
    ] {
        b.value(name, Value::from_small(id as i64));
    }
    libc::reset_zone();
    let (timezone, altzone, daylight, std_name, dst_name) = zones()?;
    b.value("timezone", int::from_i64(timezone));
    b.value("altzone", int::from_i64(altzone));
    b.value("daylight", Value::from_small(daylight as i64));
    let names = [strobj::new(&std_name), strobj::new(&dst_name)];
    b.value("tzname", tuple::from_slice(&names));
    b.value("struct_time", struct_time::class()?.value());
    Ok(())
}

#[cfg(test)]
mod tests;
