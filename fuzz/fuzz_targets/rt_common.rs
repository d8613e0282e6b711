//! What the rt targets share: the runtime set up as `alc_rt_start` sets it
//! up (a collecting heap, a recursion limit), values decoded from text
//! lines, and the rule every call must keep: a value or a Python exception.
//!
//! A value line starts with its type: `i` an int in decimal (any size), `f`
//! a float as `float()` reads it, `s` a str (the rest of the line), `b` a
//! bool (true unless the rest is empty), `n` None, `L` a list of ints
//! (`L1,2,3`), `D` a dict from str to int (`Da:1,b:2`). Anything else is the
//! str of the whole line.

#![allow(dead_code)]

use alrt::exc::error::R;
use alrt::gc::RootedVec;
use alrt::objects::{dict, float, int, list, str as pystr};
use alrt::value::Value;

/// How much of libFuzzer's 8 MiB main stack rt may use before raising
/// RecursionError (the rest is libFuzzer's and the margin rt keeps).
const RT_STACK: usize = 6 << 20;

/// Runs `body` as generated code runs rt: with collection enabled for
/// every frame below this one and the pending exception taken afterwards,
/// so each input starts clean. Every `Err` must carry a pending exception.
#[inline(never)]
pub fn run(body: impl FnOnce() -> R<()>) {
    // The collector scans the stack from its top down to the current
    // frame; values live only in `body`'s frames, which lie below this one.
    let marker = 0u8;
    let top = std::hint::black_box(&marker) as *const u8 as usize;
    alrt::gc::set_stack_top(top);
    alrt::exc::recursion::set_stack(top.saturating_sub(RT_STACK), 0);
    let res = body_frame(body);
    let exc = alrt::exc::error::take_pending();
    alrt::gc::stop();
    match res {
        Ok(()) => assert!(exc.is_null(), "an exception is pending after success"),
        Err(_) => assert!(!exc.is_null(), "an error without a pending exception"),
    }
}

#[inline(never)]
fn body_frame(body: impl FnOnce() -> R<()>) -> R<()> {
    body()
}

/// The value a line denotes (see the module comment).
pub fn value(line: &str) -> Value {
    let mut chars = line.chars();
    let kind = chars.next();
    let rest = chars.as_str();
    match kind {
        Some('i') => int_value(rest),
        Some('f') => float_value(rest),
        Some('s') => pystr::new(rest),
        Some('b') => alrt::object::boolean(!rest.is_empty()),
        Some('n') => alrt::object::none(),
        Some('L') => {
            let mut items = RootedVec::new();
            for part in rest.split(',').filter(|p| !p.is_empty()) {
                let v = int_value(part);
                items.push(v);
            }
            list::from_vec(items.into_vec())
        }
        Some('D') => {
            let d = dict::new();
            for part in rest.split(',') {
                let (k, v) = part.split_once(':').unwrap_or((part, "0"));
                let key = pystr::new(k);
                let val = int_value(v);
                // A str key never makes setitem raise.
                let _ = dict::setitem(d, key, val);
            }
            d
        }
        _ => pystr::new(line),
    }
}

/// The int `text` spells in decimal, or 0.
pub fn int_value(text: &str) -> Value {
    int::parse(text, 10).unwrap_or_else(|| int::from_i64(0))
}

/// The float `text` spells, or 0.0.
pub fn float_value(text: &str) -> Value {
    float::new(float::parse(text).unwrap_or(0.0))
}

/// The UTF-8 text of a fuzz input (rt's str is always valid UTF-8).
pub fn text(data: &[u8]) -> Option<&str> {
    std::str::from_utf8(data).ok()
}

/// A format and its argument lines: the input's first line, then the rest
/// split at newlines (for the `%` and `str.format` targets).
pub fn format_and_lines(data: &[u8]) -> Option<(&str, Vec<&str>)> {
    let mut lines = text(data)?.split('\n');
    let fmt = lines.next().unwrap_or("");
    Some((fmt, lines.collect()))
}
