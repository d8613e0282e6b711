//! Searching and splitting bytes and bytearrays: `find`/`index`/`count`
//! (with their `r` forms), `startswith`/`endswith`, `split`, `rsplit`,
//! `splitlines`, `partition`, `rpartition`, `replace`, `join`.

use super::{buffer_arg, data, like};
use crate::builtins::args::bind_clinic;
use crate::exc::error::{type_error, value_error, R};
use crate::object::{self, type_name, Kind};
use crate::objects::slice;
use crate::protocol::args::Args;
use crate::value::Value;
use std::borrow::Cow;

/// The receiver's bytes.
pub fn me(o: Value) -> Cow<'static, [u8]> {
    data(o).unwrap_or_default()
}

/// The first index `>= start` where `needle` occurs in `hay[..end]`.
pub fn find(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    if start > end || end > hay.len() || needle.len() > end - start {
        return None;
    }
    if needle.is_empty() {
        return Some(start);
    }
    hay[start..end]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| i + start)
}

/// The last such index.
pub fn rfind(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    if start > end || end > hay.len() || needle.len() > end - start {
        return None;
    }
    if needle.is_empty() {
        return Some(end);
    }
    hay[start..end]
        .windows(needle.len())
        .rposition(|w| w == needle)
        .map(|i| i + start)
}

/// The clipped `[start, end)` range of optional slice bounds, or None
/// when it is empty beyond the end (CPython then finds nothing, even "").
fn bounds(n: usize, start: Option<Value>, end: Option<Value>) -> R<(usize, usize, bool)> {
    let get = |v: Option<Value>, default: i64| -> R<i64> {
        match v {
            None => Ok(default),
            Some(v) if object::is_none(v) => Ok(default),
            Some(v) => slice::clamped_index(v)?.ok_or_else(|| {
                type_error("slice indices must be integers or None or have an __index__ method")
            }),
        }
    };
    let mut s = get(start, 0)?;
    let mut e = get(end, i64::MAX)?;
    let n = n as i64;
    if e > n {
        e = n;
    } else if e < 0 {
        e = (e + n).max(0);
    }
    if s < 0 {
        s = (s + n).max(0);
    }
    if s > n || e < s {
        return Ok((0, 0, false));
    }
    Ok((s as usize, e as usize, true))
}

/// A needle: bytes-like, or an int in range(256).
fn needle(v: Value) -> R<Vec<u8>> {
    if super::is_bytes_like(crate::class::instance::unwrap(v)) {
        return Ok(super::buffer_arg(v)?.into_owned());
    }
    match crate::protocol::num::as_int(v)? {
        Some(i) => match crate::objects::int::as_i64(i) {
            Some(n) if (0..256).contains(&n) => Ok(vec![n as u8]),
            _ => Err(value_error("byte must be in range(0, 256)")),
        },
        None => Err(type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            type_name(v)
        ))),
    }
}

