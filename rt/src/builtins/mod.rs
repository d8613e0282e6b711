//! Built-in functions (`len`, `isinstance`, `getattr`, ...), the argument
//! checks they share, and the lookup of every builtin name. `print` and
//! `input` live in `builtins/io.rs`, the iteration builtins (`min`, `sum`,
//! `zip`, ...) in `builtins/iter.rs`; calling a type object is `builtins/construct.rs`.

pub mod construct;
pub mod io;
pub mod iter;
pub mod output;

use crate::exc;
use crate::exc::error::{type_error, value_error, Pending, R};
use crate::object::{self, type_name, Kind, TypeObj};
use crate::objects::func::BuiltinObj;
use crate::protocol::args::Args;
use crate::value::Value;
use crate::{objects::int, protocol::dispatch, protocol::num};

pub use crate::builtins::io::{INPUT, PRINT};
pub use crate::builtins::iter::{
    ALL, ANY, ENUMERATE, FILTER, MAP, MAX, MIN, REVERSED, SORTED, SUM, ZIP,
};

/// `len(obj)`
pub static LEN: BuiltinObj = BuiltinObj::new("len", len);
/// `abs(x)`
pub static ABS: BuiltinObj = BuiltinObj::new("abs", abs);
/// `isinstance(obj, class_or_tuple)`
pub static ISINSTANCE: BuiltinObj = BuiltinObj::new("isinstance", isinstance);
/// `issubclass(cls, class_or_tuple)`
pub static ISSUBCLASS: BuiltinObj = BuiltinObj::new("issubclass", issubclass);
/// `ord(c)`
pub static ORD: BuiltinObj = BuiltinObj::new("ord", ord);
/// `chr(i)`
pub static CHR: BuiltinObj = BuiltinObj::new("chr", chr);
/// `hex(number)`
pub static HEX: BuiltinObj = BuiltinObj::new("hex", hex);
/// `oct(number)`
pub static OCT: BuiltinObj = BuiltinObj::new("oct", oct);
/// `bin(number)`
pub static BIN: BuiltinObj = BuiltinObj::new("bin", bin);
/// `round(number, ndigits=None)`
pub static ROUND: BuiltinObj = BuiltinObj::new("round", round);
/// `pow(base, exp, mod=None)`
pub static POW: BuiltinObj = BuiltinObj::new("pow", pow);
/// `divmod(x, y)`
pub static DIVMOD: BuiltinObj = BuiltinObj::new("divmod", divmod);
/// `hash(obj)`
pub static HASH: BuiltinObj = BuiltinObj::new("hash", hash);
/// `id(obj)`
pub static ID: BuiltinObj = BuiltinObj::new("id", id);
/// `iter(iterable)`
pub static ITER: BuiltinObj = BuiltinObj::new("iter", iter);
/// `next(iterator[, default])`
pub static NEXT: BuiltinObj = BuiltinObj::new("next", next);
/// `repr(obj)`
pub static REPR: BuiltinObj = BuiltinObj::new("repr", repr);
/// `ascii(obj)`
pub static ASCII: BuiltinObj = BuiltinObj::new("ascii", ascii);
/// `format(value, format_spec='')`
pub static FORMAT: BuiltinObj = BuiltinObj::new("format", format);
/// `callable(obj)`
pub static CALLABLE: BuiltinObj = BuiltinObj::new("callable", callable);
/// `getattr(obj, name[, default])`
pub static GETATTR: BuiltinObj = BuiltinObj::new("getattr", getattr);
/// `setattr(obj, name, value)`
pub static SETATTR: BuiltinObj = BuiltinObj::new("setattr", setattr);
/// `hasattr(obj, name)`
pub static HASATTR: BuiltinObj = BuiltinObj::new("hasattr", hasattr);
/// `delattr(obj, name)`
pub static DELATTR: BuiltinObj = BuiltinObj::new("delattr", delattr);
/// `vars([object])`
pub static VARS: BuiltinObj = BuiltinObj::new("vars", vars);
/// `dir(object)`
pub static DIR: BuiltinObj = BuiltinObj::new("dir", dir);
/// `exit(code=None)` (CPython's `site` adds it; scripts use it).
pub static EXIT: BuiltinObj = BuiltinObj::new("exit", exit);
/// `quit(code=None)`, the same as `exit`.
pub static QUIT: BuiltinObj = BuiltinObj::new("quit", quit);

