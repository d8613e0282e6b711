//! The incremental decoder of a text file, as CPython layers it (the
//! codec's incremental decoder, under an IncrementalNewlineDecoder in the
//! universal newline modes), and the position cookies `tell` returns and
//! `seek` takes. A cookie is a byte offset when the decoder holds nothing
//! at that point; otherwise it also records the decoder's flags, the
//! bytes to feed it and the characters to skip, packed into one int as
//! CPython packs them, so `tell` gives the numbers CPython gives.

use crate::exc::error::{overflow_error, raise, R};
use crate::io::codec::{self, Codec, Errors};
use crate::io::newline::{self, Newline, Seen};
use crate::value::Value;
use dashu_int::ops::UnsignedAbs;
use dashu_int::{IBig, UBig};

/// The decoder: the codec's undecoded tail bytes, and for the universal
/// modes a `\r` held back until the next character shows whether it
/// starts a `\r\n`.
#[derive(Clone, Debug)]
pub struct Decoder {
    codec: Codec,
    errors: Errors,
    /// `Some(translate)` for the universal modes (`None` translates,
    /// `''` does not): the newline layer.
    universal: Option<bool>,
    buf: Vec<u8>,
    pendingcr: bool,
    /// The newline kinds decoded since the last reset (`newlines`).
    pub seen: Seen,
}

impl Decoder {
    /// A fresh decoder for a file with these settings.
    pub fn new(codec: Codec, errors: Errors, newline: Newline) -> Decoder {
        let universal = match newline {
            Newline::Universal => Some(true),
            Newline::Untranslated => Some(false),
            _ => None,
        };
        Decoder {
            codec,
            errors,
            universal,
            buf: Vec::new(),
            pendingcr: false,
            seen: Seen::default(),
        }
    }

    /// Decodes `input` after what is held; with `last`, everything held is
    /// decoded too (an incomplete character is then an error). The
    /// universal modes record the newline kinds they meet.
    pub fn decode(&mut self, input: &[u8], last: bool, errors_name: &str) -> R<String> {
        let mut data = std::mem::take(&mut self.buf);
        data.extend_from_slice(input);
        let (mut out, used) = codec::decode(self.codec, self.errors, errors_name, &data, last)?;
        self.buf = data[used..].to_vec();
        let Some(translate) = self.universal else {
            return Ok(out);
        };
        if self.pendingcr && (!out.is_empty() || last) {
            out.insert(0, '\r');
            self.pendingcr = false;
        }
        if out.ends_with('\r') && !last {
            out.pop();
            self.pendingcr = true;
        }
        if translate {
            Ok(newline::translate_read(&out, &mut self.seen))
        } else {
            self.seen.record(&out);
            Ok(out)
        }
    }

    /// CPython's `getstate()`: how many bytes are held, and the flags
    /// (the codecs here have none of their own; the newline layer puts
    /// its held `\r` in bit 0).
    pub fn state(&self) -> (usize, u32) {
        (self.buf.len(), u32::from(self.pendingcr))
    }

    /// The bytes held.
    pub fn held(&self) -> &[u8] {
        &self.buf
    }

    /// CPython's `setstate((b'', flags))`.
    pub fn set_flags(&mut self, flags: u32) {
        self.buf.clear();
        self.pendingcr = self.universal.is_some() && flags & 1 != 0;
    }

    /// `reset()`: also forgets the newline kinds seen.
    pub fn reset(&mut self) {
        self.set_flags(0);
        self.seen = Seen::default();
    }

    /// How CPython restores a decoder to a cookie's start point: `reset()`
    /// at the very start of the file (which forgets the newlines seen),
    /// `setstate((b'', flags))` elsewhere.
    pub fn restart(&mut self, start_pos: u64, flags: u32) {
        if start_pos == 0 && flags == 0 {
            self.reset();
        } else {
            self.set_flags(flags);
        }
    }
}

