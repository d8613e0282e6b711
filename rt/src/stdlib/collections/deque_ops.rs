//! `collections.deque` operations: repr, comparison, indexing, `in`,
//! `+`/`*`, the `maxlen` attribute and the method table, with CPython
//! 3.11's messages.

use super::deque::{self, DEQUE_TYPE};
use crate::exc;
use crate::exc::error::{index_error, raise, type_error, value_error, Pending, R};
use crate::object::{self, Kind};
use crate::objects::list::ops::ReprGuard;
use crate::objects::slice;
use crate::protocol::args::Args;
use crate::protocol::{dispatch, key};
use crate::types::slots;
use crate::value::Value;
use alrt_abi::ops::CmpOp;

fn mutated() -> Pending {
    raise(&exc::RUNTIME_ERROR, "deque mutated during iteration")
}

// ============================ repr ============================

/// `repr(d)`: `deque([1, 2])`, `deque([1], maxlen=3)`, `[...]` for a deque
/// inside itself; a subclass shows its own name.
pub fn repr(d: Value) -> R<String> {
    let mut out = String::new();
    repr_into(d, &mut out)?;
    Ok(out)
}

/// Appends `repr(d)` to `out`.
pub fn repr_into(d: Value, out: &mut String) -> R<()> {
    let Some(_guard) = ReprGuard::enter(d) else {
        out.push_str("[...]");
        return Ok(());
    };
    let full = object::type_name(d);
    let name = full.rsplit('.').next().unwrap_or(full);
    let items = deque::snapshot(d);
    out.push_str(name);
    out.push_str("([");
    for (k, x) in items.iter().enumerate() {
        if k > 0 {
            out.push_str(", ");
        }
        dispatch::repr_into(*x, out)?;
    }
    out.push(']');
    if let Some(m) = deque::maxlen(d) {
        out.push_str(&format!(", maxlen={m}"));
    }
    out.push(')');
    Ok(())
}

// ============================ comparison ============================

/// Rich comparison of two deques, item by item as sequences compare; a
/// change to either deque during it is "deque mutated during iteration",
/// as CPython's comparison through iterators finds.
pub fn compare(a: Value, b: Value, op: CmpOp) -> R<bool> {
    let (na, nb) = (deque::len(a), deque::len(b));
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && na != nb {
        return Ok(op == CmpOp::Ne);
    }
    let (sa, sb) = (deque::state(a), deque::state(b));
    let mut i = 0;
    loop {
        if deque::state(a) != sa || deque::state(b) != sb {
            return Err(mutated());
        }
        let (Some(x), Some(y)) = (deque::get(a, i), deque::get(b, i)) else {
            break;
        };
        if !key::eq(x, y)? {
            return match op {
                CmpOp::Eq => Ok(false),
                CmpOp::Ne => Ok(true),
                _ => dispatch::compare_bool(x, y, op),
            };
        }
        i += 1;
    }
    Ok(op.test(deque::len(a).cmp(&deque::len(b))))
}

// ============================ indexing ============================

/// The position `k` names in deque `d`: an int (or `__index__`, which runs
/// before the length is read) with negative values counted from the right,
/// in range.
fn position(d: Value, k: Value) -> R<usize> {
    let i = match slice::as_index(k) {
        Some(i) => i?,
        None => {
            return Err(type_error(format!(
                "sequence index must be integer, not '{}'",
                object::type_name(k)
            )))
        }
    };
    let n = deque::len(d);
    let i = if i < 0 { i.wrapping_add(n as i64) } else { i };
    if i >= 0 && (i as u64) < n as u64 {
        Ok(i as usize)
    } else {
        Err(index_error("deque index out of range"))
    }
}

/// `d[k]`
pub fn getitem(d: Value, k: Value) -> R<Value> {
    let i = position(d, k)?;
    deque::get(d, i).ok_or_else(|| index_error("deque index out of range"))
}

/// `d[k] = x`
pub fn setitem(d: Value, k: Value, x: Value) -> R<()> {
    let i = position(d, k)?;
    deque::set(d, i, x);
    Ok(())
}

/// `del d[k]`
pub fn delitem(d: Value, k: Value) -> R<()> {
    let i = position(d, k)?;
    deque::remove_at(d, i);
    Ok(())
}

