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
/// hostile input cannot overflow the stack.
const MAX_DEPTH: usize = 250;

/// How deep a left-nested chain (`a.b.c...`, `a + b + ...`) may make the
/// tree. Building one costs no recursion here, but later passes recurse over
/// the tree (CPython's compiler has a similar limit, about 3000).
const MAX_TREE_DEPTH: usize = 1000;

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
            return self.error_here("too many nested parentheses");
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
pub(crate) mod tests {
    use super::*;
    use crate::ast::{FStringPart, Stmt, StmtKind};

    pub(crate) fn parse_ok(src: &str) -> Module {
        let file = SourceFile::new("t.al", src);
        match parse(&file) {
            Ok(m) => m,
            Err(d) => panic!("unexpected error for {src:?}: {d:?}"),
        }
    }

    pub(crate) fn parse_err(src: &str) -> Diagnostic {
        let file = SourceFile::new("t.al", src);
        match parse(&file) {
            Ok(m) => panic!("expected an error for {src:?}, got {m:?}"),
            Err(mut d) => d.remove(0),
        }
    }

    /// A compact prefix rendering of an expression, for shape assertions.
    pub(crate) fn sexp(e: &Expr) -> String {
        let list = |es: &[Expr]| es.iter().map(sexp).collect::<Vec<_>>().join(" ");
        match &e.kind {
            ExprKind::Name(n) => n.clone(),
            ExprKind::Int(s) => s.clone(),
            ExprKind::Float(v) => format!("{v:?}"),
            ExprKind::Imag(v) => format!("{v:?}j"),
            ExprKind::Str(s) => format!("{s:?}"),
            ExprKind::Bytes(b) => format!("b{b:?}"),
            ExprKind::FString(parts) => {
                let ps: Vec<String> = parts
                    .iter()
                    .map(|p| match p {
                        FStringPart::Literal(s) => format!("{s:?}"),
                        FStringPart::Value {
                            value,
                            conversion,
                            spec,
                            debug_text,
                        } => {
                            let mut s = format!("{{{}", sexp(value));
                            if let Some(d) = debug_text {
                                s.push_str(&format!(" ={d:?}"));
                            }
                            if let Some(c) = conversion {
                                s.push_str(&format!(" !{c}"));
                            }
                            if let Some(spec) = spec {
                                let inner = Expr {
                                    kind: ExprKind::FString(spec.clone()),
                                    span: e.span,
                                };
                                s.push_str(&format!(" :{}", sexp(&inner)));
                            }
                            s.push('}');
                            s
                        }
                    })
                    .collect();
                format!("(f {})", ps.join(" "))
            }
            ExprKind::True => "True".into(),
            ExprKind::False => "False".into(),
            ExprKind::None => "None".into(),
            ExprKind::Ellipsis => "...".into(),
            ExprKind::BoolOp { op, values } => format!("({op:?} {})", list(values)),
            ExprKind::NamedExpr { target, value } => {
                format!("(:= {} {})", sexp(target), sexp(value))
            }
            ExprKind::BinOp { left, op, right } => {
                format!("({op:?} {} {})", sexp(left), sexp(right))
            }
            ExprKind::UnaryOp { op, operand } => format!("({op:?} {})", sexp(operand)),
            ExprKind::Lambda { params, body } => {
                let names: Vec<&str> = params.args.iter().map(|p| p.name.name.as_str()).collect();
                format!("(lambda [{}] {})", names.join(" "), sexp(body))
            }
            ExprKind::IfExp { test, body, orelse } => {
                format!("(if {} {} {})", sexp(test), sexp(body), sexp(orelse))
            }
            ExprKind::Dict { keys, values } => {
                let items: Vec<String> = keys
                    .iter()
                    .zip(values)
                    .map(|(k, v)| match k {
                        Some(k) => format!("{}:{}", sexp(k), sexp(v)),
                        None => format!("**{}", sexp(v)),
                    })
                    .collect();
                format!("{{{}}}", items.join(" "))
            }
            ExprKind::Set(es) => format!("(set {})", list(es)),
            ExprKind::ListComp { elt, generators } => {
                format!("(listcomp {}{})", sexp(elt), gens(generators))
            }
            ExprKind::SetComp { elt, generators } => {
                format!("(setcomp {}{})", sexp(elt), gens(generators))
            }
            ExprKind::GeneratorExp { elt, generators } => {
                format!("(genexp {}{})", sexp(elt), gens(generators))
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => format!(
                "(dictcomp {}:{}{})",
                sexp(key),
                sexp(value),
                gens(generators)
            ),
            ExprKind::Await(v) => format!("(await {})", sexp(v)),
            ExprKind::Yield(v) => match v {
                Some(v) => format!("(yield {})", sexp(v)),
                None => "(yield)".into(),
            },
            ExprKind::YieldFrom(v) => format!("(yield-from {})", sexp(v)),
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                let mut s = format!("(cmp {}", sexp(left));
                for (op, c) in ops.iter().zip(comparators) {
                    s.push_str(&format!(" {op:?} {}", sexp(c)));
                }
                s.push(')');
                s
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                let mut s = format!("(call {}", sexp(func));
                for a in args {
                    s.push_str(&format!(" {}", sexp(a)));
                }
                for k in keywords {
                    match &k.arg {
                        Some(a) => s.push_str(&format!(" {}={}", a.name, sexp(&k.value))),
                        None => s.push_str(&format!(" **{}", sexp(&k.value))),
                    }
                }
                s.push(')');
                s
            }
            ExprKind::Attribute { value, attr } => format!("(. {} {})", sexp(value), attr.name),
            ExprKind::Subscript { value, index } => {
                format!("([] {} {})", sexp(value), sexp(index))
            }
            ExprKind::Starred(v) => format!("*{}", sexp(v)),
            ExprKind::List(es) => format!("[{}]", list(es)),
            ExprKind::Tuple(es) => format!("(tuple {})", list(es)),
            ExprKind::Slice { lower, upper, step } => {
                let o = |x: &Option<Box<Expr>>| x.as_ref().map_or("_".to_string(), |e| sexp(e));
                format!("(slice {} {} {})", o(lower), o(upper), o(step))
            }
        }
    }

