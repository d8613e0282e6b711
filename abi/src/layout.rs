//! Object layouts generated code relies on: field offsets for the inline
//! fast paths, kind numbers it tests, and the static descriptors the
//! compiler emits. rt asserts each one against its `repr(C)` structs at
//! compile time (`rt/src/layout.rs`), so a drift is a build error.

/// Offset of `Header::ty` (the type object pointer) in every object.
pub const HEADER_TY: i32 = 0;
/// Offset of `Header::kind` (a u32) in every object.
pub const HEADER_KIND: i32 = 8;
/// Offset of `TypeObj::version` (a u64 attribute-cache version tag).
pub const TYPE_VERSION: i32 = 48;
/// Offset of `FloatObj::value` (an f64).
pub const FLOAT_VALUE: i32 = 16;
/// Offset of `FuncObj::generic` (the generic entry's address).
pub const FUNC_GENERIC: i32 = 16;
/// Offset of `FuncObj::cells` (pointer to the closure's cell array).
pub const FUNC_CELLS: i32 = 24;
/// Offset of `FuncObj::desc` (pointer to its static `FuncDesc`).
pub const FUNC_DESC_PTR: i32 = 64;
/// Offset of `CellObj::value`.
pub const CELL_VALUE: i32 = 16;
/// Offset of `InstanceObj::values` (a slot vector: pointer, then length).
pub const INSTANCE_SLOTS_PTR: i32 = 16;
/// Offset of the slot count of `InstanceObj::values`.
pub const INSTANCE_SLOTS_LEN: i32 = 24;
/// Offset of the capacity of `InstanceObj::values`.
pub const INSTANCE_SLOTS_CAP: i32 = 32;
/// Offset of `InstanceObj::dict` (null while the slots hold attributes).
pub const INSTANCE_DICT: i32 = 40;
/// Offset of a list's buffer address (kept current whenever no borrow of
/// the list's items is held).
pub const LIST_ITEMS_PTR: i32 = 16;
/// Offset of a list's length.
pub const LIST_ITEMS_LEN: i32 = 24;
/// Offset of the number of a list's leading items that are old (the
/// collector's `ListItems::seen`): generated code stores 0 there when it
/// stores an item, so that the next minor collection sees the new value.
pub const LIST_ITEMS_SEEN: i32 = 32;
/// The header flag (`HEADER_FLAGS`) of a list whose items are stored as
/// raw f64 bits (never NaN) rather than values; cleared once the list is
/// generic, for good. A generic list's flags are 0, so its kind and flags
/// read as one word equal `KIND_LIST`.
pub const LIST_FLAG_FLOATS: u32 = 1;
/// Offset of a deque's length (kept current whenever no borrow of the
/// deque's items is held).
pub const DEQUE_LEN: i32 = 16;
/// Offset of `TupleObj::len` (a usize).
pub const TUPLE_LEN: i32 = 24;
/// Offset of a tuple's first item (the items follow the `TupleObj`).
pub const TUPLE_ITEMS: i32 = 32;
/// Offset of `TupleObj::hash` (an i64, -1 until computed).
pub const TUPLE_HASH: i32 = 16;
/// `Kind` of tuples (and of tuple-subclass instances, whose type differs).
pub const KIND_TUPLE: u32 = 7;
/// The collector's spaces (`rt/src/gc/heap.rs`): one per `Kind` of
/// fixed-size objects first, ...
pub const GC_FIXED_SPACES: usize = 57;
/// ... then, for each variable-size slot, one per size class; a class of
/// at most `GC_SMALL_CLASS_MAX` bytes holds cells of `16 * class` bytes.
pub const GC_NCLASSES: usize = 49;
/// The largest cell of the classes in steps of 16 bytes.
pub const GC_SMALL_CLASS_MAX: usize = 256;
/// The variable-size slot of tuples (`VarObject::VAR_SLOT`).
pub const TUPLE_VAR_SLOT: usize = 0;

/// The cell size and the offset in the collector state of the run of
/// free cells of a tuple of `n` items, for tuples whose cell is at most
/// `GC_SMALL_CLASS_MAX` bytes: generated code allocates those inline.
pub const fn tuple_run(n: usize) -> Option<(i64, i32)> {
    let size = TUPLE_ITEMS as usize + 8 * n;
    if size > GC_SMALL_CLASS_MAX {
        return None;
    }
    let class = size.div_ceil(16);
    let space = GC_FIXED_SPACES + TUPLE_VAR_SLOT * GC_NCLASSES + class;
    Some((
        (class * 16) as i64,
        GC_STATE_RUNS + (space * ALLOC_RUN_SIZE) as i32,
    ))
}

