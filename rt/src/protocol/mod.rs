//! Operations on any value: generic dispatch on an object's kind and its
//! type's slots, hashing and equality for dict and set keys, the numeric
//! tower, and call arguments in vectorcall layout.

pub mod args;
pub mod dispatch;
pub mod key;
pub mod num;
pub mod num_convert;
pub mod pattern;
