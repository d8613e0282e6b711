//! `_coroutines`, alc's own module for what `asyncio` reads
//! from code objects in CPython: whether a function is an `async def`
//! (`iscoroutinefunction`), where a function is defined
//! (`code_location`) and a coroutine's state (`coroutine_state`), for
//! `asyncio`'s reprs.

use super::ModuleBuilder;
use crate::exc::error::R;
use crate::object::Kind;
use crate::objects::func::{BuiltinObj, FuncObj};
use crate::protocol::args::Args;
use crate::value::Value;

/// `iscoroutinefunction(f)`
static ISCOROUTINEFUNCTION: BuiltinObj =
    BuiltinObj::new("iscoroutinefunction", iscoroutinefunction);
/// `code_location(f)`
static CODE_LOCATION: BuiltinObj = BuiltinObj::new("code_location", code_location);
/// `coroutine_state(coro)`
static COROUTINE_STATE: BuiltinObj = BuiltinObj::new("coroutine_state", coroutine_state);

/// `_coroutines`' definition, installed by `alc_rt_coroutines_link`
/// (programs that define a coroutine function or import `_coroutines`).
pub static LINKED: super::Linked = super::Linked::new("_coroutines");

/// Defines `_coroutines`' attributes through what linking installed.
pub fn init(m: &mut ModuleBuilder) -> R<()> {
    LINKED.init(m)
}

/// Defines `_coroutines`' attributes.
pub fn define(m: &mut ModuleBuilder) -> R<()> {
    m.func(&CODE_LOCATION);
    m.func(&COROUTINE_STATE);
    m.func(&ISCOROUTINEFUNCTION);
    Ok(())
}

/// `iscoroutinefunction(f)`: True for a function defined by `async def`
/// without `yield` (not an async generator function).
fn iscoroutinefunction(args: Args) -> R<Value> {
    let f = args.positional_range("iscoroutinefunction", 1, 1)?[0];
    let yes = f.kind() == Kind::Func
        && f.as_ref::<FuncObj>().desc.flags & alrt_abi::layout::FUNC_FLAG_COROUTINE != 0;
    Ok(crate::object::boolean(yes))
}

/// `code_location(f)`: `(filename, firstlineno)` of a compiled function or
/// of a coroutine's function (CPython's `co_filename` and
/// `co_firstlineno`), None for anything else.
fn code_location(args: Args) -> R<Value> {
    let mut f = args.positional_range("code_location", 1, 1)?[0];
    if f.kind() == Kind::Coroutine {
        f = crate::objects::generator::obj(f).func;
    }
    if f.kind() != Kind::Func {
        return Ok(crate::object::none());
    }
    let desc = f.as_ref::<FuncObj>().desc;
    let file = crate::protocol::import::module_file_of(desc.module);
    Ok(crate::objects::tuple::from_slice(&[
        crate::objects::str::new(file),
        crate::objects::int::from_i64(i64::from(desc.line)),
    ]))
}

/// `coroutine_state(coro)`: `inspect.getcoroutinestate`'s answer without
/// its prefix: `"CREATED"`, `"RUNNING"`, `"SUSPENDED"` or `"CLOSED"`.
fn coroutine_state(args: Args) -> R<Value> {
    let c = args.positional_range("coroutine_state", 1, 1)?[0];
    if c.kind() != Kind::Coroutine {
        return Err(crate::exc::error::type_error(format!(
            "coroutine_state() argument must be a coroutine, not {}",
            crate::object::type_name(c)
        )));
    }
    let gen = crate::objects::generator::obj(c);
    let state = match gen.state.get() {
        _ if gen.running.get() => "RUNNING",
        0 => "CREATED",
        alrt_abi::layout::GEN_FINISHED => "CLOSED",
        _ => "SUSPENDED",
    };
    Ok(crate::objects::str::new(state))
}