/// Size of `AttrCache`, the per-site inline cache generated code reserves
/// (zeroed, writable) for `alc_rt_getattr_ic` and friends.
pub const ATTR_CACHE_SIZE: i32 = 96;
/// Entries in an `AttrCache`.
pub const IC_ENTRIES: usize = 4;
/// Size of one `IcEntry`.
pub const IC_ENTRY_SIZE: i32 = 24;
/// Offsets in an `IcEntry`: the type version...
pub const IC_VERSION: i32 = 0;
/// ... the slot index or function ...
pub const IC_DATA: i32 = 8;
/// ... and the method-shadowing slot (0: none).
pub const IC_SHADOW: i32 = 16;

/// `Kind` of exact floats (and of float-subclass instances, whose type differs).
pub const KIND_FLOAT: u32 = 4;
/// A run of free GC cells (`Run` in `rt/src/gc/heap.rs`): the collector
/// state (`data::GC_STATE`) starts with one per space, the space of a
/// fixed-size type being its `Kind` (floats: `KIND_FLOAT`). Generated code
/// allocates a float by bumping `next` while it stays within `limit`.
pub const ALLOC_RUN_SIZE: usize = 16;
/// ... the address of the run's next free cell ...
pub const ALLOC_RUN_NEXT: i32 = 0;
/// ... and of the end of the run (`next == limit`: empty).
pub const ALLOC_RUN_LIMIT: i32 = 8;
/// Offset of the first run in the collector state.
pub const GC_STATE_RUNS: i32 = 0;
/// Bytes of a float's GC cell (its object rounded up to 16).
pub const FLOAT_CELL: i64 = 32;
/// The flags word after a header's kind (`Header::flags`).
pub const HEADER_FLAGS: i32 = 12;
/// `Kind` of deques (and of instances of deque subclasses).
pub const KIND_DEQUE: u32 = 38;
/// `Kind` of exact lists (subclass instances are `KIND_INSTANCE`).
pub const KIND_LIST: u32 = 6;
/// `Kind::Generator` (an exact generator: coroutines have their own kind).
pub const KIND_GENERATOR: u32 = 31;
/// `Kind` of `True` and `False`.
pub const KIND_BOOL: u32 = 2;
/// `Kind` of functions defined by `def` and `lambda` (`FuncObj`).
pub const KIND_FUNC: u32 = 13;
/// `Kind` of instances of user classes.
pub const KIND_INSTANCE: u32 = 23;

/// Size of `CodeInfo`, the per-function static the compiler emits for
/// tracebacks: file (pointer, length), name (pointer, length), source text
/// (pointer, length) and the module's traceback sites (pointer, count), at
/// these offsets, and the index of its module in the program's module table.
pub const CODE_INFO_SIZE: usize = 72;
/// Offset of `CodeInfo::file`.
pub const CODE_INFO_FILE: usize = 0;
/// Offset of `CodeInfo::file_len`.
pub const CODE_INFO_FILE_LEN: usize = 8;
/// Offset of `CodeInfo::name`.
pub const CODE_INFO_NAME: usize = 16;
/// Offset of `CodeInfo::name_len`.
pub const CODE_INFO_NAME_LEN: usize = 24;
/// Offset of `CodeInfo::source`.
pub const CODE_INFO_SOURCE: usize = 32;
/// Offset of `CodeInfo::source_len`.
pub const CODE_INFO_SOURCE_LEN: usize = 40;
/// Offset of `CodeInfo::sites`: the address of an array of `TbSite`s.
pub const CODE_INFO_SITES: usize = 48;
/// Offset of `CodeInfo::n_sites` (a usize).
pub const CODE_INFO_N_SITES: usize = 56;
/// Offset of `CodeInfo::module` (a usize): the code's module, an index into
/// the module table `alc_rt_start` receives.
pub const CODE_INFO_MODULE: usize = 64;

/// The code map `alc_rt_start` receives (`rt/src/exc/frames.rs`): a
/// count (a u64) followed by that many entries, one per compiled function
/// that runs in an Al frame, of `CODE_MAP_ENTRY_SIZE` bytes at these
/// offsets: the function's address, its code's length in bytes, its
/// frame's `CodeInfo`, and its calls (address of and count of (return
/// offset, traceback site) pairs of u32s, sorted by return offset).
pub const CODE_MAP_ENTRY_SIZE: usize = 40;
/// Offset of the function's address in a code map entry.
pub const CODE_MAP_FUNC: usize = 0;
/// Offset of the code's length (a u64).
pub const CODE_MAP_LEN: usize = 8;
/// Offset of the address of the frame's `CodeInfo`.
pub const CODE_MAP_INFO: usize = 16;
/// Offset of the address of the call table.
pub const CODE_MAP_CALLS: usize = 24;
/// Offset of the number of calls (a u64).
pub const CODE_MAP_NCALLS: usize = 32;

