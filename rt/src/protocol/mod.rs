//! Operations on any value: generic dispatch on an object's kind and its
//! type's slots, hashing and equality for dict and set keys, the numeric
//! tower, call arguments in vectorcall layout, the context manager
//! protocol of `with`, and the asynchronous protocols.

pub mod args;
pub mod asynchronous;
pub mod context;
pub mod dispatch;
pub mod import;
pub mod key;
pub mod num;
pub mod num_convert;
pub mod pattern;
pub mod runtime_import;
