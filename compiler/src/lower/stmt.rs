//! Statement lowering: assignment, control flow, loops (with the inline
//! `range` fast path), `def`, `try`/`except`/`finally` and `raise`.

use super::func_cx::{Ctl, FuncCx, LResult};
use super::rt_abi::RtFn;
use super::try_star::is_constant;
use crate::ast::*;
use crate::resolve::Binding;
use alrt_abi::layout;
use cranelift_codegen::ir::{condcodes::IntCC, types, Block, InstBuilder, MemFlagsData, Value};
use cranelift_frontend::Variable;

impl<'m, 'a, 'f> FuncCx<'m, 'a, 'f> {
    /// Lowers a statement list.
    pub fn stmts(&mut self, body: &'a [Stmt]) -> LResult<()> {
        for s in body {
            self.spec_mark(s);
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> LResult<()> {
        self.set_line(s.span);
        match &s.kind {
            StmtKind::Expr(e) if self.displays_expressions() => {
                let v = self.expr(e)?;
                self.set_line(s.span);
                self.rt_status(RtFn::ExecDisplay, &[v]);
            }
            StmtKind::Expr(e) => {
                self.value_expr(e)?;
            }
            StmtKind::Assign { targets, value } => {
                if let [Expr {
                    kind: ExprKind::Name(n),
                    ..
                }] = targets.as_slice()
                {
                    if self.assign_float_local(n, value)? {
                        return Ok(());
                    }
                }
                if let ([t], ExprKind::BinOp { .. }) = (targets.as_slice(), &value.kind) {
                    if let ExprKind::Subscript { value: o, index } = &t.kind {
                        if !matches!(index.kind, ExprKind::Slice { .. }) {
                            // The result stays unboxed for a float list.
                            let n = self.num_expr(value, true)?;
                            let o = self.expr(o)?;
                            let k = self.expr(index)?;
                            self.set_line(t.span);
                            self.setitem_num(o, k, n);
                            return Ok(());
                        }
                    }
                }
                if self.assign_slice_to_slice(targets, value)? {
                    return Ok(());
                }
                let v = self.value_expr(value)?;
                for t in targets {
                    self.assign(t, v)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                if let Some(v) = value {
                    let v = self.value_expr(v)?;
                    self.assign(target, v)?;
                }
                self.annotate(target, annotation)?;
            }
            StmtKind::If { test, body, orelse } => {
                let then_b = self.b.create_block();
                let else_b = self.b.create_block();
                let merge = self.b.create_block();
                self.cond_branch(test, then_b, else_b)?;
                self.b.switch_to_block(then_b);
                self.stmts(body)?;
                self.b.ins().jump(merge, &[]);
                self.b.switch_to_block(else_b);
                self.stmts(orelse)?;
                self.b.ins().jump(merge, &[]);
                self.b.switch_to_block(merge);
            }
            StmtKind::While { test, body, orelse } => {
                if orelse.is_empty() && self.spec_while(test, body)? {
                    return Ok(());
                }
                let header = self.b.create_block();
                let body_b = self.b.create_block();
                let else_b = self.b.create_block();
                let exit = self.b.create_block();
                self.b.ins().jump(header, &[]);
                self.b.switch_to_block(header);
                self.poll();
                self.cond_branch(test, body_b, else_b)?;
                self.b.switch_to_block(body_b);
                self.loop_rest(body, orelse, header, else_b, exit)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    self.async_for(s.span, target, iter, body, orelse)?;
                } else {
                    self.for_loop(target, iter, body, orelse)?;
                }
            }
            StmtKind::FunctionDef(f) => {
                let mut fv =
                    self.make_function(super::FuncSource::Def(f), &f.name.name, &f.params, f.span)?;
                for d in f.decorators.iter().rev() {
                    let dv = self.expr(d)?;
                    self.set_line(d.span);
                    fv = self.call_values(dv, &[fv])?;
                }
                self.store_name(&f.name.name, fv);
                // A known function's guard word records the object its
                // `def` made: direct calls compare the name's slot with it.
                let guard = self.m.units[self.m.unit].guards.get(&f.name.name).copied();
                if let (0, Some(g)) = (self.scope, guard) {
                    let base = self.globals_addr();
                    self.b
                        .ins()
                        .store(MemFlagsData::trusted(), fv, base, (g * 8) as i32);
                }
            }
            StmtKind::ClassDef(c) => self.class_def(c)?,
            StmtKind::Return(v) => {
                if v.is_some() && self.gen.as_ref().is_some_and(|g| g.is_async_gen()) {
                    return Err(crate::diagnostics::Diagnostic::error(
                        "'return' with value in async generator",
                        s.span,
                    ));
                }
                if self.scope != 0 {
                    // CPython reports a constant value on the statement's
                    // line at the value, anything else at the statement.
                    let at = match v {
                        Some(e) if is_constant(e) && self.same_line(e.span, s.span) => e.span,
                        _ => s.span,
                    };
                    self.check_star_exit(None, at)?;
                }
                let v = match v {
                    Some(e) => self.value_expr(e)?,
                    None => self.none(),
                };
                if self.scope == 0 {
                    return Err(crate::diagnostics::Diagnostic::error(
                        "'return' outside function",
                        s.span,
                    ));
                }
                let v = if self.gen.is_some() {
                    // The cleanups may suspend (`async with`): the value
                    // waits in a variable, which the frame keeps.
                    let ret = self.temp_var();
                    self.b.def_var(ret, v);
                    self.run_cleanups(0)?;
                    self.b.use_var(ret)
                } else {
                    self.run_cleanups(0)?;
                    v
                };
                self.emit_return(v);
                self.start_dead_block();
            }
            StmtKind::Pass => {}
            StmtKind::Break | StmtKind::Continue => {
                let is_break = matches!(s.kind, StmtKind::Break);
                let Some(depth) = self.ctl.iter().rposition(|c| matches!(c, Ctl::Loop { .. }))
                else {
                    let msg = if is_break {
                        "'break' outside loop"
                    } else {
                        "'continue' not properly in loop"
                    };
                    return Err(crate::diagnostics::Diagnostic::error(msg, s.span));
                };
                self.check_star_exit(Some(depth), s.span)?;
                let Ctl::Loop { cont, brk } = self.ctl[depth] else {
                    unreachable!("rposition found a loop")
                };
                self.run_cleanups(depth + 1)?;
                self.jump_to(if is_break { brk } else { cont });
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Del(targets) => {
                for t in targets {
                    self.del_target(t)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                // CPython's AssertionError points at a comparison test (also
                // under `not`), else at the whole statement.
                let mut cmp = test;
                while let ExprKind::UnaryOp {
                    op: crate::ast::UnaryOp::Not,
                    operand,
                } = &cmp.kind
                {
                    cmp = operand;
                }
                let raise_pos = match cmp.kind {
                    ExprKind::Compare { .. } => cmp.span,
                    _ => s.span,
                };
                let ok = self.b.create_block();
                let fail = self.b.create_block();
                let c = self.cond(test)?;
                self.branch(c, ok, fail);
                self.b.switch_to_block(fail);
                let m = match msg {
                    Some(m) => self.expr(m)?,
                    None => self.null(),
                };
                self.rt(RtFn::AssertFail, &[m]);
                self.set_line(raise_pos);
                self.raise_pending();
                self.b.ins().jump(ok, &[]);
                self.b.switch_to_block(ok);
            }
            StmtKind::Raise { exc, cause } => self.raise(exc.as_ref(), cause.as_ref())?,
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                if *is_star {
                    self.try_star_stmt(body, handlers, orelse, finalbody)?;
                } else {
                    self.try_stmt(body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                if *is_async && !self.in_coroutine() {
                    return Err(crate::diagnostics::Diagnostic::error(
                        "'async with' outside async function",
                        s.span,
                    ));
                }
                self.with_stmt(items, body, *is_async)?;
            }
            StmtKind::Import(aliases) if self.m.exec.is_some() => {
                self.exec_import_stmt(s, aliases)?
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } if self.m.exec.is_some() => {
                self.exec_import_from_stmt(s, module.as_deref(), *level, names)?
            }
            StmtKind::Import(aliases) => self.import_stmt(s, aliases)?,
            StmtKind::ImportFrom { names, .. } => self.import_from_stmt(s, names)?,
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases)?,
        }
        Ok(())
    }

    /// Emits what leaving the control entries above `down_to` requires
    /// (finally bodies, ending exception handling), innermost first.
    pub fn run_cleanups(&mut self, down_to: usize) -> LResult<()> {
        let mut i = self.ctl.len();
        while i > down_to {
            i -= 1;
            match self.ctl[i] {
                Ctl::Finally { body } => {
                    let saved = self.ctl.split_off(i);
                    self.cleanup_depth += 1;
                    let r = self.stmts(body);
                    self.cleanup_depth -= 1;
                    self.ctl.extend(saved);
                    r?;
                }
                Ctl::Handler => {
                    self.rt(RtFn::LeaveHandler, &[]);
                }
                Ctl::CloseIter { var } => {
                    let g = self.b.use_var(var);
                    self.rt(RtFn::CloseIter, &[g]);
                }
                Ctl::With { .. } => self.with_cleanup(i)?,
                Ctl::Loop { .. } | Ctl::Unwind { .. } | Ctl::StarHandler => {}
            }
        }
        Ok(())
    }

    // ---- names ---------------------------------------------------------------

    /// Stores `v` into the variable `name`.
    pub fn store_name(&mut self, name: &str, v: Value) {
        let (binding, owner) = self.binding(name);
        match binding {
            Binding::Local => {
                let var = self.var(owner, name);
                self.b.def_var(var, v);
            }
            Binding::Cell | Binding::Free => {
                let var = self.var(owner, name);
                let cell = self.b.use_var(var);
                self.b
                    .ins()
                    .store(MemFlagsData::trusted(), v, cell, layout::CELL_VALUE);
            }
            Binding::Global if self.m.exec.is_some() => self.exec_store(name, v),
            Binding::Global => {
                let slot = self.global_slot(name);
                let base = self.globals_addr();
                self.b
                    .ins()
                    .store(MemFlagsData::trusted(), v, base, (slot * 8) as i32);
            }
            Binding::ClassNs => {
                let ns_var = self.var(owner, NS_VAR);
                let ns = self.b.use_var(ns_var);
                let k = self.str_const(name);
                self.rt_status(RtFn::NsSet, &[ns, k, v]);
            }
        }
    }

    /// After `target: annotation [= value]` in a module or class body: the
    /// annotation is evaluated and, for a name, kept in `__annotations__`
    /// (CPython 3.11; function bodies evaluate nothing).
    fn annotate(&mut self, target: &'a Expr, annotation: &'a Expr) -> LResult<()> {
        let kind = self.m.res.scopes[self.scope].kind;
        if !matches!(
            kind,
            crate::resolve::ScopeKind::Module | crate::resolve::ScopeKind::Class
        ) {
            return Ok(());
        }
        let ann = self.annotation_value(annotation)?;
        if let ExprKind::Name(n) = &target.kind {
            let anns = self.load_name("__annotations__", target.span)?;
            let k = self.str_const(n);
            self.set_line(target.span);
            self.rt_status(RtFn::SetItem, &[anns, k, ann]);
        }
        Ok(())
    }

    /// Slot index of a module-level name (every global has one).
    pub fn global_slot(&self, name: &str) -> usize {
        self.m.res.global_slot(name).unwrap_or(0)
    }

    fn del_target(&mut self, t: &'a Expr) -> LResult<()> {
        match &t.kind {
            ExprKind::Name(n) if self.binding(n).0 == Binding::ClassNs => {
                let (_, owner) = self.binding(n);
                let ns_var = self.var(owner, NS_VAR);
                let ns = self.b.use_var(ns_var);
                let k = self.str_const(n);
                self.set_line(t.span);
                self.rt_status(RtFn::DelItem, &[ns, k]);
            }
            ExprKind::Name(n) if self.m.exec.is_some() && self.binding(n).0 == Binding::Global => {
                self.exec_delete(n, t.span);
            }
            ExprKind::Name(n) => {
                // Deleting an unbound name raises like reading it.
                self.load_name(n, t.span)?;
                let z = self.null();
                self.store_name(n, z);
            }
            ExprKind::Subscript { value, index } => {
                let o = self.expr(value)?;
                let k = self.expr(index)?;
                self.set_line(t.span);
                self.rt_status(RtFn::DelItem, &[o, k]);
            }
            ExprKind::Attribute { value, attr } => {
                let o = self.expr(value)?;
                let name = self.str_const(&attr.name);
                self.set_line(t.span);
                self.rt_status(RtFn::DelAttr, &[o, name]);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.del_target(i)?;
                }
            }
            _ => return self.unsupported("this kind of del target", t.span),
        }
        Ok(())
    }

    /// `a[i:j] = b[k:l:m]`, evaluated in CPython's order (the right side's
    /// slice, then the target's expressions) but with the right side's
    /// items in a list rt lends to the assignment and takes back, so the
    /// statement allocates nothing; false for any other assignment.
    fn assign_slice_to_slice(&mut self, targets: &'a [Expr], value: &'a Expr) -> LResult<bool> {
        let [t] = targets else {
            return Ok(false);
        };
        let (
            ExprKind::Subscript { value: o, index },
            ExprKind::Subscript {
                value: src,
                index: src_index,
            },
        ) = (&t.kind, &value.kind)
        else {
            return Ok(false);
        };
        let (
            ExprKind::Slice { lower, upper, step },
            ExprKind::Slice {
                lower: src_lower,
                upper: src_upper,
                step: src_step,
            },
        ) = (&index.kind, &src_index.kind)
        else {
            return Ok(false);
        };
        let mut args = vec![self.expr(src)?];
        args.extend(self.slice_parts([src_lower, src_upper, src_step])?);
        self.set_line(value.span);
        let v = self.rt_val(RtFn::GetSliceLent, &args);
        let o = self.expr(o)?;
        let [start, stop, step] = self.slice_parts([lower, upper, step])?;
        self.set_line(t.span);
        self.rt_status(RtFn::SetSliceLent, &[o, start, stop, step, v]);
        Ok(true)
    }

    /// Assigns `v` to an assignment target.
    pub fn assign(&mut self, t: &'a Expr, v: Value) -> LResult<()> {
        match &t.kind {
            ExprKind::Name(n) => self.store_name(n, v),
            ExprKind::Attribute { value, attr } => {
                let o = self.expr(value)?;
                let name = self.str_const(&attr.name);
                self.set_line(t.span);
                self.setattr_site(o, name, v);
            }
            ExprKind::Subscript { value, index } => {
                let o = self.expr(value)?;
                if let ExprKind::Slice { lower, upper, step } = &index.kind {
                    let [start, stop, step] = self.slice_parts([lower, upper, step])?;
                    self.set_line(t.span);
                    self.rt_status(RtFn::SetSlice, &[o, start, stop, step, v]);
                    return Ok(());
                }
                let k = self.expr(index)?;
                self.set_line(t.span);
                self.setitem_site(o, k, v);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items
                    .iter()
                    .position(|i| matches!(i.kind, ExprKind::Starred(_)));
                let n = items.len();
                let (out, slot) = self.out_array(n);
                self.set_line(t.span);
                match star {
                    None => {
                        let nv = self.b.ins().iconst(types::I64, n as i64);
                        self.rt_status(RtFn::Unpack, &[v, nv, out]);
                    }
                    Some(k) => {
                        let before = self.b.ins().iconst(types::I64, k as i64);
                        let after = self.b.ins().iconst(types::I64, (n - k - 1) as i64);
                        self.rt_status(RtFn::UnpackEx, &[v, before, after, out]);
                    }
                }
                for (i, item) in items.iter().enumerate() {
                    let x = self
                        .b
                        .ins()
                        .stack_load(types::I64, types::I64, slot, (i * 8) as i32);
                    let target = match &item.kind {
                        ExprKind::Starred(inner) => inner,
                        _ => item,
                    };
                    self.assign(target, x)?;
                }
            }
            ExprKind::Starred(_) => {
                return Err(crate::diagnostics::Diagnostic::error(
                    "starred assignment target must be in a list or tuple",
                    t.span,
                ))
            }
            _ => return self.unsupported("this assignment target", t.span),
        }
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> LResult<()> {
        // CPython reports the operation at the whole statement (set by
        // `stmt`), loading and storing the target at the target.
        let stmt_pos = self.pos;
        match &target.kind {
            ExprKind::Name(n) => {
                if self.aug_assign_float_local(n, op, value, target.span)? {
                    return Ok(());
                }
                let cur = self.load_name(n, target.span)?;
                let rhs = self.expr(value)?;
                self.set_line(stmt_pos);
                let r = self.binop(op, cur, rhs, true)?;
                self.set_line(target.span);
                self.store_name(n, r);
            }
            ExprKind::Attribute { value: obj, attr } => {
                let o = self.expr(obj)?;
                let name = self.str_const(&attr.name);
                self.set_line(target.span);
                let cur = self.getattr_site(o, name);
                let rhs = self.expr(value)?;
                self.set_line(stmt_pos);
                let r = self.binop(op, cur, rhs, true)?;
                self.set_line(target.span);
                self.setattr_site(o, name, r);
            }
            ExprKind::Subscript { value: obj, index } => {
                let o = self.expr(obj)?;
                let k = self.expr(index)?;
                self.set_line(target.span);
                // A float list's item and the float result stay unboxed
                // (`b[3] -= dx * m` allocates nothing).
                let cur = self.getitem_num(o, k);
                let rhs = self.num_expr(value, true)?;
                self.set_line(stmt_pos);
                let r = self.binop_num(op, cur, rhs, true, true)?;
                self.set_line(target.span);
                self.setitem_num(o, k, r);
            }
            _ => return self.unsupported("this augmented assignment target", target.span),
        }
        Ok(())
    }

    // ---- loops -----------------------------------------------------------------

    /// The arguments of `range(...)` when `iter` is a call of the builtin
    /// `range` whose step is absent or a non-zero int literal.
    fn range_args(&self, iter: &'a Expr) -> Option<(&'a [Expr], i64)> {
        let ExprKind::Call {
            func,
            args,
            keywords,
        } = &iter.kind
        else {
            return None;
        };
        let ExprKind::Name(n) = &func.kind else {
            return None;
        };
        if n != "range" || !keywords.is_empty() || args.is_empty() || args.len() > 3 {
            return None;
        }
        if !self.is_builtin_name("range") {
            return None;
        }
        if args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_))) {
            return None;
        }
        let step = match args.get(2) {
            None => 1,
            Some(e) => literal_int(e)?,
        };
        if step == 0 || step.unsigned_abs() > (1 << 40) {
            return None;
        }
        Some((args, step))
    }

    /// A `for` loop. When its iterable is a call of a known generator
    /// function, the generator it creates is referenced by nothing else, so
    /// it is closed when the loop ends by `break`, `return` or an exception,
    /// as CPython's reference counting closes it (a `finally` in it runs
    /// then); an exhausted generator's close does nothing.
    fn for_loop(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> LResult<()> {
        self.closing_fresh_generator(iter, &mut |fx, gen_var| {
            fx.for_loop_over(target, iter, body, orelse, gen_var)
        })
    }

    /// Lowers a loop over `iter` with `lower_loop`, which stores the
    /// iterable in the variable it is given. When `iter` is a fresh
    /// generator (or async generator, for `async for`), the loop is given a
    /// variable, and the generator is closed whichever way the loop ends.
    pub fn closing_fresh_generator(
        &mut self,
        iter: &'a Expr,
        lower_loop: &mut dyn FnMut(&mut Self, Option<Variable>) -> LResult<()>,
    ) -> LResult<()> {
        if !self.is_fresh_generator(iter) {
            return lower_loop(self, None);
        }
        let gen_var = self.null_var();
        self.closing_generators(&[gen_var], true, |fx| lower_loop(fx, Some(gen_var)))
    }

    /// Lowers `f`, then closes the generators in `vars` (each null until
    /// `f` stores a fresh generator there) however it ends: normally, by
    /// an exception, or (`on_return`) by a `return` inside. CPython's
    /// reference counting closes a generator nothing else refers to at
    /// those moments, running its pending `finally` blocks.
    pub(super) fn closing_generators<T>(
        &mut self,
        vars: &[Variable],
        on_return: bool,
        f: impl FnOnce(&mut Self) -> LResult<T>,
    ) -> LResult<T> {
        let on_error = self.b.create_block();
        self.b.set_cold_block(on_error);
        let base = self.ctl.len();
        if on_return {
            for v in vars {
                self.ctl.push(Ctl::CloseIter { var: *v });
            }
        }
        self.ctl.push(Ctl::Unwind { on_error });
        let r = f(self);
        self.ctl.truncate(base);
        let r = r?;
        for v in vars {
            let g = self.b.use_var(*v);
            self.rt(RtFn::CloseIter, &[g]);
        }
        let after = self.b.create_block();
        self.b.ins().jump(after, &[]);
        self.b.switch_to_block(on_error);
        let exc = self.rt(RtFn::FetchExc, &[]).expect("fetch returns");
        for v in vars {
            let g = self.b.use_var(*v);
            self.rt(RtFn::CloseIter, &[g]);
        }
        self.rt(RtFn::Reraise, &[exc]);
        let target = self.unwind_target();
        self.b.ins().jump(target, &[]);
        self.b.switch_to_block(after);
        Ok(r)
    }

    /// A loop's body, where `continue` goes to `cont` and `break` to `brk`,
    /// ending with the jump to `cont`.
    fn loop_body(
        &mut self,
        body: &'a [Stmt],
        cont: cranelift_codegen::ir::Block,
        brk: cranelift_codegen::ir::Block,
    ) -> LResult<()> {
        self.ctl.push(Ctl::Loop { cont, brk });
        self.stmts(body)?;
        self.ctl.pop();
        self.b.ins().jump(cont, &[]);
        Ok(())
    }

    /// The rest of a loop whose next-item test ran: `body` (with
    /// `continue` going to `header`, `break` to `exit`) back to `header`,
    /// then `orelse` in `else_b` falling through to `exit`, current after.
    pub(super) fn loop_rest(
        &mut self,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        header: cranelift_codegen::ir::Block,
        else_b: cranelift_codegen::ir::Block,
        exit: cranelift_codegen::ir::Block,
    ) -> LResult<()> {
        self.loop_body(body, header, exit)?;
        self.b.switch_to_block(else_b);
        self.stmts(orelse)?;
        self.b.ins().jump(exit, &[]);
        self.b.switch_to_block(exit);
        Ok(())
    }

    /// True if `e` calls a known module-level generator function: the
    /// result is a new generator nothing else refers to.
    pub fn is_fresh_generator(&self, e: &Expr) -> bool {
        let ExprKind::Call { func, .. } = &e.kind else {
            return false;
        };
        let ExprKind::Name(name) = &func.kind else {
            return false;
        };
        self.binding(name).0 == Binding::Global && self.m.known_generators.contains(name)
    }

    fn for_loop_over(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        gen_var: Option<Variable>,
    ) -> LResult<()> {
        // Taking an iterator and each next item are at the `for`
        // statement's position (set by `stmt`), as in CPython.
        let for_pos = self.pos;
        let header = self.b.create_block();
        let body_b = self.b.create_block();
        let item = self.b.append_block_param(body_b, types::I64);
        let latch = self.b.create_block();
        let else_b = self.b.create_block();
        let exit = self.b.create_block();
        let it_var = self.temp_var();
        let mode = self.temp_var();
        let cur = self.temp_var();
        let stop_var = self.temp_var();
        let range = self.range_args(iter);
        let step = range.map_or(1, |(_, s)| s);
        // A numeric body also gets a fast copy (`loop_spec.rs`), tried
        // before the first item and after each increment.
        let spec = match (range, &target.kind) {
            (Some(_), ExprKind::Name(n)) if orelse.is_empty() && gen_var.is_none() => {
                self.spec_plan(super::loop_spec::Head::Range(n), body)
            }
            (None, ExprKind::Name(n)) if orelse.is_empty() && gen_var.is_none() => {
                self.spec_plan(super::loop_spec::Head::Each(n), body)
            }
            _ => None,
        };
        let next_hdr = spec.as_ref().map_or(header, |sp| sp.try_fast);
        if let Some((args, _)) = range {
            // Inline loop over tagged small ints; anything else (big ints,
            // non-ints) goes through a real range object and the iterator.
            let vals = args
                .iter()
                .take(2)
                .map(|a| self.expr(a))
                .collect::<LResult<Vec<_>>>()?;
            let (start, stop) = if vals.len() == 1 {
                (self.small_int(0), vals[0])
            } else {
                (vals[0], vals[1])
            };
            let both = self.b.ins().band(start, stop);
            let tagged = self.b.ins().band_imm_u(both, 1);
            let fast_b = self.b.create_block();
            let slow_b = self.b.create_block();
            self.b.ins().brif(tagged, fast_b, &[], slow_b, &[]);
            self.b.switch_to_block(fast_b);
            let one = self.b.ins().iconst(types::I64, 1);
            self.b.def_var(mode, one);
            self.b.def_var(cur, start);
            self.b.def_var(stop_var, stop);
            let z = self.null();
            self.b.def_var(it_var, z);
            self.b.ins().jump(next_hdr, &[]);
            self.b.switch_to_block(slow_b);
            let range_v = self.const_builtin_value("range");
            let step_v = self.small_int(step);
            let mut rargs = vec![start, stop];
            if args.len() == 3 {
                rargs.push(step_v);
            }
            self.set_line(iter.span);
            let r = self.call_values(range_v, &rargs)?;
            let it = self.rt_val(RtFn::Iter, &[r]);
            self.b.def_var(it_var, it);
            let z = self.null();
            self.b.def_var(mode, z);
            self.b.def_var(cur, z);
            self.b.def_var(stop_var, z);
            self.b.ins().jump(header, &[]);
        } else {
            let v = self.expr(iter)?;
            if let Some(g) = gen_var {
                self.b.def_var(g, v);
            }
            self.begin_iteration(v, for_pos, [it_var, mode, cur], header, next_hdr);
        }
        // Header: pick the next item.
        self.b.switch_to_block(header);
        self.poll();
        if range.is_some() {
            let m = self.b.use_var(mode);
            let fast_hdr = self.b.create_block();
            let gen_hdr = self.b.create_block();
            self.b.ins().brif(m, fast_hdr, &[], gen_hdr, &[]);
            self.b.switch_to_block(fast_hdr);
            let c = self.b.use_var(cur);
            let s = self.b.use_var(stop_var);
            let cc = if step > 0 {
                IntCC::SignedLessThan
            } else {
                IntCC::SignedGreaterThan
            };
            let more = self.b.ins().icmp(cc, c, s);
            self.b.ins().brif(
                more,
                body_b,
                &[cranelift_codegen::ir::BlockArg::Value(c)],
                else_b,
                &[],
            );
            self.b.switch_to_block(gen_hdr);
            self.next_from_iterator(it_var, for_pos, body_b, else_b);
        } else {
            self.next_item([it_var, mode, cur], for_pos, body_b, else_b);
        }
        // Body.
        self.b.switch_to_block(body_b);
        self.assign(target, item)?;
        if spec.is_some() {
            self.spec_range_begin();
        }
        let lowered = self.loop_body(body, latch, exit);
        if lowered.is_err() {
            self.spec_entries = None;
        }
        lowered?;
        // Latch: advance the inline counter, at the `for` statement's
        // position, as CPython's loop does (a debugger's `next` at the end
        // of the body shows the `for` line, not the body's last); what
        // follows the loop keeps the position it had.
        let body_pos = self.pos;
        self.b.switch_to_block(latch);
        self.set_line(for_pos);
        if range.is_some() {
            let m = self.b.use_var(mode);
            let inc = self.b.create_block();
            self.b.ins().brif(m, inc, &[], header, &[]);
            self.b.switch_to_block(inc);
            let c = self.b.use_var(cur);
            let d = self.b.ins().iconst(types::I64, step << 1);
            let (next, of) = self.b.ins().sadd_overflow(c, d);
            self.b.def_var(cur, next);
            self.b.ins().brif(of, else_b, &[], next_hdr, &[]);
        } else if let Some(sp) = &spec {
            // A list walk (mode 1, or 3 for a float list) tries the fast
            // copy again.
            let m = self.b.use_var(mode);
            let is_list = self.b.ins().band_imm_u(m, 1);
            self.b.ins().brif(is_list, sp.try_fast, &[], header, &[]);
        } else {
            self.b.ins().jump(header, &[]);
        }
        self.set_line(body_pos);
        self.b.switch_to_block(else_b);
        self.stmts(orelse)?;
        self.b.ins().jump(exit, &[]);
        match spec {
            Some(sp) if range.is_some() => {
                self.spec_range_fast(sp, body, header, exit, cur, stop_var, step)
            }
            Some(sp) => self.spec_each_fast(sp, body, header, exit, it_var, cur),
            None => {}
        }
        self.b.switch_to_block(exit);
        if self.gen.is_some() {
            // A generator saves its temporaries at each suspension: the
            // finished iterator (and the sequence it walked) would
            // otherwise live as long as the generator.
            let z = self.null();
            self.b.def_var(it_var, z);
        }
        Ok(())
    }

    // ---- functions ---------------------------------------------------------------

    /// Creates a function object for a `def` or `lambda` (defaults evaluated
    /// now, closure cells captured) and queues its body for compilation.
    pub fn make_function(
        &mut self,
        src: super::FuncSource<'a>,
        name: &str,
        params: &'a Params,
        span: crate::span::Span,
    ) -> LResult<Value> {
        let f = self.make_function_info(src, name, params, span)?.0;
        if self.m.exec.is_some() {
            // Its `__module__` is its globals' `__name__`, as CPython's.
            let g = self.exec_namespace(true);
            self.rt_status(RtFn::ExecFuncModule, &[f, g]);
        }
        Ok(f)
    }

    /// `make_function`, also returning the new function's entries.
    pub fn make_function_info(
        &mut self,
        src: super::FuncSource<'a>,
        name: &str,
        params: &'a Params,
        span: crate::span::Span,
    ) -> LResult<(Value, super::FuncInfo)> {
        let Some(scope) = self.m.res.scope_for(span) else {
            return self.unsupported("this function (no scope)", span);
        };
        // A private method's `__name__` is its name as written.
        let name = match src {
            super::FuncSource::Def(f) => f.unmangled.as_deref().unwrap_or(name),
            _ => name,
        };
        let qualname = self.qualname_for(name);
        self.m.scope_names.insert(scope, name.to_string());
        let known = self.scope == 0
            && matches!(src, super::FuncSource::Def(_))
            && self.m.res.known_functions.contains(name);
        let info = match (known, self.m.known.get(name)) {
            (true, Some(i)) => i.clone(),
            _ => {
                let (doc, coroutine, line) = match src {
                    super::FuncSource::Def(f) => (
                        super::docstring(&f.body),
                        f.is_async && !self.m.res.scopes[scope].is_generator,
                        super::def_first_line(self.m.file, f),
                    ),
                    _ => (None, false, self.m.file.line_col(span.start).0 as u32),
                };
                self.m
                    .declare_al_function(name, &qualname, params, doc, coroutine, line)?
            }
        };
        // Defaults.
        let pos_defaults: Vec<&'a Expr> = params
            .posonly
            .iter()
            .chain(&params.args)
            .filter_map(|p| p.default.as_ref())
            .collect();
        let defaults = if pos_defaults.is_empty() {
            self.null()
        } else {
            let vals = pos_defaults
                .iter()
                .map(|e| self.expr(e))
                .collect::<LResult<Vec<_>>>()?;
            let arr = self.array(&vals);
            let n = self.b.ins().iconst(types::I64, vals.len() as i64);
            self.rt_val(RtFn::TupleNew, &[arr, n])
        };
        let kwdefaults = if params.kwonly.iter().any(|p| p.default.is_some()) {
            let d = self.rt_val(RtFn::DictNew, &[]);
            for p in &params.kwonly {
                if let Some(e) = &p.default {
                    let v = self.expr(e)?;
                    let k = self.str_const(&p.name.name);
                    self.rt_status(RtFn::DictSetItem, &[d, k, v]);
                }
            }
            d
        } else {
            self.null()
        };
        let annotations = self.annotations(&src, params)?;
        // Closure cells, in the child's freevar order.
        let freevars = self.m.res.scopes[scope].freevars.clone();
        let mut cells = Vec::new();
        for fv in &freevars {
            let (_, owner) = self.binding(fv);
            let var = self.var(owner, fv);
            cells.push(self.b.use_var(var));
        }
        let cells_arr = self.array(&cells);
        let ncells = self.b.ins().iconst(types::I64, cells.len() as i64);
        let gen_ref = self
            .m
            .module_declare_func_in_func(info.generic, self.b.func);
        let gen_addr = self.b.ins().func_addr(types::I64, gen_ref);
        let desc_gv = self.m.module_declare_data_in_func(info.desc, self.b.func);
        let desc = self.b.ins().symbol_value(types::I64, desc_gv);
        let f = self.rt_val(
            RtFn::FuncNew,
            &[gen_addr, desc, cells_arr, ncells, defaults, kwdefaults],
        );
        if let Some(d) = annotations {
            let k = self.str_const("__annotations__");
            self.rt_status(RtFn::SetAttr, &[f, k, d]);
        }
        self.m.queue_function(src, scope, info.clone(), qualname);
        Ok((f, info))
    }

    /// The `__annotations__` dict of a `def` whose parameters or result are
    /// annotated, evaluated now as CPython 3.11 does; `None` when there are
    /// none (the function then makes an empty dict when asked).
    fn annotations(
        &mut self,
        src: &super::FuncSource<'a>,
        params: &'a Params,
    ) -> LResult<Option<Value>> {
        let super::FuncSource::Def(def) = *src else {
            return Ok(None);
        };
        let annotated: Vec<(&str, &'a Expr)> = crate::resolve::all_params(params)
            .filter_map(|p| Some((p.name.name.as_str(), p.annotation.as_ref()?)))
            .chain(def.returns.as_ref().map(|r| ("return", r)))
            .collect();
        if annotated.is_empty() {
            return Ok(None);
        }
        let d = self.rt_val(RtFn::DictNew, &[]);
        for (name, e) in annotated {
            let v = self.annotation_value(e)?;
            let k = self.str_const(name);
            self.rt_status(RtFn::DictSetItem, &[d, k, v]);
        }
        Ok(Some(d))
    }

    /// The value an annotation stores: the expression's value, or under
    /// `from __future__ import annotations` its source text (lines joined).
    fn annotation_value(&mut self, e: &'a Expr) -> LResult<Value> {
        if !self.m.program.units[self.m.unit].future_annotations {
            return self.expr(e);
        }
        let text = self
            .m
            .file
            .text
            .get(e.span.start as usize..e.span.end as usize)
            .unwrap_or("");
        let mut out = String::new();
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                out = out.trim_end().to_string();
                out.push(' ');
            }
            out.push_str(if i > 0 { line.trim_start() } else { line });
        }
        Ok(self.str_const(&out))
    }

    fn qualname_for(&self, name: &str) -> String {
        // Qualified names follow CPython: outer.<locals>.inner.
        let mut parts = vec![name.to_string()];
        let mut sc = self.scope;
        let res = self.m.res;
        while sc != 0 {
            let s = &res.scopes[sc];
            match s.kind {
                crate::resolve::ScopeKind::Function => {
                    if let Some(n) = self.m.scope_names.get(&sc) {
                        parts.push("<locals>".to_string());
                        parts.push(n.clone());
                    }
                }
                crate::resolve::ScopeKind::Class => {
                    if let Some(n) = self.m.scope_names.get(&sc) {
                        parts.push(n.clone());
                    }
                }
                _ => {}
            }
            sc = s.parent.unwrap_or(0);
        }
        parts.reverse();
        parts.join(".")
    }

    /// `class C(bases): body`: the body runs inline with its names stored
    /// in a fresh namespace dict, then rt builds the class from it.
    fn class_def(&mut self, c: &'a ClassDef) -> LResult<()> {
        let Some(cscope) = self.m.res.scope_for(c.span) else {
            return self.unsupported("this class (no scope)", c.span);
        };
        if let Some(k) = c.keywords.iter().find(|k| k.arg.is_none()) {
            return self.unsupported("`**` in a class's keyword arguments", k.span);
        }
        if let Some(b) = c
            .bases
            .iter()
            .find(|b| matches!(b.kind, ExprKind::Starred(_)))
        {
            return self.unsupported("starred base classes", b.span);
        }
        // Decorators and bases are evaluated before the body, as in CPython.
        let decorators = c
            .decorators
            .iter()
            .map(|d| self.expr(d))
            .collect::<LResult<Vec<_>>>()?;
        // Keyword values follow the bases in one array, as in a call
        // (rt passes them to `__init_subclass__`).
        let bases = c
            .bases
            .iter()
            .chain(c.keywords.iter().map(|k| &k.value))
            .map(|b| self.expr(b))
            .collect::<LResult<Vec<_>>>()?;
        let kw_names: Vec<String> = c
            .keywords
            .iter()
            .filter_map(|k| k.arg.as_ref().map(|a| a.name.clone()))
            .collect();
        let written = c.unmangled.as_deref().unwrap_or(&c.name.name);
        let qualname = self.qualname_for(written);
        self.m.scope_names.insert(cscope, written.to_string());
        let arr = self.array(&bases);
        let n = self.b.ins().iconst(types::I64, bases.len() as i64);
        let bases_t = self.rt_val(RtFn::TupleNew, &[arr, n]);
        let name = self.str_const(c.unmangled.as_deref().unwrap_or(&c.name.name));
        let kwnames = if kw_names.is_empty() {
            self.null()
        } else {
            let idx = self.m.const_kwnames(&kw_names);
            self.const_slot(idx)
        };
        // The metaclass and its `__prepare__` namespace (rt's state tuple
        // holds the namespace first).
        self.set_line(c.span);
        let state = self.rt_val(RtFn::ClassPrepare, &[name, bases_t, kwnames]);
        let ns = self.b.ins().load(
            types::I64,
            MemFlagsData::trusted(),
            state,
            layout::TUPLE_ITEMS,
        );
        let ns_var = self.var(cscope, NS_VAR);
        self.b.def_var(ns_var, ns);
        let state_var = self.var(cscope, STATE_VAR);
        self.b.def_var(state_var, state);
        let bases_var = self.var(cscope, BASES_VAR);
        self.b.def_var(bases_var, bases_t);
        // `__module__` is the module's `__name__` when the class is made.
        let k = self.str_const("__module__");
        let v = if self.m.exec.is_some() {
            // The globals' `__name__`, as CPython's class body reads it.
            let g = self.exec_namespace(true);
            let n = self.str_const("__name__");
            self.rt_val(RtFn::ExecLoad, &[g, g, n])
        } else {
            let slot = self.global_slot("__name__");
            let base = self.globals_addr();
            let v = self
                .b
                .ins()
                .load(types::I64, MemFlagsData::trusted(), base, (slot * 8) as i32);
            let name = self.m.program.units[self.m.unit].name.clone();
            let fallback = self.str_const(&name);
            self.b.ins().select(v, v, fallback)
        };
        self.rt_status(RtFn::NsSet, &[ns, k, v]);
        let k = self.str_const("__qualname__");
        let qn = self.str_const(&qualname);
        self.rt_status(RtFn::NsSet, &[ns, k, qn]);
        if let Some(Stmt {
            kind:
                StmtKind::Expr(Expr {
                    kind: ExprKind::Str(doc),
                    ..
                }),
            ..
        }) = c.body.first()
        {
            let k = self.str_const("__doc__");
            let d = self.str_const(doc);
            self.rt_status(RtFn::NsSet, &[ns, k, d]);
        }
        if crate::resolve::has_annotations(&c.body) {
            let k = self.str_const("__annotations__");
            let d = self.rt_val(RtFn::DictNew, &[]);
            self.rt_status(RtFn::NsSet, &[ns, k, d]);
        }
        let class_cell =
            if self.m.res.scopes[cscope].bindings.get("__class__") == Some(&Binding::Cell) {
                let z = self.null();
                let cell = self.rt_val(RtFn::CellNew, &[z]);
                let var = self.var(cscope, "__class__");
                self.b.def_var(var, cell);
                Some(cell)
            } else {
                None
            };
        let saved = self.scope;
        self.scope = cscope;
        let r = self.stmts(&c.body);
        self.scope = saved;
        r?;
        self.set_line(c.span);
        // As CPython's class body ends: the `__class__` cell stored as
        // `__classcell__`, which `type.__new__` fills with the new class.
        if let Some(cell) = class_cell {
            let ns = self.b.use_var(ns_var);
            let k = self.str_const("__classcell__");
            self.rt_status(RtFn::NsSet, &[ns, k, cell]);
        }
        let state = self.b.use_var(state_var);
        let bases_t = self.b.use_var(bases_var);
        let name = self.str_const(c.unmangled.as_deref().unwrap_or(&c.name.name));
        let kwnames = if kw_names.is_empty() {
            self.null()
        } else {
            let idx = self.m.const_kwnames(&kw_names);
            self.const_slot(idx)
        };
        let cell = match class_cell {
            Some(cell) => cell,
            None => self.null(),
        };
        let mut cls = self.rt_val(RtFn::ClassNew, &[name, qn, bases_t, state, kwnames, cell]);
        for d in decorators.iter().rev() {
            cls = self.call_values(*d, &[cls])?;
        }
        self.store_name(&c.name.name, cls);
        Ok(())
    }

    // ---- exceptions --------------------------------------------------------------

    fn raise(&mut self, exc: Option<&'a Expr>, cause: Option<&'a Expr>) -> LResult<()> {
        // The raise statement is the traceback site (set by `stmt`).
        let pos = self.pos;
        match exc {
            None => {
                match self.handled.last() {
                    Some(var) => {
                        let e = self.b.use_var(*var);
                        self.rt(RtFn::Reraise, &[e]);
                    }
                    None => {
                        self.rt(RtFn::ReraiseCurrent, &[]);
                    }
                }
                // The exception continues with the entries it has: CPython
                // adds none for the frame of a bare `raise`.
                self.reraise_pending();
            }
            Some(e) => {
                let v = self.expr(e)?;
                let c = match cause {
                    Some(c) => self.expr(c)?,
                    None => self.null(),
                };
                self.rt(RtFn::Raise, &[v, c]);
                self.set_line(pos);
                self.raise_pending();
            }
        }
        Ok(())
    }

    fn try_stmt(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> LResult<()> {
        if handlers.is_empty() {
            return self.try_frame(body, orelse, finalbody, None);
        }
        self.try_frame(
            body,
            orelse,
            finalbody,
            Some(&mut |fx, exc_var, normal_exit| fx.except_clauses(exc_var, handlers, normal_exit)),
        )
    }

    /// The frame of a `try` statement: `body`, then `orelse`, with
    /// `finalbody` run on every way out. `dispatch` (None without except
    /// clauses) lowers the clauses for the exception `body` raised, which
    /// it finds in the variable it gets; a clause that handles it jumps to
    /// the block it gets (the normal exit), and what no clause handles
    /// unwinds outwards.
    #[allow(clippy::type_complexity)]
    pub fn try_frame(
        &mut self,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        dispatch: Option<&mut dyn FnMut(&mut Self, Variable, Block) -> LResult<()>>,
    ) -> LResult<()> {
        let has_finally = !finalbody.is_empty();
        let dispatch_block = self.b.create_block();
        let normal_exit = self.b.create_block();
        let finally_exc = self.b.create_block();
        let base = self.ctl.len();
        if has_finally {
            self.ctl.push(Ctl::Finally { body: finalbody });
        }
        let outer_err = if has_finally {
            finally_exc
        } else {
            self.unwind_target()
        };
        // try body
        self.ctl.push(Ctl::Unwind {
            on_error: if dispatch.is_some() {
                dispatch_block
            } else {
                outer_err
            },
        });
        self.stmts(body)?;
        self.ctl.pop();
        // else
        if has_finally {
            self.ctl.push(Ctl::Unwind {
                on_error: outer_err,
            });
        }
        self.stmts(orelse)?;
        if has_finally {
            self.ctl.pop();
        }
        self.b.ins().jump(normal_exit, &[]);
        // except clauses
        if let Some(lower_clauses) = dispatch {
            self.b.switch_to_block(dispatch_block);
            self.b.set_cold_block(dispatch_block);
            if has_finally {
                self.ctl.push(Ctl::Unwind {
                    on_error: outer_err,
                });
            }
            let exc = self.rt(RtFn::FetchExc, &[]).expect("fetch returns");
            let exc_var = self.temp_var();
            self.b.def_var(exc_var, exc);
            lower_clauses(self, exc_var, normal_exit)?;
            if has_finally {
                self.ctl.pop();
            }
        }
        // Normal exit runs the finally body inline.
        self.ctl.truncate(base);
        self.b.switch_to_block(normal_exit);
        if has_finally {
            self.stmts(finalbody)?;
            let after = self.b.create_block();
            self.b.ins().jump(after, &[]);
            // Exceptional exit: run finally, then re-raise.
            self.b.switch_to_block(finally_exc);
            self.b.set_cold_block(finally_exc);
            let exc = self.rt(RtFn::FetchExc, &[]).expect("fetch returns");
            let v = self.temp_var();
            self.b.def_var(v, exc);
            // While the finally body runs, the exception is being handled,
            // as under CPython's cleanup handler.
            self.handling(v, None, finalbody)?;
            let e = self.b.use_var(v);
            self.rt(RtFn::Reraise, &[e]);
            let target = self.unwind_target();
            self.b.ins().jump(target, &[]);
            self.b.switch_to_block(after);
        }
        Ok(())
    }

    /// The `except` clauses for the exception in `exc_var`: the first that
    /// matches runs and continues at `normal_exit`; with none, the
    /// exception continues outwards.
    fn except_clauses(
        &mut self,
        exc_var: Variable,
        handlers: &'a [ExceptHandler],
        normal_exit: Block,
    ) -> LResult<()> {
        for h in handlers {
            self.set_line(h.span);
            let next = self.b.create_block();
            let hbody = self.b.create_block();
            if let Some(t) = &h.typ {
                let tv = self.expr(t)?;
                let e = self.b.use_var(exc_var);
                let m = self.rt(RtFn::ExcMatches, &[e, tv]).expect("returns");
                // A bad except type raises TypeError from the handler.
                let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, m, 0);
                let ok = self.b.create_block();
                let bad = self.b.create_block();
                self.b.ins().brif(neg, bad, &[], ok, &[]);
                self.b.switch_to_block(bad);
                self.raise_pending();
                self.b.ins().jump(ok, &[]);
                self.b.switch_to_block(ok);
                self.b.ins().brif(m, hbody, &[], next, &[]);
            } else {
                self.b.ins().jump(hbody, &[]);
            }
            self.b.switch_to_block(hbody);
            let name = h.name.as_ref().map(|n| n.name.as_str());
            self.handling(exc_var, name, &h.body)?;
            self.b.ins().jump(normal_exit, &[]);
            self.b.switch_to_block(next);
        }
        // No clause matched: the exception continues outwards.
        let e = self.b.use_var(exc_var);
        self.rt(RtFn::Reraise, &[e]);
        let target = self.unwind_target();
        self.b.ins().jump(target, &[]);
        Ok(())
    }

    /// Runs `body` while the exception in `exc_var` is being handled (an
    /// `except` clause, which binds it to `name`, or a `finally` body run
    /// for it): an exception raised there gets it as `__context__` and a
    /// bare `raise` re-raises it. Leaving the body any way ends the
    /// handling (and unbinds `name`); an error then propagates outwards.
    /// Continues after a normal exit.
    fn handling(
        &mut self,
        exc_var: Variable,
        name: Option<&'a str>,
        body: &'a [Stmt],
    ) -> LResult<()> {
        self.handling_with(exc_var, name, &mut |fx| fx.stmts(body))
    }

    /// `handling` with the body lowered by `body`.
    pub fn handling_with(
        &mut self,
        exc_var: Variable,
        name: Option<&'a str>,
        body: &mut dyn FnMut(&mut Self) -> LResult<()>,
    ) -> LResult<()> {
        let e = self.b.use_var(exc_var);
        self.rt(RtFn::EnterHandler, &[e]);
        if let Some(n) = name {
            self.store_name(n, e);
        }
        let cleanup = self.b.create_block();
        self.b.set_cold_block(cleanup);
        self.ctl.push(Ctl::Handler);
        self.ctl.push(Ctl::Unwind { on_error: cleanup });
        self.handled.push(exc_var);
        let r = body(self);
        self.handled.pop();
        self.ctl.pop();
        self.ctl.pop();
        r?;
        self.end_handling(name);
        let done = self.b.create_block();
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(cleanup);
        self.end_handling(name);
        let target = self.unwind_target();
        self.b.ins().jump(target, &[]);
        self.b.switch_to_block(done);
        Ok(())
    }

    /// Ends handling an exception: leaves the handler, unbinds its name.
    fn end_handling(&mut self, name: Option<&str>) {
        self.rt(RtFn::LeaveHandler, &[]);
        if let Some(n) = name {
            if self.m.exec.is_some() && self.binding(n).0 == Binding::Global {
                // A namespace holds no unbound entries: CPython's `e = None;
                // del e`.
                let none = self.none();
                self.exec_store(n, none);
                self.exec_delete(n, crate::span::Span::default());
                return;
            }
            let z = self.null();
            self.store_name(n, z);
        }
    }
}

/// The variable (owned by a class scope) holding the class namespace dict.
pub const NS_VAR: &str = "<ns>";
/// The variable holding what `alc_rt_class_prepare` returned for a class.
const STATE_VAR: &str = "<class state>";
/// The variable holding a class statement's bases and keyword values.
const BASES_VAR: &str = "<class bases>";

/// The value of an int literal (or a negated one) that fits in an i64.
pub fn literal_int(e: &Expr) -> Option<i64> {
    match &e.kind {
        ExprKind::Int(s) => s.to_i64(),
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => literal_int(operand).map(|v| -v),
        _ => None,
    }
}
