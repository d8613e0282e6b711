//! `collections.deque`: the object (a ring buffer of values the collector
//! traces), construction and `__init__`, and the mutations every method
//! and operator is built from. Operators, indexing, repr and the method
//! table are in `deque_ops.rs`; iterators in `objects/iter.rs`.

use crate::builtins::args::bind_clinic;
use crate::exc::error::{index_error, overflow_error, type_error, value_error, R};
use crate::gc::RootedVec;
use crate::object::{self, Header, Kind, Object, TypeObj, OBJECT_TYPE};
use crate::objects::list::ops::{memory_error, MAX_ITEMS};
use crate::protocol::args::Args;
use crate::protocol::dispatch;
use crate::value::Value;
use std::cell::{Cell, Ref, RefCell, RefMut};
use std::collections::VecDeque;
use std::ops::{Deref, DerefMut};

/// The items of a deque: a `RefCell<VecDeque>` plus a copy of their number
/// at a fixed offset (`layout::DEQUE_LEN`) that generated code reads for
/// truth tests (`while queue:`). The copy is refreshed whenever a mutable
/// borrow ends; generated code runs only while no borrow is held.
#[repr(C)]
pub struct DequeItems {
    len: Cell<usize>,
    q: RefCell<VecDeque<Value>>,
}

impl DequeItems {
    fn new(q: VecDeque<Value>) -> DequeItems {
        DequeItems {
            len: Cell::new(q.len()),
            q: RefCell::new(q),
        }
    }

    #[inline]
    fn borrow(&self) -> Ref<'_, VecDeque<Value>> {
        self.q.borrow()
    }

    #[inline]
    fn borrow_mut(&self) -> ItemsMut<'_> {
        ItemsMut {
            owner: self,
            inner: self.q.borrow_mut(),
        }
    }
}

/// Offset of the length in `DequeItems`.
pub const LEN_OFFSET: usize = std::mem::offset_of!(DequeItems, len);

/// A mutable borrow of a deque's items (see `DequeItems`).
struct ItemsMut<'a> {
    owner: &'a DequeItems,
    inner: RefMut<'a, VecDeque<Value>>,
}

impl Deref for ItemsMut<'_> {
    type Target = VecDeque<Value>;
    fn deref(&self) -> &VecDeque<Value> {
        &self.inner
    }
}

impl DerefMut for ItemsMut<'_> {
    fn deref_mut(&mut self) -> &mut VecDeque<Value> {
        &mut self.inner
    }
}

impl Drop for ItemsMut<'_> {
    fn drop(&mut self) {
        self.owner.len.set(self.inner.len());
    }
}

/// `collections.deque`. The name is CPython's `tp_name`, which its messages
/// show (`unhashable type: 'collections.deque'`); `__name__` and
/// `__module__` are its two parts (`class::type_data_attr`).
#[export_name = alrt_abi::rt_data_symbol!(DEQUE_TYPE)]
pub static DEQUE_TYPE: TypeObj =
    TypeObj::builtin("collections.deque", Some(&OBJECT_TYPE), Kind::Deque)
        .with_attrs(&super::deque_ops::ATTRS);

/// A deque. Instances of user subclasses have this layout too, with the
/// subclass in `header.ty` (as `str` and `tuple` subclasses keep theirs),
/// so `copy()`, `+` and `*` can build the subclass and repr can name it.
#[repr(C)]
pub struct DequeObj {
    pub header: Header,
    /// The items, left to right. Never borrowed across a call that can run
    /// Al code (comparisons, `iter`/`next`, repr): copy out first.
    pub items: DequeItems,
    /// `maxlen`; `None` for an unbounded deque.
    maxlen: Cell<Option<usize>>,
    /// Changed by every mutation that adds, removes or moves items, and
    /// only by those (`d[i] = x` and `reverse()` keep it, as in CPython):
    /// iterators and searches compare it with the value they started
    /// with to detect "deque mutated during iteration".
    state: Cell<u64>,
}

// SAFETY: repr(C), Header first; every Kind::Deque object is a DequeObj.
unsafe impl Object for DequeObj {
    const KINDS: &'static [Kind] = &[Kind::Deque];

