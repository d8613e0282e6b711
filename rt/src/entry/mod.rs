//! The C ABI generated code calls: thin `extern "C"` wrappers over rt's Rust
//! API. Convention: a function returning `Value` returns null when an
//! exception is pending; one returning `i32` returns -1 for that.
//!
//! Generated code is the only caller: it passes pointers to live stack
//! arrays of the stated lengths, which is what the pointer parameters rely on.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

pub mod class;
pub mod start;

use crate::exc::error::{self, to_abi, type_error, Pending, R};
use crate::exc::{self, ExcObj};
use crate::object::{self, type_name, Kind, TypeObj};
use crate::ops::{BinOp, CmpOp, UnaryOp};
use crate::protocol::args::Args;
use crate::state::GlobalCell;
use crate::value::{Value, ITER_STOP};
use crate::{objects::func, protocol::dispatch};

/// Views a (pointer, count) pair from generated code as a slice.
pub(crate) fn values<'a>(ptr: *const Value, n: usize) -> &'a [Value] {
    if n == 0 {
        return &[];
    }
    // SAFETY: generated code passes a pointer to `n` initialised values in
    // its own stack frame, alive for the duration of the call.
    unsafe { std::slice::from_raw_parts(ptr, n) }
}

/// Views UTF-8 bytes emitted by the compiler as a str.
fn text<'a>(ptr: *const u8, len: usize) -> &'a str {
    // SAFETY: the compiler emits `len` bytes of valid UTF-8 in read-only data.
    let bytes = unsafe { std::slice::from_raw_parts(ptr, len) };
    std::str::from_utf8(bytes).unwrap_or("")
}

fn status(r: R<()>) -> i32 {
    match r {
        Ok(()) => 0,
        Err(Pending) => -1,
    }
}

fn status_bool(r: R<bool>) -> i32 {
    match r {
        Ok(b) => b as i32,
        Err(Pending) => -1,
    }
}

// ---- constants -------------------------------------------------------------

/// A str constant from UTF-8 bytes.
#[no_mangle]
pub extern "C" fn alc_rt_const_str(ptr: *const u8, len: usize) -> Value {
    crate::objects::str::new(text(ptr, len))
}

/// An int constant too big for a small int, from its decimal digits.
#[no_mangle]
pub extern "C" fn alc_rt_const_int(ptr: *const u8, len: usize) -> Value {
    crate::objects::int::from_decimal_literal(text(ptr, len))
}

/// A float constant.
#[no_mangle]
pub extern "C" fn alc_rt_const_float(x: f64) -> Value {
    crate::objects::float::new(x)
}

/// A tuple of keyword names for a call site, from `\0`-separated names.
#[no_mangle]
pub extern "C" fn alc_rt_const_kwnames(ptr: *const u8, len: usize) -> Value {
    let names: crate::gc::RootedVec = text(ptr, len)
        .split('\0')
        .map(crate::objects::str::new)
        .collect();
    crate::objects::tuple::from_vec(names.into_vec())
}

/// The value of a builtin name (function, type or exception).
#[no_mangle]
pub extern "C" fn alc_rt_builtin(ptr: *const u8, len: usize) -> Value {
    let name = text(ptr, len);
    crate::builtins::lookup(name).unwrap_or_else(|| {
        error::raise(&exc::NAME_ERROR, format!("name '{name}' is not defined"));
        Value::NULL
    })
}

// ---- operators ---------------------------------------------------------------

/// `a op b` (generated code inlines small-int + - * and calls this otherwise).
#[no_mangle]
pub extern "C" fn alc_rt_binop(op: u32, a: Value, b: Value) -> Value {
    to_abi(dispatch::binop(BinOp::from_abi(op), a, b))
}

/// `a op= b`
#[no_mangle]
pub extern "C" fn alc_rt_inplace(op: u32, a: Value, b: Value) -> Value {
    to_abi(dispatch::inplace(BinOp::from_abi(op), a, b))
}

