//! The fast copy's code: entering it (the checks of the locals' types),
//! leaving it (writing the locals back), and its statements, conditions
//! and arithmetic on unboxed values.

use super::plan::{bin_ty, const_index, item_of, len_for, len_of, numeric_builtin};
use super::{Fast, Strat, Ty};
use crate::ast::{BinOp, CmpOp, Expr, ExprKind, Stmt, StmtKind, UnaryOp};
use crate::lower::fast::UNBOXED;
use crate::lower::func_cx::{FuncCx, SMALL_SHIFT, SMALL_TAG};
use crate::resolve::{Binding, ScopeId};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, Block, BlockArg, InstBuilder, MemFlagsData, Value};

impl<'m, 'a, 'f> FuncCx<'m, 'a, 'f> {
    /// The unboxed value of local `name` for the fast copy, or a jump to
    /// `fail` when it does not hold a `ty` (with `lenient`, a float also
    /// from an int it holds exactly).
    pub(super) fn spec_guard(
        &mut self,
        scope: ScopeId,
        name: &str,
        ty: Ty,
        lenient: bool,
        fail: Block,
    ) -> Value {
        let w = self.spec_word(scope, name);
        let tagged = self.b.ins().band_imm_u(w, SMALL_TAG);
        match ty {
            Ty::Int => {
                let ok = self.b.create_block();
                self.b.ins().brif(tagged, ok, &[], fail, &[]);
                self.b.switch_to_block(ok);
                self.b.ins().sshr_imm_u(w, SMALL_SHIFT)
            }
            Ty::List => {
                self.spec_list_or(w, fail);
                w
            }
            Ty::Float => {
                let done = self.b.create_block();
                let f = self.b.append_block_param(done, types::F64);
                if let Some(fv) = self.float_vars.get(&(scope, name.to_string())).copied() {
                    let shadow = self.b.use_var(fv);
                    let boxed = self.b.create_block();
                    let unboxed = self.b.ins().icmp_imm_s(IntCC::Equal, w, UNBOXED);
                    self.b
                        .ins()
                        .brif(unboxed, done, &[BlockArg::Value(shadow)], boxed, &[]);
                    self.b.switch_to_block(boxed);
                }
                if lenient {
                    let int_b = self.b.create_block();
                    let other = self.b.create_block();
                    self.b.ins().brif(tagged, int_b, &[], other, &[]);
                    self.b.switch_to_block(int_b);
                    let i = self.b.ins().sshr_imm_u(w, SMALL_SHIFT);
                    self.exact_f64_or(i, fail);
                    let x = self.b.ins().fcvt_from_sint(types::F64, i);
                    self.jump_args(done, &[x]);
                    self.b.switch_to_block(other);
                }
                // Not null (unbound), then an exact float.
                let bound = self.b.create_block();
                self.b.ins().brif(w, bound, &[], fail, &[]);
                self.b.switch_to_block(bound);
                let x = self.spec_float_or(w, fail);
                self.jump_args(done, &[x]);
                self.b.switch_to_block(done);
                f
            }
        }
    }

    /// The word of variable `name`: a local's Cranelift variable, or a
    /// module global's slot (a loop at module level).
    pub(super) fn spec_word(&mut self, scope: ScopeId, name: &str) -> Value {
        if scope == 0 {
            let slot = self.global_slot(name);
            let base = self.globals_addr();
            return self
                .b
                .ins()
                .load(types::I64, MemFlagsData::trusted(), base, (slot * 8) as i32);
        }
        let var = self.var(scope, name);
        self.b.use_var(var)
    }

    /// Sets the word of variable `name` (see `spec_word`).
    pub(super) fn spec_set_word(&mut self, scope: ScopeId, name: &str, w: Value) {
        if scope == 0 {
            let slot = self.global_slot(name);
            let base = self.globals_addr();
            self.b
                .ins()
                .store(MemFlagsData::trusted(), w, base, (slot * 8) as i32);
            return;
        }
        let var = self.var(scope, name);
        self.b.def_var(var, w);
    }

    /// Whether `name` is a variable a fast copy may keep in a register
    /// here: a plain local of this function, or, in a module's body, one
    /// of its globals (nothing else can read or write either while the
    /// loop only computes).
    pub(super) fn spec_variable(&self, name: &str) -> bool {
        let scope = self.scope;
        match self.m.res.lookup(scope, name) {
            (Binding::Local, owner) => owner == scope && scope != 0,
            (Binding::Global, _) => {
                scope == 0
                    && self.m.res.module_assigned.contains(name)
                    && self.m.res.global_slot(name).is_some()
            }
            _ => false,
        }
    }

