//! `time.struct_time`: a `tuple` subclass of nine items (CPython's struct
//! sequence) with `tm_*` attributes, `tm_zone` and `tm_gmtoff` besides the
//! items, and CPython's repr; and the conversions between it (or a plain
//! 9-tuple) and C's `struct tm` with CPython's checks and messages.

use super::libc::{Broken, Tm};
use crate::class::struct_seq;
use crate::exc::error::{overflow_error, type_error, value_error, R};
use crate::object::{self, Kind, TypeObj};
use crate::objects::func::BuiltinObj;
use crate::objects::{int, str as strobj, tuple};
use crate::protocol::args::Args;
use crate::protocol::{dispatch, num};
use crate::state::Global;
use crate::value::Value;
use std::ffi::CString;

/// The nine item names, in order.
const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

/// The class, created on first use (classes are never freed).
static CLASS: Global<Option<&'static TypeObj>> = Global::new(None);

/// `module.name` in messages and the repr.
const QUALNAME: &str = "time.struct_time";

crate::struct_seq_getters!(FIELDS, item, GETTERS, G0 0, G1 1, G2 2, G3 3, G4 4, G5 5, G6 6, G7 7, G8 8);

/// `struct_time.__new__(cls, sequence)`
static NEW: BuiltinObj = BuiltinObj::new("__new__", new);
/// `struct_time.__repr__(self)`
static REPR: BuiltinObj = BuiltinObj::method("__repr__", repr);

fn item(args: Args, i: usize) -> R<Value> {
    struct_seq::item(&args, i, QUALNAME, &FIELDS)
}

fn repr(args: Args) -> R<Value> {
    struct_seq::repr(&args, QUALNAME, &FIELDS)
}

/// The `time.struct_time` class.
pub fn class() -> R<&'static TypeObj> {
    if let Some(t) = CLASS.get() {
        return Ok(t);
    }
    let t = struct_seq::make_class(&struct_seq::Spec {
        name: "struct_time",
        module: "time",
        fields: &FIELDS,
        n_fields: 11,
        getters: GETTERS,
        new: &NEW,
        repr: &REPR,
        setter: None,
        no_dict: false,
    })?;
    CLASS.set(Some(t));
    Ok(t)
}

/// A struct_time of `items` (the nine visible ones) with `zone` and
/// `gmtoff` (None when absent).
pub(super) fn make(items: &[Value], zone: Value, gmtoff: Value) -> R<Value> {
    let v = tuple::new(class()?, items);
    crate::class::instance::attr_store(v, strobj::new("tm_zone"), zone)?;
    crate::class::instance::attr_store(v, strobj::new("tm_gmtoff"), gmtoff)?;
    Ok(v)
}

/// The struct_time of a broken-down time from the C library.
pub fn from_tm(b: &Broken) -> R<Value> {
    let tm = &b.tm;
    let items = [
        tm.tm_year as i64 + 1900,
        tm.tm_mon as i64 + 1,
        tm.tm_mday as i64,
        tm.tm_hour as i64,
        tm.tm_min as i64,
        tm.tm_sec as i64,
        (tm.tm_wday as i64 + 6) % 7,
        tm.tm_yday as i64 + 1,
        tm.tm_isdst as i64,
    ]
    .map(int::from_i64);
    let zone = match &b.zone {
        Some(z) => strobj::new(z),
        None => object::none(),
    };
    make(&items, zone, int::from_i64(tm.tm_gmtoff))
}

fn new(args: Args) -> R<Value> {
    // The class comes first (a static `__new__`); CPython's messages do
    // not count it.
    let rest = Args {
        pos: args.pos.get(1..).unwrap_or(&[]),
        ..args
    };
    let [seq, _] = crate::stdlib::bind("structseq", &rest, ["sequence", "dict"], 0, 2, 1)?;
    let seq = seq.unwrap_or_else(object::none);
    if dispatch::iter(seq).is_err() {
        crate::exc::error::take_pending();
        return Err(type_error("constructor requires a sequence"));
    }
    let items = dispatch::collect(seq)?;
    let n = items.len();
    if n < 9 {
        return Err(type_error(format!(
            "time.struct_time() takes an at least 9-sequence ({n}-sequence given)"
        )));
    }
    if n > 11 {
        return Err(type_error(format!(
            "time.struct_time() takes an at most 11-sequence ({n}-sequence given)"
        )));
    }
    let extra = |i: usize| items.get(i).copied().unwrap_or_else(object::none);
    make(&items[..9], extra(9), extra(10))
}

