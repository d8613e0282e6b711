//! `FuncCx`: the state of lowering one Al function (or the module body) to a
//! Cranelift function — variables, the error-propagation convention, the
//! control stack for loops/try/finally/with, and small IR helpers.

use super::rt_abi::RtFn;
use super::ModuleCx;
use crate::ast::Stmt;
use crate::diagnostics::Diagnostic;
use crate::resolve::{Binding, ScopeId, ScopeKind};
use crate::span::Span;
use cranelift_codegen::ir::Block;
use cranelift_codegen::ir::{
    condcodes::IntCC, types, BlockArg, FuncRef, GlobalValue, InstBuilder, MemFlagsData,
    StackSlotData, StackSlotKind, Value,
};
use cranelift_frontend::{FunctionBuilder, Variable};
use std::collections::HashMap;

/// The small-int tag bit, as an instruction immediate.
pub const SMALL_TAG: i64 = alrt_abi::value::SMALL_TAG as i64;
/// The small-int payload shift, as an instruction immediate. The inline
/// paths also tag by doubling (`sadd_overflow(x, x)`), which is a shift by one.
pub const SMALL_SHIFT: i64 = alrt_abi::value::SMALL_SHIFT as i64;
const _: () = assert!(SMALL_SHIFT == 1 && SMALL_TAG == 1);

/// Result of lowering: Err carries a diagnostic (unsupported construct).
pub type LResult<T> = Result<T, Diagnostic>;

/// An entry of the control stack, innermost last.
pub enum Ctl<'a> {
    /// A loop: `continue` and `break` targets.
    Loop { cont: Block, brk: Block },
    /// Errors raised inside jump to `on_error` (a try's handler dispatch).
    Unwind { on_error: Block },
    /// A `finally` body to run when leaving by return/break/continue.
    Finally { body: &'a [Stmt] },
    /// Inside an `except` clause: leaving it ends the handling.
    Handler,
    /// Inside an `except*` clause, which `break`, `continue` and `return`
    /// may not leave.
    StarHandler,
    /// Inside a `for` loop over a fresh generator (held in `var`): leaving
    /// the loop by `return` closes it.
    CloseIter { var: Variable },
    /// Inside a `with` body: leaving it by return/break/continue calls the
    /// bound `__exit__` (in `exit`) with three Nones, at the `with`'s `pos`
    /// (and awaits the result, for `async with`; `span` is the manager's).
    With {
        exit: Variable,
        pos: Span,
        is_async: bool,
        span: Span,
    },
}

/// Lowering state of one function.
pub struct FuncCx<'m, 'a, 'f> {
    pub m: &'m mut ModuleCx<'a>,
    pub b: FunctionBuilder<'f>,
    /// Current scope (a comprehension scope while lowering one inline).
    pub scope: ScopeId,
    /// The function object this code runs as (null for the module body).
    pub func_val: Value,
    /// In a function of code compiled by `eval`/`exec`: its globals, which
    /// it got when it was made (`exec.rs`), read once on entry.
    pub exec_globals: Option<Value>,
    vars: HashMap<(ScopeId, String), Variable>,
    rt_refs: HashMap<RtFn, FuncRef>,
    gvs: HashMap<&'static str, GlobalValue>,
    id_gvs: HashMap<cranelift_module::DataId, GlobalValue>,
    pub codeinfo: GlobalValue,
    pub ctl: Vec<Ctl<'a>>,
    /// Block that returns null (exception propagates to the caller).
    pub ret_null: Block,
    /// Source span of the operation being lowered: its traceback site.
    pub pos: Span,
    /// Value of the exception being handled, per enclosing `except` clause.
    pub handled: Vec<Variable>,
    /// The function's first parameter (the receiver for zero-argument `super()`).
    pub first_param: Option<String>,
    /// Every variable declared so far, in order: in a generator, variable
    /// `i` lives in frame slot `i` while the generator is suspended.
    pub all_vars: Vec<Variable>,
    /// Set while lowering a generator's resume function.
    pub gen: Option<super::generator::GenCx>,
    /// Depth of `finally` bodies lowered for a `return`, `break` or
    /// `continue` (their pending values are SSA values a `yield` would lose).
    pub cleanup_depth: usize,
    /// Set while lowering a comprehension that is a whole value (see
    /// `awaiting_expr`): it may await.
    pub whole_comprehension: bool,
    /// The f64 shadow of each local kept unboxed (`unbox.rs`).
    pub float_vars: HashMap<(ScopeId, String), Variable>,
    /// While the generic copy of a specialised loop is lowered: the entry
    /// block of each of its statements (`loop_spec.rs`).
    pub spec_entries: Option<HashMap<*const Stmt, Block>>,
}

