//! The descriptors `type.__new__` puts in a new class's dict after the
//! namespace (CPython's `type_new_descriptors`): a `member_descriptor` for
//! each `__slots__` name, and the `__dict__` and `__weakref__` getsets when
//! the class is the first of its line to give instances a dict or weak
//! references. They are table entries (`AttrDef`s) owned by the class,
//! allocated once and never freed, like the class itself.

use crate::class::shape::{attr_lookup, attr_remove, attr_store, instance_dict, set_instance_dict};
use crate::class::ClassData;
use crate::exc::error::{raise, type_error, value_error, R};
use crate::object::{self, Kind, TypeObj};
use crate::types::{AttrDef, AttrKind};
use crate::value::Value;

/// What a class's instances carry besides its slots, as the class is made.
pub struct Layout {
    /// CPython's `solid_base`: the nearest base that adds slots to the
    /// instance layout, or `None` when the class itself does.
    pub solid: Option<&'static TypeObj>,
    /// Instances support weak references (`tp_weaklistoffset`).
    pub weakrefs: bool,
    /// The class adds the `__dict__` getset.
    pub add_dict: bool,
    /// The class adds the `__weakref__` getset.
    pub add_weak: bool,
}

/// CPython's `solid_base` of a base class.
fn solid(b: &'static TypeObj) -> &'static TypeObj {
    match b.class {
        Some(c) => c.solid.unwrap_or(b),
        None if b.is_subtype(&crate::exc::BASE_EXCEPTION) => &crate::exc::BASE_EXCEPTION,
        None => b,
    }
}

/// Instances of `b` have a `__dict__`.
fn has_dict(b: &'static TypeObj) -> bool {
    match b.class {
        Some(c) => c.slot_names.is_none(),
        None => b.is_subtype(&crate::exc::BASE_EXCEPTION) || b.is_subtype(&object::TYPE_TYPE),
    }
}

/// Instances of `b` support weak references.
fn has_weakrefs(b: &'static TypeObj) -> bool {
    match b.class {
        Some(c) => c.weakrefs,
        None => [
            &object::SET_TYPE,
            &object::FROZENSET_TYPE,
            &object::TYPE_TYPE,
            &crate::stdlib::collections::deque::DEQUE_TYPE,
        ]
        .iter()
        .any(|t| b.is_subtype(t)),
    }
}

/// Variable-size layouts (`tp_itemsize`), which cannot take weak references.
fn var_sized(b: &'static TypeObj) -> bool {
    let l = b.builtin_layout();
    l.is_subtype(&object::INT_TYPE) || l.is_subtype(&object::TUPLE_TYPE)
}

/// CPython's `best_base`: the base whose solid base derives from all the
/// others' (the layout conflict itself is refused earlier).
fn best_base(bases: &[&'static TypeObj]) -> &'static TypeObj {
    let mut best = bases[0];
    for &b in &bases[1..] {
        if solid(b).is_subtype(solid(best)) && !std::ptr::eq(solid(b), solid(best)) {
            best = b;
        }
    }
    best
}

/// The layout of a class with `bases` whose own `__slots__` (mangled) are
/// `own` (`None` without `__slots__`), with CPython's errors for a
/// `__dict__` or `__weakref__` slot a base already provides.
pub fn layout(bases: &[&'static TypeObj], own: Option<&[String]>) -> R<Layout> {
    let best = best_base(bases);
    let may_dict = !has_dict(best);
    let may_weak = !has_weakrefs(best) && !var_sized(best);
    let (add_dict, add_weak, real_slots) = match own {
        None => (may_dict, may_weak, false),
        Some(names) => {
            let wants = |n: &str| names.iter().any(|s| s == n);
            if wants("__dict__") && !may_dict {
                return Err(type_error("__dict__ slot disallowed: we already got one"));
            }
            if wants("__weakref__") && !may_weak {
                return Err(type_error(
                    "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
                ));
            }
            let real = names.iter().any(|n| n != "__dict__" && n != "__weakref__");
            (wants("__dict__"), wants("__weakref__"), real)
        }
    };
    Ok(Layout {
        solid: if real_slots { None } else { Some(solid(best)) },
        weakrefs: add_weak || has_weakrefs(best),
        add_dict,
        add_weak,
    })
}

/// The names of `own` (a class's `__slots__`, mangled) that get member
/// descriptors, sorted as CPython sorts them.
fn member_names(own: Option<&[String]>) -> Vec<&String> {
    let mut names: Vec<&String> = own
        .unwrap_or(&[])
        .iter()
        .filter(|n| *n != "__dict__" && *n != "__weakref__")
        .collect();
    names.sort();
    names
}

/// CPython's ValueError for a slot named like a class variable of the
/// class dict `dict`.
pub fn check_conflicts(dict: Value, own: Option<&[String]>) -> R<()> {
    for n in member_names(own) {
        if crate::objects::dict::get(dict, crate::objects::str::new(n))?.is_some() {
            return Err(value_error(format!(
                "'{n}' in __slots__ conflicts with class variable"
            )));
        }
    }
    Ok(())
}

/// Adds the member descriptors of `own` (the class's `__slots__`,
/// mangled) and the getsets `lay` asks for to the dict of the new class
/// `t` (`check_conflicts` has passed).
pub fn add(t: &'static TypeObj, c: &ClassData, own: Option<&[String]>, lay: &Layout) -> R<()> {
    let entry = |name: &'static str, kind: AttrKind| -> &'static AttrDef {
        Box::leak(Box::new(AttrDef::new(t, name, kind)))
    };
    for n in member_names(own) {
        let key = crate::objects::str::new(n);
        let name: &'static str = Box::leak(n.clone().into_boxed_str());
        let d = entry(name, AttrKind::SlotMember);
        crate::objects::dict::setitem(c.dict, key, d.value())?;
    }
    if lay.add_dict {
        let d = entry("__dict__", AttrKind::GetSet(dict_get, Some(dict_set)));
        crate::objects::dict::setitem(c.dict, crate::objects::str::new("__dict__"), d.value())?;
    }
    if lay.add_weak {
        let d = entry(
            "__weakref__",
            // The first weak reference to the instance, or None.
            AttrKind::GetSet(|o| Ok(crate::objects::weakref::first(o)), None),
        );
        crate::objects::dict::setitem(c.dict, crate::objects::str::new("__weakref__"), d.value())?;
    }
    Ok(())
}

/// `o.__dict__` through the class's getset.
fn dict_get(o: Value) -> R<Value> {
    match instance_dict(o)? {
        Some(d) => Ok(d),
        None => Err(crate::exc::error::no_attribute(o, "__dict__")),
    }
}

/// `o.__dict__ = d` (null `d`: `del o.__dict__`, which leaves an empty dict).
fn dict_set(o: Value, d: Value) -> R<()> {
    if d.is_null() {
        set_instance_dict(o, crate::objects::dict::new());
        return Ok(());
    }
    if d.kind() != Kind::Dict {
        return Err(type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            object::type_name(d)
        )));
    }
    set_instance_dict(o, d);
    Ok(())
}

/// `o.name` through the member descriptor `def` of a `__slots__` name.
pub fn member_get(def: &'static AttrDef, o: Value) -> R<Value> {
    let name = crate::objects::str::new(def.name);
    match attr_lookup(o, name)? {
        Some(v) => Ok(v),
        None => Err(crate::exc::error::no_attribute(o, def.name)),
    }
}

/// `o.name = v` (null `v`: `del o.name`) through the member descriptor
/// `def` of a `__slots__` name.
pub fn member_set(def: &'static AttrDef, o: Value, v: Value) -> R<()> {
    let name = crate::objects::str::new(def.name);
    if v.is_null() {
        if attr_remove(o, name)? {
            return Ok(());
        }
        return Err(raise(&crate::exc::ATTRIBUTE_ERROR, def.name));
    }
    if attr_store(o, name, v)? {
        return Ok(());
    }
    Err(crate::exc::error::no_attribute(o, def.name))
}

/// True if `d` is the member descriptor of slot `name` (so reading
/// `o.name` reads the instance's slot: inline caches may keep it).
pub fn is_slot_member(d: Value, name: Value) -> bool {
    d.downcast::<AttrDef>().is_some_and(|def| {
        matches!(def.kind, AttrKind::SlotMember)
            && crate::objects::str::try_str(name) == Some(def.name)
    })
}
