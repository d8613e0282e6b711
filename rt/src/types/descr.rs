//! The descriptors of built-in types and what reading and calling them
//! does: `list.append` (a `method_descriptor`), `int.__add__` (a
//! `wrapper_descriptor`), `int.real` (a `getset_descriptor`), and the
//! bound forms `[].append` (`builtin_function_or_method`) and
//! `(5).__add__` (`method-wrapper`), with CPython's reprs and messages.

use super::{AttrDef, AttrKind};
use crate::exc::error::{type_error, R};
use crate::object::{self, Kind, TypeObj, OBJECT_TYPE};
use crate::protocol::args::Args;
use crate::state::GlobalCell;
use crate::value::Value;
use std::collections::HashMap;

macro_rules! descr_types {
    ($($(#[$m:meta])* $id:ident = ($name:literal $(, $attrs:path)?);)*) => {
        $($(#[$m])* pub static $id: TypeObj =
            TypeObj::builtin($name, Some(&OBJECT_TYPE), Kind::Descr)$(.with_attrs(&$attrs))?;)*
    };
}

descr_types! {
    /// `method_descriptor`: `list.append`.
    METHOD_DESCRIPTOR_TYPE = ("method_descriptor", super::descr_type::METHOD_ATTRS);
    /// `wrapper_descriptor`: `int.__add__`.
    WRAPPER_DESCRIPTOR_TYPE = ("wrapper_descriptor", super::descr_type::WRAPPER_ATTRS);
    /// `classmethod_descriptor`: `dict.__dict__['fromkeys']`.
    CLASSMETHOD_DESCRIPTOR_TYPE = ("classmethod_descriptor", super::descr_type::CLASSMETHOD_ATTRS);
    /// `staticmethod`: `str.__dict__['maketrans']`.
    STATIC_DESCRIPTOR_TYPE = ("staticmethod");
    /// `__new__` in a built-in type's dict.
    NEW_DESCRIPTOR_TYPE = ("builtin_function_or_method");
    /// `getset_descriptor`: `int.real`.
    GETSET_DESCRIPTOR_TYPE = ("getset_descriptor", super::descr_type::GETSET_ATTRS);
    /// `member_descriptor`: `range.start`.
    MEMBER_DESCRIPTOR_TYPE = ("member_descriptor", super::descr_type::MEMBER_ATTRS);
}

/// `method-wrapper`: a special method bound to its receiver, `(5).__add__`.
pub static METHOD_WRAPPER_TYPE: TypeObj =
    TypeObj::builtin("method-wrapper", Some(&OBJECT_TYPE), Kind::BoundMethod);

/// The Python type of a table entry of this kind.
pub const fn type_for(kind: &AttrKind) -> &'static TypeObj {
    match kind {
        AttrKind::Method(_) | AttrKind::RawMethod(_) => &METHOD_DESCRIPTOR_TYPE,
        AttrKind::Slot(_) => &WRAPPER_DESCRIPTOR_TYPE,
        AttrKind::ClassMethod(_) => &CLASSMETHOD_DESCRIPTOR_TYPE,
        AttrKind::StaticMethod(_) => &STATIC_DESCRIPTOR_TYPE,
        AttrKind::New(_) => &NEW_DESCRIPTOR_TYPE,
        AttrKind::GetSet(..) | AttrKind::NoneValue | AttrKind::Const(_) => &GETSET_DESCRIPTOR_TYPE,
        AttrKind::Member(..) | AttrKind::SlotMember => &MEMBER_DESCRIPTOR_TYPE,
    }
}

/// What a getset or member of `def` works on for receiver `o`: the
/// instance itself for the entries of `object`, `BaseException` and user
/// classes, the wrapped built-in value for the other types' entries.
fn receiver(def: &'static AttrDef, o: Value) -> Value {
    if matches!(def.owner.inst_kind, Kind::Instance | Kind::Exception) {
        o
    } else {
        crate::class::instance::unwrap(o)
    }
}

/// `def` bound to `receiver`.
pub fn bound(def: &'static AttrDef, receiver: Value) -> Value {
    crate::objects::func::bind_def(receiver, def)
}

/// The `__new__`s bound to their owners, one each, by entry address.
static OWNED_NEW: GlobalCell<Option<HashMap<usize, Value>>> = GlobalCell::new(None);

/// `T.__new__`: one object per type, so `C.__new__ is object.__new__`
/// holds as in CPython (where it is stored in the type's dict).
fn owned_new(def: &'static AttrDef) -> Value {
    let key = def as *const AttrDef as usize;
    if let Some(v) = OWNED_NEW.with(|m| m.get_or_insert_with(HashMap::new).get(&key).copied()) {
        return v;
    }
    let v = bound(def, def.owner.value());
    OWNED_NEW.with(|m| m.get_or_insert_with(HashMap::new).insert(key, v));
    v
}

/// The bound `__new__`s, which the collector must keep alive.
pub fn for_each_root(mut f: impl FnMut(Value)) {
    OWNED_NEW.with(|m| {
        if let Some(m) = m {
            m.values().for_each(|v| f(*v));
        }
    });
}

/// `o.name` where `name` is `def` in the table of `o`'s type or a base.
pub fn get_through_instance(def: &'static AttrDef, o: Value) -> R<Value> {
    match def.kind {
        AttrKind::Method(_) | AttrKind::RawMethod(_) | AttrKind::Slot(_) => Ok(bound(def, o)),
        AttrKind::ClassMethod(_) | AttrKind::StaticMethod(_) => {
            Ok(bound(def, object::type_of(o).value()))
        }
        // `__new__` stays its owner's (`C.__new__ is object.__new__`).
        AttrKind::New(_) => Ok(owned_new(def)),
        AttrKind::GetSet(get, _) | AttrKind::Member(get, _) => get(receiver(def, o)),
        AttrKind::SlotMember => crate::class::members::member_get(def, o),
        AttrKind::NoneValue => Ok(object::none()),
        AttrKind::Const(f) => Ok(f()),
    }
}

/// `o.name(args)` where `name` is `def` in the table of `o`'s type or a
/// base, without creating the bound method.
#[inline]
pub fn call_through_instance(def: &'static AttrDef, o: Value, args: Args) -> R<Value> {
    match def.kind {
        AttrKind::Method(_) | AttrKind::RawMethod(_) | AttrKind::Slot(_) => call_def(def, o, args),
        AttrKind::ClassMethod(_) | AttrKind::StaticMethod(_) => {
            call_def(def, object::type_of(o).value(), args)
        }
        AttrKind::New(_) => call_def(def, def.owner.value(), args),
        _ => {
            let f = get_through_instance(def, o)?;
            crate::protocol::dispatch::call(f, args)
        }
    }
}

/// `T.name` where `name` is `def` in the table of `T` or a base: methods
/// and data descriptors are the descriptor itself; class and static
/// methods come bound to `T`.
pub fn get_through_type(def: &'static AttrDef, t: &'static TypeObj) -> Value {
    match def.kind {
        AttrKind::ClassMethod(_) | AttrKind::StaticMethod(_) => bound(def, t.value()),
        AttrKind::New(_) => owned_new(def),
        AttrKind::NoneValue => object::none(),
        AttrKind::Const(f) => f(),
        _ => def.value(),
    }
}

/// True if `def` is a data descriptor (a getset or member: CPython's
/// have `__set__` even when read-only).
pub fn is_data(def: &'static AttrDef) -> bool {
    matches!(
        def.kind,
        AttrKind::GetSet(..) | AttrKind::Member(..) | AttrKind::SlotMember
    )
}

/// `o.name = v` (null `v`: `del o.name`) through a data descriptor; None
/// when `def` is not a data descriptor at all.
pub fn set_through_instance(def: &'static AttrDef, o: Value, v: Value) -> Option<R<()>> {
    match def.kind {
        AttrKind::GetSet(_, set) | AttrKind::Member(_, set) => Some(match set {
            Some(set) => set(receiver(def, o), v),
            None => Err(readonly(def)),
        }),
        AttrKind::SlotMember => Some(crate::class::members::member_set(def, o, v)),
        _ => None,
    }
}

/// The AttributeError for writing a read-only getset or member.
fn readonly(def: &'static AttrDef) -> crate::exc::error::Pending {
    let msg = match def.kind {
        AttrKind::Member(..) => "readonly attribute".to_string(),
        _ => format!(
            "attribute '{}' of '{}' objects is not writable",
            def.name, def.owner.name
        ),
    };
    crate::exc::error::raise(&crate::exc::ATTRIBUTE_ERROR, msg)
}

/// Calls `def` on `recv` (the receiver it was bound to, or the first
/// argument of an unbound call, already checked). A method of a user
/// subclass instance of a built-in type works on its wrapped value; the
/// special methods receive the instance itself (`slots.rs`).
pub fn call_def(def: &'static AttrDef, recv: Value, args: Args) -> R<Value> {
    match def.kind {
        // Special methods unwrap the receiver themselves (`slots.rs`).
        AttrKind::Slot(f) | AttrKind::RawMethod(f) => f(recv, args),
        AttrKind::Method(f) => {
            if recv.is_small() || recv.header().ty.class.is_none() {
                return f(recv, args);
            }
            let owner_is_base = matches!(def.owner.inst_kind, Kind::Instance | Kind::Exception);
            if owner_is_base {
                return f(recv, args);
            }
            f(crate::class::instance::unwrap(recv), args)
        }
        AttrKind::ClassMethod(f) | AttrKind::New(f) => f(recv, args),
        AttrKind::StaticMethod(f) => f(Value::NULL, args),
        AttrKind::GetSet(..)
        | AttrKind::Member(..)
        | AttrKind::SlotMember
        | AttrKind::NoneValue
        | AttrKind::Const(_) => Err(type_error(format!(
            "'{}' object is not callable",
            def.header.ty.name
        ))),
    }
}

/// Calls the descriptor itself: `list.append(xs, 1)`, `int.__add__(2, 3)`,
/// `dict.__dict__['fromkeys'](dict, keys)`.
pub fn call_unbound(def: &'static AttrDef, args: Args) -> R<Value> {
    let owner = def.owner;
    if matches!(def.kind, AttrKind::ClassMethod(_)) {
        let Some((&cls, rest)) = args.pos.split_first() else {
            return Err(type_error(format!(
                "descriptor '{}' of '{}' object needs an argument",
                def.name, owner.name
            )));
        };
        check_class(def, cls)?;
        let rest = Args {
            pos: rest,
            kwnames: args.kwnames,
            kwvals: args.kwvals,
        };
        return call_def(def, cls, rest);
    }
    let slot = matches!(def.kind, AttrKind::Slot(_));
    let Some((&recv, rest)) = args.pos.split_first() else {
        return Err(type_error(if slot {
            format!(
                "descriptor '{}' of '{}' object needs an argument",
                def.name, owner.name
            )
        } else {
            format!(
                "unbound method {}.{}() needs an argument",
                owner.short_name(),
                def.name
            )
        }));
    };
    if !object::isinstance(recv, owner) {
        return Err(type_error(if slot {
            format!(
                "descriptor '{}' requires a '{}' object but received a '{}'",
                def.name,
                owner.name,
                object::type_name(recv)
            )
        } else {
            format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                def.name,
                owner.name,
                object::type_name(recv)
            )
        }));
    }
    let rest = Args {
        pos: rest,
        kwnames: args.kwnames,
        kwvals: args.kwvals,
    };
    call_def(def, recv, rest)
}

/// CPython's `descr_check`: an instance method, getset or member of a
/// type applies only to that type's instances (`class C: r = int.real`
/// cannot read `C().r`).
pub fn check_receiver(def: &'static AttrDef, o: Value) -> R<()> {
    let applies = matches!(
        def.kind,
        AttrKind::ClassMethod(_) | AttrKind::StaticMethod(_) | AttrKind::New(_)
    ) || object::isinstance(o, def.owner);
    if applies {
        return Ok(());
    }
    Err(type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        def.name,
        def.owner.name,
        object::type_name(o)
    )))
}

