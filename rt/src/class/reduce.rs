//! The pickle protocol's defaults, which `copy`, `copyreg` and (later)
//! `pickle` build on: `object.__reduce_ex__`, `object.__reduce__`,
//! `object.__getstate__`, and the reconstructors their results name,
//! `copyreg.__newobj__`, `copyreg.__newobj_ex__` and
//! `copyreg._reconstructor` (native here so that every program has them;
//! `lib/copyreg.al` re-exports them from `_copyreg`).

use crate::exc::error::{type_error, value_error, R};
use crate::object::{self, Kind, TypeObj, DICT_TYPE, LIST_TYPE, OBJECT_TYPE};
use crate::objects::func::BuiltinObj;
use crate::objects::str as pystr;
use crate::protocol::args::Args;
use crate::protocol::dispatch;
use crate::value::Value;

/// `copyreg.__newobj__(cls, *args)`: `cls.__new__(cls, *args)`.
pub static NEWOBJ: BuiltinObj = BuiltinObj::new("__newobj__", newobj);
/// `copyreg.__newobj_ex__(cls, args, kwargs)`: `cls.__new__(cls, *args, **kwargs)`.
pub static NEWOBJ_EX: BuiltinObj = BuiltinObj::new("__newobj_ex__", newobj_ex);
/// `copyreg._reconstructor(cls, base, state)`: what protocols 0 and 1 call.
pub static RECONSTRUCTOR: BuiltinObj = BuiltinObj::new("_reconstructor", reconstructor);

/// Whether `t`'s attribute `name` is `object`'s own (not overridden
/// anywhere along its MRO).
fn inherits_object(t: &'static TypeObj, name: &str) -> bool {
    let Some(def) = crate::types::own(&OBJECT_TYPE, name) else {
        return false;
    };
    let found = match t.class {
        Some(_) => match crate::class::lookup(t, pystr::new(name)) {
            Some(crate::class::Found::Builtin(b)) => crate::types::find_str(b, name),
            Some(crate::class::Found::Attr(v)) => return v == def.value(),
            None => None,
        },
        None => crate::types::find_str(t, name),
    };
    found.is_some_and(|d| std::ptr::eq(d, def))
}

