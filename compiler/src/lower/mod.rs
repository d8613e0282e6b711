//! Lowering of a resolved module to a Cranelift object: one native function
//! per Al function (plus its generic entry), the module body, constant and
//! global slots, and the C `main` that hands control to rt.

mod alloc;
mod async_stmt;
mod base_case;
mod call;
mod codegen;
mod consts;
mod debug_info;
mod entries;
pub mod exec;
mod expr;
mod fast;
pub mod func_cx;
mod generator;
mod genexp;
mod ic;
mod import;
mod loop_spec;
mod pattern;
mod pattern_check;
pub mod rt_abi;
mod seq;
mod set_display;
mod stmt;
mod tb_site;
mod try_star;
mod unbox;
mod with;

use crate::ast::Params;
use crate::diagnostics::Diagnostic;
use crate::resolve::{Resolution, ScopeId, ScopeKind};
use crate::span::{SourceFile, Span};
use alrt_abi::layout;
use cranelift_codegen::ir::{types, AbiParam, Function, GlobalValue, Signature, UserFuncName};
use cranelift_codegen::isa::{CallConv, OwnedTargetIsa};
use cranelift_frontend::FunctionBuilderContext;
use cranelift_module::{DataDescription, DataId, FuncId, Linkage};
use cranelift_object::{ObjectBuilder, ObjectModule};
use rt_abi::RtFn;
use std::collections::{HashMap, HashSet, VecDeque};
use std::ops::{Deref, DerefMut};

use consts::Const;

/// What an array thunk (`ModuleCx::array_thunk`) does with its values.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum ArrayThunk {
    /// `alc_call_slow<n>(f, a0..)`: calls `f` with the values as its
    /// positional arguments, the generic way (a guarded direct call's
    /// other path).
    Call,
    /// `alc_tuple_slow<n>(a0..)`: the tuple of the values (an inline tuple
    /// allocation whose run is exhausted).
    Tuple,
}
pub use entries::FuncSource;

/// What the compiler knows about a compiled function.
#[derive(Clone)]
pub struct FuncInfo {
    pub body: FuncId,
    pub generic: FuncId,
    pub desc: DataId,
    /// Parameters of the body: positional, *args, keyword-only, **kwargs.
    pub nparams: usize,
    /// Positional parameters.
    pub npos: usize,
    /// True when binding is just "exactly npos positional arguments".
    pub simple: bool,
}

/// A function waiting to be compiled.
struct PendingFunc<'a> {
    src: FuncSource<'a>,
    scope: usize,
    info: FuncInfo,
    qualname: String,
}

/// What the compiler keeps of each module of the program while it lowers
/// the others: where its slots are and which functions calls may bind to.
pub struct UnitInfo {
    /// Its global slot array (`alc_globals<k>`): the resolver's slots, then
    /// one guard word per known function.
    pub globals: DataId,
    /// Known module-level functions, by name.
    pub known: HashMap<String, FuncInfo>,
    /// The known functions that are generator functions.
    pub known_generators: std::collections::HashSet<String>,
    /// The slot of each known function's guard word: the function object
    /// its `def` created, which a direct call compares the name's slot with
    /// (any rebinding, from this module or another, fails the compare).
    pub guards: HashMap<String, usize>,
    /// The known functions whose binding provably never changes
    /// (`frozen_bindings`): calls from this module need no guard. Each
    /// with the scope of its `def` when it is a plain function (not a
    /// generator or coroutine), whose body's own function value is then
    /// that function.
    pub frozen: HashMap<String, Option<ScopeId>>,
    /// Its descriptor (`alrt_abi::layout::MODULE_DESC_*`), by which
    /// generated code names the module to rt.
    pub desc: DataId,
    /// The word rt puts its module object in once created
    /// (`alc_module_obj<k>`).
    pub obj: DataId,
    /// Its constants (`alc_consts<k>`) and inline caches (`alc_ics<k>`):
    /// one table of each per module, so that a function's code names only
    /// its own module's tables at offsets its own module decides, and is
    /// the same in every program that imports the module (what the
    /// machine-code cache, `code_cache.rs`, needs).
    pub consts: DataId,
    pub ics: DataId,
    /// The module's constants, in slot order (`consts.rs`).
    const_list: Vec<Const>,
    /// Its constants' initialiser, `alc_init_consts<k>`.
    init_consts: Option<FuncId>,
    /// How many inline-cache slots it has.
    ic_count: usize,
}

/// Program-wide lowering state, with the module being lowered.
/// Where the lowered code goes: an object file, or memory to run now
/// (code compiled by `eval`/`exec` at run time, `exec.rs`).
pub enum Backend {
    Object(Box<ObjectModule>),
    Jit(Box<cranelift_jit::JITModule>),
}

impl Deref for Backend {
    type Target = dyn cranelift_module::Module;
    fn deref(&self) -> &Self::Target {
        match self {
            Backend::Object(m) => &**m,
            Backend::Jit(m) => &**m,
        }
    }
}

impl DerefMut for Backend {
    fn deref_mut(&mut self) -> &mut Self::Target {
        match self {
            Backend::Object(m) => &mut **m,
            Backend::Jit(m) => &mut **m,
        }
    }
}

