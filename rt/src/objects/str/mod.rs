//! `str`: immutable Unicode text. Core layout, constructors and the shared
//! empty and one-character strings; operators live in `objects/str/ops.rs`, methods
//! in `objects/str/methods.rs` (with `objects/str/split.rs`, `objects/str/case.rs`), formatting in
//! `text/format.rs` (with `text/format_spec.rs`, `text/percent.rs`).

pub mod append;
pub mod case;
pub mod index;
pub mod methods;
pub mod ops;
pub mod split;

use crate::exc::error::R;
use crate::object::{ByteObject, Header, Kind, Object, STR_TYPE};
use crate::state::Global;
use crate::value::Value;
use std::cell::Cell;

/// A string object: UTF-8 text plus its length in code points and a cached
/// hash. A text of up to `INLINE_MAX` bytes follows the object in its GC
/// cell (`gc::alloc_bytes`): one allocation, nothing to free, and a pointer
/// into the text keeps the string alive. Otherwise the object is a
/// [`LongStr`]: a longer text is a buffer of its own, and a string grown by
/// `+` may be a prefix of an append buffer (`append.rs`). The header's
/// `OUT_OF_LINE` flag says which.
#[repr(C)]
pub struct StrObj {
    pub header: Header,
    /// Cached hash; -1 until computed (CPython never produces -1).
    pub hash: Cell<i64>,
    /// Length in code points.
    pub nchars: usize,
    /// Length in bytes.
    len: usize,
}

/// The bit of `Header::flags` that marks a `LongStr` (a flag, not a length
/// test, since a view of an append buffer may be short; not a bit of `len`,
/// so `text().len()` stays a load of `len`).
const OUT_OF_LINE: u32 = 4;

/// The bits of `Header::flags` that count how many `+` made a string, up
/// to 3 (`x + y` is 1, `(x + y) + z` 2): a `+` on a string of 2 or more is
/// taken for a string being grown and may start an append buffer
/// (`append.rs`), where `a + b + c` would not.
const CONCAT_DEPTH: u32 = 3;

/// The longest text kept in the string's own cell.
const INLINE_MAX: usize = crate::gc::MAX_BYTES_CELL - std::mem::size_of::<StrObj>();

/// A string whose text is not in its cell: a `StrObj` (its prefix, so
/// every `str` operation reads it as one) and where its text starts. Either
/// `shared` is null and `buf` is the leaked `Box<str>` (more than
/// `INLINE_MAX` bytes) it owns until it is dropped, or `buf` is the start
/// of the append buffer `shared`, which counts this string among its views.
#[repr(C)]
struct LongStr {
    s: StrObj,
    buf: *mut u8,
    shared: *const append::AppendBuf,
}

// SAFETY: repr(C), Header first; every Kind::Str object starts with a
// StrObj (`LongStr` included: it is one followed by a field), and rt reads
// them all as `StrObj`.
unsafe impl Object for StrObj {
    const KINDS: &'static [Kind] = &[Kind::Str];

    const LEAF: bool = true;

    fn trace(&self, _t: &mut crate::gc::Tracer) {}
}

// SAFETY: strings with inline text are made only by `alloc_inline` and have
// no drop; slot 2 is str's (tuple 0, generator 1).
unsafe impl ByteObject for StrObj {
    const VAR_SLOT: usize = 2;
}

// SAFETY: repr(C) with a StrObj (so a Header) first; a LongStr is only ever
// read through its StrObj prefix (`Value::as_ref::<StrObj>`) or by
// `as_long` for the `OUT_OF_LINE` flag, which only LongStrs have, and
// its space (the fixed `str` space) holds only LongStrs.
unsafe impl Object for LongStr {
    const KINDS: &'static [Kind] = &[Kind::Str];

    const LEAF: bool = true;

    fn trace(&self, _t: &mut crate::gc::Tracer) {}

