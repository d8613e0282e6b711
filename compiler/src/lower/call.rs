//! Call lowering: direct calls to known functions, specialised builtins,
//! generator expressions consumed inline by builtins, method calls, and the
//! generic vectorcall-style path (no argument tuples).

use super::func_cx::{FuncCx, LResult};
use super::rt_abi::RtFn;
use crate::ast::*;
use crate::resolve::{Binding, ScopeKind};
use alrt_abi::layout;
use cranelift_codegen::ir::{condcodes::IntCC, types, BlockArg, InstBuilder, MemFlagsData, Value};

/// Builtins that consume an iterator argument before they return (a fresh
/// generator passed to one is closed when the call ends).
const CONSUMERS: [&str; 12] = [
    "sum",
    "any",
    "all",
    "min",
    "max",
    "list",
    "tuple",
    "set",
    "frozenset",
    "sorted",
    "dict",
    "next",
];

impl<'m, 'a, 'f> FuncCx<'m, 'a, 'f> {
    /// Lowers the call expression `e`.
    pub fn call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> LResult<Value> {
        self.m.note_genexp_args(args, e.span);
        let has_star = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
            || keywords.iter().any(|k| k.arg.is_none());
        if has_star {
            let f = self.expr(func)?;
            return self.call_ex(e, f, args, keywords);
        }
        if let Some(v) = self.consume_genexp(e, func, args, keywords)? {
            return Ok(v);
        }
        // Method calls skip creating a bound method.
        if let ExprKind::Attribute { value, attr } = &func.kind {
            self.check_module_attr(value, attr)?;
            if let Some(v) = self.module_call(e, value, attr, args, keywords)? {
                return Ok(v);
            }
            let o = self.expr(value)?;
            let name = self.str_const(&attr.name);
            let plain = keywords.is_empty();
            // The hottest methods get entry points with a type fast path.
            match (attr.name.as_str(), args.len()) {
                ("append", 1) if plain => {
                    let v = self.expr(&args[0])?;
                    self.set_line(e.span);
                    return Ok(self.rt_val(RtFn::MethodAppend, &[o, name, v]));
                }
                ("pop", 0) if plain => {
                    self.set_line(e.span);
                    return Ok(self.rt_val(RtFn::MethodPop, &[o, name]));
                }
                ("popleft", 0) if plain => {
                    self.set_line(e.span);
                    return Ok(self.rt_val(RtFn::MethodPopleft, &[o, name]));
                }
                ("get", 1 | 2) if plain => {
                    let k = self.expr(&args[0])?;
                    let d = match args.get(1) {
                        Some(a) => self.expr(a)?,
                        None => self.null(),
                    };
                    self.set_line(e.span);
                    return Ok(self.rt_val(RtFn::MethodGet, &[o, name, k, d]));
                }
                _ => {}
            }
            let mut vals = vec![o];
            vals.extend(self.call_args(args)?);
            let (arr, n, kw) = self.pack_args(&vals, keywords)?;
            self.set_line(e.span);
            let positional = keywords.is_empty().then_some(&vals[..]);
            return Ok(self.method_call_site(o, name, arr, n, kw, positional));
        }
        if let ExprKind::Name(name) = &func.kind {
            if name == "super" && args.is_empty() && keywords.is_empty() {
                if let Some(v) = self.zero_arg_super(e)? {
                    return Ok(v);
                }
            }
            if self.is_builtin_name(name) {
                if let Some(v) = self.builtin_call(e, name, args, keywords)? {
                    return Ok(v);
                }
                if CONSUMERS.contains(&name.as_str())
                    && args.iter().any(|a| self.is_fresh_generator(a))
                {
                    return self.call_consuming_generators(e, func, args, keywords);
                }
            } else if let Some(v) = self.known_call(e, name, args, keywords)? {
                return Ok(v);
            }
        }
        // A builtin (`print`, `range`, ...) is never a function with a body.
        let builtin = matches!(&func.kind, ExprKind::Name(n) if self.is_builtin_name(n));
        let f = self.expr(func)?;
        let vals = self.call_args(args)?;
        if keywords.is_empty() && !builtin {
            self.set_line(e.span);
            return Ok(self.call_positional(f, &vals));
        }
        let (arr, n, kw) = self.pack_args(&vals, keywords)?;
        self.set_line(e.span);
        Ok(self.call_packed(f, arr, n, kw))
    }

