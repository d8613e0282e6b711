//! Object allocation. The narrow API (`alloc`) is what the garbage
//! collector of issue 4 replaces; until then objects are never freed.

use crate::object::Object;

/// Allocates `obj` and returns a reference that lives as long as the program.
pub fn alloc<T: Object>(obj: T) -> &'static T {
    Box::leak(Box::new(obj))
}
