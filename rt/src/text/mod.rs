//! Text formatting shared by the types: `format()` and format specs,
//! `str.format`, `%`-formatting, and the Unicode character tables.

pub mod format;
pub mod format_spec;
pub mod percent;
pub mod unicode;
pub mod unicode_tables;
