//! `int.to_bytes(length=1, byteorder='big', *, signed=False)` and the
//! classmethod `int.from_bytes(bytes, byteorder='big', *, signed=False)`,
//! with CPython's argument checks and OverflowErrors.

use crate::builtins::args::bind_clinic;
use crate::exc::error::{overflow_error, type_error, value_error, R};
use crate::object::{self, type_name, TypeObj};
use crate::protocol::args::Args;
use crate::value::Value;
use dashu_int::ops::{BitTest, UnsignedAbs};
use dashu_int::{IBig, UBig};

/// The positional limit of a method with keyword-only `signed`.
fn at_most_two(fname: &str, args: &Args) -> R<()> {
    if args.pos.len() > 2 {
        return Err(type_error(format!(
            "{fname}() takes at most 2 positional arguments ({} given)",
            args.pos.len()
        )));
    }
    Ok(())
}

/// `byteorder`: true for 'little'.
fn little(fname: &str, v: Option<Value>) -> R<bool> {
    let Some(v) = v else { return Ok(false) };
    let Some(s) = crate::objects::str::try_str(v) else {
        return Err(type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            type_name(v)
        )));
    };
    match s {
        "little" => Ok(true),
        "big" => Ok(false),
        _ => Err(value_error("byteorder must be either 'little' or 'big'")),
    }
}

