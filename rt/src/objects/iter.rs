//! Iterators: one object kind (`Kind::Iter`) whose state says what it walks
//! (list, tuple, str, range, dict and its views, set) or which lazy builtin
//! it is (enumerate, zip, map, filter, reversed). Each iterator's type
//! object carries CPython's type name (`list_iterator`, `range_iterator`, ...).

use crate::exc;
use crate::exc::error::{raise, type_error, value_error, R};
use crate::object::{self, Header, Kind, Object, TypeObj, OBJECT_TYPE};
use crate::objects::str::StrObj;
use crate::protocol::args::Args;
use crate::value::Value;
use std::cell::RefCell;

/// Declares each iterator type with its attribute table (`__iter__`,
/// `__next__`), in a module named after it.
macro_rules! iter_types {
    ($($id:ident = $name:expr;)*) => {
        $(#[doc = concat!("`", $name, "`")]
        pub static $id: TypeObj = TypeObj::builtin($name, Some(&OBJECT_TYPE), Kind::Iter)
            .with_attrs(&tables::$id);)*
        #[allow(non_snake_case)]
        mod tables {
            use super::*;
            $(crate::attr_table! {
                #[doc = concat!("The attributes of `", $name, "`.")]
                pub static $id for super::$id = [
                    slot "__getattribute__" => crate::types::slots::getattribute;
                    slot "__iter__" => iter_method;
                    slot "__next__" => next_method;
                ]
            })*
        }
    };
}

iter_types! {
    LIST_ITERATOR = "list_iterator";
    LIST_REVERSEITERATOR = "list_reverseiterator";
    TUPLE_ITERATOR = "tuple_iterator";
    STR_ASCII_ITERATOR = "str_ascii_iterator";
    STR_ITERATOR = "str_iterator";
    RANGE_ITERATOR = "range_iterator";
    LONGRANGE_ITERATOR = "longrange_iterator";
    DICT_KEYITERATOR = "dict_keyiterator";
    DICT_VALUEITERATOR = "dict_valueiterator";
    DICT_ITEMITERATOR = "dict_itemiterator";
    DICT_REVERSEKEYITERATOR = "dict_reversekeyiterator";
    DICT_REVERSEVALUEITERATOR = "dict_reversevalueiterator";
    DICT_REVERSEITEMITERATOR = "dict_reverseitemiterator";
    SET_ITERATOR = "set_iterator";
    ENUMERATE = "enumerate";
    ZIP = "zip";
    MAP = "map";
    FILTER = "filter";
    REVERSED = "reversed";
    CALLABLE_ITERATOR = "callable_iterator";
    DEQUE_ITERATOR = "_collections._deque_iterator";
    DEQUE_REVERSE_ITERATOR = "_collections._deque_reverse_iterator";
    BYTES_ITERATOR = "bytes_iterator";
    BYTEARRAY_ITERATOR = "bytearray_iterator";
    MEMORY_ITERATOR = "memory_iterator";
    ARRAY_ITERATOR = "array.arrayiterator";
}

/// What a dict iterator yields.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictPart {
    Keys,
    Values,
    Items,
}

/// The state of an iterator. A walked container is replaced by null once
/// the iterator is exhausted, so it stays exhausted (as in CPython).
pub enum IterState {
    /// Index-based; sees items appended during the loop.
    List {
        list: Value,
        idx: usize,
    },
    ListRev {
        list: Value,
        idx: isize,
    },
    Tuple {
        tuple: Value,
        idx: usize,
    },
    /// A bytes, bytearray or memoryview, by index (sees a bytearray grow).
    Bytes {
        seq: Value,
        idx: usize,
    },
    /// `byte` is the offset of the next character in the text.
    Str {
        s: Value,
        byte: usize,
    },
    Range {
        next: i64,
        step: i64,
        left: u64,
    },
    LongRange {
        next: Value,
        step: Value,
        left: Value,
    },
    Dict {
        dict: Value,
        part: DictPart,
        pos: usize,
        used: usize,
        left: usize,
    },
    DictRev {
        dict: Value,
        part: DictPart,
        pos: isize,
        used: usize,
    },
    Set {
        set: Value,
        pos: usize,
        used: usize,
        left: usize,
    },
    Enumerate {
        it: Value,
        count: Value,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        f: Value,
        its: Vec<Value>,
    },
    Filter {
        f: Value,
        it: Value,
    },
    /// `reversed()` of a sequence read with `getitem`.
    Reversed {
        seq: Value,
        idx: i64,
    },
    /// `iter(callable, sentinel)`: calls `f` until it returns the sentinel
    /// (`f` becomes null then).
    Callable {
        f: Value,
        sentinel: Value,
    },
    /// A deque, from the left (or from the right: `rev`). `idx` is the
    /// position of the next item, `left` how many remain; `state` is the
    /// deque's mutation stamp when the iterator was made: any later
    /// mutation makes every `next` fail, even after the end, as in CPython.
    Deque {
        deque: Value,
        idx: usize,
        left: usize,
        state: u64,
        rev: bool,
    },
    /// An `array.array`, by index (sees items appended during the loop).
    Array {
        arr: Value,
        idx: usize,
    },
    /// `struct.iter_unpack`: the Struct, the bytes it reads and the offset
    /// of the next tuple (`crate::stdlib::structmod::object`).
    StructUnpack {
        st: Value,
        data: Value,
        pos: usize,
    },
}

