//! Methods of `str`: searching, splitting, joining, stripping, replacing
//! and padding (case mapping and predicates live in `objects/str/case.rs`).

use crate::exc::error::{overflow_error, type_error, value_error, R};
use crate::object::{self, type_name, Kind};
use crate::objects::str::case;
use crate::objects::str::ops::{alloc_string, byte_offset, byte_offset_in, find_str};
use crate::objects::str::split;
use crate::objects::str::{self as pystr, as_str, StrObj};
use crate::protocol::args::Args;
use crate::types::slots;
use crate::value::Value;

crate::attr_table! {
    /// The attributes of `str`.
    pub static ATTRS for object::STR_TYPE = [
        slot "__add__" => slots::add;
        slot "__contains__" => slots::contains;
        slot "__eq__" => slots::eq;
        method "__format__" => slots::format;
        slot "__ge__" => slots::ge;
        slot "__getattribute__" => slots::getattribute;
        slot "__getitem__" => slots::getitem;
        method "__getnewargs__" => getnewargs;
        slot "__gt__" => slots::gt;
        slot "__hash__" => slots::hash;
        slot "__iter__" => slots::iter;
        slot "__le__" => slots::le;
        slot "__len__" => slots::len;
        slot "__lt__" => slots::lt;
        slot "__mod__" => slots::mod_;
        slot "__mul__" => slots::mul;
        slot "__ne__" => slots::ne;
        new "__new__" => slots::new;
        slot "__repr__" => slots::repr;
        slot "__rmod__" => slots::rmod;
        slot "__rmul__" => slots::rmul;
        rawmethod "__sizeof__" => crate::types::sizeof::method;
        slot "__str__" => slots::str_;
        method "capitalize" => case::m_capitalize;
        method "casefold" => case::m_casefold;
        method "center" => str_center;
        method "count" => str_count;
        method "encode" => crate::io::codec::str_encode;
        method "endswith" => str_endswith;
        method "expandtabs" => str_expandtabs;
        method "find" => str_find;
        method "format" => str_format;
        method "format_map" => str_format_map;
        method "index" => str_index;
        method "isalnum" => case::m_isalnum;
        method "isalpha" => case::m_isalpha;
        method "isascii" => case::m_isascii;
        method "isdecimal" => case::m_isdecimal;
        method "isdigit" => case::m_isdigit;
        method "isidentifier" => case::m_isidentifier;
        method "islower" => case::m_islower;
        method "isnumeric" => case::m_isnumeric;
        method "isprintable" => case::m_isprintable;
        method "isspace" => case::m_isspace;
        method "istitle" => case::m_istitle;
        method "isupper" => case::m_isupper;
        method "join" => str_join;
        method "ljust" => str_ljust;
        method "lower" => case::m_lower;
        method "lstrip" => str_lstrip;
        staticmethod "maketrans" => maketrans;
        method "partition" => str_partition;
        method "removeprefix" => str_removeprefix;
        method "removesuffix" => str_removesuffix;
        method "replace" => str_replace;
        method "rfind" => str_rfind;
        method "rindex" => str_rindex;
        method "rjust" => str_rjust;
        method "rpartition" => str_rpartition;
        method "rsplit" => str_rsplit;
        method "rstrip" => str_rstrip;
        method "split" => str_split;
        method "splitlines" => str_splitlines;
        method "startswith" => str_startswith;
        method "strip" => str_strip;
        method "swapcase" => case::m_swapcase;
        method "title" => case::m_title;
        method "translate" => translate;
        method "upper" => case::m_upper;
        method "zfill" => str_zfill;
    ]
}

