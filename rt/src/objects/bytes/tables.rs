//! The attribute tables of `bytes`, `bytearray` and `memoryview` (equal to
//! CPython 3.11's type dicts, checked by `crate::types::tests`), and their
//! special methods as callable slot wrappers (`b'a'.__add__(b'b')`).

use super::memoryview as mv;
use super::{format, methods as m, mutate, search as s};
use crate::exc::error::{type_error, R};
use crate::object::{self, Kind};
use crate::protocol::args::Args;
use crate::protocol::dispatch;
use crate::types::slots;
use crate::value::Value;
use alrt_abi::ops::CmpOp;

/// The one argument of a slot wrapper taking one.
fn one(args: &Args) -> R<Value> {
    if !args.kwnames.is_empty() {
        return Err(type_error("wrapper takes no keyword arguments"));
    }
    match args.pos {
        [v] => Ok(*v),
        _ => Err(type_error(format!(
            "expected 1 argument, got {}",
            args.pos.len()
        ))),
    }
}

fn none_args(args: &Args) -> R<()> {
    if !args.kwnames.is_empty() {
        return Err(type_error("wrapper takes no keyword arguments"));
    }
    if !args.pos.is_empty() {
        return Err(type_error(format!(
            "expected 0 arguments, got {}",
            args.pos.len()
        )));
    }
    Ok(())
}

fn me(o: Value) -> Value {
    crate::class::instance::unwrap(o)
}

fn cmp(o: Value, args: Args, op: CmpOp) -> R<Value> {
    let other = me(one(&args)?);
    // bytes' own comparison takes only bytes (bytearray's and memoryview's
    // take any buffer); the operators then try the other side.
    if me(o).kind() == Kind::Bytes && (other.is_small() || other.kind() != Kind::Bytes) {
        return Ok(object::not_implemented());
    }
    let r = if me(o).kind() == Kind::MemoryView {
        match op {
            CmpOp::Eq | CmpOp::Ne => mv::eq(me(o), other)?.map(|e| e == (op == CmpOp::Eq)),
            _ => None,
        }
    } else {
        super::ops::compare(me(o), other, op)
    };
    Ok(r.map_or_else(object::not_implemented, object::boolean))
}

macro_rules! cmp_slots {
    ($($name:ident => $op:ident,)*) => {
        $(fn $name(o: Value, args: Args) -> R<Value> {
            cmp(o, args, CmpOp::$op)
        })*
    };
}

cmp_slots! {
    eq => Eq,
    ne => Ne,
    lt => Lt,
    le => Le,
    gt => Gt,
    ge => Ge,
}

fn add(o: Value, args: Args) -> R<Value> {
    let other = me(one(&args)?);
    super::ops::concat(me(o), other)
}

/// The count argument of `__mul__`/`__rmul__`/`__imul__` (CPython's
/// `ssizeargfunc` wrapper, whose arity message starts with a space).
fn count_arg(args: &Args) -> R<i64> {
    if !args.kwnames.is_empty() {
        return Err(type_error("wrapper takes no keyword arguments"));
    }
    let [n] = args.pos else {
        return Err(type_error(format!(
            " expected 1 argument, got {}",
            args.pos.len()
        )));
    };
    let i = crate::protocol::num::int_arg(*n)?;
    crate::objects::int::as_i64(i).ok_or_else(super::ops::count_overflow)
}

fn mul(o: Value, args: Args) -> R<Value> {
    let k = count_arg(&args)?;
    super::ops::repeat(me(o), k)
}

fn iadd(o: Value, args: Args) -> R<Value> {
    let other = me(one(&args)?);
    super::ops::iadd(me(o), other)?;
    Ok(o)
}

fn imul(o: Value, args: Args) -> R<Value> {
    let k = count_arg(&args)?;
    super::ops::imul(me(o), k)?;
    Ok(o)
}

fn repr(o: Value, args: Args) -> R<Value> {
    none_args(&args)?;
    Ok(crate::objects::str::from_string(dispatch::repr_builtin(
        me(o),
    )?))
}

fn hash(o: Value, args: Args) -> R<Value> {
    none_args(&args)?;
    Ok(crate::objects::int::from_i64(dispatch::hash_builtin(me(
        o,
    ))?))
}

fn len(o: Value, args: Args) -> R<Value> {
    none_args(&args)?;
    Ok(Value::from_small(dispatch::len_builtin(me(o))? as i64))
}

fn iter(o: Value, args: Args) -> R<Value> {
    none_args(&args)?;
    dispatch::iter_builtin(me(o))
}

