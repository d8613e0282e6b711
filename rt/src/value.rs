//! The one-word value representation shared by generated code and rt.
//!
//! A `Value` is a 64-bit word: small ints are tagged (low bit 1, 63-bit
//! payload); everything else is a pointer to an 8-byte-aligned object that
//! starts with a [`Header`](crate::object::Header). The word 0 is never a
//! value: a function returning it signals a pending exception.

use crate::object::{Header, Kind};

/// A tagged Al value.
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Value(pub u64);

pub use alrt_abi::value::{SMALL_MAX, SMALL_MIN};

/// Returned by `next`-style entry points when an iterator is exhausted; it is
/// neither a small int (low bit 0) nor a valid object pointer, and never
/// escapes into user-visible values.
pub const ITER_STOP: Value = Value(alrt_abi::value::ITER_STOP);

impl Value {
    /// The exception sentinel.
    pub const NULL: Value = Value(0);

    /// True if this word is the exception sentinel.
    #[inline]
    pub fn is_null(self) -> bool {
        self.0 == 0
    }

    /// True for a tagged small int.
    #[inline]
    pub fn is_small(self) -> bool {
        self.0 & alrt_abi::value::SMALL_TAG != 0
    }

    /// Tags `i`, which must lie in `SMALL_MIN..=SMALL_MAX`.
    #[inline]
    pub fn from_small(i: i64) -> Value {
        debug_assert!((SMALL_MIN..=SMALL_MAX).contains(&i));
        Value(alrt_abi::value::tag_small(i))
    }

    /// Tags `i` if it fits in a small int.
    #[inline]
    pub fn try_small(i: i64) -> Option<Value> {
        if (SMALL_MIN..=SMALL_MAX).contains(&i) {
            Some(Value::from_small(i))
        } else {
            None
        }
    }

    /// The payload of a small int (meaningless for pointers).
    #[inline]
    pub fn small(self) -> i64 {
        (self.0 as i64) >> alrt_abi::value::SMALL_SHIFT
    }

    /// The object header of a pointer value.
    #[inline]
    pub fn header(self) -> &'static Header {
        debug_assert!(!self.is_small() && !self.is_null());
        // SAFETY: every non-small, non-null value that reaches rt points to a
        // live object starting with a Header (the allocator and the static
        // singletons guarantee the layout; objects are never freed while a
        // value referring to them is reachable).
        unsafe { &*(self.0 as *const Header) }
    }

    /// The kind of object, `Kind::Int` for small ints.
    #[inline]
    pub fn kind(self) -> Kind {
        if self.is_small() {
            Kind::Int
        } else {
            self.header().kind
        }
    }

    /// Reinterprets the object as `T`. Callers check `kind()` first.
    #[inline]
    #[allow(clippy::should_implement_trait)]
    pub fn as_ref<T: crate::object::Object>(self) -> &'static T {
        debug_assert!(!self.is_small() && !self.is_null());
        debug_assert!(T::KINDS.contains(&self.kind()), "bad downcast");
        // SAFETY: `T::KINDS` lists exactly the kinds whose objects are laid
        // out as `T` (repr(C), Header first); the debug assertion above and
        // every caller's kind check uphold that. Mutable state inside `T`
        // sits in `Cell`/`UnsafeCell` fields, so a shared reference is enough.
        unsafe { &*(self.0 as *const T) }
    }

    /// Downcasts when the kind matches `T`.
    #[inline]
    pub fn downcast<T: crate::object::Object>(self) -> Option<&'static T> {
        if !self.is_small() && T::KINDS.contains(&self.header().kind) {
            Some(self.as_ref::<T>())
        } else {
            None
        }
    }

    /// The value for a pointer to an object.
    #[inline]
    pub fn from_ref<T: crate::object::Object>(r: &'static T) -> Value {
        Value(r as *const T as u64)
    }
}
