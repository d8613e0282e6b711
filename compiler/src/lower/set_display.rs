//! How many times CPython 3.11 builds the frozenset constant of a set
//! display of constants, which decides the display's iteration order when
//! hashes collide.
//!
//! CPython compiles `{c1, c2, c3, ...}` (three or more constants) to
//! `BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE`. The frozenset is built
//! from the items, rebuilt from its own order when the compiler merges
//! constants, and rebuilt once more when interning its strings, as the code
//! object is made, replaces one of them. Which string object the frozenset
//! holds is decided by the merge: the first constant of the module equal to
//! the string, in compile order. When that is a string literal (a fresh
//! object), interning replaces it if an identifier-like string equal to it
//! was interned before: by the interpreter before the program is compiled
//! (the list `compiler/data/cpython_interned.txt`, made by
//! `scripts/gen_interned.py`), or, for strings longer than one character
//! (shorter ones are shared singletons), by the parser because it is a name
//! in the program. When that first constant is instead one the compiler
//! makes from a name (keyword-argument names of a call, a class's name,
//! the names of `from m import a, b`, keyword-only parameters with
//! defaults, annotated parameters), it is the interned object already and
//! nothing is replaced.

use std::collections::{HashMap, HashSet};

use crate::ast::{Expr, ExprKind};
use crate::lexer::{tokenize, Kw, Op, Token, TokenKind};
use crate::span::SourceFile;

/// The identifier-like strings CPython has interned when it compiles a
/// test program, one per line.
const INTERNED: &str = include_str!("../../data/cpython_interned.txt");

/// What the rule needs to know of the whole program, gathered from its
/// tokens when a set display first asks.
#[derive(Default)]
pub struct ProgramFacts(Option<Facts>);

#[derive(Default)]
struct Facts {
    /// Every identifier the parser interns.
    names: HashSet<String>,
    /// Where each name first becomes a constant the compiler makes from a
    /// name (source offset of the point it is emitted).
    name_consts: HashMap<String, u32>,
    /// Where each identifier-like string literal first occurs.
    literals: HashMap<String, u32>,
}

impl ProgramFacts {
    fn facts(&mut self, file: &SourceFile) -> &Facts {
        self.0.get_or_insert_with(|| facts_of(file))
    }
}

/// How many builds CPython makes of the constant for the display `items`
/// (all constants): 2, or 3 when interning replaces one of its strings.
pub fn builds(items: &[Expr], file: &SourceFile, cache: &mut ProgramFacts) -> u32 {
    let replaced = items.iter().any(|e| match &e.kind {
        ExprKind::Str(s) if is_identifier_like(s) => replaced_by_interning(s, cache.facts(file)),
        _ => false,
    });
    if replaced {
        3
    } else {
        2
    }
}

fn replaced_by_interning(s: &str, facts: &Facts) -> bool {
    let first_is_literal = match (facts.literals.get(s), facts.name_consts.get(s)) {
        (_, None) => true,
        (Some(lit), Some(name)) => lit < name,
        (None, Some(_)) => false,
    };
    first_is_literal && (interned_at_start(s) || (s.len() > 1 && facts.names.contains(s)))
}

