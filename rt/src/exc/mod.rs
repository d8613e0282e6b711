//! Built-in exception types, their hierarchy, and exception objects.

pub mod attrs;
pub mod display_width;
pub mod error;
pub mod fields;
pub mod frames;
pub mod group;
pub mod handling;
pub mod import_error;
pub mod interrupt;
pub mod os_error;
pub mod recursion;
pub mod suggest;
pub mod syntax_error;
pub mod traceback;
pub mod unicode_error;

use crate::object::{Header, Kind, Object, TypeObj, OBJECT_TYPE};
use crate::value::Value;
use std::cell::{Cell, RefCell};

/// One traceback line: where an exception passed through. While it lives
/// it keeps the code `info` belongs to (code compiled at run time is
/// freed when nothing names it: `builtins::exec_memory`).
pub struct TbEntry {
    pub info: &'static crate::exc::traceback::CodeInfo,
    /// An index into `info`'s traceback sites.
    pub site: u32,
    /// The error was looking up the method of the site's method call.
    pub at_callee: bool,
}

impl Clone for TbEntry {
    fn clone(&self) -> TbEntry {
        TbEntry::new(self.info, self.site, self.at_callee)
    }
}

impl Drop for TbEntry {
    fn drop(&mut self) {
        crate::builtins::exec_memory::user_removed(std::ptr::from_ref(self.info) as usize);
    }
}

impl TbEntry {
    /// An entry at traceback site `site` of `info`.
    pub fn new(
        info: &'static crate::exc::traceback::CodeInfo,
        site: u32,
        at_callee: bool,
    ) -> TbEntry {
        crate::builtins::exec_memory::user_added(std::ptr::from_ref(info) as usize);
        TbEntry {
            info,
            site,
            at_callee,
        }
    }

    /// The 1-based source line (0 when the site is unknown).
    pub fn line(&self) -> u32 {
        self.info.site(self.site).map_or(0, |s| s.line)
    }
}

/// `Header::flags` bit of an exception an `except*` statement raised
/// (rt's `PREP_RERAISE_STAR`): CPython chains no context to it, also not
/// in the frame it first reaches.
pub const FLAG_NO_CHAIN: u32 = 1;

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
    /// `__suppress_context__`: set by `raise ... from ...` (also `from
    /// None`) and by assigning `__cause__`; the report then omits the
    /// context.
    pub suppress_context: Cell<bool>,
    /// Traceback entries, innermost first.
    pub tb: RefCell<Vec<TbEntry>>,
    /// For NameError raised by generated code: the missing name (for the
    /// "Did you mean" hint of the uncaught report), else null.
    pub name: Cell<Value>,
    /// The instance dict (attributes set on instances of user exception
    /// classes), created on first use; null until then.
    pub dict: Cell<Value>,
    /// For `OSError` and its subclasses: `(errno, strerror, filename,
    /// filename2)` as a private 4-tuple whose unset entries are null
    /// (CPython tells an unset field from one set to None), or null when
    /// the exception was not created with 2 to 5 arguments (`os_error`).
    pub os: Cell<Value>,
    /// For `ImportError` and its subclasses: `(msg, name, path)` as a
    /// private 3-tuple whose unset entries are null (`import_error`);
    /// null for other exceptions.
    pub import: Cell<Value>,
    /// The attributes of a `SyntaxError` (`syntax_error`) or of a
    /// `UnicodeEncodeError`/`UnicodeTranslateError` (`unicode_error`) as a
    /// private tuple; null for other exceptions.
    pub detail: Cell<Value>,
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
        t.visit(self.os.get());
        t.visit(self.import.get());
        t.visit(self.detail.get());
    }
}

const fn exc_type(name: &'static str, base: &'static TypeObj) -> TypeObj {
    TypeObj::builtin(name, Some(base), Kind::Exception)
}

