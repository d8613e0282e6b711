//! The whole front end on any bytes, down to Cranelift IR the verifier
//! accepts (`driver::check_source`): a compiled module or diagnostics,
//! never a panic or a verifier error.
#![no_main]

mod compiler_stack;

use alc::driver::Failure;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(file) = compiler_stack::source(data) else {
        return;
    };
    compiler_stack::run(move || match alc::driver::check_source(&file) {
        Ok(()) => {}
        // An internal compiler error (the verifier's among them) is a bug
        // even though it is reported as a diagnostic.
        Err(Failure::Diagnostics(text)) | Err(Failure::Message(text)) => {
            assert!(!text.contains("internal compiler error"), "{text}");
        }
    });
});
