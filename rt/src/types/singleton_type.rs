//! The attribute tables of the singletons' types, `NoneType`, `ellipsis`
//! and `NotImplementedType`: their `__repr__`, `__bool__` and
//! `__reduce__` (the name pickle finds the singleton under), and
//! `object`'s attributes through the base.

use super::slots;
use crate::exc::error::R;
use crate::object::{ELLIPSIS_TYPE, NONE_TYPE, NOT_IMPLEMENTED_TYPE};
use crate::protocol::args::Args;
use crate::protocol::dispatch;
use crate::value::Value;

crate::attr_table! {
    /// The attributes of `NoneType`.
    pub static NONE_ATTRS for NONE_TYPE = [
        slot "__bool__" => truth;
        new "__new__" => slots::new;
        slot "__repr__" => repr;
    ]
}

crate::attr_table! {
    /// The attributes of `ellipsis`.
    pub static ELLIPSIS_ATTRS for ELLIPSIS_TYPE = [
        slot "__getattribute__" => slots::getattribute;
        new "__new__" => slots::new;
        method "__reduce__" => reduce;
        slot "__repr__" => repr;
    ]
}

crate::attr_table! {
    /// The attributes of `NotImplementedType`.
    pub static NOT_IMPLEMENTED_ATTRS for NOT_IMPLEMENTED_TYPE = [
        slot "__bool__" => truth;
        new "__new__" => slots::new;
        method "__reduce__" => reduce;
        slot "__repr__" => repr;
    ]
}

fn truth(o: Value, args: Args) -> R<Value> {
    slots::exactly(&args, 0)?;
    Ok(crate::object::boolean(dispatch::truthy(o)?))
}

fn repr(o: Value, args: Args) -> R<Value> {
    slots::exactly(&args, 0)?;
    Ok(crate::objects::str::from_string(dispatch::repr(o)?))
}

/// `__reduce__()`: the singleton's name, which pickle looks up.
fn reduce(o: Value, args: Args) -> R<Value> {
    args.positional_range("__reduce__", 0, 0)?;
    Ok(crate::objects::str::from_string(dispatch::repr(o)?))
}
