//! Inline caches for attribute reads, writes and method calls at one
//! generated-code site: a few entries keyed by the instance's type version.

use crate::class::descr;
use crate::class::instance::{self, InstanceObj};
use crate::class::shape::shape_index;
use crate::class::{self, Found, Slot};
use crate::exc::error::R;
use crate::object::{Kind, TypeObj};
use crate::protocol::dispatch;
use crate::value::Value;
use std::cell::Cell;

/// Entries per site: enough for the usual polymorphic site (a base-class
/// method running on instances of three or four subclasses, a loop over a
/// list of mixed tasks), as in Smalltalk/V8 polymorphic inline caches.
pub const IC_ENTRIES: usize = alrt_abi::layout::IC_ENTRIES;

/// One cached (type version → answer) pair.
#[repr(C)]
pub struct IcEntry {
    /// The type's version tag when the entry was filled; 0 when empty.
    /// Version tags are unique across all classes and change whenever an
    /// attribute of the class or a base changes, or the class's instance
    /// shape grows, so a matching tag identifies the type *and* everything
    /// that decides where the name resolves.
    pub version: Cell<u64>,
    /// The slot of the attribute in the instance (attribute sites), or the
    /// function found on the class (method call sites).
    pub data: Cell<u64>,
    /// Method sites: 1 + the slot of the name in the class's shape (an
    /// instance attribute of that name would shadow the method), or 0 if
    /// the shape has no such name.
    pub shadow: Cell<u64>,
}

/// The inline cache of one attribute access or method call site in
/// generated code (`ATTR_CACHE_SIZE` zeroed bytes of writable data per
/// site). The function pointers in method entries need no GC root: a
/// matching version means the class still holds the function.
#[repr(C)]
pub struct AttrCache {
    pub entries: [IcEntry; IC_ENTRIES],
}

impl AttrCache {
    /// An empty cache.
    pub fn new() -> AttrCache {
        AttrCache {
            entries: std::array::from_fn(|_| IcEntry {
                version: Cell::new(0),
                data: Cell::new(0),
                shadow: Cell::new(0),
            }),
        }
    }

    /// The entry for type version `v`, if cached (built-in types such as
    /// `object` have version 0, which matches only empty entries).
    #[inline]
    fn find(&self, v: u64) -> Option<&IcEntry> {
        if v == 0 {
            return None;
        }
        self.entries.iter().find(|e| e.version.get() == v)
    }

    /// Records an entry for `t` in front, dropping the oldest one.
    fn fill(&self, t: &'static TypeObj, data: u64, shadow: u64) {
        let v = t.version.get();
        if v == 0 {
            return;
        }
        for i in (1..IC_ENTRIES).rev() {
            let (a, b) = (&self.entries[i - 1], &self.entries[i]);
            b.version.set(a.version.get());
            b.data.set(a.data.get());
            b.shadow.set(a.shadow.get());
        }
        let e = &self.entries[0];
        e.version.set(v);
        e.data.set(data);
        e.shadow.set(shadow);
    }

    /// True if an entry exists for some version of a type.
    #[cfg(test)]
    pub fn is_filled(&self) -> bool {
        self.entries[0].version.get() != 0
    }
}

impl Default for AttrCache {
    fn default() -> AttrCache {
        AttrCache::new()
    }
}

/// The slot of `name` if reading or writing it on instances of `t` means
/// reading or writing the instance's slot (no `__getattribute__`/
/// `__setattr__` override named by `hook`, no data descriptor).
fn cacheable_slot(i: &InstanceObj, name: Value, hook: Slot) -> R<Option<usize>> {
    let t = i.header.ty;
    let Some(c) = t.class else { return Ok(None) };
    if !c.slot(hook).is_null() || !i.dict.get().is_null() {
        return Ok(None);
    }
    if let Some(Found::Attr(d)) = class::lookup(t, name) {
        // A `__slots__` member reads and writes the slot itself.
        if descr::is_data_descriptor(d) && !class::members::is_slot_member(d, name) {
            return Ok(None);
        }
    }
    shape_index(c, name)
}

/// The value in slot `ix` of an instance without a dict, if set.
#[inline]
fn slot_value(i: &InstanceObj, ix: usize) -> Option<Value> {
    if !i.dict.get().is_null() {
        return None;
    }
    let v = i.values.get(ix);
    if v.is_null() {
        None
    } else {
        Some(v)
    }
}

/// `o.name` through the inline cache `ic`.
pub fn getattr_cached(o: Value, name: Value, ic: &AttrCache) -> R<Value> {
    let Some(i) = o.downcast::<InstanceObj>() else {
        return dispatch::getattr(o, name);
    };
    let t = i.header.ty;
    if let Some(e) = ic.find(t.version.get()) {
        if let Some(v) = slot_value(i, e.data.get() as usize) {
            return Ok(v);
        }
    }
    let r = instance::getattr(o, name)?;
    if let Some(ix) = cacheable_slot(i, name, Slot::GetAttribute)? {
        ic.fill(t, ix as u64, 0);
    }
    Ok(r)
}

