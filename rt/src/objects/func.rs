//! Function objects (compiled Al functions), built-in functions, bound
//! built-in methods, closure cells, and Python's argument binding.

use crate::exc::error::{type_error, R};
use crate::object::{
    Header, Kind, Object, BOUND_METHOD_TYPE, BUILTIN_TYPE, CELL_TYPE, FUNCTION_TYPE,
};
use crate::protocol::args::Args;
use crate::state::GlobalCell;
use crate::value::Value;
use std::cell::Cell;
use std::collections::HashMap;

/// The generic entry every compiled function has: arguments in an array,
/// keyword names in a tuple (or null); binds them and runs the body.
pub type GenericEntry =
    extern "C" fn(func: Value, args: *const Value, nargs: usize, kwnames: Value) -> Value;

/// `FuncDesc::flags`: the function has `*args`.
pub const FLAG_VARARGS: u32 = alrt_abi::layout::FUNC_FLAG_VARARGS;
/// `FuncDesc::flags`: the function has `**kwargs`.
pub const FLAG_VARKW: u32 = alrt_abi::layout::FUNC_FLAG_VARKW;
/// `FuncDesc::flags`: the text ends with the docstring.
pub const FLAG_DOC: u32 = alrt_abi::layout::FUNC_FLAG_DOC;

/// Static description of a compiled function, emitted by the compiler.
#[repr(C)]
pub struct FuncDesc {
    /// `name\0qualname\0param0\0param1...`: all parameters in binding order
    /// (positional, then `*args` if any, keyword-only, then `**kwargs` if any).
    pub text: *const u8,
    pub text_len: usize,
    pub nposonly: u32,
    /// Positional parameters, including the positional-only ones.
    pub npos: u32,
    pub nkwonly: u32,
    pub flags: u32,
    /// The defining module's index in the program's module table.
    pub module: usize,
    /// The line of the `def` (or its first decorator) or `lambda`.
    pub line: u32,
    /// The body generated code calls for exactly `npos` positional
    /// arguments (`alrt_abi::layout::FUNC_DESC_BODY`), or null; rt never
    /// calls it.
    pub body: *const u8,
}

// SAFETY: immutable static data emitted by the compiler.
unsafe impl Sync for FuncDesc {}

/// A compiled Al function value. Generated code reads `cells` at a fixed
/// offset (see `crate::layout`).
#[repr(C)]
pub struct FuncObj {
    pub header: Header,
    pub generic: GenericEntry,
    /// The closure's cells (each a `CellObj`), `ncells` of them.
    pub cells: *const Value,
    pub ncells: usize,
    /// Default values of the last positional parameters (tuple) or null;
    /// `__defaults__` can replace it.
    pub defaults: Cell<Value>,
    /// Defaults of keyword-only parameters (dict) or null; `__kwdefaults__`
    /// can replace it.
    pub kwdefaults: Cell<Value>,
    /// `__annotations__` (a dict), or null until it is set or first read.
    pub annotations: Cell<Value>,
    pub desc: &'static FuncDesc,
    /// Owns the array `cells` points to (traced and freed with the function).
    pub cells_owned: Box<[Value]>,
}

// SAFETY: repr(C), Header first; every Kind::Func object is a FuncObj.
unsafe impl Object for FuncObj {
    const KINDS: &'static [Kind] = &[Kind::Func];

    fn trace(&self, t: &mut crate::gc::Tracer) {
        t.visit_all(&self.cells_owned);
        t.visit(self.defaults.get());
        t.visit(self.kwdefaults.get());
        t.visit(self.annotations.get());
        // Its extra attributes live in a side table, traced with it (not
        // as roots: its globals often hold the function itself).
        if self.has_extra() {
            let me = std::ptr::from_ref(self) as u64;
            EXTRAS.with(|m| {
                if let Some(e) = m.as_ref().and_then(|m| m.get(&me)) {
                    t.visit_all(&[e.dict, e.name, e.qualname, e.doc, e.module, e.globals]);
                }
            });
        }
    }
}