    fn gens(gs: &[crate::ast::Comprehension]) -> String {
        let mut s = String::new();
        for g in gs {
            s.push_str(&format!(" for {} in {}", sexp(&g.target), sexp(&g.iter)));
            for c in &g.ifs {
                s.push_str(&format!(" if {}", sexp(c)));
            }
        }
        s
    }

    /// The single expression statement of `src`, rendered.
    pub(crate) fn expr(src: &str) -> String {
        let m = parse_ok(src);
        match &m.body[..] {
            [Stmt {
                kind: StmtKind::Expr(e),
                ..
            }] => sexp(e),
            other => panic!("not one expression statement: {other:?}"),
        }
    }

    #[test]
    fn precedence() {
        assert_eq!(expr("-2**2"), "(USub (Pow 2 2))");
        assert_eq!(expr("2**-1"), "(Pow 2 (USub 1))");
        assert_eq!(expr("2**3**2"), "(Pow 2 (Pow 3 2))");
        assert_eq!(expr("a + b * c - d"), "(Sub (Add a (Mul b c)) d)");
        assert_eq!(
            expr("a | b ^ c & d << e + f"),
            "(BitOr a (BitXor b (BitAnd c (LShift d (Add e f)))))"
        );
        assert_eq!(expr("a - b - c"), "(Sub (Sub a b) c)");
        assert_eq!(expr("a // b % c @ d"), "(MatMul (Mod (FloorDiv a b) c) d)");
        assert_eq!(expr("not a == b"), "(Not (cmp a Eq b))");
        assert_eq!(expr("a or b and not c"), "(Or a (And b (Not c)))");
        assert_eq!(expr("a or b or c"), "(Or a b c)");
        assert_eq!(expr("x if a or b else y"), "(if (Or a b) x y)");
        assert_eq!(expr("x if a else y if b else z"), "(if a x (if b y z))");
        assert_eq!(expr("lambda: a if b else c"), "(lambda [] (if b a c))");
        assert_eq!(expr("~-x"), "(Invert (USub x))");
        assert_eq!(expr("await f() ** 2"), "(Pow (await (call f)) 2)");
        assert_eq!(expr("a.b(c)[d].e"), "(. ([] (call (. a b) c) d) e)");
    }

