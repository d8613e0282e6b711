//! A dict that is a module's namespace (`globals()`, `m.__dict__`,
//! `vars(m)`). Compiled code reads and writes the module's slot array
//! directly, without telling anyone, so the dict holds a mirror of the
//! slots that is brought up to date before it is read (the one key of a
//! lookup, every slot for a whole-dict read such as `len` or iteration),
//! and every write to the dict is written through to the slot. Names
//! without a slot live only in the dict.

use super::{obj, probe, DictObj};
use crate::objects::module::{self, ModuleObj};
use crate::value::Value;

/// The namespace dict of module `m` (a new dict, up to date).
pub fn new(m: Value) -> Value {
    let d = super::new();
    obj(d).module.set(m);
    sync_all(obj(d));
    d
}

fn module_of(d: &DictObj) -> &'static ModuleObj {
    module::module(d.module.get())
}

/// Makes the entry for `key` (hash `hash`) match its slot, if it has one.
pub(super) fn sync_key(d: &DictObj, key: Value, hash: i64) {
    let m = module_of(d);
    let Some(i) = crate::objects::str::try_str(key).and_then(|s| m.slot_index(s)) else {
        return;
    };
    mirror(d, key, hash, m.slot_at(i));
}

/// Makes every slot's entry match the slot: bound slots get (or update)
/// an entry, unbound ones lose theirs; new names go at the end, in slot
/// order.
pub(super) fn sync_all(d: &DictObj) {
    let m = module_of(d);
    for (i, name) in m.slot_name_values().into_iter().enumerate() {
        let hash = crate::protocol::key::hash(name).unwrap_or(0);
        mirror(d, name, hash, m.slot_at(i));
    }
}

fn mirror(d: &DictObj, key: Value, hash: i64, v: Value) {
    // The key is a str: comparing it can run Al code only against a key of
    // a user type with the same hash, whose `__eq__` may raise. Such an
    // error is dropped and the entry left as it was: a read of the
    // namespace has no way to report it.
    let found = match probe(d, key, hash) {
        Ok(f) => f,
        Err(_) => {
            crate::exc::error::take_pending();
            return;
        }
    };
    let mut t = d.table_mut();
    match (found, v.is_null()) {
        (Some(ix), false) => t.entries[ix].value = v,
        (Some(ix), true) => {
            t.delete_at(ix);
        }
        (None, false) => t.insert_new(hash, key, v),
        (None, true) => {}
    }
}

/// After the dict bound `key` to `v` (null: unbound it), the same for its
/// slot.
pub(super) fn write_through(d: &DictObj, key: Value, v: Value) {
    let m = module_of(d);
    if let Some(i) = crate::objects::str::try_str(key).and_then(|s| m.slot_index(s)) {
        m.set_slot_at(i, v);
    }
}

/// `globals().clear()`: every slot unbound.
pub(super) fn clear_slots(d: &DictObj) {
    let m = module_of(d);
    for i in 0..m.slot_count() {
        m.set_slot_at(i, Value::NULL);
    }
}
