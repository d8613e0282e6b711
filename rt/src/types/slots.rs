//! The special methods of built-in types as callable functions (CPython's
//! slot wrappers): `(5).__add__(3)`, `list.__len__(xs)`,
//! `super().__setitem__(k, v)` in a `dict` subclass. Each receives the
//! receiver as it was bound (a user subclass instance stays one, so
//! `dict.__getitem__` can call its `__missing__`) and works on its
//! built-in value through the same operations the interpreter-level
//! protocols use, answering NotImplemented where CPython's slot does.

use crate::class::instance::{payload, unwrap};
use crate::class::{basetype, ops as class_ops};
use crate::exc::error::{type_error, R};
use crate::object::{self, Kind};
use crate::protocol::args::Args;
use crate::protocol::dispatch;
use crate::value::Value;
use alrt_abi::ops::{BinOp, CmpOp, UnaryOp};

/// The one argument of a special method taking one (`expected 1 argument, got 2`).
fn one(args: &Args) -> R<Value> {
    Ok(exactly(args, 1)?[0])
}

/// The arguments of a special method taking exactly `n`, in CPython's words.
pub(crate) fn exactly<'a>(args: &Args<'a>, n: usize) -> R<&'a [Value]> {
    if !args.kwnames.is_empty() {
        return Err(type_error("wrapper takes no keyword arguments"));
    }
    if args.pos.len() != n {
        return Err(type_error(format!(
            "expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            args.pos.len()
        )));
    }
    Ok(args.pos)
}

/// A user instance with no built-in value takes part in no built-in slot.
fn foreign(v: Value) -> bool {
    v.kind() == Kind::Instance && payload(v).is_none()
}

/// True if a numeric slot of `a`'s type accepts `b` (int only with int,
/// float with int and float, complex with all three); other types accept
/// what their operation accepts.
fn numeric_accepts(a: Value, b: Value) -> bool {
    let num = |k: Kind, with_float: bool, with_complex: bool| match k {
        Kind::Int | Kind::Bool => true,
        Kind::Float => with_float,
        Kind::Complex => with_complex,
        _ => false,
    };
    match a.kind() {
        Kind::Int | Kind::Bool => num(b.kind(), false, false),
        Kind::Float => num(b.kind(), true, false),
        Kind::Complex => num(b.kind(), true, true),
        _ => true,
    }
}

// ---- repr, str, hash, format, attributes -----------------------------------------------

/// `__repr__`
pub fn repr(o: Value, args: Args) -> R<Value> {
    exactly(&args, 0)?;
    if object::type_of(o).class.is_none() {
        return Ok(crate::objects::str::from_string(dispatch::repr_builtin(o)?));
    }
    Ok(crate::objects::str::from_string(basetype::default_repr(
        object::type_of(o).builtin_layout(),
        o,
    )?))
}

/// `__str__`
pub fn str_(o: Value, args: Args) -> R<Value> {
    exactly(&args, 0)?;
    let p = unwrap(o);
    if p.kind() == Kind::Str {
        return Ok(crate::objects::str::new(crate::objects::str::as_str(p)));
    }
    Ok(crate::objects::str::from_string(basetype::default_str(
        object::type_of(o).builtin_layout(),
        o,
    )?))
}

/// `__hash__`
pub fn hash(o: Value, args: Args) -> R<Value> {
    exactly(&args, 0)?;
    if object::type_of(o).class.is_none() {
        return Ok(crate::objects::int::from_i64(dispatch::hash_builtin(o)?));
    }
    Ok(crate::objects::int::from_i64(basetype::default_hash(
        object::type_of(o).builtin_layout(),
        o,
    )?))
}

/// `__getattribute__`
pub fn getattribute(o: Value, args: Args) -> R<Value> {
    let name = crate::builtins::attrs::attr_name(one(&args)?)?;
    // An instance of a subclass may override `__getattribute__` and call
    // this one (`tuple.__getattribute__(self, name)`): the generic lookup,
    // never the override again.
    if !o.is_small() && o.header().ty.class.is_some() {
        return crate::class::instance::generic_getattr(o, name);
    }
    dispatch::getattr(o, name)
}