    #[test]
    fn comparisons_chain() {
        assert_eq!(expr("a < b <= c"), "(cmp a Lt b LtE c)");
        assert_eq!(
            expr("a not in b is not c in d is e"),
            "(cmp a NotIn b IsNot c In d Is e)"
        );
        assert_eq!(expr("a | b < c & d"), "(cmp (BitOr a b) Lt (BitAnd c d))");
        assert_eq!(
            expr("a != b == c > d >= e"),
            "(cmp a NotEq b Eq c Gt d GtE e)"
        );
    }

    #[test]
    fn displays_and_comprehensions() {
        assert_eq!(expr("()"), "(tuple )");
        assert_eq!(expr("(1,)"), "(tuple 1)");
        assert_eq!(expr("(1)"), "1");
        assert_eq!(expr("[1, *a, 2,]"), "[1 *a 2]");
        assert_eq!(expr("{}"), "{}");
        assert_eq!(expr("{1: 2, **d, 3: 4}"), "{1:2 **d 3:4}");
        assert_eq!(expr("{**d}"), "{**d}");
        assert_eq!(expr("{1, *s}"), "(set 1 *s)");
        assert_eq!(
            expr("[x * y for x in a if x for y in b if y if z]"),
            "(listcomp (Mul x y) for x in a if x for y in b if y if z)"
        );
        assert_eq!(
            expr("{k: v for k, v in d}"),
            "(dictcomp k:v for (tuple k v) in d)"
        );
        assert_eq!(expr("{x for x in a}"), "(setcomp x for x in a)");
        assert_eq!(expr("(x for x in a)"), "(genexp x for x in a)");
        assert_eq!(expr("f(x for x in y)"), "(call f (genexp x for x in y))");
        assert_eq!(
            expr("[x for x in a if x if not x]"),
            "(listcomp x for x in a if x if (Not x))"
        );
        assert_eq!(expr("(y := 5)"), "(:= y 5)");
        assert_eq!(expr("[y := 5, 2]"), "[(:= y 5) 2]");
        assert_eq!(expr("..."), "...");
    }

    #[test]
    fn calls_and_subscripts() {
        assert_eq!(expr("f(a, *b, c=1, **d)"), "(call f a *b c=1 **d)");
        assert_eq!(expr("f(*a, k=1, *b)"), "(call f *a *b k=1)");
        assert_eq!(expr("f(x := 1)"), "(call f (:= x 1))");
        assert_eq!(expr("d[1, 2]"), "([] d (tuple 1 2))");
        assert_eq!(
            expr("d[1:2, ::3]"),
            "([] d (tuple (slice 1 2 _) (slice _ _ 3)))"
        );
        assert_eq!(expr("a[::]"), "([] a (slice _ _ _))");
        assert_eq!(expr("a[1:]"), "([] a (slice 1 _ _))");
        assert_eq!(expr("a[:-1]"), "([] a (slice _ (USub 1) _))");
        assert_eq!(expr("a[x:y:z]"), "([] a (slice x y z))");
        assert_eq!(expr("a[*b]"), "([] a (tuple *b))");
        assert_eq!(expr("a[i,]"), "([] a (tuple i))");
    }

    fn stmt_kinds(src: &str) -> Vec<String> {
        parse_ok(src)
            .body
            .iter()
            .map(|s| {
                let dbg = format!("{:?}", s.kind);
                dbg.split(['(', ' ', '{']).next().unwrap_or("").to_string()
            })
            .collect()
    }

