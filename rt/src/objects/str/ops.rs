//! `str` operators: repr, hashing, comparison, indexing and slicing, `in`,
//! `+` and `*`, and the character helpers iteration uses.

pub use super::index::{byte_offset, byte_offset_in};
use crate::exc;
use crate::exc::error::{index_error, raise_empty, type_error, R};
use crate::object::{type_name, Kind};
use crate::objects::str::{self as pystr, StrObj};
use crate::text::unicode;
use crate::value::Value;
use alrt_abi::ops::CmpOp;

// ====================== repr and ascii ======================

/// `repr(s)`: CPython's quote choice (double quotes only when the text has
/// a single quote and no double quote), `\\ \n \r \t` escapes, `\xNN`,
/// `\uNNNN` or `\UNNNNNNNN` for characters `str.isprintable` rejects.
pub fn repr(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    push_repr(&mut out, s);
    out
}

/// Appends `repr(s)` to `out`.
pub fn push_repr(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    out.push(quote);
    // Copy runs of characters that need no escape in one go.
    let mut run_start = 0;
    for (i, c) in s.char_indices() {
        let plain = if c.is_ascii() {
            (' '..='~').contains(&c) && c != quote && c != '\\'
        } else {
            unicode::is_printable(c)
        };
        if plain {
            continue;
        }
        out.push_str(&s[run_start..i]);
        run_start = i + c.len_utf8();
        push_escape(out, c);
    }
    out.push_str(&s[run_start..]);
    out.push(quote);
}

fn push_escape(out: &mut String, c: char) {
    use std::fmt::Write;
    let cp = pystr::code_point(c);
    let _ = match c {
        '\\' => write!(out, "\\\\"),
        '\n' => write!(out, "\\n"),
        '\r' => write!(out, "\\r"),
        '\t' => write!(out, "\\t"),
        '\'' | '"' => write!(out, "\\{c}"),
        _ if cp < 0x100 => write!(out, "\\x{cp:02x}"),
        _ if cp < 0x10000 => write!(out, "\\u{cp:04x}"),
        _ => write!(out, "\\U{cp:08x}"),
    };
}

/// `ascii(x)` from `repr(x)`: escapes every non-ASCII character.
pub fn ascii_escape(repr: &str) -> String {
    if repr.is_ascii() {
        return repr.to_string();
    }
    let mut out = String::with_capacity(repr.len() + 8);
    for c in repr.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escape(&mut out, c);
        }
    }
    out
}

// ====================== hashing ======================

/// `hash(s)`: CPython's SipHash-1-3 with the all-zero key (PYTHONHASHSEED=0)
/// over the PEP 393 buffer (1, 2 or 4 bytes per code point), cached.
pub fn hash(v: Value) -> i64 {
    let s = v.as_ref::<StrObj>();
    let h = s.hash.get();
    if h != -1 {
        return h;
    }
    let h = hash_text(s.text(), s.is_ascii());
    s.hash.set(h);
    h
}

