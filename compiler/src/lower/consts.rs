//! Constants: every str, bytes, big int, float, builtin and keyword-name
//! tuple a module uses gets one slot of its table `alc_consts<k>`, filled
//! by its `alc_init_consts<k>`, which the program's `alc_init_consts` calls
//! for every module before the main module's body runs. A module's table
//! and initialiser depend on the module alone, not on the program that
//! imports it (the machine-code cache relies on that).

use super::func_cx::LResult;
use super::rt_abi::RtFn;
use super::ModuleCx;
use crate::ast::{Expr, ExprKind, IntLit, UnaryOp};
use crate::diagnostics::Diagnostic;
use cranelift_codegen::ir::{types, Function, InstBuilder, MemFlagsData, UserFuncName};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{FuncId, Linkage};

/// A constant materialised once at program start into a slot of its module's table.
#[derive(Clone, PartialEq, Eq, Hash)]
pub(super) enum Const {
    Str(String),
    /// A bytes literal's value.
    Bytes(Vec<u8>),
    /// An int too big for a small int, as little-endian bytes.
    BigInt(Vec<u8>),
    Float(u64),
    /// An imaginary literal's value (its real part is 0.0).
    Imag(u64),
    Builtin(String),
    /// A tuple of keyword names, `\0`-separated.
    KwNames(String),
    /// A tuple display of constants, which CPython's compiler folds into
    /// one constant object: every evaluation is the same tuple.
    Tuple(Vec<Item>),
}

