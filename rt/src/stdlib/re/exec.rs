//! The backtracking matcher: runs a `Program` over a subject's bytes (one
//! character per byte for bytes and ASCII text, UTF-8 otherwise) with an
//! explicit backtrack stack, so long subjects never deepen Rust's stack;
//! and the search loop with its prefilters.

use super::charset::{canon, is_word};
use super::compile::{Inst, One, Program};
use super::parse::{Anchor, Greed};

/// An unset capture slot or register.
pub const NONE: usize = usize::MAX;

/// A subject's text as the matcher walks it; positions are byte offsets.
pub trait Text: Copy {
    /// The bytes up to the end of the searched range.
    fn bytes(&self) -> &[u8];
    /// The character at `pos` and the position after it.
    fn at(&self, pos: usize) -> Option<(u32, usize)>;
    /// The character before `pos` and its position.
    fn before(&self, pos: usize) -> Option<(u32, usize)>;
    /// The position after the character at `pos` (`pos < len`).
    fn step(&self, pos: usize) -> usize;
}

/// Bytes, or text whose characters are all ASCII.
#[derive(Clone, Copy)]
pub struct ByteText<'a>(pub &'a [u8]);

impl Text for ByteText<'_> {
    #[inline]
    fn bytes(&self) -> &[u8] {
        self.0
    }
    #[inline]
    fn at(&self, pos: usize) -> Option<(u32, usize)> {
        self.0.get(pos).map(|&b| (b as u32, pos + 1))
    }
    #[inline]
    fn before(&self, pos: usize) -> Option<(u32, usize)> {
        if pos == 0 {
            None
        } else {
            Some((self.0[pos - 1] as u32, pos - 1))
        }
    }
    #[inline]
    fn step(&self, pos: usize) -> usize {
        pos + 1
    }
}

/// UTF-8 text (a str's storage, cut at a character boundary).
#[derive(Clone, Copy)]
pub struct Utf8Text<'a>(pub &'a [u8]);

impl Text for Utf8Text<'_> {
    #[inline]
    fn bytes(&self) -> &[u8] {
        self.0
    }
    #[inline]
    fn at(&self, pos: usize) -> Option<(u32, usize)> {
        let b = *self.0.get(pos)?;
        if b < 0x80 {
            return Some((b as u32, pos + 1));
        }
        let (n, init) = match b {
            0xC0..=0xDF => (2, (b & 0x1F) as u32),
            0xE0..=0xEF => (3, (b & 0x0F) as u32),
            _ => (4, (b & 0x07) as u32),
        };
        let mut c = init;
        for i in 1..n {
            c = (c << 6) | (*self.0.get(pos + i)? & 0x3F) as u32;
        }
        Some((c, pos + n))
    }
    #[inline]
    fn before(&self, pos: usize) -> Option<(u32, usize)> {
        if pos == 0 {
            return None;
        }
        let mut p = pos - 1;
        while p > 0 && self.0[p] & 0xC0 == 0x80 {
            p -= 1;
        }
        self.at(p).map(|(c, _)| (c, p))
    }
    #[inline]
    fn step(&self, pos: usize) -> usize {
        let b = self.0[pos];
        pos + match b {
            0..=0x7F => 1,
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        }
    }
}

/// A backtrack stack entry: a place to resume, or an undo record.
#[derive(Clone, Copy)]
enum Bt {
    /// Resume at `pc` with `pos`.
    Alt(u32, usize),
    /// Resume at `pc` with `pos` after a failed iteration of a repeat,
    /// with the slots saved in `saved` from the given offset (CPython's
    /// mark stack).
    AltIter(u32, u32, usize, usize),
    /// Restore a capture slot (set inside a counted repeat's body; the
    /// slots set elsewhere are restored only by failed iterations).
    Slot(u32, usize),
    /// Restore `lastmark`.
    LastMark(usize),
    /// Restore a register.
    Reg(u32, usize),
    /// Restore `lastindex`.
    LastIndex(usize),
    /// The base of an atomic group or look-around.
    Mark,
    /// The base of a negative look-around: reaching it by failing means
    /// the look-around holds; resume at `pc` with `pos`.
    NegLook(u32, usize),
    /// A greedy single-character repeat (instruction `pc`) that matched
    /// `count` characters up to `pos` and can give some back.
    Greedy(u32, usize, usize),
    /// A lazy single-character repeat that can take one more.
    Lazy(u32, usize, usize),
    /// The slots saved when a repeat went on to what follows it: restored
    /// when that fails (CPython's mark stack around a repeat's tail).
    Snap(u32, usize),
    /// A lazy general repeat (`RepCheck` at `pc`) that can iterate again
    /// at `pos`, with the slots saved at the offset.
    LazyIter(u32, u32, usize, usize),
}

