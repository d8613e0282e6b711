//! `list` operations: indexing and slicing (including slice assignment and
//! deletion), comparison, repr, `+`/`*`, and the list methods. Sorting
//! lives in `objects/list/sort.rs`.

use crate::exc;
use crate::exc::error::{index_error, type_error, value_error, R};
use crate::object::{self, Kind};
use crate::objects::list::{self, ListObj};
use crate::objects::slice;
use crate::protocol::args::Args;
use crate::types::slots;
use crate::value::Value;
use alrt_abi::ops::CmpOp;

/// Most items a list or tuple may hold; larger requests raise MemoryError
/// before anything is allocated (CPython's limit is PY_SSIZE_T_MAX / 8).
pub const MAX_ITEMS: usize = (isize::MAX as usize) / 8;

#[inline]
fn obj(v: Value) -> &'static ListObj {
    list::obj(v)
}

// ============================ repr ============================

thread_local! {
    // Thread-local rather than a `GlobalCell` so parallel unit tests do not
    // share it; the program itself runs Al code on one thread.
    // A set, not CPython's list: nesting is not limited to a thousand levels
    // here, and a linear scan per level would make deep reprs quadratic.
    static REPR_ACTIVE: std::cell::RefCell<std::collections::HashSet<u64>> =
        std::cell::RefCell::new(std::collections::HashSet::new());
}

/// Marks a container as being repr'd (CPython's `Py_ReprEnter`); dropping
/// the guard unmarks it. `enter` returns `None` if `v` is already in
/// progress, so the caller prints `[...]`, `{...}` and the like.
pub struct ReprGuard(u64);

impl ReprGuard {
    /// Enters `v`, or `None` if it is already being repr'd further up.
    pub fn enter(v: Value) -> Option<ReprGuard> {
        REPR_ACTIVE.with(|active| {
            if active.borrow_mut().insert(v.0) {
                Some(ReprGuard(v.0))
            } else {
                None
            }
        })
    }
}

impl Drop for ReprGuard {
    fn drop(&mut self) {
        REPR_ACTIVE.with(|active| {
            active.borrow_mut().remove(&self.0);
        });
    }
}

/// `repr(list)`: `[1, 2]`, `[...]` for a list inside itself.
pub fn repr(v: Value) -> R<String> {
    let mut out = String::new();
    repr_into(v, &mut out)?;
    Ok(out)
}

/// Appends `repr(list)` to `out`.
pub fn repr_into(v: Value, out: &mut String) -> R<()> {
    let l = obj(v);
    if l.items.borrow().is_empty() {
        out.push_str("[]");
        return Ok(());
    }
    let Some(_guard) = ReprGuard::enter(v) else {
        out.push_str("[...]");
        return Ok(());
    };
    out.push('[');
    let mut i = 0;
    // The list may change while items are repr'd: re-read it every step.
    loop {
        let item = match l.items.borrow().get(i) {
            Some(x) => *x,
            None => break,
        };
        if i > 0 {
            out.push_str(", ");
        }
        crate::protocol::dispatch::repr_into(item, out)?;
        i += 1;
    }
    out.push(']');
    Ok(())
}

// ============================ comparison ============================

/// The item at `i`, if the list still has one there.
#[inline]
fn item_at(l: &ListObj, i: usize) -> Option<Value> {
    l.items.get(i)
}

/// Rich comparison of two lists (CPython's `list_richcompare`).
pub fn compare(a: Value, b: Value, op: CmpOp) -> R<bool> {
    let (la, lb) = (obj(a), obj(b));
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && la.items.len() != lb.items.len() {
        return Ok(op == CmpOp::Ne);
    }
    let mut i = 0;
    while let (Some(x), Some(y)) = (item_at(la, i), item_at(lb, i)) {
        if !crate::protocol::key::eq(x, y)? {
            return match op {
                CmpOp::Eq => Ok(false),
                CmpOp::Ne => Ok(true),
                _ => crate::protocol::dispatch::compare_bool(x, y, op),
            };
        }
        i += 1;
    }
    let (na, nb) = (la.items.len(), lb.items.len());
    Ok(op.test(na.cmp(&nb)))
}

