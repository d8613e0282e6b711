//! Replacement templates (`\1`, `\g<name>`, escapes) with CPython's
//! errors, `Match.expand`, and `sub`/`subn` with str, bytes and callable
//! replacements (CPython 3.7's rules for empty matches, its TypeErrors
//! for replacements of the wrong type).

use super::exec::NONE;
use super::matchobj::{self, MatchObj};
use super::pattern::{self, Conv, Subject};
use crate::exc::error::{index_error, type_error, R};
use crate::object::{self, Kind};
use crate::value::Value;
use std::rc::Rc;

/// One part of a parsed template.
pub enum Piece {
    /// Literal text (UTF-8 for str templates).
    Text(Vec<u8>),
    Group(usize),
}

/// A parsed template.
pub struct Template {
    pub pieces: Vec<Piece>,
}

fn is_oct(c: u32) -> bool {
    (b'0' as u32..=b'7' as u32).contains(&c)
}

fn is_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}

fn push_char(out: &mut Vec<u8>, c: u32, is_str: bool) {
    if is_str {
        let mut buf = [0u8; 4];
        if let Some(ch) = char::from_u32(c) {
            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
        }
    } else {
        out.push(c as u8);
    }
}

/// Parses template `t` (a str or bytes) for pattern `pv`.
pub fn parse_template(pv: Value, t: Value) -> R<Template> {
    let pat = pattern::obj(pv);
    let (cps, is_str): (Vec<u32>, bool) = if let Some(s) = crate::objects::str::try_str(t) {
        (s.chars().map(|c| c as u32).collect(), true)
    } else if let Some(b) = crate::objects::bytes::data(t) {
        (b.iter().map(|&c| c as u32).collect(), false)
    } else {
        return Err(type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            object::type_name(t)
        )));
    };
    let err = |msg: String, pos: usize| super::error(&msg, t, Some(pos));
    let ngroups = pat.prog.ngroups;
    let mut pieces = Vec::new();
    let mut lit: Vec<u8> = Vec::new();
    let mut i = 0;
    let flush = |lit: &mut Vec<u8>, pieces: &mut Vec<Piece>| {
        if !lit.is_empty() {
            pieces.push(Piece::Text(std::mem::take(lit)));
        }
    };
    while i < cps.len() {
        let c = cps[i];
        if c != '\\' as u32 {
            push_char(&mut lit, c, is_str);
            i += 1;
            continue;
        }
        let here = i;
        let Some(&e) = cps.get(i + 1) else {
            return Err(err("bad escape (end of pattern)".into(), here));
        };
        i += 2;
        let ch = char::from_u32(e).unwrap_or('\u{FFFD}');
        let group = match ch {
            'g' => {
                if cps.get(i) != Some(&('<' as u32)) {
                    return Err(err("missing <".into(), i));
                }
                i += 1;
                let start = i;
                while i < cps.len() && cps[i] != '>' as u32 {
                    i += 1;
                }
                if i >= cps.len() {
                    if i == start {
                        return Err(err("missing group name".into(), start));
                    }
                    return Err(err("missing >, unterminated name".into(), start));
                }
                let name = &cps[start..i];
                i += 1;
                if name.is_empty() {
                    return Err(err("missing group name".into(), start));
                }
                let text: String = name
                    .iter()
                    .map(|&c| char::from_u32(c).unwrap_or('\u{FFFD}'))
                    .collect();
                let g = if super::parse::is_identifier(name) {
                    let key = crate::objects::str::new(&text);
                    match crate::objects::dict::get(pat.groupindex, key)? {
                        Some(g) => crate::objects::int::as_i64(g).unwrap_or(0) as usize,
                        None => {
                            return Err(index_error(format!(
                                "unknown group name {}",
                                crate::objects::str::ops::repr(&text)
                            )))
                        }
                    }
                } else {
                    let t2 = text.trim();
                    let t2 = t2.strip_prefix('+').unwrap_or(t2);
                    let ok = !t2.is_empty()
                        && t2
                            .chars()
                            .all(|c| crate::text::unicode::decimal_value(c).is_some());
                    if !ok {
                        return Err(err(
                            format!(
                                "bad character in group name {}",
                                crate::objects::str::ops::repr(&text)
                            ),
                            start,
                        ));
                    }
                    let mut n: usize = 0;
                    for c in t2.chars() {
                        let d = crate::text::unicode::decimal_value(c).unwrap_or(0) as usize;
                        n = n.saturating_mul(10).saturating_add(d);
                    }
                    if n > ngroups {
                        return Err(err(format!("invalid group reference {n}"), start));
                    }
                    n
                };
                if g > ngroups {
                    return Err(err(format!("invalid group reference {g}"), start));
                }
                Some(g)
            }
            '0' => {
                let mut v = 0;
                for _ in 0..2 {
                    match cps.get(i).copied().filter(|&d| is_oct(d)) {
                        Some(d) => {
                            v = v * 8 + (d - '0' as u32);
                            i += 1;
                        }
                        None => break,
                    }
                }
                push_char(&mut lit, v, is_str);
                None
            }
            '1'..='9' => {
                let mut g = e - '0' as u32;
                if let Some(d) = cps.get(i).copied().filter(|&d| is_digit(d)) {
                    i += 1;
                    if is_oct(e) && is_oct(d) && cps.get(i).is_some_and(|&x| is_oct(x)) {
                        let f = cps[i];
                        i += 1;
                        let v = (e - 48) * 64 + (d - 48) * 8 + (f - 48);
                        if v > 0o377 {
                            let s: String = cps[here..i]
                                .iter()
                                .map(|&c| char::from_u32(c).unwrap_or('?'))
                                .collect();
                            return Err(err(
                                format!("octal escape value {s} outside of range 0-0o377"),
                                here,
                            ));
                        }
                        push_char(&mut lit, v, is_str);
                        continue;
                    }
                    g = g * 10 + (d - '0' as u32);
                }
                if g as usize > ngroups {
                    return Err(err(format!("invalid group reference {g}"), here + 1));
                }
                Some(g as usize)
            }
            _ => {
                let v = match ch {
                    'a' => Some(7),
                    'b' => Some(8),
                    'f' => Some(12),
                    'n' => Some(10),
                    'r' => Some(13),
                    't' => Some(9),
                    'v' => Some(11),
                    '\\' => Some('\\' as u32),
                    _ => None,
                };
                match v {
                    Some(v) => push_char(&mut lit, v, is_str),
                    None if ch.is_ascii_alphabetic() => {
                        return Err(err(format!("bad escape \\{ch}"), here));
                    }
                    None => {
                        push_char(&mut lit, '\\' as u32, is_str);
                        push_char(&mut lit, e, is_str);
                    }
                }
                None
            }
        };
        if let Some(g) = group {
            flush(&mut lit, &mut pieces);
            pieces.push(Piece::Group(g));
        }
    }
    flush(&mut lit, &mut pieces);
    Ok(Template { pieces })
}