/// `str.__getnewargs__()`: the value as a plain str, in a tuple.
fn getnewargs(o: Value, args: Args) -> R<Value> {
    no_args(&args, "__getnewargs__")?;
    let plain = pystr::new(as_str(o));
    Ok(crate::objects::tuple::from_slice(&[plain]))
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to code
/// points, strings or None.
fn maketrans(_: Value, args: Args) -> R<Value> {
    let a = args.positional_range("maketrans", 1, 3)?;
    let d = crate::objects::dict::new();
    if a.len() == 1 {
        if a[0].kind() != Kind::Dict {
            return Err(type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        }
        for (k, v) in crate::objects::dict::items_vec(a[0]) {
            let key = match k.kind() {
                Kind::Int | Kind::Bool => k,
                Kind::Str => {
                    let mut cs = as_str(k).chars();
                    match (cs.next(), cs.next()) {
                        (Some(c), None) => Value::from_small(pystr::code_point(c) as i64),
                        _ => {
                            return Err(value_error(
                                "string keys in translate table must be of length 1",
                            ))
                        }
                    }
                }
                _ => {
                    return Err(type_error(
                        "keys in translate table must be strings or integers",
                    ))
                }
            };
            crate::objects::dict::setitem(d, key, v)?;
        }
        return Ok(d);
    }
    for (i, v) in a.iter().enumerate().skip(1) {
        if v.kind() != Kind::Str {
            return Err(type_error(format!(
                "maketrans() argument {} must be str, not {}",
                i + 1,
                type_name(*v)
            )));
        }
    }
    if a[0].kind() != Kind::Str {
        return Err(type_error(format!(
            "maketrans() argument 1 must be str, not {}",
            type_name(a[0])
        )));
    }
    let (x, y) = (as_str(a[0]), as_str(a[1]));
    if x.chars().count() != y.chars().count() {
        return Err(value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (cx, cy) in x.chars().zip(y.chars()) {
        crate::objects::dict::setitem(
            d,
            Value::from_small(pystr::code_point(cx) as i64),
            Value::from_small(pystr::code_point(cy) as i64),
        )?;
    }
    if let Some(&z) = a.get(2) {
        for c in as_str(z).chars() {
            crate::objects::dict::setitem(
                d,
                Value::from_small(pystr::code_point(c) as i64),
                object::none(),
            )?;
        }
    }
    Ok(d)
}

/// `str.translate(table)`: each character looked up in `table` with
/// `__getitem__`; a LookupError keeps it, None deletes it.
fn translate(o: Value, args: Args) -> R<Value> {
    let table = args.positional_range("str.translate", 1, 1)?[0];
    let mut out = String::new();
    for c in as_str(o).chars() {
        let key = Value::from_small(pystr::code_point(c) as i64);
        let v = match crate::protocol::dispatch::getitem(table, key) {
            Ok(v) => v,
            Err(p) => {
                if crate::exc::error::take_pending_if(&crate::exc::LOOKUP_ERROR) {
                    out.push(c);
                    continue;
                }
                return Err(p);
            }
        };
        match v.kind() {
            Kind::NoneType => {}
            Kind::Str => out.push_str(as_str(v)),
            Kind::Int | Kind::Bool => {
                let n = crate::protocol::num::index(v)?;
                match u32::try_from(n) {
                    Ok(cp @ 0..=0x10FFFF) => out.push(pystr::char_of(cp)?),
                    _ => return Err(value_error("character mapping must be in range(0x110000)")),
                }
            }
            _ => {
                return Err(type_error(
                    "character mapping must return integer, None or str",
                ))
            }
        }
    }
    Ok(pystr::from_string(out))
}

fn str_split(o: Value, args: Args) -> R<Value> {
    split::split(o, args, false)
}

fn str_rsplit(o: Value, args: Args) -> R<Value> {
    split::split(o, args, true)
}

fn str_splitlines(o: Value, args: Args) -> R<Value> {
    split::splitlines(o, args)
}

fn str_join(o: Value, args: Args) -> R<Value> {
    let a = exactly_one(&args, "str.join")?;
    split::join(o, a)
}

fn str_strip(o: Value, args: Args) -> R<Value> {
    strip(o, args, "strip", true, true)
}

fn str_lstrip(o: Value, args: Args) -> R<Value> {
    strip(o, args, "lstrip", true, false)
}

fn str_rstrip(o: Value, args: Args) -> R<Value> {
    strip(o, args, "rstrip", false, true)
}

fn str_replace(o: Value, args: Args) -> R<Value> {
    replace(o, args)
}

fn str_find(o: Value, args: Args) -> R<Value> {
    Ok(index_value(find(o, args, "find", false)?))
}

fn str_rfind(o: Value, args: Args) -> R<Value> {
    Ok(index_value(find(o, args, "rfind", true)?))
}

fn str_index(o: Value, args: Args) -> R<Value> {
    match find(o, args, "index", false)? {
        Some(i) => Ok(Value::from_small(i as i64)),
        None => Err(value_error("substring not found")),
    }
}

fn str_rindex(o: Value, args: Args) -> R<Value> {
    match find(o, args, "rindex", true)? {
        Some(i) => Ok(Value::from_small(i as i64)),
        None => Err(value_error("substring not found")),
    }
}

fn str_count(o: Value, args: Args) -> R<Value> {
    count(o, args)
}

fn str_startswith(o: Value, args: Args) -> R<Value> {
    tailmatch(o, args, "startswith", false)
}

fn str_endswith(o: Value, args: Args) -> R<Value> {
    tailmatch(o, args, "endswith", true)
}

fn str_center(o: Value, args: Args) -> R<Value> {
    pad_method(o, args, "center")
}

fn str_ljust(o: Value, args: Args) -> R<Value> {
    pad_method(o, args, "ljust")
}

fn str_rjust(o: Value, args: Args) -> R<Value> {
    pad_method(o, args, "rjust")
}

fn str_zfill(o: Value, args: Args) -> R<Value> {
    zfill(o, args)
}

fn str_partition(o: Value, args: Args) -> R<Value> {
    partition(o, args, false)
}

fn str_rpartition(o: Value, args: Args) -> R<Value> {
    partition(o, args, true)
}

fn str_format(o: Value, args: Args) -> R<Value> {
    crate::text::format::str_format(o, args)
}

fn str_format_map(o: Value, args: Args) -> R<Value> {
    let m = exactly_one(&args, "str.format_map")?;
    crate::text::format::str_format_map(o, m)
}

fn str_expandtabs(o: Value, args: Args) -> R<Value> {
    expandtabs(o, args)
}

fn str_removeprefix(o: Value, args: Args) -> R<Value> {
    remove_affix(o, args, "removeprefix")
}

fn str_removesuffix(o: Value, args: Args) -> R<Value> {
    remove_affix(o, args, "removesuffix")
}

// ====================== argument helpers ======================

/// Fails unless the call has no arguments (`str.upper()`).
pub(crate) fn no_args(args: &Args, name: &str) -> R<()> {
    // Build the qualified name only on the error path: this runs per call.
    if args.pos.is_empty() && args.kwnames.is_empty() {
        return Ok(());
    }
    args.positional_range(&format!("str.{name}"), 0, 0)?;
    Ok(())
}

/// Fails with "str.strip() takes no keyword arguments" if keywords were passed.
#[inline]
fn no_kwargs(args: &Args, name: &str) -> R<()> {
    if args.kwnames.is_empty() {
        return Ok(());
    }
    args.no_kwargs(&format!("str.{name}"))
}

/// The single positional argument of `str.join(x)`-style methods.
fn exactly_one(args: &Args, qualname: &str) -> R<Value> {
    Ok(args.positional_range(qualname, 1, 1)?[0])
}

/// Positional-only arguments, with Argument Clinic's messages
/// ("strip expected at most 1 argument, got 2").
fn clinic_range<'a>(args: &Args<'a>, name: &str, min: usize, max: usize) -> R<&'a [Value]> {
    no_kwargs(args, name)?;
    args.positional_range(name, min, max)
}

/// Positional-only arguments with the older messages that `find`, `count`
/// and `startswith` use ("find() takes at least 1 argument (0 given)").
fn getargs_range<'a>(args: &Args<'a>, name: &str, min: usize, max: usize) -> R<&'a [Value]> {
    no_kwargs(args, name)?;
    let n = args.pos.len();
    if n < min || n > max {
        let (which, k) = if n < min {
            ("least", min)
        } else {
            ("most", max)
        };
        return Err(type_error(format!(
            "{name}() takes at {which} {k} argument{} ({n} given)",
            if k == 1 { "" } else { "s" }
        )));
    }
    Ok(args.pos)
}

