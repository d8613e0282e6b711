//! What built-in bases give user classes: `object`'s defaults, the
//! behaviour of `BaseException`, and for classes deriving from `list`,
//! `dict`, `set`, `int`, `str`, ... the wrapped built-in value (the
//! instance's payload) that inherited methods and operators work on.
//! These are reached through the MRO, `super()`, and values such as
//! `object.__init__`.

use crate::class::instance::{self, unwrap};
use crate::class::Slot;
use crate::exc::error::{type_error, R};
use crate::exc::{self, ExcObj};
use crate::object::{self, Kind, TypeObj, OBJECT_TYPE};
use crate::protocol::args::Args;

use crate::value::Value;
use crate::{class::ops as class_ops, protocol::dispatch};
use alrt_abi::ops::CmpOp;

/// Built-in types a user class may derive from.
pub fn is_layout_base(t: &'static TypeObj) -> bool {
    std::ptr::eq(t, &OBJECT_TYPE)
        || std::ptr::eq(t, &object::TYPE_TYPE)
        || t.is_subtype(&exc::BASE_EXCEPTION)
        || payload_type(t)
}

/// Built-in types whose instances a subclass instance wraps as its payload.
fn payload_type(t: &'static TypeObj) -> bool {
    [
        &object::LIST_TYPE,
        &object::DICT_TYPE,
        &object::SET_TYPE,
        &object::FROZENSET_TYPE,
        &object::INT_TYPE,
        &object::FLOAT_TYPE,
        &object::COMPLEX_TYPE,
        &object::STR_TYPE,
        &object::TUPLE_TYPE,
        &crate::objects::bytes::BYTES_TYPE,
        &crate::objects::bytes::BYTEARRAY_TYPE,
        &crate::stdlib::collections::deque::DEQUE_TYPE,
        &crate::stdlib::random::RANDOM_TYPE,
        &crate::stdlib::array::ARRAY_TYPE,
        &crate::stdlib::structmod::object::STRUCT_TYPE,
        &crate::objects::weakref::REF_TYPE,
    ]
    .iter()
    .any(|x| std::ptr::eq(*x, t))
}

/// True if built-in type `t` itself provides attribute `name` (so it
/// shadows later classes in an MRO): its attribute table has it.
pub fn has_attr(t: &'static TypeObj, name: &str) -> bool {
    crate::types::own(t, name).is_some()
}

/// Attribute `name` of built-in base `b` read through class `through`.
pub fn unbound(b: &'static TypeObj, name: Value, through: &'static TypeObj) -> Value {
    match crate::types::own(b, crate::objects::str::as_str(name)) {
        Some(def) => crate::types::descr::get_through_type(def, through),
        None => object::none(),
    }
}

/// Attribute `name` of built-in base `b` read through instance `o`.
pub fn bound(b: &'static TypeObj, name: Value, o: Value) -> R<Value> {
    let n = crate::objects::str::as_str(name);
    let Some(def) = crate::types::own(b, n) else {
        return Err(crate::exc::error::no_attribute(o, n));
    };
    if let (crate::types::AttrKind::ClassMethod(_), Some(t)) = (def.kind, o.downcast::<TypeObj>()) {
        // `super().__init_subclass__()` in a class method: the class itself.
        return Ok(crate::types::descr::get_through_type(def, t));
    }
    crate::types::descr::get_through_instance(def, o)
}