/// The class a class method descriptor `def` is bound to or called with
/// must derive from its owner (CPython's `classmethod_get` checks).
pub fn check_class(def: &'static AttrDef, cls: Value) -> R<()> {
    let Some(t) = cls.downcast::<TypeObj>() else {
        return Err(type_error(format!(
            "descriptor '{}' for type '{}' needs a type, not a '{}' as arg 2",
            def.name,
            def.owner.name,
            object::type_name(cls)
        )));
    };
    if !t.is_subtype(def.owner) {
        return Err(type_error(format!(
            "descriptor '{}' requires a subtype of '{}' but received '{}'",
            def.name, def.owner.name, t.name
        )));
    }
    Ok(())
}

/// `repr` of a descriptor.
pub fn repr(def: &'static AttrDef) -> String {
    let (what, owner) = (def.name, def.owner.name);
    match def.kind {
        AttrKind::Slot(_) => format!("<slot wrapper '{what}' of '{owner}' objects>"),
        AttrKind::GetSet(..) | AttrKind::NoneValue | AttrKind::Const(_) => {
            format!("<attribute '{what}' of '{owner}' objects>")
        }
        AttrKind::Member(..) | AttrKind::SlotMember => {
            format!("<member '{what}' of '{owner}' objects>")
        }
        _ => format!("<method '{what}' of '{owner}' objects>"),
    }
}

