//! Process-wide mutable runtime state for a single-threaded runtime.

use std::cell::Cell;

/// A global cell. Al code runs on exactly one thread (the big-stack program
/// thread started in `entry/start.rs`), so unsynchronised access is sound as long
/// as no other thread touches rt state, which rt never does.
#[repr(transparent)]
pub struct Global<T: Copy>(Cell<T>);

// SAFETY: see the type's doc: only the program thread reads or writes these.
unsafe impl<T: Copy> Sync for Global<T> {}

impl<T: Copy> Global<T> {
    /// A global holding `v`.
    pub const fn new(v: T) -> Global<T> {
        Global(Cell::new(v))
    }
    /// Reads the value.
    #[inline]
    pub fn get(&self) -> T {
        self.0.get()
    }
    /// Writes the value.
    #[inline]
    pub fn set(&self, v: T) {
        self.0.set(v)
    }
}

/// A global holding non-`Copy` state (buffers, tables), borrowed briefly.
pub struct GlobalCell<T>(std::cell::RefCell<T>);

// SAFETY: as for `Global`: single program thread.
unsafe impl<T> Sync for GlobalCell<T> {}

impl<T> GlobalCell<T> {
    /// A global holding `v`.
    pub const fn new(v: T) -> GlobalCell<T> {
        GlobalCell(std::cell::RefCell::new(v))
    }
    /// Runs `f` with the state borrowed mutably; `f` must not re-enter.
    #[inline]
    pub fn with<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        f(&mut self.0.borrow_mut())
    }
}
