//! Constants: every str, bytes, big int, float, builtin and keyword-name tuple a
//! program uses gets one slot of `alc_consts`, filled once by
//! `alc_init_consts` before the module body runs.

use super::func_cx::LResult;
use super::rt_abi::RtFn;
use super::ModuleCx;
use crate::ast::IntLit;
use crate::diagnostics::Diagnostic;
use cranelift_codegen::ir::{types, Function, InstBuilder, MemFlagsData, UserFuncName};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{FuncId, Module as _};

/// A constant materialised once at program start into a slot of `alc_consts`.
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
}

impl Const {
    /// The bytes a text or big-int constant is built from (empty for floats).
    fn bytes(&self) -> &[u8] {
        match self {
            Const::Str(s) | Const::Builtin(s) | Const::KwNames(s) => s.as_bytes(),
            Const::BigInt(b) | Const::Bytes(b) => b,
            Const::Float(_) | Const::Imag(_) => &[],
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
        self.add_const(Const::Builtin(name.to_string()))
    }

    /// Slot holding the kwnames tuple for a call with these keywords.
    pub fn const_kwnames(&mut self, names: &[String]) -> usize {
        self.add_const(Const::KwNames(names.join("\0")))
    }

    pub(super) fn define_init_consts(&mut self, id: FuncId) -> Result<(), Diagnostic> {
        let mut func = Function::with_name_signature(
            UserFuncName::user(0, id.as_u32()),
            self.module
                .declarations()
                .get_function_decl(id)
                .signature
                .clone(),
        );
        let mut fctx = FunctionBuilderContext::new();
        let consts = std::mem::take(&mut self.consts);
        build_init_consts(self, &mut func, &mut fctx, &consts)?;
        self.consts = consts;
        self.define(id, func)
    }
}

/// True when the program needs the Unicode character data: it imports
/// `unicodedata`, or names the `namereplace` error handler (in any
/// constant). rt links the data only into such programs, as it links
/// `_codecs` only into programs importing it.
fn links_unicode_data(m: &ModuleCx, consts: &[Const]) -> bool {
    m.program
        .units
        .iter()
        .any(|u| u.native && u.name == "unicodedata")
        || consts
            .iter()
            .any(|c| matches!(c, Const::Str(s) if s == "namereplace"))
}

/// Builds `alc_init_consts`: materialises every constant into its slot.
fn build_init_consts(
    m: &mut ModuleCx,
    func: &mut Function,
    fctx: &mut FunctionBuilderContext,
    consts: &[Const],
) -> LResult<()> {
    let mut byte_ids = Vec::new();
    for c in consts {
        byte_ids.push(match c {
            Const::Float(_) | Const::Imag(_) => None,
            _ => Some(super::define_bytes(&mut m.module, c.bytes())?),
        });
    }
    let slots_id = m.data_symbol("alc_consts");
    let slots_gv = m.module_declare_data_in_func(slots_id, func);
    // Every module's slots are roots from the start: each module's
    // object reads them, created or not.
    let globals: Vec<_> = (0..m.units.len())
        .map(|k| {
            let id = m.globals_of(k);
            (m.module_declare_data_in_func(id, func), m.slot_words(k))
        })
        .collect();
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
        RtFn::UnicodedataLink,
        RtFn::CodecsLink,
        RtFn::SubprocessLink,
        RtFn::SignalLink,
        RtFn::CoroutinesLink,
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
    // Both slot arrays are GC roots (docs/gc.md); register them before the
    // first constant is allocated.
    let mut arrays = vec![(slots, consts.len().max(1))];
    for (gv, n) in globals {
        arrays.push((b.ins().symbol_value(types::I64, gv), n));
    }
    for (base, n) in arrays {
        let n = b.ins().iconst(types::I64, n as i64);
        b.ins().call(refs[&RtFn::AddRoots], &[base, n]);
    }
    if links_unicode_data(m, consts) {
        b.ins().call(refs[&RtFn::UnicodedataLink], &[]);
    }
    if m.has_coroutines
        || m.program
            .units
            .iter()
            .any(|u| u.native && u.name == "_coroutines" || u.name == "asyncio")
    {
        b.ins().call(refs[&RtFn::CoroutinesLink], &[]);
    }
    // Native modules rt links only into programs that import them.
    for (name, link) in [
        ("_codecs", RtFn::CodecsLink),
        ("_subprocess", RtFn::SubprocessLink),
        ("_signal", RtFn::SignalLink),
    ] {
        if m.program.units.iter().any(|u| u.native && u.name == name) {
            b.ins().call(refs[&link], &[]);
        }
    }
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
    let one = b.ins().iconst(types::I64, 1);
    b.ins().return_(&[one]);
    b.switch_to_block(fail);
    let z = b.ins().iconst(types::I64, 0);
    b.ins().return_(&[z]);
    b.seal_all_blocks();
    b.finalize(m.isa_frontend_config());
    Ok(())
}