/// Binds positional-or-keyword parameters with CPython's messages for
/// `split`, `splitlines` and `expandtabs`.
pub(crate) fn bind_kw<const N: usize>(
    args: &Args,
    name: &str,
    names: [&str; N],
) -> R<[Option<Value>; N]> {
    let mut out = [None; N];
    let given = args.pos.len() + args.kwnames.len();
    if args.pos.len() > N || given > N {
        return Err(type_error(format!(
            "{name}() takes at most {N} argument{} ({given} given)",
            if N == 1 { "" } else { "s" }
        )));
    }
    for (slot, v) in out.iter_mut().zip(args.pos) {
        *slot = Some(*v);
    }
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        let k = as_str(*k);
        match names.iter().position(|n| *n == k) {
            Some(i) if out[i].is_some() => {
                return Err(type_error(format!(
                    "argument for {name}() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(*v),
            None => {
                return Err(type_error(format!(
                    "'{k}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    Ok(out)
}

/// An int argument converted to `Py_ssize_t` (`center(width)`, `maxsplit`).
pub(crate) fn ssize_arg(v: Value) -> R<i64> {
    if v.is_small() {
        return Ok(v.small());
    }
    crate::objects::int::as_i64(crate::protocol::num::int_arg(v)?)
        .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))
}

/// A `start`/`end` argument: None or an int, clamped like a slice bound.
fn bound(v: Option<Value>) -> R<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) if object::is_none(v) => Ok(None),
        Some(v) => crate::objects::slice::clamped_index(v)?
            .map(Some)
            .ok_or_else(|| {
                type_error("slice indices must be integers or None or have an __index__ method")
            }),
    }
}

/// `ADJUST_INDICES`: start and end as code point indices into `len`
/// characters; `start` may exceed `len` (callers test `end - start`).
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

pub(crate) fn str_arg(v: Value, what: impl FnOnce() -> String) -> R<&'static StrObj> {
    v.downcast::<StrObj>().ok_or_else(|| type_error(what()))
}

pub(crate) fn must_be_str(v: Value) -> R<&'static StrObj> {
    str_arg(v, || format!("must be str, not {}", type_name(v)))
}

fn index_value(i: Option<usize>) -> Value {
    Value::from_small(i.map_or(-1, |i| i as i64))
}

/// A str value for `piece`, a substring of a string whose ASCII-ness is `ascii`.
#[inline]
pub(crate) fn piece_value(piece: &str, ascii: bool) -> Value {
    let n = if ascii {
        piece.len()
    } else {
        pystr::count_chars(piece)
    };
    pystr::from_str_n(piece, n)
}

/// Builds a list while keeping every new item reachable from it.
pub(crate) struct ListBuilder {
    pub(crate) list: Value,
}

impl ListBuilder {
    pub(crate) fn new(cap: usize) -> ListBuilder {
        ListBuilder {
            list: crate::objects::list::from_vec(Vec::with_capacity(cap)),
        }
    }
    #[inline]
    pub(crate) fn push(&self, v: Value) {
        crate::objects::list::obj(self.list).items.push(v);
    }
}

// ====================== strip ======================

/// Python's whitespace among ASCII bytes (`str.isspace`).
#[inline]
pub(crate) fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r' | 0x1c..=0x1f)
}

fn strip(o: Value, args: Args, name: &str, left: bool, right: bool) -> R<Value> {
    let a = clinic_range(&args, name, 0, 1)?;
    let s = o.as_ref::<StrObj>();
    let text: &str = s.text();
    let (start, end) = match a.first() {
        Some(&chars) if !object::is_none(chars) => {
            let set = str_arg(chars, || format!("{name} arg must be None or str"))?;
            strip_range(text, left, right, |c| set.text().contains(c))
        }
        _ => {
            if s.is_ascii() {
                let b = text.as_bytes();
                let mut start = 0;
                let mut end = b.len();
                if left {
                    while start < end && is_ascii_space(b[start]) {
                        start += 1;
                    }
                }
                if right {
                    while end > start && is_ascii_space(b[end - 1]) {
                        end -= 1;
                    }
                }
                (start, end)
            } else {
                strip_range(text, left, right, crate::text::unicode::is_space)
            }
        }
    };
    if start == 0 && end == text.len() {
        return Ok(o);
    }
    Ok(piece_value(&text[start..end], s.is_ascii()))
}

fn strip_range(
    text: &str,
    left: bool,
    right: bool,
    strip: impl Fn(char) -> bool,
) -> (usize, usize) {
    let mut start = 0;
    let mut end = text.len();
    if left {
        start = text
            .char_indices()
            .find(|&(_, c)| !strip(c))
            .map_or(text.len(), |(i, _)| i);
    }
    if right {
        end = text[start..]
            .char_indices()
            .rev()
            .find(|&(_, c)| !strip(c))
            .map_or(start, |(i, c)| start + i + c.len_utf8());
    }
    (start, end)
}

// ====================== replace ======================

fn replace(o: Value, args: Args) -> R<Value> {
    let a = clinic_range(&args, "replace", 2, 3)?;
    let old = str_arg(a[0], || {
        format!("replace() argument 1 must be str, not {}", type_name(a[0]))
    })?;
    let new = str_arg(a[1], || {
        format!("replace() argument 2 must be str, not {}", type_name(a[1]))
    })?;
    let count = match a.get(2) {
        Some(&c) => ssize_arg(c)?,
        None => -1,
    };
    let count = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    replace_str(o, old, new, count)
}

/// `s.replace(old, new, count)`; returns `o` itself when nothing changes.
pub fn replace_str(o: Value, old: &StrObj, new: &StrObj, count: usize) -> R<Value> {
    let s = o.as_ref::<StrObj>();
    let text: &str = s.text();
    if count == 0 {
        return Ok(o);
    }
    if old.text().is_empty() {
        // Insert `new` before every character and at the end, `count` times.
        let n = count.min(s.nchars + 1);
        let nbytes = new
            .text()
            .len()
            .saturating_mul(n)
            .saturating_add(text.len());
        let mut out = alloc_string(nbytes)?;
        let mut done = 0;
        let mut rest_at = text.len();
        for (i, _) in text.char_indices() {
            if done == n {
                rest_at = i;
                break;
            }
            out.push_str(new.text());
            done += 1;
            let next = text[i..].chars().next().map_or(0, char::len_utf8);
            out.push_str(&text[i..i + next]);
        }
        if done < n {
            out.push_str(new.text());
            done += 1;
        } else {
            out.push_str(&text[rest_at..]);
        }
        let nchars = s.nchars + new.nchars * done;
        return Ok(pystr::from_parts(out, nchars));
    }
    let first = match find_str(text, old.text()) {
        Some(i) => i,
        None => return Ok(o),
    };
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..first]);
    out.push_str(new.text());
    let mut pos = first + old.text().len();
    let mut done = 1;
    while done < count {
        match find_str(&text[pos..], old.text()) {
            Some(i) => {
                out.push_str(&text[pos..pos + i]);
                out.push_str(new.text());
                pos += i + old.text().len();
                done += 1;
            }
            None => break,
        }
    }
    out.push_str(&text[pos..]);
    let nchars = (s.nchars + new.nchars * done) - old.nchars * done;
    Ok(pystr::from_parts(out, nchars))
}

