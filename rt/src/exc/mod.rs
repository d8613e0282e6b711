//! Built-in exception types, their hierarchy, and exception objects.

pub mod error;
pub mod handling;
pub mod recursion;
pub mod suggest;
pub mod traceback;

use crate::object::{Header, Kind, Object, TypeObj, OBJECT_TYPE};
use crate::value::Value;
use std::cell::{Cell, RefCell};

/// One traceback line: where an exception passed through.
#[derive(Clone, Copy)]
pub struct TbEntry {
    pub info: &'static crate::exc::traceback::CodeInfo,
    pub line: u32,
}

/// An exception instance.
#[repr(C)]
pub struct ExcObj {
    pub header: Header,
    /// The `args` tuple.
    pub args: Cell<Value>,
    /// `__cause__` (from `raise ... from`), or null.
    pub cause: Cell<Value>,
    /// `__context__`, or null.
    pub context: Cell<Value>,
    /// Traceback entries, innermost first.
    pub tb: RefCell<Vec<TbEntry>>,
    /// For NameError raised by generated code: the missing name (for the
    /// "Did you mean" hint of the uncaught report), else null.
    pub name: Cell<Value>,
    /// The instance dict (attributes set on instances of user exception
    /// classes), created on first use; null until then.
    pub dict: Cell<Value>,
}

// SAFETY: repr(C), Header first; all objects of kind Exception are ExcObj.
unsafe impl Object for ExcObj {
    const KINDS: &'static [Kind] = &[Kind::Exception];

    fn trace(&self, t: &mut crate::gc::Tracer) {
        t.visit(self.args.get());
        t.visit(self.cause.get());
        t.visit(self.context.get());
        t.visit(self.name.get());
        t.visit(self.dict.get());
    }
}

const fn exc_type(name: &'static str, base: &'static TypeObj) -> TypeObj {
    TypeObj::builtin(name, Some(base), Kind::Exception)
}

