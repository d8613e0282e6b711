//! Attributes some exception types add (`OSError.errno`, `ImportError.name`
//! ...): kept as one tuple in a cell of `ExcObj`, null until one is set,
//! each read back as None while unset (as CPython's member descriptors).

use crate::object;
use crate::value::Value;
use std::cell::Cell;

/// Field `i` of `cell`'s tuple (null when unset).
pub fn get(cell: &Cell<Value>, i: usize) -> Value {
    let t = cell.get();
    if t.is_null() {
        return Value::NULL;
    }
    crate::objects::tuple::items(t)
        .get(i)
        .copied()
        .unwrap_or(Value::NULL)
}

/// The attribute `name`, one of `names` (None when unset); None if `name`
/// is not one of them.
pub fn attr(cell: &Cell<Value>, names: &[&str], name: &str) -> Option<Value> {
    let i = names.iter().position(|a| *a == name)?;
    let v = get(cell, i);
    Some(if v.is_null() { object::none() } else { v })
}

/// Sets the attribute `name`, one of `names`, to `v` (null unsets it);
/// false if `name` is not one of them.
pub fn set(cell: &Cell<Value>, names: &[&str], name: &str, v: Value) -> bool {
    let Some(i) = names.iter().position(|a| *a == name) else {
        return false;
    };
    let mut fields: Vec<Value> = (0..names.len()).map(|j| get(cell, j)).collect();
    fields[i] = v;
    cell.set(crate::objects::tuple::from_slice(&fields));
    true
}
