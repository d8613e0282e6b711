//! Operations on instances of user classes through their special methods,
//! with CPython's rules: reflected operands and subclass priority,
//! `NotImplemented`, rich comparisons and their reflections, `__eq__`
//! without `__hash__`, `__bool__` then `__len__`, the iterator protocol.
//! `dispatch` calls these when an operand is a user object (`is_user`).

use crate::class::instance::{self, call_special, payload, unwrap};
use crate::class::{self, binop_slot, BinForm, Slot};
use crate::exc;
use crate::exc::error::{type_error, value_error, Pending, R};
use crate::object::{self, type_name, Kind, TypeObj};
use crate::protocol::args::Args;
use crate::value::Value;
use crate::{class::basetype, protocol::dispatch, protocol::num};
use alrt_abi::ops::{BinOp, CmpOp, UnaryOp};

/// True for objects whose behaviour comes from a user class: instances
/// of user classes and `object()`, instances of user exception classes, and
/// instances of `str`/`float`/`tuple` subclasses (built-in layout, user type).
#[inline]
pub fn is_user(v: Value) -> bool {
    if v.is_small() {
        return false;
    }
    let h = v.header();
    h.kind == Kind::Instance || h.ty.class.is_some()
}

/// The special method in slot `s` of `v`'s class (null: built-in behaviour).
#[inline]
fn slot(v: Value, s: Slot) -> Value {
    class::of_value(v).map_or(Value::NULL, |c| c.slot(s))
}

#[inline]
fn slot_at(v: Value, i: usize) -> Value {
    class::of_value(v).map_or(Value::NULL, |c| c.slot_at(i))
}

/// The built-in base whose behaviour applies to `v` (its layout type).
fn base_of(v: Value) -> &'static TypeObj {
    let t = object::type_of(v);
    t.class.map_or(t, |c| c.builtin_base)
}

pub(crate) fn is_ni(v: Value) -> bool {
    v == object::not_implemented()
}

// ---- text -------------------------------------------------------------------------

fn checked_str(r: Value, which: &str) -> R<String> {
    check_str(r, which)?;
    Ok(crate::objects::str::as_str(r).to_string())
}

/// CPython's TypeError when `__str__` or `__repr__` returned a non-str.
fn check_str(r: Value, which: &str) -> R<()> {
    match crate::objects::str::try_str(r) {
        Some(_) => Ok(()),
        None => Err(type_error(format!(
            "{which} returned non-string (type {})",
            type_name(r)
        ))),
    }
}

/// `repr(v)`
pub fn repr(v: Value) -> R<String> {
    let f = slot(v, Slot::Repr);
    if !f.is_null() {
        return checked_str(call_special(f, v, &[])?, "__repr__");
    }
    basetype::default_repr(base_of(v), v)
}

/// `object.__str__`: the class's `__repr__`, checked as `str()` checks it.
pub fn repr_as_str(v: Value) -> R<String> {
    let f = slot(v, Slot::Repr);
    if !f.is_null() {
        return checked_str(call_special(f, v, &[])?, "__str__");
    }
    basetype::default_repr(base_of(v), v)
}

/// `str(v)`
pub fn str_of(v: Value) -> R<String> {
    let f = slot(v, Slot::Str);
    if !f.is_null() {
        return checked_str(call_special(f, v, &[])?, "__str__");
    }
    basetype::default_str(base_of(v), v)
}

/// `str(v)` as a value: what `__str__` returned (a str subclass instance
/// stays one, as `PyObject_Str` returns it), or the default's text.
pub fn str_value(v: Value) -> R<Value> {
    let f = slot(v, Slot::Str);
    if !f.is_null() {
        let r = call_special(f, v, &[])?;
        check_str(r, "__str__")?;
        return Ok(r);
    }
    basetype::default_str(base_of(v), v).map(crate::objects::str::from_string)
}

/// `format(v, spec)`
pub fn format(v: Value, spec: &str) -> R<String> {
    let f = slot(v, Slot::Format);
    if !f.is_null() {
        let r = call_special(f, v, &[crate::objects::str::new(spec)])?;
        return match crate::objects::str::try_str(r) {
            Some(s) => Ok(s.to_string()),
            None => Err(type_error(format!(
                "__format__ must return a str, not {}",
                type_name(r)
            ))),
        };
    }
    basetype::default_format(base_of(v), v, spec)
}