/// `-v`, `+v`, `~v`
#[no_mangle]
pub extern "C" fn alc_rt_unary(op: u32, v: Value) -> Value {
    to_abi(dispatch::unary(UnaryOp::from_abi(op), v))
}

/// `a op b` for comparisons, as a value.
#[no_mangle]
pub extern "C" fn alc_rt_compare(op: u32, a: Value, b: Value) -> Value {
    to_abi(dispatch::compare(a, b, CmpOp::from_abi(op)))
}

/// `a op b` for comparisons in a condition: 1, 0, or -1 on error.
#[no_mangle]
pub extern "C" fn alc_rt_compare_bool(op: u32, a: Value, b: Value) -> i32 {
    status_bool(dispatch::compare_bool(a, b, CmpOp::from_abi(op)))
}

/// Truth value: 1, 0, or -1 on error.
#[no_mangle]
pub extern "C" fn alc_rt_truthy(v: Value) -> i32 {
    status_bool(dispatch::truthy(v))
}

/// `x in c`: 1, 0, or -1 on error.
#[no_mangle]
pub extern "C" fn alc_rt_contains(c: Value, x: Value) -> i32 {
    status_bool(dispatch::contains(c, x))
}

// ---- items, attributes, iteration --------------------------------------------

/// `o[k]`
#[no_mangle]
pub extern "C" fn alc_rt_getitem(o: Value, k: Value) -> Value {
    to_abi(dispatch::getitem(o, k))
}

/// `o[k] = v`: 0, or -1 on error.
#[no_mangle]
pub extern "C" fn alc_rt_setitem(o: Value, k: Value, v: Value) -> i32 {
    status(dispatch::setitem(o, k, v))
}

/// `del o[k]`: 0, or -1 on error.
#[no_mangle]
pub extern "C" fn alc_rt_delitem(o: Value, k: Value) -> i32 {
    status(dispatch::delitem(o, k))
}

/// `o.name` (`name` is a str constant).
#[no_mangle]
pub extern "C" fn alc_rt_getattr(o: Value, name: Value) -> Value {
    to_abi(dispatch::getattr(o, name))
}

/// `o.name = v`: 0, or -1 on error.
#[no_mangle]
pub extern "C" fn alc_rt_setattr(o: Value, name: Value, v: Value) -> i32 {
    status(dispatch::setattr(o, name, v))
}

/// `iter(v)`
#[no_mangle]
pub extern "C" fn alc_rt_iter(v: Value) -> Value {
    to_abi(dispatch::iter(v))
}

/// Next item, `ITER_STOP` when exhausted, null on error.
#[no_mangle]
pub extern "C" fn alc_rt_next(it: Value) -> Value {
    match dispatch::next(it) {
        Ok(Some(v)) => v,
        Ok(None) => ITER_STOP,
        Err(Pending) => Value::NULL,
    }
}

/// Unpacks exactly `n` items of `v` into `out`: 0, or -1 on error.
#[no_mangle]
pub extern "C" fn alc_rt_unpack(v: Value, n: usize, out: *mut Value) -> i32 {
    status(unpack(v, n, None).map(|items| write_out(out, &items)))
}

/// Unpacks `v` for a target list with a starred name: `before` items, a
/// list of the middle, then `after` items (`before + 1 + after` slots).
#[no_mangle]
pub extern "C" fn alc_rt_unpack_ex(v: Value, before: usize, after: usize, out: *mut Value) -> i32 {
    status(unpack(v, before + after, Some(before)).map(|items| write_out(out, &items)))
}

fn write_out(out: *mut Value, items: &[Value]) {
    for (i, x) in items.iter().enumerate() {
        // SAFETY: generated code passes a stack slot with room for exactly
        // the number of targets, which is `items.len()`.
        unsafe { *out.add(i) = *x };
    }
}