/// The hash of `text` as CPython 3.11 computes it with PYTHONHASHSEED=0.
pub fn hash_text(text: &str, ascii: bool) -> i64 {
    if text.is_empty() {
        return 0;
    }
    let h = if ascii {
        siphash13(text.as_bytes())
    } else {
        let cp = pystr::code_point;
        let max = text.chars().map(cp).max().unwrap_or(0);
        let mut buf = Vec::with_capacity(text.len() * 2);
        if max < 0x100 {
            buf.extend(text.chars().map(|c| cp(c) as u8));
        } else if max < 0x10000 {
            for c in text.chars() {
                buf.extend_from_slice(&(cp(c) as u16).to_le_bytes());
            }
        } else {
            for c in text.chars() {
                buf.extend_from_slice(&cp(c).to_le_bytes());
            }
        }
        siphash13(&buf)
    } as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The hash of a byte string (bytes, read-only memoryviews): the same
/// SipHash-1-3 as a Latin-1 str of those bytes, as in CPython.
pub fn hash_bytes(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let h = siphash13(data) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

#[inline(always)]
fn sip_round(v: &mut [u64; 4]) {
    v[0] = v[0].wrapping_add(v[1]);
    v[2] = v[2].wrapping_add(v[3]);
    v[1] = v[1].rotate_left(13) ^ v[0];
    v[3] = v[3].rotate_left(16) ^ v[2];
    v[0] = v[0].rotate_left(32);
    v[2] = v[2].wrapping_add(v[1]);
    v[0] = v[0].wrapping_add(v[3]);
    v[1] = v[1].rotate_left(17) ^ v[2];
    v[3] = v[3].rotate_left(21) ^ v[0];
    v[2] = v[2].rotate_left(32);
}

/// SipHash-1-3 with key (0, 0), as in CPython's `Python/pyhash.c`.
fn siphash13(data: &[u8]) -> u64 {
    let mut v = [
        0x736f6d6570736575u64,
        0x646f72616e646f6du64,
        0x6c7967656e657261u64,
        0x7465646279746573u64,
    ];
    let mut chunks = data.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let m = u64::from_le_bytes(word);
        v[3] ^= m;
        sip_round(&mut v);
        v[0] ^= m;
    }
    let mut tail = [0u8; 8];
    let rest = chunks.remainder();
    tail[..rest.len()].copy_from_slice(rest);
    let b = ((data.len() as u64) << 56) | u64::from_le_bytes(tail);
    v[3] ^= b;
    sip_round(&mut v);
    v[0] ^= b;
    v[2] ^= 0xff;
    sip_round(&mut v);
    sip_round(&mut v);
    sip_round(&mut v);
    v[0] ^ v[1] ^ v[2] ^ v[3]
}

// ====================== comparison ======================

/// Compares two strings by code point.
#[inline]
pub fn compare(a: &str, b: &str, op: CmpOp) -> bool {
    match op {
        CmpOp::Eq => a == b,
        CmpOp::Ne => a != b,
        _ => op.test(order(a, b)),
    }
}

/// The code point order of two strings. UTF-8 byte order is code point
/// order, except where a stored lone surrogate (U+10D800.., standing for
/// U+D800..) meets a character above U+DFFF: only the first difference
/// decides, so only there is the character decoded.
pub fn order(a: &str, b: &str) -> std::cmp::Ordering {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    let Some(i) = first_difference(x, y) else {
        return x.len().cmp(&y.len());
    };
    if x[i] < 0x80 || y[i] < 0x80 {
        return x[i].cmp(&y[i]);
    }
    // Both strings agree before `i`, so their characters start together.
    let mut start = i;
    while start > 0 && x[start] & 0xC0 == 0x80 {
        start -= 1;
    }
    if x[start] != 0xF4 && y[start] != 0xF4 {
        return x[i].cmp(&y[i]);
    }
    let char_at = |s: &str| s[start..].chars().next().map_or(0, pystr::code_point);
    char_at(a).cmp(&char_at(b))
}

/// The index of the first byte where `x` and `y` differ, if they differ
/// before one ends.
#[inline]
fn first_difference(x: &[u8], y: &[u8]) -> Option<usize> {
    let n = x.len().min(y.len());
    let mut i = 0;
    while i + 8 <= n {
        let (p, q) = (&x[i..i + 8], &y[i..i + 8]);
        if p != q {
            break;
        }
        i += 8;
    }
    (i..n).find(|&k| x[k] != y[k])
}

// ====================== indexing ======================

/// `s[k]` for an int index or a slice.
pub fn getitem(o: Value, k: Value) -> R<Value> {
    let s = o.as_ref::<StrObj>();
    if let Some(i) = crate::objects::slice::as_index(k) {
        let i = i?;
        let n = s.nchars as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(index_error("string index out of range"));
        }
        return Ok(char_at(s, j as usize));
    }
    if k.kind() == Kind::Slice {
        return Ok(getslice(o, crate::objects::slice::unpack(k)?));
    }
    Err(type_error(format!(
        "string indices must be integers, not '{}'",
        type_name(k)
    )))
}

