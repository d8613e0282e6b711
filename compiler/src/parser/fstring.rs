//! String literal bodies: escape decoding, implicit concatenation and f-strings.
//!
//! The lexer only delimits literals, so everything here works on byte offsets
//! into the real file: f-string replacement fields are lexed and parsed in
//! place and their expressions carry real spans.

use super::{PResult, Parser};
use crate::ast::{Expr, ExprKind, FStringPart};
use crate::diagnostics::Diagnostic;
use crate::lexer::{self, Kw, StrToken, TokenKind};
use crate::span::Span;

/// CPython's error for a replacement field in the format spec of one in
/// the format spec of another.
const NESTED_TOO_DEEPLY: &str = "f-string: expressions nested too deeply";

impl Parser<'_> {
    /// One or more adjacent string literals, concatenated (the current token
    /// is a string).
    pub(super) fn strings(&mut self) -> PResult<Expr> {
        let mut toks: Vec<(StrToken, Span)> = Vec::new();
        while let TokenKind::Str(s) = self.peek() {
            let s = *s;
            toks.push((s, self.bump().span));
        }
        let Some(&(first, first_span)) = toks.first() else {
            return self.invalid_syntax();
        };
        let span = self.span_from(first_span);
        let src = self.src();
        if toks.iter().any(|(t, _)| t.bytes != first.bytes) {
            // CPython reports it just after the last literal.
            let end = (span.end as usize).min(src.len());
            let at = Span::new(end, (end + 1).min(src.len()));
            return self.error("cannot mix bytes and nonbytes literals", at);
        }
        if first.bytes {
            let mut out = Vec::new();
            for (t, tspan) in &toks {
                let body = src.get(t.body.start as usize..t.body.end as usize);
                if body.is_some_and(|b| !b.is_ascii()) {
                    // CPython points at the whole literal.
                    return self.error("bytes can only contain ASCII literal characters", *tspan);
                }
                let mut cps = Vec::new();
                decode(src, t.body, t.raw, true, &mut cps)?;
                // Escapes in bytes are masked to 0..=255 and other text is
                // ASCII, so each code point is one byte.
                out.extend(cps.iter().map(|&(cp, _)| cp as u8));
            }
            return Ok(Expr {
                kind: ExprKind::Bytes(out),
                span,
            });
        }
        if !toks.iter().any(|(t, _)| t.fstring) {
            let mut out = String::new();
            for (t, _) in &toks {
                out.push_str(&decode_str(src, t.body, t.raw)?);
            }
            return Ok(Expr {
                kind: ExprKind::Str(out),
                span,
            });
        }
        let mut parts = Vec::new();
        // CPython 3.11 reports its nesting limit at the token after the
        // strings (the parser's lookahead), not inside them.
        let after = self.tok(0).span;
        for (t, _) in &toks {
            if t.fstring {
                self.fstring_body(
                    t.body.start as usize,
                    t.body.end as usize,
                    t.raw,
                    0,
                    &mut parts,
                )
                .map_err(|e| {
                    if e.message == NESTED_TOO_DEEPLY {
                        Diagnostic::error(
                            NESTED_TOO_DEEPLY,
                            Span::new(after.start as usize, after.start as usize),
                        )
                    } else {
                        e
                    }
                })?;
            } else {
                push_literal(&mut parts, decode_str(src, t.body, t.raw)?);
            }
        }
        Ok(Expr {
            kind: ExprKind::FString(parts),
            span,
        })
    }

    /// Parses f-string text from `start` up to `end`, appending parts. At
    /// `nested > 0` this is a format spec, which ends at an unmatched `}`;
    /// returns where parsing stopped.
    fn fstring_body(
        &mut self,
        start: usize,
        end: usize,
        raw: bool,
        nested: usize,
        parts: &mut Vec<FStringPart>,
    ) -> PResult<usize> {
        let src = self.src();
        let b = src.as_bytes();
        let at = |i: usize| {
            if i < end {
                b.get(i).copied().unwrap_or(0)
            } else {
                0
            }
        };
        let mut lit_start = start;
        let mut i = start;
        while i < end {
            match at(i) {
                b'\\' if !raw => {
                    // `\N{...}` braces belong to the escape; `\{` leaves the
                    // brace to start a field (CPython 3.11 does the same).
                    if at(i + 1) == b'N' && at(i + 2) == b'{' {
                        i += 3;
                        while i < end && at(i) != b'}' {
                            i += 1;
                        }
                        i += 1;
                    } else {
                        i += 1;
                        if i < end && at(i) != b'{' && at(i) != b'}' {
                            i += 1;
                        }
                    }
                }
                b'{' => {
                    self.flush_literal(lit_start, i, raw, parts)?;
                    if at(i + 1) == b'{' && nested == 0 {
                        push_literal(parts, "{".to_string());
                        i += 2;
                    } else {
                        i = self.fstring_field(i + 1, end, raw, nested, parts)?;
                    }
                    lit_start = i;
                }
                b'}' => {
                    self.flush_literal(lit_start, i, raw, parts)?;
                    if nested > 0 {
                        return Ok(i);
                    }
                    if at(i + 1) != b'}' {
                        return self
                            .error("f-string: single '}' is not allowed", Span::new(i, i + 1));
                    }
                    push_literal(parts, "}".to_string());
                    i += 2;
                    lit_start = i;
                }
                _ => i += 1,
            }
        }
        let stop = i.min(end);
        self.flush_literal(lit_start, stop, raw, parts)?;
        if nested > 0 {
            return self.error("f-string: expecting '}'", Span::new(start, end));
        }
        Ok(stop)
    }

    fn flush_literal(
        &self,
        start: usize,
        end: usize,
        raw: bool,
        parts: &mut Vec<FStringPart>,
    ) -> PResult<()> {
        if start < end {
            let text = decode_str(self.src(), Span::new(start, end), raw)?;
            push_literal(parts, text);
        }
        Ok(())
    }

    /// Parses one replacement field whose text starts at `start` (just after
    /// `{`); returns the offset after its closing `}`.
    fn fstring_field(
        &mut self,
        start: usize,
        end: usize,
        raw: bool,
        nested: usize,
        parts: &mut Vec<FStringPart>,
    ) -> PResult<usize> {
        let open = Span::new(start.saturating_sub(1), start);
        if nested >= 2 {
            return self.error(NESTED_TOO_DEEPLY, open);
        }
        let src = self.src();
        let b = src.as_bytes();
        let at = |i: usize| {
            if i < end {
                b.get(i).copied().unwrap_or(0)
            } else {
                0
            }
        };
        let expecting = |p: &Self| p.error("f-string: expecting '}'", open.to(Span::new(end, end)));
        let mut depth = 0usize;
        let mut j = start;
        loop {
            if j >= end {
                return expecting(self);
            }
            match at(j) {
                q @ (b'\'' | b'"') => {
                    let triple = at(j + 1) == q && at(j + 2) == q;
                    let qlen = if triple { 3 } else { 1 };
                    j += qlen;
                    loop {
                        if j >= end {
                            return self.error("f-string: unterminated string", open);
                        }
                        if at(j) == q && (!triple || (at(j + 1) == q && at(j + 2) == q)) {
                            j += qlen;
                            break;
                        }
                        j += 1;
                    }
                    continue;
                }
                b'(' | b'[' | b'{' => depth += 1,
                c @ (b')' | b']') => {
                    if depth == 0 {
                        return self.error(
                            format!("f-string: unmatched '{}'", c as char),
                            Span::new(j, j + 1),
                        );
                    }
                    depth -= 1;
                }
                b'}' => {
                    if depth == 0 {
                        break;
                    }
                    depth -= 1;
                }
                b'\\' => {
                    return self.error(
                        "f-string expression part cannot include a backslash",
                        Span::new(j, j + 1),
                    )
                }
                b'#' => {
                    return self.error(
                        "f-string expression part cannot include '#'",
                        Span::new(j, j + 1),
                    )
                }
                b'=' | b'!' | b'<' | b'>' if at(j + 1) == b'=' => {
                    j += 2;
                    continue;
                }
                b'!' | b':' | b'=' if depth == 0 => break,
                _ => {}
            }
            j += 1;
        }
        let expr_end = j;
        let text = src.get(start..expr_end).unwrap_or("");
        if text.trim().is_empty() {
            return self.error(
                "f-string: empty expression not allowed",
                Span::new(open.start as usize, j + 1),
            );
        }
        let value = self.field_expr(start, expr_end)?;
        let mut debug_text = None;
        if at(j) == b'=' {
            j += 1;
            while j < end && matches!(at(j), b' ' | b'\t' | b'\n' | b'\r' | b'\x0c') {
                j += 1;
            }
            debug_text = Some(src.get(start..j).unwrap_or("").to_string());
        }
        let mut conversion = None;
        if at(j) == b'!' {
            let c = at(j + 1);
            if !matches!(c, b's' | b'r' | b'a') {
                return self.error(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    Span::new(j, (j + 2).min(end)),
                );
            }
            conversion = Some(c as char);
            j += 2;
        }
        let mut spec = None;
        if at(j) == b':' {
            let mut spec_parts = Vec::new();
            j = self.fstring_body(j + 1, end, raw, nested + 1, &mut spec_parts)?;
            spec = Some(spec_parts);
        }
        if at(j) != b'}' {
            return expecting(self);
        }
        // `f"{x=}"` shows the repr unless a conversion or spec says otherwise.
        if debug_text.is_some() && conversion.is_none() && spec.is_none() {
            conversion = Some('r');
        }
        parts.push(FStringPart::Value {
            value: Box::new(value),
            conversion,
            spec,
            debug_text,
        });
        Ok(j + 1)
    }

    /// Lexes and parses the expression of a replacement field in place, as
    /// if parenthesized (newlines allowed, tuples allowed).
    fn field_expr(&mut self, start: usize, end: usize) -> PResult<Expr> {
        let (tokens, lex_error) = lexer::tokenize_embedded(self.src(), start, end);
        if let Some(e) = lex_error {
            return Err(with_fstring_prefix(e));
        }
        let mut sub = Parser::new(self.file, tokens, self.depth + 1);
        let res = (|| {
            let e = if sub.at_kw(Kw::Yield) {
                sub.yield_expr()?
            } else {
                let e = sub.star_expressions()?;
                sub.no_bare_star(e)?
            };
            if *sub.peek() != TokenKind::Eof {
                return sub.invalid_syntax();
            }
            Ok(e)
        })();
        res.map_err(with_fstring_prefix)
    }
}