fn unpack(v: Value, n: usize, star_at: Option<usize>) -> R<Vec<Value>> {
    // Rooted: the items may exist nowhere else while `next` and the starred
    // list allocate.
    let items = match v.kind() {
        Kind::List | Kind::Tuple => dispatch::collect(v)?,
        _ => {
            let it = dispatch::iter(v).map_err(|_| {
                error::take_pending();
                type_error(format!(
                    "cannot unpack non-iterable {} object",
                    type_name(v)
                ))
            })?;
            let mut items = crate::gc::RootedVec::new();
            while let Some(x) = dispatch::next(it)? {
                items.push(x);
                if star_at.is_none() && items.len() > n {
                    break;
                }
            }
            items
        }
    };
    match star_at {
        None => {
            if items.len() > n {
                return Err(error::value_error(format!(
                    "too many values to unpack (expected {n})"
                )));
            }
            if items.len() < n {
                return Err(error::value_error(format!(
                    "not enough values to unpack (expected {n}, got {})",
                    items.len()
                )));
            }
            Ok(items.into_vec())
        }
        Some(before) => {
            let after = n - before;
            if items.len() < n {
                return Err(error::value_error(format!(
                    "not enough values to unpack (expected at least {n}, got {})",
                    items.len()
                )));
            }
            let mid_end = items.len() - after;
            let mut out = items[..before].to_vec();
            out.push(crate::objects::list::from_vec(
                items[before..mid_end].to_vec(),
            ));
            out.extend_from_slice(&items[mid_end..]);
            Ok(out)
        }
    }
}

// ---- calls -------------------------------------------------------------------

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
    to_abi(dispatch::call_method(
        o,
        name,
        Args::new(values(args, nargs + nkw), kwnames),
    ))
}

/// `o.append(v)`: the list fast path of the most common method call;
/// anything else goes through `dispatch::call_method`.
#[no_mangle]
pub extern "C" fn alc_rt_method_append(o: Value, name: Value, v: Value) -> Value {
    if o.kind() == Kind::List {
        crate::objects::list::ops::append(o, v);
        return object::none();
    }
    to_abi(dispatch::call_method(o, name, Args::positional(&[v])))
}

