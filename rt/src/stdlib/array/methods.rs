//! The methods and attribute table of `array.array`, the pickle support
//! (`__reduce_ex__` and `array._array_reconstructor` with CPython's
//! machine format codes), with CPython 3.11's argument rules and messages.

use super::ops;
use super::{encode, is_array, itemsize, obj, push_bits, ARRAY_TYPE};
use crate::exc::error::{index_error, raise, type_error, value_error, R};
use crate::object::{self, type_name, Kind, TypeObj};
use crate::objects::func::BuiltinObj;
use crate::objects::{bytes, int, slice};
use crate::protocol::args::Args;
use crate::protocol::dispatch;
use crate::types::slots;
use crate::value::Value;

crate::attr_table! {
    /// The attributes of `array.array`.
    pub static ATTRS for ARRAY_TYPE = [
        slot "__add__" => slots::add;
        slot "__contains__" => slots::contains;
        method "__copy__" => |a, args| {
            args.positional_range("array.__copy__", 0, 0)?;
            Ok(copy(a))
        };
        method "__deepcopy__" => |a, args| {
            args.positional_range("array.__deepcopy__", 1, 1)?;
            Ok(copy(a))
        };
        slot "__delitem__" => slots::delitem;
        slot "__eq__" => slots::eq;
        slot "__ge__" => slots::ge;
        slot "__getattribute__" => slots::getattribute;
        slot "__getitem__" => slots::getitem;
        slot "__gt__" => slots::gt;
        none "__hash__";
        slot "__iadd__" => slots::iadd;
        slot "__imul__" => slots::imul;
        slot "__iter__" => slots::iter;
        slot "__le__" => slots::le;
        slot "__len__" => slots::len;
        slot "__lt__" => slots::lt;
        slot "__mul__" => slots::mul;
        slot "__ne__" => slots::ne;
        new "__new__" => slots::new;
        rawmethod "__reduce_ex__" => reduce_ex;
        slot "__repr__" => slots::repr;
        slot "__rmul__" => slots::rmul;
        slot "__setitem__" => slots::setitem;
        rawmethod "__sizeof__" => crate::types::sizeof::method;
        method "append" => |a, args| {
            let x = args.positional_range("array.append", 1, 1)?[0];
            append(a, x)?;
            Ok(object::none())
        };
        method "buffer_info" => |a, args| {
            args.positional_range("array.buffer_info", 0, 0)?;
            let addr = obj(a).data.borrow().as_ptr() as usize;
            Ok(crate::objects::tuple::from_slice(&[
                int::from_i128(addr as i128),
                int::from_i64(super::len(a) as i64),
            ]))
        };
        method "byteswap" => |a, args| {
            args.positional_range("array.byteswap", 0, 0)?;
            let o = obj(a);
            let size = itemsize(o.code);
            o.data.borrow_mut().chunks_exact_mut(size).for_each(|c| c.reverse());
            Ok(object::none())
        };
        method "count" => |a, args| {
            let x = args.positional_range("array.count", 1, 1)?[0];
            let mut n = 0i64;
            let mut i = 0;
            while let Some(y) = super::item_at(a, i)? {
                if dispatch::container_eq(y, x)? {
                    n += 1;
                }
                i += 1;
            }
            Ok(int::from_i64(n))
        };
        method "extend" => |a, args| {
            let x = defining_class_args("extend", &args, 1)?[0];
            extend(a, x)?;
            Ok(object::none())
        };
        method "frombytes" => |a, args| {
            let b = args.positional_range("array.frombytes", 1, 1)?[0];
            frombytes(a, b)?;
            Ok(object::none())
        };
        method "fromfile" => |a, args| {
            let p = defining_class_args("fromfile", &args, 2)?;
            fromfile(a, p[0], p[1])?;
            Ok(object::none())
        };
        method "fromlist" => |a, args| {
            let l = args.positional_range("array.fromlist", 1, 1)?[0];
            if l.is_small() || l.kind() != Kind::List {
                return Err(type_error("arg must be list"));
            }
            let items = dispatch::collect(l)?;
            let code = obj(a).code;
            let mut add = Vec::new();
            for &x in items.iter() {
                push_bits(&mut add, code, encode(code, x)?);
            }
            push_raw(a, &add)?;
            Ok(object::none())
        };
        method "fromunicode" => |a, args| {
            let s = args.positional_range("array.fromunicode", 1, 1)?[0];
            let Some(text) = crate::objects::str::try_str(s) else {
                return Err(type_error(format!(
                    "fromunicode() argument must be str, not {}",
                    type_name(s)
                )));
            };
            if obj(a).code != b'u' {
                return Err(value_error(
                    "fromunicode() may only be called on unicode type arrays",
                ));
            }
            push_raw(a, &super::unicode_bytes(text))?;
            Ok(object::none())
        };
        method "index" => index;
        method "insert" => |a, args| {
            args.no_kwargs("array.insert")?;
            crate::builtins::args::check_count("insert", args.pos.len(), 2, 2)?;
            let i = slice::index_arg(args.pos[0])?;
            let code = obj(a).code;
            let bits = encode(code, args.pos[1])?;
            let n = super::len(a) as i64;
            let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
            let size = itemsize(code);
            let mut d = obj(a).data.borrow_mut();
            super::reserve(&mut d, size)?;
            d.splice(at * size..at * size, bits.to_le_bytes()[..size].iter().copied());
            Ok(object::none())
        };
        getset "itemsize" => |a| Ok(int::from_i64(itemsize(obj(a).code) as i64));
        method "pop" => |a, args| {
            args.no_kwargs("array.pop")?;
            crate::builtins::args::check_count("pop", args.pos.len(), 0, 1)?;
            let i = match args.pos.first() {
                Some(v) => slice::index_arg(*v)?,
                None => -1,
            };
            let n = super::len(a);
            if n == 0 {
                return Err(index_error("pop from empty array"));
            }
            let j = if i < 0 { i + n as i64 } else { i };
            if j < 0 || j >= n as i64 {
                return Err(index_error("pop index out of range"));
            }
            let v = super::item_at(a, j as usize)?.unwrap_or_else(object::none);
            ops::remove_at(a, j as usize);
            Ok(v)
        };
        method "remove" => |a, args| {
            let x = args.positional_range("array.remove", 1, 1)?[0];
            match ops::find(a, x, 0, usize::MAX)? {
                Some(i) if i < super::len(a) => {
                    ops::remove_at(a, i);
                    Ok(object::none())
                }
                _ => Err(value_error("array.remove(x): x not in array")),
            }
        };
        method "reverse" => |a, args| {
            args.positional_range("array.reverse", 0, 0)?;
            let o = obj(a);
            let size = itemsize(o.code);
            let mut d = o.data.borrow_mut();
            d.reverse();
            d.chunks_exact_mut(size).for_each(|c| c.reverse());
            Ok(object::none())
        };
        method "tobytes" => |a, args| {
            args.positional_range("array.tobytes", 0, 0)?;
            Ok(bytes::from_vec(super::raw(a)))
        };
        method "tofile" => |a, args| {
            let f = defining_class_args("tofile", &args, 1)?[0];
            tofile(a, f)?;
            Ok(object::none())
        };
        method "tolist" => |a, args| {
            args.positional_range("array.tolist", 0, 0)?;
            Ok(crate::objects::list::from_vec(super::values(a)?.into_vec()))
        };
        method "tounicode" => |a, args| {
            args.positional_range("array.tounicode", 0, 0)?;
            if obj(a).code != b'u' {
                return Err(value_error(
                    "tounicode() may only be called on unicode type arrays",
                ));
            }
            Ok(crate::objects::str::from_string(super::unicode_text(a)?))
        };
        getset "typecode" => |a| {
            let c = [obj(a).code];
            Ok(crate::objects::str::new(std::str::from_utf8(&c).unwrap_or("?")))
        };
    ]
}