    fn borrowed_buffer(&self) -> Option<(usize, usize)> {
        // rt code may hold only a `&str` of the text across an allocation;
        // for a view of an append buffer, the buffer outlives it only while
        // some view is alive.
        Some((self.buf as usize, self.s.len))
    }
}

impl Drop for LongStr {
    fn drop(&mut self) {
        if !self.shared.is_null() {
            // SAFETY: `append::view` retained the buffer for this string,
            // which is dead and does not read it again.
            unsafe { append::AppendBuf::release(self.shared) };
            return;
        }
        // SAFETY: `buf` is the leaked `Box<str>` of `len` bytes
        // `alloc_long` took ownership of; nothing refers to it once the
        // string is dead.
        drop(unsafe {
            Box::from_raw(std::ptr::slice_from_raw_parts_mut(self.buf, self.s.len) as *mut str)
        });
    }
}

impl StrObj {
    /// The text.
    #[inline]
    pub fn text(&self) -> &str {
        let bytes = if self.header.flags.get() & OUT_OF_LINE == 0 {
            // SAFETY: a string without the flag is not a `LongStr`, so
            // `alloc_inline` placed its text after the object.
            unsafe { crate::gc::var_bytes(self, self.len) }
        } else {
            // SAFETY: `buf` is an owned text of `len` bytes, freed
            // only when the string is dropped, or the start of an append
            // buffer this string keeps alive, whose first `len` bytes
            // were written before the string was made and are never
            // written again (`append.rs`).
            unsafe { std::slice::from_raw_parts(self.as_long().buf, self.len) }
        };
        // SAFETY: every kind of storage was filled from `&str`s only
        // (`alloc_inline` copies whole pieces, `alloc_long` takes a `str`,
        // an append buffer gets whole texts).
        unsafe { std::str::from_utf8_unchecked(bytes) }
    }

    /// The `LongStr` this string is; only for the `OUT_OF_LINE` flag.
    #[inline]
    fn as_long(&self) -> &LongStr {
        debug_assert!(self.header.flags.get() & OUT_OF_LINE != 0);
        // SAFETY: only `alloc_long` and `append::view` set `OUT_OF_LINE`,
        // and both allocate a `LongStr`; the address takes the provenance
        // exposed when the object's pointer became a `Value`.
        unsafe { &*std::ptr::with_exposed_provenance::<LongStr>(self as *const StrObj as usize) }
    }

    /// True when every code point is ASCII, so byte and char indices agree.
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.len
    }
}

/// Appends whole `&str` pieces to a string being built, so its bytes are
/// always valid UTF-8.
pub struct Pieces<'a> {
    buf: &'a mut [u8],
    at: usize,
}

impl Pieces<'_> {
    /// Appends `s` (the caller announced room for it).
    #[inline]
    pub fn push(&mut self, s: &str) {
        let end = self.at + s.len();
        self.buf[self.at..end].copy_from_slice(s.as_bytes());
        self.at = end;
    }
}

/// A new string of the ASCII bytes `b` (text rt formats itself, such as
/// an int's digits), not validated as UTF-8 a second time: `str(i)` spent
/// a quarter of its time in `from_utf8`.
pub fn from_ascii(b: &[u8]) -> Value {
    assert!(b.is_ascii(), "from_ascii of non-ASCII bytes");
    if b.len() <= 1 || b.len() + std::mem::size_of::<StrObj>() > crate::gc::MAX_BYTES_CELL {
        return from_str_n(std::str::from_utf8(b).unwrap_or(""), b.len());
    }
    alloc_inline(b.len(), b.len(), |p| {
        p.buf[..b.len()].copy_from_slice(b);
        p.at = b.len();
    })
}

