//! Parser tests through the public `parse` API, and the helpers other test
//! modules share (an S-expression printer for AST shapes).

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
        ExprKind::Int(s) => s.to_string(),
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
            1,
        ),
        ("'a' b'b'\n", "cannot mix bytes and nonbytes literals", 1, 9),
        (
            "x = (b'ab'\n   b'c\u{e9}d')\n",
            "bytes can only contain ASCII literal characters",
            2,
            4,
        ),
        ("x := 1\n", "invalid syntax", 1, 3),
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
    assert_eq!(parse_err(&src).message, "too deeply nested");
    let ladder = |n: usize| {
        let mut src = String::from("if x:\n    pass\n");
        for _ in 0..n {
            src.push_str("elif x:\n    pass\n");
        }
        src
    };
    assert!(crate::parser::parse(&SourceFile::new("t.al", ladder(2999))).is_ok());
    assert_eq!(parse_err(&ladder(3000)).message, "too many 'elif' branches");
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

#[test]
fn lambdas_and_params() {
    assert_eq!(expr("lambda x, y=1: x"), "(lambda [x y] x)");
    let m = parse_ok("def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    pass\n");
    let StmtKind::FunctionDef(f) = &m.body[0].kind else {
        panic!("not a def")
    };
    let names = |ps: &[crate::ast::Param]| {
        ps.iter()
            .map(|p| p.name.name.clone())
            .collect::<Vec<_>>()
            .join(",")
    };
    assert_eq!(names(&f.params.posonly), "a,b");
    assert_eq!(names(&f.params.args), "c");
    assert_eq!(
        f.params.vararg.as_ref().map(|p| p.name.name.as_str()),
        Some("args")
    );
    assert_eq!(names(&f.params.kwonly), "d,e");
    assert_eq!(
        f.params.kwarg.as_ref().map(|p| p.name.name.as_str()),
        Some("kw")
    );
    assert!(f.returns.is_some());
    let m = parse_ok("f = lambda *a, k, **kw: 0\ng = lambda *, k: k\n");
    assert_eq!(m.body.len(), 2);
    let m = parse_ok("def g(x: int = 3, *, y: str) -> None: return\n");
    assert_eq!(m.body.len(), 1);
}

/// Messages checked against CPython 3.11 (`ast.parse`) on the same input.
#[test]
fn cpython_error_wording() {
    let cases = [
        ("def f(x)\n    pass\n", "expected ':'"),
        ("def f(x) pass\n", "expected ':'"),
        ("while x pass\n", "invalid syntax"),
        ("if x = 1:\n    pass\n", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"),
        ("if x.y = 1:\n    pass\n", "cannot assign to attribute here. Maybe you meant '==' instead of '='?"),
        ("f(a.b=1)\n", "expression cannot contain assignment, perhaps you meant \"==\"?"),
        ("x = (1,\n     2]\n", "closing parenthesis ']' does not match opening parenthesis '(' on line 1"),
        ("x = a{b\n", "'{' was never closed"),
        ("x = 1\ny = \"abc\n", "unterminated string literal (detected at line 2)"),
        ("x = = 1\ny = 012\n", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"),
        ("x = = 1\nif x:\n        a\n    b\n", "invalid syntax"),
        ("def f():\n    @dec\n", "unexpected unindent"),
        ("print 'hello'\n", "Missing parentheses in call to 'print'. Did you mean print(...)?"),
        ("x = [*a for a in b]\n", "iterable unpacking cannot be used in comprehension"),
        ("x = {**a for a in b}\n", "dict unpacking cannot be used in dict comprehension"),
        ("x.y := 1\n", "cannot use assignment expressions with attribute"),
        ("x = 1 if y\n", "expected 'else' after 'if' expression"),
        ("def f(**k, a): pass\n", "arguments cannot follow var-keyword argument"),
        ("def f(**k=1): pass\n", "var-keyword argument cannot have default value"),
        ("def f(*): pass\n", "named arguments must follow bare *"),
        ("def f(a, /, b, /): pass\n", "/ may appear only once"),
        ("try:\n    pass\nexcept A, B:\n    pass\n", "multiple exception types must be parenthesized"),
        ("try:\n    pass\nexcept* A:\n    pass\nexcept B:\n    pass\n", "cannot have both 'except' and 'except*' on the same 'try'"),
        ("True = 1\n", "cannot assign to True"),
        ("x = yield = 3\n", "assignment to yield expression not possible"),
        ("from x import a,\n", "trailing comma not allowed without surrounding parentheses"),
        ("match x:\n    case 1:\n        pass\n    case _ as _:\n        pass\n", "cannot use '_' as a target"),
        ("match x:\ncase 1: pass\n", "expected an indented block after 'match' statement on line 1"),
        ("class C:\nx = 1\n", "expected an indented block after class definition on line 1"),
    ];
    for (src, msg) in cases {
        assert_eq!(parse_err(src).message, msg, "source: {src:?}");
    }
}