// ---- struct_time to struct tm -------------------------------------------------------

/// An item converted as `PyArg_ParseTuple`'s `i` converts it.
pub(super) fn c_int(v: Value) -> R<i32> {
    let i = num::int_arg(v)?;
    let Some(i) = int::as_i64(i) else {
        return Err(overflow_error("Python int too large to convert to C long"));
    };
    i32::try_from(i).map_err(|_| {
        overflow_error(if i > 0 {
            "signed integer is greater than maximum"
        } else {
            "signed integer is less than minimum"
        })
    })
}

/// CPython's `gettmarg`: a struct_time or 9-tuple as a `struct tm` (month
/// and day of year from 0, weekday from Sunday), and the zone name whose C
/// string `tm_zone` points into (keep it alive while `tm` is used).
/// `fname` names the caller in "strftime(): illegal time tuple argument".
pub fn to_tm(v: Value, fname: &str) -> R<(Tm, Option<CString>)> {
    if v.kind() != Kind::Tuple {
        return Err(type_error("Tuple or struct_time argument required"));
    }
    let items = tuple::items(v);
    if items.len() != 9 {
        return Err(type_error(format!(
            "{fname}(): illegal time tuple argument"
        )));
    }
    let mut f = [0i32; 9];
    for (slot, item) in f.iter_mut().zip(items) {
        *slot = c_int(*item)?;
    }
    let y = f[0];
    if y < i32::MIN + 1900 {
        return Err(overflow_error("year out of range"));
    }
    let mut tm = Tm {
        tm_year: y - 1900,
        tm_mon: f[1].wrapping_sub(1),
        tm_mday: f[2],
        tm_hour: f[3],
        tm_min: f[4],
        tm_sec: f[5],
        tm_wday: f[6].wrapping_add(1) % 7,
        tm_yday: f[7].wrapping_sub(1),
        tm_isdst: f[8],
        ..Tm::default()
    };
    let mut zone = None;
    let is_struct_time = CLASS
        .get()
        .is_some_and(|c| std::ptr::eq(object::type_of(v), c));
    if is_struct_time {
        let attr = |n: &str| crate::class::instance::attr_lookup(v, strobj::new(n));
        if let Some(z) = attr("tm_zone")?.and_then(|z| strobj::try_str(z).map(str::to_string)) {
            zone = CString::new(z).ok();
        }
        if let Some(g) = attr("tm_gmtoff")?.filter(|g| !object::is_none(*g)) {
            tm.tm_gmtoff = int::as_i64(num::int_arg(g)?)
                .ok_or_else(|| overflow_error("Python int too large to convert to C long"))?;
        }
    }
    if let Some(z) = &zone {
        tm.tm_zone = z.as_ptr();
    }
    Ok((tm, zone))
}

/// CPython's `checktm`: the ranges `strftime` and `asctime` index tables
/// by, with a 0 month, day of month or day of year taken as the first.
pub fn check_tm(tm: &mut Tm) -> R<()> {
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    } else if !(0..=11).contains(&tm.tm_mon) {
        return Err(value_error("month out of range"));
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    } else if !(0..=31).contains(&tm.tm_mday) {
        return Err(value_error("day of month out of range"));
    }
    if !(0..=23).contains(&tm.tm_hour) {
        return Err(value_error("hour out of range"));
    }
    if !(0..=59).contains(&tm.tm_min) {
        return Err(value_error("minute out of range"));
    }
    if !(0..=61).contains(&tm.tm_sec) {
        return Err(value_error("seconds out of range"));
    }
    if tm.tm_wday < 0 {
        return Err(value_error("day of week out of range"));
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    } else if !(0..=365).contains(&tm.tm_yday) {
        return Err(value_error("day of year out of range"));
    }
    Ok(())
}
