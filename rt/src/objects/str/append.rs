//! `a + b` on a string that is being grown: the append buffer that makes
//! `s += x` in a loop linear instead of quadratic.
//!
//! CPython resizes the left operand in place when its reference count says
//! nothing else sees it; alc's collector counts no references, so instead
//! several strings share one buffer as prefixes of it. A string made here
//! is a `LongStr` viewing the first `len` bytes of an [`AppendBuf`] (malloc
//! memory with spare capacity and a used mark). `a + b`, when `a` views a
//! buffer up to its used mark and `b` fits in the spare capacity, writes
//! `b` after the mark, moves the mark and returns a new view of the longer
//! prefix: `a`'s own bytes are never written again, so it stays valid.
//! Otherwise the text is copied into a new buffer with twice the room.
//!
//! Only concatenations whose result is at least [`APPEND_MIN`] bytes and
//! whose left operand was itself made by two or more `+` start a buffer, so
//! short strings and one-off concatenations (`a + b + c`) keep their text
//! in their own cell. Appending to a prefix that another string already
//! extended copies with no spare room: such a prefix is usually common to
//! many results (`prefix + str(i)`), which would each keep a buffer twice
//! their size.

use super::{StrObj, CONCAT_DEPTH, OUT_OF_LINE};
use crate::object::{Header, STR_TYPE};
use crate::value::Value;
use std::cell::Cell;

/// The shortest concatenation that goes into an append buffer. Below it,
/// copying the whole text costs about what a view does (a cell of its own
/// that the sweep must drop), and a buffer's spare room would be most of
/// the memory of a short string.
pub const APPEND_MIN: usize = 512;

/// Malloc memory shared by the strings that view prefixes of it. Bytes
/// below `used` are written once and never again; bytes from `used` to
/// `cap` are free for the next append. Freed when the last view is dropped.
pub(super) struct AppendBuf {
    /// Start of the `cap` bytes (a `Vec<u8>`'s allocation).
    data: *mut u8,
    cap: usize,
    used: Cell<usize>,
    /// Views alive (`LongStr`s whose `shared` is this buffer).
    refs: Cell<usize>,
}

impl AppendBuf {
    /// A buffer of `cap` bytes (at least the pieces' total) starting with
    /// `pieces`, or None when the memory cannot be had.
    fn new(cap: usize, pieces: [&str; 2]) -> Option<&'static AppendBuf> {
        let mut v: Vec<u8> = Vec::new();
        v.try_reserve_exact(cap).ok()?;
        for p in pieces {
            v.extend_from_slice(p.as_bytes());
        }
        let mut v = std::mem::ManuallyDrop::new(v);
        let buf = Box::new(AppendBuf {
            data: v.as_mut_ptr(),
            cap: v.capacity(),
            used: Cell::new(v.len()),
            refs: Cell::new(0),
        });
        Some(Box::leak(buf))
    }

    /// Writes `s` at the used mark when that is `at` and there is room,
    /// so the text up to `at + s.len()` is a valid prefix. False when
    /// another string already extended the buffer past `at`, or it is full.
    fn extend_at(&self, at: usize, s: &str) -> bool {
        let used = self.used.get();
        if used != at || self.cap - used < s.len() {
            return false;
        }
        // SAFETY: `[used, used + s.len())` is inside the allocation and
        // above the used mark, so no view's text covers it (views are
        // prefixes of at most `used` bytes): nothing reads it while it is
        // written, and it is never written again once the mark passes it.
        unsafe {
            std::ptr::copy_nonoverlapping(s.as_ptr(), self.data.add(used), s.len());
        }
        self.used.set(used + s.len());
        true
    }

    /// Start of the text every view shares.
    pub(super) fn data(&self) -> *mut u8 {
        self.data
    }

    /// Counts a new view; done before the view is allocated, so a
    /// collection during that allocation cannot free the buffer.
    fn retain(&self) {
        self.refs.set(self.refs.get() + 1);
    }

    /// Forgets a dropped view; the last one frees the buffer.
    ///
    /// # Safety
    /// `buf` must come from [`AppendBuf::new`], counted by `retain` for the
    /// view being dropped, and no longer used by it.
    pub(super) unsafe fn release(buf: *const AppendBuf) {
        // SAFETY: the caller's view kept the buffer alive until now.
        let b = unsafe { &*buf };
        let refs = b.refs.get() - 1;
        b.refs.set(refs);
        if refs == 0 {
            // SAFETY: no view is left, so nothing reads the bytes; `data`
            // and `cap` are the `Vec` `new` leaked and `buf` is its `Box`.
            unsafe {
                drop(Vec::from_raw_parts(b.data, 0, b.cap));
                drop(Box::from_raw(buf as *mut AppendBuf));
            }
        }
    }
}

