//! Generator functions as resumable state machines. A generator function
//! compiles to three functions: its body entry, which only creates the
//! generator object (one allocation holding a slot per variable); its
//! generic entry, as for any function; and a resume function
//! `resume(gen, sent, exc)`, which rt calls for `next`, `send`, `throw` and
//! `close`.
//!
//! The resume function is the body lowered as usual, plus: at its start a
//! jump on the generator's state to the resume point; at each `yield`, every
//! variable stored into its slot, the state set to the resume point, and
//! the yielded value returned; at each resume point, every variable
//! reloaded, then `exc` raised if rt passed one (`throw`), else the yield
//! expression's value is `sent`. Resuming is a jump, never a thread or a
//! stack switch. A value held only in an SSA temporary would not survive
//! the jump, so `yield`, `yield from` and `await` (and comprehensions that
//! await, in an `async def`) are lowered only where none is pending: as a
//! statement, as the whole right-hand side of an assignment, and as the
//! whole operand of `return`. `crate::hoist` has already moved every other
//! one there, holding earlier operands in variables; what it could not
//! move is "not supported yet".
//!
//! An `async def` is a coroutine, or an async generator when it contains
//! `yield`: each of its `yield`s also sets the generator's `async_yield`
//! flag, which tells rt the value is yielded to the `async for`, not passed
//! up from an inner `await` (`rt/src/objects/async_gen.rs`).

use super::entries::{self, FuncSource};
use super::func_cx::{FuncCx, LResult};
use super::rt_abi::RtFn;
use super::{FuncInfo, ModuleCx};
use crate::ast::{Expr, ExprKind};
use crate::diagnostics::Diagnostic;
use crate::resolve::ScopeId;
use crate::span::Span;
use alrt_abi::layout;
use cranelift_codegen::ir::{
    condcodes::IntCC, types, Block, InstBuilder, MemFlagsData, TrapCode, Value,
};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Switch};
use cranelift_module::{FuncId, Linkage};

/// The resume function's view of its generator.
pub struct GenCx {
    /// The generator object (the first parameter).
    gen: Value,
    /// The value sent in (the yield expression's value when resumed).
    sent: Value,
    /// The exception to raise at the resume point, or null.
    exc: Value,
    /// The resume point blocks; resume point `k` is `resumes[k - 1]`.
    resumes: Vec<Block>,
    /// An `async def`: a coroutine or an async generator, which can `await`.
    coroutine: bool,
    /// An `async def` with `yield`: an async generator.
    async_gen: bool,
}

impl GenCx {
    /// True for an `async def` (it can `await`).
    pub fn is_coroutine(&self) -> bool {
        self.coroutine
    }

    /// True for an async generator (an `async def` with `yield`).
    pub fn is_async_gen(&self) -> bool {
        self.async_gen
    }
}

/// Lowers the generator function `src`: its resume function, its body entry
/// (which creates the generator) and its generic entry.
pub fn lower_generator<'a>(
    m: &mut ModuleCx<'a>,
    src: &FuncSource<'a>,
    scope: ScopeId,
    info: &FuncInfo,
    qualname: &str,
    coroutine: bool,
) -> LResult<()> {
    let flavour = match (coroutine, m.res.scopes[scope].is_generator) {
        (false, _) => layout::GEN_FLAVOUR_GENERATOR,
        (true, false) => layout::GEN_FLAVOUR_COROUTINE,
        (true, true) => layout::GEN_FLAVOUR_ASYNC_GENERATOR,
    };
    // The library's own coroutine functions (`types`' probe) do not count:
    // programs using `asyncio` link the tracking through it (consts.rs).
    m.has_coroutines |=
        flavour == layout::GEN_FLAVOUR_COROUTINE && !m.program.units[m.unit].is_lib();
    let resume_id = m.declare_fn(
        &format!("alc_resume{}", info.body.as_u32()),
        3,
        Linkage::Local,
    )?;
    let nslots = lower_resume(m, src, scope, info.nparams, resume_id, flavour)?;
    m.debug_function(resume_id, qualname, src.first_line(m.file));
    lower_creation(m, info, resume_id, nslots, flavour)?;
    entries::lower_generic(m, info)
}

