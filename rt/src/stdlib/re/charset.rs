//! Character classes of patterns: `[...]` sets, the categories `\d \s \w`
//! (Unicode for str patterns, ASCII otherwise) and IGNORECASE equivalence
//! (the case classes of `case_table.rs`).

use super::case_table::{CLASSES, CLASS_OF};
use crate::text::unicode;

/// A category escape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cat {
    Digit,
    Space,
    Word,
}

/// One member of a set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetItem {
    Lit(u32),
    Range(u32, u32),
    /// A category, negated when true (`\D` inside a set).
    Cat(Cat, bool),
}

/// A set of characters: `[...]`, or a category escape on its own.
#[derive(Clone, Debug)]
pub struct CharSet {
    pub items: Vec<SetItem>,
    pub neg: bool,
    /// Under IGNORECASE: `Some(ascii)`, where `ascii` limits folding to ASCII letters.
    pub ic: Option<bool>,
    /// Unicode categories (str patterns without ASCII).
    pub uni: bool,
}

/// Whether `c` belongs to category `cat`.
pub fn in_cat(cat: Cat, c: u32, uni: bool) -> bool {
    if c < 128 {
        let b = c as u8;
        return match cat {
            Cat::Digit => b.is_ascii_digit(),
            Cat::Word => b.is_ascii_alphanumeric() || b == b'_',
            Cat::Space => {
                matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
                    || (uni && (0x1c..=0x1f).contains(&b))
            }
        };
    }
    if !uni {
        return false;
    }
    let Some(ch) = char::from_u32(c) else {
        return false;
    };
    let f = unicode::flags(ch);
    match cat {
        Cat::Digit => f & unicode::DECIMAL != 0,
        Cat::Space => f & unicode::SPACE != 0,
        Cat::Word => {
            f & (unicode::ALPHA | unicode::DECIMAL | unicode::DIGIT | unicode::NUMERIC) != 0
        }
    }
}

/// Whether `c` is a word character for `\b` (Unicode or ASCII rules).
#[inline]
pub fn is_word(c: u32, uni: bool) -> bool {
    in_cat(Cat::Word, c, uni)
}

fn class_of(c: u32) -> Option<&'static [u32]> {
    CLASS_OF
        .binary_search_by_key(&c, |&(k, _)| k)
        .ok()
        .map(|i| CLASSES[CLASS_OF[i].1 as usize])
}

/// Whether `c` has other characters it matches under IGNORECASE.
pub fn has_case(c: u32, ascii: bool) -> bool {
    if c < 128 {
        return (c as u8).is_ascii_alphabetic();
    }
    !ascii && class_of(c).is_some()
}

/// The representative of `c`'s case class: two characters match each
/// other under IGNORECASE exactly when their representatives are equal.
#[inline]
pub fn canon(c: u32, ascii: bool) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_uppercase() as u32;
    }
    if ascii {
        return c;
    }
    class_of(c).map_or(c, |cl| cl[0])
}

/// Calls `f` on `c` and every character it matches under IGNORECASE
/// until `f` returns true.
pub fn any_variant(c: u32, ascii: bool, mut f: impl FnMut(u32) -> bool) -> bool {
    if c < 128 && (ascii || !matches!(c as u8, b'i' | b'I' | b'k' | b'K' | b's' | b'S')) {
        let b = c as u8;
        return f(c) || (b.is_ascii_alphabetic() && f((b ^ 0x20) as u32));
    }
    if ascii {
        return f(c);
    }
    match class_of(c) {
        Some(cl) => cl.iter().any(|&x| f(x)),
        None => f(c),
    }
}

impl CharSet {
    /// Whether the set's members (before negation and case) include `c`.
    fn raw(&self, c: u32) -> bool {
        self.items.iter().any(|it| match *it {
            SetItem::Lit(x) => x == c,
            SetItem::Range(lo, hi) => lo <= c && c <= hi,
            SetItem::Cat(cat, neg) => in_cat(cat, c, self.uni) != neg,
        })
    }

    /// Whether the set matches `c`.
    pub fn contains(&self, c: u32) -> bool {
        let hit = match self.ic {
            Some(ascii) => any_variant(c, ascii, |v| self.raw(v)),
            None => self.raw(c),
        };
        hit != self.neg
    }

    /// Whether some character at or above `lo` may be in the set
    /// (conservative: true unless every member is below `lo`).
    pub fn may_contain_from(&self, lo: u32) -> bool {
        if self.neg || self.ic.is_some_and(|a| !a) {
            return true;
        }
        self.items.iter().any(|it| match *it {
            SetItem::Lit(x) => x >= lo,
            SetItem::Range(_, hi) => hi >= lo,
            SetItem::Cat(_, neg) => self.uni || neg,
        })
    }
}

/// A set prepared for matching: the answers for code points below 256
/// as a bitmap, the set itself for the rest.
#[derive(Clone, Debug)]
pub struct SetProg {
    low: [u64; 4],
    set: CharSet,
}

impl SetProg {
    /// Prepares `set`.
    pub fn new(set: CharSet) -> SetProg {
        let mut low = [0u64; 4];
        for c in 0..256u32 {
            if set.contains(c) {
                low[(c >> 6) as usize] |= 1 << (c & 63);
            }
        }
        SetProg { low, set }
    }

    /// Whether the set matches `c`.
    #[inline]
    pub fn contains(&self, c: u32) -> bool {
        if c < 256 {
            return self.low[(c >> 6) as usize] & (1 << (c & 63)) != 0;
        }
        self.set.contains(c)
    }

    /// The set.
    pub fn set(&self) -> &CharSet {
        &self.set
    }
}