impl<'m, 'a, 'f> FuncCx<'m, 'a, 'f> {
    /// Starts lowering into `b`, whose entry block must already be current.
    pub fn new(
        m: &'m mut ModuleCx<'a>,
        mut b: FunctionBuilder<'f>,
        scope: ScopeId,
        codeinfo: GlobalValue,
    ) -> FuncCx<'m, 'a, 'f> {
        let ret_null = b.create_block();
        // Where exceptions leave the function: never the likely path.
        b.set_cold_block(ret_null);
        FuncCx {
            m,
            b,
            scope,
            func_val: Value::from_u32(0),
            exec_globals: None,
            vars: HashMap::new(),
            rt_refs: HashMap::new(),
            gvs: HashMap::new(),
            id_gvs: HashMap::new(),
            codeinfo,
            ctl: Vec::new(),
            ret_null,
            pos: Span::default(),
            handled: Vec::new(),
            first_param: None,
            all_vars: Vec::new(),
            gen: None,
            cleanup_depth: 0,
            whole_comprehension: false,
            float_vars: HashMap::new(),
            spec_entries: None,
        }
    }

    /// The last block laid out so far, to pass to `cold_since`.
    pub fn layout_mark(&self) -> Option<Block> {
        self.b.func.layout.last_block()
    }

    /// Marks the blocks started since `mark` (`layout_mark`) cold: the path
    /// through them stays inline code, but it is emitted after the rest of
    /// the function, so the likely path around it falls through. (The
    /// emission order is otherwise a depth-first order of the control-flow
    /// graph in which one side of every two-way branch jumps.)
    pub fn cold_since(&mut self, mark: Option<Block>) {
        let mut next = match mark {
            Some(m) => self.b.func.layout.next_block(m),
            None => self.b.func.layout.entry_block(),
        };
        while let Some(blk) = next {
            self.b.set_cold_block(blk);
            next = self.b.func.layout.next_block(blk);
        }
    }

    /// Emits the shared `return null` block; call once, at the end.
    pub fn finish_ret_null(&mut self) {
        self.b.switch_to_block(self.ret_null);
        let z = self.b.ins().iconst(types::I64, 0);
        self.b.ins().return_(&[z]);
    }

    /// Records `span` as the position of the operations lowered next: an
    /// error there shows it in the traceback (CPython's code position of
    /// the instruction that raised).
    pub fn set_line(&mut self, span: Span) {
        self.pos = span;
        // The calls lowered next carry the site as their source location:
        // the code map (`ModuleCx::define_code_map`) turns it into the
        // call's position for rt's frame walk (warnings, logging,
        // `traceback.extract_stack`).
        let site = self.m.tb_site(span);
        self.b
            .set_srcloc(cranelift_codegen::ir::SourceLoc::new(site));
    }

    /// Lowers `f` outside the frame of the comprehension being lowered
    /// when `leave`: a generator expression's consumer (`sum`, `set`, ...)
    /// works in its caller's frame, not the generator's.
    pub fn outside_frame<T>(
        &mut self,
        leave: bool,
        f: impl FnOnce(&mut Self) -> LResult<T>,
    ) -> LResult<T> {
        let saved = self.scope;
        if leave && self.m.res.scopes[saved].kind == ScopeKind::Comprehension {
            // Its errors are reported at the consuming call.
            let call = self.m.genexp_call(self.m.scope_span(saved));
            self.set_line(call);
            self.scope = self.m.res.scopes[saved].parent.unwrap_or(0);
        }
        let r = f(self);
        self.scope = saved;
        r
    }

    // ---- variables -------------------------------------------------------

    /// The variable holding `name` as owned by scope `owner` (created on demand).
    pub fn var(&mut self, owner: ScopeId, name: &str) -> Variable {
        if let Some(v) = self.vars.get(&(owner, name.to_string())) {
            return *v;
        }
        let v = self.b.declare_var(types::I64);
        // Defined in the entry block by `init_var` or here lazily: a variable
        // used before any definition reads as null (unbound).
        self.vars.insert((owner, name.to_string()), v);
        self.all_vars.push(v);
        v
    }

    /// Declares `name` in `owner` and sets it to `val` (used in the entry block).
    pub fn init_var(&mut self, owner: ScopeId, name: &str, val: Value) {
        let v = self.var(owner, name);
        self.b.def_var(v, val);
    }

    /// A fresh anonymous variable holding null until set.
    pub fn null_var(&mut self) -> Variable {
        let v = self.temp_var();
        let z = self.null();
        self.b.def_var(v, z);
        v
    }

    /// A fresh anonymous variable.
    pub fn temp_var(&mut self) -> Variable {
        let v = self.b.declare_var(types::I64);
        self.all_vars.push(v);
        v
    }

    /// How `name` is reached from the current scope.
    pub fn binding(&self, name: &str) -> (Binding, ScopeId) {
        self.m.res.lookup(self.scope, name)
    }

    // ---- rt calls and constants --------------------------------------------

    /// Calls an rt function; returns its result (if it has one).
    pub fn rt(&mut self, f: RtFn, args: &[Value]) -> Option<Value> {
        let fref = match self.rt_refs.get(&f) {
            Some(r) => *r,
            None => {
                let id = self.m.rt_func(f);
                let r = self.m.module_declare_func_in_func(id, self.b.func);
                self.rt_refs.insert(f, r);
                r
            }
        };
        let inst = self.b.ins().call(fref, args);
        self.b.inst_results(inst).first().copied()
    }

    /// Calls an rt function returning a value and checks it for an exception.
    pub fn rt_val(&mut self, f: RtFn, args: &[Value]) -> Value {
        let v = self
            .rt(f, args)
            .unwrap_or_else(|| self.b.ins().iconst(types::I64, 0));
        self.check_val(v);
        v
    }

    /// Calls an rt function returning an i32 status/bool and checks for -1.
    pub fn rt_status(&mut self, f: RtFn, args: &[Value]) -> Value {
        let v = self
            .rt(f, args)
            .unwrap_or_else(|| self.b.ins().iconst(types::I32, 0));
        self.check_status(v);
        v
    }

    /// The address of an rt or module data symbol.
    pub fn data_addr(&mut self, sym: &'static str) -> Value {
        let gv = match self.gvs.get(sym) {
            Some(g) => *g,
            None => {
                let id = self.m.data_symbol(sym);
                let g = self.m.module_declare_data_in_func(id, self.b.func);
                self.gvs.insert(sym, g);
                g
            }
        };
        self.b.ins().symbol_value(types::I64, gv)
    }

    /// The address of module `k`'s descriptor, by which rt entries name a
    /// module (never its table index: that depends on the program).
    pub fn module_desc(&mut self, k: usize) -> Value {
        let id = self.m.units[k].desc;
        self.data_id_addr(id)
    }

    /// The address of data `id` (a module's slot array or object word).
    pub fn data_id_addr(&mut self, id: cranelift_module::DataId) -> Value {
        let gv = match self.id_gvs.get(&id) {
            Some(g) => *g,
            None => {
                let g = self.m.module_declare_data_in_func(id, self.b.func);
                self.id_gvs.insert(id, g);
                g
            }
        };
        self.b.ins().symbol_value(types::I64, gv)
    }

    /// The address of the current module's global slots.
    pub fn globals_addr(&mut self) -> Value {
        let id = self.m.globals_of(self.m.unit);
        self.data_id_addr(id)
    }

    /// `None`
    pub fn none(&mut self) -> Value {
        self.data_addr(alrt_abi::data::NONE)
    }

    /// `True` or `False`
    pub fn bool_const(&mut self, b: bool) -> Value {
        self.data_addr(if b {
            alrt_abi::data::TRUE
        } else {
            alrt_abi::data::FALSE
        })
    }

    /// Converts an i8/i32 truth flag into `True`/`False`.
    pub fn box_bool(&mut self, flag: Value) -> Value {
        let t = self.bool_const(true);
        let f = self.bool_const(false);
        self.b.ins().select(flag, t, f)
    }

    /// A tagged small int constant.
    pub fn small_int(&mut self, i: i64) -> Value {
        self.b
            .ins()
            .iconst(types::I64, alrt_abi::value::tag_small(i) as i64)
    }

    /// Loads constant slot `idx` (initialised at program start).
    pub fn const_slot(&mut self, idx: usize) -> Value {
        let base = self.data_id_addr(self.m.units[self.m.unit].consts);
        self.b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), base, (idx * 8) as i32)
    }

    /// A str constant.
    pub fn str_const(&mut self, s: &str) -> Value {
        let idx = self.m.const_str(s);
        self.const_slot(idx)
    }

    /// Stores `vals` in a fresh stack array and returns its address.
    pub fn array(&mut self, vals: &[Value]) -> Value {
        stack_array(&mut self.b, vals)
    }

    /// A stack array of `n` words, returned with its slot for loading results.
    pub fn out_array(&mut self, n: usize) -> (Value, cranelift_codegen::ir::StackSlot) {
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            (n.max(1) * 8) as u32,
            3,
        ));
        let addr = self.b.ins().stack_addr(types::I64, slot, 0);
        (addr, slot)
    }

    /// The address of a fresh inline-cache slot for one access site.
    pub fn ic_slot(&mut self) -> Value {
        let unit = &mut self.m.units[self.m.unit];
        let idx = unit.ic_count;
        unit.ic_count += 1;
        let ics = unit.ics;
        let base = self.data_id_addr(ics);
        self.b.ins().iadd_imm_s(
            base,
            (idx * alrt_abi::layout::ATTR_CACHE_SIZE as usize) as i64,
        )
    }

    /// The null word.
    pub fn null(&mut self) -> Value {
        self.b.ins().iconst(types::I64, 0)
    }

    // ---- errors -----------------------------------------------------------------

    /// Where an exception raised here goes: the innermost try's dispatch, or
    /// the function's `return null`.
    pub fn unwind_target(&self) -> Block {
        for c in self.ctl.iter().rev() {
            if let Ctl::Unwind { on_error } = c {
                return *on_error;
            }
        }
        self.ret_null
    }

    /// True if an exception raised here runs code of this function before
    /// leaving it: inside a `try` body with `except` or `finally` (or its
    /// `else` or `except` clauses, under a `finally`), a `with` body, or a
    /// `for` loop that closes its generator. Only the `Unwind` an `except`
    /// clause's own body pushes (after `Handler`) does not count: it only
    /// ends the handling. A generator suspended here runs code when closed.
    pub fn exception_runs_code(&self) -> bool {
        self.ctl.iter().enumerate().any(|(i, c)| {
            matches!(c, Ctl::Unwind { .. })
                && !matches!(self.ctl.get(i.wrapping_sub(1)), Some(Ctl::Handler))
        })
    }

    /// Fills `err`, which a branch that ended the current block targets,
    /// with a traceback entry for the current line and a jump to the unwind
    /// target, then continues in `cont`. The branch comes first because
    /// cranelift-frontend lets a block be left only once it is filled.
    fn fill_error_block(&mut self, err: Block, cont: Block) {
        self.b.set_cold_block(err);
        self.b.switch_to_block(err);
        self.tb_entries();
        let target = self.unwind_target();
        self.b.ins().jump(target, &[]);
        self.b.switch_to_block(cont);
    }

    /// Records the traceback entries of an error at `self.pos`: one for the
    /// frame of each class body and comprehension lowered inline around it
    /// (CPython runs them in frames of their own), then the function's.
    fn tb_entries(&mut self) {
        let mut site = self.m.tb_site(self.pos);
        let mut scope = self.scope;
        while matches!(
            self.m.res.scopes[scope].kind,
            ScopeKind::Class | ScopeKind::Comprehension
        ) {
            let Ok((id, span)) = self.m.frame_info(scope) else {
                break;
            };
            let gv = self.m.module_declare_data_in_func(id, self.b.func);
            self.tb_add(gv, site);
            // PEP 479: a StopIteration leaving a generator expression run
            // inline becomes RuntimeError, as leaving a generator.
            if self.m.res.scopes[scope].comp_name == "<genexpr>" {
                self.rt(RtFn::GenexpEscape, &[]);
            }
            site = self.m.tb_site(span);
            scope = self.m.res.scopes[scope].parent.unwrap_or(0);
        }
        self.tb_add(self.codeinfo, site);
    }

    /// The position of the comprehension being lowered, if the current
    /// scope is one: its iteration and `if` tests are reported there.
    pub fn comprehension_pos(&self) -> Option<Span> {
        (self.m.res.scopes[self.scope].kind == ScopeKind::Comprehension)
            .then(|| self.m.comprehension_pos(self.scope))
    }

    /// Where taking an iterator or its next item for the iterable at `span`
    /// is reported, and the comprehension whose frame the next item is
    /// taken in when that is not the current scope: a comprehension's
    /// iteration is reported at the comprehension, and its first iterable,
    /// lowered in the enclosing scope, is iterated in its frame.
    pub fn iteration_site(&self, span: Span) -> (Span, Option<ScopeId>) {
        if let Some(c) = self.m.child_comprehension(self.scope, span) {
            return (self.m.comprehension_pos(c), Some(c));
        }
        (self.comprehension_pos().unwrap_or(span), None)
    }

    fn tb_add(&mut self, info: GlobalValue, site: u32) {
        let site = self.b.ins().iconst(types::I32, i64::from(site));
        let info = self.b.ins().symbol_value(types::I64, info);
        self.rt(RtFn::TbAdd, &[info, site]);
    }

    /// Branches to the error path if `v` (a value word) is null.
    pub fn check_val(&mut self, v: Value) {
        let err = self.b.create_block();
        let ok = self.b.create_block();
        self.b.ins().brif(v, ok, &[], err, &[]);
        self.fill_error_block(err, ok);
    }

    /// Branches to the error path if `s` (an i32 status) is negative.
    pub fn check_status(&mut self, s: Value) {
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, s, 0);
        let err = self.b.create_block();
        let ok = self.b.create_block();
        self.b.ins().brif(neg, err, &[], ok, &[]);
        self.fill_error_block(err, ok);
    }

    /// Jumps to the error path unconditionally (an exception is pending).
    pub fn raise_pending(&mut self) {
        let err = self.b.create_block();
        self.b.ins().jump(err, &[]);
        let dead = self.b.create_block();
        self.fill_error_block(err, dead);
    }

    /// Jumps to the unwind target with the pending exception, recording no
    /// traceback entry (a re-raise); continues in a fresh dead block.
    pub fn reraise_pending(&mut self) {
        let target = self.unwind_target();
        self.b.ins().jump(target, &[]);
        self.start_dead_block();
    }

    /// The interrupt poll of a loop header. The SIGINT handler trips the
    /// stack limit, so this is the prologue's stack check: rt's slow path
    /// raises KeyboardInterrupt, or returns 0 when the loop merely runs near
    /// the recursion limit.
    pub fn poll(&mut self) {
        let low = self.stack_low();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let cont = self.b.create_block();
        self.b.ins().brif(low, slow, &[], cont, &[]);
        self.b.switch_to_block(slow);
        self.rt_status(RtFn::Poll, &[]);
        self.b.ins().jump(cont, &[]);
        self.b.switch_to_block(cont);
    }

    /// An i8 flag: the stack pointer is below the stack limit word (deep
    /// recursion, or rt lowered the word to ask for a poll).
    pub fn stack_low(&mut self) -> Value {
        let sp = self.b.ins().get_stack_pointer(types::I64);
        let lim_addr = self.data_addr(alrt_abi::data::STACK_LIMIT);
        let lim = self
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), lim_addr, 0);
        self.b.ins().icmp(IntCC::UnsignedLessThan, sp, lim)
    }

    /// After a terminator: continue in a fresh unreachable block so that
    /// following code (dead in the source too) still has somewhere to go.
    pub fn start_dead_block(&mut self) {
        let dead = self.b.create_block();
        self.b.switch_to_block(dead);
    }

    /// Jumps to `target` and continues in a dead block.
    pub fn jump_to(&mut self, target: Block) {
        self.b.ins().jump(target, &[]);
        self.start_dead_block();
    }

    /// Branches on an i8/i32 flag.
    pub fn branch(&mut self, flag: Value, then_blk: Block, else_blk: Block) {
        self.b.ins().brif(flag, then_blk, &[], else_blk, &[]);
    }

    /// Jumps with block arguments.
    pub fn jump_args(&mut self, target: Block, args: &[Value]) {
        let args: Vec<BlockArg> = args.iter().map(|v| BlockArg::Value(*v)).collect();
        self.b.ins().jump(target, &args);
    }

    /// An "unsupported" diagnostic at `span`.
    pub fn unsupported<T>(&self, what: &str, span: Span) -> LResult<T> {
        Err(Diagnostic::unsupported(what, span))
    }
}

/// Stores `vals` in a fresh stack array of the function `b` builds and
/// returns its address (one word at least, so the address is valid).
pub fn stack_array(b: &mut FunctionBuilder, vals: &[Value]) -> Value {
    let slot = b.create_sized_stack_slot(StackSlotData::new(
        StackSlotKind::ExplicitSlot,
        (vals.len().max(1) * 8) as u32,
        3,
    ));
    for (i, v) in vals.iter().enumerate() {
        b.ins().stack_store(types::I64, *v, slot, (i * 8) as i32);
    }
    b.ins().stack_addr(types::I64, slot, 0)
}
