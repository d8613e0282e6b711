//! Generator objects. A generator function compiles to a creation entry and
//! a resume function; the generator object holds the suspended frame: the
//! resume point (`state`) and, after the object in the same GC cell, one
//! slot per variable of the function. At each `yield` the resume function
//! stores every variable into its slot, records the resume point and returns
//! the yielded value; resuming jumps back there and reloads the slots. So
//! creating a generator is one allocation and `next()` allocates nothing.
//!
//! This module drives the resume function with CPython's rules: `send`,
//! `throw`, `close`, "generator already executing", `StopIteration` with the
//! return value, and PEP 479 (a `StopIteration` escaping the body becomes
//! `RuntimeError`). A generator suspended where closing it runs code (the
//! compiler marks those resume points) registers with the collector's
//! finaliser queue, which closes it once it is garbage (`gc::finalize`).

use crate::exc::error::{self, raise, type_error, value_error, Pending, R};
use crate::exc::{self, ExcObj};
use crate::gc::finalize::{self, Finalizer};
use crate::object::{self, Header, Kind, Object, TypeObj, VarObject, OBJECT_TYPE};
use crate::objects::func;
use crate::protocol::args::Args;
use crate::protocol::dispatch;
use crate::types::slots;
use crate::value::Value;
use std::cell::Cell;

/// `generator`
pub static GENERATOR_TYPE: TypeObj =
    TypeObj::builtin("generator", Some(&OBJECT_TYPE), Kind::Generator).with_attrs(&GENERATOR_ATTRS);
/// `coroutine`: what calling an `async def` function creates; the same
/// machinery, driven by `await` and `send` instead of iteration.
pub static COROUTINE_TYPE: TypeObj =
    TypeObj::builtin("coroutine", Some(&OBJECT_TYPE), Kind::Coroutine).with_attrs(&COROUTINE_ATTRS);

/// The compiled resume function: `resume(gen, sent, exc)`. `exc` is null,
/// or an exception instance to raise at the resume point (`throw`). It
/// returns the yielded value (with `state` set to the resume point), the
/// returned value (with `state` set to `alrt_abi::layout::GEN_FINISHED`), or
/// null with an exception pending.
pub type ResumeFn = extern "C" fn(gen: Value, sent: Value, exc: Value) -> Value;

/// A generator: the suspended frame of a generator function.
#[repr(C)]
pub struct GenObj {
    pub header: Header,
    /// 0 before the first resume, the resume point while suspended,
    /// `GEN_FINISHED` once the body has returned or raised. Generated code
    /// writes it at every `yield` and `return`.
    pub state: Cell<i64>,
    pub resume: ResumeFn,
    /// The generator function (its name, its closure cells).
    pub func: Value,
    /// True while the body runs (resuming then is a ValueError).
    pub running: Cell<bool>,
    /// Set by generated code at a `yield` of an async generator, to tell the
    /// value from one an `await` inside it passes up; `resume` clears it.
    pub async_yield: Cell<bool>,
    /// Async generators: an `asend`/`athrow` awaitable is being awaited
    /// (CPython's `ag_running_async`).
    pub running_async: Cell<bool>,
    /// Async generators: closed by `aclose` or ended (CPython's `ag_closed`).
    pub closed: Cell<bool>,
    /// Where the generator stands with the finaliser queue: `FIN_NONE`,
    /// `FIN_REGISTERED` or `FIN_DONE`.
    fin: Cell<u8>,
    /// The number of variable slots after the object.
    pub nslots: u32,
    /// Coroutines not started yet: where they were created, as the first
    /// return addresses into generated code (`frames::innermost_offsets`,
    /// `objects::unawaited`).
    pub created_at: Cell<[u32; 3]>,
    /// Creation order: generators that die together are closed oldest
    /// first, as CPython's collector finalises garbage in allocation order
    /// (so an outer generator is closed before one it created).
    seq: u64,
}

/// Not registered for finalisation.
const FIN_NONE: u8 = 0;
/// Registered: closed when it becomes garbage.
const FIN_REGISTERED: u8 = 1;
/// Finalised once; never registered again (as PEP 442 finalises once).
const FIN_DONE: u8 = 2;

