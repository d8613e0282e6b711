//! The objects annotations are made of: `types.GenericAlias` (`list[int]`,
//! `dict[str, int]`, `type[C]`) and `types.UnionType` (`int | None`).
//! One layout serves both; the type object tells them apart.

use crate::exc::error::{type_error, R};
use crate::object::{self, Header, Kind, Object, TypeObj, OBJECT_TYPE};
use crate::protocol::args::Args;
use crate::protocol::dispatch;
use crate::value::Value;

/// `types.GenericAlias`.
pub static GENERIC_ALIAS_TYPE: TypeObj =
    TypeObj::builtin("GenericAlias", Some(&OBJECT_TYPE), Kind::Alias);
/// `types.UnionType`.
pub static UNION_TYPE: TypeObj = TypeObj::builtin("UnionType", Some(&OBJECT_TYPE), Kind::Alias);

/// A parameterised type or a union of types.
#[repr(C)]
pub struct AliasObj {
    pub header: Header,
    /// The subscripted type (`list` in `list[int]`); null for a union.
    origin: Value,
    /// `__args__`: a tuple.
    args: Value,
}

// SAFETY: repr(C), Header first; every Kind::Alias object is an AliasObj.
unsafe impl Object for AliasObj {
    const KINDS: &'static [Kind] = &[Kind::Alias];

    fn trace(&self, t: &mut crate::gc::Tracer) {
        t.visit(self.origin);
        t.visit(self.args);
    }
}

fn obj(v: Value) -> &'static AliasObj {
    v.as_ref::<AliasObj>()
}

fn is_union(v: Value) -> bool {
    v.kind() == Kind::Alias && obj(v).origin.is_null()
}

fn is_generic(v: Value) -> bool {
    v.kind() == Kind::Alias && !obj(v).origin.is_null()
}

/// The built-in types that can be subscripted (`__class_getitem__` of
/// `list`, `dict`, `tuple`, `set`, `frozenset`, `type`,
/// `collections.deque` and the exception groups).
pub fn subscriptable(t: Value) -> bool {
    [
        &crate::exc::BASE_EXCEPTION_GROUP,
        &crate::exc::EXCEPTION_GROUP,
        &crate::object::LIST_TYPE,
        &crate::object::DICT_TYPE,
        &crate::object::TUPLE_TYPE,
        &crate::object::SET_TYPE,
        &crate::object::FROZENSET_TYPE,
        &crate::object::TYPE_TYPE,
        &crate::stdlib::collections::deque::DEQUE_TYPE,
        &crate::objects::weakref::REF_TYPE,
        &crate::objects::mappingproxy::MAPPINGPROXY_TYPE,
    ]
    .iter()
    .any(|ty| ty.value() == t)
        // By name: referring to `re`'s types would link all of `re`.
        || t.downcast::<crate::object::TypeObj>()
            .is_some_and(|ty| ty.class.is_none() && ["re.Pattern", "re.Match"].contains(&ty.name))
}

/// `origin[k]`: the arguments are `k`, or its items when it is a tuple.
pub fn generic(origin: Value, k: Value) -> Value {
    let args = if k.kind() == Kind::Tuple {
        k
    } else {
        crate::objects::tuple::from_slice(&[k])
    };
    Value::from_ref(crate::gc::alloc(AliasObj {
        header: Header::new(&GENERIC_ALIAS_TYPE),
        origin,
        args,
    }))
}

/// Whether `v` may stand in a union: a type, None, or an alias.
fn unionable(v: Value) -> bool {
    v == object::none() || matches!(v.kind(), Kind::Type | Kind::Alias)
}

/// `a | b` when both are types, None or aliases (CPython's
/// `_Py_union_type_or`); None when they are not, so the caller raises.
pub fn union(a: Value, b: Value) -> R<Option<Value>> {
    if !unionable(a) || !unionable(b) {
        return Ok(None);
    }
    // The members of both sides, flattened, None as NoneType, duplicates
    // dropped (first occurrence kept).
    let mut members: Vec<Value> = Vec::new();
    for side in [a, b] {
        let items: Vec<Value> = if is_union(side) {
            crate::objects::tuple::items(obj(side).args).to_vec()
        } else {
            vec![side]
        };
        for m in items {
            let m = if m == object::none() {
                object::NONE_TYPE.value()
            } else {
                m
            };
            let mut seen = false;
            for x in &members {
                if dispatch::eq(*x, m)? {
                    seen = true;
                    break;
                }
            }
            if !seen {
                members.push(m);
            }
        }
    }
    if members.len() == 1 {
        return Ok(Some(members[0]));
    }
    let args = crate::objects::tuple::from_vec(members);
    Ok(Some(Value::from_ref(crate::gc::alloc(AliasObj {
        header: Header::new(&UNION_TYPE),
        origin: Value::NULL,
        args,
    }))))
}