    fn trace(&self, t: &mut crate::gc::Tracer) {
        let (front, back) = crate::gc::peek(&self.items.q).as_slices();
        t.visit_all(front);
        t.visit_all(back);
    }
}

impl DequeObj {
    #[inline]
    fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }
}

/// The deque behind `v`; the caller has checked the kind.
#[inline]
pub fn obj(v: Value) -> &'static DequeObj {
    v.as_ref::<DequeObj>()
}

/// A new empty deque of type `ty` (`collections.deque` or a subclass).
pub fn alloc(ty: &'static TypeObj, maxlen: Option<usize>) -> Value {
    with_items(ty, maxlen, VecDeque::new())
}

fn with_items(ty: &'static TypeObj, maxlen: Option<usize>, items: VecDeque<Value>) -> Value {
    Value::from_ref(crate::gc::alloc(DequeObj {
        header: Header {
            ty,
            kind: Kind::Deque,
            flags: Cell::new(0),
        },
        items: DequeItems::new(items),
        maxlen: Cell::new(maxlen),
        state: Cell::new(0),
    }))
}

/// `deque(iterable=(), maxlen=None)`, or the `__new__` and `__init__` of
/// a subclass `ty` when no class overrides them.
pub fn construct(ty: &'static TypeObj, args: Args) -> R<Value> {
    let d = alloc(ty, None);
    init(d, args)?;
    Ok(d)
}

/// `deque.__init__(iterable=(), maxlen=None)`: sets `maxlen`, empties the
/// deque and extends it with `iterable`.
pub fn init(d: Value, args: Args) -> R<()> {
    let [iterable, maxlen] = bind_clinic("deque", &args, ["iterable", "maxlen"], 0, 0)?;
    let maxlen = match maxlen {
        Some(m) if !object::is_none(m) => Some(maxlen_arg(m)?),
        _ => None,
    };
    let o = obj(d);
    o.maxlen.set(maxlen);
    clear(d);
    match iterable {
        Some(it) => extend(d, it),
        None => Ok(()),
    }
}

/// The `maxlen` argument: an int (`PyLong_AsSsize_t`, which takes no
/// `__index__`), at least 0.
fn maxlen_arg(m: Value) -> R<usize> {
    let int = if m.is_small() || matches!(m.kind(), Kind::Int | Kind::Bool) {
        crate::protocol::num::to_int(m)
    } else {
        match crate::class::instance::payload(m) {
            Some(p) if p.kind() == Kind::Int => p,
            _ => return Err(type_error("an integer is required")),
        }
    };
    let n = crate::objects::int::as_i64(int)
        .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))?;
    usize::try_from(n).map_err(|_| value_error("maxlen must be non-negative"))
}

/// `len(d)`
#[inline]
pub fn len(d: Value) -> usize {
    obj(d).items.borrow().len()
}

/// `d.maxlen`
pub fn maxlen(d: Value) -> Option<usize> {
    obj(d).maxlen.get()
}

/// The mutation stamp iterators and searches compare (see `DequeObj::state`).
#[inline]
pub fn state(d: Value) -> u64 {
    obj(d).state.get()
}

/// The item at position `i` from the left, if there is one.
#[inline]
pub fn get(d: Value, i: usize) -> Option<Value> {
    obj(d).items.borrow().get(i).copied()
}

/// The items, left to right, rooted (Al code run while they are used may
/// remove them from the deque).
pub fn snapshot(d: Value) -> RootedVec {
    RootedVec::from_vec(obj(d).items.borrow().iter().copied().collect())
}

/// `d.append(x)`: drops the leftmost item first when the deque is full.
#[inline]
pub fn append(d: Value, x: Value) {
    push(d, x, false);
}

/// `d.appendleft(x)`: drops the rightmost item first when the deque is full.
#[inline]
pub fn appendleft(d: Value, x: Value) {
    push(d, x, true);
}

/// Adds `x` at one end (the left with `left`), first dropping an item at
/// the other end when the deque is full.
#[inline]
fn push(d: Value, x: Value, left: bool) {
    let o = obj(d);
    let mut q = o.items.borrow_mut();
    if let Some(m) = o.maxlen.get() {
        if q.len() >= m {
            o.bump();
            if m == 0 {
                return;
            }
            if left {
                q.pop_back();
            } else {
                q.pop_front();
            }
        }
    }
    if left {
        q.push_front(x);
    } else {
        q.push_back(x);
    }
    o.bump();
}