// SAFETY: repr(C), Header first; every Kind::Generator, Kind::Coroutine
// and Kind::AsyncGenerator object is a GenObj
// allocated by `new` with `nslots` slot words after it. Generated code
// writes those slots only while it runs the body (never during a
// collection, which is the only time rt reads them); a slot holds a value,
// null, or a small raw integer of the compiled code (loop counters and
// flags), which tracing ignores like any non-pointer word.
unsafe impl Object for GenObj {
    const KINDS: &'static [Kind] = &[Kind::Generator, Kind::Coroutine, Kind::AsyncGenerator];

    fn trace(&self, t: &mut crate::gc::Tracer) {
        t.visit(self.func);
    }
}

// SAFETY: the slots follow the object in its cell (see above).
unsafe impl VarObject for GenObj {
    const VAR_SLOT: usize = 1;

    fn n_values(&self) -> usize {
        self.nslots as usize
    }
}

/// A new generator, coroutine or async generator (`flavour`, one of
/// `alrt_abi::layout::GEN_FLAVOUR_*`) for the function `func` whose body
/// resumes through `resume`, with `nslots` variable slots; the first ones
/// hold `args` (the parameters as bound by the call).
pub fn new(func: Value, resume: ResumeFn, nslots: usize, args: &[Value], flavour: u32) -> Value {
    let n = nslots.max(args.len());
    // Most frames are small: build them on the stack, not in a Vec.
    let mut small = [Value::NULL; 16];
    let mut big = Vec::new();
    let slots: &mut [Value] = if n <= small.len() {
        &mut small[..n]
    } else {
        big.resize(n, Value::NULL);
        &mut big
    };
    slots[..args.len()].copy_from_slice(args);
    let ty = match flavour {
        alrt_abi::layout::GEN_FLAVOUR_COROUTINE => &COROUTINE_TYPE,
        alrt_abi::layout::GEN_FLAVOUR_ASYNC_GENERATOR => {
            &crate::objects::async_gen::ASYNC_GENERATOR_TYPE
        }
        _ => &GENERATOR_TYPE,
    };
    let head = GenObj {
        header: Header::new(ty),
        state: Cell::new(0),
        resume,
        func,
        running: Cell::new(false),
        async_yield: Cell::new(false),
        running_async: Cell::new(false),
        closed: Cell::new(false),
        fin: Cell::new(FIN_NONE),
        nslots: u32::try_from(n).expect("a frame of fewer than 2**32 variables"),
        created_at: Cell::new([0; 3]),
        seq: finalize::next_key(),
    };
    let g = Value::from_ref(crate::gc::alloc_var(head, slots));
    if flavour == alrt_abi::layout::GEN_FLAVOUR_COROUTINE
        && crate::objects::unawaited::on_created(g)
    {
        // Registered from the start: one that dies before it ever ran is
        // reported ("never awaited"); the entry then serves `suspended`.
        register_for_close(g);
    }
    g
}

/// The generator object `g` (a generator, coroutine or async generator).
pub(crate) fn obj(g: Value) -> &'static GenObj {
    g.as_ref::<GenObj>()
}

/// True for a coroutine (from an `async def`), false for a generator.
pub fn is_coroutine(g: Value) -> bool {
    g.kind() == Kind::Coroutine
}

/// True for a generator or a coroutine: a `GenObj`, driven by `resume`.
fn is_resumable(v: Value) -> bool {
    matches!(v.kind(), Kind::Generator | Kind::Coroutine)
}

const FINISHED: i64 = alrt_abi::layout::GEN_FINISHED;
/// The state bit of a resume point where closing runs code.
const CLOSE_RUNS_CODE: i64 = alrt_abi::layout::GEN_STATE_CLOSE_RUNS_CODE;

/// What one resume produced.
pub(crate) enum Step {
    /// The body suspended with this value: a `yield` of a generator, or a
    /// value an `await` passes up.
    Yielded(Value),
    /// An async generator's `yield` of this value (for its `async for`).
    AsyncYielded(Value),
    /// The body returned this value.
    Returned(Value),
}

/// What the body's kind is called in "X raised StopIteration" and
/// "X ignored GeneratorExit".
fn what(g: Value) -> &'static str {
    match g.kind() {
        Kind::Coroutine => "coroutine",
        Kind::AsyncGenerator => "async generator",
        _ => "generator",
    }
}