/// `o.name = v` through the inline cache `ic`.
pub fn setattr_cached(o: Value, name: Value, v: Value, ic: &AttrCache) -> R<()> {
    let Some(i) = o.downcast::<InstanceObj>() else {
        return dispatch::setattr(o, name, v);
    };
    let t = i.header.ty;
    if let Some(e) = ic.find(t.version.get()) {
        if i.dict.get().is_null() {
            let ix = e.data.get() as usize;
            // An existing attribute, or a new one under the same
            // insertion-order rule as `attr_store`.
            if !i.values.get(ix).is_null() || i.values.all_null_from(ix) {
                i.values.set(ix, v);
                return Ok(());
            }
        }
    }
    instance::setattr(o, name, v)?;
    if let Some(ix) = cacheable_slot(i, name, Slot::SetAttr)? {
        ic.fill(t, ix as u64, 0);
    }
    Ok(())
}

/// The compiled function `o.name(...)` calls with `o` prepended, when `o`
/// is an instance whose class provides `name` as a plain function that the
/// instance does not shadow; null otherwise (the caller takes the general
/// path). Never raises.
pub fn method_cached(o: Value, name: Value, ic: &AttrCache) -> Value {
    let Some(i) = o.downcast::<InstanceObj>() else {
        return Value::NULL;
    };
    let t = i.header.ty;
    if let Some(e) = ic.find(t.version.get()) {
        if unshadowed(i, e.shadow.get()) {
            return Value(e.data.get());
        }
        return Value::NULL;
    }
    let Some(c) = t.class else {
        return Value::NULL;
    };
    if !c.slot(Slot::GetAttribute).is_null() {
        return Value::NULL;
    }
    let Some(Found::Attr(f)) = class::lookup(t, name) else {
        return Value::NULL;
    };
    if f.kind() != Kind::Func {
        return Value::NULL;
    }
    // A name lookup that would raise (unhashable name) cannot happen: names
    // at call sites are str constants.
    let shadow = match shape_index(c, name) {
        Ok(Some(ix)) => ix as u64 + 1,
        Ok(None) => 0,
        Err(_) => {
            crate::exc::error::take_pending();
            return Value::NULL;
        }
    };
    ic.fill(t, f.0, shadow);
    if unshadowed(i, shadow) {
        f
    } else {
        Value::NULL
    }
}

/// Marks a cache entry keyed by a built-in type's address: user class
/// version tags are counters far below this bit, so the inline check of
/// instance sites never matches such an entry.
const BUILTIN_KEY: u64 = 1 << 63;

/// The table entry `o.name(...)` calls when `o` is a value of a built-in
/// type (its header type has no class data): from the site's cache, or
/// looked up once and cached there. Built-in tables never change and
/// these values have no instance dict, so the type's address is the whole
/// key. None for every other receiver, and for names the type's table
/// does not have.
#[inline]
pub fn builtin_method(
    o: Value,
    name: Value,
    ic: &AttrCache,
) -> Option<&'static crate::types::AttrDef> {
    // Types, exceptions and functions find attributes elsewhere first (a
    // class's own MRO, an exception's or a function's instance dict).
    if !o.is_small() && matches!(o.kind(), Kind::Type | Kind::Exception | Kind::Func) {
        return None;
    }
    let t = crate::object::type_of(o);
    if t.class.is_some() || t.attrs.is_empty() {
        return None;
    }
    let key = (t as *const TypeObj as u64) | BUILTIN_KEY;
    for e in &ic.entries {
        if e.version.get() == key {
            return Some(crate::types::def_from_addr(e.data.get()));
        }
    }
    let def = crate::types::find(t, name)?;
    for i in (1..IC_ENTRIES).rev() {
        let (a, b) = (&ic.entries[i - 1], &ic.entries[i]);
        b.version.set(a.version.get());
        b.data.set(a.data.get());
        b.shadow.set(a.shadow.get());
    }
    let e = &ic.entries[0];
    e.version.set(key);
    e.data.set(def as *const crate::types::AttrDef as u64);
    e.shadow.set(0);
    Some(def)
}

/// True if instance `i` has no attribute that would shadow a method whose
/// entry recorded `shadow` (see `IcEntry::shadow`).
#[inline]
fn unshadowed(i: &InstanceObj, shadow: u64) -> bool {
    i.dict.get().is_null() && (shadow == 0 || slot_value(i, shadow as usize - 1).is_none())
}
