//! Generic operations on any value: the one place that matches on `Kind` and
//! forwards to the module owning that type. Every TypeError for an operation
//! a type does not support is produced here, in CPython's wording.

use crate::class::ops::{self as class_ops, is_user};
use crate::exc::error::{type_error, R};
use crate::object::{self, type_name, Kind};
use crate::protocol::args::Args;
use crate::value::Value;
use crate::{
    class, class::descr, class::instance, exc, objects::complex, objects::dict, objects::float,
    objects::func, objects::generator, objects::int, objects::iter, objects::list::ops as list_ops,
    objects::range, objects::set, objects::slice, objects::str::ops as str_ops,
    objects::tuple::ops as tuple_ops, protocol::num, stdlib::array::ops as array_ops,
    stdlib::collections::deque_ops,
};
use alrt_abi::ops::{BinOp, CmpOp, UnaryOp};

/// True for values of the numeric tower handled by `num` (int, bool, float).
#[inline]
pub fn is_number(v: Value) -> bool {
    v.is_small() || matches!(v.kind(), Kind::Int | Kind::Bool | Kind::Float)
}

/// `repr(v)`
pub fn repr(v: Value) -> R<String> {
    if writes_into(v) {
        let mut out = String::new();
        repr_into(v, &mut out)?;
        return Ok(out);
    }
    crate::exc::recursion::check()?;
    if is_user(v) {
        return class_ops::repr(v);
    }
    repr_builtin(v)
}

/// True for the built-in containers, whose repr writes into a buffer.
fn writes_into(v: Value) -> bool {
    !is_user(v)
        && matches!(
            v.kind(),
            Kind::List | Kind::Tuple | Kind::Dict | Kind::Set | Kind::FrozenSet | Kind::Deque
        )
}

/// Appends `repr(v)` to `out`. Containers write their items' reprs into the
/// same buffer, so the repr of deeply nested containers takes linear time.
pub fn repr_into(v: Value, out: &mut String) -> R<()> {
    if !writes_into(v) {
        out.push_str(&repr(v)?);
        return Ok(());
    }
    crate::exc::recursion::check()?;
    match v.kind() {
        Kind::List => list_ops::repr_into(v, out),
        Kind::Tuple => tuple_ops::repr_into(v, out),
        Kind::Dict => dict::repr_into(v, out),
        Kind::Deque => deque_ops::repr_into(v, out),
        _ => set::repr_into(v, out),
    }
}

/// `repr(v)` by the built-in type of `v`'s layout (never a user method).
pub fn repr_builtin(v: Value) -> R<String> {
    match v.kind() {
        Kind::Int => Ok(int::repr(v)),
        Kind::Bool => Ok(if num::bool_value(v) { "True" } else { "False" }.into()),
        Kind::NoneType => Ok("None".into()),
        Kind::Float => Ok(float::repr(float::value(v))),
        Kind::Complex => {
            let (re, im) = complex::parts(v);
            Ok(complex::repr(re, im))
        }
        Kind::Str => Ok(str_ops::repr(crate::objects::str::as_str(v))),
        Kind::List => list_ops::repr(v),
        Kind::Tuple => tuple_ops::repr(v),
        Kind::Dict => dict::repr(v),
        Kind::Set | Kind::FrozenSet => set::repr(v),
        Kind::Range => range::repr(v),
        Kind::Slice => slice::repr(v),
        Kind::DictView => dict::view_repr(v),
        Kind::Exception => exc::repr(v.as_ref()),
        Kind::Type => Ok(class::type_repr(v.as_ref())),
        Kind::Func => Ok(format!("<function {} at {:#x}>", func::qualname(v), v.0)),
        Kind::Builtin => Ok(format!("<built-in function {}>", func::builtin_name(v))),
        Kind::BoundMethod => Ok(func::bound_method_repr(v)),
        Kind::NotImplemented => Ok("NotImplemented".into()),
        Kind::Ellipsis => Ok("Ellipsis".into()),
        Kind::Iter => Ok(format!("<{} object at {:#x}>", iter::type_name(v), v.0)),
        Kind::Generator | Kind::Coroutine | Kind::AsyncGenerator => Ok(generator::repr(v)),
        Kind::AsyncAwait => Ok(crate::objects::async_gen::repr(v)),
        Kind::Instance => class_ops::repr(v),
        Kind::Cell | Kind::Traceback | Kind::Random | Kind::Struct => {
            Ok(format!("<{} object at {:#x}>", type_name(v), v.0))
        }
        Kind::Alias => crate::objects::alias::repr(v),
        Kind::Module => Ok(crate::objects::module::repr(v)),
        Kind::Deque => deque_ops::repr(v),
        Kind::TextIO | Kind::StringIO => crate::io::repr(v),
        Kind::Method
        | Kind::Property
        | Kind::StaticMethod
        | Kind::ClassMethod
        | Kind::Super
        | Kind::SeqIter => descr::repr(v),
        Kind::Descr => Ok(crate::types::descr::repr(v.as_ref())),
        Kind::Bytes | Kind::ByteArray => Ok(crate::objects::bytes::ops::repr(v)),
        Kind::MemoryView => Ok(crate::objects::bytes::memoryview::repr(v)),
        Kind::BinaryIO => crate::io::binary::repr(v),
        Kind::Array => array_ops::repr(v),
        Kind::WeakRef => crate::objects::weakref::repr(v),
        Kind::MappingProxy => crate::objects::mappingproxy::repr(v),
        // Linked modules' kinds: through their hooks.
        Kind::Hash | Kind::RePattern | Kind::ReMatch => {
            match crate::stdlib::hooks::kind(v.kind()) {
                Some(h) => (h.repr)(v),
                None => Ok(format!("<{} object at {:#x}>", type_name(v), v.0)),
            }
        }
        Kind::ReScanner | Kind::ZStream => Ok(format!("<{} object at {:#x}>", type_name(v), v.0)),
        Kind::Code => Ok(crate::objects::code::repr(v)),
    }
}

