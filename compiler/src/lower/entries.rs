//! The native entries of compiled code: the module body, each Al function's
//! body with its prologue (stack check, parameters, cells), its generic entry
//! (argument binding), and the C `main`.

use super::func_cx::{FuncCx, LResult};
use super::rt_abi::RtFn;
use super::{FuncInfo, ModuleCx};
use crate::ast::{Comprehension, Expr, FunctionDef, Module, Params};
use crate::resolve::{Binding, ScopeId};
use crate::span::Span;
use alrt_abi::layout;
use cranelift_codegen::ir::{
    condcodes::IntCC, types, AbiParam, Function, InstBuilder, MemFlagsData, Signature,
    UserFuncName, Value,
};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::FuncId;

/// The source of a function body: a `def`, a `lambda` or a generator
/// expression that runs as a generator object.
pub enum FuncSource<'a> {
    Def(&'a FunctionDef),
    Lambda {
        params: &'a Params,
        body: &'a Expr,
        span: Span,
    },
    GenExp {
        elt: &'a Expr,
        generators: &'a [Comprehension],
        span: Span,
    },
}

impl<'a> FuncSource<'a> {
    pub(super) fn params(&self) -> &'a Params {
        match self {
            FuncSource::Def(f) => &f.params,
            FuncSource::Lambda { params, .. } => params,
            FuncSource::GenExp { .. } => &super::genexp::GENEXP_PARAMS,
        }
    }

    /// The line CPython's `co_firstlineno` gives the function.
    pub(super) fn first_line(&self, file: &crate::span::SourceFile) -> u32 {
        match self {
            FuncSource::Def(f) => super::def_first_line(file, f),
            FuncSource::Lambda { span, .. } | FuncSource::GenExp { span, .. } => {
                file.line_col(span.start).0 as u32
            }
        }
    }

    pub(super) fn name(&self) -> &'a str {
        match self {
            FuncSource::Def(f) => f.unmangled.as_deref().unwrap_or(&f.name.name),
            FuncSource::Lambda { .. } => "<lambda>",
            FuncSource::GenExp { .. } => "<genexpr>",
        }
    }
}

pub(super) fn new_func(m: &ModuleCx, id: FuncId) -> Function {
    Function::with_name_signature(
        UserFuncName::user(0, id.as_u32()),
        m.module
            .declarations()
            .get_function_decl(id)
            .signature
            .clone(),
    )
}

/// Lowers the body of the current module into `main_id`; the main
/// module's first fills the constants (`init_id`).
pub fn lower_module_body<'a>(
    m: &mut ModuleCx<'a>,
    ast: &'a Module,
    main_id: FuncId,
    init_id: Option<FuncId>,
) -> LResult<()> {
    let mut func = new_func(m, main_id);
    let mut fctx = FunctionBuilderContext::new();
    let info_id = m.code_info("<module>")?;
    let codeinfo = m.frame_code_info(info_id, &mut func);
    m.debug_function(main_id, "<module>", 1);
    let mut b = FunctionBuilder::new(&mut func, &mut fctx);
    let entry = b.create_block();
    b.switch_to_block(entry);
    let init_ref = init_id.map(|id| m.module_declare_func_in_func(id, b.func));
    let mut fx = FuncCx::new(m, b, 0, codeinfo);
    if let Some(init_ref) = init_ref {
        let call = fx.b.ins().call(init_ref, &[]);
        let ok = fx.b.inst_results(call)[0];
        fx.check_val(ok);
    }
    module_dunders(&mut fx, ast);
    if crate::resolve::has_annotations(&ast.body) {
        let d = fx.rt_val(RtFn::DictNew, &[]);
        fx.store_name("__annotations__", d);
    }
    if ast.body.len() <= MODULE_PART {
        fx.stmts(&ast.body)?;
    } else {
        // A long module body is compiled in parts, each its own function
        // (module-level names are global slots, so nothing else crosses a
        // statement boundary): Cranelift's memory grows with the size of
        // the function it compiles, and a generated module of 10^5
        // statements would need gigabytes as one function.
        for (k, part) in ast.body.chunks(MODULE_PART).enumerate() {
            let name = format!("alc_module{}_part{k}", fx.m.unit);
            let id =
                fx.m.declare_fn(&name, 0, cranelift_module::Linkage::Local)?;
            lower_module_part(fx.m, part, id, info_id)?;
            let part_ref = fx.m.module_declare_func_in_func(id, fx.b.func);
            let call = fx.b.ins().call(part_ref, &[]);
            let ok = fx.b.inst_results(call)[0];
            // The part added the traceback entry of the `<module>` frame.
            let next = fx.b.create_block();
            fx.b.ins().brif(ok, next, &[], fx.ret_null, &[]);
            fx.b.switch_to_block(next);
        }
    }
    if fx.m.repl && fx.m.unit == 0 {
        let repl = fx.m.repl_ref(fx.b.func);
        let call = fx.b.ins().call(repl, &[]);
        let ok = fx.b.inst_results(call)[0];
        fx.check_val(ok);
    }
    end_module_fn(fx).define(main_id, func)
}

