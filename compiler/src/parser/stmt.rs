//! Statement parsing: simple and compound statements, blocks, `match` patterns.

use super::expr::ParamsEnd;
use super::{expr_name, PResult, Parser, TargetCtx};
use crate::ast::{
    Alias, BinOp, ClassDef, ExceptHandler, Expr, ExprKind, FunctionDef, Ident, Module, Stmt,
    StmtKind, UnaryOp, WithItem,
};
use crate::lexer::{Kw, Op, TokenKind};
use crate::span::Span;

fn stmt(kind: StmtKind, span: Span) -> Stmt {
    Stmt { kind, span }
}

fn augassign_op(tok: &TokenKind) -> Option<BinOp> {
    let TokenKind::Op(op) = tok else {
        return None;
    };
    Some(match op {
        Op::PlusEq => BinOp::Add,
        Op::MinusEq => BinOp::Sub,
        Op::StarEq => BinOp::Mul,
        Op::AtEq => BinOp::MatMul,
        Op::SlashEq => BinOp::Div,
        Op::DoubleSlashEq => BinOp::FloorDiv,
        Op::PercentEq => BinOp::Mod,
        Op::DoubleStarEq => BinOp::Pow,
        Op::LShiftEq => BinOp::LShift,
        Op::RShiftEq => BinOp::RShift,
        Op::PipeEq => BinOp::BitOr,
        Op::CaretEq => BinOp::BitXor,
        Op::AmpEq => BinOp::BitAnd,
        _ => return None,
    })
}

/// Kinds that CPython's "Maybe you meant '=='" hint applies to: targets at the
/// `bitwise_or` level that cannot be assigned.
fn hint_eq(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::True
            | ExprKind::False
            | ExprKind::None
            | ExprKind::BoolOp { .. }
            | ExprKind::Compare { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
            | ExprKind::UnaryOp {
                op: UnaryOp::Not,
                ..
            }
    )
}

