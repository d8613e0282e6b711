//! Pins the layouts `alrt_abi::layout` promises generated code to the real
//! `repr(C)` structs: every offset, size and kind number is asserted when rt
//! compiles, so a struct change that breaks the contract is a build error.

use crate::class::inline_cache::{AttrCache, IcEntry};
use crate::class::instance::InstanceObj;
use crate::exc::traceback::{CodeInfo, TbSite};
use crate::gc::Run;
use crate::object::{Header, Kind, TypeObj};
use crate::objects::float::FloatObj;
use crate::objects::func::{CellObj, FuncDesc, FuncObj};
use crate::objects::generator::GenObj;
use crate::objects::list::ListObj;
use crate::objects::module::{ModuleDesc, ModuleObj};
use crate::objects::tuple::TupleObj;
use crate::stdlib::collections::deque::DequeObj;
use alrt_abi::layout as abi;
use std::mem::{offset_of, size_of};

macro_rules! pin {
    ($($left:expr => $right:expr;)*) => {
        $(const _: () = assert!($left as u64 == $right as u64);)*
    };
}

pin! {
    offset_of!(Header, ty) => abi::HEADER_TY;
    offset_of!(Header, kind) => abi::HEADER_KIND;
    offset_of!(TypeObj, version) => abi::TYPE_VERSION;
    offset_of!(FloatObj, value) => abi::FLOAT_VALUE;
    offset_of!(FuncObj, generic) => abi::FUNC_GENERIC;
    offset_of!(FuncObj, cells) => abi::FUNC_CELLS;
    offset_of!(FuncObj, desc) => abi::FUNC_DESC_PTR;
    offset_of!(CellObj, value) => abi::CELL_VALUE;
    offset_of!(InstanceObj, values) + crate::class::slots::PTR_OFFSET as usize => abi::INSTANCE_SLOTS_PTR;
    offset_of!(InstanceObj, values) + crate::class::slots::LEN_OFFSET as usize => abi::INSTANCE_SLOTS_LEN;
    offset_of!(InstanceObj, values) + crate::class::slots::CAP_OFFSET as usize => abi::INSTANCE_SLOTS_CAP;
    offset_of!(InstanceObj, dict) => abi::INSTANCE_DICT;
    offset_of!(ListObj, items) + crate::objects::list::PTR_OFFSET as usize => abi::LIST_ITEMS_PTR;
    offset_of!(ListObj, items) + crate::objects::list::LEN_OFFSET as usize => abi::LIST_ITEMS_LEN;
    offset_of!(ListObj, items) + crate::objects::list::SEEN_OFFSET as usize => abi::LIST_ITEMS_SEEN;
    offset_of!(TupleObj, len) => abi::TUPLE_LEN;
    offset_of!(TupleObj, hash) => abi::TUPLE_HASH;
    Kind::Tuple as u32 => abi::KIND_TUPLE;
    <TupleObj as crate::object::VarObject>::VAR_SLOT => abi::TUPLE_VAR_SLOT;
    size_of::<TupleObj>() => abi::TUPLE_ITEMS;
    size_of::<AttrCache>() => abi::ATTR_CACHE_SIZE;
    size_of::<IcEntry>() => abi::IC_ENTRY_SIZE;
    offset_of!(IcEntry, version) => abi::IC_VERSION;
    offset_of!(IcEntry, data) => abi::IC_DATA;
    offset_of!(IcEntry, shadow) => abi::IC_SHADOW;
    Kind::Float as u32 => abi::KIND_FLOAT;
    offset_of!(Header, flags) => abi::HEADER_FLAGS;
    size_of::<Run>() => abi::ALLOC_RUN_SIZE;
    offset_of!(Run, next) => abi::ALLOC_RUN_NEXT;
    offset_of!(Run, limit) => abi::ALLOC_RUN_LIMIT;
    crate::gc::RUNS_OFFSET => abi::GC_STATE_RUNS;
    crate::gc::cell_size::<FloatObj>() => abi::FLOAT_CELL;
    <FloatObj as crate::object::Object>::KINDS[0] as u32 => abi::KIND_FLOAT;
    Kind::List as u32 => abi::KIND_LIST;
    Kind::Func as u32 => abi::KIND_FUNC;
    Kind::Deque as u32 => abi::KIND_DEQUE;
    offset_of!(DequeObj, items) + crate::stdlib::collections::deque::LEN_OFFSET => abi::DEQUE_LEN;
    Kind::Generator as u32 => abi::KIND_GENERATOR;
    Kind::Bool as u32 => abi::KIND_BOOL;
    Kind::Instance as u32 => abi::KIND_INSTANCE;
    size_of::<CodeInfo>() => abi::CODE_INFO_SIZE;
    offset_of!(CodeInfo, file) => abi::CODE_INFO_FILE;
    offset_of!(CodeInfo, module) => abi::CODE_INFO_MODULE;
    offset_of!(CodeInfo, file_len) => abi::CODE_INFO_FILE_LEN;
    offset_of!(CodeInfo, name) => abi::CODE_INFO_NAME;
    offset_of!(CodeInfo, name_len) => abi::CODE_INFO_NAME_LEN;
    offset_of!(CodeInfo, source) => abi::CODE_INFO_SOURCE;
    offset_of!(CodeInfo, source_len) => abi::CODE_INFO_SOURCE_LEN;
    offset_of!(CodeInfo, sites) => abi::CODE_INFO_SITES;
    offset_of!(CodeInfo, n_sites) => abi::CODE_INFO_N_SITES;
    size_of::<TbSite>() => abi::TB_SITE_SIZE;
    offset_of!(TbSite, line) => abi::TB_SITE_LINE;
    offset_of!(TbSite, end_line) => abi::TB_SITE_END_LINE;
    offset_of!(TbSite, col) => abi::TB_SITE_COL;
    offset_of!(TbSite, end_col) => abi::TB_SITE_END_COL;
    offset_of!(TbSite, anchor) => abi::TB_SITE_ANCHOR;
    offset_of!(TbSite, anchor_end) => abi::TB_SITE_ANCHOR_END;
    offset_of!(TbSite, callee_end_line) => abi::TB_SITE_CALLEE_END_LINE;
    offset_of!(TbSite, callee_end_col) => abi::TB_SITE_CALLEE_END_COL;
    offset_of!(GenObj, state) => abi::GEN_STATE;
    offset_of!(GenObj, func) => abi::GEN_FUNC;
    offset_of!(GenObj, resume) => abi::GEN_RESUME;
    offset_of!(GenObj, running) => abi::GEN_RUNNING;
    offset_of!(GenObj, async_yield) => abi::GEN_ASYNC_YIELD;
    size_of::<GenObj>() => abi::GEN_SLOTS;
    size_of::<FuncDesc>() => abi::FUNC_DESC_SIZE;
    offset_of!(FuncDesc, text) => abi::FUNC_DESC_TEXT;
    offset_of!(FuncDesc, text_len) => abi::FUNC_DESC_TEXT_LEN;
    offset_of!(FuncDesc, nposonly) => abi::FUNC_DESC_NPOSONLY;
    offset_of!(FuncDesc, npos) => abi::FUNC_DESC_NPOS;
    offset_of!(FuncDesc, nkwonly) => abi::FUNC_DESC_NKWONLY;
    offset_of!(FuncDesc, flags) => abi::FUNC_DESC_FLAGS;
    offset_of!(FuncDesc, module) => abi::FUNC_DESC_MODULE;
    offset_of!(FuncDesc, line) => abi::FUNC_DESC_LINE;
    offset_of!(FuncDesc, body) => abi::FUNC_DESC_BODY;
    size_of::<ModuleDesc>() => abi::MODULE_DESC_SIZE;
    offset_of!(ModuleDesc, name) => abi::MODULE_DESC_NAME;
    offset_of!(ModuleDesc, name_len) => abi::MODULE_DESC_NAME_LEN;
    offset_of!(ModuleDesc, file) => abi::MODULE_DESC_FILE;
    offset_of!(ModuleDesc, file_len) => abi::MODULE_DESC_FILE_LEN;
    offset_of!(ModuleDesc, names) => abi::MODULE_DESC_NAMES;
    offset_of!(ModuleDesc, names_len) => abi::MODULE_DESC_NAMES_LEN;
    offset_of!(ModuleDesc, nslots) => abi::MODULE_DESC_NSLOTS;
    offset_of!(ModuleDesc, slots) => abi::MODULE_DESC_SLOTS;
    offset_of!(ModuleDesc, body) => abi::MODULE_DESC_BODY;
    offset_of!(ModuleDesc, flags) => abi::MODULE_DESC_FLAGS;
    offset_of!(ModuleDesc, index) => abi::MODULE_DESC_INDEX;
    offset_of!(ModuleDesc, obj) => abi::MODULE_DESC_OBJ;
    offset_of!(ModuleObj, slots) => abi::MODULE_SLOTS;
}
