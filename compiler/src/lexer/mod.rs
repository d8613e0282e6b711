//! Source text to tokens, including NEWLINE/INDENT/DEDENT; never panics.
//!
//! The lexer is a hand-written state machine over bytes. String literals are
//! only delimited here (their bodies are decoded by `parser::fstring`), so
//! f-string replacement fields keep offsets into the real file.

use crate::ast::IntLit;
use crate::diagnostics::Diagnostic;
use crate::span::Span;
use dashu_int::UBig;

/// One token with its span.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Span,
}

/// What a token is.
#[derive(Debug, Clone, PartialEq)]
pub enum TokenKind {
    /// An identifier (soft keywords `match`, `case`, `_` are names too).
    Name(String),
    /// An integer literal's value.
    Int(IntLit),
    Float(f64),
    Imag(f64),
    Str(StrToken),
    Op(Op),
    Kw(Kw),
    Newline,
    Indent,
    Dedent,
    Eof,
}

/// A delimited string literal; escapes are not processed yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StrToken {
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
    /// The text between the quotes.
    pub body: Span,
}

/// Operators and delimiters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Op {
    LParen,
    RParen,
    LBracket,
    RBracket,
    LBrace,
    RBrace,
    Comma,
    Colon,
    Semi,
    Dot,
    Ellipsis,
    Plus,
    Minus,
    Star,
    Slash,
    DoubleSlash,
    Percent,
    DoubleStar,
    At,
    LShift,
    RShift,
    Amp,
    Pipe,
    Caret,
    Tilde,
    Lt,
    Gt,
    Le,
    Ge,
    EqEq,
    NotEq,
    Arrow,
    Walrus,
    Assign,
    PlusEq,
    MinusEq,
    StarEq,
    SlashEq,
    DoubleSlashEq,
    PercentEq,
    DoubleStarEq,
    AtEq,
    LShiftEq,
    RShiftEq,
    AmpEq,
    PipeEq,
    CaretEq,
}

/// Hard keywords.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kw {
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
}

impl Kw {
    fn from_str(s: &str) -> Option<Kw> {
        Some(match s {
            "False" => Kw::False,
            "None" => Kw::None,
            "True" => Kw::True,
            "and" => Kw::And,
            "as" => Kw::As,
            "assert" => Kw::Assert,
            "async" => Kw::Async,
            "await" => Kw::Await,
            "break" => Kw::Break,
            "class" => Kw::Class,
            "continue" => Kw::Continue,
            "def" => Kw::Def,
            "del" => Kw::Del,
            "elif" => Kw::Elif,
            "else" => Kw::Else,
            "except" => Kw::Except,
            "finally" => Kw::Finally,
            "for" => Kw::For,
            "from" => Kw::From,
            "global" => Kw::Global,
            "if" => Kw::If,
            "import" => Kw::Import,
            "in" => Kw::In,
            "is" => Kw::Is,
            "lambda" => Kw::Lambda,
            "nonlocal" => Kw::Nonlocal,
            "not" => Kw::Not,
            "or" => Kw::Or,
            "pass" => Kw::Pass,
            "raise" => Kw::Raise,
            "return" => Kw::Return,
            "try" => Kw::Try,
            "while" => Kw::While,
            "with" => Kw::With,
            "yield" => Kw::Yield,
            _ => return None,
        })
    }
}

/// Python's keywords (`keyword.kwlist`), each of which `Kw::from_str`
/// knows (a test checks).
pub const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// CPython's limit on bracket nesting; also keeps the parser's recursion bounded.
const MAX_BRACKETS: usize = 200;
/// CPython's limit on indentation levels.
const MAX_INDENT: usize = 100;

/// Tokenizes a whole file. On a lexical error, returns the tokens before it
/// (ended by `Eof` at the error) and the error, so the parser can report an
/// earlier syntax error first, as CPython's lazy tokenizer does.
pub fn tokenize(src: &str) -> (Vec<Token>, Option<Diagnostic>) {
    // A UTF-8 byte order mark at the start is ignored, as CPython does.
    let start = if src.starts_with('\u{feff}') { 3 } else { 0 };
    Lexer::new(src, start, src.len(), false).run()
}

/// Tokenizes `src[start..end]` as the inside of brackets (newlines are
/// insignificant): used for f-string replacement fields. Spans stay offsets
/// into `src`.
pub fn tokenize_embedded(src: &str, start: usize, end: usize) -> (Vec<Token>, Option<Diagnostic>) {
    Lexer::new(src, start, end.min(src.len()), true).run()
}