/// Appends the expansion of `t` for a match with `slots` over `bytes`.
fn expand_into(t: &Template, bytes: &[u8], slots: &[usize], out: &mut Vec<u8>) {
    for p in &t.pieces {
        match p {
            Piece::Text(b) => out.extend_from_slice(b),
            Piece::Group(g) => {
                let (s, e) = (slots[2 * g], slots[2 * g + 1]);
                if s != NONE && e != NONE && s <= e {
                    out.extend_from_slice(&bytes[s..e]);
                }
            }
        }
    }
}

fn text_value(out: Vec<u8>, is_str: bool) -> Value {
    if is_str {
        // Only whole UTF-8 sequences were appended.
        crate::objects::str::from_string(String::from_utf8(out).unwrap_or_default())
    } else {
        crate::objects::bytes::from_vec(out)
    }
}

/// `m.expand(template)`
pub fn expand(t: &Template, m: &MatchObj, is_str: bool) -> R<Value> {
    let slots: Vec<usize> = m.spans.iter().flat_map(|s| [s.bs, s.be]).collect();
    let mut out = Vec::new();
    expand_into(t, m.subj.bytes(), &slots, &mut out);
    Ok(text_value(out, is_str))
}

/// What replaces each match.
enum Repl {
    Literal(Value),
    Template(Rc<Template>),
    Callable(Value),
}

/// The output of `sub`, as CPython's list of pieces joined at the end:
/// the bytes so far, the number of list items, and the first item of the
/// wrong type.
struct Out {
    bytes: Vec<u8>,
    items: usize,
    bad: Option<(usize, &'static str)>,
    is_str: bool,
}

impl Out {
    fn raw(&mut self, b: &[u8]) {
        self.bytes.extend_from_slice(b);
        self.items += 1;
    }