/// An iterator object.
#[repr(C)]
pub struct IterObj {
    pub header: Header,
    pub state: RefCell<IterState>,
}

// SAFETY: repr(C), Header first; every Kind::Iter object is an IterObj.
unsafe impl Object for IterObj {
    const KINDS: &'static [Kind] = &[Kind::Iter];

    fn trace(&self, t: &mut crate::gc::Tracer) {
        match crate::gc::peek(&self.state) {
            IterState::List { list: v, .. }
            | IterState::ListRev { list: v, .. }
            | IterState::Tuple { tuple: v, .. }
            | IterState::Bytes { seq: v, .. }
            | IterState::Str { s: v, .. }
            | IterState::Dict { dict: v, .. }
            | IterState::DictRev { dict: v, .. }
            | IterState::Set { set: v, .. }
            | IterState::Reversed { seq: v, .. }
            | IterState::Deque { deque: v, .. }
            | IterState::Array { arr: v, .. } => t.visit(*v),
            IterState::Callable { f, sentinel } => {
                t.visit(*f);
                t.visit(*sentinel);
            }
            IterState::StructUnpack { st, data, .. } => {
                t.visit(*st);
                t.visit(*data);
            }
            IterState::Range { .. } => {}
            IterState::LongRange { next, step, left } => {
                t.visit(*next);
                t.visit(*step);
                t.visit(*left);
            }
            IterState::Enumerate { it, count } => {
                t.visit(*it);
                t.visit(*count);
            }
            IterState::Zip { its, .. } => t.visit_all(its),
            IterState::Map { f, its } => {
                t.visit(*f);
                t.visit_all(its);
            }
            IterState::Filter { f, it } => {
                t.visit(*f);
                t.visit(*it);
            }
        }
    }
}

fn iter_method(it: Value, args: Args) -> R<Value> {
    args.positional_range("__iter__", 0, 0)?;
    Ok(it)
}

fn next_method(it: Value, args: Args) -> R<Value> {
    args.positional_range("__next__", 0, 0)?;
    match next(it)? {
        Some(v) => Ok(v),
        None => Err(crate::exc::error::raise_empty(&exc::STOP_ITERATION)),
    }
}

/// `iter(f, sentinel)`: an iterator calling `f` until it returns `sentinel`.
pub fn callable(f: Value, sentinel: Value) -> Value {
    new(&CALLABLE_ITERATOR, IterState::Callable { f, sentinel })
}

/// A new iterator of type `ty` in `state`.
pub fn new(ty: &'static TypeObj, state: IterState) -> Value {
    Value::from_ref(crate::gc::alloc(IterObj {
        header: Header::new(ty),
        state: RefCell::new(state),
    }))
}

fn dict_iter(d: Value, part: DictPart) -> Value {
    let ty = match part {
        DictPart::Keys => &DICT_KEYITERATOR,
        DictPart::Values => &DICT_VALUEITERATOR,
        DictPart::Items => &DICT_ITEMITERATOR,
    };
    let used = crate::objects::dict::len(d);
    new(
        ty,
        IterState::Dict {
            dict: d,
            part,
            pos: 0,
            used,
            left: used,
        },
    )
}

fn view_part(v: Value) -> (Value, DictPart) {
    use crate::objects::dict::views::ViewKind;
    let (d, which) = crate::objects::dict::views::parts(v);
    let part = match which {
        ViewKind::Keys => DictPart::Keys,
        ViewKind::Values => DictPart::Values,
        ViewKind::Items => DictPart::Items,
    };
    (d, part)
}

/// The iterator over a range (CPython's `range_iter`: the fast kind when
/// start, stop, step, length and the value after the last fit in an i64).
fn range_iter(r: Value) -> Value {
    if let Some((start, stop, step, len)) = crate::objects::range::small_parts(r) {
        let overflow = len > 0
            && if step > 0 {
                stop > i64::MAX - (step - 1)
            } else {
                stop < i64::MIN + (-1 - step)
            };
        if !overflow {
            return new(
                &RANGE_ITERATOR,
                IterState::Range {
                    next: start,
                    step,
                    left: len as u64,
                },
            );
        }
    }
    let ro = r.as_ref::<crate::objects::range::RangeObj>();
    new(
        &LONGRANGE_ITERATOR,
        IterState::LongRange {
            next: ro.start,
            step: ro.step,
            left: ro.length,
        },
    )
}