/// CPython's `all_name_chars`, for a non-empty string (the empty string is
/// a singleton that interning never replaces).
fn is_identifier_like(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

fn interned_at_start(s: &str) -> bool {
    // A linear scan: only displays holding identifier-like strings ask.
    INTERNED.lines().any(|l| l == s)
}

/// Scans the tokens for the names the parser interns, the constants the
/// compiler makes from names, and the identifier-like string literals.
fn facts_of(file: &SourceFile) -> Facts {
    let (tokens, _) = tokenize(&file.text);
    let mut facts = Facts::default();
    let mut frames: Vec<Frame> = Vec::new();
    let mut import_names: Option<u32> = None;
    let name_at = |tokens: &[Token], i: usize| match tokens.get(i).map(|t| &t.kind) {
        Some(TokenKind::Name(n)) => Some(n.clone()),
        _ => None,
    };
    for (i, t) in tokens.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| &tokens[p].kind);
        let next = tokens.get(i + 1).map(|t| &t.kind);
        match &t.kind {
            TokenKind::Name(n) => {
                facts.names.insert(n.clone());
                let after_as = matches!(prev, Some(TokenKind::Kw(Kw::As)));
                if let Some(at) = import_names {
                    if !after_as {
                        first(&mut facts.name_consts, n, at);
                    }
                }
                if let Some(f) = frames.last_mut() {
                    let starts_item = matches!(prev, Some(TokenKind::Op(Op::LParen | Op::Comma)));
                    let kw_arg = starts_item && next == Some(&TokenKind::Op(Op::Assign));
                    match f.kind {
                        FrameKind::Call if kw_arg && !f.in_lambda => f.names.push(n.clone()),
                        FrameKind::Params
                            if starts_item
                                || matches!(
                                    prev,
                                    Some(TokenKind::Op(Op::Star | Op::DoubleStar))
                                ) =>
                        {
                            let annotated = next == Some(&TokenKind::Op(Op::Colon));
                            if annotated || (kw_arg && f.star_seen) {
                                f.names.push(n.clone());
                            }
                        }
                        _ => {}
                    }
                }
            }
            TokenKind::Str(st) if !st.bytes && !st.fstring => {
                let body = file
                    .text
                    .get(st.body.start as usize..st.body.end as usize)
                    .unwrap_or("");
                if is_identifier_like(body) {
                    first(&mut facts.literals, body, t.span.start);
                }
            }
            TokenKind::Str(st) if st.fstring => {
                let body = file
                    .text
                    .get(st.body.start as usize..st.body.end as usize)
                    .unwrap_or("");
                facts.names.extend(fstring_field_words(body));
            }
            TokenKind::Kw(Kw::Class) => {
                if let Some(n) = name_at(&tokens, i + 1) {
                    first(&mut facts.name_consts, &n, t.span.start);
                }
            }
            TokenKind::Kw(Kw::Import) if import_names.is_none() => {
                // Only `from m import a, b` makes a tuple of the names.
                let from_import = tokens[..i]
                    .iter()
                    .rev()
                    .take_while(|t| {
                        !matches!(
                            t.kind,
                            TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent
                        )
                    })
                    .any(|t| t.kind == TokenKind::Kw(Kw::From));
                if from_import {
                    import_names = Some(t.span.start);
                }
            }
            TokenKind::Kw(Kw::Lambda) => {
                if let Some(f) = frames.last_mut() {
                    f.in_lambda = true;
                }
            }
            TokenKind::Op(Op::Colon) => {
                if let Some(f) = frames.last_mut() {
                    f.in_lambda = false;
                }
            }
            TokenKind::Op(Op::Star | Op::DoubleStar) => {
                if let Some(f) = frames.last_mut() {
                    f.star_seen = true;
                }
            }
            TokenKind::Op(Op::LParen | Op::LBracket | Op::LBrace) => {
                let call = matches!(
                    prev,
                    Some(
                        TokenKind::Name(_)
                            | TokenKind::Str(_)
                            | TokenKind::Op(Op::RParen | Op::RBracket)
                    )
                );
                let def = i >= 2 && matches!(tokens[i - 2].kind, TokenKind::Kw(Kw::Def));
                let kind = match t.kind {
                    TokenKind::Op(Op::LParen) if def => FrameKind::Params,
                    TokenKind::Op(Op::LParen) if call => FrameKind::Call,
                    _ => FrameKind::Other,
                };
                frames.push(Frame {
                    kind,
                    names: Vec::new(),
                    star_seen: false,
                    in_lambda: false,
                });
            }
            TokenKind::Op(Op::RParen | Op::RBracket | Op::RBrace) => {
                if let Some(f) = frames.pop() {
                    for n in f.names {
                        first(&mut facts.name_consts, &n, t.span.start);
                    }
                }
            }
            TokenKind::Newline => import_names = None,
            _ => {}
        }
    }
    facts
}

/// An open bracket while scanning.
struct Frame {
    kind: FrameKind,
    /// Names that become a constant when the bracket closes (keyword
    /// arguments of a call; keyword-only and annotated parameters).
    names: Vec<String>,
    /// A `*` or `**` was seen: later parameters are keyword-only.
    star_seen: bool,
    /// Inside a lambda's parameters, whose defaults are not keywords.
    in_lambda: bool,
}

#[derive(PartialEq)]
enum FrameKind {
    Call,
    Params,
    Other,
}

/// Records `at` for `key` unless an earlier place is recorded.
fn first(map: &mut HashMap<String, u32>, key: &str, at: u32) {
    map.entry(key.to_string()).or_insert(at);
}

/// The identifier-shaped words inside the `{...}` fields of an f-string
/// body (`{{` is a literal brace). Words inside nested string literals are
/// included too: a few extra names only make a third build more likely in
/// a case CPython itself decides by object identity.
fn fstring_field_words(body: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut depth = 0usize;
    let mut word = String::new();
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        let in_field = depth > 0;
        match c {
            '{' if depth == 0 && chars.peek() == Some(&'{') => {
                chars.next();
            }
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if in_field && (c.is_ascii_alphanumeric() || c == '_') {
            word.push(c);
        } else if !word.is_empty() {
            if !word.starts_with(|c: char| c.is_ascii_digit()) {
                words.push(std::mem::take(&mut word));
            }
            word.clear();
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_interned_list_has_common_names() {
        assert!(interned_at_start("self") && interned_at_start("print"));
        assert!(!interned_at_start("zqxjkv"));
    }

    #[test]
    fn fstring_fields_give_their_names() {
        assert_eq!(
            fstring_field_words("a {name} {{lit}} {x.attr!r:>{width}}"),
            ["name", "x", "attr", "r", "width"]
        );
    }
}
