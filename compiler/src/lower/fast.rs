//! Inline fast paths: tagged small-int arithmetic with overflow checks,
//! small-int comparisons, truth tests of bools/None/ints, and tuple
//! indexing, each falling back to an rt call for every other case.

use super::func_cx::{FuncCx, LResult, SMALL_SHIFT, SMALL_TAG};
use super::rt_abi::RtFn;
use crate::ast::{BinOp, BoolOpKind, CmpOp, Expr, ExprKind, UnaryOp};
use alrt_abi::float::{
    EXPONENT_SHIFT, HALF_POWER_HIGH, HALF_POWER_LOW, IMPLICIT, MANTISSA, ROOT_MARGIN_SHIFT,
    ROOT_SHIFT_BIAS,
};
use alrt_abi::layout;
use alrt_abi::ops;
use cranelift_codegen::ir::{
    condcodes::{FloatCC, IntCC},
    types, Block, BlockArg, InstBuilder, InstructionData, MemFlagsData, Opcode, Value, ValueDef,
};

/// Emits one link of a comparison chain (`&mut cx, op, left, right, is_last`):
/// its result and, unless it is the last link, its truth as an i8 flag.
type ChainLink<'l, Cx> =
    dyn FnMut(&mut Cx, CmpOp, Value, Value, bool) -> LResult<(Value, Option<Value>)> + 'l;

/// The word of a `Num` (and of a local kept unboxed, `unbox.rs`) whose
/// value is its f64: neither a small int (low bit 0) nor an object pointer
/// (objects are 8-aligned), and not the null word (an unbound local).
pub const UNBOXED: i64 = 4;

/// Ints up to this magnitude convert to f64 exactly.
pub const EXACT_F64_INT: i64 = 1 << 53;

/// The result of arithmetic lowered with deferred boxing: a value word, or
/// (when `f` is set and the word is `UNBOXED` at run time) an unboxed float.
#[derive(Clone, Copy)]
pub struct Num {
    pub v: Value,
    pub f: Option<Value>,
    /// Known at compile time to be a float equal to `f` (then `v` is its
    /// boxed word or `UNBOXED`): float literals and float operations on such
    /// values, which need no tag or type test.
    pub sure: bool,
}

impl Num {
    /// An ordinary (boxed or tagged) value.
    pub fn boxed(v: Value) -> Num {
        Num {
            v,
            f: None,
            sure: false,
        }
    }

    /// A word that is `UNBOXED` when the value is the unboxed float `f`.
    pub fn maybe_float(v: Value, f: Value) -> Num {
        Num {
            v,
            f: Some(f),
            sure: false,
        }
    }
}

/// True when neither operand of an operation has a sign of being a float
/// (an f64 of its own: a float literal, a float result, a shadowed local):
/// its float path is then emitted after the rest of the function
/// (`FuncCx::cold_since`), so the small-int path falls through.
fn no_float_sign(l: Num, r: Num) -> bool {
    l.f.is_none() && r.f.is_none()
}

/// Where a comparison's flag goes: a block taking it as its parameter, or
/// a branch to (then, else).
#[derive(Clone, Copy)]
enum CmpOut {
    Merge(Block),
    Branch(Block, Block),
}

/// Where an inline binary operation's paths end (`end_binop`): its slow
/// block, the block they meet in, the extra arguments a word result
/// passes there, and that block's parameters.
struct BinopEnd {
    slow: Block,
    merge: Block,
    tail: Vec<Value>,
    res: Value,
    res_f: Option<Value>,
}

/// True if `op` has an inline float path.
fn float_inline(op: BinOp) -> bool {
    matches!(
        op,
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Pow
    )
}

/// The rt operator number of an AST operator.
fn rt_binop(op: BinOp) -> ops::BinOp {
    match op {
        BinOp::Add => ops::BinOp::Add,
        BinOp::Sub => ops::BinOp::Sub,
        BinOp::Mul => ops::BinOp::Mul,
        BinOp::MatMul => ops::BinOp::MatMul,
        BinOp::Div => ops::BinOp::TrueDiv,
        BinOp::FloorDiv => ops::BinOp::FloorDiv,
        BinOp::Mod => ops::BinOp::Mod,
        BinOp::Pow => ops::BinOp::Pow,
        BinOp::LShift => ops::BinOp::LShift,
        BinOp::RShift => ops::BinOp::RShift,
        BinOp::BitOr => ops::BinOp::Or,
        BinOp::BitXor => ops::BinOp::Xor,
        BinOp::BitAnd => ops::BinOp::And,
    }
}

fn rt_cmp(op: CmpOp) -> Option<(ops::CmpOp, IntCC)> {
    Some(match op {
        CmpOp::Lt => (ops::CmpOp::Lt, IntCC::SignedLessThan),
        CmpOp::LtE => (ops::CmpOp::Le, IntCC::SignedLessThanOrEqual),
        CmpOp::Eq => (ops::CmpOp::Eq, IntCC::Equal),
        CmpOp::NotEq => (ops::CmpOp::Ne, IntCC::NotEqual),
        CmpOp::Gt => (ops::CmpOp::Gt, IntCC::SignedGreaterThan),
        CmpOp::GtE => (ops::CmpOp::Ge, IntCC::SignedGreaterThanOrEqual),
        _ => return None,
    })
}

impl<'m, 'a, 'f> FuncCx<'m, 'a, 'f> {
    /// `l op r`; `inplace` selects the `op=` protocol.
    pub fn binop(&mut self, op: BinOp, l: Value, r: Value, inplace: bool) -> LResult<Value> {
        let o = self.binop_num(op, Num::boxed(l), Num::boxed(r), inplace, false)?;
        Ok(o.v)
    }

