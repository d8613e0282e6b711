//! Creating a class (what a `class` statement and `type(name, bases, ns)`
//! do): base checks, instance layout, the C3 MRO, the class dict with
//! CPython's implicit entries, `__slots__`, `__set_name__` and
//! `__init_subclass__`.

use crate::class::basetype;
use crate::class::descr;
use crate::class::{
    compute_slots, fresh_version, lookup_after, mro_of, of_value, ClassData, Found, Slot,
};
use crate::exc;
use crate::exc::error::{type_error, R};
use crate::object::{self, Header, Kind, TypeObj, OBJECT_TYPE, TYPE_TYPE};
use crate::protocol::args::Args;
use crate::state::{Global, GlobalCell};
use crate::value::Value;

/// Built-in types a class may not derive from, as CPython refuses them.
fn check_acceptable_base(b: &'static TypeObj) -> R<()> {
    if b.class.is_some() {
        return Ok(());
    }
    if basetype::is_layout_base(b) {
        return Ok(());
    }
    if descr::is_descr_type(b) || crate::io::is_io_type(b) {
        return Err(type_error(format!(
            "not supported yet: subclassing '{}'",
            b.name
        )));
    }
    Err(type_error(format!(
        "type '{}' is not an acceptable base type",
        b.name
    )))
}