// ====================== find, count, startswith ======================

/// Parsed `(sub[, start[, end]])` arguments and the byte window they select.
struct Window {
    text: &'static str,
    sub: &'static StrObj,
    /// Code point index of the window start.
    start: i64,
    end: i64,
    /// Byte offsets of the window.
    a: usize,
    b: usize,
}

fn window(o: Value, args: &Args, name: &str) -> R<Window> {
    let a = getargs_range(args, name, 1, 3)?;
    let sub = must_be_str(a[0])?;
    let (start, end) = adjust(
        bound(a.get(1).copied())?,
        bound(a.get(2).copied())?,
        o.as_ref::<StrObj>().nchars,
    );
    let s = o.as_ref::<StrObj>();
    let (wa, wb) = if start < end {
        let wa = byte_offset(s, start as usize);
        let wb = window_end(s, wa, start, end);
        (wa, wb)
    } else {
        (0, 0)
    };
    Ok(Window {
        text: s.text(),
        sub,
        start,
        end,
        a: wa,
        b: wb,
    })
}

/// The byte offset of code point index `end` in `s`, given the offset `wa`
/// of index `start <= end`: a window that runs to the end of the text
/// costs nothing to bound, a shorter one a scan of its own length.
fn window_end(s: &StrObj, wa: usize, start: i64, end: i64) -> usize {
    if s.is_ascii() {
        end as usize
    } else if end as usize >= s.nchars {
        s.text().len()
    } else {
        wa + byte_offset_in(&s.text()[wa..], (end - start) as usize)
    }
}