/// The matcher's state for one subject.
pub struct Matcher<'p, T: Text> {
    prog: &'p Program,
    text: T,
    /// Capture slots: 2g and 2g+1 for group g, byte positions or NONE.
    pub slots: Vec<usize>,
    regs: Vec<usize>,
    /// The last group closed on the way to the match (0 for none).
    pub lastindex: usize,
    /// The highest capture slot set (1: none): slots above it are unset,
    /// whatever they hold (CPython's `lastmark`).
    lastmark: usize,
    /// The slots (up to `lastmark`, then `lastmark`) at the start of
    /// each iteration that may fail back to an `AltIter`.
    saved: Vec<usize>,
    stack: Vec<Bt>,
    /// The match must end at the end of the text (`fullmatch`).
    pub full: bool,
    /// No empty match may start here (the previous match was empty here).
    pub no_empty_at: usize,
}

impl<'p, T: Text> Matcher<'p, T> {
    /// A matcher of `prog` over `text`.
    pub fn new(prog: &'p Program, text: T) -> Self {
        Matcher {
            prog,
            text,
            slots: vec![NONE; 2 * (prog.ngroups + 1)],
            regs: vec![NONE; prog.nregs],
            lastindex: 0,
            lastmark: 1,
            saved: Vec::new(),
            stack: Vec::with_capacity(16),
            full: false,
            no_empty_at: NONE,
        }
    }

    #[inline]
    fn one_at(&self, o: &One, pos: usize) -> Option<usize> {
        let bytes = self.text.bytes();
        // ASCII bytes need no decoding in either kind of text.
        if let Some(&b) = bytes.get(pos) {
            if b < 0x80 {
                let c = b as u32;
                let ok = match *o {
                    One::Char(x) => x == c,
                    One::CharIc(k, _) => (b.to_ascii_uppercase() as u32) == k,
                    One::Any => b != b'\n',
                    One::AnyAll => true,
                    One::Set(i) => self.prog.sets[i].contains(c),
                };
                return ok.then_some(pos + 1);
            }
        }
        let (c, next) = self.text.at(pos)?;
        let ok = match *o {
            One::Char(x) => x == c,
            One::CharIc(k, ascii) => canon(c, ascii) == k,
            One::Any => c != '\n' as u32,
            One::AnyAll => true,
            One::Set(i) => self.prog.sets[i].contains(c),
        };
        ok.then_some(next)
    }

    fn set_reg(&mut self, r: usize, v: usize) {
        self.stack.push(Bt::Reg(r as u32, self.regs[r]));
        self.regs[r] = v;
    }

    fn anchor(&self, a: Anchor, pos: usize) -> bool {
        let b = self.text.bytes();
        let len = b.len();
        match a {
            Anchor::Start => pos == 0,
            Anchor::LineStart => pos == 0 || b[pos - 1] == b'\n',
            Anchor::End => pos == len || (pos + 1 == len && b[pos] == b'\n'),
            Anchor::LineEnd => pos == len || b[pos] == b'\n',
            Anchor::StrEnd => pos == len,
            Anchor::Boundary(uni) | Anchor::NotBoundary(uni) => {
                if len == 0 {
                    return false;
                }
                let before = self.text.before(pos).is_some_and(|(c, _)| is_word(c, uni));
                let after = self.text.at(pos).is_some_and(|(c, _)| is_word(c, uni));
                (before != after) == matches!(a, Anchor::Boundary(_))
            }
        }
    }