pub struct ModuleCx<'a> {
    module: Backend,
    /// Code generation of the lowered functions (`codegen.rs`); none when
    /// only verifying or printing IR.
    pipeline: Option<codegen::Pipeline>,
    /// The program's modules.
    pub program: &'a crate::loader::Program,
    /// The module being lowered: its index, source and resolution.
    pub unit: usize,
    pub file: &'a SourceFile,
    pub res: &'a Resolution,
    /// Every module's slots, descriptor and known functions, by index.
    pub units: Vec<UnitInfo>,
    pub call_conv: CallConv,
    rt_ids: HashMap<RtFn, FuncId>,
    data_ids: HashMap<&'static str, DataId>,
    consts: Vec<Const>,
    const_index: HashMap<Const, usize>,
    /// Functions declared for known module-level defs, by name.
    pub known: HashMap<String, FuncInfo>,
    /// The known functions that are generator functions.
    pub known_generators: std::collections::HashSet<String>,
    /// A coroutine function of the program (not of the library) was
    /// lowered: rt tracks coroutines never awaited (`alc_rt_coroutines_link`).
    pub has_coroutines: bool,
    queue: VecDeque<PendingFunc<'a>>,
    fn_counter: usize,
    file_name_data: DataId,
    source_data: DataId,
    /// The module's traceback sites, emitted at the end as `sites_data`.
    tb_sites: tb_site::TbSites,
    sites_data: DataId,
    /// Each `CodeInfo` declared so far with its name's data and length: they are
    /// defined at the end, when the number of sites is known.
    code_infos: Vec<(DataId, DataId, usize)>,
    /// The `CodeInfo` of each inline frame (a class body, a comprehension).
    frame_infos: HashMap<ScopeId, DataId>,
    /// The `CodeInfo` of the frame each compiled function runs in, for the
    /// code map (`define_code_map`).
    code_owners: HashMap<FuncId, DataId>,
    /// The span of each class or comprehension scope (`res.scope_of` inverted).
    scope_spans: HashMap<ScopeId, Span>,
    /// The call each generator expression argument is passed to.
    genexp_calls: HashMap<Span, Span>,
    /// Function name of each function scope, for qualified names.
    pub scope_names: HashMap<usize, String>,
    /// `--emit clif`: the IR text of each function, in order.
    pub clif: Option<Vec<String>>,
    /// The prologue slow-path thunks defined so far, by argument count.
    stack_thunks: HashMap<usize, FuncId>,
    /// The generic-call thunks defined so far, by argument count.
    array_thunks: HashMap<(ArrayThunk, usize), FuncId>,
    /// The program's names, gathered when a set display first needs them.
    pub program_facts: set_display::ProgramFacts,
    /// False for `verify_module`: each function is verified, not compiled.
    codegen: bool,
    /// With `-g`: what the DWARF sections are made of (`debug_info.rs`).
    debug: Option<debug_info::DebugInfo>,
    /// Lowering code for `eval`/`exec` (`exec.rs`): its names live in the
    /// namespaces it runs against.
    pub exec: Option<exec::ExecMode>,
    /// The program names `eval`, `exec` or `compile`: its `main` installs
    /// the JIT, and it links `libalrt_jit.a`.
    pub uses_jit: bool,
    /// The program is `alc repl`'s: its main module's body ends by
    /// running the interactive prompt (`jit/src/repl/`).
    pub repl: bool,
}

/// What `lower_program` makes.
pub struct Lowered {
    /// The object file's bytes.
    pub object: Vec<u8>,
    /// With `emit_clif`, the Cranelift IR text of every function.
    pub clif: Vec<String>,
    /// The program names `eval`, `exec` or `compile`: it links the JIT.
    pub jit: bool,
}

/// Lowers `program` to an object file for `isa`, with DWARF debugging
/// information when `debug`; for `repl`, the main module's body then runs
/// the interactive prompt, which needs the JIT.
pub fn lower_program(
    program: &crate::loader::Program,
    isa: OwnedTargetIsa,
    emit_clif: bool,
    debug: bool,
    repl: bool,
    cache: Option<crate::code_cache::CodeCache>,
) -> Result<Lowered, (usize, Diagnostic)> {
    let mut m = module_cx(program, isa, emit_clif, true, cache).map_err(|e| (0, e))?;
    m.repl = repl;
    m.uses_jit |= repl;
    if debug {
        m.debug = Some(Default::default());
        if let Some(p) = &mut m.pipeline {
            p.keep_lines();
        }
    }
    m.lower_all()?;
    let sites = match m.pipeline.take() {
        Some(p) => p.finish(&mut *m.module).map_err(|e| (0, e))?,
        None => Vec::new(),
    };
    m.define_code_map(&sites).map_err(|e| (0, e))?;
    let clif = m.clif.take().unwrap_or_default();
    let debug = m.debug.take();
    let jit = m.uses_jit;
    let Backend::Object(module) = m.module else {
        return Err((0, internal("an object lowering without an object".into())));
    };
    let mut product = module.finish();
    if let Some(d) = debug {
        d.write(&mut product, &sites)
            .map_err(|e| (0, internal(e)))?;
    }
    let object = product
        .emit()
        .map_err(|e| (0, internal(format!("object emission: {e}"))))?;
    Ok(Lowered { object, clif, jit })
}

/// Lowers `program` as `lower_program` does, but runs the Cranelift
/// verifier on each function instead of compiling it, and emits nothing:
/// the front end alone, much faster than code generation, for fuzzing.
pub fn verify_program(
    program: &crate::loader::Program,
    isa: OwnedTargetIsa,
) -> Result<(), (usize, Diagnostic)> {
    let mut m = module_cx(program, isa, false, false, None).map_err(|e| (0, e))?;
    m.lower_all()
}

fn module_cx<'a>(
    program: &'a crate::loader::Program,
    isa: OwnedTargetIsa,
    emit_clif: bool,
    codegen: bool,
    cache: Option<crate::code_cache::CodeCache>,
) -> Result<ModuleCx<'a>, Diagnostic> {
    let builder = ObjectBuilder::new(
        isa.clone(),
        "alc_program",
        cranelift_module::default_libcall_names(),
    )
    .map_err(|e| internal(format!("object builder: {e}")))?;
    let module = Backend::Object(Box::new(ObjectModule::new(builder)));
    module_cx_for(program, module, isa, emit_clif, codegen, cache)
}

