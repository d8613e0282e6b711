//! Weak references: `weakref.ref` (`weakref.ReferenceType`) objects and
//! the inner references of `weakref.proxy` objects. A weak reference does
//! not keep its referent alive: it is recorded with the collector
//! (`gc::weak`), which clears it when a collection finds the referent dead
//! and queues its callback for the next poll point. Which objects can be
//! weakly referenced, hashing and equality (by the referents while both
//! are alive, by identity after), the repr and the order `getweakrefs`
//! lists references in are CPython's. A subclass instance (`KeyedRef`,
//! `WeakMethod`) wraps one of these as its payload, which points back at
//! it (`owner`): the collector's lists, `getweakrefs` and callbacks see the
//! subclass instance.

use crate::class::instance;
use crate::exc::error::{type_error, R};
use crate::gc::finalize::Finalizer;
use crate::gc::weak::{self, WeakHooks};
use crate::object::{self, Header, Kind, Object, TypeObj, OBJECT_TYPE};
use crate::protocol::args::Args;
use crate::protocol::dispatch;
use crate::types::slots;
use crate::value::Value;
use alrt_abi::ops::CmpOp;
use std::cell::Cell;

/// `weakref.ref`, whose CPython name is `weakref.ReferenceType`.
pub static REF_TYPE: TypeObj =
    TypeObj::builtin("weakref.ReferenceType", Some(&OBJECT_TYPE), Kind::WeakRef).with_attrs(&ATTRS);

/// A weak reference, or the inner reference of a proxy.
#[repr(C)]
pub struct WeakRefObj {
    pub header: Header,
    /// The referent, or None once it has died. Not traced: it is what
    /// the reference must not keep alive.
    referent: Cell<Value>,
    /// The callback (None: none, or already called).
    callback: Cell<Value>,
    /// The subclass instance or proxy this reference belongs to (null:
    /// the reference itself is the object programs see).
    owner: Cell<Value>,
    /// The referent's hash, once computed (it survives the referent).
    hash: Cell<Option<i64>>,
    /// True for a proxy's reference.
    proxy: bool,
}

// SAFETY: repr(C), Header first; every Kind::WeakRef object is a WeakRefObj.
unsafe impl Object for WeakRefObj {
    const KINDS: &'static [Kind] = &[Kind::WeakRef];

    fn trace(&self, t: &mut crate::gc::Tracer) {
        t.visit(self.callback.get());
        t.visit(self.owner.get());
    }
}

/// How the collector handles weak references.
static HOOKS: WeakHooks = WeakHooks {
    clear: |wr| obj(wr).referent.set(object::none()),
    has_callback: |wr| !object::is_none(obj(wr).callback.get()),
    callback: &CALLBACK,
};

/// The callback of a reference whose referent died, run from the
/// finaliser queue.
static CALLBACK: Finalizer = Finalizer {
    pending: |_| true,
    run: run_callback,
};

/// The reference behind `v`: `v` itself, or a subclass instance's payload.
fn obj(v: Value) -> &'static WeakRefObj {
    instance::unwrap(v).as_ref::<WeakRefObj>()
}

/// The reference object programs see for `wr`: its owner if it has one.
fn visible(wr: &'static WeakRefObj) -> Value {
    let o = wr.owner.get();
    if o.is_null() {
        Value::from_ref(wr)
    } else {
        o
    }
}

/// Calls the callback of `wr`, whose referent died, with the reference
/// (once: it is forgotten first); an exception is reported on stderr as
/// CPython's unraisable hook does, and dropped.
fn run_callback(wr: Value) {
    let w = obj(wr);
    let cb = w.callback.replace(object::none());
    if object::is_none(cb) {
        return;
    }
    if dispatch::call(cb, Args::positional(&[visible(w)])).is_err() {
        let e = crate::exc::error::take_pending();
        let what = dispatch::repr(cb).unwrap_or_else(|_| {
            crate::exc::error::take_pending();
            format!("<object repr() failed at {:#x}>", cb.0)
        });
        crate::builtins::output::flush();
        let report = crate::exc::traceback::format_unraisable(&what, e);
        crate::builtins::output::write_err(&report);
    }
}

// ---- which objects can be weakly referenced --------------------------------------------

