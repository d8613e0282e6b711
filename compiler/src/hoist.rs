//! Moves `yield`, `yield from` and `await` out of larger expressions, so
//! that lowering only meets them where nothing is pending: as a statement,
//! as the whole value of an assignment, as `return`'s operand. A generator
//! resumes by a jump into its function with only its variables restored,
//! so a value computed before a suspension and used after it must live in
//! a variable: this pass gives every such value one (`.h0`, `.h1`, ...),
//! keeping CPython's evaluation order.
//!
//! `print(a, (yield b))` becomes `.h0 = print; .h1 = a; .h2 = yield b;
//! .h0(.h1, .h2)`. `and`/`or` and conditional expressions become `if`
//! statements, so a suspension in a branch not taken never happens. Runs
//! on function bodies only (a suspension elsewhere is an error reported by
//! later passes), before name resolution, which sees the new names as
//! ordinary locals. What it cannot rewrite (a suspension in a later
//! operand of a chained comparison, in a `while` test with an `else`, in a
//! second `with` item, in an assignment target) is left for lowering to
//! report as not supported.

use crate::ast::*;
use crate::span::Span;

/// Rewrites every function body of `module`.
pub fn hoist_suspensions(module: &mut Module) {
    let mut h = Hoister { next: 0 };
    h.block(&mut module.body, false);
}

struct Hoister {
    next: usize,
}

impl Hoister {
    fn block(&mut self, body: &mut Vec<Stmt>, in_fn: bool) {
        let old = std::mem::take(body);
        for mut s in old {
            let mut pre = Vec::new();
            if in_fn {
                self.stmt(&mut s, &mut pre);
            }
            self.nested(&mut s, in_fn);
            body.extend(pre);
            body.push(s);
        }
    }

    /// The blocks inside `s` (function bodies start a function context).
    fn nested(&mut self, s: &mut Stmt, in_fn: bool) {
        match &mut s.kind {
            StmtKind::If { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::For { body, orelse, .. } => {
                self.block(body, in_fn);
                self.block(orelse, in_fn);
            }
            StmtKind::FunctionDef(f) => self.block(&mut f.body, true),
            StmtKind::ClassDef(c) => self.block(&mut c.body, false),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.block(body, in_fn);
                for h in handlers {
                    self.block(&mut h.body, in_fn);
                }
                self.block(orelse, in_fn);
                self.block(finalbody, in_fn);
            }
            StmtKind::With { body, .. } => self.block(body, in_fn),
            StmtKind::Match { cases, .. } => {
                for c in cases {
                    self.block(&mut c.body, in_fn);
                }
            }
            _ => {}
        }
    }

    /// Hoists the suspensions of `s`'s own expressions into `pre`.
    fn stmt(&mut self, s: &mut Stmt, pre: &mut Vec<Stmt>) {
        match &mut s.kind {
            StmtKind::Expr(e) | StmtKind::Return(Some(e)) => self.whole(e, pre),
            StmtKind::Assign { value, .. }
            | StmtKind::AnnAssign {
                value: Some(value), ..
            } => self.whole(value, pre),
            StmtKind::AugAssign { target, op, value } if suspends(value) => {
                let span = s.span;
                let op = *op;
                let target = take(target);
                let value = take(value);
                let rewritten = self.aug_assign(target, op, value, span, pre);
                s.kind = rewritten;
            }
            StmtKind::If { test, .. } => self.expr(test, pre),
            StmtKind::For { iter, .. } => self.expr(iter, pre),
            StmtKind::Match { subject, .. } => self.expr(subject, pre),
            StmtKind::With { items, .. } => {
                if let Some(first) = items.first_mut() {
                    self.expr(&mut first.context, pre);
                }
            }
            StmtKind::Raise { exc, cause } => {
                let mut parts: Vec<&mut Expr> = exc.iter_mut().chain(cause.iter_mut()).collect();
                self.seq(&mut parts, pre);
            }
            StmtKind::Assert { test, .. } => self.expr(test, pre),
            StmtKind::While { test, body, orelse } if orelse.is_empty() && suspends(test) => {
                // `while t: b` is `while True: (hoisted t); if not t: break; b`.
                let span = test.span;
                let mut test = take(test);
                let mut inner = Vec::new();
                self.expr(&mut test, &mut inner);
                inner.push(Stmt {
                    kind: StmtKind::If {
                        test: Expr {
                            kind: ExprKind::UnaryOp {
                                op: UnaryOp::Not,
                                operand: Box::new(test),
                            },
                            span,
                        },
                        body: vec![Stmt {
                            kind: StmtKind::Break,
                            span,
                        }],
                        orelse: Vec::new(),
                    },
                    span,
                });
                inner.append(body);
                *body = inner;
                if let StmtKind::While { test, .. } = &mut s.kind {
                    *test = Expr {
                        kind: ExprKind::True,
                        span,
                    };
                }
            }
            _ => {}
        }
    }

