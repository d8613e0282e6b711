//! Expression lowering: literals, names, operators, displays, f-strings,
//! subscripts, attributes and inline comprehensions.

use super::func_cx::{FuncCx, LResult};
use super::rt_abi::RtFn;
use crate::ast::*;
use crate::resolve::{Binding, ScopeId};
use alrt_abi::layout;
use cranelift_codegen::ir::{
    types, Block, BlockArg, InstBuilder, MemFlagsData, StackSlotData, StackSlotKind, Value,
};

/// Where `crate::hoist` cannot move a suspension out of its expression.
const SUSPEND_HERE: &str = "yield in this position (a later operand of a chained comparison, a \
     format spec, a `while` test with an `else`, a later `with` item, an assignment target, a \
     default value or a decorator)";
/// `SUSPEND_HERE` for `await`.
const SUSPEND_HERE_AWAIT: &str = "await in this position (a later operand of a chained \
     comparison, a format spec, a `while` test with an `else`, a later `with` item, an \
     assignment target, a default value or a decorator)";

/// What an inline comprehension does with each element.
pub enum CompSink<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
}

/// CPython's builtins alc does not provide yet: reading one the module
/// does not bind itself is a compile error rather than a run-time
/// NameError.
const NOT_YET_BUILTINS: &[&str] = &[
    "__build_class__",
    "breakpoint",
    "help",
    "copyright",
    "credits",
    "license",
];

