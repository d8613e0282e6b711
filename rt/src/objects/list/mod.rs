//! `list`: core layout and constructors; operations live in `objects/list/ops.rs`.

pub mod ops;
pub mod sort;

use crate::object::{Header, Kind, Object, LIST_TYPE};
use crate::value::Value;
use std::cell::{Cell, Ref, RefCell, RefMut};
use std::ops::{Deref, DerefMut};

/// A mutable sequence.
#[repr(C)]
pub struct ListObj {
    pub header: Header,
    pub items: ListItems,
}

/// The items of a list: a `RefCell<Vec<Value>>` that is never borrowed
/// across a call that can run Al code (comparisons, `__eq__`, key
/// functions: copy out first), plus a copy of the buffer address and length
/// at fixed offsets (`layout::LIST_ITEMS_PTR`/`LIST_ITEMS_LEN`) that
/// generated code reads for inline indexing, `len` and `for` loops. The
/// copy is refreshed whenever a mutable borrow ends; since generated code
/// runs only while no borrow is held, it always sees the current buffer.
#[repr(C)]
pub struct ListItems {
    ptr: Cell<usize>,
    len: Cell<usize>,
    vec: RefCell<Vec<Value>>,
}

impl ListItems {
    /// Items owning `v`.
    pub fn new(v: Vec<Value>) -> ListItems {
        ListItems {
            ptr: Cell::new(v.as_ptr() as usize),
            len: Cell::new(v.len()),
            vec: RefCell::new(v),
        }
    }

    /// Shared access to the items.
    #[inline]
    pub fn borrow(&self) -> Ref<'_, Vec<Value>> {
        self.vec.borrow()
    }

    /// Mutable access; the copy for generated code is refreshed at the end.
    #[inline]
    pub fn borrow_mut(&self) -> ItemsMut<'_> {
        ItemsMut {
            owner: self,
            inner: self.vec.borrow_mut(),
        }
    }

    /// The items for the collector, even under a mutable borrow.
    pub fn peek(&self) -> &Vec<Value> {
        crate::gc::peek(&self.vec)
    }
}

/// Offset of the buffer address in `ListItems`.
pub const PTR_OFFSET: i32 = 0;
/// Offset of the length in `ListItems`.
pub const LEN_OFFSET: i32 = 8;

/// A mutable borrow of a list's items (see `ListItems`).
pub struct ItemsMut<'a> {
    owner: &'a ListItems,
    inner: RefMut<'a, Vec<Value>>,
}

impl Deref for ItemsMut<'_> {
    type Target = Vec<Value>;
    fn deref(&self) -> &Vec<Value> {
        &self.inner
    }
}

impl DerefMut for ItemsMut<'_> {
    fn deref_mut(&mut self) -> &mut Vec<Value> {
        &mut self.inner
    }
}

impl Drop for ItemsMut<'_> {
    fn drop(&mut self) {
        self.owner.ptr.set(self.inner.as_ptr() as usize);
        self.owner.len.set(self.inner.len());
    }
}

// SAFETY: repr(C), Header first; every Kind::List object is a ListObj.
unsafe impl Object for ListObj {
    const KINDS: &'static [Kind] = &[Kind::List];

    fn trace(&self, t: &mut crate::gc::Tracer) {
        t.visit_all(self.items.peek().as_slice());
    }

    fn borrowed_buffer(&self) -> Option<(usize, usize)> {
        let items = self.items.peek().as_slice();
        Some((items.as_ptr() as usize, std::mem::size_of_val(items)))
    }
}

/// A new list taking ownership of `items`.
pub fn from_vec(items: Vec<Value>) -> Value {
    Value::from_ref(crate::gc::alloc(ListObj {
        header: Header::new(&LIST_TYPE),
        items: ListItems::new(items),
    }))
}

/// The list object behind a value; the caller has checked the kind.
pub fn obj(v: Value) -> &'static ListObj {
    v.as_ref::<ListObj>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_and_copy_follow_mutation() {
        assert_eq!(std::mem::offset_of!(ListItems, ptr) as i32, PTR_OFFSET);
        assert_eq!(std::mem::offset_of!(ListItems, len) as i32, LEN_OFFSET);
        let items = ListItems::new(vec![Value(3), Value(5)]);
        assert_eq!(items.len.get(), 2);
        items
            .borrow_mut()
            .extend((0..100).map(|i| Value(2 * i + 1)));
        assert_eq!(items.len.get(), 102);
        assert_eq!(items.ptr.get(), items.borrow().as_ptr() as usize);
        items.borrow_mut().clear();
        assert_eq!(items.len.get(), 0);
    }
}