/// `s[start:stop:step]`, the parts unpacked.
pub fn getslice(o: Value, (mut start, mut stop, step): (i64, i64, i64)) -> Value {
    let n = crate::objects::slice::adjust(o.as_ref::<StrObj>().nchars, &mut start, &mut stop, step);
    slice(o, start, step, n)
}

/// The one-character string at code point index `i < nchars` (O(1) for
/// ASCII text; otherwise through `byte_offset`, O(1) when `i` is near the
/// last index looked up in the same string; Latin-1 characters are shared).
#[inline]
pub fn char_at(s: &StrObj, i: usize) -> Value {
    if s.is_ascii() {
        return pystr::ascii_char_value(s.text().as_bytes()[i]);
    }
    match s
        .text()
        .get(byte_offset(s, i)..)
        .and_then(|t| t.chars().next())
    {
        Some(c) => pystr::char_value(c),
        None => pystr::empty(),
    }
}

/// Iteration helper for `for ch in s`: the character starting at byte
/// offset `pos` and the offset of the next one, or `None` at the end.
/// An iterator keeps only the byte offset, so each step is O(1).
#[inline]
pub fn next_char(s: &StrObj, pos: usize) -> Option<(Value, usize)> {
    let bytes = s.text().as_bytes();
    let b = *bytes.get(pos)?;
    if b < 0x80 {
        return Some((pystr::ascii_char_value(b), pos + 1));
    }
    let c = s.text().get(pos..)?.chars().next()?;
    Some((pystr::char_value(c), pos + c.len_utf8()))
}

/// Reverse iteration helper: the character ending at byte offset `end`
/// and that character's start offset, or `None` at the beginning.
#[inline]
pub fn prev_char(s: &StrObj, end: usize) -> Option<(Value, usize)> {
    let c = s.text().get(..end)?.chars().next_back()?;
    let start = end - c.len_utf8();
    Some((pystr::char_value(c), start))
}

/// The `n` code points of `o` selected by a clipped slice `start::step`.
pub fn slice(o: Value, start: i64, step: i64, n: usize) -> Value {
    let s = o.as_ref::<StrObj>();
    if n == 0 {
        return pystr::empty();
    }
    if step == 1 {
        if n == s.nchars {
            return o;
        }
        let a = byte_offset(s, start as usize);
        let b = if s.is_ascii() {
            a + n
        } else {
            a + byte_offset_in(&s.text()[a..], n)
        };
        return pystr::from_str_n(&s.text()[a..b], n);
    }
    if s.is_ascii() {
        let bytes = s.text().as_bytes();
        let mut out = Vec::with_capacity(n);
        let mut i = start;
        for _ in 0..n {
            out.push(bytes[i as usize]);
            i += step;
        }
        // Every byte came from ASCII text.
        let text = String::from_utf8(out).unwrap_or_default();
        return pystr::from_parts(text, n);
    }
    let chars: Vec<char> = s.text().chars().collect();
    let mut out = String::with_capacity(n * 2);
    let mut i = start;
    for _ in 0..n {
        out.push(chars[i as usize]);
        i += step;
    }
    pystr::from_parts(out, n)
}

/// The substring of code points `start..stop` (both within `0..=nchars`).
pub fn substr(o: Value, start: usize, stop: usize) -> Value {
    if stop <= start {
        return pystr::empty();
    }
    slice(o, start as i64, 1, stop - start)
}

// ====================== in, +, * ======================

/// `x in s`
pub fn contains(c: Value, x: Value) -> R<bool> {
    match x.downcast::<StrObj>() {
        Some(needle) => {
            let hay = as_obj(c);
            Ok(find_str(hay.text(), needle.text()).is_some())
        }
        None => Err(type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            type_name(x)
        ))),
    }
}

#[inline]
fn as_obj(v: Value) -> &'static StrObj {
    v.as_ref::<StrObj>()
}