fn find(o: Value, args: Args, name: &str, right: bool) -> R<Option<usize>> {
    let w = window(o, &args, name)?;
    if w.end - w.start < w.sub.nchars as i64 {
        return Ok(None);
    }
    if w.sub.nchars == 0 {
        return Ok(Some(if right { w.end } else { w.start } as usize));
    }
    let hay = &w.text[w.a..w.b];
    let pos = if right {
        hay.rfind(w.sub.text())
    } else {
        find_str(hay, w.sub.text())
    };
    let ascii = w.text.len() == o.as_ref::<StrObj>().nchars;
    Ok(pos.map(|p| {
        let k = if ascii {
            p
        } else {
            pystr::count_chars(&hay[..p])
        };
        w.start as usize + k
    }))
}

fn count(o: Value, args: Args) -> R<Value> {
    let w = window(o, &args, "count")?;
    if w.end - w.start < w.sub.nchars as i64 {
        return Ok(Value::from_small(0));
    }
    if w.sub.nchars == 0 {
        return Ok(Value::from_small(w.end - w.start + 1));
    }
    let hay = &w.text[w.a..w.b];
    let sub: &str = w.sub.text();
    let n = if sub.len() == 1 {
        let b = sub.as_bytes()[0];
        hay.bytes().filter(|&x| x == b).count()
    } else {
        hay.matches(sub).count()
    };
    Ok(Value::from_small(n as i64))
}

