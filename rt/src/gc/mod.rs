//! Garbage collector: non-moving mark-sweep, precise for the heap and
//! conservative for the program thread's native stack. The root set and its
//! invariants are documented in `docs/gc.md`.
//!
//! The API is narrow: [`alloc`] places an object in the heap, [`add_roots`]
//! registers a static slot array (the compiler's `alc_globals` and
//! `alc_consts`), and [`RootedVec`] is a `Vec<Value>` whose values are roots
//! for its lifetime. Objects that must act when they die register with
//! [`finalize`]; weak references register with [`weak`]. Everything else is
//! private to this module tree.

pub mod alloc;
pub mod finalize;
pub mod oom;
pub mod weak;

mod heap;
mod stack;

use crate::object::{ByteObject, Object, VarObject};
use crate::value::Value;
use heap::{Heap, Info};
use std::cell::{RefCell, UnsafeCell};
use std::ops::{Deref, DerefMut};

/// The heap is not collected before it holds this many bytes (cells plus
/// malloc memory owned by objects and rt). 4 MiB: a program with little
/// live data stays below CPython's 13 MB (8 MiB gave 15 MB; docs/gc.md).
const MIN_THRESHOLD: usize = 4 << 20;
/// Up to this much memory in use after a full collection, the next full
/// one is due when memory has doubled; beyond it the headroom grows by a
/// fifth of the excess only, so a big heap peaks near 1.2x its live data
/// (CPython frees garbage at once; its peak is its live data). Minor
/// collections free the young garbage in between (docs/gc.md, heap growth).
const GROWTH_KNEE: usize = 8 << 20;
/// The headroom's share of memory in use beyond `GROWTH_KNEE`: 1/5.
const GROWTH_EXCESS_DIV: usize = 5;
/// The least allocation between a collection and the next minor one.
const MIN_NURSERY: usize = 4 << 20;
/// Bytes allocated before a minor collection per value the last minor
/// collection visited: its work grows with what it must trace again (old
/// objects that changed), and the nursery with it, so marking stays a
/// bounded share of the run (32 made dict_words 4.5% slower; docs/gc.md).
const NURSERY_PER_VISIT: usize = 128;

/// When the next full collection is due, given the bytes in use after a
/// full collection.
fn next_threshold(in_use: usize) -> usize {
    let headroom = in_use.min(GROWTH_KNEE) + in_use.saturating_sub(GROWTH_KNEE) / GROWTH_EXCESS_DIV;
    in_use.saturating_add(headroom).max(MIN_THRESHOLD)
}
/// In stress mode, a collection runs every `(live objects + stack words) /
/// STRESS_SCALE` allocations (at least every `ALC_GC_STRESS`), so a big heap
/// or a deep stack is not re-scanned at every allocation (the suite must
/// finish in minutes).
const STRESS_SCALE: usize = 64;

// ============================ state ============================

/// Collector state; `repr(C)` with the heap, whose runs come first, at
/// offset 0 (`RUNS_OFFSET`): generated code bumps the float run in place.
/// Only the program thread (the one that called
/// [`set_stack_top`]) ever collects; before it starts (and in rt's unit
/// tests, one state per thread) nothing is collected: the heap leaks.
#[repr(C)]
struct Gc {
    heap: Heap,
    /// Highest address of the program thread's stack, 0 until set.
    stack_top: usize,
    /// Registered root ranges `(address, words, number)`, numbered in the
    /// order they were added (`roots_mark`).
    roots: Vec<(usize, usize, u64)>,
    /// The number of the next root range.
    next_root: u64,
    /// Live [`RootedVec`]s.
    temps: Vec<*const Vec<Value>>,
    /// Collect when cells + malloc bytes exceed this.
    threshold: usize,
    /// Cells + malloc bytes beyond which the next collection is a full
    /// one (set by each full collection: `next_threshold`).
    full_threshold: usize,
    /// The collection `threshold` starts is a full one, not a minor one.
    next_full: bool,
    /// Values the last minor collection visited (its work).
    minor_visits: usize,
    /// `threshold` while allocation may start a collection, else
    /// `usize::MAX` (`update_trigger`): one compare on the fast path.
    trigger: usize,
    /// `ALC_GC_STRESS`: 0 off, else the base allocation interval.
    stress: usize,
    /// Allocations left until the next stress collection.
    countdown: usize,
    collecting: bool,
    /// False after `gc.disable()`: allocation no longer starts collections
    /// (only running out of room in the heap does).
    enabled: bool,
    collections: usize,
    /// Objects to finalise when they die, and the dead ones queued.
    fin: finalize::Registry,
    /// Weakly referenced objects and their weak references.
    weak: weak::Registry,
}

impl Gc {
    /// The state before anything is allocated.
    const fn new() -> Gc {
        Gc {
            heap: Heap::new(),
            stack_top: 0,
            roots: Vec::new(),
            next_root: 0,
            temps: Vec::new(),
            threshold: MIN_THRESHOLD,
            full_threshold: MIN_THRESHOLD,
            next_full: true,
            minor_visits: 0,
            trigger: usize::MAX,
            stress: 0,
            countdown: 0,
            collecting: false,
            enabled: true,
            collections: 0,
            fin: finalize::Registry::new(),
            weak: weak::Registry::new(),
        }
    }
}

