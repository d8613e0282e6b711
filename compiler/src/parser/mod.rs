//! Recursive-descent parser from tokens to the AST; stops at the first error.
//!
//! `expr.rs` holds expressions (precedence climbing), `stmt.rs` statements and
//! `match` patterns, `fstring.rs` string literal decoding and f-strings. This
//! file holds the shared cursor, error helpers and assignment-target checks.
//!
//! Architecture invariant: the parser never panics and its recursion is
//! bounded (the lexer caps bracket nesting and indentation, `enter` caps
//! everything else).

mod expr;
mod fstring;
mod pattern;
mod stmt;

use crate::ast::{Expr, ExprKind, Module};
use crate::diagnostics::Diagnostic;
use crate::lexer::{self, Kw, Op, Token, TokenKind};
use crate::span::{SourceFile, Span};

/// Parses a whole file. Returns the first syntax error as the only diagnostic.
pub fn parse(file: &SourceFile) -> Result<Module, Vec<Diagnostic>> {
    let (tokens, lex_error) = lexer::tokenize(&file.text);
    let mut p = Parser::new(file, tokens, 0);
    let res = p.module();
    match (res, lex_error) {
        (Ok(m), None) => Ok(m),
        (Ok(_), Some(e)) => Err(vec![e]),
        (Err(e), Some(le)) if p.reached_end() || lex_error_wins(file, &le, &e) => Err(vec![le]),
        (Err(e), Some(le))
            if le.message.ends_with("was never closed") && p.probe_to_end(e.span) =>
        {
            Err(vec![le])
        }
        (Err(e), _) => Err(vec![e]),
    }
}

/// Whether a lexical error later in the file replaces a syntax error found
/// first. CPython tokenizes the rest of the file after a syntax error and
/// reports most tokenizer errors found there instead (unterminated strings,
/// bad literals, unmatched brackets), except indentation errors and stray
/// characters; an unclosed bracket wins only if it opened on an earlier line
/// than the syntax error.
fn lex_error_wins(file: &SourceFile, lex: &Diagnostic, syntax: &Diagnostic) -> bool {
    if syntax.message.starts_with("unexpected indent") || syntax.message == "unexpected unindent" {
        return false;
    }
    let msg = lex.message.as_str();
    if msg.ends_with("was never closed") {
        return file.line_col(syntax.span.end).0 > file.line_col(lex.span.start).0;
    }
    !(msg == "invalid syntax"
        || msg.starts_with("unexpected EOF")
        || msg.starts_with("unindent")
        || msg.starts_with("inconsistent use of tabs")
        || msg.starts_with("too many levels of indentation"))
}

/// How deep expressions and blocks may nest before parsing gives up, so that
/// hostile input cannot overflow the stack (the compiler's thread has 256
/// MiB; CPython 3.11 compiles a chain of 1000 unary minuses, and brackets
/// stop at 200 in the lexer, as in CPython).
const MAX_DEPTH: usize = 1000;

/// How deep a left-nested chain (`a.b.c...`, `a + b + ...`) may make the
/// tree. Building one costs no recursion here, but later passes recurse over
/// the tree (CPython's compiler has a similar limit, about 3000).
const MAX_TREE_DEPTH: usize = 3000;

type PResult<T> = Result<T, Diagnostic>;

/// A cursor over one token stream (a file, or an f-string replacement field).
struct Parser<'a> {
    file: &'a SourceFile,
    tokens: Vec<Token>,
    pos: usize,
    /// Furthest token index reached, to decide which error came first.
    furthest: usize,
    depth: usize,
    /// End of the last simple statement parsed: compound statements end there
    /// (not after the NEWLINE/DEDENT tokens that close their blocks).
    last_end: u32,
}

/// Where a target appears, for the wording of errors.
#[derive(Clone, Copy, PartialEq, Eq)]
enum TargetCtx {
    Assign,
    Del,
}

