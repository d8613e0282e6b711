//! The asynchronous protocols: `async for` (`__aiter__`, an awaited
//! `__anext__`, StopAsyncIteration at the end), `async with` (awaited
//! `__aenter__` and `__aexit__`) and the built-ins `aiter` and `anext`, as
//! CPython 3.11's `GET_AITER`, `GET_ANEXT`, `BEFORE_ASYNC_WITH` and
//! `GET_AWAITABLE` do them, with their messages. Special methods are looked
//! up on the type, never on the instance.

use crate::class::{self, descr, Found};
use crate::exc::error::{self, type_error, R};
use crate::exc::{self, ExcObj};
use crate::object::{self, type_name, Kind};
use crate::objects::{async_gen, generator};
use crate::protocol::args::Args;
use crate::protocol::dispatch;
use crate::value::Value;

/// `type(v).name` bound to `v`, or None when the type has no such method.
fn special(v: Value, name: &str) -> R<Option<Value>> {
    if !class::ops::is_user(v) {
        return Ok(None);
    }
    let ty = object::type_of(v);
    match class::lookup(ty, crate::objects::str::new(name)) {
        Some(Found::Attr(f)) => Ok(Some(descr::get_from_instance(f, v, ty)?)),
        _ => Ok(None),
    }
}

/// `type(v).__aiter__(v)`, or None when the type has no `__aiter__`.
fn call_aiter(v: Value) -> R<Option<Value>> {
    if v.kind() == Kind::AsyncGenerator {
        return Ok(Some(v));
    }
    match special(v, "__aiter__")? {
        Some(m) => dispatch::call(m, Args::positional(&[])).map(Some),
        None => Ok(None),
    }
}

/// `type(it).__anext__(it)`, or None when the type has no `__anext__`.
fn call_anext(it: Value) -> R<Option<Value>> {
    if it.kind() == Kind::AsyncGenerator {
        return Ok(Some(async_gen::anext(it)));
    }
    match special(it, "__anext__")? {
        Some(m) => dispatch::call(m, Args::positional(&[])).map(Some),
        None => Ok(None),
    }
}

/// True if `v`'s type has `__anext__` (CPython's `PyAIter_Check`).
fn is_async_iterator(v: Value) -> bool {
    if v.kind() == Kind::AsyncGenerator {
        return true;
    }
    class::ops::is_user(v)
        && class::lookup(object::type_of(v), crate::objects::str::new("__anext__")).is_some()
}

/// True if `v` can be awaited: a coroutine, an async generator's
/// awaitable, or an object whose type has `__await__`.
fn is_awaitable(v: Value) -> bool {
    if matches!(v.kind(), Kind::Coroutine | Kind::AsyncAwait) {
        return true;
    }
    class::ops::is_user(v)
        && class::lookup(object::type_of(v), crate::objects::str::new("__await__")).is_some()
}

/// Replaces the pending exception by a TypeError with `msg` whose cause
/// is the replaced one (CPython's `_PyErr_FormatFromCause`).
fn type_error_from_pending(msg: String) -> error::Pending {
    let cause = error::take_pending();
    let err = exc::with_message(&exc::TYPE_ERROR, &msg);
    let eo = err.as_ref::<ExcObj>();
    eo.cause.set(cause);
    eo.context.set(cause);
    error::set_pending(err)
}

/// `async for`'s `__aiter__`: the async iterator of `v`.
pub fn for_aiter(v: Value) -> R<Value> {
    let Some(it) = call_aiter(v)? else {
        return Err(type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            type_name(v)
        )));
    };
    if !is_async_iterator(it) {
        return Err(type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            type_name(it)
        )));
    }
    Ok(it)
}

