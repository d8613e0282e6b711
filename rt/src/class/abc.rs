//! What CPython's `_abc` (the C half of `abc.ABCMeta`) does for abstract
//! base classes, the classes `ABCMeta.__new__` marks with `_abc_init`:
//! `__abstractmethods__`, registration, the `isinstance`/`issubclass`
//! answers with their caches, the pattern flags of `Sequence`/`Mapping`,
//! and which special methods the built-in types define (`_check_methods`).

use crate::class::{descr, lookup, ClassData, Found};
use crate::exc;
use crate::exc::error::{raise, type_error, R};
use crate::object::{self, Kind, TypeObj};
use crate::objects::{dict, str as strobj, tuple};
use crate::protocol::args::Args;
use crate::protocol::dispatch;
use crate::state::Global;
use crate::value::Value;
use std::collections::HashSet;

/// CPython's `Py_TPFLAGS_SEQUENCE`, as `collections.abc.Sequence` sets it
/// through `__abc_tpflags__`.
pub const SEQUENCE_FLAG: i64 = 1 << 5;
/// CPython's `Py_TPFLAGS_MAPPING`.
pub const MAPPING_FLAG: i64 = 1 << 6;
/// The bits of `ClassData::collection_flags` (`SEQUENCE_FLAG` and
/// `MAPPING_FLAG` shifted down to fit a byte).
const FLAG_SHIFT: i64 = 5;

/// What `ABCMeta` keeps per abstract base class (CPython's `_abc_data`).
/// Classes are never freed, so plain references stand for CPython's weak
/// references.
#[derive(Default)]
pub struct AbcData {
    /// Classes registered with `register`, in registration order.
    registry: Vec<&'static TypeObj>,
    /// Classes found to be subclasses (addresses).
    cache: HashSet<usize>,
    /// Classes found not to be subclasses, valid while
    /// `negative_version` equals the invalidation counter.
    negative: HashSet<usize>,
    negative_version: u64,
}

/// `abc.get_cache_token()`: bumped by every registration, which makes
/// every negative cache stale.
static INVALIDATION: Global<u64> = Global::new(0);

fn key(t: &'static TypeObj) -> usize {
    t as *const TypeObj as usize
}

/// True if `t` is an abstract base class (a user class whose metaclass
/// would be `ABCMeta`).
pub fn is_abc(t: &'static TypeObj) -> bool {
    t.class.is_some_and(|c| c.abc.with(|a| a.is_some()))
}

