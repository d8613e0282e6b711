//! Instances of user classes: their layout, attribute access (CPython's
//! `object.__getattribute__` rules with data descriptors, the instance
//! dict, `__getattr__`), method calls that bind `self` without allocating
//! a bound method, and calling a class (`__new__` then `__init__`).

use crate::class::descr::{self, StaticMethodObj};
pub use crate::class::inline_cache::AttrCache;
pub use crate::class::inline_cache::{getattr_cached, method_cached, setattr_cached};
pub use crate::class::shape::{attr_lookup, attr_names, attr_remove, attr_store, instance_dict};
use crate::class::shape::{has_store, set_instance_dict};
use crate::class::slots::SlotVec;
use crate::class::{self, Found, Slot};
use crate::exc::error::{type_error, Pending, R};
use crate::exc::{self, ExcObj};
use crate::object::{self, Header, Kind, Object, TypeObj, OBJECT_TYPE};
use crate::objects::func::FuncObj;
use crate::protocol::args::Args;
use crate::value::Value;
use crate::{class::basetype, protocol::dispatch};
use std::cell::Cell;

/// An instance of a user class (or of `object`).
#[repr(C)]
pub struct InstanceObj {
    pub header: Header,
    /// Attribute values by the slots of the class's shape (see `shape`).
    pub values: SlotVec,
    /// The instance dict once the instance has one (then `values` is unused).
    pub dict: Cell<Value>,
    /// For a class deriving from `list`, `dict`, `int`, ...: the built-in
    /// value the instance wraps (see `basetype`); null otherwise.
    pub payload: Cell<Value>,
}

// SAFETY: repr(C), Header first; every Kind::Instance object is an InstanceObj.
unsafe impl Object for InstanceObj {
    const KINDS: &'static [Kind] = &[Kind::Instance];

    fn trace(&self, t: &mut crate::gc::Tracer) {
        self.values.for_each(|v| t.visit(v));
        t.visit(self.dict.get());
        t.visit(self.payload.get());
    }
}

/// A new instance of `t` (a class with the object layout) wrapping `payload`
/// (null for none).
pub fn alloc(t: &'static TypeObj, payload: Value) -> Value {
    // Room for every attribute earlier instances of the class had.
    let n = t.class.map_or(0, |c| c.shape.with(|s| s.len()));
    let v = Value::from_ref(crate::gc::alloc(InstanceObj {
        header: Header {
            ty: t,
            kind: Kind::Instance,
            flags: Cell::new(0),
        },
        values: SlotVec::with_capacity(n),
        dict: Cell::new(Value::NULL),
        payload: Cell::new(payload),
    }));
    track_del(v);
    v
}

/// Registers a new instance of a user class whose class has `__del__`
/// with the finaliser queue, which calls it once the instance is garbage
/// (once: a resurrected instance is not registered again, as PEP 442
/// finalises once). Classes that gain `__del__` later do not finalise
/// the instances made before.
#[inline]
pub fn track_del(v: Value) {
    if let Some(c) = v.header().ty.class {
        if !c.slot(Slot::Del).is_null() {
            crate::gc::finalize::register(v, crate::gc::finalize::next_key(), &DEL_FINALIZER);
        }
    }
}

/// How the collector finalises an instance whose class has `__del__`.
static DEL_FINALIZER: crate::gc::finalize::Finalizer = crate::gc::finalize::Finalizer {
    pending: |_| true,
    run: run_del,
};

/// Calls `o.__del__()` (as its class has it now); an exception is
/// reported on stderr as CPython's unraisable hook does, and dropped.
fn run_del(o: Value) {
    let Some(c) = o.header().ty.class else {
        return;
    };
    let f = c.slot(Slot::Del);
    if f.is_null() || call_special(f, o, &[]).is_ok() {
        return;
    }
    let e = crate::exc::error::take_pending();
    let what = dispatch::repr(f).unwrap_or_else(|_| {
        crate::exc::error::take_pending();
        format!("<object repr() failed at {:#x}>", f.0)
    });
    crate::builtins::output::flush();
    let report = crate::exc::traceback::format_unraisable(&what, e);
    crate::builtins::output::write_err(&report);
}