/// An iterator for `v`, or `None` if `v` is not iterable. An iterator is
/// its own iterator.
pub fn make(v: Value) -> R<Option<Value>> {
    if v.is_small() {
        return Ok(None);
    }
    Ok(Some(match v.header().kind {
        Kind::Iter => v,
        Kind::List => new(&LIST_ITERATOR, IterState::List { list: v, idx: 0 }),
        Kind::Tuple => new(&TUPLE_ITERATOR, IterState::Tuple { tuple: v, idx: 0 }),
        Kind::Str => {
            let ty = if v.as_ref::<StrObj>().is_ascii() {
                &STR_ASCII_ITERATOR
            } else {
                &STR_ITERATOR
            };
            new(ty, IterState::Str { s: v, byte: 0 })
        }
        Kind::Range => range_iter(v),
        Kind::Dict => dict_iter(v, DictPart::Keys),
        Kind::DictView => {
            let (d, part) = view_part(v);
            dict_iter(d, part)
        }
        Kind::Set | Kind::FrozenSet => {
            let used = crate::objects::set::len(v);
            new(
                &SET_ITERATOR,
                IterState::Set {
                    set: v,
                    pos: 0,
                    used,
                    left: used,
                },
            )
        }
        Kind::Deque => deque_iter(v, false),
        Kind::Bytes => new(&BYTES_ITERATOR, IterState::Bytes { seq: v, idx: 0 }),
        Kind::ByteArray => new(&BYTEARRAY_ITERATOR, IterState::Bytes { seq: v, idx: 0 }),
        Kind::MemoryView => {
            crate::objects::bytes::memoryview::check_iterable(v)?;
            new(&MEMORY_ITERATOR, IterState::Bytes { seq: v, idx: 0 })
        }
        Kind::Array => new(&ARRAY_ITERATOR, IterState::Array { arr: v, idx: 0 }),
        _ => return Ok(None),
    }))
}

/// `iter(d)` or `reversed(d)` of a deque.
fn deque_iter(d: Value, rev: bool) -> Value {
    use crate::stdlib::collections::deque;
    let n = deque::len(d);
    new(
        if rev {
            &DEQUE_REVERSE_ITERATOR
        } else {
            &DEQUE_ITERATOR
        },
        IterState::Deque {
            deque: d,
            idx: if rev { n.wrapping_sub(1) } else { 0 },
            left: n,
            state: deque::state(d),
            rev,
        },
    )
}

/// The iterator's type name (`list_iterator`, `zip`, ...).
pub fn type_name(it: Value) -> &'static str {
    object::type_name(it)
}

#[inline]
fn obj(it: Value) -> &'static IterObj {
    it.as_ref::<IterObj>()
}

/// The next item, or `None` when the iterator is exhausted.
#[inline]
pub fn next(it: Value) -> R<Option<Value>> {
    let o = obj(it);
    {
        let mut st = o.state.borrow_mut();
        match &mut *st {
            IterState::List { list, idx } => {
                if list.is_null() {
                    return Ok(None);
                }
                if let Some(x) = crate::objects::list::obj(*list).items.get(*idx) {
                    *idx += 1;
                    return Ok(Some(x));
                }
                *list = Value::NULL;
                return Ok(None);
            }
            IterState::Range { next, step, left } => {
                if *left == 0 {
                    return Ok(None);
                }
                let cur = *next;
                *next = cur.wrapping_add(*step);
                *left -= 1;
                return Ok(Some(match Value::try_small(cur) {
                    Some(v) => v,
                    None => crate::objects::int::from_i64(cur),
                }));
            }
            _ => {}
        }
    }
    next_slow(o)
}