    /// Moves a greedy repeat at `pc` back from `pos` (having matched
    /// `count`) to where it can stop: at least `first_step` characters
    /// back, and where the literal that follows it is next.
    fn greedy_seek(
        &self,
        pc: usize,
        mut pos: usize,
        mut count: usize,
        first_step: bool,
    ) -> Option<(usize, usize)> {
        let Inst::RepOne { min, next_lit, .. } = self.prog.insts[pc] else {
            return None;
        };
        let min = min as usize;
        let mut step = first_step;
        loop {
            if step {
                if count <= min {
                    return None;
                }
                pos = self.text.before(pos)?.1;
                count -= 1;
            }
            step = true;
            match next_lit {
                Some(l) if l < 0x80 => {
                    if self.text.bytes().get(pos) == Some(&(l as u8)) {
                        return Some((pos, count));
                    }
                }
                Some(l) => {
                    if self.text.at(pos).is_some_and(|(c, _)| c == l) {
                        return Some((pos, count));
                    }
                }
                None => return Some((pos, count)),
            }
        }
    }

    /// Drops the resume points above stack index `m` (the base mark
    /// included), keeping the undo records.
    fn cut(&mut self, m: usize) {
        let mut w = m;
        for i in m..self.stack.len() {
            let e = self.stack[i];
            if matches!(
                e,
                Bt::Slot(..) | Bt::Reg(..) | Bt::LastIndex(_) | Bt::LastMark(_)
            ) {
                self.stack[w] = e;
                w += 1;
            }
        }
        self.stack.truncate(w);
    }

    /// Pops to the next place to resume, undoing on the way.
    fn backtrack(&mut self) -> Option<(usize, usize)> {
        while let Some(e) = self.stack.pop() {
            match e {
                Bt::Alt(pc, pos) | Bt::NegLook(pc, pos) => return Some((pc as usize, pos)),
                Bt::AltIter(pc, n, pos, off) => {
                    self.restore_saved(off, n as usize);
                    if n > 0 {
                        let (n2, off2) = self.save_slots();
                        self.stack.push(Bt::Snap(n2, off2));
                    }
                    return Some((pc as usize, pos));
                }
                Bt::Snap(n, off) => self.restore_saved(off, n as usize),
                Bt::Slot(s, old) => self.slots[s as usize] = old,
                Bt::LastMark(old) => self.lastmark = old,
                Bt::Reg(r, old) => self.regs[r as usize] = old,
                Bt::LastIndex(old) => self.lastindex = old,
                Bt::Mark => {}
                Bt::Greedy(pc, pos, count) => {
                    let pc = pc as usize;
                    if let Some((p, n)) = self.greedy_seek(pc, pos, count, true) {
                        if let Inst::RepOne { min, .. } = self.prog.insts[pc] {
                            if n > min as usize {
                                self.stack.push(Bt::Greedy(pc as u32, p, n));
                            }
                        }
                        return Some((pc + 1, p));
                    }
                }
                Bt::Lazy(pc, pos, count) => {
                    let pc = pc as usize;
                    if let Inst::RepOne { one, max, .. } = &self.prog.insts[pc] {
                        if let Some(np) = self.one_at(one, pos) {
                            let n = count + 1;
                            if n < *max as usize {
                                self.stack.push(Bt::Lazy(pc as u32, np, n));
                            }
                            return Some((pc + 1, np));
                        }
                    }
                }
                Bt::LazyIter(pc, n, pos, off) => {
                    self.restore_saved(off, n as usize);
                    let pc = pc as usize;
                    if let Inst::RepCheck { r, .. } = self.prog.insts[pc] {
                        self.set_reg(r + 1, pos);
                    }
                    return Some((pc + 1, pos));
                }
            }
        }
        None
    }

    /// Saves the slots up to `lastmark` for an `AltIter` or `LazyIter`;
    /// the offset to restore them from.
    fn save_slots(&mut self) -> (u32, usize) {
        let off = self.saved.len();
        self.saved
            .extend_from_slice(&self.slots[2..=self.lastmark.max(1)]);
        ((self.saved.len() - off) as u32, off)
    }

    /// Restores the slots saved at `off` (and drops what was saved after).
    fn restore_saved(&mut self, off: usize, n: usize) {
        self.slots[2..2 + n].copy_from_slice(&self.saved[off..off + n]);
        self.saved.truncate(off);
    }