    #[test]
    fn simple_statements() {
        let src = "x = 1, 2\na, *b = c = d\nx += 1\ny: int = 3\nz: list\ndel a, b[0], c.d\n\
                   assert x, 'm'\nraise E from e\nraise\nglobal a, b\nnonlocal c\npass; break; continue\n\
                   import a.b as c, d\nfrom ..m import (x as y, z,)\nfrom . import *\nfrom .a import b\n\
                   return a, b\nyield x\nx = yield from y\nprint(1)\n";
        assert_eq!(
            stmt_kinds(src),
            vec![
                "Assign",
                "Assign",
                "AugAssign",
                "AnnAssign",
                "AnnAssign",
                "Del",
                "Assert",
                "Raise",
                "Raise",
                "Global",
                "Nonlocal",
                "Pass",
                "Break",
                "Continue",
                "Import",
                "ImportFrom",
                "ImportFrom",
                "ImportFrom",
                "Return",
                "Expr",
                "Assign",
                "Expr"
            ]
        );
        let m = parse_ok("from ...a.b import c\n");
        let StmtKind::ImportFrom { module, level, .. } = &m.body[0].kind else {
            panic!()
        };
        assert_eq!((module.as_deref(), *level), (Some("a.b"), 3));
        let m = parse_ok("a = b = c\n");
        let StmtKind::Assign { targets, value } = &m.body[0].kind else {
            panic!()
        };
        assert_eq!((targets.len(), sexp(value).as_str()), (2, "c"));
    }

    #[test]
    fn compound_statements() {
        let src = "\
@dec
@dec2(1)
class C(B, metaclass=M):
    x = 1
    async def m(self):
        async for a in b:
            await a
        async with x as y:
            pass
if a:
    pass
elif b:
    pass
else:
    pass
while x:
    break
else:
    pass
for a, b in c:
    continue
else:
    pass
try:
    pass
except E as e:
    pass
except (A, B):
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
except* E:
    pass
with a as b, c as (d, e):
    pass
with (a as b, c as d,):
    pass
with (a, b) as c:
    pass
with (a):
    pass
if x: y = 1; z = 2
def f(): return 1
";
        assert_eq!(
            stmt_kinds(src),
            vec![
                "ClassDef",
                "If",
                "While",
                "For",
                "Try",
                "Try",
                "With",
                "With",
                "With",
                "With",
                "If",
                "FunctionDef"
            ]
        );
        let m = parse_ok("with (a, b) as c:\n    pass\nwith (a as b, c):\n    pass\n");
        let StmtKind::With { items, .. } = &m.body[0].kind else {
            panic!()
        };
        assert_eq!(items.len(), 1);
        assert_eq!(sexp(&items[0].context), "(tuple a b)");
        let StmtKind::With { items, .. } = &m.body[1].kind else {
            panic!()
        };
        assert_eq!(items.len(), 2);
    }

    #[test]
    fn indentation_edge_cases() {
        let src = "if a:\n    if b:\n        x = 1\n\n    # comment\n        # odd comment\n    y = 2\n\n\n\nz = 3";
        let m = parse_ok(src);
        assert_eq!(m.body.len(), 2);
        let m = parse_ok("def f():\n    if a:\n        if b:\n            return 1\nx = 2\n");
        assert_eq!(m.body.len(), 2);
        let m = parse_ok("x = [1,\n2,\n     3]\ny = 1 + \\\n  2\n");
        assert_eq!(m.body.len(), 2);
        let m = parse_ok("\n\n# only comments\n   \n");
        assert!(m.body.is_empty());
        let m = parse_ok("");
        assert!(m.body.is_empty());
        let m = parse_ok("if a:\r\n    b\r\nc\r\n");
        assert_eq!(m.body.len(), 2);
    }

    fn err_at(src: &str) -> (String, usize, usize) {
        let d = parse_err(src);
        let file = SourceFile::new("t.al", src);
        let (line, col) = file.line_col(d.span.start);
        (d.message, line, col)
    }