/// `a + b` through an append buffer, when the policy above says so (None:
/// concatenate by copying, which raises MemoryError if even that cannot be
/// had). `a` and `b` are non-empty.
///
/// `ta` and `tb` are the operands' texts and `nchars` the result's length in
/// code points. The test that rules out most concatenations is inlined
/// into `ops::concat`.
#[inline]
pub(super) fn concat(a: &StrObj, ta: &str, tb: &str, nchars: usize) -> Option<Value> {
    let total = ta.len().saturating_add(tb.len());
    if total < APPEND_MIN || (a.header.flags.get() & OUT_OF_LINE == 0 && a.concat_depth() < 2) {
        return None;
    }
    grow(a, ta, tb, total, nchars)
}

/// The rest of `concat`'s decision, and the append or the new buffer.
#[inline(never)]
fn grow(a: &StrObj, ta: &str, tb: &str, total: usize, nchars: usize) -> Option<Value> {
    if let Some(buf) = shared_buf(a) {
        if buf.used.get() != ta.len() {
            // Another string already extended the buffer past `a`: `a` is
            // a common prefix (`prefix + str(i)` in a loop), whose results
            // get no spare room each.
            return None;
        }
        if buf.extend_at(ta.len(), tb) {
            return Some(view(buf, total, nchars));
        }
    }
    // Room for as much again: a string grown by appends is copied
    // O(log n) times.
    let buf = AppendBuf::new(total.saturating_mul(2), [ta, tb])
        .or_else(|| AppendBuf::new(total, [ta, tb]))?;
    Some(view(buf, total, nchars))
}

/// The buffer `s` is a view of, if it is one.
fn shared_buf(s: &StrObj) -> Option<&AppendBuf> {
    if s.header.flags.get() & OUT_OF_LINE == 0 {
        return None;
    }
    let long = s.as_long();
    // SAFETY: a non-null `shared` is a buffer this live view retained.
    (!long.shared.is_null()).then(|| unsafe { &*long.shared })
}

/// A new string viewing the first `len` bytes of `buf`.
fn view(buf: &AppendBuf, len: usize, nchars: usize) -> Value {
    buf.retain();
    let header = Header::new(&STR_TYPE);
    header.flags.set(CONCAT_DEPTH);
    super::alloc_out_of_line(header, nchars, len, buf.data(), buf)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::str::{as_str, new, ops};

    #[test]
    fn appends_share_one_buffer_and_keep_earlier_prefixes() {
        let base = "é".repeat(APPEND_MIN);
        let mut s = ops::concat(new(&base), new("a")).unwrap();
        s = ops::concat(s, new("b")).unwrap();
        assert!(
            shared_buf(s.as_ref::<StrObj>()).is_none(),
            "a + b + c copies"
        );
        s = ops::concat(s, new("c")).unwrap();
        let first = s;
        let buf = shared_buf(first.as_ref::<StrObj>()).expect("a view") as *const AppendBuf;
        for _ in 0..100 {
            s = ops::concat(s, new("xy")).unwrap();
        }
        let last = shared_buf(s.as_ref::<StrObj>()).expect("a view") as *const AppendBuf;
        assert_eq!(buf, last, "100 small appends fit the doubled room");
        assert_eq!(as_str(first), format!("{base}abc"));
        assert_eq!(as_str(s), format!("{base}abc{}", "xy".repeat(100)));
        assert_eq!(s.as_ref::<StrObj>().nchars, APPEND_MIN + 203);
        assert!(!s.as_ref::<StrObj>().is_ascii());
        // Appending to an older prefix copies: the buffer's next bytes are
        // another string's.
        let branch = ops::concat(first, new("Z")).unwrap();
        assert_eq!(as_str(branch), format!("{base}abcZ"));
        assert!(shared_buf(branch.as_ref::<StrObj>()).is_none());
        assert_eq!(as_str(s), format!("{base}abc{}", "xy".repeat(100)));
        // Growing the copy starts a buffer of its own.
        let grown = ops::concat(branch, new("!")).unwrap();
        let own = shared_buf(grown.as_ref::<StrObj>()).expect("a view") as *const AppendBuf;
        assert_ne!(own, buf);
        assert_eq!(as_str(grown), format!("{base}abcZ!"));
    }

    #[test]
    fn one_off_and_short_concatenations_copy() {
        let long = "q".repeat(APPEND_MIN);
        let once = ops::concat(new(&long), new("r")).unwrap();
        assert!(shared_buf(once.as_ref::<StrObj>()).is_none());
        let twice = ops::concat(once, new("s")).unwrap();
        assert!(shared_buf(twice.as_ref::<StrObj>()).is_none());
        assert_eq!(as_str(twice), format!("{long}rs"));
        let short = ops::concat(ops::concat(new("a"), new("b")).unwrap(), new("c")).unwrap();
        assert!(shared_buf(short.as_ref::<StrObj>()).is_none());
        assert_eq!(as_str(short), "abc");
    }
}
