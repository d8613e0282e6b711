//! `code` objects: what `compile()` returns and `exec`/`eval` run. One
//! holds its source, file name and mode; the machine code is made by the
//! JIT (`builtins::exec`) the first time the object runs and kept with it.

use crate::builtins::exec::{Compiled, Mode};
use crate::object::{Header, Kind, Object, TypeObj, OBJECT_TYPE};
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// `types.CodeType`.
pub static CODE_TYPE: TypeObj =
    TypeObj::builtin("code", Some(&OBJECT_TYPE), Kind::Code).with_attrs(&ATTRS);

crate::attr_table! {
    /// The attributes of `code` objects alc keeps: where the code is from.
    pub static ATTRS for CODE_TYPE = [
        member "co_filename" => |s| Ok(crate::objects::str::new(&s.as_ref::<CodeObj>().filename));
        member "co_firstlineno" => |_s| Ok(crate::objects::int::from_i64(1));
        member "co_name" => |_s| Ok(crate::objects::str::new("<module>"));
        member "co_qualname" => |_s| Ok(crate::objects::str::new("<module>"));
        slot "__repr__" => |s, _| Ok(crate::objects::str::new(&repr(s)));
    ]
}

/// A compiled piece of source.
#[repr(C)]
pub struct CodeObj {
    pub header: Header,
    /// The source text, as given to `compile`.
    pub source: Box<str>,
    /// The file name tracebacks and `SyntaxError`s show (`<string>`).
    pub filename: Box<str>,
    pub mode: Mode,
    /// The machine code, once made.
    pub compiled: RefCell<Option<Rc<Compiled>>>,
}

// SAFETY: repr(C), Header first; every Kind::Code object is a CodeObj.
unsafe impl Object for CodeObj {
    const KINDS: &'static [Kind] = &[Kind::Code];

    fn trace(&self, _t: &mut crate::gc::Tracer) {}
}

/// A new code object for `source` (not compiled yet).
pub fn new(source: &str, filename: &str, mode: Mode, compiled: Option<Rc<Compiled>>) -> Value {
    Value::from_ref(crate::gc::alloc(CodeObj {
        header: Header::new(&CODE_TYPE),
        source: source.into(),
        filename: filename.into(),
        mode,
        compiled: RefCell::new(compiled),
    }))
}

/// The code object behind `v`, if it is one.
pub fn try_code(v: Value) -> Option<&'static CodeObj> {
    if v.is_small() || v.is_null() || v.kind() != Kind::Code {
        return None;
    }
    Some(v.as_ref::<CodeObj>())
}

/// `repr(code)`: CPython's form, with the name every top-level code
/// object has.
pub fn repr(v: Value) -> String {
    let c = v.as_ref::<CodeObj>();
    format!(
        "<code object <module> at {:#x}, file \"{}\", line 1>",
        v.0, c.filename
    )
}
