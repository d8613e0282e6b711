//! Object layout facts that generated code relies on for inline fast paths.
//! The compiler reads these constants (it links alrt as an rlib), so they
//! exist in one place; unit tests pin them to the real struct layouts.

use crate::object::Kind;

/// Offset of `Header::kind` (a u32) in every object.
pub const HEADER_KIND: i32 = 8;
/// Offset of `FloatObj::value` (an f64).
pub const FLOAT_VALUE: i32 = 16;
/// Offset of `FuncObj::cells` (pointer to the closure's cell array).
pub const FUNC_CELLS: i32 = 24;
/// Offset of `CellObj::value`.
pub const CELL_VALUE: i32 = 16;
/// Offset of `Header::ty` (the type object pointer) in every object.
pub const HEADER_TY: i32 = 0;
/// Offset of `TypeObj::version` (a u64 attribute-cache version tag).
pub const TYPE_VERSION: i32 = 48;
/// Size of `instance::AttrCache`, the per-site inline cache generated code
/// reserves (zeroed, writable) for `alc_rt_getattr_ic` and friends.
pub const ATTR_CACHE_SIZE: i32 = 24;
/// Offset of `TupleObj::len` (a usize).
pub const TUPLE_LEN: i32 = 24;
/// Offset of a tuple's first item (the items follow the `TupleObj`).
pub const TUPLE_ITEMS: i32 = 32;
/// The exported symbol of the `tuple` type object (`object::TUPLE_TYPE`).
pub const TUPLE_TYPE_SYMBOL: &str = "alc_rt_tuple_type";
/// `Kind` numbers generated code tests against.
pub const KIND_FLOAT: u32 = Kind::Float as u32;
/// `Kind::Bool`
pub const KIND_BOOL: u32 = Kind::Bool as u32;
/// `Kind::Instance`: instances of user classes.
pub const KIND_INSTANCE: u32 = Kind::Instance as u32;

#[cfg(test)]
mod tests {
    use super::*;
    use std::mem::offset_of;

    #[test]
    fn offsets_match_structs() {
        assert_eq!(offset_of!(crate::object::Header, kind) as i32, HEADER_KIND);
        assert_eq!(
            offset_of!(crate::float::FloatObj, value) as i32,
            FLOAT_VALUE
        );
        assert_eq!(offset_of!(crate::func::FuncObj, cells) as i32, FUNC_CELLS);
        assert_eq!(offset_of!(crate::func::CellObj, value) as i32, CELL_VALUE);
        assert_eq!(offset_of!(crate::object::Header, ty) as i32, HEADER_TY);
        assert_eq!(
            offset_of!(crate::object::TypeObj, version) as i32,
            TYPE_VERSION
        );
        assert_eq!(
            std::mem::size_of::<crate::instance::AttrCache>() as i32,
            ATTR_CACHE_SIZE
        );
        assert_eq!(offset_of!(crate::tuple::TupleObj, len) as i32, TUPLE_LEN);
        assert_eq!(
            std::mem::size_of::<crate::tuple::TupleObj>() as i32,
            TUPLE_ITEMS
        );
    }
}
