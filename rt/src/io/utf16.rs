//! UTF-16 and UTF-32 for `str.encode` and `bytes.decode`: the BOM forms
//! (`utf-16` writes a little-endian BOM and reads either, defaulting to
//! little-endian), `-le` and `-be`, and CPython's decode errors
//! ("truncated data", "illegal encoding", "illegal UTF-16 surrogate",
//! "unexpected end of data", the UTF-32 range errors).

use super::codec::{decode_error, encode_error, genuine, Errors, Replacement};
use crate::exc::error::R;
use alrt_abi::text::{code_point, is_stored_surrogate};

/// Which of the wide encodings, and its byte order (None: by BOM).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Wide {
    /// 2 for UTF-16, 4 for UTF-32.
    pub unit: usize,
    /// Some(true) for big-endian, Some(false) little, None: a BOM decides.
    pub big: Option<bool>,
}

impl Wide {
    /// The codec's name with the byte order it used (errors name `utf-16-le`
    /// even for `utf-16`, as CPython's do).
    fn name(self, big: bool) -> &'static str {
        match (self.unit, big) {
            (2, false) => "utf-16-le",
            (2, true) => "utf-16-be",
            (_, false) => "utf-32-le",
            (_, true) => "utf-32-be",
        }
    }

    /// The name encode errors give the codec (`utf-16`, not `utf-16-le`,
    /// when a BOM is written).
    fn name_for_errors(self) -> &'static str {
        match (self.unit, self.big) {
            (2, None) => "utf-16",
            (_, None) => "utf-32",
            (_, Some(big)) => self.name(big),
        }
    }

    /// The wide codec named by a normalised name.
    pub fn lookup(n: &str) -> Option<Wide> {
        let (unit, big) = match n {
            "utf_16" | "utf16" | "u16" => (2, None),
            "utf_16_le" | "utf_16le" | "utf16le" | "utf16_le" => (2, Some(false)),
            "utf_16_be" | "utf_16be" | "utf16be" | "utf16_be" => (2, Some(true)),
            "utf_32" | "utf32" | "u32" => (4, None),
            "utf_32_le" | "utf_32le" | "utf32le" | "utf32_le" => (4, Some(false)),
            "utf_32_be" | "utf_32be" | "utf32be" | "utf32_be" => (4, Some(true)),
            _ => return None,
        };
        Some(Wide { unit, big })
    }
}

fn put(out: &mut Vec<u8>, v: u32, unit: usize, big: bool) {
    if unit == 2 {
        let b = v as u16;
        out.extend_from_slice(&if big {
            b.to_be_bytes()
        } else {
            b.to_le_bytes()
        });
    } else {
        out.extend_from_slice(&if big {
            v.to_be_bytes()
        } else {
            v.to_le_bytes()
        });
    }
}

/// Encodes `text`; lone surrogates go to the error handler one at a
/// time, as CPython's UTF-16 and UTF-32 encoders pass them.
pub fn encode(w: Wide, errors: Errors, errors_name: &str, text: &str) -> R<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * w.unit + w.unit);
    let big = w.big.unwrap_or(false);
    if w.big.is_none() {
        put(&mut out, 0xFEFF, w.unit, big);
    }
    let put_char = |out: &mut Vec<u8>, c: char| {
        let v = code_point(c);
        if w.unit == 2 && v >= 0x10000 {
            let v = v - 0x10000;
            put(out, 0xD800 | (v >> 10), 2, big);
            put(out, 0xDC00 | (v & 0x3FF), 2, big);
        } else {
            put(out, v, w.unit, big);
        }
    };
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if !is_stored_surrogate(c) {
            put_char(&mut out, c);
            continue;
        }
        let r = encode_error(
            w.name_for_errors(),
            errors,
            errors_name,
            text,
            &chars,
            (i - 1, i),
            "surrogates not allowed",
            (true, true),
        )?;
        let r = match r {
            Replacement::CustomText(t, pos) if t.is_ascii() => {
                i = pos;
                Replacement::Text(t)
            }
            // CPython takes ASCII text or whole units of bytes.
            Replacement::CustomBytes(b, pos) if b.len() % w.unit == 0 => {
                i = pos;
                Replacement::Bytes(b)
            }
            Replacement::CustomText(..) | Replacement::CustomBytes(..) => {
                return Err(super::codec::encode_exception(
                    w.name_for_errors(),
                    text,
                    i - 1,
                    i,
                    "surrogates not allowed",
                ));
            }
            r => r,
        };
        match r {
            Replacement::Text(t) => t.chars().for_each(|c| put_char(&mut out, c)),
            Replacement::Bytes(b) => out.extend_from_slice(&b),
            _ => put(&mut out, code_point(c), w.unit, big),
        }
    }
    Ok(out)
}