/// Top-level statements per part of a long module body.
const MODULE_PART: usize = 1000;

/// One part of a long module body: its statements in the `<module>` frame
/// (`info_id`), returning None, or null when an exception escapes.
fn lower_module_part<'a>(
    m: &mut ModuleCx<'a>,
    stmts: &'a [crate::ast::Stmt],
    id: FuncId,
    info_id: cranelift_module::DataId,
) -> LResult<()> {
    let mut func = new_func(m, id);
    let mut fctx = FunctionBuilderContext::new();
    let codeinfo = m.frame_code_info(info_id, &mut func);
    m.debug_function(id, "<module>", 1);
    let mut b = FunctionBuilder::new(&mut func, &mut fctx);
    let entry = b.create_block();
    b.switch_to_block(entry);
    let mut fx = FuncCx::new(m, b, 0, codeinfo);
    fx.stmts(stmts)?;
    end_module_fn(fx).define(id, func)
}

/// Ends the module body or one of its parts: returns None, fills in the
/// error return and finalises the builder; hands back the module, which
/// defines the function.
pub(super) fn end_module_fn<'m, 'a>(mut fx: FuncCx<'m, 'a, '_>) -> &'m mut ModuleCx<'a> {
    let none = fx.none();
    fx.b.ins().return_(&[none]);
    fx.finish_ret_null();
    fx.b.seal_all_blocks();
    let FuncCx { m, b, .. } = fx;
    b.finalize(m.isa_frontend_config());
    m
}

/// Binds the module attributes CPython gives every module:
/// `__name__` (`"__main__"` for the program), `__file__` (the source's
/// absolute path at compile time), `__doc__` (the docstring or None) and
/// `__package__`.
fn module_dunders(fx: &mut FuncCx<'_, '_, '_>, ast: &Module) {
    let base = fx.globals_addr();
    let unit = &fx.m.program.units[fx.m.unit];
    let package = if unit.name == "__main__" {
        None
    } else if unit.package {
        Some(unit.name.clone())
    } else {
        Some(
            unit.name
                .rsplit_once('.')
                .map_or(String::new(), |(p, _)| p.to_string()),
        )
    };
    for name in crate::resolve::MODULE_DUNDERS {
        let Some(slot) = fx.m.res.global_slot(name) else {
            continue;
        };
        let v = match name {
            "__name__" => {
                let n = fx.m.program.units[fx.m.unit].name.clone();
                fx.str_const(&n)
            }
            "__file__" => {
                let path = super::traceback_path(&fx.m.file.name, fx.m.exec.is_some());
                fx.str_const(&path)
            }
            "__package__" => match &package {
                Some(p) => fx.str_const(p),
                None => fx.none(),
            },
            _ => match super::docstring(&ast.body) {
                Some(doc) => fx.str_const(doc),
                None => fx.none(),
            },
        };
        fx.b.ins()
            .store(MemFlagsData::trusted(), v, base, (slot * 8) as i32);
    }
}

/// Lowers a queued Al function: its body and its generic entry.
pub fn lower_function<'a>(
    m: &mut ModuleCx<'a>,
    src: &FuncSource<'a>,
    scope: ScopeId,
    info: &FuncInfo,
    qualname: &str,
) -> LResult<()> {
    let is_async = matches!(src, FuncSource::Def(f) if f.is_async);
    if m.res.scopes[scope].is_generator || is_async {
        return super::generator::lower_generator(m, src, scope, info, qualname, is_async);
    }
    lower_body(m, src, scope, info, qualname)?;
    lower_generic(m, info)
}

