//! Regular-expression syntax: a pattern's code points to a `Node` tree with
//! every flag resolved into the nodes it affects (scoped `(?i:...)` flags
//! included), the group count and names, with CPython 3.11's error
//! messages and positions (code-point indices into the pattern).

use super::charset::CharSet;
use super::flags::*;
use crate::text::unicode;

/// The largest repeat count (CPython's `MAXREPEAT`); also "no maximum".
pub const MAXREPEAT: u32 = u32::MAX;

/// An anchor or boundary: matches an empty string at some positions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// `^` without MULTILINE, `\A`.
    Start,
    /// `^` with MULTILINE.
    LineStart,
    /// `$` without MULTILINE: the end or before a final newline.
    End,
    /// `$` with MULTILINE.
    LineEnd,
    /// `\Z`.
    StrEnd,
    /// `\b`; true for Unicode word characters.
    Boundary(bool),
    /// `\B`; true for Unicode word characters.
    NotBoundary(bool),
}

/// How a repeat chooses between one more iteration and the rest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Greed {
    Greedy,
    Lazy,
    Possessive,
}

/// A parsed pattern, flags resolved.
#[derive(Clone, Debug)]
pub enum Node {
    Empty,
    /// A code point (or byte), compared exactly.
    Lit(u32),
    /// A code point compared under IGNORECASE (`ascii`: only ASCII letters fold).
    LitIc(u32, bool),
    /// `.` without DOTALL.
    Any,
    /// `.` with DOTALL.
    AnyAll,
    Set(Box<CharSet>),
    Anchor(Anchor),
    Group(usize, Box<Node>),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat {
        node: Box<Node>,
        min: u32,
        max: u32,
        greed: Greed,
    },
    Atomic(Box<Node>),
    /// A group that captures nothing (`(?:...)`, `(?i:...)`): one item.
    NonCap(Box<Node>),
    Look {
        behind: bool,
        neg: bool,
        node: Box<Node>,
        /// A look-behind's width in characters (back-references count
        /// their group's width).
        width: u32,
    },
    /// A back-reference; `Some(ascii)` under IGNORECASE.
    Backref(usize, Option<bool>),
    Cond {
        group: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
}

/// Why a pattern does not compile.
#[derive(Debug)]
pub enum Error {
    /// `re.error(msg, pattern, pos)`.
    Re(String, Option<usize>),
    /// A ValueError (incompatible flags).
    Value(String),
    /// An OverflowError (a repeat count too large).
    Overflow(String),
    /// A NotImplementedError for syntax alc does not support.
    Unsupported(String),
}

/// The result of parsing.
pub struct Parsed {
    pub node: Node,
    /// Capturing groups (without group 0).
    pub ngroups: usize,
    /// Group names with their numbers, in definition order.
    pub names: Vec<(String, usize)>,
    /// The pattern's flags: the argument's, the global inline ones, and
    /// UNICODE for str patterns without ASCII.
    pub flags: u32,
}

pub(super) type PResult<T> = Result<T, Error>;

pub(super) struct Parser<'a> {
    pub(super) s: &'a [u32],
    pub(super) i: usize,
    pub(super) is_str: bool,
    /// The global flags (the argument and the inline global flags so far).
    pub(super) flags: u32,
    pub(super) ngroups: usize,
    pub(super) open: Vec<usize>,
    pub(super) names: Vec<(String, usize)>,
    /// The width of each closed group, for back-references in look-behinds.
    pub(super) widths: Vec<Option<(u32, u32)>>,
    /// Group count when the outermost enclosing look-behind started.
    pub(super) lookbehind_groups: Option<usize>,
    /// Forward references of conditionals: group and position.
    pub(super) cond_refs: Vec<(usize, usize)>,
    /// A look-behind whose width varies (an error once parsing ends).
    pub(super) variable_lookbehind: bool,
    pub(super) depth: usize,
}

pub(super) fn err<T>(msg: impl Into<String>, pos: usize) -> PResult<T> {
    Err(Error::Re(msg.into(), Some(pos)))
}

/// Ok if `c` is an inline flag letter; else CPython's error at `at`:
/// "unknown flag" for another letter, `otherwise` for anything else.
fn flag_letter(c: u32, otherwise: &str, at: usize) -> PResult<()> {
    if flag_of(c).is_some() {
        return Ok(());
    }
    err(
        if ch(c).is_alphabetic() {
            "unknown flag"
        } else {
            otherwise
        },
        at,
    )
}

pub(super) fn is_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}

