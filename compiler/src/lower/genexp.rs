//! Generator expressions. One whose consumer reads it all at once (an
//! unrebound `sum`, `any`, `all`, `list`, `tuple`, `set`, `frozenset`,
//! `sorted`, `"".join`, or an inline comprehension; the resolver decides)
//! runs inline as a loop in the enclosing function, still recording a
//! `<genexpr>` traceback entry. Every other one is a generator object: its
//! first iterable is evaluated and `iter()` called where the expression
//! stands, and a generator function of one parameter (`.0`, that
//! iterator) runs the loops, yielding each element.

use super::entries::FuncSource;
use super::expr::CompSink;
use super::func_cx::{FuncCx, LResult};
use super::rt_abi::RtFn;
use crate::ast::*;
use crate::span::Span;
use cranelift_codegen::ir::{InstBuilder, Value};
use std::sync::LazyLock;

/// The parameter list of every generator expression's function: `.0`.
pub static GENEXP_PARAMS: LazyLock<Params> = LazyLock::new(|| Params {
    posonly: Vec::new(),
    args: vec![Param {
        name: Ident {
            name: ".0".to_string(),
            span: Span::default(),
        },
        annotation: None,
        default: None,
    }],
    vararg: None,
    kwonly: Vec::new(),
    kwarg: None,
});

impl<'m, 'a, 'f> FuncCx<'m, 'a, 'f> {
    /// A generator expression as a generator object.
    pub fn genexp_object(
        &mut self,
        e: &'a Expr,
        elt: &'a Expr,
        generators: &'a [Comprehension],
    ) -> LResult<Value> {
        if generators.iter().any(|g| g.is_async) {
            return self.unsupported("asynchronous generator expressions", e.span);
        }
        let first = &generators[0].iter;
        let v = self.expr(first)?;
        self.set_line(first.span);
        let it = self.rt_val(RtFn::Iter, &[v]);
        let src = FuncSource::GenExp {
            elt,
            generators,
            span: e.span,
        };
        let (f, info) = self.make_function_info(src, "<genexpr>", &GENEXP_PARAMS, e.span)?;
        if self.m.exec.is_some() {
            let g = self.exec_namespace(true);
            self.rt_status(RtFn::ExecFuncModule, &[f, g]);
        }
        let body = self.m.module_declare_func_in_func(info.body, self.b.func);
        self.set_line(e.span);
        let inst = self.b.ins().call(body, &[f, it]);
        let g = self.b.inst_results(inst)[0];
        self.check_val(g);
        Ok(g)
    }

    /// The body of a generator expression's function: the loops over `.0`
    /// and the later iterables, yielding each element.
    pub(super) fn genexp_body(
        &mut self,
        elt: &'a Expr,
        generators: &'a [Comprehension],
        span: Span,
    ) -> LResult<()> {
        let it = self.load_name(".0", span)?;
        let scope = self.scope;
        let exit = self.b.create_block();
        self.comp_gen(scope, generators, 0, Some(it), exit, &mut |fx, _exit| {
            let v = fx.expr(elt)?;
            fx.set_line(elt.span);
            fx.yield_value(v, elt.span)?;
            Ok(())
        })?;
        self.b.ins().jump(exit, &[]);
        self.b.switch_to_block(exit);
        let none = self.none();
        self.emit_return(none);
        Ok(())
    }

    /// `consumer(genexp)` where the resolver found the generator
    /// expression runs inline (`crate::resolve::inline_consumer`); `None`
    /// when the call is not of that form.
    pub(super) fn consume_genexp(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> LResult<Option<Value>> {
        let [arg] = args else {
            return Ok(None);
        };
        let (Some(_), ExprKind::GeneratorExp { elt, generators }) =
            (self.m.res.inline_genexp(arg), &arg.kind)
        else {
            return Ok(None);
        };
        let Some(consumer) = crate::resolve::inline_consumer(func, args, keywords) else {
            return Ok(None);
        };
        let span = arg.span;
        let v = match consumer {
            "any" | "all" => self.genexp_any_all(consumer == "any", elt, generators, span)?,
            "sum" => self.genexp_sum(elt, generators, span)?,
            "set" => self.comprehension(span, generators, CompSink::Set(elt))?,
            "list" => self.comprehension(span, generators, CompSink::List(elt))?,
            _ => {
                // `tuple`, `frozenset`, `sorted` and `join` take a list or
                // set built from it (what they would build first).
                let sink = if consumer == "frozenset" {
                    CompSink::Set(elt)
                } else {
                    CompSink::List(elt)
                };
                let items = self.comprehension(span, generators, sink)?;
                if consumer == "join" {
                    let ExprKind::Attribute { value, .. } = &func.kind else {
                        return Ok(None);
                    };
                    let sep = self.expr(value)?;
                    let name = self.str_const("join");
                    let arr = self.array(&[sep, items]);
                    let n = self.b.ins().iconst(cranelift_codegen::ir::types::I64, 2);
                    let kw = self.null();
                    self.set_line(e.span);
                    self.method_call_site(sep, name, arr, n, kw, None)
                } else {
                    let f = self.const_builtin_value(consumer);
                    let v = self.call_with_keywords(f, &[items], keywords)?;
                    self.set_line(e.span);
                    v
                }
            }
        };
        Ok(Some(v))
    }

    /// `any(genexp)` / `all(genexp)`: stops at the first element that
    /// decides the result.
    fn genexp_any_all(
        &mut self,
        is_any: bool,
        elt: &'a Expr,
        generators: &'a [Comprehension],
        span: Span,
    ) -> LResult<Value> {
        let result = self.temp_var();
        let init = self.bool_const(!is_any);
        self.b.def_var(result, init);
        self.comp_loop(span, generators, &mut |fx, exit| {
            let v = fx.expr(elt)?;
            let t = fx.outside_frame(true, |fx| fx.truthy(v))?;
            let decide = fx.b.create_block();
            let cont = fx.b.create_block();
            if is_any {
                fx.b.ins().brif(t, decide, &[], cont, &[]);
            } else {
                fx.b.ins().brif(t, cont, &[], decide, &[]);
            }
            fx.b.switch_to_block(decide);
            let r = fx.bool_const(is_any);
            fx.b.def_var(result, r);
            fx.b.ins().jump(exit, &[]);
            fx.b.switch_to_block(cont);
            Ok(())
        })?;
        Ok(self.b.use_var(result))
    }

    /// `sum(genexp)`: `total = total + element` as each element comes, as
    /// the builtin does (with the inline small-int path).
    fn genexp_sum(
        &mut self,
        elt: &'a Expr,
        generators: &'a [Comprehension],
        span: Span,
    ) -> LResult<Value> {
        let total = self.temp_var();
        let zero = self.small_int(0);
        self.b.def_var(total, zero);
        self.comp_loop(span, generators, &mut |fx, _exit| {
            let v = fx.expr(elt)?;
            fx.outside_frame(true, |fx| {
                let t = fx.b.use_var(total);
                let s = fx.binop(BinOp::Add, t, v, false)?;
                fx.b.def_var(total, s);
                Ok(())
            })
        })?;
        Ok(self.b.use_var(total))
    }
}