// ============================ basics ============================

/// `len(list)`
#[inline]
pub fn len(v: Value) -> usize {
    obj(v).items.len()
}

/// `l.pop(i)`
pub fn pop(l: Value, i: i64) -> R<Value> {
    let mut items = obj(l).items.borrow_mut();
    if items.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    match norm(i, items.len()) {
        Some(i) => Ok(items.remove(i)),
        None => Err(index_error("pop index out of range")),
    }
}

/// A copy of the items.
pub fn snapshot(v: Value) -> Vec<Value> {
    obj(v).items.borrow().clone()
}

/// A new list holding `items`.
pub fn new(items: Vec<Value>) -> Value {
    list::from_vec(items)
}

/// `f(items)` on the f64 items of a float list, without boxing them;
/// `None` for any other value. `f` must not run Al code or touch the list.
pub fn with_float_items<T>(v: Value, f: impl FnOnce(&[f64]) -> T) -> Option<T> {
    if v.kind() != Kind::List {
        return None;
    }
    let words = obj(v).items.float_words()?;
    let xs: Vec<f64> = words.iter().map(|w| f64::from_bits(w.0)).collect();
    drop(words);
    Some(f(&xs))
}

/// `l.append(v)`
#[inline]
pub fn append(l: Value, v: Value) {
    let items = &obj(l).items;
    if !items.push_float(v) {
        items.push(v);
    }
}

/// Room for one more item. The first item of `buf = []` gets CPython's
/// first allocation (4 items) directly: `push` would take Vec's generic
/// growth path, which cost as much again.
#[cold]
#[inline(never)]
pub(super) fn grow_for_append(items: &mut Vec<Value>) {
    if items.capacity() == 0 {
        *items = Vec::with_capacity(4);
    } else {
        items.reserve(1);
    }
}

/// `x in l`
pub fn contains(c: Value, x: Value) -> R<bool> {
    let l = obj(c);
    let mut i = 0;
    while let Some(y) = item_at(l, i) {
        if crate::protocol::key::eq(y, x)? {
            return Ok(true);
        }
        i += 1;
    }
    Ok(false)
}

/// Reserves room for `extra` more items, raising MemoryError if that is
/// impossible (instead of aborting).
pub fn try_reserve(v: &mut Vec<Value>, extra: usize) -> R<()> {
    if v.len().saturating_add(extra) > MAX_ITEMS || v.try_reserve(extra).is_err() {
        return Err(memory_error());
    }
    Ok(())
}

/// Items of `v` repeated `n` times (shared by list and tuple `*`).
pub fn repeat_items(items: &[Value], n: i64) -> R<Vec<Value>> {
    if n <= 0 || items.is_empty() {
        return Ok(Vec::new());
    }
    let total = match (items.len() as u128).checked_mul(n as u128) {
        Some(t) if t <= MAX_ITEMS as u128 => t as usize,
        _ => return Err(memory_error()),
    };
    let mut out = Vec::new();
    try_reserve(&mut out, total)?;
    if items.len() == 1 {
        out.resize(total, items[0]);
    } else {
        for _ in 0..n {
            out.extend_from_slice(items);
        }
    }
    Ok(out)
}

/// `a + b`
pub fn concat(a: Value, b: Value) -> R<Value> {
    if let (Some(wa), Some(wb)) = (obj(a).items.float_words(), obj(b).items.float_words()) {
        let mut out = Vec::new();
        try_reserve(&mut out, wa.len().saturating_add(wb.len()))?;
        out.extend_from_slice(&wa);
        out.extend_from_slice(&wb);
        drop((wa, wb));
        return Ok(list::from_float_words(out));
    }
    let (la, lb) = (obj(a).items.borrow(), obj(b).items.borrow());
    let mut out = Vec::new();
    try_reserve(&mut out, la.len().saturating_add(lb.len()))?;
    out.extend_from_slice(&la);
    out.extend_from_slice(&lb);
    Ok(list::from_vec(out))
}