fn lower_body<'a>(
    m: &mut ModuleCx<'a>,
    src: &FuncSource<'a>,
    scope: ScopeId,
    info: &FuncInfo,
    qualname: &str,
) -> LResult<()> {
    let mut func = new_func(m, info.body);
    let mut fctx = FunctionBuilderContext::new();
    let info_id = m.code_info(src.name())?;
    let codeinfo = m.frame_code_info(info_id, &mut func);
    m.debug_function(info.body, qualname, src.first_line(m.file));
    let mut b = FunctionBuilder::new(&mut func, &mut fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let params: Vec<_> = b.block_params(entry).to_vec();
    let mut fx = FuncCx::new(m, b, scope, codeinfo);
    fx.func_val = params[0];
    stack_check(&mut fx, info.body)?;
    fx.enter_exec_function();
    bind_params(&mut fx, src, scope, &params[1..]);
    if let FuncSource::Def(f) = src {
        let names = param_names(&f.params);
        let candidates = super::unbox::float_candidates(&names, &f.body);
        fx.shadow_float_locals(scope, candidates);
    }
    lower_source_body(&mut fx, src)?;
    fx.finish_ret_null();
    fx.b.seal_all_blocks();
    let FuncCx { m, b, .. } = fx;
    b.finalize(m.isa_frontend_config());
    m.define(info.body, func)
}

/// The parameters' names in binding order (positional-only, positional,
/// `*args`, keyword-only, `**kwargs`).
fn param_names(p: &Params) -> Vec<&str> {
    p.posonly
        .iter()
        .chain(&p.args)
        .chain(&p.vararg)
        .chain(&p.kwonly)
        .chain(&p.kwarg)
        .map(|x| x.name.name.as_str())
        .collect()
}

/// Binds the parameters (`values`, in binding order) to their variables,
/// making cells of captured ones and of captured locals, and loads the
/// closure's free-variable cells from the function object (`fx.func_val`).
pub(super) fn bind_params(fx: &mut FuncCx, src: &FuncSource, scope: ScopeId, values: &[Value]) {
    let names = param_names(src.params());
    fx.first_param = names.first().map(|n| n.to_string());
    // Cells for captured locals, then parameters (copied into cells if captured).
    let cells = fx.m.res.cells_of(scope);
    let freevars = fx.m.res.scopes[scope].freevars.clone();
    for (i, name) in names.iter().enumerate() {
        let v = values[i];
        match fx.m.res.scopes[scope].bindings.get(*name) {
            Some(Binding::Cell) => {
                let c = fx.rt(RtFn::CellNew, &[v]).expect("cell_new returns");
                fx.init_var(scope, name, c);
            }
            _ => fx.init_var(scope, name, v),
        }
    }
    for name in &cells {
        if !names.contains(&name.as_str()) {
            let z = fx.null();
            let c = fx.rt(RtFn::CellNew, &[z]).expect("cell_new returns");
            fx.init_var(scope, name, c);
        }
    }
    if !freevars.is_empty() {
        let cells_ptr = fx.b.ins().load(
            types::I64,
            MemFlagsData::trusted(),
            fx.func_val,
            layout::FUNC_CELLS,
        );
        for (i, name) in freevars.iter().enumerate() {
            let c = fx.b.ins().load(
                types::I64,
                MemFlagsData::trusted(),
                cells_ptr,
                (i * 8) as i32,
            );
            fx.init_var(scope, name, c);
        }
    }
}

/// Lowers the statements of a `def` (returning None at the end) or the
/// expression of a `lambda` (returning it).
pub(super) fn lower_source_body<'a>(
    fx: &mut FuncCx<'_, 'a, '_>,
    src: &FuncSource<'a>,
) -> LResult<()> {
    match src {
        FuncSource::Def(f) => {
            fx.stmts(&f.body)?;
            if !fx.b.is_unreachable() {
                let none = fx.none();
                fx.emit_return(none);
            }
        }
        FuncSource::Lambda { body, .. } => {
            fx.set_line(body.span);
            let v = fx.value_expr(body)?;
            fx.emit_return(v);
        }
        FuncSource::GenExp {
            elt,
            generators,
            span,
        } => fx.genexp_body(elt, generators, *span)?,
    }
    Ok(())
}

