//! Inline list access: `l[i]`, `l[i] = v` and `len(l)` on exact lists read
//! (`t[i]` on tuples is in fast.rs)
//! the buffer address and length rt keeps at fixed offsets
//! (`alrt::list::ListItems`); every other case is an rt call.

use super::func::FuncCx;
use super::rt_abi::RtFn;
use crate::span::Span;
use alrt::layout;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, Block, BlockArg, InstBuilder, MemFlagsData, Value};
use cranelift_frontend::Variable;

impl<'m, 'a, 'f> FuncCx<'m, 'a, 'f> {
    /// Continues in a new block if `v` is a heap object of kind `kind`,
    /// else jumps to `other`.
    pub fn branch_if_kind(&mut self, v: Value, kind: u32, other: Block) {
        let heap = self.b.create_block();
        let tagged = self.b.ins().band_imm_u(v, 1);
        self.b.ins().brif(tagged, other, &[], heap, &[]);
        self.b.switch_to_block(heap);
        let k = self
            .b
            .ins()
            .load(types::I32, MemFlagsData::trusted(), v, layout::HEADER_KIND);
        let same = self.b.ins().icmp_imm_u(IntCC::Equal, k, kind as i64);
        let yes = self.b.create_block();
        self.b.ins().brif(same, yes, &[], other, &[]);
        self.b.switch_to_block(yes);
    }

    /// Continues in a new block if `v` is an exact list (subclass
    /// instances are `Kind::Instance`), else jumps to `other`.
    pub fn branch_if_list(&mut self, v: Value, other: Block) {
        self.branch_if_kind(v, layout::KIND_LIST, other);
    }

    /// Starts iterating `v` (`for` statements and comprehensions): an exact
    /// list is walked by index, reading its length at each step as the list
    /// iterator does (`mode` 1, `seq` the list, `idx` 0); anything else goes
    /// through `iter`/`next` (`mode` 0, `seq` the iterator). Both paths jump
    /// to `header`.
    pub fn begin_iteration(&mut self, v: Value, span: Span, vars: [Variable; 3], header: Block) {
        let [seq, mode, idx] = vars;
        let other = self.b.create_block();
        self.branch_if_list(v, other);
        let one = self.b.ins().iconst(types::I64, 1);
        self.b.def_var(mode, one);
        self.b.def_var(seq, v);
        let zero = self.b.ins().iconst(types::I64, 0);
        self.b.def_var(idx, zero);
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(other);
        self.set_line(span);
        let it = self.rt_val(RtFn::Iter, &[v]);
        self.b.def_var(seq, it);
        let zero = self.b.ins().iconst(types::I64, 0);
        self.b.def_var(mode, zero);
        self.b.def_var(idx, zero);
        self.b.ins().jump(header, &[]);
    }

    /// The length of list `l` (a raw count).
    pub fn list_len(&mut self, l: Value) -> Value {
        self.b.ins().load(
            types::I64,
            MemFlagsData::trusted(),
            l,
            layout::LIST_ITEMS_LEN,
        )
    }

    /// Item `i` (a raw index the caller checked against the length) of
    /// list `l`.
    pub fn list_item_at(&mut self, l: Value, i: Value) -> Value {
        let flags = MemFlagsData::trusted();
        let p = self
            .b
            .ins()
            .load(types::I64, flags, l, layout::LIST_ITEMS_PTR);
        let off = self.b.ins().ishl_imm_u(i, 3);
        let addr = self.b.ins().iadd(p, off);
        self.b.ins().load(types::I64, flags, addr, 0)
    }

    /// The address of item `k` (a tagged small int, negative counting from
    /// the end) of list `l`, or a jump to `other` if `k` is not a small int
    /// or out of range.
    fn list_item_addr(&mut self, l: Value, k: Value, other: Block) -> Value {
        let small = self.b.create_block();
        let tagged = self.b.ins().band_imm_u(k, 1);
        self.b.ins().brif(tagged, small, &[], other, &[]);
        self.b.switch_to_block(small);
        let i = self.b.ins().sshr_imm_u(k, 1);
        let len = self.list_len(l);
        let plus_len = self.b.ins().iadd(i, len);
        let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, i, 0);
        let i = self.b.ins().select(negative, plus_len, i);
        // One unsigned compare rejects both ends.
        let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, i, len);
        let ok = self.b.create_block();
        self.b.ins().brif(inside, ok, &[], other, &[]);
        self.b.switch_to_block(ok);
        let p = self.b.ins().load(
            types::I64,
            MemFlagsData::trusted(),
            l,
            layout::LIST_ITEMS_PTR,
        );
        let off = self.b.ins().ishl_imm_u(i, 3);
        self.b.ins().iadd(p, off)
    }

    /// `o[k]`: lists here, tuples in `getitem` (fast.rs), then rt.
    pub fn getitem_site(&mut self, o: Value, k: Value) -> Value {
        let slow = self.b.create_block();
        let done = self.b.create_block();
        let r = self.b.append_block_param(done, types::I64);
        self.branch_if_list(o, slow);
        let addr = self.list_item_addr(o, k, slow);
        let v = self
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), addr, 0);
        self.b.ins().jump(done, &[BlockArg::Value(v)]);
        self.b.switch_to_block(slow);
        let sv = self.getitem(o, k);
        self.b.ins().jump(done, &[BlockArg::Value(sv)]);
        self.b.switch_to_block(done);
        r
    }

    /// `o[k] = v`
    pub fn setitem_site(&mut self, o: Value, k: Value, v: Value) {
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let done = self.b.create_block();
        self.branch_if_list(o, slow);
        let addr = self.list_item_addr(o, k, slow);
        self.b.ins().store(MemFlagsData::trusted(), v, addr, 0);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(slow);
        self.rt_status(RtFn::SetItem, &[o, k, v]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// `len(v)`
    pub fn len_site(&mut self, v: Value) -> Value {
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let done = self.b.create_block();
        let r = self.b.append_block_param(done, types::I64);
        self.branch_if_list(v, slow);
        let n = self.list_len(v);
        // Lengths are far below 2**62: tagging cannot overflow.
        let twice = self.b.ins().ishl_imm_u(n, 1);
        let tagged = self.b.ins().bor_imm_u(twice, 1);
        self.b.ins().jump(done, &[BlockArg::Value(tagged)]);
        self.b.switch_to_block(slow);
        let sv = self.rt_val(RtFn::Len, &[v]);
        self.b.ins().jump(done, &[BlockArg::Value(sv)]);
        self.b.switch_to_block(done);
        r
    }
}
