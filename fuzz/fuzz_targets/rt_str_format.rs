//! `fmt.format(*args, **kwargs)`: the first line is the format, each later
//! line an argument in `rt_common`'s notation, or `k<name>=<value>` for a
//! keyword argument. A str or an exception, never a panic.
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
        let mut pos = RootedVec::new();
        let mut names = RootedVec::new();
        let mut vals = RootedVec::new();
        for line in &rest {
            match line.strip_prefix('k').and_then(|kw| kw.split_once('=')) {
                Some((name, value)) => {
                    let name = alrt::objects::str::new(name);
                    names.push(name);
                    let v = rt_common::value(value);
                    vals.push(v);
                }
                None => {
                    let v = rt_common::value(line);
                    pos.push(v);
                }
            }
        }
        let args = alrt::protocol::args::Args {
            pos: &pos,
            kwnames: &names,
            kwvals: &vals,
        };
        let res = alrt::text::format::str_format(fmt, args)?;
        std::hint::black_box(res);
        Ok(())
    });
});
