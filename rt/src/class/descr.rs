//! The objects that make methods work: bound methods of user functions,
//! `property`, `staticmethod`, `classmethod`, `super`, special methods of
//! built-in types taken as values (`object.__init__`), and the iterator
//! over objects that only have `__getitem__`; plus the descriptor rules
//! (how a class attribute reads through an instance or the class).

use crate::class::instance;
use crate::class::{self, Found, Slot};
use crate::exc;
use crate::exc::error::{raise, type_error, Pending, R};
use crate::object::{self, Header, Kind, Object, TypeObj, OBJECT_TYPE};
use crate::objects::func;
use crate::protocol::args::Args;
use crate::value::Value;
use crate::{class::basetype, protocol::dispatch};
use std::cell::Cell;

/// `method`: the type of bound methods of user functions.
pub static METHOD_TYPE: TypeObj = TypeObj::builtin("method", Some(&OBJECT_TYPE), Kind::Method);
/// `property`
pub static PROPERTY_TYPE: TypeObj =
    TypeObj::builtin("property", Some(&OBJECT_TYPE), Kind::Property);
/// `staticmethod`
pub static STATICMETHOD_TYPE: TypeObj =
    TypeObj::builtin("staticmethod", Some(&OBJECT_TYPE), Kind::StaticMethod);
/// `classmethod`
pub static CLASSMETHOD_TYPE: TypeObj =
    TypeObj::builtin("classmethod", Some(&OBJECT_TYPE), Kind::ClassMethod);
/// `super`
pub static SUPER_TYPE: TypeObj = TypeObj::builtin("super", Some(&OBJECT_TYPE), Kind::Super);
/// `iterator`: iteration through `__getitem__`.
pub static SEQITER_TYPE: TypeObj = TypeObj::builtin("iterator", Some(&OBJECT_TYPE), Kind::SeqIter);

/// True for the built-in types of this module that CPython lets classes
/// derive from (Al does not yet).
pub fn is_descr_type(t: &'static TypeObj) -> bool {
    [
        &PROPERTY_TYPE,
        &STATICMETHOD_TYPE,
        &CLASSMETHOD_TYPE,
        &SUPER_TYPE,
    ]
    .iter()
    .any(|x| std::ptr::eq(*x, t))
}

// ---- layouts ---------------------------------------------------------------------

/// A function bound to `self_` (`obj.method`, or a classmethod bound to its class).
#[repr(C)]
pub struct MethodObj {
    pub header: Header,
    pub func: Value,
    pub self_: Value,
}

// SAFETY: repr(C), Header first; every Kind::Method object is a MethodObj.
unsafe impl Object for MethodObj {
    const KINDS: &'static [Kind] = &[Kind::Method];

    fn trace(&self, t: &mut crate::gc::Tracer) {
        t.visit(self.func);
        t.visit(self.self_);
    }
}

/// `property(fget, fset, fdel, doc)`; absent parts are None.
#[repr(C)]
pub struct PropertyObj {
    pub header: Header,
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
    /// The attribute name it was assigned to in a class body (for error
    /// messages), or null.
    pub name: Cell<Value>,
}

// SAFETY: repr(C), Header first; every Kind::Property object is a PropertyObj.
unsafe impl Object for PropertyObj {
    const KINDS: &'static [Kind] = &[Kind::Property];

    fn trace(&self, t: &mut crate::gc::Tracer) {
        t.visit_all(&[self.fget, self.fset, self.fdel, self.doc, self.name.get()]);
    }
}

/// `staticmethod(f)` and `classmethod(f)`.
#[repr(C)]
pub struct StaticMethodObj {
    pub header: Header,
    pub func: Value,
}

// SAFETY: repr(C), Header first; both kinds are allocated as this layout.
unsafe impl Object for StaticMethodObj {
    const KINDS: &'static [Kind] = &[Kind::StaticMethod, Kind::ClassMethod];

    fn trace(&self, t: &mut crate::gc::Tracer) {
        t.visit(self.func);
    }
}

