//! The finaliser queue: objects that must act when they become garbage (a
//! generator suspended inside `try`/`with` must be closed, as CPython closes
//! it when its last reference goes) register here. The registry does not
//! keep them alive. A collection that finds a registered object unreachable
//! marks it and everything it references live for that cycle, unregisters
//! it and moves it to the *ready* queue, whose objects are roots until they
//! have been finalised. The queue never runs inside rt or a collection: a
//! non-empty queue trips the stack limit, so the next poll point of
//! generated code (a loop header or a function prologue, where SIGINT is
//! noticed too) runs it (`run_ready`); the program's end runs it and then
//! finalises every object still registered, reachable or not, as CPython's
//! shutdown does (`run_at_exit`). Each object is finalised at most once;
//! within a batch, objects run in the order of their key (creation order,
//! which is the order CPython's collector finalises garbage in).

use super::{with_gc, Tracer};
use crate::value::Value;
use std::collections::VecDeque;

/// What finalising one kind of object means.
pub struct Finalizer {
    /// True if the object still needs finalising (a generator that has
    /// finished since it registered does not). Called during a collection:
    /// it may only read the object; it must not allocate or run Al code.
    pub pending: fn(Value) -> bool,
    /// Finalises the object. It runs Al code and may allocate; an exception
    /// must not escape (it is reported and dropped, as CPython does).
    pub run: fn(Value),
}

/// One registered object.
#[derive(Clone, Copy)]
struct Entry {
    obj: Value,
    /// Finalisation order within a batch (smaller first).
    key: u64,
    fin: &'static Finalizer,
}

/// The registry and the ready queue of one thread's collector.
pub(super) struct Registry {
    /// Objects that need finalising when they die; not roots.
    registered: Vec<Entry>,
    /// Dead objects waiting to be finalised; roots. The front one stays
    /// here while it runs, so a collection meanwhile keeps it alive.
    ready: VecDeque<Entry>,
    /// True while `run_ready` empties the queue (it is not re-entered from
    /// the poll points of the finalisers' own code).
    draining: bool,
}

impl Registry {
    pub(super) const fn new() -> Registry {
        Registry {
            registered: Vec::new(),
            ready: VecDeque::new(),
            draining: false,
        }
    }

    /// Marks the ready objects (a root set).
    pub(super) fn trace_ready(&self, t: &mut Tracer) {
        for e in &self.ready {
            t.visit(e.obj);
        }
    }

    /// After marking from the roots: every unmarked registered object that
    /// still needs finalising is unregistered and queued, and then marked
    /// with everything it references (all of them are chosen before any is
    /// marked, so one dead object does not hide another it refers to). Dead
    /// ones that no longer need it are forgotten and swept as usual. Returns
    /// true if objects were queued and nobody is running the queue (the
    /// stack limit must be tripped).
    pub(super) fn queue_dead(&mut self, t: &mut Tracer) -> bool {
        let mut woke = Vec::new();
        self.registered.retain(|e| {
            if t.is_marked(e.obj) {
                return true;
            }
            if (e.fin.pending)(e.obj) {
                woke.push(*e);
            }
            false
        });
        if woke.is_empty() {
            return false;
        }
        woke.sort_by_key(|e| e.key);
        for e in &woke {
            t.visit(e.obj);
        }
        t.drain_all();
        self.ready.extend(woke);
        !self.draining
    }

    /// Queues `objs`, already marked (weak references whose callbacks must
    /// run), to be finalised with `fin`. Returns true if any were queued
    /// and nobody is running the queue (the stack limit must be tripped).
    pub(super) fn queue_now(&mut self, objs: Vec<Value>, fin: &'static Finalizer) -> bool {
        if objs.is_empty() {
            return false;
        }
        self.ready
            .extend(objs.into_iter().map(|obj| Entry { obj, key: 0, fin }));
        !self.draining
    }

    /// True if the queue has objects and nobody is running it: the stack
    /// limit must stay tripped so that a poll point runs it.
    fn waiting(&self) -> bool {
        !self.ready.is_empty() && !self.draining
    }
}