/// `x in d`
pub fn contains(d: Value, x: Value) -> R<bool> {
    let s = deque::state(d);
    let mut i = 0;
    while let Some(y) = deque::get(d, i) {
        if key::eq(y, x)? {
            return Ok(true);
        }
        if deque::state(d) != s {
            return Err(mutated());
        }
        i += 1;
    }
    Ok(false)
}

// ============================ + and * ============================

/// `a + b`: a copy of `a` (of its type) extended with the deque `b`.
pub fn concat(a: Value, b: Value) -> R<Value> {
    if b.kind() != Kind::Deque {
        return Err(type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            object::type_name(b)
        )));
    }
    let r = deque::copy(a)?;
    deque::extend(r, b)?;
    Ok(r)
}

/// `a * n`: a copy of `a` (of its type) repeated.
pub fn repeat(a: Value, n: i64) -> R<Value> {
    let r = deque::copy(a)?;
    deque::repeat_inplace(r, n)?;
    Ok(r)
}

// ============================ attributes and methods ============================

/// `d.maxlen`
pub fn maxlen_value(d: Value) -> Value {
    match deque::maxlen(d) {
        Some(m) => crate::objects::int::from_i64(m as i64),
        None => object::none(),
    }
}

/// The AttributeError of assigning or deleting `d.maxlen`.
pub fn maxlen_readonly() -> Pending {
    raise(
        &exc::ATTRIBUTE_ERROR,
        format!(
            "attribute 'maxlen' of '{}' objects is not writable",
            DEQUE_TYPE.name
        ),
    )
}

crate::attr_table! {
    /// The attributes of `collections.deque`.
    pub static ATTRS for deque::DEQUE_TYPE = [
        slot "__add__" => slots::add;
        classmethod "__class_getitem__" => slots::class_getitem;
        slot "__contains__" => slots::contains;
        method "__copy__" => deque_dunder_copy;
        slot "__delitem__" => slots::delitem;
        slot "__eq__" => slots::eq;
        slot "__ge__" => slots::ge;
        slot "__getattribute__" => slots::getattribute;
        slot "__getitem__" => slots::getitem;
        slot "__gt__" => slots::gt;
        none "__hash__";
        slot "__iadd__" => slots::iadd;
        slot "__imul__" => slots::imul;
        slot "__init__" => slots::init;
        slot "__iter__" => slots::iter;
        slot "__le__" => slots::le;
        slot "__len__" => slots::len;
        slot "__lt__" => slots::lt;
        slot "__mul__" => slots::mul;
        slot "__ne__" => slots::ne;
        new "__new__" => slots::new;
        method "__reduce__" => deque_dunder_reduce;
        slot "__repr__" => slots::repr;
        method "__reversed__" => slots::reversed;
        slot "__rmul__" => slots::rmul;
        slot "__setitem__" => slots::setitem;
        method "append" => deque_append;
        method "appendleft" => deque_appendleft;
        method "clear" => deque_clear;
        method "copy" => deque_copy;
        method "count" => deque_count;
        method "extend" => deque_extend;
        method "extendleft" => deque_extendleft;
        method "index" => deque_index;
        method "insert" => deque_insert;
        getset "maxlen" => |d| Ok(maxlen_value(d));
        method "pop" => deque_pop;
        method "popleft" => deque_popleft;
        method "remove" => deque_remove;
        method "reverse" => deque_reverse;
        method "rotate" => deque_rotate;
    ]
}

fn deque_append(d: Value, args: Args) -> R<Value> {
    let none = object::none();
    deque::append(d, args.positional_range("deque.append", 1, 1)?[0]);
    Ok(none)
}

fn deque_appendleft(d: Value, args: Args) -> R<Value> {
    let none = object::none();
    deque::appendleft(d, args.positional_range("deque.appendleft", 1, 1)?[0]);
    Ok(none)
}

fn deque_pop(d: Value, args: Args) -> R<Value> {
    args.positional_range("deque.pop", 0, 0)?;
    deque::pop(d)
}

fn deque_popleft(d: Value, args: Args) -> R<Value> {
    args.positional_range("deque.popleft", 0, 0)?;
    deque::popleft(d)
}