/// Calls method `name` of built-in base `b` on `slf` (for `__new__` and
/// class methods, `slf` is the class).
pub fn call(b: &'static TypeObj, name: Value, slf: Value, args: Args) -> R<Value> {
    let n = crate::objects::str::as_str(name);
    let Some(def) = crate::types::own(b, n) else {
        return Err(crate::exc::error::no_attribute(slf, n));
    };
    if let crate::types::AttrKind::New(f) = def.kind {
        // `slf` is the class to instantiate: `__new__`'s first argument.
        let mut all = Vec::with_capacity(args.pos.len() + args.kwvals.len() + 1);
        all.push(slf);
        all.extend_from_slice(args.pos);
        all.extend_from_slice(args.kwvals);
        let rooted = crate::gc::RootedVec::from_vec(all);
        let with_cls = Args {
            pos: &rooted[..args.pos.len() + 1],
            kwnames: args.kwnames,
            kwvals: &rooted[args.pos.len() + 1..],
        };
        return f(b.value(), with_cls);
    }
    if let (crate::types::AttrKind::ClassMethod(f), Kind::Type) = (def.kind, slf.kind()) {
        // `__init_subclass__` of the class being created.
        return f(slf, args);
    }
    crate::types::descr::call_through_instance(def, slf, args)
}

/// `d[k]` on a dict payload, calling the subclass's `__missing__` for a
/// missing key as `dict.__getitem__` does.
pub fn dict_getitem_missing(slf: Value, p: Value, k: Value) -> R<Value> {
    if p.kind() == Kind::Dict {
        let missing = crate::class::of_value(slf).map_or(Value::NULL, |c| c.slot(Slot::Missing));
        if !missing.is_null() {
            return match crate::objects::dict::get(p, k)? {
                Some(v) => Ok(v),
                None => instance::call_special(missing, slf, &[k]),
            };
        }
    }
    dispatch::getitem_builtin(p, k)
}

// ---- defaults of object and BaseException ---------------------------------------------------

/// The built-in value a method of base `b` works on: the payload of a
/// subclass instance, or `slf` itself when it is a value of a payload type
/// (`int.__lt__(3, 4)`, `int.__repr__(5)`).
fn base_value(b: &'static TypeObj, slf: Value) -> Option<Value> {
    instance::payload(slf)
        .or_else(|| (payload_type(b) && object::type_of(slf).is_subtype(b)).then_some(slf))
}

/// True if `b` is a payload type with a special method `name` of its own
/// (`_random.Random` keeps `object`'s repr, hash and comparisons).
fn payload_defines(b: &'static TypeObj, name: &str) -> bool {
    payload_type(b) && has_attr(b, name)
}

/// `object.__repr__` / `BaseException.__repr__` / the payload's repr.
pub fn default_repr(b: &'static TypeObj, slf: Value) -> R<String> {
    if let Some(t) = slf.downcast::<TypeObj>() {
        return Ok(crate::class::type_repr(t));
    }
    if let Some(e) = slf.downcast::<ExcObj>() {
        return exc::repr(e);
    }
    if let Some(p) = base_value(b, slf) {
        if payload_defines(b, "__repr__") {
            // Subclasses of set and frozenset show their class's name.
            if p != slf && matches!(p.kind(), Kind::Set | Kind::FrozenSet) {
                return crate::objects::set::subclass_repr(p, object::type_name(slf));
            }
            return dispatch::repr_builtin(p);
        }
    }
    let t = object::type_of(slf);
    Ok(match t.class {
        Some(c) => format!(
            "<{}.{} object at {:#x}>",
            crate::class::module_name(c),
            crate::objects::str::as_str(c.qualname.get()),
            slf.0
        ),
        None => format!("<{} object at {:#x}>", t.name, slf.0),
    })
}

/// `object.__str__` (which is `repr(self)`), `BaseException.__str__`, `str.__str__`.
pub fn default_str(b: &'static TypeObj, slf: Value) -> R<String> {
    if let Some(e) = slf.downcast::<ExcObj>() {
        if b.is_subtype(&exc::BASE_EXCEPTION) {
            return exc::to_str(e);
        }
    }
    if let Some(p) = instance::payload(slf) {
        if p.kind() == Kind::Str && std::ptr::eq(b, &object::STR_TYPE) {
            return Ok(crate::objects::str::as_str(p).to_string());
        }
    }
    class_ops::repr_as_str(slf)
}