    fn value(&mut self, v: Value) {
        let u = crate::class::instance::unwrap(v);
        if self.is_str {
            if let Some(s) = crate::objects::str::try_str(u) {
                self.bytes.extend_from_slice(s.as_bytes());
            } else if self.bad.is_none() {
                self.bad = Some((self.items, object::type_name(v)));
            }
        } else if !u.is_small() && u.kind() != Kind::Str {
            match crate::objects::bytes::data(u) {
                Some(b) => self.bytes.extend_from_slice(&b),
                None => {
                    if self.bad.is_none() {
                        self.bad = Some((self.items, object::type_name(v)));
                    }
                }
            }
        } else if self.bad.is_none() {
            self.bad = Some((self.items, object::type_name(v)));
        }
        self.items += 1;
    }
}

/// `p.sub(repl, string, count)` and `subn`.
pub fn sub(pv: Value, repl: Value, string: Value, count: Option<Value>, subn: bool) -> R<Value> {
    let pat = pattern::obj(pv);
    let subj = pattern::subject(pat, string)?;
    let count = match count {
        None => 0,
        Some(v) => {
            let i = crate::protocol::num::int_arg(v)?;
            crate::objects::int::as_i64(i).unwrap_or(i64::MAX)
        }
    };
    let is_text = |v: Value| {
        let u = crate::class::instance::unwrap(v);
        !u.is_small() && matches!(u.kind(), Kind::Str | Kind::Bytes)
    };
    let repl_kind = if crate::builtins::functions::is_callable(repl) {
        Repl::Callable(repl)
    } else if is_text(repl) {
        let has_escape = match crate::objects::str::try_str(repl) {
            Some(s) => s.contains('\\'),
            None => crate::objects::bytes::data(repl).is_some_and(|b| b.contains(&b'\\')),
        };
        if has_escape {
            let cached = match &*pat.last_template.borrow() {
                Some((v, t)) if *v == repl => Some(t.clone()),
                _ => None,
            };
            let t = match cached {
                Some(t) => t,
                None => {
                    let t = Rc::new(parse_template(pv, repl)?);
                    *pat.last_template.borrow_mut() = Some((repl, t.clone()));
                    t
                }
            };
            Repl::Template(t)
        } else {
            Repl::Literal(repl)
        }
    } else {
        Repl::Template(Rc::new(parse_template(pv, repl)?))
    };
    let mut out = Out {
        bytes: Vec::with_capacity(subj.bytes().len() + 16),
        items: 0,
        bad: None,
        is_str: subj.is_str,
    };
    let len = subj.bytes().len();
    if count < 0 {
        return finish(out, &subj, 0, len, 0, subn, string);
    }
    let mut last = 0usize;
    let mut n = 0i64;
    let mut conv = Conv::new(&subj);
    let subj2 = subj.clone();
    pattern::each_in(&pat.prog, &subj, 0, len, |slots, lastindex| {
        let (s, e) = (slots[0], slots[1]);
        let bytes = subj2.bytes();
        if last < s {
            out.raw(&bytes[last..s]);
        }
        match &repl_kind {
            Repl::Literal(v) => out.value(*v),
            Repl::Template(t) => {
                let mut piece = Vec::new();
                expand_into(t, bytes, slots, &mut piece);
                out.raw(&piece);
            }
            Repl::Callable(f) => {
                let n = subj2.nchars;
                let m = matchobj::new(pv, subj2.clone(), slots, lastindex, &mut conv, 0, n);
                let r = crate::protocol::dispatch::call(
                    *f,
                    crate::protocol::args::Args::positional(&[m]),
                )?;
                if !object::is_none(r) {
                    out.value(r);
                }
            }
        }
        last = e;
        n += 1;
        Ok(count == 0 || n < count)
    })?;
    finish(out, &subj, last, len, n, subn, string)
}

fn finish(
    mut out: Out,
    subj: &Subject,
    last: usize,
    len: usize,
    n: i64,
    subn: bool,
    string: Value,
) -> R<Value> {
    if last < len {
        out.raw(&subj.bytes()[last..len]);
    }
    if let Some((i, ty)) = out.bad {
        let want = if out.is_str {
            "str instance"
        } else {
            "a bytes-like object"
        };
        return Err(type_error(format!(
            "sequence item {i}: expected {want}, {ty} found"
        )));
    }
    let exact_str = !string.is_small() && string.kind() == Kind::Str;
    let res = if n == 0 && exact_str && subj.is_str {
        string
    } else {
        text_value(out.bytes, subj.is_str)
    };
    if subn {
        Ok(crate::objects::tuple::from_slice(&[
            res,
            crate::objects::int::from_i64(n),
        ]))
    } else {
        Ok(res)
    }
}
