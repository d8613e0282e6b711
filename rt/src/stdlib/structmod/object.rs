//! `_struct.Struct` (a compiled format with its `format` and `size` and
//! the methods of the module functions) and `_struct.unpack_iterator`,
//! what `iter_unpack` returns. User classes derive from `Struct` with an
//! instance of it as their payload.

use super::format::Format;
use crate::class::instance::unwrap;
use crate::exc::error::{type_error, R};
use crate::object::{self, Header, Kind, Object, TypeObj, OBJECT_TYPE};
use crate::objects::iter::{IterObj, IterState};
use crate::protocol::args::Args;
use crate::types::slots;
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// `_struct.Struct`
pub static STRUCT_TYPE: TypeObj =
    TypeObj::builtin("_struct.Struct", Some(&OBJECT_TYPE), Kind::Struct).with_attrs(&ATTRS);

/// `_struct.unpack_iterator`
pub static UNPACK_ITERATOR_TYPE: TypeObj =
    TypeObj::builtin("_struct.unpack_iterator", Some(&OBJECT_TYPE), Kind::Iter)
        .with_attrs(&ITER_ATTRS);

/// A `Struct`: its format as given (a str) and the parsed layout.
#[repr(C)]
pub struct StructObj {
    pub header: Header,
    /// `format`; the empty str before `__init__` ran.
    format: Cell<Value>,
    /// The parsed format; None before `__init__` ran (CPython's `size`
    /// is then -1).
    layout: RefCell<Option<Rc<Format>>>,
}

// SAFETY: repr(C), Header first; every Kind::Struct object is a StructObj.
unsafe impl Object for StructObj {
    const KINDS: &'static [Kind] = &[Kind::Struct];

    fn trace(&self, t: &mut crate::gc::Tracer) {
        t.visit(self.format.get());
    }
}

/// A `Struct` whose `__init__` has not run (what `Struct.__new__` makes).
pub fn new_uninit() -> Value {
    Value::from_ref(crate::gc::alloc(StructObj {
        header: Header::new(&STRUCT_TYPE),
        format: Cell::new(crate::objects::str::new("")),
        layout: RefCell::new(None),
    }))
}

/// A `Struct` for the parsed format `f` of format value `fmt`.
pub fn with_format(fmt: Value, f: Rc<Format>) -> Value {
    let s = new_uninit();
    set(s, fmt, f);
    s
}

fn set(s: Value, fmt: Value, f: Rc<Format>) {
    let o = s.as_ref::<StructObj>();
    // `format` is always a str, also when given as bytes.
    let text = match crate::objects::str::try_str(fmt) {
        Some(t) => crate::objects::str::new(t),
        None => crate::objects::str::from_string(
            String::from_utf8_lossy(&crate::objects::bytes::data(fmt).unwrap_or_default())
                .into_owned(),
        ),
    };
    o.format.set(text);
    *o.layout.borrow_mut() = Some(f);
}

/// `Struct(format)`
pub fn construct(args: Args) -> R<Value> {
    let s = new_uninit();
    init(s, args)?;
    Ok(s)
}

/// `Struct.__init__(format)`: parses the format (again).
pub fn init(s: Value, args: Args) -> R<()> {
    let [fmt] = crate::builtins::args::bind_clinic("Struct", &args, ["format"], 0, 1)?;
    let fmt = fmt.unwrap_or_else(object::none);
    let b = super::format_bytes(fmt)?;
    let f = super::format::parse(&b).map_err(super::error)?;
    set(s, fmt, Rc::new(f));
    Ok(())
}

/// The `Struct` behind `v` (a subclass instance's payload).
fn the_struct(v: Value) -> R<Value> {
    let p = unwrap(v);
    if !p.is_small() && p.kind() == Kind::Struct {
        return Ok(p);
    }
    Err(crate::exc::error::descriptor_type_error(
        "_struct.Struct",
        v,
    ))
}

/// The parsed format of Struct `s`; an empty one of size 0 before
/// `__init__` ran.
pub fn layout(s: Value) -> Rc<Format> {
    let o = s.as_ref::<StructObj>();
    o.layout.borrow().clone().unwrap_or_else(|| {
        Rc::new(Format {
            mode: super::format::Mode::Native,
            codes: Vec::new(),
            size: 0,
            nitems: 0,
        })
    })
}

/// `s.size` (-1 before `__init__` ran, as in CPython).
fn size(s: Value) -> i64 {
    match &*s.as_ref::<StructObj>().layout.borrow() {
        Some(f) => f.size as i64,
        None => -1,
    }
}

/// `pack`'s count check for a Struct before `__init__` (CPython expects
/// -1 items).
fn check_initialised(s: Value, got: usize, what: &str) -> R<()> {
    if s.as_ref::<StructObj>().layout.borrow().is_none() {
        return Err(super::error(format!(
            "{what} expected -1 items for packing (got {got})"
        )));
    }
    Ok(())
}

fn struct_new(owner: Value, args: Args) -> R<Value> {
    // `Struct.__new__(Struct, ...)` ignores its arguments; `__init__` parses.
    if args.pos.first() == Some(&STRUCT_TYPE.value()) {
        return Ok(new_uninit());
    }
    slots::new(owner, args)
}

