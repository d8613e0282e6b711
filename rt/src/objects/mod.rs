//! The built-in types, one module (or folder) per type: layout,
//! constructors, operators, methods and iterators.

pub mod alias;
pub mod async_gen;
pub mod bytes;
pub mod code;
pub mod complex;
pub mod dict;
pub mod float;
pub mod float_methods;
pub mod float_pow;
pub mod func;
pub mod generator;
pub mod int;
pub mod iter;
pub mod list;
pub mod mappingproxy;
pub mod module;
pub mod range;
pub mod set;
pub mod slice;
pub mod str;
pub mod tuple;
pub mod unawaited;
pub mod weakref;