/// The collector state of the process: a plain static, not a
/// `thread_local!`, because every allocation reads it (a thread-local's
/// accessor was 3.5-7.5% of allocation-heavy benchmarks). rt's unit tests,
/// which run on parallel threads, keep one state per thread (below).
#[cfg(not(test))]
struct GcState(UnsafeCell<Gc>);

// SAFETY: only one thread at a time uses rt: the program thread (started
// in `entry/start.rs`, which the main thread only joins; what the main
// thread does before and after is ordered by the spawn and the join), or
// one test at a time in the integration tests and fuzz targets that link
// rt (`--test-threads=1`, README.md). Nothing else allocates GC objects.
#[cfg(not(test))]
unsafe impl Sync for GcState {}

#[cfg(not(test))]
#[export_name = alrt_abi::rt_data_symbol!(GC_STATE)]
static GC: GcState = GcState(UnsafeCell::new(Gc::new()));

#[cfg(test)]
thread_local! {
    static GC: UnsafeCell<std::mem::ManuallyDrop<Gc>> =
        const { UnsafeCell::new(std::mem::ManuallyDrop::new(Gc::new())) };
}

/// Runs `f` with the collector state.
#[cfg(not(test))]
#[inline(always)]
fn with_gc<R>(f: impl FnOnce(&mut Gc) -> R) -> R {
    // SAFETY: one thread uses rt (`GcState`'s Sync), and no caller
    // re-enters `with_gc` while `f` runs: allocation, root registration and
    // collection do not call back into each other (trace and drop
    // functions never allocate or register roots).
    f(unsafe { &mut *GC.0.get() })
}

/// Runs `f` with this test thread's collector state.
#[cfg(test)]
#[inline(always)]
fn with_gc<R>(f: impl FnOnce(&mut Gc) -> R) -> R {
    GC.with(|g| {
        // SAFETY: the state is thread-local; no re-entry, as above.
        f(unsafe { &mut *g.get() })
    })
}

// ============================ allocation ============================

/// A space's run of free cells (`alrt_abi::layout::ALLOC_RUN_*`).
pub(crate) use heap::Run;

/// Offset of the first space's run in the collector state
/// (`alrt_abi::layout::GC_STATE_RUNS`).
pub(crate) const RUNS_OFFSET: usize =
    std::mem::offset_of!(Gc, heap) + std::mem::offset_of!(Heap, runs);

/// The cell size of a fixed-size `T` (floats: `alrt_abi::layout::FLOAT_CELL`).
pub(crate) const fn cell_size<T: Object>() -> usize {
    Info::<T>::CELL
}

/// Allocates `obj` in the GC heap. The reference is valid while the object
/// is reachable from a root (docs/gc.md); it may collect first, during
/// which `obj`'s own values are roots.
#[inline]
pub fn alloc<T: Object>(obj: T) -> &'static T {
    // The cell is found inside `with_gc` and filled after it, so `obj` is
    // written once, straight into the cell (nothing can collect between).
    let cell = with_gc(|gc| {
        if gc.due() {
            gc.collect(&|t| obj.trace(t), Scan::All, gc.next_full);
        }
        let sp = T::KINDS[0] as usize;
        let info = &Info::<T>::INFO;
        match gc.heap.alloc_cell(sp, info, Info::<T>::CELL) {
            Some(c) => c,
            None => {
                gc.collect(&|t| obj.trace(t), Scan::All, true);
                gc.heap
                    .alloc_cell(sp, info, Info::<T>::CELL)
                    .or_else(|| {
                        // Released address space makes room for a block;
                        // the operation then raises MemoryError (`oom`).
                        crate::gc::oom::on_failure(0)
                            .then(|| gc.heap.alloc_cell(sp, info, Info::<T>::CELL))
                            .flatten()
                    })
                    .unwrap_or_else(|| crate::gc::oom::exhausted())
            }
        }
    });
    let p = cell as *mut T;
    // SAFETY: `cell` is a fresh cell of at least `size_of::<T>()` bytes,
    // 16-aligned, in a block that stays mapped while the cell is allocated;
    // no collection runs before it is initialised here.
    unsafe {
        p.write(obj);
        &*p
    }
}

/// Allocates `obj` followed by a copy of `vals` in one cell (a tuple and
/// its items), so no separate buffer is needed. `vals` and `obj`'s own
/// values are roots if it collects first.
#[inline]
pub fn alloc_var<T: VarObject>(obj: T, vals: &[Value]) -> &'static T {
    debug_assert_eq!(obj.n_values(), vals.len());
    let size = std::mem::size_of::<T>() + std::mem::size_of_val(vals);
    let cell = with_gc(|gc| {
        let roots = |t: &mut Tracer| {
            obj.trace(t);
            t.visit_all(vals);
        };
        if gc.due() {
            gc.collect(&roots, Scan::All, gc.next_full);
        }
        let info = &Info::<T>::VAR_INFO;
        let place = |heap: &mut Heap| match heap::size_class(size) {
            Some((class, cell)) => heap.alloc_cell(Heap::var_space(T::VAR_SLOT, class), info, cell),
            None => heap.alloc_large(info, size),
        };
        match place(&mut gc.heap) {
            Some(c) => c,
            None => {
                gc.collect(&roots, Scan::All, true);
                place(&mut gc.heap)
                    .or_else(|| {
                        crate::gc::oom::on_failure(0)
                            .then(|| place(&mut gc.heap))
                            .flatten()
                    })
                    .unwrap_or_else(|| crate::gc::oom::exhausted())
            }
        }
    });
    let p = cell as *mut T;
    // SAFETY: `cell` is a fresh 16-aligned cell of at least `size` bytes:
    // room for `T` and then `vals.len()` values (T's size is a multiple of
    // 8, so they are aligned), in a block that stays mapped while the cell
    // is allocated; no collection runs before it is initialised here.
    unsafe {
        p.write(obj);
        let dst = cell.add(std::mem::size_of::<T>()) as *mut Value;
        if vals.len() <= 4 {
            // Small tuples: word stores, not a `memcpy` call.
            for (i, &v) in vals.iter().enumerate() {
                dst.add(i).write(v);
            }
        } else {
            std::ptr::copy_nonoverlapping(vals.as_ptr(), dst, vals.len());
        }
        &*p
    }
}