/// `o.pop()`: the list fast path (a stack's pop); anything else goes
/// through `dispatch::call_method`.
#[no_mangle]
pub extern "C" fn alc_rt_method_pop(o: Value, name: Value) -> Value {
    if o.kind() == Kind::List {
        return to_abi(crate::objects::list::ops::pop(o, -1));
    }
    to_abi(dispatch::call_method(o, name, Args::positional(&[])))
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
    to_abi(dispatch::call_method(o, name, Args::positional(&args[..n])))
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
    let mapping = crate::class::instance::unwrap(mapping);
    if mapping.kind() != Kind::Dict {
        return Err(type_error(format!(
            "{} argument after ** must be a mapping, not {}",
            callable_name(f),
            type_name(mapping)
        )));
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

fn callable_name(f: Value) -> String {
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

// ---- displays ----------------------------------------------------------------

/// A tuple of `n` values.
#[no_mangle]
pub extern "C" fn alc_rt_tuple_new(ptr: *const Value, n: usize) -> Value {
    crate::objects::tuple::from_slice(values(ptr, n))
}

/// A list of `n` values.
#[no_mangle]
pub extern "C" fn alc_rt_list_new(ptr: *const Value, n: usize) -> Value {
    crate::objects::list::from_vec(values(ptr, n).to_vec())
}

/// `l.append(v)` for comprehensions.
#[no_mangle]
pub extern "C" fn alc_rt_list_append(l: Value, v: Value) {
    crate::objects::list::ops::append(l, v)
}

/// `l.extend(it)` for `[*a, *b]` displays.
#[no_mangle]
pub extern "C" fn alc_rt_list_extend(l: Value, it: Value) -> i32 {
    status(crate::objects::list::ops::extend(l, it))
}

/// `f(*it)`: extends the positional list with `it`, raising CPython's
/// "argument after * must be an iterable" for a non-iterable: 0 or -1.
#[no_mangle]
pub extern "C" fn alc_rt_star_extend(l: Value, it: Value, f: Value) -> i32 {
    if it.kind() != Kind::Iter && crate::objects::iter::make(it).ok().flatten().is_none() {
        error::take_pending();
        type_error(format!(
            "{} argument after * must be an iterable, not {}",
            callable_name(f),
            type_name(it)
        ));
        return -1;
    }
    status(crate::objects::list::ops::extend(l, it))
}

/// Converts a list to a tuple (for `(*a, b)` displays).
#[no_mangle]
pub extern "C" fn alc_rt_list_to_tuple(l: Value) -> Value {
    crate::objects::tuple::from_vec(crate::objects::list::ops::snapshot(l))
}

/// An empty dict.
#[no_mangle]
pub extern "C" fn alc_rt_dict_new() -> Value {
    crate::objects::dict::new()
}

/// `d[k] = v` on a dict being built: 0, or -1 on error.
#[no_mangle]
pub extern "C" fn alc_rt_dict_setitem(d: Value, k: Value, v: Value) -> i32 {
    status(crate::objects::dict::setitem(d, k, v))
}

/// `{**m}` in a dict display: 0, or -1 on error.
#[no_mangle]
pub extern "C" fn alc_rt_dict_update(d: Value, m: Value) -> i32 {
    // A dict subclass instance counts as its dict.
    let m = crate::class::instance::unwrap(m);
    if m.kind() != Kind::Dict {
        type_error(format!("'{}' object is not a mapping", type_name(m)));
        return -1;
    }
    status(crate::objects::dict::update(d, m))
}

/// A class-body name lookup: the namespace entry, or null (with no
/// exception) when the name is not in the namespace.
#[no_mangle]
pub extern "C" fn alc_rt_ns_get(ns: Value, name: Value) -> Value {
    match crate::objects::dict::get(ns, name) {
        Ok(Some(v)) => v,
        _ => {
            error::take_pending();
            Value::NULL
        }
    }
}

/// An empty set.
#[no_mangle]
pub extern "C" fn alc_rt_set_new() -> Value {
    crate::objects::set::new_set()
}

/// `s.add(x)`: 0, or -1 on error.
#[no_mangle]
pub extern "C" fn alc_rt_set_add(s: Value, x: Value) -> i32 {
    status(crate::objects::set::add(s, x))
}

/// `{*it}` in a set display: 0, or -1 on error.
#[no_mangle]
pub extern "C" fn alc_rt_set_update(s: Value, it: Value) -> i32 {
    status(crate::objects::set::update(s, it))
}

/// A set display whose items are all constants (`{1, 2, 3}`): CPython
/// compiles it to a frozenset constant (built from the tuple, then rebuilt
/// from its own iteration order when constants are merged) and updates an
/// empty set from it. Doing the same reproduces CPython's iteration order.
#[no_mangle]
pub extern "C" fn alc_rt_set_from_consts(items: Value) -> Value {
    to_abi((|| {
        let first = crate::objects::set::frozenset_from_iterable(items)?;
        let order = crate::objects::tuple::from_vec(dispatch::collect(first)?.into_vec());
        let merged = crate::objects::set::frozenset_from_iterable(order)?;
        let s = crate::objects::set::new_set();
        crate::objects::set::update(s, merged)?;
        Ok(s)
    })())
}

/// A slice object `a:b:c` (absent parts are None).
#[no_mangle]
pub extern "C" fn alc_rt_slice_new(a: Value, b: Value, c: Value) -> Value {
    crate::objects::slice::new(a, b, c)
}

// ---- strings -----------------------------------------------------------------

/// `format(v, spec)` for f-string replacement fields.
#[no_mangle]
pub extern "C" fn alc_rt_format(v: Value, spec: Value) -> Value {
    let spec = crate::objects::str::as_str(spec);
    if spec.is_empty() && v.kind() == Kind::Str {
        return v;
    }
    to_abi(crate::text::format::format_value(v, spec).map(crate::objects::str::from_string))
}

/// `str(v)`
#[no_mangle]
pub extern "C" fn alc_rt_str(v: Value) -> Value {
    to_abi(dispatch::str_value(v))
}

/// `repr(v)`
#[no_mangle]
pub extern "C" fn alc_rt_repr(v: Value) -> Value {
    to_abi(dispatch::repr(v).map(crate::objects::str::from_string))
}

/// `ascii(v)`
#[no_mangle]
pub extern "C" fn alc_rt_ascii(v: Value) -> Value {
    to_abi(
        dispatch::repr(v)
            .map(|s| crate::objects::str::from_string(crate::objects::str::ops::ascii_escape(&s))),
    )
}

/// Concatenates `n` str values (f-string pieces).
#[no_mangle]
pub extern "C" fn alc_rt_join_strs(ptr: *const Value, n: usize) -> Value {
    crate::text::format::join_parts(values(ptr, n))
}

// ---- builtins fast paths -----------------------------------------------------

/// `len(v)`
#[no_mangle]
pub extern "C" fn alc_rt_len(v: Value) -> Value {
    to_abi(dispatch::len(v).map(|n| crate::objects::int::from_i64(n as i64)))
}

/// `isinstance(v, t)` where the compiler knows `t` is a type: 1, 0 or -1.
#[no_mangle]
pub extern "C" fn alc_rt_isinstance(v: Value, t: Value) -> i32 {
    match t.downcast::<TypeObj>() {
        Some(t) => object::isinstance(v, t) as i32,
        None => -1,
    }
}

// ---- exceptions --------------------------------------------------------------

/// Exceptions currently being handled (innermost last), for `__context__`
/// and bare `raise` outside the handler's own frame.
static HANDLING: GlobalCell<Vec<Value>> = GlobalCell::new(Vec::new());

/// GC roots: the exceptions being handled.
pub fn trace_roots(t: &mut crate::gc::Tracer) {
    HANDLING.with(|h| t.visit_all(h));
}

/// Registers a slot array of `nwords` values as GC roots for the rest of
/// the run; generated code registers `alc_globals` and `alc_consts`.
#[no_mangle]
pub extern "C" fn alc_rt_add_roots(ptr: *const u64, nwords: usize) {
    crate::gc::add_roots(ptr, nwords);
}

/// Instantiates an exception class, or checks an instance, for `raise`.
fn exception_instance(v: Value) -> R<Value> {
    if v.kind() == Kind::Exception {
        return Ok(v);
    }
    if exc::is_exception_type(v) {
        let inst = dispatch::call(v, Args::positional(&[]))?;
        if inst.kind() == Kind::Exception {
            return Ok(inst);
        }
    }
    Err(type_error("exceptions must derive from BaseException"))
}

/// `raise exc [from cause]` (`cause` null when absent): always returns null.
#[no_mangle]
pub extern "C" fn alc_rt_raise(v: Value, cause: Value) -> Value {
    let r = (|| {
        let inst = exception_instance(v)?;
        let e = inst.as_ref::<ExcObj>();
        if !cause.is_null() {
            if object::is_none(cause) {
                e.cause.set(Value::NULL);
            } else {
                e.cause.set(exception_instance(cause)?);
            }
        }
        Ok(inst)
    })();
    match r {
        Ok(inst) => {
            let e = inst.as_ref::<ExcObj>();
            e.tb.borrow_mut().clear();
            set_context(inst);
            error::set_pending(inst);
        }
        Err(Pending) => {
            set_context(error::pending());
        }
    }
    Value::NULL
}

fn set_context(inst: Value) {
    if let Some(e) = inst.downcast::<ExcObj>() {
        let top = HANDLING.with(|h| h.last().copied());
        if let Some(top) = top {
            if top != inst && e.context.get().is_null() {
                e.context.set(top);
            }
        }
    }
}

/// Re-raises `exc` (bare `raise` inside its handler, end of `finally`).
#[no_mangle]
pub extern "C" fn alc_rt_reraise(exc: Value) -> Value {
    error::set_pending(exc);
    Value::NULL
}

/// Bare `raise` where no handler is visible in the same function.
#[no_mangle]
pub extern "C" fn alc_rt_reraise_current() -> Value {
    match HANDLING.with(|h| h.last().copied()) {
        Some(e) => alc_rt_reraise(e),
        None => {
            error::raise(&exc::RUNTIME_ERROR, "No active exception to reraise");
            Value::NULL
        }
    }
}

/// Takes the pending exception at the start of a handler (or `finally`).
#[no_mangle]
pub extern "C" fn alc_rt_fetch_exc() -> Value {
    error::take_pending()
}

/// An `except` clause starts handling `exc`.
#[no_mangle]
pub extern "C" fn alc_rt_enter_handler(exc: Value) {
    HANDLING.with(|h| h.push(exc));
}

/// An `except` clause ends (normally or not).
#[no_mangle]
pub extern "C" fn alc_rt_leave_handler() {
    HANDLING.with(|h| {
        h.pop();
    });
}

/// Does `exc` match the `except` clause type `t` (a class or tuple)?
/// 1, 0, or -1 with a TypeError for a non-exception class.
#[no_mangle]
pub extern "C" fn alc_rt_exc_matches(exc: Value, t: Value) -> i32 {
    status_bool(exc_matches(exc, t))
}

fn exc_matches(exc: Value, t: Value) -> R<bool> {
    if t.kind() == Kind::Tuple {
        for x in crate::objects::tuple::items(t) {
            if exc_matches(exc, *x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if !exc::is_exception_type(t) {
        return Err(type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        ));
    }
    Ok(object::isinstance(exc, t.as_ref::<TypeObj>()))
}

/// `NameError` for an unbound global or builtin: always returns null.
#[no_mangle]
pub extern "C" fn alc_rt_name_error(name: Value) -> Value {
    error::raise(
        &exc::NAME_ERROR,
        format!(
            "name '{}' is not defined",
            crate::objects::str::as_str(name)
        ),
    );
    if let Some(e) = error::pending().downcast::<ExcObj>() {
        e.name.set(name);
    }
    Value::NULL
}

/// Records the module's global names (`\0`-separated) for NameError hints.
#[no_mangle]
pub extern "C" fn alc_rt_set_global_names(ptr: *const u8, len: usize) {
    crate::exc::suggest::set_globals(text(ptr, len));
}

/// `UnboundLocalError` for a local read before assignment: returns null.
#[no_mangle]
pub extern "C" fn alc_rt_unbound_local(name: Value) -> Value {
    error::raise(
        &exc::UNBOUND_LOCAL_ERROR,
        format!(
            "cannot access local variable '{}' where it is not associated with a value",
            crate::objects::str::as_str(name)
        ),
    );
    Value::NULL
}

/// `NameError` for a free variable read before its cell is bound.
#[no_mangle]
pub extern "C" fn alc_rt_unbound_free(name: Value) -> Value {
    error::raise(
        &exc::NAME_ERROR,
        format!(
            "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
            crate::objects::str::as_str(name)
        ),
    );
    Value::NULL
}

/// `assert` failed: `msg` is the message value or null. Returns null.
#[no_mangle]
pub extern "C" fn alc_rt_assert_fail(msg: Value) -> Value {
    if msg.is_null() {
        error::raise_empty(&exc::ASSERTION_ERROR);
    } else {
        error::set_pending(exc::new_exception(
            &exc::ASSERTION_ERROR,
            crate::objects::tuple::from_slice(&[msg]),
        ));
    }
    Value::NULL
}

/// Raises `TypeError(msg)` from a compiler-known message (e.g. a call to a
/// known function with the wrong arity). Returns null.
#[no_mangle]
pub extern "C" fn alc_rt_type_error(msg: Value) -> Value {
    type_error(crate::objects::str::as_str(msg));
    Value::NULL
}
