//! Parsing, hoisting of `yield`/`await` and name resolution on any bytes:
//! a resolution or rendered diagnostics, never a panic.
#![no_main]

mod compiler_stack;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(file) = compiler_stack::source(data) else {
        return;
    };
    compiler_stack::run(move || {
        let mut ast = match alc::parser::parse(&file) {
            Ok(ast) => ast,
            Err(ds) => return compiler_stack::render(&file, &ds),
        };
        alc::hoist::hoist_suspensions(&mut ast);
        if let Err(ds) = alc::resolve::resolve(&ast) {
            compiler_stack::render(&file, &ds);
        }
    });
});
