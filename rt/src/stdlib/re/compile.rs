//! Parsed patterns to programs for the backtracking matcher (`exec.rs`),
//! and what the search loop knows before matching: a literal prefix, the
//! bytes a match can start with, whether the pattern is anchored.

use super::charset::{canon, CharSet, SetProg};
use super::parse::{Anchor, Greed, Node};

/// An instruction that matches exactly one character.
#[derive(Clone, Debug)]
pub enum One {
    Char(u32),
    /// A character under IGNORECASE: its case representative, ASCII-only folding.
    CharIc(u32, bool),
    /// Any character but a newline.
    Any,
    AnyAll,
    Set(usize),
}

/// One instruction of a program.
#[derive(Clone, Debug)]
pub enum Inst {
    Match,
    One(One),
    Anchor(Anchor),
    /// Records the position in capture slot `n` (2g and 2g+1 for group
    /// g); true inside the body of a counted repeat, where backtracking
    /// restores the slot's old value (elsewhere CPython only forgets the
    /// slots above the last one set before, `Matcher::lastmark`).
    Save(usize, bool),
    /// Tries the next instruction, and `alt` when that fails.
    Split(usize),
    /// `Split` for an optional group (`(...)?`, a repeat in CPython):
    /// failing back to `alt` restores the slots set since.
    SplitOpt(usize),
    /// Tries `alt`, then the next instruction (the lazy order).
    SplitLazy(usize),
    Jmp(usize),
    /// A single-character item repeated: `one` then this instruction's
    /// index + 1; `next_lit` is the literal that must follow (greedy
    /// backtracking skips positions where it does not).
    RepOne {
        one: One,
        min: u32,
        max: u32,
        greed: Greed,
        next_lit: Option<u32>,
    },
    /// Starts a general repeat with its count in register `r` and the
    /// start of the current iteration in `r + 1`.
    RepInit(usize),
    /// Decides about another iteration of the body (the next instructions)
    /// or the rest (`exit`).
    RepCheck {
        r: usize,
        min: u32,
        max: u32,
        lazy: bool,
        exit: usize,
    },
    /// The end of an iteration: counts it and returns to `check`.
    RepNext {
        r: usize,
        check: usize,
    },
    /// Marks the backtrack stack (in register `r`) for an atomic group.
    AtomicStart(usize),
    /// Drops the alternatives left inside the atomic group.
    AtomicEnd(usize),
    /// Starts a look-around (registers `r`, `r + 1`); `back` characters
    /// back for a look-behind; a negative one continues at `exit` when
    /// its body fails.
    LookStart {
        r: usize,
        back: Option<u32>,
        neg: bool,
        exit: usize,
    },
    LookEnd {
        r: usize,
        neg: bool,
    },
    /// Matches the text of group `g` again; `Some(ascii)` under IGNORECASE.
    Backref(usize, Option<bool>),
    /// Continues when group `g` matched, else at `no`.
    Cond {
        g: usize,
        no: usize,
    },
}

/// A compiled pattern.
#[derive(Debug)]
pub struct Program {
    pub insts: Vec<Inst>,
    pub sets: Vec<SetProg>,
    pub nregs: usize,
    pub ngroups: usize,
    /// The UTF-8 (or raw) bytes every match starts with.
    pub prefix: Vec<u8>,
    /// The bytes a match can start with; None when it can be empty or
    /// start with anything.
    pub first: Option<Box<[bool; 256]>>,
    /// Every match starts at the beginning of the string.
    pub anchored: bool,
    /// Finds `prefix` (when not empty).
    pub finder: Option<memchr::memmem::Finder<'static>>,
}

struct Cx {
    /// How many counted repeats' bodies enclose the code being emitted.
    in_repeat: usize,
    /// The next repeat is a possessive one's loop.
    possessive: bool,
    insts: Vec<Inst>,
    sets: Vec<SetProg>,
    nregs: usize,
    is_str: bool,
}