/// Every builtin function, for name lookup.
static FUNCTIONS: &[&BuiltinObj] = &[
    &PRINT,
    &LEN,
    &ABS,
    &MIN,
    &MAX,
    &SUM,
    &SORTED,
    &REVERSED,
    &ENUMERATE,
    &ZIP,
    &MAP,
    &FILTER,
    &ANY,
    &ALL,
    &ISINSTANCE,
    &ISSUBCLASS,
    &ORD,
    &CHR,
    &HEX,
    &OCT,
    &BIN,
    &ROUND,
    &POW,
    &DIVMOD,
    &HASH,
    &ID,
    &ITER,
    &NEXT,
    &INPUT,
    &REPR,
    &ASCII,
    &FORMAT,
    &CALLABLE,
    &GETATTR,
    &SETATTR,
    &HASATTR,
    &DELATTR,
    &VARS,
    &DIR,
    &EXIT,
    &QUIT,
];

/// Every builtin type object that is not an exception, for name lookup.
static TYPES: &[&TypeObj] = &[
    &object::INT_TYPE,
    &object::FLOAT_TYPE,
    &object::STR_TYPE,
    &object::BOOL_TYPE,
    &object::LIST_TYPE,
    &object::TUPLE_TYPE,
    &object::DICT_TYPE,
    &object::SET_TYPE,
    &object::FROZENSET_TYPE,
    &object::RANGE_TYPE,
    &object::TYPE_TYPE,
    &object::OBJECT_TYPE,
    &object::SLICE_TYPE,
    &crate::class::descr::PROPERTY_TYPE,
    &crate::class::descr::STATICMETHOD_TYPE,
    &crate::class::descr::CLASSMETHOD_TYPE,
    &crate::class::descr::SUPER_TYPE,
];

/// Every builtin name (functions, types, exceptions), for "Did you mean" hints.
pub fn names() -> Vec<&'static str> {
    FUNCTIONS
        .iter()
        .map(|f| f.name)
        .chain(TYPES.iter().map(|t| t.name))
        .chain(exc::ALL.iter().map(|t| t.name))
        .collect()
}

/// The value of the builtin name `name`: a builtin function, a type, an
/// exception type, `NotImplemented` or `Ellipsis`. The compiler resolves
/// builtin names through this once, at program start.
pub fn lookup(name: &str) -> Option<Value> {
    // The compiler treats exactly `alrt_abi::builtins::NAMES` as builtins;
    // answering only those keeps both sides in agreement.
    if !alrt_abi::builtins::is_builtin(name) {
        return None;
    }
    if let Some(f) = FUNCTIONS.iter().find(|f| f.name == name) {
        return Some(Value::from_ref(*f));
    }
    if let Some(t) = TYPES.iter().find(|t| t.name == name) {
        return Some(t.value());
    }
    if let Some(t) = exc::ALL.iter().find(|t| t.name == name) {
        return Some(t.value());
    }
    match name {
        "BrokenPipeError" => Some(output::BROKEN_PIPE_ERROR.value()),
        "ConnectionError" => Some(output::CONNECTION_ERROR.value()),
        "NotImplemented" => Some(object::not_implemented()),
        "Ellipsis" => Some(Value::from_ref(&object::ELLIPSIS)),
        _ => None,
    }
}

// ---- argument checking -------------------------------------------------------

/// Checks the positional count of a function that takes no keywords, with
/// the messages of CPython's `_PyArg_CheckPositional` ("sorted expected 1
/// argument, got 0", "range expected at most 3 arguments, got 4").
pub fn check_positional<'a>(
    fname: &str,
    args: &Args<'a>,
    min: usize,
    max: usize,
) -> R<&'a [Value]> {
    args.no_kwargs(fname)?;
    check_count(fname, args.pos.len(), min, max)?;
    Ok(args.pos)
}

/// The positional-count half of `check_positional`.
pub fn check_count(fname: &str, n: usize, min: usize, max: usize) -> R<()> {
    let s = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        let at = if min == max { "" } else { "at least " };
        return Err(type_error(format!(
            "{fname} expected {at}{min} argument{}, got {n}",
            s(min)
        )));
    }
    if n > max {
        let at = if min == max { "" } else { "at most " };
        return Err(type_error(format!(
            "{fname} expected {at}{max} argument{}, got {n}",
            s(max)
        )));
    }
    Ok(())
}

