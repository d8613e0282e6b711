//! Which loops get a fast copy, and the type each of their locals has in
//! it: the scan of a loop's statements, the type inference, and the
//! names an iteration reads before it assigns them.

use super::Ty;
use crate::ast::{BinOp, CmpOp, Expr, ExprKind, Stmt, StmtKind, UnaryOp};
use crate::lower::fast::EXACT_F64_INT;
use alrt_abi::value::{SMALL_MAX, SMALL_MIN};
use std::collections::{BTreeMap, BTreeSet};

/// What a loop body reads and assigns, collected by `scan_*`.
#[derive(Default)]
pub(super) struct Scan<'e> {
    names: BTreeSet<&'e str>,
    /// `(target, value, op)`: `target = value`, or `target op= value`.
    assigns: Vec<(&'e str, &'e Expr, Option<BinOp>)>,
    compares: Vec<(&'e Expr, &'e Expr)>,
    /// Values stored into items (`b[i] = value`, `b[i] op= value`).
    stores: Vec<&'e Expr>,
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
    /// The builtins called (`len`, `abs`, `min`, `max`).
    builtins: BTreeSet<&'static str>,
    /// The arguments of `min`/`max`, which must have one type (the result
    /// is one of them).
    same: Vec<(&'e Expr, &'e Expr)>,
}

pub(super) fn arith(op: BinOp) -> bool {
    matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div)
}

/// `len(name)`: the length of a list local (the builtin `len`, which the
/// callers check is not shadowed).
pub(super) fn len_of(e: &Expr) -> Option<&str> {
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

/// `abs(x)`, `min(a, b)` or `max(a, b)` (the builtins, which the callers
/// check are not shadowed): the name and the arguments.
pub(super) fn numeric_builtin(e: &Expr) -> Option<(&str, &[Expr])> {
    let ExprKind::Call {
        func,
        args,
        keywords,
    } = &e.kind
    else {
        return None;
    };
    let ExprKind::Name(f) = &func.kind else {
        return None;
    };
    match (f.as_str(), args.len()) {
        ("abs", 1) | ("min", 2) | ("max", 2) if keywords.is_empty() => Some((f, args)),
        _ => None,
    }
}

/// `name[index]` with a name as the subscripted value.
pub(super) fn item_of(e: &Expr) -> Option<(&str, &Expr)> {
    match &e.kind {
        ExprKind::Subscript { value, index } => match &value.kind {
            ExprKind::Name(n) if !matches!(index.kind, ExprKind::Slice { .. }) => Some((n, index)),
            _ => None,
        },
        _ => None,
    }
}

pub(super) fn scan_expr<'e>(e: &'e Expr, s: &mut Scan<'e>) -> bool {
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
                _ if int_only(*op) => s.int_ops.push(e),
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
        ExprKind::Call { .. } => match (len_of(e), numeric_builtin(e)) {
            (Some(n), _) => {
                s.names.insert(n);
                s.bases.insert(n);
                s.builtins.insert("len");
                true
            }
            (None, Some((f, args))) => {
                s.builtins.insert(match f {
                    "abs" => "abs",
                    "min" => "min",
                    _ => "max",
                });
                s.numeric.extend(args.iter());
                if args.len() == 2 {
                    s.same.push((&args[0], &args[1]));
                }
                args.iter().all(|a| scan_expr(a, s))
            }
            _ => false,
        },
        _ => false,
    }
}

/// False for `min(a, b)`/`max(a, b)` as a whole value assigned or stored:
/// it is one of the argument objects, which the fast copy does not keep.
fn keeps_identity(value: &Expr) -> bool {
    !matches!(numeric_builtin(value), Some(("min" | "max", _)))
}

/// A condition the fast copy can test: a comparison with one operator
/// and numeric operands, a number's truth, and `and`/`or`/`not` of those.
pub(super) fn scan_cond<'e>(e: &'e Expr, s: &mut Scan<'e>) -> bool {
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