fn next_slow(o: &'static IterObj) -> R<Option<Value>> {
    let mut st = o.state.borrow_mut();
    match &mut *st {
        IterState::Deque {
            deque: d,
            idx,
            left,
            state,
            rev,
        } => {
            use crate::stdlib::collections::deque;
            if deque::state(*d) != *state {
                *left = 0;
                return Err(raise(&exc::RUNTIME_ERROR, "deque mutated during iteration"));
            }
            if *left == 0 {
                return Ok(None);
            }
            let x = deque::get(*d, *idx);
            *left -= 1;
            *idx = if *rev { idx.wrapping_sub(1) } else { *idx + 1 };
            Ok(x)
        }
        IterState::List { .. } | IterState::Range { .. } => Ok(None),
        IterState::Array { arr, idx } => {
            if arr.is_null() {
                return Ok(None);
            }
            match crate::stdlib::array::item_at(*arr, *idx)? {
                Some(x) => {
                    *idx += 1;
                    Ok(Some(x))
                }
                None => {
                    *arr = Value::NULL;
                    Ok(None)
                }
            }
        }
        IterState::StructUnpack { st, data, pos } => {
            if data.is_null() {
                return Ok(None);
            }
            let r = crate::stdlib::structmod::object::unpack_next(*st, *data, pos);
            if r.is_none() {
                *data = Value::NULL;
            }
            Ok(r)
        }
        IterState::ListRev { list, idx } => {
            if list.is_null() {
                return Ok(None);
            }
            let items = &crate::objects::list::obj(*list).items;
            if *idx >= 0 {
                if let Some(x) = items.get(*idx as usize) {
                    *idx -= 1;
                    return Ok(Some(x));
                }
            }
            *list = Value::NULL;
            *idx = -1;
            Ok(None)
        }
        IterState::Bytes { seq, idx } => {
            if seq.is_null() {
                return Ok(None);
            }
            match crate::objects::bytes::ops::item_at(*seq, *idx) {
                Some(x) => {
                    *idx += 1;
                    Ok(Some(x))
                }
                None => {
                    *seq = Value::NULL;
                    Ok(None)
                }
            }
        }
        IterState::Tuple { tuple, idx } => {
            if tuple.is_null() {
                return Ok(None);
            }
            match crate::objects::tuple::items(*tuple).get(*idx) {
                Some(x) => {
                    *idx += 1;
                    Ok(Some(*x))
                }
                None => {
                    *tuple = Value::NULL;
                    Ok(None)
                }
            }
        }
        IterState::Str { s, byte } => {
            if s.is_null() {
                return Ok(None);
            }
            match crate::objects::str::ops::next_char(s.as_ref::<StrObj>(), *byte) {
                Some((c, nb)) => {
                    *byte = nb;
                    Ok(Some(c))
                }
                None => {
                    *s = Value::NULL;
                    Ok(None)
                }
            }
        }
        IterState::LongRange { next, step, left } => {
            if *left == Value::from_small(0) {
                return Ok(None);
            }
            let (cur, stp, l) = (*next, *step, *left);
            let nx = crate::objects::int::from_ibig(
                crate::objects::int::to_ibig(cur) + crate::objects::int::to_ibig(stp),
            );
            let nl = crate::objects::int::from_ibig(
                crate::objects::int::to_ibig(l) - dashu_int::IBig::ONE,
            );
            *next = nx;
            *left = nl;
            Ok(Some(cur))
        }
        IterState::Dict {
            dict,
            part,
            pos,
            used,
            left,
        } => {
            if dict.is_null() {
                return Ok(None);
            }
            let d = *dict;
            if *used != crate::objects::dict::len(d) {
                *used = usize::MAX;
                return Err(raise(
                    &exc::RUNTIME_ERROR,
                    "dictionary changed size during iteration",
                ));
            }
            match crate::objects::dict::entry_from(d, *pos) {
                None => {
                    *dict = Value::NULL;
                    Ok(None)
                }
                Some((ix, e)) => {
                    if *left == 0 {
                        *dict = Value::NULL;
                        return Err(raise(
                            &exc::RUNTIME_ERROR,
                            "dictionary keys changed during iteration",
                        ));
                    }
                    *pos = ix + 1;
                    *left -= 1;
                    let part = *part;
                    drop(st);
                    Ok(Some(dict_item(part, e.key, e.value)))
                }
            }
        }
        IterState::DictRev {
            dict,
            part,
            pos,
            used,
        } => {
            if dict.is_null() {
                return Ok(None);
            }
            let d = *dict;
            if *used != crate::objects::dict::len(d) {
                *used = usize::MAX;
                return Err(raise(
                    &exc::RUNTIME_ERROR,
                    "dictionary changed size during iteration",
                ));
            }
            let mut i = *pos;
            let found = loop {
                if i < 0 {
                    break None;
                }
                let e = crate::objects::dict::entry_at(d, i as usize);
                if let Some(e) = e {
                    break Some(e);
                }
                i -= 1;
            };
            match found {
                None => {
                    *dict = Value::NULL;
                    Ok(None)
                }
                Some(e) => {
                    *pos = i - 1;
                    let part = *part;
                    drop(st);
                    Ok(Some(dict_item(part, e.key, e.value)))
                }
            }
        }
        IterState::Set {
            set,
            pos,
            used,
            left,
        } => {
            if set.is_null() {
                return Ok(None);
            }
            let s = *set;
            if *used != crate::objects::set::len(s) {
                *used = usize::MAX;
                return Err(raise(
                    &exc::RUNTIME_ERROR,
                    "Set changed size during iteration",
                ));
            }
            match crate::objects::set::entry_from(s, *pos) {
                None => {
                    *set = Value::NULL;
                    Ok(None)
                }
                Some((i, k)) => {
                    *pos = i + 1;
                    *left = left.saturating_sub(1);
                    Ok(Some(k))
                }
            }
        }
        IterState::Enumerate { it, count } => {
            let (inner, n) = (*it, *count);
            drop(st);
            let Some(x) = crate::protocol::dispatch::next(inner)? else {
                return Ok(None);
            };
            let next = if n.is_small() && n.small() < crate::value::SMALL_MAX {
                Value::from_small(n.small() + 1)
            } else {
                crate::objects::int::from_ibig(
                    crate::objects::int::to_ibig(n) + dashu_int::IBig::ONE,
                )
            };
            if let IterState::Enumerate { count, .. } = &mut *o.state.borrow_mut() {
                *count = next;
            }
            Ok(Some(crate::objects::tuple::from_slice(&[n, x])))
        }
        IterState::Zip { its, strict } => {
            let (its, strict) = (its.clone(), *strict);
            drop(st);
            zip_next(&its, strict)
        }
        IterState::Map { f, its } => {
            let (f, its) = (*f, its.clone());
            drop(st);
            // Rooted: each `next` may collect, and earlier items have no
            // other holder.
            let mut args = crate::gc::RootedVec::new();
            for it in its {
                match crate::protocol::dispatch::next(it)? {
                    Some(x) => args.push(x),
                    None => return Ok(None),
                }
            }
            crate::protocol::dispatch::call(f, Args::positional(&args[..])).map(Some)
        }
        IterState::Filter { f, it } => {
            let (f, inner) = (*f, *it);
            drop(st);
            let plain = object::is_none(f) || f == object::BOOL_TYPE.value();
            loop {
                let Some(x) = crate::protocol::dispatch::next(inner)? else {
                    return Ok(None);
                };
                let keep = if plain {
                    crate::protocol::dispatch::truthy(x)?
                } else {
                    let r = crate::protocol::dispatch::call(f, Args::positional(&[x]))?;
                    crate::protocol::dispatch::truthy(r)?
                };
                if keep {
                    return Ok(Some(x));
                }
            }
        }
        IterState::Callable { f, sentinel } => {
            if f.is_null() {
                return Ok(None);
            }
            let (func, sentinel) = (*f, *sentinel);
            drop(st);
            let exhaust = || {
                if let IterState::Callable { f, .. } = &mut *o.state.borrow_mut() {
                    *f = Value::NULL;
                }
            };
            match crate::protocol::dispatch::call(func, Args::positional(&[])) {
                Ok(x) => {
                    if crate::protocol::key::eq(x, sentinel)? {
                        exhaust();
                        return Ok(None);
                    }
                    Ok(Some(x))
                }
                Err(e) => {
                    // A StopIteration from the callable ends the iteration.
                    let pending = crate::exc::error::pending();
                    if object::isinstance(pending, &exc::STOP_ITERATION) {
                        crate::exc::error::take_pending();
                        exhaust();
                        return Ok(None);
                    }
                    Err(e)
                }
            }
        }
        IterState::Reversed { seq, idx } => {
            if seq.is_null() || *idx < 0 {
                return Ok(None);
            }
            let (s, i) = (*seq, *idx);
            drop(st);
            match crate::protocol::dispatch::getitem(s, Value::from_small(i)) {
                Ok(x) => {
                    if let IterState::Reversed { idx, .. } = &mut *o.state.borrow_mut() {
                        *idx = i - 1;
                    }
                    Ok(Some(x))
                }
                Err(e) => {
                    let pending = crate::exc::error::pending();
                    let stop = object::isinstance(pending, &exc::INDEX_ERROR)
                        || object::isinstance(pending, &exc::STOP_ITERATION);
                    if let IterState::Reversed { seq, idx } = &mut *o.state.borrow_mut() {
                        *seq = Value::NULL;
                        *idx = -1;
                    }
                    if stop {
                        crate::exc::error::take_pending();
                        Ok(None)
                    } else {
                        Err(e)
                    }
                }
            }
        }
    }
}

