//! `array`: the type `array.array` (items of one C type stored as raw
//! native bytes, so the array is a buffer `memoryview`, `bytes` and
//! `struct` read and write), its construction, the conversions between
//! values and items with CPython 3.11's checks and messages, and the
//! module (`typecodes`, `ArrayType`, `_array_reconstructor`). Sequence
//! operations are in `ops.rs`, methods and the attribute table in
//! `methods.rs`.
//!
//! Deviations: an array exporting a buffer can still change size
//! (CPython's BufferError needs reference counts, as for `bytearray`).

pub mod methods;
pub mod ops;

use crate::exc::error::{overflow_error, type_error, value_error, R};
use crate::gc::RootedVec;
use crate::object::{type_name, Header, Kind, Object, TypeObj, OBJECT_TYPE};
use crate::objects::{bytes, int};
use crate::protocol::args::Args;
use crate::protocol::{dispatch, num};
use crate::stdlib::ModuleBuilder;
use crate::value::Value;
use std::cell::{Cell, RefCell};

/// `array.array`
pub static ARRAY_TYPE: TypeObj =
    TypeObj::builtin("array.array", Some(&OBJECT_TYPE), Kind::Array).with_attrs(&methods::ATTRS);

/// The type codes, in CPython's order (`array.typecodes`).
pub const TYPECODES: &str = "bBuhHiIlLqQfd";

/// An array. Instances of user subclasses keep this layout with their
/// class in `header.ty`.
#[repr(C)]
pub struct ArrayObj {
    pub header: Header,
    /// The type code.
    pub code: u8,
    /// The items, `itemsize(code)` native (little-endian) bytes each. Never
    /// borrowed across a call that can run Al code.
    pub data: RefCell<Vec<u8>>,
}

// SAFETY: repr(C), Header first; every Kind::Array object is an ArrayObj.
unsafe impl Object for ArrayObj {
    const KINDS: &'static [Kind] = &[Kind::Array];

    fn trace(&self, _t: &mut crate::gc::Tracer) {}
}

/// The size of one item of type code `code`.
pub fn itemsize(code: u8) -> usize {
    match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'u' | b'i' | b'I' | b'f' => 4,
        _ => 8,
    }
}

/// The array behind `v`; the caller has checked the kind.
#[inline]
pub fn obj(v: Value) -> &'static ArrayObj {
    v.as_ref::<ArrayObj>()
}

/// True for arrays (and instances of subclasses).
pub fn is_array(v: Value) -> bool {
    !v.is_small() && v.kind() == Kind::Array
}

/// A new array of type `ty` (`array.array` or a subclass) with raw items.
pub fn new_array(ty: &'static TypeObj, code: u8, data: Vec<u8>) -> Value {
    Value::from_ref(crate::gc::alloc(ArrayObj {
        header: Header {
            ty,
            kind: Kind::Array,
            flags: Cell::new(0),
        },
        code,
        data: RefCell::new(data),
    }))
}

/// The number of items.
#[inline]
pub fn len(a: Value) -> usize {
    let o = obj(a);
    o.data.borrow().len() / itemsize(o.code)
}

/// A copy of the raw items.
pub fn raw(a: Value) -> Vec<u8> {
    obj(a).data.borrow().clone()
}

// ---- items and values ------------------------------------------------------------

fn le_bits(b: &[u8]) -> u64 {
    let mut w = [0u8; 8];
    let n = b.len().min(8);
    w[..n].copy_from_slice(&b[..n]);
    u64::from_le_bytes(w)
}

/// The value of the item stored in `b` (its `itemsize` bytes).
pub fn decode(code: u8, b: &[u8]) -> R<Value> {
    let bits = le_bits(b);
    let signed = |n: u32| int::from_i64(((bits << (64 - n)) as i64) >> (64 - n));
    Ok(match code {
        b'b' => signed(8),
        b'h' => signed(16),
        b'i' => signed(32),
        b'l' | b'q' => signed(64),
        b'f' => crate::objects::float::new(f32::from_bits(bits as u32) as f64),
        b'd' => crate::objects::float::new(f64::from_bits(bits)),
        b'u' => {
            // `wchar_t` is a signed 32-bit int.
            let n = bits as u32 as i32;
            if !(0..0x110000).contains(&n) {
                return Err(value_error("chr() arg not in range(0x110000)"));
            }
            let c = char_of(n as u32)?;
            let mut buf = [0u8; 4];
            crate::objects::str::new(c.encode_utf8(&mut buf))
        }
        _ => int::from_i128(bits as i128),
    })
}