/// The prologue's stack check of the function `own` (being built, its
/// parameters those of the entry block): RecursionError when the stack
/// pointer passes rt's limit. The limit is also tripped for SIGINT
/// (KeyboardInterrupt) and for queued finalisers. The slow path hands the
/// function's address and arguments to a thunk (`build_stack_thunk`),
/// which asks rt and then calls the function again (nothing of it has run
/// yet; the new frame's check decides about the depth) and returns its
/// result. So the slow path never rejoins the body and keeps no parameter
/// alive across a call: measured on `fib`, a rejoining slow path cost
/// three register moves per call, and one that saved the arguments in the
/// frame left stale words there that kept garbage alive.
pub(super) fn stack_check(fx: &mut FuncCx, own: FuncId) -> LResult<()> {
    let entry = fx.b.current_block().expect("in the entry block");
    let params = fx.b.block_params(entry).to_vec();
    let sp = fx.b.ins().get_stack_pointer(types::I64);
    let lim_addr = fx.data_addr(alrt_abi::data::STACK_LIMIT);
    let lim =
        fx.b.ins()
            .load(types::I64, MemFlagsData::trusted(), lim_addr, 0);
    let low = fx.b.ins().icmp(IntCC::UnsignedLessThan, sp, lim);
    let slow = fx.b.create_block();
    fx.b.set_cold_block(slow);
    let ok = fx.b.create_block();
    fx.b.ins().brif(low, slow, &[], ok, &[]);
    fx.b.switch_to_block(slow);
    let thunk = fx.m.stack_thunk(params.len())?;
    let thunk_ref = fx.m.module_declare_func_in_func(thunk, fx.b.func);
    let own_ref = fx.m.module_declare_func_in_func(own, fx.b.func);
    let own_addr = fx.b.ins().func_addr(types::I64, own_ref);
    // The arguments stay in their registers; the address comes last.
    let mut args = params;
    args.push(own_addr);
    let call = fx.b.ins().call(thunk_ref, &args);
    let r = fx.b.inst_results(call)[0];
    fx.b.ins().return_(&[r]);
    fx.b.switch_to_block(ok);
    Ok(())
}

