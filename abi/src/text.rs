//! How `str` text holds lone surrogates: strings are UTF-8 (Rust `str`),
//! which cannot encode U+D800..U+DFFF, so a lone surrogate is stored as the
//! private-use code point 0x100000 above it (U+10D800..U+10DFFF). The
//! compiler writes literals this way and rt reads and writes them this way;
//! those 2048 private-use code points are therefore reserved, and text
//! that would hold one of them is refused (ARCHITECTURE.md).

/// The distance from a lone surrogate to the code point that stores it.
pub const SURROGATE_SHIFT: u32 = 0x10_0000;

/// The first and last code points that store lone surrogates.
pub const RESERVED_FIRST: u32 = 0xD800 + SURROGATE_SHIFT;
/// The last code point that stores a lone surrogate.
pub const RESERVED_LAST: u32 = 0xDFFF + SURROGATE_SHIFT;

/// True for the Python code points U+D800..U+DFFF.
#[inline]
pub fn is_surrogate(cp: u32) -> bool {
    (0xD800..=0xDFFF).contains(&cp)
}

/// True for a stored character that stands for a lone surrogate.
#[inline]
pub fn is_stored_surrogate(c: char) -> bool {
    (RESERVED_FIRST..=RESERVED_LAST).contains(&(c as u32))
}

/// The Python code point a stored character stands for.
#[inline]
pub fn code_point(c: char) -> u32 {
    let cp = c as u32;
    if (RESERVED_FIRST..=RESERVED_LAST).contains(&cp) {
        cp - SURROGATE_SHIFT
    } else {
        cp
    }
}

/// Why a Python code point has no stored form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unstorable {
    /// Above U+10FFFF: not a code point at all.
    TooLarge,
    /// One of the private-use code points reserved for lone surrogates.
    Reserved,
}

/// The stored character for Python code point `cp`.
#[inline]
pub fn stored_char(cp: u32) -> Result<char, Unstorable> {
    if is_surrogate(cp) {
        return char::from_u32(cp + SURROGATE_SHIFT).ok_or(Unstorable::TooLarge);
    }
    if (RESERVED_FIRST..=RESERVED_LAST).contains(&cp) {
        return Err(Unstorable::Reserved);
    }
    char::from_u32(cp).ok_or(Unstorable::TooLarge)
}

/// The message for a reserved code point that text from outside would hold.
pub fn reserved_message(cp: u32) -> String {
    format!(
        "not supported yet: code point U+{cp:04X} (alc keeps U+{RESERVED_FIRST:04X}..U+{RESERVED_LAST:04X} to store lone surrogates)"
    )
}

/// The byte offset and character of the first reserved code point in
/// UTF-8 `text` that came from outside (decoded bytes, source text), if any.
#[inline]
pub fn find_reserved(text: &str) -> Option<(usize, char)> {
    // Every reserved code point is encoded F4 8D A0..BF xx.
    let b = text.as_bytes();
    let mut from = 0;
    while let Some(i) = b[from..].iter().position(|&x| x == 0xF4) {
        let at = from + i;
        if b.get(at + 1) == Some(&0x8D) && b.get(at + 2).is_some_and(|&x| x >= 0xA0) {
            return text[at..].chars().next().map(|c| (at, c));
        }
        from = at + 1;
    }
    None
}

/// True if `text` holds a lone surrogate.
#[inline]
pub fn has_surrogate(text: &str) -> bool {
    find_reserved(text).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surrogates_round_trip_and_reserved_code_points_are_refused() {
        for cp in [0xD800, 0xDBFF, 0xDC00, 0xDFFF] {
            let c = stored_char(cp).unwrap();
            assert!(is_stored_surrogate(c));
            assert_eq!(code_point(c), cp);
            let s = c.to_string();
            assert_eq!(find_reserved(&s), Some((0, c)));
        }
        assert_eq!(stored_char(0x10D800), Err(Unstorable::Reserved));
        assert_eq!(stored_char(0x110000), Err(Unstorable::TooLarge));
        assert_eq!(stored_char(0x10FFFF), Ok('\u{10FFFF}'));
        assert_eq!(code_point('\u{10E000}'), 0x10E000);
        assert_eq!(find_reserved("a\u{10FFFF}\u{10D7FF}b\u{10E000}"), None);
    }
}