/// `a * n`
pub fn repeat(a: Value, n: i64) -> R<Value> {
    let words = obj(a).items.float_words().map(|w| w.clone());
    if let Some(words) = words {
        return Ok(list::from_float_words(repeat_items(&words, n)?));
    }
    let items = snapshot(a);
    Ok(list::from_vec(repeat_items(&items, n)?))
}

/// `a *= n`
pub fn repeat_inplace(a: Value, n: i64) -> R<()> {
    let items = snapshot(a);
    let out = repeat_items(&items, n)?;
    *obj(a).items.borrow_mut() = out;
    Ok(())
}

/// The items of a list or tuple, or `None` for other iterables.
fn sequence_items(v: Value) -> Option<Vec<Value>> {
    match v.kind() {
        Kind::List => Some(snapshot(v)),
        Kind::Tuple if !crate::class::ops::is_user(v) => {
            Some(crate::objects::tuple::items(v).to_vec())
        }
        _ => None,
    }
}

/// `a += iterable` and `a.extend(iterable)`; `xs += xs` doubles `xs`.
pub fn extend(a: Value, b: Value) -> R<()> {
    if b.kind() == Kind::List && obj(a).items.is_floats() {
        let words = obj(b).items.float_words().map(|w| w.clone());
        if let Some(words) = words {
            return obj(a).items.extend_floats(&words);
        }
    }
    if let Some(items) = sequence_items(b) {
        let mut dst = obj(a).items.borrow_mut();
        try_reserve(&mut dst, items.len())?;
        dst.extend_from_slice(&items);
        return Ok(());
    }
    // Other iterables are consumed one item at a time, appending as we go,
    // as CPython does (the list is visible, growing, to the iterator),
    // after reserving room for as many items as the iterable says it has.
    let it = crate::protocol::dispatch::iter(b)?;
    if let Some(n) = crate::protocol::dispatch::length_hint(b)? {
        try_reserve(&mut obj(a).items.borrow_mut(), n)?;
    }
    while let Some(x) = crate::protocol::dispatch::next(it)? {
        append(a, x);
    }
    Ok(())
}

// ============================ indexing ============================

fn indices_error(o: Value, k: Value) -> crate::exc::error::Pending {
    type_error(format!(
        "{} indices must be integers or slices, not {}",
        object::type_name(o),
        object::type_name(k)
    ))
}

/// Normalises a possibly negative index; `None` if out of range.
#[inline]
fn norm(i: i64, n: usize) -> Option<usize> {
    let i = if i < 0 { i.wrapping_add(n as i64) } else { i };
    if i >= 0 && (i as u64) < n as u64 {
        Some(i as usize)
    } else {
        None
    }
}

/// The items `items[start:stop:step]` selects (the parts as
/// `slice::unpack` gives them), in order, in a Vec allocated at its size
/// (growing an empty one took the allocator's slow path).
pub fn slice_items(items: &[Value], (mut start, mut stop, step): (i64, i64, i64)) -> Vec<Value> {
    let n = slice::adjust(items.len(), &mut start, &mut stop, step);
    let mut out = Vec::with_capacity(n);
    extend_clipped(&mut out, items, start, step, n);
    out
}

/// Appends the items `items[start:stop:step]` selects to `out`.
pub fn extend_with_slice(
    out: &mut Vec<Value>,
    items: &[Value],
    (mut start, mut stop, step): (i64, i64, i64),
) {
    let n = slice::adjust(items.len(), &mut start, &mut stop, step);
    extend_clipped(out, items, start, step, n);
}

/// Appends the `n` items from `start` by `step` (clipped by
/// `slice::adjust`). Every branch extends by an iterator of known length,
/// so `out` grows at most once and is filled without a capacity check per
/// item.
fn extend_clipped(out: &mut Vec<Value>, items: &[Value], start: i64, step: i64, n: usize) {
    if n == 0 {
        return;
    }
    let start = start as usize;
    match step {
        1 => out.extend_from_slice(&items[start..start + n]),
        -1 => out.extend(items[start + 1 - n..=start].iter().rev().copied()),
        _ => out.extend((0..n as i64).map(|j| items[(start as i64 + j * step) as usize])),
    }
}

