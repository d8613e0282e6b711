//! Weak references on the tracing collector: which objects are weakly
//! referred to, and by which weak-reference objects (in the order
//! `weakref.getweakrefs` lists them). Neither side is a root. A collection
//! that finds a referent unmarked after marking from the roots clears every
//! weak reference to it, and queues the callbacks of the weak references
//! that are themselves alive on the finaliser queue (`finalize.rs`), which
//! runs them at the next poll point, never inside rt or a collection. This
//! happens before the finaliser queue marks the dead objects it keeps
//! alive, so weak references to an object are cleared before its finaliser
//! (`__del__`, closing a generator) runs, as CPython's collector does; a
//! weak reference that is itself garbage is cleared without its callback.

use super::{with_gc, Tracer};
use crate::gc::finalize::Finalizer;
use crate::value::Value;
use std::collections::BTreeMap;

/// What the collector does with weak-reference objects (one kind of them:
/// `objects::weakref`).
pub struct WeakHooks {
    /// Makes the weak reference dead (its referent is being freed). Called
    /// during a collection: it may only write the object, never allocate
    /// or run Al code.
    pub clear: fn(Value),
    /// True if the weak reference has a callback to call once it is dead
    /// (called during a collection, like `clear`, before it).
    pub has_callback: fn(Value) -> bool,
    /// Runs a dead weak reference's callback from the finaliser queue.
    pub callback: &'static Finalizer,
}

/// The weak references to one object.
struct Referent {
    /// When the object got its first weak reference: callbacks of objects
    /// that die together run in this order.
    seq: u64,
    /// The weak-reference objects, in `getweakrefs` order.
    refs: Vec<Value>,
}

/// The weak references of one thread's heap, by referent address (objects
/// never move, and an address is forgotten when its object dies).
pub(super) struct Registry {
    map: BTreeMap<usize, Referent>,
    next_seq: u64,
    hooks: Option<&'static WeakHooks>,
}

impl Registry {
    pub(super) const fn new() -> Registry {
        Registry {
            map: BTreeMap::new(),
            next_seq: 0,
            hooks: None,
        }
    }

    /// After marking from the roots: every weak reference to an unmarked
    /// object is cleared and the object forgotten. Returns the weak
    /// references whose callbacks must run (the marked ones that have a
    /// callback), objects in the order they got their first weak
    /// reference, each object's in list order.
    pub(super) fn clear_dead(&mut self, t: &Tracer) -> Vec<Value> {
        let Some(hooks) = self.hooks else {
            return Vec::new();
        };
        let mut dead: Vec<(u64, Vec<Value>)> = Vec::new();
        self.map.retain(|&addr, r| {
            if t.is_marked(Value(addr as u64)) {
                return true;
            }
            dead.push((r.seq, std::mem::take(&mut r.refs)));
            false
        });
        dead.sort_by_key(|d| d.0);
        let mut callbacks = Vec::new();
        for (_, refs) in dead {
            for wr in refs {
                // A weak reference that is garbage too is cleared as well:
                // a finaliser may still bring it back.
                let call = t.is_marked(wr) && (hooks.has_callback)(wr);
                (hooks.clear)(wr);
                if call {
                    callbacks.push(wr);
                }
            }
        }
        callbacks
    }

    /// After the finaliser queue has marked what it keeps alive: forgets
    /// the weak references that are garbage themselves (the sweep frees
    /// them), and objects left with none.
    pub(super) fn forget_dead_refs(&mut self, t: &Tracer) {
        self.map.retain(|_, r| {
            r.refs.retain(|&wr| t.is_marked(wr));
            !r.refs.is_empty()
        });
    }

    /// The hooks' callback finaliser, once a weak reference was registered.
    pub(super) fn callback_finalizer(&self) -> Option<&'static Finalizer> {
        self.hooks.map(|h| h.callback)
    }
}

/// Records `wr`, a weak reference to `referent` (a heap or static object),
/// at position `at` of the object's list (clamped to its length).
pub fn add(referent: Value, wr: Value, at: usize, hooks: &'static WeakHooks) {
    with_gc(|gc| {
        let reg = &mut gc.weak;
        reg.hooks = Some(hooks);
        let seq = reg.next_seq;
        let r = reg
            .map
            .entry(referent.0 as usize)
            .or_insert_with(|| Referent {
                seq,
                refs: Vec::new(),
            });
        if r.seq == seq {
            reg.next_seq += 1;
        }
        let at = at.min(r.refs.len());
        r.refs.insert(at, wr);
    });
}