/// The largest `size_of::<T>() + n` [`alloc_bytes`] places in a
/// size-classed cell; bigger byte data belongs in a buffer of its own.
pub const MAX_BYTES_CELL: usize = heap::MAX_CLASS_SIZE;

/// Allocates `obj` followed in its cell by `n` bytes, which `fill` writes
/// (it must not allocate GC objects: the cell is allocated but not yet
/// reachable). `size_of::<T>() + n` must be at most [`MAX_BYTES_CELL`].
/// `obj`'s own values are roots if it collects first.
#[inline]
pub fn alloc_bytes<T: ByteObject>(obj: T, n: usize, fill: impl FnOnce(&mut [u8])) -> &'static T {
    let size = std::mem::size_of::<T>() + n;
    let Some((class, cell_size)) = heap::size_class(size) else {
        panic!("alloc_bytes: {size} bytes exceed the size classes");
    };
    let cell = with_gc(|gc| {
        if gc.due() {
            gc.collect(&|t| obj.trace(t), Scan::All, gc.next_full);
        }
        let info = &Info::<T>::BYTES_INFO;
        let sp = Heap::var_space(T::VAR_SLOT, class);
        match gc.heap.alloc_cell(sp, info, cell_size) {
            Some(c) => c,
            None => {
                gc.collect(&|t| obj.trace(t), Scan::All, true);
                gc.heap
                    .alloc_cell(sp, info, cell_size)
                    .or_else(|| {
                        crate::gc::oom::on_failure(0)
                            .then(|| gc.heap.alloc_cell(sp, info, cell_size))
                            .flatten()
                    })
                    .unwrap_or_else(|| crate::gc::oom::exhausted())
            }
        }
    });
    let p = cell as *mut T;
    // SAFETY: `cell` is a fresh 16-aligned cell of at least `size` bytes in
    // a block that stays mapped while the cell is allocated; `T` is written
    // first, then the `n` bytes after it are handed to `fill` (no collection
    // runs before both are initialised: `fill` does not allocate).
    unsafe {
        p.write(obj);
        let bytes = std::slice::from_raw_parts_mut(cell.add(std::mem::size_of::<T>()), n);
        fill(bytes);
        &*p
    }
}

/// The `n` bytes following an object allocated by [`alloc_bytes`].
///
/// # Safety
/// `obj` must have been allocated by `alloc_bytes` with at least `n` bytes.
#[inline]
pub unsafe fn var_bytes<T: ByteObject>(obj: &T, n: usize) -> &[u8] {
    let addr = obj as *const T as usize + std::mem::size_of::<T>();
    // SAFETY: `obj` has `n` bytes after it (the caller's promise), which
    // `fill` initialised; the cell lives as long as `obj` is reachable and
    // the bytes are never written again. The address takes the provenance
    // the cell's pointer exposed when it became a `Value`.
    unsafe { std::slice::from_raw_parts(std::ptr::with_exposed_provenance::<u8>(addr), n) }
}

/// Allocates `obj` followed in its cell by `n` words, which `fill` must
/// write in full (the cell may be a recycled one). As [`alloc_bytes`]:
/// `size_of::<T>() + 8 * n` must be at most [`MAX_BYTES_CELL`], and `fill`
/// must not allocate GC objects.
#[inline]
pub fn alloc_words<T: ByteObject>(obj: T, n: usize, fill: impl FnOnce(&mut [u64])) -> &'static T {
    const { assert!(std::mem::size_of::<T>().is_multiple_of(8)) };
    alloc_bytes(obj, n * 8, |bytes| {
        // SAFETY: cells are 16-aligned and `T`'s size is a multiple of 8,
        // so the bytes after the object start 8-aligned and hold exactly
        // `n` words; every bit pattern is a valid `u64`.
        let (head, words, tail) = unsafe { bytes.align_to_mut::<u64>() };
        debug_assert!(head.is_empty() && tail.is_empty() && words.len() == n);
        fill(words)
    })
}

/// The `n` words following an object allocated by [`alloc_words`].
///
/// # Safety
/// `obj` must have been allocated by `alloc_words` with at least `n` words.
#[inline]
pub unsafe fn var_words<T: ByteObject>(obj: &T, n: usize) -> &[u64] {
    let addr = obj as *const T as usize + std::mem::size_of::<T>();
    // SAFETY: as `var_bytes`; the address is 8-aligned (`alloc_words`).
    unsafe { std::slice::from_raw_parts(std::ptr::with_exposed_provenance::<u64>(addr), n) }
}

