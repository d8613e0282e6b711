//! The rt entry points generated code calls, listed once.
//!
//! `for_each_rt_fn!(m)` invokes the macro `m` with one line per entry point:
//! `Id = symbol(param: Type, ...) -> Ret;`. The types are Rust type tokens as
//! rt declares them; they resolve where the callback expands. rt expands the
//! table into a `const` per entry that coerces its function to exactly that
//! signature (a mismatch is a build error); the compiler maps each type token
//! to a Cranelift type (every pointer and `Value` is one 64-bit word, `u32`
//! and `i32` are 32 bits, `f64` a float register, `()` no result).
//!
//! Conventions: an entry returning `Value` returns the null word when it
//! raised (the exception waits in rt's pending slot); one returning `i32`
//! returns -1 for that (and 0/1 otherwise). `next` and the iteration steps
//! return `value::ITER_STOP` at the end.

/// Invokes `$m!` with the table of rt entry points.
#[macro_export]
macro_rules! for_each_rt_fn {
    ($m:ident) => {
        $m! {
            // Constants, materialised once by the constant initialiser.
            ConstStr = alc_rt_const_str(ptr: *const u8, len: usize) -> Value;
            ConstBytes = alc_rt_const_bytes(ptr: *const u8, len: usize) -> Value;
            ConstInt = alc_rt_const_int(ptr: *const u8, len: usize) -> Value;
            ConstFloat = alc_rt_const_float(x: f64) -> Value;
            ConstComplex = alc_rt_const_complex(re: f64, im: f64) -> Value;
            Builtin = alc_rt_builtin(ptr: *const u8, len: usize) -> Value;
            ConstKwNames = alc_rt_const_kwnames(ptr: *const u8, len: usize) -> Value;
            // Links the Unicode character data (programs importing
            // `unicodedata` or naming `namereplace` call it at start).
            UnicodedataLink = alc_rt_unicodedata_link() -> ();
            // Links the built-in types' and functions' docstrings
            // (programs that may read `__doc__` call it at start).
            DocsLink = alc_rt_docs_link() -> ();
            // Links `_codecs` (programs importing it call it at start).
            CodecsLink = alc_rt_codecs_link() -> ();
            // Link `_subprocess` and `_signal` (programs importing them
            // call these at start).
            SubprocessLink = alc_rt_subprocess_link() -> ();
            SignalLink = alc_rt_signal_link() -> ();
            // Links `zlib` (programs importing it call it at start).
            ZlibLink = alc_rt_zlib_link() -> ();
            // Links `_os_extra` (programs importing it call it at start).
            OsExtraLink = alc_rt_os_extra_link() -> ();
            // Links coroutine support (programs defining a coroutine
            // function or importing `_coroutines` call it at start).
            CoroutinesLink = alc_rt_coroutines_link() -> ();
            // Link the other native modules, one entry each (a program
            // importing the module calls it at start, `stdlib::MODULES`).
            AbcLink = alc_rt_abc_link() -> ();
            Blake2Link = alc_rt_blake2_link() -> ();
            CollectionsLink = alc_rt_collections_link() -> ();
            CopyregLink = alc_rt_copyreg_link() -> ();
            FramesLink = alc_rt_frames_link() -> ();
            HashlibLink = alc_rt_hashlib_link() -> ();
            IoLink = alc_rt_io_link() -> ();
            RandomLink = alc_rt_random_link() -> ();
            ReLink = alc_rt_re_link() -> ();
            StrptimeLink = alc_rt_strptime_link() -> ();
            StructLink = alc_rt_struct_link() -> ();
            OsLink = alc_rt_os_link() -> ();
            ArrayLink = alc_rt_array_link() -> ();
            BinasciiLink = alc_rt_binascii_link() -> ();
            WeakrefLink = alc_rt_weakref_link() -> ();
            CmathLink = alc_rt_cmath_link() -> ();
            GcLink = alc_rt_gc_link() -> ();
            MathLink = alc_rt_math_link() -> ();
            SysLink = alc_rt_sys_link() -> ();
            TimeLink = alc_rt_time_link() -> ();
            // Program start, tracebacks, roots, the stack check.
            Start = alc_rt_start(argc: i32, argv: *const *const u8, modules: *const &'static ModuleDesc, nmodules: usize, code_map: *const u64) -> i32;
            TbAdd = alc_rt_tb_add(info: &'static CodeInfo, site: u32) -> ();
            GenexpEscape = alc_rt_genexp_escape() -> ();
            GenRaised = alc_rt_gen_raised(g: Value) -> ();
            GenSuspended = alc_rt_gen_suspended(g: Value) -> ();
            StackSlow = alc_rt_stack_slow() -> i32;
            Poll = alc_rt_poll() -> i32;
            AddRoots = alc_rt_add_roots(ptr: *const u64, nwords: usize) -> ();
            // Operators (`op` is an `ops` number).
            BinOp = alc_rt_binop(op: u32, a: Value, b: Value) -> Value;
            InPlace = alc_rt_inplace(op: u32, a: Value, b: Value) -> Value;
            Unary = alc_rt_unary(op: u32, v: Value) -> Value;
            Compare = alc_rt_compare(op: u32, a: Value, b: Value) -> Value;
            CompareBool = alc_rt_compare_bool(op: u32, a: Value, b: Value) -> i32;
            // `x ** y` on floats where generated code checked `x` finite and
            // positive and `y` finite (the inline float `**`).
            FloatPowf = alc_rt_float_powf(x: f64, y: f64) -> f64;
            Truthy = alc_rt_truthy(v: Value) -> i32;
            Contains = alc_rt_contains(c: Value, x: Value) -> i32;
            // Items, attributes, iteration.
            GetItem = alc_rt_getitem(o: Value, k: Value) -> Value;
            SetItem = alc_rt_setitem(o: Value, k: Value, v: Value) -> i32;
            GetSlice = alc_rt_getslice(o: Value, start: Value, stop: Value, step: Value) -> Value;
            SetSlice = alc_rt_setslice(o: Value, start: Value, stop: Value, step: Value, v: Value) -> i32;
            // `a[i:j] = b[k:l]`: the right side as a list lent to the
            // assignment, which hands it back (`rt/src/objects/list/lent.rs`).
            GetSliceLent = alc_rt_getslice_lent(o: Value, start: Value, stop: Value, step: Value) -> Value;
            SetSliceLent = alc_rt_setslice_lent(o: Value, start: Value, stop: Value, step: Value, v: Value) -> i32;
            DelItem = alc_rt_delitem(o: Value, k: Value) -> i32;
            GetAttr = alc_rt_getattr(o: Value, name: Value) -> Value;
            SetAttr = alc_rt_setattr(o: Value, name: Value, v: Value) -> i32;
            DelAttr = alc_rt_delattr(o: Value, name: Value) -> i32;
            GetAttrIc = alc_rt_getattr_ic(o: Value, name: Value, ic: &'static AttrCache) -> Value;
            SetAttrIc = alc_rt_setattr_ic(o: Value, name: Value, v: Value, ic: &'static AttrCache) -> i32;
            MethodIc = alc_rt_method_ic(o: Value, name: Value, ic: &'static AttrCache) -> Value;
            CallMethodIc = alc_rt_call_method_ic(o: Value, name: Value, args: *const Value, nargs: usize, kwnames: Value, ic: &'static AttrCache) -> Value;
            Iter = alc_rt_iter(v: Value) -> Value;
            Next = alc_rt_next(it: Value) -> Value;
            Unpack = alc_rt_unpack(v: Value, n: usize, out: *mut Value) -> i32;
            UnpackEx = alc_rt_unpack_ex(v: Value, before: usize, after: usize, out: *mut Value) -> i32;
            // Calls and function objects.
            Call = alc_rt_call(f: Value, args: *const Value, nargs: usize, kwnames: Value) -> Value;
            CallMethod = alc_rt_call_method(o: Value, name: Value, args: *const Value, nargs: usize, kwnames: Value) -> Value;
            MethodAppend = alc_rt_method_append(o: Value, name: Value, v: Value) -> Value;
            MethodGet = alc_rt_method_get(o: Value, name: Value, k: Value, default: Value) -> Value;
            MethodPop = alc_rt_method_pop(o: Value, name: Value) -> Value;
            MethodPopleft = alc_rt_method_popleft(o: Value, name: Value) -> Value;
            CallEx = alc_rt_call_ex(f: Value, posargs: Value, kwargs: Value) -> Value;
            KwargsMerge = alc_rt_kwargs_merge(d: Value, mapping: Value, f: Value) -> i32;
            BindArgs = alc_rt_bind_args(f: Value, args: *const Value, nargs: usize, kwnames: Value, out: *mut Value, nout: usize) -> i32;
            FuncNew = alc_rt_func_new(generic: GenericEntry, desc: &'static FuncDesc, cells: *const Value, ncells: usize, defaults: Value, kwdefaults: Value) -> Value;
            CellNew = alc_rt_cell_new(v: Value) -> Value;
            GenNew = alc_rt_gen_new(func: Value, resume: ResumeFn, nslots: usize, args: *const Value, nargs: usize, flavour: u32) -> Value;
            AwaitIter = alc_rt_await_iter(v: Value) -> Value;
            YieldFrom = alc_rt_yield_from(it: Value, sent: Value, exc: Value, result: *mut Value) -> Value;
            CloseIter = alc_rt_close_iter(it: Value) -> ();
            // Displays and containers.
            TupleNew = alc_rt_tuple_new(ptr: *const Value, n: usize) -> Value;
            ListNew = alc_rt_list_new(ptr: *const Value, n: usize) -> Value;
            // A list display or comprehension: in the float strategy when
            // its items are all floats (or it has none yet).
            ListDisplay = alc_rt_list_display(ptr: *const Value, n: usize) -> Value;
            ListAppend = alc_rt_list_append(l: Value, v: Value) -> ();
            ListExtend = alc_rt_list_extend(l: Value, it: Value) -> i32;
            StarExtend = alc_rt_star_extend(l: Value, it: Value, f: Value) -> i32;
            ListToTuple = alc_rt_list_to_tuple(l: Value) -> Value;
            DictNew = alc_rt_dict_new() -> Value;
            DictSetItem = alc_rt_dict_setitem(d: Value, k: Value, v: Value) -> i32;
            DictUpdate = alc_rt_dict_update(d: Value, m: Value) -> i32;
            SetNew = alc_rt_set_new() -> Value;
            SetAdd = alc_rt_set_add(s: Value, x: Value) -> i32;
            SetFromConsts = alc_rt_set_from_consts(items: Value, builds: u32) -> Value;
            SetUpdate = alc_rt_set_update(s: Value, it: Value) -> i32;
            SliceNew = alc_rt_slice_new(a: Value, b: Value, c: Value) -> Value;
            // Modules, named by their descriptors (not by table index, so
            // that a module's code does not depend on the program that
            // imports it): `import` of a module of the table
            // `alc_rt_start` received (initialised on first import),
            // `from m import name`, a submodule named by `from`, `from m
            // import *` into module `into`, and the ImportErrors raised
            // without a module (`IMPORT_ERR_*`).
            Import = alc_rt_import(module: &'static ModuleDesc) -> Value;
            ImportFrom = alc_rt_import_from(m: Value, name: Value) -> Value;
            ImportSub = alc_rt_import_sub(m: Value, name: Value, module: &'static ModuleDesc) -> i32;
            ImportStar = alc_rt_import_star(into: &'static ModuleDesc, m: Value) -> i32;
            ImportFail = alc_rt_import_fail(why: u32, name: Value) -> Value;
            // `globals()` in `module`: its namespace dict.
            Globals = alc_rt_globals(module: &'static ModuleDesc) -> Value;
            // `type(name, bases, ns)` called in `module` (the class's
            // `__module__` defaults to that module's name).
            TypeNew3 = alc_rt_type_new3(name: Value, bases: Value, ns: Value, module: &'static ModuleDesc) -> Value;
            // Classes.
            NsGet = alc_rt_ns_get(ns: Value, name: Value) -> Value;
            // Names, imports and displayed values of code compiled by
            // `eval`/`exec` (`rt/src/entry/exec.rs`).
            ExecLoad = alc_rt_exec_load(l: Value, g: Value, name: Value) -> Value;
            ExecDelete = alc_rt_exec_delete(ns: Value, name: Value) -> i32;
            ExecImport = alc_rt_exec_import(g: Value, name: Value, level: u32, leaf: i32) -> Value;
            ExecImportFrom = alc_rt_exec_import_from(m: Value, name: Value) -> Value;
            ExecImportStar = alc_rt_exec_import_star(ns: Value, m: Value) -> i32;
            ExecDisplay = alc_rt_exec_display(v: Value) -> i32;
            ExecFuncModule = alc_rt_exec_func_module(f: Value, g: Value) -> i32;
            ExecFuncGlobals = alc_rt_exec_func_globals(f: Value) -> Value;
            NsSet = alc_rt_ns_set(ns: Value, name: Value, v: Value) -> i32;
            ClassPrepare = alc_rt_class_prepare(name: Value, bases: Value, kwnames: Value) -> Value;
            ClassNew = alc_rt_class_new(name: Value, qualname: Value, bases: Value, state: Value, kwnames: Value, cell: Value) -> Value;
            Super = alc_rt_super(cell: Value, obj: Value) -> Value;
            // Text.
            Format = alc_rt_format(v: Value, spec: Value) -> Value;
            Str = alc_rt_str(v: Value) -> Value;
            Repr = alc_rt_repr(v: Value) -> Value;
            Ascii = alc_rt_ascii(v: Value) -> Value;
            JoinStrs = alc_rt_join_strs(ptr: *const Value, n: usize) -> Value;
            // A `+` chain starting with a str literal: `slot` is [acc, parts...].
            ConcatStep = alc_rt_concat_step(slot: *mut Value, i: usize, v: Value) -> i32;
            ConcatEnd = alc_rt_concat_end(slot: *const Value, n: usize) -> Value;
            Len = alc_rt_len(v: Value) -> Value;
            // Exceptions and the handler protocol.
            Raise = alc_rt_raise(v: Value, cause: Value) -> Value;
            Reraise = alc_rt_reraise(exc: Value) -> Value;
            ReraiseCurrent = alc_rt_reraise_current() -> Value;
            FetchExc = alc_rt_fetch_exc() -> Value;
            EnterHandler = alc_rt_enter_handler(exc: Value) -> ();
            LeaveHandler = alc_rt_leave_handler() -> ();
            ExcMatches = alc_rt_exc_matches(exc: Value, t: Value) -> i32;
            // `except*`: the state list (the unmatched rest, then what the
            // clauses raised), a clause's match (None: it does not run),
            // and the final re-raise (1 with the exception pending, 0 when
            // all was handled, -1 on error).
            ExcStarBegin = alc_rt_exc_star_begin(exc: Value) -> Value;
            ExcStarMatch = alc_rt_exc_star_match(state: Value, t: Value) -> Value;
            ExcStarReraise = alc_rt_exc_star_reraise(orig: Value, state: Value) -> i32;
            NameError = alc_rt_name_error(name: Value) -> Value;
            UnboundLocal = alc_rt_unbound_local(name: Value) -> Value;
            UnboundFree = alc_rt_unbound_free(name: Value) -> Value;
            AssertFail = alc_rt_assert_fail(msg: Value) -> Value;
            // The `with` statement.
            WithEnter = alc_rt_with_enter(mgr: Value, exit_out: *mut Value) -> Value;
            WithExitExc = alc_rt_with_exit_exc(exit: Value, exc: Value) -> i32;
            // `async with` and `async for`: each step returns the iterator to
            // await (with `YieldFrom`, or `AsyncForStep` for the next item).
            AsyncWithEnter = alc_rt_async_with_enter(mgr: Value, exit_out: *mut Value) -> Value;
            AsyncWithExit = alc_rt_async_with_exit(exit: Value, exc: Value) -> Value;
            AsyncForIter = alc_rt_async_for_iter(v: Value) -> Value;
            AsyncForNext = alc_rt_async_for_next(it: Value) -> Value;
            AsyncForStep = alc_rt_async_for_step(it: Value, sent: Value, exc: Value, result: *mut Value) -> Value;
            // `match` statements: the pattern tests CPython's `MATCH_*`
            // instructions do. `MatchSequence`/`MatchMapping` cannot fail
            // (0 or 1); `MatchClass` and `MatchKeys` return a tuple of the
            // values to match sub-patterns against, or `None` for no match.
            MatchSequence = alc_rt_match_sequence(v: Value) -> i32;
            MatchMapping = alc_rt_match_mapping(v: Value) -> i32;
            MatchClass = alc_rt_match_class(subj: Value, cls: Value, nargs: usize, kwnames: Value) -> Value;
            MatchKeys = alc_rt_match_keys(map: Value, keys: Value) -> Value;
        }
    };
}
