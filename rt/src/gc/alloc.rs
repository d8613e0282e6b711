//! rt's global allocator: every Rust allocation (list items, strings,
//! big-int limbs, rt's own tables) goes through here, so the bytes in use
//! can trigger collections, and failures become MemoryError (`oom`).
//!
//! It forwards to the system allocator. mimalloc was measured (fannkuch
//! 1.0x -> 2.3x CPython, strings 4.1 s -> 1.7 s, dict_words 1.9x -> 2.6x)
//! but keeps the address space of freed memory in its arenas, so after an
//! out-of-memory error under an address-space limit the collector could not
//! map blocks again and the program could not recover from MemoryError as
//! CPython does. Revisit together with GC-heap storage for list items.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Bytes currently allocated (object-owned buffers and rt's own data);
/// counted so that programs whose garbage is mostly malloc memory (a list
/// of a million items is one 48-byte cell) still trigger collections.
static MALLOC_BYTES: AtomicUsize = AtomicUsize::new(0);

/// Bytes currently allocated through the global allocator.
#[inline]
pub fn malloc_bytes() -> usize {
    MALLOC_BYTES.load(Ordering::Relaxed)
}

/// Counts `n` bytes of memory mapped outside the allocator (the machine
/// code of sources compiled at run time) as in use, so that its garbage
/// triggers collections too; `uncharge` when it is unmapped.
pub fn charge(n: usize) {
    MALLOC_BYTES.fetch_add(n, Ordering::Relaxed);
}

/// See [`charge`].
pub fn uncharge(n: usize) {
    MALLOC_BYTES.fetch_sub(n, Ordering::Relaxed);
}

/// The counting allocator.
struct Counting;

/// Retries an allocation that failed after releasing the emergency reserve
/// (`oom`), which makes the next rt result a MemoryError; a small request
/// that fails even then ends the program cleanly. Large requests get null
/// back: their callers (`try_reserve`) raise MemoryError themselves.
fn retry(size: usize, attempt: impl Fn() -> *mut u8) -> *mut u8 {
    small::flush();
    if !crate::gc::oom::on_failure(size) {
        return std::ptr::null_mut();
    }
    let p = attempt();
    if p.is_null() {
        crate::gc::oom::exhausted();
    }
    p
}

/// Allocates with the backend for `l`, retrying once after a failure.
fn alloc_with(l: Layout, attempt: impl Fn() -> *mut u8) -> *mut u8 {
    MALLOC_BYTES.fetch_add(l.size(), Ordering::Relaxed);
    let mut p = attempt();
    if p.is_null() {
        p = retry(l.size(), attempt);
    }
    if p.is_null() {
        MALLOC_BYTES.fetch_sub(l.size(), Ordering::Relaxed);
    }
    p
}

/// Small blocks (list and dict buffers, short strings) are recycled
/// through per-size free lists instead of going back to glibc one by one:
/// a collection frees thousands of them at once, and glibc's malloc then
/// spends hundreds of instructions per request sorting its bins (measured:
/// 14% of the generators benchmark). The lists hold at most `CACHE_LIMIT`
/// bytes and are emptied back to the system before an allocation failure is
/// reported. Unlike the collector's state they stay per thread: the global
/// allocator serves every thread of the process (the test harness's own
/// threads next to an integration test, the main thread joining the
/// program thread), and a `const` thread-local without a destructor costs
/// one `%fs`-relative address, as a static would. Each head is a `Cell` of
/// its own: one `Cell` of the whole array copied 128 bytes in and out per
/// request.
mod small {
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::cell::Cell;

    /// Size classes are multiples of `GRAIN` up to `MAX`.
    const GRAIN: usize = 16;
    const MAX: usize = 256;
    const CLASSES: usize = MAX / GRAIN;
    const CACHE_LIMIT: usize = 8 << 20;

    thread_local! {
        /// Head of each class's free list (the next pointer is stored in
        /// the free block's first word), and the bytes held.
        static FREE: [Cell<*mut u8>; CLASSES] = const { [const { Cell::new(std::ptr::null_mut()) }; CLASSES] };
        static HELD: Cell<usize> = const { Cell::new(0) };
    }

    /// The class of a layout, if it is served here.
    #[inline]
    pub fn class(l: Layout) -> Option<usize> {
        (l.size() <= MAX && l.align() <= GRAIN && l.size() != 0).then(|| (l.size() - 1) / GRAIN)
    }

    /// The layout every block of class `c` has in the system allocator.
    #[inline]
    pub fn block_layout(c: usize) -> Layout {
        // SAFETY: (c + 1) * GRAIN is non-zero and GRAIN a power of two.
        unsafe { Layout::from_size_align_unchecked((c + 1) * GRAIN, GRAIN) }
    }

    /// A block of class `c` from its free list, or null.
    #[inline]
    pub fn take(c: usize) -> *mut u8 {
        FREE.try_with(|heads| {
            let p = heads[c].get();
            if !p.is_null() {
                // SAFETY: every block on a free list was allocated with
                // `block_layout(c)` (at least one word, 16-aligned) and its
                // first word holds the next block or null.
                heads[c].set(unsafe { *(p as *mut *mut u8) });
                let _ = HELD.try_with(|h| h.set(h.get() - block_layout(c).size()));
            }
            p
        })
        .unwrap_or(std::ptr::null_mut())
    }

