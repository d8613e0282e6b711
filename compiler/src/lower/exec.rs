//! Code compiled at run time by `eval`, `exec` and `compile` (`crate::jit`):
//! one unit lowered into memory (`cranelift_jit`) with the same lowering
//! as the program's own modules. What differs is where its names live: in
//! the namespaces it runs against, a globals dict and a locals mapping
//! whose addresses rt puts in the unit's two namespace words before each
//! run. Top-level code reads a name from the locals, then the globals,
//! then the builtins (CPython's `LOAD_NAME`) and stores it in the locals;
//! the functions it defines read the globals, then the builtins. Nothing
//! is assumed about those namespaces: no known functions, no builtins
//! resolved at compile time (except the ones whose meaning is the calling
//! frame: `globals`, `locals`, `vars`, `dir`, `eval`, `exec`), no global
//! kept in a register, and imports find modules by name.

use super::func_cx::{FuncCx, LResult};
use super::rt_abi::RtFn;
use super::{entries, internal, Backend, ModuleCx};
use crate::ast::{Alias, Module, Stmt, StmtKind};
use crate::diagnostics::Diagnostic;
use crate::span::Span;
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData, Value};
use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{DataId, FuncId, Linkage};

/// The words of a unit's namespace array: the globals dict, then the
/// locals mapping (its slot array, `alc_globals0`, holds nothing else).
pub const NAMESPACE_WORDS: usize = 2;
const GLOBALS_WORD: i32 = 0;
const LOCALS_WORD: i32 = 8;

pub use alrt_abi::jit::Mode;

/// Lowering state of a unit compiled by `eval`/`exec`.
#[derive(Clone, Debug)]
pub struct ExecMode {
    pub mode: Mode,
    /// Names the top-level code declares `global`: it reads and stores
    /// them in the globals even when its locals are another mapping.
    pub top_globals: std::collections::HashSet<String>,
}

/// Adds the names `global` statements in `body` declare, outside any
/// function or class, to `out`.
fn top_level_globals(body: &[Stmt], out: &mut std::collections::HashSet<String>) {
    for s in body {
        match &s.kind {
            StmtKind::Global(names) => out.extend(names.iter().map(|n| n.name.clone())),
            StmtKind::Match { cases, .. } => {
                for c in cases {
                    top_level_globals(&c.body, out);
                }
            }
            _ => {
                for b in s.blocks() {
                    top_level_globals(b, out);
                }
            }
        }
    }
}

/// A unit lowered into memory.
pub struct ExecUnit {
    pub module: cranelift_jit::JITModule,
    /// Registers the unit's roots and materialises its constants (1, or
    /// 0 when that raised).
    pub init: FuncId,
    /// The top-level code (`alc_module0`): its value, None or null.
    pub body: FuncId,
    /// The two namespace words.
    pub namespaces: DataId,
}

/// Lowers `program`'s only unit, code compiled at run time in `mode`, into
/// `module`, a JIT for `isa`.
pub fn lower_exec(
    program: &crate::loader::Program,
    module: cranelift_jit::JITModule,
    isa: OwnedTargetIsa,
    mode: Mode,
) -> Result<ExecUnit, Diagnostic> {
    let inline = super::codegen::Pipeline::on_this_thread(isa.clone());
    let mut m = super::module_cx_for(
        program,
        Backend::Jit(Box::new(module)),
        isa,
        false,
        true,
        None,
    )?;
    let mut top_globals = std::collections::HashSet::new();
    top_level_globals(&program.units[0].ast.body, &mut top_globals);
    m.exec = Some(ExecMode { mode, top_globals });
    m.pipeline = Some(inline);
    m.declare_unit(0)?;
    let init = m.declare_fn("alc_init_consts", 0, Linkage::Local)?;
    m.enter_unit(0)?;
    let body = m.declare_fn("alc_module0", 0, Linkage::Local)?;
    let unit = &program.units[0];
    lower_body(&mut m, &unit.ast, body, mode)?;
    while let Some(p) = m.queue.pop_front() {
        entries::lower_function(&mut m, &p.src, p.scope, &p.info, &p.qualname)?;
    }
    m.define_code_infos()?;
    m.define_unit_consts(0)?;
    m.define_init_consts(init)?;
    m.define_slots()?;
    if let Some(p) = m.pipeline.take() {
        p.finish(&mut *m.module)?;
    }
    let namespaces = m.units[0].globals;
    match m.module {
        Backend::Jit(module) => Ok(ExecUnit {
            module: *module,
            init,
            body,
            namespaces,
        }),
        Backend::Object(_) => Err(internal("exec code lowered into an object".into())),
    }
}