/// What `find` and its siblings search: the receiver's bytes, the needle,
/// the clipped range, and whether the range is valid at all.
type Search = (Cow<'static, [u8]>, Vec<u8>, usize, usize, bool);

/// The arguments of `find(sub[, start[, end]])` and its siblings.
fn search_args(o: Value, name: &str, args: &Args) -> R<Search> {
    args.no_kwargs(&format!("{}.{name}", type_name(o)))?;
    let n = args.pos.len();
    if n == 0 {
        return Err(type_error(format!(
            "{name}() takes at least 1 argument (0 given)"
        )));
    }
    if n > 3 {
        return Err(type_error(format!(
            "{name}() takes at most 3 arguments ({n} given)"
        )));
    }
    // The bounds are converted first, as CPython parses them.
    let hay = me(o);
    let (s, e, ok) = bounds(
        hay.len(),
        args.pos.get(1).copied(),
        args.pos.get(2).copied(),
    )?;
    let sub = needle(args.pos[0])?;
    Ok((hay, sub, s, e, ok))
}

fn int(i: i64) -> Value {
    crate::objects::int::from_i64(i)
}

fn find_in(o: Value, name: &str, args: &Args, rev: bool) -> R<Option<usize>> {
    let (hay, sub, s, e, ok) = search_args(o, name, args)?;
    if !ok {
        return Ok(None);
    }
    Ok(if rev {
        rfind(&hay, &sub, s, e)
    } else {
        find(&hay, &sub, s, e)
    })
}

/// `find(sub[, start[, end]])`
pub fn find_m(o: Value, args: Args) -> R<Value> {
    Ok(int(
        find_in(o, "find", &args, false)?.map_or(-1, |i| i as i64)
    ))
}

/// `rfind(sub[, start[, end]])`
pub fn rfind_m(o: Value, args: Args) -> R<Value> {
    Ok(int(
        find_in(o, "rfind", &args, true)?.map_or(-1, |i| i as i64)
    ))
}

/// `index(sub[, start[, end]])`
pub fn index_m(o: Value, args: Args) -> R<Value> {
    match find_in(o, "index", &args, false)? {
        Some(i) => Ok(int(i as i64)),
        None => Err(value_error("subsection not found")),
    }
}

/// `rindex(sub[, start[, end]])`
pub fn rindex_m(o: Value, args: Args) -> R<Value> {
    match find_in(o, "rindex", &args, true)? {
        Some(i) => Ok(int(i as i64)),
        None => Err(value_error("subsection not found")),
    }
}

/// `count(sub[, start[, end]])`: non-overlapping occurrences.
pub fn count_m(o: Value, args: Args) -> R<Value> {
    let (hay, sub, s, e, ok) = search_args(o, "count", &args)?;
    if !ok {
        return Ok(int(0));
    }
    if sub.is_empty() {
        return Ok(int((e - s + 1) as i64));
    }
    let mut k = 0;
    let mut i = s;
    while let Some(j) = find(&hay, &sub, i, e) {
        k += 1;
        i = j + sub.len();
    }
    Ok(int(k))
}

fn affix(o: Value, args: Args, name: &str, end: bool) -> R<Value> {
    args.no_kwargs(&format!("{}.{name}", type_name(o)))?;
    let n = args.pos.len();
    if n == 0 || n > 3 {
        return Err(type_error(if n == 0 {
            format!("{name}() takes at least 1 argument (0 given)")
        } else {
            format!("{name}() takes at most 3 arguments ({n} given)")
        }));
    }
    let hay = me(o);
    let (s, e, ok) = bounds(
        hay.len(),
        args.pos.get(1).copied(),
        args.pos.get(2).copied(),
    )?;
    let test = |p: &[u8]| {
        ok && e - s >= p.len()
            && if end {
                &hay[e - p.len()..e] == p
            } else {
                &hay[s..s + p.len()] == p
            }
    };
    let arg = args.pos[0];
    if arg.kind() == Kind::Tuple {
        for &p in crate::objects::tuple::items(arg) {
            if test(&buffer_arg(p)?) {
                return Ok(object::boolean(true));
            }
        }
        return Ok(object::boolean(false));
    }
    match data(arg) {
        Some(p) => Ok(object::boolean(test(&p))),
        None => Err(type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            type_name(arg)
        ))),
    }
}

/// `startswith(prefix[, start[, end]])`
pub fn startswith(o: Value, args: Args) -> R<Value> {
    affix(o, args, "startswith", false)
}

/// `endswith(suffix[, start[, end]])`
pub fn endswith(o: Value, args: Args) -> R<Value> {
    affix(o, args, "endswith", true)
}

/// ASCII whitespace as bytes methods define it.
fn ws(c: u8) -> bool {
    super::methods::is_space(c)
}

/// `sep` and `maxsplit` of `split`/`rsplit`.
fn split_args(o: Value, name: &str, args: &Args) -> R<(Option<Vec<u8>>, i64)> {
    let _ = o;
    let [sep, maxsplit] = bind_clinic(name, args, ["sep", "maxsplit"], 0, 0)?;
    let max = match maxsplit {
        Some(v) => slice::index_arg(v)?,
        None => -1,
    };
    let sep = match sep {
        Some(v) if !object::is_none(v) => {
            let d = buffer_arg(v)?.into_owned();
            if d.is_empty() {
                return Err(value_error("empty separator"));
            }
            Some(d)
        }
        _ => None,
    };
    Ok((sep, if max < 0 { i64::MAX } else { max }))
}

fn list_of(o: Value, parts: Vec<Vec<u8>>) -> Value {
    let items: crate::gc::RootedVec = parts.into_iter().map(|p| like(o, p)).collect();
    crate::objects::list::from_vec(items.into_vec())
}

/// `split(sep=None, maxsplit=-1)`
pub fn split(o: Value, args: Args) -> R<Value> {
    let (sep, max) = split_args(o, "split", &args)?;
    let d = me(o);
    let mut parts = Vec::new();
    match sep {
        Some(sep) => {
            let mut i = 0;
            let mut k = 0;
            while k < max {
                let Some(j) = find(&d, &sep, i, d.len()) else {
                    break;
                };
                parts.push(d[i..j].to_vec());
                i = j + sep.len();
                k += 1;
            }
            parts.push(d[i..].to_vec());
        }
        None => {
            let mut i = 0;
            let mut k = 0;
            let n = d.len();
            loop {
                while i < n && ws(d[i]) {
                    i += 1;
                }
                if i == n {
                    break;
                }
                if k == max {
                    parts.push(d[i..].to_vec());
                    break;
                }
                let s = i;
                while i < n && !ws(d[i]) {
                    i += 1;
                }
                parts.push(d[s..i].to_vec());
                k += 1;
            }
        }
    }
    Ok(list_of(o, parts))
}

