//! Specialised numeric loops (loop versioning). A `while` loop whose body
//! only computes with the function's int and float locals (assignments
//! of `+ - * /` arithmetic, `if` on comparisons, `break`, `continue`, and
//! `while` loops of the same kind, which the fast copy runs inside it) is
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

mod copy;
mod inline;
mod plan;
#[cfg(test)]
mod tests;

use super::func_cx::{Ctl, FuncCx, LResult, SMALL_SHIFT};
use crate::ast::{Expr, FunctionDef, Stmt, StmtKind};
use crate::resolve::{Binding, ScopeId};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, Block, InstBuilder, MemFlagsData};
use cranelift_frontend::Variable;
use inline::{inline_stmts, stmts_have_call};
pub use plan::Head;
use plan::{assigned_names, computed_names, live_in, min_lens, plan, Plan};
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

/// The strategy the specialised fast copy assumes for a list local
/// (`Fast::strats`), checked where the copy is entered and where the
/// local is assigned, so its items are read and stored with no test.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Strat {
    /// Raw f64 words (`LIST_FLAG_FLOATS`).
    Floats,
    /// Values.
    Generic,
}

/// How many times one run of a loop may leave its fast copy for the
/// generic copy before it stays there.
pub(super) const DEOPT_BUDGET: i64 = 32;

/// True if every statement of `body`, nested ones too, has an entry.
fn all_marked(body: &[Stmt], entries: &HashMap<*const Stmt, Block>) -> bool {
    body.iter().all(|s| {
        entries.contains_key(&(s as *const Stmt))
            && match &s.kind {
                StmtKind::If { body, orelse, .. } => {
                    all_marked(body, entries) && all_marked(orelse, entries)
                }
                StmtKind::While { body, .. } => all_marked(body, entries),
                _ => true,
            }
    })
}

/// A loop planned for a fast copy (`spec_plan`), carried through the
/// lowering of its generic copy.
pub struct LoopSpec {
    /// A `for` loop's target.
    var: Option<String>,
    /// The loop statement's position: the fast copy's own steps (its
    /// test, the next item) are at it, as the generic copy's are.
    pos: crate::span::Span,
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
    /// For a loop over lists: zero while the specialised fast copy may be
    /// entered; a list local entering it or assigned in it with another
    /// strategy than the copy assumed sets it, and the tested copy runs
    /// instead for the rest of the function's run.
    specialise: Option<Variable>,
}

/// One fast copy of a loop: where it is entered, where its failed entry
/// checks go, and whether it is the specialised one (`spec_copies`).
#[derive(Clone, Copy)]
struct Copy {
    at: Block,
    fail: Block,
    specialised: bool,
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
    /// The length each list local is checked to have where the copy gets
    /// it (`plan::min_lens`): its constant indices below need no test.
    min_len: BTreeMap<String, i64>,
    /// Those it may assign a computed float or a float list's item (the
    /// others only copy boxes).
    computed: BTreeSet<String>,
    header: Block,
    exit: Block,
    /// The (header, exit) of each nested loop being lowered, innermost
    /// last: where its `continue` and `break` go.
    loops: Vec<(Block, Block)>,
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
    /// In the specialised copy, the strategy assumed for each list local
    /// whose items it reads or stores (the first access decides); `None`
    /// in the tested copy, which tests the strategy at every access.
    strats: Option<HashMap<String, Strat>>,
    /// The specialised copy's entry check of its live list locals'
    /// strategies, filled in at the end: (check block, where the copy
    /// starts, where a mismatch goes, the live list locals).
    entry_check: Option<(Block, Block, Block, Vec<String>)>,
    /// The checks after assignments of list locals (`spec_strat_check`):
    /// (check block, local, list, where it goes on, deopt).
    checks: Vec<(Block, String, cranelift_codegen::ir::Value, Block, Block)>,
}

