//! `struct` format strings: the byte order, size and alignment prefix,
//! repeat counts, each format character's size and native alignment (as
//! on x86-64 and aarch64 Linux), the offset of every item and the total
//! size, with CPython's parse errors; and the cache of parsed formats the
//! module-level functions share.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// The byte order and size rules a format's prefix selects.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// `@` (or no prefix): native sizes, native alignment, native order.
    Native,
    /// `<` and `=` (native order is little-endian on every target):
    /// standard sizes, no alignment.
    Little,
    /// `>` and `!`: standard sizes, no alignment.
    Big,
}

/// A run of items of one format character.
#[derive(Clone, Copy, Debug)]
pub struct Code {
    /// The format character.
    pub c: u8,
    /// The offset of the first item.
    pub offset: usize,
    /// How many items (1 for `s` and `p`, whose repeat count is a length).
    pub count: usize,
    /// The size of one item (the length for `s` and `p`).
    pub size: usize,
}

/// A parsed format.
#[derive(Debug)]
pub struct Format {
    pub mode: Mode,
    /// The runs of items, in order (padding `x` makes none).
    pub codes: Vec<Code>,
    /// `calcsize`: the packed size in bytes.
    pub size: usize,
    /// The number of values `pack` takes and `unpack` returns.
    pub nitems: usize,
}

/// The message of a size beyond `isize::MAX`.
pub const TOO_LONG: &str = "total struct size too long";

/// The size and alignment of format character `c` in `mode`, if the
/// character exists there (`n`, `N` and `P` only in native mode).
pub fn entry(mode: Mode, c: u8) -> Option<(usize, usize)> {
    let native = mode == Mode::Native;
    let size = match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' if native => 8,
        b'l' | b'L' => 4,
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    };
    // Every native type is aligned to its size on the supported targets.
    Some((size, if native { size } else { 1 }))
}

/// CPython's `Py_ISSPACE`: the whitespace allowed between items.
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// Parses a format (its bytes, already checked for NULs), or gives the
/// message of CPython's `struct.error`.
pub fn parse(fmt: &[u8]) -> Result<Format, &'static str> {
    const MAX: usize = isize::MAX as usize;
    let (mode, mut i) = match fmt.first() {
        Some(b'@') => (Mode::Native, 1),
        Some(b'=' | b'<') => (Mode::Little, 1),
        Some(b'>' | b'!') => (Mode::Big, 1),
        _ => (Mode::Native, 0),
    };
    let mut codes = Vec::new();
    let (mut size, mut nitems) = (0usize, 0usize);
    while i < fmt.len() {
        let mut c = fmt[i];
        i += 1;
        if is_space(c) {
            continue;
        }
        let mut num = 1usize;
        if c.is_ascii_digit() {
            num = (c - b'0') as usize;
            loop {
                let Some(&d) = fmt.get(i) else {
                    return Err("repeat count given without format specifier");
                };
                i += 1;
                c = d;
                if !d.is_ascii_digit() {
                    break;
                }
                let d = (d - b'0') as usize;
                if num > (MAX - d) / 10 {
                    return Err(TOO_LONG);
                }
                num = num * 10 + d;
            }
        }
        let (itemsize, align) = entry(mode, c).ok_or("bad char in struct format")?;
        if align > 1 && size > 0 {
            let extra = (align - 1) - (size - 1) % align;
            if extra > MAX - size {
                return Err(TOO_LONG);
            }
            size += extra;
        }
        if num > (MAX - size) / itemsize {
            return Err(TOO_LONG);
        }
        match c {
            b's' | b'p' => {
                codes.push(Code {
                    c,
                    offset: size,
                    count: 1,
                    size: num,
                });
                nitems += 1;
            }
            b'x' => {}
            _ if num > 0 => {
                codes.push(Code {
                    c,
                    offset: size,
                    count: num,
                    size: itemsize,
                });
                nitems += num;
            }
            _ => {}
        }
        size += num * itemsize;
    }
    Ok(Format {
        mode,
        codes,
        size,
        nitems,
    })
}