/// A closure cell.
#[repr(C)]
pub struct CellObj {
    pub header: Header,
    /// The captured variable; null while unbound.
    pub value: Cell<Value>,
}

// SAFETY: repr(C), Header first; every Kind::Cell object is a CellObj.
unsafe impl Object for CellObj {
    const KINDS: &'static [Kind] = &[Kind::Cell];

    fn trace(&self, t: &mut crate::gc::Tracer) {
        t.visit(self.value.get());
    }
}

/// A built-in function (`len`, `print`, ...).
#[repr(C)]
pub struct BuiltinObj {
    pub header: Header,
    pub name: &'static str,
    pub f: fn(Args) -> R<Value>,
    /// A method of a class rt defines (`time.struct_time.__repr__`): read
    /// through an instance it binds like a function, as CPython's method
    /// descriptors do; plain built-in functions never bind.
    pub binds: bool,
}

// SAFETY: repr(C), Header first; every Kind::Builtin object is a BuiltinObj.
unsafe impl Object for BuiltinObj {
    const KINDS: &'static [Kind] = &[Kind::Builtin];

    fn trace(&self, _t: &mut crate::gc::Tracer) {}
}

impl BuiltinObj {
    /// A static built-in function object.
    pub const fn new(name: &'static str, f: fn(Args) -> R<Value>) -> BuiltinObj {
        BuiltinObj {
            header: Header::new(&BUILTIN_TYPE),
            name,
            f,
            binds: false,
        }
    }

    /// A static method of a class rt defines: it receives the instance as
    /// its first positional argument.
    pub const fn method(name: &'static str, f: fn(Args) -> R<Value>) -> BuiltinObj {
        BuiltinObj {
            header: Header::new(&BUILTIN_TYPE),
            name,
            f,
            binds: true,
        }
    }
}

/// A method of a built-in type bound to its receiver (`xs.append`): by
/// its table entry (`def`), or, for types without a table yet, by name.
#[repr(C)]
pub struct BoundMethodObj {
    pub header: Header,
    pub receiver: Value,
    /// Null when `def` is set.
    pub name: Value,
    pub def: Option<&'static crate::types::AttrDef>,
}

// SAFETY: repr(C), Header first; every Kind::BoundMethod object is one.
unsafe impl Object for BoundMethodObj {
    const KINDS: &'static [Kind] = &[Kind::BoundMethod];

    fn trace(&self, t: &mut crate::gc::Tracer) {
        t.visit(self.receiver);
        t.visit(self.name);
    }
}

/// Parameter names of a function, parsed once per `FuncDesc`.
struct Spec {
    name: String,
    qualname: String,
    params: Vec<Value>,
    doc: Option<String>,
}

static SPECS: GlobalCell<Option<HashMap<usize, &'static Spec>>> = GlobalCell::new(None);

/// GC roots: the interned parameter names of every parsed `FuncDesc`.
pub fn trace_roots(t: &mut crate::gc::Tracer) {
    SPECS.with(|m| {
        for s in m.iter().flat_map(|m| m.values()) {
            t.visit_all(&s.params);
        }
    });
}

fn spec(desc: &'static FuncDesc) -> &'static Spec {
    let key = desc as *const FuncDesc as usize;
    if let Some(s) = SPECS.with(|m| m.get_or_insert_with(HashMap::new).get(&key).copied()) {
        return s;
    }
    // SAFETY: the compiler emits `text` as `text_len` bytes of UTF-8 in
    // read-only data that lives for the whole run, or, for code compiled
    // at run time, as long as a function with this descriptor (whose
    // spec is then forgotten: `forget_descs`).
    let bytes = unsafe { std::slice::from_raw_parts(desc.text, desc.text_len) };
    let text = std::str::from_utf8(bytes).unwrap_or("?");
    let mut parts = text.splitn(3, '\0');
    let name = parts.next().unwrap_or("?").to_string();
    let qualname = parts.next().unwrap_or("?").to_string();
    let nparams = (desc.npos + desc.nkwonly) as usize
        + usize::from(desc.flags & FLAG_VARARGS != 0)
        + usize::from(desc.flags & FLAG_VARKW != 0);
    // The docstring comes last and may itself hold `\0`.
    let mut rest = parts.next().unwrap_or("").splitn(nparams + 1, '\0');
    // Rooted while the names are created: each `str::new` may collect.
    let params = rest
        .by_ref()
        .take(nparams)
        .map(crate::objects::str::new)
        .collect::<crate::gc::RootedVec>()
        .into_vec();
    let doc = (desc.flags & FLAG_DOC != 0).then(|| rest.next().unwrap_or("").to_string());
    let s: &'static Spec = Box::leak(Box::new(Spec {
        name,
        qualname,
        params,
        doc,
    }));
    SPECS.with(|m| m.get_or_insert_with(HashMap::new).insert(key, s));
    s
}