/// An item of a constant tuple: a word known at compile time, or the slot
/// of a constant made before the tuple's (a lower index).
#[derive(Clone, PartialEq, Eq, Hash)]
pub(super) enum Item {
    Slot(usize),
    Small(i64),
    Data(&'static str),
}

/// The value of a constant tuple item `e`, when the tuple can be folded:
/// numbers (negated or not, a big int only positive), strings, bytes,
/// `None`, `True`, `False`, `...` and nested such tuples.
enum Folded<'e> {
    Int(&'e IntLit),
    Small(i64),
    Float(f64),
    Imag(f64),
    Str(&'e str),
    Bytes(&'e [u8]),
    Data(&'static str),
    Tuple(Vec<Folded<'e>>),
}

/// `e` as a folded constant, or None when it is not one alc folds.
fn fold(e: &Expr) -> Option<Folded<'_>> {
    use alrt_abi::value::{SMALL_MAX, SMALL_MIN};
    let small = |i: i64| {
        (SMALL_MIN..=SMALL_MAX)
            .contains(&i)
            .then_some(Folded::Small(i))
    };
    Some(match &e.kind {
        ExprKind::Int(lit) => match lit.to_i64() {
            Some(i) => small(i).unwrap_or(Folded::Int(lit)),
            None => Folded::Int(lit),
        },
        ExprKind::Float(x) => Folded::Float(*x),
        ExprKind::Imag(x) => Folded::Imag(*x),
        ExprKind::Str(s) => Folded::Str(s),
        ExprKind::Bytes(b) => Folded::Bytes(b),
        ExprKind::True => Folded::Data(alrt_abi::data::TRUE),
        ExprKind::False => Folded::Data(alrt_abi::data::FALSE),
        ExprKind::None => Folded::Data(alrt_abi::data::NONE),
        ExprKind::Ellipsis => Folded::Data(alrt_abi::data::ELLIPSIS),
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => match &operand.kind {
            ExprKind::Float(x) => Folded::Float(-x),
            ExprKind::Int(lit) => small(lit.to_i64()?.checked_neg()?)?,
            _ => return None,
        },
        ExprKind::UnaryOp {
            op: op @ (UnaryOp::UAdd | UnaryOp::Invert),
            operand,
        } => match (&operand.kind, op) {
            (ExprKind::Float(x), UnaryOp::UAdd) => Folded::Float(*x),
            (ExprKind::Int(lit), UnaryOp::UAdd) => small(lit.to_i64()?)?,
            (ExprKind::Int(lit), _) => small(!lit.to_i64()?)?,
            _ => return None,
        },
        ExprKind::Tuple(items) if !items.is_empty() => {
            Folded::Tuple(items.iter().map(fold).collect::<Option<_>>()?)
        }
        _ => return None,
    })
}

impl Const {
    /// The bytes a text or big-int constant is built from (empty for floats).
    fn bytes(&self) -> &[u8] {
        match self {
            Const::Str(s) | Const::Builtin(s) | Const::KwNames(s) => s.as_bytes(),
            Const::BigInt(b) | Const::Bytes(b) => b,
            Const::Float(_) | Const::Imag(_) | Const::Tuple(_) => &[],
        }
    }
}

impl ModuleCx<'_> {
    fn add_const(&mut self, c: Const) -> usize {
        if let Some(i) = self.const_index.get(&c) {
            return *i;
        }
        self.consts.push(c.clone());
        self.const_index.insert(c, self.consts.len() - 1);
        self.consts.len() - 1
    }

    /// Slot of a str constant.
    pub fn const_str(&mut self, s: &str) -> usize {
        self.add_const(Const::Str(s.to_string()))
    }

    /// Slot of a bytes constant.
    pub fn const_bytes(&mut self, b: &[u8]) -> usize {
        self.add_const(Const::Bytes(b.to_vec()))
    }

    /// Slot of a big int constant.
    pub fn const_bigint(&mut self, lit: &IntLit) -> usize {
        self.add_const(Const::BigInt(lit.to_le_bytes()))
    }

    /// Slot of a float constant.
    pub fn const_float(&mut self, x: f64) -> usize {
        self.add_const(Const::Float(x.to_bits()))
    }

    /// Slot of an imaginary-literal constant (`2j`).
    pub fn const_complex(&mut self, x: f64) -> usize {
        self.add_const(Const::Imag(x.to_bits()))
    }

    /// Slot holding the builtin `name`.
    pub fn const_builtin(&mut self, name: &str) -> usize {
        if crate::jit::JIT_BUILTINS.contains(&name) {
            self.uses_jit = true;
        }
        self.add_const(Const::Builtin(name.to_string()))
    }

    /// Slot of the constant tuple a display of constants `items` folds
    /// to, or None when some item is not a constant alc folds.
    pub fn const_tuple(&mut self, items: &[Expr]) -> Option<usize> {
        if items.is_empty() {
            return None;
        }
        let folded = items.iter().map(fold).collect::<Option<Vec<_>>>()?;
        Some(self.add_folded_tuple(&folded))
    }

    fn add_folded_tuple(&mut self, items: &[Folded]) -> usize {
        let items = items
            .iter()
            .map(|f| match f {
                Folded::Small(i) => Item::Small(*i),
                Folded::Data(d) => Item::Data(d),
                Folded::Int(lit) => Item::Slot(self.const_bigint(lit)),
                Folded::Float(x) => Item::Slot(self.const_float(*x)),
                Folded::Imag(x) => Item::Slot(self.const_complex(*x)),
                Folded::Str(s) => Item::Slot(self.const_str(s)),
                Folded::Bytes(b) => Item::Slot(self.const_bytes(b)),
                Folded::Tuple(t) => Item::Slot(self.add_folded_tuple(t)),
            })
            .collect();
        self.add_const(Const::Tuple(items))
    }

    /// Slot holding the kwnames tuple for a call with these keywords.
    pub fn const_kwnames(&mut self, names: &[String]) -> usize {
        self.add_const(Const::KwNames(names.join("\0")))
    }

    /// Defines the constants of the module being lowered, `k`: its
    /// initialiser `alc_init_consts<k>`.
    pub(super) fn define_unit_consts(&mut self, k: usize) -> Result<(), Diagnostic> {
        let id = self.declare_fn(&format!("alc_init_consts{k}"), 0, Linkage::Local)?;
        let consts = std::mem::take(&mut self.consts);
        let mut func = self.new_function(id);
        let mut fctx = FunctionBuilderContext::new();
        build_unit_consts(self, &mut func, &mut fctx, self.units[k].consts, &consts)?;
        let unit = &mut self.units[k];
        unit.const_list = consts;
        unit.init_consts = Some(id);
        self.define(id, func)
    }

    /// Defines the program's `alc_init_consts`: registers every module's
    /// slot arrays as roots, links the native modules the program needs,
    /// and runs each module's constant initialiser.
    pub(super) fn define_init_consts(&mut self, id: FuncId) -> Result<(), Diagnostic> {
        let mut func = self.new_function(id);
        let mut fctx = FunctionBuilderContext::new();
        build_init_consts(self, &mut func, &mut fctx)?;
        self.define(id, func)
    }

    fn new_function(&self, id: FuncId) -> Function {
        Function::with_name_signature(
            UserFuncName::user(0, id.as_u32()),
            self.module
                .declarations()
                .get_function_decl(id)
                .signature
                .clone(),
        )
    }
}

/// Ends an initialiser: returns 1 from the current block and 0 from
/// `fail`, where a failed step branched.
fn finish_status(
    mut b: FunctionBuilder,
    fail: cranelift_codegen::ir::Block,
    cfg: cranelift_codegen::isa::TargetFrontendConfig,
) {
    let one = b.ins().iconst(types::I64, 1);
    b.ins().return_(&[one]);
    b.switch_to_block(fail);
    let z = b.ins().iconst(types::I64, 0);
    b.ins().return_(&[z]);
    b.seal_all_blocks();
    b.finalize(cfg);
}

/// The native modules rt links only into programs that import them, with
/// the entry such a program calls at start (`stdlib::Linked` in rt).
const NATIVE_LINKS: &[(&str, RtFn)] = &[
    ("_codecs", RtFn::CodecsLink),
    ("_os_extra", RtFn::OsExtraLink),
    ("_signal", RtFn::SignalLink),
    ("_subprocess", RtFn::SubprocessLink),
    ("zlib", RtFn::ZlibLink),
    ("_abc", RtFn::AbcLink),
    ("_blake2", RtFn::Blake2Link),
    ("_collections", RtFn::CollectionsLink),
    ("_copyreg", RtFn::CopyregLink),
    ("_frames", RtFn::FramesLink),
    ("_hashlib", RtFn::HashlibLink),
    ("_io", RtFn::IoLink),
    ("_random", RtFn::RandomLink),
    ("_re", RtFn::ReLink),
    ("_strptime", RtFn::StrptimeLink),
    ("_struct", RtFn::StructLink),
    ("_os", RtFn::OsLink),
    ("array", RtFn::ArrayLink),
    ("binascii", RtFn::BinasciiLink),
    ("_weakref", RtFn::WeakrefLink),
    ("cmath", RtFn::CmathLink),
    ("gc", RtFn::GcLink),
    ("math", RtFn::MathLink),
    ("sys", RtFn::SysLink),
    ("time", RtFn::TimeLink),
];

/// True when the program needs the Unicode character data: it imports
/// `unicodedata`, or names the `namereplace` error handler (in any
/// constant). rt links the data only into such programs, as it links
/// `_codecs` only into programs importing it.
fn links_unicode_data(m: &ModuleCx) -> bool {
    m.program
        .units
        .iter()
        .any(|u| u.native && u.name == "unicodedata")
        || m.units.iter().any(|u| {
            u.const_list
                .iter()
                .any(|c| matches!(c, Const::Str(s) if s == "namereplace"))
        })
}

/// What a source names when it may read a docstring of a built-in type or
/// function: `__doc__` itself, or attributes reached by names computed at
/// run time (`getattr(o, name)`, `vars(T)`, `T.__dict__`, ...).
const DOC_READERS: [&str; 6] = [
    "__doc__",
    "__dict__",
    "__getattribute__",
    "getattr",
    "attrgetter",
    "vars",
];

/// True when some module of the program names one of `DOC_READERS`: rt
/// then links CPython's docstrings of the built-ins (80 KB), which a
/// program that cannot read them does without.
fn may_read_docs(m: &ModuleCx) -> bool {
    m.program
        .units
        .iter()
        .any(|u| DOC_READERS.iter().any(|n| u.file.text.contains(n)))
}

/// Builds `alc_init_consts`: the roots, the native links, then each
/// module's constants.
fn build_init_consts(
    m: &mut ModuleCx,
    func: &mut Function,
    fctx: &mut FunctionBuilderContext,
) -> LResult<()> {
    // Every module's slots are roots from the start: each module's
    // object reads them, created or not.
    let globals: Vec<_> = (0..m.units.len())
        .map(|k| {
            let id = m.globals_of(k);
            (m.module_declare_data_in_func(id, func), m.slot_words(k))
        })
        .collect();
    let init_ids: Vec<_> = m.units.iter().filter_map(|u| u.init_consts).collect();
    let inits: Vec<_> = init_ids
        .into_iter()
        .map(|id| m.module_declare_func_in_func(id, func))
        .collect();
    let imported = |name: &str| m.program.units.iter().any(|u| u.native && u.name == name);
    let links_unicode = links_unicode_data(m);
    let links_docs = may_read_docs(m);
    // Coroutine support (the never-awaited warning, `_coroutines`): for
    // programs that define a coroutine function or use asyncio.
    let links_coroutines = m.has_coroutines
        || imported("_coroutines")
        || m.program.units.iter().any(|u| u.name == "asyncio");
    let links: Vec<RtFn> = NATIVE_LINKS
        .iter()
        .filter(|(name, _)| imported(name))
        .map(|(_, f)| *f)
        .collect();
    // Only the entries called are declared: the object names no other.
    let mut refs = std::collections::HashMap::new();
    let optional = [
        (links_unicode, RtFn::UnicodedataLink),
        (links_coroutines, RtFn::CoroutinesLink),
        (links_docs, RtFn::DocsLink),
    ];
    let used = optional.iter().filter(|(on, _)| *on).map(|(_, f)| *f);
    for f in [RtFn::AddRoots]
        .into_iter()
        .chain(used)
        .chain(links.iter().copied())
    {
        let id = m.rt_func(f);
        refs.insert(f, m.module_declare_func_in_func(id, func));
    }
    let mut b = FunctionBuilder::new(func, fctx);
    let entry = b.create_block();
    b.switch_to_block(entry);
    let fail = b.create_block();
    for (gv, n) in globals {
        let base = b.ins().symbol_value(types::I64, gv);
        let n = b.ins().iconst(types::I64, n as i64);
        b.ins().call(refs[&RtFn::AddRoots], &[base, n]);
    }
    if links_unicode {
        b.ins().call(refs[&RtFn::UnicodedataLink], &[]);
    }
    if links_coroutines {
        b.ins().call(refs[&RtFn::CoroutinesLink], &[]);
    }
    if links_docs {
        b.ins().call(refs[&RtFn::DocsLink], &[]);
    }
    for link in &links {
        b.ins().call(refs[link], &[]);
    }
    for init in inits {
        let call = b.ins().call(init, &[]);
        let ok = b.inst_results(call)[0];
        let next = b.create_block();
        b.ins().brif(ok, next, &[], fail, &[]);
        b.switch_to_block(next);
    }
    finish_status(b, fail, m.isa_frontend_config());
    Ok(())
}

/// Builds `alc_init_consts<k>`: registers module `k`'s constant table
/// (`slots_id`) as a root and materialises each constant into its slot.
fn build_unit_consts(
    m: &mut ModuleCx,
    func: &mut Function,
    fctx: &mut FunctionBuilderContext,
    slots_id: cranelift_module::DataId,
    consts: &[Const],
) -> LResult<()> {
    let mut byte_ids = Vec::new();
    for c in consts {
        byte_ids.push(match c {
            Const::Float(_) | Const::Imag(_) | Const::Tuple(_) => None,
            _ => Some(super::define_bytes(&mut m.module, c.bytes())?),
        });
    }
    let slots_gv = m.module_declare_data_in_func(slots_id, func);
    let mut refs = std::collections::HashMap::new();
    for f in [
        RtFn::AddRoots,
        RtFn::ConstStr,
        RtFn::ConstBytes,
        RtFn::ConstInt,
        RtFn::ConstFloat,
        RtFn::ConstComplex,
        RtFn::Builtin,
        RtFn::ConstKwNames,
        RtFn::TupleNew,
    ] {
        let id = m.rt_func(f);
        refs.insert(f, m.module_declare_func_in_func(id, func));
    }
    let gvs: Vec<_> = byte_ids
        .iter()
        .map(|id| id.map(|id| m.module_declare_data_in_func(id, func)))
        .collect();
    let mut b = FunctionBuilder::new(func, fctx);
    let entry = b.create_block();
    b.switch_to_block(entry);
    let fail = b.create_block();
    let slots = b.ins().symbol_value(types::I64, slots_gv);
    // The table is a root (docs/gc.md) before its first constant is
    // allocated.
    let n = b.ins().iconst(types::I64, consts.len().max(1) as i64);
    b.ins().call(refs[&RtFn::AddRoots], &[slots, n]);
    for (i, c) in consts.iter().enumerate() {
        let v = match c {
            Const::Float(bits) => {
                let x = b.ins().f64const(f64::from_bits(*bits));
                let call = b.ins().call(refs[&RtFn::ConstFloat], &[x]);
                b.inst_results(call)[0]
            }
            Const::Imag(bits) => {
                let re = b.ins().f64const(0.0);
                let im = b.ins().f64const(f64::from_bits(*bits));
                let call = b.ins().call(refs[&RtFn::ConstComplex], &[re, im]);
                b.inst_results(call)[0]
            }
            Const::Tuple(items) => {
                let words: Vec<_> = items
                    .iter()
                    .map(|item| match item {
                        Item::Slot(j) => {
                            b.ins()
                                .load(types::I64, MemFlagsData::trusted(), slots, (j * 8) as i32)
                        }
                        Item::Small(i) => b
                            .ins()
                            .iconst(types::I64, alrt_abi::value::tag_small(*i) as i64),
                        Item::Data(sym) => {
                            let id = m.data_symbol(sym);
                            let gv = m.module_declare_data_in_func(id, b.func);
                            b.ins().symbol_value(types::I64, gv)
                        }
                    })
                    .collect();
                let ptr = super::func_cx::stack_array(&mut b, &words);
                let n = b.ins().iconst(types::I64, words.len() as i64);
                let call = b.ins().call(refs[&RtFn::TupleNew], &[ptr, n]);
                b.inst_results(call)[0]
            }
            _ => {
                let f = match c {
                    Const::Str(_) => RtFn::ConstStr,
                    Const::Bytes(_) => RtFn::ConstBytes,
                    Const::BigInt(_) => RtFn::ConstInt,
                    Const::KwNames(_) => RtFn::ConstKwNames,
                    _ => RtFn::Builtin,
                };
                let gv = gvs[i].expect("bytes defined for text constants");
                let ptr = b.ins().symbol_value(types::I64, gv);
                let len = b.ins().iconst(types::I64, c.bytes().len() as i64);
                let call = b.ins().call(refs[&f], &[ptr, len]);
                b.inst_results(call)[0]
            }
        };
        let next = b.create_block();
        b.ins().brif(v, next, &[], fail, &[]);
        b.switch_to_block(next);
        b.ins()
            .store(MemFlagsData::trusted(), v, slots, (i * 8) as i32);
    }
    finish_status(b, fail, m.isa_frontend_config());
    Ok(())
}
