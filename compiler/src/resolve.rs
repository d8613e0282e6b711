//! Name resolution: classifies every name in every scope as local, cell,
//! free, module global or builtin, and finds the module-level functions whose
//! binding never changes ("known bindings", called directly).
//!
//! Comprehensions get their own scope (their targets never leak), but they
//! are lowered inline in the enclosing function, so they own only their
//! targets; every other name they use resolves in the enclosing scope.
//! A generator expression is inline too when its consumer reads it all at
//! once (an unrebound `sum`, `list`, ... or another inline comprehension);
//! every other one becomes a generator function of its own (`.0`, the
//! first iterable's iterator, its one parameter), decided once every
//! scope's assignments are known.

use crate::ast::*;
use crate::diagnostics::Diagnostic;
use crate::span::Span;
use std::collections::{HashMap, HashSet};

/// Builtins that read a generator expression argument all at once, so it
/// can run inline as a loop when the name is never rebound.
const INLINE_CONSUMERS: [&str; 8] = [
    "sum",
    "any",
    "all",
    "list",
    "tuple",
    "set",
    "frozenset",
    "sorted",
];

/// The consumer of a call's sole generator-expression argument when it may
/// run inline: one of `INLINE_CONSUMERS` by name (with keywords only for
/// `sorted`), or `join` of a str literal.
pub fn inline_consumer<'e>(func: &'e Expr, args: &[Expr], keywords: &[Keyword]) -> Option<&'e str> {
    let [Expr {
        kind: ExprKind::GeneratorExp { .. },
        ..
    }] = args
    else {
        return None;
    };
    match &func.kind {
        ExprKind::Name(n) if INLINE_CONSUMERS.contains(&n.as_str()) => {
            let kw_ok =
                keywords.is_empty() || (n == "sorted" && keywords.iter().all(|k| k.arg.is_some()));
            kw_ok.then_some(n.as_str())
        }
        ExprKind::Attribute { value, attr }
            if attr.name == "join"
                && keywords.is_empty()
                && matches!(value.kind, ExprKind::Str(_)) =>
        {
            Some("join")
        }
        _ => None,
    }
}

/// The names an assignment target binds.
fn target_names(t: &Expr, out: &mut Vec<String>) {
    match &t.kind {
        ExprKind::Name(n) => out.push(n.clone()),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            for i in items {
                target_names(i, out);
            }
        }
        ExprKind::Starred(inner) => target_names(inner, out),
        _ => {}
    }
}

/// Index of a scope in `Resolution::scopes`.
pub type ScopeId = usize;

/// What a scope is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Comprehension,
    /// A class body: lowered inline, its names live in the namespace dict.
    Class,
}

/// How a name is stored where it is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Binding {
    /// A local variable of this scope (a Cranelift variable).
    Local,
    /// A local of this scope captured by an inner function (lives in a cell).
    Cell,
    /// A variable of an enclosing function, reached through this function's cells.
    Free,
    /// A module-level name (fixed slot).
    Global,
    /// A name assigned in a class body: an entry of the class namespace.
    ClassNs,
}

/// One scope's names.
#[derive(Debug, Clone)]
pub struct Scope {
    pub kind: ScopeKind,
    pub parent: Option<ScopeId>,
    /// Names bound in this scope and how.
    pub bindings: HashMap<String, Binding>,
    /// Free variables in the order of the function object's cell array.
    pub freevars: Vec<String>,
    pub is_generator: bool,
    /// For a comprehension scope: `<listcomp>`, `<setcomp>`, `<dictcomp>` or
    /// `<genexpr>`, the name its frame has in tracebacks.
    pub comp_name: &'static str,
    /// A generator expression consumed by this builtin (or `join` of a str
    /// literal), which may then run it inline.
    consumer: Option<String>,
    /// A generator expression that is an iterable of this comprehension.
    feeds: Option<ScopeId>,
    /// Names a `:=` inside this comprehension binds in the enclosing function.
    walrus: Vec<(String, Span)>,
    /// Locals of this function that are bound wherever they are read, so
    /// reading them needs no "unbound" check.
    pub always_bound: HashSet<String>,
    /// Where a local is certainly bound: byte ranges of the function's
    /// source (after a top-level assignment, inside a `for` loop's body
    /// for its target, everywhere for a parameter).
    bound_regions: Vec<(String, u32, u32)>,
    /// Locals this function unbinds (`del`, `except ... as`).
    unbinds: HashSet<String>,
    assigned: HashSet<String>,
    /// `assigned` in the order the names were first bound in the source
    /// (a module's slot order, so `globals()` lists names as CPython does).
    bind_order: Vec<String>,
    used: Vec<(String, Span)>,
    globals: HashSet<String>,
    nonlocals: Vec<(String, Span)>,
    params: Vec<String>,
}

impl Scope {
    /// A function's variables in the order CPython's `locals()` lists
    /// them: parameters, then the other locals in the order they are first
    /// bound, then the locals inner functions capture, then the free
    /// variables.
    pub fn locals_order(&self) -> Vec<String> {
        let mut out: Vec<String> = self.params.clone();
        for want in [Binding::Local, Binding::Cell] {
            for n in &self.bind_order {
                if self.bindings.get(n) == Some(&want) && !self.params.contains(n) {
                    out.push(n.clone());
                }
            }
        }
        out.extend(self.freevars.iter().cloned());
        out
    }

