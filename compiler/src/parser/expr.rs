//! Expression parsing: precedence climbing, atoms, calls, comprehensions, lambdas.

use super::stmt::ParamsEnd;
use super::{expr_name, PResult, Parser, TargetCtx};
use crate::ast::{
    BinOp, BoolOpKind, CmpOp, Comprehension, Expr, ExprKind, Ident, Keyword, UnaryOp,
};
use crate::lexer::{Kw, Op, TokenKind};
use crate::span::Span;

fn mk(kind: ExprKind, span: Span) -> Expr {
    Expr { kind, span }
}

/// Binary operator of a token with its precedence (higher binds tighter).
fn binop_of(tok: &TokenKind) -> Option<(BinOp, u8)> {
    let TokenKind::Op(op) = tok else {
        return None;
    };
    Some(match op {
        Op::Pipe => (BinOp::BitOr, 1),
        Op::Caret => (BinOp::BitXor, 2),
        Op::Amp => (BinOp::BitAnd, 3),
        Op::LShift => (BinOp::LShift, 4),
        Op::RShift => (BinOp::RShift, 4),
        Op::Plus => (BinOp::Add, 5),
        Op::Minus => (BinOp::Sub, 5),
        Op::Star => (BinOp::Mul, 6),
        Op::Slash => (BinOp::Div, 6),
        Op::DoubleSlash => (BinOp::FloorDiv, 6),
        Op::Percent => (BinOp::Mod, 6),
        Op::At => (BinOp::MatMul, 6),
        _ => return None,
    })
}

