//! `list`: core layout and constructors; operations live in `list_ops.rs`.

use crate::object::{Header, Kind, Object, LIST_TYPE};
use crate::value::Value;
use std::cell::RefCell;

/// A mutable sequence. The `RefCell` is never borrowed across a call that
/// can run Al code (comparisons, `__eq__`, key functions): copy out first.
#[repr(C)]
pub struct ListObj {
    pub header: Header,
    pub items: RefCell<Vec<Value>>,
}

// SAFETY: repr(C), Header first; every Kind::List object is a ListObj.
unsafe impl Object for ListObj {
    const KINDS: &'static [Kind] = &[Kind::List];

    fn trace(&self, t: &mut crate::gc::Tracer) {
        t.visit_all(crate::gc::peek(&self.items).as_slice());
    }

    fn value_buffer(&self) -> Option<&[Value]> {
        Some(crate::gc::peek(&self.items).as_slice())
    }
}

/// A new list taking ownership of `items`.
pub fn from_vec(items: Vec<Value>) -> Value {
    Value::from_ref(crate::gc::alloc(ListObj {
        header: Header::new(&LIST_TYPE),
        items: RefCell::new(items),
    }))
}

/// The list object behind a value; the caller has checked the kind.
pub fn obj(v: Value) -> &'static ListObj {
    v.as_ref::<ListObj>()
}
