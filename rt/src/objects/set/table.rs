//! The hash table behind `set` and `frozenset`, reproducing CPython 3.11's
//! `Objects/setobject.c` exactly (linear probes then perturbed probing,
//! dummies on delete, its resize points and merge shortcuts), so that
//! iteration order, `pop()` order and `repr` match CPython in every case.
//!
//! An entry with a null key is unused when its hash is 0 and a dummy
//! (deleted) when its hash is -1; no real hash is ever -1.

use crate::exc::error::R;
use crate::object::{Header, Kind, Object};
use crate::protocol::key;
use crate::value::Value;
use std::cell::{Cell, RefCell};

/// Source of table generations; unique across sets so that swapping two
/// sets' tables is noticed too.
static GENERATION: crate::state::Global<u64> = crate::state::Global::new(0);

/// A fresh table generation.
fn next_generation() -> u64 {
    let g = GENERATION.get().wrapping_add(1);
    GENERATION.set(g);
    g
}

/// Entries inspected linearly before a perturbed jump.
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// Size of a new set's table (CPython's `PySet_MINSIZE`).
pub const MINSIZE: usize = 8;

/// One slot of the table.
#[derive(Clone, Copy)]
pub struct SetEntry {
    pub hash: i64,
    pub key: Value,
}

const UNUSED: SetEntry = SetEntry {
    hash: 0,
    key: Value::NULL,
};
const DUMMY: SetEntry = SetEntry {
    hash: -1,
    key: Value::NULL,
};

impl SetEntry {
    #[inline]
    fn is_unused(&self) -> bool {
        self.hash == 0 && self.key.is_null()
    }
}

/// The table proper.
pub struct SetTable {
    /// Active plus dummy entries.
    pub fill: usize,
    /// Active entries.
    pub used: usize,
    pub mask: usize,
    pub entries: Vec<SetEntry>,
    /// Bumped whenever `entries` is replaced, so a probe that ran Al code
    /// (an `__eq__`) can tell the table changed under it.
    pub generation: u64,
}

impl SetTable {
    /// An empty table of the minimum size.
    pub fn new() -> SetTable {
        SetTable {
            fill: 0,
            used: 0,
            mask: MINSIZE - 1,
            entries: vec![UNUSED; MINSIZE],
            generation: 0,
        }
    }
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

/// A set or frozenset object.
#[repr(C)]
pub struct SetObj {
    pub header: Header,
    pub table: RefCell<SetTable>,
    /// Cached frozenset hash, -1 until computed.
    pub hash: Cell<i64>,
    /// Where `pop()` resumes its search.
    pub finger: Cell<usize>,
}

// SAFETY: repr(C), Header first; every Set/FrozenSet object is a SetObj.
unsafe impl Object for SetObj {
    const KINDS: &'static [Kind] = &[Kind::Set, Kind::FrozenSet];

    fn trace(&self, t: &mut crate::gc::Tracer) {
        for e in &crate::gc::peek(&self.table).entries {
            t.visit(e.key);
        }
    }
}

#[inline]
fn next_probe(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    (i.wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb as usize))
        & mask
}

/// Equality of a stored key with a probe key without running Al code,
/// when that is possible (identity, two strings, two small ints).
#[inline]
fn quick_eq(stored: Value, key: Value) -> Option<bool> {
    if stored == key {
        return Some(true);
    }
    if let Some(r) = key::both_str_eq(stored, key) {
        return Some(r);
    }
    if stored.is_small() && key.is_small() {
        return Some(false);
    }
    None
}