impl<'m, 'a, 'f> FuncCx<'m, 'a, 'f> {
    /// Lowers `while test: body` (no `else`) as a generic and a fast copy
    /// if the fast copy can run it; false (nothing lowered) otherwise.
    pub fn spec_while(&mut self, test: &'a Expr, body: &'a [Stmt]) -> LResult<bool> {
        let Some(spec) = self.spec_plan(Head::While(test), body) else {
            return Ok(false);
        };
        // The generic copy, with an entry block per statement, entered and
        // continued through `try_fast`, which moves to the fast copy when
        // the locals have their types.
        let g_header = self.b.create_block();
        let g_body = self.b.create_block();
        let g_exit = self.b.create_block();
        self.b.ins().jump(spec.try_fast, &[]);
        self.b.switch_to_block(g_header);
        self.poll();
        let c = self.cond(test)?;
        self.branch(c, g_body, g_exit);
        self.b.switch_to_block(g_body);
        self.spec_entries = Some(HashMap::new());
        self.ctl.push(Ctl::Loop {
            cont: spec.try_fast,
            brk: g_exit,
        });
        let lowered = self.stmts(body);
        self.ctl.pop();
        if lowered.is_err() {
            self.spec_entries = None;
        }
        lowered?;
        self.b.ins().jump(spec.try_fast, &[]);

        let entries = self.spec_entries.take().unwrap_or_default();
        for copy in self.spec_copies(&spec, g_header) {
            let f_header = self.b.create_block();
            let Some(mut fast) =
                self.spec_open(&spec, entries.clone(), body, copy, g_header, None, f_header)
            else {
                continue;
            };
            self.b.ins().jump(f_header, &[]);
            self.b.switch_to_block(f_header);
            self.set_line(spec.pos);
            let to_generic = self.spec_deopt(&mut fast, g_header);
            self.spec_poll(to_generic);
            let f_body = self.b.create_block();
            let c = self.spec_cond(&mut fast, test, to_generic);
            self.b.ins().brif(c, f_body, &[], fast.exit, &[]);
            self.b.switch_to_block(f_body);
            let fbody: &[Stmt] = spec.inlined.as_deref().unwrap_or(body);
            self.spec_stmts(&mut fast, body, fbody);
            self.b.ins().jump(f_header, &[]);
            self.spec_close(fast, &spec, g_exit);
        }
        self.b.switch_to_block(g_exit);
        Ok(true)
    }

    /// Opens the fast copy at `spec.try_fast`, where the generic copy
    /// offers it its locals: unless the deopt budget is spent, the entry
    /// checks (a failure goes on in the generic copy at `header`), then
    /// the fast copy's state, `cont` being where `continue` goes. `None`,
    /// after a jump to `header`, when the statement entries are missing
    /// (not expected: every statement goes through `stmts`).
    #[allow(clippy::too_many_arguments)]
    fn spec_open(
        &mut self,
        spec: &LoopSpec,
        entries: HashMap<*const Stmt, Block>,
        body: &[Stmt],
        copy: Copy,
        header: Block,
        counter: Option<(Variable, Variable)>,
        cont: Block,
    ) -> Option<Fast> {
        self.b.switch_to_block(copy.at);
        if !all_marked(body, &entries) {
            self.b.ins().jump(header, &[]);
            return None;
        }
        let left = self.b.use_var(spec.budget);
        let spent = self
            .b
            .ins()
            .icmp_imm_s(IntCC::SignedLessThanOrEqual, left, 0);
        let guards = self.b.create_block();
        self.b.ins().brif(spent, header, &[], guards, &[]);
        self.b.switch_to_block(guards);
        if let (true, Some(off)) = (copy.specialised, spec.specialise) {
            let off = self.b.use_var(off);
            let next = self.b.create_block();
            self.b.ins().brif(off, copy.fail, &[], next, &[]);
            self.b.switch_to_block(next);
        }
        let mut fast = Fast {
            scope: self.scope,
            counter,
            vars: HashMap::new(),
            assigned: spec.assigned.clone(),
            computed: computed_names(spec.inlined.as_deref().unwrap_or(body), spec.var.as_deref()),
            min_len: min_lens(spec.inlined.as_deref().unwrap_or(body)),
            header: cont,
            exit: self.b.create_block(),
            loops: Vec::new(),
            entries,
            deopts: Vec::new(),
            words: HashMap::new(),
            strats: copy.specialised.then(HashMap::new),
            entry_check: None,
            checks: Vec::new(),
        };
        // The copies check the same types: only the specialised copy's
        // strategy checks send the tested copy what fails here.
        self.spec_enter(&mut fast, &spec.plan, &spec.live, &spec.callees, header);
        if copy.specialised {
            // The strategies are known once the body is lowered.
            let check = self.b.create_block();
            let start = self.b.create_block();
            self.b.ins().jump(check, &[]);
            self.b.switch_to_block(start);
            let lists = spec
                .plan
                .tys
                .iter()
                .filter(|(n, t)| **t == Ty::List && spec.live.contains(*n))
                .map(|(n, _)| n.clone())
                .collect();
            fast.entry_check = Some((check, start, copy.fail, lists));
        }
        Some(fast)
    }