pub(super) fn is_oct(c: u32) -> bool {
    (b'0' as u32..=b'7' as u32).contains(&c)
}

pub(super) fn hex_val(c: u32) -> Option<u32> {
    char::from_u32(c).and_then(|c| c.to_digit(16))
}

pub(super) fn is_ascii_letter(c: u32) -> bool {
    c < 128 && (c as u8).is_ascii_alphabetic()
}

pub(super) fn ch(c: u32) -> char {
    char::from_u32(c).unwrap_or('\u{FFFD}')
}

pub(super) fn text(s: &[u32]) -> String {
    s.iter().map(|&c| ch(c)).collect()
}

/// `str.isidentifier()` of `name`.
pub fn is_identifier(name: &[u32]) -> bool {
    let Some((&first, rest)) = name.split_first() else {
        return false;
    };
    let first = ch(first);
    (first == '_' || unicode::has(first, unicode::XID_START))
        && rest
            .iter()
            .all(|&c| unicode::has(ch(c), unicode::XID_CONTINUE))
}

/// `int(name)` for a conditional's group, None where Python's int() fails
/// or the value is negative.
fn parse_group_number(name: &[u32]) -> Option<usize> {
    let t = text(name);
    let t = t.trim_matches(|c: char| c.is_whitespace());
    let t = t.strip_prefix('+').unwrap_or(t);
    if t.is_empty() || t.starts_with('_') || t.ends_with('_') || t.contains("__") {
        return None;
    }
    let mut n: usize = 0;
    for c in t.chars() {
        if c == '_' {
            continue;
        }
        let d = unicode::decimal_value(c)?;
        n = n.saturating_mul(10).saturating_add(d as usize);
    }
    Some(n)
}

/// A flag letter's value.
fn flag_of(c: u32) -> Option<u32> {
    Some(match char::from_u32(c)? {
        'a' => ASCII,
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => DOTALL,
        'u' => UNICODE,
        'x' => VERBOSE,
        _ => return None,
    })
}

/// Parses `pattern` (code points of a str, or bytes) under `flags`.
pub fn parse(pattern: &[u32], is_str: bool, flags: u32) -> PResult<Parsed> {
    let mut p = Parser {
        s: pattern,
        i: 0,
        is_str,
        flags,
        ngroups: 0,
        open: Vec::new(),
        names: Vec::new(),
        widths: vec![None],
        lookbehind_groups: None,
        cond_refs: Vec::new(),
        variable_lookbehind: false,
        depth: 0,
    };
    let node = p.parse_sub(flags, true)?;
    if p.i < p.s.len() {
        // Only `)` stops the top level early.
        return err("unbalanced parenthesis", p.i);
    }
    for &(g, pos) in &p.cond_refs {
        if g > p.ngroups {
            return err(format!("invalid group reference {g}"), pos);
        }
    }
    let flags = fix_flags(p.flags, is_str)?;
    if p.variable_lookbehind {
        return Err(Error::Re(
            "look-behind requires fixed-width pattern".into(),
            None,
        ));
    }
    Ok(Parsed {
        node,
        ngroups: p.ngroups,
        names: p.names,
        flags,
    })
}

/// CPython's checks of a pattern's final flags, adding UNICODE to str patterns.
pub fn fix_flags(mut flags: u32, is_str: bool) -> PResult<u32> {
    if is_str {
        if flags & LOCALE != 0 {
            return Err(Error::Value(
                "cannot use LOCALE flag with a str pattern".into(),
            ));
        }
        if flags & ASCII == 0 {
            flags |= UNICODE;
        } else if flags & UNICODE != 0 {
            return Err(Error::Value(
                "ASCII and UNICODE flags are incompatible".into(),
            ));
        }
    } else {
        if flags & UNICODE != 0 {
            return Err(Error::Value(
                "cannot use UNICODE flag with a bytes pattern".into(),
            ));
        }
        if flags & LOCALE != 0 && flags & ASCII != 0 {
            return Err(Error::Value(
                "ASCII and LOCALE flags are incompatible".into(),
            ));
        }
    }
    Ok(flags)
}