    /// The arithmetic expression `e` as a `Num`: a float result computed
    /// inline is left unboxed when `e` is an operand of another float
    /// operation (`2.0 * zr * zi + ci` boxes once, not three times).
    pub fn num_expr(&mut self, e: &'a Expr, defer: bool) -> LResult<Num> {
        match &e.kind {
            ExprKind::BinOp { left, op, right } => {
                if *op == BinOp::Add {
                    if let Some(v) = self.str_concat_chain(e)? {
                        return Ok(Num::boxed(v));
                    }
                }
                let fused = float_inline(*op);
                let l = self.num_expr(left, fused)?;
                let r = self.num_expr(right, fused)?;
                self.set_line(e.span);
                return self.binop_num(*op, l, r, false, defer && fused);
            }
            ExprKind::Float(x) => return Ok(self.float_literal(*x)),
            ExprKind::Subscript { value, index }
                if defer && !matches!(index.kind, ExprKind::Slice { .. }) =>
            {
                let o = self.expr(value)?;
                let k = self.expr(index)?;
                self.set_line(e.span);
                return Ok(self.getitem_num(o, k));
            }
            ExprKind::Name(n) if defer => {
                if let Some(n) = self.unboxed_local(n, e.span) {
                    return Ok(n);
                }
            }
            _ => {}
        }
        Ok(Num::boxed(self.expr(e)?))
    }

    /// A float literal: its constant's word (so `is` sees CPython's one
    /// constant object) and its value, known at compile time.
    fn float_literal(&mut self, x: f64) -> Num {
        let idx = self.m.const_float(x);
        let v = self.const_slot(idx);
        let f = self.b.ins().f64const(x);
        Num {
            v,
            f: Some(f),
            sure: true,
        }
    }

    /// The word `UNBOXED`.
    pub fn unboxed_word(&mut self) -> Value {
        self.b.ins().iconst(types::I64, UNBOXED)
    }

    /// The boxed value of `n` (boxing a deferred float now).
    pub fn materialize(&mut self, n: Num) -> Value {
        let Some(f) = n.f else { return n.v };
        let box_b = self.b.create_block();
        let done = self.b.create_block();
        let v = self.b.append_block_param(done, types::I64);
        let unboxed = self.b.ins().icmp_imm_s(IntCC::Equal, n.v, UNBOXED);
        self.b
            .ins()
            .brif(unboxed, box_b, &[], done, &[BlockArg::Value(n.v)]);
        self.b.switch_to_block(box_b);
        let boxed = self.box_float(f);
        self.jump_args(done, &[boxed]);
        self.b.switch_to_block(done);
        v
    }

    /// `l op r` on `Num`s; with `defer`, a float result stays unboxed.
    pub(super) fn binop_num(
        &mut self,
        op: BinOp,
        l: Num,
        r: Num,
        inplace: bool,
        defer: bool,
    ) -> LResult<Num> {
        let code = self.b.ins().iconst(types::I32, rt_binop(op) as i64);
        let slow_fn = if inplace { RtFn::InPlace } else { RtFn::BinOp };
        if l.sure && r.sure && float_inline(op) {
            return Ok(self.sure_float_binop(op, l, r, code, slow_fn, defer));
        }
        let int_inline = matches!(
            op,
            BinOp::Add
                | BinOp::Sub
                | BinOp::Mul
                | BinOp::BitAnd
                | BinOp::BitOr
                | BinOp::BitXor
                | BinOp::Mod
                | BinOp::FloorDiv
        );
        // Code compiled at run time keeps only the small-int path inline
        // (its floats go through rt): it is compiled while the program
        // waits, and the float paths were a third of its code.
        let float_inline = float_inline(op) && self.m.exec.is_none();
        if !int_inline && !float_inline {
            let (l, r) = (self.materialize(l), self.materialize(r));
            return Ok(Num::boxed(self.rt_val(slow_fn, &[code, l, r])));
        }
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        // Two small ints: inline, or rt for `**` (an int result, maybe big).
        let fast = if int_inline {
            self.b.create_block()
        } else {
            slow
        };
        let merge = self.b.create_block();
        let res = self.b.append_block_param(merge, types::I64);
        // The unboxed result when `defer` (valid when `res` is `UNBOXED`).
        let res_f = defer.then(|| self.b.append_block_param(merge, types::F64));
        let no_f = defer.then(|| self.b.ins().f64const(0.0));
        let tail: Vec<Value> = no_f.into_iter().collect();
        // A deferred operand's word is `UNBOXED`, which fails the tag test.
        let both = self.b.ins().band(l.v, r.v);
        let tagged = self.b.ins().band_imm_u(both, SMALL_TAG);
        // Not both small ints: try the float path (int/float mixes included).
        let not_ints = if float_inline {
            self.b.create_block()
        } else {
            slow
        };
        self.b.ins().brif(tagged, fast, &[], not_ints, &[]);
        if float_inline {
            let mark = self.layout_mark();
            self.float_binop(op, l, r, slow, merge, not_ints, defer);
            if no_float_sign(l, r) {
                self.cold_since(mark);
            }
        }
        let (l_num, r_num) = (l, r);
        let (l, r) = (l.v, r.v);
        let end = BinopEnd {
            slow,
            merge,
            tail: tail.clone(),
            res,
            res_f,
        };
        if !int_inline {
            return Ok(self.end_binop(end, slow_fn, code, l_num, r_num));
        }
        self.b.switch_to_block(fast);
        if op == BinOp::Div {
            // int / int: exact as floats when both fit in 53 bits.
            let a = self.b.ins().sshr_imm_u(l, SMALL_SHIFT);
            let c = self.b.ins().sshr_imm_u(r, SMALL_SHIFT);
            let lim = 1i64 << 53;
            let ok = self.b.create_block();
            let a_big = self.b.ins().iadd_imm_s(a, lim);
            let c_big = self.b.ins().iadd_imm_s(c, lim);
            let a_out = self
                .b
                .ins()
                .icmp_imm_u(IntCC::UnsignedGreaterThan, a_big, 2 * lim);
            let c_out = self
                .b
                .ins()
                .icmp_imm_u(IntCC::UnsignedGreaterThan, c_big, 2 * lim);
            let zero = self.b.ins().icmp_imm_s(IntCC::Equal, c, 0);
            let bad = self.b.ins().bor(a_out, c_out);
            let bad = self.b.ins().bor(bad, zero);
            self.b.ins().brif(bad, slow, &[], ok, &[]);
            self.b.switch_to_block(ok);
            let af = self.b.ins().fcvt_from_sint(types::F64, a);
            let cf = self.b.ins().fcvt_from_sint(types::F64, c);
            let q = self.b.ins().fdiv(af, cf);
            if defer {
                let zero = self.unboxed_word();
                self.jump_args(merge, &[zero, q]);
            } else {
                let boxed = self.box_float(q);
                self.jump_args(merge, &[boxed]);
            }
            return Ok(self.end_binop(end, slow_fn, code, l_num, r_num));
        }
        let (v, of) = match op {
            BinOp::Add => {
                let r0 = self.b.ins().band_imm_s(r, -2);
                let (v, of) = self.b.ins().sadd_overflow(l, r0);
                (v, Some(of))
            }
            BinOp::Sub => {
                let r0 = self.b.ins().band_imm_s(r, -2);
                let (v, of) = self.b.ins().ssub_overflow(l, r0);
                (v, Some(of))
            }
            BinOp::Mul => {
                let a = self.b.ins().sshr_imm_u(l, SMALL_SHIFT);
                let r0 = self.b.ins().band_imm_s(r, -2);
                let (p, of) = self.b.ins().smul_overflow(a, r0);
                (self.b.ins().bor_imm_u(p, SMALL_TAG), Some(of))
            }
            BinOp::Mod | BinOp::FloorDiv => self.floor_divmod(op, l, r, slow),
            BinOp::BitAnd => (self.b.ins().band(l, r), None),
            BinOp::BitOr => (self.b.ins().bor(l, r), None),
            _ => {
                let x = self.b.ins().bxor(l, r);
                (self.b.ins().bor_imm_u(x, SMALL_TAG), None)
            }
        };
        let args: Vec<BlockArg> = [&[v][..], &tail]
            .concat()
            .into_iter()
            .map(BlockArg::Value)
            .collect();
        match of {
            Some(of) => {
                self.b.ins().brif(of, slow, &[], merge, &args);
            }
            None => {
                self.b.ins().jump(merge, &args);
            }
        }
        Ok(self.end_binop(end, slow_fn, code, l_num, r_num))
    }

