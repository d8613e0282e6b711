//! `float(s)` on any str, and the repr of the result: a float or
//! ValueError, never a panic.
#![no_main]

mod rt_common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(text) = rt_common::text(data) else {
        return;
    };
    rt_common::run(|| {
        let s = alrt::objects::str::new(text);
        let x = alrt::protocol::num_convert::float_from(s)?;
        std::hint::black_box(alrt::protocol::dispatch::repr(x)?);
        Ok(())
    });
});