/// Size of `ModuleDesc`, the static description of one module of the
/// program: its name, source path and slot names (pointer, length each;
/// the names `\0`-separated in slot order), its global slot array (count,
/// address), its body (`extern "C" fn() -> Value`, None or null on an
/// exception), `MODULE_FLAG_*`, its index in the program's module table
/// and the address of the word where rt puts its module object once it is
/// created (which compiled code compares with), at these offsets. A native
/// module's descriptor has only its name, `MODULE_FLAG_NATIVE`, index and
/// object word.
pub const MODULE_DESC_SIZE: usize = 96;
/// Offset of `ModuleDesc::name`.
pub const MODULE_DESC_NAME: usize = 0;
/// Offset of `ModuleDesc::name_len`.
pub const MODULE_DESC_NAME_LEN: usize = 8;
/// Offset of `ModuleDesc::file`.
pub const MODULE_DESC_FILE: usize = 16;
/// Offset of `ModuleDesc::file_len`.
pub const MODULE_DESC_FILE_LEN: usize = 24;
/// Offset of `ModuleDesc::names`.
pub const MODULE_DESC_NAMES: usize = 32;
/// Offset of `ModuleDesc::names_len`.
pub const MODULE_DESC_NAMES_LEN: usize = 40;
/// Offset of `ModuleDesc::nslots`.
pub const MODULE_DESC_NSLOTS: usize = 48;
/// Offset of `ModuleDesc::slots`.
pub const MODULE_DESC_SLOTS: usize = 56;
/// Offset of `ModuleDesc::body`.
pub const MODULE_DESC_BODY: usize = 64;
/// Offset of `ModuleDesc::flags` (a u32).
pub const MODULE_DESC_FLAGS: usize = 72;
/// Offset of `ModuleDesc::index`.
pub const MODULE_DESC_INDEX: usize = 80;
/// Offset of `ModuleDesc::obj`.
pub const MODULE_DESC_OBJ: usize = 88;
/// `ModuleDesc::flags`: the module is a package (`__init__`).
pub const MODULE_FLAG_PACKAGE: u32 = 1;
/// `ModuleDesc::flags`: the module is implemented in rt (`rt/src/stdlib/`).
pub const MODULE_FLAG_NATIVE: u32 = 2;
/// Offset of `ModuleObj::slots`: the address of the module's global slots.
pub const MODULE_SLOTS: i32 = 16;

/// Size of `TbSite`, one traceback site: where the operation whose error
/// path calls `alc_rt_tb_add(info, site)` is in the source. Eight `u32`s at
/// these offsets. Lines are 1-based; columns are 0-based UTF-8 byte offsets
/// into their line, as CPython's code positions (PEP 657) are.
pub const TB_SITE_SIZE: usize = 32;
/// Offset of `TbSite::line`, the first line of the expression.
pub const TB_SITE_LINE: usize = 0;
/// Offset of `TbSite::end_line`, its last line.
pub const TB_SITE_END_LINE: usize = 4;
/// Offset of `TbSite::col`, where it starts on `line`.
pub const TB_SITE_COL: usize = 8;
/// Offset of `TbSite::end_col`, where it ends on `end_line` (exclusive).
pub const TB_SITE_END_COL: usize = 12;
/// Offset of `TbSite::anchor`: the start of the part printed with `^`
/// among `~` (a binary operator, a subscript's `[...]`), or `TB_NO_ANCHOR`.
pub const TB_SITE_ANCHOR: usize = 16;
/// Offset of `TbSite::anchor_end` (exclusive).
pub const TB_SITE_ANCHOR_END: usize = 20;
/// Offset of `TbSite::callee_end_line`: for a method call `o.m(...)`, the
/// line where `o.m` ends (an error looking `m` up is shown there, as
/// CPython's separate attribute load is), else `TB_NO_ANCHOR`.
pub const TB_SITE_CALLEE_END_LINE: usize = 24;
/// Offset of `TbSite::callee_end_col`.
pub const TB_SITE_CALLEE_END_COL: usize = 28;
/// `TbSite::anchor` of a site without a secondary range.
pub const TB_NO_ANCHOR: u32 = u32::MAX;