fn deque_extend(d: Value, args: Args) -> R<Value> {
    let none = object::none();
    deque::extend(d, args.positional_range("deque.extend", 1, 1)?[0])?;
    Ok(none)
}

fn deque_extendleft(d: Value, args: Args) -> R<Value> {
    let none = object::none();
    deque::extendleft(d, args.positional_range("deque.extendleft", 1, 1)?[0])?;
    Ok(none)
}

fn deque_rotate(d: Value, args: Args) -> R<Value> {
    let none = object::none();
    let a = crate::builtins::args::check_positional("deque.rotate", &args, 0, 1)?;
    let n = match a.first() {
        Some(v) => slice::index_arg(*v)?,
        None => 1,
    };
    deque::rotate(d, n);
    Ok(none)
}

fn deque_clear(d: Value, args: Args) -> R<Value> {
    let none = object::none();
    args.positional_range("deque.clear", 0, 0)?;
    deque::clear(d);
    Ok(none)
}

fn deque_copy(d: Value, args: Args) -> R<Value> {
    args.positional_range("deque.copy", 0, 0)?;
    deque::copy(d)
}

fn deque_dunder_copy(d: Value, args: Args) -> R<Value> {
    args.positional_range("deque.__copy__", 0, 0)?;
    deque::copy(d)
}

fn deque_dunder_reduce(d: Value, args: Args) -> R<Value> {
    args.positional_range("deque.__reduce__", 0, 0)?;
    reduce(d)
}

fn deque_reverse(d: Value, args: Args) -> R<Value> {
    let none = object::none();
    args.positional_range("deque.reverse", 0, 0)?;
    deque::reverse(d);
    Ok(none)
}

fn deque_count(d: Value, args: Args) -> R<Value> {
    let x = args.positional_range("deque.count", 1, 1)?[0];
    let s = deque::state(d);
    let (mut i, mut n) = (0, 0i64);
    while let Some(y) = deque::get(d, i) {
        if key::eq(y, x)? {
            n += 1;
        }
        if deque::state(d) != s {
            return Err(mutated());
        }
        i += 1;
    }
    Ok(Value::from_small(n))
}

fn deque_index(d: Value, args: Args) -> R<Value> {
    index(d, args)
}

fn deque_insert(d: Value, args: Args) -> R<Value> {
    let none = object::none();
    args.no_kwargs("deque.insert")?;
    if args.pos.len() != 2 {
        return Err(type_error(format!(
            "insert() takes exactly 2 arguments ({} given)",
            args.pos.len()
        )));
    }
    let i = slice::index_arg(args.pos[0])?;
    deque::insert(d, i, args.pos[1])?;
    Ok(none)
}

fn deque_remove(d: Value, args: Args) -> R<Value> {
    let none = object::none();
    let x = args.positional_range("deque.remove", 1, 1)?[0];
    let s = deque::state(d);
    let mut i = 0;
    while let Some(y) = deque::get(d, i) {
        let found = key::eq(y, x)?;
        if deque::state(d) != s {
            return Err(index_error("deque mutated during iteration"));
        }
        if found {
            deque::remove_at(d, i);
            return Ok(none);
        }
        i += 1;
    }
    Err(value_error(format!(
        "{} is not in deque",
        dispatch::repr(x)?
    )))
}

/// `d.__reduce__()`, which `copy` and `pickle` use: `(type(d), (), state,
/// iter(d))`, or `(type(d), ((), maxlen), state, iter(d))` for a bounded
/// deque; `state` is a subclass instance's attribute dict, or None.
pub fn reduce(d: Value) -> R<Value> {
    let ty = object::type_of(d).value();
    let args = match deque::maxlen(d) {
        None => crate::objects::tuple::from_slice(&[]),
        Some(m) => crate::objects::tuple::from_slice(&[
            crate::objects::tuple::from_slice(&[]),
            crate::objects::int::from_i64(m as i64),
        ]),
    };
    let state = match dispatch::getattr(d, crate::objects::str::new("__dict__")) {
        Ok(dict) if dispatch::truthy(dict)? => dict,
        Ok(_) => object::none(),
        Err(e) => {
            if !crate::exc::error::take_pending_if(&exc::ATTRIBUTE_ERROR) {
                return Err(e);
            }
            object::none()
        }
    };
    let it = dispatch::iter(d)?;
    Ok(crate::objects::tuple::from_slice(&[ty, args, state, it]))
}

