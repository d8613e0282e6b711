//! Metaclasses: the metaclass and namespace of a `class` statement
//! (`metaclass=`, the most derived metaclass, `__prepare__`), what `type`
//! gives the metaclasses deriving from it (`type.__new__`, `__init__`,
//! `__call__`, ...), attributes of classes whose metaclass is a user class
//! (CPython's `type_getattro`), calling such a class (the metaclass's
//! `__call__`), and the `__instancecheck__`/`__subclasscheck__` hooks.

use crate::class::descr;
use crate::class::instance;
use crate::class::{self, Found, Slot};
use crate::exc::error::{type_error, R};
use crate::object::{self, Kind, TypeObj, TYPE_TYPE};
use crate::objects::str as strobj;
use crate::objects::tuple;
use crate::protocol::args::Args;
use crate::protocol::dispatch;
use crate::value::Value;

const CONFLICT: &str = "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases";

/// CPython's `_PyType_CalculateMetaclass`: the most derived of `meta` and
/// the types of `bases`.
pub fn calculate(meta: &'static TypeObj, bases: &[Value]) -> R<&'static TypeObj> {
    let mut winner = meta;
    for &b in bases {
        let bt = object::type_of(b);
        if winner.is_subtype(bt) {
            continue;
        }
        if bt.is_subtype(winner) {
            winner = bt;
            continue;
        }
        return Err(type_error(CONFLICT));
    }
    Ok(winner)
}

/// The class data of the metaclass of class `t` when that is a user class
/// (`None` for classes whose metaclass is `type`).
#[inline]
pub fn user_meta(t: &'static TypeObj) -> Option<&'static class::ClassData> {
    t.header.ty.class
}

// ---- the class statement ------------------------------------------------------------

/// The class keywords of a `class` statement other than `metaclass`, and
/// the `metaclass` value (null if absent). `all` holds the bases followed
/// by the keyword values named by `kwnames` (null: none).
fn split_keywords(all: &[Value], kwnames: Value) -> (usize, Vec<Value>, Vec<Value>, Value) {
    let names: &[Value] = if kwnames.is_null() {
        &[]
    } else {
        tuple::items(kwnames)
    };
    let nb = all.len() - names.len();
    let (mut kn, mut kv, mut meta) = (Vec::new(), Vec::new(), Value::NULL);
    for (k, v) in names.iter().zip(&all[nb..]) {
        if strobj::as_str(*k) == "metaclass" {
            meta = *v;
        } else {
            kn.push(*k);
            kv.push(*v);
        }
    }
    (nb, kn, kv, meta)
}

/// The start of a `class` statement, before its body runs (CPython's
/// `__build_class__`): the bases after `__mro_entries__`, the metaclass
/// (`metaclass=`, else the first base's type; for a class, the most
/// derived of it and the bases' types) and the namespace its `__prepare__`
/// gives. Returns the tuple `(ns, meta, bases, original bases)` that
/// `build` takes after the body.
pub fn prepare(name: Value, bases_kw: Value, kwnames: Value) -> R<Value> {
    let all = tuple::items(bases_kw);
    let (nb, kn, kv, meta) = split_keywords(all, kwnames);
    let orig = tuple::from_slice(&all[..nb]);
    let bases = crate::class::new::resolve_bases(orig)?;
    let mut meta = meta;
    if meta.is_null() {
        meta = match tuple::items(bases).first() {
            Some(b) => object::type_of(*b).value(),
            None => TYPE_TYPE.value(),
        };
    }
    if let Some(m) = meta.downcast::<TypeObj>() {
        meta = calculate(m, tuple::items(bases))?.value();
    }
    let ns = if meta == TYPE_TYPE.value() {
        crate::objects::dict::new()
    } else {
        let prep = match dispatch::getattr(meta, strobj::new("__prepare__")) {
            Ok(p) => p,
            Err(p) => {
                if !crate::exc::error::take_pending_if(&crate::exc::ATTRIBUTE_ERROR) {
                    return Err(p);
                }
                Value::NULL
            }
        };
        if prep.is_null() {
            crate::objects::dict::new()
        } else {
            let mut v = crate::gc::RootedVec::from_vec(vec![name, bases]);
            v.extend_from_slice(&kv);
            let ns = dispatch::call(
                prep,
                Args {
                    pos: &v[..2],
                    kwnames: &kn,
                    kwvals: &v[2..],
                },
            )?;
            if ns.kind() != Kind::Dict && !crate::class::ops::is_mapping(ns) {
                let who = match meta.downcast::<TypeObj>() {
                    Some(t) => t.name,
                    None => "<metaclass>",
                };
                return Err(type_error(format!(
                    "{who}.__prepare__() must return a mapping, not {}",
                    object::type_name(ns)
                )));
            }
            ns
        }
    };
    Ok(tuple::from_slice(&[ns, meta, bases, orig]))
}

/// The end of a `class` statement: `meta(name, bases, ns, **kw)` with the
/// state `prepare` returned (`type`'s own work done directly), then
/// CPython's check that `type.__new__` filled the class's `__class__`
/// cell (`cell`, null when no method uses it) with the class made.
pub fn build(
    name: Value,
    qualname: Value,
    bases_kw: Value,
    state: Value,
    kwnames: Value,
    cell: Value,
) -> R<Value> {
    let cls = build_class(name, qualname, bases_kw, state, kwnames)?;
    if cell.is_null() || cls.is_small() || cls.kind() != Kind::Type {
        return Ok(cls);
    }
    let set = cell.as_ref::<crate::objects::func::CellObj>().value.get();
    if set == cls {
        return Ok(cls);
    }
    if set.is_null() {
        return Err(crate::exc::error::raise(
            &crate::exc::RUNTIME_ERROR,
            format!(
                "__class__ not set defining {} as {}. Was __classcell__ propagated to type.__new__?",
                dispatch::repr(name)?,
                dispatch::repr(cls)?
            ),
        ));
    }
    Err(type_error(format!(
        "__class__ set to {} defining {} as {}",
        dispatch::repr(set)?,
        dispatch::repr(name)?,
        dispatch::repr(cls)?
    )))
}

/// `meta(name, bases, ns, **kw)` for `build`.
fn build_class(
    name: Value,
    qualname: Value,
    bases_kw: Value,
    state: Value,
    kwnames: Value,
) -> R<Value> {
    let st = tuple::items(state);
    let (ns, meta, bases, orig) = (st[0], st[1], st[2], st[3]);
    if bases != orig {
        dispatch::setitem(ns, strobj::new("__orig_bases__"), orig)?;
    }
    let (_, kn, kv, _) = split_keywords(tuple::items(bases_kw), kwnames);
    if meta == TYPE_TYPE.value() {
        return crate::class::new::type_new(
            &TYPE_TYPE,
            name,
            qualname,
            bases,
            ns,
            Args {
                pos: &[],
                kwnames: &kn,
                kwvals: &kv,
            },
        );
    }
    let mut v = crate::gc::RootedVec::from_vec(vec![name, bases, ns]);
    v.extend_from_slice(&kv);
    dispatch::call(
        meta,
        Args {
            pos: &v[..3],
            kwnames: &kn,
            kwvals: &v[3..],
        },
    )
}

// ---- what `type` gives its subclasses ------------------------------------------------------

/// `M(name, bases, ns, **kw)` reaching `type.__new__` for the metaclass `t`.
pub fn type_new_args(t: &'static TypeObj, args: Args) -> R<Value> {
    let [name, bases, ns] = args.pos else {
        return Err(type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            args.pos.len()
        )));
    };
    crate::class::new::type_new(
        t,
        *name,
        Value::NULL,
        *bases,
        *ns,
        Args {
            pos: &[],
            kwnames: args.kwnames,
            kwvals: args.kwvals,
        },
    )
}