/// How an annotation shows a member (CPython's `_Py_typing_type_repr`):
/// `...` for Ellipsis, a built-in type by its name, a user class by its
/// module and qualified name (the qualified name alone in `builtins`),
/// anything else by `repr`.
fn member_repr(v: Value) -> R<String> {
    if v.kind() == Kind::Ellipsis {
        return Ok("...".into());
    }
    if v == object::NONE_TYPE.value() {
        return Ok("None".into());
    }
    if let Some(t) = v.downcast::<TypeObj>() {
        return Ok(match t.class {
            // CPython leaves out the module `builtins`, as `repr` of the
            // class does.
            Some(c) if crate::class::module_name(c) == "builtins" => {
                crate::objects::str::as_str(c.qualname.get()).to_string()
            }
            Some(c) => format!(
                "{}.{}",
                crate::class::module_name(c),
                crate::objects::str::as_str(c.qualname.get())
            ),
            None => t.name.to_string(),
        });
    }
    dispatch::repr(v)
}

/// `repr(list[int])`, `repr(int | None)`.
pub fn repr(v: Value) -> R<String> {
    let o = obj(v);
    let args = crate::objects::tuple::items(o.args);
    if o.origin.is_null() {
        let parts = args
            .iter()
            .map(|a| member_repr(*a))
            .collect::<R<Vec<_>>>()?;
        return Ok(parts.join(" | "));
    }
    let inner = if args.is_empty() {
        "()".to_string()
    } else {
        args.iter()
            .map(|a| member_repr(*a))
            .collect::<R<Vec<_>>>()?
            .join(", ")
    };
    Ok(format!("{}[{inner}]", member_repr(o.origin)?))
}

/// `__origin__`, `__args__` and a generic alias's `__mro_entries__`
/// (`__parameters__` is computed: `parameters`).
pub fn attr(v: Value, name: &str) -> Option<Value> {
    let o = obj(v);
    match name {
        "__origin__" if !o.origin.is_null() => Some(o.origin),
        "__args__" => Some(o.args),
        "__mro_entries__" if !o.origin.is_null() => {
            Some(crate::types::descr::bound(&MRO_ENTRIES, v))
        }
        _ => None,
    }
}

/// `GenericAlias.__mro_entries__`, kept outside a table (the type's other
/// attributes are answered by `attr`).
static MRO_ENTRIES: crate::types::AttrDef = crate::types::AttrDef::new(
    &GENERIC_ALIAS_TYPE,
    "__mro_entries__",
    crate::types::AttrKind::Method(mro_entries),
);

/// `list[int].__mro_entries__(bases)`: `(list,)`, so `class C(list[int])`
/// derives from `list` (PEP 560).
fn mro_entries(v: Value, args: Args) -> R<Value> {
    args.positional_range("__mro_entries__", 1, 1)?;
    Ok(crate::objects::tuple::from_slice(&[obj(v).origin]))
}

/// True if `v` is a type variable (what CPython 3.11 recognises by a
/// `__typing_subst__` attribute: `typing.TypeVar`).
fn is_type_var(v: Value) -> bool {
    v.kind() != Kind::Type && crate::builtins::attrs::has_attribute(v, "__typing_subst__")
}

/// The `__parameters__` of argument `a`: its own, if it has them.
fn params_of(a: Value) -> R<Vec<Value>> {
    if a.kind() == Kind::Type {
        return Ok(Vec::new());
    }
    match dispatch::getattr(a, crate::objects::str::new("__parameters__")) {
        Ok(p) if p.kind() == Kind::Tuple => Ok(crate::objects::tuple::items(p).to_vec()),
        Ok(_) => Ok(Vec::new()),
        Err(p) => {
            if crate::exc::error::take_pending_if(&crate::exc::ATTRIBUTE_ERROR) {
                Ok(Vec::new())
            } else {
                Err(p)
            }
        }
    }
}