// ---- hashing and comparison ----------------------------------------------------------

/// `hash(v)`
pub fn hash(v: Value) -> R<i64> {
    let f = slot(v, Slot::Hash);
    if f.is_null() {
        return basetype::default_hash(base_of(v), v);
    }
    if object::is_none(f) {
        return Err(type_error(format!("unhashable type: '{}'", type_name(v))));
    }
    let r = call_special(f, v, &[])?;
    if !matches!(r.kind(), Kind::Int | Kind::Bool) {
        return Err(type_error("__hash__ method should return an integer"));
    }
    // CPython keeps a result that fits in a machine word and hashes a
    // bigger int as int.__hash__ does.
    let r = num::to_int(r);
    let h = match crate::objects::int::as_i64(r) {
        Some(h) => h,
        None => dispatch::hash(r)?,
    };
    Ok(if h == -1 { -2 } else { h })
}

fn cmp_slot(op: CmpOp) -> Slot {
    match op {
        CmpOp::Lt => Slot::Lt,
        CmpOp::Le => Slot::Le,
        CmpOp::Eq => Slot::Eq,
        CmpOp::Ne => Slot::Ne,
        CmpOp::Gt => Slot::Gt,
        CmpOp::Ge => Slot::Ge,
    }
}

/// Built-in comparison of two non-user values; `None` where the built-in
/// types return NotImplemented.
pub fn builtin_cmp(a: Value, b: Value, op: CmpOp) -> R<Option<bool>> {
    if let Some(r) = num::compare(a, b, op) {
        return Ok(Some(r));
    }
    if let Some(r) = crate::objects::complex::compare(a, b, op) {
        return Ok(Some(r));
    }
    let (ka, kb) = (a.kind(), b.kind());
    if ka == Kind::WeakRef && kb == Kind::WeakRef {
        return crate::objects::weakref::compare(a, b, op);
    }
    if let Some(r) = crate::objects::bytes::ops::compare(a, b, op) {
        return Ok(Some(r));
    }
    let sets = |k: Kind| matches!(k, Kind::Set | Kind::FrozenSet);
    let comparable = match ka {
        Kind::Str | Kind::List | Kind::Tuple | Kind::Deque | Kind::Array => ka == kb,
        Kind::Set | Kind::FrozenSet => sets(kb),
        Kind::Dict | Kind::Range => kb == ka && matches!(op, CmpOp::Eq | CmpOp::Ne),
        Kind::Slice => kb == Kind::Slice,
        _ => false,
    };
    if comparable {
        return dispatch::compare_builtin(a, b, op).map(Some);
    }
    Ok(None)
}

/// `x.__op__(y)` as the type of `x` defines it (NotImplemented possible).
pub fn cmp_one(x: Value, y: Value, op: CmpOp) -> R<Value> {
    if is_user(x) {
        let f = slot(x, cmp_slot(op));
        if !f.is_null() {
            return call_special(f, x, &[y]);
        }
        return basetype::default_compare(base_of(x), x, y, op);
    }
    if let Some(r) = descr_eq(x, y, op) {
        return Ok(r);
    }
    Ok(match builtin_cmp(x, unwrap(y), op)? {
        Some(r) => object::boolean(r),
        None => object::not_implemented(),
    })
}

/// Equality of bound methods.
fn descr_eq(x: Value, y: Value, op: CmpOp) -> Option<Value> {
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) || x.is_small() || x.kind() != Kind::Method {
        return None;
    }
    let eq = crate::class::descr::method_eq(x, y).unwrap_or(false);
    Some(object::boolean(eq == (op == CmpOp::Eq)))
}

/// `a op b` where an operand is a user object; the result may be any value.
pub fn richcompare(a: Value, b: Value, op: CmpOp) -> R<Value> {
    crate::exc::recursion::check()?;
    let (ta, tb) = (object::type_of(a), object::type_of(b));
    let mut checked_reverse = false;
    if !std::ptr::eq(ta, tb) && is_user(b) && tb.is_subtype(ta) {
        checked_reverse = true;
        let r = cmp_one(b, a, op.swapped())?;
        if !is_ni(r) {
            return Ok(r);
        }
    }
    let r = cmp_one(a, b, op)?;
    if !is_ni(r) {
        return Ok(r);
    }
    if !checked_reverse {
        let r = cmp_one(b, a, op.swapped())?;
        if !is_ni(r) {
            return Ok(r);
        }
    }
    match op {
        CmpOp::Eq => Ok(object::boolean(a == b)),
        CmpOp::Ne => Ok(object::boolean(a != b)),
        _ => Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            type_name(a),
            type_name(b)
        ))),
    }
}

