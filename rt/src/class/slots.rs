//! `SlotVec`: the attribute slot vector of an instance, with a fixed
//! `repr(C)` layout so generated code can read and write slots inline (the
//! inline-cache hit paths of `o.name` and `o.name = v`; offsets in
//! `crate::layout`). Generated code may also append within the capacity:
//! store at `len` when `len < cap`, then bump `len`, which keeps the
//! invariant that `len` values are initialised.

use crate::value::Value;
use std::cell::Cell;
use std::mem::ManuallyDrop;

/// Offset of the buffer pointer in a `SlotVec`.
pub const PTR_OFFSET: i32 = 0;
/// Offset of the length in a `SlotVec`.
pub const LEN_OFFSET: i32 = 8;

/// Offset of the capacity in a `SlotVec`.
pub const CAP_OFFSET: i32 = 16;

/// A growable vector of values (null: slot not set) owned by one instance.
/// Only copies go in and out, never references into the buffer, so growing
/// it can never invalidate a borrow.
#[repr(C)]
pub struct SlotVec {
    /// The buffer of a `Vec<Value>` (dangling while `cap` is 0).
    ptr: Cell<*mut Value>,
    len: Cell<usize>,
    cap: Cell<usize>,
}

impl SlotVec {
    /// An empty vector with room for `cap` values.
    pub fn with_capacity(cap: usize) -> SlotVec {
        let mut v = ManuallyDrop::new(Vec::<Value>::with_capacity(cap));
        SlotVec {
            ptr: Cell::new(v.as_mut_ptr()),
            len: Cell::new(0),
            cap: Cell::new(v.capacity()),
        }
    }

    /// The number of slots (set or not) the vector covers.
    #[inline]
    pub fn len(&self) -> usize {
        self.len.get()
    }

    /// True if no slot exists.
    pub fn is_empty(&self) -> bool {
        self.len.get() == 0
    }

    /// The value in slot `ix`; null if unset or past the end.
    #[inline]
    pub fn get(&self, ix: usize) -> Value {
        if ix < self.len.get() {
            // SAFETY: `ptr` holds `len` initialised values (the invariant of
            // every method here); `ix < len`.
            unsafe { *self.ptr.get().add(ix) }
        } else {
            Value::NULL
        }
    }

    /// Stores `v` in slot `ix`, growing the vector with null slots first.
    pub fn set(&self, ix: usize, v: Value) {
        if ix >= self.len.get() {
            self.with_vec(|vec| vec.resize(ix + 1, Value::NULL));
        }
        // SAFETY: now `ix < len`, and `len` values are initialised.
        unsafe { *self.ptr.get().add(ix) = v }
    }

    /// True if no slot from `ix` on is set.
    pub fn all_null_from(&self, ix: usize) -> bool {
        (ix..self.len.get()).all(|i| self.get(i).is_null())
    }

    /// Makes room for `n` slots in all without changing the length.
    pub fn reserve_total(&self, n: usize) {
        if n > self.cap.get() {
            let len = self.len.get();
            self.with_vec(|vec| vec.reserve(n - len));
        }
    }

    /// A copy of all slots.
    pub fn to_vec(&self) -> Vec<Value> {
        (0..self.len.get()).map(|i| self.get(i)).collect()
    }

    /// Calls `f` on every slot value (for tracing; no allocation may
    /// happen meanwhile, which holds inside a collection).
    pub fn for_each(&self, mut f: impl FnMut(Value)) {
        for i in 0..self.len.get() {
            f(self.get(i));
        }
    }

    /// Runs `f` on the buffer as a `Vec`, then takes it back.
    fn with_vec(&self, f: impl FnOnce(&mut Vec<Value>)) {
        // SAFETY: (ptr, len, cap) always describe a live Vec<Value> buffer
        // (built from one in `with_capacity` and here); `f` cannot observe
        // `self` (it only gets the Vec), so there is one owner at a time.
        let mut v = unsafe { Vec::from_raw_parts(self.ptr.get(), self.len.get(), self.cap.get()) };
        f(&mut v);
        let mut v = ManuallyDrop::new(v);
        self.ptr.set(v.as_mut_ptr());
        self.len.set(v.len());
        self.cap.set(v.capacity());
    }
}

impl Drop for SlotVec {
    fn drop(&mut self) {
        // SAFETY: as in `with_vec`; after this the fields are not used.
        drop(unsafe { Vec::from_raw_parts(self.ptr.get(), self.len.get(), self.cap.get()) });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout() {
        assert_eq!(std::mem::offset_of!(SlotVec, ptr) as i32, PTR_OFFSET);
        assert_eq!(std::mem::offset_of!(SlotVec, len) as i32, LEN_OFFSET);
        assert_eq!(std::mem::offset_of!(SlotVec, cap) as i32, CAP_OFFSET);
    }

    #[test]
    fn grows_and_reads_back() {
        let s = SlotVec::with_capacity(0);
        assert!(s.is_empty());
        assert_eq!(s.get(3), Value::NULL);
        s.set(3, Value(7));
        assert_eq!(s.len(), 4);
        assert_eq!(s.get(3), Value(7));
        assert_eq!(s.get(1), Value::NULL);
        assert!(!s.all_null_from(2));
        assert!(s.all_null_from(4));
        s.reserve_total(100);
        s.set(0, Value(5));
        assert_eq!(
            s.to_vec(),
            vec![Value(5), Value::NULL, Value::NULL, Value(7)]
        );
    }
}