/// `object()`
pub fn new_object() -> Value {
    alloc(&OBJECT_TYPE, Value::NULL)
}

/// The built-in value behind an instance of a subclass of a built-in type:
/// the wrapped value of a `list`/`dict`/`set`/`int` subclass instance, or
/// the object itself for `str`/`float`/`tuple` subclasses, whose instances
/// have the built-in layout (see `basetype`).
#[inline]
pub fn payload(v: Value) -> Option<Value> {
    if v.is_small() {
        return None;
    }
    let h = v.header();
    match h.kind {
        Kind::Instance => {
            let p = v.as_ref::<InstanceObj>().payload.get();
            if p.is_null() {
                None
            } else {
                Some(p)
            }
        }
        Kind::Exception => None,
        _ if h.ty.class.is_some() => Some(v),
        _ => None,
    }
}

/// `payload(v)`, or `v` itself for everything else.
#[inline]
pub fn unwrap(v: Value) -> Value {
    payload(v).unwrap_or(v)
}

/// True if the pending exception is an AttributeError.
fn pending_attribute_error() -> bool {
    let p = crate::exc::error::pending();
    !p.is_null() && object::isinstance(p, &exc::ATTRIBUTE_ERROR)
}

// ---- calling with self ----------------------------------------------------------------

/// Calls `f` with `slf` prepended to `args` (vectorcall layout kept); a
/// compiled function is entered directly, without a bound method object.
pub fn call_with_self(f: Value, slf: Value, args: Args) -> R<Value> {
    let npos = args.pos.len() + 1;
    let total = npos + args.kwvals.len();
    let mut small = [Value::NULL; 8];
    let mut big = Vec::new();
    let all: &mut [Value] = if total <= small.len() {
        &mut small[..total]
    } else {
        big.resize(total, Value::NULL);
        &mut big
    };
    all[0] = slf;
    all[1..npos].copy_from_slice(args.pos);
    all[npos..].copy_from_slice(args.kwvals);
    if let Some(fo) = f.downcast::<FuncObj>() {
        let kwnames = if args.kwnames.is_empty() {
            Value::NULL
        } else {
            crate::objects::tuple::from_slice(args.kwnames)
        };
        let r = (fo.generic)(f, all.as_ptr(), npos, kwnames);
        return if r.is_null() { Err(Pending) } else { Ok(r) };
    }
    let a = Args {
        pos: &all[..npos],
        kwnames: args.kwnames,
        kwvals: &all[npos..],
    };
    dispatch::call(f, a)
}

/// Calls special method `f` (a raw class attribute from a slot) on `slf`
/// with positional `args`, applying the descriptor rules.
pub fn call_special(f: Value, slf: Value, args: &[Value]) -> R<Value> {
    if f.is_small() {
        return Err(not_callable(f));
    }
    match f.header().kind {
        Kind::Func => call_with_self(f, slf, Args::positional(args)),
        Kind::StaticMethod => {
            dispatch::call(f.as_ref::<StaticMethodObj>().func, Args::positional(args))
        }
        Kind::ClassMethod => call_with_self(
            f.as_ref::<StaticMethodObj>().func,
            object::type_of(slf).value(),
            Args::positional(args),
        ),
        _ => {
            let bound = descr::get_from_instance(f, slf, object::type_of(slf))?;
            dispatch::call(bound, Args::positional(args))
        }
    }
}

fn not_callable(f: Value) -> Pending {
    type_error(format!("'{}' object is not callable", object::type_name(f)))
}

// ---- attribute access ------------------------------------------------------------------

