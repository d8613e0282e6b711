//! `list`: core layout, the float strategy and constructors; operations
//! live in `objects/list/ops.rs`.

pub mod lent;
pub mod ops;
pub mod sort;

use crate::object::{Header, Kind, Object, LIST_TYPE};
use crate::value::Value;
use std::cell::{Cell, Ref, RefCell, RefMut};
use std::ops::{Deref, DerefMut};

/// A mutable sequence. Its header is the first field of its items, which
/// keep the strategy in the header's flags.
#[repr(C)]
pub struct ListObj {
    pub items: ListItems,
}

/// The items of a list: a `RefCell<Vec<Value>>` that is never borrowed
/// across a call that can run Al code (comparisons, `__eq__`, key
/// functions: copy out first), plus a copy of the buffer address and length
/// at fixed offsets (`layout::LIST_ITEMS_PTR`/`LIST_ITEMS_LEN`) that
/// generated code reads for inline indexing, `len` and `for` loops. The
/// copy is refreshed whenever a mutable borrow ends; since generated code
/// runs only while no borrow is held, it always sees the current buffer.
///
/// The float strategy (PyPy's list strategies): while the header has
/// `layout::LIST_FLAG_FLOATS` every word of the Vec is the raw bits of an
/// f64 (never NaN), not a `Value`, so storing a float into such a list
/// boxes nothing. Only this module and generated code look at raw words;
/// every other rt access goes through `borrow`/`borrow_mut`, which first
/// turn the list generic (boxing each item, once), and a generic list never
/// becomes a float list again. The flag sits next to the kind, so
/// generated code tells a generic list (kind and flags one word) with the
/// compare it already made.
#[repr(C)]
pub struct ListItems {
    header: Header,
    ptr: Cell<usize>,
    len: Cell<usize>,
    /// Items `[0, seen)` were traced by the last collection that traced
    /// the list and none has changed since, so they are old: a minor
    /// collection traces only the others (`trace_old`). Appending keeps
    /// it; every other change (any mutable borrow, generated code's item
    /// stores: `layout::LIST_ITEMS_SEEN`) sets it to 0.
    seen: Cell<usize>,
    vec: RefCell<Vec<Value>>,
}

impl ListItems {
    /// Generic items owning `v`.
    pub fn new(v: Vec<Value>) -> ListItems {
        ListItems {
            header: Header::new(&LIST_TYPE),
            ptr: Cell::new(v.as_ptr() as usize),
            len: Cell::new(v.len()),
            seen: Cell::new(0),
            vec: RefCell::new(v),
        }
    }

    /// Items in the float strategy holding the raw words `bits` (each the
    /// bits of a non-NaN f64).
    fn new_floats(bits: Vec<Value>) -> ListItems {
        let items = ListItems::new(bits);
        items.header.flags.set(FLAG_FLOATS);
        items
    }