    /// An expression whose own value may be a suspension (a statement, an
    /// assignment's value, `return`'s operand): only its operand is hoisted.
    fn whole(&mut self, e: &mut Expr, pre: &mut Vec<Stmt>) {
        match &mut e.kind {
            ExprKind::Yield(Some(v)) | ExprKind::YieldFrom(v) | ExprKind::Await(v) => {
                self.expr(v, pre)
            }
            ExprKind::Yield(None) => {}
            // A comprehension that awaits may be the whole value too.
            ExprKind::ListComp { generators, .. }
            | ExprKind::SetComp { generators, .. }
            | ExprKind::DictComp { generators, .. } => {
                if let Some(g) = generators.first_mut() {
                    self.expr(&mut g.iter, pre);
                }
            }
            _ => self.expr(e, pre),
        }
    }

    /// `target op= value` with a suspension in `value`: the target's parts
    /// and old value are read first, as CPython does.
    fn aug_assign(
        &mut self,
        target: Expr,
        op: BinOp,
        value: Expr,
        span: Span,
        pre: &mut Vec<Stmt>,
    ) -> StmtKind {
        let tspan = target.span;
        // The place, with its object and index held in variables.
        let place = match target.kind {
            ExprKind::Attribute { mut value, attr } => {
                self.spill(&mut value, pre);
                Expr {
                    kind: ExprKind::Attribute { value, attr },
                    span: tspan,
                }
            }
            ExprKind::Subscript {
                mut value,
                mut index,
            } => {
                self.spill(&mut value, pre);
                self.spill(&mut index, pre);
                Expr {
                    kind: ExprKind::Subscript { value, index },
                    span: tspan,
                }
            }
            kind => Expr { kind, span: tspan },
        };
        let old = self.fresh();
        pre.push(assign(&old, place.clone(), tspan));
        let mut value = value;
        self.expr(&mut value, pre);
        pre.push(Stmt {
            kind: StmtKind::AugAssign {
                target: name(&old, tspan),
                op,
                value,
            },
            span,
        });
        StmtKind::Assign {
            targets: vec![place],
            value: name(&old, tspan),
        }
    }