    /// Writes the locals the fast copy assigned back to their words.
    pub(super) fn spec_write_back(&mut self, fast: &Fast, scope: ScopeId) {
        if let Some((c, cur)) = fast.counter {
            let v = self.b.use_var(c);
            let shifted = self.b.ins().ishl_imm_u(v, SMALL_SHIFT);
            let w = self.b.ins().bor_imm_u(shifted, SMALL_TAG);
            self.b.def_var(cur, w);
        }
        for name in &fast.assigned {
            let (var, ty) = fast.vars[name];
            let v = self.b.use_var(var);
            match ty {
                Ty::Int | Ty::List => {
                    let new = if ty == Ty::Int {
                        let shifted = self.b.ins().ishl_imm_u(v, SMALL_SHIFT);
                        self.b.ins().bor_imm_u(shifted, SMALL_TAG)
                    } else {
                        v
                    };
                    let orig = self.b.use_var(fast.words[name]);
                    let set = self.b.ins().icmp_imm_s(IntCC::Equal, orig, UNBOXED);
                    let w = self.b.ins().select(set, new, orig);
                    self.spec_set_word(scope, name, w);
                }
                Ty::Float => {
                    let w = self.b.use_var(fast.words[name]);
                    if let Some(fv) = self.float_vars.get(&(scope, name.clone())).copied() {
                        self.spec_set_word(scope, name, w);
                        self.b.def_var(fv, v);
                    } else if fast.computed.contains(name) {
                        let w = self.materialize(crate::lower::fast::Num::maybe_float(w, v));
                        self.spec_set_word(scope, name, w);
                    } else {
                        self.spec_set_word(scope, name, w);
                    }
                }
            }
        }
    }

    /// A cold block that writes the locals back and jumps to `target`, a
    /// block of the generic copy (one per target; filled by `spec_while`).
    pub(super) fn spec_deopt(&mut self, fast: &mut Fast, target: Block) -> Block {
        if let Some(&(_, d)) = fast.deopts.iter().find(|(t, _)| *t == target) {
            return d;
        }
        let d = self.b.create_block();
        self.b.set_cold_block(d);
        fast.deopts.push((target, d));
        d
    }

    /// Records that the fast copy assigned local `name` a computed value.
    pub(super) fn spec_assigned(&mut self, fast: &Fast, name: &str) {
        let w = self.unboxed_word();
        self.spec_assigned_word(fast, name, w);
    }

    /// Records that the fast copy assigned local `name` the value of word
    /// `w` (a box it copied), or a computed one (`UNBOXED`).
    pub(super) fn spec_assigned_word(&mut self, fast: &Fast, name: &str, w: Value) {
        if let Some(&word) = fast.words.get(name) {
            self.b.def_var(word, w);
        }
    }

    /// The interrupt check of the fast copy's loop header: when rt asks
    /// (the stack limit word lowered), the generic copy's header polls.
    pub(super) fn spec_poll(&mut self, to_generic: Block) {
        let low = self.stack_low();
        let cont = self.b.create_block();
        self.b.ins().brif(low, to_generic, &[], cont, &[]);
        self.b.switch_to_block(cont);
    }