/// `l[start:stop:step]`, the parts unpacked.
pub fn getslice(o: Value, parts: (i64, i64, i64)) -> Value {
    let words = obj(o).items.float_words().map(|w| slice_items(&w, parts));
    if let Some(words) = words {
        return list::from_float_words(words);
    }
    list::from_vec(slice_items(&obj(o).items.borrow(), parts))
}

/// `l[k]`
#[inline]
pub fn getitem(o: Value, k: Value) -> R<Value> {
    if k.is_small() {
        let items = &obj(o).items;
        return match norm(k.small(), items.len()).and_then(|i| items.get(i)) {
            Some(x) => Ok(x),
            None => Err(index_error("list index out of range")),
        };
    }
    getitem_slow(o, k)
}

fn getitem_slow(o: Value, k: Value) -> R<Value> {
    if let Some(i) = slice::as_index(k) {
        let i = i?;
        let items = &obj(o).items;
        return match norm(i, items.len()).and_then(|i| items.get(i)) {
            Some(x) => Ok(x),
            None => Err(index_error("list index out of range")),
        };
    }
    if k.kind() == Kind::Slice {
        // The bounds first: their `__index__` may change the list.
        return Ok(getslice(o, slice::unpack(k)?));
    }
    Err(indices_error(o, k))
}

/// `l[k] = v`
#[inline]
pub fn setitem(o: Value, k: Value, v: Value) -> R<()> {
    if k.is_small() {
        let items = &obj(o).items;
        return match norm(k.small(), items.len()) {
            Some(i) => {
                if !items.set_float(i, v) {
                    items.borrow_mut()[i] = v;
                }
                Ok(())
            }
            None => Err(index_error("list assignment index out of range")),
        };
    }
    setitem_slow(o, k, v)
}

fn setitem_slow(o: Value, k: Value, v: Value) -> R<()> {
    if let Some(i) = slice::as_index(k) {
        let i = i?;
        let mut items = obj(o).items.borrow_mut();
        return match norm(i, items.len()) {
            Some(i) => {
                items[i] = v;
                Ok(())
            }
            None => Err(index_error("list assignment index out of range")),
        };
    }
    if k.kind() == Kind::Slice {
        return assign_slice(o, slice::unpack(k)?, v);
    }
    Err(indices_error(o, k))
}

/// The items of `v` for slice assignment (a copy even when `v` is the
/// target list itself), or the TypeError CPython raises.
fn assigned_items(v: Value, msg: &str) -> R<Vec<Value>> {
    if let Some(items) = sequence_items(v) {
        return Ok(items);
    }
    // As `PySequence_Fast`: any TypeError from `iter()` becomes `msg`.
    let it = crate::protocol::dispatch::iter(v).map_err(|e| {
        if crate::exc::error::take_pending_if(&crate::exc::TYPE_ERROR) {
            type_error(msg)
        } else {
            e
        }
    })?;
    let mut out = crate::gc::RootedVec::new();
    while let Some(x) = crate::protocol::dispatch::next(it)? {
        out.push(x);
    }
    Ok(out.into_vec())
}

/// `l[start:stop:step] = v`, the parts unpacked.
pub fn assign_slice(o: Value, (mut start, mut stop, step): (i64, i64, i64), v: Value) -> R<()> {
    if step == 1 {
        // A list or tuple source is read in place (no copy) unless it is the
        // target itself.
        let collected;
        let src_list;
        let src: &[Value] = match v.kind() {
            Kind::Tuple if !crate::class::ops::is_user(v) => crate::objects::tuple::items(v),
            Kind::List if v != o => {
                src_list = obj(v).items.borrow();
                &src_list
            }
            _ => {
                collected = assigned_items(v, "can only assign an iterable")?;
                &collected
            }
        };
        let mut items = obj(o).items.borrow_mut();
        let n = items.len();
        slice::adjust(n, &mut start, &mut stop, step);
        let lo = start.clamp(0, n as i64) as usize;
        let hi = (stop.clamp(0, n as i64) as usize).max(lo);
        if src.len() == hi - lo {
            items[lo..hi].copy_from_slice(src);
        } else {
            let grow = src.len().saturating_sub(hi - lo);
            try_reserve(&mut items, grow)?;
            items.splice(lo..hi, src.iter().copied());
        }
        return Ok(());
    }
    let new = assigned_items(v, "must assign iterable to extended slice")?;
    let mut items = obj(o).items.borrow_mut();
    let count = slice::adjust(items.len(), &mut start, &mut stop, step);
    if new.len() != count {
        return Err(value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            new.len(),
            count
        )));
    }
    let mut cur = start;
    for x in new {
        items[cur as usize] = x;
        cur = cur.wrapping_add(step);
    }
    Ok(())
}