/// Compiles `node` of a pattern with `ngroups` groups.
pub fn compile(node: &Node, ngroups: usize, is_str: bool) -> Program {
    let mut cx = Cx {
        in_repeat: 0,
        possessive: false,
        insts: Vec::new(),
        sets: Vec::new(),
        nregs: 0,
        is_str,
    };
    cx.emit(node);
    cx.insts.push(Inst::Match);
    cx.fill_next_lits();
    let mut prefix = Vec::new();
    literal_prefix(node, &mut prefix, is_str);
    let mut first =
        first_bytes(node, is_str).and_then(|(set, empty)| (!empty).then(|| Box::new(set)));
    if is_str {
        // Matches start at character boundaries, never on a continuation byte.
        if let Some(f) = &mut first {
            f[0x80..0xC0].iter_mut().for_each(|b| *b = false);
        }
    }
    let finder = (!prefix.is_empty()).then(|| memchr::memmem::Finder::new(&prefix).into_owned());
    Program {
        finder,
        insts: cx.insts,
        sets: cx.sets,
        nregs: cx.nregs,
        ngroups,
        prefix,
        first,
        anchored: anchored(node),
    }
}

impl Cx {
    fn pc(&self) -> usize {
        self.insts.len()
    }

    fn reg(&mut self, n: usize) -> usize {
        let r = self.nregs;
        self.nregs += n;
        r
    }

    fn one(&mut self, n: &Node) -> Option<One> {
        Some(match n {
            Node::Lit(c) => One::Char(*c),
            Node::LitIc(c, ascii) => One::CharIc(canon(*c, *ascii), *ascii),
            Node::Any => One::Any,
            Node::AnyAll => One::AnyAll,
            Node::Set(s) => {
                self.sets.push(SetProg::new((**s).clone()));
                One::Set(self.sets.len() - 1)
            }
            _ => return None,
        })
    }

    fn patch(&mut self, at: usize, target: usize) {
        match &mut self.insts[at] {
            Inst::Split(t) | Inst::SplitOpt(t) | Inst::SplitLazy(t) | Inst::Jmp(t) => *t = target,
            Inst::RepCheck { exit, .. } | Inst::LookStart { exit, .. } => *exit = target,
            Inst::Cond { no, .. } => *no = target,
            _ => {}
        }
    }

