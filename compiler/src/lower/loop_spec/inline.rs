//! Calls a fast copy computes in place: a known function whose body
//! only computes is replaced, in a copy of the loop body, by the value
//! its body computes from the argument expressions.

use super::plan::{len_of, numeric_builtin};
use crate::ast::{Expr, ExprKind, FunctionDef, Stmt, StmtKind};
use std::collections::{BTreeSet, HashMap};

/// A known function whose call a fast copy can compute in place: plain
/// positional parameters, a body of `name = expr` lines and one `return
/// expr`, every expression arithmetic on its parameters and locals.
pub(super) fn inlinable(f: &FunctionDef) -> Option<(Vec<&str>, &[Stmt])> {
    let p = &f.params;
    if f.is_async
        || !f.decorators.is_empty()
        || !p.posonly.is_empty()
        || p.vararg.is_some()
        || !p.kwonly.is_empty()
        || p.kwarg.is_some()
    {
        return None;
    }
    let mut body = f.body.as_slice();
    if let [Stmt {
        kind: StmtKind::Expr(Expr {
            kind: ExprKind::Str(_),
            ..
        }),
        ..
    }, rest @ ..] = body
    {
        body = rest;
    }
    Some((p.args.iter().map(|a| a.name.name.as_str()).collect(), body))
}

/// `e` with each name replaced by its expression in `env`; `None` if a
/// name is not there or `e` is not arithmetic.
pub(super) fn subst(e: &Expr, env: &HashMap<&str, Expr>) -> Option<Expr> {
    let kind = match &e.kind {
        ExprKind::Name(n) => return env.get(n.as_str()).cloned(),
        ExprKind::Int(_) | ExprKind::Float(_) => e.kind.clone(),
        ExprKind::BinOp { left, op, right } => ExprKind::BinOp {
            left: Box::new(subst(left, env)?),
            op: *op,
            right: Box::new(subst(right, env)?),
        },
        ExprKind::UnaryOp { op, operand } => ExprKind::UnaryOp {
            op: *op,
            operand: Box::new(subst(operand, env)?),
        },
        _ => return None,
    };
    Some(Expr { kind, span: e.span })
}

/// Replaces each call in `e` of a function `defs` gives by the value its
/// body computes, its parameters by the argument expressions (which only
/// compute, so repeating one changes nothing but time); records the names
/// called in `used`. False if a call cannot be replaced.
pub(super) fn inline_expr<'d>(
    e: &mut Expr,
    defs: &dyn Fn(&str) -> Option<&'d FunctionDef>,
    used: &mut BTreeSet<String>,
) -> bool {
    if len_of(e).is_some() {
        return true;
    }
    if numeric_builtin(e).is_some() {
        let ExprKind::Call { args, .. } = &mut e.kind else {
            return false;
        };
        return args.iter_mut().all(|a| inline_expr(a, defs, used));
    }
    match &mut e.kind {
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            let ExprKind::Name(name) = &func.kind else {
                return false;
            };
            let Some((params, body)) = defs(name).and_then(inlinable) else {
                return false;
            };
            if !keywords.is_empty() || params.len() != args.len() {
                return false;
            }
            if !args.iter_mut().all(|a| inline_expr(a, defs, used)) {
                return false;
            }
            let mut env: HashMap<&str, Expr> =
                params.into_iter().zip(args.iter().cloned()).collect();
            let Some((ret, lines)) = body.split_last() else {
                return false;
            };
            for line in lines {
                let StmtKind::Assign { targets, value } = &line.kind else {
                    return false;
                };
                let [Expr {
                    kind: ExprKind::Name(n),
                    ..
                }] = targets.as_slice()
                else {
                    return false;
                };
                let Some(v) = subst(value, &env) else {
                    return false;
                };
                env.insert(n, v);
            }
            let StmtKind::Return(Some(r)) = &ret.kind else {
                return false;
            };
            let Some(mut v) = subst(r, &env) else {
                return false;
            };
            v.span = e.span;
            used.insert(name.clone());
            *e = v;
            true
        }
        ExprKind::BinOp { left, right, .. } => {
            inline_expr(left, defs, used) && inline_expr(right, defs, used)
        }
        ExprKind::UnaryOp { operand, .. } => inline_expr(operand, defs, used),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            inline_expr(left, defs, used)
                && comparators.iter_mut().all(|c| inline_expr(c, defs, used))
        }
        ExprKind::Subscript { index, .. } => inline_expr(index, defs, used),
        ExprKind::BoolOp { values, .. } => values.iter_mut().all(|v| inline_expr(v, defs, used)),
        _ => true,
    }
}

pub(super) fn inline_stmts<'d>(
    body: &mut [Stmt],
    defs: &dyn Fn(&str) -> Option<&'d FunctionDef>,
    used: &mut BTreeSet<String>,
) -> bool {
    body.iter_mut().all(|st| match &mut st.kind {
        StmtKind::Assign { value, .. } | StmtKind::AugAssign { value, .. } => {
            inline_expr(value, defs, used)
        }
        StmtKind::If { test, body, orelse } => {
            inline_expr(test, defs, used)
                && inline_stmts(body, defs, used)
                && inline_stmts(orelse, defs, used)
        }
        StmtKind::While { test, body, .. } => {
            inline_expr(test, defs, used) && inline_stmts(body, defs, used)
        }
        _ => true,
    })
}

/// True if `e` holds a call.
pub(super) fn has_call(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Call { args, .. } => match numeric_builtin(e) {
            Some(_) => args.iter().any(has_call),
            None => len_of(e).is_none(),
        },
        ExprKind::BinOp { left, right, .. } => has_call(left) || has_call(right),
        ExprKind::UnaryOp { operand, .. } => has_call(operand),
        ExprKind::Compare {
            left, comparators, ..
        } => has_call(left) || comparators.iter().any(has_call),
        ExprKind::Subscript { value, index } => has_call(value) || has_call(index),
        ExprKind::BoolOp { values, .. } => values.iter().any(has_call),
        _ => false,
    }
}

pub(super) fn stmts_have_call(body: &[Stmt]) -> bool {
    body.iter().any(|st| match &st.kind {
        StmtKind::Assign { value, .. } | StmtKind::AugAssign { value, .. } => has_call(value),
        StmtKind::If { test, body, orelse } => {
            has_call(test) || stmts_have_call(body) || stmts_have_call(orelse)
        }
        StmtKind::While { test, body, .. } => has_call(test) || stmts_have_call(body),
        _ => false,
    })
}