/// `object.__format__`, or the payload type's `__format__`.
pub fn default_format(b: &'static TypeObj, slf: Value, spec: &str) -> R<String> {
    if spec.is_empty() {
        // Every built-in `__format__` formats an empty spec as `str(self)`.
        return dispatch::str_of(slf);
    }
    if let Some(p) = instance::payload(slf) {
        if matches!(
            p.kind(),
            Kind::Int | Kind::Float | Kind::Complex | Kind::Str
        ) && !std::ptr::eq(b, &OBJECT_TYPE)
        {
            return crate::text::format::format_builtin(p, spec);
        }
    }
    Err(type_error(format!(
        "unsupported format string passed to {}.__format__",
        object::type_name(slf)
    )))
}

/// `object.__hash__` (identity) or the payload's hash.
pub fn default_hash(b: &'static TypeObj, slf: Value) -> R<i64> {
    if let Some(p) = base_value(b, slf) {
        if payload_defines(b, "__hash__") {
            if matches!(
                p.kind(),
                Kind::List | Kind::Dict | Kind::Set | Kind::Deque | Kind::Array | Kind::ByteArray
            ) {
                return Err(type_error(format!(
                    "unhashable type: '{}'",
                    object::type_name(slf)
                )));
            }
            return dispatch::hash_builtin(p);
        }
    }
    Ok(identity_hash(slf))
}