    fn emit(&mut self, n: &Node) {
        match n {
            Node::Empty => {}
            Node::Lit(_) | Node::LitIc(..) | Node::Any | Node::AnyAll | Node::Set(_) => {
                if let Some(o) = self.one(n) {
                    self.insts.push(Inst::One(o));
                }
            }
            Node::Anchor(a) => self.insts.push(Inst::Anchor(*a)),
            Node::Group(g, inner) => {
                let restore = self.in_repeat > 0;
                self.insts.push(Inst::Save(2 * g, restore));
                self.emit(inner);
                self.insts.push(Inst::Save(2 * g + 1, restore));
            }
            Node::NonCap(inner) => self.emit(inner),
            Node::Concat(v) => v.iter().for_each(|n| self.emit(n)),
            Node::Alt(v) => {
                let mut jumps = Vec::new();
                for (i, alt) in v.iter().enumerate() {
                    if i + 1 < v.len() {
                        let split = self.pc();
                        self.insts.push(Inst::Split(0));
                        self.emit(alt);
                        jumps.push(self.pc());
                        self.insts.push(Inst::Jmp(0));
                        let next = self.pc();
                        self.patch(split, next);
                    } else {
                        self.emit(alt);
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.patch(j, end);
                }
            }
            Node::Repeat {
                node,
                min,
                max,
                greed,
            } => self.emit_repeat(node, *min, *max, *greed),
            Node::Atomic(inner) => {
                let r = self.reg(1);
                self.insts.push(Inst::AtomicStart(r));
                self.emit(inner);
                self.insts.push(Inst::AtomicEnd(r));
            }
            Node::Look {
                behind,
                neg,
                node,
                width,
            } => {
                let r = self.reg(2);
                let back = behind.then_some(*width);
                let start = self.pc();
                self.insts.push(Inst::LookStart {
                    r,
                    back,
                    neg: *neg,
                    exit: 0,
                });
                self.emit(node);
                self.insts.push(Inst::LookEnd { r, neg: *neg });
                let exit = self.pc();
                self.patch(start, exit);
            }
            Node::Backref(g, ic) => self.insts.push(Inst::Backref(*g, *ic)),
            Node::Cond { group, yes, no } => {
                let c = self.pc();
                self.insts.push(Inst::Cond { g: *group, no: 0 });
                self.emit(yes);
                let j = self.pc();
                self.insts.push(Inst::Jmp(0));
                let no_pc = self.pc();
                self.patch(c, no_pc);
                self.emit(no);
                let end = self.pc();
                self.patch(j, end);
            }
        }
    }

    fn emit_repeat(&mut self, node: &Node, min: u32, max: u32, greed: Greed) {
        if let Some(o) = self.one(node) {
            self.insts.push(Inst::RepOne {
                one: o,
                min,
                max,
                greed,
                next_lit: None,
            });
            return;
        }
        if greed == Greed::Possessive {
            // CPython's possessive repeat never backtracks into an
            // iteration that matched: each iteration is atomic, and so
            // is the whole.
            let r = self.reg(1);
            self.insts.push(Inst::AtomicStart(r));
            let body = Node::Atomic(Box::new(node.clone()));
            let outer = self.in_repeat;
            // Not a repeat context: CPython's possessive repeat keeps no marks.
            self.in_repeat = 0;
            self.possessive = true;
            self.emit_repeat(&body, min, max, Greed::Greedy);
            self.in_repeat = outer;
            self.insts.push(Inst::AtomicEnd(r));
            return;
        }
        let ctx = usize::from(!std::mem::take(&mut self.possessive));
        if max == 0 {
            return;
        }
        // `x?` needs no counter.
        if min == 0 && max == 1 {
            let split = self.pc();
            self.insts.push(if greed == Greed::Lazy {
                Inst::SplitLazy(0)
            } else {
                Inst::SplitOpt(0)
            });
            self.in_repeat += ctx;
            self.emit(node);
            self.in_repeat -= ctx;
            let end = self.pc();
            self.patch(split, end);
            return;
        }
        let r = self.reg(2);
        self.insts.push(Inst::RepInit(r));
        let check = self.pc();
        self.insts.push(Inst::RepCheck {
            r,
            min,
            max,
            lazy: greed == Greed::Lazy,
            exit: 0,
        });
        self.in_repeat += ctx;
        self.emit(node);
        self.in_repeat -= ctx;
        self.insts.push(Inst::RepNext { r, check });
        let exit = self.pc();
        self.patch(check, exit);
    }

    /// Gives each greedy single-character repeat the literal that must
    /// follow it, when the next instruction (past saves) is one.
    fn fill_next_lits(&mut self) {
        for i in 0..self.insts.len() {
            if let Inst::RepOne {
                greed: Greed::Greedy,
                ..
            } = self.insts[i]
            {
                let mut j = i + 1;
                while let Some(Inst::Save(..)) = self.insts.get(j) {
                    j += 1;
                }
                if let Some(Inst::One(One::Char(c))) = self.insts.get(j) {
                    let c = *c;
                    if let Inst::RepOne { next_lit, .. } = &mut self.insts[i] {
                        *next_lit = Some(c);
                    }
                }
            }
        }
        let _ = self.is_str;
    }
}

/// Appends the literal text every match of `n` starts with; true when
/// all of `n` is literal (so what follows extends the prefix).
fn literal_prefix(n: &Node, out: &mut Vec<u8>, is_str: bool) -> bool {
    match n {
        Node::Lit(c) => {
            if is_str {
                let mut buf = [0u8; 4];
                match char::from_u32(*c) {
                    Some(ch) => out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes()),
                    None => return false,
                }
            } else {
                out.push(*c as u8);
            }
            true
        }
        Node::Empty => true,
        Node::Group(_, inner) | Node::NonCap(inner) => literal_prefix(inner, out, is_str),
        Node::Concat(v) => {
            for x in v {
                if !literal_prefix(x, out, is_str) {
                    return false;
                }
            }
            true
        }
        _ => false,
    }
}