/// `rsplit(sep=None, maxsplit=-1)`
pub fn rsplit(o: Value, args: Args) -> R<Value> {
    let (sep, max) = split_args(o, "rsplit", &args)?;
    let d = me(o);
    let mut parts = Vec::new();
    match sep {
        Some(sep) => {
            let mut e = d.len();
            let mut k = 0;
            while k < max {
                let Some(j) = rfind(&d, &sep, 0, e) else {
                    break;
                };
                parts.push(d[j + sep.len()..e].to_vec());
                e = j;
                k += 1;
            }
            parts.push(d[..e].to_vec());
        }
        None => {
            let mut e = d.len();
            let mut k = 0;
            loop {
                while e > 0 && ws(d[e - 1]) {
                    e -= 1;
                }
                if e == 0 {
                    break;
                }
                if k == max {
                    parts.push(d[..e].to_vec());
                    break;
                }
                let end = e;
                while e > 0 && !ws(d[e - 1]) {
                    e -= 1;
                }
                parts.push(d[e..end].to_vec());
                k += 1;
            }
        }
    }
    parts.reverse();
    Ok(list_of(o, parts))
}

/// `splitlines(keepends=False)`: at `\n`, `\r` and `\r\n` only.
pub fn splitlines(o: Value, args: Args) -> R<Value> {
    let [keep] = bind_clinic("splitlines", &args, ["keepends"], 0, 0)?;
    let keep = match keep {
        Some(v) => crate::protocol::num::truthy(crate::protocol::num::int_arg(v)?),
        None => false,
    };
    let d = me(o);
    let mut parts = Vec::new();
    let mut i = 0;
    let n = d.len();
    while i < n {
        let s = i;
        while i < n && d[i] != b'\n' && d[i] != b'\r' {
            i += 1;
        }
        let mut e = i;
        if i < n {
            i += if d[i] == b'\r' && d.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
            if keep {
                e = i;
            }
        }
        parts.push(d[s..e].to_vec());
    }
    Ok(list_of(o, parts))
}

fn part(o: Value, args: Args, name: &str, rev: bool) -> R<Value> {
    let sep_v = args.positional_range(&format!("{}.{name}", type_name(o)), 1, 1)?[0];
    let sep = buffer_arg(sep_v)?.into_owned();
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let d = me(o);
    let found = if rev {
        rfind(&d, &sep, 0, d.len())
    } else {
        find(&d, &sep, 0, d.len())
    };
    let parts = match found {
        Some(j) => [d[..j].to_vec(), sep.clone(), d[j + sep.len()..].to_vec()],
        None if rev => [Vec::new(), Vec::new(), d.to_vec()],
        None => [d.to_vec(), Vec::new(), Vec::new()],
    };
    let mut vals: crate::gc::RootedVec = parts.into_iter().map(|p| like(o, p)).collect();
    // bytes gives back the separator object it was passed.
    if found.is_some() && o.kind() == Kind::Bytes {
        vals[1] = sep_v;
    }
    Ok(crate::objects::tuple::from_slice(&vals))
}

/// `partition(sep)`
pub fn partition(o: Value, args: Args) -> R<Value> {
    part(o, args, "partition", false)
}

/// `rpartition(sep)`
pub fn rpartition(o: Value, args: Args) -> R<Value> {
    part(o, args, "rpartition", true)
}

/// `replace(old, new, count=-1)`
pub fn replace(o: Value, args: Args) -> R<Value> {
    let a = crate::builtins::args::check_positional("replace", &args, 2, 3)?;
    let old = buffer_arg(a[0])?.into_owned();
    let new = buffer_arg(a[1])?.into_owned();
    let max = match a.get(2) {
        Some(v) => slice::index_arg(*v)?,
        None => -1,
    };
    let max = if max < 0 { i64::MAX } else { max };
    let d = me(o);
    let mut out = Vec::with_capacity(d.len());
    let mut k = 0;
    if old.is_empty() {
        for &b in d.iter() {
            if k < max {
                out.extend_from_slice(&new);
                k += 1;
            }
            out.push(b);
        }
        if k < max {
            out.extend_from_slice(&new);
        }
        return Ok(like(o, out));
    }
    let mut i = 0;
    while k < max {
        let Some(j) = find(&d, &old, i, d.len()) else {
            break;
        };
        out.extend_from_slice(&d[i..j]);
        out.extend_from_slice(&new);
        i = j + old.len();
        k += 1;
    }
    out.extend_from_slice(&d[i..]);
    Ok(like(o, out))
}

/// `join(iterable_of_bytes)`
pub fn join(o: Value, args: Args) -> R<Value> {
    let it = args.positional_range(&format!("{}.join", type_name(o)), 1, 1)?[0];
    if crate::protocol::dispatch::iter(it).is_err() {
        crate::exc::error::take_pending();
        return Err(type_error("can only join an iterable"));
    }
    let items = crate::protocol::dispatch::collect(it)?;
    let sep = me(o);
    let mut out = Vec::new();
    for (i, &x) in items.iter().enumerate() {
        let Some(d) = super::simple_data(x) else {
            return Err(type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                type_name(x)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&d);
    }
    Ok(like(o, out))
}