    /// The fast copy of `body`, a copy of `orig` (the same statements, its
    /// calls maybe computed in place) whose statements give the entries.
    pub(super) fn spec_stmts(&mut self, fast: &mut Fast, orig: &[Stmt], body: &[Stmt]) {
        for (o, s) in orig.iter().zip(body) {
            self.set_line(s.span);
            let entry = fast.entries[&(o as *const Stmt)];
            match &s.kind {
                StmtKind::Assign { targets, value } => {
                    let deopt = self.spec_deopt(fast, entry);
                    let ExprKind::Name(n) = &targets[0].kind else {
                        if item_of(value).is_some() {
                            self.spec_item_copy(fast, &targets[0], value, deopt);
                        } else {
                            let v = self.spec_expr(fast, value, deopt);
                            self.spec_store(fast, &targets[0], v, deopt);
                        }
                        continue;
                    };
                    let (var, ty) = fast.vars[n.as_str()];
                    let (v, word) = match (ty, item_of(value), &value.kind) {
                        (Ty::List, Some(_), _) => {
                            let item = self.spec_item(fast, value, deopt);
                            self.spec_list_or(item, deopt);
                            self.spec_len_check(fast, n, item, deopt);
                            (item, None)
                        }
                        // A float copied keeps its box (a float list's
                        // item has none: `UNBOXED`).
                        (Ty::Float, Some(_), _) => {
                            let (l, addr, base) = self.spec_item_addr(fast, value, deopt);
                            let strat = self.spec_strat(fast, &base, Strat::Floats);
                            let (f, w) = self.spec_float_item(l, addr, strat, deopt);
                            (f, Some(w))
                        }
                        (Ty::Float, None, ExprKind::Name(m)) => {
                            let (mv, _) = fast.vars[m.as_str()];
                            let w = fast.words.get(m.as_str()).map(|w| self.b.use_var(*w));
                            (self.b.use_var(mv), w)
                        }
                        _ => (self.spec_expr(fast, value, deopt).0, None),
                    };
                    self.b.def_var(var, v);
                    match word {
                        Some(w) => self.spec_assigned_word(fast, n, w),
                        None => self.spec_assigned(fast, n),
                    }
                    if ty == Ty::List {
                        self.spec_strat_check(fast, n, v, deopt);
                    }
                }
                StmtKind::AugAssign { target, op, value } => {
                    let ExprKind::Name(n) = &target.kind else {
                        let deopt = self.spec_deopt(fast, entry);
                        let cur = self.spec_expr(fast, target, deopt);
                        let rhs = self.spec_expr(fast, value, deopt);
                        let ty = bin_ty(*op, Some(cur.1), Some(rhs.1)).unwrap_or(Ty::Float);
                        let v = self.spec_binop(*op, cur, rhs, deopt);
                        self.spec_store(fast, target, (v, ty), deopt);
                        continue;
                    };
                    let deopt = self.spec_deopt(fast, entry);
                    let (var, ty) = fast.vars[n.as_str()];
                    let cur = self.b.use_var(var);
                    let rhs = self.spec_expr(fast, value, deopt);
                    let v = self.spec_binop(*op, (cur, ty), rhs, deopt);
                    self.b.def_var(var, v);
                    self.spec_assigned(fast, n);
                }
                StmtKind::If { test, body, orelse } => {
                    let deopt = self.spec_deopt(fast, entry);
                    let c = self.spec_cond(fast, test, deopt);
                    let then_b = self.b.create_block();
                    let else_b = self.b.create_block();
                    let merge = self.b.create_block();
                    self.b.ins().brif(c, then_b, &[], else_b, &[]);
                    let StmtKind::If {
                        body: o_body,
                        orelse: o_else,
                        ..
                    } = &o.kind
                    else {
                        unreachable!("a copy has the same statements")
                    };
                    self.b.switch_to_block(then_b);
                    self.spec_stmts(fast, o_body, body);
                    self.b.ins().jump(merge, &[]);
                    self.b.switch_to_block(else_b);
                    self.spec_stmts(fast, o_else, orelse);
                    self.b.ins().jump(merge, &[]);
                    self.b.switch_to_block(merge);
                }
                StmtKind::While { test, body, .. } => {
                    let StmtKind::While { body: o_body, .. } = &o.kind else {
                        unreachable!("a copy has the same statements")
                    };
                    // Leaving at the nested loop's test: the generic copy
                    // tests it again there.
                    let deopt = self.spec_deopt(fast, entry);
                    let head = self.b.create_block();
                    let body_b = self.b.create_block();
                    let exit = self.b.create_block();
                    self.b.ins().jump(head, &[]);
                    self.b.switch_to_block(head);
                    self.spec_poll(deopt);
                    let c = self.spec_cond(fast, test, deopt);
                    self.b.ins().brif(c, body_b, &[], exit, &[]);
                    self.b.switch_to_block(body_b);
                    fast.loops.push((head, exit));
                    self.spec_stmts(fast, o_body, body);
                    fast.loops.pop();
                    self.b.ins().jump(head, &[]);
                    self.b.switch_to_block(exit);
                }
                StmtKind::Break => {
                    let to = fast.loops.last().map_or(fast.exit, |l| l.1);
                    self.jump_to(to);
                }
                StmtKind::Continue => {
                    let to = fast.loops.last().map_or(fast.header, |l| l.0);
                    self.jump_to(to);
                }
                _ => {}
            }
        }
    }

