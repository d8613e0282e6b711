//! Async generators (PEP 525) and the awaitables their methods return.
//!
//! An async generator is a `GenObj` (`generator.rs`) of kind
//! `AsyncGenerator`, resumed by the same compiled function; its `yield`s set
//! the object's `async_yield` flag, so a resume tells a yielded value from
//! one an `await` in the body passes up. Its methods return awaitables
//! (`AwaitObj`): awaiting `asend(v)` or `__anext__()` resumes the body, a
//! value an inner `await` passes up goes on to whoever drives the awaiting
//! coroutine, a `yield` ends the await with the yielded value (a
//! StopIteration carrying it, to a driver calling `send`), and the end of
//! the body is StopAsyncIteration. `athrow` and `aclose` throw into the
//! body. The awaitable `anext(it, default)` returns lives here too. The
//! rules and messages are CPython 3.11's (`Objects/genobject.c`,
//! `Objects/iterobject.c`).

use crate::exc;
use crate::exc::error::{self, raise, raise_empty, Pending, R};
use crate::object::{self, Header, Kind, Object, TypeObj, OBJECT_TYPE};
use crate::objects::generator::{self, Delegated, Step};
use crate::protocol::args::Args;
use crate::protocol::dispatch;
use crate::value::Value;
use std::cell::Cell;

/// `async_generator`: what calling an `async def` containing `yield` creates.
pub static ASYNC_GENERATOR_TYPE: TypeObj =
    TypeObj::builtin("async_generator", Some(&OBJECT_TYPE), Kind::AsyncGenerator)
        .with_attrs(&ASYNC_GENERATOR_ATTRS);
/// What `asend(v)` and `__anext__()` return.
pub static ASEND_TYPE: TypeObj = TypeObj::builtin(
    "async_generator_asend",
    Some(&OBJECT_TYPE),
    Kind::AsyncAwait,
)
.with_attrs(&ASEND_ATTRS);
/// What `athrow(...)` and `aclose()` return.
pub static ATHROW_TYPE: TypeObj = TypeObj::builtin(
    "async_generator_athrow",
    Some(&OBJECT_TYPE),
    Kind::AsyncAwait,
)
.with_attrs(&ATHROW_ATTRS);
/// What `anext(it, default)` returns.
pub static ANEXT_TYPE: TypeObj =
    TypeObj::builtin("anext_awaitable", Some(&OBJECT_TYPE), Kind::AsyncAwait)
        .with_attrs(&ANEXT_ATTRS);
/// What `coroutine.__await__()` returns: an iterator driving the coroutine.
pub static COROUTINE_WRAPPER_TYPE: TypeObj =
    TypeObj::builtin("coroutine_wrapper", Some(&OBJECT_TYPE), Kind::AsyncAwait)
        .with_attrs(&COROUTINE_WRAPPER_ATTRS);

/// What an awaitable does when awaited.
#[repr(u8)]
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// `asend(arg)` / `__anext__()`: resume the generator with `arg`.
    Send,
    /// `athrow(*arg)`: throw the exception `arg` (an argument tuple) describes.
    Throw,
    /// `aclose()`: throw GeneratorExit; the generator must end.
    Close,
    /// `anext(it, default)`: await `target`, turning StopAsyncIteration
    /// into the result `arg`.
    Default,
    /// `coroutine.__await__()`: send to and throw into the coroutine
    /// `target`.
    Wrap,
}

/// How far an awaitable has got (CPython's `AWAITABLE_STATE_*`).
#[repr(u8)]
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Init,
    Iter,
    Closed,
}

/// An awaitable of an async generator's method, or of `anext` with a default.
#[repr(C)]
pub struct AwaitObj {
    header: Header,
    /// The async generator (or, for `Mode::Default`, what `__anext__()` returned).
    target: Value,
    /// The value to send, the `athrow` arguments tuple, or the default.
    arg: Value,
    mode: Mode,
    state: Cell<State>,
}