/// Forgets the parsed specs of the descriptors in `[start, end)`, the
/// memory of code compiled at run time that is being freed.
pub fn forget_descs(start: usize, end: usize) {
    SPECS.with(|m| {
        if let Some(m) = m {
            m.retain(|k, _| !(start..end).contains(k));
        }
    });
}

impl Drop for FuncObj {
    /// Forgets the function's extra attributes (keyed by its address,
    /// which the next object there must not inherit) and its use of the
    /// code compiled at run time that made it. Runs in the collector's
    /// sweep: touches no root and allocates nothing.
    fn drop(&mut self) {
        if self.has_extra() {
            let me = std::ptr::from_ref(self) as u64;
            EXTRAS.with(|m| {
                if let Some(m) = m {
                    m.remove(&me);
                }
            });
        }
        crate::builtins::exec_memory::user_removed(std::ptr::from_ref(self.desc) as usize);
    }
}

/// Creates a function object (executing a `def` or `lambda`).
pub fn new_function(
    generic: GenericEntry,
    desc: &'static FuncDesc,
    cells: Vec<Value>,
    defaults: Value,
    kwdefaults: Value,
) -> Value {
    let cells_owned = cells.into_boxed_slice();
    crate::builtins::exec_memory::user_added(std::ptr::from_ref(desc) as usize);
    Value::from_ref(crate::gc::alloc(FuncObj {
        header: Header::new(&FUNCTION_TYPE),
        generic,
        cells: cells_owned.as_ptr(),
        ncells: cells_owned.len(),
        defaults: Cell::new(defaults),
        kwdefaults: Cell::new(kwdefaults),
        annotations: Cell::new(Value::NULL),
        desc,
        cells_owned,
    }))
}

/// A new, unbound cell.
pub fn new_cell(v: Value) -> Value {
    Value::from_ref(crate::gc::alloc(CellObj {
        header: Header::new(&CELL_TYPE),
        value: Cell::new(v),
    }))
}

/// What a program gave a function object beyond its `FuncDesc`: its
/// `__dict__` (`f.calls = 0`), and the values assigned to `__name__`,
/// `__qualname__`, `__doc__` and `__module__` (`functools.wraps` assigns
/// them); null where there is none.
#[derive(Clone, Copy)]
pub struct FuncExtra {
    pub dict: Value,
    pub name: Value,
    pub qualname: Value,
    pub doc: Value,
    pub module: Value,
    /// The globals dict of a function made by code compiled at run time
    /// (`exec`), which its code reads its globals from.
    pub globals: Value,
}

impl FuncExtra {
    const NONE: FuncExtra = FuncExtra {
        dict: Value::NULL,
        name: Value::NULL,
        qualname: Value::NULL,
        doc: Value::NULL,
        module: Value::NULL,
        globals: Value::NULL,
    };
}

/// `Header::flags` bit of a function that has an entry in `EXTRAS`, so
/// that tracing and freeing the others skip the table.
const FLAG_EXTRA: u32 = 1;

impl FuncObj {
    fn has_extra(&self) -> bool {
        self.header.flags.get() & FLAG_EXTRA != 0
    }
}

