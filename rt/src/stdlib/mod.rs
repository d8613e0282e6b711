//! The native halves of standard-library modules: one file per module,
//! each with an `init` that fills a `ModuleBuilder` with the module's
//! attributes, listed in `MODULES`. The compiler knows each native
//! module's attribute names from the ABI crate (`alrt_abi::stdlib`); a unit
//! test here checks that every `init` defines exactly those names.

use crate::exc::error::R;
use crate::gc::RootedVec;
use crate::objects::func::BuiltinObj;
use crate::value::Value;

pub mod math;
pub mod sys;

/// A native module's attributes while it is being created: names and
/// values in definition order, the values rooted.
#[derive(Default)]
pub struct ModuleBuilder {
    pub names: Vec<&'static str>,
    pub values: RootedVec,
}

impl ModuleBuilder {
    /// Defines the built-in function `f` under its own name.
    pub fn func(&mut self, f: &'static BuiltinObj) {
        self.value(f.name, Value::from_ref(f));
    }

    /// Defines `name` as `v`.
    pub fn value(&mut self, name: &'static str, v: Value) {
        self.names.push(name);
        self.values.push(v);
    }
}

/// A module implemented in Rust.
pub struct NativeModule {
    /// Its import name (`math`, `_random`).
    pub name: &'static str,
    /// Defines its attributes.
    pub init: fn(&mut ModuleBuilder) -> R<()>,
}

/// Every native module.
pub static MODULES: &[NativeModule] = &[
    NativeModule {
        name: "math",
        init: math::init,
    },
    NativeModule {
        name: "sys",
        init: sys::init,
    },
];

/// The native module named `name`.
pub fn find(name: &str) -> Option<&'static NativeModule> {
    MODULES.iter().find(|m| m.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_module_defines_exactly_its_abi_names() {
        for m in MODULES {
            let mut b = ModuleBuilder::default();
            assert!((m.init)(&mut b).is_ok(), "{}", m.name);
            let mut got = b.names.clone();
            got.sort_unstable();
            let want = alrt_abi::stdlib::names(m.name).expect("module in the ABI table");
            assert_eq!(got, want, "{}", m.name);
        }
        for (name, _) in alrt_abi::stdlib::NATIVE {
            assert!(
                find(name).is_some(),
                "{name} in the ABI table but not in rt"
            );
        }
    }
}
