//! What rt's generic protocols (`repr`, `hash`, `==`, `[]`, calling a
//! type, the collector's roots) do with the objects of native modules that
//! only programs importing them link (`re`, `_hashlib`, `_blake2`):
//! installed by the modules' link entries, so that those protocols, which
//! every program links, refer to none of the modules' code. Before this,
//! `repr` alone linked all of `re` (its matcher, parser and case tables)
//! and the hash functions into hello world: 250 KB.

use crate::exc::error::R;
use crate::object::{Kind, TypeObj};
use crate::protocol::args::Args;
use crate::state::GlobalCell;
use crate::value::Value;

/// What the protocols do with the objects of one kind.
pub struct KindHooks {
    /// `repr(v)`.
    pub repr: fn(Value) -> R<String>,
    /// `hash(v)`; `None`: by identity.
    pub hash: Option<fn(Value) -> R<i64>>,
    /// `a == b` for two objects of the kind; `None`: by identity.
    pub eq: Option<fn(Value, Value) -> R<bool>>,
    /// `v[k]`; `None`: not subscriptable.
    pub getitem: Option<fn(Value, Value) -> R<Value>>,
}

/// A type's constructor (what calling the type does).
pub type Construct = fn(&'static TypeObj, Args) -> R<Value>;

struct Installed {
    kinds: Vec<(Kind, &'static KindHooks)>,
    constructors: Vec<(&'static TypeObj, Construct)>,
    roots: Vec<fn(&mut crate::gc::Tracer)>,
}

static INSTALLED: GlobalCell<Installed> = GlobalCell::new(Installed {
    kinds: Vec::new(),
    constructors: Vec::new(),
    roots: Vec::new(),
});

/// Installs the hooks of `kind` (a second call for the same kind, from
/// another module sharing it, changes nothing).
pub fn install_kind(kind: Kind, hooks: &'static KindHooks) {
    INSTALLED.with(|i| {
        if !i.kinds.iter().any(|(k, _)| *k == kind) {
            i.kinds.push((kind, hooks));
        }
    });
}

/// Installs the constructor of the type `t`.
pub fn install_constructor(t: &'static TypeObj, f: Construct) {
    INSTALLED.with(|i| i.constructors.push((t, f)));
}

/// Installs a visitor of a module's roots for the collector.
pub fn install_roots(f: fn(&mut crate::gc::Tracer)) {
    INSTALLED.with(|i| i.roots.push(f));
}

/// The hooks of `kind`, if a linked module installed them.
pub fn kind(kind: Kind) -> Option<&'static KindHooks> {
    INSTALLED.with(|i| i.kinds.iter().find(|(k, _)| *k == kind).map(|(_, h)| *h))
}

/// The constructor of the built-in type `t`, if a linked module installed
/// one.
pub fn constructor(t: &'static TypeObj) -> Option<Construct> {
    INSTALLED.with(|i| {
        i.constructors
            .iter()
            .find(|(x, _)| std::ptr::eq(*x, t))
            .map(|(_, f)| *f)
    })
}

/// Visits the roots of every linked module that installed a visitor.
pub fn trace_roots(t: &mut crate::gc::Tracer) {
    // Taken out while the visitors run (they may use other globals; the
    // collector allocates nothing here).
    let roots = INSTALLED.with(|i| std::mem::take(&mut i.roots));
    for f in &roots {
        f(t);
    }
    INSTALLED.with(|i| i.roots = roots);
}
