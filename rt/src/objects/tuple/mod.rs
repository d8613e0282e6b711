//! `tuple`: core layout and constructors; operations live in `objects/tuple/ops.rs`.

pub mod ops;

use crate::object::{Header, Kind, Object, TypeObj, VarObject, TUPLE_TYPE};
use crate::state::Global;
use crate::value::Value;
use std::cell::Cell;

/// An immutable sequence of values. The items follow the object in its GC
/// cell (`gc::alloc_var`), so a tuple is one allocation and a pointer to an
/// item is an interior pointer that keeps the tuple alive.
#[repr(C)]
pub struct TupleObj {
    pub header: Header,
    /// Cached hash; -1 until computed.
    pub hash: Cell<i64>,
    /// Number of items.
    pub len: usize,
}

// SAFETY: repr(C), Header first; every Kind::Tuple object is a TupleObj.
unsafe impl Object for TupleObj {
    const KINDS: &'static [Kind] = &[Kind::Tuple];

    /// The items are traced by the collector (`VarObject`).
    fn trace(&self, _t: &mut crate::gc::Tracer) {}

    /// `new` and generated code's inline allocation write every item
    /// before anything else is allocated; nothing writes them again.
    const IMMUTABLE: bool = true;
}

// SAFETY: tuples are created only by `new`, which allocates them with
// `gc::alloc_var` and exactly `len` items.
unsafe impl VarObject for TupleObj {
    const VAR_SLOT: usize = 0;

    fn n_values(&self) -> usize {
        self.len
    }
}

impl TupleObj {
    /// The items.
    pub fn items(&self) -> &[Value] {
        crate::gc::var_values(self)
    }
}

/// The empty tuple: one object, as in CPython (`() is tuple()`), made on
/// first use.
static EMPTY: Global<Value> = Global::new(Value::NULL);

/// Keeps the empty tuple alive (`gc::trace_rt_roots`).
pub fn trace_roots(t: &mut crate::gc::Tracer) {
    let e = EMPTY.get();
    if !e.is_null() {
        t.visit(e);
    }
}

/// A tuple of type `ty` (`tuple` or a subclass) holding a copy of `items`:
/// a new one, except that every empty exact tuple is the same object.
pub fn new(ty: &'static TypeObj, items: &[Value]) -> Value {
    let empty = items.is_empty() && std::ptr::eq(ty, &TUPLE_TYPE);
    if empty && !EMPTY.get().is_null() {
        return EMPTY.get();
    }
    let head = TupleObj {
        header: Header {
            ty,
            kind: Kind::Tuple,
            flags: Cell::new(0),
        },
        hash: Cell::new(-1),
        len: items.len(),
    };
    let v = Value::from_ref(crate::gc::alloc_var(head, items));
    if empty {
        EMPTY.set(v);
    }
    v
}

/// A new tuple holding a copy of `items`.
pub fn from_slice(items: &[Value]) -> Value {
    new(&TUPLE_TYPE, items)
}

/// A new tuple holding the values of `items`.
pub fn from_vec(items: Vec<Value>) -> Value {
    from_slice(&items)
}

/// The items of a tuple value; the caller has checked the kind.
pub fn items(v: Value) -> &'static [Value] {
    v.as_ref::<TupleObj>().items()
}