// ---- arithmetic --------------------------------------------------------------------

/// A built-in binary operation on two non-user values; `None` where the
/// built-in types return NotImplemented.
pub fn builtin_binop(op: BinOp, a: Value, b: Value) -> R<Option<Value>> {
    if (a.kind() == Kind::Instance && payload(a).is_none())
        || (b.kind() == Kind::Instance && payload(b).is_none())
    {
        return Ok(None);
    }
    match dispatch::binop_builtin(op, a, b) {
        Ok(v) => Ok(Some(v)),
        Err(p) => {
            let e = crate::exc::error::pending();
            if std::ptr::eq(object::type_of(e), &exc::TYPE_ERROR) {
                let msg = crate::exc::to_str(e.as_ref()).unwrap_or_default();
                if msg.starts_with("unsupported operand")
                    || msg.starts_with("can only concatenate")
                    || msg.starts_with("can't multiply sequence")
                {
                    crate::exc::error::take_pending();
                    return Ok(None);
                }
            }
            Err(p)
        }
    }
}

/// `x.__op__(y)` (form Plain) or `x.__rop__(y)` (form Reflected) for a
/// user object `x`: its class's method, else its built-in base's.
fn binop_one(op: BinOp, form: BinForm, x: Value, y: Value) -> R<Value> {
    let f = slot_at(x, binop_slot(op, form));
    if !f.is_null() {
        return call_special(f, x, &[y]);
    }
    if let Some(p) = payload(x) {
        let r = match form {
            BinForm::Reflected => builtin_binop(op, unwrap(y), p)?,
            _ => builtin_binop(op, p, unwrap(y))?,
        };
        return Ok(r.unwrap_or_else(object::not_implemented));
    }
    Ok(object::not_implemented())
}

/// True if user object `v`'s class has a method for `op` in either form
/// (CPython installs the number slot then) or wraps a built-in value.
fn has_binop(v: Value, op: BinOp) -> bool {
    !slot_at(v, binop_slot(op, BinForm::Plain)).is_null()
        || !slot_at(v, binop_slot(op, BinForm::Reflected)).is_null()
        || payload(v).is_some()
}

/// `a op b` with CPython's `binary_op1` rules; NotImplemented if neither
/// operand supports it.
fn binary_op1(op: BinOp, a: Value, b: Value) -> R<Value> {
    let (ta, tb) = (object::type_of(a), object::type_of(b));
    let same = std::ptr::eq(ta, tb);
    let a_user = is_user(a) && has_binop(a, op);
    let b_user = is_user(b) && has_binop(b, op);
    let mut do_other = b_user && !same;
    if do_other && tb.is_subtype(ta) {
        // The reflected method of a subclass goes first when it overrides
        // the base's.
        let rslot = binop_slot(op, BinForm::Reflected);
        let fb = slot_at(b, rslot);
        let fa = if is_user(a) {
            slot_at(a, rslot)
        } else {
            Value::NULL
        };
        if !fb.is_null() && fb != fa {
            let r = call_special(fb, b, &[a])?;
            if !is_ni(r) {
                return Ok(r);
            }
            do_other = false;
        }
    }
    if a_user {
        let r = binop_one(op, BinForm::Plain, a, b)?;
        if !is_ni(r) || same {
            return Ok(r);
        }
        // CPython next calls the number slot of `b`'s built-in type, which
        // works on `a`'s built-in value too: after `Counter.__or__`
        // returned NotImplemented, `Counter() | {}` is dict's `|`. (List,
        // tuple and str concatenation are sequence slots, not called here.)
        if !is_user(b)
            && has_number_slot(b, op)
            && !slot_at(a, binop_slot(op, BinForm::Plain)).is_null()
        {
            if let Some(p) = payload(a) {
                if let Some(r) = builtin_binop(op, p, b)? {
                    return Ok(r);
                }
            }
        }
    } else if !is_user(a) {
        if op == BinOp::Mod && a.kind() == Kind::Str {
            // `str % x` formats any `x` (its `__str__`, `__repr__`,
            // `__getitem__`), never falling back to `x.__rmod__`.
            return crate::text::format::percent(a, b);
        }
        if op == BinOp::Mod && matches!(a.kind(), Kind::Bytes | Kind::ByteArray) {
            // So does `bytes % x` (`__bytes__`, `__getitem__`, ...).
            return crate::objects::bytes::format::percent(a, b);
        }
        if let Some(r) = builtin_binop(op, a, unwrap(b))? {
            return Ok(r);
        }
    }
    if do_other {
        return binop_one(op, BinForm::Reflected, b, a);
    }
    Ok(object::not_implemented())
}

