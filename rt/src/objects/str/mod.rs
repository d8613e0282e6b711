//! `str`: immutable Unicode text. Core layout, constructors and the shared
//! empty and one-character strings; operators live in `objects/str/ops.rs`, methods
//! in `objects/str/methods.rs` (with `objects/str/split.rs`, `objects/str/case.rs`), formatting in
//! `text/format.rs` (with `text/format_spec.rs`, `text/percent.rs`).

pub mod case;
pub mod index;
pub mod methods;
pub mod ops;
pub mod split;

use crate::object::{Header, Kind, Object, STR_TYPE};
use crate::state::Global;
use crate::value::Value;
use std::cell::Cell;

/// A string object: UTF-8 text plus its length in code points and a cached hash.
#[repr(C)]
pub struct StrObj {
    pub header: Header,
    /// Cached hash; -1 until computed (CPython never produces -1).
    pub hash: Cell<i64>,
    /// Length in code points.
    pub nchars: usize,
    pub text: Box<str>,
}

// SAFETY: repr(C), Header first; every Kind::Str object is allocated as StrObj.
unsafe impl Object for StrObj {
    const KINDS: &'static [Kind] = &[Kind::Str];

    fn trace(&self, _t: &mut crate::gc::Tracer) {}
}

impl StrObj {
    /// True when every code point is ASCII, so byte and char indices agree.
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.text.len()
    }
}

/// A new string value holding `s`.
pub fn new(s: &str) -> Value {
    from_str_n(s, count_chars(s))
}

/// A new string value taking ownership of `s`.
pub fn from_string(s: String) -> Value {
    let nchars = count_chars(&s);
    from_parts(s, nchars)
}

/// A new string value from `s` whose length in code points the caller
/// already knows (`nchars` must equal `s.chars().count()`). Empty and
/// one-character Latin-1 results come from the shared caches.
pub fn from_parts(s: String, nchars: usize) -> Value {
    debug_assert_eq!(nchars, s.chars().count());
    match nchars {
        0 => return empty(),
        1 => {
            if let Some(c) = s.chars().next() {
                if (c as u32) < 256 {
                    return char_value(c);
                }
            }
        }
        _ => {}
    }
    alloc_str(s.into_boxed_str(), nchars)
}

/// A new string value copying `s`, whose length in code points the caller
/// already knows; empty and one-character Latin-1 results allocate nothing.
pub fn from_str_n(s: &str, nchars: usize) -> Value {
    debug_assert_eq!(nchars, s.chars().count());
    if nchars <= 1 {
        match s.chars().next() {
            None => return empty(),
            Some(c) if (c as u32) < 256 => return char_value(c),
            Some(_) => {}
        }
    }
    alloc_str(s.into(), nchars)
}

fn alloc_str(text: Box<str>, nchars: usize) -> Value {
    Value::from_ref(crate::gc::alloc(StrObj {
        header: Header::new(&STR_TYPE),
        hash: Cell::new(-1),
        nchars,
        text,
    }))
}

/// Number of code points in `s` (counts the bytes that start a character).
#[inline]
pub fn count_chars(s: &str) -> usize {
    if s.len() < 16 {
        s.bytes().filter(|&b| (b as i8) >= -0x40).count()
    } else {
        s.chars().count()
    }
}

/// The empty string and the 256 one-character Latin-1 strings, created on
/// first use and shared, so indexing and iterating text does not allocate.
/// These cached values are GC roots (`trace_roots`).
static EMPTY: Global<Value> = Global::new(Value::NULL);
static LATIN1: [Global<Value>; 256] = [const { Global::new(Value::NULL) }; 256];

/// GC roots: the cached empty and one-character strings.
pub fn trace_roots(t: &mut crate::gc::Tracer) {
    t.visit(EMPTY.get());
    t.visit(index::cursor_root());
    index::forget();
    for slot in &LATIN1 {
        t.visit(slot.get());
    }
}

/// The shared empty string.
#[inline]
pub fn empty() -> Value {
    let v = EMPTY.get();
    if !v.is_null() {
        return v;
    }
    let v = alloc_str("".into(), 0);
    EMPTY.set(v);
    v
}

/// The one-character string `c` (shared for code points below 256).
#[inline]
pub fn char_value(c: char) -> Value {
    let cp = c as u32;
    if cp < 256 {
        let slot = &LATIN1[cp as usize];
        let v = slot.get();
        if !v.is_null() {
            return v;
        }
        let v = alloc_str(c.to_string().into_boxed_str(), 1);
        slot.set(v);
        return v;
    }
    alloc_str(c.to_string().into_boxed_str(), 1)
}

/// The one-character string for the ASCII byte `b` (shared).
#[inline]
pub fn ascii_char_value(b: u8) -> Value {
    char_value(b as char)
}

/// The stored character for Python code point `cp` (below 0x110000):
/// lone surrogates are stored as `alrt_abi::text` says; the code points
/// reserved for them raise NotImplementedError.
pub fn char_of(cp: u32) -> crate::exc::error::R<char> {
    use alrt_abi::text::{stored_char, Unstorable};
    match stored_char(cp) {
        Ok(c) => Ok(c),
        Err(Unstorable::Reserved) => Err(crate::io::handlers::reserved_error(cp)),
        Err(Unstorable::TooLarge) => Err(crate::exc::error::value_error(
            "chr() arg not in range(0x110000)",
        )),
    }
}

/// The Python code point of a stored character (see `char_of`).
#[inline]
pub fn code_point(c: char) -> u32 {
    alrt_abi::text::code_point(c)
}

/// The text of a string value; the caller has checked the kind.
pub fn as_str(v: Value) -> &'static str {
    &v.as_ref::<StrObj>().text
}

/// The text if `v` is a str.
pub fn try_str(v: Value) -> Option<&'static str> {
    v.downcast::<StrObj>().map(|s| &*s.text)
}
