//! The rt entry points as Cranelift imports, expanded from the one table in
//! `alrt_abi::for_each_rt_fn!` (rt checks its functions against the same
//! table, so a signature here cannot drift from the function it calls).

use cranelift_codegen::ir::{types, AbiParam, Signature, Type};
use cranelift_codegen::isa::CallConv;

/// Stand-ins for the rt types the table names: the compiler only needs to
/// know how each is passed.
mod abi_types {
    /// An Al value word.
    pub struct Value;
    /// A per-site inline cache (passed by address).
    pub struct AttrCache;
    /// A function's traceback descriptor (passed by address).
    pub struct CodeInfo;
    /// A function's static descriptor (passed by address).
    pub struct FuncDesc;
    /// A function's generic entry (a code address).
    pub struct GenericEntry;
    /// A module's static descriptor (passed by address).
    pub struct ModuleDesc;
    /// A generator's resume function (a code address).
    pub struct ResumeFn;
}

/// How a table type is passed: `None` only for `()` results.
trait AbiType {
    const TY: Option<Type>;
}

macro_rules! abi_types {
    ($($t:ty => $ty:expr;)*) => {
        $(impl AbiType for $t {
            const TY: Option<Type> = $ty;
        })*
    };
}

abi_types! {
    () => None;
    abi_types::Value => Some(types::I64);
    abi_types::GenericEntry => Some(types::I64);
    abi_types::ResumeFn => Some(types::I64);
    usize => Some(types::I64);
    u32 => Some(types::I32);
    i32 => Some(types::I32);
    f64 => Some(types::F64);
}

impl<T> AbiType for *const T {
    const TY: Option<Type> = Some(types::I64);
}

impl<T> AbiType for *mut T {
    const TY: Option<Type> = Some(types::I64);
}

impl<T> AbiType for &'static T {
    const TY: Option<Type> = Some(types::I64);
}

macro_rules! declare_rt_fns {
    ($($id:ident = $name:ident ($($p:ident : $t:ty),*) -> $r:ty;)*) => {
        /// An rt function generated code may call.
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
        pub enum RtFn { $($id),* }

        impl RtFn {
            /// Every rt function.
            pub const ALL: &'static [RtFn] = &[$(RtFn::$id),*];

            /// The exported symbol name.
            pub fn name(self) -> &'static str {
                match self { $(RtFn::$id => stringify!($name)),* }
            }

            /// The C signature of this entry point.
            pub fn signature(self, call_conv: CallConv) -> Signature {
                use abi_types::*;
                let mut sig = Signature::new(call_conv);
                match self {
                    $(RtFn::$id => {
                        $(sig.params.push(AbiParam::new(
                            <$t as AbiType>::TY.expect("parameters are never ()"),
                        ));)*
                        if let Some(ty) = <$r as AbiType>::TY {
                            sig.returns.push(AbiParam::new(ty));
                        }
                    })*
                }
                sig
            }
        }
    };
}

alrt_abi::for_each_rt_fn!(declare_rt_fns);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_follow_the_table() {
        let sig = RtFn::Start.signature(CallConv::SystemV);
        let params: Vec<_> = sig.params.iter().map(|p| p.value_type).collect();
        assert_eq!(
            params,
            [types::I32, types::I64, types::I64, types::I64, types::I64]
        );
        assert_eq!(sig.returns.len(), 1);
        assert_eq!(sig.returns[0].value_type, types::I32);
        let sig = RtFn::TbAdd.signature(CallConv::SystemV);
        assert_eq!(sig.params[1].value_type, types::I32);
        assert!(sig.returns.is_empty());
        assert_eq!(
            RtFn::ConstFloat.signature(CallConv::SystemV).params[0].value_type,
            types::F64
        );
        assert!(RtFn::ALL.iter().all(|f| f.name().starts_with("alc_rt_")));
    }
}
