//! Inline allocation: a computed float is boxed by bumping the float
//! space's run of free cells in rt's collector state (`docs/gc.md`,
//! "Allocation"), calling rt only when the run is exhausted.

use super::func_cx::FuncCx;
use super::rt_abi::RtFn;
use alrt_abi::{data, layout};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, BlockArg, InstBuilder, MemFlagsData, Value};

/// Offset of the float space's run in the collector state.
const FLOAT_RUN: i32 =
    layout::GC_STATE_RUNS + layout::KIND_FLOAT as i32 * layout::ALLOC_RUN_SIZE as i32;

impl FuncCx<'_, '_, '_> {
    /// A new float object holding `f`. The fast path takes the next cell
    /// of the run and writes the header and value; an exhausted run (and
    /// every allocation in stress mode, whose runs are left empty) calls
    /// `alc_rt_const_float`, which takes a new run and may collect first.
    pub fn box_float(&mut self, f: Value) -> Value {
        self.box_float_or(f, None)
    }

    /// `box_float`, with rt's failure (MemoryError pending) going to
    /// `failed` when given rather than to the error path.
    pub fn box_float_or(
        &mut self,
        f: Value,
        failed: Option<cranelift_codegen::ir::Block>,
    ) -> Value {
        let flags = MemFlagsData::trusted();
        let state = self.data_addr(data::GC_STATE);
        let next = self
            .b
            .ins()
            .load(types::I64, flags, state, FLOAT_RUN + layout::ALLOC_RUN_NEXT);
        let limit = self.b.ins().load(
            types::I64,
            flags,
            state,
            FLOAT_RUN + layout::ALLOC_RUN_LIMIT,
        );
        let end = self.b.ins().iadd_imm_s(next, layout::FLOAT_CELL);
        let fits = self
            .b
            .ins()
            .icmp(IntCC::UnsignedLessThanOrEqual, end, limit);
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let done = self.b.create_block();
        let obj = self.b.append_block_param(done, types::I64);
        self.b.ins().brif(fits, fast, &[], slow, &[]);

        self.b.switch_to_block(fast);
        self.b
            .ins()
            .store(flags, end, state, FLOAT_RUN + layout::ALLOC_RUN_NEXT);
        let ty = self.data_addr(data::FLOAT_TYPE);
        self.b.ins().store(flags, ty, next, layout::HEADER_TY);
        let kind = self.b.ins().iconst(types::I32, layout::KIND_FLOAT as i64);
        self.b.ins().store(flags, kind, next, layout::HEADER_KIND);
        let no_flags = self.b.ins().iconst(types::I32, 0);
        self.b
            .ins()
            .store(flags, no_flags, next, layout::HEADER_FLAGS);
        self.b.ins().store(flags, f, next, layout::FLOAT_VALUE);
        self.b.ins().jump(done, &[BlockArg::Value(next)]);

        self.b.switch_to_block(slow);
        let boxed = match failed {
            None => self.rt_val(RtFn::ConstFloat, &[f]),
            Some(failed) => {
                let w = self.rt(RtFn::ConstFloat, &[f]).expect("returns");
                let ok = self.b.create_block();
                self.b.ins().brif(w, ok, &[], failed, &[]);
                self.b.switch_to_block(ok);
                w
            }
        };
        self.b.ins().jump(done, &[BlockArg::Value(boxed)]);

        self.b.switch_to_block(done);
        obj
    }
}
