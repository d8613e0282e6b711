//! `re.Pattern` (`Kind::RePattern`): a compiled pattern with its program,
//! and its matching methods (`match`, `fullmatch`, `search`, `findall`,
//! `finditer` through `_sre.SRE_Scanner`, `split`); the subjects they take
//! (str, bytes and other buffers) and code-point positions.

use super::compile::{compile, Program};
use super::exec::{ByteText, Matcher, Text, Utf8Text, NONE};
use super::flags::*;
use super::matchobj;
use super::parse::{self, parse};
use crate::exc::error::{type_error, R};
use crate::object::{self, Header, Kind, Object, TypeObj, OBJECT_TYPE};
use crate::objects::str::StrObj;
use crate::protocol::args::Args;
use crate::stdlib::bind;
use crate::types::slots;
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// `re.Pattern`
pub static PATTERN_TYPE: TypeObj =
    TypeObj::builtin("re.Pattern", Some(&OBJECT_TYPE), Kind::RePattern).with_attrs(&ATTRS);

/// `_sre.SRE_Scanner`, what `finditer` iterates over.
pub static SCANNER_TYPE: TypeObj =
    TypeObj::builtin("_sre.SRE_Scanner", Some(&OBJECT_TYPE), Kind::ReScanner)
        .with_attrs(&SCANNER_ATTRS);

/// A compiled pattern.
#[repr(C)]
pub struct PatternObj {
    pub header: Header,
    /// The pattern as given (str or bytes).
    pub pattern: Value,
    pub flags: u32,
    pub is_str: bool,
    pub prog: Program,
    /// Group names to numbers (a dict).
    pub groupindex: Value,
    /// The name of each group (None for unnamed ones), by number.
    pub names: Vec<Option<String>>,
    /// The replacement template `sub` parsed last, by object (CPython
    /// caches parsed templates too).
    pub last_template: RefCell<Option<(Value, Rc<super::template::Template>)>>,
}

// SAFETY: repr(C), Header first; every Kind::RePattern object is a PatternObj.
unsafe impl Object for PatternObj {
    const KINDS: &'static [Kind] = &[Kind::RePattern];

    fn trace(&self, t: &mut crate::gc::Tracer) {
        t.visit(self.pattern);
        t.visit(self.groupindex);
        if let Some((v, _)) = crate::gc::peek(&self.last_template) {
            t.visit(*v);
        }
    }
}

/// The pattern object behind `v`.
pub fn obj(v: Value) -> &'static PatternObj {
    v.as_ref::<PatternObj>()
}

fn the_pattern(v: Value) -> R<&'static PatternObj> {
    v.downcast::<PatternObj>()
        .ok_or_else(|| crate::exc::error::descriptor_type_error("re.Pattern", v))
}

/// Compiles `p` (a str when `is_str`, else bytes) with `flags`.
pub fn new(p: Value, is_str: bool, flags: u32) -> R<Value> {
    let cps: Vec<u32> = if is_str {
        crate::objects::str::as_str(crate::class::instance::unwrap(p))
            .chars()
            .map(|c| c as u32)
            .collect()
    } else {
        crate::objects::bytes::bytes_data(p)
            .iter()
            .map(|&b| b as u32)
            .collect()
    };
    if flags & DEBUG != 0 {
        return Err(crate::exc::error::raise(
            &crate::exc::NOT_IMPLEMENTED_ERROR,
            "not supported yet: the re.DEBUG flag",
        ));
    }
    let parsed = match parse(&cps, is_str, flags) {
        Ok(p) => p,
        Err(parse::Error::Re(msg, pos)) => return Err(super::error(&msg, p, pos)),
        Err(parse::Error::Value(msg)) => return Err(crate::exc::error::value_error(msg)),
        Err(parse::Error::Overflow(msg)) => return Err(crate::exc::error::overflow_error(msg)),
        Err(parse::Error::Unsupported(msg)) => {
            return Err(crate::exc::error::raise(
                &crate::exc::NOT_IMPLEMENTED_ERROR,
                msg,
            ))
        }
    };
    let prog = compile(&parsed.node, parsed.ngroups, is_str);
    let groupindex = crate::objects::dict::new();
    let mut names = vec![None; parsed.ngroups + 1];
    for (name, g) in &parsed.names {
        crate::objects::dict::setitem(
            groupindex,
            crate::objects::str::new(name),
            crate::objects::int::from_i64(*g as i64),
        )?;
        names[*g] = Some(name.clone());
    }
    Ok(Value::from_ref(crate::gc::alloc(PatternObj {
        header: Header::new(&PATTERN_TYPE),
        pattern: p,
        flags: parsed.flags,
        is_str,
        prog,
        groupindex,
        names,
        last_template: RefCell::new(None),
    })))
}