/// A lowering context over `module`, whose code is for `isa`.
fn module_cx_for<'a>(
    program: &'a crate::loader::Program,
    mut module: Backend,
    isa: OwnedTargetIsa,
    emit_clif: bool,
    codegen: bool,
    cache: Option<crate::code_cache::CodeCache>,
) -> Result<ModuleCx<'a>, Diagnostic> {
    let call_conv = isa.default_call_conv();
    let pipeline = (codegen && !emit_clif).then(|| codegen::Pipeline::new(isa, cache));
    let main = &program.units[0];
    let file_name_data = define_bytes(&mut module, b"")?;
    let source_data = file_name_data;
    let sites_data = file_name_data;
    Ok(ModuleCx {
        module,
        pipeline,
        program,
        unit: 0,
        file: &main.file,
        res: &main.res,
        units: Vec::new(),
        call_conv,
        rt_ids: HashMap::new(),
        data_ids: HashMap::new(),
        consts: Vec::new(),
        const_index: HashMap::new(),
        known: HashMap::new(),
        known_generators: Default::default(),
        has_coroutines: false,
        queue: VecDeque::new(),
        fn_counter: 0,
        file_name_data,
        source_data,
        tb_sites: Default::default(),
        sites_data,
        code_infos: Vec::new(),
        frame_infos: HashMap::new(),
        code_owners: HashMap::new(),
        genexp_calls: HashMap::new(),
        scope_spans: HashMap::new(),
        scope_names: HashMap::new(),
        clif: if emit_clif { Some(Vec::new()) } else { None },
        stack_thunks: HashMap::new(),
        array_thunks: HashMap::new(),
        program_facts: Default::default(),
        codegen,
        debug: None,
        exec: None,
        uses_jit: false,
        repl: false,
    })
}

/// The source path a traceback shows and `__file__` holds: absolute, as
/// CPython shows the path of the script it runs (the working directory
/// joined with the path as given, not normalised).
pub(super) fn traceback_path(name: &str, exec: bool) -> String {
    // `<string>` and the other names code compiled by `exec` has: CPython
    // shows `compile`'s filename as given.
    if exec || name.starts_with('/') || name.starts_with('<') {
        return name.to_string();
    }
    match std::env::current_dir() {
        Ok(dir) => format!("{}/{name}", dir.display()),
        Err(_) => name.to_string(),
    }
}

/// Writes `field` into a descriptor's bytes at `offset`.
fn put(bytes: &mut [u8], offset: usize, field: &[u8]) {
    bytes[offset..offset + field.len()].copy_from_slice(field);
}

fn internal(msg: String) -> Diagnostic {
    Diagnostic::error(format!("internal compiler error: {msg}"), Span::default())
}

fn define_bytes(module: &mut Backend, bytes: &[u8]) -> Result<DataId, Diagnostic> {
    let id = module
        .declare_anonymous_data(false, false)
        .map_err(|e| internal(e.to_string()))?;
    let mut d = DataDescription::new();
    // A trailing NUL keeps empty strings from being zero-sized objects.
    let mut v = bytes.to_vec();
    v.push(0);
    d.define(v.into_boxed_slice());
    module
        .define_data(id, &d)
        .map_err(|e| internal(e.to_string()))?;
    Ok(id)
}

impl<'a> ModuleCx<'a> {
    fn lower_all(&mut self) -> Result<(), (usize, Diagnostic)> {
        let program = self.program;
        // Every module's slots and known functions are declared first, so
        // that calls into a module lowered later, and calls that precede
        // their `def` in the source, are direct too.
        for k in 0..program.units.len() {
            self.declare_unit(k).map_err(|e| (k, e))?;
        }
        let init_id = self
            .declare_fn("alc_init_consts", 0, Linkage::Local)
            .map_err(|e| (0, e))?;
        let mut bodies = Vec::new();
        for (k, u) in program.units.iter().enumerate() {
            if u.native {
                bodies.push(None);
                continue;
            }
            self.enter_unit(k).map_err(|e| (k, e))?;
            let body_id = self
                .declare_fn(&format!("alc_module{k}"), 0, Linkage::Local)
                .map_err(|e| (k, e))?;
            let init = (k == 0).then_some(init_id);
            entries::lower_module_body(self, &u.ast, body_id, init).map_err(|e| (k, e))?;
            while let Some(p) = self.queue.pop_front() {
                entries::lower_function(self, &p.src, p.scope, &p.info, &p.qualname)
                    .map_err(|e| (k, e))?;
            }
            self.define_code_infos().map_err(|e| (k, e))?;
            if let Some(d) = &mut self.debug {
                d.unit(
                    k,
                    traceback_path(&u.file.name, false),
                    self.tb_sites.starts(),
                );
            }
            self.define_unit_consts(k).map_err(|e| (k, e))?;
            bodies.push(Some(body_id));
        }
        self.unit = 0;
        self.define_init_consts(init_id).map_err(|e| (0, e))?;
        self.define_module_table(&bodies).map_err(|e| (0, e))?;
        self.define_c_main().map_err(|e| (0, e))?;
        self.define_slots().map_err(|e| (0, e))?;
        Ok(())
    }

    /// Declares module `k`'s slot array and known functions.
    fn declare_unit(&mut self, k: usize) -> Result<(), Diagnostic> {
        let u = &self.program.units[k];
        let frozen = frozen_bindings(self.program, k);
        let mut data = |name: &str, writable: bool| {
            self.module
                .declare_data(&format!("{name}{k}"), Linkage::Local, writable, false)
                .map_err(Self::err)
        };
        let globals = data("alc_globals", true)?;
        let desc = data("alc_module_desc", false)?;
        let obj = data("alc_module_obj", true)?;
        let consts = data("alc_consts", true)?;
        let ics = data("alc_ics", true)?;
        self.units.push(UnitInfo {
            globals,
            known: HashMap::new(),
            known_generators: Default::default(),
            guards: HashMap::new(),
            frozen: HashMap::new(),
            desc,
            obj,
            consts,
            ics,
            const_list: Vec::new(),
            init_consts: None,
            ic_count: 0,
        });
        if u.native {
            return Ok(());
        }
        self.unit = k;
        self.file = &u.file;
        self.res = &u.res;
        let mut nguards = u.res.globals.len();
        for s in &u.ast.body {
            if let crate::ast::StmtKind::FunctionDef(f) = &s.kind {
                let name = &f.name.name;
                if u.res.known_functions.contains(name) && !self.units[k].known.contains_key(name) {
                    let coroutine = f.is_async
                        && u.res
                            .scope_for(f.span)
                            .is_some_and(|sc| !u.res.scopes[sc].is_generator);
                    let line = def_first_line(self.file, f);
                    let info = self.declare_al_function(
                        name,
                        name,
                        &f.params,
                        docstring(&f.body),
                        coroutine,
                        line,
                    )?;
                    let unit = &mut self.units[k];
                    unit.known.insert(name.clone(), info);
                    unit.guards.insert(name.clone(), nguards);
                    nguards += 1;
                    let scope = u.res.scope_for(f.span);
                    if scope.is_some_and(|sc| u.res.scopes[sc].is_generator) {
                        unit.known_generators.insert(name.clone());
                    }
                    if frozen.contains(name) {
                        let plain =
                            !f.is_async && scope.is_some_and(|sc| !u.res.scopes[sc].is_generator);
                        unit.frozen.insert(name.clone(), scope.filter(|_| plain));
                    }
                }
            }
        }
        Ok(())
    }