/// `type.__init__(cls, *args, **kw)`: checks the arguments only.
pub fn type_init(args: Args) -> R<()> {
    let n = args.pos.len();
    if !args.kwnames.is_empty() && n == 1 {
        return Err(type_error("type.__init__() takes no keyword arguments"));
    }
    if n != 1 && n != 3 {
        return Err(type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(())
}

// ---- classes whose metaclass is a user class ---------------------------------------------

/// Calls attribute `f` found on the metaclass `meta` of class `t` with
/// `t` as its receiver.
fn call_bound(f: Value, t: &'static TypeObj, meta: &'static TypeObj, args: Args) -> R<Value> {
    if f.kind() == Kind::Func {
        return instance::call_with_self(f, t.value(), args);
    }
    let bound = descr::get_from_instance(f, t.value(), meta)?;
    dispatch::call(bound, args)
}

/// `C(*args)`: the metaclass's `__call__` when it defines one, else
/// `type.__call__` (`__new__`, then `__init__`).
pub fn call_class(t: &'static TypeObj, args: Args) -> R<Value> {
    if let Some(mc) = user_meta(t) {
        let f = mc.slot(Slot::Call);
        if !f.is_null() {
            return call_bound(f, t, t.header.ty, args);
        }
    }
    call_plain(t, args)
}

/// `type.__call__(t, *args)`: makes an instance without the metaclass's
/// `__call__`.
pub fn call_plain(t: &'static TypeObj, args: Args) -> R<Value> {
    if t.class.is_some() {
        return instance::construct(t, args);
    }
    match descr::call_type(t, args) {
        Some(r) => r,
        None => crate::builtins::construct::call_type(t.value(), args),
    }
}

/// `C.name` for a class `C` whose metaclass `M` is a user class, as
/// CPython's `type_getattro`: a data descriptor of `M`, then `type`'s own
/// attributes of `C`, then `C`'s MRO, then the other attributes of `M`
/// (bound to `C`).
pub fn type_getattro(t: &'static TypeObj, name: Value) -> R<Value> {
    let meta = t.header.ty;
    let n = strobj::as_str(name);
    let meta_attr = if meta.class.is_some() {
        class::lookup(meta, name)
    } else {
        None
    };
    if let Some(Found::Attr(v)) = meta_attr {
        if descr::is_data_descriptor(v) {
            return descr::get_from_instance(v, t.value(), meta);
        }
    }
    if let Some(v) = class::type_data_attr(t, n)? {
        return Ok(v);
    }
    if t.class.is_some() {
        match class::lookup(t, name) {
            Some(Found::Attr(v)) => return descr::get_from_class(v, t),
            Some(Found::Builtin(b)) => return Ok(crate::class::basetype::unbound(b, name, t)),
            None => {}
        }
    } else {
        return dispatch::getattr(t.value(), name);
    }
    match meta_attr {
        Some(Found::Attr(v)) => descr::get_from_instance(v, t.value(), meta),
        Some(Found::Builtin(b)) => crate::class::basetype::bound(b, name, t.value()),
        None => Err(class::no_type_attribute(t, n)),
    }
}

/// `C.name = v` for a class whose metaclass is a user class: a data
/// descriptor of the metaclass, else the class dict.
pub fn type_setattro(t: &'static TypeObj, name: Value, v: Value) -> R<()> {
    if t.header.ty.class.is_some() {
        if let Some(Found::Attr(d)) = class::lookup(t.header.ty, name) {
            if descr::is_data_descriptor(d) {
                return descr::descriptor_set(d, t.value(), v);
            }
        }
    }
    class::type_setattr(t, name, v)
}

/// `del C.name` for a class whose metaclass is a user class.
pub fn type_delattro(t: &'static TypeObj, name: Value) -> R<()> {
    if t.header.ty.class.is_some() {
        if let Some(Found::Attr(d)) = class::lookup(t.header.ty, name) {
            if descr::is_data_descriptor(d) {
                return descr::descriptor_delete(d, t.value());
            }
        }
    }
    class::type_delattr(t, name)
}

// ---- isinstance and issubclass ---------------------------------------------------------------

/// The metaclass hook `name` of class `t` (`__instancecheck__`), when its
/// metaclass is a user class that defines one.
fn hook(t: &'static TypeObj, name: &str) -> Option<Value> {
    user_meta(t)?;
    match class::lookup(t.header.ty, strobj::new(name)) {
        Some(Found::Attr(f)) => Some(f),
        _ => None,
    }
}

/// `isinstance(v, t)` for a class `t` (`PyObject_IsInstance`): the exact
/// type, then the metaclass's `__instancecheck__`.
pub fn instance_check(v: Value, t: &'static TypeObj) -> R<bool> {
    if std::ptr::eq(object::type_of(v), t) {
        return Ok(true);
    }
    match hook(t, "__instancecheck__") {
        Some(f) => {
            crate::exc::recursion::check()?;
            let r = call_bound(f, t, t.header.ty, Args::positional(&[v]))?;
            dispatch::truthy(r)
        }
        None => real_isinstance(v, t),
    }
}

/// CPython's `_PyObject_RealIsInstance`: the type of `v`, then its
/// `__class__` when a user class defines that attribute differently (a
/// proxy that passes for the object it stands for).
pub fn real_isinstance(v: Value, t: &'static TypeObj) -> R<bool> {
    if object::isinstance(v, t) {
        return Ok(true);
    }
    let ty = object::type_of(v);
    if ty.class.is_none() {
        return Ok(false);
    }
    let name = strobj::new("__class__");
    let defined = |n: Value| matches!(class::lookup(ty, n), Some(Found::Attr(_)));
    if !defined(name) && !defined(strobj::new("__getattribute__")) {
        return Ok(false);
    }
    let c = match dispatch::getattr(v, name) {
        Ok(c) => c,
        Err(p) => {
            if crate::exc::error::take_pending_if(&crate::exc::ATTRIBUTE_ERROR) {
                return Ok(false);
            }
            return Err(p);
        }
    };
    Ok(match c.downcast::<TypeObj>() {
        Some(c) if !std::ptr::eq(c, ty) => c.is_subtype(t),
        _ => false,
    })
}

/// `issubclass(c, t)` when `t`'s metaclass defines `__subclasscheck__`
/// (`None`: the plain rule applies).
pub fn subclass_hook(c: Value, t: &'static TypeObj) -> R<Option<bool>> {
    match hook(t, "__subclasscheck__") {
        Some(f) => {
            crate::exc::recursion::check()?;
            let r = call_bound(f, t, t.header.ty, Args::positional(&[c]))?;
            dispatch::truthy(r).map(Some)
        }
        None => Ok(None),
    }
}