    /// Rewrites `e` so that it contains no suspension: each one becomes an
    /// assignment in `pre`, preceded by the values evaluated before it.
    fn expr(&mut self, e: &mut Expr, pre: &mut Vec<Stmt>) {
        if !suspends(e) {
            return;
        }
        let span = e.span;
        match &mut e.kind {
            ExprKind::Yield(v) => {
                if let Some(v) = v {
                    self.expr(v, pre);
                }
                self.spill(e, pre);
            }
            ExprKind::YieldFrom(v) | ExprKind::Await(v) => {
                self.expr(v, pre);
                self.spill(e, pre);
            }
            ExprKind::BinOp { left, right, .. } => self.seq(&mut [&mut **left, &mut **right], pre),
            ExprKind::UnaryOp { operand, .. } => self.expr(operand, pre),
            ExprKind::NamedExpr { value, .. } => self.expr(value, pre),
            ExprKind::Attribute { value, .. } => self.expr(value, pre),
            ExprKind::Starred(v) => self.expr(v, pre),
            ExprKind::Subscript { value, index } => {
                self.seq(&mut [&mut **value, &mut **index], pre)
            }
            ExprKind::Slice { lower, upper, step } => {
                let mut parts: Vec<&mut Expr> = [lower, upper, step]
                    .into_iter()
                    .flatten()
                    .map(|b| &mut **b)
                    .collect();
                self.seq(&mut parts, pre);
            }
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
                let mut parts: Vec<&mut Expr> = items.iter_mut().collect();
                self.seq(&mut parts, pre);
            }
            ExprKind::Dict { keys, values } => {
                let mut parts: Vec<&mut Expr> = Vec::new();
                for (k, v) in keys.iter_mut().zip(values.iter_mut()) {
                    if let Some(k) = k {
                        parts.push(k);
                    }
                    parts.push(v);
                }
                self.seq(&mut parts, pre);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                let mut parts: Vec<&mut Expr> = vec![&mut **func];
                parts.extend(args.iter_mut());
                parts.extend(keywords.iter_mut().map(|k| &mut k.value));
                self.seq(&mut parts, pre);
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                // Only the first comparison is rewritten: a later operand is
                // evaluated only if the earlier comparisons held.
                if comparators.iter().skip(1).any(suspends) {
                    return;
                }
                if let Some(first) = comparators.first_mut() {
                    self.seq(&mut [&mut **left, first], pre);
                }
            }
            ExprKind::FString(parts) => {
                if parts.iter().any(|p| {
                    matches!(p, FStringPart::Value { spec: Some(s), .. } if s.iter().any(part_suspends))
                }) {
                    return;
                }
                let mut values: Vec<&mut Expr> = parts
                    .iter_mut()
                    .filter_map(|p| match p {
                        FStringPart::Value { value, .. } => Some(&mut **value),
                        FStringPart::Literal(_) => None,
                    })
                    .collect();
                self.seq(&mut values, pre);
            }
            ExprKind::GeneratorExp { generators, .. } => {
                // Only the first iterable runs in this function.
                if let Some(g) = generators.first_mut() {
                    self.expr(&mut g.iter, pre);
                }
            }
            ExprKind::ListComp { generators, .. }
            | ExprKind::SetComp { generators, .. }
            | ExprKind::DictComp { generators, .. } => {
                if let Some(g) = generators.first_mut() {
                    self.expr(&mut g.iter, pre);
                }
                // One that awaits becomes the whole value of an assignment.
                if awaits(e) {
                    self.spill(e, pre);
                }
            }
            ExprKind::BoolOp { op, values } => {
                let op = *op;
                if !values.iter().skip(1).any(suspends) {
                    if let Some(first) = values.first_mut() {
                        self.expr(first, pre);
                    }
                    return;
                }
                let t = self.fresh();
                let mut values = std::mem::take(values).into_iter();
                if let Some(mut first) = values.next() {
                    self.expr(&mut first, pre);
                    pre.push(assign(&t, first, span));
                }
                // Each later operand only if the result so far says so.
                for mut v in values {
                    let mut body = Vec::new();
                    self.expr(&mut v, &mut body);
                    body.push(assign(&t, v, span));
                    let cond = match op {
                        BoolOpKind::And => name(&t, span),
                        BoolOpKind::Or => Expr {
                            kind: ExprKind::UnaryOp {
                                op: UnaryOp::Not,
                                operand: Box::new(name(&t, span)),
                            },
                            span,
                        },
                    };
                    pre.push(Stmt {
                        kind: StmtKind::If {
                            test: cond,
                            body,
                            orelse: Vec::new(),
                        },
                        span,
                    });
                }
                *e = name(&t, span);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test, pre);
                if !suspends(body) && !suspends(orelse) {
                    return;
                }
                let t = self.fresh();
                let mut then_b = Vec::new();
                let mut body = take(body);
                self.expr(&mut body, &mut then_b);
                then_b.push(assign(&t, body, span));
                let mut else_b = Vec::new();
                let mut orelse = take(orelse);
                self.expr(&mut orelse, &mut else_b);
                else_b.push(assign(&t, orelse, span));
                pre.push(Stmt {
                    kind: StmtKind::If {
                        test: take(test),
                        body: then_b,
                        orelse: else_b,
                    },
                    span,
                });
                *e = name(&t, span);
            }
            // Names and literals never suspend; a lambda's suspensions are
            // its own.
            _ => {}
        }
    }

    /// Operands evaluated left to right: every one before the last that
    /// suspends is held in a variable; that one is rewritten; the rest run
    /// after every suspension and stay as they are.
    fn seq(&mut self, parts: &mut [&mut Expr], pre: &mut Vec<Stmt>) {
        let Some(last) = parts.iter().rposition(|p| suspends(p)) else {
            return;
        };
        for (i, p) in parts.iter_mut().enumerate().take(last + 1) {
            self.expr(p, pre);
            if i < last {
                match &mut p.kind {
                    ExprKind::Starred(inner) => self.spill(inner, pre),
                    _ => self.spill(p, pre),
                }
            }
        }
    }

    /// Replaces `e` by a fresh variable assigned its value in `pre`
    /// (constants need no variable).
    fn spill(&mut self, e: &mut Expr, pre: &mut Vec<Stmt>) {
        let constant = matches!(
            e.kind,
            ExprKind::Int(_)
                | ExprKind::Float(_)
                | ExprKind::Str(_)
                | ExprKind::True
                | ExprKind::False
                | ExprKind::None
                | ExprKind::Ellipsis
        );
        let held = matches!(&e.kind, ExprKind::Name(n) if n.starts_with(".h"));
        if constant || held {
            return;
        }
        let t = self.fresh();
        let span = e.span;
        let v = take(e);
        pre.push(assign(&t, v, span));
        *e = name(&t, span);
    }

    fn fresh(&mut self) -> String {
        self.next += 1;
        format!(".h{}", self.next - 1)
    }
}

