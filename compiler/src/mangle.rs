//! Private name mangling: inside a class body (and the functions, lambdas
//! and comprehensions in it), an identifier `__name` that does not end in
//! `__` becomes `_Class__name`, as CPython's compiler rewrites it: names,
//! attributes, parameters, `def`/`class` names, `global`/`nonlocal`, `as`
//! targets and the names patterns bind (not the keywords of a call). The class
//! name loses its leading underscores; a class named only `_` mangles
//! nothing. A nested class mangles with its own name. (`__slots__`
//! entries are strings: rt mangles them when it makes the class.)

use crate::ast::*;

/// Mangles the private names of every class in `module`.
pub fn mangle_module(module: &mut Module) {
    let mut m = Mangler { prefix: None };
    m.stmts(&mut module.body);
}

use alrt_abi::builtins::mangled;

struct Mangler {
    /// The innermost enclosing class's name.
    prefix: Option<String>,
}

impl Mangler {
    fn name(&self, n: &mut String) {
        if let Some(p) = &self.prefix {
            if let Some(m) = mangled(p, n) {
                *n = m;
            }
        }
    }

    fn ident(&self, i: &mut Ident) {
        self.name(&mut i.name);
    }

    fn stmts(&mut self, body: &mut [Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &mut Stmt) {
        match &mut s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.exprs(targets);
                self.expr(value);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target);
                self.expr(value);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                self.expr(target);
                self.expr(annotation);
                if let Some(v) = value {
                    self.expr(v);
                }
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(target);
                self.expr(iter);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::FunctionDef(f) => {
                let own = f.name.name.clone();
                self.ident(&mut f.name);
                if f.name.name != own {
                    f.unmangled = Some(own);
                }
                self.exprs(&mut f.decorators);
                self.params(&mut f.params);
                if let Some(r) = &mut f.returns {
                    self.expr(r);
                }
                self.stmts(&mut f.body);
            }
            StmtKind::ClassDef(c) => {
                let own = c.name.name.clone();
                self.ident(&mut c.name);
                if c.name.name != own {
                    c.unmangled = Some(own.clone());
                }
                self.exprs(&mut c.bases);
                self.keywords(&mut c.keywords);
                self.exprs(&mut c.decorators);
                let saved = self.prefix.replace(own);
                self.stmts(&mut c.body);
                self.prefix = saved;
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                for n in names {
                    self.ident(n);
                }
            }
            StmtKind::Del(targets) => self.exprs(targets),
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Raise { exc, cause } => {
                for e in [exc, cause].into_iter().flatten() {
                    self.expr(e);
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.stmts(body);
                for h in handlers {
                    if let Some(t) = &mut h.typ {
                        self.expr(t);
                    }
                    if let Some(n) = &mut h.name {
                        self.ident(n);
                    }
                    self.stmts(&mut h.body);
                }
                self.stmts(orelse);
                self.stmts(finalbody);
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.expr(&mut item.context);
                    if let Some(v) = &mut item.vars {
                        self.expr(v);
                    }
                }
                self.stmts(body);
            }
            StmtKind::Import(aliases) | StmtKind::ImportFrom { names: aliases, .. } => {
                // Only an `as` name is rewritten: the module path and the
                // imported attribute are looked up as written.
                for a in aliases {
                    if let Some(n) = &mut a.asname {
                        self.ident(n);
                    }
                }
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for c in cases {
                    self.pattern(&mut c.pattern);
                    if let Some(g) = &mut c.guard {
                        self.expr(g);
                    }
                    self.stmts(&mut c.body);
                }
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
    }

    fn params(&mut self, p: &mut Params) {
        let all = p
            .posonly
            .iter_mut()
            .chain(p.args.iter_mut())
            .chain(p.vararg.iter_mut())
            .chain(p.kwonly.iter_mut())
            .chain(p.kwarg.iter_mut());
        for param in all {
            self.name(&mut param.name.name);
            if let Some(a) = &mut param.annotation {
                self.expr(a);
            }
            if let Some(d) = &mut param.default {
                self.expr(d);
            }
        }
    }

    fn keywords(&mut self, keywords: &mut [Keyword]) {
        // `f(__k=1)` passes `__k`: keyword names stay as written.
        for k in keywords {
            self.expr(&mut k.value);
        }
    }

    fn exprs(&mut self, es: &mut [Expr]) {
        for e in es {
            self.expr(e);
        }
    }

    fn comprehensions(&mut self, gens: &mut [Comprehension]) {
        for g in gens {
            self.expr(&mut g.target);
            self.expr(&mut g.iter);
            self.exprs(&mut g.ifs);
        }
    }

    fn fstring(&mut self, parts: &mut [FStringPart]) {
        for p in parts {
            if let FStringPart::Value { value, spec, .. } = p {
                self.expr(value);
                if let Some(spec) = spec {
                    self.fstring(spec);
                }
            }
        }
    }

    fn expr(&mut self, e: &mut Expr) {
        match &mut e.kind {
            ExprKind::Name(n) => self.name(n),
            ExprKind::BoolOp { values, .. } => self.exprs(values),
            ExprKind::NamedExpr { target, value } => {
                self.expr(target);
                self.expr(value);
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Lambda { params, body } => {
                self.params(params);
                self.expr(body);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter_mut().flatten() {
                    self.expr(k);
                }
                self.exprs(values);
            }
            ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
                self.exprs(items)
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.expr(elt);
                self.comprehensions(generators);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.expr(key);
                self.expr(value);
                self.comprehensions(generators);
            }
            ExprKind::Await(v) | ExprKind::YieldFrom(v) | ExprKind::Starred(v) => self.expr(v),
            ExprKind::Yield(v) => {
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left);
                self.exprs(comparators);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func);
                self.exprs(args);
                self.keywords(keywords);
            }
            ExprKind::Attribute { value, attr } => {
                self.expr(value);
                self.ident(attr);
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value);
                self.expr(index);
            }
            ExprKind::Slice { lower, upper, step } => {
                for p in [lower, upper, step].into_iter().flatten() {
                    self.expr(p);
                }
            }
            ExprKind::FString(parts) => self.fstring(parts),
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Imag(_)
            | ExprKind::Str(_)
            | ExprKind::Bytes(_)
            | ExprKind::True
            | ExprKind::False
            | ExprKind::None
            | ExprKind::Ellipsis => {}
        }
    }

    fn pattern(&mut self, p: &mut Pattern) {
        match &mut p.kind {
            PatternKind::Value(e) | PatternKind::Singleton(e) => self.expr(e),
            PatternKind::Sequence(ps) | PatternKind::Or(ps) => {
                for q in ps {
                    self.pattern(q);
                }
            }
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                self.exprs(keys);
                for q in patterns {
                    self.pattern(q);
                }
                if let Some(r) = rest {
                    self.ident(r);
                }
            }
            PatternKind::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.expr(cls);
                for q in patterns.iter_mut().chain(kwd_patterns.iter_mut()) {
                    self.pattern(q);
                }
                for a in kwd_attrs {
                    self.ident(a);
                }
            }
            PatternKind::Star(n) => {
                if let Some(n) = n {
                    self.ident(n);
                }
            }
            PatternKind::As { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q);
                }
                if let Some(n) = name {
                    self.ident(n);
                }
            }
        }
    }
}
