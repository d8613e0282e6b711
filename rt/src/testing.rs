//! The shared unit-test helpers: values from Rust literals, results rendered
//! the way CPython prints them, and the pending exception as text.
//!
//! Compiled only for rt's own unit tests. The integration tests in `rt/tests/`
//! link the library built without `cfg(test)`, so they cannot use this module.

use crate::exc::error::R;
use crate::object;
use crate::objects::func::BuiltinObj;
use crate::protocol::args::Args;
use crate::value::Value;

// ====== Values from Rust literals ======

/// The int `x` (small or big).
pub fn i(x: i64) -> Value {
    crate::objects::int::from_i64(x)
}

/// The float `x`.
pub fn f(x: f64) -> Value {
    crate::objects::float::new(x)
}

/// The str `text`.
pub fn s(text: &str) -> Value {
    crate::objects::str::new(text)
}

/// The tuple of `items`.
pub fn t(items: &[Value]) -> Value {
    crate::objects::tuple::from_slice(items)
}

/// The list of the ints `xs`.
pub fn ints(xs: &[i64]) -> Value {
    crate::objects::list::from_vec(xs.iter().map(|&x| i(x)).collect())
}

/// `slice(start, stop, step)`, with `None` for each absent bound.
pub fn sl(start: Option<i64>, stop: Option<i64>, step: Option<i64>) -> Value {
    let bound = |x: Option<i64>| x.map_or_else(object::none, i);
    crate::objects::slice::new(bound(start), bound(stop), bound(step))
}

/// A Python value literal in a test table (`objects/str/cases.rs` is written
/// in this notation by `rt/tools/gen_str_tests.py`).
pub enum P {
    I(i64),
    Big(&'static str),
    F(u64),
    S(&'static str),
    B(bool),
    N,
    T(&'static [P]),
    L(&'static [P]),
    D(&'static [(&'static str, P)]),
}

impl P {
    /// The value this literal denotes.
    pub fn value(&self) -> Value {
        match self {
            P::I(x) => i(*x),
            P::Big(text) => crate::objects::int::from_ibig(text.parse().unwrap_or_default()),
            P::F(bits) => f(f64::from_bits(*bits)),
            P::S(text) => s(text),
            P::B(b) => object::boolean(*b),
            P::N => object::none(),
            P::T(items) => crate::objects::tuple::from_vec(items.iter().map(P::value).collect()),
            P::L(items) => crate::objects::list::from_vec(items.iter().map(P::value).collect()),
            P::D(items) => {
                let d = crate::objects::dict::new();
                for (k, v) in items.iter() {
                    crate::objects::dict::setitem(d, s(k), v.value()).unwrap();
                }
                d
            }
        }
    }
}

// ====== Results as CPython prints them ======

/// `repr(v)`; panics if the repr raises.
pub fn r(v: Value) -> String {
    crate::protocol::dispatch::repr(v).unwrap()
}

/// A result as CPython prints it: the repr, or `!Type: message`.
pub fn show(res: R<Value>) -> String {
    match res {
        Ok(v) => r(v),
        Err(_) => format!("!{}", err_text()),
    }
}

/// A result of `call` as CPython prints it: the repr, or `Type: message`.
pub fn repr_or_err(res: Result<Value, String>) -> String {
    match res {
        Ok(v) => crate::protocol::dispatch::repr(v).unwrap_or_else(|_| err_text()),
        Err(e) => e,
    }
}

/// The text of the str an `Ok` call result holds.
pub fn text(res: Result<Value, String>) -> String {
    crate::objects::str::as_str(res.expect("ok")).to_string()
}

// ====== The pending exception ======

/// Takes the pending exception as (type name, `str(exception)`).
pub fn pending_error() -> (String, String) {
    let e = crate::exc::error::take_pending();
    if e.is_null() {
        return ("<no pending exception>".into(), String::new());
    }
    let msg = crate::exc::to_str(e.as_ref()).unwrap_or_else(|_| "<str() raised>".into());
    (object::type_name(e).to_string(), msg)
}

/// Takes the pending exception's message, `str(exception)`.
pub fn err_msg() -> String {
    pending_error().1
}

/// Takes the pending exception as `Type: message`.
pub fn err_text() -> String {
    let (name, msg) = pending_error();
    format!("{name}: {msg}")
}

/// Compares an rt result with CPython's outcome; returns a failure line.
pub fn check(what: String, got: R<String>, want: &Result<&str, (&str, &str)>) -> Option<String> {
    let got = match got {
        Ok(text) => Ok(text),
        Err(_) => Err(pending_error()),
    };
    let same = match (&got, want) {
        (Ok(g), Ok(w)) => g == w,
        (Err((t, m)), Err((wt, wm))) => t == wt && m == wm,
        _ => false,
    };
    (!same).then(|| format!("{what}: got {got:?}, want {want:?}"))
}

// ====== Calling built-in functions ======

/// Calls the built-in `func` with positional arguments; an error comes back
/// as its `Type: message` text.
pub fn call(func: &BuiltinObj, pos: &[Value]) -> Result<Value, String> {
    (func.f)(Args::positional(pos)).map_err(|_| err_text())
}

/// Calls the built-in `func` with positional and keyword arguments, like
/// `call`.
pub fn call_kw(func: &BuiltinObj, pos: &[Value], kw: &[(&str, Value)]) -> Result<Value, String> {
    let names: Vec<Value> = kw.iter().map(|(k, _)| s(k)).collect();
    let vals: Vec<Value> = kw.iter().map(|(_, v)| *v).collect();
    let args = Args {
        pos,
        kwnames: &names,
        kwvals: &vals,
    };
    (func.f)(args).map_err(|_| err_text())
}

// ====== Tests that share rt state ======

/// Serialises the table-driven str and format tests. (rt's pending
/// exception and collector state are thread-local now, so this may no longer
/// be needed; the tests keep taking it.)
pub static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Takes `LOCK`, even if a failed test poisoned it.
pub fn lock() -> std::sync::MutexGuard<'static, ()> {
    LOCK.lock().unwrap_or_else(|e| e.into_inner())
}

/// `o.name(*args)` through the generic method call, as generated code does it.
pub fn call_method(
    o: Value,
    name: &str,
    args: crate::protocol::args::Args,
) -> crate::exc::error::R<Value> {
    crate::protocol::dispatch::call_method(o, crate::objects::str::new(name), args)
}