/// The built-in layout base of a base class (see `ClassData::builtin_base`).
fn layout_of(b: &'static TypeObj) -> &'static TypeObj {
    match b.class {
        Some(c) => c.builtin_base,
        None => b,
    }
}

/// Chooses the layout of the new class from its bases' layouts, raising
/// CPython's "instance lay-out conflict" when two cannot be combined.
fn best_layout(bases: &[&'static TypeObj]) -> R<&'static TypeObj> {
    let mut best: &'static TypeObj = &OBJECT_TYPE;
    for b in bases {
        let l = layout_of(b);
        if std::ptr::eq(l, &OBJECT_TYPE) {
            continue;
        }
        let exc_l = l.is_subtype(&exc::BASE_EXCEPTION);
        let exc_best = best.is_subtype(&exc::BASE_EXCEPTION);
        if std::ptr::eq(best, &OBJECT_TYPE) || (exc_l && exc_best) {
            // All exception types share one layout; keep the first.
            if std::ptr::eq(best, &OBJECT_TYPE) {
                best = l;
            }
            continue;
        }
        if l.is_subtype(best) {
            best = l;
        } else if !best.is_subtype(l) {
            return Err(type_error("multiple bases have instance lay-out conflict"));
        }
    }
    Ok(best)
}

/// C3 linearisation of a class with `bases` (without the class itself);
/// on failure, the message CPython builds from the heads that could not
/// be merged.
pub(crate) fn c3_merge(bases: &[&'static TypeObj]) -> Result<Vec<&'static TypeObj>, String> {
    let mut seqs: Vec<Vec<&'static TypeObj>> = bases.iter().map(|b| mro_of(b)).collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    let mut remain = vec![0usize; seqs.len()];
    loop {
        let mut empty = true;
        let mut candidate = None;
        for (i, s) in seqs.iter().enumerate() {
            if remain[i] >= s.len() {
                continue;
            }
            empty = false;
            let head = s[remain[i]];
            let in_tail = seqs.iter().enumerate().any(|(j, t)| {
                t[(remain[j] + 1).min(t.len())..]
                    .iter()
                    .any(|c| std::ptr::eq(*c, head))
            });
            if !in_tail {
                candidate = Some(head);
                break;
            }
        }
        if empty {
            return Ok(out);
        }
        let Some(head) = candidate else {
            let mut names: Vec<&'static TypeObj> = Vec::new();
            for (i, s) in seqs.iter().enumerate() {
                if let Some(c) = s.get(remain[i]) {
                    if !names.iter().any(|n| std::ptr::eq(*n, *c)) {
                        names.push(c);
                    }
                }
            }
            let list: Vec<&str> = names.iter().map(|t| t.name).collect();
            return Err(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                list.join(", ")
            ));
        };
        out.push(head);
        for (i, s) in seqs.iter().enumerate() {
            if remain[i] < s.len() && std::ptr::eq(s[remain[i]], head) {
                remain[i] += 1;
            }
        }
    }
}

/// The names the class's own `__slots__` lists (mangled), or `None`
/// without `__slots__`.
fn own_slots(class: &str, ns: Value) -> R<Option<Vec<String>>> {
    let Some(slots) = crate::objects::dict::get(ns, crate::objects::str::new("__slots__"))? else {
        return Ok(None);
    };
    let items = if slots.kind() == Kind::Str {
        crate::gc::RootedVec::from_vec(vec![slots])
    } else {
        crate::protocol::dispatch::collect(slots)?
    };
    let mut names = Vec::new();
    for &it in items.iter() {
        match crate::objects::str::try_str(it) {
            // A private name is stored mangled, as the class body's
            // `self.__x` is compiled.
            Some(s) => {
                names.push(alrt_abi::builtins::mangled(class, s).unwrap_or_else(|| s.to_string()))
            }
            None => {
                return Err(type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    object::type_name(it)
                )))
            }
        }
    }
    Ok(Some(names))
}

/// The instance attribute names allowed by `__slots__`, or `None` when
/// instances get a `__dict__` (no `__slots__` here or in a base, or
/// `"__dict__"` listed, or an exception layout).
fn slot_names(
    own: Option<&[String]>,
    bases: &[&'static TypeObj],
    layout: &'static TypeObj,
    declared: &mut Vec<String>,
) -> R<Option<Vec<String>>> {
    for b in bases {
        if let Some(c) = b.class {
            declared.extend(c.declared_slots.iter().cloned());
        }
    }
    let Some(own) = own else {
        return Ok(None);
    };
    let mut names = own.to_vec();
    declared.extend(
        names
            .iter()
            .filter(|n| *n != "__dict__" && *n != "__weakref__")
            .cloned(),
    );
    if names.iter().any(|n| n == "__dict__") || layout.is_subtype(&exc::BASE_EXCEPTION) {
        return Ok(None);
    }
    for b in bases {
        match b.class {
            Some(c) => match &c.slot_names {
                Some(inherited) => names.extend(inherited.iter().cloned()),
                None => return Ok(None),
            },
            None if std::ptr::eq(*b, &OBJECT_TYPE) || basetype::is_layout_base(b) => {}
            None => return Ok(None),
        }
    }
    Ok(Some(names))
}

/// True if instances of a new class with `bases` and layout `layout` can
/// be weakly referenced (CPython's `tp_weaklistoffset`): a base's
/// instances can, or the class adds the `__weakref__` slot (it has no
/// `__slots__`, or lists `__weakref__` in them: `adds_weakref`), which a
/// layout with items (`int`, `tuple`, `bytes`) cannot take.
fn weakrefable(bases: &[&'static TypeObj], layout: &'static TypeObj, adds_weakref: bool) -> bool {
    let inherited = bases.iter().any(|b| match b.class {
        Some(c) => c.weakrefable,
        None => crate::objects::weakref::builtin_weakrefable(b),
    });
    let has_items = matches!(
        layout.inst_kind,
        Kind::Int | Kind::Bool | Kind::Tuple | Kind::Bytes
    );
    inherited || (adds_weakref && !has_items)
}

/// The bases of a `class` statement after PEP 560: a base that is not a
/// class and has `__mro_entries__` is replaced by the classes that method
/// returns (`typing.Generic[T]` gives `Generic`), and the original bases
/// are kept in the namespace as `__orig_bases__`.
pub fn update_bases(bases: Value, ns: Value) -> R<Value> {
    let out = resolve_bases(bases)?;
    if out != bases {
        crate::objects::dict::setitem(ns, crate::objects::str::new("__orig_bases__"), bases)?;
    }
    Ok(out)
}

/// The bases of a class after `__mro_entries__` (`bases` itself when no
/// base has one).
pub fn resolve_bases(bases: Value) -> R<Value> {
    let items = crate::objects::tuple::items(bases);
    if items.iter().all(|b| b.kind() == Kind::Type) {
        return Ok(bases);
    }
    let mut out = crate::gc::RootedVec::new();
    let mut changed = false;
    for &b in items {
        if b.kind() == Kind::Type {
            out.push(b);
            continue;
        }
        let hook = match crate::protocol::dispatch::getattr(
            b,
            crate::objects::str::new("__mro_entries__"),
        ) {
            Ok(h) => h,
            Err(p) => {
                if crate::exc::error::take_pending_if(&crate::exc::ATTRIBUTE_ERROR) {
                    out.push(b);
                    continue;
                }
                return Err(p);
            }
        };
        let r = crate::protocol::dispatch::call(hook, Args::positional(&[bases]))?;
        if r.kind() != Kind::Tuple {
            return Err(type_error("__mro_entries__ must return a tuple"));
        }
        out.extend_from_slice(crate::objects::tuple::items(r));
        changed = true;
    }
    if !changed {
        return Ok(bases);
    }
    Ok(crate::objects::tuple::from_slice(&out))
}

/// Creates a class like `type(name, bases, ns)`; `qualname` may be null
/// (then it is `name`).
pub fn new_class(name: Value, qualname: Value, bases: Value, ns: Value) -> R<Value> {
    new_class_kw(name, qualname, bases, ns, Args::positional(&[]))
}

/// `new_class` with class keywords (`class C(B, flag=1)`), which go to
/// the parent's `__init_subclass__`.
pub fn new_class_kw(name: Value, qualname: Value, bases: Value, ns: Value, kw: Args) -> R<Value> {
    type_new(&TYPE_TYPE, name, qualname, bases, ns, kw)
}

/// `type.__new__(meta, name, bases, ns, **kw)`: the class gets the most
/// derived of `meta` and its bases' metaclasses as its type; when that is
/// a metaclass with a `__new__` of its own, its `__new__` makes the class,
/// as CPython's `type_new` hands over to the winner.
pub fn type_new(
    meta: &'static TypeObj,
    name: Value,
    qualname: Value,
    bases: Value,
    ns: Value,
    kw: Args,
) -> R<Value> {
    if name.kind() != Kind::Str {
        return Err(type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            object::type_name(name)
        )));
    }
    if bases.kind() != Kind::Tuple {
        return Err(type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            object::type_name(bases)
        )));
    }
    // A dict subclass instance (a metaclass's `__prepare__` namespace)
    // is read through the dict it wraps.
    let ns = match crate::class::instance::payload(ns) {
        Some(p) if p.kind() == Kind::Dict => p,
        _ if ns.kind() == Kind::Dict => ns,
        _ => {
            return Err(type_error(format!(
                "type.__new__() argument 3 must be dict, not {}",
                object::type_name(ns)
            )))
        }
    };
    // CPython's `type_new_get_bases`: a base that resolves to others only
    // in a class statement is refused first.
    for &b in crate::objects::tuple::items(bases) {
        if b.kind() != Kind::Type && crate::builtins::attrs::has_attribute(b, "__mro_entries__") {
            return Err(type_error(
                "type() doesn't support MRO entry resolution; use types.new_class()",
            ));
        }
    }
    let mut base_types: Vec<&'static TypeObj> = Vec::new();
    for b in crate::objects::tuple::items(bases) {
        match b.downcast::<TypeObj>() {
            Some(t) => base_types.push(t),
            None => {
                return Err(type_error(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                ))
            }
        }
    }
    let winner = crate::class::meta::calculate(meta, crate::objects::tuple::items(bases))?;
    if !std::ptr::eq(winner, meta) {
        if let Some(new) = winner
            .class
            .map(|c| c.slot(Slot::New))
            .filter(|n| !n.is_null())
        {
            let f = descr::get_from_class(new, winner)?;
            let mut all = crate::gc::RootedVec::from_vec(vec![winner.value(), name, bases, ns]);
            all.extend_from_slice(kw.kwvals);
            let pos = &all[..4];
            return crate::protocol::dispatch::call(
                f,
                Args {
                    pos,
                    kwnames: kw.kwnames,
                    kwvals: &all[4..],
                },
            );
        }
    }
    let bases = if base_types.is_empty() {
        base_types.push(&OBJECT_TYPE);
        crate::objects::tuple::from_slice(&[OBJECT_TYPE.value()])
    } else {
        bases
    };
    for (i, b) in base_types.iter().enumerate() {
        check_acceptable_base(b)?;
        if base_types[..i].iter().any(|o| std::ptr::eq(*o, *b)) {
            return Err(type_error(format!("duplicate base class {}", b.name)));
        }
    }
    let layout = best_layout(&base_types)?;
    let merged = c3_merge(&base_types).map_err(type_error)?;

    // The class dict: `__module__` first (as the class body sets it), then
    // the namespace, with CPython's implicit wrappers and defaults.
    let dict = crate::objects::dict::new();
    let module_key = crate::objects::str::new("__module__");
    if crate::objects::dict::get(ns, module_key)?.is_none() {
        crate::objects::dict::setitem(dict, module_key, crate::objects::str::new("__main__"))?;
    }
    let mut qual = if qualname.is_null() { name } else { qualname };
    let mut classcell = Value::NULL;
    let mut tp_name = name;
    for (k, v) in crate::objects::dict::items_vec(ns) {
        let kn = crate::objects::str::try_str(k).unwrap_or("");
        let v = match kn {
            // The class body's `__class__` cell: filled with the new class
            // below, and not kept in the class dict.
            "__classcell__" => {
                if v.is_small() || v.kind() != Kind::Cell {
                    return Err(type_error(format!(
                        "__classcell__ must be a nonlocal cell, not {}",
                        crate::protocol::dispatch::repr(object::type_of(v).value())?
                    )));
                }
                classcell = v;
                continue;
            }
            "__qualname__" => {
                if v.kind() != Kind::Str {
                    return Err(type_error(format!(
                        "type __qualname__ must be a str, not {}",
                        object::type_name(v)
                    )));
                }
                qual = v;
                continue;
            }
            // A library class standing for one of CPython's C types names
            // itself as that type's `tp_name` does (not kept in the dict).
            "__alc_tp_name__" if v.kind() == Kind::Str => {
                tp_name = v;
                continue;
            }
            "__new__" if v.kind() == Kind::Func => descr::new_staticmethod(v),
            "__init_subclass__" | "__class_getitem__" if v.kind() == Kind::Func => {
                descr::new_classmethod(v)
            }
            _ => v,
        };
        crate::objects::dict::setitem(dict, k, v)?;
    }
    let own = own_slots(crate::objects::str::as_str(name), ns)?;
    let mut declared_slots = Vec::new();
    let slot_names = slot_names(own.as_deref(), &base_types, layout, &mut declared_slots)?;
    let lay = crate::class::members::layout(&base_types, own.as_deref())?;
    crate::class::members::check_conflicts(dict, own.as_deref())?;
    let adds_weakref = own
        .as_ref()
        .is_none_or(|o| o.iter().any(|n| n == "__weakref__"));
    let weakrefable = weakrefable(&base_types, layout, adds_weakref);
    let data: &'static ClassData = Box::leak(Box::new(ClassData {
        dict,
        bases,
        mro: Global::new(Value::NULL),
        qualname: Global::new(qual),
        builtin_base: layout,
        slots: std::array::from_fn(|_| Global::new(Value::NULL)),
        subclasses: GlobalCell::new(Vec::new()),
        shape: GlobalCell::new(Vec::new()),
        shape_bloom: Global::new(0),
        slot_names,
        declared_slots,
        solid: lay.solid,
        weakrefs: lay.weakrefs,
        abc: GlobalCell::new(None),
        is_abstract: Global::new(false),
        collection_flags: Global::new(0),
        weakrefable,
        dotted_name: tp_name != name,
    }));
    let inst_kind = if layout.is_subtype(&exc::BASE_EXCEPTION) {
        Kind::Exception
    } else if std::ptr::eq(layout, &TYPE_TYPE) {
        Kind::Type
    } else {
        Kind::Instance
    };
    let name_text: &'static str = Box::leak(
        crate::objects::str::as_str(tp_name)
            .to_string()
            .into_boxed_str(),
    );
    let t: &'static TypeObj = Box::leak(Box::new(TypeObj {
        header: Header {
            ty: winner,
            kind: Kind::Type,
            flags: std::cell::Cell::new(0),
        },
        name: name_text,
        base: Some(base_types[0]),
        inst_kind,
        version: Global::new(fresh_version()),
        class: Some(data),
        attrs: &[],
        base2: None,
    }));
    crate::class::register(t);
    if !classcell.is_null() {
        classcell
            .as_ref::<crate::objects::func::CellObj>()
            .value
            .set(t.value());
    }
    // After the namespace: the slots' member descriptors, the `__dict__`
    // and `__weakref__` getsets, then `__doc__` and `__hash__` if absent,
    // in the order CPython's type dicts show them.
    crate::class::members::add(t, data, own.as_deref(), &lay)?;
    let doc_key = crate::objects::str::new("__doc__");
    if crate::objects::dict::get(dict, doc_key)?.is_none() {
        crate::objects::dict::setitem(dict, doc_key, object::none())?;
    }
    let hash_key = crate::objects::str::new("__hash__");
    if crate::objects::dict::get(dict, crate::objects::str::new("__eq__"))?.is_some()
        && crate::objects::dict::get(dict, hash_key)?.is_none()
    {
        crate::objects::dict::setitem(dict, hash_key, object::none())?;
    }
    let mut mro = vec![t.value()];
    mro.extend(merged.iter().map(|c| c.value()));
    data.mro.set(crate::objects::tuple::from_vec(mro));
    if !std::ptr::eq(winner, &TYPE_TYPE) {
        custom_mro(t, data, winner)?;
    }
    compute_slots(t, data);
    for b in &base_types {
        crate::class::add_subclass(b, t);
    }
    let cls = t.value();
    // `__set_name__` of descriptors in the namespace, then the parent's
    // `__init_subclass__`, as type.__new__ does.
    for (k, v) in crate::objects::dict::items_vec(dict) {
        if let Some(p) = v.downcast::<descr::PropertyObj>() {
            if p.name.get().is_null() {
                p.name.set(k);
            }
            continue;
        }
        if let Some(vd) = of_value(v) {
            let set_name = vd.slot(Slot::SetName);
            if !set_name.is_null()
                && crate::class::instance::call_special(set_name, v, &[cls, k]).is_err()
            {
                return Err(set_name_failed(v, k, name)?);
            }
        }
    }
    match lookup_after(t, t, crate::objects::str::new("__init_subclass__")) {
        Some(Found::Attr(f)) => {
            if let Some(cm) = f.downcast::<descr::ClassMethodObj>() {
                crate::class::instance::call_with_self(cm.func, cls, kw)?;
            }
        }
        _ if !kw.kwnames.is_empty() => {
            return Err(type_error(format!(
                "{}.__init_subclass__() takes no keyword arguments",
                crate::objects::str::as_str(name)
            )));
        }
        _ => {}
    }
    Ok(cls)
}