/// CPython's hash of an object by address.
#[inline]
pub fn identity_hash(v: Value) -> i64 {
    let h = v.0.rotate_right(4) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `object.__eq__` and friends, or the payload type's comparison.
pub fn default_compare(b: &'static TypeObj, slf: Value, other: Value, op: CmpOp) -> R<Value> {
    if let Some(p) = base_value(b, slf) {
        if payload_defines(b, "__eq__") {
            return Ok(match class_ops::builtin_cmp(p, unwrap(other), op)? {
                Some(r) => object::boolean(r),
                None => object::not_implemented(),
            });
        }
    }
    Ok(match op {
        CmpOp::Eq if slf == other => object::boolean(true),
        CmpOp::Ne => {
            let r = class_ops::cmp_one(slf, other, CmpOp::Eq)?;
            if r == object::not_implemented() {
                // A built-in type that compares by identity (`None`).
                if slf == other && object::type_of(slf).class.is_none() {
                    object::boolean(false)
                } else {
                    r
                }
            } else {
                object::boolean(!dispatch::truthy(r)?)
            }
        }
        _ => object::not_implemented(),
    })
}

// ---- __new__ and __init__ of built-in bases --------------------------------------------------

/// The default `__new__` for user class `t`
/// (called when no class in the MRO defines `__new__`).
pub fn new_instance(t: &'static TypeObj, args: Args) -> R<Value> {
    new_checked(t, args)
}

fn new_checked(t: &'static TypeObj, args: Args) -> R<Value> {
    let c = t.class;
    let layout = c.map_or(t, |c| c.builtin_base);
    if t.is_subtype(&exc::BASE_EXCEPTION_GROUP) {
        return exc::group::construct(t, args);
    }
    if layout.is_subtype(&exc::BASE_EXCEPTION) {
        return Ok(instance::alloc_for(t, Value::NULL, args.pos));
    }
    let excess = !args.pos.is_empty() || !args.kwnames.is_empty();
    match layout.inst_kind {
        Kind::List => Ok(instance::alloc(
            t,
            crate::objects::list::from_vec(Vec::new()),
        )),
        Kind::Dict => Ok(instance::alloc(t, crate::objects::dict::new())),
        Kind::Set => Ok(instance::alloc(t, crate::objects::set::new_set())),
        // `deque.__new__` takes any arguments; `__init__` reads them.
        Kind::Deque => Ok(crate::stdlib::collections::deque::alloc(t, None)),
        // `array.__new__` reads the arguments; the instance keeps the layout.
        Kind::Array => crate::stdlib::array::construct(t, args),
        // `Struct.__new__` ignores them; `__init__` parses the format.
        Kind::Struct => Ok(instance::alloc(
            t,
            crate::stdlib::structmod::object::new_uninit(),
        )),
        // `bytearray.__new__` makes an empty one; `__init__` fills it.
        Kind::ByteArray => Ok(rebox(crate::objects::bytes::new_bytearray(Vec::new()), t)),
        Kind::Float | Kind::Complex | Kind::Str | Kind::Tuple | Kind::Bytes => {
            let p = crate::builtins::construct::call_type(layout.value(), args)?;
            let v = rebox(p, t);
            if v.kind() != Kind::Instance {
                instance::track_del(v);
            }
            Ok(v)
        }
        Kind::Int | Kind::FrozenSet => {
            let p = crate::builtins::construct::call_type(layout.value(), args)?;
            Ok(instance::alloc(t, p))
        }
        Kind::Type => crate::class::meta::type_new_args(t, args),
        Kind::WeakRef => crate::objects::weakref::new(t, args),
        Kind::Random => {
            let overrides_init = c.is_some_and(|c| !c.slot(Slot::Init).is_null());
            crate::stdlib::random::refuses_kwargs(&args, overrides_init)?;
            Ok(instance::alloc(t, crate::stdlib::random::new_unseeded()))
        }
        _ => {
            if excess {
                let overrides_new = c.is_some_and(|c| !c.slot(Slot::New).is_null());
                let overrides_init = c.is_some_and(|c| !c.slot(Slot::Init).is_null());
                if overrides_new {
                    return Err(type_error(
                        "object.__new__() takes exactly one argument (the type to instantiate)",
                    ));
                }
                if !overrides_init {
                    return Err(type_error(format!("{}() takes no arguments", t.name)));
                }
            }
            crate::class::abc::check_instantiable(t)?;
            Ok(instance::alloc(t, Value::NULL))
        }
    }
}

/// A copy of the built-in `str`, `float`, `complex`, `tuple`, `bytes` or
/// `bytearray` value `p` whose type
/// is the user class `t`: such instances keep the built-in layout, so every
/// built-in operation accepts them.
fn rebox(p: Value, t: &'static TypeObj) -> Value {
    let header = |kind| crate::object::Header {
        ty: t,
        kind,
        flags: std::cell::Cell::new(0),
    };
    match p.kind() {
        Kind::Str => crate::objects::str::rebox(p.as_ref(), t),
        Kind::Float => Value::from_ref(crate::gc::alloc(crate::objects::float::FloatObj {
            header: header(Kind::Float),
            value: crate::objects::float::value(p),
        })),
        Kind::Complex => {
            let (re, im) = crate::objects::complex::parts(p);
            Value::from_ref(crate::gc::alloc(crate::objects::complex::ComplexObj {
                header: header(Kind::Complex),
                re,
                im,
            }))
        }
        Kind::Tuple => crate::objects::tuple::new(t, crate::objects::tuple::items(p)),
        Kind::Bytes => Value::from_ref(crate::gc::alloc(crate::objects::bytes::BytesObj {
            header: header(Kind::Bytes),
            hash: std::cell::Cell::new(-1),
            data: p.as_ref::<crate::objects::bytes::BytesObj>().data.clone(),
        })),
        Kind::ByteArray => {
            let data = crate::objects::bytes::bytearray(p).data.borrow().clone();
            Value::from_ref(crate::gc::alloc(crate::objects::bytes::ByteArrayObj {
                header: header(Kind::ByteArray),
                data: std::cell::RefCell::new(data),
                exports: std::cell::Cell::new(0),
            }))
        }
        _ => instance::alloc(t, p),
    }
}

/// The `__init__` of built-in base `b` run on `inst` (the default when no
/// class defines `__init__`, and `super().__init__(...)` reaching `b`).
pub fn init(b: &'static TypeObj, inst: Value, args: Args) -> R<()> {
    if std::ptr::eq(b, &object::TYPE_TYPE) {
        return crate::class::meta::type_init(args);
    }
    let t = object::type_of(inst);
    let excess = !args.pos.is_empty() || !args.kwnames.is_empty();
    if b.is_subtype(&exc::BASE_EXCEPTION) {
        // `ImportError.__init__` takes `name=` and `path=`; the others
        // take no keywords.
        let import_kw = if b.is_subtype(&exc::IMPORT_ERROR) {
            Some(exc::import_error::keywords(&args)?)
        } else if !args.kwnames.is_empty() {
            return Err(type_error(format!(
                "{}() takes no keyword arguments",
                t.name
            )));
        } else {
            None
        };
        if let Some(e) = inst.downcast::<ExcObj>() {
            let t = crate::objects::tuple::from_slice(args.pos);
            if exc::os_error::is_os_error(e) {
                exc::os_error::init(e, t);
            } else if let Some((name, path)) = import_kw {
                exc::import_error::init(e, t, name, path);
            } else {
                e.args.set(t);
                exc::init_detail(e, t)?;
            }
        }
        return Ok(());
    }
    let payload = instance::payload(inst);
    match (b.inst_kind, payload) {
        (Kind::List, Some(p)) if p.kind() == Kind::List => {
            let pos = crate::builtins::args::check_positional("list", &args, 0, 1)?;
            crate::objects::list::obj(p).items.borrow_mut().clear();
            if let Some(src) = pos.first() {
                crate::objects::list::ops::extend(p, *src)?;
            }
            Ok(())
        }
        (Kind::Dict, Some(p)) if p.kind() == Kind::Dict => {
            crate::builtins::args::check_count("dict", args.pos.len(), 0, 1)?;
            if let Some(src) = args.pos.first() {
                crate::objects::dict::update(p, unwrap(*src))?;
            }
            for (k, v) in args.kwnames.iter().zip(args.kwvals) {
                crate::objects::dict::setitem(p, *k, *v)?;
            }
            Ok(())
        }
        (Kind::Deque, Some(p)) if p.kind() == Kind::Deque => {
            crate::stdlib::collections::deque::init(p, args)
        }
        (Kind::Struct, Some(p)) if p.kind() == Kind::Struct => {
            crate::stdlib::structmod::object::init(p, args)
        }
        (Kind::Random, Some(p)) if p.kind() == Kind::Random => {
            let overrides_init = t.class.is_some_and(|c| !c.slot(Slot::Init).is_null());
            crate::stdlib::random::init(p, args, !overrides_init)
        }
        (Kind::WeakRef, _) => crate::objects::weakref::init_args(args),
        (Kind::ByteArray, _) => crate::objects::bytes::bytearray_init(inst, args).map(|_| ()),
        (Kind::Set, Some(p)) if p.kind() == Kind::Set => {
            let pos = crate::builtins::args::check_positional("set", &args, 0, 1)?;
            dispatch::call_method(p, crate::objects::str::new("clear"), Args::positional(&[]))?;
            if let Some(src) = pos.first() {
                crate::objects::set::update(p, *src)?;
            }
            Ok(())
        }
        _ => {
            if excess {
                let c = t.class;
                let overrides_init = c.is_some_and(|c| !c.slot(Slot::Init).is_null());
                let overrides_new = c.is_some_and(|c| !c.slot(Slot::New).is_null());
                let layout = c.map_or(t, |c| c.builtin_base);
                if overrides_init {
                    return Err(type_error(
                        "object.__init__() takes exactly one argument (the instance to initialize)",
                    ));
                }
                if !overrides_new && std::ptr::eq(layout, &OBJECT_TYPE) {
                    return Err(type_error(format!(
                        "{}.__init__() takes exactly one argument (the instance to initialize)",
                        t.name
                    )));
                }
            }
            Ok(())
        }
    }
}