    /// Makes module `k` the one being lowered.
    fn enter_unit(&mut self, k: usize) -> Result<(), Diagnostic> {
        let u = &self.program.units[k];
        self.unit = k;
        self.file = &u.file;
        self.res = &u.res;
        self.known = self.units[k].known.clone();
        self.known_generators = self.units[k].known_generators.clone();
        let path = traceback_path(&u.file.name, self.exec.is_some());
        self.file_name_data = define_bytes(&mut self.module, path.as_bytes())?;
        self.source_data = define_bytes(&mut self.module, u.file.text.as_bytes())?;
        self.sites_data = self
            .module
            .declare_anonymous_data(false, false)
            .map_err(Self::err)?;
        self.tb_sites = Default::default();
        self.consts.clear();
        self.const_index.clear();
        self.code_infos.clear();
        self.frame_infos.clear();
        self.genexp_calls.clear();
        self.scope_names.clear();
        self.program_facts = Default::default();
        self.scope_spans = u
            .res
            .scope_of
            .iter()
            .map(|(k, v)| {
                (
                    *v,
                    Span {
                        start: k.0,
                        end: k.1,
                    },
                )
            })
            .collect();
        Ok(())
    }

    /// The number of words of module `k`'s slot array.
    pub fn slot_words(&self, k: usize) -> usize {
        let u = &self.program.units[k];
        if u.native {
            return 1;
        }
        if self.exec.is_some() {
            return exec::NAMESPACE_WORDS;
        }
        (u.res.globals.len() + self.units[k].guards.len()).max(1)
    }

    fn err(e: impl std::fmt::Display) -> Diagnostic {
        internal(e.to_string())
    }

    /// The signature of a function of `nargs` value parameters returning a
    /// value (bodies, resume functions).
    pub(super) fn value_sig(&self, nargs: usize) -> Signature {
        let mut sig = Signature::new(self.call_conv);
        for _ in 0..nargs {
            sig.params.push(AbiParam::new(types::I64));
        }
        sig.returns.push(AbiParam::new(types::I64));
        sig
    }

    /// Declares a function of `nargs` value parameters returning a value.
    pub(super) fn declare_fn(
        &mut self,
        name: &str,
        nargs: usize,
        linkage: Linkage,
    ) -> Result<FuncId, Diagnostic> {
        let sig = self.value_sig(nargs);
        self.module
            .declare_function(name, linkage, &sig)
            .map_err(Self::err)
    }

    /// The signature of every generic entry.
    pub fn generic_sig(&self) -> Signature {
        let mut sig = Signature::new(self.call_conv);
        for _ in 0..4 {
            sig.params.push(AbiParam::new(types::I64));
        }
        sig.returns.push(AbiParam::new(types::I64));
        sig
    }

    /// Declares the body, generic entry and descriptor of an Al function.
    pub fn declare_al_function(
        &mut self,
        name: &str,
        qualname: &str,
        params: &Params,
        doc: Option<&str>,
        coroutine: bool,
        line: u32,
    ) -> Result<FuncInfo, Diagnostic> {
        self.fn_counter += 1;
        let n = self.fn_counter;
        let safe: String = name
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        let npos = params.posonly.len() + params.args.len();
        let nparams = npos
            + params.vararg.is_some() as usize
            + params.kwonly.len()
            + params.kwarg.is_some() as usize;
        let body = self.declare_fn(&format!("alc_fn{n}_{safe}"), nparams + 1, Linkage::Local)?;
        let generic_sig = self.generic_sig();
        let generic = self
            .module
            .declare_function(&format!("alc_gen{n}_{safe}"), Linkage::Local, &generic_sig)
            .map_err(Self::err)?;
        // The FuncDesc rt reads (layout in `alrt_abi::layout`).
        let mut text = format!("{name}\0{qualname}");
        for p in params
            .posonly
            .iter()
            .chain(&params.args)
            .chain(&params.vararg)
            .chain(&params.kwonly)
            .chain(&params.kwarg)
        {
            text.push('\0');
            text.push_str(&p.name.name);
        }
        if let Some(doc) = doc {
            text.push('\0');
            text.push_str(doc);
        }
        let text_id = define_bytes(&mut self.module, text.as_bytes())?;
        let desc = self
            .module
            .declare_anonymous_data(false, false)
            .map_err(Self::err)?;
        let mut d = DataDescription::new();
        let mut bytes = vec![0u8; layout::FUNC_DESC_SIZE];
        put(
            &mut bytes,
            layout::FUNC_DESC_TEXT_LEN,
            &(text.len() as u64).to_le_bytes(),
        );
        let nposonly = params.posonly.len() as u32;
        put(
            &mut bytes,
            layout::FUNC_DESC_NPOSONLY,
            &nposonly.to_le_bytes(),
        );
        put(
            &mut bytes,
            layout::FUNC_DESC_NPOS,
            &(npos as u32).to_le_bytes(),
        );
        let nkwonly = params.kwonly.len() as u32;
        put(
            &mut bytes,
            layout::FUNC_DESC_NKWONLY,
            &nkwonly.to_le_bytes(),
        );
        let mut flags = 0;
        if params.vararg.is_some() {
            flags |= layout::FUNC_FLAG_VARARGS;
        }
        if params.kwarg.is_some() {
            flags |= layout::FUNC_FLAG_VARKW;
        }
        if doc.is_some() {
            flags |= layout::FUNC_FLAG_DOC;
        }
        if coroutine {
            flags |= layout::FUNC_FLAG_COROUTINE;
        }
        put(&mut bytes, layout::FUNC_DESC_FLAGS, &flags.to_le_bytes());
        put(
            &mut bytes,
            layout::FUNC_DESC_MODULE,
            &(self.unit as u64).to_le_bytes(),
        );
        put(&mut bytes, layout::FUNC_DESC_LINE, &line.to_le_bytes());
        d.define(bytes.into_boxed_slice());
        d.set_align(8);
        let gv = self.module.declare_data_in_data(text_id, &mut d);
        d.write_data_addr(layout::FUNC_DESC_TEXT as u32, gv, 0);
        let simple = params.vararg.is_none() && params.kwonly.is_empty() && params.kwarg.is_none();
        if simple {
            let body_ref = self.module.declare_func_in_data(body, &mut d);
            d.write_function_addr(layout::FUNC_DESC_BODY as u32, body_ref);
        }
        self.module.define_data(desc, &d).map_err(Self::err)?;
        Ok(FuncInfo {
            body,
            generic,
            desc,
            nparams,
            npos,
            simple,
        })
    }