/// The top-level code: its statements in the `<module>` frame, returning
/// None, or for `eval` the expression's value.
fn lower_body<'a>(m: &mut ModuleCx<'a>, ast: &'a Module, id: FuncId, mode: Mode) -> LResult<()> {
    let mut func = entries::new_func(m, id);
    let mut fctx = FunctionBuilderContext::new();
    let info_id = m.code_info("<module>")?;
    let codeinfo = m.frame_code_info(info_id, &mut func);
    let mut b = FunctionBuilder::new(&mut func, &mut fctx);
    let entry = b.create_block();
    b.switch_to_block(entry);
    let mut fx = FuncCx::new(m, b, 0, codeinfo);
    if crate::resolve::has_annotations(&ast.body) {
        let d = fx.rt_val(RtFn::DictNew, &[]);
        fx.store_name("__annotations__", d);
    }
    // CPython's `exec` code stores its docstring as `__doc__`, as a
    // module body does (a module loaded at run time gets its `__doc__` so).
    if mode == Mode::Exec {
        if let Some(doc) = super::docstring(&ast.body) {
            let d = fx.str_const(doc);
            fx.store_name("__doc__", d);
        }
    }
    match (mode, ast.body.as_slice()) {
        (
            Mode::Eval,
            [Stmt {
                kind: StmtKind::Expr(e),
                ..
            }],
        ) => {
            let v = fx.expr(e)?;
            fx.b.ins().return_(&[v]);
            let none = fx.b.create_block();
            fx.b.switch_to_block(none);
        }
        (Mode::Eval, _) => return Err(internal("eval code that is not one expression".into())),
        (_, body) => fx.stmts(body)?,
    }
    entries::end_module_fn(fx).define(id, func)
}

impl<'m, 'a, 'f> FuncCx<'m, 'a, 'f> {
    /// The namespace a name of this scope is stored in and read from
    /// first: the locals at top level, else the globals; and the globals.
    fn exec_namespaces(&mut self) -> (Value, Value) {
        self.exec_namespaces_of(None)
    }

    /// On entry to a function of code compiled by `eval`/`exec`: reads the
    /// globals it was made with (a code object run again with other
    /// globals makes functions that keep their own, as in CPython).
    pub(super) fn enter_exec_function(&mut self) {
        if self.m.exec.is_some() {
            let f = self.func_val;
            self.exec_globals = Some(self.rt_val(RtFn::ExecFuncGlobals, &[f]));
        }
    }

    /// [`Self::exec_namespaces`] for `name`, which the top level may
    /// declare `global`.
    fn exec_namespaces_of(&mut self, name: Option<&str>) -> (Value, Value) {
        let base = self.globals_addr();
        let flags = MemFlagsData::trusted();
        let g = match self.exec_globals {
            Some(g) => g,
            None => self.b.ins().load(types::I64, flags, base, GLOBALS_WORD),
        };
        let global = name.is_some_and(|n| {
            self.m
                .exec
                .as_ref()
                .is_some_and(|e| e.top_globals.contains(n))
        });
        if self.scope != 0 || global {
            return (g, g);
        }
        let l = self.b.ins().load(types::I64, flags, base, LOCALS_WORD);
        (l, g)
    }

    /// Reads module-level `name` in code compiled by `eval`/`exec`.
    pub fn exec_load(&mut self, name: &str, span: Span) -> Value {
        let (first, g) = self.exec_namespaces_of(Some(name));
        let k = self.str_const(name);
        self.set_line(span);
        self.rt_val(RtFn::ExecLoad, &[first, g, k])
    }

    /// Stores module-level `name` in code compiled by `eval`/`exec`.
    pub fn exec_store(&mut self, name: &str, v: Value) {
        let (ns, _) = self.exec_namespaces_of(Some(name));
        let k = self.str_const(name);
        self.rt_status(RtFn::NsSet, &[ns, k, v]);
    }