/// Creation numbers of objects that may need finalising (generators,
/// instances of classes with `__del__`): the order within a batch.
static NEXT_KEY: crate::state::Global<u64> = crate::state::Global::new(0);

/// The next creation number, a key for [`register`]: objects that die
/// together are finalised in creation order, as CPython's collector
/// finalises garbage in allocation order.
#[inline]
pub fn next_key() -> u64 {
    let k = NEXT_KEY.get();
    NEXT_KEY.set(k + 1);
    k
}

/// Registers `obj` (a heap object) for finalising with `fin` when it
/// becomes garbage; `key` orders it among objects finalised together. The
/// caller registers an object once (it remembers that it did).
pub fn register(obj: Value, key: u64, fin: &'static Finalizer) {
    with_gc(|gc| gc.fin.registered.push(Entry { obj, key, fin }));
}

/// True if finalisers are queued and not running: the stack limit is
/// tripped for them (`exc::recursion::untrip` leaves it so).
pub fn waiting() -> bool {
    with_gc(|gc| gc.fin.waiting())
}

/// Runs the ready queue (at a poll point of generated code, with no Al
/// frame of rt's in the middle of an operation): each object's finaliser,
/// in order, including objects queued meanwhile. Does nothing if the queue
/// is already running further up the stack.
pub fn run_ready() {
    let start = with_gc(|gc| {
        if gc.fin.ready.is_empty() || gc.fin.draining {
            return false;
        }
        gc.fin.draining = true;
        true
    });
    if !start {
        return;
    }
    crate::exc::recursion::untrip();
    // A poll point has no exception pending; keep one safe if it had.
    let saved = crate::exc::error::take_pending();
    while let Some(e) = with_gc(|gc| gc.fin.ready.front().copied()) {
        (e.fin.run)(e.obj);
        with_gc(|gc| gc.fin.ready.pop_front());
    }
    if !saved.is_null() {
        crate::exc::error::set_pending(saved);
    }
    with_gc(|gc| gc.fin.draining = false);
}

/// Runs now, out of turn, the queued finalisers that use `fin`, which
/// must run no Al code (closing a file does not): a caller inside rt that
/// needs what those objects hold (file descriptors) gets it back at once
/// instead of at the next poll point. An entry `run_ready` is running
/// further up the stack stays its own.
pub fn run_ready_of(fin: &'static Finalizer) {
    let find = |gc: &mut super::Gc, obj: Option<Value>| {
        let skip = usize::from(gc.fin.draining);
        gc.fin
            .ready
            .iter()
            .skip(skip)
            .position(|e| std::ptr::eq(e.fin, fin) && obj.is_none_or(|o| e.obj == o))
            .map(|i| i + skip)
    };
    // Each stays queued (a root) while it runs.
    while let Some(obj) = with_gc(|gc| find(gc, None).map(|i| gc.fin.ready[i].obj)) {
        (fin.run)(obj);
        with_gc(|gc| {
            if let Some(i) = find(gc, Some(obj)) {
                gc.fin.ready.remove(i);
            }
        });
    }
    // Nothing may be left for a poll point: the limit must not stay tripped.
    crate::exc::recursion::untrip();
}