macro_rules! exception_types {
    ($($id:ident = ($name:expr, $base:ident);)*) => {
        $(#[doc = concat!("`", $name, "`")] pub static $id: TypeObj = exc_type($name, &$base);)*
        /// Every built-in exception type, for name lookup.
        pub static ALL: &[&TypeObj] = &[$(&$id),*];
    };
}

exception_types! {
    BASE_EXCEPTION = ("BaseException", OBJECT_TYPE);
    SYSTEM_EXIT = ("SystemExit", BASE_EXCEPTION);
    KEYBOARD_INTERRUPT = ("KeyboardInterrupt", BASE_EXCEPTION);
    GENERATOR_EXIT = ("GeneratorExit", BASE_EXCEPTION);
    EXCEPTION = ("Exception", BASE_EXCEPTION);
    STOP_ITERATION = ("StopIteration", EXCEPTION);
    ARITHMETIC_ERROR = ("ArithmeticError", EXCEPTION);
    FLOATING_POINT_ERROR = ("FloatingPointError", ARITHMETIC_ERROR);
    OVERFLOW_ERROR = ("OverflowError", ARITHMETIC_ERROR);
    ZERO_DIVISION_ERROR = ("ZeroDivisionError", ARITHMETIC_ERROR);
    ASSERTION_ERROR = ("AssertionError", EXCEPTION);
    ATTRIBUTE_ERROR = ("AttributeError", EXCEPTION);
    BUFFER_ERROR = ("BufferError", EXCEPTION);
    EOF_ERROR = ("EOFError", EXCEPTION);
    IMPORT_ERROR = ("ImportError", EXCEPTION);
    MODULE_NOT_FOUND_ERROR = ("ModuleNotFoundError", IMPORT_ERROR);
    LOOKUP_ERROR = ("LookupError", EXCEPTION);
    INDEX_ERROR = ("IndexError", LOOKUP_ERROR);
    KEY_ERROR = ("KeyError", LOOKUP_ERROR);
    MEMORY_ERROR = ("MemoryError", EXCEPTION);
    NAME_ERROR = ("NameError", EXCEPTION);
    UNBOUND_LOCAL_ERROR = ("UnboundLocalError", NAME_ERROR);
    OS_ERROR = ("OSError", EXCEPTION);
    FILE_NOT_FOUND_ERROR = ("FileNotFoundError", OS_ERROR);
    REFERENCE_ERROR = ("ReferenceError", EXCEPTION);
    RUNTIME_ERROR = ("RuntimeError", EXCEPTION);
    NOT_IMPLEMENTED_ERROR = ("NotImplementedError", RUNTIME_ERROR);
    RECURSION_ERROR = ("RecursionError", RUNTIME_ERROR);
    SYNTAX_ERROR = ("SyntaxError", EXCEPTION);
    SYSTEM_ERROR = ("SystemError", EXCEPTION);
    TYPE_ERROR = ("TypeError", EXCEPTION);
    VALUE_ERROR = ("ValueError", EXCEPTION);
    UNICODE_ERROR = ("UnicodeError", VALUE_ERROR);
    UNICODE_DECODE_ERROR = ("UnicodeDecodeError", UNICODE_ERROR);
    UNICODE_ENCODE_ERROR = ("UnicodeEncodeError", UNICODE_ERROR);
    WARNING = ("Warning", EXCEPTION);
}

/// Creates an exception of type `ty` with the given `args` tuple.
pub fn new_exception(ty: &'static TypeObj, args: Value) -> Value {
    Value::from_ref(crate::gc::alloc(ExcObj {
        header: Header::new(ty),
        args: Cell::new(args),
        cause: Cell::new(Value::NULL),
        context: Cell::new(Value::NULL),
        tb: RefCell::new(Vec::new()),
        name: Cell::new(Value::NULL),
        dict: Cell::new(Value::NULL),
    }))
}

/// Creates an exception of type `ty` whose single argument is the string `msg`.
pub fn with_message(ty: &'static TypeObj, msg: &str) -> Value {
    let s = crate::objects::str::new(msg);
    new_exception(ty, crate::objects::tuple::from_slice(&[s]))
}

/// `exc.__traceback__`, also what `with` passes to `__exit__`. Traceback
/// entries are not objects yet, so this is None for every exception
/// (docs/language.md, Known gaps); the one place to change when they are.
pub fn traceback_value(_exc: Value) -> Value {
    crate::object::none()
}

/// True if `v` is an exception type (a subtype of BaseException).
pub fn is_exception_type(v: Value) -> bool {
    v.downcast::<TypeObj>()
        .is_some_and(|t| t.is_subtype(&BASE_EXCEPTION))
}

/// `str(exc)`: empty for no args, `str(arg)` for one, the args tuple's repr
/// otherwise; `KeyError` with one argument uses its repr, as CPython does.
pub fn to_str(exc: &ExcObj) -> crate::exc::error::R<String> {
    let args = exc.args.get();
    let items = crate::objects::tuple::items(args);
    match items {
        [] => Ok(String::new()),
        [one] if exc.header.ty.is_subtype(&KEY_ERROR) => crate::protocol::dispatch::repr(*one),
        [one] => crate::protocol::dispatch::str_of(*one),
        _ => crate::protocol::dispatch::repr(args),
    }
}

/// `repr(exc)`: `ValueError('msg')`, `KeyError(1, 2)`.
pub fn repr(exc: &ExcObj) -> crate::exc::error::R<String> {
    let args = exc.args.get();
    let items = crate::objects::tuple::items(args);
    let inner = if items.len() == 1 {
        crate::protocol::dispatch::repr(items[0])?
    } else {
        let r = crate::protocol::dispatch::repr(args)?;
        r[1..r.len() - 1].to_string()
    };
    Ok(format!("{}({})", exc.header.ty.name, inner))
}