/// True if `v` can be weakly referenced, as CPython's types decide
/// (`tp_weaklistoffset`): user classes unless `__slots__` leaves out
/// `__weakref__` (`ClassData::weakrefable`), and the built-in types that
/// support it.
pub fn weakrefable(v: Value) -> bool {
    if v.is_small() {
        return false;
    }
    let h = v.header();
    if let Some(c) = h.ty.class {
        return c.weakrefable;
    }
    builtin_weakrefable(h.ty)
}

/// True if instances of built-in type `t` can be weakly referenced.
pub fn builtin_weakrefable(t: &'static TypeObj) -> bool {
    match t.inst_kind {
        Kind::Set
        | Kind::FrozenSet
        | Kind::Func
        | Kind::Builtin
        | Kind::BoundMethod
        | Kind::Method
        | Kind::Type
        | Kind::Generator
        | Kind::Coroutine
        | Kind::AsyncGenerator
        | Kind::Module
        | Kind::Deque
        | Kind::TextIO
        | Kind::StringIO
        | Kind::BinaryIO
        | Kind::MemoryView => true,
        Kind::Alias => std::ptr::eq(t, &crate::objects::alias::GENERIC_ALIAS_TYPE),
        // CPython makes `ExceptionGroup` at run time, as a class would be.
        Kind::Exception => t.is_subtype(&crate::exc::EXCEPTION_GROUP),
        _ => false,
    }
}

/// The TypeError for an object that cannot be weakly referenced.
fn refuse(v: Value) -> crate::exc::error::Pending {
    type_error(format!(
        "cannot create weak reference to '{}' object",
        object::type_name(v)
    ))
}

// ---- creating references ---------------------------------------------------------------

/// True for a reference that `weakref.ref(x)` (or `proxy(x)`) returns
/// again: of the exact type, without a callback.
fn is_basic(w: &WeakRefObj, proxy: bool) -> bool {
    w.proxy == proxy && object::is_none(w.callback.get()) && {
        let o = w.owner.get();
        if proxy {
            true
        } else {
            o.is_null()
        }
    }
}

/// Where a new reference goes in its referent's list, as CPython orders
/// it: the basic reference first, the basic proxy next, then every other
/// reference, newest first.
fn position(refs: &[Value], basic: bool, proxy: bool) -> usize {
    let basic_ref = refs.first().is_some_and(|&r| is_basic(obj(r), false));
    if basic && !proxy {
        return 0;
    }
    if basic {
        return usize::from(basic_ref);
    }
    refs.iter()
        .take_while(|&&r| is_basic(obj(r), false) || is_basic(obj(r), true))
        .count()
}

/// Allocates a reference to `ob` with `callback` (None for none) owned by
/// `owner` (null: none) and records it with the collector.
fn make(ob: Value, callback: Value, owner: Value, proxy: bool) -> &'static WeakRefObj {
    let w = crate::gc::alloc(WeakRefObj {
        header: Header::new(&REF_TYPE),
        referent: Cell::new(ob),
        callback: Cell::new(callback),
        owner: Cell::new(owner),
        hash: Cell::new(None),
        proxy,
    });
    let basic = object::is_none(callback) && (proxy || owner.is_null());
    let at = position(&weak::refs(ob), basic, proxy);
    weak::add(ob, Value::from_ref(w), at, &HOOKS);
    w
}

/// `ReferenceType.__new__(t, ob, callback=None)`: a reference to `ob` of
/// type `t` (`weakref.ref` or a subclass); the basic reference already
/// made for `ob`, if any, when `t` is `weakref.ref` and there is no
/// callback. Keywords are left to `__init__`, as in CPython.
pub fn new(t: &'static TypeObj, args: Args) -> R<Value> {
    let n = args.pos.len();
    if n == 0 {
        return Err(type_error(format!(
            "__new__ expected at least 1 argument, got {n}"
        )));
    }
    if n > 2 {
        return Err(type_error(format!(
            "__new__ expected at most 2 arguments, got {n}"
        )));
    }
    let ob = args.pos[0];
    let callback = args.pos.get(1).copied().unwrap_or_else(object::none);
    if !weakrefable(ob) {
        return Err(refuse(ob));
    }
    let exact = std::ptr::eq(t, &REF_TYPE);
    if exact && object::is_none(callback) {
        if let Some(&first) = weak::refs(ob).first() {
            if is_basic(obj(first), false) {
                return Ok(first);
            }
        }
    }
    if exact {
        return Ok(Value::from_ref(make(ob, callback, Value::NULL, false)));
    }
    // A subclass instance wrapping the reference: allocated first, so the
    // reference knows its owner from the start.
    let inst = instance::alloc(t, Value::NULL);
    let w = make(ob, callback, inst, false);
    inst.as_ref::<instance::InstanceObj>()
        .payload
        .set(Value::from_ref(w));
    Ok(inst)
}