/// `o.name` for instances of user classes, `object()` and exceptions.
pub fn getattr(o: Value, name: Value) -> R<Value> {
    let t = o.header().ty;
    let Some(c) = t.class else {
        return generic_getattr(o, name);
    };
    let ga = c.slot(Slot::GetAttribute);
    let r = if ga.is_null() {
        generic_getattr(o, name)
    } else {
        call_special(ga, o, &[name])
    };
    match r {
        Err(Pending) if pending_attribute_error() => {
            let gf = c.slot(Slot::GetAttr);
            if gf.is_null() {
                return r;
            }
            crate::exc::error::take_pending();
            call_special(gf, o, &[name])
        }
        r => r,
    }
}

/// `object.__getattribute__(o, name)`.
pub fn generic_getattr(o: Value, name: Value) -> R<Value> {
    if let Some(c) = o.downcast::<TypeObj>() {
        // A class whose metaclass is a user class.
        return crate::class::meta::type_getattro(c, name);
    }
    let t = o.header().ty;
    let found = class::lookup(t, name);
    if let Some(Found::Attr(v)) = found {
        if descr::is_data_descriptor(v) {
            return descr::get_from_instance(v, o, t);
        }
    }
    let n = crate::objects::str::as_str(name);
    if let Some(v) = builtin_data_attr(o, n)? {
        return Ok(v);
    }
    if let Some(v) = attr_lookup(o, name)? {
        return Ok(v);
    }
    match found {
        Some(Found::Attr(v)) => descr::get_from_instance(v, o, t),
        Some(Found::Builtin(b)) => basetype::bound(b, name, o),
        None => match dispatch::data_attr(unwrap(o), n)? {
            // Data attributes of a built-in base (`x.real` of a float subclass).
            Some(v) if o.kind() != Kind::Instance || payload(o).is_some() => Ok(v),
            _ => Err(crate::exc::error::no_attribute(o, n)),
        },
    }
}

/// Attributes that objects have through `object` and `BaseException`
/// (data descriptors in CPython): `__class__`, `__dict__`, `args`, ...
fn builtin_data_attr(o: Value, n: &str) -> R<Option<Value>> {
    if n.starts_with("__") {
        match n {
            "__class__" => return Ok(Some(object::type_of(o).value())),
            "__dict__" => return instance_dict(o),
            "__weakref__" if crate::objects::weakref::weakrefable(o) => {
                return Ok(Some(crate::objects::weakref::first(o)))
            }
            _ => {}
        }
    }
    if o.kind() == Kind::Exception {
        let e = o.as_ref::<ExcObj>();
        let or_none = |v: Value| if v.is_null() { object::none() } else { v };
        return Ok(match n {
            "args" => Some(e.args.get()),
            "__cause__" => Some(or_none(e.cause.get())),
            "__context__" => Some(or_none(e.context.get())),
            "__traceback__" => Some(crate::exc::traceback_value(o)),
            "__suppress_context__" => Some(object::boolean(e.suppress_context.get())),
            "value" if object::isinstance(o, &crate::exc::STOP_ITERATION) => Some(e.stop_value()),
            _ => crate::exc::fields::exc_attr(e, n),
        });
    }
    Ok(None)
}

/// `o.name = v` for instances of user classes, `object()` and exceptions.
pub fn setattr(o: Value, name: Value, v: Value) -> R<()> {
    if let Some(c) = o.header().ty.class {
        let sa = c.slot(Slot::SetAttr);
        if !sa.is_null() {
            call_special(sa, o, &[name, v])?;
            return Ok(());
        }
    }
    generic_setattr(o, name, v)
}

