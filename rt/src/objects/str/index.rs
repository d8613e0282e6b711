//! Code point index → byte offset in non-ASCII strings (which are UTF-8,
//! ARCHITECTURE.md): a cursor for walks by index and breadcrumbs for
//! random access, so `s[i]` on long non-ASCII text is not a scan from the
//! start.

use super::StrObj;
use crate::state::{Global, GlobalCell};
use crate::value::Value;

/// The last code point index looked up in a non-ASCII string: (the
/// string's address, the index, its byte offset). A loop that walks such a
/// string by index (`s[i]`, `s.find(x, i)`, `s.startswith(p, i)`) then
/// scans from the previous position instead of from the start, which makes
/// it linear instead of quadratic. The string is a GC root while it is
/// here (`cursor_root`), so its address cannot be reused by another.
static CURSOR: Global<(u64, usize, usize)> = Global::new((0, 0, 0));

/// Code points between two breadcrumbs: a lookup scans at most this many.
const CRUMB_STEP: usize = 32;

/// Strings shorter than this (in code points) are scanned, never indexed.
const CRUMB_MIN_CHARS: usize = 256;

/// Entries of the breadcrumb cache.
const CRUMB_SLOTS: usize = 4;

/// Breadcrumbs of recently indexed long non-ASCII strings: (the string's
/// address, the byte offset of every `CRUMB_STEP`th code point). Not a
/// GC root: the cache is emptied at every collection (`forget`), and a
/// string's address cannot be reused before one, so an entry never
/// describes another string.
#[allow(clippy::type_complexity)]
static CRUMBS: GlobalCell<[(u64, Option<Box<[u32]>>); CRUMB_SLOTS]> =
    GlobalCell::new([const { (0, None) }; CRUMB_SLOTS]);

/// The next breadcrumb slot to replace (round robin).
static CRUMB_NEXT: Global<usize> = Global::new(0);

/// The string the index cursor refers to, for the collector's roots.
pub fn cursor_root() -> Value {
    Value(CURSOR.get().0)
}

/// Empties the breadcrumb cache; called at every collection, after which
/// the addresses it is keyed by may belong to new strings.
pub fn forget() {
    CRUMBS.with(|slots| {
        for slot in slots.iter_mut() {
            *slot = (0, None);
        }
    });
}

/// Byte offset of code point index `i` (clamped to the end) in `s`.
#[inline]
pub fn byte_offset(s: &StrObj, i: usize) -> usize {
    if s.is_ascii() {
        return i.min(s.text().len());
    }
    if i == 0 {
        return 0;
    }
    if i >= s.nchars {
        return s.text().len();
    }
    let addr = s as *const StrObj as u64;
    let (at, ci, cb) = CURSOR.get();
    let b = if at == addr && ci <= i && i - ci <= CRUMB_STEP {
        cb + byte_offset_in(&s.text()[cb..], i - ci)
    } else if at == addr && i < ci && ci - i <= CRUMB_STEP {
        s.text()[..cb]
            .char_indices()
            .nth_back(ci - i - 1)
            .map_or(0, |(b, _)| b)
    } else if let Some(b) = crumb_offset(s, addr, i) {
        b
    } else if at == addr && ci <= i {
        cb + byte_offset_in(&s.text()[cb..], i - ci)
    } else if at == addr && ci - i < i {
        // Closer to the cursor than to the start: walk back from it.
        s.text()[..cb]
            .char_indices()
            .nth_back(ci - i - 1)
            .map_or(0, |(b, _)| b)
    } else {
        byte_offset_in(s.text(), i)
    };
    CURSOR.set((addr, i, b));
    b
}

/// Byte offset of code point index `i` of a long string through its
/// breadcrumbs (made on first use), or `None` for short strings and text
/// too long for 32-bit offsets.
fn crumb_offset(s: &StrObj, addr: u64, i: usize) -> Option<usize> {
    if s.nchars < CRUMB_MIN_CHARS || u32::try_from(s.text().len()).is_err() {
        return None;
    }
    let base = CRUMBS.with(|slots| {
        let k = i / CRUMB_STEP;
        if let Some((_, Some(crumbs))) = slots.iter().find(|(a, _)| *a == addr) {
            return crumbs[k] as usize;
        }
        let crumbs = make_crumbs(s.text());
        let base = crumbs[k] as usize;
        let n = CRUMB_NEXT.get();
        slots[n] = (addr, Some(crumbs));
        CRUMB_NEXT.set((n + 1) % CRUMB_SLOTS);
        base
    });
    Some(base + byte_offset_in(&s.text()[base..], i % CRUMB_STEP))
}

/// The byte offset of every `CRUMB_STEP`th code point of `text` (whose
/// length fits in 32 bits).
fn make_crumbs(text: &str) -> Box<[u32]> {
    text.char_indices()
        .step_by(CRUMB_STEP)
        .map(|(b, _)| b as u32)
        .collect()
}

/// Byte offset of code point index `i` (clamped to the end) in `text`.
pub fn byte_offset_in(text: &str, i: usize) -> usize {
    if i == 0 {
        return 0;
    }
    text.char_indices()
        .nth(i)
        .map(|(b, _)| b)
        .unwrap_or(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_agree_with_a_scan_in_any_order() {
        let text: String = "aé€😀".repeat(300);
        let v = super::super::new(&text);
        let s = v.as_ref::<StrObj>();
        let expect: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        let mut j = 7usize;
        for _ in 0..3000 {
            j = (j * 1103515245 + 12345) % expect.len();
            assert_eq!(byte_offset(s, j), expect[j], "index {j}");
        }
        for j in (0..expect.len()).rev() {
            assert_eq!(byte_offset(s, j), expect[j], "index {j}");
        }
        forget();
        assert_eq!(byte_offset(s, 1000), expect[1000]);
        assert_eq!(byte_offset(s, expect.len()), text.len());
    }
}
