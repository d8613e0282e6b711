//! `tuple`: core layout and constructors; operations live in `tuple_ops.rs`.

use crate::object::{Header, Kind, Object, TUPLE_TYPE};
use crate::value::Value;
use std::cell::Cell;

/// An immutable sequence of values.
#[repr(C)]
pub struct TupleObj {
    pub header: Header,
    /// Cached hash; -1 until computed.
    pub hash: Cell<i64>,
    pub items: Box<[Value]>,
}

// SAFETY: repr(C), Header first; every Kind::Tuple object is a TupleObj.
unsafe impl Object for TupleObj {
    const KINDS: &'static [Kind] = &[Kind::Tuple];

    fn trace(&self, t: &mut crate::gc::Tracer) {
        t.visit_all(&self.items);
    }

    fn value_buffer(&self) -> Option<&[Value]> {
        Some(&self.items)
    }
}

/// A new tuple holding a copy of `items`.
pub fn from_slice(items: &[Value]) -> Value {
    from_vec(items.to_vec())
}

/// A new tuple taking ownership of `items`.
pub fn from_vec(items: Vec<Value>) -> Value {
    Value::from_ref(crate::gc::alloc(TupleObj {
        header: Header::new(&TUPLE_TYPE),
        hash: Cell::new(-1),
        items: items.into_boxed_slice(),
    }))
}

/// The items of a tuple value; the caller has checked the kind.
pub fn items(v: Value) -> &'static [Value] {
    &v.as_ref::<TupleObj>().items
}