/// `object.__setattr__(o, name, v)`.
pub fn generic_setattr(o: Value, name: Value, v: Value) -> R<()> {
    if let Some(c) = o.downcast::<TypeObj>() {
        return crate::class::meta::type_setattro(c, name, v);
    }
    let t = o.header().ty;
    if let Some(Found::Attr(d)) = class::lookup(t, name) {
        if descr::is_data_descriptor(d) {
            return descr::descriptor_set(d, o, v);
        }
    }
    let n = crate::objects::str::as_str(name);
    match n {
        "__class__" => return Err(type_error("not supported yet: assigning __class__")),
        "__dict__" if has_store(o) => {
            if v.kind() != Kind::Dict {
                return Err(type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    object::type_name(v)
                )));
            }
            set_instance_dict(o, v);
            return Ok(());
        }
        _ => {}
    }
    if o.kind() == Kind::Exception {
        let e = o.as_ref::<ExcObj>();
        match n {
            "args" => {
                e.args.set(crate::objects::tuple::from_vec(
                    dispatch::collect(v)?.into_vec(),
                ));
                return Ok(());
            }
            "__cause__" | "__context__" => {
                let stored = if object::is_none(v) {
                    Value::NULL
                } else if v.kind() == Kind::Exception {
                    v
                } else {
                    return Err(type_error(format!(
                        "exception {} must be None or derive from BaseException",
                        if n == "__cause__" { "cause" } else { "context" }
                    )));
                };
                if n == "__cause__" {
                    e.cause.set(stored);
                    e.suppress_context.set(true);
                } else {
                    e.context.set(stored)
                }
                return Ok(());
            }
            "__suppress_context__" => {
                e.suppress_context.set(dispatch::truthy(v)?);
                return Ok(());
            }
            "__traceback__" => return crate::exc::traceback::set_traceback(e, v),
            _ if crate::exc::group::readonly(e, n) => {
                return Err(crate::exc::group::readonly_error(o, n))
            }
            _ if crate::exc::fields::exc_set(e, n, v) => return Ok(()),
            _ => {}
        }
    }
    if attr_store(o, name, v)? {
        Ok(())
    } else {
        Err(crate::exc::error::no_attribute(o, n))
    }
}

/// `del o.name` for instances of user classes, `object()` and exceptions.
pub fn delattr(o: Value, name: Value) -> R<()> {
    if let Some(c) = o.header().ty.class {
        let da = c.slot(Slot::DelAttr);
        if !da.is_null() {
            call_special(da, o, &[name])?;
            return Ok(());
        }
    }
    generic_delattr(o, name)
}

/// `object.__delattr__(o, name)`.
pub fn generic_delattr(o: Value, name: Value) -> R<()> {
    if let Some(c) = o.downcast::<TypeObj>() {
        return crate::class::meta::type_delattro(c, name);
    }
    let t = o.header().ty;
    if let Some(Found::Attr(d)) = class::lookup(t, name) {
        if descr::is_data_descriptor(d) {
            return descr::descriptor_delete(d, o);
        }
    }
    if let Some(e) = o.downcast::<ExcObj>() {
        let n = crate::objects::str::as_str(name);
        if crate::exc::group::readonly(e, n) {
            return Err(crate::exc::group::readonly_error(o, n));
        }
    }
    if attr_remove(o, name)? {
        return Ok(());
    }
    if let Some(e) = o.downcast::<ExcObj>() {
        let n = crate::objects::str::as_str(name);
        if crate::exc::fields::exc_delete(e, n)? {
            return Ok(());
        }
    }
    Err(crate::exc::error::no_attribute(
        o,
        crate::objects::str::as_str(name),
    ))
}

/// `o.name(args)`: a function found on the class is called with `o`
/// prepended, without creating a bound method.
pub fn call_method(o: Value, name: Value, args: Args) -> R<Value> {
    let t = o.header().ty;
    if let Some(c) = t.class {
        if !c.slot(Slot::GetAttribute).is_null() {
            let f = getattr(o, name)?;
            return dispatch::call(f, args);
        }
    }
    let found = class::lookup(t, name);
    if let Some(Found::Attr(v)) = found {
        if !descr::is_data_descriptor(v) {
            let shadowed = attr_lookup(o, name)?.is_some();
            if !shadowed {
                match v.kind() {
                    Kind::Func => return call_with_self(v, o, args),
                    Kind::StaticMethod => {
                        return dispatch::call(v.as_ref::<StaticMethodObj>().func, args)
                    }
                    Kind::ClassMethod => {
                        return call_with_self(v.as_ref::<StaticMethodObj>().func, t.value(), args)
                    }
                    _ => {}
                }
            }
        }
    }
    if let Some(Found::Builtin(b)) = found {
        let n = crate::objects::str::as_str(name);
        if !n.starts_with("__") && attr_lookup(o, name)?.is_none() {
            return basetype::call(b, name, o, args);
        }
    }
    let f = getattr(o, name)?;
    dispatch::call(f, args)
}

