//! Specialised numeric loops (loop versioning). A `while` loop whose body
//! only computes with the function's int and float locals (assignments
//! of `+ - * /` arithmetic, `if` on comparisons, `break`, `continue`) is
//! lowered twice: the generic copy, as every loop is, and a fast copy in
//! which each local the loop touches lives in a register as an untagged
//! i64 or an f64, with no tag or type test and no boxing.
//!
//! The fast copy is entered at the generic copy's back edge, once every
//! one of those locals holds the type the fast copy assumes for it (an
//! exact float, or a small int), so a loop that runs no iteration or whose
//! locals hold other values never leaves the generic copy. An operation
//! of the fast copy whose result would leave those types or raise (an int
//! beyond the small range, a division by zero, an int too large to divide
//! exactly) goes back to the generic copy at the start of its statement:
//! such statements only compute and assign locals, so nothing they did
//! before that point is visible, and the generic copy redoes the statement
//! with Python's full semantics. Leaving the fast copy, by either way,
//! writes the locals it assigned back to their words (the f64 shadow of a
//! float local that has one, `unbox.rs`, else a box).

use super::fast::UNBOXED;
use super::func_cx::{Ctl, FuncCx, LResult, SMALL_SHIFT, SMALL_TAG};
use super::rt_abi::RtFn;
use crate::ast::{BinOp, CmpOp, Expr, ExprKind, FunctionDef, Stmt, StmtKind, UnaryOp};
use crate::resolve::{Binding, ScopeId};
use alrt_abi::value::{SMALL_MAX, SMALL_MIN};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, Block, BlockArg, InstBuilder, MemFlagsData, Value};
use cranelift_frontend::Variable;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The type a local has throughout the fast copy.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Ty {
    /// A small int, held untagged.
    Int,
    /// An exact float, held as an f64.
    Float,
    /// An exact list, held as its word; its items are read as floats.
    List,
}

/// How many times one run of a loop may leave its fast copy for the
/// generic copy before it stays there.
const DEOPT_BUDGET: i64 = 32;

/// Ints up to this magnitude convert to f64 exactly.
const EXACT_F64_INT: i64 = 1 << 53;

/// What a loop body reads and assigns, collected by `scan_*`.
#[derive(Default)]
struct Scan<'e> {
    names: BTreeSet<&'e str>,
    /// `(target, value, op)`: `target = value`, or `target op= value`.
    assigns: Vec<(&'e str, &'e Expr, Option<BinOp>)>,
    compares: Vec<(&'e Expr, &'e Expr)>,
    /// Names subscripted (`b[i]`): lists.
    bases: BTreeSet<&'e str>,
    /// Every expression whose type must be numeric (operands, compared
    /// values, stored values), every index (an int) and every `**`
    /// (floats only), checked once the locals are typed.
    numeric: Vec<&'e Expr>,
    indexes: Vec<&'e Expr>,
    powers: Vec<&'e Expr>,
    /// `//` and `%`: ints only.
    int_ops: Vec<&'e Expr>,
    /// Whether `len(xs)` occurs.
    uses_len: bool,
}

fn arith(op: BinOp) -> bool {
    matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div)
}

/// `len(name)`: the length of a list local (the builtin `len`, which the
/// callers check is not shadowed).
fn len_of(e: &Expr) -> Option<&str> {
    match &e.kind {
        ExprKind::Call {
            func,
            args,
            keywords,
        } if keywords.is_empty() => match (&func.kind, args.as_slice()) {
            (
                ExprKind::Name(f),
                [Expr {
                    kind: ExprKind::Name(n),
                    ..
                }],
            ) if f == "len" => Some(n),
            _ => None,
        },
        _ => None,
    }
}

/// `name[index]` with a name as the subscripted value.
fn item_of(e: &Expr) -> Option<(&str, &Expr)> {
    match &e.kind {
        ExprKind::Subscript { value, index } => match &value.kind {
            ExprKind::Name(n) if !matches!(index.kind, ExprKind::Slice { .. }) => Some((n, index)),
            _ => None,
        },
        _ => None,
    }
}

fn scan_expr<'e>(e: &'e Expr, s: &mut Scan<'e>) -> bool {
    match &e.kind {
        ExprKind::Name(n) => {
            s.names.insert(n);
            true
        }
        ExprKind::Int(lit) => lit
            .to_i64()
            .is_some_and(|i| (SMALL_MIN..=SMALL_MAX).contains(&i)),
        ExprKind::Float(_) => true,
        ExprKind::BinOp { left, op, right } => {
            match op {
                BinOp::Pow => s.powers.push(e),
                BinOp::FloorDiv
                | BinOp::Mod
                | BinOp::BitAnd
                | BinOp::BitOr
                | BinOp::BitXor
                | BinOp::LShift
                | BinOp::RShift => s.int_ops.push(e),
                _ if arith(*op) => {}
                _ => return false,
            }
            s.numeric.push(left);
            s.numeric.push(right);
            scan_expr(left, s) && scan_expr(right, s)
        }
        ExprKind::UnaryOp {
            op: UnaryOp::USub | UnaryOp::UAdd,
            operand,
        } => {
            s.numeric.push(operand);
            scan_expr(operand, s)
        }
        ExprKind::Subscript { .. } => match item_of(e) {
            Some((n, index)) => {
                s.names.insert(n);
                s.bases.insert(n);
                s.indexes.push(index);
                scan_expr(index, s)
            }
            None => false,
        },
        ExprKind::Call { .. } => match len_of(e) {
            Some(n) => {
                s.names.insert(n);
                s.bases.insert(n);
                s.uses_len = true;
                true
            }
            None => false,
        },
        _ => false,
    }
}

/// A condition the fast copy can test: a comparison with one operator
/// and numeric operands, a number's truth, and `and`/`or`/`not` of those.
fn scan_cond<'e>(e: &'e Expr, s: &mut Scan<'e>) -> bool {
    let (left, ops, comparators) = match &e.kind {
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => (left, ops, comparators),
        ExprKind::BoolOp { values, .. } => return values.iter().all(|v| scan_cond(v, s)),
        ExprKind::UnaryOp {
            op: UnaryOp::Not,
            operand,
        } => return scan_cond(operand, s),
        _ => {
            s.numeric.push(e);
            return scan_expr(e, s);
        }
    };
    let ([op], [right]) = (ops.as_slice(), comparators.as_slice()) else {
        return false;
    };
    if matches!(op, CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn) {
        return false;
    }
    s.compares.push((left, right));
    s.numeric.push(left);
    s.numeric.push(right);
    scan_expr(left, s) && scan_expr(right, s)
}