/// A position in a text file, as CPython's TextIOWrapper encodes it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cookie {
    /// A byte offset where the decoder can start with nothing held...
    pub start_pos: u64,
    /// ... in this state,
    pub dec_flags: u32,
    /// then be fed this many bytes,
    pub bytes_to_feed: u32,
    /// of whose text this many characters are skipped,
    pub chars_to_skip: u32,
    /// the feeding ending the input.
    pub need_eof: bool,
}

impl Cookie {
    /// The int `tell` returns: the fields packed little-endian as
    /// CPython's C struct (offset, then three C ints and a byte).
    pub fn value(self) -> Value {
        let low = u128::from(self.start_pos)
            | u128::from(self.dec_flags) << 64
            | u128::from(self.bytes_to_feed) << 96;
        let high = u128::from(self.chars_to_skip) | u128::from(self.need_eof) << 32;
        if high == 0 {
            if let Ok(small) = i128::try_from(low) {
                return crate::objects::int::from_i128(small);
            }
        }
        let big = UBig::from(low) + (UBig::from(high) << 128);
        crate::objects::int::from_ibig(IBig::from(big))
    }

    /// Unpacks a cookie from a non-negative int (OverflowError past the
    /// 21 bytes CPython's struct has).
    pub fn from_int(i: Value) -> R<Cookie> {
        let big = crate::objects::int::to_ibig(i);
        let bytes = big.unsigned_abs().to_le_bytes();
        if bytes.len() > 21 {
            return Err(overflow_error("int too big to convert"));
        }
        let mut b = [0u8; 21];
        b[..bytes.len()].copy_from_slice(&bytes);
        let word = |at: usize| u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]]);
        let mut pos = [0u8; 8];
        pos.copy_from_slice(&b[..8]);
        Ok(Cookie {
            start_pos: u64::from_le_bytes(pos),
            dec_flags: word(8),
            bytes_to_feed: word(12),
            chars_to_skip: word(16),
            need_eof: b[20] != 0,
        })
    }
}

/// The characters `decoder` makes of `input`.
fn count(decoder: &mut Decoder, input: &[u8], last: bool, errors_name: &str) -> R<usize> {
    Ok(decoder.decode(input, last, errors_name)?.chars().count())
}

/// CPython's `tell` for a reader: `snap_flags` and `next_input` are the
/// decoder state and bytes of the chunk being read, which starts at
/// `start`; `used` of its characters have been returned; `b2cratio` is
/// its bytes per character. Finds the nearest point at or before the
/// position where the decoder holds no bytes, and how to get from there.
/// Like CPython's, it decodes with the file's own decoder and restores
/// only what that holds: the newline kinds it records (or forgets, when
/// it restarts at offset 0) stay.
pub fn tell(
    decoder: &mut Decoder,
    snap_flags: u32,
    next_input: &[u8],
    start: u64,
    used: usize,
    b2cratio: f64,
    errors_name: &str,
) -> R<Cookie> {
    let cookie = Cookie {
        start_pos: start,
        dec_flags: snap_flags,
        ..Cookie::default()
    };
    if used == 0 {
        return Ok(cookie);
    }
    let saved = (decoder.buf.clone(), decoder.pendingcr);
    let r = search(decoder, cookie, next_input, used, b2cratio, errors_name);
    (decoder.buf, decoder.pendingcr) = saved;
    r
}