/// How many parsed formats the cache keeps before it starts over
/// (CPython's `MAXCACHE`).
const MAX_CACHE: usize = 100;

thread_local! {
    /// Formats the module-level functions parsed, by their bytes.
    static CACHE: RefCell<HashMap<Vec<u8>, Rc<Format>>> = RefCell::new(HashMap::new());
}

/// The parsed format for `fmt`, from the cache or parsed now (and cached).
pub fn cached(fmt: &[u8]) -> Result<Rc<Format>, &'static str> {
    if let Some(f) = CACHE.with(|c| c.borrow().get(fmt).cloned()) {
        return Ok(f);
    }
    let f = Rc::new(parse(fmt)?);
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= MAX_CACHE {
            c.clear();
        }
        c.insert(fmt.to_vec(), f.clone());
    });
    Ok(f)
}

/// `struct._clearcache()`
pub fn clear_cache() {
    CACHE.with(|c| c.borrow_mut().clear());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn size(f: &str) -> Result<usize, &'static str> {
        parse(f.as_bytes()).map(|f| f.size)
    }

    #[test]
    fn native_alignment() {
        // python3 -c "import struct; print([struct.calcsize(f) for f in
        //   ['@bhbqbd', '=bhbqbd', '@ci', '@c0i', '@3s0d', '@b?Pnd', '@be', '@bf', '?e', 'ih0i', 'bq0q']])"
        let cases = [
            ("@bhbqbd", 32),
            ("=bhbqbd", 21),
            ("@ci", 8),
            ("@c0i", 4),
            ("@3s0d", 8),
            ("@b?Pnd", 32),
            ("@be", 4),
            ("@bf", 8),
            ("?e", 4),
            ("ih0i", 8),
            ("bq0q", 16),
            ("<bq", 9),
            ("!bl", 5),
            ("@bl", 16),
        ];
        for (f, want) in cases {
            assert_eq!(size(f), Ok(want), "{f}");
        }
    }

    #[test]
    fn items_and_offsets() {
        let f = parse(b"@b3hx2s0ip").unwrap();
        let got: Vec<(u8, usize, usize, usize)> = f
            .codes
            .iter()
            .map(|c| (c.c, c.offset, c.count, c.size))
            .collect();
        assert_eq!(
            got,
            [
                (b'b', 0, 1, 1),
                (b'h', 2, 3, 2),
                (b's', 9, 1, 2),
                (b'p', 12, 1, 1)
            ]
        );
        assert_eq!((f.size, f.nitems), (13, 6));
    }

    #[test]
    fn errors_and_limits() {
        // Each message and size is what CPython 3.11's struct.calcsize gives.
        assert_eq!(size("z"), Err("bad char in struct format"));
        assert_eq!(size("<n"), Err("bad char in struct format"));
        assert_eq!(size("=P"), Err("bad char in struct format"));
        assert_eq!(size("3 i"), Err("bad char in struct format"));
        assert_eq!(size("i!"), Err("bad char in struct format"));
        assert_eq!(
            size("i3"),
            Err("repeat count given without format specifier")
        );
        assert_eq!(size(" \ti\n"), Ok(4));
        assert_eq!(size(""), Ok(0));
        assert_eq!(size("2305843009213693951i"), Ok(9223372036854775804));
        assert_eq!(size("9223372036854775807s"), Ok(9223372036854775807));
        assert_eq!(size("9223372036854775806sb"), Ok(9223372036854775807));
        assert_eq!(size("9223372036854775808s"), Err(TOO_LONG));
        assert_eq!(size("9223372036854775807sb"), Err(TOO_LONG));
        assert_eq!(size("9999999999999999999i"), Err(TOO_LONG));
        assert_eq!(size("2305843009213693952i"), Err(TOO_LONG));
        assert_eq!(size("@b9223372036854775806q"), Err(TOO_LONG));
    }
}