macro_rules! exception_types {
    ($($id:ident = ($name:expr, $base:ident $(, $base2:ident)?);)*) => {
        $(#[doc = concat!("`", $name, "`")] pub static $id: TypeObj =
            exc_type($name, &$base).with_attrs(&attrs::$id)$(.with_base2(&$base2))?;)*
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
    BASE_EXCEPTION_GROUP = ("BaseExceptionGroup", BASE_EXCEPTION);
    EXCEPTION_GROUP = ("ExceptionGroup", BASE_EXCEPTION_GROUP, EXCEPTION);
    STOP_ITERATION = ("StopIteration", EXCEPTION);
    STOP_ASYNC_ITERATION = ("StopAsyncIteration", EXCEPTION);
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
    BLOCKING_IO_ERROR = ("BlockingIOError", OS_ERROR);
    CHILD_PROCESS_ERROR = ("ChildProcessError", OS_ERROR);
    CONNECTION_ERROR = ("ConnectionError", OS_ERROR);
    BROKEN_PIPE_ERROR = ("BrokenPipeError", CONNECTION_ERROR);
    CONNECTION_ABORTED_ERROR = ("ConnectionAbortedError", CONNECTION_ERROR);
    CONNECTION_REFUSED_ERROR = ("ConnectionRefusedError", CONNECTION_ERROR);
    CONNECTION_RESET_ERROR = ("ConnectionResetError", CONNECTION_ERROR);
    FILE_EXISTS_ERROR = ("FileExistsError", OS_ERROR);
    FILE_NOT_FOUND_ERROR = ("FileNotFoundError", OS_ERROR);
    INTERRUPTED_ERROR = ("InterruptedError", OS_ERROR);
    IS_A_DIRECTORY_ERROR = ("IsADirectoryError", OS_ERROR);
    NOT_A_DIRECTORY_ERROR = ("NotADirectoryError", OS_ERROR);
    PERMISSION_ERROR = ("PermissionError", OS_ERROR);
    PROCESS_LOOKUP_ERROR = ("ProcessLookupError", OS_ERROR);
    TIMEOUT_ERROR = ("TimeoutError", OS_ERROR);
    REFERENCE_ERROR = ("ReferenceError", EXCEPTION);
    RUNTIME_ERROR = ("RuntimeError", EXCEPTION);
    NOT_IMPLEMENTED_ERROR = ("NotImplementedError", RUNTIME_ERROR);
    RECURSION_ERROR = ("RecursionError", RUNTIME_ERROR);
    SYNTAX_ERROR = ("SyntaxError", EXCEPTION);
    INDENTATION_ERROR = ("IndentationError", SYNTAX_ERROR);
    TAB_ERROR = ("TabError", INDENTATION_ERROR);
    SYSTEM_ERROR = ("SystemError", EXCEPTION);
    TYPE_ERROR = ("TypeError", EXCEPTION);
    VALUE_ERROR = ("ValueError", EXCEPTION);
    UNICODE_ERROR = ("UnicodeError", VALUE_ERROR);
    UNICODE_DECODE_ERROR = ("UnicodeDecodeError", UNICODE_ERROR);
    UNICODE_ENCODE_ERROR = ("UnicodeEncodeError", UNICODE_ERROR);
    UNICODE_TRANSLATE_ERROR = ("UnicodeTranslateError", UNICODE_ERROR);
    WARNING = ("Warning", EXCEPTION);
    BYTES_WARNING = ("BytesWarning", WARNING);
    DEPRECATION_WARNING = ("DeprecationWarning", WARNING);
    ENCODING_WARNING = ("EncodingWarning", WARNING);
    FUTURE_WARNING = ("FutureWarning", WARNING);
    IMPORT_WARNING = ("ImportWarning", WARNING);
    PENDING_DEPRECATION_WARNING = ("PendingDeprecationWarning", WARNING);
    RESOURCE_WARNING = ("ResourceWarning", WARNING);
    RUNTIME_WARNING = ("RuntimeWarning", WARNING);
    SYNTAX_WARNING = ("SyntaxWarning", WARNING);
    UNICODE_WARNING = ("UnicodeWarning", WARNING);
    USER_WARNING = ("UserWarning", WARNING);
}

impl ExcObj {
    /// `StopIteration.value`: the first argument or None, as CPython's
    /// initialiser sets it.
    pub fn stop_value(&self) -> Value {
        crate::objects::tuple::items(self.args.get())
            .first()
            .copied()
            .unwrap_or_else(crate::object::none)
    }
}

/// Creates an exception of type `ty` with the given `args` tuple.
pub fn new_exception(ty: &'static TypeObj, args: Value) -> Value {
    let e = crate::gc::alloc(ExcObj {
        header: Header::new(ty),
        args: Cell::new(args),
        cause: Cell::new(Value::NULL),
        context: Cell::new(Value::NULL),
        suppress_context: Cell::new(false),
        tb: RefCell::new(Vec::new()),
        name: Cell::new(Value::NULL),
        dict: Cell::new(Value::NULL),
        os: Cell::new(Value::NULL),
        import: Cell::new(Value::NULL),
        detail: Cell::new(Value::NULL),
    });
    if ty.is_subtype(&OS_ERROR) {
        os_error::init(e, args);
    } else if ty.is_subtype(&IMPORT_ERROR) {
        import_error::init(e, args, Value::NULL, Value::NULL);
    }
    let v = Value::from_ref(e);
    if ty.class.is_some() {
        crate::class::instance::track_del(v);
    }
    v
}

/// Creates an exception of type `ty` whose single argument is the string `msg`.
pub fn with_message(ty: &'static TypeObj, msg: &str) -> Value {
    let s = crate::objects::str::new(msg);
    new_exception(ty, crate::objects::tuple::from_slice(&[s]))
}

/// `exc.__traceback__`, also what `with` passes to `__exit__`.
pub fn traceback_value(exc: Value) -> Value {
    match exc.downcast::<ExcObj>() {
        Some(e) => traceback::traceback_of(e),
        None => crate::object::none(),
    }
}

/// Fills the attributes `SyntaxError` and the program-built Unicode errors
/// take from their arguments (the others have none beyond `args`).
pub fn init_detail(e: &ExcObj, args: Value) -> crate::exc::error::R<()> {
    if syntax_error::is_syntax_error(e) {
        return syntax_error::init(e, args);
    }
    if unicode_error::is_unicode_error(e) {
        return unicode_error::init(e, args);
    }
    Ok(())
}

/// True if `v` is an exception type (a subtype of BaseException).
pub fn is_exception_type(v: Value) -> bool {
    v.downcast::<TypeObj>()
        .is_some_and(|t| t.is_subtype(&BASE_EXCEPTION))
}

/// `str(exc)`: empty for no args, `str(arg)` for one, the args tuple's repr
/// otherwise; `KeyError` with one argument uses its repr, as CPython does.
pub fn to_str(exc: &ExcObj) -> crate::exc::error::R<String> {
    if group::is_group(exc) {
        return group::to_str(exc);
    }
    if !exc.os.get().is_null() {
        if let Some(s) = os_error::to_str(exc)? {
            return Ok(s);
        }
    }
    if !exc.import.get().is_null() {
        if let Some(s) = import_error::to_str(exc) {
            return Ok(s);
        }
    }
    if !exc.detail.get().is_null() {
        if syntax_error::is_syntax_error(exc) {
            return syntax_error::to_str(exc);
        }
        if unicode_error::is_unicode_error(exc) {
            return unicode_error::to_str(exc);
        }
    }
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

/// `e.add_note(note)`: appends `note` (a str) to the list `e.__notes__`,
/// created on first use; the uncaught report prints the notes.
pub fn add_note(e: Value, note: Value) -> crate::exc::error::R<()> {
    use crate::exc::error::type_error;
    use crate::protocol::dispatch;
    if note.kind() != Kind::Str {
        return Err(type_error(format!(
            "note must be a str, not '{}'",
            crate::object::type_name(note)
        )));
    }
    let name = crate::objects::str::new("__notes__");
    let notes = match dispatch::getattr(e, name) {
        Ok(v) => v,
        Err(_) if crate::exc::error::take_pending_if(&ATTRIBUTE_ERROR) => {
            let l = crate::objects::list::from_vec(Vec::new());
            dispatch::setattr(e, name, l)?;
            l
        }
        Err(p) => return Err(p),
    };
    if notes.kind() != Kind::List {
        return Err(type_error("Cannot add note: __notes__ is not a list"));
    }
    crate::objects::list::ops::append(notes, note);
    Ok(())
}

/// The lines of `e.__notes__` the uncaught report prints after the
/// exception line (str notes as they are, others by `str()`).
pub fn notes_text(e: Value) -> String {
    let name = crate::objects::str::new("__notes__");
    let Ok(notes) = crate::protocol::dispatch::getattr(e, name) else {
        crate::exc::error::take_pending();
        return String::new();
    };
    let items = match notes.kind() {
        Kind::List => crate::objects::list::ops::snapshot(notes),
        Kind::Tuple => crate::objects::tuple::items(notes).to_vec(),
        _ => return String::new(),
    };
    let mut out = String::new();
    for n in items {
        match crate::protocol::dispatch::str_of(n) {
            Ok(s) => {
                out.push_str(&s);
                out.push('\n');
            }
            Err(_) => {
                crate::exc::error::take_pending();
            }
        }
    }
    out
}
