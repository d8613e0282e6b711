//! `__sizeof__` and `sys.getsizeof`: the sizes CPython 3.11 reports on
//! x86-64 and aarch64 Linux, computed from CPython's layouts rather than
//! alc's (which the program cannot observe otherwise). Immutable objects
//! get CPython's exact figures. A list's, bytearray's or array's CPython
//! size depends on how it grew: the figure is that of one made at once
//! from its items; dicts and sets are sized as built one item at a time,
//! as CPython's constructors build them (docs/language.md).

use crate::exc::error::{type_error, R};
use crate::object::{self, Kind};
use crate::protocol::args::Args;
use crate::value::Value;

/// `sizeof(PyObject)`: every object's header.
const OBJECT: usize = 16;
/// CPython's pointer size.
const PTR: usize = 8;

/// `T.__sizeof__(self)` for every type whose table lists it.
pub fn method(o: Value, args: Args) -> R<Value> {
    args.no_kwargs("__sizeof__")?;
    if !args.pos.is_empty() {
        return Err(type_error(format!(
            "{}.__sizeof__() takes no arguments ({} given)",
            object::type_name(o),
            args.pos.len()
        )));
    }
    Ok(crate::objects::int::from_i64(size_of(o) as i64))
}

/// The size `o.__sizeof__()` of `object` and the built-in types reports.
pub fn size_of(o: Value) -> usize {
    let base = match crate::class::instance::payload(o) {
        Some(p) => builtin_size(p),
        None => builtin_size(o),
    };
    let Some(c) = object::type_of(o).class else {
        return base;
    };
    // A class adds a word per `__slots__` name and one for the weak
    // reference list when it adds that; instance dicts are kept before the
    // object in 3.11, outside the layout.
    base + c.declared_slots.len() * PTR
        + if c.weakrefs && !inherits_weakrefs(o) {
            PTR
        } else {
            0
        }
}

/// Whether the built-in layout under `o`'s class already has a weak
/// reference list (so the class adds none).
fn inherits_weakrefs(o: Value) -> bool {
    let layout = match crate::class::instance::payload(o) {
        Some(p) => p,
        None => o,
    };
    matches!(layout.kind(), Kind::Set | Kind::FrozenSet)
}

/// Whether CPython's collector tracks objects like `o`, which then carry
/// its 16-byte header that `sys.getsizeof` adds.
fn gc_tracked(o: Value) -> bool {
    let t = object::type_of(o);
    t.class.is_some()
        || !(std::ptr::eq(t, &crate::object::OBJECT_TYPE)
            || matches!(
                o.kind(),
                Kind::Int
                    | Kind::Bool
                    | Kind::Float
                    | Kind::Complex
                    | Kind::Str
                    | Kind::Bytes
                    | Kind::ByteArray
                    | Kind::NoneType
                    | Kind::Range
                    | Kind::Array
                    | Kind::Struct
                    | Kind::Ellipsis
                    | Kind::NotImplemented
            ))
}

/// The bytes `sys.getsizeof` counts besides `__sizeof__()`: the
/// collector's header, and an instance dict's two pointers kept before
/// the object of a class whose instances have one.
fn hidden_size(o: Value) -> i64 {
    let mut n = 0;
    if gc_tracked(o) {
        n += 16;
    }
    if let Some(c) = object::type_of(o).class {
        // Layouts with items (`int`, `tuple`, `bytes`) keep the dict
        // pointer inside, counted by `__sizeof__` already.
        let items = crate::class::instance::payload(o).is_some_and(|p| {
            matches!(p.kind(), Kind::Int | Kind::Bool | Kind::Tuple | Kind::Bytes)
        });
        if c.slot_names.is_none() && o.kind() == Kind::Instance && !items {
            n += 16;
        }
    }
    n
}

fn builtin_size(o: Value) -> usize {
    match o.kind() {
        Kind::Int | Kind::Bool => int_size(o),
        Kind::Float => 24,
        Kind::Complex => 32,
        Kind::Str => str_size(crate::objects::str::as_str(o)),
        Kind::Bytes => 33 + crate::objects::bytes::ops::len(o),
        Kind::ByteArray => {
            let n = crate::objects::bytes::ops::len(o);
            56 + if n == 0 { 0 } else { n + 1 }
        }
        Kind::List => 40 + PTR * crate::objects::list::ops::len(o),
        Kind::Tuple => 24 + PTR * crate::objects::tuple::items(o).len(),
        Kind::Dict => dict_size(o),
        Kind::Set | Kind::FrozenSet => set_size(crate::objects::set::len(o)),
        Kind::Range => 48,
        Kind::Exception => 72,
        Kind::Slice => 40,
        Kind::Array => {
            let n = crate::stdlib::array::len(o);
            let item =
                crate::stdlib::array::itemsize(o.as_ref::<crate::stdlib::array::ArrayObj>().code);
            64 + item * n
        }
        Kind::Struct => crate::stdlib::structmod::object::size_of(o),
        Kind::Type => type_size(o),
        _ => OBJECT,
    }
}