/// Runs the body from its resume point, sending `sent` (the value of the
/// `yield` expression) or raising `exc` there (when not null).
pub(crate) fn resume(g: Value, sent: Value, exc: Value) -> R<Step> {
    let gen = obj(g);
    if gen.running.get() {
        return Err(value_error("generator already executing"));
    }
    if gen.state.get() == FINISHED {
        if is_coroutine(g) {
            return Err(raise(
                &exc::RUNTIME_ERROR,
                "cannot reuse already awaited coroutine",
            ));
        }
        if !exc.is_null() {
            return Err(error::set_pending(exc));
        }
        return Ok(Step::Returned(object::none()));
    }
    if gen.state.get() == 0 && g.kind() == Kind::Coroutine {
        crate::objects::unawaited::on_started(g);
    }
    gen.running.set(true);
    let r = (gen.resume)(g, sent, exc);
    gen.running.set(false);
    if r.is_null() {
        raised(g);
        return Err(Pending);
    }
    let state = gen.state.get();
    if state == FINISHED {
        return Ok(Step::Returned(r));
    }
    suspended(g);
    if gen.async_yield.replace(false) {
        Ok(Step::AsyncYielded(r))
    } else {
        Ok(Step::Yielded(r))
    }
}

/// `g` has just suspended: at a point where closing it runs code (inside
/// `try`/`with`), it is registered to be closed when it becomes garbage.
/// Generated code's inline `next()` calls this through
/// `alc_rt_gen_suspended` when the state has that bit.
pub fn suspended(g: Value) {
    let gen = obj(g);
    if gen.state.get() & CLOSE_RUNS_CODE != 0 && gen.fin.get() == FIN_NONE {
        register_for_close(g);
    }
}

/// Registers `g` with the finaliser queue (once per generator; out of
/// line, so the resume path stays short).
#[cold]
#[inline(never)]
fn register_for_close(g: Value) {
    let gen = obj(g);
    gen.fin.set(FIN_REGISTERED);
    finalize::register(g, gen.seq, &FINALIZER);
}

/// How the collector finalises a generator.
static FINALIZER: Finalizer = Finalizer {
    pending: close_runs_code,
    run: finalize,
};

/// True if `g` is suspended where closing it runs code, or is a coroutine
/// that never ran (only reads it).
fn close_runs_code(g: Value) -> bool {
    let gen = obj(g);
    let state = gen.state.get();
    state != FINISHED
        && (state & CLOSE_RUNS_CODE != 0 || state == 0 && g.kind() == Kind::Coroutine)
        && !gen.running.get()
}

/// The finaliser of a generator or coroutine that became garbage: closes
/// it, reporting an exception as CPython's finaliser does; a coroutine
/// that never ran is reported as never awaited. Once only.
fn finalize(g: Value) {
    let gen = obj(g);
    gen.fin.set(FIN_DONE);
    if gen.state.get() == 0 && g.kind() == Kind::Coroutine {
        crate::objects::unawaited::on_never_awaited(g);
        gen.state.set(FINISHED);
        return;
    }
    if close(g).is_err() {
        report_ignored(g);
    }
}

/// Reports the pending exception, which `close(g)` raised and which cannot
/// propagate (a finaliser, the end of a `for` loop), on stderr as CPython's
/// unraisable hook does ("Exception ignored in: ..."), and drops it.
fn report_ignored(g: Value) {
    let e = error::take_pending();
    // CPython flushes stdout before writing the report.
    crate::builtins::output::flush();
    let report = crate::exc::traceback::format_unraisable(&repr(g), e);
    crate::builtins::output::write_err(&report);
}

/// The body of `g` raised: it is finished, and the pending exception is
/// what its `next` raises, with PEP 479 (and PEP 525 for an async
/// generator's StopAsyncIteration) applied.
pub fn raised(g: Value) {
    obj(g).state.set(FINISHED);
    let e = error::pending();
    let stop_async = g.kind() == Kind::AsyncGenerator && is_instance(e, &exc::STOP_ASYNC_ITERATION);
    if is_instance(e, &exc::STOP_ITERATION) || stop_async {
        let stop = if stop_async {
            "StopAsyncIteration"
        } else {
            "StopIteration"
        };
        escaped(e, &format!("{} raised {stop}", what(g)));
    }
}

/// PEP 479 for a generator expression run inline: a pending StopIteration
/// becomes a RuntimeError.
pub fn stop_iteration_escaped() {
    let e = error::pending();
    if is_instance(e, &exc::STOP_ITERATION) {
        escaped(e, "generator raised StopIteration");
    }
}