fn tailmatch(o: Value, args: Args, name: &str, at_end: bool) -> R<Value> {
    let a = getargs_range(&args, name, 1, 3)?;
    let s = o.as_ref::<StrObj>();
    let (start, end) = adjust(
        bound(a.get(1).copied())?,
        bound(a.get(2).copied())?,
        s.nchars,
    );
    let test = |sub: &StrObj| -> bool {
        let slen = sub.nchars as i64;
        if end - slen < start {
            return false;
        }
        if slen == 0 {
            return true;
        }
        let wa = byte_offset(s, start as usize);
        let wb = window_end(s, wa, start, end);
        let hay = &s.text().as_bytes()[wa..wb];
        if at_end {
            hay.ends_with(sub.text().as_bytes())
        } else {
            hay.starts_with(sub.text().as_bytes())
        }
    };
    let prefix = a[0];
    if let Some(p) = prefix.downcast::<StrObj>() {
        return Ok(object::boolean(test(p)));
    }
    if prefix.kind() == Kind::Tuple {
        for &x in crate::objects::tuple::items(prefix) {
            match x.downcast::<StrObj>() {
                Some(p) => {
                    if test(p) {
                        return Ok(object::boolean(true));
                    }
                }
                None => {
                    return Err(type_error(format!(
                        "tuple for {name} must only contain str, not {}",
                        type_name(x)
                    )))
                }
            }
        }
        return Ok(object::boolean(false));
    }
    Err(type_error(format!(
        "{name} first arg must be str or a tuple of str, not {}",
        type_name(prefix)
    )))
}

// ====================== padding ======================

fn fill_arg(v: Value) -> R<char> {
    let s = v.downcast::<StrObj>().ok_or_else(|| {
        type_error(format!(
            "The fill character must be a unicode character, not {}",
            type_name(v)
        ))
    })?;
    let mut it = s.text().chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(type_error(
            "The fill character must be exactly one character long",
        )),
    }
}

fn pad_method(o: Value, args: Args, name: &str) -> R<Value> {
    let a = clinic_range(&args, name, 1, 2)?;
    let width = ssize_arg(a[0])?;
    let fill = match a.get(1) {
        Some(&f) => fill_arg(f)?,
        None => ' ',
    };
    let s = o.as_ref::<StrObj>();
    let len = s.nchars as i64;
    if width <= len {
        return Ok(o);
    }
    let marg = width - len;
    let left = match name {
        "ljust" => 0,
        "rjust" => marg,
        _ => marg / 2 + (marg & width & 1),
    };
    pad(s, left as usize, (marg - left) as usize, fill)
}