// SAFETY: repr(C), Header first; every Kind::AsyncAwait object is an
// AwaitObj allocated by `new_await`.
unsafe impl Object for AwaitObj {
    const KINDS: &'static [Kind] = &[Kind::AsyncAwait];

    fn trace(&self, t: &mut crate::gc::Tracer) {
        t.visit(self.target);
        t.visit(self.arg);
    }
}

fn new_await(target: Value, arg: Value, mode: Mode) -> Value {
    let ty = match mode {
        Mode::Send => &ASEND_TYPE,
        Mode::Throw | Mode::Close => &ATHROW_TYPE,
        Mode::Default => &ANEXT_TYPE,
        Mode::Wrap => &COROUTINE_WRAPPER_TYPE,
    };
    Value::from_ref(crate::gc::alloc(AwaitObj {
        header: Header::new(ty),
        target,
        arg,
        mode,
        state: Cell::new(State::Init),
    }))
}

fn aw(v: Value) -> &'static AwaitObj {
    v.as_ref::<AwaitObj>()
}

/// `coro.__await__()`: the `coroutine_wrapper` iterator over coroutine `c`.
pub fn coroutine_wrapper(c: Value) -> Value {
    new_await(c, object::none(), Mode::Wrap)
}

/// True if `a` (an `AsyncAwait` object) is a `coroutine_wrapper`, which
/// is an iterator but not awaitable itself.
pub fn is_wrapper(a: Value) -> bool {
    aw(a).mode == Mode::Wrap
}

/// `agen.__anext__()`: the awaitable of the next item.
pub fn anext(g: Value) -> Value {
    new_await(g, object::none(), Mode::Send)
}

/// `anext(it, default)` on an async iterator whose `__anext__()` returned
/// `awaitable`: awaiting it gives `default` instead of StopAsyncIteration.
pub fn anext_with_default(awaitable: Value, default: Value) -> Value {
    new_await(awaitable, default, Mode::Default)
}

// ---- the async generator's methods ------------------------------------------

crate::attr_table! {
    /// The attributes of async generators.
    pub static ASYNC_GENERATOR_ATTRS for ASYNC_GENERATOR_TYPE = [
        method "__aiter__" => |g, a| {
            a.positional_range("__aiter__", 0, 0)?;
            Ok(g)
        };
        method "__anext__" => |g, a| {
            a.positional_range("__anext__", 0, 0)?;
            Ok(anext(g))
        };
        slot "__getattribute__" => crate::types::slots::getattribute;
        getset "__name__" => |g| Ok(generator::attr(g, "__name__").unwrap_or_else(object::none));
        getset "__qualname__" => |g| Ok(generator::attr(g, "__qualname__").unwrap_or_else(object::none));
        slot "__repr__" => crate::types::slots::repr;
        method "aclose" => |g, a| {
            a.positional_range("aclose", 0, 0)?;
            Ok(new_await(g, Value::NULL, Mode::Close))
        };
        getset "ag_running" => |g| Ok(generator::attr(g, "ag_running").unwrap_or_else(object::none));
        method "asend" => |g, a| {
            let v = a.positional_range("asend", 1, 1)?;
            Ok(new_await(g, v[0], Mode::Send))
        };
        method "athrow" => |g, a| {
            let v = a.positional_range("athrow", 1, 3)?;
            Ok(new_await(g, crate::objects::tuple::from_slice(v), Mode::Throw))
        };
    ]
}

// ---- the awaitables ------------------------------------------------------------

/// Declares the tables of the awaitables (each is its own iterator).
/// `__next__` of the awaitables and `coroutine_wrapper`.
fn next_slot(a: Value, args: Args) -> R<Value> {
    args.positional_range("__next__", 0, 0)?;
    send(a, object::none())
}

/// `close()` of the awaitables and `coroutine_wrapper`.
fn close_method(a: Value, args: Args) -> R<Value> {
    args.positional_range("close", 0, 0)?;
    close(a)
}

/// `send(v)` of the awaitables and `coroutine_wrapper`.
fn send_method(a: Value, args: Args) -> R<Value> {
    let v = args.positional_range("send", 1, 1)?;
    finish(step(a, v[0], Value::NULL))
}