/// `repr` of a bound entry.
pub fn bound_repr(def: &'static AttrDef, recv: Value) -> String {
    match def.kind {
        AttrKind::Slot(_) => format!(
            "<method-wrapper '{}' of {} object at {:#x}>",
            def.name,
            object::type_name(recv),
            recv.0
        ),
        _ => format!(
            "<built-in method {} of {} object at {:#x}>",
            def.name,
            object::type_name(recv),
            recv.0
        ),
    }
}

/// Attributes of a descriptor (`__name__`, `__qualname__`, `__objclass__`,
/// `__get__`).
pub fn attr(def: &'static AttrDef, name: &str) -> Option<Value> {
    Some(match name {
        "__name__" => crate::objects::str::new(def.name),
        "__qualname__" => {
            crate::objects::str::from_string(format!("{}.{}", def.owner.short_name(), def.name))
        }
        "__objclass__" => def.owner.value(),
        "__class__" => def.header.ty.value(),
        // A static method's descriptor is a `staticmethod` object.
        "__doc__" => match def.kind {
            AttrKind::StaticMethod(_) => super::docs::of_type(def.header.ty),
            _ => super::docs::of_def(def),
        },
        _ => return None,
    })
}

/// Attributes of a bound entry (`__self__`, `__name__`, `__qualname__`).
pub fn bound_attr(def: &'static AttrDef, recv: Value, name: &str) -> Option<Value> {
    Some(match name {
        "__self__" => recv,
        "__name__" | "__qualname__" => return attr(def, name),
        "__doc__" => super::docs::of_def(def),
        _ => return None,
    })
}