    /// Queues a function for compilation once the current one is done.
    pub fn queue_function(
        &mut self,
        src: FuncSource<'a>,
        scope: usize,
        info: FuncInfo,
        qualname: String,
    ) {
        self.queue.push_back(PendingFunc {
            src,
            scope,
            info,
            qualname,
        });
    }

    /// The FuncId of an rt import.
    pub fn rt_func(&mut self, f: RtFn) -> FuncId {
        if let Some(id) = self.rt_ids.get(&f) {
            return *id;
        }
        let sig = f.signature(self.call_conv);
        let id = self
            .module
            .declare_function(f.name(), Linkage::Import, &sig)
            .expect("rt import signatures are consistent");
        self.rt_ids.insert(f, id);
        id
    }

    /// The thunk a prologue's failed stack check of a function with
    /// `nargs` parameters calls (`entries::stack_check`), defined once.
    pub fn stack_thunk(&mut self, nargs: usize) -> Result<FuncId, Diagnostic> {
        if let Some(id) = self.stack_thunks.get(&nargs) {
            return Ok(*id);
        }
        let mut sig = Signature::new(self.call_conv);
        sig.params
            .extend((0..=nargs).map(|_| AbiParam::new(types::I64)));
        sig.returns.push(AbiParam::new(types::I64));
        let id = self
            .module
            .declare_function(&format!("alc_stack_slow{nargs}"), Linkage::Local, &sig)
            .map_err(Self::err)?;
        let mut func = Function::with_name_signature(UserFuncName::user(0, id.as_u32()), sig);
        let mut fctx = FunctionBuilderContext::new();
        entries::build_stack_thunk(self, &mut func, &mut fctx, nargs);
        self.define(id, func)?;
        self.stack_thunks.insert(nargs, id);
        Ok(id)
    }

    /// The thunk that passes its `nargs` values to rt as an array, defined
    /// once per kind and count: the rare path of inline code, kept out of
    /// line so that the caller's frame holds no array (one written only on
    /// that path would hold stale words, which keep garbage alive for the
    /// conservative stack scan: binary_trees' peak grew from 34 to 38 MB).
    pub fn array_thunk(&mut self, kind: ArrayThunk, nargs: usize) -> Result<FuncId, Diagnostic> {
        if let Some(id) = self.array_thunks.get(&(kind, nargs)) {
            return Ok(*id);
        }
        let (name, params) = match kind {
            ArrayThunk::Call => (format!("alc_call_slow{nargs}"), nargs + 1),
            ArrayThunk::Tuple => (format!("alc_tuple_slow{nargs}"), nargs),
        };
        let id = self.declare_fn(&name, params, Linkage::Local)?;
        let mut func = Function::with_name_signature(
            UserFuncName::user(0, id.as_u32()),
            self.value_sig(params),
        );
        let mut fctx = FunctionBuilderContext::new();
        entries::build_array_thunk(self, &mut func, &mut fctx, kind, nargs);
        self.define(id, func)?;
        self.array_thunks.insert((kind, nargs), id);
        Ok(id)
    }

    /// The DataId of a named data symbol (rt statics or module slots).
    pub fn data_symbol(&mut self, sym: &'static str) -> DataId {
        if let Some(id) = self.data_ids.get(sym) {
            return *id;
        }
        let linkage = if alrt_abi::data::ALL.contains(&sym) {
            Linkage::Import
        } else {
            Linkage::Local
        };
        let id = self
            .module
            .declare_data(sym, linkage, true, false)
            .expect("data symbols are declared consistently");
        self.data_ids.insert(sym, id);
        id
    }

    /// `declare_func_in_func` on the module.
    pub fn module_declare_func_in_func(
        &mut self,
        id: FuncId,
        func: &mut Function,
    ) -> cranelift_codegen::ir::FuncRef {
        self.module.declare_func_in_func(id, func)
    }

    /// `declare_data_in_func` on the module.
    pub fn module_declare_data_in_func(&mut self, id: DataId, func: &mut Function) -> GlobalValue {
        self.module.declare_data_in_func(id, func)
    }

    /// The target's frontend configuration (pointer width etc.).
    pub fn isa_frontend_config(&self) -> cranelift_codegen::isa::TargetFrontendConfig {
        self.module.isa().frontend_config()
    }

    /// Declares the static `CodeInfo` for a function named `name` (defined
    /// by `define_code_infos` at the end).
    pub fn code_info(&mut self, name: &str) -> Result<DataId, Diagnostic> {
        let name_id = define_bytes(&mut self.module, name.as_bytes())?;
        let id = self
            .module
            .declare_anonymous_data(false, false)
            .map_err(Self::err)?;
        self.code_infos.push((id, name_id, name.len()));
        Ok(id)
    }

