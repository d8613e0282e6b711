//! How many times CPython 3.11 builds the frozenset constant of a set
//! display of constants, which decides the display's iteration order when
//! hashes collide.
//!
//! CPython compiles `{c1, c2, c3, ...}` (three or more constants) to
//! `BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE`. The frozenset is built
//! from the items, rebuilt from its own order when the compiler merges
//! constants, and rebuilt once more when interning its strings replaces one
//! of them: that happens when an identifier-like string was already
//! interned as another object, either by the interpreter before the program
//! is compiled (the list in `compiler/data/cpython_interned.txt`, made by
//! `scripts/gen_interned.py`) or, for a string longer than one character,
//! by the parser because it is a name in the program. One-character strings
//! are shared singletons in CPython, so only the list decides for them.

use std::collections::HashSet;

use crate::ast::{Expr, ExprKind};
use crate::lexer::{tokenize, TokenKind};
use crate::span::SourceFile;

/// The identifier-like strings CPython has interned when it compiles a
/// test program, one per line.
const INTERNED: &str = include_str!("../../data/cpython_interned.txt");

/// Lazily gathered names of the program, shared by every display in it.
#[derive(Default)]
pub struct ProgramNames(Option<HashSet<String>>);

impl ProgramNames {
    fn contains(&mut self, file: &SourceFile, s: &str) -> bool {
        self.0.get_or_insert_with(|| names_of(file)).contains(s)
    }
}

/// How many builds CPython makes of the constant for the display `items`
/// (all constants): 2, or 3 when interning replaces one of its strings.
pub fn builds(items: &[Expr], file: &SourceFile, names: &mut ProgramNames) -> u32 {
    let replaced = items.iter().any(|e| match &e.kind {
        ExprKind::Str(s) if is_identifier_like(s) => {
            interned_at_start(s) || (s.len() > 1 && names.contains(file, s))
        }
        _ => false,
    });
    if replaced {
        3
    } else {
        2
    }
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

/// Every identifier the parser interns: the names among the tokens,
/// including those inside f-string replacement fields.
fn names_of(file: &SourceFile) -> HashSet<String> {
    let (tokens, _) = tokenize(&file.text);
    let mut names = HashSet::new();
    for t in tokens {
        match t.kind {
            TokenKind::Name(n) => {
                names.insert(n);
            }
            TokenKind::Str(s) if s.fstring => {
                let body = file
                    .text
                    .get(s.body.start as usize..s.body.end as usize)
                    .unwrap_or("");
                names.extend(fstring_field_words(body));
            }
            _ => {}
        }
    }
    names
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
