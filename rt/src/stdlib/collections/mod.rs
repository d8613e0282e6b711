//! `_collections`, the native half of `collections`: the `deque` type.
//! The rest of the package is Al (`lib/collections/__init__.al`).

pub mod deque;
pub mod deque_ops;

use crate::exc::error::R;
use crate::stdlib::ModuleBuilder;

/// Defines the attributes of `_collections`.
pub fn init(b: &mut ModuleBuilder) -> R<()> {
    b.value("deque", deque::DEQUE_TYPE.value());
    Ok(())
}