impl<'a> Parser<'a> {
    fn new(file: &'a SourceFile, mut tokens: Vec<Token>, depth: usize) -> Parser<'a> {
        if !matches!(tokens.last().map(|t| &t.kind), Some(TokenKind::Eof)) {
            let at = tokens.last().map_or(0, |t| t.span.end as usize);
            tokens.push(Token {
                kind: TokenKind::Eof,
                span: Span::new(at, at),
            });
        }
        Parser {
            file,
            tokens,
            pos: 0,
            furthest: 0,
            depth,
            last_end: 0,
        }
    }

    fn src(&self) -> &'a str {
        &self.file.text
    }

    fn reached_end(&self) -> bool {
        self.furthest.max(self.pos) + 1 >= self.tokens.len()
    }

    fn tok(&self, n: usize) -> &Token {
        let last = self.tokens.len().saturating_sub(1);
        let idx = (self.pos + n).min(last);
        // `new` guarantees at least the Eof token, so this index exists.
        &self.tokens[idx]
    }

    fn peek(&self) -> &TokenKind {
        &self.tok(0).kind
    }

    fn peek_nth(&self, n: usize) -> &TokenKind {
        &self.tok(n).kind
    }

    fn span(&self) -> Span {
        self.tok(0).span
    }

    /// End offset of the previous token (the end of what was just parsed).
    fn prev_end(&self) -> u32 {
        match self.pos.checked_sub(1).and_then(|i| self.tokens.get(i)) {
            Some(t) => t.span.end,
            None => 0,
        }
    }

    /// Span from `start` to the end of the previous token.
    fn span_from(&self, start: Span) -> Span {
        Span {
            start: start.start,
            end: self.prev_end().max(start.start),
        }
    }

    /// CPython's error rules try to parse an expression at a failing token
    /// (to suggest a missing comma); if that runs into an unclosed bracket at
    /// the end of the file, the unclosed bracket is what gets reported. This
    /// replays that attempt, outside import statements.
    fn probe_to_end(&mut self, at: Span) -> bool {
        let Some(idx) = self.tokens.iter().position(|t| t.span.start == at.start) else {
            return false;
        };
        let line_start = self.tokens[..idx]
            .iter()
            .rposition(|t| {
                matches!(
                    t.kind,
                    TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent
                )
            })
            .map_or(0, |i| i + 1);
        if matches!(
            self.tokens.get(line_start).map(|t| &t.kind),
            Some(TokenKind::Kw(Kw::Import | Kw::From))
        ) {
            return false;
        }
        self.pos = idx;
        self.depth = 0;
        self.furthest = idx;
        if !self.starts_expr() {
            return false;
        }
        let _ = self.expression();
        self.reached_end()
    }

    /// Span of a compound statement from `start` to the end of its last body statement.
    fn block_span(&self, start: Span) -> Span {
        Span {
            start: start.start,
            end: self.last_end.max(start.end),
        }
    }

    fn bump(&mut self) -> Token {
        let t = self.tok(0).clone();
        if self.pos + 1 < self.tokens.len() {
            self.pos += 1;
            self.furthest = self.furthest.max(self.pos);
        }
        t
    }

    fn at_op(&self, op: Op) -> bool {
        *self.peek() == TokenKind::Op(op)
    }

    fn at_kw(&self, kw: Kw) -> bool {
        *self.peek() == TokenKind::Kw(kw)
    }

    fn at_name(&self, name: &str) -> bool {
        matches!(self.peek(), TokenKind::Name(n) if n == name)
    }

    fn eat_op(&mut self, op: Op) -> bool {
        let hit = self.at_op(op);
        if hit {
            self.bump();
        }
        hit
    }

    fn eat_kw(&mut self, kw: Kw) -> bool {
        let hit = self.at_kw(kw);
        if hit {
            self.bump();
        }
        hit
    }

    fn expect_op(&mut self, op: Op, msg: &str) -> PResult<Span> {
        if self.at_op(op) {
            Ok(self.bump().span)
        } else {
            self.error_here(msg)
        }
    }