/// Binds arguments to `names` the way CPython's Argument Clinic does for
/// built-ins (its messages differ from those for Al functions): the first
/// `nposonly` names are positional-only, the first `required` must be given.
pub fn bind_clinic<const N: usize>(
    fname: &str,
    args: &Args,
    names: [&str; N],
    nposonly: usize,
    required: usize,
) -> R<[Option<Value>; N]> {
    let npos = args.pos.len();
    let total = npos + args.kwnames.len();
    if total > N {
        return Err(type_error(format!(
            "{fname}() takes at most {N} argument{} ({total} given)",
            if N == 1 { "" } else { "s" }
        )));
    }
    let mut out = [None; N];
    for (slot, v) in out.iter_mut().zip(args.pos) {
        *slot = Some(*v);
    }
    let mut used = 0;
    for i in npos.max(nposonly)..N {
        let found = args
            .kwnames
            .iter()
            .position(|k| crate::objects::str::as_str(*k) == names[i]);
        if let Some(j) = found {
            out[i] = Some(args.kwvals[j]);
            used += 1;
        }
    }
    for (i, slot) in out.iter().enumerate().take(required) {
        if slot.is_none() {
            return Err(type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    if used < args.kwnames.len() {
        for k in args.kwnames {
            let k = crate::objects::str::as_str(*k);
            match names.iter().position(|n| *n == k) {
                Some(i) if i >= nposonly && i < npos => {
                    return Err(type_error(format!(
                        "argument for {fname}() given by name ('{k}') and position ({})",
                        i + 1
                    )))
                }
                Some(i) if i >= nposonly => {}
                _ => {
                    return Err(type_error(format!(
                        "'{k}' is an invalid keyword argument for {fname}()"
                    )))
                }
            }
        }
    }
    Ok(out)
}

/// `None` for a missing or `None` optional argument.
pub fn opt(v: Option<Value>) -> Option<Value> {
    v.filter(|v| !object::is_none(*v))
}

/// The one argument of a METH_O builtin ("len() takes exactly one argument").
fn one<'a>(fname: &str, args: &Args<'a>) -> R<Value> {
    Ok(args.positional_range(fname, 1, 1)?[0])
}

pub fn none() -> R<Value> {
    Ok(object::none())
}

/// True for int and bool values.
pub fn is_int(v: Value) -> bool {
    matches!(v.kind(), Kind::Int | Kind::Bool)
}

/// The TypeError for a non-integer where an index is needed.
pub fn not_an_integer(v: Value) -> Pending {
    type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name(v)
    ))
}

// ---- simple functions of one or two values ----------------------------------

fn len(args: Args) -> R<Value> {
    let v = one("len", &args)?;
    Ok(int::from_i64(dispatch::len(v)? as i64))
}

fn abs(args: Args) -> R<Value> {
    let v = one("abs", &args)?;
    if dispatch::is_number(v) {
        return num::abs(v);
    }
    if crate::class::ops::is_user(v) {
        return crate::class::ops::abs(v);
    }
    Err(type_error(format!(
        "bad operand type for abs(): '{}'",
        type_name(v)
    )))
}

fn repr(args: Args) -> R<Value> {
    let v = one("repr", &args)?;
    Ok(crate::objects::str::from_string(dispatch::repr(v)?))
}

fn ascii(args: Args) -> R<Value> {
    let v = one("ascii", &args)?;
    Ok(crate::objects::str::from_string(ascii_escape(
        &dispatch::repr(v)?,
    )))
}

/// `repr` text with non-ASCII characters escaped as `ascii()` does.
fn ascii_escape(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        let n = c as u32;
        match n {
            0..=0x7f => out.push(c),
            0x80..=0xff => out.push_str(&format!("\\x{n:02x}")),
            0x100..=0xffff => out.push_str(&format!("\\u{n:04x}")),
            _ => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    out
}

fn format(args: Args) -> R<Value> {
    let pos = check_positional("format", &args, 1, 2)?;
    let spec = match pos.get(1) {
        None => "",
        Some(s) => crate::objects::str::try_str(*s).ok_or_else(|| {
            type_error(format!(
                "format() argument 2 must be str, not {}",
                type_name(*s)
            ))
        })?,
    };
    if spec.is_empty() && pos[0].kind() == Kind::Str {
        return Ok(pos[0]);
    }
    Ok(crate::objects::str::from_string(
        crate::text::format::format_value(pos[0], spec)?,
    ))
}

fn hash(args: Args) -> R<Value> {
    let v = one("hash", &args)?;
    Ok(int::from_i64(dispatch::hash(v)?))
}

fn id(args: Args) -> R<Value> {
    let v = one("id", &args)?;
    Ok(int::from_i128(v.0 as i128))
}

fn callable(args: Args) -> R<Value> {
    let v = one("callable", &args)?;
    Ok(object::boolean(is_callable(v)))
}

/// True if calling `v` can succeed (`callable()`).
pub fn is_callable(v: Value) -> bool {
    match v.kind() {
        Kind::Func
        | Kind::Builtin
        | Kind::BoundMethod
        | Kind::Type
        | Kind::Method
        | Kind::StaticMethod
        | Kind::Wrapper => true,
        Kind::Instance => crate::class::ops::is_callable(v),
        _ => false,
    }
}

fn ord(args: Args) -> R<Value> {
    let v = one("ord", &args)?;
    let Some(s) = crate::objects::str::try_str(v) else {
        return Err(type_error(format!(
            "ord() expected string of length 1, but {} found",
            type_name(v)
        )));
    };
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(Value::from_small(c as i64)),
        _ => Err(type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.chars().count()
        ))),
    }
}

