//! Calling a built-in type object: `int(x)`, `list(it)`, `range(n)`,
//! `ValueError("msg")`, ... with CPython's argument rules and messages.

use crate::builtins::args::{bind_clinic, check_positional, is_int, not_an_integer};
use crate::exc;
use crate::exc::error::{type_error, value_error, R};
use crate::object::{self, type_name, Kind, TypeObj};
use crate::protocol::args::Args;
use crate::value::Value;
use crate::{objects::float, protocol::dispatch, protocol::num};

/// `t(*args, **kwargs)` for a built-in type object `t`.
pub fn call_type(t: Value, args: Args) -> R<Value> {
    let ty = t.as_ref::<TypeObj>();
    if ty.is_subtype(&exc::BASE_EXCEPTION) {
        return new_exception(ty, args);
    }
    let is = |other: &'static TypeObj| std::ptr::eq(ty, other);
    if is(&object::INT_TYPE) {
        new_int(args)
    } else if is(&object::FLOAT_TYPE) {
        let pos = check_positional("float", &args, 0, 1)?;
        match pos.first() {
            None => Ok(float::new(0.0)),
            Some(v) if crate::class::ops::is_user(*v) => match crate::class::ops::to_float(*v)? {
                Some(f) => Ok(f),
                None => Err(type_error(format!(
                    "float() argument must be a string or a real number, not '{}'",
                    type_name(*v)
                ))),
            },
            Some(v) => num::float_from(*v),
        }
    } else if is(&object::COMPLEX_TYPE) {
        crate::objects::complex::construct(args)
    } else if is(&object::STR_TYPE) {
        new_str(args)
    } else if is(&object::BOOL_TYPE) {
        let pos = check_positional("bool", &args, 0, 1)?;
        match pos.first() {
            None => Ok(object::boolean(false)),
            Some(v) => Ok(object::boolean(dispatch::truthy(*v)?)),
        }
    } else if is(&crate::objects::bytes::BYTES_TYPE) {
        crate::objects::bytes::construct_bytes(args)
    } else if is(&crate::objects::bytes::BYTEARRAY_TYPE) {
        crate::objects::bytes::construct_bytearray(args)
    } else if is(&crate::objects::bytes::memoryview::MEMORYVIEW_TYPE) {
        crate::objects::bytes::memoryview::construct(args)
    } else if is(&object::LIST_TYPE) {
        let pos = check_positional("list", &args, 0, 1)?;
        let items = match pos.first() {
            None => Vec::new(),
            Some(v) => dispatch::collect(*v)?.into_vec(),
        };
        Ok(crate::objects::list::from_vec(items))
    } else if is(&object::TUPLE_TYPE) {
        let pos = check_positional("tuple", &args, 0, 1)?;
        match pos.first() {
            None => Ok(crate::objects::tuple::from_vec(Vec::new())),
            // Tuples are immutable: tuple(t) is t, as in CPython.
            Some(v) if v.kind() == Kind::Tuple && !crate::class::ops::is_user(*v) => Ok(*v),
            // An exact list's items are copied straight into the tuple (the
            // allocation treats them as roots), without an intermediate Vec.
            Some(v) if v.kind() == Kind::List && !crate::class::ops::is_user(*v) => Ok(
                crate::objects::tuple::from_slice(&crate::objects::list::obj(*v).items.borrow()),
            ),
            Some(v) => Ok(crate::objects::tuple::from_vec(
                dispatch::collect(*v)?.into_vec(),
            )),
        }
    } else if is(&object::DICT_TYPE) {
        new_dict(args)
    } else if is(&object::SET_TYPE) {
        let pos = check_positional("set", &args, 0, 1)?;
        // set(iterable) follows CPython's set_update_internal (a set or
        // dict source is copied table-wise), so iteration orders match.
        match pos.first() {
            Some(v) => crate::objects::set::from_iterable(*v),
            None => Ok(crate::objects::set::new_set()),
        }
    } else if is(&object::FROZENSET_TYPE) {
        let pos = check_positional("frozenset", &args, 0, 1)?;
        match pos.first() {
            Some(v) if v.kind() == Kind::FrozenSet => Ok(*v),
            Some(v) => crate::objects::set::frozenset_from_iterable(*v),
            None => crate::objects::set::new_frozenset(&[]),
        }
    } else if is(&object::RANGE_TYPE) {
        new_range(args)
    } else if is(&object::SLICE_TYPE) {
        let pos = check_positional("slice", &args, 1, 3)?;
        let none = object::none();
        Ok(match *pos {
            [stop] => crate::objects::slice::new(none, stop, none),
            [start, stop] => crate::objects::slice::new(start, stop, none),
            [start, stop, step] => crate::objects::slice::new(start, stop, step),
            _ => crate::objects::slice::new(none, none, none),
        })
    } else if is(&object::TYPE_TYPE) {
        match args.pos {
            // Class keywords go to the parent's `__init_subclass__`, as in
            // a class statement (`types.new_class` passes them).
            [name, bases, ns] => {
                let kw = Args {
                    pos: &[],
                    kwnames: args.kwnames,
                    kwvals: args.kwvals,
                };
                let cls = crate::class::new::new_class_kw(*name, Value::NULL, *bases, *ns, kw)?;
                // A base's metaclass made the class: its `__init__` runs
                // as `type.__call__` runs it.
                if let Some(mc) = object::type_of(cls).class {
                    let init = mc.slot(crate::class::Slot::Init);
                    if !init.is_null() && cls.kind() == Kind::Type {
                        let f = crate::class::descr::get_from_instance(
                            init,
                            cls,
                            object::type_of(cls),
                        )?;
                        dispatch::call(f, args)?;
                    }
                }
                Ok(cls)
            }
            [v] => {
                args.no_kwargs("type")?;
                Ok(object::type_of(*v).value())
            }
            _ => {
                args.no_kwargs("type")?;
                Err(type_error("type() takes 1 or 3 arguments"))
            }
        }
    } else if is(&object::OBJECT_TYPE) {
        if !args.pos.is_empty() || !args.kwnames.is_empty() {
            return Err(type_error("object() takes no arguments"));
        }
        Ok(crate::class::instance::new_object())
    } else if is(&object::NONE_TYPE) {
        singleton(ty, args, object::none())
    } else if is(&object::NOT_IMPLEMENTED_TYPE) {
        singleton(ty, args, object::not_implemented())
    } else if is(&object::ELLIPSIS_TYPE) {
        singleton(ty, args, Value::from_ref(&object::ELLIPSIS))
    } else if is(&crate::stdlib::collections::deque::DEQUE_TYPE) {
        crate::stdlib::collections::deque::construct(ty, args)
    } else if is(&crate::objects::alias::GENERIC_ALIAS_TYPE) {
        // `GenericAlias(origin, args)` is `origin[args]` for any origin.
        if !args.kwnames.is_empty() {
            return Err(type_error("GenericAlias() takes no keyword arguments"));
        }
        match args.pos {
            [origin, items] => Ok(crate::objects::alias::generic(*origin, *items)),
            _ => Err(type_error(format!(
                "GenericAlias expected 2 arguments, got {}",
                args.pos.len()
            ))),
        }
    } else if crate::io::is_io_type(ty) {
        crate::io::call_type(ty, args)
    } else if is(&crate::objects::weakref::REF_TYPE) {
        crate::objects::weakref::construct(args)
    } else if is(&crate::stdlib::random::RANDOM_TYPE) {
        crate::stdlib::random::construct(args)
    } else if is(&crate::stdlib::array::ARRAY_TYPE) {
        crate::stdlib::array::construct(ty, args)
    } else if let Some(construct) = crate::stdlib::hooks::constructor(ty) {
        construct(ty, args)
    } else if is(&crate::stdlib::structmod::object::STRUCT_TYPE) {
        crate::stdlib::structmod::object::construct(args)
    } else if is(&crate::stdlib::structmod::object::UNPACK_ITERATOR_TYPE) {
        Err(crate::stdlib::structmod::object::cannot_create())
    } else if is(&crate::objects::module::MODULE_TYPE) {
        crate::objects::module::construct(args)
    } else if is(&crate::objects::mappingproxy::MAPPINGPROXY_TYPE) {
        crate::objects::mappingproxy::construct(args)
    } else if is(&object::FUNCTION_TYPE) {
        Err(type_error(
            "function() missing required argument 'code' (pos 1)",
        ))
    } else {
        let name = match crate::objects::alias::type_module(ty) {
            Some(m) => format!("{m}.{}", ty.name),
            None => ty.name.to_string(),
        };
        Err(type_error(format!("cannot create '{name}' instances")))
    }
}