/// `throw(...)` of the awaitables and `coroutine_wrapper`.
fn throw_method(a: Value, args: Args) -> R<Value> {
    let v = args.positional_range("throw", 1, 3)?;
    let inst = generator::throw_instance(v)?;
    finish(step(a, object::none(), inst))
}

macro_rules! await_tables {
    ($($tab:ident for $ty:ident;)*) => {
        $(crate::attr_table! {
            #[doc = concat!("The attributes of `", stringify!($ty), "`.")]
            pub static $tab for $ty = [
                method "__await__" => same;
                slot "__getattribute__" => crate::types::slots::getattribute;
                slot "__iter__" => same;
                slot "__next__" => next_slot;
                method "close" => close_method;
                method "send" => send_method;
                method "throw" => throw_method;
            ]
        })*
    };
}

await_tables! {
    ASEND_ATTRS for ASEND_TYPE;
    ATHROW_ATTRS for ATHROW_TYPE;
    ANEXT_ATTRS for ANEXT_TYPE;
}

crate::attr_table! {
    /// The attributes of `coroutine_wrapper` (an iterator, not awaitable).
    pub static COROUTINE_WRAPPER_ATTRS for COROUTINE_WRAPPER_TYPE = [
        slot "__getattribute__" => crate::types::slots::getattribute;
        slot "__iter__" => same;
        slot "__next__" => next_slot;
        method "close" => close_method;
        method "send" => send_method;
        method "throw" => throw_method;
    ]
}

/// `__iter__` and `__await__`: the awaitable itself.
fn same(a: Value, args: Args) -> R<Value> {
    args.positional_range("__iter__", 0, 0)?;
    Ok(a)
}

/// `repr(a)` of an awaitable: `<async_generator_asend object at 0x...>`.
pub fn repr(a: Value) -> String {
    format!("<{} object at {:#x}>", object::type_name(a), a.0)
}

/// `a.send(v)`: the value passed up, or StopIteration with the result.
pub fn send(a: Value, v: Value) -> R<Value> {
    finish(step(a, v, Value::NULL))
}

/// `next(a)` for the iteration protocol: `Ok(None)` at the end (the
/// result is dropped, as a `for` loop drops it).
pub fn next(a: Value) -> R<Option<Value>> {
    match step(a, object::none(), Value::NULL)? {
        Delegated::Yielded(v) => Ok(Some(v)),
        Delegated::Done(_) => Ok(None),
    }
}

/// A step as the result of `send`/`throw`: the end is StopIteration(result).
fn finish(r: R<Delegated>) -> R<Value> {
    match r? {
        Delegated::Yielded(v) => Ok(v),
        Delegated::Done(v) => Err(generator::stop_iteration(v)),
    }
}

/// One step of awaiting `a`, resumed with `sent` or with the exception
/// `exc` thrown in (when not null): the value to pass up, or the result
/// of the await. `yield from`/`await` delegation calls this directly, so
/// awaiting an async generator's item raises no StopIteration.
pub fn step(a: Value, sent: Value, exc: Value) -> R<Delegated> {
    let o = aw(a);
    match o.mode {
        Mode::Send => asend(o, sent, exc),
        Mode::Throw | Mode::Close => athrow(o, sent, exc),
        Mode::Default => {
            let it = generator::await_iter(o.target)?;
            match generator::delegate(it, sent, exc) {
                Err(Pending) if error::take_pending_if(&exc::STOP_ASYNC_ITERATION) => {
                    Ok(Delegated::Done(o.arg))
                }
                r => r,
            }
        }
        // CPython's `coro_wrapper_*`: straight into the coroutine.
        Mode::Wrap if exc.is_null() => generator::delegate(o.target, sent, Value::NULL),
        Mode::Wrap => generator::resume(o.target, object::none(), exc).map(Delegated::from),
    }
}

