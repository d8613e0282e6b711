//! `_abc`: the functions CPython's `ABCMeta` calls (its C half), over the
//! abstract-base-class machinery of `crate::class::abc`, and alc's own
//! `_check_methods` for `collections.abc`'s `__subclasshook__`s.

use super::ModuleBuilder;
use crate::builtins::args::check_positional;
use crate::class::abc;
use crate::exc::error::{type_error, R};
use crate::object::{self, TypeObj};
use crate::objects::func::BuiltinObj;
use crate::protocol::args::Args;
use crate::value::Value;

/// `_abc_init(cls)`
static ABC_INIT: BuiltinObj = BuiltinObj::new("_abc_init", abc_init);
/// `_abc_register(cls, subclass)`
static ABC_REGISTER: BuiltinObj = BuiltinObj::new("_abc_register", abc_register);
/// `_abc_instancecheck(cls, instance)`
static ABC_INSTANCECHECK: BuiltinObj = BuiltinObj::new("_abc_instancecheck", abc_instancecheck);
/// `_abc_subclasscheck(cls, subclass)`
static ABC_SUBCLASSCHECK: BuiltinObj = BuiltinObj::new("_abc_subclasscheck", abc_subclasscheck);
/// `_reset_registry(cls)`
static RESET_REGISTRY: BuiltinObj = BuiltinObj::new("_reset_registry", reset_registry);
/// `_reset_caches(cls)`
static RESET_CACHES: BuiltinObj = BuiltinObj::new("_reset_caches", reset_caches);
/// `get_cache_token()`
static GET_CACHE_TOKEN: BuiltinObj = BuiltinObj::new("get_cache_token", get_cache_token);
/// `_check_methods(C, *names)`
static CHECK_METHODS: BuiltinObj = BuiltinObj::new("_check_methods", check_methods);

/// Defines `_abc`'s attributes.
pub fn init(m: &mut ModuleBuilder) -> R<()> {
    m.func(&ABC_INIT);
    m.func(&ABC_INSTANCECHECK);
    m.func(&ABC_REGISTER);
    m.func(&ABC_SUBCLASSCHECK);
    m.func(&CHECK_METHODS);
    m.func(&RESET_CACHES);
    m.func(&RESET_REGISTRY);
    m.func(&GET_CACHE_TOKEN);
    Ok(())
}

/// A class argument of a user class (`_abc` works on those only).
fn user_class(v: Value) -> R<&'static TypeObj> {
    v.downcast::<TypeObj>()
        .filter(|t| t.class.is_some())
        .ok_or_else(|| type_error("_abc_impl is set to a wrong type"))
}

/// An abstract base class argument.
fn abc_class(v: Value) -> R<&'static TypeObj> {
    user_class(v).and_then(|t| {
        if abc::is_abc(t) {
            Ok(t)
        } else {
            Err(type_error("_abc_impl is set to a wrong type"))
        }
    })
}

fn abc_init(args: Args) -> R<Value> {
    let pos = check_positional("_abc_init", &args, 1, 1)?;
    abc::init(user_class(pos[0])?)?;
    Ok(object::none())
}

fn abc_register(args: Args) -> R<Value> {
    let pos = check_positional("_abc_register", &args, 2, 2)?;
    abc::register(abc_class(pos[0])?, pos[1])
}

fn abc_instancecheck(args: Args) -> R<Value> {
    let pos = check_positional("_abc_instancecheck", &args, 2, 2)?;
    let t = abc_class(pos[0])?;
    abc::instance_check(pos[1], t).map(object::boolean)
}

fn abc_subclasscheck(args: Args) -> R<Value> {
    let pos = check_positional("_abc_subclasscheck", &args, 2, 2)?;
    let t = abc_class(pos[0])?;
    abc::subclass_hook(pos[1], t).map(object::boolean)
}

fn reset_registry(args: Args) -> R<Value> {
    let pos = check_positional("_reset_registry", &args, 1, 1)?;
    abc::reset_registry(abc_class(pos[0])?);
    Ok(object::none())
}

fn reset_caches(args: Args) -> R<Value> {
    let pos = check_positional("_reset_caches", &args, 1, 1)?;
    abc::reset_caches(abc_class(pos[0])?);
    Ok(object::none())
}

fn get_cache_token(args: Args) -> R<Value> {
    check_positional("get_cache_token", &args, 0, 0)?;
    Ok(crate::objects::int::from_i64(
        i64::try_from(abc::cache_token()).unwrap_or(i64::MAX),
    ))
}

fn check_methods(args: Args) -> R<Value> {
    let pos = check_positional("_check_methods", &args, 1, usize::MAX)?;
    let Some(c) = pos[0].downcast::<TypeObj>() else {
        return Err(type_error("_check_methods() argument 1 must be a class"));
    };
    abc::check_methods(c, &pos[1..])
}