impl SetObj {
    /// `set_lookkey`: the index of the active entry equal to `key`, if any.
    pub fn lookkey(&self, key: Value, hash: i64) -> R<Option<usize>> {
        'restart: loop {
            let mut t = self.table.borrow();
            let mut mask = t.mask;
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            loop {
                let mut probes = if i + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
                let mut j = i;
                loop {
                    let e = t.entries[j];
                    if e.is_unused() {
                        return Ok(None);
                    }
                    if e.hash == hash {
                        let startkey = e.key;
                        match quick_eq(startkey, key) {
                            Some(true) => return Ok(Some(j)),
                            Some(false) => {}
                            None => {
                                let generation = t.generation;
                                drop(t);
                                let cmp = crate::protocol::dispatch::eq(startkey, key)?;
                                t = self.table.borrow();
                                if t.generation != generation || t.entries[j].key != startkey {
                                    continue 'restart;
                                }
                                if cmp {
                                    return Ok(Some(j));
                                }
                                mask = t.mask;
                            }
                        }
                    }
                    j += 1;
                    if probes == 0 {
                        break;
                    }
                    probes -= 1;
                }
                i = next_probe(i, &mut perturb, mask);
            }
        }
    }

    /// `set_add_entry`: inserts `key` unless an equal key is present.
    pub fn add_entry(&self, key: Value, hash: i64) -> R<()> {
        'restart: loop {
            let mut t = self.table.borrow();
            let mut mask = t.mask;
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            let mut freeslot: Option<usize> = None;
            let found_unused = 'probe: loop {
                let mut probes = if i + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
                let mut j = i;
                loop {
                    let e = t.entries[j];
                    if e.is_unused() {
                        break 'probe j;
                    }
                    if e.hash == hash {
                        let startkey = e.key;
                        match quick_eq(startkey, key) {
                            Some(true) => return Ok(()),
                            Some(false) => {}
                            None => {
                                let generation = t.generation;
                                drop(t);
                                let cmp = crate::protocol::dispatch::eq(startkey, key)?;
                                if cmp {
                                    return Ok(());
                                }
                                t = self.table.borrow();
                                if t.generation != generation || t.entries[j].key != startkey {
                                    continue 'restart;
                                }
                                mask = t.mask;
                            }
                        }
                    } else if e.hash == -1 {
                        freeslot = Some(j);
                    }
                    j += 1;
                    if probes == 0 {
                        break;
                    }
                    probes -= 1;
                }
                i = next_probe(i, &mut perturb, mask);
            };
            drop(t);
            let mut t = self.table.borrow_mut();
            if let Some(f) = freeslot {
                t.used += 1;
                t.entries[f] = SetEntry { hash, key };
                return Ok(());
            }
            t.fill += 1;
            t.used += 1;
            t.entries[found_unused] = SetEntry { hash, key };
            if t.fill * 5 < mask * 3 {
                return Ok(());
            }
            let minused = if t.used > 50000 {
                t.used * 2
            } else {
                t.used * 4
            };
            resize(&mut t, minused);
            return Ok(());
        }
    }

    /// `set_discard_entry`: removes `key` if present; true if it was.
    pub fn discard_entry(&self, key: Value, hash: i64) -> R<bool> {
        match self.lookkey(key, hash)? {
            None => Ok(false),
            Some(j) => {
                let mut t = self.table.borrow_mut();
                t.entries[j] = DUMMY;
                t.used -= 1;
                Ok(true)
            }
        }
    }

    /// `set_add_key`
    #[inline]
    pub fn add_key(&self, k: Value) -> R<()> {
        let h = key::hash(k)?;
        self.add_entry(k, h)
    }

    /// `set_contains_key`
    #[inline]
    pub fn contains_key(&self, k: Value) -> R<bool> {
        let h = key::hash(k)?;
        Ok(self.lookkey(k, h)?.is_some())
    }

    /// `set_discard_key`
    pub fn discard_key(&self, k: Value) -> R<bool> {
        let h = key::hash(k)?;
        self.discard_entry(k, h)
    }

    /// The first active entry at or after `pos` (`set_next`).
    #[inline]
    pub fn entry_from(&self, pos: usize) -> Option<(usize, SetEntry)> {
        let t = self.table.borrow();
        let start = pos.min(t.entries.len());
        t.entries[start..]
            .iter()
            .position(|e| !e.key.is_null())
            .map(|off| (start + off, t.entries[start + off]))
    }

    /// Active entries in table order.
    pub fn entries_vec(&self) -> Vec<SetEntry> {
        self.table
            .borrow()
            .entries
            .iter()
            .filter(|e| !e.key.is_null())
            .copied()
            .collect()
    }

    /// `set_table_resize` on this set.
    pub fn resize(&self, minused: usize) {
        resize(&mut self.table.borrow_mut(), minused);
    }

    /// `set_clear_internal`: back to an empty minimum-size table.
    pub fn clear(&self) {
        let old = {
            let mut t = self.table.borrow_mut();
            let old = std::mem::take(&mut *t);
            t.generation = next_generation();
            old
        };
        self.hash.set(-1);
        drop(old);
    }

    /// `set_pop`: removes the entry at or after the finger.
    pub fn pop(&self) -> Option<Value> {
        let mut t = self.table.borrow_mut();
        if t.used == 0 {
            return None;
        }
        let mask = t.mask;
        let mut j = self.finger.get() & mask;
        while t.entries[j].key.is_null() {
            j += 1;
            if j > mask {
                j = 0;
            }
        }
        let k = t.entries[j].key;
        t.entries[j] = DUMMY;
        t.used -= 1;
        self.finger.set(j + 1);
        Some(k)
    }

    /// `set_merge`: adds every element of set `other`, copying its layout
    /// when this set is empty.
    pub fn merge(&self, other: &SetObj) -> R<()> {
        if std::ptr::eq(self, other) {
            return Ok(());
        }
        {
            let o = other.table.borrow();
            if o.used == 0 {
                return Ok(());
            }
            let mut t = self.table.borrow_mut();
            if (t.fill + o.used) * 5 >= t.mask * 3 {
                let minused = (t.used + o.used) * 2;
                resize(&mut t, minused);
            }
            if t.fill == 0 && t.mask == o.mask && o.fill == o.used {
                // Same size, no dummies: copy the table as it is.
                for (dst, src) in t.entries.iter_mut().zip(o.entries.iter()) {
                    if !src.key.is_null() {
                        *dst = *src;
                    }
                }
                t.fill = o.fill;
                t.used = o.used;
                return Ok(());
            }
            if t.fill == 0 {
                t.fill = o.used;
                t.used = o.used;
                let mask = t.mask;
                for src in o.entries.iter().filter(|e| !e.key.is_null()) {
                    insert_clean(&mut t.entries, mask, src.key, src.hash);
                }
                return Ok(());
            }
        }
        // Duplicates are possible: ordinary insertions, re-reading `other`
        // each step since comparisons may run Al code.
        let mut i = 0;
        loop {
            let e = {
                let o = other.table.borrow();
                if i > o.mask {
                    break;
                }
                o.entries[i]
            };
            if !e.key.is_null() {
                self.add_entry(e.key, e.hash)?;
            }
            i += 1;
        }
        Ok(())
    }

    /// CPython's frozenset hash (xor of shuffled entry hashes, corrected
    /// for unused and dummy slots), cached.
    pub fn frozen_hash(&self) -> i64 {
        let cached = self.hash.get();
        if cached != -1 {
            return cached;
        }
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let t = self.table.borrow();
        let mut hash: u64 = 0;
        for e in t.entries.iter() {
            hash ^= shuffle(e.hash as u64);
        }
        if (t.mask + 1 - t.fill) & 1 == 1 {
            hash ^= shuffle(0);
        }
        if (t.fill - t.used) & 1 == 1 {
            hash ^= shuffle(-1i64 as u64);
        }
        hash ^= (t.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        if hash == u64::MAX {
            hash = 590923713;
        }
        let h = hash as i64;
        self.hash.set(h);
        h
    }
}