/// Replaces the pending exception `e`, which escaped a generator's body
/// where it cannot, by a RuntimeError caused by it.
fn escaped(e: Value, msg: &str) {
    error::take_pending();
    let err = exc::with_message(&exc::RUNTIME_ERROR, msg);
    let eo = err.as_ref::<ExcObj>();
    eo.cause.set(e);
    eo.context.set(e);
    error::set_pending(err);
}

/// The TypeError of a first `send` that is not None.
pub(crate) fn just_started(g: Value) -> Pending {
    type_error(format!(
        "can't send non-None value to a just-started {}",
        what(g)
    ))
}

fn is_instance(e: Value, t: &'static TypeObj) -> bool {
    !e.is_null() && object::isinstance(e, t)
}

/// `StopIteration(value)`, or a bare `StopIteration` for None.
pub(crate) fn stop_iteration(value: Value) -> Pending {
    if object::is_none(value) {
        return error::raise_empty(&exc::STOP_ITERATION);
    }
    let args = crate::objects::tuple::from_slice(&[value]);
    error::set_pending(exc::new_exception(&exc::STOP_ITERATION, args))
}

/// `next(g)` for the iteration protocol: `Ok(None)` when exhausted (the
/// return value is dropped, as a `for` loop drops it).
pub fn next(g: Value) -> R<Option<Value>> {
    match resume(g, object::none(), Value::NULL)? {
        Step::Yielded(v) | Step::AsyncYielded(v) => Ok(Some(v)),
        Step::Returned(_) => Ok(None),
    }
}

/// `g.send(v)`: the next yielded value, or StopIteration with the return value.
pub fn send(g: Value, v: Value) -> R<Value> {
    if obj(g).state.get() == 0 && !object::is_none(v) {
        return Err(just_started(g));
    }
    match resume(g, v, Value::NULL)? {
        Step::Yielded(v) | Step::AsyncYielded(v) => Ok(v),
        Step::Returned(v) => Err(stop_iteration(v)),
    }
}

/// `g.throw(exc)`: raises `exc` (a class or an instance) at the resume point.
pub fn throw(g: Value, args: &[Value]) -> R<Value> {
    let inst = throw_instance(args)?;
    match resume(g, object::none(), inst)? {
        Step::Yielded(v) | Step::AsyncYielded(v) => Ok(v),
        Step::Returned(v) => Err(stop_iteration(v)),
    }
}

/// The exception `throw(typ[, val[, tb]])` raises, with CPython's checks.
pub(crate) fn throw_instance(args: &[Value]) -> R<Value> {
    let typ = args[0];
    let val = args.get(1).copied().filter(|v| !object::is_none(*v));
    if typ.kind() == Kind::Exception {
        if val.is_some() {
            return Err(type_error(
                "instance exception may not have a separate value",
            ));
        }
        return Ok(typ);
    }
    if exc::is_exception_type(typ) {
        // An instance of the class is thrown as it is (CPython's
        // `PyErr_NormalizeException`).
        let t = typ.as_ref::<TypeObj>();
        if let Some(v) = val.filter(|v| v.kind() == Kind::Exception && object::isinstance(*v, t)) {
            return Ok(v);
        }
        let call_args = match val {
            None => Vec::new(),
            Some(v) if v.kind() == Kind::Tuple => crate::objects::tuple::items(v).to_vec(),
            Some(v) => vec![v],
        };
        let inst = dispatch::call(typ, Args::positional(&call_args))?;
        if inst.kind() == Kind::Exception {
            return Ok(inst);
        }
    }
    Err(type_error(format!(
        "exceptions must be classes or instances deriving from BaseException, not {}",
        object::type_name(typ)
    )))
}