fn chr(args: Args) -> R<Value> {
    let v = crate::class::ops::index_value(one("chr", &args)?)?;
    if !is_int(v) {
        return Err(not_an_integer(v));
    }
    let n = match int::as_i64(num::to_int(v)) {
        Some(n) if i32::try_from(n).is_ok() => n,
        _ => {
            return Err(crate::exc::error::overflow_error(
                "Python int too large to convert to C int",
            ))
        }
    };
    if !(0..0x110000).contains(&n) {
        return Err(value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(n as u32) {
        Some(c) => {
            let mut buf = [0u8; 4];
            Ok(crate::objects::str::new(c.encode_utf8(&mut buf)))
        }
        // Al strings are UTF-8 and cannot hold a lone surrogate.
        None => Err(value_error(format!(
            "chr() arg is a surrogate ({n:#x}), which Al strings cannot hold"
        ))),
    }
}

fn hex(args: Args) -> R<Value> {
    let v = int_arg("hex", &args)?;
    num::hex(v)
}

fn oct(args: Args) -> R<Value> {
    let v = int_arg("oct", &args)?;
    num::oct(v)
}

fn bin(args: Args) -> R<Value> {
    let v = int_arg("bin", &args)?;
    num::bin(v)
}

/// The one integer argument of hex/oct/bin.
fn int_arg(fname: &str, args: &Args) -> R<Value> {
    let v = crate::class::ops::index_value(one(fname, args)?)?;
    if is_int(v) {
        Ok(v)
    } else {
        Err(not_an_integer(v))
    }
}

fn round(args: Args) -> R<Value> {
    let [number, ndigits] = bind_clinic("round", &args, ["number", "ndigits"], 0, 1)?;
    let number = number.unwrap_or_else(object::none);
    if crate::class::ops::is_user(number) {
        let nd: Vec<Value> = ndigits.into_iter().collect();
        if let Some(r) = crate::class::ops::call_optional(number, "__round__", &nd)? {
            return Ok(r);
        }
        if let Some(p) = crate::class::instance::payload(number) {
            if dispatch::is_number(p) {
                return num::round(p, opt(ndigits));
            }
        }
    }
    if !dispatch::is_number(number) {
        return Err(type_error(format!(
            "type {} doesn't define __round__ method",
            type_name(number)
        )));
    }
    num::round(number, opt(ndigits))
}

fn pow(args: Args) -> R<Value> {
    let [base, exp, m] = bind_clinic("pow", &args, ["base", "exp", "mod"], 0, 2)?;
    let (base, exp) = (
        base.unwrap_or_else(object::none),
        exp.unwrap_or_else(object::none),
    );
    let m = opt(m);
    if let Some(m) = m.filter(|_| crate::class::ops::is_user(base)) {
        // Three-argument power calls only the base's `__pow__` (no `__rpow__`).
        if let Some(r) = crate::class::ops::call_optional(base, "__pow__", &[exp, m])? {
            if !crate::class::ops::is_ni(r) {
                return Ok(r);
            }
        }
    }
    // `int` subclass instances are numbers too.
    let is_number = |v: Value| dispatch::is_number(v) || num::int_value(v).is_some();
    let numeric = is_number(base) && is_number(exp) && m.is_none_or(is_number);
    if !numeric
        && m.is_none()
        && (crate::class::ops::is_user(base) || crate::class::ops::is_user(exp))
    {
        return dispatch::binop(alrt_abi::ops::BinOp::Pow, base, exp);
    }
    if !numeric {
        return Err(match m {
            None => type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
                type_name(base),
                type_name(exp)
            )),
            Some(m) => type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                type_name(base),
                type_name(exp),
                type_name(m)
            )),
        });
    }
    num::pow(base, exp, m)
}

fn divmod(args: Args) -> R<Value> {
    let pos = check_positional("divmod", &args, 2, 2)?;
    let (a, b) = (pos[0], pos[1]);
    if dispatch::is_number(a) && dispatch::is_number(b) {
        return num::divmod(a, b);
    }
    if crate::class::ops::is_user(a) || crate::class::ops::is_user(b) {
        if let Some(r) = crate::class::ops::divmod(a, b)? {
            return Ok(r);
        }
    }
    Err(type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        type_name(a),
        type_name(b)
    )))
}

