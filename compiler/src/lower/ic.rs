//! Inline-cache sites: `o.name`, `o.name = v` and `o.name(...)` check the
//! entries of the site's cache (rt's `class/inline_cache.rs`; layout in `alrt_abi::layout`) inline and
//! read, write or call without entering rt on a hit; the rt call behind a
//! miss also handles the other entries, fills the cache and every case
//! that is not a plain instance slot or method.

use super::func_cx::FuncCx;
use super::rt_abi::RtFn;
use alrt_abi::layout;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, Block, BlockArg, InstBuilder, MemFlagsData, Value};

impl<'m, 'a, 'f> FuncCx<'m, 'a, 'f> {
    /// Emits the checks shared by every site: `o` is an instance of a user
    /// class whose type version is in one of the cache's entries, and it
    /// has no instance dict. Returns the matching entry's address; falls
    /// to `miss` otherwise (`not_inst` when `o` is not an instance at all).
    fn ic_guard(&mut self, o: Value, ic: Value, miss: Block, not_inst: Block) -> Value {
        self.branch_if_kind(o, layout::KIND_INSTANCE, not_inst);
        let flags = MemFlagsData::trusted();
        let ty = self.b.ins().load(types::I64, flags, o, layout::HEADER_TY);
        let ver = self
            .b
            .ins()
            .load(types::I64, flags, ty, layout::TYPE_VERSION);
        let found = self.b.create_block();
        let entry = self.b.append_block_param(found, types::I64);
        // Every entry is compared inline: polymorphic sites (a base-class
        // method running on several subclasses) hit in any of them.
        for k in 0..layout::IC_ENTRIES {
            let off = k as i32 * layout::IC_ENTRY_SIZE;
            let want = self
                .b
                .ins()
                .load(types::I64, flags, ic, off + layout::IC_VERSION);
            let same = self.b.ins().icmp(IntCC::Equal, ver, want);
            let at = self.b.ins().iadd_imm_s(ic, off as i64);
            let next = self.b.create_block();
            self.b
                .ins()
                .brif(same, found, &[BlockArg::Value(at)], next, &[]);
            self.b.switch_to_block(next);
        }
        self.b.ins().jump(miss, &[]);
        self.b.switch_to_block(found);
        let dict = self
            .b
            .ins()
            .load(types::I64, flags, o, layout::INSTANCE_DICT);
        let slots = self.b.create_block();
        self.b.ins().brif(dict, miss, &[], slots, &[]);
        self.b.switch_to_block(slots);
        entry
    }