fn struct_init(o: Value, args: Args) -> R<Value> {
    init(the_struct(o)?, args)?;
    Ok(object::none())
}

crate::attr_table! {
    /// The attributes of `_struct.Struct`.
    pub static ATTRS for STRUCT_TYPE = [
        slot "__delattr__" => slots::delattr;
        slot "__getattribute__" => slots::getattribute;
        slot "__init__" => struct_init;
        new "__new__" => struct_new;
        slot "__setattr__" => slots::setattr;
        rawmethod "__sizeof__" => crate::types::sizeof::method;
        getset "format" => |s| Ok(s.as_ref::<StructObj>().format.get());
        method "iter_unpack" => |s, args| {
            let b = args.positional_range("Struct.iter_unpack", 1, 1)?[0];
            let f = layout(s);
            super::iter_unpack(s, &f, b)
        };
        method "pack" => |s, args| {
            args.no_kwargs("Struct.pack")?;
            check_initialised(s, args.pos.len(), "pack")?;
            let f = layout(s);
            Ok(crate::objects::bytes::from_vec(super::pack(&f, args.pos, "pack")?))
        };
        method "pack_into" => |s, args| {
            args.no_kwargs("Struct.pack_into")?;
            if args.pos.len() >= 2 {
                check_initialised(s, args.pos.len() - 2, "pack_into")?;
            }
            let f = layout(s);
            super::pack_into(&f, args.pos)?;
            Ok(object::none())
        };
        getset "size" => |s| Ok(crate::objects::int::from_i64(size(s)));
        method "unpack" => |s, args| {
            let b = args.positional_range("Struct.unpack", 1, 1)?[0];
            let f = layout(s);
            super::unpack(&f, b)
        };
        method "unpack_from" => |s, args| {
            let [buffer, offset] = crate::builtins::args::bind_clinic(
                "unpack_from", &args, ["buffer", "offset"], 0, 1)?;
            let f = layout(s);
            super::unpack_from(&f, buffer.unwrap_or_else(object::none), offset)
        };
    ]
}

// ---- the unpack iterator ---------------------------------------------------------

/// A new `unpack_iterator` over the bytes value `data` with Struct `s`.
pub fn unpack_iterator(s: Value, data: Value) -> Value {
    crate::objects::iter::new(
        &UNPACK_ITERATOR_TYPE,
        IterState::StructUnpack {
            st: s,
            data,
            pos: 0,
        },
    )
}

/// The next tuple of an unpack iterator over `data` at byte `pos` (moved
/// past it), or None at the end.
pub fn unpack_next(s: Value, data: Value, pos: &mut usize) -> Option<Value> {
    let f = layout(s);
    let d = crate::objects::bytes::bytes_data(data);
    let end = pos.checked_add(f.size)?;
    if f.size == 0 || end > d.len() {
        return None;
    }
    let t = super::codec::unpack_values(&f, &d[*pos..end]);
    *pos = end;
    Some(t)
}

/// `it.__length_hint__()`: how many tuples are left.
fn length_hint(it: Value, args: Args) -> R<Value> {
    args.positional_range("__length_hint__", 0, 0)?;
    let st = it.as_ref::<IterObj>().state.borrow();
    let left = match &*st {
        IterState::StructUnpack { st, data, pos } if !data.is_null() => {
            let size = layout(*st).size;
            let n = crate::objects::bytes::bytes_data(*data).len();
            n.saturating_sub(*pos).checked_div(size).unwrap_or(0)
        }
        _ => 0,
    };
    Ok(crate::objects::int::from_i64(left as i64))
}

/// CPython's (oddly quoted) refusal to create an unpack iterator directly.
pub fn cannot_create() -> crate::exc::error::Pending {
    type_error("Cannot create 'unpack_iterator objects")
}

fn iter_self(it: Value, args: Args) -> R<Value> {
    args.positional_range("__iter__", 0, 0)?;
    Ok(it)
}

fn iter_next(it: Value, args: Args) -> R<Value> {
    args.positional_range("__next__", 0, 0)?;
    match crate::objects::iter::next(it)? {
        Some(v) => Ok(v),
        None => Err(crate::exc::error::raise_empty(&crate::exc::STOP_ITERATION)),
    }
}

crate::attr_table! {
    /// The attributes of `_struct.unpack_iterator`.
    pub static ITER_ATTRS for UNPACK_ITERATOR_TYPE = [
        slot "__getattribute__" => slots::getattribute;
        slot "__iter__" => iter_self;
        method "__length_hint__" => length_hint;
        new "__new__" => |_, _| Err(cannot_create());
        slot "__next__" => iter_next;
    ]
}

/// `Struct.__sizeof__`: CPython's object with one 32-byte code record per
/// item (per string for `s` and `p`) and a terminating one.
pub fn size_of(s: Value) -> usize {
    let codes = s
        .as_ref::<StructObj>()
        .layout
        .borrow()
        .as_ref()
        .map_or(0, |f| f.codes.iter().map(|c| c.count).sum::<usize>());
    56 + 32 * (codes + 1)
}
