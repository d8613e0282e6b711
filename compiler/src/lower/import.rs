//! `import` statements, whose modules the loader found (`crate::loader`):
//! each module's body runs in rt on its first import. Also the fast paths
//! for names of imported modules: with `m` bound once by `import m`, `m.x`
//! is a load from `m`'s slot array and `m.f(...)` a direct call, each
//! behind guards that fall back to the generic attribute access or call.

use super::func_cx::{FuncCx, LResult};
use super::rt_abi::RtFn;
use crate::ast::{Alias, Expr, ExprKind, Keyword, Stmt};
use crate::loader::ModRef;
use crate::resolve::Binding;
use alrt_abi::layout;
use cranelift_codegen::ir::{condcodes::IntCC, types, InstBuilder, MemFlagsData, Value};

/// Where a fast `m.name` reads: module `unit`'s slot `slot`.
#[derive(Clone, Copy)]
pub struct ModuleSlot {
    pub unit: usize,
    pub slot: usize,
    /// A native module (its slots are rt's, found through the object).
    pub native: bool,
}

impl<'m, 'a, 'f> FuncCx<'m, 'a, 'f> {
    /// `import a.b.c [as x], ...`
    pub fn import_stmt(&mut self, s: &'a Stmt, aliases: &'a [Alias]) -> LResult<()> {
        for a in aliases {
            let Some(plan) = self.m.program.units[self.m.unit]
                .plans
                .get(&(a.span.start, a.span.end))
            else {
                return self.unsupported("this import (no plan)", a.span);
            };
            self.set_line(s.span);
            let mods = self.import_chain(&plan.chain);
            let (Some(first), Some(last)) = (mods.first(), mods.last()) else {
                continue;
            };
            match &a.asname {
                // `import a.b.c as d` binds `a.b.c` read attribute by
                // attribute after the import, as CPython's IMPORT_FROM
                // does: an attribute of `a` that replaced the submodule
                // `a.b` wins (`import_from` falls back to the module).
                Some(n) if mods.len() > 1 => {
                    let mut v = *first;
                    for part in a.name.split('.').skip(1) {
                        let p = self.str_const(part);
                        v = self.rt_val(RtFn::ImportFrom, &[v, p]);
                    }
                    self.store_name(&n.name, v)
                }
                Some(n) => self.store_name(&n.name, *last),
                None => {
                    let top = a.name.split('.').next().unwrap_or("");
                    self.store_name(top, *first);
                }
            }
        }
        Ok(())
    }

    /// `from m import a, b as c` and `from m import *`
    pub fn import_from_stmt(&mut self, s: &'a Stmt, names: &'a [Alias]) -> LResult<()> {
        let Some(plan) = self.m.program.units[self.m.unit]
            .plans
            .get(&(s.span.start, s.span.end))
        else {
            return self.unsupported("this import (no plan)", s.span);
        };
        self.set_line(s.span);
        let mods = self.import_chain(&plan.chain);
        let Some(&m) = mods.last() else {
            return Ok(());
        };
        for (name, k) in &plan.subs {
            let n = self.str_const(name);
            let k = self.module_desc(*k);
            self.rt_status(RtFn::ImportSub, &[m, n, k]);
        }
        if let Some(ModRef::Unit(k)) = plan.chain.last() {
            let k = *k;
            for a in names.iter().filter(|a| a.name != "*") {
                let is_sub = plan.subs.iter().any(|(n, _)| *n == a.name);
                if !is_sub {
                    self.check_provided(k, &a.name, a.span)?;
                }
            }
        }
        self.bind_from_names(m, names, RtFn::ImportFrom, RtFn::ImportStar, |fx| {
            fx.module_desc(fx.m.unit)
        });
        Ok(())
    }

    /// Binds the names of `from m import ...` with module `m` imported:
    /// each read through `from` (the attribute, else the submodule), `*`
    /// through `star` into the namespace `star_into` gives.
    pub(super) fn bind_from_names(
        &mut self,
        m: Value,
        names: &[Alias],
        from: RtFn,
        star: RtFn,
        star_into: impl Fn(&mut Self) -> Value,
    ) {
        for a in names {
            if a.name == "*" {
                let into = star_into(self);
                self.rt_status(star, &[into, m]);
                continue;
            }
            let n = self.str_const(&a.name);
            let v = self.rt_val(from, &[m, n]);
            let bound = a
                .asname
                .as_ref()
                .map_or(a.name.as_str(), |i| i.name.as_str());
            self.store_name(bound, v);
        }
    }