/// Byte offset of the first occurrence of `needle` in `hay` (a code point
/// search: UTF-8 needles only match at character boundaries).
#[inline]
pub fn find_str(hay: &str, needle: &str) -> Option<usize> {
    match needle.as_bytes() {
        [] => Some(0),
        [b] => hay.bytes().position(|x| x == *b),
        n if n.len() > hay.len() => None,
        n if hay.len() <= 64 => find_short(hay.as_bytes(), n),
        _ => hay.find(needle),
    }
}

/// `find_str` in a short haystack: scanned directly, as setting up
/// `str::find`'s two-way searcher costs more than the scan
/// (`line.find("99")`). A match of a UTF-8 needle starts at a character.
#[inline(never)]
fn find_short(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    let last = hay.len().checked_sub(needle.len())?;
    // Only a position holding the needle's first byte compares the rest
    // (a slice comparison per window is a `memcmp` call each).
    (0..=last).find(|&i| hay[i] == first && hay[i + 1..i + needle.len()] == *rest)
}

/// `a + b` for two strings: a long one being grown goes through an
/// append buffer (`objects/str/append.rs`), others are copied.
pub fn concat(a: Value, b: Value) -> R<Value> {
    let (sa, sb) = (as_obj(a), as_obj(b));
    if sb.nchars == 0 {
        return Ok(a);
    }
    if sa.nchars == 0 {
        return Ok(b);
    }
    let (ta, tb) = (sa.text(), sb.text());
    let nchars = sa.nchars + sb.nchars;
    if let Some(v) = pystr::append::concat(sa, ta, tb, nchars) {
        return Ok(v);
    }
    let v = pystr::build(ta.len().saturating_add(tb.len()), nchars, |p| {
        p.push(ta);
        p.push(tb);
    })?;
    // Two or more characters: never a shared cached string.
    pystr::mark_concat(v, sa);
    Ok(v)
}

/// The concatenation of exact strs (a `+` chain's collected operands): one
/// new string written once; the one non-empty operand itself when the
/// others are empty, as pairwise `+` returns it.
pub fn concat_exact(parts: &[Value]) -> R<Value> {
    let (mut len, mut nchars, mut nonempty) = (0usize, 0usize, None);
    for &p in parts {
        let s = as_obj(p);
        if s.nchars != 0 {
            nonempty = if nonempty.is_none() {
                Some(p)
            } else {
                Some(Value::NULL)
            };
        }
        len = len.saturating_add(s.text().len());
        nchars += s.nchars;
    }
    match nonempty {
        None => return Ok(parts.first().copied().unwrap_or_else(pystr::empty)),
        Some(p) if !p.is_null() => return Ok(p),
        Some(_) => {}
    }
    let v = pystr::build(len, nchars, |b| {
        for &p in parts {
            b.push(as_obj(p).text());
        }
    })?;
    // Two or more non-empty operands: at least two characters, so never a
    // shared cached string.
    pystr::mark_concat(v, as_obj(parts[0]));
    Ok(v)
}

/// A `String` with room for `cap` bytes, or MemoryError if that cannot be
/// allocated (never an abort).
pub fn alloc_string(cap: usize) -> R<String> {
    let mut s = String::new();
    if s.try_reserve_exact(cap).is_err() {
        return Err(raise_empty(&exc::MEMORY_ERROR));
    }
    Ok(s)
}

/// `s * n`: empty for `n <= 0`; OverflowError when the length overflows,
/// MemoryError when it cannot be allocated, as CPython.
pub fn repeat(a: Value, n: i64) -> R<Value> {
    let s = as_obj(a);
    if n <= 0 || s.nchars == 0 {
        return Ok(pystr::empty());
    }
    if n == 1 {
        return Ok(a);
    }
    let n = n as usize;
    let nchars = match s.nchars.checked_mul(n) {
        Some(x) if x <= isize::MAX as usize => x,
        _ => {
            return Err(crate::exc::error::overflow_error(
                "repeated string is too long",
            ))
        }
    };
    let nbytes = s.text().len().saturating_mul(n);
    let mut buf: Vec<u8> = Vec::new();
    if buf.try_reserve_exact(nbytes).is_err() {
        return Err(raise_empty(&exc::MEMORY_ERROR));
    }
    if let [b] = s.text().as_bytes() {
        buf.resize(n, *b);
    } else {
        // Double the filled prefix until it covers the result.
        buf.extend_from_slice(s.text().as_bytes());
        while buf.len() < nbytes {
            let k = buf.len().min(nbytes - buf.len());
            buf.extend_from_within(..k);
        }
    }
    // Copies of whole UTF-8 strings are UTF-8.
    let out = String::from_utf8(buf).unwrap_or_default();
    Ok(pystr::from_parts(out, nchars))
}

