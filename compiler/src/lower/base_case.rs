//! Base cases answered at the call site: a call of a frozen plain function
//! whose body starts with `if n < 2: return n` (a parameter compared with
//! an int literal by `<`, `<=`, `>` or `>=`, returning a parameter or an
//! int literal) tests that case inline when the arguments it reads are
//! small ints, and calls the function only otherwise.
//!
//! Only order comparisons with a bound: they describe the small inputs of
//! a recursion that splits its input (fib's leaves are half of its calls),
//! where answering them inline saves a call for each test it costs. An
//! equality (`if amount == 0`, `if row == n`) holds for few of the calls
//! that test it: measured on `bench/recursion_tak.al` (`ways`) +5%
//! instructions and nqueens +1%, so those keep the call.
//!
//! For small ints the test and the result are pure, so the only things
//! skipped are the callee's prologue and epilogue: its stack check (the
//! base case makes no further call, so it needs no stack) and the frame.
//! Any other argument (a float, a big int, an object whose `__lt__` runs
//! code or raises) takes the call, which behaves as before.

use super::func_cx::{FuncCx, SMALL_SHIFT, SMALL_TAG};
use crate::ast::{CmpOp, Expr, ExprKind, FunctionDef, Stmt, StmtKind};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, Block, BlockArg, InstBuilder, Value};

/// An operand of a base case: a parameter (by position) or a small int.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operand {
    Param(usize),
    Int(i64),
}

/// `if a <op> b: return r` at the start of a function body: one of `a`
/// and `b` a parameter, the other an int.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BaseCase {
    pub a: Operand,
    pub op: IntCC,
    pub b: Operand,
    pub result: Operand,
}

/// The base case `f`'s body starts with, if it has one of that form.
pub fn base_case(f: &FunctionDef) -> Option<BaseCase> {
    let Some(Stmt {
        kind: StmtKind::If { test, body, orelse },
        ..
    }) = f.body.first()
    else {
        return None;
    };
    if !orelse.is_empty() {
        return None;
    }
    let [Stmt {
        kind: StmtKind::Return(Some(result)),
        ..
    }] = body.as_slice()
    else {
        return None;
    };
    let ExprKind::Compare {
        left,
        ops,
        comparators,
    } = &test.kind
    else {
        return None;
    };
    let ([op], [right]) = (ops.as_slice(), comparators.as_slice()) else {
        return None;
    };
    let op = match op {
        CmpOp::Lt => IntCC::SignedLessThan,
        CmpOp::LtE => IntCC::SignedLessThanOrEqual,
        CmpOp::Gt => IntCC::SignedGreaterThan,
        CmpOp::GtE => IntCC::SignedGreaterThanOrEqual,
        _ => return None,
    };
    let params: Vec<&str> = f
        .params
        .posonly
        .iter()
        .chain(&f.params.args)
        .map(|p| p.name.name.as_str())
        .collect();
    let operand = |e: &Expr| match &e.kind {
        ExprKind::Name(n) => params.iter().position(|p| p == n).map(Operand::Param),
        ExprKind::Int(lit) => lit
            .to_i64()
            .filter(|i| (alrt_abi::value::SMALL_MIN..=alrt_abi::value::SMALL_MAX).contains(i))
            .map(Operand::Int),
        _ => None,
    };
    let case = BaseCase {
        a: operand(left)?,
        op,
        b: operand(right)?,
        result: operand(result)?,
    };
    match (case.a, case.b) {
        (Operand::Param(_), Operand::Int(_)) | (Operand::Int(_), Operand::Param(_)) => Some(case),
        _ => None,
    }
}

impl<'m, 'a, 'f> FuncCx<'m, 'a, 'f> {
    /// Tests `case` on the call's arguments `args`: jumps to `done` with
    /// its result when every parameter it reads is a small int and its
    /// test holds, else continues (in a new block) to make the call.
    pub fn base_case_or_call(&mut self, case: BaseCase, args: &[Value], done: Block) {
        let call = self.b.create_block();
        let word = |fx: &mut Self, o: Operand| match o {
            Operand::Param(i) => {
                let v = args[i];
                let small = fx.b.create_block();
                let tagged = fx.b.ins().band_imm_u(v, SMALL_TAG);
                fx.b.ins().brif(tagged, small, &[], call, &[]);
                fx.b.switch_to_block(small);
                v
            }
            // A small int's word keeps the order of the ints.
            Operand::Int(i) => {
                fx.b.ins()
                    .iconst(types::I64, (i << SMALL_SHIFT) | SMALL_TAG)
            }
        };
        let a = word(self, case.a);
        let b = word(self, case.b);
        let r = match case.result {
            Operand::Param(i) => args[i],
            Operand::Int(i) => self
                .b
                .ins()
                .iconst(types::I64, (i << SMALL_SHIFT) | SMALL_TAG),
        };
        let holds = self.b.ins().icmp(case.op, a, b);
        self.b
            .ins()
            .brif(holds, done, &[BlockArg::Value(r)], call, &[]);
        self.b.switch_to_block(call);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case_of(src: &str) -> Option<BaseCase> {
        let ast = crate::parser::tests::parse_ok(src);
        ast.body.iter().find_map(|s| match &s.kind {
            StmtKind::FunctionDef(f) => base_case(f),
            _ => None,
        })
    }

    #[test]
    fn order_guards_of_a_parameter_and_an_int_returning_either() {
        assert_eq!(
            case_of("def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n"),
            Some(BaseCase {
                a: Operand::Param(0),
                op: IntCC::SignedLessThan,
                b: Operand::Int(2),
                result: Operand::Param(0),
            })
        );
        assert_eq!(
            case_of("def f(k, n):\n    if 1 >= n:\n        return 7\n    return n\n"),
            Some(BaseCase {
                a: Operand::Int(1),
                op: IntCC::SignedGreaterThanOrEqual,
                b: Operand::Param(1),
                result: Operand::Int(7),
            })
        );
    }

    #[test]
    fn anything_else_is_no_base_case() {
        for src in [
            // An `else`, a second statement, a chained or `in` comparison.
            "def f(n):\n    if n < 2:\n        return n\n    else:\n        return 0\n",
            "def f(n):\n    if n < 2:\n        print(n)\n        return n\n    return 0\n",
            "def f(n):\n    if 0 < n < 2:\n        return n\n    return 0\n",
            "def f(n):\n    if n in (1, 2):\n        return n\n    return 0\n",
            // An equality, two parameters.
            "def ways(n):\n    if n == 0:\n        return 1\n    return 0\n",
            "def tak(x, y, z):\n    if y >= x:\n        return z\n    return 0\n",
            // A float, a global, an expression, a big int, no parameter.
            "def f(n):\n    if n < 2.0:\n        return n\n    return 0\n",
            "def f(n):\n    if n < k:\n        return n\n    return 0\n",
            "def f(n):\n    if n < 2:\n        return n + 1\n    return 0\n",
            "def f(n):\n    if n < 2:\n        return 10 ** 30\n    return 0\n",
            "def f(n):\n    if n < 99999999999999999999:\n        return n\n    return 0\n",
            "def f(n):\n    if 1 < 2:\n        return n\n    return 0\n",
            // Not first.
            "def f(n):\n    '''Doc.'''\n    if n < 2:\n        return n\n    return 0\n",
        ] {
            assert_eq!(case_of(src), None, "{src}");
        }
    }
}
