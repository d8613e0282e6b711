//! Module objects: a module's namespace is its global slot array (the
//! static array compiled code reads and writes directly, or, for a native
//! module, an array rt owns), plus a namespace dict for names set from
//! outside that have no slot, which also mirrors the slots once someone
//! asks for `m.__dict__`, `vars(m)` or `globals()`
//! (`objects/dict/namespace.rs`). `m.x`, `m.x = v`, `del m.x`, `dir(m)`
//! and the module's `__getattr__` (PEP 562) all go through the slots.

use crate::exc::error::{raise, R};
use crate::object::{Header, Kind, Object, TypeObj, OBJECT_TYPE};
use crate::value::Value;
use alrt_abi::layout;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// `types.ModuleType`.
pub static MODULE_TYPE: TypeObj = TypeObj::builtin("module", Some(&OBJECT_TYPE), Kind::Module);

/// The description shared by the modules the program makes with
/// `types.ModuleType(name)`: no file, no compiled body, not native.
static DYNAMIC_DESC: ModuleDesc = ModuleDesc {
    name: std::ptr::null(),
    name_len: 0,
    file: std::ptr::null(),
    file_len: 0,
    names: std::ptr::null(),
    names_len: 0,
    nslots: 0,
    slots: std::ptr::null_mut(),
    body: None,
    flags: 0,
    index: usize::MAX,
    obj: std::ptr::null_mut(),
};

/// The description of native module `name` when code compiled at run
/// time imports it and the program's table lacks it: made once per
/// module and kept for the run, as a compiled module's static one is.
pub fn native_desc(name: &str) -> &'static ModuleDesc {
    let name: &'static str = Box::leak(name.to_string().into_boxed_str());
    Box::leak(Box::new(ModuleDesc {
        name: name.as_ptr(),
        name_len: name.len(),
        flags: alrt_abi::layout::MODULE_FLAG_NATIVE,
        ..DYNAMIC_DESC
    }))
}

/// `types.ModuleType(name, doc=None)`: an empty module whose namespace
/// holds CPython's five attributes.
pub fn construct(args: crate::protocol::args::Args) -> R<Value> {
    let [name, doc] = crate::stdlib::bind("module", &args, ["name", "doc"], 0, 2, 1)?;
    let name = name.unwrap_or(Value::NULL);
    if crate::objects::str::try_str(name).is_none() {
        return Err(crate::exc::error::type_error(format!(
            "module() argument 'name' must be str, not {}",
            crate::object::type_name(name)
        )));
    }
    let none = crate::object::none();
    let values = [name, doc.unwrap_or(none), none, none, none];
    let mut owned: Box<[Value]> = values.to_vec().into_boxed_slice();
    let ptr = owned.as_mut_ptr();
    let names = vec![
        "__name__",
        "__doc__",
        "__package__",
        "__loader__",
        "__spec__",
    ];
    let m = alloc(&DYNAMIC_DESC, names, name, ptr, values.len(), owned);
    obj(m).state.set(State::Done);
    Ok(m)
}

/// The static description of one module, emitted by the compiler
/// (`alrt_abi::layout::MODULE_DESC_*`).
#[repr(C)]
pub struct ModuleDesc {
    pub(crate) name: *const u8,
    pub(crate) name_len: usize,
    pub(crate) file: *const u8,
    pub(crate) file_len: usize,
    pub(crate) names: *const u8,
    pub(crate) names_len: usize,
    pub(crate) nslots: usize,
    pub(crate) slots: *mut Value,
    /// The module body: None, or null with an exception pending.
    pub body: Option<extern "C" fn() -> Value>,
    pub flags: u32,
    /// Its index in the program's module table.
    pub index: usize,
    /// The word where its module object goes once created (compiled code
    /// compares with it); null in a descriptor rt made.
    pub(crate) obj: *mut Value,
}

// SAFETY: a ModuleDesc is immutable static data the compiler emits; rt only
// reads it, on the one program thread.
unsafe impl Sync for ModuleDesc {}