    /// If the function object `fv` (a `FuncObj`) takes exactly `n`
    /// positional arguments and nothing else, its body's address (from its
    /// descriptor, `layout::FUNC_DESC_BODY`), else 0.
    pub(super) fn direct_body(&mut self, fv: Value, n: usize) -> Value {
        let flags = MemFlagsData::trusted();
        let desc = self
            .b
            .ins()
            .load(types::I64, flags, fv, layout::FUNC_DESC_PTR);
        let npos = self
            .b
            .ins()
            .load(types::I32, flags, desc, layout::FUNC_DESC_NPOS as i32);
        let body = self
            .b
            .ins()
            .load(types::I64, flags, desc, layout::FUNC_DESC_BODY as i32);
        let same = self.b.ins().icmp_imm_u(IntCC::Equal, npos, n as i64);
        let zero = self.b.ins().iconst(types::I64, 0);
        self.b.ins().select(same, body, zero)
    }

    /// Calls the body `body` (from `direct_body`, not 0) of function `fv`
    /// with positional `vals`; the result is unchecked.
    pub(super) fn call_body(&mut self, body: Value, fv: Value, vals: &[Value]) -> Value {
        let mut sig = cranelift_codegen::ir::Signature::new(self.m.call_conv);
        sig.params
            .extend((0..=vals.len()).map(|_| cranelift_codegen::ir::AbiParam::new(types::I64)));
        sig.returns
            .push(cranelift_codegen::ir::AbiParam::new(types::I64));
        let sig = self.b.import_signature(sig);
        let mut args = vec![fv];
        args.extend_from_slice(vals);
        let inst = self.b.ins().call_indirect(sig, body, &args);
        self.b.inst_results(inst)[0]
    }

    /// Calls `f` with positional `vals` and checks the result. A function
    /// made by `def` or `lambda` that takes exactly these arguments is
    /// entered at its body, with the arguments in registers, as a direct
    /// call of a known function is (its generic entry would only check
    /// their number and load them from an array to call that body); other
    /// functions at their generic entry; every other callable through rt.
    fn call_positional(&mut self, f: Value, vals: &[Value]) -> Value {
        let other = self.b.create_block();
        let generic = self.b.create_block();
        let direct = self.b.create_block();
        let done = self.b.create_block();
        let r = self.b.append_block_param(done, types::I64);
        self.branch_if_kind(f, layout::KIND_FUNC, other);
        let body = self.direct_body(f, vals.len());
        self.b.ins().brif(body, direct, &[], generic, &[]);
        self.b.switch_to_block(direct);
        let dr = self.call_body(body, f, vals);
        self.b.ins().jump(done, &[BlockArg::Value(dr)]);
        self.b.switch_to_block(generic);
        let arr = self.array(vals);
        let n = self.b.ins().iconst(types::I64, vals.len() as i64);
        let kw = self.null();
        let fr = self.call_generic_entry(f, arr, n, kw);
        self.b.ins().jump(done, &[BlockArg::Value(fr)]);
        self.b.switch_to_block(other);
        let arr = self.array(vals);
        let n = self.b.ins().iconst(types::I64, vals.len() as i64);
        let kw = self.null();
        let gr = self
            .rt(RtFn::Call, &[f, arr, n, kw])
            .unwrap_or_else(|| self.null());
        self.b.ins().jump(done, &[BlockArg::Value(gr)]);
        self.b.switch_to_block(done);
        self.check_val(r);
        r
    }

    /// Calls `f` with positional values (decorators, internal uses).
    pub fn call_values(&mut self, f: Value, vals: &[Value]) -> LResult<Value> {
        let arr = self.array(vals);
        let n = self.b.ins().iconst(types::I64, vals.len() as i64);
        let kw = self.null();
        Ok(self.call_packed(f, arr, n, kw))
    }