// ---- subjects -------------------------------------------------------------------

/// The string a pattern is matched against.
#[derive(Clone)]
pub struct Subject {
    /// The object as given (`m.string`).
    pub value: Value,
    pub is_str: bool,
    /// Every character is one byte (bytes, or ASCII text).
    pub ascii: bool,
    /// A copy of a mutable buffer's contents.
    owned: Option<Rc<[u8]>>,
    /// Its length in characters.
    pub nchars: usize,
}

impl Subject {
    /// The subject's bytes (UTF-8 for text).
    pub fn bytes(&self) -> &[u8] {
        if let Some(b) = &self.owned {
            return b;
        }
        let v = crate::class::instance::unwrap(self.value);
        if self.is_str {
            crate::objects::str::as_str(v).as_bytes()
        } else {
            crate::objects::bytes::bytes_data(v)
        }
    }

    /// The byte offset of character index `i` (at most the length).
    pub fn byte_of(&self, i: usize) -> usize {
        if self.ascii {
            return i.min(self.nchars);
        }
        let v = crate::class::instance::unwrap(self.value);
        crate::objects::str::index::byte_offset(v.as_ref::<StrObj>(), i)
    }

    /// The text of `bs..be` (with `nchars` characters) as a value of the
    /// subject's kind.
    pub fn slice(&self, bs: usize, be: usize, nchars: usize) -> Value {
        let b = &self.bytes()[bs..be];
        if self.is_str {
            // The subject is a str, so its bytes are UTF-8 and the cut is
            // at character boundaries.
            let s = std::str::from_utf8(b).unwrap_or("");
            crate::objects::str::from_str_n(s, nchars)
        } else {
            crate::objects::bytes::from_vec(b.to_vec())
        }
    }
}

/// `v` as a subject of pattern `pat`, with CPython's TypeErrors.
pub fn subject(pat: &PatternObj, v: Value) -> R<Subject> {
    let u = crate::class::instance::unwrap(v);
    if !u.is_small() && u.kind() == Kind::Str {
        if !pat.is_str {
            return Err(type_error(
                "cannot use a bytes pattern on a string-like object",
            ));
        }
        let s = u.as_ref::<StrObj>();
        return Ok(Subject {
            value: v,
            is_str: true,
            ascii: s.is_ascii(),
            owned: None,
            nchars: s.nchars,
        });
    }
    if !u.is_small() && u.kind() == Kind::Bytes {
        if pat.is_str {
            return Err(type_error(
                "cannot use a string pattern on a bytes-like object",
            ));
        }
        let n = crate::objects::bytes::bytes_data(u).len();
        return Ok(Subject {
            value: v,
            is_str: false,
            ascii: true,
            owned: None,
            nchars: n,
        });
    }
    match crate::objects::bytes::data(v) {
        Some(d) => {
            if pat.is_str {
                return Err(type_error(
                    "cannot use a string pattern on a bytes-like object",
                ));
            }
            let n = d.len();
            Ok(Subject {
                value: v,
                is_str: false,
                ascii: true,
                owned: Some(Rc::from(d.into_owned())),
                nchars: n,
            })
        }
        None => Err(type_error(format!(
            "expected string or bytes-like object, got '{}'",
            object::type_name(v)
        ))),
    }
}

/// Byte offsets to character indices, walking from the last answer (the
/// positions of successive matches mostly grow).
pub struct Conv {
    ascii: bool,
    b: usize,
    c: usize,
}

impl Conv {
    /// A converter for `subj`.
    pub fn new(subj: &Subject) -> Conv {
        Conv {
            ascii: subj.ascii,
            b: 0,
            c: 0,
        }
    }

    /// The character index of byte offset `pos` in `bytes`.
    pub fn to_char(&mut self, bytes: &[u8], pos: usize) -> usize {
        if self.ascii || pos == NONE {
            return pos;
        }
        let count = |s: &[u8]| s.iter().filter(|&&x| (x as i8) >= -0x40).count();
        if pos >= self.b {
            self.c += count(&bytes[self.b..pos]);
        } else if pos >= self.b / 2 {
            self.c -= count(&bytes[pos..self.b]);
        } else {
            self.c = count(&bytes[..pos]);
        }
        self.b = pos;
        self.c
    }
}

