//! The native halves of standard-library modules: one file per module,
//! each with an `init` that fills a `ModuleBuilder` with the module's
//! attributes, listed in `MODULES`. The compiler knows each native
//! module's attribute names from the ABI crate (`alrt_abi::stdlib`); a unit
//! test here checks that every `init` defines exactly those names.

use crate::exc::error::{type_error, R};
use crate::gc::RootedVec;
use crate::objects::func::BuiltinObj;
use crate::protocol::args::Args;
use crate::value::Value;

pub mod abc;
pub mod array;
pub mod binascii;
pub mod blake2;
pub mod cmath;
pub mod codecs;
pub mod collections;
pub mod copyreg;
pub mod coroutines;
pub mod frames;
pub mod gc;
pub mod hashlib;
pub mod hooks;
pub mod math;
pub mod os;
pub mod random;
pub mod re;
pub mod signal;
pub mod structmod;
pub mod subprocess;
pub mod sys;
pub mod sys_version;
pub mod time;
pub mod unicodedata;
pub mod weakref;
pub mod zlib;

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

/// A native module's `init`.
pub type Init = fn(&mut ModuleBuilder) -> R<()>;

/// The definition of a native module that only programs importing it
/// link: the compiler's start-up code of such a program calls the
/// module's `alc_rt_*_link` entry, which stores the definition here;
/// nothing else refers to it, so `--gc-sections` drops it elsewhere.
pub struct Linked {
    name: &'static str,
    define: crate::state::Global<Option<Init>>,
}

impl Linked {
    /// A definition not linked yet.
    pub const fn new(name: &'static str) -> Linked {
        Linked {
            name,
            define: crate::state::Global::new(None),
        }
    }

    /// Installs the definition.
    pub fn link(&self, f: Init) {
        // Opaque, or LLVM folds the one value ever stored into the load
        // in `init`, linking `f` into every program.
        self.define.set(Some(std::hint::black_box(f)));
    }

    /// Defines the module through what linking installed.
    pub fn init(&self, m: &mut ModuleBuilder) -> R<()> {
        match self.define.get() {
            Some(f) => f(m),
            None => Err(crate::exc::error::raise(
                &crate::exc::IMPORT_ERROR,
                format!(
                    "native module {} was not linked into the program",
                    self.name
                ),
            )),
        }
    }
}

/// Declares the `Linked` definition of each native module whose link
/// entry only installs it (`alc_rt_<name>_link`, `rt/src/entry/consts.rs`),
/// and `MODULES`, which reaches those definitions only through what
/// linking installed: the table refers to no module's code, so a program
/// links only the native modules it imports (hello world: 3.8 MB to
/// 3.2 MB).
macro_rules! native_modules {
    (
        linked { $($id:ident = $name:literal;)* }
        own { $($own:literal => $init:path;)* }
    ) => {
        $(
            #[doc = concat!("`", $name, "`'s definition, installed by its link entry.")]
            pub static $id: Linked = Linked::new($name);
        )*
        /// Every native module.
        pub static MODULES: &[NativeModule] = &[
            $(NativeModule { name: $name, init: |m| $id.init(m) },)*
            $(NativeModule { name: $own, init: $init },)*
        ];
    };
}

native_modules! {
    linked {
        ABC = "_abc";
        BLAKE2 = "_blake2";
        COLLECTIONS = "_collections";
        COPYREG = "_copyreg";
        FRAMES = "_frames";
        HASHLIB = "_hashlib";
        IO = "_io";
        RANDOM = "_random";
        RE = "_re";
        STRPTIME = "_strptime";
        STRUCT = "_struct";
        OS = "_os";
        ARRAY = "array";
        BINASCII = "binascii";
        WEAKREF = "_weakref";
        CMATH = "cmath";
        GC = "gc";
        MATH = "math";
        SYS = "sys";
        TIME = "time";
    }
    // Modules with link entries of their own, which install more than
    // the definition (hooks, the Unicode data).
    own {
        "_codecs" => codecs::init;
        "_coroutines" => coroutines::init;
        "_signal" => signal::init;
        "_subprocess" => subprocess::init;
        "_os_extra" => os::extra::init;
        "unicodedata" => unicodedata::init;
        "zlib" => zlib::init;
    }
}

/// A new exception class `module.name` deriving from `base`, made as a
/// class statement in that module would make it (`__module__` set, so
/// its repr and tracebacks name the module). Classes are never freed, so
/// a native module may keep the value in a plain global.
pub(crate) fn exception_class(
    module: &str,
    name: &str,
    base: &'static crate::object::TypeObj,
) -> R<Value> {
    let s = crate::objects::str::new;
    let ns = crate::objects::dict::new();
    crate::objects::dict::setitem(ns, s("__module__"), s(module))?;
    let bases = crate::objects::tuple::from_slice(&[base.value()]);
    crate::class::new_class(s(name), Value::NULL, bases, ns)
}

