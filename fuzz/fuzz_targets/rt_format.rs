//! `format(v, spec)`: the format-spec mini-language applied to an int,
//! bool, float, str or None. The first line is the value (`rt_common`'s
//! notation), the rest of the input the spec. A str or an exception (mostly
//! ValueError), never a panic.
#![no_main]

mod rt_common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(text) = rt_common::text(data) else {
        return;
    };
    let (line, spec) = text.split_once('\n').unwrap_or((text, ""));
    rt_common::run(|| {
        let v = rt_common::value(line);
        std::hint::black_box(alrt::text::format::format_value(v, spec)?);
        Ok(())
    });
});
