//! alrt: the runtime library linked into every program alc compiles.
//!
//! Generated code calls the `#[no_mangle] extern "C"` entry points in
//! `entry/mod.rs`; everything else is ordinary Rust working on `Value`s, with
//! `R<T>` results under the pending-exception convention (`exc/error.rs`).

// The value representation and the object header every type shares.
pub mod layout;
pub mod object;
pub mod state;
pub mod value;

// The extern "C" surface generated code calls, and program start.
pub mod entry;
// Memory: the collector, its heap and stack scan, the global allocator.
pub mod gc;
// Exceptions: objects, the pending slot, tracebacks, recursion limit.
pub mod exc;
// Generic operations, hashing and equality, numbers.
pub mod protocol;
// The built-in types.
pub mod objects;
// Built-in types' attribute tables and their descriptors.
pub mod types;
// User classes, instances, descriptors, inline caches.
pub mod class;
// Formatting and Unicode.
pub mod text;
// Built-in functions, constructors and program I/O.
pub mod builtins;
// Standard-library modules implemented in Rust.
pub mod stdlib;
// Text I/O: files, open(), StringIO, the standard streams.
pub mod io;

// The helpers rt's unit tests share.
#[cfg(test)]
pub(crate) mod testing;
