//! Lexer and parser on any bytes: an AST or a rendered diagnostic, never a
//! panic, a hang or a stack overflow.
#![no_main]

mod compiler_stack;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(file) = compiler_stack::source(data) else {
        return;
    };
    compiler_stack::run(move || {
        if let Err(ds) = alc::parser::parse(&file) {
            compiler_stack::render(&file, &ds);
        }
    });
});