/// `str(v)`
pub fn str_of(v: Value) -> R<String> {
    if is_user(v) {
        return class_ops::str_of(v);
    }
    match v.kind() {
        Kind::Str => Ok(crate::objects::str::as_str(v).to_string()),
        Kind::Exception => exc::to_str(v.as_ref()),
        Kind::MappingProxy => str_of(crate::objects::mappingproxy::mapping(v)),
        _ => repr(v),
    }
}

/// `str(v)` as a str value, reusing `v` when it already is one.
pub fn str_value(v: Value) -> R<Value> {
    if v.is_small() {
        Ok(int::small_str(v.small()))
    } else if v.kind() == Kind::Str && !is_user(v) {
        Ok(v)
    } else if is_user(v) {
        class_ops::str_value(v)
    } else {
        Ok(crate::objects::str::from_string(str_of(v)?))
    }
}

/// `hash(v)`
pub fn hash(v: Value) -> R<i64> {
    if is_user(v) {
        return class_ops::hash(v);
    }
    hash_builtin(v)
}

/// `hash(v)` by the built-in type of `v`'s layout.
pub fn hash_builtin(v: Value) -> R<i64> {
    match v.kind() {
        Kind::Int => Ok(int::hash(v)),
        Kind::Bool => Ok(num::bool_value(v) as i64),
        Kind::Float => Ok(float::hash(float::value(v))),
        Kind::Complex => {
            let (re, im) = complex::parts(v);
            Ok(complex::hash(re, im))
        }
        Kind::Str => Ok(str_ops::hash(v)),
        Kind::Bytes => Ok(crate::objects::bytes::ops::hash(v)),
        Kind::MemoryView => crate::objects::bytes::memoryview::hash(v),
        Kind::Tuple => tuple_ops::hash(v),
        Kind::FrozenSet => set::hash(v),
        Kind::Range => range::hash(v),
        Kind::List
        | Kind::Dict
        | Kind::Set
        | Kind::Slice
        | Kind::DictView
        | Kind::Deque
        | Kind::ByteArray
        | Kind::Array
        | Kind::MappingProxy => Err(type_error(format!("unhashable type: '{}'", type_name(v)))),
        Kind::Method => Ok(descr::method_hash(v)),
        Kind::Alias => crate::objects::alias::hash(v),
        Kind::WeakRef => crate::objects::weakref::hash(v),
        Kind::RePattern => match crate::stdlib::hooks::kind(Kind::RePattern).and_then(|h| h.hash) {
            Some(f) => f(v),
            None => Ok(v.0.rotate_right(4) as i64),
        },
        // Identity hashes: CPython hashes these by address (id() >> 4, rotated).
        _ => Ok(v.0.rotate_right(4) as i64),
    }
}

/// `a == b` with Python semantics (no identity shortcut: `nan == nan` is False).
pub fn eq(a: Value, b: Value) -> R<bool> {
    if a.is_small() && b.is_small() {
        return Ok(a == b);
    }
    compare_bool(a, b, CmpOp::Eq)
}

/// Equality as containers use it: identity first, then `==`.
pub fn container_eq(a: Value, b: Value) -> R<bool> {
    if a == b {
        return Ok(true);
    }
    eq(a, b)
}

/// `a < b` (used by sorting, min and max).
pub fn lt(a: Value, b: Value) -> R<bool> {
    if a.is_small() && b.is_small() {
        return Ok(a.small() < b.small());
    }
    compare_bool(a, b, CmpOp::Lt)
}

/// Rich comparison returning a Python value (always a bool for built-in
/// types; whatever a user class's method returns otherwise).
pub fn compare(a: Value, b: Value, op: CmpOp) -> R<Value> {
    if is_user(a) || is_user(b) {
        return class_ops::richcompare(a, b, op);
    }
    compare_bool(a, b, op).map(object::boolean)
}

/// Rich comparison as a Rust bool.
pub fn compare_bool(a: Value, b: Value, op: CmpOp) -> R<bool> {
    crate::exc::recursion::check()?;
    if is_user(a) || is_user(b) {
        let r = class_ops::richcompare(a, b, op)?;
        return truthy(r);
    }
    compare_builtin(a, b, op)
}

/// Rich comparison by the built-in types of the operands' layouts.
pub fn compare_builtin(a: Value, b: Value, op: CmpOp) -> R<bool> {
    if let Some(r) = num::compare(a, b, op) {
        return Ok(r);
    }
    if let Some(r) = complex::compare(a, b, op) {
        return Ok(r);
    }
    let (ka, kb) = (a.kind(), b.kind());
    if ka == Kind::WeakRef && kb == Kind::WeakRef {
        if let Some(r) = crate::objects::weakref::compare(a, b, op)? {
            return Ok(r);
        }
    }
    if ka == Kind::MappingProxy {
        let r = crate::objects::mappingproxy::compare(a, b, op)?;
        return truthy(r);
    }
    if kb == Kind::MappingProxy {
        let r = crate::objects::mappingproxy::compare(b, a, op.swapped())?;
        return truthy(r);
    }
    if ka == Kind::Method && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        let eq = descr::method_eq(a, b).unwrap_or(false);
        return Ok(eq == (op == CmpOp::Eq));
    }
    if let Some(r) = crate::objects::bytes::ops::compare(a, b, op) {
        return Ok(r);
    }
    if (ka == Kind::MemoryView || kb == Kind::MemoryView) && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        if let Some(e) = crate::objects::bytes::memoryview::eq(a, b)? {
            return Ok(e == (op == CmpOp::Eq));
        }
    }
    // Keys and items views compare as sets, with sets and with each other.
    if ka == Kind::DictView || kb == Kind::DictView {
        if let Some(r) = dict::view_richcompare(a, b, op)? {
            return Ok(r);
        }
    }
    let same = ka == kb
        || (matches!(ka, Kind::Set | Kind::FrozenSet) && matches!(kb, Kind::Set | Kind::FrozenSet));
    if same {
        let r = match ka {
            Kind::Str => Some(Ok(str_ops::compare(
                crate::objects::str::as_str(a),
                crate::objects::str::as_str(b),
                op,
            ))),
            Kind::List => Some(list_ops::compare(a, b, op)),
            Kind::Tuple => Some(tuple_ops::compare(a, b, op)),
            Kind::Deque => Some(deque_ops::compare(a, b, op)),
            Kind::Array => Some(array_ops::compare(a, b, op).map(|r| r.unwrap_or(false))),
            Kind::Set | Kind::FrozenSet => Some(set::compare(a, b, op)),
            Kind::Dict if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                Some(dict::eq(a, b).map(|e| e == (op == CmpOp::Eq)))
            }
            Kind::Range if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                Some(range::eq(a, b).map(|e| e == (op == CmpOp::Eq)))
            }
            Kind::DictView if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                Some(dict::view_eq(a, b).map(|e| e == (op == CmpOp::Eq)))
            }
            Kind::Slice => Some(slice_compare(a, b, op)),
            Kind::Alias if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                Some(crate::objects::alias::eq(a, b).map(|e| e == (op == CmpOp::Eq)))
            }
            Kind::RePattern if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                crate::stdlib::hooks::kind(Kind::RePattern)
                    .and_then(|h| h.eq)
                    .map(|eq| eq(a, b).map(|e| e == (op == CmpOp::Eq)))
            }
            _ => None,
        };
        if let Some(r) = r {
            return r;
        }
    }
    match op {
        CmpOp::Eq => Ok(a == b),
        CmpOp::Ne => Ok(a != b),
        _ => Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            type_name(a),
            type_name(b)
        ))),
    }
}

