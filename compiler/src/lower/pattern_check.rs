//! The SyntaxErrors CPython 3.11's compiler (not its parser) raises for
//! `case` patterns, with its messages and positions, and the names a
//! pattern binds in the order CPython stores them.
//!
//! This mirrors `compiler_pattern` and its helpers in CPython's
//! `Python/compile.c`: the same traversal (which sub-patterns it visits and
//! in what order), the same checks, and the same error position, which is
//! the pattern it visited last (`SET_LOC` is never restored after a
//! sub-pattern, so an error raised after visiting sub-patterns, such as a
//! repeated `as` name, points at the last one visited).

use crate::ast::{BinOp, Expr, ExprKind, Ident, Pattern, PatternKind, UnaryOp};
use crate::diagnostics::Diagnostic;
use crate::span::Span;
use dashu_int::UBig;

/// Checks the pattern of one case and returns the names it binds, in the
/// order CPython stores them after a match. `allow_irrefutable` is CPython's:
/// the case has a guard or is the last case.
pub fn check_case(p: &Pattern, allow_irrefutable: bool) -> Result<Vec<String>, Diagnostic> {
    let mut c = Checker {
        loc: p.span,
        stores: Vec::new(),
        allow_irrefutable,
    };
    c.pattern(p)?;
    Ok(c.stores)
}

/// A wildcard `_` (no sub-pattern, no name).
pub fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        p.kind,
        PatternKind::As {
            pattern: None,
            name: None
        }
    )
}

/// The state CPython's `pattern_context` keeps for these checks.
struct Checker {
    /// The pattern visited last: where an error is reported.
    loc: Span,
    /// Names bound so far, in store order.
    stores: Vec<String>,
    /// Whether an irrefutable pattern is allowed here.
    allow_irrefutable: bool,
}

type CResult = Result<(), Diagnostic>;

impl Checker {
    fn error(&self, msg: impl Into<String>) -> CResult {
        Err(Diagnostic::error(msg, self.loc))
    }