pub(super) fn scan_stmts<'e>(body: &'e [Stmt], s: &mut Scan<'e>) -> bool {
    body.iter().all(|st| match &st.kind {
        StmtKind::Assign { targets, value } => match targets.as_slice() {
            [Expr {
                kind: ExprKind::Name(n),
                ..
            }] => {
                s.names.insert(n);
                s.assigns.push((n, value, None));
                keeps_identity(value) && scan_expr(value, s)
            }
            [target] => match item_of(target) {
                Some(_) => {
                    s.stores.push(value);
                    // An item copied to an item is a word, of any type.
                    if item_of(value).is_none() {
                        s.numeric.push(value);
                    }
                    keeps_identity(value) && scan_expr(target, s) && scan_expr(value, s)
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
            s.stores.push(value);
            s.numeric.push(value);
            scan_expr(target, s) && scan_expr(value, s)
        }
        StmtKind::If { test, body, orelse } => {
            scan_cond(test, s) && scan_stmts(body, s) && scan_stmts(orelse, s)
        }
        // A nested loop runs in the fast copy too (no `else`).
        StmtKind::While { test, body, orelse } if orelse.is_empty() => {
            scan_cond(test, s) && scan_stmts(body, s)
        }
        StmtKind::Break | StmtKind::Continue | StmtKind::Pass => true,
        _ => false,
    })
}

/// The type of `e` given the locals' types, `None` while one is unknown.
pub(super) fn expr_ty(e: &Expr, tys: &BTreeMap<&str, Ty>) -> Option<Ty> {
    match &e.kind {
        ExprKind::Name(n) => tys.get(n.as_str()).copied(),
        ExprKind::Int(_) => Some(Ty::Int),
        ExprKind::Float(_) => Some(Ty::Float),
        ExprKind::BinOp { left, op, right } => bin_ty(*op, expr_ty(left, tys), expr_ty(right, tys)),
        ExprKind::UnaryOp { operand, .. } => expr_ty(operand, tys),
        ExprKind::Subscript { .. } => Some(Ty::Float),
        ExprKind::Call { .. } if len_of(e).is_some() => Some(Ty::Int),
        ExprKind::Call { .. } => match numeric_builtin(e) {
            Some((_, [x])) => expr_ty(x, tys),
            Some((_, [a, b])) => expr_ty(a, tys).filter(|t| expr_ty(b, tys) == Some(*t)),
            _ => None,
        },
        _ => None,
    }
}

pub(super) fn bin_ty(op: BinOp, a: Option<Ty>, b: Option<Ty>) -> Option<Ty> {
    match (a?, b?) {
        _ if int_only(op) => Some(Ty::Int),
        _ if matches!(op, BinOp::Div | BinOp::Pow) => Some(Ty::Float),
        (Ty::Int, Ty::Int) => Some(Ty::Int),
        _ => Some(Ty::Float),
    }
}

/// Operators the fast copy applies to ints only.
pub(super) fn int_only(op: BinOp) -> bool {
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
pub(super) fn operands_are(e: &Expr, t: Ty, tys: &BTreeMap<&str, Ty>) -> bool {
    match &e.kind {
        ExprKind::BinOp { left, right, .. } => {
            expr_ty(left, tys) == Some(t) && expr_ty(right, tys) == Some(t)
        }
        _ => false,
    }
}

/// An int literal an f64 holds exactly (compared with a float).
pub(super) fn exact_int_literal(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Int(lit) => lit
            .to_i64()
            .is_some_and(|i| (-EXACT_F64_INT..=EXACT_F64_INT).contains(&i)),
        _ => false,
    }
}

/// The names an iteration of a loop may read before it assigns them: a
/// `while` test's, and the body's read where they are not assigned on
/// every path from the start of the body (a `for` target is assigned).
pub(super) fn live_in<'e>(head: Head<'e>, body: &'e [Stmt]) -> BTreeSet<&'e str> {
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

pub(super) fn reads<'e>(e: &'e Expr, done: &BTreeSet<&'e str>, live: &mut BTreeSet<&'e str>) {
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
            if let Some((_, args)) = numeric_builtin(e) {
                args.iter().for_each(|a| reads(a, done, live));
            }
        }
        _ => {}
    }
}

/// Walks `body` with `done` the names assigned on every path so far; the
/// names assigned on every path reaching its end (`None`: none does).
pub(super) fn flow<'e>(
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
            // A nested loop may run no iteration: what it assigns is not
            // assigned after it; its `break` and `continue` are its own.
            StmtKind::While { test, body, .. } => {
                reads(test, &done, live);
                flow(body, done.clone(), live);
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
    /// The builtins the loop calls (each must be the builtin).
    pub builtins: BTreeSet<&'static str>,
    /// Floats the loop only reads and only combines with floats: an int
    /// (up to 2**53) is taken too, converted once, as each operation
    /// would convert it.
    pub lenient: BTreeSet<String>,
}

/// The names `body` assigns.
pub(super) fn assigned_names(body: &[Stmt]) -> BTreeSet<String> {
    let mut s = Scan::default();
    scan_stmts(body, &mut s);
    s.assigns.iter().map(|a| a.0.to_string()).collect()
}

