//! `dict`: CPython's compact, insertion-ordered hash table (a dense entry
//! vector plus a sparse index with open addressing and `perturb` probing),
//! with its growth, deletion and copy rules, and the dict methods.
//! Views (`keys()`, `values()`, `items()`) live in `objects/dict/views.rs`.

pub mod namespace;
pub mod views;

use crate::exc;
use crate::exc::error::{key_error, raise, type_error, value_error, R};
use crate::object::{self, Header, Kind, Object, DICT_TYPE};
use crate::objects::list::ops::ReprGuard;
use crate::protocol::args::Args;
use crate::protocol::key;
use crate::types::slots;
use crate::value::Value;
use std::cell::{Cell, RefCell};

pub use crate::objects::dict::views::{
    view_binop, view_contains, view_eq, view_len, view_repr, view_richcompare,
};

/// Index slot never used.
const EMPTY: u32 = u32::MAX;
/// Index slot whose entry was deleted.
const DUMMY: u32 = u32::MAX - 1;
const PERTURB_SHIFT: u32 = 5;
/// Smallest index table (CPython's `PyDict_MINSIZE`).
const MINSIZE: usize = 8;

/// One key/value pair; `key` is null once the entry is deleted.
#[derive(Clone, Copy)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// The table of a dict. `entries.len()` is CPython's `dk_nentries`.
#[derive(Clone, Default)]
pub struct Table {
    /// Slot -> entry index, or `EMPTY`/`DUMMY`; a power of two long, or
    /// empty for a dict that has no table yet (CPython's shared empty keys).
    indices: Vec<u32>,
    pub entries: Vec<Entry>,
    /// Live entries.
    pub used: usize,
    /// Insertions left before the table must grow (`dk_usable`).
    usable: usize,
    /// Bumped whenever `indices` is replaced, so a lookup that ran Al code
    /// can tell the table changed under it.
    generation: u64,
}

/// A dict object.
#[repr(C)]
pub struct DictObj {
    pub header: Header,
    pub table: RefCell<Table>,
    /// The module whose namespace this dict is (`globals()`, `m.__dict__`),
    /// or null: its entries then mirror the module's slots
    /// (`objects/dict/namespace.rs`).
    module: Cell<Value>,
    /// Entries `[0, seen)` were traced by the last collection that traced
    /// the dict and none has changed since, so they are old: a minor
    /// collection visits only the others (`trace_old`). Inserting a new
    /// key without a resize keeps it; every other change lowers it.
    seen: Cell<usize>,
}

impl DictObj {
    /// Mutable access to the table for any change: the next minor
    /// collection visits every entry again.
    pub(crate) fn table_mut(&self) -> std::cell::RefMut<'_, Table> {
        self.seen.set(0);
        self.table.borrow_mut()
    }

    /// Visits the entries from `seen` on (all of them while the table is
    /// borrowed mutably, or if `from_seen` is false) and the module, then
    /// records that every entry has been seen.
    fn trace_entries(&self, t: &mut crate::gc::Tracer, from_seen: bool) {
        let open = self.table.try_borrow().is_err();
        let entries = &crate::gc::peek(&self.table).entries;
        let from = crate::gc::trace_from(&self.seen, entries.len(), from_seen, open);
        for e in &entries[from..] {
            t.visit(e.key);
            t.visit(e.value);
        }
        t.visit(self.module.get());
    }
}

// SAFETY: repr(C), Header first; every Kind::Dict object is a DictObj.
unsafe impl Object for DictObj {
    const KINDS: &'static [Kind] = &[Kind::Dict];

    fn trace(&self, t: &mut crate::gc::Tracer) {
        self.trace_entries(t, false);
    }

    fn trace_old(&self, t: &mut crate::gc::Tracer) {
        self.trace_entries(t, true);
    }
}

#[inline]
fn usable_fraction(n: usize) -> usize {
    (n << 1) / 3
}

/// Smallest power of two >= `minsize`, at least `MINSIZE`.
fn keysize_for(minsize: usize) -> usize {
    minsize.max(MINSIZE).next_power_of_two()
}

/// CPython's `estimate_log2_keysize`, as a size.
fn estimate_keysize(n: usize) -> usize {
    keysize_for((n * 3).div_ceil(2))
}