/// The thunk `alc_stack_slow<nargs>(a0.., f)` of prologues whose stack
/// check failed: rt's slow path raises RecursionError or KeyboardInterrupt
/// (the thunk returns null) or runs the queued finalisers, and then the
/// thunk returns `f(a0..)`.
pub(super) fn build_stack_thunk(
    m: &mut ModuleCx,
    func: &mut Function,
    fctx: &mut FunctionBuilderContext,
    nargs: usize,
) {
    let slow_id = m.rt_func(RtFn::StackSlow);
    let slow_ref = m.module_declare_func_in_func(slow_id, func);
    let mut sig = Signature::new(func.signature.call_conv);
    sig.params
        .extend((0..nargs).map(|_| AbiParam::new(types::I64)));
    sig.returns.push(AbiParam::new(types::I64));
    let sig_ref = func.import_signature(sig);
    let mut b = FunctionBuilder::new(func, fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let p = b.block_params(entry).to_vec();
    let call = b.ins().call(slow_ref, &[]);
    let status = b.inst_results(call)[0];
    let neg = b.ins().icmp_imm_s(IntCC::SignedLessThan, status, 0);
    let again = b.create_block();
    let fail = b.create_block();
    b.ins().brif(neg, fail, &[], again, &[]);
    b.switch_to_block(again);
    let call = b.ins().call_indirect(sig_ref, p[nargs], &p[..nargs]);
    let r = b.inst_results(call)[0];
    b.ins().return_(&[r]);
    b.switch_to_block(fail);
    let z = b.ins().iconst(types::I64, 0);
    b.ins().return_(&[z]);
    b.seal_all_blocks();
    b.finalize(m.isa_frontend_config());
}

/// An array thunk (`ModuleCx::array_thunk`): its last `nargs` parameters
/// stored in an array of this frame, passed to rt's generic call (after
/// the function, the first parameter) or tuple constructor.
pub(super) fn build_array_thunk(
    m: &mut ModuleCx,
    func: &mut Function,
    fctx: &mut FunctionBuilderContext,
    kind: super::ArrayThunk,
    nargs: usize,
) {
    let rt = match kind {
        super::ArrayThunk::Call => RtFn::Call,
        super::ArrayThunk::Tuple => RtFn::TupleNew,
    };
    let rt_id = m.rt_func(rt);
    let rt_ref = m.module_declare_func_in_func(rt_id, func);
    let mut b = FunctionBuilder::new(func, fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let p = b.block_params(entry).to_vec();
    let (lead, vals) = p.split_at(p.len() - nargs);
    let arr = super::func_cx::stack_array(&mut b, vals);
    let n = b.ins().iconst(types::I64, nargs as i64);
    let args = match kind {
        super::ArrayThunk::Call => {
            let kw = b.ins().iconst(types::I64, 0);
            vec![lead[0], arr, n, kw]
        }
        super::ArrayThunk::Tuple => vec![arr, n],
    };
    let call = b.ins().call(rt_ref, &args);
    let r = b.inst_results(call)[0];
    b.ins().return_(&[r]);
    b.seal_all_blocks();
    b.finalize(m.isa_frontend_config());
}

/// The generic entry: a fast path for exactly-positional calls of simple
/// functions, otherwise rt's argument binding into a stack array.
pub(super) fn lower_generic(m: &mut ModuleCx, info: &FuncInfo) -> LResult<()> {
    let mut func = new_func(m, info.generic);
    let mut fctx = FunctionBuilderContext::new();
    let body_ref = m.module_declare_func_in_func(info.body, &mut func);
    let bind_id = m.rt_func(RtFn::BindArgs);
    let bind_ref = m.module_declare_func_in_func(bind_id, &mut func);
    let mut b = FunctionBuilder::new(&mut func, &mut fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let p = b.block_params(entry).to_vec();
    let (f, args, nargs, kwnames) = (p[0], p[1], p[2], p[3]);
    let slow = b.create_block();
    if info.simple {
        let fast = b.create_block();
        let n_ok = b.ins().icmp_imm_s(IntCC::Equal, nargs, info.npos as i64);
        let no_kw = b.ins().icmp_imm_s(IntCC::Equal, kwnames, 0);
        let both = b.ins().band(n_ok, no_kw);
        b.ins().brif(both, fast, &[], slow, &[]);
        b.switch_to_block(fast);
        let mut call_args = vec![f];
        for i in 0..info.npos {
            call_args.push(
                b.ins()
                    .load(types::I64, MemFlagsData::trusted(), args, (i * 8) as i32),
            );
        }
        let call = b.ins().call(body_ref, &call_args);
        let r = b.inst_results(call)[0];
        b.ins().return_(&[r]);
    } else {
        b.ins().jump(slow, &[]);
    }
    b.switch_to_block(slow);
    let slot = b.create_sized_stack_slot(cranelift_codegen::ir::StackSlotData::new(
        cranelift_codegen::ir::StackSlotKind::ExplicitSlot,
        (info.nparams.max(1) * 8) as u32,
        3,
    ));
    let out = b.ins().stack_addr(types::I64, slot, 0);
    let nout = b.ins().iconst(types::I64, info.nparams as i64);
    let call = b
        .ins()
        .call(bind_ref, &[f, args, nargs, kwnames, out, nout]);
    let st = b.inst_results(call)[0];
    let failed = b.ins().icmp_imm_s(IntCC::SignedLessThan, st, 0);
    let fail = b.create_block();
    let bound = b.create_block();
    b.ins().brif(failed, fail, &[], bound, &[]);
    b.switch_to_block(fail);
    let z = b.ins().iconst(types::I64, 0);
    b.ins().return_(&[z]);
    b.switch_to_block(bound);
    let mut call_args = vec![f];
    for i in 0..info.nparams {
        call_args.push(
            b.ins()
                .stack_load(types::I64, types::I64, slot, (i * 8) as i32),
        );
    }
    let call = b.ins().call(body_ref, &call_args);
    let r = b.inst_results(call)[0];
    b.ins().return_(&[r]);
    b.seal_all_blocks();
    b.finalize(m.isa_frontend_config());
    m.define(info.generic, func)
}

/// Builds the C `main`: `return alc_rt_start(argc, argv, table, n,
/// code_map)` with the program's module table and code map.
pub(super) fn build_c_main(
    m: &mut ModuleCx,
    func: &mut Function,
    fctx: &mut FunctionBuilderContext,
    table: cranelift_module::DataId,
) {
    let start_id = m.rt_func(RtFn::Start);
    let start_ref = m.module_declare_func_in_func(start_id, func);
    let table_gv = m.module_declare_data_in_func(table, func);
    let code_map = m.data_symbol("alc_code_map");
    let map_gv = m.module_declare_data_in_func(code_map, func);
    let n = m.program.units.len();
    let jit_install = m.uses_jit.then(|| m.jit_install_ref(func));
    let mut b = FunctionBuilder::new(func, fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let p = b.block_params(entry).to_vec();
    if let Some(install) = jit_install {
        b.ins().call(install, &[]);
    }
    let table = b.ins().symbol_value(types::I64, table_gv);
    let n = b.ins().iconst(types::I64, n as i64);
    let map = b.ins().symbol_value(types::I64, map_gv);
    let call = b.ins().call(start_ref, &[p[0], p[1], table, n, map]);
    let r = b.inst_results(call)[0];
    b.ins().return_(&[r]);
    b.seal_all_blocks();
    b.finalize(m.isa_frontend_config());
}
