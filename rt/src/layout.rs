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
pub const ATTR_CACHE_SIZE: i32 = 96;
/// Offset of `FuncObj::generic` (the generic entry's address).
pub const FUNC_GENERIC: i32 = 16;
/// Offset of `InstanceObj::values` (a `SlotVec`: pointer, then length).
pub const INSTANCE_SLOTS_PTR: i32 = 16;
/// Offset of the slot count of `InstanceObj::values`.
pub const INSTANCE_SLOTS_LEN: i32 = 24;
/// Offset of the capacity of `InstanceObj::values`.
pub const INSTANCE_SLOTS_CAP: i32 = 32;
/// Offset of `InstanceObj::dict` (null while the slots hold attributes).
pub const INSTANCE_DICT: i32 = 40;
/// Entries in an `AttrCache`.
pub const IC_ENTRIES: usize = crate::class::inline_cache::IC_ENTRIES;
/// Size of one `IcEntry`.
pub const IC_ENTRY_SIZE: i32 = 24;
/// Offsets in an `IcEntry`: the type version...
pub const IC_VERSION: i32 = 0;
/// ... the slot index or function ...
pub const IC_DATA: i32 = 8;
/// ... and the method-shadowing slot (0: none).
pub const IC_SHADOW: i32 = 16;
/// Offset of a list's buffer address (`list::ListItems`, kept current
/// whenever no borrow is held).
pub const LIST_ITEMS_PTR: i32 = 16;
/// Offset of a list's length.
pub const LIST_ITEMS_LEN: i32 = 24;
/// The exported symbol of the `float` type object (`object::FLOAT_TYPE`):
/// inline float arithmetic compares a header's type with its address, so
/// instances of `float` subclasses (same kind, other type) take the slow path.
pub const FLOAT_TYPE_SYMBOL: &str = "alc_rt_float_type";
/// Offset of `TupleObj::len` (a usize).
pub const TUPLE_LEN: i32 = 24;
/// Offset of a tuple's first item (the items follow the `TupleObj`).
pub const TUPLE_ITEMS: i32 = 32;
/// The exported symbol of the `tuple` type object (`object::TUPLE_TYPE`).
pub const TUPLE_TYPE_SYMBOL: &str = "alc_rt_tuple_type";
/// `Kind` numbers generated code tests against.
pub const KIND_FLOAT: u32 = Kind::Float as u32;
/// `Kind::List`: exact lists (subclass instances are `Kind::Instance`).
pub const KIND_LIST: u32 = Kind::List as u32;
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
            offset_of!(crate::objects::float::FloatObj, value) as i32,
            FLOAT_VALUE
        );
        assert_eq!(
            offset_of!(crate::objects::func::FuncObj, cells) as i32,
            FUNC_CELLS
        );
        assert_eq!(
            offset_of!(crate::objects::func::FuncObj, generic) as i32,
            FUNC_GENERIC
        );
        assert_eq!(
            offset_of!(crate::objects::func::CellObj, value) as i32,
            CELL_VALUE
        );
        assert_eq!(offset_of!(crate::object::Header, ty) as i32, HEADER_TY);
        assert_eq!(
            offset_of!(crate::object::TypeObj, version) as i32,
            TYPE_VERSION
        );
        use crate::class::inline_cache::IcEntry;
        use crate::class::instance::InstanceObj;
        let slots = offset_of!(InstanceObj, values) as i32;
        assert_eq!(slots + crate::class::slots::PTR_OFFSET, INSTANCE_SLOTS_PTR);
        assert_eq!(slots + crate::class::slots::LEN_OFFSET, INSTANCE_SLOTS_LEN);
        assert_eq!(slots + crate::class::slots::CAP_OFFSET, INSTANCE_SLOTS_CAP);
        assert_eq!(offset_of!(InstanceObj, dict) as i32, INSTANCE_DICT);
        let items = offset_of!(crate::objects::list::ListObj, items) as i32;
        assert_eq!(items + crate::objects::list::PTR_OFFSET, LIST_ITEMS_PTR);
        assert_eq!(items + crate::objects::list::LEN_OFFSET, LIST_ITEMS_LEN);
        assert_eq!(offset_of!(IcEntry, version) as i32, IC_VERSION);
        assert_eq!(std::mem::size_of::<IcEntry>() as i32, IC_ENTRY_SIZE);
        assert_eq!(offset_of!(IcEntry, data) as i32, IC_DATA);
        assert_eq!(offset_of!(IcEntry, shadow) as i32, IC_SHADOW);
        assert_eq!(
            std::mem::size_of::<crate::class::instance::AttrCache>() as i32,
            ATTR_CACHE_SIZE
        );
        assert_eq!(
            offset_of!(crate::objects::tuple::TupleObj, len) as i32,
            TUPLE_LEN
        );
        assert_eq!(
            std::mem::size_of::<crate::objects::tuple::TupleObj>() as i32,
            TUPLE_ITEMS
        );
    }
}