fn scan_stmts<'e>(body: &'e [Stmt], s: &mut Scan<'e>) -> bool {
    body.iter().all(|st| match &st.kind {
        StmtKind::Assign { targets, value } => match targets.as_slice() {
            [Expr {
                kind: ExprKind::Name(n),
                ..
            }] => {
                s.names.insert(n);
                s.assigns.push((n, value, None));
                scan_expr(value, s)
            }
            [target] => match item_of(target) {
                Some(_) => {
                    // An item copied to an item is a word, of any type.
                    if item_of(value).is_none() {
                        s.numeric.push(value);
                    }
                    scan_expr(target, s) && scan_expr(value, s)
                }
                None => false,
            },
            _ => false,
        },
        StmtKind::AugAssign {
            target: Expr {
                kind: ExprKind::Name(n),
                ..
            },
            op,
            value,
        } if arith(*op) => {
            s.names.insert(n);
            s.assigns.push((n, value, Some(*op)));
            s.numeric.push(value);
            scan_expr(value, s)
        }
        StmtKind::AugAssign { target, op, value } if arith(*op) && item_of(target).is_some() => {
            s.numeric.push(value);
            scan_expr(target, s) && scan_expr(value, s)
        }
        StmtKind::If { test, body, orelse } => {
            scan_cond(test, s) && scan_stmts(body, s) && scan_stmts(orelse, s)
        }
        StmtKind::Break | StmtKind::Continue | StmtKind::Pass => true,
        _ => false,
    })
}

/// The type of `e` given the locals' types, `None` while one is unknown.
fn expr_ty(e: &Expr, tys: &BTreeMap<&str, Ty>) -> Option<Ty> {
    match &e.kind {
        ExprKind::Name(n) => tys.get(n.as_str()).copied(),
        ExprKind::Int(_) => Some(Ty::Int),
        ExprKind::Float(_) => Some(Ty::Float),
        ExprKind::BinOp { left, op, right } => bin_ty(*op, expr_ty(left, tys), expr_ty(right, tys)),
        ExprKind::UnaryOp { operand, .. } => expr_ty(operand, tys),
        ExprKind::Subscript { .. } => Some(Ty::Float),
        ExprKind::Call { .. } if len_of(e).is_some() => Some(Ty::Int),
        _ => None,
    }
}

fn bin_ty(op: BinOp, a: Option<Ty>, b: Option<Ty>) -> Option<Ty> {
    match (a?, b?) {
        _ if int_only(op) => Some(Ty::Int),
        _ if matches!(op, BinOp::Div | BinOp::Pow) => Some(Ty::Float),
        (Ty::Int, Ty::Int) => Some(Ty::Int),
        _ => Some(Ty::Float),
    }
}

/// Operators the fast copy applies to ints only.
fn int_only(op: BinOp) -> bool {
    matches!(
        op,
        BinOp::FloorDiv
            | BinOp::Mod
            | BinOp::BitAnd
            | BinOp::BitOr
            | BinOp::BitXor
            | BinOp::LShift
            | BinOp::RShift
    )
}

/// Both operands of binary operation `e` have type `t`.
fn operands_are(e: &Expr, t: Ty, tys: &BTreeMap<&str, Ty>) -> bool {
    match &e.kind {
        ExprKind::BinOp { left, right, .. } => {
            expr_ty(left, tys) == Some(t) && expr_ty(right, tys) == Some(t)
        }
        _ => false,
    }
}

/// An int literal an f64 holds exactly (compared with a float).
fn exact_int_literal(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Int(lit) => lit
            .to_i64()
            .is_some_and(|i| (-EXACT_F64_INT..=EXACT_F64_INT).contains(&i)),
        _ => false,
    }
}

/// A known function whose call a fast copy can compute in place: plain
/// positional parameters, a body of `name = expr` lines and one `return
/// expr`, every expression arithmetic on its parameters and locals.
fn inlinable(f: &FunctionDef) -> Option<(Vec<&str>, &[Stmt])> {
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
fn subst(e: &Expr, env: &HashMap<&str, Expr>) -> Option<Expr> {
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
fn inline_expr<'d>(
    e: &mut Expr,
    defs: &dyn Fn(&str) -> Option<&'d FunctionDef>,
    used: &mut BTreeSet<String>,
) -> bool {
    if len_of(e).is_some() {
        return true;
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

fn inline_stmts<'d>(
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
        _ => true,
    })
}

/// True if `e` holds a call.
fn has_call(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Call { .. } => len_of(e).is_none(),
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

fn stmts_have_call(body: &[Stmt]) -> bool {
    body.iter().any(|st| match &st.kind {
        StmtKind::Assign { value, .. } | StmtKind::AugAssign { value, .. } => has_call(value),
        StmtKind::If { test, body, orelse } => {
            has_call(test) || stmts_have_call(body) || stmts_have_call(orelse)
        }
        _ => false,
    })
}

/// The names an iteration of a loop may read before it assigns them: a
/// `while` test's, and the body's read where they are not assigned on
/// every path from the start of the body (a `for` target is assigned).
fn live_in<'e>(head: Head<'e>, body: &'e [Stmt]) -> BTreeSet<&'e str> {
    let mut live = BTreeSet::new();
    let mut done = BTreeSet::new();
    match head {
        Head::While(test) => reads(test, &done, &mut live),
        Head::Range(var) | Head::Each(var) => {
            done.insert(var);
        }
    }
    flow(body, done, &mut live);
    live
}

/// What starts each iteration of a loop.
#[derive(Clone, Copy)]
pub enum Head<'e> {
    /// `while test:`
    While(&'e Expr),
    /// `for var in range(...)`: `var` is assigned an int.
    Range(&'e str),
    /// `for var in xs` over a list: `var` is assigned its items (floats,
    /// or lists when the body subscripts it).
    Each(&'e str),
}

fn reads<'e>(e: &'e Expr, done: &BTreeSet<&'e str>, live: &mut BTreeSet<&'e str>) {
    match &e.kind {
        ExprKind::Name(n) if !done.contains(n.as_str()) => {
            live.insert(n);
        }
        ExprKind::BinOp { left, right, .. } => {
            reads(left, done, live);
            reads(right, done, live);
        }
        ExprKind::UnaryOp { operand, .. } => reads(operand, done, live),
        ExprKind::Subscript { value, index } => {
            reads(value, done, live);
            reads(index, done, live);
        }
        ExprKind::Compare {
            left, comparators, ..
        } => {
            reads(left, done, live);
            comparators.iter().for_each(|c| reads(c, done, live));
        }
        ExprKind::BoolOp { values, .. } => values.iter().for_each(|v| reads(v, done, live)),
        ExprKind::Call { .. } => {
            if let Some(n) = len_of(e) {
                if !done.contains(n) {
                    live.insert(n);
                }
            }
        }
        _ => {}
    }
}

/// Walks `body` with `done` the names assigned on every path so far; the
/// names assigned on every path reaching its end (`None`: none does).
fn flow<'e>(
    body: &'e [Stmt],
    mut done: BTreeSet<&'e str>,
    live: &mut BTreeSet<&'e str>,
) -> Option<BTreeSet<&'e str>> {
    for s in body {
        match &s.kind {
            StmtKind::Assign { targets, value } => {
                reads(value, &done, live);
                match &targets[0].kind {
                    ExprKind::Name(n) => {
                        done.insert(n);
                    }
                    _ => reads(&targets[0], &done, live),
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                reads(target, &done, live);
                reads(value, &done, live);
                if let ExprKind::Name(n) = &target.kind {
                    done.insert(n);
                }
            }
            StmtKind::If { test, body, orelse } => {
                reads(test, &done, live);
                let a = flow(body, done.clone(), live);
                let b = flow(orelse, done.clone(), live);
                done = match (a, b) {
                    (Some(a), Some(b)) => a.intersection(&b).copied().collect(),
                    (Some(x), None) | (None, Some(x)) => x,
                    (None, None) => return None,
                };
            }
            StmtKind::Break | StmtKind::Continue => return None,
            _ => {}
        }
    }
    Some(done)
}

/// The types a loop's locals have in its fast copy.
#[derive(Debug)]
pub struct Plan {
    pub tys: BTreeMap<String, Ty>,
    /// Whether the loop reads `len(xs)` (the builtin must be `len`).
    pub uses_len: bool,
    /// Floats the loop only reads and only combines with floats: an int
    /// (up to 2**53) is taken too, converted once, as each operation
    /// would convert it.
    pub lenient: BTreeSet<String>,
}

/// The names `body` assigns a computed value (arithmetic), or a copy of
/// such a name: their words may be `UNBOXED` (see `Fast::words`).
fn computed_names(body: &[Stmt]) -> BTreeSet<String> {
    let mut s = Scan::default();
    scan_stmts(body, &mut s);
    let mut out: BTreeSet<String> = BTreeSet::new();
    loop {
        let before = out.len();
        for &(n, e, op) in &s.assigns {
            let copy_of = match &e.kind {
                ExprKind::Name(m) if op.is_none() => Some(m.as_str()),
                _ => None,
            };
            let computed = match copy_of {
                Some(m) => out.contains(m),
                None => op.is_some() || item_of(e).is_none(),
            };
            if computed {
                out.insert(n.to_string());
            }
        }
        if out.len() == before {
            return out;
        }
    }
}

/// How many times `name` occurs in `e`.
fn expr_names(e: &Expr, name: &str) -> usize {
    match &e.kind {
        ExprKind::Name(n) => usize::from(n == name),
        ExprKind::BinOp { left, right, .. } => expr_names(left, name) + expr_names(right, name),
        ExprKind::UnaryOp { operand, .. } => expr_names(operand, name),
        ExprKind::Subscript { value, index } => expr_names(value, name) + expr_names(index, name),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            expr_names(left, name)
                + comparators
                    .iter()
                    .map(|c| expr_names(c, name))
                    .sum::<usize>()
        }
        ExprKind::BoolOp { values, .. } => values.iter().map(|v| expr_names(v, name)).sum(),
        ExprKind::Call { .. } => usize::from(len_of(e) == Some(name)),
        _ => 0,
    }
}