/// `g.close()`: raises GeneratorExit at the resume point; the body must
/// end (return or raise GeneratorExit/StopIteration), not yield.
pub fn close(g: Value) -> R<Value> {
    let gen = obj(g);
    let state = gen.state.get();
    if state == FINISHED || state == 0 {
        if state == 0 && g.kind() == Kind::Coroutine {
            crate::objects::unawaited::on_started(g);
        }
        gen.state.set(FINISHED);
        return Ok(object::none());
    }
    let exit = exc::new_exception(&exc::GENERATOR_EXIT, crate::objects::tuple::from_slice(&[]));
    match resume(g, object::none(), exit) {
        Ok(Step::Yielded(_) | Step::AsyncYielded(_)) => Err(raise(
            &exc::RUNTIME_ERROR,
            format!("{} ignored GeneratorExit", what(g)),
        )),
        Ok(Step::Returned(_)) => Ok(object::none()),
        Err(Pending) => {
            if error::take_pending_if(&exc::GENERATOR_EXIT)
                || error::take_pending_if(&exc::STOP_ITERATION)
            {
                Ok(object::none())
            } else {
                Err(Pending)
            }
        }
    }
}

/// The generator's `__name__`/`__qualname__` source: its function's.
pub fn qualname(g: Value) -> String {
    func::qualname(obj(g).func)
}

/// `repr(g)`: `<generator object f.<locals>.g at 0x...>` (or coroutine).
pub fn repr(g: Value) -> String {
    let what = object::type_name(g);
    format!("<{what} object {} at {:#x}>", qualname(g), g.0)
}

/// Data attributes of generators.
pub fn attr(g: Value, name: &str) -> Option<Value> {
    let gen = obj(g);
    match name {
        "__name__" => Some(crate::objects::str::new(&func::name(gen.func))),
        "__qualname__" => Some(crate::objects::str::new(&qualname(g))),
        "gi_running" if g.kind() == Kind::Generator => Some(object::boolean(gen.running.get())),
        "cr_running" if g.kind() == Kind::Coroutine => Some(object::boolean(gen.running.get())),
        "ag_running" if g.kind() == Kind::AsyncGenerator => {
            Some(object::boolean(gen.running_async.get()))
        }
        _ => None,
    }
}

crate::attr_table! {
    /// The attributes of generators.
    pub static GENERATOR_ATTRS for GENERATOR_TYPE = [
        slot "__getattribute__" => slots::getattribute;
        slot "__iter__" => |g, a| {
            a.positional_range("__iter__", 0, 0)?;
            Ok(g)
        };
        getset "__name__" => |g| Ok(attr(g, "__name__").unwrap_or_else(object::none));
        slot "__next__" => |g, a| {
            a.positional_range("__next__", 0, 0)?;
            send(g, object::none())
        };
        getset "__qualname__" => |g| Ok(attr(g, "__qualname__").unwrap_or_else(object::none));
        slot "__repr__" => slots::repr;
        method "close" => close_method;
        getset "gi_running" => |g| Ok(object::boolean(obj(g).running.get()));
        method "send" => send_method;
        method "throw" => throw_method;
    ]
}

crate::attr_table! {
    /// The attributes of coroutines (not iterators: no `__next__`).
    pub static COROUTINE_ATTRS for COROUTINE_TYPE = [
        slot "__await__" => |g, a| {
            a.positional_range("__await__", 0, 0)?;
            Ok(crate::objects::async_gen::coroutine_wrapper(g))
        };
        slot "__getattribute__" => slots::getattribute;
        getset "__name__" => |g| Ok(attr(g, "__name__").unwrap_or_else(object::none));
        getset "__qualname__" => |g| Ok(attr(g, "__qualname__").unwrap_or_else(object::none));
        slot "__repr__" => slots::repr;
        method "close" => close_method;
        getset "cr_running" => |g| Ok(object::boolean(obj(g).running.get()));
        method "send" => send_method;
        method "throw" => throw_method;
    ]
}

fn send_method(g: Value, args: Args) -> R<Value> {
    let a = args.positional_range("send", 1, 1)?;
    send(g, a[0])
}

fn throw_method(g: Value, args: Args) -> R<Value> {
    let a = args.positional_range("throw", 1, 3)?;
    throw(g, a)
}

fn close_method(g: Value, args: Args) -> R<Value> {
    args.positional_range("close", 0, 0)?;
    close(g)
}

/// What one step of `yield from` produced.
pub enum Delegated {
    /// The subiterator yielded this value: the delegating generator yields it.
    Yielded(Value),
    /// The subiterator ended with this return value.
    Done(Value),
}

