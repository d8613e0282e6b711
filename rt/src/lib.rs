//! alrt: the runtime library linked into every program alc compiles.
//!
//! Generated code calls the `#[no_mangle] extern "C"` entry points in
//! `abi.rs`; everything else is ordinary Rust working on `Value`s, with
//! `R<T>` results under the pending-exception convention (`error.rs`).

// Core: value representation, objects, errors, dispatch.
pub mod abi;
pub mod alloc;
pub mod args;
pub mod dispatch;
pub mod error;
pub mod exc;
pub mod gc;
pub mod layout;
pub mod object;
pub mod oom;
pub mod ops;
pub mod recursion;
pub mod start;
pub mod state;
pub mod suggest;
pub mod traceback;
pub mod value;

// Functions and calls.
pub mod func;

// Classes and instances.
pub mod basetype;
pub mod class;
pub mod class_abi;
pub mod class_new;
pub mod class_ops;
pub mod descr;
pub mod inline_cache;
pub mod instance;
pub mod shape;
pub mod slots;

// Numbers.
pub mod float;
pub mod int;
pub mod int_ops;
pub mod num;
pub mod num_convert;

// Text.
pub mod format;
pub mod format_spec;
pub mod percent;
pub mod str;
pub mod str_case;
pub mod str_methods;
pub mod str_ops;
pub mod str_split;
pub mod unicode;
pub mod unicode_tables;

// Containers and iteration.
pub mod dict;
pub mod dict_views;
pub mod iter;
pub mod key;
pub mod list;
pub mod list_ops;
pub mod list_sort;
pub mod range;
pub mod set;
pub mod set_table;
pub mod slice;
pub mod tuple;
pub mod tuple_ops;

// Built-in functions and type constructors, and program output.
pub mod builtins;
pub mod builtins_io;
pub mod builtins_iter;
pub mod construct;
pub mod output;
