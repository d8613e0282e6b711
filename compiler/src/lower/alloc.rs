//! Inline allocation: a computed float is boxed, and a small tuple display
//! made, by bumping its space's run of free cells in rt's collector state
//! (`docs/gc.md`, "Allocation"), calling rt only when the run is
//! exhausted.

use super::func_cx::FuncCx;
use super::rt_abi::RtFn;
use super::ArrayThunk;
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
        let init = &mut |cx: &mut Self, obj: Value| {
            cx.init_header(obj, data::FLOAT_TYPE, layout::KIND_FLOAT);
            cx.b.ins()
                .store(MemFlagsData::trusted(), f, obj, layout::FLOAT_VALUE);
        };
        let slow = &mut |cx: &mut Self| match failed {
            None => cx.rt_val(RtFn::ConstFloat, &[f]),
            Some(failed) => {
                let w = cx.rt(RtFn::ConstFloat, &[f]).expect("returns");
                let ok = cx.b.create_block();
                cx.b.ins().brif(w, ok, &[], failed, &[]);
                cx.b.switch_to_block(ok);
                w
            }
        };
        self.alloc_inline(FLOAT_RUN, layout::FLOAT_CELL, init, slow)
    }

    /// A new tuple of `vals` (at least one: the empty tuple is rt's one
    /// object). Up to `layout::tuple_run`'s size, the fast path takes the
    /// next cell of the run of the tuple's size class and writes the
    /// header, the unset hash, the length and the items; an exhausted run
    /// (every allocation in stress mode) calls `alc_rt_tuple_new`.
    pub fn new_tuple(&mut self, vals: &[Value]) -> Value {
        let Some((cell, run)) = layout::tuple_run(vals.len()).filter(|_| !vals.is_empty()) else {
            let arr = self.array(vals);
            let n = self.b.ins().iconst(types::I64, vals.len() as i64);
            return self.rt_val(RtFn::TupleNew, &[arr, n]);
        };
        // Out of line: no array in this frame (`ModuleCx::array_thunk`).
        let slow = &mut |cx: &mut Self| {
            let made = match cx.m.array_thunk(ArrayThunk::Tuple, vals.len()) {
                Ok(thunk) => {
                    let f = cx.m.module_declare_func_in_func(thunk, cx.b.func);
                    let call = cx.b.ins().call(f, vals);
                    cx.b.inst_results(call)[0]
                }
                Err(_) => {
                    let arr = cx.array(vals);
                    let n = cx.b.ins().iconst(types::I64, vals.len() as i64);
                    cx.rt(RtFn::TupleNew, &[arr, n]).expect("returns")
                }
            };
            cx.check_val(made);
            made
        };
        let init = &mut |cx: &mut Self, obj: Value| {
            cx.init_header(obj, data::TUPLE_TYPE, layout::KIND_TUPLE);
            let flags = MemFlagsData::trusted();
            let unset = cx.b.ins().iconst(types::I64, -1);
            cx.b.ins().store(flags, unset, obj, layout::TUPLE_HASH);
            let n = cx.b.ins().iconst(types::I64, vals.len() as i64);
            cx.b.ins().store(flags, n, obj, layout::TUPLE_LEN);
            for (i, v) in vals.iter().enumerate() {
                let off = layout::TUPLE_ITEMS + 8 * i as i32;
                cx.b.ins().store(flags, *v, obj, off);
            }
        };
        self.alloc_inline(run, cell, init, slow)
    }

    /// An object in a cell of `cell` bytes taken from the run at offset
    /// `run` of the collector state, which `init` fills; when the run is
    /// exhausted, the object `slow` makes through rt (on a cold path).
    fn alloc_inline(
        &mut self,
        run: i32,
        cell: i64,
        init: &mut dyn FnMut(&mut Self, Value),
        slow: &mut dyn FnMut(&mut Self) -> Value,
    ) -> Value {
        let flags = MemFlagsData::trusted();
        let state = self.data_addr(data::GC_STATE);
        let next = self
            .b
            .ins()
            .load(types::I64, flags, state, run + layout::ALLOC_RUN_NEXT);
        let limit = self
            .b
            .ins()
            .load(types::I64, flags, state, run + layout::ALLOC_RUN_LIMIT);
        let end = self.b.ins().iadd_imm_s(next, cell);
        let fits = self
            .b
            .ins()
            .icmp(IntCC::UnsignedLessThanOrEqual, end, limit);
        let fast = self.b.create_block();
        let slow_b = self.b.create_block();
        self.b.set_cold_block(slow_b);
        let done = self.b.create_block();
        let obj = self.b.append_block_param(done, types::I64);
        self.b.ins().brif(fits, fast, &[], slow_b, &[]);

        self.b.switch_to_block(fast);
        self.b
            .ins()
            .store(flags, end, state, run + layout::ALLOC_RUN_NEXT);
        init(self, next);
        self.b.ins().jump(done, &[BlockArg::Value(next)]);

        self.b.switch_to_block(slow_b);
        let made = slow(self);
        self.b.ins().jump(done, &[BlockArg::Value(made)]);

        self.b.switch_to_block(done);
        obj
    }

    /// Writes a fresh object's header: the type at data symbol `ty`, its
    /// kind, no flags.
    fn init_header(&mut self, obj: Value, ty: &'static str, kind: u32) {
        let flags = MemFlagsData::trusted();
        let ty = self.data_addr(ty);
        self.b.ins().store(flags, ty, obj, layout::HEADER_TY);
        let kind = self.b.ins().iconst(types::I32, kind as i64);
        self.b.ins().store(flags, kind, obj, layout::HEADER_KIND);
        let no_flags = self.b.ins().iconst(types::I32, 0);
        self.b
            .ins()
            .store(flags, no_flags, obj, layout::HEADER_FLAGS);
    }
}