/// The values following a variable-size object in its cell.
#[inline]
pub fn var_values<T: VarObject>(obj: &T) -> &[Value] {
    let addr = obj as *const T as usize + std::mem::size_of::<T>();
    // SAFETY: `obj` was allocated by `alloc_var` (VarObject's contract),
    // which wrote `obj.n_values()` values right after it in the same cell; the
    // cell lives as long as `obj` is reachable, and the values are never
    // written again. The address takes the provenance the cell's pointer
    // exposed when it became a `Value`.
    unsafe {
        std::slice::from_raw_parts(
            std::ptr::with_exposed_provenance::<Value>(addr),
            obj.n_values(),
        )
    }
}

/// Which roots a collection marks from.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Scan {
    /// Every root (`docs/gc.md`).
    All,
    /// Only the precise roots private to this thread (registered ranges,
    /// `RootedVec`s, the finaliser queue) and the caller's: unit tests,
    /// which must not depend on stale stack words or read rt globals that
    /// other test threads change.
    #[cfg(test)]
    Precise,
}

impl Gc {
    /// True if a collection should run before the next allocation.
    #[inline]
    fn due(&mut self) -> bool {
        if self.stress != 0 {
            return self.stress_due();
        }
        self.heap.bytes + crate::gc::alloc::malloc_bytes() > self.trigger
    }

    /// `due` in stress mode: every `countdown` allocations too.
    #[inline(never)]
    fn stress_due(&mut self) -> bool {
        if self.stack_top == 0 || self.collecting || !self.enabled {
            return false;
        }
        self.countdown = self.countdown.saturating_sub(1);
        self.countdown == 0 || self.heap.bytes + crate::gc::alloc::malloc_bytes() > self.trigger
    }

    /// Sets `trigger` after a change of the threshold or of whether
    /// allocation may collect (no program thread yet or any more, a
    /// collection running, `gc.disable()`).
    fn update_trigger(&mut self) {
        self.trigger = if self.stack_top == 0 || self.collecting || !self.enabled {
            usize::MAX
        } else {
            self.threshold
        };
    }

    /// Marks from the roots (`scan`) plus `extra`, queues dead objects that
    /// need finalising (marking them), sweeps, and sets the next trigger.
    /// A minor collection (`full` false) keeps the marks of the cells that
    /// survived earlier ones (they are old: it neither traces nor frees
    /// them) and traces what may have changed in old cells since
    /// (`Tracer::trace_old_mutable`); docs/gc.md, generations.
    #[inline(never)]
    fn collect(&mut self, extra: &dyn Fn(&mut Tracer), scan: Scan, full: bool) {
        if self.stack_top == 0 || self.collecting {
            return;
        }
        self.collecting = true;
        self.update_trigger();
        // Marking reads the allocation bits of the cells taken from runs.
        self.heap.flush_runs();
        if full {
            self.heap.clear_marks();
        }
        let mut t = Tracer {
            heap: &self.heap,
            stack: Vec::new(),
            verify: false,
            bad: 0,
            misses: Vec::new(),
            overflowed: false,
            visits: 0,
        };
        extra(&mut t);
        for &(addr, n, _) in &self.roots {
            for i in 0..n {
                // SAFETY: registered ranges stay valid for the whole run
                // (static slot arrays).
                let w = unsafe { ((addr + i * 8) as *const u64).read_volatile() };
                t.visit(Value(w));
            }
        }
        for &v in &self.temps {
            // SAFETY: a RootedVec unregisters itself before its Vec is freed;
            // no Vec method is running (collections start only in `alloc`).
            for &x in unsafe { &*v }.iter() {
                t.visit(x);
            }
        }
        self.fin.trace_ready(&mut t);
        if scan == Scan::All {
            trace_rt_roots(&mut t);
            stack::scan(&mut t, self.stack_top);
            t.mark_buffer_owners();
        }
        if !full {
            t.trace_old_mutable();
        }
        t.drain_all();
        let visits = t.visits;
        // Weak references to dead objects are cleared before the finaliser
        // queue marks what it keeps alive (CPython clears them before
        // finalisers run), and their callbacks go first in the queue.
        let callbacks = self.weak.clear_dead(&t);
        let mut woke = false;
        if let Some(fin) = self.weak.callback_finalizer() {
            woke |= self.fin.queue_now(callbacks, fin);
        }
        woke |= self.fin.queue_dead(&mut t);
        self.weak.forget_dead_refs(&t);
        if woke {
            // The next poll point of generated code runs the queue.
            crate::exc::recursion::trip();
        }
        drop(t);
        let poison = self.stress != 0;
        self.heap.sweep(poison);
        // Code compiled at run time that the sweep left without users goes
        // now, its root ranges first (they point into its memory).
        let roots = &mut self.roots;
        crate::builtins::exec_memory::after_sweep(&mut |ranges| {
            roots.retain(|r| !ranges.contains(&(r.0, r.1)));
        });
        crate::gc::oom::arm();
        if self.stress != 0 {
            self.verify();
            // Scale the interval with the work one collection does: the
            // live objects and the words of a deep stack.
            let marker = 0u8;
            let here = std::hint::black_box(&marker) as *const u8 as usize;
            let stack_words = self.stack_top.saturating_sub(here) / 8;
            let work = self.heap.objects + stack_words;
            self.countdown = self.stress.max(work / STRESS_SCALE);
        }
        let in_use = self.heap.bytes + crate::gc::alloc::malloc_bytes();
        if full {
            self.full_threshold = next_threshold(in_use);
        }
        // Most objects die young: minor collections free them without
        // marking the old ones again, so memory grows by what survives, and
        // a full collection is due when that has used up its headroom.
        if !full {
            self.minor_visits = visits;
        }
        let nursery = self
            .minor_visits
            .saturating_mul(NURSERY_PER_VISIT)
            .max(MIN_NURSERY);
        self.next_full = in_use.saturating_add(nursery) >= self.full_threshold;
        self.threshold = if self.next_full {
            self.full_threshold
        } else {
            in_use + nursery
        };
        if self.stress != 0 {
            // Both kinds, whatever the sizes.
            self.next_full = self.collections % 3 == 2;
        }
        self.collections += 1;
        self.collecting = false;
        self.update_trigger();
    }