/// One step of `yield from it` in a delegating generator that was resumed
/// with `sent`, or with the exception `exc` thrown in (when not null): the
/// value goes to the subiterator's `send` (`next` for None), the exception
/// to its `throw`; GeneratorExit closes it and is raised here.
pub fn delegate(it: Value, sent: Value, exc: Value) -> R<Delegated> {
    if it.kind() == Kind::AsyncAwait {
        return crate::objects::async_gen::step(it, sent, exc);
    }
    if !exc.is_null() {
        if is_instance(exc, &exc::GENERATOR_EXIT) {
            if is_resumable(it) {
                close(it)?;
            } else if let Some(m) = optional_method(it, "close")? {
                dispatch::call(m, Args::positional(&[]))?;
            }
            return Err(error::set_pending(exc));
        }
        if is_resumable(it) {
            return resume(it, object::none(), exc).map(Delegated::from);
        }
        let Some(m) = optional_method(it, "throw")? else {
            return Err(error::set_pending(exc));
        };
        return finished_on_stop(dispatch::call(m, Args::positional(&[exc])));
    }
    if is_resumable(it) {
        if obj(it).state.get() == 0 && !object::is_none(sent) {
            return Err(just_started(it));
        }
        return resume(it, sent, Value::NULL).map(Delegated::from);
    }
    if object::is_none(sent) {
        return Ok(match dispatch::next(it)? {
            Some(v) => Delegated::Yielded(v),
            None => Delegated::Done(object::none()),
        });
    }
    let name = crate::objects::str::new("send");
    finished_on_stop(dispatch::call_method(it, name, Args::positional(&[sent])))
}

impl From<Step> for Delegated {
    fn from(s: Step) -> Delegated {
        match s {
            Step::Yielded(v) | Step::AsyncYielded(v) => Delegated::Yielded(v),
            Step::Returned(v) => Delegated::Done(v),
        }
    }
}

/// The bound method `o.name`, or None when `o` has no such attribute.
fn optional_method(o: Value, name: &str) -> R<Option<Value>> {
    match dispatch::getattr(o, crate::objects::str::new(name)) {
        Ok(m) => Ok(Some(m)),
        Err(Pending) if error::take_pending_if(&exc::ATTRIBUTE_ERROR) => Ok(None),
        Err(p) => Err(p),
    }
}

/// A subiterator's `send`/`throw` result: a StopIteration ends the
/// delegation with its value.
pub(crate) fn finished_on_stop(r: R<Value>) -> R<Delegated> {
    match r {
        Ok(v) => Ok(Delegated::Yielded(v)),
        Err(Pending) if error::pending_is(&exc::STOP_ITERATION) => {
            let e = error::take_pending();
            Ok(Delegated::Done(e.as_ref::<ExcObj>().stop_value()))
        }
        Err(p) => Err(p),
    }
}

/// Closes `it` if it is a generator or an async generator (a `for` or
/// `async for` loop over one nothing else refers to has ended), as
/// CPython's finaliser does (an async generator without an event loop's
/// hooks is closed synchronously). An exception from `close` cannot
/// propagate: it is reported on stderr and dropped.
pub fn close_quietly(it: Value) {
    if matches!(it.kind(), Kind::Generator | Kind::AsyncGenerator) {
        // What CPython's finaliser does when the loop drops the last
        // reference; it is not repeated when the generator dies.
        finalize(it);
    }
}

/// `await v`: the iterator an awaiting coroutine delegates to: a coroutine
/// itself, or what `type(v).__await__(v)` returns (an iterator).
pub fn await_iter(v: Value) -> R<Value> {
    if is_coroutine(v) || v.kind() == Kind::AsyncAwait && !crate::objects::async_gen::is_wrapper(v)
    {
        return Ok(v);
    }
    let cant = || {
        type_error(format!(
            "object {} can't be used in 'await' expression",
            object::type_name(v)
        ))
    };
    if v.kind() == Kind::Generator || !crate::class::ops::is_user(v) {
        return Err(cant());
    }
    let name = crate::objects::str::new("__await__");
    let Some(crate::class::Found::Attr(f)) = crate::class::lookup(object::type_of(v), name) else {
        return Err(cant());
    };
    let it = dispatch::call(f, Args::positional(&[v]))?;
    if is_coroutine(it) {
        return Err(type_error("__await__() returned a coroutine"));
    }
    if !crate::class::ops::is_iterator(it) {
        return Err(type_error(format!(
            "__await__() returned non-iterator of type '{}'",
            object::type_name(it)
        )));
    }
    Ok(it)
}
