//! The built-in functions of one or two values (`len`, `abs`, `repr`,
//! `ord`, `hex`, `round`, `pow`, `divmod`, `hash`, `id`, ...), the type
//! tests (`isinstance`, `issubclass`), `iter` and `next`, and `exit`.

use super::args::{bind_clinic, check_positional, is_int, not_an_integer, one, opt};
use crate::exc;
use crate::exc::error::{type_error, value_error, R};
use crate::object::{self, type_name, Kind, TypeObj};
use crate::objects::func::BuiltinObj;
use crate::protocol::args::Args;
use crate::value::Value;
use crate::{objects::int, protocol::dispatch, protocol::num};

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
/// `aiter`
pub static AITER: BuiltinObj = BuiltinObj::new("aiter", aiter);
/// `anext`
pub static ANEXT: BuiltinObj = BuiltinObj::new("anext", anext);
/// `repr(obj)`
pub static REPR: BuiltinObj = BuiltinObj::new("repr", repr);
/// `ascii(obj)`
pub static ASCII: BuiltinObj = BuiltinObj::new("ascii", ascii);
/// `format(value, format_spec='')`
pub static FORMAT: BuiltinObj = BuiltinObj::new("format", format);
/// `callable(obj)`
pub static CALLABLE: BuiltinObj = BuiltinObj::new("callable", callable);
/// `exit(code=None)` (CPython's `site` adds it; scripts use it).
pub static EXIT: BuiltinObj = BuiltinObj::new("exit", exit);
/// `quit(code=None)`, the same as `exit`.
pub static QUIT: BuiltinObj = BuiltinObj::new("quit", quit);

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
    if v.kind() == Kind::Complex && !crate::class::ops::is_user(v) {
        let z = crate::objects::complex::parts(v);
        return Ok(crate::objects::float::new(crate::objects::complex::abs(z)?));
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
        | Kind::StaticMethod => true,
        // Getsets and members are not callable.
        Kind::Descr => !crate::types::descr::is_data(v.as_ref()),
        Kind::Instance => crate::class::ops::is_callable(v),
        _ => false,
    }
}

fn ord(args: Args) -> R<Value> {
    let v = one("ord", &args)?;
    if matches!(v.kind(), Kind::Bytes | Kind::ByteArray) && !v.is_small() {
        let d = crate::objects::bytes::data(v).unwrap_or_default();
        return match *d {
            [b] => Ok(Value::from_small(b as i64)),
            _ => Err(type_error(format!(
                "ord() expected a character, but string of length {} found",
                d.len()
            ))),
        };
    }
    let Some(s) = crate::objects::str::try_str(v) else {
        return Err(type_error(format!(
            "ord() expected string of length 1, but {} found",
            type_name(v)
        )));
    };
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(Value::from_small(crate::objects::str::code_point(c) as i64)),
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
    let c = crate::objects::str::char_of(n as u32)?;
    let mut buf = [0u8; 4];
    Ok(crate::objects::str::new(c.encode_utf8(&mut buf)))
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
    let cx = |v: Value| crate::objects::complex::as_complex(v).is_some();
    if cx(base) || cx(exp) || m.is_some_and(cx) {
        let num_or_cx = |v: Value| is_number(v) || cx(v);
        if num_or_cx(base) && num_or_cx(exp) {
            match m {
                None => return dispatch::binop(alrt_abi::ops::BinOp::Pow, base, exp),
                Some(m) if num_or_cx(m) => return Err(value_error("complex modulo")),
                Some(_) => {}
            }
        }
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
        Kind::Type => crate::class::meta::instance_check(v, cls.as_ref::<TypeObj>()),
        Kind::Alias => crate::objects::alias::instance_of(v, cls, instance_of),
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
            _ if crate::class::meta::user_meta(cls.as_ref::<TypeObj>()).is_some() => {
                match crate::class::meta::subclass_hook(c, cls.as_ref::<TypeObj>())? {
                    Some(r) => Ok(r),
                    None => match c.downcast::<TypeObj>() {
                        Some(t) => Ok(t.is_subtype(cls.as_ref::<TypeObj>())),
                        None => Err(type_error("issubclass() arg 1 must be a class")),
                    },
                }
            }
            Some(t) => Ok(t.is_subtype(cls.as_ref::<TypeObj>())),
            None => Err(type_error("issubclass() arg 1 must be a class")),
        },
        Kind::Alias if c.kind() == Kind::Type => {
            crate::objects::alias::instance_of(c, cls, subclass_of).map_err(|_| {
                type_error("issubclass() argument 2 cannot be a parameterized generic")
            })
        }
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
        return Ok(crate::objects::iter::callable(pos[0], pos[1]));
    }
    dispatch::iter(pos[0])
}

fn next(args: Args) -> R<Value> {
    let pos = check_positional("next", &args, 1, 2)?;
    if matches!(pos[0].kind(), Kind::Generator | Kind::AsyncAwait) {
        // A generator's StopIteration carries its return value (an
        // awaitable's, its result).
        let r = if pos[0].kind() == Kind::Generator {
            crate::objects::generator::send(pos[0], object::none())
        } else {
            crate::objects::async_gen::send(pos[0], object::none())
        };
        return match (r, pos.get(1)) {
            (Err(_), Some(d)) if crate::exc::error::take_pending_if(&exc::STOP_ITERATION) => Ok(*d),
            (r, _) => r,
        };
    }
    match dispatch::next(pos[0])? {
        Some(v) => Ok(v),
        None => match pos.get(1) {
            Some(d) => Ok(*d),
            None => Err(crate::exc::error::raise_empty(&exc::STOP_ITERATION)),
        },
    }
}

fn aiter(args: Args) -> R<Value> {
    let pos = args.positional_range("aiter", 1, 1)?;
    crate::protocol::asynchronous::aiter(pos[0])
}

fn anext(args: Args) -> R<Value> {
    let pos = check_positional("anext", &args, 1, 2)?;
    crate::protocol::asynchronous::anext(pos[0], pos.get(1).copied())
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
    use crate::builtins::{lookup, GETATTR, INPUT};
    use crate::testing::{call, call_kw, i, s, text};
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
