//! `try` with `except*` clauses (exception groups): each clause runs on
//! the part of the raised group its types match, what it raises is
//! collected, and what is left over or raised is re-raised together once
//! all clauses ran (`alc_rt_exc_star_*`, CPython's `CHECK_EG_MATCH` and
//! `PREP_RERAISE_STAR`).

use super::func_cx::{Ctl, FuncCx, LResult};
use super::rt_abi::RtFn;
use crate::ast::*;
use cranelift_codegen::ir::{condcodes::IntCC, InstBuilder};

impl<'m, 'a, 'f> FuncCx<'m, 'a, 'f> {
    /// `try: body` with `except*` `handlers`, `else` and `finally`.
    pub fn try_star_stmt(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> LResult<()> {
        self.try_frame(
            body,
            orelse,
            finalbody,
            Some(&mut |fx, orig, normal_exit| {
                // The clauses run while the group is being handled (an
                // error in a clause's type gets it as context), each body
                // while its match is.
                fx.handling_with(orig, None, &mut |fx| fx.star_clauses(orig, handlers))?;
                fx.b.ins().jump(normal_exit, &[]);
                Ok(())
            }),
        )
    }

    /// The `except*` clauses for the exception in `orig`; continues where
    /// everything was handled, after the re-raise of what was not.
    fn star_clauses(
        &mut self,
        orig: cranelift_frontend::Variable,
        handlers: &'a [ExceptHandler],
    ) -> LResult<()> {
        // `state` is rt's list: the unmatched rest first, then what the
        // clauses raised.
        let o = self.b.use_var(orig);
        let state = self.rt(RtFn::ExcStarBegin, &[o]).expect("returns");
        let state_var = self.temp_var();
        self.b.def_var(state_var, state);
        for h in handlers {
            self.set_line(h.span);
            let Some(t) = &h.typ else {
                // The parser refuses `except*:`.
                return self.unsupported("except* without a type", h.span);
            };
            let next = self.b.create_block();
            let hbody = self.b.create_block();
            let tv = self.expr(t)?;
            let st = self.b.use_var(state_var);
            let m = self.rt_val(RtFn::ExcStarMatch, &[st, tv]);
            let none = self.none();
            let no_match = self.b.ins().icmp(IntCC::Equal, m, none);
            self.b.ins().brif(no_match, next, &[], hbody, &[]);
            self.b.switch_to_block(hbody);
            let mvar = self.temp_var();
            self.b.def_var(mvar, m);
            // What the clause raises is collected, not propagated.
            let raised = self.b.create_block();
            self.ctl.push(Ctl::StarHandler);
            self.ctl.push(Ctl::Unwind { on_error: raised });
            let name = h.name.as_ref().map(|n| n.name.as_str());
            let r = self.handling_with(mvar, name, &mut |fx| fx.stmts(&h.body));
            self.ctl.pop();
            self.ctl.pop();
            r?;
            self.b.ins().jump(next, &[]);
            self.b.switch_to_block(raised);
            self.b.set_cold_block(raised);
            let e = self.rt(RtFn::FetchExc, &[]).expect("fetch returns");
            let st = self.b.use_var(state_var);
            self.rt(RtFn::ListAppend, &[st, e]);
            self.b.ins().jump(next, &[]);
            self.b.switch_to_block(next);
        }
        let o = self.b.use_var(orig);
        let st = self.b.use_var(state_var);
        let r = self
            .rt(RtFn::ExcStarReraise, &[o, st])
            .expect("returns status");
        // 0: everything was handled; otherwise the exception to raise (or
        // an error) is pending and continues outwards as it is.
        let target = self.unwind_target();
        let handled = self.b.create_block();
        self.b.ins().brif(r, target, &[], handled, &[]);
        self.b.switch_to_block(handled);
        Ok(())
    }

    /// The SyntaxError for `break`, `continue` (when its loop is outside
    /// the clause) and `return` inside an `except*` clause, where
    /// `loop_depth` is the index of the loop the statement leaves (`None`
    /// for `return`).
    pub fn check_star_exit(
        &self,
        loop_depth: Option<usize>,
        span: crate::span::Span,
    ) -> LResult<()> {
        let crosses = self
            .ctl
            .iter()
            .enumerate()
            .any(|(i, c)| matches!(c, Ctl::StarHandler) && loop_depth.is_none_or(|d| i > d));
        if crosses {
            return Err(crate::diagnostics::Diagnostic::error(
                "'break', 'continue' and 'return' cannot appear in an except* block",
                span,
            ));
        }
        Ok(())
    }
}

impl<'m, 'a, 'f> FuncCx<'m, 'a, 'f> {
    /// True if `a` starts on the line `b` starts on.
    pub fn same_line(&self, a: crate::span::Span, b: crate::span::Span) -> bool {
        let f = &self.m.file;
        f.line_col(a.start).0 == f.line_col(b.start).0
    }
}

/// True if `e` is a constant CPython's compiler folds (a literal, or a
/// sign applied to a number).
pub fn is_constant(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Imag(_)
        | ExprKind::Str(_)
        | ExprKind::Bytes(_)
        | ExprKind::True
        | ExprKind::False
        | ExprKind::None
        | ExprKind::Ellipsis => true,
        ExprKind::UnaryOp { operand, .. } => is_constant(operand),
        _ => false,
    }
}
