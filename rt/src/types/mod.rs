//! The attribute tables of built-in types (CPython's `tp_methods`,
//! `tp_getset`, `tp_members` and slot wrappers in one list per type).
//!
//! Each built-in `TypeObj` points at a static, name-sorted array of
//! `AttrDef`s. An `AttrDef` is itself an object (the descriptor CPython
//! keeps in the type's dict: `list.append` *is* the static entry), so
//! reading a method from a type allocates nothing and keeps its identity.
//! Lookups are by the name's object address through a direct-mapped cache
//! (the call sites' names are constants, so after the first call of a site
//! no string is compared); a miss binary-searches the tables along the
//! type's bases.

pub mod descr;
pub mod descr_type;
pub mod dict_order;
pub mod doc_data;
pub mod docs;
pub mod function_type;
pub mod object_type;
pub mod singleton_type;
pub mod sizeof;
pub mod slots;
pub mod type_type;

use crate::exc::error::R;
use crate::object::{Header, Kind, Object, TypeObj};
use crate::protocol::args::Args;
use crate::state::Global;
use crate::value::Value;

/// A method: the receiver (a built-in value of the owner's layout; the
/// wrapped value for instances of user subclasses) and the arguments.
pub type MethodFn = fn(Value, Args) -> R<Value>;
/// Reads a data attribute of the receiver.
pub type GetFn = fn(Value) -> R<Value>;
/// Writes a data attribute of the receiver; a null value deletes it.
pub type SetFn = fn(Value, Value) -> R<()>;

/// What a table entry is, and so how reading it binds and what type the
/// descriptor reports.
#[derive(Clone, Copy)]
pub enum AttrKind {
    /// A method (`method_descriptor`: `<method 'append' of 'list' objects>`).
    Method(MethodFn),
    /// A method that receives a subclass instance itself rather than its
    /// built-in value (`dict.__getitem__` calls the subclass's `__missing__`).
    RawMethod(MethodFn),
    /// A special method (`wrapper_descriptor`: `<slot wrapper '__add__' of
    /// 'int' objects>`; bound, a `method-wrapper`).
    Slot(MethodFn),
    /// A class method (`classmethod_descriptor`); the function receives the
    /// class the method was read through.
    ClassMethod(MethodFn),
    /// A static method (`str.maketrans`); the receiver passed is null.
    StaticMethod(MethodFn),
    /// `__new__`: a built-in function bound to the type, whose first
    /// argument is the class to create an instance of.
    New(MethodFn),
    /// A computed attribute (`getset_descriptor`), writable if it has a setter.
    GetSet(GetFn, Option<SetFn>),
    /// A field (`member_descriptor`, as `range.start`), writable if it has a setter.
    Member(GetFn, Option<SetFn>),
    /// A `__slots__` name of a user class (a `member_descriptor` the class
    /// owns, `class::members`): the instance slot called like the entry.
    SlotMember,
    /// An attribute whose value is `None` (`list.__hash__`: unhashable).
    NoneValue,
    /// A plain class attribute, not a descriptor (`blake2b.MAX_KEY_SIZE`):
    /// its value, the same through the type and its instances.
    Const(fn() -> Value),
}

/// One attribute of a built-in type, and the descriptor object that
/// reading it from the type returns.
#[repr(C)]
pub struct AttrDef {
    pub header: Header,
    /// The type whose table holds this entry (`__objclass__`).
    pub owner: &'static TypeObj,
    pub name: &'static str,
    pub kind: AttrKind,
}

// SAFETY: repr(C), Header first; every Kind::Descr object is an AttrDef
// (a static in some type's table, never allocated, never freed).
unsafe impl Object for AttrDef {
    const KINDS: &'static [Kind] = &[Kind::Descr];

    fn trace(&self, _t: &mut crate::gc::Tracer) {}
}

impl AttrDef {
    /// An entry of `owner`'s table.
    pub const fn new(owner: &'static TypeObj, name: &'static str, kind: AttrKind) -> AttrDef {
        AttrDef {
            header: Header::new(descr::type_for(&kind)),
            owner,
            name,
            kind,
        }
    }

    /// The descriptor as a value.
    pub fn value(&'static self) -> Value {
        Value::from_ref(self)
    }
}