/// `__setattr__`
pub fn setattr(o: Value, args: Args) -> R<Value> {
    let a = exactly(&args, 2)?;
    let name = crate::builtins::attrs::attr_name(a[0])?;
    dispatch::setattr(o, name, a[1])?;
    Ok(object::none())
}

/// `__delattr__`
pub fn delattr(o: Value, args: Args) -> R<Value> {
    let name = crate::builtins::attrs::attr_name(one(&args)?)?;
    dispatch::delattr(o, name)?;
    Ok(object::none())
}

/// `__format__` of a type whose values format by a spec.
pub fn format(o: Value, args: Args) -> R<Value> {
    let spec = one(&args)?;
    let spec = crate::objects::str::try_str(spec).ok_or_else(|| {
        type_error(format!(
            "__format__() argument must be str, not {}",
            object::type_name(spec)
        ))
    })?;
    if spec.is_empty() {
        // Every built-in `__format__` formats an empty spec as `str(self)`.
        return Ok(crate::objects::str::from_string(dispatch::str_of(o)?));
    }
    Ok(crate::objects::str::from_string(
        crate::text::format::format_builtin(unwrap(o), spec)?,
    ))
}

// ---- comparisons -------------------------------------------------------------------

fn compare(o: Value, args: Args, op: CmpOp) -> R<Value> {
    let other = one(&args)?;
    let (p, q) = (unwrap(o), unwrap(other));
    // A number's comparison takes only the numbers its own type's does
    // (`int.__eq__(1, 1j)` is NotImplemented).
    if foreign(q) || !numeric_accepts(p, q) {
        return Ok(object::not_implemented());
    }
    Ok(match class_ops::builtin_cmp(p, q, op)? {
        Some(r) => object::boolean(r),
        None => object::not_implemented(),
    })
}

macro_rules! compare_slots {
    ($($name:ident => $op:ident,)*) => {
        $(#[doc = concat!("`__", stringify!($name), "__`")]
        pub fn $name(o: Value, args: Args) -> R<Value> {
            compare(o, args, CmpOp::$op)
        })*
    };
}

compare_slots! {
    eq => Eq,
    ne => Ne,
    lt => Lt,
    le => Le,
    gt => Gt,
    ge => Ge,
}

// ---- arithmetic --------------------------------------------------------------------

/// True for the sequences whose `+` and `*` are CPython's `sq_concat` and
/// `sq_repeat`: their slot wrappers raise rather than answer NotImplemented.
fn is_sequence(v: Value) -> bool {
    matches!(
        v.kind(),
        Kind::List | Kind::Tuple | Kind::Str | Kind::Deque | Kind::Array
    )
}

/// The count of `seq * n` as `sq_repeat`'s wrapper converts it.
fn repeat_count(n: Value) -> R<Value> {
    let i = crate::protocol::num::int_arg(n)?;
    if crate::objects::int::as_i64(i).is_none() {
        return Err(crate::exc::error::overflow_error(
            "cannot fit 'int' into an index-sized integer",
        ));
    }
    Ok(i)
}

fn binary(o: Value, args: Args, op: BinOp, reflected: bool) -> R<Value> {
    let other = one(&args)?;
    let (p, q) = (unwrap(o), unwrap(other));
    if is_sequence(p) && matches!(op, BinOp::Add | BinOp::Mul) {
        let q = if op == BinOp::Mul {
            repeat_count(q)?
        } else {
            q
        };
        return dispatch::binop_builtin(op, p, q);
    }
    if foreign(q) || !numeric_accepts(p, q) {
        return Ok(object::not_implemented());
    }
    let r = if reflected {
        class_ops::builtin_binop(op, q, p)?
    } else {
        class_ops::builtin_binop(op, p, q)?
    };
    Ok(r.unwrap_or_else(object::not_implemented))
}

fn inplace(o: Value, args: Args, op: BinOp) -> R<Value> {
    let other = one(&args)?;
    let (p, mut q) = (unwrap(o), unwrap(other));
    if is_sequence(p) && op == BinOp::Mul {
        q = repeat_count(q)?;
    }
    dispatch::inplace_builtin(op, p, q)?;
    Ok(o)
}