/// CPython's `mro_internal` for a class whose metaclass is not `type`:
/// a metaclass overriding `mro()` gives `__mro__` (called with the C3
/// order already in place), checked as CPython's `mro_check` does.
fn custom_mro(t: &'static TypeObj, data: &ClassData, meta: &'static TypeObj) -> R<()> {
    let Some(Found::Attr(f)) = crate::class::lookup(meta, crate::objects::str::new("mro")) else {
        return Ok(());
    };
    let bound = descr::get_from_instance(f, t.value(), meta)?;
    let r = crate::protocol::dispatch::call(bound, Args::positional(&[]))?;
    let items = crate::protocol::dispatch::collect(r)?;
    for &b in items.iter() {
        let Some(bt) = b.downcast::<TypeObj>() else {
            return Err(type_error(format!(
                "mro() returned a non-class ('{}')",
                object::type_name(b)
            )));
        };
        if !t.builtin_layout().is_subtype(bt.builtin_layout()) {
            return Err(type_error(format!(
                "mro() returned base with unsuitable layout ('{}')",
                bt.name
            )));
        }
    }
    data.mro.set(crate::objects::tuple::from_slice(&items));
    // Lookups made while `mro()` ran saw the C3 order.
    t.version.set(fresh_version());
    Ok(())
}

/// The RuntimeError (caused by the pending exception) that CPython 3.11
/// raises when a `__set_name__` fails.
fn set_name_failed(v: Value, k: Value, class_name: Value) -> R<crate::exc::error::Pending> {
    let cause = crate::exc::error::take_pending();
    let msg = format!(
        "Error calling __set_name__ on '{}' instance {} in '{}'",
        object::type_name(v),
        crate::protocol::dispatch::repr(k)?,
        crate::objects::str::as_str(class_name)
    );
    let err = exc::with_message(&exc::RUNTIME_ERROR, &msg);
    let eo = err.as_ref::<exc::ExcObj>();
    eo.cause.set(cause);
    eo.context.set(cause);
    eo.suppress_context.set(true);
    Ok(crate::exc::error::set_pending(err))
}
