//! Character properties and case mappings as CPython 3.11 defines them
//! (looked up in the generated `text/unicode_tables.rs`), with ASCII fast paths.

use crate::text::unicode_tables as t;

pub use crate::text::unicode_tables::{
    ALPHA, CASED, CASE_IGNORABLE, DECIMAL, DIGIT, LOWER, NUMERIC, PRINTABLE, SPACE, TITLE, UPPER,
    XID_CONTINUE, XID_START,
};

/// Property bits of ASCII characters, so the common case needs no search.
static ASCII_FLAGS: [u16; 128] = {
    let mut out = [0u16; 128];
    let mut i = 0;
    while i < 128 {
        let c = i as u8;
        let mut f = 0;
        if c >= 0x20 && c < 0x7f {
            f |= PRINTABLE;
        }
        if c.is_ascii_alphabetic() {
            f |= ALPHA | CASED | XID_START | XID_CONTINUE;
        }
        if c.is_ascii_lowercase() {
            f |= LOWER;
        }
        if c.is_ascii_uppercase() {
            f |= UPPER;
        }
        if c.is_ascii_digit() {
            f |= DECIMAL | DIGIT | NUMERIC | XID_CONTINUE;
        }
        if c == b'_' {
            f |= XID_START | XID_CONTINUE;
        }
        // Python's isspace includes the separators 0x1c..=0x1f.
        if matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | 0x1c..=0x1f) {
            f |= SPACE;
        }
        if matches!(c, b'\'' | b'.' | b':' | b'^' | b'`') {
            f |= CASE_IGNORABLE;
        }
        out[i] = f;
        i += 1;
    }
    out
};

/// All property bits of `c`.
#[inline]
pub fn flags(c: char) -> u16 {
    let cp = c as u32;
    if cp < 128 {
        return ASCII_FLAGS[cp as usize];
    }
    let runs = &t::FLAG_RUNS;
    let i = runs.partition_point(|&(first, _)| first <= cp);
    // The first run starts at 0, so `i >= 1`.
    runs[i.saturating_sub(1)].1
}

/// True if `c` has every bit of `mask`.
#[inline]
pub fn has(c: char, mask: u16) -> bool {
    flags(c) & mask == mask
}

/// `c.isprintable()`
#[inline]
pub fn is_printable(c: char) -> bool {
    flags(c) & PRINTABLE != 0
}

/// `c.isspace()`
#[inline]
pub fn is_space(c: char) -> bool {
    flags(c) & SPACE != 0
}

/// The value of a decimal digit (`unicodedata.decimal`), as `int()` accepts it.
pub fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii_digit() {
        return Some(cp - '0' as u32);
    }
    if flags(c) & DECIMAL == 0 {
        return None;
    }
    let z = &t::DECIMAL_ZEROS;
    let i = z.partition_point(|&first| first <= cp);
    let zero = z[i.checked_sub(1)?];
    (cp - zero <= 9).then_some(cp - zero)
}

fn lookup(table: &[(u32, [u32; 3])], c: char) -> Option<&[u32; 3]> {
    let cp = c as u32;
    table
        .binary_search_by_key(&cp, |&(k, _)| k)
        .ok()
        .map(|i| &table[i].1)
}

fn push_mapped(out: &mut String, m: &[u32; 3]) {
    for &cp in m.iter().take_while(|&&cp| cp != 0) {
        // The tables hold only valid scalar values (generated from Python).
        out.push(char::from_u32(cp).unwrap_or('\u{FFFD}'));
    }
}

/// Appends the full lowercase mapping of `c` (no final-sigma rule).
#[inline]
pub fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if let Some(m) = lookup(&t::LOWER_MAP, c) {
        push_mapped(out, m);
    } else {
        out.push(c);
    }
}

/// Appends the full uppercase mapping of `c`.
#[inline]
pub fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if let Some(m) = lookup(&t::UPPER_MAP, c) {
        push_mapped(out, m);
    } else {
        out.push(c);
    }
}

/// Appends the full titlecase mapping of `c`.
pub fn push_title(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if let Some(m) = lookup(&t::TITLE_MAP, c) {
        push_mapped(out, m);
    } else {
        push_upper(out, c);
    }
}

/// Appends the case folding of `c` (`str.casefold`).
pub fn push_fold(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if let Some(m) = lookup(&t::FOLD_MAP, c) {
        push_mapped(out, m);
    } else {
        push_lower(out, c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_flags_match_tables() {
        // The hand-written ASCII table must agree with the generated runs.
        for cp in 0u32..128 {
            let runs = &t::FLAG_RUNS;
            let i = runs.partition_point(|&(first, _)| first <= cp);
            assert_eq!(ASCII_FLAGS[cp as usize], runs[i - 1].1, "U+{cp:04X}");
        }
    }

    #[test]
    fn properties() {
        assert!(has('é', ALPHA | LOWER | CASED));
        assert!(!is_printable('\u{85}'));
        assert!(is_printable('€'));
        assert!(is_space('\u{85}') && is_space('\u{3000}'));
        assert!(has('²', DIGIT) && !has('²', DECIMAL));
        assert!(has('½', NUMERIC) && !has('½', DIGIT));
        assert_eq!(decimal_value('٣'), Some(3));
        assert_eq!(decimal_value('²'), None);
        assert!(has('ǅ', TITLE));
    }

    #[test]
    fn mappings() {
        let mut s = String::new();
        push_upper(&mut s, 'ß');
        push_lower(&mut s, 'İ');
        push_title(&mut s, 'ǆ');
        push_fold(&mut s, 'ß');
        // python3: 'ß'.upper() + 'İ'.lower() + 'ǆ'.title() + 'ß'.casefold()
        assert_eq!(s, "SSi̇ǅss");
    }
}
