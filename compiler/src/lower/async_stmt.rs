//! `async for` loops, the `async for` clauses and `await`s of
//! comprehensions in an `async def`, and the checks that keep an await
//! where the frame can be suspended.
//!
//! `async for` is CPython 3.11's loop: `__aiter__` once
//! (`alc_rt_async_for_iter`), then per item `__anext__`
//! (`alc_rt_async_for_next`) and an await of its result through the
//! delegation step `alc_rt_async_for_step`, which ends the await with null
//! when the awaitable raised StopAsyncIteration: that, or `__anext__`
//! itself raising it, ends the loop and runs its `else`. A comprehension
//! whose clauses or element await runs inline in the coroutine's resume
//! function like any comprehension; it suspends the whole frame, so it is
//! accepted only where `await` is (a whole value, `awaiting_expr`), with its
//! result list, set or dict kept in a variable. Asynchronous generator
//! expressions need generator objects: they are "not supported yet".

use super::func_cx::{FuncCx, LResult};
use super::rt_abi::RtFn;
use crate::ast::{Comprehension, Expr, ExprKind, Stmt};
use crate::diagnostics::Diagnostic;
use crate::resolve::ScopeId;
use crate::span::Span;
use cranelift_codegen::ir::{condcodes::IntCC, types, Block, BlockArg, InstBuilder, Value};
use cranelift_frontend::Variable;

/// True if `e`, lowered by `awaiting_expr`, may suspend: an `await`, or a
/// comprehension with an `async for` clause or an await in it.
pub fn awaits(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Await(_) => true,
        ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } => {
            comp_awaits(generators, &[elt])
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => comp_awaits(generators, &[key, value]),
        _ => false,
    }
}

/// True if a comprehension with these clauses and element expressions may
/// suspend (CPython makes it an asynchronous comprehension).
pub fn comp_awaits(generators: &[Comprehension], elts: &[&Expr]) -> bool {
    generators
        .iter()
        .any(|g| g.is_async || g.ifs.iter().any(|c| matches!(c.kind, ExprKind::Await(_))))
        || elts.iter().any(|e| awaits(e))
}

impl<'m, 'a, 'f> FuncCx<'m, 'a, 'f> {
    /// `async for target in iter: body else: orelse` (`span` is the
    /// statement's).
    pub fn async_for(
        &mut self,
        span: Span,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> LResult<()> {
        if !self.in_coroutine() {
            return Err(Diagnostic::error(
                "'async for' outside async function",
                span,
            ));
        }
        self.closing_fresh_generator(iter, &mut |fx, gen_var| {
            fx.async_for_over(span, target, iter, body, orelse, gen_var)
        })
    }

    fn async_for_over(
        &mut self,
        span: Span,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        gen_var: Option<Variable>,
    ) -> LResult<()> {
        let v = self.value_expr(iter)?;
        if let Some(g) = gen_var {
            self.b.def_var(g, v);
        }
        self.set_line(span);
        let pos = self.pos;
        let ait = self.rt_val(RtFn::AsyncForIter, &[v]);
        let it_var = self.temp_var();
        self.b.def_var(it_var, ait);
        let header = self.b.create_block();
        let body_b = self.b.create_block();
        let item = self.b.append_block_param(body_b, types::I64);
        let else_b = self.b.create_block();
        let exit = self.b.create_block();
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(header);
        self.poll();
        self.set_line(pos);
        self.next_awaited(it_var, iter.span, body_b, else_b)?;
        self.b.switch_to_block(body_b);
        self.assign(target, item)?;
        self.loop_rest(body, orelse, header, else_b, exit)
    }

    /// Awaits the next item of the async iterator in `it_var`: a jump to
    /// `got(item)`, or to `exhausted` at StopAsyncIteration.
    fn next_awaited(
        &mut self,
        it_var: Variable,
        span: Span,
        got: Block,
        exhausted: Block,
    ) -> LResult<()> {
        let it = self.b.use_var(it_var);
        let aw = self.rt_val(RtFn::AsyncForNext, &[it]);
        let stop = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, aw, alrt_abi::value::ITER_STOP as i64);
        let more = self.b.create_block();
        self.b.ins().brif(stop, exhausted, &[], more, &[]);
        self.b.switch_to_block(more);
        let x = self.delegate(aw, span, RtFn::AsyncForStep)?;
        self.b
            .ins()
            .brif(x, got, &[BlockArg::Value(x)], exhausted, &[]);
        Ok(())
    }

    /// The `async for` clause of a comprehension: loops over `iterable`
    /// (evaluated in `eval_scope`), calling `per_item` with each element,
    /// the block that fetches the next one, and `exit`.
    pub fn async_for_each(
        &mut self,
        iterable: &'a Expr,
        eval_scope: ScopeId,
        exit: Block,
        per_item: &mut dyn FnMut(&mut Self, Value, Block, Block) -> LResult<()>,
    ) -> LResult<()> {
        let v = self.expr_in_scope(iterable, eval_scope)?;
        self.set_line(iterable.span);
        let ait = self.rt_val(RtFn::AsyncForIter, &[v]);
        let it_var = self.temp_var();
        self.b.def_var(it_var, ait);
        let header = self.b.create_block();
        let got = self.b.create_block();
        let x = self.b.append_block_param(got, types::I64);
        let done = self.b.create_block();
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(header);
        self.poll();
        self.set_line(iterable.span);
        self.next_awaited(it_var, iterable.span, got, done)?;
        self.b.switch_to_block(got);
        per_item(self, x, header, exit)?;
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(done);
        Ok(())
    }

    /// A comprehension's `if` condition, which may be an `await`.
    pub fn comp_cond(&mut self, c: &'a Expr) -> LResult<Value> {
        if matches!(c.kind, ExprKind::Await(_)) && self.in_coroutine() {
            let v = self.awaiting_expr(c)?;
            return self.truthy(v);
        }
        self.cond(c)
    }

    /// Rejects a comprehension that awaits where it cannot: outside an
    /// `async def` (CPython's SyntaxError), as a generator expression, or
    /// not as a whole value (`whole`).
    pub fn check_async_comprehension(
        &self,
        span: Span,
        generators: &[Comprehension],
        elts: &[&Expr],
        whole: bool,
    ) -> LResult<()> {
        if !comp_awaits(generators, elts) {
            return Ok(());
        }
        if self.is_genexp_span(span) {
            return self.unsupported("asynchronous generator expressions", span);
        }
        if !self.in_coroutine() {
            return Err(Diagnostic::error(
                "asynchronous comprehension outside of an asynchronous function",
                span,
            ));
        }
        if !whole {
            return self.unsupported(
                "asynchronous comprehension inside an expression (it works as a statement, \
                 as the value of an assignment and as the operand of return)",
                span,
            );
        }
        Ok(())
    }

    /// True if the comprehension at `span` is a generator expression (it
    /// starts with its parenthesis; list, set and dict comprehensions start
    /// with their bracket or brace).
    fn is_genexp_span(&self, span: Span) -> bool {
        self.m.file.text.as_bytes().get(span.start as usize) == Some(&b'(')
    }
}