/// The arguments of a method CPython declares with its defining class
/// (`extend`, `fromfile`, `tofile`, `__reduce_ex__`): exactly `n`
/// positional ones, in Argument Clinic's words.
fn defining_class_args<'a>(name: &str, args: &Args<'a>, n: usize) -> R<&'a [Value]> {
    let npos = args.pos.len();
    let total = npos + args.kwnames.len();
    let s = if n == 1 { "" } else { "s" };
    if total > n {
        return Err(type_error(format!(
            "{name}() takes at most {n} argument{s} ({total} given)"
        )));
    }
    if npos < n {
        return Err(type_error(format!(
            "{name}() takes exactly {n} positional argument{s} ({npos} given)"
        )));
    }
    Ok(args.pos)
}

/// A copy of `a` as an `array.array` (`__copy__`, `__deepcopy__`).
fn copy(a: Value) -> Value {
    super::new_array(&ARRAY_TYPE, obj(a).code, super::raw(a))
}

/// Appends raw items to `a`.
pub fn push_raw(a: Value, add: &[u8]) -> R<()> {
    if add.is_empty() {
        return Ok(());
    }
    let mut d = obj(a).data.borrow_mut();
    super::reserve(&mut d, add.len())?;
    d.extend_from_slice(add);
    Ok(())
}