    /// The fast copies of a loop, each entered where the one before it
    /// fails its checks: for a loop over lists a specialised copy (each
    /// list local's strategy known, no test at its items) and the tested
    /// copy for lists of other strategies; else the tested copy alone.
    /// The last one's failures go on in the generic copy at `header`.
    fn spec_copies(&mut self, spec: &LoopSpec, header: Block) -> Vec<Copy> {
        if spec.specialise.is_none() {
            return vec![Copy {
                at: spec.try_fast,
                fail: header,
                specialised: false,
            }];
        }
        let tested = self.b.create_block();
        vec![
            Copy {
                at: spec.try_fast,
                fail: tested,
                specialised: true,
            },
            Copy {
                at: tested,
                fail: header,
                specialised: false,
            },
        ]
    }

    /// Fills in the specialised copy's strategy checks (`Fast::strats`).
    fn spec_fill_checks(&mut self, fast: &mut Fast, specialise: Option<Variable>) {
        let Some(strats) = fast.strats.clone() else {
            return;
        };
        if let Some((check, start, fail, lists)) = fast.entry_check.take() {
            // A mismatch turns the specialised copy off too: later runs of
            // the loop go to the tested copy without its checks.
            let fail = match specialise {
                Some(off) if !lists.is_empty() => {
                    let b = self.b.create_block();
                    self.b.switch_to_block(b);
                    let one = self.b.ins().iconst(types::I64, 1);
                    self.b.def_var(off, one);
                    self.b.ins().jump(fail, &[]);
                    b
                }
                _ => fail,
            };
            self.b.switch_to_block(check);
            for name in &lists {
                let Some(&strat) = strats.get(name) else {
                    continue;
                };
                let l = self.b.use_var(fast.vars[name.as_str()].0);
                let next = self.b.create_block();
                self.spec_branch_strat(l, strat, next, fail);
                self.b.switch_to_block(next);
            }
            self.b.ins().jump(start, &[]);
        }
        for (check, name, l, cont, deopt) in std::mem::take(&mut fast.checks) {
            self.b.switch_to_block(check);
            let (Some(&strat), Some(off)) = (strats.get(&name), specialise) else {
                self.b.ins().jump(cont, &[]);
                continue;
            };
            let other = self.b.create_block();
            self.b.set_cold_block(other);
            self.spec_branch_strat(l, strat, cont, other);
            self.b.switch_to_block(other);
            let one = self.b.ins().iconst(types::I64, 1);
            self.b.def_var(off, one);
            self.b.ins().jump(deopt, &[]);
        }
    }

    /// Jumps to `yes` if list `l` has strategy `strat`, else to `no`.
    fn spec_branch_strat(
        &mut self,
        l: cranelift_codegen::ir::Value,
        strat: Strat,
        yes: Block,
        no: Block,
    ) {
        let floats = self.list_is_floats(l);
        match strat {
            Strat::Floats => self.b.ins().brif(floats, yes, &[], no, &[]),
            Strat::Generic => self.b.ins().brif(floats, no, &[], yes, &[]),
        };
    }