/// `d.index(x, start=0, stop=len(d))`
fn index(d: Value, args: Args) -> R<Value> {
    args.no_kwargs("deque.index")?;
    let n = args.pos.len();
    if n == 0 {
        return Err(type_error("index() takes at least 1 argument (0 given)"));
    }
    if n > 3 {
        return Err(type_error(format!(
            "index() takes at most 3 arguments ({n} given)"
        )));
    }
    let x = args.pos[0];
    let bounds = slice::index_bounds(args.pos.get(1), args.pos.get(2))?;
    // Read after the bounds, whose `__index__` may change the deque.
    let len = deque::len(d) as i64;
    let (start, stop) = slice::resolve_bounds(bounds, len);
    let stop = stop.min(len);
    let start = start.min(stop);
    let s = deque::state(d);
    for i in start..stop {
        let Some(y) = deque::get(d, i as usize) else {
            break;
        };
        if key::eq(y, x)? {
            return Ok(Value::from_small(i));
        }
        if deque::state(d) != s {
            return Err(mutated());
        }
    }
    Err(value_error(format!(
        "{} is not in deque",
        dispatch::repr(x)?
    )))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{err_text, i, ints, r, s, show};

    fn new(items: &[i64], maxlen: Option<usize>) -> Value {
        let d = deque::alloc(&DEQUE_TYPE, maxlen);
        deque::extend(d, ints(items)).unwrap();
        d
    }

    fn call(d: Value, name: &str, pos: &[Value]) -> String {
        show(crate::testing::call_method(d, name, Args::positional(pos)))
    }

    #[test]
    fn type_names() {
        // python3 -c 'from collections import deque; print(deque.__name__, deque.__module__, deque)'
        assert_eq!(DEQUE_TYPE.short_name(), "deque");
        assert_eq!(DEQUE_TYPE.builtin_module(), "collections");
        assert_eq!(crate::object::LIST_TYPE.builtin_module(), "builtins");
        assert_eq!(r(DEQUE_TYPE.value()), "<class 'collections.deque'>");
        assert_eq!(
            show(crate::protocol::dispatch::hash(new(&[], None)).map(|_| object::none())),
            "!TypeError: unhashable type: 'collections.deque'"
        );
        assert_eq!(
            r(crate::objects::alias::generic(
                DEQUE_TYPE.value(),
                object::INT_TYPE.value()
            )),
            "collections.deque[int]"
        );
    }

    #[test]
    fn reprs() {
        assert_eq!(r(new(&[], None)), "deque([])");
        assert_eq!(r(new(&[1, 2], Some(3))), "deque([1, 2], maxlen=3)");
        assert_eq!(r(new(&[], Some(0))), "deque([], maxlen=0)");
        // python3 -c 'from collections import deque; e = deque(); e.append(e); print(e)'
        let e = new(&[], None);
        deque::append(e, e);
        assert_eq!(r(e), "deque([[...]])");
    }

    #[test]
    fn indexing() {
        // Messages from python3: d = deque([1, 2, 3]); d[5], d['a'], d[2**70], del d[1:2]
        let d = new(&[1, 2, 3], None);
        assert_eq!(getitem(d, i(-1)).unwrap(), i(3));
        assert_eq!(getitem(d, object::boolean(true)).unwrap(), i(2));
        assert_eq!(
            show(getitem(d, i(3))),
            "!IndexError: deque index out of range"
        );
        assert_eq!(
            show(getitem(d, i(-4))),
            "!IndexError: deque index out of range"
        );
        assert_eq!(
            show(getitem(d, s("a"))),
            "!TypeError: sequence index must be integer, not 'str'"
        );
        let huge = crate::objects::int::from_i128(1 << 70);
        assert_eq!(
            show(getitem(d, huge)),
            "!IndexError: cannot fit 'int' into an index-sized integer"
        );
        setitem(d, i(-1), i(9)).unwrap();
        assert!(setitem(d, i(3), i(0)).is_err());
        assert_eq!(err_text(), "IndexError: deque index out of range");
        delitem(d, i(0)).unwrap();
        assert_eq!(r(d), "deque([2, 9])");
        let sl = crate::testing::sl(Some(1), Some(2), None);
        assert!(delitem(d, sl).is_err());
        assert_eq!(
            err_text(),
            "TypeError: sequence index must be integer, not 'slice'"
        );
    }

    #[test]
    fn comparisons_and_arithmetic() {
        let (a, b) = (new(&[1, 2], None), new(&[1, 2], Some(5)));
        assert!(compare(a, b, CmpOp::Eq).unwrap());
        assert!(compare(a, new(&[1, 2, 0], None), CmpOp::Le).unwrap());
        assert!(compare(a, new(&[1], None), CmpOp::Gt).unwrap());
        assert!(!compare(a, new(&[1, 3], None), CmpOp::Ge).unwrap());
        // python3 -c 'from collections import deque; print(deque([1], 2) + deque([7, 8, 9]), deque([1, 2], 3) * 2)'
        assert_eq!(
            show(concat(new(&[1], Some(2)), new(&[7, 8, 9], None))),
            "deque([8, 9], maxlen=2)"
        );
        assert_eq!(
            show(concat(a, ints(&[1]))),
            "!TypeError: can only concatenate deque (not \"list\") to deque"
        );
        assert_eq!(
            show(repeat(new(&[1, 2], Some(3)), 2)),
            "deque([2, 1, 2], maxlen=3)"
        );
        assert_eq!(show(repeat(a, -1)), "deque([])");
        assert_eq!(r(a), "deque([1, 2])");
    }

    #[test]
    fn methods() {
        // Each expected text is what python3 prints for the same call.
        let d = new(&[1, 2, 3, 2], None);
        assert_eq!(call(d, "count", &[i(2)]), "2");
        assert_eq!(call(d, "index", &[i(2)]), "1");
        assert_eq!(call(d, "index", &[i(2), i(2)]), "3");
        assert_eq!(
            call(d, "index", &[i(2), i(-2), i(-1)]),
            "!ValueError: 2 is not in deque"
        );
        assert_eq!(call(d, "index", &[i(1), i(-5), i(10)]), "0");
        assert_eq!(
            call(d, "index", &[i(2), s("a")]),
            "!TypeError: slice indices must be integers or have an __index__ method"
        );
        assert_eq!(
            call(d, "index", &[]),
            "!TypeError: index() takes at least 1 argument (0 given)"
        );
        assert_eq!(
            call(d, "index", &[i(1), i(1), i(1), i(1)]),
            "!TypeError: index() takes at most 3 arguments (4 given)"
        );
        assert_eq!(call(d, "remove", &[i(2)]), "None");
        assert_eq!(r(d), "deque([1, 3, 2])");
        assert_eq!(call(d, "remove", &[i(5)]), "!ValueError: 5 is not in deque");
        assert_eq!(
            call(d, "insert", &[i(1)]),
            "!TypeError: insert() takes exactly 2 arguments (1 given)"
        );
        assert_eq!(call(d, "rotate", &[]), "None");
        assert_eq!(r(d), "deque([2, 1, 3])");
        assert_eq!(
            call(d, "rotate", &[i(1), i(2)]),
            "!TypeError: deque.rotate expected at most 1 argument, got 2"
        );
        assert_eq!(
            call(d, "rotate", &[s("a")]),
            "!TypeError: 'str' object cannot be interpreted as an integer"
        );
        assert_eq!(
            call(d, "append", &[]),
            "!TypeError: deque.append() takes exactly one argument (0 given)"
        );
        assert_eq!(
            call(d, "pop", &[i(1)]),
            "!TypeError: deque.pop() takes no arguments (1 given)"
        );
        assert_eq!(call(d, "copy", &[]), "deque([2, 1, 3])");
        assert_eq!(call(d, "__copy__", &[]), "deque([2, 1, 3])");
        assert_eq!(call(d, "reverse", &[]), "None");
        assert_eq!(r(d), "deque([3, 1, 2])");
        assert_eq!(
            call(d, "extend", &[i(5)]),
            "!TypeError: 'int' object is not iterable"
        );
        assert!(contains(d, i(1)).unwrap());
        assert!(!contains(d, i(7)).unwrap());
        assert_eq!(call(d, "clear", &[]), "None");
        assert_eq!(
            call(d, "popleft", &[]),
            "!IndexError: pop from an empty deque"
        );
    }
}