impl Table {
    /// A table with an index of `size` slots holding no entries.
    fn with_size(size: usize) -> Table {
        Table {
            indices: vec![EMPTY; size],
            entries: Vec::with_capacity(usable_fraction(size)),
            used: 0,
            usable: usable_fraction(size),
            generation: 0,
        }
    }

    /// The first slot on `hash`'s probe path that holds no live entry.
    fn find_empty_slot(&self, hash: i64) -> usize {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] < DUMMY {
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        i
    }

    /// The slot holding entry `ix` (which has hash `hash`).
    fn slot_of(&self, hash: i64, ix: usize) -> usize {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] != ix as u32 {
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        i
    }

    /// Rebuilds the table with `size` index slots, dropping deleted entries
    /// (CPython's `dictresize`).
    fn resize(&mut self, size: usize) {
        let old = std::mem::take(&mut self.entries);
        let generation = self.generation.wrapping_add(1);
        let mut t = Table::with_size(size);
        t.generation = generation;
        for e in old.into_iter().filter(|e| !e.key.is_null()) {
            let slot = t.find_empty_slot(e.hash);
            t.indices[slot] = t.entries.len() as u32;
            t.entries.push(e);
        }
        t.used = t.entries.len();
        t.usable -= t.used;
        *self = t;
    }

    /// Appends a new entry for a key known to be absent.
    fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if self.usable == 0 {
            // CPython's insertion_resize: GROWTH_RATE is used * 3.
            self.resize(keysize_for(self.used * 3));
        }
        let slot = self.find_empty_slot(hash);
        self.indices[slot] = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        self.used += 1;
        self.usable -= 1;
    }

    /// Deletes entry `ix`.
    fn delete_at(&mut self, ix: usize) -> Entry {
        let e = self.entries[ix];
        let slot = self.slot_of(e.hash, ix);
        self.indices[slot] = DUMMY;
        self.entries[ix].key = Value::NULL;
        self.entries[ix].value = Value::NULL;
        self.used -= 1;
        e
    }
}

#[inline]
fn obj(d: Value) -> &'static DictObj {
    d.as_ref::<DictObj>()
}

/// A new empty dict.
pub fn new() -> Value {
    Value::from_ref(crate::gc::alloc(DictObj {
        header: Header::new(&DICT_TYPE),
        table: RefCell::new(Table::default()),
        module: Cell::new(Value::NULL),
        seen: Cell::new(0),
    }))
}

/// A new dict presized for `n` items (CPython's `_PyDict_NewPresized`,
/// which caps the presize at 2**17 slots).
pub fn with_capacity(n: usize) -> Value {
    let d = new();
    if n > usable_fraction(MINSIZE) {
        let size = if n > usable_fraction(1 << 17) {
            1 << 17
        } else {
            estimate_keysize(n)
        };
        *obj(d).table_mut() = Table::with_size(size);
    }
    d
}

/// `len(d)`
#[inline]
pub fn len(v: Value) -> usize {
    sync(v);
    obj(v).table.borrow().used
}

/// Brings a module namespace's entries up to date with the module's slots
/// (a no-op for other dicts); whole-dict reads start with this.
#[inline]
pub fn sync(d: Value) {
    let o = obj(d);
    if !o.module.get().is_null() {
        namespace::sync_all(o);
    }
}

/// Finds `key` (with hash `hash`): the index of its entry, or `None`.
/// Comparisons that may run Al code are made with the table unborrowed;
/// if the table changed meanwhile the search restarts, as in CPython.
fn lookup(d: &DictObj, key: Value, hash: i64) -> R<Option<usize>> {
    if !d.module.get().is_null() {
        namespace::sync_key(d, key, hash);
    }
    probe(d, key, hash)
}