/// `del l[k]`
pub fn delitem(o: Value, k: Value) -> R<()> {
    if let Some(i) = slice::as_index(k) {
        let i = i?;
        let mut items = obj(o).items.borrow_mut();
        return match norm(i, items.len()) {
            Some(i) => {
                items.remove(i);
                Ok(())
            }
            None => Err(index_error("list assignment index out of range")),
        };
    }
    if k.kind() == Kind::Slice {
        let (mut start, mut stop, step) = slice::unpack(k)?;
        let mut items = obj(o).items.borrow_mut();
        let count = slice::adjust(items.len(), &mut start, &mut stop, step);
        if count == 0 {
            return Ok(());
        }
        if step == 1 {
            items.drain(start as usize..start as usize + count);
            return Ok(());
        }
        // Normalise to an ascending walk, then compact in one pass.
        let (lo, step) = if step < 0 {
            (start + step * (count as i64 - 1), -step)
        } else {
            (start, step)
        };
        let (lo, step) = (lo as usize, step as usize);
        let mut next_del = lo;
        let mut removed = 0;
        let mut w = lo;
        for r in lo..items.len() {
            if removed < count && r == next_del {
                removed += 1;
                next_del += step;
                continue;
            }
            items[w] = items[r];
            w += 1;
        }
        items.truncate(w);
        return Ok(());
    }
    Err(indices_error(o, k))
}

// ============================ methods ============================

crate::attr_table! {
    /// The attributes of `list`.
    pub static ATTRS for object::LIST_TYPE = [
        slot "__add__" => slots::add;
        classmethod "__class_getitem__" => slots::class_getitem;
        slot "__contains__" => slots::contains;
        slot "__delitem__" => slots::delitem;
        slot "__eq__" => slots::eq;
        slot "__ge__" => slots::ge;
        slot "__getattribute__" => slots::getattribute;
        method "__getitem__" => slots::getitem;
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
        slot "__repr__" => slots::repr;
        method "__reversed__" => slots::reversed;
        slot "__rmul__" => slots::rmul;
        slot "__setitem__" => slots::setitem;
        rawmethod "__sizeof__" => crate::types::sizeof::method;
        method "append" => list_append;
        method "clear" => list_clear;
        method "copy" => list_copy;
        method "count" => list_count;
        method "extend" => list_extend;
        method "index" => list_index;
        method "insert" => list_insert;
        method "pop" => list_pop;
        method "remove" => list_remove;
        method "reverse" => list_reverse;
        method "sort" => list_sort;
    ]
}

fn list_append(o: Value, args: Args) -> R<Value> {
    let none = object::none();
    let a = args.positional_range("list.append", 1, 1)?;
    append(o, a[0]);
    Ok(none)
}

fn list_extend(o: Value, args: Args) -> R<Value> {
    let none = object::none();
    let a = args.positional_range("list.extend", 1, 1)?;
    extend(o, a[0])?;
    Ok(none)
}

fn list_insert(o: Value, args: Args) -> R<Value> {
    let none = object::none();
    args.no_kwargs("list.insert")?;
    let a = args.positional_range("insert", 2, 2)?;
    let i = slice::index_arg(a[0])?;
    let mut items = obj(o).items.borrow_mut();
    let n = items.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(at as usize, a[1]);
    Ok(none)
}