    fn expect_colon(&mut self) -> PResult<Span> {
        if self.at_op(Op::Colon) {
            return Ok(self.bump().span);
        }
        if matches!(self.peek(), TokenKind::Newline | TokenKind::Eof) {
            // CPython points just past the last token of the header.
            let end = self.prev_end();
            return Err(Diagnostic::error("expected ':'", Span { start: end, end }));
        }
        // CPython says "expected ':'" only when the line ends there.
        self.invalid_syntax()
    }

    /// A `:` that CPython's grammar forces (after `def`, `for`, `try`,
    /// `else`, `finally` headers): "expected ':'" whatever follows.
    fn expect_colon_forced(&mut self) -> PResult<Span> {
        if self.at_op(Op::Colon) {
            return Ok(self.bump().span);
        }
        self.expect_colon()
            .or_else(|_| self.error_here("expected ':'"))
    }

    /// An error at the current token (an INDENT there is always "unexpected indent").
    fn error_here<T>(&self, msg: &str) -> PResult<T> {
        let msg = match self.peek() {
            TokenKind::Indent => "unexpected indent",
            TokenKind::Dedent if msg == "invalid syntax" => "unexpected unindent",
            _ => msg,
        };
        Err(Diagnostic::error(msg, self.span()))
    }

    fn invalid_syntax<T>(&self) -> PResult<T> {
        self.error_here("invalid syntax")
    }

    fn error<T>(&self, msg: impl Into<String>, span: Span) -> PResult<T> {
        Err(Diagnostic::error(msg, span))
    }

    /// Counts one level of recursion; pair with `leave`.
    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return self.error_here("too deeply nested");
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// Checks the depth of a left-nested chain (`a.b.c`, `a + b + c`) built
    /// by a loop: the tree is as deep as if it had been built recursively,
    /// and later passes do recurse over it.
    fn check_chain(&self, chain: usize) -> PResult<()> {
        if self.depth + chain > MAX_TREE_DEPTH {
            return self.error_here("expression too deeply nested");
        }
        Ok(())
    }

    fn ident(&mut self) -> PResult<crate::ast::Ident> {
        match self.peek().clone() {
            TokenKind::Name(name) => {
                let span = self.bump().span;
                Ok(crate::ast::Ident { name, span })
            }
            _ => self.invalid_syntax(),
        }
    }

    fn line_of(&self, span: Span) -> usize {
        self.file.line_col(span.start).0
    }

    /// Checks an assignment or `del` target; CPython's wording for each
    /// invalid form.
    fn check_target(&self, e: &Expr, ctx: TargetCtx) -> PResult<()> {
        let verb = match ctx {
            TargetCtx::Assign => "assign to",
            TargetCtx::Del => "delete",
        };
        match &e.kind {
            ExprKind::Name(n) if n == "__debug__" => {
                self.error(format!("cannot {verb} __debug__"), e.span)
            }
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                let mut starred = 0;
                for elt in elts {
                    match &elt.kind {
                        ExprKind::Starred(inner) if ctx == TargetCtx::Assign => {
                            starred += 1;
                            if starred > 1 {
                                return self
                                    .error("multiple starred expressions in assignment", elt.span);
                            }
                            self.check_target(inner, ctx)?;
                        }
                        _ => self.check_target(elt, ctx)?,
                    }
                }
                Ok(())
            }
            ExprKind::Starred(_) if ctx == TargetCtx::Assign => self.error(
                "starred assignment target must be in a list or tuple",
                e.span,
            ),
            _ => self.error(format!("cannot {verb} {}", expr_name(e)), e.span),
        }
    }
}

/// CPython's name for an expression kind in error messages.
fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Name(_) => "name",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::None => "None",
        ExprKind::True => "True",
        ExprKind::False => "False",
        ExprKind::Ellipsis => "ellipsis",
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Imag(_)
        | ExprKind::Str(_)
        | ExprKind::Bytes(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

#[cfg(test)]
pub(crate) mod tests;