impl Parser<'_> {
    pub(super) fn peek(&self) -> Option<u32> {
        self.s.get(self.i).copied()
    }

    pub(super) fn peek_is(&self, c: char) -> bool {
        self.peek() == Some(c as u32)
    }

    pub(super) fn eat(&mut self, c: char) -> bool {
        if self.peek_is(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    pub(super) fn get(&mut self) -> Option<u32> {
        let c = self.peek()?;
        self.i += 1;
        Some(c)
    }

    /// Unicode semantics for classes and boundaries under local flags `fl`.
    pub(super) fn uni(&self, fl: u32) -> bool {
        self.is_str && fl & ASCII == 0
    }

    /// Alternatives separated by `|`, up to `)` or the end.
    fn parse_sub(&mut self, fl: u32, top: bool) -> PResult<Node> {
        self.depth += 1;
        if self.depth > 5000 {
            return Err(Error::Re("maximum recursion depth exceeded".into(), None));
        }
        let mut alts = Vec::new();
        let mut first = top;
        loop {
            alts.push(self.parse_seq(fl, first)?);
            first = false;
            if !self.eat('|') {
                break;
            }
        }
        self.depth -= 1;
        Ok(if alts.len() == 1 {
            alts.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alt(alts)
        })
    }

    /// A sequence of items up to `|`, `)` or the end.
    fn parse_seq(&mut self, mut fl: u32, first: bool) -> PResult<Node> {
        let mut items: Vec<Node> = Vec::new();
        while let Some(c) = self.peek() {
            let here = self.i;
            let verbose = fl & VERBOSE != 0;
            match ch(c) {
                '|' | ')' => break,
                c if verbose && matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') => {
                    self.i += 1;
                }
                '#' if verbose => {
                    while let Some(c) = self.get() {
                        if c == '\n' as u32 {
                            break;
                        }
                    }
                }
                '\\' => {
                    self.i += 1;
                    let n = self.escape(fl, here)?;
                    items.push(n);
                }
                '[' => {
                    self.i += 1;
                    let n = self.parse_set(fl, here)?;
                    items.push(n);
                }
                '*' | '+' | '?' | '{' => {
                    self.i += 1;
                    let (min, max) = match ch(c) {
                        '*' => (0, MAXREPEAT),
                        '+' => (1, MAXREPEAT),
                        '?' => (0, 1),
                        _ => match self.braces(here)? {
                            Some(r) => r,
                            None => {
                                items.push(self.lit(c, fl));
                                continue;
                            }
                        },
                    };
                    let item = match items.pop() {
                        None | Some(Node::Anchor(_)) => return err("nothing to repeat", here),
                        Some(Node::Repeat { .. }) => return err("multiple repeat", here),
                        Some(n) => n,
                    };
                    let greed = if self.eat('?') {
                        Greed::Lazy
                    } else if self.eat('+') {
                        Greed::Possessive
                    } else {
                        Greed::Greedy
                    };
                    items.push(Node::Repeat {
                        node: Box::new(item),
                        min,
                        max,
                        greed,
                    });
                }
                '.' => {
                    self.i += 1;
                    items.push(if fl & DOTALL != 0 {
                        Node::AnyAll
                    } else {
                        Node::Any
                    });
                }
                '(' => {
                    self.i += 1;
                    match self.parse_group(fl, first && items.is_empty(), here)? {
                        GroupResult::Node(n) => items.push(n),
                        GroupResult::Nothing => {}
                        GroupResult::Global => {
                            fl = self.flags;
                        }
                    }
                }
                '^' => {
                    self.i += 1;
                    items.push(Node::Anchor(if fl & MULTILINE != 0 {
                        Anchor::LineStart
                    } else {
                        Anchor::Start
                    }));
                }
                '$' => {
                    self.i += 1;
                    items.push(Node::Anchor(if fl & MULTILINE != 0 {
                        Anchor::LineEnd
                    } else {
                        Anchor::End
                    }));
                }
                _ => {
                    self.i += 1;
                    items.push(self.lit(c, fl));
                }
            }
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Concat(items),
        })
    }

    /// A literal under local flags `fl`.
    pub(super) fn lit(&self, c: u32, fl: u32) -> Node {
        if fl & IGNORECASE != 0 {
            let ascii = !self.uni(fl);
            if super::charset::has_case(c, ascii) {
                return Node::LitIc(c, ascii);
            }
        }
        Node::Lit(c)
    }

    /// `{m,n}` after its `{` (at `here`): the bounds, or None when the
    /// braces are literal text (the position is then just after `{`).
    fn braces(&mut self, here: usize) -> PResult<Option<(u32, u32)>> {
        let start = self.i;
        if self.peek_is('}') {
            return Ok(None);
        }
        let lo = self.digits();
        let hi = if self.eat(',') {
            Some(self.digits())
        } else {
            None
        };
        if !self.eat('}') {
            self.i = start;
            return Ok(None);
        }
        let num = |d: &[u32]| -> PResult<u64> {
            let mut n: u64 = 0;
            for &c in d {
                n = n.saturating_mul(10).saturating_add((c - '0' as u32) as u64);
            }
            if n >= MAXREPEAT as u64 {
                return Err(Error::Overflow("the repetition number is too large".into()));
            }
            Ok(n)
        };
        let min = if lo.is_empty() { 0 } else { num(&lo)? };
        let max = match hi {
            None => min,
            Some(h) if h.is_empty() => MAXREPEAT as u64,
            Some(h) => {
                let m = num(&h)?;
                if m < min {
                    return err("min repeat greater than max repeat", here + 1);
                }
                m
            }
        };
        Ok(Some((min as u32, max as u32)))
    }

    fn digits(&mut self) -> Vec<u32> {
        let start = self.i;
        while self.peek().is_some_and(is_digit) {
            self.i += 1;
        }
        self.s[start..self.i].to_vec()
    }

    /// Reads a name up to `term`; errors name `what` (CPython's getuntil).
    fn until(&mut self, term: char) -> PResult<Vec<u32>> {
        let start = self.i;
        loop {
            match self.get() {
                None if self.i == start => return err("missing group name", start),
                None => {
                    return err(format!("missing {term}, unterminated name"), start);
                }
                Some(c) if c == term as u32 => break,
                // An escape is one token: `\>` does not end a name.
                Some(c) if c == '\\' as u32 => {
                    if self.i < self.s.len() {
                        self.i += 1;
                    }
                }
                Some(_) => {}
            }
        }
        let name = self.s[start..self.i - 1].to_vec();
        if name.is_empty() {
            return err("missing group name", start);
        }
        Ok(name)
    }

    fn group_named(&self, name: &[u32]) -> Option<usize> {
        let n = text(name);
        self.names.iter().find(|(k, _)| *k == n).map(|&(_, g)| g)
    }

    /// CPython's check that a reference from inside a look-behind does not
    /// name a group of that look-behind.
    pub(super) fn check_lookbehind(&self, g: usize) -> PResult<()> {
        if let Some(lb) = self.lookbehind_groups {
            if g > lb {
                return err(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    self.i,
                );
            }
        }
        Ok(())
    }

    /// A back-reference node to group `g` under flags `fl`.
    pub(super) fn backref(&self, g: usize, fl: u32) -> Node {
        let ic = (fl & IGNORECASE != 0).then_some(!self.uni(fl));
        Node::Backref(g, ic)
    }

    /// Everything after a `(` at `start`.
    fn parse_group(&mut self, fl: u32, first: bool, start: usize) -> PResult<GroupResult> {
        let mut name: Option<Vec<u32>> = None;
        let mut capture = true;
        let mut atomic = false;
        let mut sub_fl = fl;
        if self.eat('?') {
            let Some(c) = self.get() else {
                return err("unexpected end of pattern", self.i);
            };
            match ch(c) {
                'P' => {
                    if self.eat('<') {
                        let n = self.until('>')?;
                        if !is_identifier(&n) {
                            return err(
                                format!("bad character in group name {}", repr_name(&n)),
                                self.i - n.len() - 1,
                            );
                        }
                        name = Some(n);
                    } else if self.eat('=') {
                        let n = self.until(')')?;
                        let pos = self.i - n.len() - 1;
                        if !is_identifier(&n) {
                            return err(
                                format!("bad character in group name {}", repr_name(&n)),
                                pos,
                            );
                        }
                        let Some(g) = self.group_named(&n) else {
                            return err(format!("unknown group name {}", repr_name(&n)), pos);
                        };
                        if self.open.contains(&g) {
                            return err("cannot refer to an open group", pos);
                        }
                        self.check_lookbehind(g)?;
                        return Ok(GroupResult::Node(self.backref(g, fl)));
                    } else {
                        let Some(c) = self.get() else {
                            return err("unexpected end of pattern", self.i);
                        };
                        let mut tok = ch(c).to_string();
                        if c == '\\' as u32 {
                            if let Some(d) = self.get() {
                                tok.push(ch(d));
                            }
                        }
                        return err(format!("unknown extension ?P{tok}"), start + 1);
                    }
                }
                ':' => capture = false,
                '#' => loop {
                    match self.get() {
                        None => return err("missing ), unterminated comment", start),
                        Some(c) if c == ')' as u32 => return Ok(GroupResult::Nothing),
                        Some(c) if c == '\\' as u32 => {
                            self.i = (self.i + 1).min(self.s.len());
                        }
                        Some(_) => {}
                    }
                },
                '=' | '!' | '<' => {
                    let mut behind = false;
                    let mut kind = c;
                    if ch(c) == '<' {
                        let Some(d) = self.get() else {
                            return err("unexpected end of pattern", self.i);
                        };
                        if !matches!(ch(d), '=' | '!') {
                            let mut tok = ch(d).to_string();
                            if d == '\\' as u32 {
                                if let Some(e) = self.get() {
                                    tok.push(ch(e));
                                }
                            }
                            return err(format!("unknown extension ?<{tok}"), start + 1);
                        }
                        behind = true;
                        kind = d;
                    }
                    let saved = self.lookbehind_groups;
                    if behind && saved.is_none() {
                        self.lookbehind_groups = Some(self.ngroups);
                    }
                    let node = self.parse_sub(fl, false)?;
                    if behind {
                        self.lookbehind_groups = saved;
                    }
                    if !self.eat(')') {
                        return err("missing ), unterminated subpattern", start);
                    }
                    let (lo, hi) = self.width(&node);
                    if behind {
                        // Reported after the whole pattern parsed, as
                        // CPython's compiler (not its parser) checks it.
                        self.variable_lookbehind |= lo != hi;
                    }
                    return Ok(GroupResult::Node(Node::Look {
                        behind,
                        neg: ch(kind) == '!',
                        node: Box::new(node),
                        width: lo,
                    }));
                }
                '(' => return self.parse_cond(fl, start).map(GroupResult::Node),
                '>' => {
                    capture = false;
                    atomic = true;
                }
                c2 if flag_of(c).is_some() || c2 == '-' => match self.parse_flags(c)? {
                    None => {
                        if !first {
                            return err("global flags not at the start of the expression", start);
                        }
                        return Ok(GroupResult::Global);
                    }
                    Some((add, del)) => {
                        sub_fl = if add & TYPE_FLAGS != 0 {
                            (fl & !TYPE_FLAGS) | add
                        } else {
                            fl | add
                        } & !del;
                        capture = false;
                    }
                },
                _ => {
                    let mut tok = ch(c).to_string();
                    if c == '\\' as u32 {
                        if let Some(d) = self.get() {
                            tok.push(ch(d));
                        }
                    }
                    return err(format!("unknown extension ?{tok}"), start + 1);
                }
            }
        }
        let group = if capture {
            self.ngroups += 1;
            let g = self.ngroups;
            if let Some(n) = &name {
                let t = text(n);
                if let Some(&(_, old)) = self.names.iter().find(|(k, _)| *k == t) {
                    return err(
                        format!(
                            "redefinition of group name {} as group {g}; was group {old}",
                            repr_name(n)
                        ),
                        self.i - n.len() - 1,
                    );
                }
                self.names.push((t, g));
            }
            self.open.push(g);
            self.widths.push(None);
            Some(g)
        } else {
            None
        };
        let node = self.parse_sub(sub_fl, false)?;
        if !self.eat(')') {
            return err("missing ), unterminated subpattern", start);
        }
        Ok(GroupResult::Node(match group {
            Some(g) => {
                self.open.retain(|&x| x != g);
                let w = self.width(&node);
                self.widths[g] = Some(w);
                Node::Group(g, Box::new(node))
            }
            None if atomic => Node::Atomic(Box::new(node)),
            None => Node::NonCap(Box::new(node)),
        }))
    }

    /// `(?(name)yes|no)` after its `(?(`.
    fn parse_cond(&mut self, fl: u32, start: usize) -> PResult<Node> {
        let n = self.until(')')?;
        let pos = self.i - n.len() - 1;
        let g = if is_identifier(&n) {
            match self.group_named(&n) {
                Some(g) => g,
                None => return err(format!("unknown group name {}", repr_name(&n)), pos),
            }
        } else {
            let Some(g) = parse_group_number(&n) else {
                return err(
                    format!("bad character in group name {}", repr_name(&n)),
                    pos,
                );
            };
            if g == 0 {
                return err("bad group number", pos);
            }
            if g >= 1 << 30 {
                return err(format!("invalid group reference {g}"), pos);
            }
            if !self.cond_refs.iter().any(|&(x, _)| x == g) {
                self.cond_refs.push((g, pos));
            }
            g
        };
        self.check_lookbehind(g)?;
        let yes = self.parse_seq(fl, false)?;
        let no = if self.eat('|') {
            let no = self.parse_seq(fl, false)?;
            if self.peek_is('|') {
                return err("conditional backref with more than two branches", self.i);
            }
            no
        } else {
            Node::Empty
        };
        if !self.eat(')') {
            return err("missing ), unterminated subpattern", start);
        }
        Ok(Node::Cond {
            group: g,
            yes: Box::new(yes),
            no: Box::new(no),
        })
    }

    /// Inline flags after `(?` whose first letter (or `-`) is `c`: None
    /// for global flags `(?i)` (added to the pattern's), else the flags a
    /// scoped group turns on and off.
    fn parse_flags(&mut self, mut c: u32) -> PResult<Option<(u32, u32)>> {
        let mut add = 0;
        let mut del = 0;
        if c != '-' as u32 {
            loop {
                let f = flag_of(c).unwrap_or(0);
                if self.is_str && c == 'L' as u32 {
                    return err(
                        "bad inline flags: cannot use 'L' flag with a str pattern",
                        self.i,
                    );
                }
                if !self.is_str && c == 'u' as u32 {
                    return err(
                        "bad inline flags: cannot use 'u' flag with a bytes pattern",
                        self.i,
                    );
                }
                add |= f;
                if f & TYPE_FLAGS != 0 && add & TYPE_FLAGS != f {
                    return err(
                        "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                        self.i,
                    );
                }
                let Some(d) = self.get() else {
                    return err("missing -, : or )", self.i);
                };
                c = d;
                if matches!(ch(c), ')' | '-' | ':') {
                    break;
                }
                flag_letter(c, "missing -, : or )", self.i - 1)?;
            }
        }
        if c == ')' as u32 {
            self.flags |= add;
            return Ok(None);
        }
        if c == '-' as u32 {
            let Some(d) = self.get() else {
                return err("missing flag", self.i);
            };
            c = d;
            flag_letter(c, "missing flag", self.i - 1)?;
            loop {
                let f = flag_of(c).unwrap_or(0);
                if f & TYPE_FLAGS != 0 {
                    return err(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        self.i,
                    );
                }
                del |= f;
                let Some(d) = self.get() else {
                    return err("missing :", self.i);
                };
                c = d;
                if c == ':' as u32 {
                    break;
                }
                flag_letter(c, "missing :", self.i - 1)?;
            }
        }
        if add & del != 0 {
            return err("bad inline flags: flag turned on and off", self.i - 1);
        }
        Ok(Some((add, del)))
    }

    /// The (min, max) width of `n` in characters (CPython's getwidth).
    fn width(&self, n: &Node) -> (u32, u32) {
        let add = |a: u32, b: u32| a.saturating_add(b);
        match n {
            Node::Empty | Node::Anchor(_) | Node::Look { .. } => (0, 0),
            Node::Lit(_) | Node::LitIc(..) | Node::Any | Node::AnyAll | Node::Set(_) => (1, 1),
            Node::Group(_, n) | Node::Atomic(n) | Node::NonCap(n) => self.width(n),
            Node::Concat(v) => v.iter().fold((0, 0), |(lo, hi), n| {
                let (a, b) = self.width(n);
                (add(lo, a), add(hi, b))
            }),
            Node::Alt(v) => {
                let mut lo = MAXREPEAT;
                let mut hi = 0;
                for n in v {
                    let (a, b) = self.width(n);
                    lo = lo.min(a);
                    hi = hi.max(b);
                }
                (lo, hi)
            }
            Node::Repeat { node, min, max, .. } => {
                let (a, b) = self.width(node);
                let lo = (a as u64 * *min as u64).min(MAXREPEAT as u64) as u32;
                let hi = (b as u64 * *max as u64).min(MAXREPEAT as u64) as u32;
                (lo, hi)
            }
            Node::Backref(g, _) => self
                .widths
                .get(*g)
                .copied()
                .flatten()
                .unwrap_or((0, MAXREPEAT)),
            Node::Cond { yes, no, .. } => {
                let (a, b) = self.width(yes);
                if matches!(**no, Node::Empty) {
                    (0, b)
                } else {
                    let (c, d) = self.width(no);
                    (a.min(c), b.max(d))
                }
            }
        }
    }
}

/// What a parenthesised construct produced.
enum GroupResult {
    Node(Node),
    /// A comment.
    Nothing,
    /// Global inline flags, now in the parser's flags.
    Global,
}

/// `repr(name)` as CPython's messages quote group names.
fn repr_name(n: &[u32]) -> String {
    let s = text(n);
    crate::objects::str::ops::repr(&s)
}