// ---- calling a class -------------------------------------------------------------------

/// `C(*args, **kwargs)` for a user class `C`: `__new__`, then `__init__`
/// if the result is an instance of `C`.
pub fn construct(t: &'static TypeObj, args: Args) -> R<Value> {
    let Some(c) = t.class else {
        return crate::builtins::construct::call_type(t.value(), args);
    };
    let new = c.slot(Slot::New);
    let inst = if new.is_null() {
        basetype::new_instance(t, args)?
    } else {
        match new.downcast::<StaticMethodObj>() {
            Some(sm) if new.kind() == Kind::StaticMethod => {
                call_with_self(sm.func, t.value(), args)?
            }
            _ => call_with_self(new, t.value(), args)?,
        }
    };
    if !object::isinstance(inst, t) {
        return Ok(inst);
    }
    let it = object::type_of(inst);
    let init = it.class.map_or(Value::NULL, |c| c.slot(Slot::Init));
    if init.is_null() {
        let base = it.class.map_or(it, |c| c.builtin_base);
        basetype::init(base, inst, args)?;
        return Ok(inst);
    }
    let r = match init.kind() {
        Kind::Func => call_with_self(init, inst, args)?,
        _ => {
            let bound = descr::get_from_instance(init, inst, it)?;
            dispatch::call(bound, args)?
        }
    };
    if !object::is_none(r) {
        return Err(type_error(format!(
            "__init__() should return None, not '{}'",
            object::type_name(r)
        )));
    }
    Ok(inst)
}