    #[test]
    fn error_messages_and_spans() {
        let cases: &[(&str, &str, usize, usize)] = &[
            ("x = (1 +\n", "'(' was never closed", 1, 5),
            ("if x\n    pass\n", "expected ':'", 1, 5),
            ("x = 1\n  y = 2\n", "unexpected indent", 2, 3),
            (
                "x = 1\nif x:\n    pass\nif y:\nz = 1\n",
                "expected an indented block after 'if' statement on line 4",
                5,
                1,
            ),
            (
                "def f():\nreturn\n",
                "expected an indented block after function definition on line 1",
                2,
                1,
            ),
            (
                "1 = x\n",
                "cannot assign to literal here. Maybe you meant '==' instead of '='?",
                1,
                1,
            ),
            ("(a, 1) = x\n", "cannot assign to literal", 1, 5),
            (
                "f() = 1\n",
                "cannot assign to function call here. Maybe you meant '==' instead of '='?",
                1,
                1,
            ),
            ("for 1 in x: pass\n", "cannot assign to literal", 1, 5),
            ("del f()\n", "cannot delete function call", 1, 5),
            (
                "a, *b, *c = d\n",
                "multiple starred expressions in assignment",
                1,
                8,
            ),
            (
                "*a = b\n",
                "starred assignment target must be in a list or tuple",
                1,
                1,
            ),
            (
                "a + 1 += 1\n",
                "'expression' is an illegal expression for augmented assignment",
                1,
                1,
            ),
            (
                "x = 'abc\n",
                "unterminated string literal (detected at line 1)",
                1,
                5,
            ),
            (
                "if a:\n        x\n    y\n",
                "unindent does not match any outer indentation level",
                3,
                1,
            ),
            (
                "f(a=1, b)\n",
                "positional argument follows keyword argument",
                1,
                9,
            ),
            (
                "f(x for x in y, 1)\n",
                "Generator expression must be parenthesized",
                1,
                3,
            ),
            (
                "def f(a=1, b): pass\n",
                "non-default argument follows default argument",
                1,
                12,
            ),
            ("x = 1 +\n", "invalid syntax", 1, 8),
            ("x = = 1\n", "invalid syntax", 1, 5),
            (
                "try:\n    pass\nx = 1\n",
                "expected 'except' or 'finally' block",
                3,
                1,
            ),
            (
                "f(a b)\n",
                "invalid syntax. Perhaps you forgot a comma?",
                1,
                3,
            ),
            ("x = 1\ny = $\nz = 'abc\n", "invalid syntax", 2, 5),
            (
                "x = = 1\ny = 'abc\n",
                "unterminated string literal (detected at line 2)",
                2,
                5,
            ),
            ("foo(1, 2\nx = 3\n", "'(' was never closed", 1, 4),
            ("(x = = 1\n", "invalid syntax", 1, 4),
            ("x = = 1\n  y = 2\n", "invalid syntax", 1, 5),
            ("f'{}'\n", "f-string: empty expression not allowed", 1, 3),
            (
                "f'{a!x}'\n",
                "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                1,
                5,
            ),
            ("f'a}'\n", "f-string: single '}' is not allowed", 1, 4),
            ("f'{a +}'\n", "f-string: invalid syntax", 1, 7),
            (
                "b'é'\n",
                "bytes can only contain ASCII literal characters",
                1,
                3,
            ),
            ("'a' b'b'\n", "cannot mix bytes and nonbytes literals", 1, 1),
            ("x := 1\n", "invalid syntax", 1, 3),
            (
                "def f(x, x): pass\n",
                "duplicate argument 'x' in function definition",
                1,
                10,
            ),
            ("except: pass\n", "invalid syntax", 1, 1),
        ];
        for &(src, msg, line, col) in cases {
            assert_eq!(err_at(src), (msg.to_string(), line, col), "source: {src:?}");
        }
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let src = format!("x = {}1{}\n", "(".repeat(500), ")".repeat(500));
        assert_eq!(parse_err(&src).message, "too many nested parentheses");
        let src = format!("x = {}1\n", "-".repeat(100_000));
        assert_eq!(parse_err(&src).message, "too many nested parentheses");
        let src = format!("x = {}1\n", "not ".repeat(10_000));
        assert!(!parse_err(&src).message.is_empty());
        let src = format!("x = {}1\n", "lambda: ".repeat(10_000));
        assert!(!parse_err(&src).message.is_empty());
        let mut src = String::new();
        for i in 0..150 {
            src.push_str(&" ".repeat(i));
            src.push_str("if x:\n");
        }
        assert!(!parse_err(&src).message.is_empty());
        let src = format!("x = {}1\n", "2 ** ".repeat(10_000));
        assert!(!parse_err(&src).message.is_empty());
        let src = format!("x = {}\n", "[".repeat(199) + &"]".repeat(199));
        parse_ok(&src);
    }