#[cfg(test)]
mod tests {
    #[test]
    fn short_find_agrees_with_str_find() {
        let hays = [
            "",
            "a",
            "item-123:861;tag5",
            "9",
            "99",
            "x99",
            "9x9x99",
            "ab\u{e9}9\u{e9}99",
            "aaaaab",
        ];
        let needles = [
            "99",
            "9x",
            "aab",
            "\u{e9}9",
            "\u{e9}99",
            "item-123:861;tag5",
            "5",
            "tag5x",
        ];
        for h in hays {
            for n in needles {
                let expect = h.find(n);
                if n.len() >= 2 && n.len() <= h.len() {
                    assert_eq!(
                        find_short(h.as_bytes(), n.as_bytes()),
                        expect,
                        "{h:?} {n:?}"
                    );
                }
                assert_eq!(find_str(h, n), expect, "{h:?} {n:?}");
            }
        }
    }

    use super::*;
    use crate::objects::str::{as_str, new};

    fn hash_of(s: &str) -> i64 {
        hash(new(s))
    }

    #[test]
    fn hashes_match_cpython() {
        // PYTHONHASHSEED=0 python3 -c "print(hash('abc'), hash('é'), ...)"
        assert_eq!(hash_of("abc"), -4594863902769663758);
        assert_eq!(hash_of("é"), 6047309291227476195);
        assert_eq!(hash_of("€"), -5529981157763016009);
        assert_eq!(hash_of("😀"), -3536540696076613844);
        assert_eq!(hash_of(""), 0);
        assert_eq!(hash_of("a"), 4644417185603328019);
        assert_eq!(hash_of("hello world, this is long"), 7650859633215404784);
        assert_eq!(hash_of("naïve café"), -3140414782110216922);
        assert_eq!(hash_of("a€😀"), -643331045009566827);
    }

    #[test]
    fn repr_matches_cpython() {
        // python3 -c "print(repr(...))" for each input.
        let cases = [
            ("abc", "'abc'"),
            ("it's", "\"it's\""),
            ("say \"hi\"", "'say \"hi\"'"),
            ("both ' and \"", "'both \\' and \"'"),
            ("tab\there\nnl\r\\", "'tab\\there\\nnl\\r\\\\'"),
            ("\x00\x1f\x7f", "'\\x00\\x1f\\x7f'"),
            ("é€😀", "'é€😀'"),
            ("\u{85}\u{a0}\u{ad}", "'\\x85\\xa0\\xad'"),
            ("\u{2028}\u{e000}", "'\\u2028\\ue000'"),
            ("\u{e0001}\u{10ffff}", "'\\U000e0001\\U0010ffff'"),
            ("", "''"),
        ];
        for (s, want) in cases {
            assert_eq!(repr(s), want, "{s:?}");
        }
        assert_eq!(ascii_escape(&repr("é€😀")), "'\\xe9\\u20ac\\U0001f600'");
    }