/// A new string value of `len` bytes and `nchars` code points whose text is
/// the pieces `fill` pushes, written straight into the string (no temporary
/// `String`). MemoryError if a long text cannot be allocated.
pub fn build(len: usize, nchars: usize, fill: impl FnOnce(&mut Pieces)) -> R<Value> {
    if nchars <= 1 || len.saturating_add(std::mem::size_of::<StrObj>()) > crate::gc::MAX_BYTES_CELL
    {
        let mut out = ops::alloc_string(len)?;
        // SAFETY: the buffer is filled with NUL bytes (one memset, not a
        // `char` at a time), which are overwritten by whole `&str` pieces
        // only, and any left over are NULs: valid UTF-8 either way.
        let bytes = unsafe { out.as_mut_vec() };
        bytes.resize(len, 0);
        let mut p = Pieces {
            buf: &mut bytes[..],
            at: 0,
        };
        fill(&mut p);
        debug_assert_eq!(p.at, len);
        return Ok(from_parts(out, nchars));
    }
    Ok(alloc_inline(len, nchars, fill))
}

/// A string of `len` bytes after the object (its size fits a class).
#[inline]
fn alloc_inline(len: usize, nchars: usize, fill: impl FnOnce(&mut Pieces)) -> Value {
    let obj = StrObj {
        header: Header::new(&STR_TYPE),
        hash: Cell::new(-1),
        nchars,
        len,
    };
    Value::from_ref(crate::gc::alloc_bytes(obj, len, |buf| {
        let mut p = Pieces { buf, at: 0 };
        fill(&mut p);
        debug_assert_eq!(p.at, len);
        // Bytes `fill` left unwritten must still be valid UTF-8.
        p.buf[p.at..].fill(0);
    }))
}

impl StrObj {
    /// How many `+` made this string (saturating at 3; `CONCAT_DEPTH`).
    #[inline]
    fn concat_depth(&self) -> u32 {
        self.header.flags.get() & CONCAT_DEPTH
    }
}

/// Records that `v`, a string `+` just made from `left`, is one more `+`
/// deep than `left`, so a later `+` may grow it in an append buffer
/// (`append.rs`).
pub(crate) fn mark_concat(v: Value, left: &StrObj) {
    let depth = (left.concat_depth() + 1).min(CONCAT_DEPTH);
    let h = &v.as_ref::<StrObj>().header;
    h.flags.set((h.flags.get() & !CONCAT_DEPTH) | depth);
}

/// True for a str that is not an instance of a subclass.
#[inline]
pub fn is_exact(v: Value) -> bool {
    !v.is_small() && v.kind() == Kind::Str && !crate::class::ops::is_user(v)
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
    cached(&s, nchars).unwrap_or_else(|| alloc_str(StrText::Owned(s), nchars))
}

/// A new string value copying `s`, whose length in code points the caller
/// already knows; empty and one-character Latin-1 results allocate nothing.
pub fn from_str_n(s: &str, nchars: usize) -> Value {
    debug_assert_eq!(nchars, s.chars().count());
    cached(s, nchars).unwrap_or_else(|| alloc_str(StrText::Borrowed(s), nchars))
}

/// The shared value of `s` (`nchars` code points long) when it is empty or
/// one Latin-1 character.
fn cached(s: &str, nchars: usize) -> Option<Value> {
    if nchars > 1 {
        return None;
    }
    match s.chars().next() {
        None => Some(empty()),
        Some(c) if (c as u32) < 256 => Some(char_value(c)),
        Some(_) => None,
    }
}

/// Text for `alloc_str`: copied into the cell, or, when too long for one,
/// kept as the string's own buffer (an owned `String` without a copy).
enum StrText<'a> {
    Borrowed(&'a str),
    Owned(String),
}

fn alloc_str(text: StrText, nchars: usize) -> Value {
    let s = match &text {
        StrText::Borrowed(s) => *s,
        StrText::Owned(s) => s.as_str(),
    };
    if s.len() <= INLINE_MAX {
        return alloc_inline(s.len(), nchars, |p| p.push(s));
    }
    let owned: Box<str> = match text {
        StrText::Borrowed(s) => s.into(),
        StrText::Owned(s) => s.into_boxed_str(),
    };
    alloc_long(owned, nchars, Header::new(&STR_TYPE))
}