    /// Tries to match at `start`; the end of the match, with the groups
    /// in `slots`.
    pub fn run(&mut self, start: usize) -> Option<usize> {
        self.stack.clear();
        self.slots.iter_mut().for_each(|s| *s = NONE);
        self.lastindex = 0;
        self.lastmark = 1;
        self.saved.clear();
        let prog = self.prog;
        let insts = &prog.insts;
        let mut pc = 0usize;
        let mut pos = start;
        loop {
            let ok = match &insts[pc] {
                Inst::Match => {
                    let empty_here = pos == start && start == self.no_empty_at;
                    if (!self.full || pos == self.text.bytes().len()) && !empty_here {
                        self.slots[0] = start;
                        self.slots[1] = pos;
                        let seen = self.lastmark + 1;
                        self.slots[seen..].iter_mut().for_each(|s| *s = NONE);
                        return Some(pos);
                    }
                    false
                }
                Inst::One(o) => match self.one_at(o, pos) {
                    Some(p) => {
                        pos = p;
                        pc += 1;
                        true
                    }
                    None => false,
                },
                Inst::Anchor(a) => {
                    pc += 1;
                    self.anchor(*a, pos)
                }
                Inst::Save(s, restore) => {
                    let s = *s;
                    if s > self.lastmark {
                        // Slots skipped over are unset from now on.
                        for j in self.lastmark + 1..s {
                            self.slots[j] = NONE;
                        }
                        self.stack.push(Bt::LastMark(self.lastmark));
                        self.lastmark = s;
                    }
                    if *restore {
                        self.stack.push(Bt::Slot(s as u32, self.slots[s]));
                    }
                    self.slots[s] = pos;
                    if s & 1 == 1 {
                        self.stack.push(Bt::LastIndex(self.lastindex));
                        self.lastindex = s / 2;
                    }
                    pc += 1;
                    true
                }
                Inst::Split(alt) => {
                    self.stack.push(Bt::Alt(*alt as u32, pos));
                    pc += 1;
                    true
                }
                Inst::SplitOpt(alt) => {
                    let (n, off) = self.save_slots();
                    self.stack.push(Bt::AltIter(*alt as u32, n, pos, off));
                    pc += 1;
                    true
                }
                Inst::SplitLazy(alt) => {
                    self.stack.push(Bt::Alt(pc as u32 + 1, pos));
                    pc = *alt;
                    true
                }
                Inst::Jmp(t) => {
                    pc = *t;
                    true
                }
                Inst::RepOne {
                    one,
                    min,
                    max,
                    greed,
                    ..
                } => {
                    let (min, max) = (*min as usize, *max as usize);
                    let mut n = 0usize;
                    let mut p = pos;
                    let limit = if *greed == Greed::Lazy { min } else { max };
                    while n < limit {
                        match self.one_at(one, p) {
                            Some(q) => {
                                p = q;
                                n += 1;
                            }
                            None => break,
                        }
                    }
                    if n < min {
                        false
                    } else {
                        match greed {
                            Greed::Possessive => {
                                pos = p;
                                pc += 1;
                                true
                            }
                            Greed::Lazy => {
                                if n < max {
                                    self.stack.push(Bt::Lazy(pc as u32, p, n));
                                }
                                pos = p;
                                pc += 1;
                                true
                            }
                            Greed::Greedy => match self.greedy_seek(pc, p, n, false) {
                                Some((q, k)) => {
                                    if k > min {
                                        self.stack.push(Bt::Greedy(pc as u32, q, k));
                                    }
                                    pos = q;
                                    pc += 1;
                                    true
                                }
                                None => false,
                            },
                        }
                    }
                }
                Inst::RepInit(r) => {
                    let r = *r;
                    self.set_reg(r, 0);
                    self.set_reg(r + 1, NONE);
                    pc += 1;
                    true
                }
                Inst::RepCheck {
                    r,
                    min,
                    max,
                    lazy,
                    exit,
                } => {
                    let (r, exit) = (*r, *exit);
                    let n = self.regs[r];
                    if n < *min as usize {
                        pc += 1;
                    } else {
                        let more = n < *max as usize && pos != self.regs[r + 1];
                        if *lazy {
                            if more {
                                let (n, off) = self.save_slots();
                                self.stack.push(Bt::LazyIter(pc as u32, n, pos, off));
                            }
                            pc = exit;
                        } else if more {
                            let (n, off) = self.save_slots();
                            self.stack.push(Bt::AltIter(exit as u32, n, pos, off));
                            self.set_reg(r + 1, pos);
                            pc += 1;
                        } else {
                            let (n, off) = self.save_slots();
                            self.stack.push(Bt::Snap(n, off));
                            pc = exit;
                        }
                    }
                    true
                }
                Inst::RepNext { r, check } => {
                    let (r, check) = (*r, *check);
                    self.set_reg(r, self.regs[r] + 1);
                    pc = check;
                    true
                }
                Inst::AtomicStart(r) => {
                    self.regs[*r] = self.stack.len();
                    self.stack.push(Bt::Mark);
                    pc += 1;
                    true
                }
                Inst::AtomicEnd(r) => {
                    self.cut(self.regs[*r]);
                    pc += 1;
                    true
                }
                Inst::LookStart { r, back, neg, exit } => {
                    let r = *r;
                    self.regs[r] = self.stack.len();
                    self.regs[r + 1] = pos;
                    self.stack.push(if *neg {
                        Bt::NegLook(*exit as u32, pos)
                    } else {
                        Bt::Mark
                    });
                    pc += 1;
                    match back {
                        Some(w) => {
                            let mut ok = true;
                            for _ in 0..*w {
                                match self.text.before(pos) {
                                    Some((_, q)) => pos = q,
                                    None => {
                                        ok = false;
                                        break;
                                    }
                                }
                            }
                            ok
                        }
                        None => true,
                    }
                }
                Inst::LookEnd { r, neg } => {
                    let m = self.regs[*r];
                    if *neg {
                        while self.stack.len() > m + 1 {
                            match self.stack.pop() {
                                Some(Bt::Slot(s, old)) => self.slots[s as usize] = old,
                                Some(Bt::LastMark(old)) => self.lastmark = old,
                                Some(Bt::Reg(x, old)) => self.regs[x as usize] = old,
                                Some(Bt::LastIndex(old)) => self.lastindex = old,
                                _ => {}
                            }
                        }
                        self.stack.pop();
                        false
                    } else {
                        pos = self.regs[*r + 1];
                        self.cut(m);
                        pc += 1;
                        true
                    }
                }
                Inst::Backref(g, ic) => {
                    let (s, e) = (self.slots[2 * g], self.slots[2 * g + 1]);
                    if s == NONE || e == NONE || e < s || 2 * g + 1 > self.lastmark {
                        false
                    } else {
                        match self.backref(s, e, pos, *ic) {
                            Some(p) => {
                                pos = p;
                                pc += 1;
                                true
                            }
                            None => false,
                        }
                    }
                }
                Inst::Cond { g, no } => {
                    let (s, e) = (self.slots[2 * g], self.slots[2 * g + 1]);
                    // A group re-entered by a later iteration has its new
                    // start after its old end: not matched (as in CPython).
                    if s != NONE && e != NONE && s <= e && 2 * g < self.lastmark {
                        pc += 1;
                    } else {
                        pc = *no;
                    }
                    true
                }
            };
            if !ok {
                match self.backtrack() {
                    Some((p, q)) => {
                        pc = p;
                        pos = q;
                    }
                    None => return None,
                }
            }
        }
    }