/// The `FuncExtra` of functions that have one, by address: the function
/// layout has no room for them because few functions need them.
static EXTRAS: GlobalCell<Option<HashMap<u64, FuncExtra>>> = GlobalCell::new(None);

/// The extra attributes of function `f` (all null when it has none).
pub fn extra(f: Value) -> FuncExtra {
    EXTRAS.with(|m| {
        m.as_ref()
            .and_then(|m| m.get(&f.0).copied())
            .unwrap_or(FuncExtra::NONE)
    })
}

/// Changes the extra attributes of function `f`.
pub fn update_extra(f: Value, change: impl FnOnce(&mut FuncExtra)) {
    if let Some(func) = f.downcast::<FuncObj>() {
        func.header.flags.set(func.header.flags.get() | FLAG_EXTRA);
    }
    EXTRAS.with(|m| {
        change(
            m.get_or_insert_with(HashMap::new)
                .entry(f.0)
                .or_insert(FuncExtra::NONE),
        )
    });
}

/// The function's `__name__`.
pub fn name(f: Value) -> String {
    let assigned = extra(f).name;
    if !assigned.is_null() {
        // A str, or an instance of a str subclass.
        return crate::objects::str::as_str(crate::class::instance::unwrap(assigned)).to_string();
    }
    spec(f.as_ref::<FuncObj>().desc).name.clone()
}

/// The function's `__qualname__`.
pub fn qualname(f: Value) -> String {
    let assigned = extra(f).qualname;
    if !assigned.is_null() {
        // A str, or an instance of a str subclass.
        return crate::objects::str::as_str(crate::class::instance::unwrap(assigned)).to_string();
    }
    spec(f.as_ref::<FuncObj>().desc).qualname.clone()
}

/// The function's docstring, if its body starts with one.
pub fn doc(f: Value) -> Option<String> {
    spec(f.as_ref::<FuncObj>().desc).doc.clone()
}

/// `f.__defaults__` (None when there are none).
pub fn defaults(f: Value) -> Value {
    let d = f.as_ref::<FuncObj>().defaults.get();
    if d.is_null() {
        crate::object::none()
    } else {
        d
    }
}

/// `f.__kwdefaults__` (None when there are none).
pub fn kwdefaults(f: Value) -> Value {
    let d = f.as_ref::<FuncObj>().kwdefaults.get();
    if d.is_null() {
        crate::object::none()
    } else {
        d
    }
}

/// `f.__defaults__ = v` and `f.__kwdefaults__ = v`: a tuple (a dict) or
/// None, with CPython's message otherwise.
pub fn set_defaults(f: Value, keyword_only: bool, v: Value) -> R<()> {
    let (field, kind, name, what) = if keyword_only {
        (
            &f.as_ref::<FuncObj>().kwdefaults,
            Kind::Dict,
            "__kwdefaults__",
            "dict",
        )
    } else {
        (
            &f.as_ref::<FuncObj>().defaults,
            Kind::Tuple,
            "__defaults__",
            "tuple",
        )
    };
    if v == crate::object::none() {
        field.set(Value::NULL);
    } else if v.kind() == kind {
        field.set(v);
    } else {
        return Err(type_error(format!("{name} must be set to a {what} object")));
    }
    Ok(())
}

/// `f.__annotations__`: made empty on first use and kept, as CPython does.
pub fn annotations(f: Value) -> Value {
    let cell = &f.as_ref::<FuncObj>().annotations;
    if cell.get().is_null() {
        cell.set(crate::objects::dict::new());
    }
    cell.get()
}

/// `f.__annotations__ = d` (a dict; `def` sets it when anything is annotated).
pub fn set_annotations(f: Value, d: Value) -> R<()> {
    if d.kind() != Kind::Dict {
        return Err(type_error("__annotations__ must be set to a dict object"));
    }
    f.as_ref::<FuncObj>().annotations.set(d);
    Ok(())
}

/// The name of a built-in function.
pub fn builtin_name(f: Value) -> &'static str {
    f.as_ref::<BuiltinObj>().name
}