/// `weakref.ref(ob, callback=None)`.
pub fn construct(args: Args) -> R<Value> {
    let r = new(&REF_TYPE, args)?;
    init_args(args)?;
    Ok(r)
}

/// `ReferenceType.__init__`: checks the arguments as `__new__` did (the
/// reference is already made).
pub fn init_args(args: Args) -> R<()> {
    args.no_kwargs("ref")?;
    let n = args.pos.len();
    if n == 0 {
        return Err(type_error(format!(
            "__init__ expected at least 1 argument, got {n}"
        )));
    }
    if n > 2 {
        return Err(type_error(format!(
            "__init__ expected at most 2 arguments, got {n}"
        )));
    }
    Ok(())
}

/// `_weakref._proxy(ob, callback, cls)`: the proxy object of class `cls`
/// (`weakref.ProxyType` or `CallableProxyType`, Al classes) for `ob`,
/// with its inner reference in attribute `_wr`; the basic proxy already
/// made for `ob`, if any, when there is no callback.
pub fn new_proxy(ob: Value, callback: Value, cls: Value) -> R<Value> {
    if !weakrefable(ob) {
        return Err(refuse(ob));
    }
    let Some(t) = cls.downcast::<TypeObj>().filter(|t| t.class.is_some()) else {
        return Err(type_error("_proxy() needs a class"));
    };
    if object::is_none(callback) {
        if let Some(&r) = weak::refs(ob).iter().find(|&&r| {
            is_basic(obj(r), true) && std::ptr::eq(object::type_of(obj(r).owner.get()), t)
        }) {
            return Ok(visible(obj(r)));
        }
    }
    let p = instance::alloc(t, Value::NULL);
    let w = make(ob, callback, p, true);
    instance::generic_setattr(p, crate::objects::str::new("_wr"), Value::from_ref(w))?;
    Ok(p)
}

// ---- using references ------------------------------------------------------------------

/// The referent of reference `r`, or None once it has died.
pub fn referent(r: Value) -> Value {
    obj(r).referent.get()
}

/// Calling a reference: `r()`.
pub fn call(r: Value, args: Args) -> R<Value> {
    args.no_kwargs("weakref")?;
    if !args.pos.is_empty() {
        return Err(type_error(format!(
            "weakref expected 0 arguments, got {}",
            args.pos.len()
        )));
    }
    Ok(referent(r))
}

/// `__call__` as a slot wrapper (the receiver may be a subclass instance).
fn call_slot(r: Value, args: Args) -> R<Value> {
    call(r, args)
}

/// `hash(r)`: the referent's hash, kept once computed; a TypeError if it
/// died before anyone asked.
pub fn hash(r: Value) -> R<i64> {
    let w = obj(r);
    if let Some(h) = w.hash.get() {
        return Ok(h);
    }
    let o = w.referent.get();
    if object::is_none(o) {
        return Err(type_error("weak object has gone away"));
    }
    let h = dispatch::hash(o)?;
    w.hash.set(Some(h));
    Ok(h)
}

/// `a == b` / `a != b` for two references (None for any other operator,
/// which is NotImplemented): the referents compared while both are alive,
/// else identity.
pub fn compare(a: Value, b: Value, op: CmpOp) -> R<Option<bool>> {
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(None);
    }
    let (wa, wb) = (obj(a), obj(b));
    let (ra, rb) = (wa.referent.get(), wb.referent.get());
    if object::is_none(ra) || object::is_none(rb) {
        let same = std::ptr::eq(wa, wb);
        return Ok(Some(same == (op == CmpOp::Eq)));
    }
    let r = dispatch::compare(ra, rb, op)?;
    dispatch::truthy(r).map(Some)
}

/// The name CPython's repr of a weak reference shows for `o`'s type
/// (`tp_name`: a built-in type's dotted name, a class's `__name__`).
fn tp_name(o: Value) -> &'static str {
    object::type_name(o)
}

