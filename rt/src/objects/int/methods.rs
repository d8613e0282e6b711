//! The attributes of `int` and `bool`: the methods (`bit_length`,
//! `as_integer_ratio`, the rounding protocol), the `real`/`imag`/
//! `numerator`/`denominator` getsets, and the special methods through
//! `types::slots`.

use crate::exc::error::{type_error, R};
use crate::object::{self, BOOL_TYPE, INT_TYPE};
use crate::objects::int;
use crate::protocol::args::Args;
use crate::protocol::num::{self, big_of, classify, to_int, Num};
use crate::types::slots;
use crate::value::Value;

crate::attr_table! {
    /// The attributes of `int`.
    pub static INT_ATTRS for INT_TYPE = [
        slot "__abs__" => slots::abs;
        slot "__add__" => slots::add;
        slot "__and__" => slots::and;
        slot "__bool__" => slots::bool_;
        method "__ceil__" => same_int;
        slot "__divmod__" => slots::divmod;
        slot "__eq__" => slots::eq;
        slot "__float__" => slots::float;
        method "__floor__" => same_int;
        slot "__floordiv__" => slots::floordiv;
        method "__format__" => slots::format;
        slot "__ge__" => slots::ge;
        slot "__getattribute__" => slots::getattribute;
        method "__getnewargs__" => getnewargs;
        slot "__gt__" => slots::gt;
        slot "__hash__" => slots::hash;
        slot "__index__" => slots::int;
        slot "__int__" => slots::int;
        slot "__invert__" => slots::invert;
        slot "__le__" => slots::le;
        slot "__lshift__" => slots::lshift;
        slot "__lt__" => slots::lt;
        slot "__mod__" => slots::mod_;
        slot "__mul__" => slots::mul;
        slot "__ne__" => slots::ne;
        slot "__neg__" => slots::neg;
        new "__new__" => slots::new;
        slot "__or__" => slots::or;
        slot "__pos__" => slots::pos;
        slot "__pow__" => slots::pow;
        slot "__radd__" => slots::radd;
        slot "__rand__" => slots::rand;
        slot "__rdivmod__" => slots::rdivmod;
        slot "__repr__" => slots::repr;
        slot "__rfloordiv__" => slots::rfloordiv;
        slot "__rlshift__" => slots::rlshift;
        slot "__rmod__" => slots::rmod;
        slot "__rmul__" => slots::rmul;
        slot "__ror__" => slots::ror;
        method "__round__" => round;
        slot "__rpow__" => slots::rpow;
        slot "__rrshift__" => slots::rrshift;
        slot "__rshift__" => slots::rshift;
        slot "__rsub__" => slots::rsub;
        slot "__rtruediv__" => slots::rtruediv;
        slot "__rxor__" => slots::rxor;
        rawmethod "__sizeof__" => crate::types::sizeof::method;
        slot "__sub__" => slots::sub;
        slot "__truediv__" => slots::truediv;
        method "__trunc__" => same_int;
        slot "__xor__" => slots::xor;
        method "as_integer_ratio" => as_integer_ratio;
        method "bit_count" => bit_count;
        method "bit_length" => bit_length;
        method "conjugate" => same_int;
        getset "denominator" => |_| Ok(Value::from_small(1));
        classmethod "from_bytes" => super::bytes::int_from_bytes;
        getset "imag" => |_| Ok(Value::from_small(0));
        getset "numerator" => |o| Ok(to_int(o));
        getset "real" => |o| Ok(to_int(o));
        method "to_bytes" => super::bytes::int_to_bytes;
    ]
}

crate::attr_table! {
    /// The attributes of `bool` (the rest are `int`'s).
    pub static BOOL_ATTRS for BOOL_TYPE = [
        slot "__and__" => slots::and;
        new "__new__" => slots::new;
        slot "__or__" => slots::or;
        slot "__rand__" => slots::rand;
        slot "__repr__" => slots::repr;
        slot "__ror__" => slots::ror;
        slot "__rxor__" => slots::rxor;
        slot "__xor__" => slots::xor;
    ]
}

/// Fails unless int method `m` was called without arguments.
fn no_args(args: &Args, m: &str) -> R<()> {
    if !args.kwnames.is_empty() {
        return Err(type_error(format!("int.{m}() takes no keyword arguments")));
    }
    if !args.pos.is_empty() {
        return Err(type_error(format!(
            "int.{m}() takes no arguments ({} given)",
            args.pos.len()
        )));
    }
    Ok(())
}

/// `conjugate`, `__trunc__`, `__floor__`, `__ceil__`: the value as an exact int.
fn same_int(o: Value, args: Args) -> R<Value> {
    no_args(&args, "conjugate")?;
    Ok(to_int(o))
}

/// `int.__round__(ndigits=None)`
fn round(o: Value, args: Args) -> R<Value> {
    let a = args.positional_range("__round__", 0, 1)?;
    num::round(
        to_int(o),
        a.first().copied().filter(|v| !object::is_none(*v)),
    )
}

/// `int.__getnewargs__()`: `(int(self),)`.
fn getnewargs(o: Value, args: Args) -> R<Value> {
    no_args(&args, "__getnewargs__")?;
    Ok(crate::objects::tuple::from_slice(&[to_int(o)]))
}

fn as_integer_ratio(o: Value, args: Args) -> R<Value> {
    no_args(&args, "as_integer_ratio")?;
    Ok(crate::objects::tuple::from_slice(&[
        to_int(o),
        Value::from_small(1),
    ]))
}

fn bit_length(o: Value, args: Args) -> R<Value> {
    no_args(&args, "bit_length")?;
    Ok(int::from_i64(match classify(o) {
        Some(Num::Int(i)) => 64 - i.unsigned_abs().leading_zeros() as i64,
        Some(Num::Big(b)) => b.bit_len() as i64,
        Some(n) => int::bit_length(&big_of(n)) as i64,
        None => 0,
    }))
}

fn bit_count(o: Value, args: Args) -> R<Value> {
    no_args(&args, "bit_count")?;
    Ok(int::from_i64(match classify(o) {
        Some(Num::Int(i)) => i.unsigned_abs().count_ones() as i64,
        Some(n) => {
            use dashu_int::ops::UnsignedAbs;
            big_of(n).as_ref().unsigned_abs().count_ones() as i64
        }
        None => 0,
    }))
}
