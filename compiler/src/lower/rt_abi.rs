//! The rt entry points generated code calls, with their C signatures. This
//! table and `rt/src/abi.rs` describe the same functions; the integration
//! test `rt_symbols` checks every name here is defined by the rt library.

use cranelift_codegen::ir::{types, AbiParam, Signature, Type};
use cranelift_codegen::isa::CallConv;

/// Parameter/return kinds in the table: `V` value word or pointer, `U` u32,
/// `I` i32 status, `F` f64.
#[derive(Clone, Copy)]
enum T {
    V,
    U,
    I,
    F,
}

impl T {
    fn ty(self) -> Type {
        match self {
            T::V => types::I64,
            T::U | T::I => types::I32,
            T::F => types::F64,
        }
    }
}

macro_rules! rt_functions {
    ($($id:ident = $name:literal ($($p:ident),*) -> $r:tt;)*) => {
        /// An rt function generated code may call.
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
        pub enum RtFn { $($id),* }

        impl RtFn {
            /// Every rt function, for declaring imports and checking the library.
            pub const ALL: &'static [RtFn] = &[$(RtFn::$id),*];

            /// The exported symbol name.
            pub fn name(self) -> &'static str {
                match self { $(RtFn::$id => $name),* }
            }

            fn params(self) -> &'static [T] {
                match self { $(RtFn::$id => &[$(T::$p),*]),* }
            }

            fn ret(self) -> Option<T> {
                match self { $(RtFn::$id => rt_functions!(@ret $r)),* }
            }
        }
    };
    (@ret none) => { None };
    (@ret $r:ident) => { Some(T::$r) };
}

rt_functions! {
    ConstStr = "alc_rt_const_str"(V, V) -> V;
    ConstInt = "alc_rt_const_int"(V, V) -> V;
    ConstFloat = "alc_rt_const_float"(F) -> V;
    Builtin = "alc_rt_builtin"(V, V) -> V;
    ConstKwNames = "alc_rt_const_kwnames"(V, V) -> V;
    Start = "alc_rt_start"(I, V, V) -> I;
    TbAdd = "alc_rt_tb_add"(V, U) -> none;
    RecursionError = "alc_rt_recursion_error"() -> none;
    AddRoots = "alc_rt_add_roots"(V, V) -> none;
    BinOp = "alc_rt_binop"(U, V, V) -> V;
    InPlace = "alc_rt_inplace"(U, V, V) -> V;
    Unary = "alc_rt_unary"(U, V) -> V;
    Compare = "alc_rt_compare"(U, V, V) -> V;
    CompareBool = "alc_rt_compare_bool"(U, V, V) -> I;
    Truthy = "alc_rt_truthy"(V) -> I;
    Contains = "alc_rt_contains"(V, V) -> I;
    GetItem = "alc_rt_getitem"(V, V) -> V;
    SetItem = "alc_rt_setitem"(V, V, V) -> I;
    DelItem = "alc_rt_delitem"(V, V) -> I;
    GetAttr = "alc_rt_getattr"(V, V) -> V;
    SetAttr = "alc_rt_setattr"(V, V, V) -> I;
    Iter = "alc_rt_iter"(V) -> V;
    Next = "alc_rt_next"(V) -> V;
    Unpack = "alc_rt_unpack"(V, V, V) -> I;
    UnpackEx = "alc_rt_unpack_ex"(V, V, V, V) -> I;
    Call = "alc_rt_call"(V, V, V, V) -> V;
    CallMethod = "alc_rt_call_method"(V, V, V, V, V) -> V;
    MethodIc = "alc_rt_method_ic"(V, V, V) -> V;
    GetAttrIc = "alc_rt_getattr_ic"(V, V, V) -> V;
    SetAttrIc = "alc_rt_setattr_ic"(V, V, V, V) -> I;
    MethodAppend = "alc_rt_method_append"(V, V, V) -> V;
    MethodGet = "alc_rt_method_get"(V, V, V, V) -> V;
    MethodPop = "alc_rt_method_pop"(V, V) -> V;
    CallEx = "alc_rt_call_ex"(V, V, V) -> V;
    KwargsMerge = "alc_rt_kwargs_merge"(V, V, V) -> I;
    BindArgs = "alc_rt_bind_args"(V, V, V, V, V, V) -> I;
    FuncNew = "alc_rt_func_new"(V, V, V, V, V, V) -> V;
    CellNew = "alc_rt_cell_new"(V) -> V;
    TupleNew = "alc_rt_tuple_new"(V, V) -> V;
    ListNew = "alc_rt_list_new"(V, V) -> V;
    ListAppend = "alc_rt_list_append"(V, V) -> none;
    ListExtend = "alc_rt_list_extend"(V, V) -> I;
    StarExtend = "alc_rt_star_extend"(V, V, V) -> I;
    ListToTuple = "alc_rt_list_to_tuple"(V) -> V;
    DictNew = "alc_rt_dict_new"() -> V;
    DictSetItem = "alc_rt_dict_setitem"(V, V, V) -> I;
    NsGet = "alc_rt_ns_get"(V, V) -> V;
    ClassNew = "alc_rt_class_new"(V, V, V, V, V) -> V;
    Super = "alc_rt_super"(V, V) -> V;
    DelAttr = "alc_rt_delattr"(V, V) -> I;
    DictUpdate = "alc_rt_dict_update"(V, V) -> I;
    SetNew = "alc_rt_set_new"() -> V;
    SetAdd = "alc_rt_set_add"(V, V) -> I;
    SetFromConsts = "alc_rt_set_from_consts"(V) -> V;
    SetUpdate = "alc_rt_set_update"(V, V) -> I;
    SliceNew = "alc_rt_slice_new"(V, V, V) -> V;
    Format = "alc_rt_format"(V, V) -> V;
    Str = "alc_rt_str"(V) -> V;
    Repr = "alc_rt_repr"(V) -> V;
    Ascii = "alc_rt_ascii"(V) -> V;
    JoinStrs = "alc_rt_join_strs"(V, V) -> V;
    Len = "alc_rt_len"(V) -> V;
    Raise = "alc_rt_raise"(V, V) -> V;
    Reraise = "alc_rt_reraise"(V) -> V;
    ReraiseCurrent = "alc_rt_reraise_current"() -> V;
    FetchExc = "alc_rt_fetch_exc"() -> V;
    EnterHandler = "alc_rt_enter_handler"(V) -> none;
    LeaveHandler = "alc_rt_leave_handler"() -> none;
    ExcMatches = "alc_rt_exc_matches"(V, V) -> I;
    NameError = "alc_rt_name_error"(V) -> V;
    SetGlobalNames = "alc_rt_set_global_names"(V, V) -> none;
    UnboundLocal = "alc_rt_unbound_local"(V) -> V;
    UnboundFree = "alc_rt_unbound_free"(V) -> V;
    AssertFail = "alc_rt_assert_fail"(V) -> V;
}

impl RtFn {
    /// The C signature of this entry point.
    pub fn signature(self, call_conv: CallConv) -> Signature {
        let mut sig = Signature::new(call_conv);
        for p in self.params() {
            sig.params.push(AbiParam::new(p.ty()));
        }
        if let Some(r) = self.ret() {
            sig.returns.push(AbiParam::new(r.ty()));
        }
        sig
    }
}