/// 1-based line number of a byte offset (used in messages).
pub fn line_of(src: &str, offset: usize) -> usize {
    src.as_bytes()
        .iter()
        .take(offset)
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

struct Lexer<'a> {
    src: &'a str,
    bytes: &'a [u8],
    pos: usize,
    end: usize,
    tokens: Vec<Token>,
    /// Indentation stack: (column with tabs to multiples of 8, column with tabs as 1).
    indents: Vec<(usize, usize)>,
    /// Open brackets: the byte and its offset.
    brackets: Vec<(u8, usize)>,
    at_line_start: bool,
    embedded: bool,
}

type LexResult<T> = Result<T, Diagnostic>;

impl<'a> Lexer<'a> {
    fn new(src: &'a str, start: usize, end: usize, embedded: bool) -> Lexer<'a> {
        Lexer {
            src,
            bytes: src.as_bytes(),
            pos: start,
            end,
            tokens: Vec::new(),
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            at_line_start: !embedded,
            embedded,
        }
    }

    fn run(mut self) -> (Vec<Token>, Option<Diagnostic>) {
        let err = self.lex_all().err();
        if err.is_some() {
            let at = self.pos.min(self.end);
            self.tokens.push(Token {
                kind: TokenKind::Eof,
                span: Span::new(at, at),
            });
        }
        (self.tokens, err)
    }

    fn peek(&self, off: usize) -> u8 {
        let i = self.pos + off;
        if i < self.end {
            self.bytes.get(i).copied().unwrap_or(0)
        } else {
            0
        }
    }

    fn char_at(&self, i: usize) -> Option<char> {
        if i >= self.end {
            return None;
        }
        self.src.get(i..self.end).and_then(|s| s.chars().next())
    }

    fn push(&mut self, kind: TokenKind, start: usize) {
        self.tokens.push(Token {
            kind,
            span: Span::new(start, self.pos),
        });
    }

    fn err<T>(&self, msg: impl Into<String>, start: usize, end: usize) -> LexResult<T> {
        Err(Diagnostic::error(msg, Span::new(start, end)))
    }

    fn lex_all(&mut self) -> LexResult<()> {
        loop {
            if self.at_line_start {
                self.at_line_start = false;
                if !self.indentation()? {
                    continue;
                }
            }
            while matches!(self.peek(0), b' ' | b'\t' | b'\x0c') {
                self.pos += 1;
            }
            if self.pos >= self.end {
                return self.finish();
            }
            let start = self.pos;
            let c = self.peek(0);
            match c {
                b'#' => self.skip_comment(),
                b'\n' | b'\r' => {
                    self.pos += if c == b'\r' && self.peek(1) == b'\n' {
                        2
                    } else {
                        1
                    };
                    if self.brackets.is_empty() && !self.embedded {
                        let last_is_line_end = matches!(
                            self.tokens.last().map(|t| &t.kind),
                            None | Some(TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent)
                        );
                        if !last_is_line_end {
                            self.tokens.push(Token {
                                kind: TokenKind::Newline,
                                span: Span::new(start, start + 1),
                            });
                        }
                        self.at_line_start = true;
                    }
                }
                b'\\' => {
                    let n = self.peek(1);
                    if n == b'\n' {
                        self.pos += 2;
                    } else if n == b'\r' {
                        self.pos += if self.peek(2) == b'\n' { 3 } else { 2 };
                    } else if self.pos + 1 >= self.end {
                        self.pos += 1;
                        return self.err("unexpected EOF while parsing", start, self.pos);
                    } else {
                        return self.err(
                            "unexpected character after line continuation character",
                            start,
                            start + 1,
                        );
                    }
                }
                b'0'..=b'9' => self.number()?,
                b'.' if self.peek(1).is_ascii_digit() => self.number()?,
                b'"' | b'\'' => self.string(start, false, false, false)?,
                _ if c == b'_' || c.is_ascii_alphabetic() || c >= 0x80 => self.name()?,
                _ => self.operator()?,
            }
        }
    }

    fn skip_comment(&mut self) {
        while self.pos < self.end && !matches!(self.peek(0), b'\n' | b'\r') {
            self.pos += 1;
        }
    }

    /// Measures the indentation of a new logical line and emits INDENT/DEDENT.
    /// Returns false if the line was blank or a comment (nothing emitted).
    fn indentation(&mut self) -> LexResult<bool> {
        let line_start = self.pos;
        let (mut col, mut alt) = (0usize, 0usize);
        let mut p = self.pos;
        while p < self.end {
            match self.bytes.get(p).copied().unwrap_or(0) {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
            p += 1;
        }
        self.pos = p;
        let c = self.peek(0);
        if p >= self.end {
            return Ok(true);
        }
        if c == b'#' {
            self.skip_comment();
            self.at_line_start = true;
            self.skip_newline();
            return Ok(false);
        }
        if c == b'\n' || c == b'\r' {
            self.at_line_start = true;
            self.skip_newline();
            return Ok(false);
        }
        if c == b'\\' {
            // CPython treats a line that starts with a continuation as
            // not setting indentation.
            return Ok(true);
        }
        let (top, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
        if col > top {
            if alt <= top_alt {
                return self.err(
                    "inconsistent use of tabs and spaces in indentation",
                    line_start,
                    p,
                );
            }
            // `indents` holds the outermost level too, so this refuses the
            // 100th INDENT, at column 1, as CPython's tokenizer does.
            if self.indents.len() >= MAX_INDENT {
                return self.err("too many levels of indentation", line_start, line_start);
            }
            self.indents.push((col, alt));
            self.tokens.push(Token {
                kind: TokenKind::Indent,
                span: Span::new(p, p),
            });
        } else if col < top {
            // Check the target level before emitting DEDENTs, so a bad
            // unindent is reported where the parser reaches it.
            let keep = self.indents.iter().take_while(|&&(c, _)| c <= col).count();
            let (now, now_alt) = self.indents[..keep].last().copied().unwrap_or((0, 0));
            while self.indents.len() > keep.max(1) {
                if now != col {
                    break;
                }
                self.indents.pop();
                self.tokens.push(Token {
                    kind: TokenKind::Dedent,
                    span: Span::new(p, p),
                });
            }
            if now != col {
                return self.err(
                    "unindent does not match any outer indentation level",
                    line_start,
                    p,
                );
            }
            if now_alt != alt {
                return self.err(
                    "inconsistent use of tabs and spaces in indentation",
                    line_start,
                    p,
                );
            }
        } else if alt != top_alt {
            return self.err(
                "inconsistent use of tabs and spaces in indentation",
                line_start,
                p,
            );
        }
        Ok(true)
    }

    fn skip_newline(&mut self) {
        if self.peek(0) == b'\r' {
            self.pos += 1;
        }
        if self.peek(0) == b'\n' {
            self.pos += 1;
        }
    }

    fn finish(&mut self) -> LexResult<()> {
        if let Some(&(b, at)) = self.brackets.last() {
            return self.err(format!("'{}' was never closed", b as char), at, at + 1);
        }
        let at = self.end;
        if !self.embedded {
            let need_newline = !matches!(
                self.tokens.last().map(|t| &t.kind),
                None | Some(TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent)
            );
            if need_newline {
                self.tokens.push(Token {
                    kind: TokenKind::Newline,
                    span: Span::new(at, at),
                });
            }
            while self.indents.len() > 1 {
                self.indents.pop();
                self.tokens.push(Token {
                    kind: TokenKind::Dedent,
                    span: Span::new(at, at),
                });
            }
        }
        self.tokens.push(Token {
            kind: TokenKind::Eof,
            span: Span::new(at, at),
        });
        Ok(())
    }

    fn name(&mut self) -> LexResult<()> {
        let start = self.pos;
        while let Some(ch) = self.char_at(self.pos) {
            let ok = if self.pos == start {
                ch == '_' || ch.is_alphabetic()
            } else {
                ch == '_' || ch.is_alphanumeric() || is_combining_mark(ch)
            };
            if !ok {
                break;
            }
            self.pos += ch.len_utf8();
        }
        if self.pos == start {
            let ch = self.char_at(start).unwrap_or('\0');
            let end = start + ch.len_utf8();
            let msg = if ch.is_control() || ch.is_whitespace() {
                format!("invalid non-printable character U+{:04X}", ch as u32)
            } else {
                format!("invalid character '{ch}' (U+{:04X})", ch as u32)
            };
            return self.err(msg, start, end);
        }
        let text = self.src.get(start..self.pos).unwrap_or("");
        let q = self.peek(0);
        if q == b'"' || q == b'\'' {
            let lower = text.to_ascii_lowercase();
            let flags = match lower.as_str() {
                "r" => Some((true, false, false)),
                "u" => Some((false, false, false)),
                "b" => Some((false, true, false)),
                "br" | "rb" => Some((true, true, false)),
                "f" => Some((false, false, true)),
                "fr" | "rf" => Some((true, false, true)),
                _ => None,
            };
            if let Some((raw, bytes, fstring)) = flags {
                return self.string(start, raw, bytes, fstring);
            }
        }
        let kind = match Kw::from_str(text) {
            Some(kw) => TokenKind::Kw(kw),
            None => TokenKind::Name(normalize_identifier(text)),
        };
        self.push(kind, start);
        Ok(())
    }

    /// Delimits a string literal whose opening quote is at `self.pos`.
    fn string(&mut self, start: usize, raw: bool, bytes: bool, fstring: bool) -> LexResult<()> {
        let q = self.peek(0);
        let triple = self.peek(1) == q && self.peek(2) == q;
        self.pos += if triple { 3 } else { 1 };
        let body_start = self.pos;
        loop {
            if self.pos >= self.end {
                // The last line of the file is the one holding its last character.
                let at = if triple {
                    self.end.saturating_sub(1)
                } else {
                    start
                };
                let line = line_of(self.src, at);
                let msg = if triple {
                    format!("unterminated triple-quoted string literal (detected at line {line})")
                } else {
                    format!("unterminated string literal (detected at line {line})")
                };
                return self.err(msg, start, start + 1);
            }
            let c = self.peek(0);
            if c == b'\\' {
                self.pos += if self.peek(1) == b'\r' && self.peek(2) == b'\n' {
                    3
                } else {
                    2
                };
                continue;
            }
            if (c == b'\n' || c == b'\r') && !triple {
                let line = line_of(self.src, start);
                return self.err(
                    format!("unterminated string literal (detected at line {line})"),
                    start,
                    start + 1,
                );
            }
            if c == q && (!triple || (self.peek(1) == q && self.peek(2) == q)) {
                let body_end = self.pos;
                self.pos += if triple { 3 } else { 1 };
                let tok = StrToken {
                    raw,
                    bytes,
                    fstring,
                    body: Span::new(body_start, body_end.min(self.end)),
                };
                self.push(TokenKind::Str(tok), start);
                return Ok(());
            }
            self.pos += 1;
        }
        // A backslash just before the end can step past it; the check at the
        // loop top catches that.
    }

    /// The value of an int literal's digits (validated by `digits`).
    fn int_value(&self, digits: &[u8], radix: u32, start: usize) -> LexResult<IntLit> {
        match digits_value(digits, radix) {
            Some(v) => Ok(IntLit(v)),
            None => self.err("invalid integer literal", start, self.pos),
        }
    }

    /// Consumes `digit (_? digit)*` for the radix; returns the digits' values.
    fn digits(&mut self, radix: u32, out: &mut Vec<u8>) -> bool {
        let mut ok = true;
        let mut prev_digit = false;
        loop {
            let c = self.peek(0);
            if c == b'_' {
                if !prev_digit || !(self.peek(1) as char).is_digit(radix) {
                    ok = false;
                    self.pos += 1;
                    break;
                }
                self.pos += 1;
                prev_digit = false;
                continue;
            }
            match (c as char).to_digit(radix) {
                Some(d) => {
                    out.push(d as u8);
                    self.pos += 1;
                    prev_digit = true;
                }
                None => break,
            }
        }
        ok
    }

    fn number(&mut self) -> LexResult<()> {
        let start = self.pos;
        let c1 = self.peek(1).to_ascii_lowercase();
        if self.peek(0) == b'0' && matches!(c1, b'x' | b'o' | b'b') {
            let (radix, what) = match c1 {
                b'x' => (16, "hexadecimal"),
                b'o' => (8, "octal"),
                _ => (2, "binary"),
            };
            self.pos += 2;
            if self.peek(0) == b'_' {
                self.pos += 1;
            }
            let mut ds = Vec::new();
            let ok = self.digits(radix, &mut ds);
            let next = self.peek(0);
            if !ok || ds.is_empty() || next.is_ascii_alphanumeric() || next == b'_' {
                if next.is_ascii_digit() && radix < 10 {
                    return self.err(
                        format!("invalid digit '{}' in {what} literal", next as char),
                        self.pos,
                        self.pos + 1,
                    );
                }
                // CPython points at the last character of the literal it read.
                return self.err(format!("invalid {what} literal"), self.pos - 1, self.pos);
            }
            let value = self.int_value(&ds, radix, start)?;
            self.push(TokenKind::Int(value), start);
            return Ok(());
        }
        let mut int_part = Vec::new();
        let mut ok = self.digits(10, &mut int_part);
        let mut is_float = false;
        if self.peek(0) == b'.' {
            is_float = true;
            self.pos += 1;
            if self.peek(0).is_ascii_digit() {
                ok &= self.digits(10, &mut Vec::new());
            }
        }
        let e = self.peek(0);
        if e == b'e' || e == b'E' {
            let sign = matches!(self.peek(1), b'+' | b'-') as usize;
            if self.peek(1 + sign).is_ascii_digit() {
                is_float = true;
                self.pos += 1 + sign;
                ok &= self.digits(10, &mut Vec::new());
            } else {
                return self.err("invalid decimal literal", start, self.pos + 1);
            }
        }
        let imag = matches!(self.peek(0), b'j' | b'J');
        if imag {
            self.pos += 1;
        }
        if !ok {
            // At the `_` that no digit follows (`digits` consumed it), as
            // CPython reports it.
            return self.err("invalid decimal literal", self.pos - 1, self.pos);
        }
        self.check_number_end(start)?;
        let text: String = self
            .src
            .get(start..self.pos)
            .unwrap_or("")
            .chars()
            .filter(|&c| c != '_' && c != 'j' && c != 'J')
            .collect();
        if imag || is_float {
            let v: f64 = text.parse().unwrap_or(f64::NAN);
            let kind = if imag {
                TokenKind::Imag(v)
            } else {
                TokenKind::Float(v)
            };
            self.push(kind, start);
            return Ok(());
        }
        if int_part.first() == Some(&0) && int_part.iter().any(|&d| d != 0) {
            return self.err(
                "leading zeros in decimal integer literals are not permitted; \
                 use an 0o prefix for octal integers",
                start,
                self.pos,
            );
        }
        let value = self.int_value(&int_part, 10, start)?;
        self.push(TokenKind::Int(value), start);
        Ok(())
    }

    /// A number directly followed by a name is an error, except for the
    /// keywords CPython still accepts there (`1if x else 2`).
    fn check_number_end(&self, start: usize) -> LexResult<()> {
        let Some(ch) = self.char_at(self.pos) else {
            return Ok(());
        };
        if !(ch == '_' || ch.is_alphanumeric()) {
            return Ok(());
        }
        let rest = self.src.get(self.pos..self.end).unwrap_or("");
        for kw in ["and", "or", "in", "is", "not", "if", "else", "for"] {
            if rest.starts_with(kw) {
                return Ok(());
            }
        }
        self.err("invalid decimal literal", start, self.pos + ch.len_utf8())
    }

    fn operator(&mut self) -> LexResult<()> {
        let start = self.pos;
        let (a, b, c) = (self.peek(0), self.peek(1), self.peek(2));
        let (op, len) = match (a, b, c) {
            (b'.', b'.', b'.') => (Op::Ellipsis, 3),
            (b'*', b'*', b'=') => (Op::DoubleStarEq, 3),
            (b'/', b'/', b'=') => (Op::DoubleSlashEq, 3),
            (b'<', b'<', b'=') => (Op::LShiftEq, 3),
            (b'>', b'>', b'=') => (Op::RShiftEq, 3),
            (b'*', b'*', _) => (Op::DoubleStar, 2),
            (b'/', b'/', _) => (Op::DoubleSlash, 2),
            (b'<', b'<', _) => (Op::LShift, 2),
            (b'>', b'>', _) => (Op::RShift, 2),
            (b'<', b'=', _) => (Op::Le, 2),
            (b'>', b'=', _) => (Op::Ge, 2),
            (b'=', b'=', _) => (Op::EqEq, 2),
            (b'!', b'=', _) => (Op::NotEq, 2),
            (b'-', b'>', _) => (Op::Arrow, 2),
            (b':', b'=', _) => (Op::Walrus, 2),
            (b'+', b'=', _) => (Op::PlusEq, 2),
            (b'-', b'=', _) => (Op::MinusEq, 2),
            (b'*', b'=', _) => (Op::StarEq, 2),
            (b'/', b'=', _) => (Op::SlashEq, 2),
            (b'%', b'=', _) => (Op::PercentEq, 2),
            (b'@', b'=', _) => (Op::AtEq, 2),
            (b'&', b'=', _) => (Op::AmpEq, 2),
            (b'|', b'=', _) => (Op::PipeEq, 2),
            (b'^', b'=', _) => (Op::CaretEq, 2),
            (b'(', _, _) => (Op::LParen, 1),
            (b')', _, _) => (Op::RParen, 1),
            (b'[', _, _) => (Op::LBracket, 1),
            (b']', _, _) => (Op::RBracket, 1),
            (b'{', _, _) => (Op::LBrace, 1),
            (b'}', _, _) => (Op::RBrace, 1),
            (b',', _, _) => (Op::Comma, 1),
            (b':', _, _) => (Op::Colon, 1),
            (b';', _, _) => (Op::Semi, 1),
            (b'.', _, _) => (Op::Dot, 1),
            (b'+', _, _) => (Op::Plus, 1),
            (b'-', _, _) => (Op::Minus, 1),
            (b'*', _, _) => (Op::Star, 1),
            (b'/', _, _) => (Op::Slash, 1),
            (b'%', _, _) => (Op::Percent, 1),
            (b'@', _, _) => (Op::At, 1),
            (b'&', _, _) => (Op::Amp, 1),
            (b'|', _, _) => (Op::Pipe, 1),
            (b'^', _, _) => (Op::Caret, 1),
            (b'~', _, _) => (Op::Tilde, 1),
            (b'<', _, _) => (Op::Lt, 1),
            (b'>', _, _) => (Op::Gt, 1),
            (b'=', _, _) => (Op::Assign, 1),
            _ => {
                let ch = self.char_at(start).unwrap_or('\0');
                let end = start + ch.len_utf8();
                let msg = if ch == '!' || ch == '$' || ch == '?' || ch == '`' {
                    "invalid syntax".to_string()
                } else if ch.is_control() {
                    format!("invalid non-printable character U+{:04X}", ch as u32)
                } else {
                    format!("invalid character '{ch}' (U+{:04X})", ch as u32)
                };
                return self.err(msg, start, end);
            }
        };
        match a {
            b'(' | b'[' | b'{' => {
                if self.brackets.len() >= MAX_BRACKETS {
                    return self.err("too many nested parentheses", start, start + 1);
                }
                self.brackets.push((a, start));
            }
            b')' | b']' | b'}' => match self.brackets.pop() {
                None => {
                    return self.err(format!("unmatched '{}'", a as char), start, start + 1);
                }
                Some((open, open_at)) => {
                    let want = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if want != a {
                        let open_line = line_of(self.src, open_at);
                        let where_ = if open_line == line_of(self.src, start) {
                            String::new()
                        } else {
                            format!(" on line {open_line}")
                        };
                        return self.err(
                            format!(
                                "closing parenthesis '{}' does not match opening \
                                 parenthesis '{}'{where_}",
                                a as char, open as char
                            ),
                            start,
                            start + 1,
                        );
                    }
                }
            },
            _ => {}
        }
        self.pos += len;
        self.push(TokenKind::Op(op), start);
        Ok(())
    }
}

/// Combining marks (and variation selectors) that continue an identifier
/// (part of XID_Continue) but are not alphanumeric in Rust's sense.
fn is_combining_mark(ch: char) -> bool {
    matches!(ch as u32,
        0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF
        | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F | 0xE0100..=0xE01EF)
}

/// CPython NFKC-normalizes identifiers. Full NFKC needs Unicode tables; the
/// common case, fullwidth ASCII letters and digits, is mapped here.
fn normalize_identifier(text: &str) -> String {
    if text.is_ascii() {
        return text.to_string();
    }
    text.chars()
        .map(|c| match c as u32 {
            0xFF10..=0xFF19 | 0xFF21..=0xFF3A | 0xFF3F | 0xFF41..=0xFF5A => {
                char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
            }
            _ => c,
        })
        .collect()
}

/// The value of validated digit values (each below `radix`).
fn digits_value(digits: &[u8], radix: u32) -> Option<UBig> {
    let text: String = digits
        .iter()
        .map(|&d| char::from_digit(d as u32, radix))
        .collect::<Option<_>>()?;
    if text.is_empty() {
        return Some(UBig::ZERO);
    }
    UBig::from_str_radix(&text, radix).ok()
}

#[cfg(test)]
mod tests;