/// Slices compare as the tuples `(start, stop, step)`, with CPython's
/// shortcut for a slice compared with itself.
fn slice_compare(a: Value, b: Value, op: CmpOp) -> R<bool> {
    if a == b {
        return Ok(matches!(op, CmpOp::Eq | CmpOp::Le | CmpOp::Ge));
    }
    let fields = |s: Value| {
        let o = s.as_ref::<slice::SliceObj>();
        [o.start, o.stop, o.step]
    };
    let ta = crate::objects::tuple::from_slice(&fields(a));
    let tb = crate::objects::tuple::from_slice(&fields(b));
    tuple_ops::compare(ta, tb, op)
}

/// Truth value of `v`.
pub fn truthy(v: Value) -> R<bool> {
    if v.is_small() {
        return Ok(v.small() != 0);
    }
    if is_user(v) {
        return class_ops::truthy(v);
    }
    truthy_builtin(v)
}

/// Truth value by the built-in type of `v`'s layout.
pub fn truthy_builtin(v: Value) -> R<bool> {
    if v.is_small() {
        return Ok(v.small() != 0);
    }
    match v.kind() {
        Kind::Bool => Ok(num::bool_value(v)),
        Kind::NoneType => Ok(false),
        Kind::Int | Kind::Float => Ok(num::truthy(v)),
        Kind::Complex => {
            let (re, im) = complex::parts(v);
            Ok(re != 0.0 || im != 0.0)
        }
        Kind::Str => Ok(v.as_ref::<crate::objects::str::StrObj>().nchars != 0),
        Kind::List
        | Kind::Tuple
        | Kind::Dict
        | Kind::Set
        | Kind::FrozenSet
        | Kind::Range
        | Kind::DictView
        | Kind::Deque
        | Kind::Bytes
        | Kind::ByteArray
        | Kind::MemoryView
        | Kind::Array
        | Kind::MappingProxy => Ok(len_builtin(v)? != 0),
        _ => Ok(true),
    }
}

/// `len(v)`
pub fn len(v: Value) -> R<usize> {
    if is_user(v) {
        return class_ops::len(v);
    }
    len_builtin(v)
}

/// `len(v)` by the built-in type of `v`'s layout.
pub fn len_builtin(v: Value) -> R<usize> {
    match v.kind() {
        Kind::Str => Ok(v.as_ref::<crate::objects::str::StrObj>().nchars),
        Kind::List => Ok(list_ops::len(v)),
        Kind::Tuple => Ok(crate::objects::tuple::items(v).len()),
        Kind::Dict => Ok(dict::len(v)),
        Kind::Set | Kind::FrozenSet => Ok(set::len(v)),
        Kind::Range => range::len(v),
        Kind::DictView => Ok(dict::view_len(v)),
        Kind::Deque => Ok(crate::stdlib::collections::deque::len(v)),
        Kind::Bytes | Kind::ByteArray => Ok(crate::objects::bytes::ops::len(v)),
        Kind::MemoryView => crate::objects::bytes::memoryview::len(v),
        Kind::Array => Ok(crate::stdlib::array::len(v)),
        Kind::MappingProxy => crate::objects::mappingproxy::len(v),
        _ => Err(type_error(format!(
            "object of type '{}' has no len()",
            type_name(v)
        ))),
    }
}

/// `iter(v)`
pub fn iter(v: Value) -> R<Value> {
    match v.kind() {
        Kind::Iter | Kind::SeqIter | Kind::Generator | Kind::AsyncAwait => return Ok(v),
        _ if is_user(v) => return class_ops::iter(v),
        Kind::TextIO | Kind::StringIO => return crate::io::iter(v),
        Kind::BinaryIO => return crate::io::binary::iter(v),
        Kind::MappingProxy => return crate::objects::mappingproxy::iter(v),
        _ => {}
    }
    iter_builtin(v)
}

/// `iter(v)` by the built-in type of `v`'s layout.
pub fn iter_builtin(v: Value) -> R<Value> {
    match iter::make(v)? {
        Some(it) => Ok(it),
        None => Err(type_error(format!(
            "'{}' object is not iterable",
            type_name(v)
        ))),
    }
}

/// `next(it)`: `Ok(None)` when exhausted.
pub fn next(it: Value) -> R<Option<Value>> {
    match it.kind() {
        Kind::Iter => return iter::next(it),
        Kind::SeqIter => return descr::seqiter_next(it),
        Kind::Generator => return generator::next(it),
        Kind::AsyncAwait => return crate::objects::async_gen::next(it),
        _ if is_user(it) => return class_ops::next(it),
        Kind::TextIO | Kind::StringIO => return crate::io::next(it),
        Kind::BinaryIO => return crate::io::binary::next(it),
        _ => {}
    }
    Err(type_error(format!(
        "'{}' object is not an iterator",
        type_name(it)
    )))
}