/// How many times `name` occurs in the statements of `body`.
fn body_names(body: &[Stmt], name: &str) -> usize {
    body.iter()
        .map(|st| match &st.kind {
            StmtKind::Assign { targets, value } => {
                expr_names(value, name) + targets.iter().map(|t| expr_names(t, name)).sum::<usize>()
            }
            StmtKind::AugAssign { target, value, .. } => {
                expr_names(target, name) + expr_names(value, name)
            }
            StmtKind::If { test, body, orelse } => {
                expr_names(test, name) + body_names(body, name) + body_names(orelse, name)
            }
            _ => 0,
        })
        .sum()
}

fn head_names(head: Head, name: &str) -> usize {
    match head {
        Head::While(test) => expr_names(test, name),
        Head::Range(v) | Head::Each(v) => usize::from(v == name),
    }
}

/// The operand types `name` is combined with in `e` (arithmetic and
/// comparisons), `None` for a partner of unknown type.
fn partners(e: &Expr, name: &str, tys: &BTreeMap<&str, Ty>, out: &mut Vec<Option<Ty>>) {
    match &e.kind {
        ExprKind::BinOp { left, right, .. } => {
            for (a, b) in [(left, right), (right, left)] {
                if matches!(&a.kind, ExprKind::Name(n) if n == name) {
                    out.push(expr_ty(b, tys));
                }
            }
            partners(left, name, tys, out);
            partners(right, name, tys, out);
        }
        ExprKind::UnaryOp { operand, .. } => partners(operand, name, tys, out),
        _ => {}
    }
}

/// The types of the locals a `while test: body` loop touches, if the
/// fast copy can run it. `is_local` says a name is a plain local of the
/// function; `is_float` that it has an f64 shadow (those are floats). A
/// local the loop assigns gets the type of what it assigns (an int when
/// that depends only on itself); a local it only reads the type of what
/// it is compared with, else a lenient float when it is only combined
/// with floats, else an int.
pub fn plan(
    head: Head,
    body: &[Stmt],
    is_local: &dyn Fn(&str) -> bool,
    is_float: &dyn Fn(&str) -> bool,
) -> Option<Plan> {
    let mut s = Scan::default();
    let head_ok = match head {
        Head::While(test) => scan_cond(test, &mut s),
        Head::Range(var) | Head::Each(var) => {
            s.names.insert(var);
            true
        }
    };
    if !(head_ok && scan_stmts(body, &mut s)) {
        return None;
    }
    if !s.names.iter().all(|n| is_local(n)) {
        return None;
    }
    let mut assigned: BTreeSet<&str> = s.assigns.iter().map(|a| a.0).collect();
    if let Head::Range(var) | Head::Each(var) = head {
        assigned.insert(var);
    }
    let bases = &s.bases;
    let assign_ty = |tys: &BTreeMap<&str, Ty>, n: &str, e: &Expr, op: Option<BinOp>| match op {
        // An item assigned to a name that is subscripted: a list.
        None if bases.contains(n) && item_of(e).is_some() => Some(Ty::List),
        None => expr_ty(e, tys),
        Some(op) => bin_ty(op, tys.get(n).copied(), expr_ty(e, tys)),
    };
    if s.bases.iter().any(|n| is_float(n)) {
        return None;
    }
    let mut tys: BTreeMap<&str, Ty> = s
        .names
        .iter()
        .filter(|n| is_float(n))
        .map(|n| (*n, Ty::Float))
        .chain(s.bases.iter().map(|n| (*n, Ty::List)))
        .collect();
    match head {
        Head::Range(var) => {
            if tys.insert(var, Ty::Int).is_some() {
                return None;
            }
        }
        Head::Each(var) => {
            tys.entry(var).or_insert(Ty::Float);
        }
        Head::While(_) => {}
    }
    let mut lenient = BTreeSet::new();
    // Each round types at least one more name, so this ends.
    loop {
        let mut changed = false;
        for &(n, e, op) in &s.assigns {
            if let (Some(t), false) = (assign_ty(&tys, n, e, op), tys.contains_key(n)) {
                tys.insert(n, t);
                changed = true;
            }
        }
        for &(l, r) in &s.compares {
            for (a, b) in [(l, r), (r, l)] {
                if let (ExprKind::Name(n), Some(t)) = (&a.kind, expr_ty(b, &tys)) {
                    if !assigned.contains(n.as_str()) && !tys.contains_key(n.as_str()) {
                        tys.insert(n, t);
                        changed = true;
                    }
                }
            }
        }
        if changed {
            continue;
        }
        let untyped: Vec<&str> = s
            .names
            .iter()
            .copied()
            .filter(|n| !tys.contains_key(n))
            .collect();
        if untyped.is_empty() {
            break;
        }
        if untyped.iter().any(|n| assigned.contains(n)) {
            for n in untyped.into_iter().filter(|n| assigned.contains(n)) {
                tys.insert(n, Ty::Int);
            }
            continue;
        }
        for n in untyped {
            let mut with = Vec::new();
            for &(_, e, _) in &s.assigns {
                partners(e, n, &tys, &mut with);
            }
            for &(l, r) in &s.compares {
                for (a, b) in [(l, r), (r, l)] {
                    if matches!(&a.kind, ExprKind::Name(x) if x == n) {
                        with.push(expr_ty(b, &tys));
                    }
                    partners(a, n, &tys, &mut with);
                }
            }
            // Every use must be an operand next to a float: a name copied,
            // stored, indexed or tested whole keeps its own type, which an
            // int would not have as a float.
            let uses = body_names(body, n) + head_names(head, n);
            let floats = !with.is_empty()
                && with.len() == uses
                && with.iter().all(|t| *t == Some(Ty::Float));
            tys.insert(n, if floats { Ty::Float } else { Ty::Int });
            if floats {
                lenient.insert(n.to_string());
            }
        }
    }
    for &(n, e, op) in &s.assigns {
        if assign_ty(&tys, n, e, op) != tys.get(n).copied() {
            return None;
        }
    }
    let numeric = |e: &Expr| matches!(expr_ty(e, &tys), Some(Ty::Int | Ty::Float));
    if !s.numeric.iter().all(|e| numeric(e))
        || !s.indexes.iter().all(|e| expr_ty(e, &tys) == Some(Ty::Int))
        || !s.powers.iter().all(|e| operands_are(e, Ty::Float, &tys))
        || !s.int_ops.iter().all(|e| operands_are(e, Ty::Int, &tys))
    {
        return None;
    }
    for &(l, r) in &s.compares {
        let (a, b) = (expr_ty(l, &tys), expr_ty(r, &tys));
        // An int compared with a float: only a literal, converted exactly.
        let mixed_ok = (a == Some(Ty::Int) && exact_int_literal(l))
            || (b == Some(Ty::Int) && exact_int_literal(r));
        if a != b && !mixed_ok {
            return None;
        }
    }
    Some(Plan {
        tys: tys.into_iter().map(|(n, t)| (n.to_string(), t)).collect(),
        uses_len: s.uses_len,
        lenient,
    })
}