macro_rules! binary_slots {
    ($($name:ident, $rname:ident => $op:ident,)*) => {
        $(#[doc = concat!("`__", stringify!($name), "__`")]
        pub fn $name(o: Value, args: Args) -> R<Value> {
            binary(o, args, BinOp::$op, false)
        }
        #[doc = concat!("`__", stringify!($rname), "__`")]
        pub fn $rname(o: Value, args: Args) -> R<Value> {
            binary(o, args, BinOp::$op, true)
        })*
    };
}

binary_slots! {
    add, radd => Add,
    sub, rsub => Sub,
    mul, rmul => Mul,
    truediv, rtruediv => TrueDiv,
    floordiv, rfloordiv => FloorDiv,
    mod_, rmod => Mod,
    lshift, rlshift => LShift,
    rshift, rrshift => RShift,
    and, rand => And,
    or, ror => Or,
    xor, rxor => Xor,
}

macro_rules! inplace_slots {
    ($($name:ident => $op:ident,)*) => {
        $(#[doc = concat!("`__", stringify!($name), "__`")]
        pub fn $name(o: Value, args: Args) -> R<Value> {
            inplace(o, args, BinOp::$op)
        })*
    };
}

inplace_slots! {
    iadd => Add,
    isub => Sub,
    imul => Mul,
    iand => And,
    ior => Or,
    ixor => Xor,
}

/// `__pow__` (with the optional modulus)
pub fn pow(o: Value, args: Args) -> R<Value> {
    pow_form(o, args, false)
}

/// `__rpow__`
pub fn rpow(o: Value, args: Args) -> R<Value> {
    pow_form(o, args, true)
}

fn pow_form(o: Value, args: Args, reflected: bool) -> R<Value> {
    args.no_kwargs("wrapper")?;
    if args.pos.is_empty() || args.pos.len() > 2 {
        return Err(type_error(format!(
            "expected 1 or 2 arguments, got {}",
            args.pos.len()
        )));
    }
    let (p, q) = (unwrap(o), unwrap(args.pos[0]));
    if foreign(q) || !numeric_accepts(p, q) {
        return Ok(object::not_implemented());
    }
    let m = args.pos.get(1).copied().filter(|m| *m != object::none());
    let (a, b) = if reflected { (q, p) } else { (p, q) };
    match m {
        Some(m) => crate::protocol::num::pow(a, b, Some(m)),
        None => {
            Ok(class_ops::builtin_binop(BinOp::Pow, a, b)?.unwrap_or_else(object::not_implemented))
        }
    }
}

/// `__divmod__`
pub fn divmod(o: Value, args: Args) -> R<Value> {
    let (p, q) = (unwrap(o), unwrap(one(&args)?));
    if foreign(q) || !numeric_accepts(p, q) {
        return Ok(object::not_implemented());
    }
    crate::protocol::num::divmod(p, q)
}

/// `__rdivmod__`
pub fn rdivmod(o: Value, args: Args) -> R<Value> {
    let (p, q) = (unwrap(o), unwrap(one(&args)?));
    if foreign(q) || !numeric_accepts(p, q) {
        return Ok(object::not_implemented());
    }
    crate::protocol::num::divmod(q, p)
}

fn unary(o: Value, args: Args, op: UnaryOp) -> R<Value> {
    exactly(&args, 0)?;
    dispatch::unary_builtin(op, unwrap(o))
}

/// `__neg__`
pub fn neg(o: Value, args: Args) -> R<Value> {
    unary(o, args, UnaryOp::Neg)
}

/// `__pos__`
pub fn pos(o: Value, args: Args) -> R<Value> {
    unary(o, args, UnaryOp::Pos)
}

/// `__invert__`
pub fn invert(o: Value, args: Args) -> R<Value> {
    unary(o, args, UnaryOp::Invert)
}

/// `__abs__`
pub fn abs(o: Value, args: Args) -> R<Value> {
    exactly(&args, 0)?;
    let p = unwrap(o);
    if p.kind() == Kind::Complex {
        let z = crate::objects::complex::parts(p);
        return Ok(crate::objects::float::new(crate::objects::complex::abs(z)?));
    }
    crate::protocol::num::abs(p)
}