impl Parser<'_> {
    /// True if the current token can begin an expression (or a starred one).
    pub(super) fn starts_expr(&self) -> bool {
        match self.peek() {
            TokenKind::Name(_)
            | TokenKind::Int(_)
            | TokenKind::Float(_)
            | TokenKind::Imag(_)
            | TokenKind::Str(_) => true,
            TokenKind::Kw(kw) => matches!(
                kw,
                Kw::True | Kw::False | Kw::None | Kw::Not | Kw::Lambda | Kw::Await | Kw::Yield
            ),
            TokenKind::Op(op) => matches!(
                op,
                Op::LParen
                    | Op::LBracket
                    | Op::LBrace
                    | Op::Minus
                    | Op::Plus
                    | Op::Tilde
                    | Op::Ellipsis
                    | Op::Star
            ),
            _ => false,
        }
    }

    /// `star_expressions`: one expression, or a tuple if commas appear.
    pub(super) fn star_expressions(&mut self) -> PResult<Expr> {
        let start = self.span();
        let first = self.star_expression()?;
        if !self.at_op(Op::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) {
            if !self.starts_expr() || self.at_kw(Kw::Yield) {
                break;
            }
            elts.push(self.star_expression()?);
        }
        Ok(mk(ExprKind::Tuple(elts), self.span_from(start)))
    }

    fn no_unpacking_in_comp(&self, elt: &Expr) -> PResult<()> {
        if matches!(elt.kind, ExprKind::Starred(_)) {
            return self.error(
                "iterable unpacking cannot be used in comprehension",
                elt.span,
            );
        }
        Ok(())
    }

    /// A value where a bare `*x` is not allowed (`x = *a` is an error).
    pub(super) fn no_bare_star(&self, e: Expr) -> PResult<Expr> {
        if matches!(e.kind, ExprKind::Starred(_)) {
            return self.error("can't use starred expression here", e.span);
        }
        Ok(e)
    }

    fn star_expression(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            let start = self.bump().span;
            let inner = self.bitwise_or()?;
            return Ok(mk(
                ExprKind::Starred(Box::new(inner)),
                self.span_from(start),
            ));
        }
        self.expression()
    }

    /// `'*' bitwise_or | named_expression` (list, set and tuple displays).
    fn star_named_expression(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            let start = self.bump().span;
            let inner = self.bitwise_or()?;
            return Ok(mk(
                ExprKind::Starred(Box::new(inner)),
                self.span_from(start),
            ));
        }
        self.named_expression()
    }

    /// `NAME := expression | expression`
    pub(super) fn named_expression(&mut self) -> PResult<Expr> {
        let e = self.named_expression_no_eq()?;
        if self.at_op(Op::Assign) {
            return self.misused_eq(e);
        }
        Ok(e)
    }

    /// `x = 1` where an expression is expected (`if x = 1:`), worded as
    /// CPython does. Its rule applies only when a `bitwise_or` follows the
    /// `=` and no second `=` follows that.
    fn misused_eq<T>(&mut self, e: Expr) -> PResult<T> {
        let eq = self.span();
        let save = (self.pos, self.depth);
        self.bump();
        let rule_applies =
            self.bitwise_or().is_ok() && !self.at_op(Op::Assign) && !self.at_op(Op::Walrus);
        (self.pos, self.depth) = save;
        if !rule_applies {
            return self.invalid_syntax();
        }
        if matches!(e.kind, ExprKind::Name(_)) {
            return self.error(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                e.span.to(eq),
            );
        }
        let bitwise_level = !matches!(
            e.kind,
            ExprKind::Compare { .. }
                | ExprKind::BoolOp { .. }
                | ExprKind::IfExp { .. }
                | ExprKind::Lambda { .. }
                | ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    ..
                }
        );
        let excluded = matches!(
            e.kind,
            ExprKind::List(_)
                | ExprKind::Tuple(_)
                | ExprKind::GeneratorExp { .. }
                | ExprKind::True
                | ExprKind::False
                | ExprKind::None
        );
        if bitwise_level && !excluded {
            return self.error(
                format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    expr_name(&e)
                ),
                e.span,
            );
        }
        self.error_here("invalid syntax")
    }

    /// `named_expression` without the check for a misused `=` (call
    /// arguments report that their own way).
    fn named_expression_no_eq(&mut self) -> PResult<Expr> {
        if let TokenKind::Name(name) = self.peek().clone() {
            if *self.peek_nth(1) == TokenKind::Op(Op::Walrus) {
                let target = mk(ExprKind::Name(name), self.bump().span);
                self.bump();
                let value = self.expression()?;
                let span = self.span_from(target.span);
                return Ok(mk(
                    ExprKind::NamedExpr {
                        target: Box::new(target),
                        value: Box::new(value),
                    },
                    span,
                ));
            }
        }
        let e = self.expression()?;
        if self.at_op(Op::Walrus) {
            return self.error(
                format!("cannot use assignment expressions with {}", expr_name(&e)),
                e.span,
            );
        }
        Ok(e)
    }

    /// `expression`: conditional expressions and lambdas.
    pub(super) fn expression(&mut self) -> PResult<Expr> {
        self.enter()?;
        let res = self.expression_inner();
        self.leave();
        res
    }

    fn expression_inner(&mut self) -> PResult<Expr> {
        if self.at_kw(Kw::Lambda) {
            return self.lambda();
        }
        let start = self.span();
        let body = self.disjunction()?;
        if !self.at_kw(Kw::If) {
            return Ok(body);
        }
        self.bump();
        let test = self.disjunction()?;
        if !self.eat_kw(Kw::Else) {
            if self.at_op(Op::Colon) {
                return self.invalid_syntax();
            }
            return self.error(
                "expected 'else' after 'if' expression",
                self.span_from(start),
            );
        }
        let orelse = self.expression()?;
        let span = self.span_from(start);
        Ok(mk(
            ExprKind::IfExp {
                test: Box::new(test),
                body: Box::new(body),
                orelse: Box::new(orelse),
            },
            span,
        ))
    }

    fn lambda(&mut self) -> PResult<Expr> {
        let start = self.bump().span;
        let params = self.params(ParamsEnd::Colon)?;
        self.expect_colon()?;
        let body = self.expression()?;
        Ok(mk(
            ExprKind::Lambda {
                params: Box::new(params),
                body: Box::new(body),
            },
            self.span_from(start),
        ))
    }

    pub(super) fn disjunction(&mut self) -> PResult<Expr> {
        self.bool_op(Kw::Or)
    }

    fn bool_op(&mut self, kw: Kw) -> PResult<Expr> {
        let start = self.span();
        let first = if kw == Kw::Or {
            self.bool_op(Kw::And)?
        } else {
            self.inversion()?
        };
        if !self.at_kw(kw) {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat_kw(kw) {
            values.push(if kw == Kw::Or {
                self.bool_op(Kw::And)?
            } else {
                self.inversion()?
            });
        }
        let span = self.span_from(start);
        let op = if kw == Kw::Or {
            BoolOpKind::Or
        } else {
            BoolOpKind::And
        };
        Ok(mk(ExprKind::BoolOp { op, values }, span))
    }

    fn inversion(&mut self) -> PResult<Expr> {
        if !self.at_kw(Kw::Not) {
            return self.comparison();
        }
        let start = self.bump().span;
        self.enter()?;
        let operand = self.inversion();
        self.leave();
        let operand = operand?;
        let span = self.span_from(start);
        Ok(mk(
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand: Box::new(operand),
            },
            span,
        ))
    }

    fn comparison(&mut self) -> PResult<Expr> {
        let start = self.span();
        let left = self.bitwise_or()?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        loop {
            let op = match self.peek() {
                TokenKind::Op(Op::EqEq) => CmpOp::Eq,
                TokenKind::Op(Op::NotEq) => CmpOp::NotEq,
                TokenKind::Op(Op::Lt) => CmpOp::Lt,
                TokenKind::Op(Op::Le) => CmpOp::LtE,
                TokenKind::Op(Op::Gt) => CmpOp::Gt,
                TokenKind::Op(Op::Ge) => CmpOp::GtE,
                TokenKind::Kw(Kw::In) => CmpOp::In,
                TokenKind::Kw(Kw::Is) => {
                    if *self.peek_nth(1) == TokenKind::Kw(Kw::Not) {
                        self.bump();
                        CmpOp::IsNot
                    } else {
                        CmpOp::Is
                    }
                }
                TokenKind::Kw(Kw::Not) if *self.peek_nth(1) == TokenKind::Kw(Kw::In) => {
                    self.bump();
                    CmpOp::NotIn
                }
                _ => break,
            };
            self.bump();
            ops.push(op);
            comparators.push(self.bitwise_or()?);
        }
        if ops.is_empty() {
            return Ok(left);
        }
        let span = self.span_from(start);
        Ok(mk(
            ExprKind::Compare {
                left: Box::new(left),
                ops,
                comparators,
            },
            span,
        ))
    }

    pub(super) fn bitwise_or(&mut self) -> PResult<Expr> {
        self.binary(1)
    }

    /// Precedence climbing over the binary operators from `|` up to `*`.
    fn binary(&mut self, min_prec: u8) -> PResult<Expr> {
        let start = self.span();
        let mut left = self.factor()?;
        let mut chain = 0;
        while let Some((op, prec)) = binop_of(self.peek()) {
            if prec < min_prec {
                break;
            }
            chain += 1;
            self.check_chain(chain)?;
            self.bump();
            let right = self.binary(prec + 1)?;
            let span = self.span_from(start);
            left = mk(
                ExprKind::BinOp {
                    left: Box::new(left),
                    op,
                    right: Box::new(right),
                },
                span,
            );
        }
        Ok(left)
    }

    /// Unary `+`, `-`, `~`; they bind looser than `**` on their right.
    fn factor(&mut self) -> PResult<Expr> {
        let op = match self.peek() {
            TokenKind::Op(Op::Plus) => UnaryOp::UAdd,
            TokenKind::Op(Op::Minus) => UnaryOp::USub,
            TokenKind::Op(Op::Tilde) => UnaryOp::Invert,
            _ => return self.power(),
        };
        let start = self.bump().span;
        self.enter()?;
        let operand = self.factor();
        self.leave();
        let operand = operand?;
        let span = self.span_from(start);
        Ok(mk(
            ExprKind::UnaryOp {
                op,
                operand: Box::new(operand),
            },
            span,
        ))
    }

    fn power(&mut self) -> PResult<Expr> {
        let start = self.span();
        let base = self.await_primary()?;
        if !self.eat_op(Op::DoubleStar) {
            return Ok(base);
        }
        self.enter()?;
        let exp = self.factor();
        self.leave();
        let exp = exp?;
        let span = self.span_from(start);
        Ok(mk(
            ExprKind::BinOp {
                left: Box::new(base),
                op: BinOp::Pow,
                right: Box::new(exp),
            },
            span,
        ))
    }

    fn await_primary(&mut self) -> PResult<Expr> {
        if !self.at_kw(Kw::Await) {
            return self.primary();
        }
        let start = self.bump().span;
        let inner = self.primary()?;
        let span = self.span_from(start);
        Ok(mk(ExprKind::Await(Box::new(inner)), span))
    }

    /// An atom followed by `.name`, `(args)` and `[index]` trailers.
    pub(super) fn primary(&mut self) -> PResult<Expr> {
        let start = self.span();
        let mut e = self.atom()?;
        let mut chain = 0;
        loop {
            chain += 1;
            self.check_chain(chain)?;
            match self.peek() {
                TokenKind::Op(Op::Dot) => {
                    self.bump();
                    let attr = match self.peek().clone() {
                        TokenKind::Name(name) => Ident {
                            name,
                            span: self.bump().span,
                        },
                        _ => return self.invalid_syntax(),
                    };
                    let span = self.span_from(start);
                    e = mk(
                        ExprKind::Attribute {
                            value: Box::new(e),
                            attr,
                        },
                        span,
                    );
                }
                TokenKind::Op(Op::LParen) => {
                    self.bump();
                    let (args, keywords) = self.call_args()?;
                    let span = self.span_from(start);
                    e = mk(
                        ExprKind::Call {
                            func: Box::new(e),
                            args,
                            keywords,
                        },
                        span,
                    );
                }
                TokenKind::Op(Op::LBracket) => {
                    self.bump();
                    let index = self.slices()?;
                    self.close(Op::RBracket, index.span)?;
                    let span = self.span_from(start);
                    e = mk(
                        ExprKind::Subscript {
                            value: Box::new(e),
                            index: Box::new(index),
                        },
                        span,
                    );
                }
                _ => return Ok(e),
            }
        }
    }

    /// Expects a closing bracket; suggests a missing comma like CPython.
    pub(super) fn close(&mut self, op: Op, last: Span) -> PResult<Span> {
        if self.at_op(op) {
            return Ok(self.bump().span);
        }
        if self.starts_expr() && !self.at_op(Op::Star) && !self.legacy_start(last) {
            return self.error(
                "invalid syntax. Perhaps you forgot a comma?",
                last.to(self.span()),
            );
        }
        self.invalid_syntax()
    }

    /// Expects a closing bracket after a comprehension (CPython offers no
    /// comma hint there).
    fn close_plain(&mut self, op: Op) -> PResult<Span> {
        if self.at_op(op) {
            return Ok(self.bump().span);
        }
        self.invalid_syntax()
    }

    /// CPython's comma hint skips an expression that starts with a soft
    /// keyword or with a name directly followed by a string (`print"x"`).
    fn legacy_start(&self, last: Span) -> bool {
        let Some(idx) = self.tokens[..self.pos.min(self.tokens.len())]
            .iter()
            .rposition(|t| t.span.start == last.start)
        else {
            return false;
        };
        match self.tokens.get(idx).map(|t| &t.kind) {
            Some(TokenKind::Name(n)) => {
                matches!(n.as_str(), "match" | "case" | "_")
                    || matches!(
                        self.tokens.get(idx + 1).map(|t| &t.kind),
                        Some(TokenKind::Str(_))
                    )
            }
            _ => false,
        }
    }

    fn slices(&mut self) -> PResult<Expr> {
        let start = self.span();
        let first = self.slice()?;
        if !self.at_op(Op::Comma) {
            if matches!(first.kind, ExprKind::Starred(_)) {
                // `a[*b]` indexes with a one-element tuple (PEP 646).
                let span = first.span;
                return Ok(mk(ExprKind::Tuple(vec![first]), span));
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) {
            if self.at_op(Op::RBracket) {
                break;
            }
            elts.push(self.slice()?);
        }
        Ok(mk(ExprKind::Tuple(elts), self.span_from(start)))
    }

    fn slice(&mut self) -> PResult<Expr> {
        let start = self.span();
        if self.at_op(Op::Star) {
            return self.star_expression();
        }
        let lower = if self.at_op(Op::Colon) {
            None
        } else {
            let e = self.named_expression()?;
            if !self.at_op(Op::Colon) {
                return Ok(e);
            }
            Some(Box::new(e))
        };
        self.bump();
        let bound = |p: &mut Self| -> PResult<Option<Box<Expr>>> {
            if p.at_op(Op::Colon) || p.at_op(Op::Comma) || p.at_op(Op::RBracket) {
                Ok(None)
            } else {
                Ok(Some(Box::new(p.expression()?)))
            }
        };
        let upper = bound(self)?;
        let step = if self.eat_op(Op::Colon) {
            bound(self)?
        } else {
            None
        };
        Ok(mk(
            ExprKind::Slice { lower, upper, step },
            self.span_from(start),
        ))
    }

    /// Arguments after `(` up to and including `)`.
    pub(super) fn call_args(&mut self) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let lparen = self
            .pos
            .checked_sub(1)
            .and_then(|i| self.tokens.get(i))
            .map_or(self.span(), |t| t.span);
        let mut args: Vec<Expr> = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        loop {
            if self.eat_op(Op::RParen) {
                break;
            }
            let start = self.span();
            if self.eat_op(Op::Star) {
                let value = self.expression()?;
                if keywords.iter().any(|k| k.arg.is_none()) {
                    return self.error(
                        "iterable argument unpacking follows keyword argument unpacking",
                        self.span_from(start),
                    );
                }
                args.push(mk(
                    ExprKind::Starred(Box::new(value)),
                    self.span_from(start),
                ));
            } else if self.eat_op(Op::DoubleStar) {
                let value = self.expression()?;
                keywords.push(Keyword {
                    arg: None,
                    value,
                    span: self.span_from(start),
                });
            } else if matches!(self.peek(), TokenKind::Name(_))
                && *self.peek_nth(1) == TokenKind::Op(Op::Assign)
            {
                let arg = self.ident()?;
                self.bump();
                let value = self.expression()?;
                if keywords
                    .iter()
                    .any(|k| k.arg.as_ref().is_some_and(|a| a.name == arg.name))
                {
                    return self
                        .error(format!("keyword argument repeated: {}", arg.name), arg.span);
                }
                keywords.push(Keyword {
                    arg: Some(arg),
                    value,
                    span: self.span_from(start),
                });
            } else {
                let e = self.named_expression_no_eq()?;
                if self.at_kw(Kw::For) || self.at_kw(Kw::Async) {
                    let generators = self.comp_for()?;
                    let genexp = mk(
                        ExprKind::GeneratorExp {
                            elt: Box::new(e),
                            generators,
                        },
                        self.span_from(start),
                    );
                    let sole = args.is_empty() && keywords.is_empty() && self.at_op(Op::RParen);
                    if !sole {
                        return self
                            .error("Generator expression must be parenthesized", genexp.span);
                    }
                    // The call's parentheses belong to a sole generator argument.
                    let mut genexp = genexp;
                    genexp.span = lparen.to(self.span());
                    args.push(genexp);
                    continue;
                }
                if self.at_op(Op::Assign) {
                    return self.error(
                        "expression cannot contain assignment, perhaps you meant \"==\"?",
                        e.span.to(self.span()),
                    );
                }
                if !keywords.is_empty() {
                    let msg = if keywords.iter().any(|k| k.arg.is_none()) {
                        "positional argument follows keyword argument unpacking"
                    } else {
                        "positional argument follows keyword argument"
                    };
                    // CPython points at the token after the argument.
                    return self.error_here(msg);
                }
                args.push(e);
            }
            if !self.eat_op(Op::Comma) {
                self.close(Op::RParen, self.span_from(start))?;
                break;
            }
        }
        Ok((args, keywords))
    }

    /// One or more `for ... in ... if ...` clauses.
    pub(super) fn comp_for(&mut self) -> PResult<Vec<Comprehension>> {
        let mut generators = Vec::new();
        loop {
            let is_async = self.at_kw(Kw::Async) && *self.peek_nth(1) == TokenKind::Kw(Kw::For);
            if is_async {
                self.bump();
            }
            if !self.eat_kw(Kw::For) {
                break;
            }
            let target = self.target_list()?;
            if !self.eat_kw(Kw::In) {
                return self.error_here("invalid syntax");
            }
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat_kw(Kw::If) {
                ifs.push(self.disjunction()?);
            }
            generators.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
            });
        }
        Ok(generators)
    }

    /// A `for` target list (stops before `in`), validated as an assignment target.
    pub(super) fn target_list(&mut self) -> PResult<Expr> {
        let start = self.span();
        let first = self.target_elt()?;
        let res = if self.at_op(Op::Comma) {
            let mut elts = vec![first];
            while self.eat_op(Op::Comma) {
                if self.at_kw(Kw::In) || !self.starts_expr() {
                    break;
                }
                elts.push(self.target_elt()?);
            }
            mk(ExprKind::Tuple(elts), self.span_from(start))
        } else {
            first
        };
        self.check_target(&res, TargetCtx::Assign)?;
        Ok(res)
    }

    /// `'*'? bitwise_or`: an element of a target list (no comparisons, so `in`
    /// is left for the caller).
    pub(super) fn target_elt(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            let start = self.bump().span;
            let inner = self.bitwise_or()?;
            return Ok(mk(
                ExprKind::Starred(Box::new(inner)),
                self.span_from(start),
            ));
        }
        self.bitwise_or()
    }

    fn atom(&mut self) -> PResult<Expr> {
        let tok = self.tok(0).clone();
        let simple = match tok.kind {
            TokenKind::Name(name) => ExprKind::Name(name),
            TokenKind::Int(digits) => ExprKind::Int(digits),
            TokenKind::Float(v) => ExprKind::Float(v),
            TokenKind::Imag(v) => ExprKind::Imag(v),
            TokenKind::Kw(Kw::True) => ExprKind::True,
            TokenKind::Kw(Kw::False) => ExprKind::False,
            TokenKind::Kw(Kw::None) => ExprKind::None,
            TokenKind::Op(Op::Ellipsis) => ExprKind::Ellipsis,
            TokenKind::Str(_) => return self.strings(),
            TokenKind::Op(Op::LParen) => return self.paren(),
            TokenKind::Op(Op::LBracket) => return self.list_display(),
            TokenKind::Op(Op::LBrace) => return self.brace_display(),
            TokenKind::Op(Op::Star) => return self.invalid_syntax(),
            TokenKind::Kw(Kw::Yield) => {
                return self.error_here("invalid syntax");
            }
            _ => return self.invalid_syntax(),
        };
        self.bump();
        Ok(mk(simple, tok.span))
    }

    /// `(`: empty tuple, group, tuple, generator expression or `(yield)`.
    fn paren(&mut self) -> PResult<Expr> {
        let start = self.bump().span;
        if self.eat_op(Op::RParen) {
            return Ok(mk(ExprKind::Tuple(Vec::new()), self.span_from(start)));
        }
        if self.at_kw(Kw::Yield) {
            let e = self.yield_expr()?;
            self.close(Op::RParen, e.span)?;
            return Ok(e);
        }
        let first = self.star_named_expression()?;
        if self.at_kw(Kw::For) || self.at_kw(Kw::Async) {
            self.no_unpacking_in_comp(&first)?;
            let generators = self.comp_for()?;
            self.close_plain(Op::RParen)?;
            return Ok(mk(
                ExprKind::GeneratorExp {
                    elt: Box::new(first),
                    generators,
                },
                self.span_from(start),
            ));
        }
        if self.at_op(Op::RParen) {
            self.bump();
            return self.no_bare_star(first);
        }
        if !self.at_op(Op::Comma) {
            return self.close(Op::RParen, first.span).map(|_| first);
        }
        let elts = self.display_rest(first, Op::RParen)?;
        Ok(mk(ExprKind::Tuple(elts), self.span_from(start)))
    }

    /// The remaining `, elt` items of a display, through the closing bracket.
    fn display_rest(&mut self, first: Expr, close: Op) -> PResult<Vec<Expr>> {
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) {
            if self.at_op(close) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        let last = elts.last().map_or(self.span(), |e| e.span);
        self.close(close, last)?;
        Ok(elts)
    }

    fn list_display(&mut self) -> PResult<Expr> {
        let start = self.bump().span;
        if self.eat_op(Op::RBracket) {
            return Ok(mk(ExprKind::List(Vec::new()), self.span_from(start)));
        }
        let first = self.star_named_expression()?;
        if self.at_kw(Kw::For) || self.at_kw(Kw::Async) {
            self.no_unpacking_in_comp(&first)?;
            let generators = self.comp_for()?;
            self.close_plain(Op::RBracket)?;
            return Ok(mk(
                ExprKind::ListComp {
                    elt: Box::new(first),
                    generators,
                },
                self.span_from(start),
            ));
        }
        let elts = self.display_rest(first, Op::RBracket)?;
        Ok(mk(ExprKind::List(elts), self.span_from(start)))
    }

    fn brace_display(&mut self) -> PResult<Expr> {
        let start = self.bump().span;
        if self.eat_op(Op::RBrace) {
            return Ok(mk(
                ExprKind::Dict {
                    keys: Vec::new(),
                    values: Vec::new(),
                },
                self.span_from(start),
            ));
        }
        if self.at_op(Op::DoubleStar) {
            return self.dict_rest(start, Vec::new(), Vec::new());
        }
        let first = self.star_named_expression()?;
        if self.at_op(Op::Colon) && matches!(first.kind, ExprKind::Starred(_)) {
            return self.invalid_syntax();
        }
        if self.eat_op(Op::Colon) {
            let value = self.expression()?;
            if self.at_kw(Kw::For) || self.at_kw(Kw::Async) {
                let generators = self.comp_for()?;
                self.close_plain(Op::RBrace)?;
                return Ok(mk(
                    ExprKind::DictComp {
                        key: Box::new(first),
                        value: Box::new(value),
                        generators,
                    },
                    self.span_from(start),
                ));
            }
            let first = self.no_bare_star(first)?;
            if !self.at_op(Op::Comma) {
                self.close(Op::RBrace, value.span)?;
                return Ok(mk(
                    ExprKind::Dict {
                        keys: vec![Some(first)],
                        values: vec![value],
                    },
                    self.span_from(start),
                ));
            }
            self.bump();
            return self.dict_rest(start, vec![Some(first)], vec![value]);
        }
        if self.at_kw(Kw::For) || self.at_kw(Kw::Async) {
            self.no_unpacking_in_comp(&first)?;
            let generators = self.comp_for()?;
            self.close_plain(Op::RBrace)?;
            return Ok(mk(
                ExprKind::SetComp {
                    elt: Box::new(first),
                    generators,
                },
                self.span_from(start),
            ));
        }
        let elts = self.display_rest(first, Op::RBrace)?;
        Ok(mk(ExprKind::Set(elts), self.span_from(start)))
    }

    /// Dict items after the first (the comma after it already eaten).
    fn dict_rest(
        &mut self,
        start: Span,
        mut keys: Vec<Option<Expr>>,
        mut values: Vec<Expr>,
    ) -> PResult<Expr> {
        loop {
            if self.at_op(Op::RBrace) {
                break;
            }
            if self.at_op(Op::DoubleStar) {
                let start = self.bump().span;
                keys.push(None);
                values.push(self.bitwise_or()?);
                if self.at_kw(Kw::For) || self.at_kw(Kw::Async) {
                    return self.error(
                        "dict unpacking cannot be used in dict comprehension",
                        self.span_from(start),
                    );
                }
            } else {
                let key = self.expression()?;
                if !self.eat_op(Op::Colon) {
                    return self.error("':' expected after dictionary key", key.span);
                }
                keys.push(Some(key));
                values.push(self.expression()?);
            }
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        let last = values.last().map_or(start, |v| v.span);
        self.close(Op::RBrace, last)?;
        Ok(mk(ExprKind::Dict { keys, values }, self.span_from(start)))
    }

    /// `yield`, `yield x, y` or `yield from x` (the current token is `yield`).
    pub(super) fn yield_expr(&mut self) -> PResult<Expr> {
        let start = self.bump().span;
        if self.eat_kw(Kw::From) {
            let value = self.expression()?;
            return Ok(mk(
                ExprKind::YieldFrom(Box::new(value)),
                self.span_from(start),
            ));
        }
        if self.starts_expr() && !self.at_kw(Kw::Yield) {
            let value = self.star_expressions()?;
            let value = self.no_bare_star(value)?;
            return Ok(mk(
                ExprKind::Yield(Some(Box::new(value))),
                self.span_from(start),
            ));
        }
        Ok(mk(ExprKind::Yield(None), start))
    }
}