    /// Checks the heap invariant after a sweep: every value in a live object
    /// is a small int, a static object, or the start of an allocated cell.
    fn verify(&self) {
        let mut t = Tracer {
            heap: &self.heap,
            stack: Vec::new(),
            verify: true,
            bad: 0,
            misses: Vec::new(),
            overflowed: false,
            visits: 0,
        };
        self.heap.for_each_block(|b| {
            heap::each_set_bit(b.alloc_bits(), |idx| {
                // SAFETY: an allocated cell holds a live object of the
                // block's type.
                unsafe { (b.info.trace)(b.cell(idx) as *const u8, &mut t) };
                true
            });
        });
        for &v in &self.temps {
            // SAFETY: as in `collect`.
            for &x in unsafe { &*v }.iter() {
                t.visit(x);
            }
        }
        if t.bad != 0 {
            crate::builtins::output::write_err(&format!(
                "Fatal: GC heap verification failed: {} dangling references\n",
                t.bad
            ));
            std::process::abort();
        }
    }
}

/// Values held by rt's own globals (the pending exception, the exceptions
/// being handled, cached strings, parameter names).
fn trace_rt_roots(t: &mut Tracer) {
    crate::exc::error::trace_roots(t);
    crate::exc::handling::trace_roots(t);
    crate::objects::str::trace_roots(t);
    crate::objects::func::trace_roots(t);
    crate::objects::tuple::trace_roots(t);
    crate::objects::list::lent::trace_roots(t);
    crate::protocol::import::trace_roots(t);
    crate::class::trace_roots(t);
    crate::class::shape::trace_roots(t);
    crate::types::for_each_root(|v| t.visit(v));
    crate::io::trace_roots(t);
    crate::stdlib::structmod::trace_roots(t);
    crate::stdlib::hooks::trace_roots(t);
    crate::stdlib::weakref::trace_roots(t);
}

// ============================ tracing ============================

/// The 4 KiB pages of a set of addresses, hashed into 4096 bits: most
/// buffers share no page with any of the few dozen stack words that missed
/// the heap, and this check spares them the exact search (the walk over
/// every allocated cell of a collection cost 90 instructions per cell
/// with a binary search each; callgrind, fannkuch).
struct PageFilter([u64; 64]);

impl PageFilter {
    const PAGE_SHIFT: u32 = 12;

    fn slot(page: usize) -> (usize, u64) {
        let h = page % 4096;
        (h / 64, 1u64 << (h % 64))
    }

    /// The filter holding the pages of `addrs`.
    fn of(addrs: &[usize]) -> PageFilter {
        let mut f = PageFilter([0; 64]);
        for &a in addrs {
            let (w, bit) = Self::slot(a >> Self::PAGE_SHIFT);
            f.0[w] |= bit;
        }
        f
    }

    /// False when no address of the set can lie in `p..=p + n`.
    #[inline]
    fn may_overlap(&self, p: usize, n: usize) -> bool {
        let first = p >> Self::PAGE_SHIFT;
        let last = p.saturating_add(n) >> Self::PAGE_SHIFT;
        if last - first >= 4096 {
            return true;
        }
        (first..=last).any(|page| {
            let (w, bit) = Self::slot(page);
            self.0[w] & bit != 0
        })
    }
}

/// Visits values during marking (or verification).
pub struct Tracer<'a> {
    heap: &'a Heap,
    /// Marked cells whose children are not yet visited.
    stack: Vec<usize>,
    verify: bool,
    bad: usize,
    /// Stack words outside the GC heap (possible derived pointers).
    misses: Vec<usize>,
    /// A marked cell could not be pushed (no memory for the mark stack).
    overflowed: bool,
    /// Values `visit_all` looked at: most of marking's work.
    visits: usize,
}

