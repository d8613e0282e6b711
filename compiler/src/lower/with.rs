//! `with` and `async with` statements, as CPython 3.11 compiles them: each
//! manager is entered (`alc_rt_with_enter` looks `__enter__` and `__exit__`
//! up on its type and calls `__enter__`; `alc_rt_async_with_enter` does the
//! same with `__aenter__` and `__aexit__`, and its result is awaited), the
//! `as` target and the rest run under a handler that calls
//! `__exit__(type, value, traceback)` for an exception and re-raises it
//! unless the result is true, and every other way out calls
//! `__exit__(None, None, None)`: the end of the body here, `return`,
//! `break` and `continue` through `Ctl::With` in `run_cleanups`. For `async
//! with`, each `__aexit__` result is awaited, and the exception stays being
//! handled across that await, as an `except` clause's does. Several items
//! are nested `with`s. The calls of `__exit__` and `__enter__` are
//! attributed to the `with` line in tracebacks, as in CPython.

use super::func_cx::{Ctl, FuncCx, LResult};
use super::rt_abi::RtFn;
use crate::ast::{Stmt, WithItem};
use crate::span::Span;
use cranelift_codegen::ir::{types, InstBuilder, Value};
use cranelift_frontend::Variable;

impl<'m, 'a, 'f> FuncCx<'m, 'a, 'f> {
    /// `with items: body` or `async with items: body` (`self.pos` is the
    /// `with` statement's position).
    pub fn with_stmt(
        &mut self,
        items: &'a [WithItem],
        body: &'a [Stmt],
        is_async: bool,
    ) -> LResult<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let pos = self.pos;
        let span = item.context.span;
        let mgr = self.expr(&item.context)?;
        self.set_line(pos);
        let (exit_out, exit_slot) = self.out_array(1);
        let enter = if is_async {
            RtFn::AsyncWithEnter
        } else {
            RtFn::WithEnter
        };
        let entered = self.rt_val(enter, &[mgr, exit_out]);
        let exit = self
            .b
            .ins()
            .stack_load(types::I64, types::I64, exit_slot, 0);
        let exit_var = self.temp_var();
        self.b.def_var(exit_var, exit);
        // `async with` awaits what `__aenter__` returned (outside the
        // protected region, as in CPython).
        let entered = if is_async {
            self.delegate(entered, span, RtFn::YieldFrom)?
        } else {
            entered
        };
        // The target is assigned inside the protected region, as in CPython:
        // an error there reaches `__exit__` too.
        let handler = self.b.create_block();
        self.b.set_cold_block(handler);
        let base = self.ctl.len();
        self.ctl.push(Ctl::With {
            exit: exit_var,
            pos,
            is_async,
            span,
        });
        self.ctl.push(Ctl::Unwind { on_error: handler });
        if let Some(t) = &item.vars {
            self.assign(t, entered)?;
        }
        if rest.is_empty() {
            self.stmts(body)?;
        } else {
            self.set_line(pos);
            self.with_stmt(rest, body, is_async)?;
        }
        self.ctl.truncate(base);
        // Normal end of the body.
        let after = self.b.create_block();
        self.call_exit_with_nones(exit_var, pos, is_async, span)?;
        self.b.ins().jump(after, &[]);
        // An exception left the body: `__exit__` decides.
        self.b.switch_to_block(handler);
        self.set_line(pos);
        let exc = self.rt(RtFn::FetchExc, &[]).expect("fetch returns");
        let exc_var = self.temp_var();
        self.b.def_var(exc_var, exc);
        let suppress = if is_async {
            self.async_exit_with_exception(exit_var, exc_var, span)?
        } else {
            let x = self.b.use_var(exit_var);
            self.rt_status(RtFn::WithExitExc, &[x, exc])
        };
        let reraise = self.b.create_block();
        self.b.set_cold_block(reraise);
        self.branch(suppress, after, reraise);
        // Not suppressed: the same exception continues outwards, with the
        // traceback entries it has (no new entry for this frame).
        self.b.switch_to_block(reraise);
        let e = self.b.use_var(exc_var);
        self.rt(RtFn::Reraise, &[e]);
        let target = self.unwind_target();
        self.b.ins().jump(target, &[]);
        self.b.switch_to_block(after);
        Ok(())
    }

    /// `await __aexit__(type(e), e, tb)` for the exception in `exc_var`,
    /// while it is being handled; returns the truth of the result.
    fn async_exit_with_exception(
        &mut self,
        exit_var: Variable,
        exc_var: Variable,
        span: Span,
    ) -> LResult<Value> {
        let flag = self.null_var();
        self.handling_with(exc_var, None, &mut |fx| {
            let x = fx.b.use_var(exit_var);
            let e = fx.b.use_var(exc_var);
            let aw = fx.rt_val(RtFn::AsyncWithExit, &[x, e]);
            let r = fx.delegate(aw, span, RtFn::YieldFrom)?;
            let t = fx.truthy(r)?;
            let t = fx.b.ins().uextend(types::I64, t);
            fx.b.def_var(flag, t);
            Ok(())
        })?;
        Ok(self.b.use_var(flag))
    }

    /// Leaving a `with` body by return/break/continue (`Ctl::With` at
    /// `self.ctl[i]`): `__exit__(None, None, None)`, whose exception goes to
    /// the handlers outside the `with`. While an `async with` awaits there,
    /// only the exceptions handled outside it are being handled (the
    /// `except` clauses being left have ended already).
    pub fn with_cleanup(&mut self, i: usize) -> LResult<()> {
        let Ctl::With {
            exit,
            pos,
            is_async,
            span,
        } = self.ctl[i]
        else {
            return Ok(());
        };
        let saved_pos = self.pos;
        let saved = self.ctl.split_off(i);
        let outer_handlers = self
            .ctl
            .iter()
            .filter(|c| matches!(c, Ctl::Handler))
            .count();
        let saved_handled = self
            .handled
            .split_off(outer_handlers.min(self.handled.len()));
        let r = self.call_exit_with_nones(exit, pos, is_async, span);
        self.handled.extend(saved_handled);
        self.ctl.extend(saved);
        self.set_line(saved_pos);
        r
    }

    /// `exit(None, None, None)`, its result ignored (awaited first for
    /// `async with`).
    fn call_exit_with_nones(
        &mut self,
        exit: Variable,
        pos: Span,
        is_async: bool,
        span: Span,
    ) -> LResult<()> {
        self.set_line(pos);
        let f = self.b.use_var(exit);
        if is_async {
            let z = self.null();
            let aw = self.rt_val(RtFn::AsyncWithExit, &[f, z]);
            self.delegate(aw, span, RtFn::YieldFrom)?;
        } else {
            let none = self.none();
            self.call_values(f, &[none, none, none])?;
        }
        Ok(())
    }
}