    fn new(kind: ScopeKind, parent: Option<ScopeId>) -> Scope {
        Scope {
            kind,
            parent,
            bindings: HashMap::new(),
            freevars: Vec::new(),
            is_generator: false,
            comp_name: "",
            consumer: None,
            feeds: None,
            walrus: Vec::new(),
            always_bound: HashSet::new(),
            bound_regions: Vec::new(),
            unbinds: HashSet::new(),
            assigned: HashSet::new(),
            bind_order: Vec::new(),
            used: Vec::new(),
            globals: HashSet::new(),
            nonlocals: Vec::new(),
            params: Vec::new(),
        }
    }
}

/// The result of resolving a module.
#[derive(Debug, Clone, Default)]
pub struct Resolution {
    pub scopes: Vec<Scope>,
    /// Scope of each function, lambda and comprehension, keyed by its span.
    pub scope_of: HashMap<(u32, u32), ScopeId>,
    /// Module-level names in slot order.
    pub globals: Vec<String>,
    /// Module-level functions whose binding never changes.
    pub known_functions: HashSet<String>,
    /// Names assigned at module level or through `global` (never builtins).
    pub module_assigned: HashSet<String>,
    /// Module-level names bound once, by an unconditional `import`, and
    /// never rebound: each with the span of its `import` alias and whether
    /// it names the last module of the alias (`import a.b as m`) rather
    /// than the first (`import a.b` binds `a`).
    pub module_aliases: HashMap<String, ((u32, u32), bool)>,
    /// Module-level names bound once, by an unconditional `from m import
    /// name`, and never rebound: each with the span of its statement and
    /// the name it imports.
    pub from_aliases: HashMap<String, ((u32, u32), String)>,
    /// Attribute names this module stores or deletes (`o.x = v`,
    /// `o.x += v`, `del o.x`, on any object): with `dynamic_namespace`,
    /// what decides whether another module's binding can change
    /// (`lower::frozen_bindings`).
    pub attr_writes: HashSet<String>,
    /// The module uses a route by which code can write some module's
    /// namespace without naming the attribute in the source: one of
    /// `DYNAMIC_NAMES`, an attribute in `DYNAMIC_ATTRS`, or `getattr`
    /// other than called with a string literal not in `DYNAMIC_ATTRS`.
    pub dynamic_namespace: bool,
}

/// Builtins through which a program can write a module's namespace by a
/// name computed at run time (or reach its dict); a module using any of
/// them, even shadowed or as an attribute (`builtins.setattr`), turns off
/// guard-free calls in the whole program.
pub const DYNAMIC_NAMES: [&str; 9] = [
    "globals",
    "locals",
    "vars",
    "setattr",
    "delattr",
    "exec",
    "eval",
    "__import__",
    "__builtins__",
];

/// Attributes that reach a module's namespace as a dict or its attribute
/// setter (`m.__dict__`, `f.__globals__`, `object.__setattr__`, a frame's
/// `f_globals`).
pub const DYNAMIC_ATTRS: [&str; 6] = [
    "__dict__",
    "__globals__",
    "__setattr__",
    "__delattr__",
    "f_globals",
    "__getattribute__",
];

impl Resolution {
    /// The scope created for the node with span `span`.
    pub fn scope_for(&self, span: Span) -> Option<ScopeId> {
        self.scope_of.get(&(span.start, span.end)).copied()
    }

    /// The scope of the generator expression `e` if it runs inline (as a
    /// loop in the enclosing function) rather than as a generator object.
    pub fn inline_genexp(&self, e: &Expr) -> Option<ScopeId> {
        let ExprKind::GeneratorExp { .. } = e.kind else {
            return None;
        };
        self.scope_for(e.span)
            .filter(|&sc| self.scopes[sc].kind == ScopeKind::Comprehension)
    }

    /// How `name` is reached from scope `sc`: the binding and the scope that
    /// owns it (comprehensions defer to their enclosing scope).
    pub fn lookup(&self, mut sc: ScopeId, name: &str) -> (Binding, ScopeId) {
        // A class body's names are visible to the code directly in it, not
        // to comprehensions nested in it (Python 3 scoping).
        let mut nested = false;
        loop {
            let s = &self.scopes[sc];
            let hidden = nested && s.kind == ScopeKind::Class;
            if let Some(b) = s.bindings.get(name).filter(|_| !hidden) {
                return (*b, sc);
            }
            match (s.kind, s.parent) {
                (ScopeKind::Comprehension | ScopeKind::Class, Some(p)) => {
                    nested |= s.kind == ScopeKind::Comprehension;
                    sc = p;
                }
                _ => return (Binding::Global, sc),
            }
        }
    }

    /// The names scope `sc` keeps in cells (captured by inner functions),
    /// in a stable order.
    pub fn cells_of(&self, sc: ScopeId) -> Vec<String> {
        let mut cells: Vec<String> = self.scopes[sc]
            .bindings
            .iter()
            .filter(|(_, b)| **b == Binding::Cell)
            .map(|(n, _)| n.clone())
            .collect();
        cells.sort();
        cells
    }