fn signed(v: Option<Value>) -> R<bool> {
    match v {
        Some(v) => crate::protocol::dispatch::truthy(v),
        None => Ok(false),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`
pub fn int_to_bytes(o: Value, args: Args) -> R<Value> {
    at_most_two("to_bytes", &args)?;
    let [length, order, sign] =
        bind_clinic("to_bytes", &args, ["length", "byteorder", "signed"], 0, 0)?;
    let length = match length {
        Some(v) => crate::objects::slice::index_arg(v)?,
        None => 1,
    };
    if length < 0 {
        return Err(value_error("length argument must be non-negative"));
    }
    let little = little("to_bytes", order)?;
    let signed = signed(sign)?;
    let x = crate::objects::int::to_ibig(crate::protocol::num::int_arg(o)?);
    let negative = x < IBig::ZERO;
    if negative && !signed {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let too_big = || overflow_error("int too big to convert");
    let bits = (length as u64).checked_mul(8).ok_or_else(too_big)?;
    let m: UBig = x.unsigned_abs();
    let mbits = m.bit_len() as u64;
    let fits = if negative {
        // -2**(bits-1) <= x
        mbits < bits || (mbits == bits && m == (UBig::ONE << (m.bit_len() - 1)))
    } else if signed {
        mbits < bits || m == UBig::ZERO
    } else {
        mbits <= bits
    };
    if !fits {
        return Err(too_big());
    }
    let len = length as usize;
    let mut v = crate::objects::bytes::ops::try_vec(len)?;
    v.extend_from_slice(&m.to_le_bytes());
    v.resize(len, 0);
    if negative {
        // Two's complement: invert, then add one.
        let mut carry = true;
        for b in v.iter_mut() {
            let (r, c) = (!*b).overflowing_add(carry as u8);
            *b = r;
            carry = c;
        }
    }
    if !little {
        v.reverse();
    }
    Ok(crate::objects::bytes::from_vec(v))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`: a classmethod
/// (a subclass gets `cls(value)`).
pub fn int_from_bytes(cls: Value, args: Args) -> R<Value> {
    at_most_two("from_bytes", &args)?;
    let [data, order, sign] =
        bind_clinic("from_bytes", &args, ["bytes", "byteorder", "signed"], 0, 1)?;
    let data = data.unwrap_or_else(object::none);
    let little = little("from_bytes", order)?;
    let signed = signed(sign)?;
    let mut le = crate::objects::bytes::from_object(data)?;
    if !little {
        le.reverse();
    }
    let mag = UBig::from_le_bytes(&le);
    let mut x = IBig::from(mag);
    if signed && le.last().is_some_and(|b| b & 0x80 != 0) {
        x -= IBig::from(UBig::ONE << (le.len() * 8));
    }
    let v = crate::objects::int::from_ibig(x);
    let t = cls.as_ref::<TypeObj>();
    if std::ptr::eq(t, &object::INT_TYPE) {
        return Ok(v);
    }
    crate::protocol::dispatch::call(cls, Args::positional(&[v]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::err_text;

    fn int(i: i64) -> Value {
        crate::objects::int::from_i64(i)
    }

    fn s(t: &str) -> Value {
        crate::objects::str::new(t)
    }

    fn to(x: Value, pos: &[Value]) -> String {
        match int_to_bytes(x, Args::positional(pos)) {
            Ok(b) => crate::objects::bytes::ops::repr(b),
            Err(_) => err_text(),
        }
    }

    fn to_signed(x: Value, pos: &[Value]) -> String {
        let mut all = pos.to_vec();
        all.push(object::boolean(true));
        let names = crate::objects::tuple::from_slice(&[s("signed")]);
        match int_to_bytes(x, Args::new(&all, names)) {
            Ok(b) => crate::objects::bytes::ops::repr(b),
            Err(_) => err_text(),
        }
    }

    #[test]
    fn to_bytes_matches_cpython() {
        // python3 -c 'print((x).to_bytes(...))' for each case.
        assert_eq!(to(int(1), &[]), "b'\\x01'");
        assert_eq!(to(int(1024), &[int(2)]), "b'\\x04\\x00'");
        assert_eq!(to(int(1024), &[int(2), s("little")]), "b'\\x00\\x04'");
        assert_eq!(to_signed(int(-1), &[int(2), s("big")]), "b'\\xff\\xff'");
        assert_eq!(to_signed(int(-128), &[int(1)]), "b'\\x80'");
        assert_eq!(
            to_signed(int(-129), &[int(1)]),
            "OverflowError: int too big to convert"
        );
        assert_eq!(
            to_signed(int(128), &[int(1)]),
            "OverflowError: int too big to convert"
        );
        assert_eq!(to(int(0), &[int(0)]), "b''");
        assert_eq!(
            to_signed(int(-1), &[int(0)]),
            "OverflowError: int too big to convert"
        );
        assert_eq!(
            to(int(1), &[int(0)]),
            "OverflowError: int too big to convert"
        );
        assert_eq!(
            to(int(-1), &[int(1)]),
            "OverflowError: can't convert negative int to unsigned"
        );
        assert_eq!(
            to(int(1), &[int(1), s("x")]),
            "ValueError: byteorder must be either 'little' or 'big'"
        );
        assert_eq!(
            to(int(1), &[int(-1)]),
            "ValueError: length argument must be non-negative"
        );
        assert_eq!(
            to(int(1), &[int(2), int(1)]),
            "TypeError: to_bytes() argument 'byteorder' must be str, not int"
        );
        assert_eq!(
            to(int(1), &[int(1), s("big"), object::boolean(true)]),
            "TypeError: to_bytes() takes at most 2 positional arguments (3 given)"
        );
        let big = crate::objects::int::from_ibig(IBig::from(1u8) << 70);
        assert_eq!(
            to(big, &[int(9)]),
            "b'@\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00'"
        );
    }

    fn from(pos: &[Value], signed: bool) -> String {
        let mut all = pos.to_vec();
        let names = if signed {
            all.push(object::boolean(true));
            crate::objects::tuple::from_slice(&[s("signed")])
        } else {
            Value::NULL
        };
        match int_from_bytes(object::INT_TYPE.value(), Args::new(&all, names)) {
            Ok(v) => crate::objects::int::repr(v),
            Err(_) => err_text(),
        }
    }

    #[test]
    fn from_bytes_matches_cpython() {
        let b = crate::objects::bytes::new_bytes;
        assert_eq!(from(&[b(b"\x00\x10")], false), "16");
        assert_eq!(from(&[b(b"\xff\xff"), s("big")], true), "-1");
        assert_eq!(from(&[b(b"\x80")], true), "-128");
        assert_eq!(from(&[b(b"")], false), "0");
        assert_eq!(from(&[b(b"\x01\x00"), s("little")], false), "1");
        assert_eq!(
            from(&[int(1)], false),
            "TypeError: cannot convert 'int' object to bytes"
        );
        assert_eq!(
            from(&[], false),
            "TypeError: from_bytes() missing required argument 'bytes' (pos 1)"
        );
        assert_eq!(
            from(&[b(b"a"), s("x")], false),
            "ValueError: byteorder must be either 'little' or 'big'"
        );
    }
}
