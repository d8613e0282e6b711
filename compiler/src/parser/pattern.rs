//! `match` statements: the soft-keyword lookahead, cases and all pattern forms.

use super::{PResult, Parser};
use crate::ast::{BinOp, Expr, ExprKind, MatchCase, Pattern, PatternKind, Stmt, StmtKind, UnaryOp};
use crate::lexer::{Kw, Op, TokenKind};
use crate::span::Span;

impl Parser<'_> {
    /// `match` is a soft keyword: it starts a statement only if what follows
    /// parses as a subject and a `:` ending the line (CPython's lookahead).
    pub(super) fn is_match_stmt(&mut self) -> bool {
        let (save_pos, save_depth) = (self.pos, self.depth);
        self.bump();
        let ok = self.starts_expr()
            && self.match_subject().is_ok()
            && self.at_op(Op::Colon)
            && *self.peek_nth(1) == TokenKind::Newline;
        self.pos = save_pos;
        self.depth = save_depth;
        ok
    }

    fn match_subject(&mut self) -> PResult<Expr> {
        let first = if self.at_op(Op::Star) {
            self.star_expressions()?
        } else {
            self.named_expression()?
        };
        if !self.at_op(Op::Comma) {
            return self.no_bare_star(first);
        }
        let start = first.span;
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) {
            if self.at_op(Op::Colon) {
                break;
            }
            elts.push(self.star_expressions()?);
        }
        Ok(Expr {
            kind: ExprKind::Tuple(elts),
            span: self.span_from(start),
        })
    }

    pub(super) fn match_stmt(&mut self) -> PResult<Stmt> {
        let start = self.bump().span;
        let subject = self.match_subject()?;
        self.expect_colon()?;
        if !matches!(self.peek(), TokenKind::Newline) || *self.peek_nth(1) != TokenKind::Indent {
            self.bump();
            return self.block_error("'match' statement", start);
        }
        self.bump();
        self.bump();
        let mut cases = Vec::new();
        self.enter()?;
        while self.at_name("case") {
            let case_start = self.bump().span;
            let pattern = self.patterns()?;
            let guard = if self.eat_kw(Kw::If) {
                Some(self.named_expression()?)
            } else {
                None
            };
            self.expect_colon()?;
            let body = self.block("'case' statement", case_start)?;
            cases.push(MatchCase {
                pattern,
                guard,
                body,
            });
        }
        self.leave();
        if cases.is_empty() || !matches!(self.peek(), TokenKind::Dedent | TokenKind::Eof) {
            return self.invalid_syntax();
        }
        self.bump();
        Ok(Stmt {
            kind: StmtKind::Match { subject, cases },
            span: self.block_span(start),
        })
    }

    /// `open_sequence_pattern | pattern` after `case`.
    fn patterns(&mut self) -> PResult<Pattern> {
        let first = self.maybe_star_pattern()?;
        if !self.at_op(Op::Comma) {
            if matches!(first.kind, PatternKind::Star(_)) {
                // `case *x:` is no pattern: CPython fails after the star
                // pattern, where an open sequence needs its comma.
                return self.invalid_syntax();
            }
            return Ok(first);
        }
        let start = first.span;
        let mut items = vec![first];
        while self.eat_op(Op::Comma) {
            if self.at_op(Op::Colon) || self.at_kw(Kw::If) {
                break;
            }
            items.push(self.maybe_star_pattern()?);
        }
        Ok(Pattern {
            kind: PatternKind::Sequence(items),
            span: self.span_from(start),
        })
    }

    fn maybe_star_pattern(&mut self) -> PResult<Pattern> {
        if !self.at_op(Op::Star) {
            return self.pattern();
        }
        let start = self.bump().span;
        let name = self.ident()?;
        let name = if name.name == "_" { None } else { Some(name) };
        Ok(Pattern {
            kind: PatternKind::Star(name),
            span: self.span_from(start),
        })
    }

    /// `or_pattern ['as' NAME]`
    fn pattern(&mut self) -> PResult<Pattern> {
        self.enter()?;
        let res = self.pattern_inner();
        self.leave();
        res
    }

    fn pattern_inner(&mut self) -> PResult<Pattern> {
        let first = self.closed_pattern()?;
        let start = first.span;
        let mut pat = if self.at_op(Op::Pipe) {
            let mut alts = vec![first];
            while self.eat_op(Op::Pipe) {
                alts.push(self.closed_pattern()?);
            }
            Pattern {
                kind: PatternKind::Or(alts),
                span: self.span_from(start),
            }
        } else {
            first
        };
        if self.eat_kw(Kw::As) {
            let name = self.ident()?;
            if name.name == "_" {
                return self.error("cannot use '_' as a target", name.span);
            }
            pat = Pattern {
                kind: PatternKind::As {
                    pattern: Some(Box::new(pat)),
                    name: Some(name),
                },
                span: self.span_from(start),
            };
        }
        Ok(pat)
    }

    fn closed_pattern(&mut self) -> PResult<Pattern> {
        let start = self.span();
        let kind = match self.peek().clone() {
            TokenKind::Kw(Kw::None | Kw::True | Kw::False) => {
                let e = self.primary_literal()?;
                PatternKind::Singleton(e)
            }
            TokenKind::Int(_)
            | TokenKind::Float(_)
            | TokenKind::Imag(_)
            | TokenKind::Str(_)
            | TokenKind::Op(Op::Minus) => PatternKind::Value(self.literal_pattern_expr()?),
            TokenKind::Name(name) => {
                let next = self.peek_nth(1).clone();
                if next != TokenKind::Op(Op::Dot) && next != TokenKind::Op(Op::LParen) {
                    let ident = self.ident()?;
                    let name = if name == "_" { None } else { Some(ident) };
                    PatternKind::As {
                        pattern: None,
                        name,
                    }
                } else {
                    let cls = self.name_or_attr()?;
                    if self.eat_op(Op::LParen) {
                        return self.class_pattern(cls, start);
                    }
                    PatternKind::Value(cls)
                }
            }
            TokenKind::Op(Op::LParen) => {
                self.bump();
                if self.eat_op(Op::RParen) {
                    PatternKind::Sequence(Vec::new())
                } else {
                    let first = self.maybe_star_pattern()?;
                    if self.eat_op(Op::RParen) {
                        if matches!(first.kind, PatternKind::Star(_)) {
                            PatternKind::Sequence(vec![first])
                        } else {
                            // A parenthesized pattern keeps the inner span.
                            return Ok(first);
                        }
                    } else {
                        PatternKind::Sequence(self.pattern_seq_rest(first, Op::RParen)?)
                    }
                }
            }
            TokenKind::Op(Op::LBracket) => {
                self.bump();
                if self.eat_op(Op::RBracket) {
                    PatternKind::Sequence(Vec::new())
                } else {
                    let first = self.maybe_star_pattern()?;
                    PatternKind::Sequence(self.pattern_seq_rest(first, Op::RBracket)?)
                }
            }
            TokenKind::Op(Op::LBrace) => self.mapping_pattern()?,
            _ => return self.invalid_syntax(),
        };
        Ok(Pattern {
            kind,
            span: self.span_from(start),
        })
    }

    fn pattern_seq_rest(&mut self, first: Pattern, close: Op) -> PResult<Vec<Pattern>> {
        let mut items = vec![first];
        while self.eat_op(Op::Comma) {
            if self.at_op(close) {
                break;
            }
            items.push(self.maybe_star_pattern()?);
        }
        self.expect_op(close, "invalid syntax")?;
        Ok(items)
    }

    fn primary_literal(&mut self) -> PResult<Expr> {
        let tok = self.bump();
        let kind = match tok.kind {
            TokenKind::Kw(Kw::None) => ExprKind::None,
            TokenKind::Kw(Kw::True) => ExprKind::True,
            TokenKind::Kw(Kw::False) => ExprKind::False,
            TokenKind::Int(s) => ExprKind::Int(s),
            TokenKind::Float(v) => ExprKind::Float(v),
            TokenKind::Imag(v) => ExprKind::Imag(v),
            _ => return self.error("invalid syntax", tok.span),
        };
        Ok(Expr {
            kind,
            span: tok.span,
        })
    }

    /// A literal value in a pattern: signed numbers, `a + bj`, strings.
    fn literal_pattern_expr(&mut self) -> PResult<Expr> {
        let start = self.span();
        if let TokenKind::Str(_) = self.peek() {
            // An f-string parses here; CPython's compiler, not its parser,
            // rejects it (`lower/pattern_check.rs`), after every syntax error.
            return self.strings();
        }
        let neg = self.eat_op(Op::Minus);
        if !matches!(
            self.peek(),
            TokenKind::Int(_) | TokenKind::Float(_) | TokenKind::Imag(_)
        ) {
            return self.invalid_syntax();
        }
        let mut e = self.primary_literal()?;
        if neg {
            e = Expr {
                kind: ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    operand: Box::new(e),
                },
                span: self.span_from(start),
            };
        }
        let op = match self.peek() {
            TokenKind::Op(Op::Plus) => BinOp::Add,
            TokenKind::Op(Op::Minus) => BinOp::Sub,
            _ => return Ok(e),
        };
        self.bump();
        if !matches!(self.peek(), TokenKind::Imag(_)) {
            return self.error_here("imaginary number required in complex literal");
        }
        let right = self.primary_literal()?;
        Ok(Expr {
            kind: ExprKind::BinOp {
                left: Box::new(e),
                op,
                right: Box::new(right),
            },
            span: self.span_from(start),
        })
    }

    fn name_or_attr(&mut self) -> PResult<Expr> {
        let first = self.ident()?;
        let mut e = Expr {
            kind: ExprKind::Name(first.name),
            span: first.span,
        };
        let mut chain = 0;
        while self.eat_op(Op::Dot) {
            chain += 1;
            self.check_chain(chain)?;
            let attr = self.ident()?;
            let span = e.span.to(attr.span);
            e = Expr {
                kind: ExprKind::Attribute {
                    value: Box::new(e),
                    attr,
                },
                span,
            };
        }
        Ok(e)
    }

    fn class_pattern(&mut self, cls: Expr, start: Span) -> PResult<Pattern> {
        let mut patterns = Vec::new();
        let mut kwd_attrs = Vec::new();
        let mut kwd_patterns = Vec::new();
        while !self.at_op(Op::RParen) {
            let is_kw = matches!(self.peek(), TokenKind::Name(_))
                && *self.peek_nth(1) == TokenKind::Op(Op::Assign);
            if is_kw {
                let attr = self.ident()?;
                self.bump();
                kwd_attrs.push(attr);
                kwd_patterns.push(self.pattern()?);
            } else {
                let p = self.pattern()?;
                if !kwd_attrs.is_empty() {
                    return self.error("positional patterns follow keyword patterns", p.span);
                }
                patterns.push(p);
            }
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        self.expect_op(Op::RParen, "invalid syntax")?;
        Ok(Pattern {
            kind: PatternKind::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            },
            span: self.span_from(start),
        })
    }

    fn mapping_pattern(&mut self) -> PResult<PatternKind> {
        self.bump();
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        let mut rest = None;
        while !self.at_op(Op::RBrace) {
            if self.eat_op(Op::DoubleStar) {
                let name = self.ident()?;
                if name.name == "_" {
                    return self.error("invalid syntax", name.span);
                }
                rest = Some(name);
                self.eat_op(Op::Comma);
                break;
            }
            let key = match self.peek() {
                TokenKind::Kw(Kw::None | Kw::True | Kw::False) => self.primary_literal()?,
                TokenKind::Name(_) => {
                    let e = self.name_or_attr()?;
                    if matches!(e.kind, ExprKind::Name(_)) {
                        return self.error("invalid syntax", e.span);
                    }
                    e
                }
                _ => self.literal_pattern_expr()?,
            };
            self.expect_op(Op::Colon, "invalid syntax")?;
            keys.push(key);
            patterns.push(self.pattern()?);
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        self.expect_op(Op::RBrace, "invalid syntax")?;
        Ok(PatternKind::Mapping {
            keys,
            patterns,
            rest,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{parse_ok, sexp};
    use crate::ast::{Pattern, PatternKind, StmtKind};

    #[test]
    fn match_soft_keyword() {
        let m = parse_ok("match = 1\nmatch.x = 2\nmatch(3)\nmatch[0] = 1\nprint(match)\n");
        assert_eq!(m.body.len(), 5);
        let src = "\
match command.split():
    case [action]:
        pass
    case [action, obj] | [obj, action, *_]:
        pass
    case Point(x=0, y=0) | Point(1, y=_):
        pass
    case {'k': v, 1: 2, **rest}:
        pass
    case -1 | 1.5 | 2 + 3j | 'a' 'b' | None | True | a.b.c:
        pass
    case (x, y) as pair if x > y:
        pass
    case _:
        pass
";
        let m = parse_ok(src);
        let StmtKind::Match { subject, cases } = &m.body[0].kind else {
            panic!("not a match")
        };
        assert_eq!(sexp(subject), "(call (. command split))");
        assert_eq!(cases.len(), 7);
        assert!(matches!(cases[1].pattern.kind, PatternKind::Or(ref alts) if alts.len() == 2));
        assert!(matches!(cases[2].pattern.kind, PatternKind::Or(_)));
        assert!(
            matches!(cases[3].pattern.kind, PatternKind::Mapping { ref keys, ref rest, .. } if keys.len() == 2 && rest.is_some())
        );
        assert!(cases[5].guard.is_some());
        assert!(matches!(
            cases[6].pattern,
            Pattern {
                kind: PatternKind::As {
                    pattern: None,
                    name: None
                },
                ..
            }
        ));
        let m = parse_ok("match a, b:\n    case 1, *rest:\n        pass\n");
        let StmtKind::Match { subject, cases } = &m.body[0].kind else {
            panic!()
        };
        assert_eq!(sexp(subject), "(tuple a b)");
        assert!(matches!(cases[0].pattern.kind, PatternKind::Sequence(ref p) if p.len() == 2));
        // `case` stays an ordinary name outside match blocks.
        parse_ok("case = 1\ncase\n");
    }
}