    /// The `CodeInfo` `info` declared in `func`, the frame the function
    /// runs in: recorded for the code map, which names the frames of a
    /// stack walk by it.
    pub fn frame_code_info(&mut self, info: DataId, func: &mut Function) -> GlobalValue {
        if let cranelift_codegen::ir::UserFuncName::User(name) = &func.name {
            self.code_owners.insert(FuncId::from_u32(name.index), info);
        }
        self.module_declare_data_in_func(info, func)
    }

    /// Defines the code map `alc_rt_start` receives (`layout::CODE_MAP_*`):
    /// each compiled function that runs in an Al frame, with its address,
    /// code length, `CodeInfo` and the traceback sites of its calls by
    /// return offset, so rt can tell where each Al frame of the stack is.
    fn define_code_map(&mut self, sites: &[codegen::CallSites]) -> Result<(), Diagnostic> {
        let owned: Vec<(&codegen::CallSites, DataId)> = sites
            .iter()
            .filter_map(|c| self.code_owners.get(&c.id).map(|info| (c, *info)))
            .collect();
        let mut table = vec![0u8; 8 + owned.len() * layout::CODE_MAP_ENTRY_SIZE];
        put(&mut table, 0, &(owned.len() as u64).to_le_bytes());
        let mut refs = Vec::new();
        for (k, (c, info)) in owned.iter().enumerate() {
            let at = 8 + k * layout::CODE_MAP_ENTRY_SIZE;
            put(
                &mut table,
                at + layout::CODE_MAP_LEN,
                &u64::from(c.len).to_le_bytes(),
            );
            put(
                &mut table,
                at + layout::CODE_MAP_NCALLS,
                &(c.calls.len() as u64).to_le_bytes(),
            );
            let calls = if c.calls.is_empty() {
                None
            } else {
                let bytes: Vec<u8> = c
                    .calls
                    .iter()
                    .flatten()
                    .flat_map(|w| w.to_le_bytes())
                    .collect();
                let id = self
                    .module
                    .declare_anonymous_data(false, false)
                    .map_err(Self::err)?;
                let mut d = DataDescription::new();
                d.define(bytes.into_boxed_slice());
                d.set_align(4);
                self.module.define_data(id, &d).map_err(Self::err)?;
                Some(id)
            };
            refs.push((at, c.id, *info, calls));
        }
        let mut d = DataDescription::new();
        d.define(table.into_boxed_slice());
        d.set_align(8);
        for (at, func, info, calls) in refs {
            let f = self.module.declare_func_in_data(func, &mut d);
            d.write_function_addr((at + layout::CODE_MAP_FUNC) as u32, f);
            let i = self.module.declare_data_in_data(info, &mut d);
            d.write_data_addr((at + layout::CODE_MAP_INFO) as u32, i, 0);
            if let Some(calls) = calls {
                let c = self.module.declare_data_in_data(calls, &mut d);
                d.write_data_addr((at + layout::CODE_MAP_CALLS) as u32, c, 0);
            }
        }
        let map = self.data_symbol("alc_code_map");
        self.module.define_data(map, &d).map_err(Self::err)
    }

    /// Records, for `-g`, that function `id` runs the code of the Al
    /// function (or module body) `name` of the current module, defined at
    /// `line`.
    pub fn debug_function(&mut self, id: FuncId, name: &str, line: u32) {
        if let Some(d) = &mut self.debug {
            d.function(id, self.unit, name, line);
        }
    }

    /// The index of the traceback site for an operation at `span`.
    pub fn tb_site(&mut self, span: Span) -> u32 {
        self.tb_sites.id(self.file, span)
    }

    /// The `CodeInfo` of the frame CPython runs class body or comprehension
    /// `scope` in (alc lowers them inline), and the span of the class
    /// statement, comprehension or call of a generator expression, where its
    /// caller's entry points.
    pub fn frame_info(&mut self, scope: ScopeId) -> Result<(DataId, Span), Diagnostic> {
        let span = self.scope_spans.get(&scope).copied().unwrap_or_default();
        let caller = self.genexp_calls.get(&span).copied().unwrap_or(span);
        if let Some(id) = self.frame_infos.get(&scope) {
            return Ok((*id, caller));
        }
        let name = match self.res.scopes[scope].kind {
            ScopeKind::Class => self.scope_names.get(&scope).cloned().unwrap_or_default(),
            _ => {
                let seg = self.file.text.get(span.start as usize..span.end as usize);
                tb_site::comprehension_name(seg.unwrap_or("")).to_string()
            }
        };
        let id = self.code_info(&name)?;
        self.frame_infos.insert(scope, id);
        Ok((id, caller))
    }

    /// The position CPython gives comprehension `scope`: its span, with
    /// the parentheses of the call for a generator expression that is a
    /// call's only argument.
    pub fn comprehension_pos(&self, scope: ScopeId) -> Span {
        let span = self.scope_spans.get(&scope).copied().unwrap_or_default();
        let text = self.file.text.as_bytes();
        let (start, end) = (span.start as usize, span.end as usize);
        if !self.genexp_calls.contains_key(&span) || text.get(start) == Some(&b'(') {
            return span;
        }
        let before = text[..start].iter().rposition(|b| !b.is_ascii_whitespace());
        let after = text[end..].iter().position(|b| !b.is_ascii_whitespace());
        match (before, after) {
            (Some(b), Some(a)) if text[b] == b'(' && text[end + a] == b')' => {
                Span::new(b, end + a + 1)
            }
            _ => span,
        }
    }

    /// The comprehension directly inside scope `parent` whose text
    /// contains (and is not) `span`: the one whose first iterable `span`
    /// is, when `span` is being iterated in `parent`.
    pub fn child_comprehension(&self, parent: ScopeId, span: Span) -> Option<ScopeId> {
        self.scope_spans
            .iter()
            .filter(|(c, s)| {
                self.res.scopes[**c].kind == ScopeKind::Comprehension
                    && self.res.scopes[**c].parent == Some(parent)
                    && s.start <= span.start
                    && span.end <= s.end
                    && **s != span
            })
            .min_by_key(|(_, s)| s.end - s.start)
            .map(|(c, _)| *c)
    }