/// `set_insert_clean`: places a key known to be absent into a table with
/// no dummies.
fn insert_clean(entries: &mut [SetEntry], mask: usize, key: Value, hash: i64) {
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        if entries[i].key.is_null() {
            entries[i] = SetEntry { hash, key };
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for e in &mut entries[i + 1..=i + LINEAR_PROBES] {
                if e.key.is_null() {
                    *e = SetEntry { hash, key };
                    return;
                }
            }
        }
        i = next_probe(i, &mut perturb, mask);
    }
}

/// `set_table_resize`: rebuilds the table with the smallest power-of-two
/// size above `minused`, dropping dummies.
pub fn resize(t: &mut SetTable, minused: usize) {
    let mut newsize = MINSIZE;
    while newsize <= minused {
        newsize <<= 1;
    }
    if newsize == MINSIZE && t.mask + 1 == MINSIZE && t.fill == t.used {
        // The small table with no dummies: nothing to do.
        return;
    }
    let old = std::mem::replace(&mut t.entries, vec![UNUSED; newsize]);
    t.mask = newsize - 1;
    t.fill = t.used;
    t.generation = next_generation();
    let mask = t.mask;
    for e in old.iter().filter(|e| !e.key.is_null()) {
        insert_clean(&mut t.entries, mask, e.key, e.hash);
    }
}

/// `set_swap_bodies`: exchanges the contents of two sets.
pub fn swap_bodies(a: &SetObj, b: &SetObj) {
    if std::ptr::eq(a, b) {
        return;
    }
    {
        let mut ta = a.table.borrow_mut();
        let mut tb = b.table.borrow_mut();
        std::mem::swap(&mut *ta, &mut *tb);
        ta.generation = next_generation();
        tb.generation = next_generation();
    }
    let frozen = |s: &SetObj| s.header.kind == Kind::FrozenSet;
    if frozen(a) && frozen(b) {
        let h = a.hash.get();
        a.hash.set(b.hash.get());
        b.hash.set(h);
    } else {
        a.hash.set(-1);
        b.hash.set(-1);
    }
}