    /// The address of the instance slot cache entry `entry` names, or
    /// a jump to `miss` if `o` has fewer slots.
    fn ic_slot_addr(&mut self, o: Value, entry: Value, miss: Block) -> Value {
        let flags = MemFlagsData::trusted();
        let ix = self.b.ins().load(types::I64, flags, entry, layout::IC_DATA);
        let len = self
            .b
            .ins()
            .load(types::I64, flags, o, layout::INSTANCE_SLOTS_LEN);
        let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, ix, len);
        let ok = self.b.create_block();
        self.b.ins().brif(inside, ok, &[], miss, &[]);
        self.b.switch_to_block(ok);
        let p = self
            .b
            .ins()
            .load(types::I64, flags, o, layout::INSTANCE_SLOTS_PTR);
        let off = self.b.ins().ishl_imm_u(ix, 3);
        self.b.ins().iadd(p, off)
    }

    /// `o.name`
    pub fn getattr_site(&mut self, o: Value, name: Value) -> Value {
        let ic = self.ic_slot();
        let miss = self.b.create_block();
        self.b.set_cold_block(miss);
        let done = self.b.create_block();
        let r = self.b.append_block_param(done, types::I64);
        let entry = self.ic_guard(o, ic, miss, miss);
        let addr = self.ic_slot_addr(o, entry, miss);
        let v = self
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), addr, 0);
        self.b.ins().brif(v, done, &[BlockArg::Value(v)], miss, &[]);
        self.b.switch_to_block(miss);
        let sv = self.rt_val(RtFn::GetAttrIc, &[o, name, ic]);
        self.b.ins().jump(done, &[BlockArg::Value(sv)]);
        self.b.switch_to_block(done);
        r
    }

    /// `o.name = v`: a hit overwrites an attribute the instance has, or
    /// sets the next new one in order while the slot vector has room (the
    /// usual `__init__`; `instance::alloc` reserves the class's shape).
    pub fn setattr_site(&mut self, o: Value, name: Value, v: Value) {
        let ic = self.ic_slot();
        let miss = self.b.create_block();
        self.b.set_cold_block(miss);
        let done = self.b.create_block();
        let entry = self.ic_guard(o, ic, miss, miss);
        let flags = MemFlagsData::trusted();
        let ix = self.b.ins().load(types::I64, flags, entry, layout::IC_DATA);
        let len = self
            .b
            .ins()
            .load(types::I64, flags, o, layout::INSTANCE_SLOTS_LEN);
        let p = self
            .b
            .ins()
            .load(types::I64, flags, o, layout::INSTANCE_SLOTS_PTR);
        let off = self.b.ins().ishl_imm_u(ix, 3);
        let addr = self.b.ins().iadd(p, off);
        let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, ix, len);
        let existing = self.b.create_block();
        let append = self.b.create_block();
        self.b.ins().brif(inside, existing, &[], append, &[]);
        self.b.switch_to_block(existing);
        let old = self.b.ins().load(types::I64, flags, addr, 0);
        let store = self.b.create_block();
        self.b.ins().brif(old, store, &[], miss, &[]);
        self.b.switch_to_block(store);
        self.b.ins().store(flags, v, addr, 0);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(append);
        let next = self.b.ins().icmp(IntCC::Equal, ix, len);
        let cap = self
            .b
            .ins()
            .load(types::I64, flags, o, layout::INSTANCE_SLOTS_CAP);
        let room = self.b.ins().icmp(IntCC::UnsignedLessThan, ix, cap);
        let fits = self.b.ins().band(next, room);
        let grow = self.b.create_block();
        self.b.ins().brif(fits, grow, &[], miss, &[]);
        self.b.switch_to_block(grow);
        self.b.ins().store(flags, v, addr, 0);
        let len1 = self.b.ins().iadd_imm_s(len, 1);
        self.b
            .ins()
            .store(flags, len1, o, layout::INSTANCE_SLOTS_LEN);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(miss);
        self.rt_status(RtFn::SetAttrIc, &[o, name, v, ic]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// `o.name(...)` with `arr` = [o, positional..., keyword values...] and
    /// `n` counting `o`: an instance whose class has `name` as a plain
    /// function enters that function's generic entry directly with `o` as
    /// the first argument; everything else goes through
    /// `alc_rt_call_method`.
    pub fn method_call_site(
        &mut self,
        o: Value,
        name: Value,
        arr: Value,
        n: Value,
        kw: Value,
        positional: Option<&[Value]>,
    ) -> Value {
        let ic = self.ic_slot();
        let miss = self.b.create_block();
        self.b.set_cold_block(miss);
        let general = self.b.create_block();
        let call = self.b.create_block();
        let fv = self.b.append_block_param(call, types::I64);
        let done = self.b.create_block();
        let r = self.b.append_block_param(done, types::I64);
        let entry = self.ic_guard(o, ic, miss, general);
        let flags = MemFlagsData::trusted();
        // A shadowing instance attribute is possible: let rt check it.
        let shadow = self
            .b
            .ins()
            .load(types::I64, flags, entry, layout::IC_SHADOW);
        let plain = self.b.create_block();
        self.b.ins().brif(shadow, miss, &[], plain, &[]);
        self.b.switch_to_block(plain);
        // An empty entry (version 0) holds no function.
        let f = self.b.ins().load(types::I64, flags, entry, layout::IC_DATA);
        self.b.ins().brif(f, call, &[BlockArg::Value(f)], miss, &[]);
        self.b.switch_to_block(miss);
        let f = self
            .rt(RtFn::MethodIc, &[o, name, ic])
            .unwrap_or_else(|| self.null());
        self.b
            .ins()
            .brif(f, call, &[BlockArg::Value(f)], general, &[]);
        self.b.switch_to_block(call);
        // Only positional arguments (the receiver first): a method taking
        // exactly those is entered at its body (`call_positional`).
        if let Some(vals) = positional {
            let body = self.direct_body(fv, vals.len());
            let direct = self.b.create_block();
            let generic = self.b.create_block();
            self.b.ins().brif(body, direct, &[], generic, &[]);
            self.b.switch_to_block(direct);
            let dr = self.call_body(body, fv, vals);
            self.b.ins().jump(done, &[BlockArg::Value(dr)]);
            self.b.switch_to_block(generic);
        }
        let fr = self.call_generic_entry(fv, arr, n, kw);
        self.b.ins().jump(done, &[BlockArg::Value(fr)]);
        self.b.switch_to_block(general);
        let rest = self.b.ins().iadd_imm_s(arr, 8);
        let n1 = self.b.ins().iadd_imm_s(n, -1);
        let gr = self
            .rt(RtFn::CallMethodIc, &[o, name, rest, n1, kw, ic])
            .unwrap_or_else(|| self.null());
        self.b.ins().jump(done, &[BlockArg::Value(gr)]);
        self.b.switch_to_block(done);
        self.check_val(r);
        r
    }
}