/// Collects any iterable into a rooted Vec: each `next` may allocate and
/// collect, and the items produced so far have no other holder.
pub fn collect(v: Value) -> R<crate::gc::RootedVec> {
    match v.kind() {
        Kind::List => return Ok(crate::gc::RootedVec::from_vec(list_ops::snapshot(v))),
        // Exact tuples only (`PySequence_Fast`): a subclass may override `__iter__`.
        Kind::Tuple if !is_user(v) => {
            return Ok(crate::gc::RootedVec::from_vec(
                crate::objects::tuple::items(v).to_vec(),
            ))
        }
        _ => {}
    }
    // CPython's order: the iterator, then the hint.
    let it = iter(v)?;
    let hint = length_hint(v)?;
    let mut out = crate::gc::RootedVec::new();
    if let Some(n) = hint {
        list_ops::try_reserve(&mut out, n)?;
    }
    while let Some(x) = next(it)? {
        out.push(x);
    }
    Ok(out)
}

/// How many items iterating `v` will give, when a built-in type knows it
/// up front: a consumer reserves room first, so `list(range(10**12))`
/// is a MemoryError at once (as CPython's `__length_hint__` makes it), not
/// a slow walk into exhausted memory.
pub fn length_hint(v: Value) -> R<Option<usize>> {
    if is_user(v) {
        // CPython asks a class's `__len__` too (a mock records the call);
        // a TypeError from it only means "no hint".
        let has_len =
            crate::class::of_value(v).is_some_and(|c| !c.slot(crate::class::Slot::Len).is_null());
        if has_len {
            return match len(v) {
                Ok(n) => Ok(Some(n)),
                Err(crate::exc::error::Pending)
                    if crate::exc::error::pending_is(&crate::exc::TYPE_ERROR) =>
                {
                    crate::exc::error::take_pending();
                    Ok(None)
                }
                Err(e) => Err(e),
            };
        }
    }
    match v.kind() {
        Kind::Range => Ok(Some(crate::objects::range::len(v)?)),
        _ => Ok(None),
    }
}

/// `o[k]`
pub fn getitem(o: Value, k: Value) -> R<Value> {
    if is_user(o) {
        return class_ops::getitem(o, k);
    }
    getitem_builtin(o, k)
}

/// `o[start:stop:step]`: an exact list, tuple or str with small-int or
/// None bounds is sliced without making the slice object; anything else
/// is `o[slice(start, stop, step)]`.
pub fn getslice(o: Value, start: Value, stop: Value, step: Value) -> R<Value> {
    type Slicer = fn(Value, (i64, i64, i64)) -> Value;
    let slicer: Option<Slicer> = match o.kind() {
        _ if o.is_small() || is_user(o) => None,
        Kind::List => Some(list_ops::getslice),
        Kind::Tuple => Some(tuple_ops::getslice),
        Kind::Str => Some(str_ops::getslice),
        _ => None,
    };
    if let Some(f) = slicer {
        if let Some(parts) = slice::unpack_plain(start, stop, step) {
            return Ok(f(o, parts?));
        }
    }
    getitem(o, slice::new(start, stop, step))
}

/// `o[k]` by the built-in type of `o`'s layout.
pub fn getitem_builtin(o: Value, k: Value) -> R<Value> {
    match o.kind() {
        Kind::List if is_user(k) => list_ops::getitem(o, class_ops::index_builtin_key(o, k)?),
        Kind::Tuple if is_user(k) => tuple_ops::getitem(o, class_ops::index_builtin_key(o, k)?),
        Kind::Str if is_user(k) => str_ops::getitem(o, class_ops::index_builtin_key(o, k)?),
        Kind::List => list_ops::getitem(o, k),
        Kind::Tuple => tuple_ops::getitem(o, k),
        Kind::Str => str_ops::getitem(o, k),
        Kind::Dict => dict::getitem(o, k),
        Kind::MappingProxy => crate::objects::mappingproxy::getitem(o, k),
        Kind::Range => range::getitem(o, k),
        Kind::Deque => deque_ops::getitem(o, k),
        Kind::Array => array_ops::getitem(o, k),
        Kind::ReMatch => match crate::stdlib::hooks::kind(Kind::ReMatch).and_then(|h| h.getitem) {
            Some(f) => f(o, k),
            None => Err(type_error("'re.Match' object is not subscriptable")),
        },
        Kind::Bytes | Kind::ByteArray => {
            crate::objects::bytes::ops::getitem(o, class_ops::index_value(k)?)
        }
        Kind::MemoryView => {
            crate::objects::bytes::memoryview::getitem(o, class_ops::index_value(k)?)
        }
        Kind::Alias if std::ptr::eq(o.header().ty, &crate::objects::alias::GENERIC_ALIAS_TYPE) => {
            crate::objects::alias::getitem(o, k)
        }
        Kind::Type if o.as_ref::<object::TypeObj>().class.is_some() => {
            class::class_getitem(o.as_ref(), k)
        }
        Kind::Type if crate::objects::alias::subscriptable(o) => {
            Ok(crate::objects::alias::generic(o, k))
        }
        Kind::Type => Err(type_error(format!(
            "type '{}' is not subscriptable",
            object::type_of_type_name(o)
        ))),
        _ => Err(type_error(format!(
            "'{}' object is not subscriptable",
            type_name(o)
        ))),
    }
}

/// `o[k] = v`
pub fn setitem(o: Value, k: Value, v: Value) -> R<()> {
    if is_user(o) {
        return class_ops::setitem(o, k, v);
    }
    setitem_builtin(o, k, v)
}

/// `o[start:stop:step] = v`: an exact list with small-int or None bounds
/// is assigned without making the slice object.
pub fn setslice(o: Value, start: Value, stop: Value, step: Value, v: Value) -> R<()> {
    if !o.is_small() && o.kind() == Kind::List && !is_user(o) {
        if let Some(parts) = slice::unpack_plain(start, stop, step) {
            return list_ops::assign_slice(o, parts?, v);
        }
    }
    setitem(o, slice::new(start, stop, step), v)
}