/// Size of `FuncDesc`, the static description of a compiled function:
/// its `name\0qualname\0param...` text (pointer, length), parameter counts
/// its module, first line and body.
pub const FUNC_DESC_SIZE: usize = 56;
/// Offset of `FuncDesc::text`.
pub const FUNC_DESC_TEXT: usize = 0;
/// Offset of `FuncDesc::text_len` (a usize).
pub const FUNC_DESC_TEXT_LEN: usize = 8;
/// Offset of `FuncDesc::nposonly` (a u32).
pub const FUNC_DESC_NPOSONLY: usize = 16;
/// Offset of `FuncDesc::npos` (a u32, including the positional-only ones).
pub const FUNC_DESC_NPOS: usize = 20;
/// Offset of `FuncDesc::nkwonly` (a u32).
pub const FUNC_DESC_NKWONLY: usize = 24;
/// Offset of `FuncDesc::flags` (a u32 of `FUNC_FLAG_*`).
pub const FUNC_DESC_FLAGS: usize = 28;
/// Offset of `FuncDesc::module` (a usize): the defining module's index in
/// the program's module table (`__module__` is its name).
pub const FUNC_DESC_MODULE: usize = 32;
/// Offset of `FuncDesc::line` (a u32): CPython's `co_firstlineno`, the
/// line of the `def` (or its first decorator) or `lambda`.
pub const FUNC_DESC_LINE: usize = 40;
/// Offset of `FuncDesc::body`: the address of the function's body,
/// `body(f, a0, .., a<npos-1>)`, which a call passing exactly `npos`
/// positional arguments and no keywords may call instead of the generic
/// entry; 0 when the function has `*args`, keyword-only parameters or
/// `**kwargs` (its body takes those too).
pub const FUNC_DESC_BODY: usize = 48;
/// `FuncDesc::flags`: the function has `*args`.
pub const FUNC_FLAG_VARARGS: u32 = 1;
/// `FuncDesc::flags`: the function has `**kwargs`.
pub const FUNC_FLAG_VARKW: u32 = 2;
/// `FuncDesc::flags`: the function has a docstring, the last `\0`-separated
/// part of `FuncDesc::text`.
pub const FUNC_FLAG_DOC: u32 = 4;
/// `FuncDesc::flags`: the function is an `async def` without `yield`
/// (calling it makes a coroutine; `asyncio.iscoroutinefunction`).
pub const FUNC_FLAG_COROUTINE: u32 = 8;

/// Offset of `GenObj::state` (an i64): the resume point of a suspended
/// generator, 0 before it starts, `GEN_FINISHED` after it ends.
pub const GEN_STATE: i32 = 16;
/// Offset of `GenObj::resume` (the compiled resume function).
pub const GEN_RESUME: i32 = 24;
/// Offset of `GenObj::async_yield` (a bool byte): generated code sets it at
/// a `yield` of an async generator, so rt tells a value the generator
/// yields from one an `await` inside it passes up to the event loop.
pub const GEN_ASYNC_YIELD: i32 = 41;
/// Offset of `GenObj::func` (the generator function object).
pub const GEN_FUNC: i32 = 32;
/// Offset of `GenObj::running` (a byte: 1 while the body runs).
pub const GEN_RUNNING: i32 = 40;
/// Offset of a generator's first variable slot (the slots follow the
/// `GenObj` in its cell, one word per variable of the function).
pub const GEN_SLOTS: i32 = 72;
/// What `alc_rt_gen_new` creates (its `flavour`): a generator...
pub const GEN_FLAVOUR_GENERATOR: u32 = 0;
/// ... a coroutine (`async def`) ...
pub const GEN_FLAVOUR_COROUTINE: u32 = 1;
/// ... or an async generator (`async def` with `yield`).
pub const GEN_FLAVOUR_ASYNC_GENERATOR: u32 = 2;
/// `GenObj::state` of a generator whose body returned or raised.
pub const GEN_FINISHED: i64 = -1;
/// Set in `GenObj::state` (above the resume point number, which fits in
/// the low 32 bits) while the generator is suspended where closing it runs
/// code: inside a `try` with `except` or `finally`, a `with` body, or a
/// `for` loop that closes its generator. rt then registers the generator
/// for finalisation, to close it when it becomes garbage.
pub const GEN_STATE_CLOSE_RUNS_CODE: i64 = 1 << 32;

/// `alc_rt_import_fail`: `ModuleNotFoundError: No module named 'name'`.
pub const IMPORT_ERR_NOT_FOUND: u32 = 0;
/// `alc_rt_import_fail`: a relative import in a module without a package.
pub const IMPORT_ERR_NO_PARENT: u32 = 1;
/// `alc_rt_import_fail`: a relative import past the top-level package.
pub const IMPORT_ERR_BEYOND_TOP: u32 = 2;