/// The live weak references to `referent`, in list order (empty if none).
pub fn refs(referent: Value) -> Vec<Value> {
    with_gc(|gc| {
        gc.weak
            .map
            .get(&(referent.0 as usize))
            .map_or_else(Vec::new, |r| r.refs.clone())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gc::{collect_precise, finalize, stats};
    use crate::object;
    use crate::objects::list;
    use crate::testing::{i, ints};
    use std::cell::RefCell;

    // A stand-in weak-reference object: the list `[True]` while alive,
    // `[None]` once cleared, with a second item (the callback's number)
    // when it has a callback. It does not hold its referent.

    thread_local! {
        /// The numbers of the callbacks that ran.
        static CALLED: RefCell<Vec<i64>> = const { RefCell::new(Vec::new()) };
    }

    static CALLBACK: Finalizer = Finalizer {
        pending: |_| true,
        run: |wr| {
            let n = list::obj(wr).items.borrow()[1].small();
            CALLED.with(|c| c.borrow_mut().push(n));
        },
    };

    static HOOKS: WeakHooks = WeakHooks {
        clear: |wr| list::obj(wr).items.borrow_mut()[0] = object::none(),
        has_callback: |wr| list::obj(wr).items.borrow().len() > 1,
        callback: &CALLBACK,
    };

    fn reset() {
        with_gc(|gc| {
            gc.weak = Registry::new();
            gc.fin = finalize::Registry::new();
        });
        collect_precise(&[]);
        CALLED.with(|c| c.borrow_mut().clear());
    }

    fn called() -> Vec<i64> {
        CALLED.with(|c| c.borrow().clone())
    }

    /// A weak reference to `referent`, with callback number `cb` if given,
    /// added at the end of the referent's list.
    fn weak(referent: Value, cb: Option<i64>) -> Value {
        let mut items = vec![object::boolean(true)];
        items.extend(cb.map(i));
        let wr = list::from_vec(items);
        add(referent, wr, usize::MAX, &HOOKS);
        wr
    }

    fn alive(wr: Value) -> bool {
        list::obj(wr).items.borrow()[0] == object::boolean(true)
    }

    /// A fresh list `[n]` known only by its address.
    #[inline(never)]
    fn garbage(n: i64) -> Value {
        ints(&[n])
    }

    #[test]
    fn weak_reference_does_not_keep_its_referent_alive() {
        reset();
        let obj = garbage(1);
        let wr = weak(obj, None);
        collect_precise(&[obj, wr]);
        assert!(alive(wr));
        assert_eq!(refs(obj), vec![wr]);
        collect_precise(&[wr]);
        assert!(!alive(wr));
        // Only the weak reference is left.
        assert_eq!(stats().1, 1);
        assert!(with_gc(|gc| gc.weak.map.is_empty()));
        assert!(!finalize::waiting());
    }

    #[test]
    fn callbacks_of_live_references_are_queued_not_run() {
        reset();
        let a = garbage(1);
        let b = garbage(2);
        let a1 = weak(a, Some(11));
        let b1 = weak(b, Some(21));
        let a2 = weak(a, Some(12));
        let plain = weak(a, None);
        collect_precise(&[a1, a2, b1, plain]);
        assert!(!alive(a1) && !alive(a2) && !alive(b1) && !alive(plain));
        // Queued, run at a poll point (here: run_ready), in the order the
        // objects got their first weak reference, then list order.
        assert!(called().is_empty());
        assert!(finalize::waiting());
        finalize::run_ready();
        assert_eq!(called(), vec![11, 12, 21]);
    }

    #[test]
    fn a_dead_weak_reference_is_cleared_without_its_callback() {
        reset();
        let obj = garbage(1);
        weak(obj, Some(1));
        collect_precise(&[]);
        assert_eq!(stats().1, 0);
        assert!(!finalize::waiting());
        assert!(called().is_empty());
        assert!(with_gc(|gc| gc.weak.map.is_empty()));
    }

    #[test]
    fn a_dead_weak_reference_to_a_live_object_is_forgotten() {
        reset();
        let obj = garbage(1);
        let kept = weak(obj, None);
        let _dropped = weak(obj, Some(2));
        collect_precise(&[obj, kept]);
        assert_eq!(refs(obj), vec![kept]);
        assert_eq!(stats().1, 2);
    }

    #[test]
    fn referents_kept_for_finalisation_are_cleared_before_it() {
        reset();
        // `obj` is registered for finalisation and dies: the queue keeps
        // it (and what it references) alive, but its weak references are
        // cleared first, as CPython clears them before `__del__`.
        static FIN: Finalizer = Finalizer {
            pending: |_| true,
            run: |_| CALLED.with(|c| c.borrow_mut().push(0)),
        };
        let inner = garbage(2);
        let obj = list::from_vec(vec![i(1), inner]);
        finalize::register(obj, 0, &FIN);
        let to_obj = weak(obj, Some(1));
        let to_inner = weak(inner, Some(2));
        collect_precise(&[to_obj, to_inner]);
        assert!(!alive(to_obj) && !alive(to_inner));
        // Both survive this collection, held by the queue.
        assert_eq!(stats().1, 4);
        finalize::run_ready();
        // Callbacks before the finaliser.
        assert_eq!(called(), vec![1, 2, 0]);
        collect_precise(&[to_obj, to_inner]);
        assert_eq!(stats().1, 2);
    }

    #[test]
    fn a_weak_reference_kept_by_a_finaliser_stays_registered() {
        reset();
        static FIN: Finalizer = Finalizer {
            pending: |_| true,
            run: |_| {},
        };
        let target = garbage(5);
        // The finalisable object holds the only reference to the weak
        // reference, whose referent stays alive.
        let wr = weak(target, None);
        let holder = list::from_vec(vec![wr]);
        finalize::register(holder, 0, &FIN);
        collect_precise(&[target]);
        assert!(alive(wr));
        assert_eq!(refs(target), vec![wr]);
        // Once the target dies the reference is cleared, as usual.
        finalize::run_ready();
        collect_precise(&[wr]);
        assert!(!alive(wr));
    }

    #[test]
    fn static_objects_never_die() {
        reset();
        let wr = weak(object::none(), Some(1));
        collect_precise(&[wr]);
        assert!(alive(wr));
        assert_eq!(refs(object::none()), vec![wr]);
    }

    #[test]
    fn list_positions() {
        reset();
        let obj = garbage(1);
        let a = weak(obj, None);
        let b = list::from_vec(vec![object::boolean(true)]);
        add(obj, b, 0, &HOOKS);
        let c = list::from_vec(vec![object::boolean(true)]);
        add(obj, c, 1, &HOOKS);
        assert_eq!(refs(obj), vec![b, c, a]);
    }
}
