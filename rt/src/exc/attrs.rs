//! The attribute tables of the built-in exception types: `BaseException`'s
//! (`args`, `__cause__`, `with_traceback`, `add_note`, `__reduce__`, ...)
//! and each subclass's own `__init__` (and `__new__`, `__str__` and fields
//! where CPython's type defines them), so `ValueError.__init__` is
//! `<slot wrapper '__init__' of 'ValueError' objects>` and `dir()` of every
//! exception type equals CPython's.

use crate::class::basetype;
use crate::exc::error::{type_error, R};
use crate::exc::{self, fields, ExcObj};
use crate::object::{self, TypeObj};
use crate::protocol::args::Args;
use crate::types::slots;
use crate::value::Value;

crate::attr_table! {
    /// The attributes of `BaseException`.
    pub static BASE_EXCEPTION for exc::BASE_EXCEPTION = [
        getset "__cause__" => |o| Ok(or_none(e(o).cause.get()));
        getset "__context__" => |o| Ok(or_none(e(o).context.get()));
        slot "__delattr__" => crate::types::object_type::delattr;
        getset "__dict__" => |o| crate::protocol::dispatch::getattr(o, crate::objects::str::new("__dict__"));
        slot "__getattribute__" => slots::getattribute;
        slot "__init__" => |o, a| init(&exc::BASE_EXCEPTION, o, a);
        new "__new__" => slots::new;
        method "__reduce__" => reduce;
        slot "__repr__" => repr;
        slot "__setattr__" => crate::types::object_type::setattr;
        method "__setstate__" => setstate;
        slot "__str__" => str_;
        member "__suppress_context__" => |o| Ok(object::boolean(e(o).suppress_context.get()));
        getset "__traceback__" => |o| Ok(exc::traceback_value(o));
        method "add_note" => add_note;
        getset "args" => |o| Ok(e(o).args.get());
        method "with_traceback" => with_traceback;
    ]
}

fn e(o: Value) -> &'static ExcObj {
    o.as_ref::<ExcObj>()
}

fn or_none(v: Value) -> Value {
    if v.is_null() {
        object::none()
    } else {
        v
    }
}

