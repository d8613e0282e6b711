//! `__doc__` of the built-in types, of their descriptors (`list.append`,
//! `int.__add__`, bound or not) and of the functions of `builtins`:
//! CPython's docstrings (`doc_data.rs`, generated from CPython 3.11).
//!
//! They are 80 KB of text, so rt links them only into programs that may
//! read one: the compiler calls `alc_rt_docs_link` for programs whose
//! sources name `__doc__` or reach attributes by computed names
//! (`compiler/src/lower/consts.rs`); in the others no code can ask, and
//! these functions answer None.

use super::doc_data;
use super::AttrDef;
use crate::object::{self, TypeObj};
use crate::objects::func::BuiltinObj;
use crate::state::Global;
use crate::value::Value;

/// The generated tables, reached only through `link`.
struct Data {
    text: &'static str,
    types: &'static [(&'static str, u32, &'static [u32])],
    functions: &'static [(&'static str, u32)],
}

static DATA: Data = Data {
    text: doc_data::TEXT,
    types: doc_data::TYPES,
    functions: doc_data::FUNCTIONS,
};

static LINKED: Global<Option<&'static Data>> = Global::new(None);

/// Installs the docstrings: what `alc_rt_docs_link` does.
pub fn link() {
    // Opaque, or LLVM folds the one value ever stored into the loads
    // below, linking the text into every program.
    LINKED.set(Some(std::hint::black_box(&DATA)));
}

/// The docstring at `off` in the text, or None.
fn text_at(d: &Data, off: u32) -> Value {
    if off == doc_data::NONE {
        return object::none();
    }
    let s = d.text.get(off as usize..).unwrap_or("");
    crate::objects::str::new(s.split('\0').next().unwrap_or(""))
}

/// The generated entry of built-in type `t` (by CPython's name).
fn entry(
    d: &'static Data,
    t: &'static TypeObj,
) -> Option<&'static (&'static str, u32, &'static [u32])> {
    if t.class.is_some() {
        return None;
    }
    d.types.iter().find(|e| e.0 == t.short_name())
}

/// `T.__doc__` of built-in type `t`.
pub fn of_type(t: &'static TypeObj) -> Value {
    match LINKED.get().and_then(|d| entry(d, t).map(|e| (d, e))) {
        Some((d, e)) => text_at(d, e.1),
        None => object::none(),
    }
}

/// `__doc__` of table entry `def` (the descriptor, or it bound).
pub fn of_def(def: &'static AttrDef) -> Value {
    let found = LINKED.get().and_then(|d| {
        let e = entry(d, def.owner)?;
        let i = def.owner.attrs.iter().position(|x| std::ptr::eq(x, def))?;
        Some((d, *e.2.get(i)?))
    });
    match found {
        Some((d, off)) => text_at(d, off),
        None => object::none(),
    }
}

/// `f.__doc__` of a built-in function: CPython's for the functions of
/// `builtins`, None for others.
pub fn of_builtin(f: &'static BuiltinObj) -> Value {
    let found = LINKED.get().and_then(|d| {
        if !crate::builtins::is_builtins_function(f) {
            return None;
        }
        d.functions.iter().find(|e| e.0 == f.name).map(|e| (d, e.1))
    });
    match found {
        Some((d, off)) => text_at(d, off),
        None => object::none(),
    }
}