/// True if every statement of `body`, nested ones too, has an entry.
fn all_marked(body: &[Stmt], entries: &HashMap<*const Stmt, Block>) -> bool {
    body.iter().all(|s| {
        entries.contains_key(&(s as *const Stmt))
            && match &s.kind {
                StmtKind::If { body, orelse, .. } => {
                    all_marked(body, entries) && all_marked(orelse, entries)
                }
                _ => true,
            }
    })
}

/// A `for` loop over an inline `range` planned for a fast copy
/// (`spec_range_plan`), carried through the generic lowering.
pub struct RangeSpec {
    var: String,
    plan: Plan,
    live: BTreeSet<String>,
    assigned: BTreeSet<String>,
    budget: Variable,
    /// Where the generic copy goes to try the fast copy (instead of its
    /// header): before the first item and after each increment.
    pub try_fast: Block,
    /// The body the fast copy runs when calls were computed in place.
    inlined: Option<Vec<Stmt>>,
    callees: BTreeSet<String>,
}

/// The fast copy's state while it is lowered.
struct Fast {
    scope: ScopeId,
    /// For a range loop: the fast copy's untagged current item, and the
    /// generic copy's tagged counter that must match it when leaving.
    counter: Option<(Variable, Variable)>,
    vars: HashMap<String, (Variable, Ty)>,
    /// The locals the loop assigns (written back when leaving).
    assigned: BTreeSet<String>,
    /// Those it may assign a computed float (the others only copy boxes).
    computed: BTreeSet<String>,
    header: Block,
    exit: Block,
    /// Generic-copy entry of each statement of the body, by address.
    entries: HashMap<*const Stmt, Block>,
    /// The block that writes the locals back and jumps to each target,
    /// filled in at the end.
    deopts: Vec<(Block, Block)>,
    /// For each local the loop assigns, and each float: its word when the
    /// fast copy was entered, `UNBOXED` once the fast copy assigned it a
    /// computed value, or the box it copied (an item, another float
    /// local's word), so what a float local holds keeps its identity and
    /// a local the loop did not assign keeps its state. No int or list
    /// word is ever `UNBOXED`.
    words: HashMap<String, Variable>,
}

impl<'m, 'a, 'f> FuncCx<'m, 'a, 'f> {
    /// Lowers `while test: body` (no `else`) as a generic and a fast copy
    /// if the fast copy can run it; false (nothing lowered) otherwise.
    pub fn spec_while(&mut self, test: &'a Expr, body: &'a [Stmt]) -> LResult<bool> {
        if self.gen.is_some() || self.spec_entries.is_some() {
            return Ok(false);
        }
        let scope = self.scope;
        let is_local = |n: &str| self.spec_variable(n);
        let float_vars = &self.float_vars;
        let is_float = |n: &str| float_vars.contains_key(&(scope, n.to_string()));
        let Some((inlined, callees)) = self.spec_inlined(body) else {
            return Ok(false);
        };
        let fbody: &[Stmt] = inlined.as_deref().unwrap_or(body);
        let Some(Plan {
            tys,
            lenient,
            uses_len,
        }) = plan(Head::While(test), fbody, &is_local, &is_float)
        else {
            return Ok(false);
        };
        if uses_len && !self.is_builtin_name("len") {
            return Ok(false);
        }
        let mut sc = Scan::default();
        scan_stmts(fbody, &mut sc);
        let assigned: BTreeSet<String> = sc.assigns.iter().map(|a| a.0.to_string()).collect();
        let live: BTreeSet<String> = live_in(Head::While(test), fbody)
            .into_iter()
            .map(str::to_string)
            .collect();

        // The generic copy, with an entry block per statement, entered and
        // continued through `latch`, which moves to the fast copy when the
        // locals have their types.
        let g_header = self.b.create_block();
        let g_body = self.b.create_block();
        let g_exit = self.b.create_block();
        let latch = self.b.create_block();
        // Deopts left before the loop stops entering its fast copy (items
        // that are not floats would otherwise leave it every iteration).
        let budget = self.b.declare_var(types::I64);
        let n = self.b.ins().iconst(types::I64, DEOPT_BUDGET);
        self.b.def_var(budget, n);
        self.b.ins().jump(latch, &[]);
        self.b.switch_to_block(g_header);
        self.poll();
        let c = self.cond(test)?;
        self.branch(c, g_body, g_exit);
        self.b.switch_to_block(g_body);
        self.spec_entries = Some(HashMap::new());
        self.ctl.push(Ctl::Loop {
            cont: latch,
            brk: g_exit,
        });
        let lowered = self.stmts(body);
        self.ctl.pop();
        let entries = self.spec_entries.take().unwrap_or_default();
        lowered?;
        self.b.ins().jump(latch, &[]);
        if !all_marked(body, &entries) {
            // Not expected: every statement went through `stmts`. Without
            // the entries the loop stays generic.
            self.b.switch_to_block(latch);
            self.b.ins().jump(g_header, &[]);
            self.b.switch_to_block(g_exit);
            return Ok(true);
        }

        // Into the fast copy when every local an iteration may read before
        // assigning it has its type.
        let mut fast = Fast {
            scope,
            counter: None,
            vars: HashMap::new(),
            assigned,
            computed: computed_names(fbody),
            header: self.b.create_block(),
            exit: self.b.create_block(),
            entries,
            deopts: Vec::new(),
            words: HashMap::new(),
        };
        self.b.switch_to_block(latch);
        let left = self.b.use_var(budget);
        let spent = self
            .b
            .ins()
            .icmp_imm_s(IntCC::SignedLessThanOrEqual, left, 0);
        let guards = self.b.create_block();
        self.b.ins().brif(spent, g_header, &[], guards, &[]);
        self.b.switch_to_block(guards);
        let plan = Plan {
            tys,
            lenient,
            uses_len,
        };
        self.spec_enter(&mut fast, &plan, &live, &callees, g_header);
        self.b.ins().jump(fast.header, &[]);

        // The fast copy.
        self.b.switch_to_block(fast.header);
        let to_generic = self.spec_deopt(&mut fast, g_header);
        self.spec_poll(to_generic);
        let f_body = self.b.create_block();
        let c = self.spec_cond(&mut fast, test, to_generic);
        self.b.ins().brif(c, f_body, &[], fast.exit, &[]);
        self.b.switch_to_block(f_body);
        self.spec_stmts(&mut fast, body, fbody);
        self.b.ins().jump(fast.header, &[]);
        self.b.switch_to_block(fast.exit);
        self.spec_write_back(&fast, scope);
        self.b.ins().jump(g_exit, &[]);
        for (target, d) in std::mem::take(&mut fast.deopts) {
            self.b.switch_to_block(d);
            let left = self.b.use_var(budget);
            let left = self.b.ins().iadd_imm_s(left, -1);
            self.b.def_var(budget, left);
            self.spec_write_back(&fast, scope);
            self.b.ins().jump(target, &[]);
        }
        self.b.switch_to_block(g_exit);
        Ok(true)
    }