impl Tracer<'_> {
    /// Visits a value held by a traced object or a precise root.
    #[inline]
    pub fn visit(&mut self, v: Value) {
        let a = v.0 as usize;
        if a & 7 != 0 || a == 0 {
            return;
        }
        self.visits += 1;
        if self.verify {
            self.check(a);
        } else if let Some((b, idx)) = self.heap.find_exact(a) {
            self.mark_cell(b, idx);
        }
    }

    /// Visits every value of a slice. Marking's loop is written out here
    /// rather than calling `visit` per item: the call, which the compiler
    /// keeps out of line, was a third of the cost of tracing a list.
    pub fn visit_all(&mut self, vs: &[Value]) {
        if self.verify {
            for &v in vs {
                self.visit(v);
            }
            return;
        }
        let heap = self.heap;
        self.visits += vs.len();
        for &v in vs {
            let a = v.0 as usize;
            if a & 7 != 0 || a == 0 {
                continue;
            }
            if let Some((b, idx)) = heap.find_exact(a) {
                self.mark_cell(b, idx);
            }
        }
    }

    /// Visits a word that may or may not be a pointer (a stack word
    /// between `sp` and `top`). A word that is not in the GC heap but could
    /// point into malloc memory is kept as a possible derived pointer.
    #[inline]
    fn conservative(&mut self, w: usize, sp: usize, top: usize) {
        if w == 0 {
            return;
        }
        if let Some((b, idx)) = self.heap.find(w) {
            self.mark_cell(b, idx);
        } else if w & 7 == 0 && w > 4096 && !(sp..top).contains(&w) {
            // Aligned words only: small ints, return addresses and the
            // like would make a deep stack's list long. A borrowed long
            // text is found by its start (a malloc block's, 16-aligned),
            // which rt's `&str` of it keeps while it slices.
            self.misses.push(w);
        }
    }

    /// Marks the lists and long strings whose malloc buffer a stack word
    /// points into: rt borrows `&[Value]` slices of items and `&str`s of
    /// text, and the slice may outlive the last stack copy of the owner's
    /// value in optimised code. One owner per buffer is enough: the views
    /// of an append buffer all start at it, and any one keeps it alive
    /// (marking them all would keep every dead prefix of a grown string).
    fn mark_buffer_owners(&mut self) {
        if self.misses.is_empty() {
            return;
        }
        self.misses.sort_unstable();
        self.misses.dedup();
        let heap = self.heap;
        // Buffers already kept: few (at most one per candidate), and a run
        // of views of one buffer is caught by `last_kept`.
        let mut kept: Vec<usize> = Vec::new();
        let mut last_kept = 0;
        let pages = PageFilter::of(&self.misses);
        heap.for_each_block(|b| {
            heap::each_set_bit(b.alloc_bits(), |idx| {
                let cell = b.cell(idx);
                // SAFETY: an allocated cell holds a live object of the
                // block's type.
                let Some((p, n)) = (unsafe { (b.info.buffer)(cell as *const u8) }) else {
                    // The block's type has no item buffer: none of its cells.
                    return false;
                };
                // The end counts too: a slice iterator's end pointer may be
                // all that is left of a borrowed text.
                if !pages.may_overlap(p, n) {
                    return true;
                }
                let i = self.misses.partition_point(|&m| m < p);
                if self.misses.get(i).is_some_and(|&m| m <= p + n)
                    && p != last_kept
                    && !kept.contains(&p)
                {
                    kept.push(p);
                    last_kept = p;
                    self.mark(cell);
                }
                true
            });
        });
    }

    /// True if `v` is not a heap object or its cell is marked (after
    /// marking: it is reachable).
    fn is_marked(&self, v: Value) -> bool {
        let Some((b, idx)) = self.heap.find(v.0 as usize) else {
            return true;
        };
        // SAFETY: `b` is a mapped block of this heap (from `find`); only its
        // side bitmap is read.
        let block = unsafe { &*b };
        block.mark[idx / 64] & (1u64 << (idx % 64)) != 0
    }

    #[inline]
    fn mark(&mut self, addr: usize) {
        if let Some((b, idx)) = self.heap.find(addr) {
            self.mark_cell(b, idx);
        }
    }

    /// Marks allocated cell `idx` of block `b` and queues it for tracing.
    #[inline]
    fn mark_cell(&mut self, b: *mut heap::Block, idx: usize) {
        // SAFETY: `b` is a mapped block of this heap (from `find`); marking
        // writes only its side bitmap.
        let block = unsafe { &mut *b };
        let bit = 1u64 << (idx % 64);
        if block.mark[idx / 64] & bit == 0 {
            block.mark[idx / 64] |= bit;
            if block.leaf {
                return;
            }
            if self.stack.len() == self.stack.capacity() && self.stack.try_reserve(1).is_err() {
                // Out of memory (the collection that would free some is
                // this one): the cell stays marked but untraced, and
                // `retrace_marked` finds it.
                self.overflowed = true;
                return;
            }
            self.stack.push(block.cell(idx));
        }
    }

    /// Visits what may have changed in old cells since they were last
    /// traced: `trace_old` of every marked cell of the blocks whose type is
    /// neither a leaf nor immutable.
    fn trace_old_mutable(&mut self) {
        let heap = self.heap;
        heap.for_each_mutable_block(|b| {
            // SAFETY: `b` is a mapped block of this heap. Its mark words are
            // read one at a time: tracing may mark cells of this block.
            let (words, info) = unsafe { ((*b).ncells.div_ceil(64), (*b).info) };
            for wi in 0..words {
                // SAFETY: as above; `wi` is a word of the mark bitmap.
                let mut w = unsafe { (*b).mark[wi] };
                while w != 0 {
                    let idx = wi * 64 + w.trailing_zeros() as usize;
                    w &= w - 1;
                    self.visits += 1;
                    // SAFETY: a marked cell is allocated and holds a live
                    // object of the block's type.
                    unsafe { (info.trace_old)((*b).cell(idx) as *const u8, self) };
                }
                self.drain();
            }
        });
    }

    /// Traces everything marked until no mark-stack push failed: after an
    /// overflow, every marked cell is traced again (children already marked
    /// are not pushed twice), which reaches the cells left untraced.
    fn drain_all(&mut self) {
        self.drain();
        while self.overflowed {
            self.overflowed = false;
            let heap = self.heap;
            heap.for_each_block(|b| {
                heap::each_set_bit(b.mark_bits(), |idx| {
                    // SAFETY: a marked cell is allocated and holds a live
                    // object of the block's type.
                    unsafe { (b.info.trace)(b.cell(idx) as *const u8, self) };
                    self.drain();
                    true
                });
            });
        }
    }

    fn check(&mut self, addr: usize) {
        if !self.heap.in_blocks(addr) {
            return; // A static object.
        }
        match self.heap.find(addr) {
            // SAFETY: `find` returned a mapped block.
            Some((b, idx)) if unsafe { &*b }.cell(idx) == addr => {}
            _ => self.bad += 1,
        }
    }

    /// Traces marked cells until none is left.
    fn drain(&mut self) {
        while let Some(cell) = self.stack.pop() {
            let block = (cell & !(heap::BLOCK_SIZE - 1)) as *const heap::Block;
            // SAFETY: `cell` is an allocated cell of a mapped block, holding
            // a live object of the block's type.
            unsafe { ((*block).info.trace)(cell as *const u8, self) };
        }
    }
}