/// A clamped `pos`/`endpos` argument (CPython's rules), with its default.
fn position(v: Option<Value>, default: usize, len: usize) -> R<usize> {
    let Some(v) = v else {
        return Ok(default.min(len));
    };
    let i = crate::protocol::num::int_arg(v)?;
    let n = crate::objects::int::as_i64(i).unwrap_or(if crate::objects::int::is_negative(i) {
        i64::MIN
    } else {
        i64::MAX
    });
    Ok(if n < 0 {
        0
    } else {
        (n as u64).min(len as u64) as usize
    })
}

/// The search range of a call: (subject, start byte, end byte, pos, endpos).
pub fn range(
    pat: &PatternObj,
    string: Value,
    pos: Option<Value>,
    endpos: Option<Value>,
) -> R<(Subject, usize, usize, usize, usize)> {
    let subj = subject(pat, string)?;
    let n = subj.nchars;
    let p = position(pos, 0, n)?;
    let e = position(endpos, n, n)?;
    let (bs, be) = (subj.byte_of(p), subj.byte_of(e));
    Ok((subj, bs, be, p, e))
}

/// How `match_mode` anchors the match.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Match,
    Full,
    Search,
}

fn run_once<T: Text>(
    prog: &Program,
    text: T,
    start: usize,
    mode: Mode,
) -> Option<(Vec<usize>, usize)> {
    let mut m = Matcher::new(prog, text);
    let found = match mode {
        Mode::Match => m.run(start),
        Mode::Full => {
            m.full = true;
            m.run(start)
        }
        Mode::Search => m.search(start),
    };
    found.map(|_| (std::mem::take(&mut m.slots), m.lastindex))
}

/// `p.match(string, pos, endpos)` and its siblings: a Match or None.
pub fn match_mode(
    pv: Value,
    string: Value,
    pos: Option<Value>,
    endpos: Option<Value>,
    mode: Mode,
) -> R<Value> {
    let pat = obj(pv);
    let (subj, bs, be, p, e) = range(pat, string, pos, endpos)?;
    if p > e && mode != Mode::Match {
        return Ok(object::none());
    }
    // `match` with `pos` past `endpos` still tries at `pos` (CPython's quirk).
    let bytes = &subj.bytes()[..be.max(bs)];
    let found = if subj.ascii {
        run_once(&pat.prog, ByteText(bytes), bs, mode)
    } else {
        run_once(&pat.prog, Utf8Text(bytes), bs, mode)
    };
    match found {
        None => Ok(object::none()),
        Some((slots, last)) => {
            let mut conv = Conv::new(&subj);
            Ok(matchobj::new(pv, subj, &slots, last, &mut conv, p, e))
        }
    }
}

/// Calls `f` with the slots and lastindex of each match from `start`, by
/// CPython 3.7's rules for empty matches, while it returns true.
pub fn each_match<T: Text>(
    prog: &Program,
    text: T,
    start: usize,
    mut f: impl FnMut(&[usize], usize) -> R<bool>,
) -> R<()> {
    let mut m = Matcher::new(prog, text);
    let len = text.bytes().len();
    let mut pos = start;
    let mut must_advance = false;
    while pos <= len {
        m.no_empty_at = if must_advance { pos } else { NONE };
        let Some(e) = m.search(pos) else { break };
        let s = m.slots[0];
        if !f(&m.slots, m.lastindex)? {
            break;
        }
        must_advance = e == s;
        pos = e;
    }
    Ok(())
}

/// Runs `each_match` over `subj`'s bytes up to `be` from `bs`.
pub fn each_in(
    prog: &Program,
    subj: &Subject,
    bs: usize,
    be: usize,
    f: impl FnMut(&[usize], usize) -> R<bool>,
) -> R<()> {
    let bytes = &subj.bytes()[..be];
    if subj.ascii {
        each_match(prog, ByteText(bytes), bs, f)
    } else {
        each_match(prog, Utf8Text(bytes), bs, f)
    }
}

/// The value of group `g` from `slots` for `findall` (empty when unset).
fn found_group(subj: &Subject, slots: &[usize], g: usize) -> Value {
    let (s, e) = (slots[2 * g], slots[2 * g + 1]);
    if s == NONE || e == NONE || e < s {
        return if subj.is_str {
            crate::objects::str::empty()
        } else {
            crate::objects::bytes::from_vec(Vec::new())
        };
    }
    let n = if subj.ascii {
        e - s
    } else {
        crate::objects::str::count_chars(std::str::from_utf8(&subj.bytes()[s..e]).unwrap_or(""))
    };
    subj.slice(s, e, n)
}