/// `object.__reduce_ex__(protocol)`: the class's own `__reduce__` when it
/// has one, else the default reduction for `protocol`.
pub fn reduce_ex(o: Value, args: Args) -> R<Value> {
    args.no_kwargs("object.__reduce_ex__")?;
    if args.pos.len() != 1 {
        return Err(type_error(format!(
            "object.__reduce_ex__() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    }
    let protocol = crate::protocol::num::index(args.pos[0])?;
    if !inherits_object(object::type_of(o), "__reduce__") {
        let f = dispatch::getattr(o, pystr::new("__reduce__"))?;
        return dispatch::call(f, Args::positional(&[]));
    }
    common_reduce(o, protocol)
}

/// `object.__reduce__()`: the default reduction for protocol 0.
pub fn reduce(o: Value, args: Args) -> R<Value> {
    args.no_kwargs("object.__reduce__")?;
    if !args.pos.is_empty() {
        return Err(type_error(format!(
            "object.__reduce__() takes no arguments ({} given)",
            args.pos.len()
        )));
    }
    common_reduce(o, 0)
}

fn common_reduce(o: Value, protocol: i64) -> R<Value> {
    if protocol >= 2 {
        reduce_newobj(o)
    } else {
        reduce_legacy(o)
    }
}

/// `object.__getstate__()`: the instance dict (None when empty), paired
/// with a dict of the `__slots__` values when the object has any.
pub fn getstate(o: Value, args: Args) -> R<Value> {
    args.no_kwargs("object.__getstate__")?;
    if !args.pos.is_empty() {
        return Err(type_error(format!(
            "object.__getstate__() takes no arguments ({} given)",
            args.pos.len()
        )));
    }
    default_state(o, false)
}

/// `o.__getstate__()`, through `object`'s default when the class does
/// not override it; `required`: the object cannot be rebuilt from
/// arguments, so a built-in layout with state of its own cannot be pickled.
pub fn state_of(o: Value, required: bool) -> R<Value> {
    if inherits_object(object::type_of(o), "__getstate__") {
        return default_state(o, required);
    }
    let f = dispatch::getattr(o, pystr::new("__getstate__"))?;
    dispatch::call(f, Args::positional(&[]))
}

/// The kind whose layout an object has: a built-in base's payload for
/// instances of classes derived from one.
fn layout_kind(o: Value) -> Kind {
    match crate::class::instance::payload(o) {
        Some(p) => p.kind(),
        None => o.kind(),
    }
}

/// CPython's `object_getstate_default`.
fn default_state(o: Value, required: bool) -> R<Value> {
    let t = object::type_of(o);
    if required {
        let kind = layout_kind(o);
        if kind == Kind::MemoryView {
            return Err(type_error(format!("cannot pickle {} objects", t.name)));
        }
        // Objects with no state beyond what instances of `object` have.
        let plain = matches!(kind, Kind::Instance | Kind::NoneType);
        if !plain {
            return Err(type_error(format!("cannot pickle '{}' object", t.name)));
        }
    }
    let mut state = match crate::class::shape::instance_dict(o) {
        Ok(Some(d)) if crate::objects::dict::len(d) > 0 => d,
        _ => object::none(),
    };
    let names = slot_names(t)?;
    if !names.is_empty() {
        let slots = crate::objects::dict::new();
        for n in names {
            let key = pystr::from_string(n);
            match dispatch::getattr(o, key) {
                Ok(v) => crate::objects::dict::setitem(slots, key, v)?,
                Err(p) => {
                    if !crate::exc::error::take_pending_if(&crate::exc::ATTRIBUTE_ERROR) {
                        return Err(p);
                    }
                }
            }
        }
        if crate::objects::dict::len(slots) > 0 {
            state = crate::objects::tuple::from_slice(&[state, slots]);
        }
    }
    Ok(state)
}

/// `copyreg._slotnames(cls)`: the names in the `__slots__` of `t` and its
/// bases, MRO first, private names mangled as the class body mangles them,
/// without `__dict__` and `__weakref__`.
pub fn slot_names(t: &'static TypeObj) -> R<Vec<String>> {
    let mut names = Vec::new();
    for c in crate::class::mro_of(t) {
        let Some(data) = c.class else { continue };
        let Some(slots) = crate::objects::dict::get(data.dict, pystr::new("__slots__"))? else {
            continue;
        };
        let items: Vec<Value> = if slots.kind() == Kind::Str {
            vec![slots]
        } else {
            dispatch::collect(slots)?.into_vec()
        };
        for item in items {
            let Some(name) = pystr::try_str(item) else {
                continue;
            };
            if name == "__dict__" || name == "__weakref__" {
                continue;
            }
            let class_name = c.name.trim_start_matches('_');
            if name.starts_with("__") && !name.ends_with("__") && !class_name.is_empty() {
                names.push(format!("_{class_name}{name}"));
            } else {
                names.push(name.to_string());
            }
        }
    }
    Ok(names)
}

/// The arguments `__getnewargs_ex__` or `__getnewargs__` give for
/// rebuilding `o` (positional, keyword), or `None` when it has neither.
fn new_args(o: Value) -> R<Option<(Value, Option<Value>)>> {
    if let Some(f) = special(o, "__getnewargs_ex__")? {
        let r = dispatch::call(f, Args::positional(&[]))?;
        if r.kind() != Kind::Tuple {
            return Err(type_error(format!(
                "__getnewargs_ex__ should return a tuple, not '{}'",
                object::type_name(r)
            )));
        }
        let items = crate::objects::tuple::items(r);
        if items.len() != 2 {
            return Err(value_error(format!(
                "__getnewargs_ex__ should return a tuple of length 2, not {}",
                items.len()
            )));
        }
        let (a, k) = (items[0], items[1]);
        if a.kind() != Kind::Tuple {
            return Err(type_error(format!(
                "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{}'",
                object::type_name(a)
            )));
        }
        if k.kind() != Kind::Dict {
            return Err(type_error(format!(
                "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{}'",
                object::type_name(k)
            )));
        }
        return Ok(Some((a, Some(k))));
    }
    if let Some(f) = special(o, "__getnewargs__")? {
        let a = dispatch::call(f, Args::positional(&[]))?;
        if a.kind() != Kind::Tuple {
            return Err(type_error(format!(
                "__getnewargs__ should return a tuple, not '{}'",
                object::type_name(a)
            )));
        }
        return Ok(Some((a, None)));
    }
    Ok(None)
}

/// `o.name` when `o`'s class has the attribute (CPython's special-method
/// lookup), bound to `o`.
fn special(o: Value, name: &str) -> R<Option<Value>> {
    let key = pystr::new(name);
    if crate::class::lookup(object::type_of(o), key).is_none() {
        return Ok(None);
    }
    dispatch::getattr(o, key).map(Some)
}

/// CPython's `reduce_newobj`: protocol 2 and later.
fn reduce_newobj(o: Value) -> R<Value> {
    let t = object::type_of(o);
    let cls = t.value();
    let args = new_args(o)?;
    let is_list = t.is_subtype(&LIST_TYPE);
    let is_dict = t.is_subtype(&DICT_TYPE);
    let state = state_of(o, args.is_none() && !is_list && !is_dict)?;
    let listitems = if is_list {
        dispatch::iter(o)?
    } else {
        object::none()
    };
    let dictitems = if is_dict {
        let items = dispatch::getattr(o, pystr::new("items"))?;
        dispatch::iter(dispatch::call(items, Args::positional(&[]))?)?
    } else {
        object::none()
    };
    let (func, newargs) = match args {
        Some((a, Some(k))) if crate::objects::dict::len(k) > 0 => (
            Value::from_ref(&NEWOBJ_EX),
            crate::objects::tuple::from_slice(&[cls, a, k]),
        ),
        Some((a, _)) => {
            let mut all = vec![cls];
            all.extend_from_slice(crate::objects::tuple::items(a));
            (
                Value::from_ref(&NEWOBJ),
                crate::objects::tuple::from_vec(all),
            )
        }
        None => (
            Value::from_ref(&NEWOBJ),
            crate::objects::tuple::from_slice(&[cls]),
        ),
    };
    Ok(crate::objects::tuple::from_slice(&[
        func, newargs, state, listitems, dictitems,
    ]))
}

/// `copyreg._reduce_ex(o, protocol)` for protocols 0 and 1: rebuild from
/// the nearest built-in base's copy of the object, then the state.
fn reduce_legacy(o: Value) -> R<Value> {
    let t = object::type_of(o);
    let base = crate::class::mro_of(t)
        .into_iter()
        .find(|c| c.class.is_none())
        .unwrap_or(&OBJECT_TYPE);
    let state = if std::ptr::eq(base, &OBJECT_TYPE) {
        object::none()
    } else {
        if std::ptr::eq(base, t) {
            return Err(type_error(format!("cannot pickle '{}' object", t.name)));
        }
        dispatch::call(base.value(), Args::positional(&[o]))?
    };
    let args = crate::objects::tuple::from_slice(&[t.value(), base.value(), state]);
    let slotted = || -> R<bool> {
        match dispatch::getattr(o, pystr::new("__slots__")) {
            Ok(v) => dispatch::truthy(v),
            Err(p) => {
                if crate::exc::error::take_pending_if(&crate::exc::ATTRIBUTE_ERROR) {
                    Ok(false)
                } else {
                    Err(p)
                }
            }
        }
    };
    let dict = if inherits_object(t, "__getstate__") {
        if slotted()? {
            return Err(type_error(
                "a class that defines __slots__ without defining __getstate__ cannot be pickled",
            ));
        }
        default_state(o, false)?
    } else {
        state_of(o, false)?
    };
    let func = Value::from_ref(&RECONSTRUCTOR);
    if dispatch::truthy(dict)? {
        Ok(crate::objects::tuple::from_slice(&[func, args, dict]))
    } else {
        Ok(crate::objects::tuple::from_slice(&[func, args]))
    }
}

fn newobj(args: Args) -> R<Value> {
    args.no_kwargs("__newobj__")?;
    let Some((&cls, rest)) = args.pos.split_first() else {
        return Err(type_error(
            "__newobj__() missing 1 required positional argument: 'cls'",
        ));
    };
    let new = dispatch::getattr(cls, pystr::new("__new__"))?;
    let mut all = vec![cls];
    all.extend_from_slice(rest);
    dispatch::call(new, Args::positional(&all))
}

fn newobj_ex(args: Args) -> R<Value> {
    let [cls, a, k] = crate::builtins::args::bind_clinic(
        "__newobj_ex__",
        &args,
        ["cls", "args", "kwargs"],
        3,
        3,
    )?
    .map(|v| v.unwrap_or(Value::NULL));
    let new = dispatch::getattr(cls, pystr::new("__new__"))?;
    let mut all = vec![cls];
    all.extend(dispatch::collect(a)?.into_vec());
    let mut names = Vec::new();
    for (key, v) in crate::objects::dict::items_vec(k) {
        if key.kind() != Kind::Str {
            return Err(type_error("keywords must be strings"));
        }
        names.push(key);
        all.push(v);
    }
    let npos = all.len() - names.len();
    dispatch::call(
        new,
        Args {
            pos: &all[..npos],
            kwnames: &names,
            kwvals: &all[npos..],
        },
    )
}

fn reconstructor(args: Args) -> R<Value> {
    let [cls, base, state] = crate::builtins::args::bind_clinic(
        "_reconstructor",
        &args,
        ["cls", "base", "state"],
        3,
        3,
    )?
    .map(|v| v.unwrap_or(Value::NULL));
    if base == OBJECT_TYPE.value() {
        let new = dispatch::getattr(base, pystr::new("__new__"))?;
        return dispatch::call(new, Args::positional(&[cls]));
    }
    let new = dispatch::getattr(base, pystr::new("__new__"))?;
    let obj = dispatch::call(new, Args::positional(&[cls, state]))?;
    let init = dispatch::getattr(base, pystr::new("__init__"))?;
    let object_init = dispatch::getattr(OBJECT_TYPE.value(), pystr::new("__init__"))?;
    if init != object_init {
        dispatch::call(init, Args::positional(&[obj, state]))?;
    }
    Ok(obj)
}