/// `E(*args)` for an exception type.
fn new_exception(ty: &'static TypeObj, args: Args) -> R<Value> {
    if ty.is_subtype(&exc::BASE_EXCEPTION_GROUP) {
        return exc::group::construct(ty, args);
    }
    if ty.is_subtype(&exc::IMPORT_ERROR) {
        let (name, path) = exc::import_error::keywords(&args)?;
        let t = crate::objects::tuple::from_slice(args.pos);
        let e = exc::new_exception(ty, t);
        if let Some(eo) = e.downcast::<exc::ExcObj>() {
            exc::import_error::init(eo, t, name, path);
        }
        return Ok(e);
    }
    args.no_kwargs(ty.name)?;
    // `OSError(2, 'x')` is a FileNotFoundError, as in CPython.
    let ty = exc::os_error::constructed_type(ty, args.pos);
    let t = crate::objects::tuple::from_slice(args.pos);
    let e = exc::new_exception(ty, t);
    if let Some(eo) = e.downcast::<exc::ExcObj>() {
        exc::init_detail(eo, t)?;
    }
    Ok(e)
}

/// `NoneType()`, `NotImplementedType()`, `ellipsis()`: the singleton.
fn singleton(ty: &TypeObj, args: Args, v: Value) -> R<Value> {
    if args.pos.is_empty() && args.kwnames.is_empty() {
        Ok(v)
    } else {
        Err(type_error(format!("{} takes no arguments", ty.name)))
    }
}