fn data_of(t: &'static TypeObj) -> Option<&'static ClassData> {
    t.class.filter(|c| c.abc.with(|a| a.is_some()))
}

// ---- creating an abstract base class ------------------------------------------------

/// CPython's `_abc._abc_init(cls)` (what `ABCMeta.__new__` runs on every
/// new class): computes `__abstractmethods__`, takes the pattern flags of
/// `__abc_tpflags__` from the class dict, and starts an empty registry.
pub fn init(t: &'static TypeObj) -> R<()> {
    let Some(c) = t.class else {
        return Err(type_error("_abc_init() argument must be a class"));
    };
    compute_abstract_methods(t, c)?;
    c.abc.with(|a| *a = Some(Box::default()));
    let flags_key = strobj::new("__abc_tpflags__");
    if let Some(f) = dict::get(c.dict, flags_key)? {
        if let Some(v) = crate::objects::int::as_i64(f).filter(|_| f.kind() == Kind::Int) {
            let bits = (v & (SEQUENCE_FLAG | MAPPING_FLAG)) >> FLAG_SHIFT;
            c.collection_flags
                .set(c.collection_flags.get() | bits as u8);
        }
        dict::delitem(c.dict, flags_key)?;
        crate::class::changed(t, true);
    }
    Ok(())
}

/// True if `getattr(v, '__isabstractmethod__', False)` is true
/// (`_PyObject_IsAbstract`).
pub fn is_abstract_value(v: Value) -> R<bool> {
    match dispatch::getattr(v, strobj::new("__isabstractmethod__")) {
        Ok(x) => dispatch::truthy(x),
        Err(e) => {
            if crate::exc::error::take_pending_if(&exc::ATTRIBUTE_ERROR) {
                Ok(false)
            } else {
                Err(e)
            }
        }
    }
}

/// `getattr(o, name)`, or `None` when it raises AttributeError.
fn lookup_attr(o: Value, name: Value) -> R<Option<Value>> {
    match dispatch::getattr(o, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) => {
            if crate::exc::error::take_pending_if(&exc::ATTRIBUTE_ERROR) {
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}

/// `compute_abstract_methods` of CPython's `_abc`: the names whose values
/// in the class dict are abstract, then the inherited abstract names whose
/// values seen from the class still are; stored as the class's
/// `__abstractmethods__` frozenset.
fn compute_abstract_methods(t: &'static TypeObj, c: &'static ClassData) -> R<()> {
    // Added to the fresh frozenset itself, as `_abc` does (which decides
    // its iteration order).
    let abstracts = crate::objects::set::new_frozenset(&[])?;
    for (k, v) in dict::items_vec(c.dict) {
        if is_abstract_value(v)? {
            crate::objects::set::add(abstracts, k)?;
        }
    }
    let cls = t.value();
    let am = strobj::new("__abstractmethods__");
    for base in tuple::items(c.bases) {
        let Some(names) = lookup_attr(*base, am)? else {
            continue;
        };
        let it = dispatch::iter(names)?;
        while let Some(name) = dispatch::next(it)? {
            if name.kind() != Kind::Str {
                continue;
            }
            if let Some(v) = lookup_attr(cls, name)? {
                if is_abstract_value(v)? {
                    crate::objects::set::add(abstracts, name)?;
                }
            }
        }
    }
    crate::class::type_setattr(t, am, abstracts)
}

/// Keeps `Py_TPFLAGS_IS_ABSTRACT` in step with the class's own
/// `__abstractmethods__` (`type_set_abstractmethods`): `v` is the new
/// value, null when it is deleted.
pub fn set_abstract_flag(c: &ClassData, v: Value) -> R<()> {
    c.is_abstract.set(!v.is_null() && dispatch::truthy(v)?);
    Ok(())
}

/// CPython's `object.__new__` refusal of an abstract class: `Can't
/// instantiate abstract class C with abstract methods a, b`.
pub fn check_instantiable(t: &'static TypeObj) -> R<()> {
    let Some(c) = t.class.filter(|c| c.is_abstract.get()) else {
        return Ok(());
    };
    let names = match dict::get(c.dict, strobj::new("__abstractmethods__"))? {
        Some(v) => v,
        None => return Err(raise(&exc::ATTRIBUTE_ERROR, "__abstractmethods__")),
    };
    let sorted = crate::objects::list::from_vec(dispatch::collect(names)?.to_vec());
    crate::objects::list::ops::sort(sorted, None, false)?;
    let joined = crate::objects::str::split::join(strobj::new(", "), sorted)?;
    let n = crate::objects::list::ops::len(sorted);
    Err(type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        t.name,
        if n > 1 { "s" } else { "" },
        strobj::as_str(joined)
    )))
}

/// `__abstractmethods__` read through a class: only its own dict's entry
/// (a data descriptor of `type` in CPython, so never inherited).
pub fn abstractmethods_attr(t: &'static TypeObj) -> R<Value> {
    let own = match t.class {
        Some(c) => dict::get(c.dict, strobj::new("__abstractmethods__"))?,
        None => None,
    };
    own.ok_or_else(|| raise(&exc::ATTRIBUTE_ERROR, "__abstractmethods__"))
}

// ---- the collection flags of match patterns -------------------------------------------

/// `Py_TPFLAGS_SEQUENCE`/`MAPPING` of a user class (as
/// `SEQUENCE_FLAG`/`MAPPING_FLAG` bits): those of the first class of its
/// MRO that has any, as CPython's classes inherit them.
pub fn collection_flags(t: &'static TypeObj) -> i64 {
    if t.class.is_none() {
        return 0;
    }
    for c in crate::class::mro_of(t) {
        if let Some(d) = c.class {
            let f = d.collection_flags.get();
            if f != 0 {
                return i64::from(f) << FLAG_SHIFT;
            }
        }
    }
    0
}

/// `set_collection_flag_recursive`: a class registered with `Sequence` or
/// `Mapping` (and its subclasses) gets the flag unless it has one already.
fn set_collection_flag_recursive(t: &'static TypeObj, bits: u8) {
    let Some(c) = t.class else { return };
    if c.collection_flags.get() != 0 {
        return;
    }
    c.collection_flags.set(bits);
    let subs = c.subclasses.with(|s| s.clone());
    for s in subs {
        set_collection_flag_recursive(s, bits);
    }
}

// ---- registration ---------------------------------------------------------------------

/// `ABC.register(subclass)` (`_abc._abc_register`): makes `subclass` a
/// virtual subclass; returns it, so it works as a class decorator.
pub fn register(cls: &'static TypeObj, subclass: Value) -> R<Value> {
    let Some(sub) = subclass.downcast::<TypeObj>() else {
        return Err(type_error("Can only register classes"));
    };
    if subclass_check(subclass, cls.value())? {
        return Ok(subclass);
    }
    if subclass_check(cls.value(), subclass)? {
        return Err(raise(
            &exc::RUNTIME_ERROR,
            "Refusing to create an inheritance cycle",
        ));
    }
    let Some(c) = data_of(cls) else {
        return Err(type_error("register() requires an abstract base class"));
    };
    c.abc.with(|a| {
        if let Some(a) = a {
            a.registry.push(sub);
        }
    });
    INVALIDATION.set(INVALIDATION.get() + 1);
    let bits = c.collection_flags.get();
    if bits != 0 {
        set_collection_flag_recursive(sub, bits);
    }
    Ok(subclass)
}

// ---- isinstance and issubclass --------------------------------------------------------

/// `_abc._abc_instancecheck(t, v)` (plain `isinstance` for a class that
/// is not an abstract base class).
pub fn instance_check(v: Value, t: &'static TypeObj) -> R<bool> {
    if std::ptr::eq(object::type_of(v), t) {
        return Ok(true);
    }
    if !is_abc(t) {
        return crate::class::meta::real_isinstance(v, t);
    }
    crate::exc::recursion::check()?;
    abc_instancecheck(t, v)
}

/// `_abc._abc_subclasscheck(t, c)` for an abstract base class `t`.
pub fn subclass_hook(c: Value, t: &'static TypeObj) -> R<bool> {
    crate::exc::recursion::check()?;
    abc_subclasscheck(t, c)
}

/// `issubclass(c, cls)` for any second argument, as the built-in does.
fn subclass_check(c: Value, cls: Value) -> R<bool> {
    crate::builtins::functions::subclass_of(c, cls)
}

/// `_abc._abc_instancecheck(cls, instance)`.
fn abc_instancecheck(cls: &'static TypeObj, inst: Value) -> R<bool> {
    // `instance.__class__`, which only a user class can make differ from
    // the type.
    let class_attr = if crate::class::ops::is_user(inst) {
        dispatch::getattr(inst, strobj::new("__class__"))?
    } else {
        object::type_of(inst).value()
    };
    if let Some(sc) = class_attr.downcast::<TypeObj>() {
        if in_cache(cls, sc) {
            return Ok(true);
        }
    }
    let subtype = object::type_of(inst);
    if class_attr == subtype.value() {
        let negative = data_of(cls).is_some_and(|c| {
            c.abc.with(|a| {
                a.as_ref().is_some_and(|a| {
                    a.negative_version == INVALIDATION.get() && a.negative.contains(&key(subtype))
                })
            })
        });
        if negative {
            return Ok(false);
        }
        return abc_subclasscheck(cls, class_attr);
    }
    if abc_subclasscheck(cls, class_attr)? {
        return Ok(true);
    }
    abc_subclasscheck(cls, subtype.value())
}

fn in_cache(cls: &'static TypeObj, t: &'static TypeObj) -> bool {
    data_of(cls).is_some_and(|c| {
        c.abc
            .with(|a| a.as_ref().is_some_and(|a| a.cache.contains(&key(t))))
    })
}

fn remember(cls: &'static TypeObj, t: &'static TypeObj, yes: bool) {
    if let Some(c) = data_of(cls) {
        c.abc.with(|a| {
            if let Some(a) = a {
                if yes {
                    a.cache.insert(key(t));
                } else {
                    a.negative.insert(key(t));
                }
            }
        });
    }
}

/// `_abc._abc_subclasscheck(cls, subclass)`: the caches, the class's
/// `__subclasshook__`, its MRO, the registry, then the subclasses.
fn abc_subclasscheck(cls: &'static TypeObj, subclass: Value) -> R<bool> {
    let Some(sub) = subclass.downcast::<TypeObj>() else {
        return Err(type_error("issubclass() arg 1 must be a class"));
    };
    let Some(c) = data_of(cls) else {
        return Ok(sub.is_subtype(cls));
    };
    // 1. and 2.: the caches (the negative one only while no class was
    // registered since it was filled).
    let cached = c.abc.with(|a| {
        let a = a.as_mut()?;
        if a.cache.contains(&key(sub)) {
            return Some(true);
        }
        let now = INVALIDATION.get();
        if a.negative_version < now {
            a.negative.clear();
            a.negative_version = now;
            None
        } else if a.negative.contains(&key(sub)) {
            Some(false)
        } else {
            None
        }
    });
    if let Some(r) = cached {
        return Ok(r);
    }
    // 3.: the hook.
    let ok = call_subclasshook(cls, subclass)?;
    if ok != object::not_implemented() {
        let yes = match ok.kind() {
            Kind::Bool => ok == object::boolean(true),
            _ => {
                return Err(raise(
                    &exc::ASSERTION_ERROR,
                    "__subclasshook__ must return either False, True, or NotImplemented",
                ))
            }
        };
        remember(cls, sub, yes);
        return Ok(yes);
    }
    // 4.: a real subclass.
    if crate::class::mro_of(sub)
        .iter()
        .any(|b| std::ptr::eq(*b, cls))
    {
        remember(cls, sub, true);
        return Ok(true);
    }
    // 5.: a subclass of a registered class.
    let registry = c
        .abc
        .with(|a| a.as_ref().map(|a| a.registry.clone()).unwrap_or_default());
    for r in registry {
        if subclass_check(subclass, r.value())? {
            remember(cls, sub, true);
            return Ok(true);
        }
    }
    // 6.: a subclass of a subclass (which may have its own registry).
    let subclasses = c.subclasses.with(|s| s.clone());
    for s in subclasses {
        if subclass_check(subclass, s.value())? {
            remember(cls, sub, true);
            return Ok(true);
        }
    }
    remember(cls, sub, false);
    Ok(false)
}

/// `cls.__subclasshook__(subclass)`: the classmethod found along the MRO
/// of user classes, or `object`'s answer, NotImplemented.
fn call_subclasshook(cls: &'static TypeObj, subclass: Value) -> R<Value> {
    match lookup(cls, strobj::new("__subclasshook__")) {
        Some(Found::Attr(f)) => {
            let bound = descr::get_from_class(f, cls)?;
            dispatch::call(bound, Args::positional(&[subclass]))
        }
        _ => Ok(object::not_implemented()),
    }
}

// ---- structural checks: _check_methods -----------------------------------------------

/// What a built-in type's own dict holds for one of the special methods
/// the ABCs of `collections.abc` look for: `Some(true)` when it defines it,
/// `Some(false)` when it sets it to None (`list.__hash__`), `None` when it
/// does not have it. Types with an attribute table answer from it; the
/// few without one yet (functions, methods, aliases, views, text files)
/// from CPython 3.11's types.
fn builtin_defines(t: &'static TypeObj, name: &str) -> Option<bool> {
    if t.inst_kind == Kind::Coroutine && name == "__await__" {
        // Coroutines are awaited through rt's delegation; the
        // `coroutine_wrapper` that `__await__` returns is not there yet.
        return Some(true);
    }
    if !t.attrs.is_empty() {
        return crate::types::own(t, name)
            .map(|d| !matches!(d.kind, crate::types::AttrKind::NoneValue));
    }
    const ITERATOR: &[&str] = &["__iter__", "__next__"];
    const CALL: &[&str] = &["__hash__", "__call__"];
    let unhashable = matches!(t.inst_kind, Kind::Cell)
        || (t.inst_kind == Kind::DictView
            && !std::ptr::eq(t, &crate::objects::dict::views::DICT_VALUES_TYPE));
    if unhashable && name == "__hash__" {
        return Some(false);
    }
    let names: &[&str] = match t.inst_kind {
        Kind::DictView => &["__iter__", "__len__", "__contains__", "__reversed__"],
        Kind::Func | Kind::StaticMethod => &["__call__"],
        Kind::Builtin | Kind::BoundMethod | Kind::Method => CALL,
        Kind::Alias if std::ptr::eq(t, &crate::objects::alias::UNION_TYPE) => &["__hash__"],
        Kind::Alias => &["__hash__", "__iter__", "__call__"],
        Kind::SeqIter => ITERATOR,
        // `__iter__` comes from `_io._IOBase`, a base alc's types lack.
        Kind::TextIO | Kind::StringIO => &["__iter__", "__next__", "close"],
        _ => &[],
    };
    names.contains(&name).then_some(true)
}

/// `_check_methods(C, *names)` of CPython's `collections.abc`: True if
/// every name is defined along `C`'s MRO (by the first class that has
/// it, user or built-in) and not None there, else NotImplemented.
pub fn check_methods(c: &'static TypeObj, names: &[Value]) -> R<Value> {
    let mro = crate::class::mro_of(c);
    for name in names {
        let Some(n) = strobj::try_str(*name) else {
            return Err(type_error("_check_methods() names must be strings"));
        };
        let mut found = None;
        for b in &mro {
            let here = match b.class {
                Some(d) => dict::get(d.dict, *name)?.map(|v| !object::is_none(v)),
                None => builtin_defines(b, n),
            };
            if here.is_some() {
                found = here;
                break;
            }
        }
        if found != Some(true) {
            return Ok(object::not_implemented());
        }
    }
    Ok(object::boolean(true))
}

/// `_abc._reset_registry(cls)`
pub fn reset_registry(t: &'static TypeObj) {
    if let Some(c) = data_of(t) {
        c.abc.with(|a| {
            if let Some(a) = a {
                a.registry.clear();
            }
        });
    }
}

/// `_abc._reset_caches(cls)`
pub fn reset_caches(t: &'static TypeObj) {
    if let Some(c) = data_of(t) {
        c.abc.with(|a| {
            if let Some(a) = a {
                a.cache.clear();
                a.negative.clear();
            }
        });
    }
}

/// `_abc.get_cache_token()`
pub fn cache_token() -> u64 {
    INVALIDATION.get()
}