impl ModuleDesc {
    fn text(ptr: *const u8, len: usize) -> &'static str {
        if ptr.is_null() || len == 0 {
            return "";
        }
        // SAFETY: the compiler emits `len` bytes of UTF-8 text at `ptr` in
        // read-only data that lives as long as the program.
        let bytes = unsafe { std::slice::from_raw_parts(ptr, len) };
        std::str::from_utf8(bytes).unwrap_or("")
    }

    /// The module's full dotted name (`__main__` for the program).
    pub fn name(&self) -> &'static str {
        Self::text(self.name, self.name_len)
    }

    /// The source path (absolute), empty for a native module.
    pub fn file(&self) -> &'static str {
        Self::text(self.file, self.file_len)
    }

    /// The names of the global slots, in slot order.
    fn slot_names(&self) -> Vec<&'static str> {
        let text = Self::text(self.names, self.names_len);
        if self.nslots == 0 {
            return Vec::new();
        }
        text.split('\0').take(self.nslots).collect()
    }

    /// True for a package (`__init__`).
    pub fn is_package(&self) -> bool {
        self.flags & layout::MODULE_FLAG_PACKAGE != 0
    }

    /// True for a module implemented in rt.
    pub fn is_native(&self) -> bool {
        self.flags & layout::MODULE_FLAG_NATIVE != 0
    }
}

/// Where a module is in its first import.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum State {
    /// Its body is running (a circular import sees it partially initialised).
    Running,
    /// Its body finished.
    Done,
}

/// A module.
#[repr(C)]
pub struct ModuleObj {
    pub header: Header,
    /// The global slots (`layout::MODULE_SLOTS`): the compiled module's
    /// static array, or `owned`'s buffer for a native module. Never moves.
    pub(crate) slots: *mut Value,
    nslots: usize,
    /// Slot index of each slot name.
    index: HashMap<&'static str, usize>,
    names: Vec<&'static str>,
    /// `__name__` as a str.
    pub name: Value,
    /// The namespace dict (`objects/dict/namespace.rs`), or null until a
    /// name without a slot is bound or the dict is asked for.
    ns: Cell<Value>,
    /// The slot names as str values, made with the namespace dict.
    name_values: RefCell<Vec<Value>>,
    pub state: Cell<State>,
    pub desc: &'static ModuleDesc,
    /// A native module's slots.
    owned: Box<[Value]>,
}

// SAFETY: repr(C), Header first; every Kind::Module object is a ModuleObj.
unsafe impl Object for ModuleObj {
    const KINDS: &'static [Kind] = &[Kind::Module];

    fn trace(&self, t: &mut crate::gc::Tracer) {
        t.visit(self.name);
        t.visit(self.ns.get());
        for v in crate::gc::peek(&self.name_values).iter() {
            t.visit(*v);
        }
        // A compiled module's static slots are roots of their own
        // (registered by the constant initialiser); a native one's are here.
        for v in self.owned.iter() {
            t.visit(*v);
        }
    }
}

fn obj(v: Value) -> &'static ModuleObj {
    v.as_ref::<ModuleObj>()
}

/// A compiled module's object over its static slots.
pub fn new_compiled(desc: &'static ModuleDesc) -> Value {
    let names = desc.slot_names();
    let name = crate::objects::str::new(desc.name());
    alloc(desc, names, name, desc.slots, desc.nslots, Box::new([]))
}

/// A native module's object: its slots hold `values`, named `names`.
pub fn new_native(desc: &'static ModuleDesc, names: Vec<&'static str>, values: &[Value]) -> Value {
    let mut owned: Box<[Value]> = values.to_vec().into_boxed_slice();
    let ptr = owned.as_mut_ptr();
    let n = owned.len();
    let name = crate::objects::str::new(desc.name());
    alloc(desc, names, name, ptr, n, owned)
}