fn get(input: &[u8], at: usize, unit: usize, big: bool) -> u32 {
    let b = &input[at..at + unit];
    if unit == 2 {
        let a = [b[0], b[1]];
        (if big {
            u16::from_be_bytes(a)
        } else {
            u16::from_le_bytes(a)
        }) as u32
    } else {
        let a = [b[0], b[1], b[2], b[3]];
        if big {
            u32::from_be_bytes(a)
        } else {
            u32::from_le_bytes(a)
        }
    }
}

/// Decodes all of `input`.
pub fn decode(w: Wide, errors: Errors, errors_name: &str, input: &[u8]) -> R<String> {
    let unit = w.unit;
    let mut i = 0;
    let big = match w.big {
        Some(b) => b,
        None => {
            let bom = |le: &[u8], be: &[u8]| {
                if input.starts_with(le) {
                    Some(false)
                } else if input.starts_with(be) {
                    Some(true)
                } else {
                    None
                }
            };
            let found = if unit == 2 {
                bom(&[0xFF, 0xFE], &[0xFE, 0xFF])
            } else {
                bom(&[0xFF, 0xFE, 0, 0], &[0, 0, 0xFE, 0xFF])
            };
            if found.is_some() {
                i = unit;
            }
            found.unwrap_or(false)
        }
    };
    let name = w.name(big);
    let mut out = String::with_capacity(input.len() / unit);
    // The surrogate a unit at `at` holds, for `surrogatepass`.
    let surrogate_at = |at: usize| {
        (input.len() - at >= unit)
            .then(|| get(input, at, unit, big))
            .filter(|v| (0xD800..=0xDFFF).contains(v))
            .map(|v| (v, unit))
    };
    let fail = |out: &mut String, s: usize, e: usize, reason: &str| {
        decode_error(
            name,
            errors,
            errors_name,
            input,
            (s, e),
            reason,
            surrogate_at(s),
            out,
        )
    };
    while i < input.len() {
        if input.len() - i < unit {
            i = fail(&mut out, i, input.len(), "truncated data")?;
            continue;
        }
        let v = get(input, i, unit, big);
        if unit == 4 {
            i = match char::from_u32(v) {
                Some(c) => {
                    out.push(genuine(c)?);
                    i + 4
                }
                None if v > 0x10FFFF => {
                    fail(&mut out, i, i + 4, "code point not in range(0x110000)")?
                }
                None => fail(
                    &mut out,
                    i,
                    i + 4,
                    "code point in surrogate code point range(0xd800, 0xe000)",
                )?,
            };
            continue;
        }
        i = match v {
            0xDC00..=0xDFFF => fail(&mut out, i, i + 2, "illegal encoding")?,
            0xD800..=0xDBFF => {
                if input.len() - i < 4 {
                    i = fail(&mut out, i, input.len(), "unexpected end of data")?;
                    continue;
                }
                let lo = get(input, i + 2, 2, big);
                if (0xDC00..=0xDFFF).contains(&lo) {
                    let c = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
                    out.push(genuine(char::from_u32(c).unwrap_or('\u{FFFD}'))?);
                    i + 4
                } else {
                    fail(&mut out, i, i + 2, "illegal UTF-16 surrogate")?
                }
            }
            _ => {
                out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
                i + 2
            }
        };
    }
    Ok(out)
}