    #[test]
    fn compare_by_code_point() {
        assert!(compare("a", "b", CmpOp::Lt));
        assert!(compare("\u{ffff}", "😀", CmpOp::Lt));
        assert!(compare("abc", "ab", CmpOp::Gt));
        assert!(compare("é", "é", CmpOp::Ge));
        assert!(!compare("é", "é", CmpOp::Ne));
        // Stored lone surrogates sort as U+D800..U+DFFF.
        let sur = |cp| pystr::char_of(cp).unwrap().to_string();
        let (d800, dfff) = (sur(0xD800), sur(0xDFFF));
        for lower in ["a", "\u{d7ff}", "x\u{d7ff}"] {
            assert_eq!(order(lower, &d800), std::cmp::Ordering::Less, "{lower:?}");
        }
        for higher in ["\u{e000}", "\u{ffff}", "😀", "\u{10c000}", "\u{10ffff}"] {
            assert_eq!(order(&dfff, higher), std::cmp::Ordering::Less, "{higher:?}");
            assert_eq!(
                order(higher, &d800),
                std::cmp::Ordering::Greater,
                "{higher:?}"
            );
            let (a, b) = (format!("k{d800}z"), format!("k{higher}a"));
            assert_eq!(order(&a, &b), std::cmp::Ordering::Less, "{higher:?}");
        }
        assert_eq!(order(&d800, &dfff), std::cmp::Ordering::Less);
        assert_eq!(order(&d800, &format!("{d800}a")), std::cmp::Ordering::Less);
    }

    #[test]
    fn indexing_and_slicing() {
        let s = new("héllo wörld");
        let at = |i: i64| as_str(getitem(s, Value::from_small(i)).unwrap());
        assert_eq!(at(1), "é");
        assert_eq!(at(-1), "d");
        assert_eq!(at(8), "r");
        assert!(getitem(s, Value::from_small(11)).is_err());
        assert!(getitem(s, Value::from_small(-12)).is_err());
        let sl = |a: i64, b: i64, c: i64| {
            let k = crate::objects::slice::new(
                Value::from_small(a),
                Value::from_small(b),
                Value::from_small(c),
            );
            as_str(getitem(s, k).unwrap()).to_string()
        };
        // python3: s='héllo wörld'; s[1:4], s[::-1] ...
        assert_eq!(sl(1, 4, 1), "éll");
        assert_eq!(sl(10, -100, -1), "dlröw olléh");
        assert_eq!(sl(0, 11, 3), "hlwl");
        assert_eq!(sl(-3, 100, 1), "rld");
        let a = new("abcdef");
        let k = crate::objects::slice::new(
            crate::object::none(),
            crate::object::none(),
            Value::from_small(-2),
        );
        assert_eq!(as_str(getitem(a, k).unwrap()), "fdb");
        // Single characters are shared.
        assert_eq!(
            getitem(a, Value::from_small(0)).unwrap(),
            crate::objects::str::char_value('a')
        );
        assert!(getitem(a, new("x")).is_err());
    }

    #[test]
    fn iteration_helpers() {
        let s = new("aé😀");
        let o = s.as_ref::<StrObj>();
        let mut pos = 0;
        let mut seen = Vec::new();
        while let Some((c, next)) = next_char(o, pos) {
            seen.push(as_str(c).to_string());
            pos = next;
        }
        assert_eq!(seen, ["a", "é", "😀"]);
        let (c, start) = prev_char(o, o.text().len()).unwrap();
        assert_eq!((as_str(c), start), ("😀", 3));
    }

    #[test]
    fn contains_concat_repeat() {
        let s = new("hello wörld");
        assert!(contains(s, new("wö")).unwrap());
        assert!(contains(s, new("")).unwrap());
        assert!(!contains(s, new("xyz")).unwrap());
        assert!(contains(s, Value::from_small(1)).is_err());
        let c = concat(new("ab"), new("çd")).unwrap();
        assert_eq!(as_str(c), "abçd");
        assert_eq!(c.as_ref::<StrObj>().nchars, 4);
        assert_eq!(as_str(repeat(new("ab"), 3).unwrap()), "ababab");
        assert_eq!(as_str(repeat(new("x"), 4).unwrap()), "xxxx");
        assert_eq!(as_str(repeat(new("ab"), -1).unwrap()), "");
        assert!(repeat(new("ab"), i64::MAX).is_err());
        assert!(repeat(new("a"), 1 << 50).is_err());
    }
}