/// Binds `name` of a built-in object's type to the receiver `o`.
pub fn bind_method(o: Value, name: Value) -> Value {
    Value::from_ref(crate::gc::alloc(BoundMethodObj {
        header: Header::new(&BOUND_METHOD_TYPE),
        receiver: o,
        name,
        def: None,
    }))
}

/// The table entry `def` bound to `o` (a `method-wrapper` for a special
/// method, else a `builtin_function_or_method`).
pub fn bind_def(o: Value, def: &'static crate::types::AttrDef) -> Value {
    let ty = match def.kind {
        crate::types::AttrKind::Slot(_) => &crate::types::descr::METHOD_WRAPPER_TYPE,
        _ => &BOUND_METHOD_TYPE,
    };
    Value::from_ref(crate::gc::alloc(BoundMethodObj {
        header: Header::new(ty),
        receiver: o,
        name: Value::NULL,
        def: Some(def),
    }))
}

/// The receiver and method name of a bound built-in method.
pub fn bound_parts(m: Value) -> (Value, Value) {
    let b = m.as_ref::<BoundMethodObj>();
    (b.receiver, b.name)
}

/// Attributes of a bound built-in method (`__self__`, `__name__`).
pub fn bound_attr(m: Value, name: &str) -> Option<Value> {
    let b = m.as_ref::<BoundMethodObj>();
    match b.def {
        Some(def) => crate::types::descr::bound_attr(def, b.receiver, name),
        None => None,
    }
}

/// `repr` of a bound built-in method, as CPython prints it.
pub fn bound_method_repr(m: Value) -> String {
    if let Some(def) = m.as_ref::<BoundMethodObj>().def {
        return crate::types::descr::bound_repr(def, m.as_ref::<BoundMethodObj>().receiver);
    }
    let (recv, name) = bound_parts(m);
    format!(
        "<built-in method {} of {} object at {:#x}>",
        crate::objects::str::as_str(name),
        crate::object::type_name(recv),
        recv.0
    )
}

/// Calls a compiled function through its generic entry.
pub fn call(f: Value, args: Args) -> R<Value> {
    let fo = f.as_ref::<FuncObj>();
    let r = if args.kwnames.is_empty() {
        (fo.generic)(f, args.pos.as_ptr(), args.pos.len(), Value::NULL)
    } else {
        let mut all = Vec::with_capacity(args.pos.len() + args.kwvals.len());
        all.extend_from_slice(args.pos);
        all.extend_from_slice(args.kwvals);
        let names = crate::objects::tuple::from_slice(args.kwnames);
        (fo.generic)(f, all.as_ptr(), args.pos.len(), names)
    };
    if r.is_null() {
        Err(crate::exc::error::Pending)
    } else {
        Ok(r)
    }
}

/// Calls a built-in function object.
pub fn call_builtin(f: Value, args: Args) -> R<Value> {
    (f.as_ref::<BuiltinObj>().f)(args)
}