/// `int(x=0, /, base=10)`
fn new_int(args: Args) -> R<Value> {
    // `int(x)`, the common call, without binding by name.
    if let ([x], []) = (args.pos, args.kwnames) {
        if !crate::class::ops::is_user(*x) {
            return num::int_from(*x, None);
        }
    }
    let [x, base] = bind_clinic("int", &args, ["x", "base"], 1, 0)?;
    match (x, base) {
        (None, None) => Ok(Value::from_small(0)),
        (None, Some(_)) => Err(type_error("int() missing string argument")),
        (Some(x), None) if crate::class::ops::is_user(x) => match crate::class::ops::to_int(x)? {
            Some(i) => Ok(i),
            None => Err(type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                type_name(x)
            ))),
        },
        (Some(x), base) => num::int_from(x, base),
    }
}

/// `str(object='', encoding='utf-8', errors='strict')`: only the one-argument
/// form exists until bytes do; the others fail with CPython's messages.
fn new_str(args: Args) -> R<Value> {
    // `str(x)`, the common call, without binding by name.
    if let ([v], []) = (args.pos, args.kwnames) {
        return dispatch::str_value(*v);
    }
    let [obj, encoding, errors] =
        bind_clinic("str", &args, ["object", "encoding", "errors"], 0, 0)?;
    if encoding.is_none() && errors.is_none() {
        return match obj {
            None => Ok(crate::objects::str::new("")),
            Some(v) => dispatch::str_value(v),
        };
    }
    for (name, v) in [("encoding", encoding), ("errors", errors)] {
        if let Some(v) = v {
            if v.kind() != Kind::Str {
                return Err(type_error(format!(
                    "str() argument '{name}' must be str, not {}",
                    type_name(v)
                )));
            }
        }
    }
    match obj {
        None => Ok(crate::objects::str::new("")),
        Some(v) if v.kind() == Kind::Str => Err(type_error("decoding str is not supported")),
        Some(v) if crate::objects::bytes::is_bytes_like(v) => {
            // A view whose items are not adjacent exports no simple buffer.
            if v.kind() == Kind::MemoryView
                && !crate::objects::bytes::memoryview::contiguous_view(v)?
            {
                return Err(type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    type_name(v)
                )));
            }
            let d = crate::objects::bytes::buffer_arg(v)?;
            let enc = encoding.map_or("utf-8", crate::objects::str::as_str);
            let errs = errors.map_or("strict", crate::objects::str::as_str);
            crate::io::codec::decode_bytes(&d, enc, errs)
        }
        Some(v) => Err(type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            type_name(v)
        ))),
    }
}

/// `dict(mapping_or_iterable=(), /, **kwargs)`
fn new_dict(args: Args) -> R<Value> {
    crate::builtins::args::check_count("dict", args.pos.len(), 0, 1)?;
    let d = crate::objects::dict::new();
    if let Some(v) = args.pos.first() {
        crate::objects::dict::update(d, *v)?;
    }
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        crate::objects::dict::setitem(d, *k, *v)?;
    }
    Ok(d)
}