fn dict_item(part: DictPart, k: Value, v: Value) -> Value {
    match part {
        DictPart::Keys => k,
        DictPart::Values => v,
        DictPart::Items => crate::objects::tuple::from_slice(&[k, v]),
    }
}

/// `zip.__next__`, with `strict=True`'s length checks as CPython words them.
fn zip_next(its: &[Value], strict: bool) -> R<Option<Value>> {
    if its.is_empty() {
        return Ok(None);
    }
    // Rooted: each `next` may collect, and earlier items have no other holder.
    let mut items = crate::gc::RootedVec::new();
    for (i, it) in its.iter().enumerate() {
        match crate::protocol::dispatch::next(*it)? {
            Some(x) => items.push(x),
            None => {
                if !strict {
                    return Ok(None);
                }
                if i > 0 {
                    let plural = if i == 1 { " " } else { "s 1-" };
                    return Err(value_error(format!(
                        "zip() argument {} is shorter than argument{plural}{i}",
                        i + 1
                    )));
                }
                for (j, other) in its.iter().enumerate().skip(1) {
                    if crate::protocol::dispatch::next(*other)?.is_some() {
                        let plural = if j == 1 { " " } else { "s 1-" };
                        return Err(value_error(format!(
                            "zip() argument {} is longer than argument{plural}{j}",
                            j + 1
                        )));
                    }
                }
                return Ok(None);
            }
        }
    }
    Ok(Some(crate::objects::tuple::from_vec(items.into_vec())))
}

