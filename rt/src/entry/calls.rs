//! Calls (generic, method, `*args`/`**kwargs`), argument binding for
//! generic entries, function and cell objects.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use super::{status, values};
use crate::exc::error::{to_abi, type_error, R};
use crate::object::{self, type_name, Kind};
use crate::protocol::args::Args;
use crate::value::Value;
use crate::{objects::func, protocol::dispatch};

/// `f(args..., k=v...)`: `args` holds positional then keyword values.
#[no_mangle]
pub extern "C" fn alc_rt_call(f: Value, args: *const Value, nargs: usize, kwnames: Value) -> Value {
    let nkw = if kwnames.is_null() {
        0
    } else {
        crate::objects::tuple::items(kwnames).len()
    };
    to_abi(dispatch::call(
        f,
        Args::new(values(args, nargs + nkw), kwnames),
    ))
}

/// `o.name(args...)` without materialising a bound method for built-ins.
#[no_mangle]
pub extern "C" fn alc_rt_call_method(
    o: Value,
    name: Value,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Value {
    let nkw = if kwnames.is_null() {
        0
    } else {
        crate::objects::tuple::items(kwnames).len()
    };
    method_result(
        o,
        name,
        dispatch::call_method(o, name, Args::new(values(args, nargs + nkw), kwnames)),
    )
}

/// `o.name(*args)` at a call site with inline cache `ic`: a built-in
/// receiver whose type the cache has seen calls the cached table entry
/// without looking the name up (`class::inline_cache::builtin_method`).
#[no_mangle]
pub extern "C" fn alc_rt_call_method_ic(
    o: Value,
    name: Value,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
    ic: &'static crate::class::instance::AttrCache,
) -> Value {
    let nkw = if kwnames.is_null() {
        0
    } else {
        crate::objects::tuple::items(kwnames).len()
    };
    let a = Args::new(values(args, nargs + nkw), kwnames);
    let r = match crate::class::inline_cache::builtin_method(o, name, ic) {
        Some(def) => crate::types::descr::call_through_instance(def, o, a),
        None => dispatch::call_method(o, name, a),
    };
    method_result(o, name, r)
}

/// `r` for generated code; a failure looking the method up is marked for
/// the traceback.
fn method_result(o: Value, name: Value, r: crate::exc::error::R<Value>) -> Value {
    if r.is_err() {
        crate::exc::traceback::method_call_failed(o, name);
    }
    to_abi(r)
}

/// `o.append(v)`: the list fast path of the most common method call;
/// anything else goes through `dispatch::call_method`.
#[no_mangle]
pub extern "C" fn alc_rt_method_append(o: Value, name: Value, v: Value) -> Value {
    if o.kind() == Kind::List {
        crate::objects::list::ops::append(o, v);
        return object::none();
    }
    if is_exact_deque(o) {
        crate::stdlib::collections::deque::append(o, v);
        return object::none();
    }
    method_result(
        o,
        name,
        dispatch::call_method(o, name, Args::positional(&[v])),
    )
}

/// `o.pop()`: the list fast path (a stack's pop); anything else goes
/// through `dispatch::call_method`.
#[no_mangle]
pub extern "C" fn alc_rt_method_pop(o: Value, name: Value) -> Value {
    if o.kind() == Kind::List {
        return to_abi(crate::objects::list::ops::pop(o, -1));
    }
    if is_exact_deque(o) {
        return to_abi(crate::stdlib::collections::deque::pop(o));
    }
    method_result(
        o,
        name,
        dispatch::call_method(o, name, Args::positional(&[])),
    )
}

/// `o.popleft()`: the deque fast path (a queue's take); anything else goes
/// through `dispatch::call_method`.
#[no_mangle]
pub extern "C" fn alc_rt_method_popleft(o: Value, name: Value) -> Value {
    if is_exact_deque(o) {
        return to_abi(crate::stdlib::collections::deque::popleft(o));
    }
    method_result(
        o,
        name,
        dispatch::call_method(o, name, Args::positional(&[])),
    )
}

/// True for a `collections.deque` that is not a subclass instance (whose
/// class may override the method).
#[inline]
fn is_exact_deque(o: Value) -> bool {
    !o.is_small()
        && o.header().kind == Kind::Deque
        && std::ptr::eq(
            o.header().ty,
            &crate::stdlib::collections::deque::DEQUE_TYPE,
        )
}

/// `o.get(k)` / `o.get(k, default)` (`default` null when absent): the dict
/// fast path; anything else goes through `dispatch::call_method`.
#[no_mangle]
pub extern "C" fn alc_rt_method_get(o: Value, name: Value, k: Value, default: Value) -> Value {
    if o.kind() == Kind::Dict {
        return to_abi(crate::objects::dict::get(o, k).map(|r| {
            r.unwrap_or(if default.is_null() {
                object::none()
            } else {
                default
            })
        }));
    }
    let args = [k, default];
    let n = if default.is_null() { 1 } else { 2 };
    method_result(
        o,
        name,
        dispatch::call_method(o, name, Args::positional(&args[..n])),
    )
}

/// `f(*posargs, **kwargs)`: `posargs` is a list, `kwargs` a dict or null.
#[no_mangle]
pub extern "C" fn alc_rt_call_ex(f: Value, posargs: Value, kwargs: Value) -> Value {
    to_abi(call_ex(f, posargs, kwargs))
}

fn call_ex(f: Value, posargs: Value, kwargs: Value) -> R<Value> {
    let mut all = dispatch::collect(posargs)?;
    let npos = all.len();
    let mut names = Vec::new();
    if !kwargs.is_null() {
        for (k, v) in crate::objects::dict::items_vec(kwargs) {
            if k.kind() != Kind::Str {
                return Err(type_error("keywords must be strings"));
            }
            names.push(k);
            all.push(v);
        }
    }
    let kwnames = if names.is_empty() {
        Value::NULL
    } else {
        crate::objects::tuple::from_vec(names)
    };
    let _ = npos;
    dispatch::call(f, Args::new(&all[..], kwnames))
}

/// Merges `**mapping` into the keyword dict of a call: 0, or -1 on error
/// ("got multiple values for keyword argument").
#[no_mangle]
pub extern "C" fn alc_rt_kwargs_merge(d: Value, mapping: Value, f: Value) -> i32 {
    status(kwargs_merge(d, mapping, f))
}

fn kwargs_merge(d: Value, mapping: Value, f: Value) -> R<()> {
    // A dict subclass instance counts as its dict.
    let mut mapping = crate::class::instance::unwrap(mapping);
    if mapping.kind() != Kind::Dict {
        // Another mapping (`UserDict`, ...) is read through `keys()`.
        let tmp = crate::objects::dict::new();
        if !crate::objects::dict::merge_keys(tmp, mapping)? {
            return Err(type_error(format!(
                "{} argument after ** must be a mapping, not {}",
                callable_name(f),
                type_name(mapping)
            )));
        }
        mapping = tmp;
    }
    for (k, v) in crate::objects::dict::items_vec(mapping) {
        if crate::objects::dict::get(d, k)?.is_some() {
            return Err(type_error(format!(
                "{} got multiple values for keyword argument '{}'",
                callable_name(f),
                dispatch::str_of(k)?
            )));
        }
        crate::objects::dict::setitem(d, k, v)?;
    }
    Ok(())
}

pub(super) fn callable_name(f: Value) -> String {
    match f.kind() {
        Kind::Func => format!("__main__.{}()", func::qualname(f)),
        Kind::Builtin => format!("{}()", func::builtin_name(f)),
        _ => "function".to_string(),
    }
}

/// Binds a call's arguments to a compiled function's parameters (see
/// `func::bind_args`): 0, or -1 on error.
#[no_mangle]
pub extern "C" fn alc_rt_bind_args(
    f: Value,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
    out: *mut Value,
    nout: usize,
) -> i32 {
    let nkw = if kwnames.is_null() {
        0
    } else {
        crate::objects::tuple::items(kwnames).len()
    };
    // SAFETY: `out` is the callee's stack slot of `nout` values.
    let out = unsafe { std::slice::from_raw_parts_mut(out, nout) };
    status(func::bind_args(
        f,
        Args::new(values(args, nargs + nkw), kwnames),
        out,
    ))
}

/// Creates a function object for a `def` or `lambda`.
#[no_mangle]
pub extern "C" fn alc_rt_func_new(
    generic: func::GenericEntry,
    desc: &'static func::FuncDesc,
    cells: *const Value,
    ncells: usize,
    defaults: Value,
    kwdefaults: Value,
) -> Value {
    func::new_function(
        generic,
        desc,
        values(cells, ncells).to_vec(),
        defaults,
        kwdefaults,
    )
}

/// A new closure cell holding `v` (null: unbound).
#[no_mangle]
pub extern "C" fn alc_rt_cell_new(v: Value) -> Value {
    func::new_cell(v)
}

/// A generator function's body entry: a new generator, coroutine or async
/// generator (`flavour`, one of `alrt_abi::layout::GEN_FLAVOUR_*`) with
/// `nslots` variable slots, the first `nargs` holding the bound parameters.
#[no_mangle]
pub extern "C" fn alc_rt_gen_new(
    func: Value,
    resume: crate::objects::generator::ResumeFn,
    nslots: usize,
    args: *const Value,
    nargs: usize,
    flavour: u32,
) -> Value {
    crate::objects::generator::new(func, resume, nslots, values(args, nargs), flavour)
}

/// After generated code's inline `next()` of a generator (a `for` loop's
/// fast path) got null from its resume function: the generator is
/// finished, and a StopIteration escaping it becomes RuntimeError.
#[no_mangle]
pub extern "C" fn alc_rt_gen_raised(g: Value) {
    crate::objects::generator::raised(g);
}

/// After generated code's inline `next()` of a generator found it
/// suspended where closing it runs code: register it for finalisation.
#[no_mangle]
pub extern "C" fn alc_rt_gen_suspended(g: Value) {
    crate::objects::generator::suspended(g);
}

/// `await v`: the iterator the awaiting coroutine delegates to.
#[no_mangle]
pub extern "C" fn alc_rt_await_iter(v: Value) -> Value {
    crate::exc::error::to_abi(crate::objects::generator::await_iter(v))
}

/// One step of `yield from`: the value the delegating generator yields
/// next, or `ITER_STOP` when the subiterator ended (its return value then
/// written to `*result`), or null with an exception pending.
#[no_mangle]
pub extern "C" fn alc_rt_yield_from(
    it: Value,
    sent: Value,
    exc: Value,
    result: *mut Value,
) -> Value {
    use crate::objects::generator::{delegate, Delegated};
    match delegate(it, sent, exc) {
        Ok(Delegated::Yielded(v)) => v,
        Ok(Delegated::Done(v)) => {
            super::write_value(result, v);
            crate::value::ITER_STOP
        }
        Err(_) => Value::NULL,
    }
}

/// The end of a `for` loop over a fresh generator: closes it.
#[no_mangle]
pub extern "C" fn alc_rt_close_iter(it: Value) {
    crate::objects::generator::close_quietly(it);
}
