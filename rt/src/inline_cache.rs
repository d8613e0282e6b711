//! Inline caches for attribute reads, writes and method calls at one
//! generated-code site, keyed by the instance's type and its version tag.

use crate::args::Args;
use crate::class::{self, Found, Slot};
use crate::descr;
use crate::dispatch;
use crate::error::R;
use crate::instance::{self, InstanceObj};
use crate::object::{Kind, TypeObj};
use crate::shape::{attr_lookup, shape_index};
use crate::value::Value;
use std::cell::Cell;

/// The inline cache of one attribute access or method call site in
/// generated code (24 zeroed bytes of writable data per site). An entry
/// is valid while the instance's type and that type's version are the
/// ones recorded: a version changes whenever an attribute of the class or
/// of a base changes, which is everything that can change where `name`
/// resolves.
#[repr(C)]
pub struct AttrCache {
    /// The address of the type the entry is for; 0 when empty.
    pub ty: Cell<usize>,
    /// That type's version when the entry was filled.
    pub version: Cell<u64>,
    /// The slot of the attribute in the instance (attribute sites), or the
    /// function found on the class (method call sites).
    pub data: Cell<u64>,
}

impl AttrCache {
    /// An empty cache.
    pub const fn new() -> AttrCache {
        AttrCache {
            ty: Cell::new(0),
            version: Cell::new(0),
            data: Cell::new(0),
        }
    }

    #[inline]
    fn hit(&self, t: &'static TypeObj) -> bool {
        self.ty.get() == t as *const TypeObj as usize && self.version.get() == t.version.get()
    }

    fn fill(&self, t: &'static TypeObj, data: u64) {
        self.ty.set(t as *const TypeObj as usize);
        self.version.set(t.version.get());
        self.data.set(data);
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
        if descr::is_data_descriptor(d) {
            return Ok(None);
        }
    }
    shape_index(c, name)
}

/// `o.name` through the inline cache `ic`.
pub fn getattr_cached(o: Value, name: Value, ic: &AttrCache) -> R<Value> {
    let Some(i) = o.downcast::<InstanceObj>() else {
        return dispatch::getattr(o, name);
    };
    let t = i.header.ty;
    if ic.hit(t) && i.dict.get().is_null() {
        if let Some(v) = i.values.borrow().get(ic.data.get() as usize) {
            if !v.is_null() {
                return Ok(*v);
            }
        }
    }
    let r = instance::getattr(o, name)?;
    if let Some(ix) = cacheable_slot(i, name, Slot::GetAttribute)? {
        ic.fill(t, ix as u64);
    }
    Ok(r)
}

/// `o.name = v` through the inline cache `ic`.
pub fn setattr_cached(o: Value, name: Value, v: Value, ic: &AttrCache) -> R<()> {
    let Some(i) = o.downcast::<InstanceObj>() else {
        return dispatch::setattr(o, name, v);
    };
    let t = i.header.ty;
    if ic.hit(t) && i.dict.get().is_null() {
        let ix = ic.data.get() as usize;
        let mut vals = i.values.borrow_mut();
        if ix < vals.len() && !vals[ix].is_null() {
            vals[ix] = v;
            return Ok(());
        }
        // A new attribute: the same insertion-order rule as `attr_store`.
        if vals[ix.min(vals.len())..].iter().all(|x| x.is_null()) {
            if ix >= vals.len() {
                vals.resize(ix + 1, Value::NULL);
            }
            vals[ix] = v;
            return Ok(());
        }
    }
    instance::setattr(o, name, v)?;
    if let Some(ix) = cacheable_slot(i, name, Slot::SetAttr)? {
        ic.fill(t, ix as u64);
    }
    Ok(())
}

/// `o.name(args)` through the inline cache `ic`: a function found on the
/// class is called with `o` prepended after checking the instance does
/// not shadow it.
pub fn call_method_cached(o: Value, name: Value, args: Args, ic: &AttrCache) -> R<Value> {
    let Some(i) = o.downcast::<InstanceObj>() else {
        return dispatch::call_method(o, name, args);
    };
    let t = i.header.ty;
    if ic.hit(t) && attr_lookup(o, name)?.is_none() {
        return instance::call_with_self(Value(ic.data.get()), o, args);
    }
    if let Some(c) = t.class {
        if c.slot(Slot::GetAttribute).is_null() {
            if let Some(Found::Attr(f)) = class::lookup(t, name) {
                if f.kind() == Kind::Func {
                    ic.fill(t, f.0);
                }
            }
        }
    }
    instance::call_method(o, name, args)
}