/// True for the types of native modules that CPython creates at run time
/// (heap types, whose dict holds `__module__`, which `dir` lists).
pub fn is_heap_type(t: &'static crate::object::TypeObj) -> bool {
    // By name, not by address: referring to the types would link their
    // attribute tables, so every method of `re` and `array`, into every
    // program. Only built-in types are asked (user classes have no table).
    t.class.is_none()
        && [
            "array.array",
            "re.Pattern",
            "re.Match",
            "array.arrayiterator",
            "_struct.Struct",
            "_struct.unpack_iterator",
        ]
        .contains(&t.name)
}

/// The native module named `name`.
pub fn find(name: &str) -> Option<&'static NativeModule> {
    MODULES.iter().find(|m| m.name == name)
}

/// Binds arguments as CPython's `_PyArg_UnpackKeywords` does for a function
/// with `nposonly` positional-only parameters, `maxpos` positional ones in
/// all (the rest keyword-only) and `required` required ones, with its
/// messages.
pub(crate) fn bind<const N: usize>(
    fname: &str,
    args: &Args,
    names: [&str; N],
    nposonly: usize,
    maxpos: usize,
    required: usize,
) -> R<[Option<Value>; N]> {
    let nargs = args.pos.len();
    let total = nargs + args.kwnames.len();
    let s = |k: usize| if k == 1 { "" } else { "s" };
    if total > N {
        let kw = if nargs == 0 { "keyword " } else { "" };
        return Err(type_error(format!(
            "{fname}() takes at most {N} {kw}argument{} ({total} given)",
            s(N)
        )));
    }
    let minpos = required.min(maxpos);
    if nargs > maxpos {
        let how = if minpos < maxpos {
            "at most"
        } else {
            "exactly"
        };
        return Err(type_error(format!(
            "{fname}() takes {how} {maxpos} positional argument{} ({nargs} given)",
            s(maxpos)
        )));
    }
    let minposonly = required.min(nposonly);
    if nargs < minposonly {
        let how = if minposonly < maxpos {
            "at least"
        } else {
            "exactly"
        };
        return Err(type_error(format!(
            "{fname}() takes {how} {minposonly} positional argument{} ({nargs} given)",
            s(minposonly)
        )));
    }
    let (out, used) = crate::builtins::args::fill_clinic(args, &names, nposonly);
    if let Some(i) = (0..required).find(|&i| out[i].is_none()) {
        return Err(type_error(format!(
            "{fname}() missing required argument '{}' (pos {})",
            names[i],
            i + 1
        )));
    }
    crate::builtins::args::clinic_keywords(fname, args, &names, nposonly, nargs, used)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_module_defines_exactly_its_abi_names() {
        // What the compiler's start-up code does for programs importing
        // the modules rt links only on request.
        crate::entry::consts::alc_rt_unicodedata_link();
        crate::entry::consts::alc_rt_codecs_link();
        crate::entry::consts::alc_rt_subprocess_link();
        crate::entry::consts::alc_rt_signal_link();
        crate::entry::consts::alc_rt_zlib_link();
        crate::entry::consts::alc_rt_os_extra_link();
        crate::entry::consts::alc_rt_coroutines_link();
        crate::entry::consts::alc_rt_abc_link();
        crate::entry::consts::alc_rt_blake2_link();
        crate::entry::consts::alc_rt_collections_link();
        crate::entry::consts::alc_rt_copyreg_link();
        crate::entry::consts::alc_rt_frames_link();
        crate::entry::consts::alc_rt_hashlib_link();
        crate::entry::consts::alc_rt_io_link();
        crate::entry::consts::alc_rt_random_link();
        crate::entry::consts::alc_rt_re_link();
        crate::entry::consts::alc_rt_strptime_link();
        crate::entry::consts::alc_rt_struct_link();
        crate::entry::consts::alc_rt_os_link();
        crate::entry::consts::alc_rt_array_link();
        crate::entry::consts::alc_rt_binascii_link();
        crate::entry::consts::alc_rt_weakref_link();
        crate::entry::consts::alc_rt_cmath_link();
        crate::entry::consts::alc_rt_gc_link();
        crate::entry::consts::alc_rt_math_link();
        crate::entry::consts::alc_rt_sys_link();
        crate::entry::consts::alc_rt_time_link();
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