    const SAMPLE: &str = r#"
import sys
from collections import defaultdict as dd, OrderedDict

@decorator(arg=1)
class Shape(Base, metaclass=Meta):
    """Docstring with \t escapes and \N{BULLET}."""
    sides: int = 0

    def __init__(self, *args, scale=1.0, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.scale = scale if scale > 0 else -scale ** 2
        self.data = {k: v for k, v in kwargs.items() if not k.startswith('_')}

    @property
    def area(self):
        return sum(x * y for x, y in zip(self.xs, self.ys)) / 2

def gen(n, /, step=1, *, limit=None):
    i = 0
    while (j := i) < n:
        yield j
        i += step
    yield from range(3)
    return f"{n!r:>{limit}} {n=} {{literal}} {n + 1:.2f}"

async def co():
    async with lock as l:
        await thing()
    async for x in aiter():
        pass

try:
    value = int("0x_ff", 16) + 0b1010 + 0o777 + 1_000_000 + 0xDEAD_BEEF
except (ValueError, TypeError) as e:
    raise RuntimeError("bad") from e
else:
    pass
finally:
    del value

match point:
    case Point(x=0, y=0):
        print("Origin")
    case [1, 2, *rest] | (3, 4):
        pass
    case {"x": x, **kw} if x > 0:
        pass
    case _:
        pass

lst = [1, 2.5, 3j, 1e-5, .5, 'a' "b" f'c{d}', b'\x00\xff', rb'\d', None, True, ...]
a, *b = lst[1:-1:2]
x = lambda a, b=2, *c, d, **e: (a, b, c, d, e)
print(*lst, sep=", ", end="\n")
"#;

    #[test]
    fn sample_program_parses() {
        let m = parse_ok(SAMPLE);
        assert_eq!(m.body.len(), 11);
    }

    /// Every prefix and many byte-mutated versions of a sample program must
    /// parse or fail with a diagnostic, never panic or overflow the stack.
    #[test]
    fn fuzz_no_panic() {
        let text = SAMPLE;
        let bytes = text.as_bytes();
        for end in 0..=bytes.len() {
            if let Some(prefix) = text.get(..end) {
                let _ = parse(&SourceFile::new("t.al", prefix));
            }
        }
        let junk: &[u8] = b"()[]{}:;,.=+-*/\\'\"#\n\t @!fx0_\r";
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..3000 {
            let mut v = bytes.to_vec();
            for _ in 0..1 + (seed % 4) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                let pos = (seed % v.len() as u64) as usize;
                let ch = junk[((seed >> 32) % junk.len() as u64) as usize];
                match (seed >> 20) % 3 {
                    0 => v[pos] = ch,
                    1 => v.insert(pos, ch),
                    _ => {
                        v.remove(pos);
                    }
                }
            }
            let s = String::from_utf8_lossy(&v).into_owned();
            let _ = parse(&SourceFile::new("t.al", s));
        }
    }
}