/// Where tracing a container that counts its unchanged leading items in
/// `seen` (lists, dicts) starts, given its `len` items: at 0 for a full
/// trace (`from_seen` false) or while a mutable borrow of the items is
/// `open` (it may still store anything), else at `seen`. Records that all
/// `len` will have been seen, unless the borrow is open.
pub fn trace_from(seen: &std::cell::Cell<usize>, len: usize, from_seen: bool, open: bool) -> usize {
    if open {
        return 0;
    }
    let from = if from_seen { seen.get().min(len) } else { 0 };
    seen.set(len);
    from
}

/// The contents of a `RefCell` for tracing, even while rt code further up
/// the stack holds a mutable borrow of it across an allocation.
#[inline]
pub fn peek<T>(c: &RefCell<T>) -> &T {
    // SAFETY: collections run only inside `alloc`, never in the middle of an
    // operation on the cell's contents (no Vec/table method allocates GC
    // objects), so the data is in a consistent state and nobody writes it
    // while the tracer reads.
    unsafe { &*c.as_ptr() }
}

// ============================ roots ============================

/// Registers `nwords` value slots at `addr` as roots for the rest of the run
/// (the compiler's `alc_globals` and `alc_consts` arrays).
pub fn add_roots(addr: *const u64, nwords: usize) {
    with_gc(|gc| {
        gc.roots.push((addr as usize, nwords, gc.next_root));
        gc.next_root += 1;
    });
}

/// The number the next root range gets: [`roots_since`] takes it to find
/// the ranges registered after this (ranges removed meanwhile, by a
/// collection freeing code compiled at run time, do not shift it).
pub fn roots_mark() -> u64 {
    with_gc(|gc| gc.next_root)
}

/// Forgets the root ranges `ranges` (ones registered by code compiled at
/// run time whose memory is being freed).
pub fn remove_roots(ranges: &[(usize, usize)]) {
    with_gc(|gc| gc.roots.retain(|r| !ranges.contains(&(r.0, r.1))));
}

/// The root ranges registered since `mark` (see [`roots_mark`]).
pub fn roots_since(mark: u64) -> Vec<(usize, usize)> {
    with_gc(|gc| {
        gc.roots
            .iter()
            .filter(|r| r.2 >= mark)
            .map(|r| (r.0, r.1))
            .collect()
    })
}

/// The top of the program thread's stack (0 before the program runs).
pub fn stack_top() -> usize {
    with_gc(|gc| gc.stack_top)
}

/// Records the top of the program thread's stack and enables collection
/// on this thread; reads `ALC_GC_STRESS`. Called once by `entry/start.rs`.
pub fn set_stack_top(top: usize) {
    let stress = std::env::var("ALC_GC_STRESS")
        .ok()
        .and_then(|s| s.trim().parse::<usize>().ok())
        .unwrap_or(0);
    with_gc(|gc| {
        gc.stack_top = top;
        gc.stress = stress;
        gc.countdown = stress;
        gc.heap.single_cell_runs = stress != 0;
        gc.update_trigger();
    });
}

/// Disables collection on this thread (the program body has returned).
pub fn stop() {
    with_gc(|gc| {
        gc.stack_top = 0;
        gc.update_trigger();
    });
}

/// Runs a full collection now (tests and `ALC_GC_STATS`).
pub fn collect_now() {
    with_gc(|gc| gc.collect(&|_| {}, Scan::All, true));
}

/// `gc.collect()`: a full collection now, returning how many objects it
/// freed. Objects kept for their finalisers are not counted (they are
/// freed by a later collection).
pub fn collect_counted() -> usize {
    scrub_stack();
    with_gc(|gc| {
        gc.heap.flush_runs();
        let before = gc.heap.objects;
        gc.collect(&|_| {}, Scan::All, true);
        before.saturating_sub(gc.heap.objects)
    })
}

/// Zeroes the stack below the caller, where the collection's own frames
/// will lie: their uninitialised slots would otherwise hold words of frames
/// that returned (a function that just dropped its last reference to an
/// object), which the conservative scan would take for roots.
#[inline(never)]
fn scrub_stack() {
    let mut area = [0u64; 4096];
    // The writes must happen although nothing reads the array.
    std::hint::black_box(&mut area);
}