/// `__parameters__`: the type variables in the arguments, in order of
/// first appearance (CPython's `_Py_make_parameters`).
pub fn parameters(v: Value) -> R<Vec<Value>> {
    let mut out: Vec<Value> = Vec::new();
    for &a in crate::objects::tuple::items(obj(v).args) {
        let found = if is_type_var(a) {
            vec![a]
        } else {
            params_of(a)?
        };
        for p in found {
            if !out.contains(&p) {
                out.push(p);
            }
        }
    }
    Ok(out)
}

/// `alias[k]`: the type variables replaced by `k`'s items (CPython's
/// `_Py_subs_parameters`), in arguments and in nested generics.
pub fn getitem(v: Value, k: Value) -> R<Value> {
    let params = parameters(v)?;
    if params.is_empty() {
        return Err(type_error(format!("{} is not a generic class", repr(v)?)));
    }
    let items: Vec<Value> = if k.kind() == Kind::Tuple {
        crate::objects::tuple::items(k).to_vec()
    } else {
        vec![k]
    };
    if items.len() != params.len() {
        return Err(type_error(format!(
            "Too {} arguments for {}; actual {}, expected {}",
            if items.len() > params.len() {
                "many"
            } else {
                "few"
            },
            repr(v)?,
            items.len(),
            params.len()
        )));
    }
    let subst = |p: Value| params.iter().position(|q| *q == p).map(|i| items[i]);
    let mut out = crate::gc::RootedVec::new();
    for &a in crate::objects::tuple::items(obj(v).args) {
        if let Some(x) = subst(a).filter(|_| is_type_var(a)) {
            out.push(x);
            continue;
        }
        let inner = params_of(a)?;
        if inner.is_empty() {
            out.push(a);
            continue;
        }
        let sub: Vec<Value> = inner.iter().map(|p| subst(*p).unwrap_or(*p)).collect();
        let key = crate::objects::tuple::from_vec(sub);
        out.push(dispatch::getitem(a, key)?);
    }
    Ok(generic(
        obj(v).origin,
        crate::objects::tuple::from_vec(out.to_vec()),
    ))
}

/// `a == b` for two aliases: the same origin and arguments; unions compare
/// their members as sets.
pub fn eq(a: Value, b: Value) -> R<bool> {
    let (x, y) = (obj(a), obj(b));
    if x.origin.is_null() != y.origin.is_null() {
        return Ok(false);
    }
    if x.origin.is_null() {
        let as_set = |t: Value| crate::objects::set::frozenset_from_iterable(t);
        return dispatch::eq(as_set(x.args)?, as_set(y.args)?);
    }
    Ok(dispatch::eq(x.origin, y.origin)? && dispatch::eq(x.args, y.args)?)
}

/// `hash(alias)`, consistent with `eq`.
pub fn hash(v: Value) -> R<i64> {
    let o = obj(v);
    if o.origin.is_null() {
        return dispatch::hash(crate::objects::set::frozenset_from_iterable(o.args)?);
    }
    Ok(dispatch::hash(o.origin)? ^ dispatch::hash(o.args)?)
}

/// `list[int](...)` calls the origin; a union cannot be called.
pub fn call(v: Value, args: Args) -> R<Value> {
    let o = obj(v);
    if o.origin.is_null() {
        return Err(type_error("'types.UnionType' object is not callable"));
    }
    dispatch::call(o.origin, args)
}

/// `isinstance(x, alias)`: a union checks each member (none may be a
/// parameterised generic); a parameterised generic itself is refused.
pub fn instance_of(v: Value, cls: Value, check: fn(Value, Value) -> R<bool>) -> R<bool> {
    if is_generic(cls) {
        return Err(type_error(
            "isinstance() argument 2 cannot be a parameterized generic",
        ));
    }
    let members = crate::objects::tuple::items(obj(cls).args).to_vec();
    if members.iter().any(|m| is_generic(*m)) {
        return Err(type_error(
            "isinstance() argument 2 cannot be a parameterized generic",
        ));
    }
    for m in members {
        if check(v, m)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The module of the built-in types defined here, for their reprs.
pub fn type_module(t: &'static TypeObj) -> Option<&'static str> {
    (std::ptr::eq(t, &GENERIC_ALIAS_TYPE) || std::ptr::eq(t, &UNION_TYPE)).then_some("types")
}
