//! Replays CPython 3.11's results for `time` (`../testdata/time_cases.txt`,
//! written by `../testdata/gen_time_cases.py` with TZ=UTC), and checks the
//! clocks and `struct_time`'s attributes.

use crate::object;
use crate::objects::str as strobj;
use crate::protocol::args::Args;
use crate::protocol::dispatch;
use crate::stdlib::math::tests::replay;
use crate::testing::{lock, r};
use crate::value::Value;

/// Sets TZ=UTC (the data's zone) before the C library first reads it.
fn utc() {
    std::env::set_var("TZ", "UTC");
    super::libc::reset_zone();
}

fn module() -> crate::stdlib::ModuleBuilder {
    let mut b = crate::stdlib::ModuleBuilder::default();
    super::init(&mut b).unwrap();
    b
}

fn attr(b: &crate::stdlib::ModuleBuilder, name: &str) -> Value {
    b.values[b.names.iter().position(|n| *n == name).unwrap()]
}

#[test]
fn matches_cpython_cases() {
    let _g = lock();
    utc();
    let class = super::struct_time::class().unwrap().value();
    let (n, failures) = replay(include_str!("../testdata/time_cases.txt"), |name, args| {
        if name == "struct_time" {
            return dispatch::call(class, args);
        }
        let f = super::FUNCS
            .iter()
            .find(|f| f.name == name)
            .unwrap_or_else(|| panic!("no time.{name}"));
        (f.f)(args)
    });
    assert!(n > 900, "{n} cases");
    assert!(
        failures.is_empty(),
        "{} of {n} cases differ:\n{}",
        failures.len(),
        failures[..failures.len().min(60)].join("\n")
    );
}

#[test]
fn zone_constants_and_struct_time_attributes() {
    let _g = lock();
    utc();
    let b = module();
    // From `TZ=UTC python3 -c 'import time; print(time.timezone, ...)'`.
    assert_eq!(r(attr(&b, "timezone")), "0");
    assert_eq!(r(attr(&b, "altzone")), "0");
    assert_eq!(r(attr(&b, "daylight")), "0");
    assert_eq!(r(attr(&b, "tzname")), "('UTC', 'UTC')");
    assert_eq!(r(attr(&b, "struct_time")), "<class 'time.struct_time'>");
    assert_eq!(r(attr(&b, "CLOCK_MONOTONIC")), "1");
    let get = |o: Value, n: &str| r(dispatch::getattr(o, strobj::new(n)).unwrap());
    let g = (super::GMTIME.f)(Args::positional(&[Value::from_small(86400 * 366)])).unwrap();
    assert_eq!(
        r(g),
        "time.struct_time(tm_year=1971, tm_mon=1, tm_mday=2, tm_hour=0, tm_min=0, tm_sec=0, \
         tm_wday=5, tm_yday=2, tm_isdst=0)"
    );
    assert_eq!(get(g, "tm_year"), "1971");
    assert_eq!(get(g, "tm_wday"), "5");
    assert_eq!(get(g, "tm_zone"), "'GMT'");
    assert_eq!(get(g, "tm_gmtoff"), "0");
    assert_eq!(get(g, "n_fields"), "11");
    assert_eq!(
        r(dispatch::len(g)
            .map(|n| Value::from_small(n as i64))
            .unwrap()),
        "9"
    );
    let l = (super::LOCALTIME.f)(Args::positional(&[Value::from_small(0)])).unwrap();
    assert_eq!(get(l, "tm_zone"), "'UTC'");
    // strftime and mktime read a struct_time's zone and offset too.
    let f = (super::STRFTIME.f)(Args::positional(&[strobj::new("%Z|%z"), g])).unwrap();
    assert_eq!(r(f), "'GMT|+0000'");
    let m = (super::MKTIME.f)(Args::positional(&[l])).unwrap();
    assert_eq!(r(m), "0.0");
    let e = (super::ASCTIME.f)(Args::positional(&[g])).unwrap();
    assert_eq!(r(e), "'Sat Jan  2 00:00:00 1971'");
    // A struct_time built from 11 items keeps the last two as attributes.
    let items: Vec<Value> = (0..11).map(Value::from_small).collect();
    let list = crate::objects::list::from_vec(items);
    let s = dispatch::call(attr(&b, "struct_time"), Args::positional(&[list])).unwrap();
    assert_eq!(get(s, "tm_zone"), "9");
    assert_eq!(get(s, "tm_gmtoff"), "10");
    assert_eq!(get(s, "tm_isdst"), "8");
    assert!(object::isinstance(s, &object::TUPLE_TYPE));
}

#[test]
fn clocks_move_forward() {
    let _g = lock();
    let call = |f: &crate::objects::func::BuiltinObj| (f.f)(Args::positional(&[])).unwrap();
    let f64_of = |v: Value| crate::objects::float::value(v);
    let t = f64_of(call(&super::TIME));
    // After 2020 and before 2100.
    assert!(t > 1.58e9 && t < 4.1e9, "{t}");
    let a = f64_of(call(&super::MONOTONIC));
    (super::SLEEP.f)(Args::positional(&[crate::objects::float::new(0.01)])).unwrap();
    let b = f64_of(call(&super::PERF_COUNTER));
    assert!(b - a >= 0.01, "{a} {b}");
    let ns = crate::objects::int::as_i64(call(&super::TIME_NS)).unwrap();
    assert!((ns as f64 / 1e9 - t).abs() < 60.0);
    assert!(f64_of(call(&super::PROCESS_TIME)) > 0.0);
    assert!(crate::objects::int::as_i64(call(&super::THREAD_TIME_NS)).unwrap() > 0);
}
