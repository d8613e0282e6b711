//! Lists lent to `a[i:j] = b[k:l:m]`: the right side's items go into a
//! recycled list that the assignment hands back, so the statement makes
//! no list and no item buffer (fannkuch's flip `p[:k + 1] = p[k::-1]`
//! made both, and collecting them was a fifth of its run).
//!
//! The compiler calls `lend_slice` for the right side and `assign_lent`
//! for the target, and uses the lent value nowhere else, so no Al code
//! ever sees it: code that runs between the two calls (the target's
//! expressions, `__index__` of its bounds) cannot keep it. A value is
//! recycled only if it is on the lent stack (not a slice some
//! `__getitem__` returned) and the target was an exact list (its slice
//! assignment copies the items out and keeps nothing).

use crate::exc::error::R;
use crate::object::LIST_TYPE;
use crate::objects::list::{self, ops};
use crate::objects::slice;
use crate::state::GlobalCell;
use crate::value::Value;

/// Lent lists whose assignment has not run yet (innermost last), and
/// emptied lists ready to lend. Both are roots: an entry is never freed
/// while listed, so a listed address always means that list.
struct Pool {
    lent: Vec<Value>,
    free: Vec<Value>,
}

static POOL: GlobalCell<Pool> = GlobalCell::new(Pool {
    lent: Vec::new(),
    free: Vec::new(),
});

/// Lent lists still listed when an exception skipped their assignment
/// are forgotten (left to the collector) once the stack is this deep.
const MAX_LENT: usize = 32;
/// Emptied lists kept for lending.
const MAX_FREE: usize = 4;
/// A lent list whose buffer grew beyond this many items gives it back
/// when it is returned, so one big slice does not keep its memory.
const MAX_KEPT_ITEMS: usize = 1024;

/// Whether `o` is an exact list in the generic strategy.
fn is_plain_list(o: Value) -> bool {
    !o.is_small() && std::ptr::eq(o.header().ty, &LIST_TYPE) && !list::obj(o).items.is_floats()
}

/// `o[start:stop:step]` as the right side of a slice assignment: for an
/// exact generic list with small-int or None bounds, a lent list holding
/// the items; anything else is `o[start:stop:step]` itself.
pub fn lend_slice(o: Value, start: Value, stop: Value, step: Value) -> R<Value> {
    if !is_plain_list(o) {
        return crate::protocol::dispatch::getslice(o, start, stop, step);
    }
    let Some(parts) = slice::unpack_plain(start, stop, step) else {
        return crate::protocol::dispatch::getslice(o, start, stop, step);
    };
    let parts = parts?;
    let t = match POOL.with(|p| p.free.pop()) {
        Some(t) => t,
        // May collect: `o` is still held by the caller's frame.
        None => list::from_vec(Vec::new()),
    };
    {
        let src = list::obj(o).items.borrow();
        let mut dst = list::obj(t).items.borrow_mut();
        ops::extend_with_slice(&mut dst, &src, parts);
    }
    POOL.with(|p| {
        if p.lent.len() >= MAX_LENT {
            p.lent.clear();
        }
        p.lent.push(t);
    });
    Ok(t)
}

/// `o[start:stop:step] = v` where `v` is what `lend_slice` returned for
/// this statement: assigns, then takes a lent `v` back for the next
/// statement when `o` was an exact list.
pub fn assign_lent(o: Value, start: Value, stop: Value, step: Value, v: Value) -> R<()> {
    let target_list = !o.is_small() && std::ptr::eq(o.header().ty, &LIST_TYPE);
    let res = match slice::unpack_plain(start, stop, step) {
        Some(parts) if target_list => parts.and_then(|p| ops::assign_slice(o, p, v)),
        _ => crate::protocol::dispatch::setslice(o, start, stop, step, v),
    };
    let was_lent = POOL.with(|p| match p.lent.iter().rposition(|&x| x == v) {
        // Entries above it were lent to statements an exception left.
        Some(i) => {
            p.lent.truncate(i);
            true
        }
        None => false,
    });
    if was_lent && target_list {
        {
            let mut items = list::obj(v).items.borrow_mut();
            items.clear();
            if items.capacity() > MAX_KEPT_ITEMS {
                items.shrink_to_fit();
            }
        }
        POOL.with(|p| {
            if p.free.len() < MAX_FREE {
                p.free.push(v);
            }
        });
    }
    res
}

/// Visits the lent and free lists.
pub fn trace_roots(t: &mut crate::gc::Tracer) {
    POOL.with(|p| {
        t.visit_all(&p.lent);
        t.visit_all(&p.free);
    });
}
