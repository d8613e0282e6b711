//! `match` statements: the subject evaluated once, cases tried in order,
//! every PEP 634 pattern as inline tests and rt calls (`alc_rt_match_*`),
//! in CPython 3.11's order of operations.
//!
//! A pattern is lowered against a value and a failure block: each test that
//! fails jumps there. Captured values go to temporary variables; the names
//! are bound only once the whole pattern has matched, before the guard,
//! in the order CPython stores them (`pattern_check::check_case`), so a
//! pattern that fails half-way binds nothing, and a failing guard leaves
//! the names bound.

use super::func_cx::{FuncCx, LResult, SMALL_TAG};
use super::pattern_check::{check_case, is_wildcard};
use super::rt_abi::RtFn;
use crate::ast::{Expr, ExprKind, Ident, MatchCase, Pattern, PatternKind};
use alrt_abi::layout;
use alrt_abi::ops;
use cranelift_codegen::ir::{condcodes::IntCC, types, Block, InstBuilder, MemFlagsData, Value};
use cranelift_frontend::Variable;
use std::collections::HashMap;

/// The temporaries holding the values a pattern captures, by name; the
/// alternatives of an or-pattern share them.
type Captures = HashMap<String, Variable>;

impl<'m, 'a, 'f> FuncCx<'m, 'a, 'f> {
    /// `match subject:` with its cases.
    pub fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> LResult<()> {
        let subj = self.expr(subject)?;
        let end = self.b.create_block();
        for (i, case) in cases.iter().enumerate() {
            // CPython compiles (and checks) each case after the body of the
            // one before, so errors come in that order.
            let allow_irrefutable = case.guard.is_some() || i == cases.len() - 1;
            let names = check_case(&case.pattern, allow_irrefutable)?;
            let next = self.b.create_block();
            let mut caps = Captures::new();
            self.match_pattern(&case.pattern, subj, next, &mut caps)?;
            self.set_line(case.pattern.span);
            for name in &names {
                let Some(&var) = caps.get(name) else {
                    return self.unsupported(
                        "this pattern (a name it binds was not captured)",
                        case.pattern.span,
                    );
                };
                let v = self.b.use_var(var);
                self.store_name(name, v);
            }
            if let Some(g) = &case.guard {
                self.set_line(g.span);
                let c = self.cond(g)?;
                let body = self.b.create_block();
                self.branch(c, body, next);
                self.b.switch_to_block(body);
            }
            self.stmts(&case.body)?;
            self.b.ins().jump(end, &[]);
            self.b.switch_to_block(next);
        }
        self.b.ins().jump(end, &[]);
        self.b.switch_to_block(end);
        Ok(())
    }

    /// Continues in a new block if the i8/i32 flag is set, else jumps to `fail`.
    fn pattern_pass_if(&mut self, flag: Value, fail: Block) {
        let ok = self.b.create_block();
        self.b.ins().brif(flag, ok, &[], fail, &[]);
        self.b.switch_to_block(ok);
    }

    /// Records `v` as the value captured for `name`.
    fn pattern_capture(&mut self, name: &Ident, v: Value, caps: &mut Captures) {
        let var = match caps.get(&name.name) {
            Some(var) => *var,
            None => {
                let var = self.temp_var();
                caps.insert(name.name.clone(), var);
                var
            }
        };
        self.b.def_var(var, v);
    }