/// `classmethod(f)` shares the `staticmethod` layout.
pub type ClassMethodObj = StaticMethodObj;

/// `super(start, obj)`.
#[repr(C)]
pub struct SuperObj {
    pub header: Header,
    /// The class after which the MRO is searched.
    pub start: &'static TypeObj,
    /// The object methods bind to (an instance, or a class for classmethods).
    pub obj: Value,
    /// Whose MRO is searched: `type(obj)`, or `obj` itself when it is a class.
    pub obj_type: &'static TypeObj,
}

// SAFETY: repr(C), Header first; every Kind::Super object is a SuperObj.
unsafe impl Object for SuperObj {
    const KINDS: &'static [Kind] = &[Kind::Super];

    // The two types are classes, which are never freed (`class::trace_roots`).
    fn trace(&self, t: &mut crate::gc::Tracer) {
        t.visit(self.obj);
    }
}

/// The iterator over `seq[0]`, `seq[1]`, ... until IndexError.
#[repr(C)]
pub struct SeqIterObj {
    pub header: Header,
    /// Null once exhausted.
    pub seq: Cell<Value>,
    pub idx: Cell<i64>,
}

// SAFETY: repr(C), Header first; every Kind::SeqIter object is a SeqIterObj.
unsafe impl Object for SeqIterObj {
    const KINDS: &'static [Kind] = &[Kind::SeqIter];

    fn trace(&self, t: &mut crate::gc::Tracer) {
        t.visit(self.seq.get());
    }
}

// ---- constructors -------------------------------------------------------------------

/// `func` bound to `self_`.
pub fn new_method(func: Value, self_: Value) -> Value {
    Value::from_ref(crate::gc::alloc(MethodObj {
        header: Header::new(&METHOD_TYPE),
        func,
        self_,
    }))
}

/// `staticmethod(f)`
pub fn new_staticmethod(func: Value) -> Value {
    Value::from_ref(crate::gc::alloc(StaticMethodObj {
        header: Header::new(&STATICMETHOD_TYPE),
        func,
    }))
}

/// `classmethod(f)`
pub fn new_classmethod(func: Value) -> Value {
    Value::from_ref(crate::gc::alloc(StaticMethodObj {
        header: Header::new(&CLASSMETHOD_TYPE),
        func,
    }))
}

fn new_property(fget: Value, fset: Value, fdel: Value, doc: Value, name: Value) -> Value {
    Value::from_ref(crate::gc::alloc(PropertyObj {
        header: Header::new(&PROPERTY_TYPE),
        fget,
        fset,
        fdel,
        doc,
        name: Cell::new(name),
    }))
}

/// The iterator over an object with `__getitem__`.
pub fn new_seqiter(seq: Value) -> Value {
    Value::from_ref(crate::gc::alloc(SeqIterObj {
        header: Header::new(&SEQITER_TYPE),
        seq: Cell::new(seq),
        idx: Cell::new(0),
    }))
}

/// `super(t, obj)`, with CPython's checks.
pub fn new_super(t: Value, obj: Value) -> R<Value> {
    let Some(start) = t.downcast::<TypeObj>() else {
        return Err(type_error(format!(
            "super() argument 1 must be a type, not {}",
            object::type_name(t)
        )));
    };
    let obj_type = match obj.downcast::<TypeObj>() {
        Some(ot) if ot.is_subtype(start) => ot,
        _ if object::isinstance(obj, start) => object::type_of(obj),
        _ => {
            return Err(type_error(
                "super(type, obj): obj must be an instance or subtype of type",
            ))
        }
    };
    Ok(Value::from_ref(crate::gc::alloc(SuperObj {
        header: Header::new(&SUPER_TYPE),
        start,
        obj,
        obj_type,
    })))
}