/// At the program's end: runs the queue, then finalises every object still
/// registered, reachable or not (CPython finalises what the module's
/// globals still hold at shutdown), in key order; repeats while finalisers
/// register new objects.
pub fn run_at_exit() {
    loop {
        run_ready();
        let more = with_gc(|gc| {
            let mut all = std::mem::take(&mut gc.fin.registered);
            all.retain(|e| (e.fin.pending)(e.obj));
            all.sort_by_key(|e| e.key);
            gc.fin.ready.extend(all);
            !gc.fin.ready.is_empty()
        });
        if !more {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gc::{collect_precise, stats};
    use crate::objects::list;
    use crate::testing::{i, ints};
    use std::cell::{Cell, RefCell};

    thread_local! {
        /// The first item of every list a test finaliser ran on.
        static RAN: RefCell<Vec<i64>> = const { RefCell::new(Vec::new()) };
        /// What the test finalisers' `pending` answers.
        static PENDING: Cell<bool> = const { Cell::new(true) };
    }

    fn first_item(l: Value) -> i64 {
        list::obj(l).items.borrow()[0].small()
    }

    static LOG: Finalizer = Finalizer {
        pending: |_| PENDING.with(|p| p.get()),
        run: |l| RAN.with(|r| r.borrow_mut().push(first_item(l))),
    };

    /// Registers a fresh list `[n, [n]]` (the inner list is only reachable
    /// through it) and returns its address, not a value that keeps it alive.
    #[inline(never)]
    fn register_list(n: i64) -> usize {
        let inner = ints(&[n]);
        let l = list::from_vec(vec![i(n), inner]);
        register(l, n as u64, &LOG);
        l.0 as usize
    }

    /// Forgets what earlier tests on this thread left (libtest may run
    /// several on one thread).
    fn reset() {
        with_gc(|gc| gc.fin = Registry::new());
        collect_precise(&[]);
        RAN.with(|r| r.borrow_mut().clear());
        PENDING.with(|p| p.set(true));
    }

    fn ran() -> Vec<i64> {
        RAN.with(|r| r.borrow().clone())
    }

    fn queued() -> Vec<i64> {
        with_gc(|gc| gc.fin.ready.iter().map(|e| first_item(e.obj)).collect())
    }

    #[test]
    fn dead_object_is_kept_queued_run_once_then_freed() {
        reset();
        register_list(7);
        collect_precise(&[]);
        // Kept alive with what it references, queued, not run yet.
        assert_eq!(stats().1, 2);
        assert_eq!(queued(), vec![7]);
        assert!(waiting());
        // rt's own depth checks neither fail on the tripped limit nor run
        // the queue: only poll points of generated code do.
        assert!(crate::exc::recursion::check().is_ok());
        assert!(ran().is_empty());
        // Queued objects are roots until they run.
        collect_precise(&[]);
        assert_eq!(stats().1, 2);
        run_ready();
        assert_eq!(ran(), vec![7]);
        assert!(!waiting());
        // Unregistered: the next collection frees it without running it again.
        collect_precise(&[]);
        assert_eq!(stats().1, 0);
        run_ready();
        assert_eq!(ran(), vec![7]);
    }

    #[test]
    fn reachable_object_stays_registered_until_it_dies() {
        reset();
        let a = register_list(1);
        let keep = Value(a as u64);
        collect_precise(&[keep]);
        assert!(queued().is_empty());
        assert_eq!(with_gc(|gc| gc.fin.registered.len()), 1);
        collect_precise(&[]);
        assert_eq!(queued(), vec![1]);
    }

    #[test]
    fn dead_objects_that_no_longer_need_it_are_just_freed() {
        reset();
        register_list(3);
        PENDING.with(|p| p.set(false));
        collect_precise(&[]);
        assert!(queued().is_empty() && !waiting());
        assert_eq!(stats().1, 0);
        assert_eq!(with_gc(|gc| gc.fin.registered.len()), 0);
    }

    #[test]
    fn a_batch_runs_in_key_order_even_when_one_references_another() {
        reset();
        // 5 references 2, which is registered too: both are dead, so both
        // run, smaller key first.
        register_list(9);
        let two = register_list(2);
        let five = list::from_vec(vec![i(5), Value(two as u64)]);
        register(five, 5, &LOG);
        collect_precise(&[]);
        assert_eq!(queued(), vec![2, 5, 9]);
        run_ready();
        assert_eq!(ran(), vec![2, 5, 9]);
    }

    #[test]
    fn exit_runs_the_queue_then_every_registered_object_in_key_order() {
        reset();
        register_list(4);
        collect_precise(&[]);
        let b = register_list(8);
        let a = register_list(6);
        let roots = [Value(a as u64), Value(b as u64)];
        collect_precise(&roots);
        run_at_exit();
        assert_eq!(ran(), vec![4, 6, 8]);
        assert_eq!(with_gc(|gc| gc.fin.registered.len()), 0);
        assert!(!waiting());
    }
}