    /// Calls the generic entry of function object `f` (a `FuncObj`) with
    /// packed arguments; the result is unchecked.
    pub(super) fn call_generic_entry(
        &mut self,
        f: Value,
        arr: Value,
        n: Value,
        kw: Value,
    ) -> Value {
        let entry = self
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), f, layout::FUNC_GENERIC);
        let sig = self.m.generic_sig();
        let sig = self.b.import_signature(sig);
        let inst = self.b.ins().call_indirect(sig, entry, &[f, arr, n, kw]);
        self.b.inst_results(inst)[0]
    }

    /// Calls `f` with packed arguments (`pack_args`) and checks the result.
    /// A function made by `def` or `lambda` is called through its generic
    /// entry directly, without `alc_rt_call`'s dispatch on the callee's
    /// kind (closures and functions passed as values: the callee's own
    /// prologue checks the stack as rt's dispatch would); every other
    /// callable goes to rt.
    pub(super) fn call_packed(&mut self, f: Value, arr: Value, n: Value, kw: Value) -> Value {
        let other = self.b.create_block();
        let done = self.b.create_block();
        let r = self.b.append_block_param(done, types::I64);
        self.branch_if_kind(f, layout::KIND_FUNC, other);
        let fr = self.call_generic_entry(f, arr, n, kw);
        self.b.ins().jump(done, &[BlockArg::Value(fr)]);
        self.b.switch_to_block(other);
        let gr = self
            .rt(RtFn::Call, &[f, arr, n, kw])
            .unwrap_or_else(|| self.null());
        self.b.ins().jump(done, &[BlockArg::Value(gr)]);
        self.b.switch_to_block(done);
        self.check_val(r);
        r
    }

    /// Evaluates positional arguments.
    fn call_args(&mut self, args: &'a [Expr]) -> LResult<Vec<Value>> {
        args.iter().map(|a| self.expr(a)).collect()
    }

    /// Evaluates keyword values and packs everything into an argument array;
    /// returns (array address, positional count, kwnames tuple or null).
    pub(super) fn pack_args(
        &mut self,
        vals: &[Value],
        keywords: &'a [Keyword],
    ) -> LResult<(Value, Value, Value)> {
        let mut all = vals.to_vec();
        let mut names = Vec::new();
        for k in keywords {
            all.push(self.expr(&k.value)?);
            names.push(k.arg.as_ref().map_or(String::new(), |a| a.name.clone()));
        }
        let arr = self.array(&all);
        let n = self.b.ins().iconst(types::I64, vals.len() as i64);
        let kw = if names.is_empty() {
            self.null()
        } else {
            let idx = self.m.const_kwnames(&names);
            self.const_slot(idx)
        };
        Ok((arr, n, kw))
    }

    /// `f(*a, x, **k)`: builds a list and a dict and calls through rt.
    fn call_ex(
        &mut self,
        e: &'a Expr,
        f: Value,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> LResult<Value> {
        let arr = self.array(&[]);
        let zero = self.b.ins().iconst(types::I64, 0);
        let l = self.rt_val(RtFn::ListNew, &[arr, zero]);
        for a in args {
            if let ExprKind::Starred(inner) = &a.kind {
                let v = self.expr(inner)?;
                // CPython reports bad `*` and `**` arguments at the call.
                self.set_line(e.span);
                self.rt_status(RtFn::StarExtend, &[l, v, f]);
            } else {
                let v = self.expr(a)?;
                self.rt(RtFn::ListAppend, &[l, v]);
            }
        }
        let d = if keywords.is_empty() {
            self.null()
        } else {
            let d = self.rt_val(RtFn::DictNew, &[]);
            for k in keywords {
                let v = self.expr(&k.value)?;
                self.set_line(e.span);
                match &k.arg {
                    Some(name) => {
                        // Duplicates among explicit and ** keywords raise.
                        let tmp = self.rt_val(RtFn::DictNew, &[]);
                        let kn = self.str_const(&name.name);
                        self.rt_status(RtFn::DictSetItem, &[tmp, kn, v]);
                        self.rt_status(RtFn::KwargsMerge, &[d, tmp, f]);
                    }
                    None => {
                        self.rt_status(RtFn::KwargsMerge, &[d, v, f]);
                    }
                }
            }
            d
        };
        self.set_line(e.span);
        Ok(self.rt_val(RtFn::CallEx, &[f, l, d]))
    }

    /// Specialised builtin calls; `None` means "use the generic path".
    fn builtin_call(
        &mut self,
        e: &'a Expr,
        name: &str,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> LResult<Option<Value>> {
        match name {
            "len" if args.len() == 1 && keywords.is_empty() => {
                let v = self.expr(&args[0])?;
                self.set_line(e.span);
                Ok(Some(self.len_site(v)))
            }
            // `str(x)` is `PyObject_Str(x)`, as an f-string's `!s`: the
            // type's call machinery (argument tuple, binding) is skipped.
            "str" if args.len() == 1 && keywords.is_empty() => {
                let v = self.expr(&args[0])?;
                self.set_line(e.span);
                Ok(Some(self.rt_val(RtFn::Str, &[v])))
            }
            "type" if args.len() == 3 && keywords.is_empty() => {
                let vals = self.call_args(args)?;
                let k = self.module_desc(self.m.unit);
                self.set_line(e.span);
                Ok(Some(
                    self.rt_val(RtFn::TypeNew3, &[vals[0], vals[1], vals[2], k]),
                ))
            }
            "globals" | "locals" | "vars" | "dir" if args.is_empty() && keywords.is_empty() => {
                let ns = self.namespace_of_scope(e, name)?;
                if name != "dir" {
                    return Ok(Some(ns));
                }
                let sorted = self.const_builtin_value("sorted");
                self.set_line(e.span);
                Ok(Some(self.call_values(sorted, &[ns])?))
            }
            "eval" | "exec"
                if args.len() == 1
                    && keywords.is_empty()
                    && !matches!(args[0].kind, ExprKind::Starred(_)) =>
            {
                // The namespaces of the frame it is called from, which
                // the builtin cannot see: `globals()` and `locals()`.
                let src = self.expr(&args[0])?;
                let g = self.namespace_of_scope(e, "globals")?;
                let l = self.namespace_of_scope(e, "locals")?;
                let f = self.const_builtin_value(name);
                self.set_line(e.span);
                Ok(Some(self.call_values(f, &[src, g, l])?))
            }
            "globals" | "locals" => {
                // Wrong arguments: the builtin object raises CPython's
                // TypeError (the name itself is not loadable as a value).
                let f = self.const_builtin_value(name);
                let vals = self.call_args(args)?;
                self.set_line(e.span);
                Ok(Some(self.call_with_keywords(f, &vals, keywords)?))
            }
            _ => Ok(None),
        }
    }

    /// A builtin consuming fresh generators (`sum(gen())`, `next(gen())`):
    /// each is closed when the call returns or raises, as CPython's
    /// reference counting closes it then.
    fn call_consuming_generators(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> LResult<Value> {
        let mut vars = Vec::new();
        let mut fresh = Vec::new();
        for a in args {
            let var = self.is_fresh_generator(a).then(|| {
                let v = self.null_var();
                vars.push(v);
                v
            });
            fresh.push(var);
        }
        self.closing_generators(&vars, false, |fx| {
            let f = fx.expr(func)?;
            let mut vals = Vec::with_capacity(args.len());
            for (a, var) in args.iter().zip(&fresh) {
                let v = fx.expr(a)?;
                if let Some(var) = var {
                    fx.b.def_var(*var, v);
                }
                vals.push(v);
            }
            let (arr, n, kw) = fx.pack_args(&vals, keywords)?;
            fx.set_line(e.span);
            Ok(fx.call_packed(f, arr, n, kw))
        })
    }

    /// Calls `f` with positional `vals` and `keywords`.
    pub(super) fn call_with_keywords(
        &mut self,
        f: Value,
        vals: &[Value],
        keywords: &'a [Keyword],
    ) -> LResult<Value> {
        let (arr, n, kw) = self.pack_args(vals, keywords)?;
        Ok(self.call_packed(f, arr, n, kw))
    }

    /// The namespace `name()` (`globals`, `locals`, `vars`, `dir`) reads
    /// where it is called: the module's namespace dict for `globals()` and
    /// at module level, the class namespace in a class body. A function's
    /// locals as a dict are not supported yet.
    fn namespace_of_scope(&mut self, e: &'a Expr, name: &str) -> LResult<Value> {
        let kind = self.m.res.scopes[self.scope].kind;
        if self.m.exec.is_some() && (name == "globals" || kind == ScopeKind::Module) {
            return Ok(self.exec_namespace(name == "globals"));
        }
        if name == "globals" || kind == ScopeKind::Module {
            let k = self.module_desc(self.m.unit);
            self.set_line(e.span);
            return Ok(self.rt_val(RtFn::Globals, &[k]));
        }
        if kind == ScopeKind::Class {
            let ns_var = self.var(self.scope, super::stmt::NS_VAR);
            return Ok(self.b.use_var(ns_var));
        }
        if kind == ScopeKind::Comprehension {
            return self.unsupported(&format!("{name}() inside a comprehension"), e.span);
        }
        Ok(self.locals_dict())
    }

    /// `locals()` in a function: a new dict of its bound variables (a
    /// snapshot, as CPython 3.11's is until the next call).
    fn locals_dict(&mut self) -> Value {
        let d = self.rt_val(RtFn::DictNew, &[]);
        for name in self.m.res.scopes[self.scope].locals_order() {
            let (b, owner) = self.binding(&name);
            let v = match b {
                Binding::Local => self.local_word(owner, &name),
                Binding::Cell | Binding::Free => {
                    let var = self.var(owner, &name);
                    let cell = self.b.use_var(var);
                    self.b.ins().load(
                        types::I64,
                        MemFlagsData::trusted(),
                        cell,
                        alrt_abi::layout::CELL_VALUE,
                    )
                }
                _ => continue,
            };
            let set = self.b.create_block();
            let next = self.b.create_block();
            self.b.ins().brif(v, set, &[], next, &[]);
            self.b.switch_to_block(set);
            let k = self.str_const(&name);
            self.rt_status(RtFn::DictSetItem, &[d, k, v]);
            self.b.ins().jump(next, &[]);
            self.b.switch_to_block(next);
        }
        d
    }

    /// `super()` in a function: the implicit `__class__` cell (null
    /// outside a class) and the function's first argument.
    /// `None` when `super` is rebound or there is no first argument (the
    /// generic call then raises "super(): no arguments" like CPython).
    fn zero_arg_super(&mut self, e: &'a Expr) -> LResult<Option<Value>> {
        let (b, _) = self.binding("super");
        if b != Binding::Global || self.m.res.module_assigned.contains("super") {
            return Ok(None);
        }
        let (cb, owner) = self.binding("__class__");
        let Some(first) = self.first_param.clone() else {
            return Ok(None);
        };
        // The cell itself: rt tells an empty one from a missing one.
        let cls = if cb == Binding::Free {
            let var = self.var(owner, "__class__");
            self.b.use_var(var)
        } else {
            self.b.ins().iconst(types::I64, 0)
        };
        let obj = self.load_name(&first, e.span)?;
        self.set_line(e.span);
        Ok(Some(self.rt_val(RtFn::Super, &[cls, obj])))
    }

    /// A direct call to a known module-level function: one of this
    /// module's, or one a name bound for good by `from m import f` holds.
    fn known_call(
        &mut self,
        e: &'a Expr,
        name: &str,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> LResult<Option<Value>> {
        let (binding, _) = self.binding(name);
        if binding != Binding::Global {
            return Ok(None);
        }
        let Some((info, guard_unit, guard)) = self.known_target(name) else {
            return Ok(None);
        };
        // The slot must be bound: calling before the `def` ran is a NameError
        // (at the name, as in CPython).
        let name_span = match &e.kind {
            ExprKind::Call { func, .. } => func.span,
            _ => e.span,
        };
        let frozen = if guard_unit == self.m.unit {
            self.m.units[guard_unit].frozen.get(name).copied()
        } else {
            None
        };
        // Plain positional arguments of the right number call the body.
        let plain = keywords.is_empty() && info.simple && args.len() == info.npos;
        let f = match frozen.filter(|_| plain) {
            // A recursive call: the name holds the function running for
            // good, and the body of a module-level function never reads
            // its function value (it has no free variables to load from
            // it), so none is passed and none is kept across the call.
            Some(Some(sc)) if sc == self.scope => self.b.ins().iconst(types::I64, 0),
            _ => self.load_name(name, name_span)?,
        };
        let vals = self.call_args(args)?;
        if frozen.is_some() && plain {
            // A plain function's base case, answered here when it holds.
            let case = match frozen {
                Some(Some(_)) => self.base_case_of(name),
                _ => None,
            };
            let done = self.b.create_block();
            let res = self.b.append_block_param(done, types::I64);
            if let Some(case) = case {
                self.base_case_or_call(case, &vals, done);
            }
            let body = self.m.module_declare_func_in_func(info.body, self.b.func);
            let mut call_args = vec![f];
            call_args.extend_from_slice(&vals);
            self.set_line(e.span);
            let inst = self.b.ins().call(body, &call_args);
            let r = self.b.inst_results(inst)[0];
            self.check_val(r);
            self.jump_args(done, &[r]);
            self.b.switch_to_block(done);
            return Ok(Some(res));
        }
        // The slot still holds what the `def` made, unless something
        // rebound the name (this module or another, through the module).
        let guard_globals = self.m.globals_of(guard_unit);
        let base = self.data_id_addr(guard_globals);
        let g = self.b.ins().load(
            types::I64,
            MemFlagsData::trusted(),
            base,
            (guard * 8) as i32,
        );
        let same = self.b.ins().icmp(IntCC::Equal, f, g);
        let direct = self.b.create_block();
        let other = self.b.create_block();
        let done = self.b.create_block();
        let r = self.b.append_block_param(done, types::I64);
        self.b.set_cold_block(other);
        let (arr, n, kw) = if keywords.is_empty() && info.simple && vals.len() == info.npos {
            self.b.ins().brif(same, direct, &[], other, &[]);
            self.b.switch_to_block(direct);
            let body = self.m.module_declare_func_in_func(info.body, self.b.func);
            let mut call_args = vec![f];
            call_args.extend_from_slice(&vals);
            self.set_line(e.span);
            let inst = self.b.ins().call(body, &call_args);
            let v = self.b.inst_results(inst)[0];
            self.jump_args(done, &[v]);
            self.b.switch_to_block(other);
            let thunk = self.m.array_thunk(super::ArrayThunk::Call, vals.len())?;
            let thunk = self.m.module_declare_func_in_func(thunk, self.b.func);
            let mut call_args = vec![f];
            call_args.extend_from_slice(&vals);
            self.set_line(e.span);
            let inst = self.b.ins().call(thunk, &call_args);
            let v = self.b.inst_results(inst)[0];
            self.jump_args(done, &[v]);
            self.b.switch_to_block(done);
            self.check_val(r);
            return Ok(Some(r));
        } else {
            let (arr, n, kw) = self.pack_args(&vals, keywords)?;
            self.b.ins().brif(same, direct, &[], other, &[]);
            self.b.switch_to_block(direct);
            let generic = self
                .m
                .module_declare_func_in_func(info.generic, self.b.func);
            self.set_line(e.span);
            let inst = self.b.ins().call(generic, &[f, arr, n, kw]);
            let v = self.b.inst_results(inst)[0];
            self.jump_args(done, &[v]);
            self.b.switch_to_block(other);
            (arr, n, kw)
        };
        self.set_line(e.span);
        let v = self
            .rt(RtFn::Call, &[f, arr, n, kw])
            .expect("calls return a value");
        self.jump_args(done, &[v]);
        self.b.switch_to_block(done);
        self.check_val(r);
        Ok(Some(r))
    }

    /// The base case the body of this module's function `name` starts
    /// with (`base_case.rs`).
    fn base_case_of(&self, name: &str) -> Option<super::base_case::BaseCase> {
        let ast = &self.m.program.units[self.m.unit].ast;
        ast.body.iter().find_map(|st| match &st.kind {
            StmtKind::FunctionDef(f) if f.name.name == name => super::base_case::base_case(f),
            _ => None,
        })
    }

    /// The known function `name` calls directly: its entries, and the
    /// module and slot of its guard word.
    fn known_target(&self, name: &str) -> Option<(super::FuncInfo, usize, usize)> {
        let unit = self.m.unit;
        if let Some(info) = self.m.known.get(name) {
            let guard = *self.m.units[unit].guards.get(name)?;
            return Some((info.clone(), unit, guard));
        }
        let (key, orig) = self.m.res.from_aliases.get(name)?;
        let plan = self.m.program.units[unit].plans.get(key)?;
        let crate::loader::ModRef::Unit(u) = plan.chain.last()? else {
            return None;
        };
        let target = &self.m.units[*u];
        Some((
            target.known.get(orig)?.clone(),
            *u,
            *target.guards.get(orig)?,
        ))
    }
}
