//! Unboxed float locals: which locals of a function get an f64 shadow
//! variable (a forward type inference over the function's assignments),
//! and their reads and writes. A shadowed local is two Cranelift variables:
//! the value word, and an f64 that holds the value when the word is
//! `UNBOXED` (the `Num` convention of `fast.rs`, carried across statements
//! and loop iterations; the null word still means unbound). An arithmetic result is stored unboxed; a read as an
//! operand of arithmetic or a comparison uses it unboxed; any other read
//! (the value escapes: passed, stored, returned) boxes it once and keeps
//! the box in the word, so later reads see the same object.
//!
//! Only locals of functions that are not generators are shadowed (a
//! suspended frame saves only the words). Which locals get a shadow never changes what a program does:
//! the word-or-float state is checked where it is read, so a local that
//! holds an int, a str or anything else on some path works as before.

use super::fast::Num;
use super::func_cx::{FuncCx, LResult};
use crate::ast::{BinOp, Expr, ExprKind, Stmt, StmtKind, UnaryOp};
use crate::resolve::{Binding, ScopeId};
use crate::span::Span;
use cranelift_codegen::ir::{types, InstBuilder, Value};
use std::collections::{HashMap, HashSet};

/// What the inference knows of a local's values.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Ty {
    /// Always an int (small or big): boxing costs nothing to avoid.
    Int,
    /// Always a float.
    Float,
    /// Anything (or a mix).
    Other,
}

fn join(a: Option<Ty>, b: Ty) -> Ty {
    match a {
        None => b,
        Some(a) if a == b => a,
        Some(_) => Ty::Other,
    }
}