/// `d.pop()`
#[inline]
pub fn pop(d: Value) -> R<Value> {
    let o = obj(d);
    match o.items.borrow_mut().pop_back() {
        Some(x) => {
            o.bump();
            Ok(x)
        }
        None => Err(index_error("pop from an empty deque")),
    }
}

/// `d.popleft()`
#[inline]
pub fn popleft(d: Value) -> R<Value> {
    let o = obj(d);
    match o.items.borrow_mut().pop_front() {
        Some(x) => {
            o.bump();
            Ok(x)
        }
        None => Err(index_error("pop from an empty deque")),
    }
}

/// `d.extend(iterable)`
pub fn extend(d: Value, iterable: Value) -> R<()> {
    extend_side(d, iterable, append)
}

/// `d.extendleft(iterable)`: each item goes to the left end in turn.
pub fn extendleft(d: Value, iterable: Value) -> R<()> {
    extend_side(d, iterable, appendleft)
}

fn extend_side(d: Value, iterable: Value, push: fn(Value, Value)) -> R<()> {
    if iterable == d {
        // Extending a deque with itself reads a copy, as CPython does.
        for &x in snapshot(d).iter() {
            push(d, x);
        }
        return Ok(());
    }
    if maxlen(d) == Some(0) {
        // Nothing is kept; the items are still consumed.
        let it = dispatch::iter(iterable)?;
        while dispatch::next(it)?.is_some() {}
        return Ok(());
    }
    // Exact lists and tuples are read in place: reading them runs no Al code.
    let direct = match iterable.kind() {
        Kind::List => Some(crate::objects::list::obj(iterable).items.borrow()),
        _ => None,
    };
    if let Some(items) = direct {
        reserve(d, items.len())?;
        for &x in items.iter() {
            push(d, x);
        }
        return Ok(());
    }
    if iterable.kind() == Kind::Tuple && !crate::class::ops::is_user(iterable) {
        let items = crate::objects::tuple::items(iterable);
        reserve(d, items.len())?;
        for &x in items {
            push(d, x);
        }
        return Ok(());
    }
    let it = dispatch::iter(iterable)?;
    while let Some(x) = dispatch::next(it)? {
        push(d, x);
    }
    Ok(())
}

/// Makes room for `extra` more items (no more than `maxlen` allows), or
/// raises MemoryError.
fn reserve(d: Value, extra: usize) -> R<()> {
    let o = obj(d);
    let mut q = o.items.borrow_mut();
    let extra = match o.maxlen.get() {
        Some(m) => extra.min(m.saturating_sub(q.len())),
        None => extra,
    };
    if q.len().saturating_add(extra) > MAX_ITEMS || q.try_reserve(extra).is_err() {
        return Err(memory_error());
    }
    Ok(())
}

/// `d.rotate(n)`: `n` steps to the right (to the left when negative).
pub fn rotate(d: Value, n: i64) {
    let o = obj(d);
    let mut q = o.items.borrow_mut();
    let len = q.len();
    if len <= 1 {
        return;
    }
    o.bump();
    let k = n.rem_euclid(len as i64) as usize;
    if k != 0 {
        q.rotate_right(k);
    }
}

/// `d.reverse()` (in place; iterators go on, as in CPython).
pub fn reverse(d: Value) {
    obj(d).items.borrow_mut().make_contiguous().reverse();
}

/// `d.clear()`; releases the buffer.
pub fn clear(d: Value) {
    let o = obj(d);
    if o.items.borrow().is_empty() {
        return;
    }
    let old = std::mem::take(&mut *o.items.borrow_mut());
    o.bump();
    drop(old);
}

/// `d[i] = x` for a position `i` in range.
pub fn set(d: Value, i: usize, x: Value) {
    if let Some(slot) = obj(d).items.borrow_mut().get_mut(i) {
        *slot = x;
    }
}

/// Removes the item at position `i` (in range).
pub fn remove_at(d: Value, i: usize) {
    let o = obj(d);
    o.items.borrow_mut().remove(i);
    o.bump();
}