    /// Checks the locals an iteration reads before assigning them (a
    /// failed check jumps to `fail`) and sets up the fast copy's variables.
    fn spec_enter(
        &mut self,
        fast: &mut Fast,
        plan: &Plan,
        live: &BTreeSet<String>,
        callees: &BTreeSet<String>,
        fail: Block,
    ) {
        let scope = fast.scope;
        // The names of the functions computed in place still hold what
        // their `def` made (nothing can rebind them inside the loop).
        for name in callees {
            let Some(&g) = self.m.units[self.m.unit].guards.get(name) else {
                self.b.ins().jump(fail, &[]);
                self.start_dead_block();
                continue;
            };
            let slot = self.global_slot(name);
            let base = self.globals_addr();
            let flags = MemFlagsData::trusted();
            let f = self
                .b
                .ins()
                .load(types::I64, flags, base, (slot * 8) as i32);
            let made = self.b.ins().load(types::I64, flags, base, (g * 8) as i32);
            let same = self.b.ins().icmp(IntCC::Equal, f, made);
            let bound = self.b.ins().icmp_imm_s(IntCC::NotEqual, f, 0);
            let ok = self.b.ins().band(same, bound);
            let next = self.b.create_block();
            self.b.ins().brif(ok, next, &[], fail, &[]);
            self.b.switch_to_block(next);
        }
        for (name, ty) in &plan.tys {
            let var = self.b.declare_var(match ty {
                Ty::Int | Ty::List => types::I64,
                Ty::Float => types::F64,
            });
            let shadow = self.float_vars.get(&(scope, name.clone())).copied();
            let v = match (live.contains(name), ty, shadow) {
                (true, _, _) => {
                    self.spec_guard(scope, name, *ty, plan.lenient.contains(name), fail)
                }
                // Assigned before it is read: a value only written back if
                // the fast copy assigns it (a shadow's value is kept).
                (false, Ty::Float, Some(fv)) => self.b.use_var(fv),
                (false, Ty::Float, None) => self.b.ins().f64const(0.0),
                (false, _, _) => self.b.ins().iconst(types::I64, 0),
            };
            self.b.def_var(var, v);
            fast.vars.insert(name.clone(), (var, *ty));
            if fast.assigned.contains(name) || *ty == Ty::Float {
                let word = self.b.declare_var(types::I64);
                let w = self.spec_word(scope, name);
                self.b.def_var(word, w);
                fast.words.insert(name.clone(), word);
            }
        }
    }

    /// The plan of `for var in range(...)` (an inline range) or `for var
    /// in xs` (no `else` either) if its fast copy can run it: the deopt
    /// budget is set here, before the loop.
    pub fn spec_range_plan(&mut self, head: Head<'a>, body: &'a [Stmt]) -> Option<RangeSpec> {
        let (Head::Range(var) | Head::Each(var)) = head else {
            return None;
        };
        if self.gen.is_some() || self.spec_entries.is_some() {
            return None;
        }
        let scope = self.scope;
        let is_local = |n: &str| self.spec_variable(n);
        let float_vars = &self.float_vars;
        let is_float = |n: &str| float_vars.contains_key(&(scope, n.to_string()));
        let (inlined, callees) = self.spec_inlined(body)?;
        let fbody: &[Stmt] = inlined.as_deref().unwrap_or(body);
        let plan = plan(head, fbody, &is_local, &is_float)?;
        if plan.uses_len && !self.is_builtin_name("len") {
            return None;
        }
        let mut sc = Scan::default();
        scan_stmts(fbody, &mut sc);
        let mut assigned: BTreeSet<String> = sc.assigns.iter().map(|a| a.0.to_string()).collect();
        assigned.insert(var.to_string());
        let live = live_in(head, fbody)
            .into_iter()
            .map(str::to_string)
            .collect();
        let budget = self.b.declare_var(types::I64);
        let n = self.b.ins().iconst(types::I64, DEOPT_BUDGET);
        self.b.def_var(budget, n);
        Some(RangeSpec {
            var: var.to_string(),
            plan,
            live,
            assigned,
            budget,
            try_fast: self.b.create_block(),
            inlined,
            callees,
        })
    }