    /// The span of the comprehension or class body with scope `scope`.
    pub fn scope_span(&self, scope: ScopeId) -> Span {
        self.scope_spans.get(&scope).copied().unwrap_or_default()
    }

    /// The call a generator expression at `span` is the only argument of
    /// (where its consumer's own errors are reported), or `span` itself.
    pub fn genexp_call(&self, span: Span) -> Span {
        self.genexp_calls.get(&span).copied().unwrap_or(span)
    }

    /// Records the call at `call` as the caller of each generator
    /// expression among `args`: CPython runs one in a frame of its own,
    /// called from the function it is passed to, so the entry below the
    /// `<genexpr>` frame shows the call.
    pub fn note_genexp_args(&mut self, args: &[crate::ast::Expr], call: Span) {
        for a in args {
            if let crate::ast::ExprKind::GeneratorExp { .. } = a.kind {
                self.genexp_calls.insert(a.span, call);
            }
        }
    }

    /// Defines the traceback site table and every `CodeInfo`.
    fn define_code_infos(&mut self) -> Result<(), Diagnostic> {
        let mut d = DataDescription::new();
        d.define(self.tb_sites.bytes().into_boxed_slice());
        d.set_align(4);
        self.module
            .define_data(self.sites_data, &d)
            .map_err(Self::err)?;
        let n_sites = self.tb_sites.len() as u64;
        for (id, name_id, name_len) in std::mem::take(&mut self.code_infos) {
            let mut d = DataDescription::new();
            let mut bytes = vec![0u8; layout::CODE_INFO_SIZE];
            let file_len = traceback_path(&self.file.name, self.exec.is_some()).len() as u64;
            put(
                &mut bytes,
                layout::CODE_INFO_FILE_LEN,
                &file_len.to_le_bytes(),
            );
            put(
                &mut bytes,
                layout::CODE_INFO_NAME_LEN,
                &(name_len as u64).to_le_bytes(),
            );
            put(
                &mut bytes,
                layout::CODE_INFO_N_SITES,
                &n_sites.to_le_bytes(),
            );
            let source_len = self.file.text.len() as u64;
            put(
                &mut bytes,
                layout::CODE_INFO_SOURCE_LEN,
                &source_len.to_le_bytes(),
            );
            // Code run by `exec` belongs to no module of the table.
            let module = if self.exec.is_some() {
                u64::MAX
            } else {
                self.unit as u64
            };
            put(&mut bytes, layout::CODE_INFO_MODULE, &module.to_le_bytes());
            d.define(bytes.into_boxed_slice());
            d.set_align(8);
            let f = self
                .module
                .declare_data_in_data(self.file_name_data, &mut d);
            let n = self.module.declare_data_in_data(name_id, &mut d);
            let s = self.module.declare_data_in_data(self.source_data, &mut d);
            let t = self.module.declare_data_in_data(self.sites_data, &mut d);
            d.write_data_addr(layout::CODE_INFO_FILE as u32, f, 0);
            d.write_data_addr(layout::CODE_INFO_NAME as u32, n, 0);
            d.write_data_addr(layout::CODE_INFO_SOURCE as u32, s, 0);
            d.write_data_addr(layout::CODE_INFO_SITES as u32, t, 0);
            self.module.define_data(id, &d).map_err(Self::err)?;
        }
        Ok(())
    }

    /// Defines a compiled function, recording its IR for `--emit clif`.
    pub fn define(&mut self, id: FuncId, func: Function) -> Result<(), Diagnostic> {
        if let Some(c) = &mut self.clif {
            c.push(annotated_clif(self.module.declarations(), &func));
        }
        if !self.codegen {
            return cranelift_codegen::verify_function(&func, self.module.isa())
                .map_err(|e| internal(format!("{e}")));
        }
        if let Some(p) = &mut self.pipeline {
            p.submit(id, func);
        }
        Ok(())
    }

    fn define_c_main(&mut self) -> Result<(), Diagnostic> {
        let mut sig = Signature::new(self.call_conv);
        sig.params.push(AbiParam::new(types::I32));
        sig.params.push(AbiParam::new(types::I64));
        sig.returns.push(AbiParam::new(types::I32));
        let id = self
            .module
            .declare_function("main", Linkage::Export, &sig)
            .map_err(Self::err)?;
        let mut func = Function::with_name_signature(UserFuncName::user(0, id.as_u32()), sig);
        let mut fctx = FunctionBuilderContext::new();
        let table = self.data_symbol("alc_module_table");
        entries::build_c_main(self, &mut func, &mut fctx, table);
        self.define(id, func)
    }