/// `repr(r)`: `<weakref at 0x...; to 'C' at 0x...>` (with `(name)` for a
/// referent that has a string `__name__`), `<weakref at 0x...; dead>`; a
/// proxy's reference gives the proxy's repr.
pub fn repr(r: Value) -> R<String> {
    let w = obj(r);
    let me = visible(w);
    let o = w.referent.get();
    if w.proxy {
        return Ok(format!(
            "<weakproxy at {:#x} to {} at {:#x}>",
            me.0,
            tp_name(o),
            o.0
        ));
    }
    if object::is_none(o) {
        return Ok(format!("<weakref at {:#x}; dead>", me.0));
    }
    let name = match dispatch::getattr(o, crate::objects::str::new("__name__")) {
        Ok(n) => crate::objects::str::try_str(n).map(str::to_string),
        Err(p) => {
            if !crate::exc::error::take_pending_if(&crate::exc::ATTRIBUTE_ERROR) {
                return Err(p);
            }
            None
        }
    };
    Ok(match name {
        Some(n) => format!(
            "<weakref at {:#x}; to '{}' at {:#x} ({n})>",
            me.0,
            tp_name(o),
            o.0
        ),
        None => format!(
            "<weakref at {:#x}; to '{}' at {:#x}>",
            me.0,
            tp_name(o),
            o.0
        ),
    })
}

/// `r.__callback__`: the callback, or None (none, or already called).
fn callback_value(r: Value) -> Value {
    obj(r).callback.get()
}

/// `_weakref.getweakrefcount(o)`: how many references and proxies to `o`
/// are alive.
pub fn count(o: Value) -> usize {
    if !weakrefable(o) {
        return 0;
    }
    weak::refs(o).len()
}

/// `_weakref.getweakrefs(o)`: the references and proxies to `o`, basic
/// ones first.
pub fn all(o: Value) -> Vec<Value> {
    if !weakrefable(o) {
        return Vec::new();
    }
    weak::refs(o).into_iter().map(|r| visible(obj(r))).collect()
}

/// `o.__weakref__`: the first reference to `o`, or None.
pub fn first(o: Value) -> Value {
    all(o).first().copied().unwrap_or_else(object::none)
}

crate::attr_table! {
    /// The attributes of `weakref.ReferenceType`.
    pub static ATTRS for REF_TYPE = [
        slot "__call__" => call_slot;
        member "__callback__" => |r| Ok(callback_value(r));
        classmethod "__class_getitem__" => slots::class_getitem;
        slot "__eq__" => slots::eq;
        slot "__ge__" => slots::ge;
        slot "__gt__" => slots::gt;
        slot "__hash__" => slots::hash;
        slot "__init__" => slots::init;
        slot "__le__" => slots::le;
        slot "__lt__" => slots::lt;
        slot "__ne__" => slots::ne;
        new "__new__" => slots::new;
        slot "__repr__" => slots::repr;
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::class::instance::new_object;
    use crate::testing::{i, ints, s};

    #[test]
    fn which_objects_can_be_weakly_referenced() {
        assert!(!weakrefable(i(1)));
        assert!(!weakrefable(s("x")));
        assert!(!weakrefable(ints(&[1])));
        assert!(!weakrefable(new_object()));
        assert!(!weakrefable(object::none()));
        assert!(weakrefable(crate::objects::set::new_set()));
        assert!(weakrefable(object::INT_TYPE.value()));
    }

    #[test]
    fn refusal_names_the_type() {
        let Err(_) = construct(Args::positional(&[i(5)])) else {
            panic!("int accepted");
        };
        let e = crate::exc::error::take_pending();
        assert_eq!(
            dispatch::str_of(e).unwrap_or_default(),
            "cannot create weak reference to 'int' object"
        );
    }

    #[test]
    fn basic_references_are_shared_and_listed_first() {
        let o = crate::objects::set::new_set();
        let cb = Value::from_ref(&crate::builtins::functions::LEN);
        let with_cb = construct(Args::positional(&[o, cb])).unwrap_or(Value::NULL);
        let basic = construct(Args::positional(&[o])).unwrap_or(Value::NULL);
        let again = construct(Args::positional(&[o])).unwrap_or(Value::NULL);
        assert_eq!(basic, again);
        assert_ne!(basic, with_cb);
        assert_eq!(all(o), vec![basic, with_cb]);
        assert_eq!(count(o), 2);
        assert_eq!(first(o), basic);
        assert_eq!(referent(basic), o);
        assert_eq!(callback_value(with_cb), cb);
    }
}