/// Python's argument binding: fills `out` (one slot per parameter, in
/// `FuncDesc` order) from positional `args`, keyword values named by
/// `kwnames`, and the function's defaults. Errors use CPython's messages.
pub fn bind_args(f: Value, args: Args, out: &mut [Value]) -> R<()> {
    let fo = f.as_ref::<FuncObj>();
    let desc = fo.desc;
    let sp = spec(desc);
    let npos = desc.npos as usize;
    let nkwonly = desc.nkwonly as usize;
    let has_varargs = desc.flags & FLAG_VARARGS != 0;
    let has_varkw = desc.flags & FLAG_VARKW != 0;
    // Error messages name the function by its current `__qualname__`.
    let qn = &QualName(f);
    for slot in out.iter_mut() {
        *slot = Value::NULL;
    }
    let kwonly_start = npos + has_varargs as usize;
    // Positional arguments. Too many of them is reported after the
    // keywords are checked, as CPython does.
    let given = args.pos.len();
    for (i, v) in args.pos.iter().take(npos).enumerate() {
        out[i] = *v;
    }
    if has_varargs {
        out[npos] = crate::objects::tuple::from_slice(args.pos.get(npos..).unwrap_or(&[]));
    }
    // Keyword arguments.
    let varkw = if has_varkw {
        let d = crate::objects::dict::new();
        out[out.len() - 1] = d;
        Some(d)
    } else {
        None
    };
    let posonly = desc.nposonly as usize;
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        let kname = crate::objects::str::as_str(*k);
        let idx = (posonly..npos)
            .chain(kwonly_start..kwonly_start + nkwonly)
            .find(|&i| crate::objects::str::as_str(sp.params[i]) == kname);
        match idx {
            Some(i) if !out[i].is_null() => {
                return Err(type_error(format!(
                    "{qn}() got multiple values for argument '{kname}'"
                )))
            }
            Some(i) => out[i] = *v,
            None => match varkw {
                Some(d) => crate::objects::dict::setitem(d, *k, *v)?,
                None if sp.params[..posonly]
                    .iter()
                    .any(|p| crate::objects::str::as_str(*p) == kname) =>
                {
                    return Err(type_error(format!(
                        "{qn}() got some positional-only arguments passed as keyword arguments: '{kname}'"
                    )))
                }
                None => {
                    return Err(type_error(format!(
                        "{qn}() got an unexpected keyword argument '{kname}'"
                    )))
                }
            },
        }
    }
    if given > npos && !has_varargs {
        let ndefaults = if fo.defaults.get().is_null() {
            0
        } else {
            crate::objects::tuple::items(fo.defaults.get()).len()
        };
        let takes = if ndefaults > 0 {
            format!("from {} to {}", npos - ndefaults, npos)
        } else {
            npos.to_string()
        };
        let nkw_given = args
            .kwnames
            .iter()
            .filter(|k| {
                sp.params[kwonly_start..kwonly_start + nkwonly]
                    .iter()
                    .any(|p| crate::objects::str::as_str(*p) == crate::objects::str::as_str(**k))
            })
            .count();
        let extra = if nkw_given > 0 {
            format!(
                " positional argument{} (and {} keyword-only argument{})",
                if given == 1 { "" } else { "s" },
                nkw_given,
                if nkw_given == 1 { "" } else { "s" }
            )
        } else {
            String::new()
        };
        return Err(type_error(format!(
            "{qn}() takes {takes} positional argument{} but {given}{extra} {} given",
            if npos == 1 && ndefaults == 0 { "" } else { "s" },
            if given == 1 && nkw_given == 0 {
                "was"
            } else {
                "were"
            }
        )));
    }
    // Defaults and missing arguments.
    let defaults_tuple = fo.defaults.get();
    let defaults: &[Value] = if defaults_tuple.is_null() {
        &[]
    } else {
        crate::objects::tuple::items(defaults_tuple)
    };
    let first_default = npos - defaults.len();
    let mut missing = Vec::new();
    for i in 0..npos {
        if out[i].is_null() {
            if i >= first_default {
                out[i] = defaults[i - first_default];
            } else {
                missing.push(crate::objects::str::as_str(sp.params[i]));
            }
        }
    }
    if !missing.is_empty() {
        return Err(type_error(format!(
            "{qn}() missing {} required positional argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        )));
    }
    let kwonly = kwonly_start..kwonly_start + nkwonly;
    for (slot, &param) in out[kwonly.clone()].iter_mut().zip(&sp.params[kwonly]) {
        if slot.is_null() {
            let kwdefaults = fo.kwdefaults.get();
            if !kwdefaults.is_null() {
                if let Some(v) = crate::objects::dict::get(kwdefaults, param)? {
                    *slot = v;
                    continue;
                }
            }
            missing.push(crate::objects::str::as_str(param));
        }
    }
    if !missing.is_empty() {
        return Err(type_error(format!(
            "{qn}() missing {} required keyword-only argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        )));
    }
    Ok(())
}

/// Displays a function's `__qualname__`, looked up only when an error
/// message is built.
struct QualName(Value);

impl std::fmt::Display for QualName {
    fn fmt(&self, out: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        out.write_str(&qualname(self.0))
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` as CPython lists missing names.
fn name_list(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}
