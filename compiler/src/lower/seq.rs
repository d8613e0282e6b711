//! Inline sequence access: `t[i]` on exact tuples (items in the cell), and
//! `l[i]`, `l[i] = v`, `len(l)` and iteration on exact lists, through the
//! buffer address and length rt keeps at fixed offsets
//! (rt's `ListItems`, offsets in `alrt_abi::layout`), minding the float
//! strategy (raw f64 words); every other case is an rt call.

use super::fast::{Num, UNBOXED};
use super::func_cx::{FuncCx, SMALL_SHIFT, SMALL_TAG};
use super::rt_abi::RtFn;
use crate::span::Span;
use alrt_abi::layout;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, Block, BlockArg, InstBuilder, MemFlagsData, Value};
use cranelift_frontend::Variable;

/// The kind and header flags of a float list read as one word.
const FLOAT_LIST_WORD: i64 = layout::KIND_LIST as i64 | (layout::LIST_FLAG_FLOATS as i64) << 32;

impl<'m, 'a, 'f> FuncCx<'m, 'a, 'f> {
    /// Continues in a new block if `v` is a heap object of kind `kind`,
    /// else jumps to `other`.
    pub fn branch_if_kind(&mut self, v: Value, kind: u32, other: Block) {
        let heap = self.b.create_block();
        let tagged = self.b.ins().band_imm_u(v, SMALL_TAG);
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
    /// iterator does (`mode` 1, or 3 for a float list, `seq` the list,
    /// `idx` 0); a generator is
    /// resumed by calling its resume function directly (`mode` 2, `seq` the
    /// generator); anything else goes through `iter`/`next` (`mode` 0,
    /// `seq` the iterator). Every path jumps to `header`, a list walk's to
    /// `list_header` (where a loop may try its fast copy).
    pub fn begin_iteration(
        &mut self,
        v: Value,
        span: Span,
        vars: [Variable; 3],
        header: Block,
        list_header: Block,
    ) {
        let [seq, mode, idx] = vars;
        let other = self.b.create_block();
        let floats = self.b.create_block();
        let walk = self.b.create_block();
        let m = self.b.append_block_param(walk, types::I64);
        self.branch_on_list(v, floats, other);
        let one = self.b.ins().iconst(types::I64, 1);
        self.b.ins().jump(walk, &[BlockArg::Value(one)]);
        self.b.switch_to_block(floats);
        let three = self.b.ins().iconst(types::I64, 3);
        self.b.ins().jump(walk, &[BlockArg::Value(three)]);
        self.b.switch_to_block(walk);
        self.b.def_var(mode, m);
        self.b.def_var(seq, v);
        let zero = self.b.ins().iconst(types::I64, 0);
        self.b.def_var(idx, zero);
        self.b.ins().jump(list_header, &[]);
        self.b.switch_to_block(other);
        let (pos, _) = self.iteration_site(span);
        self.set_line(pos);
        let it = self.rt_val(RtFn::Iter, &[v]);
        self.b.def_var(seq, it);
        let zero = self.b.ins().iconst(types::I64, 0);
        self.b.def_var(idx, zero);
        let generic = self.b.create_block();
        self.b.def_var(mode, zero);
        let gen = self.b.create_block();
        self.branch_if_kind(it, layout::KIND_GENERATOR, generic);
        self.b.ins().jump(gen, &[]);
        self.b.switch_to_block(gen);
        let two = self.b.ins().iconst(types::I64, 2);
        self.b.def_var(mode, two);
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(generic);
        self.b.ins().jump(header, &[]);
    }

    /// The next item of an iteration `begin_iteration` started, as a jump
    /// to `got(item)`, or a jump to `exhausted`. A list walk advances its
    /// index here, before the body runs.
    pub fn next_item(&mut self, vars: [Variable; 3], span: Span, got: Block, exhausted: Block) {
        let [seq, mode, idx] = vars;
        let m = self.b.use_var(mode);
        let list = self.b.create_block();
        let not_list = self.b.create_block();
        let float_list = self.b.create_block();
        let iter = self.b.create_block();
        let is_list = self.b.ins().icmp_imm_s(IntCC::Equal, m, 1);
        self.b.ins().brif(is_list, list, &[], not_list, &[]);
        for floats in [false, true] {
            self.b
                .switch_to_block(if floats { float_list } else { list });
            let l = self.b.use_var(seq);
            let i = self.b.use_var(idx);
            let len = self.list_len(l);
            let more = self.b.ins().icmp(IntCC::SignedLessThan, i, len);
            let load = self.b.create_block();
            self.b.ins().brif(more, load, &[], exhausted, &[]);
            self.b.switch_to_block(load);
            let item = if floats {
                self.float_item_boxed(l, i)
            } else {
                self.list_item_at(l, i)
            };
            let next = self.b.ins().iadd_imm_s(i, 1);
            self.b.def_var(idx, next);
            self.b.ins().jump(got, &[BlockArg::Value(item)]);
        }
        self.b.switch_to_block(not_list);
        let is_floats = self.b.ins().icmp_imm_s(IntCC::Equal, m, 3);
        self.b.ins().brif(is_floats, float_list, &[], iter, &[]);
        self.b.switch_to_block(iter);
        let gen = self.b.create_block();
        let generic = self.b.create_block();
        let is_gen = self.b.ins().icmp_imm_s(IntCC::Equal, m, 2);
        self.b.ins().brif(is_gen, gen, &[], generic, &[]);
        self.b.switch_to_block(gen);
        self.next_from_generator(seq, span, got, exhausted, generic);
        self.b.switch_to_block(generic);
        self.next_from_iterator(seq, span, got, exhausted);
    }

    /// `next()` on the generator in `g`, inline: unless it is running or
    /// finished (then `slow`, rt's `next`, raises or stops), mark it
    /// running and call its resume function with None, as rt's `next`
    /// does; a jump to `got(item)` when it yields, to `exhausted` when it
    /// returns; null means it raised.
    fn next_from_generator(
        &mut self,
        g: Variable,
        span: Span,
        got: Block,
        exhausted: Block,
        slow: Block,
    ) {
        let flags = MemFlagsData::trusted();
        let g = self.b.use_var(g);
        let running = self.b.ins().load(types::I8, flags, g, layout::GEN_RUNNING);
        let state = self.b.ins().load(types::I64, flags, g, layout::GEN_STATE);
        let done = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, state, layout::GEN_FINISHED);
        let busy = self.b.ins().uextend(types::I64, running);
        let done = self.b.ins().uextend(types::I64, done);
        let either = self.b.ins().bor(busy, done);
        let go = self.b.create_block();
        self.b.ins().brif(either, slow, &[], go, &[]);
        self.b.switch_to_block(go);
        let one = self.b.ins().iconst(types::I8, 1);
        self.b.ins().store(flags, one, g, layout::GEN_RUNNING);
        let resume = self.b.ins().load(types::I64, flags, g, layout::GEN_RESUME);
        let sig = self.m.value_sig(3);
        let sig = self.b.import_signature(sig);
        let none = self.none();
        let null = self.null();
        let call = self.b.ins().call_indirect(sig, resume, &[g, none, null]);
        let r = self.b.inst_results(call)[0];
        let zero = self.b.ins().iconst(types::I8, 0);
        self.b.ins().store(flags, zero, g, layout::GEN_RUNNING);
        let raised = self.b.create_block();
        self.b.set_cold_block(raised);
        let ok = self.b.create_block();
        self.b.ins().brif(r, ok, &[], raised, &[]);
        self.b.switch_to_block(raised);
        self.rt(RtFn::GenRaised, &[g]);
        // Reported where rt's `next` would be (see `next_from_iterator`).
        let (pos, comp) = self.iteration_site(span);
        self.set_line(pos);
        let saved = self.scope;
        if let Some(c) = comp {
            self.scope = c;
        }
        self.raise_pending();
        self.scope = saved;
        self.b.switch_to_block(ok);
        let state = self.b.ins().load(types::I64, flags, g, layout::GEN_STATE);
        let ended = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, state, layout::GEN_FINISHED);
        let yielded = self.b.create_block();
        self.b.ins().brif(ended, exhausted, &[], yielded, &[]);
        self.b.switch_to_block(yielded);
        // Suspended where closing it runs code: rt registers it with the
        // finaliser queue (as rt's own `next` does).
        let bit = self
            .b
            .ins()
            .band_imm_u(state, layout::GEN_STATE_CLOSE_RUNS_CODE);
        let register = self.b.create_block();
        self.b.set_cold_block(register);
        self.b
            .ins()
            .brif(bit, register, &[], got, &[BlockArg::Value(r)]);
        self.b.switch_to_block(register);
        self.rt(RtFn::GenSuspended, &[g]);
        self.b.ins().jump(got, &[BlockArg::Value(r)]);
    }

    /// `next()` on the iterator in `it`: a jump to `got(item)`, or to
    /// `exhausted` when it stops.
    pub fn next_from_iterator(&mut self, it: Variable, span: Span, got: Block, exhausted: Block) {
        let it = self.b.use_var(it);
        let (pos, comp) = self.iteration_site(span);
        self.set_line(pos);
        let saved = self.scope;
        if let Some(c) = comp {
            self.scope = c;
        }
        let x = self.rt_val(RtFn::Next, &[it]);
        self.scope = saved;
        let stop = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, x, alrt_abi::value::ITER_STOP as i64);
        self.b
            .ins()
            .brif(stop, exhausted, &[], got, &[BlockArg::Value(x)]);
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
    /// generic list `l`.
    pub fn list_item_at(&mut self, l: Value, i: Value) -> Value {
        let addr = self.list_slot_addr(l, i);
        self.b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), addr, 0)
    }

    /// Item `i` (a raw index in range) of float list `l`, boxed: a new
    /// float each time.
    pub fn float_item_boxed(&mut self, l: Value, i: Value) -> Value {
        let addr = self.list_slot_addr(l, i);
        let f = self
            .b
            .ins()
            .load(types::F64, MemFlagsData::trusted(), addr, 0);
        self.box_float(f)
    }

    /// Continues in a new block if `v` is an exact generic list, jumps to
    /// `floats` if it is an exact float list, else to `other`: the kind
    /// and the header's flags read as one word (a generic list's flags
    /// are 0).
    pub fn branch_on_list(&mut self, v: Value, floats: Block, other: Block) {
        let heap = self.b.create_block();
        let tagged = self.b.ins().band_imm_u(v, SMALL_TAG);
        self.b.ins().brif(tagged, other, &[], heap, &[]);
        self.b.switch_to_block(heap);
        let kw = self
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), v, layout::HEADER_KIND);
        let generic = self
            .b
            .ins()
            .icmp_imm_u(IntCC::Equal, kw, layout::KIND_LIST as i64);
        let yes = self.b.create_block();
        let not_generic = self.b.create_block();
        self.b.ins().brif(generic, yes, &[], not_generic, &[]);
        self.b.switch_to_block(not_generic);
        let is_floats = self.b.ins().icmp_imm_u(IntCC::Equal, kw, FLOAT_LIST_WORD);
        self.b.ins().brif(is_floats, floats, &[], other, &[]);
        self.b.switch_to_block(yes);
    }

    /// The address of the word of item `i` (a raw index in range) of
    /// list `l`.
    pub fn list_slot_addr(&mut self, l: Value, i: Value) -> Value {
        let p = self.b.ins().load(
            types::I64,
            MemFlagsData::trusted(),
            l,
            layout::LIST_ITEMS_PTR,
        );
        let off = self.b.ins().ishl_imm_u(i, 3);
        self.b.ins().iadd(p, off)
    }

    /// Non-zero when list `l` is in the float strategy (its words are raw
    /// f64 bits, not values: rt's `ListItems`).
    pub fn list_is_floats(&mut self, l: Value) -> Value {
        let flags = self
            .b
            .ins()
            .load(types::I32, MemFlagsData::trusted(), l, layout::HEADER_FLAGS);
        self.b
            .ins()
            .band_imm_u(flags, layout::LIST_FLAG_FLOATS as i64)
    }

    /// The f64 of `v` when it is an exact float that is not NaN (what a
    /// float list may hold unboxed), else a jump to `other`.
    pub fn unboxable_float_or(&mut self, v: Value, other: Block) -> Value {
        let obj = self.b.create_block();
        let float_b = self.b.create_block();
        let ok = self.b.create_block();
        let tagged = self.b.ins().band_imm_u(v, SMALL_TAG);
        self.b.ins().brif(tagged, other, &[], obj, &[]);
        self.b.switch_to_block(obj);
        let is_float = self.is_exact_type(v, alrt_abi::data::FLOAT_TYPE);
        self.b.ins().brif(is_float, float_b, &[], other, &[]);
        self.b.switch_to_block(float_b);
        let f = self
            .b
            .ins()
            .load(types::F64, MemFlagsData::trusted(), v, layout::FLOAT_VALUE);
        let nan = self.b.ins().fcmp(FloatCC::Unordered, f, f);
        self.b.ins().brif(nan, other, &[], ok, &[]);
        self.b.switch_to_block(ok);
        f
    }

    /// An i8 flag: the heap object `v` has exactly the built-in type whose
    /// type object is the rt symbol `sym` (instances of subclasses share
    /// the kind but may override behaviour).
    pub fn is_exact_type(&mut self, v: Value, sym: &'static str) -> Value {
        let ty = self
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), v, layout::HEADER_TY);
        let want = self.data_addr(sym);
        self.b.ins().icmp(IntCC::Equal, ty, want)
    }

    /// The raw index a tagged small int `k` denotes in a sequence of
    /// length `len` (negative counting from the end), or a jump to `other`
    /// when it is out of range.
    fn index_in(&mut self, k: Value, len: Value, other: Block) -> Value {
        let i = self.b.ins().sshr_imm_u(k, SMALL_SHIFT);
        self.raw_index_in(i, len, other)
    }

    /// `index_in` for an untagged index `i`.
    pub fn raw_index_in(&mut self, i: Value, len: Value, other: Block) -> Value {
        let plus_len = self.b.ins().iadd(i, len);
        let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, i, 0);
        let i = self.b.ins().select(negative, plus_len, i);
        // One unsigned compare rejects both ends.
        let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, i, len);
        let ok = self.b.create_block();
        self.b.ins().brif(inside, ok, &[], other, &[]);
        self.b.switch_to_block(ok);
        i
    }

    /// After a value is stored into an item of generic list `l`: the next
    /// minor collection must trace its items again (`LIST_ITEMS_SEEN`).
    pub fn list_item_stored(&mut self, l: Value) {
        let zero = self.b.ins().iconst(types::I64, 0);
        self.b
            .ins()
            .store(MemFlagsData::trusted(), zero, l, layout::LIST_ITEMS_SEEN);
    }

    /// The address of item `k` (a tagged small int, negative counting from
    /// the end) of list `l`, or a jump to `other` if `k` is not a small int
    /// or out of range.
    fn list_item_addr(&mut self, l: Value, k: Value, other: Block) -> Value {
        let small = self.b.create_block();
        let tagged = self.b.ins().band_imm_u(k, SMALL_TAG);
        self.b.ins().brif(tagged, small, &[], other, &[]);
        self.b.switch_to_block(small);
        let len = self.list_len(l);
        let i = self.index_in(k, len, other);
        let p = self.b.ins().load(
            types::I64,
            MemFlagsData::trusted(),
            l,
            layout::LIST_ITEMS_PTR,
        );
        let off = self.b.ins().ishl_imm_u(i, 3);
        self.b.ins().iadd(p, off)
    }

    /// `o[k]`: inline when `k` is a small int in range and `o` an exact
    /// list or exactly a `tuple` (a subclass may define `__getitem__`);
    /// everything else, `IndexError` included, goes to rt.
    pub fn getitem_site(&mut self, o: Value, k: Value) -> Value {
        self.getitem_inline(o, k, false).v
    }

    /// `o[k]` as an operand of float arithmetic: a float list's item is
    /// left unboxed (word `UNBOXED`, the f64 beside it), so
    /// `b[0] + dt * b[3]` boxes nothing until its result is stored.
    pub fn getitem_num(&mut self, o: Value, k: Value) -> Num {
        self.getitem_inline(o, k, true)
    }

    fn getitem_inline(&mut self, o: Value, k: Value, defer: bool) -> Num {
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let done = self.b.create_block();
        let r = self.b.append_block_param(done, types::I64);
        let rf = self.b.append_block_param(done, types::F64);
        let flags = MemFlagsData::trusted();
        let no_f = self.b.ins().f64const(0.0);
        // `k` a small int and `o` a pointer: bit 0 of `k & !o`.
        let both = self.b.ins().band_not(k, o);
        let ok_tags = self.b.ins().band_imm_u(both, SMALL_TAG);
        let obj = self.b.create_block();
        self.b.ins().brif(ok_tags, obj, &[], slow, &[]);
        self.b.switch_to_block(obj);
        let kw = self.b.ins().load(types::I64, flags, o, layout::HEADER_KIND);
        let is_list = self
            .b
            .ins()
            .icmp_imm_u(IntCC::Equal, kw, layout::KIND_LIST as i64);
        let list = self.b.create_block();
        let not_generic = self.b.create_block();
        let float_list = self.b.create_block();
        let not_list = self.b.create_block();
        self.b.ins().brif(is_list, list, &[], not_generic, &[]);
        self.b.switch_to_block(list);
        let len = self.list_len(o);
        let i = self.index_in(k, len, slow);
        let item = self.list_item_at(o, i);
        self.jump_args(done, &[item, no_f]);
        self.b.switch_to_block(not_generic);
        let is_floats = self.b.ins().icmp_imm_u(IntCC::Equal, kw, FLOAT_LIST_WORD);
        self.b.ins().brif(is_floats, float_list, &[], not_list, &[]);
        self.b.switch_to_block(float_list);
        let len = self.list_len(o);
        let i = self.index_in(k, len, slow);
        if defer {
            let addr = self.list_slot_addr(o, i);
            let f = self.b.ins().load(types::F64, flags, addr, 0);
            let unboxed = self.unboxed_word();
            self.jump_args(done, &[unboxed, f]);
        } else {
            let item = self.float_item_boxed(o, i);
            self.jump_args(done, &[item, no_f]);
        }
        self.b.switch_to_block(not_list);
        let is_tuple = self.is_exact_type(o, alrt_abi::data::TUPLE_TYPE);
        let tuple = self.b.create_block();
        self.b.ins().brif(is_tuple, tuple, &[], slow, &[]);
        self.b.switch_to_block(tuple);
        let len = self.b.ins().load(types::I64, flags, o, layout::TUPLE_LEN);
        let i = self.index_in(k, len, slow);
        let off = self.b.ins().ishl_imm_u(i, 3);
        let addr = self.b.ins().iadd(o, off);
        let item = self
            .b
            .ins()
            .load(types::I64, flags, addr, layout::TUPLE_ITEMS);
        self.jump_args(done, &[item, no_f]);
        self.b.switch_to_block(slow);
        let sv = self.rt_val(RtFn::GetItem, &[o, k]);
        self.jump_args(done, &[sv, no_f]);
        self.b.switch_to_block(done);
        if defer {
            Num::maybe_float(r, rf)
        } else {
            Num::boxed(r)
        }
    }

    /// `o[k] = n` for a value computed by arithmetic: a float left
    /// unboxed goes into a float list without a box (a NaN is boxed and
    /// stored through rt, which turns the list generic).
    pub fn setitem_num(&mut self, o: Value, k: Value, n: Num) {
        let Some(f) = n.f else {
            return self.setitem_site(o, k, n.v);
        };
        let boxed = self.b.create_block();
        let done = self.b.create_block();
        let unboxed = self.b.ins().icmp_imm_s(IntCC::Equal, n.v, UNBOXED);
        let raw = self.b.create_block();
        self.b.ins().brif(unboxed, raw, &[], boxed, &[]);
        self.b.switch_to_block(raw);
        let fl = self.b.create_block();
        self.branch_on_list(o, fl, boxed);
        self.b.ins().jump(boxed, &[]);
        self.b.switch_to_block(fl);
        // An index that is not a small int in range, or a NaN: rt.
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let addr = self.list_item_addr(o, k, slow);
        let nan = self.b.ins().fcmp(FloatCC::Unordered, f, f);
        let store = self.b.create_block();
        self.b.ins().brif(nan, slow, &[], store, &[]);
        self.b.switch_to_block(store);
        self.b.ins().store(MemFlagsData::trusted(), f, addr, 0);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(slow);
        let v = self.materialize(n);
        self.rt_status(RtFn::SetItem, &[o, k, v]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(boxed);
        let v = self.materialize(n);
        self.setitem_site(o, k, v);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// `o[k] = v`: into a float list, an exact float's f64 is stored
    /// unboxed; anything else goes to rt, which turns the list generic.
    pub fn setitem_site(&mut self, o: Value, k: Value, v: Value) {
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let done = self.b.create_block();
        let raw = self.b.create_block();
        self.branch_on_list(o, raw, slow);
        let addr = self.list_item_addr(o, k, slow);
        self.b.ins().store(MemFlagsData::trusted(), v, addr, 0);
        self.list_item_stored(o);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(raw);
        let addr = self.list_item_addr(o, k, slow);
        let f = self.unboxable_float_or(v, slow);
        self.b.ins().store(MemFlagsData::trusted(), f, addr, 0);
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
        let twice = self.b.ins().ishl_imm_u(n, SMALL_SHIFT);
        let tagged = self.b.ins().bor_imm_u(twice, SMALL_TAG);
        self.b.ins().jump(done, &[BlockArg::Value(tagged)]);
        self.b.switch_to_block(slow);
        let sv = self.rt_val(RtFn::Len, &[v]);
        self.b.ins().jump(done, &[BlockArg::Value(sv)]);
        self.b.switch_to_block(done);
        r
    }
}