/// `s` with `left` and `right` copies of `fill` around it.
pub fn pad(s: &StrObj, left: usize, right: usize, fill: char) -> R<Value> {
    let nfill = left.saturating_add(right);
    let nbytes = nfill
        .saturating_mul(fill.len_utf8())
        .saturating_add(s.text().len());
    let mut out = alloc_string(nbytes)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s.text());
    out.extend(std::iter::repeat_n(fill, right));
    Ok(pystr::from_parts(out, s.nchars + nfill))
}

fn zfill(o: Value, args: Args) -> R<Value> {
    let width = ssize_arg(exactly_one(&args, "str.zfill")?)?;
    let s = o.as_ref::<StrObj>();
    let len = s.nchars as i64;
    if width <= len {
        return Ok(o);
    }
    let fill = (width - len) as usize;
    let text: &str = s.text();
    let mut out = alloc_string(text.len() + fill)?;
    let (sign, rest) = match text.as_bytes().first() {
        Some(b'+' | b'-') => text.split_at(1),
        _ => ("", text),
    };
    out.push_str(sign);
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Ok(pystr::from_parts(out, s.nchars + fill))
}

fn expandtabs(o: Value, args: Args) -> R<Value> {
    let [tabsize] = bind_kw(&args, "expandtabs", ["tabsize"])?;
    let tabsize = match tabsize {
        Some(t) => ssize_arg(t)?,
        None => 8,
    };
    let s = o.as_ref::<StrObj>();
    if !s.text().contains('\t') {
        return Ok(o);
    }
    let mut out = String::with_capacity(s.text().len() + 16);
    let mut col: i64 = 0;
    let mut nchars = 0usize;
    for c in s.text().chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let incr = tabsize - col % tabsize;
                    if out.len() as i64 + incr > isize::MAX as i64 / 2 {
                        return Err(overflow_error("new string is too long"));
                    }
                    col += incr;
                    nchars += incr as usize;
                    out.extend(std::iter::repeat_n(' ', incr as usize));
                }
            }
            '\n' | '\r' => {
                col = 0;
                nchars += 1;
                out.push(c);
            }
            _ => {
                col += 1;
                nchars += 1;
                out.push(c);
            }
        }
    }
    Ok(pystr::from_parts(out, nchars))
}

// ====================== partition, removeprefix ======================

fn partition(o: Value, args: Args, right: bool) -> R<Value> {
    let qual = if right {
        "str.rpartition"
    } else {
        "str.partition"
    };
    let sep_v = exactly_one(&args, qual)?;
    let sep = must_be_str(sep_v)?;
    if sep.text().is_empty() {
        return Err(value_error("empty separator"));
    }
    let s = o.as_ref::<StrObj>();
    let text: &str = s.text();
    let found = if right {
        text.rfind(sep.text())
    } else {
        find_str(text, sep.text())
    };
    let e = pystr::empty();
    let items = match found {
        Some(i) => [
            piece_value(&text[..i], s.is_ascii()),
            sep_v,
            piece_value(&text[i + sep.text().len()..], s.is_ascii()),
        ],
        None if right => [e, e, o],
        None => [o, e, e],
    };
    Ok(crate::objects::tuple::from_slice(&items))
}

fn remove_affix(o: Value, args: Args, name: &str) -> R<Value> {
    let qual = if name == "removeprefix" {
        "str.removeprefix"
    } else {
        "str.removesuffix"
    };
    let a = exactly_one(&args, qual)?;
    let affix = str_arg(a, || {
        format!("{name}() argument must be str, not {}", type_name(a))
    })?;
    let s = o.as_ref::<StrObj>();
    let text: &str = s.text();
    let rest = if name == "removeprefix" {
        text.strip_prefix(affix.text())
    } else {
        text.strip_suffix(affix.text())
    };
    match rest {
        Some(r) if !affix.text().is_empty() => Ok(pystr::from_str_n(r, s.nchars - affix.nchars)),
        _ => Ok(o),
    }
}

#[cfg(test)]
#[path = "cases.rs"]
mod cases;

#[cfg(test)]
mod tests {
    use super::cases;
    use crate::objects::str::new;
    use crate::protocol::args::Args;
    use crate::testing::{check, lock, pending_error, r};

