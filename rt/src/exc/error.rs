//! The pending-exception convention: a fallible rt function returns the null
//! word (or `Err(Pending)` inside rt) and the exception waits in one slot.

use crate::exc;
use crate::object::TypeObj;
use crate::value::Value;
use std::cell::Cell;

/// Marker: an exception is pending in the runtime's slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pending;

/// The result type of every fallible rt function.
pub type R<T> = Result<T, Pending>;

thread_local! {
    /// Thread-local so rt's unit tests, which run on parallel threads, never
    /// see each other's exceptions; programs use only their one thread.
    static PENDING: Cell<Value> = const { Cell::new(Value::NULL) };
}

/// GC root: the pending exception.
pub fn trace_roots(t: &mut crate::gc::Tracer) {
    t.visit(PENDING.get());
}

/// Makes `exc` (an exception instance) the pending exception.
pub fn set_pending(exc: Value) -> Pending {
    PENDING.with(|p| p.set(exc));
    Pending
}

/// The pending exception, or null.
pub fn pending() -> Value {
    PENDING.with(|p| p.get())
}

/// Removes and returns the pending exception (null if none).
pub fn take_pending() -> Value {
    PENDING.with(|p| p.replace(Value::NULL))
}

/// True if an exception is pending and is an instance of `ty`.
pub fn pending_is(ty: &'static TypeObj) -> bool {
    let p = pending();
    !p.is_null() && crate::object::isinstance(p, ty)
}

/// Clears the pending exception if it is an instance of `ty` (an `except
/// ty:` in rt code); true if it was.
pub fn take_pending_if(ty: &'static TypeObj) -> bool {
    let caught = pending_is(ty);
    if caught {
        take_pending();
    }
    caught
}

/// Raises a new exception of type `ty` with message `msg`.
pub fn raise(ty: &'static TypeObj, msg: impl AsRef<str>) -> Pending {
    set_pending(exc::with_message(ty, msg.as_ref()))
}

/// Raises an exception of type `ty` with no arguments.
pub fn raise_empty(ty: &'static TypeObj) -> Pending {
    set_pending(exc::new_exception(
        ty,
        crate::objects::tuple::from_slice(&[]),
    ))
}

/// Raises `TypeError(msg)`.
pub fn type_error(msg: impl AsRef<str>) -> Pending {
    raise(&exc::TYPE_ERROR, msg)
}

/// Raises the TypeError of a method of type `want` (its dotted name)
/// called on `got`, an object of another type.
pub fn descriptor_type_error(want: &str, got: crate::value::Value) -> Pending {
    type_error(format!(
        "descriptor requires a '{want}' object but received a '{}'",
        crate::object::type_name(got)
    ))
}

/// Raises `ValueError(msg)`.
pub fn value_error(msg: impl AsRef<str>) -> Pending {
    raise(&exc::VALUE_ERROR, msg)
}

/// Raises `IndexError(msg)`.
pub fn index_error(msg: impl AsRef<str>) -> Pending {
    raise(&exc::INDEX_ERROR, msg)
}

/// Raises `KeyError(key)` with the key itself as the argument.
pub fn key_error(key: Value) -> Pending {
    set_pending(exc::new_exception(
        &exc::KEY_ERROR,
        crate::objects::tuple::from_slice(&[key]),
    ))
}

/// Raises `ZeroDivisionError(msg)`.
pub fn zero_division(msg: impl AsRef<str>) -> Pending {
    raise(&exc::ZERO_DIVISION_ERROR, msg)
}

/// Raises `OverflowError(msg)`.
pub fn overflow_error(msg: impl AsRef<str>) -> Pending {
    raise(&exc::OVERFLOW_ERROR, msg)
}

/// Raises `AttributeError` in CPython's wording for a missing attribute.
pub fn no_attribute(obj: Value, name: &str) -> Pending {
    let p = raise(
        &exc::ATTRIBUTE_ERROR,
        format!(
            "'{}' object has no attribute '{}'",
            crate::object::type_name(obj),
            name
        ),
    );
    attribute_context(obj, name);
    p
}

/// Records the object and name of the pending AttributeError, for the
/// "Did you mean" hint of the uncaught report (CPython's `obj`/`name`).
pub fn attribute_context(obj: Value, name: &str) {
    if let Some(e) = pending().downcast::<exc::ExcObj>() {
        let pair = crate::objects::tuple::from_slice(&[obj, crate::objects::str::new(name)]);
        e.name.set(pair);
    }
}

/// Converts an rt result into the C ABI's word (null on error).
#[inline]
pub fn to_abi(r: R<Value>) -> Value {
    // An allocation failed somewhere in this operation and was served from
    // the emergency reserve (see `oom`): the operation raises MemoryError.
    if crate::gc::oom::take_pending() {
        raise_empty(&crate::exc::MEMORY_ERROR);
        return Value::NULL;
    }
    r.unwrap_or(Value::NULL)
}