/// The names `body` assigns a computed value (arithmetic), an item (a
/// float list's has no box), or a copy of such a name: their words may be
/// `UNBOXED` (see `Fast::words`). `seed` is a `for` loop's variable (an
/// item of the list walked).
pub(super) fn computed_names(body: &[Stmt], seed: Option<&str>) -> BTreeSet<String> {
    let mut s = Scan::default();
    scan_stmts(body, &mut s);
    let mut out: BTreeSet<String> = seed.iter().map(|n| n.to_string()).collect();
    loop {
        let before = out.len();
        for &(n, e, op) in &s.assigns {
            let copy_of = match &e.kind {
                ExprKind::Name(m) if op.is_none() => Some(m.as_str()),
                _ => None,
            };
            let computed = match copy_of {
                Some(m) => out.contains(m),
                None => true,
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
pub(super) fn expr_names(e: &Expr, name: &str) -> usize {
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
        ExprKind::Call { .. } => match numeric_builtin(e) {
            Some((_, args)) => args.iter().map(|a| expr_names(a, name)).sum(),
            None => usize::from(len_of(e) == Some(name)),
        },
        _ => 0,
    }
}

/// How many times `name` occurs in the statements of `body`.
pub(super) fn body_names(body: &[Stmt], name: &str) -> usize {
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
            StmtKind::While { test, body, .. } => expr_names(test, name) + body_names(body, name),
            _ => 0,
        })
        .sum()
}

pub(super) fn head_names(head: Head, name: &str) -> usize {
    match head {
        Head::While(test) => expr_names(test, name),
        Head::Range(v) | Head::Each(v) => usize::from(v == name),
    }
}

/// The operand types `name` is combined with in `e` (arithmetic and
/// comparisons), `None` for a partner of unknown type.
pub(super) fn partners(e: &Expr, name: &str, tys: &BTreeMap<&str, Ty>, out: &mut Vec<Option<Ty>>) {
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
            for e in &s.stores {
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
    if !s
        .same
        .iter()
        .all(|(a, b)| expr_ty(a, &tys).is_some() && expr_ty(a, &tys) == expr_ty(b, &tys))
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
        builtins: s.builtins.clone(),
        lenient,
    })
}

/// A constant index: an int literal, or a negated one.
pub(super) fn const_index(e: &Expr) -> Option<i64> {
    match &e.kind {
        ExprKind::Int(lit) => lit.to_i64(),
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => match &operand.kind {
            ExprKind::Int(lit) => lit.to_i64().map(|i| -i),
            _ => None,
        },
        _ => None,
    }
}

/// The length a list needs for constant index `i` to be inside it.
pub(super) fn len_for(i: i64) -> i64 {
    if i < 0 {
        i.saturating_neg()
    } else {
        i.saturating_add(1)
    }
}

/// The length each list local needs for the constant indices the body's
/// statements use on it outside any `if` (`b[6]` needs 7, `b[-2]` 2),
/// nested loops' bodies included. Where the fast copy gets such a list it
/// checks that length once, so those items are read and stored with no
/// bounds test: nothing in the copy changes a list's length. (Within an
/// `if`, a test may be what keeps an index inside a short list; there each
/// access still checks.)
pub(super) fn min_lens(body: &[Stmt]) -> BTreeMap<String, i64> {
    fn walk(e: &Expr, out: &mut BTreeMap<String, i64>) {
        match &e.kind {
            ExprKind::Subscript { value, index } => {
                if let (ExprKind::Name(n), Some(i)) = (&value.kind, const_index(index)) {
                    let need = out.entry(n.clone()).or_insert(0);
                    *need = (*need).max(len_for(i));
                }
                walk(value, out);
                walk(index, out);
            }
            ExprKind::BinOp { left, right, .. } => {
                walk(left, out);
                walk(right, out);
            }
            ExprKind::UnaryOp { operand, .. } => walk(operand, out),
            ExprKind::Call { args, .. } => args.iter().for_each(|a| walk(a, out)),
            _ => {}
        }
    }
    fn stmts(body: &[Stmt], out: &mut BTreeMap<String, i64>) {
        for st in body {
            match &st.kind {
                StmtKind::Assign { targets, value } => {
                    targets.iter().for_each(|t| walk(t, out));
                    walk(value, out);
                }
                StmtKind::AugAssign { target, value, .. } => {
                    walk(target, out);
                    walk(value, out);
                }
                StmtKind::While { body, .. } => stmts(body, out),
                _ => {}
            }
        }
    }
    let mut out = BTreeMap::new();
    stmts(body, &mut out);
    out
}