/// Declares a built-in type's attribute table: a static array of
/// `AttrDef`s for `$owner`, one per `kind "name" => function` line, which
/// must be sorted by name (a unit test checks every table).
#[macro_export]
macro_rules! attr_table {
    ($(#[$m:meta])* $vis:vis static $id:ident for $owner:path = [
        $($kind:ident $name:literal $(=> $f:expr)? $(, set $s:expr)?;)*
    ]) => {
        $(#[$m])*
        $vis static $id: [$crate::types::AttrDef; $crate::attr_table!(@count $($name)*)] = [
            $($crate::types::AttrDef::new(
                &$owner,
                $name,
                $crate::attr_table!(@kind $kind $(=> $f)? $(, set $s)?),
            ),)*
        ];
    };
    (@count $($n:literal)*) => { 0 $(+ $crate::attr_table!(@one $n))* };
    (@one $n:literal) => { 1 };
    (@kind method => $f:expr) => { $crate::types::AttrKind::Method($f) };
    (@kind rawmethod => $f:expr) => { $crate::types::AttrKind::RawMethod($f) };
    (@kind slot => $f:expr) => { $crate::types::AttrKind::Slot($f) };
    (@kind classmethod => $f:expr) => { $crate::types::AttrKind::ClassMethod($f) };
    (@kind staticmethod => $f:expr) => { $crate::types::AttrKind::StaticMethod($f) };
    (@kind new => $f:expr) => { $crate::types::AttrKind::New($f) };
    (@kind getset => $f:expr) => { $crate::types::AttrKind::GetSet($f, None) };
    (@kind getset => $f:expr, set $s:expr) => { $crate::types::AttrKind::GetSet($f, Some($s)) };
    (@kind member => $f:expr) => { $crate::types::AttrKind::Member($f, None) };
    (@kind member => $f:expr, set $s:expr) => { $crate::types::AttrKind::Member($f, Some($s)) };
    (@kind none) => { $crate::types::AttrKind::NoneValue };
    (@kind constant => $f:expr) => { $crate::types::AttrKind::Const($f) };
}

/// The entry called `name` in `t`'s own table (not its bases').
pub fn own(t: &'static TypeObj, name: &str) -> Option<&'static AttrDef> {
    let attrs = t.attrs;
    attrs
        .binary_search_by(|d| d.name.cmp(name))
        .ok()
        .map(|i| &attrs[i])
}

/// The entry called `name` for built-in type `t`: its own table, then its
/// bases' (`bool` → `int` → `object`), uncached.
fn find_uncached(t: &'static TypeObj, name: &str) -> Option<&'static AttrDef> {
    // Types without a table yet keep their own dispatch (`protocol::dispatch`).
    if t.attrs.is_empty() {
        return None;
    }
    if t.base2.is_some() {
        return crate::class::mro_of(t)
            .into_iter()
            .find_map(|c| own(c, name));
    }
    let mut cur = Some(t);
    while let Some(c) = cur {
        if let Some(d) = own(c, name) {
            return Some(d);
        }
        cur = c.base;
    }
    None
}

#[derive(Clone, Copy)]
struct CacheEntry {
    ty: usize,
    name: u64,
    def: Option<&'static AttrDef>,
}

const CACHE_SIZE: usize = 1024;

/// (type, name object) → entry. Built-in tables never change, so an entry
/// is valid as long as its name object lives: the collector keeps every
/// cached name alive (`for_each_root`), so its address cannot be reused.
static CACHE: [Global<CacheEntry>; CACHE_SIZE] = [const {
    Global::new(CacheEntry {
        ty: 0,
        name: 0,
        def: None,
    })
}; CACHE_SIZE];

/// The entry for attribute `name` (a str) of built-in type `t` or its bases.
#[inline]
pub fn find(t: &'static TypeObj, name: Value) -> Option<&'static AttrDef> {
    let ty = t as *const TypeObj as usize;
    let idx = ((ty as u64 ^ (name.0 >> 4)).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 54) as usize
        % CACHE_SIZE;
    let e = CACHE[idx].get();
    if e.ty == ty && e.name == name.0 {
        return e.def;
    }
    let def = find_uncached(t, crate::objects::str::as_str(name));
    CACHE[idx].set(CacheEntry {
        ty,
        name: name.0,
        def,
    });
    def
}

/// The entry at `addr`, an address taken from an entry (`inline_cache`).
#[inline]
pub fn def_from_addr(addr: u64) -> &'static AttrDef {
    Value(addr).as_ref::<AttrDef>()
}

/// The entry for `name` given as text (rt's own lookups of special methods).
pub fn find_str(t: &'static TypeObj, name: &str) -> Option<&'static AttrDef> {
    find_uncached(t, name)
}

/// The dicts of built-in types, made on first use (`type_dict`).
static TYPE_DICTS: crate::state::GlobalCell<Vec<(usize, Value)>> =
    crate::state::GlobalCell::new(Vec::new());

/// The dict of built-in type `t` that `t.__dict__` shows (behind a
/// `mappingproxy`): its table's descriptors and its `__doc__`, in
/// CPython's order (`dict_order.rs`); `None` for the types whose
/// attributes are not in a table yet.
pub fn type_dict(t: &'static TypeObj) -> R<Option<Value>> {
    if t.attrs.is_empty() && !std::ptr::eq(t, &crate::object::OBJECT_TYPE) {
        return Ok(None);
    }
    let key = t as *const TypeObj as usize;
    if let Some(d) = TYPE_DICTS.with(|v| v.iter().find(|e| e.0 == key).map(|e| e.1)) {
        return Ok(Some(d));
    }
    let d = crate::objects::dict::new();
    let _root = crate::gc::RootedVec::from_vec(vec![d]);
    for pos in dict_positions(t) {
        let (name, v) = match pos {
            dict_order::DOC => ("__doc__", docs::of_type(t)),
            dict_order::MODULE => ("__module__", crate::objects::str::new(t.builtin_module())),
            i => {
                let def = &t.attrs[usize::from(i)];
                let v = match def.kind {
                    AttrKind::NoneValue => crate::object::none(),
                    AttrKind::Const(f) => f(),
                    AttrKind::New(_) => descr::get_through_type(def, t),
                    _ => def.value(),
                };
                (def.name, v)
            }
        };
        crate::objects::dict::setitem(d, crate::objects::str::new(name), v)?;
    }
    TYPE_DICTS.with(|v| v.push((key, d)));
    Ok(Some(d))
}

/// The positions `type_dict` lists: CPython's order when `t` is one of the
/// types it was generated for, else the table's then `__doc__` (and the
/// `__module__` of a type CPython creates at run time).
fn dict_positions(t: &'static TypeObj) -> Vec<u8> {
    let cpython = dict_order::ORDER
        .iter()
        .find(|(n, _)| t.class.is_none() && *n == t.short_name())
        .map(|(_, o)| *o)
        // A table the generator did not see would be cut short.
        .filter(|o| {
            o.iter()
                .filter(|&&i| usize::from(i) < t.attrs.len())
                .count()
                == t.attrs.len()
        });
    if let Some(o) = cpython {
        return o.to_vec();
    }
    let mut v: Vec<u8> = (0..t.attrs.len())
        .filter_map(|i| u8::try_from(i).ok())
        .collect();
    if t.base2.is_some() {
        v.push(dict_order::MODULE);
    }
    v.push(dict_order::DOC);
    v
}

/// The cached names and bound `__new__`s, which the collector must keep alive.
pub fn for_each_root(mut f: impl FnMut(Value)) {
    for e in CACHE.iter() {
        let e = e.get();
        if e.name != 0 {
            f(Value(e.name));
        }
    }
    TYPE_DICTS.with(|v| v.iter().for_each(|e| f(e.1)));
    descr::for_each_root(f);
}

/// The names `dir()` lists for built-in type `t`: its table's and its
/// bases' tables', with the `__doc__` every type has.
pub fn dir_names(t: &'static TypeObj, out: &mut Vec<String>) {
    for c in crate::class::mro_of(t) {
        out.extend(c.attrs.iter().map(|d| d.name.to_string()));
    }
    out.push("__doc__".into());
}

#[cfg(test)]
mod tests;