fn with_fstring_prefix(mut d: Diagnostic) -> Diagnostic {
    if !d.message.starts_with("f-string") {
        d.message = format!("f-string: {}", d.message);
    }
    d
}

/// Appends literal text, merging with a preceding literal part.
fn push_literal(parts: &mut Vec<FStringPart>, text: String) {
    if text.is_empty() {
        return;
    }
    if let Some(FStringPart::Literal(prev)) = parts.last_mut() {
        prev.push_str(&text);
    } else {
        parts.push(FStringPart::Literal(text));
    }
}

/// Decodes a `str` literal body.
fn decode_str(src: &str, body: Span, raw: bool) -> PResult<String> {
    let mut cps = Vec::new();
    decode(src, body, raw, false, &mut cps)?;
    let mut out = String::with_capacity(cps.len());
    for (cp, at) in cps {
        // Lone surrogates are stored as rt stores them (`alrt_abi::text`);
        // the code points that store them cannot be written themselves.
        match alrt_abi::text::stored_char(cp) {
            Ok(c) => out.push(c),
            Err(_) => {
                return Err(Diagnostic::unsupported(
                    &format!(
                        "code point U+{cp:04X} in a string literal (alc keeps U+{:04X}..U+{:04X} to store lone surrogates)",
                        alrt_abi::text::RESERVED_FIRST,
                        alrt_abi::text::RESERVED_LAST
                    ),
                    at,
                ))
            }
        }
    }
    Ok(out)
}