    fn pattern(&mut self, p: &Pattern) -> CResult {
        self.loc = p.span;
        match &p.kind {
            PatternKind::Value(e) => {
                if matches!(e.kind, ExprKind::FString(_)) {
                    return self.error("patterns may only match literals and attribute lookups");
                }
                Ok(())
            }
            PatternKind::Singleton(_) => Ok(()),
            PatternKind::Sequence(items) => self.sequence(items),
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                let mut seen: Vec<Key> = Vec::new();
                for k in keys {
                    match key_value(k) {
                        KeyKind::Const(Some(v)) => {
                            if seen.iter().any(|s| s.same(&v)) {
                                let msg =
                                    format!("mapping pattern checks duplicate key ({})", v.repr());
                                return self.error(msg);
                            }
                            seen.push(v);
                        }
                        KeyKind::Const(None) => {
                            // A complex key whose real part is an int too big
                            // for a float.
                            return Err(Diagnostic::unsupported("complex numbers", k.span));
                        }
                        KeyKind::Attribute => {}
                        KeyKind::Other => return self.error(
                            "mapping pattern keys may only match literals and attribute lookups",
                        ),
                    }
                }
                for q in patterns {
                    self.subpattern(q)?;
                }
                self.store(rest.as_ref())
            }
            PatternKind::Class {
                patterns,
                kwd_attrs,
                kwd_patterns,
                ..
            } => {
                let kwds: Vec<(&Ident, &Pattern)> = kwd_attrs.iter().zip(kwd_patterns).collect();
                for (i, (attr, q)) in kwds.iter().enumerate() {
                    self.loc = q.span;
                    if attr.name == "__debug__" {
                        return self.error("cannot assign to __debug__");
                    }
                    if let Some((_, again)) =
                        kwds[i + 1..].iter().find(|(a, _)| a.name == attr.name)
                    {
                        self.loc = again.span;
                        let msg =
                            format!("attribute name repeated in class pattern: {}", attr.name);
                        return self.error(msg);
                    }
                }
                if !kwd_attrs.is_empty() {
                    self.loc = p.span;
                }
                for q in patterns.iter().chain(kwd_patterns) {
                    if !is_wildcard(q) {
                        self.subpattern(q)?;
                    }
                }
                Ok(())
            }
            PatternKind::Star(name) => self.store(name.as_ref()),
            PatternKind::As {
                pattern: None,
                name,
            } => {
                if !self.allow_irrefutable {
                    return match name {
                        Some(n) => self.error(format!(
                            "name capture '{}' makes remaining patterns unreachable",
                            n.name
                        )),
                        None => self.error("wildcard makes remaining patterns unreachable"),
                    };
                }
                self.store(name.as_ref())
            }
            PatternKind::As {
                pattern: Some(inner),
                name,
            } => {
                self.pattern(inner)?;
                self.store(name.as_ref())
            }
            PatternKind::Or(alts) => self.or(alts),
        }
    }

    /// A sub-pattern of a sequence, mapping or class pattern: irrefutable
    /// patterns are fine there.
    fn subpattern(&mut self, p: &Pattern) -> CResult {
        let saved = self.allow_irrefutable;
        self.allow_irrefutable = true;
        self.pattern(p)?;
        self.allow_irrefutable = saved;
        Ok(())
    }

    fn sequence(&mut self, items: &[Pattern]) -> CResult {
        let mut star = None;
        for (i, q) in items.iter().enumerate() {
            if let PatternKind::Star(_) = q.kind {
                if star.is_some() {
                    return self.error("multiple starred names in sequence pattern");
                }
                star = Some(i);
            }
        }
        let star_wildcard = star.is_some_and(|s| matches!(items[s].kind, PatternKind::Star(None)));
        let only_wildcard = items
            .iter()
            .all(|q| is_wildcard(q) || matches!(q.kind, PatternKind::Star(None)));
        if only_wildcard {
            // Nothing is visited: a length check is all the code there is.
            return Ok(());
        }
        for (i, q) in items.iter().enumerate() {
            // Indexing by subscript (a `*_`) skips the wildcards.
            if star_wildcard && (Some(i) == star || is_wildcard(q)) {
                continue;
            }
            self.subpattern(q)?;
        }
        Ok(())
    }

    fn or(&mut self, alts: &[Pattern]) -> CResult {
        let outer_stores = std::mem::take(&mut self.stores);
        let outer_allow = self.allow_irrefutable;
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in alts.iter().enumerate() {
            self.loc = alt.span;
            self.stores = Vec::new();
            // An irrefutable alternative must be the last one, if allowed at all.
            self.allow_irrefutable = i == alts.len() - 1 && outer_allow;
            self.pattern(alt)?;
            match &control {
                None => control = Some(self.stores.clone()),
                Some(c) => {
                    let same =
                        c.len() == self.stores.len() && c.iter().all(|n| self.stores.contains(n));
                    if !same {
                        return self.error("alternative patterns bind different names");
                    }
                }
            }
        }
        self.stores = outer_stores;
        self.allow_irrefutable = outer_allow;
        for name in control.unwrap_or_default() {
            if self.stores.contains(&name) {
                return self.error(format!("multiple assignments to name '{name}' in pattern"));
            }
            self.stores.push(name);
        }
        Ok(())
    }

    /// CPython's `pattern_helper_store_name`.
    fn store(&mut self, name: Option<&Ident>) -> CResult {
        let Some(n) = name else {
            return Ok(());
        };
        if n.name == "__debug__" {
            return self.error("cannot assign to __debug__");
        }
        if self.stores.contains(&n.name) {
            return self.error(format!(
                "multiple assignments to name '{}' in pattern",
                n.name
            ));
        }
        self.stores.push(n.name.clone());
        Ok(())
    }
}

/// What a mapping-pattern key is, after CPython's constant folding.
enum KeyKind {
    /// A constant (`None` for bytes constants).
    Const(Option<Key>),
    /// A dotted name (a value pattern).
    Attribute,
    /// Anything else (an f-string).
    Other,
}

/// A constant key, compared as the set of seen keys compares them
/// (`1`, `1.0` and `True` are one key).
#[derive(Debug, Clone)]
enum Key {
    /// An int (or bool) as sign and magnitude, with its repr.
    Int(bool, UBig, String),
    Float(f64),
    /// A complex constant (`1j`, `-1 + 2j`) as its real and imaginary parts.
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    None,
}

impl Key {
    fn same(&self, other: &Key) -> bool {
        match (self, other) {
            (Key::Int(na, a, _), Key::Int(nb, b, _)) => a == b && (na == nb || *a == UBig::ZERO),
            (Key::Float(a), Key::Float(b)) => a == b,
            (Key::Int(neg, mag, _), Key::Float(f)) | (Key::Float(f), Key::Int(neg, mag, _)) => {
                float_equals_int(*f, *neg, mag)
            }
            (Key::Complex(ra, ia), Key::Complex(rb, ib)) => ra == rb && ia == ib,
            (Key::Complex(re, im), other) | (other, Key::Complex(re, im)) => {
                *im == 0.0 && Key::Float(*re).same(other)
            }
            (Key::Str(a), Key::Str(b)) => a == b,
            (Key::Bytes(a), Key::Bytes(b)) => a == b,
            (Key::None, Key::None) => true,
            _ => false,
        }
    }