fn alloc(
    desc: &'static ModuleDesc,
    names: Vec<&'static str>,
    name: Value,
    slots: *mut Value,
    nslots: usize,
    owned: Box<[Value]>,
) -> Value {
    let index = names.iter().enumerate().map(|(i, n)| (*n, i)).collect();
    Value::from_ref(crate::gc::alloc(ModuleObj {
        header: Header::new(&MODULE_TYPE),
        slots,
        nslots,
        index,
        names,
        name,
        ns: Cell::new(Value::NULL),
        name_values: RefCell::new(Vec::new()),
        state: Cell::new(State::Running),
        desc,
        owned,
    }))
}

impl ModuleObj {
    fn slot(&self, i: usize) -> Value {
        debug_assert!(i < self.nslots);
        // SAFETY: `slots` points to `nslots` initialised words that live as
        // long as the program (a static array of the compiled program, or
        // `owned`, which is never reallocated), and `i < nslots`.
        unsafe { *self.slots.add(i) }
    }

    fn set_slot(&self, i: usize, v: Value) {
        debug_assert!(i < self.nslots);
        // SAFETY: as in `slot`; rt and compiled code run on one thread.
        unsafe { *self.slots.add(i) = v }
    }

    // The name arguments below are str values, never `&str`s borrowed
    // from one: a borrowed str does not keep its object alive across an
    // allocation (the text is not inside the GC cell).

    /// The value bound to `name` (a str), if any.
    pub fn lookup(&self, name: Value) -> R<Option<Value>> {
        if let Some(&i) = self.index.get(crate::objects::str::as_str(name)) {
            let v = self.slot(i);
            if !v.is_null() {
                return Ok(Some(v));
            }
        }
        let ns = self.ns.get();
        if ns.is_null() {
            return Ok(None);
        }
        crate::objects::dict::get(ns, name)
    }

    /// The value bound to the name `name`, if any.
    pub fn lookup_static(&self, name: &'static str) -> R<Option<Value>> {
        self.lookup(crate::objects::str::new(name))
    }

    /// The value in slot `i` (null when unbound or past the slots): for rt
    /// code that knows a native module's slot from the ABI table.
    pub fn slot_at(&self, i: usize) -> Value {
        if i < self.nslots {
            self.slot(i)
        } else {
            Value::NULL
        }
    }

    /// Binds slot `i` (null unbinds it); ignored past the slots.
    pub(crate) fn set_slot_at(&self, i: usize, v: Value) {
        if i < self.nslots {
            self.set_slot(i, v);
        }
    }

    /// The slot of the global `name`, if it has one.
    pub(crate) fn slot_index(&self, name: &str) -> Option<usize> {
        self.index.get(name).copied()
    }

    /// How many slots the module has.
    pub(crate) fn slot_count(&self) -> usize {
        self.nslots
    }

    /// The slot names as str values, in slot order.
    pub(crate) fn slot_name_values(&self) -> Vec<Value> {
        if self.name_values.borrow().len() != self.nslots {
            let mut made = crate::gc::RootedVec::new();
            for n in &self.names {
                made.push(crate::objects::str::new(n));
            }
            *self.name_values.borrow_mut() = made.into_vec();
        }
        self.name_values.borrow().clone()
    }

    /// The namespace dict: `m.__dict__`, `vars(m)`, `globals()`.
    pub fn namespace(&'static self) -> Value {
        let ns = self.ns.get();
        if !ns.is_null() {
            return ns;
        }
        let ns = crate::objects::dict::namespace::new(Value::from_ref(self));
        self.ns.set(ns);
        ns
    }

    /// Binds `name` (a str) to `v`.
    pub fn set(&'static self, name: Value, v: Value) -> R<()> {
        if let Some(&i) = self.index.get(crate::objects::str::as_str(name)) {
            self.set_slot(i, v);
            return Ok(());
        }
        crate::objects::dict::setitem(self.namespace(), name, v)
    }

    /// Unbinds `name` (a str); false if it was not bound.
    fn unset(&self, name: Value) -> R<bool> {
        if let Some(&i) = self.index.get(crate::objects::str::as_str(name)) {
            if !self.slot(i).is_null() {
                self.set_slot(i, Value::NULL);
                return Ok(true);
            }
        }
        let ns = self.ns.get();
        if ns.is_null() || !crate::objects::dict::contains(ns, name)? {
            return Ok(false);
        }
        crate::objects::dict::delitem(ns, name)?;
        Ok(true)
    }

