//! `fmt % args` on str formats: the first line is the format; then either
//! one value line (a single argument), `T` and value lines (a tuple), or
//! `D` and key/value line pairs (a dict, for `%(key)s`). Values are in
//! `rt_common`'s notation. A str or an exception, never a panic.
#![no_main]

mod rt_common;

use alrt::gc::RootedVec;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((fmt, rest)) = rt_common::format_and_lines(data) else {
        return;
    };
    rt_common::run(|| {
        let fmt = alrt::objects::str::new(fmt);
        let args = match rest.split_first() {
            None => alrt::objects::tuple::from_vec(Vec::new()),
            Some((&"T", items)) => {
                let mut vals = RootedVec::new();
                for line in items {
                    let v = rt_common::value(line);
                    vals.push(v);
                }
                alrt::objects::tuple::from_vec(vals.into_vec())
            }
            Some((&"D", items)) => {
                let d = alrt::objects::dict::new();
                for pair in items.chunks(2) {
                    let k = alrt::objects::str::new(pair[0]);
                    let v = rt_common::value(pair.get(1).copied().unwrap_or("n"));
                    alrt::objects::dict::setitem(d, k, v)?;
                }
                d
            }
            Some((line, _)) => rt_common::value(line),
        };
        let res = alrt::text::format::percent(fmt, args)?;
        std::hint::black_box(res);
        Ok(())
    });
});