/// `a.close()`.
fn close(a: Value) -> R<Value> {
    let o = aw(a);
    if o.mode == Mode::Wrap {
        return generator::close(o.target);
    }
    if o.mode != Mode::Default {
        o.state.set(State::Closed);
        return Ok(object::none());
    }
    let it = generator::await_iter(o.target)?;
    match it.kind() {
        Kind::Coroutine => generator::close(it),
        Kind::AsyncAwait => close(it),
        _ => {
            let name = crate::objects::str::new("close");
            dispatch::call_method(it, name, Args::positional(&[]))
        }
    }
}

/// `asend`/`__anext__` awaitables (`async_gen_asend_send` and `_throw`).
fn asend(o: &AwaitObj, sent: Value, exc: Value) -> R<Delegated> {
    let g = o.target;
    let gen = generator::obj(g);
    if o.state.get() == State::Closed {
        return Err(raise(
            &exc::RUNTIME_ERROR,
            "cannot reuse already awaited __anext__()/asend()",
        ));
    }
    let r = if exc.is_null() {
        let mut sent = sent;
        if o.state.get() == State::Init {
            if gen.running_async.get() {
                return Err(raise(
                    &exc::RUNTIME_ERROR,
                    "anext(): asynchronous generator is already running",
                ));
            }
            if object::is_none(sent) {
                sent = o.arg;
            }
            o.state.set(State::Iter);
        }
        gen.running_async.set(true);
        unwrap(g, gen_send(g, sent))
    } else {
        unwrap(g, generator::resume(g, object::none(), exc))
    };
    if !matches!(r, Ok(Delegated::Yielded(_))) {
        o.state.set(State::Closed);
    }
    r
}

/// `athrow`/`aclose` awaitables (`async_gen_athrow_send` and `_throw`).
fn athrow(o: &AwaitObj, sent: Value, exc: Value) -> R<Delegated> {
    let g = o.target;
    let gen = generator::obj(g);
    let closing = o.mode == Mode::Close;
    if o.state.get() == State::Closed {
        return Err(raise(
            &exc::RUNTIME_ERROR,
            "cannot reuse already awaited aclose()/athrow()",
        ));
    }
    if !exc.is_null() {
        // Thrown into the awaitable: on into the generator.
        let r = generator::resume(g, object::none(), exc);
        if !closing {
            return unwrap(g, r);
        }
        return match r {
            Ok(Step::AsyncYielded(_)) => Err(ignored_exit(o)),
            Ok(Step::Yielded(v)) => Ok(Delegated::Yielded(v)),
            Ok(Step::Returned(_)) => Ok(Delegated::Done(object::none())),
            Err(p) => closed_on_exit(o, p),
        };
    }
    if gen.state.get() == alrt_abi::layout::GEN_FINISHED {
        o.state.set(State::Closed);
        return Ok(Delegated::Done(object::none()));
    }
    if o.state.get() == State::Init {
        if gen.running_async.get() {
            o.state.set(State::Closed);
            let which = if closing { "aclose" } else { "athrow" };
            return Err(raise(
                &exc::RUNTIME_ERROR,
                format!("{which}(): asynchronous generator is already running"),
            ));
        }
        if gen.closed.get() {
            o.state.set(State::Closed);
            return Err(raise_empty(&exc::STOP_ASYNC_ITERATION));
        }
        if !object::is_none(sent) {
            return Err(raise(
                &exc::RUNTIME_ERROR,
                "can't send non-None value to a just-started coroutine",
            ));
        }
        o.state.set(State::Iter);
        gen.running_async.set(true);
        if closing {
            gen.closed.set(true);
            let exit =
                exc::new_exception(&exc::GENERATOR_EXIT, crate::objects::tuple::from_slice(&[]));
            return match generator::resume(g, object::none(), exit) {
                Ok(Step::AsyncYielded(_)) => Err(ignored_exit(o)),
                Ok(Step::Yielded(v)) => Ok(Delegated::Yielded(v)),
                Ok(Step::Returned(_)) => Ok(end_await(o)),
                Err(p) => closed_on_exit(o, p),
            };
        }
        let args = crate::objects::tuple::items(o.arg);
        let r = match generator::throw_instance(args) {
            Ok(inst) => unwrap(g, generator::resume(g, object::none(), inst)),
            Err(p) => Err(p),
        };
        return match r {
            Err(p) => closed_on_exit(o, p),
            Ok(Delegated::Done(v)) => {
                o.state.set(State::Closed);
                Ok(Delegated::Done(v))
            }
            r => r,
        };
    }
    let r = gen_send(g, sent);
    if !closing {
        return unwrap(g, r);
    }
    match r {
        Ok(Step::AsyncYielded(_)) => Err(ignored_exit(o)),
        Ok(Step::Yielded(v)) => Ok(Delegated::Yielded(v)),
        Ok(Step::Returned(_)) => Ok(end_await(o)),
        Err(p) => closed_on_exit(o, p),
    }
}