    /// Ends an inline binary operation: its slow block calls rt's generic
    /// operator, and every path meets in `end.merge`, whose parameters are
    /// the result.
    fn end_binop(&mut self, end: BinopEnd, slow_fn: RtFn, code: Value, l: Num, r: Num) -> Num {
        let mark = self.layout_mark();
        self.b.switch_to_block(end.slow);
        let sv = self.slow_binop(slow_fn, code, l, r);
        self.jump_args(end.merge, &[&[sv][..], &end.tail].concat());
        // The whole slow path, the error check after the call included.
        self.cold_since(mark);
        self.b.switch_to_block(end.merge);
        Num {
            v: end.res,
            f: end.res_f,
            sure: false,
        }
    }

    /// `l op r` on two values known to be floats: the operation alone,
    /// with rt only for division by zero and a `**` outside the plain case.
    /// The result is known to be a float too, except for `**`.
    fn sure_float_binop(
        &mut self,
        op: BinOp,
        l: Num,
        r: Num,
        code: Value,
        slow_fn: RtFn,
        defer: bool,
    ) -> Num {
        let (a, c) = (l.f.expect("sure"), r.f.expect("sure"));
        if op == BinOp::Pow {
            // A negative base with a fractional exponent gives a complex:
            // the result is known to be a float only on the fast path.
            let slow = self.b.create_block();
            self.b.set_cold_block(slow);
            let merge = self.b.create_block();
            let res = self.b.append_block_param(merge, types::I64);
            let res_f = self.b.append_block_param(merge, types::F64);
            let p = self.float_pow(a, c, slow);
            let w = if defer {
                self.unboxed_word()
            } else {
                self.box_float(p)
            };
            self.jump_args(merge, &[w, p]);
            self.b.switch_to_block(slow);
            let sv = self.slow_binop(slow_fn, code, l, r);
            let zero = self.b.ins().f64const(0.0);
            self.jump_args(merge, &[sv, zero]);
            self.b.switch_to_block(merge);
            return Num::maybe_float(res, res_f);
        }
        let v = match op {
            BinOp::Add => self.b.ins().fadd(a, c),
            BinOp::Sub => self.b.ins().fsub(a, c),
            BinOp::Mul => self.b.ins().fmul(a, c),
            _ => {
                let slow = self.b.create_block();
                self.b.set_cold_block(slow);
                let done = self.b.create_block();
                let x = self.b.append_block_param(done, types::F64);
                let q = self.float_div(a, c, slow);
                self.jump_args(done, &[q]);
                self.b.switch_to_block(slow);
                // `float / 0.0` always raises; were it to return, the
                // result of float division is a float.
                let sv = self.slow_binop(slow_fn, code, l, r);
                let y =
                    self.b
                        .ins()
                        .load(types::F64, MemFlagsData::trusted(), sv, layout::FLOAT_VALUE);
                self.jump_args(done, &[y]);
                self.b.switch_to_block(done);
                x
            }
        };
        let boxed = if defer {
            self.unboxed_word()
        } else {
            self.box_float(v)
        };
        Num {
            v: boxed,
            f: Some(v),
            sure: true,
        }
    }