/// `range(stop)` / `range(start, stop[, step])`
fn new_range(args: Args) -> R<Value> {
    let pos = check_positional("range", &args, 1, 3)?;
    let mut vals = [Value::from_small(0); 3];
    for (slot, v) in vals.iter_mut().zip(pos) {
        let v = crate::class::ops::index_value(*v)?;
        if !is_int(v) {
            return Err(not_an_integer(v));
        }
        *slot = num::to_int(v);
    }
    let one = Value::from_small(1);
    let (start, stop, step) = match *pos {
        [_] => (Value::from_small(0), vals[0], one),
        [_, _] => (vals[0], vals[1], one),
        _ => (vals[0], vals[1], vals[2]),
    };
    if step == Value::from_small(0) {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    crate::objects::range::new(start, stop, step)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{err_text, i, repr_or_err, s};

    fn call_kw(t: &'static TypeObj, pos: &[Value], kw: &[(&str, Value)]) -> Result<Value, String> {
        let names: Vec<Value> = kw.iter().map(|(k, _)| s(k)).collect();
        let vals: Vec<Value> = kw.iter().map(|(_, v)| *v).collect();
        let args = Args {
            pos,
            kwnames: &names,
            kwvals: &vals,
        };
        call_type(t.value(), args).map_err(|_| err_text())
    }

    fn call(t: &'static TypeObj, pos: &[Value]) -> Result<Value, String> {
        call_kw(t, pos, &[])
    }

    #[test]
    fn exceptions() {
        assert_eq!(
            repr_or_err(call(&exc::VALUE_ERROR, &[s("a"), i(2)])),
            "ValueError('a', 2)"
        );
        assert_eq!(repr_or_err(call(&exc::KEY_ERROR, &[])), "KeyError()");
        assert_eq!(
            call_kw(&exc::VALUE_ERROR, &[i(1)], &[("x", i(2))]).unwrap_err(),
            "TypeError: ValueError() takes no keyword arguments"
        );
    }

    #[test]
    fn simple_types() {
        assert_eq!(call(&object::INT_TYPE, &[]), Ok(i(0)));
        assert_eq!(
            call_kw(&object::INT_TYPE, &[], &[("x", i(1))]).unwrap_err(),
            "TypeError: 'x' is an invalid keyword argument for int()"
        );
        assert_eq!(
            call_kw(&object::INT_TYPE, &[], &[("base", i(16))]).unwrap_err(),
            "TypeError: int() missing string argument"
        );
        assert_eq!(
            call(&object::INT_TYPE, &[i(1), i(2), i(3)]).unwrap_err(),
            "TypeError: int() takes at most 2 arguments (3 given)"
        );
        assert_eq!(repr_or_err(call(&object::FLOAT_TYPE, &[])), "0.0");
        assert_eq!(
            call_kw(&object::FLOAT_TYPE, &[], &[("x", i(1))]).unwrap_err(),
            "TypeError: float() takes no keyword arguments"
        );
        assert_eq!(
            call(&object::FLOAT_TYPE, &[i(1), i(2)]).unwrap_err(),
            "TypeError: float expected at most 1 argument, got 2"
        );
        assert_eq!(repr_or_err(call(&object::STR_TYPE, &[])), "''");
        assert_eq!(repr_or_err(call(&object::STR_TYPE, &[i(5)])), "'5'");
        assert_eq!(
            repr_or_err(call_kw(&object::STR_TYPE, &[], &[("object", i(5))])),
            "'5'"
        );
        assert_eq!(
            call(&object::STR_TYPE, &[i(1), i(2)]).unwrap_err(),
            "TypeError: str() argument 'encoding' must be str, not int"
        );
        assert_eq!(
            call(&object::STR_TYPE, &[s("a"), s("utf-8")]).unwrap_err(),
            "TypeError: decoding str is not supported"
        );
        assert_eq!(
            call(&object::STR_TYPE, &[i(1), s("utf-8")]).unwrap_err(),
            "TypeError: decoding to str: need a bytes-like object, int found"
        );
        assert_eq!(
            call_kw(&object::STR_TYPE, &[], &[("foo", i(1))]).unwrap_err(),
            "TypeError: 'foo' is an invalid keyword argument for str()"
        );
        assert_eq!(call(&object::BOOL_TYPE, &[]), Ok(object::boolean(false)));
        assert_eq!(call(&object::BOOL_TYPE, &[i(3)]), Ok(object::boolean(true)));
        assert_eq!(
            call(&object::BOOL_TYPE, &[i(1), i(2)]).unwrap_err(),
            "TypeError: bool expected at most 1 argument, got 2"
        );
    }

    #[test]
    fn containers() {
        let t = crate::objects::tuple::from_slice(&[i(1), i(2)]);
        assert_eq!(repr_or_err(call(&object::LIST_TYPE, &[t])), "[1, 2]");
        assert_eq!(repr_or_err(call(&object::LIST_TYPE, &[])), "[]");
        assert_eq!(call(&object::TUPLE_TYPE, &[t]), Ok(t));
        assert_eq!(repr_or_err(call(&object::TUPLE_TYPE, &[])), "()");
        assert_eq!(
            call_kw(&object::LIST_TYPE, &[], &[("iterable", t)]).unwrap_err(),
            "TypeError: list() takes no keyword arguments"
        );
        assert_eq!(
            call(&object::LIST_TYPE, &[t, t]).unwrap_err(),
            "TypeError: list expected at most 1 argument, got 2"
        );
        assert_eq!(
            call(&object::LIST_TYPE, &[i(1)]).unwrap_err(),
            "TypeError: 'int' object is not iterable"
        );
        assert_eq!(
            call(&object::DICT_TYPE, &[t, t]).unwrap_err(),
            "TypeError: dict expected at most 1 argument, got 2"
        );
        assert_eq!(
            call_kw(&object::SET_TYPE, &[], &[("x", t)]).unwrap_err(),
            "TypeError: set() takes no keyword arguments"
        );
    }

    #[test]
    fn range_arguments() {
        assert_eq!(
            call(&object::RANGE_TYPE, &[]).unwrap_err(),
            "TypeError: range expected at least 1 argument, got 0"
        );
        assert_eq!(
            call(&object::RANGE_TYPE, &[i(1), i(2), i(3), i(4)]).unwrap_err(),
            "TypeError: range expected at most 3 arguments, got 4"
        );
        assert_eq!(
            call(&object::RANGE_TYPE, &[s("a")]).unwrap_err(),
            "TypeError: 'str' object cannot be interpreted as an integer"
        );
        assert_eq!(
            call(
                &object::RANGE_TYPE,
                &[i(1), crate::objects::float::new(1.5)]
            )
            .unwrap_err(),
            "TypeError: 'float' object cannot be interpreted as an integer"
        );
        assert_eq!(
            call(&object::RANGE_TYPE, &[i(1), i(2), i(0)]).unwrap_err(),
            "ValueError: range() arg 3 must not be zero"
        );
        assert_eq!(
            call_kw(&object::RANGE_TYPE, &[i(5)], &[("step", i(1))]).unwrap_err(),
            "TypeError: range() takes no keyword arguments"
        );
    }

    #[test]
    fn type_object_and_singletons() {
        assert_eq!(
            call(&object::TYPE_TYPE, &[i(1)]),
            Ok(object::INT_TYPE.value())
        );
        assert_eq!(
            call(&object::TYPE_TYPE, &[]).unwrap_err(),
            "TypeError: type() takes 1 or 3 arguments"
        );
        assert_eq!(
            call(&object::TYPE_TYPE, &[s("A"), i(1), i(2)]).unwrap_err(),
            "TypeError: type.__new__() argument 2 must be tuple, not int"
        );
        let o = call(&object::OBJECT_TYPE, &[]).expect("object()");
        assert!(repr_or_err(Ok(o)).starts_with("<object object at 0x"));
        assert_eq!(
            call(&object::OBJECT_TYPE, &[i(1)]).unwrap_err(),
            "TypeError: object() takes no arguments"
        );
        assert_eq!(call(&object::NONE_TYPE, &[]), Ok(object::none()));
        assert_eq!(
            call(&object::NONE_TYPE, &[i(1)]).unwrap_err(),
            "TypeError: NoneType takes no arguments"
        );
        assert_eq!(
            call(&object::BUILTIN_TYPE, &[]).unwrap_err(),
            "TypeError: cannot create 'builtin_function_or_method' instances"
        );
        assert_eq!(
            call(&object::SLICE_TYPE, &[]).unwrap_err(),
            "TypeError: slice expected at least 1 argument, got 0"
        );
        assert_eq!(
            repr_or_err(call(&object::SLICE_TYPE, &[i(3)])),
            "slice(None, 3, None)"
        );
    }
}
