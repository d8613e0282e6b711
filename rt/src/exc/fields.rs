//! Attributes some exception types add (`OSError.errno`, `ImportError.name`,
//! `SyntaxError.lineno`, `UnicodeEncodeError.start` ...): kept as one tuple
//! in a cell of `ExcObj`, null until one is set, each read back as None
//! while unset (as CPython's member descriptors); reading, writing and
//! deleting them for every family.

use super::{import_error, os_error, syntax_error, unicode_error, ExcObj};
use crate::exc::error::{type_error, R};
use crate::object;
use crate::value::Value;
use std::cell::Cell;

/// The cell and attribute names of `e`'s family, if its type adds any
/// (a `UnicodeEncodeError` rt raised with only a message has none).
fn family(e: &ExcObj) -> Option<(&Cell<Value>, &'static [&'static str])> {
    if os_error::is_os_error(e) {
        Some((&e.os, &os_error::ATTRS))
    } else if import_error::is_import_error(e) {
        Some((&e.import, &import_error::ATTRS))
    } else if syntax_error::is_syntax_error(e) {
        Some((&e.detail, &syntax_error::ATTRS))
    } else if unicode_error::is_unicode_error(e) && !e.detail.get().is_null() {
        Some((&e.detail, &unicode_error::ATTRS))
    } else {
        None
    }
}

/// `e.name` for an attribute of `e`'s family; None if it is not one.
pub fn exc_attr(e: &ExcObj, name: &str) -> Option<Value> {
    let (cell, names) = family(e)?;
    attr(cell, names, name)
}

/// `e.name = v` for an attribute of `e`'s family; false if it is not one.
pub fn exc_set(e: &ExcObj, name: &str, v: Value) -> bool {
    family(e).is_some_and(|(cell, names)| set(cell, names, name, v))
}

/// `del e.name` for an attribute of `e`'s family (it then reads None, but
/// a Unicode error's `start`/`end` cannot be deleted, as in CPython);
/// false if it is not one.
pub fn exc_delete(e: &ExcObj, name: &str) -> R<bool> {
    if unicode_error::is_unicode_error(e)
        && !e.detail.get().is_null()
        && (name == "start" || name == "end")
    {
        return Err(type_error("can't delete numeric/char attribute"));
    }
    Ok(exc_set(e, name, Value::NULL))
}

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
