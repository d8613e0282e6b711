//! `with` statements, as CPython 3.11 compiles them: each manager is entered
//! (`alc_rt_with_enter` looks `__enter__` and `__exit__` up on its type and
//! calls `__enter__`), the `as` target and the rest run under a handler that
//! calls `__exit__(type, value, traceback)` for an exception and re-raises
//! it unless the result is true, and every other way out calls
//! `__exit__(None, None, None)`: the end of the body here, `return`,
//! `break` and `continue` through `Ctl::With` in `run_cleanups`. Several
//! items are nested `with`s. The calls of `__exit__` and `__enter__` are
//! attributed to the `with` line in tracebacks, as in CPython.

use super::func_cx::{Ctl, FuncCx, LResult};
use super::rt_abi::RtFn;
use crate::ast::{Stmt, WithItem};
use crate::span::Span;
use cranelift_codegen::ir::{types, InstBuilder};
use cranelift_frontend::Variable;

impl<'m, 'a, 'f> FuncCx<'m, 'a, 'f> {
    /// `with items: body` (`self.pos` is the `with` statement's position).
    pub fn with_stmt(&mut self, items: &'a [WithItem], body: &'a [Stmt]) -> LResult<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let pos = self.pos;
        let mgr = self.expr(&item.context)?;
        self.pos = pos;
        let (exit_out, exit_slot) = self.out_array(1);
        let entered = self.rt_val(RtFn::WithEnter, &[mgr, exit_out]);
        let exit = self
            .b
            .ins()
            .stack_load(types::I64, types::I64, exit_slot, 0);
        let exit_var = self.temp_var();
        self.b.def_var(exit_var, exit);
        // The target is assigned inside the protected region, as in CPython:
        // an error there reaches `__exit__` too.
        let handler = self.b.create_block();
        self.b.set_cold_block(handler);
        let base = self.ctl.len();
        self.ctl.push(Ctl::With {
            exit: exit_var,
            pos,
        });
        self.ctl.push(Ctl::Unwind { on_error: handler });
        if let Some(t) = &item.vars {
            self.assign(t, entered)?;
        }
        if rest.is_empty() {
            self.stmts(body)?;
        } else {
            self.pos = pos;
            self.with_stmt(rest, body)?;
        }
        self.ctl.truncate(base);
        // Normal end of the body.
        let after = self.b.create_block();
        self.call_exit_with_nones(exit_var, pos)?;
        self.b.ins().jump(after, &[]);
        // An exception left the body: `__exit__` decides.
        self.b.switch_to_block(handler);
        self.pos = pos;
        let exc = self.rt(RtFn::FetchExc, &[]).expect("fetch returns");
        let exc_var = self.temp_var();
        self.b.def_var(exc_var, exc);
        let x = self.b.use_var(exit_var);
        let suppress = self.rt_status(RtFn::WithExitExc, &[x, exc]);
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

    /// Leaving a `with` body by return/break/continue (`Ctl::With` at
    /// `self.ctl[i]`): `__exit__(None, None, None)`, whose exception goes to
    /// the handlers outside the `with`.
    pub fn with_cleanup(&mut self, i: usize, exit: Variable, pos: Span) -> LResult<()> {
        let saved_pos = self.pos;
        let saved = self.ctl.split_off(i);
        let r = self.call_exit_with_nones(exit, pos);
        self.ctl.extend(saved);
        self.pos = saved_pos;
        r
    }

    /// `exit(None, None, None)`, its result ignored.
    fn call_exit_with_nones(&mut self, exit: Variable, pos: Span) -> LResult<()> {
        self.pos = pos;
        let none = self.none();
        let f = self.b.use_var(exit);
        self.call_values(f, &[none, none, none])?;
        Ok(())
    }
}