/// `__bool__`
pub fn bool_(o: Value, args: Args) -> R<Value> {
    exactly(&args, 0)?;
    Ok(object::boolean(dispatch::truthy_builtin(unwrap(o))?))
}

/// `__int__` and `__index__`
pub fn int(o: Value, args: Args) -> R<Value> {
    exactly(&args, 0)?;
    crate::protocol::num_convert::int_from(unwrap(o), None)
}

/// `__float__`
pub fn float(o: Value, args: Args) -> R<Value> {
    exactly(&args, 0)?;
    crate::protocol::num_convert::float_from(unwrap(o))
}

// ---- containers ------------------------------------------------------------------

/// `__len__`
pub fn len(o: Value, args: Args) -> R<Value> {
    exactly(&args, 0)?;
    Ok(crate::objects::int::from_i64(
        dispatch::len_builtin(unwrap(o))? as i64,
    ))
}

/// `__iter__`
pub fn iter(o: Value, args: Args) -> R<Value> {
    exactly(&args, 0)?;
    dispatch::iter_builtin(unwrap(o))
}

/// `__contains__`
pub fn contains(o: Value, args: Args) -> R<Value> {
    let x = one(&args)?;
    Ok(object::boolean(dispatch::contains_builtin(unwrap(o), x)?))
}

/// `__getitem__` (a dict subclass's `__missing__` answers missing keys)
pub fn getitem(o: Value, args: Args) -> R<Value> {
    let k = one(&args)?;
    basetype::dict_getitem_missing(o, unwrap(o), k)
}

/// `__setitem__`
pub fn setitem(o: Value, args: Args) -> R<Value> {
    let a = exactly(&args, 2)?;
    dispatch::setitem_builtin(unwrap(o), a[0], a[1])?;
    Ok(object::none())
}

/// `__delitem__`
pub fn delitem(o: Value, args: Args) -> R<Value> {
    dispatch::delitem_builtin(unwrap(o), one(&args)?)?;
    Ok(object::none())
}

/// `__reversed__`
pub fn reversed(o: Value, args: Args) -> R<Value> {
    exactly(&args, 0)?;
    crate::objects::iter::reversed(unwrap(o))
}

/// `__init__` of a built-in type (a subclass instance's `super().__init__`).
pub fn init(o: Value, args: Args) -> R<Value> {
    basetype::init(object::type_of(o).builtin_layout(), o, args)?;
    Ok(object::none())
}

/// `__class_getitem__`: `list[int]`.
pub fn class_getitem(cls: Value, args: Args) -> R<Value> {
    let arg = one(&args)?;
    Ok(crate::objects::alias::generic(cls, arg))
}

/// `__new__` of a built-in type bound to `owner`: `int.__new__(C, 5)`
/// creates an instance of `C`, which must derive from `owner`.
pub fn new(owner: Value, args: Args) -> R<Value> {
    let owner = owner.as_ref::<crate::object::TypeObj>();
    let Some((&cls, rest)) = args.pos.split_first() else {
        return Err(type_error(format!(
            "{}.__new__(): not enough arguments",
            owner.name
        )));
    };
    let rest = Args {
        pos: rest,
        kwnames: args.kwnames,
        kwvals: args.kwvals,
    };
    let Some(t) = cls.downcast::<crate::object::TypeObj>() else {
        return Err(type_error(format!(
            "{}.__new__(X): X is not a type object ({})",
            owner.name,
            object::type_name(cls)
        )));
    };
    if !t.is_subtype(owner) {
        return Err(type_error(format!(
            "{}.__new__({}): {} is not a subtype of {}",
            owner.name, t.name, t.name, owner.name
        )));
    }
    // CPython refuses a `__new__` of another layout (`int.__new__(bool)`,
    // `object.__new__(list)`).
    if t.builtin_layout().inst_kind != owner.inst_kind && t.class.is_none() {
        return Err(type_error(format!(
            "{}.__new__({}) is not safe, use {}.__new__()",
            owner.name, t.name, t.name
        )));
    }
    if t.class.is_none() {
        return crate::builtins::construct::call_type(cls, rest);
    }
    basetype::new_instance(t, rest)
}