/// `p.findall(string, pos, endpos)`
pub fn findall(pv: Value, string: Value, pos: Option<Value>, endpos: Option<Value>) -> R<Value> {
    let pat = obj(pv);
    let (subj, bs, be, p, e) = range(pat, string, pos, endpos)?;
    let out = crate::objects::list::from_vec(Vec::new());
    if p > e {
        return Ok(out);
    }
    let ng = pat.prog.ngroups;
    each_in(&pat.prog, &subj, bs, be, |slots, _| {
        let item = match ng {
            0 => found_group(&subj, slots, 0),
            1 => found_group(&subj, slots, 1),
            _ => {
                let items: crate::gc::RootedVec =
                    (1..=ng).map(|g| found_group(&subj, slots, g)).collect();
                crate::objects::tuple::from_slice(&items)
            }
        };
        crate::objects::list::obj(out).items.borrow_mut().push(item);
        Ok(true)
    })?;
    Ok(out)
}

/// `p.split(string, maxsplit)`
pub fn split(pv: Value, string: Value, maxsplit: Option<Value>) -> R<Value> {
    let pat = obj(pv);
    let subj = subject(pat, string)?;
    let maxsplit = match maxsplit {
        None => 0,
        Some(v) => {
            let i = crate::protocol::num::int_arg(v)?;
            crate::objects::int::as_i64(i).unwrap_or(i64::MAX)
        }
    };
    let out = crate::objects::list::from_vec(Vec::new());
    let push = |v: Value| crate::objects::list::obj(out).items.borrow_mut().push(v);
    if maxsplit < 0 {
        push(subj.slice(0, subj.bytes().len(), subj.nchars));
        return Ok(out);
    }
    let mut conv = Conv::new(&subj);
    let mut last = 0usize;
    let mut last_c = 0usize;
    let mut n = 0i64;
    let ng = pat.prog.ngroups;
    let len = subj.bytes().len();
    each_in(&pat.prog, &subj, 0, len, |slots, _| {
        let (s, e) = (slots[0], slots[1]);
        let bytes = subj.bytes();
        let sc = conv.to_char(bytes, s);
        push(subj.slice(last, s, sc - last_c));
        for g in 1..=ng {
            let (gs, ge) = (slots[2 * g], slots[2 * g + 1]);
            if gs == NONE || ge == NONE {
                push(object::none());
            } else {
                let a = conv.to_char(bytes, gs);
                let b = conv.to_char(bytes, ge);
                push(subj.slice(gs, ge, b - a));
            }
        }
        last = e;
        last_c = conv.to_char(bytes, e);
        n += 1;
        Ok(maxsplit == 0 || n < maxsplit)
    })?;
    let total = subj.nchars;
    push(subj.slice(last, len, total - last_c));
    Ok(out)
}

// ---- finditer's scanner -----------------------------------------------------------

/// `_sre.SRE_Scanner`: the state of a `finditer` iteration.
#[repr(C)]
pub struct ScannerObj {
    pub header: Header,
    pattern: Value,
    subj: RefCell<Subject>,
    /// Byte range still to search, and whether the next match must not
    /// be empty at `at` (the last one was empty there).
    at: Cell<usize>,
    end: usize,
    must_advance: Cell<bool>,
    done: Cell<bool>,
    pos: usize,
    endpos: usize,
    conv: RefCell<Conv>,
}

// SAFETY: repr(C), Header first; every Kind::ReScanner object is a ScannerObj.
unsafe impl Object for ScannerObj {
    const KINDS: &'static [Kind] = &[Kind::ReScanner];

    fn trace(&self, t: &mut crate::gc::Tracer) {
        t.visit(self.pattern);
        t.visit(crate::gc::peek(&self.subj).value);
    }
}

fn scan_step<T: Text>(
    prog: &Program,
    text: T,
    at: usize,
    must_advance: bool,
) -> Option<(Vec<usize>, usize)> {
    let mut m = Matcher::new(prog, text);
    m.no_empty_at = if must_advance { at } else { NONE };
    m.search(at)?;
    Some((std::mem::take(&mut m.slots), m.lastindex))
}