/// `gc.enable()` and `gc.disable()`: whether allocation starts collections.
pub fn set_enabled(on: bool) {
    with_gc(|gc| {
        gc.enabled = on;
        gc.update_trigger();
    });
}

/// `gc.isenabled()`.
pub fn is_enabled() -> bool {
    with_gc(|gc| gc.enabled)
}

/// True if `v` is an object in this thread's heap (not a small int, nor a
/// static object such as `None` or a built-in type).
pub fn in_heap(v: Value) -> bool {
    if v.is_small() {
        return false;
    }
    let addr = v.0 as usize;
    with_gc(|gc| {
        gc.heap.flush_runs();
        match gc.heap.find(addr) {
            // SAFETY: `find` returned a mapped block of this heap.
            Some((b, idx)) => unsafe { &*b }.cell(idx) == addr,
            None => false,
        }
    })
}

/// Collects this thread's heap marking only from `roots` and the precise
/// roots of this thread (no stack scan, no rt globals): deterministic
/// collections for unit tests. Enables collection on the test thread.
#[cfg(test)]
pub(crate) fn collect_precise(roots: &[Value]) {
    with_gc(|gc| {
        if gc.stack_top == 0 {
            // Any address below the stack pointer: the stack scan of a
            // collection `alloc` might start would cover nothing.
            gc.stack_top = 1;
            gc.update_trigger();
        }
        gc.collect(&|t| t.visit_all(roots), Scan::Precise, true)
    });
}

/// `(collections, live objects, heap bytes mapped)` for tests and stats.
pub fn stats() -> (usize, usize, usize) {
    with_gc(|gc| {
        gc.heap.flush_runs();
        (gc.collections, gc.heap.objects, gc.heap.mapped())
    })
}

/// A `Vec<Value>` whose values are GC roots while it exists: for rt
/// temporaries that are the only holders of values across an allocation
/// (collected iterables, sort buffers, unpacked items). Deref to the Vec.
// The Vec is boxed so its address, which the root list records, stays put
// when the RootedVec moves.
#[allow(clippy::box_collection)]
pub struct RootedVec(Box<Vec<Value>>);

impl RootedVec {
    /// An empty rooted vector.
    pub fn new() -> RootedVec {
        RootedVec::from_vec(Vec::new())
    }

    /// Roots the values of `v`.
    pub fn from_vec(v: Vec<Value>) -> RootedVec {
        let b = Box::new(v);
        let p: *const Vec<Value> = &*b;
        with_gc(|gc| gc.temps.push(p));
        RootedVec(b)
    }

    /// The plain Vec; its values are no longer roots.
    pub fn into_vec(mut self) -> Vec<Value> {
        std::mem::take(&mut *self.0)
    }
}

impl Default for RootedVec {
    fn default() -> Self {
        RootedVec::new()
    }
}

impl Drop for RootedVec {
    fn drop(&mut self) {
        let p: *const Vec<Value> = &*self.0;
        with_gc(|gc| {
            if let Some(i) = gc.temps.iter().rposition(|&q| q == p) {
                gc.temps.swap_remove(i);
            }
        });
    }
}

impl Deref for RootedVec {
    type Target = Vec<Value>;
    fn deref(&self) -> &Vec<Value> {
        &self.0
    }
}

impl DerefMut for RootedVec {
    fn deref_mut(&mut self) -> &mut Vec<Value> {
        &mut self.0
    }
}

impl FromIterator<Value> for RootedVec {
    fn from_iter<I: IntoIterator<Item = Value>>(iter: I) -> RootedVec {
        // Values arrive one by one; root the vector before the first.
        let mut r = RootedVec::new();
        for v in iter {
            r.push(v);
        }
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heap_growth_tapers_above_the_knee() {
        assert_eq!(next_threshold(0), MIN_THRESHOLD);
        assert_eq!(next_threshold(3 << 20), 6 << 20);
        assert_eq!(next_threshold(GROWTH_KNEE), 2 * GROWTH_KNEE);
        // 48 MiB live: 8 MiB doubled plus a fifth of the other 40 MiB.
        assert_eq!(next_threshold(48 << 20), (48 + 8 + 8) << 20);
        assert_eq!(next_threshold(usize::MAX), usize::MAX);
    }

    #[test]
    fn page_filter_keeps_every_overlap() {
        let misses = [0x1c69_67b0, 0x7f4c_1000_0030, 0x7f4c_1023_5410];
        let f = PageFilter::of(&misses);
        for &m in &misses {
            assert!(f.may_overlap(m, 0));
            assert!(f.may_overlap(m - 72, 72), "a buffer ending at the word");
            assert!(f.may_overlap(m - 0x3000, 0x4000), "pages further on");
        }
        assert!(!f.may_overlap(0x1c69_8000, 0x100), "the next page");
        assert!(f.may_overlap(0x1000, usize::MAX - 0x1000), "huge spans");
    }

    #[test]
    fn each_set_bit_stops_when_asked() {
        let words = [0b1010u64, 0, 1 << 63];
        let mut seen = Vec::new();
        heap::each_set_bit(&words, |i| {
            seen.push(i);
            true
        });
        assert_eq!(seen, [1, 3, 191]);
        seen.clear();
        heap::each_set_bit(&words, |i| {
            seen.push(i);
            i < 3
        });
        assert_eq!(seen, [1, 3]);
    }
}