/// Whether built-in value `b`'s type has a number slot for `op` (the
/// slot CPython's `binary_op1` calls for the right operand).
fn has_number_slot(b: Value, op: BinOp) -> bool {
    if dispatch::is_number(b) {
        return op != BinOp::MatMul;
    }
    match b.kind() {
        Kind::Dict => op == BinOp::Or,
        Kind::Set | Kind::FrozenSet => {
            matches!(op, BinOp::And | BinOp::Or | BinOp::Xor | BinOp::Sub)
        }
        _ => false,
    }
}

/// `a op b` where an operand is a user object.
pub fn binop(op: BinOp, a: Value, b: Value) -> R<Value> {
    crate::exc::recursion::check()?;
    let r = binary_op1(op, a, b)?;
    if is_ni(r) {
        return Err(dispatch::binop_type_error(op, a, b));
    }
    Ok(r)
}

/// `a op= b` where an operand is a user object: `__iop__`, else `a op b`.
pub fn inplace(op: BinOp, a: Value, b: Value) -> R<Value> {
    if is_user(a) {
        let f = slot_at(a, binop_slot(op, BinForm::InPlace));
        if !f.is_null() {
            let r = call_special(f, a, &[b])?;
            if !is_ni(r) {
                return Ok(r);
            }
        } else if let Some(p) = payload(a) {
            let mutable = match (p.kind(), op) {
                (Kind::List, BinOp::Add) => true,
                (Kind::List, BinOp::Mul) => true,
                (Kind::Deque | Kind::Array | Kind::ByteArray, BinOp::Add | BinOp::Mul) => true,
                (Kind::Set, BinOp::Sub | BinOp::And | BinOp::Or | BinOp::Xor) => {
                    matches!(unwrap(b).kind(), Kind::Set | Kind::FrozenSet)
                }
                (Kind::Dict, BinOp::Or) => true,
                _ => false,
            };
            if mutable {
                dispatch::inplace_builtin(op, p, unwrap(b))?;
                return Ok(a);
            }
        }
    } else if a.kind() == Kind::Dict && op == BinOp::Or {
        // `dict.__ior__` is tried first and takes any mapping (or pairs).
        dispatch::inplace_builtin(op, a, b)?;
        return Ok(a);
    }
    binop(op, a, b)
}

/// `-v`, `+v`, `~v`
pub fn unary(op: UnaryOp, v: Value) -> R<Value> {
    let s = match op {
        UnaryOp::Neg => Slot::Neg,
        UnaryOp::Pos => Slot::Pos,
        UnaryOp::Invert => Slot::Invert,
    };
    let f = slot(v, s);
    if !f.is_null() {
        return call_special(f, v, &[]);
    }
    if let Some(p) = payload(v) {
        if crate::protocol::dispatch::is_number(p) || p.kind() == Kind::Complex {
            return dispatch::unary_builtin(op, p);
        }
    }
    Err(unary_error(op, v))
}

fn unary_error(op: UnaryOp, v: Value) -> Pending {
    type_error(format!(
        "bad operand type for unary {}: '{}'",
        op.symbol(),
        type_name(v)
    ))
}

/// `abs(v)`
pub fn abs(v: Value) -> R<Value> {
    let f = slot(v, Slot::Abs);
    if !f.is_null() {
        return call_special(f, v, &[]);
    }
    if let Some(p) = payload(v) {
        if crate::protocol::dispatch::is_number(p) {
            return num::abs(p);
        }
        if p.kind() == Kind::Complex {
            let z = crate::objects::complex::parts(p);
            return Ok(crate::objects::float::new(crate::objects::complex::abs(z)?));
        }
    }
    Err(type_error(format!(
        "bad operand type for abs(): '{}'",
        type_name(v)
    )))
}

