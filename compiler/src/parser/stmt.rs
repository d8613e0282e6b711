//! Statement parsing: simple and compound statements, blocks, parameter lists.

use super::{expr_name, PResult, Parser, TargetCtx};
use crate::ast::{
    Alias, BinOp, ClassDef, ExceptHandler, Expr, ExprKind, FunctionDef, Ident, Module, Param,
    Params, Stmt, StmtKind, UnaryOp, WithItem,
};
use crate::lexer::{Kw, Op, TokenKind};
use crate::span::Span;

/// How many `elif` branches one `if` statement may have: the tree nests
/// one level per branch and later passes recurse over it (CPython 3.11
/// fails with a RecursionError a little further).
const MAX_ELIF: usize = 3000;

/// Which token closes a parameter list.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum ParamsEnd {
    /// `def f(...)`: annotations allowed.
    Paren,
    /// `lambda ...:`
    Colon,
}

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
            // `async` starts only those: CPython reports the token after it.
            TokenKind::Kw(Kw::Async) => {
                self.bump();
                return self.invalid_syntax();
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
                // CPython ends an enclosing block after a trailing `;`.
                self.last_end = self.prev_end();
                break;
            }
        }
        match self.peek() {
            TokenKind::Newline => {
                self.bump();
                Ok(())
            }
            TokenKind::Eof => Ok(()),
            _ => self.invalid_syntax(),
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
                if let ExprKind::Name(n) = &first.kind {
                    if (n == "print" || n == "exec") && self.starts_expr() {
                        // CPython marks the statement as far as its
                        // arguments parse as an expression list.
                        let msg =
                            format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?");
                        let end = self
                            .star_expressions()
                            .map_or(first.span.end, |e| e.span.end);
                        return self.error(msg, Span::new(first.span.start as usize, end as usize));
                    }
                }
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
        // The `if` and each `elif`, read in a loop: a ladder of thousands
        // of branches costs no parser recursion (CPython compiles ladders
        // of a few thousand).
        let mut branches = Vec::new();
        loop {
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
            branches.push((start, test, body));
            if !self.at_kw(Kw::Elif) {
                break;
            }
            if branches.len() >= MAX_ELIF {
                return self.error_here("too many 'elif' branches");
            }
        }
        // Each `elif` nests one `If` deeper, built from the last one out;
        // each spans from its keyword to the end of the whole statement.
        let mut orelse = self.else_block()?;
        while let Some((start, test, body)) = branches.pop() {
            orelse = vec![stmt(
                StmtKind::If { test, body, orelse },
                self.block_span(start),
            )];
        }
        Ok(orelse.pop().expect("an if statement has its first branch"))
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
            unmangled: None,
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
            unmangled: None,
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

    /// A parameter list for `def` (up to `)`, which is left) or `lambda` (up to `:`).
    pub(super) fn params(&mut self, end: ParamsEnd) -> PResult<Params> {
        let annotations = end == ParamsEnd::Paren;
        let at_end = |p: &Self| match end {
            ParamsEnd::Paren => p.at_op(Op::RParen),
            ParamsEnd::Colon => p.at_op(Op::Colon),
        };
        let mut params = Params::default();
        let mut seen_star = false;
        let mut bare_star: Option<Span> = None;
        let mut seen_default = false;
        while !at_end(self) {
            let start = self.span();
            if self.eat_op(Op::Slash) {
                if !params.posonly.is_empty() {
                    return self.error("/ may appear only once", start);
                }
                if seen_star {
                    return self.error("/ must be ahead of *", start);
                }
                if params.args.is_empty() {
                    return self.error("at least one argument must precede /", start);
                }
                params.posonly = std::mem::take(&mut params.args);
            } else if self.eat_op(Op::Star) {
                if seen_star {
                    return self.error("* argument may appear only once", start);
                }
                seen_star = true;
                if matches!(self.peek(), TokenKind::Name(_)) {
                    let mut p = self.param(annotations && !self.star_annotation())?;
                    if annotations && self.at_op(Op::Colon) {
                        // `*args: *Ts` (PEP 646).
                        self.bump();
                        let star = self.span();
                        self.bump();
                        let inner = self.expression()?;
                        p.annotation = Some(Expr {
                            kind: ExprKind::Starred(Box::new(inner)),
                            span: self.span_from(star),
                        });
                    }
                    params.vararg = Some(p);
                } else {
                    bare_star = Some(start);
                }
            } else if self.eat_op(Op::DoubleStar) {
                let p = self.param(annotations)?;
                if self.at_op(Op::Assign) {
                    return self.error_here("var-keyword argument cannot have default value");
                }
                params.kwarg = Some(p);
                if self.eat_op(Op::Comma) && !at_end(self) {
                    let follows = matches!(
                        self.peek(),
                        TokenKind::Name(_) | TokenKind::Op(Op::Star | Op::DoubleStar | Op::Slash)
                    );
                    if follows {
                        return self.error_here("arguments cannot follow var-keyword argument");
                    }
                }
                break;
            } else {
                let mut p = self.param(annotations)?;
                if self.eat_op(Op::Assign) {
                    p.default = Some(self.expression()?);
                }
                if seen_star {
                    params.kwonly.push(p);
                } else {
                    if p.default.is_some() {
                        seen_default = true;
                    } else if seen_default {
                        return self
                            .error("non-default argument follows default argument", p.name.span);
                    }
                    params.args.push(p);
                }
            }
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        if let Some(span) = bare_star {
            if params.kwonly.is_empty() {
                return self.error("named arguments must follow bare *", span);
            }
        }
        if !at_end(self) {
            return match end {
                ParamsEnd::Paren => self.invalid_syntax(),
                ParamsEnd::Colon => self.expect_colon().map(|_| params),
            };
        }
        Ok(params)
    }

    /// True at `name: *`, a starred `*args` annotation.
    fn star_annotation(&self) -> bool {
        *self.peek_nth(1) == TokenKind::Op(Op::Colon)
            && *self.peek_nth(2) == TokenKind::Op(Op::Star)
    }

    fn param(&mut self, annotations: bool) -> PResult<Param> {
        let name = self.ident()?;
        let annotation = if annotations && self.eat_op(Op::Colon) {
            Some(self.expression()?)
        } else {
            None
        };
        Ok(Param {
            name,
            annotation,
            default: None,
        })
    }
}