    /// Shared access to the items (turning a float list generic first).
    #[inline]
    pub fn borrow(&self) -> Ref<'_, Vec<Value>> {
        if self.is_floats() {
            self.generalize();
        }
        self.vec.borrow()
    }

    /// Mutable access (turning a float list generic first); the copy for
    /// generated code is refreshed at the end.
    #[inline]
    pub fn borrow_mut(&self) -> ItemsMut<'_> {
        if self.is_floats() {
            self.generalize();
        }
        self.raw_mut()
    }

    /// The number of items, in either strategy.
    #[inline]
    pub fn len(&self) -> usize {
        crate::gc::peek(&self.vec).len()
    }

    /// Whether the list has no items.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Item `i`, in either strategy: a float list's item is a new box.
    pub fn get(&self, i: usize) -> Option<Value> {
        if self.is_floats() {
            let bits = crate::gc::peek(&self.vec).get(i)?.0;
            return Some(crate::objects::float::new(f64::from_bits(bits)));
        }
        self.vec.borrow().get(i).copied()
    }

    /// Whether the words are raw f64 bits (the float strategy).
    #[inline]
    pub fn is_floats(&self) -> bool {
        self.header.flags.get() & FLAG_FLOATS != 0
    }

    /// The items for the collector, even under a mutable borrow: `None`
    /// for a float list, whose words are not values.
    pub fn peek(&self) -> Option<&Vec<Value>> {
        if self.is_floats() {
            return None;
        }
        Some(crate::gc::peek(&self.vec))
    }

    /// The raw words of a float list (f64 bits), for this folder's
    /// operations that keep the strategy; `None` for a generic list.
    pub(super) fn float_words(&self) -> Option<Ref<'_, Vec<Value>>> {
        if !self.is_floats() {
            return None;
        }
        Some(self.vec.borrow())
    }

    /// Stores the float `v` as item `i` of a float list without boxing:
    /// false (nothing done) when the list is generic or `v` is not an
    /// exact, non-NaN float. The caller checked `i` against the length.
    pub(super) fn set_float(&self, i: usize, v: Value) -> bool {
        match (self.is_floats(), unboxed_bits(v)) {
            (true, Some(bits)) => {
                self.raw_mut()[i] = bits;
                true
            }
            _ => false,
        }
    }

    /// Appends the float `v` to a float list without boxing: false
    /// (nothing done) when the list is generic or `v` is not an exact,
    /// non-NaN float.
    pub(super) fn push_float(&self, v: Value) -> bool {
        match (self.is_floats(), unboxed_bits(v)) {
            (true, Some(bits)) => {
                self.raw_mut().push(bits);
                true
            }
            _ => false,
        }
    }

    /// Appends the raw words of another float list to this float list.
    pub(super) fn extend_floats(&self, words: &[Value]) -> crate::exc::error::R<()> {
        let mut v = self.raw_mut();
        ops::try_reserve(&mut v, words.len())?;
        v.extend_from_slice(words);
        Ok(())
    }

    /// Appends `v` (turning a float list generic first), keeping `seen`:
    /// the items before it do not change.
    #[inline]
    pub fn push(&self, v: Value) {
        if self.is_floats() {
            self.generalize();
        }
        // Not through `ItemsMut`, whose drop refreshes the mirror too:
        // that made `split`'s pushes a call each (strings +0.8%).
        let mut items = self.vec.borrow_mut();
        if items.len() == items.capacity() {
            ops::grow_for_append(&mut items);
        }
        items.push(v);
        self.ptr.set(items.as_ptr() as usize);
        self.len.set(items.len());
    }

    /// Visits the items a minor collection must see: all of them while a
    /// mutable borrow is open (it may still store anything), else those
    /// from `seen` on; `from_seen` false visits all. Then records that
    /// every item has been seen.
    fn trace_items(&self, t: &mut crate::gc::Tracer, from_seen: bool) {
        let Some(items) = self.peek() else {
            return;
        };
        let open = self.vec.try_borrow().is_err();
        let from = crate::gc::trace_from(&self.seen, items.len(), from_seen, open);
        t.visit_all(&items[from..]);
    }

    fn raw_mut(&self) -> ItemsMut<'_> {
        self.seen.set(0);
        ItemsMut {
            owner: self,
            inner: self.vec.borrow_mut(),
        }
    }

    /// Boxes every item of a float list and makes it generic. The boxes
    /// are rooted until they are in place: the collector skips a float
    /// list's words while they are raw bits.
    #[cold]
    #[inline(never)]
    fn generalize(&self) {
        if crate::gc::peek(&self.vec).is_empty() {
            // Nothing to box: `buf = []` then `buf.append(x)` of a non-float
            // comes here once per list.
            self.clear_floats_flag();
            return;
        }
        let bits: Vec<u64> = crate::gc::peek(&self.vec).iter().map(|w| w.0).collect();
        let mut boxed = crate::gc::RootedVec::new();
        boxed.reserve(bits.len());
        for b in bits {
            boxed.push(crate::objects::float::new(f64::from_bits(b)));
        }
        // No Al code ran while boxing, so the list still has these items.
        self.raw_mut().copy_from_slice(&boxed);
        self.clear_floats_flag();
    }

    fn clear_floats_flag(&self) {
        self.header
            .flags
            .set(self.header.flags.get() & !FLAG_FLOATS);
    }
}

/// The raw word a float list stores for `v`: its bits when `v` is an exact
/// float that is not NaN (a NaN item stays boxed, so that `x in xs` and
/// `xs == ys` keep CPython's identity shortcut for it).
pub fn unboxed_bits(v: Value) -> Option<Value> {
    if v.is_small() || v.is_null() || v.kind() != Kind::Float {
        return None;
    }
    if !std::ptr::eq(crate::object::type_of(v), &crate::object::FLOAT_TYPE) {
        return None;
    }
    let x = crate::objects::float::value(v);
    (!x.is_nan()).then_some(Value(x.to_bits()))
}

