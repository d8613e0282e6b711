//! Lexer tests: token kinds, literal forms, indentation and error positions.

use super::*;

fn kinds(src: &str) -> Vec<TokenKind> {
    let (toks, err) = tokenize(src);
    assert!(err.is_none(), "{err:?}");
    toks.into_iter().map(|t| t.kind).collect()
}

fn lex_err(src: &str) -> Diagnostic {
    tokenize(src).1.expect("expected a lexical error")
}

fn int(s: &str) -> TokenKind {
    TokenKind::Int(IntLit(s.parse().expect("decimal test literal")))
}

#[test]
fn integer_literals() {
    let k = kinds("0 00 1_000 0x_ff 0o17 0b1010 0XFFFF_FFFF_FFFF_FFFF_FFFF\n");
    assert_eq!(
        &k[..7],
        &[
            int("0"),
            int("0"),
            int("1000"),
            int("255"),
            int("15"),
            int("10"),
            int("1208925819614629174706175"),
        ]
    );
}

#[test]
fn big_hex_converts_exactly() {
    assert_eq!(
        digits_value(&[1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 16)
            .map(|v| v.to_string()),
        Some("18446744073709551616".to_string())
    );
    assert_eq!(digits_value(&[], 16), Some(UBig::ZERO));
}

#[test]
fn float_and_imaginary_literals() {
    let k = kinds("1. .5 1e-5 1_000.5 2j 1.5J 1E3\n");
    assert_eq!(
        &k[..7],
        &[
            TokenKind::Float(1.0),
            TokenKind::Float(0.5),
            TokenKind::Float(1e-5),
            TokenKind::Float(1000.5),
            TokenKind::Imag(2.0),
            TokenKind::Imag(1.5),
            TokenKind::Float(1000.0),
        ]
    );
}

#[test]
fn bad_numbers() {
    assert!(lex_err("012\n").message.starts_with("leading zeros"));
    assert_eq!(lex_err("1__0\n").message, "invalid decimal literal");
    assert_eq!(lex_err("1_\n").message, "invalid decimal literal");
    assert_eq!(lex_err("0x\n").message, "invalid hexadecimal literal");
    assert_eq!(
        lex_err("0b12\n").message,
        "invalid digit '2' in binary literal"
    );
    assert_eq!(lex_err("1abc\n").message, "invalid decimal literal");
    assert!(tokenize("1if x else 2\n").1.is_none());
}

#[test]
fn indentation() {
    use TokenKind::*;
    let src = "if a:\n    if b:\n\n        # c\n        x\n  \ny\n";
    let k = kinds(src);
    let n = |s: &str| Name(s.to_string());
    assert_eq!(
        k,
        vec![
            Kw(self::Kw::If),
            n("a"),
            Op(self::Op::Colon),
            Newline,
            Indent,
            Kw(self::Kw::If),
            n("b"),
            Op(self::Op::Colon),
            Newline,
            Indent,
            n("x"),
            Newline,
            Dedent,
            Dedent,
            n("y"),
            Newline,
            Eof
        ]
    );
}

#[test]
fn eof_without_newline_closes_blocks() {
    use TokenKind::*;
    let k = kinds("if a:\n  x");
    assert_eq!(&k[k.len() - 4..], &[Name("x".into()), Newline, Dedent, Eof]);
}

#[test]
fn continuation_lines() {
    use TokenKind::*;
    let k = kinds("x = (1,\n  2)\ny = 1 + \\\n   2\n");
    assert_eq!(k.iter().filter(|k| **k == Newline).count(), 2);
    assert!(!k.contains(&Indent));
}

#[test]
fn tabs_count_to_eight() {
    assert!(tokenize("if a:\n\tx\n\ty\n").1.is_none());
    assert!(tokenize("if a:\n        x\n\ty\n").1.is_some());
    let e = lex_err("if a:\n\tx\n        y\n");
    assert_eq!(
        e.message,
        "inconsistent use of tabs and spaces in indentation"
    );
    let e = lex_err("if a:\n    x\n  y\n");
    assert_eq!(
        e.message,
        "unindent does not match any outer indentation level"
    );
}

#[test]
fn bracket_errors() {
    assert_eq!(
        lex_err("(1, 2]\n").message.split(' ').next(),
        Some("closing")
    );
    assert_eq!(lex_err("x)\n").message, "unmatched ')'");
    assert_eq!(lex_err("f(1,\n").message, "'(' was never closed");
    let deep = "(".repeat(300);
    assert_eq!(lex_err(&deep).message, "too many nested parentheses");
    assert!(lex_err("a \\ b")
        .message
        .starts_with("unexpected character"));
    assert!(lex_err("a = $").message.starts_with("invalid syntax"));
}

#[test]
fn keyword_list_matches_the_tokens() {
    for k in super::KEYWORDS {
        assert!(super::Kw::from_str(k).is_some(), "{k}");
    }
    assert_eq!(super::KEYWORDS.len(), 35);
}