/// A string with header `header` owning `text` (longer than `INLINE_MAX`)
/// as its buffer.
fn alloc_long(text: Box<str>, nchars: usize, header: Header) -> Value {
    debug_assert!(text.len() > INLINE_MAX);
    let len = text.len();
    let buf = Box::into_raw(text) as *mut u8;
    alloc_out_of_line(header, nchars, len, buf, std::ptr::null())
}

/// A `LongStr` with header `header` (marked `OUT_OF_LINE`) whose `len`
/// bytes are at `buf`: its own buffer, or a prefix of `shared`'s.
fn alloc_out_of_line(
    header: Header,
    nchars: usize,
    len: usize,
    buf: *mut u8,
    shared: *const append::AppendBuf,
) -> Value {
    header.flags.set(header.flags.get() | OUT_OF_LINE);
    let long = crate::gc::alloc(LongStr {
        s: StrObj {
            header,
            hash: Cell::new(-1),
            nchars,
            len,
        },
        buf,
        shared,
    });
    Value::from_ref(&long.s)
}

/// A copy of the string `so` whose type is `ty` (a `str` subclass: such
/// instances keep the `str` layout).
pub fn rebox(so: &StrObj, ty: &'static crate::object::TypeObj) -> Value {
    let text = so.text();
    let header = Header {
        ty,
        kind: Kind::Str,
        flags: Cell::new(0),
    };
    let v = if text.len() <= INLINE_MAX {
        let obj = StrObj {
            header,
            hash: Cell::new(-1),
            nchars: so.nchars,
            len: text.len(),
        };
        Value::from_ref(crate::gc::alloc_bytes(obj, text.len(), |b| {
            b.copy_from_slice(text.as_bytes())
        }))
    } else {
        alloc_long(text.into(), so.nchars, header)
    };
    v.as_ref::<StrObj>().hash.set(so.hash.get());
    v
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
    let v = alloc_inline(0, 0, |_| {});
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
        let v = alloc_str(StrText::Borrowed(c.encode_utf8(&mut [0; 4])), 1);
        slot.set(v);
        return v;
    }
    alloc_str(StrText::Borrowed(c.encode_utf8(&mut [0; 4])), 1)
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
    v.as_ref::<StrObj>().text()
}

/// The text if `v` is a str.
pub fn try_str(v: Value) -> Option<&'static str> {
    v.downcast::<StrObj>().map(|s| s.text())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_follows_the_object_in_its_cell() {
        let v = new("héllo, world");
        let s = v.as_ref::<StrObj>();
        assert_eq!(s.text(), "héllo, world");
        assert_eq!(s.nchars, 12);
        // One allocation: the text is right after the object, so a pointer
        // into it is an interior pointer of the string's cell.
        assert_eq!(
            s.text().as_ptr() as usize,
            v.0 as usize + std::mem::size_of::<StrObj>()
        );
        assert!(s.len <= INLINE_MAX);
        let built = build(5, 5, |p| {
            p.push("ab");
            p.push("cde");
        })
        .expect("small string");
        assert_eq!(as_str(built), "abcde");
    }

    #[test]
    fn long_text_has_a_buffer_of_its_own() {
        let long = "x".repeat(crate::gc::MAX_BYTES_CELL);
        let v = from_string(long.clone());
        let s = v.as_ref::<StrObj>();
        assert!(s.len > INLINE_MAX && s.header.flags.get() & OUT_OF_LINE != 0);
        assert!(crate::gc::in_heap(v));
        assert_eq!(s.text(), long);
        let joined = build(long.len() + 1, long.len() + 1, |p| {
            p.push(&long);
            p.push("y");
        })
        .expect("long string");
        assert_eq!(as_str(joined).len(), long.len() + 1);
        assert!(as_str(joined).ends_with("xy"));
    }
}