    /// Imports each module of `chain` in turn; their objects. A module the
    /// loader did not find, or a failed relative import, raises here.
    fn import_chain(&mut self, chain: &[ModRef]) -> Vec<Value> {
        let mut out = Vec::new();
        for r in chain {
            let v = match r {
                ModRef::Unit(k) => {
                    let k = self.module_desc(*k);
                    self.rt_val(RtFn::Import, &[k])
                }
                ModRef::Missing(name) => {
                    let why = self
                        .b
                        .ins()
                        .iconst(types::I32, layout::IMPORT_ERR_NOT_FOUND as i64);
                    let n = self.str_const(name);
                    self.rt_val(RtFn::ImportFail, &[why, n])
                }
                ModRef::Fail(why) => {
                    let why = self.b.ins().iconst(types::I32, *why as i64);
                    let n = self.str_const("");
                    self.rt_val(RtFn::ImportFail, &[why, n])
                }
            };
            out.push(v);
        }
        out
    }

    /// The module `name` is bound to for good by `import` (a module-level
    /// name bound once, unconditionally, by an `import`), if any.
    fn imported_unit(&self, name: &str) -> Option<usize> {
        if self.binding(name).0 != Binding::Global {
            return None;
        }
        let (key, as_last) = self.m.res.module_aliases.get(name)?;
        let plan = self.m.program.units[self.m.unit].plans.get(key)?;
        let r = if *as_last {
            plan.chain.last()
        } else {
            plan.chain.first()
        };
        match r? {
            ModRef::Unit(k) => Some(*k),
            _ => None,
        }
    }

    /// Fails with "not supported yet: m.name" when `value.attr` names,
    /// through a name bound for good by `import`, something CPython's
    /// module has and alc's does not have yet.
    pub fn check_module_attr(&self, value: &Expr, attr: &crate::ast::Ident) -> LResult<()> {
        let ExprKind::Name(name) = &value.kind else {
            return Ok(());
        };
        match self.imported_unit(name) {
            Some(unit) => self.check_provided(unit, &attr.name, attr.span),
            None => Ok(()),
        }
    }

    /// Fails with "not supported yet: m.name" when library module `unit`
    /// lacks `name` and CPython's has it.
    fn check_provided(&self, unit: usize, name: &str, span: crate::span::Span) -> LResult<()> {
        let u = &self.m.program.units[unit];
        let has = if u.native {
            alrt_abi::stdlib::names(&u.name).is_some_and(|n| n.contains(&name))
        } else {
            // A submodule the library provides (`collections.abc`) is an
            // attribute once imported, which the import system binds.
            u.res.module_assigned.contains(name)
                || crate::stdlib::find(&format!("{}.{name}", u.name)).is_some()
        };
        // `posixpath` is checked as `os.path`, the name programs use.
        let module = crate::stdlib::alias_of(&u.name).unwrap_or(&u.name);
        if !has
            && crate::stdlib::cpython_has(module, name)
            && crate::stdlib::find(&u.name).is_some()
        {
            return self.unsupported(&format!("{module}.{name}"), span);
        }
        Ok(())
    }

    /// Where `value.attr` can be read directly: `value` a name bound for
    /// good to module `k` by `import`, and `attr` one of `k`'s slots.
    pub fn module_slot(&self, value: &Expr, attr: &str) -> Option<ModuleSlot> {
        let ExprKind::Name(name) = &value.kind else {
            return None;
        };
        let unit = self.imported_unit(name)?;
        let u = &self.m.program.units[unit];
        if u.native {
            let slot = alrt_abi::stdlib::slot(&u.name, attr)?;
            return Some(ModuleSlot {
                unit,
                slot,
                native: true,
            });
        }
        if !u.res.module_assigned.contains(attr) {
            return None;
        }
        Some(ModuleSlot {
            unit,
            slot: u.res.global_slot(attr)?,
            native: false,
        })
    }