    /// Slot index of a module-level name.
    pub fn global_slot(&self, name: &str) -> Option<usize> {
        self.globals.iter().position(|g| g == name)
    }
}

struct Resolver<'a> {
    scopes: Vec<Scope>,
    scope_of: HashMap<(u32, u32), ScopeId>,
    cur: ScopeId,
    errors: Vec<Diagnostic>,
    /// Module-level `def` statements: name -> (count of bindings, unconditional def).
    module_defs: HashMap<String, (usize, bool)>,
    /// Depth of conditional/loop nesting at module level.
    cond_depth: usize,
    /// Names each `from m import *` binds, by the statement's span.
    stars: &'a HashMap<(u32, u32), Vec<String>>,
    /// Unconditional module-level `import` bindings (see `module_aliases`).
    import_binds: HashMap<String, ((u32, u32), bool)>,
    /// Unconditional module-level `from` bindings (see `from_aliases`).
    from_binds: HashMap<String, ((u32, u32), String)>,
    /// See `Resolution::attr_writes` and `dynamic_namespace`.
    attr_writes: HashSet<String>,
    dynamic_namespace: bool,
}

/// The module attributes every module binds before its body runs.
/// In CPython's order of a module's namespace (`globals()` lists them so).
pub const MODULE_DUNDERS: [&str; 4] = ["__name__", "__doc__", "__package__", "__file__"];

/// The builtins whose meaning is the frame they are called from, which
/// the compiler supplies where they are called: they stay builtins even
/// where `exec` may rebind names (and in code compiled by `exec`).
pub const FRAME_BUILTINS: &[&str] = &["globals", "locals", "vars", "dir", "eval", "exec"];

/// Resolves every name of `module`, a program without imports of others.
pub fn resolve(module: &Module) -> Result<Resolution, Vec<Diagnostic>> {
    resolve_module(module, &HashMap::new())
}

/// Resolves every name of `module`; `stars` gives the names each `from m
/// import *` binds, by the statement's span.
pub fn resolve_module(
    module: &Module,
    stars: &HashMap<(u32, u32), Vec<String>>,
) -> Result<Resolution, Vec<Diagnostic>> {
    let mut r = Resolver {
        scopes: vec![Scope::new(ScopeKind::Module, None)],
        scope_of: HashMap::new(),
        cur: 0,
        errors: Vec::new(),
        module_defs: HashMap::new(),
        cond_depth: 0,
        stars,
        import_binds: HashMap::new(),
        from_binds: HashMap::new(),
        attr_writes: HashSet::new(),
        dynamic_namespace: false,
    };
    for name in MODULE_DUNDERS {
        r.bind(name);
    }
    if has_annotations(&module.body) {
        r.bind("__annotations__");
    }
    r.stmts(&module.body);
    r.finish()
}