    /// Closes a fast copy: its exit writes the locals back and goes on at
    /// `exit`; each way back to the generic copy spends one of `budget`
    /// and writes them back too.
    fn spec_close(&mut self, mut fast: Fast, spec: &LoopSpec, exit: Block) {
        let budget = spec.budget;
        self.spec_fill_checks(&mut fast, spec.specialise);
        let scope = fast.scope;
        self.b.switch_to_block(fast.exit);
        self.spec_write_back(&fast, scope);
        self.b.ins().jump(exit, &[]);
        for (target, d) in std::mem::take(&mut fast.deopts) {
            self.b.switch_to_block(d);
            let left = self.b.use_var(budget);
            let left = self.b.ins().iadd_imm_s(left, -1);
            self.b.def_var(budget, left);
            self.spec_write_back(&fast, scope);
            self.b.ins().jump(target, &[]);
        }
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
            if *ty == Ty::List && live.contains(name) {
                self.spec_len_check(fast, name, v, fail);
            }
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

    /// The plan of a loop without `else` (`while`, `for var in range(...)`
    /// over an inline range, `for var in xs`) if its fast copy can run it;
    /// the deopt budget is set here, before the loop.
    pub fn spec_plan(&mut self, head: Head<'a>, body: &'a [Stmt]) -> Option<LoopSpec> {
        // With `-g` a loop has one copy, so a breakpoint on a line of its
        // body stops at every iteration (gdb places it in one copy).
        // Code run by `exec` keeps its names in namespaces, not registers.
        if self.gen.is_some()
            || self.spec_entries.is_some()
            || self.m.debug.is_some()
            || self.m.exec.is_some()
        {
            return None;
        }
        let scope = self.scope;
        let is_local = |n: &str| self.spec_variable(n);
        let float_vars = &self.float_vars;
        let is_float = |n: &str| float_vars.contains_key(&(scope, n.to_string()));
        let (inlined, callees) = self.spec_inlined(body)?;
        let fbody: &[Stmt] = inlined.as_deref().unwrap_or(body);
        let plan = plan(head, fbody, &is_local, &is_float)?;
        if !plan.builtins.iter().all(|b| self.is_builtin_name(b)) {
            return None;
        }
        let mut assigned = assigned_names(fbody);
        let var = match head {
            Head::Range(v) | Head::Each(v) => Some(v.to_string()),
            Head::While(_) => None,
        };
        assigned.extend(var.clone());
        let live = live_in(head, fbody)
            .into_iter()
            .map(str::to_string)
            .collect();
        // Deopts left before the loop stops entering its fast copy (items
        // that are not floats would otherwise leave it every iteration).
        let budget = self.b.declare_var(types::I64);
        let n = self.b.ins().iconst(types::I64, DEOPT_BUDGET);
        self.b.def_var(budget, n);
        let lists = matches!(head, Head::Each(_)) || plan.tys.values().any(|t| *t == Ty::List);
        // Never defined before the loop: it reads 0 until a check sets it,
        // and stays set for the rest of the function's run.
        let specialise = lists.then(|| self.b.declare_var(types::I64));
        Some(LoopSpec {
            pos: self.pos,
            var,
            plan,
            live,
            assigned,
            budget,
            try_fast: self.b.create_block(),
            inlined,
            callees,
            specialise,
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
        spec: LoopSpec,
        body: &'a [Stmt],
        header: Block,
        exit: Block,
        cur: Variable,
        stop: Variable,
        step: i64,
    ) {
        let entries = self.spec_entries.take().unwrap_or_default();
        for copy in self.spec_copies(&spec, header) {
            self.spec_range_copy(
                &spec,
                entries.clone(),
                copy,
                body,
                header,
                exit,
                cur,
                stop,
                step,
            );
        }
    }

    /// One fast copy of a range loop (`spec_range_fast`).
    #[allow(clippy::too_many_arguments)]
    fn spec_range_copy(
        &mut self,
        spec: &LoopSpec,
        entries: HashMap<*const Stmt, Block>,
        copy: Copy,
        body: &'a [Stmt],
        header: Block,
        exit: Block,
        cur: Variable,
        stop: Variable,
        step: i64,
    ) {
        let c = self.b.declare_var(types::I64);
        let f_header = self.b.create_block();
        let f_latch = self.b.create_block();
        let Some(mut fast) =
            self.spec_open(spec, entries, body, copy, header, Some((c, cur)), f_latch)
        else {
            return;
        };
        let w = self.b.use_var(cur);
        let c0 = self.b.ins().sshr_imm_u(w, SMALL_SHIFT);
        self.b.def_var(c, c0);
        let w = self.b.use_var(stop);
        let s = self.b.ins().sshr_imm_u(w, SMALL_SHIFT);
        self.b.ins().jump(f_header, &[]);

        self.b.switch_to_block(f_header);
        self.set_line(spec.pos);
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
        let var = spec.var.clone().unwrap_or_default();
        let (jv, _) = fast.vars[var.as_str()];
        let cv = self.b.use_var(c);
        self.b.def_var(jv, cv);
        self.spec_assigned(&fast, &var);
        let fbody: &[Stmt] = spec.inlined.as_deref().unwrap_or(body);
        self.spec_stmts(&mut fast, body, fbody);
        self.b.ins().jump(f_latch, &[]);
        // The next item; past the small ints the loop ends, as the
        // generic copy's tagged counter ends it.
        self.b.switch_to_block(f_latch);
        self.set_line(spec.pos);
        let cv = self.b.use_var(c);
        let next = self.b.ins().iadd_imm_s(cv, step);
        self.spec_small_or(next, fast.exit);
        self.b.def_var(c, next);
        self.b.ins().jump(f_header, &[]);
        self.spec_close(fast, spec, exit);
    }

    /// Lowers the fast copy of a planned `for var in xs` whose generic copy
    /// is lowered, for when `xs` is a list: `seq` holds it and `idx` the
    /// index of its next item (untagged), as the generic copy keeps them.
    pub fn spec_each_fast(
        &mut self,
        spec: LoopSpec,
        body: &'a [Stmt],
        header: Block,
        exit: Block,
        seq: Variable,
        idx: Variable,
    ) {
        let entries = self.spec_entries.take().unwrap_or_default();
        for copy in self.spec_copies(&spec, header) {
            self.spec_each_copy(&spec, entries.clone(), copy, body, header, exit, seq, idx);
        }
    }

    /// One fast copy of a `for var in xs` loop (`spec_each_fast`).
    #[allow(clippy::too_many_arguments)]
    fn spec_each_copy(
        &mut self,
        spec: &LoopSpec,
        entries: HashMap<*const Stmt, Block>,
        copy: Copy,
        body: &'a [Stmt],
        header: Block,
        exit: Block,
        seq: Variable,
        idx: Variable,
    ) {
        let f_header = self.b.create_block();
        let Some(mut fast) = self.spec_open(spec, entries, body, copy, header, None, f_header)
        else {
            return;
        };
        let l = self.b.use_var(seq);
        let var = spec.var.clone().unwrap_or_default();
        let (xv, ty) = fast.vars[var.as_str()];
        // The specialised copy walks a generic list for list items, a
        // float list for float items.
        let strat = copy.specialised.then_some(if ty == Ty::List {
            Strat::Generic
        } else {
            Strat::Floats
        });
        match strat {
            Some(s) => self.spec_branch_strat(l, s, f_header, copy.fail),
            None => {
                self.b.ins().jump(f_header, &[]);
            }
        }

        // Each item: the index advances before the body, as in the
        // generic copy; an item of another type is taken by the generic
        // copy, whose header reads it again.
        self.b.switch_to_block(f_header);
        self.set_line(spec.pos);
        let to_generic = self.spec_deopt(&mut fast, header);
        self.spec_poll(to_generic);
        let i = self.b.use_var(idx);
        let len = self.list_len(l);
        let more = self.b.ins().icmp(IntCC::SignedLessThan, i, len);
        let load = self.b.create_block();
        self.b.ins().brif(more, load, &[], fast.exit, &[]);
        self.b.switch_to_block(load);
        let p = self.b.ins().load(
            types::I64,
            MemFlagsData::trusted(),
            l,
            alrt_abi::layout::LIST_ITEMS_PTR,
        );
        let off = self.b.ins().ishl_imm_u(i, 3);
        let addr = self.b.ins().iadd(p, off);
        let (x, w) = match ty {
            Ty::List => {
                // A float list's words are not values: the generic copy
                // takes its items.
                if strat.is_none() {
                    let floats = self.list_is_floats(l);
                    let word = self.b.create_block();
                    self.b.ins().brif(floats, to_generic, &[], word, &[]);
                    self.b.switch_to_block(word);
                }
                let w = self
                    .b
                    .ins()
                    .load(types::I64, MemFlagsData::trusted(), addr, 0);
                self.spec_list_or(w, to_generic);
                self.spec_len_check(&fast, &var, w, to_generic);
                (w, w)
            }
            _ => self.spec_float_item(l, addr, strat, to_generic),
        };
        let next = self.b.ins().iadd_imm_s(i, 1);
        self.b.def_var(idx, next);
        self.b.def_var(xv, x);
        self.spec_assigned_word(&fast, &var, w);
        if ty == Ty::List {
            // The item is taken: the generic copy goes on with the body.
            let first = body
                .first()
                .and_then(|s| fast.entries.get(&(s as *const Stmt)));
            let target = first.copied().unwrap_or(header);
            let to_body = self.spec_deopt(&mut fast, target);
            self.spec_strat_check(&mut fast, &var, x, to_body);
        }
        let fbody: &[Stmt] = spec.inlined.as_deref().unwrap_or(body);
        self.spec_stmts(&mut fast, body, fbody);
        self.b.ins().jump(f_header, &[]);
        self.spec_close(fast, spec, exit);
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
}