/// The awaitable `o` is done: the generator no longer runs for it.
fn end_await(o: &AwaitObj) -> Delegated {
    generator::obj(o.target).running_async.set(false);
    o.state.set(State::Closed);
    Delegated::Done(object::none())
}

/// `aclose()` found the generator yielding instead of ending.
fn ignored_exit(o: &AwaitObj) -> Pending {
    generator::obj(o.target).running_async.set(false);
    o.state.set(State::Closed);
    raise(&exc::RUNTIME_ERROR, "async generator ignored GeneratorExit")
}

/// An `athrow`/`aclose` await ended with an exception (CPython's
/// `check_error`): for `aclose`, StopAsyncIteration and GeneratorExit mean
/// the generator closed, which is the await's (None) result.
fn closed_on_exit(o: &AwaitObj, p: Pending) -> R<Delegated> {
    generator::obj(o.target).running_async.set(false);
    o.state.set(State::Closed);
    if o.mode == Mode::Close
        && (error::take_pending_if(&exc::STOP_ASYNC_ITERATION)
            || error::take_pending_if(&exc::GENERATOR_EXIT))
    {
        return Ok(Delegated::Done(object::none()));
    }
    Err(p)
}

/// `gen_send` on an async generator: "just-started" checked, a finished
/// one returns (its awaitable then raises StopAsyncIteration).
fn gen_send(g: Value, sent: Value) -> R<Step> {
    let gen = generator::obj(g);
    if gen.state.get() == 0 && !object::is_none(sent) {
        return Err(generator::just_started(g));
    }
    generator::resume(g, sent, Value::NULL)
}

/// What a resume of the async generator `g` means for its awaitable
/// (CPython's `async_gen_unwrap_value`): a `yield` ends the await with the
/// value, an inner `await`'s value is passed up, the end of the body is
/// StopAsyncIteration.
fn unwrap(g: Value, r: R<Step>) -> R<Delegated> {
    let gen = generator::obj(g);
    match r {
        Ok(Step::Yielded(v)) => Ok(Delegated::Yielded(v)),
        Ok(Step::AsyncYielded(v)) => {
            gen.running_async.set(false);
            Ok(Delegated::Done(v))
        }
        Ok(Step::Returned(_)) => {
            gen.closed.set(true);
            gen.running_async.set(false);
            Err(raise_empty(&exc::STOP_ASYNC_ITERATION))
        }
        Err(p) => {
            if error::pending_is(&exc::STOP_ASYNC_ITERATION)
                || error::pending_is(&exc::GENERATOR_EXIT)
            {
                gen.closed.set(true);
            }
            gen.running_async.set(false);
            Err(p)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn awaitable_type_names_are_cpythons() {
        // python3 -c 'async def f(): yield
        // a = f(); print(type(a).__name__, type(a.asend(None)).__name__,
        //   type(a.athrow(ValueError)).__name__, type(anext(a, 1)).__name__)'
        assert_eq!(ASYNC_GENERATOR_TYPE.name, "async_generator");
        assert_eq!(ASEND_TYPE.name, "async_generator_asend");
        assert_eq!(ATHROW_TYPE.name, "async_generator_athrow");
        assert_eq!(ANEXT_TYPE.name, "anext_awaitable");
    }
}