/// `o[k] = v` by the built-in type of `o`'s layout.
pub fn setitem_builtin(o: Value, k: Value, v: Value) -> R<()> {
    match o.kind() {
        Kind::List if is_user(k) => list_ops::setitem(o, class_ops::index_builtin_key(o, k)?, v),
        Kind::List => list_ops::setitem(o, k, v),
        Kind::Dict => dict::setitem(o, k, v),
        Kind::Deque => deque_ops::setitem(o, k, v),
        Kind::Array => array_ops::setitem(o, k, v),
        Kind::ByteArray => crate::objects::bytes::ops::setitem(o, class_ops::index_value(k)?, v),
        Kind::MemoryView => {
            crate::objects::bytes::memoryview::setitem(o, class_ops::index_value(k)?, v)
        }
        _ => Err(type_error(format!(
            "'{}' object does not support item assignment",
            type_name(o)
        ))),
    }
}

/// `del o[k]`
pub fn delitem(o: Value, k: Value) -> R<()> {
    if is_user(o) {
        return class_ops::delitem(o, k);
    }
    delitem_builtin(o, k)
}

/// `del o[k]` by the built-in type of `o`'s layout.
pub fn delitem_builtin(o: Value, k: Value) -> R<()> {
    match o.kind() {
        Kind::List if is_user(k) => list_ops::delitem(o, class_ops::index_builtin_key(o, k)?),
        Kind::List => list_ops::delitem(o, k),
        Kind::Dict => dict::delitem(o, k),
        Kind::Deque => deque_ops::delitem(o, k),
        Kind::Array => array_ops::delitem(o, k),
        Kind::ByteArray => crate::objects::bytes::ops::delitem(o, class_ops::index_value(k)?),
        Kind::MemoryView => crate::objects::bytes::memoryview::delitem(o, k),
        Kind::MappingProxy => Err(crate::objects::mappingproxy::delitem_error(o, k)),
        _ => Err(type_error(format!(
            "'{}' object doesn't support item deletion",
            type_name(o)
        ))),
    }
}

/// `x in c`
pub fn contains(c: Value, x: Value) -> R<bool> {
    if is_user(c) {
        return class_ops::contains(c, x);
    }
    contains_builtin(c, x)
}