/// The scanner's next match, or None.
fn scanner_search(sv: Value, args: Args) -> R<Value> {
    args.positional_range("search", 0, 0)?;
    let sc = sv
        .downcast::<ScannerObj>()
        .ok_or_else(|| type_error("descriptor 'search' requires a '_sre.SRE_Scanner' object"))?;
    if sc.done.get() || sc.at.get() > sc.end {
        return Ok(object::none());
    }
    let pat = obj(sc.pattern);
    let found = {
        let subj = sc.subj.borrow();
        let bytes = &subj.bytes()[..sc.end];
        if subj.ascii {
            scan_step(
                &pat.prog,
                ByteText(bytes),
                sc.at.get(),
                sc.must_advance.get(),
            )
        } else {
            scan_step(
                &pat.prog,
                Utf8Text(bytes),
                sc.at.get(),
                sc.must_advance.get(),
            )
        }
    };
    let Some((slots, last)) = found else {
        sc.done.set(true);
        return Ok(object::none());
    };
    sc.must_advance.set(slots[0] == slots[1]);
    sc.at.set(slots[1]);
    let subj = sc.subj.borrow().clone();
    let mut conv = sc.conv.borrow_mut();
    Ok(matchobj::new(
        sc.pattern, subj, &slots, last, &mut conv, sc.pos, sc.endpos,
    ))
}

/// `p.finditer(string, pos, endpos)`: a `callable_iterator` over a scanner's `search`.
pub fn finditer(pv: Value, string: Value, pos: Option<Value>, endpos: Option<Value>) -> R<Value> {
    let pat = obj(pv);
    let (subj, bs, be, p, e) = range(pat, string, pos, endpos)?;
    let conv = Conv::new(&subj);
    let sc = Value::from_ref(crate::gc::alloc(ScannerObj {
        header: Header::new(&SCANNER_TYPE),
        pattern: pv,
        subj: RefCell::new(subj),
        at: Cell::new(bs),
        end: be,
        must_advance: Cell::new(false),
        done: Cell::new(p > e),
        pos: p,
        endpos: e,
        conv: RefCell::new(conv),
    }));
    let f = crate::protocol::dispatch::getattr(sc, crate::objects::str::new("search"))?;
    Ok(crate::objects::iter::callable(f, object::none()))
}

crate::attr_table! {
    /// The attributes of `_sre.SRE_Scanner`.
    pub static SCANNER_ATTRS for SCANNER_TYPE = [
        slot "__getattribute__" => slots::getattribute;
        new "__new__" => |_, _| Err(type_error("cannot create '_sre.SRE_Scanner' instances"));
        getset "pattern" => |s| Ok(s.as_ref::<ScannerObj>().pattern);
        method "search" => scanner_search;
    ]
}

// ---- the Pattern type ------------------------------------------------------------------

/// `repr(p)`: `re.compile('a+', re.IGNORECASE)`.
pub fn repr(v: Value) -> R<String> {
    let p = obj(v);
    let mut text = crate::protocol::dispatch::repr(p.pattern)?;
    if let Some((i, _)) = text.char_indices().nth(200) {
        text.truncate(i);
    }
    let mut flags = p.flags;
    if p.is_str && flags & (LOCALE | UNICODE | ASCII) == UNICODE {
        flags &= !UNICODE;
    }
    if flags == 0 {
        return Ok(format!("re.compile({text})"));
    }
    let mut names = Vec::new();
    for (bit, name) in [
        (TEMPLATE, "re.TEMPLATE"),
        (IGNORECASE, "re.IGNORECASE"),
        (LOCALE, "re.LOCALE"),
        (MULTILINE, "re.MULTILINE"),
        (DOTALL, "re.DOTALL"),
        (UNICODE, "re.UNICODE"),
        (VERBOSE, "re.VERBOSE"),
        (DEBUG, "re.DEBUG"),
        (ASCII, "re.ASCII"),
    ] {
        if flags & bit != 0 {
            names.push(name.to_string());
            flags &= !bit;
        }
    }
    if flags != 0 {
        names.push(format!("{flags:#x}"));
    }
    Ok(format!("re.compile({text}, {})", names.join("|")))
}

/// `p == q`: same kind of pattern, text and flags.
pub fn eq(a: Value, b: Value) -> R<bool> {
    let (x, y) = (obj(a), obj(b));
    Ok(a == b
        || (x.flags == y.flags
            && x.is_str == y.is_str
            && crate::protocol::dispatch::eq(x.pattern, y.pattern)?))
}