fn contains(o: Value, args: Args) -> R<Value> {
    let x = one(&args)?;
    Ok(object::boolean(dispatch::contains_builtin(me(o), x)?))
}

fn getitem(o: Value, args: Args) -> R<Value> {
    let k = one(&args)?;
    dispatch::getitem_builtin(me(o), k)
}

fn setitem(o: Value, args: Args) -> R<Value> {
    if !args.kwnames.is_empty() || args.pos.len() != 2 {
        return Err(type_error(format!(
            "expected 2 arguments, got {}",
            args.pos.len()
        )));
    }
    dispatch::setitem_builtin(me(o), args.pos[0], args.pos[1])?;
    Ok(object::none())
}

fn delitem(o: Value, args: Args) -> R<Value> {
    let k = one(&args)?;
    dispatch::delitem_builtin(me(o), k)?;
    Ok(object::none())
}

fn init(o: Value, args: Args) -> R<Value> {
    super::bytearray_init(o, args)
}

fn mod_(o: Value, args: Args) -> R<Value> {
    let a = one(&args)?;
    format::percent(me(o), a)
}

fn rmod(o: Value, args: Args) -> R<Value> {
    let a = me(one(&args)?);
    if matches!(a.kind(), Kind::Bytes | Kind::ByteArray) && !a.is_small() {
        return format::percent(a, me(o));
    }
    Ok(object::not_implemented())
}

/// `bytes.maketrans` as a static method entry (the receiver is null).
fn maketrans(_o: Value, args: Args) -> R<Value> {
    m::maketrans(Value::NULL, args)
}

crate::attr_table! {
    /// The attributes of `bytes`.
    pub static BYTES_ATTRS for super::BYTES_TYPE = [
        slot "__add__" => add;
        method "__bytes__" => m::dunder_bytes;
        slot "__contains__" => contains;
        slot "__eq__" => eq;
        slot "__ge__" => ge;
        slot "__getattribute__" => slots::getattribute;
        slot "__getitem__" => getitem;
        method "__getnewargs__" => m::getnewargs;
        slot "__gt__" => gt;
        slot "__hash__" => hash;
        slot "__iter__" => iter;
        slot "__le__" => le;
        slot "__len__" => len;
        slot "__lt__" => lt;
        slot "__mod__" => mod_;
        slot "__mul__" => mul;
        slot "__ne__" => ne;
        new "__new__" => slots::new;
        slot "__repr__" => repr;
        slot "__rmod__" => rmod;
        slot "__rmul__" => mul;
        slot "__str__" => repr;
        method "capitalize" => m::capitalize;
        method "center" => m::center;
        method "count" => s::count_m;
        method "decode" => m::decode;
        method "endswith" => s::endswith;
        method "expandtabs" => m::expandtabs;
        method "find" => s::find_m;
        classmethod "fromhex" => super::fromhex;
        method "hex" => format::hex;
        method "index" => s::index_m;
        method "isalnum" => m::isalnum;
        method "isalpha" => m::isalpha;
        method "isascii" => m::isascii;
        method "isdigit" => m::isdigit;
        method "islower" => m::islower;
        method "isspace" => m::isspace;
        method "istitle" => m::istitle;
        method "isupper" => m::isupper;
        method "join" => s::join;
        method "ljust" => m::ljust;
        method "lower" => m::lower;
        method "lstrip" => m::lstrip;
        staticmethod "maketrans" => maketrans;
        method "partition" => s::partition;
        method "removeprefix" => m::removeprefix;
        method "removesuffix" => m::removesuffix;
        method "replace" => s::replace;
        method "rfind" => s::rfind_m;
        method "rindex" => s::rindex_m;
        method "rjust" => m::rjust;
        method "rpartition" => s::rpartition;
        method "rsplit" => s::rsplit;
        method "rstrip" => m::rstrip;
        method "split" => s::split;
        method "splitlines" => s::splitlines;
        method "startswith" => s::startswith;
        method "strip" => m::strip;
        method "swapcase" => m::swapcase;
        method "title" => m::title;
        method "translate" => m::translate;
        method "upper" => m::upper;
        method "zfill" => m::zfill;
    ]
}