    /// `a / c` on floats; a zero divisor jumps to `slow` (ZeroDivisionError).
    fn float_div(&mut self, a: Value, c: Value, slow: cranelift_codegen::ir::Block) -> Value {
        let zero = self.b.ins().f64const(0.0);
        let is_zero = self.b.ins().fcmp(FloatCC::Equal, c, zero);
        let ok = self.b.create_block();
        self.b.ins().brif(is_zero, slow, &[], ok, &[]);
        self.b.switch_to_block(ok);
        self.b.ins().fdiv(a, c)
    }

    /// `a ** c` on floats for a finite positive base and a finite exponent,
    /// through rt's own `powf` (the libm call rt's `float ** float` makes,
    /// so results agree to the bit); every other case (zero, negative or
    /// special bases, infinite or NaN exponents, an overflow) jumps to
    /// `slow`, where rt applies CPython's rules and errors.
    pub(super) fn float_pow(
        &mut self,
        a: Value,
        c: Value,
        slow: cranelift_codegen::ir::Block,
    ) -> Value {
        let done = self.b.create_block();
        self.b.append_block_param(done, types::F64);
        if self.f64_const_of(c) == Some(0.5) {
            let (ok, s) = self.sqrt_if_pow_agrees(a);
            let other = self.b.create_block();
            self.b.set_cold_block(other);
            self.b
                .ins()
                .brif(ok, done, &[BlockArg::Value(s)], other, &[]);
            self.b.switch_to_block(other);
        }
        let zero = self.b.ins().f64const(0.0);
        let inf = self.b.ins().f64const(f64::INFINITY);
        let pos = self.b.ins().fcmp(FloatCC::GreaterThan, a, zero);
        let fin = self.b.ins().fcmp(FloatCC::LessThan, a, inf);
        // `c - c` is 0 exactly when `c` is finite (NaN otherwise).
        let d = self.b.ins().fsub(c, c);
        let c_fin = self.b.ins().fcmp(FloatCC::Equal, d, zero);
        let ok = self.b.ins().band(pos, fin);
        let ok = self.b.ins().band(ok, c_fin);
        let call_b = self.b.create_block();
        self.b.ins().brif(ok, call_b, &[], slow, &[]);
        self.b.switch_to_block(call_b);
        let p = self.rt(RtFn::FloatPowf, &[a, c]).expect("returns");
        let over = self.b.ins().fcmp(FloatCC::Equal, p, inf);
        self.b
            .ins()
            .brif(over, slow, &[], done, &[BlockArg::Value(p)]);
        self.b.switch_to_block(done);
        self.b.block_params(done)[0]
    }

    /// The value of `v` if an `f64const` defines it.
    fn f64_const_of(&self, v: Value) -> Option<f64> {
        let ValueDef::Result(inst, _) = self.b.func.dfg.value_def(v) else {
            return None;
        };
        match self.b.func.dfg.insts[inst] {
            InstructionData::UnaryIeee64 {
                opcode: Opcode::F64const,
                imm,
            } => Some(f64::from_bits(imm.bits())),
            _ => None,
        }
    }

    /// `sqrt(a)`, and whether it is certainly what libm's `pow(a, 0.5)`
    /// returns (`alrt_abi::float`, the test rt's `float_pow` makes).
    fn sqrt_if_pow_agrees(&mut self, a: Value) -> (Value, Value) {
        let low = self.b.ins().f64const(HALF_POWER_LOW);
        let high = self.b.ins().f64const(HALF_POWER_HIGH);
        let above = self.b.ins().fcmp(FloatCC::GreaterThan, a, low);
        let below = self.b.ins().fcmp(FloatCC::LessThan, a, high);
        let s = self.b.ins().sqrt(a);
        // `alrt_abi::float::root_is_close`, operation by operation.
        let sbits = self.b.ins().bitcast(types::I64, MemFlagsData::new(), s);
        let xbits = self.b.ins().bitcast(types::I64, MemFlagsData::new(), a);
        let mant = self.b.ins().band_imm_u(sbits, MANTISSA as i64);
        let not_pow2 = self.b.ins().icmp_imm_s(IntCC::NotEqual, mant, 0);
        let m = self.b.ins().bor_imm_u(mant, IMPLICIT as i64);
        let mx = self.b.ins().band_imm_u(xbits, MANTISSA as i64);
        let mx = self.b.ins().bor_imm_u(mx, IMPLICIT as i64);
        let ex = self.b.ins().ushr_imm_u(xbits, i64::from(EXPONENT_SHIFT));
        let es = self.b.ins().ushr_imm_u(sbits, i64::from(EXPONENT_SHIFT));
        let es2 = self.b.ins().iadd(es, es);
        let shift = self.b.ins().isub(ex, es2);
        let shift = self.b.ins().iadd_imm_u(shift, ROOT_SHIFT_BIAS as i64);
        let big = self.b.ins().ishl(mx, shift);
        let mm = self.b.ins().imul(m, m);
        let d = self.b.ins().isub(big, mm);
        let d = self.b.ins().iabs(d);
        let part = self.b.ins().ushr_imm_u(m, i64::from(ROOT_MARGIN_SHIFT));
        let limit = self.b.ins().isub(m, part);
        let close = self.b.ins().icmp(IntCC::UnsignedLessThan, d, limit);
        let ok = self.b.ins().band(above, below);
        let ok = self.b.ins().band(ok, not_pow2);
        let ok = self.b.ins().band(ok, close);
        (ok, s)
    }

    /// The rt call behind a binary operation, boxing deferred operands.
    fn slow_binop(&mut self, f: RtFn, code: Value, l: Num, r: Num) -> Value {
        let l = self.materialize(l);
        let r = self.materialize(r);
        self.rt_val(f, &[code, l, r])
    }