/// `a.append(x)`
pub fn append(a: Value, x: Value) -> R<()> {
    let code = obj(a).code;
    let bits = encode(code, x)?;
    let size = itemsize(code);
    push_raw(a, &bits.to_le_bytes()[..size])
}

/// `a.extend(iterable)`: an array of the same type code, or any iterable
/// (the items before a failing one stay appended, as in CPython).
pub fn extend(a: Value, x: Value) -> R<()> {
    if is_array(x) {
        return ops::extend_array(a, x);
    }
    let it = dispatch::iter(x)?;
    while let Some(v) = dispatch::next(it)? {
        append(a, v)?;
    }
    Ok(())
}

/// `a.frombytes(buffer)`: a buffer of single bytes whose length is a
/// multiple of the item size.
fn frombytes(a: Value, b: Value) -> R<()> {
    let wide = (is_array(b) && itemsize(obj(b).code) != 1)
        || (!b.is_small()
            && b.kind() == Kind::MemoryView
            && crate::objects::bytes::memoryview::view_item_size(b) != 1);
    if wide {
        return Err(type_error("a bytes-like object is required"));
    }
    let d = bytes::buffer_arg(b)?.into_owned();
    if d.len() % itemsize(obj(a).code) != 0 {
        return Err(value_error("bytes length not a multiple of item size"));
    }
    push_raw(a, &d)
}

/// `a.fromfile(f, n)`: `n` items read with `f.read`.
fn fromfile(a: Value, f: Value, n: Value) -> R<()> {
    let n = slice::index_arg(n)?;
    if n < 0 {
        return Err(value_error("negative count"));
    }
    let size = itemsize(obj(a).code) as i64;
    if n > isize::MAX as i64 / size {
        return Err(crate::objects::list::ops::memory_error());
    }
    let nbytes = n * size;
    let r = dispatch::call_method(
        f,
        crate::objects::str::new("read"),
        Args::positional(&[int::from_i64(nbytes)]),
    )?;
    if r.is_small() || r.kind() != Kind::Bytes {
        return Err(type_error("read() didn't return bytes"));
    }
    let got = bytes::bytes_data(r).len();
    frombytes(a, r)?;
    if got as i64 != nbytes {
        return Err(raise(
            &crate::exc::EOF_ERROR,
            "read() didn't return enough bytes",
        ));
    }
    Ok(())
}

/// `a.tofile(f)`: the raw items written with `f.write`, 64 KiB at a time.
fn tofile(a: Value, f: Value) -> R<()> {
    const BLOCK: usize = 64 * 1024;
    let d = super::raw(a);
    let write = crate::objects::str::new("write");
    for chunk in d.chunks(BLOCK) {
        let b = bytes::new_bytes(chunk);
        dispatch::call_method(f, write, Args::positional(&[b]))?;
    }
    Ok(())
}

