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
/// `Kind` numbers generated code tests against.
pub const KIND_FLOAT: u32 = Kind::Float as u32;
/// `Kind::Bool`
pub const KIND_BOOL: u32 = Kind::Bool as u32;

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
    }
}