    /// `del name` of a module-level name in code compiled by `eval`/`exec`.
    pub fn exec_delete(&mut self, name: &str, span: Span) {
        let (ns, _) = self.exec_namespaces_of(Some(name));
        let k = self.str_const(name);
        self.set_line(span);
        self.rt_status(RtFn::ExecDelete, &[ns, k]);
    }

    /// `globals()` (the globals dict) or, at top level, `locals()`.
    pub fn exec_namespace(&mut self, globals: bool) -> Value {
        let (first, g) = self.exec_namespaces();
        if globals {
            g
        } else {
            first
        }
    }

    /// `import a.b.c [as x], ...` in code compiled by `eval`/`exec`.
    pub fn exec_import_stmt(&mut self, s: &'a Stmt, aliases: &'a [Alias]) -> LResult<()> {
        for a in aliases {
            let n = self.str_const(&a.name);
            let leaf = self
                .b
                .ins()
                .iconst(types::I32, i64::from(a.asname.is_some()));
            let level = self.b.ins().iconst(types::I32, 0);
            let (_, g) = self.exec_namespaces();
            self.set_line(s.span);
            let m = self.rt_val(RtFn::ExecImport, &[g, n, level, leaf]);
            let bound = match &a.asname {
                Some(n) => n.name.as_str(),
                None => a.name.split('.').next().unwrap_or(""),
            };
            self.store_name(bound, m);
        }
        Ok(())
    }

    /// `from m import a, b as c` in code compiled by `eval`/`exec`.
    pub fn exec_import_from_stmt(
        &mut self,
        s: &'a Stmt,
        module: Option<&str>,
        level: u32,
        names: &'a [Alias],
    ) -> LResult<()> {
        let n = self.str_const(module.unwrap_or(""));
        let leaf = self.b.ins().iconst(types::I32, 1);
        let level = self.b.ins().iconst(types::I32, i64::from(level));
        let (ns, g) = self.exec_namespaces();
        self.set_line(s.span);
        let m = self.rt_val(RtFn::ExecImport, &[g, n, level, leaf]);
        self.bind_from_names(m, names, RtFn::ExecImportFrom, RtFn::ExecImportStar, |_| ns);
        Ok(())
    }

    /// Whether an expression statement here displays its value: at top
    /// level (not in a function or class) of code compiled in mode
    /// `'single'`, as the interactive prompt does.
    pub fn displays_expressions(&self) -> bool {
        self.scope == 0 && self.m.exec.as_ref().is_some_and(|e| e.mode == Mode::Single)
    }

    /// In code compiled by `eval`/`exec`, whether `name` is a builtin
    /// whose meaning the compiler supplies (see the module doc).
    pub fn exec_frame_builtin(&self, name: &str) -> bool {
        crate::resolve::FRAME_BUILTINS.contains(&name) && !self.m.res.module_assigned.contains(name)
    }
}

impl ModuleCx<'_> {
    /// A reference in `func` to `alc_jit_install` (`jit/`), which the
    /// `main` of a program naming `eval`/`exec`/`compile` calls first.
    pub(super) fn jit_install_ref(
        &mut self,
        func: &mut cranelift_codegen::ir::Function,
    ) -> cranelift_codegen::ir::FuncRef {
        let sig = cranelift_codegen::ir::Signature::new(self.call_conv);
        let id = self
            .module
            .declare_function(alrt_abi::data::JIT_INSTALL, Linkage::Import, &sig)
            .expect("alc_jit_install is declared once, with one signature");
        self.module.declare_func_in_func(id, func)
    }

    /// A reference in `func` to `alc_repl_run` (`jit/src/repl/`), which
    /// ends the main module's body of `alc repl`'s program.
    pub(super) fn repl_ref(
        &mut self,
        func: &mut cranelift_codegen::ir::Function,
    ) -> cranelift_codegen::ir::FuncRef {
        let mut sig = cranelift_codegen::ir::Signature::new(self.call_conv);
        sig.returns.push(cranelift_codegen::ir::AbiParam::new(
            cranelift_codegen::ir::types::I64,
        ));
        let id = self
            .module
            .declare_function(alrt_abi::data::REPL, Linkage::Import, &sig)
            .expect("alc_repl_run is declared once, with one signature");
        self.module.declare_func_in_func(id, func)
    }
}