    pub(super) fn spec_cond(&mut self, fast: &mut Fast, e: &Expr, deopt: Block) -> Value {
        let (left, ops, comparators) = match &e.kind {
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => (left, ops, comparators),
            ExprKind::BoolOp { op, values } => {
                // Short-circuit: `and` stops at the first false, `or` at
                // the first true, which is then the outcome.
                let done = self.b.create_block();
                let r = self.b.append_block_param(done, types::I8);
                let stop_on = *op == crate::ast::BoolOpKind::Or;
                for (k, v) in values.iter().enumerate() {
                    let c = self.spec_cond(fast, v, deopt);
                    if k + 1 == values.len() {
                        self.jump_args(done, &[c]);
                        break;
                    }
                    let next = self.b.create_block();
                    let outcome = self.b.ins().iconst(types::I8, i64::from(stop_on));
                    if stop_on {
                        self.b
                            .ins()
                            .brif(c, done, &[BlockArg::Value(outcome)], next, &[]);
                    } else {
                        self.b
                            .ins()
                            .brif(c, next, &[], done, &[BlockArg::Value(outcome)]);
                    }
                    self.b.switch_to_block(next);
                }
                self.b.switch_to_block(done);
                return r;
            }
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => {
                let c = self.spec_cond(fast, operand, deopt);
                return self.b.ins().icmp_imm_u(IntCC::Equal, c, 0);
            }
            _ => {
                // A number's truth (NaN is true).
                let (v, ty) = self.spec_expr(fast, e, deopt);
                return match ty {
                    Ty::Float => {
                        let zero = self.b.ins().f64const(0.0);
                        self.b.ins().fcmp(FloatCC::NotEqual, v, zero)
                    }
                    _ => self.b.ins().icmp_imm_s(IntCC::NotEqual, v, 0),
                };
            }
        };
        let a = self.spec_expr(fast, left, deopt);
        let b = self.spec_expr(fast, &comparators[0], deopt);
        if a.1 == Ty::Int && b.1 == Ty::Int {
            let cc = match ops[0] {
                CmpOp::Eq => IntCC::Equal,
                CmpOp::NotEq => IntCC::NotEqual,
                CmpOp::Lt => IntCC::SignedLessThan,
                CmpOp::LtE => IntCC::SignedLessThanOrEqual,
                CmpOp::Gt => IntCC::SignedGreaterThan,
                _ => IntCC::SignedGreaterThanOrEqual,
            };
            return self.b.ins().icmp(cc, a.0, b.0);
        }
        let (x, y) = (self.spec_f64(a), self.spec_f64(b));
        let cc = match ops[0] {
            CmpOp::Eq => FloatCC::Equal,
            CmpOp::NotEq => FloatCC::NotEqual,
            CmpOp::Lt => FloatCC::LessThan,
            CmpOp::LtE => FloatCC::LessThanOrEqual,
            CmpOp::Gt => FloatCC::GreaterThan,
            _ => FloatCC::GreaterThanOrEqual,
        };
        self.b.ins().fcmp(cc, x, y)
    }

    /// An operand as an f64 (ints convert as CPython converts them).
    pub(super) fn spec_f64(&mut self, (v, ty): (Value, Ty)) -> Value {
        match ty {
            Ty::Int => self.b.ins().fcvt_from_sint(types::F64, v),
            _ => v,
        }
    }

    /// Continues when word `w` is an exact list, else jumps to `fail`.
    pub(super) fn spec_list_or(&mut self, w: Value, fail: Block) {
        let tagged = self.b.ins().band_imm_u(w, SMALL_TAG);
        let null = self.b.ins().icmp_imm_s(IntCC::Equal, w, 0);
        let not_obj = self.b.ins().bor(null, tagged);
        let obj = self.b.create_block();
        let ok = self.b.create_block();
        self.b.ins().brif(not_obj, fail, &[], obj, &[]);
        self.b.switch_to_block(obj);
        let kind = self.b.ins().load(
            types::I32,
            MemFlagsData::trusted(),
            w,
            alrt_abi::layout::HEADER_KIND,
        );
        let is_list =
            self.b
                .ins()
                .icmp_imm_u(IntCC::Equal, kind, alrt_abi::layout::KIND_LIST as i64);
        self.b.ins().brif(is_list, ok, &[], fail, &[]);
        self.b.switch_to_block(ok);
    }

    /// The list and the address of item `b[i]` (`e`), negative `i`
    /// counting from the end; out of range jumps to `deopt` (the generic
    /// copy raises).
    pub(super) fn spec_item_addr(
        &mut self,
        fast: &mut Fast,
        e: &Expr,
        deopt: Block,
    ) -> (Value, Value, String) {
        let Some((base, index)) = item_of(e) else {
            unreachable!("planned items subscript a name")
        };
        let l = self.b.use_var(fast.vars[base].0);
        let checked = fast.min_len.get(base).copied().unwrap_or(0);
        let i = match const_index(index) {
            // Inside the length checked where the copy got the list.
            Some(k) if len_for(k) <= checked && k >= 0 => self.b.ins().iconst(types::I64, k),
            Some(k) if len_for(k) <= checked => {
                let len = self.list_len(l);
                self.b.ins().iadd_imm_s(len, k)
            }
            _ => {
                let (i, _) = self.spec_expr(fast, index, deopt);
                let len = self.list_len(l);
                self.raw_index_in(i, len, deopt)
            }
        };
        let flags = MemFlagsData::trusted();
        let p = self
            .b
            .ins()
            .load(types::I64, flags, l, alrt_abi::layout::LIST_ITEMS_PTR);
        let off = self.b.ins().ishl_imm_u(i, 3);
        (l, self.b.ins().iadd(p, off), base.to_string())
    }

