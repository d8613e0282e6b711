//! Instance attribute storage: slot vectors laid out by each class's
//! shape, dicts on demand, side-table dicts for instances with a built-in
//! layout, and `__slots__` restrictions.

use crate::class::instance::InstanceObj;
use crate::class::ClassData;
use crate::exc::error::R;
use crate::exc::ExcObj;
use crate::object::{Kind, TypeObj};
use crate::state::GlobalCell;
use crate::value::Value;
use std::cell::Cell;
use std::collections::HashMap;

// // An instance of a user class stores its attributes by slot: the class's
// `shape` lists attribute names in the order instances first set them, and
// `InstanceObj::values[i]` holds the value of name `i` (null: not set). One
// small vector per instance instead of a dict (CPython 3.11's shared-key
// "split" dicts serve the same purpose). The slot of a name never changes,
// so a call site can cache it per class. An instance switches to a real
// dict (`dict`) when a program asks for `__dict__`, when it would set
// attributes in an order its class's shape cannot represent, or when the
// shape is full.

/// Names a class's shape holds at most; later names live in dicts.
const MAX_SHAPE: usize = 64;

/// The slot of `name` in class `c`'s shape.
#[inline]
pub fn shape_index(c: &ClassData, name: Value) -> R<Option<usize>> {
    // Names from generated code are constant objects: try identity first.
    if let Some(i) = c.shape.with(|s| s.iter().position(|(k, _)| *k == name)) {
        return Ok(Some(i));
    }
    let h = crate::protocol::key::hash(name)?;
    if c.shape_bloom.get() & (1 << (h & 63)) == 0 {
        return Ok(None);
    }
    Ok(c.shape.with(|s| {
        s.iter().position(|(k, kh)| {
            *kh == h && crate::objects::str::as_str(*k) == crate::objects::str::as_str(name)
        })
    }))
}

/// The slot of `name` in `c`'s shape (the class data of `t`), adding it
/// if there is room. Growing the shape gives `t` a fresh version tag:
/// method-call inline caches record that a name is not in the shape.
fn shape_slot(t: &TypeObj, c: &ClassData, name: Value) -> R<Option<usize>> {
    if let Some(i) = shape_index(c, name)? {
        return Ok(Some(i));
    }
    let h = crate::protocol::key::hash(name)?;
    Ok(c.shape.with(|s| {
        if s.len() >= MAX_SHAPE {
            return None;
        }
        s.push((name, h));
        t.version.set(crate::class::fresh_version());
        c.shape_bloom.set(c.shape_bloom.get() | (1 << (h & 63)));
        Some(s.len() - 1)
    }))
}