/// Calls one of this module's types (`property(f)`, `super(C, o)`, ...);
/// `None` if `t` is not one of them.
pub fn call_type(t: &'static TypeObj, args: Args) -> Option<R<Value>> {
    let is = |o: &'static TypeObj| std::ptr::eq(t, o);
    Some(if is(&PROPERTY_TYPE) {
        property_new(args)
    } else if is(&STATICMETHOD_TYPE) {
        one_callable("staticmethod", args).map(new_staticmethod)
    } else if is(&CLASSMETHOD_TYPE) {
        one_callable("classmethod", args).map(new_classmethod)
    } else if is(&SUPER_TYPE) {
        super_new(args)
    } else if is(&METHOD_TYPE) {
        (|| {
            let pos = crate::builtins::args::check_positional("method", &args, 2, 2)?;
            if !crate::builtins::functions::is_callable(pos[0]) {
                return Err(type_error("first argument must be callable"));
            }
            Ok(new_method(pos[0], pos[1]))
        })()
    } else if is(&OBJECT_TYPE) {
        if !args.pos.is_empty() || !args.kwnames.is_empty() {
            Err(type_error("object() takes no arguments"))
        } else {
            Ok(instance::new_object())
        }
    } else {
        return None;
    })
}

fn one_callable(fname: &str, args: Args) -> R<Value> {
    args.no_kwargs(fname)?;
    match args.pos {
        [f] => Ok(*f),
        _ => Err(type_error(format!(
            "{fname} expected 1 argument, got {}",
            args.pos.len()
        ))),
    }
}

