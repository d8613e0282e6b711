//! Finding the modules of a program: every `import` in the main program
//! and in each module it imports (at any depth, in functions and under
//! `try:` too) is looked up next to the main program, then on the `-I`
//! directories, then in the standard library; each module found is parsed
//! and resolved once. The result is the program's module table, with a
//! plan for each import statement saying which modules it loads.

use crate::ast::{Module, Stmt, StmtKind};
use crate::diagnostics::Diagnostic;
use crate::resolve::Resolution;
use crate::span::{SourceFile, Span};
use alrt_abi::layout;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// One module of the program.
pub struct Unit {
    /// The dotted name (`__main__` for the program itself).
    pub name: String,
    /// The source (empty for a native module).
    pub file: SourceFile,
    pub package: bool,
    /// Implemented in rt (`rt/src/stdlib/`).
    pub native: bool,
    pub ast: Module,
    pub res: Resolution,
    /// How each import statement runs, keyed by the span of the `from`
    /// statement or of each `import` alias.
    pub plans: HashMap<(u32, u32), Plan>,
    /// `from __future__ import annotations`: annotations are kept as
    /// their source text, not evaluated (PEP 563).
    pub future_annotations: bool,
    /// Where its submodules are: the package's directory, or None for a
    /// library package (its submodules are library modules).
    dir: Option<PathBuf>,
    /// Part of alc's standard library (its conditional imports of modules
    /// alc lacks are not reported: they are the library's fallbacks).
    lib: bool,
}

impl Unit {
    /// The one unit of code compiled at run time by `eval`/`exec`
    /// (`crate::jit`): no imports planned (they find modules by name).
    pub fn for_exec(file: SourceFile, ast: Module, res: Resolution) -> Unit {
        Unit {
            name: "<string>".into(),
            file,
            package: false,
            native: false,
            ast,
            res,
            plans: HashMap::new(),
            future_annotations: false,
            dir: None,
            lib: false,
        }
    }

    /// True for a module of alc's standard library.
    pub fn is_lib(&self) -> bool {
        self.lib
    }
}

/// A module an import statement names.
#[derive(Clone, Debug)]
pub enum ModRef {
    /// Module `k` of the program's table.
    Unit(usize),
    /// Not found at compile time: `ModuleNotFoundError` when it runs.
    Missing(String),
    /// A relative import that fails when it runs (`layout::IMPORT_ERR_*`).
    Fail(u32),
}

/// What one import runs.
#[derive(Clone, Debug, Default)]
pub struct Plan {
    /// The modules imported in order: `a`, `a.b`, `a.b.c` for `a.b.c`.
    pub chain: Vec<ModRef>,
    /// `from pkg import name` where `pkg.name` is a submodule (also each
    /// submodule named by the `__all__` of `pkg` in `from pkg import *`):
    /// name, module.
    pub subs: Vec<(String, usize)>,
}

/// The program's modules, `units[0]` the main program.
pub struct Program {
    pub units: Vec<Unit>,
    /// Diagnostics by unit: errors stop the compile, warnings do not.
    pub diagnostics: Vec<(usize, Diagnostic)>,
}

impl Program {
    /// True if some diagnostic is an error.
    pub fn failed(&self) -> bool {
        self.diagnostics.iter().any(|(_, d)| !d.warning)
    }
}

struct Loader<'a> {
    units: Vec<Unit>,
    by_name: HashMap<String, usize>,
    roots: Vec<PathBuf>,
    diagnostics: Vec<(usize, Diagnostic)>,
    _include: &'a [PathBuf],
}

/// Loads the program whose main module is `file` (read from `path`),
/// searching `include` after the main program's directory.
pub fn load(path: &Path, file: SourceFile, include: &[PathBuf]) -> Program {
    let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut roots = vec![dir];
    roots.extend(include.iter().cloned());
    let mut l = Loader {
        units: Vec::new(),
        by_name: HashMap::new(),
        roots,
        diagnostics: Vec::new(),
        _include: include,
    };
    l.add_source("__main__".into(), file, false, None, false);
    let mut next = 0;
    while next < l.units.len() {
        l.plan_imports(next);
        next += 1;
    }
    l.resolve_all();
    Program {
        units: l.units,
        diagnostics: l.diagnostics,
    }
}