/// The attribute storage of an object: slots of a user-class instance,
/// the dict of an exception, a side-table dict for instances with a
/// built-in layout (`str` subclasses), or nothing (`object()`, built-ins).
enum Store {
    Slots(&'static InstanceObj, &'static ClassData),
    Dict(&'static Cell<Value>),
    Side(Value, &'static ClassData),
    None,
}

/// True if `name` is declared in `__slots__` of `c` or a base.
#[inline]
fn declared(c: &ClassData, name: Value) -> bool {
    !c.declared_slots.is_empty() && {
        let n = crate::objects::str::as_str(name);
        c.declared_slots.iter().any(|s| s == n)
    }
}

/// Where attribute `name` of `o` lives (a declared `__slots__` name stays
/// in the instance's slots even once it has a dict).
#[inline]
fn store(o: Value, name: Value) -> Store {
    if o.is_small() {
        return Store::None;
    }
    match o.header().kind {
        Kind::Instance => {
            let i = o.as_ref::<InstanceObj>();
            match i.header.ty.class {
                Some(c) if i.dict.get().is_null() || declared(c, name) => Store::Slots(i, c),
                Some(_) => Store::Dict(&i.dict),
                None => Store::None,
            }
        }
        Kind::Exception => Store::Dict(&o.as_ref::<ExcObj>().dict),
        _ => match o.header().ty.class {
            Some(c) => Store::Side(o, c),
            None => Store::None,
        },
    }
}

/// Attribute dicts of instances with a built-in layout, by address.
static SIDE_DICTS: GlobalCell<Option<HashMap<u64, Value>>> = GlobalCell::new(None);

/// Side dicts are roots, and so are their owners: the table is keyed by
/// address, which must not be reused while it is in it.
pub fn trace_roots(t: &mut crate::gc::Tracer) {
    SIDE_DICTS.with(|m| {
        for (k, v) in m.iter().flatten() {
            t.visit(Value(*k));
            t.visit(*v);
        }
    });
}

fn side_dict(o: Value, create: bool) -> Option<Value> {
    let d = SIDE_DICTS.with(|m| m.get_or_insert_with(HashMap::new).get(&o.0).copied());
    if d.is_some() || !create {
        return d;
    }
    let d = crate::objects::dict::new();
    SIDE_DICTS.with(|m| m.get_or_insert_with(HashMap::new).insert(o.0, d));
    Some(d)
}

/// True if `__slots__` of `c` forbid instance attribute `name`.
fn forbidden(c: &ClassData, name: Value) -> bool {
    match &c.slot_names {
        Some(allowed) => {
            let n = crate::objects::str::as_str(name);
            !allowed.iter().any(|a| a == n)
        }
        None => false,
    }
}

/// The instance attribute `name` of `o`, if set.
#[inline]
pub fn attr_lookup(o: Value, name: Value) -> R<Option<Value>> {
    match store(o, name) {
        Store::Slots(i, c) => {
            let Some(ix) = shape_index(c, name)? else {
                return Ok(None);
            };
            let v = i.values.get(ix);
            Ok(if v.is_null() { None } else { Some(v) })
        }
        Store::Dict(cell) => {
            let d = cell.get();
            if d.is_null() {
                Ok(None)
            } else {
                crate::objects::dict::get(d, name)
            }
        }
        Store::Side(o, _) => match side_dict(o, false) {
            Some(d) => crate::objects::dict::get(d, name),
            None => Ok(None),
        },
        Store::None => Ok(None),
    }
}

/// Sets instance attribute `name`; `false` if `o` cannot have attributes.
pub fn attr_store(o: Value, name: Value, v: Value) -> R<bool> {
    match store(o, name) {
        Store::Slots(i, c) => {
            if forbidden(c, name) {
                return Ok(false);
            }
            if let Some(ix) = shape_slot(i.header.ty, c, name)? {
                let vals = &i.values;
                if !vals.get(ix).is_null() {
                    vals.set(ix, v);
                    return Ok(true);
                }
                // A new attribute keeps insertion order only if no later
                // slot is set already (`__slots__` names are not ordered).
                if declared(c, name) || vals.all_null_from(ix) {
                    vals.reserve_total(c.shape.with(|s| s.len()));
                    vals.set(ix, v);
                    return Ok(true);
                }
            }
            let d = materialize(i, c)?;
            crate::objects::dict::setitem(d, name, v)?;
            Ok(true)
        }
        Store::Dict(cell) => {
            let mut d = cell.get();
            if d.is_null() {
                d = crate::objects::dict::new();
                cell.set(d);
            }
            crate::objects::dict::setitem(d, name, v)?;
            Ok(true)
        }
        Store::Side(o, c) => {
            if forbidden(c, name) {
                return Ok(false);
            }
            match side_dict(o, true) {
                Some(d) => crate::objects::dict::setitem(d, name, v)?,
                None => return Ok(false),
            }
            Ok(true)
        }
        Store::None => Ok(false),
    }
}

/// Removes instance attribute `name`; `false` if it was not set.
pub fn attr_remove(o: Value, name: Value) -> R<bool> {
    match store(o, name) {
        Store::Slots(i, c) => {
            let Some(ix) = shape_index(c, name)? else {
                return Ok(false);
            };
            if i.values.get(ix).is_null() {
                return Ok(false);
            }
            i.values.set(ix, Value::NULL);
            Ok(true)
        }
        Store::Dict(cell) => {
            let d = cell.get();
            if d.is_null() || crate::objects::dict::get(d, name)?.is_none() {
                return Ok(false);
            }
            crate::objects::dict::delitem(d, name)?;
            Ok(true)
        }
        Store::Side(o, _) => match side_dict(o, false) {
            Some(d) if crate::objects::dict::get(d, name)?.is_some() => {
                crate::objects::dict::delitem(d, name)?;
                Ok(true)
            }
            _ => Ok(false),
        },
        Store::None => Ok(false),
    }
}

/// Moves an instance's slot values into a dict, which holds its
/// attributes from now on.
fn materialize(i: &'static InstanceObj, c: &ClassData) -> R<Value> {
    // The values stay in the instance until the dict holds them (a copy
    // in a Rust vector is invisible to the collector).
    let vals = i.values.to_vec();
    let names = c.shape.with(|s| s.clone());
    let d = crate::objects::dict::with_capacity(vals.len());
    for (v, (k, h)) in vals.iter().zip(&names) {
        if !v.is_null() && !declared(c, *k) {
            crate::objects::dict::set_hashed(d, *k, *h, *v)?;
        }
    }
    i.dict.set(d);
    clear_undeclared(i, c, &names);
    Ok(d)
}

/// Clears the slot values of names not declared in `__slots__` (they
/// moved to the dict).
fn clear_undeclared(i: &InstanceObj, c: &ClassData, names: &[(Value, i64)]) {
    for (ix, (k, _)) in names.iter().enumerate().take(i.values.len()) {
        if !declared(c, *k) {
            i.values.set(ix, Value::NULL);
        }
    }
}

/// The instance dict of `o` (`o.__dict__`), created if needed; `None` if
/// `o` cannot have one.
pub fn instance_dict(o: Value) -> R<Option<Value>> {
    match store(o, crate::objects::str::empty()) {
        Store::Slots(_, c) if c.slot_names.is_some() => Ok(None),
        Store::Slots(i, c) => materialize(i, c).map(Some),
        Store::Dict(cell) => {
            let mut d = cell.get();
            if d.is_null() {
                d = crate::objects::dict::new();
                cell.set(d);
            }
            Ok(Some(d))
        }
        Store::Side(_, c) if c.slot_names.is_some() => Ok(None),
        Store::Side(o, _) => Ok(side_dict(o, true)),
        Store::None => Ok(None),
    }
}

/// True if `o` can have instance attributes.
pub fn has_store(o: Value) -> bool {
    !matches!(store(o, crate::objects::str::empty()), Store::None)
}

/// Replaces the instance dict (`o.__dict__ = d`).
pub fn set_instance_dict(o: Value, d: Value) {
    match o.kind() {
        Kind::Instance => {
            let i = o.as_ref::<InstanceObj>();
            if let Some(c) = i.header.ty.class {
                let names = c.shape.with(|s| s.clone());
                clear_undeclared(i, c, &names);
            }
            i.dict.set(d);
        }
        Kind::Exception => o.as_ref::<ExcObj>().dict.set(d),
        _ => {
            SIDE_DICTS.with(|m| m.get_or_insert_with(HashMap::new).insert(o.0, d));
        }
    }
}

/// The names of `o`'s instance attributes, in insertion order (for `dir`).
pub fn attr_names(o: Value) -> Vec<Value> {
    if let Some(i) = o.downcast::<InstanceObj>() {
        let Some(c) = i.header.ty.class else {
            return Vec::new();
        };
        let names = c.shape.with(|s| s.clone());
        let vals = i.values.to_vec();
        let mut out: Vec<Value> = vals
            .iter()
            .zip(names)
            .filter(|(v, _)| !v.is_null())
            .map(|(_, (k, _))| k)
            .collect();
        let d = i.dict.get();
        if !d.is_null() {
            out.extend(crate::objects::dict::keys_vec(d));
        }
        return out;
    }
    match store(o, crate::objects::str::empty()) {
        Store::Dict(cell) if !cell.get().is_null() => crate::objects::dict::keys_vec(cell.get()),
        Store::Side(o, _) => side_dict(o, false)
            .map(crate::objects::dict::keys_vec)
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}