fn property_new(args: Args) -> R<Value> {
    let [fget, fset, fdel, doc] = crate::builtins::args::bind_clinic(
        "property",
        &args,
        ["fget", "fset", "fdel", "doc"],
        0,
        0,
    )?;
    let none = object::none;
    let fget = fget.unwrap_or_else(none);
    let mut doc = doc.unwrap_or_else(none);
    // Without a doc of its own a property shows its getter's docstring.
    if object::is_none(doc) && !object::is_none(fget) {
        let name = crate::objects::str::new("__doc__");
        match dispatch::getattr(fget, name) {
            Ok(d) => doc = d,
            Err(Pending) if crate::exc::error::take_pending_if(&exc::ATTRIBUTE_ERROR) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(new_property(
        fget,
        fset.unwrap_or_else(none),
        fdel.unwrap_or_else(none),
        doc,
        Value::NULL,
    ))
}

fn super_new(args: Args) -> R<Value> {
    args.no_kwargs("super")?;
    match args.pos {
        [] => Err(raise(&exc::RUNTIME_ERROR, "super(): no arguments")),
        [t] => {
            if t.kind() != Kind::Type {
                return Err(type_error(format!(
                    "super() argument 1 must be a type, not {}",
                    object::type_name(*t)
                )));
            }
            Err(type_error("not supported yet: unbound super objects"))
        }
        [t, o] => new_super(*t, *o),
        _ => Err(type_error(format!(
            "super() takes at most 2 arguments ({} given)",
            args.pos.len()
        ))),
    }
}

// ---- the descriptor protocol ----------------------------------------------------------

/// True if class attribute `v` takes precedence over an instance's dict:
/// a property, or an instance of a user class with `__set__`/`__delete__`.
#[inline]
pub fn is_data_descriptor(v: Value) -> bool {
    if v.is_small() {
        return false;
    }
    match v.header().kind {
        Kind::Property => true,
        Kind::Descr => crate::types::descr::is_data(v.as_ref()),
        Kind::Instance => class::of_value(v)
            .is_some_and(|c| !c.slot(Slot::Set).is_null() || !c.slot(Slot::Delete).is_null()),
        _ => false,
    }
}

/// Class attribute `v` read through instance `o` of type `t`.
pub fn get_from_instance(v: Value, o: Value, t: &'static TypeObj) -> R<Value> {
    if v.is_small() {
        return Ok(v);
    }
    match v.header().kind {
        // A built-in type's slot wrapper (`__hash__ = int.__hash__` in a
        // class body) binds like a function.
        Kind::Func => Ok(new_method(v, o)),
        Kind::Builtin if v.as_ref::<crate::objects::func::BuiltinObj>().binds => {
            Ok(new_method(v, o))
        }
        // A built-in type's table attribute (`__str__ = int.__repr__` in
        // a class body) binds as CPython's descriptors do.
        Kind::Descr => {
            let def: &'static crate::types::AttrDef = v.as_ref();
            crate::types::descr::check_receiver(def, o)?;
            crate::types::descr::get_through_instance(def, o)
        }
        Kind::StaticMethod => Ok(v.as_ref::<StaticMethodObj>().func),
        Kind::ClassMethod => Ok(new_method(v.as_ref::<StaticMethodObj>().func, t.value())),
        Kind::Property => property_get(v, o),
        Kind::Instance => match class::of_value(v).map(|c| c.slot(Slot::Get)) {
            Some(get) if !get.is_null() => instance::call_special(get, v, &[o, t.value()]),
            _ => Ok(v),
        },
        _ => Ok(v),
    }
}

/// Class attribute `v` read through the class `t` itself.
pub fn get_from_class(v: Value, t: &'static TypeObj) -> R<Value> {
    if v.is_small() {
        return Ok(v);
    }
    match v.header().kind {
        Kind::StaticMethod => Ok(v.as_ref::<StaticMethodObj>().func),
        Kind::ClassMethod => Ok(new_method(v.as_ref::<StaticMethodObj>().func, t.value())),
        Kind::Descr => Ok(crate::types::descr::get_through_type(v.as_ref(), t)),
        Kind::Instance => match class::of_value(v).map(|c| c.slot(Slot::Get)) {
            Some(get) if !get.is_null() => {
                instance::call_special(get, v, &[object::none(), t.value()])
            }
            _ => Ok(v),
        },
        _ => Ok(v),
    }
}

/// Assigns through data descriptor `d` found on the class of `o`.
pub fn descriptor_set(d: Value, o: Value, v: Value) -> R<()> {
    if let Some(p) = d.downcast::<PropertyObj>() {
        if object::is_none(p.fset) {
            return Err(property_error(p, o, "setter"));
        }
        dispatch::call(p.fset, Args::positional(&[o, v]))?;
        return Ok(());
    }
    if let Some(def) = d.downcast::<crate::types::AttrDef>() {
        if let Some(r) = crate::types::descr::set_through_instance(def, o, v) {
            return r;
        }
    }
    let set = class::of_value(d).map_or(Value::NULL, |c| c.slot(Slot::Set));
    if set.is_null() {
        return Err(raise(&exc::ATTRIBUTE_ERROR, "__set__"));
    }
    instance::call_special(set, d, &[o, v])?;
    Ok(())
}

/// Deletes through data descriptor `d` found on the class of `o`.
pub fn descriptor_delete(d: Value, o: Value) -> R<()> {
    if let Some(p) = d.downcast::<PropertyObj>() {
        if object::is_none(p.fdel) {
            return Err(property_error(p, o, "deleter"));
        }
        dispatch::call(p.fdel, Args::positional(&[o]))?;
        return Ok(());
    }
    if let Some(def) = d.downcast::<crate::types::AttrDef>() {
        if let Some(r) = crate::types::descr::set_through_instance(def, o, Value::NULL) {
            return r;
        }
    }
    let del = class::of_value(d).map_or(Value::NULL, |c| c.slot(Slot::Delete));
    if del.is_null() {
        return Err(raise(&exc::ATTRIBUTE_ERROR, "__delete__"));
    }
    instance::call_special(del, d, &[o])?;
    Ok(())
}

fn property_get(p: Value, o: Value) -> R<Value> {
    let p = p.as_ref::<PropertyObj>();
    if object::is_none(p.fget) {
        return Err(property_error(p, o, "getter"));
    }
    dispatch::call(p.fget, Args::positional(&[o]))
}

/// CPython 3.11's "property 'x' of 'C' object has no setter".
fn property_error(p: &PropertyObj, o: Value, what: &str) -> Pending {
    let name = p.name.get();
    let msg = if name.is_null() {
        format!(
            "property of '{}' object has no {what}",
            object::type_name(o)
        )
    } else {
        format!(
            "property {} of '{}' object has no {what}",
            dispatch::repr(name).unwrap_or_default(),
            object::type_name(o)
        )
    };
    raise(&exc::ATTRIBUTE_ERROR, msg)
}

// ---- calls ------------------------------------------------------------------------

/// Calls a bound method object.
pub fn call_method_obj(m: Value, args: Args) -> R<Value> {
    let m = m.as_ref::<MethodObj>();
    instance::call_with_self(m.func, m.self_, args)
}

/// `x.name(args)` for the objects of this module (`p.setter(f)`, `super().m()`).
pub fn call_method(o: Value, name: Value, args: Args) -> R<Value> {
    if o.kind() == Kind::Super {
        return super_call_method(o, name, args);
    }
    if let Some(p) = o.downcast::<PropertyObj>() {
        let n = crate::objects::str::as_str(name);
        let which = match n {
            "getter" => Some(0),
            "setter" => Some(1),
            "deleter" => Some(2),
            _ => None,
        };
        if let Some(which) = which {
            let f = one_callable(n, args)?;
            let mut parts = [p.fget, p.fset, p.fdel];
            parts[which] = f;
            return Ok(new_property(
                parts[0],
                parts[1],
                parts[2],
                p.doc,
                p.name.get(),
            ));
        }
    }
    let f = getattr(o, name)?;
    dispatch::call(f, args)
}

// ---- attributes ------------------------------------------------------------------

/// `x.name` for the objects of this module.
pub fn getattr(o: Value, name: Value) -> R<Value> {
    let n = crate::objects::str::as_str(name);
    if n == "__class__" {
        return Ok(object::type_of(o).value());
    }
    let r = match o.kind() {
        Kind::Method => {
            let m = o.as_ref::<MethodObj>();
            match n {
                "__self__" => Some(m.self_),
                "__func__" => Some(m.func),
                // As CPython's method objects: every other attribute is the
                // function's (a decorator's marks on it, `__dict__`,
                // `__defaults__`), with the function's AttributeError.
                _ => return dispatch::getattr(m.func, name),
            }
        }
        Kind::Property => {
            let p = o.as_ref::<PropertyObj>();
            match n {
                "fget" => Some(p.fget),
                "fset" => Some(p.fset),
                "fdel" => Some(p.fdel),
                "__isabstractmethod__" => {
                    let mut any = false;
                    for f in [p.fget, p.fset, p.fdel] {
                        if !any && !f.is_null() && !object::is_none(f) {
                            any = crate::class::abc::is_abstract_value(f)?;
                        }
                    }
                    Some(object::boolean(any))
                }
                "__doc__" => Some(p.doc),
                "getter" | "setter" | "deleter" => Some(crate::objects::func::bind_method(o, name)),
                _ => None,
            }
        }
        Kind::StaticMethod | Kind::ClassMethod => {
            let f = o.as_ref::<StaticMethodObj>().func;
            match n {
                "__func__" | "__wrapped__" => Some(f),
                "__name__" | "__qualname__" | "__doc__" => Some(dispatch::getattr(f, name)?),
                "__isabstractmethod__" => {
                    Some(object::boolean(crate::class::abc::is_abstract_value(f)?))
                }
                _ => None,
            }
        }
        Kind::Super => return super_getattr(o, name),
        _ => None,
    };
    r.ok_or_else(|| crate::exc::error::no_attribute(o, n))
}

fn super_parts(s: Value) -> &'static SuperObj {
    s.as_ref::<SuperObj>()
}

/// True if the super object binds to a class (classmethods, `__new__`).
fn binds_class(s: &SuperObj) -> bool {
    s.obj == s.obj_type.value()
}

fn super_getattr(s: Value, name: Value) -> R<Value> {
    let sp = super_parts(s);
    let n = crate::objects::str::as_str(name);
    match n {
        "__thisclass__" => return Ok(sp.start.value()),
        "__self__" => return Ok(sp.obj),
        "__self_class__" => return Ok(sp.obj_type.value()),
        _ => {}
    }
    match class::lookup_after(sp.obj_type, sp.start, name) {
        Some(Found::Attr(v)) if binds_class(sp) => get_from_class(v, sp.obj_type),
        Some(Found::Attr(v)) => get_from_instance(v, sp.obj, sp.obj_type),
        Some(Found::Builtin(b))
            if binds_class(sp) && n != "__init_subclass__" && n != "__subclasshook__" =>
        {
            Ok(basetype::unbound(b, name, sp.obj_type))
        }
        Some(Found::Builtin(b)) => basetype::bound(b, name, sp.obj),
        None => Err(crate::exc::error::no_attribute(s, n)),
    }
}

fn super_call_method(s: Value, name: Value, args: Args) -> R<Value> {
    let sp = super_parts(s);
    let n = crate::objects::str::as_str(name);
    match class::lookup_after(sp.obj_type, sp.start, name) {
        Some(Found::Attr(v)) if v.kind() == Kind::Func && !binds_class(sp) => {
            instance::call_with_self(v, sp.obj, args)
        }
        Some(Found::Attr(v)) if v.kind() == Kind::ClassMethod => instance::call_with_self(
            v.as_ref::<StaticMethodObj>().func,
            sp.obj_type.value(),
            args,
        ),
        Some(Found::Builtin(b))
            if !binds_class(sp) || n == "__init_subclass__" || n == "__subclasshook__" =>
        {
            basetype::call(b, name, sp.obj, args)
        }
        _ => {
            let f = super_getattr(s, name)?;
            dispatch::call(f, args)
        }
    }
}

// ---- repr, equality, iteration ------------------------------------------------------

/// `repr` of the objects of this module.
pub fn repr(v: Value) -> R<String> {
    Ok(match v.kind() {
        Kind::Method => {
            let m = v.as_ref::<MethodObj>();
            {
                let qn = match dispatch::getattr(m.func, crate::objects::str::new("__qualname__")) {
                    Ok(q) if q.kind() == Kind::Str => crate::objects::str::as_str(q).to_string(),
                    _ => {
                        crate::exc::error::take_pending();
                        "?".to_string()
                    }
                };
                format!("<bound method {qn} of {}>", dispatch::repr(m.self_)?)
            }
        }
        Kind::Super => {
            let s = v.as_ref::<SuperObj>();
            format!(
                "<super: <class '{}'>, <{} object>>",
                s.start.name, s.obj_type.name
            )
        }
        _ => format!("<{} object at {:#x}>", object::type_name(v), v.0),
    })
}

/// `m1 == m2` for bound methods: same function, same `self` (by identity).
pub fn method_eq(a: Value, b: Value) -> Option<bool> {
    let (x, y) = (a.downcast::<MethodObj>()?, b.downcast::<MethodObj>()?);
    Some(x.self_ == y.self_ && x.func == y.func)
}

/// `hash(m)` for a bound method: from its `self` and function identities.
pub fn method_hash(m: Value) -> i64 {
    let m = m.as_ref::<MethodObj>();
    (m.self_.0.rotate_right(4) ^ m.func.0.rotate_right(4)) as i64
}

/// The next item of a `__getitem__` iterator.
pub fn seqiter_next(it: Value) -> R<Option<Value>> {
    let s = it.as_ref::<SeqIterObj>();
    let seq = s.seq.get();
    if seq.is_null() {
        return Ok(None);
    }
    let i = s.idx.get();
    match dispatch::getitem(seq, crate::objects::int::from_i64(i)) {
        Ok(v) => {
            s.idx.set(i + 1);
            Ok(Some(v))
        }
        Err(p) => {
            let e = crate::exc::error::pending();
            if object::isinstance(e, &exc::INDEX_ERROR)
                || object::isinstance(e, &exc::STOP_ITERATION)
            {
                crate::exc::error::take_pending();
                s.seq.set(Value::NULL);
                Ok(None)
            } else {
                Err(p)
            }
        }
    }
}

// ---- attributes of functions ---------------------------------------------------------

fn func_dict(f: Value, create: bool) -> Option<Value> {
    let d = func::extra(f).dict;
    if !d.is_null() {
        return Some(d);
    }
    if !create {
        return None;
    }
    let d = crate::objects::dict::new();
    func::update_extra(f, |e| e.dict = d);
    Some(d)
}

/// `f.name` for attributes a function gets through its dict (set ones,
/// `__dict__`) and the writable special ones; `None` for the built-in ones.
pub fn func_attr_get(f: Value, name: Value) -> R<Option<Value>> {
    let n = crate::objects::str::as_str(name);
    let extra = func::extra(f);
    match n {
        "__name__" if !extra.name.is_null() => return Ok(Some(extra.name)),
        "__qualname__" if !extra.qualname.is_null() => return Ok(Some(extra.qualname)),
        "__doc__" if !extra.doc.is_null() => return Ok(Some(extra.doc)),
        "__module__" if !extra.module.is_null() => return Ok(Some(extra.module)),
        _ => {}
    }
    if !extra.dict.is_null() {
        if let Some(v) = crate::objects::dict::get(extra.dict, name)? {
            return Ok(Some(v));
        }
    }
    Ok(match n {
        "__dict__" => func_dict(f, true),
        "__module__" => Some(crate::objects::str::new(
            crate::protocol::import::module_name_of(f.as_ref::<func::FuncObj>().desc.module),
        )),
        "__doc__" => Some(match func::doc(f) {
            Some(doc) => crate::objects::str::new(&doc),
            None => object::none(),
        }),
        "__defaults__" => Some(func::defaults(f)),
        "__kwdefaults__" => Some(func::kwdefaults(f)),
        "__annotations__" => Some(func::annotations(f)),
        _ => None,
    })
}

/// `f.name = v`
pub fn func_attr_set(f: Value, name: Value, v: Value) -> R<()> {
    match crate::objects::str::as_str(name) {
        "__defaults__" => return func::set_defaults(f, false, v),
        "__kwdefaults__" => return func::set_defaults(f, true, v),
        "__annotations__" => return func::set_annotations(f, v),
        n @ ("__name__" | "__qualname__") => {
            // A str subclass instance counts as its str.
            if crate::objects::str::try_str(instance::unwrap(v)).is_none() {
                return Err(type_error(format!("{n} must be set to a string object")));
            }
            let qual = n == "__qualname__";
            func::update_extra(f, |e| if qual { e.qualname = v } else { e.name = v });
            return Ok(());
        }
        "__doc__" => {
            func::update_extra(f, |e| e.doc = v);
            return Ok(());
        }
        "__module__" => {
            func::update_extra(f, |e| e.module = v);
            return Ok(());
        }
        "__dict__" => {
            if v.kind() != Kind::Dict {
                return Err(type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    object::type_name(v)
                )));
            }
            func::update_extra(f, |e| e.dict = v);
            return Ok(());
        }
        _ => {}
    }
    let d = func_dict(f, true).unwrap_or_else(crate::objects::dict::new);
    crate::objects::dict::setitem(d, name, v)
}

/// `del f.name`
pub fn func_attr_del(f: Value, name: Value) -> R<()> {
    match crate::objects::str::as_str(name) {
        n @ ("__name__" | "__qualname__") => {
            return Err(type_error(format!("{n} must be set to a string object")))
        }
        // Deleting them leaves None, as CPython's members do.
        "__doc__" | "__module__" | "__defaults__" | "__kwdefaults__" => {
            return func_attr_set(f, name, object::none())
        }
        "__annotations__" => {
            // The next read makes a fresh dict.
            return func_attr_set(f, name, crate::objects::dict::new());
        }
        "__dict__" => return Err(type_error("cannot delete __dict__")),
        _ => {}
    }
    if let Some(d) = func_dict(f, false) {
        if crate::objects::dict::get(d, name)?.is_some() {
            return crate::objects::dict::delitem(d, name);
        }
    }
    Err(crate::exc::error::no_attribute(
        f,
        crate::objects::str::as_str(name),
    ))
}