/// Decodes escapes in `src[body]` into code points (with the span each came
/// from). Newlines in the source are normalized to `\n`, as CPython reads
/// source files in universal-newline mode.
fn decode(
    src: &str,
    body: Span,
    raw: bool,
    bytes: bool,
    out: &mut Vec<(u32, Span)>,
) -> PResult<()> {
    let (start, end) = (body.start as usize, body.end as usize);
    let text = src.get(start..end).unwrap_or("");
    let mut it = text.char_indices().peekable();
    let what = if bytes { "bytes" } else { "unicodeescape" };
    while let Some((i, c)) = it.next() {
        let here = Span::new(start + i, start + i + c.len_utf8());
        if c == '\r' {
            if it.peek().map(|&(_, n)| n) == Some('\n') {
                it.next();
            }
            out.push(('\n' as u32, here));
            continue;
        }
        if bytes && !c.is_ascii() {
            return Err(Diagnostic::error(
                "bytes can only contain ASCII literal characters",
                here,
            ));
        }
        if c != '\\' || raw {
            out.push((c as u32, here));
            // A raw string still cannot end its body on an escaped quote, but
            // the lexer already skipped that; `\` + newline stays as is.
            if c == '\\' {
                if let Some(&(j, n)) = it.peek() {
                    it.next();
                    let nspan = Span::new(start + j, start + j + n.len_utf8());
                    if n == '\r' {
                        if it.peek().map(|&(_, m)| m) == Some('\n') {
                            it.next();
                        }
                        out.push(('\n' as u32, nspan));
                    } else {
                        out.push((n as u32, nspan));
                    }
                }
            }
            continue;
        }
        let Some((j, e)) = it.next() else {
            out.push(('\\' as u32, here));
            break;
        };
        let esc_start = start + i;
        let span_to = |k: usize| Span::new(esc_start, start + k);
        let simple = match e {
            '\n' => None,
            '\r' => {
                if it.peek().map(|&(_, m)| m) == Some('\n') {
                    it.next();
                }
                None
            }
            '\\' => Some(0x5c),
            '\'' => Some(0x27),
            '"' => Some(0x22),
            'a' => Some(7),
            'b' => Some(8),
            'f' => Some(12),
            'n' => Some(10),
            'r' => Some(13),
            't' => Some(9),
            'v' => Some(11),
            '0'..='7' => {
                let mut v = e as u32 - '0' as u32;
                for _ in 0..2 {
                    match it.peek() {
                        Some(&(_, d @ '0'..='7')) => {
                            v = v * 8 + (d as u32 - '0' as u32);
                            it.next();
                        }
                        _ => break,
                    }
                }
                Some(if bytes { v & 0xff } else { v })
            }
            'x' | 'u' | 'U' if e == 'x' || !bytes => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut v: u32 = 0;
                let mut last = j + 1;
                for _ in 0..n {
                    match it.peek() {
                        Some(&(k, d)) if d.is_ascii_hexdigit() => {
                            v = v.wrapping_mul(16) + d.to_digit(16).unwrap_or(0);
                            last = k + 1;
                            it.next();
                        }
                        _ => {
                            let msg = if bytes {
                                format!("(value error) invalid \\x escape at position {i}")
                            } else {
                                let form = match e {
                                    'x' => "\\xXX",
                                    'u' => "\\uXXXX",
                                    _ => "\\UXXXXXXXX",
                                };
                                format!(
                                    "(unicode error) '{what}' codec can't decode bytes in \
                                     position {i}-{}: truncated {form} escape",
                                    last - 1
                                )
                            };
                            return Err(Diagnostic::error(msg, span_to(last)));
                        }
                    }
                }
                if v > 0x10ffff {
                    return Err(Diagnostic::error(
                        format!(
                            "(unicode error) '{what}' codec can't decode bytes in position \
                             {i}-{}: illegal Unicode character",
                            last - 1
                        ),
                        span_to(last),
                    ));
                }
                Some(v)
            }
            'N' if !bytes => {
                let mut name = String::new();
                let mut closed = false;
                let mut last = j + 1;
                if it.peek().map(|&(_, m)| m) == Some('{') {
                    it.next();
                    for (k, ch) in it.by_ref() {
                        last = k + 1;
                        if ch == '}' {
                            closed = true;
                            break;
                        }
                        name.push(ch);
                    }
                }
                if !closed || name.is_empty() {
                    return Err(Diagnostic::error(
                        format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in \
                             position {i}-{}: malformed \\N character escape",
                            last - 1
                        ),
                        span_to(last),
                    ));
                }
                match lookup_char_name(&name) {
                    Some(cp) => Some(cp),
                    None => {
                        return Err(Diagnostic::error(
                            format!(
                                "(unicode error) 'unicodeescape' codec can't decode bytes in \
                                 position {i}-{}: unknown Unicode character name",
                                last - 1
                            ),
                            span_to(last),
                        ))
                    }
                }
            }
            _ => {
                // An unknown escape keeps its backslash (CPython only warns).
                out.push(('\\' as u32, here));
                out.push((e as u32, Span::new(start + j, start + j + e.len_utf8())));
                continue;
            }
        };
        if let Some(cp) = simple {
            out.push((cp, span_to(it.peek().map_or(text.len(), |&(k, _)| k))));
        }
    }
    Ok(())
}