/// The stored character of code point `n` (below 0x110000; lone
/// surrogates as `alrt_abi::text` stores them).
fn char_of(n: u32) -> R<char> {
    crate::objects::str::char_of(n)
}

/// The C `long` of an int, or CPython's OverflowError.
fn c_long(i: Value) -> R<i64> {
    int::as_i64(i).ok_or_else(|| overflow_error("Python int too large to convert to C long"))
}

/// The bits that store `v` as an item of type code `code`, with the
/// checks and messages of CPython's `*_setitem` functions.
pub fn encode(code: u8, v: Value) -> R<u64> {
    match code {
        b'u' => {
            let c = crate::objects::str::try_str(v).and_then(|s| {
                let mut it = s.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => Some(c),
                    _ => None,
                }
            });
            return c
                .map(|c| crate::objects::str::code_point(c) as u64)
                .ok_or_else(|| type_error("array item must be unicode character"));
        }
        b'f' => {
            let x = crate::stdlib::math::as_double(v)?;
            return Ok((x as f32).to_bits() as u64);
        }
        b'd' => return Ok(crate::stdlib::math::as_double(v)?.to_bits()),
        _ => {}
    }
    let i = num::int_arg(v)?;
    let ranged = |lo: i64, hi: i64, what: &str| -> R<u64> {
        let n = c_long(i)?;
        if n < lo {
            return Err(overflow_error(format!("{what} is less than minimum")));
        }
        if n > hi {
            return Err(overflow_error(format!("{what} is greater than maximum")));
        }
        Ok(n as u64)
    };
    match code {
        b'b' => ranged(-128, 127, "signed char"),
        b'B' => ranged(0, 255, "unsigned byte integer"),
        b'h' => ranged(-32768, 32767, "signed short integer"),
        b'H' => ranged(0, 65535, "unsigned short"),
        b'i' => ranged(i32::MIN as i64, i32::MAX as i64, "signed integer"),
        b'l' => Ok(c_long(i)? as u64),
        b'q' => int::as_i64(i)
            .map(|n| n as u64)
            .ok_or_else(|| overflow_error("int too big to convert")),
        b'Q' => {
            if int::is_negative(i) {
                return Err(overflow_error("can't convert negative int to unsigned"));
            }
            u64::try_from(&int::to_ibig(i)).map_err(|_| overflow_error("int too big to convert"))
        }
        _ => {
            // 'I' and 'L': C `unsigned long` first.
            if int::is_negative(i) {
                return Err(overflow_error(
                    "can't convert negative value to unsigned int",
                ));
            }
            let n = u64::try_from(&int::to_ibig(i)).map_err(|_| {
                overflow_error("Python int too large to convert to C unsigned long")
            })?;
            if code == b'I' && n > u32::MAX as u64 {
                return Err(overflow_error("unsigned int is greater than maximum"));
            }
            Ok(n)
        }
    }
}

/// Makes room for `extra` more bytes in `v`, or raises MemoryError.
pub fn reserve(v: &mut Vec<u8>, extra: usize) -> R<()> {
    if v.len().saturating_add(extra) > isize::MAX as usize || v.try_reserve(extra).is_err() {
        return Err(crate::objects::list::ops::memory_error());
    }
    Ok(())
}

/// Appends the item bits `bits` to `out` for type code `code`.
pub fn push_bits(out: &mut Vec<u8>, code: u8, bits: u64) {
    out.extend_from_slice(&bits.to_le_bytes()[..itemsize(code)]);
}

/// Item `i` of array `a` as a value (None past the end).
pub fn item_at(a: Value, i: usize) -> R<Option<Value>> {
    let o = obj(a);
    let size = itemsize(o.code);
    let d = o.data.borrow();
    match d.get(i * size..(i + 1) * size) {
        Some(b) => decode(o.code, b).map(Some),
        None => Ok(None),
    }
}

/// The values of every item, rooted.
pub fn values(a: Value) -> R<RootedVec> {
    let o = obj(a);
    let size = itemsize(o.code);
    let mut out = RootedVec::new();
    let n = len(a);
    crate::objects::list::ops::try_reserve(&mut out, n)?;
    for i in 0..n {
        let v = {
            let d = o.data.borrow();
            match d.get(i * size..(i + 1) * size) {
                Some(b) => decode(o.code, b)?,
                None => break,
            }
        };
        out.push(v);
    }
    Ok(out)
}

/// The text of a `'u'` array, with CPython's check of each code point.
pub fn unicode_text(a: Value) -> R<String> {
    let d = obj(a).data.borrow();
    let mut s = String::with_capacity(d.len() / 4);
    for c in d.chunks_exact(4) {
        let n = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
        if n >= 0x110000 {
            return Err(value_error(format!(
                "character U+{n:x} is not in range [U+0000; U+10ffff]"
            )));
        }
        s.push(char_of(n)?);
    }
    Ok(s)
}