/// `a.index(x, start=0, stop=sys.maxsize)`
fn index(a: Value, args: Args) -> R<Value> {
    args.no_kwargs("array.index")?;
    crate::builtins::args::check_count("index", args.pos.len(), 1, 3)?;
    let x = args.pos[0];
    let bounds = slice::index_bounds(args.pos.get(1), args.pos.get(2))?;
    let (start, stop) = slice::resolve_bounds(bounds, super::len(a) as i64);
    let (lo, hi) = (start as usize, stop as usize);
    match ops::find(a, x, lo, hi)? {
        Some(i) => Ok(int::from_i64(i as i64)),
        None => Err(value_error("array.index(x): x not in array")),
    }
}

// ---- pickling -------------------------------------------------------------------

/// CPython's machine format code of each type code on x86-64 and aarch64
/// Linux (little-endian, `long` and `wchar_t` of 8 and 4 bytes).
fn mformat(code: u8) -> i64 {
    match code {
        b'B' => 0,
        b'b' => 1,
        b'H' => 2,
        b'h' => 4,
        b'I' => 6,
        b'i' => 8,
        b'L' | b'Q' => 10,
        b'l' | b'q' => 12,
        b'f' => 14,
        b'd' => 16,
        _ => 20,
    }
}

/// `a.__reduce_ex__(protocol)`
fn reduce_ex(a: Value, args: Args) -> R<Value> {
    let p = defining_class_args("__reduce_ex__", &args, 1)?[0];
    let Some(protocol) = crate::protocol::num::int_value(p) else {
        return Err(type_error("__reduce_ex__ argument should be an integer"));
    };
    let arr = crate::class::instance::unwrap(a);
    let ty = object::type_of(a).value();
    let dict = match dispatch::getattr(a, crate::objects::str::new("__dict__")) {
        Ok(d) => d,
        Err(e) => {
            if !crate::exc::error::take_pending_if(&crate::exc::ATTRIBUTE_ERROR) {
                return Err(e);
            }
            object::none()
        }
    };
    let code = crate::objects::str::from_string((obj(arr).code as char).to_string());
    let small_protocol = int::as_i64(protocol).is_some_and(|n| n < 3);
    if small_protocol {
        let list = crate::objects::list::from_vec(super::values(arr)?.into_vec());
        let t = crate::objects::tuple::from_slice(&[code, list]);
        return Ok(crate::objects::tuple::from_slice(&[ty, t, dict]));
    }
    let items = bytes::from_vec(super::raw(arr));
    let t = crate::objects::tuple::from_slice(&[
        ty,
        code,
        int::from_i64(mformat(obj(arr).code)),
        items,
    ]);
    Ok(crate::objects::tuple::from_slice(&[
        Value::from_ref(&ARRAY_RECONSTRUCTOR),
        t,
        dict,
    ]))
}

/// `array._array_reconstructor(arraytype, typecode, mformat_code, items)`
pub static ARRAY_RECONSTRUCTOR: BuiltinObj =
    BuiltinObj::new("_array_reconstructor", array_reconstructor);