const GREEK: [&str; 24] = [
    "ALPHA", "BETA", "GAMMA", "DELTA", "EPSILON", "ZETA", "ETA", "THETA", "IOTA", "KAPPA", "LAMDA",
    "MU", "NU", "XI", "OMICRON", "PI", "RHO", "SIGMA", "TAU", "UPSILON", "PHI", "CHI", "PSI",
    "OMEGA",
];

const DIGITS: [&str; 10] = [
    "ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE",
];

/// `\N{...}` names: ASCII letters and digits, Greek letters and a table of
/// common symbols (names are case-insensitive, as in CPython). The full
/// Unicode name database is not included; unknown names are a clear error.
fn lookup_char_name(name: &str) -> Option<u32> {
    let upper = name.to_ascii_uppercase();
    let upper = upper.as_str();
    for (case, base) in [
        ("LATIN SMALL LETTER ", b'a'),
        ("LATIN CAPITAL LETTER ", b'A'),
    ] {
        if let Some(rest) = upper.strip_prefix(case) {
            if rest.len() == 1 && rest.as_bytes()[0].is_ascii_uppercase() {
                return Some((base + (rest.as_bytes()[0] - b'A')) as u32);
            }
        }
    }
    if let Some(rest) = upper.strip_prefix("DIGIT ") {
        if let Some(d) = DIGITS.iter().position(|&n| n == rest) {
            return Some('0' as u32 + d as u32);
        }
    }
    for (case, base) in [
        ("GREEK SMALL LETTER ", 0x3b1),
        ("GREEK CAPITAL LETTER ", 0x391),
    ] {
        if let Some(rest) = upper.strip_prefix(case) {
            if rest == "FINAL SIGMA" && base == 0x3b1 {
                return Some(0x3c2);
            }
            let rest = if rest == "LAMBDA" { "LAMDA" } else { rest };
            if let Some(k) = GREEK.iter().position(|&n| n == rest) {
                // The code point after RHO is final sigma (small) or unassigned (capital).
                let skip = if k >= 17 { 1 } else { 0 };
                return Some(base + k as u32 + skip);
            }
        }
    }
    Some(match upper {
        "SPACE" => 0x0020,
        "NO-BREAK SPACE" => 0x00A0,
        "EN SPACE" => 0x2002,
        "EM SPACE" => 0x2003,
        "THIN SPACE" => 0x2009,
        "ZERO WIDTH SPACE" => 0x200B,
        "ZERO WIDTH NON-JOINER" => 0x200C,
        "ZERO WIDTH JOINER" => 0x200D,
        "BYTE ORDER MARK" | "ZERO WIDTH NO-BREAK SPACE" => 0xFEFF,
        "LINE FEED" | "NEW LINE" => 0x000A,
        "CARRIAGE RETURN" => 0x000D,
        "CHARACTER TABULATION" | "TAB" => 0x0009,
        "NULL" => 0x0000,
        "ESCAPE" => 0x001B,
        "DELETE" => 0x007F,
        "BELL" => 0x1F514,
        "BACKSPACE" => 0x0008,
        "FORM FEED" => 0x000C,
        "EXCLAMATION MARK" => 0x0021,
        "QUOTATION MARK" => 0x0022,
        "NUMBER SIGN" => 0x0023,
        "DOLLAR SIGN" => 0x0024,
        "PERCENT SIGN" => 0x0025,
        "AMPERSAND" => 0x0026,
        "APOSTROPHE" => 0x0027,
        "LEFT PARENTHESIS" => 0x0028,
        "RIGHT PARENTHESIS" => 0x0029,
        "ASTERISK" => 0x002A,
        "PLUS SIGN" => 0x002B,
        "COMMA" => 0x002C,
        "HYPHEN-MINUS" => 0x002D,
        "FULL STOP" => 0x002E,
        "SOLIDUS" => 0x002F,
        "COLON" => 0x003A,
        "SEMICOLON" => 0x003B,
        "LESS-THAN SIGN" => 0x003C,
        "EQUALS SIGN" => 0x003D,
        "GREATER-THAN SIGN" => 0x003E,
        "QUESTION MARK" => 0x003F,
        "COMMERCIAL AT" => 0x0040,
        "LEFT SQUARE BRACKET" => 0x005B,
        "REVERSE SOLIDUS" => 0x005C,
        "RIGHT SQUARE BRACKET" => 0x005D,
        "CIRCUMFLEX ACCENT" => 0x005E,
        "LOW LINE" => 0x005F,
        "GRAVE ACCENT" => 0x0060,
        "LEFT CURLY BRACKET" => 0x007B,
        "VERTICAL LINE" => 0x007C,
        "RIGHT CURLY BRACKET" => 0x007D,
        "TILDE" => 0x007E,
        "INVERTED EXCLAMATION MARK" => 0x00A1,
        "CENT SIGN" => 0x00A2,
        "POUND SIGN" => 0x00A3,
        "CURRENCY SIGN" => 0x00A4,
        "YEN SIGN" => 0x00A5,
        "BROKEN BAR" => 0x00A6,
        "SECTION SIGN" => 0x00A7,
        "DIAERESIS" => 0x00A8,
        "COPYRIGHT SIGN" => 0x00A9,
        "LEFT-POINTING DOUBLE ANGLE QUOTATION MARK" => 0x00AB,
        "NOT SIGN" => 0x00AC,
        "SOFT HYPHEN" => 0x00AD,
        "REGISTERED SIGN" => 0x00AE,
        "MACRON" => 0x00AF,
        "DEGREE SIGN" => 0x00B0,
        "PLUS-MINUS SIGN" => 0x00B1,
        "SUPERSCRIPT TWO" => 0x00B2,
        "SUPERSCRIPT THREE" => 0x00B3,
        "ACUTE ACCENT" => 0x00B4,
        "MICRO SIGN" => 0x00B5,
        "PILCROW SIGN" => 0x00B6,
        "MIDDLE DOT" => 0x00B7,
        "SUPERSCRIPT ONE" => 0x00B9,
        "RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK" => 0x00BB,
        "VULGAR FRACTION ONE QUARTER" => 0x00BC,
        "VULGAR FRACTION ONE HALF" => 0x00BD,
        "VULGAR FRACTION THREE QUARTERS" => 0x00BE,
        "INVERTED QUESTION MARK" => 0x00BF,
        "MULTIPLICATION SIGN" => 0x00D7,
        "DIVISION SIGN" => 0x00F7,
        "LATIN SMALL LETTER SHARP S" => 0x00DF,
        "LATIN CAPITAL LETTER A WITH GRAVE" => 0x00C0,
        "LATIN CAPITAL LETTER A WITH ACUTE" => 0x00C1,
        "LATIN CAPITAL LETTER A WITH DIAERESIS" => 0x00C4,
        "LATIN CAPITAL LETTER E WITH ACUTE" => 0x00C9,
        "LATIN CAPITAL LETTER O WITH DIAERESIS" => 0x00D6,
        "LATIN CAPITAL LETTER U WITH DIAERESIS" => 0x00DC,
        "LATIN CAPITAL LETTER N WITH TILDE" => 0x00D1,
        "LATIN CAPITAL LETTER C WITH CEDILLA" => 0x00C7,
        "LATIN SMALL LETTER A WITH GRAVE" => 0x00E0,
        "LATIN SMALL LETTER A WITH ACUTE" => 0x00E1,
        "LATIN SMALL LETTER A WITH CIRCUMFLEX" => 0x00E2,
        "LATIN SMALL LETTER A WITH DIAERESIS" => 0x00E4,
        "LATIN SMALL LETTER A WITH RING ABOVE" => 0x00E5,
        "LATIN SMALL LETTER AE" => 0x00E6,
        "LATIN SMALL LETTER C WITH CEDILLA" => 0x00E7,
        "LATIN SMALL LETTER E WITH GRAVE" => 0x00E8,
        "LATIN SMALL LETTER E WITH ACUTE" => 0x00E9,
        "LATIN SMALL LETTER E WITH CIRCUMFLEX" => 0x00EA,
        "LATIN SMALL LETTER E WITH DIAERESIS" => 0x00EB,
        "LATIN SMALL LETTER I WITH ACUTE" => 0x00ED,
        "LATIN SMALL LETTER I WITH DIAERESIS" => 0x00EF,
        "LATIN SMALL LETTER N WITH TILDE" => 0x00F1,
        "LATIN SMALL LETTER O WITH ACUTE" => 0x00F3,
        "LATIN SMALL LETTER O WITH DIAERESIS" => 0x00F6,
        "LATIN SMALL LETTER O WITH STROKE" => 0x00F8,
        "LATIN SMALL LETTER U WITH ACUTE" => 0x00FA,
        "LATIN SMALL LETTER U WITH DIAERESIS" => 0x00FC,
        "EN DASH" => 0x2013,
        "EM DASH" => 0x2014,
        "HORIZONTAL BAR" => 0x2015,
        "LEFT SINGLE QUOTATION MARK" => 0x2018,
        "RIGHT SINGLE QUOTATION MARK" => 0x2019,
        "LEFT DOUBLE QUOTATION MARK" => 0x201C,
        "RIGHT DOUBLE QUOTATION MARK" => 0x201D,
        "DAGGER" => 0x2020,
        "DOUBLE DAGGER" => 0x2021,
        "BULLET" => 0x2022,
        "HORIZONTAL ELLIPSIS" => 0x2026,
        "PER MILLE SIGN" => 0x2030,
        "PRIME" => 0x2032,
        "DOUBLE PRIME" => 0x2033,
        "EURO SIGN" => 0x20AC,
        "TRADE MARK SIGN" => 0x2122,
        "LEFTWARDS ARROW" => 0x2190,
        "UPWARDS ARROW" => 0x2191,
        "RIGHTWARDS ARROW" => 0x2192,
        "DOWNWARDS ARROW" => 0x2193,
        "LEFT RIGHT ARROW" => 0x2194,
        "RIGHTWARDS DOUBLE ARROW" => 0x21D2,
        "FOR ALL" => 0x2200,
        "PARTIAL DIFFERENTIAL" => 0x2202,
        "THERE EXISTS" => 0x2203,
        "EMPTY SET" => 0x2205,
        "NABLA" => 0x2207,
        "ELEMENT OF" => 0x2208,
        "NOT AN ELEMENT OF" => 0x2209,
        "N-ARY PRODUCT" => 0x220F,
        "N-ARY SUMMATION" => 0x2211,
        "MINUS SIGN" => 0x2212,
        "SQUARE ROOT" => 0x221A,
        "INFINITY" => 0x221E,
        "LOGICAL AND" => 0x2227,
        "LOGICAL OR" => 0x2228,
        "INTERSECTION" => 0x2229,
        "UNION" => 0x222A,
        "INTEGRAL" => 0x222B,
        "ALMOST EQUAL TO" => 0x2248,
        "NOT EQUAL TO" => 0x2260,
        "IDENTICAL TO" => 0x2261,
        "LESS-THAN OR EQUAL TO" => 0x2264,
        "GREATER-THAN OR EQUAL TO" => 0x2265,
        "BOX DRAWINGS LIGHT HORIZONTAL" => 0x2500,
        "BOX DRAWINGS LIGHT VERTICAL" => 0x2502,
        "BOX DRAWINGS LIGHT DOWN AND RIGHT" => 0x250C,
        "BOX DRAWINGS LIGHT DOWN AND LEFT" => 0x2510,
        "BOX DRAWINGS LIGHT UP AND RIGHT" => 0x2514,
        "BOX DRAWINGS LIGHT UP AND LEFT" => 0x2518,
        "BOX DRAWINGS LIGHT VERTICAL AND RIGHT" => 0x251C,
        "BOX DRAWINGS LIGHT VERTICAL AND LEFT" => 0x2524,
        "BOX DRAWINGS LIGHT DOWN AND HORIZONTAL" => 0x252C,
        "BOX DRAWINGS LIGHT UP AND HORIZONTAL" => 0x2534,
        "BOX DRAWINGS LIGHT VERTICAL AND HORIZONTAL" => 0x253C,
        "BOX DRAWINGS DOUBLE HORIZONTAL" => 0x2550,
        "BOX DRAWINGS DOUBLE VERTICAL" => 0x2551,
        "UPPER HALF BLOCK" => 0x2580,
        "LOWER HALF BLOCK" => 0x2584,
        "FULL BLOCK" => 0x2588,
        "LIGHT SHADE" => 0x2591,
        "MEDIUM SHADE" => 0x2592,
        "DARK SHADE" => 0x2593,
        "BLACK SQUARE" => 0x25A0,
        "WHITE SQUARE" => 0x25A1,
        "BLACK UP-POINTING TRIANGLE" => 0x25B2,
        "BLACK DOWN-POINTING TRIANGLE" => 0x25BC,
        "BLACK CIRCLE" => 0x25CF,
        "WHITE CIRCLE" => 0x25CB,
        "BLACK STAR" => 0x2605,
        "WHITE STAR" => 0x2606,
        "BLACK SPADE SUIT" => 0x2660,
        "BLACK CLUB SUIT" => 0x2663,
        "BLACK HEART SUIT" => 0x2665,
        "BLACK DIAMOND SUIT" => 0x2666,
        "WHITE HEART SUIT" => 0x2661,
        "SNOWMAN" => 0x2603,
        "BLACK SUN WITH RAYS" => 0x2600,
        "WHITE SMILING FACE" => 0x263A,
        "CHECK MARK" => 0x2713,
        "HEAVY CHECK MARK" => 0x2714,
        "BALLOT X" => 0x2717,
        "MULTIPLICATION X" => 0x2715,
        "HEAVY BLACK HEART" => 0x2764,
        "REPLACEMENT CHARACTER" => 0xFFFD,
        "GRINNING FACE" => 0x1F600,
        "SMILING FACE WITH SMILING EYES" => 0x1F60A,
        "FACE WITH TEARS OF JOY" => 0x1F602,
        "THUMBS UP SIGN" => 0x1F44D,
        "PILE OF POO" => 0x1F4A9,
        "SNAKE" => 0x1F40D,
        "FIRE" => 0x1F525,
        "ROCKET" => 0x1F680,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::{expr, parse_err, parse_ok};
    use crate::ast::{ExprKind, FStringPart, StmtKind};
    use crate::diagnostics::Diagnostic;
    use crate::lexer::{tokenize, TokenKind};
    use crate::span::Span;

    fn lex_err(src: &str) -> Diagnostic {
        tokenize(src).1.expect("expected a lexical error")
    }

    fn kinds(src: &str) -> Vec<TokenKind> {
        let (toks, err) = tokenize(src);
        assert!(err.is_none(), "{err:?}");
        toks.into_iter().map(|t| t.kind).collect()
    }

    #[test]
    fn string_prefixes() {
        let k = kinds("r'a' B\"b\" bR'''c''' Rb\"\"\"d\"\"\" f'e' rF'g' Fr\"h\" u'i'\n");
        let flags: Vec<(bool, bool, bool)> = k
            .iter()
            .filter_map(|k| match k {
                TokenKind::Str(s) => Some((s.raw, s.bytes, s.fstring)),
                _ => None,
            })
            .collect();
        assert_eq!(
            flags,
            vec![
                (true, false, false),
                (false, true, false),
                (true, true, false),
                (true, true, false),
                (false, false, true),
                (true, false, true),
                (true, false, true),
                (false, false, false),
            ]
        );
    }

    #[test]
    fn unterminated_strings() {
        let e = lex_err("x = 1\ny = 'abc\n");
        assert_eq!(
            e.message,
            "unterminated string literal (detected at line 2)"
        );
        assert_eq!(e.span, Span::new(10, 11));
        let e = lex_err("x = '''abc\n\n");
        assert_eq!(
            e.message,
            "unterminated triple-quoted string literal (detected at line 2)"
        );
    }

    fn string(src: &str) -> String {
        let m = parse_ok(src);
        match &m.body[0].kind {
            StmtKind::Expr(e) => match &e.kind {
                ExprKind::Str(s) => s.clone(),
                other => panic!("not a str: {other:?}"),
            },
            other => panic!("not an expression: {other:?}"),
        }
    }

    fn bytes(src: &str) -> Vec<u8> {
        let m = parse_ok(src);
        match &m.body[0].kind {
            StmtKind::Expr(e) => match &e.kind {
                ExprKind::Bytes(b) => b.clone(),
                other => panic!("not bytes: {other:?}"),
            },
            other => panic!("not an expression: {other:?}"),
        }
    }

    #[test]
    fn escapes() {
        assert_eq!(
            string(r#""\n\t\\\'\"\a\b\f\v\r\0""#),
            "\n\t\\'\"\x07\x08\x0c\x0b\r\0"
        );
        assert_eq!(string(r#""\101\7\x41\u00e9\U0001F600""#), "A\x07Aé😀");
        assert_eq!(
            string(r#""\N{BULLET}\N{greek small letter alpha}\N{LATIN CAPITAL LETTER Q}""#),
            "•αQ"
        );
        assert_eq!(string(r#""\d\q""#), "\\d\\q");
        assert_eq!(string("'a\\\nb'"), "ab");
        assert_eq!(string(r#"r"\n\"" "#), "\\n\\\"");
        assert_eq!(string("'''a\r\nb'''"), "a\nb");
        assert_eq!(string(r#"u'x' "y" 'z'"#), "xyz");
        assert_eq!(string("'''it's\n\"quoted\"'''"), "it's\n\"quoted\"");
        assert_eq!(
            bytes(r#"b"\x00\xff\n\777\u1234""#),
            b"\x00\xff\n\xff\\u1234"
        );
        assert_eq!(bytes(r#"rb"\x00" B'a'"#), b"\\x00a");
    }

    #[test]
    fn escape_errors() {
        let e = parse_err(r#"x = "\x4""#);
        assert!(
            e.message.contains("truncated \\xXX escape"),
            "{}",
            e.message
        );
        assert_eq!(e.span, Span::new(5, 8));
        let e = parse_err(r#"x = "\N{NO SUCH NAME}""#);
        assert!(e.message.ends_with("unknown Unicode character name"));
        assert!(parse_err(r#""\U00110000""#)
            .message
            .ends_with("illegal Unicode character"));
        // Lone surrogates are stored as `alrt_abi::text` says; the code
        // points that store them cannot be written.
        assert!(parse_err(r#""\U0010d800""#)
            .message
            .starts_with("not supported yet: code point U+10D800"));
        assert!(parse_err("\"\u{10DFFF}\"")
            .message
            .starts_with("not supported yet"));
    }

    #[test]
    fn fstrings() {
        assert_eq!(expr("f'a{b}c'"), r#"(f "a" {b} "c")"#);
        assert_eq!(expr("f'{{x}}'"), r#"(f "{x}")"#);
        assert_eq!(expr("f''"), "(f )");
        assert_eq!(
            expr("f'{a!r} {b!s} {c!a}'"),
            r#"(f {a !r} " " {b !s} " " {c !a})"#
        );
        assert_eq!(expr("f'{x:>10}'"), r#"(f {x :(f ">10")})"#);
        assert_eq!(expr("f'{x:{w}.{p}f}'"), r#"(f {x :(f {w} "." {p} "f")})"#);
        assert_eq!(expr("f'{x!r:^{w}}'"), r#"(f {x !r :(f "^" {w})})"#);
        assert_eq!(expr("f'{x=}'"), r#"(f {x ="x=" !r})"#);
        assert_eq!(expr("f'{x = }'"), r#"(f {x ="x = " !r})"#);
        assert_eq!(expr("f'{x=!s}'"), r#"(f {x ="x=" !s})"#);
        assert_eq!(expr("f'{x=:>5}'"), r#"(f {x ="x=" :(f ">5")})"#);
        assert_eq!(expr("f'{a == b}'"), "(f {(cmp a Eq b)})");
        assert_eq!(expr("f'{a != b!r}'"), "(f {(cmp a NotEq b) !r})");
        assert_eq!(expr(r#"f'{d["k"]}'"#), r#"(f {([] d "k")})"#);
        assert_eq!(expr("f'{ {1: 2}[1] }'"), "(f {([] {1:2} 1)})");
        assert_eq!(expr("f'{a, b}'"), "(f {(tuple a b)})");
        assert_eq!(expr("f'{(lambda: 1)()}'"), "(f {(call (lambda [] 1))})");
        assert_eq!(expr("'a' f'{b}' 'c'"), r#"(f "a" {b} "c")"#);
        assert_eq!(expr(r"f'\n{a}\t'"), r#"(f "\n" {a} "\t")"#);
        assert_eq!(expr(r"rf'\{a}'"), r#"(f "\\" {a})"#);
        assert_eq!(expr(r"f'\N{BULLET} {a}'"), r#"(f "• " {a})"#);
        assert_eq!(expr("f'''{\na\n}'''"), "(f {a})");
        assert_eq!(expr(r#"f"{f'{x}'}""#), "(f {(f {x})})");
    }

    #[test]
    fn fstring_expression_spans_are_real_offsets() {
        let src = "x = f'ab{foo + 1}'";
        let m = parse_ok(src);
        let StmtKind::Assign { value, .. } = &m.body[0].kind else {
            panic!("not an assignment")
        };
        let ExprKind::FString(parts) = &value.kind else {
            panic!("not an f-string")
        };
        let FStringPart::Value { value: inner, .. } = &parts[1] else {
            panic!("not a field")
        };
        assert_eq!(
            &src[inner.span.start as usize..inner.span.end as usize],
            "foo + 1"
        );
        let e = parse_err("y = 1\nx = f'{a + }'\n");
        assert_eq!(e.message, "f-string: invalid syntax");
        assert_eq!(e.span, Span::new(17, 17));
    }

    #[test]
    fn fstring_errors() {
        let cases = [
            ("f'{}'", "f-string: empty expression not allowed"),
            ("f'{ }'", "f-string: empty expression not allowed"),
            ("f'{a'", "f-string: expecting '}'"),
            (
                "f'{a!}'",
                "f-string: invalid conversion character: expected 's', 'r', or 'a'",
            ),
            ("f'{a!rr}'", "f-string: expecting '}'"),
            ("f'}'", "f-string: single '}' is not allowed"),
            ("f'{a:{b:{c}}}'", "f-string: expressions nested too deeply"),
            ("f'{a)}'", "f-string: unmatched ')'"),
            ("f'{*a}'", "f-string: can't use starred expression here"),
            ("f'{a#}'", "f-string expression part cannot include '#'"),
            (
                "f'{a\\n}'",
                "f-string expression part cannot include a backslash",
            ),
        ];
        for (src, msg) in cases {
            assert_eq!(parse_err(src).message, msg, "{src}");
        }
    }
}
