//! The memory of code compiled at run time (`eval`, `exec`, `compile`),
//! freed once nothing refers to it: no code object or run holds it (its
//! `exec::Compiled` is gone), no function object it made is alive, and no
//! traceback entry names one of its frames. Function descriptors and the
//! `CodeInfo`s of traceback entries lie in the code's memory, so a
//! function or an entry finds its code by address: each counts as a user
//! of the code while it lives (a function from its creation to the
//! collector's sweep of it, an entry as a value with its own `Drop`).
//! Memory a sweep leaves without users is let go at the end of that
//! collection (its root ranges removed first: they point into it); memory
//! whose `Compiled` goes outside a collection, at the next compile.
//!
//! Functions, traceback entries and the collector reach this bookkeeping
//! through hooks [`install`] sets with the JIT, so a program that compiles
//! nothing at run time carries none of its code.

use crate::state::{Global, GlobalCell};
use std::collections::BTreeMap;

/// What is let go with a code's memory: its root ranges and the owner of
/// its memory.
pub type Dead = (Vec<(usize, usize)>, Option<Box<dyn std::any::Any>>);

/// One source's code, by the start of its memory.
struct Region {
    end: usize,
    /// Live function objects it made and traceback entries naming it.
    users: usize,
    /// Its memory and roots once its `Compiled` is gone (None while that
    /// lives).
    dead: Option<Dead>,
}

static REGIONS: GlobalCell<BTreeMap<usize, Region>> = GlobalCell::new(BTreeMap::new());

/// Code that can go, with its range (see the module doc).
static DEAD: GlobalCell<Vec<(usize, usize, Dead)>> = GlobalCell::new(Vec::new());

/// Registers the memory `[start, end)` of newly compiled code, which
/// counts as allocated memory for the collector's trigger until it goes.
pub fn add(start: usize, end: usize) {
    if start < end {
        crate::gc::alloc::charge(end - start);
        REGIONS.with(|r| {
            r.insert(
                start,
                Region {
                    end,
                    users: 0,
                    dead: None,
                },
            )
        });
    }
}

/// The `Compiled` of the code at `start` is gone: its memory goes with
/// `dead` once it has no users.
pub fn compiled_dropped(start: usize, dead: Dead) {
    REGIONS.with(|r| {
        let Some(region) = r.get_mut(&start) else {
            // Never registered (no memory): nothing refers to it.
            DEAD.with(|d| d.push((start, start, dead)));
            return;
        };
        region.dead = Some(dead);
        if region.users == 0 {
            release(r, start);
        }
    });
}

/// Moves the region at `start` to the dead queue.
fn release(r: &mut BTreeMap<usize, Region>, start: usize) {
    if let Some(Region {
        end,
        dead: Some(dead),
        ..
    }) = r.remove(&start)
    {
        // Not in use from now on, for the collector's next threshold.
        crate::gc::alloc::uncharge(end - start);
        DEAD.with(|d| d.push((start, end, dead)));
    }
}

/// Forgets root ranges (the collector's list, or through `gc`).
pub type RemoveRoots<'a> = &'a mut dyn FnMut(&[(usize, usize)]);

/// The bookkeeping's entries for code that runs in every program.
struct Hooks {
    user_added: fn(usize),
    user_removed: fn(usize),
    release_dead: fn(RemoveRoots),
}

static HOOKS: Global<Option<&'static Hooks>> = Global::new(None);

/// Turns the bookkeeping on (with the JIT, `exec::install`).
pub fn install() {
    static ON: Hooks = Hooks {
        user_added: count_user,
        user_removed: uncount_user,
        release_dead: release_dead_dyn,
    };
    HOOKS.set(Some(&ON));
}

/// A user of the code holding address `at` (a function's descriptor, a
/// traceback entry's `CodeInfo`) appeared.
pub fn user_added(at: usize) {
    if let Some(h) = HOOKS.get() {
        (h.user_added)(at);
    }
}

/// A user of the code holding `at` went (see [`uncount_user`]).
pub fn user_removed(at: usize) {
    if let Some(h) = HOOKS.get() {
        (h.user_removed)(at);
    }
}

/// At the end of a collection: lets go of the code its sweep left
/// without users, `remove_roots` forgetting its root ranges.
pub fn after_sweep(remove_roots: RemoveRoots) {
    if let Some(h) = HOOKS.get() {
        (h.release_dead)(remove_roots);
    }
}

/// The region holding address `at`, with its start.
fn region_of(r: &mut BTreeMap<usize, Region>, at: usize) -> Option<(usize, &mut Region)> {
    let (&start, region) = r.range_mut(..=at).next_back()?;
    (at < region.end).then_some((start, region))
}

/// Counts a user of the code holding `at`, if code holds it.
fn count_user(at: usize) {
    REGIONS.with(|r| {
        if let Some((_, region)) = region_of(r, at) {
            region.users += 1;
        }
    });
}

/// A user of the code holding `at` went; the code's memory goes when it
/// was the last and the `Compiled` is gone.
fn uncount_user(at: usize) {
    REGIONS.with(|r| {
        let Some((start, region)) = region_of(r, at) else {
            return;
        };
        region.users = region.users.saturating_sub(1);
        if region.users == 0 && region.dead.is_some() {
            release(r, start);
        }
    });
}

/// Lets go of the code queued as dead: forgets its roots and the cached
/// parameter specs of its function descriptors, and unmaps its memory.
/// Called when compiling, never inside a collection (which lets go of
/// what its sweep left through [`after_sweep`]).
pub fn release_dead() {
    release_dead_dyn(&mut |ranges| crate::gc::remove_roots(ranges));
}

/// [`release_dead`], with `remove_roots` forgetting root ranges (the
/// collector, at the end of a collection, removes them itself).
fn release_dead_dyn(remove_roots: RemoveRoots) {
    let dead = DEAD.with(std::mem::take);
    for (start, end, (roots, owner)) in dead {
        remove_roots(&roots);
        crate::objects::func::forget_descs(start, end);
        drop(owner);
    }
}