/// Offset of the buffer address in `ListItems`.
pub const PTR_OFFSET: i32 = 16;
/// Offset of the length in `ListItems`.
pub const LEN_OFFSET: i32 = 24;
/// Offset of `seen` in `ListItems`.
pub const SEEN_OFFSET: i32 = 32;
/// The header flag of a list in the float strategy.
const FLAG_FLOATS: u32 = alrt_abi::layout::LIST_FLAG_FLOATS;

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

// SAFETY: repr(C), Header first (the first field of `ListItems`, the first
// field); every Kind::List object is a ListObj.
unsafe impl Object for ListObj {
    const KINDS: &'static [Kind] = &[Kind::List];

    fn trace(&self, t: &mut crate::gc::Tracer) {
        self.items.trace_items(t, false);
    }

    fn trace_old(&self, t: &mut crate::gc::Tracer) {
        self.items.trace_items(t, true);
    }

    fn borrowed_buffer(&self) -> Option<(usize, usize)> {
        // Raw words too: the range is only compared with stack words.
        let items = crate::gc::peek(&self.items.vec).as_slice();
        Some((items.as_ptr() as usize, std::mem::size_of_val(items)))
    }
}

/// A new list taking ownership of `items`.
pub fn from_vec(items: Vec<Value>) -> Value {
    Value::from_ref(crate::gc::alloc(ListObj {
        items: ListItems::new(items),
    }))
}

/// A new list of `items`: in the float strategy when every item is an
/// exact, non-NaN float (or there are none: an empty list's first item
/// decides), else generic. For lists generated code makes (displays,
/// comprehensions, `*`), whose items are cheap to check here.
pub fn from_vec_strategy(items: Vec<Value>) -> Value {
    if !items.iter().all(|&v| unboxed_bits(v).is_some()) {
        return from_vec(items);
    }
    let words = items
        .iter()
        .map(|&v| unboxed_bits(v).unwrap_or(v))
        .collect();
    from_float_words(words)
}

/// A new float list of raw words (each the bits of a non-NaN f64).
pub(super) fn from_float_words(words: Vec<Value>) -> Value {
    Value::from_ref(crate::gc::alloc(ListObj {
        items: ListItems::new_floats(words),
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
        assert_eq!(std::mem::offset_of!(ListItems, seen) as i32, SEEN_OFFSET);
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

    #[test]
    fn float_strategy_turns_generic_once() {
        use crate::objects::float;
        assert_eq!(std::mem::offset_of!(ListItems, header), 0);
        let l = from_vec_strategy(vec![float::new(1.5), float::new(-0.0)]);
        let items = &obj(l).items;
        assert!(items.is_floats());
        assert!(items.peek().is_none(), "raw words are not traced");
        assert!(items.push_float(float::new(2.5)));
        assert!(!items.push_float(float::new(f64::NAN)));
        assert!(!items.push_float(Value::from_small(3)));
        assert_eq!(items.len(), 3);
        assert_eq!(
            float::value(items.get(2).unwrap()).to_bits(),
            2.5f64.to_bits()
        );
        assert!(items.set_float(0, float::new(4.0)));
        // Any other access boxes the items, once, keeping their bits.
        let vals: Vec<f64> = items.borrow().iter().map(|&v| float::value(v)).collect();
        assert!(!items.is_floats());
        assert_eq!(vals[0], 4.0);
        assert_eq!(vals[1].to_bits(), (-0.0f64).to_bits());
        assert_eq!(items.peek().map(|v| v.len()), Some(3));
        assert!(!items.push_float(float::new(1.0)));
        assert!(!items.set_float(0, float::new(1.0)));
        // A NaN or a non-float makes a generic list from the start.
        assert!(!obj(from_vec_strategy(vec![float::new(f64::NAN)]))
            .items
            .is_floats());
        assert!(!obj(from_vec_strategy(vec![
            float::new(1.0),
            Value::from_small(1)
        ]))
        .items
        .is_floats());
        assert!(obj(from_vec_strategy(Vec::new())).items.is_floats());
    }
}