fn array_reconstructor(args: Args) -> R<Value> {
    args.no_kwargs("_array_reconstructor")?;
    crate::builtins::args::check_count("_array_reconstructor", args.pos.len(), 4, 4)?;
    let (t, tc, mf, items) = (args.pos[0], args.pos[1], args.pos[2], args.pos[3]);
    let code = super::typecode_arg(tc, "_array_reconstructor() argument 2")?;
    let mf = crate::protocol::num::int_arg(mf)?;
    let mf = int::as_i64(mf)
        .filter(|n| i32::try_from(*n).is_ok())
        .ok_or_else(|| {
            crate::exc::error::overflow_error("Python int too large to convert to C int")
        })?;
    let Some(ty) = t.downcast::<TypeObj>() else {
        return Err(type_error(format!(
            "first argument must be a type object, not {}",
            type_name(t)
        )));
    };
    if !ty.is_subtype(&ARRAY_TYPE) {
        return Err(type_error(format!(
            "{} is not a subtype of array.array",
            ty.name
        )));
    }
    if !super::valid_code(code) {
        return Err(value_error("second argument must be a valid type code"));
    }
    if !(0..=21).contains(&mf) {
        return Err(value_error(
            "third argument must be a valid machine format code.",
        ));
    }
    if items.is_small() || items.kind() != Kind::Bytes {
        return Err(type_error(format!(
            "fourth argument should be bytes, not {}",
            type_name(items)
        )));
    }
    let d = bytes::bytes_data(items);
    let make = |code: u8, init: Value| -> R<Value> {
        let tcv = crate::objects::str::from_string((code as char).to_string());
        dispatch::call(t, Args::positional(&[tcv, init]))
    };
    if mf == mformat(code) {
        return make(code, bytes::new_bytes(d));
    }
    let bad_len = || value_error("string length not a multiple of item size");
    match mf {
        18..=21 => {
            // UTF-16 and UTF-32: CPython wants a whole number of item pairs.
            let (unit, enc) = match mf {
                18 => (2, "utf-16-le"),
                19 => (2, "utf-16-be"),
                20 => (4, "utf-32-le"),
                _ => (4, "utf-32-be"),
            };
            if !d.len().is_multiple_of(2 * unit) {
                return Err(bad_len());
            }
            let s = crate::io::codec::decode_bytes(d, enc, "strict")?;
            make(code, s)
        }
        14..=17 => {
            let size = if mf < 16 { 4 } else { 8 };
            if !d.len().is_multiple_of(size) {
                return Err(bad_len());
            }
            let big = mf % 2 == 1;
            let vals: crate::gc::RootedVec = d
                .chunks_exact(size)
                .map(|c| {
                    let bits = machine_bits(c, big);
                    let x = if size == 4 {
                        f32::from_bits(bits as u32) as f64
                    } else {
                        f64::from_bits(bits)
                    };
                    crate::objects::float::new(x)
                })
                .collect();
            make(code, crate::objects::list::from_vec(vals.to_vec()))
        }
        _ => {
            // Integers: 0..=13 are (unsigned, signed) pairs of 1, 2, 4 and
            // 8 bytes; the array gets the last type code of that size and
            // signedness, as CPython picks it.
            let (size, signed, big) = match mf {
                0 => (1, false, false),
                1 => (1, true, false),
                _ => {
                    let k = (mf - 2) as usize;
                    (2usize << (k / 4), k % 4 >= 2, k % 2 == 1)
                }
            };
            if !d.len().is_multiple_of(size) {
                return Err(bad_len());
            }
            let vals: crate::gc::RootedVec = d
                .chunks_exact(size)
                .map(|c| {
                    let bits = machine_bits(c, big);
                    let shift = 64 - 8 * size as u32;
                    if signed {
                        int::from_i64(((bits << shift) as i64) >> shift)
                    } else {
                        int::from_i128(bits as i128)
                    }
                })
                .collect();
            let code = match (size, signed) {
                (1, true) => b'b',
                (1, false) => b'B',
                (2, true) => b'h',
                (2, false) => b'H',
                (4, true) => b'i',
                (4, false) => b'I',
                (_, true) => b'q',
                (_, false) => b'Q',
            };
            make(code, crate::objects::list::from_vec(vals.to_vec()))
        }
    }
}

/// The bits of one machine-format item (`big`: big-endian).
fn machine_bits(c: &[u8], big: bool) -> u64 {
    let mut w = [0u8; 8];
    let n = c.len().min(8);
    if big {
        for k in 0..n {
            w[k] = c[n - 1 - k];
        }
    } else {
        w[..n].copy_from_slice(&c[..n]);
    }
    u64::from_le_bytes(w)
}