impl Parser<'_> {
    /// `file: statement* EOF`
    pub(super) fn module(&mut self) -> PResult<Module> {
        let mut body = Vec::new();
        while *self.peek() != TokenKind::Eof {
            self.statement(&mut body)?;
        }
        Ok(Module { body })
    }

    /// One statement line (or compound statement), appended to `out`.
    fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        if self.at_name("match") && self.is_match_stmt() {
            let s = self.match_stmt()?;
            out.push(s);
            return Ok(());
        }
        match self.peek() {
            TokenKind::Kw(
                Kw::Def | Kw::If | Kw::Class | Kw::With | Kw::For | Kw::Try | Kw::While,
            )
            | TokenKind::Op(Op::At) => {
                let s = self.compound()?;
                out.push(s);
            }
            TokenKind::Kw(Kw::Async)
                if matches!(
                    self.peek_nth(1),
                    TokenKind::Kw(Kw::Def | Kw::For | Kw::With)
                ) =>
            {
                let s = self.compound()?;
                out.push(s);
            }
            TokenKind::Indent => return self.error_here("unexpected indent"),
            _ => self.simple_stmts(out)?,
        }
        Ok(())
    }

    /// `simple_stmt (';' simple_stmt)* [';'] NEWLINE`
    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            let s = self.simple_stmt()?;
            out.push(s);
            if !self.eat_op(Op::Semi) {
                break;
            }
            if matches!(self.peek(), TokenKind::Newline | TokenKind::Eof) {
                break;
            }
        }
        match self.peek() {
            TokenKind::Newline => {
                self.bump();
                Ok(())
            }
            TokenKind::Eof => Ok(()),
            _ => {
                if let Some(Stmt {
                    kind: StmtKind::Expr(e),
                    span,
                }) = out.last()
                {
                    if let ExprKind::Name(n) = &e.kind {
                        if (n == "print" || n == "exec") && self.starts_expr() {
                            return self.error(
                                format!(
                                    "Missing parentheses in call to '{n}'. Did you mean {n}(...)?"
                                ),
                                *span,
                            );
                        }
                    }
                }
                self.invalid_syntax()
            }
        }
    }

    fn at_stmt_end(&self) -> bool {
        matches!(
            self.peek(),
            TokenKind::Newline | TokenKind::Eof | TokenKind::Op(Op::Semi)
        )
    }

    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let start = self.span();
        let kind = match self.peek() {
            TokenKind::Kw(Kw::Pass) => {
                self.bump();
                StmtKind::Pass
            }
            TokenKind::Kw(Kw::Break) => {
                self.bump();
                StmtKind::Break
            }
            TokenKind::Kw(Kw::Continue) => {
                self.bump();
                StmtKind::Continue
            }
            TokenKind::Kw(Kw::Return) => {
                self.bump();
                if self.at_stmt_end() {
                    StmtKind::Return(None)
                } else {
                    let e = self.star_expressions()?;
                    StmtKind::Return(Some(self.no_bare_star(e)?))
                }
            }
            TokenKind::Kw(Kw::Raise) => {
                self.bump();
                if self.at_stmt_end() {
                    StmtKind::Raise {
                        exc: None,
                        cause: None,
                    }
                } else {
                    let exc = self.expression()?;
                    let cause = if self.eat_kw(Kw::From) {
                        Some(self.expression()?)
                    } else {
                        None
                    };
                    StmtKind::Raise {
                        exc: Some(exc),
                        cause,
                    }
                }
            }
            TokenKind::Kw(Kw::Global) => {
                self.bump();
                StmtKind::Global(self.name_list()?)
            }
            TokenKind::Kw(Kw::Nonlocal) => {
                self.bump();
                StmtKind::Nonlocal(self.name_list()?)
            }
            TokenKind::Kw(Kw::Del) => {
                self.bump();
                StmtKind::Del(self.del_targets()?)
            }
            TokenKind::Kw(Kw::Assert) => {
                self.bump();
                let test = self.expression()?;
                let msg = if self.eat_op(Op::Comma) {
                    Some(self.expression()?)
                } else {
                    None
                };
                StmtKind::Assert { test, msg }
            }
            TokenKind::Kw(Kw::Import) => {
                self.bump();
                StmtKind::Import(self.dotted_as_names()?)
            }
            TokenKind::Kw(Kw::From) => self.import_from()?,
            _ => self.expr_stmt()?,
        };
        let span = self.span_from(start);
        self.last_end = span.end;
        Ok(stmt(kind, span))
    }

    fn name_list(&mut self) -> PResult<Vec<Ident>> {
        let mut names = vec![self.ident()?];
        while self.eat_op(Op::Comma) {
            names.push(self.ident()?);
        }
        Ok(names)
    }

    fn del_targets(&mut self) -> PResult<Vec<Expr>> {
        let mut targets = Vec::new();
        loop {
            let e = self.target_elt()?;
            if matches!(e.kind, ExprKind::Starred(_)) {
                return self.error("cannot delete starred", e.span);
            }
            self.check_target(&e, TargetCtx::Del)?;
            targets.push(e);
            if !self.eat_op(Op::Comma) || self.at_stmt_end() {
                break;
            }
        }
        Ok(targets)
    }

    fn dotted_name(&mut self) -> PResult<(String, Span)> {
        let first = self.ident()?;
        let mut name = first.name;
        let mut span = first.span;
        while self.eat_op(Op::Dot) {
            let part = self.ident()?;
            name.push('.');
            name.push_str(&part.name);
            span = span.to(part.span);
        }
        Ok((name, span))
    }

    fn dotted_as_names(&mut self) -> PResult<Vec<Alias>> {
        let mut names = Vec::new();
        loop {
            let (name, span) = self.dotted_name()?;
            let asname = if self.eat_kw(Kw::As) {
                Some(self.ident()?)
            } else {
                None
            };
            let span = span.to(asname.as_ref().map_or(span, |a| a.span));
            names.push(Alias { name, asname, span });
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        Ok(names)
    }

    fn import_from(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut level = 0u32;
        loop {
            if self.eat_op(Op::Dot) {
                level += 1;
            } else if self.eat_op(Op::Ellipsis) {
                level += 3;
            } else {
                break;
            }
        }
        let module = if level > 0 && self.at_kw(Kw::Import) {
            None
        } else {
            Some(self.dotted_name()?.0)
        };
        if !self.eat_kw(Kw::Import) {
            return self.invalid_syntax();
        }
        if self.at_op(Op::Star) {
            let span = self.bump().span;
            let names = vec![Alias {
                name: "*".to_string(),
                asname: None,
                span,
            }];
            return Ok(StmtKind::ImportFrom {
                module,
                names,
                level,
            });
        }
        let parens = self.eat_op(Op::LParen);
        let mut names = Vec::new();
        loop {
            let name = self.ident()?;
            let asname = if self.eat_kw(Kw::As) {
                Some(self.ident()?)
            } else {
                None
            };
            let span = name.span.to(asname.as_ref().map_or(name.span, |a| a.span));
            names.push(Alias {
                name: name.name,
                asname,
                span,
            });
            if !self.eat_op(Op::Comma) {
                break;
            }
            if parens && self.at_op(Op::RParen) {
                break;
            }
            if !parens && self.at_stmt_end() {
                return self.error(
                    "trailing comma not allowed without surrounding parentheses",
                    self.span(),
                );
            }
        }
        if parens {
            self.expect_op(Op::RParen, "invalid syntax")?;
        }
        Ok(StmtKind::ImportFrom {
            module,
            names,
            level,
        })
    }

    /// Expression statements and all assignment forms.
    fn expr_stmt(&mut self) -> PResult<StmtKind> {
        let first = if self.at_kw(Kw::Yield) {
            self.yield_expr()?
        } else {
            self.star_expressions()?
        };
        if self.at_op(Op::Colon) {
            self.bump();
            if !self.starts_expr() {
                return self.invalid_syntax();
            }
            match &first.kind {
                ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
                ExprKind::Tuple(_) => {
                    return self.error(
                        "only single target (not tuple) can be annotated",
                        first.span,
                    )
                }
                ExprKind::List(_) => {
                    return self.error("only single target (not list) can be annotated", first.span)
                }
                _ => return self.error("illegal target for annotation", first.span),
            }
            let annotation = self.expression()?;
            let value = if self.eat_op(Op::Assign) {
                Some(self.assign_value()?)
            } else {
                None
            };
            return Ok(StmtKind::AnnAssign {
                target: first,
                annotation,
                value,
            });
        }
        if let Some(op) = augassign_op(self.peek()) {
            if !matches!(
                first.kind,
                ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
            ) {
                return self.error(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        expr_name(&first)
                    ),
                    first.span,
                );
            }
            self.bump();
            let value = self.assign_value()?;
            return Ok(StmtKind::AugAssign {
                target: first,
                op,
                value,
            });
        }
        if !self.at_op(Op::Assign) {
            if self.at_op(Op::Walrus) {
                if matches!(first.kind, ExprKind::Name(_)) {
                    return self.invalid_syntax();
                }
                return self.error(
                    format!(
                        "cannot use assignment expressions with {}",
                        expr_name(&first)
                    ),
                    first.span,
                );
            }
            if !self.at_stmt_end() {
                return self.invalid_syntax();
            }
            let first = self.no_bare_star(first)?;
            return Ok(StmtKind::Expr(first));
        }
        let mut targets = vec![first];
        let mut value;
        loop {
            self.bump();
            value = self.assign_value()?;
            if !self.at_op(Op::Assign) {
                break;
            }
            targets.push(value);
        }
        let single = targets.len() == 1;
        for t in &targets {
            if matches!(t.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
                return self.error("assignment to yield expression not possible", t.span);
            }
            if let Err(mut d) = self.check_target(t, TargetCtx::Assign) {
                if single
                    && d.span == t.span
                    && d.message.starts_with("cannot assign to")
                    && hint_eq(t)
                {
                    d.message
                        .push_str(" here. Maybe you meant '==' instead of '='?");
                }
                return Err(d);
            }
        }
        Ok(StmtKind::Assign { targets, value })
    }

    /// The right side of `=`, `+=` or an annotated assignment.
    fn assign_value(&mut self) -> PResult<Expr> {
        if self.at_kw(Kw::Yield) {
            return self.yield_expr();
        }
        let e = self.star_expressions()?;
        self.no_bare_star(e)
    }

    /// Parses the block after a header's `:`. `what` names the header for
    /// CPython's "expected an indented block after ..." message.
    pub(super) fn block(&mut self, what: &str, header: Span) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if !matches!(self.peek(), TokenKind::Newline) {
            if *self.peek() == TokenKind::Eof {
                return self.block_error(what, header);
            }
            self.simple_stmts(&mut body)?;
            return Ok(body);
        }
        self.bump();
        if *self.peek() != TokenKind::Indent {
            return self.block_error(what, header);
        }
        self.bump();
        self.enter()?;
        while !matches!(self.peek(), TokenKind::Dedent | TokenKind::Eof) {
            if let Err(e) = self.statement(&mut body) {
                self.leave();
                return Err(e);
            }
        }
        self.leave();
        self.bump();
        Ok(body)
    }

    pub(super) fn block_error<T>(&self, what: &str, header: Span) -> PResult<T> {
        let line = self.line_of(header);
        let span = self.span();
        self.error(
            format!("expected an indented block after {what} on line {line}"),
            span,
        )
    }

    fn compound(&mut self) -> PResult<Stmt> {
        let start = self.span();
        match self.peek() {
            TokenKind::Op(Op::At) => self.decorated(),
            TokenKind::Kw(Kw::Def) | TokenKind::Kw(Kw::Async)
                if self.at_kw(Kw::Def) || *self.peek_nth(1) == TokenKind::Kw(Kw::Def) =>
            {
                self.funcdef(Vec::new())
            }
            TokenKind::Kw(Kw::Class) => self.classdef(Vec::new()),
            TokenKind::Kw(Kw::If) => self.if_stmt(),
            TokenKind::Kw(Kw::While) => {
                self.bump();
                let test = self.named_expression()?;
                self.expect_colon()?;
                let body = self.block("'while' statement", start)?;
                let orelse = self.else_block()?;
                Ok(stmt(
                    StmtKind::While { test, body, orelse },
                    self.block_span(start),
                ))
            }
            TokenKind::Kw(Kw::For) | TokenKind::Kw(Kw::Async)
                if self.at_kw(Kw::For) || *self.peek_nth(1) == TokenKind::Kw(Kw::For) =>
            {
                let is_async = self.eat_kw(Kw::Async);
                self.bump();
                let target = self.target_list()?;
                if !self.eat_kw(Kw::In) {
                    return self.invalid_syntax();
                }
                let iter = self.star_expressions()?;
                let iter = self.no_bare_star(iter)?;
                self.expect_colon_forced()?;
                let body = self.block("'for' statement", start)?;
                let orelse = self.else_block()?;
                Ok(stmt(
                    StmtKind::For {
                        target,
                        iter,
                        body,
                        orelse,
                        is_async,
                    },
                    self.block_span(start),
                ))
            }
            TokenKind::Kw(Kw::With) | TokenKind::Kw(Kw::Async) => self.with_stmt(),
            TokenKind::Kw(Kw::Try) => self.try_stmt(),
            _ => self.invalid_syntax(),
        }
    }

    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if !self.at_kw(Kw::Else) {
            return Ok(Vec::new());
        }
        let span = self.bump().span;
        self.expect_colon_forced()?;
        self.block("'else' statement", span)
    }

    fn if_stmt(&mut self) -> PResult<Stmt> {
        let start = self.span();
        let what = if self.at_kw(Kw::Elif) {
            "'elif' statement"
        } else {
            "'if' statement"
        };
        self.bump();
        let test = self.named_expression()?;
        self.expect_colon()?;
        let body = self.block(what, start)?;
        let orelse = if self.at_kw(Kw::Elif) {
            // Each `elif` nests one `If` deeper.
            self.enter()?;
            let res = self.if_stmt();
            self.leave();
            vec![res?]
        } else {
            self.else_block()?
        };
        Ok(stmt(
            StmtKind::If { test, body, orelse },
            self.block_span(start),
        ))
    }

    fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat_op(Op::At) {
            decorators.push(self.named_expression()?);
            if !matches!(self.peek(), TokenKind::Newline) {
                return self.invalid_syntax();
            }
            self.bump();
        }
        match self.peek() {
            TokenKind::Kw(Kw::Def) => self.funcdef(decorators),
            TokenKind::Kw(Kw::Async) if *self.peek_nth(1) == TokenKind::Kw(Kw::Def) => {
                self.funcdef(decorators)
            }
            TokenKind::Kw(Kw::Class) => self.classdef(decorators),
            _ => self.invalid_syntax(),
        }
    }

    fn funcdef(&mut self, decorators: Vec<Expr>) -> PResult<Stmt> {
        let start = self.span();
        let is_async = self.eat_kw(Kw::Async);
        self.bump();
        let name = self.ident()?;
        self.expect_op(Op::LParen, "expected '('")?;
        let params = self.params(ParamsEnd::Paren)?;
        self.expect_op(Op::RParen, "invalid syntax")?;
        let returns = if self.eat_op(Op::Arrow) {
            Some(self.expression()?)
        } else {
            None
        };
        let colon = self.expect_colon_forced()?;
        let header = start.to(colon);
        let body = self.block("function definition", start)?;
        let def = FunctionDef {
            name,
            params,
            body,
            decorators,
            returns,
            is_async,
            span: header,
        };
        Ok(stmt(
            StmtKind::FunctionDef(Box::new(def)),
            self.block_span(start),
        ))
    }

    fn classdef(&mut self, decorators: Vec<Expr>) -> PResult<Stmt> {
        let start = self.bump().span;
        let name = self.ident()?;
        let (bases, keywords) = if self.eat_op(Op::LParen) {
            self.call_args()?
        } else {
            (Vec::new(), Vec::new())
        };
        let colon = self.expect_colon()?;
        let header = start.to(colon);
        let body = self.block("class definition", start)?;
        let def = ClassDef {
            name,
            bases,
            keywords,
            body,
            decorators,
            span: header,
        };
        Ok(stmt(
            StmtKind::ClassDef(Box::new(def)),
            self.block_span(start),
        ))
    }

    fn with_stmt(&mut self) -> PResult<Stmt> {
        let start = self.span();
        let is_async = self.eat_kw(Kw::Async);
        self.bump();
        let mut items = None;
        if self.at_op(Op::LParen) {
            // `with (a as b, c):` is tried first, as in CPython's grammar;
            // failing that, the parenthesis starts an ordinary expression.
            let (save_pos, save_depth) = (self.pos, self.depth);
            if let Ok(parsed) = self.paren_with_items() {
                items = Some(parsed);
            } else {
                self.pos = save_pos;
                self.depth = save_depth;
            }
        }
        let items = match items {
            Some(items) => items,
            None => {
                let mut items = vec![self.with_item()?];
                while self.eat_op(Op::Comma) {
                    items.push(self.with_item()?);
                }
                items
            }
        };
        self.expect_colon()?;
        let body = self.block("'with' statement", start)?;
        Ok(stmt(
            StmtKind::With {
                items,
                body,
                is_async,
            },
            self.block_span(start),
        ))
    }

    fn paren_with_items(&mut self) -> PResult<Vec<WithItem>> {
        self.bump();
        let mut items = Vec::new();
        loop {
            items.push(self.with_item()?);
            if !self.eat_op(Op::Comma) || self.at_op(Op::RParen) {
                break;
            }
        }
        self.expect_op(Op::RParen, "invalid syntax")?;
        if !self.at_op(Op::Colon) {
            return self.invalid_syntax();
        }
        Ok(items)
    }

    fn with_item(&mut self) -> PResult<WithItem> {
        let context = self.expression()?;
        let vars = if self.eat_kw(Kw::As) {
            let target = self.target_elt()?;
            self.check_target(&target, TargetCtx::Assign)?;
            Some(target)
        } else {
            None
        };
        Ok(WithItem { context, vars })
    }

    fn try_stmt(&mut self) -> PResult<Stmt> {
        let start = self.bump().span;
        self.expect_colon_forced()?;
        let body = self.block("'try' statement", start)?;
        let mut handlers: Vec<ExceptHandler> = Vec::new();
        let mut is_star = false;
        while self.at_kw(Kw::Except) {
            let hstart = self.bump().span;
            let star = self.eat_op(Op::Star);
            if !handlers.is_empty() && star != is_star {
                return self.error(
                    "cannot have both 'except' and 'except*' on the same 'try'",
                    hstart,
                );
            }
            is_star = star;
            if let Some(prev) = handlers.last() {
                if prev.typ.is_none() {
                    return self.error("default 'except:' must be last", prev.span);
                }
            }
            let (typ, name) = if self.at_op(Op::Colon) {
                if star {
                    return self.error_here("expected one or more exception types");
                }
                (None, None)
            } else {
                let typ = self.expression()?;
                if self.at_op(Op::Comma) {
                    return self.error(
                        "multiple exception types must be parenthesized",
                        self.span_from(typ.span),
                    );
                }
                let name = if self.eat_kw(Kw::As) {
                    Some(self.ident()?)
                } else {
                    None
                };
                (Some(typ), name)
            };
            self.expect_colon()?;
            let what = if star {
                "'except*' statement"
            } else {
                "'except' statement"
            };
            let hbody = self.block(what, hstart)?;
            handlers.push(ExceptHandler {
                typ,
                name,
                body: hbody,
                span: self.block_span(hstart),
            });
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.else_block()?
        };
        let finalbody = if self.at_kw(Kw::Finally) {
            let span = self.bump().span;
            self.expect_colon_forced()?;
            self.block("'finally' statement", span)?
        } else {
            if handlers.is_empty() {
                return self.error_here("expected 'except' or 'finally' block");
            }
            Vec::new()
        };
        Ok(stmt(
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            },
            self.block_span(start),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{expr, parse_ok};
    use crate::ast::StmtKind;

    #[test]
    fn lambdas_and_params() {
        assert_eq!(expr("lambda x, y=1: x"), "(lambda [x y] x)");
        let m = parse_ok("def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    pass\n");
        let StmtKind::FunctionDef(f) = &m.body[0].kind else {
            panic!("not a def")
        };
        let names = |ps: &[crate::ast::Param]| {
            ps.iter()
                .map(|p| p.name.name.clone())
                .collect::<Vec<_>>()
                .join(",")
        };
        assert_eq!(names(&f.params.posonly), "a,b");
        assert_eq!(names(&f.params.args), "c");
        assert_eq!(
            f.params.vararg.as_ref().map(|p| p.name.name.as_str()),
            Some("args")
        );
        assert_eq!(names(&f.params.kwonly), "d,e");
        assert_eq!(
            f.params.kwarg.as_ref().map(|p| p.name.name.as_str()),
            Some("kw")
        );
        assert!(f.returns.is_some());
        let m = parse_ok("f = lambda *a, k, **kw: 0\ng = lambda *, k: k\n");
        assert_eq!(m.body.len(), 2);
        let m = parse_ok("def g(x: int = 3, *, y: str) -> None: return\n");
        assert_eq!(m.body.len(), 1);
    }
}

#[cfg(test)]
mod error_tests {
    use super::super::tests::parse_err;

    /// Messages checked against CPython 3.11 (`ast.parse`) on the same input.
    #[test]
    fn cpython_error_wording() {
        let cases = [
            ("def f(x)\n    pass\n", "expected ':'"),
            ("def f(x) pass\n", "expected ':'"),
            ("while x pass\n", "invalid syntax"),
            ("if x = 1:\n    pass\n", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"),
            ("if x.y = 1:\n    pass\n", "cannot assign to attribute here. Maybe you meant '==' instead of '='?"),
            ("f(a.b=1)\n", "expression cannot contain assignment, perhaps you meant \"==\"?"),
            ("x = (1,\n     2]\n", "closing parenthesis ']' does not match opening parenthesis '(' on line 1"),
            ("x = a{b\n", "'{' was never closed"),
            ("x = 1\ny = \"abc\n", "unterminated string literal (detected at line 2)"),
            ("x = = 1\ny = 012\n", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"),
            ("x = = 1\nif x:\n        a\n    b\n", "invalid syntax"),
            ("def f():\n    @dec\n", "unexpected unindent"),
            ("print 'hello'\n", "Missing parentheses in call to 'print'. Did you mean print(...)?"),
            ("x = [*a for a in b]\n", "iterable unpacking cannot be used in comprehension"),
            ("x = {**a for a in b}\n", "dict unpacking cannot be used in dict comprehension"),
            ("x.y := 1\n", "cannot use assignment expressions with attribute"),
            ("x = 1 if y\n", "expected 'else' after 'if' expression"),
            ("def f(**k, a): pass\n", "arguments cannot follow var-keyword argument"),
            ("def f(**k=1): pass\n", "var-keyword argument cannot have default value"),
            ("def f(*): pass\n", "named arguments must follow bare *"),
            ("def f(a, /, b, /): pass\n", "/ may appear only once"),
            ("try:\n    pass\nexcept A, B:\n    pass\n", "multiple exception types must be parenthesized"),
            ("try:\n    pass\nexcept* A:\n    pass\nexcept B:\n    pass\n", "cannot have both 'except' and 'except*' on the same 'try'"),
            ("True = 1\n", "cannot assign to True"),
            ("x = yield = 3\n", "assignment to yield expression not possible"),
            ("from x import a,\n", "trailing comma not allowed without surrounding parentheses"),
            ("match x:\n    case 1:\n        pass\n    case _ as _:\n        pass\n", "cannot use '_' as a target"),
            ("match x:\ncase 1: pass\n", "expected an indented block after 'match' statement on line 1"),
            ("class C:\nx = 1\n", "expected an indented block after class definition on line 1"),
        ];
        for (src, msg) in cases {
            assert_eq!(parse_err(src).message, msg, "source: {src:?}");
        }
    }
}