impl Resolver<'_> {
    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.cur]
    }

    fn bind(&mut self, name: &str) {
        if self.cur == 0 {
            // Any module-level binding other than an unconditional def makes a
            // name unknown; defs are counted in `stmt`.
            self.module_defs
                .entry(name.to_string())
                .and_modify(|e| e.0 += 1)
                .or_insert((1, false));
        }
        self.note_assigned(name);
    }

    fn note_assigned(&mut self, name: &str) {
        if self.scope().assigned.insert(name.to_string()) {
            self.scope().bind_order.push(name.to_string());
        }
    }

    /// CPython's errors for a `global` or `nonlocal` (`what`) declaration
    /// of `name` after the scope used or assigned it.
    fn check_declared_first(&mut self, name: &str, what: &str, span: Span) {
        let sc = &self.scopes[self.cur];
        let msg = if sc.used.iter().any(|(u, _)| u == name) {
            format!("name '{name}' is used prior to {what} declaration")
        } else if sc.assigned.contains(name) {
            format!("name '{name}' is assigned to before {what} declaration")
        } else {
            return;
        };
        self.errors.push(Diagnostic::error(msg, span));
    }

    fn use_name(&mut self, name: &str, span: Span) {
        if DYNAMIC_NAMES.contains(&name) || name == "getattr" {
            self.dynamic_namespace = true;
        }
        // A method using `super` gets the implicit `__class__` cell.
        if name == "super" && self.scopes[self.cur].kind == ScopeKind::Function {
            self.scope().used.push(("__class__".to_string(), span));
        }
        self.scope().used.push((name.to_string(), span));
    }

    fn push(&mut self, kind: ScopeKind, span: Span) -> ScopeId {
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, Some(self.cur)));
        self.scope_of.insert((span.start, span.end), id);
        self.cur = id;
        id
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value);
                if let ExprKind::Name(n) = &target.kind {
                    self.use_name(n, target.span);
                }
                self.target(target);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                if let Some(v) = value {
                    self.expr(v);
                    self.target(target);
                } else if let ExprKind::Name(n) = &target.kind {
                    // `x: int` alone makes x local without binding it.
                    self.note_assigned(n);
                } else {
                    self.target_subexprs(target);
                }
                // Module and class bodies evaluate annotations and keep
                // those of names in `__annotations__`; functions do neither.
                if matches!(self.scope().kind, ScopeKind::Module | ScopeKind::Class) {
                    self.expr(annotation);
                    if matches!(target.kind, ExprKind::Name(_)) {
                        self.use_name("__annotations__", target.span);
                    }
                }
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test);
                self.cond_depth += 1;
                self.stmts(body);
                self.stmts(orelse);
                self.cond_depth -= 1;
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.cond_depth += 1;
                self.stmts(body);
                self.stmts(orelse);
                self.cond_depth -= 1;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(iter);
                self.target(target);
                if let (Some(first), Some(last)) = (body.first(), body.last()) {
                    let (start, end) = (first.span.start, last.span.end);
                    let mut names = Vec::new();
                    target_names(target, &mut names);
                    for n in names {
                        self.scope().bound_regions.push((n, start, end));
                    }
                }
                self.cond_depth += 1;
                self.stmts(body);
                self.stmts(orelse);
                self.cond_depth -= 1;
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d);
                }
                self.params_defaults(&f.params);
                // Annotations are evaluated when the `def` runs, after the
                // defaults (CPython 3.11 without `from __future__`).
                for prm in all_params(&f.params) {
                    if let Some(a) = &prm.annotation {
                        self.expr(a);
                    }
                }
                if let Some(r) = &f.returns {
                    self.expr(r);
                }
                let name = f.name.name.clone();
                let module_level = self.cur == 0;
                let unconditional = self.cond_depth == 0 && f.decorators.is_empty();
                self.bind(&name);
                if module_level && unconditional {
                    if let Some(e) = self.module_defs.get_mut(&name) {
                        if e.0 == 1 {
                            e.1 = true;
                        }
                    }
                }
                self.function(f.span, &f.params, |r| {
                    r.stmts(&f.body);
                    r.top_level_regions(&f.body);
                });
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d);
                }
                for b in &c.bases {
                    self.expr(b);
                }
                for k in &c.keywords {
                    self.expr(&k.value);
                }
                self.bind(&c.name.name);
                let saved = (self.cur, self.cond_depth);
                self.push(ScopeKind::Class, c.span);
                if has_annotations(&c.body) {
                    self.bind("__annotations__");
                }
                self.stmts(&c.body);
                (self.cur, self.cond_depth) = saved;
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::Global(names) => {
                for n in names {
                    self.check_declared_first(&n.name, "global", s.span);
                    if self.cur == 0 {
                        continue;
                    }
                    self.scope().globals.insert(n.name.clone());
                    // A function assigning a global makes the name unknown.
                    self.module_defs
                        .entry(n.name.clone())
                        .and_modify(|e| e.0 += 1)
                        .or_insert((2, false));
                }
            }
            StmtKind::Nonlocal(names) => {
                let before = self.errors.len();
                for n in names {
                    self.check_declared_first(&n.name, "nonlocal", s.span);
                }
                if self.cur == 0 {
                    if self.errors.len() == before {
                        self.errors.push(Diagnostic::error(
                            "nonlocal declaration not allowed at module level",
                            s.span,
                        ));
                    }
                    return;
                }
                for n in names {
                    self.scope().nonlocals.push((n.name.clone(), s.span));
                }
            }
            StmtKind::Del(targets) => {
                for t in targets {
                    let mut names = Vec::new();
                    target_names(t, &mut names);
                    self.scope().unbinds.extend(names);
                    if let ExprKind::Name(n) = &t.kind {
                        self.use_name(n, t.span);
                    }
                    self.target(t);
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e);
                }
                if let Some(c) = cause {
                    self.expr(c);
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.cond_depth += 1;
                self.stmts(body);
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t);
                    }
                    if let Some(n) = &h.name {
                        self.bind(&n.name);
                        self.scope().unbinds.insert(n.name.clone());
                    }
                    self.stmts(&h.body);
                }
                self.stmts(orelse);
                self.stmts(finalbody);
                self.cond_depth -= 1;
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.expr(&it.context);
                    if let Some(v) = &it.vars {
                        self.target(v);
                    }
                }
                self.stmts(body);
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let n = match &a.asname {
                        Some(i) => i.name.clone(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    if self.cur == 0 && self.cond_depth == 0 {
                        self.import_binds
                            .insert(n.clone(), ((a.span.start, a.span.end), a.asname.is_some()));
                    }
                    self.bind(&n);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        let key = (s.span.start, s.span.end);
                        for n in self.stars.get(&key).cloned().unwrap_or_default() {
                            self.bind(&n);
                        }
                        continue;
                    }
                    let n = a.asname.as_ref().map_or(a.name.clone(), |i| i.name.clone());
                    if self.cur == 0 && self.cond_depth == 0 {
                        self.from_binds
                            .insert(n.clone(), ((s.span.start, s.span.end), a.name.clone()));
                    }
                    self.bind(&n);
                }
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                self.cond_depth += 1;
                for c in cases {
                    self.pattern(&c.pattern);
                    if let Some(g) = &c.guard {
                        self.expr(g);
                    }
                    self.stmts(&c.body);
                }
                self.cond_depth -= 1;
            }
        }
    }

    /// A `case` pattern: value patterns, class names and mapping keys are
    /// uses; captures, `*name`, `**name` and `as name` bind.
    fn pattern(&mut self, p: &Pattern) {
        match &p.kind {
            PatternKind::Value(e) => self.expr(e),
            PatternKind::Singleton(_) => {}
            PatternKind::Sequence(items) | PatternKind::Or(items) => {
                for i in items {
                    self.pattern(i);
                }
            }
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                for k in keys {
                    self.expr(k);
                }
                for q in patterns {
                    self.pattern(q);
                }
                if let Some(r) = rest {
                    self.bind(&r.name);
                }
            }
            PatternKind::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                // `case M(__dict__=d)` reads the attribute as `m.__dict__` does.
                if kwd_attrs
                    .iter()
                    .any(|a| DYNAMIC_ATTRS.contains(&a.name.as_str()))
                {
                    self.dynamic_namespace = true;
                }
                self.expr(cls);
                for q in patterns.iter().chain(kwd_patterns) {
                    self.pattern(q);
                }
            }
            PatternKind::Star(name) => {
                if let Some(n) = name {
                    self.bind(&n.name);
                }
            }
            PatternKind::As { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q);
                }
                if let Some(n) = name {
                    self.bind(&n.name);
                }
            }
        }
    }

    fn params_defaults(&mut self, p: &Params) {
        for prm in p.posonly.iter().chain(&p.args).chain(&p.kwonly) {
            if let Some(d) = &prm.default {
                self.expr(d);
            }
        }
    }

    fn function(&mut self, span: Span, params: &Params, body: impl FnOnce(&mut Resolver)) {
        let saved = (self.cur, self.cond_depth);
        self.push(ScopeKind::Function, span);
        self.cond_depth = 0;
        let names: Vec<String> = all_params(params).map(|p| p.name.name.clone()).collect();
        // CPython's symbol table finds a repeated parameter (after parsing).
        if let Some((_, p)) = all_params(params)
            .enumerate()
            .find(|(k, p)| names[..*k].contains(&p.name.name))
        {
            self.errors.push(Diagnostic::error(
                format!(
                    "duplicate argument '{}' in function definition",
                    p.name.name
                ),
                p.name.span,
            ));
        }
        for n in &names {
            self.scope().assigned.insert(n.clone());
            self.scope().bound_regions.push((n.clone(), 0, u32::MAX));
        }
        self.scope().params = names;
        body(self);
        (self.cur, self.cond_depth) = saved;
    }

    /// The regions after each top-level statement of a function body that
    /// binds a name whenever it completes.
    fn top_level_regions(&mut self, body: &[Stmt]) {
        for st in body {
            let mut names = Vec::new();
            match &st.kind {
                StmtKind::Assign { targets, .. } => {
                    for t in targets {
                        target_names(t, &mut names);
                    }
                }
                StmtKind::AnnAssign {
                    target,
                    value: Some(_),
                    ..
                } => target_names(target, &mut names),
                StmtKind::FunctionDef(f) => names.push(f.name.name.clone()),
                StmtKind::ClassDef(c) => names.push(c.name.name.clone()),
                _ => {}
            }
            for n in names {
                self.scope().bound_regions.push((n, st.span.end, u32::MAX));
            }
        }
    }

    fn target(&mut self, t: &Expr) {
        match &t.kind {
            ExprKind::Name(n) => self.bind(n),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i);
                }
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.target_subexprs(t),
        }
    }

    fn target_subexprs(&mut self, t: &Expr) {
        match &t.kind {
            ExprKind::Attribute { value, attr } => {
                self.attr_writes.insert(attr.name.clone());
                self.expr(value)
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value);
                self.expr(index);
            }
            _ => self.expr(t),
        }
    }

    fn comprehension(
        &mut self,
        span: Span,
        name: &'static str,
        gens: &[Comprehension],
        elts: &[&Expr],
    ) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(g) = gens.first() {
            self.expr(&g.iter);
        }
        let saved = self.cur;
        let id = self.push(ScopeKind::Comprehension, span);
        self.scopes[id].comp_name = name;
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            if let ExprKind::GeneratorExp { .. } = g.iter.kind {
                if let Some(&inner) = self.scope_of.get(&(g.iter.span.start, g.iter.span.end)) {
                    self.scopes[inner].feeds = Some(id);
                }
            }
            self.target(&g.target);
            for c in &g.ifs {
                self.expr(c);
            }
        }
        for e in elts {
            self.expr(e);
        }
        self.cur = saved;
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(n) => self.use_name(n, e.span),
            // An attribute named by a string (`__match_args__`, a name
            // passed to a function that reads it) is read as `o.__dict__`.
            ExprKind::Str(s) if DYNAMIC_ATTRS.contains(&s.as_str()) => {
                self.dynamic_namespace = true;
            }
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Imag(_)
            | ExprKind::Str(_)
            | ExprKind::Bytes(_)
            | ExprKind::True
            | ExprKind::False
            | ExprKind::None
            | ExprKind::Ellipsis => {}
            ExprKind::FString(parts) => self.fstring(parts),
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v);
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value);
                if let ExprKind::Name(n) = &target.kind {
                    // `:=` in a comprehension binds in the enclosing function.
                    let saved = self.cur;
                    while self.scopes[self.cur].kind == ScopeKind::Comprehension {
                        self.scopes[self.cur].walrus.push((n.clone(), target.span));
                        self.cur = self.scopes[self.cur].parent.unwrap_or(0);
                    }
                    self.bind(n);
                    self.cur = saved;
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Lambda { params, body } => {
                self.params_defaults(params);
                self.function(e.span, params, |r| r.expr(body));
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k);
                }
                for v in values {
                    self.expr(v);
                }
            }
            ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
                for i in items {
                    self.expr(i);
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e.span, "<listcomp>", generators, &[elt])
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e.span, "<setcomp>", generators, &[elt])
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e.span, "<genexpr>", generators, &[elt])
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e.span, "<dictcomp>", generators, &[key, value]),
            ExprKind::Await(v) => self.expr(v),
            ExprKind::Yield(v) => {
                self.mark_generator(e.span);
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            ExprKind::YieldFrom(v) => {
                self.mark_generator(e.span);
                self.expr(v);
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left);
                for c in comparators {
                    self.expr(c);
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                // `getattr(o, "name")` reads one attribute, as `o.name`
                // does; any other use of `getattr` may read `__dict__`.
                let plain_getattr = matches!(&func.kind, ExprKind::Name(n) if n == "getattr")
                    && keywords.is_empty()
                    && matches!(args.get(1).map(|a| &a.kind),
                        Some(ExprKind::Str(s)) if !DYNAMIC_ATTRS.contains(&s.as_str()));
                let dynamic = self.dynamic_namespace;
                self.expr(func);
                if plain_getattr {
                    self.dynamic_namespace = dynamic;
                }
                for a in args {
                    self.expr(a);
                }
                for k in keywords {
                    self.expr(&k.value);
                }
                if let Some(consumer) = inline_consumer(func, args, keywords) {
                    let sid = self.scope_of.get(&(args[0].span.start, args[0].span.end));
                    if let Some(&sid) = sid {
                        self.scopes[sid].consumer = Some(consumer.to_string());
                    }
                }
            }
            ExprKind::Attribute { value, attr } => {
                let a = attr.name.as_str();
                // `builtins.setattr` is the builtin under another name.
                if DYNAMIC_ATTRS.contains(&a) || DYNAMIC_NAMES.contains(&a) || a == "getattr" {
                    self.dynamic_namespace = true;
                }
                self.expr(value)
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value);
                self.expr(index);
            }
            ExprKind::Starred(v) => self.expr(v),
            ExprKind::Slice { lower, upper, step } => {
                for p in [lower, upper, step].into_iter().flatten() {
                    self.expr(p);
                }
            }
        }
    }

    fn mark_generator(&mut self, span: Span) {
        let sc = &self.scopes[self.cur];
        if sc.kind == ScopeKind::Comprehension {
            let what = match sc.comp_name {
                "<listcomp>" => "list comprehension",
                "<setcomp>" => "set comprehension",
                "<dictcomp>" => "dict comprehension",
                _ => "generator expression",
            };
            self.errors
                .push(Diagnostic::error(format!("'yield' inside {what}"), span));
            return;
        }
        self.scopes[self.cur].is_generator = true;
    }

    fn fstring(&mut self, parts: &[FStringPart]) {
        for p in parts {
            if let FStringPart::Value { value, spec, .. } = p {
                self.expr(value);
                if let Some(s) = spec {
                    self.fstring(s);
                }
            }
        }
    }

    /// Second pass: classify names now that every scope's assignments are known.
    fn finish(mut self) -> Result<Resolution, Vec<Diagnostic>> {
        self.genexps_to_functions();
        let mut module_assigned: HashSet<String> = self.scopes[0].assigned.clone();
        for s in &self.scopes {
            for g in &s.globals {
                if s.assigned.contains(g) {
                    module_assigned.insert(g.clone());
                }
            }
        }
        // Source run by `exec`/`eval` against this module's namespace can
        // rebind any builtin the module names: each then reads its slot,
        // falling back to the builtin while the slot is unbound. (The
        // builtins whose meaning is the calling frame stay builtins.)
        let names = |s: &Scope| s.used.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
        let used: Vec<String> = self.scopes.iter().flat_map(names).collect();
        if used.iter().any(|n| n == "exec" || n == "eval") {
            for n in used {
                let frame = FRAME_BUILTINS.contains(&n.as_str()) || n == "super";
                if alrt_abi::builtins::is_builtin(&n) && !frame {
                    module_assigned.insert(n);
                }
            }
        }
        // Locals first, so free-variable lookups see every scope's locals.
        for id in 0..self.scopes.len() {
            let s = &self.scopes[id];
            let mut b = HashMap::new();
            match s.kind {
                ScopeKind::Module => {
                    for n in &s.assigned {
                        b.insert(n.clone(), Binding::Global);
                    }
                }
                ScopeKind::Class => {
                    for n in &s.assigned {
                        let b_ = if s.globals.contains(n) {
                            Binding::Global
                        } else {
                            Binding::ClassNs
                        };
                        b.insert(n.clone(), b_);
                    }
                    for n in &s.globals {
                        b.insert(n.clone(), Binding::Global);
                    }
                }
                ScopeKind::Function | ScopeKind::Comprehension => {
                    let nonlocal: HashSet<&String> = s.nonlocals.iter().map(|(n, _)| n).collect();
                    for n in &s.assigned {
                        if s.globals.contains(n) {
                            b.insert(n.clone(), Binding::Global);
                        } else if !nonlocal.contains(n) {
                            b.insert(n.clone(), Binding::Local);
                        }
                    }
                    for n in &s.globals {
                        b.insert(n.clone(), Binding::Global);
                    }
                }
            }
            self.scopes[id].bindings = b;
        }
        for id in 0..self.scopes.len() {
            let nonlocals = self.scopes[id].nonlocals.clone();
            for (n, span) in nonlocals {
                if !self.capture(id, &n) {
                    self.errors.push(Diagnostic::error(
                        format!("no binding for nonlocal '{n}' found"),
                        span,
                    ));
                }
            }
            let used = self.scopes[id].used.clone();
            for (n, _) in used {
                if self.scopes[id].bindings.contains_key(&n) {
                    continue;
                }
                // Comprehensions and class bodies are inline: a name they
                // don't own is looked up in the nearest enclosing function,
                // which may have to capture it from further out.
                let mut owner = id;
                let mut bound = false;
                while matches!(
                    self.scopes[owner].kind,
                    ScopeKind::Comprehension | ScopeKind::Class
                ) {
                    if self.scopes[owner].bindings.contains_key(&n) {
                        bound = true;
                        break;
                    }
                    owner = self.scopes[owner].parent.unwrap_or(0);
                }
                if bound
                    || self.scopes[owner].kind != ScopeKind::Function
                    || self.scopes[owner].bindings.contains_key(&n)
                {
                    continue;
                }
                self.capture(owner, &n);
            }
        }
        if !self.errors.is_empty() {
            return Err(self.errors);
        }
        self.find_always_bound();
        let mut globals: Vec<String> = Vec::new();
        let mut seen = HashSet::new();
        // The module's own bindings first, in source order; then names
        // other scopes bind through `global` or only read, sorted.
        for n in &self.scopes[0].bind_order {
            if seen.insert(n.clone()) {
                globals.push(n.clone());
            }
        }
        for s in &self.scopes {
            let names = s
                .assigned
                .iter()
                .filter(|n| s.kind == ScopeKind::Module || s.globals.contains(*n))
                .chain(s.used.iter().map(|(n, _)| n));
            let mut sorted: Vec<&String> = names.collect();
            sorted.sort();
            for n in sorted {
                if seen.insert(n.clone()) {
                    globals.push(n.clone());
                }
            }
        }
        let bound_once = |n: &String| {
            self.module_defs
                .get(n)
                .is_some_and(|(count, _)| *count == 1)
                && !self
                    .scopes
                    .iter()
                    .any(|s| s.globals.contains(n) && s.assigned.contains(n))
        };
        let module_aliases = self
            .import_binds
            .iter()
            .filter(|(n, _)| bound_once(n))
            .map(|(n, v)| (n.clone(), *v))
            .collect();
        let from_aliases = self
            .from_binds
            .iter()
            .filter(|(n, _)| bound_once(n))
            .map(|(n, v)| (n.clone(), v.clone()))
            .collect();
        let known_functions = self
            .module_defs
            .iter()
            .filter(|(_, (count, uncond))| *count == 1 && *uncond)
            .map(|(n, _)| n.clone())
            .collect();
        Ok(Resolution {
            scopes: self.scopes,
            scope_of: self.scope_of,
            globals,
            known_functions,
            module_assigned,
            module_aliases,
            from_aliases,
            attr_writes: self.attr_writes,
            dynamic_namespace: self.dynamic_namespace,
        })
    }

    /// Fills each function's `always_bound`: locals never unbound whose
    /// every read (in the function or the comprehensions run inline in it)
    /// lies in one of their bound regions.
    fn find_always_bound(&mut self) {
        let mut reads: HashMap<ScopeId, Vec<(String, u32)>> = HashMap::new();
        for id in 0..self.scopes.len() {
            // The function whose locals this scope's reads refer to.
            let mut owner = id;
            while self.scopes[owner].kind == ScopeKind::Comprehension {
                owner = self.scopes[owner].parent.unwrap_or(0);
            }
            if self.scopes[owner].kind != ScopeKind::Function {
                continue;
            }
            for (n, span) in &self.scopes[id].used {
                if self.scopes[id].bindings.contains_key(n) && id != owner {
                    continue;
                }
                reads
                    .entry(owner)
                    .or_default()
                    .push((n.clone(), span.start));
            }
        }
        for id in 0..self.scopes.len() {
            let s = &self.scopes[id];
            if s.kind != ScopeKind::Function {
                continue;
            }
            let reads = reads.remove(&id).unwrap_or_default();
            let mut bound = HashSet::new();
            for (n, b) in &s.bindings {
                if *b != Binding::Local || s.unbinds.contains(n) {
                    continue;
                }
                let covered = |at: u32| {
                    s.bound_regions
                        .iter()
                        .any(|(r, start, end)| r == n && *start <= at && at < *end)
                };
                if reads
                    .iter()
                    .filter(|(r, _)| r == n)
                    .all(|(_, at)| covered(*at))
                {
                    bound.insert(n.clone());
                }
            }
            self.scopes[id].always_bound = bound;
        }
    }

    /// Turns every generator expression that is not consumed inline into a
    /// generator function taking its first iterable's iterator as `.0`.
    fn genexps_to_functions(&mut self) {
        let mut inline: HashMap<ScopeId, bool> = HashMap::new();
        let ids: Vec<ScopeId> = (0..self.scopes.len())
            .filter(|&i| self.scopes[i].comp_name == "<genexpr>")
            .collect();
        for &id in &ids {
            if !self.genexp_inline(id, &mut inline) {
                let walrus = std::mem::take(&mut self.scopes[id].walrus);
                // `:=` binds in the nearest enclosing function, or the module.
                let mut owner = self.scopes[id].parent.unwrap_or(0);
                while self.scopes[owner].kind == ScopeKind::Comprehension {
                    owner = self.scopes[owner].parent.unwrap_or(0);
                }
                let s = &mut self.scopes[id];
                s.kind = ScopeKind::Function;
                s.is_generator = true;
                s.assigned.insert(".0".to_string());
                s.params = vec![".0".to_string()];
                for (n, span) in walrus {
                    s.assigned.remove(&n);
                    if owner == 0 {
                        s.globals.insert(n);
                    } else {
                        s.nonlocals.push((n, span));
                    }
                }
            }
        }
    }

    /// Whether the generator expression with scope `id` runs inline: its
    /// consumer is a builtin no code rebinds (or a str literal's `join`),
    /// or it is an iterable of a comprehension that itself runs inline.
    fn genexp_inline(&self, id: ScopeId, memo: &mut HashMap<ScopeId, bool>) -> bool {
        if let Some(&b) = memo.get(&id) {
            return b;
        }
        let s = &self.scopes[id];
        let r = if let Some(c) = &s.consumer {
            c == "join"
                || !self.scopes.iter().any(|sc| {
                    sc.assigned.contains(c)
                        || sc.globals.contains(c)
                        || sc.nonlocals.iter().any(|(n, _)| n == c)
                })
        } else if let Some(outer) = s.feeds {
            self.scopes[outer].comp_name != "<genexpr>" || self.genexp_inline(outer, memo)
        } else {
            false
        };
        memo.insert(id, r);
        r
    }

    /// Makes `name`, used in scope `id` without a local binding, reachable
    /// from an enclosing function scope if one binds it. Returns whether found.
    fn capture(&mut self, id: ScopeId, name: &str) -> bool {
        // Walk outwards; comprehensions are inline, so a name they don't own
        // is looked up in their parent as if used there.
        let mut chain = vec![id];
        let mut cur = self.scopes[id].parent;
        while let Some(p) = cur {
            let s = &self.scopes[p];
            if s.kind == ScopeKind::Module {
                break;
            }
            if s.kind == ScopeKind::Class {
                // Class-level names are invisible to nested functions, except
                // the implicit `__class__` cell that `super()` uses.
                if name == "__class__" {
                    self.scopes[p]
                        .bindings
                        .insert(name.to_string(), Binding::Cell);
                    self.pass_down(&chain, name);
                    return true;
                }
                chain.push(p);
                cur = s.parent;
                continue;
            }
            match s.bindings.get(name) {
                Some(Binding::Local) | Some(Binding::Cell) => {
                    self.scopes[p]
                        .bindings
                        .insert(name.to_string(), Binding::Cell);
                    self.pass_down(&chain, name);
                    return true;
                }
                Some(Binding::Free) => {
                    self.pass_down(&chain, name);
                    return true;
                }
                Some(Binding::Global) | Some(Binding::ClassNs) => return false,
                None => {}
            }
            chain.push(p);
            cur = s.parent;
        }
        false
    }

    /// Every function scope between a cell's owner and its user passes the
    /// cell down through its own cell array: it becomes a free variable there.
    fn pass_down(&mut self, chain: &[ScopeId], name: &str) {
        for &c in chain {
            if self.scopes[c].kind == ScopeKind::Function {
                let sc = &mut self.scopes[c];
                sc.bindings.insert(name.to_string(), Binding::Free);
                if !sc.freevars.iter().any(|f| f == name) {
                    sc.freevars.push(name.to_string());
                }
            }
        }
    }
}

/// Every parameter in binding order: positional-only, positional, `*args`,
/// keyword-only, `**kwargs`.
pub fn all_params(p: &Params) -> impl Iterator<Item = &crate::ast::Param> {
    p.posonly
        .iter()
        .chain(&p.args)
        .chain(&p.vararg)
        .chain(&p.kwonly)
        .chain(&p.kwarg)
}

/// Whether a module or class body holds an annotated assignment (CPython's
/// `find_ann`: into compound statements, not into nested definitions), so
/// that it starts by making its `__annotations__` dict.
pub fn has_annotations(body: &[crate::ast::Stmt]) -> bool {
    body.iter().any(|s| {
        matches!(s.kind, StmtKind::AnnAssign { .. }) || s.blocks().into_iter().any(has_annotations)
    })
}