    /// The bound names: slots in slot order, then the other attributes.
    pub fn bound_names(&self) -> Vec<String> {
        let mut out: Vec<String> = (0..self.nslots)
            .filter(|&i| !self.slot(i).is_null())
            .map(|i| self.names[i].to_string())
            .collect();
        let ns = self.ns.get();
        if !ns.is_null() {
            for k in crate::objects::dict::keys_vec(ns) {
                if let Some(s) = crate::objects::str::try_str(k) {
                    if !self.index.contains_key(s) {
                        out.push(s.to_string());
                    }
                }
            }
        }
        out
    }

    /// The module's `__name__` as text.
    pub fn name_str(&self) -> String {
        crate::objects::str::try_str(self.name)
            .unwrap_or("?")
            .to_string()
    }
}

/// The module object behind `v`.
pub fn module(v: Value) -> &'static ModuleObj {
    obj(v)
}

/// `m.name`: a slot, another attribute, or the module's `__getattr__`.
pub fn getattr(m: Value, name: Value) -> R<Value> {
    let o = obj(m);
    if let Some(v) = o.lookup(name)? {
        return Ok(v);
    }
    match crate::objects::str::as_str(name) {
        "__class__" => return Ok(MODULE_TYPE.value()),
        "__name__" => return Ok(o.name),
        "__dict__" => return Ok(o.namespace()),
        _ => {}
    }
    if let Some(hook) = o.lookup_static("__getattr__")? {
        return crate::protocol::dispatch::call(
            hook,
            crate::protocol::args::Args::positional(&[name]),
        );
    }
    Err(no_attribute(o, crate::objects::str::as_str(name)))
}

/// The AttributeError of a missing module attribute, as CPython words it
/// (a partially initialised module says so).
pub fn no_attribute(o: &'static ModuleObj, n: &str) -> crate::exc::error::Pending {
    let msg = if o.state.get() == State::Running && o.desc.name() != "__main__" {
        format!(
            "partially initialized module '{}' has no attribute '{n}' (most likely due to a circular import)",
            o.name_str()
        )
    } else {
        format!("module '{}' has no attribute '{n}'", o.name_str())
    };
    let p = raise(&crate::exc::ATTRIBUTE_ERROR, msg);
    crate::exc::error::attribute_context(Value::from_ref(o), n);
    p
}

/// `m.name = v`
pub fn setattr(m: Value, name: Value, v: Value) -> R<()> {
    let n = crate::objects::str::as_str(name);
    if n == "__dict__" || n == "__class__" {
        return Err(crate::exc::error::type_error(format!(
            "not supported yet: assigning a module's {n}"
        )));
    }
    obj(m).set(name, v)
}

/// `del m.name`
pub fn delattr(m: Value, name: Value) -> R<()> {
    if obj(m).unset(name)? {
        return Ok(());
    }
    Err(raise(
        &crate::exc::ATTRIBUTE_ERROR,
        format!(
            "'module' object has no attribute '{}'",
            crate::objects::str::as_str(name)
        ),
    ))
}

/// `repr(m)`: `<module 'm' from '/path/m.py'>`, or `(built-in)` for a
/// native module.
pub fn repr(m: Value) -> String {
    let o = obj(m);
    if std::ptr::eq(o.desc, &DYNAMIC_DESC) {
        // Its `__name__` as the namespace holds it now, as CPython reads it.
        let name = o.slot(0);
        return match crate::objects::str::try_str(name) {
            Some(n) => format!("<module '{n}'>"),
            None => "<module '?'>".to_string(),
        };
    }
    if o.desc.is_native() {
        format!("<module '{}' (built-in)>", o.name_str())
    } else {
        format!("<module '{}' from '{}'>", o.name_str(), o.desc.file())
    }
}

/// The names `dir(m)` lists, sorted.
pub fn dir_names(m: Value) -> Vec<String> {
    let mut names = obj(m).bound_names();
    names.sort();
    names.dedup();
    names
}
