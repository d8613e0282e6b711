//! User classes: what a `class` statement creates (namespace dict, bases,
//! C3 MRO, special-method slots, version tag), attribute lookup along the
//! MRO through a global method cache, and attributes of class objects.

pub mod abc;
pub mod basetype;
pub mod descr;
pub mod inline_cache;
pub mod instance;
pub mod members;
pub mod meta;
pub mod new;
pub mod ops;
pub mod reduce;
pub mod shape;
pub mod slots;
pub mod struct_seq;

use crate::exc;
use crate::exc::error::{raise, type_error, R};
use crate::object::{self, Kind, TypeObj};
use crate::protocol::args::Args;
use crate::state::{Global, GlobalCell};
use crate::value::Value;
use alrt_abi::ops::BinOp;

pub use crate::class::new::new_class;

// ---- special-method slots ------------------------------------------------------

/// Special methods looked up once per class (at creation and whenever a
/// class attribute changes) so operators on instances cost no name lookup.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(usize)]
pub enum Slot {
    Repr,
    Str,
    Hash,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Bool,
    Len,
    GetItem,
    SetItem,
    DelItem,
    Contains,
    Iter,
    Next,
    Call,
    GetAttr,
    GetAttribute,
    SetAttr,
    DelAttr,
    Format,
    Index,
    Neg,
    Pos,
    Invert,
    Abs,
    Init,
    New,
    Int,
    Float,
    Reversed,
    Missing,
    Get,
    Set,
    Delete,
    SetName,
    Enter,
    Exit,
    Del,
}

/// Names of the named slots, in `Slot` order.
const NAMED: [&str; 41] = [
    "__repr__",
    "__str__",
    "__hash__",
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__bool__",
    "__len__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__contains__",
    "__iter__",
    "__next__",
    "__call__",
    "__getattr__",
    "__getattribute__",
    "__setattr__",
    "__delattr__",
    "__format__",
    "__index__",
    "__neg__",
    "__pos__",
    "__invert__",
    "__abs__",
    "__init__",
    "__new__",
    "__int__",
    "__float__",
    "__reversed__",
    "__missing__",
    "__get__",
    "__set__",
    "__delete__",
    "__set_name__",
    "__enter__",
    "__exit__",
    "__del__",
];

const N_NAMED: usize = NAMED.len();
/// Binary operator slots: `__add__`..., then `__radd__`..., then `__iadd__`...
const N_BINOPS: usize = 13;
/// Number of slots in a class's table.
pub const NSLOTS: usize = N_NAMED + 3 * N_BINOPS;

/// The stem of each binary operator's dunder names, in `BinOp` ABI order.
const BINOP_STEMS: [&str; N_BINOPS] = [
    "add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and",
    "or", "xor",
];

/// Which form of a binary operator's special method.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum BinForm {
    /// `__add__`
    Plain = 0,
    /// `__radd__`
    Reflected = 1,
    /// `__iadd__`
    InPlace = 2,
}

/// The slot index of operator `op` in form `form`.
pub fn binop_slot(op: BinOp, form: BinForm) -> usize {
    N_NAMED + (form as usize) * N_BINOPS + op as usize
}

/// The dunder name of `op` in form `form` (`__radd__`).
pub fn binop_name(op: BinOp, form: BinForm) -> String {
    let prefix = match form {
        BinForm::Plain => "",
        BinForm::Reflected => "r",
        BinForm::InPlace => "i",
    };
    format!("__{prefix}{}__", BINOP_STEMS[op as usize])
}

/// The name of slot index `i`.
fn slot_name(i: usize) -> std::borrow::Cow<'static, str> {
    if i < N_NAMED {
        return NAMED[i].into();
    }
    let k = i - N_NAMED;
    let form = [BinForm::Plain, BinForm::Reflected, BinForm::InPlace][k / N_BINOPS];
    binop_name(BinOp::ALL[k % N_BINOPS], form).into()
}

/// True if `name` is one whose change must refresh the slot tables.
fn is_slot_name(name: &str) -> bool {
    name.starts_with("__") && name.ends_with("__")
}

// ---- class data ------------------------------------------------------------------

