//! Escapes and sets of patterns: `\\d`, `\\x41`, octal escapes and
//! back-references by number, `[...]` with ranges and category escapes,
//! with CPython's error messages and positions.

use super::charset::{Cat, CharSet, SetItem};
use super::flags::IGNORECASE;
use super::parse::{
    ch, err, hex_val, is_ascii_letter, is_digit, is_oct, text, Anchor, Error, Node, PResult, Parser,
};

impl Parser<'_> {
    /// `v` extended by up to two more octal digits at the cursor (an
    /// octal escape has three at most).
    fn more_octal(&mut self, mut v: u32) -> u32 {
        for _ in 0..2 {
            match self.peek().filter(|&d| is_oct(d)) {
                Some(d) => {
                    v = v * 8 + (d - '0' as u32);
                    self.i += 1;
                }
                None => break,
            }
        }
        v
    }

    /// An escape outside a set; `here` is the backslash's position and
    /// the cursor is after it.
    pub(super) fn escape(&mut self, fl: u32, here: usize) -> PResult<Node> {
        let Some(c) = self.get() else {
            return err("bad escape (end of pattern)", here);
        };
        let uni = self.uni(fl);
        let cat = |cat: Cat, neg: bool| {
            Node::Set(Box::new(CharSet {
                items: vec![SetItem::Cat(cat, neg)],
                neg: false,
                ic: None,
                uni,
            }))
        };
        Ok(match ch(c) {
            'A' => Node::Anchor(Anchor::Start),
            'Z' => Node::Anchor(Anchor::StrEnd),
            'b' => Node::Anchor(Anchor::Boundary(uni)),
            'B' => Node::Anchor(Anchor::NotBoundary(uni)),
            'd' => cat(Cat::Digit, false),
            'D' => cat(Cat::Digit, true),
            's' => cat(Cat::Space, false),
            'S' => cat(Cat::Space, true),
            'w' => cat(Cat::Word, false),
            'W' => cat(Cat::Word, true),
            '1'..='9' => {
                let mut g = c - '0' as u32;
                if let Some(d) = self.peek().filter(|&d| is_digit(d)) {
                    self.i += 1;
                    if is_oct(c) && is_oct(d) && self.peek().is_some_and(is_oct) {
                        let e = self.get().unwrap_or(0);
                        let v = (c - '0' as u32) * 64 + (d - '0' as u32) * 8 + (e - '0' as u32);
                        if v > 0o377 {
                            return err(
                                format!(
                                    "octal escape value \\{}{}{} outside of range 0-0o377",
                                    ch(c),
                                    ch(d),
                                    ch(e)
                                ),
                                here,
                            );
                        }
                        return Ok(self.lit(v, fl));
                    }
                    g = g * 10 + (d - '0' as u32);
                }
                let g = g as usize;
                if g <= self.ngroups {
                    if self.open.contains(&g) {
                        return err("cannot refer to an open group", here);
                    }
                    self.check_lookbehind(g)?;
                    return Ok(self.backref(g, fl));
                }
                return err(format!("invalid group reference {g}"), here + 1);
            }
            _ => {
                let v = self.simple_escape(c, here, false)?;
                self.lit(v, fl)
            }
        })
    }

    /// The escapes shared by sets and the rest of a pattern, after the
    /// backslash (at `here`) and the letter `c`: the code point.
    fn simple_escape(&mut self, c: u32, here: usize, in_set: bool) -> PResult<u32> {
        let hex = |p: &mut Parser, n: usize, letter: char| -> PResult<u32> {
            let mut v = 0u32;
            let mut got = 0;
            while got < n {
                match p.peek().and_then(hex_val) {
                    Some(d) => {
                        v = v * 16 + d;
                        p.i += 1;
                        got += 1;
                    }
                    None => break,
                }
            }
            if got != n {
                return err(
                    format!("incomplete escape \\{letter}{}", text(&p.s[here + 2..p.i])),
                    here,
                );
            }
            Ok(v)
        };
        Ok(match ch(c) {
            'a' => 7,
            'b' if in_set => 8,
            'f' => 12,
            'n' => 10,
            'r' => 13,
            't' => 9,
            'v' => 11,
            '\\' => '\\' as u32,
            'x' => hex(self, 2, 'x')?,
            'u' if self.is_str => hex(self, 4, 'u')?,
            'U' if self.is_str => {
                let v = hex(self, 8, 'U')?;
                if v > 0x10FFFF {
                    return err(
                        format!("bad escape \\U{}", text(&self.s[here + 2..self.i])),
                        here,
                    );
                }
                v
            }
            'N' if self.is_str => {
                return Err(Error::Unsupported(
                    "\\N{...} escapes in patterns are not supported yet".into(),
                ))
            }
            '0' => self.more_octal(0),
            '1'..='7' if in_set => {
                let v = self.more_octal(c - '0' as u32);
                if v > 0o377 {
                    return err(
                        format!(
                            "octal escape value {} outside of range 0-0o377",
                            text(&self.s[here..self.i])
                        ),
                        here,
                    );
                }
                v
            }
            _ if is_ascii_letter(c) || (in_set && is_digit(c)) => {
                return err(format!("bad escape \\{}", ch(c)), here);
            }
            _ => c,
        })
    }

    /// A set after its `[` (at `here`).
    pub(super) fn parse_set(&mut self, fl: u32, here: usize) -> PResult<Node> {
        let uni = self.uni(fl);
        let neg = self.eat('^');
        let mut items: Vec<SetItem> = Vec::new();
        let mut first = true;
        loop {
            let this_start = self.i;
            let Some(c) = self.get() else {
                return err("unterminated character set", here);
            };
            if c == ']' as u32 && !first {
                break;
            }
            first = false;
            let code1 = self.set_atom(c, this_start)?;
            if self.eat('-') {
                let that_start = self.i;
                let Some(d) = self.get() else {
                    return err("unterminated character set", here);
                };
                if d == ']' as u32 {
                    items.push(code1);
                    items.push(SetItem::Lit('-' as u32));
                    break;
                }
                let code2 = self.set_atom(d, that_start)?;
                let bad = || {
                    err(
                        format!(
                            "bad character range {}-{}",
                            text(&self.s[this_start..that_start - 1]),
                            text(&self.s[that_start..self.i])
                        ),
                        this_start,
                    )
                };
                match (code1, code2) {
                    (SetItem::Lit(lo), SetItem::Lit(hi)) => {
                        if hi < lo {
                            return bad();
                        }
                        items.push(SetItem::Range(lo, hi));
                    }
                    _ => return bad(),
                }
            } else {
                items.push(code1);
            }
        }
        let ic = (fl & IGNORECASE != 0).then_some(!uni);
        Ok(Node::Set(Box::new(CharSet {
            items,
            neg,
            ic,
            uni,
        })))
    }

    /// One member of a set starting with `c` (already read, at `start`).
    fn set_atom(&mut self, c: u32, start: usize) -> PResult<SetItem> {
        if c != '\\' as u32 {
            return Ok(SetItem::Lit(c));
        }
        let Some(e) = self.get() else {
            return err("bad escape (end of pattern)", start);
        };
        Ok(match ch(e) {
            'd' => SetItem::Cat(Cat::Digit, false),
            'D' => SetItem::Cat(Cat::Digit, true),
            's' => SetItem::Cat(Cat::Space, false),
            'S' => SetItem::Cat(Cat::Space, true),
            'w' => SetItem::Cat(Cat::Word, false),
            'W' => SetItem::Cat(Cat::Word, true),
            _ => SetItem::Lit(self.simple_escape(e, start, true)?),
        })
    }
}