/// `lookup` without bringing a module namespace up to date first.
fn probe(d: &DictObj, key: Value, hash: i64) -> R<Option<usize>> {
    'restart: loop {
        let mut t = d.table.borrow();
        if t.indices.is_empty() {
            return Ok(None);
        }
        let mask = t.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = t.indices[i];
            if ix == EMPTY {
                return Ok(None);
            }
            if ix != DUMMY {
                let e = t.entries[ix as usize];
                if e.key == key {
                    return Ok(Some(ix as usize));
                }
                if e.hash == hash {
                    match key::fast_eq(e.key, key) {
                        Some(true) => return Ok(Some(ix as usize)),
                        Some(false) => {}
                        None => {
                            let generation = t.generation;
                            drop(t);
                            let equal = crate::protocol::dispatch::eq(e.key, key)?;
                            t = d.table.borrow();
                            let same = t.generation == generation
                                && t.entries.get(ix as usize).map(|x| x.key) == Some(e.key);
                            if !same {
                                continue 'restart;
                            }
                            if equal {
                                return Ok(Some(ix as usize));
                            }
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }
}

/// `d.get(k)` with a known hash.
pub fn get_hashed(d: Value, k: Value, hash: i64) -> R<Option<Value>> {
    let o = obj(d);
    Ok(lookup(o, k, hash)?.map(|ix| o.table.borrow().entries[ix].value))
}

/// `d.get(k)`: the value, or `None` if absent.
#[inline]
pub fn get(d: Value, k: Value) -> R<Option<Value>> {
    let h = key::hash(k)?;
    get_hashed(d, k, h)
}

/// `d[k] = v` with a known hash.
pub fn set_hashed(d: Value, k: Value, hash: i64, v: Value) -> R<()> {
    let o = obj(d);
    match lookup(o, k, hash)? {
        // Updating keeps the position and the first key object.
        Some(ix) => {
            o.seen.set(o.seen.get().min(ix));
            o.table.borrow_mut().entries[ix].value = v
        }
        None => {
            let mut t = o.table.borrow_mut();
            if t.usable == 0 {
                // The resize moves entries: all are visited again.
                o.seen.set(0);
            }
            t.insert_new(hash, k, v)
        }
    }
    if !o.module.get().is_null() {
        namespace::write_through(o, k, v);
    }
    Ok(())
}

/// `d[k] = v`
#[inline]
pub fn setitem(d: Value, k: Value, v: Value) -> R<()> {
    let h = key::hash(k)?;
    set_hashed(d, k, h, v)
}

/// Removes `k` (known hash) and returns its value, or `None` if absent.
pub fn pop_hashed(d: Value, k: Value, hash: i64) -> R<Option<Value>> {
    let o = obj(d);
    match lookup(o, k, hash)? {
        Some(ix) => {
            let e = o.table_mut().delete_at(ix);
            if !o.module.get().is_null() {
                namespace::write_through(o, k, Value::NULL);
            }
            Ok(Some(e.value))
        }
        None => Ok(None),
    }
}

/// `del d[k]`
pub fn delitem(d: Value, k: Value) -> R<()> {
    let h = key::hash(k)?;
    match pop_hashed(d, k, h)? {
        Some(_) => Ok(()),
        None => Err(key_error(k)),
    }
}

/// `d[k]`
#[inline]
pub fn getitem(d: Value, k: Value) -> R<Value> {
    match get(d, k)? {
        Some(v) => Ok(v),
        None => Err(key_error(k)),
    }
}

/// `k in d`
#[inline]
pub fn contains(d: Value, k: Value) -> R<bool> {
    let h = key::hash(k)?;
    Ok(lookup(obj(d), k, h)?.is_some())
}

/// The first live entry at or after `pos`: its index, hash, key and value.
/// Iterators and `_PyDict_Next`-style loops step with this.
#[inline]
pub fn entry_from(d: Value, pos: usize) -> Option<(usize, Entry)> {
    let t = obj(d).table.borrow();
    t.entries[pos.min(t.entries.len())..]
        .iter()
        .position(|e| !e.key.is_null())
        .map(|off| (pos + off, t.entries[pos + off]))
}

/// The entry at index `ix` if it is live.
#[inline]
pub fn entry_at(d: Value, ix: usize) -> Option<Entry> {
    let t = obj(d).table.borrow();
    t.entries.get(ix).copied().filter(|e| !e.key.is_null())
}

/// Number of entry slots (live and deleted), CPython's `dk_nentries`.
#[inline]
pub fn nentries(d: Value) -> usize {
    obj(d).table.borrow().entries.len()
}

/// A snapshot of the live items in order.
pub fn items_vec(d: Value) -> Vec<(Value, Value)> {
    sync(d);
    obj(d)
        .table
        .borrow()
        .entries
        .iter()
        .filter(|e| !e.key.is_null())
        .map(|e| (e.key, e.value))
        .collect()
}

/// A snapshot of the live keys in order.
pub fn keys_vec(d: Value) -> Vec<Value> {
    sync(d);
    obj(d)
        .table
        .borrow()
        .entries
        .iter()
        .filter(|e| !e.key.is_null())
        .map(|e| e.key)
        .collect()
}

/// A snapshot of the live entries (with hashes) in order.
pub fn entries_vec(d: Value) -> Vec<Entry> {
    sync(d);
    obj(d)
        .table
        .borrow()
        .entries
        .iter()
        .filter(|e| !e.key.is_null())
        .copied()
        .collect()
}

/// Every key and value the dict holds (for the garbage collector).
pub fn for_each_ref(d: Value, mut f: impl FnMut(Value)) {
    for e in obj(d).table.borrow().entries.iter() {
        if !e.key.is_null() {
            f(e.key);
            f(e.value);
        }
    }
}

/// `repr(d)`: `{1: 'a'}`, `{...}` for a dict inside itself.
pub fn repr(v: Value) -> R<String> {
    let mut out = String::new();
    repr_into(v, &mut out)?;
    Ok(out)
}

/// Appends `repr(d)` to `out`.
pub fn repr_into(v: Value, out: &mut String) -> R<()> {
    if len(v) == 0 {
        out.push_str("{}");
        return Ok(());
    }
    let Some(_guard) = ReprGuard::enter(v) else {
        out.push_str("{...}");
        return Ok(());
    };
    out.push('{');
    let mut pos = 0;
    let mut first = true;
    // Re-read the dict at every step: a repr may change it.
    while let Some((ix, e)) = entry_from(v, pos) {
        if !first {
            out.push_str(", ");
        }
        first = false;
        crate::protocol::dispatch::repr_into(e.key, out)?;
        out.push_str(": ");
        crate::protocol::dispatch::repr_into(e.value, out)?;
        pos = ix + 1;
    }
    out.push('}');
    Ok(())
}

/// `a == b` for two dicts (CPython's `dict_equal`).
pub fn eq(a: Value, b: Value) -> R<bool> {
    if len(a) != len(b) {
        return Ok(false);
    }
    let mut pos = 0;
    while let Some((ix, e)) = entry_from(a, pos) {
        pos = ix + 1;
        match get_hashed(b, e.key, e.hash)? {
            None => return Ok(false),
            Some(bv) => {
                if !key::eq(e.value, bv)? {
                    return Ok(false);
                }
            }
        }
    }
    Ok(true)
}

/// `d.copy()` (CPython's `PyDict_Copy`).
pub fn copy(d: Value) -> R<Value> {
    sync(d);
    let t = obj(d).table.borrow();
    if t.used == 0 {
        return Ok(new());
    }
    if t.used >= (t.entries.len() * 2) / 3 {
        // Compact enough: clone the table as it is.
        let mut c = t.clone();
        c.generation = 0;
        drop(t);
        let res = new();
        *obj(res).table_mut() = c;
        return Ok(res);
    }
    drop(t);
    let res = new();
    merge_dict(res, d)?;
    Ok(res)
}

/// `a.update(b)` for a dict `b` (CPython's `dict_merge` with override).
fn merge_dict(a: Value, b: Value) -> R<()> {
    if a == b {
        return Ok(());
    }
    sync(b);
    let (oa, ob) = (obj(a), obj(b));
    // A module namespace takes every item through `set_hashed`, which
    // writes its slots.
    if oa.module.get().is_null() {
        let tb = ob.table.borrow();
        if tb.used == 0 {
            return Ok(());
        }
        let mut ta = oa.table_mut();
        if ta.used == 0 {
            // A clean, just-built source is cloned outright.
            let size = tb.indices.len();
            if tb.used == tb.entries.len()
                && (size == MINSIZE || usable_fraction(size / 2) < tb.used)
            {
                let generation = ta.generation.wrapping_add(1);
                *ta = tb.clone();
                ta.generation = generation;
                return Ok(());
            }
        }
        // One big resize up front rather than several while inserting.
        let cur = if ta.indices.is_empty() {
            0
        } else {
            usable_fraction(ta.indices.len())
        };
        if cur < tb.used {
            let size = estimate_keysize(ta.used + tb.used);
            ta.resize(size);
        }
    }
    let orig = nentries(b);
    let mut pos = 0;
    while let Some((ix, e)) = entry_from(b, pos) {
        pos = ix + 1;
        set_hashed(a, e.key, e.hash, e.value)?;
        if nentries(b) != orig {
            return Err(raise(&exc::RUNTIME_ERROR, "dict mutated during update"));
        }
    }
    Ok(())
}

/// `a | b`
pub fn merge(a: Value, b: Value) -> R<Value> {
    let res = copy(a)?;
    merge_dict(res, b)?;
    Ok(res)
}

/// `d.update(other)` / `d |= other`: `other` is a dict, a mapping (an
/// object with `keys`), or an iterable of key/value pairs.
pub fn update(d: Value, other: Value) -> R<()> {
    // A dict subclass instance counts as its dict.
    let other = crate::class::instance::unwrap(other);
    if other.kind() == Kind::Dict {
        return merge_dict(d, other);
    }
    if merge_keys(d, other)? {
        return Ok(());
    }
    update_from_pairs(d, other)
}

/// `{**m}`: `update` with a mapping, CPython's "not a mapping" otherwise.
pub fn update_mapping(d: Value, m: Value) -> R<()> {
    let m = crate::class::instance::unwrap(m);
    if m.kind() == Kind::Dict {
        return merge_dict(d, m);
    }
    if merge_keys(d, m)? {
        return Ok(());
    }
    Err(type_error(format!(
        "'{}' object is not a mapping",
        crate::object::type_name(m)
    )))
}

/// Copies `m[k]` for every `k` in `m.keys()` when `m` is a user object with
/// a `keys` attribute or a `mappingproxy` (CPython's `PyDict_Merge` of a
/// non-dict mapping, `ChainMap` or `UserDict`); false when it has none.
pub fn merge_keys(d: Value, m: Value) -> R<bool> {
    if !crate::class::ops::is_user(m) && m.kind() != Kind::MappingProxy {
        return Ok(false);
    }
    let keys = match crate::protocol::dispatch::getattr(m, crate::objects::str::new("keys")) {
        Ok(f) => f,
        Err(e) => {
            if crate::exc::error::take_pending_if(&crate::exc::ATTRIBUTE_ERROR) {
                return Ok(false);
            }
            return Err(e);
        }
    };
    let keys = crate::protocol::dispatch::call(keys, Args::positional(&[]))?;
    let it = crate::protocol::dispatch::iter(keys)?;
    while let Some(k) = crate::protocol::dispatch::next(it)? {
        let v = crate::protocol::dispatch::getitem(m, k)?;
        setitem(d, k, v)?;
    }
    Ok(true)
}

/// CPython's `PyDict_MergeFromSeq2`.
fn update_from_pairs(d: Value, seq: Value) -> R<()> {
    let it = crate::protocol::dispatch::iter(seq)?;
    let mut i = 0usize;
    while let Some(item) = crate::protocol::dispatch::next(it)? {
        let pair: Vec<Value> = match item.kind() {
            Kind::Tuple if !crate::class::ops::is_user(item) => {
                crate::objects::tuple::items(item).to_vec()
            }
            Kind::List => crate::objects::list::ops::snapshot(item),
            _ => {
                // As `PySequence_Fast`: a TypeError from `iter()` becomes this one.
                let inner = crate::protocol::dispatch::iter(item).map_err(|e| {
                    if crate::exc::error::take_pending_if(&crate::exc::TYPE_ERROR) {
                        type_error(format!(
                            "cannot convert dictionary update sequence element #{i} to a sequence"
                        ))
                    } else {
                        e
                    }
                })?;
                let mut v = crate::gc::RootedVec::new();
                while let Some(x) = crate::protocol::dispatch::next(inner)? {
                    v.push(x);
                }
                v.into_vec()
            }
        };
        if pair.len() != 2 {
            return Err(value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        setitem(d, pair[0], pair[1])?;
        i += 1;
    }
    Ok(())
}

/// Empties the dict (CPython swaps in the shared empty table).
pub fn clear(d: Value) {
    if !obj(d).module.get().is_null() {
        namespace::clear_slots(obj(d));
    }
    let old = {
        let mut t = obj(d).table_mut();
        let generation = t.generation.wrapping_add(1);
        let old = std::mem::take(&mut *t);
        t.generation = generation;
        old
    };
    drop(old);
}

/// `d.popitem()`: removes and returns the last item.
pub fn popitem(d: Value) -> R<(Value, Value)> {
    sync(d);
    let o = obj(d);
    let mut t = o.table_mut();
    let Some(i) = t.entries.iter().rposition(|e| !e.key.is_null()) else {
        drop(t);
        return Err(raise(&exc::KEY_ERROR, "popitem(): dictionary is empty"));
    };
    let e = t.delete_at(i);
    // The freed tail is reused, as CPython sets dk_nentries = i.
    t.entries.truncate(i);
    drop(t);
    if !o.module.get().is_null() {
        namespace::write_through(o, e.key, Value::NULL);
    }
    Ok((e.key, e.value))
}

crate::attr_table! {
    /// The attributes of `dict`.
    pub static ATTRS for object::DICT_TYPE = [
        classmethod "__class_getitem__" => slots::class_getitem;
        method "__contains__" => slots::contains;
        slot "__delitem__" => slots::delitem;
        slot "__eq__" => slots::eq;
        slot "__ge__" => slots::ge;
        slot "__getattribute__" => slots::getattribute;
        rawmethod "__getitem__" => slots::getitem;
        slot "__gt__" => slots::gt;
        none "__hash__";
        slot "__init__" => slots::init;
        slot "__ior__" => slots::ior;
        slot "__iter__" => slots::iter;
        slot "__le__" => slots::le;
        slot "__len__" => slots::len;
        slot "__lt__" => slots::lt;
        slot "__ne__" => slots::ne;
        new "__new__" => slots::new;
        slot "__or__" => slots::or;
        slot "__repr__" => slots::repr;
        method "__reversed__" => slots::reversed;
        slot "__ror__" => slots::ror;
        slot "__setitem__" => slots::setitem;
        rawmethod "__sizeof__" => crate::types::sizeof::method;
        method "clear" => dict_clear;
        method "copy" => dict_copy;
        classmethod "fromkeys" => fromkeys;
        method "get" => dict_get;
        method "items" => dict_items;
        method "keys" => dict_keys;
        method "pop" => dict_pop;
        method "popitem" => dict_popitem;
        method "setdefault" => dict_setdefault;
        method "update" => dict_update;
        method "values" => dict_values;
    ]
}

/// `dict.fromkeys(iterable, value=None)`: a new dict (an instance of the
/// class it is called on) mapping each key to `value`.
fn fromkeys(cls: Value, args: Args) -> R<Value> {
    let pos = args.positional_range("fromkeys", 1, 2)?;
    let value = pos.get(1).copied().unwrap_or_else(object::none);
    let exact = cls == object::DICT_TYPE.value();
    let d = if exact {
        new()
    } else {
        crate::protocol::dispatch::call(cls, Args::positional(&[]))?
    };
    let _root = crate::gc::RootedVec::from_vec(vec![d]);
    let keys = crate::protocol::dispatch::collect(pos[0])?;
    for &k in keys.iter() {
        if exact {
            setitem(d, k, value)?;
        } else {
            crate::protocol::dispatch::setitem(d, k, value)?;
        }
    }
    Ok(d)
}

fn dict_get(o: Value, args: Args) -> R<Value> {
    let none = object::none();
    args.no_kwargs("dict.get")?;
    let a = args.positional_range("get", 1, 2)?;
    Ok(get(o, a[0])?.unwrap_or(a.get(1).copied().unwrap_or(none)))
}

fn dict_setdefault(o: Value, args: Args) -> R<Value> {
    let none = object::none();
    args.no_kwargs("dict.setdefault")?;
    let a = args.positional_range("setdefault", 1, 2)?;
    let default = a.get(1).copied().unwrap_or(none);
    let h = key::hash(a[0])?;
    let od = obj(o);
    match lookup(od, a[0], h)? {
        Some(ix) => Ok(od.table.borrow().entries[ix].value),
        None => {
            od.table_mut().insert_new(h, a[0], default);
            if !od.module.get().is_null() {
                namespace::write_through(od, a[0], default);
            }
            Ok(default)
        }
    }
}

fn dict_pop(o: Value, args: Args) -> R<Value> {
    args.no_kwargs("dict.pop")?;
    let a = args.positional_range("pop", 1, 2)?;
    let h = key::hash(a[0])?;
    match pop_hashed(o, a[0], h)? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(d) => Ok(*d),
            None => Err(key_error(a[0])),
        },
    }
}

fn dict_popitem(o: Value, args: Args) -> R<Value> {
    args.positional_range("dict.popitem", 0, 0)?;
    let (k, v) = popitem(o)?;
    Ok(crate::objects::tuple::from_slice(&[k, v]))
}

/// `d.keys()`, `d.values()` or `d.items()` (`name`, which `fname` is
/// the method of): a view of `o`.
fn view(o: Value, args: Args, name: &str, fname: &str) -> R<Value> {
    args.positional_range(fname, 0, 0)?;
    Ok(crate::objects::dict::views::new_view(o, name))
}

fn dict_keys(o: Value, args: Args) -> R<Value> {
    view(o, args, "keys", "dict.keys")
}

fn dict_values(o: Value, args: Args) -> R<Value> {
    view(o, args, "values", "dict.values")
}

fn dict_items(o: Value, args: Args) -> R<Value> {
    view(o, args, "items", "dict.items")
}

fn dict_update(o: Value, args: Args) -> R<Value> {
    let none = object::none();
    if args.pos.len() > 1 {
        return Err(type_error(format!(
            "update expected at most 1 argument, got {}",
            args.pos.len()
        )));
    }
    if let Some(other) = args.pos.first() {
        update(o, *other)?;
    }
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        setitem(o, *k, *v)?;
    }
    Ok(none)
}

fn dict_clear(o: Value, args: Args) -> R<Value> {
    let none = object::none();
    args.positional_range("dict.clear", 0, 0)?;
    clear(o);
    Ok(none)
}

fn dict_copy(o: Value, args: Args) -> R<Value> {
    args.positional_range("dict.copy", 0, 0)?;
    copy(o)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{err_msg, i, r};

    fn call(o: Value, name: &str, pos: &[Value]) -> R<Value> {
        crate::testing::call_method(o, name, Args::positional(pos))
    }

    #[test]
    fn insertion_order_and_updates() {
        let d = new();
        for k in [5, 3, 9, 1] {
            setitem(d, i(k), i(k * 10)).unwrap();
        }
        assert_eq!(r(d), "{5: 50, 3: 30, 9: 90, 1: 10}");
        setitem(d, i(3), i(0)).unwrap();
        assert_eq!(r(d), "{5: 50, 3: 0, 9: 90, 1: 10}");
        delitem(d, i(5)).unwrap();
        setitem(d, i(5), i(1)).unwrap();
        assert_eq!(r(d), "{3: 0, 9: 90, 1: 10, 5: 1}");
        assert_eq!(len(d), 4);
        assert!(delitem(d, i(42)).is_err());
        assert_eq!(err_msg(), "42");
        assert!(getitem(d, i(7)).is_err());
        crate::exc::error::take_pending();
        assert!(contains(d, i(9)).unwrap());
        assert!(!contains(d, i(10)).unwrap());
    }

    #[test]
    fn many_inserts_and_deletes() {
        // python3 -c 'd={}
        // for k in range(1000): d[k*7919 % 1009] = k
        // for k in range(0, 1009, 3): d.pop(k, None)
        // for k in range(500): d[k*31] = -k
        // print(len(d), list(d)[:8], list(d)[-5:], sum(d.values()))'
        let d = new();
        for k in 0..1000 {
            setitem(d, i(k * 7919 % 1009), i(k)).unwrap();
        }
        for k in (0..1009).step_by(3) {
            call(d, "pop", &[i(k), object::none()]).unwrap();
        }
        for k in 0..500 {
            setitem(d, i(k * 31), i(-k)).unwrap();
        }
        let keys = keys_vec(d);
        let first: Vec<i64> = keys[..8].iter().map(|v| v.small()).collect();
        let last: Vec<i64> = keys[keys.len() - 5..].iter().map(|v| v.small()).collect();
        let total: i64 = items_vec(d).iter().map(|(_, v)| v.small()).sum();
        assert_eq!(len(d), 1148);
        assert_eq!(first, [856, 703, 550, 397, 244, 91, 947, 794]);
        assert_eq!(last, [15345, 15376, 15407, 15438, 15469]);
        assert_eq!(total, 194622);
    }

    #[test]
    fn methods() {
        let d = new();
        assert_eq!(call(d, "setdefault", &[i(1), i(2)]).unwrap(), i(2));
        assert_eq!(call(d, "setdefault", &[i(1), i(3)]).unwrap(), i(2));
        assert_eq!(call(d, "get", &[i(1)]).unwrap(), i(2));
        assert_eq!(call(d, "get", &[i(2)]).unwrap(), object::none());
        assert_eq!(call(d, "get", &[i(2), i(7)]).unwrap(), i(7));
        setitem(d, i(2), i(4)).unwrap();
        assert_eq!(r(call(d, "popitem", &[]).unwrap()), "(2, 4)");
        assert_eq!(call(d, "pop", &[i(1)]).unwrap(), i(2));
        assert!(call(d, "pop", &[i(1)]).is_err());
        assert_eq!(err_msg(), "1");
        assert!(call(d, "popitem", &[]).is_err());
        assert_eq!(err_msg(), "'popitem(): dictionary is empty'");
        assert!(call(d, "get", &[]).is_err());
        assert_eq!(err_msg(), "get expected at least 1 argument, got 0");
        let pairs = crate::objects::list::from_vec(vec![
            crate::objects::tuple::from_slice(&[i(1), i(2)]),
            crate::objects::list::from_vec(vec![i(3), i(4)]),
        ]);
        call(d, "update", &[pairs]).unwrap();
        assert_eq!(r(d), "{1: 2, 3: 4}");
        let bad = crate::objects::list::from_vec(vec![crate::objects::tuple::from_slice(&[
            i(1),
            i(2),
            i(3),
        ])]);
        assert!(call(d, "update", &[bad]).is_err());
        assert_eq!(
            err_msg(),
            "dictionary update sequence element #0 has length 3; 2 is required"
        );
        let bad = crate::objects::list::from_vec(vec![i(1)]);
        assert!(call(d, "update", &[bad]).is_err());
        assert_eq!(
            err_msg(),
            "cannot convert dictionary update sequence element #0 to a sequence"
        );
        let c = call(d, "copy", &[]).unwrap();
        call(d, "clear", &[]).unwrap();
        assert_eq!(r(d), "{}");
        assert_eq!(r(c), "{1: 2, 3: 4}");
        let kw = [crate::objects::str::new("x")];
        let all = [i(9)];
        crate::testing::call_method(
            d,
            "update",
            Args {
                pos: &[],
                kwnames: &kw,
                kwvals: &all,
            },
        )
        .unwrap();
        assert_eq!(r(d), "{'x': 9}");
    }

    #[test]
    fn equality_merge_and_self_repr() {
        let a = new();
        let b = new();
        setitem(a, i(1), i(2)).unwrap();
        setitem(a, i(3), i(4)).unwrap();
        setitem(b, i(3), i(4)).unwrap();
        setitem(b, i(1), i(2)).unwrap();
        assert!(eq(a, b).unwrap());
        setitem(b, i(1), i(5)).unwrap();
        assert!(!eq(a, b).unwrap());
        let m = merge(a, b).unwrap();
        assert_eq!(r(m), "{1: 5, 3: 4}");
        setitem(a, i(0), a).unwrap();
        assert_eq!(r(a), "{1: 2, 3: 4, 0: {...}}");
        assert!(setitem(a, crate::objects::list::from_vec(vec![]), i(1)).is_err());
        assert_eq!(err_msg(), "unhashable type: 'list'");
    }

    #[test]
    fn bool_and_int_are_one_key() {
        let d = new();
        setitem(d, i(1), i(1)).unwrap();
        setitem(d, object::boolean(true), i(2)).unwrap();
        assert_eq!(r(d), "{1: 2}");
        // python3 -c 'print({1: "a", 1.0: "b", True: "c", 2.0: 1, 2: 2})'
        let d = new();
        setitem(d, i(1), crate::objects::str::new("a")).unwrap();
        setitem(
            d,
            crate::objects::float::new(1.0),
            crate::objects::str::new("b"),
        )
        .unwrap();
        setitem(d, object::boolean(true), crate::objects::str::new("c")).unwrap();
        setitem(d, crate::objects::float::new(2.0), i(1)).unwrap();
        setitem(d, i(2), i(2)).unwrap();
        assert_eq!(r(d), "{1: 'c', 2.0: 2}");
    }
}
