//! alc: compiles Al programs to native executables through Cranelift.

pub mod ast;
pub mod code_cache;
pub mod diagnostics;
pub mod driver;
pub mod emit;
pub mod hoist;
pub mod interactive;
pub mod jit;
pub mod lexer;
pub mod link;
pub mod loader;
pub mod lower;
pub mod mangle;
pub mod parser;
pub mod resolve;
pub mod run_cache;
pub mod span;
pub mod stdlib;