/// How one assignment binds a local.
enum Source<'e> {
    /// `x = e` (also `x: T = e` and each name of `a = b = e`).
    Expr(&'e Expr),
    /// `x op= e`.
    Aug(BinOp, &'e Expr),
    /// A binding whose value the inference does not follow (parameters,
    /// `for` targets other than `range`, unpacking, `with`, imports, ...).
    Opaque,
    /// The target of a `for` over `range(...)`: an int.
    RangeItem,
}

/// True if `op` has an inline float path (its result may stay unboxed).
fn unboxes(op: BinOp) -> bool {
    matches!(
        op,
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Pow
    )
}

/// The locals of a function body (`params` first) that get an f64 shadow:
/// those assigned an arithmetic result (`+ - * / **`) at least once that
/// the inference cannot show to be an int, with a sign of floats.
pub fn float_candidates(params: &[&str], body: &[Stmt]) -> HashSet<String> {
    let mut binds: Vec<(String, Source)> = params
        .iter()
        .map(|p| (p.to_string(), Source::Opaque))
        .collect();
    collect(body, &mut binds);
    let mut tys: HashMap<String, Ty> = HashMap::new();
    // Each round can only move a local up the lattice (unset, then Int or
    // Float, then Other), so this ends after a few rounds.
    loop {
        let mut changed = false;
        for (name, src) in &binds {
            let t = match src {
                Source::Expr(e) => expr_ty(e, &tys),
                Source::Aug(op, e) => {
                    let cur = tys.get(name).copied();
                    match (cur, expr_ty(e, &tys)) {
                        (Some(a), Some(b)) => Some(binop_ty(*op, a, b)),
                        _ => None,
                    }
                }
                Source::Opaque => Some(Ty::Other),
                Source::RangeItem => Some(Ty::Int),
            };
            let Some(t) = t else { continue };
            let old = tys.get(name).copied();
            let new = join(old, t);
            if old != Some(new) {
                tys.insert(name.clone(), new);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    // Arithmetic on values of unknown type is shadowed only with a sign of
    // floats (a float literal, `/`, `**`, an item or attribute, another
    // shadowed local): ints from parameters and calls stay plain words,
    // which costs int code nothing (measured: `nqueens` +3.1% instructions
    // when every such local was shadowed).
    let arith: HashSet<&str> = binds
        .iter()
        .filter(|(name, src)| {
            let arith = match src {
                Source::Expr(e) => matches!(&e.kind, ExprKind::BinOp { op, .. } if unboxes(*op)),
                Source::Aug(op, _) => unboxes(*op),
                _ => false,
            };
            arith && tys.get(name) != Some(&Ty::Int)
        })
        .map(|(name, _)| name.as_str())
        .collect();
    let mut cands: HashSet<String> = HashSet::new();
    loop {
        let mut changed = false;
        for (name, src) in &binds {
            if !arith.contains(name.as_str()) || cands.contains(name) {
                continue;
            }
            let floaty = tys.get(name) == Some(&Ty::Float)
                || match src {
                    Source::Expr(e) => float_sign(e, &tys, &cands),
                    Source::Aug(op, e) => {
                        matches!(op, BinOp::Div | BinOp::Pow) || float_sign(e, &tys, &cands)
                    }
                    _ => false,
                };
            if floaty {
                cands.insert(name.clone());
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    cands
}

/// Whether `e` shows a sign of computing with floats.
fn float_sign(e: &Expr, tys: &HashMap<String, Ty>, cands: &HashSet<String>) -> bool {
    match &e.kind {
        ExprKind::Float(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => true,
        ExprKind::Name(n) => tys.get(n) == Some(&Ty::Float) || cands.contains(n),
        ExprKind::BinOp { left, op, right } => {
            matches!(op, BinOp::Div | BinOp::Pow)
                || float_sign(left, tys, cands)
                || float_sign(right, tys, cands)
        }
        ExprKind::UnaryOp { operand, .. } => float_sign(operand, tys, cands),
        ExprKind::IfExp { body, orelse, .. } => {
            float_sign(body, tys, cands) || float_sign(orelse, tys, cands)
        }
        _ => false,
    }
}

/// The assignments of `body` and its nested blocks (not of nested
/// functions and classes, which only bind their name).
fn collect<'e>(body: &'e [Stmt], out: &mut Vec<(String, Source<'e>)>) {
    for s in body {
        match &s.kind {
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    match &t.kind {
                        ExprKind::Name(n) => out.push((n.clone(), Source::Expr(value))),
                        _ => opaque_targets(t, out),
                    }
                }
            }
            StmtKind::AnnAssign {
                target,
                value: Some(value),
                ..
            } => match &target.kind {
                ExprKind::Name(n) => out.push((n.clone(), Source::Expr(value))),
                _ => opaque_targets(target, out),
            },
            StmtKind::AugAssign { target, op, value } => {
                if let ExprKind::Name(n) = &target.kind {
                    out.push((n.clone(), Source::Aug(*op, value)));
                }
            }
            StmtKind::For { target, iter, .. } => {
                let over_range = matches!(&iter.kind, ExprKind::Call { func, .. }
                    if matches!(&func.kind, ExprKind::Name(f) if f == "range"));
                match (&target.kind, over_range) {
                    (ExprKind::Name(n), true) => out.push((n.clone(), Source::RangeItem)),
                    _ => opaque_targets(target, out),
                }
            }
            StmtKind::With { items, .. } => {
                for it in items {
                    if let Some(t) = &it.vars {
                        opaque_targets(t, out);
                    }
                }
            }
            StmtKind::Try { handlers, .. } => {
                for h in handlers {
                    if let Some(n) = &h.name {
                        out.push((n.name.clone(), Source::Opaque));
                    }
                }
            }
            StmtKind::FunctionDef(f) => out.push((f.name.name.clone(), Source::Opaque)),
            StmtKind::ClassDef(c) => out.push((c.name.name.clone(), Source::Opaque)),
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    let n = a.asname.as_ref().map_or(&a.name, |x| &x.name);
                    let first = n.split('.').next().unwrap_or(n);
                    out.push((first.to_string(), Source::Opaque));
                }
            }
            StmtKind::Match { cases, .. } => {
                // Capture patterns bind opaquely; a local bound only there
                // is never assigned arithmetic, so it is not a candidate,
                // and one that is keeps `Other` from its other sources or
                // is read through the checked word-or-float state anyway.
                for c in cases {
                    collect(&c.body, out);
                }
            }
            _ => {}
        }
        for b in s.blocks() {
            if !matches!(s.kind, StmtKind::Match { .. }) {
                collect(b, out);
            }
        }
    }
}

/// Every name bound by an assignment target other than a plain name.
fn opaque_targets<'e>(t: &'e Expr, out: &mut Vec<(String, Source<'e>)>) {
    match &t.kind {
        ExprKind::Name(n) => out.push((n.clone(), Source::Opaque)),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            for i in items {
                opaque_targets(i, out);
            }
        }
        ExprKind::Starred(inner) => opaque_targets(inner, out),
        _ => {}
    }
}

/// The type of `e` given the locals' types so far (`None`: depends on a
/// local not typed yet).
fn expr_ty(e: &Expr, tys: &HashMap<String, Ty>) -> Option<Ty> {
    Some(match &e.kind {
        ExprKind::Int(_) => Ty::Int,
        ExprKind::Float(_) => Ty::Float,
        ExprKind::Name(n) => return tys.get(n).copied(),
        ExprKind::BinOp { left, op, right } => {
            let l = expr_ty(left, tys);
            let r = expr_ty(right, tys);
            match (l, r) {
                (Some(l), Some(r)) => binop_ty(*op, l, r),
                // Either side Other makes the result Other regardless.
                (Some(Ty::Other), _) | (_, Some(Ty::Other)) => Ty::Other,
                _ => return None,
            }
        }
        ExprKind::UnaryOp {
            op: UnaryOp::USub | UnaryOp::UAdd,
            operand,
        } => return expr_ty(operand, tys),
        ExprKind::IfExp { body, orelse, .. } => {
            let a = expr_ty(body, tys)?;
            join(Some(a), expr_ty(orelse, tys)?)
        }
        _ => Ty::Other,
    })
}

/// The type of `l op r` for operand types `l` and `r`.
fn binop_ty(op: BinOp, l: Ty, r: Ty) -> Ty {
    use BinOp::*;
    match (l, r) {
        (Ty::Int, Ty::Int) => match op {
            Div => Ty::Float,
            Pow | MatMul => Ty::Other,
            _ => Ty::Int,
        },
        (Ty::Float, Ty::Int | Ty::Float) | (Ty::Int, Ty::Float) => match op {
            Add | Sub | Mul | Div | FloorDiv | Mod | Pow => Ty::Float,
            _ => Ty::Other,
        },
        _ => Ty::Other,
    }
}

impl<'m, 'a, 'f> FuncCx<'m, 'a, 'f> {
    /// Gives the candidates (`float_candidates`) among the locals of
    /// function scope `scope` their f64 shadows; called in the entry
    /// block, before the body is lowered.
    pub fn shadow_float_locals(&mut self, scope: ScopeId, candidates: HashSet<String>) {
        let s = &self.m.res.scopes[scope];
        let mut names: Vec<String> = candidates
            .into_iter()
            .filter(|n| s.bindings.get(n) == Some(&Binding::Local))
            .collect();
        names.sort();
        for n in names {
            let fv = self.b.declare_var(types::F64);
            let zero = self.b.ins().f64const(0.0);
            self.b.def_var(fv, zero);
            self.float_vars.insert((scope, n), fv);
        }
    }

    /// A shadowed local `name` (seen from here, read at `span`) as a
    /// `Num`, unboxed when it holds an unboxed float; UnboundLocalError
    /// when unbound.
    pub fn unboxed_local(&mut self, name: &str, span: Span) -> Option<Num> {
        let (binding, owner) = self.binding(name);
        if binding != Binding::Local {
            return None;
        }
        let fv = *self.float_vars.get(&(owner, name.to_string()))?;
        let var = self.var(owner, name);
        let v = self.b.use_var(var);
        if !self.m.res.scopes[owner].always_bound.contains(name) {
            self.unbound_check(v, name, span, owner);
        }
        let f = self.b.use_var(fv);
        Some(Num::maybe_float(v, f))
    }

    /// The value word of local `name` of `owner`, boxing an unboxed float
    /// (once: the box replaces it in the variable).
    pub fn local_word(&mut self, owner: ScopeId, name: &str) -> Value {
        let var = self.var(owner, name);
        let v = self.b.use_var(var);
        let Some(fv) = self.float_vars.get(&(owner, name.to_string())).copied() else {
            return v;
        };
        let f = self.b.use_var(fv);
        let w = self.materialize(Num::maybe_float(v, f));
        self.b.def_var(var, w);
        w
    }

    /// If `name` is a shadowed local, stores `n` in it and returns true.
    pub fn store_local_num(&mut self, name: &str, n: Num) -> bool {
        let (binding, owner) = self.binding(name);
        if binding != Binding::Local {
            return false;
        }
        let Some(fv) = self.float_vars.get(&(owner, name.to_string())).copied() else {
            return false;
        };
        let var = self.var(owner, name);
        self.b.def_var(var, n.v);
        if let Some(f) = n.f {
            self.b.def_var(fv, f);
        }
        true
    }

    /// Whether `name`, seen from here, is a shadowed local.
    pub fn is_float_local(&self, name: &str) -> bool {
        let (binding, owner) = self.binding(name);
        binding == Binding::Local && self.float_vars.contains_key(&(owner, name.to_string()))
    }

    /// `name = value` for a shadowed local and an arithmetic `value`: the
    /// result is stored unboxed. Returns false (nothing lowered) otherwise.
    pub fn assign_float_local(&mut self, name: &str, value: &'a Expr) -> LResult<bool> {
        if !matches!(&value.kind, ExprKind::BinOp { op, .. } if unboxes(*op))
            || !self.is_float_local(name)
        {
            return Ok(false);
        }
        let n = self.num_expr(value, true)?;
        Ok(self.store_local_num(name, n))
    }

    /// `name op= value` for a shadowed local: the operands and the result
    /// stay unboxed. Returns false (nothing lowered) otherwise.
    pub fn aug_assign_float_local(
        &mut self,
        name: &str,
        op: BinOp,
        value: &'a Expr,
        target_span: Span,
    ) -> LResult<bool> {
        if !unboxes(op) || !self.is_float_local(name) {
            return Ok(false);
        }
        let stmt_pos = self.pos;
        self.set_line(target_span);
        let cur = self.unboxed_local(name, target_span).expect("shadowed");
        let rhs = self.num_expr(value, true)?;
        self.set_line(stmt_pos);
        let r = self.binop_num(op, cur, rhs, true, true)?;
        self.set_line(target_span);
        Ok(self.store_local_num(name, r))
    }
}

#[cfg(test)]
mod tests {
    use super::float_candidates;

    fn candidates(src: &str) -> Vec<String> {
        let file = crate::span::SourceFile::new("t.al", src);
        let m = crate::parser::parse(&file).expect("parses");
        let crate::ast::StmtKind::FunctionDef(f) = &m.body[0].kind else {
            panic!("a def");
        };
        let params: Vec<&str> = f.params.args.iter().map(|p| p.name.name.as_str()).collect();
        let mut v: Vec<String> = float_candidates(&params, &f.body).into_iter().collect();
        v.sort();
        v
    }

    #[test]
    fn int_counters_are_not_shadowed() {
        let src = "def f(n):\n    i = 0\n    acc = 0.0\n    while i < n:\n        acc = acc + i * 0.5\n        i = i + 1\n    for k in range(n):\n        k2 = k * k\n    return acc\n";
        assert_eq!(candidates(src), vec!["acc".to_string()]);
    }

    #[test]
    fn items_and_what_is_computed_from_them_are_shadowed() {
        let src = "def f(b, c):\n    dx = b[0] - c[0]\n    d2 = dx * dx\n    s = b + c\n    t = 1\n    t += 2\n    q = b / 2\n    return d2\n";
        assert_eq!(candidates(src), vec!["d2", "dx", "q"]);
    }

    #[test]
    fn ints_from_parameters_and_calls_are_not_shadowed() {
        let src = "def f(row, n):\n    count = 0\n    for c in range(n):\n        a = row + c\n        count = count + f(a, n)\n    return count\n";
        assert!(candidates(src).is_empty());
    }

    #[test]
    fn only_arithmetic_assignments_make_candidates() {
        let src = "def f(x):\n    y = x\n    z = 1.5\n    w = -x\n    return y\n";
        assert!(candidates(src).is_empty());
    }
}