    /// Small-int `l % r` or `l // r` with Python's flooring (the result
    /// takes the sign of the divisor); a zero divisor goes to `slow` for
    /// the ZeroDivisionError. Returns the tagged result and, for `//`, the
    /// overflow flag (`-2**62 // -1` leaves the small-int range).
    fn floor_divmod(
        &mut self,
        op: BinOp,
        l: Value,
        r: Value,
        slow: cranelift_codegen::ir::Block,
    ) -> (Value, Option<Value>) {
        let a = self.b.ins().sshr_imm_u(l, SMALL_SHIFT);
        let c = self.b.ins().sshr_imm_u(r, SMALL_SHIFT);
        let nonzero = self.b.create_block();
        self.b.ins().brif(c, nonzero, &[], slow, &[]);
        self.b.switch_to_block(nonzero);
        // No trap: |a| < 2**62, so `a / -1` cannot overflow an i64.
        let q = self.b.ins().sdiv(a, c);
        let m = self.b.ins().srem(a, c);
        let signs = self.b.ins().bxor(m, c);
        let opposite = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, signs, 0);
        let inexact = self.b.ins().icmp_imm_s(IntCC::NotEqual, m, 0);
        let adjust = self.b.ins().band(opposite, inexact);
        if op == BinOp::Mod {
            let zero = self.b.ins().iconst(types::I64, 0);
            let add = self.b.ins().select(adjust, c, zero);
            let m = self.b.ins().iadd(m, add);
            let twice = self.b.ins().ishl_imm_u(m, SMALL_SHIFT);
            (self.b.ins().bor_imm_u(twice, SMALL_TAG), None)
        } else {
            let one = self.b.ins().uextend(types::I64, adjust);
            let q = self.b.ins().isub(q, one);
            let (twice, of) = self.b.ins().sadd_overflow(q, q);
            (self.b.ins().bor_imm_u(twice, SMALL_TAG), Some(of))
        }
    }

    /// Emits, in block `start`, the float fast path of `l op r`: both
    /// operands floats or small ints (not both ints), computed inline and
    /// boxed; anything else (or division by zero) jumps to `slow`. Called
    /// once the branch to `start` has filled the current block, which
    /// cranelift-frontend requires before switching; ends in a filled block.
    #[allow(clippy::too_many_arguments)]
    fn float_binop(
        &mut self,
        op: BinOp,
        l: Num,
        r: Num,
        slow: cranelift_codegen::ir::Block,
        merge: cranelift_codegen::ir::Block,
        start: cranelift_codegen::ir::Block,
        defer: bool,
    ) {
        self.b.switch_to_block(start);
        let a = self.num_f64_or(l, slow, false);
        let c = self.num_f64_or(r, slow, false);
        let v = match op {
            BinOp::Add => self.b.ins().fadd(a, c),
            BinOp::Sub => self.b.ins().fsub(a, c),
            BinOp::Mul => self.b.ins().fmul(a, c),
            BinOp::Div => self.float_div(a, c, slow),
            _ => self.float_pow(a, c, slow),
        };
        if defer {
            let zero = self.unboxed_word();
            self.jump_args(merge, &[zero, v]);
        } else {
            let boxed = self.box_float(v);
            self.jump_args(merge, &[boxed]);
        }
    }

    /// The f64 value of `n`: its deferred float, or its boxed float or
    /// small int; anything else jumps to `slow` (with `exact`, so do ints
    /// beyond 2**53).
    fn num_f64_or(&mut self, n: Num, slow: cranelift_codegen::ir::Block, exact: bool) -> Value {
        let Some(f) = n.f else {
            return self.unbox_f64_or(n.v, slow, exact);
        };
        if n.sure {
            return f;
        }
        let boxed = self.b.create_block();
        let done = self.b.create_block();
        let x = self.b.append_block_param(done, types::F64);
        let unboxed = self.b.ins().icmp_imm_s(IntCC::Equal, n.v, UNBOXED);
        self.b
            .ins()
            .brif(unboxed, done, &[BlockArg::Value(f)], boxed, &[]);
        self.b.switch_to_block(boxed);
        let y = self.unbox_f64_or(n.v, slow, exact);
        self.jump_args(done, &[y]);
        self.b.switch_to_block(done);
        x
    }

    /// Continues when the untagged int `i` is within `EXACT_F64_INT` of
    /// zero (an f64 holds it exactly), else jumps to `slow`.
    pub(super) fn exact_f64_or(&mut self, i: Value, slow: cranelift_codegen::ir::Block) {
        let shifted = self.b.ins().iadd_imm_s(i, EXACT_F64_INT);
        let out = self
            .b
            .ins()
            .icmp_imm_u(IntCC::UnsignedGreaterThan, shifted, 2 * EXACT_F64_INT);
        let fits = self.b.create_block();
        self.b.ins().brif(out, slow, &[], fits, &[]);
        self.b.switch_to_block(fits);
    }

    /// The f64 value of a float or small int, else a jump to `slow`; with
    /// `exact`, ints beyond 2**53 (not exactly representable) go slow too.
    fn unbox_f64_or(&mut self, v: Value, slow: cranelift_codegen::ir::Block, exact: bool) -> Value {
        let int_b = self.b.create_block();
        let obj_b = self.b.create_block();
        let float_b = self.b.create_block();
        let done = self.b.create_block();
        let f = self.b.append_block_param(done, types::F64);
        let tagged = self.b.ins().band_imm_u(v, SMALL_TAG);
        self.b.ins().brif(tagged, int_b, &[], obj_b, &[]);
        self.b.switch_to_block(int_b);
        let i = self.b.ins().sshr_imm_u(v, SMALL_SHIFT);
        if exact {
            self.exact_f64_or(i, slow);
        }
        let fi = self.b.ins().fcvt_from_sint(types::F64, i);
        self.b.ins().jump(done, &[BlockArg::Value(fi)]);
        self.b.switch_to_block(obj_b);
        // The exact type, not the kind: instances of a `float` subclass have
        // kind Float but may override the operator.
        let is_float = self.is_exact_type(v, alrt_abi::data::FLOAT_TYPE);
        self.b.ins().brif(is_float, float_b, &[], slow, &[]);
        self.b.switch_to_block(float_b);
        let x = self
            .b
            .ins()
            .load(types::F64, MemFlagsData::trusted(), v, layout::FLOAT_VALUE);
        self.b.ins().jump(done, &[BlockArg::Value(x)]);
        self.b.switch_to_block(done);
        f
    }

    /// `-v`, `+v`, `~v` (not `not`, which is a condition).
    pub fn unary(&mut self, op: UnaryOp, v: Value) -> LResult<Value> {
        let rt_op = match op {
            UnaryOp::USub => ops::UnaryOp::Neg,
            UnaryOp::UAdd => ops::UnaryOp::Pos,
            UnaryOp::Invert => ops::UnaryOp::Invert,
            UnaryOp::Not => unreachable!("`not` is lowered as a condition"),
        };
        let code = self.b.ins().iconst(types::I32, rt_op as i64);
        if op == UnaryOp::UAdd {
            return Ok(self.rt_val(RtFn::Unary, &[code, v]));
        }
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let merge = self.b.create_block();
        let res = self.b.append_block_param(merge, types::I64);
        let tagged = self.b.ins().band_imm_u(v, SMALL_TAG);
        self.b.ins().brif(tagged, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        if op == UnaryOp::USub {
            // -(2x+1) + 2 == 2(-x) + 1; overflows only for the most negative.
            let two = self.b.ins().iconst(types::I64, 2);
            let (n, of) = self.b.ins().ssub_overflow(two, v);
            self.b
                .ins()
                .brif(of, slow, &[], merge, &[BlockArg::Value(n)]);
        } else {
            // ~x == -x - 1: flip all payload bits, keep the tag.
            let n = self.b.ins().bxor_imm_s(v, -2);
            self.jump_args(merge, &[n]);
        }
        self.b.switch_to_block(slow);
        let sv = self.rt_val(RtFn::Unary, &[code, v]);
        self.jump_args(merge, &[sv]);
        self.b.switch_to_block(merge);
        Ok(res)
    }

    /// Truth value of `v` as an i8 flag.
    pub fn truthy(&mut self, v: Value) -> LResult<Value> {
        let t = self.bool_const(true);
        let f = self.bool_const(false);
        let merge = self.b.create_block();
        let res = self.b.append_block_param(merge, types::I8);
        let one = self.b.ins().iconst(types::I8, 1);
        let zero = self.b.ins().iconst(types::I8, 0);
        let not_true = self.b.create_block();
        let is_t = self.b.ins().icmp(IntCC::Equal, v, t);
        self.b
            .ins()
            .brif(is_t, merge, &[BlockArg::Value(one)], not_true, &[]);
        self.b.switch_to_block(not_true);
        let not_false = self.b.create_block();
        let is_f = self.b.ins().icmp(IntCC::Equal, v, f);
        self.b
            .ins()
            .brif(is_f, merge, &[BlockArg::Value(zero)], not_false, &[]);
        self.b.switch_to_block(not_false);
        let int_b = self.b.create_block();
        let other = self.b.create_block();
        let tagged = self.b.ins().band_imm_u(v, SMALL_TAG);
        self.b.ins().brif(tagged, int_b, &[], other, &[]);
        self.b.switch_to_block(int_b);
        let nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, v, 1);
        self.jump_args(merge, &[nz]);
        self.b.switch_to_block(other);
        // Exact lists and deques (`while stack:`, `while queue:`): their
        // length, inline.
        let kind = self
            .b
            .ins()
            .load(types::I32, MemFlagsData::trusted(), v, layout::HEADER_KIND);
        let list_b = self.b.create_block();
        let not_list = self.b.create_block();
        let is_list = self
            .b
            .ins()
            .icmp_imm_u(IntCC::Equal, kind, layout::KIND_LIST as i64);
        self.b.ins().brif(is_list, list_b, &[], not_list, &[]);
        self.b.switch_to_block(list_b);
        let nz = self.length_nonzero(v, layout::LIST_ITEMS_LEN);
        self.jump_args(merge, &[nz]);
        self.b.switch_to_block(not_list);
        let deque_b = self.b.create_block();
        let exact_b = self.b.create_block();
        let call_b = self.b.create_block();
        let is_deque = self
            .b
            .ins()
            .icmp_imm_u(IntCC::Equal, kind, layout::KIND_DEQUE as i64);
        self.b.ins().brif(is_deque, deque_b, &[], call_b, &[]);
        self.b.switch_to_block(deque_b);
        let exact = self.is_exact_type(v, alrt_abi::data::DEQUE_TYPE);
        self.b.ins().brif(exact, exact_b, &[], call_b, &[]);
        self.b.switch_to_block(exact_b);
        let nz = self.length_nonzero(v, layout::DEQUE_LEN);
        self.jump_args(merge, &[nz]);
        self.b.switch_to_block(call_b);
        let s = self.rt_status(RtFn::Truthy, &[v]);
        let s8 = self.b.ins().icmp_imm_s(IntCC::NotEqual, s, 0);
        self.jump_args(merge, &[s8]);
        self.b.switch_to_block(merge);
        Ok(res)
    }

    /// Whether the length word at `offset` in container `v` is not zero.
    fn length_nonzero(&mut self, v: Value, offset: i32) -> Value {
        let n = self
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), v, offset);
        self.b.ins().icmp_imm_u(IntCC::NotEqual, n, 0)
    }

    /// Lowers an expression used as a condition to an i8 flag, without
    /// boxing comparison results or `not`.
    pub fn cond(&mut self, e: &'a Expr) -> LResult<Value> {
        match &e.kind {
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare_cond(left, ops, comparators, e.span),
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => {
                let c = self.cond(operand)?;
                Ok(self.b.ins().bxor_imm_s(c, 1))
            }
            // Jumps, as CPython's compiler makes them: each operand's truth
            // is tested once (the value of `a and b` would test a falsy
            // `a` twice, calling its `__bool__` again), and no bool is made.
            ExprKind::BoolOp { op, values } => {
                let done = self.b.create_block();
                let res = self.b.append_block_param(done, types::I8);
                let last = values.len().saturating_sub(1);
                for (i, v) in values.iter().enumerate() {
                    let c = self.cond(v)?;
                    if i == last {
                        self.b.ins().jump(done, &[BlockArg::Value(c)]);
                        break;
                    }
                    let next = self.b.create_block();
                    // `and` stops at a false operand, `or` at a true one.
                    let stop = *op == BoolOpKind::Or;
                    let short = [BlockArg::Value(
                        self.b.ins().iconst(types::I8, i64::from(stop)),
                    )];
                    let (yes, yes_args, no, no_args): (Block, &[BlockArg], Block, &[BlockArg]) =
                        if stop {
                            (done, &short, next, &[])
                        } else {
                            (next, &[], done, &short)
                        };
                    self.b.ins().brif(c, yes, yes_args, no, no_args);
                    self.b.switch_to_block(next);
                }
                self.b.switch_to_block(done);
                Ok(res)
            }
            ExprKind::True => Ok(self.b.ins().iconst(types::I8, 1)),
            ExprKind::False | ExprKind::None => Ok(self.b.ins().iconst(types::I8, 0)),
            _ => {
                // CPython reports a failing truth test at the construct that
                // tests (the `if` or `while` statement, the conditional
                // expression, the comprehension), not at `e`.
                let outer = self.comprehension_pos().unwrap_or(self.pos);
                let v = self.expr(e)?;
                self.set_line(outer);
                self.truthy(v)
            }
        }
    }

    /// A (possibly chained) comparison as an i8 flag.
    pub fn compare_cond(
        &mut self,
        left: &'a Expr,
        ops: &[CmpOp],
        comparators: &'a [Expr],
        span: crate::span::Span,
    ) -> LResult<Value> {
        if let ([op], [right]) = (ops, comparators) {
            if rt_cmp(*op).is_some() {
                // One comparison: float operands may stay unboxed.
                let l = self.num_expr(left, true)?;
                let r = self.num_expr(right, true)?;
                self.set_line(span);
                return self.compare_num(*op, l, r);
            }
        }
        self.compare_chain(
            left,
            ops,
            comparators,
            span,
            types::I8,
            &mut |fx, op, l, r, _| {
                let flag = fx.compare_one(op, l, r)?;
                Ok((flag, Some(flag)))
            },
        )
    }

    /// A (possibly chained) comparison as a value: rich comparisons may
    /// return any object, and a chain yields its first false result.
    pub fn compare_value(
        &mut self,
        left: &'a Expr,
        ops: &[CmpOp],
        comparators: &'a [Expr],
        span: crate::span::Span,
    ) -> LResult<Value> {
        self.compare_chain(
            left,
            ops,
            comparators,
            span,
            types::I64,
            &mut |fx, op, l, r, last| {
                let v = match op {
                    CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn => {
                        let c = fx.compare_one(op, l, r)?;
                        fx.box_bool(c)
                    }
                    _ => fx.rich_compare_value(op, l, r)?,
                };
                // Only a link that is not the last needs its truth value.
                let flag = if last { None } else { Some(fx.truthy(v)?) };
                Ok((v, flag))
            },
        )
    }

    /// `a op1 b op2 c ...`: each operand evaluated once, stopping at the
    /// first false link. `link` emits one comparison and returns its result
    /// (of type `ty`) and, unless it is the last link, its truth as an i8
    /// flag; the chain's result is the last link's result or the first false one.
    fn compare_chain(
        &mut self,
        left: &'a Expr,
        ops: &[CmpOp],
        comparators: &'a [Expr],
        span: crate::span::Span,
        ty: types::Type,
        link: &mut ChainLink<'_, Self>,
    ) -> LResult<Value> {
        let merge = self.b.create_block();
        let res = self.b.append_block_param(merge, ty);
        let mut l = self.expr(left)?;
        for (i, (op, rexpr)) in ops.iter().zip(comparators).enumerate() {
            let r = self.expr(rexpr)?;
            self.set_line(span);
            let last = i + 1 == ops.len();
            match link(self, *op, l, r, last)? {
                (v, Some(flag)) if !last => {
                    let next = self.b.create_block();
                    self.b
                        .ins()
                        .brif(flag, next, &[], merge, &[BlockArg::Value(v)]);
                    self.b.switch_to_block(next);
                }
                (v, _) => self.jump_args(merge, &[v]),
            }
            l = r;
        }
        self.b.switch_to_block(merge);
        Ok(res)
    }

    /// `l op r` for an ordering/equality operator, as a value: small ints
    /// inline, everything else through rt's rich comparison.
    fn rich_compare_value(&mut self, op: CmpOp, l: Value, r: Value) -> LResult<Value> {
        let (rt_op, cc) = rt_cmp(op).expect("ordering/equality operator");
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let merge = self.b.create_block();
        let res = self.b.append_block_param(merge, types::I64);
        let both = self.b.ins().band(l, r);
        let tagged = self.b.ins().band_imm_u(both, SMALL_TAG);
        self.b.ins().brif(tagged, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let c = self.b.ins().icmp(cc, l, r);
        let v = self.box_bool(c);
        self.jump_args(merge, &[v]);
        self.b.switch_to_block(slow);
        let code = self.b.ins().iconst(types::I32, rt_op as i64);
        let v = self.rt_val(RtFn::Compare, &[code, l, r]);
        self.jump_args(merge, &[v]);
        self.b.switch_to_block(merge);
        Ok(res)
    }

    fn compare_one(&mut self, op: CmpOp, l: Value, r: Value) -> LResult<Value> {
        match op {
            CmpOp::Is => return Ok(self.b.ins().icmp(IntCC::Equal, l, r)),
            CmpOp::IsNot => return Ok(self.b.ins().icmp(IntCC::NotEqual, l, r)),
            CmpOp::In | CmpOp::NotIn => {
                let s = self.rt_status(RtFn::Contains, &[r, l]);
                let cc = if op == CmpOp::In {
                    IntCC::NotEqual
                } else {
                    IntCC::Equal
                };
                return Ok(self.b.ins().icmp_imm_s(cc, s, 0));
            }
            _ => {}
        }
        self.compare_num(op, Num::boxed(l), Num::boxed(r))
    }

    /// `l op r` for an ordering/equality operator as an i8 flag: small
    /// ints and floats (deferred ones included) inline, the rest through rt.
    fn compare_num(&mut self, op: CmpOp, l_num: Num, r_num: Num) -> LResult<Value> {
        let merge = self.b.create_block();
        let res = self.b.append_block_param(merge, types::I8);
        self.compare_num_to(op, l_num, r_num, CmpOut::Merge(merge))?;
        self.b.switch_to_block(merge);
        Ok(res)
    }

    /// Lowers the condition `e` as a branch to `then_b` or `else_b`: a
    /// single comparison branches on each of its paths' own compare (no
    /// flag merged and tested again), `not` swaps the targets.
    pub fn cond_branch(&mut self, e: &'a Expr, then_b: Block, else_b: Block) -> LResult<()> {
        match &e.kind {
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() == 1 && rt_cmp(ops[0]).is_some() => {
                let l = self.num_expr(left, true)?;
                let r = self.num_expr(&comparators[0], true)?;
                self.set_line(e.span);
                self.compare_num_to(ops[0], l, r, CmpOut::Branch(then_b, else_b))
            }
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => self.cond_branch(operand, else_b, then_b),
            _ => {
                let c = self.cond(e)?;
                self.branch(c, then_b, else_b);
                Ok(())
            }
        }
    }

    /// Passes a comparison's i8 flag on as `out` says; `rare` for a path
    /// that is emitted after the rest of the function, whose branch then
    /// goes through blocks of that rare part (Cranelift splits an edge from
    /// a two-way branch into a block with several predecessors with a block
    /// of its own, laid out as the target is, i.e. among the likely code).
    fn cmp_out(&mut self, out: CmpOut, flag: Value, rare: bool) {
        match out {
            CmpOut::Merge(merge) => self.jump_args(merge, &[flag]),
            CmpOut::Branch(then_b, else_b) if rare => {
                let (t, e) = (self.b.create_block(), self.b.create_block());
                self.branch(flag, t, e);
                for (from, to) in [(t, then_b), (e, else_b)] {
                    self.b.set_cold_block(from);
                    self.b.switch_to_block(from);
                    self.b.ins().jump(to, &[]);
                }
            }
            CmpOut::Branch(then_b, else_b) => self.branch(flag, then_b, else_b),
        }
    }

    /// `compare_num`, its flag going to `out` from each path.
    fn compare_num_to(&mut self, op: CmpOp, l_num: Num, r_num: Num, out: CmpOut) -> LResult<()> {
        let (rt_op, cc) = rt_cmp(op).expect("ordering/equality operator");
        let (l, r) = (l_num.v, r_num.v);
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        // A deferred float's word is `UNBOXED`, which fails the tag test.
        let both = self.b.ins().band(l, r);
        let tagged = self.b.ins().band_imm_u(both, SMALL_TAG);
        // Code compiled at run time compares floats in rt (see `binop_num`).
        let float_path = self.m.exec.is_none();
        let not_ints = if float_path {
            self.b.create_block()
        } else {
            slow
        };
        self.b.ins().brif(tagged, fast, &[], not_ints, &[]);
        self.b.switch_to_block(fast);
        let c = self.b.ins().icmp(cc, l, r);
        self.cmp_out(out, c, false);
        // Floats (and int/float mixes) compare inline; NaN is unordered.
        let mark = self.layout_mark();
        let rare_float = no_float_sign(l_num, r_num) && float_path;
        if float_path {
            self.b.switch_to_block(not_ints);
            let a = self.num_f64_or(l_num, slow, true);
            let c = self.num_f64_or(r_num, slow, true);
            let fcc = match rt_op {
                ops::CmpOp::Lt => FloatCC::LessThan,
                ops::CmpOp::Le => FloatCC::LessThanOrEqual,
                ops::CmpOp::Eq => FloatCC::Equal,
                ops::CmpOp::Ne => FloatCC::NotEqual,
                ops::CmpOp::Gt => FloatCC::GreaterThan,
                ops::CmpOp::Ge => FloatCC::GreaterThanOrEqual,
            };
            let fc = self.b.ins().fcmp(fcc, a, c);
            self.cmp_out(out, fc, rare_float);
        }
        let slow_mark = self.layout_mark();
        self.b.switch_to_block(slow);
        let l = self.materialize(l_num);
        let r = self.materialize(r_num);
        let code = self.b.ins().iconst(types::I32, rt_op as i64);
        let s = self.rt_status(RtFn::CompareBool, &[code, l, r]);
        let c = self.b.ins().icmp_imm_s(IntCC::NotEqual, s, 0);
        self.cmp_out(out, c, true);
        self.cold_since(if rare_float { mark } else { slow_mark });
        Ok(())
    }
}