/// The resume function; returns the number of variable slots it uses.
fn lower_resume<'a>(
    m: &mut ModuleCx<'a>,
    src: &FuncSource<'a>,
    scope: ScopeId,
    nparams: usize,
    id: FuncId,
    flavour: u32,
) -> LResult<usize> {
    let mut func = entries::new_func(m, id);
    let mut fctx = FunctionBuilderContext::new();
    let info_id = m.code_info(src.name())?;
    let codeinfo = m.frame_code_info(info_id, &mut func);
    let mut b = FunctionBuilder::new(&mut func, &mut fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let p: Vec<_> = b.block_params(entry).to_vec();
    let mut fx = FuncCx::new(m, b, scope, codeinfo);
    entries::stack_check(&mut fx, id)?;
    fx.func_val =
        fx.b.ins()
            .load(types::I64, MemFlagsData::trusted(), p[0], layout::GEN_FUNC);
    fx.enter_exec_function();
    fx.gen = Some(GenCx {
        gen: p[0],
        sent: p[1],
        exc: p[2],
        resumes: Vec::new(),
        coroutine: flavour != layout::GEN_FLAVOUR_GENERATOR,
        async_gen: flavour == layout::GEN_FLAVOUR_ASYNC_GENERATOR,
    });
    let dispatch = fx.b.create_block();
    fx.b.ins().jump(dispatch, &[]);
    // Resume point 0: the start. The body entry left the bound parameters
    // in the first slots.
    let start = fx.b.create_block();
    fx.b.switch_to_block(start);
    let params: Vec<Value> = (0..nparams).map(|i| fx.load_slot(p[0], i)).collect();
    entries::bind_params(&mut fx, src, scope, &params);
    // `throw()` into a generator that has not started raises at its start.
    fx.raise_thrown(p[2]);
    entries::lower_source_body(&mut fx, src)?;
    fx.finish_ret_null();
    // The dispatch on the resume point, now that every point is known.
    fx.b.switch_to_block(dispatch);
    let state =
        fx.b.ins()
            .load(types::I64, MemFlagsData::trusted(), p[0], layout::GEN_STATE);
    // The resume point is the low half (the high half holds flags for rt).
    let state = fx.b.ins().ireduce(types::I32, state);
    let resumes = fx.gen.take().map(|g| g.resumes).unwrap_or_default();
    if let [only] = resumes[..] {
        // One yield (the common case): a branch, not a jump table.
        fx.b.ins().brif(state, only, &[], start, &[]);
    } else {
        let mut switch = Switch::new();
        switch.set_entry(0, start);
        for (k, blk) in resumes.iter().enumerate() {
            switch.set_entry(k as u128 + 1, *blk);
        }
        // rt never resumes a finished generator, and only this function and
        // the generator's creation write the state: the default is unreachable.
        let bad = fx.b.create_block();
        switch.emit(&mut fx.b, state, bad);
        fx.b.switch_to_block(bad);
        fx.b.ins().trap(TrapCode::unwrap_user(1));
    }
    let nslots = fx.all_vars.len().max(nparams);
    fx.b.seal_all_blocks();
    let FuncCx { m, b, .. } = fx;
    b.finalize(m.isa_frontend_config());
    m.define(id, func)?;
    Ok(nslots)
}

/// The body entry `fn(func, p0..pn)`: creates the generator, with the bound
/// parameters in its first slots; nothing of the body runs yet.
fn lower_creation(
    m: &mut ModuleCx,
    info: &FuncInfo,
    resume_id: FuncId,
    nslots: usize,
    flavour: u32,
) -> LResult<()> {
    let mut func = entries::new_func(m, info.body);
    let mut fctx = FunctionBuilderContext::new();
    let new_id = m.rt_func(RtFn::GenNew);
    let new_ref = m.module_declare_func_in_func(new_id, &mut func);
    let resume_ref = m.module_declare_func_in_func(resume_id, &mut func);
    let mut b = FunctionBuilder::new(&mut func, &mut fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let p: Vec<_> = b.block_params(entry).to_vec();
    let nargs = p.len() - 1;
    let args = super::func_cx::stack_array(&mut b, &p[1..]);
    let resume = b.ins().func_addr(types::I64, resume_ref);
    let n = b.ins().iconst(types::I64, nslots as i64);
    let na = b.ins().iconst(types::I64, nargs as i64);
    let co = b.ins().iconst(types::I32, flavour as i64);
    // Null (MemoryError pending) propagates to the caller as it is.
    let call = b.ins().call(new_ref, &[p[0], resume, n, args, na, co]);
    let g = b.inst_results(call)[0];
    b.ins().return_(&[g]);
    b.seal_all_blocks();
    b.finalize(m.isa_frontend_config());
    m.define(info.body, func)
}

impl<'a> FuncCx<'_, 'a, '_> {
    /// Lowers `e` where a `yield` may stand for the whole expression (an
    /// expression statement, an assignment's value, `return`'s operand).
    pub fn value_expr(&mut self, e: &'a Expr) -> LResult<Value> {
        match &e.kind {
            ExprKind::Yield(v) if self.gen.is_some() => {
                let v = match v {
                    Some(v) => self.expr(v)?,
                    None => self.none(),
                };
                self.set_line(e.span);
                self.yield_value(v, e.span)
            }
            ExprKind::YieldFrom(_) if self.in_coroutine() => Err(Diagnostic::error(
                "'yield from' inside async function",
                e.span,
            )),
            ExprKind::YieldFrom(x) if self.gen.is_some() => {
                let v = self.expr(x)?;
                self.set_line(e.span);
                let it = self.rt_val(RtFn::Iter, &[v]);
                self.delegate(it, e.span, RtFn::YieldFrom)
            }
            _ => self.awaiting_expr(e),
        }
    }

    /// Lowers `e` where an `await`, or a comprehension that awaits, may
    /// stand for the whole expression: what `value_expr` accepts, and the
    /// parts of a comprehension (its result is in a variable).
    pub fn awaiting_expr(&mut self, e: &'a Expr) -> LResult<Value> {
        match &e.kind {
            ExprKind::Await(x) if self.in_coroutine() => {
                let v = self.expr(x)?;
                self.set_line(e.span);
                self.await_value(v, e.span)
            }
            ExprKind::ListComp { .. } | ExprKind::SetComp { .. } | ExprKind::DictComp { .. } => {
                self.whole_comprehension = true;
                let r = self.expr(e);
                self.whole_comprehension = false;
                r
            }
            _ => self.expr(e),
        }
    }

    /// True while lowering an `async def` (a coroutine or async generator).
    pub fn in_coroutine(&self) -> bool {
        self.gen.as_ref().is_some_and(|g| g.coroutine)
    }

    /// `await v`: delegates to `v`'s await iterator; the value is its result.
    pub fn await_value(&mut self, v: Value, span: Span) -> LResult<Value> {
        let it = self.rt_val(RtFn::AwaitIter, &[v]);
        self.delegate(it, span, RtFn::YieldFrom)
    }

    /// Returns `v` from the function; in a generator, marks it finished
    /// first (rt then raises StopIteration with `v`).
    pub fn emit_return(&mut self, v: Value) {
        if let Some(g) = &self.gen {
            let gen = g.gen;
            let done = self.b.ins().iconst(types::I64, layout::GEN_FINISHED);
            self.b
                .ins()
                .store(MemFlagsData::trusted(), done, gen, layout::GEN_STATE);
        }
        self.b.ins().return_(&[v]);
    }

    /// Suspends at a `yield` of `v`; returns the value the generator is
    /// resumed with.
    pub(super) fn yield_value(&mut self, v: Value, span: Span) -> LResult<Value> {
        if let Some(g) = self.gen.as_ref().filter(|g| g.async_gen) {
            let one = self.b.ins().iconst(types::I8, 1);
            self.b
                .ins()
                .store(MemFlagsData::trusted(), one, g.gen, layout::GEN_ASYNC_YIELD);
        }
        let (sent, exc) = self.suspend(v, span)?;
        self.raise_thrown(exc);
        Ok(sent)
    }

    /// `yield from` and `await`: delegates to the iterator `it` until it
    /// ends (rt's delegation step `step`, `YieldFrom` or `AsyncForStep`,
    /// passes each value sent or exception thrown in on to it); the value
    /// is the iterator's return value (`AsyncForStep`: null when the
    /// iterator raised StopAsyncIteration).
    pub fn delegate(&mut self, it: Value, span: Span, step_fn: RtFn) -> LResult<Value> {
        let (it_var, sent_var, exc_var) = (self.temp_var(), self.temp_var(), self.temp_var());
        self.b.def_var(it_var, it);
        let none = self.none();
        self.b.def_var(sent_var, none);
        let z = self.null();
        self.b.def_var(exc_var, z);
        let step = self.b.create_block();
        let more = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().jump(step, &[]);
        self.b.switch_to_block(step);
        let (out, slot) = self.out_array(1);
        let (i, s, x) = (
            self.b.use_var(it_var),
            self.b.use_var(sent_var),
            self.b.use_var(exc_var),
        );
        let y = self.rt_val(step_fn, &[i, s, x, out]);
        let stop = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, y, alrt_abi::value::ITER_STOP as i64);
        self.b.ins().brif(stop, done, &[], more, &[]);
        self.b.switch_to_block(more);
        let (sent, exc) = self.suspend(y, span)?;
        self.b.def_var(sent_var, sent);
        self.b.def_var(exc_var, exc);
        self.b.ins().jump(step, &[]);
        self.b.switch_to_block(done);
        // The temporaries are saved in the generator at each later
        // suspension: a finished iterator left in one would live as long
        // as the generator (a recursive `yield from` walk kept every
        // finished generator of the tree alive), where CPython drops it.
        let z = self.null();
        for var in [it_var, sent_var, exc_var] {
            self.b.def_var(var, z);
        }
        Ok(self.b.ins().stack_load(types::I64, types::I64, slot, 0))
    }

    /// Suspends the generator with `v` as the value of `next`/`send`;
    /// returns what it is resumed with: the value sent and the exception
    /// thrown in (null if none).
    fn suspend(&mut self, v: Value, span: Span) -> LResult<(Value, Value)> {
        if self.cleanup_depth > 0 {
            return Err(Diagnostic::unsupported(
                "yield in a finally block run by return, break or continue",
                span,
            ));
        }
        let (gen, sent, exc, k) = match &self.gen {
            Some(g) => (g.gen, g.sent, g.exc, g.resumes.len() + 1),
            None => return self.unsupported("yield outside a generator function", span),
        };
        // While suspended, the exceptions this frame is handling are not
        // being handled: the caller's code runs.
        for _ in 0..self.handled.len() {
            self.rt(RtFn::LeaveHandler, &[]);
        }
        let vars = self.all_vars.clone();
        for (i, var) in vars.iter().enumerate() {
            let x = self.b.use_var(*var);
            self.store_slot(gen, i, x);
        }
        // rt registers a generator suspended where closing it runs code,
        // to close it when it becomes garbage.
        let close_runs_code = if self.exception_runs_code() {
            layout::GEN_STATE_CLOSE_RUNS_CODE
        } else {
            0
        };
        let point = self.b.ins().iconst(types::I64, k as i64 | close_runs_code);
        self.b
            .ins()
            .store(MemFlagsData::trusted(), point, gen, layout::GEN_STATE);
        self.b.ins().return_(&[v]);
        let resume = self.b.create_block();
        if let Some(g) = &mut self.gen {
            g.resumes.push(resume);
        }
        self.b.switch_to_block(resume);
        for (i, var) in vars.iter().enumerate() {
            let x = self.load_slot(gen, i);
            self.b.def_var(*var, x);
        }
        for h in self.handled.clone() {
            let x = self.b.use_var(h);
            self.rt(RtFn::EnterHandler, &[x]);
        }
        Ok((sent, exc))
    }

    /// Raises `exc` here if it is not null (what `throw` sends in).
    fn raise_thrown(&mut self, exc: Value) {
        let thrown = self.b.create_block();
        self.b.set_cold_block(thrown);
        let cont = self.b.create_block();
        let is_null = self.b.ins().icmp_imm_u(IntCC::Equal, exc, 0);
        self.b.ins().brif(is_null, cont, &[], thrown, &[]);
        self.b.switch_to_block(thrown);
        self.rt(RtFn::Reraise, &[exc]);
        self.raise_pending();
        self.b.ins().jump(cont, &[]);
        self.b.switch_to_block(cont);
    }

    /// Loads slot `i` of the generator `gen`.
    fn load_slot(&mut self, gen: Value, i: usize) -> Value {
        self.b.ins().load(
            types::I64,
            MemFlagsData::trusted(),
            gen,
            layout::GEN_SLOTS + (i * 8) as i32,
        )
    }

    /// Stores `x` into slot `i` of the generator `gen`.
    fn store_slot(&mut self, gen: Value, i: usize, x: Value) {
        self.b.ins().store(
            MemFlagsData::trusted(),
            x,
            gen,
            layout::GEN_SLOTS + (i * 8) as i32,
        );
    }
}