    /// Continues when list `l`, which list local `name` is getting, is as
    /// long as the constant indices of the loop need (`Fast::min_len`),
    /// else jumps to `fail`.
    pub(super) fn spec_len_check(&mut self, fast: &super::Fast, name: &str, l: Value, fail: Block) {
        let Some(&need) = fast.min_len.get(name) else {
            return;
        };
        let len = self.list_len(l);
        let long = self
            .b
            .ins()
            .icmp_imm_s(IntCC::SignedGreaterThanOrEqual, len, need);
        let ok = self.b.create_block();
        self.b.ins().brif(long, ok, &[], fail, &[]);
        self.b.switch_to_block(ok);
    }

    /// The word of item `b[i]` (`e`), as `spec_item_addr` finds it; an
    /// item of a float list (raw bits, not a value) jumps to `deopt`.
    pub(super) fn spec_item(&mut self, fast: &mut Fast, e: &Expr, deopt: Block) -> Value {
        let (l, addr, base) = self.spec_item_addr(fast, e, deopt);
        if self.spec_strat(fast, &base, Strat::Generic) != Some(Strat::Generic) {
            let floats = self.list_is_floats(l);
            let word = self.b.create_block();
            self.b.ins().brif(floats, deopt, &[], word, &[]);
            self.b.switch_to_block(word);
        }
        self.b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), addr, 0)
    }

    /// The f64 of the item of list `l` at `addr` and its word: a float
    /// list's raw f64 with `UNBOXED` (no box is made), or a generic
    /// list's exact float with its box; another item jumps to `fail`.
    pub(super) fn spec_float_item(
        &mut self,
        l: Value,
        addr: Value,
        strat: Option<Strat>,
        fail: Block,
    ) -> (Value, Value) {
        let flags = MemFlagsData::trusted();
        match strat {
            Some(Strat::Floats) => {
                let x = self.b.ins().load(types::F64, flags, addr, 0);
                return (x, self.unboxed_word());
            }
            Some(Strat::Generic) => {
                let item = self.b.ins().load(types::I64, flags, addr, 0);
                return (self.spec_float_or(item, fail), item);
            }
            None => {}
        }
        let done = self.b.create_block();
        let f = self.b.append_block_param(done, types::F64);
        let w = self.b.append_block_param(done, types::I64);
        let floats = self.list_is_floats(l);
        let raw = self.b.create_block();
        let word = self.b.create_block();
        self.b.ins().brif(floats, raw, &[], word, &[]);
        self.b.switch_to_block(raw);
        let x = self.b.ins().load(types::F64, flags, addr, 0);
        let unboxed = self.unboxed_word();
        self.b
            .ins()
            .jump(done, &[BlockArg::Value(x), BlockArg::Value(unboxed)]);
        self.b.switch_to_block(word);
        let item = self.b.ins().load(types::I64, flags, addr, 0);
        let x = self.spec_float_or(item, fail);
        self.b
            .ins()
            .jump(done, &[BlockArg::Value(x), BlockArg::Value(item)]);
        self.b.switch_to_block(done);
        (f, w)
    }

    /// `target = value` between items: a word copied as it is when both
    /// lists have one strategy (a value, or a float's raw bits); between a
    /// float list and a generic one the generic copy does it (boxing, or
    /// turning the float list generic).
    fn spec_item_copy(&mut self, fast: &mut Fast, target: &Expr, value: &Expr, deopt: Block) {
        let (sl, saddr, sname) = self.spec_item_addr(fast, value, deopt);
        let (tl, taddr, tname) = self.spec_item_addr(fast, target, deopt);
        // Within one list the strategy is the same; between two lists of
        // the specialised copy it is known (an undecided one takes the
        // other's, two undecided ones the generic strategy).
        let known = sname == tname || {
            let s = self.spec_strat_of(fast, &sname);
            let want = s
                .or(self.spec_strat_of(fast, &tname))
                .unwrap_or(Strat::Generic);
            let s = self.spec_strat(fast, &sname, want);
            s.is_some() && s == self.spec_strat(fast, &tname, want)
        };
        if !known {
            let sf = self.list_is_floats(sl);
            let tf = self.list_is_floats(tl);
            let same = self.b.ins().icmp(IntCC::Equal, sf, tf);
            let copy = self.b.create_block();
            self.b.ins().brif(same, copy, &[], deopt, &[]);
            self.b.switch_to_block(copy);
        }
        let flags = MemFlagsData::trusted();
        let w = self.b.ins().load(types::I64, flags, saddr, 0);
        self.b.ins().store(flags, w, taddr, 0);
        // Harmless for a float list, whose `seen` no collection reads.
        self.list_item_stored(tl);
    }

    /// Jumps to `floats` if list `l` is a float list, else to `generic`:
    /// with no test where the specialised copy knows its strategy.
    fn spec_branch_floats(
        &mut self,
        l: Value,
        strat: Option<Strat>,
        floats: Block,
        generic: Block,
    ) {
        match strat {
            Some(Strat::Floats) => {
                self.b.ins().jump(floats, &[]);
            }
            Some(Strat::Generic) => {
                self.b.ins().jump(generic, &[]);
            }
            None => {
                let f = self.list_is_floats(l);
                self.b.ins().brif(f, floats, &[], generic, &[]);
            }
        }
    }

    /// The strategy the specialised copy assumes for list local `name`,
    /// `want` if it assumed none yet; `None` in the tested copy.
    pub(super) fn spec_strat(&mut self, fast: &mut Fast, name: &str, want: Strat) -> Option<Strat> {
        let strats = fast.strats.as_mut()?;
        Some(*strats.entry(name.to_string()).or_insert(want))
    }

    /// The strategy the specialised copy assumed for `name` so far.
    fn spec_strat_of(&self, fast: &Fast, name: &str) -> Option<Strat> {
        fast.strats.as_ref()?.get(name).copied()
    }

    /// After list local `name` was assigned `l` in the specialised copy:
    /// a check, filled in when the copy is lowered (`spec_fill_checks`),
    /// that `l` has the strategy the copy assumed for `name`; a mismatch
    /// leaves for the generic copy at `deopt` and turns the specialised
    /// copy off for this run of the loop.
    pub(super) fn spec_strat_check(&mut self, fast: &mut Fast, name: &str, l: Value, deopt: Block) {
        if fast.strats.is_none() {
            return;
        }
        let check = self.b.create_block();
        let cont = self.b.create_block();
        self.b.ins().jump(check, &[]);
        self.b.switch_to_block(cont);
        fast.checks.push((check, name.to_string(), l, cont, deopt));
    }

    /// `target = v` for an item target (`spec_store_at`).
    pub(super) fn spec_store(
        &mut self,
        fast: &mut Fast,
        target: &Expr,
        v: (Value, Ty),
        deopt: Block,
    ) {
        let (l, addr, base) = self.spec_item_addr(fast, target, deopt);
        let want = if v.1 == Ty::Float {
            Strat::Floats
        } else {
            Strat::Generic
        };
        let strat = self.spec_strat(fast, &base, want);
        self.spec_store_at(fast, l, addr, v, strat, deopt);
    }

    /// Stores `v` at `addr`, an item of list `l`. Into a float list a
    /// float's f64 goes in raw (a NaN, or an int or word, jumps to
    /// `deopt`: the generic copy's store turns the list generic); into a
    /// generic list the value boxed (a float; a MemoryError raised after
    /// writing the locals back) or a word as it is (a list, or an item
    /// copied).
    fn spec_store_at(
        &mut self,
        fast: &mut Fast,
        l: Value,
        addr: Value,
        (v, ty): (Value, Ty),
        strat: Option<Strat>,
        deopt: Block,
    ) {
        let generic = self.b.create_block();
        let done = self.b.create_block();
        // The specialised copy knows the list's strategy: one of the two
        // ways below, with no test.
        if ty == Ty::Float {
            let raw = self.b.create_block();
            self.spec_branch_floats(l, strat, raw, generic);
            self.b.switch_to_block(raw);
            let nan = self.b.ins().fcmp(FloatCC::Unordered, v, v);
            let ok = self.b.create_block();
            self.b.ins().brif(nan, deopt, &[], ok, &[]);
            self.b.switch_to_block(ok);
            self.b.ins().store(MemFlagsData::trusted(), v, addr, 0);
            self.b.ins().jump(done, &[]);
        } else {
            self.spec_branch_floats(l, strat, deopt, generic);
        }
        self.b.switch_to_block(generic);
        let w = match ty {
            Ty::Int => {
                let shifted = self.b.ins().ishl_imm_u(v, SMALL_SHIFT);
                self.b.ins().bor_imm_u(shifted, SMALL_TAG)
            }
            Ty::List => v,
            Ty::Float => {
                let failed = self.b.create_block();
                self.b.set_cold_block(failed);
                let w = self.box_float_or(v, Some(failed));
                let cur = self.b.current_block();
                self.b.switch_to_block(failed);
                self.spec_write_back(fast, fast.scope);
                self.raise_pending();
                if let Some(cur) = cur {
                    self.b.switch_to_block(cur);
                }
                w
            }
        };
        self.b.ins().store(MemFlagsData::trusted(), w, addr, 0);
        self.list_item_stored(l);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    pub(super) fn spec_expr(&mut self, fast: &mut Fast, e: &Expr, deopt: Block) -> (Value, Ty) {
        match &e.kind {
            ExprKind::Name(n) => {
                let (var, ty) = fast.vars[n.as_str()];
                (self.b.use_var(var), ty)
            }
            ExprKind::Int(lit) => {
                let i = lit.to_i64().unwrap_or(0);
                (self.b.ins().iconst(types::I64, i), Ty::Int)
            }
            ExprKind::Float(x) => (self.b.ins().f64const(*x), Ty::Float),
            ExprKind::UnaryOp { op, operand } => {
                let (v, ty) = self.spec_expr(fast, operand, deopt);
                match (op, ty) {
                    (UnaryOp::USub, Ty::Int) => {
                        let r = self.b.ins().ineg(v);
                        self.spec_small_or(r, deopt);
                        (r, Ty::Int)
                    }
                    (UnaryOp::USub, Ty::Float) => (self.b.ins().fneg(v), Ty::Float),
                    _ => (v, ty),
                }
            }
            ExprKind::BinOp { left, op, right } => {
                let a = self.spec_expr(fast, left, deopt);
                let b = self.spec_expr(fast, right, deopt);
                let ty = bin_ty(*op, Some(a.1), Some(b.1)).unwrap_or(Ty::Float);
                (self.spec_binop(*op, a, b, deopt), ty)
            }
            ExprKind::Call { .. } if numeric_builtin(e).is_some() => {
                self.spec_builtin(fast, e, deopt)
            }
            ExprKind::Call { .. } => {
                // `len(xs)` of a list local: nothing in the loop resizes it.
                let n = len_of(e).unwrap_or_default();
                let l = self.b.use_var(fast.vars[n].0);
                (self.list_len(l), Ty::Int)
            }
            ExprKind::Subscript { .. } => {
                // Items are floats here (the plan typed them so).
                let (l, addr, base) = self.spec_item_addr(fast, e, deopt);
                let strat = self.spec_strat(fast, &base, Strat::Floats);
                (self.spec_float_item(l, addr, strat, deopt).0, Ty::Float)
            }
            _ => unreachable!("planned loops compute only arithmetic"),
        }
    }

    /// Continues when `r` is in the small-int range, else jumps to `deopt`.
    pub(super) fn spec_small_or(&mut self, r: Value, deopt: Block) {
        let shifted = self.b.ins().ishl_imm_u(r, SMALL_SHIFT);
        let back = self.b.ins().sshr_imm_u(shifted, SMALL_SHIFT);
        let out = self.b.ins().icmp(IntCC::NotEqual, back, r);
        let ok = self.b.create_block();
        self.b.ins().brif(out, deopt, &[], ok, &[]);
        self.b.switch_to_block(ok);
    }

    pub(super) fn spec_binop(
        &mut self,
        op: BinOp,
        a: (Value, Ty),
        b: (Value, Ty),
        deopt: Block,
    ) -> Value {
        if op == BinOp::Pow {
            // Both floats (the plan checked): rt's `powf` for the cases
            // that cannot raise, the generic copy for the others.
            return self.float_pow(a.0, b.0, deopt);
        }
        if op == BinOp::Div {
            // Python's true division: exact operands, one rounding; a zero
            // divisor raises, which the generic copy does.
            if a.1 == Ty::Int && b.1 == Ty::Int {
                self.exact_f64_or(a.0, deopt);
                self.exact_f64_or(b.0, deopt);
            }
            let (x, y) = (self.spec_f64(a), self.spec_f64(b));
            let zero = self.b.ins().f64const(0.0);
            let is_zero = self.b.ins().fcmp(FloatCC::Equal, y, zero);
            let ok = self.b.create_block();
            self.b.ins().brif(is_zero, deopt, &[], ok, &[]);
            self.b.switch_to_block(ok);
            return self.b.ins().fdiv(x, y);
        }
        match op {
            BinOp::BitAnd => return self.b.ins().band(a.0, b.0),
            BinOp::BitOr => return self.b.ins().bor(a.0, b.0),
            BinOp::BitXor => return self.b.ins().bxor(a.0, b.0),
            BinOp::RShift | BinOp::LShift => {
                // A negative count raises (the generic copy); counts past
                // 62 shift everything out (right) or overflow (left).
                let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, b.0, 0);
                let ok = self.b.create_block();
                self.b.ins().brif(neg, deopt, &[], ok, &[]);
                self.b.switch_to_block(ok);
                let limit = self.b.ins().iconst(types::I64, 63);
                let big = self.b.ins().icmp(IntCC::SignedGreaterThan, b.0, limit);
                let n = self.b.ins().select(big, limit, b.0);
                if op == BinOp::RShift {
                    return self.b.ins().sshr(a.0, n);
                }
                let r = self.b.ins().ishl(a.0, n);
                let back = self.b.ins().sshr(r, n);
                let lost = self.b.ins().icmp(IntCC::NotEqual, back, a.0);
                let ok = self.b.create_block();
                self.b.ins().brif(lost, deopt, &[], ok, &[]);
                self.b.switch_to_block(ok);
                self.spec_small_or(r, deopt);
                return r;
            }
            _ => {}
        }
        if matches!(op, BinOp::FloorDiv | BinOp::Mod) {
            // Ints (the plan checked), floored as Python floors; a zero
            // divisor raises, which the generic copy does.
            let ok = self.b.create_block();
            self.b.ins().brif(b.0, ok, &[], deopt, &[]);
            self.b.switch_to_block(ok);
            let q = self.b.ins().sdiv(a.0, b.0);
            let r = self.b.ins().srem(a.0, b.0);
            // The remainder takes the divisor's sign: when they differ
            // (and it is not 0) the quotient goes one lower.
            let x = self.b.ins().bxor(r, b.0);
            let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, x, 0);
            let nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
            let adjust = self.b.ins().band(neg, nz);
            let res = if op == BinOp::FloorDiv {
                let q1 = self.b.ins().iadd_imm_s(q, -1);
                self.b.ins().select(adjust, q1, q)
            } else {
                let r1 = self.b.ins().iadd(r, b.0);
                self.b.ins().select(adjust, r1, r)
            };
            // Only SMALL_MIN // -1 leaves the small ints.
            self.spec_small_or(res, deopt);
            return res;
        }
        if a.1 == Ty::Int && b.1 == Ty::Int {
            // Small ints have 63 bits: a sum or difference fits in an i64.
            let r = match op {
                BinOp::Add => self.b.ins().iadd(a.0, b.0),
                BinOp::Sub => self.b.ins().isub(a.0, b.0),
                _ => {
                    let (r, over) = self.b.ins().smul_overflow(a.0, b.0);
                    let ok = self.b.create_block();
                    self.b.ins().brif(over, deopt, &[], ok, &[]);
                    self.b.switch_to_block(ok);
                    r
                }
            };
            self.spec_small_or(r, deopt);
            return r;
        }
        let (x, y) = (self.spec_f64(a), self.spec_f64(b));
        match op {
            BinOp::Add => self.b.ins().fadd(x, y),
            BinOp::Sub => self.b.ins().fsub(x, y),
            _ => self.b.ins().fmul(x, y),
        }
    }
    /// The f64 of word `w` when it is an exact float, else a jump to `fail`.
    pub(super) fn spec_float_or(&mut self, w: Value, fail: Block) -> Value {
        let tagged = self.b.ins().band_imm_u(w, SMALL_TAG);
        let obj = self.b.create_block();
        let float_b = self.b.create_block();
        self.b.ins().brif(tagged, fail, &[], obj, &[]);
        self.b.switch_to_block(obj);
        let is_float = self.is_exact_type(w, alrt_abi::data::FLOAT_TYPE);
        self.b.ins().brif(is_float, float_b, &[], fail, &[]);
        self.b.switch_to_block(float_b);
        self.b.ins().load(
            types::F64,
            MemFlagsData::trusted(),
            w,
            alrt_abi::layout::FLOAT_VALUE,
        )
    }

    /// `abs(x)`, `min(a, b)`, `max(a, b)` on one type: Python's `min`
    /// keeps the first argument unless the second is smaller (NaN never
    /// is), `max` unless it is larger.
    fn spec_builtin(&mut self, fast: &mut Fast, e: &Expr, deopt: Block) -> (Value, Ty) {
        let Some((f, args)) = numeric_builtin(e) else {
            unreachable!("planned builtin calls")
        };
        let a = self.spec_expr(fast, &args[0], deopt);
        if f == "abs" {
            return match a.1 {
                Ty::Float => (self.b.ins().fabs(a.0), Ty::Float),
                _ => {
                    let neg = self.b.ins().ineg(a.0);
                    let below = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, a.0, 0);
                    let r = self.b.ins().select(below, neg, a.0);
                    self.spec_small_or(r, deopt);
                    (r, Ty::Int)
                }
            };
        }
        let b = self.spec_expr(fast, &args[1], deopt);
        let takes_b = match (a.1, f == "min") {
            (Ty::Float, true) => self.b.ins().fcmp(FloatCC::LessThan, b.0, a.0),
            (Ty::Float, false) => self.b.ins().fcmp(FloatCC::GreaterThan, b.0, a.0),
            (_, true) => self.b.ins().icmp(IntCC::SignedLessThan, b.0, a.0),
            (_, false) => self.b.ins().icmp(IntCC::SignedGreaterThan, b.0, a.0),
        };
        (self.b.ins().select(takes_b, b.0, a.0), a.1)
    }
}