/// What a user class has beyond a built-in type object.
pub struct ClassData {
    /// The class namespace (`C.__dict__`): str keys in definition order.
    pub dict: Value,
    /// `__bases__`, a tuple of types.
    pub bases: Value,
    /// `__mro__`, a tuple starting with the class itself (set right after
    /// the type object is allocated).
    pub mro: Global<Value>,
    /// `__qualname__`, a str.
    pub qualname: Global<Value>,
    /// The built-in type whose instance layout and behaviour instances get:
    /// `object`, a built-in exception type, or the built-in type whose value
    /// an instance wraps (`list`, `dict`, `int`, ...; see `basetype`).
    pub builtin_base: &'static TypeObj,
    /// Special methods found along the MRO in a user class before any
    /// built-in type that defines them; null where the built-in behaviour
    /// applies.
    pub slots: [Global<Value>; NSLOTS],
    /// Direct subclasses: their versions and slots follow this class.
    pub subclasses: GlobalCell<Vec<&'static TypeObj>>,
    /// Instance attribute names (with their hashes) in the order instances
    /// first set them: the slot layout of instances (see `instance`).
    pub shape: GlobalCell<Vec<(Value, i64)>>,
    /// One bit per shape name (hash mod 64), so most lookups of names that
    /// are not instance attributes (method names) end without a search.
    pub shape_bloom: Global<u64>,
    /// With `__slots__` (in this class and every base): the only instance
    /// attribute names allowed; `None` when instances have a `__dict__`.
    pub slot_names: Option<Vec<String>>,
    /// Every name listed in `__slots__` here or in a base: such attributes
    /// live in the instance's slots even when it also has a `__dict__`.
    pub declared_slots: Vec<String>,
    /// CPython's `solid_base` (`members::Layout`): `None` when this class
    /// itself adds slots.
    pub solid: Option<&'static TypeObj>,
    /// Instances support weak references (CPython's `__weakref__` slot).
    pub weakrefs: bool,
    /// What `ABCMeta` keeps for an abstract base class (registry and
    /// caches, `abc`); `None` for every other class.
    pub abc: GlobalCell<Option<Box<abc::AbcData>>>,
    /// CPython's `Py_TPFLAGS_IS_ABSTRACT`: the class's own
    /// `__abstractmethods__` is not empty, so `object.__new__` refuses it.
    pub is_abstract: Global<bool>,
    /// CPython's `Py_TPFLAGS_SEQUENCE`/`Py_TPFLAGS_MAPPING` bits (what
    /// `match` patterns accept), from `__abc_tpflags__` or registration.
    pub collection_flags: Global<u8>,
    /// True if instances can be weakly referenced (no `__slots__`, or
    /// `__weakref__` among them, here or in a base; `new::weakrefable`).
    pub weakrefable: bool,
    /// The type's name carries its module, as a C type's `tp_name` does
    /// (`datetime.date`), so messages name it that way; `__name__` is the
    /// part after the last dot. Set by `__alc_tp_name__` in the namespace.
    pub dotted_name: bool,
}

impl ClassData {
    /// True if `t` is in this class's MRO.
    pub fn mro_contains(&self, t: &'static TypeObj) -> bool {
        let mro = self.mro.get();
        if mro.is_null() {
            return false;
        }
        crate::objects::tuple::items(mro)
            .iter()
            .any(|c| std::ptr::eq(c.as_ref::<TypeObj>(), t))
    }

    /// The resolved special method in slot `s` (null: built-in behaviour).
    #[inline]
    pub fn slot(&self, s: Slot) -> Value {
        self.slots[s as usize].get()
    }

    /// The resolved special method at slot index `i`.
    #[inline]
    pub fn slot_at(&self, i: usize) -> Value {
        self.slots[i].get()
    }
}

/// The class data of a user class, or `None` for built-in types.
#[inline]
pub fn data(t: &'static TypeObj) -> Option<&'static ClassData> {
    t.class
}

/// The class data of `v`'s type, when that type is a user class.
#[inline]
pub fn of_value(v: Value) -> Option<&'static ClassData> {
    if v.is_small() {
        None
    } else {
        v.header().ty.class
    }
}