/// `async for`'s `__anext__`: the iterator to await for the next item, or
/// None when `__anext__` itself raised StopAsyncIteration (the loop ends).
pub fn for_anext(it: Value) -> R<Option<Value>> {
    let next = match call_anext(it) {
        Ok(Some(n)) => n,
        Ok(None) => {
            return Err(type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                type_name(it)
            )))
        }
        Err(_) if error::take_pending_if(&exc::STOP_ASYNC_ITERATION) => return Ok(None),
        Err(p) => return Err(p),
    };
    match generator::await_iter(next) {
        Ok(aw) => Ok(Some(aw)),
        Err(_) => Err(type_error_from_pending(format!(
            "'async for' received an invalid object from __anext__: {}",
            type_name(next)
        ))),
    }
}

/// Enters `mgr` as `async with` does: finds `__aenter__`, then `__aexit__`
/// (a TypeError if either is missing), calls `__aenter__`; returns the
/// iterator to await for its result and the bound `__aexit__`.
pub fn enter(mgr: Value) -> R<(Value, Value)> {
    let missing = |what: &str| {
        type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol{what}",
            type_name(mgr)
        ))
    };
    let Some(aenter) = special(mgr, "__aenter__")? else {
        return Err(missing(""));
    };
    let Some(aexit) = special(mgr, "__aexit__")? else {
        return Err(missing(" (missed __aexit__ method)"));
    };
    let r = dispatch::call(aenter, Args::positional(&[]))?;
    Ok((awaitable_of(r, "__aenter__")?, aexit))
}

/// Calls the bound `__aexit__` as `async with` does when its body ends:
/// with three Nones, or for the exception `exc` (when not null) while it
/// is being handled (the caller enters the handler). Returns the iterator
/// to await for its result.
pub fn exit(aexit: Value, exc: Value) -> R<Value> {
    let r = if exc.is_null() {
        let none = object::none();
        dispatch::call(aexit, Args::positional(&[none, none, none]))?
    } else {
        let ty = object::type_of(exc).value();
        let tb = exc::traceback_value(exc);
        dispatch::call(aexit, Args::positional(&[ty, exc, tb]))?
    };
    awaitable_of(r, "__aexit__")
}

/// The iterator to await `r`, what `method` returned; CPython names the
/// method when `r`'s type cannot be awaited at all.
fn awaitable_of(r: Value, method: &str) -> R<Value> {
    match generator::await_iter(r) {
        Ok(aw) => Ok(aw),
        Err(p) if is_awaitable(r) => Err(p),
        Err(_) => {
            error::take_pending();
            Err(type_error(format!(
                "'async with' received an object from {method} that does not implement __await__: {}",
                type_name(r)
            )))
        }
    }
}

/// The built-in `aiter(v)`.
pub fn aiter(v: Value) -> R<Value> {
    let Some(it) = call_aiter(v)? else {
        return Err(type_error(format!(
            "'{}' object is not an async iterable",
            type_name(v)
        )));
    };
    if !is_async_iterator(it) {
        return Err(type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            type_name(it)
        )));
    }
    Ok(it)
}

/// The built-in `anext(it[, default])`: the awaitable of the next item;
/// with a default, one that gives it instead of StopAsyncIteration.
pub fn anext(it: Value, default: Option<Value>) -> R<Value> {
    let Some(aw) = call_anext(it)? else {
        return Err(type_error(format!(
            "'{}' object is not an async iterator",
            type_name(it)
        )));
    };
    Ok(match default {
        Some(d) => async_gen::anext_with_default(aw, d),
        None => aw,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{err_text, i};

    #[test]
    fn builtin_values_are_not_async_iterables() {
        // python3 -c 'aiter(1)'; python3 -c 'anext(1)'
        assert!(aiter(i(1)).is_err());
        assert_eq!(
            err_text(),
            "TypeError: 'int' object is not an async iterable"
        );
        assert!(anext(i(1), None).is_err());
        assert_eq!(
            err_text(),
            "TypeError: 'int' object is not an async iterator"
        );
    }

    #[test]
    fn builtin_values_are_not_async_context_managers() {
        // python3 -c 'async def f():
        //     async with 1: pass
        // f().send(None)'
        assert!(enter(i(1)).is_err());
        assert_eq!(
            err_text(),
            "TypeError: 'int' object does not support the asynchronous context manager protocol"
        );
    }
}