/// Whether `%`-formatting treats user object `v` as a mapping
/// (`PyMapping_Check`: it has `__getitem__`; str and tuple subclasses never).
pub fn is_mapping(v: Value) -> bool {
    if matches!(v.kind(), Kind::Str | Kind::Tuple) {
        return false;
    }
    !slot(v, Slot::GetItem).is_null()
        || payload(v).is_some_and(|p| matches!(p.kind(), Kind::Dict | Kind::List))
}

/// `operator.index(v)` for a user object: `__index__`, which must return an int.
pub fn index(v: Value) -> R<Option<Value>> {
    let f = slot(v, Slot::Index);
    if !f.is_null() {
        let r = call_special(f, v, &[])?;
        if !matches!(r.kind(), Kind::Int | Kind::Bool) {
            return Err(type_error(format!(
                "__index__ returned non-int (type {})",
                type_name(r)
            )));
        }
        return Ok(Some(num::to_int(r)));
    }
    match payload(v) {
        Some(p) if matches!(p.kind(), Kind::Int | Kind::Bool) => Ok(Some(p)),
        _ => Ok(None),
    }
}

/// `v` converted with `__index__` when it is a user object that has one
/// (an `int` subclass instance gives its value); anything else unchanged.
pub fn index_value(v: Value) -> R<Value> {
    if is_user(v) {
        if let Some(i) = index(v)? {
            return Ok(i);
        }
    }
    Ok(v)
}

/// `int(v)` for a user object: `__int__`, then `__index__`; `None` if neither.
pub fn to_int(v: Value) -> R<Option<Value>> {
    let f = slot(v, Slot::Int);
    if !f.is_null() {
        let r = call_special(f, v, &[])?;
        if !matches!(r.kind(), Kind::Int | Kind::Bool) {
            return Err(type_error(format!(
                "__int__ returned non-int (type {})",
                type_name(r)
            )));
        }
        return Ok(Some(num::to_int(r)));
    }
    if let Some(p) = payload(v) {
        // `int()` of a float or str subclass instance converts the value.
        if matches!(p.kind(), Kind::Float | Kind::Str) {
            return crate::protocol::num_convert::int_from(p, None).map(Some);
        }
    }
    index(v)
}

/// `float(v)` for a user object: `__float__`, then `__index__`; `None` if neither.
pub fn to_float(v: Value) -> R<Option<Value>> {
    let f = slot(v, Slot::Float);
    if !f.is_null() {
        let r = call_special(f, v, &[])?;
        if r.kind() != Kind::Float {
            return Err(type_error(format!(
                "{}.__float__ returned non-float (type {})",
                type_name(v),
                type_name(r)
            )));
        }
        return Ok(Some(r));
    }
    if let Some(p) = payload(v) {
        if p.kind() == Kind::Float {
            // An exact float, not the subclass instance itself.
            return Ok(Some(crate::objects::float::new(
                crate::objects::float::value(p),
            )));
        }
        if matches!(p.kind(), Kind::Int | Kind::Str) {
            return crate::protocol::num_convert::float_from(p).map(Some);
        }
    }
    match index(v)? {
        Some(i) => crate::protocol::num_convert::float_from(i).map(Some),
        None => Ok(None),
    }
}

// ---- truth, length, items --------------------------------------------------------------

/// Truth value: `__bool__`, then `__len__`, else true.
pub fn truthy(v: Value) -> R<bool> {
    let f = slot(v, Slot::Bool);
    if !f.is_null() {
        let r = call_special(f, v, &[])?;
        if r.kind() != Kind::Bool {
            return Err(type_error(format!(
                "__bool__ should return bool, returned {}",
                type_name(r)
            )));
        }
        return Ok(num::bool_value(r));
    }
    if !slot(v, Slot::Len).is_null() {
        return Ok(len(v)? != 0);
    }
    match payload(v) {
        Some(p) => dispatch::truthy_builtin(p),
        None => Ok(true),
    }
}