/// Where a module was found.
enum Found {
    File {
        path: PathBuf,
        package: bool,
    },
    Lib {
        path: &'static str,
        text: &'static str,
        package: bool,
    },
    Native,
}

impl Loader<'_> {
    fn add_source(
        &mut self,
        name: String,
        file: SourceFile,
        package: bool,
        dir: Option<PathBuf>,
        lib: bool,
    ) -> usize {
        let k = self.units.len();
        let ast = match crate::parser::parse(&file) {
            Ok(mut ast) => {
                crate::mangle::mangle_module(&mut ast);
                crate::hoist::hoist_suspensions(&mut ast);
                ast
            }
            Err(ds) => {
                self.diagnostics.extend(ds.into_iter().map(|d| (k, d)));
                Module { body: Vec::new() }
            }
        };
        self.by_name.insert(name.clone(), k);
        let future_annotations = ast.body.iter().any(|s| {
            matches!(&s.kind, StmtKind::ImportFrom { module: Some(m), names, level: 0 }
                if m == "__future__" && names.iter().any(|a| a.name == "annotations"))
        });
        self.units.push(Unit {
            name,
            file,
            package,
            native: false,
            future_annotations,
            ast,
            res: Resolution::default(),
            plans: HashMap::new(),
            lib,
            dir,
        });
        k
    }

    fn add_native(&mut self, name: String) -> usize {
        let k = self.units.len();
        self.by_name.insert(name.clone(), k);
        self.units.push(Unit {
            file: SourceFile::new(String::new(), String::new()),
            name,
            package: false,
            native: true,
            future_annotations: false,
            ast: Module { body: Vec::new() },
            res: Resolution::default(),
            plans: HashMap::new(),
            dir: None,
            lib: true,
        });
        k
    }

    /// Finds every import statement of unit `k` and the modules it needs.
    fn plan_imports(&mut self, k: usize) {
        let body = std::mem::take(&mut self.units[k].ast.body);
        let mut found = Vec::new();
        collect_imports(&body, true, &mut found);
        for (s, top) in found {
            self.plan_statement(k, s, top);
        }
        self.units[k].ast.body = body;
    }

    fn plan_statement(&mut self, k: usize, s: &Stmt, top: bool) {
        match &s.kind {
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let chain = self.chain(k, &a.name, a.span, top);
                    self.units[k].plans.insert(
                        (a.span.start, a.span.end),
                        Plan {
                            chain,
                            ..Plan::default()
                        },
                    );
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                let target = match self.absolute(k, module.as_deref(), *level) {
                    Ok(t) => t,
                    Err(why) => {
                        self.units[k].plans.insert(
                            (s.span.start, s.span.end),
                            Plan {
                                chain: vec![ModRef::Fail(why)],
                                ..Plan::default()
                            },
                        );
                        return;
                    }
                };
                let chain = self.chain(k, &target, s.span, top);
                let mut plan = Plan {
                    chain,
                    ..Plan::default()
                };
                if let Some(ModRef::Unit(m)) = plan.chain.last().cloned() {
                    // The names that may be submodules to import first:
                    // those named, or for `from package import *` those of
                    // the package's `__all__` (when it is a literal), which
                    // CPython imports before binding them.
                    let wanted: Vec<String> = if names.iter().any(|a| a.name == "*") {
                        literal_all(&self.units[m].ast.body).unwrap_or_default()
                    } else {
                        names.iter().map(|a| a.name.clone()).collect()
                    };
                    if self.units[m].package {
                        for name in wanted {
                            let sub = format!("{target}.{name}");
                            if let Some(i) = self.module(&sub) {
                                plan.subs.push((name, i));
                            }
                        }
                    }
                }
                self.units[k].plans.insert((s.span.start, s.span.end), plan);
            }
            _ => {}
        }
    }

    /// The absolute name `from <level dots><module> import` names in unit
    /// `k`, or the ImportError it raises.
    fn absolute(&self, k: usize, module: Option<&str>, level: u32) -> Result<String, u32> {
        if level == 0 {
            return Ok(module.unwrap_or("").to_string());
        }
        let u = &self.units[k];
        let package = if u.package {
            u.name.clone()
        } else if u.name == "__main__" {
            String::new()
        } else {
            u.name
                .rsplit_once('.')
                .map_or(String::new(), |(p, _)| p.to_string())
        };
        if package.is_empty() {
            return Err(layout::IMPORT_ERR_NO_PARENT);
        }
        let parts: Vec<&str> = package.split('.').collect();
        let up = (level - 1) as usize;
        if up >= parts.len() {
            return Err(layout::IMPORT_ERR_BEYOND_TOP);
        }
        let mut base = parts[..parts.len() - up].join(".");
        if let Some(m) = module {
            base.push('.');
            base.push_str(m);
        }
        Ok(base)
    }

    /// The modules `import a.b.c` loads in unit `k`: `a`, `a.b`, `a.b.c`.
    /// A module that is not found is an error for an unconditional import
    /// at module level (`top`), else a warning and a run-time error.
    fn chain(&mut self, k: usize, dotted: &str, span: Span, top: bool) -> Vec<ModRef> {
        let mut chain = Vec::new();
        let mut name = String::new();
        for part in dotted.split('.') {
            if !name.is_empty() {
                name.push('.');
            }
            name.push_str(part);
            match self.module(&name) {
                Some(i) => chain.push(ModRef::Unit(i)),
                None => {
                    self.report_missing(k, &name, span, top);
                    chain.push(ModRef::Missing(name.clone()));
                    break;
                }
            }
        }
        chain
    }

    fn report_missing(&mut self, k: usize, name: &str, span: Span, top: bool) {
        if self.units[k].lib && !top {
            return;
        }
        let top_name = name.split('.').next().unwrap_or(name);
        let cpython_has = CPYTHON_STDLIB.lines().any(|l| l == top_name);
        let message = if cpython_has {
            format!("not supported yet: module '{name}' of the standard library")
        } else {
            format!("no module named '{name}'")
        };
        let d = if top {
            Diagnostic::error(message, span)
        } else {
            Diagnostic::warning(
                format!("{message}; importing it raises ModuleNotFoundError"),
                span,
            )
        };
        let provided = crate::stdlib::public_names().join(", ");
        self.diagnostics.push((
            k,
            d.with_label(format!("alc provides these library modules: {provided}")),
        ));
    }

    /// The unit of module `name` (dotted), loading it if needed.
    fn module(&mut self, name: &str) -> Option<usize> {
        if let Some(&i) = self.by_name.get(name) {
            return Some(i);
        }
        if let Some(i) = self.library_alias(name) {
            return Some(i);
        }
        let found = self.find(name)?;
        Some(match found {
            Found::Native => self.add_native(name.to_string()),
            Found::Lib {
                path,
                text,
                package,
            } => self.add_source(
                name.to_string(),
                SourceFile::new(path, text),
                package,
                None,
                true,
            ),
            Found::File { path, package } => {
                let text = match std::fs::read(&path).map(String::from_utf8) {
                    Ok(Ok(t)) => t,
                    _ => return None,
                };
                let dir = package.then(|| path.parent().map(Path::to_path_buf).unwrap_or_default());
                self.add_source(
                    name.to_string(),
                    SourceFile::new(path.display().to_string(), text),
                    package,
                    dir,
                    false,
                )
            }
        })
    }

    /// `os.path` when `os` is the library's: the module it names
    /// (`posixpath`), registered under both names.
    fn library_alias(&mut self, name: &str) -> Option<usize> {
        let target = crate::stdlib::alias_target(name)?;
        let (parent, _) = name.rsplit_once('.')?;
        let p = *self.by_name.get(parent)?;
        if self.units[p].native || !crate::stdlib::is_library_path(&self.units[p].file.name) {
            return None;
        }
        let i = self.module(target)?;
        self.by_name.insert(name.to_string(), i);
        Some(i)
    }

    /// Looks module `name` up: a top-level name next to the program, on
    /// the `-I` paths, then in the library; a submodule in its package.
    fn find(&mut self, name: &str) -> Option<Found> {
        let native_first = name == "sys" || name == "builtins" || name.starts_with('_');
        if native_first {
            if let Some(crate::stdlib::LibModule::Native) = crate::stdlib::find(name) {
                return Some(Found::Native);
            }
        }
        let (dirs, last) = match name.rsplit_once('.') {
            None => (self.roots.clone(), name),
            Some((parent, last)) => {
                let p = *self.by_name.get(parent)?;
                match &self.units[p].dir {
                    Some(d) => (vec![d.clone()], last),
                    None => (Vec::new(), last),
                }
            }
        };
        for d in dirs {
            if let Some(f) = self.find_in(&d, last) {
                return Some(f);
            }
        }
        let lib_ok = match name.rsplit_once('.') {
            None => true,
            Some((parent, _)) => self
                .by_name
                .get(parent)
                .is_some_and(|&p| self.units[p].dir.is_none()),
        };
        if !lib_ok {
            return None;
        }
        match crate::stdlib::find(name)? {
            crate::stdlib::LibModule::Native => Some(Found::Native),
            crate::stdlib::LibModule::Source {
                path,
                text,
                package,
            } => Some(Found::Lib {
                path,
                text,
                package,
            }),
        }
    }

    /// Module `last` in directory `d`: a package (`last/__init__.al` or
    /// `.py`) first, as CPython looks, then `last.al` or `last.py`.
    fn find_in(&mut self, d: &Path, last: &str) -> Option<Found> {
        let pkg = d.join(last);
        if pkg.is_dir() {
            if let Some(p) = self.pick(&pkg.join("__init__.al"), &pkg.join("__init__.py")) {
                return Some(Found::File {
                    path: p,
                    package: true,
                });
            }
        }
        let p = self.pick(&d.join(format!("{last}.al")), &d.join(format!("{last}.py")))?;
        Some(Found::File {
            path: p,
            package: false,
        })
    }

    /// `al` if it exists (with a warning when `py` exists too), else `py`.
    fn pick(&mut self, al: &Path, py: &Path) -> Option<PathBuf> {
        match (al.is_file(), py.is_file()) {
            (true, both) => {
                if both {
                    self.diagnostics.push((
                        0,
                        Diagnostic::warning(
                            format!(
                                "both {} and {} exist; using {}",
                                al.display(),
                                py.display(),
                                al.display()
                            ),
                            Span::default(),
                        ),
                    ));
                }
                Some(al.to_path_buf())
            }
            (false, true) => Some(py.to_path_buf()),
            (false, false) => None,
        }
    }

    /// Resolves every source unit, exporters of `from m import *` before
    /// their importers.
    fn resolve_all(&mut self) {
        let mut state = vec![0u8; self.units.len()];
        for k in 0..self.units.len() {
            self.resolve_unit(k, &mut state);
        }
    }

    fn resolve_unit(&mut self, k: usize, state: &mut Vec<u8>) {
        if state[k] != 0 || self.units[k].native {
            return;
        }
        state[k] = 1;
        // The names each star import binds.
        let mut stars: HashMap<(u32, u32), Vec<String>> = HashMap::new();
        let keys: Vec<(u32, u32)> = self.units[k].plans.keys().copied().collect();
        for key in keys {
            let plan = &self.units[k].plans[&key];
            let is_star = self.star_statement(k, key);
            if !is_star {
                continue;
            }
            let Some(ModRef::Unit(m)) = plan.chain.last().cloned() else {
                continue;
            };
            self.resolve_unit(m, state);
            stars.insert(key, self.public_names(m));
        }
        let u = &self.units[k];
        match crate::resolve::resolve_module(&u.ast, &stars) {
            Ok(res) => self.units[k].res = res,
            Err(ds) => self.diagnostics.extend(ds.into_iter().map(|d| (k, d))),
        }
        state[k] = 2;
    }

    /// True if the statement with span `key` in unit `k` is `from m import *`.
    fn star_statement(&self, k: usize, key: (u32, u32)) -> bool {
        let mut found = false;
        visit_stmts(&self.units[k].ast.body, &mut |s| {
            if (s.span.start, s.span.end) == key {
                if let StmtKind::ImportFrom { names, .. } = &s.kind {
                    found |= names.iter().any(|a| a.name == "*");
                }
            }
        });
        found
    }

    /// What `from m import *` binds from unit `m`, as far as the compiler
    /// can tell (rt binds what `__all__` or the module's namespace holds
    /// when it runs; these names only keep builtins they shadow from being
    /// called directly): `__all__` when it is a list or tuple of string
    /// literals, else the public module-level names.
    fn public_names(&self, m: usize) -> Vec<String> {
        let u = &self.units[m];
        if u.native {
            return alrt_abi::stdlib::names(&u.name)
                .unwrap_or(&[])
                .iter()
                .filter(|n| !n.starts_with('_'))
                .map(|n| n.to_string())
                .collect();
        }
        if let Some(all) = literal_all(&u.ast.body) {
            return all;
        }
        let mut names: Vec<String> = u
            .res
            .module_assigned
            .iter()
            .filter(|n| !n.starts_with('_'))
            .cloned()
            .collect();
        names.sort();
        names
    }
}