/// Allocates an instance of user class `t` with the layout of `base`.
pub fn alloc_for(t: &'static TypeObj, payload: Value, exc_args: &[Value]) -> Value {
    if t.inst_kind == Kind::Exception {
        exc::new_exception(t, crate::objects::tuple::from_slice(exc_args))
    } else {
        alloc(t, payload)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::func::{new_function, FuncDesc};
    use crate::testing::{err_text, i, s};

    const GET_X: &[u8] = b"get_x\0C.get_x\0self";
    static GET_X_DESC: FuncDesc = FuncDesc {
        text: GET_X.as_ptr(),
        text_len: GET_X.len(),
        nposonly: 0,
        npos: 1,
        nkwonly: 0,
        flags: 0,
        module: 0,
        line: 1,
        body: std::ptr::null(),
    };

    /// A compiled-function stand-in: `def get_x(self): return self.x`.
    extern "C" fn get_x(_f: Value, args: *const Value, nargs: usize, _kw: Value) -> Value {
        let args = crate::entry::values(args, nargs);
        crate::exc::error::to_abi(getattr(args[0], s("x")))
    }

    fn class_with(name: &str, items: &[(&str, Value)]) -> &'static TypeObj {
        let ns = crate::objects::dict::new();
        for (k, v) in items {
            crate::objects::dict::setitem(ns, s(k), *v).expect("ns");
        }
        let c = class::new_class(
            s(name),
            Value::NULL,
            crate::objects::tuple::from_slice(&[]),
            ns,
        )
        .expect("class");
        c.as_ref::<TypeObj>()
    }

    fn method() -> Value {
        new_function(get_x, &GET_X_DESC, Vec::new(), Value::NULL, Value::NULL)
    }

    #[test]
    fn attributes_and_methods() {
        let t = class_with("C", &[("get_x", method()), ("k", i(7))]);
        let o = construct(t, Args::positional(&[])).expect("instance");
        assert_eq!(getattr(o, s("k")), Ok(i(7)));
        assert!(getattr(o, s("x")).is_err());
        assert_eq!(
            err_text(),
            "AttributeError: 'C' object has no attribute 'x'"
        );
        setattr(o, s("x"), i(5)).expect("set");
        setattr(o, s("y"), i(6)).expect("set");
        assert_eq!(call_method(o, s("get_x"), Args::positional(&[])), Ok(i(5)));
        // A bound method calls the function with self prepended.
        let m = getattr(o, s("get_x")).expect("bound");
        assert_eq!(m.kind(), Kind::Method);
        assert_eq!(dispatch::call(m, Args::positional(&[])), Ok(i(5)));
        // Instance attributes shadow class attributes; deleting unshadows.
        setattr(o, s("k"), i(8)).expect("set");
        assert_eq!(getattr(o, s("k")), Ok(i(8)));
        delattr(o, s("k")).expect("del");
        assert_eq!(getattr(o, s("k")), Ok(i(7)));
        // `__dict__` keeps insertion order and stays live.
        let d = instance_dict(o).expect("dict").expect("has dict");
        assert_eq!(dispatch::repr(d).expect("repr"), "{'x': 5, 'y': 6}");
        setattr(o, s("z"), i(1)).expect("set");
        assert_eq!(crate::objects::dict::len(d), 3);
    }

    #[test]
    fn out_of_order_attributes_keep_insertion_order() {
        let t = class_with("D", &[]);
        let a = construct(t, Args::positional(&[])).expect("a");
        setattr(a, s("p"), i(1)).expect("set");
        setattr(a, s("q"), i(2)).expect("set");
        let b = construct(t, Args::positional(&[])).expect("b");
        setattr(b, s("q"), i(3)).expect("set");
        setattr(b, s("p"), i(4)).expect("set");
        let d = instance_dict(b).expect("dict").expect("has dict");
        assert_eq!(dispatch::repr(d).expect("repr"), "{'q': 3, 'p': 4}");
        let d = instance_dict(a).expect("dict").expect("has dict");
        assert_eq!(dispatch::repr(d).expect("repr"), "{'p': 1, 'q': 2}");
    }

    #[test]
    fn inline_caches_follow_class_changes() {
        let t = class_with("E", &[("get_x", method())]);
        let o = construct(t, Args::positional(&[])).expect("instance");
        let (gc, sc, mc) = (AttrCache::new(), AttrCache::new(), AttrCache::new());
        setattr_cached(o, s("x"), i(1), &sc).expect("set");
        setattr_cached(o, s("x"), i(2), &sc).expect("set");
        assert!(sc.is_filled());
        assert_eq!(getattr_cached(o, s("x"), &gc), Ok(i(2)));
        assert_eq!(getattr_cached(o, s("x"), &gc), Ok(i(2)));
        assert!(gc.is_filled());
        let f = method_cached(o, s("get_x"), &mc);
        assert_eq!(f.kind(), Kind::Func);
        assert_eq!(method_cached(o, s("get_x"), &mc), f);
        assert_eq!(call_with_self(f, o, Args::positional(&[])), Ok(i(2)));
        // A data descriptor added to the class takes over `x`.
        let len = crate::builtins::lookup("len").expect("len");
        let prop = descr::call_type(&descr::PROPERTY_TYPE, Args::positional(&[len]))
            .expect("property")
            .expect("ok");
        class::type_setattr(t, s("x"), prop).expect("set");
        assert!(getattr_cached(o, s("x"), &gc).is_err());
        assert_eq!(err_text(), "TypeError: object of type 'E' has no len()");
        // An instance attribute shadows the cached method.
        class::type_delattr(t, s("x")).expect("del");
        setattr(o, s("get_x"), i(9)).expect("set");
        assert!(method_cached(o, s("get_x"), &mc).is_null());
        assert!(call_method(o, s("get_x"), Args::positional(&[])).is_err());
        assert_eq!(err_text(), "TypeError: 'int' object is not callable");
    }
}