/// `len(v)`
pub fn len(v: Value) -> R<usize> {
    let f = slot(v, Slot::Len);
    if f.is_null() {
        return match payload(v) {
            Some(p) => dispatch::len_builtin(p),
            None => Err(type_error(format!(
                "object of type '{}' has no len()",
                type_name(v)
            ))),
        };
    }
    let r = call_special(f, v, &[])?;
    if !matches!(r.kind(), Kind::Int | Kind::Bool) {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(r)
        )));
    }
    let r = num::to_int(r);
    if crate::objects::int::is_negative(r) {
        return Err(value_error("__len__() should return >= 0"));
    }
    match crate::objects::int::as_i64(r) {
        Some(n) => Ok(n as usize),
        None => Err(crate::exc::error::overflow_error(
            "cannot fit 'int' into an index-sized integer",
        )),
    }
}

/// `o[k]`
pub fn getitem(o: Value, k: Value) -> R<Value> {
    let f = slot(o, Slot::GetItem);
    if !f.is_null() {
        return call_special(f, o, &[k]);
    }
    if let Some(p) = payload(o) {
        return basetype::dict_getitem_missing(o, p, index_key(p, k)?);
    }
    Err(type_error(format!(
        "'{}' object is not subscriptable",
        type_name(o)
    )))
}

/// A user-object key of a sequence converted with `__index__`.
fn index_key(container: Value, k: Value) -> R<Value> {
    if is_user(k) && matches!(container.kind(), Kind::List | Kind::Tuple | Kind::Str) {
        if let Some(i) = index(k)? {
            return Ok(i);
        }
    }
    Ok(k)
}

/// `seq[k]` for a built-in sequence and a user-object key with `__index__`.
pub fn index_builtin_key(container: Value, k: Value) -> R<Value> {
    index_key(container, k)
}

/// `o[k] = v`
pub fn setitem(o: Value, k: Value, v: Value) -> R<()> {
    let f = slot(o, Slot::SetItem);
    if !f.is_null() {
        call_special(f, o, &[k, v])?;
        return Ok(());
    }
    if let Some(p) = payload(o) {
        if matches!(
            p.kind(),
            Kind::List | Kind::Dict | Kind::Deque | Kind::Array | Kind::ByteArray
        ) {
            return dispatch::setitem_builtin(p, index_key(p, k)?, v);
        }
    }
    Err(type_error(format!(
        "'{}' object does not support item assignment",
        type_name(o)
    )))
}

/// `del o[k]`
pub fn delitem(o: Value, k: Value) -> R<()> {
    let f = slot(o, Slot::DelItem);
    if !f.is_null() {
        call_special(f, o, &[k])?;
        return Ok(());
    }
    if let Some(p) = payload(o) {
        if matches!(
            p.kind(),
            Kind::List | Kind::Dict | Kind::Deque | Kind::Array | Kind::ByteArray
        ) {
            return dispatch::delitem_builtin(p, index_key(p, k)?);
        }
    }
    Err(type_error(format!(
        "'{}' object doesn't support item deletion",
        type_name(o)
    )))
}

/// `x in c`: `__contains__`, else a search through iteration.
pub fn contains(c: Value, x: Value) -> R<bool> {
    let f = slot(c, Slot::Contains);
    if !f.is_null() {
        let r = call_special(f, c, &[x])?;
        return dispatch::truthy(r);
    }
    if let Some(p) = payload(c) {
        return dispatch::contains_builtin(p, x);
    }
    if slot(c, Slot::Iter).is_null() && slot(c, Slot::GetItem).is_null() {
        return Err(type_error(format!(
            "argument of type '{}' is not iterable",
            type_name(c)
        )));
    }
    let it = iter(c)?;
    while let Some(y) = dispatch::next(it)? {
        if dispatch::container_eq(y, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

// ---- iteration and calls -----------------------------------------------------------------

/// True if `v` is an iterator (has `__next__`).
pub fn is_iterator(v: Value) -> bool {
    if v.is_small() {
        return false;
    }
    match v.header().kind {
        Kind::Iter | Kind::SeqIter | Kind::Generator | Kind::AsyncAwait => true,
        _ => !slot(v, Slot::Next).is_null(),
    }
}

/// `iter(v)`: `__iter__` (whose result must be an iterator), the wrapped
/// value's iterator, or iteration through `__getitem__`.
pub fn iter(v: Value) -> R<Value> {
    let f = slot(v, Slot::Iter);
    if !f.is_null() {
        if object::is_none(f) {
            return Err(not_iterable(v));
        }
        let r = call_special(f, v, &[])?;
        if !is_iterator(r) {
            return Err(type_error(format!(
                "iter() returned non-iterator of type '{}'",
                type_name(r)
            )));
        }
        return Ok(r);
    }
    if let Some(p) = payload(v) {
        return dispatch::iter_builtin(p);
    }
    if !slot(v, Slot::GetItem).is_null() {
        return Ok(crate::class::descr::new_seqiter(v));
    }
    Err(not_iterable(v))
}

fn not_iterable(v: Value) -> Pending {
    type_error(format!("'{}' object is not iterable", type_name(v)))
}

/// `next(it)` for a user iterator: `__next__`; StopIteration ends it (`None`).
pub fn next(it: Value) -> R<Option<Value>> {
    let f = slot(it, Slot::Next);
    if f.is_null() {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            type_name(it)
        )));
    }
    match call_special(f, it, &[]) {
        Ok(v) => Ok(Some(v)),
        Err(p) => {
            let e = crate::exc::error::pending();
            if object::isinstance(e, &exc::STOP_ITERATION) {
                crate::exc::error::take_pending();
                Ok(None)
            } else {
                Err(p)
            }
        }
    }
}