    /// Matches the text at `s..e` again at `pos`.
    fn backref(&self, s: usize, e: usize, pos: usize, ic: Option<bool>) -> Option<usize> {
        let b = self.text.bytes();
        match ic {
            None => {
                let n = e - s;
                (pos + n <= b.len() && b[s..e] == b[pos..pos + n]).then_some(pos + n)
            }
            Some(ascii) => {
                let mut p = s;
                let mut q = pos;
                while p < e {
                    let (c1, p1) = self.text.at(p)?;
                    let (c2, q1) = self.text.at(q)?;
                    if c1 != c2 && canon(c1, ascii) != canon(c2, ascii) {
                        return None;
                    }
                    p = p1;
                    q = q1;
                }
                Some(q)
            }
        }
    }

    /// The first match starting at or after `start` (a character
    /// boundary): its end, with the groups in `slots`.
    pub fn search(&mut self, start: usize) -> Option<usize> {
        let prog = self.prog;
        let len = self.text.bytes().len();
        if prog.anchored {
            return if start == 0 { self.run(0) } else { None };
        }
        let mut s = start;
        loop {
            if let Some(f) = &prog.finder {
                s += f.find(&self.text.bytes()[s..])?;
            } else if let Some(first) = &prog.first {
                let b = self.text.bytes();
                while s < len && !first[b[s] as usize] {
                    s += 1;
                }
                if s == len {
                    return None;
                }
            }
            if self.run(s).is_some() {
                return Some(self.slots[1]);
            }
            if s >= len {
                return None;
            }
            s = self.text.step(s);
        }
    }
}