// ---- types -------------------------------------------------------------------

fn isinstance(args: Args) -> R<Value> {
    let pos = check_positional("isinstance", &args, 2, 2)?;
    Ok(object::boolean(instance_of(pos[0], pos[1])?))
}

/// `isinstance(v, cls)` where `cls` is a type or a (nested) tuple of types.
pub fn instance_of(v: Value, cls: Value) -> R<bool> {
    match cls.kind() {
        Kind::Type => Ok(object::isinstance(v, cls.as_ref::<TypeObj>())),
        Kind::Tuple => {
            crate::exc::recursion::check()?;
            for c in crate::objects::tuple::items(cls) {
                if instance_of(v, *c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(type_error(
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        )),
    }
}

fn issubclass(args: Args) -> R<Value> {
    let pos = check_positional("issubclass", &args, 2, 2)?;
    Ok(object::boolean(subclass_of(pos[0], pos[1])?))
}

/// `issubclass(c, cls)` where `cls` is a type or a (nested) tuple of types.
pub fn subclass_of(c: Value, cls: Value) -> R<bool> {
    match cls.kind() {
        Kind::Type => match c.downcast::<TypeObj>() {
            Some(t) => Ok(t.is_subtype(cls.as_ref::<TypeObj>())),
            None => Err(type_error("issubclass() arg 1 must be a class")),
        },
        Kind::Tuple => {
            crate::exc::recursion::check()?;
            for x in crate::objects::tuple::items(cls) {
                if subclass_of(c, *x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ if c.kind() != Kind::Type => Err(type_error("issubclass() arg 1 must be a class")),
        _ => Err(type_error(
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        )),
    }
}

// ---- iteration protocol -------------------------------------------------------

fn iter(args: Args) -> R<Value> {
    let pos = check_positional("iter", &args, 1, 2)?;
    if pos.len() == 2 {
        if !is_callable(pos[0]) {
            return Err(type_error("iter(v, w): v must be callable"));
        }
        return Err(type_error("iter(callable, sentinel) is not supported yet"));
    }
    dispatch::iter(pos[0])
}

fn next(args: Args) -> R<Value> {
    let pos = check_positional("next", &args, 1, 2)?;
    match dispatch::next(pos[0])? {
        Some(v) => Ok(v),
        None => match pos.get(1) {
            Some(d) => Ok(*d),
            None => Err(crate::exc::error::raise_empty(&exc::STOP_ITERATION)),
        },
    }
}

// ---- attributes ----------------------------------------------------------------

/// The attribute-name argument: must be a str.
pub(crate) fn attr_name(v: Value) -> R<Value> {
    if v.kind() == Kind::Str {
        Ok(v)
    } else {
        Err(type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(v)
        )))
    }
}

/// True if the pending exception is an AttributeError (and clears it then).
fn take_attribute_error() -> bool {
    let p = crate::exc::error::pending();
    if !p.is_null() && object::isinstance(p, &exc::ATTRIBUTE_ERROR) {
        crate::exc::error::take_pending();
        true
    } else {
        false
    }
}

fn getattr(args: Args) -> R<Value> {
    let pos = check_positional("getattr", &args, 2, 3)?;
    let name = attr_name(pos[1])?;
    match dispatch::getattr(pos[0], name) {
        Err(Pending) if pos.len() == 3 && take_attribute_error() => Ok(pos[2]),
        r => r,
    }
}

fn hasattr(args: Args) -> R<Value> {
    let pos = check_positional("hasattr", &args, 2, 2)?;
    let name = attr_name(pos[1])?;
    match dispatch::getattr(pos[0], name) {
        Ok(_) => Ok(object::boolean(true)),
        Err(Pending) if take_attribute_error() => Ok(object::boolean(false)),
        Err(p) => Err(p),
    }
}

fn setattr(args: Args) -> R<Value> {
    let pos = check_positional("setattr", &args, 3, 3)?;
    let name = attr_name(pos[1])?;
    dispatch::setattr(pos[0], name, pos[2])?;
    none()
}

fn delattr(args: Args) -> R<Value> {
    let pos = check_positional("delattr", &args, 2, 2)?;
    let name = attr_name(pos[1])?;
    dispatch::delattr(pos[0], name)?;
    none()
}

fn vars(args: Args) -> R<Value> {
    let pos = check_positional("vars", &args, 0, 1)?;
    let Some(&o) = pos.first() else {
        return Err(type_error("not supported yet: vars() without an argument"));
    };
    match dispatch::getattr(o, crate::objects::str::new("__dict__")) {
        Err(Pending) if take_attribute_error() => {
            Err(type_error("vars() argument must have __dict__ attribute"))
        }
        r => r,
    }
}

/// `dir(o)`: `o.__dir__()` sorted when the class defines `__dir__`; the
/// attribute names of instances and classes whose bases are user classes
/// and `object` (without `__slots__`). Other objects are not supported yet:
/// their listing needs every special method of the built-in types.
fn dir(args: Args) -> R<Value> {
    let pos = check_positional("dir", &args, 0, 1)?;
    let Some(&o) = pos.first() else {
        return Err(type_error("not supported yet: dir() without an argument"));
    };
    let is_type = o.kind() == Kind::Type;
    if !is_type {
        if let Some(r) = crate::class::ops::call_optional(o, "__dir__", &[])? {
            let items = dispatch::collect(r)?.into_vec();
            let list = crate::objects::list::from_vec(items);
            crate::objects::list::ops::sort(list, None, false)?;
            return Ok(list);
        }
    }
    let t = o
        .downcast::<TypeObj>()
        .unwrap_or_else(|| object::type_of(o));
    let plain = crate::class::mro_of(t).iter().all(|c| match c.class {
        Some(d) => !crate::objects::dict::keys_vec(d.dict)
            .iter()
            .any(|k| crate::objects::str::try_str(*k) == Some("__slots__")),
        None => std::ptr::eq(*c, &object::OBJECT_TYPE),
    });
    if t.class.is_none() || !plain {
        return Err(type_error(
            "not supported yet: dir() of built-in types, their instances and subclasses, or __slots__ classes",
        ));
    }
    // Rooted: each new string must survive the allocation of the next.
    let mut names = crate::gc::RootedVec::new();
    for n in crate::class::dir_names(o) {
        names.push(crate::objects::str::from_string(n));
    }
    Ok(crate::objects::list::from_vec(names.into_vec()))
}

// ---- leaving -----------------------------------------------------------------

fn exit(args: Args) -> R<Value> {
    raise_system_exit("exit", args)
}

fn quit(args: Args) -> R<Value> {
    raise_system_exit("quit", args)
}

/// `exit(code=None)`: raises `SystemExit(code)`.
fn raise_system_exit(fname: &str, args: Args) -> R<Value> {
    let [code] = bind_clinic(fname, &args, ["code"], 0, 0)?;
    let code = code.unwrap_or_else(object::none);
    let e = exc::new_exception(
        &exc::SYSTEM_EXIT,
        crate::objects::tuple::from_slice(&[code]),
    );
    Err(crate::exc::error::set_pending(e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{call, call_kw, i, s, text};

    #[test]
    fn lookup_finds_functions_types_and_exceptions() {
        assert!(lookup("print").is_some());
        assert!(lookup("sorted").is_some());
        assert_eq!(lookup("int"), Some(object::INT_TYPE.value()));
        assert_eq!(lookup("ValueError"), Some(exc::VALUE_ERROR.value()));
        assert_eq!(lookup("NotImplemented"), Some(object::not_implemented()));
        assert!(lookup("Ellipsis").is_some());
        assert!(lookup("BrokenPipeError").is_some());
        assert_eq!(lookup("nonesuch"), None);
    }

    #[test]
    fn arity_messages() {
        assert_eq!(
            call(&LEN, &[]).unwrap_err(),
            "TypeError: len() takes exactly one argument (0 given)"
        );
        assert_eq!(
            call_kw(&LEN, &[], &[("x", i(1))]).unwrap_err(),
            "TypeError: len() takes no keyword arguments"
        );
        assert_eq!(
            call(&DIVMOD, &[i(1)]).unwrap_err(),
            "TypeError: divmod expected 2 arguments, got 1"
        );
        assert_eq!(
            call(&ITER, &[]).unwrap_err(),
            "TypeError: iter expected at least 1 argument, got 0"
        );
        assert_eq!(
            call(&NEXT, &[i(1), i(2), i(3)]).unwrap_err(),
            "TypeError: next expected at most 2 arguments, got 3"
        );
        assert_eq!(
            call(&ROUND, &[]).unwrap_err(),
            "TypeError: round() missing required argument 'number' (pos 1)"
        );
        assert_eq!(
            call(&ROUND, &[i(1), i(2), i(3)]).unwrap_err(),
            "TypeError: round() takes at most 2 arguments (3 given)"
        );
        assert_eq!(
            call_kw(&POW, &[i(2)], &[("foo", i(1))]).unwrap_err(),
            "TypeError: pow() missing required argument 'exp' (pos 2)"
        );
        assert_eq!(
            call_kw(&POW, &[i(2), i(3)], &[("base", i(1))]).unwrap_err(),
            "TypeError: argument for pow() given by name ('base') and position (1)"
        );
        assert_eq!(
            call_kw(&ROUND, &[i(1)], &[("foo", i(2))]).unwrap_err(),
            "TypeError: 'foo' is an invalid keyword argument for round()"
        );
        assert_eq!(
            call(&GETATTR, &[i(1)]).unwrap_err(),
            "TypeError: getattr expected at least 2 arguments, got 1"
        );
        assert_eq!(
            call(&INPUT, &[i(1), i(2)]).unwrap_err(),
            "TypeError: input expected at most 1 argument, got 2"
        );
    }

    #[test]
    fn ord_and_chr() {
        assert_eq!(call(&ORD, &[s("a")]), Ok(i(97)));
        assert_eq!(call(&ORD, &[s("é")]), Ok(i(233)));
        assert_eq!(call(&ORD, &[s("😀")]), Ok(i(0x1f600)));
        assert_eq!(
            call(&ORD, &[s("ab")]).unwrap_err(),
            "TypeError: ord() expected a character, but string of length 2 found"
        );
        assert_eq!(
            call(&ORD, &[s("")]).unwrap_err(),
            "TypeError: ord() expected a character, but string of length 0 found"
        );
        assert_eq!(
            call(&ORD, &[i(1)]).unwrap_err(),
            "TypeError: ord() expected string of length 1, but int found"
        );
        assert_eq!(text(call(&CHR, &[i(97)])), "a");
        assert_eq!(text(call(&CHR, &[i(0x1f600)])), "😀");
        assert_eq!(text(call(&CHR, &[object::boolean(true)])), "\u{1}");
        assert_eq!(
            call(&CHR, &[i(-1)]).unwrap_err(),
            "ValueError: chr() arg not in range(0x110000)"
        );
        assert_eq!(
            call(&CHR, &[i(0x110000)]).unwrap_err(),
            "ValueError: chr() arg not in range(0x110000)"
        );
        assert_eq!(
            call(&CHR, &[i(1 << 40)]).unwrap_err(),
            "OverflowError: Python int too large to convert to C int"
        );
        assert_eq!(
            call(&CHR, &[s("a")]).unwrap_err(),
            "TypeError: 'str' object cannot be interpreted as an integer"
        );
    }

    #[test]
    fn isinstance_and_issubclass() {
        let int_t = object::INT_TYPE.value();
        let str_t = object::STR_TYPE.value();
        let nested = crate::objects::tuple::from_slice(&[
            str_t,
            crate::objects::tuple::from_slice(&[int_t]),
        ]);
        assert_eq!(call(&ISINSTANCE, &[i(1), int_t]), Ok(object::boolean(true)));
        assert_eq!(
            call(&ISINSTANCE, &[object::boolean(true), nested]),
            Ok(object::boolean(true))
        );
        assert_eq!(
            call(&ISINSTANCE, &[s("x"), int_t]),
            Ok(object::boolean(false))
        );
        let bad = crate::objects::tuple::from_slice(&[int_t, i(1)]);
        assert_eq!(call(&ISINSTANCE, &[i(1), bad]), Ok(object::boolean(true)));
        assert_eq!(
            call(&ISINSTANCE, &[s("x"), bad]).unwrap_err(),
            "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union"
        );
        assert_eq!(
            call(&ISINSTANCE, &[i(1)]).unwrap_err(),
            "TypeError: isinstance expected 2 arguments, got 1"
        );
        let bool_t = object::BOOL_TYPE.value();
        assert_eq!(
            call(&ISSUBCLASS, &[bool_t, nested]),
            Ok(object::boolean(true))
        );
        assert_eq!(
            call(
                &ISSUBCLASS,
                &[exc::KEY_ERROR.value(), exc::LOOKUP_ERROR.value()]
            ),
            Ok(object::boolean(true))
        );
        assert_eq!(
            call(&ISSUBCLASS, &[i(1), int_t]).unwrap_err(),
            "TypeError: issubclass() arg 1 must be a class"
        );
        assert_eq!(
            call(&ISSUBCLASS, &[int_t, i(1)]).unwrap_err(),
            "TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union"
        );
        assert_eq!(
            call(&ISSUBCLASS, &[i(1), i(1)]).unwrap_err(),
            "TypeError: issubclass() arg 1 must be a class"
        );
    }

    #[test]
    fn repr_ascii_format_args() {
        assert_eq!(text(call(&REPR, &[s("a")])), "'a'");
        assert_eq!(
            text(call(&ASCII, &[s("é\u{1234}\u{1f600}x")])),
            "'\\xe9\\u1234\\U0001f600x'"
        );
        assert_eq!(text(call(&FORMAT, &[s("a")])), "a");
        assert_eq!(
            call(&FORMAT, &[i(1), i(2)]).unwrap_err(),
            "TypeError: format() argument 2 must be str, not int"
        );
    }

    #[test]
    fn misc_functions() {
        assert_eq!(call(&LEN, &[s("héllo")]), Ok(i(5)));
        assert_eq!(
            call(&CALLABLE, &[lookup("len").unwrap_or(i(0))]),
            Ok(object::boolean(true))
        );
        assert_eq!(
            call(&CALLABLE, &[object::INT_TYPE.value()]),
            Ok(object::boolean(true))
        );
        assert_eq!(call(&CALLABLE, &[i(1)]), Ok(object::boolean(false)));
        assert_eq!(
            call(&HASH, &[crate::objects::list::from_vec(vec![])]).unwrap_err(),
            "TypeError: unhashable type: 'list'"
        );
        assert_eq!(
            call(&ABS, &[s("x")]).unwrap_err(),
            "TypeError: bad operand type for abs(): 'str'"
        );
        assert_eq!(
            call(&DIVMOD, &[s("x"), i(1)]).unwrap_err(),
            "TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'"
        );
        assert_eq!(
            call(&POW, &[s("x"), i(1)]).unwrap_err(),
            "TypeError: unsupported operand type(s) for ** or pow(): 'str' and 'int'"
        );
        assert_eq!(
            call(&ROUND, &[s("x")]).unwrap_err(),
            "TypeError: type str doesn't define __round__ method"
        );
        assert_eq!(
            call(&HEX, &[crate::objects::float::new(1.5)]).unwrap_err(),
            "TypeError: 'float' object cannot be interpreted as an integer"
        );
        let a = call(&ID, &[s("x")]).expect("id");
        assert!(!int::is_negative(a));
    }

    #[test]
    fn attributes() {
        assert_eq!(
            call(&GETATTR, &[i(1), i(2)]).unwrap_err(),
            "TypeError: attribute name must be string, not 'int'"
        );
        assert_eq!(
            call(&GETATTR, &[i(1), s("nope")]).unwrap_err(),
            "AttributeError: 'int' object has no attribute 'nope'"
        );
        assert_eq!(call(&GETATTR, &[i(1), s("nope"), i(5)]), Ok(i(5)));
        assert_eq!(
            call(&HASATTR, &[i(1), s("nope")]),
            Ok(object::boolean(false))
        );
        assert_eq!(
            call(&HASATTR, &[i(1), s("real")]),
            Ok(object::boolean(true))
        );
        assert_eq!(call(&GETATTR, &[i(7), s("real")]), Ok(i(7)));
        assert_eq!(
            call(&SETATTR, &[i(1), s("x"), i(2)]).unwrap_err(),
            "AttributeError: 'int' object has no attribute 'x'"
        );
    }

    #[test]
    fn next_default_and_stop() {
        let it = dispatch::iter(crate::objects::tuple::from_slice(&[i(1)])).expect("iter");
        assert_eq!(call(&NEXT, &[it]), Ok(i(1)));
        assert_eq!(call(&NEXT, &[it, i(9)]), Ok(i(9)));
        assert_eq!(call(&NEXT, &[it]).unwrap_err(), "StopIteration: ");
        assert_eq!(
            call(&NEXT, &[i(1)]).unwrap_err(),
            "TypeError: 'int' object is not an iterator"
        );
    }

    #[test]
    fn exit_raises_system_exit() {
        assert_eq!(call(&EXIT, &[i(3)]).unwrap_err(), "SystemExit: 3");
        assert_eq!(call(&QUIT, &[]).unwrap_err(), "SystemExit: None");
        assert!(lookup("exit").is_some());
    }
}

#[cfg(test)]
mod names_tests {
    use alrt_abi::builtins::{is_builtin, NAMES};

    #[test]
    fn every_abi_name_resolves() {
        let missing: Vec<_> = NAMES
            .iter()
            .filter(|n| super::lookup(n).is_none())
            .collect();
        assert!(missing.is_empty(), "not found by lookup: {missing:?}");
    }

    #[test]
    fn every_builtin_object_is_named_in_the_abi() {
        let names = super::FUNCTIONS.iter().map(|f| f.name);
        let names = names.chain(super::TYPES.iter().map(|t| t.name));
        let names = names.chain(crate::exc::ALL.iter().map(|t| t.name));
        let unnamed: Vec<_> = names.filter(|n| !is_builtin(n)).collect();
        assert!(
            unnamed.is_empty(),
            "missing from alrt_abi::builtins::NAMES: {unnamed:?}"
        );
    }
}