fn list_pop(o: Value, args: Args) -> R<Value> {
    args.no_kwargs("list.pop")?;
    let a = args.positional_range("pop", 0, 1)?;
    let i = match a.first() {
        Some(v) => slice::index_arg(*v)?,
        None => -1,
    };
    pop(o, i)
}

fn list_remove(o: Value, args: Args) -> R<Value> {
    let none = object::none();
    let a = args.positional_range("list.remove", 1, 1)?;
    let l = obj(o);
    let mut i = 0;
    while let Some(y) = item_at(l, i) {
        if crate::protocol::key::eq(y, a[0])? {
            let mut items = l.items.borrow_mut();
            if i < items.len() {
                items.remove(i);
            }
            return Ok(none);
        }
        i += 1;
    }
    Err(value_error("list.remove(x): x not in list"))
}

fn list_index(o: Value, args: Args) -> R<Value> {
    args.no_kwargs("list.index")?;
    let a = args.positional_range("index", 1, 3)?;
    let l = obj(o);
    let bounds = slice::index_bounds(a.get(1), a.get(2))?;
    let n = l.items.borrow().len() as i64;
    let (start, stop) = slice::resolve_bounds(bounds, n);
    let mut i = start;
    while i < stop {
        let Some(y) = item_at(l, i as usize) else {
            break;
        };
        if crate::protocol::key::eq(y, a[0])? {
            return Ok(Value::from_small(i));
        }
        i += 1;
    }
    Err(value_error(format!(
        "{} is not in list",
        crate::protocol::dispatch::repr(a[0])?
    )))
}

fn list_count(o: Value, args: Args) -> R<Value> {
    let a = args.positional_range("list.count", 1, 1)?;
    let l = obj(o);
    let (mut i, mut n) = (0, 0i64);
    while let Some(y) = item_at(l, i) {
        if crate::protocol::key::eq(y, a[0])? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::from_small(n))
}

fn list_sort(o: Value, args: Args) -> R<Value> {
    let none = object::none();
    if !args.pos.is_empty() {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let (mut key, mut reverse) = (None, false);
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        match crate::objects::str::as_str(*k) {
            "key" => key = Some(*v),
            "reverse" => reverse = crate::objects::list::sort::reverse_flag(*v)?,
            other => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for sort()"
                )))
            }
        }
    }
    sort(o, key.filter(|k| !object::is_none(*k)), reverse)?;
    Ok(none)
}

fn list_reverse(o: Value, args: Args) -> R<Value> {
    let none = object::none();
    args.positional_range("list.reverse", 0, 0)?;
    obj(o).items.borrow_mut().reverse();
    Ok(none)
}

fn list_copy(o: Value, args: Args) -> R<Value> {
    args.positional_range("list.copy", 0, 0)?;
    Ok(list::from_vec(snapshot(o)))
}

fn list_clear(o: Value, args: Args) -> R<Value> {
    let none = object::none();
    args.positional_range("list.clear", 0, 0)?;
    // Take the items out first so nothing is borrowed while they go.
    let old = std::mem::take(&mut *obj(o).items.borrow_mut());
    drop(old);
    Ok(none)
}

/// `l.sort(key=..., reverse=...)` (also used by `sorted()`); `key` is
/// `None` for no key function.
pub fn sort(l: Value, key: Option<Value>, reverse: bool) -> R<()> {
    crate::objects::list::sort::sort(l, key, reverse)
}