    /// The loop body with the calls a fast copy computes in place
    /// replaced (`inline_expr`), and the functions called; no copy when
    /// there are no calls; `None` when a call cannot be replaced.
    fn spec_inlined(&self, body: &[Stmt]) -> Option<(Option<Vec<Stmt>>, BTreeSet<String>)> {
        if !stmts_have_call(body) {
            return Some((None, BTreeSet::new()));
        }
        let scope = self.scope;
        let res = self.m.res;
        let unit = self.m.unit;
        let ast = &self.m.program.units[unit].ast;
        let guards = &self.m.units[unit].guards;
        let defs = |n: &str| -> Option<&'a FunctionDef> {
            if res.lookup(scope, n).0 != Binding::Global
                || !res.known_functions.contains(n)
                || !guards.contains_key(n)
            {
                return None;
            }
            ast.body.iter().find_map(|st| match &st.kind {
                StmtKind::FunctionDef(f) if f.name.name == n => Some(&**f),
                _ => None,
            })
        };
        let mut copy = body.to_vec();
        let mut used = BTreeSet::new();
        inline_stmts(&mut copy, &defs, &mut used).then_some((Some(copy), used))
    }

    /// Starts recording statement entries for the generic copy of a
    /// planned range loop's body.
    pub fn spec_range_begin(&mut self) {
        self.spec_entries = Some(HashMap::new());
    }

    /// Lowers the fast copy of a planned range loop whose generic copy is
    /// lowered: `header` is the generic header, `exit` the block after the
    /// loop, `cur`/`stop` the generic copy's tagged counter and bound.
    #[allow(clippy::too_many_arguments)]
    pub fn spec_range_fast(
        &mut self,
        spec: RangeSpec,
        body: &'a [Stmt],
        header: Block,
        exit: Block,
        cur: Variable,
        stop: Variable,
        step: i64,
    ) {
        let entries = self.spec_entries.take().unwrap_or_default();
        let scope = self.scope;
        self.b.switch_to_block(spec.try_fast);
        if !all_marked(body, &entries) {
            self.b.ins().jump(header, &[]);
            return;
        }
        let left = self.b.use_var(spec.budget);
        let spent = self
            .b
            .ins()
            .icmp_imm_s(IntCC::SignedLessThanOrEqual, left, 0);
        let guards = self.b.create_block();
        self.b.ins().brif(spent, header, &[], guards, &[]);
        self.b.switch_to_block(guards);
        let c = self.b.declare_var(types::I64);
        let f_header = self.b.create_block();
        let f_latch = self.b.create_block();
        let mut fast = Fast {
            scope,
            counter: Some((c, cur)),
            vars: HashMap::new(),
            assigned: spec.assigned,
            computed: computed_names(spec.inlined.as_deref().unwrap_or(body)),
            header: f_latch,
            exit: self.b.create_block(),
            entries,
            deopts: Vec::new(),
            words: HashMap::new(),
        };
        self.spec_enter(&mut fast, &spec.plan, &spec.live, &spec.callees, header);
        let w = self.b.use_var(cur);
        let c0 = self.b.ins().sshr_imm_u(w, SMALL_SHIFT);
        self.b.def_var(c, c0);
        let w = self.b.use_var(stop);
        let s = self.b.ins().sshr_imm_u(w, SMALL_SHIFT);
        self.b.ins().jump(f_header, &[]);

        self.b.switch_to_block(f_header);
        let to_generic = self.spec_deopt(&mut fast, header);
        self.spec_poll(to_generic);
        let cv = self.b.use_var(c);
        let cc = if step > 0 {
            IntCC::SignedLessThan
        } else {
            IntCC::SignedGreaterThan
        };
        let more = self.b.ins().icmp(cc, cv, s);
        let f_body = self.b.create_block();
        self.b.ins().brif(more, f_body, &[], fast.exit, &[]);
        self.b.switch_to_block(f_body);
        let (jv, _) = fast.vars[spec.var.as_str()];
        let cv = self.b.use_var(c);
        self.b.def_var(jv, cv);
        self.spec_assigned(&fast, &spec.var);
        let fbody: &[Stmt] = spec.inlined.as_deref().unwrap_or(body);
        self.spec_stmts(&mut fast, body, fbody);
        self.b.ins().jump(f_latch, &[]);
        // The next item; past the small ints the loop ends, as the
        // generic copy's tagged counter ends it.
        self.b.switch_to_block(f_latch);
        let cv = self.b.use_var(c);
        let next = self.b.ins().iadd_imm_s(cv, step);
        self.spec_small_or(next, fast.exit);
        self.b.def_var(c, next);
        self.b.ins().jump(f_header, &[]);
        self.b.switch_to_block(fast.exit);
        self.spec_write_back(&fast, scope);
        self.b.ins().jump(exit, &[]);
        for (target, d) in std::mem::take(&mut fast.deopts) {
            self.b.switch_to_block(d);
            let left = self.b.use_var(spec.budget);
            let left = self.b.ins().iadd_imm_s(left, -1);
            self.b.def_var(spec.budget, left);
            self.spec_write_back(&fast, scope);
            self.b.ins().jump(target, &[]);
        }
    }

    /// Lowers the fast copy of a planned `for var in xs` whose generic copy
    /// is lowered, for when `xs` is a list: `seq` holds it and `idx` the
    /// index of its next item (untagged), as the generic copy keeps them.
    pub fn spec_each_fast(
        &mut self,
        spec: RangeSpec,
        body: &'a [Stmt],
        header: Block,
        exit: Block,
        seq: Variable,
        idx: Variable,
    ) {
        let entries = self.spec_entries.take().unwrap_or_default();
        let scope = self.scope;
        self.b.switch_to_block(spec.try_fast);
        if !all_marked(body, &entries) {
            self.b.ins().jump(header, &[]);
            return;
        }
        let left = self.b.use_var(spec.budget);
        let spent = self
            .b
            .ins()
            .icmp_imm_s(IntCC::SignedLessThanOrEqual, left, 0);
        let guards = self.b.create_block();
        self.b.ins().brif(spent, header, &[], guards, &[]);
        self.b.switch_to_block(guards);
        let f_header = self.b.create_block();
        let mut fast = Fast {
            scope,
            counter: None,
            vars: HashMap::new(),
            assigned: spec.assigned,
            computed: computed_names(spec.inlined.as_deref().unwrap_or(body)),
            header: f_header,
            exit: self.b.create_block(),
            entries,
            deopts: Vec::new(),
            words: HashMap::new(),
        };
        self.spec_enter(&mut fast, &spec.plan, &spec.live, &spec.callees, header);
        let l = self.b.use_var(seq);
        self.b.ins().jump(f_header, &[]);

        // Each item: the index advances before the body, as in the
        // generic copy; an item of another type is taken by the generic
        // copy, whose header reads it again.
        self.b.switch_to_block(f_header);
        let to_generic = self.spec_deopt(&mut fast, header);
        self.spec_poll(to_generic);
        let i = self.b.use_var(idx);
        let len = self.list_len(l);
        let more = self.b.ins().icmp(IntCC::SignedLessThan, i, len);
        let load = self.b.create_block();
        self.b.ins().brif(more, load, &[], fast.exit, &[]);
        self.b.switch_to_block(load);
        let w = self.list_item_at(l, i);
        let (xv, ty) = fast.vars[spec.var.as_str()];
        let x = match ty {
            Ty::List => {
                self.spec_list_or(w, to_generic);
                w
            }
            _ => self.spec_float_or(w, to_generic),
        };
        let next = self.b.ins().iadd_imm_s(i, 1);
        self.b.def_var(idx, next);
        self.b.def_var(xv, x);
        self.spec_assigned_word(&fast, &spec.var, w);
        let fbody: &[Stmt] = spec.inlined.as_deref().unwrap_or(body);
        self.spec_stmts(&mut fast, body, fbody);
        self.b.ins().jump(f_header, &[]);
        self.b.switch_to_block(fast.exit);
        self.spec_write_back(&fast, scope);
        self.b.ins().jump(exit, &[]);
        for (target, d) in std::mem::take(&mut fast.deopts) {
            self.b.switch_to_block(d);
            let left = self.b.use_var(spec.budget);
            let left = self.b.ins().iadd_imm_s(left, -1);
            self.b.def_var(spec.budget, left);
            self.spec_write_back(&fast, scope);
            self.b.ins().jump(target, &[]);
        }
    }

    /// The f64 of word `w` when it is an exact float, else a jump to `fail`.
    fn spec_float_or(&mut self, w: Value, fail: Block) -> Value {
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

    /// Records the generic copy's entry block of `s` while a loop's
    /// generic copy is lowered (`spec_while`).
    pub fn spec_mark(&mut self, s: &'a Stmt) {
        if self.spec_entries.is_none() {
            return;
        }
        let blk = self.b.create_block();
        self.b.ins().jump(blk, &[]);
        self.b.switch_to_block(blk);
        if let Some(entries) = self.spec_entries.as_mut() {
            entries.insert(s as *const Stmt, blk);
        }
    }

    /// The unboxed value of local `name` for the fast copy, or a jump to
    /// `fail` when it does not hold a `ty` (with `lenient`, a float also
    /// from an int it holds exactly).
    fn spec_guard(
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
                    self.spec_exact_or(i, fail);
                    let x = self.b.ins().fcvt_from_sint(types::F64, i);
                    self.jump_args(done, &[x]);
                    self.b.switch_to_block(other);
                }
                // Neither a small int nor null (unbound): an object.
                let null = self.b.ins().icmp_imm_s(IntCC::Equal, w, 0);
                let not_obj = self.b.ins().bor(null, tagged);
                let obj = self.b.create_block();
                let float_b = self.b.create_block();
                self.b.ins().brif(not_obj, fail, &[], obj, &[]);
                self.b.switch_to_block(obj);
                let is_float = self.is_exact_type(w, alrt_abi::data::FLOAT_TYPE);
                self.b.ins().brif(is_float, float_b, &[], fail, &[]);
                self.b.switch_to_block(float_b);
                let x = self.b.ins().load(
                    types::F64,
                    MemFlagsData::trusted(),
                    w,
                    alrt_abi::layout::FLOAT_VALUE,
                );
                self.jump_args(done, &[x]);
                self.b.switch_to_block(done);
                f
            }
        }
    }

    /// The word of variable `name`: a local's Cranelift variable, or a
    /// module global's slot (a loop at module level).
    fn spec_word(&mut self, scope: ScopeId, name: &str) -> Value {
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
    fn spec_set_word(&mut self, scope: ScopeId, name: &str, w: Value) {
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
    fn spec_variable(&self, name: &str) -> bool {
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
    fn spec_write_back(&mut self, fast: &Fast, scope: ScopeId) {
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
                        let w = self.materialize(super::fast::Num::maybe_float(w, v));
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
    fn spec_deopt(&mut self, fast: &mut Fast, target: Block) -> Block {
        if let Some(&(_, d)) = fast.deopts.iter().find(|(t, _)| *t == target) {
            return d;
        }
        let d = self.b.create_block();
        self.b.set_cold_block(d);
        fast.deopts.push((target, d));
        d
    }

    /// Records that the fast copy assigned local `name` a computed value.
    fn spec_assigned(&mut self, fast: &Fast, name: &str) {
        let w = self.unboxed_word();
        self.spec_assigned_word(fast, name, w);
    }

    /// Records that the fast copy assigned local `name` the value of word
    /// `w` (a box it copied), or a computed one (`UNBOXED`).
    fn spec_assigned_word(&mut self, fast: &Fast, name: &str, w: Value) {
        if let Some(&word) = fast.words.get(name) {
            self.b.def_var(word, w);
        }
    }

    /// The interrupt check of the fast copy's loop header: when rt asks
    /// (the stack limit word lowered), the generic copy's header polls.
    fn spec_poll(&mut self, to_generic: Block) {
        let sp = self.b.ins().get_stack_pointer(types::I64);
        let lim_addr = self.data_addr(alrt_abi::data::STACK_LIMIT);
        let lim = self
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), lim_addr, 0);
        let low = self.b.ins().icmp(IntCC::UnsignedLessThan, sp, lim);
        let cont = self.b.create_block();
        self.b.ins().brif(low, to_generic, &[], cont, &[]);
        self.b.switch_to_block(cont);
    }

    /// The fast copy of `body`, a copy of `orig` (the same statements, its
    /// calls maybe computed in place) whose statements give the entries.
    fn spec_stmts(&mut self, fast: &mut Fast, orig: &[Stmt], body: &[Stmt]) {
        for (o, s) in orig.iter().zip(body) {
            self.set_line(s.span);
            let entry = fast.entries[&(o as *const Stmt)];
            match &s.kind {
                StmtKind::Assign { targets, value } => {
                    let deopt = self.spec_deopt(fast, entry);
                    let ExprKind::Name(n) = &targets[0].kind else {
                        let v = if item_of(value).is_some() {
                            let addr = self.spec_item_addr(fast, value, deopt);
                            let w = self
                                .b
                                .ins()
                                .load(types::I64, MemFlagsData::trusted(), addr, 0);
                            (w, Ty::List)
                        } else {
                            self.spec_expr(fast, value, deopt)
                        };
                        self.spec_store(fast, &targets[0], v, deopt);
                        continue;
                    };
                    let (var, ty) = fast.vars[n.as_str()];
                    let (v, word) = match (ty, item_of(value), &value.kind) {
                        (Ty::List, Some(_), _) => {
                            let addr = self.spec_item_addr(fast, value, deopt);
                            let item =
                                self.b
                                    .ins()
                                    .load(types::I64, MemFlagsData::trusted(), addr, 0);
                            self.spec_list_or(item, deopt);
                            (item, None)
                        }
                        // A float copied keeps its box.
                        (Ty::Float, Some(_), _) => {
                            let addr = self.spec_item_addr(fast, value, deopt);
                            let item =
                                self.b
                                    .ins()
                                    .load(types::I64, MemFlagsData::trusted(), addr, 0);
                            (self.spec_float_or(item, deopt), Some(item))
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
                StmtKind::Break => self.jump_to(fast.exit),
                StmtKind::Continue => self.jump_to(fast.header),
                _ => {}
            }
        }
    }

    fn spec_cond(&mut self, fast: &mut Fast, e: &Expr, deopt: Block) -> Value {
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
    fn spec_f64(&mut self, (v, ty): (Value, Ty)) -> Value {
        match ty {
            Ty::Int => self.b.ins().fcvt_from_sint(types::F64, v),
            _ => v,
        }
    }

    /// Continues when word `w` is an exact list, else jumps to `fail`.
    fn spec_list_or(&mut self, w: Value, fail: Block) {
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

    /// The address of item `b[i]` (`e`), negative `i` counting from the
    /// end; out of range jumps to `deopt` (the generic copy raises).
    fn spec_item_addr(&mut self, fast: &mut Fast, e: &Expr, deopt: Block) -> Value {
        let Some((base, index)) = item_of(e) else {
            unreachable!("planned items subscript a name")
        };
        let l = self.b.use_var(fast.vars[base].0);
        let (i, _) = self.spec_expr(fast, index, deopt);
        let len = self.list_len(l);
        let plus_len = self.b.ins().iadd(i, len);
        let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, i, 0);
        let i = self.b.ins().select(negative, plus_len, i);
        let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, i, len);
        let ok = self.b.create_block();
        self.b.ins().brif(inside, ok, &[], deopt, &[]);
        self.b.switch_to_block(ok);
        let flags = MemFlagsData::trusted();
        let p = self
            .b
            .ins()
            .load(types::I64, flags, l, alrt_abi::layout::LIST_ITEMS_PTR);
        let off = self.b.ins().ishl_imm_u(i, 3);
        self.b.ins().iadd(p, off)
    }

    /// `target = v` for an item target: the value boxed (a float; a
    /// MemoryError raised after writing the locals back), then stored.
    fn spec_store(&mut self, fast: &mut Fast, target: &Expr, (v, ty): (Value, Ty), deopt: Block) {
        let addr = self.spec_item_addr(fast, target, deopt);
        let w = match ty {
            Ty::Int => {
                let shifted = self.b.ins().ishl_imm_u(v, SMALL_SHIFT);
                self.b.ins().bor_imm_u(shifted, SMALL_TAG)
            }
            // A word as it is (a list, or an item copied).
            Ty::List => v,
            Ty::Float => {
                let w = self.rt(RtFn::ConstFloat, &[v]).expect("returns");
                let failed = self.b.create_block();
                self.b.set_cold_block(failed);
                let ok = self.b.create_block();
                self.b.ins().brif(w, ok, &[], failed, &[]);
                self.b.switch_to_block(failed);
                self.spec_write_back(fast, fast.scope);
                self.raise_pending();
                self.b.switch_to_block(ok);
                w
            }
        };
        self.b.ins().store(MemFlagsData::trusted(), w, addr, 0);
    }

    fn spec_expr(&mut self, fast: &mut Fast, e: &Expr, deopt: Block) -> (Value, Ty) {
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
            ExprKind::Call { .. } => {
                // `len(xs)` of a list local: nothing in the loop resizes it.
                let n = len_of(e).unwrap_or_default();
                let l = self.b.use_var(fast.vars[n].0);
                (self.list_len(l), Ty::Int)
            }
            ExprKind::Subscript { .. } => {
                // Items are floats here (the plan typed them so).
                let addr = self.spec_item_addr(fast, e, deopt);
                let w = self
                    .b
                    .ins()
                    .load(types::I64, MemFlagsData::trusted(), addr, 0);
                (self.spec_float_or(w, deopt), Ty::Float)
            }
            _ => unreachable!("planned loops compute only arithmetic"),
        }
    }

    /// Continues when `r` is in the small-int range, else jumps to `deopt`.
    fn spec_small_or(&mut self, r: Value, deopt: Block) {
        let shifted = self.b.ins().ishl_imm_u(r, SMALL_SHIFT);
        let back = self.b.ins().sshr_imm_u(shifted, SMALL_SHIFT);
        let out = self.b.ins().icmp(IntCC::NotEqual, back, r);
        let ok = self.b.create_block();
        self.b.ins().brif(out, deopt, &[], ok, &[]);
        self.b.switch_to_block(ok);
    }

    /// Continues when `|i| <= 2**53` (exact as an f64), else jumps to `deopt`.
    fn spec_exact_or(&mut self, i: Value, deopt: Block) {
        let shifted = self.b.ins().iadd_imm_s(i, EXACT_F64_INT);
        let out = self
            .b
            .ins()
            .icmp_imm_u(IntCC::UnsignedGreaterThan, shifted, 2 * EXACT_F64_INT);
        let ok = self.b.create_block();
        self.b.ins().brif(out, deopt, &[], ok, &[]);
        self.b.switch_to_block(ok);
    }

    fn spec_binop(&mut self, op: BinOp, a: (Value, Ty), b: (Value, Ty), deopt: Block) -> Value {
        if op == BinOp::Pow {
            // Both floats (the plan checked): rt's `powf` for the cases
            // that cannot raise, the generic copy for the others.
            return self.float_pow(a.0, b.0, deopt);
        }
        if op == BinOp::Div {
            // Python's true division: exact operands, one rounding; a zero
            // divisor raises, which the generic copy does.
            if a.1 == Ty::Int && b.1 == Ty::Int {
                self.spec_exact_or(a.0, deopt);
                self.spec_exact_or(b.0, deopt);
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
}

#[cfg(test)]
mod tests {
    use super::{plan, Ty};

    /// The plan of the first `while` in function `f` of `src`, with
    /// `floats` the locals that have f64 shadows.
    fn plan_of(src: &str, floats: &[&str]) -> Option<super::Plan> {
        let file = crate::span::SourceFile::new("t.al", src);
        let m = crate::parser::parse(&file).expect("parses");
        let crate::ast::StmtKind::FunctionDef(f) = &m.body[0].kind else {
            panic!("a def");
        };
        let (test, body) = f
            .body
            .iter()
            .find_map(|s| match &s.kind {
                crate::ast::StmtKind::While { test, body, .. } => Some((test, body)),
                _ => None,
            })
            .expect("a while loop");
        plan(super::Head::While(test), body, &|_| true, &|n| {
            floats.contains(&n)
        })
    }

    #[test]
    fn the_mandelbrot_loop_is_typed() {
        let src = "def f(cr, ci, n):\n    zr = 0.0\n    zi = 0.0\n    it = 0\n    while it < n:\n        zr2 = zr * zr\n        zi2 = zi * zi\n        if zr2 + zi2 > 4.0:\n            break\n        zi = 2.0 * zr * zi + ci\n        zr = zr2 - zi2 + cr\n        it = it + 1\n    return it\n";
        let p = plan_of(src, &["zr", "zi", "zr2", "zi2"]).expect("planned");
        let floats: Vec<&str> = p
            .tys
            .iter()
            .filter(|(_, t)| **t == Ty::Float)
            .map(|(n, _)| n.as_str())
            .collect();
        // `cr` and `ci` only meet floats: lenient floats.
        assert_eq!(floats, ["ci", "cr", "zi", "zi2", "zr", "zr2"]);
        assert_eq!(p.lenient.iter().collect::<Vec<_>>(), ["ci", "cr"]);
        assert_eq!(p.tys["it"], Ty::Int);
        assert_eq!(p.tys["n"], Ty::Int);
    }

    #[test]
    fn live_in_names_are_those_read_before_assigned() {
        let src = "def f(n):\n    while i < n:\n        a = b + 1\n        if a > 2:\n            c = a\n        else:\n            d = 1\n            break\n        e = c + d\n        i = i + a\n";
        let file = crate::span::SourceFile::new("t.al", src);
        let m = crate::parser::parse(&file).expect("parses");
        let crate::ast::StmtKind::FunctionDef(f) = &m.body[0].kind else {
            panic!("a def");
        };
        let crate::ast::StmtKind::While { test, body, .. } = &f.body[0].kind else {
            panic!("a while");
        };
        let live: Vec<&str> = super::live_in(super::Head::While(test), body)
            .into_iter()
            .collect();
        // `c` is assigned on the only path that reaches `e = c + d`; `d` is not.
        assert_eq!(live, ["b", "d", "i", "n"]);
    }

    #[test]
    fn loops_that_call_are_not_planned() {
        let src = "def f(xs, n):\n    i = 0\n    while i < n:\n        i = i + abs(xs)\n";
        assert!(plan_of(src, &[]).is_none());
        let src = "def f(xs, n):\n    i = 0\n    while i < n:\n        i = i + xs.count(0)\n";
        assert!(plan_of(src, &[]).is_none());
    }

    #[test]
    fn a_local_assigned_both_an_int_and_a_float_is_not_planned() {
        let src = "def f(n):\n    i = 0\n    x = 0\n    while i < n:\n        x = 1\n        x = x / 2\n        i = i + 1\n";
        assert!(plan_of(src, &[]).is_none());
    }

    #[test]
    fn an_int_local_compared_with_a_float_is_not_planned() {
        let src = "def f(n):\n    i = 0\n    while i < 2.5:\n        i = i + 1\n";
        assert!(plan_of(src, &[]).is_none());
    }
}