    /// Keeps the block `p` of class `c` for reuse; false when the cache is
    /// full (the caller frees it).
    #[inline]
    pub fn give(c: usize, p: *mut u8) -> bool {
        let size = block_layout(c).size();
        let room = HELD
            .try_with(|h| {
                let ok = h.get() + size <= CACHE_LIMIT;
                if ok {
                    h.set(h.get() + size);
                }
                ok
            })
            .unwrap_or(false);
        if !room {
            return false;
        }
        FREE.with(|heads| {
            // SAFETY: `p` is a free block of `block_layout(c)`, at least one
            // aligned word, no longer used by anyone.
            unsafe { *(p as *mut *mut u8) = heads[c].get() };
            heads[c].set(p);
        });
        true
    }

    /// Returns every cached block to the system.
    pub fn flush() {
        let _ = FREE.try_with(|heads| {
            for (c, head) in heads.iter().enumerate() {
                let mut p = head.replace(std::ptr::null_mut());
                while !p.is_null() {
                    // SAFETY: as in `take`; each block came from `System`
                    // with `block_layout(c)`.
                    unsafe {
                        let next = *(p as *mut *mut u8);
                        System.dealloc(p, block_layout(c));
                        p = next;
                    }
                }
            }
        });
        let _ = HELD.try_with(|h| h.set(0));
    }
}

// SAFETY: forwards to `System` (small blocks with their class's layout,
// recycled through `small`); only adds relaxed counters and retries a
// failure once after freeing the reserve and the small-block cache.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        if let Some(c) = small::class(l) {
            let p = small::take(c);
            if !p.is_null() {
                MALLOC_BYTES.fetch_add(l.size(), Ordering::Relaxed);
                return p;
            }
            // SAFETY: the class layout is non-zero-sized.
            return alloc_with(l, || unsafe { System.alloc(small::block_layout(c)) });
        }
        // SAFETY: the caller's contract is `GlobalAlloc::alloc`'s.
        alloc_with(l, || unsafe { System.alloc(l) })
    }

    unsafe fn alloc_zeroed(&self, l: Layout) -> *mut u8 {
        if let Some(c) = small::class(l) {
            // SAFETY: as for `alloc`.
            let p = unsafe { self.alloc(l) };
            if !p.is_null() {
                // SAFETY: `p` holds at least `l.size()` bytes.
                unsafe { std::ptr::write_bytes(p, 0, small::block_layout(c).size()) };
            }
            return p;
        }
        // SAFETY: as for `alloc`.
        alloc_with(l, || unsafe { System.alloc_zeroed(l) })
    }

    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        MALLOC_BYTES.fetch_sub(l.size(), Ordering::Relaxed);
        if let Some(c) = small::class(l) {
            if !small::give(c, p) {
                // SAFETY: `p` came from `System` with its class's layout.
                unsafe { System.dealloc(p, small::block_layout(c)) }
            }
            return;
        }
        // SAFETY: `p` came from this backend with layout `l`.
        unsafe { System.dealloc(p, l) }
    }

    unsafe fn realloc(&self, p: *mut u8, l: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `new_size` is non-zero and fits `l.align()` (the
        // `GlobalAlloc::realloc` contract).
        let nl = unsafe { Layout::from_size_align_unchecked(new_size, l.align()) };
        let (old_c, new_c) = (small::class(l), small::class(nl));
        if old_c.is_some() || new_c.is_some() {
            if old_c.is_some() && old_c == new_c {
                MALLOC_BYTES.fetch_add(new_size, Ordering::Relaxed);
                MALLOC_BYTES.fetch_sub(l.size(), Ordering::Relaxed);
                return p;
            }
            // Across the small/system boundary or between classes: move.
            // SAFETY: `nl` is a valid non-zero layout.
            let q = unsafe { self.alloc(nl) };
            if !q.is_null() {
                // SAFETY: both blocks hold at least the smaller size; they
                // are distinct allocations.
                unsafe {
                    std::ptr::copy_nonoverlapping(p, q, l.size().min(new_size));
                    self.dealloc(p, l);
                }
            }
            return q;
        }
        // SAFETY: as for `GlobalAlloc::realloc`.
        let attempt = || unsafe { System.realloc(p, l, new_size) };
        let mut q = attempt();
        if q.is_null() {
            // On failure `p` is still valid and owned by the caller.
            q = retry(new_size, attempt);
        }
        if !q.is_null() {
            MALLOC_BYTES.fetch_add(new_size, Ordering::Relaxed);
            MALLOC_BYTES.fetch_sub(l.size(), Ordering::Relaxed);
        }
        q
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

#[cfg(test)]
mod tests {
    #[test]
    fn counts_and_refuses_the_impossible() {
        let before = super::malloc_bytes();
        let v: Vec<u8> = Vec::with_capacity(1 << 20);
        assert!(super::malloc_bytes() >= before + (1 << 20) - 4096);
        drop(v);
        assert!(Vec::<u64>::new().try_reserve(1 << 40).is_err());
    }
}