fn arity<'a>(m: &str, args: &Args<'a>, want: usize) -> R<&'a [Value]> {
    args.no_kwargs(m)?;
    if args.pos.len() != want {
        return Err(type_error(format!(
            "{m}() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    }
    Ok(args.pos)
}

/// `__init__` of exception type `b` (its own argument rules).
fn init(b: &'static TypeObj, o: Value, args: Args) -> R<Value> {
    basetype::init(b, o, args)?;
    Ok(object::none())
}

fn repr(o: Value, args: Args) -> R<Value> {
    args.positional_range("__repr__", 0, 0)?;
    Ok(crate::objects::str::from_string(exc::repr(e(o))?))
}

fn str_(o: Value, args: Args) -> R<Value> {
    args.positional_range("__str__", 0, 0)?;
    Ok(crate::objects::str::from_string(exc::to_str(e(o))?))
}

fn with_traceback(o: Value, args: Args) -> R<Value> {
    let tb = arity("with_traceback", &args, 1)?[0];
    exc::traceback::set_traceback(e(o), tb)?;
    Ok(o)
}

fn add_note(o: Value, args: Args) -> R<Value> {
    let note = arity("add_note", &args, 1)?[0];
    exc::add_note(o, note)?;
    Ok(object::none())
}

/// `e.__reduce__()`: `(type(e), e.args)`, with the instance dict when it
/// has one.
fn reduce(o: Value, args: Args) -> R<Value> {
    args.positional_range("__reduce__", 0, 0)?;
    let ty = object::type_of(o).value();
    let d = e(o).dict.get();
    if d.is_null() {
        return Ok(crate::objects::tuple::from_slice(&[ty, e(o).args.get()]));
    }
    Ok(crate::objects::tuple::from_slice(&[ty, e(o).args.get(), d]))
}

/// `OSError.__reduce__()`: as `BaseException`'s, with the file names
/// after `errno` and `strerror` in the arguments.
fn os_reduce(o: Value, args: Args) -> R<Value> {
    let r = reduce(o, args)?;
    let ex = e(o);
    let items = crate::objects::tuple::items(ex.args.get());
    let filename = fields::exc_attr(ex, "filename").filter(|v| !object::is_none(*v));
    let (Some(filename), 2) = (filename, items.len()) else {
        return Ok(r);
    };
    let mut new_args = items.to_vec();
    new_args.push(filename);
    if let Some(f2) = fields::exc_attr(ex, "filename2").filter(|v| !object::is_none(*v)) {
        new_args.push(object::none());
        new_args.push(f2);
    }
    let mut parts = crate::objects::tuple::items(r).to_vec();
    parts[1] = crate::objects::tuple::from_vec(new_args);
    Ok(crate::objects::tuple::from_vec(parts))
}

/// `e.__setstate__(state)`: sets each item of a state dict as an attribute.
fn setstate(o: Value, args: Args) -> R<Value> {
    let state = arity("__setstate__", &args, 1)?[0];
    if object::is_none(state) {
        return Ok(object::none());
    }
    if state.kind() != object::Kind::Dict {
        return Err(type_error("state is not a dictionary"));
    }
    for (k, v) in crate::objects::dict::items_vec(state) {
        crate::protocol::dispatch::setattr(o, k, v)?;
    }
    Ok(object::none())
}

/// A field of the exception's family (`errno`, `lineno`, ...), None while unset.
fn field(o: Value, name: &str) -> R<Value> {
    Ok(fields::exc_attr(e(o), name).unwrap_or_else(object::none))
}

/// `NameError.name`: the missing name of a NameError generated code raised.
fn name_error_name(o: Value) -> R<Value> {
    let n = e(o).name.get();
    Ok(if !n.is_null() && n.kind() == object::Kind::Str {
        n
    } else {
        object::none()
    })
}

/// `AttributeError.name` (`which` 1) and `.obj` (`which` 0): the failed
/// lookup rt recorded, None for an AttributeError a program created.
fn attribute_error_part(o: Value, which: usize) -> R<Value> {
    let pair = e(o).name.get();
    if !pair.is_null() && pair.kind() == object::Kind::Tuple {
        if let Some(v) = crate::objects::tuple::items(pair).get(which) {
            return Ok(*v);
        }
    }
    Ok(object::none())
}

/// Declares the tables of exception types that define `__init__` and
/// `__new__` and nothing else.
macro_rules! plain_tables {
    ($($tab:ident for $ty:ident;)*) => {
        $(crate::attr_table! {
            #[doc = concat!("The attributes of `", stringify!($ty), "`.")]
            pub static $tab for exc::$ty = [
                slot "__init__" => |o, a| init(&exc::$ty, o, a);
                new "__new__" => slots::new;
            ]
        })*
    };
}

/// Declares the tables of exception types that define only `__init__`.
macro_rules! init_tables {
    ($($tab:ident for $ty:ident;)*) => {
        $(crate::attr_table! {
            #[doc = concat!("The attributes of `", stringify!($ty), "`.")]
            pub static $tab for exc::$ty = [
                slot "__init__" => |o, a| init(&exc::$ty, o, a);
            ]
        })*
    };
}

plain_tables! {
    ARITHMETIC_ERROR for ARITHMETIC_ERROR;
    ASSERTION_ERROR for ASSERTION_ERROR;
    BUFFER_ERROR for BUFFER_ERROR;
    BYTES_WARNING for BYTES_WARNING;
    DEPRECATION_WARNING for DEPRECATION_WARNING;
    EOF_ERROR for EOF_ERROR;
    ENCODING_WARNING for ENCODING_WARNING;
    EXCEPTION for EXCEPTION;
    FLOATING_POINT_ERROR for FLOATING_POINT_ERROR;
    FUTURE_WARNING for FUTURE_WARNING;
    GENERATOR_EXIT for GENERATOR_EXIT;
    IMPORT_WARNING for IMPORT_WARNING;
    INDEX_ERROR for INDEX_ERROR;
    KEYBOARD_INTERRUPT for KEYBOARD_INTERRUPT;
    LOOKUP_ERROR for LOOKUP_ERROR;
    MEMORY_ERROR for MEMORY_ERROR;
    NOT_IMPLEMENTED_ERROR for NOT_IMPLEMENTED_ERROR;
    OVERFLOW_ERROR for OVERFLOW_ERROR;
    PENDING_DEPRECATION_WARNING for PENDING_DEPRECATION_WARNING;
    RECURSION_ERROR for RECURSION_ERROR;
    REFERENCE_ERROR for REFERENCE_ERROR;
    RESOURCE_WARNING for RESOURCE_WARNING;
    RUNTIME_ERROR for RUNTIME_ERROR;
    RUNTIME_WARNING for RUNTIME_WARNING;
    STOP_ASYNC_ITERATION for STOP_ASYNC_ITERATION;
    SYNTAX_WARNING for SYNTAX_WARNING;
    SYSTEM_ERROR for SYSTEM_ERROR;
    TYPE_ERROR for TYPE_ERROR;
    UNICODE_ERROR for UNICODE_ERROR;
    UNICODE_WARNING for UNICODE_WARNING;
    USER_WARNING for USER_WARNING;
    VALUE_ERROR for VALUE_ERROR;
    WARNING for WARNING;
    ZERO_DIVISION_ERROR for ZERO_DIVISION_ERROR;
}

init_tables! {
    BLOCKING_IO_ERROR for BLOCKING_IO_ERROR;
    BROKEN_PIPE_ERROR for BROKEN_PIPE_ERROR;
    CHILD_PROCESS_ERROR for CHILD_PROCESS_ERROR;
    CONNECTION_ABORTED_ERROR for CONNECTION_ABORTED_ERROR;
    CONNECTION_ERROR for CONNECTION_ERROR;
    CONNECTION_REFUSED_ERROR for CONNECTION_REFUSED_ERROR;
    CONNECTION_RESET_ERROR for CONNECTION_RESET_ERROR;
    FILE_EXISTS_ERROR for FILE_EXISTS_ERROR;
    FILE_NOT_FOUND_ERROR for FILE_NOT_FOUND_ERROR;
    INDENTATION_ERROR for INDENTATION_ERROR;
    INTERRUPTED_ERROR for INTERRUPTED_ERROR;
    IS_A_DIRECTORY_ERROR for IS_A_DIRECTORY_ERROR;
    MODULE_NOT_FOUND_ERROR for MODULE_NOT_FOUND_ERROR;
    NOT_A_DIRECTORY_ERROR for NOT_A_DIRECTORY_ERROR;
    PERMISSION_ERROR for PERMISSION_ERROR;
    PROCESS_LOOKUP_ERROR for PROCESS_LOOKUP_ERROR;
    TAB_ERROR for TAB_ERROR;
    TIMEOUT_ERROR for TIMEOUT_ERROR;
    UNBOUND_LOCAL_ERROR for UNBOUND_LOCAL_ERROR;
}

crate::attr_table! {
    /// The attributes of `AttributeError`.
    pub static ATTRIBUTE_ERROR for exc::ATTRIBUTE_ERROR = [
        slot "__init__" => |o, a| init(&exc::ATTRIBUTE_ERROR, o, a);
        slot "__str__" => str_;
        member "name" => |o| attribute_error_part(o, 1);
        member "obj" => |o| attribute_error_part(o, 0);
    ]
}

crate::attr_table! {
    /// The attributes of `KeyError`.
    pub static KEY_ERROR for exc::KEY_ERROR = [
        slot "__init__" => |o, a| init(&exc::KEY_ERROR, o, a);
        slot "__str__" => str_;
    ]
}

crate::attr_table! {
    /// The attributes of `NameError`.
    pub static NAME_ERROR for exc::NAME_ERROR = [
        slot "__init__" => |o, a| init(&exc::NAME_ERROR, o, a);
        slot "__str__" => str_;
        member "name" => name_error_name;
    ]
}

crate::attr_table! {
    /// The attributes of `StopIteration`.
    pub static STOP_ITERATION for exc::STOP_ITERATION = [
        slot "__init__" => |o, a| init(&exc::STOP_ITERATION, o, a);
        member "value" => |o| Ok(e(o).stop_value());
    ]
}

crate::attr_table! {
    /// The attributes of `SystemExit`.
    pub static SYSTEM_EXIT for exc::SYSTEM_EXIT = [
        slot "__init__" => |o, a| init(&exc::SYSTEM_EXIT, o, a);
        member "code" => |o| Ok(match crate::objects::tuple::items(e(o).args.get()) {
            [] => object::none(),
            [one] => *one,
            _ => e(o).args.get(),
        });
    ]
}

crate::attr_table! {
    /// The attributes of `OSError`.
    pub static OS_ERROR for exc::OS_ERROR = [
        slot "__init__" => |o, a| init(&exc::OS_ERROR, o, a);
        new "__new__" => slots::new;
        method "__reduce__" => os_reduce;
        slot "__str__" => str_;
        getset "characters_written" => |o| field(o, "characters_written");
        member "errno" => |o| field(o, "errno");
        member "filename" => |o| field(o, "filename");
        member "filename2" => |o| field(o, "filename2");
        member "strerror" => |o| field(o, "strerror");
    ]
}

crate::attr_table! {
    /// The attributes of `ImportError`.
    pub static IMPORT_ERROR for exc::IMPORT_ERROR = [
        slot "__init__" => |o, a| init(&exc::IMPORT_ERROR, o, a);
        method "__reduce__" => reduce;
        slot "__str__" => str_;
        member "msg" => |o| field(o, "msg");
        member "name" => |o| field(o, "name");
        member "path" => |o| field(o, "path");
    ]
}

crate::attr_table! {
    /// The attributes of `SyntaxError`.
    pub static SYNTAX_ERROR for exc::SYNTAX_ERROR = [
        slot "__init__" => |o, a| init(&exc::SYNTAX_ERROR, o, a);
        slot "__str__" => str_;
        member "end_lineno" => |o| field(o, "end_lineno");
        member "end_offset" => |o| field(o, "end_offset");
        member "filename" => |o| field(o, "filename");
        member "lineno" => |o| field(o, "lineno");
        member "msg" => |o| field(o, "msg");
        member "offset" => |o| field(o, "offset");
        member "print_file_and_line" => |o| field(o, "print_file_and_line");
        member "text" => |o| field(o, "text");
    ]
}

/// Declares the tables of the three Unicode error types.
macro_rules! unicode_tables {
    ($($tab:ident for $ty:ident;)*) => {
        $(crate::attr_table! {
            #[doc = concat!("The attributes of `", stringify!($ty), "`.")]
            pub static $tab for exc::$ty = [
                slot "__init__" => |o, a| init(&exc::$ty, o, a);
                new "__new__" => slots::new;
                slot "__str__" => str_;
                member "encoding" => |o| field(o, "encoding");
                member "end" => |o| field(o, "end");
                member "object" => |o| field(o, "object");
                member "reason" => |o| field(o, "reason");
                member "start" => |o| field(o, "start");
            ]
        })*
    };
}

unicode_tables! {
    UNICODE_DECODE_ERROR for UNICODE_DECODE_ERROR;
    UNICODE_ENCODE_ERROR for UNICODE_ENCODE_ERROR;
    UNICODE_TRANSLATE_ERROR for UNICODE_TRANSLATE_ERROR;
}

crate::attr_table! {
    /// The attributes of `BaseExceptionGroup`.
    pub static BASE_EXCEPTION_GROUP for exc::BASE_EXCEPTION_GROUP = [
        classmethod "__class_getitem__" => slots::class_getitem;
        slot "__init__" => |o, a| init(&exc::BASE_EXCEPTION_GROUP, o, a);
        new "__new__" => exc::group::new;
        slot "__str__" => str_;
        method "derive" => exc::group::derive;
        member "exceptions" => |o| Ok(exc::group::exceptions_value(o));
        member "message" => |o| Ok(exc::group::message(o));
        method "split" => exc::group::split;
        method "subgroup" => exc::group::subgroup;
    ]
}

crate::attr_table! {
    /// The attributes of `ExceptionGroup` (a class CPython creates at run
    /// time: its dict has `__module__`, which alc answers from the type,
    /// and `__weakref__`, the first weak reference to the instance).
    pub static EXCEPTION_GROUP for exc::EXCEPTION_GROUP = [
        getset "__weakref__" => |o| Ok(crate::objects::weakref::first(o));
    ]
}