/// An int: a header, a size, and 30-bit digits (at least one).
fn int_size(o: Value) -> usize {
    let bits = match crate::objects::int::as_big(o) {
        Some(b) => b.bit_len(),
        None => {
            let v = crate::objects::int::as_i64(o).unwrap_or(0);
            64 - v.unsigned_abs().leading_zeros() as usize
        }
    };
    24 + 4 * bits.div_ceil(30).max(1)
}

/// A str in CPython's compact layouts: ASCII, or 1, 2 or 4 bytes per code
/// point by the largest one, plus the terminator.
fn str_size(s: &str) -> usize {
    let max = s
        .chars()
        .map(crate::objects::str::code_point)
        .max()
        .unwrap_or(0);
    let n = s.chars().count();
    match max {
        0..=0x7f => 48 + n + 1,
        0x80..=0xff => 72 + n + 1,
        0x100..=0xffff => 72 + 2 * (n + 1),
        _ => 72 + 4 * (n + 1),
    }
}

/// A dict's header plus its keys table, at the size inserting its items
/// one by one reaches: the table grows when full to the power of two
/// above three times its use; entries are 16 bytes with only str keys,
/// else 24; indices 1, 2, 4 or 8 bytes by the table's size.
fn dict_size(o: Value) -> usize {
    let n = crate::objects::dict::len(o);
    if n == 0 {
        return 48;
    }
    let mut size = 8usize;
    while n > usable(size) {
        size = (usable(size) * 3).next_power_of_two();
    }
    let all_str = crate::objects::dict::keys_vec(o)
        .iter()
        .all(|k| k.kind() == Kind::Str);
    let entry = if all_str { 16 } else { 24 };
    let index = match size {
        0..=128 => 1,
        129..=0x8000 => 2,
        0x8001..=0x8000_0000 => 4,
        _ => 8,
    };
    48 + 32 + size * index + usable(size) * entry
}

/// `USABLE_FRACTION`: how many entries a dict table of `size` slots holds.
fn usable(size: usize) -> usize {
    (size << 1) / 3
}

/// A set's header with its 8-entry small table, plus a separate table of
/// 16-byte entries once it outgrows that: a set fills to three fifths,
/// then grows to four times its use (twice beyond 50 000 items).
fn set_size(n: usize) -> usize {
    let mut mask = 7usize;
    let mut fill = 0usize;
    for used in 1..=n {
        fill += 1;
        if fill * 5 >= mask * 3 {
            let want = if used > 50_000 { used * 2 } else { used * 4 };
            let mut size = 8;
            while size <= want {
                size <<= 1;
            }
            mask = size - 1;
        }
    }
    200 + if mask > 7 { 16 * (mask + 1) } else { 0 }
}

/// `type.__sizeof__`: a heap type's larger header for classes, a static
/// type's for the built-in ones.
fn type_size(o: Value) -> usize {
    let t = o.as_ref::<crate::object::TypeObj>();
    if t.class.is_some() {
        1672
    } else {
        408
    }
}

/// `sys.getsizeof(object[, default])`: `__sizeof__()` plus the
/// collector's header for the objects CPython's collector tracks.
pub fn getsizeof(args: Args) -> R<Value> {
    let [o, default] =
        crate::builtins::args::bind_clinic("getsizeof", &args, ["object", "default"], 0, 1)?;
    let o = o.unwrap_or(Value::NULL);
    let f = match crate::protocol::dispatch::getattr(o, crate::objects::str::new("__sizeof__")) {
        Ok(f) => f,
        Err(p) => {
            return match default {
                Some(d) if crate::exc::error::take_pending_if(&crate::exc::ATTRIBUTE_ERROR) => {
                    Ok(d)
                }
                _ => Err(p),
            }
        }
    };
    let r = crate::protocol::dispatch::call(f, Args::positional(&[]))?;
    let n = crate::protocol::num::index(r)?;
    if n < 0 {
        return Err(crate::exc::error::value_error(
            "__sizeof__() should return >= 0",
        ));
    }
    Ok(crate::objects::int::from_i64(n + hidden_size(o)))
}