    /// Python's `repr` of the key.
    fn repr(&self) -> String {
        match self {
            Key::Int(_, _, r) => r.clone(),
            Key::Float(f) => float_repr(*f),
            Key::Complex(re, im) => complex_repr(*re, *im),
            Key::Str(s) => str_repr(s),
            Key::Bytes(b) => bytes_repr(b),
            Key::None => "None".to_string(),
        }
    }
}

fn key_value(e: &Expr) -> KeyKind {
    match &e.kind {
        ExprKind::Attribute { .. } => KeyKind::Attribute,
        ExprKind::FString(_) => KeyKind::Other,
        ExprKind::Str(s) => KeyKind::Const(Some(Key::Str(s.clone()))),
        ExprKind::Bytes(b) => KeyKind::Const(Some(Key::Bytes(b.clone()))),
        ExprKind::None => KeyKind::Const(Some(Key::None)),
        ExprKind::True => KeyKind::Const(Some(Key::Int(false, UBig::ONE, "True".into()))),
        ExprKind::False => KeyKind::Const(Some(Key::Int(false, UBig::ZERO, "False".into()))),
        _ => KeyKind::Const(number(e, false)),
    }
}

/// A number literal, possibly negated (the parser's only other key forms).
fn number(e: &Expr, neg: bool) -> Option<Key> {
    match &e.kind {
        ExprKind::Int(lit) => {
            let zero = lit.0 == UBig::ZERO;
            let repr = if neg && !zero {
                format!("-{lit}")
            } else {
                lit.to_string()
            };
            Some(Key::Int(neg && !zero, lit.0.clone(), repr))
        }
        ExprKind::Float(f) => Some(Key::Float(if neg { -f } else { *f })),
        // `-2j` folds to complex(-0.0, -2.0), as CPython negates (0.0, 2.0).
        ExprKind::Imag(f) => Some(if neg {
            Key::Complex(-0.0, -f)
        } else {
            Key::Complex(0.0, *f)
        }),
        // `re ± imj`: the real number converted to complex(re, 0.0), then
        // added to or subtracted from complex(0.0, im) part by part.
        ExprKind::BinOp { left, op, right } if !neg => {
            let ExprKind::Imag(im) = right.kind else {
                return None;
            };
            let re = match number(left, false)? {
                Key::Int(neg, mag, _) => {
                    let x: f64 = mag.to_f64().value();
                    if !x.is_finite() {
                        return None;
                    }
                    if neg {
                        -x
                    } else {
                        x
                    }
                }
                Key::Float(f) => f,
                _ => return None,
            };
            match op {
                BinOp::Add => Some(Key::Complex(re + 0.0, 0.0 + im)),
                BinOp::Sub => Some(Key::Complex(re - 0.0, 0.0 - im)),
                _ => None,
            }
        }
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } if !neg => number(operand, true),
        _ => None,
    }
}

/// Whether the float `f` equals the int `-mag` (if `neg`) or `mag`.
fn float_equals_int(f: f64, neg: bool, mag: &UBig) -> bool {
    if !f.is_finite() || f.fract() != 0.0 {
        return false;
    }
    if f == 0.0 {
        return *mag == UBig::ZERO;
    }
    if (f < 0.0) != neg {
        return false;
    }
    // An integral float is exactly representable as a big int.
    let text = format!("{:.0}", f.abs());
    text.parse::<UBig>().is_ok_and(|m| m == *mag)
}

/// CPython's `repr(float)`: the shortest round-trip digits, in fixed
/// notation for exponents -4..16 and scientific otherwise.
fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".to_string();
    }
    if f.is_infinite() {
        return if f < 0.0 { "-inf" } else { "inf" }.to_string();
    }
    let sci = format!("{:e}", f.abs());
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let sign = if f.is_sign_negative() { "-" } else { "" };
    let decpt = exp + 1;
    let n = digits.len() as i32;
    let body = if (-3..=16).contains(&decpt) {
        if decpt <= 0 {
            format!("0.{}{}", "0".repeat((-decpt) as usize), digits)
        } else if decpt >= n {
            format!("{}{}.0", digits, "0".repeat((decpt - n) as usize))
        } else {
            let (a, b) = digits.split_at(decpt as usize);
            format!("{a}.{b}")
        }
    } else {
        let (a, b) = digits.split_at(1);
        let frac = if b.is_empty() {
            String::new()
        } else {
            format!(".{b}")
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{a}{frac}e{esign}{:02}", exp.abs())
    };
    format!("{sign}{body}")
}