    /// Defines each module's descriptor and the table of them that `main`
    /// hands rt (`bodies[k]`: module `k`'s body, None for a native one).
    fn define_module_table(&mut self, bodies: &[Option<FuncId>]) -> Result<(), Diagnostic> {
        let program = self.program;
        for (k, u) in program.units.iter().enumerate() {
            let mut bytes = vec![0u8; layout::MODULE_DESC_SIZE];
            let name_id = define_bytes(&mut self.module, u.name.as_bytes())?;
            put(
                &mut bytes,
                layout::MODULE_DESC_NAME_LEN,
                &(u.name.len() as u64).to_le_bytes(),
            );
            let mut flags = 0u32;
            if u.package {
                flags |= layout::MODULE_FLAG_PACKAGE;
            }
            if u.native {
                flags |= layout::MODULE_FLAG_NATIVE;
            }
            put(&mut bytes, layout::MODULE_DESC_FLAGS, &flags.to_le_bytes());
            put(
                &mut bytes,
                layout::MODULE_DESC_INDEX,
                &(k as u64).to_le_bytes(),
            );
            let mut refs = vec![(layout::MODULE_DESC_OBJ, self.units[k].obj)];
            if !u.native {
                let path = traceback_path(&u.file.name, self.exec.is_some());
                let file_id = define_bytes(&mut self.module, path.as_bytes())?;
                put(
                    &mut bytes,
                    layout::MODULE_DESC_FILE_LEN,
                    &(path.len() as u64).to_le_bytes(),
                );
                let names = u.res.globals.join("\0");
                let names_id = define_bytes(&mut self.module, names.as_bytes())?;
                put(
                    &mut bytes,
                    layout::MODULE_DESC_NAMES_LEN,
                    &(names.len() as u64).to_le_bytes(),
                );
                put(
                    &mut bytes,
                    layout::MODULE_DESC_NSLOTS,
                    &(u.res.globals.len() as u64).to_le_bytes(),
                );
                refs.push((layout::MODULE_DESC_FILE, file_id));
                refs.push((layout::MODULE_DESC_NAMES, names_id));
                refs.push((layout::MODULE_DESC_SLOTS, self.units[k].globals));
            }
            let mut d = DataDescription::new();
            d.define(bytes.into_boxed_slice());
            d.set_align(8);
            refs.push((layout::MODULE_DESC_NAME, name_id));
            for (offset, id) in refs {
                let gv = self.module.declare_data_in_data(id, &mut d);
                d.write_data_addr(offset as u32, gv, 0);
            }
            if let Some(Some(body)) = bodies.get(k) {
                let f = self.module.declare_func_in_data(*body, &mut d);
                d.write_function_addr(layout::MODULE_DESC_BODY as u32, f);
            }
            self.module
                .define_data(self.units[k].desc, &d)
                .map_err(Self::err)?;
        }
        let table = self.data_symbol("alc_module_table");
        let mut d = DataDescription::new();
        d.define(vec![0u8; program.units.len() * 8].into_boxed_slice());
        d.set_align(8);
        for k in 0..program.units.len() {
            let gv = self.module.declare_data_in_data(self.units[k].desc, &mut d);
            d.write_data_addr((k * 8) as u32, gv, 0);
        }
        self.module.define_data(table, &d).map_err(Self::err)
    }

    /// Defines the zero-initialised slot arrays: each module's object
    /// word, globals, constants and inline caches.
    fn define_slots(&mut self) -> Result<(), Diagnostic> {
        let mut arrays = Vec::new();
        for k in 0..self.program.units.len() {
            let u = &self.units[k];
            // Inline caches: `ATTR_CACHE_SIZE` zeroed bytes per site, no
            // pointers the collector must see (classes are never freed).
            let nics = u.ic_count.max(1) * layout::ATTR_CACHE_SIZE as usize / 8;
            arrays.push((u.obj, 1));
            arrays.push((u.consts, u.const_list.len().max(1)));
            arrays.push((u.ics, nics));
            arrays.push((u.globals, self.slot_words(k)));
        }
        for (id, n) in arrays {
            let mut d = DataDescription::new();
            d.define_zeroinit(n * 8);
            d.set_align(8);
            self.module.define_data(id, &d).map_err(Self::err)?;
        }
        Ok(())
    }

    /// The slot array of module `k` and the current module's index.
    pub fn globals_of(&self, k: usize) -> DataId {
        self.units[k].globals
    }
}

/// The known functions of module `k` whose binding can never change, so
/// that calls of them need no guard (ARCHITECTURE.md, "Known bindings").
/// Only a module of the program itself, not of the library: the answer
/// depends on the whole program, and a library module's code must be the
/// same in every program (the machine-code cache). A known function (the
/// resolver: one unconditional, undecorated `def`, no other binding in its
/// module, `global` assignments and `del` included) is frozen unless some
/// module of the program stores or deletes an attribute of that name on
/// any object (`m.f = g` from anywhere), uses a route that writes a
/// namespace by a computed name (`resolve::DYNAMIC_NAMES`,
/// `resolve::DYNAMIC_ATTRS`, `getattr` with a computed name), or the
/// module is a package with a submodule of that name (`import m.f` binds
/// it).
fn frozen_bindings(program: &crate::loader::Program, k: usize) -> HashSet<String> {
    let u = &program.units[k];
    if u.native || u.is_lib() {
        return HashSet::new();
    }
    let units = || program.units.iter().filter(|u| !u.native);
    if units().any(|u| u.res.dynamic_namespace) {
        return HashSet::new();
    }
    u.res
        .known_functions
        .iter()
        .filter(|f| units().all(|o| !o.res.attr_writes.contains(*f)))
        .filter(|f| {
            let sub = format!("{}.{f}", u.name);
            program.units.iter().all(|o| o.name != sub)
        })
        .cloned()
        .collect()
}

/// The docstring of a function, class or module body: its first statement,
/// when that is a string literal.
pub fn docstring(body: &[crate::ast::Stmt]) -> Option<&str> {
    match &body.first()?.kind {
        crate::ast::StmtKind::Expr(e) => match &e.kind {
            crate::ast::ExprKind::Str(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// CPython's `co_firstlineno` of a `def`: its first decorator's line, else
/// the line of the `def` itself.
pub fn def_first_line(file: &SourceFile, f: &crate::ast::FunctionDef) -> u32 {
    let start = f.decorators.first().map_or(f.span.start, |d| d.span.start);
    file.line_col(start).0 as u32
}

/// The IR text of `func` with each imported function's declaration
/// followed by its symbol (`fn5 = u0:14 sig5 ; alc_rt_const_float`),
/// so a reader (or a test) sees which rt entry a `call fn5` calls.
fn annotated_clif(decls: &cranelift_module::ModuleDeclarations, func: &Function) -> String {
    let text = func.display().to_string();
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        out.push_str(line);
        let t = line.trim_start();
        let id = if let Some(rest) = t.strip_prefix("function u0:") {
            rest.split('(').next()
        } else if t.starts_with("fn") && t.contains(" = ") {
            t.split_whitespace().find_map(|w| w.strip_prefix("u0:"))
        } else {
            None
        };
        let name = id.and_then(|n| n.parse::<u32>().ok()).and_then(|id| {
            decls
                .get_function_decl(FuncId::from_u32(id))
                .name
                .as_deref()
        });
        if let Some(name) = name {
            out.push_str(" ; ");
            out.push_str(name);
        }
        out.push('\n');
    }
    out
}