/// `enumerate(iterable, start)`
pub fn enumerate(iterable: Value, start: Value) -> R<Value> {
    let count = match start.kind() {
        Kind::Int => start,
        Kind::Bool => Value::from_small(crate::protocol::num::bool_value(start) as i64),
        _ => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                object::type_name(start)
            )))
        }
    };
    let it = crate::protocol::dispatch::iter(iterable)?;
    Ok(new(&ENUMERATE, IterState::Enumerate { it, count }))
}

/// `zip(*iterables, strict=strict)`
pub fn zip(iterables: &[Value], strict: bool) -> R<Value> {
    // Rooted: each `iter` may allocate and collect.
    let mut its = crate::gc::RootedVec::new();
    for v in iterables {
        its.push(crate::protocol::dispatch::iter(*v)?);
    }
    let its = its.into_vec();
    Ok(new(&ZIP, IterState::Zip { its, strict }))
}

/// `map(f, *iterables)`
pub fn map(f: Value, iterables: &[Value]) -> R<Value> {
    if iterables.is_empty() {
        return Err(type_error("map() must have at least two arguments."));
    }
    // Rooted: each `iter` may allocate and collect.
    let mut its = crate::gc::RootedVec::new();
    for v in iterables {
        its.push(crate::protocol::dispatch::iter(*v)?);
    }
    let its = its.into_vec();
    Ok(new(&MAP, IterState::Map { f, its }))
}

/// `filter(f, iterable)`; `f` may be `None`.
pub fn filter(f: Value, iterable: Value) -> R<Value> {
    let it = crate::protocol::dispatch::iter(iterable)?;
    Ok(new(&FILTER, IterState::Filter { f, it }))
}

/// `reversed(seq)` for lists, tuples, strings, ranges, dicts and dict views.
pub fn reversed(seq: Value) -> R<Value> {
    let not_reversible = || {
        type_error(format!(
            "'{}' object is not reversible",
            object::type_name(seq)
        ))
    };
    if seq.is_small() {
        return Err(not_reversible());
    }
    match seq.header().kind {
        Kind::List => {
            let n = crate::objects::list::ops::len(seq) as isize;
            Ok(new(
                &LIST_REVERSEITERATOR,
                IterState::ListRev {
                    list: seq,
                    idx: n - 1,
                },
            ))
        }
        Kind::Tuple
        | Kind::Str
        | Kind::Bytes
        | Kind::ByteArray
        | Kind::MemoryView
        | Kind::Array => {
            let n = crate::protocol::dispatch::len(seq)? as i64;
            Ok(new(&REVERSED, IterState::Reversed { seq, idx: n - 1 }))
        }
        Kind::Range => {
            // CPython's range_reverse: iterate range(last, first - step, -step).
            let r = seq.as_ref::<crate::objects::range::RangeObj>();
            let n = r.length;
            if n == Value::from_small(0) {
                return Ok(range_iter(seq));
            }
            let start = crate::objects::int::to_ibig(r.start);
            let step = crate::objects::int::to_ibig(r.step);
            let last = &start + (crate::objects::int::to_ibig(n) - dashu_int::IBig::ONE) * &step;
            let rev = crate::objects::range::new(
                crate::objects::int::from_ibig(last),
                crate::objects::int::from_ibig(start - &step),
                crate::objects::int::from_ibig(-step),
            )?;
            Ok(range_iter(rev))
        }
        Kind::Dict => Ok(dict_rev_iter(seq, DictPart::Keys)),
        Kind::DictView => {
            let (d, part) = view_part(seq);
            Ok(dict_rev_iter(d, part))
        }
        // Before user objects: a deque subclass instance is a deque.
        Kind::Deque => Ok(deque_iter(seq, true)),
        Kind::MappingProxy => crate::objects::mappingproxy::reversed(seq),
        _ if crate::class::ops::is_user(seq) => crate::class::ops::reversed(seq),
        _ => Err(not_reversible()),
    }
}

