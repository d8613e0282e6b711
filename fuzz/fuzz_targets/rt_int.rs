//! `int(s)` and `int(s, base)` on any str, and the repr of the result: an
//! int or ValueError, never a panic. The first byte picks the base: 0 to 36
//! (1 is refused with ValueError, as CPython does), or no base argument.
#![no_main]

mod rt_common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&sel, rest)) = data.split_first() else {
        return;
    };
    let Some(text) = rt_common::text(rest) else {
        return;
    };
    let base = match sel % 38 {
        37 => None,
        b => Some(i64::from(b)),
    };
    rt_common::run(|| {
        let s = alrt::objects::str::new(text);
        let base = base.map(alrt::objects::int::from_i64);
        let n = alrt::protocol::num_convert::int_from(s, base)?;
        std::hint::black_box(alrt::protocol::dispatch::repr(n)?);
        Ok(())
    });
});