/// Moves `e` out, leaving a placeholder.
fn take(e: &mut Expr) -> Expr {
    let span = e.span;
    std::mem::replace(
        e,
        Expr {
            kind: ExprKind::None,
            span,
        },
    )
}

fn name(n: &str, span: Span) -> Expr {
    Expr {
        kind: ExprKind::Name(n.to_string()),
        span,
    }
}

fn assign(n: &str, value: Expr, span: Span) -> Stmt {
    Stmt {
        kind: StmtKind::Assign {
            targets: vec![name(n, span)],
            value,
        },
        span,
    }
}

/// Does evaluating `e` in its own function suspend it (a `yield`, `yield
/// from` or `await` outside nested scopes)?
fn suspends(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) | ExprKind::Await(_) => true,
        ExprKind::Lambda { .. } => false,
        ExprKind::GeneratorExp { generators, .. } => {
            generators.first().is_some_and(|g| suspends(&g.iter))
        }
        // A comprehension that awaits suspends as a whole (it runs inline).
        ExprKind::ListComp { generators, .. }
        | ExprKind::SetComp { generators, .. }
        | ExprKind::DictComp { generators, .. } => {
            generators.first().is_some_and(|g| suspends(&g.iter)) || awaits(e)
        }
        ExprKind::BoolOp { values, .. } => values.iter().any(suspends),
        ExprKind::NamedExpr { value, .. } => suspends(value),
        ExprKind::BinOp { left, right, .. } => suspends(left) || suspends(right),
        ExprKind::UnaryOp { operand, .. } => suspends(operand),
        ExprKind::IfExp { test, body, orelse } => {
            suspends(test) || suspends(body) || suspends(orelse)
        }
        ExprKind::Dict { keys, values } => {
            keys.iter().flatten().any(suspends) || values.iter().any(suspends)
        }
        ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
            items.iter().any(suspends)
        }
        ExprKind::Compare {
            left, comparators, ..
        } => suspends(left) || comparators.iter().any(suspends),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            suspends(func)
                || args.iter().any(suspends)
                || keywords.iter().any(|k| suspends(&k.value))
        }
        ExprKind::Attribute { value, .. } | ExprKind::Starred(value) => suspends(value),
        ExprKind::Subscript { value, index } => suspends(value) || suspends(index),
        ExprKind::Slice { lower, upper, step } => [lower, upper, step]
            .into_iter()
            .flatten()
            .any(|b| suspends(b)),
        ExprKind::FString(parts) => parts.iter().any(part_suspends),
        _ => false,
    }
}

/// Does `e` contain an `await` anywhere in its own function, including
/// the comprehensions it runs inline (not lambdas)?
fn awaits(e: &Expr) -> bool {
    let mut found = false;
    each_child(e, &mut |c| found = found || awaits(c));
    found || matches!(e.kind, ExprKind::Await(_))
}