/// `x in c` by the built-in type of `c`'s layout.
pub fn contains_builtin(c: Value, x: Value) -> R<bool> {
    match c.kind() {
        Kind::Str => str_ops::contains(c, x),
        Kind::List => list_ops::contains(c, x),
        Kind::Tuple => tuple_ops::contains(c, x),
        Kind::Dict => dict::contains(c, x),
        Kind::Set | Kind::FrozenSet => set::contains(c, x),
        Kind::Range => range::contains(c, x),
        Kind::DictView => dict::view_contains(c, x),
        Kind::MappingProxy => crate::objects::mappingproxy::contains(c, x),
        Kind::Deque => deque_ops::contains(c, x),
        Kind::Array => array_ops::contains(c, x),
        Kind::Bytes | Kind::ByteArray => crate::objects::bytes::ops::contains(c, x),
        Kind::MemoryView => crate::objects::bytes::memoryview::contains(c, x),
        Kind::Iter => {
            while let Some(y) = iter::next(c)? {
                if container_eq(y, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Kind::SeqIter => {
            while let Some(y) = descr::seqiter_next(c)? {
                if container_eq(y, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Kind::TextIO | Kind::StringIO => {
            let it = crate::io::iter(c)?;
            while let Some(y) = crate::io::next(it)? {
                if container_eq(y, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(type_error(format!(
            "argument of type '{}' is not iterable",
            type_name(c)
        ))),
    }
}

/// `a op b`
pub fn binop(op: BinOp, a: Value, b: Value) -> R<Value> {
    if is_user(a) || is_user(b) {
        return class_ops::binop(op, a, b);
    }
    binop_builtin(op, a, b)
}

/// `a op b` by the built-in types of the operands' layouts.
pub fn binop_builtin(op: BinOp, a: Value, b: Value) -> R<Value> {
    if is_number(a) && is_number(b) {
        return num::binop(op, a, b);
    }
    // `str + str` before the complex and other checks: the commonest
    // operation on objects.
    if op == BinOp::Add && a.kind() == Kind::Str && b.kind() == Kind::Str {
        return str_ops::concat(a, b);
    }
    if let Some(r) = complex::binop(op, a, b) {
        return r;
    }
    if op == BinOp::Or
        && (a.kind() == Kind::MappingProxy || b.kind() == Kind::MappingProxy)
        && !is_user(a)
        && !is_user(b)
    {
        return crate::objects::mappingproxy::or(a, b);
    }
    let r = match (a.kind(), op) {
        (Kind::Str, BinOp::Add) if b.kind() == Kind::Str => Some(str_ops::concat(a, b)),
        (Kind::Str, BinOp::Mod) => Some(crate::text::format::percent(a, b)),
        (Kind::Str, BinOp::Mul) => int_arg(b).map(|n| n.and_then(|n| str_ops::repeat(a, n))),
        (Kind::List, BinOp::Add) if b.kind() == Kind::List => Some(list_ops::concat(a, b)),
        (Kind::List, BinOp::Mul) => int_arg(b).map(|n| n.and_then(|n| list_ops::repeat(a, n))),
        (Kind::Tuple, BinOp::Add) if b.kind() == Kind::Tuple => Some(tuple_ops::concat(a, b)),
        (Kind::Tuple, BinOp::Mul) => int_arg(b).map(|n| n.and_then(|n| tuple_ops::repeat(a, n))),
        (Kind::Set | Kind::FrozenSet, BinOp::Sub | BinOp::And | BinOp::Or | BinOp::Xor)
            if matches!(b.kind(), Kind::Set | Kind::FrozenSet) =>
        {
            Some(set::binop(op, a, b))
        }
        (Kind::Set | Kind::FrozenSet, BinOp::Sub | BinOp::And | BinOp::Or | BinOp::Xor)
            if b.kind() == Kind::DictView =>
        {
            Some(dict::view_binop(op, a, b))
        }
        (Kind::DictView, BinOp::Sub | BinOp::And | BinOp::Or | BinOp::Xor) => {
            Some(dict::view_binop(op, a, b))
        }
        (Kind::Dict, BinOp::Or) if b.kind() == Kind::Dict => Some(dict::merge(a, b)),
        (Kind::Bytes | Kind::ByteArray, BinOp::Add) => {
            Some(crate::objects::bytes::ops::concat(a, b))
        }
        (Kind::Bytes | Kind::ByteArray, BinOp::Mod) => {
            Some(crate::objects::bytes::format::percent(a, b))
        }
        (Kind::Bytes | Kind::ByteArray, BinOp::Mul) => {
            int_arg(b).map(|n| n.and_then(|n| crate::objects::bytes::ops::repeat(a, n)))
        }
        (Kind::Deque, BinOp::Add) if b.kind() == Kind::Deque => Some(deque_ops::concat(a, b)),
        (Kind::Deque, BinOp::Mul) => int_arg(b).map(|n| n.and_then(|n| deque_ops::repeat(a, n))),
        (Kind::Array, BinOp::Add) => Some(array_ops::concat(a, b)),
        (Kind::Array, BinOp::Mul) => int_arg(b).map(|n| n.and_then(|n| array_ops::repeat(a, n))),
        (Kind::Type | Kind::Alias | Kind::NoneType, BinOp::Or) => {
            crate::objects::alias::union(a, b).transpose()
        }
        (Kind::Int | Kind::Bool, BinOp::Mul) => match b.kind() {
            Kind::Str => int_arg(a).map(|n| n.and_then(|n| str_ops::repeat(b, n))),
            Kind::List => int_arg(a).map(|n| n.and_then(|n| list_ops::repeat(b, n))),
            Kind::Tuple => int_arg(a).map(|n| n.and_then(|n| tuple_ops::repeat(b, n))),
            Kind::Deque => int_arg(a).map(|n| n.and_then(|n| deque_ops::repeat(b, n))),
            Kind::Array => int_arg(a).map(|n| n.and_then(|n| array_ops::repeat(b, n))),
            Kind::Bytes | Kind::ByteArray => {
                int_arg(a).map(|n| n.and_then(|n| crate::objects::bytes::ops::repeat(b, n)))
            }
            _ => None,
        },
        _ => None,
    };
    if let Some(r) = r {
        return r;
    }
    Err(binop_type_error(op, a, b))
}

/// The repeat count of `seq * v`: None when `v` is not an int; an
/// OverflowError when it does not fit an index, as CPython's
/// `PyNumber_AsSsize_t` raises it.
fn int_arg(v: Value) -> Option<R<i64>> {
    match v.kind() {
        Kind::Int => Some(int::as_i64(v).ok_or_else(|| {
            crate::exc::error::overflow_error("cannot fit 'int' into an index-sized integer")
        })),
        Kind::Bool => Some(Ok(num::bool_value(v) as i64)),
        _ => None,
    }
}

/// The TypeError CPython raises for `a op b` on unsupported operand types.
pub fn binop_type_error(op: BinOp, a: Value, b: Value) -> crate::exc::error::Pending {
    let (ta, tb) = (type_name(a), type_name(b));
    match (a.kind(), op) {
        (Kind::Str | Kind::List | Kind::Tuple, BinOp::Add) => {
            type_error(format!("can only concatenate {ta} (not \"{tb}\") to {ta}"))
        }
        (Kind::Deque, BinOp::Add) => type_error(format!(
            "can only concatenate deque (not \"{tb}\") to deque"
        )),
        (k, BinOp::Mul) if is_sequence_kind(k) => {
            type_error(format!("can't multiply sequence by non-int of type '{tb}'"))
        }
        _ if op == BinOp::Mul && is_sequence_kind(b.kind()) && !is_sequence_kind(a.kind()) => {
            type_error(format!("can't multiply sequence by non-int of type '{ta}'"))
        }
        _ => type_error(format!(
            "unsupported operand type(s) for {}: '{ta}' and '{tb}'",
            op.symbol()
        )),
    }
}

/// The built-in kinds `*` repeats.
fn is_sequence_kind(k: Kind) -> bool {
    matches!(
        k,
        Kind::Str
            | Kind::List
            | Kind::Tuple
            | Kind::Deque
            | Kind::Bytes
            | Kind::ByteArray
            | Kind::Array
    )
}

/// `a op= b`: mutates lists, sets and dicts in place, else falls back to `binop`.
pub fn inplace(op: BinOp, a: Value, b: Value) -> R<Value> {
    let r = if is_user(a) || is_user(b) {
        class_ops::inplace(op, a, b)
    } else {
        inplace_builtin(op, a, b)
    };
    r.map_err(|p| inplace_message(op, p))
}

/// `a op= b` by the built-in types of the operands' layouts.
pub fn inplace_builtin(op: BinOp, a: Value, b: Value) -> R<Value> {
    let r = inplace_builtin_inner(op, a, b);
    r.map_err(|p| inplace_message(op, p))
}

/// Rewrites "unsupported operand type(s) for +" as CPython words it for
/// augmented assignment ("for +=").
fn inplace_message(op: BinOp, p: crate::exc::error::Pending) -> crate::exc::error::Pending {
    let e = crate::exc::error::pending();
    let Some(eo) = e.downcast::<exc::ExcObj>() else {
        return p;
    };
    if !std::ptr::eq(eo.header.ty, &exc::TYPE_ERROR) {
        return p;
    }
    let args = crate::objects::tuple::items(eo.args.get());
    let [msg] = args else { return p };
    let Some(text) = crate::objects::str::try_str(*msg) else {
        return p;
    };
    let prefix = format!("unsupported operand type(s) for {}:", op.symbol());
    if let Some(rest) = text.strip_prefix(&prefix) {
        let sym = if op == BinOp::Pow { "**" } else { op.symbol() };
        let new = format!("unsupported operand type(s) for {sym}=:{rest}");
        eo.args.set(crate::objects::tuple::from_slice(&[
            crate::objects::str::from_string(new),
        ]));
    }
    p
}

fn inplace_builtin_inner(op: BinOp, a: Value, b: Value) -> R<Value> {
    match (a.kind(), op) {
        (Kind::List, BinOp::Add) => {
            list_ops::extend(a, b)?;
            Ok(a)
        }
        (Kind::List, BinOp::Mul) => match int_arg(b) {
            Some(n) => {
                list_ops::repeat_inplace(a, n?)?;
                Ok(a)
            }
            None => Err(binop_type_error(op, a, b)),
        },
        (Kind::Set, BinOp::Sub | BinOp::And | BinOp::Or | BinOp::Xor)
            if matches!(b.kind(), Kind::Set | Kind::FrozenSet) =>
        {
            set::inplace(op, a, b)?;
            Ok(a)
        }
        (Kind::Dict, BinOp::Or) => {
            dict::update(a, b)?;
            Ok(a)
        }
        (Kind::MappingProxy, BinOp::Or) => Err(crate::objects::mappingproxy::ior_error()),
        (Kind::Deque, BinOp::Add) => {
            crate::stdlib::collections::deque::extend(a, b)?;
            Ok(a)
        }
        (Kind::ByteArray, BinOp::Add) => crate::objects::bytes::ops::iadd(a, b),
        (Kind::Array, BinOp::Add) => array_ops::iadd(a, b),
        (Kind::Array, BinOp::Mul) => match int_arg(b) {
            Some(n) => array_ops::imul(a, n?),
            None => Err(binop_type_error(op, a, b)),
        },
        (Kind::ByteArray, BinOp::Mul) => match int_arg(b) {
            Some(n) => crate::objects::bytes::ops::imul(a, n?),
            None => Err(binop_type_error(op, a, b)),
        },
        (Kind::Deque, BinOp::Mul) => match int_arg(b) {
            Some(n) => {
                crate::stdlib::collections::deque::repeat_inplace(a, n?)?;
                Ok(a)
            }
            None => Err(binop_type_error(op, a, b)),
        },
        _ => binop_builtin(op, a, b),
    }
}

/// `-v`, `+v`, `~v`
pub fn unary(op: UnaryOp, v: Value) -> R<Value> {
    if is_user(v) {
        return class_ops::unary(op, v);
    }
    unary_builtin(op, v)
}

/// `-v`, `+v`, `~v` by the built-in type of `v`'s layout.
pub fn unary_builtin(op: UnaryOp, v: Value) -> R<Value> {
    if is_number(v) {
        return num::unary(op, v);
    }
    if let Some(r) = complex::as_complex(v).and_then(|z| complex::unary(op, z)) {
        return Ok(r);
    }
    Err(type_error(format!(
        "bad operand type for unary {}: '{}'",
        op.symbol(),
        type_name(v)
    )))
}

/// `o.name`
pub fn getattr(o: Value, name: Value) -> R<Value> {
    let n = crate::objects::str::as_str(name);
    if !o.is_small() {
        match o.header().kind {
            _ if is_user(o) => return instance::getattr(o, name),
            Kind::Instance | Kind::Exception => return instance::getattr(o, name),
            Kind::Type => return type_getattr(o, name),
            Kind::Module => return crate::objects::module::getattr(o, name),
            Kind::Method
            | Kind::Property
            | Kind::StaticMethod
            | Kind::ClassMethod
            | Kind::Super => return descr::getattr(o, name),
            Kind::Func => {
                // `function`'s getsets come before the function's own dict.
                if let Some(def) = crate::types::find(&object::FUNCTION_TYPE, name) {
                    if crate::types::descr::is_data(def) {
                        return crate::types::descr::get_through_instance(def, o);
                    }
                }
                if let Some(v) = descr::func_attr_get(o, name)? {
                    return Ok(v);
                }
            }
            Kind::Descr => {
                if let Some(v) = crate::types::descr::attr(o.as_ref(), n) {
                    return Ok(v);
                }
            }
            Kind::BoundMethod => {
                if let Some(v) = func::bound_attr(o, n) {
                    return Ok(v);
                }
            }
            _ => {}
        }
    }
    if let Some(def) = crate::types::find(object::type_of(o), name) {
        return crate::types::descr::get_through_instance(def, o);
    }
    if let Some(v) = data_attr(o, n)? {
        return Ok(v);
    }
    Err(crate::exc::error::no_attribute(o, n))
}

/// `t.name` for a type object: user classes look along their MRO; built-in
/// types have their methods and special methods (`object.__init__`).
fn type_getattr(o: Value, name: Value) -> R<Value> {
    let t = o.as_ref::<object::TypeObj>();
    if t.class.is_some() {
        return class::type_getattr(t, name);
    }
    let n = crate::objects::str::as_str(name);
    if let Some(v) = class::type_data_attr(t, n)? {
        return Ok(v);
    }
    if let Some(def) = crate::types::find(t, name) {
        return Ok(crate::types::descr::get_through_type(def, t));
    }
    if let Some(class::Found::Builtin(b)) = class::lookup(t, name) {
        return Ok(crate::class::basetype::unbound(b, name, t));
    }
    if let Some(def) = crate::types::find(t.header.ty, name) {
        // `type`'s own attributes bound to the type (`int.mro()`).
        return crate::types::descr::get_through_instance(def, o);
    }
    Err(class::no_type_attribute(t, n))
}

/// `o.name = v`
pub fn setattr(o: Value, name: Value, v: Value) -> R<()> {
    if !o.is_small() {
        match o.header().kind {
            _ if is_user(o) => return instance::setattr(o, name, v),
            Kind::Instance | Kind::Exception => return instance::setattr(o, name, v),
            Kind::Type => return class::type_setattr(o.as_ref(), name, v),
            Kind::Module => return crate::objects::module::setattr(o, name, v),
            Kind::Func => return descr::func_attr_set(o, name, v),
            Kind::Deque if crate::objects::str::as_str(name) == "maxlen" => {
                return Err(deque_ops::maxlen_readonly())
            }
            _ => {}
        }
    }
    builtin_store(o, name, v)
}

/// `o.name = v` (null `v`: `del o.name`) on a value of a built-in type
/// without an instance dict: through a data descriptor of its type, else
/// CPython's errors (a method is read-only, other names do not exist).
fn builtin_store(o: Value, name: Value, v: Value) -> R<()> {
    let n = crate::objects::str::as_str(name);
    if let Some(def) = crate::types::find(object::type_of(o), name) {
        if let Some(r) = crate::types::descr::set_through_instance(def, o, v) {
            return r;
        }
        return Err(crate::exc::error::raise(
            &exc::ATTRIBUTE_ERROR,
            format!("'{}' object attribute '{n}' is read-only", type_name(o)),
        ));
    }
    Err(crate::exc::error::no_attribute(o, n))
}

/// `del o.name`
pub fn delattr(o: Value, name: Value) -> R<()> {
    if !o.is_small() {
        match o.header().kind {
            _ if is_user(o) => return instance::delattr(o, name),
            Kind::Instance | Kind::Exception => return instance::delattr(o, name),
            Kind::Type => return class::type_delattr(o.as_ref(), name),
            Kind::Module => return crate::objects::module::delattr(o, name),
            Kind::Func => return descr::func_attr_del(o, name),
            Kind::Deque if crate::objects::str::as_str(name) == "maxlen" => {
                return Err(deque_ops::maxlen_readonly())
            }
            _ => {}
        }
    }
    builtin_store(o, name, Value::NULL)
}

/// Non-method attributes of built-in objects.
pub fn data_attr(o: Value, n: &str) -> R<Option<Value>> {
    Ok(match (o.kind(), n) {
        (_, "__class__") => Some(object::type_of(o).value()),
        (Kind::Type, "__name__") => Some(crate::objects::str::new(
            o.as_ref::<object::TypeObj>().short_name(),
        )),
        (Kind::Func, "__name__") => Some(crate::objects::str::new(&func::name(o))),
        (Kind::Func, "__qualname__") => Some(crate::objects::str::new(&func::qualname(o))),
        (Kind::Builtin, "__name__") => Some(crate::objects::str::new(func::builtin_name(o))),
        (Kind::Exception, "args") => Some(o.as_ref::<exc::ExcObj>().args.get()),
        (Kind::Exception, "code") if object::isinstance(o, &exc::SYSTEM_EXIT) => {
            let args = o.as_ref::<exc::ExcObj>().args.get();
            Some(match crate::objects::tuple::items(args) {
                [] => object::none(),
                [one] => *one,
                _ => args,
            })
        }
        (Kind::Exception, "__cause__") => Some(or_none(o.as_ref::<exc::ExcObj>().cause.get())),
        (Kind::Exception, "__context__") => Some(or_none(o.as_ref::<exc::ExcObj>().context.get())),
        (Kind::Generator | Kind::Coroutine | Kind::AsyncGenerator, _) => generator::attr(o, n),
        (Kind::Traceback, _) => crate::exc::traceback::attr(o, n)?,
        (Kind::Alias, "__parameters__") => Some(crate::objects::tuple::from_vec(
            crate::objects::alias::parameters(o)?,
        )),
        (Kind::Alias, _) => crate::objects::alias::attr(o, n),
        (Kind::TextIO | Kind::StringIO, _) => crate::io::attr(o, n)?,
        (Kind::Builtin, "__doc__") => Some(crate::types::docs::of_builtin(o.as_ref())),
        // A built-in value's type's docstring, as CPython's `__doc__` in
        // the type's dict reads through an instance.
        (_, "__doc__") if object::type_of(o).class.is_none() => {
            Some(crate::types::docs::of_type(object::type_of(o)))
        }
        _ => None,
    })
}

fn or_none(v: Value) -> Value {
    if v.is_null() {
        object::none()
    } else {
        v
    }
}

/// `o.name(*args)` for built-in types, without creating a bound method.
pub fn call_method(o: Value, name: Value, args: Args) -> R<Value> {
    if !o.is_small() {
        match o.header().kind {
            // Before `is_user` (a class whose metaclass is a user class):
            // `T.name(...)` finds `name` along T's MRO first (an unbound
            // method of T, or a class method bound to T), then on its metaclass.
            Kind::Type => {
                let f = getattr(o, name)?;
                return call(f, args);
            }
            _ if is_user(o) => return instance::call_method(o, name, args),
            Kind::Instance | Kind::Exception => return instance::call_method(o, name, args),
            Kind::Super | Kind::Property => return descr::call_method(o, name, args),
            // A function's own attributes come before its type's methods.
            Kind::Func => {
                let f = getattr(o, name)?;
                return call(f, args);
            }
            _ => {}
        }
    }
    call_method_builtin(o, name, args)
}

/// `o.name(*args)` by the built-in type of `o`'s layout.
pub fn call_method_builtin(o: Value, name: Value, args: Args) -> R<Value> {
    if let Some(def) = crate::types::find(object::type_of(o), name) {
        return crate::types::descr::call_through_instance(def, o, args);
    }
    // Not in the type's table: maybe a callable data attribute.
    let f = getattr(o, name)?;
    call(f, args)
}

/// `f(*args)` for any callable.
pub fn call(f: Value, args: Args) -> R<Value> {
    crate::exc::recursion::check()?;
    match f.kind() {
        Kind::Func => func::call(f, args),
        Kind::Builtin => func::call_builtin(f, args),
        Kind::Alias => crate::objects::alias::call(f, args),
        Kind::Descr => crate::types::descr::call_unbound(f.as_ref(), args),
        Kind::BoundMethod => {
            let b = f.as_ref::<func::BoundMethodObj>();
            if let Some(def) = b.def {
                return crate::types::descr::call_def(def, b.receiver, args);
            }
            // A method of a `property` bound by name (`p.getter`).
            let (slf, name) = func::bound_parts(f);
            call_method(slf, name, args)
        }
        Kind::Type => {
            let t = f.as_ref::<object::TypeObj>();
            if f.header().ty.class.is_some() {
                // The metaclass is a user class: its `__call__`.
                return crate::class::meta::call_class(t, args);
            }
            if t.class.is_some() {
                return instance::construct(t, args);
            }
            match descr::call_type(t, args) {
                Some(r) => r,
                None => crate::builtins::construct::call_type(f, args),
            }
        }
        Kind::Method => descr::call_method_obj(f, args),
        Kind::WeakRef => crate::objects::weakref::call(f, args),
        Kind::StaticMethod => call(f.as_ref::<descr::StaticMethodObj>().func, args),
        Kind::Instance => class_ops::call(f, args),
        _ if is_user(f) => class_ops::call(f, args),
        _ => Err(type_error(format!(
            "'{}' object is not callable",
            type_name(f)
        ))),
    }
}