/// CPython 3.11's standard-library module names (`sys.stdlib_module_names`,
/// written by `scripts/gen_stdlib_names.py`).
const CPYTHON_STDLIB: &str = include_str!("../data/cpython_stdlib_modules.txt");

/// The import statements in `body` at any depth, each with whether it is
/// an unconditional statement of the module body.
fn collect_imports<'s>(body: &'s [Stmt], top: bool, out: &mut Vec<(&'s Stmt, bool)>) {
    for s in body {
        match &s.kind {
            StmtKind::Import(_) | StmtKind::ImportFrom { .. } => out.push((s, top)),
            StmtKind::FunctionDef(f) => collect_imports(&f.body, false, out),
            StmtKind::ClassDef(c) => collect_imports(&c.body, false, out),
            StmtKind::Match { cases, .. } => {
                for c in cases {
                    collect_imports(&c.body, false, out);
                }
            }
            _ => {
                for b in s.blocks() {
                    collect_imports(b, false, out);
                }
            }
        }
    }
}

/// Calls `f` on every statement of `body`, at any depth.
fn visit_stmts(body: &[Stmt], f: &mut dyn FnMut(&Stmt)) {
    for s in body {
        f(s);
        match &s.kind {
            StmtKind::FunctionDef(d) => visit_stmts(&d.body, f),
            StmtKind::ClassDef(c) => visit_stmts(&c.body, f),
            StmtKind::Match { cases, .. } => {
                for c in cases {
                    visit_stmts(&c.body, f);
                }
            }
            _ => {
                for b in s.blocks() {
                    visit_stmts(b, f);
                }
            }
        }
    }
}

/// The names of a module-level `__all__ = [...]` (or a tuple) of string
/// literals, if the module assigns `__all__` only that way.
fn literal_all(body: &[Stmt]) -> Option<Vec<String>> {
    use crate::ast::ExprKind;
    let mut names: Option<Vec<String>> = None;
    for s in body {
        let StmtKind::Assign { targets, value } = &s.kind else {
            continue;
        };
        let assigns_all = targets
            .iter()
            .any(|t| matches!(&t.kind, ExprKind::Name(n) if n == "__all__"));
        if !assigns_all {
            continue;
        }
        let (ExprKind::List(items) | ExprKind::Tuple(items)) = &value.kind else {
            return None;
        };
        let mut v = Vec::new();
        let mut seen = HashSet::new();
        for i in items {
            let ExprKind::Str(s) = &i.kind else {
                return None;
            };
            if seen.insert(s.clone()) {
                v.push(s.clone());
            }
        }
        names = Some(v);
    }
    names
}