/// Calls `f` on every direct subexpression of `e`, comprehension parts
/// included, except a lambda's body and defaults.
fn each_child<'e>(e: &'e Expr, f: &mut dyn FnMut(&'e Expr)) {
    match &e.kind {
        ExprKind::Yield(Some(v)) | ExprKind::YieldFrom(v) | ExprKind::Await(v) => f(v),
        ExprKind::UnaryOp { operand: v, .. }
        | ExprKind::Attribute { value: v, .. }
        | ExprKind::Starred(v)
        | ExprKind::NamedExpr { value: v, .. } => f(v),
        ExprKind::BinOp { left, right, .. } => {
            f(left);
            f(right);
        }
        ExprKind::Subscript { value, index } => {
            f(value);
            f(index);
        }
        ExprKind::IfExp { test, body, orelse } => {
            f(test);
            f(body);
            f(orelse);
        }
        ExprKind::BoolOp { values: items, .. }
        | ExprKind::List(items)
        | ExprKind::Tuple(items)
        | ExprKind::Set(items) => items.iter().for_each(f),
        ExprKind::Dict { keys, values } => {
            keys.iter().flatten().for_each(&mut *f);
            values.iter().for_each(f);
        }
        ExprKind::Compare {
            left, comparators, ..
        } => {
            f(left);
            comparators.iter().for_each(f);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            f(func);
            args.iter().for_each(&mut *f);
            keywords.iter().for_each(|k| f(&k.value));
        }
        ExprKind::Slice { lower, upper, step } => {
            [lower, upper, step]
                .into_iter()
                .flatten()
                .for_each(|b| f(b));
        }
        ExprKind::FString(parts) => each_part_value(parts, f),
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            comprehension_parts(generators, f);
            f(elt);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            comprehension_parts(generators, f);
            f(key);
            f(value);
        }
        _ => {}
    }
}

fn comprehension_parts<'e>(generators: &'e [Comprehension], f: &mut dyn FnMut(&'e Expr)) {
    for g in generators {
        f(&g.iter);
        f(&g.target);
        g.ifs.iter().for_each(&mut *f);
    }
}

fn each_part_value<'e>(parts: &'e [FStringPart], f: &mut dyn FnMut(&'e Expr)) {
    for p in parts {
        if let FStringPart::Value { value, spec, .. } = p {
            f(value);
            if let Some(spec) = spec {
                each_part_value(spec, f);
            }
        }
    }
}

fn part_suspends(p: &FStringPart) -> bool {
    match p {
        FStringPart::Literal(_) => false,
        FStringPart::Value { value, spec, .. } => {
            suspends(value) || spec.as_ref().is_some_and(|s| s.iter().any(part_suspends))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hoisted(src: &str) -> Vec<Stmt> {
        let file = crate::span::SourceFile::new("t.al", src);
        let mut m = crate::parser::parse(&file).expect("parses");
        hoist_suspensions(&mut m);
        match m.body.remove(0).kind {
            StmtKind::FunctionDef(f) => f.body,
            _ => panic!("not a def"),
        }
    }

    fn assigned(s: &Stmt) -> Option<&str> {
        match &s.kind {
            StmtKind::Assign { targets, .. } => match &targets[0].kind {
                ExprKind::Name(n) => Some(n),
                _ => None,
            },
            _ => None,
        }
    }

    #[test]
    fn call_arguments_before_a_yield_are_held() {
        let body = hoisted("def f():\n    print(a, (yield b), c)\n");
        let names: Vec<_> = body.iter().map(assigned).collect();
        assert_eq!(names, [Some(".h0"), Some(".h1"), Some(".h2"), None]);
    }

    #[test]
    fn whole_yields_are_left_alone() {
        let body = hoisted("def f():\n    x = yield 1\n    yield 2\n    return (yield)\n");
        assert_eq!(body.len(), 3);
    }

    #[test]
    fn a_yield_in_an_or_is_conditional() {
        let body = hoisted("def f():\n    return a or (yield)\n");
        assert!(matches!(body[1].kind, StmtKind::If { .. }));
    }
}