/// The raw items for the code points of `s` (a `'u'` array's).
pub fn unicode_bytes(s: &str) -> Vec<u8> {
    s.chars()
        .flat_map(|c| crate::objects::str::code_point(c).to_le_bytes())
        .collect()
}

// ---- construction ------------------------------------------------------------------

/// A type code argument: a str of one character.
pub fn typecode_arg(v: Value, what: &str) -> R<u8> {
    let c = crate::objects::str::try_str(v).and_then(|s| {
        let mut it = s.chars();
        match (it.next(), it.next()) {
            (Some(c), None) => Some(c),
            _ => None,
        }
    });
    match c {
        Some(c) => Ok(if c.is_ascii() { c as u8 } else { 0 }),
        None => Err(type_error(format!(
            "{what} must be a unicode character, not {}",
            type_name(v)
        ))),
    }
}

/// True for the type codes arrays have.
pub fn valid_code(c: u8) -> bool {
    c != 0 && TYPECODES.as_bytes().contains(&c)
}

/// `array(typecode[, initializer])`, for `array.array` or a subclass `ty`.
pub fn construct(ty: &'static TypeObj, args: Args) -> R<Value> {
    if std::ptr::eq(ty, &ARRAY_TYPE) {
        args.no_kwargs("array.array")?;
    }
    match args.pos.len() {
        0 => return Err(type_error("array() takes at least 1 argument (0 given)")),
        1 | 2 => {}
        n => {
            return Err(type_error(format!(
                "array() takes at most 2 arguments ({n} given)"
            )))
        }
    }
    let code = typecode_arg(args.pos[0], "array() argument 1")?;
    if !valid_code(code) {
        return Err(value_error(
            "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)",
        ));
    }
    let data = match args.pos.get(1) {
        Some(&init) => initial_items(code, init)?,
        None => Vec::new(),
    };
    Ok(new_array(ty, code, data))
}

/// The raw items an initializer gives an array of type code `code`.
fn initial_items(code: u8, init: Value) -> R<Vec<u8>> {
    let p = crate::class::instance::unwrap(init);
    if code != b'u' {
        if crate::objects::str::try_str(p).is_some() {
            return Err(type_error(format!(
                "cannot use a str to initialize an array with typecode '{}'",
                code as char
            )));
        }
        if is_array(p) && obj(p).code == b'u' {
            return Err(type_error(format!(
                "cannot use a unicode array to initialize an array with typecode '{}'",
                code as char
            )));
        }
    }
    if !p.is_small() {
        match p.kind() {
            Kind::Bytes | Kind::ByteArray => {
                let d = bytes::data(p).unwrap_or_default().into_owned();
                if !d.len().is_multiple_of(itemsize(code)) {
                    return Err(value_error("bytes length not a multiple of item size"));
                }
                return Ok(d);
            }
            Kind::Str => {
                return Ok(unicode_bytes(crate::objects::str::as_str(p)));
            }
            Kind::Array if obj(p).code == code => return Ok(raw(p)),
            Kind::List | Kind::Tuple => {
                let items = dispatch::collect(init)?;
                let mut out = Vec::new();
                reserve(&mut out, items.len().saturating_mul(itemsize(code)))?;
                for &x in items.iter() {
                    push_bits(&mut out, code, encode(code, x)?);
                }
                return Ok(out);
            }
            _ => {}
        }
    }
    let it = dispatch::iter(init)?;
    let mut out = Vec::new();
    while let Some(x) = dispatch::next(it)? {
        push_bits(&mut out, code, encode(code, x)?);
    }
    Ok(out)
}

// ---- the module -------------------------------------------------------------------

/// Defines `array`'s attributes.
pub fn init(b: &mut ModuleBuilder) -> R<()> {
    b.value("ArrayType", ARRAY_TYPE.value());
    b.func(&methods::ARRAY_RECONSTRUCTOR);
    b.value("array", ARRAY_TYPE.value());
    b.value("typecodes", crate::objects::str::new(TYPECODES));
    Ok(())
}