    /// Loads the value `value` (a name) holds and checks it is still
    /// module `ms.unit`'s object: the object, and a flag that is set when
    /// it is (the flag is clear when the name was rebound or the module is
    /// not created yet).
    fn module_guard(&mut self, value: &'a Expr, ms: ModuleSlot) -> LResult<(Value, Value)> {
        let o = self.expr(value)?;
        let obj_id = self.m.units[ms.unit].obj;
        let obj = self.data_id_addr(obj_id);
        let expected = self
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), obj, 0);
        let same = self.b.ins().icmp(IntCC::Equal, o, expected);
        Ok((o, same))
    }

    /// The address of module `ms.unit`'s slot array, given its object `o`.
    fn module_slots(&mut self, o: Value, ms: ModuleSlot) -> Value {
        if ms.native {
            self.b
                .ins()
                .load(types::I64, MemFlagsData::trusted(), o, layout::MODULE_SLOTS)
        } else {
            let id = self.m.globals_of(ms.unit);
            self.data_id_addr(id)
        }
    }

    /// `m.attr` through module `ms`'s slot: the slot's value when `m` still
    /// holds the module and the slot is bound, else the generic attribute
    /// access (which raises what CPython raises).
    pub fn module_attr(
        &mut self,
        e: &'a Expr,
        value: &'a Expr,
        attr: &'a crate::ast::Ident,
        ms: ModuleSlot,
    ) -> LResult<Value> {
        let (o, same) = self.module_guard(value, ms)?;
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        let done = self.b.create_block();
        let r = self.b.append_block_param(done, types::I64);
        self.b.set_cold_block(slow);
        self.b.ins().brif(same, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let slots = self.module_slots(o, ms);
        let v = self.b.ins().load(
            types::I64,
            MemFlagsData::trusted(),
            slots,
            (ms.slot * 8) as i32,
        );
        let bound = self.b.create_block();
        self.b.ins().brif(v, bound, &[], slow, &[]);
        self.b.switch_to_block(bound);
        self.jump_args(done, &[v]);
        self.b.switch_to_block(slow);
        let name = self.str_const(&attr.name);
        self.set_line(e.span);
        let v = self.getattr_site(o, name);
        self.jump_args(done, &[v]);
        self.b.switch_to_block(done);
        Ok(r)
    }

    /// `m.f(args)` with `m` bound for good to a module: a direct call of
    /// `f`'s body when `f` is one of its known functions and the call
    /// passes exactly its positional parameters, else a call of the slot's
    /// value; either only while `m` still holds the module and the slot
    /// holds what it held when the module defined it. Otherwise the generic
    /// method call. None when `m.f` is not such a name.
    pub fn module_call(
        &mut self,
        e: &'a Expr,
        value: &'a Expr,
        attr: &'a crate::ast::Ident,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> LResult<Option<Value>> {
        if !keywords.is_empty() {
            return Ok(None);
        }
        let Some(ms) = self.module_slot(value, &attr.name) else {
            return Ok(None);
        };
        let info = if ms.native {
            None
        } else {
            let u = &self.m.units[ms.unit];
            u.known
                .get(&attr.name)
                .cloned()
                .zip(u.guards.get(&attr.name).copied())
        };
        let direct = info.filter(|(i, _)| i.simple && i.npos == args.len());
        let (o, same) = self.module_guard(value, ms)?;
        // The callee's slot, loaded only when `m` is the module.
        let check = self.b.create_block();
        let decided = self.b.create_block();
        let f_param = self.b.append_block_param(decided, types::I64);
        let ok_param = self.b.append_block_param(decided, types::I8);
        let zero = self.null();
        let no = self.b.ins().iconst(types::I8, 0);
        self.b
            .ins()
            .brif(same, check, &[], decided, &[zero.into(), no.into()]);
        self.b.switch_to_block(check);
        let slots = self.module_slots(o, ms);
        let f = self.b.ins().load(
            types::I64,
            MemFlagsData::trusted(),
            slots,
            (ms.slot * 8) as i32,
        );
        let ok = match direct {
            Some((_, guard)) => {
                let g = self.b.ins().load(
                    types::I64,
                    MemFlagsData::trusted(),
                    slots,
                    (guard * 8) as i32,
                );
                let eq = self.b.ins().icmp(IntCC::Equal, f, g);
                let nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, f, 0);
                self.b.ins().band(eq, nz)
            }
            None => self.b.ins().icmp_imm_s(IntCC::NotEqual, f, 0),
        };
        self.jump_args(decided, &[f, ok]);
        self.b.switch_to_block(decided);
        let mut vals = vec![o];
        for a in args {
            vals.push(self.expr(a)?);
        }
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        let done = self.b.create_block();
        let r = self.b.append_block_param(done, types::I64);
        self.b.ins().brif(ok_param, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        self.set_line(e.span);
        let fr = match direct {
            Some((info, _)) => {
                let body = self.m.module_declare_func_in_func(info.body, self.b.func);
                let mut call_args = vec![f_param];
                call_args.extend_from_slice(&vals[1..]);
                let inst = self.b.ins().call(body, &call_args);
                let r = self.b.inst_results(inst)[0];
                self.check_val(r);
                r
            }
            None => self.call_values(f_param, &vals[1..])?,
        };
        self.jump_args(done, &[fr]);
        self.b.switch_to_block(slow);
        let name = self.str_const(&attr.name);
        let arr = self.array(&vals);
        let n = self.b.ins().iconst(types::I64, vals.len() as i64);
        let kw = self.null();
        self.set_line(e.span);
        let sr = self.method_call_site(o, name, arr, n, kw, None);
        self.jump_args(done, &[sr]);
        self.b.switch_to_block(done);
        Ok(Some(r))
    }
}
