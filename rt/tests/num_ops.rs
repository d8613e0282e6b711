//! Replays CPython 3.11's results for numeric operators and built-ins
//! (`data/num_ops.txt`, written by `gen_num_ops.py`) against alrt's `num`.

use alrt::exc::error::{take_pending, R};
use alrt::object::{self, type_name};
use alrt::objects::{float, int};
use alrt::protocol::args::Args;
use alrt::protocol::dispatch;
use alrt::protocol::num::*;
use alrt::value::Value;
use alrt_abi::ops::{BinOp, CmpOp, UnaryOp};

/// An operand as the data file writes it (a Python repr).
fn operand(s: &str) -> Value {
    match s {
        "True" => object::boolean(true),
        "False" => object::boolean(false),
        "None" => object::none(),
        _ if s.contains(['.', 'e', 'n']) => float::new(float::parse(s).expect(s)),
        _ => int::parse(s, 10).expect(s),
    }
}

/// A result as the data file writes it: the repr, or `!Type: message`.
fn show(r: R<Value>) -> String {
    match r {
        Ok(v) => dispatch::repr(v).unwrap(),
        Err(_) => {
            let e = take_pending();
            format!("!{}: {}", type_name(e), dispatch::str_of(e).unwrap())
        }
    }
}

fn run(name: &str, a: &[Value]) -> R<Value> {
    let bin = |op| binop(op, a[0], a[1]);
    let cmp = |op| Ok(object::boolean(compare(a[0], a[1], op).unwrap()));
    match name {
        "+" => bin(BinOp::Add),
        "-" => bin(BinOp::Sub),
        "*" => bin(BinOp::Mul),
        "@" => bin(BinOp::MatMul),
        "/" => bin(BinOp::TrueDiv),
        "//" => bin(BinOp::FloorDiv),
        "%" => bin(BinOp::Mod),
        "**" => bin(BinOp::Pow),
        "<<" => bin(BinOp::LShift),
        ">>" => bin(BinOp::RShift),
        "&" => bin(BinOp::And),
        "|" => bin(BinOp::Or),
        "^" => bin(BinOp::Xor),
        "<" => cmp(CmpOp::Lt),
        "<=" => cmp(CmpOp::Le),
        "==" => cmp(CmpOp::Eq),
        "!=" => cmp(CmpOp::Ne),
        ">" => cmp(CmpOp::Gt),
        ">=" => cmp(CmpOp::Ge),
        "divmod" => divmod(a[0], a[1]),
        "neg" => unary(UnaryOp::Neg, a[0]),
        "pos" => unary(UnaryOp::Pos, a[0]),
        "invert" => unary(UnaryOp::Invert, a[0]),
        "abs" => abs(a[0]),
        "hash" => dispatch::hash(a[0]).map(int::from_i64),
        "int" => int_from(a[0], None),
        "float" => float_from(a[0]),
        "bool" => dispatch::truthy(a[0]).map(object::boolean),
        "round" => round(a[0], Some(a[1])),
        "hex" => hex(a[0]),
        "oct" => oct(a[0]),
        "bin" => alrt::protocol::num::bin(a[0]),
        "pow3" => pow(a[0], a[1], Some(a[2])),
        m if m.starts_with('.') => dispatch::call_method(
            a[0],
            alrt::objects::str::new(&m[1..]),
            Args::positional(&[]),
        ),
        _ => panic!("unknown operation {name}"),
    }
}

/// Replays every CPython result in `tests/data/num_ops.txt`
/// (written by `tests/gen_num_ops.py`).
#[test]
fn matches_cpython_on_operand_grid() {
    let data = include_str!("data/num_ops.txt");
    let mut failures = Vec::new();
    let mut n = 0;
    for line in data.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        let arrow = fields.iter().position(|f| *f == "=>").expect(line);
        let args: Vec<Value> = fields[1..arrow].iter().map(|s| operand(s)).collect();
        let expected = fields[arrow + 1..].join("\t");
        let got = show(run(fields[0], &args));
        if got != expected {
            failures.push(format!("{}: got {got}", line));
        }
        n += 1;
    }
    assert!(n > 20_000);
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures[..failures.len().min(40)].join("\n")
    );
}