impl<'m, 'a, 'f> FuncCx<'m, 'a, 'f> {
    /// Lowers an expression to a value word.
    pub fn expr(&mut self, e: &'a Expr) -> LResult<Value> {
        match &e.kind {
            ExprKind::Name(n) => self.load_name(n, e.span),
            ExprKind::Int(s) => Ok(self.int_literal(s)),
            ExprKind::Float(x) => {
                let idx = self.m.const_float(*x);
                Ok(self.const_slot(idx))
            }
            ExprKind::Imag(x) => {
                let idx = self.m.const_complex(*x);
                Ok(self.const_slot(idx))
            }
            ExprKind::Str(s) => Ok(self.str_const(s)),
            ExprKind::Bytes(b) => {
                let idx = self.m.const_bytes(b);
                Ok(self.const_slot(idx))
            }
            ExprKind::FString(parts) => self.fstring(parts, e.span),
            ExprKind::True => Ok(self.bool_const(true)),
            ExprKind::False => Ok(self.bool_const(false)),
            ExprKind::None => Ok(self.none()),
            ExprKind::Ellipsis => Ok(self.data_addr(alrt_abi::data::ELLIPSIS)),
            ExprKind::BoolOp { op, values } => self.bool_op(*op, values, e.span),
            ExprKind::NamedExpr { target, value } => {
                let v = self.expr(value)?;
                match &target.kind {
                    ExprKind::Name(n) => {
                        // `:=` inside a comprehension binds in the enclosing function.
                        let saved = self.scope;
                        while self.m.res.scopes[self.scope].kind
                            == crate::resolve::ScopeKind::Comprehension
                        {
                            self.scope = self.m.res.scopes[self.scope].parent.unwrap_or(0);
                        }
                        self.store_name(n, v);
                        self.scope = saved;
                    }
                    _ => return self.unsupported("this := target", target.span),
                }
                Ok(v)
            }
            ExprKind::BinOp { .. } => Ok(self.num_expr(e, false)?.v),
            ExprKind::UnaryOp { op, operand } => {
                if *op == UnaryOp::Not {
                    self.set_line(e.span);
                    let c = self.cond(operand)?;
                    let inv = self.b.ins().bxor_imm_s(c, 1);
                    return Ok(self.box_bool(inv));
                }
                let v = self.expr(operand)?;
                self.set_line(e.span);
                self.unary(*op, v)
            }
            ExprKind::Lambda { params, body } => self.make_function(
                super::FuncSource::Lambda {
                    params,
                    body,
                    span: e.span,
                },
                "<lambda>",
                params,
                e.span,
            ),
            ExprKind::IfExp { test, body, orelse } => {
                let then_b = self.b.create_block();
                let else_b = self.b.create_block();
                let merge = self.b.create_block();
                let r = self.b.append_block_param(merge, types::I64);
                self.set_line(e.span);
                let c = self.cond(test)?;
                self.branch(c, then_b, else_b);
                self.b.switch_to_block(then_b);
                let v = self.expr(body)?;
                self.jump_args(merge, &[v]);
                self.b.switch_to_block(else_b);
                let v = self.expr(orelse)?;
                self.jump_args(merge, &[v]);
                self.b.switch_to_block(merge);
                Ok(r)
            }
            ExprKind::Dict { keys, values } => {
                let d = self.rt_val(RtFn::DictNew, &[]);
                for (k, v) in keys.iter().zip(values) {
                    match k {
                        Some(k) => {
                            let kv = self.expr(k)?;
                            let vv = self.expr(v)?;
                            self.set_line(k.span);
                            self.rt_status(RtFn::DictSetItem, &[d, kv, vv]);
                        }
                        None => {
                            let m = self.expr(v)?;
                            self.set_line(v.span);
                            self.rt_status(RtFn::DictUpdate, &[d, m]);
                        }
                    }
                }
                Ok(d)
            }
            ExprKind::Set(items) if items.len() > 2 && items.iter().all(is_constant) => {
                let t = self.sequence(items, true)?;
                let builds =
                    super::set_display::builds(items, self.m.file, &mut self.m.program_facts);
                let builds = self.b.ins().iconst(types::I32, i64::from(builds));
                self.set_line(e.span);
                Ok(self.rt_val(RtFn::SetFromConsts, &[t, builds]))
            }
            ExprKind::Set(items) => {
                let s = self.rt_val(RtFn::SetNew, &[]);
                for i in items {
                    if let ExprKind::Starred(inner) = &i.kind {
                        let v = self.expr(inner)?;
                        self.rt_status(RtFn::SetUpdate, &[s, v]);
                    } else {
                        let v = self.expr(i)?;
                        self.set_line(i.span);
                        self.rt_status(RtFn::SetAdd, &[s, v]);
                    }
                }
                Ok(s)
            }
            ExprKind::List(items) => self.sequence(items, false),
            ExprKind::Tuple(items) => match self.m.const_tuple(items) {
                Some(idx) => Ok(self.const_slot(idx)),
                None => self.sequence(items, true),
            },
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e.span, generators, CompSink::List(elt))
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e.span, generators, CompSink::Set(elt))
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e.span, generators, CompSink::Dict(key, value)),
            ExprKind::GeneratorExp { elt, generators } => {
                self.check_async_comprehension(e.span, generators, &[elt], false)?;
                self.genexp_object(e, elt, generators)
            }
            ExprKind::Await(_) => {
                if self.gen.as_ref().is_some_and(|g| g.is_coroutine()) {
                    return self.unsupported(SUSPEND_HERE_AWAIT, e.span);
                }
                let msg = if self.scope == 0 {
                    "'await' outside function"
                } else {
                    "'await' outside async function"
                };
                Err(crate::diagnostics::Diagnostic::error(msg, e.span))
            }
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) if self.gen.is_none() => Err(
                crate::diagnostics::Diagnostic::error("'yield' outside function", e.span),
            ),
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => self.unsupported(SUSPEND_HERE, e.span),
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare_value(left, ops, comparators, e.span),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(e, func, args, keywords),
            ExprKind::Attribute { value, attr } => {
                self.check_module_attr(value, attr)?;
                if let Some(ms) = self.module_slot(value, &attr.name) {
                    return self.module_attr(e, value, attr, ms);
                }
                let o = self.expr(value)?;
                let name = self.str_const(&attr.name);
                self.set_line(e.span);
                Ok(self.getattr_site(o, name))
            }
            ExprKind::Subscript { value, index } => {
                let o = self.expr(value)?;
                if let ExprKind::Slice { lower, upper, step } = &index.kind {
                    let mut args = vec![o];
                    args.extend(self.slice_parts([lower, upper, step])?);
                    self.set_line(e.span);
                    return Ok(self.rt_val(RtFn::GetSlice, &args));
                }
                let k = self.expr(index)?;
                self.set_line(e.span);
                Ok(self.getitem_site(o, k))
            }
            ExprKind::Starred(_) => Err(crate::diagnostics::Diagnostic::error(
                "can't use starred expression here",
                e.span,
            )),
            ExprKind::Slice { lower, upper, step } => {
                let parts = self.slice_parts([lower, upper, step])?;
                Ok(self.rt_val(RtFn::SliceNew, &parts))
            }
        }
    }

    /// The start, stop and step of a slice in order, None where absent.
    pub fn slice_parts(&mut self, parts: [&'a Option<Box<Expr>>; 3]) -> LResult<[Value; 3]> {
        let mut out = [self.none(); 3];
        for (slot, p) in out.iter_mut().zip(parts) {
            if let Some(x) = p {
                *slot = self.expr(x)?;
            }
        }
        Ok(out)
    }

    /// An int literal: a tagged small int, or a big-int constant.
    fn int_literal(&mut self, lit: &IntLit) -> Value {
        match lit.to_i64() {
            Some(i) if (alrt_abi::value::SMALL_MIN..=alrt_abi::value::SMALL_MAX).contains(&i) => {
                self.small_int(i)
            }
            _ => {
                let idx = self.m.const_bigint(lit);
                self.const_slot(idx)
            }
        }
    }

    /// Is `name`, as seen from here, the builtin of that name?
    pub fn is_builtin_name(&self, name: &str) -> bool {
        let (binding, _) = self.binding(name);
        if self.m.exec.is_some() {
            return binding == Binding::Global && self.exec_frame_builtin(name);
        }
        binding == Binding::Global
            && !self.m.res.module_assigned.contains(name)
            && alrt_abi::builtins::is_builtin(name)
    }

    /// The builtin `name` (loaded from its constant slot).
    pub fn const_builtin_value(&mut self, name: &str) -> Value {
        let idx = self.m.const_builtin(name);
        self.const_slot(idx)
    }

    /// Reads a variable, raising NameError/UnboundLocalError when unbound.
    pub fn load_name(&mut self, name: &str, span: crate::span::Span) -> LResult<Value> {
        let (binding, owner) = self.binding(name);
        let (v, err) = match binding {
            Binding::Local => {
                let v = self.local_word(owner, name);
                if self.m.res.scopes[owner].always_bound.contains(name) {
                    return Ok(v);
                }
                self.unbound_check(v, name, span, owner);
                return Ok(v);
            }
            Binding::Cell | Binding::Free => {
                let var = self.var(owner, name);
                let cell = self.b.use_var(var);
                let v = self.b.ins().load(
                    types::I64,
                    MemFlagsData::trusted(),
                    cell,
                    layout::CELL_VALUE,
                );
                let err = if binding == Binding::Cell {
                    RtFn::UnboundLocal
                } else {
                    RtFn::UnboundFree
                };
                (v, err)
            }
            Binding::ClassNs => {
                // Class body: the namespace first, then the enclosing scopes.
                let ns_var = self.var(owner, super::stmt::NS_VAR);
                let ns = self.b.use_var(ns_var);
                let k = self.str_const(name);
                let v = self.rt(RtFn::NsGet, &[ns, k]).expect("returns");
                let found = self.b.create_block();
                let missing = self.b.create_block();
                let merge = self.b.create_block();
                let r = self.b.append_block_param(merge, types::I64);
                self.b.ins().brif(v, found, &[], missing, &[]);
                self.b.switch_to_block(found);
                self.jump_args(merge, &[v]);
                self.b.switch_to_block(missing);
                let saved = self.scope;
                self.scope = self.m.res.scopes[owner].parent.unwrap_or(0);
                let outer = self.load_name(name, span);
                self.scope = saved;
                let outer = outer?;
                self.jump_args(merge, &[outer]);
                self.b.switch_to_block(merge);
                return Ok(r);
            }
            Binding::Global if self.m.exec.is_some() => return Ok(self.exec_load(name, span)),
            Binding::Global => {
                if NOT_YET_BUILTINS.contains(&name) && !self.m.res.module_assigned.contains(name) {
                    return self.unsupported(&format!("the builtin {name}"), span);
                }
                if self.is_builtin_name(name) {
                    if name == "globals" || name == "locals" {
                        // Which namespace they read is decided where they
                        // are called (`call.rs`).
                        return self.unsupported(&format!("{name} other than called"), span);
                    }
                    return Ok(self.const_builtin_value(name));
                }
                let slot = self.global_slot(name);
                let base = self.globals_addr();
                let v =
                    self.b
                        .ins()
                        .load(types::I64, MemFlagsData::trusted(), base, (slot * 8) as i32);
                if alrt_abi::builtins::is_builtin(name) {
                    // A global shadowing a builtin falls back to it until bound.
                    let bound = self.b.create_block();
                    let fallback = self.b.create_block();
                    let merge = self.b.create_block();
                    let r = self.b.append_block_param(merge, types::I64);
                    self.b.ins().brif(v, bound, &[], fallback, &[]);
                    self.b.switch_to_block(fallback);
                    let bv = self.const_builtin_value(name);
                    self.jump_args(merge, &[bv]);
                    self.b.switch_to_block(bound);
                    self.jump_args(merge, &[v]);
                    self.b.switch_to_block(merge);
                    return Ok(r);
                }
                (v, RtFn::NameError)
            }
        };
        self.raise_if_null(v, name, span, err);
        Ok(v)
    }

    /// UnboundLocalError (or, read from a comprehension, the NameError of
    /// a free variable) at `span` when local `name` of `owner` is unbound
    /// (`v` is null).
    pub fn unbound_check(&mut self, v: Value, name: &str, span: crate::span::Span, owner: ScopeId) {
        // A comprehension reads its function's locals as CPython 3.11's
        // nested comprehension function reads free variables.
        let err = if owner == self.scope {
            RtFn::UnboundLocal
        } else {
            RtFn::UnboundFree
        };
        self.raise_if_null(v, name, span, err);
    }

    /// Raises `err(name)` at `span` when `v` is null.
    fn raise_if_null(&mut self, v: Value, name: &str, span: crate::span::Span, err: RtFn) {
        let ok = self.b.create_block();
        let unbound = self.b.create_block();
        self.b.set_cold_block(unbound);
        self.b.ins().brif(v, ok, &[], unbound, &[]);
        self.b.switch_to_block(unbound);
        self.set_line(span);
        let n = self.str_const(name);
        self.rt(err, &[n]);
        self.raise_pending();
        self.b.ins().jump(ok, &[]);
        self.b.switch_to_block(ok);
    }

    fn bool_op(
        &mut self,
        op: BoolOpKind,
        values: &'a [Expr],
        span: crate::span::Span,
    ) -> LResult<Value> {
        let merge = self.b.create_block();
        let r = self.b.append_block_param(merge, types::I64);
        for (i, v) in values.iter().enumerate() {
            let x = self.expr(v)?;
            if i + 1 == values.len() {
                self.jump_args(merge, &[x]);
                break;
            }
            self.set_line(span);
            let t = self.truthy(x)?;
            let next = self.b.create_block();
            let arg = [BlockArg::Value(x)];
            match op {
                BoolOpKind::And => self.b.ins().brif(t, next, &[], merge, &arg),
                BoolOpKind::Or => self.b.ins().brif(t, merge, &arg, next, &[]),
            };
            self.b.switch_to_block(next);
        }
        self.b.switch_to_block(merge);
        Ok(r)
    }

    fn sequence(&mut self, items: &'a [Expr], tuple: bool) -> LResult<Value> {
        if !items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
            let vals = items
                .iter()
                .map(|i| self.expr(i))
                .collect::<LResult<Vec<_>>>()?;
            if tuple {
                return Ok(self.new_tuple(&vals));
            }
            let arr = self.array(&vals);
            let n = self.b.ins().iconst(types::I64, vals.len() as i64);
            let f = if tuple {
                RtFn::TupleNew
            } else {
                RtFn::ListDisplay
            };
            return Ok(self.rt_val(f, &[arr, n]));
        }
        let arr = self.array(&[]);
        let zero = self.b.ins().iconst(types::I64, 0);
        // A tuple's list stays generic: turning it into the tuple would box.
        let f = if tuple {
            RtFn::ListNew
        } else {
            RtFn::ListDisplay
        };
        let l = self.rt_val(f, &[arr, zero]);
        for i in items {
            if let ExprKind::Starred(inner) = &i.kind {
                let v = self.expr(inner)?;
                self.set_line(i.span);
                self.rt_status(RtFn::ListExtend, &[l, v]);
            } else {
                let v = self.expr(i)?;
                self.rt(RtFn::ListAppend, &[l, v]);
            }
        }
        if tuple {
            Ok(self.rt_val(RtFn::ListToTuple, &[l]))
        } else {
            Ok(l)
        }
    }

    /// An f-string at `span`, where CPython 3.11 reports a failing
    /// conversion or format of one of its values.
    fn fstring(&mut self, parts: &'a [FStringPart], span: crate::span::Span) -> LResult<Value> {
        let mut vals = Vec::new();
        for p in parts {
            match p {
                FStringPart::Literal(s) => {
                    if !s.is_empty() {
                        vals.push(self.str_const(s));
                    }
                }
                FStringPart::Value {
                    value,
                    conversion,
                    spec,
                    debug_text,
                } => {
                    if let Some(t) = debug_text {
                        vals.push(self.str_const(t));
                    }
                    let mut v = self.expr(value)?;
                    self.set_line(span);
                    match conversion {
                        Some('r') => v = self.rt_val(RtFn::Repr, &[v]),
                        Some('s') => v = self.rt_val(RtFn::Str, &[v]),
                        Some('a') => v = self.rt_val(RtFn::Ascii, &[v]),
                        _ => {}
                    }
                    let spec_v = match spec {
                        Some(s) => self.fstring(s, span)?,
                        None => self.str_const(""),
                    };
                    self.set_line(span);
                    vals.push(self.rt_val(RtFn::Format, &[v, spec_v]));
                }
            }
        }
        let arr = self.array(&vals);
        let n = self.b.ins().iconst(types::I64, vals.len() as i64);
        Ok(self.rt_val(RtFn::JoinStrs, &[arr, n]))
    }

    /// `"a" + x + y + ...`: two `+` or more whose leftmost operand is a str
    /// literal or an f-string. The operands that are exact strs are kept in
    /// a stack array and joined once (`alc_rt_concat_step`, `_end`) instead
    /// of being concatenated pairwise into short-lived strings; the first
    /// that is not goes on with pairwise `+` before the next operand is
    /// evaluated, so every effect keeps CPython's order. `None` for any
    /// other expression.
    pub fn str_concat_chain(&mut self, e: &'a Expr) -> LResult<Option<Value>> {
        // Each `+` node's span (for its traceback site) and right operand,
        // outermost first.
        let mut links = Vec::new();
        let mut cur = e;
        while let ExprKind::BinOp {
            left,
            op: BinOp::Add,
            right,
        } = &cur.kind
        {
            links.push((cur.span, &**right));
            cur = left;
        }
        if links.len() < 2 || !matches!(cur.kind, ExprKind::Str(_) | ExprKind::FString(_)) {
            return Ok(None);
        }
        links.reverse();
        let n = links.len() + 1;
        let first = self.expr(cur)?;
        // The result so far (null while only exact strs came), then the operands.
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            ((n + 1) * 8) as u32,
            3,
        ));
        let null = self.null();
        self.b.ins().stack_store(types::I64, null, slot, 0);
        self.b.ins().stack_store(types::I64, first, slot, 8);
        for (i, (span, right)) in links.into_iter().enumerate() {
            let v = self.expr(right)?;
            self.set_line(span);
            let addr = self.b.ins().stack_addr(types::I64, slot, 0);
            let idx = self.b.ins().iconst(types::I64, i as i64 + 1);
            self.rt_status(RtFn::ConcatStep, &[addr, idx, v]);
        }
        let addr = self.b.ins().stack_addr(types::I64, slot, 0);
        let count = self.b.ins().iconst(types::I64, n as i64);
        self.set_line(e.span);
        Ok(Some(self.rt_val(RtFn::ConcatEnd, &[addr, count])))
    }

    /// Builds a list, set or dict from an inline comprehension (or from a
    /// generator expression that `list`, `set`, ... consume inline).
    pub fn comprehension(
        &mut self,
        span: crate::span::Span,
        generators: &'a [Comprehension],
        sink: CompSink<'a>,
    ) -> LResult<Value> {
        // In an `async def`, a comprehension that is a whole value may
        // await (`awaiting_expr`); the result then waits in a variable.
        let whole = std::mem::take(&mut self.whole_comprehension);
        let elts = match sink {
            CompSink::List(e) | CompSink::Set(e) => vec![e],
            CompSink::Dict(k, v) => vec![k, v],
        };
        self.check_async_comprehension(span, generators, &elts, whole)?;
        let result = match sink {
            CompSink::List(_) => {
                let arr = self.array(&[]);
                let zero = self.b.ins().iconst(types::I64, 0);
                self.rt_val(RtFn::ListDisplay, &[arr, zero])
            }
            CompSink::Set(_) => self.rt_val(RtFn::SetNew, &[]),
            CompSink::Dict(..) => self.rt_val(RtFn::DictNew, &[]),
        };
        // A generator expression's consumer adds each element outside the
        // generator's frame; a comprehension adds it inside its own.
        let genexp = self
            .m
            .res
            .scope_for(span)
            .is_some_and(|sc| self.m.res.scopes[sc].comp_name == "<genexpr>");
        let result_var = self.temp_var();
        self.b.def_var(result_var, result);
        self.comp_loop_unchecked(span, generators, &mut |fx, _exit| {
            match &sink {
                CompSink::List(elt) => {
                    let v = fx.awaiting_expr(elt)?;
                    let result = fx.b.use_var(result_var);
                    fx.rt(RtFn::ListAppend, &[result, v]);
                }
                CompSink::Set(elt) => {
                    let v = fx.awaiting_expr(elt)?;
                    fx.set_line(elt.span);
                    let result = fx.b.use_var(result_var);
                    fx.outside_frame(genexp, |fx| {
                        fx.rt_status(RtFn::SetAdd, &[result, v]);
                        Ok(())
                    })?;
                }
                CompSink::Dict(k, v) => {
                    let kv = fx.awaiting_expr(k)?;
                    let key_var = fx.temp_var();
                    fx.b.def_var(key_var, kv);
                    let vv = fx.awaiting_expr(v)?;
                    fx.set_line(k.span);
                    let kv = fx.b.use_var(key_var);
                    let result = fx.b.use_var(result_var);
                    fx.rt_status(RtFn::DictSetItem, &[result, kv, vv]);
                }
            }
            Ok(())
        })?;
        Ok(self.b.use_var(result_var))
    }

    /// Runs `body` for each element of an inline comprehension; `body` gets
    /// the loop's exit block so it can stop early (`any`, `all`).
    pub fn comp_loop(
        &mut self,
        span: crate::span::Span,
        generators: &'a [Comprehension],
        body: &mut dyn FnMut(&mut Self, Block) -> LResult<()>,
    ) -> LResult<()> {
        self.check_async_comprehension(span, generators, &[], false)?;
        self.comp_loop_unchecked(span, generators, body)
    }

    /// `comp_loop` once `check_async_comprehension` accepted the comprehension.
    fn comp_loop_unchecked(
        &mut self,
        span: crate::span::Span,
        generators: &'a [Comprehension],
        body: &mut dyn FnMut(&mut Self, Block) -> LResult<()>,
    ) -> LResult<()> {
        let Some(scope) = self.m.res.scope_for(span) else {
            return self.unsupported("this comprehension (no scope)", span);
        };
        let exit = self.b.create_block();
        self.comp_gen(scope, generators, 0, None, exit, body)?;
        self.b.ins().jump(exit, &[]);
        self.b.switch_to_block(exit);
        Ok(())
    }

    /// Levels `i..` of the comprehension whose scope is `cscope`. Level 0
    /// iterates `first` when given (a generator expression's `.0`), else
    /// its iterable, evaluated in the enclosing scope.
    pub fn comp_gen(
        &mut self,
        cscope: ScopeId,
        generators: &'a [Comprehension],
        i: usize,
        first: Option<Value>,
        exit: Block,
        body: &mut dyn FnMut(&mut Self, Block) -> LResult<()>,
    ) -> LResult<()> {
        let g = &generators[i];
        if i == 0 && first.is_none() {
            // Cells of the comprehension scope exist once per evaluation.
            for c in self.m.res.cells_of(cscope) {
                let z = self.null();
                let cell = self.rt_val(RtFn::CellNew, &[z]);
                let var = self.var(cscope, &c);
                self.b.def_var(var, cell);
            }
        }
        let mut per_item = |fx: &mut Self, x: Value, cont: Block, exit: Block| {
            let saved = fx.scope;
            fx.scope = cscope;
            let r = (|| {
                fx.assign(&g.target, x)?;
                for c in &g.ifs {
                    let flag = fx.comp_cond(c)?;
                    let pass = fx.b.create_block();
                    fx.b.ins().brif(flag, pass, &[], cont, &[]);
                    fx.b.switch_to_block(pass);
                }
                if i + 1 < generators.len() {
                    fx.comp_gen(cscope, generators, i + 1, None, exit, body)
                } else {
                    body(fx, exit)
                }
            })();
            fx.scope = saved;
            r
        };
        if let Some(it) = first {
            return self.for_each_value(it, g.iter.span, exit, &mut per_item);
        }
        // The first iterable is evaluated in the enclosing scope.
        let eval_scope = if i == 0 {
            self.m.res.scopes[cscope].parent.unwrap_or(0)
        } else {
            cscope
        };
        if g.is_async {
            self.async_for_each(&g.iter, eval_scope, exit, &mut per_item)
        } else {
            self.for_each(&g.iter, eval_scope, exit, &mut per_item)
        }
    }

    /// Loops over `iterable` (evaluated in `eval_scope`), calling `per_item`
    /// with each element, the block that fetches the next one, and `exit`.
    /// A generator expression that runs inline is lowered as nested loops,
    /// so it stays lazy without a generator object.
    fn for_each(
        &mut self,
        iterable: &'a Expr,
        eval_scope: ScopeId,
        exit: Block,
        per_item: &mut dyn FnMut(&mut Self, Value, Block, Block) -> LResult<()>,
    ) -> LResult<()> {
        if let (Some(inner), ExprKind::GeneratorExp { elt, generators }) =
            (self.m.res.inline_genexp(iterable), &iterable.kind)
        {
            self.check_async_comprehension(iterable.span, generators, &[elt], false)?;
            let outer = self.scope;
            return self.comp_gen(inner, generators, 0, None, exit, &mut |fx, exit| {
                let v = fx.expr(elt)?;
                // `cont` of the element is the innermost loop of the inner
                // generator: the block current before its body ends.
                let cont = fx.b.create_block();
                let saved = fx.scope;
                fx.scope = outer;
                let r = per_item(fx, v, cont, exit);
                fx.scope = saved;
                r?;
                fx.b.ins().jump(cont, &[]);
                fx.b.switch_to_block(cont);
                Ok(())
            });
        }
        let v = self.expr_in_scope(iterable, eval_scope)?;
        self.for_each_value(v, iterable.span, exit, per_item)
    }

    /// Lowers `e` as code of scope `scope` (a comprehension's first
    /// iterable belongs to the enclosing scope).
    pub fn expr_in_scope(&mut self, e: &'a Expr, scope: ScopeId) -> LResult<Value> {
        let saved = self.scope;
        self.scope = scope;
        let v = self.expr(e);
        self.scope = saved;
        v
    }

    /// Loops over the iterable value `v` (see `for_each`).
    fn for_each_value(
        &mut self,
        v: Value,
        span: crate::span::Span,
        exit: Block,
        per_item: &mut dyn FnMut(&mut Self, Value, Block, Block) -> LResult<()>,
    ) -> LResult<()> {
        let (it_var, mode, idx) = (self.temp_var(), self.temp_var(), self.temp_var());
        let header = self.b.create_block();
        let done = self.b.create_block();
        let got = self.b.create_block();
        let x = self.b.append_block_param(got, types::I64);
        self.begin_iteration(v, span, [it_var, mode, idx], header, header);
        self.b.switch_to_block(header);
        self.poll();
        self.next_item([it_var, mode, idx], span, got, done);
        self.b.switch_to_block(got);
        per_item(self, x, header, exit)?;
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(done);
        Ok(())
    }
}

/// Is `e` a constant in CPython's sense (after its AST optimiser folds
/// negated numbers and tuples of constants)?
fn is_constant(e: &Expr) -> bool {
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
        ExprKind::UnaryOp {
            op: UnaryOp::USub | UnaryOp::UAdd | UnaryOp::Invert,
            operand,
        } => matches!(operand.kind, ExprKind::Int(_) | ExprKind::Float(_)),
        ExprKind::Tuple(items) => items.iter().all(is_constant),
        _ => false,
    }
}