/// CPython's `repr(complex)`: `2j` when the real part is +0.0, else
/// `(re±imj)`, each part without a trailing `.0`.
fn complex_repr(re: f64, im: f64) -> String {
    let part = |x: f64| {
        let r = float_repr(x);
        r.strip_suffix(".0").map(str::to_string).unwrap_or(r)
    };
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", part(im));
    }
    let im_text = part(im);
    let sign = if im_text.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{im_text}j)", part(re))
}

/// CPython's `repr(str)` for the common cases: quote choice and escapes
/// of backslashes, quotes and control characters.
/// Python's `repr` of a bytes constant.
fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::from("b");
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || (0x7f..0xa0).contains(&(c as u32)) => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ast::StmtKind;
    use crate::parser::parse;
    use crate::span::SourceFile;

    /// Checks every case of the match statement in `src` in order, as
    /// lowering does; returns the first error as (message, line, column).
    fn check(src: &str) -> Result<Vec<Vec<String>>, (String, usize, usize)> {
        let file = SourceFile::new("t.al", src);
        let m = parse(&file).expect("parses");
        let StmtKind::Match { cases, .. } = &m.body[0].kind else {
            panic!("not a match statement")
        };
        let mut out = Vec::new();
        for (i, c) in cases.iter().enumerate() {
            let allow = c.guard.is_some() || i == cases.len() - 1;
            match check_case(&c.pattern, allow) {
                Ok(names) => out.push(names),
                Err(d) => {
                    let (line, col) = file.line_col(d.span.start);
                    return Err((d.message, line, col));
                }
            }
        }
        Ok(out)
    }

    fn err(case_lines: &str) -> (String, usize, usize) {
        let src = format!("match x:\n{case_lines}");
        check(&src).expect_err("an error")
    }

    fn case(p: &str) -> String {
        format!("    case {p}:\n        pass\n")
    }

    // Expected messages and positions are CPython 3.11's (`compile()`).
    #[test]
    fn complex_keys_fold_and_print_as_cpython() {
        assert_eq!(complex_repr(0.0, 1.0), "1j");
        assert_eq!(complex_repr(-0.0, -1.0), "(-0-1j)");
        assert_eq!(complex_repr(1.5, 0.0), "(1.5+0j)");
        assert_eq!(complex_repr(0.0, 1e16), "1e+16j");
        assert!(Key::Complex(0.0, 0.0).same(&Key::Int(false, UBig::ZERO, "0".into())));
        assert!(Key::Float(2.5).same(&Key::Complex(2.5, 0.0)));
        assert!(!Key::Complex(2.5, 1.0).same(&Key::Float(2.5)));
    }

    #[test]
    fn cpython_errors_and_positions() {
        let e = |m: &str, l, c| (m.to_string(), l, c);
        let dup = |n: &str| format!("multiple assignments to name '{n}' in pattern");
        assert_eq!(err(&case("[a, a]")), e(&dup("a"), 2, 14));
        assert_eq!(err(&case("[a, b] as a")), e(&dup("a"), 2, 14));
        assert_eq!(err(&case("[a, *a]")), e(&dup("a"), 2, 14));
        assert_eq!(err(&case("{'k': a, **a}")), e(&dup("a"), 2, 16));
        assert_eq!(err(&case("C(a, b=a)")), e(&dup("a"), 2, 17));
        assert_eq!(err(&case("[a, [b, a]]")), e(&dup("a"), 2, 18));
        let unreach = |n: &str| format!("name capture '{n}' makes remaining patterns unreachable");
        assert_eq!(err(&case("[a, (a | a)]")), e(&unreach("a"), 2, 15));
        assert_eq!(err(&(case("y") + &case("1"))), e(&unreach("y"), 2, 10));
        assert_eq!(err(&case("y | 1")), e(&unreach("y"), 2, 10));
        assert_eq!(
            err(&(case("(y as z)") + &case("2"))),
            e(&unreach("y"), 2, 11)
        );
        assert_eq!(err(&case("[y | 1]")), e(&unreach("y"), 2, 11));
        assert_eq!(err(&case("(a | b)")), e(&unreach("a"), 2, 11));
        assert_eq!(err(&(case("y") + &case("[a, a]"))), e(&unreach("y"), 2, 10));
        let wild = "wildcard makes remaining patterns unreachable";
        assert_eq!(err(&(case("_") + &case("1"))), e(wild, 2, 10));
        assert_eq!(err(&case("_ | 1")), e(wild, 2, 10));
        let alt = "alternative patterns bind different names";
        assert_eq!(err(&case("[a] | [b]")), e(alt, 2, 17));
        assert_eq!(err(&case("[a] | 1")), e(alt, 2, 16));
        assert_eq!(err(&case("(1 | [a, b] | [b, c])")), e(alt, 2, 19));
        let stars = "multiple starred names in sequence pattern";
        assert_eq!(err(&case("[*a, *b]")), e(stars, 2, 10));
        assert_eq!(err(&case("[*_, *_]")), e(stars, 2, 10));
        let dupkey = |k: &str| format!("mapping pattern checks duplicate key ({k})");
        assert_eq!(err(&case("{'a': 1, 'a': 2}")), e(&dupkey("'a'"), 2, 10));
        assert_eq!(err(&case("{1: 1, True: 2}")), e(&dupkey("True"), 2, 10));
        assert_eq!(err(&case("{1: 1, 1.0: 2}")), e(&dupkey("1.0"), 2, 10));
        assert_eq!(err(&case("{-1: 1, -1: 2}")), e(&dupkey("-1"), 2, 10));
        assert_eq!(err(&case("{None: 1, None: 2}")), e(&dupkey("None"), 2, 10));
        let keys = "mapping pattern keys may only match literals and attribute lookups";
        assert_eq!(err(&case("{f'a': 1}")), e(keys, 2, 10));
        let values = "patterns may only match literals and attribute lookups";
        assert_eq!(err(&case("f'a'")), e(values, 2, 10));
        let rep = "attribute name repeated in class pattern: a";
        assert_eq!(err(&case("C(a=1, a=2)")), e(rep, 2, 19));
        let debug = "cannot assign to __debug__";
        assert_eq!(err(&case("__debug__")), e(debug, 2, 10));
        assert_eq!(err(&case("1 as __debug__")), e(debug, 2, 10));
        assert_eq!(err(&case("C(__debug__=1)")), e(debug, 2, 22));
        let two = case("[a, a]") + &case("y") + &case("2");
        assert_eq!(err(&two), e(&dup("a"), 2, 14));
    }

    #[test]
    fn valid_patterns_and_store_order() {
        let src = "match x:\n    case 1:\n        pass\n    case y if y:\n        pass\n    \
                   case [a, b] | [b, a]:\n        pass\n    case {'a': y, **r}:\n        pass\n    \
                   case C(p, q=r) as s:\n        pass\n    case [_, *_, t]:\n        pass\n    \
                   case {1: 1, -1: 2, 1.5: 3, 'a': 4, 'b': 5, None: 6, K.k: 7, K.k: 8}:\n        pass\n    \
                   case z:\n        pass\n";
        let names = check(src).expect("valid");
        let names: Vec<String> = names.iter().map(|n| n.join(",")).collect();
        assert_eq!(names, ["", "y", "a,b", "y,r", "p,r,s", "t", "", "z"]);
    }

    #[test]
    fn python_reprs() {
        assert_eq!(float_repr(1.0), "1.0");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1e15), "1000000000000000.0");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(0.00001), "1e-05");
        assert_eq!(float_repr(-2.5), "-2.5");
        assert_eq!(float_repr(1.5e300), "1.5e+300");
        assert_eq!(float_repr(-0.0), "-0.0");
        assert_eq!(str_repr("a'b"), "\"a'b\"");
        assert_eq!(str_repr("a\n\\"), "'a\\n\\\\'");
        assert!(Key::Float(0.0).same(&Key::Int(false, UBig::ZERO, "0".into())));
        assert!(Key::Float(-0.0).same(&Key::Int(false, UBig::ZERO, "0".into())));
        assert!(Key::Float(-3.0).same(&Key::Int(true, UBig::from(3u8), "-3".into())));
        assert!(!Key::Float(3.5).same(&Key::Int(false, UBig::from(3u8), "3".into())));
    }
}