/// True for `array.array` and its subclasses' layout (for `basetype`).
pub fn is_array_type(t: &'static TypeObj) -> bool {
    std::ptr::eq(t, &ARRAY_TYPE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{f, i, ints, r, s, show};

    fn arr(code: &str, init: Value) -> Value {
        construct(&ARRAY_TYPE, Args::positional(&[s(code), init])).unwrap()
    }

    fn big(x: i128) -> Value {
        int::from_i128(x)
    }

    #[test]
    fn overflow_messages() {
        // python3 -c "import array; a = array.array(c); a.append(v)" for each pair.
        let cases: &[(u8, i128, &str)] = &[
            (
                b'b',
                -129,
                "OverflowError: signed char is less than minimum",
            ),
            (
                b'b',
                128,
                "OverflowError: signed char is greater than maximum",
            ),
            (
                b'B',
                -1,
                "OverflowError: unsigned byte integer is less than minimum",
            ),
            (
                b'h',
                1 << 15,
                "OverflowError: signed short integer is greater than maximum",
            ),
            (
                b'H',
                1 << 16,
                "OverflowError: unsigned short is greater than maximum",
            ),
            (
                b'i',
                -(1 << 31) - 1,
                "OverflowError: signed integer is less than minimum",
            ),
            (
                b'I',
                -1,
                "OverflowError: can't convert negative value to unsigned int",
            ),
            (
                b'I',
                1 << 32,
                "OverflowError: unsigned int is greater than maximum",
            ),
            (
                b'I',
                1 << 64,
                "OverflowError: Python int too large to convert to C unsigned long",
            ),
            (
                b'b',
                1 << 63,
                "OverflowError: Python int too large to convert to C long",
            ),
            (
                b'l',
                1 << 63,
                "OverflowError: Python int too large to convert to C long",
            ),
            (
                b'L',
                1 << 64,
                "OverflowError: Python int too large to convert to C unsigned long",
            ),
            (b'q', 1 << 63, "OverflowError: int too big to convert"),
            (
                b'Q',
                -1,
                "OverflowError: can't convert negative int to unsigned",
            ),
            (b'Q', 1 << 64, "OverflowError: int too big to convert"),
        ];
        for &(code, v, want) in cases {
            let got = show(encode(code, big(v)).map(|_| crate::object::none()));
            assert_eq!(got, format!("!{want}"), "{} {v}", code as char);
        }
        assert_eq!(encode(b'Q', big(u64::MAX as i128)).ok(), Some(u64::MAX));
        assert_eq!(encode(b'b', i(-1)).ok(), Some(u64::MAX));
        assert_eq!(
            show(encode(b'i', f(1.5)).map(|_| crate::object::none())),
            "!TypeError: 'float' object cannot be interpreted as an integer"
        );
        assert_eq!(
            show(encode(b'd', s("x")).map(|_| crate::object::none())),
            "!TypeError: must be real number, not str"
        );
        assert_eq!(
            show(encode(b'u', s("ab")).map(|_| crate::object::none())),
            "!TypeError: array item must be unicode character"
        );
    }

    #[test]
    fn items_round_trip_and_repr() {
        let a = arr("h", ints(&[1, -2, 300]));
        assert_eq!(r(a), "array('h', [1, -2, 300])");
        assert_eq!(raw(a), [1, 0, 0xfe, 0xff, 0x2c, 1]);
        assert_eq!(r(arr("u", s("hé"))), "array('u', 'hé')");
        assert_eq!(
            r(arr("f", crate::testing::t(&[f(0.1)]))),
            "array('f', [0.10000000149011612])"
        );
        assert_eq!(r(arr("d", ints(&[]))), "array('d')");
        let u = new_array(&ARRAY_TYPE, b'u', vec![0, 0, 0x11, 0]);
        assert_eq!(
            show(item_at(u, 0).map(|v| v.unwrap_or_else(crate::object::none))),
            "!ValueError: chr() arg not in range(0x110000)"
        );
        assert_eq!(
            show(crate::protocol::dispatch::repr(u).map(|_| crate::object::none())),
            "!ValueError: character U+110000 is not in range [U+0000; U+10ffff]"
        );
    }

    #[test]
    fn constructor_errors() {
        let e = |pos: &[Value]| show(construct(&ARRAY_TYPE, Args::positional(pos)));
        assert_eq!(
            e(&[]),
            "!TypeError: array() takes at least 1 argument (0 given)"
        );
        assert_eq!(
            e(&[s("z")]),
            "!ValueError: bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"
        );
        assert_eq!(
            e(&[s("ii")]),
            "!TypeError: array() argument 1 must be a unicode character, not str"
        );
        assert_eq!(
            e(&[s("i"), s("abc")]),
            "!TypeError: cannot use a str to initialize an array with typecode 'i'"
        );
        assert_eq!(
            e(&[s("h"), crate::objects::bytes::new_bytes(b"abc")]),
            "!ValueError: bytes length not a multiple of item size"
        );
        assert_eq!(
            e(&[s("i"), i(5)]),
            "!TypeError: 'int' object is not iterable"
        );
    }
}