/// `d.insert(i, x)`, with `list.insert`'s clamping of `i`.
pub fn insert(d: Value, i: i64, x: Value) -> R<()> {
    let o = obj(d);
    let mut q = o.items.borrow_mut();
    let n = q.len();
    if o.maxlen.get() == Some(n) {
        return Err(index_error("deque already at its maximum size"));
    }
    let n = n as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    q.insert(at as usize, x);
    o.bump();
    Ok(())
}

/// `d.copy()` and `d.__copy__()`: a deque with the same items and
/// `maxlen`; for a subclass, `type(d)(d)` or `type(d)(d, maxlen)`.
pub fn copy(d: Value) -> R<Value> {
    let ty = object::type_of(d);
    let o = obj(d);
    if std::ptr::eq(ty, &DEQUE_TYPE) {
        let items = o.items.borrow().clone();
        return Ok(with_items(&DEQUE_TYPE, o.maxlen.get(), items));
    }
    let r = match o.maxlen.get() {
        None => dispatch::call(ty.value(), Args::positional(&[d]))?,
        Some(m) => {
            let m = crate::objects::int::from_i64(m as i64);
            dispatch::call(ty.value(), Args::positional(&[d, m]))?
        }
    };
    if r.kind() != Kind::Deque {
        return Err(type_error(format!(
            "{}() must return a deque, not {}",
            ty.name,
            object::type_name(r)
        )));
    }
    Ok(r)
}