/// The bytes a match of `n` can start with, and whether it can be
/// empty; None when unknown.
fn first_bytes(n: &Node, is_str: bool) -> Option<([bool; 256], bool)> {
    let mut set = [false; 256];
    let add_char = |set: &mut [bool; 256], c: u32| {
        if is_str {
            let mut buf = [0u8; 4];
            if let Some(ch) = char::from_u32(c) {
                set[ch.encode_utf8(&mut buf).as_bytes()[0] as usize] = true;
            } else {
                for b in set.iter_mut().skip(0x80) {
                    *b = true;
                }
            }
        } else if c < 256 {
            set[c as usize] = true;
        }
    };
    let high = |set: &mut [bool; 256]| {
        for b in set.iter_mut().skip(0x80) {
            *b = true;
        }
    };
    match n {
        Node::Lit(c) => {
            add_char(&mut set, *c);
            Some((set, false))
        }
        Node::LitIc(c, ascii) => {
            super::charset::any_variant(*c, *ascii, |v| {
                add_char(&mut set, v);
                false
            });
            Some((set, false))
        }
        Node::Any => {
            set.iter_mut().for_each(|b| *b = true);
            set[b'\n' as usize] = false;
            Some((set, false))
        }
        Node::AnyAll => Some(([true; 256], false)),
        Node::Set(s) => {
            let cs: &CharSet = s;
            let limit = if is_str { 128 } else { 256 };
            for c in 0..limit {
                if cs.contains(c) {
                    set[c as usize] = true;
                }
            }
            if is_str && cs.may_contain_from(128) {
                high(&mut set);
            }
            Some((set, false))
        }
        Node::Empty | Node::Anchor(_) | Node::Look { .. } => Some((set, true)),
        Node::Group(_, inner) | Node::NonCap(inner) | Node::Atomic(inner) => {
            first_bytes(inner, is_str)
        }
        Node::Concat(v) => {
            for x in v {
                let (s, empty) = first_bytes(x, is_str)?;
                for i in 0..256 {
                    set[i] |= s[i];
                }
                if !empty {
                    return Some((set, false));
                }
            }
            Some((set, true))
        }
        Node::Alt(v) => {
            let mut any_empty = false;
            for x in v {
                let (s, empty) = first_bytes(x, is_str)?;
                for i in 0..256 {
                    set[i] |= s[i];
                }
                any_empty |= empty;
            }
            Some((set, any_empty))
        }
        Node::Repeat { node, min, max, .. } => {
            if *max == 0 {
                return Some((set, true));
            }
            let (s, empty) = first_bytes(node, is_str)?;
            Some((s, empty || *min == 0))
        }
        Node::Backref(..) => None,
        Node::Cond { yes, no, .. } => {
            let (a, e1) = first_bytes(yes, is_str)?;
            let (b, e2) = first_bytes(no, is_str)?;
            for i in 0..256 {
                set[i] = a[i] | b[i];
            }
            Some((set, e1 || e2))
        }
    }
}

/// Whether every match of `n` must start at the beginning of the string.
fn anchored(n: &Node) -> bool {
    match n {
        Node::Anchor(Anchor::Start) => true,
        Node::Group(_, inner) | Node::NonCap(inner) | Node::Atomic(inner) => anchored(inner),
        Node::Concat(v) => v.first().is_some_and(anchored),
        Node::Alt(v) => v.iter().all(anchored),
        _ => false,
    }
}