    /// Item `i` of a tuple rt just built (exact, so its items are inline).
    fn pattern_tuple_item(&mut self, t: Value, i: usize) -> Value {
        let off = layout::TUPLE_ITEMS + (i * 8) as i32;
        self.b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), t, off)
    }

    /// Matches `v` against `p`, jumping to `fail` when it does not match.
    fn match_pattern(
        &mut self,
        p: &'a Pattern,
        v: Value,
        fail: Block,
        caps: &mut Captures,
    ) -> LResult<()> {
        self.set_line(p.span);
        match &p.kind {
            PatternKind::Value(e) => {
                let x = self.expr(e)?;
                self.set_line(p.span);
                let eq = self.pattern_equals(v, x);
                self.pattern_pass_if(eq, fail);
            }
            PatternKind::Singleton(e) => {
                let x = match e.kind {
                    ExprKind::True => self.bool_const(true),
                    ExprKind::False => self.bool_const(false),
                    _ => self.none(),
                };
                let same = self.b.ins().icmp(IntCC::Equal, v, x);
                self.pattern_pass_if(same, fail);
            }
            PatternKind::Sequence(items) => self.sequence_pattern(items, v, fail, caps)?,
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => self.mapping_pattern(p, keys, patterns, rest.as_ref(), v, fail, caps)?,
            PatternKind::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                let c = self.expr(cls)?;
                self.set_line(p.span);
                let names = if kwd_attrs.is_empty() {
                    self.null()
                } else {
                    let names: Vec<String> = kwd_attrs.iter().map(|a| a.name.clone()).collect();
                    let idx = self.m.const_kwnames(&names);
                    self.const_slot(idx)
                };
                let nargs = self.b.ins().iconst(types::I64, patterns.len() as i64);
                let attrs = self.rt_val(RtFn::MatchClass, &[v, c, nargs, names]);
                let none = self.none();
                let matched = self.b.ins().icmp(IntCC::NotEqual, attrs, none);
                self.pattern_pass_if(matched, fail);
                for (i, q) in patterns.iter().chain(kwd_patterns).enumerate() {
                    if !is_wildcard(q) {
                        let item = self.pattern_tuple_item(attrs, i);
                        self.match_pattern(q, item, fail, caps)?;
                    }
                }
            }
            PatternKind::Star(_) => {
                return self.unsupported("a starred pattern outside a sequence pattern", p.span)
            }
            PatternKind::As { pattern, name } => {
                if let Some(q) = pattern {
                    self.match_pattern(q, v, fail, caps)?;
                }
                if let Some(n) = name {
                    self.pattern_capture(n, v, caps);
                }
            }
            PatternKind::Or(alts) => {
                let ok = self.b.create_block();
                for (i, alt) in alts.iter().enumerate() {
                    let last = i == alts.len() - 1;
                    let alt_fail = if last { fail } else { self.b.create_block() };
                    self.match_pattern(alt, v, alt_fail, caps)?;
                    self.b.ins().jump(ok, &[]);
                    if !last {
                        self.b.switch_to_block(alt_fail);
                    }
                }
                self.b.switch_to_block(ok);
            }
        }
        Ok(())
    }

    /// `v == x` as a flag (a value pattern): two small ints compare inline,
    /// anything else is the rich comparison `v == x` and its truth.
    fn pattern_equals(&mut self, v: Value, x: Value) -> Value {
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        let merge = self.b.create_block();
        let res = self.b.append_block_param(merge, types::I8);
        let both = self.b.ins().band(v, x);
        let tagged = self.b.ins().band_imm_u(both, SMALL_TAG);
        self.b.ins().brif(tagged, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let same = self.b.ins().icmp(IntCC::Equal, v, x);
        self.jump_args(merge, &[same]);
        self.b.switch_to_block(slow);
        let op = self.b.ins().iconst(types::I32, ops::CmpOp::Eq as i64);
        let s = self.rt_status(RtFn::CompareBool, &[op, v, x]);
        let flag = self.b.ins().icmp_imm_s(IntCC::NotEqual, s, 0);
        self.jump_args(merge, &[flag]);
        self.b.switch_to_block(merge);
        res
    }

    /// `len(v)` compared with `n` (`cc` is `Equal` or `SignedGreaterThanOrEqual`);
    /// jumps to `fail` when the comparison is false.
    fn pattern_len_check(&mut self, v: Value, cc: IntCC, n: usize, fail: Block) {
        let len = self.len_site(v);
        // Both are tagged small ints, which compare as their values do.
        let want = self.small_int(n as i64);
        let ok = self.b.ins().icmp(cc, len, want);
        self.pattern_pass_if(ok, fail);
    }

    /// A sequence pattern, as CPython 3.11 compiles it: the sequence test,
    /// a length test, then either unpacking every item or, with a `*_`,
    /// indexing only the items that are not wildcards.
    fn sequence_pattern(
        &mut self,
        items: &'a [Pattern],
        v: Value,
        fail: Block,
        caps: &mut Captures,
    ) -> LResult<()> {
        let size = items.len();
        let star = items
            .iter()
            .position(|q| matches!(q.kind, PatternKind::Star(_)));
        let star_wildcard = star.is_some_and(|s| matches!(items[s].kind, PatternKind::Star(None)));
        let only_wildcard = items
            .iter()
            .all(|q| is_wildcard(q) || matches!(q.kind, PatternKind::Star(None)));
        let is_seq = self.rt(RtFn::MatchSequence, &[v]).expect("returns");
        self.pattern_pass_if(is_seq, fail);
        match star {
            None => self.pattern_len_check(v, IntCC::Equal, size, fail),
            Some(_) if size > 1 => {
                self.pattern_len_check(v, IntCC::SignedGreaterThanOrEqual, size - 1, fail)
            }
            Some(_) => {}
        }
        if only_wildcard {
            return Ok(());
        }
        if let (true, Some(star)) = (star_wildcard, star) {
            for (i, q) in items.iter().enumerate() {
                if i == star || is_wildcard(q) {
                    continue;
                }
                let k = if i < star {
                    self.small_int(i as i64)
                } else {
                    // A non-negative index (the subject may not support
                    // negative ones): len(v) - (size - i).
                    let len = self.len_site(v);
                    self.b.ins().iadd_imm_s(len, -2 * ((size - i) as i64))
                };
                let item = self.getitem_site(v, k);
                self.match_pattern(q, item, fail, caps)?;
            }
            return Ok(());
        }
        let (out, slot) = self.out_array(size);
        match star {
            None => {
                let n = self.b.ins().iconst(types::I64, size as i64);
                self.rt_status(RtFn::Unpack, &[v, n, out]);
            }
            Some(k) => {
                let before = self.b.ins().iconst(types::I64, k as i64);
                let after = self.b.ins().iconst(types::I64, (size - k - 1) as i64);
                self.rt_status(RtFn::UnpackEx, &[v, before, after, out]);
            }
        }
        let vals: Vec<Value> = (0..size)
            .map(|i| {
                self.b
                    .ins()
                    .stack_load(types::I64, types::I64, slot, (i * 8) as i32)
            })
            .collect();
        for (q, item) in items.iter().zip(vals) {
            match &q.kind {
                PatternKind::Star(Some(name)) => self.pattern_capture(name, item, caps),
                PatternKind::Star(None) => {}
                _ => self.match_pattern(q, item, fail, caps)?,
            }
        }
        Ok(())
    }

    /// A mapping pattern: the mapping test, a length test, one lookup of
    /// every key (`alc_rt_match_keys`, which `get`s them as CPython does),
    /// the value patterns, then `**rest` as a copy without those keys.
    #[allow(clippy::too_many_arguments)]
    fn mapping_pattern(
        &mut self,
        p: &'a Pattern,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&'a Ident>,
        v: Value,
        fail: Block,
        caps: &mut Captures,
    ) -> LResult<()> {
        let is_map = self.rt(RtFn::MatchMapping, &[v]).expect("returns");
        self.pattern_pass_if(is_map, fail);
        if keys.is_empty() && rest.is_none() {
            return Ok(());
        }
        if !keys.is_empty() {
            self.pattern_len_check(v, IntCC::SignedGreaterThanOrEqual, keys.len(), fail);
        }
        let mut key_vals = Vec::with_capacity(keys.len());
        for k in keys {
            key_vals.push(self.expr(k)?);
        }
        self.set_line(p.span);
        if !keys.is_empty() {
            let arr = self.array(&key_vals);
            let n = self.b.ins().iconst(types::I64, key_vals.len() as i64);
            let key_tuple = self.rt_val(RtFn::TupleNew, &[arr, n]);
            let found = self.rt_val(RtFn::MatchKeys, &[v, key_tuple]);
            let none = self.none();
            let matched = self.b.ins().icmp(IntCC::NotEqual, found, none);
            self.pattern_pass_if(matched, fail);
            for (i, q) in patterns.iter().enumerate() {
                let item = self.pattern_tuple_item(found, i);
                self.match_pattern(q, item, fail, caps)?;
            }
        }
        if let Some(r) = rest {
            self.set_line(p.span);
            let d = self.rt_val(RtFn::DictNew, &[]);
            self.rt_status(RtFn::DictUpdate, &[d, v]);
            for k in &key_vals {
                self.rt_status(RtFn::DelItem, &[d, *k]);
            }
            self.pattern_capture(r, d, caps);
        }
        Ok(())
    }
}