/// `hash(p)`
pub fn hash(v: Value) -> R<i64> {
    let p = obj(v);
    let h = crate::protocol::dispatch::hash(p.pattern)? ^ (p.flags as i64).wrapping_mul(1_000_003);
    Ok(if h == -1 { -2 } else { h })
}

fn method3(name: &str, s: Value, args: &Args) -> R<(Value, Value, Option<Value>, Option<Value>)> {
    the_pattern(s)?;
    let [string, pos, endpos] = bind(name, args, ["string", "pos", "endpos"], 0, 3, 1)?;
    Ok((s, string.unwrap_or_else(object::none), pos, endpos))
}

fn p_match(s: Value, args: Args) -> R<Value> {
    let (p, st, a, b) = method3("match", s, &args)?;
    match_mode(p, st, a, b, Mode::Match)
}

fn p_fullmatch(s: Value, args: Args) -> R<Value> {
    let (p, st, a, b) = method3("fullmatch", s, &args)?;
    match_mode(p, st, a, b, Mode::Full)
}

fn p_search(s: Value, args: Args) -> R<Value> {
    let (p, st, a, b) = method3("search", s, &args)?;
    match_mode(p, st, a, b, Mode::Search)
}

fn p_findall(s: Value, args: Args) -> R<Value> {
    let (p, st, a, b) = method3("findall", s, &args)?;
    findall(p, st, a, b)
}

fn p_finditer(s: Value, args: Args) -> R<Value> {
    let (p, st, a, b) = method3("finditer", s, &args)?;
    finditer(p, st, a, b)
}

fn p_split(s: Value, args: Args) -> R<Value> {
    the_pattern(s)?;
    let [string, n] = bind("split", &args, ["string", "maxsplit"], 0, 2, 1)?;
    split(s, string.unwrap_or_else(object::none), n)
}

fn p_sub(s: Value, args: Args, subn: bool) -> R<Value> {
    the_pattern(s)?;
    let name = if subn { "subn" } else { "sub" };
    let [r, string, n] = bind(name, &args, ["repl", "string", "count"], 0, 3, 2)?;
    let none = object::none;
    super::template::sub(
        s,
        r.unwrap_or_else(none),
        string.unwrap_or_else(none),
        n,
        subn,
    )
}

fn p_eq(a: Value, args: Args) -> R<Value> {
    let b = args.positional_range("__eq__", 1, 1)?[0];
    if b.is_small() || b.kind() != Kind::RePattern {
        return Ok(object::not_implemented());
    }
    Ok(object::boolean(eq(a, b)?))
}

fn p_ne(a: Value, args: Args) -> R<Value> {
    let b = args.positional_range("__ne__", 1, 1)?[0];
    if b.is_small() || b.kind() != Kind::RePattern {
        return Ok(object::not_implemented());
    }
    Ok(object::boolean(!eq(a, b)?))
}

crate::attr_table! {
    /// The attributes of `re.Pattern`.
    pub static ATTRS for PATTERN_TYPE = [
        classmethod "__class_getitem__" => |c, args| {
            let k = args.positional_range("__class_getitem__", 1, 1)?[0];
            Ok(crate::objects::alias::generic(c, k))
        };
        method "__copy__" => |s, args| { args.positional_range("__copy__", 0, 0)?; Ok(s) };
        method "__deepcopy__" => |s, args| { args.positional_range("__deepcopy__", 1, 1)?; Ok(s) };
        slot "__eq__" => p_eq;
        slot "__getattribute__" => slots::getattribute;
        slot "__hash__" => |s, _| Ok(crate::objects::int::from_i64(hash(s)?));
        slot "__ne__" => p_ne;
        new "__new__" => |_, _| Err(type_error("cannot create 're.Pattern' instances"));
        slot "__repr__" => |s, _| Ok(crate::objects::str::from_string(repr(s)?));
        method "findall" => p_findall;
        method "finditer" => p_finditer;
        member "flags" => |s| Ok(crate::objects::int::from_i64(obj(s).flags as i64));
        method "fullmatch" => p_fullmatch;
        getset "groupindex" => |s| Ok(crate::objects::mappingproxy::new(
            crate::objects::dict::copy(obj(s).groupindex)?));
        member "groups" => |s| Ok(crate::objects::int::from_i64(obj(s).prog.ngroups as i64));
        method "match" => p_match;
        member "pattern" => |s| Ok(obj(s).pattern);
        method "search" => p_search;
        method "split" => p_split;
        method "sub" => |s, a| p_sub(s, a, false);
        method "subn" => |s, a| p_sub(s, a, true);
    ]
}