fn dict_rev_iter(d: Value, part: DictPart) -> Value {
    let ty = match part {
        DictPart::Keys => &DICT_REVERSEKEYITERATOR,
        DictPart::Values => &DICT_REVERSEVALUEITERATOR,
        DictPart::Items => &DICT_REVERSEITEMITERATOR,
    };
    let pos = crate::objects::dict::nentries(d) as isize - 1;
    let used = crate::objects::dict::len(d);
    new(
        ty,
        IterState::DictRev {
            dict: d,
            part,
            pos,
            used,
        },
    )
}

/// Every value an iterator refers to (for the garbage collector).
pub fn for_each_ref(it: Value, mut f: impl FnMut(Value)) {
    let st = obj(it).state.borrow();
    let mut g = |v: Value| {
        if !v.is_null() && !v.is_small() {
            f(v)
        }
    };
    match &*st {
        IterState::List { list, .. } | IterState::ListRev { list, .. } => g(*list),
        IterState::Tuple { tuple, .. } => g(*tuple),
        IterState::Bytes { seq, .. } => g(*seq),
        IterState::Str { s, .. } => g(*s),
        IterState::Range { .. } => {}
        IterState::LongRange { next, step, left } => {
            g(*next);
            g(*step);
            g(*left);
        }
        IterState::Dict { dict, .. } | IterState::DictRev { dict, .. } => g(*dict),
        IterState::Set { set, .. } => g(*set),
        IterState::Enumerate { it, count } => {
            g(*it);
            g(*count);
        }
        IterState::Zip { its, .. } => its.iter().for_each(|v| g(*v)),
        IterState::Map { f: func, its } => {
            g(*func);
            its.iter().for_each(|v| g(*v));
        }
        IterState::Filter { f: func, it } => {
            g(*func);
            g(*it);
        }
        IterState::Reversed { seq, .. } => g(*seq),
        IterState::Deque { deque, .. } => g(*deque),
        IterState::Array { arr, .. } => g(*arr),
        IterState::StructUnpack { st, data, .. } => {
            g(*st);
            g(*data);
        }
        IterState::Callable { f, sentinel } => {
            g(*f);
            g(*sentinel);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::func::BuiltinObj;
    use crate::testing::{err_msg, i, ints, r};

    fn drain(it: Value) -> String {
        let mut out = Vec::new();
        while let Some(x) = next(it).unwrap() {
            out.push(x);
        }
        r(crate::objects::list::from_vec(out))
    }

    #[test]
    fn list_iteration_sees_appends_and_stays_exhausted() {
        let l = ints(&[1, 2]);
        let it = make(l).unwrap().unwrap();
        assert_eq!(type_name(it), "list_iterator");
        assert_eq!(next(it).unwrap(), Some(i(1)));
        crate::objects::list::ops::append(l, i(3));
        assert_eq!(drain(it), "[2, 3]");
        crate::objects::list::ops::append(l, i(4));
        assert_eq!(next(it).unwrap(), None);
    }

    #[test]
    fn ranges() {
        // python3 -c 'print(list(range(10, -3, -4)), list(reversed(range(1, 10, 3))), list(reversed(range(0))))'
        let v = crate::objects::range::new(i(10), i(-3), i(-4)).unwrap();
        let it = make(v).unwrap().unwrap();
        assert_eq!(type_name(it), "range_iterator");
        assert_eq!(drain(it), "[10, 6, 2, -2]");
        let v = crate::objects::range::new(i(1), i(10), i(3)).unwrap();
        assert_eq!(drain(reversed(v).unwrap()), "[7, 4, 1]");
        let v = crate::objects::range::new(i(0), i(0), i(1)).unwrap();
        assert_eq!(drain(reversed(v).unwrap()), "[]");
        let big = crate::objects::int::from_ibig(dashu_int::IBig::from(1u128 << 64));
        let v = crate::objects::range::new(
            big,
            crate::objects::int::from_ibig(dashu_int::IBig::from((1u128 << 64) + 2)),
            i(1),
        )
        .unwrap();
        let it = make(v).unwrap().unwrap();
        assert_eq!(type_name(it), "longrange_iterator");
        assert_eq!(drain(it), "[18446744073709551616, 18446744073709551617]");
    }

    #[test]
    fn dicts_and_sets() {
        let d = crate::objects::dict::new();
        for k in [3, 1, 2] {
            crate::objects::dict::setitem(d, i(k), i(k * k)).unwrap();
        }
        assert_eq!(drain(make(d).unwrap().unwrap()), "[3, 1, 2]");
        let items = crate::objects::dict::views::new_view(d, "items");
        let it = make(items).unwrap().unwrap();
        assert_eq!(type_name(it), "dict_itemiterator");
        assert_eq!(drain(it), "[(3, 9), (1, 1), (2, 4)]");
        let values = crate::objects::dict::views::new_view(d, "values");
        assert_eq!(drain(reversed(values).unwrap()), "[4, 1, 9]");
        assert_eq!(type_name(reversed(d).unwrap()), "dict_reversekeyiterator");
        let it = make(d).unwrap().unwrap();
        next(it).unwrap();
        crate::objects::dict::setitem(d, i(7), i(0)).unwrap();
        assert!(next(it).is_err());
        assert_eq!(err_msg(), "dictionary changed size during iteration");
        // Same size but different keys.
        let it = make(d).unwrap().unwrap();
        next(it).unwrap();
        crate::objects::dict::delitem(d, i(3)).unwrap();
        crate::objects::dict::setitem(d, i(8), i(0)).unwrap();
        // python3: yields 1, 2, 7, then "dictionary keys changed during iteration".
        assert_eq!(next(it).unwrap(), Some(i(1)));
        assert_eq!(next(it).unwrap(), Some(i(2)));
        assert_eq!(next(it).unwrap(), Some(i(7)));
        assert!(next(it).is_err());
        assert_eq!(err_msg(), "dictionary keys changed during iteration");
        assert_eq!(next(it).unwrap(), None);

        let s = crate::objects::set::new_set();
        for k in [5, 1, 9] {
            crate::objects::set::add(s, i(k)).unwrap();
        }
        let it = make(s).unwrap().unwrap();
        assert_eq!(type_name(it), "set_iterator");
        next(it).unwrap();
        crate::objects::set::add(s, i(2)).unwrap();
        assert!(next(it).is_err());
        assert_eq!(err_msg(), "Set changed size during iteration");
        assert!(reversed(s).is_err());
        assert_eq!(err_msg(), "'set' object is not reversible");
        assert!(reversed(i(1)).is_err());
        assert_eq!(err_msg(), "'int' object is not reversible");
    }

    #[test]
    fn strings_and_tuples() {
        let s = crate::objects::str::new("hé!");
        let it = make(s).unwrap().unwrap();
        assert_eq!(type_name(it), "str_iterator");
        assert_eq!(drain(it), "['h', 'é', '!']");
        let it = make(crate::objects::str::new("ab")).unwrap().unwrap();
        assert_eq!(type_name(it), "str_ascii_iterator");
        assert_eq!(
            drain(reversed(crate::objects::str::new("abc")).unwrap()),
            "['c', 'b', 'a']"
        );
        let t = crate::objects::tuple::from_slice(&[i(1), i(2)]);
        assert_eq!(type_name(make(t).unwrap().unwrap()), "tuple_iterator");
        assert_eq!(type_name(reversed(t).unwrap()), "reversed");
        assert_eq!(drain(reversed(t).unwrap()), "[2, 1]");
        assert_eq!(drain(reversed(ints(&[1, 2, 3])).unwrap()), "[3, 2, 1]");
        assert!(make(i(5)).unwrap().is_none());
    }

    fn double(args: Args) -> R<Value> {
        Ok(i(args.pos.iter().map(|v| v.small()).sum::<i64>() * 2))
    }
    static DOUBLE: BuiltinObj = BuiltinObj::new("double", double);

    #[test]
    fn lazy_builtins() {
        let e = enumerate(ints(&[7, 8]), i(5)).unwrap();
        assert_eq!(type_name(e), "enumerate");
        assert_eq!(drain(e), "[(5, 7), (6, 8)]");
        let z = zip(&[ints(&[1, 2, 3]), crate::objects::str::new("ab")], false).unwrap();
        assert_eq!(drain(z), "[(1, 'a'), (2, 'b')]");
        assert_eq!(drain(zip(&[], false).unwrap()), "[]");
        // python3 -c 'list(zip([1],[1,2],strict=True))' etc.
        let z = zip(&[ints(&[1]), ints(&[1, 2])], true).unwrap();
        next(z).unwrap();
        assert!(next(z).is_err());
        assert_eq!(err_msg(), "zip() argument 2 is longer than argument 1");
        let z = zip(&[ints(&[1, 2]), ints(&[1, 2]), ints(&[1])], true).unwrap();
        next(z).unwrap();
        assert!(next(z).is_err());
        assert_eq!(err_msg(), "zip() argument 3 is shorter than arguments 1-2");
        let f = Value::from_ref(&DOUBLE);
        let m = map(f, &[ints(&[1, 2, 3]), ints(&[10, 20])]).unwrap();
        assert_eq!(type_name(m), "map");
        assert_eq!(drain(m), "[22, 44]");
        let flt = filter(object::none(), ints(&[0, 1, 0, 2])).unwrap();
        assert_eq!(type_name(flt), "filter");
        assert_eq!(drain(flt), "[1, 2]");
        let flt = filter(f, ints(&[0, 1, 2])).unwrap();
        assert_eq!(drain(flt), "[1, 2]");
        assert!(enumerate(i(1), i(0)).is_err());
        assert_eq!(err_msg(), "'int' object is not iterable");
    }
}
