//! `_copyreg`, the native half of `copyreg` (`lib/copyreg.al`): the
//! reconstructors that `object.__reduce_ex__` names in its results
//! (`rt/src/class/reduce.rs`), shared so that `copyreg.__newobj__ is
//! obj.__reduce_ex__(2)[0]` as in CPython.

use super::ModuleBuilder;
use crate::class::reduce::{NEWOBJ, NEWOBJ_EX, RECONSTRUCTOR};
use crate::exc::error::R;

/// Defines `_copyreg`'s attributes.
pub fn init(m: &mut ModuleBuilder) -> R<()> {
    m.func(&NEWOBJ);
    m.func(&NEWOBJ_EX);
    m.func(&RECONSTRUCTOR);
    Ok(())
}