/// `d *= n`: the items repeated `n` times, of which a bounded deque keeps
/// the last `maxlen`.
pub fn repeat_inplace(d: Value, n: i64) -> R<()> {
    if n <= 0 {
        clear(d);
        return Ok(());
    }
    let o = obj(d);
    let size = o.items.borrow().len();
    if n == 1 || size == 0 {
        return Ok(());
    }
    // CPython's limit comes before `maxlen` shortens the work.
    if size as u128 * n as u128 > i64::MAX as u128 {
        return Err(memory_error());
    }
    let total = size * n as usize;
    let keep = o.maxlen.get().map_or(total, |m| total.min(m));
    if keep > MAX_ITEMS {
        return Err(memory_error());
    }
    let mut out = VecDeque::new();
    if out.try_reserve(keep).is_err() {
        return Err(memory_error());
    }
    {
        let q = o.items.borrow();
        let start = (total - keep) % size;
        out.extend((0..keep).map(|j| q[(start + j) % size]));
    }
    *o.items.borrow_mut() = out;
    o.bump();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{err_text, i, ints, r};

    fn new(items: &[i64], maxlen: Option<usize>) -> Value {
        let d = alloc(&DEQUE_TYPE, maxlen);
        extend(d, ints(items)).unwrap();
        d
    }

    #[test]
    fn ring_ends_and_maxlen() {
        let d = new(&[1, 2, 3], None);
        append(d, i(4));
        appendleft(d, i(0));
        assert_eq!(r(d), "deque([0, 1, 2, 3, 4])");
        assert_eq!(pop(d).unwrap(), i(4));
        assert_eq!(popleft(d).unwrap(), i(0));
        // python3 -c "from collections import deque; b = deque([1,2,3], 2); b.append(9); b.appendleft(7); print(b)"
        let b = new(&[1, 2, 3], Some(2));
        assert_eq!(r(b), "deque([2, 3], maxlen=2)");
        append(b, i(9));
        appendleft(b, i(7));
        assert_eq!(r(b), "deque([7, 3], maxlen=2)");
        let z = new(&[1], Some(0));
        append(z, i(1));
        assert_eq!(r(z), "deque([], maxlen=0)");
        assert!(pop(z).is_err());
        assert_eq!(err_text(), "IndexError: pop from an empty deque");
        assert!(popleft(z).is_err());
        assert_eq!(err_text(), "IndexError: pop from an empty deque");
    }

    #[test]
    fn steady_queue_does_not_reallocate() {
        let d = alloc(&DEQUE_TYPE, None);
        for k in 0..100 {
            append(d, i(k));
        }
        let cap = obj(d).items.borrow().capacity();
        for k in 0..100_000 {
            append(d, i(k));
            popleft(d).unwrap();
        }
        assert_eq!(obj(d).items.borrow().capacity(), cap);
        assert_eq!(len(d), 100);
    }

    #[test]
    fn extend_rotate_insert() {
        // python3 -c 'from collections import deque; d = deque("abc"); d.extendleft("xy"); print(d); d = deque("abc", 4); d.extendleft("xyz"); print(d); d = deque("abc", 4); d.extend(d); print(d)'
        let d = new(&[1, 2, 3], None);
        extendleft(d, ints(&[8, 9])).unwrap();
        assert_eq!(r(d), "deque([9, 8, 1, 2, 3])");
        let d = new(&[1, 2, 3], Some(4));
        extendleft(d, ints(&[7, 8, 9])).unwrap();
        assert_eq!(r(d), "deque([9, 8, 7, 1], maxlen=4)");
        let d = new(&[1, 2, 3], Some(4));
        extend(d, d).unwrap();
        assert_eq!(r(d), "deque([3, 1, 2, 3], maxlen=4)");
        // python3 -c 'from collections import deque; d = deque([1,2,3,4,5]); d.rotate(2); print(d); d.rotate(-3); print(d); d.rotate(12); print(d)'
        let d = new(&[1, 2, 3, 4, 5], None);
        rotate(d, 2);
        assert_eq!(r(d), "deque([4, 5, 1, 2, 3])");
        rotate(d, -3);
        assert_eq!(r(d), "deque([2, 3, 4, 5, 1])");
        rotate(d, 12);
        assert_eq!(r(d), "deque([5, 1, 2, 3, 4])");
        insert(d, -1, i(9)).unwrap();
        insert(d, 100, i(8)).unwrap();
        insert(d, -100, i(7)).unwrap();
        assert_eq!(r(d), "deque([7, 5, 1, 2, 3, 9, 4, 8])");
        let full = new(&[1, 2], Some(2));
        assert!(insert(full, 0, i(5)).is_err());
        assert_eq!(err_text(), "IndexError: deque already at its maximum size");
        reverse(d);
        assert_eq!(r(d), "deque([8, 4, 9, 3, 2, 1, 5, 7])");
        remove_at(d, 1);
        assert_eq!(r(d), "deque([8, 9, 3, 2, 1, 5, 7])");
        clear(d);
        assert_eq!(r(d), "deque([])");
    }

    #[test]
    fn state_changes_only_when_items_move() {
        let d = new(&[1, 2, 3], None);
        let s = state(d);
        set(d, 0, i(5));
        reverse(d);
        extend(d, ints(&[])).unwrap();
        repeat_inplace(d, 1).unwrap();
        assert_eq!(state(d), s);
        rotate(d, 0);
        assert_ne!(state(d), s);
        let one = new(&[1], None);
        let s = state(one);
        rotate(one, 1);
        assert_eq!(state(one), s);
        clear(one);
        assert_ne!(state(one), s);
        let s = state(one);
        clear(one);
        assert_eq!(state(one), s);
    }

    #[test]
    fn repeat_in_place() {
        // python3 -c 'from collections import deque; print(deque([1,2,3],5) * 3, deque([1],5) * 7, deque([1,2]) * 3)'
        let d = new(&[1, 2, 3], Some(5));
        repeat_inplace(d, 3).unwrap();
        assert_eq!(r(d), "deque([2, 3, 1, 2, 3], maxlen=5)");
        let d = new(&[1], Some(5));
        repeat_inplace(d, 7).unwrap();
        assert_eq!(r(d), "deque([1, 1, 1, 1, 1], maxlen=5)");
        let d = new(&[1, 2], None);
        repeat_inplace(d, 3).unwrap();
        assert_eq!(r(d), "deque([1, 2, 1, 2, 1, 2])");
        // python3 -c 'from collections import deque; deque([1,2], 3) * 2**62'
        let d = new(&[1, 2], Some(3));
        assert!(repeat_inplace(d, 1 << 62).is_err());
        assert_eq!(err_text(), "MemoryError: ");
        let d = new(&[1, 2], Some(3));
        repeat_inplace(d, 1 << 61).unwrap();
        assert_eq!(r(d), "deque([2, 1, 2], maxlen=3)");
        repeat_inplace(d, 0).unwrap();
        assert_eq!(r(d), "deque([], maxlen=3)");
    }
}