crate::attr_table! {
    /// The attributes of `bytearray`.
    pub static BYTEARRAY_ATTRS for super::BYTEARRAY_TYPE = [
        slot "__add__" => add;
        slot "__contains__" => contains;
        slot "__delitem__" => delitem;
        slot "__eq__" => eq;
        slot "__ge__" => ge;
        slot "__getattribute__" => slots::getattribute;
        slot "__getitem__" => getitem;
        slot "__gt__" => gt;
        none "__hash__";
        slot "__iadd__" => iadd;
        slot "__imul__" => imul;
        slot "__init__" => init;
        slot "__iter__" => iter;
        slot "__le__" => le;
        slot "__len__" => len;
        slot "__lt__" => lt;
        slot "__mod__" => mod_;
        slot "__mul__" => mul;
        slot "__ne__" => ne;
        new "__new__" => slots::new;
        rawmethod "__reduce__" => mutate::reduce;
        rawmethod "__reduce_ex__" => mutate::reduce_ex;
        slot "__repr__" => repr;
        slot "__rmod__" => rmod;
        slot "__rmul__" => mul;
        slot "__setitem__" => setitem;
        rawmethod "__sizeof__" => crate::types::sizeof::method;
        slot "__str__" => repr;
        method "append" => mutate::append;
        method "capitalize" => m::capitalize;
        method "center" => m::center;
        method "clear" => mutate::clear;
        method "copy" => mutate::copy;
        method "count" => s::count_m;
        method "decode" => m::decode;
        method "endswith" => s::endswith;
        method "expandtabs" => m::expandtabs;
        method "extend" => mutate::extend;
        method "find" => s::find_m;
        classmethod "fromhex" => super::fromhex;
        method "hex" => format::hex;
        method "index" => s::index_m;
        method "insert" => mutate::insert;
        method "isalnum" => m::isalnum;
        method "isalpha" => m::isalpha;
        method "isascii" => m::isascii;
        method "isdigit" => m::isdigit;
        method "islower" => m::islower;
        method "isspace" => m::isspace;
        method "istitle" => m::istitle;
        method "isupper" => m::isupper;
        method "join" => s::join;
        method "ljust" => m::ljust;
        method "lower" => m::lower;
        method "lstrip" => m::lstrip;
        staticmethod "maketrans" => maketrans;
        method "partition" => s::partition;
        method "pop" => mutate::pop;
        method "remove" => mutate::remove;
        method "removeprefix" => m::removeprefix;
        method "removesuffix" => m::removesuffix;
        method "replace" => s::replace;
        method "reverse" => mutate::reverse;
        method "rfind" => s::rfind_m;
        method "rindex" => s::rindex_m;
        method "rjust" => m::rjust;
        method "rpartition" => s::rpartition;
        method "rsplit" => s::rsplit;
        method "rstrip" => m::rstrip;
        method "split" => s::split;
        method "splitlines" => s::splitlines;
        method "startswith" => s::startswith;
        method "strip" => m::strip;
        method "swapcase" => m::swapcase;
        method "title" => m::title;
        method "translate" => m::translate;
        method "upper" => m::upper;
        method "zfill" => m::zfill;
    ]
}

crate::attr_table! {
    /// The attributes of `memoryview`.
    pub static MEMORYVIEW_ATTRS for mv::MEMORYVIEW_TYPE = [
        slot "__delitem__" => delitem;
        method "__enter__" => mv::enter;
        slot "__eq__" => eq;
        method "__exit__" => mv::exit;
        slot "__ge__" => ge;
        slot "__getattribute__" => slots::getattribute;
        slot "__getitem__" => getitem;
        slot "__gt__" => gt;
        slot "__hash__" => hash;
        slot "__iter__" => iter;
        slot "__le__" => le;
        slot "__len__" => len;
        slot "__lt__" => lt;
        slot "__ne__" => ne;
        new "__new__" => slots::new;
        slot "__repr__" => repr;
        slot "__setitem__" => setitem;
        getset "c_contiguous" => mv::c_contiguous;
        method "cast" => mv::cast;
        getset "contiguous" => mv::contiguous;
        getset "f_contiguous" => mv::f_contiguous;
        getset "format" => mv::format;
        method "hex" => mv::hex;
        getset "itemsize" => mv::itemsize;
        getset "nbytes" => mv::nbytes;
        getset "ndim" => mv::ndim;
        getset "obj" => mv::obj;
        getset "readonly" => mv::readonly;
        method "release" => mv::release;
        getset "shape" => mv::shape;
        getset "strides" => mv::strides;
        getset "suboffsets" => mv::suboffsets;
        method "tobytes" => mv::tobytes;
        method "tolist" => mv::tolist;
        method "toreadonly" => mv::toreadonly;
    ]
}