/// The MRO of any type, as a vector of types.
pub fn mro_of(t: &'static TypeObj) -> Vec<&'static TypeObj> {
    if let Some(c) = t.class {
        return crate::objects::tuple::items(c.mro.get())
            .iter()
            .map(|v| v.as_ref::<TypeObj>())
            .collect();
    }
    if let (Some(b1), Some(b2)) = (t.base, t.base2) {
        // C3 over the two bases, as CPython computes `ExceptionGroup`'s.
        let mut seqs = [mro_of(b1), mro_of(b2), vec![b1, b2]];
        let mut out = vec![t];
        while let Some(next) = seqs.iter().filter_map(|s| s.first().copied()).find(|c| {
            !seqs
                .iter()
                .any(|s| s.iter().skip(1).any(|x| std::ptr::eq(*x, *c)))
        }) {
            out.push(next);
            for s in seqs.iter_mut() {
                if s.first().is_some_and(|x| std::ptr::eq(*x, next)) {
                    s.remove(0);
                }
            }
        }
        return out;
    }
    let mut out = Vec::new();
    let mut cur = Some(t);
    while let Some(c) = cur {
        out.push(c);
        cur = c.base;
    }
    out
}

/// `__mro__` of any type as a tuple.
pub fn mro_tuple(t: &'static TypeObj) -> Value {
    if let Some(c) = t.class {
        return c.mro.get();
    }
    crate::objects::tuple::from_vec(mro_of(t).into_iter().map(TypeObj::value).collect())
}

/// `__bases__` of any type as a tuple.
pub fn bases_tuple(t: &'static TypeObj) -> Value {
    if let Some(c) = t.class {
        return c.bases;
    }
    match (t.base, t.base2) {
        (Some(b), Some(b2)) => crate::objects::tuple::from_slice(&[b.value(), b2.value()]),
        (Some(b), None) => crate::objects::tuple::from_slice(&[b.value()]),
        _ => crate::objects::tuple::from_slice(&[]),
    }
}

/// `__qualname__` of any type (a built-in type's is its name without
/// the module: `StringIO`).
pub fn qualname(t: &'static TypeObj) -> String {
    match t.class {
        Some(c) => crate::objects::str::as_str(c.qualname.get()).to_string(),
        None => t.short_name().to_string(),
    }
}

/// `repr(t)`: `<class '__main__.C'>` for user classes, `<class 'int'>` for built-ins.
pub fn type_repr(t: &'static TypeObj) -> String {
    match t.class {
        Some(c) => {
            let module = module_name(c);
            let qualname = crate::objects::str::as_str(c.qualname.get());
            // As CPython's `type_repr`: no prefix for the builtins module.
            if module == "builtins" {
                format!("<class '{qualname}'>")
            } else {
                format!("<class '{module}.{qualname}'>")
            }
        }
        None => match crate::objects::alias::type_module(t) {
            Some(m) => format!("<class '{m}.{}'>", t.name),
            None => format!("<class '{}'>", t.name),
        },
    }
}

/// `__module__` of a user class as text ("__main__" unless reassigned to a str).
pub fn module_name(c: &ClassData) -> String {
    match dict_get(c.dict, "__module__") {
        Some(m) if m.kind() == Kind::Str => crate::objects::str::as_str(m).to_string(),
        _ => "__main__".to_string(),
    }
}

/// A str-keyed dict lookup that cannot run Al code.
fn dict_get(d: Value, name: &str) -> Option<Value> {
    crate::objects::dict::get(d, crate::objects::str::new(name))
        .ok()
        .flatten()
}

// ---- versions ---------------------------------------------------------------------

static NEXT_VERSION: Global<u64> = Global::new(1);

/// Every user class. Classes are never freed (like CPython's, they usually
/// live as long as the program); what they refer to is a GC root.
static ALL_CLASSES: GlobalCell<Vec<&'static TypeObj>> = GlobalCell::new(Vec::new());

/// Records a new class; call before anything else is allocated.
pub fn register(t: &'static TypeObj) {
    ALL_CLASSES.with(|v| v.push(t));
}

/// The classes deriving directly from built-in types, with those bases
/// (a user class keeps its own list, `ClassData::subclasses`).
static BUILTIN_BASE_SUBCLASSES: GlobalCell<Vec<(&'static TypeObj, &'static TypeObj)>> =
    GlobalCell::new(Vec::new());

/// Records that class `sub` derives directly from `base`.
pub(crate) fn add_subclass(base: &'static TypeObj, sub: &'static TypeObj) {
    match base.class {
        Some(bd) => bd.subclasses.with(|s| s.push(sub)),
        None => BUILTIN_BASE_SUBCLASSES.with(|v| v.push((base, sub))),
    }
}

/// The classes made so far that derive directly from built-in type `t`,
/// in the order they were made.
pub fn builtin_base_subclasses(t: &'static TypeObj) -> Vec<&'static TypeObj> {
    BUILTIN_BASE_SUBCLASSES.with(|v| {
        v.iter()
            .filter(|(b, _)| std::ptr::eq(*b, t))
            .map(|(_, s)| *s)
            .collect()
    })
}

/// Visits the values of every class and of the attribute cache.
pub fn trace_roots(t: &mut crate::gc::Tracer) {
    ALL_CLASSES.with(|classes| {
        for c in classes.iter() {
            if let Some(d) = c.class {
                t.visit_all(&[d.dict, d.bases, d.mro.get(), d.qualname.get()]);
                for s in &d.slots {
                    t.visit(s.get());
                }
                d.shape.with(|sh| {
                    for (name, _) in sh.iter() {
                        t.visit(*name);
                    }
                });
            }
        }
    });
    // Names too: an entry is keyed by the name's address, which must not be
    // reused by another string while the entry exists.
    for e in CACHE.iter() {
        let e = e.get();
        t.visit(e.value);
        t.visit(Value(e.name));
    }
}

pub(crate) fn fresh_version() -> u64 {
    let v = NEXT_VERSION.get();
    NEXT_VERSION.set(v + 1);
    v
}

/// Gives `t` and all its subclasses fresh version tags and, when `slots`
/// is set, recomputes their special-method slots.
pub(crate) fn changed(t: &'static TypeObj, slots: bool) {
    let mut stack = vec![t];
    while let Some(c) = stack.pop() {
        c.version.set(fresh_version());
        if let Some(d) = c.class {
            if slots {
                compute_slots(c, d);
            }
            d.subclasses.with(|s| stack.extend(s.iter().copied()));
        }
    }
}

// ---- lookup --------------------------------------------------------------------

/// What a lookup along the MRO found.
#[derive(Clone, Copy)]
pub enum Found {
    /// A value in a user class's dict.
    Attr(Value),
    /// An attribute the built-in type provides (see `basetype`).
    Builtin(&'static TypeObj),
}

impl PartialEq for Found {
    fn eq(&self, other: &Found) -> bool {
        match (self, other) {
            (Found::Attr(a), Found::Attr(b)) => a == b,
            (Found::Builtin(a), Found::Builtin(b)) => std::ptr::eq(*a, *b),
            _ => false,
        }
    }
}

impl std::fmt::Debug for Found {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Found::Attr(v) => write!(f, "Attr({:#x})", v.0),
            Found::Builtin(t) => write!(f, "Builtin({})", t.name),
        }
    }
}

/// Finds `name` along the MRO of `t` without the cache.
fn find_uncached(t: &'static TypeObj, name: Value) -> Option<Found> {
    find_in(&mro_of(t), name)
}

/// Finds `name` in the first of `classes` (an MRO or a tail of one) that
/// defines it.
fn find_in(classes: &[&'static TypeObj], name: Value) -> Option<Found> {
    let n = crate::objects::str::as_str(name);
    for &c in classes {
        match c.class {
            Some(d) => {
                if let Ok(Some(v)) = crate::objects::dict::get(d.dict, name) {
                    return Some(Found::Attr(v));
                }
            }
            None => {
                if basetype::has_attr(c, n) {
                    return Some(Found::Builtin(c));
                }
            }
        }
    }
    None
}

#[derive(Clone, Copy)]
struct CacheEntry {
    version: u64,
    name: u64,
    value: Value,
    builtin: Option<&'static TypeObj>,
}

const CACHE_SIZE: usize = 4096;

/// CPython's type attribute cache: a direct-mapped table keyed by (version
/// tag, name object). Version tags are unique per class state, so a stale
/// entry can never match; names from generated code are constant objects.
static CACHE: [Global<CacheEntry>; CACHE_SIZE] = [const {
    Global::new(CacheEntry {
        version: 0,
        name: 0,
        value: Value::NULL,
        builtin: None,
    })
}; CACHE_SIZE];

/// Finds `name` (a str) along the MRO of the user class `t`, cached.
pub fn lookup(t: &'static TypeObj, name: Value) -> Option<Found> {
    let version = t.version.get();
    if version == 0 {
        return find_uncached(t, name);
    }
    let idx = ((version.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ (name.0 >> 3)) as usize) % CACHE_SIZE;
    let e = CACHE[idx].get();
    if e.version == version && e.name == name.0 {
        return match (e.value.is_null(), e.builtin) {
            (false, _) => Some(Found::Attr(e.value)),
            (true, Some(b)) => Some(Found::Builtin(b)),
            (true, None) => None,
        };
    }
    let found = find_uncached(t, name);
    let (value, builtin) = match found {
        Some(Found::Attr(v)) => (v, None),
        Some(Found::Builtin(b)) => (Value::NULL, Some(b)),
        None => (Value::NULL, None),
    };
    CACHE[idx].set(CacheEntry {
        version,
        name: name.0,
        value,
        builtin,
    });
    found
}

/// Finds `name` in the MRO of `t` after the class `after` (for `super`).
pub fn lookup_after(t: &'static TypeObj, after: &'static TypeObj, name: Value) -> Option<Found> {
    let mro = mro_of(t);
    let start = mro.iter().position(|c| std::ptr::eq(*c, after))? + 1;
    find_in(&mro[start..], name)
}

/// Recomputes every slot of the user class `t`.
pub(crate) fn compute_slots(t: &'static TypeObj, d: &ClassData) {
    let mro = mro_of(t);
    for (i, slot) in d.slots.iter().enumerate() {
        let name = slot_name(i);
        let key = crate::objects::str::new(&name);
        let mut found = Value::NULL;
        for c in &mro {
            match c.class {
                Some(cd) => {
                    if let Ok(Some(v)) = crate::objects::dict::get(cd.dict, key) {
                        found = v;
                        break;
                    }
                }
                None => {
                    if basetype::has_attr(c, &name) {
                        break;
                    }
                }
            }
        }
        slot.set(found);
    }
}

// ---- dir() -------------------------------------------------------------------------

/// The names `dir(t)` lists for a type: attributes along its MRO.
fn type_dir(t: &'static TypeObj, out: &mut Vec<String>) {
    for c in mro_of(t) {
        match c.class {
            Some(d) => {
                for k in crate::objects::dict::keys_vec(d.dict) {
                    if let Some(s) = crate::objects::str::try_str(k) {
                        out.push(s.to_string());
                    }
                }
            }
            None if !c.attrs.is_empty() => {
                out.extend(c.attrs.iter().map(|d| d.name.to_string()));
                if c.base2.is_some() || crate::stdlib::is_heap_type(c) {
                    // CPython creates the type at run time: its dict has
                    // `__module__` (`ExceptionGroup`, `array.array`).
                    out.push("__module__".into());
                }
            }
            // A type without a table lists nothing of its own yet.
            None => {}
        }
    }
    out.push("__doc__".into());
}

/// `dir(obj)`: sorted attribute names (instance dict, then the type's).
pub fn dir_names(obj: Value) -> Vec<String> {
    let mut out = Vec::new();
    match obj.downcast::<TypeObj>() {
        Some(t) => type_dir(t, &mut out),
        None => {
            for k in crate::class::instance::attr_names(obj) {
                if let Some(s) = crate::objects::str::try_str(k) {
                    out.push(s.to_string());
                }
            }
            if !obj.is_small() {
                out.extend(
                    crate::io::attr_names(obj.kind())
                        .iter()
                        .map(|s| s.to_string()),
                );
                if obj.kind() == Kind::Func {
                    let d = crate::objects::func::extra(obj).dict;
                    if !d.is_null() {
                        out.extend(
                            crate::objects::dict::keys_vec(d)
                                .into_iter()
                                .filter_map(|k| crate::objects::str::try_str(k).map(String::from)),
                        );
                    }
                }
            }
            type_dir(object::type_of(obj), &mut out);
        }
    }
    out.sort();
    out.dedup();
    out
}

// ---- attributes of class objects -------------------------------------------------

/// `C.name` for a user class `C`.
pub fn type_getattr(t: &'static TypeObj, name: Value) -> R<Value> {
    let n = crate::objects::str::as_str(name);
    if let Some(v) = type_data_attr(t, n)? {
        return Ok(v);
    }
    match lookup(t, name) {
        Some(Found::Attr(v)) => descr::get_from_class(v, t),
        Some(Found::Builtin(b)) => Ok(basetype::unbound(b, name, t)),
        None => match crate::types::find(t.header.ty, name) {
            // `type`'s own methods bound to the class (`C.mro()`).
            Some(def) => crate::types::descr::get_through_instance(def, t.value()),
            None => Err(no_type_attribute(t, n)),
        },
    }
}

/// AttributeError for a missing class attribute.
pub fn no_type_attribute(t: &'static TypeObj, n: &str) -> crate::exc::error::Pending {
    let p = raise(
        &exc::ATTRIBUTE_ERROR,
        format!("type object '{}' has no attribute '{n}'", t.name),
    );
    crate::exc::error::attribute_context(t.value(), n);
    p
}

/// Attributes every type has (`type`'s own data descriptors).
pub fn type_data_attr(t: &'static TypeObj, n: &str) -> R<Option<Value>> {
    if !n.starts_with("__") {
        return Ok(None);
    }
    Ok(match n {
        "__name__" => Some(crate::objects::str::new(match t.class {
            Some(c) if c.dotted_name => t.short_name(),
            Some(_) => t.name,
            None => t.short_name(),
        })),
        "__qualname__" => Some(match t.class {
            Some(c) => c.qualname.get(),
            None => crate::objects::str::new(t.short_name()),
        }),
        "__mro__" => Some(mro_tuple(t)),
        "__bases__" => Some(bases_tuple(t)),
        "__base__" => Some(t.base.map_or_else(object::none, TypeObj::value)),
        "__class__" => Some(t.header.ty.value()),
        "__dict__" => match t.class {
            Some(c) => Some(crate::objects::mappingproxy::new(c.dict)),
            None => crate::types::type_dict(t)?.map(crate::objects::mappingproxy::new),
        },
        "__module__" if t.class.is_none() => Some(crate::objects::str::new(t.builtin_module())),
        "__abstractmethods__" => Some(abc::abstractmethods_attr(t)?),
        "__doc__" if t.class.is_none() => Some(crate::types::docs::of_type(t)),
        _ => None,
    })
}

/// `C[k]` for a user class: its `__class_getitem__`.
pub fn class_getitem(t: &'static TypeObj, k: Value) -> R<Value> {
    match lookup(t, crate::objects::str::new("__class_getitem__")) {
        Some(Found::Attr(f)) => {
            let f = descr::get_from_class(f, t)?;
            crate::protocol::dispatch::call(f, Args::positional(&[k]))
        }
        // A subclass of `list`, `tuple`, `deque`, ... inherits their
        // `__class_getitem__`: `C[int]` is `GenericAlias(C, int)`.
        _ if mro_of(t).iter().any(|b| {
            // `type[int]` is special-cased for `type` itself only.
            b.class.is_none()
                && !std::ptr::eq(*b, &object::TYPE_TYPE)
                && crate::objects::alias::subscriptable(b.value())
        }) =>
        {
            Ok(crate::objects::alias::generic(t.value(), k))
        }
        _ => Err(type_error(format!(
            "type '{}' is not subscriptable",
            t.name
        ))),
    }
}

/// `C.name = v`: sets a class attribute and refreshes versions and slots.
pub fn type_setattr(t: &'static TypeObj, name: Value, v: Value) -> R<()> {
    let n = crate::objects::str::as_str(name);
    let Some(c) = t.class else {
        return Err(type_error(format!(
            "cannot set '{n}' attribute of immutable type '{}'",
            t.name
        )));
    };
    match n {
        "__qualname__" => {
            if v.kind() != Kind::Str {
                return Err(type_error(format!(
                    "can only assign string to {}.__qualname__, not '{}'",
                    t.name,
                    object::type_name(v)
                )));
            }
            c.qualname.set(v);
            return Ok(());
        }
        "__name__" | "__mro__" | "__bases__" | "__dict__" | "__class__" | "__base__" => {
            return Err(type_error(format!(
                "not supported yet: assigning {n} of a class"
            )))
        }
        _ => {}
    }
    crate::objects::dict::setitem(c.dict, name, v)?;
    if n == "__abstractmethods__" {
        abc::set_abstract_flag(c, v)?;
    }
    changed(t, is_slot_name(n));
    Ok(())
}

/// `del C.name`
pub fn type_delattr(t: &'static TypeObj, name: Value) -> R<()> {
    let n = crate::objects::str::as_str(name);
    let Some(c) = t.class else {
        return Err(type_error(format!(
            "cannot set '{n}' attribute of immutable type '{}'",
            t.name
        )));
    };
    if crate::objects::dict::get(c.dict, name)?.is_none() {
        if n == "__abstractmethods__" {
            return Err(raise(&exc::ATTRIBUTE_ERROR, n));
        }
        return Err(no_type_attribute(t, n));
    }
    crate::objects::dict::delitem(c.dict, name)?;
    if n == "__abstractmethods__" {
        abc::set_abstract_flag(c, Value::NULL)?;
    }
    changed(t, is_slot_name(n));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::err_text;

    fn class(name: &str, bases: &[Value]) -> Value {
        let ns = crate::objects::dict::new();
        new_class(
            crate::objects::str::new(name),
            Value::NULL,
            crate::objects::tuple::from_slice(bases),
            ns,
        )
        .expect("class")
    }

    fn names(t: Value) -> Vec<&'static str> {
        mro_of(t.as_ref::<TypeObj>())
            .iter()
            .map(|t| t.name)
            .collect()
    }

    #[test]
    fn c3_mro() {
        // class O; A(O); B(O); C(O); D(O); E(O); K1(A,B,C); K2(D,B,E); K3(D,A); Z(K1,K2,K3)
        let o = class("O", &[]);
        let a = class("A", &[o]);
        let b = class("B", &[o]);
        let c = class("C", &[o]);
        let d = class("D", &[o]);
        let e = class("E", &[o]);
        let k1 = class("K1", &[a, b, c]);
        let k2 = class("K2", &[d, b, e]);
        let k3 = class("K3", &[d, a]);
        let z = class("Z", &[k1, k2, k3]);
        assert_eq!(
            names(z),
            ["Z", "K1", "K2", "K3", "D", "A", "B", "C", "E", "O", "object"]
        );
    }

    #[test]
    fn mro_errors() {
        let a = class("A", &[]);
        let b = class("B", &[]);
        let x = class("X", &[a, b]);
        let y = class("Y", &[b, a]);
        let r = new_class(
            crate::objects::str::new("Z"),
            Value::NULL,
            crate::objects::tuple::from_slice(&[x, y]),
            crate::objects::dict::new(),
        );
        assert!(r.is_err());
        assert_eq!(
            err_text(),
            "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B"
        );
        let r = new_class(
            crate::objects::str::new("Z"),
            Value::NULL,
            crate::objects::tuple::from_slice(&[a, a]),
            crate::objects::dict::new(),
        );
        assert!(r.is_err());
        assert_eq!(err_text(), "TypeError: duplicate base class A");
        let r = new_class(
            crate::objects::str::new("Z"),
            Value::NULL,
            crate::objects::tuple::from_slice(&[object::BOOL_TYPE.value()]),
            crate::objects::dict::new(),
        );
        assert!(r.is_err());
        assert_eq!(
            err_text(),
            "TypeError: type 'bool' is not an acceptable base type"
        );
        let r = new_class(
            crate::objects::str::new("Z"),
            Value::NULL,
            crate::objects::tuple::from_slice(&[
                object::LIST_TYPE.value(),
                object::DICT_TYPE.value(),
            ]),
            crate::objects::dict::new(),
        );
        assert!(r.is_err());
        assert_eq!(
            err_text(),
            "TypeError: multiple bases have instance lay-out conflict"
        );
    }

    #[test]
    fn subtype_and_versions() {
        let a = class("A", &[]);
        let b = class("B", &[a]);
        let (ta, tb) = (a.as_ref::<TypeObj>(), b.as_ref::<TypeObj>());
        assert!(tb.is_subtype(ta));
        assert!(!ta.is_subtype(tb));
        assert!(tb.is_subtype(&crate::object::OBJECT_TYPE));
        let v = tb.version.get();
        type_setattr(ta, crate::objects::str::new("x"), Value::from_small(1)).expect("set");
        assert_ne!(tb.version.get(), v);
        assert_eq!(
            lookup(tb, crate::objects::str::new("x")),
            Some(Found::Attr(Value::from_small(1)))
        );
        type_setattr(
            ta,
            crate::objects::str::new("__len__"),
            Value::from_small(2),
        )
        .expect("set");
        assert_eq!(
            tb.class.map(|c| c.slot(Slot::Len)),
            Some(Value::from_small(2))
        );
    }
}