    fn report(failures: Vec<String>) {
        assert!(
            failures.is_empty(),
            "{} failures:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }

    #[test]
    fn methods_match_cpython() {
        let _guard = lock();
        let mut failures = Vec::new();
        for (recv, name, args, want) in cases::METHODS {
            let vals: Vec<_> = args.iter().map(|p| p.value()).collect();
            let got = crate::testing::call_method(new(recv), name, Args::positional(&vals)).map(r);
            failures.extend(check(format!("{recv:?}.{name}{vals:?}"), got, want));
        }
        report(failures);
    }

    #[test]
    fn format_matches_cpython() {
        let _guard = lock();
        let mut failures = Vec::new();
        for (v, spec, want) in cases::FORMAT {
            let got = crate::text::format::format_value(v.value(), spec).map(|s| r(new(&s)));
            failures.extend(check(
                format!("format({}, {spec:?})", r(v.value())),
                got,
                want,
            ));
        }
        report(failures);
    }

    #[test]
    fn percent_matches_cpython() {
        let _guard = lock();
        let mut failures = Vec::new();
        for (fmt, args, want) in cases::PERCENT {
            let got = crate::text::format::percent(new(fmt), args.value()).map(r);
            failures.extend(check(format!("{fmt:?} % {}", r(args.value())), got, want));
        }
        report(failures);
    }

    #[test]
    fn str_format_matches_cpython() {
        let _guard = lock();
        let mut failures = Vec::new();
        for (fmt, pos, kw, want) in cases::STR_FORMAT {
            let pos: Vec<_> = pos.iter().map(|p| p.value()).collect();
            let names: Vec<_> = kw.iter().map(|(k, _)| new(k)).collect();
            let vals: Vec<_> = kw.iter().map(|(_, v)| v.value()).collect();
            let args = Args {
                pos: &pos,
                kwnames: &names,
                kwvals: &vals,
            };
            let got = crate::text::format::str_format(new(fmt), args).map(r);
            failures.extend(check(format!("{fmt:?}.format(..)"), got, want));
        }
        report(failures);
    }

    #[test]
    fn keyword_arguments() {
        let _guard = lock();
        let call = |s: &str,
                    name: &str,
                    pos: &[crate::value::Value],
                    kw: &[(&str, crate::value::Value)]| {
            let names: Vec<_> = kw.iter().map(|(k, _)| new(k)).collect();
            let vals: Vec<_> = kw.iter().map(|(_, v)| *v).collect();
            let args = Args {
                pos,
                kwnames: &names,
                kwvals: &vals,
            };
            crate::testing::call_method(new(s), name, args).map(r)
        };
        let one = crate::value::Value::from_small(1);
        // python3: 'a b c'.split(maxsplit=1), 'a,b'.split(sep=',')
        assert_eq!(
            call("a b c", "split", &[], &[("maxsplit", one)]).unwrap(),
            "['a', 'b c']"
        );
        assert_eq!(
            call("a,b", "split", &[], &[("sep", new(","))]).unwrap(),
            "['a', 'b']"
        );
        assert_eq!(
            call("a\nb", "splitlines", &[], &[("keepends", one)]).unwrap(),
            "['a\\n', 'b']"
        );
        assert_eq!(
            call("\tx", "expandtabs", &[], &[("tabsize", one)]).unwrap(),
            "' x'"
        );
        let err = |res: crate::exc::error::R<String>| {
            assert!(res.is_err());
            pending_error().1
        };
        assert_eq!(
            err(call("a", "split", &[], &[("foo", one)])),
            "'foo' is an invalid keyword argument for split()"
        );
        assert_eq!(
            err(call("a", "split", &[new(",")], &[("sep", new(","))])),
            "argument for split() given by name ('sep') and position (1)"
        );
        assert_eq!(
            err(call("a", "upper", &[], &[("x", one)])),
            "str.upper() takes no keyword arguments"
        );
        assert_eq!(
            err(call("a", "strip", &[], &[("x", one)])),
            "str.strip() takes no keyword arguments"
        );
        assert_eq!(
            err(call("a", "find", &[], &[("x", one)])),
            "str.find() takes no keyword arguments"
        );
        assert_eq!(
            err(call(
                "a",
                "replace",
                &[new("a"), new("b")],
                &[("count", one)]
            )),
            "str.replace() takes no keyword arguments"
        );
    }
}