/// `reversed(v)`: `__reversed__`, else the sequence protocol.
pub fn reversed(v: Value) -> R<Value> {
    let f = slot(v, Slot::Reversed);
    if object::is_none(f) {
        // `__reversed__ = None` (as `Mapping` sets it) opts out.
        return Err(type_error(format!(
            "'{}' object is not reversible",
            type_name(v)
        )));
    }
    if !f.is_null() {
        return call_special(f, v, &[]);
    }
    if let Some(p) = payload(v) {
        return crate::objects::iter::reversed(p);
    }
    if !slot(v, Slot::Len).is_null() && !slot(v, Slot::GetItem).is_null() {
        let n = len(v)? as i64;
        return Ok(crate::objects::iter::new(
            &crate::objects::iter::REVERSED,
            crate::objects::iter::IterState::Reversed { seq: v, idx: n - 1 },
        ));
    }
    Err(type_error(format!(
        "'{}' object is not reversible",
        type_name(v)
    )))
}

/// Calls method `name` of user object `v` if its class (not a built-in
/// base) defines it; `None` if it does not.
pub fn call_optional(v: Value, name: &str, args: &[Value]) -> R<Option<Value>> {
    let t = object::type_of(v);
    match class::lookup(t, crate::objects::str::new(name)) {
        Some(class::Found::Attr(f)) => call_special(f, v, args).map(Some),
        _ => Ok(None),
    }
}

/// `divmod(a, b)` where an operand is a user object: `__divmod__`, then
/// `__rdivmod__`, then the wrapped numbers; `None` if nothing applies.
pub fn divmod(a: Value, b: Value) -> R<Option<Value>> {
    if is_user(a) {
        if let Some(r) = call_optional(a, "__divmod__", &[b])? {
            if !is_ni(r) {
                return Ok(Some(r));
            }
        }
    }
    if is_user(b) && !std::ptr::eq(object::type_of(a), object::type_of(b)) {
        if let Some(r) = call_optional(b, "__rdivmod__", &[a])? {
            if !is_ni(r) {
                return Ok(Some(r));
            }
        }
    }
    let (pa, pb) = (unwrap(a), unwrap(b));
    if !is_user(pa) && !is_user(pb) && dispatch::is_number(pa) && dispatch::is_number(pb) {
        return num::divmod(pa, pb).map(Some);
    }
    Ok(None)
}

/// True if `v` can be called (`callable(v)`).
pub fn is_callable(v: Value) -> bool {
    !slot(v, Slot::Call).is_null()
}

/// `v(*args)` for a user object: `__call__`.
pub fn call(v: Value, args: Args) -> R<Value> {
    let f = slot(v, Slot::Call);
    if f.is_null() {
        // A `weakref.ref` subclass instance calls its reference.
        if let Some(p) = payload(v).filter(|p| p.kind() == Kind::WeakRef) {
            return crate::objects::weakref::call(p, args);
        }
        return Err(type_error(format!(
            "'{}' object is not callable",
            type_name(v)
        )));
    }
    match f.kind() {
        Kind::Func => instance::call_with_self(f, v, args),
        _ => {
            let bound = crate::class::descr::get_from_instance(f, v, object::type_of(v))?;
            dispatch::call(bound, args)
        }
    }
}