/// The search of `tell`, from the snapshot's cookie.
fn search(
    dec: &mut Decoder,
    mut cookie: Cookie,
    next_input: &[u8],
    used: usize,
    b2cratio: f64,
    errors_name: &str,
) -> R<Cookie> {
    let mut chars_to_skip = used;
    // A quick guess of a start point close before the position.
    let mut skip_bytes = ((b2cratio * chars_to_skip as f64) as usize).min(next_input.len());
    let mut skip_back = 1;
    while skip_bytes > 0 {
        dec.restart(cookie.start_pos, cookie.dec_flags);
        let n = count(dec, &next_input[..skip_bytes], false, errors_name)?;
        if n <= chars_to_skip {
            let (held, flags) = dec.state();
            if held == 0 {
                cookie.dec_flags = flags;
                chars_to_skip -= n;
                break;
            }
            skip_bytes = skip_bytes.saturating_sub(held);
            skip_back = 1;
        } else {
            skip_bytes = skip_bytes.saturating_sub(skip_back);
            skip_back *= 2;
        }
    }
    if skip_bytes == 0 {
        dec.restart(cookie.start_pos, cookie.dec_flags);
    }
    cookie.start_pos += skip_bytes as u64;
    if chars_to_skip == 0 {
        cookie.chars_to_skip = 0;
        return Ok(cookie);
    }
    // Feed the rest one byte at a time, moving the start point up to each
    // point where nothing is held and the position is not passed.
    let mut chars_decoded = 0;
    let mut fed_all = true;
    for i in skip_bytes..next_input.len() {
        chars_decoded += count(dec, &next_input[i..i + 1], false, errors_name)?;
        cookie.bytes_to_feed += 1;
        let (held, flags) = dec.state();
        if held == 0 && chars_decoded <= chars_to_skip {
            cookie.start_pos += u64::from(cookie.bytes_to_feed);
            chars_to_skip -= chars_decoded;
            cookie.dec_flags = flags;
            cookie.bytes_to_feed = 0;
            chars_decoded = 0;
        }
        if chars_decoded >= chars_to_skip {
            fed_all = false;
            break;
        }
    }
    if fed_all {
        chars_decoded += count(dec, &[], true, errors_name)?;
        cookie.need_eof = true;
        if chars_decoded < chars_to_skip {
            return Err(raise(
                &crate::exc::OS_ERROR,
                "can't reconstruct logical file position",
            ));
        }
    }
    cookie.chars_to_skip = u32::try_from(chars_to_skip).unwrap_or(u32::MAX);
    Ok(cookie)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::r;

    fn dec(newline: Newline) -> Decoder {
        Decoder::new(Codec::Utf8, Errors::Strict, newline)
    }

    #[test]
    fn holds_a_final_cr_and_incomplete_characters() {
        let mut d = dec(Newline::Universal);
        assert_eq!(d.decode(b"a\r", false, "strict").unwrap(), "a");
        assert_eq!(d.state(), (0, 1));
        assert_eq!(d.decode(b"\nb\xe2\x82", false, "strict").unwrap(), "\nb");
        assert_eq!(d.state(), (2, 0));
        assert_eq!(d.decode(b"\xac", false, "strict").unwrap(), "\u{20ac}");
        let mut d = dec(Newline::Lf);
        assert_eq!(d.decode(b"a\r", false, "strict").unwrap(), "a\r");
    }

    #[test]
    fn cookies_match_cpython() {
        // python3: data = 'a\nb\r\nc\rd\r\r\ne' written with newline='';
        // f = open(...); f.read(4); f.readline(); f.tell()
        let data = b"a\nb\r\nc\rd\r\r\ne";
        let mut d = dec(Newline::Universal);
        let c = tell(&mut d, 0, data, 0, 6, 13.0 / 10.0, "strict").unwrap();
        assert_eq!(r(c.value()), "340282367000166625996085689099021713415");
        assert_eq!(Cookie::from_int(c.value()).unwrap(), c);
        // ... f.readline() again ('d\n'): 18446744073709551626.
        let c = tell(&mut d, 0, data, 0, 8, 13.0 / 10.0, "strict").unwrap();
        assert_eq!(r(c.value()), "18446744073709551626");
        // ... and after "\n" (a "\r\n"): the plain offset 11.
        let c = tell(&mut d, 0, data, 0, 9, 13.0 / 10.0, "strict").unwrap();
        assert_eq!(r(c.value()), "11");
        // Plain offsets for UTF-8 text without pending state.
        let data = "h\u{e9}llo\nw".as_bytes();
        let c = tell(
            &mut dec(Newline::Universal),
            0,
            data,
            0,
            3,
            8.0 / 7.0,
            "strict",
        )
        .unwrap();
        assert_eq!(r(c.value()), "4");
    }
}