/// Raises the MemoryError CPython raises for impossible sizes.
pub fn memory_error() -> crate::exc::error::Pending {
    crate::exc::error::raise_empty(&exc::MEMORY_ERROR)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::none;
    use crate::testing::{err_msg, i, ints, r, sl};

    fn call(o: Value, name: &str, pos: &[Value]) -> R<Value> {
        crate::protocol::dispatch::call_method(
            o,
            crate::objects::str::new(name),
            Args::positional(pos),
        )
    }

    #[test]
    fn repr_nested_and_self() {
        let l = ints(&[1, 2, 3]);
        assert_eq!(r(l), "[1, 2, 3]");
        append(l, l);
        assert_eq!(r(l), "[1, 2, 3, [...]]");
        assert_eq!(r(ints(&[])), "[]");
    }

    #[test]
    fn indexing() {
        let l = ints(&[10, 20, 30]);
        assert_eq!(getitem(l, i(-1)).unwrap(), i(30));
        assert!(getitem(l, i(3)).is_err());
        assert_eq!(err_msg(), "list index out of range");
        assert!(setitem(l, i(-4), i(0)).is_err());
        assert_eq!(err_msg(), "list assignment index out of range");
        assert!(getitem(l, crate::objects::str::new("a")).is_err());
        assert_eq!(
            err_msg(),
            "list indices must be integers or slices, not str"
        );
        assert_eq!(getitem(l, object::boolean(true)).unwrap(), i(20));
    }

    #[test]
    fn slicing() {
        // python3 -c 'x=list(range(10)); print(x[::-1], x[7:2:-2], x[-3:], x[2:8:3], x[100:], x[::-4])'
        let l = ints(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        let g = |a, b, c| r(getitem(l, sl(a, b, c)).unwrap());
        assert_eq!(g(None, None, Some(-1)), "[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]");
        assert_eq!(g(Some(7), Some(2), Some(-2)), "[7, 5, 3]");
        assert_eq!(g(Some(-3), None, None), "[7, 8, 9]");
        assert_eq!(g(Some(2), Some(8), Some(3)), "[2, 5]");
        assert_eq!(g(Some(100), None, None), "[]");
        assert_eq!(g(None, None, Some(-4)), "[9, 5, 1]");
    }

    #[test]
    fn slice_assignment_and_deletion() {
        // python3 -c 'x=list(range(6)); x[1:3]=[7,8,9]; print(x); x[::2]=[0,0,0,0]; print(x); x[5:1]=[5]; print(x); del x[::3]; print(x); del x[::-2]; print(x); x[:]=x; print(x)'
        let l = ints(&[0, 1, 2, 3, 4, 5]);
        setitem(l, sl(Some(1), Some(3), None), ints(&[7, 8, 9])).unwrap();
        assert_eq!(r(l), "[0, 7, 8, 9, 3, 4, 5]");
        setitem(l, sl(None, None, Some(2)), ints(&[0, 0, 0, 0])).unwrap();
        assert_eq!(r(l), "[0, 7, 0, 9, 0, 4, 0]");
        setitem(l, sl(Some(5), Some(1), None), ints(&[5])).unwrap();
        assert_eq!(r(l), "[0, 7, 0, 9, 0, 5, 4, 0]");
        delitem(l, sl(None, None, Some(3))).unwrap();
        assert_eq!(r(l), "[7, 0, 0, 5, 0]");
        delitem(l, sl(None, None, Some(-2))).unwrap();
        assert_eq!(r(l), "[0, 5]");
        setitem(l, sl(None, None, None), l).unwrap();
        assert_eq!(r(l), "[0, 5]");
        assert!(setitem(l, sl(None, None, Some(2)), ints(&[1, 2])).is_err());
        assert_eq!(
            err_msg(),
            "attempt to assign sequence of size 2 to extended slice of size 1"
        );
        assert!(setitem(l, sl(None, None, None), i(5)).is_err());
        assert_eq!(err_msg(), "can only assign an iterable");
        // fannkuch's flip: perm[:k+1] = perm[k::-1]
        let p = ints(&[3, 1, 2, 0, 4]);
        let rev = getitem(p, sl(Some(3), None, Some(-1))).unwrap();
        setitem(p, sl(None, Some(4), None), rev).unwrap();
        assert_eq!(r(p), "[0, 2, 1, 3, 4]");
    }

    #[test]
    fn compare_lists() {
        let a = ints(&[1, 2, 3]);
        let b = ints(&[1, 2, 4]);
        let c = ints(&[1, 2]);
        assert!(compare(a, b, CmpOp::Lt).unwrap());
        assert!(compare(c, a, CmpOp::Lt).unwrap());
        assert!(!compare(a, c, CmpOp::Eq).unwrap());
        assert!(compare(a, ints(&[1, 2, 3]), CmpOp::Eq).unwrap());
        assert!(compare(a, a, CmpOp::Ge).unwrap());
    }

    #[test]
    fn arithmetic() {
        let a = ints(&[1, 2]);
        assert_eq!(r(concat(a, ints(&[3])).unwrap()), "[1, 2, 3]");
        assert_eq!(r(repeat(a, 3).unwrap()), "[1, 2, 1, 2, 1, 2]");
        assert_eq!(r(repeat(a, -1).unwrap()), "[]");
        assert!(repeat(a, 1 << 61).is_err());
        crate::exc::error::take_pending();
        assert!(repeat(ints(&[0]), 1_000_000_000_000).is_err());
        crate::exc::error::take_pending();
        extend(a, a).unwrap();
        assert_eq!(r(a), "[1, 2, 1, 2]");
        repeat_inplace(a, 0).unwrap();
        assert_eq!(r(a), "[]");
    }

    #[test]
    fn methods() {
        let l = ints(&[5, 1, 4]);
        call(l, "insert", &[i(-1), i(9)]).unwrap();
        assert_eq!(r(l), "[5, 1, 9, 4]");
        call(l, "insert", &[i(100), i(7)]).unwrap();
        assert_eq!(r(l), "[5, 1, 9, 4, 7]");
        assert_eq!(call(l, "pop", &[]).unwrap(), i(7));
        assert_eq!(call(l, "pop", &[i(0)]).unwrap(), i(5));
        assert!(call(l, "pop", &[i(10)]).is_err());
        assert_eq!(err_msg(), "pop index out of range");
        assert_eq!(call(l, "index", &[i(4)]).unwrap(), i(2));
        assert!(call(l, "index", &[i(5)]).is_err());
        assert_eq!(err_msg(), "5 is not in list");
        assert!(call(l, "index", &[i(1), i(1)]).is_err());
        assert_eq!(err_msg(), "1 is not in list");
        assert_eq!(call(l, "count", &[i(9)]).unwrap(), i(1));
        call(l, "remove", &[i(9)]).unwrap();
        assert!(call(l, "remove", &[i(9)]).is_err());
        assert_eq!(err_msg(), "list.remove(x): x not in list");
        call(l, "reverse", &[]).unwrap();
        assert_eq!(r(l), "[4, 1]");
        let c = call(l, "copy", &[]).unwrap();
        call(l, "clear", &[]).unwrap();
        assert_eq!(r(l), "[]");
        assert_eq!(r(c), "[4, 1]");
        assert!(call(l, "pop", &[]).is_err());
        assert_eq!(err_msg(), "pop from empty list");
        assert!(call(l, "append", &[]).is_err());
        assert_eq!(
            err_msg(),
            "list.append() takes exactly one argument (0 given)"
        );
        assert!(call(l, "insert", &[i(1)]).is_err());
        assert_eq!(err_msg(), "insert expected 2 arguments, got 1");
        assert!(call(l, "pop", &[crate::objects::str::new("a")]).is_err());
        assert_eq!(
            err_msg(),
            "'str' object cannot be interpreted as an integer"
        );
        let huge = crate::objects::int::from_i128(1 << 100);
        assert!(call(l, "insert", &[huge, i(0)]).is_err());
        assert_eq!(err_msg(), "Python int too large to convert to C ssize_t");
        assert!(getitem(l, huge).is_err());
        assert_eq!(err_msg(), "cannot fit 'int' into an index-sized integer");
    }

    #[test]
    fn contains_and_delitem() {
        let l = ints(&[1, 2, 3]);
        assert!(contains(l, i(2)).unwrap());
        assert!(!contains(l, i(5)).unwrap());
        assert!(!contains(l, none()).unwrap());
        delitem(l, i(0)).unwrap();
        assert_eq!(r(l), "[2, 3]");
        assert!(delitem(l, i(5)).is_err());
        assert_eq!(err_msg(), "list assignment index out of range");
    }
}
